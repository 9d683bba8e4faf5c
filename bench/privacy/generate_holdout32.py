"""Thirty-second blind evaluation set ("holdout32") for the anonymizer.

Blind set 32, written 2026-12-06 by a helper session that read only the module docstrings of generate_holdout29.py,
generate_holdout30.py and generate_holdout31.py (``ast.get_docstring``), the module docstring of evaluate.py
(``ast.get_docstring``) and the source of its function evaluate_synthetic (``ast.get_source_segment``; the helpers it
calls - ``_covered``, ``Counts``, ``_held_out``, ``_fmt`` - were not extracted), plus Faker (the venv's Faker 40.54.0:
which person-provider locales exist, the attribute names, types and sizes of their name lists with their first two
entries, and a listing of the entries of the lists used here that fail a name-shape test - names with spaces, dots,
odd characters, lower-case starts -, so that they could be filtered) and the standard library.  It did not read the
detectors (src/), the tests, the docs, README files, pyproject.toml, the bodies of the other generators or of
templates.py, any data set text, or any other code of evaluate.py, and ran no git command besides
``git worktree add -q`` for its own worktree (/tmp/h32, branch holdout32; its output was redirected, nothing was
printed) and, at the end, adding and committing its three files, reading the new commit's hash and amending the
commit for this sentence; it never ran ``git status``.  Slips, none of them showing detector code, test code or data
set text: after the first commit it ran ``git show --stat --format= HEAD`` (it printed the names and line counts of its
own three files) and ``git diff --cached --name-only HEAD~1 HEAD`` piped into ``head -0`` (it printed nothing), and
after the first amend ``git log -1 --format=%H%n%s`` (it printed its own commit's hash and subject); right after
``git worktree add`` it ran ``ls -d`` on the paths of the four files it was allowed to
read (it printed the four paths); the first print of the three docstrings and of evaluate_synthetic was cut in the
middle by the tool's output limit, so the same four docstrings were written to a scratch file in /tmp and read again
in parts with ``sed``; in evaluate.py it found the places to edit with ``grep -n`` ("range(2, 32)", "holdout31]" and
the end of the holdout31 sentence), which printed the usage line, the end line of the holdout31 sentence and the
argparse line that builds the split choices (one line of code outside the docstring), checked its own edit with
``grep -n`` ("holdout32", "range(2, 33)": its own lines) and an ``awk`` for lines longer than 120 characters (it
printed nothing), and ran ``evaluate.py --help`` once, piped into ``grep -o holdout32``; it ran the venv's ruff
(check, and format with ``--line-length 120``; both pick up the project's ruff configuration without printing it) on
its own script.  In evaluate.py it edited only the module docstring (this set's sentence) and the two places that list
the holdout splits (usage line, ``range(2, 32)`` -> ``range(2, 33)``).  tarnkappe is never imported; the set was never
run through the anonymizer or evaluate.py's evaluation while it was written.  The written file was checked only by the
generator's own assertions (``text[start:end] == text``, no surrounding white space, sorted and non-overlapping spans,
no name split into two PERSON spans separated by a single space, no digits in a PERSON span, every IBAN mod 97, every
card Luhn and of card length, every AHV number EAN-13 and starting with 756, e-mail shape, every IP a global address,
and consistency: no labelled value of five or more characters and no word of three or more letters of a labelled name -
particles excepted - occurs unlabelled elsewhere in the same document, case-sensitively and at word boundaries; a
document failing any of these is drawn again from the seed ``"holdout32|<genre>|<i>|retry<k>"`` - four of the 1,300
needed that), by a re-check of the written file with the same function, by a check that the output is identical under
two PYTHONHASHSEED values (0 and 12345; same SHA-256), and by reading its own output (``--show``, about 120 documents
across all genres, variants and locales) and ``--scan``: unlabelled e-mail addresses (only role mailboxes: info@,
service@, bestellung@, commandes@, gutscheine@, orders@, reservierung@, bookings@, dispo@, contact@, sav@, ordini@,
preventivi@, assistenza@, bons@, botendienst@, angebot@, prescriptions@, verkauf@, kundendienst@, prenotazioni@,
quotes@, reservation@, sales@, vouchers@, einsatz@, enquiries@, lavoro@, offerte@), unlabelled IPv4 addresses (only 27
LAN addresses 10.x / 192.168.x in smart-thermostat portal logs), unlabelled long digit runs (only dates with times,
appliance, boiler and other serial numbers, French driving-licence numbers, order / booking / lead numbers next to
dates in tables, and LAN addresses, unlabelled on purpose) and unlabelled repeats of the words of labelled names,
matched case-insensitively (only the particles "von", "der", "den", "vom" and "zum" as ordinary words - mostly the
mail header "Von:" and "die Medikamente für", "Auszug von" style phrases -, the German "morgen" (tomorrow) in a chat
with a person called Morgen, the French "petit" in "mon petit est malade" with a person called Petit, and the English
"will" in "Card on file will be charged" with a person called Will).  Fixes after reading: German case slips ("mit
meine Frau", "an mein Nachbar", "für Herr", "Sehr geehrter Herrn"), a French "1e étage" and "devant le Rue ...",
e-mail domains cut in a word or built from "e" ("trasporti-e"), chat senders shown in two ways in one chat, one
person's work e-mail drawn anew in the same thread, the same street printed with two postcodes, German medicine names
and decimal commas in French, Italian and English documents, "neighbour" and "Chemist" in US documents, Swiss
employers in Austrian forms, "Geschäftsführerin" and "direttrice" for men, a company ordering client gifts for its own
staff, one client firm with two legal forms in one list, a key account "turning 60 in January" with another birth
year, delivery rounds, service routes, daycare applicants and moving jobs spread over distant cities, a "U15" team for
a nine-year-old, a player moving to the club he came from, a driving licence older than its holder, a voucher
redeemed before it was issued, a Visa number printed as "Mastercard", a "new number" equal to the old one, hourly
rates above the local level, a client called "new" who was already on the plan, old-fashioned first names for
toddlers, town-bound streets used elsewhere ("Lerchenfelder Gürtel" split into two streets, "Untere Donaulände"
outside Linz), duplicated medicines, unsorted portal logs and weekdays, a "Tourenplan" with overlapping slots.
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout32.jsonl: 1,300 documents, 12 genres (109 documents for the first four, 108
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout32|locales"``: de_DE 250, de_CH
195, de_AT 140, fr_CH 140, fr_FR 120, it_CH 100, it_IT 95, en_GB 140, en_US 120 (de 585, fr 260, it 195, en 260 -
45 / 20 / 15 / 20 %).
25,439 labelled values: PERSON 10,571, ADDRESS 5,442, PHONE 3,897, EMAIL 2,646, DOB 1,590, IP 875, IBAN 325, CARD 50,
AHV 43 (de 11,356, fr 5,099, it 3,896, en 5,088).  Per type and language (de / fr / it / en):
  PERSON 4,699 / 2,155 / 1,589 / 2,128; ADDRESS 2,504 / 1,058 / 802 / 1,078; PHONE 1,706 / 814 / 619 / 758;
  EMAIL 1,183 / 500 / 411 / 552; DOB 667 / 329 / 264 / 330; IP 388 / 153 / 144 / 190; IBAN 162 / 71 / 50 / 42;
  CARD 26 / 11 / 3 / 10; AHV 21 / 8 / 14 / 0.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11.7; the output does not depend on PYTHONHASHSEED - checked with two seeds):
``random.Random`` is seeded with the first 8 bytes of a SHA-256 of ``"holdout32|<genre>|<i>"``; Faker's own generator
is never used - names are drawn by that ``Random`` from the Faker person providers' lists (sorted; dicts by their keys;
entries failing the name-shape test left out; "Mcx" written "McX").  Streets (generic street names of each region -
no town-bound streets), towns, postcodes, phone numbers (area codes matching the town where a landline belongs to an
address; mobiles by national prefix), e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid
RIB key, Italian and San Marino ones with a computed CIN, Belgian ones with their mod-97 pair; now and then a
neighbouring country's IBAN - AT, NL, LU, DE, LI, BE, SM, IE; US documents have no IBANs but cards, checks or
masked cards), card numbers (Visa, Mastercard 51-55 and 2221-2720, Amex;
Luhn), AHV numbers (756, EAN-13 check digit, dotted or compact) and IP addresses (public IPv4 from common ISP ranges
of the country, about 18 % IPv6) come from lists and code written here.  Each record has ``id``
(``holdout32-<genre>-<NNN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``start``, ``end``, ``type``,
``text``).  Texts are written with every labelled value wrapped in a marker when it is placed; the markers survive
lower-casing, padding, CSV quoting, JSON / YAML values, HTML cells, OCR noise (applied outside the markers) and "> "
prefixes and are resolved to offsets at the end (de_CH documents get "ß" -> "ss" before that), so chat typing,
fixed-width and Markdown padding and quoted replies keep the labels exact.

Genres (ordinary business paperwork people at companies in Germany, Switzerland and Austria paste into an AI
assistant, each with a request in the document's language before or after it - about 7 % in English for non-English
documents and some in German for Swiss French / Italian ones -, sometimes fenced in ```, triple quotes, --- or
<<< >>>, now and then starting in lower case), chosen to differ from every genre named in the docstrings read
(evaluate.py lists the genres of holdout3..holdout31; of the brief's examples, piano tuners, beekeeping, hearing-aid
acousticians, language courses and exams, dog walking and pet boarding, theatre subscriptions, mountain huts,
locksmiths, tutoring, portrait photographers and wedding planning, home swaps, bicycles and notary appointments had
been used already, so none of them is here; near neighbours: product recalls (21) and repair-shop receipts (10) for
warranty claims; moving e-mail threads (5) for moving-company paperwork; youth sports registrations (10) and match
officials (22) for club transfers; window cleaners (24) and household employment (15) for cleaning services; online
pharmacy orders (11) and meals on wheels (23) for pharmacy delivery rounds; kindergarten pick-up authorisations (11)
and care-home waiting lists (25) for daycare places; shop loyalty exports (14) and prize draws (15) for gift vouchers;
used-car sale contracts (7) and car rentals (5) for test drives; applicant trackers (6) and HR onboarding (8) for
temp agencies; chimney sweep notices (14) and tradespeople's quotes (7) for boiler servicing; building and parking
permit applications (12) for private parking-space rentals; guest lists (6) and address label sheets (12) for client
gifts - the genres here are none of those):
 1. warranty - appliance warranty and guarantee claims (Garantieantrag, réclamation SAV, richiesta di intervento in
    garanzia, warranty claim): claim forms on a service centre's letterhead (separate surname / first-name fields or
    one name field, street and "postcode town" fields, mobile and landline, sometimes a date of birth "for
    identification", a second installation address, the partner as contact on site, refund IBAN and account holder;
    brands, models, serial numbers, receipt numbers, purchase dates and fault codes unlabelled; sometimes OCR noise),
    a customer's reply quoting the service desk (the engineer as "F. Last" and by surname, the partner's phone, a new
    number, refund IBAN, the agent's work e-mail and direct line), claims lists with a staff chat (a pick-up street, a
    customer's new number), extended-warranty registrations as JSON (ISO or document-shape dates of birth, IPs, full
    or masked cards; firmware versions unlabelled) with a support note naming a duplicate registrant;
 2. movers - moving companies (Umzug, Zügeln, Übersiedlung, déménagement, trasloco, removals): quotes after a survey
    (customer block, moving-from and moving-to addresses with floors, the surveyor as "F. Last", volume, price,
    deposit IBAN, parking-permit street), moving inventories as fixed-width, Markdown, pipe or TSV tables (rooms and
    items unlabelled; a sibling helping with the piano, the landlord by title and surname with phone; sometimes OCR
    noise), a customer's damage claim quoting the booking confirmation (crew by first name, refund IBAN, new address
    and phone), dispatch lists as CSV / TSV / Markdown / HTML (lorry plates unlabelled) with a crew chat ("bei
    <surname> macht keiner auf", "nobody answering at <surname>'s");
 3. clubtransfer - sports-club transfer and registration requests (Vereinswechsel, Passantrag, Abmeldung, mutation,
    nulla osta, player registration): transfer forms (player with date of birth and address, nationality codes fitting
    the name, Swiss AHV for J+S, juniors' parents with phone and e-mail, fee IBAN; clubs, pass and registration
    numbers, last-match dates and "Ort, Datum" towns unlabelled), a club secretary's release request ("LAST First",
    "Last, First" with dates of birth after "geb." / "né(e) le" / "nato/a il" / "born") with the old club's reply
    (outstanding fee, IBAN), transfer lists with a coaches' chat, online registration exports as YAML or JSON (IPs,
    U-teams derived from the age, AHV, IBAN and holder);
 4. cleaning - cleaning services (Reinigungsfirma, entreprise de nettoyage, impresa di pulizie, cleaning company):
    weekly rotas ("Fam. <surname>" / "the <surname> family" with the family word outside the span, streets, cleaners by
    first name or "First L.", key numbers and alarm codes unlabelled, a new client with phone), new-starter sheets
    (date of birth, AHV and permit in Switzerland, wages IBAN, emergency contact, first jobs), a client's complaint
    quoting the schedule change (the cleaner by first name, a neighbour holding the key, phones), booking exports as
    CSV / TSV (e-mails, IPs) with a cleaners' chat;
 5. pharmacydelivery - pharmacy home-delivery rounds (Botendienst, livraison à domicile, consegna a domicilio,
    prescription delivery): delivery rounds (patients as "LAST First" / "Last, First" with dates of birth to check at
    the door, streets, phones, medicines per country, amounts, "bei Nachbarin Frau <surname> abgeben"), phone orders
    (date of birth, insurer and insurance numbers unlabelled, the prescriber as "Dr. med." / "Dott.ssa" / "Dr" +
    surname with practice street and phone, delivery to a son, daughter or carer), a relative's reply quoting the
    pharmacy (the parent's date of birth, the move into a care home - business address labelled, the home's name not -,
    the relative's address and phone), courier exports as JSON (date-of-birth check, signer, IPs of web / app orders)
    with a drivers' chat;
 6. daycare - daycare and nursery places (Kita, Krippe, Krabbelstube, crèche, UAPE, asilo nido, nursery, daycare):
    registration forms (child with date of birth and sometimes AHV, both parents with phones, e-mails, employers
    unlabelled and sometimes dates of birth, the paediatrician by title and surname, a grandmother authorised to
    collect, IBAN), waiting lists (dates of birth, start dates unlabelled, parents as "F. Last"), a parent's reply
    quoting the offer (child's date of birth, new address, grandmother's phone), online pre-registration exports (ISO
    dates of birth, IPs) with a staff chat (a possessive "<first name>s Mutter" / "<first name>'s mum" with the "s"
    outside);
 7. vouchers - gift vouchers (Gutschein, bon cadeau, buono regalo, gift voucher) of restaurants, spas, hotels, cookery
    schools and bookshops: order forms (buyer, recipient, billing and postal addresses or the recipient's e-mail,
    card messages with first names and nicknames - ages unlabelled -, full or masked card or the shop's IBAN; voucher
    codes unlabelled), voucher logs (issue and redemption dates, balances), a customer's reply about an expired
    voucher quoting the shop (an aunt or uncle who gave it, masked card, new e-mail), web-shop exports as JSON (IPs,
    full or masked cards) with a staff chat giving a recipient's address;
 8. testdrive - car dealerships (Probefahrt, essai, prova su strada, test drive): test-drive agreements (date of birth,
    address, licence numbers, issue dates, VINs, trade plates, odometer readings unlabelled; the salesperson's direct
    line - DIN style in Germany and Austria - and work e-mail; sometimes OCR noise), CRM lead exports (e-mails, phones,
    web-form IPs, owners as "F. Last"), a customer naming the spouse who drove when a speeding notice came in (date of
    birth, address, phone) quoting the dealership, online booking exports (dates of birth, licence years unlabelled,
    IPs) with a sales chat;
 9. temping - temp agencies (Zeitarbeit, Personalverleih, Überlassung, intérim, somministrazione, temp agency):
    assignment confirmations (worker's date of birth, address, AHV in Switzerland, wages IBAN, the client site's street,
    the site supervisor with phone; client firms, jobs, rates and payroll numbers unlabelled), weekly timesheets as
    fixed-width, pipe or Markdown tables with the client's sign-off (often OCR noise), a client's sick note and the
    agency's reply with a replacement (work e-mails, phones, the site gate street), candidate pools as JSON / CSV / TSV
    (dates of birth, IPs, AHV) with a recruiters' chat;
10. boilerservice - heating and boiler servicing (Heizungswartung, entretien de chaudière, manutenzione caldaia,
    boiler service, Gas Safety Record, furnace inspection): engineers' rounds (customers in the firm's town,
    "Schlüssel bei Herrn <surname>", tenants with phones; boiler models and last-service dates unlabelled), service
    reports with measurements (owner, installation address, tenant, engineer; CO, O2, flue values and Gas Safe IDs
    unlabelled; often OCR noise), a tenant's reply to the property manager's notice (a neighbour with the key, phones),
    maintenance contracts with a SEPA mandate or Swiss LSV (creditor IDs and mandate references unlabelled, debtor
    IBAN) and a smart-thermostat portal log (account e-mail and public IPs labelled, LAN IPs and app versions not);
11. parking - private parking-space and garage rentals (Tiefgaragen- / Einstellhallenplatz, place de parc, posto
    auto, parking space): rental agreements (private or managed landlord, tenant's date of birth, address, phone,
    e-mail, the garage's street, plates, fob numbers and rents unlabelled, IBAN), building space lists (plates,
    phones, a deposit IBAN), a tenant's reply quoting the manager about a car in the space (plates unlabelled, a
    neighbour to sublet to with street and phone), marketplace listings with messages and an enquiries export (IPs);
12. clientgifts - year-end client gifts (Kundengeschenke, cadeaux clients, strenne aziendali, corporate gifts): gift
    lists (client firms and gendered roles unlabelled, business delivery addresses or a contact's home address,
    account owners as "F. Last", a card "per du"), an assistant's order to a wine shop, confectioner or deli quoting
    the recipients (names, business addresses, phones) with the shop's reply (shop IBAN and letterhead), a sales chat
    with the key accounts' birthdays from the CRM (full dates of birth labelled; "turns 60 in January" matches one of
    them), CRM exports as YAML or JSON (work e-mails, phones, business addresses, birthdays, assistants, portal IPs).
Values appear in prose, "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value",
two-column Markdown tables, upper-case labels, bullet lists, bracketed labels), address blocks, one-line addresses
with ", ", " - ", " · ", "; " or " / " between street and town, letterheads (block, one line with " · ") and
signatures (block, "-- " separator, one line with "|"), Markdown tables (aligned and not), fixed-width tables, comma-,
semicolon-, tab- and pipe-separated tables, HTML tables, JSON (one line per record, arrays, nested objects), YAML, log
lines, mail headers (display names, quoted display names, Cc, role mailboxes) and quoted replies ("Am ... schrieb",
"Le ... a écrit", "Il giorno ... ha scritto", "On ... wrote", Outlook original-message blocks, quoted with "> " or
not), chats in eight layouts (WhatsApp iOS / Android, Telegram export, Teams-like, IRC-like "[12:04] <name>",
"name (12:04):", Discord-like "name — date", plain; US chats with AM / PM; senders shown as full names, first names,
"First L.", nicknames or phone numbers, one display per person and chat), lower-case typing, OCR noise, in each
country's conventions (German "str." / "Str.", "12a", "12 a", "3-5", "D-"; Austrian "/Top", "12/3/7", "/Stiege/Tür",
"A-", "Jänner"; Swiss "strasse", "CH-", no "ß", lower-case "chemin des ..."; French "bis" / "ter", "12, rue", "Appt",
"Bât.", upper-case towns; Italian "Via" / "via", "n.", "/B", "int.", provinces with and without parentheses, "I-";
British flats and "Town POSTCODE" (also upper case); US "Apt", "#", "Unit", "Suite", directions, ZIP+4).  Phone
numbers national and international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164, grouped in
pairs and DIN-style "0221 47382-15" (the extension inside the span).  Dates of birth in 39 shapes (defined per
language group: German 14, French 9, Italian 9, British 9, US 10; a document keeps one shape for about three quarters
of its dates of birth, exports use ISO or that shape): "12.03.1984", "2.3.1984", "12.03.84", "12. 03. 1984", ISO,
"19840312", "12/03/1984", Roman "12.III.1984", German "2. März 1984", "02. März 1984", "2 März 1984", "2.März 1984",
"2. Mrz. 1984", "2. März '84" (Austrian "Jänner", "Jän."), French "12 mars 1984" (also "1er"), "12 MARS 1984",
"12 févr. 1984", "12/03/84", "12-03-1984", "12 03 1984", Italian "12 marzo 1984" (also "1°"), "12 MARZO 1984",
"12 mar 1984", "2/3/1984", English "12 March 1984", "12th March 1984", "12th of March 1984", "12 Mar 1984",
"12 MAR 1984", "12-MAR-1984", US "03/12/1984", "3/12/1984", "3/12/84", "3-12-1984", "03-12-1984", "March 12, 1984",
"Mar 12, 1984", "Mar. 12, 1984", "March 12th, 1984"; after a cue word or a label (geb., Geburtsdatum, née / né le,
date de naissance, nata / nato il, data di nascita, born, DOB, date of birth) or without one (table columns, JSON /
YAML fields, CRM lists "Name (Firm): date").  Plain dates (purchases, visits, moves, matches, starts, redemptions,
deliveries, mail and chat time stamps) use the shapes of the document and are not labelled.
Names drawn from the Faker person lists of the region (de_DE, de_AT with a fifth of de_DE's first names, de_CH with a
list of Swiss German surnames written here, fr_CH with fr_FR and a list of Romand surnames, fr_FR, it_IT - for Ticino
with a list of Ticinese surnames -, en_GB, en_US; children from lists of current first names of each region written
here), community names from the Faker lists of tr_TR, pl_PL (gendered surnames), hr_HR, ro_RO, pt_PT, pt_BR, es_ES,
es_MX (Spanish and Portuguese double surnames with a space), hu_HU, cs_CZ / sk_SK (gendered), sl_SI, vi_VN, en_IN,
en_IE, fr_DZ, yo_NG, tw_GH, it_IT and de_DE (as communities abroad), and lists written here (Albanian / Kosovar,
Serbian / Bosnian, Eritrean, Sri Lankan Tamil, Syrian / Afghan / Kurdish, Ukrainian, Chinese, Korean, Japanese,
Maghrebi, Filipino, Somali, West African, Pakistani, Russian-German, Greek with gendered surnames); about 55 % region,
23 % community, 22 % special: a surname that is an ordinary word (Vogel, Winter, Sommer, Fuchs, Glück, Engel, Specht,
Löwe, Freitag, Montag, Morgen, Petit, Renard, Papillon, Loup, Fontaine, Gallo, Volpe, Neve, Luna, Fiore, Orso, Baker,
Frost, Bell, Fox, Stone, Swan, Green, Hope, King ...; sometimes the first name too: Ernst, Wolf, Frank, Rosa, Linde,
Heide, Aimé, Désiré, Blanche, Prudence, Felice, Primo, Speranza, Gioia, Will, Bill, Hope, Grace, June, Holly), a
surname with a particle (von Bergen, zur Linden, vom Hofe, von der Heide, van den Berg, ter Haar, op den Camp, von
Allmen, von Gunten, auf der Maur, am Rhyn, in der Gand, de Quervain, de Montmollin, du Pasquier, de Rham, d'Épinay,
Le Coultre, Le Goff, d'Aubigné, Della Torre, Dell'Orto, Lo Presti, Dal Molin, D'Angelo, La Rosa, O'Brien, MacLeod,
St. Clair, Van Buren, De La Cruz), an invented syllable-built surname checked against the surname lists of all Faker
locales used and rejected with triple letters or doubled vowels (e.g. "Zwickhuber", "Brunwanger", "Schwandgruber",
"Pellenaz", "Darbuet", "Zanozzi", "Pistello", "Prydbury", "Thornstow", "Haldthwaite") with sometimes a rare first name
(Wendelin, Ottokar, Quirin, Notburga, Walburga, Clovis, Philomène, Ermenegildo, Gelsomina, Peregrine, Marigold), or a
hyphenated double surname (Italian and English also with a space); some German-speaking region names carry a double
first name (Hans-Peter, Käthe Leokadia).  Relatives share the (gendered) surname and take first names from the same
source.  Written as "First Last", "Last, First", "LAST First", "LAST, First", "Last First", "F. Last" (also
"H.-P. Last"), "First L.", "FIRST LAST", separate surname (sometimes in capitals) and first-name fields, first names,
nicknames (Steffi, Sepp, Flo, Resi, Poldi, Sämi, Köbi, Vreni, Fanfan, Juju, Isa, Totò, Mimmo, Beppe, Ghita, Peggy,
Becky, Alfie, Jamie ...) or surnames alone (chat mentions, salutations, "Fam. <surname>", "bei <surname>", "Dr. med.
<surname>", doorbells, engineers), in lower case in chats; possessives "X's" and German "Xs" with the "'s" / "s"
outside the span.
Unlabelled distractors: claim, case, receipt, quote, job, order, lead, booking, registration, request, contract,
mandate, voucher, payroll and pass numbers, serial numbers, VINs, licence numbers, plates and trade plates, insurer
and insurance numbers, Gas Safe IDs, SEPA creditor IDs, key numbers and alarm codes, fob numbers, firmware and app
versions, LAN IP addresses, appliance, boiler, car and medicine names, brands named after persons (Miele, Bosch,
Siemens, Viessmann, Vaillant, Buderus, Mercedes-Benz), measurements, volumes, prices, rents, hourly rates, ages
("zum 40.", "turns 60"), U-teams, licence years, plain dates and times, masked cards ("**** **** **** 1234",
"•••• 1234", "XXXX-XXXX-XXXX-1234", "554500******1234", "**** 1234"), towns alone ("Ort, Datum" lines, signing
places, "Stadtwerke <town>", clubs named after towns), nationality codes, role mailboxes, and companies, service
centres, shops, pharmacies, daycares, dealerships, agencies, care homes, property managers and clubs - also when named
after a person or a place.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout29/30/31, carried
over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Herrn, Frau, Dr. med., M., Mme, Madame, Monsieur, Sig., Sig.ra, signor,
  signora, Dott., Dott.ssa, Dr, Mr, Ms, Mrs, "Fam.", "Familie", "Famiglia", "Famille", "the ... family") outside; a
  first name, a nickname or a surname alone used for a person is a PERSON, and so are the names in card messages;
  firms, shops, pharmacies, clubs, agencies and products are not labelled, also when named after a person.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes (info@, service@, bestellung@ ...) are not labelled.
* PHONE: every phone number of a person or of a shop, service centre, pharmacy, dealership, agency, office or firm
  (letterheads, signatures, fax lines, direct lines); a chat sender shown as a number is PHONE.
* ADDRESS: "street, postcode town" on one line is two spans (street; postcode + town, with "D-" / "CH-" / "A-" / "I-"
  prefixes, Italian provinces, "Town POSTCODE" and "Town, ST ZIP" inside the town span), as is a two-line block; a
  street with its number alone is ADDRESS (tables, chats, JSON, YAML, prose) and so is a combined "postcode town"
  field; flats and apartment numbers on the street line are inside the street span; towns alone are not labelled;
  business addresses (shops, service centres, sites, garages, care homes, offices) are labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words outside; birth years alone, ages,
  U-teams and other dates are not.
* IBAN: every IBAN, compact or grouped (also a shop's, a club's or a firm's).  CARD: full Luhn-valid card numbers;
  masked numbers are not.
* AHV: Swiss social security numbers (756, dotted or compact).  IP: the public IPv4 / IPv6 address of a person's
  device or connection (registrations, bookings, orders, leads, applications, portal logins); LAN addresses are not
  labelled.

Usage (repo root): python bench/privacy/generate_holdout32.py [--out PATH] [--scan] [--show N [--genre NAME]]
[--stats]
(--scan, --show and --stats print and write nothing.)
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import html
import importlib
import io
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "synthetic_holdout32.jsonl"
SET = "holdout32"
N_DOCS = 1300

# --------------------------------------------------------------------------------------------------------------------
# markers
# --------------------------------------------------------------------------------------------------------------------

TYPES = ("PERSON", "ADDRESS", "DOB", "PHONE", "EMAIL", "IP", "IBAN", "CARD", "AHV")
MS, ME = "\ue000", "\ue001"
TCH = {t: chr(0xE010 + i) for i, t in enumerate(TYPES)}
CHT = {v: k for k, v in TCH.items()}
MARK_RE = re.compile("[\ue000\ue001\ue010-\ue01f]")
MARKED_RE = re.compile("\ue000([\ue010-\ue01f])([^\ue000\ue001]*)\ue001")


def lab(t: str, v: str) -> str:
    assert v and v == v.strip() and not MARK_RE.search(v) and "\n" not in v, (t, v)
    return MS + TCH[t] + v + ME


def vis(s: str) -> str:
    return MARK_RE.sub("", s)


def vlen(s: str) -> int:
    return len(vis(s))


def pad(s: str, n: int) -> str:
    return s + " " * max(0, n - vlen(s))


def rpad(s: str, n: int) -> str:
    return " " * max(0, n - vlen(s)) + s


def resolve(text: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    i = 0
    cur = None
    while i < len(text):
        ch = text[i]
        if ch == MS:
            assert cur is None
            cur = (CHT[text[i + 1]], pos)
            i += 2
            continue
        if ch == ME:
            assert cur is not None
            t, s = cur
            ents.append({"start": s, "end": pos, "type": t})
            cur = None
            i += 1
            continue
        assert not MARK_RE.match(ch)
        out.append(ch)
        pos += 1
        i += 1
    assert cur is None
    plain = "".join(out)
    for e in ents:
        e["text"] = plain[e["start"] : e["end"]]
    return plain, ents


def map_outside(text: str, fn) -> str:
    """Apply fn to the parts of text outside labelled values."""
    parts = []
    last = 0
    for m in MARKED_RE.finditer(text):
        parts.append(fn(text[last : m.start()]))
        parts.append(m.group(0))
        last = m.end()
    parts.append(fn(text[last:]))
    return "".join(parts)


def seed_of(s: str) -> int:
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


# --------------------------------------------------------------------------------------------------------------------
# names from Faker lists
# --------------------------------------------------------------------------------------------------------------------


def name_ok(s: str) -> bool:
    if not s or len(s) < 2 or not s[0].isupper():
        return False
    for ch in s:
        if ch in "-'":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    if len(s) > 2 and s.isupper():
        return False
    if "--" in s or "''" in s or s[-1] in "-'" or s.endswith("II"):
        return False
    return True


def _faker(loc: str, attr: str) -> list[str]:
    pv = importlib.import_module("faker.providers.person." + loc).Provider
    v = getattr(pv, attr, None)
    if v is None:
        return []
    vals = list(v.keys()) if isinstance(v, dict) else list(v)
    return sorted({x for x in vals if name_ok(x)})


def _fix_mc(s: str) -> str:
    if s.startswith("Mc") and len(s) > 3 and s[2].islower():
        return "Mc" + s[2].upper() + s[3:]
    return s


FAKER_LOCS = (
    "de_DE de_AT de_CH fr_FR fr_CH it_IT en_GB en_US tr_TR pl_PL hr_HR pt_PT pt_BR es_ES es_MX ro_RO hu_HU cs_CZ "
    "sk_SK sl_SI nl_NL en_IN en_IE fi_FI id_ID yo_NG fr_DZ tw_GH vi_VN"
).split()
FN: dict[str, dict[str, list[str]]] = {}
LN: dict[str, list[str]] = {}
for _l in FAKER_LOCS:
    FN[_l] = {"m": _faker(_l, "first_names_male"), "f": _faker(_l, "first_names_female")}
    if _l == "pl_PL":
        LN[_l] = _faker(_l, "male_last_names")
    elif _l in ("cs_CZ", "sk_SK"):
        LN[_l] = _faker(_l, "last_names_male")
    else:
        LN[_l] = [_fix_mc(x) for x in _faker(_l, "last_names")]
ALL_FAKER_LAST = set()
for _l in FAKER_LOCS:
    ALL_FAKER_LAST.update(LN[_l])
    ALL_FAKER_LAST.update(_faker(_l, "last_names_female"))
    ALL_FAKER_LAST.update(_faker(_l, "unisex_last_names"))

# Lists written here.
CH_SURNAMES = (
    "Aebersold Ammann Amstutz Bachmann Baumgartner Bieri Blaser Bühlmann Burkhalter Brunner Egli Eggenberger Frutiger "
    "Gasser Gerber Gisler Hämmerli Hofstetter Hürlimann Imhof Inderbitzin Jenni Kälin Käser Kaufmann Kunz Küng Lüthi "
    "Marti Meierhans Muff Niederberger Nussbaumer Rüegg Rohrer Schärer Schnyder Spörri Stalder Stucki Tschudi Ulrich "
    "Vonlanthen Wälti Wyss Zbinden Zgraggen Zimmerli Zurbriggen Zwahlen Arnold Bosshard Fankhauser Gyger Habegger "
    "Hostettler Jossi Kobelt Leuenberger Mäder Oberholzer Rüfenacht Schürch Stöckli Wüthrich Zürcher Bärtschi"
).split()
ROMAND_SURNAMES = (
    "Chappuis Cuendet Rochat Pittet Favre Jaquier Bovet Monnier Perrin Mottier Bonvin Crettenand Berthoud Dubois "
    "Gillieron Jaccard Margot Pasche Reymond Rossier Vuilleumier Tinguely Clerc Cretton Délèze Fellay Michellod "
    "Bourquin Droz Jeanneret Matthey Sandoz Chevalley Desarzens Ecoffey Gachet Maillard Oberson Schaller Seydoux"
).split()
TICINO_SURNAMES = (
    "Bernasconi Bianchi Cattaneo Ferrari Fontana Gianella Guglielmetti Lepori Lurati Martinoli Pedrazzini Poretti "
    "Quadri Regazzoni Rusconi Sala Soldati Tamò Tognetti Vassalli Zanetti Beffa Canonica Cavadini Gianinazzi Jelmini "
    "Lombardi Molinari Pedrini Rezzonico Solari Storni Togni Valsecchi Cereghetti Foletti Galli Induni Maspoli"
).split()

COMMUNITY_LISTS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "alb": (
        "Arben Besnik Driton Fatmir Agron Ilir Valon Blerim Arbnor Shkelzen Dardan Florent".split(),
        "Arta Blerta Drita Elira Fjolla Valbona Mimoza Liridona Shqipe Teuta Albana Vjosa".split(),
        "Berisha Krasniqi Gashi Hoxha Shala Morina Kelmendi Bytyqi Rexhepi Hasani Ahmeti Osmani Kryeziu Zeqiri "
        "Salihu".split(),
    ),
    "srb": (
        "Dragan Nenad Miloš Goran Dejan Zoran Emir Adnan Haris Nikola Mirza Bojan".split(),
        "Jelena Milica Snežana Ivana Dragana Amra Lejla Selma Aida Maja Mirela Vesna".split(),
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Hodžić Begić Mehmedović Kovačević Hadžić Delić Ilić "
        "Pavlović".split(),
    ),
    "eri": (
        "Tesfay Yonas Mehari Berhane Habtom Dawit Filmon Yohannes Tekie".split(),
        "Senait Selam Freweyni Luwam Semhar Winta Saba Yodit Mebrat".split(),
        "Tesfamariam Ghebremedhin Haile Kidane Tekle Gebreyesus Woldu Habte Mebrahtu Andemariam".split(),
    ),
    "tam": (
        "Kumaran Sivakumar Tharshan Pirabu Jeyakumar Suresh Thusyanthan Ramesh Kajan".split(),
        "Tharshika Nirosha Kavitha Sharmila Thulasi Mathumitha Priyanka Vasanthi Sinthuja".split(),
        "Sivapalan Thavarajah Kanagaratnam Selvarajah Balasingam Nadarajah Sriskantharajah Yogarajah Rasiah "
        "Ponnampalam".split(),
    ),
    "syr": (
        "Ahmad Mohammad Omar Khaled Mustafa Yusuf Hamid Farid Jawad Rami Karwan Dilshad".split(),
        "Fatima Amina Rasha Nour Layla Yasmin Zahra Shirin Rojin Dilan Hevin Mariam".split(),
        "Al-Hassan Haddad Khalil Darwish Nasser Habibi Rahimi Ahmadi Karimi Sultani Hussein Osman Alkhatib Sheikho "
        "Hamo".split(),
    ),
    "ukr": (
        "Oleksandr Andrii Dmytro Serhii Taras Bohdan Mykola Vitalii Yurii Maksym".split(),
        "Olena Iryna Oksana Nataliia Yuliia Kateryna Tetiana Svitlana Halyna Daryna".split(),
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Oliinyk Savchenko Moroz Lysenko Marchenko "
        "Rudenko Koval".split(),
    ),
    "chn": (
        "Wei Jun Hao Lei Ming Jian Zhiwei Haoran Yong".split(),
        "Xiaoyan Mei Ying Jing Fang Yan Hui Xiu Lan".split(),
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Lin Guo".split(),
    ),
    "kor": (
        "Min-jun Ji-hoon Seo-jun Hyun-woo Sung-min Jae-won".split(),
        "Seo-yeon Ji-woo Min-seo Ha-eun Soo-jin Eun-ji".split(),
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim".split(),
    ),
    "jpn": (
        "Haruto Takeshi Kenji Hiroshi Yuto Daiki".split(),
        "Yuki Aiko Sakura Haruka Yui Misaki".split(),
        "Sato Suzuki Takahashi Tanaka Watanabe Yamamoto Nakamura Kobayashi Kato".split(),
    ),
    "mag": (
        "Youssef Mehdi Rachid Karim Hicham Nabil Samir Anouar".split(),
        "Samira Nadia Khadija Leila Imane Salma Houda Naima".split(),
        ["El Amrani", "Benali", "Bennani", "El Idrissi", "Alaoui", "Tazi", "Berrada", "Cherkaoui", "Ouazzani"],
    ),
    "phl": (
        "Jerome Rodel Arnel Jomar Reynaldo".split(),
        "Maricel Rowena Jocelyn Marites Lorna Rosalie".split(),
        ["Santos", "Reyes", "Bautista", "Mendoza", "Dela Cruz", "Villanueva", "Ramos", "Aquino", "Manalo"],
    ),
    "som": (
        "Abdi Abdirahman Hassan Liban Abdullahi Mahad".split(),
        "Hodan Faduma Sahra Ifrah Hibo Nasra".split(),
        "Warsame Farah Jama Hersi Mohamud Egal Nur Abdille".split(),
    ),
    "waf": (
        "Mamadou Ousmane Moussa Ibrahima Cheikh Abdoulaye Seydou".split(),
        "Aminata Fatou Awa Mariama Aïssatou Khady Ramatoulaye".split(),
        "Diallo Ndiaye Diop Sow Fall Traoré Koné Cissé Camara Sarr Gueye".split(),
    ),
    "pak": (
        "Imran Bilal Usman Faisal Asif Tariq".split(),
        "Ayesha Sana Hina Saima Rabia Zainab".split(),
        "Qureshi Malik Chaudhry Siddiqui Butt Iqbal Raza Sheikh".split(),
    ),
}
GREEK = (
    "Georgios Dimitrios Konstantinos Ioannis Nikolaos Christos Panagiotis Vasileios".split(),
    "Eleni Aikaterini Vasiliki Sofia Georgia Dimitra Anastasia Paraskevi".split(),
    [
        ("Papadopoulos", "Papadopoulou"),
        ("Nikolaidis", "Nikolaidou"),
        ("Karagiannis", "Karagianni"),
        ("Vlachos", "Vlachou"),
        ("Oikonomou", "Oikonomou"),
        ("Papadakis", "Papadaki"),
        ("Dimitriou", "Dimitriou"),
        ("Makris", "Makri"),
        ("Angelopoulos", "Angelopoulou"),
        ("Kostopoulos", "Kostopoulou"),
    ],
)

COMMUNITIES = {
    "DE": "tr_TR pl_PL hr_HR ro_RO syr ukr greek it_IT alb srb vi_VN pt_PT ru".split(),
    "AT": "srb tr_TR hr_HR ro_RO hu_HU cs_CZ sk_SK pl_PL alb syr ukr de_DE sl_SI".split(),
    "CH": "alb pt_PT it_IT es_ES srb eri tam tr_TR de_DE hr_HR ukr pt_BR".split(),
    "FR": "fr_DZ mag pt_PT waf es_ES it_IT tr_TR vi_VN chn pl_PL".split(),
    "IT": "ro_RO alb mag ukr chn phl en_IN waf pt_BR es_ES".split(),
    "GB": "en_IN pak pl_PL yo_NG tw_GH ro_RO chn en_IE greek som".split(),
    "US": "es_MX chn kor en_IN vi_VN phl yo_NG pt_BR jpn en_IE".split(),
}
RUSSIAN_GERMAN = (
    "Alexander Eduard Waldemar Viktor Artur Eugen Andrej Dmitri".split(),
    "Olga Natalia Irina Swetlana Tatjana Ljudmila Jelena Xenia".split(),
    "Schmidt Becker Reimer Wiens Janzen Dück Penner Friesen Warkentin Klassen".split(),
)

WORD_SURNAMES = {
    "de": "Vogel Winter Sommer Fuchs Glück Nebel Knopf Kessel Engel Fink Hase Specht Kranich Rabe Löwe Stern Kühn "
    "Fröhlich Freitag Montag Morgen Frühling Hahn Strauss Adler".split(),
    "fr": "Petit Renard Printemps Papillon Chapeau Loup Rossignol Lièvre Boulanger Noir Blanc Fontaine Lamour Merle "
    "Pigeon Poisson Mouton Cheval".split(),
    "it": "Gallo Volpe Capra Neve Luna Fiore Leone Orso Rondine Lupo Sole Pace Ferro Porta Bello Fortuna "
    "Cavallo".split(),
    "en": "Baker Frost Hawk Bell Honey Fox Stone Swan Crane Sparrow Green Little Bird Hope Rich King Young Wood Hill "
    "Mason Bishop Page Hunter".split(),
}
WORD_FIRST = {
    "de": {"m": "Ernst Wolf Frank Gottlieb Felix Konrad".split(), "f": "Rosa Linde Heide Traute Frieda".split()},
    "fr": {"m": "Aimé Désiré Modeste Clément".split(), "f": "Blanche Prudence Fleur Clémence Constance".split()},
    "it": {"m": "Felice Primo Fortunato Celeste".split(), "f": "Speranza Gioia Serena Celeste".split()},
    "en": {"m": "Will Bill Rusty Rocky Sonny".split(), "f": "Hope Grace June Joy Summer Holly Rose Faith".split()},
}
RARE_FIRST = {
    "de": {
        "m": "Wendelin Ottokar Sixtus Leberecht Wunibald Quirin Gottfried Eberhard".split(),
        "f": "Notburga Kunigunde Walburga Hildegard Irmtraud Roswitha".split(),
    },
    "fr": {"m": "Clovis Évariste Anatole Séraphin Eudes".split(), "f": "Philomène Honorine Ghislaine Eudoxie".split()},
    "it": {
        "m": "Ermenegildo Settimio Ottavio Nazzareno Crescenzo".split(),
        "f": "Gelsomina Assunta Zaira Ersilia".split(),
    },
    "en": {
        "m": "Peregrine Algernon Ambrose Barnaby Tarquin".split(),
        "f": "Marigold Tamsin Clementine Ottilie".split(),
    },
}
PARTICLE_SURNAMES = {
    "DE": [
        "von Bergen",
        "zur Linden",
        "vom Hofe",
        "von der Heide",
        "van den Berg",
        "ter Haar",
        "zum Felde",
        "op den Camp",
        "van der Meer",
        "von Stein",
        "von Lingen",
    ],
    "AT": ["von Bergen", "zur Linden", "vom Hofe", "von der Heide", "von Stein", "von Wolkenau"],
    "CH": [
        "von Allmen",
        "von Gunten",
        "von Känel",
        "auf der Maur",
        "am Rhyn",
        "in der Gand",
        "von Siebenthal",
        "von Moos",
        "von Arx",
        "von Wattenwyl",
        "de Quervain",
    ],
    "CHfr": [
        "de Montmollin",
        "du Pasquier",
        "de Weck",
        "de Rham",
        "de la Harpe",
        "de Reynier",
        "de Pury",
        "d'Épinay",
        "Le Coultre",
    ],
    "FR": [
        "d'Épinay",
        "Le Goff",
        "de la Fontaine",
        "d'Aubigné",
        "Le Bihan",
        "du Guesclin",
        "d'Harcourt",
        "de Villeneuve",
        "Le Gall",
        "de Sousa",
        "Da Silva",
    ],
    "IT": [
        "Della Torre",
        "Dell'Orto",
        "Lo Presti",
        "Dal Molin",
        "Li Causi",
        "De Luca",
        "D'Angelo",
        "La Rosa",
        "Lo Russo",
        "Dalla Costa",
        "Di Stefano",
        "De Marchi",
        "Dell'Acqua",
        "Lo Bianco",
        "Dal Lago",
    ],
    "GB": [
        "O'Brien",
        "MacLeod",
        "St. Clair",
        "O'Sullivan",
        "McKenzie",
        "St. John",
        "O'Connor",
        "D'Souza",
        "Fitzgerald",
        "MacAllister",
    ],
    "US": [
        "O'Brien",
        "Van Buren",
        "De La Cruz",
        "O'Sullivan",
        "McKenzie",
        "Van Horn",
        "St. John",
        "D'Amico",
        "MacLeod",
    ],
}
PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "du",
    "la",
    "le",
    "zur",
    "zum",
    "vom",
    "am",
    "in",
    "auf",
    "ter",
    "op",
    "di",
    "da",
    "dal",
    "dalla",
    "della",
    "dell",
    "lo",
    "li",
    "del",
    "des",
    "d",
    "st",
    "el",
    "dos",
    "dela",
    "mac",
    "mc",
}
INVENT = {
    "de": (
        "Zwick Gatter Dachs Holl Brun Feich Moos Rüti Wald Eber Hasel Tann Kling Stauf Wies Grub Ried Schwand Zwirn "
        "Loch".split(),
        "huber bacher metzler gruber brunner egger moser steiner hofer leitner berger wanger rieder thaler "
        "schwendt".split(),
    ),
    "fr": (
        "Pell Darb Chal Moret Vuill Tiss Gren Besu Cour Mor".split(),
        "enaz uet ardon oisy ieret oz andin ey".split(),
    ),
    "it": ("Zan Bor Pell Cas Tor Ver Gal Lan Pist Grim".split(), "ozzi etti azzi ucci otti oni aro ello ighi".split()),
    "en": (
        "Pryd Tarr Wix Ald Hald Brock Thorn Cran Kell Wynd".split(),
        "bury holme stow by wick combe thwaite".split(),
    ),
}
NICKS = {
    "de": {
        "Stefanie": "Steffi",
        "Thomas": "Tom",
        "Andreas": "Andi",
        "Alexander": "Alex",
        "Katharina": "Kathi",
        "Johannes": "Hannes",
        "Josef": "Sepp",
        "Florian": "Flo",
        "Christian": "Chris",
        "Michael": "Michi",
        "Barbara": "Babsi",
        "Theresa": "Resi",
        "Leopold": "Poldi",
        "Samuel": "Sämi",
        "Jakob": "Köbi",
        "Verena": "Vreni",
        "Daniel": "Dani",
        "Elisabeth": "Lisi",
        "Franziska": "Franzi",
        "Matthias": "Matze",
        "Susanne": "Susi",
        "Benjamin": "Beni",
        "Dominik": "Dome",
        "Gabriele": "Gabi",
        "Wolfgang": "Wolfi",
    },
    "fr": {
        "François": "Fanfan",
        "Julien": "Juju",
        "Isabelle": "Isa",
        "Nicolas": "Nico",
        "Frédéric": "Fred",
        "Dominique": "Dodo",
        "Christophe": "Tof",
        "Catherine": "Cathy",
        "Maïté": "Maïté",
        "Alexandre": "Alex",
        "Sébastien": "Seb",
        "Stéphanie": "Steph",
        "Guillaume": "Guigui",
        "Élisabeth": "Babeth",
    },
    "it": {
        "Giuseppe": "Beppe",
        "Salvatore": "Totò",
        "Domenico": "Mimmo",
        "Francesca": "Franci",
        "Alessandro": "Ale",
        "Margherita": "Ghita",
        "Lorenzo": "Lollo",
        "Francesco": "Cecco",
        "Roberta": "Robi",
        "Federica": "Fede",
        "Giovanni": "Gianni",
        "Antonio": "Toni",
        "Elisabetta": "Betta",
    },
    "en": {
        "Margaret": "Peggy",
        "Rebecca": "Becky",
        "Alfred": "Alfie",
        "Robert": "Bob",
        "William": "Bill",
        "Elizabeth": "Liz",
        "James": "Jamie",
        "Katherine": "Kate",
        "Thomas": "Tom",
        "Daniel": "Dan",
        "Jennifer": "Jen",
        "Christopher": "Chris",
        "Michael": "Mike",
        "Nicholas": "Nick",
        "Samantha": "Sam",
        "Jonathan": "Jon",
        "Victoria": "Vicky",
        "Patricia": "Trish",
        "Edward": "Ted",
        "Richard": "Rich",
    },
}

KID_NAMES = {
    "DE": (
        "Noah Leon Paul Ben Finn Elias Felix Luis Jonas Emil Theo Henry Matteo Liam Anton Moritz".split(),
        "Emma Mia Hannah Sofia Emilia Lina Mila Ella Clara Lea Leni Marie Frieda Ida Lotta".split(),
    ),
    "AT": (
        "Jakob Maximilian Tobias David Felix Paul Elias Leon Noah Lukas Valentin Jonas".split(),
        "Anna Leonie Valentina Emilia Marie Laura Sophia Lena Hannah Mia Johanna".split(),
    ),
    "CHde": (
        "Noah Liam Matteo Luca Leon Elias Levin Nino Gian Lio Lian Elia".split(),
        "Mia Emma Mila Lina Elena Sofia Lia Lena Alina Malea Nora Lara".split(),
    ),
    "CHfr": (
        "Gabriel Léo Noah Liam Louis Nathan Arthur Eliott Lucas Timéo".split(),
        "Emma Alice Chloé Lina Zoé Léa Louise Mila Nina Eva".split(),
    ),
    "FR": (
        "Gabriel Léo Raphaël Louis Maël Noah Jules Arthur Adam Sacha Hugo Nino".split(),
        "Jade Louise Ambre Alba Emma Rose Alice Romy Anna Lina Mila Inès".split(),
    ),
    "CHit": (
        "Leonardo Luca Noah Matteo Liam Gabriele Elia Samuele Tommaso".split(),
        "Sofia Emma Aurora Giulia Alice Mia Ginevra Chloe Elena".split(),
    ),
    "IT": (
        "Leonardo Francesco Tommaso Edoardo Alessandro Lorenzo Mattia Gabriele Riccardo Andrea".split(),
        "Sofia Aurora Giulia Ginevra Vittoria Beatrice Alice Ludovica Emma Matilde".split(),
    ),
    "GB": (
        "Noah Oliver George Arthur Muhammad Leo Harry Oscar Archie Henry Theo Freddie".split(),
        "Olivia Amelia Isla Ava Ivy Freya Lily Florence Mia Willow Poppy Evie".split(),
    ),
    "US": (
        "Liam Noah Oliver James Elijah Mateo Theodore Henry Lucas William Levi Ezra".split(),
        "Olivia Emma Charlotte Amelia Sophia Mia Isabella Ava Evelyn Luna Harper Nora".split(),
    ),
}
REGION_SRCS = {"de_DE", "de_AT", "de_CH", "fr_CH", "fr_FR", "it_IT", "en_GB", "en_US", "special"}

_INVENTED_CACHE: dict[str, list[str]] = {}


def invented_surnames(lang: str) -> list[str]:
    if lang not in _INVENTED_CACHE:
        pre, suf = INVENT[lang]
        out = []
        for p in pre:
            for s in suf:
                n = p + s
                low = n.lower()
                if n in ALL_FAKER_LAST or re.search(r"(.)\1\1", low) or re.search(r"(aa|ee|oo|ii|uu)", low):
                    continue
                out.append(n)
        _INVENTED_CACHE[lang] = sorted(out)
    return _INVENTED_CACHE[lang]


def feminine(src: str, last: str) -> str:
    if src == "pl_PL":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                return last[: -len(a)] + b
        return last
    if src in ("cs_CZ", "sk_SK"):
        if last.endswith("ý"):
            return last[:-1] + "á"
        if last.endswith("a"):
            return last[:-1] + "ová"
        if last.endswith("ek"):
            return last[:-2] + "ková"
        if last.endswith("ec"):
            return last[:-2] + "cová"
        return last + "ová"
    if src == "greek":
        for m, f in GREEK[2]:
            if last == m:
                return f
    return last


# --------------------------------------------------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------------------------------------------------


class Town:
    def __init__(self, cc, name, postcodes, area, extra=""):
        self.cc = cc
        self.name = name
        self.postcodes = postcodes
        self.area = area
        self.extra = extra  # Italian province, US state, Swiss canton

    def __repr__(self):
        return f"Town({self.name})"


def _towns(cc: str, spec: str) -> list[Town]:
    out = []
    for line in spec.strip().splitlines():
        f = [x.strip() for x in line.split("|")]
        out.append(Town(cc, f[1], f[0].split(","), f[2], f[3] if len(f) > 3 else ""))
    return out


TOWNS = {
    "DE": _towns(
        "DE",
        """
10115,10247,10437,12043,13353,10827|Berlin|030
20095,20257,22765,22081|Hamburg|040
80331,80469,81667,80796|München|089
50667,50733,50937,51063|Köln|0221
60311,60316,60487,60594|Frankfurt am Main|069
70173,70176,70199|Stuttgart|0711
40213,40477,40545|Düsseldorf|0211
04109,04155,04277|Leipzig|0341
01067,01097,01309|Dresden|0351
30159,30161,30451|Hannover|0511
90402,90429,90461|Nürnberg|0911
28195,28203,28209|Bremen|0421
44135,44137,44139|Dortmund|0231
45127,45138,45147|Essen|0201
53111,53113,53115|Bonn|0228
48143,48145,48151|Münster|0251
76133,76135,76137|Karlsruhe|0721
68159,68161,68165|Mannheim|0621
79098,79102,79104|Freiburg im Breisgau|0761
86150,86152,86159|Augsburg|0821
65183,65185,65187|Wiesbaden|0611
55116,55118,55122|Mainz|06131
93047,93049,93053|Regensburg|0941
69117,69120,69121|Heidelberg|06221
97070,97072,97074|Würzburg|0931
24103,24105,24113|Kiel|0431
18055,18057,18059|Rostock|0381
99084,99085,99089|Erfurt|0361
14467,14469,14482|Potsdam|0331
34117,34119,34121|Kassel|0561
49074,49076,49078|Osnabrück|0541
33602,33604,33607|Bielefeld|0521
88212,88214|Ravensburg|0751
83022,83024,83026|Rosenheim|08031
72070,72072,72074|Tübingen|07071
78462,78464,78467|Konstanz|07531
37073,37075,37083|Göttingen|0551
54290,54292,54294|Trier|0651
66111,66113,66117|Saarbrücken|0681
26122,26123,26131|Oldenburg|0441
""",
    ),
    "AT": _towns(
        "AT",
        """
1010,1030,1040,1050,1060,1070,1080,1090,1120,1140,1160,1180,1190,1210,1220|Wien|01
8010,8020,8042,8045|Graz|0316
4020,4030,4040|Linz|0732
5020,5026|Salzburg|0662
6020|Innsbruck|0512
9020|Klagenfurt am Wörthersee|0463
3100|St. Pölten|02742
4600|Wels|07242
6900|Bregenz|05574
6850|Dornbirn|05572
9500|Villach|04242
2700|Wiener Neustadt|02622
3500|Krems an der Donau|02732
4400|Steyr|07252
8700|Leoben|03842
6330|Kufstein|05372
7000|Eisenstadt|02682
5700|Zell am See|06542
2500|Baden|02252
4810|Gmunden|07612
6800|Feldkirch|05522
""",
    ),
    "CHde": _towns(
        "CH",
        """
8001,8003,8004,8006,8032,8037,8048,8050|Zürich|044|ZH
3011,3012,3013,3014,3018|Bern|031|BE
4051,4052,4055,4057|Basel|061|BS
6003,6004,6005|Luzern|041|LU
9000,9008|St. Gallen|071|SG
8400,8404,8406|Winterthur|052|ZH
5000|Aarau|062|AG
6300|Zug|041|ZG
8200|Schaffhausen|052|SH
7000|Chur|081|GR
4500|Solothurn|032|SO
3600|Thun|033|BE
5400|Baden|056|AG
8600|Dübendorf|044|ZH
6210|Sursee|041|LU
4600|Olten|062|SO
3400|Burgdorf|034|BE
8500|Frauenfeld|052|TG
9100|Herisau|071|AR
8640|Rapperswil-Jona|055|SG
6430|Schwyz|041|SZ
3900|Brig|027|VS
4410|Liestal|061|BL
5600|Lenzburg|062|AG
8610|Uster|044|ZH
8820|Wädenswil|044|ZH
6060|Sarnen|041|OW
""",
    ),
    "CHfr": _towns(
        "CH",
        """
1003,1004,1005,1006,1007,1010,1018|Lausanne|021|VD
1201,1202,1203,1205,1206,1207,1209|Genève|022|GE
2000|Neuchâtel|032|NE
1700|Fribourg|026|FR
1950|Sion|027|VS
1400|Yverdon-les-Bains|024|VD
1800|Vevey|021|VD
1820|Montreux|021|VD
1110|Morges|021|VD
1260|Nyon|022|VD
2300|La Chaux-de-Fonds|032|NE
2800|Delémont|032|JU
1630|Bulle|026|FR
1870|Monthey|024|VS
1920|Martigny|027|VS
1227|Carouge|022|GE
1020|Renens|021|VD
1530|Payerne|026|VD
""",
    ),
    "CHit": _towns(
        "CH",
        """
6900|Lugano|091|TI
6500|Bellinzona|091|TI
6600|Locarno|091|TI
6850|Mendrisio|091|TI
6830|Chiasso|091|TI
6512|Giubiasco|091|TI
6710|Biasca|091|TI
6612|Ascona|091|TI
6943|Vezia|091|TI
6932|Breganzona|091|TI
6616|Losone|091|TI
6780|Airolo|091|TI
6962|Viganello|091|TI
6807|Taverne|091|TI
""",
    ),
    "FR": _towns(
        "FR",
        """
75003,75011,75012,75015,75017,75018,75020|Paris|01
69003,69006,69007|Lyon|04
13001,13005,13006|Marseille|04
31000,31400,31500|Toulouse|05
33000,33800|Bordeaux|05
59000,59800|Lille|03
44000,44100|Nantes|02
67000|Strasbourg|03
34000,34070|Montpellier|04
35000,35200|Rennes|02
06000,06100|Nice|04
38000,38100|Grenoble|04
21000|Dijon|03
49000,49100|Angers|02
37000|Tours|02
74000|Annecy|04
68100|Mulhouse|03
25000|Besançon|03
63000|Clermont-Ferrand|04
51100|Reims|03
76000|Rouen|02
29200|Brest|02
87000|Limoges|05
64000|Pau|05
57000|Metz|03
54000|Nancy|03
74100|Annemasse|04
""",
    ),
    "IT": _towns(
        "IT",
        """
20121,20135,20144,20154|Milano|02|MI
00184,00153,00197|Roma|06|RM
10121,10128,10143|Torino|011|TO
40121,40126,40137|Bologna|051|BO
50122,50133|Firenze|055|FI
80133,80127|Napoli|081|NA
16121,16128|Genova|010|GE
37121,37138|Verona|045|VR
35122,35131|Padova|049|PD
24121,24122|Bergamo|035|BG
25121,25122|Brescia|030|BS
22100|Como|031|CO
21100|Varese|0332|VA
38122|Trento|0461|TN
39100|Bolzano|0471|BZ
43121|Parma|0521|PR
41121|Modena|059|MO
90133,90141|Palermo|091|PA
70122|Bari|080|BA
95131|Catania|095|CT
34121,34133|Trieste|040|TS
33100|Udine|0432|UD
28100|Novara|0321|NO
06121|Perugia|075|PG
56125|Pisa|050|PI
42121|Reggio Emilia|0522|RE
47921|Rimini|0541|RN
""",
    ),
    "GB": _towns(
        "GB",
        """
N1,N16,E8,SE15,SW11,NW3,W5,E17,SE22|London|020
M14,M20,M21,M4,M16|Manchester|0161
B15,B13,B29,B17|Birmingham|0121
LS6,LS8,LS17|Leeds|0113
BS7,BS6,BS3|Bristol|0117
L17,L18,L15|Liverpool|0151
S10,S11,S7|Sheffield|0114
NE6,NE2,NE3|Newcastle upon Tyne|0191
NG7,NG5,NG3|Nottingham|0115
EH9,EH10,EH6|Edinburgh|0131
G12,G41,G31|Glasgow|0141
CF24,CF11,CF14|Cardiff|029
OX4,OX2|Oxford|01865
CB1,CB4|Cambridge|01223
BA2,BA1|Bath|01225
YO31,YO10|York|01904
BN2,BN1,BN3|Brighton|01273
LE2,LE3|Leicester|0116
RG1,RG4|Reading|0118
EX4,EX2|Exeter|01392
NR2,NR3|Norwich|01603
""",
    ),
    "US": _towns(
        "US",
        """
02116,02130,02134|Boston|617|MA
60614,60622,60640|Chicago|773|IL
98103,98115,98122|Seattle|206|WA
78704,78702,78745|Austin|512|TX
80205,80206,80210|Denver|303|CO
97214,97202,97211|Portland|503|OR
92104,92103|San Diego|619|CA
55408,55406|Minneapolis|612|MN
19147,19103,19146|Philadelphia|215|PA
30307,30306|Atlanta|404|GA
27605,27608|Raleigh|919|NC
43215,43201|Columbus|614|OH
53703,53705|Madison|608|WI
15213,15217|Pittsburgh|412|PA
48104,48103|Ann Arbor|734|MI
05401|Burlington|802|VT
84102,84105|Salt Lake City|801|UT
37203,37206|Nashville|615|TN
95816,95819|Sacramento|916|CA
12203,12208|Albany|518|NY
11215,11238|Brooklyn|718|NY
21218,21211|Baltimore|410|MD
""",
    ),
}

STREETS = {
    "DE": (
        "Hauptstraße Bahnhofstraße Schulstraße Gartenstraße Lindenstraße Kirchstraße Bergstraße Waldstraße "
        "Ringstraße Mühlenweg Birkenweg Rosenweg Amselweg Goethestraße Schillerstraße Mozartstraße Uhlandstraße "
        "Feldstraße Wiesenweg Kastanienallee Lessingstraße Eichendorffweg Tulpenweg Fliederweg Heinestraße "
        "Parkstraße Blumenstraße Talstraße Sonnenstraße Erlenweg Ahornweg Buchenweg Brunnenstraße Poststraße "
        "Jahnstraße Friedrichstraße Luisenstraße Hölderlinweg Drosselweg Finkenweg Akazienweg|Am Sonnenhang|"
        "Am Anger|Im Winkel|Hohe Straße|Alte Gasse|An der Mühle|Am Kirchberg"
    ),
    "AT": (
        "Hauptstraße Bahnhofstraße Kirchengasse Schulgasse Lindengasse Brunnengasse Feldgasse Ringstraße Rosengasse "
        "Waldweg Mühlgasse Schillerstraße Goethegasse Herrengasse Dorfstraße Sonnenweg Kaiserstraße Bergstraße "
        "Gartengasse Wiesenweg Anton-Wildgans-Gasse Pfarrgasse Kirchenplatz Florianigasse "
        "Stiftgasse Mariengasse Bachgasse Birkenweg|Am Anger|Am Steinfeld|Obere Hauptstraße|Untere Hauptstraße"
    ),
    "CHde": (
        "Bahnhofstrasse Dorfstrasse Kirchgasse Schulhausstrasse Gartenstrasse Hauptstrasse Lindenstrasse Rosenweg "
        "Sonnenbergstrasse Feldstrasse Bergstrasse Weinbergstrasse Oberdorfstrasse Unterdorfstrasse Grabenstrasse "
        "Bachstrasse Rebbergweg Kapellenweg Talstrasse Ringstrasse Wiesenstrasse Waldeggstrasse Hofwiesenstrasse "
        "Eichenweg Birkenweg Mattenweg Säntisstrasse Industriestrasse Rainstrasse Mühlegasse Buchenstrasse "
        "Blumenweg|Alte Landstrasse|Im Grund|Auf der Mauer"
    ),
    "CHfr": (
        "|Rue de la Gare|Chemin des Vignes|Avenue de la Gare|Rue du Midi|Rue du Centre|Chemin du Couchant|"
        "Avenue des Alpes|Rue des Moulins|Chemin de la Forêt|Rue de l'Industrie|Rue du Temple|Chemin des Pâquerettes|"
        "Rue des Fontaines|Route du Village|Rue de la Poste|Chemin des Écoliers|Avenue de la Harpe|Rue du Collège|"
        "Chemin du Verger|Rue des Alpes|Avenue de Beaulieu|Chemin de la Colline"
    ),
    "CHit": (
        "|Via San Gottardo|Via Cantonale|Via alla Chiesa|Via Motta|Via ai Ronchi|Via dei Faggi|Via Campagna|"
        "Via delle Scuole|Via Stazione|Via al Lago|Via Borghetto|Via al Sole|Via Monte Ceneri|Via ai Prati|"
        "Via Vignola|Via dei Castagni|Via Ronco|Via Orelli|Via Simen|Via Besso"
    ),
    "FR": (
        "|rue de la République|rue Victor Hugo|avenue Jean Jaurès|rue des Lilas|allée des Tilleuls|impasse du Moulin|"
        "boulevard Gambetta|place du Marché|rue Pasteur|chemin des Vignes|rue Nationale|avenue de la Libération|"
        "rue du Général Leclerc|rue des Écoles|rue Saint-Martin|rue de la Paix|avenue Foch|rue des Acacias|"
        "rue du Château|rue des Jardins|rue de la Fontaine|avenue des Marronniers|rue du Stade|rue Carnot"
    ),
    "IT": (
        "|Via Roma|Via Garibaldi|Corso Italia|Viale Mazzini|Piazza della Libertà|Via Dante Alighieri|"
        "Via XX Settembre|Via Verdi|Via dei Mille|Via Cavour|Via Manzoni|Via San Francesco|Via delle Rose|"
        "Via Marconi|Via Matteotti|Via Nazionale|Via Leopardi|Viale dei Tigli|Via Solferino|Via Pascoli"
    ),
    "GB": (
        "|Elm Grove|Victoria Road|Church Lane|High Street|Mill Lane|Station Road|Park Avenue|Queens Road|The Crescent|"
        "Kings Road|Manor Way|Orchard Close|Willow Drive|Albert Street|Beech Court|Grange Road|Chestnut Avenue|"
        "Westfield Road|Meadow View|St Mary's Road|Brook Street"
    ),
    "US": (
        "|Maple Street|Oak Avenue|Lincoln Avenue|Elm Court|Pine Street|Washington Boulevard|Cedar Lane|Main Street|"
        "Jefferson Avenue|Walnut Street|Highland Avenue|Park Place|Spruce Street|Chestnut Street|Lake Drive|"
        "Prospect Avenue|Summit Avenue|Hillcrest Road|Franklin Street|Willow Way"
    ),
}


def _streets(spec: str) -> list[str]:
    head, *rest = spec.split("|")
    return sorted(head.split() + [x for x in rest if x])


STREET_LISTS = {k: _streets(v) for k, v in STREETS.items()}

# --------------------------------------------------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------------------------------------------------


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return d[:-1] != "" and luhn_digit(d[:-1]) == d[-1]


def ean13_digit(body12: str) -> str:
    s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body12))
    return str((10 - s % 10) % 10)


def ahv_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    return len(d) == 13 and d.startswith("756") and ean13_digit(d[:12]) == d[12]


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def fr_rib_key(bank: str, guichet: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97:02d}"


# --------------------------------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------------------------------

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
MON_ABBR = {
    "de": "Jan. Feb. Mrz. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.".split(),
    "at": "Jän. Feb. Mrz. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
WEEKDAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}


def _ord_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(d: dt.date, shape: str, loc: str) -> str:
    D, M, Y = d.day, d.month, d.year
    y2 = f"{Y % 100:02d}"
    mk = "at" if loc == "de_AT" else loc[:2]
    mon = MONTHS[mk]
    ab = MON_ABBR[mk]
    if shape == "dmy_dot":
        return f"{D:02d}.{M:02d}.{Y}"
    if shape == "dmy_dot_short":
        return f"{D}.{M}.{Y}"
    if shape == "dmy_dot_yy":
        return f"{D:02d}.{M:02d}.{y2}"
    if shape == "dmy_dot_sp":
        return f"{D:02d}. {M:02d}. {Y}"
    if shape == "iso":
        return f"{Y}-{M:02d}-{D:02d}"
    if shape == "compact":
        return f"{Y}{M:02d}{D:02d}"
    if shape == "dmy_slash":
        return f"{D:02d}/{M:02d}/{Y}"
    if shape == "dmy_slash_short":
        return f"{D}/{M}/{Y}"
    if shape == "dmy_slash_yy":
        return f"{D:02d}/{M:02d}/{y2}"
    if shape == "dmy_dash":
        return f"{D:02d}-{M:02d}-{Y}"
    if shape == "dmy_sp":
        return f"{D:02d} {M:02d} {Y}"
    if shape == "roman":
        return f"{D:02d}.{ROMAN[M - 1]}.{Y}"
    if shape == "de_long":
        return f"{D}. {mon[M - 1]} {Y}"
    if shape == "de_long0":
        return f"{D:02d}. {mon[M - 1]} {Y}"
    if shape == "de_long_nodot":
        return f"{D} {mon[M - 1]} {Y}"
    if shape == "de_long_tight":
        return f"{D}.{mon[M - 1]} {Y}"
    if shape == "de_abbr":
        return f"{D}. {ab[M - 1]} {Y}"
    if shape == "de_long_yy":
        return f"{D}. {mon[M - 1]} '{y2}"
    if shape == "fr_long":
        return f"{'1er' if D == 1 else D} {mon[M - 1]} {Y}"
    if shape == "fr_upper":
        return f"{D} {mon[M - 1].upper()} {Y}"
    if shape == "fr_abbr":
        return f"{D} {ab[M - 1]} {Y}"
    if shape == "it_long":
        return f"{'1°' if D == 1 else D} {mon[M - 1]} {Y}"
    if shape == "it_upper":
        return f"{D} {mon[M - 1].upper()} {Y}"
    if shape == "it_abbr":
        return f"{D} {ab[M - 1]} {Y}"
    if shape == "en_long":
        return f"{D} {mon[M - 1]} {Y}"
    if shape == "en_th":
        return f"{_ord_en(D)} {mon[M - 1]} {Y}"
    if shape == "en_th_of":
        return f"{_ord_en(D)} of {mon[M - 1]} {Y}"
    if shape == "en_abbr":
        return f"{D} {ab[M - 1]} {Y}"
    if shape == "en_abbr_up":
        return f"{D:02d} {ab[M - 1].upper()} {Y}"
    if shape == "en_dash_mon":
        return f"{D:02d}-{ab[M - 1].upper()}-{Y}"
    if shape == "us_slash":
        return f"{M:02d}/{D:02d}/{Y}"
    if shape == "us_slash_short":
        return f"{M}/{D}/{Y}"
    if shape == "us_slash_yy":
        return f"{M}/{D}/{y2}"
    if shape == "us_dash":
        return f"{M}-{D}-{Y}"
    if shape == "us_dash0":
        return f"{M:02d}-{D:02d}-{Y}"
    if shape == "us_long":
        return f"{mon[M - 1]} {D}, {Y}"
    if shape == "us_abbr":
        return f"{ab[M - 1]} {D}, {Y}"
    if shape == "us_abbr_dot":
        a = ab[M - 1]
        return f"{a}{'' if a == 'May' else '.'} {D}, {Y}"
    if shape == "us_th":
        return f"{mon[M - 1]} {_ord_en(D)}, {Y}"
    raise ValueError(shape)


DOB_SHAPES = {
    "de": [
        ("dmy_dot", 8),
        ("dmy_dot_short", 2),
        ("dmy_dot_yy", 2),
        ("dmy_dot_sp", 1),
        ("iso", 1),
        ("compact", 1),
        ("dmy_slash", 1),
        ("roman", 1),
        ("de_long", 3),
        ("de_long0", 1),
        ("de_long_nodot", 1),
        ("de_long_tight", 1),
        ("de_abbr", 1),
        ("de_long_yy", 1),
    ],
    "fr": [
        ("dmy_slash", 8),
        ("fr_long", 3),
        ("fr_upper", 1),
        ("fr_abbr", 1),
        ("dmy_slash_yy", 1),
        ("iso", 1),
        ("dmy_dash", 1),
        ("dmy_sp", 1),
        ("dmy_dot", 2),
    ],
    "it": [
        ("dmy_slash", 8),
        ("it_long", 3),
        ("it_upper", 1),
        ("it_abbr", 1),
        ("dmy_slash_short", 1),
        ("iso", 1),
        ("dmy_dash", 1),
        ("dmy_slash_yy", 1),
        ("dmy_dot", 2),
    ],
    "gb": [
        ("dmy_slash", 7),
        ("en_long", 3),
        ("en_th", 2),
        ("en_th_of", 1),
        ("en_abbr", 2),
        ("en_abbr_up", 1),
        ("en_dash_mon", 1),
        ("iso", 1),
        ("dmy_dot", 1),
    ],
    "us": [
        ("us_slash", 6),
        ("us_slash_short", 2),
        ("us_slash_yy", 1),
        ("us_dash", 1),
        ("us_dash0", 1),
        ("us_long", 3),
        ("us_abbr", 1),
        ("us_abbr_dot", 1),
        ("us_th", 1),
        ("iso", 1),
    ],
}
PLAIN_SHAPES = {
    "de": ["dmy_dot", "dmy_dot", "de_long", "dmy_dot_short"],
    "fr": ["dmy_slash", "dmy_slash", "fr_long"],
    "it": ["dmy_slash", "dmy_slash", "it_long"],
    "gb": ["dmy_slash", "en_long", "en_abbr"],
    "us": ["us_slash", "us_long", "us_abbr"],
}


def shape_group(loc: str) -> str:
    if loc == "en_GB":
        return "gb"
    if loc == "en_US":
        return "us"
    return loc[:2]


def wchoice(rng: random.Random, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# --------------------------------------------------------------------------------------------------------------------
# phones, e-mail, ids
# --------------------------------------------------------------------------------------------------------------------

MOBILE_PREFIX = {
    "DE": [
        "0151",
        "0152",
        "0157",
        "0160",
        "0162",
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
    "AT": ["0650", "0660", "0664", "0676", "0680", "0681", "0699"],
    "CH": ["076", "077", "078", "079"],
    "FR": ["06", "07"],
    "IT": [
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
        "380",
        "388",
        "392",
    ],
    "GB": ["07"],
    "US": [],
}
CC_CODE = {"DE": "49", "AT": "43", "CH": "41", "FR": "33", "IT": "39", "GB": "44", "US": "1"}


class Phone:
    """A phone number kept as parts; rendered in a chosen style."""

    def __init__(self, cc, kind, area, sub):
        self.cc, self.kind, self.area, self.sub = cc, kind, area, sub

    def digits(self):
        return self.area + self.sub


def _grp(s: str, sizes) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def render_phone(p: Phone, style: str) -> str:
    cc, area, sub = p.cc, p.area, p.sub
    code = CC_CODE[cc]
    intl = style.startswith("i")
    if cc == "CH":
        g = _grp(sub, (3, 2, 2))
        return {
            "n1": f"{area} {g}",
            "n2": f"{area}/{g}",
            "n3": f"{area} {sub}",
            "n4": f"{area}-{sub[:3]}-{sub[3:5]}-{sub[5:]}",
            "i1": f"+{code} {area[1:]} {g}",
            "i2": f"0041 {area[1:]} {g}",
            "i3": f"+{code}{area[1:]}{sub}",
            "i4": f"+{code} (0){area[1:]} {g}",
        }[style if style in ("n1", "n2", "n3", "n4", "i1", "i2", "i3", "i4") else ("i1" if intl else "n1")]
    if cc in ("DE", "AT"):
        g2 = " ".join(sub[i : i + 2] for i in range(0, len(sub), 2))
        m = {
            "n1": f"{area} {sub}",
            "n2": f"{area}/{sub}",
            "n3": f"{area}-{sub}",
            "n4": f"({area}) {sub}",
            "n5": f"{area} / {g2}",
            "n6": f"{area} {sub[:-2]}-{sub[-2:]}" if p.kind == "land" else f"{area} {sub}",
            "i1": f"+{code} {area[1:]} {sub}",
            "i2": f"+{code} (0){area[1:]} {sub}",
            "i3": f"00{code} {area[1:]} {sub}",
            "i4": f"+{code}{area[1:]}{sub}",
            "i5": f"+{code} {area[1:]} {g2}",
        }
        return m.get(style, m["i1"] if intl else m["n1"])
    if cc == "FR":
        n = area + sub  # 10 digits
        pairs = [n[i : i + 2] for i in range(0, 10, 2)]
        m = {
            "n1": " ".join(pairs),
            "n2": ".".join(pairs),
            "n3": n,
            "n4": "-".join(pairs),
            "i1": f"+33 {n[1]} " + " ".join(pairs[1:]),
            "i2": f"+33 (0){n[1]} " + " ".join(pairs[1:]),
            "i3": f"0033 {n[1]} " + " ".join(pairs[1:]),
            "i4": f"+33{n[1:]}",
        }
        return m.get(style, m["i1"] if intl else m["n1"])
    if cc == "IT":
        if p.kind == "mobile":
            m = {
                "n1": f"{area} {sub}",
                "n2": f"{area} {sub[:3]} {sub[3:]}",
                "n3": f"{area}-{sub}",
                "n4": f"{area}{sub}",
                "i1": f"+39 {area} {sub}",
                "i2": f"+39 {area} {sub[:3]} {sub[3:]}",
                "i3": f"0039 {area} {sub}",
                "i4": f"+39{area}{sub}",
            }
        else:
            m = {
                "n1": f"{area} {sub}",
                "n2": f"{area} {sub[:-4]} {sub[-4:]}",
                "n3": f"{area}-{sub}",
                "n4": f"{area}/{sub}",
                "i1": f"+39 {area} {sub}",
                "i2": f"+39 {area} {sub[:-4]} {sub[-4:]}",
                "i3": f"0039 {area} {sub}",
                "i4": f"+39{area}{sub}",
            }
        return m.get(style, m["i1"] if intl else m["n1"])
    if cc == "GB":
        if p.kind == "mobile":
            n = area + sub  # 07xxx + 6
            m = {
                "n1": f"{n[:5]} {n[5:]}",
                "n2": f"{n[:5]} {n[5:8]} {n[8:]}",
                "n3": n,
                "n4": f"{n[:5]}-{n[5:]}",
                "i1": f"+44 {n[1:5]} {n[5:]}",
                "i2": f"+44 (0){n[1:5]} {n[5:]}",
                "i3": f"0044 {n[1:5]} {n[5:]}",
                "i4": f"+44{n[1:]}",
            }
        else:
            if len(area) == 3:
                s1 = f"{sub[:4]} {sub[4:]}"
            elif len(area) == 4:
                s1 = f"{sub[:3]} {sub[3:]}"
            else:
                s1 = sub
            m = {
                "n1": f"{area} {s1}",
                "n2": f"({area}) {s1}",
                "n3": f"{area} {sub}",
                "n4": f"{area}-{sub}",
                "i1": f"+44 {area[1:]} {s1}",
                "i2": f"+44 (0){area[1:]} {s1}",
                "i3": f"0044 {area[1:]} {s1}",
                "i4": f"+44{area[1:]}{sub}",
            }
        return m.get(style, m["i1"] if intl else m["n1"])
    if cc == "US":
        a, e, ln = area, sub[:3], sub[3:]
        m = {
            "n1": f"({a}) {e}-{ln}",
            "n2": f"{a}-{e}-{ln}",
            "n3": f"{a}.{e}.{ln}",
            "n4": f"({a}) {e}-{ln}",
            "i1": f"+1 {a}-{e}-{ln}",
            "i2": f"+1 ({a}) {e}-{ln}",
            "i3": f"1-{a}-{e}-{ln}",
            "i4": f"+1{a}{e}{ln}",
        }
        return m.get(style, m["i1"] if intl else m["n1"])
    raise ValueError(cc)


def fold(s: str, german: bool = True) -> str:
    if german:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
            s = s.replace(a, b)
    s = s.replace("đ", "dj").replace("Đ", "Dj").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s


def slug(s: str, german: bool = True) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s, german).lower())


EMAIL_DOMAINS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "posteo.de",
        "freenet.de",
        "outlook.de",
        "yahoo.de",
        "mailbox.org",
        "icloud.com",
        "gmx.net",
    ],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com", "yahoo.com", "icloud.com"],
    "CH": [
        "bluewin.ch",
        "gmx.ch",
        "gmail.com",
        "hispeed.ch",
        "sunrise.ch",
        "outlook.com",
        "icloud.com",
        "proton.me",
        "hotmail.ch",
    ],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "wanadoo.fr", "sfr.fr", "hotmail.fr", "yahoo.fr"],
    "IT": [
        "libero.it",
        "gmail.com",
        "tiscali.it",
        "virgilio.it",
        "alice.it",
        "hotmail.it",
        "yahoo.it",
        "fastwebnet.it",
    ],
    "GB": [
        "btinternet.com",
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "sky.com",
        "hotmail.co.uk",
        "icloud.com",
        "virginmedia.com",
    ],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com", "proton.me"],
}
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "co.uk", "US": "com"}

IP4_PREFIX = {
    "DE": [
        (79, 192, 255),
        (84, 128, 191),
        (87, 128, 191),
        (91, 0, 63),
        (93, 192, 255),
        (217, 224, 255),
        (88, 64, 79),
        (95, 88, 95),
    ],
    "AT": [(80, 108, 111), (84, 112, 119), (91, 112, 119), (178, 112, 119), (194, 166, 166), (62, 178, 178)],
    "CH": [(85, 0, 7), (83, 76, 79), (178, 192, 199), (213, 55, 55), (62, 202, 202), (188, 60, 63)],
    "FR": [(90, 0, 127), (86, 192, 255), (92, 128, 191), (78, 192, 255), (82, 64, 127), (176, 128, 191)],
    "IT": [(79, 0, 63), (93, 32, 63), (151, 0, 95), (2, 32, 47), (87, 0, 31), (95, 224, 255)],
    "GB": [(86, 128, 191), (81, 128, 159), (2, 96, 127), (90, 192, 255), (82, 0, 31), (109, 144, 159)],
    "US": [(73, 0, 255), (24, 0, 63), (98, 192, 255), (68, 32, 63), (71, 160, 191), (67, 160, 191)],
}
IP6_PREFIX = {
    "DE": ["2003:e4", "2003:c2", "2a02:8108", "2a02:8070", "2a01:c22"],
    "AT": ["2a02:8388", "2a01:110f", "2a02:1748"],
    "CH": ["2a02:1210", "2a02:aa10", "2a04:ee41", "2a02:120b"],
    "FR": ["2a01:cb00", "2a01:cb1d", "2a01:e0a", "2a01:e34"],
    "IT": ["2001:b07", "2a01:e11", "2a02:b023"],
    "GB": ["2a00:23c5", "2a02:c7c", "2a01:4b00"],
    "US": ["2601:18c", "2600:1700", "2601:647", "2603:7000"],
}


# --------------------------------------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------------------------------------


class Person:
    def __init__(self, first, last, g, src, lang):
        self.first, self.last, self.g, self.src, self.lang = first, last, g, src, lang
        self.dob: dt.date | None = None
        self.town: Town | None = None
        self.street: str | None = None
        self.mobile: Phone | None = None
        self.land: Phone | None = None
        self.email: str | None = None
        self.nick: str | None = None

    @property
    def f(self):
        return self.g == "f"

    def initials(self) -> str:
        parts = re.split(r"([- ])", self.first)
        out = ""
        for x in parts:
            if x in ("-", " "):
                out += x if x == "-" else " "
            elif x:
                out += x[0] + "."
        return out.replace(". ", ".")

    def last_upper(self) -> str:
        return self.last.upper()

    def sort_last(self) -> str:
        return self.last

    def __repr__(self):
        return f"{self.first} {self.last}"


LOC_COUNTRY = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_CH": "CH",
    "fr_FR": "FR",
    "it_CH": "CH",
    "it_IT": "IT",
    "en_GB": "GB",
    "en_US": "US",
}
LOC_REGION = {
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

TITLES = {
    "de": ({"m": "Herr", "f": "Frau"}, {"m": "Herrn", "f": "Frau"}),
    "fr": ({"m": "M.", "f": "Mme"}, {"m": "Monsieur", "f": "Madame"}),
    "it": ({"m": "Sig.", "f": "Sig.ra"}, {"m": "signor", "f": "signora"}),
    "en": ({"m": "Mr", "f": "Ms"}, {"m": "Mr", "f": "Mrs"}),
}


class Ctx:
    """Everything a document template needs: the locale, a seeded Random and value factories."""

    def __init__(self, rng: random.Random, loc: str, genre: str, idx: int):
        self.r = rng
        self.loc = loc
        self.lang = loc[:2]
        self.cc = LOC_COUNTRY[loc]
        self.reg = LOC_REGION[loc]
        self.genre = genre
        self.idx = idx
        self.variant = idx % 4
        base = dt.date(2025, 2, 1)
        self.today = base + dt.timedelta(days=rng.randrange(0, 640))
        grp = shape_group(loc)
        self.sgrp = grp
        self.dob_shape = wchoice(rng, DOB_SHAPES[grp])
        self.plain_shape = rng.choice(PLAIN_SHAPES[grp])
        if loc in ("fr_CH", "it_CH") and rng.random() < 0.5:
            self.plain_shape = "dmy_dot"
            if rng.random() < 0.5:
                self.dob_shape = "dmy_dot"
        self.phone_nat = rng.choice(
            ["n1", "n1", "n2", "n3", "n4"] if self.cc != "DE" else ["n1", "n2", "n3", "n4", "n5"]
        )
        self.phone_intl = rng.random() < 0.3
        self.used_last: set[str] = set()
        self.used_last_words: set[str] = set()
        self.used_first: set[str] = set()
        self.used_streets: set[str] = set()
        self.used_values: set[str] = set()
        self.home = self.town()
        self.local = 0.55
        self.lower_chat = rng.random() < 0.35
        self._tl_cache: dict = {}
        self.time_style = {
            "de": wchoice(rng, [("colon", 7), ("de_uhr", 3)]),
            "fr": wchoice(rng, [("colon", 5), ("fr_h", 5)]),
            "it": wchoice(rng, [("colon", 7), ("dot", 3)]),
            "en": "colon",
        }[self.lang]
        self._sender_cache: dict = {}
        self.export_dob = "iso" if rng.random() < 0.7 else self.dob_shape

    # --- small helpers
    def t(self, de, fr, it, en):
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def dv(self, de, ch=None, at=None):
        if self.loc == "de_CH" and ch is not None:
            return ch
        if self.loc == "de_AT" and at is not None:
            return at
        return de

    def gw(self, p: Person, m: str, f: str) -> str:
        return f if p.f else m

    def title(self, p: Person, formal=False) -> str:
        t = TITLES[self.lang][1 if formal else 0][p.g]
        if self.loc == "en_US" and t in ("Mr", "Ms", "Mrs"):
            t += "."
        return t

    # --- places
    def town(self, region=None) -> Town:
        return self.r.choice(TOWNS[region or self.reg])

    def near_town(self) -> Town:
        return self.home if self.p(self.local) else self.town()

    def postcode(self, town: Town) -> str:
        pc = self.r.choice(town.postcodes)
        if town.cc == "GB":
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            pc = f"{pc} {self.r.randint(1, 9)}{self.r.choice(letters)}{self.r.choice(letters)}"
        return pc

    def street_name(self, reg=None) -> str:
        reg = reg or self.reg
        for _ in range(20):
            s = self.r.choice(STREET_LISTS[reg])
            if s not in self.used_streets:
                self.used_streets.add(s)
                return s
        return s

    def street(self, reg=None, business=False) -> str:
        reg = reg or self.reg
        s = self.street_name(reg)
        r = self.r
        n = r.randint(1, 60) if r.random() < 0.8 else r.randint(61, 180)
        if reg == "DE":
            if s.endswith("straße") and r.random() < 0.3:
                s = s[:-6] + r.choice(["str.", "str."])
            elif s.endswith(" Straße") and r.random() < 0.3:
                s = s[:-7] + " Str."
            num = str(n)
            x = r.random()
            if x < 0.12:
                num += r.choice("abc")
            elif x < 0.17:
                num += " " + r.choice("ab")
            elif x < 0.2:
                num = f"{n}-{n + 2}"
            return f"{s} {num}"
        if reg == "AT":
            if s.endswith("straße") and r.random() < 0.25:
                s = s[:-6] + "str."
            num = str(n)
            x = r.random()
            if not business:
                if x < 0.3:
                    num += f"/{r.randint(1, 24)}"
                elif x < 0.45:
                    num += f"/{r.randint(1, 4)}/{r.randint(1, 20)}"
                elif x < 0.6:
                    num += f"/Top {r.randint(1, 18)}"
                elif x < 0.65:
                    num += f"/Stiege {r.randint(1, 4)}/Tür {r.randint(1, 16)}"
            return f"{s} {num}"
        if reg == "CHde":
            num = str(n) + (r.choice("abc") if r.random() < 0.1 else "")
            return f"{s} {num}"
        if reg in ("CHfr", "CHit"):
            if reg == "CHfr" and r.random() < 0.15:
                s = s[0].lower() + s[1:]
            num = str(n) + (r.choice(["A", "B", "bis", "a"]) if r.random() < 0.08 else "")
            return f"{s} {num}"
        if reg == "FR":
            num = str(n)
            if r.random() < 0.08:
                num += r.choice([" bis", " ter"])
            x = r.random()
            base = f"{num}, {s}" if x < 0.35 else f"{num} {s}"
            if not business and r.random() < 0.1:
                base += r.choice([f", Appt {r.randint(1, 40)}", f", Bât. {r.choice('ABCD')}"])
            return base
        if reg == "IT":
            x = r.random()
            num = str(n) + ("/" + r.choice("ABC") if r.random() < 0.1 else "")
            if x < 0.2:
                b = f"{s}, {num}"
            elif x < 0.3:
                b = f"{s} n. {num}"
            else:
                b = f"{s} {num}"
            if not business and r.random() < 0.08:
                b += f" int. {r.randint(1, 20)}"
            if r.random() < 0.1:
                b = b[0].lower() + b[1:]
            return b
        if reg == "GB":
            b = f"{n} {s}"
            if not business and r.random() < 0.15:
                b = f"Flat {r.randint(1, 12)}, {b}"
            if business and r.random() < 0.3:
                b = f"Unit {r.randint(1, 20)}, {b}"
            return b
        if reg == "US":
            n = r.randint(10, 4999)
            s2 = s
            if r.random() < 0.3:
                s2 = (
                    s.replace("Street", "St")
                    .replace("Avenue", "Ave")
                    .replace("Boulevard", "Blvd")
                    .replace("Lane", "Ln")
                    .replace("Drive", "Dr")
                    .replace("Road", "Rd")
                )
            if r.random() < 0.2:
                s2 = r.choice(["N ", "S ", "E ", "W "]) + s2
            b = f"{n} {s2}"
            if business and r.random() < 0.5:
                b += f", Suite {r.randint(1, 9)}{r.randint(0, 9)}0"
            elif not business and r.random() < 0.25:
                b += r.choice(
                    [
                        f" Apt {r.randint(1, 30)}{r.choice('ABCD')}",
                        f" #{r.randint(1, 40)}",
                        f", Unit {r.randint(1, 20)}",
                    ]
                )
            return b
        raise ValueError(reg)

    def town_line(self, town: Town, pc: str | None = None, style=None) -> str:
        pc = pc or self.postcode(town)
        r = self.r
        cc = town.cc
        if cc == "GB":
            return f"{town.name} {pc}" if r.random() < 0.85 else f"{town.name.upper()} {pc}"
        if cc == "US":
            z = pc + (f"-{r.randint(1000, 9999)}" if r.random() < 0.15 else "")
            return f"{town.name}, {town.extra} {z}"
        if cc == "IT":
            x = r.random()
            if x < 0.5:
                return f"{pc} {town.name} ({town.extra})"
            if x < 0.75:
                return f"{pc} {town.name} {town.extra}"
            if x < 0.85:
                return f"I-{pc} {town.name}"
            return f"{pc} {town.name}"
        if cc == "FR":
            x = r.random()
            if x < 0.25:
                return f"{pc} {town.name.upper()}"
            return f"{pc} {town.name}"
        prefix = {"DE": "D-", "AT": "A-", "CH": "CH-"}[cc]
        if r.random() < 0.08:
            return f"{prefix}{pc} {town.name}"
        return f"{pc} {town.name}"

    # --- people
    def _pick_name(self, g: str, src: str | None):
        r = self.r
        lang = self.lang
        reg = self.reg
        if src is None:
            x = r.random()
            src = "region" if x < 0.55 else ("community" if x < 0.78 else "special")
        first = last = None
        fsrc = src
        if src == "region":
            fl, ll = self._region_lists(g)
            first, last = r.choice(fl), r.choice(ll)
            fsrc = {
                "DE": "de_DE",
                "AT": "de_AT",
                "CHde": "de_CH",
                "CHfr": "fr_CH",
                "FR": "fr_FR",
                "CHit": "it_IT",
                "IT": "it_IT",
                "GB": "en_GB",
                "US": "en_US",
            }[reg]
            if lang == "de" and r.random() < 0.06:
                f2 = r.choice(fl)
                if f2 != first and len(first) + len(f2) < 16 and not re.search(r"[- ]", first + f2):
                    first = f"{first}-{f2}" if r.random() < 0.7 else f"{first} {f2}"
        elif src == "community":
            com = r.choice(COMMUNITIES[self.cc])
            fsrc = com
            if com == "greek":
                first = r.choice(GREEK[0] if g == "m" else GREEK[1])
                pair = r.choice(GREEK[2])
                last = pair[0] if g == "m" else pair[1]
            elif com == "ru":
                first = r.choice(RUSSIAN_GERMAN[0] if g == "m" else RUSSIAN_GERMAN[1])
                last = r.choice(RUSSIAN_GERMAN[2])
            elif com in COMMUNITY_LISTS:
                m, f, ln = COMMUNITY_LISTS[com]
                first = r.choice(m if g == "m" else f)
                last = r.choice(ln)
            else:
                first = r.choice(FN[com][g])
                last = r.choice(LN[com])
                if com in ("es_ES", "es_MX", "pt_PT", "pt_BR") and r.random() < 0.35:
                    l2 = r.choice(LN[com])
                    if l2 != last:
                        last = f"{last} {l2}"
                if g == "f":
                    last = feminine(com, last)
        else:
            fl, ll = self._region_lists(g)
            fsrc = "special"
            kind = r.random()
            first = r.choice(fl)
            if kind < 0.3:
                last = r.choice(WORD_SURNAMES[lang])
                if r.random() < 0.3:
                    first = r.choice(WORD_FIRST[lang][g])
            elif kind < 0.55:
                key = self.reg if self.reg in PARTICLE_SURNAMES else self.cc
                if self.reg == "CHit":
                    key = "IT"
                last = r.choice(PARTICLE_SURNAMES[key])
            elif kind < 0.8:
                last = r.choice(invented_surnames(lang))
                if r.random() < 0.35:
                    first = r.choice(RARE_FIRST[lang][g])
            else:
                a, b = r.choice(ll), r.choice(ll)
                if a != b:
                    last = f"{a}-{b}" if (lang in ("de", "fr") or r.random() < 0.6) else f"{a} {b}"
                else:
                    last = a
        return first, last, fsrc

    def _region_lists(self, g):
        reg = self.reg
        if reg == "DE":
            return FN["de_DE"][g], LN["de_DE"]
        if reg == "AT":
            return FN["de_AT"][g] + FN["de_DE"][g][::5], LN["de_AT"]
        if reg == "CHde":
            return FN["de_CH"][g], LN["de_CH"] + CH_SURNAMES
        if reg == "CHfr":
            return FN["fr_CH"][g] + FN["fr_FR"][g], LN["fr_CH"] + ROMAND_SURNAMES
        if reg == "FR":
            return FN["fr_FR"][g], LN["fr_FR"]
        if reg == "CHit":
            return FN["it_IT"][g], TICINO_SURNAMES + LN["it_IT"][::3]
        if reg == "IT":
            return FN["it_IT"][g], LN["it_IT"]
        if reg == "GB":
            return FN["en_GB"][g], LN["en_GB"]
        return FN["en_US"][g], LN["en_US"]

    def person(self, g=None, age=(25, 75), kin: Person | None = None, src=None, home=None, local=True) -> Person:
        r = self.r
        g = g or r.choice("mf")
        for _ in range(60):
            if kin is not None:
                first, _, fsrc = self._pick_name(
                    g,
                    "region"
                    if kin.src in ("de_DE", "de_AT", "de_CH", "fr_CH", "fr_FR", "it_IT", "en_GB", "en_US", "special")
                    else None,
                )
                if kin.src not in ("de_DE", "de_AT", "de_CH", "fr_CH", "fr_FR", "it_IT", "en_GB", "en_US", "special"):
                    com = kin.src
                    if com == "greek":
                        first = r.choice(GREEK[0] if g == "m" else GREEK[1])
                    elif com == "ru":
                        first = r.choice(RUSSIAN_GERMAN[0] if g == "m" else RUSSIAN_GERMAN[1])
                    elif com in COMMUNITY_LISTS:
                        first = r.choice(COMMUNITY_LISTS[com][0 if g == "m" else 1])
                    else:
                        first = r.choice(FN[com][g])
                last = kin.last
                if kin.src in ("pl_PL", "cs_CZ", "sk_SK", "greek"):
                    base = kin.base_last if hasattr(kin, "base_last") else kin.last
                    last = feminine(kin.src, base) if g == "f" else base
                fsrc = kin.src
            else:
                first, last, fsrc = self._pick_name(g, src)
            if age[1] <= 19 and fsrc in REGION_SRCS:
                first = r.choice(KID_NAMES[self.reg][0 if g == "m" else 1])
            if first in self.used_first or (kin is None and last in self.used_last):
                continue
            if kin is None and any(w in self.used_last_words for w in re.split(r"[- ']", last) if len(w) > 2):
                continue
            break
        p = Person(first, last, g, fsrc, self.lang)
        if kin is not None and hasattr(kin, "base_last"):
            p.base_last = kin.base_last
        elif fsrc in ("pl_PL", "cs_CZ", "sk_SK", "greek"):
            p.base_last = last if g == "m" else None
            if g == "f":
                # recover the male form for relatives
                if fsrc == "greek":
                    for m_, f_ in GREEK[2]:
                        if f_ == last:
                            p.base_last = m_
                else:
                    for cand in LN[fsrc]:
                        if feminine(fsrc, cand) == last:
                            p.base_last = cand
                            break
                if p.base_last is None:
                    p.base_last = last
        self.used_first.add(first)
        self.used_last.add(last)
        self.used_last_words.update(w for w in re.split(r"[- ']", last) if len(w) > 2)
        age_y = r.randint(*age)
        born = self.today - dt.timedelta(days=age_y * 365 + r.randint(0, 364))
        p.dob = born
        if kin is not None and home is None and r.random() < 0.8 and kin.town is not None:
            p.town, p.street = kin.town, kin.street
        else:
            p.town = home or (self.near_town() if local else self.town())
            p.street = self.street()
        nick = NICKS[self.lang].get(first.split("-")[0].split(" ")[0])
        p.nick = nick
        return p

    def child(self, parent: Person, age=(0, 6), g=None) -> Person:
        c = self.person(g=g, kin=parent, age=(0, max(1, age[1])))
        days = self.r.randint(age[0] * 365 + 30, age[1] * 365 + 330)
        c.dob = self.today - dt.timedelta(days=days)
        c.town, c.street = parent.town, parent.street
        return c

    # --- rendering of labelled values
    def nm(self, p: Person, style: str = "full") -> str:
        """PERSON span in a style: full, rev, revc, LASTfirst, LASTcfirst, init, firstL, FULLUP, first, last, nick."""
        f, l_ = p.first, p.last
        s = {
            "full": f"{f} {l_}",
            "rev": f"{l_} {f}",
            "revc": f"{l_}, {f}",
            "LASTfirst": f"{l_.upper()} {f}",
            "LASTcfirst": f"{l_.upper()}, {f}",
            "init": f"{p.initials()} {l_}",
            "firstL": f"{f} {l_[0]}.",
            "FULLUP": f"{f} {l_}".upper(),
            "first": f,
            "last": l_,
            "nick": p.nick or f,
            "LAST": l_.upper(),
        }[style]
        return lab("PERSON", s)

    def nm_any(self, p: Person, weights=None) -> str:
        st = wchoice(self.r, weights or [("full", 6), ("revc", 2), ("init", 1), ("LASTfirst", 1)])
        return self.nm(p, st)

    def dob(self, p: Person | dt.date, shape=None) -> str:
        d = p if isinstance(p, dt.date) else p.dob
        if shape is None:
            shape = self.dob_shape if self.r.random() < 0.75 else wchoice(self.r, DOB_SHAPES[self.sgrp])
        return lab("DOB", fmt_date(d, shape, self.loc))

    def dob_plain(self, p: Person | dt.date, shape=None) -> str:
        """The DOB string without the label (for JSON etc. we still label - this is for checks)."""
        d = p if isinstance(p, dt.date) else p.dob
        return fmt_date(d, shape or self.dob_shape, self.loc)

    def date(self, d: dt.date, shape=None) -> str:
        return fmt_date(d, shape or self.plain_shape, self.loc)

    def days(self, a: int, b: int) -> dt.date:
        return self.today + dt.timedelta(days=self.r.randint(a, b))

    def time(self, h0=7, h1=19, step=15) -> str:
        h = self.r.randint(h0, h1)
        m = self.r.choice(range(0, 60, step))
        if self.loc == "en_US":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        if self.time_style == "fr_h":
            return f"{h}h{m:02d}"
        if self.time_style == "de_uhr":
            return f"{h}.{m:02d} Uhr"
        if self.time_style == "dot":
            return f"{h:02d}.{m:02d}"
        return f"{h:02d}:{m:02d}"

    def mkphone(self, kind="mobile", town: Town | None = None, cc=None) -> Phone:
        r = self.r
        cc = cc or self.cc
        if cc == "US":
            t = (
                town
                if town is not None and town.cc == "US"
                else self.home
                if self.home.cc == "US"
                else r.choice(TOWNS["US"])
            )
            area = (
                t.area
                if kind == "land" or r.random() < 0.6
                else r.choice(["617", "773", "206", "512", "303", "503", "312", "415", "646", "347"])
            )
            return Phone(cc, kind, area, f"{r.randint(201, 989)}{r.randint(0, 9999):04d}")
        if kind == "mobile":
            pre = r.choice(MOBILE_PREFIX[cc]) if cc != "GB" else "07" + str(r.randint(400, 999))
            if cc == "DE":
                sub = "".join(str(r.randint(0, 9)) for _ in range(r.choice([7, 8])))
                sub = str(r.randint(1, 9)) + sub[1:]
            elif cc == "AT":
                sub = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(r.choice([6, 7])))
            elif cc == "CH":
                sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
            elif cc == "FR":
                sub = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
            elif cc == "IT":
                sub = "".join(str(r.randint(0, 9)) for _ in range(7))
            else:  # GB: 07xxx + 6
                sub = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(5))
            return Phone(cc, "mobile", pre, sub)
        if town is None or town.cc != cc:
            regmap = {
                "DE": "DE",
                "AT": "AT",
                "CH": self.reg if self.reg.startswith("CH") else "CHde",
                "FR": "FR",
                "IT": "IT",
                "GB": "GB",
            }
            town = r.choice(TOWNS[regmap[cc]])
        area = town.area
        if cc in ("DE", "AT"):
            n = 11 - len(area) if cc == "DE" else 10 - len(area)
            n = max(5, n + r.choice([-1, 0, 0]))
            sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
        elif cc == "CH":
            sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
        elif cc == "FR":
            return Phone(cc, "land", area, str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7)))
        elif cc == "IT":
            n = 10 - len(area)
            sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
        else:
            if area == "020":
                sub = r.choice("378") + "".join(str(r.randint(0, 9)) for _ in range(7))
            elif len(area) == 4:
                sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
            elif len(area) == 3:
                sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
            else:
                sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(5))
        return Phone(cc, "land", area, sub)

    def ph(self, x: Person | Phone, kind="mobile", style=None) -> str:
        if isinstance(x, Person):
            if kind == "land":
                if x.land is None:
                    x.land = self.mkphone("land", x.town)
                ph = x.land
            else:
                if x.mobile is None:
                    x.mobile = self.mkphone("mobile")
                ph = x.mobile
        else:
            ph = x
        if style is None:
            if self.phone_intl and self.r.random() < 0.7 or self.r.random() < 0.12:
                style = self.r.choice(["i1", "i1", "i2", "i3", "i4"])
            else:
                style = self.phone_nat if self.r.random() < 0.8 else self.r.choice(["n1", "n2", "n3"])
        return lab("PHONE", render_phone(ph, style))

    def mkemail(self, p: Person, domain: str | None = None, work=False) -> str:
        r = self.r
        ger = p.lang == "de"
        f = slug(p.first.split(" ")[0], ger)
        l_ = slug(p.last, ger)
        if work:
            pat = r.choice(["{f}.{l}", "{f}.{l}", "{i}{l}", "{f}", "{l}", "{i}.{l}"])
        else:
            pat = r.choice(
                [
                    "{f}.{l}",
                    "{f}.{l}",
                    "{f}{l}",
                    "{i}.{l}",
                    "{f}_{l}",
                    "{l}.{f}",
                    "{f}.{l}{n}",
                    "{f}{y}",
                    "{l}{n}",
                    "{f}.{l}{y}",
                    "{nk}{n}",
                ]
            )
        nk = slug(p.nick or p.first, ger)
        local = pat.format(f=f, l=l_, i=f[:1], n=r.randint(1, 99), y=f"{p.dob.year % 100:02d}" if p.dob else "", nk=nk)
        dom = domain or r.choice(EMAIL_DOMAINS[self.cc])
        return f"{local}@{dom}"

    def em(self, p: Person, domain=None, work=False) -> str:
        if work:
            return lab("EMAIL", self.mkemail(p, domain, True))
        if p.email is None:
            p.email = self.mkemail(p, domain)
        return lab("EMAIL", p.email)

    def addr(self, p: Person | None = None, street=None, town=None) -> tuple[str, str]:
        st = street or (p.street if p else self.street())
        tw = town or (p.town if p else self.home)
        key = (st, tw.name)
        if key not in self._tl_cache:
            self._tl_cache[key] = self.town_line(tw)
        return lab("ADDRESS", st), lab("ADDRESS", self._tl_cache[key])

    def addr1(self, p: Person | None = None, sep=None, street=None, town=None) -> str:
        a, b = self.addr(p, street, town)
        sep = sep or self.ch([", ", ", ", ", ", " - ", " · ", "; ", " / "])
        if self.cc == "US" and sep not in (", ",):
            sep = ", "
        return a + sep + b

    def iban(self, cc=None, compact=None, holder_cc=None) -> str:
        r = self.r
        cc = cc or ({"US": "GB"}.get(self.cc, self.cc))
        if cc == self.cc and r.random() < 0.05:
            cc = r.choice(
                {
                    "DE": ["AT", "NL", "LU"],
                    "AT": ["DE"],
                    "CH": ["LI", "DE"],
                    "FR": ["BE", "LU"],
                    "IT": ["SM", "DE"],
                    "GB": ["IE"],
                }.get(self.cc, [cc])
            )
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        if cc == "DE":
            bban = r.choice(
                [
                    "10010010",
                    "20041111",
                    "37040044",
                    "50010517",
                    "60050101",
                    "70150000",
                    "43060967",
                    "12030000",
                    "76026000",
                    "25050180",
                ]
            ) + d(10)
        elif cc == "AT":
            bban = r.choice(["12000", "20111", "32000", "14000", "38000", "20404", "15000"]) + d(11)
        elif cc == "CH":
            bban = r.choice(["00700", "00235", "09000", "80808", "00762", "00788", "00767", "00230"]) + d(12)
        elif cc == "LI":
            bban = r.choice(["08800", "08810", "08802"]) + d(12)
        elif cc == "FR":
            bank, gui, acc = r.choice(["30004", "30002", "10278", "20041", "30003", "11315"]), d(5), d(11)
            bban = bank + gui + acc + fr_rib_key(bank, gui, acc)
        elif cc in ("IT", "SM"):
            abi = (
                r.choice(["03069", "02008", "05034", "03062", "01030", "05696", "06230"])
                if cc == "IT"
                else r.choice(["03225", "08540", "06067"])
            )
            cab, acc = d(5), d(12)
            bban = it_cin(abi + cab + acc) + abi + cab + acc
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA"]) + d(6) + d(8)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI"]) + d(6) + d(8)
        elif cc == "NL":
            bban = r.choice(["ABNA", "RABO", "INGB"]) + d(10)
        elif cc == "LU":
            bban = r.choice(["001", "002", "019"]) + d(13)
        elif cc == "BE":
            first = d(10)
            ck = int(first) % 97 or 97
            bban = first + f"{ck:02d}"
        else:
            raise ValueError(cc)
        ib = cc + iban_check(cc, bban) + bban
        assert iban_valid(ib)
        if compact is None:
            compact = r.random() < 0.3
        s = ib if compact else " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        return lab("IBAN", s)

    def card(self, brand=None) -> str:
        r = self.r
        brand = brand or wchoice(r, [("visa", 5), ("mc", 4), ("amex", 1)])
        if brand == "visa":
            body = "4" + "".join(str(r.randint(0, 9)) for _ in range(14))
        elif brand == "mc":
            if r.random() < 0.7:
                body = str(r.randint(51, 55)) + "".join(str(r.randint(0, 9)) for _ in range(13))
            else:
                body = str(r.randint(2221, 2720)) + "".join(str(r.randint(0, 9)) for _ in range(11))
        else:
            body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
        num = body + luhn_digit(body)
        if len(num) == 15:
            s = f"{num[:4]} {num[4:10]} {num[10:]}" if r.random() < 0.7 else num
        else:
            x = r.random()
            s = (
                " ".join(num[i : i + 4] for i in range(0, 16, 4))
                if x < 0.6
                else ("-".join(num[i : i + 4] for i in range(0, 16, 4)) if x < 0.75 else num)
            )
        return lab("CARD", s)

    def masked_card(self) -> str:
        r = self.r
        last4 = f"{r.randint(0, 9999):04d}"
        return r.choice(
            [
                f"**** **** **** {last4}",
                f"•••• {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"{r.choice(['4', '5'])}{r.randint(10000, 99999)}******{last4}",
                f"**** {last4}",
            ]
        )

    def ahv(self) -> str:
        r = self.r
        body = "756" + "".join(str(r.randint(0, 9)) for _ in range(9))
        n = body + ean13_digit(body)
        s = f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}" if r.random() < 0.85 else n
        return lab("AHV", s)

    def ip(self, v6=None) -> str:
        r = self.r
        if v6 is None:
            v6 = r.random() < 0.18
        for _ in range(50):
            if v6:
                pre = r.choice(IP6_PREFIX[self.cc])
                groups = pre.split(":")
                while len(groups) < 4:
                    groups.append(f"{r.randint(0, 0xFFFF):x}")
                tail = [f"{r.randint(0, 0xFFFF):x}" for _ in range(4)]
                s = ":".join(groups + tail)
            else:
                a, lo, hi = r.choice(IP4_PREFIX[self.cc])
                s = f"{a}.{r.randint(lo, hi)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if ipaddress.ip_address(s).is_global:
                return lab("IP", s)
        raise RuntimeError("no ip")

    def lan_ip(self) -> str:
        r = self.r
        return r.choice(
            [
                f"192.168.{r.choice([0, 1, 1, 2, 178])}.{r.randint(2, 254)}",
                f"10.{r.randint(0, 20)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
            ]
        )

    def num(self, prefix="", n=6) -> str:
        return prefix + "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def money(self, amount: float, cur=None) -> str:
        cur = (
            cur or {"DE": "EUR", "AT": "EUR", "FR": "EUR", "IT": "EUR", "CH": "CHF", "GB": "GBP", "US": "USD"}[self.cc]
        )
        if self.cc == "CH":
            return f"CHF {amount:,.2f}".replace(",", "'")
        if self.cc == "GB":
            return f"£{amount:,.2f}"
        if self.cc == "US":
            return f"${amount:,.2f}"
        s = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        if self.lang == "fr":
            s = s.replace(".", " ")
        return f"{s} €" if self.lang in ("fr", "it") or self.r.random() < 0.6 else f"EUR {s}"

    def company_domain(self, name: str) -> str:
        base = re.sub(
            r"(GmbH & Co\. KG|GmbH|AG|SA|Sàrl|Sagl|Srl|S\.r\.l\.|snc|Ltd|LLC|Inc\.|KG|e\.K\.|SAS|SARL|OG)$",
            "",
            name.strip(),
        ).strip()
        words = [slug(w, self.lang == "de") for w in re.split(r"[\s\-']+", base)]
        words = [
            w
            for w in words
            if w
            and w
            not in (
                "de",
                "du",
                "la",
                "le",
                "des",
                "am",
                "di",
                "del",
                "the",
                "and",
                "e",
                "et",
                "und",
                "co",
                "l",
                "d",
                "il",
                "lo",
                "i",
                "gli",
            )
        ]
        if sum(len(w) for w in words) <= 20:
            d = "".join(words)
        else:
            d = "-".join(words[:2]) if len(words[0]) < 14 else words[0]
        return d + "." + TLD[self.cc]

    def staff(self, dom: str, g=None, age=(24, 62)) -> Person:
        p = self.person(g=g, age=age)
        p.work_email = self.mkemail(p, dom, work=True)
        return p


# --------------------------------------------------------------------------------------------------------------------
# companies
# --------------------------------------------------------------------------------------------------------------------


class Company:
    def __init__(self, c: Ctx, name: str, town: Town | None = None, role: str = "info", land_style=None):
        self.name = name
        self.town = town or c.home
        self.street = c.street(business=True)
        self.tline = c.town_line(self.town)
        self.dom = c.company_domain(name)
        self.web = "www." + self.dom
        self.role = f"{role}@{self.dom}"
        self.phone = c.mkphone("land", self.town)
        self.fax = c.mkphone("land", self.town) if c.p(0.3) and c.cc in ("DE", "AT", "IT", "CH") else None
        if self.fax is not None:
            self.fax.area = self.phone.area
            self.fax.sub = self.phone.sub[:-2] + f"{c.r.randint(10, 99)}"
            if self.fax.sub == self.phone.sub:
                self.fax = None

    def letterhead(self, c: Ctx, one_line=None) -> str:
        if one_line is None:
            one_line = c.p(0.4)
        tel = c.t("Tel.", "Tél.", "Tel.", "Tel")
        st, tl = lab("ADDRESS", self.street), lab("ADDRESS", self.tline)
        ph = c.ph(self.phone, style=c.ch(["n1", "n1", "i1"]))
        fax = ""
        if self.fax is not None:
            fax = c.ph(self.fax, style="n1")
        if one_line:
            parts = [self.name, st, tl, f"{tel} {ph}"]
            if fax:
                parts.append(f"Fax {fax}")
            parts.append(self.web)
            return " · ".join(parts)
        lines = [self.name, st, tl, f"{tel} {ph}"]
        if fax:
            lines.append(f"Fax {fax}")
        lines.append(c.ch([self.role, self.web]))
        return "\n".join(lines)


def company_name(c: Ctx, stems: dict) -> str:
    """stems: {lang: [names with {town} placeholder]} and legal forms chosen by country."""
    base = c.ch(stems[c.lang])
    town = c.home.name.split(" ")[0].split("/")[0].split("-")[0]
    base = base.replace("{town}", town)
    forms = {
        "DE": ["GmbH", "GmbH", "GmbH & Co. KG", "e.K.", ""],
        "AT": ["GmbH", "GmbH", "OG", "KG", ""],
        "CH": ["AG", "GmbH", "Sàrl" if c.lang == "fr" else ("SA" if c.lang == "it" else "AG"), ""],
        "FR": ["SARL", "SAS", ""],
        "IT": ["Srl", "S.r.l.", "snc", ""],
        "GB": ["Ltd", "Ltd", ""],
        "US": ["LLC", "Inc.", ""],
    }[c.cc]
    if c.cc == "CH" and c.lang == "fr":
        forms = ["SA", "Sàrl", ""]
    if c.cc == "CH" and c.lang == "it":
        forms = ["SA", "Sagl", ""]
    f = c.ch(forms)
    return f"{base} {f}".strip()


# --------------------------------------------------------------------------------------------------------------------
# layout helpers
# --------------------------------------------------------------------------------------------------------------------


def form(c: Ctx, rows, style=None, width=None) -> str:
    rows = [(k, v) for k, v in rows if v is not None and v != ""]
    style = style or wchoice(
        c.r,
        [
            ("colon", 5),
            ("aligned", 3),
            ("tab", 1),
            ("dots", 1),
            ("bold", 2),
            ("md2", 2),
            ("upper", 1),
            ("bullet", 2),
            ("bracket", 1),
            ("eq", 1),
        ],
    )
    w = width or max(len(k) for k, _ in rows) + 2
    out = []
    if style == "md2":
        h = c.t(("Feld", "Angabe"), ("Champ", "Valeur"), ("Campo", "Valore"), ("Field", "Value"))
        out.append(f"| {h[0]} | {h[1]} |")
        out.append("|---|---|")
        for k, v in rows:
            out.append(f"| {k} | {v} |")
        return "\n".join(out)
    for k, v in rows:
        if style == "colon":
            out.append(f"{k}: {v}")
        elif style == "aligned":
            out.append(f"{(k + ':').ljust(w)} {v}")
        elif style == "tab":
            out.append(f"{k}:\t{v}")
        elif style == "dots":
            out.append(f"{k} {'.' * max(2, w + 4 - len(k))} {v}")
        elif style == "bold":
            out.append(f"**{k}:** {v}")
        elif style == "upper":
            out.append(f"{k.upper()}: {v}")
        elif style == "bullet":
            out.append(f"- {k}: {v}")
        elif style == "bracket":
            out.append(f"[{k}] {v}")
        elif style == "eq":
            out.append(f"{k} = {v}")
    return "\n".join(out)


def _csv_line(cells, delim):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="")
    w.writerow(cells)
    return buf.getvalue()


def table(c: Ctx, header, rows, style=None) -> str:
    style = style or wchoice(
        c.r,
        [("md", 3), ("md_aligned", 2), ("pipe", 1), ("tsv", 2), ("csv", 2), ("csv_semi", 2), ("fixed", 2), ("html", 1)],
    )
    rows = [[("" if x is None else str(x)) for x in r] for r in rows]
    if style in ("md", "md_aligned", "fixed"):
        widths = [max(vlen(str(h)), *(vlen(r[i]) for r in rows)) for i, h in enumerate(header)]
    if style == "md":
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(r) + " |" for r in rows]
    elif style == "md_aligned":
        out = [
            "| " + " | ".join(pad(h, widths[i]) for i, h in enumerate(header)) + " |",
            "|" + "|".join("-" * (w + 2) for w in widths) + "|",
        ]
        out += ["| " + " | ".join(pad(x, widths[i]) for i, x in enumerate(r)) + " |" for r in rows]
    elif style == "pipe":
        out = [" | ".join(header)] + [" | ".join(r) for r in rows]
    elif style == "tsv":
        out = ["\t".join(header)] + ["\t".join(r) for r in rows]
    elif style in ("csv", "csv_semi"):
        d = "," if style == "csv" else ";"
        out = [_csv_line(header, d)] + [_csv_line(r, d) for r in rows]
    elif style == "fixed":
        out = ["  ".join(pad(h, widths[i]) for i, h in enumerate(header)).rstrip(), "  ".join("-" * w for w in widths)]
        out += ["  ".join(pad(x, widths[i]) for i, x in enumerate(r)).rstrip() for r in rows]
    elif style == "html":
        out = ["<table>", "  <tr>" + "".join(f"<th>{html.escape(h, quote=False)}</th>" for h in header) + "</tr>"]
        for r in rows:
            out.append("  <tr>" + "".join(f"<td>{html.escape(x, quote=False)}</td>" for x in r) + "</tr>")
        out.append("</table>")
    else:
        raise ValueError(style)
    return "\n".join(out)


def jdump(obj, indent=None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def jsonl(records) -> str:
    return "\n".join(jdump(r) for r in records)


def yaml_scalar(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    plain = vis(s)
    if (
        plain == ""
        or re.search(r"[:#\[\]{},&*!|>'\"%@`]", plain)
        or plain[0] in "-?"
        or re.fullmatch(r"[\d.+\-eE ]+|true|false|null|yes|no", plain, re.I)
    ):
        return '"' + s.replace('"', '\\"') + '"'
    return s


def yaml_dump(obj, indent=0) -> str:
    sp = "  " * indent
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yaml_dump(v, indent + 1))
            else:
                out.append(f"{sp}{k}: {yaml_scalar(v)}")
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, dict):
                sub = yaml_dump(item, indent + 1).split("\n")
                first = sub[0].lstrip()
                out.append(f"{sp}- {first}")
                out.extend(sub[1:])
            else:
                out.append(f"{sp}- {yaml_scalar(item)}")
    return "\n".join(out)


def mail_header(c: Ctx, frm, to, subject, when: str, cc=None, outlook=False) -> str:
    L = {
        "de": ("Von", "An", "Cc", "Betreff", "Datum", "Gesendet"),
        "fr": ("De", "À", "Cc", "Objet", "Date", "Envoyé"),
        "it": ("Da", "A", "Cc", "Oggetto", "Data", "Inviato"),
        "en": ("From", "To", "Cc", "Subject", "Date", "Sent"),
    }[c.lang]
    lines = [f"{L[0]}: {frm}"]
    if outlook:
        lines.append(f"{L[5]}: {when}")
    lines.append(f"{L[1]}: {to}")
    if cc:
        lines.append(f"{L[2]}: {cc}")
    lines.append(f"{L[3]}: {subject}")
    if not outlook:
        lines.insert(1, f"{L[4]}: {when}") if c.p(0.5) else lines.append(f"{L[4]}: {when}")
    return "\n".join(lines)


def addr_disp(c: Ctx, name_marked: str | None, email_marked: str) -> str:
    if name_marked is None:
        return email_marked
    if c.p(0.15):
        return f'"{name_marked}" <{email_marked}>'
    return f"{name_marked} <{email_marked}>"


def when_str(c: Ctx, d: dt.date, hm: str | None = None) -> str:
    hm = hm or c.time(7, 21, 1)
    wd = WEEKDAYS[c.lang][d.weekday()]
    if c.lang == "de":
        return c.ch([f"{c.date(d, 'dmy_dot')} {hm}", f"{wd}, {fmt_date(d, 'de_long', c.loc)} {hm}"])
    if c.lang == "fr":
        return c.ch([f"{c.date(d, 'dmy_slash')} {hm}", f"{wd} {fmt_date(d, 'fr_long', c.loc)} {hm}"])
    if c.lang == "it":
        return c.ch([f"{c.date(d, 'dmy_slash')} {hm}", f"{wd} {fmt_date(d, 'it_long', c.loc)} {hm}"])
    if c.loc == "en_US":
        return c.ch([f"{wd}, {fmt_date(d, 'us_long', c.loc)} {hm}", f"{fmt_date(d, 'us_slash', c.loc)} {hm}"])
    return c.ch([f"{wd}, {fmt_date(d, 'en_long', c.loc)} {hm}", f"{fmt_date(d, 'dmy_slash', c.loc)} {hm}"])


def quote_intro(c: Ctx, who: str, d: dt.date) -> str:
    hm = c.time(7, 21, 1)
    if c.lang == "de":
        return f"Am {c.date(d, 'dmy_dot')} um {hm} schrieb {who}:"
    if c.lang == "fr":
        return f"Le {fmt_date(d, 'fr_long', c.loc)} à {hm}, {who} a écrit :"
    if c.lang == "it":
        return f"Il giorno {fmt_date(d, 'it_long', c.loc)} alle ore {hm} {who} ha scritto:"
    if c.loc == "en_US":
        return f"On {fmt_date(d, 'us_abbr', c.loc)}, at {hm}, {who} wrote:"
    return f"On {fmt_date(d, 'en_abbr', c.loc)}, at {hm}, {who} wrote:"


def quote_block(c: Ctx, intro_who: str, d: dt.date, body: str, header_args=None) -> str:
    """Quoted earlier mail: '> ' prefixed with 'Am ... schrieb', or an Outlook original-message block."""
    if header_args is not None and c.p(0.4):
        sep = c.t(
            "-----Ursprüngliche Nachricht-----",
            "-----Message d'origine-----",
            "-----Messaggio originale-----",
            "-----Original Message-----",
        )
        frm, to, subj = header_args
        return sep + "\n" + mail_header(c, frm, to, subj, when_str(c, d), outlook=True) + "\n\n" + body
    q = "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    return quote_intro(c, intro_who, d) + "\n" + q


def greeting(c: Ctx, p: Person | None, formal=True, who: str | None = None) -> str:
    """Salutation line; `who` is the marked name to use (surname or first name)."""
    if p is None:
        return c.t(
            "Sehr geehrte Damen und Herren,",
            "Madame, Monsieur,",
            "Gentili signori,",
            "Dear Sir or Madam," if c.loc == "en_GB" else "To whom it may concern,",
        )
    if formal:
        w = who or c.nm(p, "last")
        if c.lang == "de":
            return f"Sehr geehrte{'' if p.f else 'r'} {c.title(p)} {w},"
        if c.lang == "fr":
            return f"{c.ch(['Bonjour', 'Chère' if p.f else 'Cher'])} {c.title(p, True)} {w},"
        if c.lang == "it":
            return f"{c.ch(['Gentile', 'Buongiorno'])} {c.title(p, True)} {w},"
        return f"Dear {c.title(p)} {w},"
    w = who or c.nm(p, "first")
    if c.lang == "de":
        hi = c.ch(["Hallo", "Liebe" if p.f else "Lieber", {"de_CH": "Hoi", "de_AT": "Servus"}.get(c.loc, "Moin")])
        return f"{hi} {w},"
    if c.lang == "fr":
        return f"{c.ch(['Bonjour', 'Salut', 'Chère' if p.f else 'Cher'])} {w},"
    if c.lang == "it":
        return f"{c.ch(['Ciao', 'Cara' if p.f else 'Caro', 'Buongiorno'])} {w},"
    return f"{c.ch(['Hi', 'Hello', 'Dear'])} {w},"


def closing(c: Ctx, formal=True) -> str:
    if formal:
        return c.ch(
            {
                "de": [
                    "Freundliche Grüsse" if c.loc == "de_CH" else "Mit freundlichen Grüßen",
                    "Freundliche Grüße" if c.loc != "de_CH" else "Beste Grüsse",
                    "Beste Grüße" if c.loc != "de_CH" else "Freundliche Grüsse",
                ],
                "fr": [
                    "Meilleures salutations",
                    "Cordialement",
                    "Avec mes meilleures salutations",
                    "Bien cordialement",
                ],
                "it": ["Cordiali saluti", "Distinti saluti", "Cordialmente"],
                "en": ["Kind regards", "Best regards", "Regards"]
                if c.loc == "en_GB"
                else ["Best regards", "Sincerely", "Thanks,"],
            }[c.lang]
        )
    return c.ch(
        {
            "de": [
                "LG",
                "Viele Grüße" if c.loc != "de_CH" else "Liebe Grüsse",
                "Danke & Gruß" if c.loc != "de_CH" else "Merci und Gruess",
            ],
            "fr": ["Bises", "Merci et à bientôt", "Belle journée"],
            "it": ["Grazie mille", "Un saluto", "A presto"],
            "en": ["Cheers", "Thanks!", "Best"],
        }[c.lang]
    )


def signature(
    c: Ctx,
    p: Person,
    role: str | None = None,
    co: Company | None = None,
    email_m: str | None = None,
    phone_m: str | None = None,
    style=None,
) -> str:
    style = style or c.ch(["block", "block", "dash", "line"])
    parts = [c.nm(p, c.ch(["full", "full", "full", "init"]))]
    extra = []
    if role:
        extra.append(role)
    if co:
        extra.append(co.name)
    contact = []
    if phone_m:
        contact.append(c.t("Tel. ", "Tél. ", "Tel. ", "T ") + phone_m)
    if email_m:
        contact.append(email_m)
    if style == "line":
        return "-- \n" + " | ".join(parts + extra + contact)
    body = "\n".join(parts + extra + contact)
    return ("-- \n" + body) if style == "dash" else body


CHAT_LAYOUTS = ["wa_ios", "wa_android", "telegram", "teams", "irc", "paren", "discord", "plain"]


def chat(c: Ctx, msgs, layout=None, day: dt.date | None = None, lower=None) -> str:
    """msgs: list of (sender_marked_or_plain, text). Time stamps increase."""
    layout = layout or c.ch(CHAT_LAYOUTS)
    day = day or c.today
    lower = c.lower_chat if lower is None else lower
    h = c.r.randint(7, 20)
    m = c.r.randint(0, 59)
    s = c.r.randint(0, 59)
    out = []
    us = c.loc == "en_US"
    for sender, text in msgs:
        m += c.r.randint(0, 9)
        s = (s + c.r.randint(3, 50)) % 60
        if m >= 60:
            h += m // 60
            m %= 60
        if h > 23:
            h = 23
        if lower:
            text = text.lower().replace("i\u0307", "i")
        hm = f"{h:02d}:{m:02d}"
        hms = f"{hm}:{s:02d}"
        if us:
            h12 = (h - 1) % 12 + 1
            ap = "AM" if h < 12 else "PM"
            hm = f"{h12}:{m:02d} {ap}"
            hms = f"{h12}:{m:02d}:{s:02d} {ap}"
        if c.lang == "de":
            dshort, dlong = f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}", c.date(day, "dmy_dot")
        elif us:
            dshort, dlong = f"{day.month}/{day.day}/{day.year % 100:02d}", c.date(day, "us_slash")
        else:
            dshort, dlong = f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}", c.date(day, "dmy_slash")
        if layout == "wa_ios":
            out.append(f"[{dshort}, {hms}] {sender}: {text}")
        elif layout == "wa_android":
            out.append(f"{dshort}, {hm} - {sender}: {text}")
        elif layout == "telegram":
            out.append(f"{sender}, [{dlong} {hm}]\n{text}")
        elif layout == "teams":
            out.append(f"{sender}  {hm}\n{text}")
        elif layout == "irc":
            out.append(f"[{hm}] <{sender}> {text}")
        elif layout == "paren":
            out.append(f"{sender} ({hm}): {text}")
        elif layout == "discord":
            out.append(f"{sender} — {dlong} {hm}\n{text}")
        else:
            out.append(f"{sender}: {text}")
    sep = "\n\n" if layout in ("telegram", "teams", "discord") else "\n"
    return sep.join(out)


def sender(c: Ctx, p: Person, layout_hint=None, allow_phone=True) -> str:
    if id(p) not in c._sender_cache:
        c._sender_cache[id(p)] = _sender(c, p, allow_phone)
    return c._sender_cache[id(p)]


def _sender(c: Ctx, p: Person, allow_phone=True) -> str:
    x = c.r.random()
    if allow_phone and x < 0.08:
        return c.ph(p, style=c.ch(["i1", "i1", "n1"]))
    if x < 0.5:
        return c.nm(p, "full")
    if x < 0.8:
        return c.nm(p, "first")
    if x < 0.9 and p.nick:
        return c.nm(p, "nick")
    return c.nm(p, "firstL")


def ocr(c: Ctx, text: str, rate=0.02) -> str:
    subs = {
        "rn": "m",
        "m": "rn",
        "l": "1",
        "I": "l",
        "O": "0",
        "e": "c",
        "ü": "u",
        "ä": "a",
        "ö": "o",
        "é": "e",
        ",": ".",
        "i": "í",
        "t": "f",
        "S": "5",
        "B": "8",
        "a": "o",
    }
    r = c.r

    def noise(s: str) -> str:
        out = []
        i = 0
        while i < len(s):
            if r.random() < rate:
                two = s[i : i + 2]
                if two in subs:
                    out.append(subs[two])
                    i += 2
                    continue
                ch = s[i]
                if ch in subs:
                    out.append(subs[ch])
                    i += 1
                    continue
                if ch == " " and r.random() < 0.3:
                    out.append("  ")
                    i += 1
                    continue
            out.append(s[i])
            i += 1
        return "".join(out)

    return map_outside(text, noise)


REQ_GENERIC = {
    "de": [
        "Kannst du mir das zusammenfassen?",
        "Bitte in eine saubere Tabelle bringen.",
        "Formuliere bitte eine kurze, freundliche Antwort.",
        "Was fehlt hier noch? Bitte Checkliste.",
        "Übersetze das bitte ins Englische.",
        "Kannst du die Punkte nach Dringlichkeit sortieren?",
        "Mach daraus bitte eine kurze Notiz für die Kollegin.",
        "Prüf bitte, ob die Angaben vollständig sind.",
    ],
    "fr": [
        "Peux-tu me résumer ceci ?",
        "Mets-moi ça dans un tableau propre, stp.",
        "Rédige une réponse courte et polie.",
        "Qu'est-ce qui manque ? Fais-moi une liste.",
        "Traduis ceci en allemand, s'il te plaît.",
        "Peux-tu trier les points par urgence ?",
        "Vérifie si les informations sont complètes.",
    ],
    "it": [
        "Puoi riassumermi questo testo?",
        "Mettilo in una tabella ordinata, per favore.",
        "Scrivi una risposta breve e cortese.",
        "Cosa manca? Fammi una checklist.",
        "Traduci in tedesco, per favore.",
        "Controlla se i dati sono completi.",
    ],
    "en": [
        "Can you summarise this for me?",
        "Please turn this into a clean table.",
        "Draft a short, polite reply.",
        "What is missing here? Give me a checklist.",
        "Can you sort these by urgency?",
        "Please check whether the details are complete.",
    ],
}


def finish(c: Ctx, body: str, reqs: dict | None = None) -> str:
    r = c.r
    lang = c.lang
    if lang != "en" and r.random() < 0.07:
        lang = "en"
    elif c.loc in ("fr_CH", "it_CH") and r.random() < 0.06:
        lang = "de"
    pool = list(REQ_GENERIC[lang])
    if reqs and lang in reqs:
        pool = reqs[lang] + pool
    req = r.choice(pool)
    if r.random() < 0.12:
        req = req[0].lower() + req[1:]
    x = r.random()
    if x < 0.15:
        body = "```\n" + body + "\n```"
    elif x < 0.2:
        body = '"""\n' + body + '\n"""'
    elif x < 0.25:
        body = "---\n" + body + "\n---"
    elif x < 0.28:
        body = "<<<\n" + body + "\n>>>"
    y = r.random()
    if y < 0.6:
        return req + "\n\n" + body
    if y < 0.9:
        return body + "\n\n" + req
    return body


REL = {
    "partner": {
        "de": ("mein Mann", "meine Frau"),
        "fr": ("mon mari", "ma femme"),
        "it": ("mio marito", "mia moglie"),
        "en": ("my husband", "my wife"),
    },
    "friend": {
        "de": ("mein Partner", "meine Partnerin"),
        "fr": ("mon compagnon", "ma compagne"),
        "it": ("il mio compagno", "la mia compagna"),
        "en": ("my partner", "my partner"),
    },
    "neighbour": {
        "de": ("mein Nachbar", "meine Nachbarin"),
        "fr": ("mon voisin", "ma voisine"),
        "it": ("il mio vicino", "la mia vicina"),
        "en": ("my neighbour", "my neighbour"),
    },
    "child": {
        "de": ("mein Sohn", "meine Tochter"),
        "fr": ("mon fils", "ma fille"),
        "it": ("mio figlio", "mia figlia"),
        "en": ("my son", "my daughter"),
    },
    "parent": {
        "de": ("mein Vater", "meine Mutter"),
        "fr": ("mon père", "ma mère"),
        "it": ("mio padre", "mia madre"),
        "en": ("my father", "my mother"),
    },
    "sibling": {
        "de": ("mein Bruder", "meine Schwester"),
        "fr": ("mon frère", "ma sœur"),
        "it": ("mio fratello", "mia sorella"),
        "en": ("my brother", "my sister"),
    },
    "colleague": {
        "de": ("mein Kollege", "meine Kollegin"),
        "fr": ("mon collègue", "ma collègue"),
        "it": ("il mio collega", "la mia collega"),
        "en": ("my colleague", "my colleague"),
    },
}


REL_DE_CASE = {
    "dat": {
        "partner": ("meinem Mann", "meiner Frau"),
        "neighbour": ("meinem Nachbarn", "meiner Nachbarin"),
        "sibling": ("meinem Bruder", "meiner Schwester"),
        "child": ("meinem Sohn", "meiner Tochter"),
    },
    "acc": {
        "partner": ("meinen Mann", "meine Frau"),
        "neighbour": ("meinen Nachbarn", "meine Nachbarin"),
        "sibling": ("meinen Bruder", "meine Schwester"),
        "child": ("meinen Sohn", "meine Tochter"),
    },
}


def rel(c: Ctx, kind: str, p: Person, case: str = "nom") -> str:
    if c.lang == "de" and case != "nom":
        return REL_DE_CASE[case][kind][1 if p.f else 0]
    s = REL[kind][c.lang][1 if p.f else 0]
    if c.loc == "en_US":
        s = s.replace("neighbour", "neighbor")
    return s


def us(c: Ctx, gb: str, us_: str) -> str:
    return us_ if c.loc == "en_US" else gb


# --------------------------------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


def _inside(ents, a, b) -> bool:
    return any(e["start"] <= a and b <= e["end"] for e in ents)


def check(text: str, ents: list[dict]) -> list[str]:
    probs = []
    prev = -1
    for e in ents:
        s, en, v = e["start"], e["end"], e["text"]
        if s < prev:
            probs.append(f"overlap {v!r}")
        prev = en
        if text[s:en] != v or not v or v != v.strip():
            probs.append(f"bad span {v!r}")
        t = e["type"]
        if t == "IBAN" and not iban_valid(v):
            probs.append(f"iban {v}")
        if t == "CARD" and not (luhn_ok(v) and len(re.sub(r"\D", "", v)) in (15, 16)):
            probs.append(f"card {v}")
        if t == "AHV" and not ahv_ok(v):
            probs.append(f"ahv {v}")
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            probs.append(f"email {v}")
        if t == "IP":
            try:
                if not ipaddress.ip_address(v).is_global:
                    probs.append(f"ip {v}")
            except ValueError:
                probs.append(f"ip {v}")
        if t == "PERSON" and re.search(r"\d", v):
            probs.append(f"person digits {v}")
    for a, b in zip(ents, ents[1:], strict=False):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            probs.append(f"split name {a['text']!r} {b['text']!r}")
    seen = set()
    for e in ents:
        v = e["text"]
        if len(v) >= 5 and v not in seen:
            seen.add(v)
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                if not _inside(ents, m.start(), m.end()):
                    probs.append(f"unlabelled repeat {v!r}")
                    break
    words = set()
    for e in ents:
        if e["type"] == "PERSON":
            for w in re.findall(r"[^\W\d_]+", e["text"]):
                if len(w) >= 3 and w.lower() not in PARTICLES:
                    words.add(w)
    for w in sorted(words):
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
            if not _inside(ents, m.start(), m.end()):
                probs.append(f"unlabelled name word {w!r}")
                break
    return probs


# ====================================================================================================================
# 1. warranty - appliance warranty and guarantee claims
# ====================================================================================================================

APPLIANCES = [
    ("Miele", "W1 WWD 320 WPS", "washing"),
    ("Bosch", "Serie 6 WAU28P40", "washing"),
    ("Siemens", "iQ500 SN65ZX49CE", "dishwasher"),
    ("V-ZUG", "Adora 60 V4000", "dishwasher"),
    ("Jura", "E8 Piano Black", "coffee"),
    ("De'Longhi", "Magnifica S ECAM22.110", "coffee"),
    ("Dyson", "V15 Detect Absolute", "vacuum"),
    ("Liebherr", "CNd 5723 Plus", "fridge"),
    ("Electrolux", "EW7F3846DB", "washing"),
    ("Smeg", "FAB28RPB5", "fridge"),
    ("Kenwood", "Chef XL KVL4100S", "mixer"),
    ("Samsung", "WW90T534DAW", "washing"),
    ("LG", "GBB72PZEFN", "fridge"),
    ("Philips", "Airfryer XXL HD9650", "fryer"),
    ("KitchenAid", "Artisan 5KSM175PS", "mixer"),
    ("Whirlpool", "WFC 3C26 P", "dishwasher"),
    ("Sage", "Barista Express SES875", "coffee"),
    ("Gaggenau", "BOP250132", "oven"),
    ("AEG", "BPE558370M", "oven"),
    ("Beko", "B5RCNA366HXB1", "fridge"),
    ("iRobot", "Roomba j7+", "vacuum"),
    ("Nespresso", "Vertuo Next", "coffee"),
]
FAULTS = {
    "washing": {
        "de": "pumpt nicht ab, Fehlercode F18",
        "fr": "ne vidange plus, code erreur E21",
        "it": "non scarica l'acqua, errore E20",
        "en": "won't drain, error code E21",
    },
    "dishwasher": {
        "de": "Wasser im Bodenbereich, Fehler E15",
        "fr": "fuite d'eau, erreur E15",
        "it": "perdita d'acqua, errore E15",
        "en": "leaks water, error E15",
    },
    "coffee": {
        "de": "Mahlwerk blockiert, Display zeigt 'Entkalken'",
        "fr": "le broyeur est bloqué",
        "it": "il macinacaffè è bloccato",
        "en": "grinder jammed, descale light stays on",
    },
    "vacuum": {
        "de": "Akku hält nur noch 5 Minuten",
        "fr": "la batterie ne tient que 5 minutes",
        "it": "la batteria dura solo 5 minuti",
        "en": "battery only lasts five minutes",
    },
    "fridge": {
        "de": "kühlt nicht mehr, Kompressor klackt",
        "fr": "ne refroidit plus, bruit de claquement",
        "it": "non raffredda più, il compressore scatta",
        "en": "no longer cooling, compressor clicks",
    },
    "mixer": {
        "de": "Motor riecht verbrannt, Drehzahl schwankt",
        "fr": "odeur de brûlé, vitesse irrégulière",
        "it": "odore di bruciato, velocità irregolare",
        "en": "burning smell, speed keeps dropping",
    },
    "fryer": {
        "de": "heizt nicht mehr auf",
        "fr": "ne chauffe plus",
        "it": "non scalda più",
        "en": "no longer heats up",
    },
    "oven": {
        "de": "Tür schliesst nicht, Dichtung gerissen",
        "fr": "la porte ne ferme plus, joint fissuré",
        "it": "lo sportello non chiude, guarnizione rotta",
        "en": "door won't close, seal torn",
    },
}
WARRANTY_SHOPS = {
    "de": [
        "Haushaltgeräte-Service {town}",
        "ElektroPunkt",
        "Küchentechnik Nord",
        "Gerätedienst Süd",
        "Haushaltsprofi",
        "Elektrohaus am Markt",
        "Technik-Center {town}",
    ],
    "fr": ["Électroménager Service", "Dépannage Électro Plus", "SAV Confort Maison", "Électro-Centre {town}"],
    "it": [
        "Assistenza Elettrodomestici {town}",
        "Centro Riparazioni Elettra",
        "Servizio Tecnico Casa",
        "ElettroPiù {town}",
    ],
    "en": ["HomeTech Repairs", "Appliance Care", "BrightHome Service", "{town} Appliance Centre"],
}
WARRANTY_REQ = {
    "de": [
        "Formuliere bitte eine Antwort an die Kundin bzw. den Kunden.",
        "Ist das ein Garantiefall? Kurze Einschätzung.",
        "Bitte die offenen Reklamationen als Liste mit nächstem Schritt.",
    ],
    "fr": [
        "Rédige une réponse au client, stp.",
        "Est-ce couvert par la garantie ? Donne-moi ton avis.",
        "Fais la liste des réclamations ouvertes avec la prochaine étape.",
    ],
    "it": [
        "Scrivi una risposta al cliente.",
        "Rientra nella garanzia? Dammi un parere breve.",
        "Elenca i reclami aperti con il prossimo passo.",
    ],
    "en": [
        "Draft a reply to the customer.",
        "Is this covered by the warranty? Quick assessment please.",
        "List the open claims with the next step for each.",
    ],
}


def _appliance(c: Ctx):
    b, m, kind = c.ch(APPLIANCES)
    sn = c.ch(
        [
            c.num("", 10),
            f"{c.num('', 3)}-{c.num('', 5)}-{c.num('', 2)}",
            "SN" + c.num("", 9),
            f"{c.r.randint(10, 99)}{c.ch('ABCDEFGH')}{c.num('', 7)}",
        ]
    )
    return b, m, kind, sn


def _shop(c: Ctx) -> Company:
    stems = {
        k: [x.replace("Centre", "Center") if c.loc == "en_US" else x for x in v] for k, v in WARRANTY_SHOPS.items()
    }
    co = Company(c, company_name(c, stems), role=c.t("service", "sav", "assistenza", "service"))
    return co


def gen_warranty(c: Ctx) -> str:
    v = c.variant
    c.local = 0.7
    cust = c.person(age=(24, 82))
    b, model, kind, sn = _appliance(c)
    bought = c.today - dt.timedelta(days=c.r.randint(120, 700))
    case = c.ch(["RMA-", "GA-", "SAV-", "REK-", "CLM-", ""]) + c.num("", c.ch([6, 7, 8]))
    fault = FAULTS[kind][c.lang]
    shop = _shop(c)
    if v == 0:
        partner = c.person(g="f" if not cust.f else "m", kin=cust, age=(24, 82))
        t = c.t
        title = t(
            c.ch(["Garantieantrag", "Reklamation / Garantiefall", "Serviceauftrag Garantie"]),
            c.ch(["Demande de prise en charge sous garantie", "Réclamation SAV"]),
            c.ch(["Richiesta di intervento in garanzia", "Modulo reclamo"]),
            c.ch(["Warranty claim form", "Guarantee repair request"]),
        )
        split = c.p(0.5)
        rows = [(t("Vorgangsnummer", "N° de dossier", "N. pratica", "Claim no."), case)]
        if split:
            rows += [
                (t("Name", "Nom", "Cognome", "Surname"), c.nm(cust, c.ch(["last", "LAST"]))),
                (t("Vorname", "Prénom", "Nome", "First name"), c.nm(cust, "first")),
            ]
        else:
            rows += [
                (
                    t("Name, Vorname", "Nom, prénom", "Cognome e nome", "Name"),
                    c.nm(cust, c.ch(["revc", "full", "LASTfirst"])),
                )
            ]
        st, tl = c.addr(cust)
        rows += [
            (t(c.ch(["Strasse", "Straße / Nr."]) if c.cc != "AT" else "Straße", "Adresse", "Indirizzo", "Address"), st),
            (
                t(
                    "PLZ / Ort",
                    "NPA / Localité" if c.cc == "CH" else "CP / Ville",
                    "CAP / Località",
                    "Postcode / Town" if c.cc == "GB" else "City / ZIP",
                ),
                tl,
            ),
        ]
        rows.append((t(c.dv("Telefon", ch="Telefon / Natel"), "Téléphone", "Telefono", "Phone"), c.ph(cust)))
        if c.p(0.4):
            rows.append((t("Festnetz", "Fixe", "Tel. fisso", "Landline"), c.ph(cust, "land")))
        rows.append((t("E-Mail", "E-mail", "E-mail", "Email"), c.em(cust)))
        if c.p(0.45):
            rows.append(
                (
                    t("Geburtsdatum (zur Identifikation)", "Date de naissance", "Data di nascita", "Date of birth"),
                    c.dob(cust),
                )
            )
        rows += [
            (t("Gerät / Marke", "Appareil / marque", "Apparecchio / marca", "Appliance / brand"), b),
            (t("Modell", "Modèle", "Modello", "Model"), model),
            (t("Seriennummer", "N° de série", "Matricola", "Serial no."), sn),
            (t("Kaufdatum", "Date d'achat", "Data di acquisto", "Date of purchase"), c.date(bought)),
            (t("Kaufbeleg-Nr.", "N° ticket de caisse", "N. scontrino", "Receipt no."), c.num("", 8)),
            (t("Fehlerbeschreibung", "Description de la panne", "Descrizione del guasto", "Fault"), fault),
        ]
        if c.p(0.5):
            st2 = c.street()
            pt = c.town()
            rows.append(
                (
                    t(
                        "Aufstellort (falls abweichend)",
                        "Lieu d'installation (si différent)",
                        "Luogo di installazione (se diverso)",
                        "Appliance location (if different)",
                    ),
                    c.addr1(None, street=st2, town=pt),
                )
            )
        rows.append(
            (
                t("Ansprechperson vor Ort", "Contact sur place", "Referente sul posto", "Contact on site"),
                f"{c.nm(partner, 'full')}, {c.ph(partner)}",
            )
        )
        if c.p(0.5) and c.cc != "US":
            rows.append(
                (t("Erstattung an (IBAN)", "Remboursement sur IBAN", "Rimborso su IBAN", "Refund to (IBAN)"), c.iban())
            )
            rows.append(
                (t("Kontoinhaber", "Titulaire du compte", "Intestatario", "Account holder"), c.nm(cust, "full"))
            )
        note = c.t(
            f"Das Gerät ist knapp {c.r.randint(7, 23)} Monate alt. Termine bitte nicht montags. Falls niemand da ist, "
            "hat die Ansprechperson einen Schlüssel.",
            f"L'appareil a {c.r.randint(7, 23)} mois. Pas de rendez-vous le lundi svp.",
            f"L'apparecchio ha {c.r.randint(7, 23)} mesi. Niente appuntamenti il lunedì, grazie.",
            f"The appliance is {c.r.randint(7, 23)} months old. No Monday appointments please.",
        )
        use_ocr = c.p(0.3)
        fst = c.ch(["colon", "aligned", "dots", "upper"]) if use_ocr else None
        underline = "=" * len(title) if c.p(0.5) else ""
        body = (
            f"{title}\n{underline}\n{form(c, rows, fst)}\n\n" + f"{t('Bemerkung', 'Remarque', 'Note', 'Notes')}: {note}"
        )
        if use_ocr:
            body = ocr(c, body, 0.015)
        head = shop.letterhead(c) + "\n\n" if c.p(0.5) else ""
        return finish(c, head + body, WARRANTY_REQ)
    if v == 1:
        agent = c.staff(shop.dom)
        tech = c.person(age=(22, 60))
        partner = c.person(g="f" if not cust.f else "m", kin=cust, age=(24, 82))
        d0 = c.today - dt.timedelta(days=c.r.randint(5, 20))
        visit = c.today - dt.timedelta(days=c.r.randint(1, 4))
        a_mail = lab("EMAIL", agent.work_email)
        a_phone = c.ph(c.mkphone("land", shop.town), style=c.ch(["n1", "n6", "i1"]))
        orig = "\n".join(
            [
                greeting(c, cust, True),
                c.t(
                    f"vielen Dank für Ihre Meldung zu Ihrem {b} {model} (S/N {sn}). Wir haben den Fall unter {case} "
                    f"erfasst. Unser Techniker {c.nm(tech, c.ch(['init', 'full']))} kommt am {c.date(visit)} zwischen "
                    f"{c.time(8, 11, 30)} und {c.time(12, 16, 30)}.",
                    f"merci pour votre message concernant votre {b} {model} (n° de série {sn}). Votre dossier "
                    f"{case} est "
                    f"ouvert. Notre technicien {c.nm(tech, c.ch(['init', 'full']))} passera le {c.date(visit)} entre "
                    f"{c.time(8, 11, 30)} et {c.time(12, 16, 30)}.",
                    f"grazie per la segnalazione relativa al Suo {b} {model} (matricola {sn}). La pratica {case} è "
                    "aperta. "
                    f"Il nostro tecnico {c.nm(tech, c.ch(['init', 'full']))} passerà il {c.date(visit)} tra le "
                    f"{c.time(8, 11, 30)} e le {c.time(12, 16, 30)}.",
                    f"thank you for reporting the fault on your {b} {model} (serial {sn}). We have opened claim "
                    f"{case}. "
                    f"Our engineer {c.nm(tech, c.ch(['init', 'full']))} will visit on {c.date(visit)} between "
                    f"{c.time(8, 11, 30)} and {c.time(12, 16, 30)}.",
                ),
                "",
                closing(c),
                signature(
                    c,
                    agent,
                    c.t("Kundendienst", "Service après-vente", "Assistenza clienti", "Customer service"),
                    shop,
                    a_mail,
                    a_phone,
                ),
            ]
        )
        new_phone = c.ph(cust)
        reply = "\n".join(
            [
                greeting(c, agent, True),
                c.t(
                    f"{c.nm(tech, 'last')} war heute da, aber das Ersatzteil fehlte. Ich bin ab nächster Woche "
                    "tagsüber "
                    f"nicht erreichbar; bitte den neuen Termin mit {rel(c, 'partner', partner, 'dat')} "
                    f"{c.nm(partner, 'full')} "
                    f"vereinbaren ({c.ph(partner)}). Meine neue Nummer ist {new_phone}.",
                    f"{c.nm(tech, 'last')} est passé aujourd'hui mais il manquait la pièce. Je ne suis pas "
                    "joignable en "
                    "journée la semaine prochaine ; merci de convenir du rendez-vous avec "
                    f"{rel(c, 'partner', partner)} "
                    f"{c.nm(partner, 'full')} ({c.ph(partner)}). Mon nouveau numéro : {new_phone}.",
                    f"{c.nm(tech, 'last')} è passato oggi ma mancava il pezzo di ricambio. La settimana prossima di "
                    "giorno "
                    f"non sono raggiungibile; per il nuovo appuntamento contattate {rel(c, 'partner', partner)} "
                    f"{c.nm(partner, 'full')} ({c.ph(partner)}). Il mio nuovo numero è {new_phone}.",
                    f"{c.nm(tech, 'last')} came today but the spare part was missing. I'm not reachable during the day "
                    f"next week, so please arrange the new visit with {rel(c, 'partner', partner)} "
                    f"{c.nm(partner, 'full')} ({c.ph(partner)}). My new number is {new_phone}.",
                ),
                c.t(
                    f"Falls eine Reparatur nicht möglich ist, bitte Gutschrift auf {c.iban()}.",
                    f"Si la réparation n'est pas possible, merci de rembourser sur {c.iban()}.",
                    f"Se la riparazione non è possibile, vi prego di rimborsare su {c.iban()}.",
                    f"If it can't be repaired, please refund to {c.iban()}."
                    if c.cc != "US"
                    else "If it can't be repaired, please refund the card I paid with.",
                ),
                "",
                closing(c),
                c.nm(cust, "full"),
                c.addr1(cust, sep="\n") if c.p(0.6) else c.addr1(cust),
            ]
        )
        cust_disp = addr_disp(c, c.nm(cust, "full"), c.em(cust))
        subj = c.t("AW: Ihre Reklamation ", "RE: Votre dossier ", "R: La Sua pratica ", "RE: Your claim ") + case
        hdr = mail_header(c, cust_disp, lab("EMAIL", agent.work_email), subj, when_str(c, c.today))
        q = quote_block(
            c,
            addr_disp(c, c.nm(agent, "full"), lab("EMAIL", agent.work_email)),
            d0,
            orig,
            (
                addr_disp(c, c.nm(agent, "full"), lab("EMAIL", agent.work_email)),
                c.em(cust),
                subj[4:] if subj[:4] in ("AW: ", "RE: ") else subj[3:],
            ),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, WARRANTY_REQ)
    if v == 2:
        n = c.r.randint(4, 7)
        custs = [cust] + [c.person(age=(22, 85)) for _ in range(n - 1)]
        t = c.t
        hdr = [
            t("Nr.", "N°", "N.", "No."),
            t("Eingang", "Reçu", "Ricevuto", "Received"),
            t("Kunde", "Client", "Cliente", "Customer"),
            t("Telefon", "Tél.", "Tel.", "Phone"),
            t("Gerät", "Appareil", "Apparecchio", "Appliance"),
            "S/N",
            "Status",
        ]
        statuses = t(
            ["offen", "Teil bestellt", "erledigt", "beim Hersteller", "Kulanz geprüft"],
            ["ouvert", "pièce commandée", "clos", "chez le fabricant"],
            ["aperto", "ricambio ordinato", "chiuso", "dal produttore"],
            ["open", "part ordered", "closed", "with manufacturer", "goodwill check"],
        )
        rows = []
        style = c.ch(["revc", "LASTfirst", "rev", "full", "init"])
        for p in custs:
            bb, mm, kk, ss = _appliance(c)
            rows.append(
                [
                    c.num("", 5),
                    c.date(c.today - dt.timedelta(days=c.r.randint(1, 40))),
                    c.nm(p, style),
                    c.ph(p),
                    f"{bb} {mm}",
                    ss,
                    c.ch(statuses),
                ]
            )
        tab = table(c, hdr, rows)
        s1, s2 = c.staff(shop.dom), c.staff(shop.dom)
        p1, p2 = custs[1], custs[2]
        p2.mobile = c.mkphone("mobile")
        msgs = [
            (
                sender(c, s1, allow_phone=False),
                t(
                    f"{c.nm(p1, 'last')} hat nochmal angerufen, will Ersatzgerät statt Reparatur",
                    f"{c.nm(p1, 'last')} a rappelé, veut un appareil de remplacement",
                    f"{c.nm(p1, 'last')} ha richiamato, vuole la sostituzione",
                    f"{c.nm(p1, 'last')} called again, wants a replacement rather than a repair",
                ),
            ),
            (
                sender(c, s2, allow_phone=False),
                t(
                    f"Kaufdatum prüfen, Beleg fehlt noch. Abholung bei {c.gw(p2, 'ihm', 'ihr')}: {c.addr(p2)[0]}",
                    f"vérifie la date d'achat. Enlèvement chez {c.gw(p2, 'lui', 'elle')} : {c.addr(p2)[0]}",
                    f"controlla la data d'acquisto. Ritiro da {c.gw(p2, 'lui', 'lei')}: {c.addr(p2)[0]}",
                    f"check purchase date, receipt still missing. Pick-up at {c.gw(p2, 'his', 'her')} place: "
                    f"{c.addr(p2)[0]}",
                ),
            ),
            (
                sender(c, s1, allow_phone=False),
                t(
                    f"ok. neue Nr. von {c.nm(p2, 'full')}: {c.ph(p2)}",
                    f"ok. nouveau numéro de {c.nm(p2, 'full')} : {c.ph(p2)}",
                    f"ok. nuovo numero di {c.nm(p2, 'full')}: {c.ph(p2)}",
                    f"ok. new number for {c.nm(p2, 'full')}: {c.ph(p2)}",
                ),
            ),
        ]
        body = tab + "\n\n" + chat(c, msgs)
        return finish(c, body, WARRANTY_REQ)
    # v == 3: extended warranty registrations exported as JSON
    recs = []
    n = c.r.randint(2, 4)
    custs = [cust] + [c.person(age=(22, 80)) for _ in range(n - 1)]
    for p in custs:
        bb, mm, kk, ss = _appliance(c)
        ts = c.today - dt.timedelta(days=c.r.randint(0, 30))
        pay = c.card() if c.p(0.35) else c.masked_card()
        st, tl = c.addr(p)
        recs.append(
            {
                "registration_id": "EW-" + c.num("", 7),
                "submitted_at": f"{ts.isoformat()}T{c.r.randint(6, 22):02d}:{c.r.randint(0, 59):02d}"
                f":{c.r.randint(0, 59):02d}Z",
                "ip": c.ip(),
                "customer": {
                    "first_name": c.nm(p, "first"),
                    "last_name": c.nm(p, "last"),
                    "date_of_birth": c.dob(p, c.export_dob),
                    "email": c.em(p),
                    "phone": c.ph(p, style=c.ch(["i1", "i4", "n1"])),
                    "street": st,
                    "postcode_city": tl,
                },
                "product": {
                    "brand": bb,
                    "model": mm,
                    "serial": ss,
                    "firmware": f"{c.r.randint(1, 6)}.{c.r.randint(0, 19)}.{c.r.randint(0, 40)}",
                    "purchase_date": (c.today - dt.timedelta(days=c.r.randint(20, 300))).isoformat(),
                },
                "plan": c.ch(["3Y", "5Y", "5Y-PLUS"]),
                "payment": {"method": "card", "card": pay},
            }
        )
    js = jdump(recs, indent=2) if c.p(0.6) else jsonl(recs)
    p = custs[-1]
    note = c.t(
        f"Notiz Support: {c.nm(p, 'full')} hat sich zweimal registriert, bitte eine Registrierung stornieren. "
        f"Rückfragen an {shop.role}.",
        f"Note support : {c.nm(p, 'full')} s'est inscrit deux fois, annuler un des deux enregistrements. "
        f"Questions : {shop.role}.",
        f"Nota assistenza: {c.nm(p, 'full')} si è registrato due volte, annullare una registrazione. "
        f"Domande a {shop.role}.",
        f"Support note: {c.nm(p, 'full')} registered twice, please cancel one of the registrations. "
        f"Questions to {shop.role}.",
    )
    return finish(c, js + "\n\n" + note, WARRANTY_REQ)


GENRES = [("warranty", gen_warranty)]


# ====================================================================================================================
# 2. movers - moving-company surveys, quotes, inventories and dispatch
# ====================================================================================================================

MOVER_STEMS = {
    "de": [
        "Umzüge {town}",
        "Möbeltransporte Nord",
        "Umzugsservice Rheinblick",
        "Blitz-Umzüge",
        "Transporte Alpenblick",
        "Umzugsteam Sonnenseite",
        "Kistenträger Umzüge",
    ],
    "fr": [
        "Déménagements du Lac",
        "Transports Léman",
        "Déménagements Express",
        "Cartons & Co Déménagement",
        "Déménagements {town}",
    ],
    "it": ["Traslochi Ceresio", "Traslochi Rapidi", "Trasporti e Traslochi Lario", "Traslochi {town}"],
    "en": ["Swift Removals", "Castle Removals & Storage", "Two Hills Moving", "{town} Removals", "Bluebird Movers"],
}
MOVE_ITEMS = {
    "de": [
        "Sofa 3-Sitzer",
        "Kleiderschrank 4-türig (Abbau)",
        "Bett 180x200",
        "Esstisch + 6 Stühle",
        "Bücherregal",
        "Waschmaschine",
        "Kühlschrank",
        "Klavier",
        "Fernseher 65 Zoll",
        "Schreibtisch",
        "Kommode",
        "Fahrrad",
        "Zimmerpflanzen",
        "Spiegel (zerbrechlich)",
        "Gefriertruhe",
        "Sessel",
        "Kinderbett",
    ],
    "fr": [
        "canapé 3 places",
        "armoire 4 portes (démontage)",
        "lit 160x200",
        "table + 6 chaises",
        "bibliothèque",
        "lave-linge",
        "réfrigérateur",
        "piano droit",
        "téléviseur 65 pouces",
        "bureau",
        "commode",
        "vélo",
        "plantes",
        "miroir (fragile)",
        "congélateur",
        "fauteuil",
        "lit bébé",
    ],
    "it": [
        "divano 3 posti",
        "armadio 4 ante (smontaggio)",
        "letto 160x200",
        "tavolo + 6 sedie",
        "libreria",
        "lavatrice",
        "frigorifero",
        "pianoforte",
        "TV 65 pollici",
        "scrivania",
        "comò",
        "bicicletta",
        "piante",
        "specchio (fragile)",
        "congelatore",
        "poltrona",
        "lettino",
    ],
    "en": [
        "3-seater sofa",
        "wardrobe, 4 doors (dismantle)",
        "king-size bed",
        "dining table + 6 chairs",
        "bookcase",
        "washing machine",
        "fridge-freezer",
        "upright piano",
        "65-inch TV",
        "desk",
        "chest of drawers",
        "bicycle",
        "house plants",
        "mirror (fragile)",
        "chest freezer",
        "armchair",
        "cot",
    ],
}
MOVER_REQ = {
    "de": [
        "Bitte prüfe die Offerte auf Fehler.",
        "Schreib eine Antwort zum Schaden, höflich aber bestimmt.",
        "Mach mir aus der Liste einen Tagesplan pro Team.",
    ],
    "fr": [
        "Vérifie le devis, stp.",
        "Réponds à cette réclamation, poliment mais fermement.",
        "Fais-moi un planning par équipe.",
    ],
    "it": [
        "Controlla il preventivo, per favore.",
        "Rispondi al reclamo in modo cortese ma fermo.",
        "Fammi un piano della giornata per squadra.",
    ],
    "en": [
        "Please check the quote for mistakes.",
        "Draft a reply to this damage claim, polite but firm.",
        "Turn the list into a day plan per crew.",
    ],
}


def _floor(c: Ctx) -> str:
    f = c.r.randint(0, 5)
    lift = c.p(0.5)
    return c.t(
        f"{f}. OG, {'mit' if lift else 'ohne'} Lift" if f else "EG",
        f"{f}{'er' if f == 1 else 'e'} étage, {'avec' if lift else 'sans'} ascenseur" if f else "rez-de-chaussée",
        f"{f}° piano, {'con' if lift else 'senza'} ascensore" if f else "piano terra",
        (
            f"{f}{'st' if f == 1 else 'nd' if f == 2 else 'rd' if f == 3 else 'th'} floor, "
            f"{'lift' if lift else 'no lift'}"
        )
        if f
        else "ground floor",
    )


def gen_movers(c: Ctx) -> str:
    v = c.variant
    c.local = 0.7
    t = c.t
    if c.loc == "de_CH":
        stems = {"de": ["Zügelprofi", "Zügelteam {town}", "Umzüge Alpenblick", "Transporte Seeblick"]}
    elif c.loc == "de_AT":
        stems = {"de": ["Übersiedlungen {town}", "Übersiedlungsservice Donau", "Möbeltransporte Alpenblick"]}
    else:
        stems = {"de": MOVER_STEMS["de"]}
    stems.update({k: v_ for k, v_ in MOVER_STEMS.items() if k != "de"})
    co = Company(
        c,
        company_name(c, stems),
        role=c.t(
            c.ch(["info", "dispo", "offerte" if c.cc == "CH" else "angebot"]),
            c.ch(["info", "devis", "contact"]),
            c.ch(["info", "preventivi"]),
            c.ch(["info", "quotes", "enquiries"]),
        ),
    )
    cust = c.person(age=(24, 80), home=c.home)
    new_town = c.near_town()
    new_st = c.street()
    move_day = c.days(10, 60)
    if v == 0:
        surveyor = c.person(age=(25, 60))
        items = c.r.sample(MOVE_ITEMS[c.lang], 6)
        vol = c.r.randint(18, 65)
        price = vol * c.r.randint(38, 70)
        title = t(
            c.dv("Umzugsangebot", ch="Offerte Umzug", at="Kostenvoranschlag Übersiedlung"),
            "Devis de déménagement",
            "Preventivo di trasloco",
            us(c, "Removal quotation", "Moving estimate"),
        )
        cust_block = "\n".join(
            [c.title(cust, True) if c.lang != "en" else c.title(cust), c.nm(cust, "full"), *c.addr(cust)]
        )
        rows = [
            (t("Angebotsnummer", "N° de devis", "N. preventivo", "Quote no."), f"{c.today.year}-{c.num('', 4)}"),
            (
                t("Besichtigung am", "Visite technique le", "Sopralluogo il", "Survey on"),
                f"{c.date(c.today - dt.timedelta(days=c.r.randint(2, 9)))}, {c.nm(surveyor, 'init')}",
            ),
            (
                t("Auszug", "Adresse de départ", "Indirizzo di partenza", "Moving from"),
                f"{c.addr1(cust)} ({_floor(c)})",
            ),
            (
                t("Einzug", "Adresse d'arrivée", "Indirizzo di arrivo", "Moving to"),
                f"{c.addr1(None, street=new_st, town=new_town)} ({_floor(c)})",
            ),
            (t("Umzugstermin", "Date du déménagement", "Data del trasloco", "Moving date"), c.date(move_day)),
            (t("Volumen", "Volume", "Volume", "Volume"), f"ca. {vol} m³" if c.lang == "de" else f"{vol} m³"),
            (
                t("Kontakt am Umzugstag", "Contact le jour J", "Contatto il giorno del trasloco", "Contact on the day"),
                c.ph(cust),
            ),
            (t("E-Mail", "E-mail", "E-mail", "Email"), c.em(cust)),
        ]
        lines = [f"- {it_}" for it_ in items]
        cond = t(
            f"Pauschalpreis inkl. Verpackungsmaterial: {c.money(price)}. Anzahlung 30 % auf {c.iban()} "
            f"({co.name}). Halteverbotszone vor {c.addr(cust)[0]} beantragen wir.",
            f"Forfait matériel compris : {c.money(price)}. Acompte de 30 % sur {c.iban()} ({co.name}). "
            f"Nous demandons l'autorisation de stationnement devant l'immeuble ({c.addr(cust)[0]}).",
            f"Prezzo forfettario incluso materiale: {c.money(price)}. Acconto del 30% su {c.iban()} ({co.name}). "
            f"Richiediamo noi il permesso di sosta davanti a {c.addr(cust)[0]}.",
            f"Fixed price incl. packing materials: {c.money(price)}. 30% deposit "
            + (f"to {c.iban()} ({co.name})." if c.cc != "US" else "by card or check.")
            + f" We will arrange the parking permit outside {c.addr(cust)[0]}.",
        )
        body = "\n\n".join(
            [
                co.letterhead(c),
                cust_block,
                f"{title}\n{form(c, rows)}",
                t("Inventar", "Inventaire", "Inventario", "Inventory") + ":\n" + "\n".join(lines),
                cond,
                closing(c) + "\n" + c.nm(surveyor, "full") + "\n" + co.name,
            ]
        )
        return finish(c, body, MOVER_REQ)
    if v == 1:
        crew = c.person(age=(22, 58))
        helper = c.person(kin=cust, age=(20, 75))
        landlord = c.person(age=(40, 80))
        rooms = t(
            ["Wohnzimmer", "Schlafzimmer", "Küche", "Keller", "Kinderzimmer", "Büro"],
            ["Séjour", "Chambre", "Cuisine", "Cave", "Chambre enfant", "Bureau"],
            ["Soggiorno", "Camera", "Cucina", "Cantina", "Cameretta", "Studio"],
            ["Living room", "Bedroom", "Kitchen", "Cellar" if c.cc == "GB" else "Basement", "Kids' room", "Study"],
        )
        rows = []
        for room in c.r.sample(rooms, 4):
            for it_ in c.r.sample(MOVE_ITEMS[c.lang], 2):
                rows.append(
                    [room, it_, str(c.r.randint(1, 3)), f"{c.r.randint(1, 30) / 10:.1f}", c.ch(["", "", "X", "!"])]
                )
        hdr = [
            t("Raum", "Pièce", "Stanza", "Room"),
            t("Gegenstand", "Objet", "Oggetto", "Item"),
            t("Stk", "Qté", "Pz", "Qty"),
            "m³",
            t("Demontage", "Démontage", "Smontaggio", "Dismantle"),
        ]
        head = "\n".join(
            [
                t("Umzugsgutliste", "Inventaire de déménagement", "Lista beni da traslocare", "Moving inventory")
                + f" – {c.nm(cust, c.ch(['full', 'revc', 'LASTfirst']))}",
                t("Von", "De", "Da", "From") + ": " + c.addr1(cust),
                t("Nach", "À", "A", "To") + ": " + c.addr1(None, street=new_st, town=new_town),
                t("Teamleiter", "Chef d'équipe", "Caposquadra", "Crew lead") + ": " + c.nm(crew, "init"),
            ]
        )
        notes = t(
            f"Klavier: {rel(c, 'sibling', helper)} {c.nm(helper, 'full')} hilft tragen ({c.ph(helper)}). "
            f"Schlüsselübergabe an {c.gw(landlord, 'Vermieter', 'Vermieterin')} {c.title(landlord)} "
            f"{c.nm(landlord, 'last')}, Tel. {c.ph(landlord)}.",
            f"Piano : {rel(c, 'sibling', helper)} {c.nm(helper, 'full')} aide à porter ({c.ph(helper)}). "
            f"Remise des clés {c.gw(landlord, 'au propriétaire', 'à la propriétaire')} {c.title(landlord)} "
            f"{c.nm(landlord, 'last')}, tél. {c.ph(landlord)}.",
            f"Pianoforte: {rel(c, 'sibling', helper)} {c.nm(helper, 'full')} aiuta a portare ({c.ph(helper)}). "
            f"Consegna chiavi {c.gw(landlord, 'al proprietario', 'alla proprietaria')} {c.title(landlord)} "
            f"{c.nm(landlord, 'last')}, tel. {c.ph(landlord)}.",
            f"Piano: {rel(c, 'sibling', helper)} {c.nm(helper, 'full')} will help carry ({c.ph(helper)}). "
            f"Key handover to the landlord, {c.title(landlord)} {c.nm(landlord, 'last')}, tel. {c.ph(landlord)}.",
        )
        body = head + "\n\n" + table(c, hdr, rows, c.ch(["fixed", "md_aligned", "pipe", "tsv"])) + "\n\n" + notes
        if c.p(0.3):
            body = ocr(c, body, 0.015)
        return finish(c, body, MOVER_REQ)
    if v == 2:
        staff = c.staff(co.dom)
        w1, w2 = c.person(g="m", age=(20, 50)), c.person(age=(20, 50))
        orig = "\n".join(
            [
                greeting(c, cust, True),
                t(
                    f"hiermit bestätigen wir Ihren Umzug am {c.date(move_day - dt.timedelta(days=30))} von "
                    f"{c.addr1(cust)} nach {c.addr1(None, street=new_st, town=new_town)}. Unser Team kommt um 07:30.",
                    f"nous confirmons votre déménagement du {c.date(move_day - dt.timedelta(days=30))} de "
                    f"{c.addr1(cust)} à {c.addr1(None, street=new_st, town=new_town)}. L'équipe arrive à 7h30.",
                    f"confermiamo il Suo trasloco del {c.date(move_day - dt.timedelta(days=30))} da {c.addr1(cust)} a "
                    f"{c.addr1(None, street=new_st, town=new_town)}. La squadra arriva alle 7:30.",
                    f"we confirm your move on {c.date(move_day - dt.timedelta(days=30))} from {c.addr1(cust)} to "
                    f"{c.addr1(None, street=new_st, town=new_town)}. The crew will arrive at "
                    f"{'7:30 AM' if c.loc == 'en_US' else '7.30am'}.",
                ),
                "",
                closing(c),
                signature(
                    c,
                    staff,
                    t("Disposition", "Planification", "Pianificazione", "Operations"),
                    co,
                    lab("EMAIL", staff.work_email),
                    c.ph(co.phone),
                ),
            ]
        )
        reply = "\n".join(
            [
                greeting(c, staff, True),
                t(
                    f"beim Umzug wurde ein Spiegel und die Tischplatte beschädigt. {c.nm(w1, 'first')} hat es selbst "
                    f"gesehen, {c.nm(w2, 'first')} hat Fotos gemacht. Bitte überweisen Sie die Entschädigung auf "
                    f"{c.iban()}, Kontoinhaber {c.nm(cust, 'full')}.",
                    f"lors du déménagement, un miroir et le plateau de la table ont été abîmés. {c.nm(w1, 'first')} "
                    "l'a "
                    f"constaté, {c.nm(w2, 'first')} a pris des photos. Merci de verser l'indemnité sur {c.iban()}, "
                    f"titulaire {c.nm(cust, 'full')}.",
                    "durante il trasloco sono stati danneggiati uno specchio e il piano del tavolo. "
                    f"{c.nm(w1, 'first')} "
                    f"lo ha visto, {c.nm(w2, 'first')} ha fatto le foto. Vi prego di versare il risarcimento su "
                    f"{c.iban()}, intestato a {c.nm(cust, 'full')}.",
                    f"a mirror and the table top were damaged during the move. {c.nm(w1, 'first')} saw it himself and "
                    f"{c.nm(w2, 'first')} took photos. Please pay the compensation to "
                    + (
                        f"{c.iban()}, account holder {c.nm(cust, 'full')}."
                        if c.cc != "US"
                        else f"me by check to the new address, payable to {c.nm(cust, 'full')}."
                    ),
                ),
                t(
                    f"Ab sofort bin ich unter {c.addr1(None, street=new_st, town=new_town)} und {c.ph(cust)} "
                    "erreichbar.",
                    f"Ma nouvelle adresse : {c.addr1(None, street=new_st, town=new_town)}, tél. {c.ph(cust)}.",
                    f"Il mio nuovo indirizzo: {c.addr1(None, street=new_st, town=new_town)}, tel. {c.ph(cust)}.",
                    f"From now on I'm at {c.addr1(None, street=new_st, town=new_town)}, phone {c.ph(cust)}.",
                ),
                "",
                closing(c),
                c.nm(cust, "full"),
            ]
        )
        subj = t(
            "AW: Auftragsbestätigung Umzug",
            "RE: Confirmation de déménagement",
            "R: Conferma trasloco",
            "RE: Booking confirmation",
        )
        hdr = mail_header(
            c,
            addr_disp(c, c.nm(cust, "full"), c.em(cust)),
            co.role,
            subj,
            when_str(c, c.today),
            cc=lab("EMAIL", staff.work_email) if c.p(0.5) else None,
        )
        q = quote_block(
            c,
            addr_disp(c, c.nm(staff, "full"), lab("EMAIL", staff.work_email)),
            move_day - dt.timedelta(days=34),
            orig,
            (addr_disp(c, c.nm(staff, "full"), lab("EMAIL", staff.work_email)), c.em(cust), subj.split(": ", 1)[1]),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, MOVER_REQ)
    # v == 3: dispatch list + crew chat
    n = c.r.randint(3, 5)
    custs = [cust] + [c.person(age=(22, 85)) for _ in range(n - 1)]
    crews = [c.person(g=c.ch("mmmf"), age=(20, 55)) for _ in range(3)]
    hdr = [
        t("Auftrag", "Mission", "Ordine", "Job"),
        t("Kunde", "Client", "Cliente", "Customer"),
        t("Ladeadresse", "Chargement", "Carico", "Pick-up"),
        t("Entladeadresse", "Livraison", "Scarico", "Drop-off"),
        t("Telefon", "Tél.", "Tel.", "Phone"),
        t("Team", "Équipe", "Squadra", "Crew"),
        t("LKW", "Camion", "Camion", us(c, "Lorry", "Truck")),
    ]
    rows = []
    plates = {
        "DE": lambda: (
            f"{c.ch(['B', 'HH', 'M', 'K', 'F', 'S'])}-{c.ch('ABCDEFGHKLMN')}{c.ch('ABCDEFGHKLMN')} "
            f"{c.r.randint(100, 9999)}"
        ),
        "AT": lambda: f"{c.ch(['W', 'G', 'L', 'S', 'I'])}-{c.r.randint(100, 99999)} {c.ch('ABCDEFGH')}",
        "CH": lambda: f"{c.home.extra or 'ZH'} {c.r.randint(10000, 999999)}",
        "FR": lambda: (
            f"{c.ch('ABCDEFGH')}{c.ch('ABCDEFGH')}-{c.r.randint(100, 999)}-{c.ch('ABCDEFGH')}{c.ch('ABCDEFGH')}"
        ),
        "IT": lambda: (
            f"{c.ch('ABCDEFGH')}{c.ch('ABCDEFGH')} {c.r.randint(100, 999)}{c.ch('ABCDEFGH')}{c.ch('ABCDEFGH')}"
        ),
        "GB": lambda: (
            f"{c.ch(['LK', 'MA', 'YX', 'BD'])}{c.r.randint(10, 25)} {c.ch('ABCDEFGH')}"
            f"{c.ch('ABCDEFGH')}{c.ch('ABCDEFGH')}"
        ),
        "US": lambda: f"{c.r.randint(1, 9)}{c.ch('ABCDEFGH')}{c.ch('ABCDEFGH')}{c.r.randint(100, 999)}",
    }[c.cc]
    style = c.ch(["revc", "full", "LASTfirst", "init"])
    for p in custs:
        to_st = c.street()
        rows.append(
            [
                c.num("", 5),
                c.nm(p, style),
                c.addr1(p, sep=", "),
                lab("ADDRESS", to_st),
                c.ph(p),
                "/".join(c.nm(x, "first") for x in c.r.sample(crews, 2)),
                plates(),
            ]
        )
    tab = table(c, hdr, rows, c.ch(["csv", "csv_semi", "tsv", "md", "html"]))
    p1, p2 = custs[0], custs[1]
    a, b_ = crews[0], crews[1]
    msgs = [
        (
            sender(c, a),
            t(
                f"stehen vor {c.addr(p1)[0]}, bei {c.nm(p1, 'last')} macht keiner auf",
                f"on est à l'adresse {c.addr(p1)[0]}, personne ne répond chez {c.nm(p1, 'last')}",
                f"siamo davanti a {c.addr(p1)[0]}, da {c.nm(p1, 'last')} non risponde nessuno",
                f"outside {c.addr(p1)[0]}, nobody answering at {c.nm(p1, 'last')}'s",
            ),
        ),
        (
            sender(c, b_),
            t(
                f"ruf {c.gw(p1, 'ihn', 'sie')} an: {c.ph(p1)}",
                f"appelle-{c.gw(p1, 'le', 'la')} : {c.ph(p1)}",
                f"chiama{c.gw(p1, 'lo', 'la')}: {c.ph(p1)}",
                f"call {c.gw(p1, 'him', 'her')}: {c.ph(p1)}",
            ),
        ),
        (
            sender(c, a),
            t(
                "ok, kommt runter. Parkverbot steht nicht, müssen in zweiter Reihe",
                "ok, elle descend. Pas de panneau, on se gare en double file"
                if p1.f
                else "ok, il descend. Pas de panneau, on se gare en double file",
                "ok, scende. Niente divieto di sosta, siamo in doppia fila",
                "ok, coming down. No parking cones, we're double parked",
            ),
        ),
        (
            sender(c, b_),
            t(
                f"danach {c.nm(p2, 'last')}, Schlüssel im Briefkasten",
                f"ensuite {c.nm(p2, 'last')}, clé dans la boîte aux lettres",
                f"poi {c.nm(p2, 'last')}, chiave nella cassetta delle lettere",
                f"then {c.nm(p2, 'last')}, key is in the letterbox"
                if c.cc == "GB"
                else f"then {c.nm(p2, 'last')}, key is in the mailbox",
            ),
        ),
    ]
    return finish(c, tab + "\n\n" + chat(c, msgs), MOVER_REQ)


GENRES.append(("movers", gen_movers))


# ====================================================================================================================
# 3. clubtransfer - sports-club transfer and registration requests
# ====================================================================================================================

NATIONALITY = {
    "tr_TR": "TR",
    "pl_PL": "PL",
    "hr_HR": "HR",
    "ro_RO": "RO",
    "syr": "SY",
    "ukr": "UA",
    "greek": "GR",
    "it_IT": "IT",
    "alb": "XK",
    "srb": "RS",
    "vi_VN": "VN",
    "pt_PT": "PT",
    "hu_HU": "HU",
    "cs_CZ": "CZ",
    "sk_SK": "SK",
    "de_DE": "DE",
    "sl_SI": "SI",
    "es_ES": "ES",
    "eri": "ER",
    "tam": "LK",
    "pt_BR": "BR",
    "fr_DZ": "DZ",
    "mag": "MA",
    "waf": "SN",
    "chn": "CN",
    "en_IN": "IN",
    "phl": "PH",
    "pak": "PK",
    "yo_NG": "NG",
    "tw_GH": "GH",
    "en_IE": "IE",
    "som": "SO",
    "es_MX": "MX",
    "kor": "KR",
    "jpn": "JP",
}
SPORTS = {
    "de": [
        ("Fußball", "Spielerpass"),
        ("Handball", "Spielausweis"),
        ("Eishockey", "Spielerlizenz"),
        ("Volleyball", "Spielerlizenz"),
        ("Basketball", "Teilnahmeausweis"),
    ],
    "ch": [
        ("Fussball", "Spielerpass"),
        ("Unihockey", "Lizenz"),
        ("Eishockey", "Spielerlizenz"),
        ("Handball", "Lizenz"),
        ("Volleyball", "Lizenz"),
    ],
    "fr": [
        ("football", "licence"),
        ("handball", "licence"),
        ("basket", "licence"),
        ("hockey sur glace", "licence"),
        ("volley", "licence"),
    ],
    "it": [
        ("calcio", "tessera"),
        ("pallavolo", "tessera"),
        ("basket", "tessera"),
        ("hockey su ghiaccio", "tessera"),
        ("pallamano", "tessera"),
    ],
    "en": [
        ("football", "registration"),
        ("netball", "registration"),
        ("rugby", "registration"),
        ("basketball", "registration"),
        ("ice hockey", "registration"),
    ],
}
CLUB_PATTERNS = {
    "de": [
        "FC {t}",
        "SV Blau-Weiß {t}",
        "TSV {t}",
        "SC {t}-Nord",
        "FC Rot-Weiß {t}",
        "SpVgg {t}",
        "HC {t}",
        "VfB {t} 08",
        "TuS {t}",
        "EHC {t}",
    ],
    "ch": ["FC {t}", "SC {t}", "FC Blau-Weiss {t}", "UHC {t}", "EHC {t}", "HC {t}", "FC {t}-Nord", "VBC {t}"],
    "at": ["SV {t}", "ASK {t}", "SC {t}", "FC {t}", "ATSV {t}", "UHC {t}", "EC {t}"],
    "fr": ["FC {t}", "AS {t}", "US {t}", "Olympique {t}", "Stade {t}", "ES {t}", "HC {t}", "Entente {t}-Sud"],
    "it": ["US {t}", "AS {t}", "ASD Virtus {t}", "Polisportiva {t}", "AC {t}", "FC {t}", "Pallavolo {t}"],
    "en": [
        "{t} Rovers FC",
        "{t} Town Youth FC",
        "{t} Athletic",
        "{t} United Juniors",
        "{t} Wanderers",
        "{t} Phoenix",
        "{t} Harriers",
    ],
}
FEDERATION = {
    "DE": "DFBnet",
    "AT": "ÖFB-Onlineportal",
    "CH": "clubcorner.ch",
    "FR": "Footclubs",
    "IT": "portale LND",
    "GB": "Whole Game System",
    "US": "Sports Connect",
}
CLUB_REQ = {
    "de": [
        "Bitte prüfen, ob der Antrag vollständig ist.",
        "Schreib eine freundliche Mail an den abgebenden Verein.",
        "Mach mir eine Übersicht: wer ist freigegeben, wer nicht?",
    ],
    "fr": [
        "Vérifie si la demande est complète.",
        "Écris un mail aimable au club quitté.",
        "Fais-moi un récap : qui est libéré, qui ne l'est pas ?",
    ],
    "it": [
        "Controlla se la richiesta è completa.",
        "Scrivi una mail cortese alla società di provenienza.",
        "Fammi un riepilogo: chi ha il nulla osta e chi no?",
    ],
    "en": [
        "Check whether the transfer request is complete.",
        "Write a friendly email to the previous club.",
        "Give me an overview: who has been released and who hasn't?",
    ],
}


def _club(c: Ctx, town: Town | None = None) -> str:
    key = {"de_CH": "ch", "de_AT": "at"}.get(c.loc, c.lang)
    pat = c.ch(CLUB_PATTERNS[key])
    tn = (town or c.town()).name
    if c.cc == "US":
        pat = pat.replace("FC", "SC")
    return pat.replace("{t}", tn)


def _other_club(c: Ctx, avoid: str) -> str:
    for _ in range(20):
        cl = _club(c)
        if cl != avoid:
            return cl
    return cl


def _nationality(c: Ctx, p: Person) -> str:
    if p.src in NATIONALITY and c.p(0.6):
        return NATIONALITY[p.src]
    return {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "IT": "IT", "GB": "GB", "US": "US"}[c.cc]


def _uteam(c: Ctx, p: Person) -> str:
    age = c.today.year - p.dob.year
    return f"U{age + 1 + (age + 1) % 2}"


def _sport(c: Ctx):
    if c.loc == "de_CH":
        return c.ch(SPORTS["ch"])
    if c.lang == "en":
        sp = c.ch(SPORTS["en"])
        if c.loc == "en_US" and sp[0] in ("football", "netball", "rugby"):
            return ("soccer", "registration")
        return sp
    return c.ch(SPORTS[c.lang])


def gen_clubtransfer(c: Ctx) -> str:
    v = c.variant
    c.local = 0.8
    t = c.t
    sport, pass_word = _sport(c)
    old_club = _club(c)
    new_club = _club(c, c.home)
    while new_club == old_club:
        new_club = _club(c, c.home)
    season = (
        f"{c.today.year}/{(c.today.year + 1) % 100:02d}"
        if c.today.month >= 6
        else f"{c.today.year - 1}/{c.today.year % 100:02d}"
    )
    if v == 0:
        junior = c.p(0.6)
        parent = c.person(age=(32, 55))
        player = c.child(parent, age=(8, 17)) if junior else c.person(age=(18, 36))
        title = t(
            c.dv(
                "Antrag auf Vereinswechsel / Spielberechtigung",
                ch="Transfergesuch / Passantrag",
                at="Abmeldung und Anmeldung (Vereinswechsel)",
            ),
            "Demande de mutation / changement de club",
            "Richiesta di trasferimento e nulla osta",
            us(c, "Player registration transfer request", "Player transfer request"),
        )
        split = c.p(0.6)
        rows = []
        if split:
            rows += [
                (t("Name", "Nom", "Cognome", "Surname"), c.nm(player, c.ch(["last", "LAST"]))),
                (t("Vorname", "Prénom", "Nome", "First name"), c.nm(player, "first")),
            ]
        else:
            rows.append(
                (t("Spieler/in", "Joueur/joueuse", "Atleta", "Player"), c.nm(player, c.ch(["full", "revc", "FULLUP"])))
            )
        rows += [
            (t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(player)),
            (t("Nationalität", "Nationalité", "Nazionalità", "Nationality"), _nationality(c, player)),
            (t("Strasse" if c.cc == "CH" else "Straße", "Adresse", "Indirizzo", "Address"), c.addr(player)[0]),
            (
                t(
                    "PLZ, Ort",
                    "NPA, localité" if c.cc == "CH" else "Code postal, ville",
                    "CAP, città",
                    "Town, postcode" if c.cc == "GB" else "City, ZIP",
                ),
                c.addr(player)[1],
            ),
        ]
        if c.cc == "CH" and c.p(0.7):
            rows.append((t("AHV-Nr. (J+S)", "N° AVS (J+S)", "N. AVS (G+S)", "AHV no."), c.ahv()))
        if not junior:
            rows += [
                (t("Mobil", "Portable", "Cellulare", "Mobile"), c.ph(player)),
                (t("E-Mail", "E-mail", "E-mail", "Email"), c.em(player)),
            ]
        rows += [
            (t("Sportart", "Sport", "Disciplina", "Sport"), sport),
            (t("Bisheriger Verein", "Club quitté", "Società di provenienza", "Previous club"), old_club),
            (t("Neuer Verein", "Nouveau club", "Nuova società", "New club"), new_club),
            (
                t(f"{pass_word}-Nr.", f"N° de {pass_word}", f"N. {pass_word}", "Registration ID"),
                c.num("", 8) if c.cc != "GB" else "FAN " + c.num("", 8),
            ),
            (
                t("Letztes Spiel", "Dernier match", "Ultima partita", "Last match"),
                c.date(c.today - dt.timedelta(days=c.r.randint(10, 120))),
            ),
        ]
        if junior:
            rows += [
                (
                    t("Erziehungsberechtigte/r", "Représentant légal", "Genitore / tutore", "Parent / guardian"),
                    c.nm(parent, "full"),
                ),
                (t("Telefon Eltern", "Téléphone parent", "Telefono genitore", "Parent phone"), c.ph(parent)),
                (t("E-Mail Eltern", "E-mail parent", "E-mail genitore", "Parent email"), c.em(parent)),
            ]
        if c.cc != "US" and c.p(0.6):
            rows.append(
                (
                    t(
                        "Beitrag per Lastschrift von IBAN",
                        "Cotisation prélevée sur IBAN",
                        "Quota addebitata su IBAN",
                        "Membership fee from IBAN",
                    ),
                    c.iban(),
                )
            )
        sign = t(
            f"Ort, Datum: {c.home.name}, {c.date(c.today)}",
            f"Lieu, date : {c.home.name}, le {c.date(c.today)}",
            f"Luogo e data: {c.home.name}, {c.date(c.today)}",
            f"Place and date: {c.home.name}, {c.date(c.today)}",
        )
        sig = t("Unterschrift", "Signature", "Firma", "Signature") + ": " + c.nm(parent if junior else player, "full")
        use_ocr = c.p(0.3)
        fst = c.ch(["colon", "aligned", "dots", "upper"]) if use_ocr else None
        body = (
            f"{title} – {t('Saison', 'Saison', 'Stagione', 'Season')} {season}\n\n{form(c, rows, fst)}\n\n{sign}\n{sig}"
        )
        if use_ocr:
            body = ocr(c, body, 0.015)
        return finish(c, body, CLUB_REQ)
    if v == 1:
        clubdom = c.company_domain(new_club)
        odom = c.company_domain(old_club)
        sec = c.staff(clubdom, age=(30, 70))
        other = c.staff(odom, age=(30, 70))
        sec_m = lab("EMAIL", sec.work_email)
        oth_m = lab("EMAIL", other.work_email)
        players = []
        for _ in range(c.r.randint(2, 4)):
            par = c.person(age=(32, 55))
            players.append((c.child(par, age=(9, 17)), par))
        style = c.ch(["LASTfirst", "revc", "full"])
        plines = []
        for pl, _par in players:
            cue = t("geb.", "née le" if pl.f else "né le", "nata il" if pl.f else "nato il", "born")
            plines.append(f"- {c.nm(pl, style)}, {cue} {c.dob(pl)}")
        body_new = "\n".join(
            [
                greeting(c, other, False) if c.p(0.5) else greeting(c, None),
                t(
                    f"folgende Spielerinnen und Spieler möchten zur Saison {season} zu uns ({new_club}) wechseln. "
                    f"Wir bitten um Freigabe im {FEDERATION[c.cc]}:",
                    f"les joueurs suivants souhaitent rejoindre le {new_club} pour la saison {season}. Merci de "
                    f"valider la mutation sur {FEDERATION[c.cc]} :",
                    f"i seguenti atleti desiderano passare alla società {new_club} per la stagione {season}. Vi "
                    "chiediamo il "
                    f"nulla osta tramite {FEDERATION[c.cc]}:",
                    f"the following players would like to join {new_club} for the {season} season. Please approve "
                    f"the transfers on {FEDERATION[c.cc]}:",
                ),
                *plines,
                "",
                closing(c),
                signature(
                    c,
                    sec,
                    t("Sekretariat / Passwesen", "Secrétariat", "Segreteria", "Club secretary"),
                    None,
                    sec_m,
                    c.ph(sec),
                ),
            ]
        )
        owed_pl, owed_par = players[-1]
        reply = "\n".join(
            [
                greeting(c, sec, False),
                t(
                    f"Freigabe für alle erteilt, ausser für {c.nm(owed_pl, 'full')}: da ist der Mitgliederbeitrag "
                    "noch offen. "
                    f"Sobald {c.title(owed_par)} {c.nm(owed_par, 'last')} überwiesen hat (IBAN {c.iban()}), geben "
                    "wir frei.",
                    f"mutations validées, sauf pour {c.nm(owed_pl, 'full')} : la cotisation n'est pas réglée. Dès que "
                    f"{c.title(owed_par)} {c.nm(owed_par, 'last')} aura payé (IBAN {c.iban()}), on libère.",
                    f"nulla osta concesso a tutti tranne {c.nm(owed_pl, 'full')}: manca la quota associativa. Appena "
                    f"{c.title(owed_par).lower() if c.title(owed_par).startswith('Sig') else c.title(owed_par)} "
                    f"{c.nm(owed_par, 'last')} paga (IBAN {c.iban()}), sblocchiamo il nulla osta.",
                    f"all approved except {c.nm(owed_pl, 'full')}: the subs are still outstanding. As soon as "
                    f"{c.title(owed_par)} {c.nm(owed_par, 'last')} has paid"
                    + (f" (IBAN {c.iban()})" if c.cc != "US" else "")
                    + ", we'll release the registration.",
                ),
                "",
                closing(c, False),
                c.nm(other, c.ch(["first", "full"])),
                old_club,
            ]
        )
        subj = t("Vereinswechsel", "Mutations", "Trasferimenti", "Transfers") + f" {season}"
        d0 = c.today - dt.timedelta(days=c.r.randint(2, 8))
        hdr = mail_header(
            c,
            addr_disp(c, c.nm(other, "full"), oth_m),
            addr_disp(c, c.nm(sec, "full"), sec_m),
            t("AW: ", "RE: ", "R: ", "RE: ") + subj,
            when_str(c, c.today),
        )
        q = quote_block(
            c,
            addr_disp(c, c.nm(sec, "full"), sec_m),
            d0,
            body_new,
            (addr_disp(c, c.nm(sec, "full"), sec_m), oth_m, subj),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, CLUB_REQ)
    if v == 2:
        hdr = [
            t("Name", "Nom", "Nome", "Name"),
            t("Jg./Geb.", "Naissance", "Nascita", "DOB"),
            t("Position", "Poste", "Ruolo", "Position"),
            t("von", "de", "da", "from"),
            t("Status", "Statut", "Stato", "Status"),
        ]
        positions = t(
            ["Tor", "Abwehr", "Mittelfeld", "Sturm"],
            ["gardien", "défense", "milieu", "attaque"],
            ["portiere", "difesa", "centrocampo", "attacco"],
            ["GK", "DEF", "MID", "FWD"],
        )
        stat = t(
            ["freigegeben", "offen", "Sperre bis " + c.date(c.days(10, 40)), "Pass beantragt"],
            ["validée", "en attente", "suspendu jusqu'au " + c.date(c.days(10, 40)), "licence demandée"],
            ["nulla osta ok", "in attesa", "squalificato fino al " + c.date(c.days(10, 40)), "tessera richiesta"],
            ["approved", "pending", "suspended until " + c.date(c.days(10, 40)), "registration requested"],
        )
        youth = c.p(0.5)
        rows = []
        players = []
        style = c.ch(["LASTfirst", "revc", "full", "rev"])
        for _ in range(c.r.randint(5, 8)):
            pl = c.person(age=(12, 17) if youth else (18, 34))
            players.append(pl)
            rows.append([c.nm(pl, style), c.dob(pl), c.ch(positions), _other_club(c, new_club), c.ch(stat)])
        tab = table(c, hdr, rows)
        coach1, coach2 = c.person(age=(28, 60)), c.person(age=(28, 60))
        a, b_ = players[0], players[1]
        par = c.person(kin=a, age=(35, 55)) if youth else None
        msgs = [
            (
                sender(c, coach1),
                t(
                    f"{c.nm(a, 'first')} ist noch nicht freigegeben, der alte Verein zickt",
                    f"{c.nm(a, 'first')} n'est toujours pas libéré, l'ancien club traîne",
                    f"{c.nm(a, 'first')} non ha ancora il nulla osta, la vecchia società fa storie",
                    f"{c.nm(a, 'first')} still hasn't been released, the old club is dragging its feet",
                ),
            ),
            (
                sender(c, coach2),
                t(
                    f"ich ruf {c.gw(par, 'den Vater', 'die Mutter')} an"
                    + (f", {c.nm(par, 'first')} hat die Nummer {c.ph(par)}" if par else "")
                    if par
                    else f"ich schreib {c.gw(a, 'ihm', 'ihr')}, Nummer {c.ph(a)}",
                    (
                        f"j'appelle {c.gw(par, 'son père', 'sa mère')}, {c.ph(par)}"
                        if par
                        else f"je {c.gw(a, 'lui', 'lui')} écris, numéro {c.ph(a)}"
                    ),
                    (
                        f"chiamo {c.gw(par, 'il padre', 'la madre')}, {c.ph(par)}"
                        if par
                        else f"gli scrivo io, numero {c.ph(a)}"
                        if not a.f
                        else f"le scrivo io, numero {c.ph(a)}"
                    ),
                    (
                        f"I'll ring {us(c, c.gw(par, 'his dad', 'her mum'), c.gw(par, 'the dad', 'the mom'))}"
                        f", {c.ph(par)}"
                        if par
                        else f"I'll text {c.gw(a, 'him', 'her')}, {c.ph(a)}"
                    ),
                ),
            ),
            (
                sender(c, coach1),
                t(
                    f"und {c.nm(b_, 'last')} braucht noch ein Passfoto",
                    f"et il manque la photo de {c.nm(b_, 'last')}",
                    f"e manca la foto tessera di {c.nm(b_, 'last')}",
                    f"and {c.nm(b_, 'last')} still needs a photo for the card",
                ),
            ),
        ]
        return finish(c, tab + "\n\n" + chat(c, msgs), CLUB_REQ)
    # v == 3: online registration export (YAML or JSON) + note
    recs = []
    for _ in range(c.r.randint(2, 3)):
        par = c.person(age=(30, 55))
        pl = c.child(par, age=(7, 16))
        rec = {
            "submitted": f"{(c.today - dt.timedelta(days=c.r.randint(0, 12))).isoformat()} "
            f"{c.r.randint(6, 23):02d}:{c.r.randint(0, 59):02d}",
            "ip": c.ip(),
            "player": {
                "first_name": c.nm(pl, "first"),
                "last_name": c.nm(pl, "last"),
                "dob": c.dob(pl, c.export_dob),
                "previous_club": _other_club(c, new_club),
                "team": _uteam(c, pl),
            },
            "guardian": {"name": c.nm(par, "full"), "email": c.em(par), "mobile": c.ph(par)},
            "address": {"street": c.addr(par)[0], "town": c.addr(par)[1]},
        }
        if c.cc == "CH" and c.p(0.6):
            rec["player"]["ahv"] = c.ahv()
        if c.cc != "US" and c.p(0.6):
            rec["sepa" if c.cc in ("DE", "AT", "FR", "IT") else "bank"] = {
                "iban": c.iban(),
                "holder": c.nm(par, "full"),
            }
        recs.append(rec)
    out = yaml_dump(recs) if c.p(0.5) else jdump(recs, indent=2)
    note = t(
        f"Export aus dem Anmeldeformular von {new_club}, bitte Dubletten und fehlende Angaben markieren.",
        f"Export du formulaire d'inscription du {new_club} : repère les doublons et les champs manquants.",
        f"Export del modulo d'iscrizione del {new_club}: segna doppioni e dati mancanti.",
        f"Export from the {new_club} sign-up form: flag duplicates and missing fields.",
    )
    return finish(c, note + "\n\n" + out, CLUB_REQ)


GENRES.append(("clubtransfer", gen_clubtransfer))


# ====================================================================================================================
# 4. cleaning - cleaning-service schedules, staff sheets, complaints and bookings
# ====================================================================================================================

CLEAN_STEMS = {
    "de": [
        "Blitzblank Reinigung",
        "Glanzwerk Gebäudereinigung",
        "Sauber & Co",
        "Reinigungsdienst {town}",
        "Frischluft Haushaltsservice",
        "Sternenglanz Reinigung",
    ],
    "fr": ["Net'Éclat Services", "Propreté {town}", "Ménage Plus", "Clair Logis Nettoyage"],
    "it": ["Pulizie Splendor", "Brillante Servizi", "Impresa di pulizie {town}", "Casa Pulita Servizi"],
    "en": ["Sparkle Cleaning Co", "Tidy Homes", "{town} Domestic Cleaning", "Fresh Start Cleaning Services"],
}
CLEAN_REQ = {
    "de": [
        "Bitte mach daraus einen Wochenplan pro Mitarbeiterin.",
        "Formuliere eine Entschuldigung an die Kundin/den Kunden.",
        "Welche Einsätze sind doppelt belegt?",
    ],
    "fr": [
        "Fais-moi un planning par employée.",
        "Rédige une lettre d'excuses au client.",
        "Quelles interventions se chevauchent ?",
    ],
    "it": [
        "Fammi un piano settimanale per collaboratrice.",
        "Scrivi una lettera di scuse al cliente.",
        "Quali interventi si sovrappongono?",
    ],
    "en": ["Make a weekly plan per cleaner.", "Draft an apology to the client.", "Which jobs are double-booked?"],
}


def fam(c: Ctx, p: Person) -> str:
    w = c.t(c.ch(["Fam.", "Familie"]), c.ch(["Famille", "fam."]), c.ch(["Fam.", "Famiglia"]), "")
    if c.lang == "en":
        return f"the {c.nm(p, 'last')} family" if c.p(0.5) else f"{c.nm(p, 'last')} household"
    return f"{w} {c.nm(p, 'last')}"


def gen_cleaning(c: Ctx) -> str:
    v = c.variant
    c.local = 0.92
    t = c.t
    co = Company(
        c,
        company_name(c, CLEAN_STEMS),
        role=c.t(
            c.ch(["info", "einsatz", "buero"]),
            c.ch(["info", "contact"]),
            c.ch(["info", "ufficio"]),
            c.ch(["info", "hello", "office"]),
        ),
    )
    if v == 0:
        cleaners = [c.person(g=c.ch("ffffm"), age=(22, 60)) for _ in range(3)]
        days = t(
            ["Mo", "Di", "Mi", "Do", "Fr"],
            ["lun", "mar", "mer", "jeu", "ven"],
            ["lun", "mar", "mer", "gio", "ven"],
            ["Mon", "Tue", "Wed", "Thu", "Fri"],
        )
        clients = [c.person(age=(30, 85), home=c.home) for _ in range(c.r.randint(5, 7))]
        rows = []
        notes_pool = t(
            [
                "Katze nicht rauslassen",
                "Fenster innen",
                "Bügelwäsche",
                "Homeoffice, leise",
                "Backofen",
                "Schuhe ausziehen",
                "",
            ],
            ["ne pas laisser sortir le chat", "vitres intérieures", "repassage", "télétravail, discrétion", "four", ""],
            ["non far uscire il gatto", "vetri interni", "stiro", "smart working, silenzio", "forno", ""],
            ["don't let the cat out", "inside windows", "ironing", "works from home, keep quiet", "oven", ""],
        )
        for i, p in enumerate(clients):
            cl = c.ch(cleaners)
            client_cell = fam(c, p) if c.p(0.5) else c.nm(p, c.ch(["last", "revc", "init"]))
            rows.append(
                [
                    days[i % 5],
                    f"{c.r.randint(7, 15):02d}:{c.ch(['00', '30'])}",
                    client_cell,
                    c.addr(p)[0],
                    c.nm(cl, c.ch(["first", "first", "init"])) if i == 0 else None,
                    f"S-{c.r.randint(1, 60):02d}",
                    c.ch(notes_pool),
                ]
            )
        # keep one display per cleaner
        disp = {id(x): c.nm(x, c.ch(["first", "firstL"])) for x in cleaners}
        for row in rows:
            row[4] = disp[id(c.ch(cleaners))]
        hdr = [
            t("Tag", "Jour", "Giorno", "Day"),
            t("Zeit", "Heure", "Ora", "Time"),
            t("Kunde", "Client", "Cliente", "Client"),
            t("Adresse", "Adresse", "Indirizzo", "Address"),
            t("Reinigungskraft", "Agent·e", "Addetta", "Cleaner"),
            t("Schlüssel", "Clé", "Chiave", "Key"),
            t("Hinweis", "Remarque", "Nota", "Note"),
        ]
        kw = c.today.isocalendar()[1]
        title = t(
            f"Einsatzplan KW {kw}", f"Planning semaine {kw}", f"Piano interventi settimana {kw}", f"Rota week {kw}"
        )
        p1 = c.person(age=(30, 85), home=c.home)
        extra = t(
            f"Neu ab nächster Woche: {c.nm(p1, 'full')}, Tel. {c.ph(p1)}; Alarmcode {c.r.randint(1000, 9999)}# "
            f"(nicht weitergeben).",
            f"Nouveau dès la semaine prochaine : {c.nm(p1, 'full')}, tél. {c.ph(p1)} ; code alarme "
            f"{c.r.randint(1000, 9999)} (confidentiel).",
            f"Nuovo dalla prossima settimana: {c.nm(p1, 'full')}, tel. {c.ph(p1)}; codice allarme "
            f"{c.r.randint(1000, 9999)} (riservato).",
            f"New from next week: {c.nm(p1, 'full')}, tel. {c.ph(p1)}; alarm code {c.r.randint(1000, 9999)} "
            f"(do not share).",
        )
        body = title + "\n\n" + table(c, hdr, rows) + "\n\n" + extra
        return finish(c, body, CLEAN_REQ)
    if v == 1:
        emp = c.person(g=c.ch("fffm"), age=(20, 58))
        ec = c.person(g="m" if emp.f else "f", kin=emp if c.p(0.6) else None, age=(20, 65))
        rows = [
            (t("Nachname", "Nom", "Cognome", "Surname"), c.nm(emp, c.ch(["last", "LAST", "LAST"]))),
            (t("Vorname", "Prénom", "Nome", "First name"), c.nm(emp, "first")),
            (t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(emp)),
            (t("Adresse", "Adresse", "Indirizzo", "Address"), c.addr1(emp)),
            (t("Mobil", "Portable", "Cellulare", "Mobile"), c.ph(emp)),
            (t("E-Mail", "E-mail", "E-mail", "Email"), c.em(emp)),
        ]
        if c.cc == "CH":
            rows.append((t("AHV-Nummer", "N° AVS", "N. AVS", "AHV no."), c.ahv()))
            rows.append(
                (
                    t("Aufenthaltsbewilligung", "Permis de séjour", "Permesso", "Permit"),
                    c.ch(["B", "C", "L", "G", "CH"]),
                )
            )
        rows += [
            (
                t("Lohnkonto (IBAN)", "IBAN salaire", "IBAN stipendio", "Bank (IBAN)" if c.cc != "US" else ""),
                c.iban() if c.cc != "US" else None,
            ),
            (
                t("Pensum", "Taux d'activité", "Grado d'occupazione", "Hours"),
                f"{c.ch([40, 50, 60, 80, 100])} %" if c.lang != "en" else f"{c.ch([16, 20, 24, 30])} h/week",
            ),
            (
                t("Notfallkontakt", "Contact d'urgence", "Contatto d'emergenza", "Emergency contact"),
                f"{c.nm(ec, 'full')} ({c.ph(ec)})",
            ),
            (t("Eintritt", "Entrée", "Data di assunzione", "Start date"), c.date(c.days(5, 30))),
        ]
        if c.cc == "US":
            rows = [r for r in rows if r[1] is not None and r[0]]
        clients = [c.person(age=(30, 85), home=c.home) for _ in range(c.r.randint(2, 3))]
        assign = "\n".join(f"- {fam(c, p) if c.p(0.5) else c.nm(p, 'full')}, {c.addr1(p)}" for p in clients)
        title = t(
            "Personalblatt neue Mitarbeiterin" if emp.f else "Personalblatt neuer Mitarbeiter",
            "Fiche du personnel – nouvelle collaboratrice" if emp.f else "Fiche du personnel – nouveau collaborateur",
            "Scheda personale – nuova collaboratrice" if emp.f else "Scheda personale – nuovo collaboratore",
            "New starter form",
        )
        body = "\n\n".join(
            [
                co.name + " – " + title,
                form(c, rows),
                t("Erste Einsätze:", "Premières interventions :", "Primi interventi:", "First jobs:") + "\n" + assign,
            ]
        )
        return finish(c, body, CLEAN_REQ)
    if v == 2:
        client = c.person(age=(30, 80))
        neigh = c.person(age=(30, 85))
        cleaner = c.person(g=c.ch("ffffm"), age=(22, 55))
        boss = c.staff(co.dom)
        d0 = c.today - dt.timedelta(days=c.r.randint(6, 15))
        orig = "\n".join(
            [
                greeting(c, client, True),
                t(
                    f"ab {c.date(d0 + dt.timedelta(days=7))} übernimmt {c.nm(cleaner, 'first')} die Reinigung bei "
                    "Ihnen "
                    f"({c.addr(client)[0]}), jeweils {WEEKDAYS['de'][c.r.randint(0, 4)]} ab {c.time(8, 10, 30)}.",
                    f"à partir du {c.date(d0 + dt.timedelta(days=7))}, {c.nm(cleaner, 'first')} assurera le ménage "
                    "chez "
                    f"vous ({c.addr(client)[0]}), chaque {WEEKDAYS['fr'][c.r.randint(0, 4)]} dès {c.time(8, 10, 30)}.",
                    f"dal {c.date(d0 + dt.timedelta(days=7))} le pulizie da Lei ({c.addr(client)[0]}) saranno "
                    "seguite da "
                    f"{c.nm(cleaner, 'first')}, ogni {WEEKDAYS['it'][c.r.randint(0, 4)]} dalle {c.time(8, 10, 30)}.",
                    f"from {c.date(d0 + dt.timedelta(days=7))} {c.nm(cleaner, 'first')} will clean at your home "
                    f"({c.addr(client)[0]}) every {WEEKDAYS['en'][c.r.randint(0, 4)]} from {c.time(8, 10, 30)}.",
                ),
                "",
                closing(c),
                signature(
                    c,
                    boss,
                    t("Einsatzleitung", "Responsable planning", "Responsabile", "Operations manager"),
                    co,
                    lab("EMAIL", boss.work_email),
                    c.ph(co.phone),
                ),
            ]
        )
        reply = "\n".join(
            [
                greeting(c, boss, True),
                t(
                    f"leider ist am Dienstag die Vase im Flur zerbrochen. {c.nm(cleaner, 'first')} hat es mir gesagt, "
                    "das ist ok, aber ich möchte, dass das über Ihre Versicherung läuft. Ausserdem: Den Schlüssel "
                    "hat ab "
                    f"sofort {rel(c, 'neighbour', neigh)} {c.title(neigh)} {c.nm(neigh, 'last')} "
                    f"(Tel. {c.ph(neigh)}), ich bin ab Montag verreist. Erreichbar bin ich unter {c.ph(client)}.",
                    f"mardi, le vase de l'entrée a été cassé. {c.nm(cleaner, 'first')} me l'a dit, c'est correct, "
                    "mais je "
                    f"souhaite que cela passe par votre assurance. Par ailleurs, {rel(c, 'neighbour', neigh)} "
                    f"{c.title(neigh)} {c.nm(neigh, 'last')} (tél. {c.ph(neigh)}) a désormais la clé, je pars lundi. "
                    f"Vous pouvez me joindre au {c.ph(client)}.",
                    f"martedì si è rotto il vaso dell'ingresso. {c.nm(cleaner, 'first')} me l'ha detto, va bene, ma "
                    "vorrei "
                    "che passasse dalla vostra assicurazione. Inoltre la chiave ora ce l'ha "
                    f"{rel(c, 'neighbour', neigh)}, "
                    f"{c.title(neigh)} {c.nm(neigh, 'last')} (tel. {c.ph(neigh)}), io parto lunedì. Mi trovate al "
                    f"{c.ph(client)}.",
                    f"on Tuesday the vase in the hall got broken. {c.nm(cleaner, 'first')} told me, which is fine, "
                    "but I'd "
                    f"like it to go through your insurance. Also, {rel(c, 'neighbour', neigh)} {c.title(neigh)} "
                    f"{c.nm(neigh, 'last')} (tel. {c.ph(neigh)}) has the key from now on as I'm away from Monday. "
                    "You can "
                    f"reach me on {c.ph(client)}.",
                ),
                "",
                closing(c),
                c.nm(client, "full"),
            ]
        )
        subj = t(
            "AW: Neue Reinigungskraft", "RE: Changement d'intervenante", "R: Cambio addetta", "RE: Change of cleaner"
        )
        hdr = mail_header(
            c,
            addr_disp(c, c.nm(client, "full"), c.em(client)),
            addr_disp(c, c.nm(boss, "full"), lab("EMAIL", boss.work_email)),
            subj,
            when_str(c, c.today),
        )
        q = quote_block(
            c,
            addr_disp(c, c.nm(boss, "full"), lab("EMAIL", boss.work_email)),
            d0,
            orig,
            (addr_disp(c, c.nm(boss, "full"), lab("EMAIL", boss.work_email)), c.em(client), subj.split(": ", 1)[1]),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, CLEAN_REQ)
    # v == 3: booking export + cleaners' chat
    hdr = ["booking_id", "created", "name", "email", "phone", "street", "postcode_town", "service", "hours", "ip"]
    services = t(
        ["Grundreinigung", "Unterhaltsreinigung", "Umzugsreinigung", "Fenster"],
        ["ménage régulier", "grand nettoyage", "nettoyage de fin de bail", "vitres"],
        ["pulizia ordinaria", "pulizia a fondo", "pulizia fine locazione", "vetri"],
        ["regular clean", "deep clean", "end of tenancy" if c.cc == "GB" else "move-out clean", "windows"],
    )
    clients = [c.person(age=(25, 80), home=c.home if c.p(0.8) else None) for _ in range(c.r.randint(3, 5))]
    rows = []
    for p in clients:
        st, tl = c.addr(p)
        rows.append(
            [
                c.num("B", 6),
                (c.today - dt.timedelta(days=c.r.randint(0, 9))).isoformat(),
                c.nm(p, "full"),
                c.em(p),
                c.ph(p, style=c.ch(["i1", "i4", "n1"])),
                st,
                tl,
                c.ch(services),
                str(c.ch([2, 2.5, 3, 4, 6])),
                c.ip(),
            ]
        )
    tab = table(c, hdr, rows, c.ch(["csv", "csv_semi", "tsv"]))
    cl1, cl2 = c.person(g="f", age=(22, 55)), c.person(g=c.ch("fm"), age=(22, 55))
    p1, p2 = clients[0], clients[1]
    msgs = [
        (
            sender(c, cl1),
            t(
                f"kann jemand morgen {c.nm(p1, 'last')} übernehmen? mein kind ist krank",
                f"quelqu'un peut reprendre {c.nm(p1, 'last')} demain ? mon petit est malade",
                f"qualcuno può coprire {c.nm(p1, 'last')} domani? mio figlio è malato",
                f"can anyone cover {c.nm(p1, 'last')} tomorrow? my little one is ill"
                if c.cc == "GB"
                else f"can anyone cover {c.nm(p1, 'last')} tomorrow? my kid is sick",
            ),
        ),
        (
            sender(c, cl2),
            t(
                f"ich mach das. adresse? {c.addr(p1)[0]}, oder?",
                f"je prends. c'est bien {c.addr(p1)[0]} ?",
                f"vado io. è {c.addr(p1)[0]}, giusto?",
                f"I'll do it. it's {c.addr(p1)[0]}, right?",
            ),
        ),
        (
            sender(c, cl1),
            t(
                f"genau, {c.gw(p1, 'er', 'sie')} ist erreichbar unter {c.ph(p1)}",
                f"oui, tu peux {c.gw(p1, 'le', 'la')} joindre au {c.ph(p1)}",
                f"sì, {c.gw(p1, 'lo', 'la')} trovi al {c.ph(p1)}",
                f"yes, {c.gw(p1, 'he', 'she')} is on {c.ph(p1)}",
            ),
        ),
        (
            sender(c, cl2),
            t(
                f"und {c.nm(p2, 'last')} hat storniert",
                f"et {c.nm(p2, 'last')} a annulé",
                f"e {c.nm(p2, 'last')} ha disdetto",
                f"and {c.nm(p2, 'last')} cancelled",
            ),
        ),
    ]
    return finish(c, tab + "\n\n" + chat(c, msgs), CLEAN_REQ)


GENRES.append(("cleaning", gen_cleaning))


# ====================================================================================================================
# 5. pharmacydelivery - pharmacy home-delivery rounds and orders
# ====================================================================================================================

PHARMACY_STEMS = {
    "de": [
        "Apotheke am Markt",
        "Löwen-Apotheke",
        "Stadt-Apotheke {town}",
        "Sonnen-Apotheke",
        "Bahnhof-Apotheke",
        "Marien-Apotheke",
        "Hirsch-Apotheke",
    ],
    "fr": [
        "Pharmacie du Centre",
        "Pharmacie de la Gare",
        "Pharmacie des Alpes",
        "Grande Pharmacie de {town}",
        "Pharmacie du Marché",
    ],
    "it": [
        "Farmacia Centrale",
        "Farmacia San Rocco",
        "Farmacia della Stazione",
        "Farmacia Comunale {town}",
        "Farmacia del Corso",
    ],
    "en": ["{town} Pharmacy", "Riverside Pharmacy", "Greenway Chemist", "Parkside Pharmacy", "Main Street Pharmacy"],
}
PHARMACY_US = ["{town} Pharmacy", "Riverside Pharmacy", "Parkside Pharmacy", "Main Street Pharmacy", "Oak Street Drug"]
MEDS = [
    "Ramipril 5 mg",
    "Metformin 1000 mg",
    "Pantoprazol 40 mg",
    "L-Thyroxin 75 µg",
    "Ibuprofen 600 mg",
    "Bisoprolol 2,5 mg",
    "Atorvastatin 20 mg",
    "Salbutamol Spray",
    "Vitamin D3 1000 IE",
    "Insulin glargin Pen",
    "Novaminsulfon Tropfen",
    "Torasemid 10 mg",
    "Apixaban 5 mg",
    "Macrogol Pulver",
    "Omeprazol 20 mg",
]
MEDS_LANG = {
    "de": MEDS,
    "fr": [
        "Ramipril 5 mg",
        "Metformine 1000 mg",
        "Pantoprazole 40 mg",
        "Lévothyroxine 75 µg",
        "Ibuprofène 400 mg",
        "Bisoprolol 2,5 mg",
        "Atorvastatine 20 mg",
        "Salbutamol spray",
        "Vitamine D3",
        "Insuline glargine stylo",
        "Paracétamol 1 g",
        "Torasémide 10 mg",
        "Apixaban 5 mg",
        "Macrogol poudre",
        "Oméprazole 20 mg",
    ],
    "it": [
        "Ramipril 5 mg",
        "Metformina 1000 mg",
        "Pantoprazolo 40 mg",
        "Levotiroxina 75 mcg",
        "Ibuprofene 600 mg",
        "Bisoprololo 2,5 mg",
        "Atorvastatina 20 mg",
        "Salbutamolo spray",
        "Vitamina D3",
        "Insulina glargine penna",
        "Paracetamolo 1000 mg",
        "Torasemide 10 mg",
        "Apixaban 5 mg",
        "Macrogol polvere",
        "Omeprazolo 20 mg",
    ],
    "en_GB": [
        "Ramipril 5 mg",
        "Metformin 500 mg",
        "Lansoprazole 30 mg",
        "Levothyroxine 75 mcg",
        "Co-codamol 30/500",
        "Bisoprolol 2.5 mg",
        "Atorvastatin 20 mg",
        "Salbutamol inhaler",
        "Vitamin D3",
        "Insulin glargine pen",
        "Furosemide 40 mg",
        "Apixaban 5 mg",
        "Laxido sachets",
        "Omeprazole 20 mg",
        "Amlodipine 5 mg",
    ],
    "en_US": [
        "Lisinopril 10 mg",
        "Metformin 500 mg",
        "Pantoprazole 40 mg",
        "Levothyroxine 75 mcg",
        "Acetaminophen 500 mg",
        "Metoprolol 25 mg",
        "Atorvastatin 20 mg",
        "Albuterol inhaler",
        "Vitamin D3",
        "Insulin glargine pen",
        "Furosemide 40 mg",
        "Eliquis 5 mg",
        "Miralax",
        "Omeprazole 20 mg",
        "Amlodipine 5 mg",
    ],
}
INSURERS = {
    "DE": ["AOK", "TK", "Barmer", "DAK", "IKK classic", "privat"],
    "AT": ["ÖGK", "BVAEB", "SVS"],
    "CH": ["CSS", "Helsana", "Swica", "Sanitas", "Visana", "Groupe Mutuel", "Assura"],
    "FR": ["CPAM", "MGEN", "Harmonie Mutuelle"],
    "IT": ["SSN", "ASL"],
    "GB": ["NHS"],
    "US": ["Medicare Part D", "Aetna", "Blue Cross", "UnitedHealthcare"],
}
PHARM_REQ = {
    "de": [
        "Sortiere die Tour bitte nach Strassen, damit der Fahrer nicht hin und her fährt.",
        "Fasse die Bestellung für den Boten zusammen.",
        "Schreib eine kurze Antwort an die Angehörige.",
    ],
    "fr": [
        "Trie la tournée par rue pour le livreur.",
        "Résume la commande pour le coursier.",
        "Réponds brièvement à la famille.",
    ],
    "it": [
        "Ordina il giro per via, per favore.",
        "Riassumi l'ordine per il fattorino.",
        "Rispondi brevemente alla familiare.",
    ],
    "en": [
        "Sort the round by street so the driver doesn't double back.",
        "Summarise the order for the driver.",
        "Write a short reply to the relative.",
    ],
}


def _med(c: Ctx) -> str:
    m = c.ch(MEDS_LANG.get(c.loc, MEDS_LANG.get(c.lang)))
    return f"{m} ({c.ch(['N1', 'N2', 'N3'])})" if c.cc == "DE" and c.p(0.4) else m


def gen_pharmacydelivery(c: Ctx) -> str:
    v = c.variant
    c.local = 0.95
    t = c.t
    stems = dict(PHARMACY_STEMS)
    if c.loc == "en_US":
        stems["en"] = PHARMACY_US
    ph_co = Company(
        c,
        company_name(c, stems) if c.p(0.3) else c.ch([x.replace("{town}", c.home.name) for x in stems[c.lang]]),
        role=c.t(
            c.ch(["info", "bestellung", "botendienst"]),
            c.ch(["contact", "commandes"]),
            c.ch(["info", "ordini"]),
            c.ch(["info", "orders", "prescriptions"]),
        ),
    )
    if v == 0:
        driver = c.person(age=(20, 66))
        pats = [c.person(age=(62, 95), home=c.home) for _ in range(c.r.randint(5, 7))]
        rows = []
        style = c.ch(["revc", "LASTfirst", "full"])
        for i, p in enumerate(pats):
            items = ", ".join(sorted({_med(c) for _ in range(c.r.randint(1, 2))}))
            pay = c.ch(
                [
                    t("Rezept", "ordonnance", "ricetta", "Rx"),
                    c.money(c.r.randint(5, 60) + c.ch([0, 0.5, 0.95])),
                    t("bezahlt", "payé", "pagato", "paid"),
                ]
            )
            note = ""
            if i == 1:
                nb = c.person(age=(30, 85))
                note = t(
                    f"bei {c.gw(nb, 'Nachbar', 'Nachbarin')} {c.title(nb)} {c.nm(nb, 'last')} abgeben",
                    f"déposer chez {c.gw(nb, 'le voisin', 'la voisine')}, {c.title(nb)} {c.nm(nb, 'last')}",
                    f"lasciare {c.gw(nb, 'al vicino', 'alla vicina')}, {c.title(nb)} {c.nm(nb, 'last')}",
                    f"leave with {us(c, 'neighbour', 'neighbor')} {c.title(nb)} {c.nm(nb, 'last')}",
                )
            elif c.p(0.3):
                note = c.ch(
                    t(
                        ["Hund!", "2x klingeln", "Kühlware", "Hintereingang"],
                        ["chien !", "sonner 2 fois", "produit frais", "entrée arrière"],
                        ["cane!", "suonare 2 volte", "catena del freddo", "ingresso sul retro"],
                        ["dog!", "ring twice", "fridge item", "back door"],
                    )
                )
            rows.append(
                [
                    str(i + 1),
                    c.nm(p, style),
                    c.dob(p),
                    c.addr(p)[0],
                    c.ph(p, "land" if c.p(0.6) else "mobile"),
                    items,
                    pay,
                    note,
                ]
            )
        hdr = [
            "#",
            t("Patient/in", "Patient", "Paziente", "Patient"),
            t("Geb.", "Né(e) le", "Nato/a", "DOB"),
            t("Adresse", "Adresse", "Indirizzo", "Address"),
            t("Telefon", "Tél.", "Tel.", "Phone"),
            t("Artikel", "Articles", "Articoli", "Items"),
            t("Kasse", "Paiement", "Incasso", "Payment"),
            t("Hinweis", "Note", "Nota", "Note"),
        ]
        head = t(
            f"Botendienst {ph_co.name} – Tour {c.date(c.today)} – Fahrer: {c.nm(driver, 'full')}",
            f"Tournée de livraison {ph_co.name} – {c.date(c.today)} – livreur : {c.nm(driver, 'full')}",
            f"Consegne a domicilio {ph_co.name} – {c.date(c.today)} – fattorino: {c.nm(driver, 'full')}",
            f"{ph_co.name} delivery round – {c.date(c.today)} – driver: {c.nm(driver, 'full')}",
        )
        foot = t(
            "Bitte Geburtsdatum an der Tür abgleichen.",
            "Vérifier la date de naissance à la porte.",
            "Verificare la data di nascita alla consegna.",
            "Check date of birth at the door.",
        )
        return finish(c, head + "\n\n" + table(c, hdr, rows) + "\n\n" + foot, PHARM_REQ)
    if v == 1:
        pat = c.person(age=(65, 95))
        dr = c.person(age=(35, 67))
        carer = c.person(kin=pat if c.p(0.6) else None, age=(30, 65), home=c.near_town())
        prac_town = c.home
        prac_st = c.street(business=True)
        rows = [
            (t("Patient/in", "Patient(e)", "Paziente", "Patient"), c.nm(pat, c.ch(["full", "revc", "LASTfirst"]))),
            (t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(pat)),
            (t("Adresse", "Adresse", "Indirizzo", "Address"), c.addr1(pat)),
            (t("Telefon", "Téléphone", "Telefono", "Phone"), c.ph(pat, "land")),
            (
                t("Krankenkasse", "Caisse / mutuelle", "Assicurazione", "Insurance"),
                f"{c.ch(INSURERS[c.cc])} {c.num('', c.ch([8, 9, 10]))}",
            ),
            (
                t(
                    "Verordnende Ärztin" if dr.f else "Verordnender Arzt",
                    "Médecin prescripteur",
                    "Medico prescrittore",
                    "Prescriber",
                ),
                f"{t('Dr. med.', 'Dr', 'Dott.ssa' if dr.f else 'Dott.', 'Dr')} {c.nm(dr, c.ch(['last', 'full']))}, "
                f"{lab('ADDRESS', prac_st)}, {c.ph(c.mkphone('land', prac_town))}",
            ),
            (
                t("Artikel", "Médicaments", "Farmaci", "Items"),
                "; ".join(sorted({_med(c) for _ in range(c.r.randint(2, 4))})),
            ),
            (t("Lieferung an", "Livrer à", "Consegna a", "Deliver to"), f"{c.nm(carer, 'full')}, {c.addr1(carer)}"),
            (t("Rückruf", "Rappel", "Richiamare", "Call back"), c.ph(carer)),
            (
                t("Lieferfenster", "Créneau", "Fascia oraria", "Time slot"),
                f"{c.date(c.days(0, 3))}, {c.time(9, 12, 30)}–{c.time(13, 18, 30)}",
            ),
        ]
        title = t(
            "Telefonische Bestellung – Botendienst",
            "Commande téléphonique – livraison",
            "Ordine telefonico – consegna",
            "Phone order – home delivery",
        )
        note = t(f"Notiz: {rel(c, 'child', carer)} " if False else "", "", "", "")
        why = t(
            f"{c.gw(carer, 'Der Sohn', 'Die Tochter') if carer.last == pat.last else 'Die Betreuungsperson'} nimmt "
            f"die Medikamente entgegen, {c.nm(pat, 'last')} ist bettlägerig.",
            f"{c.gw(carer, 'Son fils', 'Sa fille') if carer.last == pat.last else 'La personne de confiance'} "
            f"réceptionne les médicaments, {c.title(pat)} {c.nm(pat, 'last')} est alité{'e' if pat.f else ''}.",
            f"{c.gw(carer, 'Il figlio', 'La figlia') if carer.last == pat.last else 'La persona di riferimento'} "
            f"ritira i farmaci, {c.gw(pat, 'il signor', 'la signora')} {c.nm(pat, 'last')} è allettat"
            f"{'a' if pat.f else 'o'}.",
            f"{c.gw(carer, 'Son', 'Daughter') if carer.last == pat.last else 'The carer'} will take the delivery, "
            f"{c.title(pat)} {c.nm(pat, 'last')} is bedbound.",
        )
        body = f"{ph_co.letterhead(c, True)}\n\n{title}\n{form(c, rows)}\n\n{note}{why}"
        return finish(c, body, PHARM_REQ)
    if v == 2:
        mother = c.person(g="f" if c.p(0.7) else "m", age=(75, 96))
        dau = c.person(g="f" if c.p(0.7) else "m", kin=mother, age=(40, 66), home=c.near_town())
        staff = c.staff(ph_co.dom)
        home_name = t(
            c.ch(["Seniorenzentrum Lindenhof", "Pflegeheim Sonnenhalde", "Haus am Park"]),
            c.ch(["EMS Les Tilleuls", "Résidence du Parc", "EHPAD Les Glycines"]),
            c.ch(["Casa anziani Serena", "RSA Villa dei Pini", "Residenza Il Glicine"]),
            c.ch(["Oakwood Care Home", "Meadowbank House", "Cedar Lodge"]),
        )
        care_st = c.street(business=True)
        d0 = c.today - dt.timedelta(days=c.r.randint(3, 10))
        orig = "\n".join(
            [
                greeting(c, dau, True),
                t(
                    f"die Medikamente für {c.title(mother, True)} {c.nm(mother, 'full')} (geb. {c.dob(mother)}) "
                    "liefern wir wie "
                    f"besprochen jeden {WEEKDAYS['de'][c.r.randint(0, 4)]} an {c.addr1(mother)}.",
                    f"comme convenu, nous livrons les médicaments de {c.title(mother)} {c.nm(mother, 'full')} "
                    f"({'née' if mother.f else 'né'} le {c.dob(mother)}) chaque {WEEKDAYS['fr'][c.r.randint(0, 4)]} au "
                    f"{c.addr1(mother)}."
                    if c.cc == "FR"
                    else f"comme convenu, nous livrons les médicaments de {c.title(mother)} {c.nm(mother, 'full')} "
                    f"({'née' if mother.f else 'né'} le {c.dob(mother)}) chaque {WEEKDAYS['fr'][c.r.randint(0, 4)]} à "
                    f"l'adresse {c.addr1(mother)}.",
                    f"come concordato consegniamo i farmaci di {c.gw(mother, 'Sig.', 'Sig.ra')} {c.nm(mother, 'full')} "
                    f"({'nata' if mother.f else 'nato'} il {c.dob(mother)}) ogni "
                    f"{WEEKDAYS['it'][c.r.randint(0, 4)]} in "
                    f"{c.addr1(mother)}.",
                    f"as agreed we deliver the medication for {c.title(mother)} {c.nm(mother, 'full')} (DOB "
                    f"{c.dob(mother)}) every {WEEKDAYS['en'][c.r.randint(0, 4)]} to {c.addr1(mother)}.",
                ),
                "",
                closing(c),
                signature(
                    c,
                    staff,
                    t(
                        "Apothekerin" if staff.f else "Apotheker",
                        "Pharmacienne" if staff.f else "Pharmacien",
                        "Farmacista",
                        "Pharmacist",
                    ),
                    None,
                    lab("EMAIL", staff.work_email),
                    c.ph(ph_co.phone),
                ),
                ph_co.name,
            ]
        )
        mum = rel(c, "parent", mother)
        reply = "\n".join(
            [
                greeting(c, staff, True),
                t(
                    f"{mum} zieht am {c.date(c.days(3, 12))} ins {home_name}, {lab('ADDRESS', care_st)}, "
                    f"{c.addr(None, street=care_st)[1]}. Bitte ab dann dorthin liefern, Station 2. Die Rechnung bitte "
                    f"weiter an mich: {c.addr1(dau)}. Ich bin unter {c.ph(dau)} erreichbar.",
                    f"{mum} entre le {c.date(c.days(3, 12))} à {home_name}, {lab('ADDRESS', care_st)}, "
                    f"{c.addr(None, street=care_st)[1]}. Merci de livrer là-bas dès cette date, 2e étage. La facture "
                    f"continue de m'être adressée : {c.addr1(dau)}. Je suis joignable au {c.ph(dau)}.",
                    f"{mum} si trasferisce il {c.date(c.days(3, 12))} presso {home_name}, {lab('ADDRESS', care_st)}, "
                    f"{c.addr(None, street=care_st)[1]}. Da allora consegnate lì, secondo piano. La fattura "
                    "continuate a "
                    f"mandarla a me: {c.addr1(dau)}. Sono raggiungibile al {c.ph(dau)}.",
                    f"{mum} moves into {home_name}, {lab('ADDRESS', care_st)}, {c.addr(None, street=care_st)[1]} on "
                    f"{c.date(c.days(3, 12))}. Please deliver there from then on, second floor. Invoices still to me "
                    f"please: {c.addr1(dau)}. I'm on {c.ph(dau)}.",
                ),
                "",
                closing(c),
                c.nm(dau, "full"),
            ]
        )
        subj = t(
            "AW: Lieferung Medikamente",
            "RE: Livraison des médicaments",
            "R: Consegna farmaci",
            "RE: Medication delivery",
        )
        hdr = mail_header(c, addr_disp(c, c.nm(dau, "full"), c.em(dau)), ph_co.role, subj, when_str(c, c.today))
        q = quote_block(
            c,
            addr_disp(c, c.nm(staff, "full"), lab("EMAIL", staff.work_email)),
            d0,
            orig,
            (addr_disp(c, c.nm(staff, "full"), lab("EMAIL", staff.work_email)), c.em(dau), subj.split(": ", 1)[1]),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, PHARM_REQ)
    # v == 3: courier app export + drivers' chat
    recs = []
    drivers = [c.person(age=(20, 60)) for _ in range(2)]
    pats = [c.person(age=(55, 95), home=c.home) for _ in range(c.r.randint(3, 4))]
    for p in pats:
        signer = p if c.p(0.6) else c.person(kin=p if c.p(0.5) else None, age=(20, 80))
        st, tl = c.addr(p)
        rec = {
            "order": c.num("RX", 7),
            "channel": c.ch(["web", "app", "phone"]),
            "recipient": c.nm(p, "full"),
            "dob_check": c.dob(p, c.export_dob),
            "address": f"{st}, {tl}",
            "phone": c.ph(p),
            "delivered_at": f"{c.today.isoformat()}T{c.r.randint(9, 18):02d}:{c.r.randint(0, 59):02d}",
            "signed_by": c.nm(signer, c.ch(["full", "init", "last"])),
            "driver": c.nm(c.ch(drivers), "first"),
        }
        if rec["channel"] != "phone":
            rec["client_ip"] = c.ip()
        recs.append(rec)
    js = jdump(recs, indent=2) if c.p(0.5) else jsonl(recs)
    a, b_ = drivers
    p1 = pats[0]
    msgs = [
        (
            sender(c, a),
            t(
                f"{c.nm(p1, 'last')} macht nicht auf, Kühlware dabei",
                f"{c.nm(p1, 'last')} n'ouvre pas, il y a du frais",
                f"{c.nm(p1, 'last')} non apre, c'è roba da frigo",
                f"{c.nm(p1, 'last')} not answering, fridge item on board",
            ),
        ),
        (
            sender(c, b_),
            t(f"versuch die Nummer {c.ph(p1)}", f"essaie le {c.ph(p1)}", f"prova il {c.ph(p1)}", f"try {c.ph(p1)}"),
        ),
        (
            sender(c, a),
            t(
                "ok, geht. Unterschrift hab ich",
                "ok c'est bon, j'ai la signature",
                "ok fatto, firma presa",
                "ok sorted, got the signature",
            ),
        ),
    ]
    return finish(c, js + "\n\n" + chat(c, msgs), PHARM_REQ)


GENRES.append(("pharmacydelivery", gen_pharmacydelivery))


# ====================================================================================================================
# 6. daycare - daycare and nursery registrations, waiting lists and offers
# ====================================================================================================================

DAYCARE_NAMES = {
    "DE": ["Kita Sonnenschein", "Kita Regenbogen", "Kinderkrippe Zwergenland", "Kita Pusteblume", "Kita Wirbelwind"],
    "AT": [
        "Kindergruppe Pusteblume",
        "Krabbelstube Sonnenkäfer",
        "Kindergarten Regenbogen",
        "Krabbelstube Wichtelhaus",
    ],
    "CHde": ["Kinderkrippe Chäferli", "Kita Wirbelwind", "Krippe Sonnenblume", "Kita Glühwürmli"],
    "CHfr": ["Crèche Les Petits Loups", "Garderie Arc-en-Ciel", "UAPE Les Lutins", "Crèche Les Coccinelles"],
    "FR": ["Micro-crèche Les Pitchouns", "Crèche Les Petits Loups", "Multi-accueil Arc-en-Ciel", "Crèche Les Lucioles"],
    "CHit": ["Nido d'infanzia Il Girasole", "Asilo nido L'Aquilone", "Nido Primi Passi"],
    "IT": ["Asilo nido Il Girasole", "Nido L'Aquilone", "Asilo nido Primi Passi", "Nido Il Melograno"],
    "GB": ["Little Acorns Nursery", "Rainbow Day Nursery", "Sunflower Nursery", "Tiny Steps Day Nursery"],
    "US": ["Bright Beginnings Daycare", "Sunflower Preschool", "Little Sprouts Child Care", "Tiny Steps Daycare"],
}
EMPLOYERS = {
    "DE": [
        "Siemens",
        "Stadtverwaltung",
        "Uniklinik",
        "Deutsche Bahn",
        "selbstständig",
        "Bosch",
        "Allianz",
        "Lidl",
        "Sparkasse",
        "Telekom",
    ],
    "AT": ["Magistrat", "LKH", "ÖBB", "Spar", "selbstständig", "Raiffeisen", "voestalpine", "Österreichische Post"],
    "CHde": ["Migros", "Coop", "SBB", "Kantonsspital", "selbstständig", "Raiffeisen", "Swisscom", "Stadtverwaltung"],
    "CHfr": ["CHUV", "HUG", "Nestlé", "CFF", "Migros", "à son compte", "Swisscom", "commune"],
    "FR": ["CHU", "SNCF", "Décathlon", "à son compte", "La Poste", "Crédit Agricole", "mairie", "Airbus"],
    "CHit": ["EOC", "Comune", "BancaStato", "Coop", "Migros", "FFS", "libero professionista"],
    "IT": ["Ospedale", "Comune", "Poste Italiane", "Coop", "libero professionista", "Enel", "Intesa Sanpaolo"],
    "GB": ["NHS Trust", "the council", "Tesco", "self-employed", "Barclays", "Amazon", "university"],
    "US": [
        "Kaiser Permanente",
        "public schools",
        "Amazon",
        "self-employed",
        "the county",
        "Target",
        "university hospital",
    ],
}
DAYCARE_REQ = {
    "de": [
        "Prüf bitte, ob die Anmeldung vollständig ist.",
        "Wer sollte nach unseren Kriterien den Platz bekommen?",
        "Formuliere eine Bestätigung an die Eltern.",
    ],
    "fr": [
        "Vérifie si l'inscription est complète.",
        "Qui devrait obtenir la place selon nos critères ?",
        "Rédige une confirmation pour les parents.",
    ],
    "it": [
        "Controlla se l'iscrizione è completa.",
        "Chi dovrebbe avere il posto secondo i nostri criteri?",
        "Scrivi una conferma ai genitori.",
    ],
    "en": [
        "Check whether the registration is complete.",
        "Who should get the place according to our criteria?",
        "Draft a confirmation to the parents.",
    ],
}


def _daycare(c: Ctx) -> str:
    return c.ch(DAYCARE_NAMES[c.reg])


def gen_daycare(c: Ctx) -> str:
    v = c.variant
    c.local = 0.9
    t = c.t
    dname = _daycare(c)
    ddom = slug(dname.split(" ", 1)[-1], c.lang == "de")[:18] + "." + TLD[c.cc]
    if v == 0:
        mum = c.person(g="f", age=(26, 44))
        dad = c.person(g="m", kin=mum if c.p(0.6) else None, age=(27, 48), home=mum.town)
        dad.street = mum.street
        kid = c.child(mum if (dad.last != mum.last and c.p(0.5)) or dad.last == mum.last else dad, age=(0, 3))
        gran = c.person(g="f", kin=mum if c.p(0.5) else dad, age=(55, 78))
        doc = c.person(age=(35, 65))
        rows = [
            (
                t("Kind – Nachname", "Enfant – nom", "Bambino/a – cognome", "Child – surname"),
                c.nm(kid, c.ch(["last", "LAST"])),
            ),
            (t("Vorname", "Prénom", "Nome", "First name"), c.nm(kid, "first")),
            (t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(kid)),
        ]
        if c.cc == "CH" and c.p(0.5):
            rows.append((t("AHV-Nr. des Kindes", "N° AVS de l'enfant", "N. AVS del bambino", "AHV no."), c.ahv()))
        rows += [
            (
                t("Gewünschter Eintritt", "Entrée souhaitée", "Inizio desiderato", "Preferred start"),
                c.date(c.days(60, 200)),
            ),
            (
                t("Betreuungstage", "Jours d'accueil", "Giorni di frequenza", "Days"),
                ", ".join(WEEKDAYS[c.lang][i] for i in sorted(c.r.sample(range(5), c.r.randint(2, 4)))),
            ),
        ]
        for par, lbl in ((mum, t("Mutter", "Mère", "Madre", "Mother")), (dad, t("Vater", "Père", "Padre", "Father"))):
            rows.append((lbl, c.nm(par, "full")))
            if c.p(0.4):
                rows.append(
                    (
                        t(
                            f"Geburtsdatum {lbl}",
                            f"Date de naissance ({lbl.lower()})",
                            f"Data di nascita ({lbl.lower()})",
                            f"{lbl}'s date of birth",
                        ),
                        c.dob(par),
                    )
                )
            rows.append(
                (t(f"Telefon {lbl}", f"Tél. {lbl.lower()}", f"Tel. {lbl.lower()}", f"{lbl}'s phone"), c.ph(par))
            )
            rows.append(
                (t(f"E-Mail {lbl}", f"E-mail {lbl.lower()}", f"E-mail {lbl.lower()}", f"{lbl}'s email"), c.em(par))
            )
            rows.append(
                (
                    t(
                        f"Arbeitgeber {lbl}",
                        f"Employeur {lbl.lower()}",
                        f"Datore di lavoro {lbl.lower()}",
                        f"{lbl}'s employer",
                    ),
                    c.ch(EMPLOYERS[c.reg]),
                )
            )
        rows += [
            (t("Adresse", "Adresse", "Indirizzo", "Address"), c.addr1(mum)),
            (
                t(
                    "Kinderarzt/-ärztin",
                    "Pédiatre",
                    "Pediatra",
                    "GP / paediatrician" if c.cc == "GB" else "Pediatrician",
                ),
                f"{t('Dr. med.', 'Dr', 'Dott.ssa' if doc.f else 'Dott.', 'Dr')} {c.nm(doc, 'last')}, "
                f"{c.ph(c.mkphone('land', c.home))}",
            ),
            (
                t("Abholberechtigt", "Personnes autorisées", "Persone autorizzate al ritiro", "Authorised to collect"),
                f"{c.nm(gran, 'full')} "
                f"({t('Grossmutter' if c.cc == 'CH' else 'Großmutter', 'grand-mère', 'nonna', 'grandmother')}), "
                f"{c.ph(gran)}",
            ),
            (
                t("Allergien", "Allergies", "Allergie", "Allergies"),
                c.ch(
                    t(
                        ["keine", "Nüsse", "Laktose"],
                        ["aucune", "arachides", "lactose"],
                        ["nessuna", "frutta a guscio", "lattosio"],
                        ["none", "nuts", "dairy"],
                    )
                ),
            ),
        ]
        if c.cc != "US" and c.p(0.6):
            rows.append(
                (
                    t(
                        "Beiträge per Lastschrift (IBAN)",
                        "Prélèvement (IBAN)",
                        "Addebito rette (IBAN)",
                        "Direct debit (IBAN)",
                    ),
                    c.iban(),
                )
            )
        title = t(
            f"Anmeldung Betreuungsplatz – {dname}",
            f"Demande de place – {dname}",
            f"Domanda di iscrizione – {dname}",
            f"Registration form – {dname}",
        )
        body = title + "\n\n" + form(c, rows, c.ch(["colon", "aligned", "tab", "bold", "bullet"]))
        return finish(c, body, DAYCARE_REQ)
    if v == 1:
        hdr = [
            "#",
            t("Kind", "Enfant", "Bambino/a", "Child"),
            t("Geb.", "Naissance", "Nascita", "DOB"),
            t("Start", "Début", "Inizio", "Start"),
            t("Elternteil", "Parent", "Genitore", "Parent"),
            t("Telefon", "Tél.", "Tel.", "Phone"),
            t("Priorität", "Priorité", "Priorità", "Priority"),
        ]
        prios = t(
            ["Geschwister", "alleinerziehend", "Wohnort", "–", "Härtefall"],
            ["fratrie", "famille monoparentale", "domicile", "–"],
            ["fratelli", "monogenitore", "residenza", "–"],
            ["sibling", "single parent", "local", "–", "staff child"],
        )
        rows = []
        style = c.ch(["LASTfirst", "revc", "full"])
        for i in range(c.r.randint(5, 8)):
            par = c.person(age=(25, 45))
            kid = c.child(par, age=(0, 2))
            rows.append(
                [
                    str(i + 1),
                    c.nm(kid, style),
                    c.dob(kid),
                    c.date(c.days(30, 240)),
                    c.nm(par, c.ch(["full", "init"])),
                    c.ph(par),
                    c.ch(prios),
                ]
            )
        title = t(
            f"Warteliste {dname}, Stand {c.date(c.today)}",
            f"Liste d'attente {dname}, état au {c.date(c.today)}",
            f"Lista d'attesa {dname}, aggiornata al {c.date(c.today)}",
            f"{dname} waiting list as of {c.date(c.today)}",
        )
        return finish(c, title + "\n\n" + table(c, hdr, rows), DAYCARE_REQ)
    if v == 2:
        par = c.person(age=(26, 45))
        kid = c.child(par, age=(0, 2))
        gran = c.person(g="f", kin=par, age=(55, 78))
        lead = c.staff(ddom, g=c.ch("ffffm"))
        start = c.days(30, 90)
        d0 = c.today - dt.timedelta(days=c.r.randint(2, 8))
        new_st, new_town = c.street(), c.near_town()
        orig = "\n".join(
            [
                greeting(c, par, True),
                t(
                    f"wir freuen uns, Ihnen für {c.nm(kid, 'first')} (geb. {c.dob(kid)}) ab {c.date(start)} einen "
                    "Platz "
                    f"anbieten zu können. Bitte bestätigen Sie bis {c.date(c.days(5, 12))}.",
                    f"nous avons le plaisir de vous proposer une place pour {c.nm(kid, 'first')} "
                    f"({'née' if kid.f else 'né'} le {c.dob(kid)}) dès le {c.date(start)}. Merci de confirmer d'ici au "
                    f"{c.date(c.days(5, 12))}.",
                    f"siamo lieti di offrirvi un posto per {c.nm(kid, 'first')} ({'nata' if kid.f else 'nato'} il "
                    f"{c.dob(kid)}) a partire dal {c.date(start)}. Vi preghiamo di confermare entro il "
                    f"{c.date(c.days(5, 12))}.",
                    f"we are pleased to offer {c.nm(kid, 'first')} (DOB {c.dob(kid)}) a place from {c.date(start)}. "
                    f"Please confirm by {c.date(c.days(5, 12))}.",
                ),
                "",
                closing(c),
                signature(
                    c,
                    lead,
                    t(
                        "Kitaleitung" if c.cc == "DE" else "Leitung",
                        "Directrice" if lead.f else "Directeur",
                        "Coordinatrice" if lead.f else "Coordinatore",
                        us(c, "Nursery manager", "Center director"),
                    ),
                    None,
                    lab("EMAIL", lead.work_email),
                    c.ph(c.mkphone("land", c.home)),
                ),
                dname,
            ]
        )
        reply = "\n".join(
            [
                greeting(c, lead, False),
                t(
                    "vielen Dank, wir nehmen den Platz gerne an! Wir sind inzwischen umgezogen: "
                    f"{c.addr1(None, street=new_st, town=new_town)}. "
                    f"Abholen wird meistens die Oma, {c.nm(gran, 'full')}, Tel. {c.ph(gran)}. Geht der Start auch "
                    f"eine Woche später?",
                    "merci, nous acceptons volontiers la place ! Nous avons déménagé : "
                    f"{c.addr1(None, street=new_st, town=new_town)}. "
                    f"C'est surtout sa grand-mère, {c.nm(gran, 'full')}, tél. {c.ph(gran)}, qui viendra le/la "
                    "chercher. "
                    f"Est-ce possible de commencer une semaine plus tard ?",
                    f"grazie, accettiamo volentieri il posto! Nel frattempo abbiamo traslocato: "
                    f"{c.addr1(None, street=new_st, town=new_town)}. A prenderl{'a' if kid.f else 'o'} verrà quasi "
                    "sempre la nonna, "
                    f"{c.nm(gran, 'full')}, tel. {c.ph(gran)}. È possibile iniziare una settimana dopo?",
                    "thank you, we're happy to accept! We've moved in the meantime: "
                    f"{c.addr1(None, street=new_st, town=new_town)}. "
                    f"{c.gw(kid, 'His', 'Her')} grandma, {c.nm(gran, 'full')}, will usually do pick-up, tel. "
                    f"{c.ph(gran)}. "
                    f"Could the start be a week later?",
                ),
                "",
                closing(c, False),
                c.nm(par, c.ch(["first", "full"])),
            ]
        )
        reply = reply.replace("le/la chercher", "la chercher" if kid.f else "le chercher")
        subj = t("AW: Platzangebot", "RE: Offre de place", "R: Offerta posto", "RE: Offer of a place")
        hdr = mail_header(
            c,
            addr_disp(c, c.nm(par, "full"), c.em(par)),
            addr_disp(c, c.nm(lead, "full"), lab("EMAIL", lead.work_email)),
            subj,
            when_str(c, c.today),
        )
        q = quote_block(
            c,
            addr_disp(c, c.nm(lead, "full"), lab("EMAIL", lead.work_email)),
            d0,
            orig,
            (addr_disp(c, c.nm(lead, "full"), lab("EMAIL", lead.work_email)), c.em(par), subj.split(": ", 1)[1]),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, DAYCARE_REQ)
    # v == 3: online pre-registration export + staff chat
    recs = []
    kids = []
    for _ in range(c.r.randint(3, 4)):
        par = c.person(age=(25, 45), home=c.home if c.p(0.9) else None)
        kid = c.child(par, age=(0, 3))
        kids.append((kid, par))
        recs.append(
            {
                "id": c.num("", 5),
                "child_first": c.nm(kid, "first"),
                "child_last": c.nm(kid, "last"),
                "child_dob": c.dob(kid, c.export_dob),
                "parent": c.nm(par, "full"),
                "email": c.em(par),
                "phone": c.ph(par),
                "postcode_town": c.addr(par)[1],
                "start": c.date(c.days(40, 300), "iso"),
                "days": c.r.randint(2, 5),
                "ip": c.ip(),
            }
        )
    if c.p(0.5):
        out = jdump(recs, indent=2)
    else:
        hdr = list(recs[0].keys())
        out = table(c, hdr, [[str(r_[k]) for k in hdr] for r_ in recs], c.ch(["csv", "csv_semi", "tsv"]))
    lead, dep = c.person(g="f", age=(28, 60)), c.person(g=c.ch("fm"), age=(24, 60))
    (k1, p1), (k2, p2) = kids[0], kids[1]
    msgs = [
        (
            sender(c, lead),
            t(
                f"hat {c.nm(k1, 'full')} Geschwisterbonus?",
                f"est-ce que {c.nm(k1, 'full')} a déjà un frère ou une sœur chez nous ?",
                f"{c.nm(k1, 'full')} ha già un fratello da noi?",
                f"does {c.nm(k1, 'full')} have a sibling with us already?",
            ),
        ),
        (
            sender(c, dep),
            t(
                f"ja, ich ruf {c.title(p1, True)} {c.nm(p1, 'last')} an: {c.ph(p1)}",
                f"oui, j'appelle {c.title(p1)} {c.nm(p1, 'last')} : {c.ph(p1)}",
                f"sì, chiamo {c.gw(p1, 'il signor', 'la signora')} {c.nm(p1, 'last')}: {c.ph(p1)}",
                f"yes, I'll call {c.title(p1)} {c.nm(p1, 'last')}: {c.ph(p1)}",
            ),
        ),
        (
            sender(c, lead),
            t(
                f"und {c.nm(k2, 'first')} erst ab Sommer",
                f"et {c.nm(k2, 'first')} seulement dès l'été",
                f"e {c.nm(k2, 'first')} solo da giugno",
                f"and {c.nm(k2, 'first')} not before summer",
            ),
        ),
        (
            sender(c, dep),
            t(
                f"{c.nm(k2, 'first')}{chr(39) if k2.first[-1] in 'sxzß' else 's'} "
                f"{c.gw(p2, 'Vater', 'Mutter')} hat schon zweimal nachgefragt",
                f"{c.gw(p2, 'le père', 'la mère')} de {c.nm(k2, 'first')} a déjà relancé deux fois",
                f"{c.gw(p2, 'il papà', 'la mamma')} di {c.nm(k2, 'first')} ha già chiesto due volte",
                f"{c.nm(k2, 'first')}'s {c.gw(p2, 'dad', us(c, 'mum', 'mom'))} has chased us twice already",
            ),
        ),
    ]
    return finish(c, out + "\n\n" + chat(c, msgs), DAYCARE_REQ)


GENRES.append(("daycare", gen_daycare))


# ====================================================================================================================
# 7. vouchers - gift voucher orders, registers and redemptions
# ====================================================================================================================

VOUCHER_SHOPS = {
    "de": [
        "Restaurant Zur Linde",
        "Wellness-Oase {town}",
        "Buchhandlung am Markt",
        "Hotel Seeblick",
        "Day Spa Lotus",
        "Kochschule Pfefferkorn",
        "Kletterhalle Steinbock",
        "Kino Lichtspiel",
    ],
    "fr": [
        "Restaurant Le Cep",
        "Spa Les Bains",
        "Librairie du Marché",
        "Hôtel du Lac",
        "Institut Belle Rive",
        "Atelier Cuisine Saveurs",
    ],
    "it": [
        "Ristorante Il Gabbiano",
        "Terme Aurora",
        "Libreria del Borgo",
        "Hotel Bellavista",
        "Centro benessere Aqua",
        "Scuola di cucina Basilico",
    ],
    "en": [
        "The Old Mill Restaurant",
        "Serenity Day Spa",
        "Riverside Books",
        "Harbour View Hotel",
        "Copper Pot Cookery School",
        "Summit Climbing Centre",
    ],
}
VOUCHER_REQ = {
    "de": [
        "Schreib eine Antwort zur Gutscheinverlängerung.",
        "Welche Gutscheine sind noch offen? Bitte Summe.",
        "Fasse die Bestellungen kurz zusammen.",
    ],
    "fr": [
        "Réponds au sujet de la prolongation du bon.",
        "Quels bons sont encore ouverts ? Donne le total.",
        "Résume les commandes.",
    ],
    "it": [
        "Rispondi riguardo alla proroga del buono.",
        "Quali buoni sono ancora aperti? Fammi il totale.",
        "Riassumi gli ordini.",
    ],
    "en": [
        "Reply about extending the voucher.",
        "Which vouchers are still open? Give me the total.",
        "Summarise the orders.",
    ],
}


def _vcode(c: Ctx) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return (
        c.ch(["GS-", "BC-", "BR-", "GV-", ""])
        + "".join(c.ch(al) for _ in range(4))
        + "-"
        + "".join(c.ch(al) for _ in range(4))
    )


def _occasion_msg(c: Ctx, rec: Person, buyer: Person) -> str:
    age = c.ch([30, 40, 50, 60, 65, 70])
    return c.ch(
        {
            "de": [
                f"Liebe{'' if rec.f else 'r'} {c.nm(rec, c.ch(['first', 'nick']))}, alles Gute zum {age}.! "
                f"{c.gw(buyer, 'Dein', 'Deine')} {c.nm(buyer, 'first')}",
                f"Für {c.nm(rec, 'first')} – danke für alles! {c.nm(buyer, 'first')}",
                f"Happy Birthday, {c.nm(rec, 'first')}! Von {c.nm(buyer, 'first')} und den Kids",
            ],
            "fr": [
                f"{'Chère' if rec.f else 'Cher'} {c.nm(rec, c.ch(['first', 'nick']))}, joyeux anniversaire pour tes "
                f"{age} ans ! Bises, {c.nm(buyer, 'first')}",
                f"Pour {c.nm(rec, 'first')}, merci pour tout ! {c.nm(buyer, 'first')}",
            ],
            "it": [
                f"{'Cara' if rec.f else 'Caro'} {c.nm(rec, c.ch(['first', 'nick']))}, buon {age}° compleanno! "
                f"Un abbraccio, {c.nm(buyer, 'first')}",
                f"Per {c.nm(rec, 'first')}, grazie di tutto! {c.nm(buyer, 'first')}",
            ],
            "en": [
                f"Dear {c.nm(rec, c.ch(['first', 'nick']))}, happy {age}th! Love, {c.nm(buyer, 'first')}",
                f"For {c.nm(rec, 'first')} – thanks for everything! {c.nm(buyer, 'first')} x",
            ],
        }[c.lang]
    )


def gen_vouchers(c: Ctx) -> str:
    v = c.variant
    c.local = 0.7
    t = c.t
    stems = {
        k: [x.replace("Centre", "Center") if c.loc == "en_US" else x for x in val] for k, val in VOUCHER_SHOPS.items()
    }
    shop_name = c.ch(stems[c.lang]).replace("{town}", c.home.name)
    shop = Company(
        c,
        shop_name,
        role=c.t(
            c.ch(["info", "gutscheine", "reservierung"]),
            c.ch(["info", "bons", "reservation"]),
            c.ch(["info", "prenotazioni"]),
            c.ch(["info", "vouchers", "bookings"]),
        ),
    )
    val = c.ch([50, 75, 100, 120, 150, 200, 250])
    if v == 0:
        buyer = c.person(age=(22, 75))
        rec = c.person(age=(25, 80), kin=buyer if c.p(0.4) else None, home=c.near_town() if c.p(0.6) else None)
        by_post = c.p(0.55)
        rows = [
            (t("Bestellnummer", "N° de commande", "N. ordine", "Order no."), c.num("", 7)),
            (t("Gutscheinwert", "Valeur du bon", "Valore del buono", "Voucher value"), c.money(val)),
            (t("Gutscheincode", "Code du bon", "Codice buono", "Voucher code"), _vcode(c)),
            (t("Käufer/in", "Acheteur", "Acquirente", "Purchaser"), c.nm(buyer, c.ch(["full", "revc"]))),
            (
                t("Rechnungsadresse", "Adresse de facturation", "Indirizzo di fatturazione", "Billing address"),
                c.addr1(buyer),
            ),
            (t("E-Mail", "E-mail", "E-mail", "Email"), c.em(buyer)),
            (t("Telefon", "Téléphone", "Telefono", "Phone"), c.ph(buyer) if c.p(0.7) else None),
            (t("Beschenkte Person", "Bénéficiaire", "Beneficiario", "Recipient"), c.nm(rec, "full")),
        ]
        if by_post:
            rows.append((t("Versand per Post an", "Envoi postal à", "Spedizione postale a", "Post to"), c.addr1(rec)))
        else:
            rows.append((t("Versand per E-Mail an", "Envoi par e-mail à", "Invio via e-mail a", "Email to"), c.em(rec)))
        rows.append(
            (
                t("Grusstext" if c.cc == "CH" else "Grußtext", "Message", "Dedica", "Message"),
                _occasion_msg(c, rec, buyer),
            )
        )
        pay = c.r.random()
        if pay < 0.45:
            brand = c.ch(["visa", "mc"])
            rows.append(
                (
                    t("Zahlung", "Paiement", "Pagamento", "Payment"),
                    f"{'Visa' if brand == 'visa' else 'Mastercard'} {c.card(brand)}",
                )
            )
            rows.append(
                (t("Gültig bis", "Expiration", "Scadenza", "Expiry"), f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}")
            )
        elif pay < 0.75:
            rows.append((t("Zahlung", "Paiement", "Pagamento", "Payment"), c.masked_card()))
        elif c.cc != "US":
            rows.append(
                (
                    t(
                        "Zahlung per Rechnung, IBAN Shop",
                        "Paiement sur facture, IBAN",
                        "Bonifico su IBAN",
                        "Pay by bank transfer to IBAN",
                    ),
                    c.iban(),
                )
            )
        head = shop.letterhead(c, True)
        title = t("Gutscheinbestellung", "Commande de bon cadeau", "Ordine buono regalo", "Gift voucher order")
        return finish(c, f"{head}\n\n{title}\n{form(c, rows)}", VOUCHER_REQ)
    if v == 1:
        hdr = [
            t("Code", "Code", "Codice", "Code"),
            t("Ausgestellt", "Émis le", "Emesso", "Issued"),
            t("Käufer", "Acheteur", "Acquirente", "Buyer"),
            t("Für", "Pour", "Per", "For"),
            t("Wert", "Valeur", "Valore", "Value"),
            t("Eingelöst", "Utilisé le", "Usato il", "Redeemed"),
            t("Bemerkung", "Remarque", "Nota", "Note"),
        ]
        rows = []
        people = []
        style = c.ch(["full", "revc", "init", "rev"])
        for _ in range(c.r.randint(5, 8)):
            b_ = c.person(age=(22, 80))
            r_ = c.person(age=(22, 85)) if c.p(0.7) else None
            people.append((b_, r_))
            issued = c.today - dt.timedelta(days=c.r.randint(30, 700))
            red = c.date(issued + dt.timedelta(days=c.r.randint(1, (c.today - issued).days))) if c.p(0.5) else ""
            note = c.ch(
                [
                    "",
                    "",
                    t(
                        "Rest " + c.money(c.r.randint(5, 40)),
                        "reste " + c.money(c.r.randint(5, 40)),
                        "resto " + c.money(c.r.randint(5, 40)),
                        "balance " + c.money(c.r.randint(5, 40)),
                    ),
                    t("verlängert", "prolongé", "prorogato", "extended"),
                    t("Ersatz", "duplicata", "duplicato", "reissued"),
                ]
            )
            rows.append(
                [
                    _vcode(c),
                    c.date(issued),
                    c.nm(b_, style),
                    c.nm(r_, c.ch(["full", "first"])) if r_ else "–",
                    c.money(c.ch([30, 50, 100, 150])),
                    red,
                    note,
                ]
            )
        b1, r1 = people[0]
        staff = c.person(age=(20, 60))
        note = t(
            f"{c.nm(staff, 'first')}: {c.nm(b1, 'last')} hat angerufen, Gutschein ging verloren – "
            f"neue Zustellung an {c.em(b1)}.",
            f"{c.nm(staff, 'first')} : {c.nm(b1, 'last')} a appelé, bon perdu – renvoyer à {c.em(b1)}.",
            f"{c.nm(staff, 'first')}: ha chiamato {c.nm(b1, 'last')}, buono smarrito – rinviare a {c.em(b1)}.",
            f"{c.nm(staff, 'first')}: {c.nm(b1, 'last')} rang, voucher lost – resend to {c.em(b1)}.",
        )
        return finish(
            c,
            f"{shop.name} – {t('Gutscheinbuch', 'Registre des bons', 'Registro buoni', 'Voucher log')}"
            f"\n\n{table(c, hdr, rows)}\n\n{note}",
            VOUCHER_REQ,
        )
    if v == 2:
        cust = c.person(age=(22, 75))
        giver = c.person(age=(40, 85), kin=cust if c.p(0.5) else None)
        staff = c.staff(shop.dom)
        code = _vcode(c)
        issued = c.today - dt.timedelta(days=c.r.randint(380, 800))
        d0 = c.today - dt.timedelta(days=c.r.randint(3, 9))
        aunt = c.t(
            c.gw(giver, "meinem Onkel", "meiner Tante"),
            c.gw(giver, "mon oncle", "ma tante"),
            c.gw(giver, "mio zio", "mia zia"),
            c.gw(giver, "my uncle", "my aunt"),
        )
        orig = "\n".join(
            [
                greeting(c, cust, True),
                t(
                    f"der Gutschein {code} vom {c.date(issued)} ist leider seit "
                    f"{c.date(issued + dt.timedelta(days=365))} "
                    f"abgelaufen. Auf Kulanz können wir ihn einmalig um drei Monate verlängern.",
                    f"le bon {code} du {c.date(issued)} est malheureusement échu depuis le "
                    f"{c.date(issued + dt.timedelta(days=365))}. À titre exceptionnel, nous pouvons le prolonger de "
                    "trois mois.",
                    f"il buono {code} del {c.date(issued)} è purtroppo scaduto il "
                    f"{c.date(issued + dt.timedelta(days=365))}. "
                    f"In via eccezionale possiamo prorogarlo di tre mesi.",
                    f"voucher {code} issued on {c.date(issued)} unfortunately expired on "
                    f"{c.date(issued + dt.timedelta(days=365))}. As a goodwill gesture we can extend it once by "
                    "three months.",
                ),
                "",
                closing(c),
                c.nm(staff, "full"),
                shop.name,
            ]
        )
        reply = "\n".join(
            [
                greeting(c, staff, True),
                t(
                    f"vielen Dank! Den Gutschein habe ich von {aunt} {c.nm(giver, 'full')} bekommen, bezahlt wurde mit "
                    f"Karte {c.masked_card()}. Bitte schicken Sie den verlängerten Gutschein an meine neue Adresse "
                    f"{c.em(cust)} – die alte gibt es nicht mehr. Wir möchten am {c.date(c.days(10, 40))} zu zweit "
                    "kommen.",
                    f"merci beaucoup ! Le bon m'a été offert par {aunt}, {c.nm(giver, 'full')} (payé par carte "
                    f"{c.masked_card()}). Merci d'envoyer le bon prolongé à ma nouvelle adresse {c.em(cust)}. Nous "
                    f"aimerions venir à deux le {c.date(c.days(10, 40))}.",
                    f"grazie mille! Il buono me l'ha regalato {aunt}, {c.nm(giver, 'full')} (pagato con carta "
                    f"{c.masked_card()}). Vi prego di mandare il buono prorogato al mio nuovo indirizzo {c.em(cust)}. "
                    f"Vorremmo venire in due il {c.date(c.days(10, 40))}.",
                    f"thank you! The voucher was a present from {aunt}, {c.nm(giver, 'full')} (paid by card "
                    f"{c.masked_card()}). Please send the extended voucher to my new address {c.em(cust)}. We'd "
                    "like to "
                    f"come for two on {c.date(c.days(10, 40))}.",
                ),
                "",
                closing(c),
                c.nm(cust, "full"),
                c.ph(cust),
            ]
        )
        subj = t("AW: Gutschein ", "RE: Bon ", "R: Buono ", "RE: Voucher ") + code
        hdr = mail_header(c, addr_disp(c, c.nm(cust, "full"), c.em(cust)), shop.role, subj, when_str(c, c.today))
        q = quote_block(c, shop.role, d0, orig, (shop.role, c.em(cust), subj.split(": ", 1)[1]))
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, VOUCHER_REQ)
    # v == 3: webshop export + staff chat
    orders = []
    buyers = []
    for _ in range(c.r.randint(2, 4)):
        b_ = c.person(age=(20, 75))
        r_ = c.person(age=(20, 85))
        buyers.append((b_, r_))
        st, tl = c.addr(b_)
        o = {
            "order_id": c.num("", 6),
            "created_at": f"{(c.today - dt.timedelta(days=c.r.randint(0, 6))).isoformat()} {c.r.randint(7, 23):02d}:"
            f"{c.r.randint(0, 59):02d}",
            "remote_ip": c.ip(),
            "billing": {"name": c.nm(b_, "full"), "email": c.em(b_), "street": st, "city": tl},
            "item": {
                "type": "voucher",
                "value": c.ch([50, 75, 100, 120, 150, 200]),
                "code": _vcode(c),
                "recipient": c.nm(r_, "full"),
                "message": _occasion_msg(c, r_, b_),
            },
            "payment": {"method": c.ch(["card", "card", "paypal", "twint" if c.cc == "CH" else "card"])},
        }
        if o["payment"]["method"] == "card":
            o["payment"]["card"] = c.card() if c.p(0.3) else c.masked_card()
        orders.append(o)
    js = jdump(orders, indent=2)
    s1, s2 = c.person(age=(20, 55)), c.person(age=(20, 55))
    b1, r1 = buyers[0]
    msgs = [
        (
            sender(c, s1),
            t(
                f"{c.nm(b1, 'last')} möchte den Gutschein doch per Post, an {c.nm(r1, 'first')} direkt",
                f"{c.nm(b1, 'last')} veut finalement le bon par la poste, directement à {c.nm(r1, 'first')}",
                f"{c.nm(b1, 'last')} vuole il buono per posta, direttamente a {c.nm(r1, 'first')}",
                f"{c.nm(b1, 'last')} wants the voucher posted after all, straight to {c.nm(r1, 'first')}",
            ),
        ),
        (sender(c, s2), t("Adresse?", "adresse ?", "indirizzo?", "address?")),
        (sender(c, s1), c.addr1(r1)),
    ]
    return finish(c, js + "\n\n" + chat(c, msgs), VOUCHER_REQ)


GENRES.append(("vouchers", gen_vouchers))


# ====================================================================================================================
# 8. testdrive - car dealership test-drive agreements, leads and fines
# ====================================================================================================================

DEALER_STEMS = {
    "de": ["Autohaus {town}", "Autohaus Sonnenberg", "Auto-Center Süd", "Autohaus am Ring", "Autowelt Nord"],
    "fr": ["Garage du Lac", "Garage de la Gare", "Centre Auto {town}", "Garage des Alpes"],
    "it": ["Autosalone Centrale", "Concessionaria {town} Motori", "Autostar", "Garage Stella"],
    "en": ["{town} Motors", "Riverside Motors", "Parkway Auto", "Greenfield Cars"],
}
CARS = [
    "VW ID.4 Pro",
    "Škoda Octavia Combi 2.0 TDI",
    "BMW 320d Touring",
    "Audi Q4 e-tron",
    "Mercedes-Benz C 200",
    "Toyota Yaris Hybrid",
    "Peugeot 3008 Hybrid",
    "Renault Mégane E-Tech",
    "Fiat 500e",
    "Alfa Romeo Tonale",
    "Ford Kuga PHEV",
    "Volvo XC40 Recharge",
    "Kia EV6",
    "Hyundai Ioniq 5",
    "Dacia Duster",
    "Citroën C4",
    "Jeep Avenger",
    "Honda CR-V",
    "Subaru Outback",
    "Mazda CX-5",
    "Cupra Born",
    "MG4 Electric",
]
DEALER_REQ = {
    "de": [
        "Schreib eine Antwort an den Kunden zum Bußgeldbescheid.",
        "Fasse die Leads für das Sales-Meeting zusammen.",
        "Prüfe, ob die Probefahrtvereinbarung vollständig ausgefüllt ist.",
    ],
    "fr": [
        "Réponds au client au sujet de l'amende.",
        "Résume les leads pour la réunion de vente.",
        "Vérifie si le contrat d'essai est complet.",
    ],
    "it": [
        "Rispondi al cliente riguardo alla multa.",
        "Riassumi i lead per la riunione vendite.",
        "Controlla se il modulo di prova è completo.",
    ],
    "en": [
        "Reply to the customer about the speeding fine.",
        "Summarise the leads for the sales meeting.",
        "Check whether the test-drive agreement is complete.",
    ],
}


def _vin(c: Ctx) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return (
        c.ch(["WVW", "WBA", "WAU", "VF3", "ZFA", "TMB", "YV1", "KNA", "VR3", "SAL"])
        + "".join(c.ch(al) for _ in range(8))
        + "".join(c.ch("0123456789") for _ in range(6))
    )


def _trade_plate(c: Ctx) -> str:
    return {
        "DE": f"{c.ch(['B', 'M', 'K', 'S', 'F', 'HH'])}-06{c.r.randint(100, 999)}",
        "AT": f"{c.ch(['W', 'G', 'L', 'S'])}-{c.r.randint(100, 999)} {c.ch(['P', 'PF'])}",
        "CH": f"{c.home.extra or 'ZH'} {c.r.randint(100, 999)}U",
        "FR": f"W-{c.r.randint(100, 999)}-{c.ch('ABCDEFGH')}{c.ch('ABCDEFGH')}",
        "IT": f"X{c.r.randint(1000, 9999)}{c.ch('ABCDEFGH')}",
        "GB": f"{c.r.randint(100, 999)} {c.ch('ABCDEFGH')}{c.ch('ABCDEFGH')}",
        "US": f"DLR {c.r.randint(1000, 9999)}",
    }[c.cc]


def _licence(c: Ctx) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return {
        "DE": "".join(c.ch(al) for _ in range(11)),
        "AT": c.num("", 8),
        "CH": c.num("", 6) + c.ch(["", "Z"]),
        "FR": c.num("", 12),
        "IT": c.ch("AUB") + c.num("", 7) + c.ch("ABCDEFGH"),
        "GB": "".join(c.ch(al) for _ in range(16)),
        "US": c.ch("ABCDEFGHJKLMN") + c.num("", 7),
    }[c.cc]


def gen_testdrive(c: Ctx) -> str:
    v = c.variant
    c.local = 0.8
    t = c.t
    dealer = Company(
        c,
        company_name(c, DEALER_STEMS),
        role=c.t(
            c.ch(["verkauf", "info"]), c.ch(["vente", "info"]), c.ch(["vendite", "info"]), c.ch(["sales", "info"])
        ),
    )
    car = c.ch(CARS)
    if v == 0:
        drv = c.person(age=(19, 78))
        sales = c.staff(dealer.dom)
        out_t = c.r.randint(9, 16)
        km0 = c.r.randint(10, 9000)
        rows = [
            (t("Name", "Nom", "Cognome", "Surname"), c.nm(drv, c.ch(["last", "LAST"]))),
            (t("Vorname", "Prénom", "Nome", "First name(s)"), c.nm(drv, "first")),
            (t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(drv)),
            (t("Anschrift" if c.cc == "DE" else "Adresse", "Adresse", "Indirizzo", "Address"), c.addr1(drv)),
            (t("Telefon", "Téléphone", "Telefono", "Phone"), c.ph(drv)),
            (t("E-Mail", "E-mail", "E-mail", "Email"), c.em(drv) if c.p(0.8) else None),
            (t("Führerschein-Nr.", "N° de permis", "N. patente", "Driving licence no."), _licence(c)),
            (
                t("Ausgestellt am", "Délivré le", "Rilasciata il", "Issued"),
                c.date(drv.dob + dt.timedelta(days=365 * c.r.randint(18, 30) + c.r.randint(0, 300))),
            ),
            (t("Fahrzeug", "Véhicule", "Veicolo", "Vehicle"), car),
            (t("FIN", "VIN", "Telaio", "VIN"), _vin(c)),
            (t("Kennzeichen", "Plaque", "Targa prova", "Plate"), _trade_plate(c)),
            (
                t("Abfahrt / km", "Départ / km", "Partenza / km", "Out / odometer"),
                f"{out_t:02d}:{c.ch(['00', '15', '30'])} / {km0}",
            ),
            (
                t("Rückgabe / km", "Retour / km", "Rientro / km", "Back / odometer"),
                f"{out_t + 1:02d}:{c.ch(['00', '15', '30', '45'])} / {km0 + c.r.randint(12, 60)}",
            ),
            (
                t("Verkaufsberater/in", "Conseiller(ère) de vente", "Consulente", "Sales executive"),
                f"{c.nm(sales, 'full')}, "
                f"{c.ph(c.mkphone('land', dealer.town), style='n6' if c.cc in ('DE', 'AT') else None)}, "
                f"{lab('EMAIL', sales.work_email)}",
            ),
        ]
        clause = t(
            "Bei Schäden trägt der Fahrer eine Selbstbeteiligung von 1.000 EUR."
            if c.cc != "CH"
            else "Bei Schäden trägt der Fahrer einen Selbstbehalt von CHF 1'500.",
            "En cas de dommage, une franchise de 1 000 € reste à la charge du conducteur."
            if c.cc == "FR"
            else "En cas de dommage, une franchise de CHF 1'500 est à la charge du conducteur.",
            "In caso di danni la franchigia di 1.000 € è a carico del conducente."
            if c.cc == "IT"
            else "In caso di danni la franchigia di CHF 1'500 è a carico del conducente.",
            "The driver is liable for an excess of £750 in case of damage."
            if c.cc == "GB"
            else "The driver is responsible for a $1,000 deductible in case of damage.",
        )
        title = t("Probefahrtvereinbarung", "Convention d'essai", "Modulo prova su strada", "Test drive agreement")
        use_ocr = c.p(0.3)
        body = "\n\n".join(
            [
                dealer.letterhead(c),
                title,
                form(c, rows, c.ch(["colon", "aligned", "dots", "upper"]) if use_ocr else None),
                clause,
                t(
                    "Unterschrift Fahrer/in: ",
                    "Signature du conducteur : ",
                    "Firma del conducente: ",
                    "Driver's signature: ",
                )
                + c.nm(drv, "full"),
            ]
        )
        if use_ocr:
            body = ocr(c, body, 0.015)
        return finish(c, body, DEALER_REQ)
    if v == 1:
        hdr = ["lead_id", "created", "name", "email", "phone", "model", "source", "ip", "owner", "test_drive"]
        owners = [c.staff(dealer.dom) for _ in range(2)]
        rows = []
        for _ in range(c.r.randint(4, 6)):
            p = c.person(age=(20, 75))
            src = c.ch(["web", "web", "phone", "walk-in", "mobile.de" if c.cc == "DE" else "autoscout24"])
            rows.append(
                [
                    c.num("L", 6),
                    c.date(c.today - dt.timedelta(days=c.r.randint(0, 14)), "iso"),
                    c.nm(p, c.ch(["full", "full", "revc"])),
                    c.em(p),
                    c.ph(p),
                    c.ch(CARS),
                    src,
                    c.ip() if src in ("web", "mobile.de", "autoscout24") else "",
                    c.nm(c.ch(owners), "init"),
                    c.date(c.days(1, 10)) if c.p(0.6) else "",
                ]
            )
        tab = table(c, hdr, rows, c.ch(["csv", "csv_semi", "tsv", "md"]))
        return finish(
            c,
            t("CRM-Export Leads", "Export CRM – leads", "Export CRM – lead", "CRM lead export") + "\n\n" + tab,
            DEALER_REQ,
        )
    if v == 2:
        cust = c.person(age=(25, 70))
        drv = c.person(g="f" if not cust.f else "m", kin=cust, age=(25, 70))
        staff = c.staff(dealer.dom)
        td = c.today - dt.timedelta(days=c.r.randint(20, 45))
        d0 = c.today - dt.timedelta(days=c.r.randint(2, 6))
        fine_no = c.num("", 10)
        orig = "\n".join(
            [
                greeting(c, cust, True),
                t(
                    f"zu Ihrer Probefahrt mit dem {car} am {c.date(td)} haben wir einen Anhörungsbogen wegen einer "
                    f"Geschwindigkeitsüberschreitung erhalten (Az. {fine_no}). Bitte teilen Sie uns mit, wer "
                    "gefahren ist "
                    f"(Name, Geburtsdatum, Anschrift), damit wir den Bogen weiterleiten können.",
                    f"suite à votre essai du {car} le {c.date(td)}, nous avons reçu un avis de contravention pour "
                    "excès "
                    f"de vitesse (réf. {fine_no}). Merci de nous indiquer le conducteur (nom, date de naissance, "
                    "adresse) "
                    f"afin que nous puissions le désigner.",
                    f"in merito alla prova del {car} del {c.date(td)} abbiamo ricevuto un verbale per eccesso di "
                    "velocità "
                    f"(rif. {fine_no}). Vi preghiamo di comunicarci chi era alla guida (nome, data di nascita, "
                    "indirizzo).",
                    f"following your test drive in the {car} on {c.date(td)} we have received a notice of intended "
                    f"prosecution for speeding (ref. {fine_no}). Please tell us who was driving (name, date of birth, "
                    f"address) so that we can nominate the driver."
                    if c.cc == "GB"
                    else f"following your test drive in the {car} on {c.date(td)} we received a speeding ticket (ref. "
                    f"{fine_no}). Please let us know who was driving (name, date of birth, address) so we can transfer "
                    f"the citation.",
                ),
                "",
                closing(c),
                signature(
                    c,
                    staff,
                    t("Verkauf", "Vente", "Vendite", "Sales"),
                    dealer,
                    lab("EMAIL", staff.work_email),
                    c.ph(dealer.phone),
                ),
            ]
        )
        reply = "\n".join(
            [
                greeting(c, staff, True),
                t(
                    f"gefahren ist {rel(c, 'partner', drv)}: {c.nm(drv, 'full')}, geb. {c.dob(drv)}, wohnhaft "
                    f"{c.addr1(drv)}. "
                    f"Sie ist unter {c.ph(drv)} erreichbar."
                    if drv.f
                    else f"gefahren ist {rel(c, 'partner', drv)}: {c.nm(drv, 'full')}, geb. {c.dob(drv)}, wohnhaft "
                    f"{c.addr1(drv)}. "
                    f"Er ist unter {c.ph(drv)} erreichbar.",
                    f"c'est {rel(c, 'partner', drv)} qui conduisait : {c.nm(drv, 'full')}, "
                    f"{'née' if drv.f else 'né'} le "
                    f"{c.dob(drv)}, domicilié{'e' if drv.f else ''} {c.addr1(drv)}. Joignable au {c.ph(drv)}.",
                    f"alla guida c'era {rel(c, 'partner', drv)}: {c.nm(drv, 'full')}, {'nata' if drv.f else 'nato'} il "
                    f"{c.dob(drv)}, residente in {c.addr1(drv)}. Raggiungibile al {c.ph(drv)}.",
                    f"{rel(c, 'partner', drv)[0].upper() + rel(c, 'partner', drv)[1:]} was driving: "
                    f"{c.nm(drv, 'full')}, "
                    f"born {c.dob(drv)}, of {c.addr1(drv)}. {c.gw(drv, 'He', 'She')} can be reached on {c.ph(drv)}.",
                ),
                t(
                    "Entschuldigen Sie die Umstände.",
                    "Désolé pour le désagrément.",
                    "Scusate il disturbo.",
                    "Sorry for the trouble.",
                ),
                "",
                closing(c),
                c.nm(cust, "full"),
            ]
        )
        subj = t(
            "AW: Probefahrt – Anhörungsbogen",
            "RE: Essai – avis de contravention",
            "R: Prova – verbale",
            "RE: Test drive – speeding notice",
        )
        hdr = mail_header(
            c,
            addr_disp(c, c.nm(cust, "full"), c.em(cust)),
            addr_disp(c, c.nm(staff, "full"), lab("EMAIL", staff.work_email)),
            subj,
            when_str(c, c.today),
        )
        q = quote_block(
            c,
            addr_disp(c, c.nm(staff, "full"), lab("EMAIL", staff.work_email)),
            d0,
            orig,
            (addr_disp(c, c.nm(staff, "full"), lab("EMAIL", staff.work_email)), c.em(cust), subj.split(": ", 1)[1]),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, DEALER_REQ)
    # v == 3: online booking JSON + sales chat
    recs = []
    ps = []
    for _ in range(c.r.randint(2, 4)):
        p = c.person(age=(20, 75))
        ps.append(p)
        recs.append(
            {
                "booking": c.num("TD", 6),
                "slot": f"{c.date(c.days(1, 12), 'iso')} {c.r.randint(9, 17):02d}:{c.ch(['00', '30'])}",
                "model": c.ch(CARS),
                "customer": {
                    "name": c.nm(p, "full"),
                    "email": c.em(p),
                    "phone": c.ph(p),
                    "dob": c.dob(p, c.export_dob) if c.p(0.6) else None,
                    us(c, "licence_since", "license_since"): min(c.today.year - 1, p.dob.year + c.r.randint(17, 30)),
                },
                "consent_marketing": c.p(0.4),
                "ip": c.ip(),
            }
        )
    js = jdump(recs, indent=2) if c.p(0.5) else jsonl(recs)
    s1, s2 = c.person(age=(23, 60)), c.person(age=(23, 60))
    p1 = ps[0]
    msgs = [
        (
            sender(c, s1),
            t(
                f"{c.nm(p1, 'last')} kommt 20 min später",
                f"{c.nm(p1, 'last')} aura 20 min de retard",
                f"{c.nm(p1, 'last')} arriva 20 minuti dopo",
                f"{c.nm(p1, 'last')} running 20 min late",
            ),
        ),
        (
            sender(c, s2),
            t(
                "ok, Auto ist geladen, steht vorne",
                "ok, la voiture est chargée, devant",
                "ok, l'auto è carica, è davanti",
                "ok, car's charged and out front",
            ),
        ),
        (
            sender(c, s1),
            t(
                f"Führerschein nicht vergessen zu kopieren. {c.gw(p1, 'Er', 'Sie')} wohnt übrigens {c.addr1(p1)}",
                f"n'oublie pas de copier le permis. {c.gw(p1, 'Il', 'Elle')} habite {c.addr1(p1)}",
                f"ricordati di copiare la patente. Abita in {c.addr1(p1)}",
                f"don't forget to copy the licence. {c.gw(p1, 'He', 'She')} lives at {c.addr1(p1)}"
                if c.cc == "GB"
                else f"don't forget to copy the license. {c.gw(p1, 'He', 'She')} lives at {c.addr1(p1)}",
            ),
        ),
    ]
    return finish(c, js + "\n\n" + chat(c, msgs), DEALER_REQ)


GENRES.append(("testdrive", gen_testdrive))


# ====================================================================================================================
# 9. temping - temp-agency assignments, timesheets and candidate pools
# ====================================================================================================================

AGENCY_STEMS = {
    "de": [
        "Personalpartner {town}",
        "JobWerk Personaldienste",
        "Flexwork Personal",
        "ProStaff Zeitarbeit",
        "Arbeitsbrücke Personal",
    ],
    "fr": ["Intérim Plus", "Flex'Emploi", "Talents Temporaires", "Agence Horizon Emploi"],
    "it": ["Lavoro Più", "Interinale Lario", "Staff Servizi", "Agenzia Orizzonte Lavoro"],
    "en": ["BrightStaff Recruitment", "Temps4U", "Northgate Staffing", "Harbour Recruitment"],
}
CLIENT_FIRMS = {
    "de": [
        "Logistikzentrum Ost",
        "Bäckerei Sonnenkorn",
        "Hotel Bellevue",
        "Metallbau Nord",
        "Kantine Campus Süd",
        "Lager & Versand Mitte",
        "Druckerei Farbenfroh",
    ],
    "fr": [
        "Plateforme logistique Est",
        "Boulangerie du Pont",
        "Hôtel Bellevue",
        "Métallerie du Rhône",
        "Cuisine centrale Horizon",
    ],
    "it": ["Polo logistico Nord", "Panificio Aurora", "Hotel Bellavista", "Carpenteria Lario", "Mensa Campus Sud"],
    "en": [
        "Eastgate Distribution Centre",
        "Golden Crust Bakery",
        "Bellevue Hotel",
        "Northside Fabrication",
        "Campus Catering",
    ],
}
JOBS = {
    "de": [
        "Lagermitarbeiter/in",
        "Staplerfahrer/in",
        "Küchenhilfe",
        "Produktionsmitarbeiter/in",
        "Servicekraft",
        "Reinigungskraft",
        "Kommissionierer/in",
    ],
    "fr": [
        "préparateur/trice de commandes",
        "cariste",
        "aide de cuisine",
        "opérateur/trice de production",
        "serveur/euse",
        "manutentionnaire",
    ],
    "it": ["magazziniere", "carrellista", "aiuto cuoco", "operaio/a di produzione", "cameriere/a", "addetto/a pulizie"],
    "en": [
        "warehouse operative",
        "forklift driver",
        "kitchen porter",
        "production operative",
        "waiting staff",
        "picker/packer",
    ],
}
TEMP_REQ = {
    "de": [
        "Bitte prüfe den Stundenrapport auf Fehler.",
        "Formuliere eine Antwort an den Einsatzbetrieb.",
        "Welche Kandidaten passen für den Staplerjob?",
    ],
    "fr": [
        "Vérifie le relevé d'heures.",
        "Rédige une réponse à l'entreprise cliente.",
        "Quels candidats conviennent pour le poste de cariste ?",
    ],
    "it": [
        "Controlla il foglio ore.",
        "Scrivi una risposta all'azienda cliente.",
        "Quali candidati vanno bene per il posto da carrellista?",
    ],
    "en": [
        "Please check the timesheet for errors.",
        "Draft a reply to the client company.",
        "Which candidates fit the forklift job?",
    ],
}


def gen_temping(c: Ctx) -> str:
    v = c.variant
    c.local = 0.85
    t = c.t
    agency = Company(
        c,
        company_name(c, AGENCY_STEMS),
        role=c.t(
            c.ch(["jobs", "info", "einsatz"]),
            c.ch(["emploi", "info"]),
            c.ch(["lavoro", "info"]),
            c.ch(["jobs", "info", "timesheets"]),
        ),
    )
    client = c.ch(CLIENT_FIRMS[c.lang])
    if c.loc == "en_US":
        client = client.replace("Centre", "Center")
    site_st = c.street(business=True)
    site_town = c.near_town()
    job = c.ch(JOBS[c.lang])
    if v == 0:
        w = c.person(age=(18, 60))
        sup = c.person(age=(28, 62))
        cons = c.staff(agency.dom)
        start = c.days(2, 20)
        rate = c.ch(
            {
                "DE": [13.9, 14.5, 15.2, 16.8, 18.0],
                "AT": [13.5, 14.2, 15.6, 17.1],
                "FR": [12.0, 12.5, 13.4],
                "IT": [9.2, 10.1, 11.0, 12.3],
                "GB": [11.9, 12.4, 13.2, 14.5],
                "US": [16.5, 18.0, 19.5, 22.0],
                "CH": [26.5, 28.0, 31.5, 34.0],
            }[c.cc]
        )
        rows = [
            (t("Mitarbeiter/in", "Collaborateur/trice", "Lavoratore/trice", "Worker"), c.nm(w, c.ch(["full", "revc"]))),
            (t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(w)),
            (t("Wohnadresse", "Domicile", "Residenza", "Home address"), c.addr1(w)),
            (t("Mobil", "Portable", "Cellulare", "Mobile"), c.ph(w)),
        ]
        if c.cc == "CH":
            rows.append((t("AHV-Nr.", "N° AVS", "N. AVS", "AHV no."), c.ahv()))
        if c.cc != "US":
            rows.append((t("Lohn auf IBAN", "Salaire sur IBAN", "Stipendio su IBAN", "Wages to IBAN"), c.iban()))
        rows += [
            (t("Einsatzbetrieb", "Entreprise utilisatrice", "Azienda utilizzatrice", "Client"), client),
            (
                t("Einsatzort", "Lieu de mission", "Luogo di lavoro", "Site"),
                c.addr1(None, street=site_st, town=site_town),
            ),
            (
                t("Vorgesetzte/r vor Ort", "Responsable sur site", "Referente in loco", "Site supervisor"),
                f"{c.nm(sup, 'full')}, {c.ph(sup)}",
            ),
            (t("Tätigkeit", "Poste", "Mansione", "Role"), job),
            (t("Beginn", "Début", "Inizio", "Start"), f"{c.date(start)}, {c.time(6, 9, 30)}"),
            (t("Stundenlohn", "Salaire horaire", "Paga oraria", "Hourly rate"), c.money(rate)),
            (
                t("Arbeitszeit", "Horaire", "Orario", "Hours"),
                c.ch(["40 h", "42 h", "38,5 h" if c.lang != "en" else "37.5 h"]),
            ),
        ]
        title = t(
            c.dv("Einsatzvertrag", ch="Einsatzvertrag (Personalverleih)", at="Überlassungsmitteilung"),
            "Contrat de mission",
            "Lettera di assegnazione",
            "Assignment confirmation",
        )
        sig = signature(
            c,
            cons,
            t("Personalberater/in", "Conseiller(ère)", "Consulente", "Recruitment consultant"),
            agency,
            lab("EMAIL", cons.work_email),
            c.ph(c.mkphone("land", agency.town)),
        )
        return finish(c, f"{agency.letterhead(c)}\n\n{title}\n\n{form(c, rows)}\n\n{closing(c)}\n{sig}", TEMP_REQ)
    if v == 1:
        w = c.person(age=(18, 60))
        sup = c.person(age=(28, 62))
        mon = c.today - dt.timedelta(days=c.today.weekday() + 7)
        rows = []
        total = 0.0
        for i in range(5):
            d = mon + dt.timedelta(days=i)
            s_h = c.r.choice([6, 7, 7, 8])
            e_h = s_h + c.r.choice([8, 8, 9, 9, 10])
            br = c.ch([0.5, 0.5, 0.75, 1.0])
            hrs = e_h - s_h - br
            total += hrs
            rows.append(
                [
                    WEEKDAYS[c.lang][i][: 2 if c.lang == "de" else 3],
                    c.date(d, "dmy_dot" if c.lang == "de" else None),
                    f"{s_h:02d}:00",
                    f"{e_h:02d}:00",
                    f"{br:.2f}".replace(".", "," if c.lang != "en" else "."),
                    f"{hrs:.2f}".replace(".", "," if c.lang != "en" else "."),
                ]
            )
        hdr = [
            t("Tag", "Jour", "Giorno", "Day"),
            t("Datum", "Date", "Data", "Date"),
            t("Beginn", "Début", "Inizio", "Start"),
            t("Ende", "Fin", "Fine", "End"),
            t("Pause", "Pause", "Pausa", "Break"),
            t("Std.", "Heures", "Ore", "Hours"),
        ]
        head = "\n".join(
            [
                t(
                    "STUNDENRAPPORT" if c.cc == "CH" else "STUNDENNACHWEIS",
                    "RELEVÉ D'HEURES",
                    "FOGLIO ORE",
                    "TIMESHEET",
                ),
                f"{agency.name}",
                t("Mitarbeiter/in", "Intérimaire", "Lavoratore", "Worker")
                + f": {c.nm(w, c.ch(['LASTfirst', 'full', 'revc']))}"
                + (f"   {t('Pers.-Nr.', 'Matricule', 'Matricola', 'Payroll no.')} {c.num('', 6)}"),
                t("Einsatzbetrieb", "Entreprise", "Azienda", "Client")
                + f": {client}, {c.addr1(None, street=site_st, town=site_town)}",
            ]
        )
        foot = "\n".join(
            [
                t("Total", "Total", "Totale", "Total") + f": {total:.2f}".replace(".", "," if c.lang != "en" else "."),
                t("Visum Betrieb", "Visa entreprise", "Visto azienda", "Client sign-off")
                + f": {c.nm(sup, c.ch(['full', 'init']))}"
                + f" ({c.ph(sup)})" * c.p(0.4),
                t("Unterschrift Mitarbeiter/in", "Signature intérimaire", "Firma lavoratore", "Worker signature")
                + f": {c.nm(w, 'full')}",
            ]
        )
        body = head + "\n\n" + table(c, hdr, rows, c.ch(["fixed", "pipe", "md_aligned"])) + "\n\n" + foot
        if c.p(0.45):
            body = ocr(c, body, 0.02)
        return finish(c, body, TEMP_REQ)
    if v == 2:
        w = c.person(age=(18, 60))
        w2 = c.person(age=(18, 60))
        sup = c.staff(c.company_domain(client), age=(28, 62))
        cons = c.staff(agency.dom)
        d0 = c.today - dt.timedelta(days=1)
        orig = "\n".join(
            [
                greeting(c, cons, False),
                t(
                    f"{c.nm(w, 'full')} hat sich heute früh krankgemeldet, voraussichtlich bis Freitag. Können Sie "
                    "uns ab "
                    f"morgen Ersatz schicken ({job}, Frühschicht)? Zugang wie immer über {lab('ADDRESS', site_st)}, "
                    f"Tor 3.",
                    f"{c.nm(w, 'full')} s'est déclaré{'e' if w.f else ''} malade ce matin, probablement jusqu'à "
                    "vendredi. "
                    f"Pouvez-vous nous envoyer un remplacement dès demain ({job}, équipe du matin) ? Accès comme "
                    "d'habitude "
                    f"par {lab('ADDRESS', site_st)}, portail 3.",
                    f"{c.nm(w, 'full')} stamattina si è messo in malattia, probabilmente fino a venerdì. Potete "
                    "mandarci un "
                    f"sostituto da domani ({job}, turno del mattino)? Accesso come sempre da "
                    f"{lab('ADDRESS', site_st)}, "
                    f"cancello 3."
                    if not w.f
                    else f"{c.nm(w, 'full')} stamattina si è messa in malattia, probabilmente fino a venerdì. "
                    "Potete mandarci un "
                    f"sostituto da domani ({job}, turno del mattino)? Accesso come sempre da "
                    f"{lab('ADDRESS', site_st)}, "
                    f"cancello 3.",
                    f"{c.nm(w, 'full')} called in sick this morning, probably until Friday. Could you send a "
                    "replacement "
                    f"from tomorrow ({job}, early shift)? Access as usual via {lab('ADDRESS', site_st)}, gate 3.",
                ),
                "",
                closing(c),
                signature(
                    c,
                    sup,
                    t("Schichtleitung", "Chef d'équipe", "Capoturno", "Shift manager"),
                    None,
                    lab("EMAIL", sup.work_email),
                    c.ph(sup),
                ),
                client,
            ]
        )
        reply = "\n".join(
            [
                greeting(c, sup, False),
                t(
                    f"ab morgen kommt {c.nm(w2, 'full')} ({c.ph(w2)}), {c.gw(w2, 'er', 'sie')} hat schon bei Ihnen "
                    f"gearbeitet. {c.nm(w, 'first')} melden wir Ihnen, sobald {c.gw(w, 'er', 'sie')} wieder fit ist.",
                    f"dès demain, {c.nm(w2, 'full')} ({c.ph(w2)}) vous rejoint ; {c.gw(w2, 'il', 'elle')} a déjà "
                    "travaillé "
                    f"chez vous. On vous tient au courant pour {c.nm(w, 'first')}.",
                    f"da domani arriva {c.nm(w2, 'full')} ({c.ph(w2)}), ha già lavorato da voi. Per "
                    f"{c.nm(w, 'first')} vi "
                    f"aggiorniamo appena rientra.",
                    f"{c.nm(w2, 'full')} ({c.ph(w2)}) will start tomorrow, {c.gw(w2, 'he', 'she')} has worked with you "
                    f"before. We'll let you know as soon as {c.nm(w, 'first')} is back.",
                ),
                "",
                closing(c, False),
                signature(
                    c,
                    cons,
                    None,
                    agency,
                    lab("EMAIL", cons.work_email),
                    c.ph(c.mkphone("land", agency.town)),
                    style="line",
                ),
            ]
        )
        subj = t(
            "AW: Krankmeldung / Ersatz",
            "RE: Absence / remplacement",
            "R: Malattia / sostituzione",
            "RE: Sickness / replacement",
        )
        hdr = mail_header(
            c,
            addr_disp(c, c.nm(cons, "full"), lab("EMAIL", cons.work_email)),
            addr_disp(c, c.nm(sup, "full"), lab("EMAIL", sup.work_email)),
            subj,
            when_str(c, c.today),
        )
        q = quote_block(
            c,
            addr_disp(c, c.nm(sup, "full"), lab("EMAIL", sup.work_email)),
            d0,
            orig,
            (
                addr_disp(c, c.nm(sup, "full"), lab("EMAIL", sup.work_email)),
                lab("EMAIL", cons.work_email),
                subj.split(": ", 1)[1],
            ),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, TEMP_REQ)
    # v == 3: candidate pool export + recruiter chat
    skills = t(
        ["Stapler", "Kühllager", "HACCP", "Schichtbereitschaft", "B-Führerschein", "Kasse"],
        ["CACES 3", "froid", "HACCP", "horaires décalés", "permis B", "caisse"],
        ["patentino muletto", "HACCP", "turni", "patente B", "cassa"],
        [
            "forklift licence" if c.cc == "GB" else "forklift certified",
            "food hygiene",
            "night shifts",
            "driving licence" if c.cc == "GB" else "driver's license",
            "till",
        ],
    )
    recs = []
    cands = []
    for _ in range(c.r.randint(3, 5)):
        p = c.person(age=(18, 62))
        cands.append(p)
        rec = {
            "name": c.nm(p, "full"),
            "dob": c.dob(p, c.export_dob),
            "phone": c.ph(p),
            "email": c.em(p),
            "town": c.addr(p)[1],
            "skills": ", ".join(c.r.sample(skills, 2)),
            "available_from": c.date(c.days(0, 30), "iso"),
            "applied_via": c.ch(["web", "app", "walk-in"]),
        }
        if rec["applied_via"] != "walk-in":
            rec["ip"] = c.ip()
        if c.cc == "CH" and c.p(0.3):
            rec["ahv"] = c.ahv()
        recs.append(rec)
    if c.p(0.5):
        out = jdump(recs, indent=2)
    else:
        keys = ["name", "dob", "phone", "email", "town", "skills", "available_from", "applied_via", "ip"]
        out = table(c, keys, [[str(r_.get(k, "")) for k in keys] for r_ in recs], c.ch(["csv", "tsv", "csv_semi"]))
    r1, r2 = c.person(age=(24, 55)), c.person(age=(24, 55))
    p1, p2 = cands[0], cands[1]
    msgs = [
        (
            sender(c, r1),
            t(
                f"{c.nm(p1, 'full')} könnte ab Montag",
                f"{c.nm(p1, 'full')} serait dispo dès lundi",
                f"{c.nm(p1, 'full')} sarebbe disponibile da lunedì",
                f"{c.nm(p1, 'full')} could start on Monday",
            ),
        ),
        (
            sender(c, r2),
            t(
                f"und {c.nm(p2, 'last')}? nummer ist {c.ph(p2)}",
                f"et {c.nm(p2, 'last')} ? numéro {c.ph(p2)}",
                f"e {c.nm(p2, 'last')}? numero {c.ph(p2)}",
                f"and {c.nm(p2, 'last')}? number is {c.ph(p2)}",
            ),
        ),
        (
            sender(c, r1),
            t(
                "ruf ich nachher an",
                "je l'appelle tout à l'heure",
                "lo chiamo dopo" if not p2.f else "la chiamo dopo",
                "will ring later" if c.cc == "GB" else "will call later",
            ),
        ),
    ]
    return finish(c, out + "\n\n" + chat(c, msgs), TEMP_REQ)


GENRES.append(("temping", gen_temping))


# ====================================================================================================================
# 10. boilerservice - heating and boiler service rounds, reports and contracts
# ====================================================================================================================

HEAT_STEMS = {
    "de": [
        "Heizungsbau {town}",
        "Wärmetechnik Süd",
        "Haustechnik Brunnenhof",
        "Brennerdienst Nord",
        "Sanitär & Heizung Rheintal",
        "Flammenwerk Heiztechnik",
    ],
    "fr": ["Chauffage Service {town}", "Thermo Confort", "Chauffagiste du Lac", "Flamme Bleue Services"],
    "it": ["Termoidraulica {town}", "Caldaie Service Nord", "Calore Casa", "Fiamma Blu Impianti"],
    "en": ["{town} Heating", "Warmflow Boiler Services", "Comfort Heating & Plumbing", "Blue Flame Gas Services"],
}
BOILERS = {
    "de": [
        "Viessmann Vitodens 200-W",
        "Vaillant ecoTEC plus VC 246",
        "Buderus Logamax GB172",
        "Wolf CGB-2-20",
        "Hoval UltraGas 50",
        "Elco Thision S 17",
        "Weishaupt WTC-GW 25",
    ],
    "fr": [
        "Saunier Duval ThemaPlus",
        "De Dietrich Naneo",
        "Viessmann Vitodens 100-W",
        "Chaffoteaux Mira C Green",
        "Frisquet Hydromotrix",
        "Elco Thision S 17",
    ],
    "it": [
        "Ariston Clas One",
        "Baxi Luna Duo-tec",
        "Immergas Victrix Tera",
        "Beretta Mynute Green",
        "Vaillant ecoTEC pure",
        "Ferroli BlueHelix",
    ],
    "en_GB": [
        "Worcester Bosch Greenstar 30i",
        "Ideal Logic Combi2 C30",
        "Vaillant ecoTEC plus 832",
        "Baxi 800 Combi",
        "Viessmann Vitodens 050-W",
    ],
    "en_US": [
        "Carrier Infinity 96 furnace",
        "Lennox SL280V",
        "Navien NCB-240E",
        "Weil-McLain WM97+",
        "Rheem R96V furnace",
    ],
}
HEAT_REQ = {
    "de": [
        "Plane mir die Tour sinnvoll.",
        "Formuliere eine Antwort an die Mieterin/den Mieter.",
        "Fasse das Wartungsprotokoll für die Hausverwaltung zusammen.",
    ],
    "fr": [
        "Organise la tournée de façon logique.",
        "Réponds au locataire.",
        "Résume le rapport d'entretien pour la régie.",
    ],
    "it": [
        "Organizza il giro in modo logico.",
        "Rispondi all'inquilino.",
        "Riassumi il rapporto per l'amministratore.",
    ],
    "en": [
        "Plan the round sensibly.",
        "Draft a reply to the tenant.",
        "Summarise the service report for the letting agent.",
    ],
}


def _boiler(c: Ctx) -> str:
    return c.ch(BOILERS.get(c.loc, BOILERS.get(c.lang, [])))


def gen_boilerservice(c: Ctx) -> str:
    v = c.variant
    c.local = 0.9
    t = c.t
    firm = Company(
        c,
        company_name(c, HEAT_STEMS),
        role=c.t(
            c.ch(["service", "info", "kundendienst"]),
            c.ch(["service", "contact"]),
            c.ch(["assistenza", "info"]),
            c.ch(["service", "bookings"]),
        ),
    )
    if v == 0:
        tech = c.person(age=(22, 62))
        custs = [c.person(age=(28, 88), home=c.home) for _ in range(c.r.randint(4, 6))]
        rows = []
        h = 7
        for i, p in enumerate(custs):
            note = ""
            if i == 1:
                nb = c.person(age=(30, 85))
                note = t(
                    f"Schlüssel bei {c.title(nb, True)} {c.nm(nb, 'last')} (EG)",
                    f"clé chez {c.title(nb)} {c.nm(nb, 'last')} (rez)",
                    f"chiavi da {c.gw(nb, 'Sig.', 'Sig.ra')} {c.nm(nb, 'last')} (piano terra)",
                    f"key with {c.title(nb)} {c.nm(nb, 'last')} next door",
                )
            elif i == 2:
                ten = c.person(age=(20, 70))
                note = t(
                    f"{c.gw(ten, 'Mieter', 'Mieterin')}: {c.nm(ten, 'full')}, {c.ph(ten)}",
                    f"locataire : {c.nm(ten, 'full')}, {c.ph(ten)}",
                    f"inquilino: {c.nm(ten, 'full')}, {c.ph(ten)}",
                    f"tenant: {c.nm(ten, 'full')}, {c.ph(ten)}",
                )
            elif c.p(0.3):
                note = c.ch(
                    t(
                        ["Hund", "Kellerzugang hinten", "Abgasmessung fällig"],
                        ["chien", "accès cave derrière", "ramonage dû"],
                        ["cane", "accesso cantina dal retro", "analisi fumi scaduta"],
                        ["dog", "side gate", "flue check due"],
                    )
                )
            slot = (
                f"{h:02d}:00–{h + 1:02d}:30"
                if c.loc != "en_US"
                else f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}–{(h) % 12 + 1}:30{'am' if h + 1 < 12 else 'pm'}"
            )
            h += 2
            rows.append(
                [
                    slot,
                    c.nm(p, c.ch(["full", "revc", "last"])),
                    c.addr1(p),
                    c.ph(p, "land" if c.p(0.5) else "mobile"),
                    _boiler(c),
                    c.date(c.today - dt.timedelta(days=c.r.randint(330, 800))),
                    note,
                ]
            )
        hdr = [
            t("Zeit", "Créneau", "Fascia", "Slot"),
            t("Kunde", "Client", "Cliente", "Customer"),
            t("Adresse", "Adresse", "Indirizzo", "Address"),
            t("Telefon", "Tél.", "Tel.", "Phone"),
            t("Gerät", "Appareil", "Apparecchio", "Appliance"),
            t("Letzte Wartung", "Dernier entretien", "Ultima manutenzione", "Last service"),
            t("Hinweis", "Note", "Nota", "Note"),
        ]
        head = t(
            f"Tourenplan {c.date(c.today)} – Techniker: {c.nm(tech, 'init')}",
            f"Tournée du {c.date(c.today)} – technicien : {c.nm(tech, 'init')}",
            f"Giro del {c.date(c.today)} – tecnico: {c.nm(tech, 'init')}",
            f"Round {c.date(c.today)} – engineer: {c.nm(tech, 'init')}",
        )
        return finish(c, head + "\n\n" + table(c, hdr, rows), HEAT_REQ)
    if v == 1:
        owner = c.person(age=(35, 80))
        tenant = c.person(age=(20, 75))
        tech = c.person(age=(22, 62))
        inst_st, inst_town = c.street(), c.home
        tenant.street, tenant.town = inst_st, inst_town
        co_ppm = c.r.randint(3, 60)
        rows = [
            (
                t("Auftraggeber/in", "Propriétaire", "Proprietario/a", "Landlord" if c.cc == "GB" else "Owner"),
                f"{c.nm(owner, c.ch(['full', 'revc', 'FULLUP']))}, {c.addr1(owner)}",
            ),
            (
                t("Anlagenstandort", "Lieu de l'installation", "Ubicazione impianto", "Installation address"),
                c.addr1(tenant),
            ),
            (
                t("Nutzer/in (Mieter/in)", "Occupant (locataire)", "Occupante (inquilino)", "Tenant"),
                f"{c.nm(tenant, 'full')}, {c.ph(tenant)}",
            ),
            (t("Gerät", "Appareil", "Apparecchio", "Appliance"), _boiler(c)),
            (t("Seriennummer", "N° de série", "Matricola", "Serial no."), c.num("", 12)),
            (t("CO (ppm)", "CO (ppm)", "CO (ppm)", "CO (ppm)"), str(co_ppm)),
            (t("O2 (%)", "O2 (%)", "O2 (%)", "O2 (%)"), f"{c.r.randint(30, 70) / 10:.1f}"),
            (
                t(
                    "Abgastemperatur (°C)",
                    "Température fumées (°C)",
                    "Temperatura fumi (°C)",
                    "Flue temp (°C)" if c.cc == "GB" else "Flue temp (°F)",
                ),
                str(c.r.randint(45, 140)) if c.cc != "US" else str(c.r.randint(110, 280)),
            ),
            (
                t("Abgasverlust (%)", "Pertes fumées (%)", "Perdite fumi (%)", "Efficiency (%)"),
                f"{c.r.randint(10, 90) / 10:.1f}" if c.lang != "en" else str(c.r.randint(88, 97)),
            ),
            (
                t("Ergebnis", "Résultat", "Esito", "Result"),
                c.ch(
                    t(
                        ["in Ordnung", "Mängel behoben", "Nachkontrolle"],
                        ["conforme", "anomalie corrigée", "à revoir"],
                        ["conforme", "anomalia risolta", "da ricontrollare"],
                        ["pass", "pass - advisory", "at risk"],
                    )
                ),
            ),
            (
                t("Techniker", "Technicien", "Tecnico", "Engineer"),
                f"{c.nm(tech, 'full')}" + (f" (Gas Safe ID {c.num('', 6)})" if c.cc == "GB" else ""),
            ),
        ]
        title = t(
            "WARTUNGSPROTOKOLL",
            "RAPPORT D'ENTRETIEN CHAUDIÈRE",
            "RAPPORTO DI CONTROLLO EFFICIENZA ENERGETICA",
            "LANDLORD GAS SAFETY RECORD (CP12)" if c.cc == "GB" else "FURNACE INSPECTION REPORT",
        )
        body = "\n".join(
            [
                firm.name,
                title,
                c.date(c.today),
                "",
                form(c, rows, c.ch(["colon", "aligned", "dots", "upper"])),
                "",
                t("Unterschrift Kunde: ", "Signature client : ", "Firma cliente: ", "Customer signature: ")
                + c.nm(tenant, "full"),
            ]
        )
        if c.p(0.5):
            body = ocr(c, body, 0.02)
        return finish(c, body, HEAT_REQ)
    if v == 2:
        tenant = c.person(age=(22, 75))
        nb = c.person(age=(25, 85))
        nb.street, nb.town = tenant.street, tenant.town
        mgr = c.staff(
            c.company_domain(
                t(
                    "Hausverwaltung " + c.ch(["Adler", "Sonnenhof", "Mittelland"]),
                    "Régie " + c.ch(["du Parc", "Horizon", "des Alpes"]),
                    "Amministrazioni " + c.ch(["Aurora", "Centro", "Il Portico"]),
                    c.ch(["Parkside", "Keystone", "Oakleaf"]) + " Lettings",
                )
            )
        )
        visit = c.days(4, 14)
        d0 = c.today - dt.timedelta(days=c.r.randint(2, 6))
        orig = "\n".join(
            [
                t("Liebe Mieterinnen und Mieter,", "Chers locataires,", "Gentili inquilini,", "Dear residents,"),
                t(
                    f"am {c.date(visit)} führt die Firma {firm.name} in der Liegenschaft {c.addr(tenant)[0]} die "
                    "jährliche "
                    f"Heizungswartung durch. Bitte ermöglichen Sie zwischen 8 und 12 Uhr den Zugang zu Ihrer Wohnung.",
                    f"le {c.date(visit)}, l'entreprise {firm.name} effectuera l'entretien annuel des chaudières de "
                    f"l'immeuble {c.addr(tenant)[0]}. Merci de garantir l'accès à votre logement entre 8h et 12h.",
                    f"il {c.date(visit)} la ditta {firm.name} eseguirà la manutenzione annuale delle caldaie nello "
                    "stabile "
                    f"di {c.addr(tenant)[0]}. Vi preghiamo di garantire l'accesso tra le 8 e le 12.",
                    f"on {c.date(visit)} {firm.name} will carry out the annual boiler service at {c.addr(tenant)[0]}. "
                    f"Please make sure the engineer can get into your flat between 8 and 12."
                    if c.cc == "GB"
                    else f"on {c.date(visit)} {firm.name} will carry out the annual furnace service at "
                    f"{c.addr(tenant)[0]}. "
                    f"Please make sure the technician can access your unit between 8 AM and noon.",
                ),
                "",
                closing(c),
                signature(
                    c,
                    mgr,
                    t("Hausverwaltung", "Gérance", "Amministrazione", "Property management"),
                    None,
                    lab("EMAIL", mgr.work_email),
                    c.ph(c.mkphone("land", c.home)),
                ),
            ]
        )
        reply = "\n".join(
            [
                greeting(c, mgr, True),
                t(
                    f"ich bin an dem Tag leider nicht da. {rel(c, 'neighbour', nb)} {c.nm(nb, 'full')} (gleiches Haus, "
                    f"Tel. {c.ph(nb)}) hat einen Schlüssel und lässt den Techniker rein. Bei Fragen: {c.ph(tenant)}.",
                    f"je serai absent{'e' if tenant.f else ''} ce jour-là. {rel(c, 'neighbour', nb).capitalize()} "
                    f"{c.nm(nb, 'full')} (même immeuble, tél. {c.ph(nb)}) a une clé et ouvrira au technicien. En "
                    "cas de "
                    f"question : {c.ph(tenant)}.",
                    f"quel giorno purtroppo non ci sono. {rel(c, 'neighbour', nb).capitalize()} {c.nm(nb, 'full')} "
                    "(stesso "
                    f"stabile, tel. {c.ph(nb)}) ha le chiavi e farà entrare il tecnico. Per domande: {c.ph(tenant)}.",
                    f"I'm away that day. {rel(c, 'neighbour', nb).capitalize()} {c.nm(nb, 'full')} (same building, "
                    f"tel. {c.ph(nb)}) has a key and will let the engineer in. Any questions: {c.ph(tenant)}.",
                ),
                "",
                closing(c),
                c.nm(tenant, "full"),
                c.t("Wohnung", "Appartement", "Interno", "Flat" if c.cc == "GB" else "Unit") + f" {c.r.randint(1, 24)}",
            ]
        )
        reply = (
            reply.replace("\nmein ", "\nMein ")
            .replace("\nmeine ", "\nMeine ")
            .replace(". mein ", ". Mein ")
            .replace(". meine ", ". Meine ")
        )
        subj = t("AW: Heizungswartung", "RE: Entretien chaudières", "R: Manutenzione caldaie", "RE: Boiler service")
        hdr = mail_header(
            c,
            addr_disp(c, c.nm(tenant, "full"), c.em(tenant)),
            addr_disp(c, c.nm(mgr, "full"), lab("EMAIL", mgr.work_email)),
            subj,
            when_str(c, c.today),
        )
        q = quote_block(
            c,
            addr_disp(c, c.nm(mgr, "full"), lab("EMAIL", mgr.work_email)),
            d0,
            orig,
            (
                addr_disp(c, c.nm(mgr, "full"), lab("EMAIL", mgr.work_email)),
                t("alle Mieter", "tous les locataires", "tutti gli inquilini", "all residents"),
                subj.split(": ", 1)[1],
            ),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, HEAT_REQ)
    # v == 3: maintenance contract with direct debit + thermostat portal log
    cust = c.person(age=(28, 85))
    rows = [
        (t("Vertragsnummer", "N° de contrat", "N. contratto", "Contract no."), c.num("WV-", 6)),
        (t("Kunde", "Client", "Cliente", "Customer"), c.nm(cust, c.ch(["full", "revc"]))),
        (t("Anlagenadresse", "Adresse de l'installation", "Indirizzo impianto", "Property"), c.addr1(cust)),
        (t("Telefon", "Téléphone", "Telefono", "Phone"), c.ph(cust)),
        (t("E-Mail", "E-mail", "E-mail", "Email"), c.em(cust)),
        (t("Gerät", "Appareil", "Apparecchio", "Appliance"), _boiler(c)),
        (t("Jahrespauschale", "Forfait annuel", "Canone annuo", "Annual fee"), c.money(c.ch([149, 189, 219, 259]))),
    ]
    if c.cc in ("DE", "AT", "FR", "IT"):
        rows += [
            (
                t(
                    "SEPA-Lastschriftmandat – Gläubiger-ID",
                    "Mandat SEPA – ICS",
                    "Mandato SEPA – ID creditore",
                    "SEPA creditor ID",
                ),
                f"{c.cc}{c.r.randint(10, 99)}ZZZ{c.num('', 11 if c.cc == 'DE' else 9)}",
            ),
            (t("Mandatsreferenz", "Référence unique du mandat", "Riferimento mandato", "Mandate ref."), c.num("M-", 8)),
            (t("IBAN des Zahlungspflichtigen", "IBAN du débiteur", "IBAN del debitore", "Debtor IBAN"), c.iban()),
            (t("Kontoinhaber/in", "Titulaire", "Intestatario", "Account holder"), c.nm(cust, "full")),
        ]
    elif c.cc in ("CH", "GB"):
        rows += [
            (t("LSV / Konto (IBAN)", "LSV / compte (IBAN)", "LSV / conto (IBAN)", "Direct Debit (IBAN)"), c.iban()),
            (t("Kontoinhaber/in", "Titulaire", "Intestatario", "Account holder"), c.nm(cust, "full")),
        ]
    else:
        rows += [("Autopay", f"card {c.masked_card()}")]
    log_hdr = ["timestamp", "user", "event", "ip", "device"]
    events = [
        "login",
        "setpoint 21.0",
        "holiday mode on",
        "login",
        "setpoint 19.5",
        f"app update {c.r.randint(3, 7)}.{c.r.randint(0, 12)}.{c.r.randint(0, 9)}",
    ]
    log_rows = []
    for i in range(c.r.randint(3, 5)):
        log_rows.append(
            [
                f"{(c.today - dt.timedelta(days=c.r.randint(0, 5))).isoformat()} "
                f"{c.r.randint(6, 23):02d}:{c.r.randint(0, 59):02d}",
                c.em(cust),
                c.ch(events),
                c.ip() if i != 2 else c.lan_ip(),
                c.ch(["iOS app", "Android app", "web", "thermostat"]),
            ]
        )
    log_rows.sort(key=lambda r_: r_[0])
    title = t("Wartungsvertrag", "Contrat d'entretien", "Contratto di manutenzione", "Service plan")
    body = (
        f"{firm.letterhead(c)}\n\n{title}\n{form(c, rows)}\n\n"
        + t(
            "Auszug Portal-Log (Smart-Thermostat):",
            "Extrait du journal du portail (thermostat connecté) :",
            "Estratto log portale (termostato smart):",
            "Portal log excerpt (smart thermostat):",
        )
        + "\n"
        + table(c, log_hdr, log_rows, c.ch(["tsv", "fixed", "md"]))
    )
    return finish(c, body, HEAT_REQ)


GENRES.append(("boilerservice", gen_boilerservice))


# ====================================================================================================================
# 11. parking - private parking-space and garage rentals
# ====================================================================================================================

MGMT_STEMS = {
    "de": ["Hausverwaltung Sonnenhof", "Immobilienverwaltung Mittelland", "Liegenschaften Adler", "Verwaltung am Ring"],
    "fr": ["Régie du Parc", "Gérance Horizon", "Régie des Alpes", "Immobilière du Lac"],
    "it": ["Amministrazioni Centro", "Gestioni Immobiliari Aurora", "Studio Amministrazioni Il Portico"],
    "en": ["Keystone Lettings", "Parkside Property Management", "Oakleaf Estates", "Harbor Property Group"],
}
PARK_REQ = {
    "de": [
        "Prüfe den Vertrag auf fehlende Punkte.",
        "Schreib eine Antwort an den Mieter wegen des Fremdparkers.",
        "Wer ist mit der Miete im Rückstand?",
    ],
    "fr": [
        "Vérifie le contrat, manque-t-il quelque chose ?",
        "Réponds au locataire au sujet de la voiture ventouse.",
        "Qui est en retard de paiement ?",
    ],
    "it": [
        "Controlla il contratto, manca qualcosa?",
        "Rispondi all'inquilino sull'auto parcheggiata abusivamente.",
        "Chi è in ritardo con l'affitto?",
    ],
    "en": [
        "Check the agreement for anything missing.",
        "Reply to the tenant about the car parked in their space.",
        "Who is behind with the rent?",
    ],
}


def _plate(c: Ctx) -> str:
    L = "ABCDEFGHKLMNPRSTUVWXYZ"
    return {
        "DE": f"{c.ch(['B', 'HH', 'M', 'K', 'F', 'S', 'KA', 'HD', 'FR'])}-{c.ch(L)}{c.ch(L)} {c.r.randint(1, 9999)}",
        "AT": f"{c.ch(['W', 'G', 'L', 'S', 'I', 'K', 'BN'])}-{c.r.randint(100, 99999)} {c.ch(L)}",
        "CH": f"{c.home.extra or 'ZH'} {c.r.randint(1000, 999999)}",
        "FR": f"{c.ch(L)}{c.ch(L)}-{c.r.randint(100, 999)}-{c.ch(L)}{c.ch(L)}",
        "IT": f"{c.ch(L)}{c.ch(L)} {c.r.randint(100, 999)}{c.ch(L)}{c.ch(L)}",
        "GB": f"{c.ch(['LK', 'MA', 'YX', 'BD', 'SN', 'GF'])}{c.r.randint(10, 25)} {c.ch(L)}{c.ch(L)}{c.ch(L)}",
        "US": f"{c.r.randint(1, 9)}{c.ch(L)}{c.ch(L)}{c.ch(L)}{c.r.randint(100, 999)}",
    }[c.cc]


def gen_parking(c: Ctx) -> str:
    v = c.variant
    c.local = 0.9
    t = c.t
    garage_st = c.street(business=True)
    mgmt = Company(
        c,
        company_name(c, MGMT_STEMS),
        role=c.t(
            c.ch(["info", "verwaltung", "mieter"]),
            c.ch(["info", "gerance"]),
            c.ch(["info", "amministrazione"]),
            c.ch(["info", "lettings"]),
        ),
    )
    rent = c.ch([60, 80, 95, 110, 120, 140, 160, 180])
    if v == 0:
        private = c.p(0.5)
        landlord = c.person(age=(35, 85))
        ten = c.person(age=(20, 80))
        space = f"{c.ch(['P', 'TG', 'EH', 'N°', 'Box', 'Bay'])} {c.r.randint(1, 80)}"
        rows = []
        if private:
            rows += [
                (t("Vermieter/in", "Bailleur", "Locatore", "Landlord"), c.nm(landlord, "full")),
                (
                    t("Adresse Vermieter/in", "Adresse du bailleur", "Indirizzo locatore", "Landlord's address"),
                    c.addr1(landlord),
                ),
                (t("Telefon Vermieter/in", "Tél. bailleur", "Tel. locatore", "Landlord's phone"), c.ph(landlord)),
            ]
        else:
            rows += [
                (
                    t("Vermieterin", "Bailleur", "Locatore", "Landlord"),
                    f"{mgmt.name}, {c.addr1(None, street=mgmt.street, town=mgmt.town)}",
                )
            ]
        rows += [
            (t("Mieter/in", "Locataire", "Conduttore", "Tenant"), c.nm(ten, c.ch(["full", "revc"]))),
            (t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(ten)),
            (t("Wohnadresse", "Domicile", "Residenza", "Home address"), c.addr1(ten)),
            (t("Telefon", "Téléphone", "Telefono", "Phone"), c.ph(ten)),
            (t("E-Mail", "E-mail", "E-mail", "Email"), c.em(ten)),
            (
                t("Mietobjekt", "Objet loué", "Oggetto", "Space"),
                t(
                    f"Tiefgaragenstellplatz {space}",
                    f"place de parc intérieure {space}",
                    f"posto auto coperto {space}",
                    f"underground parking space {space}",
                )
                + f", {c.addr1(None, street=garage_st, town=c.home)}",
            ),
            (t("Kennzeichen", "Plaques", "Targa", "Registration" if c.cc == "GB" else "License plate"), _plate(c)),
            (t("Mietbeginn", "Début du bail", "Decorrenza", "Start date"), c.date(c.days(7, 45))),
            (t("Monatsmiete", "Loyer mensuel", "Canone mensile", "Monthly rent"), c.money(rent)),
            (t("Kaution", "Garantie", "Deposito cauzionale", "Deposit"), c.money(rent * 2)),
            (
                t("Kündigungsfrist", "Préavis", "Preavviso", "Notice period"),
                t("3 Monate zum Monatsende", "3 mois pour la fin d'un mois", "3 mesi", "one month"),
            ),
            (t("Handsender Nr.", "Télécommande n°", "Telecomando n.", "Fob no."), c.num("", 4)),
        ]
        if c.cc != "US":
            rows.append((t("Zahlung auf IBAN", "Paiement sur IBAN", "Pagamento su IBAN", "Pay to (IBAN)"), c.iban()))
        title = t(
            c.dv(
                "Mietvertrag für einen Tiefgaragenstellplatz",
                ch="Mietvertrag für einen Einstellhallenplatz",
                at="Mietvertrag Garagenplatz",
            ),
            "Contrat de location d'une place de parc" if c.cc == "CH" else "Contrat de location d'un parking",
            "Contratto di locazione posto auto",
            us(c, "Parking space licence agreement", "Parking space rental agreement"),
        )
        sign = t(
            f"Ort, Datum: {c.home.name}, {c.date(c.today)}",
            f"Lieu et date : {c.home.name}, le {c.date(c.today)}",
            f"Luogo e data: {c.home.name}, {c.date(c.today)}",
            f"Signed at {c.home.name} on {c.date(c.today)}",
        )
        body = (
            f"{title}\n\n{form(c, rows)}\n\n{sign}\n"
            + t("Unterschriften", "Signatures", "Firme", "Signatures")
            + f": {c.nm(landlord, 'full') if private else mgmt.name} / {c.nm(ten, 'full')}"
        )
        return finish(c, body, PARK_REQ)
    if v == 1:
        rows = []
        tens = []
        style = c.ch(["revc", "full", "LASTfirst", "last"])
        pre = c.ch(["P", "TG", "#", ""])
        for i in range(c.r.randint(6, 9)):
            p = c.person(age=(20, 85), home=c.home)
            p.street = garage_st if c.p(0.7) else p.street
            tens.append(p)
            rows.append(
                [
                    f"{pre}{i + 1:02d}",
                    c.nm(p, style),
                    _plate(c),
                    c.ph(p),
                    c.money(rent),
                    c.ch(
                        t(
                            ["Dauerauftrag", "LSV", "bar", "offen"],
                            ["ordre permanent", "LSV", "espèces", "impayé"],
                            ["bonifico", "RID", "contanti", "insoluto"],
                            ["standing order", "card", "cash", "overdue"],
                        )
                    ),
                ]
            )
        hdr = [
            t("Platz", "Place", "Posto", "Space"),
            t("Mieter/in", "Locataire", "Conduttore", "Tenant"),
            t("Kennzeichen", "Plaques", "Targa", "Plate"),
            t("Telefon", "Tél.", "Tel.", "Phone"),
            t("Miete", "Loyer", "Canone", "Rent"),
            t("Zahlung", "Paiement", "Pagamento", "Payment"),
        ]
        p1 = tens[0]
        head = t(
            f"Stellplatzliste {c.addr(None, street=garage_st, town=c.home)[0]}, {c.date(c.today)}",
            f"Liste des places – {c.addr(None, street=garage_st, town=c.home)[0]}, {c.date(c.today)}",
            f"Elenco posti auto – {c.addr(None, street=garage_st, town=c.home)[0]}, {c.date(c.today)}",
            f"Parking list – {c.addr(None, street=garage_st, town=c.home)[0]}, {c.date(c.today)}",
        )
        note = t(
            f"{c.nm(p1, 'last')} zieht aus, Platz ab {c.date(c.days(20, 60))} frei. Rückgabe Handsender "
            f"vereinbart, Kaution auf {c.iban()} zurück.",
            f"{c.nm(p1, 'last')} déménage, place libre dès le {c.date(c.days(20, 60))}. Garantie à rembourser "
            f"sur {c.iban()}.",
            f"{c.nm(p1, 'last')} trasloca, posto libero dal {c.date(c.days(20, 60))}. Cauzione da restituire su "
            f"{c.iban()}.",
            f"{c.nm(p1, 'last')} is moving out, space free from {c.date(c.days(20, 60))}. Deposit to be "
            + (f"refunded to {c.iban()}." if c.cc != "US" else "refunded by check."),
        )
        return finish(c, head + "\n\n" + table(c, hdr, rows) + "\n\n" + note, PARK_REQ)
    if v == 2:
        ten = c.person(age=(22, 80))
        nb = c.person(age=(22, 80), home=c.home)
        staff = c.staff(mgmt.dom)
        plate = _plate(c)
        d0 = c.today - dt.timedelta(days=c.r.randint(2, 7))
        orig = "\n".join(
            [
                greeting(c, ten, True),
                t(
                    f"wir haben den Halter des Fahrzeugs {plate} angeschrieben. Sollte das Auto weiterhin auf Ihrem "
                    "Platz "
                    f"in der Tiefgarage {c.addr(None, street=garage_st, town=c.home)[0]} stehen, lassen wir es "
                    "abschleppen.",
                    f"nous avons écrit au détenteur du véhicule {plate}. Si la voiture reste sur votre place au "
                    f"{c.addr(None, street=garage_st, town=c.home)[0]}, nous la ferons enlever."
                    if c.cc == "FR"
                    else f"nous avons écrit au détenteur du véhicule {plate}. Si la voiture reste sur votre place "
                    "(parking "
                    f"{c.addr(None, street=garage_st, town=c.home)[0]}), nous la ferons enlever.",
                    f"abbiamo scritto al proprietario del veicolo {plate}. Se l'auto resta sul Suo posto nel garage di "
                    f"{c.addr(None, street=garage_st, town=c.home)[0]}, la faremo rimuovere.",
                    f"we have written to the keeper of vehicle {plate}. If the car is still in your space at "
                    f"{c.addr(None, street=garage_st, town=c.home)[0]}, we will have it towed.",
                ),
                "",
                closing(c),
                signature(
                    c,
                    staff,
                    t("Bewirtschaftung", "Gérance", "Amministrazione", "Property manager"),
                    mgmt,
                    lab("EMAIL", staff.work_email),
                    c.ph(mgmt.phone),
                ),
            ]
        )
        reply = "\n".join(
            [
                greeting(c, staff, True),
                t(
                    f"danke, das Auto ist heute weg. Eine Frage: Darf ich den Platz ab nächstem Monat an "
                    f"{rel(c, 'neighbour', nb, 'acc')} {c.nm(nb, 'full')} ({c.addr(nb)[0]}) untervermieten? "
                    f"{c.gw(nb, 'Er', 'Sie')} ist unter {c.ph(nb)} erreichbar.",
                    f"merci, la voiture est partie aujourd'hui. Une question : puis-je sous-louer la place dès le mois "
                    f"prochain à {rel(c, 'neighbour', nb)} {c.nm(nb, 'full')} ({c.addr(nb)[0]}) ? Joignable au "
                    f"{c.ph(nb)}.",
                    f"grazie, oggi l'auto non c'è più. Una domanda: posso subaffittare il posto dal mese prossimo "
                    f"{c.gw(nb, 'al', 'alla')} {rel(c, 'neighbour', nb).split(' ', 2)[-1]} {c.nm(nb, 'full')} "
                    f"({c.addr(nb)[0]})? È raggiungibile al {c.ph(nb)}.",
                    f"thanks, the car has gone today. One question: may I sublet the space from next month to "
                    f"{rel(c, 'neighbour', nb)} {c.nm(nb, 'full')} ({c.addr(nb)[0]})? {c.gw(nb, 'He', 'She')} is on "
                    f"{c.ph(nb)}.",
                ),
                "",
                closing(c),
                c.nm(ten, "full"),
                c.ph(ten),
            ]
        )
        subj = t(
            "AW: Fremdparker auf Platz ", "RE: Véhicule sur la place ", "R: Auto sul posto ", "RE: Car in space "
        ) + str(c.r.randint(1, 60))
        hdr = mail_header(
            c,
            addr_disp(c, c.nm(ten, "full"), c.em(ten)),
            addr_disp(c, c.nm(staff, "full"), lab("EMAIL", staff.work_email)),
            subj,
            when_str(c, c.today),
        )
        q = quote_block(
            c,
            addr_disp(c, c.nm(staff, "full"), lab("EMAIL", staff.work_email)),
            d0,
            orig,
            (addr_disp(c, c.nm(staff, "full"), lab("EMAIL", staff.work_email)), c.em(ten), subj.split(": ", 1)[1]),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, PARK_REQ)
    # v == 3: marketplace listing + messages + booking export
    owner = c.person(age=(30, 80), home=c.home)
    owner.street = garage_st
    listing = "\n".join(
        [
            t(
                "Tiefgaragenplatz zu vermieten",
                "Place de parc à louer",
                "Affittasi posto auto",
                "Parking space to rent",
            ),
            f"{c.addr1(owner)} – {c.money(rent)}/{t('Monat', 'mois', 'mese', 'month')}",
            t(
                f"Ab sofort, Breite 2,50 m, E-Ladestation möglich. Anfragen an {c.nm(owner, 'first')}: {c.ph(owner)}",
                f"Libre de suite, largeur 2,50 m. Contact : {c.nm(owner, 'first')}, {c.ph(owner)}",
                f"Libero da subito, larghezza 2,50 m. Contattare {c.nm(owner, 'first')}: {c.ph(owner)}",
                f"Available now, {us(c, '2.5 m', '8 ft')} wide, EV charging possible. Message {c.nm(owner, 'first')}: "
                f"{c.ph(owner)}",
            ),
        ]
    )
    asker = c.person(age=(20, 70))
    msgs = [
        (
            sender(c, asker, allow_phone=False),
            t(
                "Hallo, ist der Platz noch frei? Ich hätte einen Kombi.",
                "Bonjour, la place est-elle encore libre ?",
                "Buongiorno, il posto è ancora libero?",
                "Hi, is the space still available? I have an estate car."
                if c.cc == "GB"
                else "Hi, is the spot still available? I have a midsize SUV.",
            ),
        ),
        (
            sender(c, owner, allow_phone=False),
            t(
                "Ja! Besichtigung morgen 18 Uhr?",
                "Oui ! Visite demain à 18h ?",
                "Sì! Visita domani alle 18?",
                "Yes! Viewing tomorrow at 6?",
            ),
        ),
        (
            sender(c, asker, allow_phone=False),
            t(
                f"Passt. Ich bin {c.nm(asker, 'full')}, {c.ph(asker)}",
                f"Parfait. {c.nm(asker, 'full')}, {c.ph(asker)}",
                f"Perfetto. Sono {c.nm(asker, 'full')}, {c.ph(asker)}",
                f"Great. I'm {c.nm(asker, 'full')}, {c.ph(asker)}",
            ),
        ),
    ]
    recs = []
    for _ in range(c.r.randint(2, 3)):
        p = c.person(age=(20, 75))
        recs.append(
            {
                "request_id": c.num("", 6),
                "name": c.nm(p, "full"),
                "email": c.em(p),
                "phone": c.ph(p),
                "message": t(
                    "Interesse, bitte melden",
                    "intéressé(e), merci de me contacter",
                    "interessato/a, contattatemi",
                    "interested, please get in touch",
                ),
                "ip": c.ip(),
                "created": f"{(c.today - dt.timedelta(days=c.r.randint(0, 4))).isoformat()}",
            }
        )
    body = (
        listing
        + "\n\n"
        + chat(c, msgs, layout=c.ch(["plain", "paren", "wa_android", "teams"]))
        + "\n\n"
        + t("Anfragen-Export:", "Export des demandes :", "Export richieste:", "Enquiries export:")
        + "\n"
        + jsonl(recs)
    )
    return finish(c, body, PARK_REQ)


GENRES.append(("parking", gen_parking))


# ====================================================================================================================
# 12. clientgifts - year-end client gift lists, orders and key-account birthdays
# ====================================================================================================================

CLIENT_COS = {
    "de": [
        "Alpina Logistik",
        "Hansa Versicherungsmakler",
        "Nordlicht Software",
        "Rheintal Druck",
        "Stadtwerke {town}",
        "Bergkristall Hotels",
        "Seeland Treuhand",
        "Kranwerk Technik",
        "Lindenhof Kliniken",
        "Sternwarte Consulting",
    ],
    "fr": [
        "Lémanic Conseil",
        "Atelier Horizon",
        "Biotech Rhône",
        "Fiduciaire du Jura",
        "Ingénierie Mont-Blanc",
        "Transports de l'Ouest",
        "Clinique des Tilleuls",
    ],
    "it": [
        "Ceresio Consulting",
        "Officine Lario",
        "Studio Tecnico Aurora",
        "Logistica Padana",
        "Cantieri Adriatico",
        "Farmaceutica Insubria",
    ],
    "en": [
        "Northwind Analytics",
        "Bluebridge Partners",
        "Summit Legal",
        "Harbour Freight",
        "Kestrel Engineering",
        "Meridian Health",
        "Oakline Software",
    ],
}
ROLES = {
    "de": (
        ["Geschäftsführer", "Leiter Einkauf", "CFO", "Leiter IT", "Prokurist", "Bereichsleiter", "Head of Procurement"],
        [
            "Geschäftsführerin",
            "Leiterin Einkauf",
            "CFO",
            "Leiterin IT",
            "Prokuristin",
            "Bereichsleiterin",
            "Head of Procurement",
        ],
    ),
    "fr": (
        ["directeur", "responsable achats", "CFO", "DSI", "associé"],
        ["directrice", "responsable achats", "CFO", "DSI", "associée"],
    ),
    "it": (
        ["amministratore delegato", "direttore acquisti", "CFO", "responsabile IT", "socio"],
        ["amministratrice delegata", "direttrice acquisti", "CFO", "responsabile IT", "socia"],
    ),
    "en": (
        ["Managing Director", "Head of Procurement", "CFO", "IT Director", "Partner", "COO"],
        ["Managing Director", "Head of Procurement", "CFO", "IT Director", "Partner", "COO"],
    ),
}


def _role(c: Ctx, p: Person) -> str:
    return c.ch(ROLES[c.lang][1 if p.f else 0])


GIFTS = {
    "de": [
        "Weinpaket (3 Fl.)",
        "Pralinen 500 g",
        "Olivenöl & Essig",
        "Gin-Set",
        "Stollen + Kaffee",
        "Kalender + Karte",
    ],
    "fr": ["coffret vin (3 btl)", "chocolats 500 g", "huile d'olive & vinaigre", "coffret gin", "panier gourmand"],
    "it": ["cassetta vino (3 bt)", "panettone artigianale", "olio e aceto", "cioccolatini", "cesto natalizio"],
    "en": ["wine box (3 btl)", "chocolates 500 g", "Christmas hamper", "gin set", "olive oil & vinegar"],
}
GIFT_REQ = {
    "de": [
        "Bitte daraus eine Lieferliste für den Kurier machen.",
        "Schreib eine kurze Bestellbestätigung.",
        "Wem schicken wir dieses Jahr nichts? Begründung bitte.",
    ],
    "fr": [
        "Fais-en une liste de livraison pour le coursier.",
        "Rédige une courte confirmation de commande.",
        "À qui n'envoie-t-on rien cette année ? Justifie.",
    ],
    "it": [
        "Trasformalo in una lista di consegna per il corriere.",
        "Scrivi una breve conferma d'ordine.",
        "A chi non mandiamo niente quest'anno? Motiva.",
    ],
    "en": [
        "Turn this into a delivery list for the courier.",
        "Draft a short order confirmation.",
        "Who are we skipping this year? Give reasons.",
    ],
}


def _client_co(c: Ctx, exclude=()) -> str:
    if not hasattr(c, "_cos"):
        c._cos = {}
    pool = [b for b in CLIENT_COS[c.lang] if b not in exclude]
    base = c.ch(pool)
    if base not in c._cos:
        c._cos[base] = company_name(c, {c.lang: [base.replace("{town}", c.home.name)]})
    return c._cos[base]


def gen_clientgifts(c: Ctx) -> str:
    v = c.variant
    c.local = 0.4
    t = c.t
    if v == 0:
        rows = []
        managers = [c.person(age=(28, 60)) for _ in range(2)]
        mdisp = [c.nm(m, "init") for m in managers]
        contacts = []
        for _ in range(c.r.randint(5, 7)):
            p = c.person(age=(32, 68), local=False)
            co = _client_co(c)
            contacts.append(p)
            private = c.p(0.25)
            if private:
                addr = c.addr1(p) + t(" (privat)", " (privé)", " (privato)", " (home)")
            else:
                addr = c.addr1(None, street=c.street(business=True), town=c.town())
            rows.append(
                [
                    co,
                    c.nm(p, c.ch(["full", "full", "revc"])),
                    _role(c, p),
                    addr,
                    c.ch(GIFTS[c.lang]),
                    c.money(c.ch([45, 60, 80, 120])),
                    c.ch(mdisp),
                ]
            )
        hdr = [
            t("Firma", "Société", "Azienda", "Company"),
            t("Kontakt", "Contact", "Contatto", "Contact"),
            t("Funktion", "Fonction", "Ruolo", "Role"),
            t("Lieferadresse", "Adresse de livraison", "Indirizzo di consegna", "Delivery address"),
            t("Geschenk", "Cadeau", "Regalo", "Gift"),
            t("Wert", "Valeur", "Valore", "Value"),
            t("Betreuer/in", "Responsable", "Referente", "Account owner"),
        ]
        p1 = contacts[0]
        note = t(
            f"Karte an {c.nm(p1, 'first')} bitte persönlich (duzen!).",
            f"Carte pour {c.nm(p1, 'first')} : tutoiement, message personnel.",
            f"Biglietto per {c.nm(p1, 'first')}: dare del tu, messaggio personale.",
            f"Card for {c.nm(p1, 'first')} should be personal, first-name terms.",
        )
        title = t(
            f"Kundengeschenke {c.today.year}",
            f"Cadeaux clients {c.today.year}",
            f"Strenne clienti {c.today.year}",
            f"Client gifts {c.today.year}",
        )
        return finish(c, f"{title}\n\n{table(c, hdr, rows)}\n\n{note}", GIFT_REQ)
    if v == 1:
        shop = Company(
            c,
            company_name(
                c,
                {
                    "de": ["Weinhandlung am Markt", "Confiserie Sternen", "Vinothek {town}"],
                    "fr": ["Cave du Marché", "Chocolaterie du Lac", "Épicerie fine {town}"],
                    "it": ["Enoteca del Borgo", "Pasticceria Aurora", "Bottega {town}"],
                    "en": ["The Wine Cellar", "Hamper House", "{town} Fine Foods"],
                },
            ),
            role=c.t("bestellung", "commandes", "ordini", "orders"),
        )
        own = c.ch(CLIENT_COS[c.lang])
        asst = c.staff(c.company_domain(company_name(c, {c.lang: [own.replace("{town}", c.home.name)]})))
        shop_staff = c.person(age=(25, 60))
        recips = [c.person(age=(30, 68), local=False) for _ in range(c.r.randint(3, 4))]
        lines = []
        for p in recips:
            lines.append(
                f"- {c.nm(p, c.ch(['full', 'revc']))}, {_client_co(c, (own,))}, "
                f"{c.addr1(None, street=c.street(business=True), town=c.town())}"
                + (f", {c.t('Tel.', 'tél.', 'tel.', 'tel.')} {c.ph(p)}" if c.p(0.5) else "")
            )
        d0 = c.today - dt.timedelta(days=c.r.randint(2, 6))
        req_mail = "\n".join(
            [
                greeting(c, None) if c.p(0.5) else greeting(c, shop_staff, True),
                t(
                    f"wir bestellen wie besprochen {len(recips)} x {c.ch(GIFTS['de'])} mit Lieferung bis "
                    f"{c.date(c.days(8, 20))} an:",
                    f"nous commandons comme convenu {len(recips)} x {c.ch(GIFTS['fr'])}, livraison avant le "
                    f"{c.date(c.days(8, 20))} à :",
                    f"come d'accordo ordiniamo {len(recips)} x {c.ch(GIFTS['it'])} con consegna entro il "
                    f"{c.date(c.days(8, 20))} a:",
                    f"as discussed we'd like {len(recips)} x {c.ch(GIFTS['en'])} delivered by "
                    f"{c.date(c.days(8, 20))} to:",
                ),
                *lines,
                "",
                closing(c),
                signature(
                    c,
                    asst,
                    t(
                        "Assistenz der Geschäftsleitung",
                        "Assistante de direction" if asst.f else "Assistant de direction",
                        "Assistente di direzione",
                        "Executive assistant",
                    ),
                    None,
                    lab("EMAIL", asst.work_email),
                    c.ph(c.mkphone("land", c.home)),
                ),
            ]
        )
        reply = "\n".join(
            [
                greeting(c, asst, True),
                t(
                    "vielen Dank für die Bestellung. Die Lieferung erfolgt per Kurier, Rechnung folgt. Bitte "
                    "überweisen Sie "
                    f"auf {c.iban()}.",
                    f"merci pour votre commande. Livraison par coursier, facture suit. Paiement sur {c.iban()}.",
                    f"grazie per l'ordine. Consegna tramite corriere, segue fattura. Pagamento su {c.iban()}.",
                    "thank you for your order. Delivery by courier, invoice to follow."
                    + (f" Payment to {c.iban()}." if c.cc != "US" else " Card on file will be charged."),
                ),
                "",
                closing(c),
                c.nm(shop_staff, "full"),
                shop.letterhead(c, True),
            ]
        )
        subj = t(
            "AW: Bestellung Kundengeschenke",
            "RE: Commande cadeaux clients",
            "R: Ordine strenne",
            "RE: Client gift order",
        )
        hdr = mail_header(
            c, shop.role, addr_disp(c, c.nm(asst, "full"), lab("EMAIL", asst.work_email)), subj, when_str(c, c.today)
        )
        q = quote_block(
            c,
            addr_disp(c, c.nm(asst, "full"), lab("EMAIL", asst.work_email)),
            d0,
            req_mail,
            (addr_disp(c, c.nm(asst, "full"), lab("EMAIL", asst.work_email)), shop.role, subj.split(": ", 1)[1]),
        )
        return finish(c, hdr + "\n\n" + reply + "\n\n" + q, GIFT_REQ)
    if v == 2:
        keys = [c.person(age=(35, 68), local=False) for _ in range(c.r.randint(4, 6))]
        ny = c.today.year + 1 if c.today.month > 1 else c.today.year
        keys[1].dob = dt.date(ny - 60, 1, c.r.randint(1, 28))
        blist = "\n".join(f"{c.nm(p, c.ch(['full', 'revc']))} ({_client_co(c)}): {c.dob(p)}" for p in keys)
        s1, s2 = c.person(age=(28, 60)), c.person(age=(28, 60))
        p1, p2 = keys[0], keys[1]
        msgs = [
            (
                sender(c, s1),
                t(
                    f"{c.nm(p1, 'last')} hat den Auftrag storniert, streichen wir {c.gw(p1, 'ihn', 'sie')}?",
                    f"{c.nm(p1, 'last')} a annulé la commande, on {c.gw(p1, 'le', 'la')} retire ?",
                    f"{c.nm(p1, 'last')} ha annullato l'ordine, l{c.gw(p1, 'o', 'a')} togliamo?",
                    f"{c.nm(p1, 'last')} cancelled the order, do we drop {c.gw(p1, 'him', 'her')}?",
                ),
            ),
            (
                sender(c, s2),
                t(
                    f"nein, trotzdem schicken. aber an die neue Adresse: {c.addr1(p1)}",
                    f"non, on envoie quand même. mais à la nouvelle adresse : {c.addr1(p1)}",
                    f"no, mandiamo lo stesso. ma al nuovo indirizzo: {c.addr1(p1)}",
                    f"no, send it anyway. but to the new address: {c.addr1(p1)}",
                ),
            ),
            (
                sender(c, s1),
                t(
                    f"ok. und {c.nm(p2, 'first')} wird im Januar 60, da machen wir was Grösseres".replace(
                        "Grösseres", "Grösseres" if c.cc == "CH" else "Größeres"
                    ),
                    f"ok. et {c.nm(p2, 'first')} fête ses 60 ans en janvier, on prévoit plus grand",
                    f"ok. e {c.nm(p2, 'first')} compie 60 anni a gennaio, facciamo qualcosa di più",
                    f"ok. and {c.nm(p2, 'first')} turns 60 in January, let's do something bigger",
                ),
            ),
        ]
        title = t(
            "Geburtstage Key Accounts (aus CRM):",
            "Anniversaires grands comptes (CRM) :",
            "Compleanni key account (da CRM):",
            "Key account birthdays (from CRM):",
        )
        return finish(c, chat(c, msgs) + "\n\n" + title + "\n" + blist, GIFT_REQ)
    # v == 3: CRM export
    recs = []
    for _ in range(c.r.randint(2, 4)):
        p = c.person(age=(30, 66), local=False)
        asst = c.person(age=(22, 60))
        co = _client_co(c)
        dom = c.company_domain(co)
        st = c.street(business=True)
        tw = c.town()
        rec = {
            "contact": c.nm(p, "full"),
            "company": co,
            "role": _role(c, p),
            "email": lab("EMAIL", c.mkemail(p, dom, True)),
            "phone": c.ph(c.mkphone("land", tw)),
            "mobile": c.ph(p) if c.p(0.5) else None,
            "address": {"street": lab("ADDRESS", st), "city": c.addr(None, street=st, town=tw)[1]},
            "birthday": c.dob(p, c.export_dob) if c.p(0.6) else None,
            "assistant": c.nm(asst, "full") if c.p(0.4) else None,
            "gift_2025": c.ch(GIFTS[c.lang]),
            "last_login_ip": c.ip() if c.p(0.3) else None,
        }
        recs.append({k: v_ for k, v_ in rec.items() if v_ is not None})
    out = yaml_dump(recs) if c.p(0.5) else jdump(recs, indent=2)
    return finish(
        c,
        t(
            "CRM-Export Kontakte (Weihnachtsaktion)",
            "Export CRM contacts (action de Noël)",
            "Export CRM contatti (strenne)",
            "CRM contact export (holiday gifts)",
        )
        + "\n\n"
        + out,
        GIFT_REQ,
    )


GENRES.append(("clientgifts", gen_clientgifts))


# ====================================================================================================================
# driver
# ====================================================================================================================

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


def build_doc(genre: str, fn, i: int, loc: str) -> tuple[dict, int]:
    for k in range(200):
        seed = f"{SET}|{genre}|{i}" + (f"|retry{k}" if k else "")
        rng = random.Random(seed_of(seed))
        c = Ctx(rng, loc, genre, i)
        marked = fn(c)
        if loc == "de_CH":
            marked = marked.replace("ß", "ss")
        text, ents = resolve(marked)
        if not check(text, ents):
            rec = {
                "id": f"{SET}-{genre}-{i:03d}",
                "locale": loc,
                "lang": loc[:2],
                "text": text,
                "entities": [
                    {"start": e["start"], "end": e["end"], "type": e["type"], "text": e["text"]} for e in ents
                ],
            }
            return rec, k
    raise RuntimeError(f"no valid document for {genre} {i}")


def generate() -> tuple[list[dict], int]:
    locs = [loc for loc, n in LOCALE_QUOTA for _ in range(n)]
    assert len(locs) == N_DOCS
    random.Random(seed_of(f"{SET}|locales")).shuffle(locs)
    counters = Counter()
    docs = []
    retried = 0
    for k, loc in enumerate(locs):
        genre, fn = GENRES[k % len(GENRES)]
        i = counters[genre]
        counters[genre] += 1
        rec, tries = build_doc(genre, fn, i, loc)
        retried += tries > 0
        docs.append(rec)
    return docs, retried


def scan(docs: list[dict]) -> None:
    """Print unlabelled e-mails, IPs, long digit runs and unlabelled repeats of labelled-name words."""
    cnt = Counter()
    for d in docs:
        text, ents = d["text"], d["entities"]

        def lab_at(a, b, ents=ents):
            return _inside(ents, a, b)

        for m in EMAIL_RE.finditer(text):
            if not lab_at(m.start(), m.end()):
                cnt["email " + m.group(0).split("@")[0] + "@"] += 1
        for m in re.finditer(
            r"(?<![\w.:])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])|(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){5,7}", text
        ):
            if not lab_at(m.start(), m.end()):
                cnt["ip " + m.group(0)] += 1
        for m in re.finditer(r"\d[\d ./-]{8,}\d", text):
            if not any(e["start"] < m.end() and m.start() < e["end"] for e in ents):
                digits = re.sub(r"\D", "", m.group(0))
                if len(digits) >= 9:
                    cnt["digits " + re.sub(r"\d", "9", m.group(0))] += 1
        words = set()
        for e in ents:
            if e["type"] == "PERSON":
                for w in re.findall(r"[^\W\d_]+", e["text"]):
                    if len(w) >= 3:
                        words.add(w.lower())
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        for w in sorted(words):
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low):
                if not lab_at(m.start(), m.end()):
                    cnt[f"name-word {w} [{d['id']}]"] += 1
                    break
    for k, v in sorted(cnt.items(), key=lambda kv: (kv[0].split()[0], -kv[1], kv[0])):
        print(f"{v:5d}  {k}")


def show(docs: list[dict], n: int, genre: str | None) -> None:
    sel = [d for d in docs if genre is None or d["id"].split("-")[1] == genre]
    for d in sel[:n]:
        text = d["text"]
        out, last = [], 0
        for e in d["entities"]:
            out.append(text[last : e["start"]])
            out.append(f"[{e['type'][:3]}:{text[e['start'] : e['end']]}]")
            last = e["end"]
        out.append(text[last:])
        print("=" * 20, d["id"], d["locale"])
        print("".join(out))


def stats(docs: list[dict]) -> None:
    by_type = Counter()
    by_tl = Counter()
    by_lang = Counter()
    by_loc = Counter(d["locale"] for d in docs)
    for d in docs:
        by_lang[d["lang"] + " docs"] += 1
        for e in d["entities"]:
            by_type[e["type"]] += 1
            by_tl[(e["type"], d["lang"])] += 1
            by_lang[d["lang"]] += 1
    print(len(docs), "documents,", sum(by_type.values()), "labelled values")
    print(dict(by_loc))
    print(dict(by_lang))
    for t_, n in by_type.most_common():
        print(f"{t_:8s} {n:6d}  " + " / ".join(f"{by_tl[(t_, lg)]}" for lg in ("de", "fr", "it", "en")))
    g = Counter(d["id"].split("-")[1] for d in docs)
    print(dict(g))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--genre")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    docs, retried = generate()
    for d in docs:
        assert not check(d["text"], d["entities"]), d["id"]
    if a.scan or a.show or a.stats:
        if a.scan:
            scan(docs)
        if a.show:
            show(docs, a.show, a.genre)
        if a.stats:
            stats(docs)
            print("documents drawn again:", retried)
        return
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    # re-check the written file
    back = [json.loads(x) for x in a.out.read_text(encoding="utf-8").splitlines()]
    assert len(back) == N_DOCS
    for d in back:
        assert not check(d["text"], d["entities"]), d["id"]
    print(f"wrote {len(back)} documents to {a.out} ({retried} drawn again)", file=sys.stderr)


if __name__ == "__main__":
    main()
