#!/usr/bin/env python3
"""Thirty-ninth blind evaluation set ("holdout39") for the anonymizer.

Blind set 39, written 2026-12-07 by a helper session that read only the module docstrings of generate_holdout36.py,
generate_holdout37.py and generate_holdout38.py (``ast.get_docstring``), the module docstring of evaluate.py
(``ast.get_docstring``) and the source of its functions evaluate_synthetic and main (``ast.get_source_segment``; the
helpers they call were not extracted), and the standard library.  It did not read the detectors (src/), the tests, the
docs, README files, pyproject.toml, the bodies of the other generators or of templates.py, or any data set text, did not
use Faker, and ran no git command besides ``git branch --show-current`` (it printed "h39") and, at the end, adding and
committing its three files and reading the new commit's hash with ``git rev-parse``; it never ran ``git log``,
``git status``, ``git diff`` or ``git show``.  Slips, none of them showing detector code, test code or data set text:
the four docstrings and the two functions were written to scratch files in /tmp and read from there with ``cat`` and
``sed``; the tool's output limit cut the middle of the holdout36 and holdout37 docstrings and of evaluate.py's
docstring, which were then read again with ``sed`` in parts; in the same call as ``git branch --show-current`` ran
``ls bench/privacy | head -0`` (nothing printed), ``python3 --version``, ``which ruff`` (nothing printed) and
``ls /tmp | head -50``, which printed the names of the entries of /tmp (other sessions' scratch and worktree directories
and logs; no content); ruff 0.17.6 was installed from the package registry into a scratch venv in /tmp (pip printed one
warning about a missing local index directory); ``date +%F`` printed the day.  In evaluate.py only the module docstring
(this set's sentence) and the two places that list the holdout splits were edited (usage line, ``range(2, 39)`` ->
``range(2, 40)``), with Python ``str.replace`` on the exact strings, each checked to occur once; before the edit
``grep -n`` for "range(2, 39)", for the usage line and for the end of the holdout38 sentence printed those three lines,
and ``sed`` printed the thirteen docstring lines at the end of the holdout38 sentence; after it ``grep -n`` for the new
strings, an ``awk`` for lines longer than 120 characters (nothing printed), ``ast.parse`` and ruff (check) were run on
it; evaluate.py itself was never run.  This script was written in parts in /tmp and assembled there; ruff was run on it
(format with ``--line-length 120``; check, with whatever configuration the repository provides, which ruff picks up
without printing it; ``--fix --unsafe-fixes`` only for F541, B007 and B905, which removed two f-string prefixes, renamed
unused loop variables with a leading underscore and wrote ``zip(..., strict=False)``), the lines that were still too
long were split by a small Python snippet and by hand, and the output was checked to be byte-identical before and after
(same SHA-256).  tarnkappe is never imported here; the set was never run through the anonymizer or evaluate.py's
evaluation while it was written.  The written file was checked only by this script's own assertions
(``text[start:end] == text``, no surrounding white space, sorted and non-overlapping spans, no name split into two
PERSON spans separated by a single space, no digits in a PERSON span, every IBAN mod 97, every card Luhn and of card
length, every AHV number EAN-13 and starting with 756, e-mail shape, every IP a global address, every PHONE with six or
more digits, no marker left, and consistency: no labelled value of five or more characters and no word of three or more
letters of a labelled name - particles excepted - occurs unlabelled elsewhere in the same document, case-sensitively and
at word boundaries; a document failing any of these is drawn again from the seed ``"holdout39|<genre>|<i>|retry<k>"`` -
ten of the 1,300 needed that: the Italian verb "costa" in a lower-case letter next to a person called Costa, firms named
after surnames that a person in the document bore ("Mendoza Scaffold Inc.", "Gerüstbau Richter GmbH", "Morgan & Sons
Funeral Directors"), "St. Paul's" and "ST. MICHAEL" next to a Paul and a Michael, the label "Bell panel" next to a
person called Bell, the weekday "Freitag" next to a person called Freitag, the month "June" next to a person called
June, and "M. Perret" both as an initial and as "Monsieur Perret"), by a re-check of every record before writing, by a
check that the output is identical under two PYTHONHASHSEED values (0 and 12345; same SHA-256) and by reading its own
output (``--show``, about 240 documents across all genres, variants and locales, many with long lines cut for the
screen, among them all-lower-case and all-upper-case ones) and a scan of unlabelled look-alikes: unlabelled e-mail
addresses are only role mailboxes (buchung@, claims@, schaden@, office@, service@, info@, pfarrbuero@, contact@,
reservation@, secretariat@, abo@, prenotazioni@, booking@, reservations@, segreteria@, abonnements@, abbonamenti@,
kontakt@, passes@, hello@, accueil@), there are no unlabelled IP addresses, and unlabelled long digit runs are only
plain dates and times, customer, policy, protocol, case, permit, booking and order numbers, frame numbers and amounts.
Fixes after reading: condolence entries with times running backwards and written long after the funeral, a message
offering a phone number signed by a whole choir, repeated messages in one book, "Die Nachbarn vom Neuengasse", "né 25
janv." without "le", adult children given current baby names (first names of relatives now follow their year of birth),
a father born in 1913 added to a ferry booking (parents over 98 are now refused), pupils of one class born four years
apart (now born in the class's school year) and class families, parishioners and bike owners scattered over the country
(now mostly in the school's, parish's or police station's town), German "bei Herr" and "für Herr", Italian "da Sig.ra",
French "de Adam", "1e étage", "du 1 mai" and "devant le Rue de Lausanne 159" (Swiss street-first addresses now "à la rue
..." / "devant l'immeuble ..."), Italian bike colours in the masculine, German adjective endings, a missing Italian
article, lower-case sentence starts after English salutations, a rebooked appointment dated before the mail confirming
it, chat seconds running backwards and IRC nicks changing case within a chat, lower-cased JSON exports (exports are no
longer lower- or upper-cased), nested ``` fences, ``str.capitalize`` lower-casing an address, e-mail domains glued
together or cut off, a parish office in a business park, ferry firms far from their ports, nationality codes that did
not fit the passenger, Catholic parishes signed by a "Pasteure", "Città di" for a village, beach-hut day bookings in
January, "Co.." at a sentence end, Italian teachers addressed as "Sig.", children's sick days for employees of any age,
the German eAU in Austria, "Hausmeister" in Switzerland, "ring" in American English, the floor of a flat written twice,
"Flat: Flat 1", and requests that did not fit the document (requests are now chosen per variant).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout39.jsonl: 1,300 documents, 13 genres of 100 documents each, locales drawn as
an exact quota and shuffled with the seed ``"holdout39|locales"``: de_DE 210, de_CH 160, de_AT 110, fr_FR 140, fr_CH
115, it_IT 115, it_CH 80, en_GB 190, en_US 180 (de 480, fr 255, it 195, en 370).
28,025 labelled values: PERSON 12,348, ADDRESS 4,762, PHONE 4,555, EMAIL 3,142, DOB 1,671, IP 1,209, IBAN 286, AHV 34,
CARD 18 (de 10,503, fr 5,517, it 3,925, en 8,080).  Per type and language (de / fr / it / en):
  PERSON 4,573 / 2,551 / 1,718 / 3,506; ADDRESS 1,840 / 874 / 703 / 1,345; PHONE 1,630 / 920 / 643 / 1,362;
  EMAIL 1,140 / 611 / 441 / 950; DOB 727 / 267 / 208 / 469; IP 446 / 212 / 151 / 400; IBAN 122 / 69 / 55 / 40;
  AHV 16 / 12 / 6 / 0; CARD 9 / 1 / 0 / 8.
Document k of the shuffled locale list goes to genre ``k % 13``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic (written with Python 3.11.7;
the output does not depend on PYTHONHASHSEED): ``random.Random`` is seeded with the first 8 bytes of a SHA-256 of
``"holdout39|<genre>|<i>"``.  All name lists (regional first and last names for Germany, Austria, German-, French- and
Italian-speaking Switzerland with Romansh names, France with Breton, Basque and Corsican surnames, Italy, Britain and
the US; community names - Turkish, Balkan, Albanian / Kosovar, Portuguese with double surnames, Polish with gendered
surnames, Ukrainian, Sri Lankan Tamil, Eritrean, Arabic / Maghrebi with "El" / "Ben" / "Ait" surnames, Vietnamese,
Chinese, Spanish double surnames, Greek with gendered surnames, West African, Indian / Pakistani, Filipino with
"Dela Cruz", Korean with hyphenated first names, Romanian, Irish with "Ó" / "Ní"; surnames that are ordinary words,
surnames with particles, invented syllable-built surnames with rare first names, double surnames with a hyphen or a
space, double first names, first names that are ordinary words, nicknames, current children's first names per
country), streets of each region (Vienna streets with their districts' postcodes), towns with real postcodes, area
codes, Italian provinces and US states and ZIP codes, coastal and lakeside towns, phone numbers (landlines with the
town's area code, mobiles by national prefix), e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with
a valid RIB key, Italian ones with a computed CIN; US documents have no IBANs but checks, Venmo, direct deposit or
cards), card numbers (Visa, Mastercard, Amex; Luhn), AHV numbers (756, EAN-13 check digit, dotted or compact) and
public IP addresses (IPv4 from common ISP ranges of the country, about 18 % IPv6) are written here.  Each record has
``id`` (``holdout39-<genre>-<NNN>``), ``locale``, ``lang``, ``genre``, ``variant``, ``text`` and ``entities``
(``type``, ``start``, ``end``, ``text``).  Every labelled value is wrapped in a marker (a private-use character per
type) when it is placed; the markers survive lower- and upper-casing (IBANs, AHV numbers and cards keep their case),
padding, CSV quoting, JSON / YAML / HTML cells, OCR noise (applied outside the markers) and "> " prefixes and are
resolved to offsets at the end (de_CH documents get "ß" -> "ss" before that).

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it -
about 7 % in English for non-English documents; requests are chosen per variant -, sometimes fenced in ```, triple
quotes, --- or <<< >>>; about 3.5 % of the non-export documents typed entirely in lower case and 1.5 % of those without
a chat in upper case, about a third of the chats in lower case - names and streets too), chosen to differ from the
genres named in the docstrings read (evaluate.py lists the genres of holdout3..holdout38).  Most of the brief's examples
had been used already (allotment gardens, choir and orchestra lists, ski and sailing courses, blood donation and
neighbourhood watch 13, chimney sweeps and fishing and hunting licences 14, prize draws 15, bicycle marking, language
tandems and beekeeping 16, lottery syndicates 17, marina berths 18, swimming lessons 22, bell-ringer rotas 24, notice of
marriage 27, carsharing damage reports 31, raffles and harbour berths 36, car rentals 5, meter readings and wedding
planning 11), so condolence books, scaffolding and crane permits, meter-access slips (widened to access appointments),
ferry bookings (passengers and vehicles, not moorings), church rotas (readers, servers, sacristans and birthday visits,
not bell-ringing) and bicycle theft reports (not marking) were kept and the others were found here. Near neighbours:
death notices (5), funeral homes (23) and memorial stonemasons (35) for condolence books; building and parking permits
(12), tree felling (33) and street parties (35) for scaffold permits; utility meter readings (11), chimney sweeps (14)
and boiler servicing (32) for access appointments; coach tours (17), airline bookings (19) and river cruises (33) for
ferries; parish forms (10) and bell-ringer rotas (24) for church rotas; cemetery registers (14), zoo sponsorships (29)
and stonemasons (35) for memorial benches; fare penalties (17), ski-lift passes (24) and school buses (37) for transit
passes; HR onboarding (8), occupational health (28) and parental leave (31) for sick notes; claims (3), glass breakage
(35) and noise diaries (38) for water damage; kindergarten pick-ups (11), school trips (13) and parent-teacher
conferences (23) for class parents; address labels (12), flat handovers (23) and key registers (35) for name plates;
campsites (19, 36) and berths (18, 36) for beach huts; lost property (10) and bicycle marking (16) for bicycle thefts -
the genres here are none of those: 1. condolence - condolence books (Kondolenzbuch, livre de condoléances, libro delle
condoglianze, online condolence book): online books (the deceased with date of birth - the date of death unlabelled -,
the funeral home - sometimes named after a surname, unlabelled - with business address and phone, entries signed with
full names, "Anna und Peter X", "Familie X", first names, towns or groups - "Eure Nachbarn, <street>" unlabelled -,
messages naming the deceased and the widow or widower by first name or title and surname, a helper's phone; sometimes
OCR noise), thank-you card address lists with a siblings' chat (an aunt's address and mobile, the pastor by title and
surname with a call-back number), a son's or daughter's reply to the funeral home's draft thank-you notice (the notice
with name and date of birth, a charity - unlabelled - with its IBAN, the family address, the arranger's work e-mail and
DIN-style line), memorial-page exports as JSON or YAML (authors' e-mails, public IPs, a moderator's work e-mail in log
lines); 2. scaffold - scaffolding, crane, skip and hoarding permits on public ground (Sondernutzungserlaubnis, § 82
StVO, Benützung des öffentlichen Grundes, permission de voirie, usage accru du domaine public, occupazione di suolo
pubblico, scaffold licence, street use permit): applications (the firm - unlabelled - with address and phone, the
contact with mobile and work e-mail, the building owner with address and phone, the site's street and number, measure,
area, period, deposit, the refund IBAN; permit numbers unlabelled; sometimes OCR noise), permit lists with an office
chat (a skip without permit at a street and number, the boss by title and surname with mobile, a resident's call-back
number), a resident's complaint quoting the clerk's reply (neighbour on the same street, foreman by title and surname
with mobile, work e-mail and DIN-style line), portal exports as JSON or YAML with log lines (public IPs, a reviewer's
work e-mail); 3. access - access appointments in rented flats for meter readings, meter exchanges, smoke-alarm and
gas-safety checks (Ablesetermin, Rauchwarnmelder-Wartung, avis de passage, avviso ai condomini, notice of entry):
notices posted in the hall (the building, the managing agent - unlabelled - with business address, the technician, the
firm's phone, the caretaker by title and surname with mobile, flats with surnames or "Fam. X") with a filled-in reply
slip (the neighbour holding the key with flat and mobile; sometimes OCR noise), technicians' route sheets with a
dispatch chat, a tenant's mail rebooking after a missed-appointment card, with the dispatcher's reply (work e-mail,
DIN-style line), online booking exports as CSV, TSV or JSON lines (public IPs, notes naming key holders); 4. ferry -
car-ferry and island-ferry bookings (Fähre, traversée, traghetto, ferry crossing): booking confirmations from the
company's role mailbox (lead passenger with address block, mobile and e-mail, a passenger table with dates of birth and
fares, vehicle and plate, masked card; the company's business address and phone), passenger manifests ("LAST, First",
dates of birth, nationality codes, vehicles) with a crew chat (a passenger late for check-in with mobile), a passenger's
change request quoting the confirmation (a relative added with date of birth, now and then a full card number with
expiry), booking-system exports as JSON (nested lead and passenger objects, masked cards, public IPs, a payment log line
with a full card number); 5. churchrota - parish rotas (Lektoren- und Ministrantenplan, Mesner / Sigrist, planning des
lecteurs et servants, turni dei lettori, readers' and servers' rota): rotas on the parish letterhead (readers as "F.
Last", "Last, First" or full names, servers by first name, flowers by "Fam. X" or title and surname, a contacts list
with phones and e-mails, the priest or pastor signing), birthday-visit lists (parishioners with dates of birth, the age
they turn, address, landline, the visiting volunteer) with the coordinator's note, swap mails quoting the coordinator's
announcement (a stand-in with mobile), rota-app exports as JSON or YAML with a group chat (last-login IPs); 6. memorial
- memorial benches, trees and plaques in parks (Gedenkbank, Baumpatenschaft, banc commémoratif, panchina in memoria,
memorial bench scheme): applications to the parks office (applicant, address, phone, e-mail, relation, the deceased with
date of birth, plaque wording with name, date of birth and date of death, parks and streets without numbers unlabelled,
fee, SEPA IBAN, card or check; sometimes OCR noise), registers of benches and trees (dedicatees, applicants, phones,
expiry dates) with a staff chat (a new address for a renewal letter), an applicant's acceptance quoting the officer's
offer (plaque wording, a sibling sharing the cost with IBAN and mobile, the engraver - unlabelled - with business
address), online dedication exports (donors, e-mails, phones, one-line addresses, dedicatees' dates of birth, masked
cards, public IPs); 7. transitpass - public-transport season tickets and travel cards (Jahresabo, Deutschlandticket,
Klimaticket, GA / Halbtax, Navigo-style abonnement, abbonamento, Railcard, transit pass): application forms (separate
surname and first-name fields, date of birth, address, phone, e-mail, a parent or guardian with date of birth for
minors, SEPA or LSV IBAN, US autopay with a full or masked card; sometimes OCR noise), customer-service case lists
(customers, dates of birth, phones) with a desk chat (a new address), a customer's complaint about a charge after
cancelling, quoting the service reply (customer number unlabelled, date of birth, refund IBAN), account exports (login
history with public IPs, payment IBAN); 8. sicknote - sick-leave notifications and absence records (Krankmeldung, AU /
eAU / Arztzeugnis, arrêt de travail, certificato di malattia, fit note, doctor's note / FMLA): e-mails to the manager
with HR in Cc (the doctor by title with practice - unlabelled - address or phone, a sick child with date of birth,
protocol numbers unlabelled), absence trackers ("F. Last", "Last, First") with a team chat (HR's work e-mail), an
employee's reply to HR with date of birth, Swiss AHV number, a new address and mobile, HR-system extracts as JSON or
YAML (date of birth, AHV number in Switzerland, private and work e-mails, salary IBAN, self-service login IPs); 9.
waterleak - water damage between neighbours (Leitungswasserschaden, constat amiable dégât des eaux, danni da acqua,
escape of water, water damage incident report): damage reports (both parties with flats, phones and e-mail, insurers -
unlabelled - and policy numbers unlabelled, the managing agent with business address and phone, the plumber with mobile;
sometimes OCR noise), the managing agent's damage log with a caretaker chat (the on-call plumber's mobile), a
neighbour's letter asking for the repair costs with the plumber's report (IBAN, the plumber's business address),
insurers' claim-portal exports (policyholder's date of birth, payout IBAN, public IP); 10. classparents - class contact
lists and class-parent chats (Klassenelternliste, Elternvertretung, liste des parents, rappresentanti di classe, class
contact list, room parents): contact lists (pupils of one school year with dates of birth, parents as "Anna und Peter
X", "X, Y" or one name, phones, e-mails, addresses in the school's town, the teacher's work e-mail), class WhatsApp
chats (a collection for the teacher's present with the collector's IBAN, a birthday party at an address, possessives
"Lenas" / "Ella's" with the ending outside the span, a new number), a class rep's mail quoting the teacher (helpers as
"Name (Lenas Mama)" with mobiles), school-app exports (pupils' dates of birth, Swiss pupils' AHV numbers, guardians'
phones and e-mails, last-login IPs, authorised collectors); 11. nameplate - doorbell and letterbox name plates
(Klingelschild, étiquette d'interphone, targhetta del citofono, name plate): orders from the managing agent to an
engraver (plates as "X / Y", "Fam. X", "Dr. A. X", upper-case surnames, full names; the agent's contact with DIN-style
line and work e-mail, both business addresses), bell panels drawn in ASCII with a caretaker chat (a former tenant's
surname still on the bell, the new tenant by title and full name with mobile), a tenant's request after marriage quoting
the agent's form (old and new name as their own PERSON spans, the spouse), tenant-list exports as CSV or JSON (plates
that no longer match, portal IPs); 12. beachhut - beach huts, beach chairs, lido cabins and seasonal umbrellas
(Strandkorb, Saisonkabine, cabine de plage, ombrellone stagionale, beach hut licence, cabana rental): seasonal contracts
on the operator's letterhead (holder with date of birth, home address, phone, e-mail, authorised users, IBAN or a full
or masked card; sometimes OCR noise), waiting lists (names, home towns unlabelled, phones, e-mails) with a staff chat, a
holder's request to transfer the hut to a son or daughter quoting the office (the heir's date of birth, address block,
mobile and e-mail), online booking exports as CSV, TSV or JSON lines (masked cards, a duplicate booking, public IPs);
13. biketheft - bicycle theft reports (Fahrraddiebstahl, vol de vélo, furto di bicicletta, stolen bike): online police
reports (reporter with date of birth, address, phone, e-mail, the place of theft as street and number, a witness with
mobile; bike models, frame numbers, codes and case numbers unlabelled; sometimes OCR noise), neighbourhood chats (the
owner's and a finder's mobiles, senders shown as phone numbers), an insurance claim quoting the police acknowledgement
(the station's phone, the officer by title and surname, the payout IBAN), bike-register exports as JSON or YAML (owners,
e-mails, phones, one-line addresses, found-at streets, public IPs). Values appear in "Label: value" forms (colon,
aligned, tab, dotted leaders, bold Markdown, "key = value", two-column Markdown tables, upper-case labels, bullets,
bracketed labels), address blocks and one-line addresses with ", ", " - ", " · " or "; ", letterheads (block, one line
with " · ", mixed), signatures (block, "-- " separator, one line with "|"), Markdown tables (padded or not), fixed-width
tables, comma-, semicolon-, tab- and pipe-separated tables, HTML tables, an ASCII bell panel, JSON (one record per line,
arrays, nested objects), YAML, log lines, mail headers (display names, quoted "Last, First", upper-case display names,
bare addresses, Cc) and quoted replies ("Am ... schrieb", "Le ... a écrit", "Il giorno ... ha scritto", "On ... wrote",
Outlook original-message blocks, quoted with "> " or not), chats in eight layouts (WhatsApp iOS / Android, Telegram
export, Teams-like, IRC-like, "name (12:04):", Discord-like, plain; US chats with AM / PM; senders as full names, first
names, "First L.", nicknames or phone numbers), OCR noise, in each country's conventions (German "12a", "3-5", ", 3.
OG", "(Hinterhaus)", "D-"; Austrian "/3", "/2/7", "/Top 5", "/Stiege 2/Tür 7", "A-", "Jänner"; Swiss "strasse", "CH-",
no "ß", "Rue du Lac 12", lower-case "chemin ..." and "via ..."; French "bis" / "ter", "12, rue", "Bât.", "Appt",
"Résidence", upper-case towns; Italian "Via" / "via", "n.", "/B", "int.", "scala", "piano", provinces with and without
parentheses, "I-"; British flats, Glasgow "Flat 2/1", business-park units, "Town POSTCODE" (also upper case); US "Apt",
"#", "Unit", "Suite", directions, ZIP+4).  Phone numbers national and international with "(0)", "00", slashes, dots,
hyphens, parentheses, compact E.164, grouped in pairs and DIN-style "0221 47382-15" (the extension inside the
span).  Dates of birth in 27 shapes rendered per language (a document keeps one shape for about four fifths of its dates
of birth, tables keep one shape, exports use ISO or that shape): "12.03.1984", "2.3.1984", "12.03.84", ISO, "2. März
1984", "02. März 1984", "2. Jan. 1984", "12. 03. 1984", "12/03/1984" (Austrian "Jänner", "Jän."), French "12 mars 1984"
(also "1er"), "12 MARS 1984", "12 févr. 1984", "12/03/84", "12-03-1984", Italian "12 marzo 1984" (also "1°"), "12 MARZO
1984", "12 mar 1984", "2/3/1984", British "12 March 1984", "12th March 1984", "12th of March 1984", "12 Mar 1984",
"12-MAR-1984", "12 MAR 1984", US "03/12/1984", "3/12/1984", "3/12/84", "March 12, 1984", "Mar 12, 1984", "Mar. 12,
1984", "March 12th, 1984", "03-12-1984"; after a label or cue word (Geburtsdatum, Geb.-Datum, geb., "*", né / née le,
nato / nata il, data di nascita, date of birth, DOB, born) or without one (table columns, JSON / YAML fields, plaque
wording).  Plain dates (deaths, funerals, permits, appointments, sailings, Sundays, absences, incidents, move-ins,
seasons, mail and chat time stamps) use the document's shape (four-digit-year or non-upper-case forms where the shape is
two-digit or upper-case) and are not labelled. Unlabelled distractors: permit, case, job, order, booking, customer,
policy, claim, protocol, employee, application and bench numbers, booking references, plates, frame numbers and bike
codes, areas, measures, prices, fees, deposits and estimates, masked cards ("**** **** **** 1234", "•••• 1234",
"XXXX-XXXX-XXXX-1234", "554500******1234", "**** 1234"), plain dates and times, dates of death, ages, towns alone
(authors' and waiting-list towns, ports, "Fait à"), parks, squares and streets without house numbers, flats and floors
alone, nationality codes, role mailboxes, bike and car models, saints' names in parish names, and funeral homes,
scaffolding firms, service firms, managing agents, ferry companies, parishes, parks offices, engravers, transport
operators, employers, practices, insurers, plumbers, schools, beach operators, police stations and charities - also when
named after a person or a place.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP, as in holdout36-38):
* PERSON: the name of a natural person as written, in any order, with initials, particles, double first names and
  double surnames inside the span; titles and salutations (Herr, Herrn, Frau, Dr., Dr. med., Pfarrer, Père, don,
  Dott., maestra, M., Mme, Monsieur, Madame, Sig., Sig.ra, signor, signora, Mr, Mrs, Ms, Revd, Father, "Fam.",
  "Familie", "famille", "M. et Mme", "the ... family") outside; a first name, a nickname, "First L.", "F. Last" or a
  surname alone used for a person is a PERSON, and so is a deceased person's name, an old and a new name after a
  marriage (their own spans) and a surname on a bell plate; "Anna und Peter X" is two spans; possessive endings are
  outside the span; firms and organisations are not labelled, also when named after a person.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes are not labelled.
* PHONE: every phone number of a person or of a firm, office, practice, parish, school or police station (letterheads,
  signatures, direct lines, numbers in chats, tables and exports, chat senders shown as numbers); the DIN-style
  extension is inside the span.
* ADDRESS: "street, postcode town" on one line is two spans (street with house number and flat / floor / "Appt" /
  "Bât." / "/Top" / "Apt" / "Unit" / "Suite" additions; postcode + town with "D-" / "CH-" / "A-" / "I-" prefixes,
  Italian provinces, "Town POSTCODE" and "Town, ST ZIP" inside the span), as is a two-line block; a street with its
  number alone is ADDRESS (also a building, a place of theft or a site) and so is a "postcode town" field; business
  addresses are labelled; towns alone, streets without a house number and flats alone are not.
* DOB: a full date of birth (day, month, year) of an adult, a child or a deceased person, cue words outside; dates of
  death, ages and other dates are not.
* IBAN: every IBAN, compact or grouped (also a firm's, a charity's or a collector's), kept in upper case in lower-case
  documents.  CARD: full Luhn-valid card numbers; masked numbers are not.  AHV: Swiss social security numbers (756,
  dotted or compact).  IP: the public IPv4 / IPv6 address of a person's device or connection (entries, applications,
  bookings, logins, claims, reports); no LAN addresses occur.

Usage (repo root): python bench/privacy/generate_holdout39.py [--out PATH] [--stats] [--show N [--genre NAME]
[--offset K]] [--debug]
(--stats and --show print and write nothing; --debug prints the documents drawn again.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = "holdout39"
OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout39.jsonl"
GENRES = [
    "condolence",
    "scaffold",
    "access",
    "ferry",
    "churchrota",
    "memorial",
    "transitpass",
    "sicknote",
    "waterleak",
    "classparents",
    "nameplate",
    "beachhut",
    "biketheft",
]
PER_GENRE = 100
LOCALE_QUOTA = [
    ("de_DE", 210),
    ("de_CH", 160),
    ("de_AT", 110),
    ("fr_FR", 140),
    ("fr_CH", 115),
    ("it_IT", 115),
    ("it_CH", 80),
    ("en_GB", 190),
    ("en_US", 180),
]
TYPES = ["PERSON", "ADDRESS", "PHONE", "EMAIL", "IBAN", "DOB", "AHV", "CARD", "IP"]
MS = {t: chr(0xE000 + i) for i, t in enumerate(TYPES)}
ME = "\ue0ff"
MARK_RE = re.compile("[\ue000-\ue0ff]")
KEEP_CASE = {"IBAN", "AHV", "CARD"}

# --------------------------------------------------------------------------------------------------------------------
# Names (written here by hand)
# --------------------------------------------------------------------------------------------------------------------


def _w(s: str) -> list[str]:
    return s.split()


def _c(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


REGION = {
    "DE": (
        _w(
            "Lukas Jonas Felix Maximilian Leon Paul Tobias Stefan Michael Thomas Andreas Jürgen Klaus Dieter Wolfgang "
            "Uwe Sebastian Florian Matthias Christian Markus Tim Niklas Jan Moritz Benedikt Henrik Carsten Holger "
            "Rüdiger Bernd Dirk Volker Hendrik Kai Till Malte Ole Finn Gerhard Horst Manfred Helmut Reinhard Torsten "
            "Sven Jens Marco Philipp Alexander Daniel Frederik"
        ),
        _w(
            "Anna Lena Laura Julia Sarah Katharina Sabine Petra Monika Andrea Claudia Susanne Birgit Heike Ursula "
            "Renate Ingrid Gisela Karin Martina Nicole Stefanie Kerstin Melanie Jana Lea Hannah Sophie Marie Johanna "
            "Charlotte Frieda Greta Ida Carla Antje Silke Dörte Wiebke Ute Anke Annika Miriam Tanja Sandra Christiane "
            "Elke Hildegard Brigitte"
        ),
        _w(
            "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
            "Klein Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz "
            "Krause Meier Lehmann Schulze Maier Köhler Herrmann König Walter Mayer Kaiser Peters Lang Scholz Möller "
            "Weiß Jung Hahn Schubert Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann Franke "
            "Albrecht Schuster Ludwig Böhm Kraus Schumacher Krämer Vogt Jäger Otto Seidel Heinrich Brandt Haas "
            "Schreiber Graf Dietrich Ziegler Kuhn Pohl Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer "
            "Brinkmann Hinrichs Ostermann Janssen Petersen Thiele Wendt Kowalewski Rademacher Hansen Lindemann "
            "Steinbach Ahrens Dreyer Grotefend Eggers Behrens Wiegand Heuer"
        ),
    ),
    "AT": (
        _w(
            "Florian Lukas Tobias Stefan Wolfgang Johann Josef Franz Alois Leopold Herbert Gerhard Reinhard "
            "Christoph Bernhard Manfred Georg Markus Thomas Dominik Matthias Elias Jakob Valentin Maximilian Paul "
            "David Simon Raphael Harald Günter Walter Engelbert Roland Gernot Clemens"
        ),
        _w(
            "Anna Katharina Theresa Magdalena Elisabeth Maria Barbara Johanna Sophie Lena Hannah Valentina Verena "
            "Sabine Karin Christa Hermine Gertraud Ingrid Renate Birgit Claudia Andrea Michaela Daniela Petra Elke "
            "Waltraud Rosemarie Leonie Emilia Romana Gabriele Brigitte Silvia"
        ),
        _w(
            "Gruber Huber Bauer Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Eder Schmid Winkler Weber "
            "Schwarz Maier Reiter Mayr Wimmer Egger Brunner Baumgartner Auer Binder Lechner Wallner Aigner Ebner "
            "Koller Lehner Haas Schuster Holzer Haider Strasser Lackner Huemer Pölzl Rauscher Kogler Hutter Zauner "
            "Fellner Riegler Grill Kainz Obermayr Pötsch Schwaiger Wieser Hinterberger Brandstätter Kofler "
            "Stadlmayr Rainer Prenner Lindner Trummer Resch Neubauer"
        ),
    ),
    "CH": (
        _w(
            "Urs Beat Reto Daniel Thomas Martin Peter Andreas Stefan Marco Lukas Simon Patrick Christoph Roman "
            "Adrian Fabian Jonas Noah Luca Levin Nico Samuel Matthias Ueli Ruedi Hansruedi Werner Kurt Bruno Silvan "
            "Cyril Gian Flurin Curdin Jürg Mathias Dominik Pascal Remo Sandro"
        ),
        _w(
            "Ursula Verena Regula Barbara Brigitte Monika Ruth Esther Daniela Sandra Nicole Corinne Sibylle Claudia "
            "Andrea Franziska Nadine Jasmin Seraina Ladina Anna Lara Lea Mia Lina Elena Nina Heidi Beatrice Karin "
            "Margrit Annemarie Rahel Tabea Livia Noemi Ursina Mengia Chatrina Priska Doris Edith"
        ),
        _w(
            "Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner Baumann Frei "
            "Zimmermann Moser Widmer Wyss Graf Roth Kälin Bachmann Suter Lüthi Zürcher Hofstetter Ammann Bühler "
            "Käser Marti Sutter Fankhauser Aebischer Blaser Hirschi Iseli Jost Kuhn Lehmann Niederhauser Ochsner "
            "Portmann Rüegg Schär Spörri Tanner Ulrich Vogt Wälti Zbinden Zwahlen Gisler Imhof Bieri Stucki "
            "Affolter Hasler Egli Bosshard Ineichen Amstutz Tschudi Caduff Casutt Cathomen Derungs Tuor Bundi "
            "Schläpfer Knobel Rüfenacht Wüthrich Gasser Achermann"
        ),
    ),
    "FR": (
        _w(
            "Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Stéphane Olivier Sébastien Julien Thomas "
            "Antoine Maxime Hugo Lucas Louis Gabriel Arthur Raphaël Théo Mathis Baptiste Romain Guillaume Benoît "
            "Thierry Patrick Didier Gérard Bernard Yves Hervé Frédéric Jérôme Cédric Loïc Yannick Gaëtan Fabrice "
            "Damien Arnaud Bruno Xavier"
        ),
        _w(
            "Marie Nathalie Isabelle Sylvie Catherine Christine Sandrine Valérie Sophie Céline Aurélie Émilie Camille "
            "Léa Manon Chloé Inès Jade Louise Alice Lina Zoé Juliette Clémence Margaux Pauline Élodie Anne Françoise "
            "Monique Brigitte Martine Dominique Hélène Agnès Mathilde Gaëlle Maëlle Solène Océane Virginie Karine "
            "Delphine Laetitia Corinne"
        ),
        _w(
            "Martin Bernard Dubois Thomas Robert Richard Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia "
            "David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François "
            "Martinez Legrand Garnier Faure Rousseau Guérin Muller Henry Roussel Perrin Morin Mathieu Clément "
            "Gauthier Dumont Fontaine Chevalier Robin Masson Gérard Boyer Denis Lemaire Duval Joly Gautier Roche "
            "Roy Meunier Marchand Dufour Blanchard Barbier Dumas Brunet Schmitt Leroux Colin Arnaud Rolland Caron "
            "Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Kerbrat Tanguy Etcheverry "
            "Irigoyen Santoni Paoli Carpentier Guillot Hamon Jacquet Lebreton"
        ),
    ),
    "FRCH": (
        _w(
            "Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Stéphane Olivier Sébastien Julien Thomas "
            "Antoine Maxime Hugo Louis Gabriel Raphaël Théo Bastien Valentin Loïc Yvan Gilles Cédric Jérôme Fabien "
            "Jean-Daniel Pierre-Alain Jean-Luc Grégoire Joël"
        ),
        _w(
            "Marie Nathalie Isabelle Sylvie Catherine Christine Sandrine Valérie Sophie Céline Aurélie Camille Léa "
            "Chloé Louise Alice Zoé Juliette Laetitia Joëlle Nadège Marie-Claude Anne-Lise Séverine Mélanie Coralie "
            "Fanny Annick Ginette Josiane Romaine Viviane"
        ),
        _w(
            "Favre Rochat Perret Jaquet Chappuis Mottier Cuendet Bovet Monnier Rossier Pittet Jeanneret Bonvin "
            "Savary Dafflon Chevalley Barras Crettaz Zufferey Fellay Maillard Pasche Ruchet Tinguely Vuilleumier "
            "Golay Aubort Thévoz Genoud Brodard Chollet Descloux Piguet Reymond Schaller Meylan Jaccard Clerc "
            "Bugnon Roulin Sauthier Baud Nicolet Berthoud Cornaz Grandjean Jotterand Matthey Python Rey Borgeaud "
            "Despland Guignard Mabillard"
        ),
    ),
    "IT": (
        _w(
            "Marco Luca Giuseppe Giovanni Antonio Francesco Alessandro Andrea Matteo Lorenzo Davide Simone Federico "
            "Stefano Paolo Roberto Massimo Fabio Claudio Salvatore Vincenzo Domenico Carmine Gennaro Emanuele "
            "Riccardo Tommaso Leonardo Gabriele Pietro Enrico Filippo Nicola Mattia Giacomo Daniele Sergio Franco "
            "Mauro Gianluca Alberto Luigi"
        ),
        _w(
            "Giulia Francesca Chiara Sara Martina Valentina Alessia Elisa Federica Silvia Laura Paola Anna Maria "
            "Giovanna Lucia Elena Roberta Simona Daniela Cristina Barbara Monica Antonella Teresa Carmela Angela "
            "Sofia Aurora Ginevra Beatrice Alice Emma Greta Noemi Ilaria Marta Caterina Rossella Patrizia Loredana"
        ),
        _w(
            "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Conti Mancini Costa "
            "Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini "
            "Longo Martinelli Vitale Lombardo Serra Coppola Marchetti Parisi Villa Ferraro Ferri Fabbri Marini "
            "Grasso Valentini Messina Sala Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato "
            "Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari "
            "Guerra Palmieri Bernardi Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri "
            "Costantini Milani Pagano Ruggiero Sorrentino Orlando Negri Cocco Esposti Zanella Marras"
        ),
    ),
    "TI": (
        _w(
            "Marco Luca Giuseppe Giovanni Antonio Francesco Alessandro Andrea Matteo Lorenzo Davide Simone Fabio "
            "Claudio Mattia Nicola Fabrizio Mauro Sandro Raffaele Gianni Renzo Tiziano Ivo Reto Sacha Nicolò"
        ),
        _w(
            "Giulia Francesca Chiara Sara Martina Valentina Elisa Laura Paola Anna Maria Lucia Elena Simona "
            "Daniela Cristina Monica Sofia Alice Emma Noemi Marta Manuela Nadia Tiziana Luana Michela Giorgia"
        ),
        _w(
            "Bernasconi Pedrazzini Rusconi Ghirlanda Lepori Cattaneo Bianchi Fumagalli Pellandini Guscetti "
            "Rezzonico Soldati Taddei Balestra Beffa Bottani Cavadini Delcò Fonti Gianella Lurati Maspoli Nessi "
            "Pedroni Quadri Respini Sargenti Tettamanti Vanoni Zanetti Martinoli Ferrazzini Induni Canepa Foletti "
            "Molinari Buzzi Mombelli Jelmini Casellini Leoni Gianinazzi Poretti Storni Bizzozero"
        ),
    ),
    "GB": (
        _w(
            "James Oliver Harry George Jack Charlie Thomas William Alfie Henry Noah Oscar Leo Archie Joshua Daniel "
            "Matthew Samuel Benjamin Edward Christopher Richard David Paul Mark Andrew Stephen Ian Gareth Rhys Owen "
            "Callum Ewan Fraser Declan Liam Graham Nigel Trevor Colin Derek Hamish Alistair Rory"
        ),
        _w(
            "Olivia Amelia Isla Ava Emily Sophie Lily Poppy Freya Charlotte Jessica Hannah Chloe Rebecca Sarah "
            "Emma Lucy Katie Laura Rachel Helen Claire Joanne Karen Susan Margaret Patricia Elizabeth Deborah "
            "Siobhan Niamh Eilidh Catriona Rhiannon Bethan Megan Imogen Harriet Beatrice Fiona Gillian Maureen"
        ),
        _w(
            "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright "
            "Walker White Edwards Hughes Green Hall Lewis Harris Clarke Jackson Wood Turner Martin Cooper Hill Ward "
            "Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price "
            "Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller "
            "Cox Richards Marshall Anderson Simpson Ellis Adams Wilkinson Foster Chapman Powell Webb Rogers Gray "
            "Mason Hunt Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher "
            "Stevens Jenkins Murray Dixon Harvey MacDonald McLeod Fraser Gallagher Quinn Pritchard Llewellyn "
            "Whitfield Ashworth Pemberton"
        ),
    ),
    "US": (
        _w(
            "Michael Christopher Matthew Joshua David James Daniel Robert John Joseph Andrew Ryan Brandon Jason "
            "Justin William Jonathan Tyler Kevin Brian Eric Steven Jacob Ethan Mason Logan Caleb Dylan Cody Travis "
            "Dwayne Marcus Terrence Jose Luis Carlos Miguel Juan Derek Gregory Scott"
        ),
        _w(
            "Jennifer Jessica Ashley Amanda Sarah Stephanie Melissa Nicole Elizabeth Heather Megan Amber Rachel "
            "Lauren Brittany Danielle Kimberly Tiffany Crystal Emily Madison Hailey Kayla Brianna Savannah Destiny "
            "Latoya Keisha Maria Guadalupe Lisa Karen Linda Patricia Deborah Tammy Shannon Courtney Whitney Erin"
        ),
        _w(
            "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
            "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
            "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Hill Flores Green Adams Nelson Baker "
            "Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards "
            "Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey "
            "Reed Kelly Howard Ramos Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz "
            "Hughes Price Alvarez Castillo Sanders Myers Long Ross Foster Kowalski Schultz Olson Jablonski "
            "Washington Jefferson Lindgren Halvorsen Dubois Novak Okafor"
        ),
    ),
}

# community pools: (male first names, female first names, surnames); "|" separates masculine/feminine surname forms
COMMUNITY = {
    "turkish": (
        _w("Mehmet Mustafa Ahmet Ali Hüseyin Hasan Murat Emre Burak Can Yusuf Ömer Kemal Serkan Volkan Cem Onur"),
        _w("Ayşe Fatma Emine Zeynep Elif Merve Büşra Esra Hatice Derya Selin Gül Sibel Aylin Dilek Songül Özlem"),
        _w(
            "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin "
            "Kara Koç Kurt Özkan Şimşek Polat Erdem Güneş Aksoy Bulut Karataş Tekin Ünal"
        ),
    ),
    "balkan": (
        _w("Dragan Goran Zoran Milan Nenad Dejan Marko Ivan Luka Stefan Emir Adnan Amir Haris Mirza Tomislav Damir"),
        _w("Jelena Ivana Marija Ana Milica Snežana Dragana Vesna Maja Amra Lejla Selma Azra Mirela Sanja Tamara"),
        _w(
            "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačević Babić Marić Jurić "
            "Knežević Hodžić Begić Hadžić Delić Mehmedović Šarić Pavlović Popović Vuković Tomić Lukić Radić"
        ),
    ),
    "albanian": (
        _w("Arben Besnik Driton Fatmir Ilir Valon Agon Blerim Egzon Leart Shkelzen Arian Florent Gzim Liridon"),
        _w("Albana Arta Blerta Drita Fjolla Lirije Mimoza Vjosa Donika Teuta Valbona Elira Shqipe Merita Besa"),
        _w(
            "Krasniqi Berisha Gashi Hoxha Morina Shala Bytyqi Kelmendi Rexhepi Ahmeti Hasani Zeqiri Sejdiu "
            "Kryeziu Aliu Osmani Demaj Maliqi Halili Ramadani"
        ),
    ),
    "portuguese": (
        _w("João Tiago Rui Nuno Pedro Ricardo Luís Bruno Diogo Paulo Sérgio Hugo Vítor Fábio Hélder"),
        _w("Ana Maria Sofia Inês Beatriz Mariana Catarina Joana Rita Patrícia Sónia Filipa Cátia Vânia Liliana"),
        _c(
            "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, Fernandes, Gonçalves, "
            "Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, "
            "Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Ferreira da Costa, Santos Oliveira, da Silva Pinto, "
            "Azevedo Gomes, Carvalho Neves"
        ),
    ),
    "polish": (
        _w("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Kamil Łukasz Mateusz Grzegorz Wojciech Bartosz"),
        _w(
            "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika Natalia Karolina "
            "Zofia Dorota"
        ),
        _w(
            "Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
            "Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Nowak "
            "Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski "
            "Jaworski Wróbel Malinowski Sadowski"
        ),
    ),
    "ukrainian": (
        _w("Oleksandr Andrii Serhii Dmytro Mykola Yurii Taras Bohdan Vasyl Ivan Maksym Artem"),
        _w("Olena Oksana Iryna Nataliia Tetiana Yuliia Kateryna Mariia Svitlana Halyna Daryna Sofiia Viktoriia"),
        _w(
            "Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar "
            "Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Melnyk Boiko Kovalchuk"
        ),
    ),
    "tamil": (
        _w("Tharshan Kajan Sutharsan Niroshan Thivakaran Kumaran Sivakumar Ragavan Prashanth Janarthanan Mayuran"),
        _w("Tharshini Kavitha Niroshini Sharmila Thanuja Abirami Vithusha Keerthana Mathuja Sinthuja Piriyanka"),
        _w(
            "Sivapalan Thavarajah Kanagaratnam Sivanesan Selvarajah Yogarajah Balasubramaniam Nadarajah "
            "Jeyakumar Ratnam Sritharan Tharmalingam Vigneswaran Murugesu Ponnambalam Arulanantham"
        ),
    ),
    "eritrean": (
        _w("Yonas Tesfay Mehari Dawit Kidane Yohannes Filmon Semere Habtom Biniam Amanuel Robel"),
        _w("Senait Helen Rahel Selam Mebrat Lidia Tsega Saba Yordanos Luwam Hiwet Winta"),
        _w(
            "Tesfamariam Gebremedhin Haile Tekle Woldemichael Gebreyesus Berhane Asmerom Ghebremariam Habte "
            "Mehreteab Tesfai Andemariam Russom Okbazghi"
        ),
    ),
    "arabic": (
        _w("Mohamed Ahmed Youssef Karim Omar Hassan Bilal Samir Khaled Rachid Amine Mehdi Nabil Tarek Hamza Walid"),
        _w("Fatima Aïcha Khadija Nadia Samira Leïla Yasmina Amina Salma Nour Rania Imane Meriem Hanane Dounia Zineb"),
        _c(
            "Benali, Haddad, Mansour, El Amrani, Bouzid, Cherif, Belkacem, Khelifi, Saidi, Boukhari, Al-Hassan, "
            "Hamdan, Nasser, Al-Khatib, Darwish, Kassem, Ouali, Benmoussa, Ait Ahmed, Ben Salah, Zerrouki, "
            "Bensaid, Touati, Al-Masri, Khoury, Haddadi"
        ),
    ),
    "vietnamese": (
        _w("Minh Tuan Hung Dung Thanh Quang Duc Long Huy Khanh Nam Bao Phuc"),
        _w("Lan Huong Mai Linh Thao Trang Ngoc Hoa Thu Phuong Anh Hanh Yen"),
        _w("Nguyen Tran Pham Hoang Huynh Phan Dang Bui Duong Truong Dinh Luong Trinh Vo Ngo"),
    ),
    "chinese": (
        _w("Wei Jun Hao Lei Jian Ming Tao Yang Bo Chen"),
        _w("Mei Xiaoling Jing Yan Hui Fang Xiu Ling Qian Yue"),
        _w("Wang Zhang Liu Chen Yang Huang Zhao Zhou Sun Zhu Guo Lin Xu He"),
    ),
    "spanish": (
        _w("Javier Alejandro Sergio Pablo Álvaro Diego Raúl Jorge Manuel Iván Rubén Adrián"),
        _w("Lucía Paula Elena Marta Cristina Laura Carmen Pilar Nuria Irene Rocío Noelia"),
        _c(
            "García López, Fernández Ruiz, González Navarro, Rodríguez Gil, Martínez Serrano, Sánchez Moreno, "
            "Pérez Domínguez, Gómez Vázquez, Jiménez Ramos, Hernández Díaz, Muñoz Romero, Álvarez Torres, "
            "Navarro Iglesias, Ortega Blanco"
        ),
    ),
    "greek": (
        _w("Georgios Dimitrios Konstantinos Nikolaos Ioannis Christos Panagiotis Vasileios Stavros Spyros"),
        _w("Maria Eleni Aikaterini Vasiliki Sofia Georgia Despoina Anastasia Theodora Evangelia"),
        _w(
            "Papadopoulos|Papadopoulou Nikolaidis|Nikolaidou Papadakis|Papadaki Vlachos|Vlachou "
            "Konstantinidis|Konstantinidou Karagiannis|Karagianni Oikonomou|Oikonomou Dimitriou|Dimitriou "
            "Alexiou|Alexiou Antoniadis|Antoniadou Georgakopoulos|Georgakopoulou Makris|Makri"
        ),
    ),
    "westafrican": (
        _w("Kwame Kofi Emeka Chinedu Oluwaseun Babatunde Moussa Ibrahima Mamadou Abdoulaye Cheikh Yaw Ousmane"),
        _w("Ama Abena Adaeze Ngozi Folake Aminata Fatou Awa Mariama Chioma Adjoa Oumou Khadidiatou"),
        _w(
            "Mensah Owusu Boateng Asante Okafor Okonkwo Adeyemi Balogun Diallo Traoré Diop Ndiaye Camara Keita "
            "Coulibaly Sissoko Nwosu Adebayo Ouédraogo"
        ),
    ),
    "southasian": (
        _w("Rahul Arjun Vikram Sanjay Amit Rohan Imran Faisal Harpreet Gurpreet Ravi Aditya Zubair Tariq"),
        _w("Priya Ananya Deepa Kavya Sunita Pooja Aisha Ayesha Harjit Simran Nazia Farah Meera Shabana"),
        _w(
            "Sharma Patel Gupta Singh Kaur Kumar Iyer Reddy Nair Mehta Shah Chaudhry Qureshi Malik Hussain Akhtar "
            "Rao Joshi Desai Banerjee Sandhu Bhatti Rahman"
        ),
    ),
    "filipino": (
        _c("Jose, Rommel, Jerome, Ramon, Mark Anthony, John Paul, Arnel, Danilo, Rey"),
        _c("Maricel, Rowena, Jocelyn, Mary Grace, Kristine, Marites, Lorna, Analyn, Rosalie"),
        _c(
            "Santos, Reyes, Bautista, Ocampo, Mendoza, Dela Cruz, Villanueva, Aquino, Manalo, Dimaculangan, "
            "Macaraeg, Pangilinan, Soriano"
        ),
    ),
    "korean": (
        _w("Min-jun Ji-hoon Seung-woo Dong-hyun Sung-min Jae-won Hyun-woo Tae-yang"),
        _w("Ji-young Seo-yeon Min-ji Hye-jin Eun-ji Soo-ah Ha-eun Yu-na"),
        _w("Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon"),
    ),
    "romanian": (
        _w("Andrei Alexandru Ionuț Mihai Florin Bogdan Cristian Adrian Gheorghe Vasile Sorin Marius"),
        _w("Ioana Elena Andreea Mihaela Alexandra Cristina Gabriela Simona Roxana Florentina Raluca Denisa"),
        _w(
            "Popescu Ionescu Popa Constantin Stan Dumitru Stoica Gheorghiu Munteanu Ionita Rusu Matei Marin Dobre "
            "Lungu Florea Moldovan Tudor Dinu Niculescu"
        ),
    ),
    "irish": (
        _w("Seán Ciarán Cian Oisín Padraig Darragh Eoin Conor Niall Aidan"),
        _w("Aoife Niamh Saoirse Róisín Orla Ciara Clodagh Sinéad Gráinne Aisling"),
        _c(
            "O'Brien, O'Sullivan, Ó Briain, Byrne, Ryan, O'Connor, Doyle, McCarthy, Kavanagh, Ní Bhriain, "
            "Fitzgerald, Brennan, Moynihan"
        ),
    ),
}

COMMUNITY_BY_CC = {
    "DE": ["turkish", "polish", "balkan", "arabic", "ukrainian", "vietnamese", "greek", "romanian", "eritrean"],
    "AT": ["balkan", "turkish", "romanian", "polish", "ukrainian", "albanian", "arabic", "chinese"],
    "CH": ["balkan", "albanian", "portuguese", "tamil", "eritrean", "turkish", "spanish", "arabic", "ukrainian"],
    "FR": ["arabic", "portuguese", "westafrican", "vietnamese", "spanish", "chinese", "tamil", "polish"],
    "IT": ["romanian", "albanian", "arabic", "filipino", "chinese", "ukrainian", "southasian", "westafrican"],
    "GB": ["southasian", "polish", "westafrican", "chinese", "irish", "greek", "portuguese", "romanian"],
    "US": ["spanish", "korean", "vietnamese", "filipino", "chinese", "southasian", "polish", "westafrican", "irish"],
}

REGION_BY_LOC = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_CH": "FRCH",
    "it_IT": "IT",
    "it_CH": "TI",
    "en_GB": "GB",
    "en_US": "US",
}

WORD_SURNAMES = {
    "de": _w(
        "Sommer Vogel Fuchs Winter Stern Kranich Nebel Freitag Sperling Frühling Morgenstern Hase Fink Adler Engel"
    ),
    "fr": _w("Petit Renard Rossignol Printemps Bonheur Poisson Boulanger Lapierre Lebon Laporte Loiseau Lejeune"),
    "it": _w("Gallo Volpe Neve Fiore Sole Porta Leone Lupo Colombo Pace Bello Sereno"),
    "en": _w("Frost Stone Swan Friend Snow Little Rivers Rainbow Brook Field Bird Wolf Bishop Bond Moon"),
}
WORD_FIRST = {
    "de": [("Ernst", "m"), ("Wolf", "m"), ("Rosa", "f"), ("Linde", "f"), ("Frank", "m"), ("Sonja", "f")],
    "fr": [("Aimé", "m"), ("Désiré", "m"), ("Modeste", "m"), ("Blanche", "f"), ("Prudence", "f"), ("Constant", "m")],
    "it": [("Felice", "m"), ("Primo", "m"), ("Speranza", "f"), ("Gioia", "f"), ("Fortunato", "m"), ("Bianca", "f")],
    "en": [("Will", "m"), ("Hope", "f"), ("Grace", "f"), ("June", "f"), ("Joy", "f"), ("Hunter", "m"), ("Chase", "m")],
}
PARTICLE_SURNAMES = {
    "DE": _c("von Bülow, von der Heide, vom Hofe, zur Linden, ter Horst, von Oertzen, von dem Knesebeck"),
    "AT": _c("Edler von Rainer, von Call, zu Eltz, von Wiedersperg, Ritter von Lang"),
    "CH": _c("von Arx, von Känel, von Siebenthal, de Weck, auf der Maur, von Wattenwyl, von Gunten"),
    "FR": _c("du Plessis, Le Corre, d'Aubigny, de Villeneuve, du Roure, Le Pape, de Kerguelen, Le Bihan"),
    "FRCH": _c("de Pury, de Montmollin, du Pasquier, de Rham, de Blonay, de Senarclens"),
    "IT": _c("Della Valle, Dal Molin, Lo Bianco, De Filippo, Di Marco, Dell'Acqua, La Rosa, De Santis, Lo Iacono"),
    "TI": _c("Della Casa, Dal Lago, De Marchi, Dell'Oro, Lo Russo"),
    "GB": _c("O'Connor, McAllister, O'Sullivan, St. Clair, ap Rhys, de Souza, MacKinnon"),
    "US": _c("Van Dyke, O'Brien, De La Cruz, VanderMeer, McKenzie, DuPont, Del Rio, St. Germain"),
}
INVENTED = {
    "de": (
        _w("Grub Stein Moos Wald Lind Brunn Holz Eich Tann Schilf Aich Kreuz Mühl Haid Birn Fels"),
        _w("hammer stätter leitner huber egger moser lechner bacher thaler riedl gruber wieser brunner"),
    ),
    "fr": (
        _w("Gru Mar Bel Cha Fon Ver Lau Bou Ros Tal Vau Lan"),
        _w("illard tier chon nard gnac vet zac rieux ssat mont ville"),
    ),
    "it": (
        _w("Scar Pel Ros Ben Cam Fer Mor Gal Tor Bal Cor Vez"),
        _w("uzzi ettini acchi oni arini otti icchio azzo elli aghi"),
    ),
    "en": (
        _w("Caul Marl Ash Thorn Brack Hazel Whit Elder Pen Hol Wren Stan"),
        _w("bury hurst combe worth ridge wick ford leigh ton field"),
    ),
}
RARE_FIRST = {
    "de": [
        ("Kunigunde", "f"),
        ("Walburga", "f"),
        ("Wendelin", "m"),
        ("Pankraz", "m"),
        ("Quirin", "m"),
        ("Leodegar", "m"),
        ("Notburga", "f"),
        ("Hildegunde", "f"),
    ],
    "fr": [
        ("Philomène", "f"),
        ("Clovis", "m"),
        ("Gontran", "m"),
        ("Eulalie", "f"),
        ("Anatole", "m"),
        ("Bérengère", "f"),
    ],
    "it": [
        ("Gelsomina", "f"),
        ("Ermenegildo", "m"),
        ("Filomena", "f"),
        ("Nazzareno", "m"),
        ("Assunta", "f"),
        ("Eusebio", "m"),
    ],
    "en": [
        ("Araminta", "f"),
        ("Peregrine", "m"),
        ("Tamsin", "f"),
        ("Thaddeus", "m"),
        ("Ottoline", "f"),
        ("Barnaby", "m"),
    ],
}
DOUBLE_FIRST = {
    "de": [
        ("Hans-Peter", "m"),
        ("Anna-Lena", "f"),
        ("Karl-Heinz", "m"),
        ("Eva-Maria", "f"),
        ("Hans-Jörg", "m"),
        ("Marie-Luise", "f"),
    ],
    "fr": [
        ("Jean-Marc", "m"),
        ("Marie-Laure", "f"),
        ("Jean-Pierre", "m"),
        ("Anne-Sophie", "f"),
        ("Pierre-Yves", "m"),
        ("Marie-Hélène", "f"),
    ],
    "it": [
        ("Maria Grazia", "f"),
        ("Gian Marco", "m"),
        ("Anna Maria", "f"),
        ("Pier Luigi", "m"),
        ("Gian Paolo", "m"),
        ("Maria Teresa", "f"),
    ],
    "en": [("Mary-Kate", "f"), ("John-Paul", "m"), ("Anne-Marie", "f"), ("Lee-Ann", "f")],
}
NICK = {
    "Stefanie": "Steffi",
    "Sebastian": "Basti",
    "Josef": "Sepp",
    "Verena": "Vreni",
    "Andreas": "Andi",
    "Susanne": "Susi",
    "Katharina": "Kathi",
    "Michael": "Micha",
    "Thomas": "Tom",
    "Matthias": "Matze",
    "Alexander": "Alex",
    "Christian": "Chris",
    "Daniel": "Dani",
    "Ursula": "Uschi",
    "Elisabeth": "Lisi",
    "Johann": "Hans",
    "Franziska": "Franzi",
    "Jakob": "Köbi",
    "Samuel": "Sämi",
    "Christoph": "Christoph",
    "Barbara": "Babs",
    "Leopold": "Poldi",
    "Magdalena": "Leni",
    "Nicolas": "Nico",
    "Christophe": "Cricri",
    "Françoise": "Fanfan",
    "Catherine": "Cathy",
    "Isabelle": "Isa",
    "Sébastien": "Seb",
    "Guillaume": "Guigui",
    "Frédéric": "Fred",
    "Dominique": "Domi",
    "Giuseppe": "Beppe",
    "Domenico": "Mimmo",
    "Salvatore": "Totò",
    "Francesco": "Checco",
    "Alessandro": "Ale",
    "Federico": "Fede",
    "Valentina": "Vale",
    "Francesca": "Fra",
    "Giovanni": "Gianni",
    "Antonio": "Toni",
    "Roberto": "Robi",
    "Robert": "Bob",
    "Rebecca": "Becky",
    "William": "Bill",
    "Elizabeth": "Liz",
    "Christopher": "Chris",
    "Jennifer": "Jen",
    "Benjamin": "Ben",
    "Margaret": "Maggie",
    "Patricia": "Trish",
    "Deborah": "Debbie",
    "Matthew": "Matt",
    "Joshua": "Josh",
    "Jonathan": "Jon",
    "Samantha": "Sam",
    "Kimberly": "Kim",
    "Richard": "Rich",
    "Edward": "Ted",
    "Charlotte": "Lottie",
    "Joseph": "Joe",
    "Nathalie": "Nat",
    "Hansruedi": "Hansruedi",
    "Ruth": "Ruthli",
}
CHILD_FIRST = {
    "DE": (
        _w("Noah Leon Paul Ben Finn Elias Felix Henry Emil Luis Jonas Theo Anton Jakob Matteo Levi"),
        _w("Mia Emma Hannah Sofia Emilia Lina Mila Ella Leni Clara Lea Marie Ida Frieda Luisa Lotta"),
    ),
    "AT": (
        _w("Jakob Maximilian Elias Felix Lukas Tobias David Paul Leon Jonas Valentin Moritz"),
        _w("Emilia Marie Anna Emma Lena Valentina Sophia Leonie Hannah Johanna Laura Magdalena"),
    ),
    "CH": (
        _w("Noah Liam Luca Gabriel Leon Elias Levin Nico Matteo Lio Julian Ben Leandro Nevio"),
        _w("Mia Emma Lina Elena Lea Mila Lara Laura Sofia Alina Elin Lia Malea Nora"),
    ),
    "FR": (
        _w("Léo Gabriel Raphaël Arthur Louis Jules Adam Maël Lucas Hugo Noah Liam Sacha Nathan Timéo"),
        _w("Jade Louise Emma Ambre Alice Rose Anna Alba Romy Mia Lou Agathe Iris Léonie"),
    ),
    "IT": (
        _w("Leonardo Francesco Tommaso Edoardo Alessandro Lorenzo Mattia Gabriele Riccardo Diego Pietro"),
        _w("Sofia Aurora Ginevra Vittoria Giulia Beatrice Alice Ludovica Emma Matilde Anita Bianca"),
    ),
    "GB": (
        _w("Noah Oliver George Leo Arthur Oscar Theodore Freddie Alfie Jacob Reggie Albie"),
        _w("Olivia Amelia Isla Ava Ivy Freya Lily Florence Mia Willow Evie Maisie"),
    ),
    "US": (
        _w("Liam Noah Oliver James Elijah Mateo Theodore Henry Lucas William Jackson Levi"),
        _w("Olivia Emma Charlotte Amelia Sophia Mia Isabella Ava Evelyn Harper Nora Zoey"),
    ),
}
PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "dem",
    "vom",
    "zur",
    "zum",
    "zu",
    "ter",
    "ten",
    "auf",
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "d",
    "di",
    "da",
    "del",
    "della",
    "dello",
    "dei",
    "degli",
    "dal",
    "dalla",
    "dall",
    "lo",
    "o",
    "st",
    "ap",
    "dela",
    "el",
    "al",
    "ben",
    "ait",
    "dos",
    "das",
    "do",
    "edler",
    "ritter",
    "ó",
    "ní",
    "dell",
}

# --------------------------------------------------------------------------------------------------------------------
# Places: (postcode, town, area code[, province / state])
# --------------------------------------------------------------------------------------------------------------------

TOWNS = {
    "DE": [
        ("10115", "Berlin", "030"),
        ("10437", "Berlin", "030"),
        ("12047", "Berlin", "030"),
        ("20095", "Hamburg", "040"),
        ("22765", "Hamburg", "040"),
        ("80331", "München", "089"),
        ("81667", "München", "089"),
        ("50667", "Köln", "0221"),
        ("50823", "Köln", "0221"),
        ("60311", "Frankfurt am Main", "069"),
        ("70173", "Stuttgart", "0711"),
        ("40210", "Düsseldorf", "0211"),
        ("44135", "Dortmund", "0231"),
        ("45127", "Essen", "0201"),
        ("04109", "Leipzig", "0341"),
        ("28195", "Bremen", "0421"),
        ("01067", "Dresden", "0351"),
        ("30159", "Hannover", "0511"),
        ("90402", "Nürnberg", "0911"),
        ("47051", "Duisburg", "0203"),
        ("44787", "Bochum", "0234"),
        ("42103", "Wuppertal", "0202"),
        ("33602", "Bielefeld", "0521"),
        ("53111", "Bonn", "0228"),
        ("48143", "Münster", "0251"),
        ("76133", "Karlsruhe", "0721"),
        ("68159", "Mannheim", "0621"),
        ("86150", "Augsburg", "0821"),
        ("65183", "Wiesbaden", "0611"),
        ("79098", "Freiburg im Breisgau", "0761"),
        ("69117", "Heidelberg", "06221"),
        ("93047", "Regensburg", "0941"),
        ("97070", "Würzburg", "0931"),
        ("24103", "Kiel", "0431"),
        ("23552", "Lübeck", "0451"),
        ("18055", "Rostock", "0381"),
        ("99084", "Erfurt", "0361"),
        ("06108", "Halle (Saale)", "0345"),
        ("39104", "Magdeburg", "0391"),
        ("14467", "Potsdam", "0331"),
        ("37073", "Göttingen", "0551"),
        ("26122", "Oldenburg", "0441"),
        ("49074", "Osnabrück", "0541"),
        ("54290", "Trier", "0651"),
        ("66111", "Saarbrücken", "0681"),
        ("55116", "Mainz", "06131"),
        ("78462", "Konstanz", "07531"),
        ("88045", "Friedrichshafen", "07541"),
        ("87435", "Kempten (Allgäu)", "0831"),
        ("72070", "Tübingen", "07071"),
        ("35037", "Marburg", "06421"),
        ("96047", "Bamberg", "0951"),
        ("25938", "Wyk auf Föhr", "04681"),
        ("25980", "Sylt", "04651"),
    ],
    "AT": [
        ("1010", "Wien", "01"),
        ("1030", "Wien", "01"),
        ("1050", "Wien", "01"),
        ("1070", "Wien", "01"),
        ("1100", "Wien", "01"),
        ("1160", "Wien", "01"),
        ("1210", "Wien", "01"),
        ("8010", "Graz", "0316"),
        ("8020", "Graz", "0316"),
        ("4020", "Linz", "0732"),
        ("5020", "Salzburg", "0662"),
        ("6020", "Innsbruck", "0512"),
        ("9020", "Klagenfurt am Wörthersee", "0463"),
        ("9500", "Villach", "04242"),
        ("3100", "St. Pölten", "02742"),
        ("4600", "Wels", "07242"),
        ("6900", "Bregenz", "05574"),
        ("6850", "Dornbirn", "05572"),
        ("2700", "Wiener Neustadt", "02622"),
        ("7000", "Eisenstadt", "02682"),
        ("3500", "Krems an der Donau", "02732"),
        ("4400", "Steyr", "07252"),
        ("8700", "Leoben", "03842"),
        ("6300", "Wörgl", "05332"),
        ("5700", "Zell am See", "06542"),
        ("6370", "Kitzbühel", "05356"),
        ("4820", "Bad Ischl", "06132"),
        ("2500", "Baden", "02252"),
        ("8430", "Leibnitz", "03452"),
        ("9800", "Spittal an der Drau", "04762"),
        ("4810", "Gmunden", "07612"),
    ],
    "CH": [
        ("8001", "Zürich", "044"),
        ("8004", "Zürich", "044"),
        ("8037", "Zürich", "044"),
        ("8400", "Winterthur", "052"),
        ("3011", "Bern", "031"),
        ("3027", "Bern", "031"),
        ("4051", "Basel", "061"),
        ("4057", "Basel", "061"),
        ("6003", "Luzern", "041"),
        ("9000", "St. Gallen", "071"),
        ("5000", "Aarau", "062"),
        ("4600", "Olten", "062"),
        ("2502", "Biel/Bienne", "032"),
        ("3600", "Thun", "033"),
        ("6300", "Zug", "041"),
        ("8200", "Schaffhausen", "052"),
        ("7000", "Chur", "081"),
        ("3800", "Interlaken", "033"),
        ("8590", "Romanshorn", "071"),
        ("8500", "Frauenfeld", "052"),
        ("5400", "Baden", "056"),
        ("6430", "Schwyz", "041"),
        ("8610", "Uster", "044"),
        ("4500", "Solothurn", "032"),
        ("3400", "Burgdorf", "034"),
        ("6210", "Sursee", "041"),
        ("9500", "Wil SG", "071"),
        ("7500", "St. Moritz", "081"),
        ("7550", "Scuol", "081"),
        ("3900", "Brig", "027"),
        ("8640", "Rapperswil-Jona", "055"),
        ("8750", "Glarus", "055"),
        ("6460", "Altdorf UR", "041"),
        ("6060", "Sarnen", "041"),
        ("9050", "Appenzell", "071"),
        ("8280", "Kreuzlingen", "071"),
        ("8810", "Horgen", "044"),
        ("3700", "Spiez", "033"),
    ],
    "FR": [
        ("75011", "Paris", "01"),
        ("75015", "Paris", "01"),
        ("75018", "Paris", "01"),
        ("69003", "Lyon", "04"),
        ("69007", "Lyon", "04"),
        ("13001", "Marseille", "04"),
        ("13008", "Marseille", "04"),
        ("31000", "Toulouse", "05"),
        ("06000", "Nice", "04"),
        ("44000", "Nantes", "02"),
        ("67000", "Strasbourg", "03"),
        ("34000", "Montpellier", "04"),
        ("33000", "Bordeaux", "05"),
        ("59000", "Lille", "03"),
        ("35000", "Rennes", "02"),
        ("51100", "Reims", "03"),
        ("76600", "Le Havre", "02"),
        ("42000", "Saint-Étienne", "04"),
        ("83000", "Toulon", "04"),
        ("38000", "Grenoble", "04"),
        ("21000", "Dijon", "03"),
        ("49000", "Angers", "02"),
        ("30000", "Nîmes", "04"),
        ("63000", "Clermont-Ferrand", "04"),
        ("37000", "Tours", "02"),
        ("87000", "Limoges", "05"),
        ("80000", "Amiens", "03"),
        ("57000", "Metz", "03"),
        ("25000", "Besançon", "03"),
        ("45000", "Orléans", "02"),
        ("68100", "Mulhouse", "03"),
        ("14000", "Caen", "02"),
        ("54000", "Nancy", "03"),
        ("29200", "Brest", "02"),
        ("64100", "Bayonne", "05"),
        ("17000", "La Rochelle", "05"),
        ("56100", "Lorient", "02"),
        ("74000", "Annecy", "04"),
        ("20000", "Ajaccio", "04"),
        ("20200", "Bastia", "04"),
        ("84000", "Avignon", "04"),
        ("66000", "Perpignan", "04"),
        ("72000", "Le Mans", "02"),
        ("86000", "Poitiers", "05"),
        ("85350", "L'Île-d'Yeu", "02"),
        ("56360", "Le Palais", "02"),
        ("17410", "Saint-Martin-de-Ré", "05"),
    ],
    "FRCH": [
        ("1201", "Genève", "022"),
        ("1205", "Genève", "022"),
        ("1003", "Lausanne", "021"),
        ("1004", "Lausanne", "021"),
        ("1018", "Lausanne", "021"),
        ("2000", "Neuchâtel", "032"),
        ("1700", "Fribourg", "026"),
        ("1950", "Sion", "027"),
        ("1800", "Vevey", "021"),
        ("1820", "Montreux", "021"),
        ("1400", "Yverdon-les-Bains", "024"),
        ("2300", "La Chaux-de-Fonds", "032"),
        ("1110", "Morges", "021"),
        ("1260", "Nyon", "022"),
        ("1920", "Martigny", "027"),
        ("2800", "Delémont", "032"),
        ("1630", "Bulle", "026"),
        ("1870", "Monthey", "024"),
        ("1227", "Carouge GE", "022"),
        ("1217", "Meyrin", "022"),
        ("2400", "Le Locle", "032"),
        ("1530", "Payerne", "026"),
        ("3960", "Sierre", "027"),
        ("1196", "Gland", "022"),
        ("1095", "Lutry", "021"),
        ("1580", "Avenches", "026"),
    ],
    "IT": [
        ("00184", "Roma", "06", "RM"),
        ("00153", "Roma", "06", "RM"),
        ("20121", "Milano", "02", "MI"),
        ("20137", "Milano", "02", "MI"),
        ("10121", "Torino", "011", "TO"),
        ("80133", "Napoli", "081", "NA"),
        ("40121", "Bologna", "051", "BO"),
        ("50122", "Firenze", "055", "FI"),
        ("16121", "Genova", "010", "GE"),
        ("30121", "Venezia", "041", "VE"),
        ("37121", "Verona", "045", "VR"),
        ("35122", "Padova", "049", "PD"),
        ("70121", "Bari", "080", "BA"),
        ("90133", "Palermo", "091", "PA"),
        ("95131", "Catania", "095", "CT"),
        ("24121", "Bergamo", "035", "BG"),
        ("25121", "Brescia", "030", "BS"),
        ("43121", "Parma", "0521", "PR"),
        ("41121", "Modena", "059", "MO"),
        ("42121", "Reggio Emilia", "0522", "RE"),
        ("38122", "Trento", "0461", "TN"),
        ("39100", "Bolzano", "0471", "BZ"),
        ("34121", "Trieste", "040", "TS"),
        ("33100", "Udine", "0432", "UD"),
        ("06121", "Perugia", "075", "PG"),
        ("60121", "Ancona", "071", "AN"),
        ("65122", "Pescara", "085", "PE"),
        ("09124", "Cagliari", "070", "CA"),
        ("07100", "Sassari", "079", "SS"),
        ("57037", "Portoferraio", "0565", "LI"),
        ("07026", "Olbia", "0789", "SS"),
        ("19121", "La Spezia", "0187", "SP"),
        ("22100", "Como", "031", "CO"),
        ("21100", "Varese", "0332", "VA"),
        ("47921", "Rimini", "0541", "RN"),
        ("56125", "Pisa", "050", "PI"),
        ("55100", "Lucca", "0583", "LU"),
        ("73100", "Lecce", "0832", "LE"),
        ("84121", "Salerno", "089", "SA"),
        ("36100", "Vicenza", "0444", "VI"),
        ("31100", "Treviso", "0422", "TV"),
        ("48121", "Ravenna", "0544", "RA"),
    ],
    "TI": [
        ("6900", "Lugano", "091"),
        ("6500", "Bellinzona", "091"),
        ("6600", "Locarno", "091"),
        ("6850", "Mendrisio", "091"),
        ("6830", "Chiasso", "091"),
        ("6612", "Ascona", "091"),
        ("6710", "Biasca", "091"),
        ("6760", "Faido", "091"),
        ("6648", "Minusio", "091"),
        ("6900", "Massagno", "091"),
        ("6963", "Pregassona", "091"),
        ("6512", "Giubiasco", "091"),
        ("6598", "Tenero", "091"),
        ("6982", "Agno", "091"),
        ("6952", "Canobbio", "091"),
        ("7742", "Poschiavo", "081"),
        ("6535", "Roveredo GR", "091"),
        ("6616", "Losone", "091"),
    ],
    "GB": [
        ("London", "020", _w("E8 N16 SW9 SE22 NW5 W12 E17 SE15")),
        ("Manchester", "0161", _w("M14 M20 M4 M21")),
        ("Birmingham", "0121", _w("B13 B29 B17")),
        ("Leeds", "0113", _w("LS6 LS8 LS7")),
        ("Bristol", "0117", _w("BS6 BS3 BS7")),
        ("Sheffield", "0114", _w("S7 S11 S10")),
        ("Liverpool", "0151", _w("L17 L15 L18")),
        ("Newcastle upon Tyne", "0191", _w("NE6 NE2")),
        ("Nottingham", "0115", _w("NG7 NG5")),
        ("Leicester", "0116", _w("LE2 LE3")),
        ("Brighton", "01273", _w("BN1 BN2")),
        ("Cambridge", "01223", _w("CB1 CB4")),
        ("Oxford", "01865", _w("OX4 OX2")),
        ("York", "01904", _w("YO10 YO31")),
        ("Norwich", "01603", _w("NR2 NR3")),
        ("Exeter", "01392", _w("EX4 EX2")),
        ("Plymouth", "01752", _w("PL4 PL3")),
        ("Edinburgh", "0131", _w("EH6 EH10 EH9")),
        ("Glasgow", "0141", _w("G12 G41 G31")),
        ("Aberdeen", "01224", _w("AB10 AB24")),
        ("Cardiff", "029", _w("CF24 CF11 CF14")),
        ("Swansea", "01792", _w("SA1 SA2")),
        ("Belfast", "028", _w("BT7 BT9")),
        ("Bath", "01225", _w("BA1 BA2")),
        ("Southampton", "023", _w("SO15 SO17")),
        ("Portsmouth", "023", _w("PO4 PO5")),
        ("Reading", "0118", _w("RG1 RG30")),
        ("Canterbury", "01227", _w("CT1 CT2")),
        ("Inverness", "01463", _w("IV2 IV3")),
        ("Oban", "01631", _w("PA34")),
        ("Ryde", "01983", _w("PO33")),
        ("Penzance", "01736", _w("TR18")),
        ("Harrogate", "01423", _w("HG1 HG2")),
        ("Whitstable", "01227", _w("CT5")),
        ("Lymington", "01590", _w("SO41")),
        ("Southwold", "01502", _w("IP18")),
    ],
    "US": [
        ("Portland", "OR", _w("97202 97211 97215"), _w("503 971")),
        ("Seattle", "WA", _w("98103 98115 98122"), ["206"]),
        ("Austin", "TX", _w("78704 78751"), ["512"]),
        ("Denver", "CO", _w("80205 80210"), _w("303 720")),
        ("Chicago", "IL", _w("60614 60618 60647"), _w("312 773")),
        ("Brooklyn", "NY", _w("11215 11217 11238"), _w("718 347")),
        ("Boston", "MA", _w("02130 02116"), ["617"]),
        ("Philadelphia", "PA", _w("19104 19147"), _w("215 267")),
        ("Minneapolis", "MN", _w("55406 55408"), ["612"]),
        ("Madison", "WI", _w("53703 53711"), ["608"]),
        ("Ann Arbor", "MI", _w("48103 48104"), ["734"]),
        ("Columbus", "OH", _w("43201 43215"), ["614"]),
        ("Atlanta", "GA", _w("30306 30307"), _w("404 470")),
        ("Raleigh", "NC", _w("27601 27608"), ["919"]),
        ("Nashville", "TN", _w("37206 37212"), ["615"]),
        ("San Diego", "CA", _w("92104 92116"), _w("619 858")),
        ("Oakland", "CA", _w("94610 94611"), ["510"]),
        ("Sacramento", "CA", _w("95816 95818"), ["916"]),
        ("Phoenix", "AZ", _w("85004 85013"), ["602"]),
        ("Albuquerque", "NM", _w("87106 87108"), ["505"]),
        ("Burlington", "VT", ["05401"], ["802"]),
        ("Providence", "RI", ["02906"], ["401"]),
        ("Savannah", "GA", ["31401"], ["912"]),
        ("Pittsburgh", "PA", _w("15213 15217"), ["412"]),
        ("St. Louis", "MO", _w("63110 63118"), ["314"]),
        ("Kansas City", "MO", ["64111"], ["816"]),
        ("Salt Lake City", "UT", _w("84102 84105"), _w("801 385")),
        ("Bainbridge Island", "WA", ["98110"], ["206"]),
        ("Vineyard Haven", "MA", ["02568"], ["508"]),
        ("Anacortes", "WA", ["98221"], ["360"]),
        ("Charleston", "SC", _w("29401 29403"), ["843"]),
        ("New Orleans", "LA", _w("70115 70119"), ["504"]),
        ("Baltimore", "MD", _w("21211 21218"), _w("410 443")),
        ("Cape May", "NJ", ["08204"], ["609"]),
    ],
}

STREETS = {
    "DE": _c(
        "Hauptstraße, Bahnhofstraße, Gartenstraße, Schulstraße, Dorfstraße, Bergstraße, Lindenstraße, Kirchstraße, "
        "Waldstraße, Ringstraße, Schillerstraße, Goethestraße, Mozartstraße, Am Markt, Mühlenweg, Birkenweg, "
        "Rosenweg, Ahornweg, Feldstraße, Wiesenweg, Parkstraße, Lessingstraße, Beethovenstraße, Kastanienallee, "
        "Eichendorffstraße, Uhlandstraße, Buchenweg, Amselweg, Drosselgasse, Brunnenstraße, Talstraße, "
        "Sonnenstraße, Jahnstraße, Königstraße, Wilhelmstraße, Luisenstraße, Am Stadtpark, Hafenstraße, "
        "Weinbergweg, Steinweg, Hohenzollernring, Kaiserstraße, Schützenstraße, Eschenweg, Im Winkel, "
        "Auf dem Kamp, Hinter den Höfen, Gneisenaustraße, Körnerstraße, Fliederweg"
    ),
    "AT": _c(
        "Hauptplatz, Kirchengasse, Schulgasse, Bahnhofstraße, Linzer Straße, Grazer Straße, Salzburger Straße, "
        "Feldgasse, Lindengasse, Mühlgasse, Dorfstraße, Wiener Straße, Am Anger, Sonnenweg, Birkenweg, "
        "Rosengasse, Herrengasse, Bergstraße, Annenstraße, Körblergasse, Schillerstraße, Museumstraße, "
        "Hafnerweg, Rainerstraße, Fischergasse, Wiesenweg"
    ),
    "VIE": [
        ("Mariahilfer Straße", "1070"),
        ("Favoritenstraße", "1100"),
        ("Landstraßer Hauptstraße", "1030"),
        ("Währinger Straße", "1090"),
        ("Alser Straße", "1080"),
        ("Ottakringer Straße", "1160"),
        ("Simmeringer Hauptstraße", "1110"),
        ("Wiedner Hauptstraße", "1040"),
        ("Margaretenstraße", "1050"),
        ("Lerchenfelder Straße", "1070"),
        ("Josefstädter Straße", "1080"),
        ("Brünner Straße", "1210"),
        ("Wagramer Straße", "1220"),
        ("Hütteldorfer Straße", "1140"),
        ("Gumpendorfer Straße", "1060"),
        ("Praterstraße", "1020"),
        ("Taborstraße", "1020"),
        ("Neubaugasse", "1070"),
        ("Thaliastraße", "1160"),
        ("Meidlinger Hauptstraße", "1120"),
        ("Erdbergstraße", "1030"),
        ("Döblinger Hauptstraße", "1190"),
        ("Leopoldauer Straße", "1210"),
        ("Schönbrunner Straße", "1050"),
        ("Kettenbrückengasse", "1050"),
    ],
    "CH": _c(
        "Bahnhofstrasse, Hauptstrasse, Dorfstrasse, Kirchgasse, Schulhausstrasse, Seestrasse, Zürcherstrasse, "
        "Bernstrasse, Alte Landstrasse, Rosenweg, Lindenhofstrasse, Gartenstrasse, Feldeggstrasse, "
        "Oberdorfstrasse, Unterdorfstrasse, Rütistrasse, Sonnenbergstrasse, Bergstrasse, Industriestrasse, "
        "Mattenweg, Bachweg, Weinbergstrasse, Gotthardstrasse, Poststrasse, Landstrasse, Badenerstrasse, "
        "Langstrasse, Hohlstrasse, Forchstrasse, Spitalgasse, Marktgasse, Aarbergergasse, Gerechtigkeitsgasse, "
        "Neuengasse, Zollikerstrasse, Chriesiweg, Sonnhaldenstrasse, Im Grund"
    ),
    "FR": _c(
        "rue de la République, rue Victor Hugo, avenue Jean Jaurès, rue Pasteur, rue du Moulin, rue de l'Église, "
        "place de la Mairie, boulevard Gambetta, rue des Lilas, allée des Tilleuls, chemin des Vignes, "
        "impasse des Acacias, rue du Général Leclerc, avenue de la Gare, rue Nationale, rue des Écoles, "
        "rue du Stade, rue de la Paix, rue des Jardins, avenue Foch, rue Carnot, rue de Verdun, quai de la Fosse, "
        "rue Émile Zola, rue Jules Ferry, rue du Château, route de Lyon, rue des Rosiers, cours Lafayette, "
        "rue des Tanneurs, rue de la Fontaine, rue du Four, rue des Capucins, rue Paul Bert"
    ),
    "FRCH": _c(
        "Rue du Lac, Avenue de la Gare, Rue de Lausanne, Chemin des Vignes, Route de Genève, Rue du Marché, "
        "Avenue du Léman, Chemin de la Forêt, Rue des Alpes, Rue de Carouge, Rue du Simplon, Chemin du Levant, "
        "Rue Centrale, Grand-Rue, Rue du Temple, Chemin des Pâquerettes, Avenue de Morges, Rue de la Servette, "
        "Route de Berne, Rue de Bourg, Chemin de Bellevue, Avenue d'Échallens, Rue des Moulins, Chemin du Crêt"
    ),
    "IT": _c(
        "Via Roma, Via Garibaldi, Via Mazzini, Corso Vittorio Emanuele II, Via Dante Alighieri, Via Cavour, "
        "Piazza della Repubblica, Via Verdi, Via Marconi, Viale dei Mille, Via Matteotti, Via XX Settembre, "
        "Via San Francesco, Via delle Rose, Via dei Tigli, Via della Stazione, Via Nazionale, Via Manzoni, "
        "Via Leopardi, Via Carducci, Corso Italia, Via del Lavoro, Via Gramsci, Via Pascoli, Via Trieste, "
        "Via Torino, Vicolo Stretto, Via IV Novembre, Via dei Pescatori, Via del Borgo, Via Saffi, Via Solferino"
    ),
    "TI": _c(
        "Via Nassa, Via Cantonale, Via San Gottardo, Via Trevano, Via Lugano, Viale Stazione, Via Ciseri, "
        "Via Motta, Via Canova, Via Pessina, Via Ballerini, Via Zorzi, Via ai Monti, Via della Posta, Via Vela, "
        "Via Borgo, Via alla Campagna, Via Besso, Via Cattori, Via Ospedale, Via Franscini, Via Municipio"
    ),
    "GB": _c(
        "High Street, Station Road, Church Lane, Victoria Road, Park Road, Mill Lane, Queen's Road, The Avenue, "
        "Manor Road, Kings Road, Albert Street, Grove Road, Springfield Road, Elm Grove, Beech Avenue, "
        "Chapel Street, Oak Tree Close, Meadow Way, Orchard Close, Windsor Road, Cromwell Road, St Mary's Road, "
        "Nelson Street, Blenheim Gardens, Lavender Hill, Thornbury Crescent, Heather Drive, Willow Walk, "
        "Brook Street, Castle Street, Marlborough Road, Hawthorn Close, Cedar Terrace, Priory Lane"
    ),
    "US": _c(
        "Maple Street, Oak Avenue, Elm St, N Main St, Pine Street, Cedar Lane, Washington Avenue, Lincoln Avenue, "
        "Park Avenue, 2nd Street, SE Division St, W 3rd Ave, Highland Drive, Lakeview Drive, Hillcrest Road, "
        "Jefferson St, Willow Lane, Chestnut Street, Spruce St, Magnolia Ave, Ridge Road, Forest Avenue, "
        "Madison Ave, River Road, Dogwood Court, NE Alberta St, Grand Avenue, Prospect Place, Mission Street, "
        "E 14th St, Sycamore Drive, Hawthorne Blvd, Bayview Ave"
    ),
}
STREET_KEY = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_CH": "FRCH",
    "it_IT": "IT",
    "it_CH": "TI",
    "en_GB": "GB",
    "en_US": "US",
}
CC_BY_LOC = {
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

MAIL_DOMAINS = {
    "DE": _w("gmx.de web.de t-online.de posteo.de gmail.com outlook.de freenet.de mailbox.org icloud.com"),
    "AT": _w("gmx.at aon.at chello.at a1.net gmail.com outlook.com icloud.com drei.at"),
    "CH": _w("bluewin.ch gmx.ch sunrise.ch hispeed.ch gmail.com outlook.com icloud.com proton.me"),
    "FR": _w("orange.fr free.fr laposte.net sfr.fr wanadoo.fr gmail.com outlook.fr yahoo.fr"),
    "IT": _w("libero.it virgilio.it alice.it tiscali.it yahoo.it gmail.com hotmail.it outlook.it"),
    "GB": _w("btinternet.com hotmail.co.uk sky.com yahoo.co.uk gmail.com outlook.com icloud.com"),
    "US": _w("gmail.com yahoo.com comcast.net icloud.com outlook.com aol.com proton.me hotmail.com"),
}

IP4_NETS = {
    "DE": ["79.192.0.0/10", "84.128.0.0/10", "91.0.0.0/10", "93.192.0.0/10", "217.224.0.0/11", "95.88.0.0/14"],
    "AT": ["80.108.0.0/14", "62.178.0.0/15", "84.112.0.0/13", "188.20.0.0/14", "91.113.0.0/16"],
    "CH": ["85.0.0.0/13", "62.202.0.0/15", "178.192.0.0/14", "188.60.0.0/14", "83.76.0.0/14"],
    "FR": ["90.0.0.0/9", "86.192.0.0/11", "82.64.0.0/10", "88.160.0.0/11", "109.0.0.0/12"],
    "IT": ["79.0.0.0/11", "87.0.0.0/11", "93.32.0.0/11", "151.0.0.0/12", "2.32.0.0/11"],
    "GB": ["86.128.0.0/10", "81.128.0.0/11", "82.0.0.0/11", "90.192.0.0/11", "31.48.0.0/13"],
    "US": ["73.0.0.0/8", "24.0.0.0/12", "71.160.0.0/11", "99.0.0.0/10", "108.0.0.0/12", "76.96.0.0/11"],
}
IP6_PREFIX = {
    "DE": ["2003:e4", "2003:c2", "2a02:810", "2a02:908"],
    "AT": ["2a02:8388", "2a01:bc0", "2001:871"],
    "CH": ["2a02:1210", "2a02:aa16", "2001:1711"],
    "FR": ["2a01:cb00", "2a01:e0a", "2a02:8428"],
    "IT": ["2001:b07", "2a01:e11", "2a02:b025"],
    "GB": ["2a00:23c7", "2a02:c7c", "2a01:4b00"],
    "US": ["2601:1c0", "2600:1700", "2603:8000"],
}

# --------------------------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------------------------

MONTHS = {
    "de": _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "at": _w("Jänner Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _w("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "it": _w("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "en": _w("January February March April May June July August September October November December"),
}
MONTHS_ABBR = {
    "de": _w("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "at": _w("Jän. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "fr": _w("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "it": _w("gen feb mar apr mag giu lug ago set ott nov dic"),
    "en": _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
}
WEEKDAYS = {
    "de": _w("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "fr": _w("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "it": _w("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    "en": _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
}
DOB_SHAPES = {
    "de_DE": ["dmy.", "d.m.y", "dmy.2", "iso", "dMy.de", "ddMy.de", "dMabbr.de", "dmy.sp"],
    "de_AT": ["dmy.", "d.m.y", "dmy.2", "iso", "dMy.de", "ddMy.de", "dMabbr.de", "dmy/"],
    "de_CH": ["dmy.", "d.m.y", "dmy.2", "iso", "dMy.de", "ddMy.de"],
    "fr_FR": ["dmy/", "dMy", "dMy.up", "dMabbr", "dmy/2", "dmy-"],
    "fr_CH": ["dmy.", "dmy/", "dMy", "dMabbr", "dmy.2"],
    "it_IT": ["dmy/", "dMy", "dMy.up", "dMabbr", "d/m/y", "dmy-"],
    "it_CH": ["dmy.", "dmy/", "dMy", "d.m.y"],
    "en_GB": ["dmy/", "dMy", "dthMy", "dthofMy", "dMabbr", "dd-MMM-y", "dMabbr.up"],
    "en_US": ["mdy/", "m/d/y", "m/d/y2", "Mdy", "Mabbr d", "Mabbr. d", "Mdthy", "mdy-"],
}
TWO_DIGIT = {"dmy.2", "dmy/2", "m/d/y2"}


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(d: dt.date, shape: str, loc: str) -> str:
    lang = loc[:2]
    mk = "at" if loc == "de_AT" else lang
    mon, abbr = MONTHS[mk][d.month - 1], MONTHS_ABBR[mk][d.month - 1]
    D, Mo, Y = d.day, d.month, d.year
    if shape == "dmy.":
        return f"{D:02d}.{Mo:02d}.{Y}"
    if shape == "d.m.y":
        return f"{D}.{Mo}.{Y}"
    if shape == "dmy.2":
        return f"{D:02d}.{Mo:02d}.{Y % 100:02d}"
    if shape == "iso":
        return d.isoformat()
    if shape == "dMy.de":
        return f"{D}. {mon} {Y}"
    if shape == "ddMy.de":
        return f"{D:02d}. {mon} {Y}"
    if shape == "dMabbr.de":
        return f"{D}. {abbr} {Y}"
    if shape == "dmy.sp":
        return f"{D:02d}. {Mo:02d}. {Y}"
    if shape == "dmy/":
        return f"{D:02d}/{Mo:02d}/{Y}"
    if shape == "dmy/2":
        return f"{D:02d}/{Mo:02d}/{Y % 100:02d}"
    if shape == "dmy-":
        return f"{D:02d}-{Mo:02d}-{Y}"
    if shape == "d/m/y":
        return f"{D}/{Mo}/{Y}"
    if shape in ("dMy", "dMy.up"):
        dd = str(D)
        if D == 1 and lang == "fr":
            dd = "1er"
        elif D == 1 and lang == "it":
            dd = "1°"
        s = f"{dd} {mon} {Y}"
        return s.upper() if shape.endswith(".up") else s
    if shape in ("dMabbr", "dMabbr.up"):
        dd = "1er" if D == 1 and lang == "fr" else "1°" if D == 1 and lang == "it" else str(D)
        s = f"{dd} {abbr} {Y}"
        return s.upper() if shape.endswith(".up") else s
    if shape == "dd-MMM-y":
        return f"{D:02d}-{abbr.upper()}-{Y}"
    if shape == "dthMy":
        return f"{_ordinal(D)} {mon} {Y}"
    if shape == "dthofMy":
        return f"{_ordinal(D)} of {mon} {Y}"
    if shape == "mdy/":
        return f"{Mo:02d}/{D:02d}/{Y}"
    if shape == "m/d/y":
        return f"{Mo}/{D}/{Y}"
    if shape == "m/d/y2":
        return f"{Mo}/{D}/{Y % 100:02d}"
    if shape == "Mdy":
        return f"{mon} {D}, {Y}"
    if shape == "Mabbr d":
        return f"{abbr} {D}, {Y}"
    if shape == "Mabbr. d":
        return f"{abbr}{'' if abbr == 'May' else '.'} {D}, {Y}"
    if shape == "Mdthy":
        return f"{mon} {_ordinal(D)}, {Y}"
    if shape == "mdy-":
        return f"{Mo:02d}-{D:02d}-{Y}"
    raise ValueError(shape)


# --------------------------------------------------------------------------------------------------------------------
# Markers
# --------------------------------------------------------------------------------------------------------------------


def m(t: str, s: str) -> str:
    if not s or s != s.strip() or MARK_RE.search(s):
        raise ValueError(f"bad value for {t}: {s!r}")
    return MS[t] + s + ME


def plain(s: str) -> str:
    return MARK_RE.sub("", s)


def vlen(s: str) -> int:
    return len(plain(s))


def recase(text: str, fn) -> str:
    out: list[str] = []
    buf: list[str] = []
    keep = False
    for ch in text:
        if "\ue000" <= ch <= "\ue0ff":
            if buf:
                seg = "".join(buf)
                out.append(seg if keep else fn(seg))
                buf = []
            keep = False if ch == ME else TYPES[ord(ch) - 0xE000] in KEEP_CASE
            out.append(ch)
        else:
            buf.append(ch)
    if buf:
        seg = "".join(buf)
        out.append(seg if keep else fn(seg))
    return "".join(out)


def outside(text: str, fn) -> str:
    """Apply fn to the pieces of text outside any marker."""
    out: list[str] = []
    buf: list[str] = []
    inside = False
    for ch in text:
        if "\ue000" <= ch <= "\ue0ff":
            if buf:
                seg = "".join(buf)
                out.append(seg if inside else fn(seg))
                buf = []
            inside = ch != ME
            out.append(ch)
        else:
            buf.append(ch)
    if buf:
        seg = "".join(buf)
        out.append(seg if inside else fn(seg))
    return "".join(out)


def resolve(text: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    n = 0
    cur: tuple[str, int] | None = None
    for ch in text:
        if "\ue000" <= ch <= "\ue0ff":
            if ch == ME:
                if cur is None:
                    raise ValueError("unbalanced marker")
                ents.append({"type": cur[0], "start": cur[1], "end": n})
                cur = None
            else:
                if cur is not None:
                    raise ValueError("nested marker")
                cur = (TYPES[ord(ch) - 0xE000], n)
        else:
            out.append(ch)
            n += 1
    if cur is not None:
        raise ValueError("unclosed marker")
    s = "".join(out)
    for e in ents:
        e["text"] = s[e["start"] : e["end"]]
    return s, ents


def fold(s: str, german: bool = False) -> str:
    if german:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            s = s.replace(a, b)
    for a, b in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("đ", "dj"), ("Đ", "Dj"), ("ø", "o"), ("æ", "ae"), ("ı", "i")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9.\-]", "", s)


# --------------------------------------------------------------------------------------------------------------------
# Check digits
# --------------------------------------------------------------------------------------------------------------------


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_check_ok(v: str) -> bool:
    s = re.sub(r"\s", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(cc: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num][::-1]
    tot = 0
    for i, d in enumerate(ds):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix_body: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


def ean13_ok(d: str) -> bool:
    if len(d) != 13 or not d.isdigit():
        return False
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
    return (10 - s % 10) % 10 == int(d[12])


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def italian_cin(abi: str, cab: str, acc: str) -> str:
    s = abi + cab + acc
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


# --------------------------------------------------------------------------------------------------------------------
# People, addresses, organisations
# --------------------------------------------------------------------------------------------------------------------


class Person:
    def __init__(self, serial: int, first: str, last: str, gender: str, src: str, dob: dt.date, middle: str = ""):
        self.serial = serial
        self.first = first
        self.last = last
        self.gender = gender
        self.src = src
        self.dob = dob
        self.middle = middle
        nick = NICK.get(first)
        self.nick = nick if nick and nick != first else None
        self.email_: str | None = None
        self.mobile_: str | None = None
        self.land_: str | None = None
        self.addr: Address | None = None
        self.work: dict[str, str] = {}
        self.en_title = ""

    def age(self, today: dt.date) -> int:
        return today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))


class Address:
    def __init__(self, l1: str, l2: str, town: str, area: str, street: str):
        self.l1 = l1
        self.l2 = l2
        self.town = town
        self.area = area
        self.street = street


class Org:
    def __init__(self, name: str, addr: Address, phone: str, domain: str, role: str):
        self.name = name
        self.addr = addr
        self.phone = phone
        self.domain = domain
        self.role = role


def slug(s: str, sep: str = "-") -> str:
    s = " ".join(fold(w, german=True) for w in s.lower().replace("&", " ").replace("'", " ").split())
    s = re.sub(r"[^a-z0-9]+", " ", s)
    stop = (
        "gmbh",
        "ag",
        "sa",
        "srl",
        "ltd",
        "llc",
        "inc",
        "sarl",
        "kg",
        "snc",
        "spa",
        "co",
        "eg",
        "sas",
        "of",
        "the",
        "de",
        "la",
        "le",
        "les",
        "du",
        "des",
        "di",
        "del",
        "il",
        "am",
        "an",
        "der",
        "die",
        "das",
        "und",
        "et",
        "e",
    )
    words = [w for w in s.split() if w not in stop and len(w) > 1]
    return sep.join(words[:4])


def yaml_scalar(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    p = plain(s)
    if (
        not p
        or re.fullmatch(r"[\d.+\-/ :]+", p)
        or ": " in p
        or " #" in p
        or p[0] in "[]{}&*!|>'\"%@`,?-#"
        or p.lower() in ("yes", "no", "true", "false", "null", "on", "off")
    ):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def yaml_dump(obj, indent: int = 0) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, dict):
                if v:
                    lines.append(f"{pad}{k}:")
                    lines += yaml_dump(v, indent + 2)
                else:
                    lines.append(f"{pad}{k}: {{}}")
            elif isinstance(v, list):
                if not v:
                    lines.append(f"{pad}{k}: []")
                else:
                    lines.append(f"{pad}{k}:")
                    lines += yaml_dump(v, indent + 2)
            else:
                lines.append(f"{pad}{k}: {yaml_scalar(v)}")
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, dict) and item:
                sub = yaml_dump(item, indent + 2)
                sub[0] = pad + "- " + sub[0][indent + 2 :]
                lines += sub
            else:
                lines.append(f"{pad}- {yaml_scalar(item)}")
    return lines


class Reject(Exception):
    pass


class Ctx:
    def __init__(self, rng: random.Random, loc: str, genre: str):
        self.r = rng
        self.loc = loc
        self.lang = loc[:2]
        self.cc = CC_BY_LOC[loc]
        self.region = REGION_BY_LOC[loc]
        self.skey = STREET_KEY[loc]
        self.genre = genre
        self.today = dt.date(2026, 1, 7) + dt.timedelta(days=rng.randrange(0, 320))
        self.dshape = rng.choice(DOB_SHAPES[loc])
        if self.dshape == "iso" and rng.random() < 0.5:
            self.dshape = rng.choice(DOB_SHAPES[loc])
        self.people: list[Person] = []
        self.lasts: set[str] = set()
        self.firsts: set[str] = set()
        self.serial = 0
        self.requests: list[str] = []
        self._en_requests: list[str] = []
        self.is_chat = False
        self.export = False
        self.us = loc == "en_US"

    # ---- randomness ------------------------------------------------------------------------------------------------
    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def t(self, de: str, fr: str, it: str, en: str) -> str:
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    # ---- dates -----------------------------------------------------------------------------------------------------
    def dob(self, p: Person, shape: str | None = None) -> str:
        if shape is None:
            shape = self.dshape if self.p(0.8) else self.ch(DOB_SHAPES[self.loc])
        return m("DOB", fmt_date(p.dob, shape, self.loc))

    def plain_shape(self) -> str:
        sh = self.dshape
        if sh in TWO_DIGIT or sh.endswith(".up") or sh == "dd-MMM-y":
            return {"de": "dmy.", "fr": "dmy/", "it": "dmy/", "en": "mdy/" if self.us else "dmy/"}[self.lang]
        return sh

    def date(self, d: dt.date, shape: str | None = None) -> str:
        return fmt_date(d, shape or self.plain_shape(), self.loc)

    def short_date(self, d: dt.date) -> str:
        if self.lang == "de":
            return f"{d.day}.{d.month}."
        if self.us:
            return f"{d.month}/{d.day}"
        if self.lang == "en":
            return f"{d.day}/{d.month}"
        return f"{d.day:02d}/{d.month:02d}"

    def wday(self, d: dt.date) -> str:
        return WEEKDAYS[self.lang][d.weekday()]

    def time(self, h: int, mi: int, style: int | None = None) -> str:
        st = self.ri(0, 1) if style is None else style
        if self.us:
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        if self.lang == "fr":
            return f"{h}h{mi:02d}" if st == 0 else f"{h:02d}:{mi:02d}"
        if self.lang == "de" and st == 1:
            return f"{h}.{mi:02d} Uhr"
        if self.lang == "en" and st == 1:
            return f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}"
        return f"{h:02d}:{mi:02d}"

    def days(self, a: int, b: int) -> dt.date:
        return self.today + dt.timedelta(days=self.ri(a, b))

    def times(self, first: dt.date, last: dt.date, n: int, hours: tuple[int, int] = (7, 22)) -> list[tuple]:
        """n sorted (date, hour, minute) between first and last"""
        span = max(0, (last - first).days)
        pts = sorted((self.ri(0, span), self.ri(hours[0], hours[1]), self.ri(0, 59)) for _ in range(n))
        return [(first + dt.timedelta(days=a), h, mi) for a, h, mi in pts]

    # ---- money -----------------------------------------------------------------------------------------------------
    def money(self, x: float, style: int | None = None) -> str:
        st = self.ri(0, 2) if style is None else style
        cents = round(x * 100)
        whole, frac = divmod(cents, 100)
        if self.cc == "CH":
            w = f"{whole:,}".replace(",", "'")
            return f"CHF {w}.{frac:02d}" if st != 1 else f"Fr. {w}.{frac:02d}"
        if self.cc == "GB":
            return f"£{whole:,}.{frac:02d}"
        if self.cc == "US":
            return f"${whole:,}.{frac:02d}"
        if self.cc == "FR":
            w = f"{whole:,}".replace(",", " ")
            return f"{w},{frac:02d} €" if st != 1 else f"{w},{frac:02d} EUR"
        w = f"{whole:,}".replace(",", ".")
        if self.cc == "IT":
            return f"€ {w},{frac:02d}" if st != 1 else f"{w},{frac:02d} euro"
        return f"{w},{frac:02d} €" if st != 1 else f"EUR {w},{frac:02d}"

    # ---- names -----------------------------------------------------------------------------------------------------
    def _name_lang(self) -> str:
        return self.lang

    def _community_first(self, src: str, g: str) -> str:
        mf = COMMUNITY[src]
        return self.ch(mf[0] if g == "m" else mf[1])

    def _community_last(self, src: str, g: str) -> str:
        last = self.ch(COMMUNITY[src][2])
        if "|" in last:
            a, b = last.split("|")
            return a if g == "m" else b
        if src == "polish" and g == "f":
            for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
                if last.endswith(a):
                    return last[: -len(a)] + b
        return last

    def _region_first(self, reg: str, g: str) -> str:
        pool = REGION[reg][0] if g == "m" else REGION[reg][1]
        if reg == "AT" and self.p(0.25):
            pool = REGION["DE"][0] if g == "m" else REGION["DE"][1]
        return self.ch(pool)

    def _draw(self, g: str, src: str | None) -> tuple[str, str, str, str, str]:
        """-> first, last, gender, src, middle"""
        reg = self.region
        lang = self.lang
        if src is None:
            x = self.r.random()
            src = reg if x < 0.56 else (self.ch(COMMUNITY_BY_CC[self.cc]) if x < 0.79 else "special")
        middle = ""
        if src == "special":
            kind = self.ch(["word", "word", "particle", "invented", "double", "doublefirst"])
            first = self._region_first(reg, g)
            last = self.ch(REGION[reg][2])
            if kind == "word":
                last = self.ch(WORD_SURNAMES[lang])
                if self.p(0.3):
                    cands = [f for f, gg in WORD_FIRST[lang] if gg == g]
                    if cands:
                        first = self.ch(cands)
            elif kind == "particle":
                last = self.ch(PARTICLE_SURNAMES[reg])
            elif kind == "invented":
                a, b = INVENTED[lang]
                last = self.ch(a) + self.ch(b)
                if self.p(0.5):
                    cands = [f for f, gg in RARE_FIRST[lang] if gg == g]
                    first = self.ch(cands)
            elif kind == "double":
                a, b = self.ch(REGION[reg][2]), self.ch(REGION[reg][2])
                if a == b or " " in a or " " in b:
                    b = self.ch(WORD_SURNAMES[lang])
                sep = " " if lang in ("it", "en") and self.p(0.4) else "-"
                last = f"{a}{sep}{b}"
            else:
                cands = [f for f, gg in DOUBLE_FIRST[lang] if gg == g]
                first = self.ch(cands)
            return first, last, g, reg, middle
        if src in COMMUNITY:
            return self._community_first(src, g), self._community_last(src, g), g, src, middle
        first = self._region_first(src, g)
        last = self.ch(REGION[src][2])
        if src == "US" and self.p(0.3):
            middle = self.ch("ABCDEFGHJKLMNPRSTW") + "."
        return first, last, g, src, middle

    def _ok_name(self, first: str, last: str, newlast: bool) -> bool:
        if first == last or (newlast and last in self.lasts) or first in self.firsts:
            return False
        fw = set(re.findall(r"[^\W\d_]+", first))
        lw = set(re.findall(r"[^\W\d_]+", last))
        if fw & lw:
            return False
        for q in self.people:
            if q.first == last or q.last == first:
                return False
        return True

    def _add(self, first, last, g, src, dob, middle="") -> Person:
        self.serial += 1
        p = Person(self.serial, first, last, g, src, dob, middle)
        if self.lang == "en":
            p.en_title = "Mr" if g == "m" else self.ch(["Mrs", "Ms", "Ms"])
            if self.us:
                p.en_title += "."
        self.people.append(p)
        self.lasts.add(last)
        self.firsts.add(first)
        return p

    def born(self, lo: int, hi: int) -> dt.date:
        return self.today - dt.timedelta(days=self.ri(lo * 365 + 5, hi * 365 + 350))

    def person(self, gender: str | None = None, age: tuple[int, int] = (24, 82), src: str | None = None) -> Person:
        for _ in range(300):
            g = gender or self.ch("mf")
            first, last, g, s, middle = self._draw(g, src)
            if self._ok_name(first, last, True):
                return self._add(first, last, g, s, self.born(*age), middle)
        raise Reject("no name")

    def _rel_first(self, p: Person, g: str, child: bool = False) -> str:
        if p.src in COMMUNITY:
            return self._community_first(p.src, g)
        if child:
            key = {"FRCH": "FR", "TI": "IT"}.get(p.src, p.src)
            key = key if key in CHILD_FIRST else {"de": "DE", "fr": "FR", "it": "IT", "en": "GB"}[self.lang]
            pool = CHILD_FIRST[key][0 if g == "m" else 1]
            return self.ch(pool)
        reg = p.src if p.src in REGION else self.region
        return self._region_first(reg, g)

    def _rel_last(self, p: Person, g: str) -> str:
        if p.src == "polish" or p.src == "greek":
            # gendered forms: rebuild from the masculine/feminine pair
            for fam in COMMUNITY[p.src][2]:
                forms = fam.split("|") if "|" in fam else [fam]
                if p.src == "polish":
                    base = fam
                    fem = base
                    for a, b in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
                        if base.endswith(a):
                            fem = base[: -len(a)] + b
                            break
                    forms = [base, fem]
                if p.last in forms:
                    return forms[0] if g == "m" else forms[-1]
        return p.last

    def relative(self, p: Person, kind: str, gender: str | None = None, share: float | None = None) -> Person:
        """kind: partner, child, parent, sibling"""
        for _ in range(300):
            if kind == "partner":
                g = gender or (("f" if p.gender == "m" else "m") if self.p(0.92) else p.gender)
            else:
                g = gender or self.ch("mf")
            if kind in ("partner", "sibling"):
                dob = p.dob + dt.timedelta(days=self.ri(-8 * 365, 8 * 365))
            elif kind == "parent":
                dob = p.dob - dt.timedelta(days=self.ri(20 * 365, 40 * 365))
                if (self.today - dob).days > 98 * 365:
                    raise Reject("parent too old")
            else:
                lo = p.dob + dt.timedelta(days=20 * 365)
                hi = min(p.dob + dt.timedelta(days=44 * 365), self.today - dt.timedelta(days=200))
                if hi <= lo:
                    raise Reject("parent too young")
                dob = lo + dt.timedelta(days=self.ri(0, (hi - lo).days))
            if dob >= self.today - dt.timedelta(days=100):
                continue
            first = self._rel_first(p, g, child=dob.year >= 2008)
            sh = share if share is not None else {"partner": 0.6, "child": 0.93, "parent": 0.75, "sibling": 0.8}[kind]
            if kind == "partner" and g == p.gender:
                sh = 0.1
            if self.p(sh):
                last = self._rel_last(p, g)
                newlast = False
            else:
                if p.src in COMMUNITY:
                    last = self._community_last(p.src, g)
                else:
                    reg = p.src if p.src in REGION else self.region
                    last = self.ch(REGION[reg][2])
                newlast = True
            if not self._ok_name(first, last, newlast):
                continue
            return self._add(first, last, g, p.src, dob)
        raise Reject("no relative")

    def child(self, p: Person, age: tuple[int, int] | None = None, gender: str | None = None) -> Person:
        """a child of p, optionally within an age range (years)"""
        for _ in range(60):
            c = self.relative(p, "child", gender)
            a = c.age(self.today)
            if age is None or age[0] <= a <= age[1]:
                return c
            self.people.remove(c)
            self.firsts.discard(c.first)
        raise Reject("child age")

    def kid_of(self, p: Person, dob: dt.date, gender: str | None = None) -> Person:
        """a child of p born on dob (p's date of birth is moved so that p was 22 to 44 then)"""
        p.dob = dob - dt.timedelta(days=self.ri(22 * 365, 44 * 365))
        for _ in range(200):
            g = gender or self.ch("mf")
            first = self._rel_first(p, g, child=dob.year >= 2008)
            if self.p(0.93):
                last, newlast = self._rel_last(p, g), False
            else:
                reg = p.src if p.src in REGION else self.region
                last = self._community_last(p.src, g) if p.src in COMMUNITY else self.ch(REGION[reg][2])
                newlast = True
            if self._ok_name(first, last, newlast):
                return self._add(first, last, g, p.src, dob)
        raise Reject("no kid")

    def nm(self, p: Person, style: str = "full") -> str:
        first_simple = p.first
        if style == "full":
            s = f"{p.first} {p.middle + ' ' if p.middle else ''}{p.last}"
        elif style == "fl":
            s = f"{p.first} {p.last}"
        elif style == "lf":
            s = f"{p.last}, {p.first}"
        elif style == "LF":
            s = f"{p.last.upper()}, {p.first}"
        elif style == "L F":
            s = f"{p.last.upper()} {p.first}"
        elif style == "l f":
            s = f"{p.last} {p.first}"
        elif style == "fi":
            parts = re.split(r"([- ])", p.first)
            ini = "".join(x[0] + "." if x not in ("-", " ") else x for x in parts if x)
            s = f"{ini} {p.last}"
        elif style == "fL":
            words = [w for w in re.split(r"[\s'’-]", p.last) if w and w.lower() not in PARTICLES]
            s = f"{first_simple} {(words[0] if words else p.last)[0].upper()}."
        elif style == "first":
            s = p.first
        elif style == "nick":
            s = p.nick or p.first
        elif style == "last":
            s = p.last
        elif style == "FULL":
            s = f"{p.first} {p.last}".upper()
        else:
            raise ValueError(style)
        return m("PERSON", s)

    def title(self, p: Person, case: str = "nom", long: bool = False) -> str:
        if self.lang == "de":
            return ("Herrn" if case == "acc" else "Herr") if p.gender == "m" else "Frau"
        if self.lang == "fr":
            if long:
                return "Monsieur" if p.gender == "m" else "Madame"
            return "M." if p.gender == "m" else "Mme"
        if self.lang == "it":
            if long:
                return "signor" if p.gender == "m" else "signora"
            return "Sig." if p.gender == "m" else "Sig.ra"
        return p.en_title

    def mr(self, p: Person, case: str = "nom", long: bool = False, full: bool = False) -> str:
        return f"{self.title(p, case, long)} {self.nm(p, 'fl' if full else 'last')}"

    def da(self, p: Person) -> str:
        """Italian 'da' + article before a title"""
        return "dal" if p.gender == "m" else "dalla"

    def dr(self, p: Person, style: str = "last") -> str:
        if self.lang == "de":
            t = self.ch(["Dr.", "Dr. med."])
        elif self.lang == "fr":
            t = "Dr"
        elif self.lang == "it":
            t = "Dott." if p.gender == "m" else self.ch(["Dott.ssa", "Dr.ssa"])
        else:
            t = "Dr." if self.us else "Dr"
        return f"{t} {self.nm(p, style)}"

    def fam(self, p: Person) -> str:
        L = m("PERSON", p.last)
        if self.lang == "de":
            return self.ch([f"Familie {L}", f"Fam. {L}"])
        if self.lang == "fr":
            return self.ch([f"famille {L}", f"Famille {L}", f"M. et Mme {L}"])
        if self.lang == "it":
            return self.ch([f"famiglia {L}", f"Fam. {L}"])
        return self.ch([f"the {L} family", f"Mr and Mrs {L}" if not self.us else f"Mr. and Mrs. {L}"])

    def poss(self, p: Person, style: str = "first") -> str:
        s = self.nm(p, style)
        base = plain(s)
        if self.lang == "en":
            return s + ("'" if base.endswith("s") else "'s")
        if self.lang == "de":
            return s + ("'" if base[-1] in "sxzß" else "s")
        return s

    # ---- addresses -------------------------------------------------------------------------------------------------
    def town(self) -> tuple:
        k = self.skey
        if k == "DE":
            return self.ch(TOWNS["DE"])
        if k == "AT":
            return self.ch(TOWNS["AT"])
        if k == "CH":
            return self.ch(TOWNS["CH"])
        if k == "FR":
            return self.ch(TOWNS["FR"])
        if k == "FRCH":
            return self.ch(TOWNS["FRCH"])
        if k == "IT":
            return self.ch(TOWNS["IT"])
        if k == "TI":
            return self.ch(TOWNS["TI"])
        if k == "GB":
            return self.ch(TOWNS["GB"])
        return self.ch(TOWNS["US"])

    def tname(self, t: tuple | None = None) -> str:
        t = t or self.town()
        return t[0] if self.skey in ("GB", "US") else t[1]

    def tarea(self, t: tuple | None = None) -> str:
        t = t or self.town()
        if self.skey == "GB":
            return t[1]
        if self.skey == "US":
            return self.ch(t[3])
        return t[2]

    def addr(self, town: tuple | None = None, biz: bool = False, flat: bool = True) -> Address:
        k = self.skey
        t = town or self.town()
        r = self.r
        if k == "DE":
            st = self.ch(STREETS["DE"])
            no = str(self.ri(1, 140))
            x = r.random()
            if x < 0.1:
                no += self.ch("abc")
            elif x < 0.13:
                no = f"{no}-{int(no) + 2}"
            l1 = f"{st} {no}"
            if flat and not biz and self.p(0.14):
                l1 += self.ch([", 3. OG", " (Hinterhaus)", ", EG links", ", 2. OG rechts", ", Dachgeschoss"])
            pre = "D-" if self.p(0.05) else ""
            return Address(l1, f"{pre}{t[0]} {t[1]}", t[1], t[2], st)
        if k == "AT":
            if t[1] == "Wien" or (town is None and self.p(0.3)):
                st, pc = self.ch(STREETS["VIE"])
                t = (pc, "Wien", "01")
            else:
                st = self.ch(STREETS["AT"])
            no = str(self.ri(1, 120))
            if flat and not biz:
                x = r.random()
                if x < 0.25:
                    no += f"/{self.ri(1, 24)}"
                elif x < 0.45:
                    no += f"/{self.ri(1, 6)}/{self.ri(1, 30)}"
                elif x < 0.55:
                    no += f"/Top {self.ri(1, 40)}"
                elif x < 0.6:
                    no += f"/Stiege {self.ri(1, 4)}/Tür {self.ri(1, 20)}"
            pre = "A-" if self.p(0.05) else ""
            return Address(f"{st} {no}", f"{pre}{t[0]} {t[1]}", t[1], t[2], st)
        if k in ("CH", "FRCH", "TI"):
            st = self.ch(STREETS[k])
            if k == "TI" and self.p(0.2):
                st = st[0].lower() + st[1:]
            if k == "FRCH" and self.p(0.15) and st.startswith("Chemin"):
                st = "chemin" + st[6:]
            no = str(self.ri(1, 160)) + (self.ch("abc") if self.p(0.05) else "")
            pre = "CH-" if self.p(0.08) else ""
            return Address(f"{st} {no}", f"{pre}{t[0]} {t[1]}", t[1], t[2], st)
        if k == "FR":
            st = self.ch(STREETS["FR"])
            no = str(self.ri(1, 148)) + (self.ch([" bis", " ter"]) if self.p(0.08) else "")
            l1 = self.ch([f"{no} {st}", f"{no}, {st}", f"{no} {st}"])
            if flat and not biz and self.p(0.15):
                l1 = self.ch(
                    [f"Bât. {self.ch('ABCD')}, {l1}", f"{l1}, Appt {self.ri(1, 60)}", f"Résidence les Tilleuls, {l1}"]
                )
            town = t[1].upper() if self.p(0.3) else t[1]
            return Address(l1, f"{t[0]} {town}", t[1], t[2], st)
        if k == "IT":
            st = self.ch(STREETS["IT"])
            if self.p(0.2) and st.startswith("Via "):
                st = "via " + st[4:]
            no = str(self.ri(1, 180))
            x = r.random()
            if x < 0.08:
                no += self.ch(["/B", "/A", "/bis"])
            l1 = self.ch([f"{st} {no}", f"{st}, {no}", f"{st} n. {no}"])
            if flat and not biz and self.p(0.15):
                l1 += self.ch([f", int. {self.ri(1, 24)}", f", scala {self.ch('ABC')}", f", piano {self.ri(1, 6)}"])
            pr = t[3]
            l2 = self.ch([f"{t[0]} {t[1]} ({pr})", f"{t[0]} {t[1]} {pr}", f"{t[0]} {t[1]}", f"I-{t[0]} {t[1]}"])
            return Address(l1, l2, t[1], t[2], st)
        if k == "GB":
            st = self.ch(STREETS["GB"])
            no = str(self.ri(1, 240))
            l1 = f"{no} {st}"
            if flat and not biz and self.p(0.18):
                l1 = f"Flat 2/{self.ri(1, 3)}, {l1}" if t[0] == "Glasgow" else f"Flat {self.ri(1, 12)}, {l1}"
            if biz and self.p(0.3):
                l1 = f"Unit {self.ri(1, 20)}, {self.ch(['Riverside', 'Meadow', 'Station', 'Harbour'])} Business Park"
            pc = f"{self.ch(t[2])} {self.ri(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
            town = t[0].upper() if self.p(0.25) else t[0]
            return Address(l1, f"{town} {pc}", t[0], t[1], st)
        st = self.ch(STREETS["US"])
        no = str(self.ri(12, 9890))
        l1 = f"{no} {st}"
        if flat and self.p(0.2):
            l1 += self.ch(
                [f", Apt {self.ri(1, 30)}{self.ch('ABCD')}", f" #{self.ri(2, 40)}", f", Unit {self.ri(1, 12)}"]
            )
        if biz and self.p(0.4):
            l1 += f", Suite {self.ri(1, 9)}{self.ri(0, 2)}0"
        z = self.ch(t[2])
        if self.p(0.15):
            z += f"-{self.digits(4)}"
        return Address(l1, f"{t[0]}, {t[1]} {z}", t[0], self.ch(t[3]), st)

    def near(self, a: Address) -> Address:
        """another house on the same street"""
        for _ in range(20):
            b = self.addr(flat=False)
            if b.street in b.l1:
                l1 = b.l1.replace(b.street, a.street, 1)
                if l1 != a.l1:
                    return Address(l1, a.l2, a.town, a.area, a.street)
        raise Reject("near")

    def au(self, a: Address) -> str:
        """French 'at <address>' ('au 12 rue ...' in France, 'à la rue ... 12' in Switzerland)"""
        if self.skey != "FRCH":
            return f"au {self.a1(a)}"
        st = a.street.lower()
        if st[0] in "aeiouéh":
            return f"à l'{self.a1(a)}"
        if st.startswith(("chemin", "boulevard", "quai", "grand")):
            return f"au {self.a1(a)}"
        return f"à la {self.a1(a)}"

    def devant(self, a: Address) -> str:
        return f"devant le {self.a1(a)}" if self.skey != "FRCH" else f"devant l'immeuble {self.a1(a)}"

    def de(self, p: Person, style: str = "first") -> str:
        """French 'de'/'d'' + name"""
        n = self.nm(p, style)
        return ("d'" if plain(n)[:1].lower() in "aeiouyéèêh" else "de ") + n

    def a1(self, a: Address) -> str:
        return m("ADDRESS", a.l1)

    def a2(self, a: Address) -> str:
        return m("ADDRESS", a.l2)

    def aone(self, a: Address, sep: str | None = None) -> str:
        sep = sep or self.ch([", ", ", ", ", ", " - ", " · ", "; "])
        return f"{self.a1(a)}{sep}{self.a2(a)}"

    def ablock(self, a: Address, indent: str = "") -> str:
        return f"{indent}{self.a1(a)}\n{indent}{self.a2(a)}"

    def home(self, p: Person, town: tuple | None = None) -> Address:
        if p.addr is None:
            p.addr = self.addr(town)
        return p.addr

    # ---- phones ----------------------------------------------------------------------------------------------------
    def phone(self, kind: str = "mobile", area: str | None = None, din: bool = False) -> str:
        cc, r = self.cc, self.r
        f = r.random()
        if cc == "DE":
            if kind == "mobile":
                pre = self.ch(
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
                        "174",
                        "175",
                        "176",
                        "177",
                        "178",
                        "179",
                        "159",
                    ]
                )
                sub = self.digits(8 if pre.startswith("15") else 7)
                if f < 0.35:
                    return f"0{pre} {sub}"
                if f < 0.45:
                    return f"0{pre}/{sub}"
                if f < 0.55:
                    return f"0{pre}-{sub}"
                if f < 0.72:
                    return f"+49 {pre} {sub}"
                if f < 0.8:
                    return f"+49 (0){pre} {sub}"
                if f < 0.86:
                    return f"0049 {pre} {sub}"
                if f < 0.92:
                    return f"+49{pre}{sub}"
                return f"0{pre} {sub[:3]} {sub[3:]}"
            a = area or self.tarea()
            sub = str(self.ri(2, 9)) + self.digits(max(4, 10 - len(a)))
            if din:
                return f"{a} {sub[:-2]}-{self.ri(10, 89)}"
            if f < 0.4:
                return f"{a} {sub}"
            if f < 0.55:
                return f"{a}/{sub}"
            if f < 0.65:
                return f"({a}) {sub}"
            if f < 0.85:
                return f"+49 {a[1:]} {sub}"
            return f"+49 (0){a[1:]} {sub}"
        if cc == "AT":
            if kind == "mobile":
                pre = self.ch(["650", "660", "664", "676", "680", "681", "688", "699"])
                sub = self.digits(7)
                if f < 0.35:
                    return f"0{pre} {sub}"
                if f < 0.5:
                    return f"0{pre}/{sub}"
                if f < 0.7:
                    return f"+43 {pre} {sub}"
                if f < 0.8:
                    return f"+43 (0){pre} {sub[:3]} {sub[3:5]} {sub[5:]}"
                return f"0{pre} {sub[:3]} {sub[3:5]} {sub[5:]}"
            a = area or self.tarea()
            sub = str(self.ri(2, 9)) + self.digits(max(4, 8 - len(a) + 1))
            if din:
                return f"{a} {sub}-{self.ri(10, 89)}"
            if f < 0.5:
                return f"{a} {sub}"
            if f < 0.65:
                return f"{a}/{sub}"
            return f"+43 {a[1:]} {sub}"
        if cc == "CH":
            if kind == "mobile":
                pre = self.ch(["76", "77", "78", "79", "79"])
            else:
                pre = (area or self.tarea())[1:]
            s = str(self.ri(2, 9)) + self.digits(6)
            g = f"{s[:3]} {s[3:5]} {s[5:]}"
            if din and kind != "mobile":
                return f"0{pre} {s[:3]} {s[3:5]} {s[5:]}"
            if f < 0.45:
                return f"0{pre} {g}"
            if f < 0.7:
                return f"+41 {pre} {g}"
            if f < 0.78:
                return f"+41 (0){pre} {g}"
            if f < 0.85:
                return f"0041 {pre} {g}"
            if f < 0.92:
                return f"+41{pre}{s}"
            return f"0{pre}/{g}"
        if cc == "FR":
            if kind == "mobile":
                pre = self.ch(["6", "7", "6"])
            else:
                pre = (area or self.tarea())[1:]
            s = self.digits(8)
            pairs = [s[i : i + 2] for i in range(0, 8, 2)]
            if f < 0.45:
                return f"0{pre} " + " ".join(pairs)
            if f < 0.6:
                return f"0{pre}." + ".".join(pairs)
            if f < 0.68:
                return f"0{pre}{s}"
            if f < 0.85:
                return f"+33 {pre} " + " ".join(pairs)
            if f < 0.92:
                return f"+33 (0){pre} " + " ".join(pairs)
            return f"0{pre}-" + "-".join(pairs)
        if cc == "IT":
            if kind == "mobile":
                pre = self.ch(
                    [
                        "320",
                        "328",
                        "329",
                        "333",
                        "334",
                        "335",
                        "338",
                        "339",
                        "340",
                        "342",
                        "345",
                        "347",
                        "348",
                        "349",
                        "351",
                        "366",
                        "370",
                        "380",
                        "388",
                        "389",
                        "392",
                        "393",
                    ]
                )
                s = self.digits(7)
                if f < 0.35:
                    return f"{pre} {s[:3]} {s[3:]}"
                if f < 0.55:
                    return f"{pre} {s}"
                if f < 0.75:
                    return f"+39 {pre} {s[:3]} {s[3:]}"
                if f < 0.85:
                    return f"{pre}-{s}"
                if f < 0.93:
                    return f"+39 {pre}{s}"
                return f"{pre}{s}"
            a = area or self.tarea()
            s = str(self.ri(2, 9)) + self.digits(9 - len(a))
            if f < 0.5:
                return f"{a} {s}"
            if f < 0.7:
                return f"{a} {s[: len(s) // 2]} {s[len(s) // 2 :]}"
            if f < 0.85:
                return f"+39 {a} {s}"
            return f"{a}/{s}"
        if cc == "GB":
            if kind == "mobile":
                s = self.ch(["74", "75", "77", "78", "79"]) + self.digits(8)
                if f < 0.5:
                    return f"0{s[:4]} {s[4:]}"
                if f < 0.75:
                    return f"+44 {s[:4]} {s[4:]}"
                if f < 0.85:
                    return f"+44 (0){s[:4]} {s[4:7]} {s[7:]}"
                return f"0{s}"
            a = area or self.tarea()
            n = {3: 8, 4: 7, 5: 6}[len(a)]
            s = str(self.ri(2, 8)) + self.digits(n - 1)
            if len(a) == 3:
                loc = f"{s[:4]} {s[4:]}"
            elif len(a) == 4:
                loc = f"{s[:3]} {s[3:]}"
            else:
                loc = s
            if f < 0.6:
                return f"{a} {loc}"
            if f < 0.75:
                return f"({a}) {loc}"
            return f"+44 {a[1:]} {loc}"
        a = area or self.tarea()
        ex = f"{self.ri(2, 9)}{self.ri(0, 9)}{self.ri(0, 9)}"
        if ex.endswith("11") or ex == "555":
            ex = "284"
        ln = self.digits(4)
        if f < 0.4:
            return f"({a}) {ex}-{ln}"
        if f < 0.65:
            return f"{a}-{ex}-{ln}"
        if f < 0.75:
            return f"{a}.{ex}.{ln}"
        if f < 0.88:
            return f"+1 {a} {ex} {ln}"
        if f < 0.95:
            return f"1-{a}-{ex}-{ln}"
        return f"+1 ({a}) {ex}-{ln}"

    def ph(self, kind: str = "mobile", area: str | None = None, din: bool = False) -> str:
        return m("PHONE", self.phone(kind, area, din))

    def mob(self, p: Person) -> str:
        if p.mobile_ is None:
            p.mobile_ = self.phone("mobile")
        return m("PHONE", p.mobile_)

    def land(self, p: Person) -> str:
        if p.land_ is None:
            p.land_ = self.phone("land", p.addr.area if p.addr else None)
        return m("PHONE", p.land_)

    # ---- e-mail ----------------------------------------------------------------------------------------------------
    def _local(self, p: Person, work: bool = False) -> str:
        de = self.lang == "de" or p.src in ("DE", "AT", "CH")
        f = fold(p.first.replace(" ", "").lower(), de)
        last = p.last.replace("'", "").replace("’", "")
        lw = fold(last.replace(" ", "").lower(), de)
        lwd = fold(last.replace(" ", "-").lower(), de)
        if work:
            return self.ch([f"{f}.{lwd}", f"{f}.{lwd}", f"{f[0]}.{lwd}", f"{f[0]}{lw}", f"{lw}"])
        y = f"{p.dob.year % 100:02d}"
        n = str(self.ri(1, 99))
        opts = [
            f"{f}.{lwd}",
            f"{f}.{lw}",
            f"{f[0]}{lw}",
            f"{f}_{lw}",
            f"{f}{lw}{y}",
            f"{lw}.{f}",
            f"{f[0]}.{lw}",
            f"{f}.{lw[0]}",
            f"{f}{n}",
            f"{f}.{lw}{p.dob.year}",
            f"{lw}{f[0]}",
            f"{f}-{lwd}",
        ]
        if p.nick:
            opts.append(f"{fold(p.nick.lower(), de)}.{lw}")
        return self.ch(opts)

    def email(self, p: Person) -> str:
        if p.email_ is None:
            p.email_ = f"{self._local(p)}@{self.ch(MAIL_DOMAINS[self.cc])}"
        return m("EMAIL", p.email_)

    def wmail(self, p: Person, domain: str) -> str:
        if domain not in p.work:
            p.work[domain] = f"{self._local(p, work=True)}@{domain}"
        return m("EMAIL", p.work[domain])

    # ---- organisations ---------------------------------------------------------------------------------------------
    def tld(self) -> str:
        return {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "co.uk", "US": "com"}[self.cc]

    def org(
        self,
        name: str,
        domain: str | None = None,
        town: tuple | None = None,
        role: str | None = None,
        park: bool = True,
    ) -> Org:
        a = self.addr(town, biz=park, flat=False)
        dom = domain or f"{slug(name)}.{self.tld()}"
        rl = role or self.ch(
            [
                "info",
                "office",
                "kontakt" if self.lang == "de" else "contact",
                {"de": "service", "fr": "accueil", "it": "info", "en": "hello"}[self.lang],
            ]
        )
        return Org(name, a, self.phone("land", a.area), dom, f"{rl}@{dom}")

    # ---- numbers ---------------------------------------------------------------------------------------------------
    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        cc = cc or {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "IT": "IT", "GB": "GB", "US": "GB"}[self.cc]
        d = self.digits
        if cc == "DE":
            bban = self.ch(
                [
                    "10010010",
                    "37040044",
                    "50010517",
                    "70150000",
                    "20041111",
                    "43060967",
                    "76026000",
                    "86055592",
                    "12030000",
                    "25050180",
                    "60050101",
                    "30050110",
                ]
            ) + d(10)
        elif cc == "AT":
            bban = self.ch(["20111", "12000", "14000", "32000", "38000", "60000", "20404", "34000"]) + d(11)
        elif cc == "CH":
            bban = self.ch(["00700", "00235", "00762", "09000", "80808", "00774", "00788", "00767", "30000"]) + d(12)
        elif cc == "LI":
            bban = self.ch(["08800", "08810", "08812"]) + d(12)
        elif cc == "FR":
            bank = self.ch(["30003", "30004", "20041", "10278", "11306", "30002", "14505", "16606", "42559", "10107"])
            gui, acc = d(5), d(11)
            key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
            bban = f"{bank}{gui}{acc}{key:02d}"
        elif cc == "IT":
            abi = self.ch(["03069", "02008", "05034", "01030", "03062", "05696", "06230", "03111", "05387"])
            cab, acc = d(5), d(12)
            bban = italian_cin(abi, cab, acc) + abi + cab + acc
        elif cc == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG", "MONZ"]) + d(6) + d(8)
        elif cc == "NL":
            bban = self.ch(["ABNA", "INGB", "RABO", "TRIO"]) + d(10)
        elif cc == "BE":
            b = d(10)
            chk = int(b) % 97 or 97
            bban = f"{b}{chk:02d}"
        elif cc == "LU":
            bban = d(3) + d(13)
        else:
            raise ValueError(cc)
        s = make_iban(cc, bban)
        if grouped is None:
            grouped = self.p(0.6)
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if grouped else s

    def ib(self, cc: str | None = None, grouped: bool | None = None) -> str:
        return m("IBAN", self.iban(cc, grouped))

    def card(self) -> str:
        x = self.r.random()
        if x < 0.5:
            n = luhn_complete("4" + self.digits(14))
        elif x < 0.85:
            n = luhn_complete("5" + str(self.ri(1, 5)) + self.digits(13))
        else:
            n = luhn_complete("3" + self.ch("47") + self.digits(12))
        if len(n) == 15:
            return f"{n[:4]} {n[4:10]} {n[10:]}" if self.p(0.7) else n
        return " ".join(n[i : i + 4] for i in range(0, 16, 4)) if self.p(0.75) else n

    def masked(self) -> str:
        last4 = self.digits(4)
        return self.ch(
            [
                f"**** **** **** {last4}",
                f"•••• {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"**** {last4}",
                f"{self.ch(['4', '5'])}{self.digits(5)}******{last4}",
            ]
        )

    def ahv(self) -> str:
        body = "756" + self.digits(9)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        return f"{full[:3]}.{full[3:7]}.{full[7:11]}.{full[11:]}" if self.p(0.8) else full

    def ip(self, v6: bool | None = None) -> str:
        if v6 is None:
            v6 = self.p(0.18)
        for _ in range(50):
            if v6:
                pre = self.ch(IP6_PREFIX[self.cc]).split(":")
                groups = [g for g in pre] + [f"{self.r.randrange(65536):x}" for _ in range(8 - len(pre))]
                a = ipaddress.IPv6Address(":".join(groups))
            else:
                net = ipaddress.IPv4Network(self.ch(IP4_NETS[self.cc]))
                a = net[self.ri(1, net.num_addresses - 2)]
            if a.is_global:
                return str(a)
        raise Reject("ip")

    def ipm(self, v6: bool | None = None) -> str:
        return m("IP", self.ip(v6))

    def lan_ip(self) -> str:
        return self.ch(
            [f"192.168.{self.ri(0, 2)}.{self.ri(2, 250)}", f"10.{self.ri(0, 40)}.{self.ri(0, 255)}.{self.ri(2, 250)}"]
        )

    def ref(self, prefix: str = "", n: int = 6) -> str:
        return f"{prefix}{self.digits(n)}"

    # ---- layouts ---------------------------------------------------------------------------------------------------
    def form(self, rows: list[tuple[str, str]], style: str | None = None) -> str:
        rows = [(lab, v) for lab, v in rows if v]
        st = style or self.ch(
            ["colon", "colon", "aligned", "tab", "dots", "bold", "eq", "md", "upper", "bullet", "bracket"]
        )
        w = max(len(lab) for lab, _ in rows)
        out = []
        if st == "md":
            h1, h2 = {
                "de": ("Feld", "Angabe"),
                "fr": ("Champ", "Valeur"),
                "it": ("Campo", "Valore"),
                "en": ("Field", "Details"),
            }[self.lang]
            out = [f"| {h1} | {h2} |", "|---|---|"] + [f"| {lab} | {v} |" for lab, v in rows]
            return "\n".join(out)
        for lab, v in rows:
            if st == "colon":
                out.append(f"{lab}: {v}")
            elif st == "aligned":
                out.append(f"{(lab + ':').ljust(w + 2)}{v}")
            elif st == "tab":
                out.append(f"{lab}:\t{v}")
            elif st == "dots":
                out.append(f"{lab} {'.' * (w + 3 - len(lab))} {v}")
            elif st == "bold":
                out.append(f"**{lab}:** {v}")
            elif st == "eq":
                out.append(f"{slug(lab, '_') or 'field'} = {v}")
            elif st == "upper":
                out.append(f"{lab.upper()}: {v}")
            elif st == "bullet":
                out.append(f"- {lab}: {v}")
            else:
                out.append(f"[{lab}] {v}")
        return "\n".join(out)

    def table(self, headers: list[str], rows: list[list[str]], style: str | None = None) -> str:
        st = style or self.ch(["md", "mdpad", "csv", "ssv", "tsv", "pipe", "fixed", "html"])
        if st in ("csv", "ssv"):
            sep = "," if st == "csv" else ";"

            def q(c: str) -> str:
                pc = plain(c)
                if sep in pc or '"' in pc or "\n" in pc:
                    return '"' + c.replace('"', '""') + '"'
                return c

            return "\n".join(sep.join(q(c) for c in row) for row in [headers] + rows)
        if st == "tsv":
            return "\n".join("\t".join(row) for row in [headers] + rows)
        if st == "pipe":
            return "\n".join(" | ".join(row) for row in [headers] + rows)
        if st == "html":
            lines = ["<table>", "  <tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>"]
            lines += ["  <tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows]
            return "\n".join(lines + ["</table>"])
        widths = [max(vlen(r[i]) for r in [headers] + rows) for i in range(len(headers))]

        def pad(c: str, w: int) -> str:
            return c + " " * (w - vlen(c))

        if st == "fixed":
            lines = ["  ".join(pad(h, w) for h, w in zip(headers, widths, strict=False)).rstrip()]
            lines.append("  ".join("-" * w for w in widths))
            lines += ["  ".join(pad(c, w) for c, w in zip(row, widths, strict=False)).rstrip() for row in rows]
            return "\n".join(lines)
        if st == "mdpad":
            lines = ["| " + " | ".join(pad(h, w) for h, w in zip(headers, widths, strict=False)) + " |"]
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
            lines += ["| " + " | ".join(pad(c, w) for c, w in zip(row, widths, strict=False)) + " |" for row in rows]
            return "\n".join(lines)
        lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        lines += ["| " + " | ".join(c if c else " " for c in row) + " |" for row in rows]
        return "\n".join(lines).replace("|  |", "| |")

    def jdump(self, obj, style: str | None = None) -> str:
        self.export = True
        st = style or self.ch(["indent", "indent", "compact"])
        if st == "indent":
            return json.dumps(obj, ensure_ascii=False, indent=2)
        return json.dumps(obj, ensure_ascii=False)

    def jlines(self, recs: list[dict]) -> str:
        self.export = True
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in recs)

    def yaml(self, obj) -> str:
        self.export = True
        return "\n".join(yaml_dump(obj))

    def chat_stamp(self, d: dt.date, h: int, mi: int, layout: str, sec: int = 0) -> str:
        if self.us:
            hh = f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
            ds = f"{d.month}/{d.day}/{d.year % 100:02d}"
        else:
            hh = f"{h:02d}:{mi:02d}"
            ds = {
                "de": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
                "fr": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "it": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
                "en": f"{d.day:02d}/{d.month:02d}/{d.year}",
            }[self.lang]
        if layout == "ios":
            return f"[{ds}, {hh}:{sec:02d}]" if not self.us else f"[{ds}, {hh}]"
        if layout == "android":
            return f"{ds}, {hh}"
        if layout == "telegram":
            return f"[{d.day:02d}.{d.month:02d}.{d.year} {h:02d}:{mi:02d}]"
        return hh

    def chat(
        self,
        msgs: list[tuple[str, str]],
        day: dt.date | None = None,
        layout: str | None = None,
        lower: bool | None = None,
        start: tuple[int, int] | None = None,
    ) -> str:
        """msgs: (sender as shown - marked -, text). Times run forward."""
        self.is_chat = True
        lay = layout or self.ch(["ios", "android", "telegram", "teams", "irc", "paren", "discord", "plain"])
        low = self.p(0.35) if lower is None else lower
        d = day or self.today
        h, mi = start or (self.ri(7, 20), self.ri(0, 59))
        irc_low = self.p(0.7)
        sec = self.ri(0, 40)
        out = []
        for snd, txt in msgs:
            if low:
                txt = recase(txt, str.lower)
            if lay == "irc":
                snd_s = recase(snd, str.lower) if irc_low else snd
                out.append(f"[{h:02d}:{mi:02d}] <{snd_s}> {txt}")
            elif lay == "ios":
                out.append(f"{self.chat_stamp(d, h, mi, lay, sec)} {snd}: {txt}")
            elif lay == "android":
                out.append(f"{self.chat_stamp(d, h, mi, lay)} - {snd}: {txt}")
            elif lay == "telegram":
                out.append(f"{snd}, {self.chat_stamp(d, h, mi, lay)}\n{txt}\n")
            elif lay == "teams":
                out.append(f"{snd}  {self.chat_stamp(d, h, mi, lay)}\n{txt}\n")
            elif lay == "paren":
                out.append(f"{snd} ({self.chat_stamp(d, h, mi, lay)}): {txt}")
            elif lay == "discord":
                out.append(f"{snd} — {self.chat_stamp(d, h, mi, lay)}\n{txt}\n")
            else:
                out.append(f"{snd}: {txt}")
            step = self.ri(0, 25)
            mi += step
            sec = self.ri(0, 59) if step else min(59, sec + self.ri(1, 15))
            if mi >= 60:
                h, mi = h + mi // 60, mi % 60
            if h > 23:
                h, mi = 23, 59
        return "\n".join(out).rstrip()

    def mail_head(self, frm: str, to: str, subj: str, when: dt.date, h: int, mi: int, cc: str = "") -> str:
        lab = {
            "de": ("Von", "An", "Cc", "Betreff", "Datum"),
            "fr": ("De", "À", "Cc", "Objet", "Date"),
            "it": ("Da", "A", "Cc", "Oggetto", "Data"),
            "en": ("From", "To", "Cc", "Subject", "Date"),
        }[self.lang]
        sp = " " if self.lang == "fr" else ""
        lines = [f"{lab[0]}{sp}: {frm}", f"{lab[1]}{sp}: {to}"]
        if cc:
            lines.append(f"{lab[2]}{sp}: {cc}")
        lines.append(f"{lab[4]}{sp}: {self.wday(when)}, {self.date(when)} {self.time(h, mi, 0)}")
        lines.append(f"{lab[3]}{sp}: {subj}")
        return "\n".join(lines)

    def who(self, p: Person, addr: str, style: str | None = None) -> str:
        st = style or self.ch(["name", "name", "quoted", "bare", "upper"])
        if st == "bare":
            return addr
        if st == "quoted":
            return f'"{self.nm(p, "lf")}" <{addr}>'
        if st == "upper":
            return f"{self.nm(p, 'FULL')} <{addr}>"
        return f"{self.nm(p, 'fl')} <{addr}>"

    def quote(self, text: str, when: dt.date, h: int, mi: int, p: Person, addr: str, style: str | None = None) -> str:
        st = style or self.ch(["gt", "gt", "plain", "outlook"])
        d = self.date(when)
        tm = self.time(h, mi, 0)
        nm = self.nm(p, "fl")
        if st == "outlook":
            lab = {
                "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "Betreff"),
                "fr": ("-----Message d'origine-----", "De", "Envoyé", "Objet"),
                "it": ("-----Messaggio originale-----", "Da", "Inviato", "Oggetto"),
                "en": ("-----Original Message-----", "From", "Sent", "Subject"),
            }[self.lang]
            return f"{lab[0]}\n{lab[1]}: {nm} <{addr}>\n{lab[2]}: {self.wday(when)}, {d} {tm}\n\n{text}"
        intro = self.t(
            f"Am {d} um {tm} schrieb {nm} <{addr}>:",
            f"Le {self.wday(when)} {d} à {tm}, {nm} <{addr}> a écrit :",
            f"Il giorno {d} alle ore {tm} {nm} <{addr}> ha scritto:",
            f"On {self.wday(when)}, {d} at {tm}, {nm} <{addr}> wrote:",
        )
        if st == "plain":
            return f"{intro}\n\n{text}"
        return intro + "\n" + "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.split("\n"))

    def greet(self, p: Person | None = None, formal: bool = True, case_first: bool = False) -> str:
        if p is None:
            return self.t("Guten Tag", "Bonjour", "Buongiorno", "Hello")
        if not formal:
            n = self.nm(p, "nick" if self.p(0.3) else "first")
            return self.t(f"Hallo {n}", f"Salut {n}", f"Ciao {n}", f"Hi {n}")
        if self.lang == "de":
            return f"Sehr geehrter {self.mr(p)}" if p.gender == "m" else f"Sehr geehrte {self.mr(p)}"
        if self.lang == "fr":
            return self.ch(
                [
                    f"Bonjour {self.mr(p, long=True)}",
                    f"Chère {self.mr(p, long=True)}" if p.gender == "f" else f"Cher {self.mr(p, long=True)}",
                ]
            )
        if self.lang == "it":
            return (
                f"Gentile {self.mr(p, long=True)}"
                if self.p(0.5)
                else f"{'Egregio' if p.gender == 'm' else 'Gentile'} {self.title(p)} {self.nm(p, 'last')}"
            )
        return f"Dear {self.mr(p)}"

    def bye(self, formal: bool = True) -> str:
        if formal:
            return self.ch(
                {
                    "de": ["Mit freundlichen Grüßen", "Freundliche Grüße", "Mit besten Grüßen"],
                    "fr": [
                        "Meilleures salutations",
                        "Cordialement",
                        "Bien à vous",
                        "Veuillez agréer mes salutations distinguées.",
                    ],
                    "it": ["Cordiali saluti", "Distinti saluti", "Un cordiale saluto"],
                    "en": ["Kind regards", "Best regards", "Yours sincerely", "Many thanks"]
                    if not self.us
                    else ["Best regards", "Sincerely", "Thanks,", "Best,"],
                }[self.lang]
            )
        return self.ch(
            {
                "de": ["Liebe Grüße", "LG", "Viele Grüße", "Danke dir!"],
                "fr": ["Bises", "À plus", "Merci !", "Bonne journée"],
                "it": ["Un abbraccio", "Ciao!", "Grazie mille", "A presto"],
                "en": ["Cheers", "Thanks!", "Best", "x"],
            }[self.lang]
        )

    def sig(
        self,
        p: Person,
        role: str = "",
        org: Org | None = None,
        phone: str = "",
        mail: str = "",
        style: str | None = None,
    ) -> str:
        st = style or self.ch(["block", "dash", "line"])
        parts = [self.nm(p, "fl")]
        if role:
            parts.append(role)
        if org:
            parts.append(org.name)
        if phone:
            parts.append(phone)
        if mail:
            parts.append(mail)
        if st == "line":
            return " | ".join(parts)
        if st == "dash":
            return "-- \n" + "\n".join(parts)
        return "\n".join(parts)

    def letterhead(self, o: Org, style: str | None = None, mail: bool = True) -> str:
        st = style or self.ch(["block", "line", "mixed"])
        tel = self.t("Tel.", "Tél.", "Tel.", "Tel" if not self.us else "Phone")
        em = o.role if mail else ""
        if st == "line":
            bits = [o.name, self.a1(o.addr), self.a2(o.addr), f"{tel} {m('PHONE', o.phone)}"]
            if em:
                bits.append(em)
            return " · ".join(bits)
        if st == "mixed":
            s = f"{o.name.upper()}\n{self.aone(o.addr, ', ')}\n{tel} {m('PHONE', o.phone)}"
            return s + (f" · {em}" if em else "")
        s = f"{o.name}\n{self.ablock(o.addr)}\n{tel} {m('PHONE', o.phone)}"
        return s + (f"\n{em}" if em else "")

    def ocr(self, text: str, rate: float = 0.018) -> str:
        subs = {
            "e": "c",
            "c": "e",
            "l": "1",
            "I": "l",
            "o": "0",
            "O": "0",
            "a": "o",
            "n": "u",
            "u": "n",
            "m": "rn",
            "h": "b",
            "ü": "u",
            "ä": "a",
            "é": "e",
            "è": "e",
            "à": "a",
            "S": "5",
            "B": "8",
            "t": "f",
            "r": "t",
        }

        def noise(seg: str) -> str:
            out = []
            for c in seg:
                x = self.r.random()
                if c in subs and x < rate:
                    out.append(subs[c])
                elif c == " " and x < rate / 3:
                    out.append("  ")
                elif c.isalpha() and x < rate / 6:
                    out.append(c + " ")
                else:
                    out.append(c)
            return "".join(out)

        return outside(text, noise)

    def vreqs(self, v: int, options: list[tuple]) -> None:
        """requests for variant v: options[v] = (de, fr, it, en)"""
        self.reqs(*options[v])

    def reqs(self, de: list[str], fr: list[str], it: list[str], en: list[str]) -> None:
        """add requests that fit the document being written"""
        self.requests = self.requests + {"de": de, "fr": fr, "it": it, "en": en}[self.lang]
        self._en_requests = self._en_requests + en

    # ---- chat senders ----------------------------------------------------------------------------------------------
    def senders(self, people: list[Person], phone_ok: bool = True) -> dict[int, str]:
        out: dict[int, str] = {}
        style = self.ch(["first", "full", "mixed"])
        for p in people:
            st = (
                style
                if style != "mixed"
                else self.ch(["first", "full", "fL", "nick", "phone" if phone_ok else "first"])
            )
            if st == "phone":
                out[p.serial] = self.mob(p)
            elif st == "full":
                out[p.serial] = self.nm(p, "fl")
            else:
                out[p.serial] = self.nm(p, st)
        return out


GENERIC_REQ = {
    "de": [
        "Kannst du mir das kurz zusammenfassen?",
        "Bitte fasse das Wichtigste in drei Stichpunkten zusammen.",
        "Mach mir daraus bitte eine übersichtliche Tabelle.",
        "Kannst du prüfen, ob da Angaben fehlen?",
        "Was muss ich als Nächstes tun?",
    ],
    "fr": [
        "Peux-tu me résumer ça ?",
        "Mets-moi ça dans un tableau clair.",
        "Est-ce qu'il manque des informations ?",
        "Que dois-je faire ensuite ?",
        "Résume l'essentiel en trois points.",
    ],
    "it": [
        "Puoi riassumermi questo testo?",
        "Mettimi questi dati in una tabella.",
        "Manca qualche informazione?",
        "Cosa devo fare adesso?",
        "Riassumi i punti principali in tre righe.",
    ],
    "en": [
        "Can you summarise this for me?",
        "Turn this into a clean table, please.",
        "Is anything missing here?",
        "What should I do next?",
        "Give me the key points in three bullets.",
    ],
}


def g(p: Person, male: str, female: str) -> str:
    return male if p.gender == "m" else female


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def stamp(d: dt.date, h: int, mi: int, s: int = 0, sep: str = " ") -> str:
    return f"{d.isoformat()}{sep}{h:02d}:{mi:02d}:{s:02d}"


def firmname(C: Ctx, kinds: dict[str, list[str]], surname_forms: dict[str, list[str]] | None = None) -> str:
    """a firm name for the locale; now and then one named after a surname (unlabelled)"""
    key = C.loc if C.loc in kinds else C.lang
    if surname_forms and C.p(0.25):
        sk = C.loc if C.loc in surname_forms else C.lang
        sn = C.ch(REGION[C.region][2])
        return C.ch(surname_forms[sk]).format(s=sn)
    return C.ch(kinds[key])


# ====================================================================================================================
# 1. condolence - condolence books (online and paper) and thank-you notices
# ====================================================================================================================

FUNERAL_HOMES = {
    "de_DE": ["Bestattungshaus Lindenhof", "Bestattungen Friedwald GmbH", "Pietät Rheinland", "Bestattungen Am Hain"],
    "de_AT": ["Bestattung Himmelblau", "Bestattung Steiermark GmbH", "Bestattung Lichtblick"],
    "de_CH": ["Bestattungsdienst Seeland", "Abschied & Begleitung GmbH", "Bestattungen Limmattal AG"],
    "fr_FR": ["Pompes Funèbres du Littoral", "PF Saint-Roch", "Pompes Funèbres de l'Ouest"],
    "fr_CH": ["Pompes funèbres de la Riviera SA", "Pompes funèbres du Léman", "PF Générales Romandes"],
    "it_IT": ["Onoranze Funebri La Pace", "Agenzia Funebre San Giorgio", "Onoranze Funebri Il Cipresso"],
    "it_CH": ["Onoranze funebri Ceresio SA", "Pompe funebri Verbano", "Onoranze funebri Ticinesi"],
    "en_GB": ["Cooperative Funeralcare", "Oakleigh Funeral Directors", "Riverside Funeral Service"],
    "en_US": ["Riverside Funeral Home", "Maple Grove Funeral Chapel", "Evergreen Memorial Chapel"],
}
FUNERAL_SURNAME = {
    "de": ["Bestattungen {s}", "{s} & Söhne Bestattungen"],
    "fr": ["Pompes Funèbres {s}", "PF {s} & Fils"],
    "it": ["Onoranze Funebri {s}", "Agenzia Funebre {s}"],
    "en": ["{s} & Sons Funeral Directors", "{s} Funeral Home"],
}
CHARITIES = {
    "de": [
        "Hospizverein Abendrot e.V.",
        "Förderverein Palliativstation",
        "Deutsche Krebshilfe",
        "Kinderhospiz Sternentraum",
    ],
    "de_AT": ["Hospiz Österreich", "Krebshilfe Steiermark", "Verein Lebenswert"],
    "de_CH": ["Krebsliga Schweiz", "Hospiz Zentralschweiz", "Spitex-Verein"],
    "fr": ["Ligue contre le cancer", "Association Jalmalv", "Fondation Rive-Neuve"],
    "it": ["Associazione Cure Palliative", "LILT", "Hospice Il Girasole"],
    "en": ["Macmillan Cancer Support", "St Catherine's Hospice", "Marie Curie"],
    "en_US": ["the American Heart Association", "Hospice of the Valley", "the local food bank"],
}


def _condolence_msgs(C: Ctx, D: Person, W: Person | None, phone: str) -> list[str]:
    d = C.nm(D, "first")
    ds = C.mr(D)
    w = C.nm(W, "first") if W else None
    nb_de = g(D, "Nachbarn", "Nachbarin")
    if C.lang == "de":
        out = [
            f"Mit {d} verlieren wir einen wunderbaren Menschen. In stiller Trauer.",
            f"Wir haben {ds} als hilfsbereite{'n' if D.gender == 'm' else ''} {nb_de} gekannt. Unser aufrichtiges "
            "Beileid.",
            f"Ich denke gern an die Wanderungen mit {d} zurück. Viel Kraft für die kommende Zeit.",
            f"Herzliches Beileid an die ganze Familie. {d} war immer für uns da.",
            f"Es tut mir so leid. Wenn ihr Hilfe braucht, ruft einfach an: {phone}.",
            f"In Dankbarkeit für viele gemeinsame Jahre im Kirchenchor. Ruhe in Frieden, {d}.",
            "Unser tief empfundenes Mitgefühl. Wir werden die Gespräche am Gartenzaun vermissen.",
            f"{ds} hat mir als Lehrling so viel beigebracht. Danke für alles.",
        ]
        if w:
            out += [
                f"Liebe{'r' if W.gender == 'm' else ''} {w}, wir sind in Gedanken bei dir und deiner Familie.",
                f"{w}, wir sind für dich da. Melde dich jederzeit.",
            ]
        return out
    if C.lang == "fr":
        out = [
            f"Toutes nos condoléances à la famille. {ds} était {g(D, 'un voisin', 'une voisine')} si "
            f"{g(D, 'attentionné', 'attentionnée')}.",
            f"Je garde un souvenir ému de nos balades avec {d}. Courage à vous tous.",
            f"Sincères condoléances. N'hésitez pas à m'appeler au {phone} si vous avez besoin de quoi que ce soit.",
            f"Repose en paix, {d}. Merci pour toutes ces années à la chorale.",
            "Avec toute notre affection dans ces moments si difficiles.",
            f"{d} nous a tant appris à l'atelier. Nous ne l'oublierons pas.",
            "Nos pensées vous accompagnent. Nous serons présents à la cérémonie.",
        ]
        if w:
            out += [
                f"{g(W, 'Cher', 'Chère')} {w}, nous pensons très fort à toi et à ta famille.",
                f"{w}, on est là pour toi, appelle-nous quand tu veux.",
            ]
        return out
    if C.lang == "it":
        out = [
            f"Sentite condoglianze a tutta la famiglia. {ds} era {g(D, 'un vicino', 'una vicina')} sempre "
            f"{g(D, 'disponibile', 'disponibile')}.",
            f"Ricorderò sempre le passeggiate con {d}. Un forte abbraccio.",
            f"Le nostre più sincere condoglianze. Per qualsiasi cosa chiamatemi al {phone}.",
            f"Riposa in pace, {d}. Grazie per tutti gli anni nel coro parrocchiale.",
            "Vi siamo vicini con affetto in questo momento di dolore.",
            f"{d} ci ha insegnato tanto in officina. Non lo dimenticheremo."
            if D.gender == "m"
            else f"{d} ci ha insegnato tanto in ufficio. Non la dimenticheremo.",
        ]
        if w:
            out += [
                f"{g(W, 'Caro', 'Cara')} {w}, ti siamo vicini in questo momento così difficile.",
                f"{w}, per qualsiasi cosa noi ci siamo.",
            ]
        return out
    nb = "neighbor" if C.us else "neighbour"
    out = [
        f"Our deepest sympathy to the whole family. {ds} was the kindest {nb}.",
        f"I'll always remember the walks with {d}. Sending love and strength.",
        f"So sorry for your loss. If you need anything at all, call me {'at' if C.us else 'on'} {phone}.",
        f"Rest in peace, {d}. Thank you for all those years in the choir.",
        "Thinking of you all at this very sad time.",
        f"{d} taught me so much when I started at the depot. {g(D, 'He', 'She')} will be greatly missed.",
    ]
    if w:
        out += [
            f"Dear {w}, thinking of you and the family. We are here whenever you need us.",
            f"{w}, sending you the biggest hug.",
        ]
    return out


def g_condolence(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                [
                    "Welche Einträge sollten wir persönlich beantworten?",
                    "Hilf mir, daraus eine Danksagung zu formulieren.",
                ],
                [
                    "À quels messages faut-il répondre personnellement ?",
                    "Aide-moi à rédiger des remerciements à partir de ça.",
                ],
                [
                    "A quali messaggi dovremmo rispondere di persona?",
                    "Aiutami a scrivere un ringraziamento partendo da qui.",
                ],
                ["Which of these should we reply to personally?", "Help me write a thank-you notice from this."],
            ),
            (
                ["Kannst du die Adressen für die Dankeskarten sortieren?", "Fehlen noch Adressen?"],
                ["Peux-tu trier les adresses pour les cartes de remerciement ?", "Manque-t-il des adresses ?"],
                ["Puoi ordinare gli indirizzi per i biglietti di ringraziamento?", "Mancano indirizzi?"],
                ["Can you sort the addresses for the thank-you cards?", "Are any addresses missing?"],
            ),
            (
                ["Ist der Text der Danksagung so in Ordnung?", "Schreib mir bitte einen kurzen Dankestext."],
                ["Le texte des remerciements vous semble-t-il correct ?", "Écris-moi un petit texte de remerciement."],
                ["Il testo del ringraziamento va bene così?", "Scrivimi un breve testo di ringraziamento."],
                ["Does the thank-you notice read well?", "Draft a short thank-you message, please."],
            ),
            (
                ["Mach mir aus dem Export eine Liste für die Dankeskarten.", "Wer hat eine Kerze angezündet?"],
                ["Fais-moi une liste pour les cartes à partir de l'export.", "Qui a allumé une bougie ?"],
                ["Dall'esportazione fammi un elenco per i biglietti.", "Chi ha acceso un lumino?"],
                ["Turn this export into a list for the thank-you cards.", "Who lit a candle?"],
            ),
        ],
    )
    D = C.person(age=(58, 97))
    died = C.today - dt.timedelta(days=C.ri(4, 40))
    W = C.relative(D, "partner") if C.p(0.6) else None
    if W and W.age(C.today) < 50:
        W = None
    kids = [C.relative(W or D, "child") for _ in range(C.ri(1, 3))] if True else []
    kids = [k for k in kids if k.age(C.today) >= 18]
    if not kids:
        kids = [C.relative(D, "child")]
    fhname = firmname(C, FUNERAL_HOMES, FUNERAL_SURNAME)
    fh = C.org(fhname)
    town = fh.addr.town
    born_w = C.t("geboren", "né" if D.gender == "m" else "née", "nato" if D.gender == "m" else "nata", "born")
    died_w = C.t(
        "gestorben", "décédé" if D.gender == "m" else "décédée", "morto" if D.gender == "m" else "morta", "died"
    )
    funeral = died + dt.timedelta(days=C.ri(5, 14))
    if v == 0:
        head = C.t(
            f"Kondolenzbuch für {C.nm(D, 'fl')}",
            f"Livre de condoléances de {C.nm(D, 'fl')}",
            f"Libro delle condoglianze per {C.nm(D, 'fl')}",
            f"Online condolence book for {C.nm(D, 'fl')}",
        )
        if C.lang == "de" and C.p(0.5):
            life = f"* {C.dob(D)}    † {C.date(died)}"
        else:
            le = C.t("", " le", " il", "")
            life = f"{born_w}{le} {C.dob(D)} – {died_w}{le} {C.date(died)}"
        cer = C.t(
            f"Trauerfeier am {C.wday(funeral)}, {C.date(funeral)}, um {C.time(C.ri(10, 15), C.ch([0, 30]))} in der "
            f"Friedhofskapelle {town}.",
            f"Les obsèques auront lieu le {C.wday(funeral)} {C.date(funeral)} à {C.time(C.ri(10, 15), 0)} en "
            f"l'église de {town}.",
            f"I funerali si terranno {C.wday(funeral)} {C.date(funeral)} alle ore {C.time(C.ri(9, 15), 0)} nella "
            "chiesa parrocchiale.",
            f"The funeral will take place on {C.wday(funeral)} {C.date(funeral)} at {C.time(C.ri(10, 15), 0)} at "
            f"{town} crematorium.",
        )
        org = C.t("Betreut durch", "Organisation :", "A cura di", "Arrangements by")
        lines = [head, life, "", cer, f"{org} {fh.name}, {C.aone(fh.addr, ', ')}, {m('PHONE', fh.phone)}", ""]
        n = C.ri(5, 8)
        times = C.times(died + dt.timedelta(days=1), min(C.today, funeral + dt.timedelta(days=6)), n)
        used: set[int] = set()
        for when_d, hh, mm in times:
            a = C.person()
            helper_phone = C.mob(a)
            msgs = _condolence_msgs(C, D, W, helper_phone)
            x = C.r.random()
            free = [j for j in range(len(msgs)) if j not in used and (x < 0.85 or helper_phone not in msgs[j])]
            free = free or [j for j in range(len(msgs)) if helper_phone not in msgs[j]]
            j = C.ch(free)
            used.add(j)
            msg = msgs[j]
            if x < 0.35:
                auth = f"{C.nm(a, 'fl')} ({C.tname()})"
            elif x < 0.55:
                b = C.relative(a, "partner", share=1.0)
                und = C.t("und", "et", "e", "and")
                auth = f"{C.nm(b, 'first')} {und} {C.nm(a, 'fl')}"
            elif x < 0.7:
                auth = C.fam(a)
                auth = auth[0].upper() + auth[1:]
            elif x < 0.85:
                auth = C.nm(a, "first")
            else:
                auth = C.t(
                    f"Eure Nachbarn, {C.addr().street}",
                    C.ch(["Tes anciens collègues de la mairie", "La chorale Sainte-Cécile"]),
                    C.ch(["I colleghi del Comune", "Il coro parrocchiale"]),
                    C.ch(["Everyone at the bowls club", "All your friends at the allotments"]),
                )
            when = f"{C.date(when_d)} {C.time(hh, mm, 0)}"
            candle = C.ch(
                ["", "", " 🕯", f" [{C.t('Kerze angezündet', 'bougie allumée', 'lumino acceso', 'candle lit')}]"]
            )
            lines.append(f"{auth} – {when}{candle}\n{msg}\n")
        text = "\n".join(lines).rstrip()
        return C.ocr(text) if C.p(0.1) else text
    if v == 1:
        rows = []
        notes_de = ["Kranz", "Blumen", "Karte", f"Spende {C.money(C.ri(2, 10) * 10, 0)}", "Gesteck", ""]
        notes = C.t(
            notes_de,
            ["couronne", "fleurs", "carte", f"don {C.money(C.ri(2, 10) * 10, 0)}", ""],
            ["corona", "fiori", "biglietto", f"offerta {C.money(C.ri(2, 10) * 10, 0)}", ""],
            ["wreath", "flowers", "card", f"donation {C.money(C.ri(2, 10) * 10, 0)}", ""],
        )
        for _ in range(C.ri(6, 11)):
            a = C.person()
            ad = C.addr()
            x = C.r.random()
            if x < 0.4:
                nm = C.nm(a, C.ch(["fl", "lf"]))
            elif x < 0.6:
                nm = C.fam(a)
            elif x < 0.8:
                b = C.relative(a, "partner", share=1.0)
                nm = f"{C.nm(b, 'first')} {C.t('und', 'et', 'e', 'and')} {C.nm(a, 'fl')}"
            else:
                nm = C.mr(a, full=C.p(0.3))
            rows.append([nm, C.a1(ad), C.a2(ad), C.ch(notes)])
        hdr = C.t(
            ["Name", "Straße", "PLZ Ort", "Notiz"],
            ["Nom", "Adresse", "CP Ville", "Remarque"],
            ["Nome", "Indirizzo", "CAP Città", "Nota"],
            ["Name", "Address", "Town / Postcode", "Note"],
        )
        if C.us:
            hdr[2] = "City, State ZIP"
        tbl = C.table(hdr, rows)
        k1 = kids[0]
        k2 = kids[1] if len(kids) > 1 else C.relative(D, "child")
        aunt = C.relative(D, "sibling", share=0.5)
        aa = C.addr()
        s = C.senders([k1, k2])
        if W is None:
            mum = C.t("Ich", "Je", "Io", "I")
        elif W.gender == "f":
            mum = C.t("Mama", "maman", "mamma", "Mum" if not C.us else "Mom")
        else:
            mum = C.t("Papa", "papa", "papà", "Dad")
        rel = C.t(
            g(aunt, "Onkel", "Tante"), g(aunt, "tonton", "tata"), g(aunt, "zio", "zia"), g(aunt, "Uncle", "Auntie")
        )
        pastor = C.person(gender="m" if C.lang in ("it",) else None, age=(35, 68))
        past_t = C.t(
            "Pfarrer" if pastor.gender == "m" else "Pfarrerin",
            "le père" if pastor.gender == "m" else "la pasteure",
            "don" if pastor.gender == "m" else "suor",
            "Reverend",
        )
        msgs = [
            (
                s[k1.serial],
                C.t(
                    "Hab die Adressen aus dem Kondolenzbuch abgetippt, siehe oben.",
                    "J'ai recopié les adresses du livre de condoléances, voir plus haut.",
                    "Ho ricopiato gli indirizzi dal libro delle condoglianze, vedi sopra.",
                    "Typed up the addresses from the condolence book, see above.",
                ),
            ),
            (
                s[k2.serial],
                C.t(
                    f"Danke! Von {rel} {C.nm(aunt, 'first')} fehlt noch die Adresse.",
                    f"Merci ! Il manque l'adresse de {rel} {C.nm(aunt, 'first')}.",
                    f"Grazie! Manca ancora l'indirizzo di {rel} {C.nm(aunt, 'first')}.",
                    f"Thanks! We're still missing {rel} {C.nm(aunt, 'first')}'s address.",
                ),
            ),
            (
                s[k1.serial],
                C.t(
                    f"Die ist {C.aone(aa, ', ')}. Telefon {C.mob(aunt)}",
                    f"C'est {C.aone(aa, ', ')}. Tél {C.mob(aunt)}",
                    f"È {C.aone(aa, ', ')}. Cell {C.mob(aunt)}",
                    f"It's {C.aone(aa, ', ')}. Phone {C.mob(aunt)}",
                ),
            ),
            (
                s[k2.serial],
                C.t(
                    f"{past_t} {C.nm(pastor, 'last')} hat angerufen wegen der Rechnung, Rückruf unter {C.ph('land')}.",
                    f"{past_t} {C.nm(pastor, 'last')} a appelé pour la facture, le rappeler au {C.ph('land')}.",
                    f"{past_t} {C.nm(pastor, 'last')} ha chiamato per l'offerta, richiamare al {C.ph('land')}.",
                    f"{past_t} {C.nm(pastor, 'last')} rang about the fee, call back on {C.ph('land')}.",
                ),
            ),
            (
                s[k1.serial],
                C.t(
                    f"Ok. {mum} möchte die Karten bis Freitag verschicken."
                    if W
                    else "Ok. Ich will die Karten bis Freitag verschicken.",
                    f"Ok. {mum} veut envoyer les cartes avant vendredi."
                    if W
                    else "Ok. Je voudrais envoyer les cartes avant vendredi.",
                    f"Ok. {mum} vuole spedire i biglietti entro venerdì."
                    if W
                    else "Ok. Vorrei spedire i biglietti entro venerdì.",
                    f"OK. {mum} wants the cards out by Friday." if W else "OK. I'd like the cards out by Friday.",
                ),
            ),
        ]
        ch = C.chat(msgs)
        intro = C.t(
            "Adressen für die Dankeskarten:",
            "Adresses pour les remerciements :",
            "Indirizzi per i ringraziamenti:",
            "Addresses for the thank-you cards:",
        )
        return f"{intro}\n\n{tbl}\n\n{ch}"
    if v == 2:
        k = kids[0]
        staff = C.person(age=(25, 60))
        dom = fh.domain
        din = C.phone("land", fh.addr.area, din=True)
        char = C.ch(CHARITIES.get(C.loc, CHARITIES[C.lang]))
        char_iban = C.ib()
        wa = C.home(W or k)
        survivors = C.nm(W, "fl") if W else C.nm(k, "fl")
        if C.lang == "de":
            notice = (
                f"DANKSAGUNG\n\nFür die vielen Zeichen der Verbundenheit beim Abschied von\n\n"
                f"{C.nm(D, 'fl')}\n* {C.dob(D)}   † {C.date(died)}\n\nsagen wir von Herzen Dank.\n"
                f"Statt zugedachter Blumen bitten wir um eine Spende an {char}, IBAN {char_iban}.\n\n"
                f"{survivors} und Familie\n{C.a1(wa)}, {C.a2(wa)}"
            )
            quoted = (
                f"{C.greet(k)},\n\nanbei wie besprochen der Entwurf. Bitte prüfen Sie vor allem das "
                f"Geburtsdatum und die Schreibweise der Namen. Anzeigenschluss ist Mittwoch, 12 Uhr.\n\n"
                f"{C.bye()}\n{C.sig(staff, 'Trauerbegleitung', fh, m('PHONE', din), C.wmail(staff, dom))}"
            )
            body = (
                f"{C.greet(staff)},\n\nvielen Dank für den Entwurf. Bitte ändern Sie noch: die Spende soll an "
                f"{char} gehen (IBAN siehe unten), und unter den Namen bitte die Adresse meiner "
                f"{'Mutter' if W and W.gender == 'f' else 'Familie'}. Hier die korrigierte Fassung:\n\n{notice}"
                f"\n\nFür Rückfragen bin ich unter {C.mob(k)} erreichbar.\n\n{C.bye()}\n{C.nm(k, 'fl')}"
            )
            subj = f"AW: Danksagung {C.nm(D, 'last')}"
        elif C.lang == "fr":
            role_fr = "Conseiller funéraire" if staff.gender == "m" else "Conseillère funéraire"
            notice = (
                f"REMERCIEMENTS\n\nTrès touchés par les marques de sympathie reçues lors du décès de\n\n"
                f"{C.nm(D, 'fl')}\n{born_w} le {C.dob(D)}\n\nnous vous remercions de tout cœur.\n"
                f"Vos dons peuvent être adressés à {char}, IBAN {char_iban}.\n\n"
                f"{survivors} et toute la famille\n{C.a1(wa)}, {C.a2(wa)}"
            )
            quoted = (
                f"{C.greet(k)},\n\nveuillez trouver ci-dessous le projet d'avis. Merci de vérifier la date de "
                f"naissance et l'orthographe des noms avant mercredi midi.\n\n{C.bye()}\n"
                f"{C.sig(staff, role_fr, fh, m('PHONE', din), C.wmail(staff, dom))}"
            )
            body = (
                f"{C.greet(staff)},\n\nmerci pour le projet. Pourriez-vous modifier le texte : les dons iront à "
                f"{char} et nous souhaitons indiquer l'adresse de la famille. Voici la version corrigée :\n\n"
                f"{notice}\n\nJe reste joignable au {C.mob(k)}.\n\n{C.bye()}\n{C.nm(k, 'fl')}"
            )
            subj = f"RE: Avis de remerciements {C.nm(D, 'last')}"
        elif C.lang == "it":
            notice = (
                f"RINGRAZIAMENTO\n\nLa famiglia di\n\n{C.nm(D, 'fl')}\n{born_w} il {C.dob(D)}\n\n"
                f"ringrazia commossa quanti hanno partecipato al suo dolore.\nEventuali offerte a {char}, "
                f"IBAN {char_iban}.\n\n{survivors} e famiglia\n{C.a1(wa)}, {C.a2(wa)}"
            )
            quoted = (
                f"{C.greet(k)},\n\nle inviamo la bozza del ringraziamento. La preghiamo di controllare la data "
                f"di nascita e i nomi entro mercoledì.\n\n{C.bye()}\n"
                f"{C.sig(staff, '', fh, m('PHONE', din), C.wmail(staff, dom))}"
            )
            body = (
                f"{C.greet(staff)},\n\ngrazie per la bozza. Vorremmo indicare {char} per le offerte e "
                f"aggiungere l'indirizzo di famiglia. Ecco il testo corretto:\n\n{notice}\n\n"
                f"Per qualsiasi cosa sono raggiungibile al {C.mob(k)}.\n\n{C.bye()}\n{C.nm(k, 'fl')}"
            )
            subj = f"R: Ringraziamento {C.nm(D, 'last')}"
        else:
            notice = (
                (
                    f"THANK YOU\n\nThe family of\n\n{C.nm(D, 'fl')}\nborn {C.dob(D)}\n\nwould like to thank "
                    f"everyone for their kind messages, cards and flowers.\nDonations in "
                    f"{g(D, 'his', 'her')} memory to {char} (IBAN {char_iban}).\n\n"
                    f"{survivors} and family\n{C.a1(wa)}, {C.a2(wa)}"
                )
                if not C.us
                else (
                    f"THANK YOU\n\nThe family of\n\n{C.nm(D, 'fl')}\nborn {C.dob(D)}\n\nwishes to thank everyone for "
                    f"their kindness and support.\nIn lieu of flowers, memorial gifts may be sent to {char}, c/o "
                    f"{survivors}, {C.aone(wa, ', ')}."
                )
            )
            quoted = (
                f"{C.greet(k)},\n\nPlease find the draft notice below. Could you check the date of birth and "
                f"the spelling of all names by Wednesday noon?\n\n{C.bye()}\n"
                f"{C.sig(staff, 'Funeral Arranger', fh, m('PHONE', din), C.wmail(staff, dom))}"
            )
            body = (
                f"{C.greet(staff)},\n\nThank you for the draft. A couple of changes below - we'd like "
                f"donations to go to {char}, and please add the family address:\n\n{notice}\n\n"
                f"You can reach me on {C.mob(k)}.\n\n{C.bye()}\n{C.nm(k, 'fl')}"
            )
            subj = f"RE: Thank-you notice for {C.nm(D, 'last')}"
        sent = C.today - dt.timedelta(days=1)
        head = C.mail_head(
            C.who(k, C.email(k)), C.who(staff, C.wmail(staff, dom)), subj, C.today, C.ri(8, 20), C.ri(0, 59)
        )
        q = C.quote(quoted, sent, C.ri(9, 17), C.ri(0, 59), staff, C.wmail(staff, dom))
        return f"{head}\n\n{body}\n\n{q}"
    # v == 3: portal export
    dom = {
        "DE": "gedenkportal.de",
        "AT": "trauer-online.at",
        "CH": C.t("abschied-online.ch", "avis-mortuaires.ch", "necrologi-ticino.ch", ""),
        "FR": "dansnosmemoires.fr",
        "IT": "necrologi-online.it",
        "GB": "rememberedforever.co.uk",
        "US": "remembered-online.com",
    }[C.cc]
    mod = C.person(age=(25, 55))
    entries = []
    eid = C.ri(1000, 90000)
    used: set[int] = set()
    for day, hh, mm in C.times(died + dt.timedelta(days=1), C.today - dt.timedelta(days=1), C.ri(3, 6)):
        a = C.person()
        msgs = _condolence_msgs(C, D, W, C.mob(a))
        free = [j for j in range(len(msgs)) if j not in used] or list(range(len(msgs)))
        j = C.ch(free)
        used.add(j)
        msg = msgs[j]
        eid += C.ri(1, 40)
        e = {
            "id": eid,
            "author": C.nm(a, C.ch(["fl", "fl", "first"])),
            "email": C.email(a),
            "created": f"{day.isoformat()}T{hh:02d}:{mm:02d}:{C.ri(0, 59):02d}",
            "ip": C.ipm(),
            "type": C.ch(["text", "text", "candle"]),
            "message": msg,
            "public": C.p(0.85),
        }
        entries.append(e)
    iso = C.p(0.5)
    memorial = {
        "id": f"m-{C.digits(6)}",
        "name": C.nm(D, "fl"),
        "born": m("DOB", D.dob.isoformat()) if iso else C.dob(D, C.dshape),
        "died": died.isoformat() if iso else C.date(died),
        "place": town,
        "funeral_home": {
            "name": fh.name,
            "street": C.a1(fh.addr),
            "city": C.a2(fh.addr),
            "phone": m("PHONE", fh.phone),
        },
        "owner": {
            "name": C.nm(kids[0], "fl"),
            "email": C.email(kids[0]),
            "relation": C.t(
                g(kids[0], "Sohn", "Tochter"),
                g(kids[0], "fils", "fille"),
                g(kids[0], "figlio", "figlia"),
                g(kids[0], "son", "daughter"),
            ),
        },
    }
    obj = {"memorial": memorial, "entries": entries}
    body = C.yaml(obj) if C.p(0.3) else C.jdump(obj, "indent")
    log = []
    t0 = C.today
    for e in entries[: C.ri(1, len(entries))]:
        log.append(
            f"{stamp(t0, C.ri(8, 9), C.ri(0, 59), C.ri(0, 59))} INFO moderation entry={e['id']} "
            f"action=approve by={C.wmail(mod, dom)}"
        )
    log.sort()
    hdr = C.t(
        "Export aus dem Gedenkportal",
        "Export de la page de mémoire",
        "Esportazione dalla pagina in memoria",
        "Export from the memorial page",
    )
    return f"{hdr} ({dom}):\n\n{body}\n\n" + "\n".join(log)


# ====================================================================================================================
# 2. scaffold - scaffolding, crane and skip permits on public ground
# ====================================================================================================================

SCAFFOLD_FIRMS = {
    "de_DE": [
        "Gerüstbau Nordlicht GmbH",
        "Rüstwerk Süd GmbH",
        "Kranservice Rheinland GmbH",
        "Mulden-Express GmbH",
        "Gerüstbau Weser GmbH & Co. KG",
    ],
    "de_AT": ["Gerüstbau Donau GmbH", "Steirische Gerüst GmbH", "Kran & Hebetechnik West GmbH"],
    "de_CH": ["Gerüstbau Limmat AG", "Aare Gerüste AG", "Kranlogistik Mittelland AG", "Muldenservice Ost AG"],
    "fr_FR": ["Échafaudages du Rhône SAS", "Alpes Échafaudage SARL", "Levage Atlantique", "Bennes Services 44"],
    "fr_CH": ["Léman Échafaudages SA", "Grues Romandes SA", "Échafaudages du Jura SA"],
    "it_IT": [
        "Ponteggi Emiliani srl",
        "Edil Ponteggi Adriatica srl",
        "Gru & Sollevamenti Nord srl",
        "Cassoni Express srl",
    ],
    "it_CH": ["Ponteggi Ticino SA", "Gru Ceresio SA", "Edilponteggi Sottoceneri SA"],
    "en_GB": [
        "Northgate Scaffolding Ltd",
        "Pennine Access Scaffolding Ltd",
        "Skyline Hoists Ltd",
        "Budget Skip Hire Ltd",
    ],
    "en_US": [
        "Keystone Scaffold & Hoist LLC",
        "Bay Area Sidewalk Sheds Inc.",
        "Summit Crane Rental",
        "Roll-Off Dumpster Co.",
    ],
}
SCAFFOLD_SURNAME = {
    "de": ["Gerüstbau {s} GmbH", "{s} Gerüstbau"],
    "de_CH": ["{s} Gerüste AG", "Gerüstbau {s} AG"],
    "fr": ["Échafaudages {s}", "{s} Levage SARL"],
    "it": ["Ponteggi {s} srl", "{s} Gru srl"],
    "en": ["{s} Scaffolding Ltd", "{s} & Son Scaffolding"],
    "en_US": ["{s} Scaffold Inc.", "{s} Crane Service"],
}


def _permit_office(C: Ctx, t: tuple) -> tuple[str, str]:
    town = C.tname(t)
    sl = slug(town)
    if C.loc == "de_DE":
        return f"Stadt {town} – Amt für Straßen und Verkehr, Sondernutzungen", f"stadt-{sl}.de"
    if C.loc == "de_AT":
        if town == "Wien":
            return "Magistrat der Stadt Wien – MA 46, Verkehrsorganisation", "wien.gv.at"
        return f"Stadtgemeinde {town} – Bauamt", f"{sl}.gv.at"
    if C.loc == "de_CH":
        return f"Stadt {town}, Tiefbauamt – Bewilligungen öffentlicher Grund", f"{sl}.ch"
    if C.loc == "fr_FR":
        return f"Mairie de {town} – Service de l'occupation du domaine public", f"ville-{sl}.fr"
    if C.loc == "fr_CH":
        return f"Ville de {town} – Service des routes, autorisations", f"{sl}.ch"
    if C.loc == "it_IT":
        return f"Comune di {town} – Ufficio Occupazione Suolo Pubblico", f"comune.{sl.replace('-', '')}.it"
    if C.loc == "it_CH":
        pre = "Città di" if town in ("Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso") else "Comune di"
        return f"{pre} {town} – Ufficio tecnico, occupazione area pubblica", f"{sl}.ch"
    if C.loc == "en_GB":
        return f"{town} City Council – Highways Licensing", f"{sl}.gov.uk"
    return f"City of {town} – Department of Transportation, Street Use Permits", f"{sl.replace('-', '')}.gov"


def _measure(C: Ctx) -> tuple[str, float]:
    k = C.ri(0, 3)
    area = round(C.ri(6, 60) * 1.0 + C.ch([0, 0.5]), 1)
    if C.lang == "de":
        return [
            f"Fassadengerüst, Länge {C.ri(8, 30)} m",
            f"Autokran {C.ch([40, 60, 80])} t, Aufstellfläche",
            f"Container/Mulde {C.ch([5, 7, 10])} m³",
            "Bauzaun und Materiallager",
        ][k], area
    if C.lang == "fr":
        return [
            f"Échafaudage de façade, longueur {C.ri(8, 30)} m",
            f"Grue mobile {C.ch([40, 60, 80])} t",
            f"Benne {C.ch([8, 10, 15])} m³",
            "Palissade de chantier et stockage",
        ][k], area
    if C.lang == "it":
        return [
            f"Ponteggio di facciata, lunghezza {C.ri(8, 30)} m",
            f"Autogru {C.ch([40, 60, 80])} t",
            f"Cassone scarrabile {C.ch([8, 10, 15])} m³",
            "Recinzione di cantiere e deposito materiali",
        ][k], area
    if C.us:
        return [
            f"Sidewalk scaffold, {C.ri(25, 90)} ft frontage",
            f"Mobile crane {C.ch([40, 60, 90])} ton",
            f"Roll-off dumpster {C.ch([10, 20, 30])} yd",
            "Construction fence and material staging",
        ][k], area
    return [
        f"Scaffold, {C.ri(8, 30)} m frontage",
        f"Mobile crane {C.ch([40, 60, 80])} t (road closure)",
        f"Skip {C.ch([6, 8, 12])} yd",
        "Hoarding and materials storage",
    ][k], area


def g_scaffold(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Prüf bitte, ob der Antrag vollständig ist.", "Fehlt im Antrag noch etwas?"],
                ["Vérifie si la demande est complète.", "Manque-t-il quelque chose dans la demande ?"],
                ["Controlla se la domanda è completa.", "Manca qualcosa nella domanda?"],
                ["Check whether the application is complete.", "Is anything missing from this application?"],
            ),
            (
                ["Welche Genehmigungen laufen diese Woche aus?", "Mach mir eine Liste der offenen Punkte."],
                ["Quelles autorisations expirent cette semaine ?", "Fais-moi la liste des points ouverts."],
                ["Quali autorizzazioni scadono questa settimana?", "Fammi un elenco dei punti aperti."],
                ["Which permits expire this week?", "List the open issues for me."],
            ),
            (
                ["Formuliere bitte eine Antwort auf diese Beschwerde.", "Wie sollte die Stadt darauf reagieren?"],
                ["Rédige une réponse à cette réclamation.", "Comment la mairie devrait-elle réagir ?"],
                ["Scrivi una risposta a questa segnalazione.", "Come dovrebbe rispondere il Comune?"],
                [
                    "Draft a reply to this complaint.",
                    "How should the council respond?" if not C.us else "How should the city respond?",
                ],
            ),
            (
                ["Prüf bitte den Export auf Unstimmigkeiten.", "Was ist der Status dieses Antrags?"],
                ["Vérifie l'export, y a-t-il des incohérences ?", "Quel est le statut de cette demande ?"],
                ["Controlla l'esportazione, ci sono incongruenze?", "Qual è lo stato di questa domanda?"],
                ["Check this export for inconsistencies.", "What's the status of this application?"],
            ),
        ],
    )
    t = C.town()
    office, odom = _permit_office(C, t)
    firm = C.org(firmname(C, SCAFFOLD_FIRMS, SCAFFOLD_SURNAME), town=t)
    contact = C.person(age=(24, 62))
    client = C.person(age=(30, 80))
    site = C.addr(t, flat=False)
    what, area = _measure(C)
    start = C.days(3, 30)
    end = start + dt.timedelta(days=C.ri(5, 120))
    pno = C.ch(["SN", "OG", "P", "VO", "OSP", "SL"]) + "-" + str(C.today.year) + "-" + C.digits(C.ri(4, 5))
    if v == 0:
        iban = C.ib()
        sign_place = C.tname(t)
        deposit = C.money(C.ch([300, 500, 800, 1000, 1500]), 0)
        if C.lang == "de":
            title = {
                "de_AT": "Ansuchen um Bewilligung gemäß § 82 StVO (Gerüst / Kran / Container)",
                "de_CH": "Gesuch für die Benützung des öffentlichen Grundes (Gerüst / Kran / Mulde)",
            }.get(C.loc, "Antrag auf Sondernutzungserlaubnis (Gerüst / Kran / Container)")
            rows = [
                ("Antragsteller (Firma)", firm.name),
                ("Anschrift", C.aone(firm.addr, ", ")),
                ("Ansprechpartner", C.nm(contact, C.ch(["fl", "lf"]))),
                ("Telefon", m("PHONE", firm.phone)),
                ("Mobil", C.mob(contact)),
                ("E-Mail", C.wmail(contact, firm.domain)),
                ("Bauherr / Auftraggeber", C.nm(client, "fl")),
                ("Anschrift Bauherr", C.aone(C.home(client), ", ")),
                ("Telefon Bauherr", C.land(client) if C.p(0.5) else C.mob(client)),
                ("Ort der Maßnahme", f"{C.a1(site)} ({C.tname(t)})"),
                ("Art der Nutzung", what),
                ("Fläche", f"{area:.1f} m²".replace(".", ",")),
                ("Zeitraum", f"{C.date(start)} bis {C.date(end)}"),
                ("Restgehwegbreite", f"{C.ch(['1,20', '1,50', '1,80', '2,00'])} m"),
                ("Halteverbot beantragt", C.ch(["ja", "nein"])),
                ("Kaution", deposit),
                ("Rückerstattung an (IBAN)", iban),
                ("Kontoinhaber", firm.name),
                ("Ort, Datum", f"{sign_place}, {C.date(C.today)}"),
                ("Unterschrift", C.nm(contact, "fl")),
            ]
        elif C.lang == "fr":
            title = (
                "Demande d'autorisation d'usage accru du domaine public"
                if C.loc == "fr_CH"
                else "Demande de permission de voirie (échafaudage / grue / benne)"
            )
            rows = [
                ("Demandeur (entreprise)", firm.name),
                ("Adresse", C.aone(firm.addr, ", ")),
                ("Interlocuteur", C.nm(contact, C.ch(["fl", "L F"]))),
                ("Téléphone", m("PHONE", firm.phone)),
                ("Portable", C.mob(contact)),
                ("Courriel", C.wmail(contact, firm.domain)),
                ("Maître d'ouvrage", C.nm(client, "fl")),
                ("Adresse du maître d'ouvrage", C.aone(C.home(client), ", ")),
                ("Téléphone", C.mob(client)),
                ("Lieu de l'occupation", C.a1(site)),
                ("Nature", what),
                ("Surface", f"{area:.1f} m²".replace(".", ",")),
                ("Période", f"du {C.date(start)} au {C.date(end)}"),
                ("Trottoir restant", f"{C.ch(['1,20', '1,40', '1,80'])} m"),
                ("Arrêté de stationnement", C.ch(["oui", "non"])),
                ("Caution", deposit),
                ("IBAN pour remboursement", iban),
                ("Titulaire du compte", firm.name),
                ("Fait à", f"{sign_place}, le {C.date(C.today)}"),
                ("Signature", C.nm(contact, "fl")),
            ]
        elif C.lang == "it":
            title = (
                "Domanda di occupazione temporanea di area pubblica"
                if C.loc == "it_CH"
                else "Domanda di occupazione temporanea di suolo pubblico (ponteggio / gru / cassone)"
            )
            rows = [
                ("Richiedente (ditta)", firm.name),
                ("Sede", C.aone(firm.addr, ", ")),
                ("Referente", C.nm(contact, C.ch(["fl", "L F"]))),
                ("Telefono", m("PHONE", firm.phone)),
                ("Cellulare", C.mob(contact)),
                ("E-mail", C.wmail(contact, firm.domain)),
                ("Committente", C.nm(client, "fl")),
                ("Indirizzo committente", C.aone(C.home(client), ", ")),
                ("Telefono committente", C.mob(client)),
                ("Luogo dell'occupazione", C.a1(site)),
                ("Tipo", what),
                ("Superficie", f"{area:.1f} mq".replace(".", ",")),
                ("Periodo", f"dal {C.date(start)} al {C.date(end)}"),
                ("Marciapiede residuo", f"{C.ch(['1,20', '1,50'])} m"),
                ("Divieto di sosta richiesto", C.ch(["sì", "no"])),
                ("Deposito cauzionale", deposit),
                ("IBAN per la restituzione", iban),
                ("Intestatario", firm.name),
                ("Luogo e data", f"{sign_place}, {C.date(C.today)}"),
                ("Firma", C.nm(contact, "fl")),
            ]
        else:
            title = (
                "Street Use Permit Application – Sidewalk Scaffold / Crane / Dumpster"
                if C.us
                else "Application for a Scaffold / Hoarding Licence and Skip Permit"
            )
            rows = [
                ("Applicant (company)", firm.name),
                ("Company address", C.aone(firm.addr, ", ")),
                ("Contact name", C.nm(contact, "fl")),
                ("Telephone", m("PHONE", firm.phone)),
                ("Mobile" if not C.us else "Cell", C.mob(contact)),
                ("Email", C.wmail(contact, firm.domain)),
                ("Client / building owner", C.nm(client, "fl")),
                ("Client address", C.aone(C.home(client), ", ")),
                ("Client phone", C.mob(client)),
                ("Site address", C.a1(site)),
                ("Type of use", what),
                ("Area", f"{area:.1f} m²" if not C.us else f"{int(area * 10.76)} sq ft"),
                ("Period", f"{C.date(start)} to {C.date(end)}"),
                ("Parking suspension required", C.ch(["Yes", "No"])),
                ("Deposit" if not C.us else "Bond", deposit),
            ]
            if not C.us:
                rows += [("Refund IBAN", iban), ("Account name", firm.name)]
            rows += [("Date", C.date(C.today)), ("Signed", C.nm(contact, "fl"))]
        txt = f"{office}\n\n{title}\n\n{C.form(rows)}"
        return C.ocr(txt) if C.p(0.15) else txt
    if v == 1:
        rows = []
        for _ in range(C.ri(5, 9)):
            f2 = C.org(firmname(C, SCAFFOLD_FIRMS, SCAFFOLD_SURNAME), town=t)
            c2 = C.person(age=(24, 62))
            a = C.addr(t, flat=False)
            s0 = C.days(-40, 20)
            e0 = s0 + dt.timedelta(days=C.ri(3, 90))
            w2, _ = _measure(C)
            rows.append(
                [
                    C.ch(["SN", "OG", "VO", "P"]) + "-" + C.digits(5),
                    C.a1(a),
                    w2.split(",")[0],
                    C.short_date(s0),
                    C.short_date(e0),
                    f2.name,
                    C.nm(c2, C.ch(["fl", "fi", "lf"])),
                    C.mob(c2) if C.p(0.7) else m("PHONE", f2.phone),
                ]
            )
        hdr = C.t(
            ["Nr.", "Ort", "Art", "von", "bis", "Firma", "Ansprechpartner", "Telefon"],
            ["N°", "Lieu", "Nature", "du", "au", "Entreprise", "Contact", "Téléphone"],
            ["N.", "Luogo", "Tipo", "dal", "al", "Ditta", "Referente", "Telefono"],
            ["Ref", "Location", "Type", "From", "To", "Company", "Contact", "Phone"],
        )
        tbl = C.table(hdr, rows)
        insp, clerk = C.person(age=(25, 60)), C.person(age=(25, 60))
        boss, res = C.person(age=(30, 65)), C.person(age=(30, 85))
        s = C.senders([insp, clerk], phone_ok=False)
        a2 = C.addr(t, flat=False)
        msgs = [
            (
                s[insp.serial],
                C.t(
                    f"An der {C.a1(a2)} steht seit gestern ein Container ohne Genehmigung. Fahrer sagt, der Chef heißt "
                    f"{C.mr(boss)}, Tel. {C.mob(boss)}",
                    f"{cap(C.au(a2))} il y a une benne sans autorisation depuis hier. Le chauffeur dit que le patron "
                    f"s'appelle {C.mr(boss)}, tél. {C.mob(boss)}",
                    f"In {C.a1(a2)} c'è un cassone senza autorizzazione da ieri. L'autista dice che il titolare è "
                    f"{C.mr(boss)}, cell. {C.mob(boss)}",
                    f"There's a skip outside {C.a1(a2)} since yesterday with no permit. Driver says the boss is "
                    f"{C.mr(boss)}, {C.mob(boss)}",
                ),
            ),
            (
                s[clerk.serial],
                C.t(
                    "Ich ruf ihn an und schick ihm das Formular.",
                    "Je l'appelle et je lui envoie le formulaire.",
                    "Lo chiamo e gli mando il modulo.",
                    "I'll call him and send the form.",
                )
                if boss.gender == "m"
                else C.t(
                    "Ich ruf sie an und schick ihr das Formular.",
                    "Je l'appelle et je lui envoie le formulaire.",
                    "La chiamo e le mando il modulo.",
                    "I'll call her and send the form.",
                ),
            ),
            (
                s[insp.serial],
                C.t(
                    f"Bei {rows[0][1]} ist das Gerüst abgebaut, Kaution kann raus.",
                    f"Au {rows[0][1]} l'échafaudage est démonté, on peut rendre la caution.",
                    f"In {rows[0][1]} il ponteggio è smontato, si può restituire la cauzione.",
                    f"Scaffold at {rows[0][1]} is down, deposit can be released.",
                ),
            ),
            (
                s[clerk.serial],
                C.t(
                    f"Und {C.mr(res)} hat wieder angerufen wegen dem Kran, bitte zurückrufen: {C.ph('land')}",
                    f"Et {C.mr(res)} a encore appelé pour la grue, à rappeler au {C.ph('land')}",
                    f"E {C.mr(res)} ha richiamato per la gru, da richiamare al {C.ph('land')}",
                    f"Also {C.mr(res)} rang again about the crane, please call back on {C.ph('land')}",
                ),
            ),
        ]
        head = C.t(
            f"Laufende Genehmigungen – Stand {C.date(C.today)}",
            f"Autorisations en cours au {C.date(C.today)}",
            f"Autorizzazioni in corso al {C.date(C.today)}",
            f"Live permits as of {C.date(C.today)}",
        )
        return f"{office}\n{head}\n\n{tbl}\n\n{C.chat(msgs, lower=C.p(0.3))}"
    if v == 2:
        nb = C.person(age=(28, 85))
        nba = C.near(site)
        clerk = C.person(age=(26, 62))
        din = C.phone("land", C.tarea(t), din=True)
        foreman = C.person(gender="m" if C.p(0.85) else "f", age=(30, 60))
        cmail = C.wmail(clerk, odom)
        dept = office.split(" – ")[-1] if " – " in office else ""
        if C.lang == "de":
            quoted = (
                f"{C.greet(nb)},\n\nfür das Gerüst vor dem Haus {C.a1(site)} liegt eine gültige "
                f"Sondernutzungserlaubnis vor (Nr. {pno}, gültig bis {C.date(end)}). Eine Restgehwegbreite "
                f"von 1,20 m ist einzuhalten. Ich habe die Firma {firm.name} gebeten, das zu prüfen.\n\n"
                f"{C.bye()}\n{C.sig(clerk, dept, None, m('PHONE', din), cmail)}"
            )
            body = (
                f"{C.greet(clerk)},\n\ndanke für Ihre Antwort. Leider ist der Gehweg vor meinem Haus "
                f"{C.a1(nba)} seit Tagen komplett gesperrt, mit dem Rollator kommt meine Mutter nicht vorbei. "
                f"Der Polier, {C.mr(foreman)}, meinte nur, ich soll mich an die Stadt wenden "
                f"(seine Nummer: {C.mob(foreman)}).\n\nBitte schauen Sie sich das vor Ort an. Sie erreichen "
                f"mich unter {C.mob(nb)}.\n\n{C.bye()}\n{C.nm(nb, 'fl')}\n{C.aone(nba, ', ')}"
            )
            subj = f"AW: Gerüst {C.a1(site)} – Beschwerde"
        elif C.lang == "fr":
            quoted = (
                f"{C.greet(nb)},\n\nl'échafaudage situé {C.devant(site)} dispose d'une autorisation "
                f"valable (n° {pno}, jusqu'au {C.date(end)}). Un passage piéton de 1,20 m doit être "
                f"maintenu. J'ai demandé à l'entreprise {firm.name} de vérifier.\n\n{C.bye()}\n"
                f"{C.sig(clerk, '', None, m('PHONE', din), cmail)}"
            )
            body = (
                f"{C.greet(clerk)},\n\nmerci pour votre réponse. Le trottoir devant chez moi, "
                f"{C.a1(nba)}, est pourtant entièrement bloqué depuis plusieurs jours. Le chef de chantier, "
                f"{C.mr(foreman)}, m'a renvoyé vers la mairie (son numéro : {C.mob(foreman)}).\n\n"
                f"Pourriez-vous passer sur place ? Je suis joignable au {C.mob(nb)}.\n\n{C.bye()}\n"
                f"{C.nm(nb, 'fl')}"
            )
            subj = f"RE: Échafaudage {C.a1(site)} – réclamation"
        elif C.lang == "it":
            quoted = (
                f"{C.greet(nb)},\n\nil ponteggio davanti al civico {C.a1(site)} è regolarmente autorizzato "
                f"(n. {pno}, valido fino al {C.date(end)}). Deve essere garantito un passaggio pedonale di "
                f"1,20 m. Ho chiesto alla ditta {firm.name} di verificare.\n\n{C.bye()}\n"
                f"{C.sig(clerk, '', None, m('PHONE', din), cmail)}"
            )
            body = (
                f"{C.greet(clerk)},\n\ngrazie per la risposta. Il marciapiede davanti a casa mia, "
                f"{C.a1(nba)}, è però completamente chiuso da giorni. Il capocantiere, {C.mr(foreman)}, mi ha "
                f"detto di rivolgermi al Comune (il suo numero: {C.mob(foreman)}).\n\nPotete fare un "
                f"sopralluogo? Mi trovate al {C.mob(nb)}.\n\n{C.bye()}\n{C.nm(nb, 'fl')}"
            )
            subj = f"R: Ponteggio {C.a1(site)} – segnalazione"
        else:
            quoted = (
                f"{C.greet(nb)},\n\nThe scaffold outside {C.a1(site)} is licensed (ref {pno}, valid until "
                f"{C.date(end)}). A clear footway of 1.2 m must be kept. I have asked {firm.name} to check "
                f"this.\n\n{C.bye()}\n{C.sig(clerk, 'Street Works Officer', None, m('PHONE', din), cmail)}"
            )
            body = (
                f"{C.greet(clerk)},\n\nThanks for getting back to me. The pavement outside my house at "
                f"{C.a1(nba)} has been completely blocked for days{' now' if C.p(0.5) else ''}. The site "
                f"foreman, {C.mr(foreman)}, told me to take it up with the council (his number is "
                f"{C.mob(foreman)}).\n\nCould someone come and have a look? I'm on {C.mob(nb)}.\n\n"
                f"{C.bye()}\n{C.nm(nb, 'fl')}"
            )
            if C.us:
                body = body.replace("pavement", "sidewalk").replace("the council", "the city")
                body = body.replace("his number is", "his cell is" if foreman.gender == "m" else "her cell is")
            elif foreman.gender == "f":
                body = body.replace("his number", "her number")
            subj = f"RE: Scaffold at {C.a1(site)} - complaint"
        if C.lang == "de" and foreman.gender == "f":
            body = (
                body.replace("Der Polier,", "Die Polierin,")
                .replace("meinte nur", "meinte nur")
                .replace("(seine Nummer", "(ihre Nummer")
            )
        if C.lang == "fr" and foreman.gender == "f":
            body = body.replace("Le chef de chantier", "La cheffe de chantier")
        if C.lang == "it" and foreman.gender == "f":
            body = body.replace("Il capocantiere", "La capocantiere").replace("il suo numero", "il suo numero")
        head = C.mail_head(C.who(nb, C.email(nb)), C.who(clerk, cmail), subj, C.today, C.ri(7, 21), C.ri(0, 59))
        q = C.quote(quoted, C.today - dt.timedelta(days=C.ri(1, 4)), C.ri(8, 16), C.ri(0, 59), clerk, cmail)
        return f"{head}\n\n{body}\n\n{q}"
    # v3 export
    iban = C.iban(grouped=False)
    t0 = C.today - dt.timedelta(days=C.ri(1, 10))
    h, mi, sec = C.ri(7, 18), C.ri(0, 58), C.ri(0, 59)
    ip = C.ip()
    rec = {
        "application_id": pno,
        "submitted": f"{t0.isoformat()}T{h:02d}:{mi:02d}:{sec:02d}",
        "applicant": {
            "company": firm.name,
            "contact": C.nm(contact, "fl"),
            "email": C.wmail(contact, firm.domain),
            "phone": C.mob(contact),
            "street": C.a1(firm.addr),
            "city": C.a2(firm.addr),
        },
        "client": {"name": C.nm(client, "fl"), "phone": C.mob(client), "email": C.email(client)},
        "site": {"street": C.a1(site), "postcode_city": C.a2(site)},
        "type": what,
        "area_m2": area,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "status": C.ch(["submitted", "in_review", "approved", "missing_documents"]),
    }
    if not C.us:
        rec["deposit_refund"] = {"iban": m("IBAN", iban), "holder": firm.name}
    rec["meta"] = {
        "client_ip": m("IP", ip),
        "user_agent": C.ch(["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)"]),
    }
    body = C.yaml(rec) if C.p(0.35) else C.jdump(rec)
    logs = [
        f"{stamp(t0, h, mi, sec)} INFO  POST /api/v2/applications 201 ip={m('IP', ip)} "
        f"user={C.wmail(contact, firm.domain)}",
        f"{stamp(t0, h, min(59, mi + 1), 40)} INFO  upload plan.pdf (1.2 MB) application={pno}",
    ]
    if C.p(0.6):
        rev = C.person(age=(26, 62))
        logs.append(
            f"{stamp(C.today, C.ri(8, 11), C.ri(0, 59), 5)} INFO  review assigned to "
            f"{C.wmail(rev, odom)} ({C.nm(rev, 'fl')})"
        )
    hdr = C.t(
        "Export aus dem Genehmigungsportal",
        "Export du portail des autorisations",
        "Esportazione dal portale autorizzazioni",
        "Export from the permit portal",
    )
    return f"{hdr} – {office}\n\n{body}\n\n" + "\n".join(logs)


# ====================================================================================================================
# 3. access - access appointments for meter readings, meter exchanges and smoke-alarm checks in rented flats
# ====================================================================================================================

ACCESS_FIRMS = {
    "de_DE": [
        "Wärmemess-Service Rhein GmbH",
        "Messdienst Nord GmbH",
        "Rauchmelder-Wartung Süd GmbH",
        "Ablesedienst Mitte GmbH",
    ],
    "de_AT": ["Heizkostenabrechnung Austria GmbH", "Messdienst Ost GmbH", "Wärmezählerservice West GmbH"],
    "de_CH": ["Wärmezähler Service AG", "Messtechnik Mittelland AG", "Nebenkosten-Ablesung Ost AG"],
    "fr_FR": ["Compteurs & Répartiteurs de l'Ouest", "Proxi-Relevés SAS", "Sécurité Habitat Services"],
    "fr_CH": ["Relevés Romands SA", "Comptage Léman SA", "Services Techniques du Jura SA"],
    "it_IT": ["Contabilizzazione Calore Nord srl", "Servizi Letture Lombardia srl", "Termocontrolli Emilia srl"],
    "it_CH": ["Letture Contatori Ticino SA", "Termoservizi Ceresio SA"],
    "en_GB": ["Heatwise Gas Services Ltd", "Meridian Gas Safe Ltd", "Alarmcheck Compliance Ltd"],
    "en_US": ["Pinnacle Property Services", "SafeHome Inspection Co.", "Metro Submetering LLC"],
}
MANAGERS = {
    "de_DE": [
        "Hausverwaltung Sonnenhof GmbH",
        "Immobilienverwaltung Kranz & Partner",
        "WBG Am Stadtpark eG",
        "Verwaltung Nordstadt GmbH",
    ],
    "de_AT": ["Hausverwaltung Donaublick GmbH", "Immobilientreuhand Mitte GmbH", "Gemeinnützige Wohnbau Süd"],
    "de_CH": ["Liegenschaftsverwaltung Seeblick AG", "Immobilien Treuhand Limmat AG", "Verwaltungen Aarau AG"],
    "fr_FR": ["Cabinet Gestion Habitat", "Foncia-Syndic Ouest", "Agence du Parc Immobilier"],
    "fr_CH": ["Régie du Léman SA", "Gérance Romande SA", "Régie Centrale SA"],
    "it_IT": ["Amministrazione Condominiale Centro", "Studio Amministrazioni Riviera", "Gestioni Immobiliari Nord"],
    "it_CH": ["Amministrazioni Immobiliari Ceresio SA", "Fiduciaria Immobiliare Lugano SA"],
    "en_GB": ["Parkside Property Management", "Harbour Lettings Ltd", "Greystone Block Management"],
    "en_US": ["Oakridge Property Management", "Summit Apartment Homes", "Cityline Residential"],
}


def _flat(C: Ctx) -> str:
    if C.loc == "de_AT":
        return f"Top {C.ri(1, 24)}"
    if C.lang == "de":
        fl = (
            C.ch(["EG", "1. OG", "2. OG", "3. OG", "4. OG", "DG"])
            if C.loc != "de_CH"
            else C.ch(["EG", "1. Stock", "2. Stock", "3. Stock", "DG"])
        )
        return f"{fl} {C.ch(['links', 'rechts', 'Mitte'])}"
    if C.lang == "fr":
        n = C.ri(1, 6)
        return C.ch([f"{n}{'er' if n == 1 else 'e'} étage {C.ch(['gauche', 'droite'])}", f"Appt {C.ri(1, 40)}", "RDC"])
    if C.lang == "it":
        return C.ch([f"piano {C.ri(1, 6)}, int. {C.ri(1, 20)}", f"int. {C.ri(1, 24)}", "piano terra"])
    if C.us:
        return f"Apt {C.ri(1, 5)}{C.ch('ABCD')}"
    return f"Flat {C.ri(1, 16)}"


def _access_what(C: Ctx) -> str:
    return C.ch(
        {
            "de": [
                "Ablesung der Heizkostenverteiler und Wasserzähler",
                "jährliche Wartung der Rauchwarnmelder",
                "Austausch der Kalt- und Warmwasserzähler (Eichfrist)",
            ],
            "fr": [
                "relevé des répartiteurs de frais de chauffage",
                "entretien annuel des détecteurs de fumée",
                "remplacement des compteurs d'eau",
            ],
            "it": [
                "lettura dei ripartitori di calore",
                "sostituzione dei contatori dell'acqua",
                "verifica dei rilevatori di fumo",
            ],
            "en": ["annual unit inspection and smoke detector test", "water submeter replacement", "HVAC filter change"]
            if C.us
            else ["annual gas safety check", "smoke and carbon monoxide alarm test", "water meter replacement"],
        }[C.lang]
    )


def g_access(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Schreib mir eine kurze Nachricht an den Nachbarn wegen des Schlüssels.", "Was muss ich vorbereiten?"],
                ["Écris un petit mot au voisin pour la clé.", "Qu'est-ce que je dois préparer ?"],
                ["Scrivi un biglietto al vicino per la chiave.", "Cosa devo preparare?"],
                [
                    "Write a short note to the neighbour about the key."
                    if not C.us
                    else "Write a short note to my neighbor about the key.",
                    "What do I need to prepare?",
                ],
            ),
            (
                ["Welche Wohnungen müssen wir nochmal anfahren?", "Mach mir eine Liste der offenen Termine."],
                ["Quels logements faut-il revoir ?", "Fais-moi la liste des rendez-vous restants."],
                ["Quali appartamenti dobbiamo ripassare?", "Fammi l'elenco degli appuntamenti rimasti."],
                [
                    "Which flats do we need to revisit?" if not C.us else "Which units do we need to revisit?",
                    "List the open appointments.",
                ],
            ),
            (
                ["Formuliere eine freundliche Antwort mit einem neuen Termin.", "Ist der Ersatztermin so machbar?"],
                ["Propose une réponse avec un nouveau rendez-vous.", "Ce nouveau créneau est-il possible ?"],
                ["Proponi una risposta con un nuovo appuntamento.", "Il nuovo orario va bene?"],
                ["Draft a reply offering a new slot.", "Can we fit this new time in?"],
            ),
            (
                ["Sortier die Buchungen nach Uhrzeit.", "Welche Mieter haben noch keinen Termin gebucht?"],
                ["Trie les réservations par heure.", "Quels locataires n'ont pas encore réservé ?"],
                ["Ordina le prenotazioni per orario.", "Quali inquilini non hanno ancora prenotato?"],
                ["Sort the bookings by time.", "Which tenants haven't booked yet?"],
            ),
        ],
    )
    t = C.town()
    bldg = C.addr(t, flat=False)
    firm = C.org(firmname(C, ACCESS_FIRMS), town=t)
    mgr = C.org(C.ch(MANAGERS[C.loc]), town=t)
    what = _access_what(C)
    tech = C.person(age=(22, 60))
    day = C.days(5, 25)
    while day.weekday() > 4:
        day += dt.timedelta(days=1)
    h1 = C.ch([7, 8, 9, 12, 13])
    h2 = h1 + C.ch([3, 4, 5])
    if v == 0:
        care = C.person(age=(30, 68))
        tenants = [C.person() for _ in range(C.ri(4, 7))]
        me = tenants[0]
        nb = C.person()
        nb_flat = _flat(C)
        flats: list[str] = []
        while len(flats) < len(tenants):
            f = _flat(C)
            if f not in flats:
                flats.append(f)
        lst = "\n".join(
            f"- {f}: {C.nm(p, 'last') if C.p(0.7) else C.fam(p)}" for f, p in zip(flats, tenants, strict=False)
        )
        alt = day + dt.timedelta(days=C.ri(2, 9))
        care_de = (
            g(care, "unserem Hauswart", "unserer Hauswartin")
            if C.loc == "de_CH"
            else g(care, "unserem Hausmeister", "unserer Hausmeisterin")
        )
        if C.lang == "de":
            head = (
                f"WICHTIGE MITTEILUNG AN ALLE BEWOHNER\n\nLiegenschaft: {C.a1(bldg)}, {C.a2(bldg)}\n"
                f"Termin: {C.wday(day)}, {C.date(day)}, zwischen {h1}:00 und {h2}:00 Uhr\nZweck: {what}\n"
                f"Im Auftrag von: {mgr.name}, {C.aone(mgr.addr, ', ')}\n"
                f"Ihr Techniker: {C.nm(tech, 'fl')} ({firm.name}, Tel. {m('PHONE', firm.phone)})\n\n"
                f"Bitte sorgen Sie dafür, dass alle Heizkörper und Zähler frei zugänglich sind. Sind Sie "
                f"verhindert, hinterlegen Sie den Schlüssel bei einer Vertrauensperson oder bei "
                f"{care_de} "
                f"{C.mr(care)} (Tel. {C.mob(care)}).\n\nBetroffene Wohnungen:\n{lst}"
            )
            slip = (
                "✂ - - - - - - Rückmeldung (bitte in den Briefkasten "
                f"{g(care, 'des Hausmeisters', 'der Hausmeisterin')}) - - - - - -\n"
                f"Name: {C.nm(me, 'fl')}\nWohnung: {flats[0]}\nTelefon: {C.mob(me)}\n"
                f"[x] Ich bin nicht zu Hause. Schlüssel liegt bei: {C.nm(nb, 'fl')}, {nb_flat}, "
                f"Tel. {C.mob(nb)}\n[ ] Ersatztermin gewünscht: {C.date(alt)} ab 16 Uhr"
            )
        elif C.lang == "fr":
            head = (
                f"AVIS DE PASSAGE – À TOUS LES OCCUPANTS\n\nImmeuble : {C.a1(bldg)}, {C.a2(bldg)}\n"
                f"Date : {C.wday(day)} {C.date(day)}, entre {h1}h et {h2}h\nObjet : {what}\n"
                f"Pour le compte de : {mgr.name}, {C.aone(mgr.addr, ', ')}\n"
                f"Technicien : {C.nm(tech, 'fl')} ({firm.name}, tél. {m('PHONE', firm.phone)})\n\n"
                f"Merci de laisser l'accès libre aux radiateurs et aux compteurs. En cas d'absence, confiez "
                f"vos clés à une personne de confiance ou {g(care, 'au gardien', 'à la gardienne')}, "
                f"{C.mr(care)} (tél. {C.mob(care)}).\n\nLogements concernés :\n{lst}"
            )
            slip = (
                f"✂ - - - - - - Coupon réponse - - - - - -\nNom : {C.nm(me, 'fl')}\nLogement : {flats[0]}\n"
                f"Téléphone : {C.mob(me)}\n[x] Je serai absent{'e' if me.gender == 'f' else ''}. Clés "
                f"chez : {C.nm(nb, 'fl')}, {nb_flat}, tél. {C.mob(nb)}\n"
                f"[ ] Autre date souhaitée : {C.date(alt)} après 16h"
            )
        elif C.lang == "it":
            head = (
                f"AVVISO AI CONDOMINI\n\nStabile: {C.a1(bldg)}, {C.a2(bldg)}\n"
                f"Data: {C.wday(day)} {C.date(day)}, dalle {h1}:00 alle {h2}:00\nIntervento: {what}\n"
                f"Per conto di: {mgr.name}, {C.aone(mgr.addr, ', ')}\n"
                f"Tecnico: {C.nm(tech, 'fl')} ({firm.name}, tel. {m('PHONE', firm.phone)})\n\n"
                f"Si prega di lasciare liberi i termosifoni e i contatori. In caso di assenza lasciate le "
                f"chiavi a una persona di fiducia o {g(care, 'al portiere', 'alla portinaia')}, {C.mr(care)} "
                f"(cell. {C.mob(care)}).\n\nAppartamenti interessati:\n{lst}"
            )
            slip = (
                f"✂ - - - - - - Tagliando di risposta - - - - - -\nNome: {C.nm(me, 'fl')}\n"
                f"Appartamento: {flats[0]}\nTelefono: {C.mob(me)}\n[x] Sarò assente. Chiavi presso: "
                f"{C.nm(nb, 'fl')}, {nb_flat}, tel. {C.mob(nb)}\n[ ] Nuova data: {C.date(alt)} dopo le 16"
            )
        else:
            cw = "building super" if C.us else "caretaker"
            head = (
                f"NOTICE OF ENTRY – ALL RESIDENTS\n\nProperty: {C.a1(bldg)}, {C.a2(bldg)}\n"
                f"Date: {C.wday(day)} {C.date(day)}, between {C.time(h1, 0, 0)} and {C.time(h2, 0, 0)}\n"
                f"Purpose: {what}\nOn behalf of: {mgr.name}, {C.aone(mgr.addr, ', ')}\n"
                f"Engineer: {C.nm(tech, 'fl')} ({firm.name}, tel. {m('PHONE', firm.phone)})\n\n"
                f"Please make sure we can reach all radiators, meters and alarms. If you can't be in, leave "
                f"a key with someone you trust or with the {cw}, {C.mr(care)} ({C.mob(care)}).\n\n"
                f"{'Units' if C.us else 'Flats'} affected:\n{lst}"
            )
            slip = (
                f"✂ - - - - - - Reply slip - - - - - -\nName: {C.nm(me, 'fl')}\n"
                f"{'Unit' if C.us else 'Flat'}: {flats[0].split()[-1]}\nPhone: {C.mob(me)}\n[x] I won't be in. Key is "
                f"with: {C.nm(nb, 'fl')}, {nb_flat}, tel. {C.mob(nb)}\n[ ] Alternative date: {C.date(alt)} "
                f"after {C.time(16, 0, 0)}"
            )
        txt = f"{head}\n\n{slip}"
        return C.ocr(txt) if C.p(0.25) else txt
    if v == 1:
        rows = []
        hh, mm = h1, 0
        people = []
        for _ in range(C.ri(5, 9)):
            p = C.person()
            people.append(p)
            a = C.near(bldg) if C.p(0.5) else C.addr(t, flat=False)
            st = C.ch(
                {
                    "de": ["erledigt", "erledigt", "nicht angetroffen", "Karte eingeworfen", "offen"],
                    "fr": ["fait", "fait", "absent", "avis déposé", "à faire"],
                    "it": ["fatto", "fatto", "assente", "avviso lasciato", "da fare"],
                    "en": ["done", "done", "no access", "card left", "open"],
                }[C.lang]
            )
            note = ""
            if C.p(0.35):
                k = C.person()
                note = C.t(
                    f"Schlüssel bei {C.mr(k, 'acc')}",
                    f"clés chez {C.mr(k)}",
                    f"chiavi {C.da(k)} {C.mr(k)}",
                    f"key with {C.mr(k)}",
                )
            elif C.p(0.2):
                note = C.t("Hund!", "chien", "cane", "dog")
            rows.append(
                [
                    C.time(hh, mm, 0),
                    C.a1(a),
                    _flat(C),
                    C.nm(p, C.ch(["lf", "fl", "last"])),
                    C.mob(p) if C.p(0.8) else C.land(p),
                    st,
                    note,
                ]
            )
            mm += C.ch([15, 20, 30])
            hh, mm = hh + mm // 60, mm % 60
        hdr = C.t(
            ["Zeit", "Adresse", "Whg.", "Mieter", "Telefon", "Status", "Bemerkung"],
            ["Heure", "Adresse", "Logement", "Locataire", "Téléphone", "Statut", "Remarque"],
            ["Ora", "Indirizzo", "App.", "Inquilino", "Telefono", "Stato", "Note"],
            ["Time", "Address", "Unit" if C.us else "Flat", "Tenant", "Phone", "Status", "Notes"],
        )
        tbl = C.table(hdr, rows)
        disp = C.person(age=(22, 60))
        s = C.senders([tech, disp], phone_ok=False)
        p0, p1 = people[0], people[-1]
        newnum = C.ph("mobile")
        msgs = [
            (
                s[tech.serial],
                C.t(
                    f"Bei {C.mr(p0, 'acc')} macht keiner auf, Karte eingeworfen.",
                    f"Personne chez {C.mr(p0)}, j'ai laissé un avis.",
                    f"{C.da(p0).capitalize()} {C.mr(p0)} non risponde nessuno, lasciato l'avviso.",
                    f"No answer at {C.mr(p0)}'s, left a card.",
                ),
            ),
            (
                s[disp.serial],
                C.t(
                    f"{C.mr(p1)} hat angerufen, kann erst ab 17 Uhr. Neue Handynummer: {newnum}",
                    f"{C.mr(p1)} a appelé, dispo seulement après 17h. Nouveau portable : {newnum}",
                    f"{C.mr(p1)} ha chiamato, c'è solo dopo le 17. Nuovo cellulare: {newnum}",
                    f"{C.mr(p1)} called, only free after {C.time(17, 0, 0)}. New mobile: {newnum}",
                ),
            ),
            (
                s[tech.serial],
                C.t(
                    "Ok, mach ich auf dem Rückweg.",
                    "Ok, je repasse en fin de tournée.",
                    "Ok, ripasso a fine giro.",
                    "OK, I'll swing by on the way back.",
                ),
            ),
        ]
        head = C.t(
            f"Tourenliste {C.nm(tech, 'fl')} – {C.wday(day)}, {C.date(day)}",
            f"Tournée de {C.nm(tech, 'fl')} – {C.wday(day)} {C.date(day)}",
            f"Giro di {C.nm(tech, 'fl')} – {C.wday(day)} {C.date(day)}",
            f"Route sheet for {C.nm(tech, 'fl')} – {C.wday(day)} {C.date(day)}",
        )
        return f"{firm.name}\n{head}\n\n{tbl}\n\n{C.chat(msgs, day=day, start=(h1 + 1, C.ri(0, 30)))}"
    if v == 2:
        day = C.today - dt.timedelta(days=C.ri(1, 6))
        dear = C.t(
            "Sehr geehrte Damen und Herren",
            "Madame, Monsieur",
            "Spett.le ditta",
            "Dear Sir or Madam" if not C.us else "Hello",
        )
        me = C.person()
        ha = C.addr(t, flat=False)
        me.addr = ha
        disp = C.person(age=(22, 60))
        din = C.phone("land", firm.addr.area, din=True)
        dmail = C.wmail(disp, firm.domain)
        ref = C.ref(C.ch(["A", "T", "R"]) + "-", 7)
        new = C.today + dt.timedelta(days=C.ri(3, 14))
        nb = C.person()
        if C.lang == "de":
            card = (
                f"Benachrichtigungskarte\n\nLeider haben wir Sie am {C.date(day)} nicht angetroffen.\n"
                f"Auftrag: {ref} – {what}\nBitte vereinbaren Sie einen neuen Termin unter "
                f"{m('PHONE', firm.phone)} oder per E-Mail.\n{firm.name}"
            )
            body = (
                f"{dear},\n\nich habe Ihre Karte im Briefkasten gefunden (Text unten). Meine Anschrift: "
                f"{C.a1(ha)}, {C.a2(ha)}, {_flat(C)}. Am {C.date(new)} bin ich ab 15 Uhr zu Hause. Falls das "
                f"nicht passt, hat {g(nb, 'mein Nachbar', 'meine Nachbarin')} {C.nm(nb, 'fl')} einen "
                f"Schlüssel (Tel. {C.mob(nb)}).\n\nMeine Handynummer: {C.mob(me)}\n\n{C.bye()}\n"
                f"{C.nm(me, 'fl')}"
            )
            reply = (
                f"{C.greet(me)},\n\nvielen Dank, wir haben Sie für den {C.date(new)}, 15–17 Uhr, eingeplant. "
                f"Sie erhalten am Vortag eine SMS.\n\n{C.bye()}\n"
                f"{C.sig(disp, 'Disposition', firm, m('PHONE', din), dmail)}"
            )
            subj = f"Neuer Termin – Auftrag {ref}"
        elif C.lang == "fr":
            card = (
                f"Avis de passage\n\nNous n'avons pas pu accéder à votre logement le {C.date(day)}.\n"
                f"Intervention : {ref} – {what}\nMerci de reprendre rendez-vous au "
                f"{m('PHONE', firm.phone)} ou par courriel.\n{firm.name}"
            )
            body = (
                f"{dear},\n\nj'ai trouvé votre avis dans ma boîte aux lettres (ci-dessous). J'habite "
                f"{C.au(ha)}, {C.a2(ha)}, {_flat(C)}. Je serai présent{'e' if me.gender == 'f' else ''} le "
                f"{C.date(new)} à partir de 15h. Sinon, {g(nb, 'mon voisin', 'ma voisine')} {C.nm(nb, 'fl')} "
                f"a une clé (tél. {C.mob(nb)}).\n\nMon portable : {C.mob(me)}\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            reply = (
                f"{C.greet(me)},\n\nc'est noté pour le {C.date(new)} entre 15h et 17h. Vous recevrez un SMS la "
                f"veille.\n\n{C.bye()}\n{C.sig(disp, 'Planification', firm, m('PHONE', din), dmail)}"
            )
            subj = f"Nouveau rendez-vous – intervention {ref}"
        elif C.lang == "it":
            card = (
                f"Avviso di passaggio\n\nIl {C.date(day)} non abbiamo trovato nessuno in casa.\n"
                f"Intervento: {ref} – {what}\nPer fissare un nuovo appuntamento chiamate il "
                f"{m('PHONE', firm.phone)} o scriveteci.\n{firm.name}"
            )
            body = (
                f"{dear},\n\nho trovato il vostro avviso nella cassetta (testo sotto). Abito in "
                f"{C.a1(ha)}, {C.a2(ha)}, {_flat(C)}. Il {C.date(new)} sono a casa dalle 15. Altrimenti "
                f"{g(nb, 'il mio vicino', 'la mia vicina')} {C.nm(nb, 'fl')} ha le chiavi (tel. "
                f"{C.mob(nb)}).\n\nIl mio cellulare: {C.mob(me)}\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            reply = (
                f"{C.greet(me)},\n\nabbiamo fissato l'intervento per il {C.date(new)} tra le 15 e le 17. "
                f"Riceverà un SMS il giorno prima.\n\n{C.bye()}\n{C.sig(disp, '', firm, m('PHONE', din), dmail)}"
            )
            subj = f"Nuovo appuntamento – intervento {ref}"
        else:
            card = (
                f"Sorry we missed you\n\nWe called on {C.date(day)} but couldn't get access.\n"
                f"Job: {ref} – {what}\nPlease call {m('PHONE', firm.phone)} or email us to rebook.\n"
                f"{firm.name}"
            )
            body = (
                f"{dear},\n\nI found your card (copied below). I live at {C.a1(ha)}, {C.a2(ha)}, "
                f"{_flat(C)}. I'm home on {C.date(new)} from {C.time(15, 0, 0)}. Otherwise my "
                f"{'neighbor' if C.us else 'neighbour'} {C.nm(nb, 'fl')} has a key ({C.mob(nb)}).\n\n"
                f"My {'cell' if C.us else 'mobile'}: {C.mob(me)}\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            reply = (
                f"{C.greet(me)},\n\nThanks - you're booked in for {C.date(new)}, {C.time(15, 0, 0)}–"
                f"{C.time(17, 0, 0)}. You'll get a text the day before.\n\n{C.bye()}\n"
                f"{C.sig(disp, 'Scheduling', firm, m('PHONE', din), dmail)}"
            )
            subj = f"Rebooking – job {ref}"
        t1 = C.today
        head1 = C.mail_head(C.who(me, C.email(me)), firm.role, subj, t1, C.ri(7, 12), C.ri(0, 59))
        mail1 = f"{head1}\n\n{body}\n\n{card}"
        if C.p(0.5):
            head2 = C.mail_head(
                C.who(disp, dmail),
                C.who(me, C.email(me)),
                C.t("AW: ", "RE : ", "R: ", "RE: ") + subj,
                t1 + dt.timedelta(days=1),
                C.ri(8, 16),
                C.ri(0, 59),
            )
            return f"{head2}\n\n{reply}\n\n" + C.quote(
                f"{body}\n\n{card}", t1, C.ri(7, 12), C.ri(0, 59), me, C.email(me), "gt"
            )
        return mail1
    # v3: booking export
    recs = []
    t0 = C.today - dt.timedelta(days=C.ri(3, 15))
    for dd, hh, mm in C.times(t0, C.today, C.ri(4, 7)):
        p = C.person()
        a = C.near(bldg) if C.p(0.7) else bldg
        slot = day + dt.timedelta(days=C.ri(0, 2))
        rec = {
            "booking": f"B{C.digits(6)}",
            "created": f"{dd.isoformat()} {hh:02d}:{mm:02d}",
            "name": C.nm(p, "fl"),
            "email": C.email(p),
            "phone": C.mob(p),
            "street": C.a1(a),
            "postcode_city": C.a2(a),
            "unit": _flat(C),
            "slot": f"{slot.isoformat()} {C.ch(['08-10', '10-12', '12-14', '14-16', '16-18'])}",
            "ip": C.ipm(),
        }
        if C.p(0.25):
            k2 = C.person()
            rec["note"] = C.t(
                f"Schlüssel bei {C.nm(k2, 'fl')}, Tel. {C.mob(k2)}",
                f"Clés chez {C.nm(k2, 'fl')}, tél. {C.mob(k2)}",
                f"Chiavi da {C.nm(k2, 'fl')}, tel. {C.mob(k2)}",
                f"Key with {C.nm(k2, 'fl')}, {C.mob(k2)}",
            )
        recs.append(rec)
    hdr = C.t(
        f"Online-Terminbuchungen – {firm.name} – {what}",
        f"Réservations en ligne – {firm.name} – {what}",
        f"Prenotazioni online – {firm.name} – {what}",
        f"Online bookings – {firm.name} – {what}",
    )
    if C.p(0.5):
        keys = list(recs[0].keys())
        keys = [k for k in keys if k != "note"] + ["note"]
        rows = [[str(r.get(k, "")) for k in keys] for r in recs]
        return f"{hdr}\n\n{C.table(keys, rows, C.ch(['csv', 'ssv', 'tsv']))}"
    return f"{hdr}\n\n{C.jlines(recs) if C.p(0.5) else C.jdump(recs)}"


# ====================================================================================================================
# 4. ferry - car-ferry and island-ferry bookings, manifests and changes
# ====================================================================================================================

FERRY = {
    "de_DE": [
        ("Dagebüll – Wyk auf Föhr", "Inselreederei Nordsee GmbH"),
        ("Emden – Borkum", "Ems-Inselfähren GmbH"),
        ("Konstanz – Meersburg", "Fährlinie Bodensee GmbH"),
        ("Kiel – Göteborg", "Baltic Link Ferries"),
    ],
    "de_AT": [
        ("Ancona – Split", "Adria Fährdienst GmbH"),
        ("Venedig – Patras", "Adria Fährdienst GmbH"),
        ("Bari – Dubrovnik", "Dalmatia Ferries"),
    ],
    "de_CH": [
        ("Romanshorn – Friedrichshafen", "Bodensee-Fähre AG"),
        ("Horgen – Meilen", "Zürichsee-Fähre AG"),
        ("Beckenried – Gersau", "Autofähre Vierwaldstättersee AG"),
    ],
    "fr_FR": [
        ("Fromentine – L'Île-d'Yeu", "Compagnie des Îles de l'Atlantique"),
        ("Quiberon – Le Palais", "Compagnie Océane des Îles"),
        ("Marseille – Ajaccio", "Méridionale Corse Lignes"),
        ("Toulon – Bastia", "Méridionale Corse Lignes"),
    ],
    "fr_CH": [
        ("Lausanne – Évian", "Navigation Lémanique SA"),
        ("Nice – Bastia", "Méridionale Corse Lignes"),
        ("Genève – Yvoire", "Navigation Lémanique SA"),
    ],
    "it_IT": [
        ("Piombino – Portoferraio", "Navigazione Arcipelago Toscano"),
        ("Livorno – Olbia", "Tirrenica Traghetti"),
        ("Napoli – Ischia", "Golfo Traghetti"),
        ("Genova – Porto Torres", "Tirrenica Traghetti"),
    ],
    "it_CH": [("Genova – Olbia", "Tirrenica Traghetti"), ("Lugano – Campione d'Italia", "Navigazione Ceresio SA")],
    "en_GB": [
        ("Portsmouth – Fishbourne", "Solent Island Ferries Ltd"),
        ("Oban – Craignure", "Hebridean Link Ferries"),
        ("Southampton – East Cowes", "Solent Island Ferries Ltd"),
        ("Poole – Guernsey", "Channel Isles Ferries"),
    ],
    "en_US": [
        ("Woods Hole – Vineyard Haven", "Island Sound Ferry Co."),
        ("Anacortes – Friday Harbor", "San Juan Island Ferries"),
        ("Cape May – Lewes", "Delaware Bay Ferry Co."),
    ],
}
CARS = [
    "VW Golf",
    "Škoda Octavia Combi",
    "Toyota Yaris",
    "Renault Clio",
    "Fiat Panda",
    "Peugeot 3008",
    "BMW 320d Touring",
    "Volvo XC60",
    "Dacia Duster",
    "Ford Focus",
    "Tesla Model 3",
    "VW T6 California",
]


NAT = {
    "turkish": "TUR",
    "balkan": "SRB",
    "albanian": "XKX",
    "portuguese": "PRT",
    "polish": "POL",
    "ukrainian": "UKR",
    "tamil": "LKA",
    "eritrean": "ERI",
    "arabic": "MAR",
    "vietnamese": "VNM",
    "chinese": "CHN",
    "spanish": "ESP",
    "greek": "GRC",
    "westafrican": "GHA",
    "southasian": "IND",
    "filipino": "PHL",
    "korean": "KOR",
    "romanian": "ROU",
    "irish": "IRL",
}


def _port_town(C: Ctx, route: str) -> tuple | None:
    ports = route.split(" – ")
    for t in TOWNS[C.skey if C.skey in TOWNS else "DE"]:
        if C.tname(t) in ports:
            return t
    return None


def _plate(C: Ctx) -> str:
    L = "ABCDEFGHKLMNPRSTUVWXYZ"
    if C.cc == "DE":
        return f"{C.ch(['K', 'HH', 'M', 'B', 'NF', 'KI', 'HD', 'S'])}-{C.ch(L)}{C.ch(L)} {C.ri(1, 9999)}"
    if C.cc == "AT":
        return f"{C.ch(['W', 'G', 'L', 'S', 'I'])}-{C.ri(100, 99999)}{C.ch(L)}"
    if C.cc == "CH":
        return f"{C.ch(['ZH', 'BE', 'VD', 'GE', 'TI', 'LU', 'SG'])} {C.ri(1000, 999999)}"
    if C.cc == "FR":
        return f"{C.ch(L)}{C.ch(L)}-{C.ri(100, 999)}-{C.ch(L)}{C.ch(L)}"
    if C.cc == "IT":
        return f"{C.ch(L)}{C.ch(L)}{C.ri(100, 999)}{C.ch(L)}{C.ch(L)}"
    if C.cc == "GB":
        return f"{C.ch(L)}{C.ch(L)}{C.ri(10, 74)} {C.ch(L)}{C.ch(L)}{C.ch(L)}"
    return f"{C.ri(1, 9)}{C.ch(L)}{C.ch(L)}{C.ch(L)}{C.ri(100, 999)}"


def _ptype(C: Ctx, p: Person) -> str:
    a = p.age(C.today)
    if a < 4:
        return C.t("Kleinkind", "bébé", "infante", "infant")
    if a < 12:
        return C.t(f"Kind ({a})", f"enfant ({a} ans)", f"bambino ({a})", f"child ({a})")
    if a < 18:
        return C.t("Jugendlicher", "jeune", "ragazzo", "youth")
    if a >= 65:
        return C.t("Senior", "senior", "over 65", "senior")
    return C.t("Erwachsener", "adulte", "adulto", "adult")


def _party(C: Ctx, lead: Person) -> list[Person]:
    ps = [lead]
    if C.p(0.75):
        ps.append(C.relative(lead, "partner"))
    if lead.age(C.today) < 55 and C.p(0.6):
        for _ in range(C.ri(1, 3)):
            try:
                ps.append(C.child(lead, (1, 17)))
            except Reject:
                break
    elif C.p(0.3):
        ps.append(C.person())
    return ps


def g_ferry(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Stimmt die Buchung so? Bitte prüfen.", "Was muss ich zum Check-in mitbringen?"],
                ["La réservation est-elle correcte ?", "Que dois-je apporter à l'embarquement ?"],
                ["La prenotazione è corretta?", "Cosa devo portare all'imbarco?"],
                ["Is this booking correct?", "What do I need to bring to check-in?"],
            ),
            (
                ["Wer fehlt noch beim Check-in?", "Fass die offenen Punkte für die Abfahrt zusammen."],
                ["Qui n'a pas encore embarqué ?", "Résume les points à régler avant le départ."],
                ["Chi manca ancora all'imbarco?", "Riassumi i punti aperti prima della partenza."],
                ["Who still hasn't checked in?", "Summarise what's still open before departure."],
            ),
            (
                ["Formuliere die Antwort der Reederei.", "Wie viel kostet die Umbuchung ungefähr?"],
                ["Rédige la réponse de la compagnie.", "Combien coûte environ la modification ?"],
                ["Scrivi la risposta della compagnia.", "Quanto costa più o meno la modifica?"],
                ["Draft the ferry company's reply.", "Roughly what will the change cost?"],
            ),
            (
                ["Prüf den Export: fehlen Geburtsdaten?", "Mach eine Passagierliste daraus."],
                ["Vérifie l'export : manque-t-il des dates de naissance ?", "Fais-en une liste de passagers."],
                ["Controlla l'esportazione: mancano date di nascita?", "Fanne un elenco passeggeri."],
                ["Check the export - any dates of birth missing?", "Turn this into a passenger list."],
            ),
        ],
    )
    route, cname = C.ch(FERRY[C.loc])
    co = C.org(
        cname,
        town=_port_town(C, route),
        role=C.ch(["booking", "reservations", "service"])
        if C.lang == "en"
        else C.t("buchung", "reservation", "prenotazioni", ""),
    )
    a, b = route.split(" – ")
    ref = "".join(C.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    dep = C.days(10, 90)
    ret = dep + dt.timedelta(days=C.ri(3, 16))
    th, tm = C.ri(6, 20), C.ch([0, 15, 30, 45])
    rh, rm = C.ri(6, 20), C.ch([0, 15, 30, 45])
    car = C.ch(CARS)
    plate = _plate(C)
    price = C.ri(90, 780) + C.ch([0, 0.5, 0.9])
    if v == 0:
        lead = C.person(age=(28, 75))
        ps = _party(C, lead)
        ha = C.home(lead)
        rows = [[C.nm(p, "fl"), C.dob(p), _ptype(C, p)] for p in ps]
        hdr = C.t(
            ["Name", "Geburtsdatum", "Tarif"],
            ["Nom", "Date de naissance", "Tarif"],
            ["Nome", "Data di nascita", "Tariffa"],
            ["Name", "Date of birth", "Fare"],
        )
        tbl = C.table(hdr, rows, C.ch(["md", "mdpad", "fixed", "pipe"]))
        pay = f"{C.ch(['Visa', 'Mastercard', 'Amex'])} {C.masked()}"
        if C.lang == "de":
            body = (
                f"{C.greet(lead)},\n\nvielen Dank für Ihre Buchung bei {co.name}. Hier Ihre Bestätigung:\n\n"
                f"Buchungsnummer: {ref}\nStrecke: {route}\nHinfahrt: {C.wday(dep)}, {C.date(dep)}, "
                f"{C.time(th, tm, 0)} Uhr\nRückfahrt: {C.wday(ret)}, {C.date(ret)}, {C.time(rh, rm, 0)} Uhr\n"
                f"Fahrzeug: {car}, Kennzeichen {plate}, Länge bis 5 m\n\nReisende:\n{tbl}\n\n"
                f"Rechnungsanschrift:\n{C.nm(lead, 'fl')}\n{C.ablock(ha)}\nTelefon: {C.mob(lead)}\n"
                f"E-Mail: {C.email(lead)}\n\nGesamtpreis: {C.money(price)} – bezahlt mit {pay}\n\n"
                f"Bitte seien Sie spätestens 30 Minuten vor Abfahrt am Check-in in {a}.\n\n{C.bye()}\n"
                f"Ihr Team von {co.name}\n{C.aone(co.addr, ', ')} · {m('PHONE', co.phone)}"
            )
            subj = f"Buchungsbestätigung {ref} – {route}"
        elif C.lang == "fr":
            body = (
                f"{C.greet(lead)},\n\nmerci d'avoir réservé avec {co.name}. Voici votre confirmation :\n\n"
                f"Référence : {ref}\nTraversée : {route}\nAller : {C.wday(dep)} {C.date(dep)} à "
                f"{C.time(th, tm, 0)}\nRetour : {C.wday(ret)} {C.date(ret)} à {C.time(rh, rm, 0)}\n"
                f"Véhicule : {car}, immatriculation {plate}\n\nPassagers :\n{tbl}\n\n"
                f"Adresse de facturation :\n{C.nm(lead, 'fl')}\n{C.ablock(ha)}\nTéléphone : {C.mob(lead)}\n"
                f"Courriel : {C.email(lead)}\n\nMontant total : {C.money(price)} – payé par {pay}\n\n"
                f"Présentez-vous à l'embarquement à {a} au plus tard 45 minutes avant le départ.\n\n"
                f"{C.bye()}\nL'équipe {co.name}\n{C.aone(co.addr, ', ')} · {m('PHONE', co.phone)}"
            )
            subj = f"Confirmation de réservation {ref} – {route}"
        elif C.lang == "it":
            body = (
                f"{C.greet(lead)},\n\ngrazie per aver prenotato con {co.name}. Ecco la conferma:\n\n"
                f"Codice prenotazione: {ref}\nTratta: {route}\nAndata: {C.wday(dep)} {C.date(dep)} ore "
                f"{C.time(th, tm, 0)}\nRitorno: {C.wday(ret)} {C.date(ret)} ore {C.time(rh, rm, 0)}\n"
                f"Veicolo: {car}, targa {plate}\n\nPasseggeri:\n{tbl}\n\nDati di fatturazione:\n"
                f"{C.nm(lead, 'fl')}\n{C.ablock(ha)}\nTelefono: {C.mob(lead)}\nE-mail: {C.email(lead)}\n\n"
                f"Totale: {C.money(price)} – pagato con {pay}\n\nPresentarsi all'imbarco a {a} almeno 60 minuti "
                f"prima della partenza.\n\n{C.bye()}\n{co.name}\n{C.aone(co.addr, ', ')} · "
                f"{m('PHONE', co.phone)}"
            )
            subj = f"Conferma prenotazione {ref} – {route}"
        else:
            body = (
                f"{C.greet(lead)},\n\nThank you for booking with {co.name.rstrip('.')}. Your confirmation:\n\n"
                f"Booking reference: {ref}\nRoute: {route}\nOutward: {C.wday(dep)} {C.date(dep)}, "
                f"{C.time(th, tm, 0)}\nReturn: {C.wday(ret)} {C.date(ret)}, {C.time(rh, rm, 0)}\n"
                f"Vehicle: {car}, registration {plate}\n\nPassengers:\n{tbl}\n\nLead passenger:\n"
                f"{C.nm(lead, 'fl')}\n{C.ablock(ha)}\nPhone: {C.mob(lead)}\nEmail: {C.email(lead)}\n\n"
                f"Total: {C.money(price)} – paid by {pay}\n\nPlease arrive at {a} at least 30 minutes before "
                f"departure.\n\n{C.bye()}\n{co.name}\n{C.aone(co.addr, ', ')} · {m('PHONE', co.phone)}"
            )
            subj = f"Booking confirmation {ref} – {route}"
        head = C.mail_head(
            f"{co.name} <{co.role}>", C.who(lead, C.email(lead)), subj, C.today, C.ri(6, 22), C.ri(0, 59)
        )
        return f"{head}\n\n{body}"
    if v == 1:
        rows = []
        leads = []
        nat = {"DE": "DEU", "AT": "AUT", "CH": "CHE", "FR": "FRA", "IT": "ITA", "GB": "GBR", "US": "USA"}[C.cc]
        n = 0
        for _ in range(C.ri(2, 4)):
            lead = C.person(age=(25, 78))
            leads.append(lead)
            veh = f"{C.ch(CARS)} {_plate(C)}"
            for p in _party(C, lead):
                n += 1
                rows.append(
                    [
                        str(n),
                        C.nm(p, C.ch(["LF", "L F"])) if C.p(0.7) else C.nm(p, "lf"),
                        C.dob(p, C.dshape),
                        NAT[p.src] if p.src in NAT and C.p(0.5) else nat,
                        _ptype(C, p),
                        veh if p is lead else "",
                    ]
                )
        hdr = C.t(
            ["Nr.", "Name", "Geb.-Datum", "Nat.", "Tarif", "Fahrzeug"],
            ["N°", "Nom", "Date de naissance", "Nat.", "Tarif", "Véhicule"],
            ["N.", "Nominativo", "Data di nascita", "Naz.", "Tariffa", "Veicolo"],
            ["No.", "Name", "DOB", "Nat.", "Fare", "Vehicle"],
        )
        tbl = C.table(hdr, rows, C.ch(["md", "mdpad", "fixed", "csv", "tsv"]))
        purser, clerk = C.person(age=(25, 60)), C.person(age=(22, 60))
        s = C.senders([purser, clerk], phone_ok=False)
        late = leads[-1]
        msgs = [
            (
                s[purser.serial],
                C.t(
                    f"Buchung {ref}: {C.mr(late, full=True)} noch nicht eingecheckt. Handy laut "
                    f"Buchung {C.mob(late)}, geht keiner ran.",
                    f"Réservation {ref} : {C.mr(late, full=True)} pas encore embarqué"
                    f"{'e' if late.gender == 'f' else ''}. Portable {C.mob(late)}, ne répond pas.",
                    f"Prenotazione {ref}: {C.mr(late, full=True)} non ancora imbarcat"
                    f"{g(late, 'o', 'a')}. Cellulare {C.mob(late)}, non risponde.",
                    f"Booking {ref}: {C.mr(late, full=True)} not checked in yet. Mobile on the "
                    f"booking {C.mob(late)}, no answer.",
                ),
            ),
            (
                s[clerk.serial],
                C.t(
                    f"{g(late, 'Er', 'Sie')} hat gerade angerufen, steht im Stau vor {a}, ca. 20 Min.",
                    "Vient d'appeler, bloqué dans les bouchons, 20 min environ.",
                    "Ha appena chiamato, è in coda, circa 20 minuti.",
                    f"{g(late, 'He', 'She')} just rang, stuck in traffic outside {a}, about 20 min.",
                ),
            ),
            (
                s[purser.serial],
                C.t(
                    "Ok, Rampe bleibt bis :50 offen.",
                    "Ok, on garde la rampe ouverte jusqu'à :50.",
                    "Ok, teniamo la rampa aperta fino alle :50.",
                    "OK, ramp stays open till :50.",
                ),
            ),
        ]
        head = C.t(
            f"Passagierliste {route} – {C.date(dep)} {C.time(th, tm, 0)}",
            f"Liste des passagers {route} – {C.date(dep)} {C.time(th, tm, 0)}",
            f"Lista passeggeri {route} – {C.date(dep)} {C.time(th, tm, 0)}",
            f"Passenger manifest {route} – {C.date(dep)} {C.time(th, tm, 0)}",
        )
        return f"{co.name}\n{head}\n\n{tbl}\n\n{C.chat(msgs, day=dep, start=(max(5, th - 1), C.ri(0, 20)))}"
    if v == 2:
        lead = C.person(age=(28, 75))
        ps = _party(C, lead)
        kind = "parent" if lead.age(C.today) < 55 and C.p(0.5) else "sibling"
        extra = C.relative(lead, kind)
        rel_de = g(extra, "Vater", "Mutter") if kind == "parent" else g(extra, "Bruder", "Schwester")
        agent = C.person(age=(22, 60))
        newdep = dep + dt.timedelta(days=C.ri(-3, 5) or 1)
        card = C.card() if C.p(0.3) else None
        exp = f"{C.ri(1, 12):02d}/{C.ri(27, 31)}"
        plist = "\n".join(f"- {C.nm(p, 'fl')}, {C.dob(p)}" for p in ps)
        if C.lang == "de":
            orig = (
                f"Buchungsnummer: {ref}\nStrecke: {route}\nHinfahrt: {C.date(dep)}, {C.time(th, tm, 0)} Uhr\n"
                f"Rückfahrt: {C.date(ret)}, {C.time(rh, rm, 0)} Uhr\nFahrzeug: {car} ({plate})\n"
                f"Reisende:\n{plist}"
            )
            body = (
                f"Guten Tag,\n\nich möchte meine Buchung {ref} ändern:\n1. Hinfahrt bitte auf den "
                f"{C.date(newdep)} verschieben, gleiche Uhrzeit.\n2. Zusätzlich reist "
                f"{g(extra, 'mein', 'meine')} {rel_de} "
                f"mit: {C.nm(extra, 'fl')}, geboren am {C.dob(extra)}.\n\n"
            )
            body += (
                f"Die Differenz können Sie gern von meiner Kreditkarte {m('CARD', card)} (gültig bis {exp}) "
                f"abbuchen.\n\n"
                if card
                else "Bitte schicken Sie mir einen Zahlungslink.\n\n"
            )
            body += f"Erreichbar bin ich unter {C.mob(lead)}.\n\n{C.bye()}\n{C.nm(lead, 'fl')}"
            subj = f"Umbuchung {ref}"
        elif C.lang == "fr":
            orig = (
                f"Référence : {ref}\nTraversée : {route}\nAller : {C.date(dep)} à {C.time(th, tm, 0)}\n"
                f"Retour : {C.date(ret)} à {C.time(rh, rm, 0)}\nVéhicule : {car} ({plate})\n"
                f"Passagers :\n{plist}"
            )
            body = (
                f"Bonjour,\n\nje souhaite modifier ma réservation {ref} :\n1. décaler l'aller au "
                f"{C.date(newdep)}, même horaire ;\n2. ajouter un passager : {C.nm(extra, 'fl')}, "
                f"{g(extra, 'né', 'née')} le {C.dob(extra)}.\n\n"
            )
            body += (
                f"Vous pouvez débiter la différence sur ma carte {m('CARD', card)} (exp. {exp}).\n\n"
                if card
                else "Merci de m'envoyer un lien de paiement.\n\n"
            )
            body += f"Je suis joignable au {C.mob(lead)}.\n\n{C.bye()}\n{C.nm(lead, 'fl')}"
            subj = f"Modification réservation {ref}"
        elif C.lang == "it":
            orig = (
                f"Codice prenotazione: {ref}\nTratta: {route}\nAndata: {C.date(dep)} ore {C.time(th, tm, 0)}\n"
                f"Ritorno: {C.date(ret)} ore {C.time(rh, rm, 0)}\nVeicolo: {car} ({plate})\n"
                f"Passeggeri:\n{plist}"
            )
            body = (
                f"Buongiorno,\n\nvorrei modificare la prenotazione {ref}:\n1. spostare l'andata al "
                f"{C.date(newdep)}, stesso orario;\n2. aggiungere un passeggero: {C.nm(extra, 'fl')}, "
                f"{g(extra, 'nato', 'nata')} il {C.dob(extra)}.\n\n"
            )
            body += (
                f"Potete addebitare la differenza sulla mia carta {m('CARD', card)} (scad. {exp}).\n\n"
                if card
                else "Vi prego di inviarmi un link di pagamento.\n\n"
            )
            body += f"Mi trovate al {C.mob(lead)}.\n\n{C.bye()}\n{C.nm(lead, 'fl')}"
            subj = f"Modifica prenotazione {ref}"
        else:
            orig = (
                f"Booking reference: {ref}\nRoute: {route}\nOutward: {C.date(dep)}, {C.time(th, tm, 0)}\n"
                f"Return: {C.date(ret)}, {C.time(rh, rm, 0)}\nVehicle: {car} ({plate})\nPassengers:\n{plist}"
            )
            body = (
                f"Hello,\n\nI'd like to amend booking {ref}:\n1. Move the outward sailing to {C.date(newdep)}, "
                f"same time.\n2. Add a passenger: {C.nm(extra, 'fl')}, date of birth {C.dob(extra)}.\n\n"
            )
            body += (
                f"Please charge the difference to my card {m('CARD', card)} (exp {exp}).\n\n"
                if card
                else "Please send me a payment link.\n\n"
            )
            body += (f"You can reach me on {C.mob(lead)}.\n\n{C.bye()}\n{C.nm(lead, 'fl')}").replace(
                " on ", " at " if C.us else " on ", 1
            )
            subj = f"Amendment to booking {ref}"
        head = C.mail_head(C.who(lead, C.email(lead)), co.role, subj, C.today, C.ri(7, 23), C.ri(0, 59))
        q = C.quote(
            orig,
            C.today - dt.timedelta(days=C.ri(5, 60)),
            C.ri(8, 20),
            C.ri(0, 59),
            agent,
            C.wmail(agent, co.domain),
            C.ch(["gt", "outlook"]),
        )
        return f"{head}\n\n{body}\n\n{q}"
    # v3: booking-system export
    recs = []
    for _ in range(C.ri(2, 3)):
        lead = C.person(age=(25, 78))
        ps = _party(C, lead)
        ha = C.home(lead)
        iso = C.p(0.6)
        rec = {
            "ref": "".join(C.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
            "route": route,
            "sailing": f"{dep.isoformat()}T{th:02d}:{tm:02d}",
            "lead": {
                "first_name": C.nm(lead, "first"),
                "last_name": C.nm(lead, "last"),
                "email": C.email(lead),
                "phone": C.mob(lead),
                "address": {"line1": C.a1(ha), "city": C.a2(ha)},
            },
            "passengers": [
                {
                    "name": C.nm(p, "fl"),
                    "dob": m("DOB", p.dob.isoformat()) if iso else C.dob(p, C.dshape),
                    "fare": _ptype(C, p),
                }
                for p in ps
            ],
            "vehicle": {"model": C.ch(CARS), "plate": _plate(C)} if C.p(0.8) else None,
            "payment": {"method": "card", "card": C.masked(), "amount": round(C.ri(90, 700) + 0.5, 2)},
            "client_ip": C.ipm(),
        }
        recs.append(rec)
    out = C.jdump(recs) if C.p(0.6) else C.jlines(recs)
    hdr = C.t(
        f"Export Buchungssystem {co.name}",
        f"Export du système de réservation {co.name}",
        f"Esportazione sistema prenotazioni {co.name}",
        f"Booking system export – {co.name}",
    )
    logs = []
    if C.p(0.35):
        r0 = recs[0]
        full = C.card()
        logs.append(
            f"{stamp(C.today, C.ri(0, 23), C.ri(0, 59), C.ri(0, 59))} WARN payment gateway retry ref="
            f"{r0['ref']} pan={m('CARD', full)} (masking disabled in test mode)"
        )
    return f"{hdr}\n\n{out}" + ("\n\n" + "\n".join(logs) if logs else "")


# ====================================================================================================================
# 5. churchrota - parish rotas: readers, servers, sacristans, flowers, church coffee, birthday visits
# ====================================================================================================================

PARISH = {
    "de_DE": [
        "Kath. Pfarrei St. Michael",
        "Ev. Kirchengemeinde am Markt",
        "Pfarreiengemeinschaft Heilig Geist",
        "Ev.-luth. Kirchengemeinde St. Petri",
    ],
    "de_AT": ["Pfarre Hl. Familie", "Pfarre St. Leopold", "Evangelische Pfarrgemeinde A.B. Mitte"],
    "de_CH": ["Röm.-kath. Pfarrei Bruder Klaus", "Ref. Kirchgemeinde Enge", "Kath. Pfarrei St. Anton"],
    "fr_FR": ["Paroisse Saint-Joseph", "Paroisse Notre-Dame de l'Assomption", "Paroisse Sainte-Thérèse"],
    "fr_CH": ["Paroisse catholique Saint-François", "Paroisse réformée de la Cité", "Paroisse du Sacré-Cœur"],
    "it_IT": ["Parrocchia San Lorenzo", "Parrocchia Santa Maria Assunta", "Parrocchia del Sacro Cuore"],
    "it_CH": ["Parrocchia di Sant'Antonio", "Parrocchia dei Santi Pietro e Paolo", "Parrocchia del Sacro Cuore"],
    "en_GB": ["St Peter's Church", "Holy Trinity Parish Church", "St Mary's Catholic Church"],
    "en_US": ["St. Paul's Episcopal Church", "Grace Lutheran Church", "St. Anne's Catholic Parish"],
}


def _catholic(pname: str) -> bool:
    return not any(
        w in pname
        for w in ("Ev.", "Evangelische", "réformée", "Ref.", "Episcopal", "Lutheran", "Trinity", "St Peter's")
    )


def _pastor_title(C: Ctx, p: Person, cath: bool) -> str:
    if C.lang == "de":
        return g(p, "Pfarrer", "Pfarrerin")
    if C.lang == "fr":
        return "Père" if cath else g(p, "Pasteur", "Pasteure")
    if C.lang == "it":
        return "don"
    if cath:
        return "Father"
    return "Rev." if C.us else "Revd"


def _sundays(C: Ctx, n: int) -> list[dt.date]:
    d = C.today + dt.timedelta(days=(6 - C.today.weekday()) % 7 or 7)
    return [d + dt.timedelta(days=7 * k) for k in range(n)]


def _roles(C: Ctx) -> list[str]:
    if C.lang == "de":
        sac = "Sigrist" if C.loc == "de_CH" else "Mesner"
        return ["Lektor/in", "Kommunionhelfer/in", "Ministranten", sac, "Blumen", "Kirchencafé"]
    if C.lang == "fr":
        return ["Lecteur", "Communion", "Servants d'autel", "Sacristain", "Fleurs", "Café"]
    if C.lang == "it":
        return ["Lettore", "Ministro straord.", "Chierichetti", "Sacrestano", "Fiori", "Accoglienza"]
    return ["Reader", "Intercessions", "Servers", "Usher" if C.us else "Sidesperson", "Flowers", "Coffee"]


def g_churchrota(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Mach daraus bitte eine Übersicht pro Person.", "Wer ist am häufigsten eingeteilt?"],
                ["Fais-moi un récapitulatif par personne.", "Qui est inscrit le plus souvent ?"],
                ["Fammi un riepilogo per persona.", "Chi è di turno più spesso?"],
                ["Give me a summary per person.", "Who's on the rota most often?"],
            ),
            (
                ["Plan mir die Besuche nach Stadtteil.", "Formuliere eine Glückwunschkarte für die 90-Jährige."],
                ["Organise les visites par quartier.", "Rédige une carte de vœux pour la doyenne."],
                ["Organizza le visite per quartiere.", "Scrivi un biglietto di auguri per la più anziana."],
                ["Plan the visits by area.", "Write a birthday card for the lady turning 90."],
            ),
            (
                ["Wer könnte den Dienst übernehmen?", "Schreib eine kurze Antwort an die Gruppe."],
                ["Qui pourrait me remplacer ?", "Écris une réponse courte au groupe."],
                ["Chi potrebbe sostituirmi?", "Scrivi una breve risposta al gruppo."],
                ["Who could cover this?", "Write a short reply to the group."],
            ),
            (
                ["Wer hat im nächsten Monat keine Zeit?", "Mach aus dem Export einen Dienstplan."],
                ["Qui est indisponible le mois prochain ?", "Transforme l'export en planning."],
                ["Chi non è disponibile il mese prossimo?", "Trasforma l'esportazione in un calendario dei turni."],
                ["Who's unavailable next month?", "Turn this export into a rota."],
            ),
        ],
    )
    pname = C.ch(PARISH[C.loc])
    cath = _catholic(pname)
    tld = {"GB": "org.uk", "US": "org"}.get(C.cc, C.tld())
    ptown = C.town()
    po = C.org(
        pname,
        town=ptown,
        domain=f"{''.join(slug(pname).split('-')[:4])}.{tld}",
        role=C.t("pfarrbuero", "secretariat", "segreteria", "office"),
        park=False,
    )
    pastor = C.person(gender="m" if cath else None, age=(32, 72))
    if v == 0:
        roles = _roles(C)
        vols = [C.person(age=(16, 85)) for _ in range(C.ri(8, 12))]
        kids = [C.person(age=(9, 15)) for _ in range(C.ri(3, 6))]
        sundays = _sundays(C, C.ri(4, 6))
        rows = []
        style = C.ch(["fl", "fi", "lf"])
        for _k, d in enumerate(sundays):
            r1, r2, sac, cof = C.r.sample(vols, 4)
            fl = C.ch(vols)
            srv = C.r.sample(kids, 2)
            amp = C.ch([" & ", ", ", " / "])
            rows.append(
                [
                    C.short_date(d),
                    C.time(C.ch([9, 10, 10, 11, 18]), C.ch([0, 30]), 0),
                    C.nm(r1, style),
                    C.nm(r2, style),
                    f"{C.nm(srv[0], 'first')}{amp}{C.nm(srv[1], 'first')}",
                    C.nm(sac, style),
                    C.fam(fl) if C.p(0.5) else C.mr(fl),
                    C.nm(cof, "first") if C.p(0.4) else C.nm(cof, style),
                ]
            )
        hdr = [C.t("Datum", "Date", "Data", "Date"), C.t("Zeit", "Heure", "Ora", "Time")] + roles
        tbl = C.table(hdr, rows, C.ch(["md", "mdpad", "fixed", "html", "tsv"]))
        contacts = "\n".join(
            f"{C.nm(p, 'fl')}: {C.mob(p) if C.p(0.7) else C.land(p)}" + (f", {C.email(p)}" if C.p(0.4) else "")
            for p in C.r.sample(vols, C.ri(4, 7))
        )
        ttl = C.t(
            f"Dienstplan {C.date(sundays[0])} – {C.date(sundays[-1])}",
            f"Planning des services du {C.date(sundays[0])} au {C.date(sundays[-1])}",
            f"Turni dal {C.date(sundays[0])} al {C.date(sundays[-1])}",
            f"Rota {C.date(sundays[0])} – {C.date(sundays[-1])}",
        )
        tel = C.t("Telefonliste", "Contacts", "Recapiti", "Contacts")
        pt = _pastor_title(C, pastor, cath)
        note = C.t(
            f"Tausch bitte selbst organisieren und im Pfarrbüro melden. {pt} {C.nm(pastor, 'last')}",
            f"Merci d'organiser vous-mêmes les échanges et de prévenir le secrétariat. {pt} {C.nm(pastor, 'fl')}",
            f"Eventuali scambi vanno comunicati in segreteria. {pt} {C.nm(pastor, 'first')}",
            f"Please arrange swaps yourselves and let the office know. {pt} {C.nm(pastor, 'fl')}",
        )
        return f"{C.letterhead(po)}\n\n{ttl}\n\n{tbl}\n\n{tel}:\n{contacts}\n\n{note}"
    if v == 1:
        coord = C.person(age=(45, 78))
        rows = []
        for _ in range(C.ri(5, 9)):
            turn = C.ch([80, 85, 90, 90, 95, 100, 75])
            bday = C.today + dt.timedelta(days=C.ri(5, 60))
            dob = dt.date(bday.year - turn, bday.month, min(bday.day, 28))
            p = C.person(age=(70, 99))
            p.dob = dob
            a = C.home(p, ptown if C.p(0.85) else None)
            vis = C.person(age=(35, 80))
            rows.append(
                (
                    bday,
                    p,
                    [
                        C.nm(p, C.ch(["lf", "fl"])),
                        C.dob(p, C.dshape),
                        str(turn),
                        C.aone(a, ", "),
                        C.land(p),
                        C.nm(vis, "fl") if C.p(0.6) else C.nm(vis, "first"),
                    ],
                )
            )
        rows.sort(key=lambda r: r[0])
        hdr = C.t(
            ["Name", "geb.", "wird", "Adresse", "Telefon", "Besuch"],
            ["Nom", "Né(e) le", "Âge", "Adresse", "Téléphone", "Visite"],
            ["Nome", "Nato/a il", "Anni", "Indirizzo", "Telefono", "Visita"],
            ["Name", "DOB", "Turns", "Address", "Phone", "Visitor"],
        )
        tbl = C.table(hdr, [r for _, _, r in rows], C.ch(["md", "csv", "ssv", "fixed", "mdpad"]))
        first = C.mr(rows[0][1], case="acc")
        cm = C.email(coord)
        if C.lang == "de":
            txt = (
                f"Liebes Besuchsdienst-Team,\n\nanbei die Geburtstage für die nächsten Wochen. Bitte ruft vorher "
                f"kurz an, viele freuen sich sehr, manche möchten lieber keinen Besuch. Bei {first} bitte nicht "
                f"vor 11 Uhr.\nKarten und Kerzen liegen in der Sakristei.\n\nDanke euch!\n{C.nm(coord, 'fl')}\n"
                f"{cm} · {C.mob(coord)}"
            )
        elif C.lang == "fr":
            txt = (
                f"Chère équipe des visites,\n\nvoici les anniversaires des prochaines semaines. Merci d'appeler "
                f"avant de passer ; pour {first}, pas avant 11h.\nLes cartes sont à la sacristie.\n\nMerci à "
                f"tous !\n{C.nm(coord, 'fl')}\n{cm} · {C.mob(coord)}"
            )
        elif C.lang == "it":
            txt = (
                f"Cari volontari,\n\necco i compleanni delle prossime settimane. Telefonate sempre prima; "
                f"{C.da(rows[0][1])} {first} non prima delle 11.\nI biglietti sono in "
                f"sacrestia.\n\nGrazie!\n{C.nm(coord, 'fl')}\n"
                f"{cm} · {C.mob(coord)}"
            )
        else:
            txt = (
                "Dear visiting team,\n\nHere are the birthdays for the next few weeks. Please "
                f"{'call' if C.us else 'ring'} before you "
                f"go; for {first}, not before {C.time(11, 0, 0)}.\nCards are in the vestry.\n\nThank you all!\n"
                f"{C.nm(coord, 'fl')}\n{cm} · {C.mob(coord)}"
            )
        ttl = C.t("Geburtstagsbesuche", "Visites d'anniversaire", "Visite di compleanno", "Birthday visits")
        return f"{pname} – {ttl}\n\n{tbl}\n\n{txt}"
    if v == 2:
        me, coord, other = C.person(age=(20, 80)), C.person(age=(35, 78)), C.person(age=(18, 80))
        sundays = _roles(C)
        role = C.ch(sundays[:2])
        d = _sundays(C, 3)[C.ri(0, 2)]
        cm = C.email(coord)
        if C.lang == "de":
            q = (
                f"Liebe alle,\n\nder neue Plan hängt im Schaukasten und ist angehängt. Wer tauschen muss, meldet "
                f"sich bitte direkt bei der Person und gibt mir Bescheid ({C.mob(coord)}).\n\nHerzliche Grüße\n"
                f"{C.nm(coord, 'fl')}"
            )
            body = (
                f"Hallo {C.nm(coord, 'first')},\n\nich bin am {C.date(d)} leider verreist und kann nicht als "
                f"{role} einspringen. {C.nm(other, 'fl')} hat angeboten zu tauschen, {g(other, 'er', 'sie')} "
                f"übernimmt meinen Termin und ich {g(other, 'seinen', 'ihren')} am "
                f"{C.date(d + dt.timedelta(days=14))}. "
                f"{g(other, 'Seine', 'Ihre')} Nummer, falls du nachfragen willst: {C.mob(other)}.\n\n"
                f"{C.bye(False)}\n{C.nm(me, 'first')}"
            )
            subj = f"Tausch {C.date(d)}"
        elif C.lang == "fr":
            q = (
                f"Bonjour à tous,\n\nle nouveau planning est en pièce jointe. Pour un échange, voyez directement "
                f"avec la personne et prévenez-moi ({C.mob(coord)}).\n\nBien à vous\n{C.nm(coord, 'fl')}"
            )
            body = (
                f"Bonjour {C.nm(coord, 'first')},\n\nje serai absent{'e' if me.gender == 'f' else ''} le "
                f"{C.date(d)} et ne pourrai pas assurer la lecture. {C.nm(other, 'fl')} prend ma place et je "
                f"prends la sienne le {C.date(d + dt.timedelta(days=14))}. Son numéro si besoin : "
                f"{C.mob(other)}.\n\n{C.bye(False)}\n{C.nm(me, 'first')}"
            )
            subj = f"Échange du {C.date(d)}"
        elif C.lang == "it":
            q = (
                f"Carissimi,\n\nin allegato i nuovi turni. Chi deve scambiare si accordi direttamente e mi avvisi "
                f"({C.mob(coord)}).\n\nUn saluto\n{C.nm(coord, 'fl')}"
            )
            body = (
                f"Ciao {C.nm(coord, 'first')},\n\nil {C.date(d)} sarò via e non posso fare il turno. "
                f"{C.nm(other, 'fl')} mi sostituisce e io faccio il suo il {C.date(d + dt.timedelta(days=14))}. "
                f"Il suo numero, se serve: {C.mob(other)}.\n\n{C.bye(False)}\n{C.nm(me, 'first')}"
            )
            subj = f"Scambio turno {C.date(d)}"
        else:
            q = (
                f"Dear all,\n\nThe new rota is attached and on the noticeboard. If you need to swap, please sort "
                f"it out with the person directly and let me know ({C.mob(coord)}).\n\nMany thanks\n"
                f"{C.nm(coord, 'fl')}"
            )
            body = (
                f"Hi {C.nm(coord, 'first')},\n\nI'm away on {C.date(d)} so can't do {role.lower()}. "
                f"{C.nm(other, 'fl')} has offered to swap - {g(other, 'he', 'she')}'ll take my slot and I'll "
                f"do {g(other, 'his', 'hers')} on {C.date(d + dt.timedelta(days=14))}. "
                f"{g(other, 'His', 'Her')} number in case you need it: {C.mob(other)}.\n\n{C.bye(False)}\n"
                f"{C.nm(me, 'first')}"
            )
            subj = f"Swap on {C.date(d)}"
        head = C.mail_head(
            C.who(me, C.email(me)),
            C.who(coord, cm),
            subj,
            C.today,
            C.ri(7, 22),
            C.ri(0, 59),
            cc=C.email(other) if C.p(0.5) else "",
        )
        qq = C.quote(q, C.today - dt.timedelta(days=C.ri(3, 20)), C.ri(8, 21), C.ri(0, 59), coord, cm)
        return f"{head}\n\n{body}\n\n{qq}"
    # v3: rota app export + group chat
    roles = _roles(C)
    vols = [C.person(age=(18, 80)) for _ in range(C.ri(4, 6))]
    recs = []
    for p in vols:
        un = sorted(C.days(3, 60) for _ in range(C.ri(0, 2)))
        recs.append(
            {
                "name": C.nm(p, "fl"),
                "email": C.email(p),
                "phone": C.mob(p),
                "roles": C.r.sample(roles, C.ri(1, 2)),
                "unavailable": [d.isoformat() for d in un],
                "last_login": {
                    "at": f"{C.days(-20, 0).isoformat()}T{C.ri(6, 22):02d}:{C.ri(0, 59):02d}",
                    "ip": C.ipm(),
                },
            }
        )
    out = C.jdump({"parish": pname, "volunteers": recs}) if C.p(0.5) else C.yaml({"parish": pname, "volunteers": recs})
    a, b = vols[0], vols[1]
    s = C.senders([a, b, pastor])
    sd = _sundays(C, 2)[0]
    msgs = [
        (
            s[a.serial],
            C.t(
                f"Kann jemand am {C.short_date(sd)} den Kirchenkaffee übernehmen? Bin krank 🤒",
                f"Quelqu'un peut faire le café le {C.short_date(sd)} ? Je suis malade 🤒",
                f"Qualcuno può fare l'accoglienza il {C.short_date(sd)}? Sono malat{g(a, 'o', 'a')} 🤒",
                f"Can anyone do coffee on {C.short_date(sd)}? I'm ill 🤒",
            ),
        ),
        (
            s[b.serial],
            C.t(
                f"Mach ich! Gute Besserung {C.nm(a, 'first')}",
                f"Je m'en charge ! Bon rétablissement {C.nm(a, 'first')}",
                f"Ci penso io! Guarisci presto {C.nm(a, 'first')}",
                f"I'll do it! Get well soon {C.nm(a, 'first')}",
            ),
        ),
        (
            s[pastor.serial],
            C.t("Danke euch beiden 🙏", "Merci à vous deux 🙏", "Grazie a entrambi 🙏", "Thank you both 🙏"),
        ),
    ]
    hdr = C.t(
        "Export aus der Dienstplan-App",
        "Export de l'appli de planning",
        "Esportazione dall'app dei turni",
        "Export from the rota app",
    )
    return f"{hdr}:\n\n{out}\n\n{C.chat(msgs)}"


# ====================================================================================================================
# 6. memorial - memorial benches, trees and plaques in parks
# ====================================================================================================================

PARKS = {
    "de": ["Stadtpark", "Kurpark", "Schlossgarten", "Rheinuferpromenade", "Friedhof Ost", "Bürgerpark", "Mühlenteich"],
    "fr": [
        "parc municipal",
        "jardin des Plantes",
        "promenade du bord de l'eau",
        "parc du Château",
        "square de la Mairie",
        "jardin anglais",
    ],
    "it": ["parco Ducale", "giardini pubblici", "lungolago", "parco della Rimembranza", "parco comunale"],
    "en": [
        "Victoria Park",
        "the seafront promenade",
        "Riverside Park",
        "the Memorial Gardens",
        "Castle Green",
        "Lakeside Park",
    ],
}


def _parks_office(C: Ctx, t: tuple) -> tuple[str, str]:
    town = C.tname(t)
    sl = slug(town)
    return {
        "de_DE": (f"Stadt {town} – Grünflächenamt", f"stadt-{sl}.de"),
        "de_AT": ("Wiener Stadtgärten (MA 42)", "wien.gv.at")
        if town == "Wien"
        else (f"Stadtgemeinde {town} – Stadtgartenamt", f"{sl}.gv.at"),
        "de_CH": (f"Stadtgärtnerei {town}", f"{sl}.ch"),
        "fr_FR": (f"Ville de {town} – Direction des parcs et jardins", f"ville-{sl}.fr"),
        "fr_CH": (f"Ville de {town} – Service des parcs et domaines", f"{sl}.ch"),
        "it_IT": (f"Comune di {town} – Servizio Verde Pubblico", f"comune.{sl.replace('-', '')}.it"),
        "it_CH": (
            f"{'Città' if town in ('Lugano', 'Bellinzona', 'Locarno', 'Mendrisio') else 'Comune'} di {town} – "
            "Servizio parchi e giardini",
            f"{sl}.ch",
        ),
        "en_GB": (f"{town} City Council – Parks & Open Spaces", f"{sl}.gov.uk"),
        "en_US": (f"{town} Parks & Recreation – Memorial Bench and Tree Program", f"{sl.replace('-', '')}.gov"),
    }[C.loc]


ENGRAVERS = {
    "de": ["Gravur & Schild Manufaktur", "Steinmetz und Gravuren am Friedhof", "Messinggravuren Nord"],
    "fr": ["Gravure & Plaques du Centre", "Atelier de gravure du Lac", "Marbrerie des Tilleuls"],
    "it": ["Incisioni Artistiche Lombarde", "Targhe & Incisioni Centro", "Marmi e Incisioni del Lago"],
    "en": ["Heritage Plaques & Engraving", "Brass & Oak Memorials", "Cornerstone Engraving"],
}


def _plaque(C: Ctx, D: Person, died: dt.date) -> str:
    n = C.nm(D, C.ch(["fl", "fl", "first"]))
    sh = C.plain_shape()
    life = f"{C.dob(D, sh)} – {C.date(died, sh)}"
    x = C.ri(0, 2)
    if C.lang == "de":
        return [
            f"In liebevoller Erinnerung an {n}\n{life}",
            f"Zum Gedenken an {n} ({life})",
            f"{n}\n{life}\nEr liebte diesen Ort." if D.gender == "m" else f"{n}\n{life}\nSie liebte diesen Ort.",
        ][x]
    if C.lang == "fr":
        return [
            f"En souvenir de {n}\n{life}",
            f"À la mémoire de {n} ({life})",
            f"{n}\n{life}\n{g(D, 'Il', 'Elle')} aimait tant ce lieu.",
        ][x]
    if C.lang == "it":
        return [f"In ricordo di {n}\n{life}", f"In memoria di {n} ({life})", f"{n}\n{life}\nAmava questo posto."][x]
    return [
        f"In loving memory of {n}\n{life}",
        f"Remembering {n} ({life})",
        f"{n}\n{life}\n{g(D, 'He', 'She')} loved this view.",
    ][x]


def g_memorial(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Ist der Antrag so vollständig?", "Kannst du den Text für die Plakette kürzer formulieren?"],
                ["La demande est-elle complète ?", "Peux-tu raccourcir le texte de la plaque ?"],
                ["La domanda è completa?", "Puoi accorciare il testo della targa?"],
                ["Is this application complete?", "Can you make the plaque wording shorter?"],
            ),
            (
                ["Welche Patenschaften laufen dieses Jahr aus?", "Wen müssen wir wegen der Verlängerung anschreiben?"],
                [
                    "Quels parrainages arrivent à échéance cette année ?",
                    "Qui faut-il contacter pour le renouvellement ?",
                ],
                ["Quali adozioni scadono quest'anno?", "Chi dobbiamo contattare per il rinnovo?"],
                ["Which dedications expire this year?", "Who do we need to contact about renewals?"],
            ),
            (
                ["Formuliere die Antwort des Grünflächenamts.", "Was fehlt noch für die Bestellung?"],
                ["Rédige la réponse du service des parcs.", "Que manque-t-il pour la commande ?"],
                ["Scrivi la risposta dell'ufficio del verde.", "Cosa manca per l'ordine?"],
                ["Draft the parks team's reply.", "What's still missing before we can order?"],
            ),
            (
                ["Fass die Spenden zusammen.", "Welche Widmungen müssen noch geprüft werden?"],
                ["Fais le total des dons.", "Quelles dédicaces doivent encore être vérifiées ?"],
                ["Fai il totale delle donazioni.", "Quali dediche vanno ancora verificate?"],
                ["Total up the donations.", "Which dedications still need checking?"],
            ),
        ],
    )
    t = C.town()
    office, odom = _parks_office(C, t)
    park = C.ch(PARKS[C.lang])
    kind = C.ch(
        {
            "de": ["Gedenkbank", "Gedenkbaum (Linde)", "Baumpatenschaft (Spitzahorn)", "Parkbank mit Plakette"],
            "fr": ["banc commémoratif", "arbre du souvenir (tilleul)", "parrainage d'arbre (érable)"],
            "it": ["panchina in memoria", "albero in ricordo (tiglio)", "adozione di un albero (acero)"],
            "en": ["memorial bench", "memorial tree (oak)", "bench with plaque", "tree dedication (cherry)"],
        }[C.lang]
    )
    fee = C.ch([850, 1200, 1500, 1800, 2400, 3000])
    if v == 0:
        D = C.person(age=(55, 99))
        died = C.today - dt.timedelta(days=C.ri(60, 900))
        ap = C.relative(D, "child")
        if ap.age(C.today) < 21:
            ap = C.relative(D, "partner")
        ha = C.home(ap)
        rel = C.t(g(ap, "Sohn", "Tochter"), g(ap, "fils", "fille"), g(ap, "figlio", "figlia"), g(ap, "son", "daughter"))
        near = C.addr(t).street
        plq = _plaque(C, D, died).replace("\n", " / ")
        if C.lang == "de":
            rows = [
                ("Antragsteller/in", C.nm(ap, "fl")),
                ("Anschrift", C.aone(ha, ", ")),
                ("Telefon", C.mob(ap)),
                ("E-Mail", C.email(ap)),
                ("Verhältnis zur verstorbenen Person", rel),
                ("Name der verstorbenen Person", C.nm(D, "fl")),
                ("Geburtsdatum", C.dob(D)),
                ("Sterbedatum", C.date(died)),
                ("Art", kind),
                ("Wunschstandort", f"{park}, nahe {near}"),
                ("Text der Plakette", plq),
                ("Kosten (10 Jahre)", C.money(fee)),
                ("SEPA-Lastschrift, IBAN", C.ib()),
                ("Kontoinhaber/in", C.nm(ap, "fl")),
                ("Datum", C.date(C.today)),
                ("Unterschrift", C.nm(ap, "fl")),
            ]
            title = "Antrag auf eine Gedenkbank / Baumpatenschaft"
        elif C.lang == "fr":
            rows = [
                ("Demandeur", C.nm(ap, "fl")),
                ("Adresse", C.aone(ha, ", ")),
                ("Téléphone", C.mob(ap)),
                ("Courriel", C.email(ap)),
                ("Lien avec le défunt", rel),
                ("Nom du défunt", C.nm(D, "fl")),
                ("Date de naissance", C.dob(D)),
                ("Date du décès", C.date(died)),
                ("Type", kind),
                (
                    "Emplacement souhaité",
                    f"{park}, près de la {near}" if near.startswith("rue") else f"{park}, côté {near}",
                ),
                ("Texte de la plaque", plq),
                ("Coût (10 ans)", C.money(fee)),
                ("IBAN (prélèvement)", C.ib()),
                ("Titulaire", C.nm(ap, "fl")),
                ("Fait le", C.date(C.today)),
                ("Signature", C.nm(ap, "fl")),
            ]
            title = "Demande de banc commémoratif / parrainage d'arbre"
        elif C.lang == "it":
            rows = [
                ("Richiedente", C.nm(ap, "fl")),
                ("Indirizzo", C.aone(ha, ", ")),
                ("Telefono", C.mob(ap)),
                ("E-mail", C.email(ap)),
                ("Rapporto con il defunto", rel),
                ("Nome del defunto", C.nm(D, "fl")),
                ("Data di nascita", C.dob(D)),
                ("Data del decesso", C.date(died)),
                ("Tipo", kind),
                ("Luogo preferito", f"{park}, vicino a {near}"),
                ("Testo della targa", plq),
                ("Costo (10 anni)", C.money(fee)),
                ("IBAN per l'addebito", C.ib()),
                ("Intestatario", C.nm(ap, "fl")),
                ("Data", C.date(C.today)),
                ("Firma", C.nm(ap, "fl")),
            ]
            title = "Richiesta panchina in memoria / adozione albero"
        else:
            pay = (
                f"Check no. {C.digits(4)}"
                if C.us
                else C.ch([f"Card {C.masked()}", "Cheque enclosed", f"Bank transfer from {C.nm(ap, 'fl')}"])
            )
            rows = [
                ("Applicant", C.nm(ap, "fl")),
                ("Address", C.aone(ha, ", ")),
                ("Phone", C.mob(ap)),
                ("Email", C.email(ap)),
                ("Relationship to the deceased", rel),
                ("Name of the deceased", C.nm(D, "fl")),
                ("Date of birth", C.dob(D)),
                ("Date of death", C.date(died)),
                ("Type", kind),
                ("Preferred location", f"{park}, near {near}"),
                ("Plaque wording", plq),
                ("Fee (10 years)", C.money(fee)),
                ("Payment", pay),
                ("Date", C.date(C.today)),
                ("Signed", C.nm(ap, "fl")),
            ]
            title = "Memorial Bench and Tree Dedication – Application"
        txt = f"{office}\n{title}\n\n{C.form(rows)}"
        return C.ocr(txt) if C.p(0.15) else txt
    if v == 1:
        rows = []
        for _k in range(C.ri(5, 8)):
            D = C.person(age=(60, 99))
            ap = C.person(age=(35, 80))
            inst = C.today - dt.timedelta(days=C.ri(200, 3600))
            exp = dt.date(inst.year + 10, inst.month, min(inst.day, 28))
            rows.append(
                [
                    f"{C.ch(['B', 'T'])}-{C.ri(1, 240):03d}",
                    C.ch(PARKS[C.lang]),
                    C.nm(D, "fl"),
                    C.nm(ap, C.ch(["fl", "lf"])),
                    C.mob(ap) if C.p(0.6) else C.land(ap),
                    C.short_date(inst) + f"{inst.year}" if C.lang == "de" else C.date(inst),
                    C.date(exp),
                ]
            )
        hdr = C.t(
            ["Nr.", "Standort", "Gewidmet", "Pate/Patin", "Telefon", "Aufgestellt", "Läuft ab"],
            ["N°", "Lieu", "Dédié à", "Demandeur", "Téléphone", "Posé le", "Échéance"],
            ["N.", "Luogo", "Dedicata a", "Richiedente", "Telefono", "Posata il", "Scadenza"],
            ["No.", "Location", "In memory of", "Applicant", "Phone", "Installed", "Expires"],
        )
        tbl = C.table(hdr, rows)
        a, b = C.person(age=(25, 60)), C.person(age=(25, 60))
        s = C.senders([a, b], phone_ok=False)
        rel = C.person(age=(35, 80))
        ra = C.addr(t)
        msgs = [
            (
                s[a.serial],
                C.t(
                    f"Plakette an {rows[0][0]} ({rows[0][1]}) wurde abgeschraubt. Wer ruft die Patin an?",
                    f"La plaque du {rows[0][0]} ({rows[0][1]}) a été arrachée. Qui prévient la famille ?",
                    f"La targa della {rows[0][0]} ({rows[0][1]}) è stata staccata. Chi avvisa la famiglia?",
                    f"Plaque on {rows[0][0]} ({rows[0][1]}) has been unscrewed. Who's ringing the family?",
                ),
            ),
            (s[b.serial], C.t("Mach ich.", "Je m'en occupe.", "Ci penso io.", "I'll do it.")),
            (
                s[b.serial],
                C.t(
                    f"Verlängerungsschreiben für {rows[-1][0]} kam zurück. Neue Adresse laut Tochter: "
                    f"{C.nm(rel, 'fl')}, {C.aone(ra, ', ')}",
                    f"Le courrier de renouvellement pour {rows[-1][0]} est revenu. Nouvelle adresse : "
                    f"{C.nm(rel, 'fl')}, {C.aone(ra, ', ')}",
                    f"La lettera di rinnovo per {rows[-1][0]} è tornata indietro. Nuovo indirizzo: "
                    f"{C.nm(rel, 'fl')}, {C.aone(ra, ', ')}",
                    f"Renewal letter for {rows[-1][0]} came back. New address per the daughter: "
                    f"{C.nm(rel, 'fl')}, {C.aone(ra, ', ')}",
                ),
            ),
        ]
        head = C.t(
            "Register Gedenkbänke und Baumpatenschaften",
            "Registre des bancs et arbres commémoratifs",
            "Registro panchine e alberi in memoria",
            "Memorial bench and tree register",
        )
        return f"{office}\n{head}\n\n{tbl}\n\n{C.chat(msgs)}"
    if v == 2:
        D = C.person(age=(60, 99))
        died = C.today - dt.timedelta(days=C.ri(60, 700))
        ap = C.relative(D, "child")
        sib = C.relative(D, "child")
        off = C.person(age=(26, 62))
        om = C.wmail(off, odom)
        din = C.phone("land", C.tarea(t), din=True)
        eng = C.org(C.ch(ENGRAVERS[C.lang]), town=t)
        ibs = C.ib() if C.cc != "US" else None
        plq = _plaque(C, D, died)
        if C.lang == "de":
            q = (
                f"{C.greet(ap)},\n\nwir können Ihnen eine {kind} im {park} anbieten. Die Kosten betragen "
                f"{C.money(fee)} für zehn Jahre, die Plakette fertigt {eng.name} ({C.aone(eng.addr, ', ')}). "
                f"Bitte senden Sie uns den gewünschten Text und das Geburtsdatum zur Kontrolle.\n\n{C.bye()}\n"
                f"{C.sig(off, 'Grünflächenamt', None, m('PHONE', din), om)}"
            )
            body = (
                f"{C.greet(off)},\n\nvielen Dank für das Angebot, wir nehmen es gern an. Der Text soll lauten:\n\n"
                f"{plq}\n\nDie Kosten teilen wir uns mit {g(sib, 'meinem Bruder', 'meiner Schwester')} "
                f"{C.nm(sib, 'fl')}; bitte buchen Sie die Hälfte von {g(sib, 'seinem', 'ihrem')} Konto ab "
                f"(IBAN {ibs}), {g(sib, 'er', 'sie')} ist einverstanden. {g(sib, 'Er', 'Sie')} ist unter "
                f"{C.mob(sib)} erreichbar.\n\n{C.bye()}\n{C.nm(ap, 'fl')}\n{C.aone(C.home(ap), ', ')}"
            )
            subj = f"AW: {kind} – Angebot"
        elif C.lang == "fr":
            q = (
                f"{C.greet(ap)},\n\nnous pouvons vous proposer un {kind} au {park}. Le coût est de "
                f"{C.money(fee)} pour dix ans ; la plaque sera réalisée par {eng.name} "
                f"({C.aone(eng.addr, ', ')}). Merci de nous transmettre le texte et la date de naissance.\n\n"
                f"{C.bye()}\n{C.sig(off, '', None, m('PHONE', din), om)}"
            )
            body = (
                f"{C.greet(off)},\n\nmerci, nous acceptons volontiers. Voici le texte souhaité :\n\n{plq}\n\n"
                f"Nous partageons les frais avec {g(sib, 'mon frère', 'ma sœur')} {C.nm(sib, 'fl')} ; merci "
                f"de prélever la moitié sur son compte (IBAN {ibs}), {g(sib, 'il', 'elle')} est d'accord. "
                f"Son portable : {C.mob(sib)}.\n\n{C.bye()}\n{C.nm(ap, 'fl')}\n{C.aone(C.home(ap), ', ')}"
            )
            subj = f"RE: {kind} – proposition"
        elif C.lang == "it":
            q = (
                f"{C.greet(ap)},\n\npossiamo proporle una {kind} al {park}. Il costo è di {C.money(fee)} per dieci "
                f"anni; la targa sarà realizzata da {eng.name} ({C.aone(eng.addr, ', ')}). Ci invii il testo e la "
                f"data di nascita per la verifica.\n\n{C.bye()}\n{C.sig(off, '', None, m('PHONE', din), om)}"
            )
            body = (
                f"{C.greet(off)},\n\ngrazie, accettiamo volentieri. Il testo è:\n\n{plq}\n\nDividiamo la spesa "
                f"con {g(sib, 'mio fratello', 'mia sorella')} {C.nm(sib, 'fl')}: addebitate metà sul suo conto "
                f"(IBAN {ibs}), è d'accordo. Il suo cellulare: {C.mob(sib)}.\n\n{C.bye()}\n{C.nm(ap, 'fl')}\n"
                f"{C.aone(C.home(ap), ', ')}"
            )
            subj = f"R: {kind} – proposta"
        else:
            q = (
                f"{C.greet(ap)},\n\nWe can offer you a {kind} in {park}. The fee is {C.money(fee)} for ten years; "
                f"the plaque is made by {eng.name} ({C.aone(eng.addr, ', ')}). Please send us the wording and the "
                f"date of birth so we can check them.\n\n{C.bye()}\n"
                f"{C.sig(off, 'Parks Officer', None, m('PHONE', din), om)}"
            )
            pay = (
                f"please take half from {g(sib, 'his', 'her')} account (IBAN {ibs})"
                if ibs
                else f"{g(sib, 'he', 'she')} will mail a check for half"
            )
            body = (
                f"{C.greet(off)},\n\nThank you - we'd love to go ahead. The wording is:\n\n{plq}\n\nWe're "
                f"splitting the cost with my {g(sib, 'brother', 'sister')} {C.nm(sib, 'fl')}; {pay}. "
                f"{g(sib, 'He', 'She')} is on {C.mob(sib)}.\n\n{C.bye()}\n{C.nm(ap, 'fl')}\n"
                f"{C.aone(C.home(ap), ', ')}"
            )
            subj = f"RE: {kind} - offer"
        head = C.mail_head(C.who(ap, C.email(ap)), C.who(off, om), subj, C.today, C.ri(7, 22), C.ri(0, 59))
        qq = C.quote(q, C.today - dt.timedelta(days=C.ri(2, 20)), C.ri(8, 16), C.ri(0, 59), off, om)
        return f"{head}\n\n{body}\n\n{qq}"
    # v3: online dedication/donation export
    recs = []
    for dd, hh, mm in C.times(C.today - dt.timedelta(days=40), C.today, C.ri(3, 5)):
        D = C.person(age=(50, 99))
        died = C.today - dt.timedelta(days=C.ri(90, 2000))
        dn = C.person(age=(25, 80))
        iso = C.p(0.6)
        rec = {
            "submitted": f"{dd.isoformat()} {hh:02d}:{mm:02d}",
            "donor": C.nm(dn, "fl"),
            "email": C.email(dn),
            "phone": C.mob(dn),
            "address": C.aone(C.home(dn), ", "),
            "type": C.ch(["bench", "tree", "plaque"]),
            "in_memory_of": {
                "name": C.nm(D, "fl"),
                "born": m("DOB", D.dob.isoformat()) if iso else C.dob(D),
                "died": died.isoformat() if iso else C.date(died),
            },
            "amount": C.ri(50, 3000),
            "payment": C.ch(["card " + C.masked(), "sepa", "bank transfer"]),
            "ip": C.ipm(),
        }
        if C.us:
            rec["payment"] = C.ch(["card " + C.masked(), "check", "ACH"])
        recs.append(rec)
    body = C.yaml({"dedications": recs}) if C.p(0.35) else C.jdump(recs)
    hdr = C.t(
        f"Online-Formular Gedenkbänke – Export ({office})",
        f"Formulaire en ligne – export ({office})",
        f"Modulo online – esportazione ({office})",
        f"Online dedication form – export ({office})",
    )
    return f"{hdr}\n\n{body}"


# ====================================================================================================================
# 7. transitpass - public-transport season tickets and travel cards
# ====================================================================================================================


def _operator(C: Ctx, t: tuple) -> str:
    town = C.tname(t)
    return C.ch(
        {
            "de_DE": [f"Verkehrsbetriebe {town}", f"Abo-Center der Stadtwerke {town}", "Verkehrsverbund Mitte"],
            "de_AT": [
                "Wiener Linien Kundenservice" if town == "Wien" else f"Stadtverkehr {town}",
                "Verkehrsverbund Ost-Region",
            ],
            "de_CH": [f"Verkehrsbetriebe {town}", "Tarifverbund Mittelland", "Reisezentrum am Bahnhof"],
            "fr_FR": [f"Réseau de transports de {town}", f"Agence commerciale des transports de {town}"],
            "fr_CH": [f"Transports publics de {town}", "Communauté tarifaire romande"],
            "it_IT": [f"Azienda Trasporti {town}", f"Mobilità {town} spa"],
            "it_CH": [f"Trasporti pubblici {town}", "Comunità tariffale Ticino"],
            "en_GB": [f"{town} Travel Card Centre", f"{town} Buses customer services"],
            "en_US": [f"{town} Regional Transit Authority", f"{town} Metro Transit"],
        }[C.loc]
    )


def _pass(C: Ctx, p: Person) -> str:
    a = p.age(C.today)
    young = a < 20
    old = a >= 64
    opts = {
        "de_DE": (
            ["Schülerticket", "Deutschlandticket Jugend"],
            ["Seniorenabo 65+", "Deutschlandticket"],
            ["Deutschlandticket", "Jobticket", "Jahresabo Zone A"],
        ),
        "de_AT": (["Top-Jugendticket"], ["Seniorenjahreskarte"], ["Jahreskarte", "Klimaticket Österreich"]),
        "de_CH": (
            ["Junior-Karte", "Verbundabo Jugend"],
            ["GA Senior", "Halbtax"],
            ["Halbtax", "GA 2. Klasse", "Verbundabo Zonen 110/111"],
        ),
        "fr_FR": (["abonnement jeune -26 ans"], ["abonnement senior"], ["abonnement annuel", "abonnement mensuel"]),
        "fr_CH": (["abonnement junior"], ["abonnement senior AVS"], ["abonnement annuel", "demi-tarif"]),
        "it_IT": (["abbonamento studenti"], ["abbonamento over 65"], ["abbonamento annuale", "abbonamento mensile"]),
        "it_CH": (["abbonamento giovani"], ["abbonamento AVS"], ["abbonamento annuale", "metà-prezzo"]),
        "en_GB": (
            ["16-25 Railcard", "young person's bus pass"],
            ["Senior Railcard", "older person's bus pass"],
            ["annual season ticket", "monthly bus pass"],
        ),
        "en_US": (["Youth pass"], ["Reduced Fare card (65+)", "Honored Citizen pass"], ["Monthly pass", "Annual pass"]),
    }[C.loc]
    return C.ch(opts[0] if young else opts[1] if old else opts[2])


def _custno(C: Ctx) -> str:
    if C.cc == "CH":
        return f"C{C.digits(3)}-{C.digits(3)}-{C.digits(3)}"
    return C.ch(["", "KD-", "AB", "N°"]) + C.digits(C.ri(7, 9)) if C.lang != "en" else C.digits(9)


def g_transitpass(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Hab ich das Formular richtig ausgefüllt?", "Welche Nachweise brauche ich noch?"],
                ["Ai-je bien rempli le formulaire ?", "Quels justificatifs dois-je joindre ?"],
                ["Ho compilato bene il modulo?", "Quali documenti devo allegare?"],
                ["Have I filled this in correctly?", "What proof do I still need to send?"],
            ),
            (
                ["Welche Fälle sind noch offen?", "Sortier die Fälle nach Dringlichkeit."],
                ["Quels dossiers sont encore ouverts ?", "Trie les dossiers par urgence."],
                ["Quali pratiche sono ancora aperte?", "Ordina le pratiche per urgenza."],
                ["Which cases are still open?", "Sort the cases by urgency."],
            ),
            (
                ["Formuliere eine Antwort des Kundenservice.", "Habe ich Anspruch auf die Erstattung?"],
                ["Rédige la réponse du service client.", "Ai-je droit au remboursement ?"],
                ["Scrivi la risposta del servizio clienti.", "Ho diritto al rimborso?"],
                ["Draft the customer service reply.", "Am I entitled to a refund?"],
            ),
            (
                ["Gibt es verdächtige Logins?", "Fass das Kundenkonto kurz zusammen."],
                ["Y a-t-il des connexions suspectes ?", "Résume le compte client."],
                ["Ci sono accessi sospetti?", "Riassumi il profilo cliente."],
                ["Are there any suspicious logins?", "Summarise this customer account."],
            ),
        ],
    )
    t = C.town()
    opn = _operator(C, t)
    op = C.org(opn, town=t, role=C.t("abo", "abonnements", "abbonamenti", "passes"))
    if v == 0:
        minor = C.p(0.35)
        if minor:
            par = C.person(age=(32, 58))
            h = C.child(par, (8, 17))
            ha = C.home(par)
            h.addr = ha
        else:
            h = C.person(age=(19, 88))
            par = None
            ha = C.home(h)
        pas = _pass(C, h)
        start = dt.date(C.today.year + (C.today.month == 12), C.today.month % 12 + 1, 1)
        acc = par or h
        if C.lang == "de":
            rows = [
                ("Name", C.nm(h, "last")),
                ("Vorname", C.nm(h, "first")),
                ("Geburtsdatum", C.dob(h)),
                ("Straße, Hausnr.", C.a1(ha)),
                ("PLZ, Ort", C.a2(ha)),
                ("Telefon", C.mob(acc)),
                ("E-Mail", C.email(acc)),
                ("Kundennummer (falls vorhanden)", _custno(C) if C.p(0.4) else "—"),
                ("Gewünschtes Abo", pas),
                ("Gültig ab", C.date(start)),
            ]
            if par:
                rows += [
                    ("Erziehungsberechtigte/r", C.nm(par, "fl")),
                    ("Geburtsdatum (Erziehungsberechtigte/r)", C.dob(par)),
                ]
            if C.cc == "CH":
                rows += [("Zahlung", C.ch(["Rechnung", "eBill", "LSV+"])), ("IBAN (für LSV+)", C.ib())]
            else:
                rows += [("SEPA-Lastschriftmandat – IBAN", C.ib()), ("Kontoinhaber/in", C.nm(acc, "fl"))]
            rows += [("Datum, Unterschrift", f"{C.date(C.today)}, {C.nm(acc, 'fl')}")]
            title = C.ch(["Bestellschein Abonnement", "Antrag auf ein Jahresabo", "Abo-Bestellung"])
        elif C.lang == "fr":
            rows = [
                ("Nom", C.nm(h, "last")),
                ("Prénom", C.nm(h, "first")),
                ("Date de naissance", C.dob(h)),
                ("Adresse", C.a1(h.addr)),
                ("Code postal / Ville", C.a2(ha)),
                ("Téléphone", C.mob(acc)),
                ("Courriel", C.email(acc)),
                ("N° client", _custno(C) if C.p(0.4) else "—"),
                ("Formule", pas),
                ("Début de validité", C.date(start)),
            ]
            if par:
                rows += [("Représentant légal", C.nm(par, "fl")), ("Né(e) le", C.dob(par))]
            rows += [
                ("IBAN (prélèvement mensuel)", C.ib()),
                ("Titulaire du compte", C.nm(acc, "fl")),
                ("Date et signature", f"{C.date(C.today)} – {C.nm(acc, 'fl')}"),
            ]
            title = "Formulaire de souscription – abonnement"
        elif C.lang == "it":
            rows = [
                ("Cognome", C.nm(h, "last")),
                ("Nome", C.nm(h, "first")),
                ("Data di nascita", C.dob(h)),
                ("Indirizzo", C.a1(ha)),
                ("CAP e città", C.a2(ha)),
                ("Telefono", C.mob(acc)),
                ("E-mail", C.email(acc)),
                ("Codice cliente", _custno(C) if C.p(0.4) else "—"),
                ("Tipo di abbonamento", pas),
                ("Decorrenza", C.date(start)),
            ]
            if par:
                rows += [("Genitore / tutore", C.nm(par, "fl")), ("Data di nascita del genitore", C.dob(par))]
            rows += [
                ("IBAN per addebito (SDD)", C.ib()),
                ("Intestatario del conto", C.nm(acc, "fl")),
                ("Data e firma", f"{C.date(C.today)} – {C.nm(acc, 'fl')}"),
            ]
            title = "Modulo di richiesta abbonamento"
        else:
            rows = [
                ("Surname", C.nm(h, "last")),
                ("First name", C.nm(h, "first")),
                ("Date of birth", C.dob(h)),
                ("Address", C.a1(ha)),
                ("Town / postcode" if not C.us else "City, State, ZIP", C.a2(ha)),
                ("Phone", C.mob(acc)),
                ("Email", C.email(acc)),
                ("Pass type", pas),
                ("Start date", C.date(start)),
            ]
            if par:
                rows += [("Parent / guardian", C.nm(par, "fl")), ("Guardian's date of birth", C.dob(par))]
            if C.us:
                card = C.card() if C.p(0.4) else None
                rows += [("Autopay card", m("CARD", card) if card else C.masked()), ("Cardholder", C.nm(acc, "fl"))]
            else:
                rows += [
                    ("Direct Debit – account holder", C.nm(acc, "fl")),
                    (
                        "IBAN / account",
                        C.ib()
                        if C.p(0.6)
                        else f"sort code {C.digits(2)}-{C.digits(2)}-{C.digits(2)}, account ending {C.digits(4)}",
                    ),
                ]
            rows += [("Signature / date", f"{C.nm(acc, 'fl')}, {C.date(C.today)}")]
            title = "Pass application form"
        txt = f"{opn}\n{title}\n\n{C.form(rows)}"
        return C.ocr(txt) if C.p(0.2) else txt
    if v == 1:
        issues = {
            "de": [
                "Karte defekt",
                "Abbuchung doppelt",
                "Adressänderung",
                "Kündigung",
                "Karte verloren",
                "Altersnachweis fehlt",
            ],
            "fr": [
                "carte défectueuse",
                "double prélèvement",
                "changement d'adresse",
                "résiliation",
                "carte perdue",
                "justificatif manquant",
            ],
            "it": [
                "tessera guasta",
                "doppio addebito",
                "cambio indirizzo",
                "disdetta",
                "tessera smarrita",
                "documento mancante",
            ],
            "en": [
                "faulty card",
                "charged twice",
                "change of address",
                "cancellation",
                "lost card",
                "proof of age missing",
            ],
        }[C.lang]
        sts = C.t("offen|erledigt|Rückruf", "ouvert|clos|rappel", "aperta|chiusa|richiamare", "open|closed|call back")
        rows = []
        ppl = []
        for _ in range(C.ri(5, 8)):
            p = C.person(age=(15, 88))
            ppl.append(p)
            rows.append(
                [
                    f"#{C.digits(6)}",
                    C.nm(p, C.ch(["lf", "fl"])),
                    C.dob(p, C.dshape),
                    C.ch(issues),
                    C.mob(p) if C.p(0.7) else C.land(p),
                    C.ch(sts.split("|")),
                ]
            )
        hdr = C.t(
            ["Fall", "Kunde", "Geb.", "Anliegen", "Telefon", "Status"],
            ["Dossier", "Client", "Né(e) le", "Motif", "Téléphone", "Statut"],
            ["Pratica", "Cliente", "Nato/a il", "Motivo", "Telefono", "Stato"],
            ["Case", "Customer", "DOB", "Issue", "Phone", "Status"],
        )
        tbl = C.table(hdr, rows)
        a, b = C.person(age=(22, 60)), C.person(age=(22, 60))
        s = C.senders([a, b], phone_ok=False)
        x = ppl[1]
        na = C.addr(t)
        msgs = [
            (
                s[a.serial],
                C.t(
                    f"{C.mr(x)} war am Schalter, neue Adresse: {C.aone(na, ', ')}. Kannst du das im System ändern?",
                    f"{C.mr(x)} est passé{'e' if x.gender == 'f' else ''} au guichet, nouvelle adresse : "
                    f"{C.aone(na, ', ')}. Tu peux mettre à jour ?",
                    f"{C.mr(x)} è passat{g(x, 'o', 'a')} allo sportello, nuovo indirizzo: "
                    f"{C.aone(na, ', ')}. Puoi aggiornarlo?",
                    f"{C.mr(x)} came to the desk, new address: {C.aone(na, ', ')}. Can you update it?",
                ),
            ),
            (
                s[b.serial],
                C.t(
                    "Erledigt. Neue Karte geht morgen raus.",
                    "C'est fait, nouvelle carte envoyée demain.",
                    "Fatto, la nuova tessera parte domani.",
                    "Done. New card goes out tomorrow.",
                ),
            ),
            (
                s[a.serial],
                C.t(
                    f"Danke! Und {C.mr(ppl[0])} bitte zurückrufen wegen der Abbuchung.",
                    f"Merci ! Et rappeler {C.mr(ppl[0])} pour le prélèvement.",
                    f"Grazie! E richiama {C.mr(ppl[0])} per l'addebito.",
                    f"Thanks! And please call {C.mr(ppl[0])} back about the charge.",
                ),
            ),
        ]
        head = C.t(
            f"Kundenservice – Fallliste {C.date(C.today)}",
            f"Service client – dossiers du {C.date(C.today)}",
            f"Servizio clienti – pratiche del {C.date(C.today)}",
            f"Customer service – cases {C.date(C.today)}",
        )
        return f"{opn}\n{head}\n\n{tbl}\n\n{C.chat(msgs)}"
    if v == 2:
        me = C.person(age=(19, 85))
        ha = C.home(me)
        ag = C.person(age=(22, 60))
        cno = _custno(C)
        amt = C.money(C.ch([49, 58, 63.5, 86, 365 / 12, 69.9, 84]))
        ended = C.today - dt.timedelta(days=C.ri(20, 60))
        if C.lang == "de":
            q = (
                f"{C.greet(me)},\n\nIhr Abo wurde zum {C.date(ended)} gekündigt. Für eine Prüfung der Abbuchung "
                f"benötigen wir Ihr Geburtsdatum und die IBAN, auf die wir erstatten sollen.\n\n{C.bye()}\n"
                f"{C.nm(ag, 'first')} vom Kundenservice\n{opn}"
            )
            body = (
                f"Guten Tag,\n\ntrotz Kündigung zum {C.date(ended)} wurden mir erneut {amt} abgebucht. "
                f"Meine Daten:\n\nKundennummer: {cno}\nName: {C.nm(me, 'fl')}\nGeburtsdatum: {C.dob(me)}\n"
                f"Anschrift: {C.aone(ha, ', ')}\nErstattung bitte auf: {C.ib()}\n\nBitte um kurze "
                f"Bestätigung an {C.email(me)} oder {C.mob(me)}.\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = f"AW: Kündigung Abo {cno} – doppelte Abbuchung"
        elif C.lang == "fr":
            q = (
                f"{C.greet(me)},\n\nvotre abonnement a été résilié au {C.date(ended)}. Pour vérifier le "
                f"prélèvement, merci de nous indiquer votre date de naissance et l'IBAN de remboursement.\n\n"
                f"{C.bye()}\n{C.nm(ag, 'first')}, service client\n{opn}"
            )
            body = (
                f"Bonjour,\n\nmalgré la résiliation au {C.date(ended)}, j'ai encore été prélevé"
                f"{'e' if me.gender == 'f' else ''} de {amt}. Mes informations :\n\nN° client : {cno}\n"
                f"Nom : {C.nm(me, 'fl')}\nDate de naissance : {C.dob(me)}\nAdresse : {C.aone(ha, ', ')}\n"
                f"IBAN pour le remboursement : {C.ib()}\n\nMerci de me confirmer à {C.email(me)} ou au "
                f"{C.mob(me)}.\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = f"RE: Résiliation abonnement {cno} – prélèvement en trop"
        elif C.lang == "it":
            q = (
                f"{C.greet(me)},\n\nil suo abbonamento è stato disdetto dal {C.date(ended)}. Per verificare "
                f"l'addebito ci servono la data di nascita e l'IBAN per il rimborso.\n\n{C.bye()}\n"
                f"{C.nm(ag, 'first')}, servizio clienti\n{opn}"
            )
            body = (
                f"Buongiorno,\n\nnonostante la disdetta dal {C.date(ended)} mi sono stati addebitati altri "
                f"{amt}. I miei dati:\n\nCodice cliente: {cno}\nNome: {C.nm(me, 'fl')}\nData di nascita: "
                f"{C.dob(me)}\nIndirizzo: {C.aone(ha, ', ')}\nIBAN per il rimborso: {C.ib()}\n\nAttendo "
                f"conferma a {C.email(me)} o al {C.mob(me)}.\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = f"R: Disdetta abbonamento {cno} – addebito non dovuto"
        else:
            refund = f"Refund to: {C.ib()}" if not C.us else f"Refund to my card ending {C.digits(4)}"
            q = (
                f"{C.greet(me)},\n\nYour pass was cancelled from {C.date(ended)}. To look into the payment we need "
                f"your date of birth and where you'd like the refund to go.\n\n{C.bye()}\n"
                f"{C.nm(ag, 'first')}, Customer Services\n{opn}"
            )
            body = (
                f"Hello,\n\nDespite cancelling from {C.date(ended)} I've been charged {amt} again. My details:"
                f"\n\nCustomer number: {cno}\nName: {C.nm(me, 'fl')}\nDate of birth: {C.dob(me)}\nAddress: "
                f"{C.aone(ha, ', ')}\n{refund}\n\nPlease confirm to {C.email(me)} or {C.mob(me)}.\n\n"
                f"{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = f"RE: Cancellation {cno} - charged twice"
        agm = C.wmail(ag, op.domain) if C.p(0.5) else op.role
        head = C.mail_head(C.who(me, C.email(me)), agm, subj, C.today, C.ri(7, 22), C.ri(0, 59))
        qa = C.quote(
            q,
            C.today - dt.timedelta(days=C.ri(1, 8)),
            C.ri(8, 17),
            C.ri(0, 59),
            ag,
            agm if "@" in plain(agm) else op.role,
        )
        return f"{head}\n\n{body}\n\n{qa}"
    # v3: account export
    me = C.person(age=(16, 85))
    ha = C.home(me)
    iso = C.p(0.6)
    logins = []
    ip0 = C.ip()
    for dd, hh, mm in C.times(C.today - dt.timedelta(days=30), C.today, C.ri(3, 6)):
        ipx = ip0 if C.p(0.6) else C.ip()
        logins.append(
            {
                "at": f"{dd.isoformat()}T{hh:02d}:{mm:02d}:{C.ri(0, 59):02d}Z",
                "ip": m("IP", ipx),
                "device": C.ch(["iOS app 6.2.1", "Android app 6.1.9", "web"]),
            }
        )
    prof = {
        "customer_no": _custno(C),
        "name": {"first": C.nm(me, "first"), "last": C.nm(me, "last")},
        "date_of_birth": m("DOB", me.dob.isoformat()) if iso else C.dob(me, C.dshape),
        "email": C.email(me),
        "phone": C.mob(me),
        "address": {"street": C.a1(ha), "city": C.a2(ha)},
        "passes": [
            {
                "type": _pass(C, me),
                "valid_from": dt.date(C.today.year, 1, 1).isoformat(),
                "valid_to": dt.date(C.today.year, 12, 31).isoformat(),
                "status": C.ch(["active", "paused"]),
            }
        ],
        "payment": (
            {
                "method": {"CH": "lsv", "GB": "direct_debit"}.get(C.cc, "sepa"),
                "iban": C.ib(grouped=False),
                "holder": C.nm(me, "fl"),
            }
            if C.cc != "US"
            else {"method": "card", "card": C.masked()}
        ),
        "logins": logins,
    }
    out = C.yaml(prof) if C.p(0.35) else C.jdump(prof)
    hdr = C.t(
        f"Kundenkonto-Export ({opn})",
        f"Export du compte client ({opn})",
        f"Esportazione profilo cliente ({opn})",
        f"Customer account export ({opn})",
    )
    return f"{hdr}\n\n{out}"


# ====================================================================================================================
# 8. sicknote - sick-leave notifications, absence records and HR follow-ups
# ====================================================================================================================

EMPLOYERS = {
    "de_DE": [
        "Nordwind Logistik GmbH",
        "Bäckerei Sonnenkorn GmbH",
        "Softwarehaus Brückenkopf GmbH",
        "Pflegedienst Lebensbaum",
        "Autohaus am Ring GmbH",
    ],
    "de_AT": ["Alpenblick Hotelbetriebs GmbH", "Donau Logistik GmbH", "Steirische Elektrotechnik GmbH"],
    "de_CH": ["Spitex Region Mittelland", "Aare Druck AG", "Seeland Gartenbau AG", "Limmat Informatik AG"],
    "fr_FR": [
        "Transports de l'Ouest SAS",
        "Boulangeries du Centre",
        "Groupe Hospitalier des Tilleuls",
        "Atelier Numérique SARL",
    ],
    "fr_CH": ["Horlogerie du Jura SA", "EMS Les Glycines", "Léman Informatique SA"],
    "it_IT": ["Officine Meccaniche Lombarde spa", "Cooperativa Sociale Il Ponte", "Logistica Adriatica srl"],
    "it_CH": ["Ticino Servizi Sanitari SA", "Officine Ceresio SA", "Albergo Lago Maggiore SA"],
    "en_GB": ["Northfield Logistics Ltd", "Greenway Housing Association", "Brightside Care Ltd"],
    "en_US": ["Lakeside Medical Supplies Inc.", "Summit Logistics LLC", "Riverbend Senior Living"],
}
PRACTICES = {
    "de": [
        "Hausarztpraxis am Markt",
        "Gemeinschaftspraxis Lindenhof",
        "MVZ Stadtmitte",
        "Kinderarztpraxis Sonnenschein",
    ],
    "fr": ["Cabinet médical du Parc", "Maison de santé des Lilas", "Centre médical de la Gare"],
    "it": ["Studio medico associato", "Poliambulatorio Centro", "Ambulatorio di medicina generale"],
    "en": ["Riverside Surgery", "Parkview Medical Practice", "Family Medicine Associates", "Westgate Health Centre"],
}


def g_sicknote(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Formulier die Krankmeldung etwas förmlicher.", "Fehlt in der Nachricht etwas Wichtiges?"],
                ["Reformule ce message de façon plus formelle.", "Manque-t-il quelque chose d'important ?"],
                ["Rendi il messaggio un po' più formale.", "Manca qualcosa di importante?"],
                ["Make this sick note email a bit more formal.", "Is anything important missing?"],
            ),
            (
                ["Wer muss diese Woche vertreten werden?", "Fass die Fehlzeiten pro Abteilung zusammen."],
                ["Qui faut-il remplacer cette semaine ?", "Résume les absences par service."],
                ["Chi va sostituito questa settimana?", "Riassumi le assenze per reparto."],
                ["Who needs cover this week?", "Summarise absences by department."],
            ),
            (
                ["Ist die Antwort an HR vollständig?", "Formuliere eine Eingangsbestätigung."],
                ["La réponse aux RH est-elle complète ?", "Rédige un accusé de réception."],
                ["La risposta all'ufficio personale è completa?", "Scrivi una conferma di ricezione."],
                ["Is my reply to HR complete?", "Draft an acknowledgement."],
            ),
            (
                ["Prüf den Datensatz auf Fehler.", "Wie viele Krankheitstage sind es dieses Jahr?"],
                ["Vérifie l'enregistrement, y a-t-il des erreurs ?", "Combien de jours d'arrêt cette année ?"],
                ["Controlla il record, ci sono errori?", "Quanti giorni di malattia quest'anno?"],
                ["Check this record for errors.", "How many sick days is that this year?"],
            ),
        ],
    )
    t = C.town()
    emp = C.org(C.ch(EMPLOYERS[C.loc]), town=t)
    dom = emp.domain
    me = C.person(age=(20, 63))
    boss = C.person(age=(30, 64))
    hr = C.person(age=(24, 62))
    start = C.today - dt.timedelta(days=C.ri(0, 2))
    until = start + dt.timedelta(days=C.ri(2, 12))
    doc = C.person(age=(32, 68))
    prac = C.org(C.ch(PRACTICES[C.lang]), town=t)
    if v == 0:
        kid = None
        if me.age(C.today) < 50 and C.p(0.35):
            try:
                kid = C.child(me, (1, 11))
            except Reject:
                kid = None
        cc = C.wmail(hr, dom)
        if C.lang == "de":
            if kid:
                main = (
                    ("mein Sohn" if kid.gender == "m" else "meine Tochter")
                    + f" {C.nm(kid, 'first')} (geb. {C.dob(kid)}) ist krank, ich muss heute und morgen zu Hause "
                    f"bleiben. Die Bescheinigung für das Kinderkrankengeld von {C.dr(doc)} "
                    f"({prac.name}, {C.aone(prac.addr, ', ')}) reiche ich nach."
                )
            else:
                main = (
                    f"ich bin leider krank und laut {C.dr(doc)} bis einschließlich {C.date(until)} "
                    f"arbeitsunfähig. Die AU liegt Ihnen über die eAU vor; die Praxis ({prac.name}, "
                    f"{m('PHONE', prac.phone)}) kann das bestätigen."
                )
                if C.cc == "AT":
                    main = (
                        f"ich bin leider krank und laut {C.dr(doc)} bis einschließlich {C.date(until)} "
                        f"arbeitsunfähig. Die Krankmeldung ist elektronisch an die ÖGK gegangen; die Ordination "
                        f"({prac.name}, {m('PHONE', prac.phone)}) kann das bestätigen."
                    )
                if C.cc == "CH":
                    main = (
                        f"ich bin leider krank und habe ein Arztzeugnis bis {C.date(until)} von {C.dr(doc)} "
                        f"({prac.name}, {C.aone(prac.addr, ', ')}). Das Zeugnis schicke ich per Post."
                    )
            body = (
                f"{C.greet(boss, formal=C.p(0.5))},\n\n{main}\n\nDringende Übergaben: Die Tour "
                f"{C.ri(10, 99)} übernimmt {C.nm(C.person(), 'fl')}. Ich bin per Handy erreichbar "
                f"({C.mob(me)}), aber bitte nur im Notfall.\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = "Krankmeldung" + (f" – {C.nm(me, 'fl')}" if C.p(0.5) else "")
        elif C.lang == "fr":
            if kid:
                main = (
                    f"{g(kid, 'mon fils', 'ma fille')} {C.nm(kid, 'first')} ({g(kid, 'né', 'née')} le "
                    f"{C.dob(kid)}) est malade, je dois rester à la maison aujourd'hui et demain. Le certificat "
                    f"du {C.dr(doc)} ({prac.name}, {C.aone(prac.addr, ', ')}) suivra."
                )
            else:
                main = (
                    f"je suis malade et en arrêt de travail jusqu'au {C.date(until)} inclus, prescrit par le "
                    f"{C.dr(doc)} ({prac.name}, {m('PHONE', prac.phone)}). Je vous envoie le volet employeur "
                    f"aujourd'hui."
                )
            body = (
                f"{C.greet(boss, formal=C.p(0.6))},\n\n{main}\n\nPour les urgences, je reste joignable au "
                f"{C.mob(me)}.\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = "Arrêt maladie"
        elif C.lang == "it":
            if kid:
                main = (
                    f"{g(kid, 'mio figlio', 'mia figlia')} {C.nm(kid, 'first')} ({g(kid, 'nato', 'nata')} il "
                    f"{C.dob(kid)}) ha la febbre e devo restare a casa oggi e domani (congedo per malattia del "
                    f"figlio). Il certificato del pediatra, {C.dr(doc)}, arriva in giornata."
                )
            else:
                main = (
                    f"sono in malattia fino al {C.date(until)} compreso. Il certificato telematico è stato "
                    f"inviato dal medico curante, {C.dr(doc)} ({prac.name}, {C.aone(prac.addr, ', ')}); numero "
                    f"di protocollo {C.digits(9)}."
                )
            body = (
                f"{C.greet(boss, formal=C.p(0.6))},\n\n{main}\n\nPer urgenze sono raggiungibile al "
                f"{C.mob(me)}.\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = "Comunicazione malattia"
        else:
            if kid:
                main = (
                    f"my {g(kid, 'son', 'daughter')} {C.nm(kid, 'first')} (DOB {C.dob(kid)}) is unwell and I "
                    f"need to stay home today and tomorrow to look after {g(kid, 'him', 'her')}."
                )
            elif C.us:
                main = (
                    f"I'm out sick and my doctor, {C.dr(doc)} at {prac.name} ({m('PHONE', prac.phone)}), has "
                    f"signed me off until {C.date(until)}. I'll upload the doctor's note to the HR portal."
                )
            else:
                main = (
                    f"I'm unwell and {C.dr(doc)} at {prac.name} has given me a fit note until "
                    f"{C.date(until)}. I'll scan it in and send it to HR today."
                )
            body = (
                f"{C.greet(boss, formal=C.p(0.4))},\n\n{main}\n\nI'm reachable on {C.mob(me)} if anything is "
                f"urgent.\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = "Off sick" if C.p(0.5) else "Sickness absence"
        head = C.mail_head(
            C.who(me, C.wmail(me, dom) if C.p(0.6) else C.email(me)),
            C.who(boss, C.wmail(boss, dom)),
            subj,
            start,
            C.ri(6, 9),
            C.ri(0, 59),
            cc=cc,
        )
        return f"{head}\n\n{body}"
    if v == 1:
        deps = C.t(
            "Lager|Verwaltung|Fahrdienst|Vertrieb|Pflege",
            "Entrepôt|Administration|Livraison|Ventes|Soins",
            "Magazzino|Amministrazione|Consegne|Vendite|Assistenza",
            "Warehouse|Admin|Drivers|Sales|Care",
        ).split("|")
        types = C.t(
            "krank|Kind krank|krank (AU)|Reha",
            "maladie|enfant malade|arrêt|accident du travail",
            "malattia|figlio malato|infortunio|malattia (cert.)",
            "sick|child sick|sick (fit note)|injury" if not C.us else "sick|child sick|FMLA|injury",
        ).split("|")
        rows = []
        staff = []
        for _ in range(C.ri(5, 9)):
            p = C.person(age=(19, 64))
            staff.append(p)
            a = C.today - dt.timedelta(days=C.ri(0, 10))
            b = a + dt.timedelta(days=C.ri(1, 14))
            rows.append(
                [
                    C.nm(p, C.ch(["lf", "fl", "fi"])),
                    C.ch(deps),
                    C.short_date(a),
                    C.short_date(b),
                    C.ch(types),
                    C.ch(["ja", "nein"])
                    if C.lang == "de"
                    else C.ch(["oui", "non"] if C.lang == "fr" else ["sì", "no"] if C.lang == "it" else ["yes", "no"]),
                    C.nm(boss, "fi"),
                ]
            )
        hdr = C.t(
            ["Mitarbeiter/in", "Abteilung", "von", "bis", "Art", "Nachweis", "Vorgesetzte/r"],
            ["Salarié", "Service", "du", "au", "Motif", "Justificatif", "Responsable"],
            ["Dipendente", "Reparto", "dal", "al", "Tipo", "Certificato", "Responsabile"],
            ["Employee", "Dept", "From", "To", "Type", "Note received", "Manager"],
        )
        tbl = C.table(hdr, rows)
        x = staff[0]
        col = C.person(age=(20, 60))
        s = C.senders([boss, col, hr])
        msgs = [
            (
                s[boss.serial],
                C.t(
                    f"{C.nm(x, 'first')} fällt bis Freitag aus. Wer kann die Frühschicht übernehmen?",
                    f"{C.nm(x, 'first')} est absent{'e' if x.gender == 'f' else ''} jusqu'à vendredi. "
                    "Qui peut prendre le créneau du matin ?",
                    f"{C.nm(x, 'first')} è assente fino a venerdì. Chi copre il turno del mattino?",
                    f"{C.nm(x, 'first')} is off until Friday. Who can cover the early shift?",
                ),
            ),
            (
                s[col.serial],
                C.t(
                    "Ich mach Mittwoch und Donnerstag.",
                    "Je prends mercredi et jeudi.",
                    "Io faccio mercoledì e giovedì.",
                    "I can do Wednesday and Thursday.",
                ),
            ),
            (
                s[hr.serial],
                C.t(
                    f"Danke! Bitte denkt dran: Nachweise an {C.wmail(hr, dom)}, nicht in den Chat 🙏",
                    f"Merci ! Rappel : les justificatifs à {C.wmail(hr, dom)}, pas dans le chat 🙏",
                    f"Grazie! I certificati a {C.wmail(hr, dom)}, non in chat 🙏",
                    f"Thanks! Reminder: notes go to {C.wmail(hr, dom)}, not in the chat 🙏",
                ),
            ),
        ]
        head = C.t(
            f"Abwesenheiten – KW {C.today.isocalendar()[1]}",
            f"Absences – semaine {C.today.isocalendar()[1]}",
            f"Assenze – settimana {C.today.isocalendar()[1]}",
            f"Absences – week {C.today.isocalendar()[1]}",
        )
        return f"{emp.name}\n{head}\n\n{tbl}\n\n{C.chat(msgs)}"
    if v == 2:
        hm = C.wmail(hr, dom)
        din = C.phone("land", emp.addr.area, din=True)
        na = C.addr()
        ahv = m("AHV", C.ahv()) if C.cc == "CH" else ""
        if C.lang == "de":
            ins = "Krankentaggeldversicherung" if C.cc == "CH" else "Krankenkasse"
            q = (
                f"{C.greet(me)},\n\nwir wünschen Ihnen gute Besserung. Da Ihre Arbeitsunfähigkeit länger dauert, "
                f"melden wir den Fall der {ins}. Dafür benötigen wir bitte Ihr Geburtsdatum"
                f"{', Ihre AHV-Nummer' if C.cc == 'CH' else ''} und Ihre aktuelle Anschrift.\n\n{C.bye()}\n"
                f"{C.sig(hr, 'Personalabteilung', emp, m('PHONE', din), hm)}"
            )
            body = (
                f"{C.greet(hr)},\n\nvielen Dank. Hier meine Angaben:\n\nGeburtsdatum: {C.dob(me)}\n"
                + (f"AHV-Nr.: {ahv}\n" if ahv else "")
                + f"Neue Anschrift seit letztem Monat: {C.aone(na, ', ')}\nTelefon: {C.mob(me)}\n\n"
                f"Die Folgebescheinigung von {C.dr(doc)} gilt bis {C.date(until)}.\n\n{C.bye()}\n"
                f"{C.nm(me, 'fl')}"
            )
            subj = "AW: Ihre Arbeitsunfähigkeit – benötigte Angaben"
        elif C.lang == "fr":
            q = (
                f"{C.greet(me)},\n\nnous vous souhaitons un prompt rétablissement. Pour la déclaration à "
                f"l'assurance, merci de nous communiquer votre date de naissance"
                f"{', votre numéro AVS' if C.cc == 'CH' else ''} et votre adresse actuelle.\n\n{C.bye()}\n"
                f"{C.sig(hr, 'Ressources humaines', emp, m('PHONE', din), hm)}"
            )
            body = (
                f"{C.greet(hr)},\n\nmerci. Voici mes informations :\n\nDate de naissance : {C.dob(me)}\n"
                + (f"N° AVS : {ahv}\n" if ahv else "")
                + f"Nouvelle adresse : {C.aone(na, ', ')}\nPortable : {C.mob(me)}\n\nLa prolongation du "
                f"{C.dr(doc)} court jusqu'au {C.date(until)}.\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = "RE: Votre arrêt – informations manquantes"
        elif C.lang == "it":
            q = (
                f"{C.greet(me)},\n\nle auguriamo una pronta guarigione. Per la pratica ci servono la data di "
                f"nascita{', il numero AVS' if C.cc == 'CH' else ''} e l'indirizzo attuale.\n\n{C.bye()}\n"
                f"{C.sig(hr, 'Ufficio del personale', emp, m('PHONE', din), hm)}"
            )
            body = (
                f"{C.greet(hr)},\n\ngrazie. Ecco i miei dati:\n\nData di nascita: {C.dob(me)}\n"
                + (f"N. AVS: {ahv}\n" if ahv else "")
                + f"Nuovo indirizzo: {C.aone(na, ', ')}\nCellulare: {C.mob(me)}\n\nIl certificato di "
                f"prosecuzione di {C.dr(doc)} vale fino al {C.date(until)}.\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = "R: La sua malattia – dati mancanti"
        else:
            q = (
                f"{C.greet(me)},\n\nSorry to hear you're still unwell. As your absence is now longer, we need to "
                f"{'file an FMLA/short-term disability claim' if C.us else 'process statutory sick pay'}. "
                f"Could you confirm your date of birth and current address?\n\n{C.bye()}\n"
                f"{C.sig(hr, 'HR Advisor', emp, m('PHONE', din), hm)}"
            )
            body = (
                f"{C.greet(hr)},\n\nThanks. My details:\n\nDate of birth: {C.dob(me)}\nNew address: "
                f"{C.aone(na, ', ')}\nMobile: {C.mob(me)}\n\n{C.dr(doc)} has extended my note until "
                f"{C.date(until)}.\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = "RE: Your sickness absence - details needed"
        head = C.mail_head(C.who(me, C.email(me)), C.who(hr, hm), subj, C.today, C.ri(8, 20), C.ri(0, 59))
        qq = C.quote(q, C.today - dt.timedelta(days=C.ri(1, 4)), C.ri(8, 16), C.ri(0, 59), hr, hm)
        return f"{head}\n\n{body}\n\n{qq}"
    # v3: HR system export
    ha = C.home(me)
    iso = C.p(0.6)
    absn = []
    for _k in range(C.ri(2, 4)):
        a = C.today - dt.timedelta(days=C.ri(10, 300))
        kinds = ["sick", "sick_child", "sick_certified"] if 27 <= me.age(C.today) <= 55 else ["sick", "sick_certified"]
        absn.append(
            {
                "from": a.isoformat(),
                "to": (a + dt.timedelta(days=C.ri(1, 10))).isoformat(),
                "type": C.ch(kinds),
                "certificate": C.p(0.7),
            }
        )
    absn.sort(key=lambda x: x["from"])
    rec = {
        "employee_id": f"E{C.digits(5)}",
        "name": C.nm(me, "fl"),
        "date_of_birth": m("DOB", me.dob.isoformat()) if iso else C.dob(me, C.dshape),
    }
    if C.cc == "CH":
        rec["ahv"] = m("AHV", C.ahv())
    rec.update(
        {
            "address": {"street": C.a1(ha), "city": C.a2(ha)},
            "phone_private": C.mob(me),
            "email_private": C.email(me),
            "email_work": C.wmail(me, dom),
            "manager": C.nm(boss, "fl"),
            "department": C.ch(["ops", "admin", "sales", "care", "it"]),
            "absences": absn,
            "self_service_logins": [
                {"at": f"{C.days(-15, 0).isoformat()} {C.ri(6, 22):02d}:{C.ri(0, 59):02d}", "ip": C.ipm()}
                for _ in range(C.ri(1, 3))
            ],
        }
    )
    if C.cc not in ("US",) and C.p(0.5):
        rec["salary_account"] = C.ib(grouped=False)
    out = C.yaml(rec) if C.p(0.4) else C.jdump(rec)
    hdr = C.t(
        f"Auszug aus dem HR-System – {emp.name}",
        f"Extrait du SIRH – {emp.name}",
        f"Estratto dal gestionale del personale – {emp.name}",
        f"HR system extract – {emp.name}",
    )
    return f"{hdr}\n\n{out}"


# ====================================================================================================================
# 9. waterleak - water damage between neighbours: reports, logs, letters, insurer claims
# ====================================================================================================================

INSURERS = {
    "DE": ["Rheinland Versicherung", "Hanse-Mobiliar", "Süddeutsche Hausrat VVaG", "Nordstern Versicherung"],
    "AT": ["Donau Versicherung", "Alpina Haushalt", "Wiener Hausrat AG"],
    "CH": ["Helvetia Privat", "Mobilia Versicherungen", "Alpenland Assurance"],
    "FR": ["Mutuelle des Tilleuls", "Assurance Habitation Ouest", "Maif-Habitat Centre"],
    "IT": ["Assicurazioni Padane", "Tirrena Casa", "Unione Assicurativa Nord"],
    "GB": ["Northern Home Insurance", "Albion Mutual", "Harbour Home Cover"],
    "US": ["Liberty Home Mutual", "Pioneer Renters Insurance", "Great Lakes Casualty"],
}
PLUMBERS = {
    "de": ["Sanitär Blitz GmbH", "Haustechnik Rohrfrei", "Installateur-Notdienst 24", "Bad & Heizung Meister"],
    "fr": ["Plomberie Express", "Dépannage Sanitaire du Centre", "SOS Fuites"],
    "it": ["Idraulica Rapida srl", "Termoidraulica Pronto Intervento", "Idrotecnica Centro"],
    "en": ["Rapid Response Plumbing", "A1 Leak Detection", "Citywide Plumbing & Heating"],
}


def _cause(C: Ctx) -> str:
    return C.ch(
        {
            "de": [
                "undichter Anschluss der Waschmaschine",
                "geplatzter Eckventil-Schlauch unter dem Waschbecken",
                "verstopfter Abfluss der Dusche",
                "Haarriss im Heizungsrohr",
            ],
            "fr": [
                "flexible de machine à laver percé",
                "joint de la douche défectueux",
                "canalisation encastrée fuyarde",
                "débordement de la baignoire",
            ],
            "it": [
                "tubo della lavatrice rotto",
                "guarnizione della doccia usurata",
                "perdita dal tubo del riscaldamento",
                "scarico del lavandino otturato",
            ],
            "en": [
                "burst washing machine hose" if not C.us else "burst washer hose",
                "failed shower seal",
                "leaking pipe under the kitchen sink",
                "overflowing bath" if not C.us else "overflowing tub",
            ],
        }[C.lang]
    )


def g_waterleak(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Ist die Schadenmeldung vollständig ausgefüllt?", "Was sollte ich der Versicherung noch schicken?"],
                ["Le constat est-il bien rempli ?", "Que dois-je encore envoyer à l'assurance ?"],
                ["La denuncia è compilata bene?", "Cosa devo ancora mandare all'assicurazione?"],
                ["Is this report filled in properly?", "What else should I send the insurer?"],
            ),
            (
                ["Welche Schäden sind noch offen?", "Schreib eine Nachricht an die betroffenen Mieter."],
                ["Quels sinistres sont encore ouverts ?", "Écris un message aux locataires concernés."],
                ["Quali sinistri sono ancora aperti?", "Scrivi un messaggio agli inquilini coinvolti."],
                ["Which leaks are still open?", "Write a note to the affected tenants."],
            ),
            (
                ["Ist der Ton gegenüber dem Nachbarn okay?", "Formuliere das etwas freundlicher."],
                ["Le ton envers le voisin est-il correct ?", "Reformule ça plus aimablement."],
                ["Il tono con il vicino va bene?", "Riformula in modo più gentile."],
                [
                    "Is my tone OK for the neighbour?" if not C.us else "Is my tone OK for the neighbor?",
                    "Make this a bit friendlier.",
                ],
            ),
            (
                ["Fass den Schadenfall zusammen.", "Fehlen Angaben für die Auszahlung?"],
                ["Résume le dossier de sinistre.", "Manque-t-il des infos pour le paiement ?"],
                ["Riassumi la pratica del sinistro.", "Mancano dati per il pagamento?"],
                ["Summarise this claim.", "Is anything missing for the payout?"],
            ),
        ],
    )
    t = C.town()
    bldg = C.addr(t, flat=False)
    mgr = C.org(C.ch(MANAGERS[C.loc]), town=t)
    A = C.person(age=(22, 85))
    B = C.person(age=(22, 85))
    fa, fb = _flat(C), _flat(C)
    day = C.today - dt.timedelta(days=C.ri(1, 20))
    plumb = C.org(C.ch(PLUMBERS[C.lang]), town=t)
    pl = C.person(gender="m" if C.p(0.85) else "f", age=(22, 62))
    ins_a, ins_b = C.r.sample(INSURERS[C.cc], 2)
    if v == 0:
        mc = C.person(age=(25, 62))
        if C.lang == "de":
            title = "Schadenmeldung Leitungswasserschaden"
            rows = [
                ("Schadentag", f"{C.date(day)}, ca. {C.time(C.ri(6, 22), C.ch([0, 15, 30, 45]), 0)}"),
                ("Gebäude", C.aone(bldg, ", ")),
                ("Geschädigte/r (Wohnung)", f"{C.nm(A, 'fl')} ({fa})"),
                ("Telefon / E-Mail", f"{C.mob(A)} / {C.email(A)}"),
                ("Hausratversicherung, Nr.", f"{ins_a}, {C.ref('HR-', 8)}"),
                ("Verursacher/in (Wohnung)", f"{C.nm(B, 'fl')} ({fb})"),
                ("Telefon Verursacher/in", C.mob(B)),
                ("Haftpflichtversicherung, Nr.", f"{ins_b}, {C.ref('PH ', 9)}"),
                ("Hausverwaltung", f"{mgr.name}, {C.aone(mgr.addr, ', ')}, {m('PHONE', mgr.phone)}"),
                ("Ansprechpartner/in Verwaltung", C.nm(mc, "fl")),
                ("Ursache", _cause(C)),
                (
                    "Schäden",
                    C.ch(
                        [
                            "Wasserflecken an der Badezimmerdecke, Parkett im Flur gewellt",
                            "Deckenputz in der Küche durchnässt",
                            "Laminat im Schlafzimmer aufgequollen",
                        ]
                    ),
                ),
                ("Installateur", f"{plumb.name}, {C.nm(pl, 'fl')}, {C.mob(pl)}"),
                ("Unterschriften", f"{C.nm(A, 'fl')} / {C.nm(B, 'fl')}"),
            ]
        elif C.lang == "fr":
            title = "Constat amiable de dégât des eaux"
            rows = [
                ("Date du sinistre", C.date(day)),
                ("Adresse de l'immeuble", C.aone(bldg, ", ")),
                ("Occupant A (lésé)", f"{C.nm(A, 'L F')}, {fa}"),
                ("Tél. A", C.mob(A)),
                ("Courriel A", C.email(A)),
                ("Assureur A / n° de contrat", f"{ins_a} / {C.ref('', 10)}"),
                ("Occupant B (origine)", f"{C.nm(B, 'L F')}, {fb}"),
                ("Tél. B", C.mob(B)),
                ("Assureur B / n° de contrat", f"{ins_b} / {C.ref('', 10)}"),
                ("Syndic / gérant", f"{mgr.name}, {C.aone(mgr.addr, ', ')}, {m('PHONE', mgr.phone)}"),
                ("Gestionnaire", C.nm(mc, "fl")),
                ("Cause", _cause(C)),
                (
                    "Dommages",
                    C.ch(
                        [
                            "auréoles au plafond de la salle de bains",
                            "peinture cloquée dans le couloir",
                            "parquet gondolé dans la chambre",
                        ]
                    ),
                ),
                ("Plombier", f"{plumb.name}, {C.nm(pl, 'fl')}, {C.mob(pl)}"),
                ("Signatures", f"A : {C.nm(A, 'fl')} – B : {C.nm(B, 'fl')}"),
            ]
        elif C.lang == "it":
            title = "Denuncia di sinistro – danni da acqua"
            rows = [
                ("Data del sinistro", C.date(day)),
                ("Stabile", C.aone(bldg, ", ")),
                ("Danneggiato", f"{C.nm(A, 'L F')}, {fa}"),
                ("Telefono", C.mob(A)),
                ("E-mail", C.email(A)),
                ("Compagnia / polizza", f"{ins_a} / {C.ref('', 10)}"),
                ("Responsabile", f"{C.nm(B, 'L F')}, {fb}"),
                ("Telefono responsabile", C.mob(B)),
                ("Compagnia responsabile / polizza", f"{ins_b} / {C.ref('', 10)}"),
                ("Amministratore", f"{mgr.name}, {C.aone(mgr.addr, ', ')}, {m('PHONE', mgr.phone)}"),
                ("Referente", C.nm(mc, "fl")),
                ("Causa", _cause(C)),
                (
                    "Danni",
                    C.ch(
                        [
                            "macchie di umidità sul soffitto del bagno",
                            "intonaco del corridoio rovinato",
                            "parquet della camera rigonfio",
                        ]
                    ),
                ),
                ("Idraulico", f"{plumb.name}, {C.nm(pl, 'fl')}, {C.mob(pl)}"),
                ("Firme", f"{C.nm(A, 'fl')} – {C.nm(B, 'fl')}"),
            ]
        else:
            title = "Water damage incident report" if C.us else "Escape of water – incident report"
            rows = [
                ("Date of incident", C.date(day)),
                ("Property", C.aone(bldg, ", ")),
                ("Affected resident", f"{C.nm(A, 'fl')}, {fa}"),
                ("Phone", C.mob(A)),
                ("Email", C.email(A)),
                ("Insurer / policy no.", f"{ins_a} / {C.ref('', 10)}"),
                ("Source of leak – resident", f"{C.nm(B, 'fl')}, {fb}"),
                ("Their phone", C.mob(B)),
                ("Their insurer / policy", f"{ins_b} / {C.ref('', 10)}"),
                (
                    "Managing agent" if not C.us else "Property manager",
                    f"{mgr.name}, {C.aone(mgr.addr, ', ')}, {m('PHONE', mgr.phone)}",
                ),
                ("Contact", C.nm(mc, "fl")),
                ("Cause", _cause(C)),
                (
                    "Damage",
                    C.ch(
                        [
                            "stained bathroom ceiling, swollen hallway floor",
                            "wet plaster in kitchen",
                            "damaged carpet in bedroom",
                        ]
                    ),
                ),
                ("Plumber", f"{plumb.name}, {C.nm(pl, 'fl')}, {C.mob(pl)}"),
                ("Signed", f"{C.nm(A, 'fl')} / {C.nm(B, 'fl')}"),
            ]
        txt = f"{title}\n\n{C.form(rows)}"
        return C.ocr(txt) if C.p(0.25) else txt
    if v == 1:
        rows = []
        tenants = []
        for dd, _hh, _mm in C.times(C.today - dt.timedelta(days=45), C.today, C.ri(4, 7)):
            p = C.person()
            tenants.append(p)
            a = C.near(bldg) if C.p(0.4) else C.addr(t, flat=False)
            rows.append(
                [
                    C.short_date(dd),
                    C.a1(a),
                    _flat(C),
                    C.nm(p, C.ch(["lf", "fl", "last"])),
                    C.mob(p) if C.p(0.7) else C.land(p),
                    _cause(C),
                    C.ch(
                        C.t(
                            "offen|Gutachter beauftragt|erledigt|Trocknung läuft",
                            "ouvert|expert mandaté|clos|séchage en cours",
                            "aperto|perito incaricato|chiuso|deumidificazione",
                            "open|assessor booked|closed|drying",
                        ).split("|")
                    ),
                ]
            )
        hdr = C.t(
            ["Datum", "Objekt", "Wohnung", "Mieter/in", "Telefon", "Ursache", "Status"],
            ["Date", "Immeuble", "Logement", "Locataire", "Téléphone", "Cause", "Statut"],
            ["Data", "Stabile", "Appartamento", "Inquilino", "Telefono", "Causa", "Stato"],
            ["Date", "Building", "Unit" if C.us else "Flat", "Tenant", "Phone", "Cause", "Status"],
        )
        tbl = C.table(hdr, rows)
        care = C.person(age=(30, 65))
        mc = C.person(age=(25, 62))
        s = C.senders([care, mc])
        x = tenants[-1]
        msgs = [
            (
                s[care.serial],
                C.t(
                    f"Bei {C.mr(x, 'acc')} tropft es wieder von der Decke. Oben macht keiner auf.",
                    f"Chez {C.mr(x)} ça recoule du plafond. Personne ne répond au-dessus.",
                    f"{C.da(x).capitalize()} {C.mr(x)} gocciola di nuovo dal soffitto. Sopra non apre nessuno.",
                    f"Water coming through {C.mr(x)}'s ceiling again. Nobody answering upstairs.",
                ),
            ),
            (
                s[mc.serial],
                C.t(
                    f"Ruf bitte {plumb.name} an, {C.nm(pl, 'first')} hat Bereitschaft: {C.mob(pl)}",
                    f"Appelle {plumb.name}, {C.nm(pl, 'first')} est d'astreinte : {C.mob(pl)}",
                    f"Chiama {plumb.name}, {C.nm(pl, 'first')} è di turno: {C.mob(pl)}",
                    f"Call {plumb.name}, {C.nm(pl, 'first')} is on call: {C.mob(pl)}",
                ),
            ),
            (
                s[care.serial],
                C.t(
                    "Ist unterwegs, Hauptwasserhahn hab ich zu.",
                    "Il arrive, j'ai coupé l'eau.",
                    "Sta arrivando, ho chiuso l'acqua.",
                    "On the way, I've shut the water off.",
                ),
            ),
        ]
        head = C.t(
            "Schadenliste Wasserschäden", "Suivi des dégâts des eaux", "Registro danni da acqua", "Water damage log"
        )
        return f"{mgr.name} – {head}\n\n{tbl}\n\n{C.chat(msgs)}"
    if v == 2:
        cost = C.ri(180, 2400) + C.ch([0, 0.5, 0.9])
        rep = C.t(
            f"Einsatzbericht {plumb.name}: {C.date(day)}, {C.a1(bldg)}, {fb}. Ursache: {_cause(C)}. "
            f"Leck abgedichtet, Trocknungsgeräte in {fa} aufgestellt. Techniker: {C.nm(pl, 'fl')}.",
            f"Rapport d'intervention {plumb.name} : {C.date(day)}, {C.a1(bldg)}, {fb}. Cause : {_cause(C)}. "
            f"Fuite réparée, déshumidificateur installé chez l'occupant du {fa}. Technicien : "
            f"{C.nm(pl, 'fl')}.",
            f"Rapporto d'intervento {plumb.name}: {C.date(day)}, {C.a1(bldg)}, {fb}. Causa: {_cause(C)}. "
            f"Perdita riparata, deumidificatore installato in {fa}. Tecnico: {C.nm(pl, 'fl')}.",
            f"Job report {plumb.name}: {C.date(day)}, {C.a1(bldg)}, {fb}. Cause: {_cause(C)}. Leak fixed, "
            f"dehumidifier set up in {fa}. Engineer: {C.nm(pl, 'fl')}.",
        )
        pay = C.ib() if C.cc != "US" else f"Venmo or a check to {C.a1(C.home(A))}"
        if C.lang == "de":
            body = (
                f"Hallo {C.mr(B, long=True) if C.p(0.5) else C.nm(B, 'first')},\n\nwie besprochen hier der Bericht "
                f"des Installateurs (unten). Die Malerarbeiten an meiner Decke kosten laut Angebot "
                f"{C.money(cost)}. Würden Sie das bitte an Ihre Haftpflicht ({ins_b}) weitergeben? Falls die "
                f"direkt an mich zahlt: {pay}.\n\nBei Fragen: {C.mob(A)}\n\n{C.bye()}\n{C.nm(A, 'fl')}\n{fa}"
            )
            subj = f"Wasserschaden vom {C.date(day)}"
        elif C.lang == "fr":
            body = (
                f"Bonjour {C.mr(B, long=True)},\n\ncomme convenu, voici le rapport du plombier (ci-dessous). La "
                f"réfection du plafond est chiffrée à {C.money(cost)}. Pourriez-vous transmettre à votre "
                f"assureur ({ins_b}) ? En cas de règlement direct : {pay}.\n\nJe reste joignable au "
                f"{C.mob(A)}.\n\n{C.bye()}\n{C.nm(A, 'fl')}\n{fa}"
            )
            subj = f"Dégât des eaux du {C.date(day)}"
        elif C.lang == "it":
            body = (
                f"Buongiorno {C.mr(B, long=True)},\n\ncome d'accordo le giro il rapporto dell'idraulico (sotto). "
                f"Il ripristino del soffitto costa {C.money(cost)} secondo il preventivo. Può inoltrarlo alla sua "
                f"assicurazione ({ins_b})? Per il pagamento diretto: {pay}.\n\nPer qualsiasi cosa: {C.mob(A)}\n\n"
                f"{C.bye()}\n{C.nm(A, 'fl')}\n{fa}"
            )
            subj = f"Danno da acqua del {C.date(day)}"
        else:
            body = (
                f"Hi {C.nm(B, 'first')},\n\nAs discussed, here's the plumber's report (below). Repainting my "
                f"ceiling is quoted at {C.money(cost)}. Could you pass this on to your insurer ({ins_b})? If they "
                f"pay me directly: {pay}.\n\nAny questions, I'm on {C.mob(A)}.\n\n{C.bye(False)}\n"
                f"{C.nm(A, 'fl')}\n{fa}"
            )
            subj = f"Leak on {C.date(day)}"
        head = C.mail_head(
            C.who(A, C.email(A)),
            C.who(B, C.email(B)),
            subj,
            C.today,
            C.ri(7, 22),
            C.ri(0, 59),
            cc=C.wmail(C.person(age=(25, 60)), mgr.domain) if C.p(0.4) else "",
        )
        return f"{head}\n\n{body}\n\n---\n{rep}\n{plumb.name} · {C.aone(plumb.addr, ', ')} · {m('PHONE', plumb.phone)}"
    # v3: claim portal export
    iso = C.p(0.6)
    ha = bldg
    rec = {
        "claim": f"CLM-{C.today.year}-{C.digits(6)}",
        "reported": f"{C.today.isoformat()}T{C.ri(6, 22):02d}:{C.ri(0, 59):02d}",
        "incident_date": day.isoformat(),
        "insurer": ins_a,
        "policyholder": {
            "name": C.nm(A, "fl"),
            "date_of_birth": m("DOB", A.dob.isoformat()) if iso else C.dob(A),
            "email": C.email(A),
            "phone": C.mob(A),
            "address": {"line1": C.a1(ha), "line2": C.a2(ha), "unit": fa},
        },
        "third_party": {"name": C.nm(B, "fl"), "unit": fb, "insurer": ins_b},
        "cause": _cause(C),
        "estimate": C.ri(300, 6000),
        "photos": [f"IMG_{C.digits(4)}.jpg" for _ in range(C.ri(1, 4))],
        "payout": (
            {"iban": C.ib(grouped=False), "holder": C.nm(A, "fl")}
            if C.cc != "US"
            else {"method": "direct deposit", "account": f"****{C.digits(4)}"}
        ),
        "submitted_from": C.ipm(),
    }
    out = C.yaml(rec) if C.p(0.35) else C.jdump(rec)
    hdr = C.t(
        f"Schadenportal {ins_a} – Export",
        f"Portail sinistres {ins_a} – export",
        f"Portale sinistri {ins_a} – esportazione",
        f"{ins_a} claims portal – export",
    )
    return f"{hdr}\n\n{out}"


# ====================================================================================================================
# 10. classparents - class contact lists, class-parent chats and school-app exports
# ====================================================================================================================

SCHOOLS = {
    "de_DE": ["Grundschule am Lindenpark", "Gemeinschaftsgrundschule Sonnenhügel", "Grundschule Regenbogen"],
    "de_AT": ["Volksschule Kirchengasse", "Volksschule am Anger", "Praxisvolksschule Sonnenweg"],
    "de_CH": ["Primarschule Schulhaus Au", "Primarschule Buchholz", "Schulhaus Rietli"],
    "fr_FR": ["École élémentaire des Tilleuls", "École primaire du Parc", "Groupe scolaire Les Marronniers"],
    "fr_CH": ["École primaire de la Croix-Blanche", "Établissement primaire des Bergières"],
    "it_IT": [
        "Scuola primaria Arcobaleno",
        "Istituto Comprensivo Nord – plesso Girasole",
        "Scuola primaria Il Melograno",
    ],
    "it_CH": ["Scuola elementare di Besso", "Scuole comunali – sede Molino Nuovo"],
    "en_GB": ["Oakfield Primary School", "St Aidan's C of E Primary", "Meadowbank Primary School"],
    "en_US": ["Cedar Ridge Elementary School", "Maplewood Elementary", "Riverside Elementary School"],
}


def _klass(C: Ctx) -> tuple[str, int]:
    """class label and the pupils' age when the school year started"""
    n = C.ri(1, 4)
    fr = ["CP", "CE1", "CE2", "CM1", "CM2"][n]
    return {
        "de_DE": (f"Klasse {n}{C.ch('abc')}", 5 + n),
        "de_AT": (f"{n}{C.ch('ABC')}", 5 + n),
        "de_CH": (f"{n + 1}. Klasse", 6 + n),
        "fr_FR": (f"{fr} {C.ch('AB')}", 6 + n),
        "fr_CH": (f"{n + 2}P", 5 + n),
        "it_IT": (f"classe {n}ª {C.ch('ABC')}", 5 + n),
        "it_CH": (f"{n}ª elementare", 5 + n),
        "en_GB": (f"Year {n + 1} ({C.ch(['Willow', 'Oak', 'Rowan', 'Hazel'])} Class)", 5 + n),
        "en_US": (f"{['1st', '2nd', '3rd', '4th'][n - 1]} grade", 5 + n),
    }[C.loc]


def _family(C: Ctx, age: int = 8, town: tuple | None = None) -> tuple[Person, Person, Person | None]:
    sy = C.today.year if C.today.month >= 8 else C.today.year - 1
    lo = dt.date(sy - age - 1, 8, 1)
    dob = lo + dt.timedelta(days=C.ri(0, 364))
    par = C.person(age=(27, 50))
    kid = C.kid_of(par, dob)
    other = C.relative(par, "partner") if C.p(0.6) else None
    if town is not None:
        par.addr = C.addr(town)
    return kid, par, other


def g_classparents(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Mach mir daraus eine Geburtstagsliste nach Monaten.", "Welche Kontaktdaten fehlen noch?"],
                ["Fais-moi une liste des anniversaires par mois.", "Quelles coordonnées manquent ?"],
                ["Fammi l'elenco dei compleanni per mese.", "Quali contatti mancano?"],
                ["Make me a birthday list by month.", "Whose contact details are missing?"],
            ),
            (
                ["Fass den Chat zusammen: was ist beschlossen?", "Wer hat schon bezahlt?"],
                ["Résume le chat : qu'est-ce qui a été décidé ?", "Qui a déjà payé ?"],
                ["Riassumi la chat: cosa è stato deciso?", "Chi ha già pagato?"],
                ["Summarise the chat - what was decided?", "Who has paid already?"],
            ),
            (
                ["Schreib eine kurze Erinnerung an alle Eltern.", "Wie viele Helfer fehlen noch?"],
                ["Écris un petit rappel aux parents.", "Combien de bénévoles manque-t-il ?"],
                ["Scrivi un breve promemoria ai genitori.", "Quanti volontari mancano ancora?"],
                ["Write a short reminder to all parents.", "How many helpers are we still short?"],
            ),
            (
                ["Welche Eltern haben die App noch nie geöffnet?", "Mach eine Telefonliste daraus."],
                ["Quels parents n'ont jamais ouvert l'appli ?", "Fais-en une liste de téléphones."],
                ["Quali genitori non hanno mai aperto l'app?", "Fanne un elenco telefonico."],
                ["Which parents have never opened the app?", "Turn this into a phone list."],
            ),
        ],
    )
    t = C.town()
    sch = C.org(
        C.ch(SCHOOLS[C.loc]), town=t, role=C.t("sekretariat", "secretariat", "segreteria", "office"), park=False
    )
    kl, kage = _klass(C)
    teacher = C.person(age=(25, 62))
    tmail = C.wmail(teacher, sch.domain)
    und = C.t(" und ", " et ", " e ", " and ")
    if v == 0:
        rows = []
        fams = [_family(C, kage, t) for _ in range(C.ri(6, 10))]
        fams.sort(key=lambda f: f[0].last)
        for kid, par, oth in fams:
            names = (
                C.nm(par, "fl")
                if not oth
                else (
                    f"{C.nm(oth, 'first')}{und}{C.nm(par, 'fl')}"
                    if oth.last == par.last
                    else f"{C.nm(par, 'fl')}, {C.nm(oth, 'fl')}"
                )
            )
            tel = C.mob(par) + (f" / {C.mob(oth)}" if oth and C.p(0.5) else "")
            rows.append(
                [
                    C.nm(kid, C.ch(["fl", "l f"])) if C.p(0.5) else C.nm(kid, "fl"),
                    C.dob(kid, C.dshape),
                    names,
                    tel,
                    C.email(par) if C.p(0.8) else "",
                    C.aone(C.home(par), ", "),
                ]
            )
        hdr = C.t(
            ["Kind", "Geburtstag", "Eltern", "Telefon", "E-Mail", "Adresse"],
            ["Enfant", "Date de naissance", "Parents", "Téléphone", "Courriel", "Adresse"],
            ["Alunno", "Data di nascita", "Genitori", "Telefono", "E-mail", "Indirizzo"],
            ["Child", "Birthday", "Parents", "Phone", "Email", "Address"],
        )
        tbl = C.table(hdr, rows, C.ch(["md", "mdpad", "csv", "ssv", "tsv", "html"]))
        head = C.t(
            f"{sch.name} – {kl} – Elternliste (nur für den internen Gebrauch)",
            f"{sch.name} – {kl} – liste des parents (usage interne)",
            f"{sch.name} – {kl} – elenco genitori (uso interno)",
            f"{sch.name} – {kl} – class contact list (for parents only)",
        )
        foot = C.t(
            f"Klassenlehrer{'in' if teacher.gender == 'f' else ''}: {C.mr(teacher)}, {tmail}",
            f"Enseignant{'e' if teacher.gender == 'f' else ''} : {C.mr(teacher)}, {tmail}",
            f"Insegnante: {g(teacher, 'maestro', 'maestra')} {C.nm(teacher, 'last')}, {tmail}",
            f"Class teacher: {C.mr(teacher)}, {tmail}",
        )
        return f"{head}\n\n{tbl}\n\n{foot}"
    if v == 1:
        fams = [_family(C, kage, t) for _ in range(C.ri(4, 6))]
        pars = [f[1] for f in fams]
        rep = pars[0]
        s = C.senders(pars)
        k1, k2, k3 = fams[1][0], fams[2][0], fams[3][0]
        party = C.home(fams[2][1])
        amt = C.ch([5, 8, 10])
        pay = (
            f"{C.money(amt, 0)} pro Kind an {C.ib()} (Kontoinhaber{'in' if rep.gender == 'f' else ''} "
            f"{C.nm(rep, 'fl')})"
            if C.lang == "de"
            else f"{C.money(amt, 0)} par enfant sur {C.ib()} ({C.nm(rep, 'fl')})"
            if C.lang == "fr"
            else f"{C.money(amt, 0)} a bambino su {C.ib()} (intestato a {C.nm(rep, 'fl')})"
            if C.lang == "it"
            else (
                f"{C.money(amt, 0)} per child to {C.ib()} ({C.nm(rep, 'fl')})"
                if not C.us
                else f"${amt} per kid on Venmo or cash in an envelope"
            )
        )
        msgs = [
            (
                s[rep.serial],
                C.t(
                    f"Hallo zusammen! Wir sammeln für das Abschiedsgeschenk für {C.mr(teacher, 'acc')}: {pay}. "
                    "Bis Freitag bitte 🙏",
                    f"Bonjour à tous ! On fait une cagnotte pour le cadeau de {C.mr(teacher)} : {pay}. "
                    "Avant vendredi svp 🙏",
                    f"Ciao a tutti! Raccogliamo per il regalo per {g(teacher, 'il maestro', 'la maestra')} "
                    f"{C.nm(teacher, 'first')}: {pay}. Entro venerdì 🙏",
                    f"Hi all! We're collecting for a leaving present for {C.mr(teacher)}: {pay}. By Friday please 🙏",
                ),
            ),
            (
                s[fams[1][1].serial],
                C.t(
                    f"Erledigt für {C.nm(k1, 'first')} ✅",
                    f"Fait pour {C.nm(k1, 'first')} ✅",
                    f"Fatto per {C.nm(k1, 'first')} ✅",
                    f"Done for {C.nm(k1, 'first')} ✅",
                ),
            ),
            (
                s[fams[2][1].serial],
                C.t(
                    f"Nicht vergessen: {C.poss(k2)} Geburtstag am Samstag ab 14 Uhr bei uns, {C.aone(party, ', ')}. "
                    f"Abholen um 17 Uhr 🎈",
                    f"N'oubliez pas l'anniversaire {C.de(k2)} samedi à 14h chez nous, {C.aone(party, ', ')}. "
                    "On récupère les enfants à 17h 🎈",
                    f"Ricordate la festa di {C.nm(k2, 'first')} sabato alle 14 da noi, {C.aone(party, ', ')}. "
                    "Si ritirano "
                    "alle 17 🎈",
                    f"Don't forget {C.poss(k2)} party on Saturday from {C.time(14, 0, 0)} at ours, "
                    f"{C.aone(party, ', ')}. "
                    f"Pick-up at {C.time(17, 0, 0)} 🎈",
                ),
            ),
            (
                s[fams[3][1].serial],
                C.t(
                    f"Hat jemand die blaue Jacke von {C.nm(k3, 'first')} gesehen? Ist seit Dienstag weg 😩",
                    f"Quelqu'un a vu la veste bleue {C.de(k3)} ? Disparue depuis mardi 😩",
                    f"Qualcuno ha visto la giacca blu di {C.nm(k3, 'first')}? Sparita da martedì 😩",
                    f"Has anyone seen {C.poss(k3)} blue coat? Missing since Tuesday 😩",
                ),
            ),
            (
                s[rep.serial],
                C.t(
                    "Liegt in der Fundkiste beim Hausmeister, hab sie heute gesehen",
                    "Elle est aux objets trouvés à l'entrée, je l'ai vue ce matin",
                    "È nella cesta degli oggetti smarriti all'ingresso, l'ho vista stamattina",
                    "It's in lost property by the office, saw it this morning",
                ),
            ),
        ]
        if C.p(0.5):
            nn = C.ph("mobile")
            msgs.append(
                (
                    s[fams[1][1].serial],
                    C.t(
                        f"Übrigens neue Handynummer: {nn}",
                        f"Au fait, nouveau numéro : {nn}",
                        f"Ah, nuovo numero: {nn}",
                        f"By the way, new number: {nn}",
                    ),
                )
            )
        head = C.t(
            f"WhatsApp-Gruppe „Eltern {kl}“",
            f"Groupe WhatsApp « Parents {kl} »",
            f'Gruppo WhatsApp "Genitori {kl}"',
            f'WhatsApp group "{kl} parents"',
        )
        return f"{head}\n\n{C.chat(msgs, layout=C.ch(['ios', 'android', 'plain']), lower=C.p(0.45))}"
    if v == 2:
        rep = C.person(age=(28, 52))
        fair = C.days(10, 40)
        helpers = [_family(C, kage, t) for _ in range(C.ri(3, 5))]
        lst = "\n".join(
            f"- {C.nm(p, 'fl')} ({C.poss(k, 'first') if C.lang in ('de', 'en') else C.nm(k, 'first')}"
            f"{C.t(' Mama' if p.gender == 'f' else ' Papa', '', '', ' mum' if p.gender == 'f' else ' dad')}"
            f"): {C.mob(p)}"
            for k, p, _ in helpers
        )
        if C.lang == "fr":
            lst = "\n".join(
                f"- {C.nm(p, 'fl')} ({g(p, 'papa', 'maman')} {C.de(k)}) : {C.mob(p)}" for k, p, _ in helpers
            )
        if C.lang == "it":
            lst = "\n".join(
                f"- {C.nm(p, 'fl')} ({g(p, 'papà', 'mamma')} di {C.nm(k, 'first')}): {C.mob(p)}" for k, p, _ in helpers
            )
        if C.lang == "de":
            q = (
                f"Liebe Eltern der {kl},\n\nfür unser Schulfest am {C.date(fair)} brauchen wir noch Helferinnen und "
                f"Helfer für Kuchenstand und Aufbau. Bitte meldet euch bei mir oder bei der Elternvertretung.\n\n"
                f"Herzliche Grüße\n{C.mr(teacher)}"
            )
            body = (
                f"Liebe Eltern,\n\nunten die Nachricht von {C.mr(teacher, 'acc')}. Bisher haben sich gemeldet:\n"
                f"{lst}\n\nWir brauchen noch mindestens drei Leute. Wer kann, bitte kurz bei mir melden: "
                f"{C.mob(rep)}.\n\nLiebe Grüße\n{C.nm(rep, 'fl')}, Elternvertretung {kl}"
            )
            subj = f"Schulfest {C.date(fair)} – Helfer gesucht"
        elif C.lang == "fr":
            q = (
                f"Chers parents de {kl},\n\npour la fête de l'école du {C.date(fair)}, nous cherchons encore des "
                f"volontaires pour le stand de gâteaux et l'installation.\n\nBien cordialement\n{C.mr(teacher)}"
            )
            body = (
                f"Bonjour à tous,\n\nci-dessous le message de {C.mr(teacher)}. Sont déjà inscrits :\n{lst}\n\n"
                f"Il manque encore au moins trois personnes. Contactez-moi au {C.mob(rep)}.\n\nBonne journée\n"
                f"{C.nm(rep, 'fl')}, parent délégué{'e' if rep.gender == 'f' else ''} {kl}"
            )
            subj = f"Fête de l'école du {C.date(fair)} – bénévoles"
        elif C.lang == "it":
            q = (
                f"Cari genitori della {kl},\n\nper la festa della scuola del {C.date(fair)} cerchiamo ancora "
                f"volontari per il banco dei dolci e l'allestimento.\n\nCordiali saluti\n"
                f"{C.title(teacher)} {C.nm(teacher, 'last')}"
            )
            body = (
                f"Ciao a tutti,\n\nsotto il messaggio della maestra. Finora si sono offerti:\n{lst}\n\nServono "
                f"almeno altre tre persone. Scrivetemi al {C.mob(rep)}.\n\nUn saluto\n{C.nm(rep, 'fl')}, "
                f"rappresentante di classe"
            )
            subj = f"Festa della scuola {C.date(fair)} – cerchiamo volontari"
        else:
            q = (
                f"Dear {kl} parents,\n\nWe still need volunteers for the cake stall and set-up at our school fair on "
                f"{C.date(fair)}. Please let me or the class reps know.\n\nMany thanks\n{C.mr(teacher)}"
            )
            body = (
                f"Hi everyone,\n\nSee {C.mr(teacher)}'s message below. "
                f"Signed up so far:\n{lst}\n\nWe need at least three more. Text me on {C.mob(rep)} if you can "
                f"help.\n\nThanks!\n{C.nm(rep, 'fl')}, class rep"
            )
            subj = f"School fair {C.date(fair)} - helpers needed"
        head = C.mail_head(
            C.who(rep, C.email(rep)),
            C.t(f"Eltern {kl}", f"Parents {kl}", f"Genitori {kl}", f"{kl} parents") + f" <{C.email(rep)}>",
            subj,
            C.today,
            C.ri(18, 22),
            C.ri(0, 59),
        )
        qq = C.quote(q, C.today - dt.timedelta(days=C.ri(1, 5)), C.ri(8, 16), C.ri(0, 59), teacher, tmail)
        return f"{head}\n\n{body}\n\n{qq}"
    # v3: school app export
    recs = []
    iso = C.p(0.7)
    for _ in range(C.ri(3, 5)):
        kid, par, oth = _family(C, kage, t)
        gs = [par] + ([oth] if oth else [])
        pupil = {
            "first_name": C.nm(kid, "first"),
            "last_name": C.nm(kid, "last"),
            "dob": m("DOB", kid.dob.isoformat()) if iso else C.dob(kid, C.dshape),
            "class": kl,
        }
        if C.cc == "CH" and C.p(0.7):
            pupil["ahv_nr"] = m("AHV", C.ahv())
        recs.append(
            {
                "pupil": pupil,
                "guardians": [
                    {
                        "name": C.nm(x, "fl"),
                        "phone": C.mob(x),
                        "email": C.email(x),
                        "last_login": (
                            None
                            if C.p(0.2)
                            else {
                                "at": f"{C.days(-30, 0).isoformat()}T{C.ri(6, 23):02d}:{C.ri(0, 59):02d}",
                                "ip": C.ipm(),
                            }
                        ),
                    }
                    for x in gs
                ],
                "pickup_authorised": [C.nm(C.relative(par, "parent"), "fl")] if C.p(0.3) else [],
            }
        )
    out = C.jdump(recs) if C.p(0.6) else C.yaml({"class": kl, "pupils": recs})
    hdr = C.t(
        f"Export aus der Schul-App – {sch.name}",
        f"Export de l'application scolaire – {sch.name}",
        f"Esportazione dall'app della scuola – {sch.name}",
        f"School app export – {sch.name}",
    )
    return f"{hdr}\n\n{out}"


# ====================================================================================================================
# 11. nameplate - doorbell and letterbox name-plate orders, bell panels and name changes
# ====================================================================================================================

ENGRAVERS_NP = {
    "de": [
        "Schilderwerkstatt Sonnenberg",
        "Gravurservice Express",
        "Schlüssel & Schilder Center",
        "Stempel-Schilder-Dienst",
    ],
    "fr": ["Gravure Express", "Clés & Plaques Services", "Atelier Signalétique du Centre"],
    "it": ["Incisioni Rapide", "Chiavi & Targhette", "Targhe e Timbri Centro"],
    "en": ["Key & Sign Centre", "QuickEngrave", "Heel Bar & Engraving", "Plaque Express"],
}


def _plate_text(C: Ctx, ps: list[Person]) -> str:
    p = ps[0]
    x = C.r.random()
    if len(ps) > 1 and ps[1].last != p.last:
        return f"{C.nm(p, 'last')} / {C.nm(ps[1], 'last')}"
    if x < 0.3:
        return C.fam(p) if C.lang != "en" else C.nm(p, "last")
    if x < 0.5:
        return C.nm(p, "fi")
    if x < 0.6 and C.lang in ("de", "en"):
        return f"Dr. {C.nm(p, 'fi')}" if C.lang == "de" else f"Dr {C.nm(p, 'fi')}"
    if x < 0.8:
        return m("PERSON", p.last.upper())
    return C.nm(p, "fl")


def g_nameplate(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Ist die Bestellung so verständlich?", "Schreib eine kurze Auftragsbestätigung."],
                ["La commande est-elle claire ?", "Rédige une confirmation de commande."],
                ["L'ordine è chiaro?", "Scrivi una breve conferma d'ordine."],
                ["Is this order clear?", "Write a short order confirmation."],
            ),
            (
                ["Welche Schilder müssen noch getauscht werden?", "Mach mir eine Liste für den Graveur."],
                ["Quelles étiquettes faut-il encore changer ?", "Fais-moi une liste pour le graveur."],
                ["Quali targhette vanno ancora cambiate?", "Fammi un elenco per l'incisore."],
                ["Which name plates still need changing?", "Make me a list for the engraver."],
            ),
            (
                ["Formuliere die Antwort der Hausverwaltung.", "Was kostet so ein Schild normalerweise?"],
                ["Rédige la réponse de la gérance.", "Combien coûte une étiquette d'habitude ?"],
                ["Scrivi la risposta dell'amministrazione.", "Quanto costa di solito una targhetta?"],
                [
                    "Draft the managing agent's reply." if not C.us else "Draft the property manager's reply.",
                    "What does a name plate usually cost?",
                ],
            ),
            (
                ["Wo stimmt das Klingelschild nicht mit dem Mieter überein?", "Sortier nach Einzugsdatum."],
                ["Où l'étiquette ne correspond-elle pas au locataire ?", "Trie par date d'entrée."],
                ["Dove la targhetta non corrisponde all'inquilino?", "Ordina per data d'ingresso."],
                ["Where doesn't the name plate match the tenant?", "Sort by move-in date."],
            ),
        ],
    )
    t = C.town()
    bldg = C.addr(t, flat=False)
    mgr = C.org(C.ch(MANAGERS[C.loc]), town=t)
    eng = C.org(C.ch(ENGRAVERS_NP[C.lang]), town=t)
    clerk = C.person(age=(24, 62))
    cm = C.wmail(clerk, mgr.domain)
    din = C.phone("land", mgr.addr.area, din=True)
    if v == 0:
        rows = []
        for _ in range(C.ri(3, 6)):
            p = C.person()
            ps = [p] + ([C.relative(p, "partner")] if C.p(0.4) else [])
            pos = C.t(
                f"Klingel + Briefkasten {_flat(C)}",
                f"Interphone + boîte aux lettres {_flat(C)}",
                f"Citofono + cassetta {_flat(C)}",
                f"Bell + letterbox {_flat(C)}" if not C.us else f"Buzzer + mailbox {_flat(C)}",
            )
            rows.append([pos, _plate_text(C, ps), C.date(C.days(-5, 20)), C.mob(p) if C.p(0.6) else "—"])
        hdr = C.t(
            ["Position", "Text", "Einzug", "Telefon Mieter/in"],
            ["Emplacement", "Texte", "Entrée", "Tél. locataire"],
            ["Posizione", "Testo", "Ingresso", "Tel. inquilino"],
            ["Position", "Text", "Move-in", "Tenant phone"],
        )
        tbl = C.table(hdr, rows, C.ch(["md", "mdpad", "fixed", "tsv"]))
        spec = C.t(
            "Material: Alu eloxiert, 80 x 20 mm, schwarze Gravur, Schrift Arial",
            "Matière : aluminium anodisé, 80 x 20 mm, gravure noire",
            "Materiale: alluminio anodizzato, 80 x 20 mm, incisione nera",
            "Material: anodised aluminium, 80 x 20 mm, black engraving"
            if not C.us
            else "Material: anodized aluminum, 3 x 0.75 in, black engraving",
        )
        if C.lang == "de":
            intro = (
                f"Bestellung Klingel- und Briefkastenschilder\n\nAn: {eng.name}, {C.aone(eng.addr, ', ')}\n"
                f"Objekt: {C.a1(bldg)}, {C.a2(bldg)}\nAuftraggeber: {mgr.name}\n"
                f"Ansprechpartner{'in' if clerk.gender == 'f' else ''}: {C.nm(clerk, 'fl')}, Tel. "
                f"{m('PHONE', din)}, {cm}\n"
            )
            outro = (
                f"Montage vor Ort bitte mit den Mietern abstimmen. Schlüssel für den Briefkastenschrank hat "
                f"der {'Hauswart' if C.cc == 'CH' else 'Hausmeister'} ({C.ph()}).\nRechnung an {mgr.name}, "
                f"{C.aone(mgr.addr, ', ')}."
            )
        elif C.lang == "fr":
            intro = (
                f"Commande d'étiquettes interphone et boîtes aux lettres\n\nÀ : {eng.name}, "
                f"{C.aone(eng.addr, ', ')}\nImmeuble : {C.a1(bldg)}, {C.a2(bldg)}\nDonneur d'ordre : {mgr.name}"
                f"\nContact : {C.nm(clerk, 'fl')}, tél. {m('PHONE', din)}, {cm}\n"
            )
            outro = (
                f"Pose sur place à convenir avec les locataires. La clé des boîtes est chez le gardien "
                f"({C.ph()}).\nFacture à {mgr.name}, {C.aone(mgr.addr, ', ')}."
            )
        elif C.lang == "it":
            intro = (
                f"Ordine targhette citofono e cassette postali\n\nA: {eng.name}, {C.aone(eng.addr, ', ')}\n"
                f"Stabile: {C.a1(bldg)}, {C.a2(bldg)}\nCommittente: {mgr.name}\nReferente: "
                f"{C.nm(clerk, 'fl')}, tel. {m('PHONE', din)}, {cm}\n"
            )
            outro = (
                f"Montaggio da concordare con gli inquilini. La chiave delle cassette ce l'ha il portiere "
                f"({C.ph()}).\nFattura a {mgr.name}, {C.aone(mgr.addr, ', ')}."
            )
        else:
            intro = (
                f"Name plate order – bells and letterboxes\n\nTo: {eng.name}, {C.aone(eng.addr, ', ')}\n"
                f"Building: {C.a1(bldg)}, {C.a2(bldg)}\nOrdered by: {mgr.name}\nContact: {C.nm(clerk, 'fl')}, "
                f"{m('PHONE', din)}, {cm}\n"
            )
            outro = (
                f"Please arrange fitting with the tenants. The {'super' if C.us else 'caretaker'} has the "
                f"{'mailbox' if C.us else 'letterbox'} key ({C.ph()}).\nInvoice to {mgr.name}, "
                f"{C.aone(mgr.addr, ', ')}."
            )
        txt = f"{intro}\n{tbl}\n\n{spec}\n\n{outro}"
        return C.ocr(txt) if C.p(0.15) else txt
    if v == 1:
        floors = C.ri(3, 5)
        cells = []
        occupants = []
        for f in range(floors, -1, -1):
            row = []
            for side in C.t(["li", "re"], ["g.", "d."], ["sx", "dx"], ["L", "R"]):
                lab = (
                    C.t("EG", "RDC", "PT", "G")
                    if f == 0
                    else C.t(f"{f}. OG", f"{f}{'er' if f == 1 else 'e'}", f"{f}°", f"{f}")
                )
                if C.p(0.1):
                    txt = C.t("— frei —", "— libre —", "— libero —", "— vacant —")
                else:
                    p = C.person()
                    ps = [p] + ([C.relative(p, "partner")] if C.p(0.35) else [])
                    occupants.append(p)
                    txt = _plate_text(C, ps)
                row.append(f"{lab} {side}  {txt}")
            cells.append(row)
        w = max(vlen(c) for r in cells for c in r) + 2
        line = "+" + "-" * w + "+" + "-" * w + "+"
        panel = (
            [line]
            + [f"| {r[0]}{' ' * (w - 1 - vlen(r[0]))}| {r[1]}{' ' * (w - 1 - vlen(r[1]))}|" for r in cells]
            + [line]
        )
        care = C.person(age=(30, 66))
        s = C.senders([care, clerk])
        newp = C.person()
        old = occupants[0] if occupants else C.person()
        msgs = [
            (
                s[care.serial],
                C.t(
                    f"Bei {C.a1(bldg)} steht oben links noch {C.nm(old, 'last')} dran, die sind doch "
                    f"ausgezogen? Neu ist {C.mr(newp, full=True)}, Handy {C.mob(newp)}.",
                    f"{cap(C.au(bldg))} il y a encore {C.nm(old, 'last')} en haut à gauche, ils sont "
                    f"partis non ? {C.mr(newp, full=True)} vient d'emménager, portable {C.mob(newp)}.",
                    f"In {C.a1(bldg)} c'è ancora {C.nm(old, 'last')} in alto a sinistra, non erano "
                    f"andati via? Il nuovo inquilino è {C.mr(newp, full=True)}, cell. {C.mob(newp)}.",
                    f"At {C.a1(bldg)} it still says {C.nm(old, 'last')} top left - didn't they move "
                    f"out? New tenant is {C.mr(newp, full=True)}, mobile {C.mob(newp)}.",
                ),
            ),
            (
                s[clerk.serial],
                C.t(
                    f"Stimmt, bestelle ich heute bei {eng.name}.",
                    f"Oui, je commande chez {eng.name}.",
                    f"Sì, ordino oggi da {eng.name}.",
                    f"Yes, I'll order from {eng.name} today.",
                ),
            ),
        ]
        head = C.t(
            f"Klingeltableau {C.a1(bldg)} (Stand {C.date(C.today)})",
            f"Tableau d'interphone {C.a1(bldg)} (au {C.date(C.today)})",
            f"Pulsantiera citofono {C.a1(bldg)} (al {C.date(C.today)})",
            f"Bell panel {C.a1(bldg)} (as of {C.date(C.today)})",
        )
        return f"{head}\n\n```\n" + "\n".join(panel) + f"\n```\n\n{C.chat(msgs)}"
    if v == 2:
        me = C.person(gender="f" if C.p(0.75) else None, age=(22, 60))
        spouse = C.relative(me, "partner", share=0.0)
        oldlast = me.last
        newlast = spouse.last
        fl = _flat(C)
        ha = Address(bldg.l1, bldg.l2, bldg.town, bldg.area, bldg.street)
        new_full = m("PERSON", f"{me.first} {newlast}")
        old_full = m("PERSON", f"{me.first} {oldlast}")
        if C.lang == "de":
            q = (
                f"{C.greet(me)},\n\nfür neue Klingel- und Briefkastenschilder füllen Sie bitte dieses Formular aus:"
                f"\n\nWohnung: ____\nText Klingel: ____\nText Briefkasten: ____\n\nDie Kosten von "
                f"{C.money(18.5)} werden mit der Nebenkostenabrechnung verrechnet.\n\n{C.bye()}\n"
                f"{C.sig(clerk, '', mgr, m('PHONE', din), cm)}"
            )
            body = (
                f"{C.greet(clerk)},\n\nseit unserer Hochzeit heiße ich nicht mehr {old_full}, sondern "
                f"{new_full}; mein Mann {C.nm(spouse, 'fl')} ist zu mir gezogen.\n\nWohnung: {fl}, "
                f"{C.a1(ha)}\nText Klingel: {m('PERSON', newlast)}\nText Briefkasten: "
                f"{m('PERSON', newlast)} ({C.nm(me, 'first')} + {C.nm(spouse, 'first')})\n\nTelefon für den "
                f"Monteur: {C.mob(me)}\n\n{C.bye()}\n{new_full}"
            )
            if spouse.gender == "f":
                body = body.replace("mein Mann", "meine Frau")
            subj = f"AW: Namensschild {fl}"
        elif C.lang == "fr":
            q = (
                f"{C.greet(me)},\n\npour changer les étiquettes, merci de compléter :\n\nLogement : ____\n"
                f"Texte interphone : ____\nTexte boîte aux lettres : ____\n\nLes frais ({C.money(18.5)}) seront "
                f"imputés sur les charges.\n\n{C.bye()}\n{C.sig(clerk, '', mgr, m('PHONE', din), cm)}"
            )
            body = (
                f"{C.greet(clerk)},\n\ndepuis notre mariage je ne m'appelle plus {old_full} mais {new_full} ; "
                f"{g(spouse, 'mon mari', 'ma femme')} {C.nm(spouse, 'fl')} habite désormais avec moi.\n\n"
                f"Logement : {fl}, {C.a1(ha)}\nTexte interphone : {m('PERSON', newlast)}\nTexte boîte aux "
                f"lettres : {m('PERSON', newlast)} – {C.nm(me, 'first')} et {C.nm(spouse, 'first')}\n\n"
                f"Téléphone pour la pose : {C.mob(me)}\n\n{C.bye()}\n{new_full}"
            )
            subj = f"RE: Étiquette {fl}"
        elif C.lang == "it":
            q = (
                f"{C.greet(me)},\n\nper le nuove targhette compili per favore:\n\nAppartamento: ____\nTesto "
                f"citofono: ____\nTesto cassetta: ____\n\nIl costo ({C.money(18.5)}) sarà addebitato nelle spese "
                f"condominiali.\n\n{C.bye()}\n{C.sig(clerk, '', mgr, m('PHONE', din), cm)}"
            )
            body = (
                f"{C.greet(clerk)},\n\ndopo il matrimonio sulla targhetta vorremmo anche il cognome di "
                f"{g(spouse, 'mio marito', 'mia moglie')}, {C.nm(spouse, 'fl')}, che si è trasferit"
                f"{g(spouse, 'o', 'a')} da me. Io resto {old_full}.\n\nAppartamento: {fl}, {C.a1(ha)}\n"
                f"Testo citofono: {m('PERSON', oldlast.upper())} – {m('PERSON', newlast.upper())}\n"
                f"Testo cassetta: {m('PERSON', oldlast)} / {m('PERSON', newlast)}\n\nTelefono per il montaggio: "
                f"{C.mob(me)}\n\n{C.bye()}\n{old_full}"
            )
            subj = f"R: Targhetta {fl}"
        else:
            q = (
                f"{C.greet(me)},\n\nTo change your name plates please send us:\n\n{'Unit' if C.us else 'Flat'}: "
                f"____\nBell text: ____\n{'Mailbox' if C.us else 'Letterbox'} text: ____\n\nThe "
                f"{C.money(18.5)} fee will be added to your next statement.\n\n{C.bye()}\n"
                f"{C.sig(clerk, '', mgr, m('PHONE', din), cm)}"
            )
            body = (
                f"{C.greet(clerk)},\n\nSince getting married I'm no longer {old_full} but {new_full}; my "
                f"{g(spouse, 'husband', 'wife')} {C.nm(spouse, 'fl')} has moved in with me.\n\n"
                f"{'Unit' if C.us else 'Flat'}: {fl}, {C.a1(ha)}\nBell text: {m('PERSON', newlast)}\n"
                f"{'Mailbox' if C.us else 'Letterbox'} text: {C.nm(me, 'first')} & "
                f"{C.nm(spouse, 'fl')}\n\nPhone for the fitter: {C.mob(me)}\n\n{C.bye()}\n{new_full}"
            )
            subj = f"RE: Name plate {fl}"
        head = C.mail_head(C.who(me, C.email(me)), C.who(clerk, cm), subj, C.today, C.ri(7, 22), C.ri(0, 59))
        qq = C.quote(q, C.today - dt.timedelta(days=C.ri(1, 10)), C.ri(8, 16), C.ri(0, 59), clerk, cm)
        return f"{head}\n\n{body}\n\n{qq}"
    # v3: property-management export
    rows = []
    portal = C.p(0.5)
    for _ in range(C.ri(5, 8)):
        p = C.person()
        ps = [p] + ([C.relative(p, "partner")] if C.p(0.35) else [])
        mi = C.today - dt.timedelta(days=C.ri(10, 4000))
        plate = _plate_text(C, ps) if C.p(0.8) else m("PERSON", C.person().last)
        rec = {
            "unit": _flat(C),
            "tenants": "; ".join(C.nm(x, "lf") for x in ps),
            "move_in": mi.isoformat(),
            "plate": plate,
            "phone": C.mob(p),
            "email": C.email(p) if C.p(0.7) else "",
        }
        if portal:
            rec["portal_last_ip"] = C.ipm() if C.p(0.75) else ""
        rows.append(rec)
    rows.sort(key=lambda r: r["move_in"])
    hdr = C.t(
        f"Mieterliste {C.a1(bldg)}, {C.a2(bldg)} – Export {mgr.name}",
        f"Liste des locataires {C.a1(bldg)}, {C.a2(bldg)} – export {mgr.name}",
        f"Elenco inquilini {C.a1(bldg)}, {C.a2(bldg)} – esportazione {mgr.name}",
        f"Tenant list {C.a1(bldg)}, {C.a2(bldg)} – export {mgr.name}",
    )
    if C.p(0.5):
        keys = list(rows[0].keys())
        return f"{hdr}\n\n{C.table(keys, [[r[k] for k in keys] for r in rows], C.ch(['csv', 'ssv', 'tsv', 'md']))}"
    return f"{hdr}\n\n{C.jdump(rows)}"


# ====================================================================================================================
# 12. beachhut - beach huts, beach chairs, lido cabins and seasonal umbrellas
# ====================================================================================================================

COAST = {
    "de_DE": [
        ("25980", "Sylt", "04651"),
        ("25938", "Wyk auf Föhr", "04681"),
        ("18055", "Rostock", "0381"),
        ("23552", "Lübeck", "0451"),
        ("24103", "Kiel", "0431"),
    ],
    "de_AT": [
        ("9020", "Klagenfurt am Wörthersee", "0463"),
        ("4810", "Gmunden", "07612"),
        ("5700", "Zell am See", "06542"),
        ("6900", "Bregenz", "05574"),
    ],
    "de_CH": [
        ("8001", "Zürich", "044"),
        ("6003", "Luzern", "041"),
        ("3600", "Thun", "033"),
        ("8590", "Romanshorn", "071"),
        ("6300", "Zug", "041"),
        ("8640", "Rapperswil-Jona", "055"),
    ],
    "fr_FR": [
        ("17000", "La Rochelle", "05"),
        ("76600", "Le Havre", "02"),
        ("29200", "Brest", "02"),
        ("06000", "Nice", "04"),
        ("64100", "Bayonne", "05"),
        ("17410", "Saint-Martin-de-Ré", "05"),
    ],
    "fr_CH": [
        ("1201", "Genève", "022"),
        ("1003", "Lausanne", "021"),
        ("2000", "Neuchâtel", "032"),
        ("1800", "Vevey", "021"),
        ("1110", "Morges", "021"),
        ("1260", "Nyon", "022"),
    ],
    "it_IT": [
        ("47921", "Rimini", "0541", "RN"),
        ("65122", "Pescara", "085", "PE"),
        ("09124", "Cagliari", "070", "CA"),
        ("19121", "La Spezia", "0187", "SP"),
        ("07026", "Olbia", "0789", "SS"),
        ("34121", "Trieste", "040", "TS"),
    ],
    "it_CH": [
        ("6900", "Lugano", "091"),
        ("6600", "Locarno", "091"),
        ("6612", "Ascona", "091"),
        ("6648", "Minusio", "091"),
    ],
    "en_GB": [
        ("Brighton", "01273", _w("BN1 BN2")),
        ("Whitstable", "01227", _w("CT5")),
        ("Southwold", "01502", ["IP18"]),
        ("Lymington", "01590", ["SO41"]),
        ("Penzance", "01736", ["TR18"]),
        ("Ryde", "01983", ["PO33"]),
    ],
    "en_US": [
        ("Cape May", "NJ", ["08204"], ["609"]),
        ("Charleston", "SC", _w("29401 29403"), ["843"]),
        ("San Diego", "CA", _w("92104 92116"), _w("619 858")),
        ("Vineyard Haven", "MA", ["02568"], ["508"]),
    ],
}
HUT_OPS = {
    "de_DE": ["Strandkorbvermietung Dünenblick", "Kurverwaltung – Strandkorbbüro", "Strandkorbvermietung Möwennest"],
    "de_AT": ["Strandbad – Kabinenvermietung", "Seebad Kabinenverwaltung", "Freibad am See GmbH"],
    "de_CH": ["Seebad Utoquai – Kabinenvermietung", "Strandbad Lido – Saisonkabinen", "Badi am See – Kabinen"],
    "fr_FR": ["Les Cabines de la Plage Sud", "Régie municipale des cabines de plage", "Cabines du Front de Mer"],
    "fr_CH": ["Bains du Lac – location de cabines", "Piscine-plage – cabines saisonnières"],
    "it_IT": ["Bagno Aurora", "Stabilimento Balneare Conchiglia", "Lido Azzurro", "Bagno Marina"],
    "it_CH": ["Lido comunale – cabine stagionali", "Bagno pubblico – cabine"],
    "en_GB": ["District Council Beach Huts Office", "Seafront Services – Beach Huts", "Beach Hut Lettings"],
    "en_US": ["Beach Club Cabana Rentals", "Oceanfront Cabanas LLC", "Bayside Beach Cabanas"],
}


def _hut(C: Ctx) -> str:
    n = C.ri(1, 320)
    return C.t(
        C.ch([f"Strandkorb Nr. {n}", f"Kabine {n}", f"Saisonkabine {n}"])
        if C.loc != "de_DE"
        else f"Strandkorb Nr. {n}",
        f"cabine n° {n}",
        C.ch([f"ombrellone fila {C.ri(1, 8)} n. {n}", f"cabina {n}"]),
        f"hut {n}" if not C.us else f"cabana {n}",
    )


def g_beachhut(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Stimmen die Angaben im Antrag?", "Formuliere eine kurze Bestätigung."],
                ["Les informations du contrat sont-elles correctes ?", "Rédige une courte confirmation."],
                ["I dati del contratto sono corretti?", "Scrivi una breve conferma."],
                ["Are the details on this form right?", "Write a short confirmation."],
            ),
            (
                ["Wer ist als Nächstes dran?", "Schreib eine Nachricht an die ersten drei auf der Warteliste."],
                ["Qui est le prochain sur la liste ?", "Écris aux trois premiers de la liste d'attente."],
                ["Chi è il prossimo in lista?", "Scrivi ai primi tre della lista d'attesa."],
                ["Who's next on the list?", "Write to the first three on the waiting list."],
            ),
            (
                ["Ist die Übertragung so möglich?", "Formuliere die Antwort der Verwaltung."],
                ["Ce transfert est-il possible ?", "Rédige la réponse du gestionnaire."],
                ["Il trasferimento è possibile?", "Scrivi la risposta del gestore."],
                ["Can the hut be transferred like this?", "Draft the office's reply."],
            ),
            (
                ["Wie viel haben wir diese Woche eingenommen?", "Gibt es doppelte Buchungen?"],
                ["Combien avons-nous encaissé cette semaine ?", "Y a-t-il des doublons ?"],
                ["Quanto abbiamo incassato questa settimana?", "Ci sono prenotazioni doppie?"],
                ["How much did we take this week?", "Are there any duplicate bookings?"],
            ),
        ],
    )
    t = C.ch(COAST[C.loc])
    op = C.org(C.ch(HUT_OPS[C.loc]), town=t)
    season = C.today.year if C.today.month < 9 else C.today.year + 1
    price = C.ch([380, 450, 520, 690, 880, 1200, 1650])
    if v == 0:
        me = C.person(age=(25, 85))
        ha = C.home(me)
        users = [C.relative(me, C.ch(["partner", "child", "sibling"])) for _ in range(C.ri(1, 3))]
        hut = _hut(C)
        pay_de = ("IBAN (SEPA-Lastschrift)", C.ib()) if C.cc != "CH" else ("IBAN (Rückerstattung Depot)", C.ib())
        ul = ", ".join(C.nm(u, "fl") for u in users)
        if C.lang == "de":
            rows = [
                ("Mieter/in", C.nm(me, "fl")),
                ("Geburtsdatum", C.dob(me)),
                ("Anschrift", C.aone(ha, ", ")),
                ("Telefon", C.mob(me)),
                ("E-Mail", C.email(me)),
                ("Objekt", hut),
                ("Saison", f"{C.date(dt.date(season, 5, 1))} – {C.date(dt.date(season, 9, 30))}"),
                ("Preis", C.money(price)),
                ("Weitere Nutzer/innen", ul),
                pay_de,
                ("Unterschrift", C.nm(me, "fl")),
            ]
            title = f"Saisonvertrag {season}"
        elif C.lang == "fr":
            rows = [
                ("Locataire", C.nm(me, "fl")),
                ("Date de naissance", C.dob(me)),
                ("Adresse", C.aone(ha, ", ")),
                ("Téléphone", C.mob(me)),
                ("Courriel", C.email(me)),
                ("Emplacement", hut),
                ("Saison", f"du {C.date(dt.date(season, 5, 1))} au {C.date(dt.date(season, 9, 30))}"),
                ("Tarif", C.money(price)),
                ("Autres utilisateurs", ul),
                ("IBAN", C.ib()),
                ("Signature", C.nm(me, "fl")),
            ]
            title = f"Contrat de location saisonnière {season}"
        elif C.lang == "it":
            rows = [
                ("Cliente", C.nm(me, "fl")),
                ("Data di nascita", C.dob(me)),
                ("Residenza", C.aone(ha, ", ")),
                ("Cellulare", C.mob(me)),
                ("E-mail", C.email(me)),
                ("Postazione", hut),
                ("Stagione", f"dal {C.date(dt.date(season, 5, 15))} al {C.date(dt.date(season, 9, 15))}"),
                ("Prezzo", C.money(price)),
                ("Altri utenti", ul),
                ("IBAN per addebito", C.ib()),
                ("Firma", C.nm(me, "fl")),
            ]
            title = f"Abbonamento stagionale {season}"
        else:
            pay = (
                ("IBAN / bank details", C.ib())
                if not C.us
                else ("Card on file", m("CARD", C.card()) if C.p(0.4) else C.masked())
            )
            rows = [
                ("Licence holder" if not C.us else "Renter", C.nm(me, "fl")),
                ("Date of birth", C.dob(me)),
                ("Home address", C.aone(ha, ", ")),
                ("Phone", C.mob(me)),
                ("Email", C.email(me)),
                ("Hut" if not C.us else "Cabana", hut),
                ("Season", f"{C.date(dt.date(season, 4, 1))} – {C.date(dt.date(season, 10, 31))}"),
                ("Fee", C.money(price)),
                ("Authorised users", ul),
                pay,
                ("Signed", C.nm(me, "fl")),
            ]
            title = f"{'Beach hut licence' if not C.us else 'Cabana rental agreement'} {season}"
        txt = f"{C.letterhead(op)}\n\n{title}\n\n{C.form(rows)}"
        return C.ocr(txt) if C.p(0.15) else txt
    if v == 1:
        rows = []
        ppl = []
        for k, (dd, _hh, _mm) in enumerate(
            C.times(C.today - dt.timedelta(days=2500), C.today - dt.timedelta(days=30), C.ri(6, 10))
        ):
            p = C.person()
            ppl.append(p)
            rows.append(
                [
                    str(k + 1),
                    C.nm(p, C.ch(["lf", "fl"])),
                    C.tname(),
                    C.date(dd),
                    C.mob(p) if C.p(0.7) else C.land(p),
                    C.email(p) if C.p(0.6) else "",
                ]
            )
        hdr = C.t(
            ["Platz", "Name", "Wohnort", "angemeldet", "Telefon", "E-Mail"],
            ["Rang", "Nom", "Ville", "Inscrit le", "Téléphone", "Courriel"],
            ["Pos.", "Nome", "Città", "Iscritto il", "Telefono", "E-mail"],
            ["No.", "Name", "Town", "Joined", "Phone", "Email"],
        )
        tbl = C.table(hdr, rows)
        a, b = C.person(age=(22, 60)), C.person(age=(22, 60))
        s = C.senders([a, b], phone_ok=False)
        x = ppl[0]
        msgs = [
            (
                s[a.serial],
                C.t(
                    f"{_hut(C)} wird frei. {C.mr(x)} ist Erste auf der Liste, geht aber nicht ran."
                    if x.gender == "f"
                    else f"{_hut(C)} wird frei. {C.mr(x)} ist Erster auf der Liste, geht aber nicht ran.",
                    f"La {_hut(C)} se libère. {C.mr(x)} est en tête de liste mais ne répond pas.",
                    f"Si libera {C.ch(['la cabina', 'il posto'])} {C.ri(1, 200)}. {C.mr(x)} è "
                    f"prim{g(x, 'o', 'a')} in lista ma non risponde.",
                    f"{_hut(C).capitalize()} is coming free. {C.mr(x)} is top of the list but not answering.",
                ),
            ),
            (
                s[b.serial],
                C.t(
                    f"Schreib {g(x, 'ihm', 'ihr')} eine Mail, Frist 14 Tage, dann {C.mr(ppl[1])}.",
                    f"Envoie un mail, délai 14 jours, sinon {C.mr(ppl[1])}.",
                    f"Mandale una mail, 14 giorni di tempo, poi {C.mr(ppl[1])}."
                    if x.gender == "f"
                    else f"Mandagli una mail, 14 giorni di tempo, poi {C.mr(ppl[1])}.",
                    f"Email {g(x, 'him', 'her')}, 14 days to reply, then {C.mr(ppl[1])}.",
                ),
            ),
        ]
        head = C.t(
            f"Warteliste Saison {season}",
            f"Liste d'attente saison {season}",
            f"Lista d'attesa {season}",
            f"Waiting list {season}",
        )
        return f"{op.name}\n{head}\n\n{tbl}\n\n{C.chat(msgs)}"
    if v == 2:
        me = C.person(age=(65, 92))
        heir = C.relative(me, "child")
        off = C.person(age=(25, 62))
        om = C.wmail(off, op.domain)
        hut = _hut(C)
        ha = C.home(heir)
        if C.lang == "de":
            q = (
                f"{C.greet(me)},\n\neine Übertragung ist nur an nahe Angehörige möglich. Bitte nennen Sie uns Name, "
                f"Geburtsdatum und Anschrift der Person.\n\n{C.bye()}\n{C.sig(off, '', op, m('PHONE', op.phone), om)}"
            )
            body = (
                f"{C.greet(off)},\n\naus gesundheitlichen Gründen möchte ich {hut} ab der Saison {season} an "
                f"{g(heir, 'meinen Sohn', 'meine Tochter')} übertragen:\n\n{C.nm(heir, 'fl')}\ngeb. "
                f"{C.dob(heir)}\n{C.ablock(ha)}\nTel. {C.mob(heir)}\n{C.email(heir)}\n\n{C.bye()}\n"
                f"{C.nm(me, 'fl')}"
            )
            subj = f"AW: Übertragung {hut}"
        elif C.lang == "fr":
            q = (
                f"{C.greet(me)},\n\nun transfert n'est possible qu'à un proche parent. Merci de nous indiquer ses "
                f"nom, date de naissance et adresse.\n\n{C.bye()}\n{C.sig(off, '', op, m('PHONE', op.phone), om)}"
            )
            body = (
                f"{C.greet(off)},\n\npour raisons de santé, je souhaite transférer la {hut} à "
                f"{g(heir, 'mon fils', 'ma fille')} à partir de la saison {season} :\n\n{C.nm(heir, 'fl')}\n"
                f"{g(heir, 'né', 'née')} le {C.dob(heir)}\n{C.ablock(ha)}\nTél. {C.mob(heir)}\n{C.email(heir)}"
                f"\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = f"RE: Transfert {hut}"
        elif C.lang == "it":
            q = (
                f"{C.greet(me)},\n\nil trasferimento è possibile solo a un familiare stretto. Ci indichi nome, data "
                f"di nascita e indirizzo.\n\n{C.bye()}\n{C.sig(off, '', op, m('PHONE', op.phone), om)}"
            )
            art = "l'" if hut.startswith("ombrellone") else "la "
            body = (
                f"{C.greet(off)},\n\nper motivi di salute vorrei trasferire {art}{hut} a "
                f"{g(heir, 'mio figlio', 'mia figlia')} dalla stagione {season}:\n\n{C.nm(heir, 'fl')}\n"
                f"{g(heir, 'nato', 'nata')} il {C.dob(heir)}\n{C.ablock(ha)}\nCell. {C.mob(heir)}\n"
                f"{C.email(heir)}\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = f"R: Trasferimento {art}{hut}"
        else:
            q = (
                f"{C.greet(me)},\n\nA {'licence' if not C.us else 'rental'} can only be transferred to a close "
                f"family member. Please send us their name, date of birth and address.\n\n{C.bye()}\n"
                f"{C.sig(off, '', op, m('PHONE', op.phone), om)}"
            )
            body = (
                f"{C.greet(off)},\n\nFor health reasons I'd like to transfer {hut} to my "
                f"{g(heir, 'son', 'daughter')} from the {season} season:\n\n{C.nm(heir, 'fl')}\nborn "
                f"{C.dob(heir)}\n{C.ablock(ha)}\n{C.mob(heir)}\n{C.email(heir)}\n\n{C.bye()}\n{C.nm(me, 'fl')}"
            )
            subj = f"RE: Transfer of {hut}"
        head = C.mail_head(
            C.who(me, C.email(me)),
            C.who(off, om),
            subj,
            C.today,
            C.ri(8, 20),
            C.ri(0, 59),
            cc=C.email(heir) if C.p(0.4) else "",
        )
        qq = C.quote(q, C.today - dt.timedelta(days=C.ri(2, 15)), C.ri(8, 16), C.ri(0, 59), off, om)
        return f"{head}\n\n{body}\n\n{qq}"
    # v3: online booking export
    recs = []
    summer = dt.date(C.today.year if C.today.month < 8 else C.today.year + 1, C.ri(6, 8), C.ri(1, 28))
    for dd, hh, mm in C.times(C.today - dt.timedelta(days=7), C.today, C.ri(4, 7)):
        p = C.person()
        day = summer + dt.timedelta(days=C.ri(0, 30))
        rec = {
            "order": f"{C.ch(['SK', 'CB', 'BH', 'OM'])}-{C.digits(6)}",
            "created": f"{dd.isoformat()} {hh:02d}:{mm:02d}",
            "name": C.nm(p, "fl"),
            "email": C.email(p),
            "phone": C.mob(p),
            "item": _hut(C),
            "date": day.isoformat(),
            "days": C.ri(1, 14),
            "amount": round(C.ri(15, 400) + C.ch([0, 0.5]), 2),
            "payment": C.masked() if C.p(0.8) else C.ch(["paypal", "twint" if C.cc == "CH" else "invoice"]),
            "ip": C.ipm(),
        }
        recs.append(rec)
    if C.p(0.3):
        dup = dict(recs[-1])
        dup["order"] = f"{dup['order'][:3]}{C.digits(6)}"
        recs.append(dup)
    hdr = C.t(
        f"Online-Buchungen {op.name}",
        f"Réservations en ligne – {op.name}",
        f"Prenotazioni online – {op.name}",
        f"Online bookings – {op.name}",
    )
    if C.p(0.45):
        keys = list(recs[0].keys())
        return f"{hdr}\n\n{C.table(keys, [[str(r[k]) for k in keys] for r in recs], C.ch(['csv', 'tsv', 'ssv']))}"
    return f"{hdr}\n\n{C.jlines(recs) if C.p(0.5) else C.jdump(recs)}"


# ====================================================================================================================
# 13. biketheft - bicycle theft reports, registry entries, neighbourhood chats and insurance claims
# ====================================================================================================================

BIKES = [
    "Gazelle Orange C7",
    "Cube Kathmandu Hybrid",
    "Trek FX 3",
    "Kalkhoff Endeavour 5",
    "Riese & Müller Load 75",
    "Canyon Roadlite 7",
    "VanMoof S5",
    "Bianchi Spillo",
    "Specialized Turbo Vado",
    "Brompton C Line",
    "Peugeot LR01",
    "Decathlon Elops 520",
    "Giant Escape 2",
    "Stevens Strada 800",
    "Raleigh Pioneer",
]
COLOURS = {
    "de": ["schwarz", "dunkelblau", "mattgrau", "rot", "weiß", "petrol"],
    "fr": ["noir", "bleu marine", "gris mat", "rouge", "blanc", "vert d'eau"],
    "it": ["nero", "blu", "grigio opaco", "rosso", "bianco", "verde acqua"],
    "en": ["black", "navy", "matt grey", "red", "white", "teal"],
}


DE_NEUTER = {
    "schwarz": "schwarzes",
    "dunkelblau": "dunkelblaues",
    "mattgrau": "mattgraues",
    "rot": "rotes",
    "weiß": "weißes",
    "petrol": "petrolfarbenes",
}
IT_FEM = {
    "nero": "nera",
    "blu": "blu",
    "grigio opaco": "grigia opaca",
    "rosso": "rossa",
    "bianco": "bianca",
    "verde acqua": "verde acqua",
}


def _frame(C: Ctx) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return C.ch(
        [
            f"WAW{C.digits(5)}{C.ch(L)}",
            f"{C.ch(L)}{C.ch(L)}{C.digits(7)}",
            f"GZ{C.digits(8)}",
            f"S{C.digits(3)}{C.ch(L)}{C.digits(5)}",
        ]
    )


def _police(C: Ctx, t: tuple) -> str:
    town = C.tname(t)
    return {
        "de_DE": f"Polizeiinspektion {town}-Mitte",
        "de_AT": f"Polizeiinspektion {town}",
        "de_CH": f"Stadtpolizei {town}" if C.p(0.5) else f"Kantonspolizei, Posten {town}",
        "fr_FR": f"Commissariat de police de {town}",
        "fr_CH": f"Police municipale de {town}",
        "it_IT": f"Stazione Carabinieri di {town}",
        "it_CH": f"Polizia comunale di {town}",
        "en_GB": f"{town} Police Station",
        "en_US": f"{town} Police Department",
    }[C.loc]


def g_biketheft(C: Ctx, v: int) -> str:
    C.vreqs(
        v,
        [
            (
                ["Fehlt in der Anzeige noch etwas?", "Was mache ich jetzt mit der Versicherung?"],
                ["Manque-t-il quelque chose dans la déclaration ?", "Que dois-je faire avec l'assurance ?"],
                ["Manca qualcosa nella denuncia?", "Cosa devo fare con l'assicurazione?"],
                ["Is anything missing from this report?", "What do I do about the insurance now?"],
            ),
            (
                ["Schreib einen Suchaufruf für die Nachbarschaft.", "Fass den Chat zusammen."],
                ["Rédige un appel à témoins pour le quartier.", "Résume la discussion."],
                ["Scrivi un appello per il quartiere.", "Riassumi la chat."],
                [
                    "Write a lost-bike appeal for the neighbourhood."
                    if not C.us
                    else "Write a stolen-bike post for the neighborhood.",
                    "Summarise the chat.",
                ],
            ),
            (
                ["Wie viel müsste die Versicherung zahlen?", "Formuliere die Mail etwas sachlicher."],
                ["Combien l'assurance devrait-elle rembourser ?", "Rends ce mail plus factuel."],
                ["Quanto dovrebbe rimborsare l'assicurazione?", "Rendi la mail più oggettiva."],
                ["How much should the insurer pay out?", "Make this email a bit more factual."],
            ),
            (
                ["Passt eines der gefundenen Räder zu einer Diebstahlmeldung?", "Mach eine Tabelle daraus."],
                ["Un des vélos retrouvés correspond-il à un vol déclaré ?", "Fais-en un tableau."],
                ["Una delle bici ritrovate corrisponde a un furto denunciato?", "Fanne una tabella."],
                ["Does any recovered bike match a theft report?", "Put this into a table."],
            ),
        ],
    )
    t = C.town()
    pol = _police(C, t)
    bike = C.ch(BIKES)
    col = C.ch(COLOURS[C.lang])
    frame = _frame(C)
    price = C.ch([449, 699, 899, 1299, 2499, 3199, 4290])
    when = C.today - dt.timedelta(days=C.ri(0, 6))
    me = C.person(age=(16, 78))
    ha = C.home(me, t)
    spot = C.near(ha) if C.p(0.5) else C.addr(t, flat=False)
    if v == 0:
        wit = C.person() if C.p(0.5) else None
        case = C.ref(C.ch(["", "ST/", "BN-"]), 8)
        h1, h2 = C.ri(6, 19), C.ri(20, 23)
        if C.lang == "de":
            rows = [
                ("Name, Vorname", C.nm(me, "lf")),
                ("Geburtsdatum", C.dob(me)),
                ("Anschrift", C.aone(ha, ", ")),
                ("Telefon", C.mob(me)),
                ("E-Mail", C.email(me)),
                ("Tatzeit", f"{C.date(when)}, zwischen {h1}:00 und {h2}:00 Uhr"),
                ("Tatort", f"vor dem Haus {C.a1(spot)}, am Fahrradständer"),
                ("Fahrrad", f"{bike}, Farbe {col}"),
                ("Rahmennummer", frame),
                ("Codierung", f"{C.ch(['K', 'HH', 'M', 'B'])}-{C.digits(3)}-{C.digits(3)}" if C.cc == "DE" else "—"),
                ("Schloss", C.ch(["Faltschloss", "Bügelschloss", "Kabelschloss (durchtrennt)"])),
                ("Neupreis", C.money(price)),
                ("Zeuge/Zeugin", f"{C.nm(wit, 'fl')}, {C.mob(wit)}" if wit else "—"),
                ("Vorgangsnummer", case),
            ]
            title = f"Online-Anzeige Fahrraddiebstahl – {pol}"
        elif C.lang == "fr":
            rows = [
                ("Nom, prénom", C.nm(me, "L F")),
                ("Date de naissance", C.dob(me)),
                ("Adresse", C.aone(ha, ", ")),
                ("Téléphone", C.mob(me)),
                ("Courriel", C.email(me)),
                ("Date des faits", f"{C.date(when)}, entre {h1}h et {h2}h"),
                ("Lieu", f"{C.devant(spot)}, arceau vélo"),
                ("Vélo", f"{bike}, couleur {col}"),
                ("N° de cadre", frame),
                ("Marquage Bicycode", f"{C.digits(3)} {C.digits(3)} {C.digits(3)}" if C.cc == "FR" else "—"),
                ("Antivol", C.ch(["U", "câble (sectionné)", "pliable"])),
                ("Valeur", C.money(price)),
                ("Témoin", f"{C.nm(wit, 'fl')}, {C.mob(wit)}" if wit else "—"),
                ("N° de dossier", case),
            ]
            title = f"Pré-plainte en ligne – vol de vélo – {pol}"
        elif C.lang == "it":
            rows = [
                ("Cognome e nome", C.nm(me, "L F")),
                ("Data di nascita", C.dob(me)),
                ("Residenza", C.aone(ha, ", ")),
                ("Telefono", C.mob(me)),
                ("E-mail", C.email(me)),
                ("Data del fatto", f"{C.date(when)}, tra le {h1}:00 e le {h2}:00"),
                ("Luogo", f"davanti al civico {C.a1(spot)}, rastrelliera"),
                ("Bicicletta", f"{bike}, {IT_FEM[col]}"),
                ("Numero di telaio", frame),
                ("Lucchetto", C.ch(["ad arco", "a catena", "a cavo (tagliato)"])),
                ("Valore", C.money(price)),
                ("Testimone", f"{C.nm(wit, 'fl')}, {C.mob(wit)}" if wit else "—"),
                ("Numero pratica", case),
            ]
            title = f"Denuncia di furto di bicicletta – {pol}"
        else:
            rows = [
                ("Name", C.nm(me, "fl")),
                ("Date of birth", C.dob(me)),
                ("Address", C.aone(ha, ", ")),
                ("Phone", C.mob(me)),
                ("Email", C.email(me)),
                ("When", f"{C.date(when)}, between {C.time(h1, 0, 0)} and {C.time(h2, 0, 0)}"),
                ("Where", f"outside {C.a1(spot)}, bike rack"),
                ("Bike", f"{bike}, {col}"),
                ("Frame number", frame),
                ("Lock", C.ch(["D-lock" if not C.us else "U-lock", "cable (cut)", "folding lock"])),
                ("Value", C.money(price)),
                ("Witness", f"{C.nm(wit, 'fl')}, {C.mob(wit)}" if wit else "none"),
                ("Crime reference" if not C.us else "Report number", case),
            ]
            title = f"Online theft report – bicycle – {pol}"
        txt = f"{title}\n\n{C.form(rows)}"
        return C.ocr(txt) if C.p(0.1) else txt
    if v == 1:
        ppl = [me] + [C.person() for _ in range(C.ri(3, 4))]
        cde = DE_NEUTER.get(col, col)
        col = IT_FEM.get(col, col) if C.lang == "it" else col
        s = C.senders(ppl)
        finder = ppl[2]
        msgs = [
            (
                s[me.serial],
                C.t(
                    f"Mir wurde heute Nacht mein {cde} {bike} vor der {C.a1(spot)} geklaut 😡 "
                    f"Rahmennr. {frame}. Falls jemand was sieht: {C.mob(me)}",
                    f"On m'a volé mon {bike} {col} cette nuit {C.devant(spot)} 😡 N° de cadre "
                    f"{frame}. Si vous voyez quelque chose : {C.mob(me)}",
                    f"Stanotte mi hanno rubato la {bike} {col} davanti al civico {C.a1(spot)} 😡 Telaio {frame}. "
                    f"Se vedete qualcosa: {C.mob(me)}",
                    f"My {col} {bike} got nicked last night outside {C.a1(spot)} 😡 Frame no. {frame}. "
                    f"If anyone sees it: {C.mob(me)}"
                    if not C.us
                    else f"Someone stole my {col} {bike} last night outside {C.a1(spot)} 😡 Frame #{frame}. "
                    f"If anyone sees it: {C.mob(me)}",
                ),
            ),
            (
                s[ppl[1].serial],
                C.t(
                    "Oh nein! Bei uns im Hof war letzte Woche auch einer unterwegs.",
                    "Oh non ! Il y a eu la même chose dans notre cour la semaine dernière.",
                    "Che brutto! Anche nel nostro cortile la settimana scorsa.",
                    "Oh no! Same thing happened in our courtyard last week.",
                ),
            ),
            (
                s[finder.serial],
                C.t(
                    f"Am Bahnhof steht seit heute früh ein {cde} Rad ohne Schloss, könnte deins sein? "
                    f"Ruf mich an, {C.nm(finder, 'first')}: {C.mob(finder)}",
                    f"Il y a un vélo {col} sans antivol à la gare depuis ce matin, c'est peut-être le "
                    f"tien ? Appelle-moi, {C.nm(finder, 'first')} : {C.mob(finder)}",
                    f"In stazione c'è una bici {col} senza lucchetto da stamattina, forse è la tua? "
                    f"Chiamami, {C.nm(finder, 'first')}: {C.mob(finder)}",
                    f"There's a {col} bike with no lock at the station since this morning - yours? "
                    f"Call me, {C.nm(finder, 'first')}: {C.mob(finder)}",
                ),
            ),
            (
                s[ppl[3].serial],
                C.t(
                    f"Meld es auch bei der {pol}, die haben eine Liste der Fundräder.",
                    f"Déclare-le aussi au {pol}, ils ont une liste des vélos retrouvés.",
                    f"Fai anche denuncia ({pol}), hanno un elenco delle bici ritrovate.",
                    f"Report it to {pol} too, they keep a list of recovered bikes.",
                ),
            ),
        ]
        head = C.t(
            f"Nachbarschaftsgruppe {C.addr(t).street}",
            f"Groupe du quartier {C.addr(t).street}",
            f"Gruppo del quartiere {C.addr(t).street}",
            f"Neighbourhood group – {C.addr(t).street}" if not C.us else f"Neighborhood group – {C.addr(t).street}",
        )
        return f"{head}\n\n{C.chat(msgs, lower=C.p(0.4))}"
    if v == 2:
        off = C.person(age=(24, 60))
        ins = C.ch(INSURERS[C.cc])
        case = C.ref(C.ch(["", "ST/", "BN-"]), 8)
        polph = C.phone("land", C.tarea(t))
        pay = C.ib() if C.cc != "US" else f"direct deposit to the account on file ending {C.digits(4)}"
        polno = C.ref("", 10)
        if C.lang == "de":
            q = (
                f"Bestätigung über die Erstattung einer Anzeige\nDienststelle: {pol}, Tel. {m('PHONE', polph)}\n"
                f"Vorgangsnummer: {case}\nAnzeigeerstatter{'in' if me.gender == 'f' else ''}: {C.nm(me, 'fl')}, "
                f"geb. {C.dob(me)}\nGegenstand: Fahrrad {bike}, Rahmennr. {frame}\nSachbearbeiter"
                f"{'in' if off.gender == 'f' else ''}: {C.mr(off, full=C.p(0.5))}"
            )
            body = (
                f"Sehr geehrte Damen und Herren,\n\nhiermit melde ich den Diebstahl meines Fahrrads "
                f"(Hausratversicherung {ins}, Vertragsnummer {polno}). Die Anzeigebestätigung der Polizei "
                f"finden Sie unten. Der Kaufbeleg über {C.money(price)} ist angehängt.\n\nBitte überweisen Sie "
                f"die Entschädigung auf: {pay}\n\nRückfragen gern an {C.mob(me)}.\n\n{C.bye()}\n"
                f"{C.nm(me, 'fl')}\n{C.aone(ha, ', ')}"
            )
            subj = f"Schadenmeldung Fahrraddiebstahl – Vertrag {polno}"
        elif C.lang == "fr":
            q = (
                f"Récépissé de déclaration\nService : {pol}, tél. {m('PHONE', polph)}\nN° : {case}\nDéclarant : "
                f"{C.nm(me, 'fl')}, {g(me, 'né', 'née')} le {C.dob(me)}\nObjet : vélo {bike}, n° de cadre {frame}\n"
                f"Agent : {C.mr(off)}"
            )
            body = (
                f"Madame, Monsieur,\n\nje vous déclare le vol de mon vélo (contrat habitation {ins} n° {polno}). "
                f"Vous trouverez ci-dessous le récépissé de plainte ; la facture d'achat ({C.money(price)}) est "
                f"jointe.\n\nMerci de verser l'indemnité sur : {pay}\n\nJe reste joignable au {C.mob(me)}.\n\n"
                f"{C.bye()}\n{C.nm(me, 'fl')}\n{C.aone(ha, ', ')}"
            )
            subj = f"Déclaration de sinistre – vol de vélo – contrat {polno}"
        elif C.lang == "it":
            q = (
                f"Verbale di ricezione denuncia\nComando: {pol}, tel. {m('PHONE', polph)}\nN. {case}\nDenunciante: "
                f"{C.nm(me, 'fl')}, {g(me, 'nato', 'nata')} il {C.dob(me)}\nOggetto: bicicletta {bike}, telaio "
                f"{frame}\nVerbalizzante: {C.mr(off)}"
            )
            body = (
                f"Gentili signori,\n\ncon la presente denuncio il furto della mia bicicletta (polizza casa {ins} "
                f"n. {polno}). Sotto trovate il verbale dei Carabinieri; allego lo scontrino d'acquisto "
                f"({C.money(price)}).\n\nVi prego di accreditare il rimborso su: {pay}\n\nPer contatti: "
                f"{C.mob(me)}.\n\n{C.bye()}\n{C.nm(me, 'fl')}\n{C.aone(ha, ', ')}"
            )
            if C.loc == "it_CH":
                body = body.replace("dei Carabinieri", "della polizia")
            subj = f"Denuncia sinistro furto bicicletta – polizza {polno}"
        else:
            q = (
                f"Crime report acknowledgement\nStation: {pol}, tel. {m('PHONE', polph)}\nReference: {case}\n"
                f"Reported by: {C.nm(me, 'fl')}, DOB {C.dob(me)}\nProperty: bicycle {bike}, frame {frame}\n"
                f"Officer: {C.mr(off)}"
            )
            body = (
                f"Dear Sir or Madam,\n\nI'd like to claim for my stolen bike (home insurance with {ins}, policy "
                f"{polno}). The police acknowledgement is below and the receipt ({C.money(price)}) is attached."
                f"\n\nPlease pay the settlement by {pay}\n\nYou can reach me on {C.mob(me)}.\n\n{C.bye()}\n"
                f"{C.nm(me, 'fl')}\n{C.aone(ha, ', ')}"
            )
            if C.us:
                body = body.replace("Dear Sir or Madam", "Hello").replace("reach me on", "reach me at")
            subj = f"Claim - stolen bicycle - policy {polno}"
        head = C.mail_head(
            C.who(me, C.email(me)),
            f"schaden@{slug(ins)}.{C.tld()}" if C.lang == "de" else f"claims@{slug(ins)}.{C.tld()}",
            subj,
            C.today,
            C.ri(7, 22),
            C.ri(0, 59),
        )
        return f"{head}\n\n{body}\n\n---\n{q}"
    # v3: recovered-bike database export
    recs = []
    for _k in range(C.ri(3, 5)):
        p = C.person()
        hp = C.home(p, t if C.p(0.8) else None)
        rec = {
            "id": f"FR-{C.today.year}-{C.digits(5)}",
            "status": C.ch(["reported_stolen", "recovered", "returned"]),
            "bike": {
                "model": C.ch(BIKES),
                "colour" if not C.us else "color": C.ch(COLOURS[C.lang]),
                "frame_no": _frame(C),
            },
            "owner": {"name": C.nm(p, "fl"), "email": C.email(p), "phone": C.mob(p), "address": C.aone(hp, ", ")},
            "reported_at": f"{C.days(-60, 0).isoformat()}T{C.ri(6, 23):02d}:{C.ri(0, 59):02d}",
            "ip": C.ipm(),
        }
        if rec["status"] != "reported_stolen":
            fnd = C.addr(t, flat=False)
            rec["found_at"] = {"street": C.a1(fnd), "date": C.days(-20, 0).isoformat()}
        recs.append(rec)
    out = C.jdump(recs) if C.p(0.6) else C.yaml({"bikes": recs})
    hdr = C.t(
        f"Export Fahrradregister ({pol})",
        f"Export du registre des vélos ({pol})",
        f"Esportazione registro biciclette ({pol})",
        f"Bike register export ({pol})",
    )
    return f"{hdr}\n\n{out}"


GENRE_FUNCS = {
    "condolence": g_condolence,
    "scaffold": g_scaffold,
    "access": g_access,
    "ferry": g_ferry,
    "churchrota": g_churchrota,
    "memorial": g_memorial,
    "transitpass": g_transitpass,
    "sicknote": g_sicknote,
    "waterleak": g_waterleak,
    "classparents": g_classparents,
    "nameplate": g_nameplate,
    "beachhut": g_beachhut,
    "biketheft": g_biketheft,
}


# --------------------------------------------------------------------------------------------------------------------
# Assembly, checks, output
# --------------------------------------------------------------------------------------------------------------------


def finish(C: Ctx, body: str) -> str:
    r = C.r
    pool = list(C.requests) if C.requests else []
    if C.lang != "en" and C.p(0.07):
        pool = list(getattr(C, "_en_requests", [])) or GENERIC_REQ["en"]
        lang_req = "en"
    else:
        pool = pool + GENERIC_REQ[C.lang] if C.p(0.3) or not pool else pool
        lang_req = C.lang
    req = C.ch(pool)
    if lang_req == "en" and C.us:
        req = req.replace("summarise", "summarize")
    x = r.random()
    if x < 0.4:
        text = f"{req}\n\n{body}"
    elif x < 0.72:
        text = f"{body}\n\n{req}"
    else:
        fence = C.ch([("```", "```"), ('"""', '"""'), ("---", "---"), ("<<<", ">>>")])
        if fence[0] in body:
            fence = ("<<<", ">>>")
        text = f"{req}\n\n{fence[0]}\n{body}\n{fence[1]}"
    y = r.random()
    if C.export:
        pass
    elif y < 0.035:
        text = recase(text, str.lower)
    elif y < 0.05 and not C.is_chat:
        text = recase(text, str.upper)
    if C.loc == "de_CH":
        text = text.replace("ß", "ss")
    return text


WORD_RE = re.compile(r"[^\W\d_]+")


def check(text: str, ents: list[dict]) -> None:
    prev_end = -1
    prev = None
    for e in ents:
        v = e["text"]
        if text[e["start"] : e["end"]] != v or not v or v != v.strip():
            raise Reject(f"span {v!r}")
        if e["start"] < prev_end:
            raise Reject("overlap")
        t = e["type"]
        if t == "PERSON":
            if re.search(r"\d", v):
                raise Reject(f"digit in person {v!r}")
            if prev and prev["type"] == "PERSON" and text[prev["end"] : e["start"]] == " ":
                raise Reject("split person")
        elif t == "IBAN" and not iban_check_ok(v):
            raise Reject(f"iban {v}")
        elif t == "CARD":
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
                raise Reject(f"card {v}")
        elif t == "AHV":
            d = v.replace(".", "")
            if not (d.startswith("756") and ean13_ok(d)):
                raise Reject(f"ahv {v}")
        elif t == "EMAIL" and not re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", v):
            raise Reject(f"email {v}")
        elif t == "IP":
            try:
                if not ipaddress.ip_address(v).is_global:
                    raise Reject(f"ip {v}")
            except ValueError as exc:
                raise Reject(f"ip {v}") from exc
        elif t == "PHONE" and len(re.sub(r"\D", "", v)) < 6:
            raise Reject(f"phone {v}")
        prev_end = e["end"]
        prev = e
    if MARK_RE.search(text):
        raise Reject("marker left")
    spans = [(e["start"], e["end"]) for e in ents]

    def covered(s: int, t: int) -> bool:
        return any(a <= s and t <= b for a, b in spans)

    seen: set[str] = set()
    for e in ents:
        vals = []
        if len(e["text"]) >= 5:
            vals.append(e["text"])
        if e["type"] == "PERSON":
            vals += [w for w in WORD_RE.findall(e["text"]) if len(w) >= 3 and w.lower() not in PARTICLES]
        for v in vals:
            if v in seen:
                continue
            seen.add(v)
            for mt in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                if not covered(mt.start(), mt.end()):
                    raise Reject(f"unlabelled {v!r}")


def make_doc(genre: str, i: int, loc: str, debug: bool = False) -> dict:
    base = f"{SEED}|{genre}|{i}"
    for k in range(80):
        seed = base if k == 0 else f"{base}|retry{k}"
        rng = random.Random(int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big"))
        C = Ctx(rng, loc, genre)
        try:
            body = GENRE_FUNCS[genre](C, i % 4)
            raw = finish(C, body)
            text, ents = resolve(raw)
            check(text, ents)
        except Reject as exc:
            if debug:
                print(f"redraw {genre} {i} {loc} ({seed}): {exc}", file=sys.stderr)
            continue
        return {
            "id": f"{SEED}-{genre}-{i:03d}",
            "locale": loc,
            "lang": loc[:2],
            "genre": genre,
            "variant": i % 4,
            "text": text,
            "entities": ents,
            "_retries": k,
        }
    raise RuntimeError(f"no valid document for {genre} {i}")


def locales() -> list[str]:
    locs = [loc for loc, n in LOCALE_QUOTA for _ in range(n)]
    assert len(locs) == len(GENRES) * PER_GENRE
    rng = random.Random(int.from_bytes(hashlib.sha256(f"{SEED}|locales".encode()).digest()[:8], "big"))
    rng.shuffle(locs)
    return locs


def build(debug: bool = False, only: str | None = None) -> list[dict]:
    docs = []
    for k, loc in enumerate(locales()):
        g = GENRES[k % len(GENRES)]
        if only and g != only:
            continue
        docs.append(make_doc(g, k // len(GENRES), loc, debug))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--genre")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--debug", action="store_true")
    args = ap.parse_args(argv)
    docs = build(args.debug, args.genre if args.show else None)
    retried = sum(1 for d in docs if d["_retries"])
    if args.show:
        for d in docs[args.offset : args.offset + args.show]:
            print(f"=== {d['id']} {d['locale']} v{d['variant']} retries={d['_retries']}")
            print(d["text"])
            print("--- " + " ; ".join(f"{e['type']}:{e['text']}" for e in d["entities"]))
        return 0
    by_type: dict[str, int] = {}
    by_tl: dict[tuple[str, str], int] = {}
    for d in docs:
        for e in d["entities"]:
            by_type[e["type"]] = by_type.get(e["type"], 0) + 1
            by_tl[(e["type"], d["lang"])] = by_tl.get((e["type"], d["lang"]), 0) + 1
    if args.stats:
        print(f"{len(docs)} documents, {sum(by_type.values())} values, {retried} drawn again")
        for t, n in sorted(by_type.items(), key=lambda kv: -kv[1]):
            print(f"  {t:8s} {n:6d}  " + " / ".join(str(by_tl.get((t, lg), 0)) for lg in ("de", "fr", "it", "en")))
        for lg in ("de", "fr", "it", "en"):
            print(f"  {lg}: {sum(n for (t, l2), n in by_tl.items() if l2 == lg)}")
        return 0
    lines = []
    for d in docs:
        d = {k: v for k, v in d.items() if not k.startswith("_")}
        text, ents = d["text"], d["entities"]
        check(text, ents)
        assert d["lang"] in ("de", "fr", "it", "en")
        lines.append(json.dumps(d, ensure_ascii=False))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(docs)} documents, {sum(by_type.values())} values ({retried} drawn again) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
