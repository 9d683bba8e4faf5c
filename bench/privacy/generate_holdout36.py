"""Thirty-sixth blind evaluation set ("holdout36") for the anonymizer.

Blind set 36, written 2026-12-07 by a helper session that read only the module docstrings of generate_holdout33.py,
generate_holdout34.py and generate_holdout35.py (``ast.get_docstring``), the module docstring of evaluate.py
(``ast.get_docstring``) and the source of its function evaluate_synthetic (``ast.get_source_segment``; the helpers it
calls were not extracted), plus Faker (the venv's Faker 40.54.0: the list of person-provider locale modules; for about
thirty candidate locales the attribute names, types and sizes of their first- and last-name lists with their first two
entries - it_CH, sq_AL, fil_PH, sr_RS and bs_BA do not exist -; the name attributes of pl_PL, vi_VN, tr_TR, ro_RO,
pt_PT, de_CH and en_GB with their first three entries; and, for 22 locales, the number and the first eight entries of
those lists that fail a name-shape test - names with spaces, dots, odd characters, internal capitals -, so that they
could be filtered) and the standard library.  It did not read the detectors (src/), the tests, the docs, README files,
pyproject.toml, the bodies of the other generators or of templates.py, or any data set text, and it ran no git command
besides ``git worktree add`` for its own worktree (/tmp/h36, branch holdout36; its output was redirected, nothing was
printed) and, at the end, adding and committing its three files and reading the new commit's hash with
``git rev-parse``; it never ran ``git log``, ``git status``, ``git show`` or ``git diff``.  Slips, none of them showing
detector code, test code or data set text: right after ``git worktree add`` it ran ``ls`` on bench/privacy (piped into
``head``), which printed the names of the files there (the other generators and scripts, the data directory; no
content), together with ``ls -la`` of the venv's python link; while waiting for the venv it printed the last three lines
of /tmp/install.log (pip warnings about missing local index directories) and grepped the venv's bin directory for ruff
and faker (nothing printed then); the three docstrings, evaluate.py's docstring and evaluate_synthetic were written in
one go to a scratch file in /tmp and read from there with ``sed`` in parts (the tool cut some long ranges, which were
then read again in smaller parts); in evaluate.py ``grep -n`` for "holdout35" and "range(2, 36)" printed the first two
lines of the holdout35 sentence (cut at 160 characters), the usage line and the argparse line that builds the split
choices, ``sed`` printed the seven docstring lines at the end of the holdout35 sentence before the edit and seventeen
around this set's sentence after it, ``grep -n`` checked the two other edits, an ``awk`` for lines longer than 120
characters printed nothing, and ``ast.parse`` and the venv's ruff (check) were run on it; evaluate.py itself was never
run, not even with ``--help``.  In evaluate.py only the module docstring (this set's sentence, which also names
evaluate_synthetic's code as read) and the two places that list the holdout splits were edited (usage line,
``range(2, 36)`` -> ``range(2, 37)``).  The venv's ruff was run on this script (format with ``--line-length 120``, check
with and without ``--line-length 120``; ruff picks up the project's configuration without printing it); a small helper
in /tmp split the f-string lines that ruff reported as too long.  tarnkappe is never imported here; the set was never
run through the anonymizer or evaluate.py's evaluation while it was written.  The written file was checked only by this
script's own assertions (``text[start:end] == text``, no surrounding white space, sorted and non-overlapping spans, no
name split into two PERSON spans separated by a single space, no digits in a PERSON span, every IBAN mod 97, every card
Luhn and of card length, every AHV number EAN-13 and starting with 756, e-mail shape, every IP a global address, every
PHONE with six or more digits, no marker left, and consistency: no labelled value of five or more characters and no word
of three or more letters of a labelled name - particles excepted - occurs unlabelled elsewhere in the same document,
case-sensitively and at word boundaries; a document failing any of these is drawn again from the seed
``"holdout36|<genre>|<i>|retry<k>"`` - four of the 1,300 needed that: an American learning agreement with a person
called Austin and the town Austin, a British carpool chat typed in lower case with a person called Will and the verb
"will", an Italian raffle with a person called Rocco and the oratory "San Rocco", a Swiss French hackathon with a person
called Grand and the event "Le Grand Hack des Données"), by a re-check of every record before writing, by a check that
the output is identical under two PYTHONHASHSEED values (0 and 12345; same SHA-256) and by reading its own output
(``--show``, about 90 documents across all genres, variants and locales, among them all-lower-case and all-upper-case
ones) and ``--scan``: unlabelled e-mail addresses are only role mailboxes (noreply@, service@, info@, sperrmuell@,
reception@, office@, hello@, contact@, team@, booking@, hafenbuero@, vermietung@, hafenmeister@, encombrants@,
ingombranti@, bulkpickup@, wohnen@, anmeldung@, segreteria@, ufficioporto@, berths@, capitainerie@, accueil@),
unlabelled IPv4 addresses only LAN addresses (192.168.x / 10.x of lift remote-monitoring gateways), unlabelled long
digit runs only plain dates and times, booking, order, request, ticket, member, insurance and creditor numbers, LAN IPs
and amounts.  Fixes after reading: diaries and SMS logs with unsorted times, a reply mail sent before the mail it
quotes, waiting lists with registration dates after the "as of" date, ages that did not fit (a teenager with Parkinson's
disease and a "son" as carer - diagnoses and relatives now follow the patient's age group -, partners 25 years apart and
children born to parents in their sixties - partners are now at most eight years apart, children born when the parent
was 20 to 44), a partner sharing the student's surname, a French "elle" for a man, Italian "allergica" and "nuovo
cliente" for the wrong gender, "Hauswart"/"concierge"/"portiere" always masculine, "bei Herr" (now "bei Herrn"), "nos
enfants" for one child, beard trims for women, the same client record mixing "EUR 12,16" and "51,45 €" (one currency
style per document now), "0,30 CHF/km" (Swiss decimals with a point now), a Swiss raffle prize in euros, a French role
mailbox and domain on an Italian harbour, British berths and "Mob" in American slip registers, American universities at
a British hackathon, tracks that changed within one team, semesters mixing "WS", "Autumn" and "1° sem." in one learning
agreement, a lift call log whose chat was dated months earlier, pickup slots before the request, harvest sign-ups
submitted after the harvest, "Kühlgerät!" on rows without a fridge, "Floor: 0" and "pavement" in American notices,
informal closings in letters to doctors and in offers ("Liebe Grüsse" - letters now use formal closings), "Mcdonald"
(now "McDonald"), French landlines with nine digits (a bug: ten now), and requests that did not fit the document
(requests are now tagged with the variants they fit).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout36.jsonl: 1,300 documents, 12 genres (109 documents for the first four, 108
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout36|locales"``: de_DE 245, de_CH
190, de_AT 140, fr_FR 130, fr_CH 135, it_IT 100, it_CH 95, en_GB 135, en_US 130 (de 575, fr 265, it 195, en 265).
24,153 labelled values: PERSON 9,659, PHONE 4,392, ADDRESS 4,001, EMAIL 3,070, DOB 1,340, IP 1,264, IBAN 385, AHV 34,
CARD 8 (de 10,780, fr 4,975, it 3,479, en 4,919).  Per type and language (de / fr / it / en):
  PERSON 4,293 / 1,928 / 1,415 / 2,023; PHONE 1,993 / 923 / 597 / 879; ADDRESS 1,801 / 887 / 587 / 726;
  EMAIL 1,328 / 626 / 437 / 679; DOB 614 / 238 / 185 / 303; IP 558 / 261 / 183 / 262; IBAN 168 / 106 / 65 / 46;
  AHV 22 / 4 / 8 / 0; CARD 3 / 2 / 2 / 1.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11; the output does not depend on PYTHONHASHSEED): ``random.Random`` is seeded
with the first 8 bytes of a SHA-256 of ``"holdout36|<genre>|<i>"``; Faker's own generator is never used - names are
drawn by that ``Random`` from the Faker person providers' lists (sorted; dicts by their keys; entries failing the
name-shape test left out; "Mcx" written "McX").  Streets (generic street names of each region), towns with real
postcodes, area codes and Italian provinces / US states (plus harbour, wine-village and campsite towns), phone numbers
(area codes matching the town where a landline belongs to an address or a business; mobiles by national prefix),
e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid RIB key, Italian ones with a computed
CIN; now and then a Liechtenstein IBAN in Swiss documents; US documents have no IBANs but cards, masked cards, checks,
Zelle, Venmo or PayPal), card numbers (Visa, Mastercard 51-55 and 2221-2720, Amex; Luhn), AHV numbers (756, EAN-13
check digit, dotted or compact) and IP addresses (public IPv4 from common ISP ranges of the country, about 18 % IPv6)
come from lists and code written here.  Each record has ``id`` (``holdout36-<genre>-<NNN>``), ``locale``, ``lang``,
``text`` and ``entities`` (``type``, ``start``, ``end``, ``text``).  Every labelled value is wrapped in a marker when it
is placed; the markers survive lower- and upper-casing, padding, CSV quoting, JSON / YAML / HTML cells, OCR noise
(applied outside the markers) and "> " prefixes and are resolved to offsets at the end (de_CH documents get "ß" -> "ss"
and en_US documents American spellings - outside the markers - before that).

Genres (text people paste into an AI assistant, at work or at home, each with a request in the document's language
before or after it - about 7 % in English for non-English documents and some in German for Swiss French / Italian
ones; requests are tagged with the variants they fit -, sometimes fenced in ```, triple quotes, --- or <<< >>>; about
3.5 % of the documents typed entirely in lower case and 1.5 % in upper case, 30 to 50 % of the chats typed in lower
case - names and streets too, IBANs, AHV numbers and cards kept).  The genres were prescribed by the brief; several
repeat genres named in evaluate.py's docstring: housing co-operatives (27), campsites (19), hair and beauty salons
(17), marina berths (18), bulky waste collections (15), prize draws (15) and lottery syndicates (17), student exchange
host families (30), grape-harvest helpers (16), school-run and commuter car pools (17) and lift maintenance and
entrapment call-outs (34) - the documents here were written without knowing how those sets did it:
 1. housingcoop - housing co-operative member and waiting lists (Wohnungsbaugenossenschaft, Baugenossenschaft,
    gemeinnützige Bauvereinigung, coopérative d'habitation, cooperativa edilizia, housing co-op): membership and
    waiting-list applications on the co-operative's letterhead (separate surname / first-name fields or one, date of
    birth, nationality code, address, landline and mobile, e-mail, occupation and current landlord firm unlabelled, a
    household table with partner and children and their dates of birth, flat size, rent, share capital by SEPA debit
    with IBAN and account holder - US: card -, "Ort, Datum" town unlabelled; sometimes OCR noise), waiting lists
    (rank, names in one style, registration dates, phones, e-mails, notes) with a board chat (a flat's street, a
    refusal, a caretaker's mobile, a new e-mail address), a member's reply accepting an offer and quoting it (partner
    and children with dates of birth, new mobile, the caretaker, the staff member's work e-mail and DIN-style direct
    line, member numbers unlabelled), applications-portal exports as JSON or YAML (ISO or document-shape dates of
    birth, public IPs, compact IBANs);
 2. campsite - campsite and caravan-site registrations (Meldeschein, Gästeblatt, bulletin d'arrivée, scheda di
    registrazione, registration card, campground registration): registration cards on the site's letterhead (guest with
    date of birth, nationality code, home address elsewhere in the country, mobile, e-mail, plate, pitch, ID number,
    dog, arrival and departure unlabelled; fellow travellers with dates of birth; masked or keyed cards for the
    deposit, or a seasonal pitch by direct debit with IBAN; sometimes OCR noise), arrivals lists (pitches, plates,
    phones) with a reception chat (a late arrival's mobile, a seasonal camper's leak), a guest's mail changing a booking
    and quoting the confirmation (a friend with date of birth and address, the site's IBAN for the deposit), online
    booking exports as JSON or CSV (masked cards, public IPs);
 3. barber - hairdresser and barber booking exports and reminders (Friseur, Barbershop, salon de coiffure, barbier,
    parrucchiere, barberia, salon, barbers): SMS reminder logs (clients by first name or title and surname, the
    stylist's first name, the salon's phone and street in every message, inbound replies by the client or a spouse
    with a new number), booking exports as CSV / TSV / Markdown (clients, phones, e-mails, services, prices and status
    unlabelled, birthdays with dates of birth, colour formulas), a salon team chat (a cancellation, a new client's
    mobile and e-mail, an allergy, the salon's street), client records as JSON or YAML (date of birth, address, visits
    with stylists, a full or masked card for no-show fees, the last online booking's public IP);
 4. harbour - harbour berth and mooring registers (Liegeplatz, Hafenmeister, place d'amarrage, capitainerie, posto
    barca, ormeggio, berth, slip): annual berth agreements on the harbour's letterhead (holder with date of birth,
    address, phone, e-mail, a joint owner with date of birth, boat names, models, sizes, registrations, insurance
    policies, berth numbers and fees unlabelled, SEPA / LSV mandate with creditor ID and mandate reference unlabelled,
    IBAN and account holder, US autopay with a masked card; sometimes OCR noise), berth registers (holders as "F. Last"
    or full names, phones, insurance expiry dates) with a harbour-master chat (a broken mooring line, a visitor's
    mobile, a new e-mail), a holder's mail transferring the berth to a son or daughter quoting the harbour master's
    notice (the heir's date of birth, address, e-mail and mobile), visitor-berth booking exports (skippers, phones,
    e-mails, masked cards, public IPs);
 5. hackathon - hackathon team registrations: confirmation mails from a role mailbox (participant's name, date of
    birth - minors with a parental-consent note -, e-mail, mobile, emergency contact with relation and phone,
    teammates by first name, "First L." or full name, venue business address, ticket numbers and Discord invites
    unlabelled, the organiser's signature with mobile), team registration exports as CSV / JSON (one track per team,
    universities unlabelled, dates of birth in one shape, public IPs), an organisers' Discord / Teams / IRC chat (a
    lost badge, a mentor's mobile, an emergency contact, a travel refund with IBAN or Zelle e-mail), travel
    reimbursement forms as YAML or key-value lines (address, e-mail, phone, IBAN and account holder, or a US check to
    the address or PayPal);
 6. bulkywaste - bulky-waste and recycling pickup requests (Sperrmüll, Abfallwirtschaft, encombrants, ingombranti,
    bulky waste, bulk pickup): confirmation mails from the municipal service's role mailbox (requester, pickup address,
    floor, phone, e-mail, items and charges unlabelled, a different billing address and a parent's landline when the
    pickup is for a relative, IBAN or masked card), crew route sheets (streets, names or title and surname, phones,
    items, notes) with a drivers' chat ("bei X macht keiner auf", an extra job with name, street and mobile), a
    resident's complaint quoting the confirmation (a neighbour with mobile, the clerk's work e-mail), online request
    exports as JSON (street and "postcode town" fields, public IPs);
 7. raffle - raffle and tombola winner notices (Tombola, Verlosung, tombola, lotteria, riffa, raffle): winners lists
    (ticket numbers and prizes unlabelled, winners as "First L.", "F. Last" or full names, towns alone unlabelled, the
    prize keeper's name, address and mobile, the clubhouse address), winner letters on the club's paper (winner's
    address block, the treasurer's name and mobile, signature with the club's address; sometimes OCR noise), an
    organisers' chat (an uncollected prize and the winner's mobile, a winner's street), online ticket sales exports
    (buyers, e-mails, phones, IBANs or masked cards, public IPs) with a draw line;
 8. erasmus - student exchange learning agreements and applications (Erasmus+, study abroad): learning agreements with
    bilingual labels (student's names, date of birth, nationality code, study cycle and ISCED code, sending and
    receiving institutions with Erasmus codes unlabelled and business addresses labelled, contact persons with work
    e-mails and phones, course tables with codes and ECTS unlabelled, signatures; sometimes OCR noise), outgoing
    applications (name, date of birth, student ID unlabelled, term-time and home address, mobile, student e-mail at
    the university's domain, emergency contact with relation and mobile, Swiss AHV, grant IBAN), a student's mail
    changing courses and quoting the coordinator (a new address and mobile in the host country, a flatmate, the
    coordinator's work e-mail and DIN-style direct line), nomination exports as JSON (ISO dates of birth, public IPs,
    compact IBANs);
 9. occtherapy - occupational therapy progress notes (Ergotherapie, ergothérapie, terapia occupazionale, OT): progress
    records on the practice's letterhead (patient with date of birth, address, phone, insurer or IV office and
    insurance numbers unlabelled, Swiss AHV, prescriptions, the referring doctor by title with practice address and
    phone, ICD-10 codes and diagnoses fitting the patient's age unlabelled, a session table with the therapist, COPM
    scores unlabelled; sometimes OCR noise), SOAP notes (the patient by first name or title and surname, a relative
    fitting the patient's age with mobile) with a therapists' chat (a home-visit street, the neighbour holding the key),
    reports to the GP (the doctor's address block, the patient's date of birth, next of kin with mobile, a copy to the
    relative's address), diary exports (dates of birth in one shape, phones, home-visit addresses);
10. lift - lift / elevator maintenance logs and trapped-person call logs (Aufzug, ascenseur, ascensore, lift,
    elevator): service reports on the lift firm's letterhead (site address, lift numbers, models named after persons -
    Schindler, Otis -, fault codes and inspection dates unlabelled, the engineer, the managing agent firm unlabelled
    with its business address labelled, its contact's direct line, the caretaker with mobile, a resident by name;
    sometimes OCR noise), trapped-person call logs (times, site addresses, callers, call-back numbers, engineers,
    release times) with a dispatch chat (a son or daughter calling, the caretaker with the machine-room key), a
    tenant's mail about a mother in a wheelchair during a modernisation with the notice posted in the hall (the
    mother's date of birth, the caretaker, the manager's work e-mail and direct line), remote-monitoring exports as
    JSON (gateway LAN IPs and firmware unlabelled, notified contacts with phones and e-mails) with portal log lines
    (users' e-mails and public source IPs labelled);
11. harvest - grape-harvest helper sign-ups (Weinlese, Lesehelfer, vendanges, vendemmia, harvest / crush volunteers):
    sign-up forms (helper with date of birth, address, mobile, e-mail, available days unlabelled, Swiss AHV, wages
    IBAN, US waivers; sometimes OCR noise) with the winery's business address and phone, helper lists (names in one
    style, days, mobiles) with a winery chat (the meeting point at the winery's street, a helper's street for a lift,
    a new number), a helper's reply quoting the winery's invitation (a friend with date of birth and e-mail, the
    winemaker's work e-mail), form-response exports as JSON / CSV (dates of birth, public IPs, Swiss AHV);
12. carpool - commuter carpool boards and chat messages (Mitfahrbörse, Fahrgemeinschaft, covoiturage, car pooling,
    carpool / rideshare board): board posts (offer / search, towns and sites unlabelled, times, meeting-point streets,
    names as first names, "First L.", "F. Last" or full names, mobiles and e-mails), a carpool group chat (a pick-up
    street, fuel money to an IBAN or Venmo handle - the handle unlabelled -, a new number, a plate unlabelled), a
    mobility office's carpool agreement mail (members with home addresses, mobiles, work or private e-mails, driving
    days, cost per km unlabelled, drivers' IBANs or Zelle e-mails, the coordinator's signature with direct line),
    carpool-app user exports as JSON (home address, workplace unlabelled, app versions unlabelled, last-login IPs).
Values appear in "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value", two-column
Markdown tables, upper-case labels, bullets, bracketed labels), address blocks and one-line addresses with ", ",
" - " or " · ", letterheads (block, one line with " · ", mixed), signatures (block, "-- " separator, one line with
"|"), Markdown tables (padded or not), fixed-width tables, comma-, semicolon-, tab- and pipe-separated tables, HTML
tables, JSON (one record per line, arrays, wrapped in an object, nested objects), YAML, log lines, SMS logs, mail
headers (display names, quoted display names, bare addresses, Cc, role mailboxes) and quoted replies ("Am ...
schrieb", "Le ... a écrit", "Il giorno ... ha scritto", "On ... wrote", Outlook original-message blocks, quoted with
"> " or not), chats in eight layouts (WhatsApp iOS / Android, Telegram export, Teams-like, IRC-like, "name (12:04):",
Discord-like, plain; US chats with AM / PM; senders as full names, first names, "First L." or nicknames), OCR noise,
in each country's conventions (German "str.", "12a", "12 a", "3-5", "(Hinterhaus)", ", 3. OG", "D-"; Austrian "/3/7",
"/Top", "/Stiege/Tür", "A-", "Jänner"; Swiss "strasse", "CH-", no "ß", "Rue de la Gare 12", lower-case "chemin ..."
and "via ..."; French "bis" / "ter", "12, rue", "Appt", "Bât.", upper-case towns; Italian "Via" / "via", "n.", "/B",
"int.", "scala", provinces with and without parentheses, "I-"; British flats and "Town POSTCODE" (also upper case); US
"Apt", "#", "Unit", "Suite", directions, ZIP+4).  Phone numbers national and international with "(0)", "00", slashes,
dots, hyphens, parentheses, compact E.164, grouped in pairs and DIN-style "0221 47382-15" (the extension inside the
span).  Dates of birth in 35 shapes (German / Austrian / Swiss German 11, French / Swiss French 9, Italian / Ticinese
7, British 8, US 8; a document keeps one shape for about four fifths of its dates of birth, tables keep one shape,
exports use ISO or that shape): "12.03.1984", "2.3.1984", "12.03.84", "12. 03. 1984", ISO, "2. März 1984",
"02. März 1984", "2.März 1984", "2. Mrz. 1984", Roman "12.III.1984", "12/03/1984" (Austrian "Jänner", "Jän."), French
"12 mars 1984" (also "1er"), "12 MARS 1984", "12 févr. 1984", "12/03/84", "12-03-1984", "12 03 1984", Italian
"12 marzo 1984" (also "1°"), "12 MARZO 1984", "12 mar 1984", "2/3/1984", British "12 March 1984", "12th March 1984",
"12th of March 1984", "12 Mar 1984", "12 MAR 1984", "12-MAR-1984", US "03/12/1984", "3/12/1984", "3/12/84",
"March 12, 1984", "Mar 12, 1984", "Mar. 12, 1984", "March 12th, 1984", "03-12-1984"; after a label or cue word
(Geburtsdatum, geb., né / née le, nato / nata il, data di nascita, date of birth, DOB, born) or without one (table
columns, JSON / YAML fields, booking notes).  Plain dates (arrivals, appointments, harvest days, draws, pickups,
sessions, inspections, mail and chat time stamps) use the document's shape and are not labelled.
Names drawn from the Faker person lists of the region (de_DE; de_AT with a quarter of de_DE's first names and a few
Austrian first names written here; de_CH with a list of Swiss German surnames written here; fr_CH with fr_FR's first
names and a list of Romand surnames; it_IT - for Ticino, Faker having no it_CH, with a list of Ticinese surnames -;
fr_FR; en_GB; en_US; children from lists of current first names per language written here), community names from the
Faker lists of tr_TR, pl_PL (feminine surnames derived from the masculine -ski / -cki / -dzki list), hr_HR, pt_PT,
es_ES (double surnames with a space), es_MX, ro_RO, hu_HU, cs_CZ / sk_SK (feminine surnames derived), en_IN, en_IE,
sl_SI, vi_VN (diacritics removed), yo_NG, it_IT, de_DE, de_CH and fr_FR (as communities abroad), and lists written here
(Albanian / Kosovar - Faker has no sq_AL -, Sri Lankan Tamil, Eritrean, Arabic / Syrian / Afghan, Ukrainian, Chinese,
Greek with gendered surnames, Serbian / Bosnian, Korean with hyphenated first names, Filipino, Russian-German with
gendered surnames); about 55 % region, 23 % community, 22 % special: a surname that is an ordinary word (Sommer, Vogel,
Fuchs, Stern, Kranich, Lerche, Petit, Renard, Rossignol, Printemps, Bonheur, Gallo, Volpe, Neve, Fiore, Sole, Frost,
Stone, Swan, Friend, Snow ...; sometimes the first name too: Ernst, Frank, Wolf, Linde, Rosa, Aimé, Désiré, Modeste,
Blanche, Prudence, Felice, Primo, Speranza, Gioia, Will, Rusty, Hope, Grace, June, Joy), a surname with a particle
(von Trotha, von der Lühe, vom Bruch, zur Mühlen, ter Haar, Edler von Rainer, von Gunten, von Wyl, auf der Mauer, in der
Smitten, de Rham, de Senarclens, du Bois, de la Harpe, Le Goff, du Plessis, d'Aubigny, Dalla Costa, Dell'Era, Lo
Presti, Di Stefano, De Luca, O'Brien, MacLeod, St. James, ap Hywel, De Jesus, Del Rio, Van Ness), an invented
syllable-built surname ("Brunnhuber", "Tannleitner", "Gruillard", "Scaruzzi", "Caulbury", "Marlhurst") sometimes with a
rare first name (Wendelin, Quirin, Leodegar, Kunigunde, Notburga, Clovis, Gontran, Philomène, Ermenegildo, Gelsomina,
Peregrine, Thaddeus, Tamsin, Araminta), or a double surname (hyphenated; Italian and English also with a space); some
German- and French-speaking names carry a double first name (Hans-Peter, Anna-Lena, Jean-Marc, Marie-Laure).
Relatives share the (gendered) surname and the name source; partners are at most eight years apart and children are
born when the parent is 20 to 44.  Written as "First Last", "Last, First", "LAST First", "LAST, First", "Last First",
"F. Last" (also "H.-P. Last"), "First L.", "FIRST LAST", separate surname (sometimes in capitals) and first-name
fields, first names, nicknames (Steffi, Sepp, Basti, Hias, Susi, Manu, Véro, Beppe, Mimmo, Totò, Bob, Becky, Alfie
...) or surnames alone (chats, salutations, "Herr" / "Herrn" / "Frau" / "M." / "Mme" / "Monsieur" / "Madame" /
"Sig." / "Sig.ra" / "Mr" / "Mrs" / "Ms" + surname, "Dr." / "Dr. med." / "Dott." + name), in lower or upper case where
the document or chat is typed so.
Unlabelled distractors: booking, order, request, ticket, member, application, nomination, client, user, lift, device
and mandate reference numbers, creditor IDs, insurance and policy numbers, student IDs, ID-document numbers, Erasmus
and ISCED codes, course codes and ECTS, ICD-10 codes, fault codes, colour formulas, COPM scores, berth, pitch and site
numbers, boat names, models and registrations, vehicle plates, Discord invites and Venmo handles, prices, fees, rents,
shares, charges and cost rates, masked cards ("**** **** **** 1234", "•••• 1234", "XXXX-XXXX-XXXX-1234",
"554500******1234", "**** 1234"), LAN IPs of lift gateways, firmware and app versions, plain dates and times, towns
alone (winners' home towns, carpool routes, "Ort, Datum", "Fait à ...", places in mail text), nationality codes, role
mailboxes, dogs (Balu, Milo, Filou, Pepper ...), and co-operatives, campsites, salons, harbours, marinas, hackathons
and venues, municipal services, clubs, universities, practices, insurers, lift firms, property managers, wineries,
employers and products - also when named after a person or a place.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP, as in holdout33-35):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Herrn, Frau, Dr., Dr. med., Dr. med. univ., Dott., M., Mme, Monsieur,
  Madame, Sig., Sig.ra, Signor, Signora, Mr, Mrs, Ms) outside; a first name, a nickname or a surname alone used for a
  person is a PERSON; firms, clubs, venues, boats, dogs and products are not labelled, also when named after a person.
* EMAIL: every personal e-mail address, private, a student's address at a university domain or a person's work address
  at an organisation's domain; role mailboxes are not labelled.
* PHONE: every phone number of a person or of a business, practice, office or authority (letterheads, signatures,
  direct lines, SMS logs, numbers in chats and tables).
* ADDRESS: "street, postcode town" on one line is two spans (street with house number and flat / floor / "Appt" /
  "Bât." / "/Top" / "Apt" / "Unit" / "Suite" additions; postcode + town with "D-" / "CH-" / "A-" / "I-" prefixes,
  Italian provinces, "Town POSTCODE" and "Town, ST ZIP" inside the span), as is a two-line block; a street with its
  number alone is ADDRESS and so is a "postcode town" field; towns alone are not labelled; business addresses (the
  co-operative, campsite, salon, harbour, venue, practice, lift firm, winery, managing agent) are labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words outside; other dates are not.
* IBAN: every IBAN, compact or grouped (also an organisation's), also in lower or upper case.  CARD: full Luhn-valid
  card numbers; masked numbers are not.  AHV: Swiss social security numbers (756, dotted or compact).  IP: the public
  IPv4 / IPv6 address of a person's device or connection (sign-ups, bookings, applications, portal logins, last
  logins); LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout36.py [--out PATH] [--scan] [--show N [--genre NAME]
[--offset K]] [--stats] [--debug]
(--scan, --show and --stats print and write nothing; --debug prints the documents drawn again.)
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import importlib
import io
import ipaddress
import json
import random
import re
import unicodedata
from pathlib import Path

SET = "holdout36"
HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "synthetic_holdout36.jsonl"

TYPES = ("PERSON", "EMAIL", "PHONE", "ADDRESS", "IBAN", "DOB", "AHV", "CARD", "IP")
MS, ME = "\ue000", "\ue001"
CODE = {t: chr(0xE010 + i) for i, t in enumerate(TYPES)}
DECODE = {c: t for t, c in CODE.items()}
MARK_RE = re.compile("\ue000([\ue010-\ue01f])(.*?)\ue001", re.S)


def mk(t: str, v: object) -> str:
    v = str(v)
    assert v and v == v.strip() and MS not in v and ME not in v, (t, v)
    return MS + CODE[t] + v + ME


def vis(s: str) -> str:
    return MARK_RE.sub(lambda m: m.group(2), s)


def vlen(s: str) -> int:
    return len(vis(s))


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - vlen(s))


def seed_of(s: str) -> int:
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


LOCALES = {
    "de_DE": ("de", "DE"),
    "de_CH": ("de", "CH"),
    "de_AT": ("de", "AT"),
    "fr_FR": ("fr", "FR"),
    "fr_CH": ("fr", "CH"),
    "it_IT": ("it", "IT"),
    "it_CH": ("it", "CH"),
    "en_GB": ("en", "GB"),
    "en_US": ("en", "US"),
}
QUOTA = {
    "de_DE": 245,
    "de_CH": 190,
    "de_AT": 140,
    "fr_FR": 130,
    "fr_CH": 135,
    "it_IT": 100,
    "it_CH": 95,
    "en_GB": 135,
    "en_US": 130,
}
REGION = {
    "de_DE": "DE",
    "de_CH": "CHde",
    "de_AT": "AT",
    "fr_FR": "FR",
    "fr_CH": "CHfr",
    "it_IT": "IT",
    "it_CH": "CHit",
    "en_GB": "GB",
    "en_US": "US",
}

# ---------------------------------------------------------------------------------------------------------------
# Places: (town, postcodes, area code[, province / state])
# ---------------------------------------------------------------------------------------------------------------
TOWNS = {
    "DE": [
        ("Berlin", ["10115", "10247", "10437", "10999", "12043", "12157", "13347"], "030"),
        ("Hamburg", ["20095", "20259", "22041", "22297", "22765"], "040"),
        ("München", ["80331", "80469", "80797", "81371", "81667"], "089"),
        ("Köln", ["50667", "50733", "50823", "50937", "51063"], "0221"),
        ("Frankfurt am Main", ["60311", "60316", "60385", "60486", "60594"], "069"),
        ("Stuttgart", ["70173", "70190", "70197", "70372"], "0711"),
        ("Düsseldorf", ["40210", "40223", "40477", "40545"], "0211"),
        ("Leipzig", ["04103", "04155", "04229", "04317"], "0341"),
        ("Dresden", ["01067", "01099", "01127", "01277"], "0351"),
        ("Hannover", ["30159", "30161", "30169", "30451"], "0511"),
        ("Nürnberg", ["90402", "90429", "90459", "90491"], "0911"),
        ("Bremen", ["28195", "28203", "28211", "28215"], "0421"),
        ("Freiburg im Breisgau", ["79098", "79102", "79106", "79110"], "0761"),
        ("Münster", ["48143", "48147", "48151", "48155"], "0251"),
        ("Mainz", ["55116", "55118", "55122", "55131"], "06131"),
        ("Heidelberg", ["69115", "69117", "69120", "69126"], "06221"),
        ("Kiel", ["24103", "24105", "24114", "24143"], "0431"),
        ("Rostock", ["18055", "18057", "18069", "18119"], "0381"),
        ("Regensburg", ["93047", "93049", "93053", "93055"], "0941"),
        ("Augsburg", ["86150", "86152", "86159", "86161"], "0821"),
        ("Bonn", ["53111", "53113", "53115", "53225"], "0228"),
        ("Karlsruhe", ["76131", "76133", "76137", "76185"], "0721"),
        ("Würzburg", ["97070", "97072", "97074", "97082"], "0931"),
        ("Lübeck", ["23552", "23554", "23558", "23564"], "0451"),
        ("Erfurt", ["99084", "99085", "99089", "99092"], "0361"),
        ("Trier", ["54290", "54292", "54294", "54295"], "0651"),
        ("Konstanz", ["78462", "78464", "78465", "78467"], "07531"),
        ("Bamberg", ["96047", "96049", "96050", "96052"], "0951"),
        ("Göttingen", ["37073", "37075", "37081", "37083"], "0551"),
    ],
    "AT": [
        (
            "Wien",
            ["1020", "1030", "1050", "1060", "1070", "1100", "1120", "1140", "1160", "1180", "1200", "1210"],
            "01",
        ),
        ("Graz", ["8010", "8020", "8036", "8045", "8051"], "0316"),
        ("Linz", ["4020", "4030", "4040"], "0732"),
        ("Salzburg", ["5020", "5023"], "0662"),
        ("Innsbruck", ["6020"], "0512"),
        ("Klagenfurt am Wörthersee", ["9020"], "0463"),
        ("Villach", ["9500"], "04242"),
        ("St. Pölten", ["3100"], "02742"),
        ("Bregenz", ["6900"], "05574"),
        ("Dornbirn", ["6850"], "05572"),
        ("Wels", ["4600"], "07242"),
        ("Krems an der Donau", ["3500"], "02732"),
        ("Wiener Neustadt", ["2700"], "02622"),
        ("Steyr", ["4400"], "07252"),
        ("Leoben", ["8700"], "03842"),
        ("Feldkirch", ["6800"], "05522"),
        ("Mödling", ["2340"], "02236"),
    ],
    "CHde": [
        ("Zürich", ["8003", "8004", "8005", "8006", "8032", "8037", "8046", "8050", "8055"], "044"),
        ("Bern", ["3005", "3007", "3012", "3013", "3014"], "031"),
        ("Basel", ["4051", "4052", "4053", "4055", "4056", "4057"], "061"),
        ("Luzern", ["6003", "6004", "6005", "6006"], "041"),
        ("St. Gallen", ["9000", "9008", "9010", "9014"], "071"),
        ("Winterthur", ["8400", "8404", "8406", "8408"], "052"),
        ("Zug", ["6300"], "041"),
        ("Thun", ["3600", "3604"], "033"),
        ("Chur", ["7000"], "081"),
        ("Aarau", ["5000"], "062"),
        ("Schaffhausen", ["8200"], "052"),
        ("Olten", ["4600"], "062"),
        ("Baden", ["5400"], "056"),
        ("Frauenfeld", ["8500"], "052"),
        ("Uster", ["8610"], "044"),
        ("Solothurn", ["4500"], "032"),
        ("Rapperswil-Jona", ["8640"], "055"),
        ("Kreuzlingen", ["8280"], "071"),
    ],
    "CHfr": [
        ("Genève", ["1201", "1202", "1203", "1204", "1205", "1206", "1207", "1208", "1209"], "022"),
        ("Lausanne", ["1003", "1004", "1005", "1006", "1007", "1010", "1012", "1018"], "021"),
        ("Neuchâtel", ["2000"], "032"),
        ("Fribourg", ["1700"], "026"),
        ("Sion", ["1950"], "027"),
        ("Montreux", ["1820"], "021"),
        ("Vevey", ["1800"], "021"),
        ("Nyon", ["1260"], "022"),
        ("Yverdon-les-Bains", ["1400"], "024"),
        ("La Chaux-de-Fonds", ["2300"], "032"),
        ("Delémont", ["2800"], "032"),
        ("Morges", ["1110"], "021"),
        ("Sierre", ["3960"], "027"),
        ("Martigny", ["1920"], "027"),
        ("Bulle", ["1630"], "026"),
        ("Renens", ["1020"], "021"),
        ("Carouge", ["1227"], "022"),
    ],
    "CHit": [
        ("Lugano", ["6900", "6903", "6906"], "091"),
        ("Bellinzona", ["6500"], "091"),
        ("Locarno", ["6600"], "091"),
        ("Mendrisio", ["6850"], "091"),
        ("Chiasso", ["6830"], "091"),
        ("Ascona", ["6612"], "091"),
        ("Biasca", ["6710"], "091"),
        ("Minusio", ["6648"], "091"),
        ("Massagno", ["6900"], "091"),
        ("Giubiasco", ["6512"], "091"),
        ("Agno", ["6982"], "091"),
        ("Stabio", ["6855"], "091"),
        ("Losone", ["6616"], "091"),
    ],
    "FR": [
        ("Paris", ["75003", "75005", "75010", "75011", "75012", "75014", "75015", "75017", "75018", "75020"], "01"),
        ("Lyon", ["69001", "69003", "69004", "69006", "69007", "69008"], "04"),
        ("Marseille", ["13001", "13004", "13006", "13008", "13012"], "04"),
        ("Toulouse", ["31000", "31200", "31300", "31400", "31500"], "05"),
        ("Nice", ["06000", "06100", "06200", "06300"], "04"),
        ("Nantes", ["44000", "44100", "44200", "44300"], "02"),
        ("Strasbourg", ["67000", "67100", "67200"], "03"),
        ("Montpellier", ["34000", "34070", "34080", "34090"], "04"),
        ("Bordeaux", ["33000", "33100", "33200", "33300", "33800"], "05"),
        ("Lille", ["59000", "59160", "59260", "59800"], "03"),
        ("Rennes", ["35000", "35200", "35700"], "02"),
        ("Reims", ["51100"], "03"),
        ("Dijon", ["21000"], "03"),
        ("Grenoble", ["38000", "38100"], "04"),
        ("Angers", ["49000", "49100"], "02"),
        ("Tours", ["37000", "37100", "37200"], "02"),
        ("Annecy", ["74000"], "04"),
        ("Caen", ["14000"], "02"),
        ("Rouen", ["76000", "76100"], "02"),
        ("Metz", ["57000", "57050"], "03"),
        ("Clermont-Ferrand", ["63000", "63100"], "04"),
        ("Limoges", ["87000", "87100"], "05"),
        ("Avignon", ["84000"], "04"),
        ("Nîmes", ["30000", "30900"], "04"),
    ],
    "IT": [
        ("Roma", ["00136", "00152", "00153", "00162", "00176", "00184", "00185", "00198"], "06", "RM"),
        ("Milano", ["20121", "20123", "20129", "20135", "20143", "20144", "20154", "20159"], "02", "MI"),
        ("Torino", ["10121", "10128", "10138", "10143", "10153"], "011", "TO"),
        ("Napoli", ["80121", "80127", "80133", "80138"], "081", "NA"),
        ("Bologna", ["40121", "40125", "40133", "40137"], "051", "BO"),
        ("Firenze", ["50121", "50129", "50133", "50142"], "055", "FI"),
        ("Genova", ["16121", "16128", "16145", "16149"], "010", "GE"),
        ("Verona", ["37121", "37122", "37131", "37138"], "045", "VR"),
        ("Padova", ["35121", "35122", "35131", "35141"], "049", "PD"),
        ("Bari", ["70121", "70122", "70124", "70126"], "080", "BA"),
        ("Palermo", ["90133", "90138", "90141", "90144"], "091", "PA"),
        ("Catania", ["95121", "95124", "95129"], "095", "CT"),
        ("Trieste", ["34121", "34122", "34133"], "040", "TS"),
        ("Brescia", ["25121", "25122", "25128"], "030", "BS"),
        ("Bergamo", ["24121", "24122", "24124"], "035", "BG"),
        ("Parma", ["43121", "43122", "43123"], "0521", "PR"),
        ("Modena", ["41121", "41122", "41124"], "059", "MO"),
        ("Trento", ["38121", "38122", "38123"], "0461", "TN"),
        ("Bolzano", ["39100"], "0471", "BZ"),
        ("Perugia", ["06121", "06122", "06124"], "075", "PG"),
        ("Pisa", ["56121", "56122", "56124"], "050", "PI"),
        ("Como", ["22100"], "031", "CO"),
        ("Varese", ["21100"], "0332", "VA"),
        ("Lecce", ["73100"], "0832", "LE"),
        ("Cagliari", ["09121", "09124", "09127"], "070", "CA"),
        ("Ancona", ["60121", "60123", "60125"], "071", "AN"),
    ],
    "GB": [
        ("London", ["SE15", "N16", "E8", "SW9", "NW5", "W12", "E17", "SE22", "N7", "SW11"], "020"),
        ("Manchester", ["M14", "M20", "M21", "M19", "M13"], "0161"),
        ("Birmingham", ["B13", "B29", "B17", "B30"], "0121"),
        ("Leeds", ["LS6", "LS8", "LS7", "LS11"], "0113"),
        ("Bristol", ["BS6", "BS7", "BS3", "BS5"], "0117"),
        ("Edinburgh", ["EH9", "EH6", "EH10", "EH11"], "0131"),
        ("Glasgow", ["G12", "G41", "G31", "G11"], "0141"),
        ("Cardiff", ["CF24", "CF11", "CF14", "CF5"], "029"),
        ("Brighton", ["BN1", "BN2", "BN3"], "01273"),
        ("Oxford", ["OX4", "OX2", "OX3"], "01865"),
        ("Cambridge", ["CB1", "CB4", "CB2"], "01223"),
        ("Southampton", ["SO14", "SO15", "SO17"], "023"),
        ("Plymouth", ["PL1", "PL4", "PL2"], "01752"),
        ("Norwich", ["NR2", "NR3", "NR1"], "01603"),
        ("York", ["YO31", "YO10", "YO24"], "01904"),
        ("Newcastle upon Tyne", ["NE6", "NE2", "NE4"], "0191"),
        ("Sheffield", ["S10", "S11", "S7"], "0114"),
        ("Nottingham", ["NG7", "NG5", "NG3"], "0115"),
        ("Liverpool", ["L17", "L15", "L8"], "0151"),
        ("Bath", ["BA1", "BA2"], "01225"),
        ("Exeter", ["EX4", "EX1", "EX2"], "01392"),
        ("Belfast", ["BT9", "BT7", "BT5"], "028"),
        ("Aberdeen", ["AB10", "AB24", "AB15"], "01224"),
    ],
    "US": [
        ("Seattle", ["98103", "98105", "98115", "98118", "98122"], "206", "WA"),
        ("Portland", ["97202", "97211", "97214", "97217"], "503", "OR"),
        ("San Diego", ["92104", "92116", "92103", "92107"], "619", "CA"),
        ("Austin", ["78704", "78702", "78751", "78745"], "512", "TX"),
        ("Denver", ["80206", "80205", "80210", "80220"], "303", "CO"),
        ("Chicago", ["60614", "60618", "60625", "60640", "60647"], "773", "IL"),
        ("Boston", ["02130", "02116", "02127", "02135"], "617", "MA"),
        ("Brooklyn", ["11215", "11217", "11238", "11222"], "718", "NY"),
        ("Minneapolis", ["55408", "55406", "55414", "55419"], "612", "MN"),
        ("Madison", ["53703", "53704", "53711", "53715"], "608", "WI"),
        ("Sacramento", ["95816", "95818", "95819", "95822"], "916", "CA"),
        ("Pittsburgh", ["15217", "15213", "15206", "15232"], "412", "PA"),
        ("Columbus", ["43215", "43201", "43206", "43214"], "614", "OH"),
        ("Raleigh", ["27601", "27603", "27605", "27608"], "919", "NC"),
        ("Salt Lake City", ["84102", "84105", "84106", "84108"], "801", "UT"),
        ("Ann Arbor", ["48103", "48104", "48105"], "734", "MI"),
        ("Providence", ["02906", "02903", "02908"], "401", "RI"),
        ("Tampa", ["33606", "33603", "33609", "33611"], "813", "FL"),
        ("Atlanta", ["30306", "30307", "30308", "30316"], "404", "GA"),
        ("Philadelphia", ["19103", "19107", "19125", "19146"], "215", "PA"),
        ("Nashville", ["37203", "37206", "37212", "37204"], "615", "TN"),
    ],
}

# Themed places (harbours, wine villages, campsites); same tuple shapes as TOWNS.
HARBOURS = {
    "DE": [
        ("Kiel", ["24103", "24159"], "0431"),
        ("Flensburg", ["24937", "24939"], "0461"),
        ("Lübeck", ["23570"], "04502"),
        ("Stralsund", ["18439"], "03831"),
        ("Wismar", ["23966"], "03841"),
        ("Lindau (Bodensee)", ["88131"], "08382"),
        ("Friedrichshafen", ["88045"], "07541"),
        ("Cuxhaven", ["27472"], "04721"),
        ("Heiligenhafen", ["23774"], "04362"),
        ("Eckernförde", ["24340"], "04351"),
        ("Konstanz", ["78462"], "07531"),
    ],
    "AT": [
        ("Bregenz", ["6900"], "05574"),
        ("Gmunden", ["4810"], "07612"),
        ("Podersdorf am See", ["7141"], "02177"),
        ("Velden am Wörther See", ["9220"], "04274"),
        ("Mondsee", ["5310"], "06232"),
        ("Zell am See", ["5700"], "06542"),
    ],
    "CHde": [
        ("Romanshorn", ["8590"], "071"),
        ("Rorschach", ["9400"], "071"),
        ("Arbon", ["9320"], "071"),
        ("Thun", ["3600"], "033"),
        ("Zug", ["6300"], "041"),
        ("Luzern", ["6006"], "041"),
        ("Rapperswil-Jona", ["8640"], "055"),
        ("Wädenswil", ["8820"], "044"),
        ("Spiez", ["3700"], "033"),
    ],
    "CHfr": [
        ("Genève", ["1207"], "022"),
        ("Lausanne", ["1006"], "021"),
        ("Nyon", ["1260"], "022"),
        ("Morges", ["1110"], "021"),
        ("Neuchâtel", ["2000"], "032"),
        ("Vevey", ["1800"], "021"),
        ("Estavayer-le-Lac", ["1470"], "026"),
    ],
    "CHit": [
        ("Lugano", ["6900"], "091"),
        ("Locarno", ["6600"], "091"),
        ("Ascona", ["6612"], "091"),
        ("Brissago", ["6614"], "091"),
        ("Caslano", ["6987"], "091"),
        ("Muralto", ["6600"], "091"),
    ],
    "FR": [
        ("La Rochelle", ["17000"], "05"),
        ("Saint-Malo", ["35400"], "02"),
        ("Arcachon", ["33120"], "05"),
        ("Brest", ["29200"], "02"),
        ("Toulon", ["83000"], "04"),
        ("Antibes", ["06600"], "04"),
        ("Lorient", ["56100"], "02"),
        ("Les Sables-d'Olonne", ["85100"], "02"),
        ("Sète", ["34200"], "04"),
        ("Annecy", ["74000"], "04"),
    ],
    "IT": [
        ("Genova", ["16128"], "010", "GE"),
        ("La Spezia", ["19121"], "0187", "SP"),
        ("Livorno", ["57123"], "0586", "LI"),
        ("Rimini", ["47921"], "0541", "RN"),
        ("Ancona", ["60121"], "071", "AN"),
        ("Trieste", ["34121"], "040", "TS"),
        ("Sanremo", ["18038"], "0184", "IM"),
        ("Chioggia", ["30015"], "041", "VE"),
        ("Salerno", ["84121"], "089", "SA"),
        ("Desenzano del Garda", ["25015"], "030", "BS"),
        ("Riva del Garda", ["38066"], "0464", "TN"),
    ],
    "GB": [
        ("Falmouth", ["TR11"], "01326"),
        ("Poole", ["BH15"], "01202"),
        ("Lymington", ["SO41"], "01590"),
        ("Portsmouth", ["PO4", "PO1"], "023"),
        ("Plymouth", ["PL1"], "01752"),
        ("Weymouth", ["DT4"], "01305"),
        ("Oban", ["PA34"], "01631"),
        ("Whitby", ["YO21"], "01947"),
        ("Conwy", ["LL32"], "01492"),
        ("Chichester", ["PO19"], "01243"),
        ("Dartmouth", ["TQ6"], "01803"),
    ],
    "US": [
        ("Annapolis", ["21401", "21403"], "410", "MD"),
        ("Charleston", ["29401", "29403"], "843", "SC"),
        ("Newport", ["02840"], "401", "RI"),
        ("Mystic", ["06355"], "860", "CT"),
        ("Sausalito", ["94965"], "415", "CA"),
        ("Portland", ["04101", "04102"], "207", "ME"),
        ("Marblehead", ["01945"], "781", "MA"),
        ("St. Petersburg", ["33701"], "727", "FL"),
        ("Traverse City", ["49684"], "231", "MI"),
    ],
}
WINE = {
    "DE": [
        ("Bernkastel-Kues", ["54470"], "06531"),
        ("Bad Dürkheim", ["67098"], "06322"),
        ("Neustadt an der Weinstraße", ["67433", "67434"], "06321"),
        ("Rüdesheim am Rhein", ["65385"], "06722"),
        ("Cochem", ["56812"], "02671"),
        ("Volkach", ["97332"], "09381"),
        ("Meersburg", ["88709"], "07532"),
        ("Deidesheim", ["67146"], "06326"),
        ("Bacharach", ["55422"], "06743"),
    ],
    "AT": [
        ("Langenlois", ["3550"], "02734"),
        ("Gols", ["7122"], "02173"),
        ("Rust", ["7071"], "02685"),
        ("Leibnitz", ["8430"], "03452"),
        ("Poysdorf", ["2170"], "02552"),
        ("Spitz", ["3620"], "02713"),
        ("Gamlitz", ["8462"], "03453"),
    ],
    "CHde": [
        ("Maienfeld", ["7304"], "081"),
        ("Hallau", ["8215"], "052"),
        ("Stäfa", ["8712"], "044"),
        ("Twann", ["2513"], "032"),
        ("Malans", ["7208"], "081"),
    ],
    "CHfr": [
        ("Lutry", ["1095"], "021"),
        ("Cully", ["1096"], "021"),
        ("Aigle", ["1860"], "024"),
        ("Féchy", ["1173"], "021"),
        ("Auvernier", ["2012"], "032"),
        ("Sierre", ["3960"], "027"),
    ],
    "CHit": [
        ("Mendrisio", ["6850"], "091"),
        ("Stabio", ["6855"], "091"),
        ("Gudo", ["6515"], "091"),
        ("Morcote", ["6922"], "091"),
        ("Sementina", ["6514"], "091"),
    ],
    "FR": [
        ("Beaune", ["21200"], "03"),
        ("Épernay", ["51200"], "03"),
        ("Colmar", ["68000"], "03"),
        ("Saint-Émilion", ["33330"], "05"),
        ("Chablis", ["89800"], "03"),
        ("Riquewihr", ["68340"], "03"),
        ("Cognac", ["16100"], "05"),
        ("Sancerre", ["18300"], "02"),
        ("Libourne", ["33500"], "05"),
    ],
    "IT": [
        ("Alba", ["12051"], "0173", "CN"),
        ("Asti", ["14100"], "0141", "AT"),
        ("Montepulciano", ["53045"], "0578", "SI"),
        ("Conegliano", ["31015"], "0438", "TV"),
        ("Valdobbiadene", ["31049"], "0423", "TV"),
        ("Greve in Chianti", ["50022"], "055", "FI"),
        ("Montalcino", ["53024"], "0577", "SI"),
        ("Canelli", ["14053"], "0141", "AT"),
        ("Soave", ["37038"], "045", "VR"),
    ],
    "GB": [
        ("Lewes", ["BN7"], "01273"),
        ("Canterbury", ["CT1", "CT2"], "01227"),
        ("Dorking", ["RH4", "RH5"], "01306"),
        ("Tenterden", ["TN30"], "01580"),
        ("Pulborough", ["RH20"], "01798"),
        ("Cranbrook", ["TN17"], "01580"),
    ],
    "US": [
        ("Napa", ["94558", "94559"], "707", "CA"),
        ("Sonoma", ["95476"], "707", "CA"),
        ("Healdsburg", ["95448"], "707", "CA"),
        ("Walla Walla", ["99362"], "509", "WA"),
        ("Paso Robles", ["93446"], "805", "CA"),
        ("McMinnville", ["97128"], "503", "OR"),
        ("Charlottesville", ["22902", "22903"], "434", "VA"),
        ("Fredericksburg", ["78624"], "830", "TX"),
    ],
}
CAMPS = {
    "DE": [
        ("Waren (Müritz)", ["17192"], "03991"),
        ("Prien am Chiemsee", ["83209"], "08051"),
        ("Füssen", ["87629"], "08362"),
        ("Titisee-Neustadt", ["79822"], "07651"),
        ("Xanten", ["46509"], "02801"),
        ("Zingst", ["18374"], "038232"),
        ("Cochem", ["56812"], "02671"),
    ],
    "AT": [
        ("Zell am See", ["5700"], "06542"),
        ("Podersdorf am See", ["7141"], "02177"),
        ("Mondsee", ["5310"], "06232"),
        ("Lienz", ["9900"], "04852"),
        ("Seefeld in Tirol", ["6100"], "05212"),
        ("Velden am Wörther See", ["9220"], "04274"),
    ],
    "CHde": [
        ("Interlaken", ["3800"], "033"),
        ("Sarnen", ["6060"], "041"),
        ("Scuol", ["7550"], "081"),
        ("Lauterbrunnen", ["3822"], "033"),
        ("Thun", ["3604"], "033"),
    ],
    "CHfr": [
        ("Le Landeron", ["2525"], "032"),
        ("Estavayer-le-Lac", ["1470"], "026"),
        ("Morges", ["1110"], "021"),
        ("Les Haudères", ["1984"], "027"),
        ("Champex-Lac", ["1938"], "027"),
    ],
    "CHit": [
        ("Tenero", ["6598"], "091"),
        ("Ascona", ["6612"], "091"),
        ("Agno", ["6982"], "091"),
        ("Losone", ["6616"], "091"),
        ("Claro", ["6702"], "091"),
    ],
    "FR": [
        ("Argelès-sur-Mer", ["66700"], "04"),
        ("Biscarrosse", ["40600"], "05"),
        ("Vallon-Pont-d'Arc", ["07150"], "04"),
        ("Gérardmer", ["88400"], "03"),
        ("Carnac", ["56340"], "02"),
        ("Saint-Jean-de-Luz", ["64500"], "05"),
        ("Fréjus", ["83600"], "04"),
        ("Chamonix-Mont-Blanc", ["74400"], "04"),
    ],
    "IT": [
        ("Lazise", ["37017"], "045", "VR"),
        ("Cavallino-Treporti", ["30013"], "041", "VE"),
        ("Peschiera del Garda", ["37019"], "045", "VR"),
        ("Vieste", ["71019"], "0884", "FG"),
        ("Sestri Levante", ["16039"], "0185", "GE"),
        ("Castiglione della Pescaia", ["58043"], "0564", "GR"),
        ("San Michele al Tagliamento", ["30028"], "0431", "VE"),
    ],
    "GB": [
        ("Keswick", ["CA12"], "017687"),
        ("Ambleside", ["LA22"], "015394"),
        ("Newquay", ["TR7", "TR8"], "01637"),
        ("Aviemore", ["PH22"], "01479"),
        ("Fort William", ["PH33"], "01397"),
        ("Tenby", ["SA70"], "01834"),
    ],
    "US": [
        ("Moab", ["84532"], "435", "UT"),
        ("Bozeman", ["59715", "59718"], "406", "MT"),
        ("Flagstaff", ["86001", "86004"], "928", "AZ"),
        ("Estes Park", ["80517"], "970", "CO"),
        ("Asheville", ["28801", "28806"], "828", "NC"),
        ("Bend", ["97701", "97702"], "541", "OR"),
        ("Bar Harbor", ["04609"], "207", "ME"),
    ],
}

STREETS = {
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Gartenstraße",
        "Schulstraße",
        "Lindenstraße",
        "Birkenweg",
        "Am Mühlbach",
        "Goethestraße",
        "Schillerstraße",
        "Kirchgasse",
        "Rosenweg",
        "Ahornweg",
        "Waldstraße",
        "Bergstraße",
        "Mozartstraße",
        "Feldstraße",
        "Ringstraße",
        "Wiesenweg",
        "Uhlandstraße",
        "Am Sonnenhang",
        "Kastanienallee",
        "Blumenstraße",
        "Eichendorffstraße",
        "Brunnenstraße",
        "Auf dem Kamp",
        "Im Winkel",
        "Talstraße",
        "Marktplatz",
        "Mühlenweg",
        "Gutenbergstraße",
        "Parkstraße",
        "Tulpenweg",
        "Friedhofstraße",
    ],
    "AT": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Kirchengasse",
        "Schulgasse",
        "Lindengasse",
        "Wiener Straße",
        "Grazer Straße",
        "Mariahilfer Straße",
        "Favoritenstraße",
        "Thaliastraße",
        "Neubaugasse",
        "Gumpendorfer Straße",
        "Ottakringer Straße",
        "Herrengasse",
        "Annenstraße",
        "Linzer Straße",
        "Salzburger Straße",
        "Dorfstraße",
        "Kellergasse",
        "Am Anger",
        "Feldgasse",
        "Brunnengasse",
        "Quellenstraße",
        "Wagramer Straße",
        "Laxenburger Straße",
        "Sonnenweg",
        "Mühlgasse",
    ],
    "CHde": [
        "Bahnhofstrasse",
        "Dorfstrasse",
        "Hauptstrasse",
        "Kirchweg",
        "Schulhausstrasse",
        "Seestrasse",
        "Rosenweg",
        "Bergstrasse",
        "Gartenstrasse",
        "Feldstrasse",
        "Alte Landstrasse",
        "Oberdorfstrasse",
        "Im Rebberg",
        "Sonnenbergstrasse",
        "Zürcherstrasse",
        "Luzernerstrasse",
        "Birkenweg",
        "Hofackerstrasse",
        "Bachweg",
        "Lindenhofweg",
        "Mattenweg",
        "Weinbergstrasse",
        "Sonnenrain",
        "Ringstrasse",
        "Obere Gasse",
    ],
    "CHfr": [
        "Rue de la Gare",
        "Avenue de la Gare",
        "Chemin des Vignes",
        "Route de Lausanne",
        "Rue du Lac",
        "Avenue de Morges",
        "Chemin du Levant",
        "Rue des Moulins",
        "Place du Marché",
        "Route de Berne",
        "Avenue des Alpes",
        "Rue du Temple",
        "Chemin de la Forêt",
        "Rue de Bourg",
        "Chemin des Pâquerettes",
        "Rue du Collège",
        "Avenue de France",
        "Chemin du Couchant",
        "Rue de l'Industrie",
    ],
    "CHit": [
        "Via Cantonale",
        "Via San Gottardo",
        "Via Nassa",
        "Via Motta",
        "Via Lugano",
        "Via Cattori",
        "Via Pretorio",
        "Via Ciseri",
        "Via dei Faggi",
        "Via Ronchetto",
        "Via al Lido",
        "Via Brentani",
        "Via Vela",
        "Via Stazione",
        "Via Municipio",
        "Via ai Grotti",
        "Via Vignola",
        "Via Serafino Balestra",
    ],
    "FR": [
        "rue de la République",
        "rue Victor Hugo",
        "avenue Jean Jaurès",
        "boulevard Pasteur",
        "rue des Lilas",
        "allée des Tilleuls",
        "impasse des Rosiers",
        "rue du Moulin",
        "chemin des Vignes",
        "place de l'Église",
        "rue Gambetta",
        "avenue de la Libération",
        "rue Jules Ferry",
        "rue du Port",
        "quai des Pêcheurs",
        "rue Émile Zola",
        "rue de la Paix",
        "rue des Écoles",
        "avenue du Général Leclerc",
        "rue des Acacias",
        "rue du Château",
        "rue Jean Moulin",
        "boulevard de la Liberté",
        "rue des Jardins",
    ],
    "IT": [
        "Via Roma",
        "Via Garibaldi",
        "Via Mazzini",
        "Corso Vittorio Emanuele II",
        "Via Cavour",
        "Via Verdi",
        "Piazza della Repubblica",
        "Via dei Mille",
        "Viale Europa",
        "Via Manzoni",
        "Via XX Settembre",
        "Via San Francesco",
        "Via Dante Alighieri",
        "Via Marconi",
        "Via delle Vigne",
        "Via del Porto",
        "Via Matteotti",
        "Viale Trieste",
        "Via Leopardi",
        "Via Po",
        "Via Gramsci",
        "Via della Libertà",
        "Via Carducci",
        "Via dei Tigli",
    ],
    "GB": [
        "High Street",
        "Station Road",
        "Church Lane",
        "Victoria Road",
        "Mill Lane",
        "Park Avenue",
        "Queen's Road",
        "Kings Road",
        "Grove Road",
        "The Crescent",
        "Harbour View",
        "Manor Close",
        "Orchard Way",
        "Elm Grove",
        "St Mary's Road",
        "Albert Street",
        "London Road",
        "North Street",
        "Chapel Street",
        "Marine Parade",
        "Beech Avenue",
        "Windsor Terrace",
        "Westfield Road",
        "Meadow Lane",
    ],
    "US": [
        "Main Street",
        "Oak Street",
        "Maple Avenue",
        "Pine Street",
        "Cedar Lane",
        "Elm Street",
        "Washington Avenue",
        "Lake Street",
        "Hillside Drive",
        "River Road",
        "Chestnut Street",
        "Walnut Street",
        "Spring Street",
        "Highland Avenue",
        "Lincoln Avenue",
        "Jefferson Street",
        "Harbor Drive",
        "Vine Street",
        "Willow Lane",
        "Prospect Avenue",
        "Sycamore Court",
        "Ridge Road",
        "Franklin Street",
    ],
}
GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
US_ABBR = {"Street": "St", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr", "Road": "Rd", "Court": "Ct"}

# ---------------------------------------------------------------------------------------------------------------
# Names: Faker person-provider lists (sorted, shape-filtered) plus lists written here
# ---------------------------------------------------------------------------------------------------------------


def name_ok(n: str) -> bool:
    if len(n) < 2 or not n[0].isupper() or not n[0].isalpha():
        return False
    for i, ch in enumerate(n):
        if ch in "-'":
            continue
        if not ch.isalpha() or not unicodedata.name(ch, "").startswith("LATIN"):
            return False
        if i > 0 and ch.isupper() and n[i - 1] not in "-'":
            return False
    return not n.endswith(("-", "'")) and "--" not in n and "-'" not in n


def _clean(vals: object) -> list[str]:
    if isinstance(vals, dict):
        vals = list(vals.keys())
    out = {v for v in vals if isinstance(v, str) and name_ok(v)}  # type: ignore[union-attr]
    return sorted({v[:2] + v[2].upper() + v[3:] if v.startswith("Mc") and len(v) > 3 else v for v in out})


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _faker(loc: str) -> dict:
    prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
    d = prov.__dict__
    fm = _clean(d.get("first_names_male") or d.get("first_names") or ())
    ff = _clean(d.get("first_names_female") or d.get("first_names") or ())
    if loc == "pl_PL":
        lm = _clean(d.get("male_last_names", ()))
        return {"fm": fm, "ff": ff, "lm": lm, "lf": None, "fem": "pl"}
    if loc in ("cs_CZ", "sk_SK"):
        return {"fm": fm, "ff": ff, "lm": _clean(d.get("last_names_male", ())), "lf": None, "fem": "cs"}
    if loc == "vi_VN":
        fm = sorted({strip_accents(x).replace("Đ", "D").replace("đ", "d") for x in fm} | {"Minh", "Tuan", "Duc"})
        ff = sorted({strip_accents(x).replace("Đ", "D").replace("đ", "d") for x in ff} | {"Linh", "Thu", "Mai"})
        ln = sorted({strip_accents(x).replace("Đ", "D").replace("đ", "d") for x in _clean(d.get("last_names", ()))})
        return {"fm": [x for x in fm if name_ok(x)], "ff": [x for x in ff if name_ok(x)], "lm": ln, "lf": None}
    return {"fm": fm, "ff": ff, "lm": _clean(d.get("last_names", ())), "lf": None}


def _hand(fm: str, ff: str, lm: str, lf: str | None = None) -> dict:
    return {"fm": fm.split(), "ff": ff.split(), "lm": lm.split(), "lf": lf.split() if lf else None}


HAND = {
    "sq": _hand(
        "Arben Blerim Driton Fatmir Valon Besnik Agon Liridon Ilir Arianit Bekim Shkelzen Labinot Gentian Endrit",
        "Arta Blerta Drita Fjolla Vjosa Albulena Arlinda Teuta Mimoza Valbona Lirije Qendresa Elira Dafina",
        "Krasniqi Berisha Gashi Hoxha Morina Shala Bytyqi Kastrati Rexhepi Hasani Zeqiri Ahmeti Salihu Musliu "
        "Hyseni Kelmendi Thaqi Osmani Sejdiu Avdiu",
    ),
    "ta": _hand(
        "Tharshan Kajan Nirosan Pirasanth Sutharsan Kirushanth Mathivathanan Rajeevan Sivaruban Thuvarakan",
        "Sinthuja Thivya Kowsalya Mathumitha Tharani Abirami Nivetha Sharmila Vithusha Keerthana",
        "Sivakumar Thavarajah Kanagaratnam Selvarajah Yogarajah Balachandran Shanmugam Jeyakumar Paramanathan "
        "Ratnasingam Navaratnam Arumugam",
    ),
    "ti": _hand(
        "Yonas Dawit Tesfay Mehari Filmon Habtom Biniam Yohannes Semere Kibrom Robel Natnael",
        "Senait Selam Luwam Helen Saba Winta Freweini Ruta Yordanos Hiwet Merhawit Eden",
        "Tesfamariam Ghebremedhin Haile Kidane Woldemichael Berhane Abraha Tekle Ghebreyesus Habte Asfaha Mehreteab",
    ),
    "ar": _hand(
        "Ahmad Mohammed Omar Khaled Yusuf Samer Rami Bilal Tarek Karim Hamza Mustafa Anas Jamal Walid",
        "Fatima Aisha Layla Rania Nour Huda Zainab Amira Yasmin Salma Hiba Dalia Lina Maryam",
        "Haddad Khalil Nasser Hamdan Rahimi Ahmadzai Sultani Karimi Mansour Darwish Saleh Hussaini Qasemi Abboud "
        "Haidari Suleiman Barakat Jaber",
    ),
    "uk": _hand(
        "Oleksandr Dmytro Andrii Serhii Mykola Bohdan Taras Volodymyr Yurii Maksym Vitalii Roman",
        "Olena Iryna Kateryna Oksana Yuliia Nataliia Tetiana Svitlana Halyna Anastasiia Viktoriia Daryna",
        "Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Oliinyk Polishchuk Savchenko Lysenko "
        "Marchenko Rudenko Moroz Kovalchuk Hnatiuk",
    ),
    "zh": _hand(
        "Wei Hao Jun Yifan Xiaoming Zhiwei Tao Lei Jian Bo",
        "Jing Mei Xin Yan Xiaohui Lihua Ying Yuqing Min Shuang",
        "Wang Zhang Chen Liu Zhao Huang Zhou Yang Xu Sun Lin Guo Luo",
    ),
    "el": _hand(
        "Georgios Dimitrios Konstantinos Nikolaos Ioannis Christos Panagiotis Vasilis Stavros Thanos",
        "Maria Eleni Katerina Sofia Georgia Dimitra Vasiliki Anastasia Despina Chrysa",
        "Papadopoulos Georgiou Nikolaidis Papadakis Vlachos Alexiou Karagiannis Oikonomou Dimitriou Makris",
        "Papadopoulou Georgiou Nikolaidou Papadaki Vlachou Alexiou Karagianni Oikonomou Dimitriou Makri",
    ),
    "sr": _hand(
        "Nikola Marko Stefan Milan Dragan Nenad Emir Amar Haris Adnan Dejan Zoran",
        "Jelena Milica Ana Dragana Snežana Amra Lejla Aida Selma Ivana Marija Jovana",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Hodžić Begić Mehmedović Hadžić Kovačević "
        "Ilić Pavlović Delić Mujić",
    ),
    "ko": _hand(
        "Min-jun Seo-jun Ji-ho Hyun-woo Jae-won Dong-hyun Sung-min",
        "Ji-woo Seo-yeon Min-seo Ha-eun Soo-ah Ji-min Hye-jin",
        "Kim Park Choi Jung Kang Yoon Jang Lim Han Shin Cho",
    ),
    "fil": _hand(
        "Jose Mark Carlo Paolo Rommel Jerome Ramil Joel Arnel Jericho",
        "Maricel Rowena Jocelyn Maribel Cristina Rhea Joy Lovely Arlene Princess",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Dimaculangan Villanueva Aquino Ramos Castillo Navarro "
        "Tolentino",
    ),
    "ru": _hand(
        "Alexander Dmitri Sergej Andrej Viktor Eugen Waldemar Artur Maxim Juri",
        "Olga Irina Natalia Swetlana Tatjana Jelena Ljudmila Anastasia Oksana Valentina",
        "Schmidt Becker Wagner Neumann Iwanow Petrow Kuznezow Smirnow Popow Sokolow",
        "Schmidt Becker Wagner Neumann Iwanowa Petrowa Kuznezowa Smirnowa Popowa Sokolowa",
    ),
    # Swiss German, Romand and Ticinese surnames
    "chde_ln": _hand(
        "",
        "",
        "Bachmann Brunner Graf Gerber Bühler Wyss Kälin Zbinden Rüegg Egli Hürlimann Aebischer Schürch Zürcher "
        "Baumgartner Stucki Roth Frei Bosshard Iseli Tanner Wüthrich Amstutz Blaser Fankhauser Hess Meier Steiner "
        "Bärtschi Lüthi Zumstein Gisler Imhof Odermatt Schnyder Stalder Marti Flückiger Moser Berger Suter",
    ),
    "chfr_ln": _hand(
        "",
        "",
        "Rochat Favre Pittet Vuilleumier Jaquet Cuénod Chappuis Monnier Rossier Dubois Perrin Bovet Jaccard Golay "
        "Mottier Pasche Cretegny Gaillard Bonvin Savioz Michellod Rey Dupasquier Clerc Bugnon Morand Ducrest "
        "Guignard Besson Jotterand Matthey Nicolet",
    ),
    "chit_ln": _hand(
        "",
        "",
        "Bernasconi Bianchi Rusconi Pedrazzini Lepori Cattaneo Fontana Gianella Bonetti Cereghetti Galli Guidotti "
        "Induni Lurati Maggi Monti Mombelli Pedrini Pelli Quadri Rezzonico Solari Tognola Vassalli Zanetti Balestra "
        "Albertini Cavadini Ferrari Soldati",
    ),
    "at_extra_fn": _hand(
        "Florian Lukas Stefan Matthias Dominik Bernhard Markus Thomas Christoph Wolfgang Andreas Gernot Herbert",
        "Katharina Julia Lisa Sabine Elisabeth Theresa Barbara Andrea Birgit Claudia Veronika Gerlinde Christina",
        "",
    ),
}

CHILD_FN = {
    "de": (
        "Noah Leon Paul Elias Finn Ben Luis Felix Jonas Matteo Theo Emil Anton Henry Jakob Leo Mats Milan",
        "Emma Mia Hannah Sofia Lina Ella Leni Mila Clara Lea Ida Marie Frieda Nele Lotta Amelie Lia Romy",
    ),
    "fr": (
        "Gabriel Raphaël Léo Louis Maël Noah Jules Arthur Adam Lucas Hugo Sacha Gabin Nathan Tom Timéo",
        "Jade Louise Emma Alice Ambre Lina Rose Chloé Léa Mila Anna Inès Julia Zoé Romane Manon Lou",
    ),
    "it": (
        "Leonardo Francesco Tommaso Edoardo Alessandro Lorenzo Mattia Gabriele Riccardo Andrea Diego Nicolò",
        "Sofia Aurora Giulia Ginevra Vittoria Beatrice Alice Ludovica Emma Matilde Chiara Martina Greta",
    ),
    "en": (
        "Noah Oliver George Arthur Leo Harry Oscar Theo Freddie Jack Charlie Liam James Mateo Elijah Lucas",
        "Olivia Amelia Isla Ava Lily Freya Ivy Florence Poppy Charlotte Emma Sophia Mia Harper Evelyn Nora",
    ),
}
for _k, (_m, _f) in CHILD_FN.items():
    CHILD_FN[_k] = (_m.split(), _f.split())  # type: ignore[assignment]

# Special names: ordinary-word surnames, particles, invented surnames, rare first names
WORD_LN = {
    "de": "Sommer Vogel Fuchs Winter Schuster Hase Adler Stern Kranich Lerche Nebel Regen Blume Fink Specht "
    "Storch Kraft Morgenroth Himmel Sonntag Hirsch Taube Kuckuck Rabe".split(),
    "fr": "Petit Renard Leblanc Rossignol Lapin Bonheur Printemps Chevalier Loiseau Boulanger Marchand Lebrun "
    "Fontaine Rivière Bonnet Lion Merle Pinson".split(),
    "it": "Gallo Volpe Neve Fiore Passero Campana Leone Lupo Colombo Pace Sole Cavallo Bosco Riva Monte "
    "Barca Gatto Martello".split(),
    "en": "Frost Stone Swan Church Friend Young Fox Bird Hart Rivers Field Marsh Banks Brook Wood Hill Bell "
    "Summers Snow Lamb".split(),
}
WORD_FN = {
    "de": ("Ernst Frank Wolf Veit Kuno", "Linde Rosa Heide Birke Erika"),
    "fr": ("Aimé Désiré Modeste Fidèle Innocent", "Blanche Prudence Constance Victoire Rose"),
    "it": ("Felice Primo Fortunato Benvenuto Celeste", "Speranza Gioia Serena Bianca Stella"),
    "en": ("Will Rusty Sonny Chip Forrest", "Hope Grace June Joy Faith Holly Dawn Ivy"),
}
PARTICLE_LN = {
    "DE": "von Trotha|von der Lühe|vom Bruch|zur Mühlen|ter Haar|van Laak|von Rohr|von Stein|zu Putlitz|"
    "von der Heide|op den Kamp".split("|"),
    "AT": "von Rohr|Edler von Rainer|von Trapp-Lindner|zu Windisch|von der Thannen|ter Haar".split("|"),
    "CHde": "von Gunten|von Allmen|von Wyl|von Niederhäusern|von Büren|auf der Mauer|in der Smitten|von Moos".split(
        "|"
    ),
    "CHfr": "de Rham|de Meuron|de Senarclens|du Bois|de la Harpe|de Coulon|de Blonay|de Montet".split("|"),
    "CHit": "Dalla Costa|Della Torre|Dell'Era|de Stoppani|Lo Russo|Di Pietro".split("|"),
    "FR": "Le Goff|Le Guen|du Plessis|d'Aubigny|de Villiers|Le Bris|de la Motte|d'Hennezel|Le Corre".split("|"),
    "IT": "Dal Lago|Della Torre|Dell'Anna|Lo Presti|La Rosa|Di Stefano|De Luca|Lo Cascio|Li Greci|D'Angelo".split("|"),
    "GB": "O'Brien|O'Donnell|MacLeod|MacKinnon|St. James|ap Hywel|O'Sullivan|Fitz-Simon".split("|"),
    "US": "O'Connell|De Jesus|Del Rio|Van Wyk|De La Vega|St. Pierre|MacAllister|Van Ness".split("|"),
}
PARTICLES = {
    "von",
    "der",
    "vom",
    "zur",
    "zu",
    "zum",
    "ter",
    "van",
    "op",
    "den",
    "auf",
    "in",
    "de",
    "du",
    "la",
    "le",
    "d",
    "Le",
    "De",
    "Di",
    "Dal",
    "Della",
    "Dell",
    "Lo",
    "La",
    "Li",
    "Del",
    "St",
    "ap",
    "Van",
    "O",
    "Edler",
    "dos",
    "da",
    "Dalla",
    "Mac",
}
INVENTED = {
    "de": (
        "Brunn Tann Hoch Eck Lind Moos Kalt Rot Grub Wies Zell Ried Haslach".split(),
        "huber reiter leitner bichler wieser egger stätter mayr hofer mooser lechner".split(),
    ),
    "fr": (
        "Gruil Darel Vaul Brév Chau Morv Pell Tass Quin Roch".split(),
        "lard laz ardier iet eux ond ot ennec".split(),
    ),
    "it": ("Scar Friz Pist Cal Bren Tor Marz Ven Gual Fac".split(), "uzzi zoni ello asco otti ini ardi occhi".split()),
    "en": (
        "Caul Marl Bright Ash Thorn Brad Wex Hollin Cran Pem".split(),
        "bury hurst wick stow thwaite combe ley".split(),
    ),
}
RARE_FN = {
    "de": (
        "Wendelin Quirin Leodegar Pankraz Eberhard Gottlob Meinrad",
        "Kunigunde Notburga Walburga Adelheid Irmtraud",
    ),
    "fr": ("Clovis Gontran Eudes Anselme Théophile Aristide", "Philomène Aldegonde Bérénice Eulalie Clothilde"),
    "it": ("Ermenegildo Venanzio Nazzareno Pancrazio Eusebio", "Gelsomina Filomena Assunta Addolorata Crocifissa"),
    "en": ("Peregrine Thaddeus Cuthbert Ambrose Lancelot", "Tamsin Araminta Ottoline Clementine Philippa"),
}
NICK = {
    "Stefanie": "Steffi",
    "Josef": "Sepp",
    "Jakob": "Köbi",
    "Verena": "Vreni",
    "Sebastian": "Basti",
    "Katharina": "Kathi",
    "Christian": "Chris",
    "Alexander": "Alex",
    "Andreas": "Andi",
    "Thomas": "Tom",
    "Michael": "Michi",
    "Matthias": "Hias",
    "Franziska": "Franzi",
    "Johannes": "Hannes",
    "Emmanuel": "Manu",
    "Véronique": "Véro",
    "Françoise": "Fanfan",
    "Nathalie": "Nat",
    "Giuseppe": "Beppe",
    "Domenico": "Mimmo",
    "Salvatore": "Totò",
    "Francesca": "Fra",
    "Alessandro": "Ale",
    "Robert": "Bob",
    "Rebecca": "Becky",
    "Alfred": "Alfie",
    "William": "Bill",
    "Elizabeth": "Liz",
    "Patricia": "Trish",
    "Margaret": "Maggie",
    "Christopher": "Chris",
    "Daniel": "Dani",
    "Nicolas": "Nico",
    "Benjamin": "Ben",
    "Susanne": "Susi",
    "Wolfgang": "Wolfi",
    "Barbara": "Babsi",
    "Elisabeth": "Lisi",
    "Gabriele": "Gabi",
}

FAKER_LOCS = [
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
    "es_ES",
    "es_MX",
    "ro_RO",
    "hu_HU",
    "cs_CZ",
    "sk_SK",
    "en_IN",
    "en_IE",
    "sl_SI",
    "vi_VN",
    "yo_NG",
]
NAMES: dict[str, dict] = {}


def load_names() -> None:
    if NAMES:
        return
    for loc in FAKER_LOCS:
        NAMES[loc] = _faker(loc)
    for k, v in HAND.items():
        NAMES[k] = v
    # regional composites
    at = NAMES["de_AT"]
    de = NAMES["de_DE"]
    NAMES["AT"] = {
        "fm": sorted(set(at["fm"]) | set(HAND["at_extra_fn"]["fm"])),
        "ff": sorted(set(at["ff"]) | set(HAND["at_extra_fn"]["ff"])),
        "fm2": de["fm"],
        "ff2": de["ff"],
        "lm": at["lm"],
        "lf": None,
    }
    NAMES["DE"] = {"fm": de["fm"], "ff": de["ff"], "lm": de["lm"], "lf": None}
    ch = NAMES["de_CH"]
    NAMES["CHde"] = {
        "fm": ch["fm"],
        "ff": ch["ff"],
        "lm": sorted(set(ch["lm"]) | set(HAND["chde_ln"]["lm"])),
        "lf": None,
    }
    fc, ff_ = NAMES["fr_CH"], NAMES["fr_FR"]
    NAMES["CHfr"] = {
        "fm": sorted(set(fc["fm"]) | set(ff_["fm"])),
        "ff": sorted(set(fc["ff"]) | set(ff_["ff"])),
        "lm": sorted(set(fc["lm"]) | set(HAND["chfr_ln"]["lm"])),
        "lf": None,
    }
    NAMES["FR"] = {"fm": ff_["fm"], "ff": ff_["ff"], "lm": ff_["lm"], "lf": None}
    it = NAMES["it_IT"]
    NAMES["IT"] = {"fm": it["fm"], "ff": it["ff"], "lm": it["lm"], "lf": None}
    NAMES["CHit"] = {"fm": it["fm"], "ff": it["ff"], "lm": HAND["chit_ln"]["lm"], "lm2": it["lm"], "lf": None}
    NAMES["GB"] = {k: NAMES["en_GB"][k] for k in ("fm", "ff", "lm", "lf")}
    NAMES["US"] = {k: NAMES["en_US"][k] for k in ("fm", "ff", "lm", "lf")}


# community name sources per region (weights)
COMMUNITY = {
    "DE": [
        ("tr_TR", 6),
        ("pl_PL", 4),
        ("hr_HR", 2),
        ("ar", 3),
        ("uk", 2),
        ("it_IT", 2),
        ("el", 2),
        ("ru", 3),
        ("vi_VN", 1),
        ("pt_PT", 1),
        ("sq", 1),
        ("ro_RO", 1),
        ("sr", 1),
    ],
    "AT": [
        ("tr_TR", 4),
        ("hr_HR", 3),
        ("sr", 3),
        ("pl_PL", 2),
        ("ro_RO", 2),
        ("hu_HU", 2),
        ("sq", 1),
        ("ar", 2),
        ("cs_CZ", 1),
        ("sk_SK", 1),
        ("sl_SI", 1),
        ("uk", 1),
    ],
    "CHde": [
        ("pt_PT", 3),
        ("sq", 4),
        ("it_IT", 3),
        ("es_ES", 1),
        ("tr_TR", 2),
        ("hr_HR", 1),
        ("ta", 2),
        ("ti", 2),
        ("sr", 2),
        ("de_DE", 3),
        ("uk", 1),
    ],
    "CHfr": [
        ("pt_PT", 5),
        ("sq", 3),
        ("it_IT", 2),
        ("es_ES", 2),
        ("ar", 2),
        ("ta", 1),
        ("ti", 2),
        ("fr_FR", 3),
        ("yo_NG", 1),
        ("sr", 1),
    ],
    "CHit": [("pt_PT", 3), ("sq", 3), ("de_CH", 2), ("sr", 2), ("hr_HR", 1), ("es_ES", 1), ("ti", 1), ("uk", 1)],
    "FR": [
        ("pt_PT", 4),
        ("es_ES", 2),
        ("it_IT", 2),
        ("ar", 5),
        ("yo_NG", 2),
        ("vi_VN", 1),
        ("pl_PL", 1),
        ("tr_TR", 1),
        ("zh", 1),
    ],
    "IT": [("ro_RO", 4), ("sq", 4), ("ar", 3), ("uk", 2), ("zh", 2), ("es_MX", 1), ("pl_PL", 1), ("fil", 2), ("ta", 1)],
    "GB": [("en_IN", 5), ("pl_PL", 3), ("en_IE", 3), ("ro_RO", 2), ("pt_PT", 1), ("yo_NG", 2), ("zh", 1), ("ar", 1)],
    "US": [
        ("es_MX", 6),
        ("vi_VN", 2),
        ("zh", 2),
        ("ko", 2),
        ("en_IN", 2),
        ("pl_PL", 1),
        ("it_IT", 1),
        ("fil", 2),
        ("en_IE", 1),
    ],
}
REGION_LANG = {
    "DE": "de",
    "AT": "de",
    "CHde": "de",
    "CHfr": "fr",
    "CHit": "it",
    "FR": "fr",
    "IT": "it",
    "GB": "en",
    "US": "en",
}


def feminine(last: str, fem: str | None) -> str:
    if fem == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                return last[: -len(a)] + b
        return last
    if fem == "cs":
        if last.endswith("ý"):
            return last[:-1] + "á"
        if last.endswith("ek"):
            return last[:-2] + "ková"
        if last.endswith("ec"):
            return last[:-2] + "cová"
        if last.endswith(("a", "e")):
            return last[:-1] + "ová"
        return last + "ová"
    return last


def wchoice(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


class Person:
    def __init__(self, first: str, last: str, g: str, src: str, fam: str | None = None, fem: str | None = None):
        self.first = first
        self.last = last
        self.g = g
        self.src = src
        self.fam = fam or last  # family stem (male form for gendered surnames)
        self.fem = fem
        self.dob: dt.date | None = None
        self.email: str | None = None
        self.mobile: str | None = None
        self.addr: Addr | None = None
        self.nick: str | None = NICK.get(first)

    # --- name renderings, marked as PERSON ---
    def initials(self) -> str:
        parts = self.first.split("-")
        if len(parts) > 1:
            return "-".join(p[0] + "." for p in parts)
        return self.first[0] + "."

    def as_(self, style: str) -> str:
        f, s = self.first, self.last
        v = {
            "full": f"{f} {s}",
            "lastfirst": f"{s}, {f}",
            "LASTfirst": f"{s.upper()} {f}",
            "LAST,first": f"{s.upper()}, {f}",
            "last first": f"{s} {f}",
            "init": f"{self.initials()} {s}",
            "firstinit": f"{f} {s[0]}.",
            "upper": f"{f} {s}".upper(),
            "first": f,
            "last": s,
            "nick": self.nick or f,
        }[style]
        return mk("PERSON", v)

    def full(self) -> str:
        return self.as_("full")


# ---------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "de_abbr": "Jan. Feb. Mrz. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.".split(),
    "at_abbr": "Jän. Feb. Mrz. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "fr_abbr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "it_abbr": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "en": "January February March April May June July August September October November December".split(),
    "en_abbr": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
WEEKDAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}


def ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fmt_date(d: dt.date, shape: str, reg: str = "DE") -> str:
    at = reg == "AT"
    D, M, Y = d.day, d.month, d.year
    m0 = M - 1
    if shape == "dmy_dot":
        return f"{D:02d}.{M:02d}.{Y}"
    if shape == "dmy_dot_nopad":
        return f"{D}.{M}.{Y}"
    if shape == "dmy_dot_yy":
        return f"{D:02d}.{M:02d}.{Y % 100:02d}"
    if shape == "dmy_dot_sp":
        return f"{D:02d}. {M:02d}. {Y}"
    if shape == "iso":
        return d.isoformat()
    if shape == "de_long":
        return f"{D}. {MONTHS['at' if at else 'de'][m0]} {Y}"
    if shape == "de_long0":
        return f"{D:02d}. {MONTHS['at' if at else 'de'][m0]} {Y}"
    if shape == "de_long_nosp":
        return f"{D}.{MONTHS['at' if at else 'de'][m0]} {Y}"
    if shape == "de_abbr":
        return f"{D}. {MONTHS['at_abbr' if at else 'de_abbr'][m0]} {Y}"
    if shape == "roman":
        return f"{D}.{ROMAN[m0]}.{Y}"
    if shape == "dmy_slash":
        return f"{D:02d}/{M:02d}/{Y}"
    if shape == "dmy_slash_yy":
        return f"{D:02d}/{M:02d}/{Y % 100:02d}"
    if shape == "dmy_slash_nopad":
        return f"{D}/{M}/{Y}"
    if shape == "dmy_dash":
        return f"{D:02d}-{M:02d}-{Y}"
    if shape == "dmy_space":
        return f"{D:02d} {M:02d} {Y}"
    if shape == "fr_long":
        return f"{'1er' if D == 1 else D} {MONTHS['fr'][m0]} {Y}"
    if shape == "fr_long_up":
        return f"{'1ER' if D == 1 else D} {MONTHS['fr'][m0].upper()} {Y}"
    if shape == "fr_abbr":
        return f"{D} {MONTHS['fr_abbr'][m0]} {Y}"
    if shape == "it_long":
        return f"{'1°' if D == 1 else D} {MONTHS['it'][m0]} {Y}"
    if shape == "it_long_up":
        return f"{D} {MONTHS['it'][m0].upper()} {Y}"
    if shape == "it_abbr":
        return f"{D} {MONTHS['it_abbr'][m0]} {Y}"
    if shape == "en_long":
        return f"{D} {MONTHS['en'][m0]} {Y}"
    if shape == "en_th":
        return f"{ordinal_en(D)} {MONTHS['en'][m0]} {Y}"
    if shape == "en_th_of":
        return f"{ordinal_en(D)} of {MONTHS['en'][m0]} {Y}"
    if shape == "en_abbr":
        return f"{D} {MONTHS['en_abbr'][m0]} {Y}"
    if shape == "en_abbr_up":
        return f"{D:02d} {MONTHS['en_abbr'][m0].upper()} {Y}"
    if shape == "en_dash_up":
        return f"{D:02d}-{MONTHS['en_abbr'][m0].upper()}-{Y}"
    if shape == "mdy_slash":
        return f"{M:02d}/{D:02d}/{Y}"
    if shape == "mdy_slash_nopad":
        return f"{M}/{D}/{Y}"
    if shape == "mdy_yy":
        return f"{M}/{D}/{Y % 100:02d}"
    if shape == "us_long":
        return f"{MONTHS['en'][m0]} {D}, {Y}"
    if shape == "us_abbr":
        return f"{MONTHS['en_abbr'][m0]} {D}, {Y}"
    if shape == "us_abbr_dot":
        ab = MONTHS["en_abbr"][m0]
        return f"{ab if ab == 'May' else ab + '.'} {D}, {Y}"
    if shape == "us_th":
        return f"{MONTHS['en'][m0]} {ordinal_en(D)}, {Y}"
    if shape == "mdy_dash":
        return f"{M:02d}-{D:02d}-{Y}"
    raise ValueError(shape)


DOB_SHAPES = {
    "DE": [
        ("dmy_dot", 10),
        ("dmy_dot_nopad", 2),
        ("dmy_dot_yy", 1),
        ("dmy_dot_sp", 1),
        ("iso", 1),
        ("de_long", 2),
        ("de_long0", 1),
        ("de_long_nosp", 1),
        ("de_abbr", 1),
        ("roman", 1),
    ],
    "AT": [
        ("dmy_dot", 10),
        ("dmy_dot_nopad", 2),
        ("dmy_dot_yy", 1),
        ("iso", 1),
        ("de_long", 3),
        ("de_abbr", 1),
        ("dmy_slash", 1),
        ("roman", 1),
    ],
    "CHde": [("dmy_dot", 12), ("dmy_dot_nopad", 2), ("dmy_dot_yy", 1), ("iso", 1), ("de_long", 2), ("de_long_nosp", 1)],
    "FR": [
        ("dmy_slash", 10),
        ("fr_long", 3),
        ("fr_long_up", 1),
        ("fr_abbr", 1),
        ("dmy_slash_yy", 1),
        ("dmy_dash", 1),
        ("dmy_space", 1),
        ("iso", 1),
    ],
    "CHfr": [("dmy_dot", 7), ("dmy_slash", 5), ("fr_long", 3), ("fr_abbr", 1), ("dmy_dash", 1)],
    "IT": [
        ("dmy_slash", 10),
        ("it_long", 3),
        ("it_long_up", 1),
        ("it_abbr", 1),
        ("dmy_dash", 1),
        ("dmy_slash_nopad", 1),
        ("dmy_dot", 1),
    ],
    "CHit": [("dmy_dot", 7), ("dmy_slash", 5), ("it_long", 3), ("it_abbr", 1), ("dmy_slash_nopad", 1)],
    "GB": [
        ("dmy_slash", 8),
        ("en_long", 3),
        ("en_th", 2),
        ("en_th_of", 1),
        ("en_abbr", 2),
        ("en_abbr_up", 1),
        ("en_dash_up", 1),
        ("iso", 1),
    ],
    "US": [
        ("mdy_slash", 8),
        ("mdy_slash_nopad", 3),
        ("mdy_yy", 1),
        ("us_long", 3),
        ("us_abbr", 2),
        ("us_abbr_dot", 1),
        ("us_th", 1),
        ("mdy_dash", 1),
    ],
}
PLAIN_SHAPES = {
    "DE": ["dmy_dot"],
    "AT": ["dmy_dot"],
    "CHde": ["dmy_dot"],
    "FR": ["dmy_slash"],
    "CHfr": ["dmy_dot", "dmy_slash"],
    "IT": ["dmy_slash"],
    "CHit": ["dmy_dot", "dmy_slash"],
    "GB": ["dmy_slash", "en_long"],
    "US": ["mdy_slash", "us_abbr"],
}

# ---------------------------------------------------------------------------------------------------------------
# IBAN / AHV / cards / IPs
# ---------------------------------------------------------------------------------------------------------------


def _mod97(s: str) -> int:
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_make(cc: str, bban: str) -> str:
    chk = 98 - _mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return len(s) >= 15 and _mod97(s[4:] + s[:4]) == 1


def rib_key(bank: str, guichet: str, account: str) -> str:
    return f"{97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97):02d}"


CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(abi: str, cab: str, acct: str) -> str:
    s = (abi + cab + acct).upper()
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def rdig(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def make_iban(r: random.Random, cc: str) -> str:
    if cc == "DE":
        blz = r.choice(
            [
                "10010010",
                "37040044",
                "50010517",
                "70150000",
                "12030000",
                "43060967",
                "20050550",
                "76050101",
                "60050101",
                "86055592",
                "50050201",
                "30050110",
                "67250020",
            ]
        )
        return iban_make("DE", blz + rdig(r, 10))
    if cc == "AT":
        return iban_make("AT", r.choice(["20111", "12000", "14000", "32000", "60000", "38000", "20404"]) + rdig(r, 11))
    if cc == "CH":
        return iban_make(
            "CH", r.choice(["00230", "00700", "09000", "80808", "00235", "00767", "00762", "08390"]) + rdig(r, 12)
        )
    if cc == "LI":
        return iban_make("LI", r.choice(["08800", "08810", "08802"]) + rdig(r, 12))
    if cc == "FR":
        bank = r.choice(["30004", "30003", "20041", "30002", "10278", "16606", "17515", "18206"])
        gu, ac = rdig(r, 5), rdig(r, 11)
        return iban_make("FR", bank + gu + ac + rib_key(bank, gu, ac))
    if cc == "IT":
        abi = r.choice(["03069", "02008", "05034", "01030", "05696", "03111", "08327"])
        cab, ac = rdig(r, 5), rdig(r, 12)
        return iban_make("IT", cin(abi, cab, ac) + abi + cab + ac)
    if cc == "GB":
        return iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA"]) + rdig(r, 14))
    if cc == "LU":
        return iban_make("LU", r.choice(["001", "002", "003", "019"]) + rdig(r, 13))
    if cc == "NL":
        return iban_make("NL", r.choice(["INGB", "RABO", "ABNA", "TRIO"]) + rdig(r, 10))
    if cc == "BE":
        a = rdig(r, 10)
        k = int(a) % 97 or 97
        return iban_make("BE", a + f"{k:02d}")
    raise ValueError(cc)


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def ahv(r: random.Random) -> str:
    d = "756" + rdig(r, 9)
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    full = d + str((10 - tot % 10) % 10)
    return full


def ahv_ok(s: str) -> bool:
    d = s.replace(".", "")
    if len(d) != 13 or not d.startswith("756") or not d.isdigit():
        return False
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
    return (10 - tot % 10) % 10 == int(d[12])


def luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card(r: random.Random) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex"])
    if kind == "visa":
        body, n = "4" + rdig(r, 5), 16
    elif kind == "mc":
        body, n = str(r.randint(51, 55)) + rdig(r, 4), 16
    elif kind == "mc2":
        body, n = str(r.randint(2221, 2720)) + rdig(r, 2), 16
    else:
        body, n = r.choice(["34", "37"]) + rdig(r, 4), 15
    body += rdig(r, n - 1 - len(body))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    if n == 15:
        return r.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num])
    return r.choice(
        [" ".join(num[i : i + 4] for i in range(0, 16, 4)), num, "-".join(num[i : i + 4] for i in range(0, 16, 4))]
    )


IP4 = {
    "DE": [(79, 192, 255), (87, 128, 191), (93, 192, 255), (91, 32, 63), (178, 0, 15), (84, 128, 191)],
    "AT": [(80, 108, 111), (84, 112, 119), (178, 112, 191), (62, 178, 178), (91, 112, 119)],
    "CH": [(85, 0, 7), (178, 192, 199), (77, 56, 59), (83, 76, 79), (188, 60, 63)],
    "FR": [(90, 0, 127), (82, 64, 127), (78, 192, 255), (88, 160, 191), (176, 128, 191)],
    "IT": [(79, 0, 63), (93, 32, 35), (151, 0, 95), (2, 32, 47), (87, 0, 31)],
    "GB": [(86, 128, 191), (81, 96, 111), (92, 0, 31), (2, 24, 31), (82, 0, 47)],
    "US": [(73, 0, 255), (24, 0, 255), (98, 192, 255), (71, 0, 255), (76, 96, 127), (108, 192, 255)],
}
IP6 = {
    "DE": ["2003:e8", "2a02:8108", "2a02:810d", "2001:16b8"],
    "AT": ["2a02:8388", "2a01:4e0", "2001:871"],
    "CH": ["2a02:1210", "2a02:1205", "2a02:aa10"],
    "FR": ["2a01:cb00", "2a01:e0a", "2a01:cb19"],
    "IT": ["2001:b07", "2a01:8c0", "2a0e:418"],
    "GB": ["2a00:23c5", "2a02:c7c", "2a01:4b00"],
    "US": ["2601:5c0", "2600:1700", "2603:8080"],
}


def make_ip(r: random.Random, cc: str) -> str:
    while True:
        if r.random() < 0.18:
            pre = r.choice(IP6[cc])
            ip = pre + ":" + ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(8 - len(pre.split(":"))))
        else:
            a, lo, hi = r.choice(IP4[cc])
            ip = f"{a}.{r.randint(lo, hi)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def lan_ip(r: random.Random) -> str:
    return r.choice(
        [
            f"192.168.{r.randint(0, 20)}.{r.randint(2, 250)}",
            f"10.{r.randint(0, 40)}.{r.randint(0, 9)}.{r.randint(2, 250)}",
        ]
    )


def translit(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
    s = s.replace("Ü", "Ue").replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
    s = strip_accents(s)
    return "".join(c for c in s.lower() if c.isalnum() or c in "-")


MAIL_DOMAINS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "posteo.de",
        "mailbox.org",
        "outlook.de",
        "yahoo.de",
        "freenet.de",
        "gmx.net",
    ],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "gmx.net", "outlook.com", "yahoo.com"],
    "CH": [
        "bluewin.ch",
        "gmx.ch",
        "sunrise.ch",
        "hispeed.ch",
        "gmail.com",
        "protonmail.ch",
        "outlook.com",
        "hotmail.ch",
    ],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr", "hotmail.fr", "yahoo.fr"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "hotmail.it", "tim.it", "yahoo.it"],
    "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com"],
}
MOBILE_PRE = {
    "DE": [
        "0151",
        "0152",
        "0157",
        "0159",
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
    ],
    "AT": ["0650", "0660", "0664", "0676", "0680", "0681", "0688", "0699"],
    "CH": ["076", "077", "078", "079"],
    "FR": ["06", "07"],
    "IT": ["320", "328", "329", "333", "335", "338", "339", "340", "347", "348", "349", "366", "380", "388", "392"],
    "GB": ["07712", "07834", "07919", "07450", "07523", "07971", "07387", "07742", "07809"],
}
CC_DIAL = {"DE": "49", "AT": "43", "CH": "41", "FR": "33", "IT": "39", "GB": "44", "US": "1"}


class Addr:
    def __init__(self, street: str, pct: str, town: str, t: tuple | None = None):
        self.t = t
        self.street = street
        self.pct = pct
        self.town = town

    def line(self, sep: str = ", ") -> str:
        return mk("ADDRESS", self.street) + sep + mk("ADDRESS", self.pct)

    def block(self) -> str:
        return mk("ADDRESS", self.street) + "\n" + mk("ADDRESS", self.pct)

    def s(self) -> str:
        return mk("ADDRESS", self.street)

    def p(self) -> str:
        return mk("ADDRESS", self.pct)


DOUBLE_FN = {
    "de": (
        "Hans-Peter Karl-Heinz Hans-Jürgen Klaus-Dieter Jan-Niklas Hans-Ulrich Jan-Erik",
        "Anna-Lena Eva-Maria Marie-Luise Anna-Katharina Lisa-Marie Ann-Kathrin Hanna-Sophie",
    ),
    "fr": (
        "Jean-Pierre Jean-Luc Pierre-Yves Jean-Marc Jean-Baptiste Paul-Henri",
        "Marie-Claire Anne-Sophie Marie-Hélène Marie-Laure Anne-Laure Marie-Christine",
    ),
    "it": ("Gian-Luca Pier-Paolo", "Anna-Maria Maria-Grazia"),
    "en": ("Jean-Paul", "Mary-Jane Anne-Marie"),
}


class Ctx:
    def __init__(self, rng: random.Random, loc: str, genre: str):
        load_names()
        self.r = rng
        self.loc = loc
        self.genre = genre
        self.lang, self.cc = LOCALES[loc]
        self.reg = REGION[loc]
        self.us = loc == "en_US"
        self.home = self.r.choice(TOWNS[self.reg])
        self.dob_shape = wchoice(rng, DOB_SHAPES[self.reg])
        self.date_shape = rng.choice(PLAIN_SHAPES[self.reg])
        self.used_last: set[str] = set()
        self.used_first: set[str] = set()
        self.used_vals: set[str] = set()
        self.year = 2026
        self.eur_pre = rng.random() < 0.4

    # ---------------- basics ----------------
    def c(self, seq):  # noqa: ANN001, ANN201
        return self.r.choice(seq)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def L(self, **kw: str) -> str:
        """Pick the text for the document's language (keys de / fr / it / en, optional us / at / ch)."""
        if self.us and "us" in kw:
            return kw["us"]
        if self.reg == "AT" and "at" in kw:
            return kw["at"]
        if self.cc == "CH" and self.lang == "de" and "ch" in kw:
            return kw["ch"]
        return kw[self.lang]

    def town(self, reg: str | None = None) -> tuple:
        return self.r.choice(TOWNS[reg or self.reg])

    def themed(self, table: dict) -> tuple:
        return self.r.choice(table[self.reg])

    def pc(self, t: tuple) -> str:
        pc = self.r.choice(t[1])
        if pc[0].isalpha():
            return f"{pc} {self.r.randint(1, 9)}{self.c(GB_INWARD)}{self.c(GB_INWARD)}"
        return pc

    def date(self, d: dt.date, shape: str | None = None) -> str:
        return fmt_date(d, shape or self.date_shape, self.reg)

    def rdate(self, y0: int, y1: int, m0: int = 1, m1: int = 12) -> dt.date:
        y = self.r.randint(y0, y1)
        m = self.r.randint(m0, m1)
        return dt.date(y, m, self.r.randint(1, 28))

    def time(self, h0: int = 7, h1: int = 20, step: int = 5) -> str:
        h = self.r.randint(h0, h1)
        m = self.r.randrange(0, 60, step)
        if self.us:
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        if self.lang == "fr" and self.p(0.5):
            return f"{h}h{m:02d}"
        return f"{h:02d}:{m:02d}"

    # ---------------- persons ----------------
    def _first(self, src: str, g: str, kind: str) -> str:
        lang = self.lang
        if kind == "child" and src in REGION_LANG:
            return self.c(CHILD_FN[lang][0 if g == "m" else 1])
        d = NAMES[src]
        key = "fm" if g == "m" else "ff"
        if src == "AT" and self.p(0.25):
            key += "2"
        if src in REGION_LANG and kind != "child" and self.p(0.06) and REGION_LANG[src] in DOUBLE_FN:
            return self.c(DOUBLE_FN[REGION_LANG[src]][0 if g == "m" else 1].split())
        return self.c(d[key])

    def _last(self, src: str) -> str:
        d = NAMES[src]
        if src == "CHit" and self.p(0.35):
            return self.c(d["lm2"])
        return self.c(d["lm"])

    def person(
        self, g: str | None = None, kind: str = "adult", like: Person | None = None, src: str | None = None
    ) -> Person:
        g = g or self.c("mf")
        if like is not None:
            src = like.src
            fem = like.fem
            last = feminine(like.fam, fem) if g == "f" else like.fam
            if src == "el":
                idx = NAMES["el"]["lm"].index(like.fam) if like.fam in NAMES["el"]["lm"] else -1
                last = NAMES["el"]["lf"][idx] if (g == "f" and idx >= 0) else like.fam
            if src == "special":
                src = self.reg
            for _ in range(20):
                first = self._first(src, g, kind)
                if first not in self.used_first and first != like.first:
                    break
            p = Person(first, last, g, like.src, fam=like.fam, fem=fem)
            self.used_first.add(first)
            return p
        for _ in range(40):
            fem = None
            fam = None
            x = self.r.random()
            if src is not None:
                cat = "community" if src not in REGION_LANG else "region"
                s = src
            elif x < 0.55:
                cat, s = "region", self.reg
            elif x < 0.78:
                cat, s = "community", wchoice(self.r, COMMUNITY[self.reg])
            else:
                cat, s = "special", self.reg
            lang = REGION_LANG[self.reg]
            if cat == "special":
                sub = self.r.random()
                first = self._first(self.reg, g, kind)
                if sub < 0.3:
                    last = self.c(WORD_LN[lang])
                    if self.p(0.3) and kind != "child":
                        first = self.c(WORD_FN[lang][0 if g == "m" else 1].split())
                elif sub < 0.55:
                    last = self.c(PARTICLE_LN[self.reg])
                elif sub < 0.78:
                    a, b = INVENTED[lang]
                    last = self.c(a) + self.c(b)
                    if self.p(0.35) and kind != "child":
                        first = self.c(RARE_FN[lang][0 if g == "m" else 1].split())
                else:
                    l1, l2 = self._last(self.reg), self._last(self.reg)
                    if l1 == l2:
                        continue
                    last = f"{l1}-{l2}" if (lang in ("de", "fr") or self.p(0.5)) else f"{l1} {l2}"
                src_tag = "special"
            else:
                d = NAMES[s]
                first = self._first(s, g, kind if cat == "region" else "adult")
                if s in ("pl_PL", "cs_CZ", "sk_SK"):
                    fem = d.get("fem")
                    fam = self._last(s)
                    last = feminine(fam, fem) if g == "f" else fam
                elif s == "el":
                    i = self.r.randrange(len(d["lm"]))
                    fam = d["lm"][i]
                    last = d["lf"][i] if g == "f" else fam
                elif s == "ru":
                    i = self.r.randrange(len(d["lm"]))
                    fam = d["lm"][i]
                    last = d["lf"][i] if g == "f" else fam
                elif s == "es_ES" and self.p(0.5):
                    l1, l2 = self._last(s), self._last(s)
                    if l1 == l2:
                        continue
                    last = f"{l1} {l2}"
                else:
                    last = self._last(s)
                src_tag = s
            if last in self.used_last or first in self.used_first or first == last:
                continue
            if any(w in self.used_first for w in last.split()) or any(w in self.used_last for w in first.split()):
                continue
            break
        self.used_last.add(last)
        self.used_first.add(first)
        if fam:
            self.used_last.add(fam)
        p = Person(first, last, g, src_tag if src_tag != "special" else self.reg, fam=fam or last, fem=fem)
        if src_tag == "special":
            p.src = self.reg
            p.fem = None
        return p

    def title(self, p: Person, kind: str = "short") -> str:
        m = p.g == "m"
        if self.lang == "de":
            return ("Herrn" if kind == "addr" else "Herr") if m else "Frau"
        if self.lang == "fr":
            if kind == "long":
                return "Monsieur" if m else "Madame"
            return "M." if m else "Mme"
        if self.lang == "it":
            if kind == "long":
                return "Signor" if m else "Signora"
            return "Sig." if m else "Sig.ra"
        t = "Mr" if m else self.c(["Mrs", "Ms"])
        return t + "." if self.us else t

    def dear(self, p: Person) -> str:
        """Formal salutation with the surname, e.g. 'Sehr geehrte Frau <Last>'."""
        last = mk("PERSON", p.last)
        if self.lang == "de":
            return f"Sehr geehrter Herr {last}" if p.g == "m" else f"Sehr geehrte Frau {last}"
        if self.lang == "fr":
            return "Monsieur" if p.g == "m" else "Madame"
        if self.lang == "it":
            return (
                f"Gentile {self.title(p)} {last}"
                if self.p(0.7)
                else ("Egregio signore" if p.g == "m" else "Gentile signora")
            )
        return f"Dear {self.title(p)} {last}"

    def dob(self, p: Person, y0: int = 1950, y1: int = 2004, shape: str | None = None) -> str:
        if p.dob is None:
            p.dob = self.rdate(y0, y1)
        if shape is None:
            shape = self.dob_shape if self.p(0.8) else wchoice(self.r, DOB_SHAPES[self.reg])
        return mk("DOB", fmt_date(p.dob, shape, self.reg))

    # ---------------- phones ----------------
    def _uniq(self, f) -> str:  # noqa: ANN001
        for _ in range(30):
            v = f()
            if v not in self.used_vals:
                self.used_vals.add(v)
                return v
        return v

    def mobile(self, p: Person | None = None, intl: float = 0.25, raw: bool = False, cc: str | None = None) -> str:
        if p is not None and p.mobile:
            return p.mobile if raw else mk("PHONE", p.mobile)
        v = self._uniq(lambda: self._mobile(intl, cc or self.cc))
        if p is not None:
            p.mobile = v
        return v if raw else mk("PHONE", v)

    def _mobile(self, intl: float, cc: str) -> str:
        r = self.r
        i = self.p(intl) or cc != self.cc
        if cc == "US":
            return self._us(self.home[2] if (self.cc == "US" and self.p(0.7)) else self.c(TOWNS["US"])[2])
        pre = self.c(MOBILE_PRE[cc])
        if cc == "DE":
            sub = rdig(r, 8 if pre.startswith("015") or self.p(0.3) else 7)
            if i:
                return self.c(
                    [
                        f"+49 {pre[1:]} {sub}",
                        f"+49 (0){pre[1:]} {sub}",
                        f"0049 {pre[1:]} {sub}",
                        f"+49{pre[1:]}{sub}",
                        f"+49 {pre[1:]} {sub[:3]} {sub[3:]}",
                    ]
                )
            return self.c([f"{pre} {sub}", f"{pre}/{sub}", f"{pre}-{sub}", f"{pre} {sub[:3]} {sub[3:]}", f"{pre}{sub}"])
        if cc == "AT":
            sub = rdig(r, 7)
            if i:
                return self.c(
                    [
                        f"+43 {pre[1:]} {sub}",
                        f"+43 (0){pre[1:]} {sub}",
                        f"0043 {pre[1:]} {sub}",
                        f"+43{pre[1:]}{sub}",
                        f"+43 {pre[1:]} {sub[:3]} {sub[3:5]} {sub[5:]}",
                    ]
                )
            return self.c([f"{pre} {sub}", f"{pre}/{sub}", f"{pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"{pre}-{sub}"])
        if cc == "CH":
            sub = rdig(r, 7)
            g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            if i:
                return self.c(
                    [f"+41 {pre[1:]} {g}", f"0041 {pre[1:]} {g}", f"+41{pre[1:]}{sub}", f"+41 (0){pre[1:]} {g}"]
                )
            return self.c([f"{pre} {g}", f"{pre}/{g}", f"{pre}{sub}", f"{pre} {sub}"])
        if cc == "FR":
            sub = rdig(r, 8)
            pairs = " ".join(sub[k : k + 2] for k in range(0, 8, 2))
            if i:
                return self.c(
                    [f"+33 {pre[1]} {pairs}", f"+33 (0){pre[1]} {pairs}", f"+33{pre[1]}{sub}", f"0033 {pre[1]} {pairs}"]
                )
            return self.c(
                [
                    f"{pre} {pairs}",
                    f"{pre}.{pairs.replace(' ', '.')}",
                    f"{pre}{sub}",
                    f"{pre}-{pairs.replace(' ', '-')}",
                    f"{pre} {pairs}",
                ]
            )
        if cc == "IT":
            sub = rdig(r, 7)
            if i:
                return self.c(
                    [f"+39 {pre} {sub}", f"+39 {pre} {sub[:3]} {sub[3:]}", f"0039 {pre} {sub}", f"+39{pre}{sub}"]
                )
            return self.c([f"{pre} {sub}", f"{pre} {sub[:3]} {sub[3:]}", f"{pre}-{sub}", f"{pre}{sub}", f"{pre}/{sub}"])
        if cc == "GB":
            sub = rdig(r, 6)
            if i:
                return self.c([f"+44 {pre[1:]} {sub}", f"+44 (0){pre[1:]} {sub}", f"+44{pre[1:]}{sub}"])
            return self.c([f"{pre} {sub}", f"{pre}{sub}", f"{pre} {sub[:3]} {sub[3:]}"])
        raise ValueError(cc)

    def _us(self, area: str) -> str:
        r = self.r
        while True:
            ex = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
            if ex != "555" and ex[1:] != "11":
                break
        ln = rdig(r, 4)
        return self.c(
            [
                f"({area}) {ex}-{ln}",
                f"{area}-{ex}-{ln}",
                f"{area}.{ex}.{ln}",
                f"+1 {area} {ex} {ln}",
                f"1-{area}-{ex}-{ln}",
                f"+1 ({area}) {ex}-{ln}",
                f"({area}) {ex}-{ln}",
            ]
        )

    def land(self, t: tuple | None = None, din: bool = False, intl: float = 0.15, raw: bool = False) -> str:
        t = t or self.home
        v = self._uniq(lambda: self._land(t, din, intl))
        return v if raw else mk("PHONE", v)

    def _land(self, t: tuple, din: bool, intl: float) -> str:
        r, cc = self.r, self.cc
        area = t[2]
        i = self.p(intl)
        if cc == "US":
            return self._us(area)
        if cc == "DE":
            sub = rdig(r, max(5, min(8, 11 - len(area))))
            sub = str(r.randint(2, 9)) + sub[1:]
            if din:
                return (
                    f"{area} {sub[:-2]}-{r.randint(10, 99)}"
                    if self.p(0.5)
                    else f"{area} {sub}-{r.randint(0, 9)}{r.randint(0, 9)}"
                )
            if i:
                return self.c([f"+49 {area[1:]} {sub}", f"+49 (0){area[1:]} {sub}", f"0049 {area[1:]} {sub}"])
            return self.c([f"{area} {sub}", f"({area}) {sub}", f"{area}/{sub}", f"{area}-{sub}", f"{area} {sub}"])
        if cc == "AT":
            sub = str(r.randint(2, 9)) + rdig(r, 6 if area == "01" else max(4, 9 - len(area)))
            if din:
                return f"{area} {sub}-{r.randint(10, 99)}"
            if i:
                return self.c([f"+43 {area[1:]} {sub}", f"+43 (0){area[1:]} {sub}", f"0043 {area[1:]} {sub}"])
            return self.c([f"{area} {sub}", f"{area}/{sub}", f"({area}) {sub}", f"{area}-{sub}"])
        if cc == "CH":
            sub = str(r.randint(2, 9)) + rdig(r, 6)
            g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            if i:
                return self.c([f"+41 {area[1:]} {g}", f"0041 {area[1:]} {g}", f"+41 (0){area[1:]} {g}"])
            return self.c([f"{area} {g}", f"{area}/{g}", f"{area} {g}"])
        if cc == "FR":
            sub = rdig(r, 7)
            a2 = area + str(r.randint(1, 9))
            full = a2 + sub
            pairs = " ".join(full[k : k + 2] for k in range(0, 10, 2))
            if i:
                return self.c([f"+33 {pairs[1:]}", f"+33 (0){pairs[1:]}"])
            return self.c([pairs, pairs.replace(" ", "."), full, pairs])
        if cc == "IT":
            sub = str(r.randint(2, 9)) + rdig(r, max(5, 9 - len(area)))
            if i:
                return self.c([f"+39 {area} {sub}", f"0039 {area} {sub}"])
            if len(sub) == 8 and self.p(0.5):
                return f"{area} {sub[:4]} {sub[4:]}"
            return self.c([f"{area} {sub}", f"{area}-{sub}", f"{area}/{sub}", f"({area}) {sub}"])
        if cc == "GB":
            n = {3: 8, 4: 7, 5: 6, 6: 5}[len(area)]
            sub = str(r.randint(2, 8)) + rdig(r, n - 1)
            if n == 8:
                g = f"{sub[:4]} {sub[4:]}"
            elif n == 7:
                g = f"{sub[:3]} {sub[3:]}"
            else:
                g = sub
            if i:
                return self.c([f"+44 {area[1:]} {g}", f"+44 (0){area[1:]} {g}"])
            return self.c([f"{area} {g}", f"({area}) {g}", f"{area} {g}"])
        raise ValueError(cc)

    # ---------------- e-mail ----------------
    def email(self, p: Person, domain: str | None = None, raw: bool = False) -> str:
        if p.email and domain is None:
            return p.email if raw else mk("EMAIL", p.email)
        f = translit(p.first.split("-")[0] if self.p(0.5) else p.first).replace("-", "")
        last = translit(p.last.replace(" ", "").replace("'", ""))
        if self.p(0.6):
            last = last.replace("-", "")
        yy = f"{(p.dob.year if p.dob else self.r.randint(1960, 2004)) % 100:02d}"
        if domain is None:
            dom = self.c(MAIL_DOMAINS[self.cc])
            opts = [
                f"{f}.{last}",
                f"{f[0]}.{last}",
                f"{last}.{f}",
                f"{f}{last}",
                f"{f[0]}{last}",
                f"{f}_{last}",
                f"{f}.{last}{yy}",
                f"{f}{self.r.randint(1, 99)}",
                f"{last}{rdig(self.r, 2)}",
                f"{f}-{last}",
                f"{f}.{last[0]}",
                f"{last}.{f[0]}",
            ]
        else:
            dom = domain
            opts = [f"{f}.{last}", f"{f[0]}.{last}", f"{f[0]}{last}", f"{f}", f"{last}"]
        for _ in range(20):
            v = f"{self.c(opts)}@{dom}"
            if v not in self.used_vals:
                break
        self.used_vals.add(v)
        if domain is None:
            p.email = v
        return v if raw else mk("EMAIL", v)

    def alt_email(self, p: Person) -> str:
        q = Person(p.first, p.last, p.g, p.src)
        q.dob = p.dob
        return self.email(q)

    # ---------------- addresses ----------------
    def addr(self, t: tuple | None = None, p: Person | None = None, biz: bool = False, reg: str | None = None) -> Addr:
        if p is not None and p.addr is not None:
            return p.addr
        if reg is not None and t is None:
            t = self.c(TOWNS[reg])
        t = t or (self.home if self.p(0.75) else self.town())
        a = self._addr(t, biz, reg)
        if p is not None:
            p.addr = a
        return a

    def _addr(self, t: tuple, biz: bool, reg: str | None = None) -> Addr:
        r = self.r
        reg = reg or self.reg
        st = self.c(STREETS[reg])
        n = r.randint(1, 120) if self.p(0.8) else r.randint(1, 30)
        town = t[0]
        pc = self.pc(t)
        if reg == "DE":
            if st.endswith("straße") and self.p(0.15):
                st = st[:-6] + "str."
            num = str(n)
            x = r.random()
            if x < 0.1:
                num += self.c("abc")
            elif x < 0.13:
                num += " " + self.c("ab")
            elif x < 0.16:
                num = f"{n}-{n + 2}"
            street = f"{st} {num}"
            if not biz and self.p(0.05):
                street += f", {r.randint(1, 5)}. OG"
            elif not biz and self.p(0.03):
                street += " (Hinterhaus)"
            pct = f"{'D-' if self.p(0.05) else ''}{pc} {town}"
        elif reg == "AT":
            num = str(n)
            if town == "Wien" and not biz:
                x = r.random()
                if x < 0.45:
                    num += f"/{r.randint(1, 4)}/{r.randint(1, 30)}"
                elif x < 0.6:
                    num += f"/Top {r.randint(1, 40)}"
                elif x < 0.7:
                    num += f"/Stiege {r.randint(1, 4)}/Tür {r.randint(1, 25)}"
                elif x < 0.85:
                    num += f"/{r.randint(1, 20)}"
            elif not biz and self.p(0.25):
                num += f"/{r.randint(1, 12)}"
            street = f"{st} {num}"
            pct = f"{'A-' if self.p(0.05) else ''}{pc} {town}"
        elif reg in ("CHde", "CHfr", "CHit"):
            num = str(n) + (self.c("abc") if self.p(0.08) else "")
            if reg != "CHde" and self.p(0.18):
                st = st[0].lower() + st[1:]
            street = f"{st} {num}"
            pct = f"{'CH-' if self.p(0.08) else ''}{pc} {town}"
        elif reg == "FR":
            num = str(n)
            x = r.random()
            if x < 0.06:
                num += self.c([" bis", " ter"])
            if self.p(0.3):
                street = f"{num}, {st}"
            else:
                street = f"{num} {st}"
            if not biz and self.p(0.1):
                street = self.c(
                    [
                        f"Appt {r.randint(2, 48)}, {street}",
                        f"Bât. {self.c('ABCD')}, {street}",
                        f"{street}, Appt {r.randint(2, 48)}",
                    ]
                )
            pct = f"{pc} {town.upper() if self.p(0.3) else town}"
        elif reg == "IT":
            x = r.random()
            if x < 0.45:
                street = f"{st} {n}"
            elif x < 0.65:
                street = f"{st}, {n}"
            elif x < 0.75:
                street = f"{st} n. {n}"
            elif x < 0.85:
                street = f"{st} {n}/{self.c('ABC')}"
            else:
                street = f"{st} {n}, {self.c(['int. ' + str(r.randint(1, 20)), 'scala ' + self.c('ABC')])}"
            if self.p(0.15):
                street = street[0].lower() + street[1:]
            prov = t[3]
            pct = self.c([f"{pc} {town} ({prov})", f"{pc} {town} {prov}", f"{pc} {town}", f"{pc} {town} ({prov})"])
            if self.p(0.04):
                pct = "I-" + pct
        elif reg == "GB":
            x = r.random()
            if x < 0.6 or biz:
                street = f"{n} {st}"
            elif x < 0.8:
                street = f"Flat {r.randint(1, 12)}{self.c(['', 'A', 'B'])}, {n} {st}"
            else:
                street = f"{n}{self.c('ab')} {st}"
            pct = f"{town.upper() if self.p(0.3) else town} {pc}"
        else:  # US
            num = r.randint(100, 9899)
            words = st.split()
            if self.p(0.5) and words[-1] in US_ABBR:
                words[-1] = US_ABBR[words[-1]]
            if self.p(0.25):
                words.insert(0, self.c(["N", "S", "E", "W", "North", "South"]))
            street = f"{num} {' '.join(words)}"
            if biz and self.p(0.4):
                street += f", Suite {r.randint(1, 9)}{r.randint(0, 9)}0"
            elif not biz and self.p(0.3):
                street += self.c(
                    [
                        f", Apt {r.randint(1, 5)}{self.c('ABCD')}",
                        f" #{r.randint(101, 499)}",
                        f", Unit {r.randint(1, 30)}",
                        f" Apt {r.randint(2, 24)}",
                    ]
                )
            z = pc
            if self.p(0.15):
                z += "-" + rdig(r, 4)
            pct = f"{town}, {t[3]} {z}" if self.p(0.85) else f"{town} {t[3]} {z}"
        return Addr(street, pct, town, t)

    # ---------------- other values ----------------
    def iban(self, cc: str | None = None, style: str | None = None) -> str:
        cc = cc or self.cc
        if cc == "US":  # only reached by the eagerly built non-English branches of ctx.L(...), never shown
            cc = "GB"
        if cc == "CH" and self.p(0.04):
            cc = "LI"
        v = make_iban(self.r, cc)
        style = style or self.c(["group", "group", "group", "compact"])
        if style == "group":
            v = group4(v)
        if self.p(0.03):
            v = v.lower()
        return mk("IBAN", v)

    def ip(self) -> str:
        return mk("IP", make_ip(self.r, self.cc))

    def ahv(self) -> str:
        v = ahv(self.r)
        return mk("AHV", f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}" if self.p(0.8) else v)

    def card(self) -> str:
        return mk("CARD", card(self.r))

    def masked_card(self) -> str:
        r = self.r
        last4 = rdig(r, 4)
        return self.c(
            [
                f"**** **** **** {last4}",
                f"•••• {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"{self.c(['4', '5'])}{rdig(r, 5)}******{last4}",
                f"**** {last4}",
            ]
        )

    def money(self, lo: float, hi: float, dec: bool = True) -> str:
        v = self.r.uniform(lo, hi)
        cur = {"DE": "EUR", "AT": "EUR", "FR": "EUR", "IT": "EUR", "CH": "CHF", "GB": "GBP", "US": "USD"}[self.cc]
        s = f"{v:,.2f}" if dec else f"{round(v):,}"
        if self.lang in ("de", "it") or (self.lang == "fr"):
            s = s.replace(",", "X").replace(".", ",").replace("X", "." if self.lang != "fr" else " ")
            if self.cc == "CH":
                s = s.replace(".", "'").replace(",", ".")
        if not dec and self.cc == "CH":
            s = s.replace(",", "'")
        if cur == "EUR":
            return f"{s} €" if self.lang == "fr" or not self.eur_pre else f"EUR {s}"
        if cur == "CHF":
            return f"CHF {s}" if not self.eur_pre or self.lang != "de" else f"Fr. {s}"
        if cur == "GBP":
            return f"£{s}"
        return f"${s}"

    def ref(self, prefix: str, n: int = 6) -> str:
        return f"{prefix}{rdig(self.r, n)}"

    def role_mail(self, local: str, domain: str) -> str:
        return f"{local}@{domain}"


def fmt_chat_date(ctx: Ctx, d: dt.date) -> str:
    if ctx.us:
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if ctx.lang in ("fr", "it") or ctx.reg == "GB":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


# ---------------------------------------------------------------------------------------------------------------
# Renderers: forms, tables, JSON / YAML, chats, mails, signatures, letterheads
# ---------------------------------------------------------------------------------------------------------------
FORM_STYLES = [
    "colon",
    "colon",
    "aligned",
    "aligned",
    "tab",
    "dots",
    "bold",
    "kv",
    "mdtable",
    "upper",
    "bullet",
    "bracket",
]


def form(ctx: Ctx, pairs: list[tuple[str, str]], style: str | None = None) -> str:
    style = style or ctx.c(FORM_STYLES)
    pairs = [(k, v) for k, v in pairs if v is not None and v != ""]
    w = max(len(k) for k, _ in pairs) if pairs else 0
    out = []
    if style == "mdtable":
        head = ctx.L(de=("Feld", "Angabe"), fr=("Champ", "Valeur"), it=("Campo", "Valore"), en=("Field", "Value"))
        out.append(f"| {head[0]} | {head[1]} |")
        out.append("|---|---|")
    for k, v in pairs:
        v1 = v.replace("\n", ", ") if style in ("mdtable", "tab", "kv", "dots", "bracket") else v
        if style == "colon":
            out.append(f"{k}: {v}")
        elif style == "aligned":
            out.append(f"{k + ':':<{w + 1}} {v}")
        elif style == "tab":
            out.append(f"{k}\t{v1}")
        elif style == "dots":
            out.append(f"{k} {'.' * max(3, w + 4 - len(k))} {v1}")
        elif style == "bold":
            out.append(f"**{k}:** {v}")
        elif style == "kv":
            out.append(f"{k.lower().replace(' ', '_')} = {v1}")
        elif style == "mdtable":
            out.append(f"| {k} | {v1} |")
        elif style == "upper":
            out.append(f"{k.upper()}: {v}")
        elif style == "bullet":
            out.append(f"- {k}: {v}")
        else:
            out.append(f"[{k}] {v1}")
    return "\n".join(out)


TABLE_KINDS = ["md", "md_pad", "csv", "csv_semi", "tsv", "pipe", "fixed", "html"]


def table(ctx: Ctx, head: list[str], rows: list[list[str]], kind: str | None = None) -> str:
    kind = kind or ctx.c(TABLE_KINDS)
    rows = [[c if c is not None else "" for c in row] for row in rows]
    if kind in ("md", "md_pad"):
        if kind == "md_pad":
            ws = [max(vlen(x) for x in col) for col in zip(head, *rows, strict=False)]
            line = lambda cells: "| " + " | ".join(pad(c, w) for c, w in zip(cells, ws, strict=False)) + " |"  # noqa: E731
            return "\n".join([line(head), "| " + " | ".join("-" * w for w in ws) + " |"] + [line(r) for r in rows])
        return "\n".join(
            ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]
        )
    if kind in ("csv", "csv_semi", "tsv"):
        buf = io.StringIO()
        wr = csv.writer(buf, delimiter={"csv": ",", "csv_semi": ";", "tsv": "\t"}[kind], lineterminator="\n")
        wr.writerow(head)
        for r in rows:
            wr.writerow(r)
        return buf.getvalue().rstrip("\n")
    if kind == "pipe":
        return "\n".join([" | ".join(head)] + [" | ".join(r) for r in rows])
    if kind == "fixed":
        ws = [max(vlen(x) for x in col) for col in zip(head, *rows, strict=False)]
        line = lambda cells: "  ".join(pad(c, w) for c, w in zip(cells, ws, strict=False)).rstrip()  # noqa: E731
        return "\n".join([line(head), "  ".join("-" * w for w in ws)] + [line(r) for r in rows])
    out = ["<table>", "  <tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for r in rows:
        out.append("  <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def jdump(ctx: Ctx, obj: object, kind: str | None = None) -> str:
    kind = kind or ctx.c(["indent", "indent", "lines", "compact", "wrapped"])
    if kind == "lines" and isinstance(obj, list):
        return "\n".join(json.dumps(o, ensure_ascii=False) for o in obj)
    if kind == "compact":
        return json.dumps(obj, ensure_ascii=False)
    if kind == "wrapped" and isinstance(obj, list):
        obj = {ctx.c(["data", "items", "records", "results"]): obj, "count": len(obj)}
    return json.dumps(obj, ensure_ascii=False, indent=ctx.c([2, 2, 4]))


def _yv(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, int | float):
        return str(v)
    s = str(v)
    plain = vis(s)
    if (
        not plain
        or plain[0] in "!&*-?[]{}|>@`\"'%#,+"
        or ": " in plain
        or " #" in plain
        or plain[0].isdigit()
        or plain.lower() in ("yes", "no", "true", "false", "null", "on", "off")
    ):
        return '"' + s.replace('"', '\\"') + '"'
    return s


def ydump(obj: object, ind: int = 0) -> str:
    sp = "  " * ind
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, dict | list) and v:
                out.append(f"{sp}{k}:")
                out.append(ydump(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {_yv(v)}")
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, dict) and v:
                sub = ydump(v, ind + 1).split("\n")
                out.append(f"{sp}- {sub[0].strip()}")
                out.extend(sub[1:])
            else:
                out.append(f"{sp}- {_yv(v)}")
    return "\n".join(out)


CHAT_LAYOUTS = ["wa_ios", "wa_android", "telegram", "teams", "irc", "paren", "discord", "plain"]


def lower_keep(s: str) -> str:
    """Lower-case a block, keeping IBAN / AHV / card values as written."""
    out, last = [], 0
    for m in MARK_RE.finditer(s):
        out.append(s[last : m.start()].lower())
        t = DECODE[m.group(1)]
        out.append(m.group(0) if t in ("IBAN", "AHV", "CARD") else m.group(0).lower())
        last = m.end()
    out.append(s[last:].lower())
    return "".join(out)


def chat(
    ctx: Ctx, msgs: list[tuple[str, str]], layout: str | None = None, day: dt.date | None = None, lower: float = 0.3
) -> str:
    layout = layout or ctx.c(CHAT_LAYOUTS)
    day = day or ctx.rdate(2026, 2026, 1, 11)
    h = ctx.r.randint(6, 18)
    m = ctx.r.randint(0, 50)
    out = []
    low = ctx.p(lower)
    for who, txt in msgs:
        m += ctx.r.randint(1, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        h = min(h, 23)
        if ctx.us:
            tm = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        else:
            tm = f"{h:02d}:{m:02d}"
        dd = fmt_chat_date(ctx, day)
        if low:
            txt = lower_keep(txt)
        if layout == "wa_ios":
            out.append(f"[{dd}, {tm}:{ctx.r.randint(0, 59):02d}] {who}: {txt}")
        elif layout == "wa_android":
            out.append(f"{dd}, {tm} - {who}: {txt}")
        elif layout == "telegram":
            out.append(f"{who}, [{dd} {tm}]\n{txt}\n")
        elif layout == "teams":
            out.append(f"{who}  {tm}\n{txt}\n")
        elif layout == "irc":
            out.append(f"[{tm}] <{who}> {txt}")
        elif layout == "paren":
            out.append(f"{who} ({tm}): {txt}")
        elif layout == "discord":
            today = ctx.L(de="Heute um", fr="Aujourd’hui à", it="Oggi alle", en="Today at")
            out.append(f"{who} — {today} {tm}\n{txt}\n")
        else:
            out.append(f"{who}: {txt}")
    return "\n".join(out).rstrip()


HDR = {
    "de": ("Von", "An", "Cc", "Datum", "Betreff"),
    "fr": ("De", "À", "Cc", "Date", "Objet"),
    "it": ("Da", "A", "Cc", "Data", "Oggetto"),
    "en": ("From", "To", "Cc", "Date", "Subject"),
}


def addr_disp(ctx: Ctx, name: str | None, email: str) -> str:
    if name is None:
        return email
    if ctx.p(0.15):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


def mail_head(ctx: Ctx, frm: str, to: str, subj: str, cc: str | None = None, when: dt.date | None = None) -> str:
    h = HDR[ctx.lang]
    when = when or ctx.rdate(2026, 2026, 1, 11)
    sep = " : " if ctx.lang == "fr" and ctx.p(0.4) else ": "
    lines = [f"{h[0]}{sep}{frm}", f"{h[1]}{sep}{to}"]
    if cc:
        lines.append(f"{h[2]}{sep}{cc}")
    lines.append(f"{h[3]}{sep}{ctx.date(when)} {ctx.time()}")
    lines.append(f"{h[4]}{sep}{subj}")
    return "\n".join(lines)


def quote_intro(ctx: Ctx, who: str, when: dt.date) -> str:
    d, t = ctx.date(when), ctx.time()
    return ctx.L(
        de=f"Am {d} um {t} schrieb {who}:",
        fr=f"Le {d} à {t}, {who} a écrit :",
        it=f"Il giorno {d} alle ore {t} {who} ha scritto:",
        en=f"On {d}, at {t}, {who} wrote:",
    )


def outlook_block(ctx: Ctx, frm: str, to: str, subj: str, when: dt.date) -> str:
    t = ctx.L(
        de=("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
        fr=("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
        it=("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
        en=("-----Original Message-----", "From", "Sent", "To", "Subject"),
    )
    return f"{t[0]}\n{t[1]}: {frm}\n{t[2]}: {ctx.date(when)} {ctx.time()}\n{t[3]}: {to}\n{t[4]}: {subj}"


def quoted(ctx: Ctx, intro: str, body: str, prefix: bool | None = None) -> str:
    if prefix is None:
        prefix = ctx.p(0.6)
    if prefix:
        body = "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    return f"{intro}\n{body}"


def signature(
    ctx: Ctx,
    p: Person,
    role: str | None,
    org: str | None,
    phone: str | None,
    email: str | None,
    addr: Addr | None = None,
    style: str | None = None,
) -> str:
    style = style or ctx.c(["block", "block", "dash", "line"])
    name = p.full() if ctx.p(0.85) else p.as_("init")
    if style == "line":
        bits = [name] + [x for x in (role, org, phone, email) if x]
        return " | ".join(bits)
    lines = [name] + [x for x in (role, org) if x]
    if addr is not None:
        lines += [addr.s(), addr.p()] if ctx.p(0.6) else [addr.line()]
    if phone:
        lines.append(f"{ctx.L(de='Tel.', fr='Tél.', it='Tel.', en='Tel')} {phone}" if ctx.p(0.6) else phone)
    if email:
        lines.append(email)
    s = "\n".join(lines)
    return ("-- \n" + s) if style == "dash" else s


def letterhead(
    ctx: Ctx, org: str, addr: Addr, phone: str | None, role: str | None, web: str | None, style: str | None = None
) -> str:
    style = style or ctx.c(["block", "line", "mixed"])
    tel = ctx.L(de="Tel.", fr="Tél.", it="Tel.", en="Tel")
    if style == "line":
        bits = [org, addr.s(), addr.p()]
        if phone:
            bits.append(f"{tel} {phone}")
        if role:
            bits.append(role)
        if web:
            bits.append(web)
        return " · ".join(bits)
    if style == "mixed":
        l2 = " · ".join([x for x in (f"{tel} {phone}" if phone else None, role, web) if x])
        return f"{org}\n{addr.line(ctx.c([', ', ' · ', ' - ']))}\n{l2}".rstrip()
    lines = [org, addr.s(), addr.p()]
    if phone:
        lines.append(f"{tel} {phone}")
    if role:
        lines.append(role)
    if web:
        lines.append(web)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------
# Organisations (names and domains written here; never named after a person)
# ---------------------------------------------------------------------------------------------------------------
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "co.uk", "US": "com"}


def slug(s: str) -> str:
    s = translit(s.replace(" ", "-").replace("'", "").replace("’", ""))
    return re.sub("-+", "-", s).strip("-")


class Org:
    def __init__(self, ctx: Ctx, name: str, short: str, t: tuple | None = None, tld: str | None = None):
        self.name = name
        self.domain = f"{slug(short)}.{tld or TLD[ctx.cc]}"
        self.t = t or ctx.home
        self.addr = ctx.addr(self.t, biz=True)
        self.phone = ctx.land(self.t)
        self.web = f"www.{self.domain}"

    def role(self, local: str) -> str:
        return f"{local}@{self.domain}"


# ---------------------------------------------------------------------------------------------------------------
# Whole-document finishing: request, fences, case, OCR noise
# ---------------------------------------------------------------------------------------------------------------
GENERIC_REQ = {
    "de": [
        "Kannst du mir das bitte zusammenfassen?",
        "Bitte in eine saubere Tabelle umwandeln.",
        "Formuliere mir bitte eine kurze, freundliche Antwort.",
        "Was fehlt hier noch? Bitte Liste machen.",
        "Kannst du das auf Fehler prüfen?",
        "Mach daraus bitte eine Excel-taugliche CSV.",
        "Bitte die wichtigsten Punkte stichwortartig.",
        "Hilf mir, das in ein ordentliches Schreiben zu bringen.",
    ],
    "fr": [
        "Peux-tu me résumer ceci ?",
        "Mets-moi ça dans un tableau propre, stp.",
        "Rédige une réponse courte et polie, merci.",
        "Qu'est-ce qui manque ? Fais-moi une liste.",
        "Tu peux vérifier s'il y a des erreurs ?",
        "Transforme ça en CSV pour Excel, s'il te plaît.",
        "Les points principaux en quelques lignes, merci.",
    ],
    "it": [
        "Puoi riassumermi questo?",
        "Mettilo in una tabella ordinata, per favore.",
        "Scrivi una risposta breve e gentile.",
        "Cosa manca? Fammi un elenco.",
        "Puoi controllare se ci sono errori?",
        "Trasformalo in un CSV per Excel, grazie.",
        "I punti principali in poche righe, grazie.",
    ],
    "en": [
        "Can you summarise this for me?",
        "Please turn this into a clean table.",
        "Draft a short, friendly reply please.",
        "What's missing here? Make me a list.",
        "Can you check this for mistakes?",
        "Convert this to a CSV I can open in Excel.",
        "Give me the key points in a few bullets.",
    ],
}
US_SPELL = [
    ("summarise", "summarize"),
    ("colour", "color"),
    ("centre", "center"),
    ("organis", "organiz"),
    ("programme", "program"),
    ("licence", "license"),
    ("favourite", "favorite"),
    ("cheque", "check"),
    ("travell", "travel"),
    ("cancelled", "canceled"),
    ("apologis", "apologiz"),
    ("prioritis", "prioritiz"),
    ("recognis", "recogniz"),
    ("neighbour", "neighbor"),
    ("harbour", "harbor"),
    ("metres", "meters"),
]


def outside(s: str, f) -> str:  # noqa: ANN001
    out, last = [], 0
    for m in MARK_RE.finditer(s):
        out.append(f(s[last : m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(f(s[last:]))
    return "".join(out)


OCR_SUB = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("I", "l"),
    ("O", "0"),
    ("e", "c"),
    ("ü", "u"),
    ("é", "e"),
    ("ä", "a"),
    ("S", "5"),
    ("B", "8"),
    (".", ","),
    ("i", "í"),
]


def ocr(ctx: Ctx, s: str, rate: float = 0.012) -> str:
    r = ctx.r

    def f(part: str) -> str:
        out = []
        i = 0
        while i < len(part):
            ch = part[i]
            if ch.isalnum() and r.random() < rate:
                for a, b in OCR_SUB:
                    if part.startswith(a, i):
                        out.append(b)
                        i += len(a)
                        break
                else:
                    out.append(ch + (" " if r.random() < 0.3 else ""))
                    i += 1
                continue
            if ch == " " and r.random() < rate / 2:
                out.append("  ")
                i += 1
                continue
            out.append(ch)
            i += 1
        return "".join(out)

    return outside(s, f)


def finish(ctx: Ctx, body: str, reqs: dict[str, list[str]], v: int = 0) -> str:
    lang = ctx.lang
    rl = lang
    if lang != "en" and ctx.p(0.07):
        rl = "en"
    elif ctx.cc == "CH" and lang != "de" and ctx.p(0.06):
        rl = "de"
    pool = [t.split("|", 1)[1] for t in reqs.get(rl, []) if str(v) in t.split("|", 1)[0]]
    pool += [GENERIC_REQ[rl][k] for k in (0, 1, 4)]
    req = ctx.c(pool)
    if rl == "en" and ctx.us:
        for a, b in US_SPELL:
            req = req.replace(a, b).replace(a.capitalize(), b.capitalize())
    fence = ctx.c(["", "", "", "", "```", '"""', "---", "<<<"])
    if fence == "<<<":
        body = f"<<<\n{body}\n>>>"
    elif fence:
        body = f"{fence}\n{body}\n{fence}"
    text = f"{req}\n\n{body}" if ctx.p(0.6) else f"{body}\n\n{req}"
    if ctx.us:

        def spell(s: str) -> str:
            for a, b in US_SPELL:
                s = s.replace(a, b).replace(a.capitalize(), b.capitalize())
            return s

        text = outside(text, spell)
    x = ctx.r.random()
    if x < 0.035:
        text = text.lower()
    elif x < 0.05:
        text = text.upper()
    if ctx.loc == "de_CH":
        text = text.replace("ß", "ss")
    return text


# ---------------------------------------------------------------------------------------------------------------
# Shared genre helpers
# ---------------------------------------------------------------------------------------------------------------
REL = {
    "spouse": {
        "de": ("Ehemann", "Ehefrau"),
        "fr": ("époux", "épouse"),
        "it": ("marito", "moglie"),
        "en": ("husband", "wife"),
    },
    "partner": {
        "de": ("Partner", "Partnerin"),
        "fr": ("compagnon", "compagne"),
        "it": ("compagno", "compagna"),
        "en": ("partner", "partner"),
    },
    "child": {
        "de": ("Sohn", "Tochter"),
        "fr": ("fils", "fille"),
        "it": ("figlio", "figlia"),
        "en": ("son", "daughter"),
    },
    "parent": {"de": ("Vater", "Mutter"), "fr": ("père", "mère"), "it": ("padre", "madre"), "en": ("father", "mother")},
    "neighbour": {
        "de": ("Nachbar", "Nachbarin"),
        "fr": ("voisin", "voisine"),
        "it": ("vicino", "vicina"),
        "en": ("neighbour", "neighbour"),
    },
    "friend": {
        "de": ("Freund", "Freundin"),
        "fr": ("ami", "amie"),
        "it": ("amico", "amica"),
        "en": ("friend", "friend"),
    },
    "sibling": {
        "de": ("Bruder", "Schwester"),
        "fr": ("frère", "sœur"),
        "it": ("fratello", "sorella"),
        "en": ("brother", "sister"),
    },
}


def rel(ctx: Ctx, kind: str, p: Person) -> str:
    return REL[kind][ctx.lang][0 if p.g == "m" else 1]


NAT = {
    "DE": "DEU",
    "AT": "AUT",
    "CHde": "CHE",
    "CHfr": "CHE",
    "CHit": "CHE",
    "FR": "FRA",
    "IT": "ITA",
    "GB": "GBR",
    "US": "USA",
    "tr_TR": "TUR",
    "pl_PL": "POL",
    "hr_HR": "HRV",
    "pt_PT": "PRT",
    "es_ES": "ESP",
    "es_MX": "MEX",
    "ro_RO": "ROU",
    "hu_HU": "HUN",
    "cs_CZ": "CZE",
    "sk_SK": "SVK",
    "en_IN": "IND",
    "en_IE": "IRL",
    "sl_SI": "SVN",
    "vi_VN": "VNM",
    "yo_NG": "NGA",
    "sq": "XKX",
    "ta": "LKA",
    "ti": "ERI",
    "ar": "SYR",
    "uk": "UKR",
    "zh": "CHN",
    "el": "GRC",
    "sr": "SRB",
    "ko": "KOR",
    "fil": "PHL",
    "ru": "DEU",
    "it_IT": "ITA",
    "de_DE": "DEU",
    "de_CH": "CHE",
    "fr_FR": "FRA",
}


def nat(ctx: Ctx, p: Person) -> str:
    v = NAT.get(p.src, "DEU")
    if ctx.p(0.5) and p.src not in REGION_LANG:
        v = NAT.get(ctx.reg, v)  # naturalised
    if ctx.p(0.3):
        v = v[:2] if v not in ("XKX",) else "XK"
    return v


def plate(ctx: Ctx) -> str:
    r, c = ctx.r, ctx.c
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if ctx.cc == "DE":
        return (
            f"{c(['K', 'B', 'M', 'HH', 'F', 'S', 'KI', 'HD', 'TR', 'N', 'DD', 'L'])}-{c(L)}{c(L)} {r.randint(10, 9999)}"
        )
    if ctx.cc == "AT":
        return f"{c(['W', 'G', 'L', 'S', 'I', 'K', 'B', 'GU', 'MD'])}-{r.randint(100, 99999)}{c(L)}"
    if ctx.cc == "CH":
        return (
            f"{c(['ZH', 'BE', 'BS', 'LU', 'SG', 'VD', 'GE', 'TI', 'VS', 'NE', 'FR', 'AG'])} {r.randint(1000, 999999)}"
        )
    if ctx.cc == "FR":
        return f"{c(L)}{c(L)}-{r.randint(100, 999)}-{c(L)}{c(L)}"
    if ctx.cc == "IT":
        return f"{c(L)}{c(L)} {r.randint(100, 999)}{c(L)}{c(L)}"
    if ctx.cc == "GB":
        return f"{c(L)}{c(L)}{r.randint(10, 75)} {c(L)}{c(L)}{c(L)}"
    return c(
        [f"{r.randint(1, 9)}{c(L)}{c(L)}{c(L)}{r.randint(100, 999)}", f"{c(L)}{c(L)}{c(L)}-{r.randint(1000, 9999)}"]
    )


def styled(ctx: Ctx, p: Person, styles: list[str] | None = None) -> str:
    return p.as_(ctx.c(styles or ["full", "full", "full", "lastfirst", "LASTfirst", "init", "last first"]))


def sir(ctx: Ctx, p: Person, style: str = "last") -> str:
    """Title + surname (title outside the span)."""
    return f"{ctx.title(p)} {p.as_(style)}"


def greet(ctx: Ctx, p: Person | None = None, informal: bool = False) -> str:
    if p is None:
        return ctx.L(de="Guten Tag,", fr="Bonjour,", it="Buongiorno,", en="Hello,")
    if informal:
        return ctx.L(
            de=f"Hallo {p.as_('first')},",
            fr=f"Bonjour {p.as_('first')},",
            it=f"Ciao {p.as_('first')},",
            en=f"Hi {p.as_('first')},",
        )
    if ctx.lang == "fr":
        return f"{'Bonjour ' if ctx.p(0.5) else ''}{ctx.title(p, 'long')} {p.as_('last')},"
    if ctx.lang == "de":
        hi = "Guten Tag" if ctx.p(0.4) else ("Sehr geehrter" if p.g == "m" else "Sehr geehrte")
        return f"{hi} {ctx.title(p)} {p.as_('last')},"
    return ctx.dear(p) + ","


def bye(ctx: Ctx, formal: bool = False) -> str:
    if formal:
        return ctx.c(
            ctx.L(
                de=["Mit freundlichen Grüßen", "Freundliche Grüße"],
                ch=["Freundliche Grüsse", "Mit freundlichen Grüssen"],
                fr=["Avec nos salutations distinguées", "Cordialement", "Meilleures salutations"],
                it=["Distinti saluti", "Cordiali saluti"],
                en=["Yours sincerely", "Kind regards"],
                us=["Sincerely", "Best regards"],
            )
        )
    return ctx.c(
        ctx.L(
            de=["Viele Grüße", "Freundliche Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG"],
            ch=["Freundliche Grüsse", "Liebe Grüsse", "Mit freundlichen Grüssen", "Beste Grüsse"],
            fr=["Cordialement", "Bien à vous", "Meilleures salutations", "Belle journée"],
            it=["Cordiali saluti", "Distinti saluti", "Un saluto", "Grazie e buona giornata"],
            en=["Kind regards", "Best wishes", "Many thanks", "Best"],
            us=["Best regards", "Thanks so much", "Best", "Sincerely"],
        )
    )


def rooms(ctx: Ctx) -> str:
    n = ctx.c([1, 2, 2, 3, 3, 3, 4, 4, 5])
    if ctx.cc == "CH":
        return f"{n}{ctx.c(['', '.5', '½'])}"
    return str(n)


def kids(ctx: Ctx, parent: Person, n: int) -> list[Person]:
    """Children of a parent, born when the parent was 20 to 44 (and not after 2024)."""
    if parent.dob is None:
        parent.dob = ctx.rdate(1962, 1996)
    lo, hi = max(parent.dob.year + 20, 2006), min(parent.dob.year + 44, 2024)
    out = []
    for _ in range(n if lo <= hi else 0):
        k = ctx.person(kind="child", like=parent)
        k.dob = ctx.rdate(lo, hi)
        out.append(k)
    return sorted(out, key=lambda k: k.dob)


def mate(ctx: Ctx, p: Person, same_name: float = 0.6) -> Person:
    """A partner of the other gender, at most eight years older or younger than p."""
    if p.dob is None:
        p.dob = ctx.rdate(1950, 2000)
    q = ctx.person(g="f" if p.g == "m" else "m", like=p if ctx.p(same_name) else None)
    d = p.dob + dt.timedelta(days=ctx.r.randint(-8 * 365, 8 * 365))
    q.dob = min(d, dt.date(2005, 12, 31))
    return q


def week_dates(ctx: Ctx, start: dt.date, n: int) -> list[dt.date]:
    return [start + dt.timedelta(days=k) for k in range(n)]


# ---------------------------------------------------------------------------------------------------------------
# 1. housingcoop - housing cooperative member lists and waiting lists
# ---------------------------------------------------------------------------------------------------------------
COOP_X = {
    "de": [
        "Sonnenhalde",
        "Am Stadtpark",
        "Lindenhof",
        "Freie Scholle",
        "Neues Wohnen",
        "Rheinblick",
        "Heimstatt",
        "Gartenstadt",
        "Zukunft",
        "Mühlbach",
        "Wiesental",
        "Eigener Herd",
        "Grünes Tal",
        "Im Vogelsang",
    ],
    "fr": [
        "Les Tilleuls",
        "La Ruche",
        "Le Cèdre",
        "Les Vergers",
        "Soleil Levant",
        "Les Jardins du Lac",
        "La Clairière",
        "Le Toit Commun",
        "Les Hirondelles",
        "La Pépinière",
    ],
    "it": [
        "La Serenella",
        "Casa Nostra",
        "Il Girasole",
        "Borgo Nuovo",
        "La Quercia",
        "Solidarietà",
        "Il Glicine",
        "Tetto Comune",
        "Il Mandorlo",
        "La Corte",
    ],
    "en": [
        "Riverside",
        "Hollybank",
        "Greenhill",
        "Canal Side",
        "Bramble",
        "Oak Tree",
        "Brunswick",
        "Cedar Court",
        "Millbrook",
        "Parkview",
    ],
}
JOBS = {
    "de": [
        "kaufm. Angestellte/r",
        "Pflegefachkraft",
        "Lehrer/in",
        "Elektroniker/in",
        "Rentner/in",
        "Student/in",
        "Busfahrer/in",
        "Erzieher/in",
        "Softwareentwickler/in",
        "Verkäufer/in",
    ],
    "fr": [
        "infirmier/ère",
        "enseignant(e)",
        "employé(e) de commerce",
        "retraité(e)",
        "étudiant(e)",
        "chauffeur",
        "éducateur/trice",
        "développeur/euse",
    ],
    "it": [
        "impiegato/a",
        "insegnante",
        "infermiere/a",
        "pensionato/a",
        "studente/ssa",
        "autista",
        "educatore/trice",
        "commesso/a",
    ],
    "en": [
        "nurse",
        "teacher",
        "retail assistant",
        "retired",
        "student",
        "electrician",
        "bus driver",
        "care worker",
        "software developer",
    ],
}
LANDLORD_FIRMS = {
    "de": [
        "Immobilienverwaltung Rheinblick GmbH",
        "Hausverwaltung Nordstern GmbH",
        "Wohnwert Immobilien AG",
        "Liegenschaftsverwaltung Seeblick AG",
        "Immo-Service Süd GmbH",
    ],
    "fr": ["Régie du Centre SA", "Foncia Agence des Quais", "Gérance Lémanique SA", "Cabinet Immobilier des Halles"],
    "it": ["Immobiliare Sole Srl", "Gestioni Immobiliari Lario", "Amministrazioni Condominiali Porta Nuova"],
    "en": ["Northside Lettings Ltd", "Crescent Property Management", "Harbour Homes Lettings", "Maple Realty Group"],
}
HOUSING_REQ = {
    "de": [
        "1|Sortiere die Warteliste bitte nach Anmeldedatum.",
        "1|Schreib eine Zusage an die Person auf Platz 2.",
        "0|Fasse den Antrag für die Vorstandssitzung zusammen.",
        "03|Prüfe bitte, ob alle Pflichtangaben da sind.",
        "2|Bitte Antwort an das Mitglied entwerfen, Mietvertrag kommt nächste Woche.",
        "3|Welche Bewerbungen sind doppelt?",
    ],
    "fr": [
        "1|Trie la liste d'attente par date d'inscription, stp.",
        "1|Rédige une proposition pour la personne n° 2.",
        "0|Résume la demande pour le comité.",
        "03|Vérifie que tous les champs obligatoires sont remplis.",
        "2|Prépare une réponse : le bail part la semaine prochaine.",
    ],
    "it": [
        "1|Ordina la graduatoria per data di iscrizione.",
        "1|Scrivi una proposta al secondo in graduatoria.",
        "0|Riassumi la domanda per il consiglio di amministrazione.",
        "03|Controlla che ci siano tutti i dati obbligatori.",
        "2|Prepara una risposta al socio.",
    ],
    "en": [
        "1|Sort the waiting list by date registered, please.",
        "1|Draft an offer email to number 2 on the list.",
        "0|Summarise this application for the committee.",
        "03|Check whether any required fields are missing.",
        "2|Draft a reply - the agreement goes out next week.",
    ],
}


def coop_org(ctx: Ctx) -> Org:
    x = ctx.c(COOP_X[ctx.lang])
    reg = ctx.reg
    names = {
        "DE": [f"Wohnungsbaugenossenschaft {x} eG", f"Wohnungsgenossenschaft {x} eG", f"Bauverein {x} eG"],
        "AT": [f"Gemeinnützige Bau- und Siedlungsgenossenschaft {x}", f"Wohnbaugenossenschaft {x} reg.Gen.m.b.H."],
        "CHde": [f"Baugenossenschaft {x}", f"Wohnbaugenossenschaft {x}", f"Genossenschaft {x}"],
        "FR": [f"Coopérative d'habitants {x}", f"Société coopérative d'HLM {x}"],
        "CHfr": [f"Coopérative d'habitation {x}", f"Société coopérative de logement {x}"],
        "IT": [f"Cooperativa edilizia {x}", f"Cooperativa di abitazione {x} soc. coop."],
        "CHit": [f"Cooperativa d'abitazione {x}", f"Cooperativa edilizia {x}"],
        "GB": [f"{x} Housing Co-operative Ltd", f"{x} Housing Co-op"],
        "US": [f"{x} Housing Cooperative", f"{x} Co-op Apartments"],
    }[reg]
    pre = {
        "de": ["wbg-", "bg-", "gen-", ""],
        "fr": ["coop-", "", "habitat-"],
        "it": ["coop-", "", "coopedil-"],
        "en": ["", "", "coop-"],
    }[ctx.lang]
    return Org(ctx, ctx.c(names), ctx.c(pre) + x)


def _household(ctx: Ctx, head: Person, n: int) -> list[tuple[Person, str]]:
    out = []
    if head.dob is None:
        head.dob = ctx.rdate(1950, 2003)
    if n >= 2:
        m = mate(ctx, head, 0.7)
        out.append((m, rel(ctx, ctx.c(["spouse", "partner"]), m)))
    for k in kids(ctx, head, max(0, n - len(out) - 1)):
        out.append((k, rel(ctx, "child", k)))
    return out


def housing_v0(ctx: Ctx, org: Org) -> str:
    a = ctx.person()
    n = ctx.c([1, 1, 2, 2, 3, 4, 5])
    hh = _household(ctx, a, n)
    title = ctx.L(
        de="Antrag auf Mitgliedschaft und Aufnahme in die Warteliste",
        fr="Demande d'adhésion et d'inscription sur la liste d'attente",
        it="Domanda di ammissione a socio e iscrizione in graduatoria",
        en="Membership application and waiting-list registration",
    )
    lab = ctx.L(
        de=(
            "Name",
            "Vorname",
            "Name, Vorname",
            "Geburtsdatum",
            "Staatsangehörigkeit",
            "Anschrift",
            "Straße, Nr.",
            "PLZ, Ort",
            "Telefon",
            "Mobil",
            "E-Mail",
            "Beruf",
            "Derzeitiger Vermieter",
        ),
        fr=(
            "Nom",
            "Prénom",
            "Nom et prénom",
            "Date de naissance",
            "Nationalité",
            "Adresse",
            "Rue, n°",
            "NPA / Localité" if ctx.cc == "CH" else "Code postal, ville",
            "Téléphone",
            "Portable",
            "E-mail",
            "Profession",
            "Bailleur actuel",
        ),
        it=(
            "Cognome",
            "Nome",
            "Cognome e nome",
            "Data di nascita",
            "Cittadinanza",
            "Indirizzo",
            "Via, n.",
            "CAP, Località",
            "Telefono",
            "Cellulare",
            "E-mail",
            "Professione",
            "Locatore attuale",
        ),
        en=(
            "Surname" if not ctx.us else "Last name",
            "First name",
            "Full name",
            "Date of birth",
            "Nationality",
            "Address",
            "Street",
            "Town, postcode" if not ctx.us else "City, State, ZIP",
            "Phone",
            "Mobile" if not ctx.us else "Cell",
            "Email",
            "Occupation",
            "Current landlord",
        ),
    )
    pairs: list[tuple[str, str]] = []
    if ctx.p(0.5):
        last = a.as_("last") if ctx.p(0.7) else mk("PERSON", a.last.upper())
        pairs += [(lab[0], last), (lab[1], a.as_("first"))]
    else:
        pairs.append((lab[2], a.as_(ctx.c(["lastfirst", "full", "LAST,first"]))))
    pairs.append((lab[3], ctx.dob(a, 1950, 2003)))
    if ctx.p(0.4):
        pairs.append((lab[4], nat(ctx, a)))
    ad = ctx.addr(p=a, t=ctx.home if ctx.p(0.85) else None)
    if ctx.p(0.5):
        pairs.append((lab[5], ad.line()))
    else:
        pairs += [(lab[6], ad.s()), (lab[7], ad.p())]
    if ctx.p(0.35):
        pairs.append((lab[8], ctx.land(ad.t)))
    pairs.append((lab[9], ctx.mobile(a)))
    pairs.append((lab[10], ctx.email(a)))
    if ctx.p(0.6):
        pairs.append((lab[11], ctx.c(JOBS[ctx.lang])))
    if ctx.p(0.4):
        pairs.append((lab[12], ctx.c(LANDLORD_FIRMS[ctx.lang])))
    parts = []
    if ctx.p(0.6):
        parts.append(
            letterhead(
                ctx,
                org.name,
                org.addr,
                org.phone,
                org.role(ctx.c(["info", "vermietung", "wohnen", "office", "contact"])),
                org.web,
            )
        )
        parts.append("")
    parts.append(title.upper() if ctx.p(0.3) else title)
    parts.append("")
    parts.append(form(ctx, pairs))
    if hh:
        parts.append("")
        parts.append(
            ctx.L(
                de="Im Haushalt lebende Personen:",
                fr="Personnes vivant dans le ménage :",
                it="Componenti del nucleo familiare:",
                en="Household members:",
            )
        )
        head = ctx.L(
            de=["Name", "Beziehung", "geb."],
            fr=["Nom", "Lien", "Né(e) le"],
            it=["Nome", "Rapporto", "Nato/a il"],
            en=["Name", "Relationship", "DOB"],
        )
        sh = ctx.c(DOB_SHAPES[ctx.reg])[0]
        rows = [
            [p.as_(ctx.c(["full", "first"]) if p.last == a.last else "full"), r, ctx.dob(p, 1955, 2004, shape=sh)]
            for p, r in hh
        ]
        parts.append(table(ctx, head, rows, ctx.c(["md", "md_pad", "fixed", "pipe"])))
    parts.append("")
    want = ctx.L(
        de=f"Gewünschte Wohnung: {rooms(ctx)} Zimmer, max. {ctx.money(600, 1400, False)} Nutzungsgebühr, Bezug ab "
        f"{ctx.date(ctx.rdate(2026, 2027))}",
        fr=f"Logement souhaité : {rooms(ctx)} pièces, loyer max. {ctx.money(700, 1900, False)}, dès le "
        f"{ctx.date(ctx.rdate(2026, 2027))}",
        it=f"Alloggio desiderato: {rooms(ctx)} locali, canone max {ctx.money(450, 1200, False)}, dal "
        f"{ctx.date(ctx.rdate(2026, 2027))}",
        en=f"Home needed: {ctx.c([1, 2, 3])}-bed, max rent {ctx.money(700, 1800, False)} per month, from "
        f"{ctx.date(ctx.rdate(2026, 2027))}",
    )
    parts.append(want)
    if ctx.p(0.7) and not ctx.us:
        holder = a if ctx.p(0.8) else hh[0][0] if hh else a
        parts.append(
            ctx.L(
                de=f"Geschäftsanteile: {ctx.c([1, 2, 3, 5])} × {ctx.money(150, 500, False)} - SEPA-Lastschrift "
                "von IBAN "
                f"{ctx.iban()}, Kontoinhaber/in: {holder.full()}",
                fr=f"Parts sociales : {ctx.c([1, 2, 4])} × {ctx.money(100, 500, False)} - prélèvement sur IBAN "
                f"{ctx.iban()}, titulaire : {holder.full()}",
                it=f"Quote sociali: {ctx.c([1, 2])} × {ctx.money(25, 250, False)} - addebito su IBAN {ctx.iban()}, "
                f"intestatario: {holder.full()}",
                en=f"Share: {ctx.money(1, 50, False)} membership share, refundable deposit by bank transfer from IBAN "
                f"{ctx.iban()} (account holder {holder.full()})",
            )
        )
    elif ctx.us:
        parts.append(f"Share purchase: {ctx.money(500, 3000, False)}, paid by card {ctx.masked_card()}")
    parts.append("")
    t = ctx.home[0]
    parts.append(
        ctx.L(
            de=f"Ort, Datum: {t}, {ctx.date(ctx.rdate(2026, 2026))}",
            fr=f"Fait à {t}, le {ctx.date(ctx.rdate(2026, 2026))}",
            it=f"Luogo e data: {t}, {ctx.date(ctx.rdate(2026, 2026))}",
            en=f"Signed: {a.full()}    Date: {ctx.date(ctx.rdate(2026, 2026))}",
        )
    )
    if ctx.lang != "en":
        parts.append(ctx.L(de="Unterschrift: ", fr="Signature : ", it="Firma: ", en="") + a.full())
    body = "\n".join(parts)
    if ctx.p(0.35):
        body = ocr(ctx, body)
    return body


def housing_v1(ctx: Ctx, org: Org) -> str:
    n = ctx.r.randint(5, 9)
    people = [ctx.person() for _ in range(n)]
    st = ctx.c(["full", "lastfirst", "LASTfirst", "LAST,first", "last first"])
    head = ctx.L(
        de=["Pos.", "Name", "Pers.", "Zi.", "seit", "Telefon", "E-Mail", "Bemerkung"],
        fr=["Rang", "Nom", "Pers.", "Pièces", "Inscrit le", "Téléphone", "E-mail", "Remarque"],
        it=["Pos.", "Nominativo", "Comp.", "Vani", "Iscritto il", "Telefono", "E-mail", "Note"],
        en=["#", "Name", "Household", "Beds", "Registered", "Phone", "Email", "Notes"],
    )
    notes = ctx.L(
        de=["", "", "WBS vorhanden", "Rollstuhl", "Katze", "nur EG/Lift", "Mitglied seit 2018", "dringend"],
        ch=["", "", "Rollstuhl", "Katze", "nur mit Lift", "Mitglied seit 2018", "dringend", "Familie"],
        fr=["", "", "fauteuil roulant", "chat", "RDC ou ascenseur", "membre depuis 2019", "urgent"],
        it=["", "", "sedia a rotelle", "gatto", "piano terra o ascensore", "socio dal 2019", "urgente"],
        en=["", "", "wheelchair user", "cat", "ground floor / lift", "member since 2019", "urgent"],
    )
    asof = ctx.rdate(2026, 2026, 1, 11)
    dates = sorted(ctx.rdate(2019, 2025) if ctx.p(0.8) else ctx.rdate(2026, 2026, 1, asof.month) for _ in range(n))
    dates = [min(d, asof) for d in dates]
    free = ctx.date(asof + dt.timedelta(days=ctx.r.randint(20, 90)))
    rows = []
    for k, (p, d) in enumerate(zip(people, dates, strict=False)):
        ph = ctx.mobile(p) if ctx.p(0.75) else ctx.land()
        rows.append(
            [
                str(k + 1),
                p.as_(st),
                str(ctx.c([1, 2, 2, 3, 4])),
                rooms(ctx),
                ctx.date(d),
                ph,
                ctx.email(p) if ctx.p(0.7) else "",
                ctx.c(notes),
            ]
        )
    title = ctx.L(
        de=f"Warteliste {org.name} - Stand {ctx.date(asof)}",
        fr=f"Liste d'attente - {org.name} (état au {ctx.date(asof)})",
        it=f"Graduatoria soci in attesa - {org.name}, aggiornata al {ctx.date(asof)}",
        en=f"{org.name} waiting list, as of {ctx.date(asof)}",
    )
    staff = [ctx.person() for _ in range(3)]
    care = ctx.person()
    flat = ctx.addr(t=ctx.home, biz=True)
    first, second = people[0], people[1]
    nm = lambda p: p.as_(ctx.c(["first", "full", "firstinit"]))  # noqa: E731
    msgs = [
        (
            nm(staff[0]),
            ctx.L(
                de=f"Die {rooms(ctx)}-Zimmer-Wohnung {flat.s()} wird zum {free} frei.",
                fr=f"Le {rooms(ctx)} pièces {flat.s()} se libère au {free}.",
                it=f"Si libera il {rooms(ctx)} locali in {flat.s()} dal {free}.",
                en=f"The {ctx.c([1, 2, 3])}-bed at {flat.s()} is free from {free}.",
            ),
        ),
        (
            nm(staff[1]),
            ctx.L(
                de=f"Nr. 1 {sir(ctx, first)} hat abgesagt, zieht doch zu "
                f"{'seiner' if first.g == 'm' else 'ihrer'} Tochter.",
                fr=f"Le n° 1, {sir(ctx, first)}, a refusé : part vivre chez sa fille.",
                it=f"Il n. 1, {sir(ctx, first)}, ha rinunciato, va a vivere dalla figlia.",
                en=f"No. 1 ({sir(ctx, first)}) has turned it down, moving in with family.",
            ),
        ),
        (
            nm(staff[0]),
            ctx.L(
                de=f"Dann frag ich {second.as_('full')}, {ctx.mobile(second)}",
                fr=f"J'appelle {second.as_('full')} alors, {ctx.mobile(second)}",
                it=f"Allora chiamo {second.as_('full')}, {ctx.mobile(second)}",
                en=f"I'll ring {second.as_('full')} then, {ctx.mobile(second)}",
            ),
        ),
        (
            nm(staff[2]),
            ctx.L(
                de=f"Besichtigung bitte mit {'Hauswart' if care.g == 'm' else 'Hauswartin'} "
                f"{care.as_(ctx.c(['full', 'last']))}, erreichbar unter {ctx.mobile(care)}.",
                at=f"Besichtigung bitte mit {'Hausbesorger' if care.g == 'm' else 'Hausbesorgerin'} "
                f"{care.as_(ctx.c(['full', 'last']))}, "
                f"erreichbar unter {ctx.mobile(care)}.",
                fr=f"Visite avec {'le' if care.g == 'm' else 'la'} concierge, {care.as_('full')}, joignable au "
                f"{ctx.mobile(care)}.",
                it=f"Visita con {'il custode' if care.g == 'm' else 'la custode'} {care.as_('full')}, cell. "
                f"{ctx.mobile(care)}.",
                en=f"Viewing via the caretaker {care.as_('full')} on {ctx.mobile(care)}.",
            ),
        ),
    ]
    if ctx.p(0.5):
        p3 = people[2]
        ne = ctx.alt_email(p3)
        msgs.append(
            (
                nm(staff[1]),
                ctx.L(
                    de=f"Übrigens: {p3.as_('full')} hat eine neue Mailadresse, {ne}",
                    fr=f"Au fait, {p3.as_('full')} a une nouvelle adresse : {ne}",
                    it=f"Ah, {p3.as_('full')} ha cambiato email: {ne}",
                    en=f"btw {p3.as_('full')} has a new email: {ne}",
                ),
            )
        )
    return f"{title}\n\n{table(ctx, head, rows)}\n\n{chat(ctx, msgs)}"


def housing_v2(ctx: Ctx, org: Org) -> str:
    m = ctx.person()
    staff = ctx.person()
    care = ctx.person()
    mate_ = mate(ctx, m, 0.5)
    flat = ctx.addr(t=ctx.home, biz=True)
    semail = ctx.email(staff, domain=org.domain)
    direct = ctx.land(din=ctx.lang == "de")
    sent = ctx.rdate(2026, 2026, 1, 10)
    rent = ctx.money(650, 1700)
    view = ctx.date(sent + dt.timedelta(days=ctx.r.randint(3, 12)))
    memno = ctx.ref(ctx.c(["M-", "", "Nr. "]) if ctx.lang == "de" else "", 5)
    offer = ctx.L(
        de=f"{greet(ctx, m)}\n\nwir freuen uns, Ihnen folgende Wohnung anbieten zu können:\n{flat.line()}, "
        f"{rooms(ctx)} Zimmer, {ctx.r.randint(48, 96)} m², Nutzungsgebühr {rent} inkl. NK.\nBesichtigung am {view} "
        f"um {ctx.time(9, 18, 30)} mit {'unserem Hauswart' if care.g == 'm' else 'unserer Hauswartin'} "
        f"{care.full()} ({ctx.mobile(care)}).\nBitte geben Sie uns "
        f"bis spätestens {ctx.date(sent + dt.timedelta(days=14))} Bescheid. Ihre Mitgliedsnummer: {memno}\n\n"
        f"{bye(ctx, True)}\n{signature(ctx, staff, 'Vermietung', org.name, direct, semail, style='block')}",
        fr=f"{greet(ctx, m)}\n\nNous avons le plaisir de vous proposer le logement suivant :\n{flat.line()}, "
        f"{rooms(ctx)} pièces, {ctx.r.randint(48, 96)} m², loyer {rent} charges comprises.\nVisite le {view} à "
        f"{ctx.time(9, 18, 30)} avec notre concierge {care.full()} ({ctx.mobile(care)}).\nMerci de nous répondre "
        f"avant le {ctx.date(sent + dt.timedelta(days=14))}. N° de membre : {memno}\n\n{bye(ctx, True)}\n"
        f"{signature(ctx, staff, 'Gérance', org.name, direct, semail, style='block')}",
        it=f"{greet(ctx, m)}\n\nsiamo lieti di proporLe il seguente alloggio:\n{flat.line()}, {rooms(ctx)} locali, "
        f"{ctx.r.randint(48, 96)} m², canone {rent} spese incluse.\nVisita il {view} alle {ctx.time(9, 18, 30)} con "
        f"{'il nostro custode' if care.g == 'm' else 'la nostra custode'} {care.full()} "
        f"({ctx.mobile(care)}).\nLa preghiamo di rispondere entro il "
        f"{ctx.date(sent + dt.timedelta(days=14))}. N. socio: {memno}\n\n{bye(ctx, True)}\n"
        f"{signature(ctx, staff, 'Ufficio assegnazioni', org.name, direct, semail, style='block')}",
        en=f"{greet(ctx, m)}\n\nWe are pleased to offer you the following home:\n{flat.line()}, "
        f"{ctx.c([1, 2, 3])} bedrooms, rent {rent} per month.\nViewing on {view} at {ctx.time(9, 18, 30)} with our "
        f"caretaker {care.full()} ({ctx.mobile(care)}).\nPlease let us know by "
        f"{ctx.date(sent + dt.timedelta(days=14))}. Member no. {memno}\n\n{bye(ctx, True)}\n"
        f"{signature(ctx, staff, 'Allocations', org.name, direct, semail, style='block')}",
    )
    kids_ = kids(ctx, m, ctx.c([0, 0, 1, 2]))
    kid_txt = ""
    if kids_:
        kid_txt = ctx.L(
            de=" Außerdem "
            + ("ziehen unsere Kinder " if len(kids_) > 1 else "zieht unser Kind ")
            + " und ".join(f"{k.as_('first')} (geb. {ctx.dob(k)})" for k in kids_)
            + " mit ein.",
            fr=(" Nos enfants " if len(kids_) > 1 else " Notre enfant ")
            + " et ".join(f"{k.as_('first')} (né{'e' if k.g == 'f' else ''} le {ctx.dob(k)})" for k in kids_)
            + (" emménagent aussi." if len(kids_) > 1 else " emménage aussi."),
            it=" Con noi anche "
            + " e ".join(f"{k.as_('first')} (nat{'a' if k.g == 'f' else 'o'} il {ctx.dob(k)})" for k in kids_)
            + ".",
            en=" Our "
            + ("children " if len(kids_) > 1 else "child ")
            + " and ".join(f"{k.as_('first')} (born {ctx.dob(k)})" for k in kids_)
            + " will live with us too.",
        )
    new_ph = ctx.mobile(Person(m.first, m.last, m.g, m.src))
    reply = ctx.L(
        de=f"Guten Tag {ctx.title(staff)} {staff.as_('last')},\n\nvielen Dank, wir nehmen die Wohnung gerne! "
        f"Einziehen werde ich zusammen mit {mate_.full()}, geb. {ctx.dob(mate_)}.{kid_txt} Den Vertrag bitte an "
        f"{ctx.email(m)} schicken. Ich habe eine neue Handynummer: {new_ph}.\n\n{bye(ctx)}\n{m.full()}",
        fr=f"Bonjour {ctx.title(staff)} {staff.as_('last')},\n\nMerci beaucoup, nous acceptons le logement ! "
        f"J'emménagerai avec {mate_.full()}, né{'e' if mate_.g == 'f' else ''} le {ctx.dob(mate_)}.{kid_txt} Merci "
        f"d'envoyer le bail à {ctx.email(m)}. Mon nouveau numéro : {new_ph}.\n\n{bye(ctx)}\n{m.full()}",
        it=f"Buongiorno {ctx.title(staff)} {staff.as_('last')},\n\ngrazie mille, accettiamo l'alloggio! Verrò ad "
        f"abitare con {mate_.full()}, nat{'a' if mate_.g == 'f' else 'o'} il {ctx.dob(mate_)}.{kid_txt} Il contratto "
        f"può inviarlo a {ctx.email(m)}. Nuovo cellulare: {new_ph}.\n\n{bye(ctx)}\n{m.full()}",
        en=f"Dear {ctx.title(staff)} {staff.as_('last')},\n\nThank you, we'd love to take the flat! I'll be moving "
        f"in with {mate_.full()} (DOB {ctx.dob(mate_)}).{kid_txt} Please send the tenancy agreement to "
        f"{ctx.email(m)}. New mobile number: {new_ph}.\n\n{bye(ctx)}\n{m.full()}",
    )
    if ctx.us:
        reply = reply.replace("the flat", "the apartment").replace("tenancy agreement", "occupancy agreement")
        reply = reply.replace("New mobile number", "New cell number")
    subj = (
        ctx.L(
            de="AW: Wohnungsangebot ",
            fr="RE: Proposition de logement ",
            it="R: Proposta alloggio ",
            en="RE: Offer of accommodation ",
        )
        + flat.s()
    )
    head = mail_head(
        ctx,
        addr_disp(ctx, m.full(), ctx.email(m)),
        addr_disp(ctx, staff.full(), semail)
        if ctx.p(0.7)
        else org.role("vermietung" if ctx.lang == "de" else "office"),
        subj,
        when=sent + dt.timedelta(days=ctx.r.randint(1, 4)),
    )
    intro = (
        quote_intro(ctx, addr_disp(ctx, staff.full(), semail), sent)
        if ctx.p(0.6)
        else outlook_block(ctx, addr_disp(ctx, staff.full(), semail), m.full(), subj.split(": ", 1)[1], sent)
    )
    return f"{head}\n\n{reply}\n\n{quoted(ctx, intro, offer)}"


def housing_v3(ctx: Ctx, org: Org) -> str:
    recs = []
    use_iso = ctx.p(0.6)
    for _k in range(ctx.r.randint(2, 4)):
        p = ctx.person()
        a = ctx.addr(p=p, t=ctx.home if ctx.p(0.85) else None)
        dob = ctx.dob(p, 1950, 2004, shape="iso" if use_iso else ctx.dob_shape)
        rec = {
            "id": ctx.ref("APP-", 5),
            "submitted_at": f"2026-{ctx.r.randint(1, 11):02d}-{ctx.r.randint(1, 28):02d}T{ctx.r.randint(7, 22):02d}:"
            f"{ctx.r.randint(0, 59):02d}:{ctx.r.randint(0, 59):02d}Z",
            "last_name": p.as_("last"),
            "first_name": p.as_("first"),
            "date_of_birth": dob,
            "email": ctx.email(p),
            "phone": ctx.mobile(p, intl=0.5),
            "address": {"street": a.s(), "postal_city": a.p()} if ctx.p(0.6) else a.line(),
            "household_size": ctx.c([1, 2, 3, 4]),
            "rooms_wanted": rooms(ctx),
            "income_band": ctx.c(["A", "B", "C", "B2", "< 40k", "40-60k"]),
            "client_ip": ctx.ip(),
            "consent_privacy": True,
        }
        if ctx.p(0.5) and not ctx.us:
            rec["iban"] = ctx.iban(style="compact")
        recs.append(rec)
    if ctx.p(0.5):
        body = jdump(ctx, recs)
    else:
        body = ydump(
            {"export": f"{org.web}/bewerbung" if ctx.lang == "de" else f"{org.web}/apply", "applications": recs}
        )
    note = ctx.L(
        de="Export aus dem Bewerbungsportal, bitte Dubletten prüfen:",
        fr="Export du portail de candidature, merci de vérifier les doublons :",
        it="Export dal portale domande, controllare i doppioni:",
        en="Export from the applications portal - please check for duplicates:",
    )
    return f"{note}\n\n{body}"


def gen_housing(ctx: Ctx, v: int) -> str:
    org = coop_org(ctx)
    return [housing_v0, housing_v1, housing_v2, housing_v3][v](ctx, org)


# ---------------------------------------------------------------------------------------------------------------
# 2. campsite - campsite and caravan-site registrations
# ---------------------------------------------------------------------------------------------------------------
CAMP_X = {
    "de": ["Seeblick", "Am Waldsee", "Sonnenwiese", "Lärchenhain", "Uferwiese", "Birkenhain", "Am Fluss", "Alpenblick"],
    "fr": ["Les Pins", "La Plage", "Les Mouettes", "Le Clos du Lac", "Les Chênes Verts", "La Pinède", "Les Sapins"],
    "it": ["Il Pineto", "Lago Blu", "La Baia", "Le Dune", "Bella Vista", "Il Boschetto", "Riva Verde"],
    "en": ["Riverside", "Heather Bank", "Fellside", "Bay View", "Meadowbank", "Gorse Hill"],
    "us": ["Pine Hollow", "Lakeshore", "Red Rock", "Cedar Ridge", "Aspen Creek", "Blue Heron"],
}
DOGS = ["Balu", "Rocky", "Nala", "Filou", "Bella", "Oscar", "Pepper", "Milo", "Wuschel", "Biscotto", "Gribouille"]
CAMP_REQ = {
    "de": [
        "03|Trag die Gäste bitte in die Meldeliste ein.",
        "2|Schreib eine Bestätigung mit den neuen Daten.",
        "1|Welche Plätze sind heute Abend noch belegt?",
        "0|Bitte prüfen, ob der Meldeschein vollständig ist.",
        "3|Wie viele Nächte sind das insgesamt?",
    ],
    "fr": [
        "03|Reporte ces clients dans le registre, stp.",
        "2|Écris une confirmation avec les nouvelles dates.",
        "1|Quels emplacements sont occupés ce soir ?",
        "0|Vérifie que la fiche est complète.",
    ],
    "it": [
        "03|Inserisci gli ospiti nel registro, per favore.",
        "2|Scrivi una conferma con le nuove date.",
        "1|Quali piazzole sono occupate stasera?",
        "0|Controlla che la scheda sia completa.",
    ],
    "en": [
        "03|Add these guests to the arrivals sheet please.",
        "2|Write a confirmation with the new dates.",
        "1|Which pitches are taken tonight?",
        "0|Check the registration card is complete.",
    ],
}


def camp_org(ctx: Ctx) -> Org:
    t = ctx.themed(CAMPS)
    x = ctx.c(CAMP_X["us" if ctx.us else ctx.lang])
    name = ctx.c(
        {
            "de": [f"Campingplatz {x}", f"Camping {x}", f"Ferienpark {x}"],
            "fr": [f"Camping {x}", f"Camping municipal {x}", f"Camping {x} ****"],
            "it": [f"Camping {x}", f"Campeggio {x}", f"Camping Village {x}"],
            "en": [f"{x} Campground", f"{x} RV Park", f"{x} Campground & RV Resort"]
            if ctx.us
            else [f"{x} Caravan Park", f"{x} Holiday Park", f"{x} Camping & Caravanning"],
        }[ctx.lang]
    )
    return Org(ctx, name, "camping-" + x if ctx.lang != "en" else x + "-camping", t=t)


def camp_dates(ctx: Ctx) -> tuple[dt.date, dt.date]:
    a = ctx.rdate(2026, 2026, 5, 9)
    return a, a + dt.timedelta(days=ctx.r.randint(2, 16))


def pitch(ctx: Ctx) -> str:
    return ctx.c(
        [
            f"{ctx.c('ABCDEF')}{ctx.r.randint(1, 60)}",
            str(ctx.r.randint(1, 240)),
            f"{ctx.c('ABCD')}-{ctx.r.randint(1, 40):02d}",
        ]
    )


def camp_v0(ctx: Ctx, org: Org) -> str:
    g = ctx.person()
    arr, dep = camp_dates(ctx)
    title = ctx.L(
        de="Meldeschein",
        at="Gästeblatt",
        ch="Meldeschein / Gästekarte",
        fr="Bulletin d'arrivée" if ctx.cc == "CH" else "Fiche d'arrivée client",
        it="Scheda di registrazione ospiti",
        en="Registration card",
        us="Campground registration",
    )
    lab = ctx.L(
        de=(
            "Anreise",
            "Abreise",
            "Platz-Nr.",
            "Name",
            "Vorname",
            "Geburtsdatum",
            "Staatsangehörigkeit",
            "Anschrift",
            "Telefon",
            "E-Mail",
            "Kfz-Kennzeichen",
            "Unterkunft",
            "Ausweis-Nr.",
            "Hund",
        ),
        fr=(
            "Arrivée",
            "Départ",
            "Emplacement",
            "Nom",
            "Prénom",
            "Date de naissance",
            "Nationalité",
            "Adresse",
            "Téléphone",
            "E-mail",
            "Immatriculation",
            "Hébergement",
            "N° pièce d'identité",
            "Chien",
        ),
        it=(
            "Arrivo",
            "Partenza",
            "Piazzola",
            "Cognome",
            "Nome",
            "Data di nascita",
            "Cittadinanza",
            "Indirizzo",
            "Telefono",
            "E-mail",
            "Targa",
            "Sistemazione",
            "N. documento",
            "Cane",
        ),
        en=(
            "Arrival",
            "Departure",
            "Pitch" if not ctx.us else "Site #",
            "Surname" if not ctx.us else "Last name",
            "First name",
            "Date of birth",
            "Nationality",
            "Home address",
            "Phone",
            "Email",
            "Vehicle reg." if not ctx.us else "License plate",
            "Unit",
            "ID / passport no.",
            "Dog",
        ),
    )
    unit = ctx.c(
        ctx.L(
            de=["Wohnwagen", "Wohnmobil", "Zelt", "Mietmobilheim"],
            fr=["caravane", "camping-car", "tente", "mobil-home"],
            it=["roulotte", "camper", "tenda", "bungalow"],
            en=["caravan", "motorhome", "tent", "lodge"],
            us=["RV (32 ft)", "travel trailer", "tent", "cabin"],
        )
    )
    ad = ctx.addr(p=g, t=ctx.town())
    pairs = [(lab[0], ctx.date(arr)), (lab[1], ctx.date(dep)), (lab[2], pitch(ctx))]
    if ctx.p(0.6):
        pairs += [(lab[3], g.as_("last") if ctx.p(0.7) else mk("PERSON", g.last.upper())), (lab[4], g.as_("first"))]
    else:
        pairs.append(
            (
                ctx.L(de="Name, Vorname", fr="Nom, prénom", it="Cognome e nome", en="Name"),
                g.as_(ctx.c(["lastfirst", "full", "LASTfirst"])),
            )
        )
    pairs += [
        (lab[5], ctx.dob(g, 1948, 2004)),
        (lab[6], nat(ctx, g)),
        (lab[7], ad.line()),
        (lab[8], ctx.mobile(g, intl=0.4)),
        (lab[9], ctx.email(g)),
        (lab[10], plate(ctx)),
        (lab[11], unit),
    ]
    if ctx.p(0.4):
        pairs.append(
            (
                lab[12],
                f"{ctx.c('CLTX')}{ctx.c('0123456789FGHJK')}{rdig(ctx.r, 2)}{ctx.c('XYZ')}"
                f"{ctx.c('0123456789')}{ctx.c('FGHJKLM')}{rdig(ctx.r, 2)}",
            )
        )
    if ctx.p(0.35):
        pairs.append((lab[13], f"{ctx.L(de='ja', fr='oui', it='sì', en='yes')} ({ctx.c(DOGS)})"))
    parts = [
        letterhead(ctx, org.name, org.addr, org.phone, org.role(ctx.c(["info", "reception", "booking"])), org.web),
        "",
        title.upper() if ctx.p(0.4) else title,
        "",
        form(ctx, pairs),
    ]
    co = []
    if ctx.p(0.75):
        co.append(mate(ctx, g, 0.6))
        for k in kids(ctx, g, ctx.c([0, 1, 2, 2, 3])):
            co.append(k)
    if co:
        head = ctx.L(
            de=["Mitreisende", "Geburtsdatum"],
            fr=["Accompagnants", "Né(e) le"],
            it=["Accompagnatori", "Data di nascita"],
            en=["Other guests", "DOB"],
        )
        sh = ctx.dob_shape
        rows = [
            [p.full() if ctx.p(0.6) or p.last != g.last else p.as_("first"), ctx.dob(p, 1950, 2004, shape=sh)]
            for p in co
        ]
        parts += ["", table(ctx, head, rows, ctx.c(["md", "fixed", "pipe", "tsv"]))]
    parts.append("")
    if ctx.p(0.3) and not ctx.us:
        parts.append(
            ctx.L(
                de=f"Dauerstellplatz Saison 2026/27: {ctx.money(1400, 2900, False)}, Abbuchung in 3 Raten von IBAN "
                f"{ctx.iban()} (Kontoinhaber {g.full()})",
                fr=f"Emplacement à l'année 2026/27 : {ctx.money(1400, 2900, False)}, prélevé en 3 fois sur l'IBAN "
                f"{ctx.iban()} (titulaire {g.full()})",
                it=f"Piazzola stagionale 2026/27: {ctx.money(1400, 2900, False)}, addebito in 3 rate su IBAN "
                f"{ctx.iban()} "
                f"(intestatario {g.full()})",
                en=f"Seasonal pitch 2026/27: {ctx.money(1400, 2900, False)}, 3 instalments by direct debit from IBAN "
                f"{ctx.iban()} (account holder {g.full()})",
            )
        )
    else:
        parts.append(
            ctx.L(
                de=f"Kaution: {ctx.money(50, 200, False)} - Karte {ctx.masked_card()}",
                fr=f"Caution : {ctx.money(50, 200, False)} - carte {ctx.masked_card()}",
                it=f"Cauzione: {ctx.money(50, 200, False)} - carta {ctx.masked_card()}",
                en=f"Deposit: {ctx.money(50, 200, False)} - card {ctx.masked_card()}",
            )
        )
        if ctx.p(0.15):
            parts.append(
                ctx.L(
                    de=f"Kartennummer (manuell): {ctx.card()}",
                    fr=f"N° de carte (saisie) : {ctx.card()}",
                    it=f"Numero carta (manuale): {ctx.card()}",
                    en=f"Card number (keyed): {ctx.card()}",
                )
            )
    parts.append(
        ctx.L(
            de=f"Unterschrift Gast: {g.full()}",
            fr=f"Signature du client : {g.full()}",
            it=f"Firma dell'ospite: {g.full()}",
            en=f"Guest signature: {g.full()}",
        )
    )
    body = "\n".join(parts)
    return ocr(ctx, body) if ctx.p(0.3) else body


def camp_v1(ctx: Ctx, org: Org) -> str:
    day = ctx.rdate(2026, 2026, 5, 9)
    guests = [ctx.person() for _ in range(ctx.r.randint(5, 8))]
    st = ctx.c(["lastfirst", "full", "LASTfirst", "last"])
    head = ctx.L(
        de=["Platz", "Name", "Pers.", "Nächte", "Kennzeichen", "Telefon", "Notiz"],
        fr=["Empl.", "Nom", "Pers.", "Nuits", "Immat.", "Téléphone", "Note"],
        it=["Piazz.", "Nome", "Pers.", "Notti", "Targa", "Telefono", "Nota"],
        en=[
            "Pitch" if not ctx.us else "Site",
            "Name",
            "Guests",
            "Nights",
            "Reg." if not ctx.us else "Plate",
            "Phone",
            "Note",
        ],
    )
    notes = ctx.L(
        de=["", "Strom", "Hund", "kommt spät", "Vorauszahlung", "Strom 16A", ""],
        fr=["", "électricité", "chien", "arrivée tardive", "payé", ""],
        it=["", "corrente", "cane", "arrivo tardi", "pagato", ""],
        en=["", "hook-up", "dog", "late arrival", "prepaid", "", "awning"],
        us=["", "30 amp", "dog", "late arrival", "prepaid", "", "pull-through"],
    )
    rows = [
        [
            pitch(ctx),
            g.as_(st),
            str(ctx.c([1, 2, 2, 3, 4, 5])),
            str(ctx.r.randint(1, 14)),
            plate(ctx),
            ctx.mobile(g, intl=0.3),
            ctx.c(notes),
        ]
        for g in guests
    ]
    title = ctx.L(
        de=f"Anreisen {ctx.date(day)} - {org.name}",
        fr=f"Arrivées du {ctx.date(day)} - {org.name}",
        it=f"Arrivi del {ctx.date(day)} - {org.name}",
        en=f"Arrivals {ctx.date(day)} - {org.name}",
    )
    rec, warden = ctx.person(), ctx.person()
    late, perm = guests[0], ctx.person()
    nm = lambda p: p.as_(ctx.c(["first", "first", "full", "nick"]))  # noqa: E731
    msgs = [
        (
            nm(rec),
            ctx.L(
                de=f"{late.as_('last')} kommt erst gegen 22 Uhr, Schranke bitte offen lassen. Handy {ctx.mobile(late)}",
                fr=f"Les {late.as_('last')} arrivent vers 22h, laisse la barrière ouverte. Portable {ctx.mobile(late)}",
                it=f"I {late.as_('last')} arrivano verso le 22, lascia aperta la sbarra. Cell. {ctx.mobile(late)}",
                en=f"The {late.as_('last')} party won't be here till 10pm, leave the barrier up. Mobile "
                f"{ctx.mobile(late)}",
            ),
        ),
        (nm(warden), ctx.L(de="ok, mach ich", fr="ok je gère", it="ok ci penso io", en="ok will do")),
        (
            nm(warden),
            ctx.L(
                de=f"Dauercamper {sir(ctx, perm)} auf {pitch(ctx)} meldet Wasser unterm Vorzelt, "
                f"kann jemand {'ihn' if perm.g == 'm' else 'sie'} anrufen? {ctx.mobile(perm)}",
                fr=f"Le résident à l'année {sir(ctx, perm)} ({pitch(ctx)}) signale une fuite, quelqu'un peut "
                f"rappeler ? {ctx.mobile(perm)}",
                it=f"Lo stagionale {sir(ctx, perm)} ({pitch(ctx)}) segnala una perdita d'acqua, qualcuno "
                f"può richiamare? {ctx.mobile(perm)}",
                en=f"Seasonal {sir(ctx, perm)} on {pitch(ctx)} says there's a leak under the awning, can "
                f"someone call back? {ctx.mobile(perm)}",
            ),
        ),
        (
            nm(rec),
            ctx.L(
                de=f"Mach ich. Und {guests[1].as_('full')} will auf einen Platz neben Freunden, geht das?",
                fr=f"Je m'en occupe. {guests[1].as_('full')} voudrait être à côté de ses amis, c'est possible ?",
                it=f"Ci penso io. {guests[1].as_('full')} vorrebbe stare vicino agli amici, si può?",
                en=f"On it. {guests[1].as_('full')} wants a pitch next to friends, can we do that?",
            ),
        ),
    ]
    return f"{title}\n\n{table(ctx, head, rows)}\n\n{chat(ctx, msgs)}"


def camp_v2(ctx: Ctx, org: Org) -> str:
    g = ctx.person()
    staff = ctx.person()
    fr_ = ctx.person()
    arr, dep = camp_dates(ctx)
    new_arr = arr + dt.timedelta(days=ctx.c([-2, -1, 1, 2, 3]))
    sent = arr - dt.timedelta(days=ctx.r.randint(10, 60))
    semail = ctx.email(staff, domain=org.domain)
    bno = ctx.ref(ctx.c(["2026-", "B", "#", "RES"]), 4)
    dep_amt = ctx.money(80, 300)
    conf = ctx.L(
        de=f"Buchungsbestätigung {bno}\n\n{greet(ctx, g)}\nvielen Dank für Ihre Buchung: Stellplatz Komfort mit Strom, "
        f"{ctx.date(arr)} bis {ctx.date(dep)}, 2 Erwachsene, Preis {ctx.money(180, 900)}. Bitte überweisen Sie die "
        f"Anzahlung von {dep_amt} bis {ctx.date(sent + dt.timedelta(days=10))} auf IBAN {ctx.iban()} "
        f"(Verwendungszweck {bno}).\n\n{bye(ctx, True)}\n{staff.full()}\n{org.name}\n{org.addr.line()}\n{org.phone}",
        fr=f"Confirmation de réservation {bno}\n\n{greet(ctx, g)}\nmerci pour votre réservation : emplacement confort "
        f"avec électricité, du {ctx.date(arr)} au {ctx.date(dep)}, 2 adultes, prix {ctx.money(180, 900)}. Merci de "
        f"verser l'acompte de {dep_amt} avant le {ctx.date(sent + dt.timedelta(days=10))} sur l'IBAN {ctx.iban()} "
        f"(référence {bno}).\n\n{bye(ctx, True)}\n{staff.full()}\n{org.name}\n{org.addr.line()}\n{org.phone}",
        it=f"Conferma di prenotazione {bno}\n\n{greet(ctx, g)}\ngrazie per la prenotazione: piazzola comfort con "
        f"corrente, dal {ctx.date(arr)} al {ctx.date(dep)}, 2 adulti, prezzo {ctx.money(180, 900)}. La preghiamo di "
        f"versare l'acconto di {dep_amt} entro il {ctx.date(sent + dt.timedelta(days=10))} sull'IBAN {ctx.iban()} "
        f"(causale {bno}).\n\n{bye(ctx, True)}\n{staff.full()}\n{org.name}\n{org.addr.line()}\n{org.phone}",
        en=f"Booking confirmation {bno}\n\n{greet(ctx, g)}\nThank you for booking a hard-standing pitch with "
        f"electric hook-up, {ctx.date(arr)} to {ctx.date(dep)}, 2 adults, total {ctx.money(180, 900)}. A deposit of "
        f"{dep_amt} is due by {ctx.date(sent + dt.timedelta(days=10))}"
        + (f" by card ({ctx.masked_card()} on file)." if ctx.us else f", IBAN {ctx.iban()} (reference {bno}).")
        + f"\n\n{bye(ctx, True)}\n{staff.full()}\n{org.name}\n{org.addr.line()}\n{org.phone}",
    )
    fa = ctx.addr(p=fr_, t=ctx.town())
    reply = ctx.L(
        de=f"Hallo {ctx.title(staff)} {staff.as_('last')},\n\nwir kommen leider erst am {ctx.date(new_arr)}, geht das? "
        f"Außerdem kommt {'mein Freund' if fr_.g == 'm' else 'meine Freundin'} {fr_.full()} mit (geb. "
        f"{ctx.dob(fr_)}, {fa.line()}), bitte für den Meldeschein notieren. {'Er' if fr_.g == 'm' else 'Sie'} "
        "hat ein eigenes Zelt. "
        f"Erreichbar bin ich unter {ctx.mobile(g)}.\n\n{bye(ctx)}\n{g.full()}",
        fr=f"Bonjour {ctx.title(staff, 'long')} {staff.as_('last')},\n\nNous n'arriverons que le {ctx.date(new_arr)}, "
        f"est-ce possible ? {'Mon ami' if fr_.g == 'm' else 'Mon amie'} {fr_.full()} nous accompagne "
        f"(né{'e' if fr_.g == 'f' else ''} le {ctx.dob(fr_)}, {fa.line()}), avec sa propre tente. Vous pouvez me "
        f"joindre au {ctx.mobile(g)}.\n\n{bye(ctx)}\n{g.full()}",
        it=f"Buongiorno {ctx.title(staff)} {staff.as_('last')},\n\narriveremo solo il {ctx.date(new_arr)}, è "
        "possibile? "
        f"Viene anche {'il mio amico' if fr_.g == 'm' else 'la mia amica'} {fr_.full()} "
        f"(nat{'a' if fr_.g == 'f' else 'o'} il {ctx.dob(fr_)}, {fa.line()}) con una sua tenda. Mi trova al "
        f"{ctx.mobile(g)}.\n\n{bye(ctx)}\n{g.full()}",
        en=f"Hi {staff.as_('first')},\n\nWe can only get there on {ctx.date(new_arr)} now - is that OK? Also my friend "
        f"{fr_.full()} is joining us (DOB {ctx.dob(fr_)}, {fa.line()}) with a small tent. Best number for me is "
        f"{ctx.mobile(g)}.\n\n{bye(ctx)}\n{g.full()}",
    )
    subj = (
        ctx.L(
            de="AW: Buchungsbestätigung ",
            fr="RE: Confirmation de réservation ",
            it="R: Conferma di prenotazione ",
            en="RE: Booking confirmation ",
        )
        + bno
    )
    head = mail_head(
        ctx,
        addr_disp(ctx, g.full(), ctx.email(g)),
        addr_disp(ctx, staff.full(), semail),
        subj,
        when=sent + dt.timedelta(days=ctx.r.randint(2, 9)),
    )
    intro = quote_intro(ctx, addr_disp(ctx, None if ctx.p(0.4) else staff.full(), semail), sent)
    return f"{head}\n\n{reply}\n\n{quoted(ctx, intro, conf)}"


def camp_v3(ctx: Ctx, org: Org) -> str:
    recs = []
    for _ in range(ctx.r.randint(3, 5)):
        g = ctx.person()
        arr, dep = camp_dates(ctx)
        recs.append(
            {
                "booking_id": ctx.ref("BK", 6),
                "created": f"2026-{ctx.r.randint(1, 5):02d}-{ctx.r.randint(1, 28):02d} {ctx.r.randint(6, 23):02d}:"
                f"{ctx.r.randint(0, 59):02d}",
                "guest_name": g.as_(ctx.c(["full", "lastfirst"])),
                "email": ctx.email(g),
                "phone": ctx.mobile(g, intl=0.6),
                "country": ctx.cc,
                "arrival": arr.isoformat(),
                "departure": dep.isoformat(),
                "unit": ctx.c(["pitch_comfort", "pitch_standard", "mobile_home", "tent_pitch", "glamping_pod"]),
                "adults": ctx.c([1, 2, 2, 3]),
                "children": ctx.c([0, 0, 1, 2]),
                "total": round(ctx.r.uniform(90, 1400), 2),
                "payment": ctx.masked_card(),
                "ip": ctx.ip(),
            }
        )
    if ctx.p(0.5):
        body = jdump(ctx, recs)
    else:
        keys = list(recs[0].keys())
        body = table(ctx, keys, [[str(r[k]) for k in keys] for r in recs], ctx.c(["csv", "csv_semi", "tsv"]))
    note = ctx.L(
        de=f"Export Online-Buchungen {org.name}:",
        fr=f"Export des réservations en ligne ({org.name}) :",
        it=f"Export prenotazioni online {org.name}:",
        en=f"Online bookings export from {org.name}:",
    )
    return f"{note}\n{body}"


def gen_camp(ctx: Ctx, v: int) -> str:
    org = camp_org(ctx)
    return [camp_v0, camp_v1, camp_v2, camp_v3][v](ctx, org)


# ---------------------------------------------------------------------------------------------------------------
# 3. barber - hairdresser and barber booking exports and reminders
# ---------------------------------------------------------------------------------------------------------------
SALONS = {
    "de": [
        ("Salon Schnittpunkt", "schnittpunkt"),
        ("Friseur Haarmonie", "haarmonie"),
        ("Kopfsache Friseure", "kopfsache"),
        ("Barbershop Scherenschnitt", "scherenschnitt"),
        ("Hairlounge am Markt", "hairlounge-markt"),
        ("Haarwerk Studio", "haarwerk"),
        ("Salon Glanzlicht", "glanzlicht"),
    ],
    "fr": [
        ("Salon Tête-à-Tête", "tete-a-tete"),
        ("L'Atelier Coiffure", "atelier-coiffure"),
        ("Ciseaux d'Or", "ciseauxdor"),
        ("Coiffure du Marché", "coiffure-du-marche"),
        ("Barbier des Quais", "barbier-des-quais"),
    ],
    "it": [
        ("Parrucchiere Forbici d'Oro", "forbicidoro"),
        ("Testa & Stile", "testaestile"),
        ("Capelli Belli", "capellibelli"),
        ("Barberia del Borgo", "barberiadelborgo"),
        ("Salone Riflessi", "salone-riflessi"),
    ],
    "en": [
        ("Sharp Edge Barbers", "sharpedgebarbers"),
        ("The Barber Room", "thebarberroom"),
        ("Fade Factory", "fadefactory"),
        ("Clipper Joint", "clipperjoint"),
        ("Studio Nine Hair", "studionine"),
        ("Loose Ends Salon", "looseends"),
    ],
}
SERVICES = {
    "de": [
        ("Waschen, Schneiden, Föhnen", 39, 65),
        ("Herrenhaarschnitt", 22, 38),
        ("Bart trimmen", 12, 20),
        ("Balayage", 120, 220),
        ("Ansatzfarbe", 45, 70),
        ("Kinderhaarschnitt", 15, 22),
        ("Dauerwelle", 70, 110),
    ],
    "fr": [
        ("Shampooing coupe brushing", 38, 65),
        ("Coupe homme", 20, 35),
        ("Taille de barbe", 12, 20),
        ("Balayage", 110, 200),
        ("Couleur racines", 42, 68),
        ("Coupe enfant", 14, 20),
    ],
    "it": [
        ("Piega e taglio", 30, 55),
        ("Taglio uomo", 15, 28),
        ("Regolazione barba", 10, 18),
        ("Balayage", 90, 180),
        ("Colore ricrescita", 35, 55),
        ("Taglio bambino", 12, 18),
    ],
    "en": [
        ("Cut & blow-dry", 35, 70),
        ("Skin fade", 18, 32),
        ("Beard trim", 10, 18),
        ("Balayage", 110, 220),
        ("Root colour", 45, 75),
        ("Kids' cut", 12, 20),
    ],
}
BARBER_REQ = {
    "de": [
        "01|Welche Termine wurden abgesagt? Bitte Liste.",
        "1|Wer war No-Show?",
        "0|Schreib eine nette Erinnerungs-SMS für morgen.",
        "1|Bitte Umsatz pro Mitarbeiter ausrechnen.",
        "2|Mach mir eine To-do-Liste für morgen.",
        "3|Was wissen wir über diese Kundin / diesen Kunden?",
    ],
    "fr": [
        "01|Quels rendez-vous ont été annulés ?",
        "1|Qui ne s'est pas présenté ?",
        "0|Écris un SMS de rappel sympa pour demain.",
        "1|Calcule le chiffre d'affaires par coiffeur.",
        "2|Fais-moi une liste de choses à faire pour demain.",
    ],
    "it": [
        "01|Quali appuntamenti sono stati disdetti?",
        "1|Chi non si è presentato?",
        "0|Scrivi un SMS di promemoria per domani.",
        "1|Calcola l'incasso per ogni collaboratore.",
        "2|Fammi una lista di cose da fare per domani.",
    ],
    "en": [
        "01|Which appointments were cancelled?",
        "1|Who didn't show up?",
        "0|Write a friendly reminder text for tomorrow.",
        "1|Work out takings per stylist please.",
        "2|Make me a to-do list for tomorrow.",
    ],
}


def salon_org(ctx: Ctx) -> Org:
    name, short = ctx.c(SALONS[ctx.lang])
    return Org(ctx, name, short)


MEN_ONLY = (
    "Herrenhaarschnitt",
    "Bart trimmen",
    "Coupe homme",
    "Taille de barbe",
    "Taglio uomo",
    "Regolazione barba",
    "Skin fade",
    "Beard trim",
)
WOMEN_MOSTLY = ("Balayage", "Dauerwelle")


def svc(ctx: Ctx, g: str | None = None) -> tuple[str, str]:
    pool = SERVICES[ctx.lang]
    if g == "f":
        pool = [x for x in pool if x[0] not in MEN_ONLY]
    elif g == "m":
        pool = [x for x in pool if x[0] not in WOMEN_MOSTLY]
    s, lo, hi = ctx.c(pool)
    return s, ctx.money(lo, hi)


def barber_v0(ctx: Ctx, org: Org) -> str:
    staff = [ctx.person() for _ in range(ctx.r.randint(2, 3))]
    day = ctx.rdate(2026, 2026, 1, 11)
    lines = []
    hh = ctx.r.randint(9, 12)
    for _k in range(ctx.r.randint(4, 6)):
        c = ctx.person()
        d = day + dt.timedelta(days=ctx.r.randint(1, 3))
        s, _ = svc(ctx, c.g)
        sty = ctx.c(staff).as_("first")
        who = c.as_("first") if ctx.p(0.5) else f"{ctx.title(c)} {c.as_('last')}"
        msg = ctx.L(
            de=f"Hallo {who}, wir erinnern an Ihren Termin am {ctx.date(d)} um {ctx.time(8, 18, 15)} bei {sty} "
            f"({s}). Absage bitte bis 24 h vorher unter {org.phone}. {org.name}, {org.addr.s()}",
            fr=f"Bonjour {who}, rappel de votre RDV le {ctx.date(d)} à {ctx.time(8, 18, 15)} avec {sty} ({s}). "
            f"Annulation 24h avant au {org.phone}. {org.name}, {org.addr.s()}",
            it=f"Ciao {who}, ti ricordiamo l'appuntamento del {ctx.date(d)} alle {ctx.time(8, 18, 15)} con {sty} "
            f"({s}). Per disdire chiama il {org.phone} entro 24 ore. {org.name}, {org.addr.s()}",
            en=f"Hi {who}, just a reminder of your appointment on {ctx.date(d)} at {ctx.time(8, 18, 15)} with {sty} "
            f"({s}). Need to cancel? Call {org.phone} 24h ahead. {org.name}, {org.addr.s()}",
        )
        hh += ctx.r.randint(0, 1)
        ts = f"{day.isoformat()} {hh:02d}:{ctx.r.randint(0, 59):02d}"
        to = ctx.mobile(c, intl=0.5)
        stat = ctx.c(
            ctx.L(
                de=["zugestellt", "zugestellt", "Fehler"],
                fr=["délivré", "délivré", "échec"],
                it=["consegnato", "consegnato", "errore"],
                en=["delivered", "delivered", "failed"],
            )
        )
        lines.append(f"{ts} | {to} | {stat} | {msg}")
        if ctx.p(0.35):
            ans = (
                ctx.L(
                    de=f"Kann leider nicht, bitte verschieben. {c.full()}",
                    fr=f"Je ne pourrai pas venir, on peut décaler ? {c.full()}",
                    it=f"Non riesco a venire, possiamo spostare? {c.full()}",
                    en=f"Can't make it sorry, can we move it? {c.full()}",
                )
                if ctx.p(0.6)
                else ctx.L(
                    de=f"Hier ist {'die Frau' if c.g == 'm' else 'der Mann'} von {c.as_('first')}, "
                    f"{'er' if c.g == 'm' else 'sie'} ist krank und kommt nicht. Bitte unter {ctx.mobile(None)} melden",
                    fr=f"C'est {'la femme' if c.g == 'm' else 'le mari'} de {c.as_('first')}, "
                    f"{'il' if c.g == 'm' else 'elle'}"
                    f" est malade. Rappelez-moi au {ctx.mobile(None)}",
                    it=f"Sono {'la moglie' if c.g == 'm' else 'il marito'} di {c.as_('first')}, è a letto con "
                    "la febbre. "
                    f"Richiamatemi al {ctx.mobile(None)}",
                    en=f"This is {c.as_('first')}'s {'wife' if c.g == 'm' else 'husband'}, "
                    f"{'he' if c.g == 'm' else 'she'}'s ill. Call me on {ctx.mobile(None)}",
                )
            )
            lines.append(
                f"{ts[:11]}{min(23, hh + ctx.r.randint(1, 3)):02d}:{ctx.r.randint(0, 59):02d} | {to} | "
                f"{ctx.L(de='eingehend', fr='entrant', it='in arrivo', en='inbound')} | {ans}"
            )
    head = ctx.L(
        de="SMS-Protokoll (Export Kassensystem)",
        fr="Journal des SMS (export caisse)",
        it="Registro SMS (export gestionale)",
        en="SMS log (export from booking system)",
    )
    return f"{head}\n" + "\n".join(lines)


def barber_v1(ctx: Ctx, org: Org) -> str:
    staff = [ctx.person() for _ in range(ctx.r.randint(2, 4))]
    clients = [ctx.person() for _ in range(ctx.r.randint(6, 9))]
    head = ctx.L(
        de=["Datum", "Zeit", "Kunde", "Telefon", "E-Mail", "Leistung", "Mitarbeiter", "Preis", "Status", "Notiz"],
        fr=["Date", "Heure", "Client", "Téléphone", "E-mail", "Prestation", "Coiffeur", "Prix", "Statut", "Note"],
        it=["Data", "Ora", "Cliente", "Telefono", "E-mail", "Servizio", "Operatore", "Prezzo", "Stato", "Note"],
        en=["Date", "Time", "Client", "Phone", "Email", "Service", "Staff", "Price", "Status", "Notes"],
    )
    stats_ = ctx.L(
        de=["erschienen", "erschienen", "erschienen", "No-Show", "storniert"],
        fr=["venu", "venu", "venu", "absent", "annulé"],
        it=["presente", "presente", "presente", "assente", "disdetto"],
        en=["completed", "completed", "completed", "no-show", "cancelled"],
    )
    day = ctx.rdate(2026, 2026, 1, 11)
    rows = []
    st = ctx.c(["full", "lastfirst", "full"])
    for c in clients:
        s, price = svc(ctx, c.g)
        note = ""
        x = ctx.r.random()
        if x < 0.2:
            note = ctx.L(
                de=f"Geburtstag {ctx.dob(c)} - 10 % Rabatt",
                fr=f"anniversaire {ctx.dob(c)} : -10 %",
                it=f"compleanno {ctx.dob(c)} - sconto 10%",
                en=f"birthday {ctx.dob(c)} - 10% off",
            )
        elif x < 0.35:
            note = ctx.L(de="Allergie PPD!", fr="allergie PPD !", it="allergia PPD!", en="PPD allergy!")
        elif x < 0.45:
            note = ctx.L(
                de="Formel 7/1 + 8/0, 6 %",
                fr="formule 7.1 + 8.0, 20 vol",
                it="formula 7.1 + 8.0, 20 vol",
                en="formula 7/1 + 8/0, 6%",
            )
        rows.append(
            [
                day + dt.timedelta(days=ctx.r.randint(0, 5)),
                ctx.time(8, 19, 15),
                c.as_(st),
                ctx.mobile(c),
                ctx.email(c) if ctx.p(0.6) else "",
                s,
                ctx.c(staff).as_("first"),
                price,
                ctx.c(stats_),
                note,
            ]
        )
    rows.sort(key=lambda r: r[0])
    for r in rows:
        r[0] = ctx.date(r[0])
    title = ctx.L(
        de=f"Terminexport {org.name}",
        fr=f"Export des rendez-vous - {org.name}",
        it=f"Export appuntamenti - {org.name}",
        en=f"Appointments export - {org.name}",
    )
    return f"{title}\n{table(ctx, head, rows, ctx.c(['csv', 'csv_semi', 'tsv', 'md', 'fixed']))}"


def barber_v2(ctx: Ctx, org: Org) -> str:
    staff = [ctx.person() for _ in range(3)]
    c1, c2, c3, c4 = (ctx.person() for _ in range(4))
    nm = lambda p: p.as_(ctx.c(["first", "first", "nick"]))  # noqa: E731
    s, _ = svc(ctx, c3.g)
    fem = lambda p, a, b: a if p.g == "f" else b  # noqa: E731
    msgs = [
        (
            nm(staff[0]),
            ctx.L(
                de=f"{sir(ctx, c1)} hat für morgen {ctx.time(8, 12, 30)} abgesagt",
                fr=f"{sir(ctx, c1)} a annulé demain {ctx.time(8, 12, 30)}",
                it=f"{sir(ctx, c1)} ha disdetto domani alle {ctx.time(8, 12, 30)}",
                en=f"{sir(ctx, c1)} cancelled tomorrow {ctx.time(8, 12, 30)}",
            ),
        ),
        (
            nm(staff[1]),
            ctx.L(
                de=f"ok, dann kann {c2.full()} früher kommen, ruf ich an: {ctx.mobile(c2)}",
                fr=f"ok, je propose le créneau à {c2.full()} : {ctx.mobile(c2)}",
                it=f"ok, allora chiamo {c2.full()} per anticipare: {ctx.mobile(c2)}",
                en=f"ok I'll offer the slot to {c2.full()}: {ctx.mobile(c2)}",
            ),
        ),
        (
            nm(staff[2]),
            ctx.L(
                de=f"Neue Kundin {c3.full()}, will {s}, Nummer {ctx.mobile(c3)}, Mail {ctx.email(c3)}"
                if c3.g == "f"
                else f"Neuer Kunde {c3.full()} für {s}, Nummer {ctx.mobile(c3)}, Mail {ctx.email(c3)}",
                fr=f"{fem(c3, 'Nouvelle cliente', 'Nouveau client')} : {c3.full()}, pour {s}, tél. "
                f"{ctx.mobile(c3)}, mail {ctx.email(c3)}",
                it=f"{fem(c3, 'Nuova cliente', 'Nuovo cliente')} {c3.full()}, per {s}, cell "
                f"{ctx.mobile(c3)}, mail {ctx.email(c3)}",
                en=f"New client {c3.full()} wants {s}, number {ctx.mobile(c3)}, email {ctx.email(c3)}",
            ),
        ),
        (
            nm(staff[0]),
            ctx.L(
                de=f"Achtung bei {c4.as_('first')}: PPD-Allergie!! Nur pflanzlich färben",
                fr=f"Attention, {c4.as_('full')} est allergique au PPD !! couleur végétale seulement",
                it=f"Attenzione, {c4.as_('full')} {fem(c4, 'allergica', 'allergico')} al PPD!! solo colore vegetale",
                en=f"Heads up {c4.as_('full')} has a PPD allergy!! veg colour only",
            ),
        ),
    ]
    if ctx.p(0.5):
        msgs.append(
            (
                nm(staff[1]),
                ctx.L(
                    de=f"Hab den Salonschlüssel, bin heute bis 19 Uhr in der {org.addr.s()}",
                    fr=f"J'ai les clés du salon, je suis au {org.addr.s()} jusqu'à 19h",
                    it=f"Ho io le chiavi, sono in {org.addr.s()} fino alle 19",
                    en=f"I've got the keys, at {org.addr.s()} till 7",
                ),
            )
        )
    title = ctx.L(
        de=f"Team {org.name} (WhatsApp-Export)",
        fr=f"Groupe équipe {org.name}",
        it=f"Gruppo staff {org.name}",
        en=f"{org.name} staff chat",
    )
    return f"{title}\n\n{chat(ctx, msgs)}"


def barber_v3(ctx: Ctx, org: Org) -> str:
    c = ctx.person()
    staff = [ctx.person() for _ in range(2)]
    a = ctx.addr(p=c)
    visits = []
    for _ in range(ctx.r.randint(2, 4)):
        s, price = svc(ctx)
        visits.append(
            {
                "date": ctx.rdate(2025, 2026).isoformat(),
                "service": s,
                "stylist": ctx.c(staff).as_("first"),
                "price": price,
            }
        )
    visits.sort(key=lambda v: v["date"])
    rec = {
        "client_id": ctx.ref("C-", 5),
        "name": c.full(),
        "date_of_birth": ctx.dob(c, 1950, 2006, shape="iso" if ctx.p(0.5) else None),
        "mobile": ctx.mobile(c, intl=0.5),
        "email": ctx.email(c),
        "address": a.line() if ctx.p(0.5) else {"street": a.s(), "city": a.p()},
        "allergies": ctx.c(["PPD", "none", "latex", "-"]),
        "colour_formula": ctx.c(["7/1 + 8/0 6% 1:1", "6.3 + 7.0 20 vol", "9/16 + Blondor 9%", "n/a"]),
        "visits": visits,
        "no_show_fee_card": ctx.card() if ctx.p(0.25) else ctx.masked_card(),
        "last_online_booking": {
            "at": f"2026-{ctx.r.randint(1, 11):02d}-{ctx.r.randint(1, 28):02d}T"
            f"{ctx.r.randint(7, 23):02d}:{ctx.r.randint(0, 59):02d}:00",
            "ip": ctx.ip(),
        },
        "marketing_opt_in": ctx.p(0.5),
    }
    note = ctx.L(
        de=f"Kundenkarte aus unserer Salon-Software ({org.name}):",
        fr=f"Fiche client exportée du logiciel du salon ({org.name}) :",
        it=f"Scheda cliente dal gestionale del salone ({org.name}):",
        en=f"Client record from our salon software ({org.name}):",
    )
    body = jdump(ctx, rec, ctx.c(["indent", "compact"])) if ctx.p(0.6) else ydump(rec)
    return f"{note}\n\n{body}"


def gen_barber(ctx: Ctx, v: int) -> str:
    org = salon_org(ctx)
    return [barber_v0, barber_v1, barber_v2, barber_v3][v](ctx, org)


# ---------------------------------------------------------------------------------------------------------------
# 4. harbour - harbour berth and mooring registers
# ---------------------------------------------------------------------------------------------------------------
BOATS = {
    "de": [
        "Seeschwalbe",
        "Windspiel",
        "Möwe II",
        "Nordlicht",
        "Lütte Deern",
        "Blauer Peter",
        "Sturmvogel",
        "Kormoran",
        "Wellenreiter",
        "Albatros",
    ],
    "fr": ["Alizé", "Belle-Île", "Mousse", "Goéland", "Ker Avel", "Noroît", "Cormoran", "Vent d'Ouest"],
    "it": ["Maestrale", "Libeccio", "Tramontana", "Gabbiano", "Vento Amico", "Scirocco", "Delfino Blu"],
    "en": ["Sea Breeze", "Second Wind", "Puffin", "Wayfarer", "Kittiwake", "Blue Horizon", "Osprey", "Spindrift"],
}
BOAT_TYPES = [
    "Bavaria 32",
    "Dehler 34",
    "Hallberg-Rassy 31",
    "Beneteau Oceanis 35",
    "Jeanneau Sun Odyssey 36",
    "Quicksilver 605",
    "Sunbeam 28",
    "Laser",
    "Hanse 348",
    "Grand Banks 36",
    "Boston Whaler 170",
]
HARBOUR_X = {
    "de": ["Seewind", "Nordmole", "Ostufer", "Hafenkante", "Möwenort"],
    "fr": ["des Mouettes", "du Vieux Môle", "de la Pointe", "des Cormorans"],
    "it": ["del Sole", "Levante", "San Giorgio", "Punta Nord", "dei Gabbiani"],
    "en": ["Quayside", "Northshore", "Harbourside", "Eastwater", "Seagate"],
    "us": ["Bayside", "Northshore", "Lighthouse Point", "Eastwater", "Pier 9"],
}
HARBOUR_REQ = {
    "de": [
        "1|Bitte Liegeplatzliste aktualisieren und abgelaufene Versicherungen markieren.",
        "2|Antwort an den Eigner formulieren.",
        "0|Fasse den Vertrag fürs Hafenbüro zusammen.",
        "3|Wie viele Gastliegernächte waren das?",
    ],
    "fr": [
        "1|Mets à jour la liste des emplacements et signale les assurances échues.",
        "2|Rédige une réponse au propriétaire.",
        "0|Résume le contrat pour la capitainerie.",
        "3|Combien de nuitées au total ?",
    ],
    "it": [
        "1|Aggiorna l'elenco dei posti barca e segnala le assicurazioni scadute.",
        "2|Scrivi una risposta all'armatore.",
        "0|Riassumi il contratto per l'ufficio del porto.",
        "3|Quante notti in totale?",
    ],
    "en": [
        "1|Update the berth list and flag expired insurance.",
        "2|Draft a reply to the berth holder.",
        "0|Summarise this for the harbour office.",
        "3|How many visitor nights is that in total?",
    ],
}


def harbour_org(ctx: Ctx) -> Org:
    t = ctx.themed(HARBOURS)
    town = t[0]
    x = ctx.c(HARBOUR_X["us" if ctx.us else ctx.lang])
    names = {
        "DE": [f"Hafenverwaltung {town}", f"Yachthafen {x}", f"Marina {x}"],
        "AT": [f"Bootshafen {town}", f"Yachthafen {x}", f"Hafenverwaltung {town}"],
        "CHde": [f"Hafenverwaltung {town}", f"Bootshafen {x}", f"Hafenmeisterei {town}"],
        "FR": [f"Port de plaisance de {town}", f"Capitainerie du port {x}"],
        "CHfr": [f"Port de {town} - service des ports", f"Port de petite batellerie {x}"],
        "IT": [f"Porto turistico {x}", f"Marina {x}", f"Darsena {x}"],
        "CHit": [f"Porto comunale di {town}", f"Darsena {x}"],
        "GB": [f"{town} Harbour Office", f"{x} Marina", f"{town} Harbour Commissioners"],
        "US": [f"{x} Marina", f"{town} Harbor Commission", f"{x} Yacht Basin"],
    }[ctx.reg]
    name = ctx.c(names)
    return Org(ctx, name, name.replace("'", " ").replace(" - ", " "), t=t)


def berth(ctx: Ctx) -> str:
    r = ctx.r
    return ctx.L(
        de=ctx.c(
            [
                f"Steg {ctx.c('ABCDE')} / Platz {r.randint(1, 60)}",
                f"{ctx.c('ABCDE')}-{r.randint(1, 60):02d}",
                f"Steg {r.randint(1, 8)}, Box {r.randint(1, 40)}",
            ]
        ),
        fr=ctx.c([f"Ponton {ctx.c('ABCDE')}-{r.randint(1, 60)}", f"Panne {r.randint(1, 9)} place {r.randint(1, 80)}"]),
        it=ctx.c([f"Pontile {r.randint(1, 9)} posto {r.randint(1, 80)}", f"{ctx.c('ABCDE')}{r.randint(1, 60)}"]),
        en=ctx.c([f"Pontoon {ctx.c('ABCDE')}, berth {r.randint(1, 60)}", f"{ctx.c('ABCDE')}{r.randint(1, 60)}"]),
        us=ctx.c(
            [
                f"Dock {r.randint(1, 9)}, slip {r.randint(1, 40)}",
                f"{ctx.c('ABCDE')}-{r.randint(1, 60)}",
                f"Slip {ctx.c('ABCDE')}{r.randint(1, 60)}",
            ]
        ),
    )


def boat_reg(ctx: Ctx) -> str:
    r = ctx.r
    return {
        "DE": f"{ctx.c(['KN', 'FN', 'LI', 'HH', 'KI'])}-{r.randint(100, 9999)}",
        "AT": f"{ctx.c(['V', 'OÖ', 'K', 'B'])}-{r.randint(100, 9999)}",
        "CH": f"{ctx.c(['ZH', 'TG', 'SG', 'BE', 'VD', 'GE', 'NE', 'TI', 'LU'])} {r.randint(100, 9999)}",
        "FR": f"{ctx.c(['LR', 'SM', 'AC', 'BR', 'TL'])} {ctx.c('ABCDEF')}{r.randint(10000, 99999)}",
        "IT": f"{r.randint(1, 9)}{ctx.c(['LI', 'GE', 'SP', 'RN', 'TS'])}{r.randint(100, 9999)}D",
        "GB": f"SSR{r.randint(100000, 199999)}",
        "US": f"{ctx.c(['MD', 'SC', 'RI', 'FL', 'MI', 'ME'])} {r.randint(1000, 9999)} "
        "{ctx.c('ABCDEFGH')}{ctx.c('JKLMN')}",
    }[ctx.cc]


def harbour_v0(ctx: Ctx, org: Org) -> str:
    h = ctx.person()
    h.dob = ctx.rdate(1945, 2000)
    co = mate(ctx, h, 0.5) if ctx.p(0.4) else None
    boat = ctx.c(BOATS[ctx.lang])
    title = ctx.L(
        de="Liegeplatzvertrag Saison 2026",
        fr="Contrat d'amarrage annuel 2026",
        it="Contratto di ormeggio annuale 2026",
        en="Annual berth licence 2026",
        us="Annual Slip Rental Agreement 2026",
    )
    lab = ctx.L(
        de=(
            "Liegeplatzinhaber/in",
            "Geburtsdatum",
            "Anschrift",
            "Telefon",
            "E-Mail",
            "Miteigentümer/in",
            "Bootsname",
            "Bootstyp",
            "Länge ü.A. / Breite",
            "Kennzeichen",
            "Versicherung / Police",
            "Liegeplatz",
            "Jahresgebühr",
        ),
        fr=(
            "Titulaire",
            "Date de naissance",
            "Adresse",
            "Téléphone",
            "E-mail",
            "Copropriétaire",
            "Nom du bateau",
            "Modèle",
            "Longueur / largeur",
            "Immatriculation",
            "Assurance / police",
            "Emplacement",
            "Redevance annuelle",
        ),
        it=(
            "Titolare",
            "Data di nascita",
            "Indirizzo",
            "Telefono",
            "E-mail",
            "Comproprietario/a",
            "Nome imbarcazione",
            "Modello",
            "Lunghezza / larghezza",
            "Matricola",
            "Assicurazione / polizza",
            "Posto barca",
            "Canone annuo",
        ),
        en=(
            "Berth holder",
            "Date of birth",
            "Address",
            "Phone",
            "Email",
            "Joint owner",
            "Vessel name",
            "Make / model",
            "LOA / beam",
            "Registration",
            "Insurer / policy no.",
            "Berth",
            "Annual fee",
        ),
    )
    loa = ctx.r.uniform(4.5, 12.5)
    pairs = [
        (lab[0], styled(ctx, h, ["full", "lastfirst", "LASTfirst"])),
        (lab[1], ctx.dob(h, 1945, 2000)),
        (lab[2], ctx.addr(p=h).line()),
        (lab[3], ctx.mobile(h)),
        (lab[4], ctx.email(h)),
    ]
    if co is not None:
        pairs.append((lab[5], f"{co.full()} ({ctx.dob(co, 1945, 2000)})"))
    pairs += [
        (lab[6], boat),
        (lab[7], ctx.c(BOAT_TYPES)),
        (lab[8], f"{loa:.2f} m / {loa / 3.1:.2f} m".replace(".", "," if ctx.lang in ("de", "fr", "it") else ".")),
        (lab[9], boat_reg(ctx)),
        (
            lab[10],
            f"{ctx.c(['Pantaenius', 'Allianz', 'AXA', 'Generali', 'Navigators'])} "
            f"{ctx.ref(ctx.c(['', 'P-', 'YA']), 8)}",
        ),
        (lab[11], berth(ctx)),
        (lab[12], ctx.money(900, 4800)),
    ]
    role = ctx.c(
        ctx.L(
            de=["hafenbuero", "info", "hafenmeister"],
            fr=["capitainerie", "accueil", "contact"],
            it=["ufficioporto", "info", "segreteria"],
            en=["harbourmaster", "office", "berths"],
            us=["dockmaster", "office", "slips"],
        )
    )
    parts = [
        letterhead(ctx, org.name, org.addr, org.phone, org.role(role), org.web),
        "",
        title,
        "",
        form(ctx, pairs),
        "",
    ]
    if ctx.us:
        parts.append(f"Payment: autopay, card {ctx.masked_card()}")
    else:
        cred = {
            "DE": "DE98ZZZ0",
            "AT": "AT61ZZZ0",
            "FR": "FR12ZZZ",
            "IT": "IT45ZZZ0",
            "GB": "GB22ZZZ",
            "CH": "LSV-ID ",
        }[ctx.cc] + rdig(ctx.r, 8)
        parts.append(
            ctx.L(
                de=f"SEPA-Lastschriftmandat - Gläubiger-ID {cred}, Mandatsreferenz {ctx.ref('LP-', 6)}\nIBAN: "
                f"{ctx.iban()}"
                f"\nKontoinhaber/in: {h.full()}",
                ch=f"LSV+ Belastungsermächtigung ({cred})\nIBAN: {ctx.iban()}\nKontoinhaber/in: {h.full()}",
                fr=f"Mandat de prélèvement SEPA - ICS {cred}, RUM {ctx.ref('AM-', 6)}\nIBAN : "
                f"{ctx.iban()}\nTitulaire du "
                f"compte : {h.full()}",
                it=f"Mandato SDD - ID creditore {cred}, rif. {ctx.ref('OR-', 6)}\nIBAN: {ctx.iban()}\nIntestatario: "
                f"{h.full()}",
                en=f"Direct debit - SUN {cred[-6:]}, ref {ctx.ref('BH-', 6)}\nIBAN: {ctx.iban()}\nAccount "
                f"holder: {h.full()}",
            )
        )
    parts.append("")
    parts.append(
        ctx.L(
            de=f"{org.t[0]}, {ctx.date(ctx.rdate(2026, 2026, 1, 4))} - Unterschrift {h.full()}",
            fr=f"Fait à {org.t[0]}, le {ctx.date(ctx.rdate(2026, 2026, 1, 4))} - {h.full()}",
            it=f"{org.t[0]}, {ctx.date(ctx.rdate(2026, 2026, 1, 4))} - firma {h.full()}",
            en=f"Signed {h.full()}, {ctx.date(ctx.rdate(2026, 2026, 1, 4))}",
        )
    )
    body = "\n".join(parts)
    return ocr(ctx, body) if ctx.p(0.3) else body


def harbour_v1(ctx: Ctx, org: Org) -> str:
    holders = [ctx.person() for _ in range(ctx.r.randint(5, 8))]
    head = ctx.L(
        us=["Slip", "Vessel", "LOA", "Holder", "Phone", "Insurance exp."],
        de=["Platz", "Boot", "Länge", "Inhaber", "Telefon", "Versicherung bis"],
        fr=["Empl.", "Bateau", "Long.", "Titulaire", "Téléphone", "Assurance jusqu'au"],
        it=["Posto", "Barca", "Lungh.", "Titolare", "Telefono", "Assicurazione fino al"],
        en=["Berth", "Vessel", "LOA", "Holder", "Phone", "Insurance to"],
    )
    st = ctx.c(["lastfirst", "full", "init", "LASTfirst"])
    boats = ctx.r.sample(BOATS[ctx.lang], min(len(holders), len(BOATS[ctx.lang])))
    rows = []
    for k, h in enumerate(holders):
        rows.append(
            [
                berth(ctx),
                boats[k % len(boats)],
                f"{ctx.r.uniform(4.5, 13):.1f} m",
                h.as_(st),
                ctx.mobile(h),
                ctx.date(ctx.rdate(2025, 2027)),
            ]
        )
    hm = ctx.person()
    deck = ctx.person()
    guest = ctx.person()
    loose = holders[0]
    nm = lambda p: p.as_(ctx.c(["first", "full", "nick"]))  # noqa: E731
    msgs = [
        (
            nm(hm),
            ctx.L(
                de=f"Die {boats[0]} hat sich bei dem Wind losgerissen, {sir(ctx, loose)} ist informiert.",
                fr=f"Le {boats[0]} a cassé une amarre avec ce vent, {sir(ctx, loose)} est prévenu"
                f"{'e' if loose.g == 'f' else ''}.",
                it=f"Con questo vento la {boats[0]} ha rotto un ormeggio, {sir(ctx, loose)} è stat"
                f"{'a' if loose.g == 'f' else 'o'} avvisat{'a' if loose.g == 'f' else 'o'}.",
                en=f"{boats[0]} broke a mooring line in the wind, {sir(ctx, loose)} has been told.",
            ),
        ),
        (
            nm(deck),
            ctx.L(
                de=f"Gastlieger auf {berth(ctx)}: {guest.full()}, zahlt morgen früh. Handy {ctx.mobile(guest)}",
                fr=f"Visiteur sur {berth(ctx)} : {guest.full()}, paie demain matin. Tél {ctx.mobile(guest)}",
                it=f"Ospite al {berth(ctx)}: {guest.full()}, paga domattina. Cell {ctx.mobile(guest)}",
                en=f"Visitor on {berth(ctx)}: {guest.full()}, paying in the morning. Mob {ctx.mobile(guest)}",
                us=f"Transient on {berth(ctx)}: {guest.full()}, paying in the morning. Cell {ctx.mobile(guest)}",
            ),
        ),
        (
            nm(hm),
            ctx.L(
                de=f"Kran Samstag: {holders[1].as_('last')} und {holders[2].as_('last')} zuerst",
                fr=f"Grutage samedi : {holders[1].as_('last')} puis {holders[2].as_('last')}",
                it=f"Alaggio sabato: prima {holders[1].as_('last')} poi {holders[2].as_('last')}",
                en=f"Crane Saturday: {holders[1].as_('last')} first, then {holders[2].as_('last')}",
            ),
        ),
    ]
    if ctx.p(0.5):
        ne = ctx.alt_email(holders[3])
        msgs.append(
            (
                nm(deck),
                ctx.L(
                    de=f"{holders[3].as_('full')} hat neue Mail: {ne}",
                    fr=f"nouvelle adresse mail de {holders[3].as_('full')} : {ne}",
                    it=f"nuova mail di {holders[3].as_('full')}: {ne}",
                    en=f"new email for {holders[3].as_('full')}: {ne}",
                ),
            )
        )
    title = ctx.L(
        de=f"Liegeplatzliste {org.name}",
        fr=f"Registre des emplacements - {org.name}",
        it=f"Registro posti barca - {org.name}",
        en=f"Berth register - {org.name}",
        us=f"Slip register - {org.name}",
    )
    return f"{title}\n\n{table(ctx, head, rows)}\n\n{chat(ctx, msgs)}"


def harbour_v2(ctx: Ctx, org: Org) -> str:
    h = ctx.person()
    hm = ctx.person()
    heir = ctx.person(like=h)
    hemail = ctx.email(hm, domain=org.domain)
    sent = ctx.rdate(2026, 2026, 1, 10)
    b = berth(ctx)
    notice = ctx.L(
        de=f"{greet(ctx, h)}\n\nLiegeplätze können nur an Angehörige ersten Grades übertragen werden. Bitte senden Sie "
        f"uns dazu Namen, Geburtsdatum, Anschrift und E-Mail der Person sowie eine Kopie des Bootsscheins bis "
        f"{ctx.date(sent + dt.timedelta(days=21))}.\n\n{bye(ctx, True)}\n{hm.full()}\n"
        f"{'Hafenmeister' if hm.g == 'm' else 'Hafenmeisterin'}\n{org.name}\n{org.phone}",
        fr=f"{greet(ctx, h)}\n\nUn emplacement ne peut être transféré qu'à un parent au premier degré. Merci de nous "
        f"indiquer nom, date de naissance, adresse et e-mail de cette personne avant le "
        f"{ctx.date(sent + dt.timedelta(days=21))}.\n\n{bye(ctx, True)}\n{hm.full()}\n"
        f"Capitainerie - {org.name}\n{org.phone}",
        it=f"{greet(ctx, h)}\n\nil posto barca può essere trasferito solo a parenti di primo grado. La preghiamo di "
        f"comunicarci nome, data di nascita, indirizzo ed e-mail entro il {ctx.date(sent + dt.timedelta(days=21))}.\n\n"
        f"{bye(ctx, True)}\n{hm.full()}\nUfficio del porto - {org.name}\n{org.phone}",
        en=f"{greet(ctx, h)}\n\nBerths can only be transferred to an immediate family member. Please send us their "
        f"name, date of birth, address and email by {ctx.date(sent + dt.timedelta(days=21))}.\n\n{bye(ctx, True)}\n"
        f"{hm.full()}\n{'Dockmaster' if ctx.us else 'Harbour Master'}, {org.name}\n{org.phone}",
    )
    ha = ctx.addr(p=heir, t=ctx.town())
    heir_line = ctx.L(
        de=f"{heir.full()}, geb. {ctx.dob(heir, 1970, 2002)}, {ha.line()}, {ctx.email(heir)}",
        fr=f"{heir.full()}, né{'e' if heir.g == 'f' else ''} le {ctx.dob(heir, 1970, 2002)}, {ha.line()}, "
        f"{ctx.email(heir)}",
        it=f"{heir.full()}, nat{'a' if heir.g == 'f' else 'o'} il {ctx.dob(heir, 1970, 2002)}, "
        f"{ha.line()}, {ctx.email(heir)}",
        en=f"{heir.full()}, born {ctx.dob(heir, 1970, 2002)}, {ha.line()}, {ctx.email(heir)}",
    )
    reply = ctx.L(
        de=f"Guten Tag {ctx.title(hm)} {hm.as_('last')},\n\nich möchte meinen Liegeplatz {b} zum Saisonende an "
        f"{'meinen Sohn' if heir.g == 'm' else 'meine Tochter'} übertragen:\n{heir_line}\nHandy: {ctx.mobile(heir)}\n"
        f"Ich selbst bin ab sofort unter {ctx.mobile(h)} erreichbar.\n\n{bye(ctx)}\n{h.full()}",
        fr=f"Bonjour {ctx.title(hm, 'long')} {hm.as_('last')},\n\nJe souhaite transférer mon emplacement {b} à "
        f"{'mon fils' if heir.g == 'm' else 'ma fille'} en fin de saison :\n{heir_line}\nPortable : "
        f"{ctx.mobile(heir)}\n"
        f"Vous pouvez me joindre au {ctx.mobile(h)}.\n\n{bye(ctx)}\n{h.full()}",
        it=f"Buongiorno {ctx.title(hm)} {hm.as_('last')},\n\nvorrei trasferire il posto barca {b} a "
        f"{'mio figlio' if heir.g == 'm' else 'mia figlia'} a fine stagione:\n{heir_line}\nCell.: {ctx.mobile(heir)}\n"
        f"Io sono raggiungibile al {ctx.mobile(h)}.\n\n{bye(ctx)}\n{h.full()}",
        en=f"Dear {ctx.title(hm)} {hm.as_('last')},\n\nI'd like to transfer berth {b} to my "
        f"{'son' if heir.g == 'm' else 'daughter'} at the end of the season:\n{heir_line}\nMobile: {ctx.mobile(heir)}\n"
        f"You can reach me on {ctx.mobile(h)}.\n\n{bye(ctx)}\n{h.full()}",
    )
    subj = ctx.L(
        de="AW: Übertragung Liegeplatz",
        fr="RE: Transfert d'emplacement",
        it="R: Trasferimento posto barca",
        en="RE: Berth transfer",
    )
    head = mail_head(
        ctx,
        addr_disp(ctx, h.full(), ctx.email(h)),
        addr_disp(ctx, hm.full(), hemail),
        subj,
        cc=heir.as_("full") + f" <{ctx.email(heir)}>" if ctx.p(0.4) else None,
        when=sent + dt.timedelta(days=5),
    )
    return f"{head}\n\n{reply}\n\n{quoted(ctx, quote_intro(ctx, addr_disp(ctx, hm.full(), hemail), sent), notice)}"


def harbour_v3(ctx: Ctx, org: Org) -> str:
    recs = []
    boats = ctx.r.sample(sorted(set(BOATS["de"] + BOATS["fr"] + BOATS["it"] + BOATS["en"])), 6)
    for _ in range(ctx.r.randint(3, 6)):
        s = ctx.person()
        arr = ctx.rdate(2026, 2026, 4, 10)
        recs.append(
            {
                "arrival": arr.isoformat(),
                "nights": ctx.r.randint(1, 5),
                "vessel": boats.pop(),
                "flag": ctx.c(["DE", "CH", "AT", "FR", "IT", "NL", "GB", "DK"]),
                "loa_m": round(ctx.r.uniform(6, 15), 1),
                "skipper": s.as_(ctx.c(["full", "lastfirst"])),
                "phone": ctx.mobile(s, intl=0.7),
                "email": ctx.email(s),
                "crew": ctx.r.randint(1, 6),
                "fee": round(ctx.r.uniform(18, 95), 2),
                "paid_with": ctx.masked_card(),
                "booked_from_ip": ctx.ip(),
            }
        )
    recs.sort(key=lambda r: r["arrival"])
    note = ctx.L(
        de="Gastliegerbuchungen aus dem Online-Portal:",
        fr="Réservations escale depuis le portail :",
        it="Prenotazioni transito dal portale:",
        en="Visitor berth bookings from the online portal:",
    )
    if ctx.p(0.5):
        return f"{note}\n{jdump(ctx, recs, ctx.c(['lines', 'indent']))}"
    keys = list(recs[0].keys())
    return f"{note}\n{table(ctx, keys, [[str(r[k]) for k in keys] for r in recs], ctx.c(['csv', 'tsv', 'csv_semi']))}"


def gen_harbour(ctx: Ctx, v: int) -> str:
    org = harbour_org(ctx)
    return [harbour_v0, harbour_v1, harbour_v2, harbour_v3][v](ctx, org)


# ---------------------------------------------------------------------------------------------------------------
# 5. hackathon - hackathon team registrations
# ---------------------------------------------------------------------------------------------------------------
HACK_EVENTS = {
    "de": ["BitBrücke Hackathon", "Hack im Hafen", "Open Data Hack Süd", "Civic Code Jam", "Stadtdaten-Hackathon"],
    "fr": ["Nuit du Code Libre", "CodeSprint Lémanique", "Hackathon Ville Durable", "Le Grand Hack des Données"],
    "it": ["HackaGelato", "Datathon Civico", "Hack the Lagoon", "Maratona del Codice"],
    "en": ["Hack the Harbour", "Open Civic Jam", "Green Code Sprint", "Build for Good Weekend"],
}
HACK_VENUES = {
    "de": ["Werkhalle 4", "Innovationsfabrik", "Campus Nord, Gebäude B", "Gründerzentrum Alte Post"],
    "fr": ["La Fabrique Numérique", "Halle des Startups", "Campus des Sciences, bâtiment C"],
    "it": ["Spazio Officine", "Polo dell'Innovazione", "Ex Manifattura Tabacchi"],
    "en": ["The Engine Room", "Innovation Quarter, Building 2", "Old Mill Studios"],
}
UNIS = {
    "de": [
        "TU München",
        "Uni Köln",
        "KIT",
        "HTW Berlin",
        "ETH Zürich",
        "ZHAW",
        "TU Wien",
        "FH Salzburg",
        "Hochschule Luzern",
    ],
    "fr": ["EPFL", "Université de Genève", "INSA Lyon", "Sorbonne Université", "HEIG-VD", "Université de Nantes"],
    "it": ["Politecnico di Milano", "Università di Bologna", "SUPSI", "USI", "Università di Padova"],
    "us": ["Georgia Tech", "UT Austin", "Carnegie Mellon", "Ohio State", "University of Washington"],
    "en": ["University of Leeds", "UCL", "University of Bristol", "University of Glasgow", "Cardiff University"],
}
TRACKS = ["Mobility", "Climate", "Health", "Open Data", "FinTech", "Accessibility", "Smart City"]
TEAMS = [
    "Null Pointers",
    "Team Kaffeesatz",
    "Les Bugs Heureux",
    "Byte Me",
    "Stack Sisters",
    "404 Sleep Not Found",
    "Pixelpiraten",
    "I Gatti Binari",
    "Semicolon Club",
    "Merge Conflict",
    "Dev Divas",
    "Les Octets",
]
HACK_REQ = {
    "de": [
        "1|Welche Teams haben mehr als 5 Leute?",
        "0|Schreib eine Infomail an alle Teilnehmenden.",
        "3|Bitte die Erstattung prüfen und Betrag ausrechnen.",
        "1|Liste mir alle Minderjährigen auf.",
        "2|Was muss die Orga heute noch erledigen?",
    ],
    "fr": [
        "1|Quelles équipes ont plus de 5 membres ?",
        "0|Rédige un mail d'info pour tous les participants.",
        "3|Vérifie le remboursement et calcule le montant.",
        "2|Qu'est-ce que l'orga doit encore faire ?",
    ],
    "it": [
        "1|Quali squadre hanno più di 5 membri?",
        "0|Scrivi una mail informativa a tutti i partecipanti.",
        "3|Controlla il rimborso e calcola l'importo.",
        "2|Cosa deve ancora fare lo staff oggi?",
    ],
    "en": [
        "1|Which teams have more than five people?",
        "0|Draft an info email to all participants.",
        "3|Check this reimbursement claim and total it.",
        "1|List everyone under 18.",
        "2|What do the organisers still need to sort out today?",
    ],
}


def hack_org(ctx: Ctx) -> tuple[str, Org]:
    ev = ctx.c(HACK_EVENTS[ctx.lang])
    org = Org(ctx, ctx.c(HACK_VENUES[ctx.lang]), ev.replace(" Hackathon", "").replace("Hackathon ", ""))
    return ev, org


def hack_v0(ctx: Ctx, ev: str, org: Org) -> str:
    p = ctx.person(kind="adult")
    minor = ctx.p(0.25)
    dob = ctx.dob(p, 2008, 2010) if minor else ctx.dob(p, 1985, 2006)
    team = ctx.c(TEAMS)
    mates = [ctx.person() for _ in range(ctx.r.randint(1, 3))]
    ekind = ctx.c(["parent", "partner", "sibling", "friend"])
    emerg = ctx.person(like=p if ekind in ("parent", "sibling") and ctx.p(0.8) else None)
    orgp = ctx.person()
    shirt = ctx.c(["XS", "S", "M", "L", "XL", "XXL"])
    diet = ctx.c(
        ctx.L(
            de=["vegetarisch", "vegan", "keine", "glutenfrei"],
            fr=["végétarien", "vegan", "aucun"],
            it=["vegetariano", "vegano", "nessuna"],
            en=["vegetarian", "vegan", "none", "halal"],
        )
    )
    day = ctx.rdate(2026, 2026, 3, 11)
    invite = f"discord.gg/{''.join(ctx.c('abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNP23456789') for _ in range(8))}"
    lab = ctx.L(
        de=("Name", "Geburtsdatum", "E-Mail", "Handy", "T-Shirt", "Ernährung", "Notfallkontakt", "Team"),
        fr=("Nom", "Date de naissance", "E-mail", "Portable", "T-shirt", "Régime", "Contact d'urgence", "Équipe"),
        it=("Nome", "Data di nascita", "E-mail", "Cellulare", "T-shirt", "Dieta", "Contatto di emergenza", "Squadra"),
        en=("Name", "Date of birth", "Email", "Mobile", "T-shirt", "Dietary", "Emergency contact", "Team"),
    )
    rel_ = rel(ctx, ekind, emerg)
    pairs = [
        (lab[0], p.full()),
        (lab[1], dob),
        (lab[2], ctx.email(p)),
        (lab[3], ctx.mobile(p)),
        (lab[4], shirt),
        (lab[5], diet),
        (lab[6], f"{emerg.full()} ({rel_}), {ctx.mobile(emerg)}"),
        (lab[7], f"{team} - {ctx.c(TRACKS)}"),
    ]
    mates_txt = ", ".join(m.as_(ctx.c(["full", "first", "firstinit"])) for m in mates)
    body = ctx.L(
        de=f"Hallo {p.as_('first')},\n\ndeine Anmeldung für den {ev} am {ctx.date(day)} ist bestätigt (Ticket "
        f"#{ctx.ref('', 6)}). Dein Team: {mates_txt}.\n\nDeine Angaben:\n{form(ctx, pairs)}\n\n"
        + ("Da du unter 18 bist, brauchen wir die Einverständniserklärung deiner Eltern.\n\n" if minor else "")
        + f"Ort: {org.name}, {org.addr.line()}. Check-in Freitag ab 17:00. Discord: {invite}\n\n{bye(ctx)}\n"
        f"{signature(ctx, orgp, 'Orga-Team', ev, ctx.mobile(orgp), None, style=ctx.c(['block', 'line']))}",
        fr=f"Bonjour {p.as_('first')},\n\nton inscription au {ev} du {ctx.date(day)} est confirmée (billet "
        f"n° {ctx.ref('', 6)}). Ton équipe : {mates_txt}.\n\nTes informations :\n{form(ctx, pairs)}\n\n"
        + ("Comme tu as moins de 18 ans, il nous faut l'autorisation parentale.\n\n" if minor else "")
        + f"Lieu : {org.name}, {org.addr.line()}. Accueil vendredi dès 17h. Discord : {invite}\n\n{bye(ctx)}\n"
        f"{signature(ctx, orgp, 'Équipe orga', ev, ctx.mobile(orgp), None, style=ctx.c(['block', 'line']))}",
        it=f"Ciao {p.as_('first')},\n\nla tua iscrizione a {ev} del {ctx.date(day)} è confermata (biglietto "
        f"n. {ctx.ref('', 6)}). La tua squadra: {mates_txt}.\n\nI tuoi dati:\n{form(ctx, pairs)}\n\n"
        + ("Poiché sei minorenne ci serve il consenso dei genitori.\n\n" if minor else "")
        + f"Sede: {org.name}, {org.addr.line()}. Check-in venerdì dalle 17. Discord: {invite}\n\n{bye(ctx)}\n"
        f"{signature(ctx, orgp, 'Staff organizzazione', ev, ctx.mobile(orgp), None, style=ctx.c(['block', 'line']))}",
        en=f"Hi {p.as_('first')},\n\nYou're confirmed for {ev} on {ctx.date(day)} (ticket #{ctx.ref('', 6)}). Your "
        f"team: {mates_txt}.\n\nYour details:\n{form(ctx, pairs)}\n\n"
        + ("As you're under 18 we need a signed parental consent form.\n\n" if minor else "")
        + f"Venue: {org.name}, {org.addr.line()}. Check-in Friday from 5pm. Discord: {invite}\n\n{bye(ctx)}\n"
        f"{signature(ctx, orgp, 'Organising team', ev, ctx.mobile(orgp), None, style=ctx.c(['block', 'line']))}",
    )
    subj = ctx.L(
        de=f"Anmeldung bestätigt: {ev}",
        fr=f"Inscription confirmée : {ev}",
        it=f"Iscrizione confermata: {ev}",
        en=f"You're in: {ev}",
    )
    head = mail_head(
        ctx,
        f"{ev} <{org.role(ctx.c(['team', 'hello', 'anmeldung' if ctx.lang == 'de' else 'info']))}>",
        ctx.email(p),
        subj,
        when=day - dt.timedelta(days=ctx.r.randint(5, 40)),
    )
    return f"{head}\n\n{body}"


def hack_v1(ctx: Ctx, ev: str, org: Org) -> str:
    recs = []
    shape = "iso" if ctx.p(0.5) else ctx.dob_shape
    teams = ctx.r.sample(TEAMS, 3)
    for t in teams:
        track = ctx.c(TRACKS)
        for _ in range(ctx.r.randint(2, 6 if t == teams[0] else 5)):
            p = ctx.person()
            recs.append(
                {
                    "team": t,
                    "track": track,
                    "first_name": p.as_("first"),
                    "last_name": p.as_("last"),
                    "email": ctx.email(p),
                    "university": ctx.c(UNIS["us" if ctx.us else ctx.lang]) if ctx.p(0.7) else "",
                    "role": ctx.c(["dev", "design", "data", "pitch", "hardware"]),
                    "dob": ctx.dob(p, 1990, 2008, shape=shape),
                    "signup_ip": ctx.ip(),
                }
            )
    note = ctx.L(
        de=f"Teamanmeldungen {ev} (Export):",
        fr=f"Inscriptions des équipes - {ev} :",
        it=f"Iscrizioni squadre - {ev}:",
        en=f"Team registrations for {ev}:",
    )
    if ctx.p(0.5):
        keys = list(recs[0].keys())
        return f"{note}\n{table(ctx, keys, [[str(r[k]) for k in keys] for r in recs], ctx.c(['csv', 'tsv', 'md']))}"
    return f"{note}\n{jdump(ctx, recs, ctx.c(['lines', 'indent', 'wrapped']))}"


def hack_v2(ctx: Ctx, ev: str, org: Org) -> str:
    orga = [ctx.person() for _ in range(3)]
    lost, mentor, hurt, refund = (ctx.person() for _ in range(4))
    kin = ctx.person(like=hurt)
    nm = lambda p: p.as_(ctx.c(["first", "nick", "firstinit"]))  # noqa: E731
    msgs = [
        (
            nm(orga[0]),
            ctx.L(
                de=f"Badge von {lost.full()} liegt am Check-in, falls wer fragt",
                fr=f"Le badge de {lost.full()} est à l'accueil si quelqu'un demande",
                it=f"Il badge di {lost.full()} è al check-in se qualcuno lo cerca",
                en=f"{lost.full()}'s badge is at check-in if anyone asks",
            ),
        ),
        (
            nm(orga[1]),
            ctx.L(
                de=f"Mentor {mentor.as_('full')} steht im Stau, ist unter {ctx.mobile(mentor)} erreichbar",
                fr=f"Le mentor {mentor.as_('full')} est coincé dans les bouchons : {ctx.mobile(mentor)}",
                it=f"Il mentor {mentor.as_('full')} è bloccato nel traffico: {ctx.mobile(mentor)}",
                en=f"Mentor {mentor.as_('full')} is stuck in traffic, reachable on {ctx.mobile(mentor)}",
            ),
        ),
        (
            nm(orga[2]),
            ctx.L(
                de=f"{hurt.as_('first')} aus Team {ctx.c(TEAMS)} hat sich geschnitten, Sani ist da. "
                f"Notfallkontakt: {kin.full()} {ctx.mobile(kin)}",
                fr=f"{hurt.as_('first')} (équipe {ctx.c(TEAMS)}) s'est coupé, les secouristes sont là. "
                f"Contact d'urgence : {kin.full()} {ctx.mobile(kin)}",
                it=f"{hurt.as_('first')} della squadra {ctx.c(TEAMS)} si è tagliato, c'è il soccorso. "
                f"Contatto di emergenza: {kin.full()} {ctx.mobile(kin)}",
                en=f"{hurt.as_('first')} from {ctx.c(TEAMS)} cut a finger, first aiders are on it. "
                f"Emergency contact: {kin.full()} {ctx.mobile(kin)}",
            ),
        ),
        (
            nm(orga[0]),
            ctx.L(
                de=f"Reisekosten {refund.full()}: IBAN {ctx.iban()}, {ctx.money(30, 180)} Bahn",
                fr=f"Remboursement voyage {refund.full()} : IBAN {ctx.iban()}, {ctx.money(30, 180)} train",
                it=f"Rimborso viaggio {refund.full()}: IBAN {ctx.iban()}, treno {ctx.money(30, 180)}",
                en=f"Travel refund for {refund.full()}: "
                + (f"IBAN {ctx.iban()}" if not ctx.us else f"Zelle {ctx.email(refund)}")
                + f", {ctx.money(30, 180)} train",
            ),
        ),
    ]
    if ctx.p(0.5):
        msgs.append(
            (
                nm(orga[1]),
                ctx.L(
                    de="pizza kommt 23:30, 40 stück",
                    fr="les pizzas arrivent à 23h30",
                    it="le pizze arrivano alle 23:30",
                    en="pizza lands 11:30pm, 40 boxes",
                ),
            )
        )
    title = ctx.L(de=f"#orga - {ev}", fr=f"#orga - {ev}", it=f"#staff - {ev}", en=f"#organisers - {ev}")
    return f"{title}\n\n{chat(ctx, msgs, ctx.c(['discord', 'teams', 'irc', 'paren', 'plain']))}"


def hack_v3(ctx: Ctx, ev: str, org: Org) -> str:
    p = ctx.person()
    a = ctx.addr(p=p, t=ctx.town())
    items = []
    for _ in range(ctx.r.randint(1, 3)):
        items.append(
            {
                "item": ctx.c(
                    ctx.L(
                        de=["Bahnticket", "Busticket", "Hotel 1 Nacht", "Fahrrad-Reservierung"],
                        fr=["billet de train", "bus", "hôtel 1 nuit"],
                        it=["biglietto treno", "bus", "hotel 1 notte"],
                        en=["train ticket", "coach", "hotel 1 night", "mileage"],
                    )
                ),
                "amount": round(ctx.r.uniform(12, 160), 2),
            }
        )
    rec = {
        "form": ctx.L(
            de="Reisekostenerstattung", fr="Remboursement des frais", it="Rimborso spese", en="Travel reimbursement"
        ),
        "event": ev,
        "name": p.full(),
        "team": ctx.c(TEAMS),
        "placement": ctx.c(["1", "2", "3", "-", "-"]),
        "address": a.line(),
        "email": ctx.email(p),
        "phone": ctx.mobile(p),
        "items": items,
        "total": round(sum(i["amount"] for i in items), 2),
    }
    if ctx.us:
        rec["payout"] = (
            {"method": "check", "mail_to": a.line()} if ctx.p(0.5) else {"method": "PayPal", "account": ctx.email(p)}
        )
    else:
        rec["payout"] = {"iban": ctx.iban(), "account_holder": p.full()}
    note = ctx.L(de="Eingereichtes Formular:", fr="Formulaire reçu :", it="Modulo ricevuto:", en="Submitted form:")
    if ctx.p(0.5):
        return f"{note}\n{ydump(rec)}"
    flat = [
        (k, json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else str(v))
        for k, v in rec.items()
        if k not in ("items", "payout")
    ]
    flat += [(f"payout.{k}", str(v)) for k, v in rec["payout"].items()]
    flat += [(f"item {k + 1}", f"{i['item']} {i['amount']}") for k, i in enumerate(items)]
    return f"{note}\n{form(ctx, flat)}"


def gen_hack(ctx: Ctx, v: int) -> str:
    ev, org = hack_org(ctx)
    return [hack_v0, hack_v1, hack_v2, hack_v3][v](ctx, ev, org)


# ---------------------------------------------------------------------------------------------------------------
# 6. bulkywaste - bulky-waste and recycling pickup requests
# ---------------------------------------------------------------------------------------------------------------
BULKY_ITEMS = {
    "de": [
        "Sofa (3-Sitzer)",
        "Matratze 140x200",
        "Kleiderschrank, zerlegt",
        "2 Stühle",
        "Kühlschrank",
        "Waschmaschine",
        "Teppich",
        "Lattenrost",
        "Fahrrad",
        "Schreibtisch",
        "Bettgestell",
    ],
    "fr": [
        "canapé 3 places",
        "matelas 140x190",
        "armoire démontée",
        "2 chaises",
        "réfrigérateur",
        "lave-linge",
        "sommier",
        "vélo",
        "bureau",
    ],
    "it": [
        "divano 3 posti",
        "materasso matrimoniale",
        "armadio smontato",
        "2 sedie",
        "frigorifero",
        "lavatrice",
        "rete del letto",
        "bicicletta",
        "scrivania",
    ],
    "en": [
        "3-seater sofa",
        "double mattress",
        "wardrobe (flat-packed)",
        "2 chairs",
        "fridge freezer",
        "washing machine",
        "carpet",
        "bed frame",
        "bicycle",
        "desk",
    ],
}
BULKY_REQ = {
    "de": [
        "1|Bitte Tour nach Straßen sortieren.",
        "2|Schreib eine Antwort auf die Beschwerde.",
        "13|Wie viele Kühlgeräte sind dabei?",
        "0|Fasse die Anmeldung kurz zusammen.",
    ],
    "fr": [
        "1|Trie la tournée par rue, stp.",
        "2|Rédige une réponse à cette réclamation.",
        "13|Combien d'appareils froid en tout ?",
        "0|Résume la demande en deux lignes.",
    ],
    "it": [
        "1|Ordina il giro per via.",
        "2|Scrivi una risposta al reclamo.",
        "13|Quanti frigoriferi ci sono?",
        "0|Riassumi la richiesta in due righe.",
    ],
    "en": [
        "1|Sort the round by street please.",
        "2|Draft a reply to this complaint.",
        "13|How many fridges are on the list?",
        "0|Summarise the booking in two lines.",
    ],
}


def bulky_org(ctx: Ctx) -> Org:
    town = ctx.home[0]
    names = {
        "DE": [f"Abfallwirtschaftsbetrieb {town}", f"Stadtreinigung {town}", f"Entsorgungsbetriebe {town}"],
        "AT": [f"Abfallwirtschaft der Stadt {town}", f"Altstoffsammelzentrum {town}"],
        "CHde": [f"Entsorgung + Recycling {town}", f"Werkhof {town}"],
        "FR": [f"Ville de {town} - service des encombrants", f"Métropole de {town} - Propreté"],
        "CHfr": [f"Voirie de {town} - objets encombrants", f"Commune de {town} - déchèterie"],
        "IT": [f"Servizio ingombranti - Comune di {town}", f"{town} Ambiente S.p.A."],
        "CHit": [f"Comune di {town} - raccolta ingombranti", f"Ufficio tecnico comunale di {town}"],
        "GB": [f"{town} City Council - Bulky Waste Collections", f"{town} Council Waste & Recycling"],
        "US": [f"{town} Solid Waste Services - Bulk Pickup", f"City of {town} Sanitation"],
    }[ctx.reg]
    name = ctx.c(names)
    short = ctx.L(
        de=f"stadtreinigung-{town}",
        fr=f"ville-{town}",
        it=f"ambiente-{town}",
        en=f"{town}-council",
        us=f"{town}-sanitation",
    )
    return Org(ctx, name, short)


def items(ctx: Ctx) -> list[str]:
    return ctx.r.sample(BULKY_ITEMS[ctx.lang], ctx.r.randint(1, 4))


def bulky_v0(ctx: Ctx, org: Org) -> str:
    p = ctx.person()
    other = ctx.p(0.3)
    mum = ctx.person(g=ctx.c("mf"), like=p if ctx.p(0.6) else None) if other else None
    home = ctx.addr(p=p, t=ctx.home)
    site = ctx.addr(p=mum, t=ctx.home) if mum else home
    day = ctx.rdate(2026, 2026, 1, 11)
    order = ctx.ref(ctx.c(["SP-", "2026-", "ENC", "ING", "BW"]), 6)
    lab = ctx.L(
        de=(
            "Auftragsnummer",
            "Abholtermin",
            "Auftraggeber/in",
            "Abholadresse",
            "Stockwerk",
            "Telefon",
            "E-Mail",
            "Gegenstände",
            "Gebühr",
        ),
        fr=(
            "N° de demande",
            "Date d'enlèvement",
            "Demandeur",
            "Adresse d'enlèvement",
            "Étage",
            "Téléphone",
            "E-mail",
            "Objets",
            "Tarif",
        ),
        it=(
            "N. richiesta",
            "Data ritiro",
            "Richiedente",
            "Indirizzo ritiro",
            "Piano",
            "Telefono",
            "E-mail",
            "Oggetti",
            "Costo",
        ),
        en=("Reference", "Collection date", "Name", "Collection address", "Floor", "Phone", "Email", "Items", "Charge"),
    )
    pairs = [
        (lab[0], order),
        (lab[1], ctx.date(day)),
        (lab[2], styled(ctx, p)),
        (lab[3], site.line()),
        (
            lab[4],
            ctx.c(
                ctx.L(
                    de=["EG", "1. OG", "3. OG", "Keller"],
                    fr=["RDC", "1er", "3e", "sous-sol"],
                    it=["piano terra", "1° piano", "3° piano", "cantina"],
                    en=["ground floor", "1st floor", "basement"],
                    us=["1st floor", "2nd floor", "basement", "garage"],
                )
            ),
        ),
        (lab[5], ctx.mobile(p) if ctx.p(0.6) else ctx.land(home.t)),
        (lab[6], ctx.email(p)),
        (lab[7], "; ".join(items(ctx))),
        (lab[8], ctx.c([ctx.money(15, 60), "0,00" if ctx.lang != "en" else "free"])),
    ]
    if mum:
        rel_ = rel(ctx, "parent", mum)
        pairs.append(
            (
                ctx.L(de="Hinweis", fr="Remarque", it="Nota", en="Note"),
                ctx.L(
                    de=f"Abholung bei {'meinem' if mum.g == 'm' else 'meiner'} {rel_} {mum.full()}, bitte "
                    "vorher anrufen: "
                    f"{ctx.land(site.t)}",
                    fr=f"Enlèvement chez {'mon' if mum.g == 'm' else 'ma'} {rel_} {mum.full()}, appeler avant : "
                    f"{ctx.land(site.t)}",
                    it=f"Ritiro presso {'mio' if mum.g == 'm' else 'mia'} {rel_} {mum.full()}, chiamare prima: "
                    f"{ctx.land(site.t)}",
                    en=f"Collection from my {rel_} {mum.full()}'s house, please ring first: {ctx.land(site.t)}",
                ),
            )
        )
        pairs.insert(
            4,
            (
                ctx.L(
                    de="Rechnungsadresse",
                    fr="Adresse de facturation",
                    it="Indirizzo di fatturazione",
                    en="Billing address",
                ),
                home.line(),
            ),
        )
    pay = ""
    if ctx.p(0.5):
        pay = ctx.L(
            de=f"Zahlung: Lastschrift von {ctx.iban()}",
            fr=f"Paiement : prélèvement sur {ctx.iban()}",
            it=f"Pagamento: addebito su {ctx.iban()}",
            en=f"Paid by card {ctx.masked_card()}",
        )
    else:
        pay = ctx.L(
            de=f"Bezahlt mit Karte {ctx.masked_card()}",
            fr=f"Payé par carte {ctx.masked_card()}",
            it=f"Pagato con carta {ctx.masked_card()}",
            en=f"Paid by card {ctx.masked_card()}",
        )
    hint = ctx.L(
        de="Bitte stellen Sie die Gegenstände am Vorabend ab 18 Uhr gut sichtbar an den Straßenrand.",
        fr="Merci de déposer les objets sur le trottoir la veille au soir, après 19h.",
        it="Si prega di esporre gli oggetti a bordo strada la sera prima dopo le 20.",
        en="Please put items out by 7am on the day, not on the pavement before 6pm the night before.",
        us="Please place items at the curb by 6am on collection day, not before 5pm the evening before.",
    )
    head = ctx.L(
        de="Ihre Sperrmüll-Anmeldung ist eingegangen",
        fr="Votre demande d'enlèvement d'encombrants",
        it="Conferma prenotazione ritiro ingombranti",
        en="Your bulky waste collection is booked",
        us="Your bulk item pickup is scheduled",
    )
    fm = org.role(ctx.L(de="sperrmuell", fr="encombrants", it="ingombranti", en="bulkywaste", us="bulkpickup"))
    hdr = mail_head(
        ctx, f"{org.name} <{fm}>", ctx.email(p), f"{head} - {order}", when=day - dt.timedelta(days=ctx.r.randint(3, 20))
    )
    return f"{hdr}\n\n{greet(ctx, p)}\n\n{head}.\n\n{form(ctx, pairs)}\n{pay}\n\n{hint}\n\n{org.name}\n{org.phone}"


def bulky_v1(ctx: Ctx, org: Org) -> str:
    ppl = [ctx.person() for _ in range(ctx.r.randint(5, 9))]
    head = ctx.L(
        de=["Nr.", "Adresse", "Name", "Telefon", "Gegenstände", "Hinweis"],
        fr=["N°", "Adresse", "Nom", "Téléphone", "Objets", "Remarque"],
        it=["N.", "Indirizzo", "Nome", "Telefono", "Oggetti", "Nota"],
        en=["#", "Address", "Name", "Phone", "Items", "Note"],
    )
    notes = ctx.L(
        de=["", "", "Hinterhof", "klingeln", "2 Personen nötig"],
        fr=["", "", "cour arrière", "sonner", "2 personnes"],
        it=["", "", "cortile", "suonare", "servono 2 persone"],
        en=["", "", "side gate", "knock", "2-person lift"],
    )
    cold = ctx.L(de="Kühlgerät!", fr="froid !", it="frigo!", en="fridge!")
    cold_items = ("Kühlschrank", "réfrigérateur", "frigorifero", "fridge freezer")
    st = ctx.c(["full", "last", "lastfirst"])
    rows = []
    for k, p in enumerate(ppl):
        a = ctx.addr(p=p, t=ctx.home)
        rows.append(
            [
                str(k + 1),
                a.s(),
                p.as_(st) if st != "last" else sir(ctx, p),
                ctx.mobile(p) if ctx.p(0.7) else ctx.land(),
                ", ".join(its := items(ctx)),
                cold if any(x in cold_items for x in its) else ctx.c(notes),
            ]
        )
    tour = ctx.L(
        de=f"Tour {ctx.r.randint(1, 9)} - {ctx.date(ctx.rdate(2026, 2026))} - {ctx.home[0]}",
        fr=f"Tournée {ctx.r.randint(1, 9)} du {ctx.date(ctx.rdate(2026, 2026))} - {ctx.home[0]}",
        it=f"Giro {ctx.r.randint(1, 9)} del {ctx.date(ctx.rdate(2026, 2026))} - {ctx.home[0]}",
        en=f"Round {ctx.r.randint(1, 9)}, {ctx.date(ctx.rdate(2026, 2026))} - {ctx.home[0]}",
    )
    d1, d2 = ctx.person(g="m"), ctx.person()
    x = ppl[ctx.r.randint(1, len(ppl) - 1)]
    nm = lambda p: p.as_(ctx.c(["first", "nick"]))  # noqa: E731
    msgs = [
        (
            nm(d1),
            ctx.L(
                de=f"bei {x.as_('last')} macht keiner auf, ruf mal an",
                fr=f"personne chez {x.as_('last')}, tu peux appeler ?",
                it=f"da {x.as_('last')} non apre nessuno, chiami tu?",
                en=f"no answer at {x.as_('last')}'s, can you ring them",
            ),
        ),
        (
            nm(d2),
            ctx.L(
                de=f"hab {'ihn' if x.g == 'm' else 'sie'} erreicht, Sachen stehen im Hinterhof",
                fr="c'est bon, les objets sont dans la cour",
                it="fatto, la roba è in cortile",
                en="got through, stuff is round the back",
            ),
        ),
    ]
    if ctx.p(0.6):
        y = ctx.person()
        ya = ctx.addr(p=y, t=ctx.home)
        msgs.append(
            (
                nm(d1),
                ctx.L(
                    de=f"Zusatzauftrag von der Zentrale: {y.full()}, {ya.s()}, Waschmaschine, Tel {ctx.mobile(y)}",
                    fr=f"Ajout du bureau : {y.full()}, {ya.s()}, lave-linge, tél {ctx.mobile(y)}",
                    it=f"Aggiunta dall'ufficio: {y.full()}, {ya.s()}, lavatrice, tel {ctx.mobile(y)}",
                    en=f"Extra job from the office: {y.full()}, {ya.s()}, washing machine, tel {ctx.mobile(y)}",
                ),
            )
        )
    return f"{tour}\n\n{table(ctx, head, rows)}\n\n{chat(ctx, msgs, lower=0.5)}"


def bulky_v2(ctx: Ctx, org: Org) -> str:
    p = ctx.person()
    clerk = ctx.person()
    nb = ctx.person()
    a = ctx.addr(p=p, t=ctx.home)
    day = ctx.rdate(2026, 2026, 1, 11)
    order = ctx.ref(ctx.c(["SP-", "2026-", "ENC", "ING", "BW"]), 6)
    cemail = ctx.email(clerk, domain=org.domain)
    its = items(ctx)
    conf = ctx.L(
        de=f"Auftragsnummer: {order}\nAbholtermin: {ctx.date(day)}\nAbholadresse: {a.line()}\nGegenstände: "
        f"{', '.join(its)}",
        fr=f"N° de demande : {order}\nDate : {ctx.date(day)}\nAdresse : {a.line()}\nObjets : {', '.join(its)}",
        it=f"N. richiesta: {order}\nData ritiro: {ctx.date(day)}\nIndirizzo: {a.line()}\nOggetti: {', '.join(its)}",
        en=f"Reference: {order}\nCollection date: {ctx.date(day)}\nAddress: {a.line()}\nItems: {', '.join(its)}",
    )
    body = ctx.L(
        de=f"Guten Tag,\n\ndie Abholung am {ctx.date(day)} hat nicht stattgefunden, alles steht noch vor dem Haus. "
        f"Dazu hat {'mein Nachbar' if nb.g == 'm' else 'meine Nachbarin'} {nb.full()} noch einen alten Kühlschrank "
        f"dazugestellt, der nicht von mir ist - bitte klären Sie das direkt mit {'ihm' if nb.g == 'm' else 'ihr'} "
        f"({ctx.mobile(nb)}). Ich bin tagsüber unter {ctx.mobile(p)} erreichbar.\n\n{bye(ctx)}\n{p.full()}",
        fr=f"Bonjour,\n\nL'enlèvement prévu le {ctx.date(day)} n'a pas eu lieu, tout est encore devant l'immeuble. En "
        f"plus, {'mon voisin' if nb.g == 'm' else 'ma voisine'} {nb.full()} a ajouté un vieux frigo qui n'est pas à "
        f"moi ; merci de voir directement avec {'lui' if nb.g == 'm' else 'elle'} ({ctx.mobile(nb)}). Je suis "
        "joignable "
        f"au {ctx.mobile(p)}.\n\n{bye(ctx)}\n{p.full()}",
        it=f"Buongiorno,\n\nil ritiro del {ctx.date(day)} non è stato effettuato, è ancora tutto davanti al portone. "
        f"Inoltre {'il mio vicino' if nb.g == 'm' else 'la mia vicina'} {nb.full()} ha aggiunto un vecchio frigorifero "
        f"che non è mio: per favore sentite direttamente {'lui' if nb.g == 'm' else 'lei'} ({ctx.mobile(nb)}). Io sono "
        f"reperibile al {ctx.mobile(p)}.\n\n{bye(ctx)}\n{p.full()}",
        en=f"Hello,\n\nNothing was collected on {ctx.date(day)} and it's all still outside. On top of that my "
        f"neighbour {nb.full()} has added an old fridge that isn't mine - please sort that out with them directly "
        f"({ctx.mobile(nb)}). I'm on {ctx.mobile(p)} during the day.\n\n{bye(ctx)}\n{p.full()}",
    )
    subj = ctx.L(
        de=f"Beschwerde Sperrmüll {order}",
        fr=f"Réclamation encombrants {order}",
        it=f"Reclamo ritiro ingombranti {order}",
        en=f"Complaint - missed collection {order}",
    )
    hdr = mail_head(
        ctx,
        addr_disp(ctx, p.full(), ctx.email(p)),
        addr_disp(ctx, clerk.full(), cemail),
        subj,
        when=day + dt.timedelta(days=1),
    )
    older = mail_head(ctx, f"{org.name} <{org.role('noreply')}>", ctx.email(p), order, when=day - dt.timedelta(days=10))
    return f"{hdr}\n\n{body}\n\n{quoted(ctx, older, conf)}"


def bulky_v3(ctx: Ctx, org: Org) -> str:
    recs = []
    for _ in range(ctx.r.randint(3, 5)):
        p = ctx.person()
        a = ctx.addr(p=p, t=ctx.home)
        cr = ctx.rdate(2026, 2026, 1, 10)
        recs.append(
            {
                "request_id": ctx.ref("REQ", 7),
                "created_at": f"{cr.isoformat()}T{ctx.r.randint(6, 23):02d}:{ctx.r.randint(0, 59):02d}:00",
                "name": p.full(),
                "street": a.s(),
                "postcode_town": a.p(),
                "phone": ctx.mobile(p, intl=0.3),
                "email": ctx.email(p),
                "items": items(ctx),
                "slot": (cr + dt.timedelta(days=ctx.r.randint(6, 30))).isoformat(),
                "client_ip": ctx.ip(),
                "source": ctx.c(["web", "app", "web"]),
            }
        )
    note = ctx.L(
        de="Neue Online-Anmeldungen Sperrmüll:",
        fr="Nouvelles demandes en ligne (encombrants) :",
        it="Nuove richieste online ingombranti:",
        en="New online bulky waste requests:",
    )
    return f"{note}\n{jdump(ctx, recs)}"


def gen_bulky(ctx: Ctx, v: int) -> str:
    org = bulky_org(ctx)
    return [bulky_v0, bulky_v1, bulky_v2, bulky_v3][v](ctx, org)


# ---------------------------------------------------------------------------------------------------------------
# 7. raffle - raffle and tombola winner notices
# ---------------------------------------------------------------------------------------------------------------
PRIZES = {
    "de": [
        "Gutschein Bäckerei Sonnenkorn (50 €)",
        "Trekkingrad",
        "Wellness-Wochenende für zwei",
        "Präsentkorb",
        "Kaffeevollautomat",
        "Ballonfahrt",
        "Tablet",
        "Gutschein Gasthof zur Post",
        "Saisonkarte Freibad",
    ],
    "fr": [
        "panier garni",
        "bon d'achat 50 €",
        "vélo de ville",
        "week-end en gîte",
        "machine à café",
        "baptême de l'air",
        "tablette",
        "repas pour deux au Relais du Lac",
    ],
    "it": [
        "cesto di prodotti tipici",
        "buono spesa 50 €",
        "bicicletta",
        "weekend in agriturismo",
        "macchina del caffè",
        "tablet",
        "cena per due alla Trattoria del Ponte",
    ],
    "en": [
        "hamper of local produce",
        "£50 voucher",
        "mountain bike",
        "spa day for two",
        "coffee machine",
        "tablet",
        "meal for two at The Plough",
    ],
    "us": [
        "gift basket",
        "$50 gift card",
        "mountain bike",
        "spa day for two",
        "coffee maker",
        "tablet",
        "dinner for two at Rosie's Diner",
    ],
}
RAFFLE_REQ = {
    "de": [
        "0|Mach daraus bitte einen Aushang für die Website.",
        "0|Schreib den Gewinnern eine kurze Benachrichtigung.",
        "2|Welche Preise wurden noch nicht abgeholt?",
        "3|Bitte Gewinner 1-3 heraussuchen.",
        "1|Formuliere das etwas herzlicher.",
    ],
    "fr": [
        "0|Fais-en une affiche pour le site.",
        "0|Écris un petit message aux gagnants.",
        "2|Quels lots n'ont pas encore été retirés ?",
        "3|Retrouve les gagnants 1 à 3.",
        "1|Rends la lettre un peu plus chaleureuse.",
    ],
    "it": [
        "0|Preparami un avviso per il sito.",
        "0|Scrivi un breve messaggio ai vincitori.",
        "2|Quali premi non sono ancora stati ritirati?",
        "3|Trova i vincitori 1-3.",
        "1|Rendi la lettera un po' più calorosa.",
    ],
    "en": [
        "0|Turn this into a notice for the website.",
        "0|Write a short message to the winners.",
        "2|Which prizes haven't been collected yet?",
        "3|Find winners 1-3 please.",
        "1|Make the letter a bit warmer.",
    ],
}


def raffle_org(ctx: Ctx) -> Org:
    town = ctx.home[0]
    names = {
        "DE": [
            f"Freiwillige Feuerwehr {town}",
            f"Musikverein Harmonie {town}",
            "Förderverein Grundschule am Park",
            f"Turnverein {town} 1892",
            "Elternbeirat Kita Sonnenschein",
        ],
        "AT": [f"Freiwillige Feuerwehr {town}", f"Trachtenmusikkapelle {town}", f"Sportunion {town}"],
        "CHde": [f"Turnverein {town}", f"Jodlerklub {town}", f"Elternverein {town}", f"Musikgesellschaft {town}"],
        "FR": [
            f"Amicale des sapeurs-pompiers de {town}",
            f"Comité des fêtes de {town}",
            "APE de l'école des Tilleuls",
            f"Association sportive de {town}",
        ],
        "CHfr": [f"Société de jeunesse de {town}", f"FC {town}", f"Fanfare de {town}"],
        "IT": [
            f"Pro Loco di {town}",
            "Comitato genitori scuola Arcobaleno",
            f"Gruppo Alpini {town}",
            "Oratorio San Rocco",
        ],
        "CHit": [f"Società Filarmonica di {town}", f"FC {town}", "Assemblea genitori scuola elementare"],
        "GB": [f"{town} Primary School PTA", f"{town} Rugby Club", "St Mary's Church Summer Fete Committee"],
        "US": [f"{town} Elementary PTO", f"{town} Volunteer Fire Company", f"Friends of the {town} Library"],
    }[ctx.reg]
    name = ctx.c(names)
    return Org(ctx, name, "-".join(name.replace("'", " ").split()[:3]))


def prize_cur(ctx: Ctx, x: str) -> str:
    if ctx.cc == "CH":
        return x.replace("50 €", "CHF 50").replace("(CHF 50)", "(CHF 50.-)")
    return x


def prizes(ctx: Ctx, n: int) -> list[str]:
    pool = PRIZES["us" if ctx.us else ctx.lang]
    return [prize_cur(ctx, pool[k % len(pool)]) for k in ctx.r.sample(range(len(pool)), min(n, len(pool)))]


def tickets(ctx: Ctx, n: int) -> list[str]:
    return [f"{x:04d}" for x in sorted(ctx.r.sample(range(1, 2400), n))]


def raffle_v0(ctx: Ctx, org: Org) -> str:
    n = ctx.r.randint(5, 9)
    winners = [ctx.person() for _ in range(n)]
    pz = prizes(ctx, n)
    tk = tickets(ctx, n)
    st = ctx.c(["firstinit", "init", "full", "lastfirst"])
    head = ctx.L(
        de=["Los-Nr.", "Preis", "Gewinner/in", "Wohnort"],
        fr=["N° ticket", "Lot", "Gagnant(e)", "Commune"],
        it=["Biglietto", "Premio", "Vincitore", "Comune"],
        en=["Ticket", "Prize", "Winner", "Town"],
    )
    rows = []
    for k, w in enumerate(winners):
        if k >= len(pz):
            break
        rows.append([tk[k], pz[k], w.as_(st), ctx.town()[0] if ctx.p(0.6) else ctx.home[0]])
    ev = ctx.L(
        de="Tombola beim Sommerfest",
        fr="Tombola de la fête d'été",
        it="Lotteria della festa d'estate",
        en="Summer fair raffle",
        us="Spring fair raffle",
    )
    day = ctx.rdate(2026, 2026, 4, 10)
    keeper = ctx.person()
    ka = ctx.addr(p=keeper, t=ctx.home)
    pick = ctx.L(
        de=f"Die Preise können bis {ctx.date(day + dt.timedelta(days=21))} bei {keeper.full()}, {ka.line()} (Tel. "
        f"{ctx.mobile(keeper)}) oder im Vereinsheim, {org.addr.line()}, abgeholt werden.",
        fr=f"Les lots sont à retirer avant le {ctx.date(day + dt.timedelta(days=21))} chez {keeper.full()}, "
        f"{ka.line()} (tél. {ctx.mobile(keeper)}) ou au local, {org.addr.line()}.",
        it=f"I premi si ritirano entro il {ctx.date(day + dt.timedelta(days=21))} da {keeper.full()}, {ka.line()} "
        f"(tel. {ctx.mobile(keeper)}) oppure in sede, {org.addr.line()}.",
        en=f"Prizes can be collected until {ctx.date(day + dt.timedelta(days=21))} from {keeper.full()}, {ka.line()} "
        f"(tel. {ctx.mobile(keeper)}) or at the clubhouse, {org.addr.line()}.",
    )
    title = f"{org.name} - {ev} {ctx.date(day)}"
    return f"{title}\n\n{table(ctx, head, rows)}\n\n{pick}"


def raffle_v1(ctx: Ctx, org: Org) -> str:
    w = ctx.person()
    chair = ctx.person()
    a = ctx.addr(p=w, t=ctx.home if ctx.p(0.85) else None)
    day = ctx.rdate(2026, 2026, 3, 11)
    prize = prize_cur(ctx, ctx.c(PRIZES["us" if ctx.us else ctx.lang]))
    tno = tickets(ctx, 1)[0]
    rank = ctx.r.randint(1, 25)
    addr_block = f"{ctx.title(w, 'addr')} {w.full()}\n{a.block()}" if ctx.lang != "en" else f"{w.full()}\n{a.block()}"
    body = ctx.L(
        de=f"{greet(ctx, w)}\n\nherzlichen Glückwunsch! Ihr Los Nr. {tno} hat bei unserer Tombola am "
        f"{ctx.date(day)} den "
        f"{rank}. Preis gewonnen: {prize}.\nSie können den Gewinn bis {ctx.date(day + dt.timedelta(days=28))} bei "
        f"{'unserem Kassier' if chair.g == 'm' else 'unserer Kassiererin'} {chair.full()} abholen - bitte vorher kurz "
        f"unter {ctx.mobile(chair)} anrufen.",
        fr=f"{greet(ctx, w)}\n\nFélicitations ! Votre ticket n° {tno} a gagné le {rank}e lot de notre tombola du "
        f"{ctx.date(day)} : {prize}.\nVous pouvez le retirer jusqu'au {ctx.date(day + dt.timedelta(days=28))} "
        "auprès de "
        f"{'notre trésorier' if chair.g == 'm' else 'notre trésorière'} {chair.full()} ; merci d'appeler avant au "
        f"{ctx.mobile(chair)}.",
        it=f"{greet(ctx, w)}\n\ncomplimenti! Il Suo biglietto n. {tno} ha vinto il {rank}° premio della nostra "
        "lotteria "
        f"del {ctx.date(day)}: {prize}.\nPuò ritirarlo entro il {ctx.date(day + dt.timedelta(days=28))} presso "
        f"{'il nostro tesoriere' if chair.g == 'm' else 'la nostra tesoriera'} {chair.full()}, telefonando prima al "
        f"{ctx.mobile(chair)}.",
        en=f"{greet(ctx, w)}\n\nCongratulations! Ticket no. {tno} won prize {rank} in our raffle on {ctx.date(day)}: "
        f"{prize}.\nPlease collect it by {ctx.date(day + dt.timedelta(days=28))} from our treasurer {chair.full()} - "
        f"give them a ring first on {ctx.mobile(chair)}.",
    )
    sig = signature(
        ctx,
        chair,
        ctx.L(de="Vorstand", fr="Comité", it="Direttivo", en="Committee"),
        org.name,
        None,
        ctx.email(chair) if ctx.p(0.5) else None,
        addr=org.addr,
    )
    place = ctx.L(
        de=f"{ctx.home[0]}, {ctx.date(day + dt.timedelta(days=2))}",
        fr=f"{ctx.home[0]}, le {ctx.date(day + dt.timedelta(days=2))}",
        it=f"{ctx.home[0]}, {ctx.date(day + dt.timedelta(days=2))}",
        en=ctx.date(day + dt.timedelta(days=2)),
    )
    out = f"{org.name}\n{org.addr.line()}\n\n{addr_block}\n\n{place}\n\n{body}\n\n{bye(ctx, True)}\n{sig}"
    return ocr(ctx, out) if ctx.p(0.25) else out


def raffle_v2(ctx: Ctx, org: Org) -> str:
    orga = [ctx.person() for _ in range(3)]
    w1, w2, w3 = (ctx.person() for _ in range(3))
    tk = tickets(ctx, 3)
    a2 = ctx.addr(p=w2, t=ctx.home)
    nm = lambda p: p.as_(ctx.c(["first", "nick", "full"]))  # noqa: E731
    pz = prizes(ctx, 3)
    msgs = [
        (
            nm(orga[0]),
            ctx.L(
                de=f"Preis {tk[0]} ({pz[0]}) noch nicht abgeholt, {w1.full()} geht nicht ran: {ctx.mobile(w1)}",
                fr=f"Le lot {tk[0]} ({pz[0]}) n'est pas retiré, {w1.full()} ne répond pas : {ctx.mobile(w1)}",
                it=f"Il premio {tk[0]} ({pz[0]}) non è stato ritirato, {w1.full()} non risponde: {ctx.mobile(w1)}",
                en=f"Prize {tk[0]} ({pz[0]}) still not collected, {w1.full()} isn't answering: {ctx.mobile(w1)}",
            ),
        ),
        (
            nm(orga[1]),
            ctx.L(
                de=f"{w2.full()} hat Los {tk[1]} gewonnen, wohnt {a2.s()}, bring ich morgen vorbei",
                fr=f"{w2.full()} a gagné avec le {tk[1]}, habite {a2.s()}, je passe demain",
                it=f"{w2.full()} ha vinto con il {tk[1]}, abita in {a2.s()}, passo io domani",
                en=f"{w2.full()} won with {tk[1]}, lives at {a2.s()}, I'll drop it round tomorrow",
            ),
        ),
        (
            nm(orga[2]),
            ctx.L(
                de="Sponsorliste für die Zeitung ist fertig",
                fr="la liste des sponsors pour le journal est prête",
                it="lista sponsor per il giornale pronta",
                en="sponsor list for the paper is done",
            ),
        ),
        (
            nm(orga[0]),
            ctx.L(
                de=f"{w3.as_('first')} war am Stand und hat {pz[2]} schon mitgenommen 👍",
                fr=f"{w3.as_('first')} est passé{'e' if w3.g == 'f' else ''} au stand, {pz[2]} récupéré 👍",
                it=f"{w3.as_('first')} è passat{'a' if w3.g == 'f' else 'o'} al banco, {pz[2]} ritirato 👍",
                en=f"{w3.as_('first')} came by the stall and took the {pz[2]} 👍",
            ),
        ),
    ]
    title = ctx.L(
        de=f"Orga Tombola {org.name}",
        fr=f"Orga tombola - {org.name}",
        it=f"Lotteria - {org.name}",
        en=f"Raffle team - {org.name}",
    )
    return f"{title}\n{chat(ctx, msgs)}"


def raffle_v3(ctx: Ctx, org: Org) -> str:
    recs = []
    start = ctx.r.randint(1, 900)
    for _ in range(ctx.r.randint(3, 6)):
        p = ctx.person()
        n = ctx.c([1, 2, 5, 10, 3])
        pay = ctx.masked_card() if (ctx.us or ctx.p(0.6)) else ctx.iban()
        recs.append(
            {
                "order": ctx.ref("T", 6),
                "buyer": p.full(),
                "email": ctx.email(p),
                "phone": ctx.mobile(p) if ctx.p(0.6) else "",
                "tickets": f"{start:04d}-{start + n - 1:04d}" if n > 1 else f"{start:04d}",
                "amount": ctx.money(2 * n, 2 * n),
                "payment": pay,
                "ip": ctx.ip(),
            }
        )
        start += n + ctx.r.randint(0, 40)
    note = ctx.L(
        de="Online-Losverkauf (Export) - bitte Gewinner 1-3 markieren:",
        fr="Vente de tickets en ligne (export) - marque les gagnants 1 à 3 :",
        it="Vendita biglietti online (export) - segna i vincitori 1-3:",
        en="Online ticket sales (export) - please flag winners 1-3:",
    )
    draw = (
        ctx.L(de="Ziehung", fr="Tirage", it="Estrazione", en="Draw")
        + ": "
        + ", ".join(f"{k + 1}. {r['tickets'][:4]}" for k, r in enumerate(ctx.r.sample(recs, 3)))
    )
    keys = list(recs[0].keys())
    body = (
        jdump(ctx, recs)
        if ctx.p(0.5)
        else table(ctx, keys, [[str(r[k]) for k in keys] for r in recs], ctx.c(["csv", "tsv", "md_pad"]))
    )
    return f"{note}\n{body}\n\n{draw}"


def gen_raffle(ctx: Ctx, v: int) -> str:
    org = raffle_org(ctx)
    return [raffle_v0, raffle_v1, raffle_v2, raffle_v3][v](ctx, org)


# ---------------------------------------------------------------------------------------------------------------
# 8. erasmus - student exchange learning agreements and applications
# ---------------------------------------------------------------------------------------------------------------
UNIV = {
    "DE": [
        ("Universität zu Köln", "D KOLN01", "uni-koeln.de", "Köln"),
        ("Universität Leipzig", "D LEIPZIG01", "uni-leipzig.de", "Leipzig"),
        ("Universität Hamburg", "D HAMBURG01", "uni-hamburg.de", "Hamburg"),
        ("Universität Freiburg", "D FREIBUR01", "uni-freiburg.de", "Freiburg im Breisgau"),
        ("Universität Münster", "D MUNSTER01", "uni-muenster.de", "Münster"),
    ],
    "AT": [
        ("Universität Graz", "A GRAZ01", "uni-graz.at", "Graz"),
        ("Universität Innsbruck", "A INNSBRU01", "uibk.ac.at", "Innsbruck"),
        ("Universität Wien", "A WIEN01", "univie.ac.at", "Wien"),
        ("Universität Salzburg", "A SALZBUR01", "plus.ac.at", "Salzburg"),
    ],
    "CHde": [
        ("Universität Bern", "CH BERN01", "unibe.ch", "Bern"),
        ("Universität Zürich", "CH ZURICH01", "uzh.ch", "Zürich"),
        ("Universität Basel", "CH BASEL01", "unibas.ch", "Basel"),
        ("Universität Luzern", "CH LUZERN01", "unilu.ch", "Luzern"),
    ],
    "CHfr": [
        ("Université de Lausanne", "CH LAUSANN01", "unil.ch", "Lausanne"),
        ("Université de Genève", "CH GENEVE01", "unige.ch", "Genève"),
        ("Université de Neuchâtel", "CH NEUCHAT01", "unine.ch", "Neuchâtel"),
        ("Université de Fribourg", "CH FRIBOUR01", "unifr.ch", "Fribourg"),
    ],
    "CHit": [("Università della Svizzera italiana", "CH LUGANO01", "usi.ch", "Lugano")],
    "FR": [
        ("Université Lumière Lyon 2", "F LYON02", "univ-lyon2.fr", "Lyon"),
        ("Université de Bordeaux", "F BORDEAU58", "u-bordeaux.fr", "Bordeaux"),
        ("Université de Strasbourg", "F STRASBO48", "unistra.fr", "Strasbourg"),
        ("Nantes Université", "F NANTES01", "univ-nantes.fr", "Nantes"),
        ("Université Grenoble Alpes", "F GRENOBL55", "univ-grenoble-alpes.fr", "Grenoble"),
    ],
    "IT": [
        ("Università di Bologna", "I BOLOGNA01", "unibo.it", "Bologna"),
        ("Università degli Studi di Padova", "I PADOVA01", "unipd.it", "Padova"),
        ("Università di Torino", "I TORINO01", "unito.it", "Torino"),
        ("Università di Pisa", "I PISA01", "unipi.it", "Pisa"),
        ("Università degli Studi di Firenze", "I FIRENZE01", "unifi.it", "Firenze"),
    ],
    "GB": [
        ("University of Edinburgh", "UK EDINBUR01", "ed.ac.uk", "Edinburgh"),
        ("University of Leeds", "UK LEEDS01", "leeds.ac.uk", "Leeds"),
        ("University of Bristol", "UK BRISTOL01", "bristol.ac.uk", "Bristol"),
        ("Cardiff University", "UK CARDIFF01", "cardiff.ac.uk", "Cardiff"),
    ],
    "US": [
        ("University of Wisconsin-Madison", "", "wisc.edu", "Madison"),
        ("University of Minnesota", "", "umn.edu", "Minneapolis"),
        ("University of Pittsburgh", "", "pitt.edu", "Pittsburgh"),
        ("University of Texas at Austin", "", "utexas.edu", "Austin"),
    ],
}
HOSTS = {
    "DE": ["FR", "IT", "GB", "CHfr", "AT"],
    "AT": ["FR", "IT", "GB", "DE"],
    "CHde": ["FR", "IT", "DE", "GB"],
    "CHfr": ["DE", "IT", "FR", "GB"],
    "CHit": ["IT", "DE", "FR"],
    "FR": ["DE", "IT", "GB", "CHde", "AT"],
    "IT": ["FR", "DE", "GB", "CHfr", "AT"],
    "GB": ["FR", "DE", "IT", "CHfr"],
    "US": ["FR", "IT", "GB", "DE"],
}
REG_CC = {
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
COURSES = {
    "de": [
        "Europäisches Wirtschaftsrecht",
        "Makroökonomie II",
        "Soziolinguistik",
        "Datenbanksysteme",
        "Stadtgeographie",
        "Organische Chemie I",
        "Politische Theorie",
    ],
    "fr": [
        "Droit européen des affaires",
        "Macroéconomie II",
        "Sociolinguistique",
        "Bases de données",
        "Géographie urbaine",
        "Chimie organique I",
        "Théorie politique",
    ],
    "it": [
        "Diritto dell'Unione europea",
        "Macroeconomia II",
        "Sociolinguistica",
        "Basi di dati",
        "Geografia urbana",
        "Chimica organica I",
        "Teoria politica",
    ],
    "en": [
        "EU Business Law",
        "Macroeconomics II",
        "Sociolinguistics",
        "Database Systems",
        "Urban Geography",
        "Organic Chemistry I",
        "Political Theory",
    ],
}
ERASMUS_REQ = {
    "de": [
        "0|Bitte prüfe, ob die ECTS-Summe passt.",
        "2|Formuliere eine Antwort an die Koordination.",
        "1|Fülle mir daraus das Learning Agreement aus.",
        "01|Was muss ich vor der Abreise noch erledigen?",
        "3|Wer geht wohin? Bitte Übersicht.",
    ],
    "fr": [
        "0|Vérifie que le total d'ECTS est correct.",
        "2|Rédige une réponse au bureau des relations internationales.",
        "1|Aide-moi à remplir le contrat d'études.",
        "01|Qu'est-ce qui reste à faire avant le départ ?",
        "3|Qui part où ? Fais un récapitulatif.",
    ],
    "it": [
        "0|Controlla che il totale dei crediti sia corretto.",
        "2|Scrivi una risposta al coordinatore.",
        "1|Aiutami a compilare il learning agreement.",
        "01|Cosa devo ancora fare prima di partire?",
        "3|Chi va dove? Fammi un riepilogo.",
    ],
    "en": [
        "0|Check the ECTS total adds up.",
        "2|Draft a reply to the coordinator.",
        "1|Help me fill in the learning agreement.",
        "01|What do I still need to do before I leave?",
        "3|Who is going where? Give me an overview.",
    ],
}


def uni(ctx: Ctx, reg: str) -> tuple[str, str, str, tuple]:
    name, code, dom, town = ctx.c(UNIV[reg])
    t = next((x for x in TOWNS[reg] if x[0] == town), ctx.c(TOWNS[reg]))
    return name, code, dom, t


def stud_mail(ctx: Ctx, p: Person, dom: str, reg: str) -> str:
    pre = {
        "DE": "stud.",
        "AT": "",
        "CHde": "",
        "CHfr": "",
        "CHit": "",
        "FR": "etu.",
        "IT": "studio.",
        "GB": "",
        "US": "",
    }[reg]
    if reg == "GB" and ctx.p(0.5):
        return mk("EMAIL", f"s{rdig(ctx.r, 7)}@{dom}")
    return ctx.email(p, domain=pre + dom)


def erasmus_v0(ctx: Ctx) -> str:
    s = ctx.person()
    hreg = ctx.c(HOSTS[ctx.reg])
    sn, sc, sd, st_ = uni(ctx, ctx.reg)
    hn, hc, hd, ht = uni(ctx, hreg)
    sp, hp = ctx.person(), ctx.person(src=hreg)
    sa = ctx.addr(t=st_, biz=True)
    ha = ctx.addr(t=ht, biz=True, reg=hreg)
    lab = ctx.L(
        de=(
            "Nachname(n) / Last name(s)",
            "Vorname(n) / First name(s)",
            "Geburtsdatum / Date of birth",
            "Staatsangehörigkeit / Nationality",
            "Studienstufe / Study cycle",
            "Studienfach / Field of education",
        ),
        fr=(
            "Nom(s) / Last name(s)",
            "Prénom(s) / First name(s)",
            "Date de naissance / Date of birth",
            "Nationalité / Nationality",
            "Cycle d'études / Study cycle",
            "Domaine d'études / Field of education",
        ),
        it=(
            "Cognome / Last name(s)",
            "Nome / First name(s)",
            "Data di nascita / Date of birth",
            "Cittadinanza / Nationality",
            "Ciclo di studi / Study cycle",
            "Area di studio / Field of education",
        ),
        en=("Last name(s)", "First name(s)", "Date of birth", "Nationality", "Study cycle", "Field of education"),
    )
    pairs = [
        (lab[0], s.as_("last") if ctx.p(0.6) else mk("PERSON", s.last.upper())),
        (lab[1], s.as_("first")),
        (lab[2], ctx.dob(s, 1998, 2006)),
        (lab[3], nat(ctx, s)),
        (lab[4], ctx.c(["Bachelor / EQF 6", "Master / EQF 7", "EQF level 6"])),
        (lab[5], f"{ctx.c(['0311', '0413', '0421', '0232', '0613', '0531'])}"),
    ]
    year = ctx.c(["2026/27", "2027/28"])
    inst = lambda n, c, a, p, dom, reg: (  # noqa: E731
        f"{n}"
        + (f" ({c})" if c else "")
        + f"\n{a.line()}\n"
        + ctx.L(de="Kontaktperson", fr="Personne de contact", it="Referente", en="Contact person")
        + f": {p.full()}, {ctx.email(p, domain=dom)}, {ctx.land(a.t, intl=0.5, raw=False) if reg == ctx.reg else ''}"
    ).rstrip(", ")
    hlang = REGION_LANG[hreg]
    rows = []
    total = 0
    sem = {"de": "WiSe", "fr": "S1", "it": "1° sem.", "en": "Autumn"}[hlang]
    for title in ctx.r.sample(COURSES[hlang], ctx.r.randint(3, 5)):
        e = ctx.c([3, 5, 6, 6, 7.5, 9])
        total += e
        rows.append([f"{ctx.c(['LA', 'EC', 'MK', 'SO', 'INF'])}{ctx.r.randint(100, 499)}", title, str(e), sem])
    parts = [
        f"Learning Agreement - Student Mobility for Studies {year}",
        "",
        "STUDENT",
        form(ctx, pairs),
        "",
        ctx.L(
            de="ENTSENDENDE HOCHSCHULE / SENDING INSTITUTION",
            fr="ÉTABLISSEMENT D'ENVOI / SENDING INSTITUTION",
            it="ISTITUTO DI INVIO / SENDING INSTITUTION",
            en="SENDING INSTITUTION",
        ),
        inst(sn, sc, sa, sp, sd, ctx.reg),
        "",
        ctx.L(
            de="GASTHOCHSCHULE / RECEIVING INSTITUTION",
            fr="ÉTABLISSEMENT D'ACCUEIL / RECEIVING INSTITUTION",
            it="ISTITUTO OSPITANTE / RECEIVING INSTITUTION",
            en="RECEIVING INSTITUTION",
        ),
        inst(hn, hc, ha, hp, hd, hreg),
        "",
        "Table A",
        table(ctx, ["Code", "Component title", "ECTS", "Semester"], rows, ctx.c(["md", "fixed", "pipe"])),
        f"Total: {total} ECTS",
        "",
        ctx.L(de="Unterschriften / Signatures", fr="Signatures", it="Firme", en="Commitment") + ":",
        f"Student: {s.full()} - {ctx.date(ctx.rdate(2026, 2026, 2, 6))}",
        f"Responsible person (sending): {sp.as_(ctx.c(['full', 'init']))}",
        f"Responsible person (receiving): {hp.as_(ctx.c(['full', 'init']))}",
    ]
    body = "\n".join(parts)
    return ocr(ctx, body) if ctx.p(0.2) else body


def erasmus_v1(ctx: Ctx) -> str:
    s = ctx.person()
    sn, sc, sd, st_ = uni(ctx, ctx.reg)
    kkind = ctx.c(["parent", "parent", "sibling", "partner"])
    kin = ctx.person(like=s if kkind != "partner" and ctx.p(0.8) else None)
    hosts = [uni(ctx, h)[0] for h in ctx.r.sample(HOSTS[ctx.reg], 3)]
    lab = ctx.L(
        de=(
            "Name, Vorname",
            "Geburtsdatum",
            "Matrikelnummer",
            "Semesteranschrift",
            "Heimatanschrift",
            "Handy",
            "E-Mail (Uni)",
            "Notfallkontakt",
            "Sprachniveau",
            "Bankverbindung für den Mobilitätszuschuss",
        ),
        fr=(
            "Nom, prénom",
            "Date de naissance",
            "N° d'étudiant",
            "Adresse pendant les études",
            "Adresse familiale",
            "Portable",
            "E-mail (université)",
            "Personne à prévenir",
            "Niveau de langue",
            "IBAN pour la bourse",
        ),
        it=(
            "Cognome e nome",
            "Data di nascita",
            "Matricola",
            "Domicilio",
            "Residenza",
            "Cellulare",
            "E-mail istituzionale",
            "Contatto di emergenza",
            "Livello linguistico",
            "IBAN per la borsa",
        ),
        en=(
            "Name",
            "Date of birth",
            "Student ID",
            "Term-time address",
            "Home address",
            "Mobile",
            "University email",
            "Emergency contact",
            "Language level",
            "Bank details for the grant",
        ),
    )
    a1 = ctx.addr(t=st_)
    a2 = ctx.addr(p=s, t=ctx.town())
    pairs = [
        (lab[0], s.as_(ctx.c(["lastfirst", "full", "LAST,first"]))),
        (lab[1], ctx.dob(s, 1998, 2006)),
        (lab[2], rdig(ctx.r, ctx.c([7, 8, 6]))),
        (lab[3], a1.line()),
    ]
    if ctx.p(0.6):
        pairs.append((lab[4], a2.line()))
    if ctx.cc == "CH" and ctx.p(0.6):
        pairs.append(({"de": "AHV-Nr.", "fr": "N° AVS", "it": "N. AVS"}[ctx.lang], ctx.ahv()))
    pairs += [
        (lab[5], ctx.mobile(s)),
        (lab[6], stud_mail(ctx, s, sd, ctx.reg)),
        (lab[7], f"{kin.full()} ({rel(ctx, kkind, kin)}), {ctx.mobile(kin)}"),
        (lab[8], ctx.c(["B2", "C1", "B1", "B2 (DELF)", "C1 (CAE)"])),
    ]
    if not ctx.us:
        pairs.append((lab[9], f"{ctx.iban()} ({s.full()})"))
    prefs = "\n".join(f"{k + 1}. {h}" for k, h in enumerate(hosts))
    title = ctx.L(
        de=f"Bewerbung Erasmus+ Studienaufenthalt - {sn}",
        fr=f"Candidature Erasmus+ - {sn}",
        it=f"Candidatura Erasmus+ Studio - {sn}",
        en=f"Erasmus+ study exchange application - {sn}",
        us=f"Study abroad exchange application - {sn}",
    )
    pref_l = ctx.L(de="Wunschhochschulen", fr="Vœux", it="Sedi preferite", en="Preferences")
    body = f"{title}\n\n{form(ctx, pairs)}\n\n{pref_l}:\n{prefs}"
    return ocr(ctx, body) if ctx.p(0.2) else body


def erasmus_v2(ctx: Ctx) -> str:
    s = ctx.person()
    co = ctx.person()
    hreg = ctx.c(HOSTS[ctx.reg])
    sn, sc, sd, st_ = uni(ctx, ctx.reg)
    hn, hc, hd, ht = uni(ctx, hreg)
    cmail = ctx.email(co, domain=sd)
    smail = stud_mail(ctx, s, sd, ctx.reg)
    direct = ctx.land(st_, din=ctx.lang == "de")
    sent = ctx.rdate(2026, 2026, 9, 11)
    hlang = REGION_LANG[hreg]
    c_old, c_new = ctx.r.sample(COURSES[hlang], 2)
    new_a = ctx.addr(t=ht, reg=hreg)
    room = ctx.person(src=hreg)
    q = ctx.L(
        de=f"Hallo {s.as_('first')},\n\nbitte reichen Sie die Änderungen am Learning Agreement (Abschnitt 'During the "
        f"mobility') bis {ctx.date(sent + dt.timedelta(days=14))} ein und teilen Sie uns Ihre Adresse in "
        f"{ht[0]} mit.\n\n"
        f"{bye(ctx)}\n{signature(ctx, co, 'International Office', sn, direct, cmail)}",
        fr=f"Bonjour {s.as_('first')},\n\nmerci de transmettre les modifications du contrat d'études (partie « During "
        f"the mobility ») avant le {ctx.date(sent + dt.timedelta(days=14))} et de nous indiquer votre adresse à "
        f"{ht[0]}.\n\n{bye(ctx)}\n{signature(ctx, co, 'Relations internationales', sn, direct, cmail)}",
        it=f"Ciao {s.as_('first')},\n\nti chiedo di inviare le modifiche al learning agreement (sezione 'During the "
        f"mobility') entro il {ctx.date(sent + dt.timedelta(days=14))} e di comunicarci il tuo indirizzo a {ht[0]}.\n\n"
        f"{bye(ctx)}\n{signature(ctx, co, 'Ufficio Relazioni Internazionali', sn, direct, cmail)}",
        en=f"Hi {s.as_('first')},\n\nPlease send the changes to your learning agreement ('During the mobility') by "
        f"{ctx.date(sent + dt.timedelta(days=14))} and let us know your address in {ht[0]}.\n\n{bye(ctx)}\n"
        f"{signature(ctx, co, 'Study Abroad Office', sn, direct, cmail)}",
    )
    hm_m = mk("PHONE", ctx._uniq(lambda: ctx._mobile(1.0, REG_CC[hreg])))
    body = ctx.L(
        de=f'Hallo {ctx.title(co)} {co.as_("last")},\n\nder Kurs "{c_old}" findet leider nicht statt, ich würde '
        f'stattdessen "{c_new}" belegen (gleiche ECTS). Meine Adresse hier: {new_a.line()} (WG mit '
        f"{room.full()}). Neue Nummer: {hm_m}.\n\n{bye(ctx)}\n{s.full()}",
        fr=f"Bonjour {ctx.title(co, 'long')} {co.as_('last')},\n\nle cours « {c_old} » n'ouvre pas ; je voudrais le "
        f"remplacer par « {c_new} » (mêmes ECTS). Mon adresse ici : {new_a.line()} (colocation avec {room.full()}). "
        f"Nouveau numéro : {hm_m}.\n\n{bye(ctx)}\n{s.full()}",
        it=f'Buongiorno {ctx.title(co)} {co.as_("last")},\n\nil corso "{c_old}" non viene attivato, vorrei '
        f'sostituirlo con "{c_new}" (stessi crediti). Il mio indirizzo qui: {new_a.line()} (in appartamento con '
        f"{room.full()}). Nuovo numero: {hm_m}.\n\n{bye(ctx)}\n{s.full()}",
        en=f'Dear {ctx.title(co)} {co.as_("last")},\n\n"{c_old}" has been cancelled, so I\'d like to take '
        f'"{c_new}" instead (same ECTS). My address here is {new_a.line()} (sharing with {room.full()}). New '
        f"number: {hm_m}.\n\n{bye(ctx)}\n{s.full()}",
    )
    subj = ctx.L(
        de="AW: Learning Agreement - Änderungen",
        fr="RE: Contrat d'études - modifications",
        it="R: Learning agreement - modifiche",
        en="RE: Learning agreement changes",
    )
    head = mail_head(
        ctx, addr_disp(ctx, s.full(), smail), addr_disp(ctx, co.full(), cmail), subj, when=sent + dt.timedelta(days=3)
    )
    return f"{head}\n\n{body}\n\n{quoted(ctx, quote_intro(ctx, addr_disp(ctx, co.full(), cmail), sent), q)}"


def erasmus_v3(ctx: Ctx) -> str:
    sn, sc, sd, st_ = uni(ctx, ctx.reg)
    recs = []
    for _ in range(ctx.r.randint(2, 4)):
        s = ctx.person()
        hreg = ctx.c(HOSTS[ctx.reg])
        rec = {
            "nomination_id": ctx.ref("NOM-", 6),
            "first_name": s.as_("first"),
            "last_name": s.as_("last"),
            "email": stud_mail(ctx, s, sd, ctx.reg),
            "date_of_birth": ctx.dob(s, 1998, 2006, shape="iso"),
            "home_institution": sn,
            "erasmus_code": sc or None,
            "host_institution": uni(ctx, hreg)[0],
            "period": ctx.c(["2026-09 - 2027-01", "2027-02 - 2027-06", "full year 2026/27"]),
            "submitted_from": ctx.ip(),
        }
        if not ctx.us and ctx.p(0.6):
            rec["grant_iban"] = ctx.iban(style="compact")
        recs.append(rec)
    note = ctx.L(
        de="Nominierungen aus dem Mobilitätsportal:",
        fr="Nominations exportées du portail mobilité :",
        it="Nomination esportate dal portale mobilità:",
        en="Nominations exported from the mobility portal:",
    )
    return f"{note}\n{jdump(ctx, recs)}"


def gen_erasmus(ctx: Ctx, v: int) -> str:
    return [erasmus_v0, erasmus_v1, erasmus_v2, erasmus_v3][v](ctx)


# ---------------------------------------------------------------------------------------------------------------
# 9. occtherapy - occupational therapy progress notes
# ---------------------------------------------------------------------------------------------------------------
INSURERS = {
    "DE": ["AOK Rheinland/Hamburg", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit", "IKK classic"],
    "AT": ["ÖGK", "BVAEB", "SVS"],
    "CH": ["CSS", "Helsana", "SWICA", "Sanitas", "Groupe Mutuel"],
    "FR": ["CPAM", "MGEN", "Harmonie Mutuelle"],
    "IT": ["ASL", "ATS", "INAIL"],
    "GB": ["NHS", "Bupa"],
    "US": ["Medicare Part B", "Blue Cross Blue Shield", "Aetna", "Medicaid"],
}
DIAG = {
    "de": [
        ("I69.3", "Hemiparese rechts nach Schlaganfall"),
        ("G20", "Morbus Parkinson"),
        ("F90.0", "ADHS"),
        ("S62.3", "Mittelhandfraktur links, Z.n. OP"),
        ("G35", "Multiple Sklerose"),
        ("M05.8", "rheumatoide Arthritis"),
        ("F84.0", "Autismus-Spektrum-Störung"),
    ],
    "fr": [
        ("I69.3", "hémiparésie droite post-AVC"),
        ("G20", "maladie de Parkinson"),
        ("F90.0", "TDAH"),
        ("S62.3", "fracture du métacarpe gauche opérée"),
        ("G35", "sclérose en plaques"),
        ("M05.8", "polyarthrite rhumatoïde"),
    ],
    "it": [
        ("I69.3", "emiparesi destra post-ictus"),
        ("G20", "morbo di Parkinson"),
        ("F90.0", "ADHD"),
        ("S62.3", "frattura del metacarpo sinistro operata"),
        ("G35", "sclerosi multipla"),
        ("M05.8", "artrite reumatoide"),
    ],
    "en": [
        ("I69.3", "right hemiparesis following stroke"),
        ("G20", "Parkinson's disease"),
        ("F90.0", "ADHD"),
        ("S62.3", "left metacarpal fracture, post-op"),
        ("G35", "multiple sclerosis"),
        ("M05.8", "rheumatoid arthritis"),
    ],
}
OT_CONTENT = {
    "de": [
        "Feinmotorik: Steckbrett, Knöpfe",
        "ADL-Training Ankleiden",
        "Kraft- und Greiftraining",
        "Hausbesuch: Küche, Hilfsmittelberatung",
        "Schreibtraining",
        "Gleichgewicht, Transfer Bett-Stuhl",
        "Konzentration, Handlungsplanung",
    ],
    "fr": [
        "motricité fine : planche à chevilles, boutons",
        "entraînement à l'habillage",
        "renforcement de la préhension",
        "visite à domicile : cuisine, aides techniques",
        "graphisme",
        "équilibre, transferts lit-fauteuil",
    ],
    "it": [
        "motricità fine: chiodini, bottoni",
        "training vestizione",
        "forza di presa",
        "visita domiciliare: cucina, ausili",
        "grafomotricità",
        "equilibrio, trasferimenti letto-sedia",
    ],
    "en": [
        "fine motor: pegboard, buttons",
        "dressing practice",
        "grip strengthening",
        "home visit: kitchen, equipment advice",
        "handwriting",
        "balance, bed-to-chair transfers",
    ],
}
OT_REQ = {
    "de": [
        "01|Formuliere daraus einen Therapiebericht an den Hausarzt.",
        "01|Fasse den Verlauf in drei Sätzen zusammen.",
        "3|Bitte die Termine für nächste Woche planen.",
        "02|Was sollte ich für die Folgeverordnung begründen?",
        "2|Bitte Rechtschreibung prüfen.",
    ],
    "fr": [
        "01|Rédige un bilan pour le médecin traitant.",
        "01|Résume l'évolution en trois phrases.",
        "3|Planifie les séances de la semaine prochaine.",
        "2|Corrige l'orthographe, stp.",
    ],
    "it": [
        "01|Scrivi una relazione per il medico curante.",
        "01|Riassumi l'andamento in tre frasi.",
        "3|Pianifica le sedute della prossima settimana.",
        "2|Correggi l'ortografia, per favore.",
    ],
    "en": [
        "01|Turn this into a progress report for the GP.",
        "01|Summarise progress in three sentences.",
        "3|Plan next week's sessions please.",
        "2|Proofread this letter please.",
    ],
}


DIAG_AGE = {"child": ("F90.0", "F84.0"), "adult": ("S62.3", "G35", "M05.8"), "old": ("I69.3", "G20", "S62.3")}


def ot_patient(ctx: Ctx) -> tuple[Person, str, str, str]:
    """Patient with an age group; returns (patient, group, ICD code, diagnosis)."""
    grp = ctx.c(["child", "adult", "old", "old"])
    p = ctx.person(kind="child" if grp == "child" else "adult")
    y0, y1 = {"child": (2012, 2020), "adult": (1962, 2000), "old": (1930, 1958)}[grp]
    p.dob = ctx.rdate(y0, y1)
    code, dx = ctx.c([x for x in DIAG[ctx.lang] if x[0] in DIAG_AGE[grp]])
    return p, grp, code, dx


def ot_relative(ctx: Ctx, p: Person, grp: str) -> tuple[Person, str]:
    if grp == "child":
        q = ctx.person(like=p if ctx.p(0.8) else None)
        return q, rel(ctx, "parent", q)
    if grp == "old":
        q = ctx.person(like=p if ctx.p(0.7) else None)
        return q, rel(ctx, "child", q)
    q = ctx.person(like=p if ctx.p(0.5) else None, g="f" if p.g == "m" else "m")
    return q, rel(ctx, ctx.c(["spouse", "partner"]), q)


def ot_org(ctx: Ctx) -> Org:
    x = ctx.c(
        {
            "de": ["am Markt", "Lindenhof", "im Zentrum", "Handwerk & Alltag", "Regenbogen"],
            "fr": ["du Parc", "des Tilleuls", "Horizon", "du Centre"],
            "it": ["Il Ponte", "Arcobaleno", "Centro Città", "Mani Abili"],
            "en": ["Riverside", "North Locality", "Pathways", "Bridgeview", "Summit"],
        }[ctx.lang]
    )
    name = ctx.c(
        {
            "DE": [f"Praxis für Ergotherapie {x}", f"Ergotherapie {x}"],
            "AT": [f"Ergotherapie-Praxis {x}"],
            "CHde": [f"Ergotherapie {x} GmbH"],
            "FR": [f"Cabinet d'ergothérapie {x}"],
            "CHfr": [f"Ergothérapie {x} Sàrl"],
            "IT": [f"Studio di terapia occupazionale {x}"],
            "CHit": [f"Ergoterapia {x} Sagl"],
            "GB": [f"{x} Community Occupational Therapy Team"],
            "US": [f"{x} Occupational Therapy, PLLC"],
        }[ctx.reg]
    )
    return Org(ctx, name, ctx.L(de="ergo-", fr="ergo-", it="ergo-", en="ot-") + x)


def doc_title(ctx: Ctx) -> str:
    return ctx.L(
        de=ctx.c(["Dr. med.", "Dr.", "Dr. med. univ."]) if ctx.reg == "AT" else ctx.c(["Dr. med.", "Dr."]),
        fr=ctx.c(["Dr", "Docteur"]),
        it=ctx.c(["Dott.", "dott.", "Dr."]),
        en="Dr" if not ctx.us else "Dr.",
    )


def ot_v0(ctx: Ctx, org: Org) -> str:
    p, grp, code, dx = ot_patient(ctx)
    ther = ctx.person()
    gp = ctx.person()
    gpa = ctx.addr(t=ctx.home, biz=True)
    ins = ctx.c(INSURERS[ctx.cc])
    if ctx.cc == "CH" and ctx.p(0.4):
        ins = ctx.L(de="IV-Stelle", fr="Office AI", it="Ufficio AI", en="IV")
    lab = ctx.L(
        de=(
            "Patient/in",
            "Geburtsdatum",
            "Anschrift",
            "Telefon",
            "Kostenträger",
            "Versichertennr.",
            "Verordnung",
            "Verordnende/r Ärztin/Arzt",
            "Diagnose (ICD-10)",
        ),
        fr=(
            "Patient(e)",
            "Date de naissance",
            "Adresse",
            "Téléphone",
            "Organisme",
            "N° d'assuré",
            "Prescription",
            "Médecin prescripteur",
            "Diagnostic (CIM-10)",
        ),
        it=(
            "Paziente",
            "Data di nascita",
            "Indirizzo",
            "Telefono",
            "Ente",
            "N. tessera",
            "Prescrizione",
            "Medico prescrittore",
            "Diagnosi (ICD-10)",
        ),
        en=(
            "Patient",
            "Date of birth",
            "Address",
            "Phone",
            "Funding",
            "Member / NHS no.",
            "Referral",
            "Referring doctor",
            "Diagnosis (ICD-10)",
        ),
    )
    pairs = [
        (lab[0], styled(ctx, p)),
        (lab[1], ctx.dob(p)),
        (lab[2], ctx.addr(p=p, t=ctx.home).line()),
        (lab[3], ctx.land(ctx.home) if ctx.p(0.5) else ctx.mobile(p)),
        (lab[4], ins),
        (
            lab[5],
            ctx.c(
                [
                    f"{ctx.c('ABCDEFGHKLMNRSTUVWZ')}{rdig(ctx.r, 9)}",
                    rdig(ctx.r, 10),
                    f"{rdig(ctx.r, 3)} {rdig(ctx.r, 3)} {rdig(ctx.r, 4)}",
                ]
            ),
        ),
        (
            lab[6],
            ctx.L(
                de=f"{ctx.c([10, 10, 20, 6])} x Ergotherapie, "
                f"{ctx.c(['sensomotorisch-perzeptiv', 'motorisch-funktionell', 'psychisch-funktionell'])}",
                fr=f"{ctx.c([10, 15, 20])} séances d'ergothérapie",
                it=f"{ctx.c([10, 12])} sedute di TO",
                en=f"{ctx.c([6, 8, 10])} sessions",
            ),
        ),
        (lab[7], f"{doc_title(ctx)} {gp.full()}, {gpa.line()}, {ctx.land(gpa.t)}"),
        (lab[8], f"{code} {dx}"),
    ]
    if ctx.cc == "CH" and ctx.p(0.8):
        pairs.insert(5, ("AHV-Nr." if ctx.lang == "de" else "N° AVS" if ctx.lang == "fr" else "N. AVS", ctx.ahv()))
    start = ctx.rdate(2026, 2026, 1, 9)
    rows = []
    tst = ctx.c(["init", "firstinit", "full"])
    for k in range(ctx.r.randint(4, 7)):
        rows.append(
            [
                ctx.date(start + dt.timedelta(days=7 * k + ctx.r.randint(0, 2))),
                ctx.c(OT_CONTENT[ctx.lang]),
                ther.as_(tst),
            ]
        )
    head = ctx.L(
        de=["Datum", "Inhalt", "Therapeut/in"],
        fr=["Date", "Contenu", "Ergothérapeute"],
        it=["Data", "Contenuto", "Terapista"],
        en=["Date", "Session", "Therapist"],
    )
    goal = ctx.L(
        de=f"COPM Performance {ctx.r.randint(2, 5)}/10 → {ctx.r.randint(5, 8)}/10, Zufriedenheit "
        f"{ctx.r.randint(2, 5)}/10 → {ctx.r.randint(5, 9)}/10",
        fr=f"MCRO rendement {ctx.r.randint(2, 5)}/10 → {ctx.r.randint(5, 8)}/10",
        it=f"COPM performance {ctx.r.randint(2, 5)}/10 → {ctx.r.randint(5, 8)}/10",
        en=f"COPM performance {ctx.r.randint(2, 5)}/10 → {ctx.r.randint(5, 8)}/10",
    )
    title = ctx.L(
        de="Verlaufsdokumentation Ergotherapie",
        fr="Suivi d'ergothérapie - notes d'évolution",
        it="Diario clinico di terapia occupazionale",
        en="Occupational therapy progress notes",
    )
    sig = signature(
        ctx,
        ther,
        ctx.L(
            de="Ergotherapeut" + ("in" if ther.g == "f" else ""),
            fr="ergothérapeute",
            it="terapista occupazionale",
            en="Occupational Therapist",
        ),
        None,
        None,
        ctx.email(ther, domain=org.domain) if ctx.p(0.5) else None,
        style="block",
    )
    out = (
        f"{letterhead(ctx, org.name, org.addr, org.phone, None, org.web)}\n\n{title}\n\n{form(ctx, pairs)}\n\n"
        f"{table(ctx, head, rows, ctx.c(['md', 'fixed', 'tsv', 'pipe']))}\n\n{goal}\n\n{sig}"
    )
    return ocr(ctx, out) if ctx.p(0.25) else out


def ot_v1(ctx: Ctx, org: Org) -> str:
    p, grp, code, dx = ot_patient(ctx)
    carer, crel = ot_relative(ctx, p, grp)
    thers = [ctx.person() for _ in range(3)]
    d0 = ctx.rdate(2026, 2026, 1, 10)
    pf = p.as_("first") if (ctx.p(0.5) or grp == "child") else f"{ctx.title(p)} {p.as_('last')}"
    notes = ctx.L(
        de=f"S: {pf} berichtet, das Anziehen klappe morgens besser, Knöpfe weiterhin schwierig.\nO: Greifkraft re. "
        f"{ctx.r.randint(8, 20)} kg, li. {ctx.r.randint(15, 30)} kg. 9-Hole-Peg-Test {ctx.r.randint(25, 60)} s.\n"
        f"A: langsame Verbesserung, {dx}.\nP: Knöpftraining, Rücksprache mit "
        f"{crel} {carer.full()} ({ctx.mobile(carer)}) wegen Hilfsmitteln.",
        fr=f"S : {pf} dit que l'habillage le matin va mieux, boutons encore difficiles.\nO : force de préhension D "
        f"{ctx.r.randint(8, 20)} kg, G {ctx.r.randint(15, 30)} kg.\nA : progrès lents, {dx}.\nP : travail des boutons, "
        f"appeler {'son' if carer.g == 'm' or crel[0] in 'aeéiou' else 'sa'} {crel} {carer.full()} "
        f"({ctx.mobile(carer)}) pour les aides techniques.",
        it=f"S: {pf} riferisce che la vestizione al mattino va meglio, bottoni ancora difficili.\nO: forza di presa dx "
        f"{ctx.r.randint(8, 20)} kg, sx {ctx.r.randint(15, 30)} kg.\nA: lento miglioramento, {dx}.\nP: training "
        f"bottoni, sentire {'il' if carer.g == 'm' else 'la'} {crel} {carer.full()} ({ctx.mobile(carer)}) per "
        f"gli ausili.",
        en=f"S: {pf} reports dressing is easier in the mornings, buttons still difficult.\nO: grip R "
        f"{ctx.r.randint(8, 20)} kg, L {ctx.r.randint(15, 30)} kg. 9HPT {ctx.r.randint(25, 60)} s.\nA: slow progress, "
        f"{dx}.\nP: button practice; call {crel} {carer.full()} ({ctx.mobile(carer)}) re equipment.",
    )
    head = f"{p.as_(ctx.c(['LASTfirst', 'lastfirst', 'full']))}, {ctx.dob(p)} - {code}"
    nm = lambda q: q.as_(ctx.c(["first", "first", "firstinit"]))  # noqa: E731
    nb = ctx.person(g="f")
    msgs = [
        (
            nm(thers[0]),
            ctx.L(
                de=f"Kann jemand morgen {p.as_('first')} übernehmen? Hausbesuch {ctx.addr(p=p).s()}",
                fr=f"Quelqu'un peut prendre {p.as_('first')} demain ? Visite à domicile, {ctx.addr(p=p).s()}",
                it=f"Qualcuno può seguire {p.as_('first')} domani? Visita a casa, {ctx.addr(p=p).s()}",
                en=f"Can anyone cover {p.as_('first')} tomorrow? Home visit, {ctx.addr(p=p).s()}",
            ),
        ),
        (
            nm(thers[1]),
            ctx.L(de="ich, 10:30 passt", fr="moi, 10h30 ça marche", it="io, alle 10:30 va bene", en="me, 10:30 works"),
        ),
        (
            nm(thers[2]),
            ctx.L(
                de=f"Schlüssel liegt bei der Nachbarin, {nb.full()}",
                fr=f"la clé est chez la voisine, {nb.full()}",
                it=f"la chiave ce l'ha la vicina, {nb.full()}",
                en=f"key is with the neighbour, {nb.full()}",
            ),
        ),
    ]
    title = ctx.L(
        de=f"SOAP {ctx.date(d0)}",
        fr=f"Note SOAP du {ctx.date(d0)}",
        it=f"Nota SOAP {ctx.date(d0)}",
        en=f"SOAP note {ctx.date(d0)}",
    )
    return f"{title}\n{head}\n\n{notes}\n\n---\n{chat(ctx, msgs)}"


def ot_v2(ctx: Ctx, org: Org) -> str:
    p, grp, code, dx = ot_patient(ctx)
    gp = ctx.person()
    ther = ctx.person()
    carer, crel = ot_relative(ctx, p, grp)
    gpa = ctx.addr(t=ctx.home, biz=True)
    dt_ = doc_title(ctx)
    addr_block = ctx.L(
        de=f"{'Herrn' if gp.g == 'm' else 'Frau'} {dt_} {gp.full()}\n{gpa.block()}",
        fr=f"{dt_} {gp.full()}\n{gpa.block()}",
        it=f"Egr. {dt_} {gp.full()}\n{gpa.block()}",
        en=f"{dt_} {gp.full()}\n{gpa.block()}",
    )
    n = ctx.r.randint(8, 20)
    re_ = ctx.L(
        de=f"Therapiebericht {p.full()}, geb. {ctx.dob(p)}",
        fr=f"Bilan d'ergothérapie - {p.full()}, né{'e' if p.g == 'f' else ''} le {ctx.dob(p)}",
        it=f"Relazione di terapia occupazionale - {p.full()}, nat{'a' if p.g == 'f' else 'o'} il {ctx.dob(p)}",
        en=f"OT progress report - {p.full()}, DOB {ctx.dob(p)}",
    )
    body = ctx.L(
        de=f"Sehr geehrte{'r Herr' if gp.g == 'm' else ' Frau'} {dt_} {gp.as_('last')},\n\nwir berichten über "
        f"{n} Behandlungseinheiten bei {ctx.title(p, 'addr')} {p.as_('last')} ({code}, {dx}). Die "
        "Selbstständigkeit beim "
        f"Ankleiden hat deutlich zugenommen; beim Kochen ist weiterhin Unterstützung nötig. Wir empfehlen eine "
        f"Folgeverordnung über 10 Einheiten.\nAngehörige Ansprechperson: {carer.full()}, {ctx.mobile(carer)}.",
        fr=f"{'Cher confrère' if gp.g == 'm' else 'Chère consœur'},\n\nnous vous adressons le bilan de {n} séances "
        f"chez {ctx.title(p)} {p.as_('last')} ({code}, {dx}). L'autonomie à l'habillage progresse nettement ; la "
        f"préparation des repas nécessite encore une aide. Nous proposons une nouvelle série de 10 séances.\nPersonne "
        f"de contact : {carer.full()}, {ctx.mobile(carer)}.",
        it=f"Gentile {dt_} {gp.as_('last')},\n\nLe inviamo la relazione su {n} sedute con {ctx.title(p)} "
        f"{p.as_('last')} ({code}, {dx}). L'autonomia nella vestizione è migliorata; in cucina serve ancora aiuto. "
        f"Proponiamo un nuovo ciclo di 10 sedute.\nFamiliare di riferimento: {carer.full()}, {ctx.mobile(carer)}.",
        en=f"Dear {dt_} {gp.as_('last')},\n\nPlease find a summary of {n} sessions with {ctx.title(p)} "
        f"{p.as_('last')} ({code}, {dx}). Independence in dressing has improved markedly; meal preparation still "
        f"needs support. We recommend a further block of 6 sessions.\nNext of kin: {carer.full()}, "
        f"{ctx.mobile(carer)}.",
    )
    cc = (
        ctx.L(de="Kopie an", fr="Copie à", it="Copia a", en="cc")
        + f": {carer.full()}, "
        + ctx.addr(p=carer, t=ctx.home).line()
    )
    sig = signature(ctx, ther, None, org.name, org.phone, ctx.email(ther, domain=org.domain), style="block")
    out = (
        f"{letterhead(ctx, org.name, org.addr, org.phone, None, None, 'line')}\n\n{addr_block}\n\n"
        f"{ctx.home[0]}, {ctx.date(ctx.rdate(2026, 2026))}\n\n{re_}\n\n{body}\n\n{bye(ctx, True)}\n{sig}\n\n{cc}"
    )
    return ocr(ctx, out) if ctx.p(0.3) else out


def ot_v3(ctx: Ctx, org: Org) -> str:
    thers = [ctx.person() for _ in range(ctx.r.randint(2, 3))]
    rows = []
    day = ctx.rdate(2026, 2026, 1, 11)
    shape = ctx.dob_shape
    pst, tst = ctx.c(["lastfirst", "full"]), ctx.c(["first", "init"])
    for _ in range(ctx.r.randint(5, 8)):
        p = ctx.person()
        hv = ctx.p(0.4)
        h, m = ctx.r.randint(8, 17), ctx.c([0, 15, 30, 45])
        rows.append(
            [
                day + dt.timedelta(days=ctx.r.randint(0, 4)),
                (h, m),
                p.as_(pst),
                ctx.dob(p, 1935, 2019, shape=shape),
                ctx.mobile(p) if ctx.p(0.6) else ctx.land(),
                ctx.addr(p=p, t=ctx.home).line() if hv else ctx.L(de="Praxis", fr="cabinet", it="studio", en="clinic"),
                ctx.c(thers).as_(tst),
                ctx.c(INSURERS[ctx.cc]),
            ]
        )
    rows.sort(key=lambda r: (r[0], r[1]))
    for r in rows:
        r[0] = ctx.date(r[0])
        h, m = r[1]
        r[1] = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if ctx.us else f"{h:02d}:{m:02d}"
    head = ctx.L(
        de=["Datum", "Zeit", "Patient/in", "geb.", "Telefon", "Ort", "Therapeut/in", "Kostenträger"],
        fr=["Date", "Heure", "Patient", "Né(e) le", "Téléphone", "Lieu", "Ergo", "Organisme"],
        it=["Data", "Ora", "Paziente", "Nato/a", "Telefono", "Sede", "Terapista", "Ente"],
        en=["Date", "Time", "Patient", "DOB", "Phone", "Location", "OT", "Funding"],
    )
    note = ctx.L(
        de="Terminplan (Export aus der Praxissoftware):",
        fr="Planning (export du logiciel du cabinet) :",
        it="Agenda (export dal gestionale):",
        en="Diary export from the practice system:",
    )
    return f"{note}\n{table(ctx, head, rows, ctx.c(['csv', 'csv_semi', 'tsv', 'md']))}"


def gen_ot(ctx: Ctx, v: int) -> str:
    org = ot_org(ctx)
    return [ot_v0, ot_v1, ot_v2, ot_v3][v](ctx, org)


# ---------------------------------------------------------------------------------------------------------------
# 10. lift - lift / elevator maintenance logs and trapped-person call logs
# ---------------------------------------------------------------------------------------------------------------
LIFT_FIRMS = {
    "DE": ["Aufzüge Nord GmbH", "LiftService Süd GmbH", "Aufzugsdienst Rhein-Main GmbH"],
    "AT": ["Donau Aufzugstechnik GmbH", "Alpen-Lift Service GmbH"],
    "CHde": ["Rheintal Aufzüge AG", "Alpina Liftservice AG"],
    "FR": ["Ascenseurs du Rhône SAS", "Élévation Service SARL"],
    "CHfr": ["Ascenseurs Lémaniques SA", "Élévation Romande SA"],
    "IT": ["Ascensori Padana Srl", "Elevatori Tirreno Srl"],
    "CHit": ["Ascensori Ticino SA", "Lift Ceresio SA"],
    "GB": ["Meridian Lift Services Ltd", "Brightlift Engineering Ltd"],
    "US": ["Keystone Elevator Co.", "Summit Elevator Services, Inc."],
}
MANAGERS = {
    "de": ["Hausverwaltung Nordstern GmbH", "Immobilienverwaltung Rheinblick GmbH", "Wohnbau Süd Verwaltung"],
    "fr": ["Régie du Centre SA", "Gérance Lémanique SA", "Cabinet Immobilier des Halles"],
    "it": ["Amministrazioni Condominiali Porta Nuova", "Studio Gestioni Lario"],
    "en": ["Crescent Property Management", "Harbour Homes Management", "Maple Realty Group"],
}
MODELS = ["Schindler 3300", "KONE MonoSpace 500", "Otis Gen2", "TK Evolution 200", "Orona 3G", "Schindler 5500"]
LIFT_REQ = {
    "de": [
        "01|Fasse die Störungen für die Verwaltung zusammen.",
        "2|Schreib eine Antwort an die Mieterin / den Mieter.",
        "1|Wie lange hat die Befreiung im Schnitt gedauert?",
        "0|Bitte Mängelliste für den Eigentümer erstellen.",
        "3|Was ist an dem Tag passiert?",
    ],
    "fr": [
        "01|Résume les pannes pour la régie.",
        "2|Rédige une réponse au locataire.",
        "1|Combien de temps a duré la libération en moyenne ?",
        "0|Liste les défauts pour le propriétaire.",
        "3|Que s'est-il passé ce jour-là ?",
    ],
    "it": [
        "01|Riassumi i guasti per l'amministratore.",
        "2|Scrivi una risposta all'inquilino.",
        "1|Quanto è durato in media lo sblocco?",
        "0|Elenca i difetti per il proprietario.",
        "3|Cosa è successo quel giorno?",
    ],
    "en": [
        "01|Summarise the faults for the managing agent.",
        "2|Draft a reply to the tenant.",
        "1|What was the average release time?",
        "0|List the defects for the landlord.",
        "3|What happened that day?",
    ],
}


def lift_org(ctx: Ctx) -> Org:
    name = ctx.c(LIFT_FIRMS[ctx.reg])
    return Org(ctx, name, name.split(",")[0].split(" GmbH")[0].split(" SA")[0].split(" Ltd")[0].split(" Srl")[0])


def lift_id(ctx: Ctx) -> str:
    return ctx.c([f"A{rdig(ctx.r, 6)}", f"{rdig(ctx.r, 3)}-{rdig(ctx.r, 4)}", f"LFT-{rdig(ctx.r, 5)}"])


def lift_v0(ctx: Ctx, org: Org) -> str:
    tech = ctx.person()
    mgr = ctx.person()
    care = ctx.person()
    res = ctx.person()
    bld = ctx.addr(t=ctx.home, biz=True)
    firm = ctx.c(MANAGERS[ctx.lang])
    fa = ctx.addr(t=ctx.home, biz=True)
    lab = ctx.L(
        de=(
            "Anlage",
            "Standort",
            "Modell / Baujahr",
            "Techniker",
            "Hausverwaltung",
            "Ansprechpartner/in",
            "Hauswart",
            "Nächste Prüfung",
        ),
        fr=(
            "Installation",
            "Adresse",
            "Modèle / année",
            "Technicien",
            "Gérance",
            "Interlocuteur",
            "Concierge",
            "Prochain contrôle",
        ),
        it=(
            "Impianto",
            "Indirizzo",
            "Modello / anno",
            "Tecnico",
            "Amministrazione",
            "Referente",
            "Portiere",
            "Prossima verifica",
        ),
        en=(
            "Lift no.",
            "Site",
            "Model / year",
            "Engineer",
            "Managing agent",
            "Contact",
            "Caretaker",
            "Next inspection",
        ),
    )
    care_l = ctx.L(de=lab[6], at="Hausbesorger/in", ch="Hauswart", fr=lab[6], it=lab[6], en=lab[6], us="Superintendent")
    pairs = [
        (lab[0], lift_id(ctx)),
        (lab[1], bld.line()),
        (lab[2], f"{ctx.c(MODELS)} / {ctx.r.randint(1978, 2022)}"),
        (lab[3], tech.as_(ctx.c(["init", "full"]))),
        (lab[4], f"{firm}, {fa.line()}"),
        (lab[5], f"{mgr.full()}, {ctx.land(din=ctx.lang == 'de')}"),
        (care_l, f"{care.full()}, {ctx.mobile(care)}"),
        (lab[7], ctx.date(ctx.rdate(2026, 2027))),
    ]
    checks = ctx.L(
        de=["Türschließkraft", "Notrufsystem", "Fangvorrichtung", "Tragmittel", "Schachtbeleuchtung"],
        fr=["Effort de fermeture des portes", "Téléalarme", "Parachute", "Câbles", "Éclairage de gaine"],
        it=["Forza chiusura porte", "Sistema di allarme", "Paracadute", "Funi", "Illuminazione vano"],
        en=["Door closing force", "Emergency phone", "Safety gear", "Ropes", "Shaft lighting"],
    )
    ok = ctx.L(de=("i.O.", "n.i.O."), fr=("OK", "à reprendre"), it=("OK", "da sistemare"), en=("OK", "defect"))
    rows = [[c, ok[0] if ctx.p(0.8) else ok[1]] for c in checks]
    finding = ctx.L(
        de=f"Befund: Türschwelle 2. OG verschmutzt, gereinigt. Bewohnerin {res.full()} meldet Ruckeln beim Anfahren - "
        f"beobachten. Fehlercode E-{ctx.r.randint(100, 399)} im Speicher.",
        fr=f"Constat : seuil de porte au 2e encrassé, nettoyé. {ctx.title(res)} {res.as_('last')} signale des à-coups "
        f"au démarrage. Code défaut E-{ctx.r.randint(100, 399)} en mémoire.",
        it=f"Rilievi: soglia al 2° piano sporca, pulita. {ctx.title(res)} {res.as_('last')} segnala scatti in "
        "partenza. "
        f"Codice errore E-{ctx.r.randint(100, 399)} in memoria.",
        en=f"Findings: 2nd floor sill dirty, cleaned. Resident {res.full()} reports jerky starts - monitor. Fault code "
        f"E-{ctx.r.randint(100, 399)} logged.",
    )
    title = ctx.L(
        de="Wartungsprotokoll Aufzug",
        fr="Rapport de maintenance ascenseur",
        it="Verbale di manutenzione ascensore",
        en="Lift service report",
        us="Elevator maintenance report",
    )
    out = (
        f"{letterhead(ctx, org.name, org.addr, org.phone, org.role('service'), org.web)}\n\n{title}\n\n"
        f"{form(ctx, pairs)}\n\n{table(ctx, ['Check', 'Status'], rows, ctx.c(['md', 'fixed', 'pipe']))}\n\n{finding}"
    )
    return ocr(ctx, out) if ctx.p(0.3) else out


def lift_v1(ctx: Ctx, org: Org) -> str:
    day = ctx.rdate(2026, 2026, 1, 11)
    techs = [ctx.person() for _ in range(2)]
    rows = []
    callers = []
    h = ctx.r.randint(6, 10)
    for _ in range(ctx.r.randint(3, 6)):
        c = ctx.person()
        callers.append(c)
        a = ctx.addr(t=ctx.home, biz=True)
        h += ctx.r.randint(1, 3)
        m = ctx.r.randint(0, 59)
        rel_m = m + ctx.r.randint(18, 55)
        rows.append(
            [
                f"{min(h, 23):02d}:{m:02d}",
                a.line(),
                c.as_(ctx.c(["full", "last", "lastfirst"])),
                ctx.mobile(c, intl=0.2),
                str(ctx.c([1, 1, 2, 3])),
                ctx.c(techs).as_("init"),
                f"{min(h + rel_m // 60, 23):02d}:{rel_m % 60:02d}",
            ]
        )
    head = ctx.L(
        de=["Zeit", "Anlage", "Anrufer/in", "Rückruf", "Pers.", "Techniker", "befreit"],
        fr=["Heure", "Adresse", "Appelant", "Rappel", "Pers.", "Technicien", "Libéré"],
        it=["Ora", "Impianto", "Chiamante", "Richiamo", "Pers.", "Tecnico", "Liberati"],
        en=["Time", "Site", "Caller", "Call-back", "Trapped", "Engineer", "Released"],
    )
    disp = ctx.person()
    kin = ctx.person(like=callers[0])
    nm = lambda p: p.as_(ctx.c(["first", "full"]))  # noqa: E731
    msgs = [
        (
            nm(disp),
            ctx.L(
                de=f"Notruf {rows[0][1]}: {callers[0].as_('last')} steckt zwischen 3. und 4. OG, "
                f"{'Sohn' if kin.g == 'm' else 'Tochter'} {kin.full()} hat angerufen: {ctx.mobile(kin)}",
                fr=f"Appel d'urgence {rows[0][1]} : {callers[0].as_('last')} bloqué entre le 3e et le 4e, "
                f"{'son fils' if kin.g == 'm' else 'sa fille'} {kin.full()} a appelé : {ctx.mobile(kin)}",
                it=f"Chiamata d'emergenza {rows[0][1]}: {callers[0].as_('last')} bloccato tra il 3° e il 4° "
                f"piano, ha chiamato {'il figlio' if kin.g == 'm' else 'la figlia'} {kin.full()}: "
                f"{ctx.mobile(kin)}",
                en=f"Entrapment at {rows[0][1]}: {callers[0].as_('last')} stuck between 3rd and 4th, "
                f"{'son' if kin.g == 'm' else 'daughter'} {kin.full()} called in: {ctx.mobile(kin)}",
            ),
        ),
        (
            nm(techs[0]),
            ctx.L(
                de="bin in 20 min da, wer hat den Maschinenraumschlüssel?",
                fr="j'arrive dans 20 min, qui a la clé de la machinerie ?",
                it="arrivo tra 20 minuti, chi ha la chiave del locale macchine?",
                en="20 mins out, who has the machine room key?",
            ),
        ),
    ]
    care = ctx.person()
    msgs.append(
        (
            nm(disp),
            ctx.L(
                de=f"{'Hauswart' if care.g == 'm' else 'Hauswartin'} {care.full()}, {ctx.mobile(care)}",
                at=f"{'Hausbesorger' if care.g == 'm' else 'Hausbesorgerin'} {care.full()}, {ctx.mobile(care)}",
                fr=f"{'Le' if care.g == 'm' else 'La'} concierge, {care.full()}, {ctx.mobile(care)}",
                it=f"{'Il portiere' if care.g == 'm' else 'La portinaia'} {care.full()}, {ctx.mobile(care)}",
                en=f"Caretaker {care.full()}, {ctx.mobile(care)}",
                us=f"Super is {care.full()}, {ctx.mobile(care)}",
            ),
        )
    )
    title = ctx.L(
        de=f"Notrufprotokoll {ctx.date(day)}",
        fr=f"Journal des appels d'urgence du {ctx.date(day)}",
        it=f"Registro chiamate di emergenza {ctx.date(day)}",
        en=f"Trapped-passenger call log {ctx.date(day)}",
    )
    return f"{title} - {org.name}\n\n{table(ctx, head, rows)}\n\n{chat(ctx, msgs, day=day)}"


def lift_v2(ctx: Ctx, org: Org) -> str:
    t = ctx.person()
    mum = ctx.person(g="f", like=t if ctx.p(0.6) else None)
    mgr = ctx.person()
    care = ctx.person()
    firm = ctx.c(MANAGERS[ctx.lang])
    dom = slug(firm.split(" ")[0] + "-" + firm.split(" ")[1]) + "." + TLD[ctx.cc]
    memail = ctx.email(mgr, domain=dom)
    bld = ctx.addr(p=t, t=ctx.home)
    d1 = ctx.rdate(2026, 2026, 1, 10)
    d2 = d1 + dt.timedelta(days=ctx.r.randint(5, 20))
    notice = ctx.L(
        de=f"AUSHANG\nDer Aufzug im Haus {bld.s()} ist vom {ctx.date(d1)} bis {ctx.date(d2)} wegen "
        "Modernisierung außer "
        f"Betrieb. Rückfragen: {mgr.full()}, {firm}, {ctx.land(din=True)}, {memail}",
        fr=f"AVIS AUX LOCATAIRES\nL'ascenseur du {bld.s()} sera hors service du {ctx.date(d1)} au {ctx.date(d2)} "
        f"(modernisation). Contact : {mgr.full()}, {firm}, {ctx.land()}, {memail}",
        it=f"AVVISO\nL'ascensore dello stabile di {bld.s()} resterà fermo dal {ctx.date(d1)} al {ctx.date(d2)} per "
        f"ammodernamento. Per informazioni: {mgr.full()}, {firm}, {ctx.land()}, {memail}",
        en=f"NOTICE TO RESIDENTS\nThe lift at {bld.s()} will be out of service from {ctx.date(d1)} to {ctx.date(d2)} "
        f"for modernisation. Queries: {mgr.full()}, {firm}, {ctx.land()}, {memail}",
    )
    body = ctx.L(
        de=f"Guten Tag {ctx.title(mgr)} {mgr.as_('last')},\n\nmeine Mutter {mum.full()} (geb. "
        f"{ctx.dob(mum, 1930, 1950)}) "
        f"sitzt im Rollstuhl und wohnt im 4. OG. Sie kommt drei Wochen lang nicht aus der Wohnung. "
        f"{'Der Hauswart' if care.g == 'm' else 'Die Hauswartin'} {care.as_(ctx.c(['full', 'last']))} sagt, "
        f"{'er' if care.g == 'm' else 'sie'} könne nichts machen. Gibt es einen Treppensteiger oder eine "
        f"Ersatzlösung? Ich bin unter {ctx.mobile(t)} erreichbar.\n\n{bye(ctx)}\n{t.full()}\n{bld.line()}",
        fr=f"Bonjour {ctx.title(mgr, 'long')} {mgr.as_('last')},\n\nma mère, {mum.full()} (née le "
        f"{ctx.dob(mum, 1930, 1950)}), est en fauteuil roulant et habite au 4e. Elle ne pourra pas sortir "
        "pendant trois "
        f"semaines. {'Le concierge' if care.g == 'm' else 'La concierge'}, {care.as_('full')}, dit ne rien "
        "pouvoir faire. Existe-t-il une solution ? Vous "
        f"pouvez me joindre au {ctx.mobile(t)}.\n\n{bye(ctx)}\n{t.full()}\n{bld.line()}",
        it=f"Buongiorno {ctx.title(mgr)} {mgr.as_('last')},\n\nmia madre {mum.full()} (nata il "
        f"{ctx.dob(mum, 1930, 1950)}) "
        "è in sedia a rotelle e abita al 4° piano: per tre settimane non potrà uscire di casa. "
        f"{'Il portiere' if care.g == 'm' else 'La portinaia'} "
        f"{care.as_('full')} dice che non può fare nulla. Esiste una soluzione alternativa? Mi trova al "
        f"{ctx.mobile(t)}.\n\n{bye(ctx)}\n{t.full()}\n{bld.line()}",
        en=f"Dear {ctx.title(mgr)} {mgr.as_('last')},\n\nMy mother {mum.full()} (DOB "
        f"{ctx.dob(mum, 1930, 1950)}) uses a "
        f"wheelchair and lives on the 4th floor - she'll be stuck indoors for three weeks. The caretaker, "
        f"{care.as_('full')}, says there's nothing {'he' if care.g == 'm' else 'she'} can do. Is there a "
        "stair-climber or any alternative? I'm on "
        f"{ctx.mobile(t)}.\n\n{bye(ctx)}\n{t.full()}\n{bld.line()}",
    )
    subj = ctx.L(
        de="Aufzug außer Betrieb - Rollstuhl",
        fr="Ascenseur hors service - fauteuil roulant",
        it="Ascensore fermo - sedia a rotelle",
        en="Lift out of service - wheelchair user",
    )
    head = mail_head(
        ctx,
        addr_disp(ctx, t.full(), ctx.email(t)),
        addr_disp(ctx, mgr.full(), memail),
        subj,
        when=d1 - dt.timedelta(days=3),
    )
    return f"{head}\n\n{body}\n\n---\n{notice}"


def lift_v3(ctx: Ctx, org: Org) -> str:
    contacts = [ctx.person() for _ in range(ctx.r.randint(2, 3))]
    dev = {
        "device": f"RM-{rdig(ctx.r, 6)}",
        "site": ctx.addr(t=ctx.home, biz=True).line(),
        "gateway_ip": lan_ip(ctx.r),
        "firmware": f"{ctx.r.randint(1, 4)}.{ctx.r.randint(0, 12)}.{ctx.r.randint(0, 9)}",
        "model": ctx.c(MODELS),
        "notify": [{"name": c.full(), "phone": ctx.mobile(c, intl=0.6), "email": ctx.email(c)} for c in contacts],
    }
    events = []
    day = ctx.rdate(2026, 2026, 1, 11)
    for _ in range(ctx.r.randint(2, 4)):
        events.append(
            {
                "ts": f"{day.isoformat()}T{ctx.r.randint(0, 23):02d}:{ctx.r.randint(0, 59):02d}:00Z",
                "code": ctx.c(["ALARM_BUTTON", "DOOR_FAULT", "LEVELLING", "POWER_LOSS", "E-217"]),
                "gateway_ip": dev["gateway_ip"],
            }
        )
    events.sort(key=lambda e: e["ts"])
    dev["events"] = events
    log = []
    for _ in range(ctx.r.randint(2, 4)):
        u = ctx.c(contacts)
        log.append(
            f"{day.isoformat()}T{ctx.r.randint(6, 22):02d}:{ctx.r.randint(0, 59):02d}:{ctx.r.randint(0, 59):02d}Z "
            f"portal login ok user={ctx.email(u)} ip={ctx.ip()}"
        )
    log.sort()
    note = ctx.L(
        de="Export Fernüberwachung + Portal-Log:",
        fr="Export télésurveillance + journal du portail :",
        it="Export telemonitoraggio + log portale:",
        en="Remote monitoring export + portal log:",
    )
    return f"{note}\n{jdump(ctx, dev, 'indent')}\n\n" + "\n".join(log)


def gen_lift(ctx: Ctx, v: int) -> str:
    org = lift_org(ctx)
    return [lift_v0, lift_v1, lift_v2, lift_v3][v](ctx, org)


# ---------------------------------------------------------------------------------------------------------------
# 11. harvest - grape-harvest helper sign-ups
# ---------------------------------------------------------------------------------------------------------------
WINERY_X = {
    "de": ["Sonnenberg", "Rebenhof", "am Steinberg", "Kellerberg", "Hohe Lay", "Schlossberg"],
    "fr": ["des Trois Chênes", "du Clos Fleuri", "de la Source", "des Coteaux", "du Vieux Pressoir"],
    "it": ["Il Poggio", "Colle Alto", "Le Vigne Nuove", "Ca' dei Merli", "La Collina"],
    "en": ["Stonebridge", "Chalk Ridge", "Willowbrook", "Hawthorn Hill"],
    "us": ["Willow Creek", "Oak Hollow", "Red Barn", "Cedar Bluff"],
}
HARVEST_REQ = {
    "de": [
        "13|Erstelle mir einen Einsatzplan für die Lese.",
        "12|Schreib den Helfern eine Info zum Treffpunkt.",
        "0|Ist die Anmeldung vollständig?",
        "1|Bitte Fahrgemeinschaften vorschlagen.",
        "2|Antworte kurz und sag zu.",
    ],
    "fr": [
        "13|Fais-moi un planning des vendanges.",
        "12|Écris aux vendangeurs pour le point de rendez-vous.",
        "1|Propose des covoiturages.",
        "2|Réponds brièvement, c'est d'accord.",
    ],
    "it": [
        "13|Preparami un piano turni per la vendemmia.",
        "12|Scrivi ai vendemmiatori per il punto di ritrovo.",
        "1|Proponi dei passaggi in auto.",
        "2|Rispondi brevemente che va bene.",
    ],
    "en": [
        "13|Make me a picking rota.",
        "12|Write the pickers a note about where to meet.",
        "1|Suggest some car shares.",
        "2|Reply briefly and say yes.",
    ],
}


def winery_org(ctx: Ctx) -> Org:
    t = ctx.themed(WINE)
    x = ctx.c(WINERY_X["us" if ctx.us else ctx.lang])
    name = ctx.c(
        {
            "DE": [f"Weingut {x}", f"Winzerhof {x}", f"Winzergenossenschaft {t[0]}"],
            "AT": [f"Weingut {x}", f"Weinbau {x}"],
            "CHde": [f"Weinbau {x}", f"Rebgut {x}"],
            "FR": [f"Domaine {x}", f"Château {x}", f"Cave coopérative de {t[0]}"],
            "CHfr": [f"Domaine {x}", f"Cave {x}"],
            "IT": [f"Azienda Agricola {x}", f"Cantina {x}", f"Tenuta {x}"],
            "CHit": [f"Cantina {x}", f"Tenuta {x}"],
            "GB": [f"{x} Vineyard", f"{x} Estate"],
            "US": [f"{x} Winery", f"{x} Cellars", f"{x} Vineyards"],
        }[ctx.reg]
    )
    return Org(ctx, name, ctx.L(de="weingut-", fr="domaine-", it="cantina-", en="") + x.replace("'", ""), t=t)


def harvest_days(ctx: Ctx) -> list[dt.date]:
    start = dt.date(2026, ctx.c([9, 9, 10]), ctx.r.randint(1, 20))
    return sorted(ctx.r.sample([start + dt.timedelta(days=k) for k in range(14)], ctx.r.randint(2, 5)))


def harvest_v0(ctx: Ctx, org: Org) -> str:
    h = ctx.person()
    days = harvest_days(ctx)
    lab = ctx.L(
        de=(
            "Name",
            "Geburtsdatum",
            "Anschrift",
            "Handy",
            "E-Mail",
            "Verfügbar an",
            "Erfahrung",
            "Übernachtung nötig",
            "Auto / Mitfahrplätze",
            "Bankverbindung (Lohn)",
        ),
        fr=(
            "Nom",
            "Date de naissance",
            "Adresse",
            "Portable",
            "E-mail",
            "Disponible les",
            "Expérience",
            "Hébergement",
            "Voiture / places",
            "IBAN (salaire)",
        ),
        it=(
            "Nome",
            "Data di nascita",
            "Indirizzo",
            "Cellulare",
            "E-mail",
            "Disponibile il",
            "Esperienza",
            "Alloggio",
            "Auto / posti",
            "IBAN (compenso)",
        ),
        en=(
            "Name",
            "Date of birth",
            "Address",
            "Mobile",
            "Email",
            "Available",
            "Experience",
            "Need a bed",
            "Car / seats",
            "Bank details (wages)",
        ),
    )
    yes, no = ctx.L(de=("ja", "nein"), fr=("oui", "non"), it=("sì", "no"), en=("yes", "no"))
    pairs = [
        (lab[0], styled(ctx, h)),
        (lab[1], ctx.dob(h, 1950, 2009)),
        (lab[2], ctx.addr(p=h).line()),
        (lab[3], ctx.mobile(h)),
        (lab[4], ctx.email(h)),
        (lab[5], ", ".join(ctx.date(d) for d in days)),
        (lab[6], ctx.c([yes, no, ctx.L(de="2 Jahre", fr="2 saisons", it="2 vendemmie", en="two seasons")])),
        (lab[7], ctx.c([yes, no, no])),
        (lab[8], ctx.c([no, f"{yes}, {ctx.r.randint(1, 4)}"])),
    ]
    if ctx.cc == "CH" and ctx.p(0.6):
        pairs.append(("AHV-Nr." if ctx.lang == "de" else "N° AVS" if ctx.lang == "fr" else "N. AVS", ctx.ahv()))
    if not ctx.us:
        pairs.append((lab[9], f"{ctx.iban()}" + (f", {h.full()}" if ctx.p(0.4) else "")))
    else:
        pairs.append(("Waiver signed", "yes"))
    title = ctx.L(
        de=f"Anmeldung Lesehelfer/in {org.name} - Lese 2026",
        fr=f"Inscription vendanges 2026 - {org.name}",
        it=f"Iscrizione vendemmia 2026 - {org.name}",
        en=f"Harvest helper sign-up 2026 - {org.name}",
        us=f"Harvest volunteer sign-up 2026 - {org.name}",
    )
    extra = ctx.L(
        de="Bitte Gartenschere und feste Schuhe mitbringen.",
        fr="Apportez un sécateur et de bonnes chaussures.",
        it="Portate forbici da potatura e scarpe robuste.",
        en="Bring secateurs and sturdy boots.",
        us="Bring pruners, gloves and closed-toe shoes.",
    )
    out = f"{title}\n\n{form(ctx, pairs)}\n\n{extra}\n{org.name} · {org.addr.line()} · {org.phone}"
    return ocr(ctx, out) if ctx.p(0.25) else out


def harvest_v1(ctx: Ctx, org: Org) -> str:
    helpers = [ctx.person() for _ in range(ctx.r.randint(5, 9))]
    days = harvest_days(ctx)
    head = ctx.L(
        de=["Name", "Tage", "Handy", "Auto", "Bemerkung"],
        fr=["Nom", "Jours", "Portable", "Voiture", "Remarque"],
        it=["Nome", "Giorni", "Cellulare", "Auto", "Note"],
        en=["Name", "Days", "Mobile", "Car", "Notes"],
    )
    notes = ctx.L(
        de=["", "", "vegetarisch", "nur vormittags", "bringt Kiste mit", "Rücken!"],
        fr=["", "", "végétarien", "le matin seulement", "porteur", "dos fragile"],
        it=["", "", "vegetariano", "solo mattina", "portatore", "schiena delicata"],
        en=["", "", "vegetarian", "mornings only", "happy to carry", "bad back"],
    )
    st = ctx.c(["full", "firstinit", "lastfirst", "first"])
    rows = [
        [
            h.as_(st),
            ", ".join(
                d.strftime("%d.%m") if ctx.lang != "en" else d.strftime("%d/%m")
                for d in sorted(ctx.r.sample(days, ctx.r.randint(1, len(days))))
            ),
            ctx.mobile(h),
            ctx.c(["-", "x", "x (3)", ""]),
            ctx.c(notes),
        ]
        for h in helpers
    ]
    boss = ctx.person()
    nm = lambda p: p.as_(ctx.c(["first", "nick"]))  # noqa: E731
    a, b = helpers[0], helpers[1]
    msgs = [
        (
            nm(boss),
            ctx.L(
                de=f"Morgen 7:30 Treffpunkt am Hof, {org.addr.s()}. Bei Regen verschieben wir.",
                fr=f"Demain 7h30 rendez-vous à la cave, {org.addr.s()}. S'il pleut on décale.",
                it=f"Domani alle 7:30 ritrovo in cantina, {org.addr.s()}. Se piove rimandiamo.",
                en=f"Tomorrow 7:30 meet at the winery, {org.addr.s()}. If it rains we'll move it.",
            ),
        ),
        (
            nm(a),
            ctx.L(
                de=f"Kann jemand {b.as_('first')} mitnehmen? Wohnt {ctx.addr(p=b, t=org.t).s()}",
                fr=f"Quelqu'un peut prendre {b.as_('first')} ? Habite {ctx.addr(p=b, t=org.t).s()}",
                it=f"Qualcuno può passare a prendere {b.as_('first')}? Abita in {ctx.addr(p=b, t=org.t).s()}",
                en=f"Can anyone give {b.as_('first')} a lift? Lives at {ctx.addr(p=b, t=org.t).s()}",
            ),
        ),
        (
            nm(helpers[2]),
            ctx.L(
                de="ich, hab noch 2 Plätze", fr="moi, il me reste 2 places", it="io, ho 2 posti", en="me, got 2 seats"
            ),
        ),
    ]
    if ctx.p(0.6):
        x = helpers[3]
        nph = mk("PHONE", ctx.mobile(None, raw=True))
        msgs.append(
            (
                nm(x),
                ctx.L(
                    de=f"Neue Nummer von mir: {nph} - {x.as_('first')}",
                    fr=f"Mon nouveau numéro : {nph} ({x.as_('first')})",
                    it=f"Nuovo numero: {nph} ({x.as_('first')})",
                    en=f"new number: {nph} - {x.as_('first')}",
                ),
            )
        )
    title = ctx.L(
        de=f"Lesehelfer {org.name}",
        fr=f"Vendangeurs - {org.name}",
        it=f"Vendemmiatori - {org.name}",
        en=f"Pickers - {org.name}",
    )
    return f"{title}\n{table(ctx, head, rows)}\n\n{chat(ctx, msgs, lower=0.4)}"


def harvest_v2(ctx: Ctx, org: Org) -> str:
    h = ctx.person()
    boss = ctx.person()
    fr_ = ctx.person()
    bemail = ctx.email(boss, domain=org.domain)
    days = harvest_days(ctx)
    sent = days[0] - dt.timedelta(days=ctx.r.randint(7, 25))
    inv = ctx.L(
        de=f"Liebe Helferinnen und Helfer,\n\ndie Lese beginnt voraussichtlich am {ctx.date(days[0])}. Treffpunkt ist "
        f"jeweils 7:30 Uhr auf dem Hof, {org.addr.line()}. Mittagessen gibt's bei uns. Bitte meldet euch bei mir mit "
        f"Tagen und ggf. Begleitung (Name, Geburtsdatum für die Versicherung).\n\n{bye(ctx)}\n"
        f"{signature(ctx, boss, None, org.name, org.phone, bemail)}",
        fr=f"Chers vendangeurs,\n\nles vendanges devraient commencer le {ctx.date(days[0])}. Rendez-vous à 7h30 à la "
        f"cave, {org.addr.line()}. Le repas de midi est offert. Merci de me dire vos jours et, le cas échéant, "
        "qui vous "
        f"accompagne (nom, date de naissance pour l'assurance).\n\n{bye(ctx)}\n"
        f"{signature(ctx, boss, None, org.name, org.phone, bemail)}",
        it=f"Cari vendemmiatori,\n\nla vendemmia dovrebbe iniziare il {ctx.date(days[0])}. Ritrovo alle 7:30 in "
        f"cantina, {org.addr.line()}. Il pranzo è offerto. Scrivetemi i giorni e chi porterete (nome e data di nascita "
        f"per l'assicurazione).\n\n{bye(ctx)}\n{signature(ctx, boss, None, org.name, org.phone, bemail)}",
        en=f"Dear pickers,\n\nHarvest should start on {ctx.date(days[0])}. We meet at 7:30 at the winery, "
        f"{org.addr.line()}. Lunch is on us. Let me know which days you can do and who you're bringing (name and date "
        f"of birth for the insurance).\n\n{bye(ctx)}\n{signature(ctx, boss, None, org.name, org.phone, bemail)}",
    )
    dd = ("; " if ctx.us else ", ").join(ctx.date(d) for d in days)
    reply = ctx.L(
        de=f"Hallo {boss.as_('first')},\n\nich kann am {dd}. {'Mein Kumpel' if fr_.g == 'm' else 'Meine Freundin'} "
        f"{fr_.full()} (geb. {ctx.dob(fr_, 1960, 2008)}, {ctx.email(fr_)}) kommt mit. Wir kommen mit dem Zug und "
        "bräuchten für zwei Nächte ein Bett. Meine Nummer: "
        f"{ctx.mobile(h)}.\n\n{bye(ctx)}\n{h.as_(ctx.c(['first', 'full']))}",
        fr=f"Bonjour {boss.as_('first')},\n\nje suis dispo le {dd}. {'Mon ami' if fr_.g == 'm' else 'Mon amie'} "
        f"{fr_.full()} (né{'e' if fr_.g == 'f' else ''} le {ctx.dob(fr_, 1960, 2008)}, {ctx.email(fr_)}) vient aussi. "
        f"On arrive en train, il nous faudrait un lit pour deux nuits. Mon numéro : {ctx.mobile(h)}.\n\n{bye(ctx)}\n"
        f"{h.as_(ctx.c(['first', 'full']))}",
        it=f"Ciao {boss.as_('first')},\n\nio ci sono il {dd}. Viene anche "
        f"{'il mio amico' if fr_.g == 'm' else 'la mia amica'} "
        f"{fr_.full()} (nat{'a' if fr_.g == 'f' else 'o'} il {ctx.dob(fr_, 1960, 2008)}, {ctx.email(fr_)}). Arriviamo "
        f"in treno e ci servirebbe un letto per due notti. Il mio numero: {ctx.mobile(h)}.\n\n{bye(ctx)}\n"
        f"{h.as_(ctx.c(['first', 'full']))}",
        en=f"Hi {boss.as_('first')},\n\nI can do {dd}. My friend {fr_.full()} (DOB {ctx.dob(fr_, 1960, 2008)}, "
        f"{ctx.email(fr_)}) is coming too. We'll "
        + (
            "drive up together and would need a spot to camp for two nights"
            if ctx.us
            else "come by train and would need a bed for two nights"
        )
        + ". My number is "
        f"{ctx.mobile(h)}.\n\n{bye(ctx)}\n{h.as_(ctx.c(['first', 'full']))}",
    )
    subj = ctx.L(de="Re: Weinlese 2026", fr="Re: Vendanges 2026", it="Re: Vendemmia 2026", en="Re: Harvest 2026")
    head = mail_head(
        ctx,
        addr_disp(ctx, h.full(), ctx.email(h)),
        addr_disp(ctx, boss.full(), bemail),
        subj,
        when=sent + dt.timedelta(days=2),
    )
    return f"{head}\n\n{reply}\n\n{quoted(ctx, quote_intro(ctx, addr_disp(ctx, boss.full(), bemail), sent), inv)}"


def harvest_v3(ctx: Ctx, org: Org) -> str:
    recs = []
    shape = "iso" if ctx.p(0.5) else ctx.dob_shape
    with_ahv = ctx.cc == "CH" and ctx.p(0.5)
    for _ in range(ctx.r.randint(3, 6)):
        h = ctx.person()
        rec = {
            "submitted": f"2026-0{ctx.r.randint(6, 8)}-{ctx.r.randint(10, 28)} {ctx.r.randint(7, 23):02d}:"
            f"{ctx.r.randint(0, 59):02d}",
            "name": h.full(),
            "dob": ctx.dob(h, 1950, 2009, shape=shape),
            "email": ctx.email(h),
            "mobile": ctx.mobile(h, intl=0.3),
            "days": [d.isoformat() for d in harvest_days(ctx)],
            "tshirt": ctx.c(["S", "M", "L", "XL"]),
            "ip": ctx.ip(),
        }
        if with_ahv:
            rec["ahv"] = ctx.ahv()
        recs.append(rec)
    note = ctx.L(
        de=f"Formular-Einsendungen Lesehelfer ({org.name}):",
        fr=f"Réponses au formulaire vendanges ({org.name}) :",
        it=f"Risposte al modulo vendemmia ({org.name}):",
        en=f"Sign-up form responses ({org.name}):",
    )
    if ctx.p(0.5):
        return f"{note}\n{jdump(ctx, recs)}"
    keys = list(recs[0].keys())
    return f"{note}\n" + table(
        ctx,
        keys,
        [[" ".join(r[k]) if isinstance(r[k], list) else str(r[k]) for k in keys] for r in recs],
        ctx.c(["csv", "tsv", "csv_semi"]),
    )


def gen_harvest(ctx: Ctx, v: int) -> str:
    org = winery_org(ctx)
    return [harvest_v0, harvest_v1, harvest_v2, harvest_v3][v](ctx, org)


# ---------------------------------------------------------------------------------------------------------------
# 12. carpool - commuter carpool boards and chat messages
# ---------------------------------------------------------------------------------------------------------------
SITES = {
    "de": [
        "Rheinwerk Logistik GmbH",
        "Technopark Süd",
        "Alpenmilch AG",
        "Klinikum Nord",
        "Gewerbegebiet Ost",
        "Chemiepark West",
    ],
    "fr": [
        "Groupe Valmont Industrie",
        "Hôpital de la Côte",
        "Zone industrielle des Ilettes",
        "Parc technologique du Lac",
    ],
    "it": ["Logistica Padana Srl", "Polo Tecnologico Sud", "Interporto Est", "Ospedale di Circolo"],
    "en": ["Northgate Business Park", "Lakeside Medical Center", "Riverside Distribution Centre", "Tech Park West"],
}
CARPOOL_REQ = {
    "de": [
        "03|Wer passt routenmäßig zusammen? Bitte Vorschläge.",
        "1|Rechne aus, wer wem wie viel Spritgeld schuldet.",
        "1|Schreib eine Nachricht an die Gruppe wegen der neuen Abfahrtszeit.",
        "2|Bitte kurz zusammenfassen.",
    ],
    "fr": [
        "03|Qui peut faire équipe selon les trajets ?",
        "1|Calcule qui doit combien pour l'essence.",
        "1|Écris un message au groupe pour le nouvel horaire.",
        "2|Résume en deux lignes, stp.",
    ],
    "it": [
        "03|Chi può fare coppia in base al percorso?",
        "1|Calcola chi deve quanto per la benzina.",
        "1|Scrivi un messaggio al gruppo per il nuovo orario.",
        "2|Riassumi in due righe.",
    ],
    "en": [
        "03|Who could share based on their routes?",
        "1|Work out who owes whom for fuel.",
        "1|Write a message to the group about the new pickup time.",
        "2|Sum this up in two lines.",
    ],
}


def site_name(ctx: Ctx) -> str:
    return ctx.c(SITES[ctx.lang])


def near_towns(ctx: Ctx, n: int) -> list[str]:
    return [t[0] for t in ctx.r.sample(TOWNS[ctx.reg], n)]


def carpool_v0(ctx: Ctx) -> str:
    site = site_name(ctx)
    posts = []
    for _ in range(ctx.r.randint(4, 6)):
        p = ctx.person()
        offer = ctx.p(0.5)
        frm = ctx.c(near_towns(ctx, 3))
        kind = ctx.L(
            de=("BIETE", "SUCHE"), fr=("PROPOSE", "CHERCHE"), it=("OFFRO", "CERCO"), en=("OFFERING", "LOOKING FOR")
        )[0 if offer else 1]
        days = ctx.c(
            ctx.L(
                de=["Mo-Fr", "Mo, Mi, Fr", "Di-Do", "Schicht"],
                fr=["lun-ven", "lun, mer, ven", "mar-jeu"],
                it=["lun-ven", "lun, mer, ven", "mar-gio", "turni"],
                en=["Mon-Fri", "Mon/Wed/Fri", "Tue-Thu"],
            )
        )
        meet = ctx.addr(t=ctx.c(TOWNS[ctx.reg]), p=p).s()
        who = p.as_(ctx.c(["full", "firstinit", "first", "init"]))
        contact = ctx.mobile(p) if ctx.p(0.7) else ctx.email(p)
        if ctx.p(0.3):
            contact = f"{ctx.mobile(p)} / {ctx.email(p)}"
        mt = ctx.L(de="Treffpunkt", fr="RDV", it="Ritrovo", en="Pick-up")
        line = f"{kind} | {frm} → {site} | {days} {ctx.time(5, 9, 15)} | {mt}: {meet} | {who} | {contact}"
        if ctx.p(0.3):
            line += " | " + ctx.c(
                ctx.L(
                    de=["Nichtraucher", "Hund an Bord", "Kindersitz vorhanden", "E-Auto"],
                    fr=["non-fumeur", "chien à bord", "siège enfant"],
                    it=["non fumatori", "cane a bordo", "seggiolino"],
                    en=["non-smoker", "dog in car", "child seat", "EV"],
                )
            )
        posts.append(line)
    title = ctx.L(
        de=f"Mitfahrbörse {site} - aktuelle Einträge",
        fr=f"Covoiturage {site} - annonces",
        it=f"Car pooling aziendale {site} - annunci",
        en=f"{site} commuter carpool board",
        us=f"{site} rideshare board",
    )
    return f"{title}\n\n" + "\n".join(posts)


def carpool_v1(ctx: Ctx) -> str:
    ppl = [ctx.person() for _ in range(ctx.r.randint(3, 5))]
    drv = ppl[0]
    site = site_name(ctx)
    a1 = ctx.addr(p=ppl[1], t=ctx.home)
    nm = lambda p: p.as_(ctx.c(["first", "first", "nick", "full"]))  # noqa: E731
    fuel = ctx.money(8, 30)
    pay = ctx.iban() if not ctx.us else f"Venmo @{translit(drv.first)}-{rdig(ctx.r, 3)}"
    msgs = [
        (
            nm(drv),
            ctx.L(
                de=f"Morgen 6:50 los, hole {ppl[1].as_('first')} in der {a1.s()} ab, dann Parkplatz Edeka",
                fr=f"Demain départ 6h50, je passe prendre {ppl[1].as_('first')} au {a1.s()}, puis parking du Lidl",
                it=f"Domani partenza 6:50, passo a prendere {ppl[1].as_('first')} in {a1.s()}, poi parcheggio "
                "della Coop",
                en=f"Leaving 6:50 tomorrow, picking up {ppl[1].as_('first')} at {a1.s()}, then the Tesco car park",
                us=f"Leaving 6:50 tomorrow, picking up {ppl[1].as_('first')} at {a1.s()}, then the Kroger lot",
            ),
        ),
        (
            nm(ppl[1]),
            ctx.L(
                de="👍 bin 5 min früher draußen",
                fr="👍 je serai dehors 5 min avant",
                it="👍 sono giù 5 minuti prima",
                en="👍 will be outside 5 min early",
            ),
        ),
        (
            nm(ppl[2]),
            ctx.L(
                de=f"Ich bin morgen raus, Kind krank. {ppl[3 % len(ppl)].as_('first')} fährt Freitag?",
                fr=f"Je ne viens pas demain, enfant malade. {ppl[3 % len(ppl)].as_('first')} conduit vendredi ?",
                it=f"Domani salto, bimbo malato. {ppl[3 % len(ppl)].as_('first')} guida venerdì?",
                en=f"I'm out tomorrow, kid's sick. {ppl[3 % len(ppl)].as_('first')} driving Friday?",
            ),
        ),
        (
            nm(drv),
            ctx.L(
                de=f"Spritgeld diese Woche {fuel} pro Person, bitte an {pay}",
                fr=f"Essence cette semaine : {fuel} par personne, virement sur {pay}",
                it=f"Benzina questa settimana {fuel} a testa, bonifico su {pay}",
                en=f"Fuel this week is {fuel} each, please send to {pay}",
            ),
        ),
    ]
    if ctx.p(0.6):
        x = ppl[-1]
        nph = mk("PHONE", ctx.mobile(None, raw=True))
        msgs.append(
            (
                nm(x),
                ctx.L(
                    de=f"hab ne neue Nummer: {nph}",
                    fr=f"nouveau numéro : {nph}",
                    it=f"ho cambiato numero: {nph}",
                    en=f"new number: {nph}",
                ),
            )
        )
    if ctx.p(0.4):
        msgs.append(
            (
                nm(ppl[2]),
                ctx.L(
                    de=f"Auto steht mit Kennzeichen {plate(ctx)} auf P3",
                    fr=f"voiture garée en P3, immat {plate(ctx)}",
                    it=f"macchina al P3, targa {plate(ctx)}",
                    en=f"car is on level 3, reg {plate(ctx)}",
                ),
            )
        )
    title = ctx.L(de=f"Fahrgemeinschaft {site}", fr=f"Covoit' {site}", it=f"Passaggi {site}", en=f"Carpool - {site}")
    return f"{title}\n{chat(ctx, msgs, lower=0.45)}"


def carpool_v2(ctx: Ctx) -> str:
    site = site_name(ctx)
    ppl = [ctx.person() for _ in range(ctx.r.randint(3, 4))]
    mob = ctx.person()
    dom = slug(site.split(" ")[0]) + "." + TLD[ctx.cc]
    memail = ctx.email(mob, domain=dom)
    head = ctx.L(
        de=["Name", "Wohnadresse", "Handy", "E-Mail", "Fahrtag"],
        fr=["Nom", "Adresse", "Portable", "E-mail", "Jour de conduite"],
        it=["Nome", "Indirizzo", "Cellulare", "E-mail", "Giorno alla guida"],
        en=["Name", "Home address", "Mobile", "Email", "Drives on"],
    )
    wd = WEEKDAYS[ctx.lang]
    mails = [ctx.email(p, domain=dom) if ctx.p(0.5) else ctx.email(p) for p in ppl]
    rows = [[p.full(), ctx.addr(p=p).line(), ctx.mobile(p), mails[k], wd[k % 5]] for k, p in enumerate(ppl)]
    km = ctx.r.randint(12, 48)
    rate = ctx.c(["0,30", "0,25", "0,35"]) if ctx.lang != "en" else ctx.c(["0.30", "0.45", "0.25"])
    if ctx.cc == "CH":
        rate = rate.replace(",", ".")
    terms = ctx.L(
        de=f"Einfache Strecke ca. {km} km, Kostenbeteiligung {rate} €/km, Abrechnung monatlich. Auszahlung an die "
        f"Fahrenden auf folgende Konten:\n" + "\n".join(f"- {p.full()}: {ctx.iban()}" for p in ppl[:2]),
        fr=f"Trajet simple env. {km} km, participation {rate} €/km, décompte mensuel. Versements aux conducteurs :\n"
        + "\n".join(f"- {p.full()} : {ctx.iban()}" for p in ppl[:2]),
        it=f"Tratta singola circa {km} km, rimborso {rate} €/km, conguaglio mensile. Bonifici ai conducenti:\n"
        + "\n".join(f"- {p.full()}: {ctx.iban()}" for p in ppl[:2]),
        en=f"One way about {km} km, cost share {rate}/km, settled monthly. Payments to drivers:\n"
        + "\n".join(f"- {p.full()}: " + (ctx.iban() if not ctx.us else f"Zelle {ctx.email(p)}") for p in ppl[:2]),
    )
    if ctx.cc == "CH":
        terms = terms.replace("€/km", "CHF/km")
    body = ctx.L(
        de=f"Hallo zusammen,\n\nanbei die Vereinbarung für die neue Fahrgemeinschaft zum Standort {site}. Bitte prüft "
        f"eure Angaben und gebt mir bis Freitag Bescheid. Parkplatzreservierung läuft über mich.",
        fr=f"Bonjour à tous,\n\nvoici l'accord pour le nouvel équipage de covoiturage vers le site {site}. Merci de "
        f"vérifier vos données d'ici vendredi. Je m'occupe de la réservation des places.",
        it=f"Ciao a tutti,\n\nin allegato l'accordo per il nuovo equipaggio di car pooling verso la sede {site}. "
        f"Controllate i vostri dati entro venerdì. La prenotazione del posto auto la gestisco io.",
        en=f"Hi all,\n\nHere's the agreement for the new carpool to the {site} site. Please check your details by "
        f"Friday. I'll sort out the reserved parking space.",
    )
    sig = signature(
        ctx,
        mob,
        ctx.L(
            de="Mobilitätsmanagement",
            fr="Gestion de la mobilité",
            it="Mobility manager",
            en="Travel plan coordinator",
            us="Commuter programs",
        ),
        site,
        ctx.land(din=ctx.lang == "de"),
        memail,
    )
    subj = ctx.L(
        de="Fahrgemeinschaft - Vereinbarung",
        fr="Covoiturage - accord",
        it="Car pooling - accordo",
        en="Carpool agreement",
    )
    hdr = mail_head(
        ctx, addr_disp(ctx, mob.full(), memail), ", ".join(mails[:2]), subj, cc=", ".join(mails[2:]) or None
    )
    return f"{hdr}\n\n{body}\n\n{table(ctx, head, rows)}\n\n{terms}\n\n{bye(ctx)}\n{sig}"


def carpool_v3(ctx: Ctx) -> str:
    recs = []
    for _ in range(ctx.r.randint(3, 5)):
        p = ctx.person()
        a = ctx.addr(p=p)
        recs.append(
            {
                "user_id": ctx.ref("u_", 7),
                "display_name": p.as_(ctx.c(["firstinit", "full", "first"])),
                "email": ctx.email(p),
                "phone": ctx.mobile(p, intl=0.5),
                "home": {"street": a.s(), "city": a.p()} if ctx.p(0.5) else a.line(),
                "workplace": site_name(ctx),
                "role": ctx.c(["driver", "passenger", "both"]),
                "rating": round(ctx.r.uniform(3.5, 5.0), 1),
                "app_version": f"{ctx.r.randint(2, 5)}.{ctx.r.randint(0, 20)}.{ctx.r.randint(0, 9)}",
                "last_login": {
                    "at": f"2026-{ctx.r.randint(1, 11):02d}-{ctx.r.randint(1, 28):02d}T{ctx.r.randint(5, 22):02d}:"
                    f"{ctx.r.randint(0, 59):02d}:00Z",
                    "ip": ctx.ip(),
                },
            }
        )
    note = ctx.L(
        de="Nutzerexport aus der Pendler-App (für den Datenschutzbericht kürzen):",
        fr="Export des utilisateurs de l'appli de covoiturage :",
        it="Export utenti dell'app di car pooling:",
        en="User export from the carpool app:",
    )
    return f"{note}\n{jdump(ctx, recs)}"


def gen_carpool(ctx: Ctx, v: int) -> str:
    return [carpool_v0, carpool_v1, carpool_v2, carpool_v3][v](ctx)


GENRES: list[tuple[str, object, dict]] = [
    ("housingcoop", gen_housing, HOUSING_REQ),
    ("campsite", gen_camp, CAMP_REQ),
    ("barber", gen_barber, BARBER_REQ),
    ("harbour", gen_harbour, HARBOUR_REQ),
    ("hackathon", gen_hack, HACK_REQ),
    ("bulkywaste", gen_bulky, BULKY_REQ),
    ("raffle", gen_raffle, RAFFLE_REQ),
    ("erasmus", gen_erasmus, ERASMUS_REQ),
    ("occtherapy", gen_ot, OT_REQ),
    ("lift", gen_lift, LIFT_REQ),
    ("harvest", gen_harvest, HARVEST_REQ),
    ("carpool", gen_carpool, CARPOOL_REQ),
]

# ---------------------------------------------------------------------------------------------------------------
# Resolution, checks, assembly
# ---------------------------------------------------------------------------------------------------------------


def resolve(text: str) -> tuple[str, list[dict]]:
    out, ents = [], []
    pos = last = 0
    for m in MARK_RE.finditer(text):
        seg = text[last : m.start()]
        out.append(seg)
        pos += len(seg)
        v = m.group(2)
        ents.append({"type": DECODE[m.group(1)], "start": pos, "end": pos + len(v), "text": v})
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(text[last:])
    t = "".join(out)
    if any("\ue000" <= ch <= "\ue01f" for ch in t):
        raise ValueError("marker left")
    return t, ents


PARTICLE_LOW = {w.lower() for w in PARTICLES}
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def check(text: str, ents: list[dict]) -> str | None:
    prev = -1
    for e in ents:
        v = e["text"]
        if text[e["start"] : e["end"]] != v:
            return "offset"
        if not v or v != v.strip():
            return f"whitespace {v!r}"
        if e["start"] < prev:
            return "overlap"
        prev = e["end"]
    for a, b in zip(ents, ents[1:], strict=False):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            return f"split name {a['text']!r} {b['text']!r}"
    for e in ents:
        t, v = e["type"], e["text"]
        if t == "PERSON" and any(c.isdigit() for c in v):
            return f"digit in PERSON {v!r}"
        if t == "IBAN" and not iban_ok(v):
            return f"IBAN {v!r}"
        if t == "CARD" and (not luhn_ok(v) or len(re.sub(r"\D", "", v)) not in (15, 16)):
            return f"CARD {v!r}"
        if t == "AHV" and not ahv_ok(v):
            return f"AHV {v!r}"
        if t == "EMAIL" and not EMAIL_RE.match(v):
            return f"EMAIL {v!r}"
        if t == "IP" and not ipaddress.ip_address(v).is_global:
            return f"IP {v!r}"
        if t == "PHONE" and len(re.sub(r"\D", "", v)) < 6:
            return f"PHONE {v!r}"
    covered = bytearray(len(text))
    for e in ents:
        covered[e["start"] : e["end"]] = b"\x01" * (e["end"] - e["start"])
    seen: set[str] = set()
    for e in ents:
        v = e["text"]
        if e["type"] == "PERSON":
            words = [w for w in re.findall(r"[^\W\d_]+", v) if len(w) >= 3 and w.lower() not in PARTICLE_LOW]
        else:
            words = [v] if len(v) >= 5 else []
        for w in words:
            if w in seen:
                continue
            seen.add(w)
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                if not all(covered[m.start() : m.end()]):
                    return f"unlabelled repeat {w!r} ({e['type']})"
    return None


DEBUG: list[str] = []


def build_doc(genre: str, fn, reqs: dict, i: int, loc: str) -> tuple[dict, int]:  # noqa: ANN001
    last_err = ""
    for k in range(40):
        seed = f"{SET}|{genre}|{i}" + (f"|retry{k}" if k else "")
        rng = random.Random(seed_of(seed))
        ctx = Ctx(rng, loc, genre)
        body = fn(ctx, i % 4)
        text = finish(ctx, body, reqs, i % 4)
        text, ents = resolve(text)
        why = check(text, ents)
        if why is None:
            rec = {
                "id": f"{SET}-{genre}-{i:03d}",
                "locale": loc,
                "lang": LOCALES[loc][0],
                "text": text,
                "entities": ents,
            }
            return rec, k
        last_err = why
        DEBUG.append(f"{genre} {i} {loc} retry{k}: {why}")
    raise RuntimeError(f"{genre} {i} {loc}: {last_err}")


def build_all() -> tuple[list[dict], int]:
    locs = [loc for loc, n in QUOTA.items() for _ in range(n)]
    random.Random(seed_of(f"{SET}|locales")).shuffle(locs)
    counters = [0] * len(GENRES)
    docs, retried = [], 0
    for k, loc in enumerate(locs):
        g = k % len(GENRES)
        name, fn, reqs = GENRES[g]
        i = counters[g]
        counters[g] += 1
        rec, tries = build_doc(name, fn, reqs, i, loc)
        retried += tries > 0
        docs.append(rec)
    docs.sort(key=lambda d: (d["id"].split("-")[1], int(d["id"].rsplit("-", 1)[1])))
    order = {n: j for j, (n, _, _) in enumerate(GENRES)}
    docs.sort(key=lambda d: (order[d["id"].split("-")[1]], int(d["id"].rsplit("-", 1)[1])))
    return docs, retried


def recheck(docs: list[dict]) -> None:
    ids = set()
    for d in docs:
        assert d["id"] not in ids
        ids.add(d["id"])
        assert d["lang"] in ("de", "fr", "it", "en")
        why = check(d["text"], d["entities"])
        assert why is None, (d["id"], why)
        for e in d["entities"]:
            assert e["type"] in TYPES
            assert d["text"][e["start"] : e["end"]] == e["text"]


def show(d: dict) -> str:
    t = d["text"]
    out, last = [], 0
    for e in d["entities"]:
        out.append(t[last : e["start"]])
        out.append(f"[[{e['type']}:{e['text']}]]")
        last = e["end"]
    out.append(t[last:])
    return f"===== {d['id']} ({d['locale']})\n" + "".join(out)


def scan(docs: list[dict]) -> None:
    import collections

    mails: collections.Counter[str] = collections.Counter()
    ips: collections.Counter[str] = collections.Counter()
    digits: collections.Counter[str] = collections.Counter()
    for d in docs:
        t = d["text"]
        cov = bytearray(len(t))
        for e in d["entities"]:
            cov[e["start"] : e["end"]] = b"\x01" * (e["end"] - e["start"])
        for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
            if not any(cov[m.start() : m.end()]):
                mails[m.group(0).split("@")[0].lower() + "@"] += 1
        for m in re.finditer(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", t):
            if not any(cov[m.start() : m.end()]):
                ips[m.group(0).rsplit(".", 2)[0] + ".x.x"] += 1
        for m in re.finditer(r"\+?\d[\d ./-]{7,}\d", t):
            if not any(cov[m.start() : m.end()]):
                digits[re.sub(r"\d", "9", m.group(0))] += 1
    print("unlabelled e-mail local parts:", mails.most_common(60))
    print("unlabelled IPv4:", ips.most_common(30))
    print("unlabelled digit runs (shapes):", digits.most_common(60))


def stats(docs: list[dict]) -> str:
    import collections

    by_type: collections.Counter[str] = collections.Counter()
    by_tl: collections.Counter[tuple[str, str]] = collections.Counter()
    by_lang: collections.Counter[str] = collections.Counter()
    by_loc: collections.Counter[str] = collections.Counter()
    for d in docs:
        by_loc[d["locale"]] += 1
        for e in d["entities"]:
            by_type[e["type"]] += 1
            by_tl[(e["type"], d["lang"])] += 1
            by_lang[d["lang"]] += 1
    lines = [
        f"documents {len(docs)}; locales {dict(sorted(by_loc.items()))}",
        f"values {sum(by_type.values())}: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()),
        "per language: " + ", ".join(f"{lang} {by_lang[lang]}" for lang in ("de", "fr", "it", "en")),
    ]
    for t, _ in by_type.most_common():
        lines.append(f"  {t}: " + " / ".join(str(by_tl[(t, lang)]) for lang in ("de", "fr", "it", "en")))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--genre", default=None)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--debug", action="store_true")
    args = ap.parse_args()
    docs, retried = build_all()
    recheck(docs)
    if args.show:
        sel = [d for d in docs if args.genre is None or d["id"].split("-")[1] == args.genre]
        for d in sel[args.offset : args.offset + args.show]:
            print(show(d))
            print()
        return
    if args.scan:
        scan(docs)
        return
    if args.stats or args.debug:
        print(stats(docs))
        print(f"documents drawn again: {retried}")
        if args.debug:
            print("\n".join(DEBUG))
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {args.out} ({retried} drawn again)")
    print(stats(docs))


if __name__ == "__main__":
    main()
