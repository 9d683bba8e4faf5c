"""Thirty-first blind evaluation set ("holdout31") for the anonymizer.

Blind set 31, written 2026-12-06 by a helper session that read only the module docstrings of generate_holdout28.py,
generate_holdout29.py and generate_holdout30.py (``ast.get_docstring``), the module docstring of evaluate.py
(``ast.get_docstring``) and the source of its function evaluate_synthetic (``ast.get_source_segment``; the helpers it
calls - ``_covered``, ``Counts``, ``_held_out``, ``_fmt`` - were not extracted), plus Faker (the venv's Faker 40.54.0:
which person-provider locales exist, the attribute names, types and sizes of their name lists with their first two or
three entries, and a listing of the entries of some of those lists that fail a name-shape test - names with spaces,
dots, "II", lower-case starts -, so that they could be filtered) and the standard library.  It did not read the
detectors (src/), the tests, the docs, README files, pyproject.toml, the bodies of the other generators or of
templates.py, any data set text, or any other code of evaluate.py, and ran no git command besides ``git worktree add``
for its own worktree (/tmp/h31, branch holdout31), adding and committing its three files and reading the new commit's
hash; it never ran ``git status``, ``git log`` or ``git diff``.  Slips, none of them showing detector code, test code
or data set text: ``git worktree add`` printed, as it does, the subject line of the commit it checked out (the head of
main), which names detector work (the family words and prepositions of a "mutter von X" pattern made into one list
that builds both the pattern and its gate; a word listed twice "among the amounts" dropped); the set was not shaped by
it - it has family words next to names only where its genres call for them (a grandmother bringing a child, "mein
Mann" / "meine Frau", "mein Vater" in an heir's letter, a relation in brackets after an emergency contact) and no
"Mutter von X" / "mère de X" / "madre di X" / "mother of X" (checked with grep).  While waiting for the venv it ran
``ls`` on the venv's python binary (one path).  It ran the venv's ruff (check, and format with ``--line-length 120``;
both pick up the project's ruff configuration without printing it) on its own script.  In evaluate.py it found the
places to edit with ``grep -n`` ("holdout30", ``range(2, 31)``, the end of the holdout30 sentence; this printed the
argparse line that builds the split choices), edited only the module docstring (this set's sentence) and the two
places that list the holdout splits (usage line, ``range(2, 31)`` -> ``range(2, 32)``), printed twelve lines of that
docstring with ``sed`` to check the wrapping of its own sentence, and ran ``evaluate.py --help`` once, grepping its
output for "holdout31".  tarnkappe is never imported; the set was never run through the anonymizer or evaluate.py
while it was written.  The written file was checked only by the generator's own assertions (``text[start:end] ==
text``, no surrounding white space, sorted and non-overlapping spans, no name split into two PERSON spans separated by
a single space, every IBAN mod 97, every card Luhn and of card length, every AHV number EAN-13 and starting with 756,
e-mail shape, every IP a global address, and consistency: no labelled value of five or more characters and no word of
three or more letters of a labelled name - particles excepted - occurs unlabelled elsewhere in the same document,
case-sensitively and at word boundaries; a document failing any of these is drawn again from the seed
``"holdout31|<genre>|<i>|retry<k>"`` - two of the 1,300 needed that), by a re-check of the written file with the same
function, by a check that the output is identical under two PYTHONHASHSEED values (0 and 12345), and by reading its own
output (``--show``, about a hundred documents across all genres, variants and locales) and ``--scan``: unlabelled
e-mail addresses (only role mailboxes: service@, info@, office@, noreply@, hallo@, team@, buero@, claims@, contact@,
kontakt@, hello@, servizio@, segreteria@, support@, schaden@, contatti@, kundenservice@, enquiries@ / inquiries@,
accueil@, ufficio@, secretariat@, three of them garbled by the OCR noise), unlabelled IPv4 addresses (only LAN
addresses 10.x / 172.16-31.x / 192.168.x of routers, MDM records and VPN pools), unlabelled long digit runs (only
IMEIs, headset and instrument serial numbers, German tax IDs, fibre customer numbers and US bank routing numbers,
unlabelled on purpose) and unlabelled repeats of the words of labelled names, matched case-insensitively (only the
particles "von", "der", "vom", "zur", "della" / "Della" and "Dell" used as ordinary words - mostly the mail header
"Von:", "Spende von", "Badge von", "nach der", "della cassetta", the monitor brand "Dell" - and "freitag" typed in
lower case as the weekday in a chat with a person called Freitag).  Fixes after reading: a shop's one-letter name and
domains cut in the middle of a word, hotels of one country in another country's resort, adults' ski sizes for
children, a renter with ski-school children born when the renter was a child, a "Nachbarin" / "voisine" / "vicina"
drawn as a man, "Mein Partner" / "mon compagnon" / "il dott." / "un donneur" for women, "z. Hd. Herr", a German
"den Internet-Box", cantonal banks with branches in other cantons, installer times sorted as text, German creditors,
leave words and departments in French and Italian documents, English notary and school names in other languages,
talks listed twice in one programme, a restaurant and a pharmacy as speakers' or IT employers, device types that did
not fit the model, e-mail addresses drawn anew for the same person in one thread or export, chat seconds running
backwards, trips starting at night, a German tax ID for Swiss and Austrian clients, British IBANs in US documents (US
documents now give an unlabelled "checking account ending 1234"), British spellings in US documents, a German
grandmother sentence that put two names side by side ("bringt die Oma X Y"), and German phone numbers grouped as
"839 23 8".
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout31.jsonl: 1,300 documents, 12 genres (109 documents for the first four, 108
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout31|locales"``: de_DE 250, de_CH
195, de_AT 140, fr_CH 140, fr_FR 120, it_CH 100, it_IT 95, en_GB 140, en_US 120 (de 585, fr 260, it 195, en 260 -
45 / 20 / 15 / 20 %, more French, Italian and English than holdout28-30).
19,516 labelled values: PERSON 8,706, ADDRESS 3,577, EMAIL 2,332, PHONE 2,107, DOB 1,354, IP 1,112, IBAN 238, CARD 52,
AHV 38 (de 8,861, fr 3,725, it 3,000, en 3,930).  Per type and language (de / fr / it / en):
  PERSON 3,983 / 1,645 / 1,343 / 1,735; ADDRESS 1,557 / 731 / 542 / 747; EMAIL 1,088 / 388 / 360 / 496;
  PHONE 931 / 438 / 324 / 414; DOB 594 / 290 / 205 / 265; IP 558 / 153 / 164 / 237; IBAN 107 / 55 / 45 / 31;
  CARD 29 / 8 / 10 / 5; AHV 14 / 17 / 7 / 0.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11.7; the output does not depend on PYTHONHASHSEED - checked with two seeds):
``random.Random`` is seeded with the first 8 bytes of a SHA-256 of ``"holdout31|<genre>|<i>"``; Faker's own generator
is never used - names are drawn by that ``Random`` from the Faker person providers' lists (sorted; dicts by their keys;
entries failing the name-shape test left out; "Mcx" written "McX").  Streets, towns, postcodes, phone numbers (area
codes matching the town where a landline belongs to an address; mobiles by national prefix), e-mail addresses, IBANs
(valid ISO 13616 check digits; French ones with a valid RIB key, Italian and San Marino ones with a computed CIN,
Belgian ones with their mod-97 pair; now and then a neighbouring country's IBAN - AT, NL, LU, DE, LI, FR, BE, CH, SM,
IE), card numbers (Visa, Mastercard 51-55 and 2221-2720, Amex; Luhn), AHV numbers (756, EAN-13 check digit, dotted or
compact), IMEIs (Luhn, unlabelled) and IP addresses (public IPv4 from common ISP ranges of the country, about 18 %
IPv6) come from lists and code written here.  Each record has ``id`` (``holdout31-<genre>-<NNN>``), ``locale``,
``lang``, ``text`` and ``entities`` (``type``, ``start``, ``end``, ``text``).  Texts are written with every labelled
value wrapped in a marker when it is placed; the markers survive lower-casing, padding, CSV quoting, JSON / YAML
values, OCR noise (applied outside the markers) and "> " prefixes and are resolved to offsets at the end (de_CH
documents get "ß" -> "ss" and en_US documents American spellings before that), so chat typing, fixed-width and
Markdown padding and quoted replies keep the labels exact.

Genres (text people paste into an AI assistant at work, each with a request in the document's language before or
after it - about 7 % in English for non-English documents and some in German for Swiss French / Italian ones -,
sometimes fenced in ```, triple quotes, --- or <<< >>>, or quoted with "> ", now and then starting in lower case),
chosen to differ from every genre named in the docstrings read (evaluate.py lists the genres of holdout3..holdout30;
of the brief's examples, piano tuners, beekeeping, hearing-aid acousticians, home swaps, mountain huts, locksmiths,
theatre subscriptions, dog walking and pet boarding, language courses and exams, tutoring, bicycles and portrait
photographers had been used already, so none of them is here; near neighbours: ski courses (13) and ski-lift passes
(24) for ski rental; car rentals (5), car pools (17) and accident reports (10) for carsharing damage; dental reminders
(11) for orthodontics; blood donation (13) for donor registries; mobile contracts (11) for fibre orders; self storage
(16) and pawnbrokers (17) for safe-deposit boxes; travel expenses (7) and insurance telematics (23) for company-car
logbooks; benefit claims (22) and HR onboarding (8) for parental leave; event accreditation (19) for conference
speakers; music lessons (13) for instrument rentals; debt enforcement (12) for debt counselling; home IT support (20)
and HR onboarding (8) for IT equipment handovers - the genres here are none of those):
 1. skirental - ski and snowboard rental shops (Skiverleih, location de skis, noleggio sci, ski hire) in resort towns
    (British renters in Austrian, Swiss and French resorts, US renters in Colorado and Utah): rental agreements and
    waivers on the shop's letterhead (separate surname / first-name fields or one name field, date of birth, home
    address, mobile, e-mail; height, weight, boot size, skier type, DIN / Z value, ski brands - also "Fischer",
    "Salomon", "Rossignol", "Head" -, ski numbers, hotels and prices unlabelled; deposit by full card, masked card or
    ID with an unlabelled ID number; children on the same agreement by first name or full name with dates of birth;
    the fitter by nickname), daily rental sheets (names as "LAST, First", "LAST First" ..., dates of birth, mobiles;
    ski-school birth years "Jahrgang 2016/2017" unlabelled), a customer's reply about edge damage quoting the shop
    (a friend who returned the skis, refund IBAN), web pre-bookings as JSON (ISO dates of birth, IPs, masked or full
    cards) with a staff chat;
 2. carsharing - carsharing damage reports (Schadenmeldung, déclaration de dommage, segnalazione danno, damage
    report): forms (member and licence numbers, plates, stations, booking numbers and insurers unlabelled; driver's date
    of birth, address, phone, e-mail; the other party and a witness with name, address and phone), trip exports as CSV
    / TSV (member e-mails, app IPs) with a support note, a member's reply disputing the excess (the partner who drove,
    a neighbour, a refund IBAN; the claims handler's work e-mail), cleaning boards with a staff chat;
 3. orthodontics - orthodontic practices (Kieferorthopädie, orthodontie, ortodonzia): treatment plans and cost
    estimates (child's and insured parent's dates of birth, address, insurer and member numbers unlabelled, Swiss AHV
    for the invalidity-insurance application, KIG / IOTN grades, fees; the orthodontist as "Dr. med. dent." / "Dr" /
    "Dott.ssa" with the title outside the span), day lists ("LAST, First", dates of birth, parents' mobiles), a
    parent's reply quoting a reminder (direct-debit IBAN and account holder, a grandmother bringing the child, a new
    number), online intakes as YAML or JSON (IP, emergency contact) with a practice chat;
 4. donorregistry - organ and stem-cell donor registries: stem-cell donor registration forms (donor and kit numbers
    unlabelled, date of birth, address, a second contact with relation), organ donor cards and declarations with OCR
    noise (German "Organspendeausweis", Swiss "Spendekarte", French "carte de donneur", Italian "dichiarazione di
    volontà" with a place of birth - a town alone, unlabelled -, NHS register confirmations; the person of trust),
    a donor's reply to the coordinator's confirmatory-typing mail (date of birth, new address, partner, the GP with
    practice street and phone; the charity "Anthony Nolan" unlabelled), donor-drive exports as CSV (postcode + town
    fields labelled, birth-year limits unlabelled) with a staff chat;
 5. fibre - fibre-to-the-home orders (Glasfaser-Hausanschluss, raccordement fibre, attivazione fibra, full fibre):
    order forms (date of birth, installation and billing address, number to port, SEPA IBAN or an unlabelled US
    routing number, the property owner; tariffs, prices and providers unlabelled), installer schedules (customers,
    streets, phones; ONT serials and engineers as "F. Last"), a customer's complaint quoting the provider (public WAN
    IP labelled, LAN IP, MAC address, router model and customer number unlabelled; landlord and neighbour),
    provisioning exports as JSON (e-mail, site address, WAN IP; VLAN, serial and firmware unlabelled) with a support
    chat;
 6. safedeposit - bank safe-deposit boxes (Schrankfach, coffre-fort, cassetta di sicurezza, safe deposit box): rental
    agreements on the branch's letterhead (renter's date of birth, address, phone, debit IBAN; the authorised person
    with date of birth and address; the relationship manager with direct line and work e-mail; box numbers, sizes and
    fees unlabelled; sometimes OCR noise), vault access logs (visitors with ID numbers unlabelled, escorts by surname),
    an heir's letter (the deceased with date of birth, the date of death unlabelled, notaries unlabelled, IBAN),
    online appointment exports (IPs) with a branch chat;
 7. logbook - company-car logbooks (Fahrtenbuch, carnet de bord, registro chilometrico, mileage log): logbook tables
    (driver, home address, clients' contact persons and visit streets; plates, odometer readings, routes between towns
    - towns alone - and companies unlabelled), GPS-tracker exports as CSV with full from / to addresses and the
    driver's work e-mail, a client's reply to the tax adviser (spouse who used the car, home address, an unlabelled
    German tax ID), company-car handover records (date of birth, licence number unlabelled, home address) with a fleet
    chat;
 8. parentalleave - parental leave requests (Elternzeit, Karenz, Elternurlaub, congé parental, congedo parentale,
    Shared Parental Leave, FMLA): employees' letters to HR (sender block, employer block with the HR contact and the
    business address, the child's name and date of birth, the partner; leave dates and personnel numbers unlabelled;
    Swiss AHV for the EO / APG / IPG claim), HR overviews (child's date of birth or an unlabelled due date, cover
    person as "F. Last"), HR's reply quoting the employee's mail, HR-portal exports as JSON (child's first name and date
    of birth, IPs) with an HR chat;
 9. speakers - conference speakers: call-for-papers exports as YAML or JSON (speaker, e-mail, phone, a co-speaker in
    the bio, talk titles with product and scientist names - Kafka, Jenkins, Pascal, Dijkstra, Turing, Bayes, Markov,
    Hadoop - unlabelled, towns alone, IPs), expense claims (date of birth for the travel insurance, address, IBAN; BIC,
    flight and train numbers and amounts unlabelled), the organiser's reply with the programme table quoting a
    speaker's mail about a new co-speaker (e-mail, phone), badge lists as CSV with a volunteers' chat;
10. instrumentrental - music shops' instrument rentals (Mietkauf, location-vente, noleggio con riscatto, rent-to-own):
    agreements (parent's date of birth, address, phone, e-mail, the child by first name with date of birth or by full
    name with an unlabelled age, instruments, brands - "Höfner", "Steinbach", "Mollenhauer" ... -, serial numbers and
    fees unlabelled, the teacher, SEPA IBAN), rental registers, a parent's reply quoting the shop (the grandfather
    collecting, IBAN, new mobile; a genitive "Cords" with the "s" outside the span), web-shop exports as JSON (masked or
    full cards, IPs) with a workshop chat;
11. debtadvice - debt counselling (Schuldnerberatung, conseil en désendettement, consulenza debiti, debt advice):
    intake forms (date of birth, address, household members with dates of birth, Swiss AHV, account IBAN; employers,
    incomes, rents, creditors and file numbers unlabelled; a child's birth year alone unlabelled), creditor lists
    (clerks at collection agencies with phones), the counsellor's settlement offer to a collection agency (the client
    identified by name, date of birth and address; counsellor's direct line and work e-mail), appointment exports with
    a counsellors' chat;
12. ithandover - IT equipment handovers and offboarding: handover records (employee, home-office shipping address,
    the work phone's number labelled; device models, serial numbers, asset tags, MAC addresses and IMEIs unlabelled;
    IT staff with work e-mail), MDM asset exports (work e-mails, last public IPs labelled, LAN IPs and OS versions
    unlabelled), HR's offboarding mail with IT's reply (private e-mail, mobile and address of the leaver, the manager),
    helpdesk tickets with VPN gateway logs (public source IPs labelled, assigned pool addresses and user IDs
    unlabelled).
Values appear in prose, "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value",
two-column Markdown tables, upper-case labels, bullet lists), two-line address blocks, one-line addresses with ", ",
" - ", " · ", "; " or " / " between street and town, letterheads (block, one line with " · ", mixed) and signatures
(block, "-- " separator, one line with "|"), Markdown tables (aligned and not), fixed-width tables, comma-,
semicolon-, tab- and pipe-separated tables, JSON (one line per record, arrays, nested objects), YAML, log lines, mail
headers (with or without display names, "Last, First" display names) and quoted replies ("Am ... schrieb", "Le ... a
écrit", "Il giorno ... ha scritto", "On ... wrote", Outlook original-message blocks, quoted with "> " or not), chats in
eight layouts (WhatsApp iOS / Android, Telegram export, Teams-like, IRC-like "[12:04] <name>", "name (12:04):",
Discord-like "name — date", plain; US chats with AM / PM; senders shown as full names, first names or nicknames),
lower-case typing, OCR noise, in each country's conventions (German "str." / "Str.", "12a", "12 a", "3-5", "D-";
Austrian "/Top", "12/3/7", "A-", "Jänner"; Swiss "strasse", "CH-", no "ß", lower-case "chemin des ..."; French "bis" /
"ter", "12, rue", upper-case towns; Italian "via" / "Via", "n.", "/B", "int.", provinces with and without parentheses,
"I-"; British flats and "Town POSTCODE"; US "Apt", "#", "Unit", ZIP+4).  Phone numbers national and international with
"(0)", "00", slashes, dots, hyphens, parentheses, compact E.164 and DIN-style "0221 47382-15" (the extension inside the
span), after cue words or labels (Tel., Telefon, Handy, Mobil, Durchwahl, Tél., Portable, ligne directe, Telefono,
Cellulare, Phone, Mobile, direct line, T) or without one.  Dates of birth in 29
shapes (defined per language group: German 12, French 8, Italian 8, British 8, US 8; a document keeps one shape for
about three quarters of its dates of birth): "12.03.1984", "2.3.1984", "12.03.84", "12. 03. 1984", ISO, "12/03/1984",
"12-03-1984", Roman "12.III.1984", German "12. März 1984", "02. März 1984", "12.März 1984", "12. Mrz. 1984" (Austrian
"Jänner", "Jän."), French "12 mars 1984" (also "1er"), "12 MARS 1984", "12 févr. 1984", "12/03/84", Italian
"12 marzo 1984" (also "1°"), "12 MARZO 1984", "12 mar 1984", "2/3/1984", English "12 March 1984", "12th March 1984",
"12th of March 1984", "12 Mar 1984", "12-MAR-1984", US "03/12/1984", "3/12/1984", "03-12-1984", "March 12, 1984",
"Mar 12, 1984", "Mar. 12, 1984", "March 12th, 1984"; after a cue word or a label (geb., geb. am, geboren am, "*",
Geburtsdatum, Geb.-Datum, né / née le, date de naissance, nato / nata il, data di nascita, born, b., DOB, date of birth)
or without one (table columns, JSON / YAML fields, lists, prose).  Plain dates (rental periods, returns, bookings,
appointments, leave periods, trips, invoices, deaths, mail and chat time stamps) use the shapes of the document and
are not labelled.
Names drawn from the Faker person lists of the region (de_DE, de_AT with a quarter of de_DE's first names, de_CH with a
list of Swiss German surnames written here, fr_CH with fr_FR and a list of Romand surnames, fr_FR, it_IT - for Ticino
with a list of Ticinese surnames -, en_GB, en_US), community names from the Faker lists of tr_TR, pl_PL (gendered
surnames), pt_PT, pt_BR, es_ES (Spanish and Portuguese double surnames with a space), hr_HR, ro_RO, hu_HU, cs_CZ
(gendered), sl_SI, fr_DZ, yo_NG, tw_GH, en_IN, nl_NL, fi_FI, id_ID and it_IT (as a community abroad), and lists
written here (Albanian / Kosovar, Serbian / Bosnian, Eritrean, Sri Lankan Tamil, Syrian / Afghan / Kurdish /
Arabic, Ukrainian, Greek - gendered -, Chinese); about 55 % region, 23 % community, 22 % special: a surname that is an
ordinary word (Koch, Weber, Bauer, Fischer, Vogel, Fuchs, Freitag, Glück, Noir, Petit, Blanc, Renard, Rossignol, Rossi,
Gallo, Volpe, Fiore, Green, Little, Bird, Fox, Hope, Rich ...; sometimes the first name too: Ernst, Wolf, Frank, Rosa,
Heide, Aimé, Blanche, Prudence, Felice, Celeste, Speranza, Grace, Hope, Joy, Summer, June), a surname with a particle
(von Stein, von der Heide, vom Bruch, zur Linden, van der Meer, ter Horst, von Gunten, von Arx, auf der Maur, in der
Gand, de Montmollin, du Pasquier, de la Harpe, d'Épinay, Le Coultre, de la Fontaine, d'Aubigné, Le Bihan, Della Torre,
De Luca, Dell'Orto, Lo Russo, D'Angelo, La Rosa, O'Brien, McAllister, MacLeod, St. John, Van Buren, De La Cruz), or a
hyphenated double surname; some German-speaking region names carry a double first name (Hans-Hermann).  Relatives
share the (gendered) surname.  Written as "First Last", "Last, First", "LAST First", "LAST, First", "F. Last" (also
"H.-H. Last"), "FIRST LAST", separate surname and first-name fields (surname sometimes in capitals), first names,
nicknames (Steffi, Flo, Resi, Sepp, Sämi, Köbi, Vreni, Poldi, Fanfan, Juju, Maïté, Beppe, Mimmo, Totò, Lollo, Peggy,
Becky, Alfie, Jamie ...) or surnames alone (chat mentions, salutations, escorts, "Dr" + surname), in lower case in
chats; possessives "X's" and German "Xs" with the "'s" / "s" outside the span.
Unlabelled distractors: agreement, booking, order, member, licence, kit, donor, box, contract, ticket, request,
personnel, customer, asset, inventory, file and reference numbers, ID and passport numbers, plates, ski and instrument
serial numbers, ONT serials, MAC addresses, IMEIs, LAN IP addresses, VLANs, firmware and OS versions, BICs, US routing
numbers, German tax IDs, insurer member numbers, KIG / IOTN grades, DIN settings, heights, weights, boot sizes,
odometer readings, prices, fees, incomes and debts, masked cards ("**** **** **** 1234", "•••• 1234",
"XXXX-XXXX-XXXX-1234", "417025******2918", "**** 1234"), birth years alone ("Jahrgang 2016/2017", "annate",
"born 2014"), ages, due dates, plain dates and times, towns alone (places of birth, routes, travel_from, "Ort,
Datum" lines, sites), role mailboxes, company, bank, shop, practice, registry, provider and conference names (also
named after a person: "Anthony Nolan"), products named after persons (Kafka, Jenkins, Pascal, Dijkstra, Turing,
Bayes, Höfner, Steinbach, Salomon, Fischer, Rossignol, Dell) and hotels.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout28/29/30, carried
over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Herrn, Frau, Dr., Dr. med., Dr. med. dent., M., Mme, Madame, Monsieur, Sig.,
  Sig.ra, signor, signora, Dott., Dott.ssa, Dr, Mr, Ms, Mrs) outside; a first name, a nickname or a surname alone used
  for a person is a PERSON, and so is a deceased person's name; firms, banks, shops, practices, registries, charities,
  conferences, hotels and products are not labelled, also when named after a person.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes (info@, service@, noreply@ ...) are not labelled.
* PHONE: every phone number of a person or of a shop, practice, branch, office or service (letterheads, signatures,
  direct lines, numbers to port, work phones).
* ADDRESS: "street, postcode town" on one line is two spans (street; postcode + town, with "D-" / "CH-" / "A-" / "I-"
  prefixes, Italian provinces, "Town POSTCODE" and "Town, ST ZIP" inside the town span), as is a two-line block; a
  street with its number alone is ADDRESS (tables, chats, JSON, YAML, prose) and so is a combined "postcode town" field;
  towns alone are not labelled; business addresses (shops, practices, branches, offices) are labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words outside; birth years alone, ages, due
  dates and other dates are not.
* IBAN: every IBAN, compact or grouped (also a company's).  CARD: full Luhn-valid card numbers; masked numbers are not.
* AHV: Swiss social security numbers (756, dotted or compact).  IP: the public IPv4 / IPv6 address of a person's
  device or connection (bookings, registrations, submissions, router WAN addresses, VPN sources, MDM last-seen);
  LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout31.py [--out PATH] [--scan] [--show N [--genre NAME]] [--stats]
(--scan, --show and --stats print and write nothing.)
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import hashlib
import importlib
import io
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "synthetic_holdout31.jsonl"
SET = "holdout31"

TYPES = ["PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "CARD", "AHV", "IP"]
M_OPEN, M_SEP, M_CLOSE = "\ue000", "\ue001", "\ue002"
MARK_RE = re.compile(M_OPEN + r"(\d)" + M_SEP + "([^" + M_OPEN + M_CLOSE + "]*)" + M_CLOSE)
STRIP_RE = re.compile(M_OPEN + r"\d" + M_SEP + "|" + M_CLOSE)

GENRES = [
    "skirental",
    "carsharing",
    "orthodontics",
    "donorregistry",
    "fibre",
    "safedeposit",
    "logbook",
    "parentalleave",
    "speakers",
    "instrumentrental",
    "debtadvice",
    "ithandover",
]
LOCALE_QUOTA = [
    ("de_DE", 250),
    ("de_CH", 195),
    ("de_AT", 140),
    ("fr_CH", 140),
    ("fr_FR", 120),
    ("it_CH", 100),
    ("it_IT", 95),
    ("en_GB", 140),
    ("en_US", 120),
]
LOCALE_COUNTRY = {
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


def mark(t: str, v: str) -> str:
    v = str(v)
    assert v and v == v.strip(), repr(v)
    assert M_OPEN not in v and M_CLOSE not in v
    return f"{M_OPEN}{TYPES.index(t)}{M_SEP}{v}{M_CLOSE}"


def vis(s: str) -> str:
    """The text as it will be printed (markers removed)."""
    return STRIP_RE.sub("", s)


def vlen(s: str) -> int:
    return len(vis(s))


def ljust(s: str, w: int) -> str:
    return s + " " * max(0, w - vlen(s))


def rjust(s: str, w: int) -> str:
    return " " * max(0, w - vlen(s)) + s


def outside(s: str, fn) -> str:
    """Apply fn to the parts of s outside markers."""
    out, pos = [], 0
    for m in MARK_RE.finditer(s):
        out.append(fn(s[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fn(s[pos:]))
    return "".join(out)


def resolve(marked: str) -> tuple[str, list[dict]]:
    out, ents, pos, last = [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[last : m.start()]
        assert M_OPEN not in chunk and M_CLOSE not in chunk and M_SEP not in chunk, chunk[-80:]
        out.append(chunk)
        pos += len(chunk)
        val = m.group(2)
        ents.append({"start": pos, "end": pos + len(val), "type": TYPES[int(m.group(1))], "text": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    tail = marked[last:]
    assert M_OPEN not in tail and M_CLOSE not in tail and M_SEP not in tail
    out.append(tail)
    return "".join(out), ents


# ---------------------------------------------------------------------------------------------------------------
# checksums


def iban_from_bban(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    digits = re.sub(r"\D", "", num)
    return luhn_digit(digits[:-1]) == digits[-1]


def ean13_digit(body12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return str((10 - s % 10) % 10)


def ahv_ok(s: str) -> bool:
    digits = re.sub(r"\D", "", s)
    return len(digits) == 13 and digits.startswith("756") and ean13_digit(digits[:12]) == digits[12]


CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]


def italian_cin(abi: str, cab: str, conto: str) -> str:
    s = abi + cab + conto
    total = 0
    for i, ch in enumerate(s):
        n = int(ch)
        total += CIN_ODD[n] if i % 2 == 0 else n
    return chr(ord("A") + total % 26)


def french_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def seeded(s: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big"))


# ---------------------------------------------------------------------------------------------------------------
# names: Faker's person-provider lists (read as data; Faker's own generator is never used)

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽȘȚ"
LOW = "a-zß-öø-ÿāăąćčďđēėęěğīıłńňōőœřśşšţťūůűźżžșț"
NAME_SHAPE = re.compile(rf"^[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?$")
GB_SHAPE = re.compile(rf"^(?:O'|Mc)?[{UP}][{LOW}]+$")


def _faker_list(locale: str, attr: str) -> list[str]:
    prov = importlib.import_module(f"faker.providers.person.{locale}").Provider
    v = getattr(prov, attr)
    items = sorted(v.keys()) if hasattr(v, "keys") else sorted(v)
    shape = GB_SHAPE if locale in ("en_GB", "en_IE") and attr.startswith("last") else NAME_SHAPE
    seen, out = set(), []
    items = [re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), x) for x in items]
    for x in items:
        if shape.match(x) and len(x) >= 2 and x not in seen and x not in ("Koch II",):
            seen.add(x)
            out.append(x)
    return out


def _fl(locale: str) -> tuple[list[str], list[str], list[str]]:
    return (
        _faker_list(locale, "first_names_male"),
        _faker_list(locale, "first_names_female"),
        _faker_list(locale, "last_names") if locale != "pl_PL" else [],
    )


FAKER = {}
for _loc in [
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_CH",
    "fr_FR",
    "it_IT",
    "en_GB",
    "en_US",
    "tr_TR",
    "pt_PT",
    "pt_BR",
    "hr_HR",
    "ro_RO",
    "hu_HU",
    "sl_SI",
    "es_ES",
    "fr_DZ",
    "nl_NL",
    "yo_NG",
    "tw_GH",
    "en_IN",
    "fi_FI",
    "id_ID",
    "en_IE",
]:
    FAKER[_loc] = _fl(_loc)
FAKER["pl_PL"] = (
    _faker_list("pl_PL", "first_names_male"),
    _faker_list("pl_PL", "first_names_female"),
    _faker_list("pl_PL", "male_last_names"),
)
FAKER["cs_CZ"] = (
    _faker_list("cs_CZ", "first_names_male"),
    _faker_list("cs_CZ", "first_names_female"),
    _faker_list("cs_CZ", "last_names_male"),
)

# lists written here (communities Faker has no Latin-script provider for)
WRITTEN = {
    "sq": (
        "Arben Agron Besnik Blerim Driton Fatmir Ilir Kujtim Labinot Valon Shkelzen Ardian Bekim Arian Leutrim".split(),
        "Arta Besa Blerina Donika Drita Fjolla Teuta Vlora Mimoza Albulena Lirije Shpresa Valbona Arbnora".split(),
        "Berisha Krasniqi Gashi Hoxha Shala Morina Kelmendi Bytyqi Rexhepi Hasani Ahmeti Sadiku Osmani Thaqi".split(),
    ),
    "bs": (
        "Nikola Dragan Milan Stefan Nemanja Dejan Emir Adnan Haris Senad Mirza Zoran Goran Vladimir".split(),
        "Jelena Milica Ivana Dragana Snežana Amra Lejla Emina Selma Aida Mirela Jasmina Tijana Vesna".split(),
        "Petrović Jovanović Nikolić Marković Đorđević Stojanović Hodžić Begić Mehmedović Delić Hadžić Kovačević"
        " Ilić Popović Zukić Salihović".split(),
    ),
    "ti": (
        "Yonas Dawit Tesfay Mehari Samuel Filmon Habtom Biniam Kidane Berhane".split(),
        "Selam Helen Senait Mebrat Saba Luwam Yordanos Rahel Tsega Hiwet".split(),
        "Tesfamariam Gebremedhin Haile Tekle Woldemichael Ghebreyesus Kahsay Berhe Mehari Asfaha".split(),
    ),
    "ta": (
        "Suresh Rajan Kumaran Thiruvarasan Sivakumar Prakash Nirujan Kajan Tharshan Vithushan".split(),
        "Nirmala Kavitha Tharmila Sharmila Priya Luxshiya Abirami Thanuja Mathumitha Sinthuja".split(),
        "Sivapalan Thurairajah Kanagaratnam Ponnambalam Selvarajah Jeyakumar Nadarajah Paramanathan Sinnathamby"
        " Balasingam".split(),
    ),
    "ar": (
        "Ahmad Mohammad Khaled Omar Rami Samer Tarek Bilal Hamid Yusuf Farid Karim Hassan Jamil".split(),
        "Rania Lina Nour Hiba Samira Dalia Amal Yasmin Leila Zainab Fatima Mariam Huda Salma".split(),
        "Haddad Khalil Mansour Nasser Al-Hassan Saleh Darwish Hamdan Rahimi Ahmadi Karimi Mohammadi Barzani"
        " Kurdi Sharif".split(),
    ),
    "uk": (
        "Oleksandr Andrii Dmytro Serhii Mykola Taras Bohdan Yurii Vasyl Ihor Maksym Artem".split(),
        "Olena Oksana Iryna Nataliia Tetiana Yuliia Kateryna Halyna Svitlana Anastasiia Mariia Viktoriia".split(),
        "Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Melnyk Oliinyk Lysenko Marchenko Savchenko"
        " Rudenko Moroz".split(),
    ),
    "el": (
        "Georgios Dimitrios Konstantinos Ioannis Nikolaos Christos Panagiotis Vasileios Athanasios Spyros".split(),
        "Maria Eleni Aikaterini Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Despoina".split(),
        "Papadopoulos Papadakis Georgiou Nikolaidis Karagiannis Vlachos Antoniou Oikonomou Dimitriou Christodoulou"
        " Alexiou Makris".split(),
    ),
    "zh": (
        "Wei Jun Hao Lei Bo Tao Ming Chen Yang Peng".split(),
        "Li Na Jing Yan Xin Hui Fang Ying Mei Xiu".split(),
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Ma Zhu Hu Guo".split(),
    ),
}


# gendered surnames
def gendered(last: str, community: str, gender: str) -> str:
    if gender == "m":
        return last
    if community == "pl_PL":
        for a, b in (("cki", "cka"), ("dzki", "dzka"), ("ski", "ska")):
            if last.endswith(a):
                return last[: -len(a)] + b
        return last
    if community == "cs_CZ":
        if last.endswith("ý"):
            return last[:-1] + "á"
        if last.endswith("a"):
            return last[:-1] + "ová"
        if last.endswith("ek"):
            return last[:-2] + "ková"
        if last.endswith("ec"):
            return last[:-2] + "cová"
        return last + "ová"
    if community == "el":
        for a, b in (("os", "ou"), ("is", "i"), ("as", "a")):
            if last.endswith(a):
                return last[: -len(a)] + b
        return last
    if community == "uk":
        if last.endswith("yi"):
            return last[:-2] + "a"
        return last
    return last


REGION = {
    # locale: (male first names, female first names, surnames) - lists of (source, list)
    "de_DE": (["de_DE"], ["de_DE"]),
    "de_AT": (["de_AT", "de_AT", "de_AT", "de_DE"], ["de_AT"]),
    "de_CH": (["de_CH"], ["de_CH", "chde"]),
    "fr_CH": (["fr_CH", "fr_FR"], ["fr_CH", "chfr"]),
    "fr_FR": (["fr_FR"], ["fr_FR"]),
    "it_CH": (["it_IT"], ["chit", "chit", "it_IT"]),
    "it_IT": (["it_IT"], ["it_IT"]),
    "en_GB": (["en_GB"], ["en_GB"]),
    "en_US": (["en_US"], ["en_US"]),
}
SWISS_EXTRA = {
    "chde": "Aebischer Ammann Bachmann Baumgartner Bieri Blaser Brunner Bühler Burri Egli Frei Fuchs Gerber Graf"
    " Gut Hofer Hofstetter Hunziker Imhof Kägi Käser Kaufmann Kälin Knecht Lüthi Marti Meier Meyer Moser Niederberger"
    " Rüegg Schär Schüpbach Stalder Steiner Studer Suter Tanner Wyss Zbinden Zürcher Zumstein Amstutz Habegger"
    " Hänni Wüthrich Ryser Zaugg Lehmann Flückiger".split(),
    "chfr": "Favre Rochat Cuendet Pittet Jaquier Chappuis Vuilleumier Perrenoud Monnier Gay Mottier Berthoud"
    " Chevalley Bovet Clerc Dubois Pasche Dubey Golay Jaccard Maillard Rey Tissot Vuille Bugnon Crausaz Mettraux"
    " Sauthier Favez Gilliéron".split(),
    "chit": "Bernasconi Bianchi Beffa Pedrazzini Rusconi Ghielmini Guscetti Lepori Lurati Poretti Quadri Respini"
    " Soldati Tamò Canevascini Delcò Maspoli Orelli Pellandini Raveglia Rezzonico Scolari Vassalli Zanetti"
    " Cattaneo Fumagalli Moretti Tognola".split(),
}
COMMUNITIES = [
    ("tr_TR", 9),
    ("pl_PL", 5),
    ("pt_PT", 5),
    ("pt_BR", 3),
    ("hr_HR", 4),
    ("bs", 5),
    ("sq", 6),
    ("ro_RO", 3),
    ("hu_HU", 2),
    ("cs_CZ", 2),
    ("sl_SI", 2),
    ("es_ES", 3),
    ("fr_DZ", 4),
    ("ar", 4),
    ("ti", 2),
    ("ta", 2),
    ("uk", 4),
    ("el", 2),
    ("it_IT", 3),
    ("zh", 1),
    ("yo_NG", 1),
    ("tw_GH", 1),
    ("en_IN", 2),
    ("nl_NL", 1),
    ("fi_FI", 1),
    ("id_ID", 1),
]

WORD_SURNAMES = {
    "de": "Koch Weber Bauer Fischer Vogel Fuchs Wolf Engel Braun Schwarz Klein Lang Hahn Sommer Winter Stein Berg"
    " Kaiser König Jäger Nagel Hammer Freitag Kurz Frei Glück Keller Sauer Busch Hirsch Adler Specht Krebs Schuster"
    " Schäfer Becker Wirth Brunnen Schnee".split(),
    "fr": "Noir Petit Blanc Boulanger Meunier Marchand Leroy Lebrun Renard Roux Bonnet Chevalier Berger Fontaine"
    " Legrand Boucher Charpentier Masson Mercier Rivière Bouvier Rossignol Lejeune Vigneron Loup Printemps".split(),
    "it": "Rossi Bianchi Russo Gallo Fontana Ricci Bruno Conte Greco Leone Colombo Fabbri Sarto Monti Serra Porta"
    " Lupo Volpe Fiore Testa Villa Marino Santoro Pace Neri Castello".split(),
    "en": "Green Little Young King Baker Cook Smith Brown Black White Wood Hill Rose Bird Fox Hope Long Short Rich"
    " Stone Marsh Bell Page Carpenter Mason Hunter Fisher Bishop Knight Sharp Strong Swift Frost Lamb".split(),
}
WORD_FIRST = {
    "de": (["Ernst", "Wolf", "Frank", "Felix", "August"], ["Rosa", "Heide", "Linde", "Frieda", "Hedwig"]),
    "fr": (["Aimé", "Constant", "Clément", "Désiré", "Auguste"], ["Blanche", "Rose", "Prudence", "Fleur", "Aurore"]),
    "it": (["Felice", "Fortunato", "Primo", "Innocenzo", "Santo"], ["Celeste", "Speranza", "Gioia", "Rosa", "Serena"]),
    "en": (["Frank", "Will", "Bill", "Rusty", "Sonny"], ["Grace", "Hope", "Joy", "Summer", "June"]),
}
PARTICLE_SURNAMES = {
    "de_DE": [
        "von Stein",
        "von der Heide",
        "vom Bruch",
        "zur Linden",
        "van der Meer",
        "von Arnim",
        "zum Felde",
        "von Berg",
        "ter Horst",
        "de Boer",
    ],
    "de_AT": ["von Stein", "von der Heide", "zur Linden", "von Hohenberg", "de Martin", "van der Meer"],
    "de_CH": [
        "von Gunten",
        "von Arx",
        "von Allmen",
        "von Känel",
        "auf der Maur",
        "von Siebenthal",
        "von Rotz",
        "de Weck",
        "in der Gand",
        "von Wattenwyl",
    ],
    "fr_CH": [
        "de Montmollin",
        "du Pasquier",
        "de Rham",
        "de Weck",
        "de Coulon",
        "de Reynier",
        "Le Coultre",
        "de la Harpe",
        "d'Épinay",
    ],
    "fr_FR": [
        "de la Fontaine",
        "d'Aubigné",
        "du Bois",
        "Le Goff",
        "Le Roux",
        "de Villiers",
        "Da Silva",
        "d'Harcourt",
        "Le Bihan",
        "de Saint-Just",
    ],
    "it_CH": ["Della Torre", "De Luca", "Dal Molin", "Dell'Orto", "Lo Russo", "De Giorgi", "Della Casa"],
    "it_IT": [
        "Della Torre",
        "De Luca",
        "Di Stefano",
        "Lo Russo",
        "Dell'Orto",
        "Dal Lago",
        "D'Angelo",
        "La Rosa",
        "De Santis",
        "Di Marco",
        "Lo Bianco",
        "D'Amico",
    ],
    "en_GB": ["O'Brien", "McAllister", "MacLeod", "St. John", "O'Neill", "de Souza", "Van Damme", "O'Sullivan"],
    "en_US": ["O'Connor", "McKenzie", "Van Buren", "De La Cruz", "St. Clair", "O'Malley", "DeLuca", "Van Horn"],
}
PARTICLES = {
    "von",
    "vom",
    "zur",
    "zum",
    "der",
    "den",
    "van",
    "de",
    "du",
    "des",
    "la",
    "le",
    "di",
    "del",
    "della",
    "dell",
    "dal",
    "lo",
    "da",
    "dos",
    "das",
    "d",
    "st",
    "auf",
    "am",
    "in",
    "ter",
    "op",
    "mc",
    "mac",
    "o",
    "y",
    "e",
}
NICKS = {
    "de": [
        ("Stefanie", "Steffi", "f"),
        ("Florian", "Flo", "m"),
        ("Theresa", "Resi", "f"),
        ("Josef", "Sepp", "m"),
        ("Anton", "Toni", "m"),
        ("Sebastian", "Basti", "m"),
        ("Elisabeth", "Lisi", "f"),
        ("Michael", "Michi", "m"),
        ("Katharina", "Kathi", "f"),
        ("Tobias", "Tobi", "m"),
        ("Dominik", "Domi", "m"),
        ("Samuel", "Sämi", "m"),
        ("Jakob", "Köbi", "m"),
        ("Verena", "Vreni", "f"),
        ("Susanne", "Susi", "f"),
        ("Franziska", "Franzi", "f"),
        ("Alexander", "Alex", "m"),
        ("Christina", "Tina", "f"),
        ("Leopold", "Poldi", "m"),
        ("Johanna", "Hanna", "f"),
    ],
    "fr": [
        ("François", "Fanfan", "m"),
        ("Julie", "Juju", "f"),
        ("Isabelle", "Isa", "f"),
        ("Nicolas", "Nico", "m"),
        ("Christophe", "Chris", "m"),
        ("Dominique", "Domi", "f"),
        ("Élisabeth", "Babette", "f"),
        ("Alexandre", "Alex", "m"),
        ("Marie-Thérèse", "Maïté", "f"),
        ("Guillaume", "Guigui", "m"),
    ],
    "it": [
        ("Giuseppe", "Beppe", "m"),
        ("Domenico", "Mimmo", "m"),
        ("Giovanni", "Nanni", "m"),
        ("Margherita", "Ghita", "f"),
        ("Antonio", "Totò", "m"),
        ("Francesca", "Franci", "f"),
        ("Alessandro", "Sandro", "m"),
        ("Lorenzo", "Lollo", "m"),
        ("Federica", "Fede", "f"),
        ("Roberta", "Roby", "f"),
    ],
    "en": [
        ("Margaret", "Peggy", "f"),
        ("Rebecca", "Becky", "f"),
        ("Alfred", "Alfie", "m"),
        ("Robert", "Bob", "m"),
        ("James", "Jamie", "m"),
        ("Elizabeth", "Liz", "f"),
        ("Katherine", "Kate", "f"),
        ("William", "Billy", "m"),
        ("Christopher", "Chris", "m"),
        ("Jennifer", "Jen", "f"),
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# places (written here): town, postcodes, landline area code(s), extra (Swiss language region, Italian province,
# US state)


@dataclass(frozen=True)
class Town:
    name: str
    country: str
    codes: tuple
    area: tuple
    extra: str = ""


def _t(name, country, codes, area, extra=""):
    if isinstance(codes, range):
        codes = tuple(codes)
    if isinstance(area, str):
        area = (area,)
    return Town(name, country, tuple(codes), tuple(area), extra)


TOWNS = [
    # Germany
    _t(
        "Berlin",
        "DE",
        ["10115", "10245", "10405", "10435", "10551", "10823", "12043", "12161", "13086", "13353"],
        "030",
    ),
    _t("Hamburg", "DE", ["20095", "20249", "20357", "22041", "22083", "22303", "22529", "22765"], "040"),
    _t("München", "DE", ["80331", "80469", "80634", "80798", "81369", "81541", "81675", "81929"], "089"),
    _t("Köln", "DE", ["50667", "50674", "50733", "50825", "50937", "51063", "51105"], "0221"),
    _t("Frankfurt am Main", "DE", ["60311", "60316", "60385", "60431", "60487", "60594"], "069"),
    _t("Stuttgart", "DE", ["70173", "70178", "70190", "70197", "70372", "70565"], "0711"),
    _t("Düsseldorf", "DE", ["40210", "40211", "40223", "40477", "40545", "40625"], "0211"),
    _t("Leipzig", "DE", ["04103", "04107", "04177", "04229", "04275", "04317"], "0341"),
    _t("Dresden", "DE", ["01067", "01097", "01109", "01187", "01219", "01309"], "0351"),
    _t("Hannover", "DE", ["30159", "30161", "30173", "30449", "30519", "30655"], "0511"),
    _t("Nürnberg", "DE", ["90402", "90419", "90429", "90441", "90478", "90491"], "0911"),
    _t("Bremen", "DE", ["28195", "28203", "28209", "28211", "28327", "28759"], "0421"),
    _t("Freiburg im Breisgau", "DE", ["79098", "79100", "79102", "79104", "79110", "79117"], "0761"),
    _t("Heidelberg", "DE", ["69115", "69117", "69120", "69121", "69124", "69126"], "06221"),
    _t("Münster", "DE", ["48143", "48145", "48147", "48149", "48151", "48155"], "0251"),
    _t("Augsburg", "DE", ["86150", "86152", "86153", "86157", "86161", "86179"], "0821"),
    _t("Regensburg", "DE", ["93047", "93049", "93051", "93053", "93055", "93059"], "0941"),
    _t("Kassel", "DE", ["34117", "34119", "34121", "34127", "34131", "34134"], "0561"),
    _t("Mainz", "DE", ["55116", "55118", "55122", "55124", "55127", "55131"], "06131"),
    _t("Bonn", "DE", ["53111", "53113", "53115", "53117", "53173", "53229"], "0228"),
    _t("Karlsruhe", "DE", ["76131", "76133", "76135", "76137", "76185", "76229"], "0721"),
    _t("Ulm", "DE", ["89073", "89075", "89077", "89079", "89081"], "0731"),
    _t("Rostock", "DE", ["18055", "18057", "18059", "18069", "18106", "18147"], "0381"),
    _t("Kiel", "DE", ["24103", "24105", "24106", "24113", "24116", "24143"], "0431"),
    _t("Erfurt", "DE", ["99084", "99085", "99086", "99089", "99092", "99096"], "0361"),
    _t("Potsdam", "DE", ["14467", "14469", "14471", "14473", "14476", "14482"], "0331"),
    _t("Würzburg", "DE", ["97070", "97072", "97074", "97076", "97080", "97082"], "0931"),
    _t("Göttingen", "DE", ["37073", "37075", "37077", "37079", "37081", "37083"], "0551"),
    _t("Bielefeld", "DE", ["33602", "33604", "33607", "33611", "33615", "33649"], "0521"),
    _t("Konstanz", "DE", ["78462", "78464", "78465", "78467"], "07531"),
    _t("Lüneburg", "DE", ["21335", "21337", "21339"], "04131"),
    _t("Passau", "DE", ["94032", "94034", "94036"], "0851"),
    _t("Bamberg", "DE", ["96047", "96049", "96050", "96052"], "0951"),
    _t("Trier", "DE", ["54290", "54292", "54294", "54295", "54296"], "0651"),
    _t("Oldenburg", "DE", ["26121", "26122", "26123", "26127", "26131", "26135"], "0441"),
    _t("Garmisch-Partenkirchen", "DE", ["82467"], "08821"),
    _t("Oberstdorf", "DE", ["87561"], "08322"),
    # Austria
    _t("Wien", "AT", [f"1{n:02d}0" for n in range(1, 24)], "01"),
    _t("Graz", "AT", ["8010", "8020", "8036", "8041", "8042", "8045", "8051"], "0316"),
    _t("Linz", "AT", ["4020", "4030", "4040"], "0732"),
    _t("Salzburg", "AT", ["5020", "5023", "5026"], "0662"),
    _t("Innsbruck", "AT", ["6020", "6063", "6080"], "0512"),
    _t("Klagenfurt am Wörthersee", "AT", ["9020"], "0463"),
    _t("Villach", "AT", ["9500", "9504"], "04242"),
    _t("Wels", "AT", ["4600"], "07242"),
    _t("St. Pölten", "AT", ["3100"], "02742"),
    _t("Dornbirn", "AT", ["6850"], "05572"),
    _t("Bregenz", "AT", ["6900"], "05574"),
    _t("Feldkirch", "AT", ["6800"], "05522"),
    _t("Steyr", "AT", ["4400"], "07252"),
    _t("Leoben", "AT", ["8700"], "03842"),
    _t("Krems an der Donau", "AT", ["3500"], "02732"),
    _t("Wiener Neustadt", "AT", ["2700"], "02622"),
    _t("Kufstein", "AT", ["6330"], "05372"),
    _t("Eisenstadt", "AT", ["7000"], "02682"),
    _t("Schladming", "AT", ["8970"], "03687"),
    _t("St. Anton am Arlberg", "AT", ["6580"], "05446"),
    _t("Kitzbühel", "AT", ["6370"], "05356"),
    # Switzerland
    _t("Zürich", "CH", ["8001", "8003", "8004", "8005", "8006", "8032", "8037", "8046", "8050", "8055"], "044", "de"),
    _t("Winterthur", "CH", ["8400", "8404", "8405", "8406", "8408"], "052", "de"),
    _t("Bern", "CH", ["3005", "3006", "3007", "3011", "3012", "3013", "3014", "3018"], "031", "de"),
    _t("Basel", "CH", ["4051", "4052", "4053", "4055", "4056", "4057", "4058"], "061", "de"),
    _t("Luzern", "CH", ["6003", "6004", "6005", "6006"], "041", "de"),
    _t("St. Gallen", "CH", ["9000", "9008", "9010", "9014", "9016"], "071", "de"),
    _t("Aarau", "CH", ["5000", "5004"], "062", "de"),
    _t("Chur", "CH", ["7000"], "081", "de"),
    _t("Thun", "CH", ["3600", "3604", "3608"], "033", "de"),
    _t("Zug", "CH", ["6300"], "041", "de"),
    _t("Olten", "CH", ["4600"], "062", "de"),
    _t("Schaffhausen", "CH", ["8200"], "052", "de"),
    _t("Frauenfeld", "CH", ["8500"], "052", "de"),
    _t("Baden", "CH", ["5400"], "056", "de"),
    _t("Solothurn", "CH", ["4500"], "032", "de"),
    _t("Uster", "CH", ["8610"], "044", "de"),
    _t("Burgdorf", "CH", ["3400"], "034", "de"),
    _t("Langenthal", "CH", ["4900"], "062", "de"),
    _t("Davos Platz", "CH", ["7270"], "081", "de"),
    _t("Grindelwald", "CH", ["3818"], "033", "de"),
    _t("Engelberg", "CH", ["6390"], "041", "de"),
    _t("Lausanne", "CH", ["1003", "1004", "1005", "1006", "1007", "1010", "1018"], "021", "fr"),
    _t("Genève", "CH", ["1201", "1202", "1203", "1205", "1206", "1207", "1209"], "022", "fr"),
    _t("Neuchâtel", "CH", ["2000"], "032", "fr"),
    _t("Fribourg", "CH", ["1700"], "026", "fr"),
    _t("Sion", "CH", ["1950"], "027", "fr"),
    _t("Yverdon-les-Bains", "CH", ["1400"], "024", "fr"),
    _t("Montreux", "CH", ["1820"], "021", "fr"),
    _t("Vevey", "CH", ["1800"], "021", "fr"),
    _t("Nyon", "CH", ["1260"], "022", "fr"),
    _t("La Chaux-de-Fonds", "CH", ["2300"], "032", "fr"),
    _t("Delémont", "CH", ["2800"], "032", "fr"),
    _t("Morges", "CH", ["1110"], "021", "fr"),
    _t("Bulle", "CH", ["1630"], "026", "fr"),
    _t("Martigny", "CH", ["1920"], "027", "fr"),
    _t("Verbier", "CH", ["1936"], "027", "fr"),
    _t("Lugano", "CH", ["6900", "6903"], "091", "it"),
    _t("Bellinzona", "CH", ["6500"], "091", "it"),
    _t("Locarno", "CH", ["6600"], "091", "it"),
    _t("Mendrisio", "CH", ["6850"], "091", "it"),
    _t("Chiasso", "CH", ["6830"], "091", "it"),
    _t("Biasca", "CH", ["6710"], "091", "it"),
    _t("Ascona", "CH", ["6612"], "091", "it"),
    _t("Minusio", "CH", ["6648"], "091", "it"),
    _t("Airolo", "CH", ["6780"], "091", "it"),
    # France
    _t("Paris", "FR", [f"750{n:02d}" for n in range(1, 21)], "01"),
    _t("Lyon", "FR", [f"6900{n}" for n in range(1, 10)], "04"),
    _t("Marseille", "FR", ["13001", "13004", "13005", "13006", "13008", "13012"], "04"),
    _t("Toulouse", "FR", ["31000", "31200", "31300", "31400", "31500"], "05"),
    _t("Bordeaux", "FR", ["33000", "33100", "33200", "33300", "33800"], "05"),
    _t("Lille", "FR", ["59000", "59160", "59260", "59800"], "03"),
    _t("Nantes", "FR", ["44000", "44100", "44200", "44300"], "02"),
    _t("Strasbourg", "FR", ["67000", "67100", "67200"], "03"),
    _t("Montpellier", "FR", ["34000", "34070", "34080", "34090"], "04"),
    _t("Rennes", "FR", ["35000", "35200", "35700"], "02"),
    _t("Grenoble", "FR", ["38000", "38100"], "04"),
    _t("Dijon", "FR", ["21000"], "03"),
    _t("Annecy", "FR", ["74000"], "04"),
    _t("Mulhouse", "FR", ["68100", "68200"], "03"),
    _t("Besançon", "FR", ["25000"], "03"),
    _t("Nancy", "FR", ["54000"], "03"),
    _t("Metz", "FR", ["57000"], "03"),
    _t("Tours", "FR", ["37000", "37100", "37200"], "02"),
    _t("Clermont-Ferrand", "FR", ["63000", "63100"], "04"),
    _t("Reims", "FR", ["51100"], "03"),
    _t("Rouen", "FR", ["76000", "76100"], "02"),
    _t("Nice", "FR", ["06000", "06100", "06200", "06300"], "04"),
    _t("Annemasse", "FR", ["74100"], "04"),
    _t("Colmar", "FR", ["68000"], "03"),
    _t("Chambéry", "FR", ["73000"], "04"),
    _t("Chamonix-Mont-Blanc", "FR", ["74400"], "04"),
    # Italy
    _t("Milano", "IT", ["20121", "20123", "20129", "20135", "20144", "20149", "20155", "20162"], "02", "MI"),
    _t("Roma", "IT", ["00118", "00136", "00144", "00152", "00161", "00176", "00185", "00199"], "06", "RM"),
    _t("Torino", "IT", ["10121", "10126", "10135", "10139", "10143", "10153"], "011", "TO"),
    _t("Como", "IT", ["22100"], "031", "CO"),
    _t("Varese", "IT", ["21100"], "0332", "VA"),
    _t("Bergamo", "IT", ["24121", "24122", "24124", "24127"], "035", "BG"),
    _t("Brescia", "IT", ["25121", "25124", "25128", "25133"], "030", "BS"),
    _t("Verona", "IT", ["37121", "37122", "37131", "37138"], "045", "VR"),
    _t("Bologna", "IT", ["40121", "40124", "40126", "40133", "40137"], "051", "BO"),
    _t("Firenze", "IT", ["50121", "50127", "50133", "50136", "50142"], "055", "FI"),
    _t("Genova", "IT", ["16121", "16128", "16137", "16145", "16154"], "010", "GE"),
    _t("Padova", "IT", ["35121", "35124", "35129", "35137", "35141"], "049", "PD"),
    _t("Trento", "IT", ["38121", "38122", "38123"], "0461", "TN"),
    _t("Bolzano", "IT", ["39100"], "0471", "BZ"),
    _t("Napoli", "IT", ["80121", "80129", "80134", "80142"], "081", "NA"),
    _t("Parma", "IT", ["43121", "43122", "43123", "43125"], "0521", "PR"),
    _t("Modena", "IT", ["41121", "41122", "41124", "41125"], "059", "MO"),
    _t("Monza", "IT", ["20900"], "039", "MB"),
    _t("Lecco", "IT", ["23900"], "0341", "LC"),
    _t("Novara", "IT", ["28100"], "0321", "NO"),
    _t("Pavia", "IT", ["27100"], "0382", "PV"),
    _t("Udine", "IT", ["33100"], "0432", "UD"),
    _t("Trieste", "IT", ["34121", "34126", "34133", "34141"], "040", "TS"),
    _t("Sondrio", "IT", ["23100"], "0342", "SO"),
    _t("Aosta", "IT", ["11100"], "0165", "AO"),
    # United Kingdom (outward codes)
    _t("London", "GB", ["SW4", "SE15", "N1", "N16", "E8", "E17", "NW5", "W12", "SW11", "SE22"], "020"),
    _t("Manchester", "GB", ["M14", "M20", "M21", "M4", "M13"], "0161"),
    _t("Birmingham", "GB", ["B15", "B13", "B29", "B30"], "0121"),
    _t("Leeds", "GB", ["LS6", "LS7", "LS8", "LS17"], "0113"),
    _t("Bristol", "GB", ["BS6", "BS7", "BS3", "BS8"], "0117"),
    _t("Edinburgh", "GB", ["EH9", "EH10", "EH6", "EH3"], "0131"),
    _t("Glasgow", "GB", ["G12", "G11", "G41", "G3"], "0141"),
    _t("Oxford", "GB", ["OX4", "OX2", "OX3"], "01865"),
    _t("Cambridge", "GB", ["CB1", "CB4", "CB2"], "01223"),
    _t("York", "GB", ["YO10", "YO31", "YO24"], "01904"),
    _t("Brighton", "GB", ["BN1", "BN2", "BN3"], "01273"),
    _t("Sheffield", "GB", ["S10", "S11", "S7"], "0114"),
    _t("Norwich", "GB", ["NR2", "NR3", "NR4"], "01603"),
    _t("Bath", "GB", ["BA1", "BA2"], "01225"),
    _t("Cardiff", "GB", ["CF24", "CF11", "CF14"], "029"),
    _t("Nottingham", "GB", ["NG7", "NG5", "NG3"], "0115"),
    _t("Exeter", "GB", ["EX4", "EX1", "EX2"], "01392"),
    _t("Reading", "GB", ["RG1", "RG2", "RG30"], "0118"),
    _t("Kendal", "GB", ["LA9"], "01539"),
    # United States
    _t("New York", "US", ["10003", "10011", "10024", "10027", "10128"], ("212", "646"), "NY"),
    _t("Brooklyn", "US", ["11201", "11215", "11217", "11238"], ("718", "347"), "NY"),
    _t("Boston", "US", ["02108", "02116", "02118", "02130"], ("617",), "MA"),
    _t("Chicago", "US", ["60614", "60618", "60622", "60640", "60657"], ("312", "773"), "IL"),
    _t("San Francisco", "US", ["94103", "94110", "94114", "94117", "94122"], ("415", "628"), "CA"),
    _t("Seattle", "US", ["98103", "98105", "98112", "98117", "98122"], ("206",), "WA"),
    _t("Austin", "US", ["78704", "78705", "78722", "78745", "78751"], ("512", "737"), "TX"),
    _t("Denver", "US", ["80203", "80205", "80206", "80210", "80218"], ("303", "720"), "CO"),
    _t("Portland", "US", ["97202", "97209", "97212", "97214", "97217"], ("503", "971"), "OR"),
    _t("Philadelphia", "US", ["19103", "19104", "19130", "19143", "19147"], ("215", "267"), "PA"),
    _t("Minneapolis", "US", ["55403", "55405", "55406", "55408", "55414"], ("612",), "MN"),
    _t("Madison", "US", ["53703", "53704", "53705", "53711", "53726"], ("608",), "WI"),
    _t("Ann Arbor", "US", ["48103", "48104", "48105"], ("734",), "MI"),
    _t("Burlington", "US", ["05401", "05408"], ("802",), "VT"),
    _t("Raleigh", "US", ["27601", "27605", "27608", "27610"], ("919", "984"), "NC"),
    _t("Atlanta", "US", ["30306", "30307", "30308", "30316"], ("404", "470"), "GA"),
    _t("Pittsburgh", "US", ["15206", "15213", "15217", "15232"], ("412",), "PA"),
    _t("Columbus", "US", ["43201", "43206", "43214", "43215"], ("614",), "OH"),
    _t("Salt Lake City", "US", ["84102", "84103", "84105", "84108"], ("801", "385"), "UT"),
    _t("Boulder", "US", ["80302", "80304", "80305"], ("303", "720"), "CO"),
]
TOWNS_BY = collections.defaultdict(list)
for _town in TOWNS:
    TOWNS_BY[_town.country].append(_town)
    if _town.country == "CH":
        TOWNS_BY["CH-" + _town.extra].append(_town)

STREETS = {
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Schulstraße",
        "Gartenstraße",
        "Lindenstraße",
        "Kirchstraße",
        "Bergstraße",
        "Waldstraße",
        "Ringstraße",
        "Mühlweg",
        "Birkenweg",
        "Ahornweg",
        "Am Sonnenhang",
        "Im Grund",
        "Rosenweg",
        "Wiesenstraße",
        "Marktplatz",
        "Brunnengasse",
        "Kastanienallee",
        "Uhlandstraße",
        "Schillerstraße",
        "Mozartstraße",
        "Eichendorffweg",
        "Fliederweg",
        "Amselweg",
        "Hohe Straße",
        "Am Mühlbach",
        "Talstraße",
        "Lessingstraße",
        "Parkstraße",
        "Feldstraße",
        "Blumenstraße",
        "Friedenstraße",
        "Weinbergweg",
        "Am Anger",
        "Königsberger Straße",
        "Moltkestraße",
        "Rheinstraße",
        "Auf dem Kamp",
        "Kiefernweg",
    ],
    "AT": [
        "Hauptstraße",
        "Kirchengasse",
        "Schulgasse",
        "Lindengasse",
        "Mühlgasse",
        "Bahnhofstraße",
        "Am Anger",
        "Feldgasse",
        "Gartengasse",
        "Rosengasse",
        "Wiesenweg",
        "Bergstraße",
        "Sonnenweg",
        "Haydngasse",
        "Schubertstraße",
        "Grillparzerstraße",
        "Annenstraße",
        "Kaiserfeldgasse",
        "Dorfstraße",
        "Am Steinfeld",
        "Waldweg",
        "Hofgasse",
        "Neubaugasse",
        "Lerchenfelder Gürtel",
        "Stiftgasse",
        "Johannesgasse",
    ],
    "CH-de": [
        "Bahnhofstrasse",
        "Dorfstrasse",
        "Hauptstrasse",
        "Kirchweg",
        "Seestrasse",
        "Rebenweg",
        "Alpenstrasse",
        "Bergstrasse",
        "Oberdorfstrasse",
        "Feldstrasse",
        "Gartenstrasse",
        "Rosenweg",
        "Sonnenbergstrasse",
        "Schulhausstrasse",
        "Mattenweg",
        "Zelgstrasse",
        "Hofackerstrasse",
        "Im Grüt",
        "Lindenhofweg",
        "Bachstrasse",
        "Weiherweg",
        "Chilegass",
        "Juraweg",
        "Landstrasse",
        "Eichholzweg",
        "Mühlestrasse",
        "Sonnhaldenstrasse",
        "Birkenweg",
        "Gässli",
        "Unterdorf",
    ],
    "CH-fr": [
        "Rue de la Gare",
        "Chemin des Vignes",
        "chemin de la Forêt",
        "Avenue de la Gare",
        "Rue du Bourg",
        "Route du Lac",
        "chemin des Pâquerettes",
        "Rue du Temple",
        "Avenue des Alpes",
        "Rue de l'Industrie",
        "chemin du Levant",
        "Rue des Moulins",
        "Avenue de Beaumont",
        "Rue du Collège",
        "chemin des Sorbiers",
        "Rue de la Poste",
        "Avenue du Léman",
        "Rue des Fontaines",
    ],
    "CH-it": [
        "Via Cantonale",
        "via San Gottardo",
        "Via alla Chiesa",
        "Via ai Monti",
        "via dei Faggi",
        "Via Vedeggio",
        "Via Lucino",
        "via del Sole",
        "Via alle Vigne",
        "Via Stazione",
        "via Borgo",
        "Via ai Ronchi",
        "Via Motta",
        "via dei Castagni",
        "Via Pedemonte",
    ],
    "FR": [
        "rue de la Gare",
        "rue du Moulin",
        "rue des Écoles",
        "avenue de la République",
        "chemin des Vignes",
        "impasse des Lilas",
        "allée des Tilleuls",
        "place du Marché",
        "boulevard Pasteur",
        "rue Victor Hugo",
        "rue de la Paix",
        "avenue Jean Jaurès",
        "rue des Jardins",
        "rue du Château",
        "chemin de la Croix",
        "rue Saint-Nicolas",
        "avenue des Acacias",
        "rue de l'Église",
        "quai des Bateliers",
        "rue des Tanneurs",
        "rue du Général Leclerc",
        "rue Pierre Brossolette",
        "rue des Peupliers",
        "cours Gambetta",
    ],
    "IT": [
        "via Roma",
        "via Garibaldi",
        "via Mazzini",
        "via dei Mille",
        "corso Italia",
        "piazza della Chiesa",
        "viale dei Tigli",
        "via delle Rose",
        "via del Sole",
        "vicolo Stretto",
        "via Cavour",
        "via XX Settembre",
        "via Matteotti",
        "via Manzoni",
        "via San Francesco",
        "via della Repubblica",
        "via dei Mulini",
        "via Dante",
        "corso Vittorio Emanuele",
        "via Marconi",
        "viale Europa",
        "via Leopardi",
        "via Verdi",
    ],
    "GB": [
        "Church Lane",
        "Mill Road",
        "Station Road",
        "High Street",
        "Park Avenue",
        "Queen's Road",
        "The Green",
        "Orchard Close",
        "Victoria Road",
        "Manor Way",
        "Kingsway",
        "Elm Grove",
        "Meadow View",
        "Chapel Street",
        "Springfield Road",
        "Ashley Gardens",
        "Hawthorn Drive",
        "Albert Terrace",
        "Windsor Crescent",
        "Mill Lane",
        "North Street",
        "Beech Walk",
    ],
    "US": [
        "Maple Avenue",
        "Oak Street",
        "Cedar Lane",
        "Elm Street",
        "Pine Street",
        "Lakeview Drive",
        "Walnut Street",
        "Hillcrest Road",
        "Sunset Boulevard",
        "Spring Street",
        "River Road",
        "Highland Avenue",
        "Chestnut Street",
        "Forest Avenue",
        "Park Place",
        "Meadow Lane",
        "Willow Way",
        "Jefferson Avenue",
        "Grant Street",
        "Union Street",
        "Prospect Avenue",
        "Harbor Drive",
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# persons, addresses


@dataclass
class Person:
    first: str
    last: str
    gender: str
    nick: str = ""
    community: str = ""
    base: str = ""

    def words(self) -> list[str]:
        ws = re.split(r"[\s\-'’.]+", f"{self.first} {self.last} {self.nick}")
        return [w for w in ws if len(w) >= 3 and w.lower() not in PARTICLES]


@dataclass
class Address:
    street: str
    town_line: str
    town: Town


MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
MONTHS_ABBR = {
    "de": "Jan. Feb. Mrz. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
DATE_SHAPES = {
    "de": [
        "dmy.",
        "dmy.",
        "dmy.",
        "d.m.y",
        "dmy.short",
        "dmy.sp",
        "iso",
        "d. Month y",
        "dd. Month y",
        "d.Month y",
        "d. Mon y",
        "dmy/",
        "dROMANy",
        "dmy-",
    ],
    "fr": ["dmy/", "dmy/", "dmy/", "dmy.", "d month y", "d MONTH y", "d mon y", "dmy-", "iso", "dmy/short"],
    "it": ["dmy/", "dmy/", "dmy/", "dmy.", "d month y", "d MONTH y", "d mon y", "dmy-", "d/m/y", "iso"],
    "en_GB": ["dmy/", "dmy/", "d Month y", "dth Month y", "dth of Month y", "d Mon y", "d-MON-y", "iso", "dmy."],
    "en_US": ["mdy/", "mdy/", "m/d/y", "Month d, y", "Mon d, y", "Mon. d, y", "Month dth, y", "iso", "mdy-"],
}


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fmt_date(d: dt.date, shape: str, lang: str, locale: str) -> str:
    y, m, dd = d.year, d.month, d.day
    months = list(MONTHS[lang])
    if locale == "de_AT":
        months[0] = "Jänner"
    abbr = list(MONTHS_ABBR[lang])
    if locale == "de_AT":
        abbr[0] = "Jän."
    if shape == "dmy.":
        return f"{dd:02d}.{m:02d}.{y}"
    if shape == "d.m.y":
        return f"{dd}.{m}.{y}"
    if shape == "dmy.short":
        return f"{dd:02d}.{m:02d}.{y % 100:02d}"
    if shape == "dmy.sp":
        return f"{dd:02d}. {m:02d}. {y}"
    if shape == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if shape == "d. Month y":
        return f"{dd}. {months[m - 1]} {y}"
    if shape == "dd. Month y":
        return f"{dd:02d}. {months[m - 1]} {y}"
    if shape == "d.Month y":
        return f"{dd}.{months[m - 1]} {y}"
    if shape == "d. Mon y":
        return f"{dd}. {abbr[m - 1]} {y}"
    if shape == "dmy/":
        return f"{dd:02d}/{m:02d}/{y}"
    if shape == "dmy/short":
        return f"{dd:02d}/{m:02d}/{y % 100:02d}"
    if shape == "dmy-":
        return f"{dd:02d}-{m:02d}-{y}"
    if shape == "dROMANy":
        return f"{dd}.{ROMAN[m - 1]}.{y}"
    if shape == "d/m/y":
        return f"{dd}/{m}/{y}"
    if shape in ("d month y", "d MONTH y"):
        day = "1er" if dd == 1 and lang == "fr" else ("1°" if dd == 1 and lang == "it" else str(dd))
        mm = months[m - 1].upper() if "MONTH" in shape else months[m - 1]
        return f"{day} {mm} {y}"
    if shape == "d mon y":
        return f"{dd} {abbr[m - 1]} {y}"
    if shape == "d Month y":
        return f"{dd} {months[m - 1]} {y}"
    if shape == "dth Month y":
        return f"{ordinal(dd)} {months[m - 1]} {y}"
    if shape == "dth of Month y":
        return f"{ordinal(dd)} of {months[m - 1]} {y}"
    if shape == "d Mon y":
        return f"{dd} {abbr[m - 1]} {y}"
    if shape == "d-MON-y":
        return f"{dd:02d}-{abbr[m - 1].upper()}-{y}"
    if shape == "mdy/":
        return f"{m:02d}/{dd:02d}/{y}"
    if shape == "m/d/y":
        return f"{m}/{dd}/{y}"
    if shape == "Month d, y":
        return f"{months[m - 1]} {dd}, {y}"
    if shape == "Mon d, y":
        return f"{abbr[m - 1]} {dd}, {y}"
    if shape == "Mon. d, y":
        return f"{abbr[m - 1]}. {dd}, {y}" if abbr[m - 1] != "May" else f"May {dd}, {y}"
    if shape == "Month dth, y":
        return f"{months[m - 1]} {ordinal(dd)}, {y}"
    if shape == "mdy-":
        return f"{m:02d}-{dd:02d}-{y}"
    raise ValueError(shape)


FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "đ": "dj", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe"}


def ascii_fold(s: str) -> str:
    s = "".join(FOLD.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_"))


MAIL_PROVIDERS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "posteo.de",
        "outlook.de",
        "freenet.de",
        "mailbox.org",
        "icloud.com",
        "gmx.net",
    ],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com", "icloud.com"],
    "CH": [
        "bluewin.ch",
        "gmx.ch",
        "gmail.com",
        "sunrise.ch",
        "hispeed.ch",
        "protonmail.ch",
        "outlook.com",
        "icloud.com",
    ],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr", "hotmail.fr", "yahoo.fr"],
    "IT": ["libero.it", "gmail.com", "alice.it", "tiscali.it", "virgilio.it", "hotmail.it", "yahoo.it"],
    "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk", "sky.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "aol.com"],
}
IP_PREFIX = {
    "DE": ["84.1{}", "87.1{}", "91.{}", "93.2{}", "178.{}", "217.2{}", "79.2{}", "95.11{}"],
    "AT": ["84.11{}", "91.11{}", "178.19{}", "213.4{}", "80.10{}", "62.4{}"],
    "CH": ["85.{}", "178.19{}", "83.7{}", "212.4{}", "188.6{}", "31.16{}"],
    "FR": ["90.{}", "82.{}", "86.2{}", "78.1{}", "109.2{}", "176.1{}"],
    "IT": ["79.{}", "87.{}", "93.3{}", "151.{}", "2.3{}", "5.9{}"],
    "GB": ["81.1{}", "86.1{}", "90.2{}", "109.1{}", "31.5{}", "82.3{}"],
    "US": ["24.{}", "68.{}", "73.{}", "98.{}", "174.{}", "71.2{}"],
}
IPV6_PREFIX = {
    "DE": ["2a02:8108", "2001:16b8", "2003:e6", "2a01:c22"],
    "AT": ["2a02:8388", "2001:871", "2a01:499"],
    "CH": ["2a02:1210", "2a02:aa10", "2001:1711"],
    "FR": ["2a01:cb00", "2a01:e0a", "2a02:8424"],
    "IT": ["2001:b07", "2a01:e11", "2001:470"],
    "GB": ["2a00:23c7", "2a02:c7f", "2a01:4b00"],
    "US": ["2601:645", "2600:1700", "2603:8000"],
}


class Doc:
    def __init__(self, locale: str, seed: str):
        self.r = seeded(seed)
        self.locale = locale
        self.lang = locale[:2]
        self.country = LOCALE_COUNTRY[locale]
        self.region = self.country if self.country != "CH" else "CH-" + self.lang
        self.group = locale if self.lang == "en" else self.lang
        self.used_last: list[str] = []
        self.used_first: list[str] = []
        self.used_towns: list[str] = []
        shapes = DATE_SHAPES[self.group]
        self.dob_shape = self.c(shapes)
        self.date_shape = self.c([s for s in shapes if s not in ("dmy.short", "dmy/short")])
        self.phone_style = self.r.randrange(100)
        self.today = dt.date(2025, 1, 6) + dt.timedelta(days=self.r.randrange(640))
        self.requests: list[str] = []
        self.mail_cache: dict = {}
        self.time_style = {"fr": "h" if self.p(0.7) else ":", "de": "." if self.p(0.25) else ":"}.get(self.lang, ":")

    # -- random helpers
    def c(self, seq):
        return self.r.choice(list(seq))

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def L(self, de, fr, it, en):
        v = {"de": de, "fr": fr, "it": it, "en": en}[self.lang]
        return self.c(v) if isinstance(v, list) else v

    def LL(self, de, fr, it, en):
        """The value for the document's language as it is (lists are not drawn from)."""
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def g(self, p: Person, m: str, f: str) -> str:
        return m if p.gender == "m" else f

    def digits(self, k: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(k))

    # -- markers
    def P(self, s):
        return mark("PERSON", s)

    def E(self, s):
        return mark("EMAIL", s)

    def PH(self, s):
        return mark("PHONE", s)

    def IB(self, s):
        return mark("IBAN", s)

    def A(self, s):
        return mark("ADDRESS", s)

    def D(self, s):
        return mark("DOB", s)

    def CC(self, s):
        return mark("CARD", s)

    def AHV(self, s):
        return mark("AHV", s)

    def IP(self, s):
        return mark("IP", s)

    # -- names
    def _first(self, src: str, gender: str) -> str:
        if src in WRITTEN:
            return self.c(WRITTEN[src][0 if gender == "m" else 1])
        return self.c(FAKER[src][0 if gender == "m" else 1])

    def _last(self, src: str) -> str:
        if src in WRITTEN:
            return self.c(WRITTEN[src][2])
        if src in SWISS_EXTRA:
            return self.c(SWISS_EXTRA[src])
        return self.c(FAKER[src][2])

    def person(
        self,
        gender: str | None = None,
        kind: str | None = None,
        last: str | None = None,
        community: str | None = None,
        nick: bool = False,
    ) -> Person:
        for _ in range(60):
            p = self._person(gender or self.c("mf"), kind, last, community, nick)
            ws = p.words()
            if last is None and any(w in self.used_last for w in re.split(r"[\s\-'’]+", p.last) if len(w) >= 3):
                continue
            if p.first in self.used_first or any(w in self.used_first for w in ws):
                continue
            if any(w in self.used_last for w in re.split(r"[\s\-]+", p.first)):
                continue
            break
        self.used_first.append(p.first)
        if p.nick:
            self.used_first.append(p.nick)
        for w in re.split(r"[\s\-'’]+", p.last):
            if len(w) >= 3:
                self.used_last.append(w)
        return p

    def _person(self, gender, kind, last, community, nick) -> Person:
        lang = self.lang
        if nick:
            first, nk, gender = self.c([x for x in NICKS[lang] if gender is None or x[2] == gender] or NICKS[lang])
            last = last or self._last(self.c(REGION[self.locale][1]))
            return Person(first, last, gender, nk, "region", last)
        if community:
            kind = "community"
        if kind is None:
            x = self.r.random()
            kind = "region" if x < 0.55 else ("community" if x < 0.78 else "special")
        if kind == "community":
            com = community or self.c([c for c, w in COMMUNITIES for _ in range(w)])
            first = self._first(com, gender)
            if last is None:
                lst = self._last(com)
                if com in ("es_ES", "pt_PT", "pt_BR") and self.p(0.4):
                    lst2 = self._last(com)
                    if lst2 != lst:
                        lst = f"{lst} {lst2}"
                return Person(first, gendered(lst, com, gender), gender, "", com, lst)
            return Person(first, last, gender, "", com, last)
        firsts, lasts = REGION[self.locale]
        first = self._first(self.c(firsts), gender)
        if kind == "special":
            sub = self.c(["word", "word", "particle", "particle", "double", "wordfirst"])
            if last is None:
                if sub in ("word", "wordfirst"):
                    last = self.c(WORD_SURNAMES[lang])
                elif sub == "particle":
                    last = self.c(PARTICLE_SURNAMES[self.locale])
                else:
                    a, b = self._last(self.c(lasts)), self._last(self.c(lasts))
                    last = f"{a}-{b}" if a != b else a
            if sub == "wordfirst":
                first = self.c(WORD_FIRST[lang][0 if gender == "m" else 1])
        elif self.locale in ("de_DE", "de_AT", "de_CH") and self.p(0.05):
            second = self._first(self.c(firsts), gender)
            if second != first:
                first = f"{first}-{second}"
        if last is None:
            last = self._last(self.c(lasts))
        return Person(first, last, gender, "", kind, last)

    def relative(self, p: Person, gender: str | None = None) -> Person:
        gender = gender or self.c("mf")
        com = p.community
        if com not in ("region", "special", ""):
            return self.person(gender, last=gendered(p.base or p.last, com, gender), community=com)
        return self.person(gender, last=p.last, kind="region")

    def name(self, p: Person, style: str | None = None) -> str:
        style = style or self.c(["full"] * 6 + ["lf", "init", "LF"])
        return self.P(self.name_raw(p, style))

    def name_raw(self, p: Person, style: str) -> str:
        first, last = p.first, p.last
        if style == "full":
            return f"{first} {last}"
        if style == "lf":
            return f"{last}, {first}"
        if style == "LF":
            return f"{last.upper()}, {first}"
        if style == "Lf":
            return f"{last.upper()} {first}"
        if style == "lfn":
            return f"{last} {first}"
        if style == "init":
            ini = "-".join(x[0] + "." for x in first.split("-"))
            return f"{ini} {last}"
        if style == "fL":
            return f"{first} {last[0]}." if last[0].isupper() else f"{first} {last.split()[-1][0]}."
        if style == "UP":
            return f"{first} {last}".upper()
        if style == "first":
            return first
        if style == "last":
            return last
        if style == "nick":
            return p.nick or first
        raise ValueError(style)

    def title(self, p: Person) -> str:
        return {
            "de": self.g(p, "Herr", "Frau"),
            "fr": self.g(p, "M.", "Mme"),
            "it": self.g(p, "Sig.", "Sig.ra"),
            "en": self.g(p, "Mr", self.c(["Ms", "Mrs"])),
        }[self.lang]

    def salute(self, p: Person, formal: bool = True) -> str:
        if formal:
            if self.lang == "de":
                return f"{self.g(p, 'Sehr geehrter Herr', 'Sehr geehrte Frau')} {self.P(p.last)}"
            if self.lang == "fr":
                return (
                    self.g(p, "Monsieur", "Madame")
                    if self.p(0.6)
                    else f"{self.g(p, 'Cher Monsieur', 'Chère Madame')} {self.P(p.last)}"
                )
            if self.lang == "it":
                return f"{self.g(p, 'Gentile Signor', 'Gentile Signora')} {self.P(p.last)}"
            return f"Dear {self.title(p)} {self.P(p.last)}"
        return {
            "de": f"{self.g(p, 'Lieber', 'Liebe')} {self.P(p.first)}" if self.p(0.6) else f"Hallo {self.P(p.first)}",
            "fr": f"{self.g(p, 'Cher', 'Chère')} {self.P(p.first)}" if self.p(0.5) else f"Bonjour {self.P(p.first)}",
            "it": f"{self.g(p, 'Caro', 'Cara')} {self.P(p.first)}" if self.p(0.5) else f"Ciao {self.P(p.first)}",
            "en": f"Hi {self.P(p.first)}" if self.p(0.6) else f"Dear {self.P(p.first)}",
        }[self.lang]

    # -- places
    def town(self, country: str | None = None, near: Town | None = None) -> Town:
        key = country or self.region
        if key == "CH" and self.country == "CH" and self.p(0.85):
            key = self.region
        towns = TOWNS_BY[key]
        fresh = [t for t in towns if t.name not in self.used_towns]
        t = self.c(fresh or towns)
        self.used_towns.append(t.name)
        return t

    def addr(self, town: Town | None = None, country: str | None = None) -> Address:
        t = town or self.town(country)
        cty = t.country
        region = cty if cty != "CH" else "CH-" + t.extra
        st = self.c(STREETS[region])
        n = self.n(1, 120) if cty != "US" else self.n(12, 4890)
        if cty == "DE":
            if st.endswith("straße") and self.p(0.15):
                st = st[:-6] + ("str." if st[-7].islower() and " " not in st else "Str.")
                st = st.replace(" Str.", " Str.")
            num = str(n) + (self.c(["a", "b", " a", "c"]) if self.p(0.1) else "")
            if self.p(0.03):
                num = f"{n}-{n + 2}"
            street = f"{st} {num}"
        elif cty == "AT":
            num = str(self.n(1, 80))
            x = self.r.random()
            if x < 0.25:
                num += f"/{self.n(1, 4)}/{self.n(1, 24)}"
            elif x < 0.35:
                num += f"/Top {self.n(1, 30)}"
            elif x < 0.45:
                num += f"/{self.n(1, 18)}"
            street = f"{st} {num}"
        elif cty == "CH":
            num = str(self.n(1, 90)) + ("a" if self.p(0.08) else "")
            street = f"{st} {num}"
        elif cty == "FR":
            num = str(self.n(1, 140))
            if self.p(0.06):
                num += self.c([" bis", " ter"])
            street = self.c([f"{num} {st}", f"{num}, {st}", f"{num} {st}"])
        elif cty == "IT":
            num = str(self.n(1, 160))
            x = self.r.random()
            if x < 0.1:
                street = f"{st} n. {num}"
            elif x < 0.25:
                street = f"{st}, {num}"
            elif x < 0.33:
                street = f"{st} {num}/{self.c('ABC')}"
            elif x < 0.38:
                street = f"{st} {num} int. {self.n(1, 12)}"
            else:
                street = f"{st} {num}"
            if self.p(0.3):
                street = street[0].upper() + street[1:]
        elif cty == "GB":
            street = f"{self.n(1, 140)} {st}"
            if self.p(0.15):
                street = f"Flat {self.n(1, 12)}, {street}"
        else:
            street = f"{n} {st}"
            x = self.r.random()
            if x < 0.12:
                street += f" Apt {self.n(1, 12)}{self.c('ABCD')}"
            elif x < 0.17:
                street += f" #{self.n(2, 40)}"
            elif x < 0.21:
                street += f" Unit {self.n(1, 9)}"
        return Address(street, self.town_line(t), t)

    def town_line(self, t: Town) -> str:
        cty = t.country
        if cty == "GB":
            pc = f"{self.c(t.codes)} {self.n(1, 9)}{self.c('ABDEFGHJLNPQRSTUWXYZ')}{self.c('ABDEFGHJLNPQRSTUWXYZ')}"
            return f"{t.name.upper() if self.p(0.15) else t.name} {pc}"
        if cty == "US":
            z = self.c(t.codes) + (f"-{self.digits(4)}" if self.p(0.15) else "")
            return f"{t.name}, {t.extra} {z}"
        pc = self.c(t.codes)
        if cty == "IT":
            x = self.r.random()
            if x < 0.35:
                return f"{pc} {t.name} ({t.extra})"
            if x < 0.5:
                return f"{pc} {t.name} {t.extra}"
            if x < 0.54:
                return f"I-{pc} {t.name}"
            return f"{pc} {t.name}"
        if cty == "FR":
            return f"{pc} {t.name.upper() if self.p(0.3) else t.name}"
        pref = {"DE": "D-", "AT": "A-", "CH": "CH-"}[cty]
        return f"{pref}{pc} {t.name}" if self.p(0.07 if cty != "CH" else 0.1) else f"{pc} {t.name}"

    def a_line(self, a: Address, sep: str | None = None) -> str:
        sep = sep or self.c([", ", ", ", ", ", " - ", " · ", "; ", " / "])
        return f"{self.A(a.street)}{sep}{self.A(a.town_line)}"

    def a_block(self, a: Address, indent: str = "") -> str:
        return f"{indent}{self.A(a.street)}\n{indent}{self.A(a.town_line)}"

    # -- phones
    def phone(
        self, kind: str = "mobile", town: Town | None = None, country: str | None = None, intl: bool | None = None
    ) -> str:
        cty = town.country if town else (country or self.country)
        if intl is None:
            intl = self.p(0.3)
        r = self.r
        style = r.randrange(6)
        if cty in ("DE", "AT"):
            cc = "49" if cty == "DE" else "43"
            if kind == "mobile":
                pre = self.c(
                    [
                        "0151",
                        "0152",
                        "0157",
                        "0160",
                        "0162",
                        "0170",
                        "0171",
                        "0172",
                        "0173",
                        "0175",
                        "0176",
                        "0177",
                        "0178",
                        "0179",
                    ]
                    if cty == "DE"
                    else ["0650", "0660", "0664", "0676", "0680", "0699", "0677"]
                )
                sub = self.digits(self.c([7, 8]) if cty == "DE" else 7)
            else:
                pre = self.c(town.area) if town else self.c(self.c(TOWNS_BY[cty]).area)
                sub = str(self.n(2, 9)) + self.digits(max(4, 9 - len(pre)) + self.n(0, 1))
            if intl:
                return self.c(
                    [
                        f"+{cc} {pre[1:]} {sub}",
                        f"+{cc} (0){pre[1:]} {sub}",
                        f"00{cc} {pre[1:]} {sub}",
                        f"+{cc}{pre[1:]}{sub}",
                        f"+{cc} {pre[1:]} {sub[:3]} {sub[3:]}",
                    ]
                )
            if style == 0:
                return f"{pre}/{sub}"
            if style == 1:
                return f"({pre}) {sub}"
            if style == 2:
                return f"{pre}-{sub}"
            if style == 3 and kind != "mobile":
                return f"{pre} {sub[:-2]}-{sub[-2:]}"
            if style == 4 and len(sub) >= 7:
                return f"{pre} {sub[:3]} {sub[3:5]} {sub[5:]}"
            return f"{pre} {sub}"
        if cty == "CH":
            pre = (
                self.c(["076", "077", "078", "079", "075"])
                if kind == "mobile"
                else (
                    self.c(town.area)
                    if town
                    else self.c(TOWNS_BY[self.region if self.country == "CH" else "CH"]).area[0]
                )
            )
            sub = str(self.n(2, 9)) + self.digits(6)
            grp = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            if intl:
                return self.c(
                    [f"+41 {pre[1:]} {grp}", f"+41 (0){pre[1:]} {grp}", f"0041 {pre[1:]} {grp}", f"+41{pre[1:]}{sub}"]
                )
            return self.c(
                [
                    f"{pre} {grp}",
                    f"{pre} {grp}",
                    f"{pre}/{grp}",
                    f"{pre} {sub}",
                    f"{pre}.{sub[:3]}.{sub[3:5]}.{sub[5:]}",
                ]
            )
        if cty == "FR":
            pre = (
                self.c(["06", "07"])
                if kind == "mobile"
                else (self.c(town.area) if town else self.c(TOWNS_BY["FR"]).area[0])
            )
            sub = self.digits(8)
            pairs = [sub[i : i + 2] for i in range(0, 8, 2)]
            if intl:
                return self.c(
                    [
                        f"+33 {pre[1]} {' '.join(pairs)}",
                        f"+33 (0){pre[1]} {' '.join(pairs)}",
                        f"0033 {pre[1]} {' '.join(pairs)}",
                        f"+33{pre[1]}{sub}",
                    ]
                )
            return self.c(
                [f"{pre} {' '.join(pairs)}"] * 3
                + [f"{pre}.{'.'.join(pairs)}", f"{pre}{sub}", f"{pre}-{'-'.join(pairs)}"]
            )
        if cty == "IT":
            if kind == "mobile":
                pre = self.c(
                    ["320", "328", "333", "335", "338", "339", "340", "345", "347", "348", "349", "366", "380", "392"]
                )
                sub = self.digits(7)
                if intl:
                    return self.c(
                        [f"+39 {pre} {sub}", f"+39 {pre} {sub[:3]} {sub[3:]}", f"0039 {pre} {sub}", f"+39{pre}{sub}"]
                    )
                return self.c(
                    [f"{pre} {sub}", f"{pre} {sub[:3]} {sub[3:]}", f"{pre}-{sub}", f"{pre}/{sub}", f"{pre}{sub}"]
                )
            pre = self.c(town.area) if town else self.c(TOWNS_BY["IT"]).area[0]
            sub = self.digits(10 - len(pre))
            if intl:
                return self.c([f"+39 {pre} {sub}", f"0039 {pre} {sub}", f"+39 {pre} {sub[:4]} {sub[4:]}"])
            return self.c([f"{pre} {sub}", f"{pre} {sub[:4]} {sub[4:]}", f"{pre}/{sub}", f"{pre}-{sub}"])
        if cty == "GB":
            if kind == "mobile":
                pre = "07" + str(self.n(4, 9)) + self.digits(2)
                sub = self.digits(6)
                if intl:
                    return self.c([f"+44 {pre[1:]} {sub}", f"+44 (0){pre[1:]} {sub}", f"+44{pre[1:]}{sub}"])
                return self.c([f"{pre} {sub}", f"{pre} {sub[:3]} {sub[3:]}", f"{pre}{sub}"])
            pre = self.c(town.area) if town else self.c(TOWNS_BY["GB"]).area[0]
            if len(pre) == 3:
                sub = str(self.n(3, 8)) + self.digits(7)
                sub_f = f"{sub[:4]} {sub[4:]}"
            elif len(pre) == 4:
                sub = str(self.n(2, 9)) + self.digits(6)
                sub_f = f"{sub[:3]} {sub[3:]}"
            else:
                sub = str(self.n(2, 9)) + self.digits(5)
                sub_f = sub
            if intl:
                return self.c([f"+44 {pre[1:]} {sub_f}", f"+44 (0){pre[1:]} {sub_f}"])
            return self.c([f"{pre} {sub_f}", f"({pre}) {sub_f}"])
        # US
        area = self.c(town.area) if town else self.c(self.c(TOWNS_BY["US"]).area)
        ex = str(self.n(2, 9)) + self.digits(2)
        if ex[1:] == "55":
            ex = ex[0] + "56"
        line = self.digits(4)
        if intl:
            return self.c([f"+1 {area} {ex} {line}", f"+1-{area}-{ex}-{line}", f"+1 ({area}) {ex}-{line}"])
        return self.c(
            [
                f"({area}) {ex}-{line}",
                f"({area}) {ex}-{line}",
                f"{area}-{ex}-{line}",
                f"{area}.{ex}.{line}",
                f"1-{area}-{ex}-{line}",
            ]
        )

    # -- e-mail
    def email(self, p: Person, kind: str = "private", domain: str | None = None) -> str:
        key = (p.first, p.last, kind, domain)
        if key not in self.mail_cache:
            self.mail_cache[key] = self._email(p, kind, domain)
        return self.mail_cache[key]

    def _email(self, p: Person, kind: str = "private", domain: str | None = None) -> str:
        f = ascii_fold(p.first.split("-")[0] if self.p(0.7) else p.first)
        last = ascii_fold(p.last.replace(" ", "").replace("'", ""))
        if kind == "work":
            local = self.c([f"{f}.{last}", f"{f}.{last}", f"{f[0]}.{last}", f"{f[0]}{last}", f"{last}"])
            return f"{local}@{domain}"
        dom = domain or self.c(MAIL_PROVIDERS[self.country])
        y = str(self.n(60, 99)) if self.p(0.5) else str(self.n(1, 99))
        local = self.c(
            [
                f"{f}.{last}",
                f"{f}.{last}",
                f"{f}{last}",
                f"{f[0]}.{last}",
                f"{f}_{last}",
                f"{f}.{last}{y}",
                f"{last}.{f}",
                f"{f[0]}{last}{y}",
                f"{f}-{last}",
                f"{f}{y}",
                f"{last}{f[0]}",
            ]
        )
        return f"{local}@{dom}"

    # -- money, ids, numbers
    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        cty = country or (self.country if self.country != "US" else "GB")
        if self.p(0.06) and country is None:
            cty = self.c(
                {
                    "DE": ["AT", "NL", "LU"],
                    "AT": ["DE", "LI"],
                    "CH": ["LI", "DE", "FR"],
                    "FR": ["BE", "LU", "CH"],
                    "IT": ["CH", "SM"],
                    "GB": ["IE", "NL"],
                }.get(cty, [cty])
            )
        if cty == "DE":
            bban = self.digits(8) + self.digits(10)
        elif cty == "AT":
            bban = self.digits(5) + self.digits(11)
        elif cty in ("CH", "LI"):
            bban = f"{self.n(100, 9999):05d}" + self.digits(12)
            if cty == "LI":
                bban = self.c(["08800", "08810", "08802"]) + self.digits(12)
        elif cty == "FR":
            bank, branch, acc = self.digits(5), self.digits(5), self.digits(11)
            bban = bank + branch + acc + french_rib_key(bank, branch, acc)
        elif cty in ("IT", "SM"):
            abi, cab, acc = self.digits(5), self.digits(5), self.digits(12)
            bban = italian_cin(abi, cab, acc) + abi + cab + acc
        elif cty == "GB":
            bban = self.c(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA"]) + self.digits(6) + self.digits(8)
        elif cty == "IE":
            bban = self.c(["AIBK", "BOFI"]) + self.digits(6) + self.digits(8)
        elif cty == "NL":
            bban = self.c(["INGB", "RABO", "ABNA"]) + self.digits(10)
        elif cty == "BE":
            b = self.digits(10)
            bban = b + f"{int(b) % 97 or 97:02d}"
        elif cty == "LU":
            bban = self.digits(3) + self.digits(13)
        else:
            raise ValueError(cty)
        iban = iban_from_bban(cty, bban)
        if grouped is None:
            grouped = self.p(0.7)
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if grouped else iban

    def acct(self, country: str | None = None) -> str:
        """A marked IBAN, or for US documents an unlabelled US account reference."""
        if (country or self.country) == "US":
            return self.c(
                [
                    f"checking account ending {self.digits(4)}",
                    f"account ****{self.digits(4)} (routing {self.digits(9)})",
                ]
            )
        return self.IB(self.iban(country))

    def card(self) -> str:
        x = self.r.random()
        if x < 0.5:
            body = "4" + self.digits(14)
        elif x < 0.8:
            body = self.c(["51", "52", "53", "54", "55"]) + self.digits(13)
        elif x < 0.9:
            body = str(self.n(2221, 2720)) + self.digits(11)
        else:
            body = self.c(["34", "37"]) + self.digits(12)
            num = body + luhn_digit(body)
            return self.c([f"{num[:4]} {num[4:10]} {num[10:]}", num])
        num = body + luhn_digit(body)
        return self.c(
            [" ".join(num[i : i + 4] for i in range(0, 16, 4))] * 3
            + [num, "-".join(num[i : i + 4] for i in range(0, 16, 4))]
        )

    def masked_card(self) -> str:
        last4 = self.digits(4)
        return self.c(
            [
                f"**** **** **** {last4}",
                f"•••• {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"{self.c(['4', '5'])}{self.digits(5)}******{last4}",
                f"**** {last4}",
            ]
        )

    def ahv(self) -> str:
        body = "756" + self.digits(9)
        num = body + ean13_digit(body)
        return f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}" if self.p(0.85) else num

    def ip(self, country: str | None = None) -> str:
        cty = country or self.country
        if self.p(0.18):
            pre = self.c(IPV6_PREFIX[cty])
            groups = [f"{self.r.randrange(1, 65536):x}" for _ in range(8 - pre.count(":") - 1)]
            if self.p(0.3):
                return f"{pre}:{':'.join(groups[:2])}::{groups[-1]}"
            return f"{pre}:{':'.join(groups)}"
        pre = self.c(IP_PREFIX[cty]).format(self.n(0, 9))
        parts = pre.split(".")
        while len(parts) < 4:
            parts.append(str(self.n(1, 254)))
        return ".".join(parts)

    def lan_ip(self) -> str:
        return self.c(
            [
                f"192.168.{self.c([0, 1, 2, 178])}.{self.n(2, 250)}",
                f"10.{self.n(0, 40)}.{self.n(0, 255)}.{self.n(2, 250)}",
                f"172.{self.n(16, 31)}.{self.n(0, 255)}.{self.n(2, 250)}",
            ]
        )

    def money(self, amount: float, cur: str | None = None) -> str:
        cty = self.country
        cur = cur or {"DE": "EUR", "AT": "EUR", "FR": "EUR", "IT": "EUR", "CH": "CHF", "GB": "GBP", "US": "USD"}[cty]
        whole = int(amount)
        cents = int(round((amount - whole) * 100)) % 100
        if cur == "CHF":
            w = f"{whole:,}".replace(",", "'")
            return (
                self.c([f"CHF {w}.{cents:02d}", f"Fr. {w}.{cents:02d}", f"{w}.{cents:02d} CHF"])
                if cents or self.p(0.5)
                else f"CHF {w}.–"
            )
        if cur == "GBP":
            return f"£{whole:,}.{cents:02d}"
        if cur == "USD":
            return f"${whole:,}.{cents:02d}"
        if self.lang == "fr":
            w = f"{whole:,}".replace(",", "\u202f")
            return f"{w},{cents:02d} €"
        w = f"{whole:,}".replace(",", ".")
        if self.lang == "it":
            return self.c([f"€ {w},{cents:02d}", f"{w},{cents:02d} €", f"EUR {w},{cents:02d}"])
        return self.c([f"{w},{cents:02d} €", f"{w},{cents:02d} EUR", f"EUR {w},{cents:02d}"])

    # -- dates
    def dob(self, lo: int = 18, hi: int = 85) -> dt.date:
        age_days = self.n(lo * 365 + 10, hi * 365 + 300)
        return self.today - dt.timedelta(days=age_days)

    def fmt_dob(self, d: dt.date, shape: str | None = None) -> str:
        shape = shape or (self.dob_shape if self.p(0.75) else self.c(DATE_SHAPES[self.group]))
        return self.D(fmt_date(d, shape, self.lang, self.locale))

    def date(self, d: dt.date | None = None, shape: str | None = None) -> str:
        d = d or self.today
        return fmt_date(d, shape or self.date_shape, self.lang, self.locale)

    def later(self, a: int, b: int) -> dt.date:
        return self.today + dt.timedelta(days=self.n(a, b))

    def earlier(self, a: int, b: int) -> dt.date:
        return self.today - dt.timedelta(days=self.n(a, b))

    def clock(self, h0: int = 7, h1: int = 19) -> str:
        h, m = self.n(h0, h1), self.c([0, 0, 15, 30, 45, 10, 20, 40, 50, 5])
        return self.hm(h, m)

    def hm(self, h: int, m: int) -> str:
        if self.locale == "en_US":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        if self.time_style == "h":
            return f"{h}h{m:02d}"
        if self.time_style == ".":
            return f"{h}.{m:02d}"
        return f"{h}:{m:02d}"

    def dob_cue(self, p: Person | None = None) -> str:
        if self.lang == "de":
            return self.c(["geb.", "geboren am", "geb. am", "*"])
        if self.lang == "fr":
            return self.g(p, "né le", "née le") if p else "né(e) le"
        if self.lang == "it":
            return self.g(p, "nato il", "nata il") if p else "nato/a il"
        return self.c(["born", "b.", "DOB", "date of birth"])

    # -- layout helpers
    def form(self, items: list, style: str | None = None) -> str:
        """items: (label, value) pairs; a plain string is a line of its own (section title or blank)."""
        style = style or self.c(
            ["colon", "colon", "aligned", "aligned", "tab", "dots", "bold", "kv", "upper", "bullet", "mdtable"]
        )
        pairs = [x for x in items if isinstance(x, tuple)]
        w = max((len(k) for k, _ in pairs), default=10) + 1
        out = []
        if style == "mdtable":
            hdr = self.L(
                ["Feld | Angabe", "Feld | Wert"],
                ["Champ | Valeur", "Rubrique | Indication"],
                ["Campo | Valore", "Voce | Dato"],
                ["Field | Value", "Item | Details"],
            )
            out += [f"| {hdr} |", "|---|---|"]
        for it in items:
            if not isinstance(it, tuple):
                if style == "mdtable":
                    if it:
                        out.append(f"| **{it}** | |")
                else:
                    out.append(it)
                continue
            k, v = it
            v = v if v is not None else ""
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
                key = ascii_fold(re.sub(r"[^\w]+", "_", k.strip())).strip("_") or "field"
                out.append(f"{key} = {v}")
            elif style == "upper":
                out.append(f"{k.upper()}: {v}")
            elif style == "bullet":
                out.append(f"- {k}: {v}")
            else:
                out.append(f"| {k} | {v} |")
        return "\n".join(out)

    def table(self, headers: list[str], rows: list[list[str]], style: str | None = None) -> str:
        style = style or self.c(["md", "md_aligned", "pipe", "tsv", "csv", "csv_semi", "fixed", "fixed"])
        rows = [[("" if c is None else str(c)) for c in r] for r in rows]
        if style in ("csv", "csv_semi"):
            buf = io.StringIO()
            w = csv.writer(buf, delimiter="," if style == "csv" else ";", lineterminator="\n")
            w.writerow(headers)
            for r in rows:
                w.writerow(r)
            return buf.getvalue().rstrip("\n")
        if style == "tsv":
            return "\n".join("\t".join(r) for r in [headers, *rows])
        widths = [max(vlen(x) for x in col) for col in zip(headers, *rows, strict=True)]
        if style == "md":
            lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
            lines += ["| " + " | ".join(r) + " |" for r in rows]
            return "\n".join(lines)
        if style == "md_aligned":
            lines = [
                "| " + " | ".join(ljust(h, w) for h, w in zip(headers, widths, strict=True)) + " |",
                "|" + "|".join("-" * (w + 2) for w in widths) + "|",
            ]
            lines += ["| " + " | ".join(ljust(c, w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
            return "\n".join(lines)
        if style == "pipe":
            return "\n".join(" | ".join(r) for r in [headers, *rows])
        # fixed width
        lines = ["  ".join(ljust(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(ljust(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
        return "\n".join(lines)

    def jsonl(self, records: list[dict], style: str | None = None) -> str:
        style = style or self.c(["lines", "array", "array"])
        if style == "lines":
            return "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
        return json.dumps(records, ensure_ascii=False, indent=2)

    def yaml(self, records: list[dict], key: str | None = None) -> str:
        out = [f"{key}:"] if key else []
        ind = "  " if key else ""
        for r in records:
            first = True
            for k, v in r.items():
                pre = f"{ind}- " if first else f"{ind}  "
                first = False
                if isinstance(v, dict):
                    out.append(f"{pre}{k}:")
                    for k2, v2 in v.items():
                        out.append(f"{ind}    {k2}: {self._yv(v2)}")
                else:
                    out.append(f"{pre}{k}: {self._yv(v)}")
        return "\n".join(out)

    def _yv(self, v) -> str:
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return str(v)
        s = str(v)
        if re.search(r"[:#@]|^\W|^\d", vis(s)) or vis(s) in ("yes", "no"):
            return f'"{s}"'
        return s

    # -- chats
    CHAT_LAYOUTS = ["wa_ios", "wa_android", "telegram", "teams", "irc", "paren", "discord", "plain"]

    def chat(self, msgs: list[tuple[str, str]], layout: str | None = None, lower: float = 0.25) -> str:
        layout = layout or self.c(self.CHAT_LAYOUTS)
        day = self.today
        h, m, s = self.n(7, 19), self.n(0, 59), self.n(0, 59)
        out = []
        us = self.locale == "en_US"
        for sender, text in msgs:
            m += self.n(1, 7)
            s = self.n(0, 59)
            if m >= 60:
                h, m = h + 1, m - 60
            if h >= 23:
                h = 22
            if self.p(lower):
                text = text.lower()
            hh = f"{(h - 1) % 12 + 1}:{m:02d}" + (" PM" if h >= 12 else " AM") if us else f"{h:02d}:{m:02d}"
            hhs = (
                f"{(h - 1) % 12 + 1}:{m:02d}:{s:02d}" + (" PM" if h >= 12 else " AM")
                if us
                else f"{h:02d}:{m:02d}:{s:02d}"
            )
            dshort = (
                f"{day.month}/{day.day}/{day.year % 100}"
                if us
                else (
                    f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
                    if self.lang == "de"
                    else f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
                )
            )
            dlong = (
                f"{day.month:02d}/{day.day:02d}/{day.year}"
                if us
                else (
                    f"{day.day:02d}.{day.month:02d}.{day.year}"
                    if self.lang == "de"
                    else f"{day.day:02d}/{day.month:02d}/{day.year}"
                )
            )
            if layout == "wa_ios":
                out.append(f"[{dshort}, {hhs}] {sender}: {text}")
            elif layout == "wa_android":
                out.append(f"{dshort}, {hh} - {sender}: {text}")
            elif layout == "telegram":
                out.append(f"{sender}, [{dlong} {hh}]\n{text}\n")
            elif layout == "teams":
                out.append(f"{sender}  {hh}\n{text}\n")
            elif layout == "irc":
                out.append(f"[{hh}] <{sender}> {text}")
            elif layout == "paren":
                out.append(f"{sender} ({hh}): {text}")
            elif layout == "discord":
                out.append(f"{sender} — {dlong} {hh}\n{text}\n")
            else:
                out.append(f"{sender}: {text}")
        return "\n".join(out).rstrip()

    # -- mail
    def mail_head(self, frm: str, to: str, subject: str, date: dt.date | None = None, cc: str | None = None) -> str:
        date = date or self.today
        ds = f"{self.date(date)} {self.clock()}"
        k = self.LL(
            ["Von", "An", "Betreff", "Datum", "Cc"],
            ["De", "À", "Objet", "Date", "Cc"],
            ["Da", "A", "Oggetto", "Data", "Cc"],
            ["From", "To", "Subject", "Date", "Cc"],
        )
        lines = [f"{k[0]}: {frm}", f"{k[1]}: {to}"]
        if cc:
            lines.append(f"{k[4]}: {cc}")
        lines += [f"{k[3]}: {ds}", f"{k[2]}: {subject}"]
        return "\n".join(lines)

    def who(self, p: Person, mail: str | None) -> str:
        """Display form of a sender: "Name <mail>", the mail alone or the name alone."""
        if mail is None:
            return self.name(p, "full")
        x = self.r.random()
        if x < 0.6:
            return f"{self.name(p, 'full')} <{self.E(mail)}>"
        if x < 0.75:
            return f'"{self.P(self.name_raw(p, "lf"))}" <{self.E(mail)}>'
        return self.E(mail)

    def quoted(self, head_who: str, date: dt.date, body: str, style: str | None = None) -> str:
        style = style or self.c(["gt", "gt", "outlook", "plain"])
        ds, tm = self.date(date), self.clock()
        if style == "outlook":
            k = self.LL(
                ["-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "Betreff"],
                ["-----Message d'origine-----", "De", "Envoyé", "Objet"],
                ["-----Messaggio originale-----", "Da", "Inviato", "Oggetto"],
                ["-----Original Message-----", "From", "Sent", "Subject"],
            )
            return f"{k[0]}\n{k[1]}: {head_who}\n{k[2]}: {ds} {tm}\n\n{body}"
        hdr = self.L(
            f"Am {ds} um {tm} schrieb {head_who}:",
            f"Le {ds} à {tm}, {head_who} a écrit :",
            f"Il giorno {ds} alle {tm} {head_who} ha scritto:",
            f"On {ds}, at {tm}, {head_who} wrote:",
        )
        if style == "plain":
            return f"{hdr}\n\n{body}"
        return hdr + "\n" + "\n".join(("> " + ln) if ln.strip() else ">" for ln in body.split("\n"))

    def sig(self, p: Person, lines: list[str], style: str | None = None) -> str:
        style = style or self.c(["block", "dash", "pipe", "block"])
        nm = self.name(p, "full")
        if style == "pipe":
            return "-- \n" + " | ".join([nm, *[ln for ln in lines if ln]])
        if style == "dash":
            return "-- \n" + "\n".join([nm, *[ln for ln in lines if ln]])
        return "\n".join([nm, *[ln for ln in lines if ln]])

    def greet_close(self, formal: bool = True) -> str:
        if formal:
            return self.L(
                [
                    "Mit freundlichen Grüssen" if self.country == "CH" else "Mit freundlichen Grüßen",
                    "Freundliche Grüsse" if self.country == "CH" else "Freundliche Grüße",
                ],
                ["Meilleures salutations", "Cordialement", "Avec mes salutations distinguées"],
                ["Cordiali saluti", "Distinti saluti", "Con i migliori saluti"],
                ["Kind regards", "Best regards", "Yours sincerely"],
            )
        return self.L(
            [
                "Viele Grüsse" if self.country == "CH" else "Viele Grüße",
                "LG",
                "Liebe Grüsse" if self.country == "CH" else "Liebe Grüße",
                "Gruss" if self.country == "CH" else "Gruß",
            ],
            ["Bonne journée", "Merci et à bientôt", "Bises", "Belle journée"],
            ["Un saluto", "Ciao e grazie", "A presto", "Saluti"],
            ["Cheers", "Thanks", "Best", "Many thanks"],
        )

    def tel_label(self, kind: str = "phone") -> str:
        if kind == "mobile":
            return self.L(
                ["Mobil", "Handy", "Mobil", "Tel. mobil"] if self.country != "CH" else ["Natel", "Mobile", "Handy"],
                ["Portable", "Mobile", "Natel", "Tél. portable"],
                ["Cellulare", "Cell.", "Natel", "Mobile"],
                ["Mobile", "Mob.", "Cell"] if self.locale == "en_US" else ["Mobile", "Mob.", "M"],
            )
        return self.L(
            ["Tel.", "Telefon", "Tel"],
            ["Tél.", "Téléphone", "Tél"],
            ["Tel.", "Telefono", "Tel"],
            ["Tel.", "Phone", "T"],
        )

    def biz(
        self, names: list[str], town: Town | None = None, domain: str | None = None, role: str | None = None
    ) -> dict:
        name = names if isinstance(names, str) else self.c(names)
        a = self.addr(town)
        ph = self.phone("landline", a.town)
        dom = domain or self.domain_for(name)
        role = role or self.c(self.ROLE_MAILBOXES[self.lang])
        return {"name": name, "addr": a, "phone": ph, "domain": dom, "role": f"{role}@{dom}", "town": a.town}

    def domain_for(self, name: str) -> str:
        stop = {
            "am",
            "der",
            "die",
            "das",
            "de",
            "du",
            "la",
            "le",
            "il",
            "the",
            "fuer",
            "co",
            "and",
            "und",
            "et",
            "e",
            "des",
            "del",
            "della",
            "of",
            "im",
            "an",
        }
        words = [ascii_fold(w) for w in re.split(r"[\s&'’.,+/-]+", name)]
        words = [w.replace("-", "").replace(".", "") for w in words if w and w not in stop]
        out = ""
        for w in words:
            if out and len(out) + len(w) > 26:
                break
            out += w
        sep = "-" if self.p(0.3) and len(words) > 1 else ""
        if sep:
            out = "-".join(words[: max(1, len([w for w in words if w in out]))])
        tld = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "co.uk", "US": "com"}[self.country]
        return f"{out}.{tld}"

    ROLE_MAILBOXES = {
        "de": ["info", "kontakt", "service", "office", "team", "buero", "hallo"],
        "fr": ["info", "contact", "accueil", "secretariat", "service"],
        "it": ["info", "contatti", "segreteria", "servizio", "ufficio"],
        "en": ["info", "hello", "office", "enquiries", "team", "contact"],
    }

    def letterhead(self, b: dict, style: str | None = None) -> str:
        style = style or self.c(["block", "line", "mixed"])
        tel = self.tel_label()
        if style == "line":
            return (
                f"{b['name']} · {self.A(b['addr'].street)} · {self.A(b['addr'].town_line)} · {tel} "
                f"{self.PH(b['phone'])} · {b['role']}"
            )
        if style == "mixed":
            return (
                f"{b['name'].upper()}\n{self.a_line(b['addr'], ' · ')}\n{tel} {self.PH(b['phone'])} | www.{b['domain']}"
            )
        return f"{b['name']}\n{self.a_block(b['addr'])}\n{tel} {self.PH(b['phone'])}\n{b['role']}"

    # -- wrapping
    def wrap(self, body: str, requests: dict) -> str:
        lang = self.lang
        if lang != "en" and self.p(0.07):
            lang = "en"
        elif self.locale in ("fr_CH", "it_CH") and self.p(0.05):
            lang = "de"
        reqs = requests[lang] + GENERIC_REQUESTS[lang]
        req = self.c(reqs)
        x = self.r.random()
        if x < 0.45:
            fenced = body
        elif x < 0.65:
            fenced = f"```\n{body}\n```"
        elif x < 0.75:
            fenced = f'"""\n{body}\n"""'
        elif x < 0.85:
            fenced = f"---\n{body}\n---"
        elif x < 0.9:
            fenced = f"<<<\n{body}\n>>>"
        else:
            fenced = "\n".join(("> " + ln) if ln.strip() else ">" for ln in body.split("\n"))
        y = self.r.random()
        if y < 0.7:
            text = f"{req}\n\n{fenced}"
        elif y < 0.9:
            text = f"{fenced}\n\n{req}"
        else:
            text = f"{req}\n\n{fenced}\n\n{self.c(GENERIC_REQUESTS[lang])}"
        if self.p(0.08):
            text = text[0].lower() + text[1:]
        return text


GENERIC_REQUESTS = {
    "de": [
        "Kannst du mir das kurz zusammenfassen?",
        "Bitte fasse das Wichtigste in drei Stichpunkten zusammen.",
        "Formuliere bitte eine höfliche Antwort darauf.",
        "Kannst du das in eine saubere Tabelle bringen?",
        "Was fehlt hier noch? Bitte prüfen.",
        "Übersetz das bitte ins Englische.",
        "Bitte korrigiere Rechtschreibung und Formatierung, Inhalt nicht ändern.",
        "Mach mir daraus bitte eine To-do-Liste.",
    ],
    "fr": [
        "Tu peux me résumer ça en quelques lignes ?",
        "Merci de reformuler ce texte de façon plus claire.",
        "Peux-tu rédiger une réponse polie ?",
        "Mets-moi ça dans un tableau propre, stp.",
        "Qu'est-ce qui manque dans ce document ?",
        "Traduis ceci en allemand, s'il te plaît.",
        "Corrige les fautes sans changer le contenu.",
    ],
    "it": [
        "Puoi riassumermi questo testo?",
        "Mi scrivi una risposta cortese?",
        "Metti questi dati in una tabella ordinata, per favore.",
        "Cosa manca in questo documento?",
        "Traduci in tedesco, grazie.",
        "Correggi gli errori senza cambiare il contenuto.",
    ],
    "en": [
        "Can you summarise this for me?",
        "Please draft a polite reply to this.",
        "Turn this into a clean table, please.",
        "What's missing here? Please check.",
        "Translate this into German, please.",
        "Fix the formatting but keep the content.",
        "Give me the key points as bullets.",
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# building and checking

EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}$")
IPV4_RE = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")


def _ip_ok(s: str) -> bool:
    import ipaddress

    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return ip.is_global


def _covered(a: int, b: int, ents: list[dict]) -> bool:
    return any(e["start"] <= a and b <= e["end"] for e in ents)


def check_doc(text: str, ents: list[dict]) -> list[str]:
    probs = []
    prev_end = -1
    for e in ents:
        s, t = e["start"], e["end"]
        if not (0 <= s < t <= len(text)) or text[s:t] != e["text"]:
            probs.append(f"span {e}")
        if e["text"] != e["text"].strip() or not e["text"]:
            probs.append(f"space {e}")
        if s < prev_end:
            probs.append(f"overlap {e}")
        prev_end = t
        v = e["text"]
        if e["type"] == "IBAN" and not iban_ok(v):
            probs.append(f"iban {v}")
        if e["type"] == "CARD" and (not luhn_ok(v) or len(re.sub(r"\D", "", v)) not in (15, 16)):
            probs.append(f"card {v}")
        if e["type"] == "AHV" and not ahv_ok(v):
            probs.append(f"ahv {v}")
        if e["type"] == "EMAIL" and not EMAIL_RE.match(v.lower()):
            probs.append(f"email {v}")
        if e["type"] == "IP" and not _ip_ok(v):
            probs.append(f"ip {v}")
    for a, b in zip(ents, ents[1:], strict=False):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            probs.append(f"split name {a['text']} | {b['text']}")
    # consistency: labelled values and the words of labelled names are labelled wherever they occur
    needles = []
    for e in ents:
        if len(e["text"]) >= 5:
            needles.append(e["text"])
        if e["type"] == "PERSON":
            for w in re.split(r"[\s\-'’.,]+", e["text"]):
                if len(w) >= 3 and w.lower() not in PARTICLES and re.fullmatch(r"\w+", w):
                    needles.append(w)
    seen = set()
    for nd in needles:
        if nd in seen:
            continue
        seen.add(nd)
        for m in re.finditer(r"(?<!\w)" + re.escape(nd) + r"(?!\w)", text):
            if not _covered(m.start(), m.end(), ents):
                probs.append(f"unlabelled repeat {nd!r} at {m.start()}")
                break
    return probs


REQUESTS: dict[str, dict[str, list[str]]] = {}
US_SPELLING = [
    ("Licence", "License"),
    ("licence", "license"),
    ("windscreen", "windshield"),
    ("car park", "parking garage"),
    ("colour", "color"),
    ("organis", "organiz"),
    ("Centre", "Center"),
    ("centre", "center"),
    ("cheque", "check"),
    ("Postcode", "ZIP code"),
    ("postcode", "ZIP code"),
    ("summaris", "summariz"),
    ("Summaris", "Summariz"),
    ("programme", "program"),
    ("enquir", "inquir"),
]


def americanise(s: str) -> str:
    for a, b in US_SPELLING:
        s = s.replace(a, b)
    return s


def build_doc(genre: str, i: int, locale: str) -> tuple[dict, int]:
    last = None
    for attempt in range(60):
        seed = f"{SET}|{genre}|{i}" + (f"|retry{attempt}" if attempt else "")
        d = Doc(locale, seed)
        body = globals()["gen_" + genre](d, i % 4)
        marked = d.wrap(body.strip("\n"), REQUESTS[genre])
        if locale == "de_CH":
            marked = marked.replace("ß", "ss")
        if locale == "en_US":
            marked = outside(marked, americanise)
        text, ents = resolve(marked)
        probs = check_doc(text, ents)
        if not probs:
            rec = {"id": f"{SET}-{genre}-{i:03d}", "locale": locale, "lang": d.lang, "text": text, "entities": ents}
            return rec, attempt
        last = probs
    raise RuntimeError(f"{genre} {i} {locale}: {last}")


def build_all(only: str | None = None) -> tuple[list[dict], int]:
    locs = [loc for loc, n in LOCALE_QUOTA for _ in range(n)]
    seeded(f"{SET}|locales").shuffle(locs)
    counters = collections.Counter()
    docs, retries = [], 0
    for k, loc in enumerate(locs):
        genre = GENRES[k % len(GENRES)]
        i = counters[genre]
        counters[genre] += 1
        if only and genre != only:
            continue
        rec, att = build_doc(genre, i, loc)
        retries += att > 0
        docs.append(rec)
    return docs, retries


def scan(docs: list[dict]) -> None:
    mail_re = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
    ip_re = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
    digit_re = re.compile(r"(?<![\w.:/\-])\d(?:[ ]?\d){8,}(?![\w.:/\-])")
    for doc in docs:
        t, ents = doc["text"], doc["entities"]
        out = []
        for rx, kind in ((mail_re, "mail"), (ip_re, "ip"), (digit_re, "digits")):
            for m in rx.finditer(t):
                if not any(e["start"] < m.end() and m.start() < e["end"] for e in ents):
                    out.append(f"  {kind}: {m.group(0)!r}")
        words = []
        for e in ents:
            if e["type"] == "PERSON":
                words += [w for w in re.split(r"[\s\-'’.,]+", e["text"]) if len(w) >= 3]
        for w in dict.fromkeys(words):
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", t, re.I):
                if not any(e["start"] <= m.start() and m.end() <= e["end"] for e in ents):
                    ctx = t[max(0, m.start() - 25) : m.end() + 25].replace("\n", " ")
                    out.append(f"  name-word {w!r}: ...{ctx}...")
                    break
        if out:
            print(doc["id"], doc["locale"])
            print("\n".join(out))


def stats(docs: list[dict]) -> None:
    by = collections.Counter()
    for d in docs:
        for e in d["entities"]:
            by[(e["type"], d["lang"])] += 1
            by[(e["type"], "all")] += 1
            by[("all", d["lang"])] += 1
            by[("all", "all")] += 1
    langs = collections.Counter(d["lang"] for d in docs)
    locs = collections.Counter(d["locale"] for d in docs)
    print(f"{len(docs)} documents; langs {dict(langs)}; locales {dict(sorted(locs.items()))}")
    for t in [*TYPES, "all"]:
        print(
            f"{t:8s} all {by[(t, 'all')]:6d}  " + "  ".join(f"{lg} {by[(t, lg)]:5d}" for lg in ("de", "fr", "it", "en"))
        )


def show(docs: list[dict], n: int) -> None:
    for doc in docs[:n]:
        print("=" * 100)
        print(doc["id"], doc["locale"])
        t = doc["text"]
        out, pos = [], 0
        for e in doc["entities"]:
            out.append(t[pos : e["start"]])
            out.append(f"[{t[e['start'] : e['end']]}]{{{e['type'][:3]}}}")
            pos = e["end"]
        out.append(t[pos:])
        print("".join(out))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--genre")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    docs, retries = build_all(args.genre)
    if args.show:
        show(docs, args.show)
    if args.scan:
        scan(docs)
    if args.stats:
        stats(docs)
        print(f"documents drawn again: {retries}")
    if args.show or args.scan or args.stats:
        return
    assert len(docs) == 1300
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in docs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {args.out} ({retries} drawn again)")


# ---------------------------------------------------------------------------------------------------------------
# genres

SKI_TOWNS = {
    "de_DE": ["Garmisch-Partenkirchen", "Oberstdorf", "Schladming", "Kitzbühel"],
    "de_AT": ["Schladming", "St. Anton am Arlberg", "Kitzbühel", "Innsbruck"],
    "de_CH": ["Davos Platz", "Grindelwald", "Engelberg", "Chur"],
    "fr_CH": ["Verbier", "Martigny", "Sion", "Bulle"],
    "fr_FR": ["Chamonix-Mont-Blanc", "Annecy", "Grenoble", "Chambéry"],
    "it_CH": ["Airolo", "Biasca", "Bellinzona"],
    "it_IT": ["Aosta", "Sondrio", "Bolzano", "Trento"],
    "en_GB": ["St. Anton am Arlberg", "Kitzbühel", "Verbier", "Chamonix-Mont-Blanc", "Grindelwald"],
    "en_US": ["Denver", "Boulder", "Salt Lake City"],
}
TOWN_BY_NAME = {t.name: t for t in TOWNS}
SKI_BRANDS = [
    "Atomic Redster",
    "Fischer RC4",
    "Head Supershape",
    "Völkl Deacon",
    "Rossignol Experience",
    "Salomon S/Max",
    "Elan Wingman",
    "Blizzard Brahma",
    "Nordica Dobermann",
    "K2 Mindbender",
    "Stöckli Laser",
]
BOARD_BRANDS = ["Burton Custom", "Nitro Team", "Salomon Assassin", "Jones Mountain Twin", "K2 Raygun"]
REQUESTS["skirental"] = {
    "de": [
        "Kannst du prüfen, ob in diesem Mietvertrag alle Pflichtangaben drin sind?",
        "Bitte schreib der Kundin / dem Kunden eine kurze Antwort wegen der Kaution.",
        "Mach aus der Verleihliste eine Übersicht nach Rückgabedatum.",
    ],
    "fr": [
        "Peux-tu vérifier si le contrat de location est complet ?",
        "Rédige une réponse courte au client au sujet de la caution.",
        "Trie cette liste de location par date de retour.",
    ],
    "it": [
        "Puoi controllare se il contratto di noleggio è completo?",
        "Scrivi una breve risposta al cliente riguardo alla cauzione.",
        "Ordina la lista dei noleggi per data di riconsegna.",
    ],
    "en": [
        "Can you check this ski hire form for missing details?",
        "Draft a short reply to the customer about the deposit.",
        "Sort this rental list by return date, please.",
    ],
}


def shop_town(d: Doc, table: dict) -> Town:
    return TOWN_BY_NAME[d.c(table[d.locale])]


def ski_specs(d: Doc, child: bool = False) -> tuple[str, str, str, str]:
    if child:
        h, w = d.n(105, 160), d.n(17, 48)
        shoe = d.c(["29", "30", "31", "32", "33", "34", "35", "36", "20.5", "21.5", "22.5"])
        z = f"{d.c([1.5, 2, 2.5, 3, 3.5, 4, 4.5])}"
    else:
        h = d.n(152, 198)
        w = d.n(47, 105)
        shoe = d.c(["38", "39", "40", "41", "42", "43", "44", "45", "26.5", "27.5", "24.0", "25.5"])
        z = f"{d.c([4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 9])}"
    return f"{h} cm", f"{w} kg", shoe, z


def gen_skirental(d: Doc, v: int) -> str:
    t = shop_town(d, SKI_TOWNS)
    names = d.LL(
        [
            "Sport Alpin Verleih",
            "Skiverleih Gipfelglück",
            "Bergsport Rent",
            "Ski & Board Center",
            "Snowpoint Verleih",
            "Talstation Sport",
        ],
        ["Location Ski Alpin", "Glisse & Neige", "Le Chalet du Ski", "Neige Location", "Skiset Pied des Pistes"],
        ["Noleggio Sci Cima", "Sport Neve Noleggio", "Ski Service Valle", "Noleggio Sci Funivia"],
        ["Alpine Ski Hire", "Peak Rentals", "Powder Hire Co.", "Snowline Rentals", "Summit Ski & Board"],
    )
    shop = d.biz(names, t)
    renter = d.person()
    renter_dob = d.dob(30, 58) if v == 0 else d.dob(17, 72)
    home_country = d.country if d.locale != "en_GB" else "GB"
    if d.locale == "de_DE" and t.country == "AT":
        home_country = "DE"
    home = d.addr(country=home_country)
    staff = d.person(nick=True)
    contract = f"{d.c(['SV', 'MV', 'R', 'LOC', 'NS'])}-{d.today.year}-{d.n(1000, 99999)}"
    start = d.today
    end = start + dt.timedelta(days=d.n(1, 7))
    hotel = d.c(
        {
            "DE": ["Hotel Alpenrose", "Pension Bergblick", "Hotel Post", "Ferienwohnung Talblick"],
            "AT": ["Hotel Alpenrose", "Pension Bergblick", "Gasthof Post", "Appartements Talblick"],
            "CH": ["Hotel Sonne", "Chalet Edelweiss", "Hotel Bellevue", "Residence Les Sapins"],
            "FR": ["Résidence Les Sapins", "Hôtel du Mont-Blanc", "Chalet Les Gentianes", "Hôtel de la Poste"],
            "IT": ["Albergo Stella Alpina", "Hotel Bellavista", "Residence Le Marmotte", "Garni Edelweiss"],
            "US": ["The Lodge at Powder Ridge", "Snowpine Inn", "Aspen Creek Condos", "Best Western Summit"],
        }[t.country]
    )
    if v == 0:
        h, w, shoe, z = ski_specs(d)
        ski = f"{d.c(SKI_BRANDS + BOARD_BRANDS)} {d.n(140, 181)}"
        lab = d.LL(
            [
                "Name",
                "Vorname",
                "Name, Vorname",
                "Geburtsdatum",
                "Strasse/Nr." if d.country == "CH" else "Straße/Nr.",
                "PLZ/Ort",
                "Handy",
                "E-Mail",
                "Unterkunft",
                "Körpergröße",
                "Gewicht",
                "Schuhgröße",
                "Fahrertyp",
                "Z-Wert",
                "Ausrüstung",
                "Mietdauer",
                "Preis",
                "Kaution",
                "Kreditkarte",
                "Anschrift",
            ],
            [
                "Nom",
                "Prénom",
                "Nom, prénom",
                "Date de naissance",
                "Rue/n°",
                "NPA/Localité" if d.country == "CH" else "Code postal/Ville",
                "Portable",
                "E-mail",
                "Hébergement",
                "Taille",
                "Poids",
                "Pointure",
                "Niveau skieur",
                "Valeur DIN",
                "Matériel",
                "Durée",
                "Prix",
                "Caution",
                "Carte de crédit",
                "Adresse",
            ],
            [
                "Cognome",
                "Nome",
                "Cognome e nome",
                "Data di nascita",
                "Via/n.",
                "CAP/Località",
                "Cellulare",
                "E-mail",
                "Alloggio",
                "Altezza",
                "Peso",
                "Numero scarpa",
                "Tipo sciatore",
                "Valore DIN",
                "Attrezzatura",
                "Durata",
                "Prezzo",
                "Cauzione",
                "Carta di credito",
                "Indirizzo",
            ],
            [
                "Surname",
                "First name",
                "Full name",
                "Date of birth",
                "Street",
                "Town/Postcode" if home.town.country == "GB" else "City/State/ZIP",
                "Mobile",
                "Email",
                "Staying at",
                "Height",
                "Weight",
                "Boot size",
                "Skier type",
                "DIN setting",
                "Equipment",
                "Rental period",
                "Price",
                "Deposit",
                "Credit card",
                "Home address",
            ],
        )
        items = [
            d.L(
                "MIETVERTRAG & HAFTUNGSAUSSCHLUSS",
                "CONTRAT DE LOCATION ET DÉCHARGE",
                "CONTRATTO DI NOLEGGIO E LIBERATORIA",
                "RENTAL AGREEMENT & RELEASE OF LIABILITY",
            ),
            (d.L("Vertrag Nr.", "Contrat n°", "Contratto n.", "Agreement no."), contract),
        ]
        if d.p(0.5):
            items += [(lab[0], d.P(renter.last.upper() if d.p(0.4) else renter.last)), (lab[1], d.P(renter.first))]
        else:
            items.append((lab[2], d.name(renter, d.c(["lf", "full", "LF"]))))
        items.append((lab[3], d.fmt_dob(renter_dob)))
        if d.p(0.5):
            items += [(lab[4], d.A(home.street)), (lab[5], d.A(home.town_line))]
        else:
            items.append((lab[19], d.a_line(home)))
        items += [
            (lab[6], d.PH(d.phone("mobile", country=home_country, intl=home_country != t.country or None))),
            (lab[7], d.E(d.email(renter))),
        ]
        items.append((lab[8], f"{hotel}, {d.L('Zi.', 'ch.', 'camera', 'room')} {d.n(1, 48)}"))
        items.append("")
        items += [
            (lab[9], h),
            (lab[10], w),
            (lab[11], shoe),
            (lab[12], d.c(["1", "2", "3", "-1", "3+"])),
            (lab[13], z),
            (lab[14], f"{ski} cm, {d.L('Nr.', 'n°', 'n.', 'no.')} {d.c('SBHK')}-{d.n(100, 9999):04d}"),
            (lab[15], f"{d.date(start)} – {d.date(end)}"),
            (lab[16], d.money(d.n(45, 420) + d.c([0, 0.5, 0.9]))),
        ]
        x = d.r.random()
        if x < 0.45:
            items.append((lab[18], d.CC(d.card())))
        elif x < 0.75:
            items.append((lab[17], f"{lab[18]} {d.masked_card()}"))
        else:
            items.append(
                (
                    lab[17],
                    d.L(
                        f"Ausweis hinterlegt (Nr. {d.c('LCTP')}{d.digits(8)})",
                        f"pièce d'identité déposée (n° {d.digits(2)}{d.c('ABCD')}{d.digits(5)})",
                        f"documento depositato (n. CA{d.digits(5)}{d.c('ABCD')}{d.c('ABCD')})",
                        f"passport held (no. {d.digits(9)})",
                    ),
                )
            )
        kids = []
        if d.p(0.55):
            for _ in range(d.n(1, 2)):
                k = d.relative(renter)
                kids.append(k)
        body = [d.letterhead(shop), "", d.form(items)]
        if kids:
            body.append("")
            body.append(
                d.L(
                    "Weitere Personen auf diesem Vertrag:",
                    "Autres personnes sur ce contrat :",
                    "Altre persone su questo contratto:",
                    "Additional skiers on this agreement:",
                )
            )
            for k in kids:
                hh, ww, ss, zz = ski_specs(d, child=True)
                body.append(
                    f"- {d.name(k, d.c(['full', 'first']))}, {d.fmt_dob(d.dob(5, 16))}, {hh}, {ww}, "
                    f"{d.L('Schuh', 'pointure', 'scarpa', 'boot')} {ss}, Z {zz}"
                )
        body.append("")
        body.append(
            d.L(
                "Ich bestätige, dass die Angaben richtig sind und die Bindung nach meinen Angaben eingestellt wurde. "
                "Für Schäden und Verlust hafte ich gemäß Preisliste.",
                "Je confirme l'exactitude des informations et que les fixations ont été réglées selon mes indications.",
                "Confermo che i dati sono corretti e che gli attacchi sono stati regolati secondo le mie indicazioni.",
                "I confirm the details above are correct and that the bindings were set using this information.",
            )
        )
        body.append(f"{d.L('Ort, Datum', 'Lieu, date', 'Luogo, data', 'Place, date')}: {t.name}, {d.date(start)}")
        body.append(f"{d.L('Bedient von', 'Servi par', 'Servito da', 'Fitted by')}: {d.name(staff, 'nick')}")
        out = "\n".join(body)
        return ocr_noise(d, out, 0.02) if d.p(0.15) else out
    if v == 1:
        rows = []
        hdr = d.LL(
            [
                "Nr.",
                "Name",
                "Geb.",
                "Größe/Gewicht" if d.country != "CH" else "Grösse/Gewicht",
                "Ski/Board",
                "Z",
                "Handy",
                "Rückgabe",
            ],
            ["N°", "Nom", "Né(e) le", "Taille/Poids", "Ski/Snow", "DIN", "Portable", "Retour"],
            ["N.", "Nome", "Nato/a", "Altezza/Peso", "Sci/Tavola", "DIN", "Cellulare", "Riconsegna"],
            ["No.", "Name", "DOB", "Height/Weight", "Ski/Board", "DIN", "Mobile", "Return"],
        )
        style = d.c(["lf", "LF", "full", "Lf"])
        people = []
        for _ in range(d.n(4, 7)):
            p = d.person() if not people or d.p(0.7) else d.relative(people[-1])
            people.append(p)
            child = d.p(0.25)
            hh, ww, _ss, zz = ski_specs(d, child)
            rows.append(
                [
                    f"{d.n(100, 999)}",
                    d.name(p, style),
                    d.fmt_dob(d.dob(5, 15) if child else d.dob(17, 70)) if d.p(0.8) else "",
                    f"{hh.split()[0]}/{ww.split()[0]}",
                    f"{d.c(SKI_BRANDS + BOARD_BRANDS).split()[0]} {d.n(110, 181)}",
                    zz,
                    d.PH(d.phone("mobile")) if d.p(0.6) else "",
                    d.date(start + dt.timedelta(days=d.n(0, 6))),
                ]
            )
        head = d.L(
            f"Verleihliste {shop['name']} – {d.date(start)}",
            f"Liste des locations {shop['name']} – {d.date(start)}",
            f"Lista noleggi {shop['name']} – {d.date(start)}",
            f"Rental sheet {shop['name']} – {d.date(start)}",
        )
        s1, s2 = d.person(nick=True), d.person(nick=True)
        shift = d.L("Schicht", "Équipe", "Turno", "Shift")
        yr = d.today.year - d.n(8, 11)
        note = d.L(
            f"Offen: {d.name(people[0], 'last')} Helm fehlt noch, {d.name(s1, 'nick')} ruft an. Skikurs-Sets für "
            f"Jahrgang {yr}/{yr + 1} bis 9 Uhr bereitlegen.",
            f"À faire : casque manquant pour {d.name(people[0], 'last')}, {d.name(s1, 'nick')} rappelle. Préparer les "
            f"kits de l'école de ski (enfants nés en {yr}/{yr + 1}) avant 9h.",
            f"Da fare: manca il casco di {d.name(people[0], 'last')}, richiama {d.name(s1, 'nick')}. Preparare i "
            f"set per il corso (annate {yr}/{yr + 1}) entro le 9.",
            f"To do: helmet missing for {d.name(people[0], 'last')}, {d.name(s1, 'nick')} will call. Ski school "
            f"kits for kids born {yr}/{yr + 1} ready by 9.",
        )
        return "\n".join(
            [head, f"{shift}: {d.name(s1, 'nick')} / {d.name(s2, 'nick')}", "", d.table(hdr, rows), "", note]
        )
    if v == 2:
        friend = d.person()
        mail_c = d.email(renter)
        dmg = f"{d.c(['SCH', 'DMG', 'SIN', 'DAN'])}-{d.n(1000, 9999)}"
        dep = d.money(d.n(100, 400))
        quote_body = "\n".join(
            [
                d.salute(renter),
                "",
                d.L(
                    f"bei der Rückgabe am {d.date(end)} haben wir am Ski (Nr. S-{d.n(1000, 9999)}) einen Kantenschaden "
                    f"festgestellt. Laut Preisliste berechnen wir {d.money(d.n(40, 160))}; die Kaution von {dep} "
                    f"verrechnen wir damit. Schadensnummer: {dmg}.",
                    f"lors du retour du {d.date(end)}, nous avons constaté une carre endommagée (ski n° "
                    f"S-{d.n(1000, 9999)}). "
                    f"Selon le tarif, nous facturons {d.money(d.n(40, 160))}, déduits de la caution de {dep}. "
                    f"Dossier : {dmg}.",
                    f"alla riconsegna del {d.date(end)} abbiamo riscontrato un danno alla lamina (sci n. "
                    f"S-{d.n(1000, 9999)}). Da listino addebitiamo {d.money(d.n(40, 160))} sulla cauzione di {dep}. "
                    f"Pratica: {dmg}.",
                    f"when the skis were returned on {d.date(end)} we found edge damage (ski no. S-{d.n(1000, 9999)}). "
                    f"Per our price list we charge {d.money(d.n(40, 160))}, taken from your {dep} deposit. "
                    f"Ref: {dmg}.",
                ),
                "",
                d.greet_close(),
                d.sig(
                    staff,
                    [
                        shop["name"],
                        f"{d.tel_label()} {d.PH(shop['phone'])}",
                        d.E(d.email(staff, "work", shop["domain"])),
                    ],
                    style="block",
                ),
            ]
        )
        acct = d.acct(home_country)
        reply = "\n".join(
            [
                d.L("Guten Tag", "Bonjour", "Buongiorno", "Hello") + ("," if d.p(0.7) else ""),
                "",
                d.L(
                    f"die Ski hat mein Kollege {d.name(friend, 'full')} zurückgebracht – der Schaden war schon bei der "
                    f"Abholung da, {d.name(friend, 'first')} kann das bestätigen ({d.PH(d.phone('mobile'))}). "
                    f"Bitte überweisen Sie die volle Kaution auf mein Konto: IBAN {acct}.",
                    f"c'est mon ami {d.name(friend, 'full')} qui a rapporté les skis ; le dégât existait déjà au "
                    "départ, "
                    f"{d.name(friend, 'first')} peut le confirmer ({d.PH(d.phone('mobile'))}). Merci de me rembourser "
                    f"la caution complète sur l'IBAN {acct}.",
                    f"gli sci li ha riportati il mio amico {d.name(friend, 'full')}; il danno c'era già al ritiro, "
                    f"{d.name(friend, 'first')} può confermarlo ({d.PH(d.phone('mobile'))}). Vi prego di rimborsare "
                    f"l'intera cauzione sul mio conto IBAN {acct}.",
                    f"my friend {d.name(friend, 'full')} brought the skis back, and the damage was already there when "
                    f"we picked them up - {d.name(friend, 'first')} can confirm ({d.PH(d.phone('mobile'))}). Please "
                    f"refund the full deposit to {'IBAN ' if d.country != 'US' else 'my '}{acct}.",
                ),
                "",
                d.greet_close(),
                d.sig(renter, [d.A(home.street), d.A(home.town_line), d.PH(d.phone("mobile", country=home_country))]),
            ]
        )
        head = d.mail_head(
            d.who(renter, mail_c),
            shop["role"],
            f"Re: {d.L('Schaden', 'Dommage', 'Danno', 'Damage')} {dmg}",
            d.later(3, 12) if False else end + dt.timedelta(days=d.n(2, 6)),
        )
        quote = d.quoted(f"{shop['name']} <{shop['role']}>", end + dt.timedelta(days=1), quote_body)
        return f"{head}\n\n{reply}\n\n{quote}"
    # v == 3: online pre-bookings + staff chat
    recs = []
    people = []
    for _ in range(d.n(2, 4)):
        p = d.person()
        people.append(p)
        hh, ww, ss, _zz = ski_specs(d)
        pay = d.CC(d.card()) if d.p(0.3) else d.masked_card()
        rec = {
            "booking": f"WEB-{d.n(10000, 99999)}",
            "name": d.name(p, "full"),
            "email": d.E(d.email(p)),
            "dob": d.D(d.dob(16, 70).isoformat()),
            "phone": d.PH(d.phone("mobile", intl=True)),
            "arrival": d.later(3, 40).isoformat(),
            "package": d.c(["Premium Ski + Boots", "Economy Ski", "Snowboard + Boots", "Junior Set", "Touring Set"]),
            "sizes": {"height_cm": int(hh.split()[0]), "weight_kg": int(ww.split()[0]), "boot": ss},
            "payment": pay,
            "ip": d.IP(d.ip()),
        }
        if d.p(0.5):
            del rec["phone"]
        recs.append(rec)
    s1, s2 = d.person(nick=True), d.person(nick=True)
    p0, p1 = people[0], people[1]
    callback = d.phone("mobile")
    msgs = [
        (
            d.name(s1, "nick"),
            d.L(
                f"hab die Online-Buchungen exportiert, {d.name(p0, 'last')} kommt erst am {d.date(d.later(3, 20))}",
                f"j'ai exporté les résas web, {d.name(p0, 'last')} arrive seulement le {d.date(d.later(3, 20))}",
                f"ho esportato le prenotazioni, {d.name(p0, 'last')} arriva solo il {d.date(d.later(3, 20))}",
                f"exported the web bookings, {d.name(p0, 'last')} only arrives on {d.date(d.later(3, 20))}",
            ),
        ),
        (
            d.name(s2, "nick"),
            d.L(
                "ok. und die Schuhgröße passt?",
                "ok. et la pointure est bonne ?",
                "ok. e il numero di scarpa va bene?",
                "ok. boot size fine?",
            ),
        ),
        (
            d.name(s1, "nick"),
            d.L(
                f"{d.name(p1, 'first')} hat angerufen, bitte unter {d.PH(callback)} zurückrufen",
                f"{d.name(p1, 'first')} a appelé, rappeler au {d.PH(callback)}",
                f"ha chiamato {d.name(p1, 'first')}, richiamare al {d.PH(callback)}",
                f"{d.name(p1, 'first')} rang, call back on {d.PH(callback)}",
            ),
        ),
        (
            d.name(s2, "nick"),
            d.L(
                "mach ich nach der Mittagspause 👍",
                "je fais ça après midi 👍",
                "lo faccio dopo pranzo 👍",
                "will do after lunch 👍",
            ),
        ),
    ]
    return d.jsonl(recs) + "\n\n" + d.chat(msgs)


REQUESTS["carsharing"] = {
    "de": [
        "Bitte formuliere aus der Schadensmeldung einen sachlichen Bericht für die Versicherung.",
        "Kannst du mir eine Antwort an das Mitglied entwerfen?",
        "Fasse die Fahrten pro Mitglied zusammen.",
    ],
    "fr": [
        "Rédige un rapport neutre pour l'assurance à partir de ce constat.",
        "Peux-tu préparer une réponse au membre ?",
        "Résume les trajets par membre.",
    ],
    "it": [
        "Prepara un rapporto neutro per l'assicurazione da questa segnalazione.",
        "Puoi scrivere una risposta al socio?",
        "Riassumi i viaggi per socio.",
    ],
    "en": [
        "Turn this damage report into a neutral summary for the insurer.",
        "Can you draft a reply to the member?",
        "Summarise the trips per member.",
    ],
}
CARS = [
    "VW ID.3",
    "Renault Zoe",
    "Škoda Fabia Combi",
    "Toyota Yaris Hybrid",
    "Opel Corsa-e",
    "Fiat 500e",
    "Tesla Model 3",
    "VW Polo",
    "Ford Transit Custom",
    "Peugeot e-208",
    "Dacia Spring",
    "Kia Niro",
]
INSURERS = {
    "DE": ["HUK-Coburg", "Allianz", "DEVK", "R+V", "AXA"],
    "AT": ["Uniqa", "Wiener Städtische", "Generali"],
    "CH": ["Mobiliar", "AXA", "Zurich", "Helvetia", "Allianz Suisse"],
    "FR": ["MAIF", "MACIF", "Groupama", "AXA"],
    "IT": ["UnipolSai", "Generali", "Allianz", "Reale Mutua"],
    "GB": ["Aviva", "Direct Line", "Admiral", "LV="],
    "US": ["State Farm", "Geico", "Progressive", "Allstate"],
}


def plate(d: Doc, cty: str | None = None) -> str:
    cty = cty or d.country
    L3 = "ABCDEFGHKLMNPRSTUVWXYZ"
    if cty == "DE":
        return f"{d.c(['B', 'M', 'HH', 'K', 'F', 'S', 'L', 'HD', 'FR', 'KA'])}-{d.c(L3)}{d.c(L3)} {d.n(10, 9999)}"
    if cty == "AT":
        return f"{d.c(['W', 'G', 'L', 'S', 'I', 'K'])}-{d.n(100, 99999)} {d.c(L3)}"
    if cty == "CH":
        return f"{d.c(['ZH', 'BE', 'BS', 'LU', 'SG', 'VD', 'GE', 'TI', 'FR', 'VS'])} {d.n(1000, 999999)}"
    if cty == "FR":
        return f"{d.c(L3)}{d.c(L3)}-{d.n(100, 999)}-{d.c(L3)}{d.c(L3)}"
    if cty == "IT":
        return f"{d.c(L3)}{d.c(L3)} {d.n(100, 999)}{d.c(L3)}{d.c(L3)}"
    if cty == "GB":
        return f"{d.c(L3)}{d.c(L3)}{d.n(10, 75)} {d.c(L3)}{d.c(L3)}{d.c(L3)}"
    return f"{d.n(1, 9)}{d.c(L3)}{d.c(L3)}{d.c(L3)}{d.n(100, 999)}"


def gen_carsharing(d: Doc, v: int) -> str:
    prov = d.c(
        d.LL(
            ["StadtAuto Sharing", "Quartierauto", "teilAuto", "cambio CarSharing", "Mobility", "Flinkster", "CarCity"]
            if d.country != "CH"
            else ["Mobility", "Quartierauto", "sharoo"],
            ["Citiz", "Communauto", "Mobility", "Getaround", "AutoPartage Léman"],
            ["Mobility", "AutoCondivisa", "Ubeeqo", "Enjoy"],
            ["Zipcar", "Co Wheels", "Enterprise Car Club", "Getaround", "Hiyacar"],
        )
    )
    dom = (
        re.sub(r"[^a-z0-9]+", "", ascii_fold(prov))
        + {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".co.uk", "US": ".com"}[d.country]
    )
    member = d.person()
    home = d.addr()
    car = d.c(CARS)
    pl = plate(d)
    station = d.c(
        d.LL(
            [
                "Station Hauptbahnhof Süd",
                "Station Rathausplatz",
                "Station Uni-Campus",
                "Stellplatz Marktplatz P3",
                "Station Tiefgarage Zentrum",
            ],
            ["Station Gare Centrale", "Parking Hôtel de Ville", "Station Campus", "Place du Marché P2"],
            ["Stazione Centrale", "Parcheggio Municipio", "Posteggio Campus", "Piazza Mercato P1"],
            ["Central Station bay 4", "Town Hall car park", "Campus bay 2", "Market Square P2"],
        )
    )
    booking = f"{d.c(['BK', 'RES', 'B'])}{d.n(100000, 999999)}"
    when = d.earlier(1, 12)
    if v == 0:
        other = d.person()
        other_a = d.addr()
        witness = d.person()
        lab = d.LL(
            [
                "Kundennr.",
                "Fahrer/in",
                "Geburtsdatum",
                "Führerschein-Nr.",
                "Anschrift",
                "Telefon",
                "E-Mail",
                "Fahrzeug",
                "Kennzeichen",
                "Buchung",
                "Ort / Zeit",
                "Unfallgegner",
                "Versicherung",
                "Zeuge/Zeugin",
                "Polizei",
            ],
            [
                "N° membre",
                "Conducteur/trice",
                "Date de naissance",
                "N° permis",
                "Adresse",
                "Téléphone",
                "E-mail",
                "Véhicule",
                "Immatriculation",
                "Réservation",
                "Lieu / heure",
                "Tiers impliqué",
                "Assurance",
                "Témoin",
                "Police",
            ],
            [
                "N. socio",
                "Conducente",
                "Data di nascita",
                "N. patente",
                "Indirizzo",
                "Telefono",
                "E-mail",
                "Veicolo",
                "Targa",
                "Prenotazione",
                "Luogo / ora",
                "Controparte",
                "Assicurazione",
                "Testimone",
                "Polizia",
            ],
            [
                "Member no.",
                "Driver",
                "Date of birth",
                "Licence no.",
                "Address",
                "Phone",
                "Email",
                "Vehicle",
                "Registration",
                "Booking",
                "Place / time",
                "Other party",
                "Insurer",
                "Witness",
                "Police",
            ],
        )
        items = [
            d.L(
                f"SCHADENMELDUNG – {prov}",
                f"DÉCLARATION DE DOMMAGE – {prov}",
                f"SEGNALAZIONE DANNO – {prov}",
                f"DAMAGE REPORT – {prov}",
            ),
            (lab[0], f"{d.n(10000, 999999)}"),
            (lab[1], d.name(member, d.c(["full", "lf", "LF"]))),
            (lab[2], d.fmt_dob(d.dob(19, 75))),
            (lab[3], f"{d.c('BFKMLZ')}{d.digits(2)}{d.c('ABCXYZ')}{d.digits(6)}"),
            (lab[4], d.a_line(home)),
            (lab[5], d.PH(d.phone("mobile"))),
            (lab[6], d.E(d.email(member))),
            "",
            (lab[7], car),
            (lab[8], pl),
            (lab[9], booking),
            (lab[10], f"{station}, {d.date(when)} {d.clock()}"),
        ]
        story = d.L(
            f"Beim Ausparken hat {d.name(other, 'full')} mit einem {d.c(CARS)} die hintere Stoßstange gestreift. "
            f"Wir haben Daten getauscht; {d.name(witness, 'full')} hat den Vorgang gesehen.",
            f"En sortant de la place, {d.name(other, 'full')} a accroché le pare-chocs arrière avec sa "
            f"{d.c(CARS)}. Nous avons échangé nos coordonnées ; {d.name(witness, 'full')} a tout vu.",
            f"Durante la manovra {d.name(other, 'full')} ha urtato il paraurti posteriore con una {d.c(CARS)}. "
            f"Ci siamo scambiati i dati; {d.name(witness, 'full')} ha assistito.",
            f"While I was pulling out, {d.name(other, 'full')} clipped the rear bumper with a {d.c(CARS)}. "
            f"We exchanged details; {d.name(witness, 'full')} saw it happen.",
        )
        if d.locale == "de_CH":
            story = story.replace("Stoßstange", "Stossstange")
        items.append("")
        items.append(d.L("Hergang:", "Circonstances :", "Dinamica:", "What happened:"))
        items.append(story)
        items.append("")
        items += [
            (lab[11], f"{d.name(other, 'full')}, {d.a_line(other_a, ', ')}, {d.PH(d.phone('mobile'))}"),
            (
                lab[12],
                f"{d.c(INSURERS[d.country])}, {d.L('Police', 'contrat', 'polizza', 'policy')} "
                f"{d.n(10, 99)}-{d.n(100000, 999999)}, {plate(d)}",
            ),
            (lab[13], f"{d.name(witness, 'full')}, {d.PH(d.phone('mobile'))}"),
            (
                lab[14],
                d.L("nicht verständigt", "pas appelée", "non chiamata", "not called")
                if d.p(0.6)
                else f"{d.L('Aktenzeichen', 'PV n°', 'verbale n.', 'ref.')} {d.n(100, 999)}/{d.today.year % 100}",
            ),
        ]
        return (
            d.form(items, d.c(["colon", "aligned", "upper", "bold"]))
            + "\n\n"
            + d.L(
                "Fotos folgen per App.",
                "Photos envoyées via l'appli.",
                "Foto inviate tramite app.",
                "Photos sent via the app.",
            )
        )
    if v == 1:
        rows = []
        ms, mails = [], []
        for _ in range(d.n(4, 6)):
            if not ms or d.p(0.7):
                ms.append(d.person())
                mails.append(d.email(ms[-1]))
                k = len(ms) - 1
            else:
                k = d.n(0, len(ms) - 1)
            st = dt.datetime.combine(when, dt.time(d.n(6, 16), d.c([0, 15, 30, 45]))) + dt.timedelta(days=d.n(0, 9))
            dur = d.n(1, 6)
            rows.append(
                [
                    f"{d.n(100000, 999999)}",
                    d.E(mails[k]),
                    st.strftime("%Y-%m-%d %H:%M"),
                    (st + dt.timedelta(hours=dur)).strftime("%Y-%m-%d %H:%M"),
                    str(d.n(3, 240)),
                    station,
                    pl,
                    d.IP(d.ip()),
                ]
            )
        hdr = ["booking_id", "member_email", "start", "end", "km", "station", "plate", "app_ip"]
        note_m = ms[0]
        note = d.L(
            f"Notiz Support: {d.name(note_m, 'full')} meldet Kratzer an der Fahrertür, war schon vor Fahrtbeginn. "
            f"Rückruf erbeten unter {d.PH(d.phone('mobile'))}.",
            f"Note support : {d.name(note_m, 'full')} signale une rayure sur la portière, déjà présente avant le "
            f"départ. Rappeler au {d.PH(d.phone('mobile'))}.",
            f"Nota assistenza: {d.name(note_m, 'full')} segnala un graffio sulla portiera, già presente prima della "
            f"partenza. Richiamare al {d.PH(d.phone('mobile'))}.",
            f"Support note: {d.name(note_m, 'full')} reports a scratch on the driver's door, already there before "
            f"the trip. Please call back on {d.PH(d.phone('mobile'))}.",
        )
        return d.table(hdr, rows, d.c(["csv", "csv", "tsv", "csv_semi"])) + "\n\n" + note
    if v == 2:
        partner = d.relative(member) if d.p(0.5) else d.person()
        neighbour = d.person("f")
        staff = d.person()
        acct = d.acct()
        fee = d.money(d.n(150, 900))
        q = "\n".join(
            [
                d.salute(member),
                "",
                d.L(
                    f"nach Ihrer Fahrt vom {d.date(when)} ({booking}) wurde am {car} ({pl}) ein Schaden an der "
                    f"Heckklappe festgestellt. Gemäss AGB belasten wir Ihren Selbstbehalt von {fee} per Lastschrift."
                    if d.country == "CH"
                    else f"nach Ihrer Fahrt vom {d.date(when)} ({booking}) wurde am {car} ({pl}) ein Schaden an der "
                    f"Heckklappe festgestellt. Gemäß AGB buchen wir Ihre Selbstbeteiligung von {fee} per Lastschrift "
                    "ab.",
                    f"après votre trajet du {d.date(when)} ({booking}), un dommage au hayon a été constaté sur la "
                    f"{car} "
                    f"({pl}). Conformément aux CG, votre franchise de {fee} sera prélevée.",
                    f"dopo il suo viaggio del {d.date(when)} ({booking}) è stato rilevato un danno al portellone della "
                    f"{car} ({pl}). Come da condizioni addebiteremo la franchigia di {fee}.",
                    f"after your trip on {d.date(when)} ({booking}) damage to the tailgate of the {car} ({pl}) was "
                    f"found. Under our terms we will collect your excess of {fee} by direct debit.",
                ),
                "",
                d.greet_close(),
                d.sig(
                    staff,
                    [
                        prov,
                        d.L("Schadenteam", "Service sinistres", "Ufficio sinistri", "Claims team"),
                        d.E(d.email(staff, "work", dom)),
                    ],
                ),
            ]
        )
        body = "\n".join(
            [
                d.L("Guten Tag", "Bonjour", "Buongiorno", "Hello") + ",",
                "",
                d.L(
                    f"das Auto hatte ich gar nicht – gefahren ist {d.name(partner, 'full')}, die Buchung lief nur über "
                    f"mein Konto. {d.name(partner, 'first')} sagt, die Delle war schon da. Unsere Nachbarin "
                    f"{d.name(neighbour, 'full')} war beim Einsteigen dabei. Bitte buchen Sie nichts ab; falls doch, "
                    f"erstatten Sie es bitte auf {acct}.",
                    f"ce n'est pas moi qui conduisais : c'était {d.name(partner, 'full')}, la réservation passait par "
                    f"mon compte. {d.name(partner, 'first')} affirme que la bosse existait déjà. Notre voisine "
                    f"{d.name(neighbour, 'full')} était là au départ. Merci de ne rien prélever, sinon de rembourser "
                    "sur "
                    f"{acct}.",
                    f"non guidavo io: ha guidato {d.name(partner, 'full')}, la prenotazione era solo sul mio account. "
                    f"{d.name(partner, 'first')} dice che l'ammaccatura c'era già. La nostra vicina "
                    f"{d.name(neighbour, 'full')} era presente alla partenza. Vi prego di non addebitare nulla, "
                    f"altrimenti di rimborsare su {acct}.",
                    f"I wasn't driving - {d.name(partner, 'full')} was, the booking just ran through my account. "
                    f"{d.name(partner, 'first')} says the dent was already there, and our neighbour "
                    f"{d.name(neighbour, 'full')} was with us when we set off. Please don't collect anything; if you "
                    f"already have, refund it to {acct}.",
                ),
                "",
                d.greet_close(),
                d.sig(member, [d.A(home.street), d.A(home.town_line), d.PH(d.phone("mobile"))], d.c(["block", "dash"])),
            ]
        )
        mm = d.email(member)
        head = d.mail_head(d.who(member, mm), f"schaden@{dom}" if d.lang == "de" else f"claims@{dom}", f"Re: {booking}")
        return (
            head
            + "\n\n"
            + body
            + "\n\n"
            + d.quoted(d.who(staff, d.email(staff, "work", dom)), when + dt.timedelta(days=2), q)
        )
    # v3: cleaning/damage board + staff chat
    s1, s2, s3 = d.person(), d.person(), d.person()
    rows = []
    users = []
    for _ in range(d.n(3, 5)):
        u = d.person()
        users.append(u)
        rows.append(
            [
                d.c(CARS),
                plate(d),
                d.name(u, d.c(["lf", "init", "full"])),
                d.date(d.earlier(0, 6)),
                d.c(
                    d.LL(
                        ["Hundehaare", "Rauchgeruch", "Kratzer Heck", "Tank leer", "Müll im Fussraum"],
                        ["poils de chien", "odeur de tabac", "rayure arrière", "réservoir vide", "déchets"],
                        ["peli di cane", "odore di fumo", "graffio posteriore", "serbatoio vuoto", "rifiuti"],
                        ["dog hair", "smoke smell", "rear scratch", "tank empty", "litter"],
                    )
                ),
                d.money(d.c([25, 40, 50, 80, 120])),
            ]
        )
    hdr = d.LL(
        ["Fahrzeug", "Kennzeichen", "Letzte/r Nutzer/in", "Datum", "Befund", "Gebühr"],
        ["Véhicule", "Immat.", "Dernier membre", "Date", "Constat", "Frais"],
        ["Veicolo", "Targa", "Ultimo utente", "Data", "Rilievo", "Penale"],
        ["Vehicle", "Plate", "Last member", "Date", "Finding", "Fee"],
    )
    u0, u1 = users[0], users[1]
    ph = d.phone("mobile")
    msgs = [
        (
            d.name(s1, "first"),
            d.L(
                f"kann jemand {d.name(u0, 'last')} wegen der Reinigungsgebühr anrufen?",
                f"quelqu'un peut appeler {d.name(u0, 'last')} pour les frais de nettoyage ?",
                f"qualcuno può chiamare {d.name(u0, 'last')} per la penale pulizia?",
                f"can someone call {d.name(u0, 'last')} about the cleaning fee?",
            ),
        ),
        (
            d.name(s2, "first"),
            d.L(
                "mach ich. nummer? im profil steht nix",
                "je m'en occupe. numéro ? rien dans le profil",
                "ci penso io. numero? nel profilo non c'è",
                "on it. number? profile is empty",
            ),
        ),
        (d.name(s1, "first"), d.PH(ph)),
        (
            d.name(s3, "full"),
            d.L(
                f"{d.name(u1, 'first')} hat sich schon gemeldet, zahlt die {d.money(40)}",
                f"{d.name(u1, 'first')} a déjà rappelé, paie les {d.money(40)}",
                f"{d.name(u1, 'first')} ha già richiamato, paga i {d.money(40)}",
                f"{d.name(u1, 'first')} already got in touch, paying the {d.money(40)}",
            ),
        ),
    ]
    return d.table(hdr, rows) + "\n\n" + d.chat(msgs)


REQUESTS["orthodontics"] = {
    "de": [
        "Bitte erkläre den Eltern den Behandlungsplan in einfachen Worten.",
        "Kannst du daraus eine Terminübersicht für morgen machen?",
        "Schreib eine kurze Antwort an die Mutter.",
    ],
    "fr": [
        "Explique ce plan de traitement aux parents avec des mots simples.",
        "Fais-moi un planning des rendez-vous de demain.",
        "Écris une réponse courte aux parents.",
    ],
    "it": [
        "Spiega ai genitori il piano di trattamento in parole semplici.",
        "Mi prepari l'elenco degli appuntamenti di domani?",
        "Scrivi una breve risposta ai genitori.",
    ],
    "en": [
        "Explain this treatment plan to the parents in plain words.",
        "Make me tomorrow's appointment overview from this.",
        "Write a short reply to the parent.",
    ],
}


def dr_title(d: Doc, p: Person, kind: str = "dent") -> str:
    if d.lang == "de":
        return {"dent": "Dr. med. dent.", "med": "Dr. med."}[kind]
    if d.lang == "fr":
        return "Dr"
    if d.lang == "it":
        return d.g(p, "Dott.", "Dott.ssa")
    return "Dr"


def gen_orthodontics(d: Doc, v: int) -> str:
    t = d.town()
    names = d.LL(
        [
            "Kieferorthopädie am Markt",
            "KFO Zentrum Nord",
            "Praxis für Kieferorthopädie Seefeld",
            "Fachpraxis Kieferorthopädie Altstadt",
            "Zahnspangen-Praxis am Park",
        ],
        ["Cabinet d'orthodontie du Lac", "Centre orthodontique de la Gare", "Orthodontie Saint-Jean"],
        ["Studio Ortodontico Centro", "Ortodonzia Lago", "Studio dentistico Il Sorriso"],
        [
            "Riverside Orthodontics",
            "Smile Orthodontics",
            "Park Lane Orthodontic Practice",
            "Bright Smiles Orthodontics",
        ],
    )
    pr = d.biz(names, t)
    ortho = d.person()
    ortho_s = f"{dr_title(d, ortho)} {d.name(ortho, 'full')}"
    parent = d.person()
    child = d.relative(parent)
    cdob = d.dob(8, 15)
    home = d.addr(t if d.p(0.6) else None)
    ins = d.c(
        {
            "DE": ["TK", "AOK Bayern", "Barmer", "DAK-Gesundheit", "IKK classic"],
            "AT": ["ÖGK", "BVAEB", "SVS"],
            "CH": ["Helsana", "CSS", "Sanitas", "Visana", "SWICA"],
            "FR": ["CPAM + MGEN", "CPAM + Harmonie Mutuelle", "CPAM + MAAF Santé"],
            "IT": ["SSN / Fondo Metasalute", "polizza UniSalute", "privato"],
            "GB": ["NHS", "private", "Denplan"],
            "US": ["Delta Dental PPO", "Cigna Dental", "MetLife Dental"],
        }[d.country]
    )
    if v == 0:
        lab = d.LL(
            ["Patient/in", "Geburtsdatum", "Anschrift", "Versicherte/r", "Geb.", "Krankenkasse", "Versichertennr."],
            ["Patient(e)", "Date de naissance", "Adresse", "Assuré(e)", "Né(e) le", "Caisse / mutuelle", "N° adhérent"],
            ["Paziente", "Data di nascita", "Indirizzo", "Genitore/titolare", "Nato/a il", "Copertura", "N. tessera"],
            ["Patient", "Date of birth", "Address", "Parent/guarantor", "DOB", "Insurance", "Member ID"],
        )
        title = d.L(
            {
                "DE": "Heil- und Kostenplan – kieferorthopädische Behandlung",
                "AT": "Kostenvoranschlag kieferorthopädische Behandlung",
                "CH": "Kostenvoranschlag Kieferorthopädie",
            }.get(d.country, ""),
            "Plan de traitement et devis d'orthodontie",
            "Piano di trattamento e preventivo ortodontico",
            "Orthodontic treatment plan and fee estimate",
        )
        items = [
            (lab[0], d.name(child, d.c(["full", "lf"]))),
            (lab[1], d.fmt_dob(cdob)),
            (lab[2], d.a_line(home)),
            (lab[3], d.name(parent, d.c(["full", "lf"]))),
            (lab[4], d.fmt_dob(d.dob(32, 55))),
            (lab[5], ins),
            (lab[6], f"{d.c('ABHKMT')}{d.digits(9)}"),
        ]
        if d.country == "CH" and d.p(0.6):
            items.append(
                (
                    d.L("AHV-Nr. (IV-Anmeldung)", "N° AVS (demande AI)", "N. AVS (richiesta AI)", "AHV no."),
                    d.AHV(d.ahv()),
                )
            )
        finding = d.L(
            f"Befund: Angle-Klasse II/1, Overjet {d.n(5, 9)} mm, Tiefbiss; KIG {d.c(['D4', 'D5', 'E3', 'P3'])}.",
            f"Diagnostic : classe II division 1, surplomb {d.n(5, 9)} mm, supraclusion.",
            f"Diagnosi: II classe div. 1, overjet {d.n(5, 9)} mm, morso profondo.",
            f"Findings: Class II div 1, overjet {d.n(5, 9)} mm, deep bite; IOTN {d.n(3, 5)}.",
        )
        plan = d.L(
            f"Geplant: Phase 1 herausnehmbare Apparatur ({d.n(9, 14)} Monate), Phase 2 Multiband Ober- und "
            f"Unterkiefer, danach Retainer. Behandlungsbeginn voraussichtlich {d.date(d.later(20, 60))}.",
            f"Prévu : phase 1 appareil amovible ({d.n(9, 14)} mois), phase 2 multi-attaches, puis contention. "
            f"Début prévu le {d.date(d.later(20, 60))}.",
            f"Previsto: fase 1 apparecchio mobile ({d.n(9, 14)} mesi), fase 2 apparecchio fisso, poi contenzione. "
            f"Inizio previsto il {d.date(d.later(20, 60))}.",
            f"Plan: phase 1 removable appliance ({d.n(9, 14)} months), phase 2 fixed braces upper and lower, then "
            f"retainers. Expected start {d.date(d.later(20, 60))}.",
        )
        rows = []
        for pos in d.sample(
            d.LL(
                [
                    "Abformung und Modelle",
                    "Fernröntgenseitenbild",
                    "Aktive Platte OK",
                    "Multiband OK/UK",
                    "Bogenwechsel",
                    "Retainer",
                ],
                [
                    "Empreintes et modèles",
                    "Téléradiographie",
                    "Plaque active",
                    "Multi-attaches",
                    "Changement d'arc",
                    "Contention collée",
                ],
                [
                    "Impronte e modelli",
                    "Teleradiografia",
                    "Placca attiva",
                    "Apparecchio fisso",
                    "Cambio arco",
                    "Contenzione",
                ],
                [
                    "Impressions and models",
                    "Cephalometric X-ray",
                    "Removable appliance",
                    "Fixed braces",
                    "Archwire change",
                    "Bonded retainer",
                ],
            ),
            4,
        ):
            rows.append([pos, str(d.n(1, 8)), d.money(d.n(40, 1800) + d.c([0, 0.5, 0.8]))])
        hdr = d.LL(
            ["Leistung", "Anzahl", "Betrag"],
            ["Acte", "Nombre", "Montant"],
            ["Prestazione", "Qtà", "Importo"],
            ["Item", "Qty", "Amount"],
        )
        return "\n".join(
            [
                d.letterhead(pr),
                "",
                title,
                "",
                d.form(items),
                "",
                finding,
                plan,
                "",
                d.table(hdr, rows, d.c(["md", "fixed", "md_aligned"])),
                "",
                d.L(
                    "Eigenanteil und Zuschüsse siehe Beiblatt.",
                    "Reste à charge : voir annexe.",
                    "Quota a carico: vedi allegato.",
                    "Patient contribution: see attached sheet.",
                ),
                "",
                f"{t.name}, {d.date()}",
                ortho_s,
            ]
        )
    if v == 1:
        hdr = d.LL(
            ["Zeit", "Patient/in", "Geb.-Datum", "Behandlung", "Stuhl", "Tel. Eltern"],
            ["Heure", "Patient(e)", "Né(e) le", "Soin", "Fauteuil", "Tél. parents"],
            ["Ora", "Paziente", "Data nascita", "Trattamento", "Poltrona", "Tel. genitori"],
            ["Time", "Patient", "DOB", "Treatment", "Chair", "Parent phone"],
        )
        treat = d.LL(
            ["Bracketkontrolle", "Bogenwechsel", "Abdruck", "Debonding", "Beratung", "Retainer-Kontrolle"],
            ["Contrôle", "Changement d'arc", "Empreinte", "Dépose", "Consultation", "Contrôle contention"],
            ["Controllo", "Cambio arco", "Impronta", "Rimozione", "Prima visita", "Controllo contenzione"],
            ["Check", "Wire change", "Impressions", "Debond", "Consultation", "Retainer check"],
        )
        rows = []
        kids = []
        style = d.c(["LF", "lf", "full", "Lf"])
        h, m = d.n(7, 9), 0
        for _ in range(d.n(5, 8)):
            k = d.person()
            kids.append(k)
            m += d.c([15, 20, 30])
            h, m = h + m // 60, m % 60
            tm = f"{h}:{m:02d}" if d.locale != "en_US" else f"{(h - 1) % 12 + 1}:{m:02d}"
            rows.append(
                [
                    tm,
                    d.name(k, style),
                    d.fmt_dob(d.dob(7, 17)),
                    d.c(treat),
                    str(d.n(1, 4)),
                    d.PH(d.phone("mobile")) if d.p(0.5) else "",
                ]
            )
        assist = d.person("f")
        note = d.L(
            f"Hinweis: {d.name(kids[1], 'first')} kommt mit der Oma, Einverständnis liegt vor. "
            f"{d.name(assist, 'first')} bereitet Stuhl 2 vor.",
            f"Remarque : {d.name(kids[1], 'first')} vient avec sa grand-mère, accord signé. "
            f"{d.name(assist, 'first')} prépare le fauteuil 2.",
            f"Nota: {d.name(kids[1], 'first')} viene con la nonna, consenso firmato. "
            f"{d.name(assist, 'first')} prepara la poltrona 2.",
            f"Note: {d.name(kids[1], 'first')} is coming with grandma, consent on file. "
            f"{d.name(assist, 'first')} sets up chair 2.",
        )
        head = d.L(
            f"Terminliste {pr['name']} – {d.date(d.later(1, 3))}",
            f"Planning {pr['name']} – {d.date(d.later(1, 3))}",
            f"Agenda {pr['name']} – {d.date(d.later(1, 3))}",
            f"Day list {pr['name']} – {d.date(d.later(1, 3))}",
        )
        return "\n".join([head, f"{ortho_s}", "", d.table(hdr, rows), "", note])
    if v == 2:
        other = d.relative(child, "m" if parent.gender == "f" else "f")
        granny = d.person("f")
        acct = d.acct()
        staff = d.person("f")
        appt = d.later(5, 30)
        mail_p = d.email(parent)
        q = "\n".join(
            [
                d.salute(parent),
                "",
                d.L(
                    f"wir erinnern an den Termin von {d.name(child, 'first')} am {d.date(appt)} um {d.clock()}. Die "
                    f"Rechnung Nr. {d.n(20000, 99999)} über {d.money(d.n(80, 600))} ist noch offen.",
                    f"nous vous rappelons le rendez-vous de {d.name(child, 'first')} le {d.date(appt)} à {d.clock()}. "
                    f"La facture n° {d.n(20000, 99999)} de {d.money(d.n(80, 600))} reste impayée.",
                    f"le ricordiamo l'appuntamento di {d.name(child, 'first')} il {d.date(appt)} alle {d.clock()}. "
                    f"La fattura n. {d.n(20000, 99999)} di {d.money(d.n(80, 600))} risulta ancora aperta.",
                    f"a reminder of {d.name(child, 'first')}'s appointment on {d.date(appt)} at {d.clock()}. "
                    f"Invoice no. {d.n(20000, 99999)} for {d.money(d.n(80, 600))} is still outstanding.",
                ),
                "",
                d.greet_close(),
                d.sig(
                    staff,
                    [
                        pr["name"],
                        d.A(pr["addr"].street),
                        d.A(pr["addr"].town_line),
                        f"{d.tel_label()} {d.PH(pr['phone'])}",
                    ],
                ),
            ]
        )
        body = "\n".join(
            [
                d.L("Guten Tag", "Bonjour", "Buongiorno", "Hello") + ",",
                "",
                d.L(
                    f"die Rechnung zahlen wir ab jetzt per Lastschrift, bitte buchen Sie von {acct} ab "
                    f"(Kontoinhaber: {d.name(other, 'full')}). Zum Termin kommt {d.name(child, 'first')} mit der Oma, "
                    f"{d.name(granny, 'full')}; sie ist unter {d.PH(d.phone('mobile'))} erreichbar. Meine neue Nummer "
                    f"ist {d.PH(d.phone('mobile'))}.",
                    f"nous payerons désormais par prélèvement : merci de débiter {acct} (titulaire : "
                    f"{d.name(other, 'full')}). Au rendez-vous, c'est la grand-mère, {d.name(granny, 'full')}, qui "
                    f"accompagnera {d.name(child, 'first')} ; elle est joignable au {d.PH(d.phone('mobile'))}. "
                    f"Mon nouveau numéro : {d.PH(d.phone('mobile'))}.",
                    f"d'ora in poi paghiamo con addebito diretto, addebitate pure {acct} (intestatario: "
                    f"{d.name(other, 'full')}). All'appuntamento {d.name(child, 'first')} verrà con la nonna "
                    f"{d.name(granny, 'full')}, raggiungibile al {d.PH(d.phone('mobile'))}. Il mio nuovo numero è "
                    f"{d.PH(d.phone('mobile'))}.",
                    f"from now on we'd like to pay by direct debit from {acct} (account holder: "
                    f"{d.name(other, 'full')}). Grandma {d.name(granny, 'full')} will bring {d.name(child, 'first')} "
                    f"to the appointment; she's on {d.PH(d.phone('mobile'))}. My new number is "
                    f"{d.PH(d.phone('mobile'))}.",
                ),
                "",
                d.greet_close(False),
                d.name(parent, d.c(["full", "first"])),
            ]
        )
        head = d.mail_head(
            d.who(parent, mail_p),
            pr["role"],
            f"Re: {d.L('Termin', 'Rendez-vous', 'Appuntamento', 'Appointment')} {d.name(child, 'first')}",
        )
        return head + "\n\n" + body + "\n\n" + d.quoted(f"{pr['name']} <{pr['role']}>", d.earlier(1, 5), q)
    # v3 intake export + practice chat
    emerg = d.person()
    rec = {
        "patient": {"first_name": d.P(child.first), "last_name": d.P(child.last), "dob": d.D(cdob.isoformat())},
        "guardian": {
            "name": d.name(parent, "full"),
            "email": d.E(d.email(parent)),
            "mobile": d.PH(d.phone("mobile", intl=True)),
        },
        "address": {"street": d.A(home.street), "city": d.A(home.town_line)},
        "emergency_contact": f"{d.name(emerg, 'full')} {d.PH(d.phone('mobile'))}",
        "insurance": ins,
        "referral": f"{d.L('Hauszahnarzt', 'dentiste traitant', 'dentista di famiglia', 'family dentist')}",
        "consent_photos": d.p(0.5),
        "submitted": f"{d.today.isoformat()}T{d.n(7, 22):02d}:{d.n(0, 59):02d}:00",
        "client_ip": d.IP(d.ip()),
    }
    body = d.yaml([rec], "intake") if d.p(0.5) else d.jsonl([rec], "array")
    s1, s2 = d.person("f", nick=True), d.person("f")
    msgs = [
        (
            d.name(s1, "nick"),
            d.L(
                f"neue Anmeldung für {d.name(child, 'full')}, Erstberatung mit {d.name(ortho, 'last')}?",
                f"nouvelle inscription pour {d.name(child, 'full')}, "
                f"première consultation avec {d.name(ortho, 'last')} ?",
                f"nuova iscrizione per {d.name(child, 'full')}, prima visita con {d.name(ortho, 'last')}?",
                f"new intake for {d.name(child, 'full')}, consult with {d.name(ortho, 'last')}?",
            ),
        ),
        (
            d.name(s2, "first"),
            d.L(
                f"ja, Dienstag {d.clock()}. Eltern anrufen wegen Röntgenbild vom Zahnarzt",
                f"oui, mardi {d.clock()}. appeler les parents pour la radio du dentiste",
                f"sì, martedì {d.clock()}. chiamare i genitori per la lastra del dentista",
                f"yes, Tuesday {d.clock()}. call the parent about the dentist's X-ray",
            ),
        ),
    ]
    return body + "\n\n" + d.chat(msgs)


REQUESTS["donorregistry"] = {
    "de": [
        "Kannst du den gescannten Text wieder lesbar machen?",
        "Bitte prüfe die Registrierung auf fehlende Felder.",
        "Schreib dem Spender eine freundliche Bestätigung.",
    ],
    "fr": [
        "Peux-tu rendre ce texte scanné lisible ?",
        "Vérifie s'il manque des champs dans l'inscription.",
        "Écris une confirmation aimable au donneur.",
    ],
    "it": [
        "Puoi rendere leggibile questo testo scansionato?",
        "Controlla se mancano campi nella registrazione.",
        "Scrivi una conferma gentile al donatore.",
    ],
    "en": [
        "Can you clean up this scanned text?",
        "Check the registration for missing fields.",
        "Write a friendly confirmation to the donor.",
    ],
}


def ocr_noise(d: Doc, s: str, rate: float = 0.035) -> str:
    def noise(part: str) -> str:
        out = []
        for ch in part:
            x = d.r.random()
            if x < rate:
                out.append(
                    {
                        "l": "1",
                        "o": "0",
                        "e": "c",
                        "i": "í",
                        "I": "|",
                        "a": "á",
                        "n": "m",
                        "u": "ü",
                        "S": "5",
                        " ": "  ",
                        "t": "f",
                    }.get(ch, ch)
                )
            else:
                out.append(ch)
        return "".join(out)

    return outside(s, noise)


def gen_donorregistry(d: Doc, v: int) -> str:
    reg = d.c(
        {
            "DE": ["DKMS", "Stammzellspenderdatei Nord", "AKB Stammzellspenderdatei"],
            "AT": ["Stammzellspende Österreich", "Knochenmarkspenderzentrale Wien"],
            "CH": ["Blutstammzellen Schweiz", "Swiss Blood Stem Cells"],
            "FR": ["Registre France Greffe de Moelle", "Registre national des donneurs"],
            "IT": ["Registro IBMDR", "ADMO"],
            "GB": ["Anthony Nolan", "DKMS UK"],
            "US": ["NMDP Registry", "Be The Match"],
        }[d.country]
    )
    donor = d.person()
    ddob = d.dob(17, 55)
    home = d.addr()
    if v == 0:
        contact = d.person()
        rel = d.L(
            ["Mutter", "Schwester", "Partner/in", "Freund"],
            ["mère", "sœur", "conjoint(e)", "ami"],
            ["madre", "sorella", "partner", "amico"],
            ["mother", "sister", "partner", "friend"],
        )
        if rel in ("Mutter", "Schwester", "mère", "sœur", "madre", "sorella", "mother", "sister"):
            contact = d.relative(donor, "f") if d.p(0.7) else d.person("f")
        elif rel in ("Freund", "ami", "amico"):
            contact = d.person("m")
        lab = d.LL(
            [
                "Name",
                "Vorname",
                "Geschlecht",
                "Geburtsdatum",
                "Größe / Gewicht",
                "Straße, Hausnr.",
                "PLZ, Ort",
                "Mobil",
                "E-Mail",
                "Zweitkontakt",
            ],
            [
                "Nom",
                "Prénom",
                "Sexe",
                "Date de naissance",
                "Taille / poids",
                "Adresse",
                "Code postal, ville",
                "Portable",
                "Courriel",
                "Personne de contact",
            ],
            [
                "Cognome",
                "Nome",
                "Sesso",
                "Data di nascita",
                "Altezza / peso",
                "Indirizzo",
                "CAP, Comune",
                "Cellulare",
                "E-mail",
                "Contatto alternativo",
            ],
            [
                "Last name",
                "First name",
                "Sex",
                "Date of birth",
                "Height / weight",
                "Address",
                "Town, postcode" if d.country == "GB" else "City, State ZIP",
                "Mobile",
                "Email",
                "Alternative contact",
            ],
        )
        sex = d.L(
            d.g(donor, "männlich", "weiblich"),
            d.g(donor, "masculin", "féminin"),
            d.g(donor, "M", "F"),
            d.g(donor, "male", "female"),
        )
        items = [
            d.L(
                f"{reg} – Registrierung als Stammzellspender/in",
                f"{reg} – Inscription comme donneur/donneuse",
                f"{reg} – Iscrizione come donatore/donatrice",
                f"{reg} – Stem cell donor registration",
            ),
            (
                d.L("Spender-ID", "N° donneur", "Codice donatore", "Donor ID"),
                f"{d.country}-{d.n(1000, 9999)}-{d.n(1000, 9999)}-{d.c('ABCDEFGHK')}",
            ),
            (d.L("Set-Nr.", "N° kit", "N. kit", "Swab kit no."), f"{d.c(['ST', 'SW', 'K'])}{d.digits(8)}"),
            (lab[0], d.P(donor.last.upper() if d.p(0.3) else donor.last)),
            (lab[1], d.P(donor.first)),
            (lab[2], sex),
            (lab[3], d.fmt_dob(ddob)),
            (lab[4], f"{d.n(155, 198)} cm / {d.n(50, 115)} kg"),
            (lab[5], d.A(home.street)),
            (lab[6], d.A(home.town_line)),
            (lab[7], d.PH(d.phone("mobile"))),
            (lab[8], d.E(d.email(donor))),
            (lab[9], f"{d.name(contact, 'full')} ({rel}), {d.PH(d.phone('mobile'))}"),
            "",
            d.L(
                "[x] Ich bin damit einverstanden, dass meine Gewebemerkmale pseudonymisiert an Suchregister "
                "übermittelt werden.",
                "[x] J'accepte que mon typage HLA soit transmis de façon pseudonymisée.",
                "[x] Acconsento alla trasmissione pseudonimizzata della mia tipizzazione HLA.",
                "[x] I agree that my tissue type may be shared with search registries in pseudonymised form.",
            ),
            d.L(
                "[ ] Ich möchte Informationen zu Spendenaktionen erhalten.",
                "[ ] Je souhaite recevoir des informations sur les collectes.",
                "[ ] Desidero ricevere informazioni sulle iniziative.",
                "[ ] Send me news about donor drives.",
            ),
        ]
        if d.locale == "de_CH":
            items[0] = items[0].replace("Stammzellspender/in", "Blutstammzellspender/in")
        return (
            d.form(items)
            + "\n\n"
            + d.L(
                f"Ort/Datum: {home.town.name}, {d.date()}",
                f"Lieu/date : {home.town.name}, {d.date()}",
                f"Luogo/data: {home.town.name}, {d.date()}",
                f"Signed at {home.town.name}, {d.date()}",
            )
        )
    if v == 1:
        trust = d.person()
        ta = d.addr()
        if d.lang == "de":
            head = (
                "Organspendeausweis\nnach § 2 des Transplantationsgesetzes"
                if d.country == "DE"
                else ("Spendekarte – Organ- und Gewebespende" if d.country == "CH" else "Erklärung zur Organspende")
            )
            lines = [
                head,
                "",
                f"Name, Vorname: {d.name(donor, 'lf')}",
                f"Geburtsdatum: {d.fmt_dob(ddob)}",
                f"Straße: {d.A(home.street)}" if d.country != "CH" else f"Strasse: {d.A(home.street)}",
                f"PLZ, Wohnort: {d.A(home.town_line)}",
                "",
                "Für den Fall, dass nach meinem Tod eine Spende von Organen/Geweben in Frage kommt, erkläre ich:",
                "[x] JA, ich gestatte, dass nach der ärztlichen Feststellung meines Todes meinem Körper Organe und "
                "Gewebe entnommen werden.",
                "[ ] JA, ich gestatte dies, mit Ausnahme folgender Organe/Gewebe: ____",
                "[ ] NEIN, ich widerspreche einer Entnahme.",
                "",
                "Über JA oder NEIN soll dann folgende Person entscheiden:",
                f"Name, Vorname: {d.name(trust, 'lf')}   Telefon: {d.PH(d.phone('mobile'))}",
                f"Straße: {d.A(ta.street)}   PLZ, Wohnort: {d.A(ta.town_line)}",
                "",
                f"Datum: {d.date(d.earlier(30, 2000))}   Unterschrift: ____________",
            ]
        elif d.lang == "fr":
            lines = [
                "CARTE DE DONNEUR D'ORGANES ET DE TISSUS",
                "",
                f"Nom, prénom : {d.name(donor, 'LF')}",
                f"{d.g(donor, 'Né', 'Née')} le : {d.fmt_dob(ddob)}",
                f"Adresse : {d.a_line(home, ', ')}",
                "",
                "[x] Je suis favorable au don de mes organes et tissus après ma mort.",
                "[ ] Je m'oppose au prélèvement des organes suivants : ____",
                "",
                f"Personne à prévenir : {d.name(trust, 'full')}, tél. {d.PH(d.phone('mobile'))}",
                f"Adresse : {d.a_line(ta, ', ')}",
                "",
                f"Fait le {d.date(d.earlier(30, 2000))}   Signature : ____________",
            ]
        elif d.lang == "it":
            born = d.town()
            lines = [
                "DICHIARAZIONE DI VOLONTÀ ALLA DONAZIONE DI ORGANI E TESSUTI",
                "",
                f"Il/La sottoscritto/a {d.name(donor, 'Lf')}",
                f"{d.g(donor, 'nato', 'nata')} a {born.name} il {d.fmt_dob(ddob)}",
                f"residente in {d.a_line(home, ', ')}",
                "",
                "[x] ACCONSENTO alla donazione di organi e tessuti dopo la mia morte.",
                "[ ] NON ACCONSENTO",
                "",
                f"Fiduciario: {d.name(trust, 'full')} – tel. {d.PH(d.phone('mobile'))}",
                "",
                f"Data {d.date(d.earlier(30, 2000))}   Firma ____________",
            ]
        else:
            lines = [
                "NHS ORGAN DONOR REGISTER – REGISTRATION CONFIRMATION"
                if d.country == "GB"
                else "DONOR REGISTRY – CONFIRMATION OF REGISTRATION",
                "",
                f"Name: {d.name(donor, d.c(['full', 'UP']))}",
                f"Date of birth: {d.fmt_dob(ddob)}",
                f"Address: {d.A(home.street)}",
                f"{'Town / Postcode' if d.country == 'GB' else 'City / State / ZIP'}: {d.A(home.town_line)}",
                f"Donor number: {d.n(10000000, 99999999)}",
                "",
                "Decision: I want to donate all my organs and tissue.",
                f"Family member told: {d.name(trust, 'full')} ({d.PH(d.phone('mobile'))})",
                "",
                f"Registered on {d.date(d.earlier(30, 2000))}",
            ]
        return ocr_noise(d, "\n".join(lines))
    if v == 2:
        coord = d.person()
        gp = d.person()
        gpa = d.addr(home.town)
        partner = d.person(d.c("mf"))
        cdom = d.domain_for(reg)
        new = d.addr(home.town)
        visit = d.later(7, 30)
        q = "\n".join(
            [
                d.salute(donor),
                "",
                d.L(
                    f"Sie kommen als {d.g(donor, 'möglicher Spender', 'mögliche Spenderin')} für eine Patientin in "
                    "Frage. Für die Bestätigungstypisierung "
                    f"bitten wir Sie am {d.date(visit)} um {d.clock()} in unsere Entnahmestelle. Bitte bestätigen Sie "
                    f"zur Sicherheit Ihr Geburtsdatum und Ihre aktuelle Anschrift.",
                    f"vous êtes {d.g(donor, 'un donneur potentiel', 'une donneuse potentielle')} pour une patiente. "
                    "Pour le typage de confirmation, merci de vous "
                    f"présenter le {d.date(visit)} à {d.clock()}. Merci de confirmer votre date de naissance et votre "
                    f"adresse actuelle.",
                    f"lei risulta {d.g(donor, 'un possibile donatore', 'una possibile donatrice')} per una paziente. "
                    "Per la tipizzazione di conferma la attendiamo "
                    f"il {d.date(visit)} alle {d.clock()}. Le chiediamo di confermare data di nascita e indirizzo "
                    "attuale.",
                    "you have come up as a possible match for a patient. For confirmatory typing we would like to "
                    "see you "
                    f"on {d.date(visit)} at {d.clock()}. Please confirm your date of birth and current address.",
                ),
                "",
                d.greet_close(),
                d.sig(
                    coord,
                    [
                        d.L(
                            "Spenderkoordination",
                            "Coordination des donneurs",
                            "Coordinamento donatori",
                            "Donor coordination",
                        ),
                        reg,
                        f"{d.tel_label()} {d.PH(d.phone('landline', d.town()))}",
                        d.E(d.email(coord, "work", cdom)),
                    ],
                ),
            ]
        )
        body = "\n".join(
            [
                d.salute(coord, formal=d.p(0.5)) + ",",
                "",
                d.L(
                    f"ja, ich komme gern. Geburtsdatum: {d.fmt_dob(ddob)}. Ich bin umgezogen, neu: {d.a_line(new)}. "
                    f"{d.g(partner, 'Mein Partner', 'Meine Partnerin')} {d.name(partner, 'full')} fährt mich. "
                    f"{d.g(gp, 'Mein Hausarzt', 'Meine Hausärztin')} ist Dr. med. "
                    f"{d.name(gp, 'full')}, {d.A(gpa.street)}, Tel. {d.PH(d.phone('landline', gpa.town))}.",
                    f"oui, je viendrai volontiers. Date de naissance : {d.fmt_dob(ddob)}. J'ai déménagé : "
                    f"{d.a_line(new)}. {d.g(partner, 'Mon compagnon', 'Ma compagne')} {d.name(partner, 'full')} "
                    "m'accompagnera. Mon médecin traitant est "
                    f"le Dr {d.name(gp, 'full')}, {d.A(gpa.street)}, tél. {d.PH(d.phone('landline', gpa.town))}.",
                    f"sì, vengo volentieri. Data di nascita: {d.fmt_dob(ddob)}. Ho cambiato casa: {d.a_line(new)}. "
                    f"Mi accompagna {d.g(partner, 'il mio compagno', 'la mia compagna')} {d.name(partner, 'full')}. "
                    f"Il mio medico di base è {d.g(gp, 'il dott.', 'la dott.ssa')} "
                    f"{d.name(gp, 'full')}, {d.A(gpa.street)}, tel. {d.PH(d.phone('landline', gpa.town))}.",
                    f"yes, happy to come. Date of birth: {d.fmt_dob(ddob)}. I've moved, new address: {d.a_line(new)}. "
                    f"My partner {d.name(partner, 'full')} will drive me. My GP is Dr {d.name(gp, 'full')}, "
                    f"{d.A(gpa.street)}, tel. {d.PH(d.phone('landline', gpa.town))}.",
                ),
                "",
                d.greet_close(False),
                d.name(donor, d.c(["full", "first"])),
            ]
        )
        mm = d.email(donor)
        head = d.mail_head(
            d.who(donor, mm),
            d.E(d.email(coord, "work", cdom)),
            d.L(
                "AW: Bestätigungstypisierung",
                "RE: Typage de confirmation",
                "R: Tipizzazione di conferma",
                "RE: Confirmatory typing",
            ),
        )
        return head + "\n\n" + body + "\n\n" + d.quoted(d.who(coord, d.email(coord, "work", cdom)), d.earlier(1, 4), q)
    # v3: drive export + chat
    comp = d.c(
        ["Stadtwerke", "Hochschule", "Logistikzentrum", "Gymnasium", "Versicherung", "Klinikum"]
        if d.lang == "de"
        else ["Lycée", "Mairie", "Université", "Centre logistique"]
        if d.lang == "fr"
        else ["Liceo", "Comune", "Università", "Polo logistico"]
        if d.lang == "it"
        else ["College", "City Council", "University", "Distribution Centre"]
    )
    rows = []
    ppl = []
    for _ in range(d.n(4, 6)):
        p = d.person()
        ppl.append(p)
        a = d.addr()
        rows.append(
            [
                d.P(p.first),
                d.P(p.last),
                d.D(d.dob(17, 55).isoformat()),
                d.E(d.email(p)),
                d.A(a.town_line),
                d.IP(d.ip()),
                f"{d.c(['ST', 'SW'])}{d.digits(8)}",
            ]
        )
    hdr = ["first_name", "last_name", "date_of_birth", "email", "postcode_city", "ip", "kit"]
    s1, s2 = d.person(), d.person()
    msgs = [
        (
            d.name(s1, "first"),
            d.L(
                f"Aktion beim {comp}: {len(rows)} Online-Registrierungen, Export unten",
                f"collecte au {comp} : {len(rows)} inscriptions en ligne, export ci-dessous",
                f"raccolta al {comp}: {len(rows)} iscrizioni online, export sotto",
                f"{comp} drive: {len(rows)} online sign-ups, export below",
            ),
        ),
        (
            d.name(s2, "first"),
            d.L(
                f"bei {d.name(ppl[0], 'last')} ist das Set zurückgekommen, Adresse falsch?",
                f"le kit de {d.name(ppl[0], 'last')} est revenu, adresse fausse ?",
                f"il kit di {d.name(ppl[0], 'last')} è tornato indietro, indirizzo sbagliato?",
                f"{d.name(ppl[0], 'last')}'s kit came back, wrong address?",
            ),
        ),
        (d.name(s1, "first"), d.L("ich schreib ihr/ihm", "je lui écris", "gli/le scrivo", "I'll email them")),
        (
            d.name(s2, "first"),
            d.L(
                f"und bitte nur bis Jahrgang {d.today.year - 41} registrieren",
                f"et on n'inscrit que jusqu'aux personnes nées en {d.today.year - 41}",
                f"e registriamo solo fino alla classe {d.today.year - 41}",
                f"and only sign up people born {d.today.year - 41} or later",
            ),
        ),
    ]
    return d.table(hdr, rows, d.c(["csv", "tsv", "csv_semi"])) + "\n\n" + d.chat(msgs)


REQUESTS["fibre"] = {
    "de": [
        "Bitte schreib eine Beschwerde an den Anbieter, sachlich und kurz.",
        "Kannst du die Termine nach Techniker sortieren?",
        "Prüf den Auftrag bitte auf Fehler.",
    ],
    "fr": [
        "Rédige une réclamation courte et factuelle à l'opérateur.",
        "Trie les rendez-vous par technicien.",
        "Vérifie la commande, stp.",
    ],
    "it": [
        "Scrivi un reclamo breve e oggettivo all'operatore.",
        "Ordina gli appuntamenti per tecnico.",
        "Controlla l'ordine, per favore.",
    ],
    "en": [
        "Write a short, factual complaint to the provider.",
        "Sort the appointments by engineer.",
        "Please check this order for mistakes.",
    ],
}
ISPS = {
    "DE": ["Deutsche Glasfaser", "Telekom", "1&1", "M-net", "NetCologne", "Stadtwerke Fiber"],
    "AT": ["A1", "Magenta", "öGIG", "Stadtwerke Glasfaser"],
    "CH": ["Swisscom", "Salt", "Sunrise", "init7", "iWay"],
    "FR": ["Orange", "Free", "SFR", "Bouygues Telecom"],
    "IT": ["Open Fiber", "TIM", "Fastweb", "WindTre", "Iliad"],
    "GB": ["Openreach", "Hyperoptic", "Community Fibre", "BT", "Zen"],
    "US": ["Verizon Fios", "AT&T Fiber", "Google Fiber", "Sonic"],
}
ROUTERS = [
    "FRITZ!Box 5590 Fiber",
    "FRITZ!Box 5530 Fiber",
    "Zyxel EX5601",
    "Internet-Box 4",
    "Livebox 6",
    "Freebox Pop",
    "TIM Hub+",
    "BT Smart Hub 2",
    "Eero Pro 6E",
    "Huawei HG8245",
]


def ont_serial(d: Doc) -> str:
    return f"{d.c(['ZTEG', 'HWTC', 'ALCL', 'SCOM'])}{d.r.randrange(16**8):08X}"


def mac(d: Doc) -> str:
    return ":".join(f"{d.r.randrange(256):02X}" for _ in range(6))


def gen_fibre(d: Doc, v: int) -> str:
    isp = d.c(ISPS[d.country])
    idom = d.domain_for(isp)
    cust = d.person()
    home = d.addr()
    order = f"{d.c(['A', 'GF', 'FTTH', 'CMD', 'ORD'])}-{d.n(1000000, 9999999)}"
    tariff = d.c(["Fiber 300", "Glasfaser 500", "Fiber 1000", "Giga 1 Gbit/s", "Fibra 2.5 Gbit/s", "Full Fibre 900"])
    if v == 0:
        owner = d.person()
        oa = d.addr()
        bill = d.addr() if d.p(0.25) else None
        lab = d.LL(
            [
                "Auftragsnr.",
                "Kunde/Kundin",
                "Geburtsdatum",
                "Installationsadresse",
                "Rechnungsadresse",
                "Telefon",
                "E-Mail",
                "Tarif",
                "Monatlicher Preis",
                "Bisheriger Anbieter",
                "Rufnummernmitnahme",
                "IBAN",
                "Kontoinhaber/in",
                "Grundstückseigentümer/in",
                "Wunschtermin",
            ],
            [
                "N° de commande",
                "Titulaire",
                "Date de naissance",
                "Adresse d'installation",
                "Adresse de facturation",
                "Téléphone",
                "E-mail",
                "Offre",
                "Prix mensuel",
                "Opérateur actuel",
                "Portabilité du numéro",
                "IBAN",
                "Titulaire du compte",
                "Propriétaire",
                "Date souhaitée",
            ],
            [
                "N. ordine",
                "Intestatario",
                "Data di nascita",
                "Indirizzo di attivazione",
                "Indirizzo di fatturazione",
                "Telefono",
                "E-mail",
                "Offerta",
                "Canone mensile",
                "Operatore attuale",
                "Portabilità numero",
                "IBAN",
                "Intestatario conto",
                "Proprietario",
                "Data desiderata",
            ],
            [
                "Order no.",
                "Account holder",
                "Date of birth",
                "Installation address",
                "Billing address",
                "Phone",
                "Email",
                "Package",
                "Monthly price",
                "Current provider",
                "Number to port",
                "Bank account" if d.country == "US" else "IBAN",
                "Account name",
                "Property owner",
                "Preferred date",
            ],
        )
        items = [
            d.L(
                f"{isp} – Auftrag Glasfaser-Hausanschluss",
                f"{isp} – Demande de raccordement fibre",
                f"{isp} – Richiesta di attivazione fibra",
                f"{isp} – Full fibre order",
            ),
            (lab[0], order),
            (lab[1], d.name(cust, d.c(["full", "lf"]))),
            (lab[2], d.fmt_dob(d.dob(20, 80))),
            (lab[3], d.a_line(home)),
        ]
        if bill:
            items.append((lab[4], d.a_line(bill)))
        items += [
            (lab[5], d.PH(d.phone(d.c(["mobile", "landline"]), home.town))),
            (lab[6], d.E(d.email(cust))),
            (lab[7], tariff),
            (lab[8], d.money(d.c([29.99, 39.9, 44.95, 49, 59.9, 69.99]))),
            (lab[9], d.c([x for x in ISPS[d.country] if x != isp])),
            (lab[10], d.PH(d.phone("landline", home.town)) if d.p(0.6) else d.L("nein", "non", "no", "no")),
        ]
        if d.country == "US":
            items.append((lab[11], f"routing {d.digits(9)}, acct ****{d.digits(4)}"))
        else:
            items += [(lab[11], d.IB(d.iban())), (lab[12], d.name(cust, "full"))]
        if d.p(0.7):
            items.append((lab[13], f"{d.name(owner, 'full')}, {d.a_line(oa, ', ')}, {d.PH(d.phone('mobile'))}"))
        items.append((lab[14], f"{d.date(d.later(14, 90))}, {d.L('vormittags', 'matin', 'mattina', 'morning')}"))
        note = d.L(
            "Hinweis: Hausübergabepunkt im Keller, Zugang über Nebeneingang.",
            "Remarque : PTO au sous-sol, accès par l'entrée latérale.",
            "Nota: borchia ottica in cantina, accesso dal lato.",
            "Note: entry point in the basement, access via the side door.",
        )
        return d.form(items) + "\n\n" + note
    if v == 1:
        hdr = d.LL(
            ["Zeit", "Kunde", "Adresse", "Telefon", "ONT", "Techniker", "Notiz"],
            ["Heure", "Client", "Adresse", "Téléphone", "ONT", "Technicien", "Remarque"],
            ["Ora", "Cliente", "Indirizzo", "Telefono", "ONT", "Tecnico", "Nota"],
            ["Time", "Customer", "Address", "Phone", "ONT", "Engineer", "Note"],
        )
        techs = [d.person("m"), d.person()]
        rows = []
        t = home.town
        notes = d.LL(
            [
                "Hund im Garten",
                "Keller abgeschlossen, Nachbarin hat Schlüssel",
                "Kernbohrung nötig",
                "nur nachmittags",
                "Router schon da",
            ],
            [
                "chien dans le jardin",
                "cave fermée",
                "carottage nécessaire",
                "l'après-midi seulement",
                "box déjà livrée",
            ],
            ["cane in giardino", "cantina chiusa", "serve carotatura", "solo pomeriggio", "router già consegnato"],
            ["dog in garden", "basement locked", "core drilling needed", "afternoons only", "router already delivered"],
        )
        slots = sorted(d.n(7 * 4, 16 * 4) for _ in range(d.n(4, 7)))
        for q in slots:
            c = d.person()
            a = d.addr(t)
            rows.append(
                [
                    d.hm(q // 4, (q % 4) * 15),
                    d.name(c, d.c(["lf", "full", "LF"])),
                    d.A(a.street) if d.p(0.6) else d.a_line(a, ", "),
                    d.PH(d.phone(d.c(["mobile", "landline"]), t)),
                    ont_serial(d),
                    d.name(d.c(techs), "init"),
                    d.c(notes),
                ]
            )
        head = d.L(
            f"Montageplan {isp} – {t.name} – {d.date(d.later(1, 5))}",
            f"Planning {isp} – {t.name} – {d.date(d.later(1, 5))}",
            f"Piano interventi {isp} – {t.name} – {d.date(d.later(1, 5))}",
            f"Install schedule {isp} – {t.name} – {d.date(d.later(1, 5))}",
        )
        return head + "\n\n" + d.table(hdr, rows)
    if v == 2:
        landlord = d.person()
        neighbour = d.person()
        staff = d.person()
        wan = d.ip()
        lan = d.lan_ip()
        router = d.c(ROUTERS)
        cno = f"{d.n(100000000, 999999999)}"
        q = "\n".join(
            [
                d.salute(cust),
                "",
                d.L(
                    f"wir haben die Leitung geprüft. Ihr Anschluss ist synchron, die öffentliche IP {d.IP(wan)} war "
                    f"durchgehend erreichbar. Bitte starten Sie Ihren Router ({router}) neu und prüfen Sie die "
                    "Verkabelung.",
                    f"nous avons vérifié la ligne : elle est synchronisée, l'adresse IP publique {d.IP(wan)} était "
                    f"joignable en permanence. Merci de redémarrer votre box ({router}).",
                    f"abbiamo verificato la linea: risulta agganciata e l'IP pubblico {d.IP(wan)} era sempre "
                    f"raggiungibile. La preghiamo di riavviare il router ({router}).",
                    f"we have checked your line. It is in sync and your public IP {d.IP(wan)} was reachable "
                    "throughout. "
                    f"Please restart your {router} and check the cabling.",
                ),
                "",
                d.greet_close(),
                d.sig(
                    staff,
                    [
                        d.L("Technischer Kundendienst", "Service technique", "Assistenza tecnica", "Technical support"),
                        isp,
                    ],
                ),
            ]
        )
        body = "\n".join(
            [
                d.L("Guten Tag", "Bonjour", "Buongiorno", "Hello") + ",",
                "",
                d.L(
                    f"der Neustart hilft nicht. Seit {d.date(d.earlier(5, 20))} fällt die Verbindung mehrmals "
                    "täglich aus. "
                    f"Der Router ({router}, MAC {mac(d)}, intern {lan}) zeigt als WAN-Adresse {d.IP(wan)}. Der "
                    "Vermieter, "
                    f"{d.name(landlord, 'full')}, hat bestätigt, dass im Keller niemand am Hausübergabepunkt war; "
                    f"{d.name(neighbour, 'full')} im Erdgeschoss hat das gleiche Problem. Kundennummer {cno}.",
                    f"le redémarrage ne change rien. Depuis le {d.date(d.earlier(5, 20))}, la connexion coupe "
                    "plusieurs "
                    f"fois par jour. La box ({router}, MAC {mac(d)}, IP locale {lan}) affiche l'adresse WAN "
                    f"{d.IP(wan)}. "
                    f"Le propriétaire, {d.name(landlord, 'full')}, confirme que personne n'a touché au PTO ; "
                    f"{d.name(neighbour, 'full')}, au rez-de-chaussée, a le même problème. N° client {cno}.",
                    f"il riavvio non serve. Dal {d.date(d.earlier(5, 20))} la connessione cade più volte al giorno. "
                    f"Il router ({router}, MAC {mac(d)}, IP locale {lan}) mostra come indirizzo WAN {d.IP(wan)}. "
                    f"Il proprietario, {d.name(landlord, 'full')}, conferma che nessuno ha toccato la borchia; anche "
                    f"{d.name(neighbour, 'full')} al piano terra ha lo stesso problema. Codice cliente {cno}.",
                    f"restarting doesn't help. Since {d.date(d.earlier(5, 20))} the connection drops several times a "
                    "day. "
                    f"The router ({router}, MAC {mac(d)}, LAN {lan}) shows WAN address {d.IP(wan)}. My landlord, "
                    f"{d.name(landlord, 'full')}, confirmed nobody touched the entry point, and "
                    f"{d.name(neighbour, 'full')} downstairs has the same problem. Account no. {cno}.",
                ),
                "",
                d.greet_close(),
                d.sig(cust, [d.a_line(home, ", "), d.PH(d.phone("mobile"))], d.c(["block", "pipe"])),
            ]
        )
        head = d.mail_head(
            d.who(cust, d.email(cust)),
            f"{d.c(['support', 'kundenservice', 'service'])}@{idom}",
            f"Re: {d.L('Störung', 'Panne', 'Guasto', 'Fault')} {order}",
        )
        return head + "\n\n" + body + "\n\n" + d.quoted(f"{isp} <noreply@{idom}>", d.earlier(1, 4), q)
    # v3 provisioning export + support chat
    recs = []
    ppl = []
    for _ in range(d.n(2, 4)):
        c = d.person()
        ppl.append(c)
        a = d.addr()
        recs.append(
            {
                "order": f"{d.c(['FTTH', 'GF'])}-{d.n(1000000, 9999999)}",
                "customer": d.name(c, "full"),
                "email": d.E(d.email(c)),
                "site": {"street": d.A(a.street), "city": d.A(a.town_line)},
                "ont_serial": ont_serial(d),
                "vlan": d.c([7, 10, 35, 100, 835]),
                "wan_ipv4": d.IP(d.ip()),
                "status": d.c(["active", "provisioned", "pending_install", "active"]),
                "firmware": f"V{d.n(1, 9)}.{d.n(0, 9)}.{d.n(0, 30)}",
            }
        )
    s1, s2 = d.person(), d.person()
    msgs = [
        (
            d.name(s1, "first"),
            d.L(
                f"{d.name(ppl[0], 'last')} hat noch kein Sync, ONT blinkt rot",
                f"{d.name(ppl[0], 'last')} toujours pas synchro, ONT rouge",
                f"{d.name(ppl[0], 'last')} ancora senza aggancio, ONT rosso",
                f"{d.name(ppl[0], 'last')} still no sync, ONT red",
            ),
        ),
        (
            d.name(s2, "first"),
            d.L(
                "Auftrag ist provisioniert, schick einen Techniker",
                "commande provisionnée, envoie un technicien",
                "ordine provisionato, manda un tecnico",
                "order is provisioned, send an engineer",
            ),
        ),
        (
            d.name(s1, "first"),
            d.L(
                f"ok, {d.name(ppl[0], 'first')} ist ab 16 Uhr da: {d.PH(d.phone('mobile'))}",
                f"ok, {d.name(ppl[0], 'first')} est là dès 16h : {d.PH(d.phone('mobile'))}",
                f"ok, {d.name(ppl[0], 'first')} è a casa dalle 16: {d.PH(d.phone('mobile'))}",
                f"ok, {d.name(ppl[0], 'first')} is home from 4pm: {d.PH(d.phone('mobile'))}",
            ),
        ),
    ]
    return d.jsonl(recs) + "\n\n" + d.chat(msgs)


REQUESTS["safedeposit"] = {
    "de": [
        "Bitte fass den Schliessfachvertrag kurz zusammen."
        if False
        else "Bitte fass den Schließfachvertrag kurz zusammen.",
        "Formuliere eine Antwort an die Erbin / den Erben.",
        "Prüf das Zutrittsprotokoll auf Unstimmigkeiten.",
    ],
    "fr": [
        "Résume ce contrat de location de coffre.",
        "Rédige une réponse à l'héritier.",
        "Vérifie le registre des accès.",
    ],
    "it": [
        "Riassumi il contratto della cassetta di sicurezza.",
        "Scrivi una risposta all'erede.",
        "Controlla il registro degli accessi.",
    ],
    "en": [
        "Summarise this safe deposit box agreement.",
        "Draft a reply to the heir.",
        "Check the access log for anything odd.",
    ],
}
BANKS = {
    "DE": ["Sparkasse Rheinland", "Volksbank Mittelhessen", "Raiffeisenbank Oberland", "Stadtsparkasse"],
    "AT": ["Raiffeisenbank Region", "Sparkasse Oberösterreich", "Volksbank Tirol"],
    "CH-de": ["Raiffeisenbank", "Valiant Bank", "Migros Bank", "UBS", "Clientis Bank"],
    "CH-fr": ["Banque Raiffeisen", "UBS", "Banque Migros", "Valiant"],
    "CH-it": ["Banca Raiffeisen", "BancaStato", "UBS", "Banca Migros"],
    "FR": ["Crédit Agricole", "Caisse d'Épargne", "Banque Populaire", "Crédit Mutuel"],
    "IT": ["Banca Popolare", "Cassa di Risparmio", "Banca di Credito Cooperativo", "Banca Sella"],
    "GB": ["Metro Bank", "Lloyds", "Barclays", "Nationwide"],
    "US": ["Chase", "Wells Fargo", "First National Bank", "Citizens Bank"],
}


def gen_safedeposit(d: Doc, v: int) -> str:
    bank = d.c(BANKS[d.region])
    t = d.town()
    br = d.biz(f"{bank} {d.L('Filiale', 'agence', 'filiale', 'branch')} {t.name}", t, d.domain_for(bank))
    tenant = d.person()
    tdob = d.dob(30, 88)
    home = d.addr(t if d.p(0.6) else None)
    adv = d.person()
    adv_mail = d.email(adv, "work", br["domain"])
    box = f"{d.n(1, 9)}{d.n(0, 9)}{d.n(0, 9)}{d.n(1, 9)}"
    if v == 0:
        auth = d.relative(tenant) if d.p(0.6) else d.person()
        aa = d.addr()
        size = d.c(["S (7 x 26 x 45 cm)", "M (10 x 30 x 50 cm)", "L (20 x 30 x 50 cm)", "XL (30 x 40 x 50 cm)"])
        lab = d.LL(
            [
                "Fach-Nr.",
                "Größe",
                "Jahresmiete",
                "Mieter/in",
                "Geburtsdatum",
                "Anschrift",
                "Telefon",
                "Belastungskonto (IBAN)",
                "Bevollmächtigte/r",
                "Schlüssel",
                "Betreuer/in",
            ],
            [
                "N° de coffre",
                "Taille",
                "Loyer annuel",
                "Locataire",
                "Date de naissance",
                "Adresse",
                "Téléphone",
                "Compte à débiter (IBAN)",
                "Mandataire",
                "Clés",
                "Conseiller/ère",
            ],
            [
                "Cassetta n.",
                "Formato",
                "Canone annuo",
                "Intestatario",
                "Data di nascita",
                "Indirizzo",
                "Telefono",
                "Conto di addebito (IBAN)",
                "Delegato",
                "Chiavi",
                "Consulente",
            ],
            [
                "Box no.",
                "Size",
                "Annual fee",
                "Renter",
                "Date of birth",
                "Address",
                "Phone",
                "Account to debit" if d.country == "US" else "Account to debit (IBAN)",
                "Authorised person",
                "Keys",
                "Relationship manager",
            ],
        )
        items = [
            d.L(
                "MIETVERTRAG SCHRANKFACH" if d.country != "CH" else "MIETVERTRAG SCHRANKFACH / SAFE",
                "CONTRAT DE LOCATION DE COFFRE-FORT",
                "CONTRATTO DI LOCAZIONE CASSETTA DI SICUREZZA",
                "SAFE DEPOSIT BOX AGREEMENT",
            ),
            (lab[0], box),
            (lab[1], size),
            (lab[2], d.money(d.c([60, 85, 120, 180, 240, 350]))),
            "",
            (lab[3], d.name(tenant, d.c(["full", "lf", "LF"]))),
            (lab[4], d.fmt_dob(tdob)),
            (lab[5], d.a_line(home)),
            (lab[6], d.PH(d.phone(d.c(["mobile", "landline"]), home.town))),
            (lab[7], d.IB(d.iban()) if d.country != "US" else f"checking ****{d.digits(4)}"),
            "",
            (lab[8], f"{d.name(auth, 'full')}, {d.dob_cue(auth)} {d.fmt_dob(d.dob(25, 70))}, {d.a_line(aa, ', ')}"),
            (lab[9], f"2 ({box}-A, {box}-B)"),
            (lab[10], f"{d.name(adv, 'full')}, {d.PH(d.phone('landline', t))}, {d.E(adv_mail)}"),
        ]
        closing = d.L(
            "Der Zutritt ist nur gegen Vorlage eines amtlichen Ausweises möglich. Die Bank haftet nicht "
            "für den Inhalt.",
            "L'accès n'est possible que sur présentation d'une pièce d'identité.",
            "L'accesso è consentito solo previa esibizione di un documento d'identità.",
            "Access only on production of photo ID. The bank does not insure the contents.",
        )
        out = "\n".join([d.letterhead(br), "", d.form(items), "", closing, "", f"{t.name}, {d.date()}"])
        return ocr_noise(d, out, 0.025) if d.p(0.2) else out
    if v == 1:
        hdr = d.LL(
            ["Datum", "Zeit", "Fach", "Name", "Ausweis", "Begleitung"],
            ["Date", "Heure", "Coffre", "Nom", "Pièce d'identité", "Accompagné par"],
            ["Data", "Ora", "Cassetta", "Nome", "Documento", "Accompagnato da"],
            ["Date", "Time", "Box", "Name", "ID", "Escorted by"],
        )
        staff = [d.person(), d.person()]
        rows = []
        visitors = [d.person() for _ in range(d.n(3, 5))]
        ids = [
            d.c(
                d.LL(
                    ["PA", "Reisepass", "ID"],
                    ["CNI", "passeport"],
                    ["CI", "passaporto"],
                    ["passport", "driving licence"],
                )
            )
            + f" {d.c('CLTPX')}{d.digits(7)}"
            for _ in visitors
        ]
        boxes = [f"{d.n(100, 999)}" for _ in visitors]
        for _ in range(d.n(5, 8)):
            k = d.n(0, len(visitors) - 1)
            day = d.earlier(0, 40)
            rows.append([day, d.clock(9, 16), boxes[k], visitors[k], ids[k], d.c(staff)])
        rows.sort(key=lambda r: r[0])
        style = d.c(["lf", "full", "LF"])
        rows = [[d.date(r[0]), r[1], r[2], d.name(r[3], style), r[4], d.name(r[5], "last")] for r in rows]
        head = d.L(
            f"Zutrittsprotokoll Schrankfachanlage – {br['name']}",
            f"Registre des accès coffres – {br['name']}",
            f"Registro accessi cassette – {br['name']}",
            f"Vault access log – {br['name']}",
        )
        v0 = visitors[0]
        note = d.L(
            f"Bemerkung: {d.name(v0, 'full')} hat Vollmacht für Fach {rows[0][2]} vorgelegt (Kopie im Dossier).",
            f"Remarque : {d.name(v0, 'full')} a présenté une procuration pour le coffre {rows[0][2]}.",
            f"Nota: {d.name(v0, 'full')} ha presentato una delega per la cassetta {rows[0][2]}.",
            f"Note: {d.name(v0, 'full')} showed a power of attorney for box {rows[0][2]}.",
        )
        return head + "\n\n" + d.table(hdr, rows) + "\n\n" + note
    if v == 2:
        heir = d.relative(tenant)
        ha = d.addr()
        death = d.earlier(20, 200)
        notary = d.L(
            ["Notariat am Dom", "Notariat Stadtmitte"],
            ["Étude notariale du Centre", "Étude des Tilleuls"],
            ["Studio notarile Centro", "Studio notarile associato"],
            ["Probate Partners LLP", "Hart & Lowe Solicitors"],
        )
        lines = [
            d.who(heir, None),
            d.a_block(ha),
            "",
            br["name"],
            d.a_block(br["addr"]),
            "",
            f"{t.name if d.p(0.4) else ha.town.name}, {d.date()}",
            "",
            d.L(
                f"Schrankfach Nr. {box} – Nachlass {d.name(tenant, 'full')}",
                f"Coffre n° {box} – succession de {d.name(tenant, 'full')}",
                f"Cassetta n. {box} – successione {d.name(tenant, 'full')}",
                f"Safe deposit box {box} – estate of {d.name(tenant, 'full')}",
            ),
            "",
            d.salute(adv) + ",",
            "",
            d.L(
                f"mein Vater / meine Mutter, {d.name(tenant, 'full')}, {d.dob_cue(tenant)} {d.fmt_dob(tdob)}, ist am "
                f"{d.date(death)} verstorben. Anbei der Erbschein (Az. {d.n(10, 99)} VI {d.n(100, 999)}/"
                f"{d.today.year % 100}) vom {notary}. Ich bitte um einen Termin zur Öffnung des Fachs und um "
                f"Überweisung des Guthabens auf mein Konto {d.IB(d.iban())}.",
                f"mon père / ma mère, {d.name(tenant, 'full')}, {d.dob_cue(tenant)} {d.fmt_dob(tdob)}, est "
                f"décédé(e) le {d.date(death)}. Vous trouverez ci-joint l'acte de notoriété établi par {notary}. Je "
                f"souhaite un rendez-vous pour l'ouverture du coffre et le virement du solde sur mon compte "
                f"{d.IB(d.iban())}.",
                f"mio padre / mia madre, {d.name(tenant, 'full')}, {d.dob_cue(tenant)} {d.fmt_dob(tdob)}, è "
                f"deceduto/a il {d.date(death)}. Allego la dichiarazione di successione redatta dallo {notary}. "
                "Chiedo un "
                f"appuntamento per l'apertura della cassetta e il bonifico del saldo sul mio conto {d.IB(d.iban())}.",
                f"my late parent, {d.name(tenant, 'full')}, {d.dob_cue(tenant)} {d.fmt_dob(tdob)}, died on "
                f"{d.date(death)}. Please find enclosed the grant of probate from {notary}. I would like an "
                "appointment to open the box and ask that the balance be paid to my "
                f"{d.acct() if d.country == 'US' else 'account ' + d.acct()}.",
            ),
            "",
            d.L(
                f"Erreichbar bin ich unter {d.PH(d.phone('mobile'))} oder {d.E(d.email(heir))}.",
                f"Vous pouvez me joindre au {d.PH(d.phone('mobile'))} ou à {d.E(d.email(heir))}.",
                f"Sono raggiungibile al {d.PH(d.phone('mobile'))} o a {d.E(d.email(heir))}.",
                f"You can reach me on {d.PH(d.phone('mobile'))} or at {d.E(d.email(heir))}.",
            ),
            "",
            d.greet_close(),
            d.name(heir, "full"),
        ]
        if d.lang == "de":
            p_word = d.g(tenant, "mein Vater", "meine Mutter")
            lines = [ln.replace("mein Vater / meine Mutter", p_word) for ln in lines]
        if d.lang == "fr":
            lines = [
                ln.replace("mon père / ma mère", d.g(tenant, "mon père", "ma mère")).replace(
                    "décédé(e)", d.g(tenant, "décédé", "décédée")
                )
                for ln in lines
            ]
        if d.lang == "it":
            lines = [
                ln.replace("mio padre / mia madre", d.g(tenant, "mio padre", "mia madre")).replace(
                    "deceduto/a", d.g(tenant, "deceduto", "deceduta")
                )
                for ln in lines
            ]
        if d.lang == "en":
            lines = [ln.replace("my late parent", d.g(tenant, "my late father", "my late mother")) for ln in lines]
        return "\n".join(lines)
    # v3: online appointment booking + internal chat
    recs = []
    ppl = []
    for _ in range(d.n(2, 3)):
        p = d.person()
        ppl.append(p)
        recs.append(
            {
                "id": f"APT-{d.n(100000, 999999)}",
                "service": d.c(["safe_deposit_new", "safe_deposit_access", "safe_deposit_cancel"]),
                "name": d.name(p, "full"),
                "email": d.E(d.email(p)),
                "phone": d.PH(d.phone("mobile")),
                "slot": f"{d.later(1, 14).isoformat()} {d.n(9, 16):02d}:{d.c(['00', '30'])}",
                "branch": br["name"],
                "ip": d.IP(d.ip()),
            }
        )
    s1 = adv
    s2 = d.person()
    msgs = [
        (
            d.name(s2, "first"),
            d.L(
                f"{d.name(ppl[0], 'full')} will ein größeres Fach, haben wir noch L frei?",
                f"{d.name(ppl[0], 'full')} veut un coffre plus grand, il reste des L ?",
                f"{d.name(ppl[0], 'full')} vuole una cassetta più grande, abbiamo ancora L?",
                f"{d.name(ppl[0], 'full')} wants a bigger box, any L left?",
            ),
        ),
        (
            d.name(s1, "first"),
            d.L(
                f"ja, {box} ist seit letzter Woche frei",
                f"oui, le {box} est libre",
                f"sì, la {box} è libera",
                f"yes, {box} is free since last week",
            ),
        ),
        (
            d.name(s2, "first"),
            d.L(f"gut, ich ruf {d.g(ppl[0], 'ihn', 'sie')} an", "ok je l'appelle", "ok lo/la chiamo", "ok I'll call"),
        ),
    ]
    if d.lang == "de" and d.locale == "de_CH":
        msgs[0] = (msgs[0][0], msgs[0][1].replace("größeres", "grösseres"))
    return d.jsonl(recs) + "\n\n" + d.chat(msgs)


REQUESTS["logbook"] = {
    "de": [
        "Ist das Fahrtenbuch so vom Finanzamt anerkennungsfähig? Bitte prüfen.",
        "Summier mir bitte die dienstlichen und privaten Kilometer.",
        "Formuliere eine Antwort an den Mandanten.",
    ],
    "fr": [
        "Ce carnet de bord est-il complet pour le fisc ?",
        "Additionne les km professionnels et privés.",
        "Rédige une réponse au client.",
    ],
    "it": [
        "Questo registro chilometrico è completo per il fisco?",
        "Somma i km di lavoro e quelli privati.",
        "Scrivi una risposta al cliente.",
    ],
    "en": [
        "Would this mileage log stand up for tax purposes?",
        "Total the business and private miles, please.",
        "Draft a reply to the client.",
    ],
}
COMPANIES = {
    "de": [
        "Hansa Logistik GmbH",
        "Alpha Bau AG",
        "Nordlicht Medien GmbH",
        "Brunnen-Apotheke",
        "Technoplast GmbH",
        "Stadtwerke",
        "Elektro Sonnenschein GmbH",
        "Baumarkt Mitte",
        "Kanzlei am Ring",
        "Holzwerk Süd AG",
        "Gasthof Krone",
        "Metallbau Zentral GmbH",
    ],
    "fr": [
        "Transports Léman SA",
        "Boulangerie du Centre",
        "Imprimerie Moderne",
        "Garage de la Gare",
        "Menuiserie Alpine Sàrl",
        "Clinique des Tilleuls",
        "Quincaillerie Centrale",
    ],
    "it": [
        "Trasporti Lario Srl",
        "Edilnord SpA",
        "Tipografia Moderna",
        "Farmacia Centrale",
        "Officina Meccanica Sud",
        "Falegnameria Alpina",
        "Studio Tecnico Associato",
    ],
    "en": [
        "Harbour Logistics Ltd",
        "Northfield Builders",
        "Riverside Print Co.",
        "Oakwood Dental Practice",
        "Summit Engineering Inc.",
        "Greenway Landscaping",
        "Metro Office Supplies",
    ],
}


def gen_logbook(d: Doc, v: int) -> str:
    drv = d.person()
    home = d.addr()
    pl = plate(d)
    car = d.c(
        [
            "VW Passat Variant",
            "Škoda Octavia Combi",
            "BMW 320d Touring",
            "Audi A4 Avant",
            "Tesla Model Y",
            "Mercedes C 220 d",
            "Peugeot 308 SW",
            "Ford Focus",
            "Toyota Corolla TS",
        ]
    )
    comps = list(d.sample(COMPANIES[d.lang], 4))
    unit = "mi" if d.country in ("GB", "US") else "km"
    if v == 0:
        hdr = d.LL(
            ["Datum", "km Beginn", "km Ende", "km", "Route", "Besuchte Firma / Person", "Adresse", "Zweck", "D/P"],
            ["Date", "Km départ", "Km arrivée", "Km", "Trajet", "Client / contact", "Adresse", "Motif", "P/Pr"],
            ["Data", "Km inizio", "Km fine", "Km", "Percorso", "Cliente / referente", "Indirizzo", "Scopo", "L/P"],
            ["Date", "Start", "End", unit, "Route", "Client / contact", "Address", "Purpose", "B/P"],
        )
        rows = []
        km = d.n(12000, 98000)
        day = d.earlier(20, 40)
        base = home.town
        for _ in range(d.n(5, 8)):
            day = day + dt.timedelta(days=d.n(1, 4))
            dist = d.n(30, 460)
            private = d.p(0.25)
            if private:
                rows.append(
                    [
                        d.date(day),
                        str(km),
                        str(km + dist),
                        str(dist),
                        d.L("privat", "privé", "privato", "private"),
                        "",
                        "",
                        "",
                        d.L("P", "Pr", "P", "P"),
                    ]
                )
            else:
                c = d.c(comps)
                contact = d.person()
                town2 = d.town()
                a = d.addr(town2)
                rows.append(
                    [
                        d.date(day),
                        str(km),
                        str(km + dist),
                        str(dist),
                        f"{base.name} – {town2.name}",
                        f"{c}, {d.name(contact, d.c(['full', 'init', 'lf']))}",
                        d.A(a.street),
                        d.c(
                            d.LL(
                                ["Kundentermin", "Montage", "Angebot", "Wartung", "Schulung"],
                                ["rendez-vous client", "montage", "devis", "maintenance", "formation"],
                                ["incontro cliente", "montaggio", "preventivo", "manutenzione", "formazione"],
                                ["client meeting", "installation", "quote", "service visit", "training"],
                            )
                        ),
                        d.L("D", "P", "L", "B"),
                    ]
                )
            km += dist
        head = d.form(
            [
                d.L("FAHRTENBUCH", "CARNET DE BORD", "REGISTRO CHILOMETRICO", "MILEAGE LOG"),
                (d.L("Fahrzeug", "Véhicule", "Veicolo", "Vehicle"), f"{car}, {pl}"),
                (d.L("Fahrer/in", "Conducteur", "Conducente", "Driver"), d.name(drv, d.c(["full", "lf"]))),
                (d.L("Personalnr.", "Matricule", "Matricola", "Employee no."), f"{d.n(1000, 99999)}"),
                (d.L("Wohnung", "Domicile", "Residenza", "Home"), d.a_line(home)),
            ],
            d.c(["colon", "aligned", "bold"]),
        )
        return head + "\n\n" + d.table(hdr, rows)
    if v == 1:
        rows = []
        work = d.addr(home.town)
        t0 = dt.datetime.combine(d.earlier(10, 30), dt.time(7, 30))
        mail = d.email(drv, "work", d.domain_for(d.c(COMPANIES[d.lang])))
        sites = [work]
        for _ in range(d.n(4, 6)):
            t0 = dt.datetime.combine(
                t0.date() + dt.timedelta(days=d.n(0, 2)), dt.time(d.n(7, 18), d.c([0, 10, 25, 40, 55]))
            )
            frm = d.c(sites + [home])
            to = d.addr(d.town() if d.p(0.5) else home.town) if d.p(0.7) else d.c([home, work])
            if to not in sites and to is not home:
                sites.append(to)
            if to is frm:
                to = work if frm is home else home
            dist = d.n(3, 180)
            typ = "private" if (to is home or frm is home) and d.p(0.5) else "business"
            rows.append(
                [
                    f"T{d.n(100000, 999999)}",
                    t0.strftime("%Y-%m-%d %H:%M"),
                    (t0 + dt.timedelta(minutes=dist + d.n(5, 40))).strftime("%Y-%m-%d %H:%M"),
                    f"{d.A(frm.street)}, {d.A(frm.town_line)}",
                    f"{d.A(to.street)}, {d.A(to.town_line)}",
                    f"{dist}.{d.n(0, 9)}",
                    typ,
                    d.E(mail),
                ]
            )
        hdr = ["trip_id", "start", "end", "from", "to", unit, "type", "driver"]
        intro = d.L(
            f"Export aus der Fahrtenbuch-App, {pl}:",
            f"Export de l'appli de suivi, {pl} :",
            f"Export dall'app di tracciamento, {pl}:",
            f"Export from the tracker app, {pl}:",
        )
        return intro + "\n" + d.table(hdr, rows, d.c(["csv", "csv", "csv_semi"]))
    if v == 2:
        spouse = d.relative(drv, ("f" if drv.gender == "m" else "m") if d.p(0.85) else drv.gender)
        adviser = d.person()
        firm = d.L(
            ["Steuerberatung Lindenhof", "Kanzlei Weitblick Steuerberater"],
            ["Fiduciaire du Lac", "Cabinet Comptable Horizon"],
            ["Studio Commercialista Riva", "Studio Fiscale Associato"],
            ["Brightwater Accountants", "Ledger & Co. Tax Advisers"],
        )
        fdom = d.domain_for(firm)
        taxid = d.digits(11)
        q = "\n".join(
            [
                d.salute(drv),
                "",
                d.L(
                    f"im Fahrtenbuch für {pl} fehlen für den {d.date(d.earlier(40, 80))} Ziel und Zweck, außerdem "
                    "passen "
                    f"die Kilometerstände zwischen zwei Einträgen nicht ({d.n(200, 900)} km Lücke). Bitte ergänzen "
                    "Sie das.",
                    f"dans le carnet de bord de la {pl}, il manque la destination et le motif du "
                    f"{d.date(d.earlier(40, 80))}, et il y a un écart de {d.n(200, 900)} km entre deux entrées.",
                    f"nel registro della {pl} mancano destinazione e scopo del {d.date(d.earlier(40, 80))} e tra due "
                    f"voci c'è un buco di {d.n(200, 900)} km.",
                    f"the log for {pl} is missing the destination and purpose for {d.date(d.earlier(40, 80))}, and "
                    "there "
                    f"is a {d.n(200, 900)}-{unit} gap between two entries.",
                ),
                "",
                d.greet_close(),
                d.sig(
                    adviser,
                    [
                        firm,
                        f"{d.tel_label()} {d.PH(d.phone('landline', home.town))}",
                        d.E(d.email(adviser, "work", fdom)),
                    ],
                ),
            ]
        )
        body = "\n".join(
            [
                d.salute(adviser, formal=d.p(0.6)) + ",",
                "",
                d.L(
                    f"die Lücke ist ein Wochenende, da hat {d.g(spouse, 'mein Mann', 'meine Frau')} "
                    f"{d.name(spouse, 'first')} den Wagen privat genutzt (Besuch bei den Schwiegereltern). "
                    "Startpunkt war "
                    f"unsere Wohnung, {d.a_line(home)}. "
                    f"{f'Meine Steuer-ID ist {taxid}, falls Sie die brauchen. ' if d.country == 'DE' else ''}"
                    f"Rufen Sie mich gern an: {d.PH(d.phone('mobile'))}.",
                    f"l'écart correspond à un week-end : {d.g(spouse, 'mon mari', 'ma femme')} "
                    f"{d.name(spouse, 'first')} a utilisé la voiture à titre privé. Départ de notre domicile, "
                    f"{d.a_line(home)}. Vous pouvez m'appeler au {d.PH(d.phone('mobile'))}.",
                    f"il buco è un fine settimana: {d.g(spouse, 'mio marito', 'mia moglie')} {d.name(spouse, 'first')} "
                    f"ha usato l'auto per motivi privati. Partenza da casa nostra, {d.a_line(home)}. Mi chiami pure al "
                    f"{d.PH(d.phone('mobile'))}.",
                    f"the gap is a weekend when {d.g(spouse, 'my husband', 'my wife')} {d.name(spouse, 'first')} used "
                    f"the car privately. We set off from home, {d.a_line(home)}. Feel free to call me on "
                    f"{d.PH(d.phone('mobile'))}.",
                ),
                "",
                d.greet_close(),
                d.name(drv, "full"),
            ]
        )
        head = d.mail_head(
            d.who(drv, d.email(drv)),
            d.E(d.email(adviser, "work", fdom)),
            d.L("AW: Fahrtenbuch", "RE: Carnet de bord", "R: Registro chilometrico", "RE: Mileage log"),
        )
        return (
            head + "\n\n" + body + "\n\n" + d.quoted(d.who(adviser, d.email(adviser, "work", fdom)), d.earlier(1, 6), q)
        )
    # v3: handover protocol + fleet chat
    fleet = d.person()
    lab = d.LL(
        [
            "Fahrzeug",
            "Kennzeichen",
            "km-Stand",
            "Übergabe an",
            "Geburtsdatum",
            "Führerschein-Nr.",
            "Klasse",
            "Privatanschrift",
            "Mobil",
            "Schäden",
        ],
        [
            "Véhicule",
            "Immatriculation",
            "Kilométrage",
            "Remis à",
            "Date de naissance",
            "N° de permis",
            "Catégorie",
            "Adresse privée",
            "Portable",
            "Dommages",
        ],
        [
            "Veicolo",
            "Targa",
            "Km",
            "Consegnato a",
            "Data di nascita",
            "N. patente",
            "Categoria",
            "Indirizzo privato",
            "Cellulare",
            "Danni",
        ],
        [
            "Vehicle",
            "Registration",
            "Odometer",
            "Handed to",
            "Date of birth",
            "Licence no.",
            "Category",
            "Home address",
            "Mobile",
            "Damage",
        ],
    )
    items = [
        d.L(
            "Fahrzeugübergabeprotokoll Dienstwagen",
            "Procès-verbal de remise du véhicule de service",
            "Verbale di consegna auto aziendale",
            "Company car handover record",
        ),
        (lab[0], car),
        (lab[1], pl),
        (lab[2], f"{d.n(5000, 90000)} {unit}"),
        (lab[3], d.name(drv, d.c(["full", "lf", "LF"]))),
        (lab[4], d.fmt_dob(d.dob(21, 63))),
        (lab[5], f"{d.c('BFKMZ')}{d.digits(3)}{d.c('ABCXYZ')}{d.digits(5)}"),
        (lab[6], "B"),
        (lab[7], d.a_line(home)),
        (lab[8], d.PH(d.phone("mobile"))),
        (lab[9], d.L("Steinschlag Frontscheibe", "impact pare-brise", "scheggiatura parabrezza", "chip in windscreen")),
    ]
    msgs = [
        (
            d.name(fleet, "first"),
            d.L(
                f"{d.name(drv, 'first')}, der {car} steht ab Montag in der Tiefgarage, Schlüssel am Empfang",
                f"{d.name(drv, 'first')}, la {car} est au parking dès lundi, clés à l'accueil",
                f"{d.name(drv, 'first')}, la {car} è in garage da lunedì, chiavi alla reception",
                f"{d.name(drv, 'first')}, the {car} is in the car park from Monday, keys at reception",
            ),
        ),
        (
            d.name(drv, "first"),
            d.L(
                "super danke! Führerscheinkontrolle mach ich am Montag",
                "super merci ! je fais le contrôle du permis lundi",
                "grazie! il controllo patente lo faccio lunedì",
                "great thanks! I'll do the licence check on Monday",
            ),
        ),
    ]
    return d.form(items) + "\n\n" + d.chat(msgs)


REQUESTS["parentalleave"] = {
    "de": [
        "Ist der Antrag formal korrekt? Fristen bitte prüfen.",
        "Bitte schreib eine Eingangsbestätigung von HR.",
        "Mach mir eine Übersicht, wer wann fehlt.",
    ],
    "fr": [
        "La demande est-elle correcte sur la forme ? Vérifie les délais.",
        "Rédige un accusé de réception RH.",
        "Fais-moi un tableau des absences prévues.",
    ],
    "it": [
        "La richiesta è formalmente corretta? Controlla i termini.",
        "Scrivi una conferma di ricezione dell'HR.",
        "Fammi un prospetto delle assenze previste.",
    ],
    "en": [
        "Is this notice valid? Please check the deadlines.",
        "Draft an HR acknowledgement.",
        "Give me an overview of who is off when.",
    ],
}


def leave_word(d: Doc) -> str:
    if d.country == "CH":
        return d.L("Elternurlaub", "congé parental", "congedo parentale", "parental leave")
    return {
        "DE": "Elternzeit",
        "AT": "Karenz",
        "FR": "congé parental d'éducation",
        "IT": "congedo parentale",
        "GB": "Shared Parental Leave",
        "US": "parental leave (FMLA)",
    }[d.country]


def gen_parentalleave(d: Doc, v: int) -> str:
    emp = d.person()
    partner = d.person("f" if emp.gender == "m" else "m") if d.p(0.8) else d.person(emp.gender)
    child = d.person(last=emp.last if d.p(0.7) else partner.last) if True else None
    cdob = d.today - dt.timedelta(days=d.n(10, 200))
    company = d.c(COMPANIES[d.lang])
    cdom = d.domain_for(company)
    hr = d.person()
    lw = leave_word(d)
    start = max(cdob + dt.timedelta(days=d.n(60, 300)), d.today + dt.timedelta(days=d.n(50, 90)))
    end = start + dt.timedelta(days=30 * d.n(2, 12))
    pnr = f"{d.n(1000, 99999)}"
    if v == 0:
        home = d.addr()
        ca = d.addr()
        sub = d.L(
            f"Antrag auf {lw}" if d.country != "AT" else "Meldung der Karenz",
            f"Demande de {lw}",
            f"Richiesta di {lw}",
            f"{lw} – notice",
        )
        ch_extra = ""
        if d.country == "CH":
            ch_extra = d.L(
                f" Für die EO-Anmeldung: meine AHV-Nummer ist {d.AHV(d.ahv())}.",
                f" Pour l'APG : mon numéro AVS est {d.AHV(d.ahv())}.",
                f" Per l'IPG: il mio numero AVS è {d.AHV(d.ahv())}.",
                "",
            )
        body = d.L(
            f"hiermit beantrage ich {lw} für {d.g(child, 'meinen Sohn', 'meine Tochter')} "
            f"{d.name(child, 'full')}, geboren am {d.fmt_dob(cdob)}, vom {d.date(start)} bis zum {d.date(end)}. "
            f"{d.g(partner, 'Mein Partner', 'Meine Partnerin')} {d.name(partner, 'full')} nimmt im Anschluss "
            f"{lw} bei {d.g(partner, 'seinem', 'ihrem')} Arbeitgeber. Eine Teilzeit von 20 Stunden ab "
            f"{d.date(end + dt.timedelta(days=1))} wäre mir recht.{ch_extra}",
            f"je vous informe de mon souhait de prendre un {lw} pour {d.g(child, 'mon fils', 'ma fille')} "
            f"{d.name(child, 'full')}, {d.g(child, 'né', 'née')} le {d.fmt_dob(cdob)}, du {d.date(start)} au "
            f"{d.date(end)}. {d.g(partner, 'Mon conjoint', 'Ma conjointe')}, {d.name(partner, 'full')}, prendra le "
            f"relais auprès de son employeur.{ch_extra}",
            f"con la presente chiedo il {lw} per {d.g(child, 'mio figlio', 'mia figlia')} {d.name(child, 'full')}, "
            f"{d.g(child, 'nato', 'nata')} il {d.fmt_dob(cdob)}, dal {d.date(start)} al {d.date(end)}. "
            f"{d.g(partner, 'Il mio compagno', 'La mia compagna')} {d.name(partner, 'full')} proseguirà con il "
            f"congedo presso il suo datore di lavoro.{ch_extra}",
            f"I am writing to give notice that I intend to take {lw} for my {d.g(child, 'son', 'daughter')} "
            f"{d.name(child, 'full')}, born {d.fmt_dob(cdob)}, from {d.date(start)} to {d.date(end)}. My partner, "
            f"{d.name(partner, 'full')}, will take the remaining weeks with their own employer.",
        )
        lines = [
            d.name(emp, "full"),
            d.a_block(home),
            "",
            company,
            f"{d.L('z. Hd.', 'À l’att. de', 'Alla c.a.', 'FAO')} {d.title(hr).replace('Herr', 'Herrn')} "
            f"{d.name(hr, 'full')}",
            d.a_block(ca),
            "",
            f"{home.town.name}, {d.date()}",
            "",
            f"{d.L('Betreff', 'Objet', 'Oggetto', 'Re')}: {sub} – "
            f"{d.L('Personalnr.', 'matricule', 'matricola', 'employee no.')} {pnr}",
            "",
            d.salute(hr) + ",",
            "",
            body,
            "",
            d.L(
                "Ich bitte um schriftliche Bestätigung.",
                "Je vous remercie de bien vouloir me confirmer cette demande par écrit.",
                "Chiedo gentilmente una conferma scritta.",
                "Please confirm receipt in writing.",
            ),
            "",
            d.greet_close(),
            "",
            d.name(emp, "full"),
        ]
        return "\n".join(lines)
    if v == 1:
        hdr = d.LL(
            ["Mitarbeiter/in", "Abt.", "Kind geb.", "Beginn", "Ende", "Vertretung"],
            ["Collaborateur", "Service", "Enfant né le", "Début", "Fin", "Remplaçant"],
            ["Dipendente", "Reparto", "Figlio/a nato/a", "Inizio", "Fine", "Sostituto"],
            ["Employee", "Dept", "Child born", "Start", "End", "Cover"],
        )
        rows = []
        style = d.c(["LF", "lf", "full"])
        emps = []
        for _ in range(d.n(4, 7)):
            e = d.person()
            emps.append(e)
            cd = d.today - dt.timedelta(days=d.n(-40, 300))
            s0 = cd + dt.timedelta(days=d.n(10, 200))
            rows.append(
                [
                    d.name(e, style),
                    d.c(
                        d.LL(
                            ["IT", "HR", "Vertrieb", "Lager", "QM", "Buchhaltung"],
                            ["IT", "RH", "Ventes", "Logistique", "Qualité", "Compta"],
                            ["IT", "HR", "Vendite", "Magazzino", "Qualità", "Contabilità"],
                            ["IT", "HR", "Sales", "Warehouse", "QA", "Finance"],
                        )
                    ),
                    d.fmt_dob(cd)
                    if cd < d.today
                    else d.L(f"ET {d.date(cd)}", f"terme {d.date(cd)}", f"termine {d.date(cd)}", f"due {d.date(cd)}"),
                    d.date(s0),
                    d.date(s0 + dt.timedelta(days=30 * d.n(1, 12))),
                    d.name(d.person(), "init"),
                ]
            )
        head = d.L(
            f"Übersicht {lw} {d.today.year} – {company} (vertraulich)",
            f"Congés parentaux {d.today.year} – {company} (confidentiel)",
            f"Congedi parentali {d.today.year} – {company} (riservato)",
            f"Parental leave {d.today.year} – {company} (confidential)",
        )
        note = d.L(
            f"Rückfragen an {d.name(hr, 'full')}, Durchwahl {d.PH(d.phone('landline'))}.",
            f"Questions : {d.name(hr, 'full')}, ligne directe {d.PH(d.phone('landline'))}.",
            f"Domande: {d.name(hr, 'full')}, interno {d.PH(d.phone('landline'))}.",
            f"Questions to {d.name(hr, 'full')}, direct line {d.PH(d.phone('landline'))}.",
        )
        return head + "\n\n" + d.table(hdr, rows) + "\n\n" + note
    if v == 2:
        e_mail = d.email(emp, "work", cdom)
        hr_mail = d.email(hr, "work", cdom)
        q = "\n".join(
            [
                d.salute(hr, formal=d.p(0.5)) + ",",
                "",
                d.L(
                    f"{d.name(child, 'first')} ist am {d.fmt_dob(cdob)} zur Welt gekommen! Ich möchte wie besprochen "
                    "ab "
                    f"{d.date(start)} in {lw} gehen. {d.name(partner, 'first')} arbeitet ab dann wieder.",
                    f"{d.name(child, 'first')} est {d.g(child, 'né', 'née')} le {d.fmt_dob(cdob)} ! Comme convenu, je "
                    f"souhaite partir en congé à partir du {d.date(start)}. {d.name(partner, 'first')} reprend le "
                    "travail.",
                    f"{d.name(child, 'first')} è {d.g(child, 'nato', 'nata')} il {d.fmt_dob(cdob)}! Come concordato "
                    "vorrei "
                    f"iniziare il congedo dal {d.date(start)}. {d.name(partner, 'first')} torna al lavoro.",
                    f"{d.name(child, 'first')} arrived on {d.fmt_dob(cdob)}! As discussed I'd like to start my leave "
                    "on "
                    f"{d.date(start)}. {d.name(partner, 'first')} goes back to work then.",
                ),
                "",
                d.greet_close(False),
                d.name(emp, "first"),
            ]
        )
        extra = ""
        if d.country == "CH":
            extra = d.L(
                f" Für die EO-Anmeldung brauchen wir noch Ihre AHV-Nummer – ich habe "
                f"{d.AHV(d.ahv())} aus dem Personaldossier, stimmt die?",
                f" Pour l'APG, il nous faut votre numéro AVS : j'ai {d.AHV(d.ahv())} dans le dossier, est-ce correct ?",
                f" Per l'IPG ci serve il numero AVS: nel dossier ho {d.AHV(d.ahv())}, è corretto?",
                "",
            )
        body = "\n".join(
            [
                d.salute(emp, formal=d.p(0.4)) + ",",
                "",
                d.L(
                    f"herzlichen Glückwunsch! Ihre {lw} vom {d.date(start)} bis {d.date(end)} ist vermerkt. Bitte "
                    f"reichen Sie noch die Geburtsurkunde von {d.name(child, 'first')} ein.{extra}",
                    f"toutes nos félicitations ! Votre congé du {d.date(start)} au {d.date(end)} est enregistré. Merci "
                    f"de nous transmettre l'acte de naissance de {d.name(child, 'first')}.{extra}",
                    f"congratulazioni! Il congedo dal {d.date(start)} al {d.date(end)} è registrato. La preghiamo di "
                    f"inviarci il certificato di nascita di {d.name(child, 'first')}.{extra}",
                    f"congratulations! Your leave from {d.date(start)} to {d.date(end)} is now recorded. Please send "
                    "us "
                    f"{d.name(child, 'first')}'s birth certificate.",
                ),
                "",
                d.greet_close(),
                d.sig(
                    hr,
                    [
                        d.L("Personalabteilung", "Ressources humaines", "Risorse umane", "People team"),
                        company,
                        f"{d.tel_label()} {d.PH(d.phone('landline'))}",
                        d.E(hr_mail),
                    ],
                ),
            ]
        )
        head = d.mail_head(d.who(hr, hr_mail), d.who(emp, e_mail), f"Re: {lw} {d.name(emp, 'last')}")
        return head + "\n\n" + body + "\n\n" + d.quoted(d.who(emp, e_mail), d.earlier(1, 7), q)
    # v3 portal export + HR chat
    recs = []
    emps = []
    for _ in range(d.n(2, 4)):
        e = d.person()
        emps.append(e)
        k = d.person(last=e.last) if d.p(0.8) else d.person()
        cd = d.today - dt.timedelta(days=d.n(5, 300))
        s0 = cd + dt.timedelta(days=d.n(20, 200))
        recs.append(
            {
                "request_id": f"PL-{d.n(10000, 99999)}",
                "employee": d.name(e, "full"),
                "email": d.E(d.email(e, "work", cdom)),
                "child_first_name": d.P(k.first),
                "child_dob": d.D(cd.isoformat()),
                "from": s0.isoformat(),
                "to": (s0 + dt.timedelta(days=30 * d.n(1, 12))).isoformat(),
                "submitted_from": d.IP(d.ip()),
                "status": d.c(["submitted", "approved", "pending_docs"]),
            }
        )
    s2 = d.person()
    msgs = [
        (
            d.name(hr, "first"),
            d.L(
                f"bei {d.name(emps[0], 'last')} fehlt noch die Geburtsurkunde",
                f"il manque l'acte de naissance pour {d.name(emps[0], 'last')}",
                f"per {d.name(emps[0], 'last')} manca il certificato di nascita",
                f"still missing the birth certificate for {d.name(emps[0], 'last')}",
            ),
        ),
        (
            d.name(s2, "first"),
            d.L(
                f"ich frag nach, {d.name(emps[0], 'first')} ist eh morgen im Büro",
                f"je relance, {d.name(emps[0], 'first')} passe demain",
                f"sollecito io, {d.name(emps[0], 'first')} passa domani",
                f"I'll chase it, {d.name(emps[0], 'first')} is in tomorrow anyway",
            ),
        ),
    ]
    return d.jsonl(recs) + "\n\n" + d.chat(msgs)


REQUESTS["speakers"] = {
    "de": [
        "Kannst du aus den Einreichungen eine Shortlist mit Begründung machen?",
        "Bitte prüfe die Reisekostenabrechnung.",
        "Schreib eine Antwort an die Speakerin / den Speaker.",
    ],
    "fr": [
        "Fais une présélection des propositions avec une justification.",
        "Vérifie la note de frais.",
        "Rédige une réponse à l'intervenant.",
    ],
    "it": [
        "Fai una selezione delle proposte con motivazione.",
        "Controlla il rimborso spese.",
        "Scrivi una risposta al relatore.",
    ],
    "en": [
        "Shortlist these submissions and say why.",
        "Please check this expense claim.",
        "Draft a reply to the speaker.",
    ],
}
CONFS = {
    "de": ["Alpen Dev Summit", "CloudCamp Rhein-Main", "DataDays Süd", "DevOps Forum Ost"],
    "fr": ["Rencontres Dev Léman", "Forum Data Lyon", "Journées Cloud Romandes"],
    "it": ["Forum Data Milano", "DevDay Ticino", "Giornate del Software Torino"],
    "en": ["NorthDev Conference", "DataFest Midlands", "Midwest CloudConf", "Harbour Tech Summit"],
}
TALKS = {
    "de": [
        "Kafka-Streams ohne Schmerzen",
        "Jenkins-Pipelines aufräumen",
        "Von Pascal zu Rust",
        "Dijkstra im Lagerhaus",
        "Markow-Ketten für Einsteiger",
        "Bayes im Produktionsalltag",
        "Turing-Test für Chatbots",
        "Hadoop in Rente schicken",
    ],
    "fr": [
        "Kafka sans douleur",
        "Nettoyer ses pipelines Jenkins",
        "De Pascal à Rust",
        "Dijkstra à l'entrepôt",
        "Bayes au quotidien",
        "Le test de Turing pour chatbots",
    ],
    "it": [
        "Kafka senza dolore",
        "Pipeline Jenkins in ordine",
        "Da Pascal a Rust",
        "Dijkstra in magazzino",
        "Bayes in produzione",
        "Il test di Turing per i chatbot",
    ],
    "en": [
        "Kafka Streams Without Tears",
        "Tidying Jenkins Pipelines",
        "From Pascal to Rust",
        "Dijkstra in the Warehouse",
        "Bayes in Production",
        "A Turing Test for Chatbots",
        "Retiring Hadoop Gracefully",
    ],
}


TECH = {
    "de": ["Cloudwerk GmbH", "Datalytics AG", "Bytefabrik GmbH", "Kontor Digital GmbH", "Netzwerkstatt AG"],
    "fr": ["Softlab Sàrl", "Numérique Léman SA", "DataSphère SAS", "Nuage Informatique"],
    "it": ["Quantix Srl", "Sviluppo Digitale Srl", "Nuvola Tech Srl", "Dati Chiari SpA"],
    "en": ["Harbour Analytics Ltd", "Brightbyte Inc.", "Cloudline Systems", "Northwind Data"],
}
ROOMS = {
    "de": ["Saal A", "Saal B", "Raum 1", "Foyer"],
    "fr": ["Salle Léman", "Salle B", "Auditoire", "Salle 1"],
    "it": ["Sala A", "Sala B", "Aula Magna", "Sala 1"],
    "en": ["Room 1", "Room 2", "Main Hall", "Studio"],
}
TRAINS = {
    "DE": ["ICE 573", "IC 2285", "LH 2037", "ICE 1007"],
    "AT": ["RJX 163", "OS 111", "ICE 27"],
    "CH": ["IC 8 971", "LX 1071", "IR 2265", "EC 317"],
    "FR": ["TGV 9261", "TER 17835", "AF 7712"],
    "IT": ["Frecciarossa 9521", "Italo 8917", "IC 35519"],
    "GB": ["LNER 1Y17", "BA 1436", "EZY 1452"],
    "US": ["UA 1532", "DL 2071", "Amtrak 171"],
}


def gen_speakers(d: Doc, v: int) -> str:
    conf = d.c(CONFS[d.lang])
    cdom = d.domain_for(conf)
    sp = d.person()
    talk = d.c(TALKS[d.lang])
    if v == 0:
        recs = []
        people = []
        for _ in range(d.n(2, 3)):
            p = d.person()
            co = d.person()
            people.append(p)
            t = d.town()
            bio = d.L(
                f"{d.name(p, 'first')} arbeitet als Entwickler/in bei {d.c(TECH['de'])} in {t.name} und hält den "
                f"Vortrag zusammen mit {d.name(co, 'full')}.",
                f"{d.name(p, 'first')} est {d.g(p, 'développeur', 'développeuse')} à {t.name} et présente avec "
                f"{d.name(co, 'full')}.",
                f"{d.name(p, 'first')} è {d.g(p, 'sviluppatore', 'sviluppatrice')} a {t.name} e presenta insieme a "
                f"{d.name(co, 'full')}.",
                f"{d.name(p, 'first')} is a developer based in {t.name} and co-presents with {d.name(co, 'full')}.",
            )
            if d.lang == "de":
                bio = bio.replace("Entwickler/in", d.g(p, "Entwickler", "Entwicklerin"))
            recs.append(
                {
                    "submission": f"CFP-{d.n(100, 999)}",
                    "title": d.c(TALKS[d.lang]),
                    "speaker": {
                        "name": d.name(p, "full"),
                        "email": d.E(d.email(p)),
                        "phone": d.PH(d.phone("mobile")),
                        "company": d.c(TECH[d.lang]),
                        "bio": bio,
                    },
                    "format": d.c(["talk 30 min", "workshop 90 min", "lightning 5 min"]),
                    "travel_from": t.name,
                    "tshirt": d.c(["S", "M", "L", "XL"]),
                    "submitted_ip": d.IP(d.ip()),
                }
            )
        return d.yaml(recs, "submissions") if d.p(0.6) else d.jsonl(recs, "array")
    if v == 1:
        home = d.addr()
        lab = d.LL(
            [
                "Referent/in",
                "Geburtsdatum",
                "Anschrift",
                "E-Mail",
                "Vortrag",
                "Anreise",
                "Hotel",
                "Summe",
                "IBAN",
                "BIC",
                "Kontoinhaber/in",
            ],
            [
                "Intervenant(e)",
                "Date de naissance",
                "Adresse",
                "E-mail",
                "Intervention",
                "Trajet",
                "Hôtel",
                "Total",
                "IBAN",
                "BIC",
                "Titulaire",
            ],
            [
                "Relatore/Relatrice",
                "Data di nascita",
                "Indirizzo",
                "E-mail",
                "Intervento",
                "Viaggio",
                "Hotel",
                "Totale",
                "IBAN",
                "BIC",
                "Intestatario",
            ],
            [
                "Speaker",
                "Date of birth",
                "Address",
                "Email",
                "Talk",
                "Travel",
                "Hotel",
                "Total",
                "IBAN",
                "BIC",
                "Account holder",
            ],
        )
        train = d.money(d.n(40, 260) + 0.9)
        hotel = d.money(d.n(90, 420))
        items = [
            d.L(
                f"Reisekostenabrechnung – {conf}",
                f"Note de frais – {conf}",
                f"Rimborso spese – {conf}",
                f"Speaker expense claim – {conf}",
            ),
            (lab[0], d.name(sp, d.c(["full", "lf"]))),
            (lab[1], d.fmt_dob(d.dob(24, 66))),
            (lab[2], d.a_line(home)),
            (lab[3], d.E(d.email(sp))),
            (lab[4], f"„{talk}“" if d.lang == "de" else f"« {talk} »" if d.lang == "fr" else f"\u201c{talk}\u201d"),
            (lab[5], f"{d.c(TRAINS[d.country])}, {train}"),
            (lab[6], f"{d.n(1, 3)} x, {hotel}"),
            (lab[7], d.money(d.n(200, 900) + 0.4)),
        ]
        if d.country != "US":
            items += [
                (lab[8], d.IB(d.iban())),
                (lab[9], d.c(["COBADEFFXXX", "UBSWCHZH80A", "BNPAFRPPXXX", "BCITITMM", "NWBKGB2L", "RZOOAT2L"])),
                (lab[10], d.name(sp, "full")),
            ]
        else:
            items.append(("Payment", "check to home address"))
        note = d.L(
            "Die Geburtsdatumsangabe benötigen wir für die Reiseversicherung.",
            "La date de naissance est demandée pour l'assurance voyage.",
            "La data di nascita serve per l'assicurazione viaggio.",
            "Date of birth is needed for the travel insurance.",
        )
        return d.form(items) + "\n\n" + note
    if v == 2:
        org = d.person()
        old = d.person()
        new = d.person()
        rows = []
        spk = [sp] + [d.person() for _ in range(d.n(3, 5))]
        titles = [talk] + [x for x in d.sample(TALKS[d.lang], len(TALKS[d.lang])) if x != talk]
        h = 9
        for i, p in enumerate(spk):
            rows.append([d.hm(h + i, d.c([0, 30])), d.c(ROOMS[d.lang]), titles[i], d.name(p, d.c(["init", "full"]))])
        hdr = d.LL(
            ["Zeit", "Raum", "Vortrag", "Speaker"],
            ["Heure", "Salle", "Intervention", "Intervenant"],
            ["Ora", "Sala", "Intervento", "Relatore"],
            ["Time", "Room", "Talk", "Speaker"],
        )
        q = "\n".join(
            [
                d.salute(org, formal=False) + ",",
                "",
                d.L(
                    f"leider kann {d.name(old, 'full')} nicht mitkommen. Statt dessen übernimmt {d.name(new, 'full')} "
                    f"({d.E(d.email(new))}, {d.PH(d.phone('mobile'))}) den zweiten Teil. Geht das?",
                    f"malheureusement {d.name(old, 'full')} ne pourra pas venir. {d.name(new, 'full')} "
                    f"({d.E(d.email(new))}, {d.PH(d.phone('mobile'))}) fera la deuxième partie. Est-ce possible ?",
                    f"purtroppo {d.name(old, 'full')} non potrà venire. La seconda parte la farà {d.name(new, 'full')} "
                    f"({d.E(d.email(new))}, {d.PH(d.phone('mobile'))}). Va bene?",
                    f"unfortunately {d.name(old, 'full')} can't make it. {d.name(new, 'full')} ({d.E(d.email(new))}, "
                    f"{d.PH(d.phone('mobile'))}) will do the second half instead. Is that OK?",
                ),
                "",
                d.greet_close(False),
                d.name(sp, "first"),
            ]
        )
        body = "\n".join(
            [
                d.salute(sp, formal=False) + ",",
                "",
                d.L(
                    f"kein Problem, wir haben {d.name(new, 'first')} eingetragen. Hier der aktuelle Plan:",
                    f"aucun souci, nous avons ajouté {d.name(new, 'first')}. Voici le programme actuel :",
                    f"nessun problema, abbiamo inserito {d.name(new, 'first')}. Ecco il programma aggiornato:",
                    f"no problem, we've added {d.name(new, 'first')}. Here's the current schedule:",
                ),
                "",
                d.table(hdr, rows, d.c(["md", "md_aligned", "fixed"])),
                "",
                d.greet_close(False),
                d.sig(org, [conf, d.PH(d.phone("mobile")), d.E(d.email(org, "work", cdom))], "dash"),
            ]
        )
        head = d.mail_head(d.who(org, d.email(org, "work", cdom)), d.who(sp, d.email(sp)), f"Re: {talk}")
        return head + "\n\n" + body + "\n\n" + d.quoted(d.who(sp, d.email(sp)), d.earlier(1, 4), q)
    # v3: badge list + volunteer chat
    rows = []
    ppl = []
    for _ in range(d.n(4, 7)):
        p = d.person()
        ppl.append(p)
        rows.append(
            [
                d.P(p.first),
                d.P(p.last.upper() if d.p(0.3) else p.last),
                d.c(TECH[d.lang] + ["–"]),
                d.c(["Speaker", "Attendee", "Attendee", "Sponsor", "Volunteer", "Press"]),
                d.E(d.email(p)),
            ]
        )
    hdr = ["first_name", "last_name", "company", "role", "email"]
    v1, v2 = d.person(nick=True), d.person()
    msgs = [
        (
            d.name(v1, "nick"),
            d.L(
                f"Badge von {d.name(ppl[0], 'full')} ist falsch geschrieben, druck ich neu",
                f"le badge de {d.name(ppl[0], 'full')} est mal écrit, je le réimprime",
                f"il badge di {d.name(ppl[0], 'full')} è sbagliato, lo ristampo",
                f"{d.name(ppl[0], 'full')}'s badge is misspelt, reprinting",
            ),
        ),
        (
            d.name(v2, "first"),
            d.L(
                f"ok. {d.name(ppl[1], 'first')} sucht die Garderobe",
                f"ok. {d.name(ppl[1], 'first')} cherche le vestiaire",
                f"ok. {d.name(ppl[1], 'first')} cerca il guardaroba",
                f"ok. {d.name(ppl[1], 'first')} is looking for the cloakroom",
            ),
        ),
        (
            d.name(v1, "nick"),
            d.L(
                f"schick {d.g(ppl[1], 'ihn', 'sie')} zu mir, Tel. {d.PH(d.phone('mobile'))}",
                f"envoie-le moi, tél. {d.PH(d.phone('mobile'))}",
                f"mandalo da me, tel. {d.PH(d.phone('mobile'))}",
                f"send them to me, {d.PH(d.phone('mobile'))}",
            ),
        ),
    ]
    return d.table(hdr, rows, d.c(["csv", "tsv", "csv_semi"])) + "\n\n" + d.chat(msgs)


REQUESTS["instrumentrental"] = {
    "de": [
        "Bitte erklär mir den Mietkauf-Vertrag in einfachen Worten.",
        "Schreib eine Antwort an die Familie.",
        "Welche Mietverträge laufen diesen Monat aus?",
    ],
    "fr": [
        "Explique-moi ce contrat de location-vente simplement.",
        "Rédige une réponse à la famille.",
        "Quels contrats se terminent ce mois-ci ?",
    ],
    "it": [
        "Spiegami questo contratto di noleggio con riscatto.",
        "Scrivi una risposta alla famiglia.",
        "Quali noleggi scadono questo mese?",
    ],
    "en": [
        "Explain this rent-to-own agreement in plain words.",
        "Draft a reply to the family.",
        "Which rentals end this month?",
    ],
}
INSTRUMENTS = {
    "de": [
        "Geige 3/4",
        "Geige 1/2",
        "Cello 1/2",
        "Querflöte",
        "Klarinette",
        "Trompete",
        "Digitalpiano",
        "Bratsche 38 cm",
        "Altsaxophon",
        "Konzertgitarre 3/4",
    ],
    "fr": [
        "violon 3/4",
        "violon 1/2",
        "violoncelle 1/2",
        "flûte traversière",
        "clarinette",
        "trompette",
        "piano numérique",
        "alto 38 cm",
        "saxophone alto",
        "guitare classique 3/4",
    ],
    "it": [
        "violino 3/4",
        "violino 1/2",
        "violoncello 1/2",
        "flauto traverso",
        "clarinetto",
        "tromba",
        "pianoforte digitale",
        "viola 38 cm",
        "sax contralto",
        "chitarra classica 3/4",
    ],
    "en": [
        "violin 3/4",
        "violin 1/2",
        "cello 1/2",
        "flute",
        "clarinet",
        "trumpet",
        "digital piano",
        'viola 15"',
        "alto saxophone",
        "classical guitar 3/4",
    ],
}
BRANDS = [
    "Stentor Student II",
    "Yamaha YFL-212",
    "Buffet Crampon E11",
    "Höfner H5",
    "Gewa Pure",
    "Jupiter JTR700",
    "Roland F701",
    "Kawai ES120",
    "Thomann Classic",
    "Steinbach",
    "Mollenhauer",
    "Gliga Genial",
]


def gen_instrumentrental(d: Doc, v: int) -> str:
    t = d.town()
    names = d.LL(
        ["Musikhaus am Dom", "Musik Zentrum Altstadt", "Geigenbau Werkstatt am Bach", "Musikhaus Tonleiter"],
        ["Maison de la Musique", "Lutherie du Lac", "Music Center"],
        ["Casa Musicale Centro", "Liuteria del Borgo", "Strumenti Musicali Riva"],
        ["Harmony Music Shop", "The String Workshop", "Riverside Music", "Bandstand Instruments"],
    )
    shop = d.biz(names, t)
    parent = d.person()
    kid = d.relative(parent)
    kdob = d.dob(6, 14)
    home = d.addr(t if d.p(0.7) else None)
    inst = d.c(INSTRUMENTS[d.lang])
    brand = d.c(BRANDS)
    serial = f"{d.c(['SN', 'No.', ''])}{d.n(100000, 9999999)}"
    contract = f"M{d.n(1000, 9999)}/{d.today.year % 100}"
    monthly = d.money(d.c([15, 18, 22, 25, 29, 35, 45]))
    teacher = d.person()
    if v == 0:
        lab = d.LL(
            [
                "Vertrag",
                "Mieter/in",
                "Geburtsdatum",
                "Anschrift",
                "Telefon",
                "E-Mail",
                "Spieler/in",
                "Instrument",
                "Seriennr.",
                "Monatsmiete",
                "Anrechnung bei Kauf",
                "Lehrer/in",
                "IBAN (SEPA-Lastschrift)",
            ],
            [
                "Contrat",
                "Locataire",
                "Date de naissance",
                "Adresse",
                "Téléphone",
                "E-mail",
                "Élève",
                "Instrument",
                "N° de série",
                "Loyer mensuel",
                "Imputation à l'achat",
                "Professeur",
                "IBAN",
            ],
            [
                "Contratto",
                "Noleggiante",
                "Data di nascita",
                "Indirizzo",
                "Telefono",
                "E-mail",
                "Allievo/a",
                "Strumento",
                "N. di serie",
                "Canone mensile",
                "Riscatto",
                "Insegnante",
                "IBAN",
            ],
            [
                "Agreement",
                "Hirer",
                "Date of birth",
                "Address",
                "Phone",
                "Email",
                "Player",
                "Instrument",
                "Serial no.",
                "Monthly fee",
                "Credit towards purchase",
                "Teacher",
                "Bank account" if d.country == "US" else "IBAN (direct debit)",
            ],
        )
        kid_s = (
            f"{d.name(kid, 'first')}, {d.fmt_dob(kdob)}"
            if d.p(0.6)
            else f"{d.name(kid, 'full')} ({d.L('Alter', 'âge', 'età', 'age')} {(d.today - kdob).days // 365})"
        )
        items = [
            d.L(
                "MIETKAUFVERTRAG",
                "CONTRAT DE LOCATION-VENTE",
                "CONTRATTO DI NOLEGGIO CON RISCATTO",
                "RENT-TO-OWN AGREEMENT",
            ),
            (lab[0], contract),
            (lab[1], d.name(parent, d.c(["full", "lf"]))),
            (lab[2], d.fmt_dob(d.dob(30, 58))),
            (lab[3], d.a_line(home)),
            (lab[4], d.PH(d.phone(d.c(["mobile", "landline"]), home.town))),
            (lab[5], d.E(d.email(parent))),
            (lab[6], kid_s),
            (lab[7], f"{inst}, {brand}"),
            (lab[8], serial),
            (lab[9], monthly),
            (lab[10], f"{d.c([50, 75, 100])} %"),
            (
                lab[11],
                d.name(teacher, "full")
                + (f" ({d.L('Musikschule', 'Conservatoire', 'Scuola di musica', 'Music school')})" if d.p(0.5) else ""),
            ),
            (lab[12], d.IB(d.iban()) if d.country != "US" else f"ACH, routing {d.digits(9)}"),
        ]
        return "\n".join(
            [
                d.letterhead(shop),
                "",
                d.form(items),
                "",
                d.L(
                    f"Die Mindestmietdauer beträgt {d.c([3, 6])} Monate. Schäden bitte sofort melden.",
                    f"Durée minimale : {d.c([3, 6])} mois. Signalez tout dommage immédiatement.",
                    f"Durata minima {d.c([3, 6])} mesi. Segnalare subito eventuali danni.",
                    f"Minimum term {d.c([3, 6])} months. Please report any damage straight away.",
                ),
                f"{t.name}, {d.date()}",
            ]
        )
    if v == 1:
        hdr = d.LL(
            ["Vertrag", "Mieter/in", "Instrument", "Serien-Nr.", "Beginn", "Miete", "Adresse"],
            ["Contrat", "Locataire", "Instrument", "N° série", "Début", "Loyer", "Adresse"],
            ["Contratto", "Noleggiante", "Strumento", "N. serie", "Inizio", "Canone", "Indirizzo"],
            ["Agreement", "Hirer", "Instrument", "Serial", "Start", "Fee", "Address"],
        )
        rows = []
        style = d.c(["lf", "full", "LF", "init"])
        for _ in range(d.n(5, 8)):
            p = d.person()
            a = d.addr(t if d.p(0.7) else None)
            rows.append(
                [
                    f"M{d.n(1000, 9999)}/{d.c([23, 24, 25])}",
                    d.name(p, style),
                    f"{d.c(INSTRUMENTS[d.lang])} ({d.c(BRANDS).split()[0]})",
                    f"{d.n(100000, 9999999)}",
                    d.date(d.earlier(30, 900)),
                    d.money(d.c([15, 18, 22, 25, 29, 35, 45])),
                    d.A(a.street) if d.p(0.6) else d.a_line(a, ", "),
                ]
            )
        return (
            d.L(
                "Mietinstrumente – offene Verträge",
                "Instruments en location – contrats en cours",
                "Strumenti a noleggio – contratti attivi",
                "Rental instruments – open agreements",
            )
            + "\n\n"
            + d.table(hdr, rows)
        )
    if v == 2:
        staff = d.person()
        q = "\n".join(
            [
                d.salute(parent),
                "",
                d.L(
                    f"der Mietkauf für {d.name(kid, 'first')}s {inst} ({contract}) läuft seit {d.c([10, 14, 18])} "
                    "Monaten. "
                    f"{d.name(teacher, 'full')} empfiehlt ab Herbst die nächste Größe. Sie können tauschen oder das "
                    f"Instrument mit {d.money(d.n(80, 400))} Restbetrag übernehmen.",
                    f"la location-vente du {inst} de {d.name(kid, 'first')} ({contract}) court depuis "
                    f"{d.c([10, 14, 18])} mois. {d.name(teacher, 'full')} recommande la taille supérieure à la "
                    f"rentrée. Vous pouvez échanger ou racheter l'instrument pour {d.money(d.n(80, 400))}.",
                    f"il noleggio del {inst} di {d.name(kid, 'first')} ({contract}) dura da {d.c([10, 14, 18])} mesi. "
                    f"{d.name(teacher, 'full')} consiglia la misura successiva da settembre. Potete cambiarlo o "
                    f"riscattarlo con {d.money(d.n(80, 400))}.",
                    f"{d.name(kid, 'first')}'s {inst} ({contract}) has been on rent-to-own for {d.c([10, 14, 18])} "
                    "months. "
                    f"{d.name(teacher, 'full')} suggests moving up a size in the autumn. You can swap or buy it out "
                    "for "
                    f"{d.money(d.n(80, 400))}.",
                ),
                "",
                d.greet_close(),
                d.sig(
                    staff,
                    [shop["name"], d.a_line(shop["addr"], ", "), f"{d.tel_label()} {d.PH(shop['phone'])}"],
                    d.c(["block", "pipe"]),
                ),
            ]
        )
        if d.locale == "de_CH":
            q = q.replace("Größe", "Grösse")
        body = "\n".join(
            [
                d.salute(staff) + ",",
                "",
                d.L(
                    f"wir möchten tauschen. {d.name(kid, 'first')} kommt am Samstag mit {d.g(kid, 'seinem', 'ihrem')} "
                    f"Opa {d.name(d.relative(parent, 'm'), 'full')} vorbei. Bitte die Miete weiter von "
                    f"{d.IB(d.iban())} abbuchen. Neue Handynummer: {d.PH(d.phone('mobile'))}.",
                    f"nous souhaitons échanger. {d.name(kid, 'first')} passera samedi avec son grand-père "
                    f"{d.name(d.relative(parent, 'm'), 'full')}. Merci de continuer à prélever sur {d.IB(d.iban())}. "
                    f"Nouveau portable : {d.PH(d.phone('mobile'))}.",
                    f"vorremmo cambiarlo. {d.name(kid, 'first')} passerà sabato con il nonno "
                    f"{d.name(d.relative(parent, 'm'), 'full')}. Continuate pure ad addebitare su {d.IB(d.iban())}. "
                    f"Nuovo cellulare: {d.PH(d.phone('mobile'))}.",
                    f"we'd like to swap. {d.name(kid, 'first')} will come in on Saturday with Grandpa "
                    f"{d.name(d.relative(parent, 'm'), 'full')}. Please keep collecting the fee from "
                    f"{d.IB(d.iban()) if d.country != 'US' else 'the same account'}. New mobile: "
                    f"{d.PH(d.phone('mobile'))}.",
                ),
                "",
                d.greet_close(),
                d.name(parent, "full"),
            ]
        )
        head = d.mail_head(d.who(parent, d.email(parent)), shop["role"], f"Re: {contract}")
        return head + "\n\n" + body + "\n\n" + d.quoted(f"{shop['name']} <{shop['role']}>", d.earlier(2, 9), q)
    # v3: web-shop rental export + workshop chat
    recs = []
    ppl = []
    for _ in range(d.n(2, 3)):
        p = d.person()
        ppl.append(p)
        a = d.addr()
        recs.append(
            {
                "order": f"R-{d.n(100000, 999999)}",
                "customer": d.name(p, "full"),
                "email": d.E(d.email(p)),
                "shipping": f"{d.A(a.street)}, {d.A(a.town_line)}",
                "item": f"{d.c(INSTRUMENTS[d.lang])}",
                "plan": d.c(["rent-to-own 12", "rent 3 months", "rent-to-own 24"]),
                "card": d.CC(d.card()) if d.p(0.25) else d.masked_card(),
                "ip": d.IP(d.ip()),
            }
        )
    luthier, s2 = d.person(), d.person(nick=True)
    cust = d.person()
    msgs = [
        (
            d.name(s2, "nick"),
            d.L(
                f"Cello von {d.name(cust, 'full')} ist zurück, Steg gebrochen",
                f"le violoncelle de {d.name(cust, 'full')} est revenu, chevalet cassé",
                f"è tornato il violoncello di {d.name(cust, 'full')}, ponticello rotto",
                f"{d.name(cust, 'full')}'s cello is back, bridge snapped",
            ),
        ),
        (
            d.name(luthier, "first"),
            d.L(
                f"mach ich bis Freitag. Ruf {d.g(cust, 'ihn', 'sie')} an: {d.PH(d.phone('mobile'))}",
                f"je le fais d'ici vendredi, appelle au {d.PH(d.phone('mobile'))}",
                f"lo sistemo entro venerdì, chiama il {d.PH(d.phone('mobile'))}",
                f"done by Friday. Call them on {d.PH(d.phone('mobile'))}",
            ),
        ),
    ]
    return d.jsonl(recs) + "\n\n" + d.chat(msgs)


REQUESTS["debtadvice"] = {
    "de": [
        "Bitte erstelle aus den Angaben einen übersichtlichen Schuldenplan.",
        "Formuliere das Vergleichsangebot an den Gläubiger etwas freundlicher.",
        "Was muss ich beim Erstgespräch noch abfragen?",
    ],
    "fr": [
        "Fais un plan de désendettement lisible à partir de ces données.",
        "Reformule la proposition au créancier de façon plus aimable.",
        "Que dois-je encore demander au premier rendez-vous ?",
    ],
    "it": [
        "Prepara un piano dei debiti chiaro da questi dati.",
        "Riformula la proposta al creditore in modo più cortese.",
        "Cosa devo ancora chiedere al primo colloquio?",
    ],
    "en": [
        "Turn this into a clear debt plan.",
        "Make the offer letter to the creditor a bit friendlier.",
        "What else should I ask at the first appointment?",
    ],
}
CREDITORS = {
    "DE": [
        "Stadtwerke",
        "Vodafone",
        "Otto Versand",
        "Klarna",
        "Santander Consumer Bank",
        "Krankenkasse (Beiträge)",
        "Finanzamt",
        "Vermieter",
    ],
    "AT": ["Wien Energie", "A1 Telekom", "Magenta", "BAWAG", "Finanzamt Österreich", "Versandhaus"],
    "CH-de": ["Steueramt", "Krankenkasse", "Swisscom", "Cembra Money Bank", "Zalando", "Serafe"],
    "CH-fr": ["Office des impôts", "caisse maladie", "Swisscom", "Cembra Money Bank", "Zalando", "Serafe"],
    "CH-it": ["Ufficio delle imposte", "cassa malati", "Swisscom", "Cembra Money Bank", "Zalando", "Serafe"],
    "FR": ["EDF", "Orange", "Cofidis", "Sofinco", "Trésor public", "bailleur"],
    "IT": ["Enel Energia", "TIM", "Agos Ducato", "Findomestic", "Agenzia delle Entrate", "condominio"],
    "GB": ["British Gas", "council tax", "Barclaycard", "Vodafone", "HMRC", "landlord"],
    "US": ["Capital One", "Discover", "medical bill", "Comcast", "student loan servicer", "landlord"],
}
AGENCIES = ["Inkasso Nord GmbH", "Creditreform", "EOS", "Intrum", "Lowell", "Recouvrement Sud", "Inkasso Alpen AG"]


def gen_debtadvice(d: Doc, v: int) -> str:
    t = d.town()
    names = d.LL(
        [
            "Schuldnerberatung der Diakonie",
            "Schuldner- und Insolvenzberatung Caritas",
            "Schuldenberatung Stadt",
            "Budgetberatung Plusminus",
        ],
        ["Service de conseil en désendettement", "Caritas – conseil budgétaire", "Dettes Conseils"],
        ["Sportello consulenza debiti", "Caritas – consulenza debiti", "Servizio consulenza budget"],
        ["Citizens Advice debt service", "StepForward Debt Advice", "Community Money Advice"],
    )
    org = d.biz(names, t)
    cl = d.person()
    cdob = d.dob(22, 75)
    home = d.addr(t if d.p(0.7) else None)
    couns = d.person()
    cmail = d.email(couns, "work", org["domain"])
    creds = d.sample(CREDITORS[d.region], 4)
    if v == 0:
        hh = []
        if d.p(0.7):
            sp = d.relative(cl, "f" if cl.gender == "m" else "m")
            hh.append(
                (
                    sp,
                    d.dob(22, 70),
                    d.L(d.g(sp, "Partner", "Partnerin"), d.g(sp, "conjoint", "conjointe"), "coniuge", "partner"),
                )
            )
        for _ in range(d.n(0, 2)):
            hh.append((d.relative(cl), d.dob(1, 17), d.L("Kind", "enfant", "figlio/a", "child")))
        lab = d.LL(
            [
                "Name",
                "Geburtsdatum",
                "Anschrift",
                "Telefon",
                "Familienstand",
                "Arbeitgeber",
                "Nettoeinkommen",
                "Miete",
                "Konto (P-Konto)",
                "Haushalt",
                "Berater/in",
            ],
            [
                "Nom",
                "Date de naissance",
                "Adresse",
                "Téléphone",
                "Situation familiale",
                "Employeur",
                "Revenu net",
                "Loyer",
                "Compte",
                "Ménage",
                "Conseiller/ère",
            ],
            [
                "Nome",
                "Data di nascita",
                "Indirizzo",
                "Telefono",
                "Stato civile",
                "Datore di lavoro",
                "Reddito netto",
                "Affitto",
                "Conto",
                "Nucleo familiare",
                "Consulente",
            ],
            [
                "Name",
                "Date of birth",
                "Address",
                "Phone",
                "Marital status",
                "Employer",
                "Net income",
                "Rent",
                "Bank account",
                "Household",
                "Adviser",
            ],
        )
        items = [
            d.L(
                "ERSTGESPRÄCH – AUFNAHMEBOGEN",
                "PREMIER ENTRETIEN – FICHE D'ACCUEIL",
                "PRIMO COLLOQUIO – SCHEDA",
                "FIRST APPOINTMENT – INTAKE",
            ),
            (lab[0], d.name(cl, d.c(["full", "lf", "LF"]))),
            (lab[1], d.fmt_dob(cdob)),
            (lab[2], d.a_line(home)),
            (lab[3], d.PH(d.phone("mobile"))),
            (
                lab[4],
                d.L(
                    ["verheiratet", "ledig", "getrennt lebend", "geschieden"],
                    ["marié(e)", "célibataire", "séparé(e)", "divorcé(e)"],
                    ["coniugato/a", "celibe/nubile", "separato/a", "divorziato/a"],
                    ["married", "single", "separated", "divorced"],
                ),
            ),
            (lab[5], d.c(COMPANIES[d.lang])),
            (lab[6], d.money(d.n(900, 3200))),
            (lab[7], d.money(d.n(350, 1400))),
        ]
        if d.country == "CH":
            items.append((d.L("AHV-Nr.", "N° AVS", "N. AVS", "AHV no."), d.AHV(d.ahv())))
        if d.country != "US":
            items.append((lab[8], d.IB(d.iban())))
        if hh:
            items.append(
                (
                    lab[9],
                    "; ".join(
                        f"{d.name(p, 'first' if role in ('Kind', 'enfant', 'figlio/a', 'child') else 'full')}"
                        f" ({role}, {d.fmt_dob(b)})"
                        for p, b, role in hh
                    ),
                )
            )
        if d.p(0.5):
            items.append(
                (
                    d.L("Unterhaltspflicht", "Pension alimentaire", "Assegno di mantenimento", "Child support"),
                    d.L(
                        f"1 Kind aus 1. Ehe (Jahrgang {d.today.year - d.n(6, 17)}), {d.money(d.n(200, 450))}",
                        f"1 enfant d'une 1re union (né en {d.today.year - d.n(6, 17)}), {d.money(d.n(200, 450))}",
                        f"1 figlio dal 1° matrimonio (classe {d.today.year - d.n(6, 17)}), {d.money(d.n(200, 450))}",
                        f"1 child from a previous relationship (born {d.today.year - d.n(6, 17)}), "
                        f"{d.money(d.n(200, 450))}",
                    ),
                )
            )
        items.append((lab[10], d.name(couns, "full")))
        hdr = d.LL(
            ["Gläubiger", "Aktenzeichen", "Forderung"],
            ["Créancier", "Référence", "Montant"],
            ["Creditore", "Riferimento", "Importo"],
            ["Creditor", "Reference", "Amount"],
        )
        rows = [
            [c, f"{d.c(['AZ', 'REF', 'K'])}-{d.n(100000, 9999999)}", d.money(d.n(80, 9000) + d.c([0, 0.5]))]
            for c in creds
        ]
        return d.form(items) + "\n\n" + d.table(hdr, rows, d.c(["md", "fixed", "md_aligned"]))
    if v == 1:
        hdr = d.LL(
            ["Gläubiger", "vertreten durch", "Sachbearbeiter/in", "Telefon", "Aktenzeichen", "Forderung", "Stand"],
            ["Créancier", "représenté par", "Gestionnaire", "Téléphone", "Référence", "Montant", "Statut"],
            ["Creditore", "tramite", "Referente", "Telefono", "Riferimento", "Importo", "Stato"],
            ["Creditor", "via", "Contact", "Phone", "Reference", "Amount", "Status"],
        )
        rows = []
        for c in creds:
            clerk = d.person()
            rows.append(
                [
                    c,
                    d.c(AGENCIES) if d.p(0.5) else "–",
                    d.name(clerk, d.c(["full", "title_last"]) if False else d.c(["full", "init", "lf"])),
                    d.PH(d.phone("landline", d.town())),
                    f"{d.n(100000, 9999999)}",
                    d.money(d.n(80, 9000) + d.c([0, 0.5])),
                    d.c(
                        d.LL(
                            ["Mahnung", "Titel", "Ratenzahlung", "offen"],
                            ["relance", "titre exécutoire", "échéancier", "ouvert"],
                            ["sollecito", "decreto ingiuntivo", "rateizzato", "aperto"],
                            ["reminder", "CCJ", "payment plan", "open"],
                        )
                    ),
                ]
            )
        head = d.L(
            f"Gläubigerliste – Klient/in {d.name(cl, 'full')} ({d.dob_cue(cl)} {d.fmt_dob(cdob)})",
            f"Liste des créanciers – {d.name(cl, 'full')} ({d.dob_cue(cl)} {d.fmt_dob(cdob)})",
            f"Elenco creditori – {d.name(cl, 'full')} ({d.dob_cue(cl)} {d.fmt_dob(cdob)})",
            f"Creditor list – client {d.name(cl, 'full')} ({d.dob_cue(cl)} {d.fmt_dob(cdob)})",
        )
        if d.lang == "de":
            head = head.replace("Klient/in", d.g(cl, "Klient", "Klientin"))
        return head + "\n\n" + d.table(hdr, rows)
    if v == 2:
        clerk = d.person()
        cred = creds[0]
        agency = d.c(AGENCIES)
        aa = d.addr()
        ref = f"{d.n(100000, 9999999)}"
        offer = d.money(d.n(300, 2500))
        lines = [
            d.letterhead(org, "line"),
            "",
            agency,
            f"{d.title(clerk).replace('Herr', 'Herrn')} {d.name(clerk, 'full')}",
            d.a_block(aa),
            "",
            f"{t.name}, {d.date()}",
            "",
            d.L(
                f"Ihr Zeichen {ref} – {d.name(cl, 'full')}, {d.dob_cue(cl)} {d.fmt_dob(cdob)}, {d.a_line(home)}",
                f"Votre réf. {ref} – {d.name(cl, 'full')}, {d.dob_cue(cl)} {d.fmt_dob(cdob)}, {d.a_line(home)}",
                f"Vs. rif. {ref} – {d.name(cl, 'full')}, {d.dob_cue(cl)} {d.fmt_dob(cdob)}, {d.a_line(home)}",
                f"Your ref. {ref} – {d.name(cl, 'full')}, {d.dob_cue(cl)} {d.fmt_dob(cdob)}, {d.a_line(home)}",
            ),
            "",
            d.salute(clerk) + ",",
            "",
            d.L(
                f"wir beraten {d.g(cl, 'Herrn', 'Frau')} {d.name(cl, 'last')} in der Schuldenregulierung. Die "
                f"Forderung von {cred} kann nicht voll bedient werden; wir bieten einen Einmalbetrag von {offer} "
                f"zur vollständigen Erledigung an. Bitte bestätigen Sie uns das schriftlich und nennen Sie uns "
                f"das Zielkonto.",
                f"nous accompagnons {d.g(cl, 'M.', 'Mme')} {d.name(cl, 'last')} dans son désendettement. La "
                f"créance {cred} ne peut être réglée intégralement ; nous proposons un versement unique de "
                f"{offer} pour solde de tout compte.",
                f"seguiamo {d.g(cl, 'il signor', 'la signora')} {d.name(cl, 'last')} nella gestione dei debiti. "
                f"Il credito {cred} non può essere saldato per intero; proponiamo un importo unico di {offer} a "
                f"saldo e stralcio.",
                f"we are advising {d.title(cl)} {d.name(cl, 'last')} on their debts. The {cred} balance cannot be "
                f"repaid in full; we offer a one-off payment of {offer} in full and final settlement.",
            ),
            "",
            d.greet_close(),
            "",
            d.sig(
                couns,
                [
                    d.L("Schuldnerberatung", "Conseil en désendettement", "Consulenza debiti", "Debt adviser"),
                    f"{d.tel_label()} {d.PH(d.phone('landline', t))}",
                    d.E(cmail),
                ],
                "block",
            ),
        ]
        return "\n".join(lines)
    # v3: appointment booking export + counsellors' chat
    recs = []
    ppl = []
    for _ in range(d.n(2, 4)):
        p = d.person()
        ppl.append(p)
        recs.append(
            [
                d.n(1000, 9999),
                d.name(p, "full"),
                d.E(d.email(p)),
                d.PH(d.phone("mobile")),
                f"{d.later(2, 30).isoformat()} {d.n(8, 16):02d}:00",
                d.c(
                    d.LL(
                        ["Erstgespräch", "Folgetermin"],
                        ["premier rdv", "suivi"],
                        ["primo colloquio", "seguito"],
                        ["first", "follow-up"],
                    )
                ),
                d.IP(d.ip()),
            ]
        )
    hdr = ["id", "name", "email", "phone", "slot", "type", "ip"]
    c2 = d.person()
    msgs = [
        (
            d.name(couns, "first"),
            d.L(
                f"{d.name(ppl[0], 'last')} hat online gebucht, ist das die mit dem Räumungstermin?",
                f"{d.name(ppl[0], 'last')} a réservé en ligne, c'est le dossier avec l'expulsion ?",
                f"{d.name(ppl[0], 'last')} ha prenotato online, è quello con lo sfratto?",
                f"{d.name(ppl[0], 'last')} booked online, is that the eviction case?",
            ),
        ),
        (
            d.name(c2, "first"),
            d.L(
                "ja, dringend. Bitte vorziehen",
                "oui, urgent. à avancer",
                "sì, urgente. anticipare",
                "yes, urgent. move it up",
            ),
        ),
    ]
    return d.table(hdr, recs, d.c(["csv", "tsv", "md"])) + "\n\n" + d.chat(msgs)


REQUESTS["ithandover"] = {
    "de": [
        "Bitte mach aus dem Übergabeprotokoll eine Checkliste fürs Offboarding.",
        "Kannst du die Inventarliste nach Standort sortieren?",
        "Formuliere eine kurze Antwort an HR.",
    ],
    "fr": [
        "Transforme ce procès-verbal en checklist de départ.",
        "Trie l'inventaire par site.",
        "Rédige une réponse courte aux RH.",
    ],
    "it": [
        "Trasforma il verbale in una checklist di uscita.",
        "Ordina l'inventario per sede.",
        "Scrivi una breve risposta all'HR.",
    ],
    "en": [
        "Turn this handover record into an offboarding checklist.",
        "Sort the asset list by site.",
        "Draft a short reply to HR.",
    ],
}
DEVICES = [
    "Lenovo ThinkPad T14 Gen 4",
    "Dell Latitude 5440",
    "HP EliteBook 840 G10",
    'MacBook Pro 14" M3',
    "Microsoft Surface Laptop 5",
    "Lenovo ThinkPad X1 Carbon",
]
PHONES = ["iPhone 15", "iPhone 14", "Samsung Galaxy S23", "Google Pixel 8", "Samsung Galaxy A54"]


def imei(d: Doc) -> str:
    body = "35" + d.digits(12)
    return body + luhn_digit(body)


def gen_ithandover(d: Doc, v: int) -> str:
    company = d.c(
        [
            c
            for c in COMPANIES[d.lang]
            if not re.search(
                r"Gasthof|Apotheke|Baumarkt|Boulangerie|Garage|"
                r"Farmacia|Dental|Quincaillerie",
                c,
            )
        ]
        + TECH[d.lang]
    )
    cdom = d.domain_for(company)
    emp = d.person()
    emp_mail = d.email(emp, "work", cdom)
    it = d.person()
    it_mail = d.email(it, "work", cdom)
    pnr = f"{d.n(1000, 99999)}"
    dev = d.c(DEVICES)
    ph = d.c(PHONES)
    if v == 0:
        home = d.addr()
        sim = d.phone("mobile")
        lab = d.LL(
            [
                "Mitarbeiter/in",
                "Personalnr.",
                "Abteilung",
                "Eintritt",
                "Versandadresse Homeoffice",
                "Geräte",
                "Ausgegeben von",
            ],
            [
                "Collaborateur/trice",
                "Matricule",
                "Service",
                "Entrée",
                "Adresse d'envoi (télétravail)",
                "Matériel",
                "Remis par",
            ],
            [
                "Dipendente",
                "Matricola",
                "Reparto",
                "Assunzione",
                "Indirizzo di spedizione (smart working)",
                "Dotazioni",
                "Consegnato da",
            ],
            [
                "Employee",
                "Employee no.",
                "Department",
                "Start date",
                "Home office shipping address",
                "Equipment",
                "Issued by",
            ],
        )
        items = [
            d.L(
                "IT-Übergabeprotokoll",
                "Procès-verbal de remise du matériel informatique",
                "Verbale di consegna dotazioni IT",
                "IT equipment handover record",
            ),
            (lab[0], d.name(emp, d.c(["full", "lf", "LF"]))),
            (lab[1], pnr),
            (
                lab[2],
                d.c(
                    d.LL(
                        ["Vertrieb", "Buchhaltung", "Einkauf", "Marketing"],
                        ["Ventes", "Comptabilité", "Achats", "Marketing"],
                        ["Vendite", "Contabilità", "Acquisti", "Marketing"],
                        ["Sales", "Finance", "Procurement", "Marketing"],
                    )
                ),
            ),
            (lab[3], d.date(d.later(1, 20))),
            (lab[4], d.a_line(home)),
        ]
        hdr = d.LL(
            ["Gerät", "Modell", "Seriennr.", "Inventar", "Bemerkung"],
            ["Appareil", "Modèle", "N° de série", "Inventaire", "Remarque"],
            ["Dispositivo", "Modello", "N. serie", "Inventario", "Nota"],
            ["Device", "Model", "Serial", "Asset tag", "Note"],
        )
        rows = [
            [
                d.L("Notebook", "Portable", "Portatile", "Laptop"),
                dev,
                f"{d.c(['PF', 'CN', 'C02', '5CG'])}{d.r.randrange(16**6):06X}",
                f"INV-{d.n(10000, 99999)}",
                f"MAC {mac(d)}",
            ],
            [
                d.L("Diensthandy", "Téléphone pro", "Telefono aziendale", "Work phone"),
                ph,
                f"IMEI {imei(d)}",
                f"INV-{d.n(10000, 99999)}",
                f"{d.L('Nummer', 'numéro', 'numero', 'number')} {d.PH(sim)}",
            ],
            [
                d.L("Monitor", "Écran", "Monitor", "Monitor"),
                d.c(["Dell P2723D", "LG 27UL500", "Samsung S27"]),
                f"{d.r.randrange(16**8):08X}",
                f"INV-{d.n(10000, 99999)}",
                "",
            ],
            [
                "Headset",
                d.c(["Jabra Evolve2 65", "Poly Voyager 4320"]),
                f"{d.n(10**9, 10**10 - 1)}",
                f"INV-{d.n(10000, 99999)}",
                "",
            ],
        ]
        sig = d.L(
            "Unterschrift Mitarbeiter/in: __________   Unterschrift IT: __________",
            "Signature collaborateur : __________   Signature IT : __________",
            "Firma dipendente: __________   Firma IT: __________",
            "Employee signature: __________   IT signature: __________",
        )
        return (
            d.form(items + [(lab[6], f"{d.name(it, 'full')} ({d.E(it_mail)})")])
            + "\n\n"
            + d.table(hdr, rows)
            + "\n\n"
            + sig
        )
    if v == 1:
        rows = []
        for _ in range(d.n(4, 7)):
            p = d.person()
            model = d.c(DEVICES + PHONES + ["iPad Air", "Samsung Galaxy Tab S9"])
            typ = "laptop" if model in DEVICES else ("tablet" if "Tab" in model or "iPad" in model else "phone")
            rows.append(
                [
                    f"A{d.n(10000, 99999)}",
                    typ,
                    model,
                    d.name(p, "full"),
                    d.E(d.email(p, "work", cdom)),
                    d.c(["HQ", "Remote", "Branch", d.town().name]),
                    d.IP(d.ip()) if d.p(0.8) else "",
                    d.lan_ip(),
                    d.c(["14.6.1", "23H2", "22H2", "17.5", "Android 14"]),
                ]
            )
        hdr = ["asset", "type", "model", "assignee", "assignee_email", "site", "last_public_ip", "last_lan_ip", "os"]
        intro = d.L(
            "Export Inventar (MDM), Stand heute:",
            "Export inventaire (MDM) au jour :",
            "Export inventario (MDM), aggiornato a oggi:",
            "MDM asset export as of today:",
        )
        return intro + "\n" + d.table(hdr, rows, d.c(["csv", "tsv", "csv_semi", "md"]))
    if v == 2:
        hr = d.person()
        hr_mail = d.email(hr, "work", cdom)
        mgr = d.person()
        home = d.addr()
        last_day = d.later(3, 25)
        priv = d.email(emp)
        q = "\n".join(
            [
                d.salute(it, formal=False) + ",",
                "",
                d.L(
                    f"{d.name(emp, 'full')} (Personalnr. {pnr}, Team von {d.name(mgr, 'full')}) verlässt uns zum "
                    f"{d.date(last_day)}. Bitte die Geräte zurückholen. Private Kontaktdaten: {d.E(priv)}, "
                    f"{d.PH(d.phone('mobile'))}, {d.a_line(home)}.",
                    f"{d.name(emp, 'full')} (matricule {pnr}, équipe de {d.name(mgr, 'full')}) nous quitte le "
                    f"{d.date(last_day)}. Merci de récupérer le matériel. Coordonnées privées : {d.E(priv)}, "
                    f"{d.PH(d.phone('mobile'))}, {d.a_line(home)}.",
                    f"{d.name(emp, 'full')} (matricola {pnr}, team di {d.name(mgr, 'full')}) lascia l'azienda il "
                    f"{d.date(last_day)}. Vi chiedo di ritirare le dotazioni. Contatti privati: {d.E(priv)}, "
                    f"{d.PH(d.phone('mobile'))}, {d.a_line(home)}.",
                    f"{d.name(emp, 'full')} (employee no. {pnr}, {d.name(mgr, 'full')}'s team) leaves on "
                    f"{d.date(last_day)}. Please collect the equipment. Private contact details: {d.E(priv)}, "
                    f"{d.PH(d.phone('mobile'))}, {d.a_line(home)}.",
                ),
                "",
                d.greet_close(False),
                d.name(hr, "first"),
            ]
        )
        body = "\n".join(
            [
                d.salute(hr, formal=False) + ",",
                "",
                d.L(
                    f"danke. Wir schicken {d.name(emp, 'first')} ein Rücksendelabel an {d.A(home.street)} für "
                    f"{dev} und {ph}; die Nummer wird zum {d.date(last_day)} gekündigt bzw. auf Wunsch privat "
                    f"übertragen. Accounts sperren wir am letzten Tag um 18 Uhr.",
                    f"merci. Nous envoyons à {d.name(emp, 'first')} une étiquette de retour au {d.A(home.street)} "
                    "pour le "
                    f"{dev} et le {ph} ; la ligne sera résiliée le {d.date(last_day)} ou transférée à titre privé. "
                    f"Les comptes seront bloqués le dernier jour à 18h.",
                    f"grazie. Mandiamo a {d.name(emp, 'first')} un'etichetta di reso in {d.A(home.street)} per {dev} e "
                    f"{ph}; la linea verrà disdetta il {d.date(last_day)} o trasferita a titolo privato. Gli account "
                    f"vengono bloccati l'ultimo giorno alle 18.",
                    f"thanks. We'll send {d.name(emp, 'first')} a returns label to {d.A(home.street)} for the {dev} "
                    "and "
                    f"the {ph}; the number is cancelled on {d.date(last_day)} or ported privately if wanted. Accounts "
                    f"are locked at 6pm on the last day.",
                ),
                "",
                d.greet_close(False),
                d.sig(it, ["IT Service Desk", company, f"{d.tel_label()} {d.PH(d.phone('landline'))}"], "dash"),
            ]
        )
        head = d.mail_head(d.who(it, it_mail), d.who(hr, hr_mail), f"Re: Offboarding {d.name(emp, 'last')}")
        return head + "\n\n" + body + "\n\n" + d.quoted(d.who(hr, hr_mail), d.earlier(1, 3), q)
    # v3: helpdesk ticket with VPN log
    ticket = f"INC{d.n(1000000, 9999999)}"
    uid = f"u{d.n(10000, 99999)}"
    lines = []
    t0 = dt.datetime.combine(d.today, dt.time(d.n(6, 9), d.n(0, 59)))
    pub = d.ip()
    for _ in range(d.n(4, 6)):
        t0 += dt.timedelta(minutes=d.n(1, 40), seconds=d.n(0, 59))
        ev = d.c(["auth_ok", "auth_fail", "tunnel_up", "tunnel_down", "mfa_timeout"])
        src = pub if d.p(0.8) else d.ip()
        lines.append(f"{t0:%Y-%m-%d %H:%M:%S} vpn-gw01 user={uid} src={d.IP(src)} assigned={d.lan_ip()} event={ev}")
    body = [
        f"{d.L('Ticket', 'Ticket', 'Ticket', 'Ticket')} {ticket} – "
        f"{d.L('VPN bricht ab', 'VPN se coupe', 'VPN cade', 'VPN keeps dropping')}",
        f"{d.L('Melder/in', 'Demandeur', 'Richiedente', 'Caller')}: {d.name(emp, d.c(['full', 'lf']))} "
        f"({d.E(emp_mail)}, {d.PH(d.phone('mobile'))})",
        f"{d.L('Zugewiesen', 'Assigné à', 'Assegnato a', 'Assigned to')}: {d.name(it, 'full')}",
        "",
        d.L(
            f"{d.name(emp, 'first')} arbeitet heute von zu Hause, Router ist neu. Log vom Gateway:",
            f"{d.name(emp, 'first')} est en télétravail aujourd'hui, nouvelle box. Log de la passerelle :",
            f"{d.name(emp, 'first')} oggi lavora da casa, router nuovo. Log del gateway:",
            f"{d.name(emp, 'first')} is working from home today, new router. Gateway log:",
        ),
        "",
        "\n".join(lines),
        "",
        d.L(
            f"Notiz {d.name(it, 'first')}: MFA-App neu registriert, danach stabil.",
            f"Note {d.name(it, 'first')} : appli MFA réenregistrée, stable depuis.",
            f"Nota {d.name(it, 'first')}: app MFA registrata di nuovo, poi stabile.",
            f"Note from {d.name(it, 'first')}: re-enrolled the MFA app, stable since.",
        ),
    ]
    return "\n".join(body)


if __name__ == "__main__":
    main()
