"""Twenty-ninth blind evaluation set ("holdout29") for the anonymizer.

Blind set 29, written 2026-12-06 by a helper session that read only the module docstrings of generate_holdout26.py,
generate_holdout27.py and generate_holdout28.py (``ast.get_docstring``), the module docstring of evaluate.py and the
source of its function evaluate_synthetic (``ast.get_source_segment``; the helpers it calls - ``_covered``, ``Counts``,
``_held_out``, ``_fmt`` - were not extracted: record format, type names, matching rules, label decisions, the genres of
all earlier sets), plus Faker (the venv's Faker 40.54.0: which person-provider locales exist, the attribute names,
types, sizes and first two or three entries of their name lists, and a listing of the odd entries - names with
spaces, lower-case starts, "II", trailing dots, hyphens, apostrophes - of the lists used here, so that they could be
filtered) and the standard library.  It did not read the detectors (src/), the tests, the docs, README files,
pyproject.toml, the bodies of the other generators or templates, any data set text, or the git history, and ran no
git command besides one ``git status --short`` at the start (it printed nothing), ``git diff --stat`` of evaluate.py,
adding and committing its three files and reading the new commit's hash.  Slips, none of them showing detector code,
test code or data set text: it listed the file names in bench/privacy/ (``ls``, names only), read the last lines of the
dependency installer's log (pip warnings) and listed the venv's bin/ directory and grepped its site-packages listing
for "faker" while waiting for Faker to be installed, and ran the venv's ruff (check and format, with the project's
configuration) on its own script.  In evaluate.py it edited only the module docstring (this set's sentence) and the
two places that list the holdout splits (usage line, ``range(2, 29)``), found with grep, and ran
``evaluate.py --help`` once (its output grepped for "holdout29").  tarnkappe is never imported; the set was never run
through the anonymizer or evaluate.py while it was written.  The written file was checked only by the generator's own
assertions (``text[start:end] == text``, no surrounding white space, sorted and non-overlapping spans, no name split
into two PERSON spans separated by a single space, every IBAN mod 97, every card Luhn and of card length, every AHV
number EAN-13 and starting with 756, e-mail and IP shapes), by a check that the output is identical under two
PYTHONHASHSEED values (0 and 12345), and by reading its own output, including ``--scan``: unlabelled e-mail addresses
(only role mailboxes such as pruefungen@, kasse@, info@, fuehrungen@, kontakt@, wettbewerb@, termine@, rdv@,
billetterie@, examens@, marktamt@, biglietteria@, bookings@, members@, mitglieder@, concours@, exams@), unlabelled IPv4
addresses (only LAN addresses 10.x / 172.16-31.x / 192.168.x of iSpindel hydrometers, total stations, dash cams and
sync devices), unlabelled long digit runs (only Swiss GLN numbers 7601... and French SIRET numbers, unlabelled on
purpose) and unlabelled repeats of the words of labelled names, matched case-insensitively (only the particles "de",
"von", "der", "le", "la", "auf", "in", "den", "vom", "zu", "du" used as ordinary words - mostly "Von:" mail headers and
French / Italian place and event names -, "Printemps" and "Fontaine" as ordinary French words, "Paris" as the town,
and "Ernst" of a detective agency named after its founders in a document with a person called Ernst).  Fixes after
reading: gender slips ("Materialwart", "Platzmeister/in", "Ingenieur-Geometer" and "Eigentümer/in" for women,
"né(e)" / "nato/a" next to a named person, "der hat zwei" for a woman, "Vorständin"), grammar ("zu herr X" instead of
"zu Herrn", "ho sentito signora" without article, "des Flurstück", "al sopralluogo del 11"), wrong-town streets
(Vienna, Innsbruck, Graz, Bern, Basel, Zürich, Lausanne, Lugano, Locarno, Lyon and Bordeaux streets in other towns -
such streets are now used only in their own town, and "Zürcherstrasse" never in Zürich), wrong-country details (German
TÜV and IHK, "USt-IdNr. DE" and "innert" in Austrian / German documents, German product, medication and exam-module
words in French / Italian / English documents, °C and 24-hour times in US documents, London numbers starting with 2),
a surname abbreviation bug ("GoetheStr."), domains cut in the middle of a word, quoted mails dated after their replies,
money written in different styles within one document, chat seconds running backwards, a chat that talked about a
duplicate registration that was not in the export, a fencer who both took a seat and went with the parents, places of
birth and nationalities that did not fit the name, a jubilee list whose birthdays were not in the listed month, "U17"
lists with veterans' birth years, the brewery's final gravity "1.09", a Venmo handle built from a person's name, and
too many values per document (tables, exports and chats were shortened).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout29.jsonl: 1,300 documents, 12 genres (109 documents for the first four, 108
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout29|locales"``: de_DE 390, de_CH
260, de_AT 195, fr_CH 98, fr_FR 97, it_CH 65, it_IT 65, en_GB 65, en_US 65 (de 845, fr 195, it 130, en 130).
15,382 labelled values: PERSON 6,821, ADDRESS 2,643, PHONE 1,929, EMAIL 1,885, DOB 1,078, IP 527, IBAN 416, CARD 45,
AHV 38 (de 10,004, fr 2,262, it 1,582, en 1,534).  Per type and language (de / fr / it / en):
  PERSON 4,397 / 972 / 737 / 715; ADDRESS 1,716 / 391 / 258 / 278; PHONE 1,258 / 278 / 193 / 200;
  EMAIL 1,213 / 295 / 198 / 179; DOB 731 / 170 / 87 / 90; IP 342 / 79 / 62 / 44; IBAN 293 / 60 / 38 / 25;
  CARD 33 / 3 / 6 / 3; AHV 21 / 14 / 3 / 0.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11.7; the output does not depend on PYTHONHASHSEED - checked with two seeds):
``random.Random`` is seeded with the first 8 bytes of a SHA-256 of ``"holdout29|<genre>|<i>"``; Faker's own generator
is never used - names are drawn by that ``Random`` from the Faker person providers' lists (sorted; dicts by their keys;
odd entries filtered out).  Streets (with town-bound streets used only in their town), towns, postcodes, phone numbers
(area codes matching the town where a landline belongs to an address; mobiles by national prefix), e-mail addresses,
IBANs (valid ISO 13616 check digits; French ones with a valid RIB key, Italian ones with a computed CIN; now and then a
neighbouring country's IBAN - NL, DE, LI, BE, IE -; US documents get British IBANs), card numbers (Visa, Mastercard
51-55 and 2221-2720, Amex; Luhn), AHV numbers (756, EAN-13 check digit, dotted or compact) and IP addresses (public
IPv4 from common ISP ranges of the country, about 18 % IPv6) come from lists and code written here.  Each record has
``id`` (``holdout29-<genre>-<NNN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``type``, ``start``, ``end``,
``text``).  Texts are written with every labelled value wrapped in a marker when it is placed; the markers survive
lower-casing, padding, CSV quoting, JSON / YAML values and "> " prefixes and are resolved to offsets at the end (de_CH
documents get "ß" -> "ss" before that), so chat typing, fixed-width and Markdown padding and quoted replies keep the
labels exact.

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it -
about 7 % in English for non-English documents and some in German for Swiss French / Italian ones -, sometimes fenced
in ```, triple quotes, --- or <<< >>>, or quoted with "> ", sometimes typed in lower case), chosen to differ from every
genre named in the docstrings read (holdout3..holdout28; the brief's examples - allotments, driving schools, music
lessons, funeral homes, blood donation, marinas, chimney sweeps, bicycles, ski schools, fire brigades, hearing-aid
acousticians, libraries, carnival guilds, escape rooms, tax advisers - had all been used already, so none of them is
here; near neighbours: wine clubs (20), grape harvests (16) and dairies (28) for home brewing; conveyancing (10),
building permits (12) and flat handovers (23) for surveyors; pawnbrokers and auction houses (17) and tailors (27) for
jewellers; lawyers' letters (9) for private investigators; podiatry and speech therapy (25), sleep labs (26) and
dietitians (27) for naturopaths; martial arts (22), orienteering (26) and curling (27) for fencing; residence
registration (8) and death notices (5) for jubilee congratulations; flea markets (15), party hire (20) and carnival
guilds (21) for fairground showmen; coach tours (17), hiking clubs (19) and town twinning (26) for tourist guides;
language tandems (16), naturalisation (15) and integration courses (23) for language exams; shareholder registers
(10), balcony solar (24) and housing co-operatives (27) for energy co-operatives; wildlife rescue (18), animal shelters
(24) and toad patrols (26) for zoos - the genres here are none of those):
 1. homebrew - home-brewing clubs (Hobbybrauer, Heimbrauer, brasseurs amateurs, birrai casalinghi, homebrew clubs):
    membership applications (date of birth for the 18+ tasting rule, referrer, SEPA IBAN and account holder, German
    customs registration references unlabelled, sometimes the form IP; US dues by full or masked card), competition
    entry exports as CSV / Markdown / JSON (entry numbers, BJCP styles and beer names unlabelled; entrants' e-mails and
    IPs; the organiser "c/o" with the shipping address), a member's reply to the group malt order quoting the
    organiser's mail (garage address, IBAN, a neighbour collecting, a new e-mail), brew-day chats (lower case, a sender
    shown as a number introducing themselves) with a YAML brew log (hydrometer LAN address and firmware unlabelled,
    cloud account e-mail and login IP labelled);
 2. surveyor - land surveyors (ÖbVI, Ingenieurkonsulent, Geometer, géomètre-expert, geometra, chartered / licensed
    surveyors): boundary-meeting invitations to a neighbour on a letterhead (firm named after its partners -
    unlabelled -, office phone and fax, the surveyor's work e-mail or a role mailbox, the owner who ordered the survey,
    the meeting street, the field surveyor's mobile; parcel, Flurstück, EZ, foglio / mappale and title numbers
    unlabelled), land-register excerpts with the owners' dates of birth (Swiss "von <Heimatort>" and places of birth are
    towns alone, unlabelled) followed by the survey order (billing address, deposit IBAN; British AML date of birth),
    attendance lists with a neighbour's objection mail, field-crew chats (total-station LAN address unlabelled, "bei
    <surname> klingeln") with the firm's invoice (VAT / UID / SIRET / P.IVA numbers unlabelled);
 3. jeweller - jewellers and goldsmiths: wedding-ring orders (ring sizes and alloys unlabelled; first names in the
    engraving labelled, the dates next to them not; deposit by full card, masked card or IBAN), old-gold purchase
    records (seller's date of birth and address, ID-card numbers unlabelled, "inherited from grandmother <name>",
    weights and prices unlabelled, payout IBAN), repair books with a customer's mail quoting the shop (a sister
    collecting, a new mobile, the shop's signature), web-shop order exports as JSON with a staff chat;
 4. detective - private investigators: client intake forms (the client's and the traced person's dates of birth and
    addresses, vehicle plates unlabelled, retainer IBAN or card), surveillance logs (the subject's home and a second
    address, observers as "F. Last", a surname read off a doorbell, times and photo numbers unlabelled), a paralegal
    forwarding the agency's witness-trace result to the lawyer (witness's date of birth, address and mobile), case
    chats (a sender shown as a number, dash-cam LAN address unlabelled) with the agency's invoice;
 5. naturopath - naturopaths, Heilpraktiker, TCM and herbal practices: intake forms (separate surname / first-name
    fields, Swiss AHV, the GP as "Dr. med. <name>", emergency contact; insurers unlabelled), invoices (Swiss tariff
    590 with ZSR / EMR / GLN numbers unlabelled, German GebüH, French notes d'honoraires, US superbills with ICD codes
    and NPI unlabelled; patient's date of birth; practice IBAN), a client's reply quoting the appointment confirmation
    (a partner coming along, a new number), online booking exports as CSV or JSON lines with a staff chat;
 6. fencing - fencing clubs: entry lists in FIE style "LAST First" (clubs, licence numbers and birth years unlabelled;
    category and birth years agree), junior membership forms (child's date of birth, parents, Swiss AHV for J+S, IBAN,
    a neighbour as emergency contact), armoury loan registers with a parent's mail quoting the armourer, online entry
    exports (dates of birth, IPs) with a car-share chat (a fencer writing from a brother's phone);
 7. jubilee - municipal congratulations for high birthdays and wedding anniversaries: register-office lists of the
    month's jubilarians (dates of birth in the listed month, ages unlabelled, streets; a daughter's phone in a note),
    applications for a golden / diamond wedding honour or the King's card (both spouses' dates of birth, the wife's
    maiden name - a second PERSON span -, the wedding date unlabelled, the applicant), an objection to publication
    quoting the council's mail (date of birth and street in the text), bulletin lists "am 12. März: <name> - 90 Jahre"
    (day and month without a year are not dates of birth) with a volunteers' chat;
 8. funfair - travelling showmen: pitch applications (date of birth, winter quarters, ride names unlabelled, power
    ratings, inspection-book and licence numbers unlabelled, an employee with a date of birth, deposit IBAN), site
    plans ("Fam. <surname>" with "Fam." outside the span, mobiles, the site manager and the market office's address),
    a showman's reply quoting the market office (a son standing in, a new employee's date of birth), showmen's chats
    with online application exports (IPs);
 9. tourguide - city and tourist guides: group booking confirmations on the tourist office's letterhead (group
    leader, meeting point street labelled, guide and mobile, invoice IBAN; schools, clubs and companies unlabelled -
    also a company named after a surname), guide rotas, guide-pool applications (date of birth, Swiss AHV, fee IBAN,
    a referee), ticket-shop exports (full or masked cards, IPs) with a guides' chat;
10. langexam - language exam registrations (Goethe, telc, ÖSD, fide, TestDaF, DELF / DALF, TCF, CILS, CELI, PLIDA,
    Cambridge, IELTS, TOEFL): registration forms (family name, sometimes in capitals, and first names in separate
    labelled fields; place of birth - a town alone - and nationality unlabelled and fitting the name; ID numbers
    unlabelled; fee by IBAN or card), exam-day candidate lists ("LAST, First" with dates of birth), a candidate's mail
    about a misspelt name and a swapped date of birth on the certificate (the wrong spelling and the wrong date are
    labelled PERSON and DOB as well), online registration exports (ISO dates of birth, IPs; sometimes a duplicate) with
    a staff chat;
11. energycoop - citizens' energy co-operatives (Bürgerenergie eG, eGen, coopératives citoyennes, comunità
    energetiche, community energy): share applications (date of birth, IBAN for payment and dividends, a joint member
    with date of birth, sometimes the form IP; US ACH routing numbers unlabelled), member-register extracts (member
    numbers, shares and join dates unlabelled), an heir's mail quoting the co-op's condolence letter (the deceased by
    name, the heir's date of birth, address and IBAN), AGM online-vote exports (e-mails, IPs) with a proxy and a board
    chat;
12. zoo - zoo memberships and animal sponsorships: sponsorship orders (sponsor, gift recipient by first name, the
    animals' names - Maya, Otto, Hugo, Lotte, Percy ... - unlabelled, certificate address, card, masked card or IBAN),
    family-pass applications (adults' and children's dates of birth), volunteer rotas with a chat, web-shop exports
    (IPs, masked cards) with a customer's mail quoting the ticket office (date of birth, new e-mail).
Values appear in prose, "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value",
two-column Markdown tables, upper-case labels, bullet lists, bracketed labels), two-line address blocks, one-line
addresses with ", ", " - ", " · ", "; " or " / " between street and town, letterheads (block, one line with " · ",
mixed) and signatures (block, "-- " / "__" separators, one line with "|"), Markdown tables (aligned and not),
fixed-width tables, comma-, semicolon-, tab- and pipe-separated tables, JSON (one line per record, arrays, nested
objects), YAML, mail headers (with or without display names, Cc mailboxes) and quoted replies ("Am ... schrieb",
"Le ... a écrit", "Il giorno ... ha scritto", "On ... wrote", Outlook original-message blocks, quoted or not), chats in
eight layouts (WhatsApp iOS / Android, Telegram export, Teams-like, IRC-like "[12:04] <name>", "name (12:04):",
Discord-like "name — date", plain; US chats with AM / PM; senders shown as full names, first names, nicknames,
surnames or phone numbers), lower-case typing, in each country's conventions (German "str.", "Str.", "12a", "12 a",
"3-5", "D-"; Austrian "/Top", "12/3/7", "/Stiege/Tür", "A-", "Jänner"; Swiss "strasse", "CH-", no "ß"; French
"bis" / "ter", "12, rue", "Bât.", "Appt", upper-case towns, Swiss-French "Rue de Bourg 45"; Italian "n.", "/B",
"int.", provinces with and without parentheses, "I-"; British flats and "Town POSTCODE"; US "Apt", "#", "Unit",
"Suite", directions, ZIP+4).  Phone numbers national and international with "(0)", "00", slashes, dots, hyphens,
parentheses, compact E.164, DIN-style and "ext." / "x" extensions.  Dates of birth in 42 shapes (defined per language
group: German 17, French 11, Italian 11, British 11, US 10; a document keeps one shape for about three quarters of its
dates of birth): "12.03.1984", "12.3.1984", "12.03.84", "12.3.84", "12. 03. 1984", ISO, "19840312", "12/03/1984",
"12-03-1984", "12 03 1984", Roman "12.III.1984" / "12/III/1984", German "12. März 1984", "02. März 1984",
"12.März 1984", "12 März 1984", "12. Mrz. 1984", "12. März '84" (Austrian "Jänner", "Jän."), French "12 mars 1984"
(also "1er"), "12 MARS 1984", "12 févr. 1984", "1984/03/12", Italian "12 marzo 1984" (also "1°"), "12 MARZO 1984",
"12 mar 1984", English "12 March 1984", "12th March 1984", "12th of March 1984", "12 Mar 1984", "12 MAR 1984",
"12-MAR-1984", US "03/12/1984", "3/12/1984", "3/12/84", "3-12-1984", "March 12, 1984", "Mar 12, 1984",
"Mar. 12, 1984", "March 12th, 1984"; after a cue word or a label (geb., geboren, geboren am, Geburtsdatum, né / née le,
date de naissance, nato / nata il, data di nascita, born, b., DOB, date of birth) or without one (table columns, JSON /
YAML fields, lists, chat messages).  Plain dates (meetings, bookings, exams, orders, fairs, invoices) use the readable
shapes of the document and are not labelled.
Names drawn from the Faker person lists of the region (de_DE, de_AT with a fifth of de_DE's first names, de_CH with a
list of Swiss German surnames written here, fr_CH with fr_FR and a list of Romand surnames, fr_FR, it_IT - for Ticino
with a list of Ticinese surnames -, en_GB, en_US), community names from the Faker lists of tr_TR, pl_PL (gendered
surnames), hr_HR, ro_RO, pt_PT, pt_BR, es_ES, es_MX, es_CO (Spanish and Portuguese double surnames with a space),
hu_HU, cs_CZ / sk_SK (gendered), sl_SI, en_IN, fr_DZ, en_IE, yo_NG, it_IT, de_DE and de_CH (as communities abroad),
and lists written here (Albanian / Kosovar, Serbian / Bosnian, Eritrean, Sri Lankan Tamil, Syrian / Afghan / Kurdish,
Ukrainian, Vietnamese, Chinese, Greek, Somali, Filipino, Maghrebi, West African and Korean, with gendered surnames
where the community uses them); about 55 % region, 23 % community, 22 % special: a surname that is an ordinary word
(Vogel, Winter, Glück, Nebel, Knopf, Kessel, Löwe, Petit, Renard, Printemps, Papillon, Chapeau, Gallo, Volpe, Capra,
Neve, Luna, Baker, Frost, Hawk, Bell, Honey ...; sometimes the first name too: Ernst, Wolf, Frank, Rosa, Linde, Heide,
Traute, Blanche, Prudence, Fleur, Modeste, Felice, Celeste, Speranza, Hope, Grace, June, Will, Bill, Rusty), a surname
with a particle (von Bergen, zur Linden, vom Hofe, ter Haar, op den Camp, von Allmen, auf der Maur, am Rhyn, in der
Gand, de Quervain, de Montmollin, du Pasquier, d'Épinay, Le Goff, de la Fontaine, d'Aubigné, Della Torre, Dell'Orto,
Lo Presti, Dal Molin, Li Causi, O'Brien, MacLeod, St. Clair, Van Buren, de la Cruz), an invented syllable-built
surname checked against the surname lists of 35 Faker locales and the lists written here and rejected with triple
letters or doubled vowels (e.g. "Zwickschwandtner", "Gatterhueber", "Dachsmetzler", "Pellenaz", "Darbuet",
"Zanozzi", "Prydbury", "Tarrholme", "Wixbury") with sometimes a rare first name (Wendelin, Ottokar, Notburga, Sixtus,
Leberecht, Wunibald, Philomène, Clovis, Évariste, Ermenegildo, Gelsomina, Settimio, Peregrine, Algernon, Marigold),
or a double surname (hyphenated; Italian and English also with a space).  Relatives share the surname (gendered forms
where the community uses them); some region names carry a double first name (Hans-Peter, Karl Heinz).  Written as
"First Last", "Last, First", "LAST First", "LAST, First", "Last First", "F. Last" (also "K.-F. Last", "S.-J. Last"),
"First L.", "FIRST LAST", separate surname and first-name fields, first names, nicknames (Steffi, Sämi, Vreni, Poldi,
Ferdl, Köbi, Fanfan, Juju, Maïté, Totò, Mimmo, Lollo, Peggy, Becky, Alfie ...) or surnames alone (chat senders,
salutations, mentions, doorbells, repair books, "Fam. <surname>", "Dr. med. <surname>"), in lower case in chats; a
misspelt name on a certificate and a wife's maiden name are PERSON spans of their own.
Unlabelled distractors: entry, order, booking, ticket, candidate, member, case, invoice, mandate and reference
numbers, licence, inspection-book, Reisegewerbekarte, ID-card and passport numbers, parcel / Flurstück / EZ / foglio /
mappale / title / parcel-ID numbers, vehicle plates, ZSR / EMR / ASCA / GLN / NPI / SIRET / P.IVA / UID / USt-IdNr. /
tax numbers, ICD codes, US routing numbers, BJCP styles, beer names, original and final
gravities, ring sizes, alloys, weights, prices, shares, power ratings, ride names, animals' names and species, exam
names and module codes, ages, birth years alone, day-and-month birthdays, plain dates and times, masked cards
("**** **** **** 1234", "•••• 1234", "XXXX-XXXX-XXXX-1234", "554500******1234", "ending 1234"), towns alone (places
of birth, Heimatorte, "Ort, Datum" lines, fair towns), nationality codes, role mailboxes, LAN IP addresses, and firms,
clubs, practices, offices, fairs, zoos and co-operatives - also when named after a person (a surveyor's, jeweller's or
detective agency's partners; the surname is kept away from the document's persons) or after an ordinary word.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout26/27/28, carried
over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Herrn, Frau, Dr., Dr. med., M., Mme, Madame, Monsieur, Sig., Sig.ra, signor,
  signora, Dott., Mr, Ms, Mrs, Dr, "Fam.", "Famille", "Famiglia") outside; a first name, a nickname or a surname alone
  used for a person is a PERSON, and so are the names in a ring engraving, a misspelt name and a deceased person's
  name; firms, clubs, practices, fairs, rides, zoos and animals are not labelled, also when a firm is named after a
  person.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes are not labelled.
* PHONE: every phone number of a person or of a practice, office, firm, shop or club (letterheads, signatures, fax
  lines); a chat sender shown as a number is PHONE.
* ADDRESS: "street, postcode town" on one line is two spans (street; postcode + town, with "D-" / "CH-" / "A-" / "I-"
  prefixes, Italian provinces, "Town POSTCODE" and "Town, ST ZIP" inside the town span), as is a two-line block; a
  street with its number alone is ADDRESS (tables, chats, JSON, YAML, meeting points) and so is a combined "postcode
  town" field; towns alone are not labelled; business addresses (offices, shops, practices, venues) are labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words outside - also a wrong date of birth
  printed on a certificate; birth years alone, day-and-month birthdays, ages and other dates are not.
* IBAN: every IBAN, compact or grouped (also a firm's, a club's or a co-op's).  CARD: full Luhn-valid card numbers;
  masked numbers are not.
* AHV: Swiss social security numbers (756, dotted or compact).  IP: the public IPv4 / IPv6 address of a person's
  device or connection (web forms, bookings, orders, entries, logins, votes); LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout29.py [--out PATH] [--scan] [--show N [--genre NAME]] [--stats]
(--scan, --show and --stats print and write nothing.)
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

SET = "holdout29"
OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout29.jsonl"
TYPES = ["PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "AHV", "CARD", "IP"]
QUOTA = [
    ("de_DE", 390),
    ("de_CH", 260),
    ("de_AT", 195),
    ("fr_CH", 98),
    ("fr_FR", 97),
    ("it_CH", 65),
    ("it_IT", 65),
    ("en_GB", 65),
    ("en_US", 65),
]

# ----------------------------------------------------------------------------------------------------------------------
# markers: every labelled value is wrapped when it is placed; offsets are resolved at the very end
# ----------------------------------------------------------------------------------------------------------------------
OPEN = "\ue000"
CLOSE = "\ue001"
TBASE = 0xE010
MARK_RE = re.compile("[\ue000\ue001\ue010-\ue018]")


def M(typ: str, value: str) -> str:
    assert value and value == value.strip(), (typ, value)
    assert not MARK_RE.search(value), value
    return OPEN + chr(TBASE + TYPES.index(typ)) + value + CLOSE


def vis(s: str) -> str:
    return MARK_RE.sub("", s)


def vlen(s: str) -> int:
    return len(vis(s))


def ljust(s: str, w: int) -> str:
    return s + " " * max(0, w - vlen(s))


def rjust(s: str, w: int) -> str:
    return " " * max(0, w - vlen(s)) + s


def resolve(text: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == OPEN:
            typ = TYPES[ord(text[i + 1]) - TBASE]
            j = text.index(CLOSE, i + 2)
            val = text[i + 2 : j]
            assert not MARK_RE.search(val), val
            ents.append({"type": typ, "start": pos, "end": pos + len(val), "text": val})
            out.append(val)
            pos += len(val)
            i = j + 1
        else:
            assert ch not in (CLOSE,) and not ("\ue010" <= ch <= "\ue018"), repr(text[max(0, i - 30) : i + 30])
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), ents


# ----------------------------------------------------------------------------------------------------------------------
# check digits
# ----------------------------------------------------------------------------------------------------------------------
def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    out = f"{cc}{chk:02d}{bban}"
    assert iban_ok(out)
    return out


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for k, x in enumerate(reversed(d)):
        if k % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def ean13_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    if len(d) != 13:
        return False
    s = sum(x * (1 if k % 2 == 0 else 3) for k, x in enumerate(d[:12]))
    return (10 - s % 10) % 10 == d[12]


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97):02d}"


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi: str, cab: str, conto: str) -> str:
    s = abi + cab + conto
    tot = 0
    for k, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if k % 2 == 0 else v
    return chr(65 + tot % 26)


def group4(s: str) -> str:
    return " ".join(s[k : k + 4] for k in range(0, len(s), 4))


# ----------------------------------------------------------------------------------------------------------------------
# places: (town, postcode, area code[, extra]) - written here
# ----------------------------------------------------------------------------------------------------------------------
TOWNS = {
    "DE": [
        ("Berlin", "10115", "030"),
        ("Berlin", "10437", "030"),
        ("Berlin", "12049", "030"),
        ("Hamburg", "20095", "040"),
        ("Hamburg", "22765", "040"),
        ("München", "80331", "089"),
        ("München", "81667", "089"),
        ("Köln", "50667", "0221"),
        ("Köln", "50823", "0221"),
        ("Frankfurt am Main", "60311", "069"),
        ("Frankfurt am Main", "60385", "069"),
        ("Stuttgart", "70173", "0711"),
        ("Düsseldorf", "40213", "0211"),
        ("Leipzig", "04109", "0341"),
        ("Dresden", "01067", "0351"),
        ("Hannover", "30159", "0511"),
        ("Nürnberg", "90402", "0911"),
        ("Bremen", "28195", "0421"),
        ("Essen", "45127", "0201"),
        ("Dortmund", "44135", "0231"),
        ("Freiburg im Breisgau", "79098", "0761"),
        ("Heidelberg", "69117", "06221"),
        ("Münster", "48143", "0251"),
        ("Augsburg", "86150", "0821"),
        ("Regensburg", "93047", "0941"),
        ("Kassel", "34117", "0561"),
        ("Bielefeld", "33602", "0521"),
        ("Mainz", "55116", "06131"),
        ("Würzburg", "97070", "0931"),
        ("Rostock", "18055", "0381"),
        ("Erfurt", "99084", "0361"),
        ("Göttingen", "37073", "0551"),
        ("Konstanz", "78462", "07531"),
        ("Bamberg", "96047", "0951"),
        ("Ulm", "89073", "0731"),
        ("Oldenburg", "26122", "0441"),
        ("Lüneburg", "21335", "04131"),
        ("Tübingen", "72070", "07071"),
        ("Passau", "94032", "0851"),
        ("Trier", "54290", "0651"),
        ("Kiel", "24103", "0431"),
        ("Potsdam", "14467", "0331"),
        ("Wiesbaden", "65183", "0611"),
        ("Bonn", "53111", "0228"),
        ("Karlsruhe", "76133", "0721"),
        ("Halle (Saale)", "06108", "0345"),
        ("Landshut", "84028", "0871"),
        ("Rosenheim", "83022", "08031"),
        ("Fulda", "36037", "0661"),
        ("Marburg", "35037", "06421"),
        ("Gießen", "35390", "0641"),
        ("Detmold", "32756", "05231"),
        ("Celle", "29221", "05141"),
        ("Lörrach", "79539", "07621"),
        ("Kempten (Allgäu)", "87435", "0831"),
        ("Bad Tölz", "83646", "08041"),
        ("Weimar", "99423", "03643"),
        ("Jena", "07743", "03641"),
        ("Schwerin", "19053", "0385"),
        ("Lübeck", "23552", "0451"),
        ("Flensburg", "24937", "0461"),
        ("Aachen", "52062", "0241"),
        ("Saarbrücken", "66111", "0681"),
        ("Koblenz", "56068", "0261"),
        ("Ingolstadt", "85049", "0841"),
        ("Osnabrück", "49074", "0541"),
    ],
    "AT": [
        ("Wien", "1030", "01"),
        ("Wien", "1050", "01"),
        ("Wien", "1070", "01"),
        ("Wien", "1090", "01"),
        ("Wien", "1120", "01"),
        ("Wien", "1160", "01"),
        ("Wien", "1180", "01"),
        ("Wien", "1210", "01"),
        ("Graz", "8010", "0316"),
        ("Graz", "8020", "0316"),
        ("Linz", "4020", "0732"),
        ("Salzburg", "5020", "0662"),
        ("Innsbruck", "6020", "0512"),
        ("Klagenfurt am Wörthersee", "9020", "0463"),
        ("Villach", "9500", "04242"),
        ("Wels", "4600", "07242"),
        ("St. Pölten", "3100", "02742"),
        ("Dornbirn", "6850", "05572"),
        ("Bregenz", "6900", "05574"),
        ("Feldkirch", "6800", "05522"),
        ("Steyr", "4400", "07252"),
        ("Wiener Neustadt", "2700", "02622"),
        ("Leoben", "8700", "03842"),
        ("Krems an der Donau", "3500", "02732"),
        ("Baden", "2500", "02252"),
        ("Mödling", "2340", "02236"),
        ("Kufstein", "6330", "05372"),
        ("Schwaz", "6130", "05242"),
        ("Lienz", "9900", "04852"),
        ("Zell am See", "5700", "06542"),
        ("Bad Ischl", "4820", "06132"),
        ("Gmunden", "4810", "07612"),
        ("Amstetten", "3300", "07472"),
        ("Eisenstadt", "7000", "02682"),
        ("Hallein", "5400", "06245"),
        ("Wolfsberg", "9400", "04352"),
        ("Spittal an der Drau", "9800", "04762"),
        ("Tulln an der Donau", "3430", "02272"),
    ],
    "CHde": [
        ("Zürich", "8001", "044"),
        ("Zürich", "8003", "044"),
        ("Zürich", "8006", "044"),
        ("Zürich", "8050", "044"),
        ("Winterthur", "8400", "052"),
        ("Bern", "3011", "031"),
        ("Bern", "3007", "031"),
        ("Basel", "4051", "061"),
        ("Basel", "4057", "061"),
        ("Luzern", "6003", "041"),
        ("St. Gallen", "9000", "071"),
        ("Aarau", "5000", "062"),
        ("Baden", "5400", "056"),
        ("Olten", "4600", "062"),
        ("Solothurn", "4500", "032"),
        ("Thun", "3600", "033"),
        ("Chur", "7000", "081"),
        ("Zug", "6300", "041"),
        ("Schaffhausen", "8200", "052"),
        ("Frauenfeld", "8500", "052"),
        ("Wil SG", "9500", "071"),
        ("Rapperswil-Jona", "8640", "055"),
        ("Uster", "8610", "044"),
        ("Dietikon", "8953", "044"),
        ("Wädenswil", "8820", "044"),
        ("Burgdorf", "3400", "034"),
        ("Langenthal", "4900", "062"),
        ("Liestal", "4410", "061"),
        ("Allschwil", "4123", "061"),
        ("Kriens", "6010", "041"),
        ("Sursee", "6210", "041"),
        ("Schwyz", "6430", "041"),
        ("Altdorf UR", "6460", "041"),
        ("Sarnen", "6060", "041"),
        ("Stans", "6370", "041"),
        ("Glarus", "8750", "055"),
        ("Herisau", "9100", "071"),
        ("Davos Platz", "7270", "081"),
        ("Brig", "3900", "027"),
        ("Visp", "3930", "027"),
        ("Interlaken", "3800", "033"),
        ("Spiez", "3700", "033"),
        ("Lenzburg", "5600", "062"),
        ("Brugg", "5200", "056"),
        ("Kreuzlingen", "8280", "071"),
        ("Arbon", "9320", "071"),
        ("Einsiedeln", "8840", "055"),
        ("Muri AG", "5630", "056"),
    ],
    "CHfr": [
        ("Lausanne", "1003", "021"),
        ("Lausanne", "1004", "021"),
        ("Genève", "1201", "022"),
        ("Genève", "1205", "022"),
        ("Genève", "1207", "022"),
        ("Fribourg", "1700", "026"),
        ("Neuchâtel", "2000", "032"),
        ("Sion", "1950", "027"),
        ("Yverdon-les-Bains", "1400", "024"),
        ("Montreux", "1820", "021"),
        ("Vevey", "1800", "021"),
        ("Nyon", "1260", "022"),
        ("Morges", "1110", "021"),
        ("La Chaux-de-Fonds", "2300", "032"),
        ("Delémont", "2800", "032"),
        ("Bulle", "1630", "026"),
        ("Martigny", "1920", "027"),
        ("Monthey", "1870", "024"),
        ("Carouge", "1227", "022"),
        ("Renens", "1020", "021"),
        ("Payerne", "1530", "026"),
        ("Sierre", "3960", "027"),
        ("Porrentruy", "2900", "032"),
        ("Le Locle", "2400", "032"),
        ("Aigle", "1860", "024"),
        ("Meyrin", "1217", "022"),
        ("Pully", "1009", "021"),
        ("Romont", "1680", "026"),
        ("Estavayer-le-Lac", "1470", "026"),
    ],
    "CHit": [
        ("Lugano", "6900", "091"),
        ("Bellinzona", "6500", "091"),
        ("Locarno", "6600", "091"),
        ("Mendrisio", "6850", "091"),
        ("Chiasso", "6830", "091"),
        ("Biasca", "6710", "091"),
        ("Ascona", "6612", "091"),
        ("Minusio", "6648", "091"),
        ("Giubiasco", "6512", "091"),
        ("Losone", "6616", "091"),
        ("Agno", "6982", "091"),
        ("Tesserete", "6950", "091"),
        ("Faido", "6760", "091"),
        ("Airolo", "6780", "091"),
        ("Stabio", "6855", "091"),
        ("Balerna", "6828", "091"),
        ("Caslano", "6987", "091"),
        ("Massagno", "6900", "091"),
        ("Roveredo GR", "6535", "091"),
        ("Poschiavo", "7742", "081"),
    ],
    "FR": [
        ("Paris", "75003", "01"),
        ("Paris", "75010", "01"),
        ("Paris", "75011", "01"),
        ("Paris", "75014", "01"),
        ("Paris", "75015", "01"),
        ("Paris", "75018", "01"),
        ("Paris", "75020", "01"),
        ("Lyon", "69003", "04"),
        ("Lyon", "69007", "04"),
        ("Marseille", "13006", "04"),
        ("Toulouse", "31000", "05"),
        ("Bordeaux", "33000", "05"),
        ("Nantes", "44000", "02"),
        ("Lille", "59000", "03"),
        ("Strasbourg", "67000", "03"),
        ("Rennes", "35000", "02"),
        ("Montpellier", "34000", "04"),
        ("Nice", "06000", "04"),
        ("Grenoble", "38000", "04"),
        ("Dijon", "21000", "03"),
        ("Angers", "49000", "02"),
        ("Tours", "37000", "02"),
        ("Clermont-Ferrand", "63000", "04"),
        ("Limoges", "87000", "05"),
        ("Besançon", "25000", "03"),
        ("Reims", "51100", "03"),
        ("Rouen", "76000", "02"),
        ("Caen", "14000", "02"),
        ("Brest", "29200", "02"),
        ("Annecy", "74000", "04"),
        ("Chambéry", "73000", "04"),
        ("Metz", "57000", "03"),
        ("Nancy", "54000", "03"),
        ("Mulhouse", "68100", "03"),
        ("Colmar", "68000", "03"),
        ("Perpignan", "66000", "04"),
        ("Pau", "64000", "05"),
        ("Bayonne", "64100", "05"),
        ("Poitiers", "86000", "05"),
        ("La Rochelle", "17000", "05"),
        ("Avignon", "84000", "04"),
        ("Aix-en-Provence", "13100", "04"),
        ("Orléans", "45000", "02"),
        ("Le Mans", "72000", "02"),
        ("Quimper", "29000", "02"),
        ("Vannes", "56000", "02"),
        ("Versailles", "78000", "01"),
        ("Montreuil", "93100", "01"),
        ("Thonon-les-Bains", "74200", "04"),
        ("Annemasse", "74100", "04"),
        ("Saint-Malo", "35400", "02"),
    ],
    "IT": [
        ("Milano", "20121", "02", "MI"),
        ("Milano", "20144", "02", "MI"),
        ("Roma", "00185", "06", "RM"),
        ("Roma", "00153", "06", "RM"),
        ("Torino", "10121", "011", "TO"),
        ("Napoli", "80121", "081", "NA"),
        ("Bologna", "40121", "051", "BO"),
        ("Firenze", "50121", "055", "FI"),
        ("Genova", "16121", "010", "GE"),
        ("Venezia", "30121", "041", "VE"),
        ("Verona", "37121", "045", "VR"),
        ("Padova", "35121", "049", "PD"),
        ("Bergamo", "24121", "035", "BG"),
        ("Brescia", "25121", "030", "BS"),
        ("Como", "22100", "031", "CO"),
        ("Varese", "21100", "0332", "VA"),
        ("Trento", "38122", "0461", "TN"),
        ("Bolzano", "39100", "0471", "BZ"),
        ("Udine", "33100", "0432", "UD"),
        ("Trieste", "34121", "040", "TS"),
        ("Parma", "43121", "0521", "PR"),
        ("Modena", "41121", "059", "MO"),
        ("Reggio Emilia", "42121", "0522", "RE"),
        ("Pisa", "56125", "050", "PI"),
        ("Lucca", "55100", "0583", "LU"),
        ("Perugia", "06121", "075", "PG"),
        ("Ancona", "60121", "071", "AN"),
        ("Bari", "70121", "080", "BA"),
        ("Lecce", "73100", "0832", "LE"),
        ("Palermo", "90133", "091", "PA"),
        ("Catania", "95124", "095", "CT"),
        ("Cagliari", "09124", "070", "CA"),
        ("Novara", "28100", "0321", "NO"),
        ("Monza", "20900", "039", "MB"),
        ("Lecco", "23900", "0341", "LC"),
        ("Sondrio", "23100", "0342", "SO"),
        ("Aosta", "11100", "0165", "AO"),
        ("Vicenza", "36100", "0444", "VI"),
        ("Treviso", "31100", "0422", "TV"),
        ("Ravenna", "48121", "0544", "RA"),
        ("Rimini", "47921", "0541", "RN"),
        ("Salerno", "84121", "089", "SA"),
        ("Pescara", "65121", "085", "PE"),
        ("Cuneo", "12100", "0171", "CN"),
        ("Mantova", "46100", "0376", "MN"),
        ("Pavia", "27100", "0382", "PV"),
        ("Cremona", "26100", "0372", "CR"),
    ],
    "GB": [
        ("London", "SW11", "020"),
        ("London", "N16", "020"),
        ("London", "SE22", "020"),
        ("London", "E17", "020"),
        ("London", "NW5", "020"),
        ("Manchester", "M14", "0161"),
        ("Manchester", "M20", "0161"),
        ("Birmingham", "B15", "0121"),
        ("Leeds", "LS6", "0113"),
        ("Bristol", "BS6", "0117"),
        ("Sheffield", "S10", "0114"),
        ("Liverpool", "L17", "0151"),
        ("Edinburgh", "EH10", "0131"),
        ("Glasgow", "G12", "0141"),
        ("Cardiff", "CF24", "029"),
        ("Newcastle upon Tyne", "NE2", "0191"),
        ("Nottingham", "NG7", "0115"),
        ("Leicester", "LE2", "0116"),
        ("Oxford", "OX4", "01865"),
        ("Cambridge", "CB1", "01223"),
        ("York", "YO10", "01904"),
        ("Bath", "BA2", "01225"),
        ("Brighton", "BN1", "01273"),
        ("Norwich", "NR2", "01603"),
        ("Exeter", "EX4", "01392"),
        ("Plymouth", "PL4", "01752"),
        ("Southampton", "SO17", "023"),
        ("Reading", "RG1", "0118"),
        ("Belfast", "BT9", "028"),
        ("Aberdeen", "AB10", "01224"),
        ("Inverness", "IV2", "01463"),
        ("Swansea", "SA2", "01792"),
        ("Canterbury", "CT1", "01227"),
        ("Durham", "DH1", "0191"),
        ("Lancaster", "LA1", "01524"),
        ("Kendal", "LA9", "01539"),
        ("Harrogate", "HG1", "01423"),
        ("Cheltenham", "GL50", "01242"),
        ("Chester", "CH1", "01244"),
        ("Derby", "DE22", "01332"),
        ("Coventry", "CV5", "024"),
        ("Stoke-on-Trent", "ST4", "01782"),
    ],
    "US": [
        ("Chicago", "60614", "312", "IL"),
        ("Chicago", "60622", "773", "IL"),
        ("Boston", "02116", "617", "MA"),
        ("Seattle", "98103", "206", "WA"),
        ("Portland", "97214", "503", "OR"),
        ("Denver", "80206", "303", "CO"),
        ("Austin", "78704", "512", "TX"),
        ("Minneapolis", "55408", "612", "MN"),
        ("Madison", "53703", "608", "WI"),
        ("Ann Arbor", "48104", "734", "MI"),
        ("Pittsburgh", "15213", "412", "PA"),
        ("Philadelphia", "19103", "215", "PA"),
        ("Brooklyn", "11215", "718", "NY"),
        ("Burlington", "05401", "802", "VT"),
        ("Asheville", "28801", "828", "NC"),
        ("Nashville", "37203", "615", "TN"),
        ("Atlanta", "30307", "404", "GA"),
        ("Columbus", "43215", "614", "OH"),
        ("Milwaukee", "53202", "414", "WI"),
        ("Cincinnati", "45202", "513", "OH"),
        ("St. Louis", "63110", "314", "MO"),
        ("Kansas City", "64111", "816", "MO"),
        ("Sacramento", "95814", "916", "CA"),
        ("San Diego", "92104", "619", "CA"),
        ("Oakland", "94610", "510", "CA"),
        ("Salt Lake City", "84102", "801", "UT"),
        ("Boise", "83702", "208", "ID"),
        ("Albuquerque", "87106", "505", "NM"),
        ("Richmond", "23220", "804", "VA"),
        ("Baltimore", "21218", "410", "MD"),
        ("Providence", "02906", "401", "RI"),
        ("Hartford", "06105", "860", "CT"),
        ("Rochester", "14607", "585", "NY"),
        ("Buffalo", "14222", "716", "NY"),
        ("Omaha", "68131", "402", "NE"),
        ("Des Moines", "50309", "515", "IA"),
        ("Louisville", "40204", "502", "KY"),
        ("Charleston", "29401", "843", "SC"),
        ("Savannah", "31401", "912", "GA"),
        ("Tucson", "85719", "520", "AZ"),
        ("Spokane", "99201", "509", "WA"),
        ("Fargo", "58102", "701", "ND"),
        ("Frederick", "21701", "301", "MD"),
        ("Lancaster", "17603", "717", "PA"),
        ("Duluth", "55802", "218", "MN"),
    ],
}

STREETS = {
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Schillerstraße",
        "Goethestraße",
        "Gartenstraße",
        "Lindenstraße",
        "Kirchweg",
        "Am Mühlbach",
        "Bergstraße",
        "Rosenweg",
        "Ahornweg",
        "Birkenallee",
        "Schulstraße",
        "Wiesenweg",
        "Mozartstraße",
        "Kastanienallee",
        "Marktplatz",
        "Am Anger",
        "Sonnenhang",
        "Feldstraße",
        "Weinbergweg",
        "Parkstraße",
        "Talstraße",
        "Eichendorffstraße",
        "Beethovenstraße",
        "Uhlandstraße",
        "Hölderlinweg",
        "Lessingstraße",
        "Kantstraße",
        "Fichtenweg",
        "Tannenstraße",
        "Am Sportplatz",
        "Im Winkel",
        "Mühlenweg",
        "Brunnenstraße",
        "Schlossallee",
        "Hafenstraße",
        "Wilhelmstraße",
        "Luisenstraße",
        "Auf der Höhe",
        "Zum Steinbruch",
        "In den Gärten",
        "An der Bleiche",
        "Holunderweg",
        "Amselweg",
        "Friedrich-Ebert-Straße",
        "Kolpingstraße",
        "Bismarckstraße",
        "Hochstraße",
        "Ringstraße",
        "Lerchenfeld",
    ],
    "AT": [
        "Hauptplatz",
        "Grazer Straße",
        "Linzer Gasse",
        "Schmiedgasse",
        "Dorfstraße",
        "Kirchengasse",
        "Lindengasse",
        "Kaiserstraße",
        "Salzburger Straße",
        "Bahnhofstraße",
        "Schulgasse",
        "Feldgasse",
        "Mühlweg",
        "Am Kogel",
        "Sonnleitenweg",
        "Gartengasse",
        "Wiener Straße",
        "Rosenhügelstraße",
        "Linzer Straße",
        "Wiener Straße",
        "Grazer Straße",
    ],
    "CHde": [
        "Bahnhofstrasse",
        "Dorfstrasse",
        "Kirchgasse",
        "Seestrasse",
        "Hauptstrasse",
        "Schulhausstrasse",
        "Rosenweg",
        "Birkenweg",
        "Alpenstrasse",
        "Feldeggweg",
        "Weinbergstrasse",
        "Zürcherstrasse",
        "Bernstrasse",
        "Rütistrasse",
        "Hofwiesenstrasse",
        "Im Gässli",
        "Buchenweg",
        "Obere Halde",
        "Untere Gasse",
        "Marktgasse",
        "Landstrasse",
        "Gotthardstrasse",
        "Rigistrasse",
        "Sonnenbergstrasse",
        "Mattenweg",
        "Steinackerstrasse",
        "Friedheimweg",
        "Eichholzstrasse",
        "Lindenhofweg",
        "Chileweg",
        "Haldenstrasse",
    ],
    "CHfr": [
        "Avenue de la Gare",
        "Chemin des Vignes",
        "Route de Berne",
        "Chemin de la Forêt",
        "Rue du Temple",
        "Rue de Lausanne",
        "Chemin du Levant",
        "Rue des Moulins",
        "Rue du Marché",
        "Chemin de Bellevue",
        "Rue du Château",
        "Place du Tilleul",
        "Route de Genève",
        "Rue de l'Industrie",
        "Chemin des Pâquis",
        "Rue de la Côte",
        "Chemin des Crêts",
        "Avenue du Léman",
        "Rue des Alpes",
        "Chemin de la Fontaine",
    ],
    "CHit": [
        "Via Cantonale",
        "Via San Gottardo",
        "Via Lugano",
        "Viale Stazione",
        "Via ai Monti",
        "Via della Posta",
        "Via Motta",
        "Via dei Faggi",
        "Via al Lido",
        "Via Vignola",
        "Via Mirasole",
    ],
    "FR": [
        "rue de la République",
        "rue Victor Hugo",
        "avenue Jean Jaurès",
        "boulevard Gambetta",
        "place du Marché",
        "impasse des Lilas",
        "allée des Tilleuls",
        "chemin des Vignes",
        "rue Pasteur",
        "rue de la Paix",
        "rue Nationale",
        "rue du Général Leclerc",
        "avenue de la Libération",
        "rue des Écoles",
        "rue Émile Zola",
        "rue des Jardins",
        "route de Lyon",
        "rue du Moulin",
        "rue des Acacias",
        "rue Jules Ferry",
        "boulevard Carnot",
        "rue de la Gare",
        "avenue Foch",
        "rue du Château d'Eau",
        "rue des Peupliers",
        "rue Paul Bert",
        "rue des Carmes",
        "rue de Verdun",
    ],
    "IT": [
        "Via Roma",
        "Via Garibaldi",
        "Corso Vittorio Emanuele II",
        "Via Mazzini",
        "Piazza della Libertà",
        "Via Dante Alighieri",
        "Viale dei Mille",
        "Via XX Settembre",
        "Via Verdi",
        "Via Cavour",
        "Via dei Tigli",
        "Via San Francesco",
        "Vicolo Stretto",
        "Via Montebello",
        "Via Leopardi",
        "Via Manzoni",
        "Via Solferino",
        "Corso Italia",
        "Via Matteotti",
        "Via Gramsci",
        "Via Marconi",
        "Via dei Mille",
        "Via Carducci",
        "Viale Europa",
        "Via delle Rose",
        "Via Pascoli",
        "Via Nazionale",
    ],
    "GB": [
        "Church Lane",
        "Victoria Road",
        "The Crescent",
        "High Street",
        "Mill Lane",
        "Station Road",
        "Queen's Road",
        "Park Avenue",
        "Elm Grove",
        "Manor Way",
        "Kingsway",
        "Albert Street",
        "St Mary's Road",
        "Orchard Close",
        "Meadow View",
        "Beech Drive",
        "Granville Terrace",
        "Riverside Walk",
        "Bridge Street",
        "Clarendon Road",
        "Windsor Avenue",
        "Chestnut Grove",
        "Hillside Gardens",
        "Marlborough Place",
        "York Road",
        "Westfield Lane",
        "Thornton Avenue",
        "Abbey Road",
        "Ashdown Close",
        "Belvoir Street",
    ],
    "US": [
        "Maple Ave",
        "Oak Street",
        "Pine Ridge Rd",
        "Lakeview Dr",
        "Cedar Ln",
        "Highland Ave",
        "Washington Blvd",
        "Jefferson St",
        "Spruce St",
        "Willow Ct",
        "Elm Street",
        "Main St",
        "Chestnut St",
        "Park Place",
        "Lincoln Ave",
        "Madison St",
        "Prospect Ave",
        "Walnut St",
        "Hawthorne Blvd",
        "River Rd",
        "Sunset Dr",
        "Grant St",
        "Franklin Ave",
        "Meadowbrook Ln",
        "Juniper Way",
        "Birch Hollow Rd",
        "College Ave",
    ],
}
# streets that belong to one town (used there only) and streets named after a town (never used in that town)
LOCAL_STREETS = {
    ("AT", "Wien"): [
        "Mariahilfer Straße",
        "Landstraßer Hauptstraße",
        "Praterstraße",
        "Wiedner Hauptstraße",
        "Josefstädter Straße",
        "Hietzinger Hauptstraße",
        "Ottakringer Straße",
        "Brünner Straße",
        "Neubaugasse",
        "Zieglergasse",
        "Kärntner Straße",
        "Herrengasse",
    ],
    ("AT", "Innsbruck"): ["Innrain", "Anichstraße", "Museumstraße", "Maximilianstraße"],
    ("AT", "Graz"): ["Annenstraße", "Elisabethstraße", "Herrengasse", "Kärntner Straße"],
    ("AT", "Salzburg"): ["Linzer Gasse", "Getreidegasse", "Schwarzstraße"],
    ("DE", "Berlin"): ["Karl-Marx-Allee", "Oranienstraße", "Schönhauser Allee", "Sonnenallee"],
    ("DE", "Hamburg"): ["Eppendorfer Weg", "Osterstraße", "Bahrenfelder Chaussee"],
    ("DE", "München"): ["Leopoldstraße", "Schleißheimer Straße", "Ismaninger Straße"],
    ("CHde", "Bern"): ["Gerechtigkeitsgasse", "Kramgasse", "Spitalgasse", "Lorrainestrasse"],
    ("CHde", "Basel"): ["Schützenmattstrasse", "Güterstrasse", "Klybeckstrasse"],
    ("CHde", "Zürich"): ["Badenerstrasse", "Mühlebachstrasse", "Langstrasse", "Hohlstrasse"],
    ("CHde", "Luzern"): ["Pilatusstrasse", "Hirschmattstrasse"],
    ("CHfr", "Lausanne"): ["Avenue de Rumine", "Rue de Bourg", "Rue du Simplon", "Avenue de Beaulieu"],
    ("CHfr", "Genève"): ["Rue des Pâquis", "Boulevard Carl-Vogt", "Rue de Carouge"],
    ("CHfr", "La Chaux-de-Fonds"): ["Avenue Léopold-Robert", "Rue du Doubs"],
    ("CHit", "Lugano"): ["Via Nassa", "Via Pretorio", "Via Trevano", "Via Besso"],
    ("CHit", "Bellinzona"): ["Piazza Collegiata", "Via Vela"],
    ("CHit", "Locarno"): ["Via Ramogna", "Via Ciseri", "Via Varenna"],
    ("CHit", "Mendrisio"): ["Via Borghese", "Via Zorzi"],
    ("FR", "Lyon"): ["cours Lafayette", "rue Garibaldi", "montée de la Grande-Côte"],
    ("FR", "Bordeaux"): ["rue Sainte-Catherine", "cours Victor Hugo"],
    ("FR", "Nantes"): ["quai de la Fosse", "rue de Strasbourg"],
    ("FR", "Orléans"): ["quai de la Loire", "rue Bannier"],
    ("IT", "Milano"): ["Largo Augusto", "Corso Buenos Aires", "Via Padova"],
    ("IT", "Bergamo"): ["Borgo Palazzo", "Via Pignolo"],
    ("IT", "Roma"): ["Via Tiburtina", "Via del Pigneto", "Viale Trastevere"],
}
STREETS = {k: sorted(set(v)) for k, v in STREETS.items()}
NOT_IN = {
    "Zürcherstrasse": "Zürich",
    "Bernstrasse": "Bern",
    "Rue de Lausanne": "Lausanne",
    "Route de Genève": "Genève",
    "Route de Berne": "Bern",
    "route de Lyon": "Lyon",
    "Grazer Straße": "Graz",
    "Salzburger Straße": "Salzburg",
    "Wiener Straße": "Wien",
    "Linzer Straße": "Linz",
    "Via Lugano": "Lugano",
}
US_DIRS = ["N", "S", "E", "W", "NE", "SW"]
GB_LOCALITY = {
    "London": ["Battersea", "Stoke Newington", "East Dulwich", "Walthamstow", "Kentish Town"],
    "Manchester": ["Fallowfield", "Didsbury"],
    "Leeds": ["Headingley"],
    "Bristol": ["Redland"],
    "Sheffield": ["Crookes"],
}

REGION = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CHde",
    "fr_CH": "CHfr",
    "fr_FR": "FR",
    "it_CH": "CHit",
    "it_IT": "IT",
    "en_GB": "GB",
    "en_US": "US",
}
MAIN_LANG = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "IT": "it", "GB": "en", "US": "en"}
COUNTRY = {
    "DE": "DE",
    "AT": "AT",
    "CHde": "CH",
    "CHfr": "CH",
    "CHit": "CH",
    "FR": "FR",
    "IT": "IT",
    "GB": "GB",
    "US": "US",
}

MOBILE = {
    "DE": [
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
        "0155",
    ],
    "AT": ["0650", "0660", "0664", "0676", "0677", "0680", "0681", "0688", "0699"],
    "CH": ["075", "076", "077", "078", "079"],
    "FR": ["06", "07"],
    "IT": [
        "320",
        "324",
        "328",
        "329",
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
        "380",
        "388",
        "392",
    ],
    "GB": [
        "07700",
        "07712",
        "07723",
        "07734",
        "07747",
        "07760",
        "07789",
        "07801",
        "07825",
        "07853",
        "07889",
        "07912",
        "07931",
        "07958",
        "07970",
        "07984",
        "07511",
        "07402",
    ],
}
HOTLINE = {
    "DE": ["0800 {a} {b}", "0180 6 {a}{b}", "0800-{a}{b}"],
    "AT": ["0800 {a} {b}", "0810 {a} {b}"],
    "CH": ["0800 {a} {b}", "0848 {a} {b}", "0844 {a} {b}"],
    "FR": ["0 800 {x} {y} {z}", "0 805 {x} {y} {z}", "09 69 {x} {y} {z}"],
    "IT": ["800 {a} {b}", "199 {a} {b}", "800.{a}.{b}"],
    "GB": ["0800 {a} {b}", "0345 {a} {b}", "0333 {a} {b}"],
    "US": ["1-800-{a}-{b}", "1-888-{a}-{b}", "(877) {a}-{b}"],
}
MAIL_DOMAINS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "posteo.de",
        "outlook.de",
        "freenet.de",
        "mailbox.org",
        "yahoo.de",
        "icloud.com",
        "gmx.net",
    ],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "gmx.net", "icloud.com", "yahoo.at"],
    "CH": [
        "bluewin.ch",
        "gmx.ch",
        "hispeed.ch",
        "sunrise.ch",
        "gmail.com",
        "outlook.com",
        "protonmail.ch",
        "icloud.com",
        "swissonline.ch",
    ],
    "FR": [
        "orange.fr",
        "free.fr",
        "laposte.net",
        "sfr.fr",
        "wanadoo.fr",
        "gmail.com",
        "hotmail.fr",
        "yahoo.fr",
        "outlook.fr",
    ],
    "IT": [
        "libero.it",
        "virgilio.it",
        "tiscali.it",
        "alice.it",
        "gmail.com",
        "hotmail.it",
        "yahoo.it",
        "tim.it",
        "outlook.it",
    ],
    "GB": [
        "btinternet.com",
        "gmail.com",
        "hotmail.co.uk",
        "yahoo.co.uk",
        "outlook.com",
        "sky.com",
        "live.co.uk",
        "virginmedia.com",
        "icloud.com",
    ],
    "US": [
        "gmail.com",
        "yahoo.com",
        "hotmail.com",
        "outlook.com",
        "icloud.com",
        "aol.com",
        "comcast.net",
        "att.net",
        "proton.me",
    ],
}
IPV4 = {
    "DE": [
        (84, 128, 191),
        (87, 128, 191),
        (93, 192, 255),
        (79, 192, 255),
        (91, 0, 67),
        (178, 0, 15),
        (188, 96, 111),
        (46, 114, 115),
        (95, 88, 91),
    ],
    "AT": [
        (62, 178, 178),
        (80, 108, 111),
        (84, 112, 119),
        (178, 112, 119),
        (212, 186, 186),
        (91, 112, 119),
        (194, 118, 118),
    ],
    "CH": [
        (85, 0, 7),
        (178, 192, 199),
        (83, 76, 79),
        (62, 202, 202),
        (213, 55, 55),
        (77, 56, 59),
        (31, 164, 165),
        (188, 60, 63),
        (146, 4, 4),
    ],
    "FR": [
        (90, 0, 127),
        (86, 192, 255),
        (78, 192, 255),
        (88, 160, 191),
        (176, 128, 191),
        (109, 208, 223),
        (82, 64, 127),
    ],
    "IT": [(79, 0, 63), (87, 0, 31), (93, 32, 63), (151, 0, 95), (2, 32, 47), (95, 224, 255), (82, 48, 63)],
    "GB": [(86, 128, 191), (90, 192, 223), (82, 0, 47), (2, 96, 127), (92, 0, 31), (109, 144, 159), (81, 96, 111)],
    "US": [
        (73, 0, 255),
        (24, 0, 255),
        (68, 0, 255),
        (98, 192, 255),
        (71, 0, 255),
        (76, 0, 255),
        (108, 0, 255),
        (174, 0, 255),
        (50, 0, 255),
    ],
}
IPV6 = {
    "DE": ["2003:{a:x}:{b:x}", "2a02:810{c}:{a:x}", "2a01:c2{c}:{a:x}"],
    "AT": ["2a02:8388:{a:x}", "2a01:11{c}:{a:x}"],
    "CH": ["2a02:120{c}:{a:x}", "2a02:aa1{c}:{a:x}", "2a04:ee4{c}:{a:x}"],
    "FR": ["2a01:cb{c}{c}:{a:x}", "2a01:e0a:{a:x}", "2a01:e34:{a:x}"],
    "IT": ["2a02:810{c}:{a:x}", "2001:b07:{a:x}", "2a01:4ec:{a:x}"],
    "GB": ["2a00:23c{c}:{a:x}", "2a02:c7f:{a:x}", "2a00:23ee:{a:x}"],
    "US": ["2601:{b:x}:{a:x}", "2600:1700:{a:x}", "2603:70{c}{c}:{a:x}"],
}

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
    "de": ["Jan.", "Feb.", "Mrz.", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

# date shapes by language group; "all" numeric shapes are valid everywhere except where noted
DATE_SHAPES = {
    "de": [
        "dmy.",
        "dmy.",
        "dmy.",
        "d.m.y",
        "dmy2.",
        "d.m.y2",
        "dmy. sp",
        "iso",
        "ymd",
        "dmy/",
        "dmy-",
        "roman",
        "de_long",
        "de_long0",
        "de_longnd",
        "de_longsp",
        "de_abbr",
        "de_apos",
        "dmy sp",
    ],
    "fr": [
        "dmy/",
        "dmy/",
        "dmy/",
        "d/m/y",
        "dmy2/",
        "dmy.",
        "iso",
        "dmy-",
        "fr_long",
        "fr_long",
        "fr_upper",
        "fr_abbr",
        "dmy sp",
        "y/m/d",
    ],
    "it": [
        "dmy/",
        "dmy/",
        "dmy.",
        "dmy-",
        "d/m/y",
        "dmy2/",
        "iso",
        "it_long",
        "it_long",
        "it_upper",
        "it_abbr",
        "roman/",
        "dmy sp",
    ],
    "GB": [
        "dmy/",
        "dmy/",
        "en_long",
        "en_th",
        "en_thof",
        "en_abbr",
        "en_MON",
        "iso",
        "dmy2/",
        "dmy.",
        "d/m/y",
        "en_abbr_up",
    ],
    "US": [
        "us/",
        "us/",
        "us_short",
        "us_y2",
        "us-",
        "us_long",
        "us_long",
        "us_abbr",
        "us_abbrdot",
        "us_th",
        "iso",
        "ymd/",
    ],
}


def ordinal_en(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th') }"


def fmt_date(y: int, m: int, d: int, shape: str, lang: str, region: str) -> str:
    mon = MONTHS[lang][m - 1]
    if region == "AT" and m == 1:
        mon = "Jänner"
    ab = MON_ABBR[lang][m - 1]
    if region == "AT" and m == 1 and lang == "de":
        ab = "Jän."
    y2 = f"{y % 100:02d}"
    s = {
        "dmy.": f"{d:02d}.{m:02d}.{y}",
        "d.m.y": f"{d}.{m}.{y}",
        "dmy2.": f"{d:02d}.{m:02d}.{y2}",
        "d.m.y2": f"{d}.{m}.{y2}",
        "dmy. sp": f"{d:02d}. {m:02d}. {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "ymd": f"{y}{m:02d}{d:02d}",
        "ymd/": f"{y}/{m:02d}/{d:02d}",
        "y/m/d": f"{y}/{m:02d}/{d:02d}",
        "dmy/": f"{d:02d}/{m:02d}/{y}",
        "d/m/y": f"{d}/{m}/{y}",
        "dmy2/": f"{d:02d}/{m:02d}/{y2}",
        "dmy-": f"{d:02d}-{m:02d}-{y}",
        "dmy sp": f"{d:02d} {m:02d} {y}",
        "roman": f"{d}.{ROMAN[m - 1]}.{y}",
        "roman/": f"{d}/{ROMAN[m - 1]}/{y}",
        "de_long": f"{d}. {mon} {y}",
        "de_long0": f"{d:02d}. {mon} {y}",
        "de_longnd": f"{d}.{mon} {y}",
        "de_longsp": f"{d} {mon} {y}",
        "de_abbr": f"{d}. {ab} {y}",
        "de_apos": f"{d}. {mon} '{y2}",
        "fr_long": f"{'1er' if d == 1 else d} {mon} {y}",
        "fr_upper": f"{d} {mon.upper()} {y}",
        "fr_abbr": f"{d} {ab} {y}",
        "it_long": f"{'1°' if d == 1 else d} {mon} {y}",
        "it_upper": f"{d} {mon.upper()} {y}",
        "it_abbr": f"{d} {ab} {y}",
        "en_long": f"{d} {mon} {y}",
        "en_th": f"{ordinal_en(d)} {mon} {y}",
        "en_thof": f"{ordinal_en(d)} of {mon} {y}",
        "en_abbr": f"{d} {ab} {y}",
        "en_abbr_up": f"{d:02d}-{ab.upper()}-{y}",
        "en_MON": f"{d} {ab.upper()} {y}",
        "us/": f"{m:02d}/{d:02d}/{y}",
        "us_short": f"{m}/{d}/{y}",
        "us_y2": f"{m}/{d}/{y2}",
        "us-": f"{m}-{d}-{y}",
        "us_long": f"{mon} {d}, {y}",
        "us_abbr": f"{ab} {d}, {y}",
        "us_abbrdot": f"{ab}{'' if ab == 'May' else '.'} {d}, {y}",
        "us_th": f"{mon} {ordinal_en(d)}, {y}",
    }[shape]
    return s


PROSE_SHAPES = {
    "de": ["dmy.", "d.m.y", "dmy2.", "de_long", "de_long0", "de_abbr", "iso", "dmy. sp", "roman"],
    "fr": ["dmy/", "d/m/y", "dmy2/", "fr_long", "fr_abbr", "dmy.", "iso"],
    "it": ["dmy/", "d/m/y", "dmy.", "it_long", "it_abbr", "dmy-", "iso"],
    "GB": ["dmy/", "en_long", "en_th", "en_abbr", "iso", "dmy2/"],
    "US": ["us/", "us_short", "us_long", "us_abbr", "us_abbrdot", "iso"],
}


def shape_group(lang: str, region: str) -> str:
    if lang == "en":
        return "US" if region == "US" else "GB"
    return lang


# Swiss/Ticino surnames, invented-name syllables, special names - written here
TICINO_SURNAMES = [
    "Bernasconi",
    "Bianchi",
    "Pedrazzini",
    "Cattaneo",
    "Galli",
    "Lurati",
    "Fontana",
    "Gianella",
    "Rusconi",
    "Pellandini",
    "Beffa",
    "Antognini",
    "Chiesa",
    "Guscetti",
    "Delcò",
    "Induni",
    "Lepori",
    "Mombelli",
    "Poretti",
    "Ghirlanda",
    "Rezzonico",
    "Sciaroni",
    "Tamò",
    "Vanoni",
    "Zanetti",
    "Cereghetti",
    "Balestra",
    "Canonica",
    "Ferrari",
    "Respini",
    "Righetti",
    "Soldati",
    "Storni",
    "Bonzanigo",
    "Corti",
    "Pagani",
    "Pozzi",
    "Medici",
    "Casellini",
    "Dazio",
]
ROMAND_SURNAMES = [
    "Favre",
    "Rochat",
    "Pittet",
    "Chappuis",
    "Cuénod",
    "Jaquier",
    "Monnier",
    "Bovet",
    "Clerc",
    "Dubey",
    "Gavillet",
    "Oberson",
    "Rossier",
    "Schorderet",
    "Chevalley",
    "Perrin",
    "Meylan",
    "Cosandey",
    "Ducommun",
    "Vuilleumier",
    "Zufferey",
    "Fellay",
    "Bonvin",
    "Crettenand",
    "Pasquier",
    "Brodard",
    "Menoud",
    "Jolliet",
    "Besson",
    "Mottier",
]
SWISS_DE_SURNAMES = [
    "Ammann",
    "Brändli",
    "Bühler",
    "Egli",
    "Frei",
    "Gerber",
    "Graf",
    "Hess",
    "Hug",
    "Kälin",
    "Keller",
    "Kunz",
    "Lüthi",
    "Marti",
    "Meier",
    "Moser",
    "Niederberger",
    "Rüegg",
    "Schnyder",
    "Sigrist",
    "Steiner",
    "Stucki",
    "Suter",
    "Tanner",
    "Vogt",
    "Wenger",
    "Wüthrich",
    "Zbinden",
    "Zürcher",
    "Gisler",
    "Imhof",
    "Odermatt",
    "Bachmann",
    "Baumgartner",
    "Flückiger",
    "Hänni",
    "Aebischer",
    "Bieri",
    "Rohrer",
    "Schürch",
]

WORD_SURNAMES = {
    "de": [
        "Vogel",
        "Fink",
        "Winter",
        "Sommer",
        "Herbst",
        "Stein",
        "Busch",
        "Berg",
        "Fuchs",
        "Hase",
        "Adler",
        "Specht",
        "Brot",
        "Wein",
        "Engel",
        "Wild",
        "Fröhlich",
        "Ehrlich",
        "Lustig",
        "Montag",
        "Abend",
        "Glück",
        "Blume",
        "Dorn",
        "Zweig",
        "Baum",
        "Holz",
        "Eisen",
        "Silber",
        "Kohl",
        "Schnee",
        "Nebel",
        "Sturm",
        "Blitz",
        "Donner",
        "Kessel",
        "Nadel",
        "Knopf",
        "Hut",
        "Mantel",
        "Kranz",
        "Glocke",
        "Turm",
        "Bär",
        "Löwe",
        "Strauß",
        "Kamm",
        "Keil",
    ],
    "fr": [
        "Petit",
        "Lapin",
        "Renard",
        "Loup",
        "Mouton",
        "Boucher",
        "Boulanger",
        "Berger",
        "Marchand",
        "Chevalier",
        "Fontaine",
        "Rivière",
        "Bois",
        "Roche",
        "Soleil",
        "Printemps",
        "Hiver",
        "Bonheur",
        "Gentil",
        "Sage",
        "Blanc",
        "Noir",
        "Rouge",
        "Jardin",
        "Poirier",
        "Rossignol",
        "Pinson",
        "Merle",
        "Corbeau",
        "Moineau",
        "Papillon",
        "Chapeau",
        "Marteau",
        "Cloche",
        "Beau",
        "Lheureux",
        "Lamour",
    ],
    "it": [
        "Gallo",
        "Lupo",
        "Sole",
        "Leone",
        "Volpe",
        "Colombo",
        "Ferro",
        "Sasso",
        "Porta",
        "Campana",
        "Fiore",
        "Bianco",
        "Grasso",
        "Piccolo",
        "Allegro",
        "Santo",
        "Castello",
        "Rocca",
        "Ponte",
        "Pesce",
        "Capra",
        "Gatto",
        "Cappello",
        "Bosco",
        "Fiume",
        "Lago",
        "Neve",
        "Luna",
        "Mare",
    ],
    "en": [
        "Baker",
        "Bird",
        "Snow",
        "Frost",
        "Strong",
        "Penny",
        "Hunter",
        "Young",
        "Little",
        "Long",
        "Short",
        "Rich",
        "Wise",
        "Good",
        "Moody",
        "Sharp",
        "Bright",
        "Swift",
        "Bishop",
        "Knight",
        "Marsh",
        "Field",
        "Wood",
        "Hill",
        "Stone",
        "Lamb",
        "Fox",
        "Crane",
        "Finch",
        "Sparrow",
        "Hawk",
        "Bull",
        "Cook",
        "Potter",
        "Banks",
        "Church",
        "Bell",
        "Cash",
        "Sweet",
        "Salt",
        "Honey",
        "Berry",
        "Plum",
    ],
}
WORD_FIRST = {
    "de": [
        ("Ernst", "m"),
        ("Wolf", "m"),
        ("Frank", "m"),
        ("Rosa", "f"),
        ("Linde", "f"),
        ("Heide", "f"),
        ("Iris", "f"),
        ("Viola", "f"),
        ("Traute", "f"),
        ("Hella", "f"),
    ],
    "fr": [
        ("Blanche", "f"),
        ("Prudence", "f"),
        ("Fleur", "f"),
        ("Rose", "f"),
        ("Aimé", "m"),
        ("Modeste", "m"),
        ("Constant", "m"),
        ("Victoire", "f"),
        ("Patience", "f"),
        ("Céleste", "f"),
    ],
    "it": [
        ("Felice", "m"),
        ("Celeste", "f"),
        ("Serena", "f"),
        ("Fortunato", "m"),
        ("Stella", "f"),
        ("Gioia", "f"),
        ("Rosa", "f"),
        ("Bruno", "m"),
        ("Benvenuto", "m"),
        ("Speranza", "f"),
        ("Primo", "m"),
        ("Vittoria", "f"),
    ],
    "en": [
        ("Hope", "f"),
        ("Grace", "f"),
        ("Summer", "f"),
        ("June", "f"),
        ("Hazel", "f"),
        ("Holly", "f"),
        ("Ivy", "f"),
        ("Faith", "f"),
        ("Joy", "f"),
        ("Dawn", "f"),
        ("Hunter", "m"),
        ("Chase", "m"),
        ("Clay", "m"),
        ("Miles", "m"),
        ("Will", "m"),
        ("Bill", "m"),
        ("Rusty", "m"),
    ],
}
PARTICLE_SURNAMES = {
    "DE": [
        "von Bergen",
        "von Rotz",
        "zur Linden",
        "von der Heide",
        "vom Hofe",
        "von Lingen",
        "zu Solms",
        "von Stein",
        "van den Boom",
        "ter Haar",
        "op den Camp",
        "zum Felde",
        "von Hagen",
        "von Kessel",
        "auf dem Kampe",
    ],
    "AT": ["von Bergen", "von der Heide", "zu Eltz", "von Stein", "van den Boom", "von Hagen", "auf der Lahn"],
    "CHde": [
        "von Allmen",
        "von Gunten",
        "von Arx",
        "von Känel",
        "auf der Maur",
        "am Rhyn",
        "von der Mühll",
        "de Quervain",
        "von Wattenwyl",
        "von Rotz",
        "zum Wald",
        "in der Gand",
    ],
    "CHfr": [
        "de Montmollin",
        "de Pury",
        "du Pasquier",
        "de Coulon",
        "de Rham",
        "de Saussure",
        "de Weck",
        "de Diesbach",
        "d'Épinay",
        "de Courten",
    ],
    "FR": [
        "Le Goff",
        "Le Bihan",
        "Le Gall",
        "Le Roux",
        "Le Bris",
        "du Pont",
        "de la Fontaine",
        "de Villiers",
        "d'Aubigné",
        "d'Arcy",
        "Des Roches",
        "de Lattre",
        "Du Bois",
        "La Fontaine",
        "Le Corre",
        "de Kerguelen",
    ],
    "CHit": ["Dalla Costa", "Della Casa", "De Carli", "Dal Molin", "Lo Bello", "Della Torre", "De Marchi"],
    "IT": [
        "De Luca",
        "Della Torre",
        "Lo Russo",
        "Dell'Orto",
        "Dal Pozzo",
        "Lo Presti",
        "Della Valle",
        "De Santis",
        "Di Stefano",
        "La Rosa",
        "Lo Bello",
        "Dalla Costa",
        "D'Angelo",
        "Degli Esposti",
        "Dal Lago",
        "Del Monte",
        "Di Gregorio",
        "Li Causi",
    ],
    "GB": [
        "O'Brien",
        "O'Connor",
        "MacLeod",
        "McAllister",
        "St. John",
        "Le Mesurier",
        "O'Neill",
        "MacDonald",
        "St. Clair",
        "D'Costa",
        "de la Mare",
        "Fitz-Simmons",
    ],
    "US": [
        "O'Brien",
        "Van Buren",
        "De Souza",
        "O'Neill",
        "Van Dyke",
        "De Vries",
        "St. Clair",
        "de la Cruz",
        "Du Bois",
        "McKenna",
        "Van Horn",
        "Di Napoli",
    ],
}
RARE_FIRST = {
    "de": [
        ("Wendelin", "m"),
        ("Ottokar", "m"),
        ("Kunigunde", "f"),
        ("Notburga", "f"),
        ("Quirin", "m"),
        ("Tjark", "m"),
        ("Walburga", "f"),
        ("Ottilie", "f"),
        ("Irmtraud", "f"),
        ("Sixtus", "m"),
        ("Hildegund", "f"),
        ("Gottlieb", "m"),
        ("Leberecht", "m"),
        ("Crescentia", "f"),
        ("Adelgunde", "f"),
        ("Korbinian", "m"),
        ("Engelbert", "m"),
        ("Wunibald", "m"),
        ("Roswitha", "f"),
        ("Fridolin", "m"),
    ],
    "fr": [
        ("Honorine", "f"),
        ("Philomène", "f"),
        ("Clovis", "m"),
        ("Ysaline", "f"),
        ("Ombeline", "f"),
        ("Anatole", "m"),
        ("Évariste", "m"),
        ("Anselme", "m"),
        ("Eulalie", "f"),
        ("Apolline", "f"),
        ("Bertille", "f"),
        ("Sidonie", "f"),
        ("Eudes", "m"),
        ("Wandrille", "m"),
    ],
    "it": [
        ("Ermenegildo", "m"),
        ("Gelsomina", "f"),
        ("Settimio", "m"),
        ("Tarcisio", "m"),
        ("Ottavia", "f"),
        ("Zelinda", "f"),
        ("Nazzareno", "m"),
        ("Filomena", "f"),
        ("Arcangelo", "m"),
        ("Ausilia", "f"),
        ("Primetta", "f"),
        ("Evaristo", "m"),
    ],
    "en": [
        ("Peregrine", "m"),
        ("Algernon", "m"),
        ("Ottoline", "f"),
        ("Crispin", "m"),
        ("Tamsin", "f"),
        ("Digby", "m"),
        ("Hester", "f"),
        ("Eustace", "m"),
        ("Jocasta", "f"),
        ("Lettice", "f"),
        ("Ambrose", "m"),
        ("Clementine", "f"),
        ("Ignatius", "m"),
        ("Marigold", "f"),
    ],
}
INVENT = {
    "de": (
        [
            "Wild",
            "Brunn",
            "Hinter",
            "Ober",
            "Kalch",
            "Stein",
            "Fahrn",
            "Gschwend",
            "Moos",
            "Hag",
            "Bühl",
            "Ried",
            "Tann",
            "Kreuz",
            "Lind",
            "Eich",
            "Birk",
            "Hasel",
            "Reh",
            "Dachs",
            "Walch",
            "Lehn",
            "Mett",
            "Egg",
            "Grub",
            "Mühl",
            "Brach",
            "Fell",
            "Heg",
            "Kien",
            "Loh",
            "Zwick",
            "Schwend",
            "Gatter",
            "Fisch",
        ],
        [
            "egger",
            "lechner",
            "grabner",
            "hänsli",
            "schwandtner",
            "bichler",
            "rieder",
            "leitner",
            "thaler",
            "wieser",
            "stetter",
            "dorfer",
            "bacher",
            "metzler",
            "felder",
            "holzer",
            "kofler",
            "pointner",
            "reiter",
            "gartner",
            "mooser",
            "eder",
            "hueber",
            "lehner",
            "wanger",
        ],
    ),
    "fr": (
        [
            "Cour",
            "Tiss",
            "Jaqu",
            "Vaul",
            "Bré",
            "Char",
            "Pell",
            "Gren",
            "Bouv",
            "Cham",
            "Vill",
            "Flam",
            "Rey",
            "Lav",
            "Pér",
            "Gav",
            "Fauc",
            "Mall",
            "Vuill",
            "Mol",
            "Ters",
            "Darb",
        ],
        [
            "vaz",
            "illod",
            "eillod",
            "erat",
            "oz",
            "ex",
            "enaz",
            "uet",
            "iot",
            "euil",
            "asson",
            "enoud",
            "ancey",
            "erin",
            "andoz",
            "ichet",
            "ozet",
            "ugnaz",
        ],
    ),
    "it": (
        [
            "Castell",
            "Vald",
            "Pell",
            "Bran",
            "Carm",
            "Ferr",
            "Ton",
            "Sartor",
            "Bag",
            "Cav",
            "Mont",
            "Zan",
            "Corv",
            "Pan",
            "Tag",
            "Brug",
            "Ghir",
            "Scal",
            "Pedr",
            "Vign",
        ],
        [
            "azzi",
            "acchi",
            "ignani",
            "etti",
            "ucci",
            "ardi",
            "otti",
            "esio",
            "asso",
            "ozzi",
            "icchio",
            "assi",
            "engo",
            "aschi",
            "oletti",
            "uzzi",
            "ella",
            "ighini",
        ],
    ),
    "en": (
        [
            "Brack",
            "Hald",
            "Penth",
            "Thorn",
            "Whit",
            "Kel",
            "Bram",
            "Cold",
            "Harl",
            "Wend",
            "Fen",
            "Gorm",
            "Pryd",
            "Tarr",
            "Wix",
            "Scar",
            "Hask",
            "Lud",
            "Dray",
            "Mab",
        ],
        [
            "stone",
            "ford",
            "waite",
            "thwaite",
            "wick",
            "combe",
            "hurst",
            "den",
            "more",
            "ington",
            "stead",
            "ridge",
            "holme",
            "cote",
            "worth",
            "leigh",
            "bury",
            "wold",
        ],
    ),
}
NICK = {
    "de": {
        "Stefanie": "Steffi",
        "Florian": "Flo",
        "Theresa": "Resi",
        "Therese": "Resi",
        "Friedrich": "Fritz",
        "Elisabeth": "Lisi",
        "Susanne": "Susi",
        "Alexander": "Alex",
        "Christian": "Chris",
        "Katharina": "Kathi",
        "Johannes": "Hannes",
        "Maximilian": "Max",
        "Wolfgang": "Wolfi",
        "Andreas": "Andi",
        "Matthias": "Matze",
        "Thomas": "Tom",
        "Michael": "Michi",
        "Barbara": "Babsi",
        "Franziska": "Franzi",
        "Daniela": "Dani",
        "Sebastian": "Basti",
        "Dominik": "Domi",
        "Rudolf": "Rudi",
        "Samuel": "Sämi",
        "Verena": "Vreni",
        "Ursula": "Ursi",
        "Josef": "Sepp",
        "Leopold": "Poldi",
        "Ferdinand": "Ferdl",
        "Anton": "Toni",
        "Benjamin": "Beni",
        "Christoph": "Stoffel",
        "Jakob": "Köbi",
        "Walter": "Walti",
        "Gabriele": "Gabi",
        "Cornelia": "Conny",
        "Patrick": "Pat",
        "Tobias": "Tobi",
        "Nikolaus": "Niki",
        "Magdalena": "Leni",
        "Johanna": "Hanni",
        "Heinrich": "Heini",
        "Ulrich": "Uli",
        "Bernhard": "Bernd",
        "Monika": "Moni",
        "Angelika": "Geli",
        "Sabine": "Bine",
        "Karl-Heinz": "Kalle",
        "Manuela": "Manu",
        "Marianne": "Janne",
    },
    "fr": {
        "Frédéric": "Fred",
        "Isabelle": "Isa",
        "Nicolas": "Nico",
        "Julie": "Juju",
        "Dominique": "Dom",
        "Christophe": "Chris",
        "Sébastien": "Seb",
        "Véronique": "Véro",
        "Catherine": "Cathy",
        "Alexandre": "Alex",
        "Stéphanie": "Steph",
        "Emmanuel": "Manu",
        "Benoît": "Ben",
        "Françoise": "Fanfan",
        "Jean-Baptiste": "JB",
        "Thomas": "Tom",
        "Valentin": "Val",
        "Caroline": "Caro",
        "Élisabeth": "Babette",
        "Maximilien": "Max",
        "Mathieu": "Matt",
        "Virginie": "Vivi",
        "Anne-Laure": "Anne-Lo",
        "Pierre-Alain": "Pierrot",
        "Josiane": "Jojo",
        "Marie-Thérèse": "Maïté",
        "Raphaël": "Raph",
        "Charlotte": "Lolotte",
        "Guillaume": "Guigui",
    },
    "it": {
        "Giuseppe": "Beppe",
        "Domenico": "Mimmo",
        "Giovanni": "Nanni",
        "Margherita": "Ghita",
        "Francesco": "Checco",
        "Salvatore": "Totò",
        "Vincenzo": "Enzo",
        "Antonio": "Tonino",
        "Alessandro": "Ale",
        "Federica": "Fede",
        "Roberto": "Robi",
        "Giuseppina": "Pina",
        "Elisabetta": "Betta",
        "Massimo": "Max",
        "Francesca": "Franci",
        "Luigi": "Gino",
        "Gianfranco": "Franco",
        "Filippo": "Pippo",
        "Maria Grazia": "Mariagra",
        "Tommaso": "Tommy",
        "Raffaele": "Lello",
        "Caterina": "Cate",
        "Valentina": "Vale",
        "Nicola": "Nico",
        "Beatrice": "Bea",
        "Gabriele": "Gabri",
        "Daniela": "Dani",
        "Lorenzo": "Lollo",
    },
    "en": {
        "Margaret": "Peggy",
        "James": "Jamie",
        "Robert": "Bob",
        "William": "Bill",
        "Elizabeth": "Liz",
        "Richard": "Rick",
        "David": "Dave",
        "Michael": "Mike",
        "Jennifer": "Jen",
        "Katherine": "Kate",
        "Christopher": "Chris",
        "Rebecca": "Becky",
        "Alexander": "Alex",
        "Samantha": "Sam",
        "Thomas": "Tom",
        "Patricia": "Trish",
        "Edward": "Ted",
        "Anthony": "Tony",
        "Daniel": "Dan",
        "Victoria": "Vicky",
        "Joseph": "Joe",
        "Charles": "Charlie",
        "Jonathan": "Jon",
        "Nicholas": "Nick",
        "Susan": "Sue",
        "Deborah": "Debbie",
        "Alfred": "Alfie",
        "Kimberly": "Kim",
        "Timothy": "Tim",
        "Matthew": "Matt",
        "Benjamin": "Ben",
        "Jessica": "Jess",
        "Andrew": "Andy",
        "Stephanie": "Steph",
        "Gregory": "Greg",
        "Catherine": "Cat",
        "Frederick": "Freddie",
        "Harold": "Harry",
        "Penelope": "Penny",
    },
}
# community lists written here: (male first, female first, surnames) - gendered surnames as (male, female)
COMMUNITY_HAND = {
    "albanian": (
        ["Arben", "Besnik", "Driton", "Fatmir", "Ilir", "Valon", "Agon", "Blerim", "Shkëlzen", "Gent", "Labinot"],
        ["Arta", "Blerta", "Drita", "Elira", "Fjolla", "Valbona", "Liridona", "Mimoza", "Vjosa", "Teuta", "Albulena"],
        [
            "Berisha",
            "Krasniqi",
            "Gashi",
            "Morina",
            "Hoxha",
            "Shala",
            "Bytyqi",
            "Kelmendi",
            "Rexhepi",
            "Osmani",
            "Ahmeti",
            "Hasani",
            "Kryeziu",
            "Zeqiri",
        ],
    ),
    "bosnian": (
        ["Dragan", "Nenad", "Miloš", "Jasmin", "Emir", "Adnan", "Zoran", "Dejan", "Edin", "Goran"],
        ["Jelena", "Mirela", "Amra", "Vesna", "Dragana", "Selma", "Ivana", "Lejla", "Azra", "Snežana"],
        [
            "Jovanović",
            "Petrović",
            "Nikolić",
            "Hodžić",
            "Begić",
            "Mehmedović",
            "Đorđević",
            "Stojanović",
            "Kovačević",
            "Delić",
            "Hadžić",
            "Marković",
        ],
    ),
    "eritrean": (
        ["Tesfay", "Yonas", "Berhane", "Dawit", "Semere", "Kidane", "Filmon", "Mussie"],
        ["Senait", "Selam", "Luwam", "Tsega", "Freweyni", "Saba", "Meron", "Helen"],
        ["Tesfamariam", "Ghebremedhin", "Woldemichael", "Habte", "Kahsay", "Mehari", "Tekle", "Berhe", "Ghirmay"],
    ),
    "tamil": (
        ["Sivakumar", "Tharshan", "Kajan", "Ragulan", "Niroshan", "Prakash", "Thileepan", "Mayuran"],
        ["Thulasi", "Kavitha", "Sharmila", "Nivetha", "Abirami", "Thivya", "Sinthuja", "Vithya"],
        [
            "Sivapalan",
            "Tharmalingam",
            "Kandiah",
            "Nadarajah",
            "Selvarajah",
            "Ponnuthurai",
            "Jeyakumar",
            "Mahendran",
            "Thavarajah",
        ],
    ),
    "levant": (
        ["Ahmad", "Omar", "Yousef", "Khaled", "Farid", "Hamid", "Rezan", "Dilshad", "Baran", "Mahmoud", "Samir"],
        ["Amina", "Rania", "Layla", "Nour", "Zainab", "Shirin", "Rojda", "Hevin", "Maryam", "Dima", "Hanan"],
        [
            "Al-Hassan",
            "Haddad",
            "Kanaan",
            "Rahimi",
            "Ahmadi",
            "Karimi",
            "Hussaini",
            "Ibrahim",
            "Mustafa",
            "Darwish",
            "Sharifi",
            "Nazari",
            "Yousefi",
            "Al-Khatib",
        ],
    ),
    "ukrainian": (
        ["Oleksandr", "Dmytro", "Andriy", "Taras", "Bohdan", "Serhiy", "Mykola", "Yaroslav"],
        ["Olena", "Oksana", "Iryna", "Kateryna", "Nataliia", "Yuliia", "Halyna", "Sofiia"],
        [
            "Kovalenko",
            "Shevchenko",
            "Bondarenko",
            "Tkachenko",
            "Melnyk",
            "Kravchuk",
            "Lysenko",
            "Savchuk",
            ("Kovalskyi", "Kovalska"),
            ("Sadovskyi", "Sadovska"),
            ("Vasylevskyi", "Vasylevska"),
        ],
    ),
    "vietnamese": (
        ["Minh", "Tuan", "Duc", "Huy", "Quang", "Long", "Thanh", "Khoa"],
        ["Linh", "Thu", "Hoa", "Lan", "Trang", "Ngoc", "Huong", "Mai"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong"],
    ),
    "chinese": (
        ["Wei", "Jun", "Hao", "Lei", "Jian", "Bo", "Zhiwei", "Yifan"],
        ["Mei", "Xiaoling", "Yan", "Jing", "Hui", "Xiu", "Yuting", "Lingling"],
        ["Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Xu", "Sun"],
    ),
    "greek": (
        ["Georgios", "Dimitrios", "Konstantinos", "Nikolaos", "Ioannis", "Panagiotis", "Christos"],
        ["Eleni", "Aikaterini", "Sofia", "Vasiliki", "Georgia", "Despina", "Theodora"],
        [
            ("Papadopoulos", "Papadopoulou"),
            "Georgiou",
            "Oikonomou",
            ("Nikolaidis", "Nikolaidou"),
            ("Karagiannis", "Karagianni"),
            ("Vlachos", "Vlachou"),
            ("Antoniadis", "Antoniadou"),
        ],
    ),
    "somali": (
        ["Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Yusuf", "Abdiqani"],
        ["Hodan", "Faadumo", "Ayaan", "Sahra", "Ifrah", "Hibo"],
        ["Warsame", "Abdi", "Farah", "Egal", "Jama", "Hirsi", "Mohamud", "Nur", "Dualeh"],
    ),
    "filipino": (
        ["Rodel", "Jericho", "Arnel", "Ramil", "Jomar", "Reynaldo"],
        ["Maricel", "Rowena", "Jocelyn", "Marites", "Rhodora", "Lorna", "Analyn"],
        ["Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza", "Villanueva", "Ocampo", "Manalo", "Dimaculangan"],
    ),
    "maghreb": (
        ["Youssef", "Karim", "Mehdi", "Rachid", "Hamza", "Nabil", "Sofiane", "Bilal"],
        ["Samira", "Nadia", "Khadija", "Imane", "Salma", "Yasmina", "Nawel", "Souad"],
        ["Benali", "El Amrani", "Bouzid", "Haddou", "Chaoui", "Belkacem", "Mansouri", "Ait Ouali", "Ziani", "Bensaïd"],
    ),
    "westafrican": (
        ["Kwame", "Kofi", "Chinedu", "Oluwaseun", "Moussa", "Mamadou", "Ibrahima", "Emeka"],
        ["Ama", "Ngozi", "Fatou", "Aminata", "Adaeze", "Akosua", "Awa", "Funmilayo"],
        ["Mensah", "Okafor", "Adeyemi", "Diallo", "Traoré", "Ndiaye", "Boateng", "Owusu", "Sow", "Nwosu"],
    ),
    "korean": (
        ["Min-jun", "Ji-hoon", "Seo-jun", "Dong-hyun", "Jae-won"],
        ["Ji-woo", "Seo-yeon", "Ha-eun", "Soo-min", "Yu-na"],
        ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Shin", "Han"],
    ),
}


# ----------------------------------------------------------------------------------------------------------------------
# Faker's lists (never Faker's generator): sorted, odd entries filtered out
# ----------------------------------------------------------------------------------------------------------------------
def _faker_attr(loc: str, attr: str) -> list[str]:
    import importlib

    prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
    v = getattr(prov, attr, None)
    if v is None:
        return []
    return sorted(set(v.keys() if isinstance(v, dict) else v))


_SURNAME_PARTICLES = {"Le", "La", "Da", "Dos", "De", "Del", "da", "das", "de", "del", "di", "Di", "van", "von"}


def _ok_first(x: str) -> bool:
    if not x or not x[0].isupper() or x.endswith(".") or "  " in x or "II" in x or "." in x:
        return False
    parts = re.split("[ -]", x)
    return len(parts) <= 2 and all(p[:1].isupper() and len(p) > 1 for p in parts)


def _ok_last(x: str) -> bool:
    if not x or "II" in x or x.endswith(".") or "  " in x or any(c.isdigit() for c in x):
        return False
    if " " in x:
        words = x.split(" ")
        return len(words) == 2 and words[0] in _SURNAME_PARTICLES and words[1][:1].isupper()
    return x[0].isupper()


def _lists(loc: str) -> tuple[list[str], list[str], list]:
    m = [x for x in _faker_attr(loc, "first_names_male") if _ok_first(x)]
    f = [x for x in _faker_attr(loc, "first_names_female") if _ok_first(x)]
    if loc in ("cs_CZ", "sk_SK"):
        lm = [x for x in _faker_attr(loc, "last_names_male") if _ok_last(x)]
        lf = set(_faker_attr(loc, "last_names_female"))
        last: list = []
        for x in lm:
            fem = x + "ová" if not x.endswith(("ý", "í", "a")) else None
            if x.endswith("ý"):
                fem = x[:-1] + "á"
            if fem and fem in lf:
                last.append((x, fem))
        return m, f, last
    if loc == "pl_PL":
        last = []
        for x in _faker_attr(loc, "male_last_names"):
            if x.endswith(("ski", "cki", "dzki")):
                last.append((x, x[:-1] + "a"))
            elif _ok_last(x):
                last.append(x)
        return m, f, last
    return m, f, [x for x in _faker_attr(loc, "last_names") if _ok_last(x)]


FAKER_LOCS = [
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_CH",
    "fr_FR",
    "it_IT",
    "en_GB",
    "en_US",
    "tr_TR",
    "pl_PL",
    "hr_HR",
    "ro_RO",
    "pt_PT",
    "pt_BR",
    "es_ES",
    "es_MX",
    "es_CO",
    "hu_HU",
    "cs_CZ",
    "sk_SK",
    "sl_SI",
    "en_IN",
    "fr_DZ",
    "en_IE",
    "yo_NG",
]
FL = {loc: _lists(loc) for loc in FAKER_LOCS}
# odd entries seen in the listing: lower-case Slovenian surnames
FL["sl_SI"] = (FL["sl_SI"][0], FL["sl_SI"][1], [x for x in FL["sl_SI"][2] if isinstance(x, str) and x[:1].isupper()])

ALL_SURNAMES_LC: set[str] = set()
for _loc in FAKER_LOCS + ["nl_NL", "fr_BE", "sv_SE", "da_DK", "fi_FI", "no_NO", "et_EE", "lv_LV", "lt_LT", "en_NZ"]:
    for _x in (
        _faker_attr(_loc, "last_names")
        + _faker_attr(_loc, "last_names_male")
        + _faker_attr(_loc, "last_names_female")
        + _faker_attr(_loc, "unisex_last_names")
        + _faker_attr(_loc, "male_last_names")
    ):
        ALL_SURNAMES_LC.add(_x.lower())
for _k in sorted(COMMUNITY_HAND):
    for _x in COMMUNITY_HAND[_k][2]:
        for _y in _x if isinstance(_x, tuple) else (_x,):
            ALL_SURNAMES_LC.add(_y.lower())
for _lst in (TICINO_SURNAMES, ROMAND_SURNAMES, SWISS_DE_SURNAMES):
    for _x in _lst:
        ALL_SURNAMES_LC.add(_x.lower())

REGION_LISTS = {
    # (first-name locales with weights, surname sources)
    "DE": ([("de_DE", 1.0)], ["de_DE"]),
    "AT": ([("de_AT", 0.8), ("de_DE", 0.2)], ["de_AT"]),
    "CHde": ([("de_CH", 1.0)], ["de_CH", "SWISS_DE"]),
    "CHfr": ([("fr_CH", 0.6), ("fr_FR", 0.4)], ["fr_CH", "ROMAND", "fr_FR"]),
    "FR": ([("fr_FR", 1.0)], ["fr_FR"]),
    "CHit": ([("it_IT", 1.0)], ["TICINO", "it_IT"]),
    "IT": ([("it_IT", 1.0)], ["it_IT"]),
    "GB": ([("en_GB", 1.0)], ["en_GB"]),
    "US": ([("en_US", 1.0)], ["en_US"]),
}
COMMUNITIES = {
    "DE": [
        "tr_TR",
        "tr_TR",
        "pl_PL",
        "hr_HR",
        "ro_RO",
        "levant",
        "bosnian",
        "albanian",
        "greek",
        "ukrainian",
        "vietnamese",
        "it_IT",
        "pt_PT",
        "es_ES",
        "westafrican",
        "chinese",
    ],
    "AT": [
        "bosnian",
        "bosnian",
        "tr_TR",
        "hr_HR",
        "ro_RO",
        "hu_HU",
        "cs_CZ",
        "sk_SK",
        "pl_PL",
        "levant",
        "albanian",
        "ukrainian",
        "sl_SI",
        "de_DE",
    ],
    "CHde": [
        "albanian",
        "albanian",
        "pt_PT",
        "it_IT",
        "de_DE",
        "bosnian",
        "tamil",
        "eritrean",
        "tr_TR",
        "es_ES",
        "levant",
        "ukrainian",
        "hr_HR",
    ],
    "CHfr": [
        "pt_PT",
        "pt_PT",
        "it_IT",
        "es_ES",
        "albanian",
        "maghreb",
        "fr_DZ",
        "eritrean",
        "tamil",
        "westafrican",
        "levant",
        "bosnian",
    ],
    "CHit": ["it_IT", "pt_PT", "albanian", "bosnian", "de_CH", "eritrean", "es_ES", "levant", "ukrainian"],
    "FR": [
        "fr_DZ",
        "maghreb",
        "pt_PT",
        "westafrican",
        "es_ES",
        "tr_TR",
        "vietnamese",
        "chinese",
        "it_IT",
        "pl_PL",
        "ro_RO",
        "levant",
    ],
    "IT": [
        "ro_RO",
        "ro_RO",
        "albanian",
        "maghreb",
        "chinese",
        "ukrainian",
        "filipino",
        "en_IN",
        "westafrican",
        "pt_BR",
        "es_CO",
        "levant",
        "somali",
    ],
    "GB": [
        "en_IN",
        "en_IN",
        "pl_PL",
        "ro_RO",
        "yo_NG",
        "levant",
        "chinese",
        "somali",
        "en_IE",
        "pt_PT",
        "greek",
        "tamil",
        "filipino",
    ],
    "US": [
        "es_MX",
        "es_MX",
        "en_IN",
        "chinese",
        "vietnamese",
        "korean",
        "filipino",
        "westafrican",
        "pl_PL",
        "levant",
        "somali",
        "greek",
        "pt_BR",
        "es_CO",
    ],
}
LANG_OF_REGION = {
    "DE": "de",
    "AT": "de",
    "CHde": "de",
    "CHfr": "fr",
    "FR": "fr",
    "CHit": "it",
    "IT": "it",
    "GB": "en",
    "US": "en",
}


def translit(s: str) -> str:
    import unicodedata

    rep = {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ğ": "g",
        "ş": "s",
    }
    s = "".join(rep.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass
class Person:
    first: str
    last: str
    g: str
    lang: str
    fam: tuple | None = None  # (male form, female form) of a gendered surname
    nick: str | None = None
    origin: str = "region"
    email_cache: dict = field(default_factory=dict)

    def initials(self) -> str:
        if "-" in self.first:
            return "-".join(p[0].upper() + "." for p in self.first.split("-"))
        return " ".join(p[0].upper() + "." for p in self.first.split(" "))

    def last_initial(self) -> str:
        w = self.last
        for pre in (
            "von der ",
            "von ",
            "van den ",
            "van der ",
            "van ",
            "de la ",
            "de ",
            "du ",
            "d'",
            "auf der ",
            "am ",
            "zur ",
            "zum ",
            "zu ",
            "vom ",
            "ter ",
            "op den ",
            "in der ",
            "auf dem ",
        ):
            if w.startswith(pre) and len(w) > len(pre):
                return w[len(pre)].upper() + "."
        return w[0] + "."


@dataclass
class Addr:
    street: str
    town: str
    postcode: str
    area: str
    region: str
    extra: str = ""
    tstyle: str = ""

    def town_line(self) -> str:
        r, pc, t = self.region, self.postcode, self.town
        st = self.tstyle
        if r == "DE":
            return f"D-{pc} {t}" if st == "pre" else f"{pc} {t}"
        if r == "AT":
            return f"A-{pc} {t}" if st == "pre" else f"{pc} {t}"
        if r.startswith("CH"):
            return f"CH-{pc} {t}" if st == "pre" else f"{pc} {t}"
        if r == "FR":
            return f"{pc} {t.upper()}" if st == "up" else f"{pc} {t}"
        if r == "IT":
            if st == "par":
                return f"{pc} {t} ({self.extra})"
            if st == "prov":
                return f"{pc} {t} {self.extra}"
            if st == "pre":
                return f"I-{pc} {t}"
            return f"{pc} {t}"
        if r == "GB":
            return f"{t.upper()} {pc}" if st == "up" else f"{t} {pc}"
        if r == "US":
            return f"{t}, {self.extra} {pc}"
        raise AssertionError(r)

    def oneline_sep(self) -> str:
        return ", "


class Ctx:
    def __init__(self, genre: str, i: int, loc: str) -> None:
        seed = int.from_bytes(hashlib.sha256(f"{SET}|{genre}|{i}".encode()).digest()[:8], "big")
        self.r = random.Random(seed)
        self.genre = genre
        self.i = i
        self.loc = loc
        self.lang = loc[:2]
        self.region = REGION[loc]
        self.cc = COUNTRY[self.region]
        self.shapes = DATE_SHAPES[shape_group(self.lang, self.region)]
        self.dob_shape = self.r.choice(self.shapes)
        self.used_last: set[str] = set()
        self.used_first: set[str] = set()
        self.home = self.town()  # the document's main town
        self.money_style = self.r.randrange(3)
        self.base_day = self.ri(0, 600)  # days after 2025-01-01: "now" of the document
        ps = PROSE_SHAPES[shape_group(self.lang, self.region)]
        self.prose_shape = self.dob_shape if self.dob_shape in ps else self.ch(ps)

    # -- random helpers ------------------------------------------------------------------------------------------------
    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.ri(1, 9)) + s[1:]
        return s

    def wchoice(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    def t(self, **kw):
        """the text for this document: locale, region (CHde, CHfr, CHit ...), country (only in the country's main
        language: "CH" means German-speaking Switzerland), then language"""
        keys = [self.loc, self.region]
        if MAIN_LANG[self.cc] == self.lang:
            keys.append(self.cc)
        keys.append(self.lang)
        for key in keys:
            if key in kw:
                return kw[key]
        raise KeyError((self.loc, list(kw)))

    def hdate(self, offset: int = 0) -> str:
        """a date as mail clients write it, offset days from the document's "now" (quoted mails lie before it)"""
        import datetime

        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=self.base_day + offset)
        y, m, d = day.year, day.month, day.day
        if self.region == "US":
            return f"{m}/{d}/{y}"
        if self.lang == "de":
            return f"{d:02d}.{m:02d}.{y}"
        return f"{d:02d}/{m:02d}/{y}"

    def near(self) -> tuple:
        """a town for a private person: the document's town or another one of the region"""
        return self.home if self.p(0.45) else self.town()

    # -- places --------------------------------------------------------------------------------------------------------
    def town(self, region: str | None = None) -> tuple:
        return self.ch(TOWNS[region or self.region])

    def street_line(self, region: str | None = None, business: bool = False, town: str = "") -> str:
        r = region or self.region
        local = LOCAL_STREETS.get((r, town))
        if local and self.p(0.45):
            st = self.ch(local)
        else:
            st = self.ch(STREETS[r])
            while NOT_IN.get(st) == town:
                st = self.ch(STREETS[r])
        n = self.ri(1, 60) if self.p(0.8) else self.ri(61, 240)
        if r == "DE":
            if self.p(0.35):
                if st.endswith(" Straße") or st.endswith("-Straße"):
                    st = st[:-6] + "Str."
                elif st.endswith("straße"):
                    st = st[:-6] + "str."
            num = self.wchoice([(str(n), 6), (f"{n}a", 1), (f"{n} a", 1), (f"{n}b", 1), (f"{n}-{n + 2}", 0.6)])
            return f"{st} {num}"
        if r == "AT":
            num = self.wchoice(
                [
                    (str(n), 4),
                    (f"{n}/{self.ri(1, 9)}", 2),
                    (f"{n}/{self.ri(1, 5)}/{self.ri(1, 24)}", 2),
                    (f"{n}/Top {self.ri(1, 30)}", 2),
                    (f"{n}/Stiege {self.ri(1, 4)}/Tür {self.ri(1, 20)}", 1),
                ]
            )
            if business:
                num = str(n)
            return f"{st} {num}"
        if r == "CHde":
            return f"{st} {self.wchoice([(str(n), 8), (f'{n}a', 1), (f'{n}b', 1)])}"
        if r == "CHfr":
            return f"{st} {self.wchoice([(str(n), 8), (f'{n}b', 1), (f'{n}bis', 1)])}"
        if r == "CHit":
            return f"{st} {self.wchoice([(str(n), 8), (f'{n}a', 1), (f'{n}A', 1)])}"
        if r == "FR":
            num = self.wchoice([(str(n), 8), (f"{n} bis", 1), (f"{n} ter", 0.5)])
            s = self.wchoice([(f"{num} {st}", 6), (f"{num}, {st}", 3)])
            if not business and self.p(0.08):
                s = f"Bât. {self.ch('ABCD')}, {s}"
            elif not business and self.p(0.06):
                s = f"Appt {self.ri(1, 40)}, {s}"
            return s
        if r == "IT":
            return self.wchoice(
                [
                    (f"{st} {n}", 5),
                    (f"{st}, {n}", 4),
                    (f"{st} n. {n}", 2),
                    (f"{st} {n}/{self.ch('ABC')}", 1.5),
                    (f"{st} {n} int. {self.ri(1, 20)}", 1 if not business else 0),
                ]
            )
        if r == "GB":
            s = f"{n} {st}"
            if not business and self.p(0.2):
                s = f"Flat {self.ri(1, 12)}, {s}"
            elif not business and self.p(0.08):
                s = f"{n}a {st}"
            return s
        if r == "US":
            n = self.ri(12, 9899)
            d = f"{self.ch(US_DIRS)} " if self.p(0.25) else ""
            s = f"{n} {d}{st}"
            if business and self.p(0.5):
                s += f", Suite {self.ri(1, 9)}{self.ri(0, 9)}0"
            elif not business and self.p(0.3):
                s += self.ch(
                    [
                        f" Apt {self.ri(1, 30)}{self.ch('ABCD')}",
                        f" #{self.ri(2, 40)}",
                        f", Unit {self.ri(1, 12)}",
                        f", Apt {self.ri(101, 640)}",
                    ]
                )
            return s
        raise AssertionError(r)

    def addr(self, town: tuple | None = None, region: str | None = None, business: bool = False) -> Addr:
        r = region or self.region
        tw = town or (self.near() if r == self.region else self.town(r))
        pc = tw[1]
        if r == "GB":
            pc = f"{tw[1]} {self.ri(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
        elif r == "US" and self.p(0.3):
            pc = f"{tw[1]}-{self.digits(4)}"
        st = {
            "DE": ("", "", "", "pre"),
            "AT": ("", "", "pre"),
            "CHde": ("", "", "", "pre"),
            "CHfr": ("", "", "", "pre"),
            "CHit": ("", "", "", "pre"),
            "FR": ("", "", "up"),
            "IT": ("", "par", "par", "prov", "pre"),
            "GB": ("", "", "", "up"),
            "US": ("",),
        }[r]
        extra = tw[3] if len(tw) > 3 else ""
        return Addr(self.street_line(r, business, tw[0]), tw[0], pc, tw[2], r, extra, self.ch(st))

    def A2(self, a: Addr) -> tuple[str, str]:
        return M("ADDRESS", a.street), M("ADDRESS", a.town_line())

    def A1(self, a: Addr, sep: str | None = None) -> str:
        s1, s2 = self.A2(a)
        sep = sep or self.wchoice([(", ", 8), (" - ", 1), (" · ", 1), ("; ", 0.5), (" / ", 0.5)])
        return s1 + sep + s2

    def Ablock(self, a: Addr) -> str:
        s1, s2 = self.A2(a)
        return s1 + "\n" + s2

    # -- phones --------------------------------------------------------------------------------------------------------
    def phone(self, kind: str = "mobile", area: str | None = None, cc: str | None = None, ext: bool = False) -> str:
        cc = cc or self.cc
        r = self.r
        if cc == "US":
            ac = area or (self.near()[2] if self.cc == "US" else self.town("US")[2])
            ex = f"{self.ri(2, 9)}{self.digits(2)}"
            while ex[1:] == "11" or ex == "555":
                ex = f"{self.ri(2, 9)}{self.digits(2)}"
            sub = self.digits(4)
            s = self.wchoice(
                [
                    (f"({ac}) {ex}-{sub}", 4),
                    (f"{ac}-{ex}-{sub}", 3),
                    (f"{ac}.{ex}.{sub}", 1.5),
                    (f"+1 {ac} {ex} {sub}", 1),
                    (f"+1 ({ac}) {ex}-{sub}", 1),
                    (f"1-{ac}-{ex}-{sub}", 0.7),
                    (f"+1{ac}{ex}{sub}", 0.5),
                ]
            )
            if ext:
                s += self.ch([f" ext. {self.ri(10, 499)}", f" x{self.ri(10, 499)}", f" ext {self.ri(100, 899)}"])
            return s
        if kind == "mobile" and cc in MOBILE:
            pre = self.ch(MOBILE[cc])
        else:
            if area is None and cc == self.cc:
                area = self.near()[2]
            pre = area or self.town({"DE": "DE", "AT": "AT", "CH": "CHde", "FR": "FR", "IT": "IT", "GB": "GB"}[cc])[2]
        if cc == "DE":
            n = len(pre) - 1
            sub = self.digits({2: r.choice([7, 8]), 3: 7, 4: r.choice([6, 7]), 5: r.choice([5, 6])}[n], True)
            if kind == "mobile":
                sub = self.digits(7 if pre[1:3] != "15" else 8, True)
            x = pre[1:]
            s = self.wchoice(
                [
                    (f"{pre} {sub}", 5),
                    (f"{pre}/{sub}", 2),
                    (f"({pre}) {sub}", 1.2),
                    (f"{pre}-{sub}", 1),
                    (f"+49 {x} {sub}", 3),
                    (f"+49 (0){x} {sub}", 1),
                    (f"0049 {x} {sub}", 0.7),
                    (f"+49{x}{sub}", 0.7),
                    (f"{pre} {sub[:3]} {sub[3:5]} {sub[5:]}", 0.8),
                ]
            )
            if ext:
                s = f"{pre} {sub}-{self.ri(10, 299)}"
            return s
        if cc == "AT":
            x = pre[1:]
            if kind == "mobile":
                sub = self.digits(7, True)
            else:
                sub = self.digits(7 if pre == "01" else r.choice([5, 6]), True)
            s = self.wchoice(
                [
                    (f"{pre} {sub}", 5),
                    (f"{pre}/{sub}", 2),
                    (f"+43 {x} {sub}", 3),
                    (f"+43 (0){x} {sub}", 1.5),
                    (f"0043 {x} {sub}", 0.6),
                    (f"+43{x}{sub}", 0.6),
                    (f"{pre} {sub[:3]} {sub[3:5]} {sub[5:]}".rstrip(), 1),
                ]
            )
            if ext:
                s = f"{pre} {sub}-{self.ri(10, 99)}"
            return s
        if cc == "CH":
            sub = self.digits(7, True)
            x = pre[1:]
            g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            return self.wchoice(
                [
                    (f"{pre} {g}", 8),
                    (f"+41 {x} {g}", 4),
                    (f"+41 (0){x} {g}", 1.2),
                    (f"0041 {x} {g}", 1),
                    (f"+41{x}{sub}", 0.8),
                    (f"{pre}/{g}", 0.6),
                    (f"{pre} {sub}", 0.6),
                    (f"{pre}.{sub[:3]}.{sub[3:5]}.{sub[5:]}", 0.4),
                ]
            )
        if cc == "FR":
            sub = self.digits(8)
            x = pre[1:]
            pp = [sub[k : k + 2] for k in range(0, 8, 2)]
            return self.wchoice(
                [
                    (f"{pre} {' '.join(pp)}", 8),
                    (f"{pre}.{'.'.join(pp)}", 2),
                    (f"{pre}-{'-'.join(pp)}", 0.6),
                    (f"{pre}{sub}", 0.6),
                    (f"+33 {x} {' '.join(pp)}", 3),
                    (f"+33 (0){x} {' '.join(pp)}", 1),
                    (f"0033 {x} {' '.join(pp)}", 0.5),
                    (f"+33{x}{sub}", 0.7),
                ]
            )
        if cc == "IT":
            if kind == "mobile":
                sub = self.digits(7, True)
                return self.wchoice(
                    [
                        (f"{pre} {sub}", 4),
                        (f"{pre} {sub[:3]} {sub[3:]}", 3),
                        (f"+39 {pre} {sub}", 2),
                        (f"+39 {pre} {sub[:3]} {sub[3:]}", 2),
                        (f"+39{pre}{sub}", 0.8),
                        (f"{pre}-{sub}", 0.7),
                        (f"{pre}/{sub}", 0.5),
                        (f"0039 {pre} {sub}", 0.5),
                    ]
                )
            sub = self.digits(max(5, 10 - len(pre)), True)
            h = len(sub) // 2
            return self.wchoice(
                [
                    (f"{pre} {sub}", 4),
                    (f"{pre} {sub[:h]} {sub[h:]}", 3),
                    (f"{pre}-{sub}", 1),
                    (f"{pre}/{sub}", 0.8),
                    (f"+39 {pre} {sub}", 2.5),
                    (f"+39 {pre} {sub[:h]} {sub[h:]}", 1),
                    (f"0039 {pre} {sub}", 0.5),
                ]
            )
        if cc == "GB":
            x = pre[1:]
            if kind == "mobile":
                sub = self.digits(6)
                return self.wchoice(
                    [
                        (f"{pre} {sub}", 6),
                        (f"{pre} {sub[:3]} {sub[3:]}", 2),
                        (f"+44 {x} {sub}", 3),
                        (f"+44 (0){x} {sub}", 1),
                        (f"+44{x}{sub}", 0.8),
                        (f"0044 {x} {sub}", 0.4),
                    ]
                )
            if len(pre) == 3:
                sub = (self.ch("378") if pre == "020" else str(self.ri(2, 8))) + self.digits(7)
                g = f"{sub[:4]} {sub[4:]}"
            elif len(pre) == 4:
                sub = self.ri(2, 8).__str__() + self.digits(6)
                g = f"{sub[:3]} {sub[3:]}"
            else:
                sub = self.ri(2, 8).__str__() + self.digits(5)
                g = sub
            s = self.wchoice([(f"{pre} {g}", 6), (f"({pre}) {g}", 1.5), (f"+44 {x} {g}", 3), (f"+44 (0){x} {g}", 1)])
            if ext:
                s += f" ext. {self.ri(100, 499)}"
            return s
        raise AssertionError(cc)

    def PH(self, kind: str = "mobile", area: str | None = None, cc: str | None = None, ext: bool = False) -> str:
        return M("PHONE", self.phone(kind, area, cc, ext))

    def pmob(self, p: Person) -> str:
        """the person's own mobile (the same string every time it is mentioned)"""
        if "mob" not in p.email_cache:
            p.email_cache["mob"] = self.phone("mobile")
        return M("PHONE", p.email_cache["mob"])

    def hotline(self) -> str:
        pat = self.ch(HOTLINE[self.cc])
        return pat.format(
            a=self.digits(3, True),
            b=self.digits(4 if self.cc in ("US",) else 3),
            x=self.digits(2),
            y=self.digits(2),
            z=self.digits(2),
        )

    # -- money, ids, ip --------------------------------------------------------------------------------------------
    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        cc = cc or {"US": "GB"}.get(self.cc, self.cc)
        d = self.digits
        if cc == "DE":
            bban = (
                self.ch(["1001", "1005", "2004", "3002", "3705", "4306", "5005", "6005", "7002", "7015", "8304"])
                + d(4)
                + d(10)
            )
        elif cc == "AT":
            bban = self.ch(["20111", "12000", "32000", "14000", "38000", "20404", "34000", "19043"]) + d(11)
        elif cc == "CH":
            bban = self.ch(["00230", "00700", "09000", "80808", "00767", "00778", "08390", "00235"]) + d(12)
        elif cc == "LI":
            bban = self.ch(["08800", "08810", "08803"]) + d(12)
        elif cc == "FR":
            bank = self.ch(["30004", "30003", "20041", "10278", "30002", "13335", "16606", "11306", "18206"])
            br, acc = d(5), d(11)
            bban = bank + br + acc + rib_key(bank, br, acc)
        elif cc == "IT":
            abi = self.ch(["03069", "02008", "05034", "01030", "03062", "05696", "08327", "03111"])
            cab, conto = d(5), d(12)
            bban = it_cin(abi, cab, conto) + abi + cab + conto
        elif cc == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG"]) + d(6) + d(8)
        elif cc == "NL":
            bban = self.ch(["INGB", "RABO", "ABNA", "SNSB"]) + d(10)
        elif cc == "BE":
            x = d(10)
            k = int(x) % 97 or 97
            bban = x + f"{k:02d}"
        elif cc == "IE":
            bban = self.ch(["AIBK", "BOFI"]) + d(6) + d(8)
        else:
            raise AssertionError(cc)
        iban = iban_make(cc, bban)
        if grouped is None:
            grouped = self.p(0.7)
        return group4(iban) if grouped else iban

    def IB(self, cc: str | None = None, grouped: bool | None = None) -> str:
        if cc is None and self.p(0.06):
            cc = {"DE": "NL", "AT": "DE", "CH": "LI", "FR": "BE", "IT": "DE", "GB": "IE", "US": "GB"}[self.cc]
        return M("IBAN", self.iban(cc, grouped))

    def card(self) -> str:
        kind = self.wchoice([("visa", 5), ("mc", 4), ("amex", 1)])
        if kind == "visa":
            n = luhn_complete("4" + self.digits(5), 16, self.r)
        elif kind == "mc":
            pre = str(self.ri(51, 55)) if self.p(0.75) else str(self.ri(2221, 2720))
            n = luhn_complete(pre + self.digits(6 - len(pre)), 16, self.r)
        else:
            n = luhn_complete(self.ch(["34", "37"]) + self.digits(4), 15, self.r)
        assert luhn_ok(n)
        if len(n) == 15:
            return self.wchoice([(f"{n[:4]} {n[4:10]} {n[10:]}", 3), (n, 1)])
        return self.wchoice(
            [
                (" ".join(n[k : k + 4] for k in range(0, 16, 4)), 5),
                (n, 2),
                ("-".join(n[k : k + 4] for k in range(0, 16, 4)), 1),
            ]
        )

    def masked_card(self) -> str:
        last4 = self.digits(4)
        return self.ch(
            [
                f"**** **** **** {last4}",
                f"•••• {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"{self.ch(['4', '5'])}{self.digits(5)}******{last4}",
                f"**** {last4}",
                self.t(
                    de=f"endet auf {last4}",
                    fr=f"se terminant par {last4}",
                    it=f"che termina con {last4}",
                    en=f"ending {last4}",
                ),
            ]
        )

    def ahv(self, dotted: bool | None = None) -> str:
        body = "756" + self.digits(9)
        s = sum(int(x) * (1 if k % 2 == 0 else 3) for k, x in enumerate(body))
        n = body + str((10 - s % 10) % 10)
        assert ean13_ok(n)
        if dotted is None:
            dotted = self.p(0.8)
        return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}" if dotted else n

    def AHV(self) -> str:
        return M("AHV", self.ahv())

    def ip(self, v6: bool | None = None) -> str:
        if v6 is None:
            v6 = self.p(0.18)
        if v6:
            pat = self.ch(IPV6[self.cc])
            head = pat.format(a=self.ri(0x100, 0xFFFF), b=self.ri(0x100, 0xFFF), c=self.ri(0, 9))
            tail = ":".join(f"{self.ri(0, 0xFFFF):x}" for _ in range(4))
            parts = head.split(":")
            while len(parts) < 4:
                parts.append(f"{self.ri(0, 0xFFFF):x}")
            return ":".join(parts[:4]) + ":" + tail
        a, lo, hi = self.ch(IPV4[self.cc])
        return f"{a}.{self.ri(lo, hi)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def IP(self, v6: bool | None = None) -> str:
        return M("IP", self.ip(v6))

    def lan_ip(self) -> str:
        return self.ch(
            [
                f"192.168.{self.ch([0, 1, 2, 10, 178])}.{self.ri(2, 254)}",
                f"10.{self.ri(0, 40)}.{self.ri(0, 255)}.{self.ri(2, 254)}",
                f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(2, 254)}",
            ]
        )

    # -- dates ---------------------------------------------------------------------------------------------------------
    def date(self, y0: int, y1: int) -> tuple[int, int, int]:
        y = self.ri(y0, y1)
        m = self.ri(1, 12)
        d = self.ri(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
        return y, m, d

    def fdate(self, ymd: tuple[int, int, int], shape: str | None = None) -> str:
        if shape is None:
            shape = self.dob_shape if self.p(0.75) else self.ch(self.shapes)
        return fmt_date(*ymd, shape, self.lang, self.region)

    def DOB(
        self, ymd: tuple[int, int, int] | None = None, age: tuple[int, int] = (19, 85), shape: str | None = None
    ) -> str:
        if ymd is None:
            ymd = self.date(2025 - age[1], 2025 - age[0])
        return M("DOB", self.fdate(ymd, shape))

    def pdate(self, y0: int = 2025, y1: int = 2026, shape: str | None = None) -> str:
        """a plain date (unlabelled), mostly in the document's prose shape"""
        if shape is None:
            grp = PROSE_SHAPES[shape_group(self.lang, self.region)]
            shape = self.prose_shape if self.p(0.85) else self.ch(grp)
        return self.fdate(self.date(y0, y1), shape)

    def time(self) -> str:
        h, mi = self.ri(7, 21), self.ch(["00", "15", "30", "45", "10", "20", "40", "50"])
        if self.region == "US":
            return f"{(h - 1) % 12 + 1}:{mi} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{mi}"

    # -- persons -------------------------------------------------------------------------------------------------------
    def _first_from(self, src: tuple[list, list], g: str) -> str:
        lst = src[0] if g == "m" else src[1]
        for _ in range(30):
            x = self.ch(lst)
            if x not in self.used_first:
                return x
        return x

    def _region_src(self, region: str) -> tuple[list, list]:
        locs, _ = REGION_LISTS[region]
        loc = self.wchoice(locs)
        return FL[loc][0], FL[loc][1]

    def _region_last(self, region: str) -> str:
        _, srcs = REGION_LISTS[region]
        src = self.ch(srcs)
        if region == "CHit" and self.p(0.55):
            src = "TICINO"
        if region == "CHfr" and self.p(0.3):
            src = "ROMAND"
        if region == "CHde" and self.p(0.3):
            src = "SWISS_DE"
        lst = {"SWISS_DE": SWISS_DE_SURNAMES, "ROMAND": ROMAND_SURNAMES, "TICINO": TICINO_SURNAMES}.get(src)
        if lst is None:
            lst = FL[src][2]
        return self.ch(lst)

    def _invented(self, lang: str) -> str:
        pre, suf = INVENT[lang]
        for _ in range(200):
            s = self.ch(pre) + self.ch(suf)
            low = s.lower()
            if low in ALL_SURNAMES_LC or re.search(r"(.)\1\1", low) or re.search(r"([aeiouäöü])\1", low):
                continue
            if lang == "en" and re.search(r"(.)\1(.)\2", low):
                continue
            return s
        raise AssertionError(lang)

    def person(self, g: str | None = None, kind: str | None = None, region: str | None = None) -> Person:
        region = region or self.region
        lang = LANG_OF_REGION[region]
        g = g or self.ch("fm")
        for _ in range(50):
            p = self._person(g, kind, region, lang)
            if p.last not in self.used_last and p.first not in self.used_first:
                break
        self.used_last.add(p.last)
        self.used_first.add(p.first)
        return p

    def _person(self, g: str, kind: str | None, region: str, lang: str) -> Person:
        kind = kind or self.wchoice([("region", 55), ("community", 23), ("special", 22)])
        fam = None
        nick = None
        if kind == "community":
            key = self.ch(COMMUNITIES[region])
            if key in COMMUNITY_HAND:
                mf, ff, ll = COMMUNITY_HAND[key]
                src = (mf, ff)
            else:
                src = (FL[key][0], FL[key][1])
                ll = FL[key][2]
            first = self._first_from(src, g)
            ln = self.ch(ll)
            if isinstance(ln, tuple):
                fam = ln
                ln = ln[0] if g == "m" else ln[1]
            if key in ("es_ES", "es_MX", "es_CO", "pt_BR", "pt_PT") and self.p(0.4):
                l2 = self.ch(ll)
                if isinstance(l2, str) and l2 != ln and " " not in l2 and " " not in ln:
                    ln = f"{ln} {l2}"
            return Person(first, ln, g, lang, fam, None, f"community:{key}")
        src = self._region_src(region)
        first = self._first_from(src, g)
        if kind == "region":
            ln = self._region_last(region)
            if self.p(0.45):
                nick = NICK[lang].get(first)
            return Person(first, ln, g, lang, None, nick, "region")
        sub = self.wchoice([("word", 35), ("particle", 25), ("invented", 20), ("double", 20)])
        if sub == "word":
            ln = self.ch(WORD_SURNAMES[lang])
            if region == "CHde":
                ln = ln.replace("ß", "ss")
            if self.p(0.3):
                cands = [x for x in WORD_FIRST[lang] if x[1] == g]
                if cands:
                    first = self.ch(cands)[0]
        elif sub == "particle":
            ln = self.ch(PARTICLE_SURNAMES[region])
        elif sub == "invented":
            ln = self._invented(lang)
            if self.p(0.4):
                cands = [x for x in RARE_FIRST[lang] if x[1] == g]
                first = self.ch(cands)[0]
        else:
            a = self._region_last(region)
            b = self._region_last(region)
            while b == a or " " in a or " " in b or "-" in a or "-" in b:
                a = self._region_last(region)
                b = self._region_last(region)
            sep = "-" if (lang in ("de", "fr") or self.p(0.5)) else " "
            ln = f"{a}{sep}{b}"
        if self.p(0.3):
            nick = NICK[lang].get(first)
        return Person(first, ln, g, lang, None, nick, f"special:{sub}")

    def relative(self, p: Person, g: str | None = None) -> Person:
        g = g or self.ch("fm")
        if p.origin.startswith("community:"):
            key = p.origin.split(":", 1)[1]
            src = COMMUNITY_HAND[key][:2] if key in COMMUNITY_HAND else (FL[key][0], FL[key][1])
        else:
            src = self._region_src(self.region)
        first = self._first_from(src, g)
        last = p.last
        if p.fam:
            last = p.fam[0] if g == "m" else p.fam[1]
        nick = NICK[p.lang].get(first) if self.p(0.3) else None
        self.used_first.add(first)
        return Person(first, last, g, p.lang, p.fam, nick, p.origin)

    def N(self, p: Person, style: str = "fl") -> str:
        """a person's name, labelled, in one of the styles"""
        f, ln = p.first, p.last
        s = {
            "fl": f"{f} {ln}",
            "lf": f"{ln}, {f}",
            "LF": f"{ln.upper()} {f}",
            "L,F": f"{ln.upper()}, {f}",
            "l f": f"{ln} {f}",
            "F.L": f"{p.initials()} {ln}",
            "fL.": f"{f} {p.last_initial()}",
            "FL": f"{f.upper()} {ln.upper()}",
            "f": f,
            "l": ln,
            "nick": p.nick or f,
            "nickl": f"{p.nick or f} {ln}",
        }[style]
        return M("PERSON", s)

    def Nany(self, p: Person, formal: bool = False) -> str:
        if formal:
            st = self.wchoice([("fl", 8), ("lf", 2), ("F.L", 1.5), ("LF", 1), ("l f", 0.5)])
        else:
            st = self.wchoice([("fl", 8), ("lf", 1.5), ("F.L", 1), ("LF", 0.7), ("fL.", 0.7), ("FL", 0.3)])
        return self.N(p, st)

    def gw(self, p: Person, m: str, f: str) -> str:
        """a gendered word for the person"""
        return f if p.g == "f" else m

    def born(self, p: Person, en: str = "born") -> str:
        """the cue before a person's date of birth, agreeing with the person"""
        return self.t(
            de=self.ch(["geb.", "geb.", "geboren am"]),
            fr=self.gw(p, "né le", "née le"),
            it=self.gw(p, "nato il", "nata il"),
            en=en,
        )

    def title(self, p: Person) -> str:
        """salutation word before a surname, outside the span"""
        if self.lang == "de":
            return "Herr" if p.g == "m" else "Frau"
        if self.lang == "fr":
            return self.ch(["M.", "Monsieur"]) if p.g == "m" else self.ch(["Mme", "Madame"])
        if self.lang == "it":
            return self.ch(["Sig.", "signor"]) if p.g == "m" else self.ch(["Sig.ra", "signora"])
        return self.ch(["Mr", "Mr."]) if p.g == "m" else self.ch(["Ms", "Mrs", "Ms."])

    def dear(self, p: Person, formal: bool = True) -> str:
        if formal:
            if self.lang == "de":
                return ("Sehr geehrter Herr " if p.g == "m" else "Sehr geehrte Frau ") + self.N(p, "l")
            if self.lang == "fr":
                return ("Monsieur" if p.g == "m" else "Madame") + (" " + self.N(p, "l") if self.p(0.4) else "")
            if self.lang == "it":
                return ("Gentile signor " if p.g == "m" else "Gentile signora ") + self.N(p, "l")
            return ("Dear Mr " if p.g == "m" else self.ch(["Dear Ms ", "Dear Mrs "])) + self.N(p, "l")
        nm = self.N(p, "nick" if p.nick and self.p(0.5) else "f")
        return (
            self.t(
                de=self.ch(["Hallo ", "Liebe " if p.g == "f" else "Lieber ", "Hoi "])
                if self.cc == "CH"
                else self.ch(["Hallo ", "Liebe " if p.g == "f" else "Lieber ", "Servus "]),
                fr=self.ch(["Bonjour ", "Salut ", "Chère " if p.g == "f" else "Cher "]),
                it=self.ch(["Ciao ", "Cara " if p.g == "f" else "Caro "]),
                en=self.ch(["Hi ", "Dear ", "Hello "]),
            )
            + nm
        )

    # -- e-mail ----------------------------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None = None, work: bool = False) -> str:
        key = f"mail:{domain or ''}:{work}"
        if key in p.email_cache:
            return p.email_cache[key]
        fi = re.sub(r"[^a-z]", "", translit(p.first).lower().split(" ")[0].split("-")[0]) or "x"
        la = re.sub(r"[^a-z]", "", translit(p.last).lower())
        la_dash = re.sub(r"[^a-z-]", "", translit(p.last).lower().replace(" ", "-").replace("'", ""))
        nk = re.sub(r"[^a-z]", "", translit(p.nick).lower()) if p.nick else ""
        yy = self.ri(55, 99) if self.p(0.5) else self.ri(1, 30)
        if work:
            local = self.wchoice([(f"{fi}.{la_dash}", 6), (f"{fi[0]}.{la}", 2), (f"{la}", 1), (f"{fi[0]}{la}", 1)])
        else:
            opts = [
                (f"{fi}.{la}", 6),
                (f"{fi}{la}", 2),
                (f"{fi[0]}{la}", 2),
                (f"{fi[0]}.{la}", 2),
                (f"{la}.{fi}", 1.5),
                (f"{fi}_{la}", 1),
                (f"{fi}.{la}{yy}", 2),
                (f"{la}{fi[0]}", 0.7),
                (f"{fi}{yy}", 0.7),
                (f"{la_dash}.{fi}", 0.5),
            ]
            if nk:
                opts += [(f"{nk}.{la}", 2), (f"{nk}{la}", 1), (f"{nk}{yy}", 1)]
            local = self.wchoice(opts)
        local = re.sub(r"[.\-_]{2,}", ".", local).strip(".-_")
        dom = domain or self.ch(MAIL_DOMAINS[self.cc])
        e = f"{local}@{dom}"
        p.email_cache[key] = e
        return e

    def E(self, p: Person, domain: str | None = None, work: bool = False) -> str:
        return M("EMAIL", self.email(p, domain, work))


# ----------------------------------------------------------------------------------------------------------------------
# layout helpers: every one of them works on marked strings and pads by visible width
# ----------------------------------------------------------------------------------------------------------------------
def snake(label: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", translit(label).lower()).strip("_")
    return s or "field"


FORM_STYLES = [
    "colon",
    "colon",
    "aligned",
    "aligned",
    "tab",
    "dots",
    "bold",
    "kv",
    "upper",
    "bullets",
    "bracket",
    "md2",
]


def form(ctx: Ctx, pairs: list[tuple[str, str]], style: str | None = None) -> str:
    style = style or ctx.ch(FORM_STYLES)
    pairs = [(k, v) for k, v in pairs if v is not None]
    w = max(len(k) for k, _ in pairs) + 1
    out = []
    if style == "md2":
        hdr = ctx.t(de="| Feld | Angabe |", fr="| Champ | Valeur |", it="| Campo | Valore |", en="| Field | Value |")
        out += [hdr, "|---|---|"]
    for k, v in pairs:
        if style == "colon":
            out.append(f"{k}: {v}")
        elif style == "aligned":
            out.append(f"{(k + ':').ljust(w + 1)} {v}")
        elif style == "tab":
            out.append(f"{k}\t{v}")
        elif style == "dots":
            out.append(f"{k} {'.' * max(3, w + 4 - len(k))} {v}")
        elif style == "bold":
            out.append(f"**{k}:** {v}")
        elif style == "kv":
            out.append(f"{snake(k)} = {v}")
        elif style == "upper":
            out.append(f"{k.upper()}: {v}")
        elif style == "bullets":
            out.append(f"- {k}: {v}")
        elif style == "bracket":
            out.append(f"[{k}] {v}")
        elif style == "md2":
            out.append(f"| {k} | {v} |")
    return "\n".join(out)


TABLE_STYLES = ["md", "md", "mdraw", "fixed", "fixed", "csv", "ssv", "tsv", "pipe"]


def csv_cell(v: str, sep: str) -> str:
    s = vis(v)
    if sep in s or '"' in s or "\n" in s:
        return '"' + v.replace('"', '""') + '"'
    return v


def table(ctx: Ctx, headers: list[str], rows: list[list[str]], style: str | None = None) -> str:
    style = style or ctx.ch(TABLE_STYLES)
    rows = [[c if c is not None else "" for c in row] for row in rows]
    if style in ("md", "fixed"):
        widths = [max(vlen(x) for x in [h] + [row[k] for row in rows]) for k, h in enumerate(headers)]
        if style == "md":
            lines = [
                "| " + " | ".join(ljust(h, widths[k]) for k, h in enumerate(headers)) + " |",
                "|" + "|".join("-" * (w + 2) for w in widths) + "|",
            ]
            lines += ["| " + " | ".join(ljust(c, widths[k]) for k, c in enumerate(row)) + " |" for row in rows]
        else:
            lines = [
                "  ".join(ljust(h, widths[k]) for k, h in enumerate(headers)).rstrip(),
                "  ".join("-" * w for w in widths),
            ]
            lines += ["  ".join(ljust(c, widths[k]) for k, c in enumerate(row)).rstrip() for row in rows]
        return "\n".join(lines)
    if style == "mdraw":
        lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    sep = {"csv": ",", "ssv": ";", "tsv": "\t", "pipe": "|"}[style]
    if style == "pipe":
        lines = [" | ".join(headers)] + [" | ".join(row) for row in rows]
        return "\n".join(lines)
    lines = [sep.join(csv_cell(h, sep) for h in headers)]
    lines += [sep.join(csv_cell(c, sep) for c in row) for row in rows]
    return "\n".join(lines)


def jdump(ctx: Ctx, obj, style: str | None = None) -> str:
    style = style or ctx.ch(["pretty", "pretty", "compact", "indent4"])
    if style == "pretty":
        return json.dumps(obj, ensure_ascii=False, indent=2)
    if style == "indent4":
        return json.dumps(obj, ensure_ascii=False, indent=4)
    return json.dumps(obj, ensure_ascii=False)


def jlines(ctx: Ctx, objs: list) -> str:
    return "\n".join(json.dumps(o, ensure_ascii=False) for o in objs)


_YAML_SPECIAL = re.compile(r"^[\-?:,\[\]{}#&*!|>'\"%@`+]|: | #|^\d+$|^(yes|no|true|false|null|on|off)$", re.I)


def yval(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    s = vis(v)
    if _YAML_SPECIAL.search(s) or s == "":
        return '"' + v.replace('"', '\\"') + '"'
    return v


def ydump(obj, ind: int = 0) -> str:
    pad = " " * ind
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{pad}{k}:")
                out.append(ydump(v, ind + 2))
            else:
                out.append(f"{pad}{k}: {yval(v)}")
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, dict):
                sub = ydump(v, ind + 2).split("\n")
                sub[0] = pad + "- " + sub[0][ind + 2 :]
                out.extend(sub)
            else:
                out.append(f"{pad}- {yval(v)}")
    return "\n".join(out)


CHAT_LAYOUTS = ["wa_ios", "wa_android", "telegram", "teams", "irc", "paren", "discord", "plain"]


def chat(ctx: Ctx, msgs: list[tuple[str, str]], layout: str | None = None, lower: bool | None = None) -> str:
    layout = layout or ctx.ch(CHAT_LAYOUTS)
    if lower is None:
        lower = ctx.p(0.35)
    lower_snd = lower and ctx.p(0.5)
    y, m, d = 2025 + ctx.ri(0, 1), ctx.ri(1, 12), ctx.ri(1, 28)
    clock = ctx.ri(7, 20) * 3600 + ctx.ri(0, 59) * 60 + ctx.ri(0, 59)
    out = []
    for snd, txt in msgs:
        clock = min(clock + ctx.ri(5, 14 * 60), 23 * 3600 + 59 * 60)
        hh, mm, ss = clock // 3600, clock // 60 % 60, clock % 60
        if lower:
            txt = txt.lower()
            if lower_snd:
                snd = snd.lower()
        tm = f"{hh:02d}:{mm:02d}"
        if ctx.region == "US":
            tm = f"{(hh - 1) % 12 + 1}:{mm:02d}"
            ampm = " AM" if hh < 12 else " PM"
        else:
            ampm = ""
        if ctx.region == "US":
            ds = f"{m}/{d}/{y % 100}"
        elif ctx.lang in ("fr", "it") or ctx.region == "GB":
            ds = f"{d:02d}/{m:02d}/{y}"
        else:
            ds = f"{d:02d}.{m:02d}.{y % 100:02d}"
        if layout == "wa_ios":
            out.append(f"[{ds}, {tm}:{ss:02d}{ampm}] {snd}: {txt}")
        elif layout == "wa_android":
            out.append(f"{ds}, {tm}{ampm} - {snd}: {txt}")
        elif layout == "telegram":
            out.append(f"{snd}, [{d:02d}.{m:02d}.{y} {tm}]\n{txt}\n")
        elif layout == "teams":
            out.append(f"{snd}  {tm}{ampm}\n{txt}\n")
        elif layout == "irc":
            out.append(f"[{tm}] <{snd}> {txt}")
        elif layout == "paren":
            out.append(f"{snd} ({tm}{ampm}): {txt}")
        elif layout == "discord":
            out.append(f"{snd} — {ds} {tm}{ampm}\n{txt}\n")
        else:
            out.append(f"{snd}: {txt}")
    return "\n".join(out).rstrip()


def quote(text: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def hdr_words(ctx: Ctx) -> dict:
    return {
        "de": {"from": "Von", "to": "An", "cc": "Cc", "subj": "Betreff", "date": "Datum", "sent": "Gesendet"},
        "fr": {"from": "De", "to": "À", "cc": "Cc", "subj": "Objet", "date": "Date", "sent": "Envoyé"},
        "it": {"from": "Da", "to": "A", "cc": "Cc", "subj": "Oggetto", "date": "Data", "sent": "Inviato"},
        "en": {"from": "From", "to": "To", "cc": "Cc", "subj": "Subject", "date": "Date", "sent": "Sent"},
    }[ctx.lang]


def addr_of(ctx: Ctx, p: Person | None, email: str, display: bool | None = None) -> str:
    """mail-header address: "Name <mail>" or the bare mail"""
    if display is None:
        display = ctx.p(0.55)
    if p is not None and display:
        return f"{ctx.N(p, ctx.ch(['fl', 'fl', 'fl', 'lf']))} <{email}>"
    return email


def mail(
    ctx: Ctx,
    frm: str,
    to: str,
    subj: str,
    body: str,
    cc: str | None = None,
    quoted: str | None = None,
    quoted_hdr: str | None = None,
    date: bool = True,
) -> str:
    h = hdr_words(ctx)
    lines = [f"{h['from']}: {frm}", f"{h['to']}: {to}"]
    if cc:
        lines.append(f"{h['cc']}: {cc}")
    if date and ctx.p(0.6):
        lines.append(f"{h['date']}: {ctx.hdate(0)} {ctx.time()}")
    lines.append(f"{h['subj']}: {subj}")
    out = "\n".join(lines) + "\n\n" + body.strip()
    if quoted:
        out += "\n\n" + quoted_hdr + "\n" + quoted if quoted_hdr else "\n\n" + quoted
    return out


def reply_intro(ctx: Ctx, who: str) -> str:
    d = ctx.hdate(-ctx.ri(1, 9))
    tm = ctx.time()
    return ctx.t(
        de=f"Am {d} um {tm} schrieb {who}:",
        fr=f"Le {d} à {tm}, {who} a écrit :",
        it=f"Il giorno {d} alle ore {tm} {who} ha scritto:",
        en=f"On {d}, at {tm}, {who} wrote:",
    )


def quoted_block(
    ctx: Ctx, frm_p: Person | None, frm_mail: str, to: str, subj: str, body: str, to_p: Person | None = None
) -> str:
    """a quoted earlier mail: "> " style or an Outlook original-message block; a person's address is labelled, a
    role mailbox (no person given) is not"""
    if frm_p is not None and not MARK_RE.search(frm_mail):
        frm_mail = M("EMAIL", frm_mail)
    if to_p is not None and not MARK_RE.search(to):
        to = M("EMAIL", to)
    if ctx.p(0.6):
        who = f"{ctx.N(frm_p, 'fl')} <{frm_mail}>" if frm_p is not None and ctx.p(0.45) else frm_mail
        return reply_intro(ctx, who) + "\n" + quote(body.strip())
    h = hdr_words(ctx)
    sep = ctx.t(
        de="-----Ursprüngliche Nachricht-----",
        fr="-----Message d'origine-----",
        it="-----Messaggio originale-----",
        en="-----Original Message-----",
    )
    who = f"{ctx.N(frm_p, 'fl')} <{frm_mail}>" if frm_p is not None else frm_mail
    blk = (
        f"{sep}\n{h['from']}: {who}\n{h['sent']}: {ctx.hdate(-ctx.ri(1, 9))} {ctx.time()}\n{h['to']}: {to}\n"
        f"{h['subj']}: {subj}\n\n{body.strip()}"
    )
    return quote(blk) if ctx.p(0.3) else blk


def signature(ctx: Ctx, p: Person, lines: list[str]) -> str:
    st = ctx.wchoice([("block", 5), ("dash", 3), ("oneline", 2), ("under", 1)])
    name = ctx.N(p, "fl") if ctx.p(0.85) else ctx.N(p, "F.L")
    lines = [x for x in lines if x]
    if st == "oneline":
        return name + " | " + " | ".join(lines)
    head = {"block": "", "dash": "-- \n", "under": "__\n"}[st]
    return head + "\n".join([name] + lines)


def greet_close(ctx: Ctx, formal: bool = True) -> str:
    if formal:
        return ctx.t(
            de=ctx.ch(["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"])
            if ctx.cc != "CH"
            else ctx.ch(["Freundliche Grüsse", "Mit freundlichen Grüssen", "Beste Grüsse"]),
            fr=ctx.ch(
                ["Meilleures salutations", "Cordialement", "Avec mes salutations distinguées", "Bien cordialement"]
            ),
            it=ctx.ch(["Cordiali saluti", "Distinti saluti", "Un cordiale saluto"]),
            en=ctx.ch(["Kind regards", "Best regards", "Yours sincerely", "Many thanks"]),
        )
    return ctx.t(
        de=ctx.ch(["LG", "Viele Grüße", "Liebe Grüße", "Gruß"])
        if ctx.cc != "CH"
        else ctx.ch(["LG", "Liebe Grüsse", "Gruss", "En Gruess"]),
        fr=ctx.ch(["Bises", "À+", "Bonne journée", "Merci et à bientôt"]),
        it=ctx.ch(["Ciao", "Un saluto", "A presto", "Grazie mille"]),
        en=ctx.ch(["Cheers", "Thanks", "Best", "Speak soon"]),
    )


def fence(ctx: Ctx, body: str) -> str:
    st = ctx.wchoice([("none", 6), ("```", 2), ('"""', 1), ("---", 1), ("<<<", 0.6), (">", 0.4)])
    if st == "none":
        return body
    if st == "<<<":
        return "<<<\n" + body + "\n>>>"
    if st == ">":
        return quote(body)
    return f"{st}\n{body}\n{st}"


def wrap(ctx: Ctx, body: str, asks: dict) -> str:
    """a request to the assistant before or after the pasted text"""
    lang = ctx.lang
    if lang != "en" and ctx.p(0.07):
        lang = "en"
    elif ctx.loc in ("fr_CH", "it_CH") and ctx.p(0.1):
        lang = "de"
    ask = ctx.ch(asks[lang])
    if ctx.p(0.25):
        ask = ask.lower()
    body = fence(ctx, body)
    if ctx.p(0.6):
        return ask + "\n\n" + body
    return body + "\n\n" + ask


def money(ctx: Ctx, amount: float, cents: bool | None = None) -> str:
    if cents is None:
        cents = ctx.p(0.4)
    a = f"{amount:.2f}" if cents else f"{int(amount)}"
    k = ctx.money_style
    if ctx.cc == "CH":
        return [f"CHF {a}", f"Fr. {a}", f"{a} CHF"][k] if cents else [f"CHF {a}.–", f"Fr. {a}.-", f"{a} CHF"][k]
    if ctx.cc == "GB":
        return f"£{a}"
    if ctx.cc == "US":
        return f"${a}"
    if ctx.lang in ("de", "fr", "it"):
        a = a.replace(".", ",")
        return [f"{a} €", f"€ {a}", f"EUR {a}"][k]
    return f"€{a}"


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", translit(s).lower()).strip("-")


def tld(ctx: Ctx, org: bool = False) -> str:
    return {
        "DE": ".de",
        "AT": ".at",
        "CH": ".ch",
        "FR": ".fr",
        "IT": ".it",
        "GB": ".org.uk" if org else ".co.uk",
        "US": ".org" if org else ".com",
    }[ctx.cc]


def town_name(tw: tuple) -> str:
    return tw[0]


def short_town(tw: tuple) -> str:
    t = tw[0]
    for suf in (
        " am Main",
        " im Breisgau",
        " (Saale)",
        " (Allgäu)",
        " an der Donau",
        " am Wörthersee",
        " an der Drau",
        " upon Tyne",
        "-les-Bains",
        " SG",
        " UR",
        " AG",
        " GR",
        " Platz",
    ):
        t = t.replace(suf, "")
    return t


_DOMAIN_DROP = {
    "e",
    "v",
    "ev",
    "eg",
    "egen",
    "gmbh",
    "ag",
    "sa",
    "ltd",
    "llc",
    "srl",
    "s",
    "r",
    "l",
    "the",
    "de",
    "des",
    "du",
    "di",
    "del",
    "della",
    "la",
    "le",
    "les",
    "of",
    "and",
    "und",
    "et",
    "abt",
    "inc",
    "zt",
    "og",
    "ohg",
    "scp",
    "am",
    "im",
    "an",
    "der",
    "die",
    "das",
    "fur",
    "für",
    "c",
    "o",
    "il",
    "lo",
    "i",
    "d",
}


def org_domain(ctx: Ctx, name: str, org: bool = True, max_words: int = 3) -> str:
    words = [w for w in slug(name.replace("'", " ")).split("-") if w and w not in _DOMAIN_DROP]
    words = words[:max_words]
    sep = "-" if ctx.p(0.7) else ""
    return sep.join(words) + tld(ctx, org)


def role_mail(ctx: Ctx, local: str, domain: str) -> str:
    return f"{local}@{domain}"


ASK_COMMON = {
    "de": [
        "Kannst du das bitte übersichtlich zusammenfassen?",
        "Bitte mach mir daraus eine saubere Tabelle.",
        "Was fehlt hier noch? Bitte prüfen.",
        "Formuliere mir bitte eine freundliche Antwort darauf.",
        "Kannst du das kürzen und die wichtigsten Punkte auflisten?",
        "Bitte auf Fehler durchsehen.",
    ],
    "fr": [
        "Tu peux me résumer ça clairement ?",
        "Merci de mettre ça dans un tableau propre.",
        "Qu'est-ce qui manque ? Merci de vérifier.",
        "Rédige-moi une réponse polie, s'il te plaît.",
        "Peux-tu raccourcir et lister les points importants ?",
        "Merci de relire et corriger.",
    ],
    "it": [
        "Puoi riassumermi questo in modo chiaro?",
        "Mettimelo in una tabella ordinata, per favore.",
        "Cosa manca? Controlla per favore.",
        "Scrivimi una risposta cortese, grazie.",
        "Puoi accorciarlo ed elencare i punti principali?",
        "Correggi eventuali errori, per favore.",
    ],
    "en": [
        "Can you summarise this clearly?",
        "Please turn this into a clean table.",
        "What's missing here? Please check.",
        "Draft a polite reply to this, please.",
        "Can you shorten this and list the key points?",
        "Please proofread this.",
    ],
}


def asks(**kw) -> dict:
    out = {}
    for lang in ("de", "fr", "it", "en"):
        out[lang] = list(kw.get(lang, [])) + ASK_COMMON[lang]
    return out


# ======================================================================================================================
# 1. homebrew - home-brewing clubs
# ======================================================================================================================
def club_homebrew(ctx: Ctx) -> str:
    t = short_town(ctx.home)
    return ctx.t(
        DE=ctx.ch([f"Heimbrauerverein {t} e.V.", f"Hobbybrauer-Stammtisch {t}", f"Braugemeinschaft {t} e.V."]),
        AT=ctx.ch([f"Hobbybrauerverein {t}", f"Hausbrauer-Runde {t}", f"Braukollektiv {t}"]),
        CH=ctx.ch([f"Hobbybrauer {t}", f"Bierbrau-Club {t}", f"Brauverein Hopfenstube {t}"]),
        fr=ctx.ch([f"Les Brasseurs amateurs de {t}", f"Club brassicole de {t}", f"Association La Mousse de {t}"]),
        it=ctx.ch([f"Associazione Birrai Casalinghi {t}", f"Homebrewers {t}", f"Circolo Luppolo {t}"]),
        GB=ctx.ch([f"{t} Homebrew Club", f"{t} Craft Brewers' Circle", f"{t} Home Brewing Society"]),
        US=ctx.ch([f"{t} Homebrewers Guild", f"{t} Area Brew Club", f"the {t} Brew Crew"]),
    )


BEER = {
    "de": [
        "Hopfenfuchs IPA",
        "Dunkles Märzen",
        "Altbier nach Hausart",
        "Rauchbock",
        "Weizen Sonnenschein",
        "Kellerbier hell",
        "Schwarzer Kater Stout",
        "Zwickl",
    ],
    "fr": [
        "Blonde du Verger",
        "Triple des Moines",
        "Ambrée au miel",
        "Saison Printemps",
        "Stout Corbeau",
        "Blanche aux agrumes",
        "IPA Houblonnée",
    ],
    "it": [
        "Bionda del Borgo",
        "Rossa di Castagne",
        "APA Luppolata",
        "Stout Notturna",
        "Blanche al Bergamotto",
        "Saison dell'Orto",
    ],
    "en": [
        "Old Peculiar Porter",
        "Hop Garden Pale",
        "Red Fox Bitter",
        "Golden Hour Blonde",
        "Midnight Oatmeal Stout",
        "Winter Warmer",
        "Session IPA",
    ],
}


def g_homebrew(ctx: Ctx, v: int) -> str:
    club = club_homebrew(ctx)
    dom = org_domain(ctx, club)
    A = asks(
        de=[
            "Kannst du mir daraus eine Mitgliederliste machen?",
            "Bitte prüfe, ob der Antrag vollständig ist.",
            "Schreib mir eine kurze Info für den Vereins-Newsletter daraus.",
        ],
        fr=[
            "Peux-tu en faire une liste des membres ?",
            "Vérifie si la demande est complète, stp.",
            "Fais-moi un petit texte pour la lettre du club.",
        ],
        it=[
            "Puoi ricavarne un elenco soci?",
            "Controlla se la domanda è completa.",
            "Scrivimi un breve testo per la newsletter del circolo.",
        ],
        en=[
            "Can you turn this into a member list?",
            "Please check whether the application is complete.",
            "Write me a short blurb for the club newsletter from this.",
        ],
    )
    if v == 0:
        p = ctx.person()
        a = ctx.addr()
        ref = ctx.person()
        holder = p if ctx.p(0.7) else ctx.relative(p)
        labels = {
            "de": [
                "Name",
                "Vorname",
                "Geburtsdatum",
                "Straße, Nr.",
                "PLZ / Ort",
                "Telefon",
                "E-Mail",
                "Braut seit",
                "Anlage",
                "Geworben von",
                "Kontoinhaber/in",
                "IBAN",
                "Mandatsreferenz",
                "Ort, Datum",
            ],
            "fr": [
                "Nom",
                "Prénom",
                "Date de naissance",
                "Rue, n°",
                "NPA / Localité" if ctx.cc == "CH" else "Code postal / Ville",
                "Téléphone",
                "E-mail",
                "Brasse depuis",
                "Équipement",
                "Parrain / marraine",
                "Titulaire du compte",
                "IBAN",
                "Référence du mandat",
                "Lieu, date",
            ],
            "it": [
                "Cognome",
                "Nome",
                "Data di nascita",
                "Via, n.",
                "CAP / Località",
                "Telefono",
                "E-mail",
                "Produce birra dal",
                "Impianto",
                "Presentato/a da",
                "Intestatario del conto",
                "IBAN",
                "Riferimento mandato",
                "Luogo, data",
            ],
            "en": [
                "Surname",
                "First name",
                "Date of birth",
                "Address",
                "Town & postcode" if ctx.cc == "GB" else "City, State ZIP",
                "Phone",
                "Email",
                "Brewing since",
                "Kit",
                "Referred by",
                "Account holder",
                "IBAN",
                "Mandate ref.",
                "Place, date",
            ],
        }[ctx.lang]
        kit = ctx.t(
            de=ctx.ch(["50-l-Braumeister", "Einkochautomat 27 l", "Grainfather G30", "3-Topf-Anlage"]),
            fr=ctx.ch(["cuve 50 l", "Grainfather G30", "marmite 30 l"]),
            it=ctx.ch(["pentola 50 l", "Grainfather G30", "impianto all-grain 30 l"]),
            en=ctx.ch(["Grainfather G30", "BIAB 40 l", "3-vessel setup", "Brewzilla 35 l"]),
        )
        s1, s2 = ctx.A2(a)
        sep_names = ctx.p(0.6)
        pairs = []
        if sep_names:
            pairs += [(labels[0], ctx.N(p, "l")), (labels[1], ctx.N(p, "f"))]
        else:
            pairs += [
                (
                    ctx.t(de="Name, Vorname", fr="Nom, prénom", it="Cognome e nome", en="Full name"),
                    ctx.N(p, ctx.ch(["lf", "fl", "LF"])),
                )
            ]
        pairs += [
            (labels[2], ctx.DOB(age=(18, 72))),
            (labels[3], s1),
            (labels[4], s2),
            (labels[5], ctx.pmob(p) if ctx.p(0.7) else ctx.PH("land", a.area)),
            (labels[6], ctx.E(p)),
            (labels[7], str(ctx.ri(2008, 2024))),
            (labels[8], kit),
            (labels[9], ctx.N(ref, ctx.ch(["fl", "F.L", "fl"]))),
            (labels[10], ctx.N(holder, "fl") if holder is not p or ctx.p(0.4) else None),
            (labels[11], ctx.IB()),
            (labels[12], f"{ctx.ch(['HBV', 'MBR', 'SEPA'])}-{ctx.ri(2024, 2025)}-{ctx.digits(4)}"),
            (labels[13], f"{short_town(ctx.home)}, {ctx.pdate()}"),
        ]
        if ctx.cc == "US":
            pairs = [x for x in pairs if x[0] not in ("IBAN", "Account holder", "Mandate ref.")]
            pairs.insert(
                9,
                (
                    "Dues",
                    f"{money(ctx, 40, False)} / year, paid by card {M('CARD', ctx.card())}"
                    if ctx.p(0.5)
                    else f"{money(ctx, 40, False)} / year, card {ctx.masked_card()}",
                ),
            )
        head = ctx.t(
            de=f"Mitgliedsantrag – {club}",
            fr=f"Demande d'adhésion – {club}",
            it=f"Domanda di iscrizione – {club}",
            en=f"Membership application – {club}",
        )
        note = ctx.t(
            de="Mitgliedschaft erst ab 18 Jahren (Verkostungen). Beitrag "
            + money(ctx, 36, False)
            + " jährlich per Lastschrift.",
            fr="Adhésion dès 18 ans (dégustations). Cotisation annuelle " + money(ctx, 30, False) + ".",
            it="Iscrizione solo per maggiorenni (degustazioni). Quota annuale " + money(ctx, 30, False) + ".",
            en="Members must be 18 or over (tastings). Annual dues " + money(ctx, 30, False) + ".",
        )
        extra = ""
        if ctx.loc == "de_DE" and ctx.p(0.6):
            extra = (
                f"\nAnmeldung als Hobbybrauer beim Hauptzollamt: erledigt am {ctx.pdate(2024, 2025)} "
                f"(Az. {ctx.digits(4)}-{ctx.ch(['B', 'V'])}-{ctx.digits(3)}, max. 200 l/Jahr steuerfrei)"
            )
        elif ctx.loc == "de_AT" and ctx.p(0.5):
            extra = "\nHausbrau-Meldung beim Zollamt Österreich: erledigt (bis 2 hl/Jahr steuerfrei)"
        elif ctx.cc == "CH" and ctx.p(0.4):
            extra = ctx.t(
                de="\nBAZG: unter 400 l pro Jahr keine Anmeldung nötig.",
                fr="\nOFDF : moins de 400 l par an, pas d'annonce nécessaire.",
                it="\nUDSC: sotto i 400 l annui nessuna notifica.",
            )
        online = ""
        if ctx.p(0.45):
            online = ctx.t(
                de="\n\nOnline übermittelt am {d} um {tm} von IP {ip}",
                fr="\n\nEnvoyé en ligne le {d} à {tm} depuis l'IP {ip}",
                it="\n\nInviato online il {d} alle {tm} dall'IP {ip}",
                en="\n\nSubmitted online {d} {tm} from IP {ip}",
            ).format(d=ctx.pdate(), tm=ctx.time(), ip=ctx.IP())
        body = head + "\n\n" + form(ctx, pairs) + "\n\n" + note + extra + online
        return wrap(ctx, body, A)

    if v == 1:
        org = ctx.person()
        venue = ctx.addr(business=True)
        n = ctx.wchoice([(2, 1), (3, 2), (4, 1)])
        rows = []
        objs = []
        for _ in range(n):
            b = ctx.person()
            co = ctx.person() if ctx.p(0.25) else None
            style = ctx.ch(["21A", "10A", "5B", "20C", "1D", "25B", "13C", "16A", "24A"])
            beer = ctx.ch(BEER[ctx.lang])
            cl = ctx.ch(
                [
                    club_homebrew(ctx),
                    "-",
                    ctx.t(
                        de="Braustammtisch Nord", fr="Brasseurs du Lac", it="Birrai del Lago", en="Northside Brewers"
                    ),
                ]
            )
            ip = ctx.IP() if ctx.p(0.7) else ""
            nm = ctx.N(b, ctx.ch(["fl", "lf", "fl"])) + (" & " + ctx.N(co, "fl") if co else "")
            rows.append([f"E{ctx.digits(3)}", nm, ctx.E(b), cl, style, beer, ip])
            objs.append(
                {
                    "entry": f"E{ctx.digits(3)}",
                    "brewer": ctx.N(b, "fl"),
                    "email": ctx.E(b),
                    "club": cl,
                    "style": style,
                    "beer": beer,
                    "ip": ip or None,
                }
            )
        H = ctx.t(
            de=["Nr.", "Brauer/in", "E-Mail", "Verein", "Stil", "Bier", "IP"],
            fr=["N°", "Brasseur·euse", "E-mail", "Club", "Style", "Bière", "IP"],
            it=["N.", "Birraio/a", "E-mail", "Club", "Stile", "Birra", "IP"],
            en=["No.", "Brewer", "Email", "Club", "Style", "Beer", "IP"],
        )
        if ctx.p(0.35):
            data = jlines(ctx, objs) if ctx.p(0.5) else jdump(ctx, objs)
        else:
            data = table(ctx, H, rows, ctx.ch(["csv", "ssv", "md", "fixed", "tsv"]))
        s1, s2 = ctx.A2(venue)
        mailbox = role_mail(ctx, ctx.t(de="wettbewerb", fr="concours", it="concorso", en="competition"), dom)
        info = ctx.t(
            de=f"Einsendungen (je 3 Flaschen, 0,33 l) bis {ctx.pdate()} an:\n{club}\nc/o "
            f"{ctx.N(org, 'fl')}\n{s1}\n{s2}\n"
            f"Rückfragen: {ctx.pmob(org)} oder {mailbox}",
            fr=f"Envoi des bières (3 bouteilles de 33 cl) avant le {ctx.pdate()} à :\n{club}\nc/o "
            f"{ctx.N(org, 'fl')}\n{s1}\n{s2}\n"
            f"Questions : {ctx.pmob(org)} ou {mailbox}",
            it=f"Spedizione (3 bottiglie da 33 cl) entro il {ctx.pdate()} a:\n{club}\nc/o "
            f"{ctx.N(org, 'fl')}\n{s1}\n{s2}\n"
            f"Info: {ctx.pmob(org)} oppure {mailbox}",
            en=f"Ship entries (3 x 330 ml bottles) by {ctx.pdate()} to:\n{club}\nc/o {ctx.N(org, 'fl')}\n{s1}\n{s2}\n"
            f"Questions: {ctx.pmob(org)} or {mailbox}",
        )
        head = ctx.t(
            de=f"Export Anmeldungen Hobbybrauer-Wettbewerb {ctx.ri(2025, 2026)}",
            fr=f"Export des inscriptions – concours de brassage amateur {ctx.ri(2025, 2026)}",
            it=f"Export iscrizioni concorso birra fatta in casa {ctx.ri(2025, 2026)}",
            en=f"Homebrew competition {ctx.ri(2025, 2026)} – entries export",
        )
        body = head + "\n\n" + data + "\n\n" + info
        return wrap(ctx, body, A)

    if v == 2:
        orgp = ctx.person()
        mem = ctx.person()
        nb = ctx.person(g=ctx.ch("fm"))
        ga = ctx.addr()
        s1, s2 = ctx.A2(ga)
        kg = ctx.ch([25, 50, 75])
        holder = orgp if ctx.p(0.6) else ctx.person()
        omail = ctx.email(orgp)
        mmail = ctx.email(mem)
        q_body = ctx.t(
            de=f"Hallo zusammen,\n\ndie Sammelbestellung Malz ist da ({kg} kg Pilsner, 10 kg Münchner, Hopfen). "
            f"Abholung Samstag ab 10 Uhr bei mir in der Garage, {s1}, {s2}.\n"
            f"Bitte bis {ctx.pdate()} überweisen an {ctx.IB()} (Kontoinhaber {ctx.N(holder, 'fl')}).\n"
            f"{'Bei Fragen: ' + ctx.pmob(orgp) if ctx.p(0.5) else 'Fragen gerne per Mail.'}\n\n"
            f"{greet_close(ctx, False)}\n{ctx.N(orgp, 'f')}",
            fr=f"Bonjour à tous,\n\nla commande groupée de malt est arrivée ({kg} kg de Pilsner, 10 kg de Munich, "
            "houblons). "
            f"Retrait samedi dès 10 h dans mon garage, {s1}, {s2}.\n"
            f"Merci de virer avant le {ctx.pdate()} sur {ctx.IB()} (titulaire : {ctx.N(holder, 'fl')}).\n"
            f"Questions : {ctx.pmob(orgp)}\n\n{greet_close(ctx, False)}\n{ctx.N(orgp, 'f')}",
            it=f"Ciao a tutti,\n\nl'ordine collettivo di malto è arrivato ({kg} kg Pilsner, 10 kg Monaco, luppoli). "
            f"Ritiro sabato dalle 10 nel mio garage, {s1}, {s2}.\n"
            f"Vi prego di pagare entro il {ctx.pdate()} su {ctx.IB()} (intestato a {ctx.N(holder, 'fl')}).\n"
            f"Per domande: {ctx.pmob(orgp)}\n\n{greet_close(ctx, False)}\n{ctx.N(orgp, 'f')}",
            en=f"Hi all,\n\nthe group malt order is in ({kg} kg Pilsner, 10 kg Munich, hops). "
            f"Pick-up Saturday from 10am at my garage, {s1}, {s2}.\n"
            f"Please pay by {ctx.pdate()} to "
            f"{ctx.IB() if ctx.cc != 'US' else 'the club Venmo @' + slug(short_town(ctx.home)) + '-brewers'} "
            f"({ctx.N(holder, 'fl')}).\nQuestions: {ctx.pmob(orgp)}\n\n{greet_close(ctx, False)}\n{ctx.N(orgp, 'f')}",
        )
        subj = ctx.t(
            de="Sammelbestellung Malz – Abholung",
            fr="Commande groupée de malt – retrait",
            it="Ordine collettivo malto – ritiro",
            en="Group malt order – pick-up",
        )
        quoted = quoted_block(
            ctx, orgp, omail, ctx.t(de="alle@", fr="tous@", it="soci@", en="members@") + dom, subj, q_body
        )
        nbm = ctx.phone("mobile")
        new_mail = ctx.email(mem, ctx.ch(MAIL_DOMAINS[ctx.cc]))
        body = ctx.t(
            de=f"{ctx.dear(orgp, False)},\n\nich schaffe es Samstag leider nicht. "
            f"{'Mein Nachbar' if nb.g == 'm' else 'Meine Nachbarin'} "
            f"{ctx.N(nb, 'fl')} holt meine Säcke ab ({M('PHONE', nbm)}). Geld ist überwiesen.\n"
            "Bitte nimm für die Liste meine neue Adresse "
            f"{M('EMAIL', new_mail)}.\n\n{greet_close(ctx, False)}\n{ctx.N(mem, 'f')}",
            fr=f"{ctx.dear(orgp, False)},\n\nje ne pourrai pas venir samedi. "
            f"{'Mon voisin' if nb.g == 'm' else 'Ma voisine'} "
            f"{ctx.N(nb, 'fl')} passera prendre mes sacs ({M('PHONE', nbm)}). Le virement est fait.\n"
            "Merci de noter ma nouvelle adresse "
            f"{M('EMAIL', new_mail)}.\n\n{greet_close(ctx, False)}\n{ctx.N(mem, 'f')}",
            it=f"{ctx.dear(orgp, False)},\n\nsabato purtroppo non riesco. "
            f"{'Il mio vicino' if nb.g == 'm' else 'La mia vicina'} "
            f"{ctx.N(nb, 'fl')} ritira i miei sacchi ({M('PHONE', nbm)}). Il bonifico è fatto.\n"
            f"Segnati il mio nuovo indirizzo {M('EMAIL', new_mail)}.\n\n{greet_close(ctx, False)}\n{ctx.N(mem, 'f')}",
            en=f"{ctx.dear(orgp, False)},\n\nI can't make Saturday, sorry. My neighbour {ctx.N(nb, 'fl')} will collect "
            "my sacks "
            f"({M('PHONE', nbm)}). Payment sent.\nPlease use my new address {M('EMAIL', new_mail)} for the list.\n\n"
            f"{greet_close(ctx, False)}\n{ctx.N(mem, 'f')}",
        )
        hdr = mail(
            ctx,
            addr_of(ctx, mem, M("EMAIL", mmail)),
            addr_of(ctx, orgp, M("EMAIL", omail)),
            ctx.t(de="AW: ", fr="RE: ", it="R: ", en="Re: ") + subj,
            body,
            quoted=quoted,
        )
        return wrap(ctx, hdr, A)

    # v == 3: brew-day chat + YAML log
    ps = [ctx.person() for _ in range(3)]
    host = ps[0]
    a = ctx.addr()
    num = ctx.phone("mobile")
    sender = [ctx.N(ps[0], ctx.ch(["fl", "f", "nick"])), ctx.N(ps[1], ctx.ch(["f", "nick", "fl"])), M("PHONE", num)]
    msgs = ctx.t(
        de=[
            (sender[0], f"brautag steht: samstag 9 uhr bei mir, {M('ADDRESS', a.street)}. hinterhof, tor ist offen"),
            (sender[1], f"bin dabei. bringe 2 kisten leergut mit. kommt {ctx.N(ps[2], 'f')} auch?"),
            (sender[2], f"hi, hier ist {ctx.N(ps[2], 'f')} – neue nummer! komme etwas später, so 10"),
            (sender[0], "passt. maischen bei 66 °C, 60 min, dann läutern. sudhaus-tablet hängt am wlan"),
            (sender[1], f"falls was ist: {ctx.pmob(ps[1])}"),
        ],
        fr=[
            (
                sender[0],
                f"jour de brassage : samedi 9 h chez moi, {M('ADDRESS', a.street)}. par la cour, le portail est ouvert",
            ),
            (sender[1], f"ok pour moi. j'apporte 2 caisses de bouteilles vides. {ctx.N(ps[2], 'f')} vient aussi ?"),
            (sender[2], f"salut, c'est {ctx.N(ps[2], 'f')} – nouveau numéro ! j'arrive vers 10 h"),
            (sender[0], "parfait. empâtage à 66 °C pendant 60 min, puis filtration"),
            (sender[1], f"en cas de souci : {ctx.pmob(ps[1])}"),
        ],
        it=[
            (
                sender[0],
                f"cotta sabato alle 9 da me, {M('ADDRESS', a.street)}. entrate dal cortile, il cancello è aperto",
            ),
            (sender[1], f"ci sono. porto 2 casse di vuoti. viene anche {ctx.N(ps[2], 'f')}?"),
            (sender[2], f"ciao, sono {ctx.N(ps[2], 'f')} – numero nuovo! arrivo verso le 10"),
            (sender[0], "perfetto. ammostamento a 66 °C per 60 min, poi filtrazione"),
            (sender[1], f"per qualsiasi cosa: {ctx.pmob(ps[1])}"),
        ],
        en=[
            (sender[0], f"brew day is saturday 9am at mine, {M('ADDRESS', a.street)}. round the back, gate's open"),
            (sender[1], f"i'm in. bringing 2 crates of empties. is {ctx.N(ps[2], 'f')} coming?"),
            (sender[2], f"hey it's {ctx.N(ps[2], 'f')} – new number! be there about 10"),
            (
                sender[0],
                "great. mash at 152 °F for 60 min, then sparge"
                if ctx.cc == "US"
                else "great. mash at 66 °C for 60 min, then sparge",
            ),
            (sender[1], f"if anything comes up: {ctx.pmob(ps[1])}"),
        ],
    )
    log = {
        "batch": f"{ctx.ri(20, 80)}",
        "recipe": ctx.ch(BEER[ctx.lang]),
        "brewer": ctx.N(host, "fl"),
        "assistants": [ctx.N(ps[1], "fl")] + ([ctx.N(ps[2], ctx.ch(["fl", "f"]))] if ctx.p(0.5) else []),
        "date": ctx.pdate(),
        "og": f"1.0{ctx.ri(40, 72)}",
        "fg": f"1.{ctx.ri(8, 14):03d}",
        "ibu": ctx.ri(18, 65),
        "ispindel": {
            "name": f"iSpindel-{ctx.ri(1, 4)}",
            "lan_ip": ctx.lan_ip(),
            "firmware": f"7.{ctx.ri(1, 4)}.{ctx.ri(0, 9)}",
        },
        "cloud_sync": {"account": ctx.E(host), "last_login_ip": ctx.IP()},
    }
    if ctx.p(0.5):
        msgs = msgs[:-1]
    body = (
        chat(ctx, msgs)
        + "\n\n"
        + ctx.t(de="Sudprotokoll:", fr="Journal de brassage :", it="Registro cotta:", en="Brew log:")
        + "\n"
        + ydump(log)
    )
    return wrap(ctx, body, A)


# ======================================================================================================================
# 2. surveyor - land surveyors: boundary meetings, land-register excerpts, field crews, invoices
# ======================================================================================================================
def firm_name_from(ctx: Ctx, kind: str) -> tuple[str, str, str]:
    """a firm named after a surname (unlabelled) - the surname is kept away from the document's persons"""
    sur = ctx._region_last(ctx.region)
    while sur in ctx.used_last or " " in sur:
        sur = ctx._region_last(ctx.region)
    ctx.used_last.add(sur)
    sur2 = ctx._region_last(ctx.region)
    while sur2 in ctx.used_last or " " in sur2:
        sur2 = ctx._region_last(ctx.region)
    ctx.used_last.add(sur2)
    name = {
        "survey": ctx.t(
            DE=ctx.ch(
                [f"Vermessungsbüro {sur} & Partner", f"Ingenieurbüro für Vermessung {sur}", f"ÖbVI-Büro {sur} {sur2}"]
            ),
            AT=ctx.ch([f"Vermessung {sur} ZT GmbH", f"{sur} & {sur2} Vermessung ZT-OG"]),
            CH=ctx.ch([f"{sur} + Partner AG, Geomatik", f"Geometerbüro {sur} AG", f"{sur} {sur2} Geomatik AG"]),
            CHfr=ctx.ch([f"Bureau {sur} SA, ingénieurs géomètres", f"{sur} & {sur2} Géomatique SA"]),
            CHit=ctx.ch([f"Studio d'ingegneria {sur} SA", f"{sur} & {sur2} Geomatica SA"]),
            FR=ctx.ch([f"Cabinet {sur}, géomètres-experts", f"SCP {sur} & {sur2}", f"Géomètres {sur} Associés"]),
            IT=ctx.ch([f"Studio Tecnico {sur} & {sur2}", f"Studio Topografico {sur} S.r.l."]),
            GB=ctx.ch([f"{sur} & {sur2} Chartered Surveyors", f"{sur} Land Surveys Ltd"]),
            US=ctx.ch([f"{sur} & {sur2} Land Surveying, LLC", f"{sur} Survey Co."]),
        ),
        "jewel": ctx.t(
            DE=ctx.ch([f"Goldschmiede {sur}", f"Juwelier {sur} OHG", f"Uhren & Schmuck {sur}"]),
            AT=ctx.ch([f"Juwelier {sur}", f"Goldschmiede {sur} & Söhne"]),
            CH=ctx.ch([f"Bijouterie {sur} AG", f"Goldschmiede {sur}", f"Uhren {sur} AG"]),
            CHfr=ctx.ch([f"Bijouterie {sur} SA", f"Atelier {sur}, orfèvre"]),
            CHit=ctx.ch([f"Gioielleria {sur} SA", f"Orologeria {sur}"]),
            FR=ctx.ch([f"Bijouterie {sur}", f"Maison {sur} Joaillier", f"Atelier {sur}"]),
            IT=ctx.ch([f"Gioielleria {sur}", f"Oreficeria {sur} & figli", f"Laboratorio orafo {sur}"]),
            GB=ctx.ch([f"{sur} & Sons Jewellers", f"{sur} Goldsmiths", f"{sur}'s of {short_town(ctx.home)}"]),
            US=ctx.ch([f"{sur} Jewelers", f"{sur} & Co. Fine Jewelry", f"{sur} Bros. Jewelers"]),
        ),
        "detect": ctx.t(
            DE=ctx.ch([f"Detektei {sur}", f"Detektei {sur} & {sur2} GmbH"]),
            AT=ctx.ch([f"Detektei {sur}", f"Berufsdetektei {sur} & Partner"]),
            CH=ctx.ch([f"Detektivbüro {sur} AG", f"{sur} Ermittlungen GmbH"]),
            CHfr=ctx.ch([f"Agence {sur} Investigations SA"]),
            CHit=ctx.ch([f"Agenzia investigativa {sur} SA"]),
            FR=ctx.ch([f"Cabinet {sur} Investigations", f"Agence {sur}, recherches privées"]),
            IT=ctx.ch([f"Agenzia Investigativa {sur}", f"Istituto di investigazioni {sur} S.r.l."]),
            GB=ctx.ch([f"{sur} Investigations Ltd", f"{sur} & {sur2} Private Investigators"]),
            US=ctx.ch([f"{sur} Investigative Services", f"{sur} & Associates PI, LLC"]),
        ),
    }[kind]
    kw = {
        "survey": ctx.t(DE="vermessung", AT="vermessung", CH="geomatik", fr="geometre", it="geomatica", en="surveys"),
        "jewel": ctx.t(
            de=ctx.ch(["goldschmiede", "juwelier", "schmuck"]),
            fr="bijouterie",
            it="gioielleria",
            GB="jewellers",
            US="jewelers",
        ),
        "detect": ctx.t(de="detektei", fr="investigations", it="investigazioni", en="investigations"),
    }[kind]
    low = slug(sur)
    dom = (f"{kw}-{low}" if ctx.p(0.6) else f"{low}-{kw}") + tld(ctx)
    return name, sur, dom


SURV_ASKS = {
    0: asks(
        de=["Bitte fass mir zusammen, was ich als Nachbar tun muss.", "Muss ich da hin? Kurz erklären bitte."],
        fr=["Résume-moi ce que je dois faire en tant que voisin.", "Suis-je obligé d'y aller ? Explique brièvement."],
        it=["Riassumimi cosa devo fare come confinante.", "Devo andarci per forza? Spiegami in breve."],
        en=["Summarise what I need to do as the neighbour.", "Do I have to attend? Explain briefly."],
    ),
    1: asks(
        de=["Bitte trag die Eigentümer und den Auftrag in unsere Tabelle ein.", "Ist der Auftrag so vollständig?"],
        fr=["Reporte les propriétaires et la commande dans notre tableau.", "La commande est-elle complète ?"],
        it=["Inserisci gli intestatari e l'incarico nella nostra tabella.", "L'incarico è completo così?"],
        en=["Put the owners and the order into our spreadsheet.", "Is this order complete?"],
    ),
    2: asks(
        de=["Wie antworte ich auf diese Mail am besten?", "Bitte Protokoll-Entwurf aus der Liste machen."],
        fr=["Comment répondre au mieux à ce courriel ?", "Fais-moi un projet de procès-verbal à partir de la liste."],
        it=["Come rispondo al meglio a questa mail?", "Fammi una bozza di verbale dalla lista."],
        en=["How should I best reply to the neighbour?", "Draft minutes from this list, please."],
    ),
    3: asks(
        de=["Bitte Rechnung prüfen und den Chat als Notiz zusammenfassen."],
        fr=["Vérifie la facture et résume le chat en une note."],
        it=["Controlla la fattura e riassumi la chat in una nota."],
        en=["Check the invoice and summarise the chat as a note."],
    ),
}


def parcel(ctx: Ctx) -> str:
    return ctx.t(
        DE=f"Flurstück {ctx.ri(12, 980)}/{ctx.ri(1, 19)}, Flur {ctx.ri(1, 14)}",
        AT=f"Grundstück Nr. {ctx.ri(12, 1980)}/{ctx.ri(1, 19)}, EZ {ctx.ri(10, 2400)}",
        CH=f"Parzelle Nr. {ctx.ri(120, 4800)}",
        CHfr=f"parcelle n° {ctx.ri(120, 4800)}",
        CHit=f"particella n. {ctx.ri(120, 4800)}, RFD",
        FR=f"parcelle cadastrée section {ctx.ch(['AB', 'AC', 'ZK', 'B', 'D'])} n° {ctx.ri(12, 980)}",
        IT=f"Foglio {ctx.ri(1, 60)}, mappale {ctx.ri(12, 1980)}",
        GB=f"title number {ctx.ch(['AB', 'CYM', 'NK', 'WYK', 'SK', 'LA', 'OX'])}{ctx.digits(6)}",
        US=f"Parcel ID {ctx.digits(2)}-{ctx.digits(2)}-{ctx.digits(3)}-{ctx.digits(3)}",
    )


def letterhead(ctx: Ctx, firm: str, a: Addr, tel: str, fax: str | None, mailstr: str | None, web: str | None) -> str:
    s1, s2 = ctx.A2(a)
    st = ctx.wchoice([("block", 3), ("line", 3), ("mixed", 2)])
    tl = ctx.t(de="Tel.", fr="Tél.", it="Tel.", en="Tel")
    parts = [f"{tl} {tel}"] + ([f"Fax {fax}"] if fax else []) + ([mailstr] if mailstr else []) + ([web] if web else [])
    if st == "block":
        return "\n".join([firm, s1, s2] + parts)
    if st == "line":
        return firm + "\n" + " · ".join([s1, s2] + parts)
    return firm + " · " + s1 + " · " + s2 + "\n" + " | ".join(parts)


def g_surveyor(ctx: Ctx, v: int) -> str:
    firm, _, dom = firm_name_from(ctx, "survey")
    fa = ctx.addr(town=ctx.home, business=True)
    surveyor = ctx.person()
    A = SURV_ASKS[v]
    office_tel = M("PHONE", ctx.phone("land", fa.area, ext=ctx.p(0.3)))
    office_fax = M("PHONE", ctx.phone("land", fa.area)) if ctx.p(0.4) else None
    if v == 0:
        nb = ctx.person()
        na = ctx.addr()
        owner = ctx.person()
        crew = ctx.person()
        site = ctx.addr(town=ctx.home)
        head = letterhead(
            ctx,
            firm,
            fa,
            office_tel,
            office_fax,
            ctx.E(surveyor, dom, True)
            if ctx.p(0.7)
            else role_mail(ctx, ctx.t(de="info", fr="contact", it="info", en="office"), dom),
            f"www.{dom}",
        )
        n1, n2 = ctx.A2(na)
        title = ctx.title(nb)
        addressee = f"{title} {ctx.N(nb, ctx.ch(['fl', 'fl', 'F.L']))}\n{n1}\n{n2}"
        pc = parcel(ctx)
        pc2 = parcel(ctx)
        d, tm = ctx.pdate(), ctx.time()
        ref = f"{ctx.ch(['V', 'G', 'B', 'REF'])}-{ctx.ri(2025, 2026)}-{ctx.digits(4)}"
        body = ctx.t(
            de=f"Grenztermin – {pc}\nUnser Zeichen: {ref}\n\n{ctx.dear(nb)},\n\nim Auftrag von {ctx.N(owner, 'fl')} "
            f"werden die Grenzen des {pc.split(',')[0].replace('stück ', 'stücks ')} festgestellt und abgemarkt. Als "
            f"{ctx.gw(nb, 'Eigentümer', 'Eigentümerin')} des angrenzenden "
            f"Grundstücks ({pc2}) laden wir Sie zum Grenztermin ein:\n\nTermin: {d}, {tm} Uhr\nTreffpunkt: "
            f"{M('ADDRESS', site.street)}, vor dem Gartentor\n\nSie können sich durch eine bevollmächtigte Person "
            f"vertreten lassen (schriftliche Vollmacht). Rückfragen bitte an unseren Außendienst, "
            f"{ctx.N(crew, 'fl')}, mobil {ctx.pmob(crew)}.",
            CH=f"Grenzbegehung / Vermarkung – {pc}, Grundbuch {short_town(ctx.home)}\nUnsere Referenz: {ref}\n\n"
            f"{ctx.dear(nb)},\n\nim Auftrag von {ctx.N(owner, 'fl')} werden die Grenzpunkte der {pc} neu vermarkt. "
            f"Als {ctx.gw(nb, 'Eigentümer', 'Eigentümerin')} der Nachbarparzelle laden wir Sie zur Grenzbegehung "
            f"ein:\n\nDatum: {d}, {tm} Uhr\n"
            f"Treffpunkt: {M('ADDRESS', site.street)}\n\nBei Verhinderung melden Sie sich bitte bei "
            f"{ctx.N(crew, 'fl')} ({ctx.pmob(crew)}).",
            fr=f"Convocation à une réunion de bornage contradictoire – {pc}\nNos réf. : {ref}\n\n{ctx.dear(nb)},\n\n"
            f"à la demande de {ctx.N(owner, 'fl')}, propriétaire, nous procéderons au bornage de la propriété. "
            f"En qualité de propriétaire {ctx.gw(nb, 'riverain', 'riveraine')} ({pc2}), vous êtes "
            f"{ctx.gw(nb, 'convoqué', 'convoquée')} sur place :\n\nDate : {d} à {tm}\n"
            f"Lieu de rendez-vous : {M('ADDRESS', site.street)}, devant le portail\n\nVous pouvez vous faire "
            f"représenter (pouvoir écrit). Pour toute question : {ctx.N(crew, 'fl')}, technicien, "
            f"{ctx.pmob(crew)}.",
            it=f"Convocazione per operazioni di riconfinamento – {pc}\nRif.: {ref}\n\n{ctx.dear(nb)},\n\nsu incarico "
            f"di {ctx.N(owner, 'fl')} procederemo alla verifica e al ripristino dei confini. In qualità di "
            f"{ctx.gw(nb, 'confinante', 'confinante')} ({pc2}) La invitiamo al sopralluogo:\n\nData: {d}, ore "
            f"{tm}\nRitrovo: "
            f"{M('ADDRESS', site.street)}, davanti al cancello\n\nPuò farsi rappresentare con delega scritta. "
            f"Per informazioni: {ctx.N(crew, 'fl')}, {ctx.pmob(crew)}.",
            en=f"Boundary survey – site meeting ({pc})\nOur ref: {ref}\n\n{ctx.dear(nb)},\n\nwe have been instructed "
            f"by {ctx.N(owner, 'fl')} to establish and mark the boundary with your property. As the adjoining "
            f"owner ({pc2}) you are invited to attend on site:\n\nDate: {d}, {tm}\nMeet at: "
            f"{M('ADDRESS', site.street)}, by the front gate\n\nYou may send someone on your behalf. Questions "
            f"to our field surveyor {ctx.N(crew, 'fl')} on {ctx.pmob(crew)}.",
        )
        sig = signature(
            ctx,
            surveyor,
            [
                ctx.t(
                    DE="ÖbVI",
                    AT=ctx.gw(surveyor, "Ingenieurkonsulent für Vermessung", "Ingenieurkonsulentin für Vermessung"),
                    CH=ctx.gw(surveyor, "Ingenieur-Geometer", "Ingenieur-Geometerin"),
                    CHfr=ctx.gw(surveyor, "ingénieur géomètre breveté", "ingénieure géomètre brevetée"),
                    CHit=ctx.gw(surveyor, "ingegnere geometra patentato", "ingegnera geometra patentata"),
                    FR="géomètre-expert",
                    IT="geom.",
                    GB="MRICS",
                    US="PLS",
                ),
                firm,
            ],
        )
        place = f"{short_town(ctx.home)}, {ctx.pdate()}"
        text = head + "\n\n" + addressee + "\n\n" + place + "\n\n" + body + "\n\n" + greet_close(ctx) + "\n" + sig
        return wrap(ctx, text, A)

    if v == 1:
        o1 = ctx.person()
        o2 = ctx.relative(o1) if ctx.p(0.6) else ctx.person()
        site = ctx.addr(town=ctx.home)
        client = o1 if ctx.p(0.5) else ctx.person()
        ca = ctx.addr()
        pc = parcel(ctx)
        heim = short_town(ctx.town("CHde")) if ctx.region == "CHde" else ""
        owners = ctx.t(
            DE=f"Grundbuch von {short_town(ctx.home)}, Blatt {ctx.ri(100, 9999)}\nBestandsverzeichnis: lfd. Nr. 1, "
            f"{pc}, "
            f"Gebäude- und Freifläche, {M('ADDRESS', site.street)}, {ctx.ri(300, 1400)} m²\nAbteilung I:\n"
            f"1.1 {ctx.N(o1, 'lf')}, geb. {ctx.DOB(age=(30, 85))}, {short_town(ctx.town())}\n"
            f"1.2 {ctx.N(o2, 'lf')}, geb. {ctx.DOB(age=(30, 85))}\n– je zur Hälfte –",
            AT=f"KG {short_town(ctx.home)}, EZ {ctx.ri(10, 2400)}\nA-Blatt: {pc}, {M('ADDRESS', site.street)}\n"
            f"B-Blatt:\n1 ANTEIL: 1/2 {ctx.N(o1, 'fl')}\n  GEB: {ctx.DOB(age=(30, 85))} ADR: "
            f"{M('ADDRESS', site.street)}\n"
            f"2 ANTEIL: 1/2 {ctx.N(o2, 'fl')}\n  GEB: {ctx.DOB(age=(30, 85))}",
            CH=f"Grundbuchauszug {short_town(ctx.home)}, {pc}\nLage: {M('ADDRESS', site.street)}\nEigentum: "
            "Gesamteigentum "
            f"(einfache Gesellschaft)\n- {ctx.N(o1, 'l f')}, geboren {ctx.DOB(age=(30, 85))}, von {heim}\n"
            f"- {ctx.N(o2, 'l f')}, geboren {ctx.DOB(age=(30, 85))}, von {heim}",
            CHfr=f"Extrait du registre foncier, {pc}, commune de {short_town(ctx.home)}\nSituation : "
            f"{M('ADDRESS', site.street)}\nPropriété : copropriété pour 1/2 chacun\n- {ctx.N(o1, 'LF')}, "
            f"{ctx.born(o1)} "
            f"{ctx.DOB(age=(30, 85))}\n- {ctx.N(o2, 'LF')}, {ctx.born(o2)} {ctx.DOB(age=(30, 85))}",
            CHit=f"Estratto del registro fondiario, {pc}, comune di {short_town(ctx.home)}\nUbicazione: "
            f"{M('ADDRESS', site.street)}\nProprietà: comproprietà 1/2 ciascuno\n- {ctx.N(o1, 'LF')}, {ctx.born(o1)} "
            f"{ctx.DOB(age=(30, 85))}\n- {ctx.N(o2, 'LF')}, {ctx.born(o2)} {ctx.DOB(age=(30, 85))}",
            FR=f"Fiche d'immeuble – {pc}, commune de {short_town(ctx.home)}\nAdresse : {M('ADDRESS', site.street)}\n"
            f"Propriétaires :\n- {ctx.N(o1, 'LF')}, {ctx.born(o1)} {ctx.DOB(age=(30, 85))} à {short_town(ctx.town())}\n"
            f"- {ctx.N(o2, 'LF')}, {ctx.born(o2)} {ctx.DOB(age=(30, 85))} à {short_town(ctx.town())}",
            IT=f"Visura catastale – Comune di {short_town(ctx.home)}, {pc}\nIndirizzo: {M('ADDRESS', site.street)}\n"
            f"Intestati:\n1. {ctx.N(o1, 'LF')} {ctx.gw(o1, 'nato', 'nata')} a {short_town(ctx.town())} il "
            f"{ctx.DOB(age=(30, 85))} – "
            f"Proprietà 1/2\n2. {ctx.N(o2, 'LF')} {ctx.gw(o2, 'nato', 'nata')} a {short_town(ctx.town())} il "
            f"{ctx.DOB(age=(30, 85))} – "
            f"Proprietà 1/2",
            GB=f"HM Land Registry – official copy, {pc}\nProperty: {M('ADDRESS', site.street)}\nProprietorship "
            "register:\n"
            f"PROPRIETOR: {ctx.N(o1, 'FL')} and {ctx.N(o2, 'FL')} of {M('ADDRESS', site.street)}",
            US=f"Title commitment – {pc}\nProperty address: {M('ADDRESS', site.street)}\nVested in: {ctx.N(o1, 'FL')} "
            f"and {ctx.N(o2, 'FL')}, as joint tenants",
        )
        c1, c2 = ctx.A2(ca)
        L = ctx.t(
            de=["Auftraggeber/in", "Rechnungsanschrift", "", "Telefon", "E-Mail", "Leistung", "Kostenvorschuss"],
            fr=["Mandant", "Adresse de facturation", "", "Téléphone", "E-mail", "Prestation", "Acompte"],
            it=["Committente", "Indirizzo di fatturazione", "", "Telefono", "E-mail", "Prestazione", "Acconto"],
            en=["Client", "Billing address", "", "Phone", "Email", "Service", "Deposit"],
        )
        service = ctx.t(
            de=ctx.ch(["Teilungsvermessung", "Gebäudeeinmessung", "Grenzfeststellung", "Lageplan zum Bauantrag"]),
            CH=ctx.ch(["Mutation (Parzellierung)", "Gebäudeaufnahme", "Grenzpunktkontrolle"]),
            fr=ctx.ch(["division parcellaire", "bornage", "plan de situation", "relevé de bâtiment"]),
            it=ctx.ch(["frazionamento", "riconfinamento", "rilievo plano-altimetrico", "accatastamento"]),
            en=ctx.ch(["boundary determination", "topographic survey", "lease plan", "ALTA survey"]),
        )
        pairs = [
            (L[0], ctx.N(client, "fl")),
            (L[1], c1),
            ("", c2),
            (L[3], ctx.pmob(client)),
            (L[4], ctx.E(client)),
            (L[5], service),
            (L[6], f"{money(ctx, ctx.ch([500, 800, 1200]), False)} → {ctx.IB()}"),
        ]
        if ctx.cc == "US":
            pairs[-1] = (
                L[6],
                f"{money(ctx, 750, False)} by card {M('CARD', ctx.card())}"
                if ctx.p(0.4)
                else f"{money(ctx, 750, False)} by check",
            )
        if ctx.cc == "GB":
            pairs.insert(1, ("Date of birth (AML check)", ctx.DOB(age=(25, 80))))
        frm = "\n".join(f"{k}: {val}" if k else f"{' ' * (len(L[1]) + 2)}{val}" for k, val in pairs)
        if ctx.p(0.4):
            frm = form(
                ctx, [(k if k else L[1] + " (2)", val) for k, val in pairs], ctx.ch(["aligned", "bullets", "md2"])
            )
        head = ctx.t(
            de="Neuer Vermessungsauftrag – Unterlagen",
            fr="Nouveau mandat – pièces reçues",
            it="Nuovo incarico – documenti ricevuti",
            en="New survey instruction – documents",
        )
        text = f"{head} ({firm})\n\n{owners}\n\n{frm}"
        return wrap(ctx, text, A)

    if v == 2:
        n = ctx.wchoice([(2, 3), (3, 1)])
        rows = []
        nbs = []
        for _ in range(n):
            nb = ctx.person()
            nbs.append(nb)
            a = ctx.addr(town=ctx.home)
            present = ctx.wchoice(
                [
                    (ctx.t(de="anwesend", fr=ctx.gw(nb, "présent", "présente"), it="presente", en="present"), 5),
                    (
                        ctx.t(
                            de="vertreten durch ",
                            fr=ctx.gw(nb, "représenté par ", "représentée par "),
                            it=ctx.gw(nb, "rappresentato da ", "rappresentata da "),
                            en="represented by ",
                        )
                        + ctx.N(ctx.relative(nb), "fl"),
                        1,
                    ),
                    (ctx.t(de="abwesend", fr="absent(e)", it="assente", en="absent"), 1.5),
                ]
            )
            rows.append(
                [
                    parcel(ctx).split(",")[0].strip(),
                    ctx.N(nb, ctx.ch(["lf", "fl", "LF"])),
                    ctx.A1(a, ", ") if ctx.p(0.4) else M("ADDRESS", a.street),
                    (ctx.PH("land", a.area) if ctx.p(0.5) else ctx.pmob(nb)) if ctx.p(0.7) else "",
                    present,
                ]
            )
        H = ctx.t(
            de=["Grundstück", "Eigentümer/in", "Anschrift", "Telefon", "Teilnahme"],
            fr=["Parcelle", "Propriétaire", "Adresse", "Téléphone", "Présence"],
            it=["Particella", "Proprietario/a", "Indirizzo", "Telefono", "Presenza"],
            en=["Parcel", "Owner", "Address", "Phone", "Attendance"],
        )
        tbl = table(ctx, H, rows, ctx.ch(["md", "mdraw", "fixed", "ssv", "csv"]))
        obj = nbs[0]
        omail = ctx.email(obj)
        smail = ctx.email(surveyor, dom, True)
        q = ctx.t(
            de=f"{ctx.dear(obj)},\n\nhiermit laden wir Sie zum Grenztermin am {ctx.pdate()} ein ...",
            fr=f"{ctx.dear(obj)},\n\nnous vous convoquons à la réunion de bornage du {ctx.pdate()} ...",
            it=f"{ctx.dear(obj)},\n\nLa convochiamo al sopralluogo in data {ctx.pdate()} ...",
            en=f"{ctx.dear(obj)},\n\nyou are invited to the boundary site meeting on {ctx.pdate()} ...",
        )
        quoted = quoted_block(
            ctx,
            surveyor,
            smail,
            omail,
            ctx.t(de="Grenztermin", fr="Bornage", it="Riconfinamento", en="Boundary meeting"),
            q,
            to_p=obj,
        )
        body = ctx.t(
            de=f"{ctx.dear(surveyor)},\n\nmit dem Grenzverlauf am Schuppen bin ich nicht einverstanden – der Zaun "
            "steht "
            f"dort seit über 30 Jahren. Ich habe das Protokoll deshalb nicht unterschrieben. Bitte rufen Sie mich an: "
            f"{ctx.pmob(obj)}.\n\n{greet_close(ctx)}\n{ctx.N(obj, 'fl')}",
            fr=f"{ctx.dear(surveyor)},\n\nje conteste la limite le long de l'abri de jardin : la clôture est là depuis "
            f"plus de 30 ans. Je n'ai donc pas signé le procès-verbal. Merci de m'appeler au {ctx.pmob(obj)}.\n\n"
            f"{greet_close(ctx)}\n{ctx.N(obj, 'fl')}",
            it=f"{ctx.dear(surveyor)},\n\nnon sono d'accordo sul confine lungo il capanno: la recinzione è lì da oltre "
            f"30 anni. Per questo non ho firmato il verbale. Mi richiami al {ctx.pmob(obj)}.\n\n{greet_close(ctx)}\n"
            f"{ctx.N(obj, 'fl')}",
            en=f"{ctx.dear(surveyor)},\n\nI don't agree with the line by the shed – that fence has stood for over 30 "
            f"years. So I did not sign the record. Please call me on {ctx.pmob(obj)}.\n\n{greet_close(ctx)}\n"
            f"{ctx.N(obj, 'fl')}",
        )
        m = mail(
            ctx,
            addr_of(ctx, obj, M("EMAIL", omail)),
            addr_of(ctx, surveyor, M("EMAIL", smail)),
            ctx.t(de="AW: Grenztermin", fr="RE: Bornage", it="R: Riconfinamento", en="Re: Boundary meeting"),
            body,
            quoted=quoted if ctx.p(0.5) else None,
        )
        lead = ctx.t(
            de="Teilnehmerliste Grenztermin:",
            fr="Liste de présence – bornage :",
            it="Elenco presenze – riconfinamento:",
            en="Attendance – boundary meeting:",
        )
        return wrap(ctx, lead + "\n" + tbl + "\n\n" + m, A)

    # v == 3: field crew chat + invoice
    c1, c2 = ctx.person(), ctx.person()
    site_owner = ctx.person()
    site = ctx.addr(town=ctx.home)
    lan = ctx.lan_ip()
    s_sender = [ctx.N(c1, ctx.ch(["f", "nick", "fl"])), ctx.N(c2, ctx.ch(["f", "nick"]))]
    msgs = ctx.t(
        de=[
            (s_sender[0], f"sind jetzt an der {M('ADDRESS', site.street)}. grenzstein 14 fehlt, 15 ist schief"),
            (s_sender[1], f"zugang zum garten nur über {ctx.N(site_owner, 'l')}, bei denen klingeln"),
            (s_sender[0], f"rover verbindet nicht, tachymeter hängt auf {lan}. neustart"),
            (s_sender[1], f"eigentümer hat angerufen, wollte rückruf: {ctx.pmob(site_owner)}"),
            (s_sender[0], "ok. neue steine setzen wir morgen 8:00"),
        ],
        fr=[
            (s_sender[0], f"on est au {M('ADDRESS', site.street)}. la borne 14 manque, la 15 est penchée"),
            (s_sender[1], f"accès au jardin seulement par chez {ctx.N(site_owner, 'l')}, sonnez chez eux"),
            (s_sender[0], f"le rover ne se connecte pas, station totale sur {lan}. je redémarre"),
            (s_sender[1], f"le propriétaire a appelé, il veut être rappelé : {ctx.pmob(site_owner)}"),
            (s_sender[0], "ok. on pose les nouvelles bornes demain 8 h"),
        ],
        it=[
            (s_sender[0], f"siamo in {M('ADDRESS', site.street)}. manca il termine 14, il 15 è storto"),
            (s_sender[1], f"accesso al giardino solo dai {ctx.N(site_owner, 'l')}, suonate da loro"),
            (s_sender[0], f"il rover non si collega, stazione totale su {lan}. riavvio"),
            (s_sender[1], f"ha chiamato il proprietario, vuole essere richiamato: {ctx.pmob(site_owner)}"),
            (s_sender[0], "ok. i nuovi termini li mettiamo domani alle 8"),
        ],
        en=[
            (s_sender[0], f"on site at {M('ADDRESS', site.street)}. marker 14 missing, 15 leaning"),
            (s_sender[1], f"garden access only through the {ctx.N(site_owner, 'l')} family's side gate, knock there"),
            (s_sender[0], f"rover won't connect, total station is on {lan}. rebooting"),
            (s_sender[1], f"owner rang, wants a call back: {ctx.pmob(site_owner)}"),
            (s_sender[0], "ok. new markers tomorrow 8am"),
        ],
    )
    client = ctx.person()
    ca = ctx.addr()
    a1, a2 = ctx.A2(ca)
    head = letterhead(ctx, firm, fa, office_tel, office_fax, None, f"www.{dom}")
    amt = ctx.ri(680, 4200)
    inv = ctx.t(
        de=f"RECHNUNG Nr. {ctx.ri(2025, 2026)}-{ctx.digits(4)}\n\n{ctx.N(client, 'fl')}\n{a1}\n{a2}\n\n"
        f"Grenzfeststellung {parcel(ctx)}\nAußendienst 2 Pers., 6,5 h ........ {money(ctx, amt * 0.6, True)}\n"
        f"Abmarkung, 4 Grenzsteine ......... {money(ctx, amt * 0.25, True)}\nAuswertung/Dokumentation .......... "
        f"{money(ctx, amt * 0.15, True)}\n\nZahlbar innerhalb von 30 Tagen auf {ctx.IB()}\n"
        + (f"UID-Nr. ATU{ctx.digits(8)}" if ctx.cc == "AT" else f"USt-IdNr. DE{ctx.digits(9)}"),
        CH=f"RECHNUNG Nr. {ctx.digits(5)}\n\n{ctx.N(client, 'fl')}\n{a1}\n{a2}\n\nVermarkung {parcel(ctx)}\n"
        f"Feldarbeit 2 Pers. 6.5 h ......... {money(ctx, amt * 0.6, True)}\nGrenzzeichen 4 Stk. ......... "
        f"{money(ctx, amt * 0.25, True)}\n\nZahlbar innert 30 Tagen, {ctx.IB()}\nMWST-Nr. "
        f"CHE-{ctx.digits(3)}.{ctx.digits(3)}.{ctx.digits(3)} MWST",
        fr=f"FACTURE n° {ctx.digits(5)}\n\n{ctx.N(client, 'fl')}\n{a1}\n{a2}\n\nBornage {parcel(ctx)}\nTerrain, 2 "
        "pers., "
        f"6,5 h ........ {money(ctx, amt * 0.6, True)}\nBornes (4) ......... {money(ctx, amt * 0.25, True)}\n\n"
        f"Règlement à 30 jours : {ctx.IB()}\nSIRET {ctx.digits(3)} {ctx.digits(3)} {ctx.digits(3)} {ctx.digits(5)}",
        it=f"FATTURA n. {ctx.ri(1, 300)}/{ctx.ri(2025, 2026)}\n\n{ctx.N(client, 'fl')}\n{a1}\n{a2}\n\nRiconfinamento "
        f"{parcel(ctx)}\nRilievo in campo, 2 pers. ........ {money(ctx, amt * 0.6, True)}\nTermini (4) ........ "
        f"{money(ctx, amt * 0.25, True)}\n\nPagamento a 30 gg: {ctx.IB()}\nP.IVA {ctx.digits(11)}",
        en=f"INVOICE {ctx.digits(5)}\n\n{ctx.N(client, 'fl')}\n{a1}\n{a2}\n\nBoundary survey, {parcel(ctx)}\n"
        f"Fieldwork, 2-person crew, 6.5 h ...... {money(ctx, amt * 0.6, True)}\nMarkers (4) ...... "
        f"{money(ctx, amt * 0.25, True)}\n\n"
        + (
            f"Payment within 30 days: {ctx.IB()}\nVAT reg. GB {ctx.digits(3)} {ctx.digits(4)} {ctx.digits(2)}"
            if ctx.cc == "GB"
            else f"Payment due in 30 days. Checks payable to {firm}."
        ),
    )
    if ctx.p(0.5):
        msgs = msgs[:-1]
    text = chat(ctx, msgs) + "\n\n" + head + "\n\n" + inv
    return wrap(ctx, text, A)


# ======================================================================================================================
# 3. jeweller - jewellers and goldsmiths: ring orders, old-gold purchases, repair books, web-shop orders
# ======================================================================================================================
JEWEL_ASKS = {
    0: asks(
        de=["Bitte schreib mir eine Auftragsbestätigung dazu.", "Stimmt die Anzahlung so?"],
        fr=["Rédige une confirmation de commande.", "L'acompte est-il correct ?"],
        it=["Scrivimi una conferma d'ordine.", "L'acconto è giusto così?"],
        en=["Write me an order confirmation for this.", "Is the deposit right?"],
    ),
    1: asks(
        de=["Bitte ins Ankaufsbuch übertragen.", "Ist der Beleg so vollständig (GwG)?"],
        fr=["Reporte ça dans le registre des achats.", "Le bordereau est-il complet ?"],
        it=["Trascrivilo nel registro compro oro.", "La ricevuta è completa?"],
        en=["Copy this into the purchase register.", "Is this record complete for compliance?"],
    ),
    2: asks(
        de=["Welche Reparaturen sind noch offen?", "Antwort an die Kundin bitte."],
        fr=["Quelles réparations sont encore ouvertes ?", "Réponse à la cliente, svp."],
        it=["Quali riparazioni sono ancora aperte?", "Rispondi alla cliente, per favore."],
        en=["Which repairs are still open?", "Reply to the customer please."],
    ),
    3: asks(
        de=["Bitte Gravurtexte prüfen und Bestellungen sortieren."],
        fr=["Vérifie les gravures et trie les commandes."],
        it=["Controlla le incisioni e ordina gli ordini."],
        en=["Check the engravings and sort the orders."],
    ),
}


def engraving(ctx: Ctx, a: Person, b: Person) -> str:
    d = ctx.pdate(2025, 2026, ctx.ch(["dmy.", "dmy/", "d.m.y"]))
    return ctx.ch(
        [
            f"{ctx.N(a, 'f')} {d}",
            f"{ctx.N(a, 'f')} ∞ {ctx.N(b, 'f')}",
            f"{ctx.N(b, 'f')} & {ctx.N(a, 'f')} {d}",
            f"{ctx.N(a, 'f')} – {d}",
            f"{ctx.N(a, 'nick')} ♥",
        ]
    )


def g_jeweller(ctx: Ctx, v: int) -> str:
    firm, _, dom = firm_name_from(ctx, "jewel")
    fa = ctx.addr(town=ctx.home, business=True)
    shop_tel = M("PHONE", ctx.phone("land", fa.area))
    A = JEWEL_ASKS[v]
    if v == 0:
        p1 = ctx.person()
        p2 = ctx.person(g="f" if p1.g == "m" else ctx.ch("fm"))
        a = ctx.addr()
        s1, s2 = ctx.A2(a)
        head = letterhead(
            ctx,
            firm,
            fa,
            shop_tel,
            None,
            role_mail(ctx, ctx.t(de="info", fr="contact", it="info", en="hello"), dom),
            None,
        )
        pay = ctx.wchoice([("card", 3), ("iban", 3), ("masked", 2)])
        dep = ctx.ri(400, 1600)
        if pay == "card":
            pv = (
                f"{money(ctx, dep, False)} – "
                f"{ctx.t(de='Kreditkarte', fr='carte', it='carta', en='card')} {M('CARD', ctx.card())}"
            )
        elif pay == "masked":
            pv = (
                f"{money(ctx, dep, False)} – {ctx.t(de='Karte', fr='carte', it='carta', en='card')} {ctx.masked_card()}"
            )
        else:
            pv = (
                f"{money(ctx, dep, False)} – "
                f"{ctx.t(de='Überweisung auf', fr='virement sur', it='bonifico su', en='transfer to')} {ctx.IB()}"
            )
        L = ctx.t(
            de=[
                "Auftrag",
                "Kunden",
                "Anschrift",
                "PLZ/Ort",
                "Mobil",
                "E-Mail",
                "Modell",
                "Ringweiten",
                "Gravur Ring 1",
                "Gravur Ring 2",
                "Hochzeit",
                "Anzahlung",
                "Abholung ab",
                "Beraten von",
            ],
            fr=[
                "Commande",
                "Clients",
                "Adresse",
                "NPA/Localité" if ctx.cc == "CH" else "CP/Ville",
                "Portable",
                "E-mail",
                "Modèle",
                "Tours de doigt",
                "Gravure alliance 1",
                "Gravure alliance 2",
                "Mariage",
                "Acompte",
                "Retrait dès le",
                "Conseillé par",
            ],
            it=[
                "Ordine",
                "Clienti",
                "Indirizzo",
                "CAP/Città",
                "Cellulare",
                "E-mail",
                "Modello",
                "Misure",
                "Incisione fede 1",
                "Incisione fede 2",
                "Matrimonio",
                "Acconto",
                "Ritiro dal",
                "Consulente",
            ],
            en=[
                "Order",
                "Customers",
                "Address",
                "Town/postcode" if ctx.cc == "GB" else "City/State/ZIP",
                "Mobile",
                "Email",
                "Model",
                "Ring sizes",
                "Engraving ring 1",
                "Engraving ring 2",
                "Wedding",
                "Deposit",
                "Ready from",
                "Advised by",
            ],
        )
        staff = ctx.person()
        sizes = (
            f"{ctx.ri(48, 58)} / {ctx.ri(58, 68)}"
            if ctx.cc not in ("GB", "US")
            else (f"{ctx.ch('JKLMNO')} / {ctx.ch('RSTUVW')}" if ctx.cc == "GB" else f"{ctx.ri(5, 7)} / {ctx.ri(9, 11)}")
        )
        pairs = [
            (L[0], f"TR-{ctx.ri(2025, 2026)}-{ctx.digits(4)}"),
            (L[1], f"{ctx.N(p1, 'fl')} & {ctx.N(p2, ctx.ch(['fl', 'f']))}"),
            (L[2], s1),
            (L[3], s2),
            (L[4], ctx.pmob(p1)),
            (L[5], ctx.E(p1)),
            (
                L[6],
                ctx.t(
                    de=ctx.ch(["585 GG, 4 mm, matt", "750 WG/RG bicolor 5 mm", "Platin 950, 3,5 mm, Brillant 0,03 ct"]),
                    fr=ctx.ch(
                        ["or jaune 18 carats, 4 mm", "or blanc 750, 5 mm, brossé", "platine 950, diamant 0,03 ct"]
                    ),
                    it=ctx.ch(
                        ["oro giallo 18 kt, 4 mm", "oro bianco 750, 5 mm satinato", "platino 950, brillante 0,03 ct"]
                    ),
                    GB=ctx.ch(
                        [
                            "18ct yellow gold, 4 mm court",
                            "9ct white gold, 5 mm brushed",
                            "platinum, 3.5 mm, 0.03 ct diamond",
                        ]
                    ),
                    US=ctx.ch(
                        [
                            "14k yellow gold, 4 mm comfort fit",
                            "14k white gold, 5 mm brushed",
                            "platinum, 3.5 mm, 0.03 ct diamond",
                        ]
                    ),
                ),
            ),
            (L[7], sizes),
            (L[8], engraving(ctx, p1, p2)),
            (L[9], engraving(ctx, p2, p1)),
            (L[10], ctx.pdate()),
            (L[11], pv),
            (L[12], ctx.pdate()),
            (L[13], ctx.N(staff, ctx.ch(["f", "fl", "F.L"]))),
        ]
        text = head + "\n\n" + form(ctx, pairs)
        return wrap(ctx, text, A)

    if v == 1:
        p = ctx.person()
        a = ctx.addr()
        s1, s2 = ctx.A2(a)
        gm = ctx.person(g="f", kind="region")
        emp = ctx.person()
        idno = ctx.t(
            DE=f"Personalausweis {ctx.ch('LMNT')}{ctx.digits(2)}{ctx.ch('XYZCFG')}{ctx.digits(5)}",
            AT=f"Reisepass P{ctx.digits(7)}",
            CH=f"ID {ctx.ch('CES')}{ctx.digits(7)}",
            CHfr=f"carte d'identité {ctx.ch('CES')}{ctx.digits(7)}",
            CHit=f"carta d'identità {ctx.ch('CES')}{ctx.digits(7)}",
            FR=f"CNI {ctx.digits(12)}",
            IT=f"C.I. CA{ctx.digits(5)}{ctx.ch('ABCDE')}{ctx.ch('ABCDE')}",
            GB=f"driving licence {ctx.digits(5)}{ctx.ch('ABCDEFGH')}{ctx.digits(4)}",
            US=f"DL {ctx.ch('ABCDS')}{ctx.digits(7)}",
        )
        items = []
        tot = 0.0
        for _ in range(ctx.ri(2, 4)):
            g = round(ctx.r.uniform(1.5, 24.0), 1)
            alloy = ctx.ch(["333", "585", "750", "925 Ag"])
            price = g * {"333": 18.5, "585": 33.0, "750": 42.0, "925 Ag": 0.6}[alloy]
            tot += price
            items.append(
                [
                    ctx.t(
                        de=ctx.ch(["Ehering", "Halskette", "Armband", "Ohrstecker (Paar)", "Zahngold"]),
                        fr=ctx.ch(["alliance", "chaîne", "bracelet", "boucles d'oreilles", "or dentaire"]),
                        it=ctx.ch(["fede", "catenina", "bracciale", "orecchini", "oro dentale"]),
                        en=ctx.ch(["wedding band", "necklace", "bracelet", "earrings (pair)", "signet ring"]),
                    ),
                    alloy,
                    f"{g:.1f} g".replace(".", "," if ctx.lang != "en" else "."),
                    money(ctx, price, True),
                ]
            )
        H = ctx.t(
            de=["Artikel", "Legierung", "Gewicht", "Betrag"],
            fr=["Article", "Titre", "Poids", "Montant"],
            it=["Articolo", "Titolo", "Peso", "Importo"],
            en=["Item", "Alloy", "Weight", "Amount"],
        )
        payout = ctx.wchoice(
            [
                (
                    ctx.t(
                        de="Auszahlung per Überweisung auf ",
                        fr="Paiement par virement sur ",
                        it="Pagamento con bonifico su ",
                        en="Paid by bank transfer to ",
                    )
                    + ctx.IB(),
                    3,
                ),
                (ctx.t(de="bar ausgezahlt", fr="payé en espèces", it="pagato in contanti", en="paid in cash"), 1),
            ]
        )
        hdr = ctx.t(
            de=f"ANKAUFSBELEG Edelmetall Nr. {ctx.digits(5)}",
            fr=f"BORDEREAU D'ACHAT MÉTAUX PRÉCIEUX n° {ctx.digits(5)}",
            it=f"SCHEDA COMPRO ORO n. {ctx.digits(5)}",
            en=f"PRECIOUS METAL PURCHASE RECORD No. {ctx.digits(5)}",
        )
        L = ctx.t(
            de=["Verkäufer/in", "geboren am", "Anschrift", "", "Ausweis", "Herkunft der Ware", "Mitarbeiter/in"],
            fr=["Vendeur·euse", "né(e) le", "Adresse", "", "Pièce d'identité", "Provenance", "Employé(e)"],
            it=["Cedente", "nato/a il", "Indirizzo", "", "Documento", "Provenienza", "Operatore"],
            en=["Seller", "Date of birth", "Address", "", "ID", "Provenance", "Staff"],
        )
        prov = ctx.t(
            de=f"Erbe von der Großmutter, {ctx.N(gm, 'fl')}",
            fr=f"héritage de ma grand-mère, {ctx.N(gm, 'fl')}",
            it=f"eredità della nonna, {ctx.N(gm, 'fl')}",
            en=f"inherited from grandmother {ctx.N(gm, 'fl')}",
        )
        pairs = [
            (L[0], ctx.N(p, ctx.ch(["lf", "fl", "LF"]))),
            (L[1], ctx.DOB(age=(20, 88))),
            (L[2], s1),
            (L[2] + " (2)", s2),
            (L[4], idno),
            (L[5], prov),
        ]
        text = (
            firm
            + " – "
            + short_town(ctx.home)
            + "\n"
            + hdr
            + "\n"
            + ctx.pdate()
            + "\n\n"
            + form(ctx, pairs, ctx.ch(["colon", "aligned", "upper", "dots"]))
            + "\n\n"
            + table(ctx, H, items, ctx.ch(["fixed", "md", "tsv"]))
            + "\n\n"
            + ctx.t(de="Summe", fr="Total", it="Totale", en="Total")
            + f": {money(ctx, tot, True)}\n{payout}\n"
            + f"{L[6]}: {ctx.N(emp, ctx.ch(['F.L', 'f', 'fL.']))}"
        )
        return wrap(ctx, text, A)

    if v == 2:
        rows = []
        cust = []
        for _ in range(ctx.ri(2, 3)):
            c = ctx.person()
            cust.append(c)
            nm = ctx.title(c) + " " + ctx.N(c, "l") if ctx.p(0.6) else ctx.N(c, ctx.ch(["lf", "fl"]))
            rows.append(
                [
                    f"R{ctx.digits(4)}",
                    ctx.pdate(),
                    nm,
                    ctx.t(
                        de=ctx.ch(["Uhr: Revision", "Kette löten", "Ring weiten +2", "Batterie", "Perlen neu fädeln"]),
                        fr=ctx.ch(
                            ["montre : révision", "chaîne à souder", "bague à agrandir", "pile", "renfilage perles"]
                        ),
                        it=ctx.ch(
                            [
                                "orologio: revisione",
                                "saldatura catenina",
                                "allargare anello",
                                "pila",
                                "reinfilatura perle",
                            ]
                        ),
                        en=ctx.ch(["watch service", "solder chain", "resize ring +2", "battery", "restring pearls"]),
                    ),
                    (ctx.pmob(c) if ctx.p(0.7) else ctx.PH("land")) if ctx.p(0.6) else "",
                    ctx.t(
                        de=ctx.ch(["offen", "fertig", "abgeholt", "beim Uhrmacher"]),
                        fr=ctx.ch(["en cours", "prêt", "retiré", "chez l'horloger"]),
                        it=ctx.ch(["aperto", "pronto", "ritirato", "dall'orologiaio"]),
                        en=ctx.ch(["open", "ready", "collected", "at watchmaker"]),
                    ),
                ]
            )
        H = ctx.t(
            de=["Nr.", "Eingang", "Kunde", "Arbeit", "Telefon", "Status"],
            fr=["N°", "Entrée", "Client", "Travail", "Téléphone", "Statut"],
            it=["N.", "Ingresso", "Cliente", "Lavoro", "Telefono", "Stato"],
            en=["No.", "In", "Customer", "Job", "Phone", "Status"],
        )
        tbl = table(ctx, H, rows, ctx.ch(["md", "fixed", "ssv", "tsv", "mdraw"]))
        c = cust[0]
        sis = ctx.relative(c, "f")
        staff = ctx.person()
        cm = ctx.email(c)
        sm = ctx.email(staff, dom, True)
        shop_line = ctx.A1(fa) if ctx.p(0.5) else short_town(ctx.home)
        q = ctx.t(
            de=f"{ctx.dear(c)},\n\nIhre Uhr ist zurück vom Uhrmacher und kann abgeholt werden. "
            f"Kosten: {money(ctx, ctx.ri(90, 380), False)}.\n\n{greet_close(ctx)}\n{ctx.N(staff, 'fl')}\n{firm}\n"
            f"{shop_line}\n{shop_tel}",
            fr=f"{ctx.dear(c)},\n\nvotre montre est revenue de l'horloger et peut être retirée. "
            f"Coût : {money(ctx, ctx.ri(90, 380), False)}.\n\n{greet_close(ctx)}\n{ctx.N(staff, 'fl')}\n{firm}\n"
            f"{shop_line}\n{shop_tel}",
            it=f"{ctx.dear(c)},\n\nil Suo orologio è tornato dall'orologiaio e può essere ritirato. "
            f"Costo: {money(ctx, ctx.ri(90, 380), False)}.\n\n{greet_close(ctx)}\n{ctx.N(staff, 'fl')}\n{firm}\n"
            f"{shop_line}\n{shop_tel}",
            en=f"{ctx.dear(c)},\n\nyour watch is back from the watchmaker and ready to collect. "
            f"Cost: {money(ctx, ctx.ri(90, 380), False)}.\n\n{greet_close(ctx)}\n{ctx.N(staff, 'fl')}\n{firm}\n"
            f"{shop_line}\n{shop_tel}",
        )
        quoted = quoted_block(
            ctx,
            staff,
            sm,
            cm,
            ctx.t(de="Ihre Reparatur", fr="Votre réparation", it="La Sua riparazione", en="Your repair"),
            q,
            to_p=c,
        )
        nm = ctx.phone("mobile")
        body = ctx.t(
            de=f"Guten Tag,\n\ndanke! Ich bin bis Monatsende verreist – meine Schwester {ctx.N(sis, 'fl')} holt die "
            "Uhr ab. "
            f"Sie bringt meinen Abholschein mit. Meine neue Handynummer ist {M('PHONE', nm)}.\n\n{greet_close(ctx)}\n"
            f"{ctx.N(c, 'fl')}",
            fr=f"Bonjour,\n\nmerci ! Je suis en voyage jusqu'à la fin du mois – ma sœur {ctx.N(sis, 'fl')} passera "
            "chercher la montre avec le bon. Mon nouveau portable : "
            f"{M('PHONE', nm)}.\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}",
            it=f"Buongiorno,\n\ngrazie! Sono via fino a fine mese – mia sorella {ctx.N(sis, 'fl')} passerà a ritirare "
            "l'orologio con la ricevuta. Il mio nuovo cellulare è "
            f"{M('PHONE', nm)}.\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}",
            en=f"Hello,\n\nthanks! I'm away until the end of the month – my sister {ctx.N(sis, 'fl')} will collect the "
            f"watch with the ticket. My new mobile is {M('PHONE', nm)}.\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}",
        )
        m = mail(
            ctx,
            addr_of(ctx, c, M("EMAIL", cm)),
            addr_of(ctx, staff, M("EMAIL", sm)),
            ctx.t(de="AW: Ihre Reparatur", fr="RE: Votre réparation", it="R: La Sua riparazione", en="Re: Your repair"),
            body,
            quoted=quoted if ctx.p(0.6) else None,
        )
        lead = ctx.t(
            de="Reparaturbuch (Auszug):",
            fr="Cahier des réparations (extrait) :",
            it="Registro riparazioni (estratto):",
            en="Repair book (extract):",
        )
        return wrap(ctx, lead + "\n" + tbl + "\n\n" + m, A)

    # v == 3: web-shop orders + staff chat
    orders = []
    buyers = []
    for _ in range(ctx.wchoice([(1, 2), (2, 2)])):
        b = ctx.person()
        buyers.append(b)
        partner = ctx.person()
        a = ctx.addr()
        pay = ctx.wchoice([("masked", 3), ("card", 1), ("paypal", 1)])
        o = {
            "order_id": f"{ctx.ri(100000, 999999)}",
            "created": f"{ctx.date(2025, 2026)[0]}-{ctx.ri(1, 12):02d}-{ctx.ri(1, 28):02d}T{ctx.time()}:00",
            "customer": {"name": ctx.N(b, "fl"), "email": ctx.E(b), "phone": ctx.pmob(b) if ctx.p(0.6) else None},
            "shipping": {"street": M("ADDRESS", a.street), "city": M("ADDRESS", a.town_line())},
            "items": [{"sku": f"RG-{ctx.digits(4)}", "qty": 1, "engraving": engraving(ctx, partner, b)}],
            "payment": (
                {"method": "card", "number": M("CARD", ctx.card())}
                if pay == "card"
                else {"method": "card", "number": ctx.masked_card()}
                if pay == "masked"
                else {"method": "paypal"}
            ),
            "client_ip": ctx.IP(),
        }
        orders.append(o)
    st = [ctx.person(), ctx.person()]
    c0 = buyers[0]
    msgs = ctx.t(
        de=[
            (ctx.N(st[0], "f"), f"bei {orders[0]['order_id']} steht die gravur komisch, ist das ein name?"),
            (
                ctx.N(st[1], ctx.ch(["f", "nick"])),
                f"ja, hab mit {ctx.gw(c0, 'Herrn', 'Frau')} {ctx.N(c0, 'l')} telefoniert, passt so",
            ),
            (ctx.N(st[0], "f"), "ok, dann geht's morgen zum graveur"),
        ],
        fr=[
            (ctx.N(st[0], "f"), f"la gravure de la commande {orders[0]['order_id']} est bizarre, c'est un prénom ?"),
            (
                ctx.N(st[1], ctx.ch(["f", "nick"])),
                f"oui, j'ai eu {ctx.title(c0)} {ctx.N(c0, 'l')} au téléphone, c'est bon",
            ),
            (ctx.N(st[0], "f"), "ok, je l'envoie demain au graveur"),
        ],
        it=[
            (ctx.N(st[0], "f"), f"nell'ordine {orders[0]['order_id']} l'incisione è strana, è un nome?"),
            (
                ctx.N(st[1], ctx.ch(["f", "nick"])),
                f"sì, ho sentito {ctx.gw(c0, 'il signor', 'la signora')} {ctx.N(c0, 'l')}, va bene così",
            ),
            (ctx.N(st[0], "f"), "ok, domani va all'incisore"),
        ],
        en=[
            (ctx.N(st[0], "f"), f"engraving on {orders[0]['order_id']} looks odd, is that a name?"),
            (ctx.N(st[1], ctx.ch(["f", "nick"])), f"yes, spoke to {ctx.title(c0)} {ctx.N(c0, 'l')}, it's correct"),
            (ctx.N(st[0], "f"), "ok, off to the engraver tomorrow"),
        ],
    )
    data = jdump(ctx, orders) if ctx.p(0.6) else jlines(ctx, orders)
    return wrap(ctx, data + "\n\n" + chat(ctx, msgs), A)


# ======================================================================================================================
# 4. detective - private investigators: intake, observation logs, tracing results, invoices and case chats
# ======================================================================================================================
DET_ASKS = {
    0: asks(
        de=["Bitte prüfe das Mandatsformular auf Vollständigkeit.", "Mach mir eine Auftragsbestätigung daraus."],
        fr=["Vérifie si la fiche de mandat est complète.", "Fais-moi une confirmation de mandat."],
        it=["Controlla che il modulo di incarico sia completo.", "Fammi una conferma d'incarico."],
        en=["Check the intake form is complete.", "Turn this into an engagement letter."],
    ),
    1: asks(
        de=["Formuliere den Bericht bitte sachlicher.", "Bitte zusammenfassen für den Auftraggeber."],
        fr=["Rends ce rapport plus neutre, stp.", "Résume pour le client."],
        it=["Rendi il rapporto più neutro, per favore.", "Riassumi per il cliente."],
        en=["Make this report sound more neutral.", "Summarise this for the client."],
    ),
    2: asks(
        de=["Bitte eine kurze Aktennotiz daraus."],
        fr=["Fais-en une note au dossier."],
        it=["Ricavane una breve nota per il fascicolo."],
        en=["Write a short file note from this."],
    ),
    3: asks(
        de=["Stimmt die Rechnung mit den Stunden im Chat überein?"],
        fr=["La facture correspond-elle aux heures du chat ?"],
        it=["La fattura corrisponde alle ore della chat?"],
        en=["Does the invoice match the hours in the chat?"],
    ),
}


def plate(ctx: Ctx) -> str:
    return ctx.t(
        DE=f"{ctx.ch(['M', 'B', 'HH', 'K', 'S', 'F', 'KA', 'OS'])}-"
        f"{ctx.ch('ABCDEFGHKLMNPRST')}{ctx.ch('ABCDEFGHKLMNPRST')} {ctx.ri(1, 9999)}",
        AT=f"{ctx.ch(['W', 'G', 'L', 'S', 'I', 'K'])}-{ctx.ri(100, 99999)} {ctx.ch('ABCDEFGHKLMN')}",
        CHde=f"{ctx.ch(['ZH', 'BE', 'LU', 'AG', 'SG', 'BS'])} {ctx.ri(1000, 999999)}",
        CHfr=f"{ctx.ch(['VD', 'GE', 'FR', 'NE', 'VS'])} {ctx.ri(1000, 999999)}",
        CHit=f"TI {ctx.ri(1000, 399999)}",
        FR=f"{ctx.ch('ABCDEFGH')}{ctx.ch('ABCDEFGH')}-{ctx.digits(3)}-{ctx.ch('JKLMNPQR')}{ctx.ch('STVWXYZ')}",
        IT=f"{ctx.ch('ABCDEFG')}{ctx.ch('ABCDEFGHJ')}{ctx.digits(3)}{ctx.ch('KLMNPRS')}{ctx.ch('TVWXYZ')}",
        GB=f"{ctx.ch(['AB', 'LD', 'MA', 'YK', 'BK'])}{ctx.ri(51, 74)} "
        f"{ctx.ch('ABCDEFGHJKLMN')}{ctx.ch('PRSTUVWXYZ')}{ctx.ch('ABCDEF')}",
        US=f"{ctx.digits(1)}{ctx.ch('ABCDEFGHJK')}{ctx.ch('LMNPRSTUVWXY')}{ctx.ch('ABCDEF')}{ctx.digits(3)}",
    )


def g_detective(ctx: Ctx, v: int) -> str:
    firm, _, dom = firm_name_from(ctx, "detect")
    fa = ctx.addr(town=ctx.home, business=True)
    A = DET_ASKS[v]
    inv = ctx.person()
    if v == 0:
        c = ctx.person()
        ca = ctx.addr()
        tgt = ctx.person()
        ta = ctx.addr(town=ctx.town())
        kind = ctx.ch(["trace", "trace", "witness"])
        L = ctx.t(
            de=[
                "Auftraggeber/in",
                "Geburtsdatum",
                "Anschrift",
                "PLZ/Ort",
                "Telefon",
                "E-Mail",
                "Auftrag",
                "Gesuchte Person",
                "geb.",
                "Letzte bekannte Anschrift",
                "",
                "Hinweise",
                "Vorschuss",
                "Bearbeiter/in",
            ],
            fr=[
                "Mandant(e)",
                "Date de naissance",
                "Adresse",
                "NPA/Localité" if ctx.cc == "CH" else "CP/Ville",
                "Téléphone",
                "E-mail",
                "Mission",
                "Personne recherchée",
                "née le" if tgt.g == "f" else "né le",
                "Dernière adresse connue",
                "",
                "Indices",
                "Provision",
                "Enquêteur·rice",
            ],
            it=[
                "Committente",
                "Data di nascita",
                "Indirizzo",
                "CAP/Località",
                "Telefono",
                "E-mail",
                "Incarico",
                "Persona ricercata",
                "nata il" if tgt.g == "f" else "nato il",
                "Ultimo indirizzo noto",
                "",
                "Indizi",
                "Anticipo",
                "Incaricato/a",
            ],
            en=[
                "Client",
                "Date of birth",
                "Address",
                "Town" if ctx.cc == "GB" else "City/State/ZIP",
                "Phone",
                "Email",
                "Instruction",
                "Subject",
                "DOB",
                "Last known address",
                "",
                "Notes",
                "Retainer",
                "Case officer",
            ],
        )
        mission = ctx.t(
            de="Aufenthaltsermittlung (Schuldner)" if kind == "trace" else "Zeugenermittlung (Verkehrsunfall)",
            fr="recherche de débiteur" if kind == "trace" else "recherche de témoin (accident)",
            it="rintraccio debitore" if kind == "trace" else "ricerca testimone (incidente)",
            en="debtor trace" if kind == "trace" else "witness trace (road accident)",
        )
        hint = ctx.t(
            de=f"arbeitete zuletzt bei {ctx.ch(['einer Spedition', 'einem Baumarkt', 'der Post'])}, fährt {plate(ctx)}",
            fr=f"travaillait dans {ctx.ch(['une entreprise de transport', 'un supermarché', 'la restauration'])}, "
            f"véhicule {plate(ctx)}",
            it=f"lavorava in {ctx.ch(['una ditta di trasporti', 'un supermercato', 'un ristorante'])}, auto "
            f"{plate(ctx)}",
            en=f"last worked for {ctx.ch(['a haulage firm', 'a DIY store', 'a pub'])}, drives {plate(ctx)}",
        )
        c1, c2 = ctx.A2(ca)
        t1, t2 = ctx.A2(ta)
        ret = money(ctx, ctx.ch([600, 900, 1500]), False)
        pay = (
            f"{ret} – {ctx.IB()}"
            if ctx.cc != "US"
            else f"{ret} – card {M('CARD', ctx.card())}"
            if ctx.p(0.5)
            else f"{ret} – card {ctx.masked_card()}"
        )
        pairs = [
            (L[0], ctx.N(c, ctx.ch(["fl", "lf"]))),
            (L[1], ctx.DOB(age=(25, 80))),
            (L[2], c1),
            (L[3], c2),
            (L[4], ctx.pmob(c)),
            (L[5], ctx.E(c)),
            (L[6], mission),
            (L[7], ctx.N(tgt, ctx.ch(["fl", "LF", "lf"]))),
            (
                L[8],
                ctx.DOB(age=(22, 70))
                if ctx.p(0.7)
                else ctx.t(de="ca. 45 Jahre", fr="env. 45 ans", it="circa 45 anni", en="approx. 45"),
            ),
            (L[9], t1),
            (L[10] or L[9] + " (2)", t2),
            (L[11], hint),
            (L[12], pay),
            (L[13], ctx.N(inv, ctx.ch(["fl", "F.L"]))),
        ]
        pairs = [(k if k else "…", val) for k, val in pairs]
        head = ctx.t(
            de=f"{firm} – Mandatsaufnahme Az. {ctx.digits(3)}/{ctx.ri(25, 26)}",
            fr=f"{firm} – fiche de mandat n° {ctx.digits(4)}",
            it=f"{firm} – scheda incarico n. {ctx.digits(4)}",
            en=f"{firm} – client intake, case {ctx.digits(4)}",
        )
        return wrap(ctx, head + "\n\n" + form(ctx, pairs), A)

    if v == 1:
        zp = ctx.person()
        za = ctx.addr(town=ctx.home)
        other = ctx.person(g=ctx.ch("fm"))
        oa = ctx.addr(town=ctx.home)
        obs = [ctx.person(), ctx.person()]
        pl = plate(ctx)
        d = ctx.pdate()
        zpn = ctx.t(de="ZP", fr="la personne observée", it="il soggetto", en="the subject")
        log = ctx.t(
            de=[
                f"06:55  Beginn Observation vor {M('ADDRESS', za.street)} (Team: {ctx.N(obs[0], 'F.L')}, "
                f"{ctx.N(obs[1], 'F.L')})",
                f"07:42  ZP ({ctx.N(zp, 'fl')}) verlässt das Haus, steigt in {pl}",
                "08:10  ZP hält an einer Bäckerei, ca. 6 min",
                f"08:31  ZP parkt vor {M('ADDRESS', oa.street)}; öffnet mit eigenem Schlüssel",
                f"10:05  {'eine Frau' if other.g == 'f' else 'ein Mann'} verlässt das Haus mit ZP; Klingelschild: "
                f"{ctx.N(other, 'l')}",
                "10:20  ZP trägt Umzugskartons, keine erkennbaren Einschränkungen (Fotos 014–031)",
                "12:40  Abbruch, ZP fährt Richtung Autobahn",
            ],
            fr=[
                f"06:55  Début de la surveillance devant le {M('ADDRESS', za.street)} (équipe : "
                f"{ctx.N(obs[0], 'F.L')}, {ctx.N(obs[1], 'F.L')})",
                f"07:42  {ctx.N(zp, 'fl')} quitte le domicile, monte dans {pl}",
                "08:10  arrêt dans une boulangerie, env. 6 min",
                f"08:31  stationne devant le {M('ADDRESS', oa.street)} ; entre avec sa propre clé",
                f"10:05  sort avec {'une femme' if other.g == 'f' else 'un homme'} ; nom sur la sonnette : "
                f"{ctx.N(other, 'l')}",
                "10:20  porte des cartons de déménagement sans gêne apparente (photos 014–031)",
                "12:40  fin de la surveillance",
            ],
            it=[
                f"06:55  Inizio osservazione davanti a {M('ADDRESS', za.street)} (squadra: {ctx.N(obs[0], 'F.L')}, "
                f"{ctx.N(obs[1], 'F.L')})",
                f"07:42  {ctx.N(zp, 'fl')} esce di casa, sale su {pl}",
                "08:10  sosta in un bar, circa 6 min",
                f"08:31  parcheggia davanti a {M('ADDRESS', oa.street)}; entra con chiavi proprie",
                f"10:05  esce con {'una donna' if other.g == 'f' else 'un uomo'}; sul campanello: {ctx.N(other, 'l')}",
                "10:20  trasporta scatoloni senza difficoltà evidenti (foto 014–031)",
                "12:40  fine osservazione",
            ],
            en=[
                f"06:55  Surveillance starts outside {M('ADDRESS', za.street)} (team: {ctx.N(obs[0], 'F.L')}, "
                f"{ctx.N(obs[1], 'F.L')})",
                f"07:42  Subject ({ctx.N(zp, 'fl')}) leaves the house, drives off in {pl}",
                "08:10  Subject stops at a coffee shop, approx. 6 min",
                f"08:31  Subject parks outside {M('ADDRESS', oa.street)}; lets himself in"
                if zp.g == "m"
                else f"08:31  Subject parks outside {M('ADDRESS', oa.street)}; lets herself in",
                f"10:05  Subject leaves with a {'woman' if other.g == 'f' else 'man'}; name on the doorbell: "
                f"{ctx.N(other, 'l')}",
                "10:20  Subject carries moving boxes without visible difficulty (photos 014–031)",
                "12:40  Surveillance ends",
            ],
        )
        head = ctx.t(
            de=f"OBSERVATIONSBERICHT – {firm}\nAz. {ctx.digits(3)}/{ctx.ri(25, 26)} · Datum: {d} · {zpn}: "
            f"{ctx.N(zp, 'LF')}, {M('ADDRESS', za.street)}, {M('ADDRESS', za.town_line())}",
            fr=f"RAPPORT DE SURVEILLANCE – {firm}\nDossier {ctx.digits(4)} · Date : {d} · Personne : "
            f"{ctx.N(zp, 'LF')}, {M('ADDRESS', za.street)}, {M('ADDRESS', za.town_line())}",
            it=f"RAPPORTO DI OSSERVAZIONE – {firm}\nPratica {ctx.digits(4)} · Data: {d} · Soggetto: "
            f"{ctx.N(zp, 'LF')}, {M('ADDRESS', za.street)}, {M('ADDRESS', za.town_line())}",
            en=f"SURVEILLANCE LOG – {firm}\nCase {ctx.digits(4)} · Date: {d} · Subject: {ctx.N(zp, 'LF')}, "
            f"{M('ADDRESS', za.street)}, {M('ADDRESS', za.town_line())}",
        )
        sig = signature(ctx, obs[0], [firm])
        return wrap(ctx, head + "\n\n" + "\n".join(log) + "\n\n" + sig, A)

    if v == 2:
        para = ctx.person()
        law = ctx.person()
        w = ctx.person()
        wa = ctx.addr(town=ctx.town())
        ldom = org_domain(
            ctx,
            ctx.t(
                de=f"Kanzlei {law.last}",
                fr=f"cabinet {law.last} avocats",
                it=f"studio legale {law.last}",
                en=f"{law.last} law",
            ),
            False,
        )
        pm = ctx.email(para, ldom, True)
        im = ctx.email(inv, dom, True)
        w1, w2 = ctx.A2(wa)
        q = ctx.t(
            de=f"{ctx.dear(para)},\n\nwir konnten den Zeugen ermitteln:\n\n{ctx.N(w, 'fl')}, geb. "
            f"{ctx.DOB(age=(22, 75))}\n"
            f"{w1}\n{w2}\nMobil: {ctx.pmob(w)}\n\n{ctx.title(w)} {ctx.N(w, 'l')} ist grundsätzlich bereit, auszusagen; "
            f"am besten abends erreichbar.\n\n{greet_close(ctx)}\n{ctx.N(inv, 'fl')}\n{firm}",
            fr=f"{ctx.dear(para)},\n\nnous avons retrouvé le témoin :\n\n{ctx.N(w, 'fl')}, {ctx.born(w)} "
            f"{ctx.DOB(age=(22, 75))}\n"
            f"{w1}\n{w2}\nPortable : {ctx.pmob(w)}\n\n{ctx.title(w)} {ctx.N(w, 'l')} accepte en principe de témoigner "
            "; "
            f"joignable plutôt le soir.\n\n{greet_close(ctx)}\n{ctx.N(inv, 'fl')}\n{firm}",
            it=f"{ctx.dear(para)},\n\nabbiamo rintracciato il testimone:\n\n{ctx.N(w, 'fl')}, {ctx.born(w)} "
            f"{ctx.DOB(age=(22, 75))}\n"
            f"{w1}\n{w2}\nCellulare: {ctx.pmob(w)}\n\n{ctx.title(w).capitalize()} {ctx.N(w, 'l')} è "
            f"{'disposta' if w.g == 'f' else 'disposto'} a "
            f"testimoniare; meglio chiamare la sera.\n\n{greet_close(ctx)}\n{ctx.N(inv, 'fl')}\n{firm}",
            en=f"{ctx.dear(para)},\n\nwe have traced the witness:\n\n{ctx.N(w, 'fl')}, DOB {ctx.DOB(age=(22, 75))}\n"
            f"{w1}\n{w2}\nMobile: {ctx.pmob(w)}\n\n{ctx.title(w)} {ctx.N(w, 'l')} is in principle willing to give "
            f"a statement; best reached in the evening.\n\n{greet_close(ctx)}\n{ctx.N(inv, 'fl')}\n{firm}",
        )
        subj = ctx.t(
            de="Zeugenermittlung – Ergebnis",
            fr="Recherche de témoin – résultat",
            it="Ricerca testimone – esito",
            en="Witness trace – result",
        )
        quoted = quoted_block(ctx, inv, im, pm, subj, q, to_p=para)
        body = ctx.t(
            de=f"{ctx.dear(law)},\n\nanbei das Ergebnis der Detektei. Soll ich den Zeugen anschreiben? Ich bin morgen "
            f"unter {M('PHONE', ctx.phone('land', ctx.home[2], ext=True))} erreichbar.\n\n{greet_close(ctx)}\n"
            f"{ctx.N(para, 'fl')}",
            fr=f"{ctx.dear(law)},\n\nci-dessous le résultat de l'agence. Dois-je écrire au témoin ? Je suis joignable "
            f"demain au {M('PHONE', ctx.phone('land', ctx.home[2]))}.\n\n{greet_close(ctx)}\n{ctx.N(para, 'fl')}",
            it=f"{ctx.dear(law)},\n\nqui sotto l'esito dell'agenzia. Scrivo io al testimone? Domani sono raggiungibile "
            "al "
            f"{M('PHONE', ctx.phone('land', ctx.home[2]))}.\n\n{greet_close(ctx)}\n{ctx.N(para, 'fl')}",
            en=f"{ctx.dear(law)},\n\nsee the agency's result below. Shall I write to the witness? I'm on "
            f"{M('PHONE', ctx.phone('land', ctx.home[2], ext=True))} "
            f"tomorrow.\n\n{greet_close(ctx)}\n{ctx.N(para, 'fl')}",
        )
        m = mail(
            ctx,
            addr_of(ctx, para, M("EMAIL", pm)),
            addr_of(ctx, law, M("EMAIL", ctx.email(law, ldom, True))),
            ctx.t(de="WG: ", fr="TR: ", it="I: ", en="Fwd: ") + subj,
            body,
            quoted=quoted,
        )
        return wrap(ctx, m, A)

    # v == 3: case chat + invoice
    b = ctx.person()
    zp = ctx.person()
    num = ctx.phone("mobile")
    cam = ctx.lan_ip()
    za = ctx.addr(town=ctx.home)
    snd = [ctx.N(inv, ctx.ch(["f", "nick", "fl"])), M("PHONE", num)]
    msgs = ctx.t(
        de=[
            (snd[0], f"zp ist seit 9 bei der mutter von {ctx.N(zp, 'l')}, {M('ADDRESS', za.street)}"),
            (snd[1], "bin in position. kamera im auto läuft, stream auf " + cam),
            (snd[0], "gut. ablösung 14 uhr, stunden bitte in die liste"),
            (
                snd[1],
                f"ok. {ctx.gw(b, 'auftraggeber', 'auftraggeberin')} "
                f"{ctx.N(b, 'l')} hat angerufen, will zwischenbericht",
            ),
        ],
        fr=[
            (snd[0], f"la cible est chez la mère de {ctx.N(zp, 'l')} depuis 9 h, {M('ADDRESS', za.street)}"),
            (snd[1], "en position. caméra embarquée ok, flux sur " + cam),
            (snd[0], "bien. relève à 14 h, note tes heures"),
            (snd[1], f"ok. le client {ctx.N(b, 'l')} a appelé, il veut un point d'étape"),
        ],
        it=[
            (snd[0], f"il soggetto è dalla madre di {ctx.N(zp, 'l')} dalle 9, {M('ADDRESS', za.street)}"),
            (snd[1], "sono in posizione. telecamera in auto attiva, stream su " + cam),
            (snd[0], "bene. cambio alle 14, segna le ore"),
            (snd[1], f"ok. il cliente {ctx.N(b, 'l')} ha chiamato, vuole un aggiornamento"),
        ],
        en=[
            (snd[0], f"subject at {ctx.N(zp, 'l')}'s mum's since 9, {M('ADDRESS', za.street)}"),
            (snd[1], "in position. dash cam streaming to " + cam),
            (snd[0], "good. handover at 2pm, log your hours"),
            (snd[1], f"ok. client {ctx.N(b, 'l')} rang, wants an interim report"),
        ],
    )
    ba = ctx.addr()
    b1, b2 = ctx.A2(ba)
    tel = M("PHONE", ctx.phone("land", fa.area))
    head = letterhead(
        ctx,
        firm,
        fa,
        tel,
        None,
        role_mail(ctx, ctx.t(de="kontakt", fr="contact", it="info", en="enquiries"), dom),
        None,
    )
    h1, h2 = ctx.ri(8, 22), ctx.ri(120, 480)
    inv_txt = ctx.t(
        de=f"{ctx.N(b, 'fl')}\n{b1}\n{b2}\n\nRechnung {ctx.digits(5)} vom {ctx.pdate()}\nObservation {h1} Std. à "
        f"{money(ctx, 75, False)}\nFahrtkosten {h2} km à {money(ctx, 0.5, True)}\nBericht und Fotodokumentation\n\n"
        f"Bitte überweisen Sie den Betrag auf {ctx.IB()}.",
        fr=f"{ctx.N(b, 'fl')}\n{b1}\n{b2}\n\nFacture {ctx.digits(5)} du {ctx.pdate()}\nSurveillance {h1} h à "
        f"{money(ctx, 70, False)}\nFrais kilométriques {h2} km\nRapport et photos\n\nRèglement sur {ctx.IB()}.",
        it=f"{ctx.N(b, 'fl')}\n{b1}\n{b2}\n\nFattura {ctx.digits(4)} del {ctx.pdate()}\nOsservazione {h1} ore a "
        f"{money(ctx, 65, False)}\nRimborso km {h2}\nRelazione e foto\n\nPagamento su {ctx.IB()}.",
        en=f"{ctx.N(b, 'fl')}\n{b1}\n{b2}\n\nInvoice {ctx.digits(5)} dated {ctx.pdate()}\nSurveillance {h1} hrs at "
        f"{money(ctx, 85, False)}\nMileage {h2} mi\nReport and photo log\n\n"
        + (f"Please pay to {ctx.IB()}." if ctx.cc == "GB" else "Payment due within 15 days."),
    )
    if ctx.p(0.5):
        msgs = msgs[:-1]
    return wrap(ctx, chat(ctx, msgs) + "\n\n" + head + "\n\n" + inv_txt, A)


# ======================================================================================================================
# 5. naturopath - naturopaths and complementary therapists: intake forms, invoices, appointment mails, bookings
# ======================================================================================================================
NAT_ASKS = {
    0: asks(
        de=["Bitte übertrag den Anamnesebogen in meine Karteikarte.", "Fehlt etwas im Aufnahmebogen?"],
        fr=["Reporte le questionnaire dans ma fiche patient.", "Manque-t-il quelque chose ?"],
        it=["Trascrivi il questionario nella scheda cliente.", "Manca qualcosa nel modulo?"],
        en=["Copy this intake form into my client record.", "Is anything missing on the form?"],
    ),
    1: asks(
        de=["Ist die Rechnung so korrekt für die Zusatzversicherung?"],
        fr=["La facture est-elle correcte pour l'assurance complémentaire ?"],
        it=["La fattura va bene per l'assicurazione complementare?"],
        en=["Is this invoice fine for the insurer?"],
    ),
    2: asks(
        de=["Bitte kurze Antwort: Termin bestätigen."],
        fr=["Réponse courte : confirmer le rendez-vous."],
        it=["Risposta breve: confermare l'appuntamento."],
        en=["Short reply please: confirm the appointment."],
    ),
    3: asks(
        de=["Welche Termine sind neu? Bitte Liste."],
        fr=["Quels rendez-vous sont nouveaux ? Liste stp."],
        it=["Quali appuntamenti sono nuovi? Elenco per favore."],
        en=["Which bookings are new? List please."],
    ),
}


def practice_name(ctx: Ctx, th: Person) -> str:
    t = short_town(ctx.home)
    return ctx.t(
        DE=ctx.ch(
            [
                f"Naturheilpraxis {ctx.ch(['am Stadtpark', 'Lindenhof', 'im Kloster'])}",
                f"Heilpraktikerpraxis {t}",
                f"Praxis für Naturheilkunde {t}",
            ]
        ),
        AT=ctx.ch([f"Praxis für TCM {t}", f"Shiatsu & Kräuter {t}", "Praxis Lebensquell"]),
        CH=ctx.ch([f"Naturheilpraxis {t}", "Praxis Sonnenblick", f"Zentrum für Komplementärmedizin {t}"]),
        CHfr=ctx.ch([f"Cabinet de naturopathie {t}", "Espace Santé Naturelle", "Cabinet Les Tilleuls"]),
        FR=ctx.ch([f"Cabinet de naturopathie {t}", "Naturo'Harmonie", "Cabinet Les Tilleuls"]),
        CHit=ctx.ch([f"Studio di naturopatia {t}", "Centro Benessere Il Glicine"]),
        IT=ctx.ch([f"Studio di naturopatia {t}", "Centro Olistico Il Melograno", "Studio Erbe & Salute"]),
        GB=ctx.ch([f"{t} Herbal Clinic", "The Willow Tree Practice", f"{t} Natural Health Centre"]),
        US=ctx.ch([f"{t} Naturopathic Clinic", "Cedar Grove Integrative Health", f"{t} Wellness Collective"]),
    )


def g_naturopath(ctx: Ctx, v: int) -> str:
    th = ctx.person()
    pname = practice_name(ctx, th)
    pa = ctx.addr(town=ctx.home, business=True)
    dom = org_domain(ctx, pname, False)
    ptel = M("PHONE", ctx.phone("land", pa.area))
    A = NAT_ASKS[v]
    if v == 0:
        c = ctx.person()
        a = ctx.addr()
        gp = ctx.person()
        ec = ctx.relative(c) if ctx.p(0.5) else ctx.person()
        s1, s2 = ctx.A2(a)
        L = ctx.t(
            de=[
                "Name",
                "Vorname",
                "Geburtsdatum",
                "Straße",
                "PLZ, Ort",
                "Telefon",
                "E-Mail",
                "Krankenkasse",
                "AHV-Nr.",
                "Hausarzt/Hausärztin",
                "Notfallkontakt",
                "Beschwerden",
                "Medikamente",
                "Allergien",
            ],
            fr=[
                "Nom",
                "Prénom",
                "Date de naissance",
                "Rue",
                "NPA, localité" if ctx.cc == "CH" else "CP, ville",
                "Téléphone",
                "E-mail",
                "Assurance",
                "N° AVS",
                "Médecin traitant",
                "Personne à prévenir",
                "Motif",
                "Médicaments",
                "Allergies",
            ],
            it=[
                "Cognome",
                "Nome",
                "Data di nascita",
                "Via",
                "CAP, località",
                "Telefono",
                "E-mail",
                "Cassa malati" if ctx.cc == "CH" else "Assicurazione",
                "N. AVS",
                "Medico curante",
                "Contatto d'emergenza",
                "Disturbi",
                "Farmaci",
                "Allergie",
            ],
            en=[
                "Surname",
                "First name",
                "Date of birth",
                "Address",
                "Town, postcode" if ctx.cc == "GB" else "City, State ZIP",
                "Phone",
                "Email",
                "Insurer",
                "AHV",
                "GP" if ctx.cc == "GB" else "Primary care physician",
                "Emergency contact",
                "Main complaint",
                "Medication",
                "Allergies",
            ],
        )
        ins = ctx.t(
            DE=ctx.ch(["TK", "AOK Bayern", "Barmer", "DAK", "privat (Debeka)"]),
            AT=ctx.ch(["ÖGK", "BVAEB", "SVS"]),
            CH=ctx.ch(["CSS", "Helsana", "Sanitas", "Visana", "SWICA"]),
            CHfr=ctx.ch(["Groupe Mutuel", "CSS", "Helsana"]),
            CHit=ctx.ch(["CSS", "Helsana", "Groupe Mutuel"]),
            FR=ctx.ch(["CPAM + mutuelle MGEN", "Harmonie Mutuelle"]),
            IT=ctx.ch(["SSN", "Unisalute", "RBM Salute"]),
            GB="—",
            US=ctx.ch(["Aetna PPO", "Blue Cross Blue Shield", "Cigna"]),
        )
        comp = ctx.t(
            de=ctx.ch(["Schlafstörungen, Erschöpfung", "Reizdarm", "Migräne seit Jahren", "Heuschnupfen"]),
            fr=ctx.ch(["troubles du sommeil", "fatigue chronique", "migraines", "troubles digestifs"]),
            it=ctx.ch(["insonnia", "stanchezza cronica", "emicrania", "disturbi digestivi"]),
            en=ctx.ch(["poor sleep, fatigue", "IBS", "migraines", "hay fever"]),
        )
        pairs = [
            (L[0], ctx.N(c, "l")),
            (L[1], ctx.N(c, "f")),
            (L[2], ctx.DOB(age=(18, 82))),
            (L[3], s1),
            (L[4], s2),
            (L[5], ctx.pmob(c)),
            (L[6], ctx.E(c)),
            (L[7], ins),
        ]
        if ctx.cc == "CH":
            pairs.append((L[8], ctx.AHV()))
        pairs += [
            (
                L[9],
                ctx.t(de="Dr. med. ", fr="Dr ", it="Dott. ", en="Dr ")
                + ctx.N(gp, ctx.ch(["fl", "l"]))
                + (", " + short_town(ctx.home) if ctx.p(0.5) else ""),
            ),
            (L[10], ctx.N(ec, "fl") + " " + (ctx.pmob(ec) if ctx.p(0.8) else "")),
            (L[11], comp),
            (
                L[12],
                ctx.t(de="keine", fr="aucun", it="nessuno", en="none")
                if ctx.p(0.5)
                else ctx.t(de="L-Thyroxin 50", fr="Lévothyrox 50", it="Eutirox 50", en="levothyroxine 50"),
            ),
            (
                L[13],
                ctx.ch(
                    [
                        ctx.t(de="Nickel", fr="nickel", it="nichel", en="nickel"),
                        "—",
                        ctx.t(de="Pollen", fr="pollens", it="pollini", en="pollen"),
                        ctx.t(de="Penicillin", fr="pénicilline", it="penicillina", en="penicillin"),
                    ]
                ),
            ),
        ]
        pairs = [(k, val.strip()) for k, val in pairs]
        head = ctx.t(
            de=f"{pname} – Anamnesebogen",
            fr=f"{pname} – questionnaire de première consultation",
            it=f"{pname} – scheda anamnestica",
            en=f"{pname} – new client form",
        )
        cons = ctx.t(
            de="Ich bin einverstanden, dass meine Daten zur Behandlung gespeichert werden.",
            fr="J'accepte que mes données soient conservées pour le suivi.",
            it="Acconsento al trattamento dei miei dati ai fini della consulenza.",
            en="I consent to my data being stored for my treatment.",
        )
        return wrap(
            ctx, head + "\n\n" + form(ctx, pairs) + "\n\n" + cons + f"\n{short_town(ctx.home)}, {ctx.pdate()}", A
        )

    if v == 1:
        c = ctx.person()
        a = ctx.addr()
        s1, s2 = ctx.A2(a)
        head = letterhead(
            ctx,
            pname
            + "\n"
            + ctx.N(th, "fl")
            + ", "
            + ctx.t(
                DE="Heilpraktiker" if th.g == "m" else "Heilpraktikerin",
                AT="TCM-Praktiker" if th.g == "m" else "TCM-Praktikerin",
                CH="Naturheilpraktiker TEN mit eidg. Diplom"
                if th.g == "m"
                else "Naturheilpraktikerin TEN mit eidg. Diplom",
                CHfr="naturopathe MTE",
                CHit="naturopata MTE",
                FR="naturopathe",
                IT="naturopata",
                GB="medical herbalist, MNIMH",
                US="ND",
            ),
            pa,
            ptel,
            None,
            None,
            None,
        )
        rows = []
        tot = 0.0
        for _ in range(ctx.ri(2, 4)):
            dur = ctx.ch([30, 45, 60])
            price = dur * ctx.ch([1.6, 1.8, 2.0])
            tot += price
            rows.append(
                [
                    ctx.pdate(),
                    ctx.t(
                        de=ctx.ch(["Anamnese", "Akupunktur", "Phytotherapie", "Schröpfen"]),
                        fr=ctx.ch(["anamnèse", "réflexologie", "phytothérapie", "conseil nutrition"]),
                        it=ctx.ch(["anamnesi", "riflessologia", "fitoterapia", "consulenza"]),
                        en=ctx.ch(["consultation", "follow-up", "herbal prescription", "acupuncture"]),
                    ),
                    f"{dur} min",
                    money(ctx, price, True),
                ]
            )
        H = ctx.t(
            de=["Datum", "Leistung", "Dauer", "Betrag"],
            fr=["Date", "Prestation", "Durée", "Montant"],
            it=["Data", "Prestazione", "Durata", "Importo"],
            en=["Date", "Service", "Length", "Amount"],
        )
        ids = ctx.t(
            CH=f"ZSR {ctx.ch('ABCDEFGHJKLMNPR')}{ctx.digits(6)} · EMR {ctx.digits(5)} · GLN 7601{ctx.digits(9)}",
            CHfr=f"RCC {ctx.ch('ABCDEFGHJ')}{ctx.digits(6)} · ASCA {ctx.digits(5)} · GLN 7601{ctx.digits(9)}",
            CHit=f"RCC {ctx.ch('ABCDEFGHJ')}{ctx.digits(6)} · ASCA {ctx.digits(5)}",
            DE=f"St.-Nr. {ctx.digits(3)}/{ctx.digits(3)}/{ctx.digits(5)} · GebüH",
            AT=f"UID ATU{ctx.digits(8)}",
            FR=f"SIRET {ctx.digits(14)}",
            IT=f"P.IVA {ctx.digits(11)}",
            GB="",
            US=f"NPI {ctx.digits(10)}",
        )
        pat = ctx.t(de="Patient/in", fr="Patient(e)", it="Paziente", en="Patient")
        born = ctx.born(c, "DOB")
        lines = [f"{pat}: {ctx.N(c, ctx.ch(['fl', 'lf']))}, {born} {ctx.DOB(age=(18, 85))}", s1, s2]
        if ctx.cc == "CH":
            lines.append(ctx.t(de="AHV-Nr.: ", fr="N° AVS : ", it="N. AVS: ") + ctx.AHV())
        if ctx.cc == "US":
            lines.append(f"Dx: {ctx.ch(['R53.83', 'K58.9', 'G43.909', 'F51.01'])}")
        pay = (
            (
                ctx.t(
                    de="Zahlbar innerhalb von 30 Tagen auf ",
                    CH="Zahlbar innert 30 Tagen auf ",
                    fr="Payable à 30 jours sur ",
                    it="Pagabile entro 30 giorni su ",
                    en="Please pay within 30 days to ",
                )
                + ctx.IB()
            )
            if ctx.cc != "US"
            else f"Paid by card {ctx.masked_card()}. Submit to your insurer for out-of-network reimbursement."
        )
        title = ctx.t(
            CH="Rechnung (Tarif 590)",
            CHfr="Facture (tarif 590)",
            CHit="Fattura (tariffa 590)",
            de="Rechnung",
            fr="Note d'honoraires",
            it="Ricevuta",
            GB="Invoice",
            US="Superbill",
        )
        text = (
            head
            + ("\n" + ids if ids else "")
            + "\n\n"
            + title
            + f" {ctx.digits(5)}\n"
            + "\n".join(lines)
            + "\n\n"
            + table(ctx, H, rows, ctx.ch(["fixed", "md", "pipe"]))
            + "\n\n"
            + ctx.t(de="Total", fr="Total", it="Totale", en="Total")
            + f": {money(ctx, tot, True)}\n"
            + pay
        )
        return wrap(ctx, text, A)

    if v == 2:
        c = ctx.person()
        partner = ctx.person(g=ctx.ch("fm"))
        cm = ctx.email(c)
        role = ctx.p(0.4)
        tm_ = (
            role_mail(ctx, ctx.t(de="termine", fr="rdv", it="appuntamenti", en="bookings"), dom)
            if role
            else ctx.email(th, dom, True)
        )
        d, tm = ctx.pdate(), ctx.time()
        q = ctx.t(
            de=f"{ctx.dear(c)},\n\nhiermit bestätige ich Ihren Termin am {d} um {tm} Uhr in meiner Praxis, "
            f"{ctx.A1(pa)}. Bitte bringen Sie Ihre Laborwerte mit.\n\n{greet_close(ctx)}\n{ctx.N(th, 'fl')}\n{ptel}",
            fr=f"{ctx.dear(c)},\n\nje vous confirme votre rendez-vous du {d} à {tm} au cabinet, {ctx.A1(pa)}. "
            f"Merci d'apporter vos analyses.\n\n{greet_close(ctx)}\n{ctx.N(th, 'fl')}\n{ptel}",
            it=f"{ctx.dear(c)},\n\nLe confermo l'appuntamento del {d} alle {tm} nello studio, {ctx.A1(pa)}. "
            f"Porti per favore gli esami del sangue.\n\n{greet_close(ctx)}\n{ctx.N(th, 'fl')}\n{ptel}",
            en=f"{ctx.dear(c)},\n\nthis confirms your appointment on {d} at {tm} at the clinic, {ctx.A1(pa)}. "
            f"Please bring your recent blood results.\n\n{greet_close(ctx)}\n{ctx.N(th, 'fl')}\n{ptel}",
        )
        subj = ctx.t(
            de="Terminbestätigung",
            fr="Confirmation de rendez-vous",
            it="Conferma appuntamento",
            en="Appointment confirmation",
        )
        quoted = quoted_block(ctx, None if role else th, tm_, cm, subj, q, to_p=c)
        nm = ctx.phone("mobile")
        rel = ctx.t(
            de="mein Mann" if partner.g == "m" else "meine Frau",
            fr="mon mari" if partner.g == "m" else "ma femme",
            it="mio marito" if partner.g == "m" else "mia moglie",
            en="my husband" if partner.g == "m" else "my wife",
        )
        body = ctx.t(
            de=f"Guten Tag,\n\ndanke für die Bestätigung. Darf {rel} {ctx.N(partner, 'f')} mitkommen? "
            f"Ich habe eine neue Nummer: {M('PHONE', nm)}.\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}",
            fr=f"Bonjour,\n\nmerci pour la confirmation. {rel.capitalize()}, {ctx.N(partner, 'f')}, peut-il/elle "
            "m'accompagner ? ".replace("peut-il/elle", "peut-il" if partner.g == "m" else "peut-elle")
            + f"J'ai un nouveau numéro : {M('PHONE', nm)}.\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}",
            it=f"Buongiorno,\n\ngrazie per la conferma. Può venire anche {rel} {ctx.N(partner, 'f')}? "
            f"Ho un nuovo numero: {M('PHONE', nm)}.\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}",
            en=f"Hello,\n\nthanks for confirming. Could {rel} {ctx.N(partner, 'f')} come along? "
            f"I have a new number: {M('PHONE', nm)}.\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}",
        )
        tm_disp = tm_ if role else addr_of(ctx, th, M("EMAIL", tm_))
        m = mail(
            ctx,
            addr_of(ctx, c, M("EMAIL", cm)),
            tm_disp,
            ctx.t(de="AW: ", fr="RE: ", it="R: ", en="Re: ") + subj,
            body,
            quoted=quoted,
        )
        return wrap(ctx, m, A)

    # v == 3: booking export + therapists' chat
    rows = []
    objs = []
    first_c = None
    for _ in range(ctx.wchoice([(2, 3), (3, 1)])):
        c = ctx.person()
        first_c = first_c or c
        ip = ctx.IP()
        dob = ctx.DOB(age=(18, 80)) if ctx.p(0.6) else ""
        svc = ctx.t(
            de=ctx.ch(["Erstanamnese 90 min", "Folgetermin 45 min", "Akupunktur"]),
            fr=ctx.ch(["première consultation", "suivi 45 min", "réflexologie"]),
            it=ctx.ch(["prima visita", "controllo 45 min", "riflessologia"]),
            en=ctx.ch(["initial consult 90 min", "follow-up 45 min", "acupuncture"]),
        )
        when = f"{ctx.pdate()} {ctx.time()}"
        rows.append([when, ctx.N(c, "fl"), ctx.E(c), dob, svc, ip])
        objs.append(
            {"slot": when, "client": ctx.N(c, "fl"), "email": ctx.E(c), "dob": dob or None, "service": svc, "ip": ip}
        )
    H = ctx.t(
        de=["Termin", "Name", "E-Mail", "Geburtsdatum", "Leistung", "IP"],
        fr=["Rendez-vous", "Nom", "E-mail", "Date de naissance", "Prestation", "IP"],
        it=["Appuntamento", "Nome", "E-mail", "Data di nascita", "Prestazione", "IP"],
        en=["Slot", "Name", "Email", "DOB", "Service", "IP"],
    )
    data = table(ctx, H, rows, ctx.ch(["csv", "ssv", "tsv"])) if ctx.p(0.6) else jlines(ctx, objs)
    col = ctx.person()
    msgs = ctx.t(
        de=[
            (
                ctx.N(col, ctx.ch(["f", "nick"])),
                f"{ctx.title(first_c)} {ctx.N(first_c, 'l')} hat für donnerstag abgesagt, raum 2 ist frei",
            ),
            (ctx.N(th, "f"), "danke! dann nehme ich die warteliste"),
            (ctx.N(col, ctx.ch(["f", "nick"])), f"neue telefonnummer praxis-handy: {ctx.PH()}"),
        ],
        fr=[
            (
                ctx.N(col, ctx.ch(["f", "nick"])),
                f"{ctx.title(first_c)} {ctx.N(first_c, 'l')} a annulé jeudi, la salle 2 est libre",
            ),
            (ctx.N(th, "f"), "merci ! je prends la liste d'attente"),
            (ctx.N(col, ctx.ch(["f", "nick"])), f"nouveau numéro du portable du cabinet : {ctx.PH()}"),
        ],
        it=[
            (
                ctx.N(col, ctx.ch(["f", "nick"])),
                f"{ctx.title(first_c)} {ctx.N(first_c, 'l')} ha disdetto giovedì, la sala 2 è libera",
            ),
            (ctx.N(th, "f"), "grazie! allora chiamo la lista d'attesa"),
            (ctx.N(col, ctx.ch(["f", "nick"])), f"nuovo numero del cellulare dello studio: {ctx.PH()}"),
        ],
        en=[
            (
                ctx.N(col, ctx.ch(["f", "nick"])),
                f"{ctx.title(first_c)} {ctx.N(first_c, 'l')} cancelled thursday, room 2 is free",
            ),
            (ctx.N(th, "f"), "thanks! i'll ring the waiting list"),
            (ctx.N(col, ctx.ch(["f", "nick"])), f"new number for the clinic mobile: {ctx.PH()}"),
        ],
    )
    lead = ctx.t(
        de="Online-Buchungen (Export):",
        fr="Réservations en ligne (export) :",
        it="Prenotazioni online (export):",
        en="Online bookings (export):",
    )
    return wrap(ctx, lead + "\n" + data + "\n\n" + chat(ctx, msgs), A)


# ======================================================================================================================
# 6. fencing - fencing clubs: entry lists, junior membership, armoury loans, tournament trips
# ======================================================================================================================
FENC_ASKS = {
    0: asks(
        de=["Bitte sortier die Meldeliste nach Klubs.", "Wer fehlt noch in der Liste?"],
        fr=["Trie la liste des engagés par club.", "Qui manque encore ?"],
        it=["Ordina l'elenco iscritti per società.", "Chi manca ancora?"],
        en=["Sort the entry list by club.", "Who is still missing?"],
    ),
    1: asks(
        de=["Bitte Antrag prüfen und Willkommensmail schreiben."],
        fr=["Vérifie la demande et écris un mail de bienvenue."],
        it=["Controlla la domanda e scrivi una mail di benvenuto."],
        en=["Check the form and write a welcome email."],
    ),
    2: asks(
        de=["Welche Ausrüstung ist noch nicht zurück?"],
        fr=["Quel matériel n'est pas encore rendu ?"],
        it=["Quale attrezzatura non è ancora stata restituita?"],
        en=["Which kit hasn't come back yet?"],
    ),
    3: asks(
        de=["Mach mir eine Fahrgemeinschaftsliste daraus."],
        fr=["Fais-moi une liste de covoiturage."],
        it=["Fammi una lista per i passaggi in auto."],
        en=["Make me a car-share list from this."],
    ),
}


def club_fencing(ctx: Ctx) -> str:
    t = short_town(ctx.home)
    return ctx.t(
        DE=ctx.ch([f"Fechtclub {t} e.V.", f"TSV {t}, Abt. Fechten", f"Fechterring {t}"]),
        AT=ctx.ch([f"Fechtclub {t}", f"Union Fechten {t}", f"Fechtunion {t}"]),
        CH=ctx.ch([f"Fechtclub {t}", f"Fechtgesellschaft {t}", f"Salle d'armes {t}"]),
        fr=ctx.ch([f"Cercle d'escrime de {t}", f"Salle d'armes de {t}", f"{t} Escrime"]),
        it=ctx.ch([f"Circolo Scherma {t}", f"Società Scherma {t}", f"Accademia d'armi {t}"]),
        GB=ctx.ch([f"{t} Fencing Club", f"{t} Salle", f"{t} Sword Club"]),
        US=ctx.ch([f"{t} Fencing Academy", f"{t} Fencing Club", f"Salle {t}"]),
    )


def g_fencing(ctx: Ctx, v: int) -> str:
    club = club_fencing(ctx)
    dom = org_domain(ctx, club)
    A = FENC_ASKS[v]
    weapon = ctx.t(
        de=ctx.ch(["Florett", "Degen", "Säbel"]),
        fr=ctx.ch(["fleuret", "épée", "sabre"]),
        it=ctx.ch(["fioretto", "spada", "sciabola"]),
        en=ctx.ch(["foil", "épée", "sabre"]),
    )
    if v == 0:
        cat_i = ctx.ri(0, 3)
        yrs = [(1986, 2007), (1958, 1985), (2009, 2011), (2006, 2008)][cat_i]
        rows = []
        for _ in range(ctx.ri(4, 5)):
            f = ctx.person()
            rows.append(
                [
                    ctx.N(f, ctx.ch(["LF", "LF", "l f"])) if ctx.p(0.7) else ctx.N(f, "L,F"),
                    ctx.ch([club_fencing(ctx), ctx.t(de="FC Nord", fr="CE Lac", it="CS Valle", en="Riverside Salle")]),
                    ctx.t(DE="GER", AT="AUT", CH="SUI", CHfr="SUI", CHit="SUI", FR="FRA", IT="ITA", GB="GBR", US="USA"),
                    str(ctx.ri(*yrs)),
                    f"{ctx.digits(6)}",
                    ctx.pmob(f) if ctx.p(0.35) else "",
                ]
            )
        H = ctx.t(
            de=["Name", "Verein", "Nat.", "Jg.", "Lizenz", "Handy"],
            fr=["Nom", "Club", "Nat.", "Année", "Licence", "Portable"],
            it=["Nome", "Società", "Naz.", "Anno", "Tessera", "Cellulare"],
            en=["Name", "Club", "Nat.", "Born", "Licence", "Mobile"],
        )
        tbl = table(ctx, H, rows, ctx.ch(["fixed", "md", "csv", "ssv", "mdraw"]))
        org = ctx.person()
        va = ctx.addr(town=ctx.home, business=True)
        v1, v2 = ctx.A2(va)
        cat = ctx.t(
            de=["Aktive", "Veteranen", "U17", "U20"],
            fr=["seniors", "vétérans", "M17", "M20"],
            it=["assoluti", "master", "cadetti", "giovani"],
            en=["senior", "veterans", "cadet", "junior"],
        )[cat_i]
        head = ctx.t(
            de=f"Meldeliste {weapon} {cat} – Turnier in {short_town(ctx.home)}, {ctx.pdate()}",
            fr=f"Liste des engagés {weapon} {cat} – tournoi de {short_town(ctx.home)}, {ctx.pdate()}",
            it=f"Elenco iscritti {weapon} {cat} – torneo di {short_town(ctx.home)}, {ctx.pdate()}",
            en=f"Entry list {weapon} {cat} – {short_town(ctx.home)} open, {ctx.pdate()}",
        )
        foot = ctx.t(
            de=f"Halle: {v1}, {v2}\nTurnierleitung: {ctx.N(org, 'fl')}, {ctx.pmob(org)}, {ctx.E(org)}",
            fr=f"Salle : {v1}, {v2}\nDirection du tournoi : {ctx.N(org, 'fl')}, {ctx.pmob(org)}, {ctx.E(org)}",
            it=f"Palestra: {v1}, {v2}\nDirettore di torneo: {ctx.N(org, 'fl')}, {ctx.pmob(org)}, {ctx.E(org)}",
            en=f"Venue: {v1}, {v2}\nDT: {ctx.N(org, 'fl')}, {ctx.pmob(org)}, {ctx.E(org)}",
        )
        return wrap(ctx, head + "\n\n" + tbl + "\n\n" + foot, A)

    if v == 1:
        kid = ctx.person(g=ctx.ch("fm"))
        mum = ctx.relative(kid, "f")
        dad = ctx.relative(kid, "m") if ctx.p(0.6) else None
        a = ctx.addr()
        s1, s2 = ctx.A2(a)
        L = ctx.t(
            de=[
                "Name des Kindes",
                "Geburtsdatum",
                "Waffe",
                "Erziehungsberechtigte",
                "Anschrift",
                "",
                "Telefon",
                "E-Mail",
                "AHV-Nr. (J+S)",
                "Beitrag",
                "IBAN (Lastschrift)",
                "Notfall",
            ],
            fr=[
                "Nom de l'enfant",
                "Date de naissance",
                "Arme",
                "Représentants légaux",
                "Adresse",
                "",
                "Téléphone",
                "E-mail",
                "N° AVS (J+S)",
                "Cotisation",
                "IBAN (prélèvement)",
                "Urgence",
            ],
            it=[
                "Nome del/della giovane",
                "Data di nascita",
                "Arma",
                "Genitori",
                "Indirizzo",
                "",
                "Telefono",
                "E-mail",
                "N. AVS (G+S)",
                "Quota",
                "IBAN (addebito)",
                "Emergenza",
            ],
            en=[
                "Child's name",
                "Date of birth",
                "Weapon",
                "Parents",
                "Address",
                "",
                "Phone",
                "Email",
                "AHV",
                "Fees",
                "IBAN",
                "Emergency",
            ],
        )
        parents = ctx.N(mum, "fl") + ((" / " + ctx.N(dad, ctx.ch(["fl", "f"]))) if dad else "")
        ec = ctx.person()
        nbw = ctx.t(
            de=ctx.gw(ec, "Nachbar", "Nachbarin"),
            fr=ctx.gw(ec, "voisin", "voisine"),
            it=ctx.gw(ec, "vicino", "vicina"),
            en="neighbour",
        )
        pairs = [
            (L[0], ctx.N(kid, ctx.ch(["fl", "lf"]))),
            (L[1], ctx.DOB(age=(7, 15))),
            (L[2], weapon),
            (L[3], parents),
            (L[4], s1),
            (L[4] + " (2)", s2),
            (L[6], ctx.pmob(mum)),
            (L[7], ctx.E(mum if ctx.p(0.6) else (dad or mum))),
        ]
        if ctx.cc == "CH":
            pairs.append((L[8], ctx.AHV()))
        if ctx.cc == "US":
            pairs.append((L[9], f"$95/month – card {ctx.masked_card() if ctx.p(0.5) else M('CARD', ctx.card())}"))
        else:
            pairs += [
                (
                    L[9],
                    money(ctx, ctx.ch([120, 180, 240]), False)
                    + ctx.t(de=" / Jahr", fr=" / an", it=" / anno", en=" / year"),
                ),
                (L[10], ctx.IB()),
            ]
        pairs.append(
            (
                L[11],
                f"{ctx.N(ec, 'fl')} ({nbw}) {ctx.pmob(ec)}",
            )
        )
        head = ctx.t(
            de=f"{club} – Aufnahmeantrag Jugend",
            fr=f"{club} – demande d'adhésion jeunes",
            it=f"{club} – domanda di iscrizione giovani",
            en=f"{club} – junior membership form",
        )
        med = ctx.t(
            de=f"Sportärztliches Attest vom {ctx.pdate(2025, 2025)} liegt bei.",
            fr=f"Certificat médical du {ctx.pdate(2025, 2025)} joint.",
            it=f"Certificato medico sportivo del {ctx.pdate(2025, 2025)} allegato.",
            en=f"Medical form dated {ctx.pdate(2025, 2025)} attached.",
        )
        return wrap(ctx, head + "\n\n" + form(ctx, pairs) + "\n\n" + med, A)

    if v == 2:
        rows = []
        bor = []
        for _ in range(ctx.ri(2, 3)):
            b = ctx.person()
            bor.append(b)
            rows.append(
                [
                    ctx.t(
                        de=ctx.ch(["Maske", "Jacke", "Unterziehweste", "Florett el.", "Degen", "Hose"]),
                        fr=ctx.ch(["masque", "veste", "sous-cuirasse", "fleuret élec.", "épée", "culotte"]),
                        it=ctx.ch(["maschera", "giacca", "corpetto", "fioretto el.", "spada", "pantaloni"]),
                        en=ctx.ch(["mask", "jacket", "plastron", "electric foil", "épée", "breeches"]),
                    )
                    + f" #{ctx.ri(1, 60)}",
                    ctx.ch(["S", "M", "L", "XL", "140", "152", "164"]),
                    ctx.N(b, ctx.ch(["fl", "lf", "f", "l"])),
                    ctx.pmob(b) if ctx.p(0.6) else "",
                    ctx.pdate(),
                    money(ctx, ctx.ch([20, 30, 50]), False),
                ]
            )
        H = ctx.t(
            de=["Teil", "Gr.", "Ausgeliehen an", "Telefon", "Seit", "Pfand"],
            fr=["Article", "Taille", "Prêté à", "Téléphone", "Depuis", "Caution"],
            it=["Articolo", "Tg.", "Prestato a", "Telefono", "Dal", "Cauzione"],
            en=["Item", "Size", "Lent to", "Phone", "Since", "Deposit"],
        )
        tbl = table(ctx, H, rows, ctx.ch(["md", "fixed", "ssv", "tsv"]))
        arm = ctx.person()
        par = bor[0]
        coll = ctx.relative(par)
        am = ctx.email(arm, dom, True) if ctx.p(0.5) else ctx.email(arm)
        pm = ctx.email(par)
        q = ctx.t(
            de=f"{ctx.dear(par, False)},\n\ndie geliehene Ausrüstung muss bis Ende Monat zurück, sonst behalten wir "
            "das Pfand. "
            f"Abgabe dienstags im Training.\n\n{ctx.N(arm, 'f')}, {ctx.gw(arm, 'Materialwart', 'Materialwartin')}",
            fr=f"{ctx.dear(par, False)},\n\nle matériel prêté doit être rendu avant la fin du mois, sinon la caution "
            "est "
            f"conservée. Retour le mardi à l'entraînement.\n\n{ctx.N(arm, 'f')}, "
            f"{ctx.gw(arm, 'responsable du matériel', 'responsable du matériel')}",
            it=f"{ctx.dear(par, False)},\n\nl'attrezzatura in prestito va restituita entro fine mese, altrimenti "
            "tratteniamo "
            f"la cauzione. Consegna il martedì in palestra.\n\n{ctx.N(arm, 'f')}, responsabile del materiale",
            en=f"{ctx.dear(par, False)},\n\nborrowed kit needs to come back by the end of the month or we keep the "
            "deposit. "
            f"Drop-off Tuesdays at training.\n\n{ctx.N(arm, 'f')}, armourer",
        )
        quoted = quoted_block(
            ctx,
            arm,
            am,
            pm,
            ctx.t(de="Leihausrüstung", fr="Matériel prêté", it="Materiale in prestito", en="Loan kit"),
            q,
            to_p=par,
        )
        rel = ctx.t(
            de="mein Mann" if coll.g == "m" else "meine Frau",
            fr="mon mari" if coll.g == "m" else "ma femme",
            it="mio marito" if coll.g == "m" else "mia moglie",
            en="my husband" if coll.g == "m" else "my wife",
        )
        body = ctx.t(
            de=f"Hallo {ctx.N(arm, 'f')},\n\n{rel} {ctx.N(coll, 'f')} bringt die Sachen am Dienstag vorbei. "
            f"Die Maske hat einen Riss, bitte nicht wieder verleihen.\n\n{greet_close(ctx, False)}\n{ctx.N(par, 'fl')}",
            fr=f"Bonjour {ctx.N(arm, 'f')},\n\n{rel} {ctx.N(coll, 'f')} rapportera tout mardi. Le masque est fissuré, "
            f"merci de ne plus le prêter.\n\n{greet_close(ctx, False)}\n{ctx.N(par, 'fl')}",
            it=f"Ciao {ctx.N(arm, 'f')},\n\n{rel} {ctx.N(coll, 'f')} riporta tutto martedì. La maschera è crepata, "
            f"meglio non prestarla più.\n\n{greet_close(ctx, False)}\n{ctx.N(par, 'fl')}",
            en=f"Hi {ctx.N(arm, 'f')},\n\n{rel} {ctx.N(coll, 'f')} will drop everything off on Tuesday. The mask has "
            f"a crack, please don't lend it out again.\n\n{greet_close(ctx, False)}\n{ctx.N(par, 'fl')}",
        )
        m = mail(
            ctx,
            addr_of(ctx, par, M("EMAIL", pm)),
            addr_of(ctx, arm, M("EMAIL", am)),
            ctx.t(de="AW: Leihausrüstung", fr="RE: Matériel prêté", it="R: Materiale in prestito", en="Re: Loan kit"),
            body,
            quoted=quoted if ctx.p(0.6) else None,
        )
        lead = ctx.t(
            de="Leihliste Material:", fr="Registre du matériel prêté :", it="Registro prestiti:", en="Loan register:"
        )
        return wrap(ctx, lead + "\n" + tbl + "\n\n" + m, A)

    # v == 3: online registrations + trip chat
    objs = []
    fs = []
    for _ in range(2):
        f = ctx.person()
        fs.append(f)
        objs.append(
            {
                "fencer": ctx.N(f, "LF") if ctx.p(0.5) else ctx.N(f, "fl"),
                "dob": ctx.DOB(age=(12, 60)),
                "weapon": weapon,
                "email": ctx.E(f),
                "ip": ctx.IP(),
            }
        )
    data = jlines(ctx, objs) if ctx.p(0.5) else jdump(ctx, objs)
    drv = ctx.person()
    kid3 = ctx.person()
    a = ctx.addr(town=ctx.home)
    num = ctx.phone("mobile")
    snd = [ctx.N(drv, ctx.ch(["fl", "f", "nick"])), ctx.N(fs[0], ctx.ch(["f", "nick"])), M("PHONE", num)]
    msgs = ctx.t(
        de=[
            (snd[0], f"abfahrt samstag 6:30 bei mir, {M('ADDRESS', a.street)}. 3 plätze frei"),
            (snd[1], "nehme einen, bringe die kabelrolle mit"),
            (snd[2], f"hier {ctx.N(fs[1], 'f')}, hab das handy von meinem bruder – kann ich auch mit?"),
            (snd[0], f"klar. {ctx.N(kid3, 'f')} fährt mit den eltern direkt"),
        ],
        fr=[
            (snd[0], f"départ samedi 6 h 30 chez moi, {M('ADDRESS', a.street)}. 3 places libres"),
            (snd[1], "j'en prends une, j'apporte l'enrouleur"),
            (snd[2], f"c'est {ctx.N(fs[1], 'f')}, j'ai le portable de mon frère – je peux venir aussi ?"),
            (snd[0], f"bien sûr. {ctx.N(kid3, 'f')} y va avec ses parents"),
        ],
        it=[
            (snd[0], f"partenza sabato alle 6:30 da me, {M('ADDRESS', a.street)}. 3 posti liberi"),
            (snd[1], "ne prendo uno, porto la prolunga"),
            (snd[2], f"sono {ctx.N(fs[1], 'f')}, ho il telefono di mio fratello – posso venire anch'io?"),
            (snd[0], f"certo. {ctx.N(kid3, 'f')} va con i genitori"),
        ],
        en=[
            (snd[0], f"leaving saturday 6:30 from mine, {M('ADDRESS', a.street)}. 3 seats free"),
            (snd[1], "i'll take one, bringing the reel"),
            (snd[2], f"it's {ctx.N(fs[1], 'f')}, on my brother's phone – can i come too?"),
            (snd[0], f"sure. {ctx.N(kid3, 'f')} is going with {ctx.gw(kid3, 'his', 'her')} parents"),
        ],
    )
    if ctx.p(0.5):
        msgs = msgs[:-1]
    lead = ctx.t(de="Online-Meldungen:", fr="Inscriptions en ligne :", it="Iscrizioni online:", en="Online entries:")
    return wrap(ctx, lead + "\n" + data + "\n\n" + chat(ctx, msgs), A)


# ======================================================================================================================
# 7. jubilee - municipal congratulations for high birthdays and wedding anniversaries
# ======================================================================================================================
JUB_ASKS = {
    0: asks(
        de=["Bitte Besuchsplan für den Bürgermeister daraus machen.", "Wer hat der Veröffentlichung widersprochen?"],
        fr=["Fais un planning de visites pour le maire.", "Qui refuse la publication ?"],
        it=["Prepara il calendario delle visite del sindaco.", "Chi si è opposto alla pubblicazione?"],
        en=["Make a visit schedule for the mayor.", "Who opted out of publication?"],
    ),
    1: asks(
        de=["Ist der Antrag so in Ordnung?"],
        fr=["La demande est-elle correcte ?"],
        it=["La richiesta va bene così?"],
        en=["Is this application OK to send?"],
    ),
    2: asks(
        de=["Bitte höfliche Antwort der Gemeinde formulieren."],
        fr=["Rédige une réponse polie de la commune."],
        it=["Scrivi una risposta cortese del Comune."],
        en=["Draft a polite reply from the council."],
    ),
    3: asks(
        de=["Bitte Text fürs Gemeindeblatt glätten."],
        fr=["Peux-tu lisser le texte pour le bulletin ?"],
        it=["Sistema il testo per il notiziario comunale."],
        en=["Tidy the text for the newsletter please."],
    ),
}


def g_jubilee(ctx: Ctx, v: int) -> str:
    town = short_town(ctx.home)
    office = ctx.t(
        DE=f"Bürgerbüro {town}",
        AT=f"Gemeindeamt {town}",
        CH=f"Einwohnerkontrolle {town}",
        CHfr=f"Contrôle des habitants de {town}",
        CHit=f"Controllo abitanti {town}",
        FR=f"Mairie de {town} – service État civil",
        IT=f"Comune di {town} – Ufficio Anagrafe",
        GB=f"{town} City Council – Civic Office",
        US=f"City of {town} – Mayor's Office",
    )
    dom = ctx.t(
        DE=f"{slug(town)}.de",
        AT=f"{slug(town)}.gv.at",
        CH=f"{slug(town)}.ch",
        CHfr=f"{slug(town)}.ch",
        CHit=f"{slug(town)}.ch",
        FR=f"ville-{slug(town)}.fr",
        IT=f"comune.{slug(town)}.it",
        GB=f"{slug(town)}.gov.uk",
        US=f"{slug(town)}.gov",
    )
    A = JUB_ASKS[v]
    if v == 0:
        rows = []
        mon = ctx.ri(1, 12)
        jy = ctx.ri(2025, 2026)
        for _ in range(ctx.wchoice([(3, 2), (4, 1)])):
            p = ctx.person(kind=ctx.wchoice([("region", 7), ("special", 2), ("community", 1)]))
            age = ctx.ch([80, 85, 90, 95, 100, 101])
            y = jy - age
            dob = ctx.DOB(ymd=(y, mon, ctx.ri(1, 28)))
            a = ctx.addr(town=ctx.home)
            note = ctx.wchoice(
                [
                    ("", 5),
                    (
                        ctx.t(
                            de="Widerspruch Presse", fr="refus publication", it="no pubblicazione", en="no publicity"
                        ),
                        2,
                    ),
                    (
                        ctx.t(
                            de="im Pflegeheim",
                            fr="en EMS" if ctx.cc == "CH" else "en EHPAD",
                            it="in casa di riposo",
                            en="in care home",
                        ),
                        1.5,
                    ),
                    (
                        ctx.t(
                            de="Tochter anrufen: ",
                            fr="appeler la fille : ",
                            it="chiamare la figlia: ",
                            en="call daughter: ",
                        )
                        + ctx.PH(),
                        1.5,
                    ),
                ]
            )
            rows.append([ctx.N(p, ctx.ch(["lf", "lf", "LF"])), dob, str(age), M("ADDRESS", a.street), note])
        H = ctx.t(
            de=["Name", "Geburtsdatum", "Alter", "Straße", "Bemerkung"],
            fr=["Nom", "Date de naissance", "Âge", "Adresse", "Remarque"],
            it=["Nome", "Data di nascita", "Età", "Indirizzo", "Note"],
            en=["Name", "Date of birth", "Age", "Address", "Note"],
        )
        tbl = table(ctx, H, rows, ctx.ch(["md", "fixed", "csv", "ssv", "tsv"]))
        clerk = ctx.person()
        ext = M("PHONE", ctx.phone("land", ctx.home[2], ext=True))
        mname = MONTHS[ctx.lang][mon - 1] if not (ctx.region == "AT" and mon == 1) else "Jänner"
        head = ctx.t(
            de=f"{office}\nAltersjubilare im {mname} {jy} (Auszug Melderegister)",
            fr=f"{office}\nGrands anniversaires – {mname} {jy}",
            it=f"{office}\nGrandi compleanni – {mname} {jy}",
            en=f"{office}\nMilestone birthdays – {mname} {jy}",
        )
        foot = ctx.t(
            de=f"Bearbeitet: {ctx.N(clerk, 'fl')}, Tel. {ext}",
            fr=f"Dossier suivi par {ctx.N(clerk, 'fl')}, tél. {ext}",
            it=f"Pratica seguita da {ctx.N(clerk, 'fl')}, tel. {ext}",
            en=f"Prepared by {ctx.N(clerk, 'fl')}, tel. {ext}",
        )
        return wrap(ctx, head + "\n\n" + tbl + "\n\n" + foot, A)

    if v == 1:
        h = ctx.person(g="m", kind=ctx.ch(["region", "region", "special"]))
        w = ctx.relative(h, "f")
        wed_y = ctx.ch([1965, 1975, 1960, 1970])
        a = ctx.addr(town=ctx.home)
        s1, s2 = ctx.A2(a)
        app = ctx.relative(h, ctx.ch("fm")) if ctx.p(0.6) else ctx.person()
        relw = ctx.t(
            de="Sohn" if app.g == "m" else "Tochter",
            fr="fils" if app.g == "m" else "fille",
            it="figlio" if app.g == "m" else "figlia",
            en="son" if app.g == "m" else "daughter",
        )
        if app.last != h.last:
            relw = ctx.t(
                de="Neffe" if app.g == "m" else "Nichte",
                fr="neveu" if app.g == "m" else "nièce",
                it="nipote",
                en="nephew" if app.g == "m" else "niece",
            )
        anniv = {1965: 60, 1975: 50, 1960: 65, 1970: 55}[wed_y]
        wd = fmt_date(wed_y, ctx.ri(1, 12), ctx.ri(1, 28), ctx.dob_shape, ctx.lang, ctx.region)
        L = ctx.t(
            de=[
                "Ehemann",
                "Geburtsdatum Ehemann",
                "Ehefrau",
                "Geburtsdatum Ehefrau",
                "Hochzeitsdatum",
                "Anschrift",
                "PLZ / Ort",
                "Antragsteller/in",
                "Verhältnis",
                "Telefon",
                "E-Mail",
            ],
            fr=[
                "Époux",
                "Né le",
                "Épouse",
                "Née le",
                "Date du mariage",
                "Adresse",
                "Localité",
                "Demandeur·se",
                "Lien",
                "Téléphone",
                "E-mail",
            ],
            it=[
                "Marito",
                "Nato il",
                "Moglie",
                "Nata il",
                "Data del matrimonio",
                "Indirizzo",
                "CAP e comune",
                "Richiedente",
                "Parentela",
                "Telefono",
                "E-mail",
            ],
            en=[
                "Husband",
                "His date of birth",
                "Wife",
                "Her date of birth",
                "Date of marriage",
                "Address",
                "Town",
                "Applicant",
                "Relationship",
                "Phone",
                "Email",
            ],
        )
        bh = (ctx.ri(wed_y - 31, wed_y - 21), ctx.ri(1, 12), ctx.ri(1, 28))
        bw = (ctx.ri(wed_y - 28, wed_y - 19), ctx.ri(1, 12), ctx.ri(1, 28))
        maiden = ""
        if ctx.p(0.5):
            maiden = ctx.t(de=" geb. ", fr=" née ", it=" nata ", en=" née ") + ctx.N(
                ctx.person(g="f", kind="region"), "l"
            )
        pairs = [
            (L[0], ctx.N(h, "fl")),
            (L[1], ctx.DOB(ymd=bh)),
            (L[2], ctx.N(w, "fl") + maiden),
            (L[3], ctx.DOB(ymd=bw)),
            (L[4], wd),
            (L[5], s1),
            (L[6], s2),
            (L[7], ctx.N(app, "fl")),
            (L[8], relw),
            (L[9], ctx.pmob(app)),
            (L[10], ctx.E(app)),
        ]
        at_name = {60: "Diamantene", 50: "Goldene", 65: "Eiserne", 55: "Smaragdene"}[anniv]
        head = ctx.t(
            DE=f"An: {office}\nBetreff: Ehejubiläum ({anniv} Jahre) – "
            "Mitteilung für den Glückwunsch des Bürgermeisters",
            AT=f"An: {office}\nBetreff: {at_name} Hochzeit – Ehrung durch die Gemeinde",
            CH=f"An: {office}\nBetreff: {anniv} Jahre verheiratet – Gratulation der Gemeinde",
            fr=f"À : {office}\nObjet : noces ({anniv} ans) – demande de cérémonie en mairie",
            it=f"A: {office}\nOggetto: {anniv}° anniversario di matrimonio – richiesta di festeggiamento",
            GB=f"To: Anniversaries Office / {office}\nRe: {anniv}th wedding anniversary – request for a card",
            US=f"To: {office}\nRe: {anniv}th anniversary – request for a congratulatory letter",
        )
        return wrap(ctx, head + "\n\n" + form(ctx, pairs, ctx.ch(["colon", "aligned", "bullets", "dots"])), A)

    if v == 2:
        p = ctx.person()
        a = ctx.addr(town=ctx.home)
        clerk = ctx.person()
        cm = ctx.email(clerk, dom, True)
        pm = ctx.email(p)
        age = ctx.ch([70, 75, 80, 85, 90])
        q = ctx.t(
            de=f"{ctx.dear(p)},\n\nzu Ihrem {age}. Geburtstag möchten wir Ihnen im Gemeindeblatt gratulieren "
            f"(Name, Alter, Straße). Falls Sie das nicht wünschen, können Sie bis {ctx.pdate()} widersprechen.\n\n"
            f"{greet_close(ctx)}\n{ctx.N(clerk, 'fl')}\n{office}",
            fr=f"{ctx.dear(p)},\n\npour votre {age}e anniversaire, nous souhaitons vous féliciter dans le bulletin "
            f"communal (nom, âge, rue). Vous pouvez vous y opposer jusqu'au {ctx.pdate()}.\n\n{greet_close(ctx)}\n"
            f"{ctx.N(clerk, 'fl')}\n{office}",
            it=f"{ctx.dear(p)},\n\nper il Suo {age}° compleanno vorremmo farLe gli auguri sul notiziario comunale "
            "(nome, età, via). Può opporsi entro il "
            f"{ctx.pdate()}.\n\n{greet_close(ctx)}\n{ctx.N(clerk, 'fl')}\n{office}",
            en=f"{ctx.dear(p)},\n\nfor your {age}th birthday we would like to congratulate you in the council "
            f"newsletter (name, age, street). You may opt out until {ctx.pdate()}.\n\n{greet_close(ctx)}\n"
            f"{ctx.N(clerk, 'fl')}\n{office}",
        )
        subj = ctx.t(
            de="Ihr Geburtstag – Veröffentlichung",
            fr="Votre anniversaire – publication",
            it="Il Suo compleanno – pubblicazione",
            en="Your birthday – publication",
        )
        quoted = quoted_block(ctx, clerk, cm, pm, subj, q, to_p=p)
        s1, s2 = ctx.A2(a)
        body = ctx.t(
            de=f"{ctx.dear(clerk)},\n\nich widerspreche der Veröffentlichung. Ich möchte nicht, dass mein Geburtsdatum "
            f"({ctx.DOB(ymd=(2025 - age, ctx.ri(1, 12), ctx.ri(1, 28)))}) und meine Adresse ({s1}) in der Zeitung "
            "stehen. "
            "Einen Besuch des Bürgermeisters lehne ich ebenfalls "
            f"ab.\n\n{greet_close(ctx)}\n{ctx.N(p, 'fl')}\n{s1}\n{s2}",
            fr=f"{ctx.dear(clerk)},\n\nje m'oppose à la publication. Je ne souhaite pas que ma date de naissance "
            f"({ctx.DOB(ymd=(2025 - age, ctx.ri(1, 12), ctx.ri(1, 28)))}) ni mon adresse ({s1}) paraissent. Je décline "
            f"aussi la visite du maire.\n\n{greet_close(ctx)}\n{ctx.N(p, 'fl')}\n{s1}\n{s2}",
            it=f"{ctx.dear(clerk)},\n\nmi oppongo alla pubblicazione. Non desidero che la mia data di nascita "
            f"({ctx.DOB(ymd=(2025 - age, ctx.ri(1, 12), ctx.ri(1, 28)))}) e il mio indirizzo ({s1}) compaiano sul "
            f"notiziario. Declino anche la visita del sindaco.\n\n{greet_close(ctx)}\n{ctx.N(p, 'fl')}\n{s1}\n{s2}",
            en=f"{ctx.dear(clerk)},\n\nI opt out of the publication. I do not want my date of birth "
            f"({ctx.DOB(ymd=(2025 - age, ctx.ri(1, 12), ctx.ri(1, 28)))}) or my address ({s1}) printed. I also decline "
            f"the mayor's visit.\n\n{greet_close(ctx)}\n{ctx.N(p, 'fl')}\n{s1}\n{s2}",
        )
        m = mail(
            ctx,
            addr_of(ctx, p, M("EMAIL", pm)),
            addr_of(ctx, clerk, M("EMAIL", cm)),
            ctx.t(de="AW: ", fr="RE: ", it="R: ", en="Re: ") + subj,
            body,
            quoted=quoted,
        )
        return wrap(ctx, m, A)

    # v == 3: bulletin text + volunteers' chat
    lines = []
    jub = []
    for _ in range(ctx.ri(3, 4)):
        p = ctx.person(kind=ctx.wchoice([("region", 7), ("special", 2), ("community", 1)]))
        jub.append(p)
        age = ctx.ch([80, 85, 90, 91, 92, 95, 100])
        d = (
            f"{ctx.ri(1, 28)}. {MONTHS['de'][ctx.ri(0, 11)]}"
            if ctx.lang == "de"
            else ctx.t(
                fr=f"{ctx.ri(2, 28)} {MONTHS['fr'][ctx.ri(0, 11)]}",
                it=f"{ctx.ri(2, 28)} {MONTHS['it'][ctx.ri(0, 11)]}",
                US=f"{MONTHS['en'][ctx.ri(0, 11)]} {ctx.ri(1, 28)}",
                en=f"{ctx.ri(1, 28)} {MONTHS['en'][ctx.ri(0, 11)]}",
            )
        )
        who = (ctx.title(p) + " " + ctx.N(p, "fl")) if ctx.p(0.6) else ctx.N(p, "fl")
        where = M("ADDRESS", ctx.addr(town=ctx.home).street) if ctx.p(0.5) else ""
        lines.append(
            ctx.t(
                de=f"- am {d}: {who}{', ' + where if where else ''} – {age} Jahre",
                fr=f"- le {d} : {who}{', ' + where if where else ''} – {age} ans",
                it=f"- il {d}: {who}{', ' + where if where else ''} – {age} anni",
                en=f"- {d}: {who}{', ' + where if where else ''} – {age}",
            )
        )
    head = ctx.t(
        de="Wir gratulieren herzlich!",
        fr="Nos chaleureuses félicitations !",
        it="Tanti auguri!",
        en="Happy birthday to our residents!",
    )
    vols = [ctx.person(), ctx.person()]
    num = ctx.phone("mobile")
    tgt = jub[0]
    addr_ = ctx.addr(town=ctx.home)
    snd = [ctx.N(vols[0], ctx.ch(["fl", "f", "nick"])), M("PHONE", num)]
    msgs = ctx.t(
        de=[
            (snd[0], f"wer bringt den präsentkorb zu {ctx.gw(tgt, 'herrn', 'frau')} {ctx.N(tgt, 'l')}?"),
            (snd[1], f"ich, {ctx.N(vols[1], 'f')} hier. {M('ADDRESS', addr_.street)}, 2. stock, oder?"),
            (snd[0], "genau. klingel ist kaputt, bitte vorher anrufen"),
            (snd[1], "mach ich. blumen hol ich beim gärtner"),
        ],
        fr=[
            (snd[0], f"qui apporte le panier à {ctx.title(tgt)} {ctx.N(tgt, 'l')} ?"),
            (snd[1], f"moi, c'est {ctx.N(vols[1], 'f')}. {M('ADDRESS', addr_.street)}, 2e étage, c'est ça ?"),
            (snd[0], "oui. la sonnette est cassée, appelle avant"),
            (snd[1], "ok. je passe prendre les fleurs"),
        ],
        it=[
            (snd[0], f"chi porta il cesto {ctx.gw(tgt, 'al signor', 'alla signora')} {ctx.N(tgt, 'l')}?"),
            (snd[1], f"io, sono {ctx.N(vols[1], 'f')}. {M('ADDRESS', addr_.street)}, secondo piano, giusto?"),
            (snd[0], "sì. il campanello non va, chiama prima"),
            (snd[1], "ok. i fiori li prendo io"),
        ],
        en=[
            (snd[0], f"who's taking the hamper to {ctx.title(tgt)} {ctx.N(tgt, 'l')}?"),
            (snd[1], f"me, it's {ctx.N(vols[1], 'f')}. {M('ADDRESS', addr_.street)}, second floor, right?"),
            (snd[0], "yes. doorbell's broken, ring first"),
            (snd[1], "will do. i'll pick up the flowers"),
        ],
    )
    return wrap(ctx, head + "\n" + "\n".join(lines) + "\n\n" + chat(ctx, msgs), A)


# ======================================================================================================================
# 8. funfair - travelling showmen: pitch applications, allocation plans, market-office mails, showmen's chats
# ======================================================================================================================
FAIR_ASKS = {
    0: asks(
        de=["Bitte prüf die Bewerbung, bevor ich sie abschicke.", "Fehlt noch eine Unterlage?"],
        fr=["Relis ma candidature avant envoi.", "Manque-t-il une pièce ?"],
        it=["Rileggi la domanda prima dell'invio.", "Manca qualche documento?"],
        en=["Check my pitch application before I send it.", "Is any document missing?"],
    ),
    1: asks(
        de=["Wer steht neben wem? Bitte als Liste."],
        fr=["Qui est à côté de qui ? En liste stp."],
        it=["Chi sta accanto a chi? In elenco per favore."],
        en=["Who is next to whom? As a list please."],
    ),
    2: asks(
        de=["Bitte antworte dem Marktamt kurz und freundlich."],
        fr=["Réponds brièvement au placier."],
        it=["Rispondi brevemente all'ufficio fiere."],
        en=["Reply briefly to the market office."],
    ),
    3: asks(
        de=["Fass mir den Chat und die Bewerbungen zusammen."],
        fr=["Résume le chat et les candidatures."],
        it=["Riassumi la chat e le domande."],
        en=["Summarise the chat and the applications."],
    ),
}
RIDES = {
    "de": [
        "Autoscooter „Starlight“",
        "Kinderkarussell",
        "Riesenrad Panorama",
        "Schießbude",
        "Mandelbrennerei",
        "Crêpes-Stand",
        "Entenangeln",
        "Break Dance",
        "Geisterbahn",
        "Losbude",
    ],
    "fr": [
        "autos tamponneuses « Starlight »",
        "manège enfantin",
        "grande roue Panorama",
        "stand de tir",
        "confiserie",
        "stand de crêpes",
        "pêche aux canards",
        "train fantôme",
        "loterie",
    ],
    "it": [
        "autoscontro Starlight",
        "giostra per bambini",
        "ruota panoramica",
        "tiro a segno",
        "zucchero filato",
        "crêpes",
        "pesca delle papere",
        "tunnel dell'orrore",
        "pesca di beneficenza",
    ],
    "en": [
        "dodgems 'Starlight'",
        "children's carousel",
        "big wheel",
        "shooting gallery",
        "candy floss stall",
        "hook-a-duck",
        "waltzer",
        "ghost train",
        "tombola",
    ],
}


def fair_name(ctx: Ctx) -> str:
    t = short_town(ctx.home)
    return ctx.t(
        DE=ctx.ch([f"Herbstkirmes {t}", f"Frühlingsfest {t}", f"Schützenfest {t}", f"Volksfest {t}"]),
        AT=ctx.ch([f"Kirtag {t}", f"Herbstmesse {t}", f"Stadtfest {t}"]),
        CH=ctx.ch([f"Chilbi {t}", f"Herbstmesse {t}", f"Dorfchilbi {t}"]),
        CHfr=ctx.ch([f"Foire de {t}", f"Fête foraine de {t}", f"Lunapark de {t}"]),
        FR=ctx.ch([f"Fête foraine de {t}", f"Foire de printemps de {t}", f"Fête patronale de {t}"]),
        CHit=ctx.ch([f"Luna Park di {t}", f"Fiera d'autunno di {t}"]),
        IT=ctx.ch([f"Luna Park di {t}", f"Sagra di {t}", f"Fiera di San Martino a {t}"]),
        GB=ctx.ch([f"{t} Mop Fair", f"{t} Summer Funfair", f"{t} Goose Fair"]),
        US=ctx.ch([f"{t} County Fair", f"{t} Harvest Carnival", f"{t} Fourth of July Carnival"]),
    )


def g_funfair(ctx: Ctx, v: int) -> str:
    fair = fair_name(ctx)
    town = short_town(ctx.home)
    office = ctx.t(
        DE=f"Marktamt {town}",
        AT=f"Marktamt der Stadt {town}",
        CH=f"Marktbüro {town}",
        fr=f"Service des marchés de {town}",
        it=f"Ufficio fiere e mercati di {town}",
        GB=f"{town} Council Markets Team",
        US=f"{town} County Fair Board",
    )
    odom = ctx.t(
        DE=f"{slug(town)}.de",
        AT=f"{slug(town)}.gv.at",
        CH=f"{slug(town)}.ch",
        CHfr=f"{slug(town)}.ch",
        CHit=f"{slug(town)}.ch",
        FR=f"mairie-{slug(town)}.fr",
        IT=f"comune.{slug(town)}.it",
        GB=f"{slug(town)}.gov.uk",
        US=f"{slug(town)}fair.org",
    )
    A = FAIR_ASKS[v]
    if v == 0:
        p = ctx.person()
        wq = ctx.addr(town=ctx.town())
        s1, s2 = ctx.A2(wq)
        ride = ctx.ch(RIDES[ctx.lang])
        emp = ctx.person()
        L = ctx.t(
            de=[
                "Name, Vorname",
                "Geburtsdatum",
                "Winterquartier",
                "",
                "Telefon",
                "E-Mail",
                "Geschäft",
                "Frontlänge x Tiefe",
                "Stromanschluss",
                "Prüfbuch-Nr.",
                "Reisegewerbekarte",
                "Mitarbeiter/in",
                "Kaution zurück auf",
            ],
            fr=[
                "Nom, prénom",
                "Date de naissance",
                "Adresse (quartier d'hiver)",
                "",
                "Téléphone",
                "E-mail",
                "Métier",
                "Façade x profondeur",
                "Branchement électrique",
                "N° contrôle technique",
                "Carte de commerçant ambulant",
                "Employé·e",
                "Remboursement caution sur",
            ],
            it=[
                "Cognome e nome",
                "Data di nascita",
                "Sede invernale",
                "",
                "Telefono",
                "E-mail",
                "Attrazione",
                "Fronte x profondità",
                "Allaccio elettrico",
                "Codice identificativo attrazione",
                "Licenza spettacolo viaggiante",
                "Dipendente",
                "Restituzione cauzione su",
            ],
            en=[
                "Name",
                "Date of birth",
                "Winter quarters",
                "",
                "Phone",
                "Email",
                "Attraction",
                "Frontage x depth",
                "Power",
                "Inspection cert. no.",
                "Showmen's Guild no." if ctx.cc == "GB" else "Operator licence",
                "Employee",
                "Deposit refund to",
            ],
        )
        pairs = [
            (L[0], ctx.N(p, ctx.ch(["lf", "LF", "fl"]))),
            (L[1], ctx.DOB(age=(24, 74))),
            (L[2], s1),
            (L[2] + " (2)" if not L[3] else L[3], s2),
            (L[4], ctx.pmob(p)),
            (L[5], ctx.E(p)),
            (L[6], ride),
            (L[7], f"{ctx.ri(6, 24)} x {ctx.ri(4, 14)} m"),
            (L[8], f"{ctx.ch([16, 32, 63, 125])} A / {ctx.ri(8, 90)} kW"),
            (
                L[9],
                ctx.t(
                    DE=f"{ctx.ch(['TÜV', 'DEKRA'])}-{ctx.digits(5)}",
                    AT=f"TÜV Austria {ctx.digits(6)}",
                    CH=f"SUVA/EKAS {ctx.digits(5)}",
                    CHfr=f"contrôle SUVA {ctx.digits(5)}",
                    CHit=f"collaudo SUVA {ctx.digits(5)}",
                    FR=f"{ctx.ch(['APAVE', 'SOCOTEC', 'Bureau Veritas'])} {ctx.digits(6)}",
                    IT=f"codice ID {ctx.ch(['BG', 'MI', 'VR', 'PD'])}{ctx.digits(4)}",
                    GB=f"ADIPS DOC {ctx.digits(6)}",
                    US=f"state ride permit {ctx.digits(6)}",
                ),
            ),
            (L[10], f"{ctx.digits(3)}/{ctx.ri(2019, 2025)}"),
            (L[11], f"{ctx.N(emp, 'fl')}, {ctx.born(emp, 'DOB')} {ctx.DOB(age=(18, 60))}"),
        ]
        if ctx.cc != "US":
            pairs.append((L[12], ctx.IB()))
        head = ctx.t(
            de=f"Bewerbung um einen Standplatz – {fair} {ctx.ri(2025, 2026)}",
            fr=f"Demande d'emplacement – {fair} {ctx.ri(2025, 2026)}",
            it=f"Domanda di posteggio – {fair} {ctx.ri(2025, 2026)}",
            en=f"Pitch application – {fair} {ctx.ri(2025, 2026)}",
        )
        return wrap(ctx, head + f"\n{ctx.t(de='An', fr='À', it='A', en='To')}: {office}\n\n" + form(ctx, pairs), A)

    if v == 1:
        rows = []
        for k in range(ctx.ri(3, 4)):
            o = ctx.person(kind=ctx.wchoice([("region", 6), ("special", 2), ("community", 1)]))
            who = (
                ctx.t(de="Fam. ", fr="Famille ", it="Famiglia ", en="") + ctx.N(o, "l")
                if ctx.p(0.35)
                else ctx.N(o, ctx.ch(["lf", "fl", "l"]))
            )
            rows.append(
                [
                    f"{k + 1:02d}",
                    ctx.ch(RIDES[ctx.lang]),
                    who,
                    ctx.pmob(o) if ctx.p(0.8) else "",
                    f"{ctx.ch([16, 32, 63])} A",
                ]
            )
        H = ctx.t(
            de=["Platz", "Geschäft", "Betreiber", "Handy", "Strom"],
            fr=["Empl.", "Métier", "Exploitant", "Portable", "Élec."],
            it=["Post.", "Attrazione", "Esercente", "Cellulare", "Corrente"],
            en=["Pitch", "Ride", "Operator", "Mobile", "Power"],
        )
        tbl = table(ctx, H, rows, ctx.ch(["md", "fixed", "csv", "ssv", "mdraw", "pipe"]))
        mm = ctx.person()
        oa = ctx.addr(town=ctx.home, business=True)
        foot = ctx.t(
            de=f"{ctx.gw(mm, 'Platzmeister', 'Platzmeisterin')}: {ctx.N(mm, 'fl')}, {ctx.pmob(mm)}\n{office}, "
            f"{ctx.A1(oa)}, Tel. {ctx.PH('land', oa.area)}",
            fr=f"{ctx.gw(mm, 'Placier', 'Placière')} : {ctx.N(mm, 'fl')}, {ctx.pmob(mm)}\n{office}, {ctx.A1(oa)}, tél. "
            f"{ctx.PH('land', oa.area)}",
            it=f"Responsabile area: {ctx.N(mm, 'fl')}, {ctx.pmob(mm)}\n{office}, {ctx.A1(oa)}, tel. "
            f"{ctx.PH('land', oa.area)}",
            en=f"Site manager: {ctx.N(mm, 'fl')}, {ctx.pmob(mm)}\n{office}, {ctx.A1(oa)}, tel. "
            f"{ctx.PH('land', oa.area)}",
        )
        head = ctx.t(
            de=f"Belegungsplan {fair} – Stand {ctx.pdate()}",
            fr=f"Plan d'attribution – {fair} ({ctx.pdate()})",
            it=f"Piano posteggi – {fair} ({ctx.pdate()})",
            en=f"Site plan – {fair} ({ctx.pdate()})",
        )
        return wrap(ctx, head + "\n\n" + tbl + "\n\n" + foot, A)

    if v == 2:
        p = ctx.person()
        son = ctx.relative(p, "m")
        clerk = ctx.person()
        cm = ctx.email(clerk, odom, True)
        pm = ctx.email(p)
        d = ctx.pdate()
        q = ctx.t(
            de=f"{ctx.dear(p)},\n\ndie Bauabnahme Ihres Fahrgeschäfts findet am {d} um {ctx.time()} Uhr statt. Bitte "
            "halten "
            f"Sie Prüfbuch und Ausführungsgenehmigung bereit und melden Sie uns neue Mitarbeiter mit Geburtsdatum.\n\n"
            f"{greet_close(ctx)}\n{ctx.N(clerk, 'fl')}\n{office}",
            fr=f"{ctx.dear(p)},\n\nle contrôle de sécurité de votre manège aura lieu le {d} à {ctx.time()}. Merci de "
            "tenir "
            f"prêts les documents techniques et de nous déclarer tout nouvel employé avec sa date de naissance.\n\n"
            f"{greet_close(ctx)}\n{ctx.N(clerk, 'fl')}\n{office}",
            it=f"{ctx.dear(p)},\n\nil collaudo della Sua attrazione è fissato per il {d} alle {ctx.time()}. Tenga "
            "pronti i "
            f"documenti tecnici e ci comunichi i nuovi dipendenti con data di nascita.\n\n{greet_close(ctx)}\n"
            f"{ctx.N(clerk, 'fl')}\n{office}",
            en=f"{ctx.dear(p)},\n\nthe safety inspection of your ride is booked for {d} at {ctx.time()}. Please have "
            "the "
            "inspection paperwork ready and let us know any new staff with their date of "
            f"birth.\n\n{greet_close(ctx)}\n"
            f"{ctx.N(clerk, 'fl')}\n{office}",
        )
        subj = ctx.t(de="Bauabnahme", fr="Contrôle de sécurité", it="Collaudo attrazione", en="Ride inspection")
        quoted = quoted_block(ctx, clerk, cm, pm, subj, q, to_p=p)
        new = ctx.person()
        body = ctx.t(
            de=f"{ctx.dear(clerk)},\n\nich bin an dem Tag noch auf dem Platz in {short_town(ctx.town())}. Mein Sohn "
            f"{ctx.N(son, 'fl')} ({ctx.pmob(son)}) übernimmt die Abnahme. Neu im Team ist {ctx.N(new, 'fl')}, "
            f"geb. {ctx.DOB(age=(18, 50))}.\n\n{greet_close(ctx)}\n{ctx.N(p, 'fl')}",
            fr=f"{ctx.dear(clerk)},\n\nce jour-là je serai encore sur la foire de {short_town(ctx.town())}. Mon fils "
            f"{ctx.N(son, 'fl')} ({ctx.pmob(son)}) s'occupera du contrôle. Nouvel employé : {ctx.N(new, 'fl')}, "
            f"{ctx.gw(new, 'né', 'née')} le {ctx.DOB(age=(18, 50))}.\n\n{greet_close(ctx)}\n{ctx.N(p, 'fl')}",
            it=f"{ctx.dear(clerk)},\n\nquel giorno sarò ancora alla fiera di {short_town(ctx.town())}. Mio figlio "
            f"{ctx.N(son, 'fl')} ({ctx.pmob(son)}) seguirà il collaudo. Nuovo dipendente: {ctx.N(new, 'fl')}, "
            f"{ctx.gw(new, 'nato', 'nata')} il {ctx.DOB(age=(18, 50))}.\n\n{greet_close(ctx)}\n{ctx.N(p, 'fl')}",
            en=f"{ctx.dear(clerk)},\n\nI'll still be at the {short_town(ctx.town())} fair that day. My son "
            f"{ctx.N(son, 'fl')} "
            f"({ctx.pmob(son)}) will handle the inspection. New on the team: {ctx.N(new, 'fl')}, born "
            f"{ctx.DOB(age=(18, 50))}.\n\n{greet_close(ctx)}\n{ctx.N(p, 'fl')}",
        )
        m = mail(
            ctx,
            addr_of(ctx, p, M("EMAIL", pm)),
            addr_of(ctx, clerk, M("EMAIL", cm)),
            ctx.t(de="AW: ", fr="RE: ", it="R: ", en="Re: ") + subj,
            body,
            quoted=quoted,
            cc=role_mail(ctx, ctx.t(de="marktamt", fr="marches", it="fiere", en="markets"), odom)
            if ctx.p(0.4)
            else None,
        )
        return wrap(ctx, m, A)

    # v == 3: showmen's chat + online applications
    ps = [ctx.person(), ctx.person(), ctx.person()]
    num = ctx.phone("mobile")
    site = ctx.addr(town=ctx.home, business=True)
    snd = [ctx.N(ps[0], ctx.ch(["fl", "f", "nick"])), ctx.N(ps[1], ctx.ch(["f", "l", "nick"])), M("PHONE", num)]
    msgs = ctx.t(
        de=[
            (snd[0], f"aufbau ab donnerstag, einfahrt über {M('ADDRESS', site.street)}"),
            (snd[1], "strom ist erst freitag da, sagt der platzmeister"),
            (snd[2], f"hier {ctx.N(ps[2], 'f')}, neue nummer. wer hat noch einen 63er verteiler?"),
            (snd[0], f"frag {ctx.N(ps[1], 'l')}, {ctx.gw(ps[1], 'der', 'die')} hat zwei"),
        ],
        fr=[
            (snd[0], f"montage à partir de jeudi, entrée par le {M('ADDRESS', site.street)}"),
            (snd[1], "l'électricité n'arrive que vendredi d'après le placier"),
            (snd[2], f"c'est {ctx.N(ps[2], 'f')}, nouveau numéro. qui a encore un coffret 63 A ?"),
            (snd[0], f"demande à {ctx.N(ps[1], 'l')}, {ctx.gw(ps[1], 'il', 'elle')} en a deux"),
        ],
        it=[
            (snd[0], f"montaggio da giovedì, ingresso da {M('ADDRESS', site.street)}"),
            (snd[1], "la corrente arriva solo venerdì, dice il responsabile"),
            (snd[2], f"sono {ctx.N(ps[2], 'f')}, numero nuovo. chi ha ancora un quadro da 63?"),
            (snd[0], f"chiedi a {ctx.N(ps[1], 'l')}, ne ha due"),
        ],
        en=[
            (snd[0], f"build-up from thursday, way in via {M('ADDRESS', site.street)}"),
            (snd[1], "power's not on till friday, site manager says"),
            (snd[2], f"it's {ctx.N(ps[2], 'f')}, new number. anyone got a spare 63 amp board?"),
            (snd[0], f"ask {ctx.N(ps[1], 'l')}, they've got two"),
        ],
    )
    objs = []
    for _ in range(ctx.wchoice([(1, 1), (2, 2)])):
        a = ctx.person()
        objs.append(
            {
                "applicant": ctx.N(a, "fl"),
                "email": ctx.E(a),
                "ride": ctx.ch(RIDES[ctx.lang]),
                "submitted": f"{ctx.ri(2025, 2026)}-{ctx.ri(1, 12):02d}-{ctx.ri(1, 28):02d}",
                "ip": ctx.IP(),
            }
        )
    data = jlines(ctx, objs) if ctx.p(0.5) else jdump(ctx, objs)
    return wrap(
        ctx,
        chat(ctx, msgs)
        + "\n\n"
        + ctx.t(de="Online-Bewerbungen:", fr="Candidatures en ligne :", it="Domande online:", en="Online applications:")
        + "\n"
        + data,
        A,
    )


# ======================================================================================================================
# 9. tourguide - city and tourist guides: group bookings, guide rosters, guide applications, online tickets
# ======================================================================================================================
TOUR_ASKS = {
    0: asks(
        de=["Bitte Bestätigung an die Gruppe weiterleiten – kurze Zusammenfassung oben drüber."],
        fr=["Résume la confirmation pour le groupe."],
        it=["Riassumi la conferma per il gruppo."],
        en=["Summarise the confirmation for the group."],
    ),
    1: asks(
        de=["Wer führt wann? Bitte nach Datum sortieren."],
        fr=["Qui guide quand ? Trie par date."],
        it=["Chi guida quando? Ordina per data."],
        en=["Who is guiding when? Sort by date."],
    ),
    2: asks(
        de=["Ist die Bewerbung vollständig für den Guide-Pool?"],
        fr=["Le dossier est-il complet ?"],
        it=["La candidatura è completa?"],
        en=["Is this application complete for the guide pool?"],
    ),
    3: asks(
        de=["Welche Buchungen sind heute neu?"],
        fr=["Quelles réservations sont nouvelles aujourd'hui ?"],
        it=["Quali prenotazioni sono nuove oggi?"],
        en=["Which bookings came in today?"],
    ),
}


def tour_office(ctx: Ctx) -> str:
    t = short_town(ctx.home)
    return ctx.t(
        DE=ctx.ch([f"Tourist-Information {t}", f"{t} Tourismus GmbH", f"Gästeführer {t} e.V."]),
        AT=ctx.ch([f"Tourismusverband {t}", f"Austria Guides {t}"]),
        CH=ctx.ch([f"{t} Tourismus", f"Stadtführungen {t}"]),
        fr=ctx.ch([f"Office de tourisme de {t}", f"Visites guidées {t}"]),
        it=ctx.ch([f"Ufficio turistico di {t}", f"Guide turistiche {t}"]),
        GB=ctx.ch([f"{t} Visitor Centre", f"{t} Blue Badge Guides"]),
        US=ctx.ch([f"Visit {t}", f"{t} Walking Tours"]),
    )


def tour_title(ctx: Ctx) -> str:
    return ctx.t(
        de=ctx.ch(
            [
                "Altstadtführung",
                "Nachtwächterrundgang",
                "Kulinarische Tour",
                "Brauereiführung",
                "Stadtführung für Schulklassen",
            ]
        ),
        fr=ctx.ch(["visite de la vieille ville", "balade gourmande", "visite nocturne", "visite pour scolaires"]),
        it=ctx.ch(["visita al centro storico", "tour gastronomico", "passeggiata serale", "visita per scuole"]),
        en=ctx.ch(["old town walk", "ghost walk", "food tour", "school group tour"]),
    )


def g_tourguide(ctx: Ctx, v: int) -> str:
    office = tour_office(ctx)
    dom = org_domain(ctx, office)
    oa = ctx.addr(town=ctx.home, business=True)
    otel = M("PHONE", ctx.phone("land", oa.area))
    A = TOUR_ASKS[v]
    if v == 0:
        c = ctx.person()
        guide = ctx.person()
        mp = ctx.addr(town=ctx.home, business=True)
        grp = ctx.t(
            de=ctx.ch(["Klasse 8b, Gymnasium am Park", "Seniorenclub St. Martin", "Betriebsausflug Firma Hegele"]),
            fr=ctx.ch(["classe de 4e B, collège Jean-Moulin", "club des aînés", "sortie d'entreprise"]),
            it=ctx.ch(["classe 3ª B, scuola media Manzoni", "circolo anziani", "gita aziendale"]),
            en=ctx.ch(["Year 9, St Bede's School", "Rotary Club", "company outing"]),
        )
        L = ctx.t(
            de=[
                "Buchungsnr.",
                "Tour",
                "Datum / Zeit",
                "Gruppe",
                "Teilnehmende",
                "Ansprechperson",
                "Mobil",
                "E-Mail",
                "Treffpunkt",
                "Gästeführer/in",
                "Handy Guide",
                "Preis",
                "Zahlung",
            ],
            fr=[
                "Réservation",
                "Visite",
                "Date / heure",
                "Groupe",
                "Participants",
                "Contact",
                "Portable",
                "E-mail",
                "Rendez-vous",
                "Guide",
                "Portable guide",
                "Prix",
                "Paiement",
            ],
            it=[
                "Prenotazione",
                "Visita",
                "Data / ora",
                "Gruppo",
                "Partecipanti",
                "Referente",
                "Cellulare",
                "E-mail",
                "Ritrovo",
                "Guida",
                "Cellulare guida",
                "Prezzo",
                "Pagamento",
            ],
            en=[
                "Booking",
                "Tour",
                "Date / time",
                "Group",
                "Participants",
                "Group leader",
                "Mobile",
                "Email",
                "Meeting point",
                "Guide",
                "Guide's mobile",
                "Price",
                "Payment",
            ],
        )
        price = ctx.ri(90, 260)
        pay = (
            (
                ctx.t(
                    de="Rechnung, zahlbar auf ",
                    fr="facture, à régler sur ",
                    it="fattura, da pagare su ",
                    en="invoice, pay to ",
                )
                + ctx.IB()
            )
            if ctx.cc != "US"
            else f"card {ctx.masked_card()}"
        )
        pairs = [
            (L[0], f"{ctx.ch(['SF', 'GT', 'BK'])}-{ctx.digits(5)}"),
            (L[1], tour_title(ctx)),
            (L[2], f"{ctx.pdate()}, {ctx.time()}"),
            (L[3], grp),
            (L[4], str(ctx.ri(8, 32))),
            (L[5], ctx.N(c, "fl")),
            (L[6], ctx.pmob(c)),
            (L[7], ctx.E(c)),
            (
                L[8],
                M("ADDRESS", mp.street)
                + ctx.t(
                    de=" (vor dem Rathaus)",
                    fr=" (devant la mairie)",
                    it=" (davanti al municipio)",
                    en=" (outside the town hall)",
                ),
            ),
            (L[9], ctx.N(guide, ctx.ch(["fl", "fl", "f"]))),
            (L[10], ctx.pmob(guide)),
            (L[11], money(ctx, price, False)),
            (L[12], pay),
        ]
        head = letterhead(
            ctx,
            office,
            oa,
            otel,
            None,
            role_mail(ctx, ctx.t(de="fuehrungen", fr="visites", it="visite", en="tours"), dom),
            f"www.{dom}",
        )
        ttl = ctx.t(
            de="Buchungsbestätigung",
            fr="Confirmation de réservation",
            it="Conferma di prenotazione",
            en="Booking confirmation",
        )
        return wrap(ctx, head + "\n\n" + ttl + "\n\n" + form(ctx, pairs), A)

    if v == 1:
        rows = []
        for _ in range(ctx.ri(3, 4)):
            g = ctx.person()
            c = ctx.person()
            lang = ctx.ch(["DE", "EN", "FR", "IT", "ES", "NL", "PL", "ZH"])
            rows.append(
                [
                    ctx.pdate(),
                    ctx.time(),
                    tour_title(ctx),
                    lang,
                    ctx.N(g, ctx.ch(["fl", "lf", "F.L"])),
                    ctx.pmob(g),
                    ctx.N(c, ctx.ch(["fl", "l"])) if ctx.p(0.4) else "",
                ]
            )
        H = ctx.t(
            de=["Datum", "Zeit", "Tour", "Spr.", "Guide", "Handy", "Gruppe (Kontakt)"],
            fr=["Date", "Heure", "Visite", "Langue", "Guide", "Portable", "Contact groupe"],
            it=["Data", "Ora", "Visita", "Lingua", "Guida", "Cellulare", "Contatto gruppo"],
            en=["Date", "Time", "Tour", "Lang.", "Guide", "Mobile", "Group contact"],
        )
        tbl = table(ctx, H, rows, ctx.ch(["md", "fixed", "csv", "ssv", "tsv"]))
        disp = ctx.person()
        foot = ctx.t(
            de=f"Disposition: {ctx.N(disp, 'fl')}, {otel}, {ctx.E(disp, dom, True)}",
            fr=f"Planning : {ctx.N(disp, 'fl')}, {otel}, {ctx.E(disp, dom, True)}",
            it=f"Pianificazione: {ctx.N(disp, 'fl')}, {otel}, {ctx.E(disp, dom, True)}",
            en=f"Scheduling: {ctx.N(disp, 'fl')}, {otel}, {ctx.E(disp, dom, True)}",
        )
        head = ctx.t(
            de=f"{office} – Einsatzplan Gästeführungen",
            fr=f"{office} – planning des guides",
            it=f"{office} – turni delle guide",
            en=f"{office} – guide rota",
        )
        return wrap(ctx, head + "\n\n" + tbl + "\n\n" + foot, A)

    if v == 2:
        g = ctx.person()
        a = ctx.addr()
        s1, s2 = ctx.A2(a)
        L = ctx.t(
            de=[
                "Name",
                "Geburtsdatum",
                "Anschrift",
                "PLZ / Ort",
                "Mobil",
                "E-Mail",
                "Sprachen",
                "Ausweis / Lizenz",
                "AHV-Nr.",
                "IBAN für Honorare",
                "Referenz",
            ],
            fr=[
                "Nom",
                "Date de naissance",
                "Adresse",
                "NPA / localité" if ctx.cc == "CH" else "Code postal / ville",
                "Portable",
                "E-mail",
                "Langues",
                "Carte professionnelle",
                "N° AVS",
                "IBAN pour les honoraires",
                "Référence",
            ],
            it=[
                "Nome",
                "Data di nascita",
                "Indirizzo",
                "CAP / località",
                "Cellulare",
                "E-mail",
                "Lingue",
                "Patentino guida",
                "N. AVS",
                "IBAN per i compensi",
                "Referenza",
            ],
            en=[
                "Name",
                "Date of birth",
                "Address",
                "Town / postcode" if ctx.cc == "GB" else "City / State / ZIP",
                "Mobile",
                "Email",
                "Languages",
                "Badge / licence no.",
                "AHV",
                "IBAN for fees",
                "Referee",
            ],
        )
        ref = ctx.person()
        pairs = [
            (L[0], ctx.N(g, ctx.ch(["fl", "lf"]))),
            (L[1], ctx.DOB(age=(22, 70))),
            (L[2], s1),
            (L[3], s2),
            (L[4], ctx.pmob(g)),
            (L[5], ctx.E(g)),
            (L[6], ctx.ch(["DE, EN", "DE, EN, FR", "FR, IT", "EN, ES", "IT, DE, EN", "EN, FR, NL"])),
            (L[7], f"{ctx.ch(['GF', 'CP', 'BB', 'TG'])}-{ctx.digits(4)}"),
        ]
        if ctx.cc == "CH":
            pairs.append((L[8], ctx.AHV()))
        if ctx.cc != "US":
            pairs.append((L[9], ctx.IB()))
        pairs.append((L[10], f"{ctx.N(ref, 'fl')}, {ctx.pmob(ref)}"))
        head = ctx.t(
            de=f"Bewerbung für den Gästeführer-Pool – {office}",
            fr=f"Candidature – guides de {office}",
            it=f"Candidatura guide – {office}",
            en=f"Guide pool application – {office}",
        )
        mot = ctx.t(
            DE="Ich führe seit Jahren privat Gruppen durch die Altstadt und habe den Kurs der IHK absolviert.",
            AT="Ich führe seit Jahren Gruppen durch die Altstadt und habe die Austria-Guide-Ausbildung "
            "am WIFI gemacht.",
            CH="Ich führe seit Jahren Gruppen durch die Altstadt und habe die Stadtführer-Ausbildung abgeschlossen.",
            fr="Je fais visiter la vieille ville depuis des années et j'ai obtenu la carte de guide.",
            it="Accompagno da anni gruppi nel centro storico e ho il patentino regionale.",
            en="I have been showing groups around the old town for years and hold a regional badge.",
        )
        return wrap(ctx, head + "\n\n" + form(ctx, pairs) + "\n\n" + mot, A)

    # v == 3: ticket export + guides' chat
    objs = []
    names = []
    for _ in range(ctx.wchoice([(2, 3), (3, 1)])):
        b = ctx.person()
        names.append(b)
        pay = ctx.wchoice([("masked", 3), ("card", 1), ("paypal", 1)])
        objs.append(
            {
                "ticket": f"T{ctx.digits(6)}",
                "tour": tour_title(ctx),
                "buyer": ctx.N(b, "fl"),
                "email": ctx.E(b),
                "phone": ctx.pmob(b) if ctx.p(0.5) else None,
                "qty": ctx.ri(1, 5),
                "payment": M("CARD", ctx.card())
                if pay == "card"
                else ctx.masked_card()
                if pay == "masked"
                else "PayPal",
                "ip": ctx.IP(),
            }
        )
    data = jlines(ctx, objs) if ctx.p(0.6) else jdump(ctx, objs)
    g1, g2 = ctx.person(), ctx.person()
    msgs = ctx.t(
        de=[
            (
                ctx.N(g1, ctx.ch(["f", "nick"])),
                f"kann jemand meine 14-uhr-tour übernehmen? {ctx.N(names[0], 'l')} + 3 personen",
            ),
            (ctx.N(g2, ctx.ch(["f", "nick"])), "mach ich. treffpunkt wie immer am brunnen?"),
            (ctx.N(g1, ctx.ch(["f", "nick"])), f"ja. falls die gruppe fehlt: {ctx.pmob(names[0])}"),
        ],
        fr=[
            (
                ctx.N(g1, ctx.ch(["f", "nick"])),
                f"quelqu'un peut prendre ma visite de 14 h ? {ctx.N(names[0], 'l')} + 3 personnes",
            ),
            (ctx.N(g2, ctx.ch(["f", "nick"])), "je la prends. rendez-vous à la fontaine comme d'hab ?"),
            (ctx.N(g1, ctx.ch(["f", "nick"])), f"oui. si le groupe n'est pas là : {ctx.pmob(names[0])}"),
        ],
        it=[
            (
                ctx.N(g1, ctx.ch(["f", "nick"])),
                f"qualcuno può fare la mia visita delle 14? {ctx.N(names[0], 'l')} + 3 persone",
            ),
            (ctx.N(g2, ctx.ch(["f", "nick"])), "la faccio io. ritrovo alla fontana come sempre?"),
            (ctx.N(g1, ctx.ch(["f", "nick"])), f"sì. se il gruppo non si vede: {ctx.pmob(names[0])}"),
        ],
        en=[
            (ctx.N(g1, ctx.ch(["f", "nick"])), f"can anyone take my 2pm walk? {ctx.N(names[0], 'l')} + 3"),
            (ctx.N(g2, ctx.ch(["f", "nick"])), "i'll do it. meet at the fountain as usual?"),
            (ctx.N(g1, ctx.ch(["f", "nick"])), f"yes. if they don't show: {ctx.pmob(names[0])}"),
        ],
    )
    return wrap(
        ctx,
        ctx.t(
            de="Ticketshop – Export", fr="Billetterie – export", it="Biglietteria – export", en="Ticket shop – export"
        )
        + "\n"
        + data
        + "\n\n"
        + chat(ctx, msgs),
        A,
    )


# ======================================================================================================================
# 10. langexam - language exam registrations: forms, exam-day lists, certificate corrections, online sign-ups
# ======================================================================================================================
EXAM_ASKS = {
    0: asks(
        de=["Ist meine Anmeldung so korrekt ausgefüllt?"],
        fr=["Mon inscription est-elle bien remplie ?"],
        it=["La mia iscrizione è compilata bene?"],
        en=["Have I filled in the registration correctly?"],
    ),
    1: asks(
        de=["Bitte Raumlisten pro Modul daraus machen."],
        fr=["Fais des listes par salle et par épreuve."],
        it=["Prepara le liste per aula e per prova."],
        en=["Make room lists per paper from this."],
    ),
    2: asks(
        de=["Wie antworten wir der Kandidatin/dem Kandidaten?"],
        fr=["Comment répondre au candidat ?"],
        it=["Come rispondiamo al candidato?"],
        en=["How should we answer the candidate?"],
    ),
    3: asks(
        de=["Welche Anmeldungen sind doppelt?"],
        fr=["Quelles inscriptions sont en double ?"],
        it=["Quali iscrizioni sono doppie?"],
        en=["Which registrations are duplicates?"],
    ),
}


ORIGIN_PLACE = {
    "tr_TR": (["Izmir", "Konya", "Kayseri", "Ankara"], "TR"),
    "pl_PL": (["Kraków", "Łódź", "Lublin"], "PL"),
    "hr_HR": (["Split", "Osijek", "Zagreb"], "HR"),
    "ro_RO": (["Iași", "Cluj-Napoca", "Timișoara"], "RO"),
    "pt_PT": (["Porto", "Braga", "Viseu"], "PT"),
    "pt_BR": (["Recife", "Curitiba", "Belo Horizonte"], "BR"),
    "es_ES": (["Sevilla", "Valencia", "Zaragoza"], "ES"),
    "es_MX": (["Puebla", "Guadalajara", "Oaxaca"], "MX"),
    "es_CO": (["Medellín", "Cali", "Bogotá"], "CO"),
    "hu_HU": (["Debrecen", "Szeged"], "HU"),
    "cs_CZ": (["Brno", "Ostrava"], "CZ"),
    "sk_SK": (["Košice", "Žilina"], "SK"),
    "sl_SI": (["Maribor", "Celje"], "SI"),
    "en_IN": (["Pune", "Chennai", "Kochi"], "IN"),
    "fr_DZ": (["Oran", "Constantine", "Tizi Ouzou"], "DZ"),
    "en_IE": (["Cork", "Galway"], "IE"),
    "yo_NG": (["Ibadan", "Lagos"], "NG"),
    "it_IT": (["Napoli", "Bari", "Catania"], "IT"),
    "de_DE": (["Leipzig", "Dresden", "Kassel"], "DE"),
    "de_CH": (["Bern", "Luzern"], "CH"),
    "albanian": (["Prishtina", "Prizren", "Tirana"], "XK"),
    "bosnian": (["Sarajevo", "Tuzla", "Banja Luka"], "BA"),
    "eritrean": (["Asmara", "Keren"], "ER"),
    "tamil": (["Jaffna", "Batticaloa"], "LK"),
    "levant": (["Aleppo", "Damascus", "Kabul", "Herat"], "SY"),
    "ukrainian": (["Kharkiv", "Lviv", "Odesa"], "UA"),
    "vietnamese": (["Hanoi", "Hai Phong"], "VN"),
    "chinese": (["Chengdu", "Wuhan", "Hangzhou"], "CN"),
    "greek": (["Thessaloniki", "Patras"], "GR"),
    "somali": (["Mogadishu", "Hargeisa"], "SO"),
    "filipino": (["Manila", "Cebu City"], "PH"),
    "maghreb": (["Casablanca", "Fès", "Oujda"], "MA"),
    "westafrican": (["Accra", "Dakar", "Kumasi"], "GH"),
    "korean": (["Busan", "Daegu"], "KR"),
}


def place_of_birth(ctx: Ctx, p: Person) -> tuple[str, str]:
    """a town of birth (unlabelled) and a nationality code that fit the person's name"""
    if p.origin.startswith("community:"):
        key = p.origin.split(":", 1)[1]
        if key in ORIGIN_PLACE:
            towns, nat = ORIGIN_PLACE[key]
            if key == "levant" and ctx.p(0.4):
                return ctx.ch(["Kabul", "Herat", "Mazar-i-Sharif"]), "AF"
            return ctx.ch(towns), nat
    return short_town(ctx.town()), {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "IT": "IT", "GB": "GB", "US": "US"}[
        ctx.cc
    ]


def misspell(ctx: Ctx, w: str) -> str:
    """a plausible clerical misspelling: two inner letters swapped, a letter doubled or dropped"""
    if len(w) < 4 or " " in w or "-" in w:
        return w + w[-1]
    k = ctx.ri(1, len(w) - 3)
    kind = ctx.ch(["swap", "double", "drop"])
    if kind == "swap" and w[k] != w[k + 1]:
        return w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    if kind == "double":
        return w[: k + 1] + w[k] + w[k + 1 :]
    return w[:k] + w[k + 1 :]


def exam_name(ctx: Ctx) -> str:
    return ctx.t(
        de=ctx.ch(
            [
                "Goethe-Zertifikat B1",
                "telc Deutsch B2",
                "ÖSD Zertifikat B1",
                "TestDaF",
                "fide-Test",
                "Cambridge B2 First",
                "DELF B2",
                "TOEIC",
            ]
        ),
        AT=ctx.ch(["ÖSD Zertifikat B1", "ÖSD Zertifikat C1", "Cambridge B2 First", "DELF B1"]),
        CH=ctx.ch(["fide-Test", "Goethe-Zertifikat B1", "Cambridge C1 Advanced", "DELF B2"]),
        fr=ctx.ch(["DELF B2", "DALF C1", "TCF Canada", "TEF", "Cambridge B2 First", "Goethe-Zertifikat A2"]),
        it=ctx.ch(["CILS B1 cittadinanza", "CELI 3", "PLIDA B2", "Cambridge B2 First", "DELF B1"]),
        en=ctx.ch(["IELTS Academic", "Cambridge C1 Advanced", "TOEFL iBT", "Trinity ISE II", "DELF A2"]),
    )


def g_langexam(ctx: Ctx, v: int) -> str:
    t = short_town(ctx.home)
    centre = ctx.t(
        DE=ctx.ch([f"Volkshochschule {t}", f"Sprachschule Lingua {t}", f"Goethe-Institut {t}"]),
        AT=ctx.ch([f"ÖSD-Prüfungszentrum {t}", f"VHS {t}"]),
        CH=ctx.ch([f"Klubschule Migros {t}", f"ECAP {t}"]),
        CHfr=ctx.ch([f"École-club {t}", f"Centre d'examens {t}"]),
        FR=ctx.ch([f"Alliance française de {t}", f"Centre d'examens de {t}"]),
        CHit=ctx.ch([f"Scuola Club {t}", f"Centro esami {t}"]),
        IT=ctx.ch([f"Centro linguistico di {t}", f"Scuola di lingue {t}"]),
        GB=ctx.ch([f"{t} Language Centre", f"{t} Exam Centre"]),
        US=ctx.ch([f"{t} Community College Testing Center", f"{t} Language Institute"]),
    )
    dom = org_domain(ctx, centre)
    exam = exam_name(ctx)
    A = EXAM_ASKS[v]
    if v == 0:
        c = ctx.person(kind=ctx.wchoice([("community", 6), ("special", 2), ("region", 2)]))
        a = ctx.addr()
        s1, s2 = ctx.A2(a)
        L = ctx.t(
            de=[
                "Familienname (laut Ausweis)",
                "Vorname(n)",
                "Geburtsdatum",
                "Geburtsort",
                "Staatsangehörigkeit",
                "Ausweisnummer",
                "Straße, Hausnr.",
                "PLZ, Wohnort",
                "Telefon",
                "E-Mail",
                "Prüfung",
                "Module",
                "Prüfungsgebühr",
            ],
            fr=[
                "Nom (comme sur la pièce d'identité)",
                "Prénom(s)",
                "Date de naissance",
                "Lieu de naissance",
                "Nationalité",
                "N° de pièce d'identité",
                "Adresse",
                "Code postal, ville",
                "Téléphone",
                "E-mail",
                "Examen",
                "Épreuves",
                "Frais d'inscription",
            ],
            it=[
                "Cognome (come da documento)",
                "Nome/i",
                "Data di nascita",
                "Luogo di nascita",
                "Cittadinanza",
                "N. documento",
                "Indirizzo",
                "CAP, città",
                "Telefono",
                "E-mail",
                "Esame",
                "Prove",
                "Quota d'esame",
            ],
            en=[
                "Family name (as on ID)",
                "Given name(s)",
                "Date of birth",
                "Place of birth",
                "Nationality",
                "ID / passport no.",
                "Address",
                "Town, postcode" if ctx.cc == "GB" else "City, State ZIP",
                "Phone",
                "Email",
                "Exam",
                "Papers",
                "Fee",
            ],
        )
        pob, nat = place_of_birth(ctx, c)
        fee = money(ctx, ctx.ch([150, 185, 230, 260]), False)
        pay = (
            (fee + " – " + (M("CARD", ctx.card()) if ctx.p(0.5) else ctx.masked_card()))
            if ctx.p(0.4)
            else (fee + " – " + ctx.IB() if ctx.cc != "US" else fee + " – " + ctx.masked_card())
        )
        pairs = [
            (L[0], ctx.N(c, "l") if ctx.p(0.6) else M("PERSON", c.last.upper())),
            (L[1], ctx.N(c, "f")),
            (L[2], ctx.DOB(age=(16, 60))),
            (L[3], pob),
            (L[4], nat),
            (L[5], f"{ctx.ch('ABCDEFGHKLMNPRSTUVXYZ')}{ctx.digits(7)}"),
            (L[6], s1),
            (L[7], s2),
            (L[8], ctx.pmob(c)),
            (L[9], ctx.E(c)),
            (L[10], exam),
            (
                L[11],
                ctx.t(
                    de=ctx.ch(["komplett", "Lesen, Hören", "Sprechen", "Schreiben, Sprechen"]),
                    fr=ctx.ch(["complet", "écrit + oral", "oral seul", "compréhension écrite"]),
                    it=ctx.ch(["tutte", "scritto + orale", "solo orale", "ascolto, lettura"]),
                    en=ctx.ch(["all", "Writing, Speaking", "Speaking only", "Reading, Listening"]),
                ),
            ),
            (L[12], pay),
        ]
        head = ctx.t(
            de=f"Anmeldung zur Prüfung – {centre}",
            fr=f"Inscription à l'examen – {centre}",
            it=f"Iscrizione all'esame – {centre}",
            en=f"Exam registration – {centre}",
        )
        return wrap(ctx, head + f"\n{exam}, {ctx.pdate()}\n\n" + form(ctx, pairs), A)

    if v == 1:
        rows = []
        for _ in range(ctx.ri(3, 4)):
            c = ctx.person(kind=ctx.wchoice([("community", 5), ("region", 3), ("special", 2)]))
            rows.append(
                [
                    f"{ctx.ri(2025, 2026)}{ctx.digits(4)}",
                    ctx.N(c, ctx.ch(["L,F", "lf", "lf"])),
                    ctx.DOB(age=(16, 60), shape=ctx.dob_shape),
                    ctx.t(
                        de=ctx.ch(["S", "S+L", "L+H", "komplett"]),
                        fr=ctx.ch(["É", "O", "É+O", "complet"]),
                        it=ctx.ch(["S", "O", "S+O", "tutte"]),
                        en=ctx.ch(["W", "S", "R+L", "all"]),
                    ),
                    f"{ctx.ri(1, 4)}.{ctx.ri(1, 20):02d}",
                ]
            )
        H = ctx.t(
            de=["Kand.-Nr.", "Name", "Geburtsdatum", "Teil", "Raum"],
            fr=["N° candidat", "Nom", "Né(e) le", "Épreuve", "Salle"],
            it=["N. candidato", "Nome", "Data di nascita", "Prova", "Aula"],
            en=["Cand. no.", "Name", "DOB", "Paper", "Room"],
        )
        tbl = table(ctx, H, rows, ctx.ch(["md", "fixed", "csv", "ssv", "mdraw"]))
        ex = [ctx.person(), ctx.person()]
        foot = ctx.t(
            de=f"Prüfende: {ctx.N(ex[0], 'F.L')}, {ctx.N(ex[1], 'F.L')} · Aufsicht: {ctx.N(ctx.person(), 'f')}\n"
            f"Notfallnummer Prüfungstag: {ctx.PH()}",
            fr=f"Examinateurs : {ctx.N(ex[0], 'F.L')}, {ctx.N(ex[1], 'F.L')} · Surveillance : "
            f"{ctx.N(ctx.person(), 'f')}\n"
            f"Numéro en cas de problème : {ctx.PH()}",
            it=f"Esaminatori: {ctx.N(ex[0], 'F.L')}, {ctx.N(ex[1], 'F.L')} · Sorveglianza: {ctx.N(ctx.person(), 'f')}\n"
            f"Numero per urgenze: {ctx.PH()}",
            en=f"Examiners: {ctx.N(ex[0], 'F.L')}, {ctx.N(ex[1], 'F.L')} · Invigilator: {ctx.N(ctx.person(), 'f')}\n"
            f"Contact on the day: {ctx.PH()}",
        )
        head = ctx.t(
            de=f"{centre} – Teilnehmerliste {exam}, {ctx.pdate()}",
            fr=f"{centre} – liste des candidats {exam}, {ctx.pdate()}",
            it=f"{centre} – elenco candidati {exam}, {ctx.pdate()}",
            en=f"{centre} – candidate list {exam}, {ctx.pdate()}",
        )
        return wrap(ctx, head + "\n\n" + tbl + "\n\n" + foot, A)

    if v == 2:
        c = ctx.person(kind=ctx.wchoice([("community", 6), ("special", 3), ("region", 2)]))
        wrong = (
            Person(misspell(ctx, c.first), c.last, c.g, c.lang)
            if ctx.p(0.5)
            else Person(c.first, misspell(ctx, c.last), c.g, c.lang)
        )
        staff = ctx.person()
        cm = ctx.email(c)
        sm = role_mail(ctx, ctx.t(de="pruefungen", fr="examens", it="esami", en="exams"), dom)
        y, mo, d = ctx.date(1970, 2006)
        right_dob = ctx.DOB(ymd=(y, mo, d), shape=ctx.dob_shape)
        if d <= 12 and d != mo:
            wrong_dob = ctx.DOB(ymd=(y, d, mo), shape=ctx.dob_shape)
        else:
            wrong_dob = ctx.DOB(ymd=(y, mo, d + 1 if d < 28 else d - 1), shape=ctx.dob_shape)
        q = ctx.t(
            de=f"{ctx.dear(c)},\n\nanbei Ihr Zertifikat ({exam}). Bitte prüfen Sie die Angaben.\n\n{greet_close(ctx)}\n"
            f"{ctx.N(staff, 'fl')}\n{centre}",
            fr=f"{ctx.dear(c)},\n\nvous trouverez ci-joint votre attestation ({exam}). Merci de vérifier les "
            "données.\n\n"
            f"{greet_close(ctx)}\n{ctx.N(staff, 'fl')}\n{centre}",
            it=f"{ctx.dear(c)},\n\nin allegato il Suo certificato ({exam}). La preghiamo di verificare i dati.\n\n"
            f"{greet_close(ctx)}\n{ctx.N(staff, 'fl')}\n{centre}",
            en=f"{ctx.dear(c)},\n\nplease find your certificate ({exam}) attached. Kindly check the details.\n\n"
            f"{greet_close(ctx)}\n{ctx.N(staff, 'fl')}\n{centre}",
        )
        quoted = quoted_block(
            ctx,
            None,
            sm,
            cm,
            ctx.t(de="Ihr Zertifikat", fr="Votre attestation", it="Il Suo certificato", en="Your certificate"),
            q,
            to_p=c,
        )
        body = ctx.t(
            de=f"Guten Tag,\n\nauf dem Zertifikat steht mein Name falsch: „{ctx.N(wrong, 'fl')}“ statt "
            f"„{ctx.N(c, 'fl')}“, "
            f"und als Geburtsdatum {wrong_dob} statt {right_dob}. Ich brauche das Zertifikat für die Einbürgerung. "
            f"Können Sie es neu ausstellen?\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}\n{ctx.pmob(c)}",
            fr=f"Bonjour,\n\nmon nom est mal orthographié sur l'attestation : « {ctx.N(wrong, 'fl')} » au lieu de "
            f"« {ctx.N(c, 'fl')} », et la date de naissance indiquée est le {wrong_dob} au lieu du {right_dob}. "
            "J'en ai besoin pour ma naturalisation. Pouvez-vous la corriger "
            f"?\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}\n{ctx.pmob(c)}",
            it=f"Buongiorno,\n\nsul certificato il mio nome è sbagliato: «{ctx.N(wrong, 'fl')}» invece di "
            f"«{ctx.N(c, 'fl')}», "
            f"e la data di nascita è {wrong_dob} invece di {right_dob}. Mi serve per la cittadinanza. Potete "
            f"correggerlo?\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}\n{ctx.pmob(c)}",
            en=f'Hello,\n\nmy name is misspelt on the certificate: "{ctx.N(wrong, "fl")}" instead of '
            f'"{ctx.N(c, "fl")}", '
            f"and the date of birth says {wrong_dob} instead of {right_dob}. I need it for my visa application. Could "
            f"you reissue it?\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}\n{ctx.pmob(c)}",
        )
        m = mail(
            ctx,
            addr_of(ctx, c, M("EMAIL", cm)),
            sm,
            ctx.t(
                de="AW: Ihr Zertifikat",
                fr="RE: Votre attestation",
                it="R: Il Suo certificato",
                en="Re: Your certificate",
            ),
            body,
            quoted=quoted,
        )
        return wrap(ctx, m, A)

    # v == 3: online registrations + staff chat
    objs = []
    cs = []
    sep_names = ctx.p(0.5)
    for _ in range(ctx.wchoice([(2, 3), (3, 1)])):
        c = ctx.person(kind=ctx.wchoice([("community", 5), ("region", 3), ("special", 2)]))
        cs.append(c)
        if sep_names:
            objs.append(
                {
                    "last_name": ctx.N(c, "l"),
                    "first_name": ctx.N(c, "f"),
                    "birth_date": ctx.DOB(age=(16, 60), shape="iso"),
                    "email": ctx.E(c),
                    "exam": exam,
                    "ip": ctx.IP(),
                }
            )
        else:
            objs.append(
                {
                    "name": ctx.N(c, ctx.ch(["fl", "LF"])),
                    "birth_date": ctx.DOB(age=(16, 60), shape="iso"),
                    "email": ctx.E(c),
                    "exam": exam,
                    "ip": ctx.IP(),
                }
            )
    has_dup = ctx.p(0.25)
    if has_dup:
        d2 = dict(objs[0])
        d2["ip"] = ctx.IP()
        objs.append(d2)
    data = jlines(ctx, objs) if ctx.p(0.6) else jdump(ctx, objs)
    s1, s2 = ctx.person(), ctx.person()
    msgs = ctx.t(
        de=[
            (
                ctx.N(s1, "f"),
                f"{ctx.N(cs[0], 'l')} ist doppelt angemeldet, einmal löschen?"
                if has_dup
                else f"hat {ctx.N(cs[0], 'l')} schon bezahlt?",
            ),
            (
                ctx.N(s2, ctx.ch(["f", "nick"])),
                "ja, die zweite. gebühr nur einmal bezahlt" if has_dup else "ja, gestern",
            ),
            (ctx.N(s1, "f"), f"ok. und {ctx.N(cs[1], 'f')} hat nachteilsausgleich beantragt (mehr zeit)"),
        ],
        fr=[
            (
                ctx.N(s1, "f"),
                f"{ctx.N(cs[0], 'l')} est inscrit deux fois, j'en supprime une ?"
                if has_dup
                else f"{ctx.N(cs[0], 'l')} a déjà payé ?",
            ),
            (
                ctx.N(s2, ctx.ch(["f", "nick"])),
                "oui, la deuxième. frais payés une seule fois" if has_dup else "oui, hier",
            ),
            (ctx.N(s1, "f"), f"ok. et {ctx.N(cs[1], 'f')} demande un tiers-temps"),
        ],
        it=[
            (
                ctx.N(s1, "f"),
                f"{ctx.N(cs[0], 'l')} risulta iscritto due volte, ne cancello una?"
                if has_dup
                else f"{ctx.N(cs[0], 'l')} ha già pagato?",
            ),
            (
                ctx.N(s2, ctx.ch(["f", "nick"])),
                "sì, la seconda. quota pagata una volta sola" if has_dup else "sì, ieri",
            ),
            (ctx.N(s1, "f"), f"ok. e {ctx.N(cs[1], 'f')} ha chiesto tempo aggiuntivo"),
        ],
        en=[
            (
                ctx.N(s1, "f"),
                f"{ctx.N(cs[0], 'l')} is registered twice, delete one?"
                if has_dup
                else f"has {ctx.N(cs[0], 'l')} paid yet?",
            ),
            (ctx.N(s2, ctx.ch(["f", "nick"])), "yes, the second. fee only paid once" if has_dup else "yes, yesterday"),
            (ctx.N(s1, "f"), f"ok. and {ctx.N(cs[1], 'f')} asked for extra time"),
        ],
    )
    if ctx.p(0.5):
        msgs = msgs[:-1]
    if ctx.lang == "fr" and cs[0].g == "f":
        msgs[0] = (msgs[0][0], msgs[0][1].replace("est inscrit deux", "est inscrite deux"))
    if ctx.lang == "it" and cs[0].g == "f":
        msgs[0] = (msgs[0][0], msgs[0][1].replace("risulta iscritto", "risulta iscritta"))
    return wrap(
        ctx,
        ctx.t(
            de="Online-Anmeldungen:", fr="Inscriptions en ligne :", it="Iscrizioni online:", en="Online registrations:"
        )
        + "\n"
        + data
        + "\n\n"
        + chat(ctx, msgs, lower=False),
        A,
    )


# ======================================================================================================================
# 11. energycoop - citizens' energy co-operatives: share subscriptions, member registers, transfers, AGM votes
# ======================================================================================================================
COOP_ASKS = {
    0: asks(
        de=["Bitte Beitrittserklärung prüfen, bevor ich sie einreiche."],
        fr=["Vérifie le bulletin avant envoi."],
        it=["Controlla il modulo di adesione prima dell'invio."],
        en=["Check my share application before I send it."],
    ),
    1: asks(
        de=["Wie viele Anteile haben die Mitglieder zusammen?", "Bitte nach Eintrittsdatum sortieren."],
        fr=["Combien de parts au total ?", "Trie par date d'adhésion."],
        it=["Quante quote in totale?", "Ordina per data di adesione."],
        en=["How many shares in total?", "Sort by join date."],
    ),
    2: asks(
        de=["Was braucht die Genossenschaft noch von mir?"],
        fr=["De quoi la coopérative a-t-elle encore besoin ?"],
        it=["Cosa serve ancora alla cooperativa?"],
        en=["What else does the co-op need from me?"],
    ),
    3: asks(
        de=["Bitte Abstimmungsergebnis auszählen."],
        fr=["Compte les votes, stp."],
        it=["Conta i voti, per favore."],
        en=["Count the votes please."],
    ),
}


def coop_name(ctx: Ctx) -> str:
    t = short_town(ctx.home)
    return ctx.t(
        DE=ctx.ch([f"Bürgerenergie {t} eG", f"Energiegenossenschaft {t} eG", f"Sonnenstrom {t} eG"]),
        AT=ctx.ch([f"Bürgerkraftwerk {t} eGen", f"Energiegemeinschaft {t}"]),
        CH=ctx.ch([f"Energiegenossenschaft {t}", f"Solargenossenschaft {t}", f"EWG {t}"]),
        fr=ctx.ch([f"Énergie citoyenne {t}", f"Coopérative solaire de {t}", f"Centrales villageoises de {t}"]),
        it=ctx.ch([f"Comunità energetica {t}", f"Cooperativa Energia {t}", f"Solare Insieme {t}"]),
        GB=ctx.ch([f"{t} Community Energy", f"{t} Solar Co-op"]),
        US=ctx.ch([f"{t} Community Solar Cooperative", f"{t} Energy Co-op"]),
    )


def g_energycoop(ctx: Ctx, v: int) -> str:
    coop = coop_name(ctx)
    dom = org_domain(ctx, coop)
    A = COOP_ASKS[v]
    share = ctx.ch([100, 250, 500])
    if v == 0:
        p = ctx.person()
        sp = ctx.relative(p) if ctx.p(0.5) else None
        a = ctx.addr(town=ctx.home if ctx.p(0.6) else None)
        s1, s2 = ctx.A2(a)
        n = ctx.ri(1, 20)
        L = ctx.t(
            de=[
                "Name",
                "Geburtsdatum",
                "Straße",
                "PLZ / Ort",
                "Telefon",
                "E-Mail",
                "Anzahl Anteile",
                "Betrag",
                "IBAN (Einzahlung & Dividende)",
                "Kontoinhaber/in",
                "Gemeinsam mit",
            ],
            fr=[
                "Nom",
                "Date de naissance",
                "Adresse",
                "Code postal / ville" if ctx.cc != "CH" else "NPA / localité",
                "Téléphone",
                "E-mail",
                "Nombre de parts",
                "Montant",
                "IBAN (versement et intérêts)",
                "Titulaire",
                "Conjointement avec",
            ],
            it=[
                "Nome",
                "Data di nascita",
                "Via",
                "CAP / comune",
                "Telefono",
                "E-mail",
                "Numero di quote",
                "Importo",
                "IBAN (versamento e dividendi)",
                "Intestatario",
                "Cointestato con",
            ],
            en=[
                "Name",
                "Date of birth",
                "Address",
                "Town / postcode" if ctx.cc == "GB" else "City / State / ZIP",
                "Phone",
                "Email",
                "Number of shares",
                "Amount",
                "Bank account (IBAN)",
                "Account holder",
                "Joint with",
            ],
        )
        pairs = [
            (L[0], ctx.N(p, ctx.ch(["fl", "lf"]))),
            (L[1], ctx.DOB(age=(18, 85))),
            (L[2], s1),
            (L[3], s2),
            (L[4], ctx.pmob(p) if ctx.p(0.6) else ctx.PH("land", a.area)),
            (L[5], ctx.E(p)),
            (L[6], str(n)),
            (L[7], money(ctx, n * share, False)),
        ]
        if ctx.cc != "US":
            pairs += [(L[8], ctx.IB()), (L[9], ctx.N(p if ctx.p(0.7) else (sp or p), "fl"))]
        else:
            pairs += [("Payment", f"ACH – routing {ctx.digits(9)}, account ending {ctx.digits(4)}")]
        sp_born = ""
        if sp:
            sp_born = ctx.t(de="geb.", fr=ctx.gw(sp, "né le", "née le"), it=ctx.gw(sp, "nato il", "nata il"), en="born")
        if sp:
            pairs.append(
                (
                    L[10],
                    f"{ctx.N(sp, 'fl')}, {sp_born} {ctx.DOB(age=(18, 85))}",
                )
            )
        head = ctx.t(
            de=f"Beitrittserklärung – {coop}\n(Geschäftsanteil {money(ctx, share, False)})",
            fr=f"Bulletin de souscription – {coop}\n(part sociale de {money(ctx, share, False)})",
            it=f"Domanda di adesione – {coop}\n(quota sociale {money(ctx, share, False)})",
            en=f"Share application – {coop}\n(shares of {money(ctx, share, False)} each)",
        )
        ip = ""
        if ctx.p(0.4):
            ip = (
                "\n\n"
                + ctx.t(
                    de="Online eingereicht, IP: ",
                    fr="Envoyé en ligne, IP : ",
                    it="Inviato online, IP: ",
                    en="Submitted online, IP: ",
                )
                + ctx.IP()
            )
        return wrap(ctx, head + "\n\n" + form(ctx, pairs) + ip, A)

    if v == 1:
        rows = []
        for _ in range(ctx.ri(3, 4)):
            m = ctx.person()
            a = ctx.addr(town=ctx.home if ctx.p(0.5) else None)
            street_town = ctx.A1(a, ", ") if ctx.p(0.6) else M("ADDRESS", a.street)
            rows.append(
                [
                    f"{ctx.ri(1, 980):04d}",
                    ctx.N(m, ctx.ch(["lf", "lf", "fl"])),
                    street_town,
                    str(ctx.ri(1, 40)),
                    ctx.pdate(2012, 2025),
                ]
            )
        H = ctx.t(
            de=["Mitgl.-Nr.", "Name", "Anschrift", "Anteile", "Eintritt"],
            fr=["N° membre", "Nom", "Adresse", "Parts", "Adhésion"],
            it=["N. socio", "Nome", "Indirizzo", "Quote", "Adesione"],
            en=["Member", "Name", "Address", "Shares", "Joined"],
        )
        tbl = table(ctx, H, rows, ctx.ch(["md", "fixed", "csv", "ssv", "tsv", "mdraw"]))
        bd = ctx.person()
        chair_de = ctx.t(
            DE=ctx.gw(bd, "Vorstandsvorsitzender", "Vorstandsvorsitzende"),
            AT=ctx.gw(bd, "Obmann", "Obfrau"),
            CH=ctx.gw(bd, "Präsident", "Präsidentin"),
            fr="",
            it="",
            en="",
        )
        foot = ctx.t(
            de=f"Stand {ctx.pdate()} – {chair_de}: {ctx.N(bd, 'fl')}, {ctx.E(bd, dom, True)}, {ctx.pmob(bd)}",
            fr=f"Situation au {ctx.pdate()} – {ctx.gw(bd, 'président', 'présidente')} : {ctx.N(bd, 'fl')}, "
            f"{ctx.E(bd, dom, True)}, {ctx.pmob(bd)}",
            it=f"Aggiornato al {ctx.pdate()} – {ctx.gw(bd, 'presidente', 'presidente')}: {ctx.N(bd, 'fl')}, "
            f"{ctx.E(bd, dom, True)}, {ctx.pmob(bd)}",
            en=f"As of {ctx.pdate()} – chair: {ctx.N(bd, 'fl')}, {ctx.E(bd, dom, True)}, {ctx.pmob(bd)}",
        )
        head = ctx.t(
            de=f"{coop} – Mitgliederliste (Auszug)",
            fr=f"{coop} – registre des sociétaires (extrait)",
            it=f"{coop} – libro soci (estratto)",
            en=f"{coop} – register of members (extract)",
        )
        return wrap(ctx, head + "\n\n" + tbl + "\n\n" + foot, A)

    if v == 2:
        dec = ctx.person(kind=ctx.ch(["region", "region", "special"]))
        heir = ctx.relative(dec)
        ha = ctx.addr()
        h1, h2 = ctx.A2(ha)
        off = ctx.person()
        om = ctx.email(off, dom, True)
        hm = ctx.email(heir)
        q = ctx.t(
            de=f"{ctx.dear(heir)},\n\nmit Bedauern haben wir vom Tod von {ctx.N(dec, 'fl')} erfahren. Die "
            f"{ctx.ri(2, 20)} Anteile können auf Sie übertragen werden. Bitte senden Sie uns den Erbschein, Ihr "
            f"Geburtsdatum und eine Bankverbindung.\n\n{greet_close(ctx)}\n{ctx.N(off, 'fl')}\n{coop}",
            fr=f"{ctx.dear(heir)},\n\nnous avons appris avec tristesse le décès de {ctx.N(dec, 'fl')}. Ses parts "
            "peuvent "
            f"vous être transférées. Merci de nous envoyer l'acte de notoriété, votre date de naissance et un RIB.\n\n"
            f"{greet_close(ctx)}\n{ctx.N(off, 'fl')}\n{coop}",
            it=f"{ctx.dear(heir)},\n\nabbiamo appreso con dispiacere della scomparsa di {ctx.N(dec, 'fl')}. Le quote "
            "possono esserLe trasferite. Ci invii la dichiarazione di successione, la Sua data di nascita e "
            "l'IBAN.\n\n"
            f"{greet_close(ctx)}\n{ctx.N(off, 'fl')}\n{coop}",
            en=f"{ctx.dear(heir)},\n\nwe were sorry to hear of the death of {ctx.N(dec, 'fl')}. The shares can be "
            f"transferred to you. Please send us the grant of probate, your date of birth and bank details.\n\n"
            f"{greet_close(ctx)}\n{ctx.N(off, 'fl')}\n{coop}",
        )
        subj = ctx.t(
            de="Übertragung der Anteile", fr="Transfert des parts", it="Trasferimento quote", en="Transfer of shares"
        )
        quoted = quoted_block(ctx, off, om, hm, subj, q, to_p=heir)
        rel = ctx.t(
            de=ctx.gw(dec, "Vater", "Mutter"),
            fr=ctx.gw(dec, "père", "mère"),
            it=ctx.gw(dec, "padre", "madre"),
            en=ctx.gw(dec, "father", "mother"),
        )
        bank = ctx.IB() if ctx.cc != "US" else f"routing {ctx.digits(9)} / account {ctx.digits(10)}"
        body = ctx.t(
            de=f"{ctx.dear(off)},\n\nvielen Dank. Anbei der Erbschein für meinen {rel} – bzw. meine {rel}. ".replace(
                f"für meinen {rel} – bzw. meine {rel}", f"für {ctx.gw(dec, 'meinen Vater', 'meine Mutter')}"
            )
            + f"Meine Daten:\n{ctx.N(heir, 'fl')}, geb. {ctx.DOB(age=(30, 70))}\n{h1}\n{h2}\nIBAN: {bank}\n\n"
            f"{greet_close(ctx)}\n{ctx.N(heir, 'fl')}",
            fr=f"{ctx.dear(off)},\n\nmerci. Vous trouverez ci-joint l'acte concernant mon {rel}. ".replace(
                f"mon {rel}", ctx.gw(dec, "mon père", "ma mère")
            )
            + f"Mes coordonnées :\n{ctx.N(heir, 'fl')}, {ctx.gw(heir, 'né', 'née')} le "
            f"{ctx.DOB(age=(30, 70))}\n{h1}\n{h2}\n"
            f"IBAN : {bank}\n\n{greet_close(ctx)}\n{ctx.N(heir, 'fl')}",
            it=f"{ctx.dear(off)},\n\ngrazie. In allegato la dichiarazione relativa a "
            f"{ctx.gw(dec, 'mio padre', 'mia madre')}. "
            f"I miei dati:\n{ctx.N(heir, 'fl')}, {ctx.gw(heir, 'nato', 'nata')} il "
            f"{ctx.DOB(age=(30, 70))}\n{h1}\n{h2}\n"
            f"IBAN: {bank}\n\n{greet_close(ctx)}\n{ctx.N(heir, 'fl')}",
            en=f"{ctx.dear(off)},\n\nthank you. Attached is the grant for my {rel}'s estate. My details:\n"
            f"{ctx.N(heir, 'fl')}, born {ctx.DOB(age=(30, 70))}\n{h1}\n{h2}\nBank: {bank}\n\n{greet_close(ctx)}\n"
            f"{ctx.N(heir, 'fl')}",
        )
        m = mail(
            ctx,
            addr_of(ctx, heir, M("EMAIL", hm)),
            addr_of(ctx, off, M("EMAIL", om)),
            ctx.t(de="AW: ", fr="RE: ", it="R: ", en="Re: ") + subj,
            body,
            quoted=quoted,
            cc=role_mail(ctx, ctx.t(de="mitglieder", fr="societaires", it="soci", en="members"), dom)
            if ctx.p(0.4)
            else None,
        )
        return wrap(ctx, m, A)

    # v == 3: AGM online votes + proxy + board chat
    rows = []
    ms = []
    for _ in range(2):
        m = ctx.person()
        ms.append(m)
        rows.append(
            [
                ctx.N(m, "fl"),
                ctx.E(m),
                ctx.ch(["ja", "nein", "Enthaltung"])
                if ctx.lang == "de"
                else ctx.t(
                    fr=ctx.ch(["pour", "contre", "abstention"]),
                    it=ctx.ch(["sì", "no", "astenuto"]),
                    en=ctx.ch(["yes", "no", "abstain"]),
                ),
                ctx.IP(),
                f"{ctx.time()}:{ctx.ri(10, 59)}",
            ]
        )
    H = ctx.t(
        de=["Mitglied", "E-Mail", "Stimme TOP 4", "IP", "Zeit"],
        fr=["Sociétaire", "E-mail", "Vote résolution 4", "IP", "Heure"],
        it=["Socio", "E-mail", "Voto punto 4", "IP", "Ora"],
        en=["Member", "Email", "Vote item 4", "IP", "Time"],
    )
    tbl = table(ctx, H, rows, ctx.ch(["csv", "ssv", "tsv", "md"]))
    giver = ctx.person()
    holder = ms[0]
    proxy = ctx.t(
        de=f"Vollmacht: Ich, {ctx.N(giver, 'fl')}, bevollmächtige {ctx.N(holder, 'fl')}, mich in der "
        "Generalversammlung "
        f"zu vertreten. {short_town(ctx.home)}, {ctx.pdate()}",
        fr=f"Pouvoir : je soussigné(e) {ctx.N(giver, 'fl')} donne pouvoir à {ctx.N(holder, 'fl')} de me représenter "
        f"à l'assemblée générale. {short_town(ctx.home)}, le {ctx.pdate()}".replace(
            "soussigné(e)", ctx.gw(giver, "soussigné", "soussignée")
        ),
        it=f"Delega: {ctx.gw(giver, 'il sottoscritto', 'la sottoscritta')} {ctx.N(giver, 'fl')} delega "
        f"{ctx.N(holder, 'fl')} a rappresentarmi all'assemblea. {short_town(ctx.home)}, {ctx.pdate()}",
        en=f"Proxy: I, {ctx.N(giver, 'fl')}, appoint {ctx.N(holder, 'fl')} to vote on my behalf at the AGM. "
        f"{short_town(ctx.home)}, {ctx.pdate()}",
    )
    b1, b2 = ctx.person(), ctx.person()
    msgs = ctx.t(
        de=[
            (
                ctx.N(b1, ctx.ch(["f", "fl"])),
                f"{ctx.N(holder, 'f')} hat zwei stimmen (vollmacht {ctx.N(giver, 'l')}), zählt das?",
            ),
            (ctx.N(b2, ctx.ch(["f", "nick"])), "ja, max. eine vollmacht pro mitglied laut satzung"),
            (ctx.N(b1, ctx.ch(["f", "fl"])), "ok, dann ist TOP 4 angenommen"),
        ],
        fr=[
            (
                ctx.N(b1, ctx.ch(["f", "fl"])),
                f"{ctx.N(holder, 'f')} a deux voix (pouvoir de {ctx.N(giver, 'l')}), c'est valable ?",
            ),
            (ctx.N(b2, ctx.ch(["f", "nick"])), "oui, un pouvoir max par sociétaire selon les statuts"),
            (ctx.N(b1, ctx.ch(["f", "fl"])), "ok, la résolution 4 est adoptée"),
        ],
        it=[
            (
                ctx.N(b1, ctx.ch(["f", "fl"])),
                f"{ctx.N(holder, 'f')} ha due voti (delega di {ctx.N(giver, 'l')}), vale?",
            ),
            (ctx.N(b2, ctx.ch(["f", "nick"])), "sì, massimo una delega per socio da statuto"),
            (ctx.N(b1, ctx.ch(["f", "fl"])), "ok, punto 4 approvato"),
        ],
        en=[
            (
                ctx.N(b1, ctx.ch(["f", "fl"])),
                f"{ctx.N(holder, 'f')} has two votes (proxy from {ctx.N(giver, 'l')}), does that count?",
            ),
            (ctx.N(b2, ctx.ch(["f", "nick"])), "yes, one proxy per member max per the rules"),
            (ctx.N(b1, ctx.ch(["f", "fl"])), "ok, item 4 carried"),
        ],
    )
    head = ctx.t(
        de=f"{coop} – Online-Abstimmung GV {ctx.ri(2025, 2026)}",
        fr=f"{coop} – vote en ligne AG {ctx.ri(2025, 2026)}",
        it=f"{coop} – voto online assemblea {ctx.ri(2025, 2026)}",
        en=f"{coop} – AGM online vote {ctx.ri(2025, 2026)}",
    )
    return wrap(ctx, head + "\n\n" + tbl + "\n\n" + proxy + "\n\n" + chat(ctx, msgs), A)


# ======================================================================================================================
# 12. zoo - zoo memberships and animal sponsorships: sponsorship orders, family passes, volunteer rosters, shop exports
# ======================================================================================================================
ZOO_ASKS = {
    0: asks(
        de=["Bitte Urkundentext für die Patenschaft formulieren."],
        fr=["Rédige le texte du certificat de parrainage."],
        it=["Scrivi il testo dell'attestato di adozione."],
        en=["Write the wording for the adoption certificate."],
    ),
    1: asks(
        de=["Ist der Antrag für die Familienkarte vollständig?"],
        fr=["La demande d'abonnement famille est-elle complète ?"],
        it=["La richiesta di abbonamento famiglia è completa?"],
        en=["Is the family pass application complete?"],
    ),
    2: asks(
        de=["Wer hat am Wochenende Dienst? Bitte Übersicht."],
        fr=["Qui est de service ce week-end ?"],
        it=["Chi è di turno nel weekend?"],
        en=["Who's on this weekend? Overview please."],
    ),
    3: asks(
        de=["Bitte Antwort an den Kunden wegen der verlorenen Jahreskarte."],
        fr=["Réponds au client pour la carte perdue."],
        it=["Rispondi al cliente per la tessera persa."],
        en=["Reply to the customer about the lost pass."],
    ),
}
ANIMALS = {
    "de": [
        ("Elefantenkuh", "Maya"),
        ("Löwe", "Otto"),
        ("Erdmännchen", "Fritz"),
        ("Pinguin", "Hugo"),
        ("Orang-Utan", "Sandra"),
        ("Giraffe", "Lotte"),
        ("Luchs", "Emil"),
        ("Roter Panda", "Lina"),
    ],
    "fr": [
        ("éléphante", "Maya"),
        ("lion", "Léon"),
        ("suricate", "Gaston"),
        ("manchot", "Hugo"),
        ("girafe", "Margot"),
        ("panda roux", "Nina"),
        ("lynx", "Émile"),
    ],
    "it": [
        ("elefantessa", "Maya"),
        ("leone", "Otto"),
        ("suricato", "Pippo"),
        ("pinguino", "Ugo"),
        ("giraffa", "Gina"),
        ("panda rosso", "Lina"),
        ("lince", "Bruno"),
    ],
    "en": [
        ("elephant", "Maya"),
        ("lion", "Otto"),
        ("meerkat", "Bert"),
        ("penguin", "Hugo"),
        ("giraffe", "Daisy"),
        ("red panda", "Ruby"),
        ("lynx", "Percy"),
    ],
}


def g_zoo(ctx: Ctx, v: int) -> str:
    t = short_town(ctx.home)
    zoo = ctx.t(
        de=ctx.ch([f"Zoo {t}", f"Tierpark {t}", f"Wildpark {t}"]),
        CH=ctx.ch([f"Zoo {t}", f"Tierpark {t}", f"Wildpark {t}"]),
        fr=ctx.ch([f"Zoo de {t}", f"Parc animalier de {t}"]),
        it=ctx.ch([f"Zoo di {t}", f"Parco faunistico di {t}"]),
        en=ctx.ch([f"{t} Zoo", f"{t} Wildlife Park"]),
    )
    dom = org_domain(ctx, zoo)
    A = ZOO_ASKS[v]
    if v == 0:
        sp = ctx.person()
        rec = ctx.person()
        a = ctx.addr()
        s1, s2 = ctx.A2(a)
        species, aname = ctx.ch(ANIMALS[ctx.lang])
        ti = ctx.ri(0, 2)
        tier = ctx.t(
            de=["Bronze", "Silber", "Gold"],
            fr=["Bronze", "Argent", "Or"],
            it=["Bronzo", "Argento", "Oro"],
            en=["Bronze", "Silver", "Gold"],
        )[ti]
        price = [50, 120, 250][ti]
        pay = ctx.wchoice([("card", 2), ("masked", 2), ("iban", 3)])
        pv = (
            M("CARD", ctx.card())
            if pay == "card"
            else ctx.masked_card()
            if pay == "masked"
            else (ctx.IB() if ctx.cc != "US" else ctx.masked_card())
        )
        L = ctx.t(
            de=[
                "Pate/Patin",
                "E-Mail",
                "Telefon",
                "Tier",
                "Patenschaft",
                "Beschenkte Person",
                "Urkunde an",
                "",
                "Zahlung",
            ],
            fr=[
                "Parrain / marraine",
                "E-mail",
                "Téléphone",
                "Animal",
                "Formule",
                "Bénéficiaire",
                "Certificat à envoyer à",
                "",
                "Paiement",
            ],
            it=[
                "Padrino / madrina",
                "E-mail",
                "Telefono",
                "Animale",
                "Formula",
                "Beneficiario/a",
                "Attestato a",
                "",
                "Pagamento",
            ],
            en=[
                "Sponsor",
                "Email",
                "Phone",
                "Animal",
                "Package",
                "Gift recipient",
                "Send certificate to",
                "",
                "Payment",
            ],
        )
        pairs = [
            (L[0], ctx.N(sp, "fl")),
            (L[1], ctx.E(sp)),
            (L[2], ctx.pmob(sp)),
            (L[3], f"{species} {aname}"),
            (L[4], f"{tier} – {money(ctx, price, False)}"),
            (L[5], ctx.N(rec, ctx.ch(["fl", "f"]))),
            (L[6], s1),
            (L[6] + " (2)", s2),
            (L[8], pv),
        ]
        note = ctx.t(
            de=f"Urkundentext: „Für {ctx.N(rec, 'f')} – Patenschaft für {aname}, von "
            f"{ctx.N(sp, ctx.ch(['f', 'nick']))}“",
            fr=f"Texte du certificat : « Pour {ctx.N(rec, 'f')} – parrainage de {aname}, de la part de "
            f"{ctx.N(sp, ctx.ch(['f', 'nick']))} »",
            it=f"Testo dell'attestato: «Per {ctx.N(rec, 'f')} – adozione di {aname}, da "
            f"{ctx.N(sp, ctx.ch(['f', 'nick']))}»",
            en=f'Certificate wording: "For {ctx.N(rec, "f")} – adopting {aname}, love from '
            f'{ctx.N(sp, ctx.ch(["f", "nick"]))}"',
        )
        head = ctx.t(
            de=f"{zoo} – Tierpatenschaft (Bestellung {ctx.digits(5)})",
            fr=f"{zoo} – parrainage (commande {ctx.digits(5)})",
            it=f"{zoo} – adozione a distanza (ordine {ctx.digits(5)})",
            en=f"{zoo} – animal adoption (order {ctx.digits(5)})",
        )
        return wrap(ctx, head + "\n\n" + form(ctx, pairs) + "\n\n" + note, A)

    if v == 1:
        p1 = ctx.person()
        p2 = ctx.relative(p1) if ctx.p(0.7) else ctx.person()
        kids = [ctx.relative(p1) for _ in range(ctx.ri(1, 3))]
        a = ctx.addr(town=ctx.home)
        s1, s2 = ctx.A2(a)
        L = ctx.t(
            de=["Erwachsene/r 1", "Erwachsene/r 2", "Kinder", "Anschrift", "", "E-Mail", "Telefon", "Zahlung"],
            fr=["Adulte 1", "Adulte 2", "Enfants", "Adresse", "", "E-mail", "Téléphone", "Paiement"],
            it=["Adulto 1", "Adulto 2", "Bambini", "Indirizzo", "", "E-mail", "Telefono", "Pagamento"],
            en=["Adult 1", "Adult 2", "Children", "Address", "", "Email", "Phone", "Payment"],
        )
        born = ctx.t(de="geb.", fr="né(e) le", it="nato/a il", en="b.")
        kid_s = "; ".join(f"{ctx.N(k, 'f')} ({born} {ctx.DOB(age=(1, 15))})" for k in kids)
        kid_s = kid_s.replace("né(e) le", "le").replace("nato/a il", "il") if ctx.lang in ("fr", "it") else kid_s
        pay = ctx.IB() if ctx.cc != "US" else f"card {ctx.masked_card()}"
        pairs = [
            (
                L[0],
                f"{ctx.N(p1, 'fl')}, {born} {ctx.DOB(age=(25, 60))}".replace(
                    "né(e) le", ctx.gw(p1, "né le", "née le")
                ).replace("nato/a il", ctx.gw(p1, "nato il", "nata il")),
            ),
            (
                L[1],
                f"{ctx.N(p2, 'fl')}, {born} {ctx.DOB(age=(25, 60))}".replace(
                    "né(e) le", ctx.gw(p2, "né le", "née le")
                ).replace("nato/a il", ctx.gw(p2, "nato il", "nata il")),
            ),
            (L[2], kid_s),
            (L[3], s1),
            (L[3] + " (2)", s2),
            (L[5], ctx.E(p1)),
            (L[6], ctx.pmob(p1)),
            (L[7], pay),
        ]
        head = ctx.t(
            de=f"{zoo} – Antrag Familien-Jahreskarte",
            fr=f"{zoo} – demande d'abonnement annuel famille",
            it=f"{zoo} – richiesta abbonamento annuale famiglia",
            en=f"{zoo} – family membership application",
        )
        note = ctx.t(
            de="Foto für die Karte bitte an der Kasse machen lassen.",
            fr="Photo à faire à la caisse.",
            it="La foto si fa alla cassa.",
            en="Photos are taken at the ticket desk.",
        )
        return wrap(ctx, head + "\n\n" + form(ctx, pairs) + "\n\n" + note, A)

    if v == 2:
        rows = []
        vols = []
        for _ in range(ctx.ri(3, 4)):
            vp = ctx.person()
            vols.append(vp)
            species, _ = ctx.ch(ANIMALS[ctx.lang])
            rows.append(
                [
                    ctx.pdate(),
                    ctx.ch(["10–13", "13–16", "10–16", "14–17"]),
                    species,
                    ctx.N(vp, ctx.ch(["fl", "f", "F.L", "lf"])),
                    ctx.pmob(vp) if ctx.p(0.6) else "",
                ]
            )
        H = ctx.t(
            de=["Datum", "Zeit", "Station", "Zoo-Scout", "Handy"],
            fr=["Date", "Heure", "Poste", "Bénévole", "Portable"],
            it=["Data", "Orario", "Postazione", "Volontario/a", "Cellulare"],
            en=["Date", "Time", "Station", "Volunteer", "Mobile"],
        )
        tbl = table(ctx, H, rows, ctx.ch(["md", "fixed", "csv", "ssv"]))
        co = ctx.person()
        msgs = ctx.t(
            de=[
                (ctx.N(co, ctx.ch(["f", "fl"])), f"{ctx.N(vols[0], 'f')} ist krank, wer übernimmt samstag?"),
                (ctx.N(vols[1], ctx.ch(["f", "nick"])), "ich kann, aber erst ab 11"),
                (ctx.N(co, ctx.ch(["f", "fl"])), "super, danke! schlüssel liegt an der kasse"),
            ],
            fr=[
                (ctx.N(co, ctx.ch(["f", "fl"])), f"{ctx.N(vols[0], 'f')} est malade, qui prend samedi ?"),
                (ctx.N(vols[1], ctx.ch(["f", "nick"])), "moi, mais à partir de 11 h"),
                (ctx.N(co, ctx.ch(["f", "fl"])), "super, merci ! la clé est à la caisse"),
            ],
            it=[
                (
                    ctx.N(co, ctx.ch(["f", "fl"])),
                    f"{ctx.N(vols[0], 'f')} è malato/a, chi copre sabato?".replace(
                        "malato/a", ctx.gw(vols[0], "malato", "malata")
                    ),
                ),
                (ctx.N(vols[1], ctx.ch(["f", "nick"])), "io, ma dalle 11"),
                (ctx.N(co, ctx.ch(["f", "fl"])), "grazie! la chiave è alla cassa"),
            ],
            en=[
                (ctx.N(co, ctx.ch(["f", "fl"])), f"{ctx.N(vols[0], 'f')} is off sick, who can do saturday?"),
                (ctx.N(vols[1], ctx.ch(["f", "nick"])), "me, but only from 11"),
                (ctx.N(co, ctx.ch(["f", "fl"])), "brilliant, thanks! key's at the ticket desk"),
            ],
        )
        if ctx.lang == "fr" and vols[0].g == "f":
            msgs[0] = (msgs[0][0], msgs[0][1].replace("est malade", "est malade"))
        head = ctx.t(
            de=f"{zoo} – Einsatzplan Zoo-Scouts",
            fr=f"{zoo} – planning des bénévoles",
            it=f"{zoo} – turni volontari",
            en=f"{zoo} – volunteer rota",
        )
        return wrap(ctx, head + "\n\n" + tbl + "\n\n" + chat(ctx, msgs), A)

    # v == 3: shop export + reply quoting the zoo
    objs = []
    bs = []
    for _ in range(ctx.wchoice([(1, 1), (2, 2)])):
        b = ctx.person()
        bs.append(b)
        objs.append(
            {
                "order": f"W{ctx.digits(6)}",
                "product": ctx.t(
                    de="Jahreskarte Erwachsene", fr="abonnement adulte", it="abbonamento adulto", en="annual pass adult"
                ),
                "holder": ctx.N(b, "fl"),
                "email": ctx.E(b),
                "ip": ctx.IP(),
                "paid_with": ctx.masked_card() if ctx.p(0.7) else "PayPal",
            }
        )
    data = jlines(ctx, objs) if ctx.p(0.5) else jdump(ctx, objs)
    c = bs[0]
    staff = ctx.person()
    cm = ctx.email(c)
    sm = role_mail(ctx, ctx.t(de="kasse", fr="billetterie", it="biglietteria", en="membership"), dom)
    new = ctx.email(c, ctx.ch(MAIL_DOMAINS[ctx.cc]))
    q = ctx.t(
        de=f"{ctx.dear(c)},\n\neine Ersatzkarte kostet {money(ctx, 10, False)}. Bitte nennen Sie uns Ihr Geburtsdatum "
        f"zur Prüfung.\n\n{greet_close(ctx)}\n{ctx.N(staff, 'fl')}, {zoo}",
        fr=f"{ctx.dear(c)},\n\nune carte de remplacement coûte {money(ctx, 10, False)}. Merci de nous indiquer votre "
        "date "
        f"de naissance pour vérification.\n\n{greet_close(ctx)}\n{ctx.N(staff, 'fl')}, {zoo}",
        it=f"{ctx.dear(c)},\n\nuna tessera sostitutiva costa {money(ctx, 10, False)}. Ci indichi la Sua data di "
        "nascita "
        f"per la verifica.\n\n{greet_close(ctx)}\n{ctx.N(staff, 'fl')}, {zoo}",
        en=f"{ctx.dear(c)},\n\na replacement pass costs {money(ctx, 10, False)}. Please confirm your date of birth so "
        "we "
        f"can check.\n\n{greet_close(ctx)}\n{ctx.N(staff, 'fl')}, {zoo}",
    )
    subj = ctx.t(de="Jahreskarte verloren", fr="Carte perdue", it="Tessera persa", en="Lost pass")
    quoted = quoted_block(ctx, None, sm, cm, subj, q, to_p=c)
    body = ctx.t(
        de=f"Hallo,\n\nmein Geburtsdatum ist der {ctx.DOB(age=(20, 75))}. Bitte schickt die neue Karte an "
        f"{M('EMAIL', new)}, die alte Adresse nutze ich nicht mehr.\n\n{greet_close(ctx, False)}\n{ctx.N(c, 'fl')}",
        fr=f"Bonjour,\n\nje suis {ctx.gw(c, 'né', 'née')} le {ctx.DOB(age=(20, 75))}. Merci d'envoyer la nouvelle "
        f"carte à {M('EMAIL', new)}, je n'utilise plus l'ancienne adresse.\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}",
        it=f"Buongiorno,\n\nsono {ctx.gw(c, 'nato', 'nata')} il {ctx.DOB(age=(20, 75))}. Mandate la nuova tessera a "
        f"{M('EMAIL', new)}, il vecchio indirizzo non lo uso più.\n\n{greet_close(ctx)}\n{ctx.N(c, 'fl')}",
        en=f"Hi,\n\nmy date of birth is {ctx.DOB(age=(20, 75))}. Please send the new pass to {M('EMAIL', new)}, I no "
        f"longer use the old address.\n\n{greet_close(ctx, False)}\n{ctx.N(c, 'fl')}",
    )
    m = mail(
        ctx,
        addr_of(ctx, c, M("EMAIL", cm)),
        sm,
        ctx.t(de="AW: ", fr="RE: ", it="R: ", en="Re: ") + subj,
        body,
        quoted=quoted,
    )
    return wrap(
        ctx,
        ctx.t(de="Webshop-Export:", fr="Export boutique :", it="Export negozio online:", en="Web shop export:")
        + "\n"
        + data
        + "\n\n"
        + m,
        A,
    )


# ======================================================================================================================
# driver
# ======================================================================================================================
GENRES = [
    ("homebrew", g_homebrew),
    ("surveyor", g_surveyor),
    ("jeweller", g_jeweller),
    ("detective", g_detective),
    ("naturopath", g_naturopath),
    ("fencing", g_fencing),
    ("jubilee", g_jubilee),
    ("funfair", g_funfair),
    ("tourguide", g_tourguide),
    ("langexam", g_langexam),
    ("energycoop", g_energycoop),
    ("zoo", g_zoo),
]


def check_doc(rec: dict) -> None:
    text = rec["text"]
    prev_end = -1
    prev = None
    for e in rec["entities"]:
        assert e["type"] in TYPES
        assert text[e["start"] : e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
        assert e["start"] >= prev_end, (rec["id"], e)
        if prev is not None and prev["type"] == "PERSON" and e["type"] == "PERSON":
            assert text[prev["end"] : e["start"]] != " ", (rec["id"], prev, e)
        prev_end = e["end"]
        prev = e
        if e["type"] == "IBAN":
            assert iban_ok(e["text"]), e
        elif e["type"] == "CARD":
            assert luhn_ok(e["text"]) and len(re.sub(r"\D", "", e["text"])) in (15, 16), e
        elif e["type"] == "AHV":
            assert ean13_ok(e["text"]) and e["text"].startswith("756"), e
        elif e["type"] == "EMAIL":
            assert re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}", e["text"]), e
        elif e["type"] == "IP":
            assert ":" in e["text"] or re.fullmatch(r"\d+\.\d+\.\d+\.\d+", e["text"]), e
    assert not MARK_RE.search(text)


def build() -> list[dict]:
    locs: list[str] = []
    for loc, n in QUOTA:
        locs += [loc] * n
    random.Random(int.from_bytes(hashlib.sha256(f"{SET}|locales".encode()).digest()[:8], "big")).shuffle(locs)
    per_genre = collections.Counter()
    recs = []
    for k, loc in enumerate(locs):
        gname, fn = GENRES[k % len(GENRES)]
        i = per_genre[gname]
        per_genre[gname] += 1
        ctx = Ctx(gname, i, loc)
        raw = fn(ctx, i % 4)
        if loc == "de_CH":
            raw = raw.replace("ß", "ss")
        text, ents = resolve(raw)
        rec = {"id": f"{SET}-{gname}-{i:03d}", "locale": loc, "lang": loc[:2], "text": text, "entities": ents}
        check_doc(rec)
        recs.append(rec)
    return recs


def scan(recs: list[dict]) -> None:
    mail_re = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    ip_re = re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")
    dig_re = re.compile(r"(?:\d[ \-.]?){12,}\d")
    c_mail, c_ip, c_dig, c_rep = (
        collections.Counter(),
        collections.Counter(),
        collections.Counter(),
        collections.Counter(),
    )
    for r in recs:
        t = r["text"]
        spans = [(e["start"], e["end"]) for e in r["entities"]]

        def covered(a: int, b: int, spans: list = spans) -> bool:
            return any(s <= a and b <= e for s, e in spans)

        for m in mail_re.finditer(t):
            if not covered(m.start(), m.end()):
                c_mail[m.group(0).split("@")[0] + "@"] += 1
        for m in ip_re.finditer(t):
            if not covered(m.start(), m.end()):
                c_ip[".".join(m.group(0).split(".")[:2])] += 1
        for m in dig_re.finditer(t):
            if not covered(m.start(), m.end()):
                c_dig[m.group(0)[:6]] += 1
        words = set()
        for e in r["entities"]:
            if e["type"] == "PERSON":
                for w in re.findall(r"[\w'’-]+", e["text"]):
                    if len(w) > 1:
                        words.add(w.lower())
        low = t.lower()
        for w in sorted(words):
            for m in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", low):
                if not any(s <= m.start() < e for s, e in spans):
                    c_rep[w] += 1
    print("unlabelled e-mail locals:", c_mail.most_common(60))
    print("unlabelled IPv4 (first two octets):", c_ip.most_common(40))
    print("unlabelled long digit runs:", c_dig.most_common(40))
    print("unlabelled repeats of labelled name words:", c_rep.most_common(80))


def stats(recs: list[dict]) -> None:
    by = collections.Counter()
    by_lang = collections.Counter()
    tot = collections.Counter()
    for r in recs:
        for e in r["entities"]:
            by[e["type"]] += 1
            by_lang[(e["type"], r["lang"])] += 1
            tot[r["lang"]] += 1
    print(len(recs), "documents;", sum(by.values()), "values")
    for t, n in by.most_common():
        print(f"  {t:8s} {n:6d}  " + " / ".join(f"{by_lang[(t, lg)]}" for lg in ("de", "fr", "it", "en")))
    print("  per language:", dict(tot))
    print("  per genre:", collections.Counter(r["id"].split("-")[1] for r in recs))
    dob = collections.Counter()
    for r in recs:
        for e in r["entities"]:
            if e["type"] == "DOB":
                dob[re.sub(r"\d", "9", e["text"])] += 1
    print("  distinct DOB digit patterns:", len(dob))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--genre", default="")
    args = ap.parse_args()
    recs = build()
    if args.scan:
        scan(recs)
        return
    if args.stats:
        stats(recs)
        return
    if args.show:
        sel = [r for r in recs if args.genre in r["id"]]
        for r in sel[: args.show]:
            print("=" * 100)
            print(r["id"], r["locale"])
            print(r["text"])
            print("--")
            for e in r["entities"]:
                print(f"   {e['type']:8s} {e['text']}")
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} documents, {sum(len(r['entities']) for r in recs)} values to {args.out}")


if __name__ == "__main__":
    sys.exit(main())
