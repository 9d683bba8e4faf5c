"""Thirty-seventh blind evaluation set ("holdout37") for the anonymizer.

Blind set 37, written 2026-12-07 by a helper session that read only the module docstrings of generate_holdout34.py,
generate_holdout35.py and generate_holdout36.py (``ast.get_docstring``), the module docstring of evaluate.py
(``ast.get_docstring``) and the source of its function evaluate_synthetic (``ast.get_source_segment``; the helpers it
calls were not extracted), plus Faker (the venv's Faker 40.54.0: the list of person-provider locale modules; for about
45 candidate locales the name-list attributes with their types, sizes and first two entries; for 30 locales the number
and the first eight entries of those lists that fail a name-shape test - names with spaces, dots, apostrophes, odd
characters, internal capitals -, so that they could be filtered; the first ten to twelve entries of the de_CH, de_AT,
it_IT and fr_CH lists) and the standard library. It did not read the detectors (src/), the tests, the docs, README
files, pyproject.toml, the bodies of the other generators or of templates.py, or any data set text, and it ran no git
command besides ``git worktree add`` for its own worktree (/tmp/h37, branch holdout37; its output was redirected,
nothing was printed) and, at the end, adding and committing its three files and reading the new commit's hash with ``git
rev-parse``; it never ran ``git log``, ``git status``, ``git show`` or ``git diff``. Slips, none of them showing
detector code, test code or data set text: the first print of the four docstrings was cut by the tool's output limit, so
they (and evaluate_synthetic) were written to scratch files in /tmp and read from there with ``sed`` / ``cat`` in parts;
while waiting for the venv it listed the first fifty entries of the venv's site-packages and its bin directory (package
and script names only) and grepped the bin directory for ruff and faker. In evaluate.py only the module docstring (this
set's sentence) and the two places that list the holdout splits were edited (usage line, ``range(2, 37)`` -> ``range(2,
38)``), with Python ``str.replace`` on the exact strings, each checked to occur once; before the edit the three lines
holding those strings were printed (the end of the holdout36 sentence, the usage line, the argparse line that builds the
split choices), after it the counts of the new strings, ``ast.parse``, an ``awk`` for lines longer than 120 characters
(nothing printed) and the venv's ruff (check) were run on it, and ``evaluate.py --help`` was run once, piped into ``tail
-5``. The venv's ruff was run on this script (format, and check with the project's configuration, which it picks up
without printing it; ``--fix --unsafe-fixes`` only for RUF059 / B007 / FURB167 / RUF007 / ISC004 and ``--fix`` for I001,
which renamed unused loop and unpacked variables with a leading underscore; five unused assignments were removed by
hand, one kept as a bare random draw), a small helper in /tmp split the f-string lines that were too long, and the
output was checked to be byte-identical before and after; ruff was also run once on a scratch copy of the script in
/tmp, outside the repository. tarnkappe is never imported here; the set was never run through the anonymizer or
evaluate.py's evaluation while it was written. The written file was checked only by this script's own assertions
(``text[start:end] == text``, no surrounding white space, sorted and non-overlapping spans, no name split into two
PERSON spans separated by a single space, no digits in a PERSON span, every IBAN mod 97, every card Luhn and of card
length, every AHV number EAN-13 and starting with 756, e-mail shape, every IP a global address, every PHONE with six or
more digits, no marker left, and consistency: no labelled value of five or more characters and no word of three or more
letters of a labelled name - particles excepted - occurs unlabelled elsewhere in the same document, case-sensitively and
at word boundaries; a document failing any of these is drawn again from the seed ``"holdout37|<genre>|<i>|retry<k>"`` -
seven of the 1,300 needed that: a rescue helicopter "Christoph 1" next to a person called Christoph, the town Mayrhofen
next to the surname "von Mayrhofen", the pitch "rue Sainte-Catherine" next to a person called Catherine, a school named
"... Jean ..." next to a person called Jean, "Bourg-Saint-Maurice" next to a person called Maurice, "quai du Mont-Blanc"
next to a surname with "Blanc", and an Italian vet practice named after a surname that a person in the document also
bore, drawn again twice), by a re-check of every record before writing, by a check that the output is identical under
two PYTHONHASHSEED values (0 and 12345; same SHA-256) and by reading its own output (``--show``, about 60 documents
across all genres, variants and locales, among them all-lower-case ones) and a scan of unlabelled look-alikes:
unlabelled e-mail addresses are only role mailboxes (office@, info@, post@, service@, kontakt@, accueil@, contact@,
contatti@, secretariat@, segreteria@, ufficio@, admin@, enquiries@, hello@), unlabelled IPv4 addresses only LAN
addresses (192.168.x / 10.x of weather-station and paging gateways), unlabelled long digit runs only plain dates and
times, insurance, order, job, case, permit, station, request and customer numbers, vehicle identification numbers,
serial numbers and amounts. Fixes after reading: insurers of the wrong country on rescue reports, Italian "copertoa",
login times before the incident was opened, "devant le Rue du Temple 29" (now "devant l'immeuble ..."), French "au rue
..." in chats, unsorted dates in club finds logs, "Mein Freund" for a woman and "sie" for a man, busking slots "12–12",
Austrian mobiles grouped "979 74 6", Vienna-only streets in other Austrian towns, "E-Mail" as a label in English
documents, an export announced as holding a duplicate that held none, European cars in American chats, exam rooms named
in another language, school e-mail domains cut mid-word, a Vietnamese surname that lost its "Đ" ("ang"), a masked card
next to a fee of 0, a garden programme dated a year before its gardens open, Tmin above Tmax and snow in July in weather
sheets, coordinates outside the document's country, a doctor called "Richard Richard" (a first name equal to the surname
is now drawn again), a name change "like my mother's" where the mother kept the old name, too many same-sex spouses
sharing a surname, a Magistrat for small Austrian towns (Bezirkshauptmannschaft now), "Programm 2025" for 2026 dates,
and a crash on relatives of very young people (children are now born when the parent is 20 to 44).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout37.jsonl: 1,300 documents, 13 genres of 100 documents each, locales drawn
as an exact quota and shuffled with the seed ``"holdout37|locales"``: de_DE 250, de_CH 195, de_AT 140, fr_FR 130,
fr_CH 130, it_IT 100, it_CH 95, en_GB 135, en_US 125 (de 585, fr 260, it 195, en 260).
22,877 labelled values: PERSON 9,372, ADDRESS 4,075, PHONE 3,144, EMAIL 2,938, DOB 1,769, IP 1,193, IBAN 298, CARD 62,
AHV 26 (de 10,526, fr 4,512, it 3,415, en 4,424).  Per type and language (de / fr / it / en):
  PERSON 4,308 / 1,862 / 1,281 / 1,921; ADDRESS 1,863 / 732 / 652 / 828; PHONE 1,476 / 615 / 441 / 612;
  EMAIL 1,337 / 590 / 489 / 522; DOB 841 / 352 / 273 / 303; IP 529 / 266 / 208 / 190; IBAN 145 / 78 / 57 / 18;
  CARD 13 / 7 / 12 / 30; AHV 14 / 10 / 2 / 0.
Document k of the shuffled locale list goes to genre ``k % 13``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11.7; the output does not depend on PYTHONHASHSEED): ``random.Random`` is
seeded with the first 8 bytes of a SHA-256 of ``"holdout37|<genre>|<i>"``; Faker's own generator is never used -
names are drawn by that ``Random`` from the Faker person providers' lists (sorted; dicts by their keys; entries failing
the name-shape test left out, except "O'X", "McX" and "MacX" in the English and Irish lists; "Mcx" written "McX";
Turkish "İ" written "I").  Streets (generic street names of each region), towns with real postcodes, area codes,
Italian provinces, Swiss cantons and US states (mountain towns flagged for the rescue genre), phone numbers (area codes
matching the town where a landline belongs to an address, practice, office or firm; mobiles by national prefix),
e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid RIB key, Italian and San Marino ones
with a computed CIN, Belgian ones with their mod-97 pair; now and then a neighbouring country's IBAN - LI, AT, NL, LU,
DE, BE, SM; US documents have no IBANs but cards, masked cards, checks, Zelle or "checking account ending 1234"),
card numbers (Visa, Mastercard 51-55 and 2221-2720, Amex; Luhn), AHV numbers (756, EAN-13 check digit, dotted or
compact) and IP addresses (public IPv4 from common ISP ranges of the country, about 18 % IPv6) come from lists and code
written here.  Each record has ``id`` (``holdout37-<genre>-<NNN>``), ``locale``, ``lang``, ``text`` and ``entities``
(``type``, ``start``, ``end``, ``text``).  Every labelled value is wrapped in a marker (a private-use character per
type) when it is placed; the markers survive lower- and upper-casing, padding, CSV quoting, JSON / YAML / HTML cells,
OCR noise (applied outside the markers) and "> " prefixes and are resolved to offsets at the end (de_CH documents get
"ß" -> "ss" and en_US documents American spellings - outside the markers - before that).

Genres (text people paste into an AI assistant, at work or at home, each with a request in the document's language
before or after it - about 7 % in English for non-English documents and some in German for Swiss French / Italian
ones -, sometimes fenced in ```, triple quotes, --- or <<< >>>, or quoted with "> "; about 3.5 % of the documents
typed entirely in lower case and 1.5 % in upper case, a few starting in lower case, about 35 % of the chats typed in
lower case - names and streets too, IBANs, AHV numbers and cards kept), chosen to differ from every genre named in the
docstrings read (evaluate.py lists the genres of holdout3..holdout36).  Most of the brief's examples had been used
already (piano tuners and hearing aids 18, beekeeping, amateur radio and dog walking 16, bird surveys 28,
blood-pressure diaries 17, home swaps 15, snow clearing, wine clubs and escape rooms 20, organ donors 31, surveyors'
boundary meetings 29, podcasts 21, locksmiths 19, choirs 13), and the rest came too close (postcards: personal letters
8; glass recycling: bulky waste 15 / 36; rooming lists: coach tours 17 and hotel registration cards 11), so only the
school-bus lists were kept and the others were found here.  Near neighbours: volunteer fire brigades (19), mountain
huts (19) and roadside assistance (22) for mountain rescue; traffic fines (10), fare penalties (17) and roadside
assistance (22) for towing; museum loans (21) and lost property (10) for metal detecting; building and parking permits
(12) and street parties (35) for busking; school-run car pools (17) and school trips (13) for school buses; civil
status certificates (5), naturalisation (15) and passport applications (27) for name changes; parent-teacher
conferences (23) and academic transcripts (13) for exam access arrangements; funeral homes (23), veterinary records (5)
and stonemasons (35) for pet cremation; allotment gardens (13) for open gardens; photo club competitions (28) and
conference submissions (31) for writing prizes; bird surveys (28) and observatories (25) for weather observers; organ
donors (31), wills (7) and funeral homes (23) for body donation; tenancy (3), flat-share ads (6) and flat handovers (23)
for subletting - the genres here are none of those:
 1. mountainrescue - mountain rescue call-outs (Bergwacht, Bergrettung, Alpine Rettung Schweiz, secours en montagne /
    PGHM, Soccorso Alpino / CNSAS, mountain rescue team, search and rescue): incident reports on the station's
    letterhead (casualty with date of birth, home address and phone, the informant with mobile, next of kin with
    relation and mobile, team leader and team as "F. Last" or full names, peaks and routes, coordinates, altitudes,
    helicopter call signs - "Christoph 1", "Rega 10", "Dragon 74" -, insurers and insurance numbers unlabelled; prose
    with title and surname, first names and bare surnames; sometimes OCR noise), call-out logs with a team chat (the
    informant's call-back number, a lift from a member's street), a casualty's or spouse's reply to the rescue invoice
    (the rescue's IBAN, the finder with mobile, a new address, the clerk's work e-mail), paging-app exports as JSON
    (responders' mobiles and e-mails, the casualty's ISO or document-shape date of birth) with login log lines
    (e-mails and public IPs labelled, the gateway's LAN IP not);
 2. impound - towing and impound-lot releases (Abschleppdienst, Verwahrplatz, fourrière, rimozione forzata, vehicle
    release, tow-away): release forms on the tow firm's letterhead (the firm named after a surname - unlabelled -, its
    street or a PO box, phone and IBAN; job numbers, the street and house number it was towed from, the reason, the
    authority and badge number, car, colour, plate and VIN unlabelled; the keeper with date of birth, address and
    phone; a collector with letter of authority, ID number unlabelled, and mobile; fee tables; masked cards; sometimes
    OCR noise), lot lists (towed-from streets, keepers, phones, statuses) with a staff chat (a keeper's call-back
    number, a company director by name), an owner's appeal to the authority quoting the removal notice (the officer's
    work e-mail and direct line, a neighbour as witness with mobile, a refund IBAN, date of birth), online release
    requests as JSON lines or an array (full or masked cards, a duplicate request, public IPs);
 3. metaldetect - metal-detecting finds reports and club logs (Fundmeldung, Nachforschungsgenehmigung,
    Kantonsarchäologie, déclaration de découverte, segnalazione di rinvenimento, Portable Antiquities Scheme, relic
    hunters' club): finds records (finder with date of birth, address, mobile, e-mail, permit numbers, parcels -
    Flurstück, Gst. Nr., parcelle, foglio / particella, NGR grid references -, depths, finds and weights unlabelled, the
    landowner with farm address and landline; sometimes OCR noise), club finds logs with a club chat (the landowner by
    title and surname with mobile, a meeting point's street, a member's e-mail), a finder's reply to the finds liaison
    officer's request (the officer's work e-mail and direct line, the landowner's address, a friend as witness with
    mobile, coordinates unlabelled), finds-database exports as JSON or YAML (finders' dates of birth, e-mails and
    one-line postal addresses, the recorder's work e-mail, public IPs, database versions unlabelled);
 4. busking - street-music and street-performer permits (Straßenmusik, Gewerbepolizei, musique de rue, artisti di
    strada, busking licence, street performer permit): applications to the city office (applicant with date of birth,
    address, mobile, e-mail, band names unlabelled, instruments, dates, pitches - squares and streets without house
    numbers - unlabelled, other performers with dates of birth, a deposit refund IBAN or a masked card), pitch
    allocation lists with a buskers' chat (possessives "Gustavs Verstärker" / "Anna's amp" with the ending outside the
    span, a new number), a busker's reply to a complaint letter (the complaining shopkeeper by title and surname with
    the shop's street, the officer's work e-mail and direct line, a colleague by name), booking exports as CSV,
    semicolon, tab or JSON (dates of birth, e-mails, mobiles, IBANs, full or masked cards, public IPs);
 5. schoolbus - school transport applications and bus route lists (Schülerbeförderung, Schülerfreifahrt,
    Schülertransporte, transport scolaire, trasporto scolastico, home to school transport, school bus rider
    registration): applications (pupil with date of birth and Swiss AHV number, school, class or year group, stop,
    distance, parents, landline, emergency mobile, e-mail, a grandparent's address for afternoon drop-off, a SEPA IBAN
    for the family's share; sometimes OCR noise), route lists (times, stops, children by first name, "First L." or full
    name, parents' mobiles) with a drivers' chat (a parent by title and surname with a new number, a grandmother's
    street), a parent's reply to a stop-change notice (child's date of birth, a move, the coordinator's work e-mail and
    direct line), online registration exports as JSON or YAML (separate first- and surname fields, ISO or document-shape
    dates of birth, guardians, public IPs);
 6. namechange - name changes (Namensänderung, Zivilstandsamt, changement de nom, cambiamento del cognome, deed poll,
    petition for change of name): applications (current and proposed name - both PERSON spans -, date and place of
    birth, Swiss AHV number, address, mobile, e-mail, reason, children with dates of birth and the other parent's
    consent with address; fees), British change-of-name deeds (old and new name in capitals and in running text, the
    witness with address and mobile), registry case lists ("Last, First" old and new names, dates of birth) with a
    clerks' chat, an applicant's reply to a request for documents (the mother with the new surname, the officer's work
    e-mail), notices of change of name to a bank (old and new name, date of birth, the bank's PO box, customer numbers
    unlabelled, IBAN or a US account ending);
 7. examaccess - exam access arrangements and accommodations (Nachteilsausgleich, aménagements d'examen / tiers-temps,
    misure compensative e dispensative / DSA, access arrangements, 504 accommodations): requests (separate surname -
    sometimes in capitals - and first-name fields, date of birth, student numbers unlabelled, address, mobile, e-mail,
    condition and requested arrangements unlabelled, the doctor by title with practice address and phone, a parent
    with mobile for minors), exam-office room lists ("Last, First", candidate numbers, rooms, invigilators as "F. Last")
    with a staff chat (a doctor by title and surname, a mother's mobile), a parent's reply to a partial decision (the
    psychologist with practice address and phone, the coordinator's work e-mail and direct line), student-portal exports
    (school or private e-mails, nested last-login objects with public IPs);
 8. petcremation - pet cremation (Tierkrematorium, Tierbestattung, crémation animalière, cremazione animali, pet
    crematorium): orders on the crematorium's letterhead (owner, address, phone, e-mail, the pet's name - Balu, Minou,
    Briciola, Buddy ... - species and weight, date of death, the vet practice - named after a surname, unlabelled - with
    street and phone, urn and price, the firm's IBAN or a masked card; sometimes OCR noise), collection rounds (owners,
    practices, streets, phones) with a drivers' chat ("bei Herrn X macht keiner auf", the daughter with mobile), an
    owner's reply to the ash-return notice (a relative collecting with mobile, the staff member's work e-mail), web
    orders as JSON (nested address and pet objects, full or masked cards, public IPs);
 9. opengarden - open-garden schemes (Offene Gartenpforte, Offene Gärten, Rendez-vous aux jardins, Giardini aperti,
    National Garden Scheme, Garden Conservancy-style open days): entry forms (owners, the garden's address, landline,
    mobile, e-mail, size, description, opening dates, teas, parking places without house numbers unlabelled, a donation
    IBAN), programmes ("Garten Anna Muster", "Familie Muster", "The Muster family" - the surname labelled - with
    addresses) with an organisers' chat (plural surnames "Ineichens" with the ending outside the span, a landline),
    an owner's reply to the organiser (a neighbour doing the teas with street and mobile, the organiser's e-mail),
    timed-entry booking exports as CSV, TSV, Markdown or JSON (visitors, e-mails, phones, public IPs);
10. writingprize - short-story competitions (Literaturpreis, concours de nouvelles, premio letterario, short story
    prize): entry forms (author, a pen name as its own PERSON span, date of birth and age category, address - "c/o"
    a parent for young writers -, mobile, e-mail, titles and word counts unlabelled, fee with a masked card, Swiss AHV
    number and IBAN for prize money, a parent's consent with mobile), anonymised jury score sheets (entry codes, titles,
    jurors as "F. Last" column headers) with a jury chat (the winner's name, age and town, the phone from the form), an
    author's reply to the shortlist mail (a companion, address block, IBAN or Zelle, the library's address, the
    administrator's work e-mail and direct line), submission-portal exports (dates of birth, categories, full cards or
    booleans, public IPs, file names unlabelled);
11. weatherobs - volunteer weather and precipitation observers (DWD-Niederschlagsmessnetz, GeoSphere Austria,
    MeteoSchweiz, Météo-France bénévoles, rete meteo volontari, Met Office climatological observers, NWS Cooperative
    Observer Program): observer registrations (station IDs, observer with date of birth and Swiss AHV number, the site
    address, coordinates, elevation, landline or mobile, e-mail, gauge and serial number unlabelled, a deputy with
    mobile, an IBAN for the allowance; sometimes OCR noise), monthly return sheets (dates, precipitation and
    temperatures unlabelled) with a chat (a neighbour reading the gauge with mobile), an observer's reply to a
    reminder (a son or daughter taking over with address and e-mail, the observer's date of birth, the coordinator's
    work e-mail), upload exports as JSON lines or arrays with log lines (e-mails, public upload IPs labelled, gateway
    LAN IPs and firmware versions not);
12. bodydonation - body donation to anatomy (Körperspende, don du corps, donazione del corpo, bequeathal, anatomical
    gift): declarations (donor, a maiden name after "geb." / "née" / "nata" as its own PERSON span, date and place of
    birth, Swiss AHV number, address, landline, next of kin with relation, mobile and address, the GP by title with
    practice address and phone, two witnesses, a German or Austrian contribution by direct debit IBAN; sometimes OCR
    noise), donor registers ("Last, First", dates of birth and registration dates, next-of-kin phones) with a staff chat
    (a death reported by a funeral director, a transfer from a street, the daughter with a new number), a son's or
    daughter's reply to the institute's confirmation (the deceased's name and date of birth labelled, the date of
    death not, the funeral home unlabelled with its address labelled, a sibling with e-mail), web enquiry exports as
    JSON or YAML (street and "postcode town" fields, landlines matching the town, null e-mails, public IPs);
13. sublet - subletting consent (Untervermietung, Untermiete, sous-location, sublocazione, subletting, sublease):
    tenants' requests to the property manager (sender's address block, mobile and e-mail, the manager firm - sometimes
    named after a surname, unlabelled - with address block, the subtenant's name, date of birth, occupation, current
    address - sometimes "c/o" a host -, and phone in a nested form, rent unlabelled), property managers' request lists
    (units as street and number, "Last, First" tenants and subtenants, dates of birth) with a staff chat, a tenant's
    reply to the agent (subtenant's details, an IBAN or Zelle, the agent's work e-mail and direct line), sublet
    agreements (both parties with addresses, the subtenant's date of birth, IBAN, deposit, mobile and e-mail).
Values appear in "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value", two-column
Markdown tables, upper-case labels, bullets, bracketed labels), address blocks and one-line addresses with ", ",
" - ", " · ", "; " or " / ", letterheads (block, with a PO box, one line with " · ", mixed), signatures (block, "-- "
separator, one line with "|"), Markdown tables (padded or not), fixed-width tables, comma-, semicolon-, tab- and
pipe-separated tables, HTML tables, JSON (one record per line, arrays, wrapped in an object, nested objects), YAML, log
lines, mail headers (display names, "Last, First" in quotes, upper-case display names, bare addresses) and quoted
replies ("Am ... schrieb", "Le ... a écrit", "Il giorno ... ha scritto", "On ... wrote", Outlook original-message
blocks, quoted with "> " or not), letters, deeds and contracts, chats in eight layouts (WhatsApp iOS / Android,
Telegram export, Teams-like, IRC-like, "name (12:04):", Discord-like, plain; US chats with AM / PM; senders as full
names, first names, "First L." or nicknames), OCR noise, in each country's conventions (German "str.", "12a", "12 a",
"3-5", "(Hinterhaus)", ", 3. OG", ", EG links", "D-", "Postfach 12 34 56"; Austrian "/3", "/2/7", "/Top", "/Stiege/Tür",
"A-", "Jänner", "Jän."; Swiss "strasse", "CH-", no "ß", "Rue du Temple 29", lower-case "chemin ..." and "via ...",
"Postfach", "Case postale", "Casella postale"; French "bis" / "ter", "12, rue", "Bât. A, Appt 19", upper-case towns,
"BP ... CEDEX"; Italian "Via" / "via", "n.", "/B", "int.", "scala", provinces with and without parentheses, "I-";
British flats, Scottish "Flat 2/1", "Town POSTCODE" (also upper case), "PO Box"; US "Apt", "#", "Unit", directions,
ZIP+4, "P.O. Box").  Phone numbers national and international with "(0)", "00", slashes, dots, hyphens, parentheses,
compact E.164, grouped in pairs and DIN-style "0761 6598-85" (the extension inside the span).  Dates of birth in 33
shapes (German 11, Austrian and Swiss German variants, French 8, Swiss French 7, Italian 8, Ticinese 5, British 8, US
9; a document keeps one shape for about four fifths of its dates of birth, tables keep one shape, exports use ISO or
that shape): "12.03.1984", "2.3.1984", "12.03.84", "2.3.84", ISO, "2. März 1984", "02. März 1984", "2.März 1984",
"2. Sept. 1984", "12.III.1984", "12. 03. 1984", "2 März 1984", "12/03/1984" (Austrian "Jänner", "Jän."), French
"12 mars 1984" (also "1er"), "12 MARS 1984", "12 févr. 1984", "12/03/84", "12-03-1984", "12 03 1984", Italian
"12 marzo 1984" (also "1°"), "12 MARZO 1984", "12 mar 1984", "2/3/1984", British "12 March 1984", "12th March 1984",
"12th of March 1984", "12 Mar 1984", "12 MAR 1984", "12-MAR-1984", US "03/12/1984", "3/12/1984", "3/12/84",
"March 12, 1984", "Mar 12, 1984", "Mar. 12, 1984", "March 12th, 1984", "03-12-1984"; after a label or cue word
(Geburtsdatum, Geb.-Datum, geboren am, geb., né / née le, Né(e) le, date de naissance, nato / nata il, data di
nascita, date of birth, DOB, D.O.B., born) or without one (table columns, JSON / YAML fields).  Plain dates (incidents,
tows, finds, permits, slots, decisions, deaths, registrations, opening days, mail and chat time stamps) use the
document's shape and are not labelled.
Names drawn from the Faker person lists of the region (de_DE; de_AT with a quarter of de_DE's first names; de_CH with
lists of Swiss German surnames and first names written here; fr_FR; fr_CH with fr_FR's first names and a list of
Romand surnames; it_IT - for Ticino, Faker having no it_CH, with a list of Ticinese surnames -; en_GB; en_US with
middle initials; children from lists of current first names per language and for Switzerland, Britain and the US
written here), community names from the Faker lists of tr_TR, pl_PL (feminine -ska / -cka / -dzka derived), hr_HR,
ro_RO, hu_HU, cs_CZ / sk_SK (feminine surnames derived), sl_SI, pt_PT and pt_BR (two surnames with a space), es_ES and
es_MX (double surnames with a space), en_IN, en_IE, yo_NG, ig_NG, tw_GH, fr_DZ, vi_VN (diacritics removed), ja_JP and
zh_CN (romanised lists), it_IT, de_DE and fr_FR (as communities abroad), and lists written here (Albanian / Kosovar,
Serbian / Bosnian, Sri Lankan Tamil, Eritrean, Arabic / Syrian / Afghan, Ukrainian, Greek with gendered surnames,
Korean with hyphenated first names, Filipino with "Dela Cruz", Russian-German / Mennonite, Chinese first names); about
55 % region, 23 % community, 22 % special: a surname that is an ordinary word (Sommer, Vogel, Fuchs, Freitag, Sperling,
Nebel, Petit, Renard, Poisson, Printemps, Gallo, Volpe, Neve, Porta, Frost, Swan, Rivers, Little, Rainbow ...;
sometimes the first name too: Ernst, Wolf, Rosa, Linde, Aimé, Désiré, Blanche, Felice, Primo, Speranza, Will, Hope,
June, Summer, Hunter), a surname with a particle (von Bülow, zu Putlitz, vom Brocke, ter Meer, Edler von Hartlieb,
von Allmen, von Rotz, auf der Maur, de Reynier, de Torrenté, du Roure, Le Guen, d'Aumale, Della Rovere, Dal Lago,
Lo Russo, Dell'Olio, O'Hara, MacKinnon, ap Rhys, St. Aubyn, Van Buren, DuPont, De La Garza, VanderMeer), an invented
syllable-built surname ("Grubhammer", "Steinstätter", "Greillat", "Scaruzzi", "Cauldbury") sometimes with a rare
first name (Kunigunde, Walburga, Wendelin, Pankraz, Philomène, Clovis, Gelsomina, Ermenegildo, Araminta, Peregrine),
or a double surname (hyphenated; Italian and English also with a space); about 8 % of the non-community names carry a
double first name (Hans-Peter, Anna-Lena, Jean-Marc, Marie-Laure, Maria Grazia, Gian Marco, Mary-Kate).  Relatives
share the name source and, gendered, the family name (partners mostly of the other sex, at most eight years apart);
children are born when the parent is 20 to 44.  Written as "First Last", "First M. Last", "Last, First",
"LAST, First", "LAST First", "Last First", "F. Last" (also "H.-P. Last"), "First L.", "FIRST LAST", separate surname
(sometimes in capitals) and first-name fields, first names, nicknames (Steffi, Basti, Sepp, Köbi, Vreni, Fanfan, Véro,
Beppe, Mimmo, Totò, Bob, Becky, Alfie ...) or surnames alone (chats, salutations, "Herr" / "Herrn" / "Frau" / "M." /
"Mme" / "Monsieur" / "Madame" / "Sig." / "Sig.ra" / "signor" / "signora" / "Mr" / "Mrs" / "Ms" + surname, "Dr" /
"Dr." / "Dott." + name), "Familie X" / "The X family", possessives and plurals ("Gustavs", "Anna's", "Ineichens")
with the ending outside the span, in lower or upper case where the document or chat is typed so.
Unlabelled distractors: incident, job, order, request, case, permit, licence, booking, ticket, entry, station,
student, candidate, donor, enquiry, customer and insurance numbers, badge numbers, vehicle plates and VINs, gauge
serial numbers, parcels and grid references, coordinates and altitudes, helicopter call signs, measurements,
precipitation and temperatures, word counts, fees, prices and rents, masked cards ("**** **** **** 1234",
"•••• 1234", "XXXX-XXXX-XXXX-1234", "554500******1234", "**** 1234"), US account endings, LAN IPs, app, database and
firmware versions, plain dates and times, dates of death, towns alone (places of birth, "Ort, Datum", "Fait à ...",
winners' towns), squares, pitches, stops, peaks, routes and parking places without house numbers, role mailboxes,
pets (Balu, Minou, Briciola, Buddy, Bella, Felix ...), bands, story titles, cars, and authorities, schools,
universities, institutes, rescue stations, tow firms, crematoria, vet practices, funeral homes, banks, property
managers, garden schemes, prizes and networks - also when named after a person or a place.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP, as in holdout34-36):
* PERSON: the name of a natural person as written, in any order, with initials, particles, double first names and
  double surnames inside the span; titles and salutations (Herr, Herrn, Frau, Dr., Dott., Dott.ssa, M., Mme,
  Monsieur, Madame, Sig., Sig.ra, signor, signora, Mr, Mrs, Ms, "c/o") outside; a first name, a nickname or a surname
  alone used for a person is a PERSON, and so is a former and a proposed name, a pen name, a maiden name after "geb." /
  "née" / "nata" (its own span), the family name in "Familie X" and a deceased person's name; firms, practices,
  stations, pets, bands and products are not labelled, also when named after a person.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes are not labelled.
* PHONE: every phone number of a person or of a firm, practice, office, station or authority (letterheads,
  signatures, direct lines, numbers in chats, tables and exports).
* ADDRESS: "street, postcode town" on one line is two spans (street with house number and flat / floor / "Appt" /
  "Bât." / "/Top" / "Apt" / "Unit" additions; postcode + town with "D-" / "CH-" / "A-" / "I-" prefixes, Italian
  provinces, "CEDEX", "Town POSTCODE" and "Town, ST ZIP" inside the span), as is a two-line block; a PO box line is an
  ADDRESS span; a street with its number alone is ADDRESS (also where a car was towed from, a meeting point or a
  unit in a list) and so is a "postcode town" field; business addresses are labelled; towns alone and streets,
  squares, stops and parking places without a house number are not.
* DOB: a full date of birth (day, month, year) of an adult, a child or a deceased person, cue words outside; dates of
  death, ages and other dates are not.
* IBAN: every IBAN, compact or grouped (also a firm's, an institute's or an organiser's), also in lower case.  CARD:
  full Luhn-valid card numbers; masked numbers are not.  AHV: Swiss social security numbers (756, dotted or compact).
  IP: the public IPv4 / IPv6 address of a person's device or connection (logins, submissions, bookings, uploads,
  requests); LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout37.py [--out PATH] [--show N [--genre NAME] [--offset K]]
[--stats] [--debug]
(--show and --stats print and write nothing; --debug prints the documents drawn again.)
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import importlib
import ipaddress
import itertools
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = "holdout37"
OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout37.jsonl"

# --------------------------------------------------------------------------------------------------------------------
# markers: every labelled value is wrapped when it is placed and resolved to offsets at the very end
# --------------------------------------------------------------------------------------------------------------------
TYPES = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "IBAN", "DOB", "IP", "AHV", "CARD")
OPEN = {t: chr(0xE000 + k) for k, t in enumerate(TYPES)}
CLOSE = "\ue0ff"
OPEN_REV = {v: k for k, v in OPEN.items()}
MARKS = frozenset(OPEN.values()) | {CLOSE}
KEEP_CASE = ("IBAN", "CARD", "AHV")


def E(t: str, v: str) -> str:
    v = str(v)
    assert v and v == v.strip() and not (set(v) & MARKS), (t, v)
    return OPEN[t] + v + CLOSE


def plain(s: str) -> str:
    return "".join(c for c in s if c not in MARKS)


def vlen(s: str) -> int:
    return len(plain(s))


def pad(s: str, w: int) -> str:
    return s + " " * max(0, w - vlen(s))


def rpad(s: str, w: int) -> str:
    return " " * max(0, w - vlen(s)) + s


def segments(s: str):
    """Yield (type or None, text) pieces of a marked string."""
    cur, buf = None, []
    for c in s:
        if c in OPEN_REV:
            if buf:
                yield None, "".join(buf)
            cur, buf = OPEN_REV[c], []
        elif c == CLOSE:
            yield cur, "".join(buf)
            cur, buf = None, []
        else:
            buf.append(c)
    if buf:
        yield cur, "".join(buf)


def recase(s: str, mode: str) -> str:
    """lower / upper a marked string; IBAN, CARD and AHV values keep their case."""
    out = []
    for t, txt in segments(s):
        if t in KEEP_CASE:
            new = txt
        else:
            new = txt.replace("İ", "I")
            new = new.lower() if mode == "lower" else new.upper()
        out.append(new if t is None else OPEN[t] + new + CLOSE)
    return "".join(out)


def resolve(s: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents = []
    cur, start, n = None, 0, 0
    for c in s:
        if c in OPEN_REV:
            assert cur is None, "nested marker"
            cur, start = OPEN_REV[c], n
        elif c == CLOSE:
            assert cur is not None, "stray close"
            ents.append((cur, start, n))
            cur = None
        else:
            out.append(c)
            n += 1
    assert cur is None
    text = "".join(out)
    return text, [{"type": t, "start": a, "end": b, "text": text[a:b]} for t, a, b in ents]


def seeded(*parts) -> random.Random:
    h = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def wpick(r: random.Random, pairs):
    items = [a for a, _ in pairs]
    weights = [w for _, w in pairs]
    return r.choices(items, weights=weights, k=1)[0]


# --------------------------------------------------------------------------------------------------------------------
# locales, towns, streets
# --------------------------------------------------------------------------------------------------------------------
LOCALES = {
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "AT", "AT"),
    "de_CH": ("de", "CH", "CHde"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_CH": ("fr", "CH", "CHfr"),
    "it_IT": ("it", "IT", "IT"),
    "it_CH": ("it", "CH", "CHit"),
    "en_GB": ("en", "GB", "GB"),
    "en_US": ("en", "US", "US"),
}
QUOTA = {
    "de_DE": 250,
    "de_CH": 195,
    "de_AT": 140,
    "fr_FR": 130,
    "fr_CH": 130,
    "it_IT": 100,
    "it_CH": 95,
    "en_GB": 135,
    "en_US": 125,
}

# (town, postcodes, area code, province / state / canton, mountain?)
TOWNS = {
    "DE": [
        ("Berlin", "10115 10178 10245 10437 12043 13347", "030", "", 0),
        ("Hamburg", "20095 20249 22085 22765", "040", "", 0),
        ("München", "80331 80469 80796 81541 81667", "089", "", 0),
        ("Köln", "50667 50733 50823 51105", "0221", "", 0),
        ("Frankfurt am Main", "60311 60316 60487 60594", "069", "", 0),
        ("Stuttgart", "70173 70178 70190", "0711", "", 0),
        ("Düsseldorf", "40210 40213 40477", "0211", "", 0),
        ("Leipzig", "04103 04109 04275", "0341", "", 0),
        ("Dresden", "01067 01097 01309", "0351", "", 0),
        ("Hannover", "30159 30161 30173", "0511", "", 0),
        ("Nürnberg", "90402 90419 90461", "0911", "", 0),
        ("Bremen", "28195 28203 28209", "0421", "", 0),
        ("Freiburg im Breisgau", "79098 79102 79106", "0761", "", 1),
        ("Münster", "48143 48147 48151", "0251", "", 0),
        ("Regensburg", "93047 93049", "0941", "", 0),
        ("Kassel", "34117 34119", "0561", "", 0),
        ("Göttingen", "37073 37075", "0551", "", 0),
        ("Augsburg", "86150 86152 86159", "0821", "", 0),
        ("Erfurt", "99084 99089", "0361", "", 0),
        ("Rostock", "18055 18057", "0381", "", 0),
        ("Bamberg", "96047 96049", "0951", "", 0),
        ("Kiel", "24103 24105", "0431", "", 0),
        ("Mainz", "55116 55118", "06131", "", 0),
        ("Heidelberg", "69117 69120", "06221", "", 0),
        ("Bonn", "53111 53113", "0228", "", 0),
        ("Potsdam", "14467 14469", "0331", "", 0),
        ("Garmisch-Partenkirchen", "82467", "08821", "", 1),
        ("Berchtesgaden", "83471", "08652", "", 1),
        ("Oberstdorf", "87561", "08322", "", 1),
        ("Sonthofen", "87527", "08321", "", 1),
        ("Mittenwald", "82481", "08823", "", 1),
        ("Bad Reichenhall", "83435", "08651", "", 1),
    ],
    "AT": [
        (
            "Wien",
            "1010 1020 1030 1040 1050 1060 1070 1080 1090 1100 1120 1140 1150 1160 1170 1180 1190 1200 1210 1220 1230",
            "01",
            "",
            0,
        ),
        ("Graz", "8010 8020 8042", "0316", "", 0),
        ("Linz", "4020 4030 4040", "0732", "", 0),
        ("Salzburg", "5020 5026", "0662", "", 1),
        ("Innsbruck", "6020", "0512", "", 1),
        ("Klagenfurt am Wörthersee", "9020", "0463", "", 0),
        ("Villach", "9500", "04242", "", 1),
        ("St. Pölten", "3100", "02742", "", 0),
        ("Wels", "4600", "07242", "", 0),
        ("Dornbirn", "6850", "05572", "", 1),
        ("Bregenz", "6900", "05574", "", 0),
        ("Leoben", "8700", "03842", "", 1),
        ("Krems an der Donau", "3500", "02732", "", 0),
        ("Steyr", "4400", "07252", "", 0),
        ("Wiener Neustadt", "2700", "02622", "", 0),
        ("Kitzbühel", "6370", "05356", "", 1),
        ("Schladming", "8970", "03687", "", 1),
        ("Zell am See", "5700", "06542", "", 1),
        ("Lienz", "9900", "04852", "", 1),
        ("St. Anton am Arlberg", "6580", "05446", "", 1),
        ("Mayrhofen", "6290", "05285", "", 1),
        ("Sölden", "6450", "05254", "", 1),
    ],
    "CHde": [
        ("Zürich", "8001 8003 8004 8006 8032 8037 8050", "044", "ZH", 0),
        ("Bern", "3005 3007 3011 3012 3013 3014", "031", "BE", 0),
        ("Basel", "4051 4052 4055 4056 4057", "061", "BS", 0),
        ("Luzern", "6003 6004 6005", "041", "LU", 1),
        ("St. Gallen", "9000 9008", "071", "SG", 0),
        ("Winterthur", "8400 8404 8406", "052", "ZH", 0),
        ("Chur", "7000", "081", "GR", 1),
        ("Thun", "3600", "033", "BE", 1),
        ("Zug", "6300", "041", "ZG", 0),
        ("Aarau", "5000", "062", "AG", 0),
        ("Solothurn", "4500", "032", "SO", 0),
        ("Schaffhausen", "8200", "052", "SH", 0),
        ("Olten", "4600", "062", "SO", 0),
        ("Frauenfeld", "8500", "052", "TG", 0),
        ("Baden", "5400", "056", "AG", 0),
        ("Rapperswil", "8640", "055", "SG", 0),
        ("Davos Platz", "7270", "081", "GR", 1),
        ("Interlaken", "3800", "033", "BE", 1),
        ("Grindelwald", "3818", "033", "BE", 1),
        ("Engelberg", "6390", "041", "OW", 1),
        ("Brig", "3900", "027", "VS", 1),
        ("Zermatt", "3920", "027", "VS", 1),
        ("Glarus", "8750", "055", "GL", 1),
        ("Altdorf", "6460", "041", "UR", 1),
        ("Schwyz", "6430", "041", "SZ", 1),
        ("Herisau", "9100", "071", "AR", 0),
    ],
    "CHfr": [
        ("Genève", "1201 1202 1203 1204 1205 1206 1207 1208", "022", "GE", 0),
        ("Lausanne", "1003 1004 1005 1006 1007 1010 1018", "021", "VD", 0),
        ("Fribourg", "1700", "026", "FR", 0),
        ("Neuchâtel", "2000", "032", "NE", 0),
        ("Sion", "1950", "027", "VS", 1),
        ("Yverdon-les-Bains", "1400", "024", "VD", 0),
        ("Montreux", "1820", "021", "VD", 0),
        ("Vevey", "1800", "021", "VD", 0),
        ("Nyon", "1260", "022", "VD", 0),
        ("La Chaux-de-Fonds", "2300", "032", "NE", 0),
        ("Delémont", "2800", "032", "JU", 0),
        ("Martigny", "1920", "027", "VS", 1),
        ("Bulle", "1630", "026", "FR", 1),
        ("Morges", "1110", "021", "VD", 0),
        ("Monthey", "1870", "024", "VS", 1),
        ("Carouge", "1227", "022", "GE", 0),
        ("Renens", "1020", "021", "VD", 0),
        ("Verbier", "1936", "027", "VS", 1),
        ("Sierre", "3960", "027", "VS", 1),
        ("Château-d'Oex", "1660", "026", "VD", 1),
        ("Les Diablerets", "1865", "024", "VD", 1),
    ],
    "CHit": [
        ("Lugano", "6900 6903", "091", "TI", 0),
        ("Bellinzona", "6500", "091", "TI", 1),
        ("Locarno", "6600", "091", "TI", 1),
        ("Mendrisio", "6850", "091", "TI", 0),
        ("Chiasso", "6830", "091", "TI", 0),
        ("Biasca", "6710", "091", "TI", 1),
        ("Ascona", "6612", "091", "TI", 0),
        ("Minusio", "6648", "091", "TI", 0),
        ("Giubiasco", "6512", "091", "TI", 0),
        ("Airolo", "6780", "091", "TI", 1),
        ("Faido", "6760", "091", "TI", 1),
        ("Stabio", "6855", "091", "TI", 0),
        ("Tesserete", "6950", "091", "TI", 0),
        ("Agno", "6982", "091", "TI", 0),
        ("Losone", "6616", "091", "TI", 1),
        ("Poschiavo", "7742", "081", "GR", 1),
        ("Roveredo", "6535", "091", "GR", 1),
    ],
    "FR": [
        ("Paris", "75003 75005 75011 75012 75014 75015 75017 75018 75019 75020", "01", "", 0),
        ("Lyon", "69001 69003 69006 69007 69008", "04", "", 0),
        ("Marseille", "13001 13005 13006 13008 13013", "04", "", 0),
        ("Toulouse", "31000 31200 31300 31400 31500", "05", "", 0),
        ("Nantes", "44000 44100 44200 44300", "02", "", 0),
        ("Bordeaux", "33000 33100 33200 33300 33800", "05", "", 0),
        ("Lille", "59000 59800", "03", "", 0),
        ("Strasbourg", "67000 67100 67200", "03", "", 0),
        ("Rennes", "35000 35200 35700", "02", "", 0),
        ("Grenoble", "38000 38100", "04", "", 1),
        ("Montpellier", "34000 34070 34090", "04", "", 0),
        ("Nice", "06000 06100 06200 06300", "04", "", 0),
        ("Dijon", "21000", "03", "", 0),
        ("Annecy", "74000", "04", "", 1),
        ("Chamonix-Mont-Blanc", "74400", "04", "", 1),
        ("Clermont-Ferrand", "63000 63100", "04", "", 1),
        ("Tours", "37000 37100", "02", "", 0),
        ("Rouen", "76000 76100", "02", "", 0),
        ("Reims", "51100", "03", "", 0),
        ("Metz", "57000 57050", "03", "", 0),
        ("Brest", "29200", "02", "", 0),
        ("Pau", "64000", "05", "", 1),
        ("Limoges", "87000 87100", "05", "", 0),
        ("Besançon", "25000", "03", "", 0),
        ("Perpignan", "66000 66100", "04", "", 0),
        ("La Rochelle", "17000", "05", "", 0),
        ("Avignon", "84000", "04", "", 0),
        ("Colmar", "68000", "03", "", 0),
        ("Poitiers", "86000", "05", "", 0),
        ("Briançon", "05100", "04", "", 1),
        ("Bourg-Saint-Maurice", "73700", "04", "", 1),
        ("Gap", "05000", "04", "", 1),
    ],
    "IT": [
        ("Milano", "20121 20122 20123 20135 20144 20154", "02", "MI", 0),
        ("Roma", "00136 00153 00185 00192 00197", "06", "RM", 0),
        ("Torino", "10121 10128 10138 10143", "011", "TO", 0),
        ("Napoli", "80121 80134 80138", "081", "NA", 0),
        ("Bologna", "40121 40126 40133", "051", "BO", 0),
        ("Firenze", "50122 50129 50136", "055", "FI", 0),
        ("Genova", "16121 16128 16145", "010", "GE", 0),
        ("Verona", "37121 37122 37138", "045", "VR", 0),
        ("Padova", "35121 35122 35139", "049", "PD", 0),
        ("Bergamo", "24121 24122 24128", "035", "BG", 1),
        ("Brescia", "25121 25122 25128", "030", "BS", 0),
        ("Trento", "38121 38122", "0461", "TN", 1),
        ("Bolzano", "39100", "0471", "BZ", 1),
        ("Como", "22100", "031", "CO", 0),
        ("Varese", "21100", "0332", "VA", 0),
        ("Parma", "43121 43123", "0521", "PR", 0),
        ("Modena", "41121 41124", "059", "MO", 0),
        ("Bari", "70121 70122 70126", "080", "BA", 0),
        ("Palermo", "90133 90139 90141", "091", "PA", 0),
        ("Catania", "95124 95129", "095", "CT", 0),
        ("Venezia", "30121 30124 30171", "041", "VE", 0),
        ("Trieste", "34121 34133", "040", "TS", 0),
        ("Perugia", "06121 06122", "075", "PG", 0),
        ("Lecco", "23900", "0341", "LC", 1),
        ("Aosta", "11100", "0165", "AO", 1),
        ("Cagliari", "09124 09127", "070", "CA", 0),
        ("Udine", "33100", "0432", "UD", 0),
        ("Sondrio", "23100", "0342", "SO", 1),
        ("Cuneo", "12100", "0171", "CN", 1),
        ("Lucca", "55100", "0583", "LU", 0),
        ("Siena", "53100", "0577", "SI", 0),
        ("Belluno", "32100", "0437", "BL", 1),
        ("Cortina d'Ampezzo", "32043", "0436", "BL", 1),
        ("Courmayeur", "11013", "0165", "AO", 1),
        ("Bormio", "23032", "0342", "SO", 1),
    ],
    "GB": [
        ("London", "E1 6AN|N1 9GU|SE15 4QN|NW3 2PN|W12 8QT|SW11 5BP|E17 7JN|N16 0LH", "020", "", 0),
        ("Manchester", "M1 4BT|M14 5TQ|M20 2RN", "0161", "", 0),
        ("Birmingham", "B1 1BB|B13 9PR|B29 6BD", "0121", "", 0),
        ("Leeds", "LS1 4AP|LS6 3HN", "0113", "", 0),
        ("Glasgow", "G3 7RH|G12 8QQ", "0141", "", 0),
        ("Edinburgh", "EH3 9QG|EH9 1PR|EH6 5AW", "0131", "", 0),
        ("Bristol", "BS1 5TR|BS6 6QN|BS8 4DX", "0117", "", 0),
        ("Liverpool", "L1 8JQ|L17 8XS", "0151", "", 0),
        ("Sheffield", "S10 2TN|S11 8YA", "0114", "", 1),
        ("Newcastle upon Tyne", "NE1 4ST|NE2 1XE", "0191", "", 0),
        ("Cardiff", "CF10 1EP|CF24 4HQ", "029", "", 0),
        ("Nottingham", "NG1 5FS|NG7 2RD", "0115", "", 0),
        ("Oxford", "OX1 2JD|OX4 1RE", "01865", "", 0),
        ("Cambridge", "CB1 2LA|CB4 3AN", "01223", "", 0),
        ("York", "YO1 7HH|YO10 3DD", "01904", "", 0),
        ("Norwich", "NR1 3JU|NR2 2PD", "01603", "", 0),
        ("Exeter", "EX1 1HD|EX4 4QJ", "01392", "", 0),
        ("Brighton", "BN1 1EE|BN2 0JA", "01273", "", 0),
        ("Aberdeen", "AB10 1YP|AB24 3FX", "01224", "", 0),
        ("Inverness", "IV2 3JH|IV3 5SS", "01463", "", 1),
        ("Kendal", "LA9 4DL", "01539", "", 1),
        ("Keswick", "CA12 5AE|CA12 4DE", "017687", "", 1),
        ("Fort William", "PH33 6AR", "01397", "", 1),
        ("Aviemore", "PH22 1RH", "01479", "", 1),
        ("Llanberis", "LL55 4UR", "01286", "", 1),
        ("Ambleside", "LA22 0BT", "015394", "", 1),
        ("Bath", "BA1 2QH|BA2 3DL", "01225", "", 0),
        ("Canterbury", "CT1 2EH", "01227", "", 0),
        ("Lancaster", "LA1 1SU", "01524", "", 0),
        ("Swansea", "SA1 3SN", "01792", "", 0),
    ],
    "US": [
        ("Boston", "02116 02130 02134", "617", "MA", 0),
        ("Cambridge", "02139 02140", "617", "MA", 0),
        ("Denver", "80203 80218 80206", "303", "CO", 1),
        ("Seattle", "98103 98115 98122", "206", "WA", 0),
        ("Portland", "97205 97214 97217", "503", "OR", 0),
        ("Austin", "78704 78751", "512", "TX", 0),
        ("Chicago", "60614 60647 60657", "773", "IL", 0),
        ("Minneapolis", "55408 55414", "612", "MN", 0),
        ("Madison", "53703 53705", "608", "WI", 0),
        ("Burlington", "05401", "802", "VT", 1),
        ("Asheville", "28801 28804", "828", "NC", 1),
        ("Boulder", "80302 80304", "303", "CO", 1),
        ("Salt Lake City", "84102 84105", "801", "UT", 1),
        ("Albuquerque", "87106 87110", "505", "NM", 0),
        ("Atlanta", "30307 30306", "404", "GA", 0),
        ("Nashville", "37206 37212", "615", "TN", 0),
        ("Columbus", "43201 43214", "614", "OH", 0),
        ("Pittsburgh", "15213 15217", "412", "PA", 0),
        ("Philadelphia", "19103 19147", "215", "PA", 0),
        ("Baltimore", "21218 21211", "410", "MD", 0),
        ("Richmond", "23220 23221", "804", "VA", 0),
        ("Sacramento", "95816 95818", "916", "CA", 0),
        ("San Diego", "92104 92116", "619", "CA", 0),
        ("Oakland", "94610 94609", "510", "CA", 0),
        ("Tucson", "85719 85705", "520", "AZ", 0),
        ("Ann Arbor", "48104 48103", "734", "MI", 0),
        ("Missoula", "59801 59802", "406", "MT", 1),
        ("Bozeman", "59715 59718", "406", "MT", 1),
        ("Flagstaff", "86001 86004", "928", "AZ", 1),
        ("Anchorage", "99501 99508", "907", "AK", 1),
        ("Estes Park", "80517", "970", "CO", 1),
        ("North Conway", "03860", "603", "NH", 1),
        ("Jackson", "83001", "307", "WY", 1),
        ("Providence", "02906 02903", "401", "RI", 0),
        ("Buffalo", "14222 14213", "716", "NY", 0),
    ],
}

STREETS = {
    "DE": [
        "Hauptstraße",
        "Bahnhofstraße",
        "Schulstraße",
        "Gartenstraße",
        "Dorfstraße",
        "Bergstraße",
        "Birkenweg",
        "Lindenstraße",
        "Kirchstraße",
        "Waldstraße",
        "Ringstraße",
        "Wiesenweg",
        "Mühlenweg",
        "Goethestraße",
        "Schillerstraße",
        "Am Sonnenhang",
        "Rosenweg",
        "Ahornweg",
        "Mozartstraße",
        "Feldstraße",
        "Jahnstraße",
        "Kastanienallee",
        "Uhlandstraße",
        "Talstraße",
        "Parkstraße",
        "Schützenstraße",
        "Eichendorffstraße",
        "Finkenweg",
        "Amselweg",
        "Heideweg",
        "Im Winkel",
        "An der Au",
        "Brunnenstraße",
        "Friedrichstraße",
        "Kantstraße",
        "Am Mühlbach",
        "Lerchenfeld",
        "Hohe Straße",
        "Weinbergstraße",
        "Holunderweg",
    ],
    "AT": [
        "Hauptplatz",
        "Kirchengasse",
        "Schulgasse",
        "Bahnhofstraße",
        "Mühlgasse",
        "Feldgasse",
        "Lindengasse",
        "Gartengasse",
        "Grabenweg",
        "Wiener Straße",
        "Grazer Straße",
        "Linzer Straße",
        "Salzburger Straße",
        "Anton-Bruckner-Straße",
        "Mozartgasse",
        "Schubertstraße",
        "Am Anger",
        "Römerweg",
        "Sonnleitenweg",
        "Hofgasse",
        "Kaiserstraße",
        "Florianigasse",
        "Steinfeldgasse",
        "Roseggerstraße",
        "Bergheimer Straße",
        "Leopoldstraße",
        "Annagasse",
    ],
    "CHde": [
        "Bahnhofstrasse",
        "Dorfstrasse",
        "Hauptstrasse",
        "Kirchweg",
        "Schulhausstrasse",
        "Seestrasse",
        "Bergstrasse",
        "Rosenweg",
        "Lindenweg",
        "Oberdorfstrasse",
        "Unterdorfstrasse",
        "Feldstrasse",
        "Mühlegasse",
        "Gartenstrasse",
        "Sonnenbergstrasse",
        "Birkenweg",
        "Rütistrasse",
        "Zelgstrasse",
        "Brunnmattstrasse",
        "Weiherweg",
        "Im Grund",
        "Alte Landstrasse",
        "Poststrasse",
        "Rainweg",
        "Kesslergasse",
        "Eichholzweg",
        "Hofackerstrasse",
        "Mattenweg",
        "Stockerenweg",
        "Obere Bahnhofstrasse",
    ],
    "CHfr": [
        "rue de la Gare",
        "chemin des Vignes",
        "avenue de la Gare",
        "rue du Centre",
        "route de Lausanne",
        "chemin du Bois",
        "rue du Lac",
        "chemin des Écoliers",
        "avenue des Alpes",
        "rue de l'Église",
        "route Cantonale",
        "chemin de la Forêt",
        "rue du Temple",
        "rue des Moulins",
        "chemin des Crêts",
        "rue du Jura",
        "avenue de Morges",
        "chemin de Bonne-Espérance",
        "rue de la Servette",
        "route du Village",
        "chemin du Pré-Fleuri",
        "rue des Granges",
        "avenue de Beaulieu",
    ],
    "FR": [
        "rue de la République",
        "rue Victor Hugo",
        "avenue Jean Jaurès",
        "rue Pasteur",
        "boulevard Gambetta",
        "rue des Lilas",
        "impasse des Roses",
        "allée des Tilleuls",
        "rue du Moulin",
        "rue de la Paix",
        "place de l'Église",
        "rue Nationale",
        "chemin des Vignes",
        "rue des Écoles",
        "avenue du Général Leclerc",
        "rue Jules Ferry",
        "rue Émile Zola",
        "route de Paris",
        "rue des Acacias",
        "rue Saint-Michel",
        "avenue de la Libération",
        "rue du Faubourg",
        "rue des Jardins",
        "quai de la Loire",
        "rue Voltaire",
    ],
    "IT": [
        "Via Roma",
        "Via Garibaldi",
        "Via Mazzini",
        "Corso Italia",
        "Via Dante Alighieri",
        "Via Verdi",
        "Via Cavour",
        "Via Manzoni",
        "Piazza della Repubblica",
        "Viale Europa",
        "Via dei Mille",
        "Via XX Settembre",
        "Via Leopardi",
        "Via Matteotti",
        "Via San Francesco",
        "Via delle Rose",
        "Via Marconi",
        "Viale Trieste",
        "Vicolo Stretto",
        "Via Carducci",
        "Via Gramsci",
        "Via Pascoli",
        "Via Solferino",
        "Corso Vittorio Emanuele",
        "Via dei Tigli",
        "Via Monte Grappa",
    ],
    "CHit": [
        "Via Cantonale",
        "Via San Gottardo",
        "Via Pretorio",
        "Via Lucino",
        "Via Ghiringhelli",
        "Via Motta",
        "Via Borghetto",
        "Via alla Chiesa",
        "Via ai Ronchi",
        "Via Vela",
        "Via Simen",
        "Via Franscini",
        "Via Industria",
        "Via Lavizzari",
        "Via dei Faggi",
        "Via Besso",
        "Via Trevano",
        "Via al Lido",
        "Via Varenna",
        "Via Collina d'Oro",
    ],
    "GB": [
        "High Street",
        "Station Road",
        "Church Lane",
        "Victoria Road",
        "Mill Lane",
        "Park Avenue",
        "The Crescent",
        "Queens Road",
        "Manor Road",
        "Kings Road",
        "Orchard Close",
        "Meadow View",
        "Albert Street",
        "Grove Road",
        "Springfield Road",
        "Windsor Gardens",
        "Beech Drive",
        "Chapel Street",
        "Newton Terrace",
        "Hawthorn Way",
        "Rowan Crescent",
        "Belmont Avenue",
        "Heather Close",
        "Cromwell Road",
    ],
    "US": [
        "Main Street",
        "Oak Street",
        "Maple Avenue",
        "Elm Street",
        "Pine Street",
        "Cedar Lane",
        "Washington Avenue",
        "Park Place",
        "Lincoln Avenue",
        "Jefferson Street",
        "Lake Drive",
        "Hillcrest Road",
        "Willow Lane",
        "Ridge Road",
        "2nd Street",
        "5th Avenue",
        "Spruce Street",
        "Chestnut Street",
        "Highland Avenue",
        "Sycamore Drive",
        "Walnut Street",
        "Prospect Avenue",
        "Forest Avenue",
        "Mill Road",
    ],
}

# --------------------------------------------------------------------------------------------------------------------
# names: Faker's person lists (read as data; Faker's generator is never used) and lists written here
# --------------------------------------------------------------------------------------------------------------------
_LATIN_OK = re.compile(r"^[^\W\d_]{2,}(?:-[^\W\d_]{2,})?$")


def _latin(s: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in s if c.isalpha())


def name_ok(s: str, irish: bool = False) -> bool:
    if irish and re.fullmatch(r"(?:O'|Mc|Mac)[A-Z][a-z]{2,}", s):
        return True
    if not _LATIN_OK.match(s) or not _latin(s):
        return False
    return all(p[0].isupper() and not any(c.isupper() for c in p[1:]) for p in s.split("-"))


def _fk(loc: str, attr: str) -> list[str]:
    prov = importlib.import_module("faker.providers.person." + loc).Provider
    v = getattr(prov, attr, None)
    if v is None:
        return []
    items = sorted(v.keys()) if isinstance(v, dict) else sorted(v)
    irish = loc in ("en_GB", "en_IE", "en_US")
    out = []
    for x in items:
        x = x.replace("İ", "I")
        if re.fullmatch(r"Mc[a-z]+", x):
            x = "Mc" + x[2].upper() + x[3:]
        if name_ok(x, irish):
            out.append(x)
    return sorted(set(out))


def _w(s: str) -> list[str]:
    return s.split()


SWISS_DE_LAST = _w(
    "Ammann Bachmann Baumgartner Brunner Bühler Egli Frei Gerber Graf Hofer Huber Kälin Käser Keller Kuster Lüthi "
    "Marti Meier Moser Nussbaumer Rüegg Schär Schmid Steiner Stucki Suter Tanner Vogt Wenger Widmer Wyss Zbinden "
    "Zürcher Aeschlimann Bieri Blaser Flückiger Gasser Habegger Imhof Jost Kunz Lehmann Locher Murer Niederberger "
    "Odermatt Rohrer Schürch Stalder Studer Trachsel Walther Zumstein Amstutz Christen Fankhauser Gisler Hänni "
    "Inäbnit Kobelt Lötscher Mettler Nägeli Portmann Ruckstuhl Schwander Tschudi Wüthrich Zwahlen Gehrig Bucher "
    "Schnyder Aregger Wicki Kälin Ineichen Bürgi"
)
ROMAND_LAST = _w(
    "Aubert Bonvin Cuendet Dubuis Favre Fragnière Gaillard Jaccard Monnier Nicolet Perrin Rey Rochat Sauthier "
    "Tinguely Vuilleumier Zufferey Bersier Chappuis Clerc Delacrétaz Golay Jaquier Mottier Pasche Reymond Savary "
    "Vonlanthen Berthoud Cornaz Dériaz Fivaz Gremaud Luisier Maillard Rossier Tornare Udry Vauthey Crausaz "
    "Genoud Jordan Menétrey Pittet Ruffieux Schaller Bovet"
)
TICINO_LAST = _w(
    "Bernasconi Bianchi Bossi Camponovo Cattaneo Cereghetti Crivelli Galli Gianinazzi Guidotti Lepori Lurati Maggi "
    "Mariotta Molinari Pedrazzini Pedroni Quadri Rezzonico Robbiani Rusconi Sala Soldati Tamò Valsangiacomo Zanetti "
    "Bertoli Casanova Delcò Ferrari Fontana Gamboni Jelmini Lafranchi Mombelli Nessi Pellandini Respini Solari "
    "Tognetti Vanetti Zappa Beffa Canepa Franscini Gobbi Induni Martinoli Poretti Cavadini Balestra Ghisletta"
)
SWISS_DE_FIRST_F = _w("Vreni Rösli Ursula Regula Brigitte Corinne Seraina Nadja Fabienne Cornelia Barbara Annina")
SWISS_DE_FIRST_M = _w("Urs Beat Reto Ueli Kurt Mathias Jürg Adrian Fabian Lukas Gian Res Fredi Silvan Dario")

OWN = {
    # (female first names, male first names, female surnames, male surnames); gendered where the language is
    "sq": (
        _w("Arta Blerta Drita Fjolla Vjosa Albana Leonora Mimoza Teuta Shqipe Donika Besa Valbona Erblina"),
        _w("Arben Besnik Driton Fatmir Valon Agron Blerim Ilir Gentian Kushtrim Labinot Shpend Ardit Fisnik"),
        _w("Krasniqi Berisha Gashi Hoxha Morina Shala Kelmendi Rexhepi Hasani Bytyqi Sadiku Dervishi Avdiu Ismaili"),
        None,
    ),
    "sr": (
        _w("Jelena Milica Ivana Amra Selma Lejla Dragana Snežana Maja Tijana Aida Azra Jovana"),
        _w("Dragan Milan Nenad Dejan Emir Adnan Mirza Zoran Goran Nikola Stefan Haris Senad"),
        _w(
            "Petrović Jovanović Nikolić Marković Hodžić Begić Kovačević Delić Mehmedović Đorđević Ilić Stojanović "
            "Hadžić Popović"
        ),
        None,
    ),
    "ta": (
        _w("Tharshini Nirosha Kavitha Sujatha Mathumitha Thanuja Sharmila Janani Vithya"),
        _w("Sivakumar Tharshan Kajan Niroshan Pirasanth Kirushanth Mayuran Thuvaragan Sutharsan"),
        _w("Sivapalan Thambirajah Kanagaratnam Selvarajah Nadarajah Ponnampalam Arumugam Sinnathurai Yogarajah"),
        None,
    ),
    "ti": (
        _w("Senait Helen Selam Mebrat Yohana Saba Luwam Rahel Feven Tsega"),
        _w("Yonas Tesfay Dawit Mehari Samuel Filmon Kibrom Habtom Yosief Aron"),
        _w("Tesfamariam Ghebremedhin Habte Woldemichael Kidane Berhane Tekle Ghebreyesus Haile Asmerom"),
        None,
    ),
    "ar": (
        _w("Fatima Aisha Layla Rania Nour Yasmin Amira Zahra Mariam Hala Samira Dima Rasha Malak"),
        _w("Ahmad Mohammed Omar Khaled Yusuf Samir Tariq Bilal Hamid Karim Mahmoud Walid Hussein Nabil Rami"),
        _w(
            "Al-Hassan Haddad Khalil Nasser Darwish Haidari Ahmadi Karimi Mansour Saleh Qasemi Hamdan Azizi "
            "Al-Masri Sultani Rahimi"
        ),
        None,
    ),
    "ua": (
        _w("Olena Iryna Oksana Nataliia Yuliia Kateryna Tetiana Svitlana Halyna Viktoriia Anastasiia"),
        _w("Oleksandr Andrii Dmytro Serhii Taras Bohdan Mykola Yurii Vasyl Maksym Ihor"),
        _w(
            "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Lysenko Moroz Marchenko Savchenko "
            "Rudenko Hnatiuk"
        ),
        None,
    ),
    "el": (
        _w("Eleni Maria Katerina Sofia Despina Georgia Vasiliki Athina Chrysa Ioanna"),
        _w("Giorgos Nikos Dimitris Kostas Yannis Christos Vasilis Panagiotis Stavros Thanasis"),
        _w("Papadopoulou Georgiou Nikolaidou Konstantinidou Dimitriou Oikonomou Vlachou Papadaki Karagianni Alexiou"),
        _w("Papadopoulos Georgiou Nikolaidis Konstantinidis Dimitriou Oikonomou Vlachos Papadakis Karagiannis Alexiou"),
    ),
    "ko": (
        _w("Seo-yeon Ha-eun Ji-woo Hye-jin Min-seo Soo-ah Yu-na Eun-ji Da-in"),
        _w("Min-jun Ji-ho Do-yun Seung-hyun Jae-won Hyun-woo Dong-hyun Tae-yang Sung-min"),
        _w("Kim Lee Park Choi Jung Kang Yoon Han Shin Jang Lim Seo"),
        None,
    ),
    "tl": (
        _w("Maricel Rowena Jocelyn Liza Marites Rosalie Analyn Jennylyn Charmaine"),
        _w("Jose Rodel Jericho Ramil Arnel Jomar Reynaldo Dindo Marlon"),
        [
            "Dela Cruz",
            "Santos",
            "Reyes",
            "Bautista",
            "Villanueva",
            "Mendoza",
            "Aquino",
            "Manalo",
            "Pascual",
            "Delos Santos",
            "Macaraeg",
        ],
        None,
    ),
    "rude": (
        _w("Natalia Swetlana Olga Irina Ljudmila Tatjana Jelena Lydia Katharina Elena"),
        _w("Viktor Alexander Eugen Waldemar Andrej Juri Artur Wladimir Dimitri Nikolai"),
        _w("Dück Friesen Penner Klassen Wiebe Neufeld Janzen Dyck Harder Martens Enns Thiessen Reimer Braun"),
        None,
    ),
    "zh": (
        _w("Xiaoling Yuting Jiayi Zihan Mei Jing Yan Lina Xinyi Shuang"),
        _w("Haoran Mingyu Wenjie Lei Jun Zhiwei Hao Yifan Tao Bo"),
        _fk("zh_CN", "last_romanized_names"),
        None,
    ),
}
OWN["zh"] = (
    sorted(set(OWN["zh"][0])),
    sorted(set(OWN["zh"][1] + [x for x in _fk("zh_CN", "first_romanized_names") if len(x) > 2])),
    OWN["zh"][2],
    None,
)


def _cz_fem(s: str) -> str:
    if s.endswith("í"):
        return s
    if s.endswith("ý"):
        return s[:-1] + "á"
    if s.endswith("a"):
        return s[:-1] + "ová"
    if s.endswith("ek") or s.endswith("el"):
        return s[:-2] + s[-1] + "ová"
    if s.endswith("ec"):
        return s[:-2] + "cová"
    if s.endswith("e") or s.endswith("ě"):
        return s[:-1] + "ová"
    return s + "ová"


def _pl_fem(s: str) -> str:
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


class Src:
    """A name source: first names per gender, surnames, and how a woman's surname is formed."""

    def __init__(self, key, ff, fm, last, fem=None, last_f=None, double=0.0, sep=" "):
        self.key, self.ff, self.fm, self.last = key, list(ff), list(fm), list(last)
        self.fem, self.last_f, self.double, self.sep = fem, last_f, double, sep

    def surname(self, r: random.Random) -> str:
        s = r.choice(self.last)
        if self.double and r.random() < self.double:
            t = r.choice(self.last)
            if t != s:
                s = s + self.sep + t
        return s

    def fem_of(self, s: str) -> str:
        if self.last_f is not None and s in self.last:
            k = self.last.index(s)
            if k < len(self.last_f):
                return self.last_f[k]
        if self.fem:
            return " ".join(self.fem(p) for p in s.split(" "))
        return s


def _mk_sources() -> dict[str, Src]:
    S: dict[str, Src] = {}

    def fk(loc, last_attr="last_names", **kw):
        S[loc] = Src(loc, _fk(loc, "first_names_female"), _fk(loc, "first_names_male"), _fk(loc, last_attr), **kw)

    for loc in (
        "de_DE",
        "de_AT",
        "fr_FR",
        "it_IT",
        "en_GB",
        "en_US",
        "tr_TR",
        "hr_HR",
        "ro_RO",
        "hu_HU",
        "en_IN",
        "en_IE",
        "yo_NG",
        "ig_NG",
        "tw_GH",
        "fr_DZ",
        "nl_NL",
        "sl_SI",
    ):
        fk(loc)
    fk("pt_PT", double=0.35)
    fk("pt_BR", double=0.3)
    fk("es_ES", double=0.5)
    fk("es_MX", double=0.4)
    pl_last = _fk("pl_PL", "male_last_names")
    S["pl_PL"] = Src(
        "pl_PL", _fk("pl_PL", "first_names_female"), _fk("pl_PL", "first_names_male"), pl_last, fem=_pl_fem
    )
    for loc in ("cs_CZ", "sk_SK"):
        S[loc] = Src(
            loc, _fk(loc, "first_names_female"), _fk(loc, "first_names_male"), _fk(loc, "last_names_male"), fem=_cz_fem
        )

    def vfold(x: str) -> str:
        x = x.replace("\u0110", "D").replace("\u0111", "d")
        return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode()

    vi_f = sorted({vfold(x) for x in _fk("vi_VN", "first_names_female") + _fk("vi_VN", "first_names_unisex")})
    vi_m = sorted({vfold(x) for x in _fk("vi_VN", "first_names_male") + _fk("vi_VN", "first_names_unisex")})
    vi_l = sorted({vfold(x) for x in _fk("vi_VN", "last_names")})
    S["vi_VN"] = Src(
        "vi_VN", [x for x in vi_f if len(x) > 1], [x for x in vi_m if len(x) > 1], [x for x in vi_l if x.isalpha()]
    )
    S["ja_JP"] = Src(
        "ja_JP",
        _fk("ja_JP", "first_romanized_names_female"),
        _fk("ja_JP", "first_romanized_names_male"),
        _fk("ja_JP", "last_romanized_names"),
    )
    for k, (ff, fm, lf, lm) in OWN.items():
        if lm is None:
            S[k] = Src(k, ff, fm, lf)
        else:
            S[k] = Src(k, ff, fm, lm, last_f=lf)
    dech = S["de_DE"]
    S["de_CH"] = Src(
        "de_CH",
        sorted(set(_fk("de_CH", "first_names_female") + SWISS_DE_FIRST_F)),
        sorted(set(_fk("de_CH", "first_names_male") + SWISS_DE_FIRST_M)),
        sorted(set(_fk("de_CH", "last_names") + SWISS_DE_LAST)),
    )
    S["fr_CH"] = Src(
        "fr_CH",
        sorted(set(_fk("fr_CH", "first_names_female") + S["fr_FR"].ff)),
        sorted(set(_fk("fr_CH", "first_names_male") + S["fr_FR"].fm)),
        sorted(set(_fk("fr_CH", "last_names") + ROMAND_LAST)),
    )
    S["it_CH"] = Src("it_CH", S["it_IT"].ff, S["it_IT"].fm, sorted(set(TICINO_LAST)))
    # Austria: Austrian lists with a quarter of German first names mixed in
    at = S["de_AT"]
    S["de_AT"] = Src("de_AT", at.ff + dech.ff[::4], at.fm + dech.fm[::4], at.last)
    return S


SOURCES = _mk_sources()

REGION_SRC = {
    "de_DE": "de_DE",
    "de_AT": "de_AT",
    "de_CH": "de_CH",
    "fr_FR": "fr_FR",
    "fr_CH": "fr_CH",
    "it_IT": "it_IT",
    "it_CH": "it_CH",
    "en_GB": "en_GB",
    "en_US": "en_US",
}
COMMUNITY = {
    "DE": [
        ("tr_TR", 22),
        ("pl_PL", 12),
        ("hr_HR", 6),
        ("ro_RO", 6),
        ("rude", 8),
        ("ar", 10),
        ("ua", 6),
        ("el", 5),
        ("it_IT", 5),
        ("vi_VN", 4),
        ("sq", 5),
        ("sr", 5),
        ("yo_NG", 3),
        ("en_IN", 3),
        ("ko", 2),
        ("zh", 3),
    ],
    "AT": [
        ("sr", 14),
        ("tr_TR", 14),
        ("hr_HR", 10),
        ("ro_RO", 7),
        ("hu_HU", 7),
        ("cs_CZ", 6),
        ("sk_SK", 6),
        ("pl_PL", 6),
        ("ar", 8),
        ("sq", 6),
        ("de_DE", 8),
        ("ua", 4),
        ("sl_SI", 3),
    ],
    "CH": [
        ("it_IT", 16),
        ("pt_PT", 14),
        ("de_DE", 12),
        ("sq", 12),
        ("sr", 8),
        ("hr_HR", 5),
        ("tr_TR", 6),
        ("es_ES", 5),
        ("ta", 5),
        ("ti", 4),
        ("fr_FR", 4),
        ("ar", 3),
        ("zh", 2),
        ("ua", 3),
    ],
    "FR": [
        ("pt_PT", 16),
        ("fr_DZ", 18),
        ("ar", 6),
        ("es_ES", 8),
        ("it_IT", 8),
        ("tw_GH", 4),
        ("ig_NG", 3),
        ("yo_NG", 2),
        ("vi_VN", 5),
        ("zh", 5),
        ("tr_TR", 5),
        ("pl_PL", 4),
        ("ro_RO", 5),
        ("ua", 3),
    ],
    "IT": [
        ("ro_RO", 20),
        ("sq", 16),
        ("fr_DZ", 10),
        ("ar", 5),
        ("zh", 8),
        ("ua", 8),
        ("en_IN", 5),
        ("tl", 6),
        ("es_MX", 6),
        ("pt_BR", 5),
        ("pl_PL", 4),
        ("yo_NG", 4),
        ("ta", 3),
    ],
    "GB": [
        ("en_IN", 14),
        ("pl_PL", 12),
        ("en_IE", 10),
        ("yo_NG", 6),
        ("ig_NG", 5),
        ("tw_GH", 4),
        ("zh", 6),
        ("ro_RO", 6),
        ("pt_PT", 6),
        ("ar", 6),
        ("es_ES", 4),
        ("it_IT", 4),
        ("ja_JP", 3),
        ("el", 3),
        ("ta", 3),
    ],
    "US": [
        ("es_MX", 22),
        ("zh", 8),
        ("ko", 6),
        ("vi_VN", 5),
        ("en_IN", 7),
        ("tl", 6),
        ("yo_NG", 4),
        ("pt_BR", 4),
        ("ar", 4),
        ("it_IT", 5),
        ("pl_PL", 5),
        ("en_IE", 6),
        ("ja_JP", 3),
        ("ua", 3),
        ("el", 2),
    ],
}

WORD_LAST = {
    "de": _w(
        "Sommer Vogel Fuchs Winter Stern Hahn Engel König Kaiser Freitag Sonntag Kranich Specht Adler Falke "
        "Bär Lamm Schnee Baum Blume Lange Klein Groß Kurz Mond Nebel Hase Sperling Krug Wunder Glocke"
    ),
    "fr": _w(
        "Petit Legrand Renard Rossignol Loup Lebrun Blanc Roux Lamour Printemps Boulanger Marchand Chevalier "
        "Fontaine Rivière Bonheur Poisson Mouton Pigeon Lapierre Dimanche Bonjour Lavigne"
    ),
    "it": _w(
        "Gallo Volpe Neve Fiore Sole Leone Lupo Colombo Ferro Marino Porta Serra Monti Fontana Bosco Campana "
        "Passero Rondine Pane Montagna Speranza Baldo"
    ),
    "en": _w(
        "Frost Stone Swan Fox Bird Hill Brook Rivers Snow King Church Young Little Moon Field Bishop Baker Cook "
        "Wood Summers Parsons Rainbow Goodchild"
    ),
}
WORD_FIRST = {
    "de": (_w("Rosa Linde Heide Frieda Sieglinde Wilma"), _w("Ernst Frank Wolf Fromm Konstantin Veit")),
    "fr": (_w("Blanche Prudence Rose Marguerite Capucine Violette"), _w("Aimé Désiré Constant Modeste Fidèle")),
    "it": (_w("Speranza Gioia Celeste Bianca Serena Stella"), _w("Felice Primo Fortunato Innocente Benvenuto")),
    "en": (_w("Hope Grace June Joy Faith Summer Ivy Pearl Autumn"), _w("Will Rusty Hunter Mason Chase Bill")),
}
PARTICLE_LAST = {
    "DE": [
        "von Bülow",
        "von Stetten",
        "zu Putlitz",
        "vom Brocke",
        "von der Osten",
        "ter Meer",
        "van Laak",
        "von Hoyningen",
        "zur Nieden",
        "von Rotz",
    ],
    "AT": ["von Thurn", "Edler von Hartlieb", "von Call", "zu Trauttmansdorff", "von Mayrhofen", "de Crinis"],
    "CHde": [
        "von Allmen",
        "von Rotz",
        "von Matt",
        "von Moos",
        "in Albon",
        "von Graffenried",
        "von Wyttenbach",
        "auf der Maur",
        "von Arb",
    ],
    "CHfr": [
        "de Reynier",
        "de Meuron",
        "de Torrenté",
        "de Chambrier",
        "de Montet",
        "du Roure",
        "de Riedmatten",
        "de Weck",
        "de Courten",
    ],
    "FR": [
        "de Villeneuve",
        "du Roure",
        "Le Guen",
        "Le Bras",
        "d'Aumale",
        "de La Tour",
        "Le Corre",
        "de Lestang",
        "du Mesnil",
        "Le Meur",
    ],
    "IT": [
        "Della Rovere",
        "Dal Lago",
        "De Santis",
        "Lo Russo",
        "D'Alessandro",
        "Di Bartolo",
        "Dell'Olio",
        "La Torre",
        "Lo Verde",
        "Dalla Valle",
        "De Marchi",
    ],
    "CHit": ["Dell'Ambrogio", "De Carli", "Dalla Bona", "Della Casa", "Lo Bianco", "Di Lorenzo"],
    "GB": [
        "O'Hara",
        "MacKinnon",
        "de Vries",
        "Le Blanc",
        "McAllister",
        "O'Rourke",
        "ap Rhys",
        "St. Aubyn",
        "D'Souza",
        "MacInnes",
    ],
    "US": [
        "O'Hara",
        "McAllister",
        "Van Buren",
        "DuPont",
        "DiMarco",
        "De La Garza",
        "LeBlanc",
        "St. Pierre",
        "Del Toro",
        "O'Malley",
        "VanderMeer",
    ],
}
INVENT = {
    "de": (
        _w("Brunn Eck Tann Hoch Stein Kalt Wies Lind Birk Mitter Ober Hinter Grub Moos Holl Reit Ried Schwarz"),
        _w("huber leitner bichler maier egger stätter hofer brunner inger wanger moser lechner gruber hammer reiter"),
    ),
    "fr": (
        _w("Gre Mont Beau Ver Char Lau Bel Roch Four Val Cor Bru"),
        _w("illat ardaz elin onnet az oz erey aud ignac anche ier iot"),
    ),
    "it": (
        _w("Scar Pist Bor Fri Gal Mar Cast Ros Ven Bell Tor Mor"),
        _w("uzzi ello oni etti azzi otto ucci ini aro esi olin"),
    ),
    "en": (
        _w("Brigh Cauld Marl Ash Thorn Hawk Wyn Pen Stan Kel Ald Hal"),
        _w("stow thwaite bury hurst combe ford ington leigh worth by stead"),
    ),
}
RARE_FIRST = {
    "de": (
        _w("Kunigunde Notburga Walburga Ottilie Kreszenz Hildtrud"),
        _w("Wendelin Quirin Leodegar Pankraz Eusebius Gottlob"),
    ),
    "fr": (_w("Philomène Eudoxie Honorine Clémence Bertille"), _w("Clovis Gontran Anselme Théodule Séraphin")),
    "it": (_w("Gelsomina Addolorata Filomena Eufemia Assunta"), _w("Ermenegildo Venanzio Pancrazio Liborio Gaudenzio")),
    "en": (_w("Tamsin Araminta Cressida Hermione Clementine"), _w("Peregrine Thaddeus Jolyon Ptolemy Barnaby")),
}
DOUBLE_FIRST = {
    "de": (
        ["Anna-Lena", "Eva-Maria", "Marie-Luise", "Anne-Kathrin", "Lisa-Marie", "Hanna-Sophie"],
        ["Hans-Peter", "Karl-Heinz", "Hans-Jürgen", "Jan-Niklas", "Klaus-Dieter", "Hans-Ulrich", "Franz-Josef"],
    ),
    "fr": (
        ["Marie-Laure", "Anne-Sophie", "Marie-Claire", "Anne-Laure", "Marie-Hélène", "Marie-Christine"],
        ["Jean-Marc", "Jean-Luc", "Pierre-Alain", "Jean-François", "Paul-Henri", "Marc-Antoine"],
    ),
    "it": (
        ["Maria Grazia", "Anna Maria", "Maria Luisa", "Maria Teresa", "Anna Rita"],
        ["Gian Marco", "Pier Luigi", "Gian Paolo", "Carlo Alberto", "Gian Carlo"],
    ),
    "en": (["Mary-Kate", "Anne-Marie", "Sarah-Jane", "Lily-Rose"], ["John-Paul", "Jean-Luc", "Billy-Joe"]),
}
CHILD_FIRST = {
    "de": (
        _w("Emilia Mia Hanna Lina Ella Clara Lea Leni Mila Ida Frieda Paula Marlene Nora"),
        _w("Emil Noah Leon Paul Finn Elias Ben Luis Felix Jonas Theo Anton Henry Matteo"),
    ),
    "CH": (
        _w("Emma Mia Lina Mila Lia Elena Lara Sofia Laura Alina Leonie Nina"),
        _w("Noah Liam Matteo Luca Elias Leon Levin Nino Gian Jonas Lio Aaron"),
    ),
    "fr": (
        _w("Jade Louise Ambre Alba Emma Rose Alice Lina Mia Anna Inès Léa Chloé Manon"),
        _w("Gabriel Léo Raphaël Louis Arthur Jules Maël Noah Adam Hugo Lucas Nathan Sacha"),
    ),
    "it": (
        _w("Sofia Aurora Giulia Ginevra Vittoria Beatrice Alice Ludovica Emma Matilde Greta"),
        _w("Leonardo Francesco Tommaso Edoardo Alessandro Lorenzo Mattia Riccardo Gabriele Andrea"),
    ),
    "GB": (
        _w("Olivia Amelia Isla Ava Lily Freya Ivy Florence Poppy Evie Sienna Willow"),
        _w("Oliver George Noah Arthur Leo Theo Oscar Harry Archie Alfie Freddie Jack"),
    ),
    "US": (
        _w("Olivia Emma Charlotte Amelia Sophia Mia Harper Evelyn Luna Avery Ella Nora"),
        _w("Liam Noah Oliver James Elijah Mateo Henry Lucas Theodore Levi Ezra Owen"),
    ),
}
NICK = {
    "de": {
        "Stefanie": "Steffi",
        "Sebastian": "Basti",
        "Josef": "Sepp",
        "Matthias": "Hias",
        "Christina": "Tina",
        "Susanne": "Susi",
        "Manuela": "Manu",
        "Andreas": "Andi",
        "Johannes": "Hannes",
        "Katharina": "Kathi",
        "Daniela": "Dani",
        "Alexander": "Alex",
        "Thomas": "Tom",
        "Jakob": "Köbi",
        "Verena": "Vreni",
        "Christian": "Chrigi",
        "Barbara": "Babsi",
        "Wolfgang": "Wolfi",
        "Franziska": "Franzi",
        "Maximilian": "Maxi",
        "Gabriele": "Gabi",
        "Michael": "Michi",
        "Elisabeth": "Lisi",
    },
    "fr": {
        "François": "Fanfan",
        "Isabelle": "Isa",
        "Véronique": "Véro",
        "Dominique": "Dom",
        "Nicolas": "Nico",
        "Frédéric": "Fred",
        "Christophe": "Chris",
        "Stéphanie": "Steph",
        "Alexandre": "Alex",
        "Catherine": "Cathy",
        "Emmanuel": "Manu",
        "Guillaume": "Guigui",
        "Valérie": "Val",
        "Sébastien": "Seb",
    },
    "it": {
        "Giuseppe": "Beppe",
        "Domenico": "Mimmo",
        "Salvatore": "Totò",
        "Francesca": "Fra",
        "Elisabetta": "Betta",
        "Giuseppina": "Giusy",
        "Alessandro": "Ale",
        "Federica": "Fede",
        "Francesco": "Checco",
        "Antonio": "Totò",
        "Roberta": "Robi",
        "Massimo": "Max",
        "Vincenzo": "Enzo",
        "Margherita": "Marghe",
    },
    "en": {
        "Robert": "Bob",
        "Rebecca": "Becky",
        "Alfred": "Alfie",
        "Patricia": "Trish",
        "William": "Bill",
        "Elizabeth": "Liz",
        "Margaret": "Maggie",
        "Jennifer": "Jen",
        "Michael": "Mike",
        "Christopher": "Chris",
        "Catherine": "Kate",
        "Richard": "Rick",
        "Daniel": "Danny",
        "Samantha": "Sam",
        "Thomas": "Tommy",
        "Victoria": "Vicky",
        "Joseph": "Joe",
        "Katherine": "Kat",
    },
}
PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "des",
    "dal",
    "del",
    "dalla",
    "della",
    "dell",
    "zum",
    "zur",
    "vom",
    "ter",
    "auf",
    "les",
    "los",
    "delos",
    "dela",
    "zu",
    "de",
    "du",
    "di",
    "da",
    "la",
    "le",
    "lo",
    "in",
    "ap",
    "st",
    "edler",
    "mac",
}


# --------------------------------------------------------------------------------------------------------------------
# persons
# --------------------------------------------------------------------------------------------------------------------
def fold(s: str, german: bool = False) -> str:
    if german:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            s = s.replace(a, b)
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
    s = s.replace("Đ", "D").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s


class Person:
    def __init__(self, first, last, gender, dob, src, lang, mi="", nick=None):
        self.first, self.last, self.g, self.dob, self.src, self.lang = first, last, gender, dob, src, lang
        self.mi, self.nick = mi, nick
        self.email_cache: dict[str, str] = {}

    @property
    def f(self) -> bool:
        return self.g == "f"

    def initials(self, dotted_space: bool = False) -> str:
        parts = re.split(r"([ -])", self.first)
        out = []
        for p in parts:
            if p == "-":
                out.append("-")
            elif p == " ":
                out.append(" " if dotted_space else "")
            elif p:
                out.append(p[0] + ".")
        return "".join(out)

    def last_initial(self) -> str:
        caps = [c for c in self.last if c.isupper()]
        return (caps[0] if caps else self.last[0].upper()) + "."

    def upper_last(self) -> str:
        return self.last.upper()

    def render(self, style: str) -> str:
        mi = (self.mi + " ") if self.mi else ""
        f, la = self.first, self.last
        return {
            "full": f"{f} {mi}{la}",
            "fullnomi": f"{f} {la}",
            "rev": f"{la}, {f}",
            "REV": f"{la.upper()}, {f}",
            "REVnc": f"{la.upper()} {f}",
            "revnc": f"{la} {f}",
            "init": f"{self.initials()} {la}",
            "firstL": f"{f} {self.last_initial()}",
            "first": f,
            "last": la,
            "LAST": la.upper(),
            "nick": self.nick or f,
            "FULL": f"{f} {mi}{la}".upper(),
        }[style]


def age_on(dob: dt.date, d: dt.date) -> int:
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def rand_date(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


class Ctx:
    """Everything one document draws: locale, town, shapes, persons, values."""

    def __init__(self, genre: str, i: int, locale: str, r: random.Random):
        self.genre, self.i, self.loc, self.r = genre, i, locale, r
        self.lang, self.cc, self.region = LOCALES[locale]
        self.today = rand_date(r, dt.date(2025, 2, 3), dt.date(2026, 11, 20))
        self.town = self.pick_town()
        self.dob_shape = r.choice(DOB_SHAPES[self.dob_family()])
        self.used_last: set[str] = set()
        self.used_first: set[str] = set()
        self.used_emails: set[str] = set()
        self.used_phones: set[str] = set()
        self.phone_style = r.random()
        self.money_style = r.randrange(3)
        self.lower_chat = r.random() < 0.35

    # ---------------------------------------------------------------------------------------------------------------
    def t(self, de, fr, it, en):
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def dob_family(self) -> str:
        if self.lang == "en":
            return "en_US" if self.cc == "US" else "en_GB"
        if self.lang == "de":
            return "de_AT" if self.cc == "AT" else ("de_CH" if self.cc == "CH" else "de")
        if self.lang == "fr":
            return "fr_CH" if self.cc == "CH" else "fr"
        return "it_CH" if self.cc == "CH" else "it"

    def pick_town(self, mountain: bool = False):
        towns = TOWNS[self.region]
        if mountain:
            towns = [x for x in towns if x[4]] or towns
        return self.r.choice(towns)

    # ---------------------------------------------------------------------------------------------------------------
    def _src(self) -> tuple[Src, str]:
        r = self.r
        x = r.random()
        if x < 0.55:
            return SOURCES[REGION_SRC[self.loc]], "region"
        if x < 0.78:
            key = wpick(r, COMMUNITY[self.cc])
            return SOURCES[key], "community"
        return SOURCES[REGION_SRC[self.loc]], "special"

    def person(self, gender=None, age=(19, 84), src=None, kind=None, last=None, child=False) -> Person:
        r = self.r
        g = gender or r.choice("fm")
        if src is None:
            src, kind = self._src()
        kind = kind or "region"
        lk = self.lang
        first = None
        surname = last
        for _ in range(30):
            if child and kind != "community":
                key = self.cc if self.cc in ("CH", "GB", "US") else self.lang
                first = r.choice(CHILD_FIRST[key][0 if g == "f" else 1])
            else:
                first = r.choice(src.ff if g == "f" else src.fm)
            if first not in self.used_first:
                break
        if surname is None:
            for _ in range(30):
                if kind == "special":
                    y = r.random()
                    if y < 0.32:
                        surname = r.choice(WORD_LAST[lk])
                        if r.random() < 0.3:
                            first = r.choice(WORD_FIRST[lk][0 if g == "f" else 1])
                    elif y < 0.55:
                        reg = self.region if self.region in PARTICLE_LAST else self.cc
                        surname = r.choice(PARTICLE_LAST.get(reg, PARTICLE_LAST.get(self.cc, ["von Arx"])))
                    elif y < 0.8:
                        a, b = INVENT[lk]
                        surname = r.choice(a) + r.choice(b)
                        if r.random() < 0.35 and not child:
                            first = r.choice(RARE_FIRST[lk][0 if g == "f" else 1])
                    else:
                        s1, s2 = src.surname(r), src.surname(r)
                        sep = " " if (lk in ("it", "en") and r.random() < 0.4) else "-"
                        surname = s1 + sep + s2 if s1 != s2 else s1
                else:
                    surname = src.surname(r)
                if surname.split()[-1] not in self.used_last and surname != first:
                    break
            if g == "f":
                surname = src.fem_of(surname)
        if kind != "community" and not child and r.random() < 0.08 and lk in DOUBLE_FIRST:
            first = r.choice(DOUBLE_FIRST[lk][0 if g == "f" else 1])
        mi = ""
        if self.cc == "US" and not child and r.random() < 0.15:
            mi = r.choice("ABCDEFGHJKLMNPRSTW") + "."
        if child:
            dob = rand_date(r, self.today - dt.timedelta(days=365 * 17), self.today - dt.timedelta(days=365 * 6))
        else:
            lo, hi = age
            dob = rand_date(
                r, self.today - dt.timedelta(days=int(365.25 * hi)), self.today - dt.timedelta(days=int(365.25 * lo))
            )
        nick = NICK.get(lk, {}).get(first)
        p = Person(first, surname, g, dob, src.key, lk, mi, nick)
        self.used_first.add(first)
        for w in surname.replace("-", " ").split():
            self.used_last.add(w)
        return p

    def relative(self, p: Person, rel: str, gender=None) -> Person:
        """partner, child, parent or sibling - shares the name source and, mostly, the family name."""
        r = self.r
        g = gender or r.choice("fm")
        if rel == "partner" and gender is None:
            g = ("m" if p.f else "f") if r.random() < 0.88 else p.g
        src = SOURCES.get(p.src, SOURCES[REGION_SRC[self.loc]])
        fam = p.last
        if p.f and p.src in ("pl_PL", "cs_CZ", "sk_SK", "el"):
            for s in src.last:
                if src.fem_of(s) == p.last:
                    fam = s
                    break
        last = src.fem_of(fam) if g == "f" else fam
        pa = age_on(p.dob, self.today)
        kind = "region" if p.src == REGION_SRC[self.loc] else "community"
        if rel == "child" and pa < 21:
            rel = "sibling"
        if rel == "partner":
            lo, hi = max(18, pa - 8), min(95, pa + 8)
            return self.person(g, (lo, hi), src=src, kind=kind, last=last if r.random() < 0.7 else None)
        if rel == "parent":
            lo, hi = pa + 20, min(pa + 44, 99)
            return self.person(g, (lo, hi), src=src, kind=kind, last=last)
        if rel == "child":
            age = r.randint(max(0, pa - 44), pa - 20)
        else:
            age = max(0, pa + r.randint(-9, 9))
        q = self.person(g, (max(age, 18), max(age, 18) + 1), src=src, kind=kind, last=last, child=age < 18)
        if age < 18:
            q.dob = self.today - dt.timedelta(days=int(365.25 * age) + r.randint(1, 360))
        return q

    # ---------------------------------------------------------------------------------------------------------------
    def P(self, p: Person, style: str = "full") -> str:
        return E("PERSON", p.render(style))

    def title(self, p: Person, kind: str = "std") -> str:
        L = self.lang
        if L == "de":
            return {"dat": "Frau" if p.f else "Herrn", "dr": "Dr."}.get(kind, "Frau" if p.f else "Herr")
        if L == "fr":
            return {
                "std": "Mme" if p.f else "M.",
                "long": "Madame" if p.f else "Monsieur",
                "dr": "Dr",
                "dat": "Mme" if p.f else "M.",
            }.get(kind, "Mme" if p.f else "M.")
        if L == "it":
            return {
                "std": "Sig.ra" if p.f else "Sig.",
                "long": "signora" if p.f else "signor",
                "dr": "Dott.ssa" if p.f else "Dott.",
                "dat": "Sig.ra" if p.f else "Sig.",
            }.get(kind, "Sig.")
        us = self.cc == "US"
        return {
            "std": ("Ms." if us else "Ms") if p.f else ("Mr." if us else "Mr"),
            "dr": "Dr." if us else "Dr",
            "dat": ("Mrs." if us else "Mrs") if p.f else ("Mr." if us else "Mr"),
        }.get(kind, "Mr")

    def TP(self, p: Person, kind: str = "std", style: str = "last") -> str:
        return f"{self.title(p, kind)} {self.P(p, style)}"

    def gw(self, p: Person, m: str, f: str) -> str:
        return f if p.f else m

    # ---------------------------------------------------------------------------------------------------------------
    def addr(self, town=None, home=True, extra=None):
        """An address dict; about 80 % in the document's town."""
        r = self.r
        if town is None:
            town = self.town if r.random() < 0.8 else self.pick_town()
        pcs = town[1].split("|") if self.region in ("GB",) else town[1].split()
        region = self.region
        st = r.choice(STREETS[region])
        no = str(r.choice([r.randint(1, 30), r.randint(1, 80), r.randint(2, 160)]))
        if region == "US":
            no = str(r.randint(12, 4890))
        suffix = ""
        cc = self.cc
        x = r.random() if extra is None else extra
        if cc == "DE" and x < 0.2:
            suffix = r.choice(["a", "b", " a", "-5"]) if r.random() < 0.6 else ""
            if not suffix:
                suffix = r.choice([", 3. OG", " (Hinterhaus)", ", 2. Stock", ", EG links"])
        elif cc == "AT" and x < 0.55:
            suffix = r.choice(
                [
                    f"/{r.randint(1, 12)}",
                    f"/{r.randint(1, 4)}/{r.randint(1, 20)}",
                    f"/Top {r.randint(1, 24)}",
                    f"/Stiege {r.randint(1, 3)}/Tür {r.randint(1, 14)}",
                ]
            )
        elif cc == "CH" and x < 0.12:
            suffix = r.choice(["a", "b", "c"])
        elif cc == "FR" and x < 0.2:
            suffix = r.choice([" bis", " ter", "bis"])
        elif cc == "IT" and x < 0.25:
            suffix = r.choice(["/B", "/A", f", int. {r.randint(1, 18)}", f", scala {r.choice('ABC')}"])
        elif cc == "GB" and x < 0.25:
            suffix = "flat"
        elif cc == "US" and x < 0.35:
            suffix = r.choice(
                [
                    f", Apt {r.randint(1, 9)}{r.choice('ABCD')}",
                    f" #{r.randint(2, 40)}",
                    f", Unit {r.randint(1, 30)}",
                    f" Apt. {r.randint(101, 512)}",
                ]
            )
        pc = r.choice(pcs)
        return {
            "street": st,
            "no": no,
            "suffix": suffix,
            "pc": pc,
            "town": town[0],
            "prov": town[3],
            "area": town[2],
            "cc": cc,
            "region": region,
            "flat": r.randint(1, 12),
            "style": r.random(),
        }

    def street(self, a) -> str:
        """The street line (house number and flat / floor additions inside)."""
        r = self.r
        st, no, sx, cc = a["street"], a["no"], a["suffix"], a["cc"]
        if a["region"] == "CHit" and a["style"] < 0.2:
            st = st[0].lower() + st[1:]
        if cc in ("DE", "AT") or a["region"] == "CHde":
            if cc == "DE" and a["style"] < 0.12 and st.endswith("straße"):
                st = st[:-6] + "str."
            return f"{st} {no}{sx}"
        if a["region"] == "CHfr":
            st2 = st[0].upper() + st[1:] if a["style"] < 0.6 else st
            return f"{st2} {no}{sx}"
        if cc == "FR":
            sep = ", " if a["style"] < 0.3 else " "
            base = f"{no}{sx}{sep}{st}"
            if a["style"] > 0.85:
                base = f"Bât. {r.choice('ABC')}, Appt {a['flat'] + 10}, {base}"
            return base
        if cc in ("IT", "CH"):
            if a["style"] < 0.25:
                return f"{st}, {no}{sx}"
            if a["style"] < 0.4:
                return f"{st} n. {no}{sx}"
            return f"{st} {no}{sx}"
        if cc == "GB":
            if sx == "flat":
                if a["town"] in ("Glasgow", "Edinburgh", "Aberdeen", "Inverness") and a["style"] < 0.5:
                    return f"Flat {a['flat'] % 3 + 1}/{a['flat'] % 2 + 1}, {no} {st}"
                return f"Flat {a['flat']}, {no} {st}"
            return f"{no} {st}"
        # US
        d = ""
        if a["style"] < 0.25:
            d = r.choice(["N ", "S ", "E ", "W ", "North ", "West "])
        return f"{no} {d}{st}{sx}"

    def townline(self, a, prefix=None) -> str:
        cc, pc, town, prov = a["cc"], a["pc"], a["town"], a["prov"]
        s = a["style"]
        if cc in ("DE", "AT", "CH"):
            pre = prefix if prefix is not None else ""
            if prefix is None and s > 0.9:
                pre = {"DE": "D-", "AT": "A-", "CH": "CH-"}[cc]
            tw = town
            return f"{pre}{pc} {tw}"
        if cc == "FR":
            return f"{pc} {town.upper() if s > 0.55 else town}"
        if cc == "IT":
            if s < 0.5:
                return f"{pc} {town} ({prov})"
            if s < 0.75:
                return f"{pc} {town} {prov}"
            if s < 0.9:
                return f"{pc} {town}"
            return f"I-{pc} {town} ({prov})"
        if cc == "GB":
            return f"{town.upper() if s > 0.7 else town} {pc}"
        zipc = pc if s < 0.8 else f"{pc}-{self.r.randint(1000, 9899)}"
        return f"{town}, {prov} {zipc}"

    def A1(self, a, sep=None) -> str:
        """One-line address: two spans."""
        r = self.r
        if sep is None:
            sep = r.choice([", ", ", ", ", ", " - ", " · ", "; ", " / "] if a["cc"] != "US" else [", "])
        return E("ADDRESS", self.street(a)) + sep + E("ADDRESS", self.townline(a))

    def A2(self, a, indent="") -> str:
        """Address block: two lines, two spans."""
        return indent + E("ADDRESS", self.street(a)) + "\n" + indent + E("ADDRESS", self.townline(a))

    def AS(self, a) -> str:
        return E("ADDRESS", self.street(a))

    def AT_(self, a) -> str:
        return E("ADDRESS", self.townline(a))

    def pobox(self, town=None) -> str:
        r = self.r
        town = town or self.town
        pcs = town[1].split("|") if self.region == "GB" else town[1].split()
        cc = self.cc
        if cc == "DE":
            n = r.randint(10, 99)
            return (
                E("ADDRESS", f"Postfach {n} {r.randint(10, 99):02d} {r.randint(10, 99):02d}")
                + "\n"
                + E("ADDRESS", f"{pcs[0][:3]}{r.randint(0, 9)}{r.randint(0, 9)} {town[0]}")
            )
        if cc == "AT":
            return E("ADDRESS", f"Postfach {r.randint(1, 400)}") + "\n" + E("ADDRESS", f"{pcs[0]} {town[0]}")
        if cc == "CH":
            lab = {"de": "Postfach", "fr": "Case postale", "it": "Casella postale"}[self.lang]
            return E("ADDRESS", f"{lab} {r.randint(10, 2999)}") + "\n" + E("ADDRESS", f"{pcs[0]} {town[0]}")
        if cc == "FR":
            return E("ADDRESS", f"BP {r.randint(10, 999)}") + "\n" + E("ADDRESS", f"{pcs[0]} {town[0].upper()} CEDEX")
        if cc == "IT":
            return (
                E("ADDRESS", f"Casella postale {r.randint(1, 400)}")
                + "\n"
                + E("ADDRESS", f"{pcs[0]} {town[0]} ({town[3]})")
            )
        if cc == "GB":
            return E("ADDRESS", f"PO Box {r.randint(100, 9999)}") + "\n" + E("ADDRESS", f"{town[0]} {pcs[0]}")
        return E("ADDRESS", f"P.O. Box {r.randint(100, 9999)}") + "\n" + E("ADDRESS", f"{town[0]}, {town[3]} {pcs[0]}")

    # ---------------------------------------------------------------------------------------------------------------
    def phone(self, kind: str = "mobile", area: str | None = None, style: str | None = None) -> str:
        """A formatted phone number (unmarked)."""
        r = self.r
        cc = self.cc
        for _ in range(20):
            s = _phone(r, cc, kind, area or self.town[2], style, self.phone_style)
            digits = re.sub(r"\D", "", s)
            if digits not in self.used_phones:
                self.used_phones.add(digits)
                return s
        return s

    def PH(self, kind="mobile", area=None, style=None) -> str:
        return E("PHONE", self.phone(kind, area, style))

    # ---------------------------------------------------------------------------------------------------------------
    def email(self, p: Person, kind: str = "private", domain: str | None = None) -> str:
        r = self.r
        key = kind + (domain or "")
        if key in p.email_cache:
            return p.email_cache[key]
        german = p.lang == "de"
        fi = re.sub(r"[^a-z]", "", fold(p.first.split(" ")[0].split("-")[0], german).lower()) or "x"
        la = re.sub(r"[^a-z-]", "", fold(p.last.replace(" ", "").replace("'", ""), german).lower()) or "y"
        la1 = la.replace("-", "")
        for _ in range(20):
            if kind == "work":
                pat = r.choice(["{f}.{l}", "{f}.{l}", "{i}.{l}", "{i}{l}", "{l}", "{f}{l}", "{f}_{l}", "{l}.{f}"])
            else:
                pat = r.choice(
                    [
                        "{f}.{l}",
                        "{f}.{l}",
                        "{f}{l}",
                        "{f}_{l}",
                        "{i}{l}",
                        "{f}.{l}{y}",
                        "{f}{y}",
                        "{l}.{f}",
                        "{f}.{l}{n}",
                        "{l}{i}",
                        "{f}-{l}",
                        "{nk}{y}",
                        "{f}{l}{n}",
                    ]
                )
            loc = pat.format(
                f=fi,
                l=la1 if "{f}{l}" in pat else la,
                i=fi[0],
                y=str(p.dob.year)[2:],
                n=r.randint(1, 99),
                nk=re.sub(r"[^a-z]", "", fold(p.nick or p.first, german).lower()) or fi,
            )
            dom = domain or r.choice(MAILDOMAINS[self.cc])
            addr = f"{loc}@{dom}"
            if addr not in self.used_emails:
                self.used_emails.add(addr)
                p.email_cache[key] = addr
                return addr
        return addr

    def EM(self, p: Person, kind="private", domain=None) -> str:
        return E("EMAIL", self.email(p, kind, domain))

    # ---------------------------------------------------------------------------------------------------------------
    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        r = self.r
        cc = cc or self.cc
        if cc == "US":
            cc = "DE"
        if cc == "CH" and r.random() < 0.04:
            cc = "LI"
        if cc in ("DE", "AT", "FR", "IT") and r.random() < 0.04:
            cc = r.choice({"DE": ["AT", "NL", "LU"], "AT": ["DE"], "FR": ["BE", "LU"], "IT": ["SM"]}[cc])
        s = make_iban(r, cc)
        if grouped is None:
            grouped = r.random() < 0.65
        if grouped:
            s = " ".join(s[k : k + 4] for k in range(0, len(s), 4))
        return s

    def IB(self, cc=None, grouped=None) -> str:
        return E("IBAN", self.iban(cc, grouped))

    def ahv(self) -> str:
        return make_ahv(self.r, dotted=self.r.random() < 0.8)

    def card(self, grouped=True) -> str:
        return make_card(self.r, grouped)

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

    def ip(self) -> str:
        return make_ip(self.r, self.cc)

    # ---------------------------------------------------------------------------------------------------------------
    def dob(self, p: Person, shape=None) -> str:
        shape = shape or (self.dob_shape if self.r.random() < 0.8 else self.r.choice(DOB_SHAPES[self.dob_family()]))
        return fmt_date(p.dob, shape, self)

    def DOB(self, p: Person, shape=None) -> str:
        return E("DOB", self.dob(p, shape))

    def date(self, d: dt.date, shape=None) -> str:
        """Plain dates in the document's shape (never labelled)."""
        return fmt_date(d, shape or self.dob_shape, self)

    def money(self, v: float) -> str:
        cc, s = self.cc, self.money_style
        if cc == "CH":
            txt = f"{v:,.2f}".replace(",", "'")
            return [f"CHF {txt}", f"Fr. {txt}", f"{txt} CHF"][s]
        if cc == "GB":
            return f"£{v:,.2f}"
        if cc == "US":
            return f"${v:,.2f}"
        txt = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", "." if self.lang != "fr" else "\u202f")
        if self.lang == "fr":
            return [f"{txt} €", f"{txt} €", f"{txt} EUR"][s]
        if self.lang == "it":
            return [f"€ {txt}", f"{txt} €", f"EUR {txt}"][s]
        return [f"{txt} €", f"EUR {txt}", f"{txt} EUR"][s]

    def cur(self) -> str:
        return {"CH": "CHF", "GB": "GBP", "US": "USD"}.get(self.cc, "EUR")

    def time(self, h0=7, h1=21) -> str:
        r = self.r
        h, m = r.randint(h0, h1), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, r.randint(0, 59)])
        if self.cc == "US":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}" if self.lang != "fr" or r.random() < 0.6 else f"{h}h{m:02d}"


MAILDOMAINS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "posteo.de",
        "mailbox.org",
        "outlook.de",
        "freenet.de",
        "icloud.com",
        "yahoo.de",
        "gmx.net",
    ],
    "AT": ["gmx.at", "aon.at", "gmail.com", "a1.net", "chello.at", "outlook.com", "icloud.com", "yahoo.com"],
    "CH": [
        "bluewin.ch",
        "gmx.ch",
        "sunrise.ch",
        "hispeed.ch",
        "gmail.com",
        "outlook.com",
        "protonmail.ch",
        "icloud.com",
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
        "yahoo.it",
        "gmail.com",
        "hotmail.it",
        "outlook.it",
        "email.it",
    ],
    "GB": [
        "btinternet.com",
        "sky.com",
        "yahoo.co.uk",
        "hotmail.co.uk",
        "gmail.com",
        "outlook.com",
        "icloud.com",
        "live.co.uk",
        "virginmedia.com",
    ],
    "US": [
        "gmail.com",
        "yahoo.com",
        "comcast.net",
        "outlook.com",
        "icloud.com",
        "aol.com",
        "hotmail.com",
        "proton.me",
        "att.net",
    ],
}


# --------------------------------------------------------------------------------------------------------------------
# phone numbers
# --------------------------------------------------------------------------------------------------------------------
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
    "AT": ["0664", "0660", "0676", "0699", "0650", "0680", "0681", "0688"],
    "CH": ["076", "077", "078", "079", "075"],
    "FR": ["06", "07"],
    "IT": [
        "320",
        "328",
        "329",
        "330",
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
        "350",
        "351",
        "366",
        "371",
        "380",
        "388",
        "389",
        "392",
        "393",
    ],
    "GB": ["07"],
    "US": [],
}
CCODE = {"DE": "49", "AT": "43", "CH": "41", "FR": "33", "IT": "39", "GB": "44", "US": "1"}


def _digits(r: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = "".join(str(r.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(2, 9)) + s[1:]
    return s


def _g(s: str, sizes) -> str:
    out, k = [], 0
    for n in sizes:
        out.append(s[k : k + n])
        k += n
    if k < len(s):
        out.append(s[k:])
    return " ".join(x for x in out if x)


def _phone(r: random.Random, cc: str, kind: str, area: str, style, bias: float) -> str:
    intl = style == "intl" or (style is None and r.random() < 0.25 + 0.3 * bias)
    if cc == "US":
        a = area if kind != "mobile" or r.random() < 0.7 else r.choice(["646", "917", "213", "312", "720", "206"])
        ex = str(r.randint(201, 989))
        if ex[1:] == "11" or ex == "555":
            ex = "482"
        ln = f"{r.randint(0, 9999):04d}"
        if intl:
            return r.choice([f"+1 {a} {ex} {ln}", f"+1 ({a}) {ex}-{ln}", f"+1{a}{ex}{ln}", f"+1-{a}-{ex}-{ln}"])
        return r.choice(
            [
                f"({a}) {ex}-{ln}",
                f"{a}-{ex}-{ln}",
                f"{a}.{ex}.{ln}",
                f"1-{a}-{ex}-{ln}",
                f"({a}) {ex}-{ln}",
                f"{a} {ex} {ln}",
            ]
        )
    if cc == "FR":
        pre = r.choice(MOBILE["FR"]) if kind == "mobile" else area
        sub = _digits(r, 8, False)
        nat = pre + sub
        pairs = " ".join(nat[k : k + 2] for k in range(0, 10, 2))
        if intl:
            rest = nat[1:]
            rp = rest[0] + " " + " ".join(rest[k : k + 2] for k in range(1, 9, 2))
            return r.choice([f"+33 {rp}", f"+33 (0){rp}", f"0033 {rp}", f"+33{rest}", f"+33 (0) {rp}"])
        return r.choice([pairs, pairs, pairs.replace(" ", "."), nat, pairs.replace(" ", "-")])
    if kind == "mobile":
        pre = r.choice(MOBILE[cc])
        if cc == "DE":
            sub = _digits(r, r.choice([7, 8]))
        elif cc == "AT":
            sub = _digits(r, r.choice([6, 7]))
        elif cc == "CH":
            sub = _digits(r, 7)
        elif cc == "IT":
            sub = _digits(r, 7, False)
        else:  # GB: 07 + 9 digits
            pre = "07" + str(r.choice([4, 5, 7, 8, 9]))
            sub = _digits(r, 8, False)
    else:
        pre = area
        if cc == "DE":
            sub = _digits(r, max(5, 11 - len(pre) + r.choice([0, 0, -1])))
        elif cc == "AT":
            sub = _digits(r, 7 if pre == "01" else r.choice([5, 6]))
        elif cc == "CH":
            sub = _digits(r, 7)
        elif cc == "IT":
            sub = _digits(r, 10 - len(pre), False)
            if sub[0] == "0":
                sub = "5" + sub[1:]
        else:  # GB
            n = {3: 8, 4: 7, 5: 6, 6: 5}[len(pre)]
            sub = _digits(r, n)
    nat = pre + sub
    if cc == "CH":
        grp = f"{pre} {sub[:3]} {sub[3:5]} {sub[5:]}"
        if intl:
            return r.choice(
                [
                    f"+41 {pre[1:]} {sub[:3]} {sub[3:5]} {sub[5:]}",
                    f"+41 (0){pre[1:]} {sub[:3]} {sub[3:5]} {sub[5:]}",
                    f"0041 {pre[1:]} {sub[:3]} {sub[3:5]} {sub[5:]}",
                    f"+41{nat[1:]}",
                    f"+41 {pre[1:]} {sub}",
                ]
            )
        return r.choice(
            [
                grp,
                grp,
                f"{pre}/{sub[:3]} {sub[3:5]} {sub[5:]}",
                nat,
                f"{pre} {sub[:3]} {sub[3:]}",
                f"{pre}-{sub[:3]}-{sub[3:5]}-{sub[5:]}",
            ]
        )
    if cc == "DE":
        if intl:
            return r.choice(
                [
                    f"+49 {pre[1:]} {sub}",
                    f"+49 ({pre[0]}){pre[1:]} {sub}",
                    f"0049 {pre[1:]} {sub}",
                    f"+49{nat[1:]}",
                    f"+49 {pre[1:]} {_g(sub, [3, 2, 2]) if len(sub) == 7 else sub}",
                    f"+49-{pre[1:]}-{sub}",
                ]
            )
        if kind != "mobile" and r.random() < 0.2 and len(sub) > 5:
            return f"{pre} {sub[:-2]}-{sub[-2:]}"
        return r.choice(
            [
                f"{pre} {sub}",
                f"{pre}/{sub}",
                f"({pre}) {sub}",
                f"{pre}-{sub}",
                f"{pre} {_g(sub, [3, 2, 2])}" if len(sub) == 7 else f"{pre} {sub}",
                f"{pre} / {sub}",
                nat,
            ]
        )
    if cc == "AT":
        if intl:
            return r.choice(
                [
                    f"+43 {pre[1:]} {sub}",
                    f"+43 (0){pre[1:]} {sub}",
                    f"0043 {pre[1:]} {sub}",
                    f"+43{nat[1:]}",
                    f"+43 {pre[1:]} {_g(sub, [3, 2, 2]) if len(sub) == 7 else sub}",
                ]
            )
        return r.choice(
            [
                f"{pre} {sub}",
                f"{pre}/{sub}",
                f"{pre} {_g(sub, [3, 2, 2])}" if len(sub) == 7 else f"{pre} {sub}",
                f"{pre}-{sub}",
                f"({pre}) {sub}",
            ]
        )
    if cc == "IT":
        if intl:
            return r.choice(
                [f"+39 {pre} {sub}", f"+39 {pre} {_g(sub, [3, 4])}", f"0039 {pre} {sub}", f"+39{nat}", f"+39 {nat}"]
            )
        if kind == "mobile":
            return r.choice(
                [
                    f"{pre} {sub}",
                    f"{pre} {_g(sub, [3, 4])}",
                    f"{pre}-{sub}",
                    nat,
                    f"{pre}/{sub}",
                    f"{pre}.{sub[:3]}.{sub[3:]}",
                ]
            )
        return r.choice(
            [
                f"{pre} {sub}",
                f"{pre} {_g(sub, [4, 4]) if len(sub) == 8 else _g(sub, [3, 4])}",
                f"{pre}-{sub}",
                f"{pre}/{sub}",
                nat,
            ]
        )
    # GB
    if kind == "mobile":
        nat_g = f"{nat[:5]} {nat[5:]}"
    elif len(pre) == 3:
        nat_g = f"{pre} {sub[:4]} {sub[4:]}"
    elif len(pre) == 4:
        nat_g = f"{pre} {sub[:3]} {sub[3:]}"
    else:
        nat_g = f"{pre} {sub}"
    if intl:
        rest = nat_g[1:]
        return r.choice([f"+44 {rest}", f"+44 (0){rest}", f"0044 {rest}", f"+44{nat[1:]}"])
    return r.choice([nat_g, nat_g, nat, f"({pre}) {sub}" if kind != "mobile" else nat_g])


# --------------------------------------------------------------------------------------------------------------------
# IBAN, AHV, cards, IP addresses
# --------------------------------------------------------------------------------------------------------------------
def _mod97(s: str) -> int:
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return _mod97(s[4:] + s[:4]) == 1


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin(bban: str) -> str:
    tot = 0
    for k, c in enumerate(bban):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if k % 2 == 0 else v
    return chr(65 + tot % 26)


BANKS = {
    "DE": [
        "10010010",
        "20050550",
        "70150000",
        "37050198",
        "50010517",
        "43060967",
        "12030000",
        "76050101",
        "86055592",
        "60050101",
        "76020070",
        "30050110",
    ],
    "AT": ["20111", "12000", "60000", "32000", "36000", "14000", "20404", "38000", "34000"],
    "CH": ["00762", "09000", "00700", "00230", "04835", "00767", "00788", "00764", "80808", "00790", "00778", "08401"],
    "LI": ["08800", "08810"],
    "FR": ["30003", "30004", "30002", "20041", "10278", "11306", "16606", "42559", "18206"],
    "IT": ["03069", "02008", "05034", "03111", "01030", "05696", "03015", "08327", "06230"],
    "SM": ["03225", "06067"],
    "GB": [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40"), ("MONZ", "04")],
    "NL": ["ABNA", "INGB", "RABO", "TRIO"],
    "LU": ["001", "002", "019", "014"],
    "BE": [""],
}


def make_iban(r: random.Random, cc: str) -> str:
    if cc == "DE":
        bban = r.choice(BANKS["DE"]) + _digits(r, 10, False)
    elif cc == "AT":
        bban = r.choice(BANKS["AT"]) + _digits(r, 11, False)
    elif cc in ("CH", "LI"):
        bban = r.choice(BANKS[cc]) + _digits(r, 12, False)
    elif cc == "FR":
        bank, guichet, acct = r.choice(BANKS["FR"]), _digits(r, 5, False), _digits(r, 11, False)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
        bban = f"{bank}{guichet}{acct}{key:02d}"
    elif cc in ("IT", "SM"):
        rest = r.choice(BANKS[cc]) + _digits(r, 5, False) + _digits(r, 12, False)
        bban = _cin(rest) + rest
    elif cc == "GB":
        code, sort = r.choice(BANKS["GB"])
        bban = code + sort + _digits(r, 4, False) + _digits(r, 8, False)
    elif cc == "NL":
        bban = r.choice(BANKS["NL"]) + _digits(r, 10, False)
    elif cc == "LU":
        bban = r.choice(BANKS["LU"]) + _digits(r, 13, False)
    else:  # BE
        acct = _digits(r, 10, False)
        chk = int(acct) % 97 or 97
        bban = f"{acct}{chk:02d}"
    chk = 98 - _mod97(bban + cc + "00")
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s), s
    return s


def ean13_ok(d: str) -> bool:
    tot = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(d[:12]))
    return (10 - tot % 10) % 10 == int(d[12])


def make_ahv(r: random.Random, dotted: bool = True) -> str:
    body = "756" + _digits(r, 9, False)
    tot = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(body))
    d = body + str((10 - tot % 10) % 10)
    assert ean13_ok(d)
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}" if dotted else d


def luhn_ok(d: str) -> bool:
    tot = 0
    for k, c in enumerate(reversed(d)):
        v = int(c)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_card(r: random.Random, grouped: bool = True) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex"])
    if kind == "visa":
        body, n = "4" + _digits(r, 5, False), 16
    elif kind == "mc":
        body, n = str(r.randint(51, 55)) + _digits(r, 4, False), 16
    elif kind == "mc2":
        body, n = str(r.randint(2221, 2720)) + _digits(r, 2, False), 16
    else:
        body, n = r.choice(["34", "37"]) + _digits(r, 4, False), 15
    body += _digits(r, n - 1 - len(body), False)
    for c in "0123456789":
        if luhn_ok(body + c):
            d = body + c
            break
    assert luhn_ok(d) and len(d) == n
    if not grouped:
        return d
    if n == 15:
        return f"{d[:4]} {d[4:10]} {d[10:]}"
    return " ".join(d[k : k + 4] for k in range(0, 16, 4))


IP4 = {
    "DE": [
        "79.192.0.0/10",
        "84.128.0.0/10",
        "87.128.0.0/10",
        "91.0.0.0/10",
        "93.192.0.0/10",
        "188.96.0.0/12",
        "95.88.0.0/14",
    ],
    "AT": ["62.46.0.0/16", "77.116.0.0/14", "80.108.0.0/14", "178.112.0.0/13", "91.112.0.0/13"],
    "CH": ["85.0.0.0/13", "178.192.0.0/13", "83.76.0.0/14", "212.243.0.0/16", "77.56.0.0/14"],
    "FR": ["90.0.0.0/9", "82.64.0.0/10", "86.192.0.0/11", "109.8.0.0/13", "176.128.0.0/11"],
    "IT": ["79.0.0.0/11", "93.32.0.0/11", "151.16.0.0/12", "2.32.0.0/12", "87.0.0.0/12"],
    "GB": ["86.0.0.0/11", "81.96.0.0/12", "31.48.0.0/13", "109.144.0.0/13", "92.0.0.0/12"],
    "US": ["73.0.0.0/8", "98.192.0.0/10", "24.0.0.0/12", "71.192.0.0/11", "108.0.0.0/12", "174.48.0.0/12"],
}
IP6 = {
    "DE": "2003:{}",
    "AT": "2a02:8388:{}",
    "CH": "2a02:1210:{}",
    "FR": "2a01:cb00:{}",
    "IT": "2001:b07:{}",
    "GB": "2a00:23c4:{}",
    "US": "2601:{}",
}


def make_ip(r: random.Random, cc: str) -> str:
    if r.random() < 0.18:
        tail = ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(5 if cc in ("DE", "US") else 4))
        s = IP6[cc].format(tail)
        if cc not in ("DE", "US"):
            s = s  # 3 fixed + 5 = 8 groups below
        groups = s.split(":")
        while len(groups) < 8:
            groups.append(f"{r.randint(0, 0xFFFF):x}")
        s = str(ipaddress.IPv6Address(":".join(groups[:8])))
    else:
        net = ipaddress.IPv4Network(r.choice(IP4[cc]))
        s = str(net[r.randint(1, net.num_addresses - 2)])
    assert ipaddress.ip_address(s).is_global, s
    return s


def lan_ip(r: random.Random) -> str:
    return r.choice(
        [
            f"192.168.{r.randint(0, 5)}.{r.randint(2, 250)}",
            f"10.{r.randint(0, 40)}.{r.randint(0, 9)}.{r.randint(2, 250)}",
        ]
    )


# --------------------------------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------------------------------
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
MON_ABBR = {
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
DOB_SHAPES = {
    "de": [
        "dd.mm.yyyy",
        "dd.mm.yyyy",
        "d.m.yyyy",
        "dd.mm.yy",
        "iso",
        "d. Month yyyy",
        "dd. Month yyyy",
        "d.Month yyyy",
        "d. Mon yyyy",
        "dd.ROM.yyyy",
        "dd. mm. yyyy",
        "d Month yyyy",
    ],
    "de_AT": [
        "dd.mm.yyyy",
        "dd.mm.yyyy",
        "d.m.yyyy",
        "dd.mm.yy",
        "d. Month yyyy",
        "dd. Month yyyy",
        "d. Mon yyyy",
        "dd/mm/yyyy",
        "iso",
    ],
    "de_CH": ["dd.mm.yyyy", "dd.mm.yyyy", "d.m.yyyy", "dd.mm.yy", "d. Month yyyy", "dd. Month yyyy", "iso", "d.m.yy"],
    "fr": [
        "dd/mm/yyyy",
        "dd/mm/yyyy",
        "d month yyyy",
        "D MONTH YYYY",
        "d mon yyyy",
        "dd/mm/yy",
        "dd-mm-yyyy",
        "dd mm yyyy",
        "iso",
    ],
    "fr_CH": ["dd.mm.yyyy", "dd/mm/yyyy", "d month yyyy", "d mon yyyy", "dd.mm.yy", "iso", "D MONTH YYYY"],
    "it": [
        "dd/mm/yyyy",
        "dd/mm/yyyy",
        "d month yyyy",
        "D MONTH YYYY",
        "d mon yyyy",
        "dd-mm-yyyy",
        "d/m/yyyy",
        "iso",
        "dd.mm.yyyy",
    ],
    "it_CH": ["dd.mm.yyyy", "dd.mm.yyyy", "dd/mm/yyyy", "d month yyyy", "d.m.yyyy", "iso"],
    "en_GB": [
        "dd/mm/yyyy",
        "dd/mm/yyyy",
        "d Month yyyy",
        "dth Month yyyy",
        "dth of Month yyyy",
        "d Mon yyyy",
        "d MON yyyy",
        "dd-MON-yyyy",
        "iso",
    ],
    "en_US": [
        "mm/dd/yyyy",
        "mm/dd/yyyy",
        "m/d/yyyy",
        "m/d/yy",
        "Month d, yyyy",
        "Mon d, yyyy",
        "Mon. d, yyyy",
        "Month dth, yyyy",
        "mm-dd-yyyy",
        "iso",
    ],
}


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: dt.date, shape: str, ctx: Ctx | None = None) -> str:
    lang = ctx.lang if ctx else "en"
    at = ctx is not None and ctx.cc == "AT"
    months = list(MONTHS[lang])
    abbr = list(MON_ABBR[lang])
    if at:
        months[0], abbr[0] = "Jänner", "Jän."
    D, M, Y = d.day, d.month, d.year
    m = {
        "dd.mm.yyyy": f"{D:02d}.{M:02d}.{Y}",
        "d.m.yyyy": f"{D}.{M}.{Y}",
        "dd.mm.yy": f"{D:02d}.{M:02d}.{Y % 100:02d}",
        "d.m.yy": f"{D}.{M}.{Y % 100:02d}",
        "iso": d.isoformat(),
        "d. Month yyyy": f"{D}. {months[M - 1]} {Y}",
        "dd. Month yyyy": f"{D:02d}. {months[M - 1]} {Y}",
        "d.Month yyyy": f"{D}.{months[M - 1]} {Y}",
        "d. Mon yyyy": f"{D}. {abbr[M - 1]} {Y}",
        "dd.ROM.yyyy": f"{D:02d}.{ROMAN[M - 1]}.{Y}",
        "dd. mm. yyyy": f"{D:02d}. {M:02d}. {Y}",
        "d Month yyyy": f"{D} {months[M - 1]} {Y}",
        "dd/mm/yyyy": f"{D:02d}/{M:02d}/{Y}",
        "d month yyyy": f"{('1er' if lang == 'fr' else '1°') if D == 1 else D} {months[M - 1]} {Y}",
        "D MONTH YYYY": f"{('1ER' if lang == 'fr' else '1°') if D == 1 else D} {months[M - 1].upper()} {Y}",
        "d mon yyyy": f"{D} {abbr[M - 1]} {Y}",
        "dd/mm/yy": f"{D:02d}/{M:02d}/{Y % 100:02d}",
        "dd-mm-yyyy": f"{D:02d}-{M:02d}-{Y}",
        "dd mm yyyy": f"{D:02d} {M:02d} {Y}",
        "d/m/yyyy": f"{D}/{M}/{Y}",
        "dth Month yyyy": f"{_ord(D)} {months[M - 1]} {Y}",
        "dth of Month yyyy": f"{_ord(D)} of {months[M - 1]} {Y}",
        "d Mon yyyy": f"{D} {abbr[M - 1]} {Y}",
        "d MON yyyy": f"{D} {abbr[M - 1].upper()} {Y}",
        "dd-MON-yyyy": f"{D:02d}-{abbr[M - 1].upper()}-{Y}",
        "mm/dd/yyyy": f"{M:02d}/{D:02d}/{Y}",
        "m/d/yyyy": f"{M}/{D}/{Y}",
        "m/d/yy": f"{M}/{D}/{Y % 100:02d}",
        "Month d, yyyy": f"{months[M - 1]} {D}, {Y}",
        "Mon d, yyyy": f"{abbr[M - 1]} {D}, {Y}",
        "Mon. d, yyyy": f"{abbr[M - 1]}{'' if abbr[M - 1] == 'May' else '.'} {D}, {Y}",
        "Month dth, yyyy": f"{months[M - 1]} {_ord(D)}, {Y}",
        "mm-dd-yyyy": f"{M:02d}-{D:02d}-{Y}",
    }
    return m[shape]


# --------------------------------------------------------------------------------------------------------------------
# layouts: forms, tables, chats, mails, exports
# --------------------------------------------------------------------------------------------------------------------
KV_STYLES = [
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


def kv(ctx: Ctx, pairs, style: str | None = None) -> str:
    r = ctx.r
    style = style or r.choice(KV_STYLES)
    pairs = [(k, v) for k, v in pairs if k and v is not None and v != ""]
    w = max(len(k) for k, _ in pairs) + 1
    sp = " :" if ctx.lang == "fr" and r.random() < 0.5 else ":"
    out = []
    if style == "mdtable":
        lab = ctx.t("Feld", "Champ", "Campo", "Field")
        val = ctx.t("Angabe", "Valeur", "Valore", "Value")
        out += [f"| {lab} | {val} |", "|---|---|"]
        out += [f"| {k} | {v} |" for k, v in pairs]
        return "\n".join(out)
    for k, v in pairs:
        if style == "colon":
            out.append(f"{k}{sp} {v}")
        elif style == "aligned":
            out.append(f"{(k + sp):<{w + 2}} {v}")
        elif style == "tab":
            out.append(f"{k}:\t{v}")
        elif style == "dots":
            out.append(f"{k} {'.' * max(3, w + 6 - len(k))} {v}")
        elif style == "bold":
            out.append(f"**{k}:** {v}")
        elif style == "eq":
            out.append(f"{k} = {v}")
        elif style == "upper":
            out.append(f"{k.upper()}{sp} {v}")
        elif style == "bullet":
            out.append(f"- {k}: {v}")
        else:
            out.append(f"[{k}] {v}")
    return "\n".join(out)


TABLE_STYLES = ["md", "mdpad", "mdpad", "fixed", "csv", "csvsemi", "tsv", "pipe", "html"]


def _csvcell(v: str, sep: str) -> str:
    p = plain(v)
    if sep in p or '"' in p or "\n" in p:
        return '"' + v.replace('"', '""') + '"'
    return v


def table(ctx: Ctx, headers, rows, style: str | None = None) -> str:
    style = style or ctx.r.choice(TABLE_STYLES)
    rows = [[("" if c is None else str(c)) for c in row] for row in rows]
    if style in ("csv", "csvsemi", "tsv"):
        sep = {"csv": ",", "csvsemi": ";", "tsv": "\t"}[style]
        lines = [sep.join(_csvcell(h, sep) for h in headers)]
        lines += [sep.join(_csvcell(c, sep) for c in row) for row in rows]
        return "\n".join(lines)
    if style == "html":
        lines = ["<table>", "  <tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>"]
        lines += ["  <tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows]
        lines.append("</table>")
        return "\n".join(lines)
    if style == "md":
        lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max([vlen(h)] + [vlen(row[k]) for row in rows]) for k, h in enumerate(headers)]
    if style == "mdpad":
        lines = [
            "| " + " | ".join(pad(h, widths[k]) for k, h in enumerate(headers)) + " |",
            "|" + "|".join("-" * (w + 2) for w in widths) + "|",
        ]
        lines += ["| " + " | ".join(pad(c, widths[k]) for k, c in enumerate(row)) + " |" for row in rows]
        return "\n".join(lines)
    if style == "pipe":
        lines = [" | ".join(headers)] + [" | ".join(row) for row in rows]
        return "\n".join(lines)
    lines = ["  ".join(pad(h, widths[k]) for k, h in enumerate(headers)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, widths[k]) for k, c in enumerate(row)).rstrip() for row in rows]
    return "\n".join(lines)


def jdump(obj, r: random.Random, compact: bool | None = None) -> str:
    if compact is None:
        compact = r.random() < 0.3
    if compact:
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, indent=r.choice([2, 2, 4]))


def jsonl(objs, r: random.Random) -> str:
    return "\n".join(json.dumps(o, ensure_ascii=False) for o in objs)


_YAML_PLAIN = re.compile(r"^[A-Za-z0-9À-ž][\w À-ž.@/+\-]*$")


def _yscalar(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    p = plain(v)
    if (
        p
        and _YAML_PLAIN.match(p)
        and not p.endswith(":")
        and ": " not in p
        and p.lower() not in ("yes", "no", "true", "false", "null", "on", "off")
        and not re.fullmatch(r"[\d.\-+ ]+", p)
    ):
        return v
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml(obj, indent: int = 0) -> str:
    sp = "  " * indent
    lines = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                lines.append(f"{sp}{k}:")
                lines.append(yaml(v, indent + 1))
            else:
                lines.append(f"{sp}{k}: {_yscalar(v) if not isinstance(v, (dict, list)) else '[]'}")
    else:
        for it in obj:
            if isinstance(it, dict):
                sub = yaml(it, indent + 1).split("\n")
                first = sub[0].lstrip()
                lines.append(f"{sp}- {first}")
                lines += sub[1:]
            else:
                lines.append(f"{sp}- {_yscalar(it)}")
    return "\n".join(lines)


# chats -------------------------------------------------------------------------------------------------------------
CHAT_STYLES = ["wa_ios", "wa_android", "telegram", "teams", "irc", "paren", "discord", "plain"]


def chat(ctx: Ctx, msgs, day: dt.date | None = None, style: str | None = None, lower: bool | None = None) -> str:
    """msgs: list of (sender marked, text marked)."""
    r = ctx.r
    style = style or r.choice(CHAT_STYLES)
    day = day or ctx.today
    lower = ctx.lower_chat if lower is None else lower
    h, m = r.randint(6, 19), r.randint(0, 59)
    lines = []
    us = ctx.cc == "US"
    for who, txt in msgs:
        m += r.randint(0, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        h = min(h, 23)
        if lower:
            txt = recase(txt, "lower")
            if r.random() < 0.5:
                who = recase(who, "lower")
        t24 = f"{h:02d}:{m:02d}"
        t12 = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        tt = t12 if us else t24
        if style == "wa_ios":
            d = (
                f"{day.month}/{day.day}/{day.year % 100:02d}"
                if us
                else (
                    f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
                    if ctx.lang == "de"
                    else f"{day.day:02d}/{day.month:02d}/{day.year}"
                )
            )
            lines.append(f"[{d}, {tt if us else t24 + ':' + f'{r.randint(0, 59):02d}'}] {who}: {txt}")
        elif style == "wa_android":
            d = (
                f"{day.month}/{day.day}/{day.year % 100:02d}"
                if us
                else (
                    f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
                    if ctx.lang == "de"
                    else f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
                )
            )
            lines.append(f"{d}, {tt} - {who}: {txt}")
        elif style == "telegram":
            d = f"{day.day:02d}.{day.month:02d}.{day.year}"
            lines.append(f"{who}, [{d} {t24}]\n{txt}\n")
        elif style == "teams":
            lines.append(f"{who}  {tt}\n{txt}\n")
        elif style == "irc":
            lines.append(f"[{t24}] <{who}> {txt}")
        elif style == "paren":
            lines.append(f"{who} ({tt}): {txt}")
        elif style == "discord":
            today = ctx.t("Heute um", "Aujourd'hui à", "Oggi alle", "Today at")
            lines.append(f"{who} — {today} {tt}\n{txt}\n")
        else:
            lines.append(f"{who}: {txt}")
    return "\n".join(lines).rstrip()


# mails -------------------------------------------------------------------------------------------------------------
def mail_header(
    ctx: Ctx, frm: str, to: str, subject: str, when: dt.datetime | None = None, cc: str | None = None
) -> str:
    L = ctx.lang
    when = when or dt.datetime.combine(ctx.today, dt.time(ctx.r.randint(7, 21), ctx.r.randint(0, 59)))
    lab = {
        "de": ("Von", "An", "Cc", "Datum", "Betreff"),
        "fr": ("De", "À", "Cc", "Date", "Objet"),
        "it": ("Da", "A", "Cc", "Data", "Oggetto"),
        "en": ("From", "To", "Cc", "Date", "Subject"),
    }[L]
    sp = " :" if L == "fr" and ctx.r.random() < 0.6 else ":"
    d = (
        ctx.date(when.date())
        + " "
        + (
            f"{when.hour:02d}:{when.minute:02d}"
            if ctx.cc != "US"
            else f"{(when.hour - 1) % 12 + 1}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"
        )
    )
    lines = [f"{lab[0]}{sp} {frm}", f"{lab[1]}{sp} {to}"]
    if cc:
        lines.append(f"{lab[2]}{sp} {cc}")
    lines += [f"{lab[3]}{sp} {d}", f"{lab[4]}{sp} {subject}"]
    return "\n".join(lines)


def addr_disp(ctx: Ctx, p: Person, email_m: str) -> str:
    r = ctx.r
    x = r.random()
    if x < 0.45:
        return f"{ctx.P(p, 'fullnomi')} <{email_m}>"
    if x < 0.62:
        return f'"{ctx.P(p, "rev")}" <{email_m}>'
    if x < 0.72:
        return f"{ctx.P(p, 'REVnc')} <{email_m}>"
    if x < 0.85:
        return email_m
    return f"'{ctx.P(p, 'fullnomi')}' <{email_m}>"


def quote_block(ctx: Ctx, body: str, who: str, email_m: str | None, when: dt.datetime, style: str | None = None) -> str:
    r = ctx.r
    L = ctx.lang
    style = style or r.choice(["onwrote", "onwrote", "outlook", "onwrote_noq"])
    d = ctx.date(when.date())
    hm = f"{when.hour:02d}:{when.minute:02d}"
    who_full = f"{who} <{email_m}>" if email_m else who
    if style.startswith("onwrote"):
        head = {
            "de": f"Am {d} um {hm} schrieb {who_full}:",
            "fr": f"Le {d} à {hm}, {who_full} a écrit :",
            "it": f"Il giorno {d} alle ore {hm} {who_full} ha scritto:",
            "en": f"On {d}, at {hm}, {who_full} wrote:",
        }[L]
        if style == "onwrote":
            q = "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
        else:
            q = body
        return head + "\n" + q
    lab = {
        "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "Betreff"),
        "fr": ("-----Message d'origine-----", "De", "Envoyé", "Objet"),
        "it": ("-----Messaggio originale-----", "Da", "Inviato", "Oggetto"),
        "en": ("-----Original Message-----", "From", "Sent", "Subject"),
    }[L]
    return f"{lab[0]}\n{lab[1]}: {who_full}\n{lab[2]}: {d} {hm}\n\n{body}"


# wrapping: the request a user types around the pasted text --------------------------------------------------------
GENERIC_REQ = {
    "de": [
        "Kannst du das bitte zusammenfassen?",
        "Fasse mir das in drei Sätzen zusammen.",
        "Bitte übersetze das ins Englische.",
        "Was fehlt hier noch?",
        "Kannst du das sauber formatieren?",
        "Bitte prüfe das auf Fehler und Unstimmigkeiten.",
        "Mach daraus eine Tabelle.",
        "Schreib mir bitte eine kurze, freundliche Antwort darauf.",
    ],
    "fr": [
        "Tu peux me résumer ça ?",
        "Peux-tu résumer ce document en quelques lignes ?",
        "Traduis-moi ça en allemand, s'il te plaît.",
        "Qu'est-ce qui manque ?",
        "Peux-tu mettre ça au propre ?",
        "Vérifie s'il y a des incohérences.",
        "Fais-en un tableau, merci.",
        "Rédige une réponse courte et polie.",
    ],
    "it": [
        "Puoi riassumere questo testo?",
        "Riassumi in tre frasi, per favore.",
        "Traduci in tedesco, grazie.",
        "Cosa manca secondo te?",
        "Puoi sistemare la formattazione?",
        "Controlla se ci sono errori.",
        "Trasformalo in una tabella.",
        "Scrivi una risposta breve e cortese.",
    ],
    "en": [
        "Can you summarise this?",
        "Summarise this in three sentences please.",
        "Translate this into German.",
        "What's missing here?",
        "Can you tidy this up?",
        "Please check this for mistakes or inconsistencies.",
        "Turn this into a table.",
        "Draft a short, friendly reply to this.",
    ],
}


def pick_request(ctx: Ctx, specific: dict) -> str:
    r = ctx.r
    lang = ctx.lang
    if lang != "en" and r.random() < 0.07:
        lang = "en"
    elif ctx.cc == "CH" and lang in ("fr", "it") and r.random() < 0.06:
        lang = "de"
    pool = list(specific.get(lang, [])) * 2 + GENERIC_REQ[lang]
    req = r.choice(pool)
    if ctx.cc == "US" and lang == "en":
        req = req.replace("summarise", "summarize").replace("Summarise", "Summarize")
    return req


def wrap(ctx: Ctx, body: str, specific: dict) -> str:
    r = ctx.r
    req = pick_request(ctx, specific)
    x = r.random()
    if x < 0.6:
        b = body
    elif x < 0.75:
        b = "```\n" + body + "\n```"
    elif x < 0.83:
        b = '"""\n' + body + '\n"""'
    elif x < 0.91:
        b = "---\n" + body + "\n---"
    elif x < 0.96:
        b = "<<<\n" + body + "\n>>>"
    else:
        b = "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    if r.random() < 0.55:
        text = req + ("\n\n" if r.random() < 0.8 else "\n") + b
    else:
        text = b + "\n\n" + req
    y = r.random()
    if y < 0.035:
        text = recase(text, "lower")
    elif y < 0.05:
        text = recase(text, "upper")
    elif r.random() < 0.05:
        text = text[0].lower() + text[1:] if text[0] not in MARKS else text
    return text


# OCR noise (outside the markers) ------------------------------------------------------------------------------------
OCR_SUBS = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("I", "l"),
    ("O", "0"),
    ("e", "c"),
    ("ü", "ii"),
    ("ä", "a"),
    ("é", "e"),
    ("S", "5"),
    (",", "."),
    (" ", "  "),
    ("t", "f"),
    ("h", "b"),
    ("ll", "11"),
    ("i", "í"),
]


def ocr(s: str, r: random.Random, rate: float = 0.012) -> str:
    out = []
    for t, txt in segments(s):
        if t is not None:
            out.append(OPEN[t] + txt + CLOSE)
            continue
        buf, k = [], 0
        while k < len(txt):
            done = False
            if r.random() < rate:
                for a, b in r.sample(OCR_SUBS, len(OCR_SUBS)):
                    if txt.startswith(a, k):
                        buf.append(b)
                        k += len(a)
                        done = True
                        break
            if not done:
                buf.append(txt[k])
                k += 1
        out.append("".join(buf))
    return "".join(out)


# --------------------------------------------------------------------------------------------------------------------
# shared pieces of the genres
# --------------------------------------------------------------------------------------------------------------------
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "org.uk", "US": "org"}


def slug(s: str) -> str:
    s = fold(s, True).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def domain_of(ctx: Ctx, short: str, tld: str | None = None) -> str:
    return f"{slug(short)}.{tld or TLD[ctx.cc]}"


def role_mail(ctx: Ctx, dom: str, kind: str | None = None) -> str:
    r = ctx.r
    pool = {
        "de": ["info", "kontakt", "office", "post", "service"],
        "fr": ["contact", "info", "accueil", "secretariat"],
        "it": ["info", "segreteria", "contatti", "ufficio"],
        "en": ["info", "enquiries", "office", "hello", "admin"],
    }[ctx.lang]
    return f"{kind or r.choice(pool)}@{dom}"


def tel_lab(ctx: Ctx) -> str:
    return ctx.r.choice(
        {
            "de": ["Tel.", "Tel.", "Telefon", "Tel"],
            "fr": ["Tél.", "Tél. :", "Téléphone"],
            "it": ["Tel.", "Tel.", "Telefono", "tel."],
            "en": ["Tel", "Tel.", "Phone", "T:"],
        }[ctx.lang]
    )


def mob_lab(ctx: Ctx) -> str:
    if ctx.cc == "US":
        return ctx.r.choice(["Cell", "Cell phone", "Mobile"])
    return ctx.r.choice(
        {
            "de": ["Mobil", "Handy", "Mobil"] if ctx.cc != "CH" else ["Mobile", "Natel", "Mobil"],
            "fr": ["Portable", "Mobile", "Tél. portable"],
            "it": ["Cellulare", "Cell.", "Mobile"],
            "en": ["Mobile", "Mob", "Mobile"],
        }[ctx.lang]
    )


def email_lab(ctx: Ctx) -> str:
    return ctx.r.choice(
        {
            "de": ["E-Mail", "E-Mail", "Mail"],
            "fr": ["Courriel", "E-mail", "Mail"],
            "it": ["E-mail", "Email", "Posta elettronica"],
            "en": ["Email", "E-mail", "Email"],
        }[ctx.lang]
    )


def dob_lab(ctx: Ctx, p: Person | None = None) -> str:
    r = ctx.r
    if ctx.lang == "de":
        return r.choice(["Geburtsdatum", "Geburtsdatum", "Geb.-Datum", "geboren am"])
    if ctx.lang == "fr":
        if p is not None and r.random() < 0.3:
            return "née le" if p.f else "né le"
        return r.choice(["Date de naissance", "Date de naissance", "Né(e) le"])
    if ctx.lang == "it":
        if p is not None and r.random() < 0.3:
            return "nata il" if p.f else "nato il"
        return r.choice(["Data di nascita", "Data di nascita", "Nato/a il"])
    return r.choice(["Date of birth", "Date of birth", "DOB", "D.O.B."])


def letterhead(ctx: Ctx, name: str, a, phone_m: str, extra: list[str] | None = None, style: str | None = None) -> str:
    r = ctx.r
    style = style or r.choice(["block", "block", "line", "mixed"])
    extra = extra or []
    if style == "block" and r.random() < 0.25:
        return "\n".join([name, E("ADDRESS", ctx.street(a)), ctx.pobox(), f"{tel_lab(ctx)} {phone_m}"] + extra)
    if style == "block":
        return "\n".join(
            [name, E("ADDRESS", ctx.street(a)), E("ADDRESS", ctx.townline(a)), f"{tel_lab(ctx)} {phone_m}"] + extra
        )
    if style == "line":
        return " · ".join(
            [name, E("ADDRESS", ctx.street(a)), E("ADDRESS", ctx.townline(a)), f"{tel_lab(ctx)} {phone_m}"] + extra
        )
    return (
        name
        + "\n"
        + " · ".join([E("ADDRESS", ctx.street(a)), E("ADDRESS", ctx.townline(a))])
        + "\n"
        + " · ".join([f"{tel_lab(ctx)} {phone_m}"] + extra)
    )


def signature(
    ctx: Ctx,
    p: Person,
    role: str,
    org: str | None = None,
    phone_m: str | None = None,
    email_m: str | None = None,
    addr_m: str | None = None,
    style: str | None = None,
) -> str:
    r = ctx.r
    style = style or r.choice(["block", "block", "dash", "line"])
    name = ctx.P(p, r.choice(["fullnomi", "fullnomi", "full", "init"]))
    parts = (
        [name, role]
        + ([org] if org else [])
        + ([addr_m] if addr_m else [])
        + ([f"{tel_lab(ctx)} {phone_m}"] if phone_m else [])
        + ([email_m] if email_m else [])
    )
    if style == "line":
        return " | ".join(parts)
    if style == "dash":
        return "-- \n" + "\n".join(parts)
    return "\n".join(parts)


def co(ctx: Ctx, host: Person, a, sep: str = ", ") -> str:
    """An address care of another person: the host's name is a PERSON span."""
    return f"c/o {ctx.P(host, 'fullnomi')}{sep}{ctx.A1(a) if sep != chr(10) else ctx.A2(a)}"


def greet(ctx: Ctx, p: Person | None = None, formal: bool = True) -> str:
    r = ctx.r
    L = ctx.lang
    if p is None:
        return {
            "de": "Sehr geehrte Damen und Herren,",
            "fr": "Madame, Monsieur,",
            "it": "Gentili signori,",
            "en": "Dear Sir or Madam,",
        }[L]
    if not formal:
        name = ctx.P(p, "first")
        return {"de": f"Hallo {name},", "fr": f"Bonjour {name},", "it": f"Ciao {name},", "en": f"Hi {name},"}[L]
    if L == "de":
        return f"{'Sehr geehrte Frau' if p.f else 'Sehr geehrter Herr'} {ctx.P(p, 'last')},"
    if L == "fr":
        return (
            f"{'Madame' if p.f else 'Monsieur'} {ctx.P(p, 'last')},"
            if r.random() < 0.5
            else f"Bonjour {'Madame' if p.f else 'Monsieur'} {ctx.P(p, 'last')},"
        )
    if L == "it":
        return f"{'Gentile signora' if p.f else 'Gentile signor'} {ctx.P(p, 'last')},"
    return f"Dear {ctx.title(p)} {ctx.P(p, 'last')},"


def closing(ctx: Ctx, formal: bool = True) -> str:
    r = ctx.r
    if formal:
        return r.choice(
            {
                "de": [
                    "Mit freundlichen Grüßen",
                    "Freundliche Grüße",
                    "Mit freundlichen Grüssen" if ctx.cc == "CH" else "Beste Grüße",
                ],
                "fr": ["Meilleures salutations", "Cordialement", "Veuillez agréer mes salutations distinguées."],
                "it": ["Cordiali saluti", "Distinti saluti", "Un cordiale saluto"],
                "en": ["Kind regards", "Best regards", "Yours sincerely", "Many thanks"],
            }[ctx.lang]
        )
    return r.choice(
        {
            "de": ["Viele Grüße", "LG", "Liebe Grüße", "Danke euch!"],
            "fr": ["Bonne journée", "Merci d'avance", "À bientôt", "Bises"],
            "it": ["Grazie mille", "A presto", "Buona giornata", "Un saluto"],
            "en": ["Cheers", "Thanks", "Best", "Thanks so much"],
        }[ctx.lang]
    )


def pstyle(ctx: Ctx, weights=None) -> str:
    """The name style of a list or table: one per table."""
    return wpick(ctx.r, weights or [("fullnomi", 4), ("rev", 2), ("REV", 1), ("init", 2), ("REVnc", 1), ("revnc", 1)])


def chat_name(ctx: Ctx, p: Person, style: str) -> str:
    if style == "nick" and p.nick:
        return ctx.P(p, "nick")
    if style == "nick":
        style = "first"
    return ctx.P(p, style)


def req(de=(), fr=(), it=(), en=()) -> dict:
    return {"de": list(de), "fr": list(fr), "it": list(it), "en": list(en)}


def dtime(ctx: Ctx, d: dt.date, h0=7, h1=20) -> dt.datetime:
    return dt.datetime.combine(d, dt.time(ctx.r.randint(h0, h1), ctx.r.randint(0, 59)))


def yes_no(ctx: Ctx, v: bool) -> str:
    return ctx.t("ja" if v else "nein", "oui" if v else "non", "sì" if v else "no", "yes" if v else "no")


def rel_word(ctx: Ctx, rel: str, q: Person) -> str:
    f = q.f
    W = {
        "partner": (
            "Ehefrau" if f else "Ehemann",
            "épouse" if f else "époux",
            "moglie" if f else "marito",
            "wife" if f else "husband",
        ),
        "friend": (
            "Lebensgefährtin" if f else "Lebensgefährte",
            "compagne" if f else "compagnon",
            "compagna" if f else "compagno",
            "partner",
        ),
        "child": (
            "Tochter" if f else "Sohn",
            "fille" if f else "fils",
            "figlia" if f else "figlio",
            "daughter" if f else "son",
        ),
        "parent": (
            "Mutter" if f else "Vater",
            "mère" if f else "père",
            "madre" if f else "padre",
            "mother" if f else "father",
        ),
        "sibling": (
            "Schwester" if f else "Bruder",
            "sœur" if f else "frère",
            "sorella" if f else "fratello",
            "sister" if f else "brother",
        ),
        "neighbour": (
            "Nachbarin" if f else "Nachbar",
            "voisine" if f else "voisin",
            "vicina" if f else "vicino",
            "neighbour",
        ),
    }[rel]
    return {"de": W[0], "fr": W[1], "it": W[2], "en": W[3]}[ctx.lang]


def plate(ctx: Ctx) -> str:
    r = ctx.r
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    cc = ctx.cc
    if cc == "DE":
        return (
            f"{r.choice(['M', 'B', 'HH', 'K', 'GAP', 'BGL', 'OA', 'F', 'S', 'L', 'DD', 'N', 'FR'])}-"
            f"{r.choice(L)}{r.choice(L)} {r.randint(1, 9999)}"
        )
    if cc == "AT":
        return (
            f"{r.choice(['W', 'G', 'L', 'S', 'I', 'KB', 'KI', 'ZE', 'LZ', 'VB'])}-{r.randint(100, 99999)}"
            f"{r.choice(['A', 'B', 'X', 'Z'])}"
        )
    if cc == "CH":
        return f"{ctx.town[3] or 'ZH'} {r.randint(1000, 999999)}"
    if cc == "FR":
        return f"{r.choice(L)}{r.choice(L)}-{r.randint(100, 999)}-{r.choice(L)}{r.choice(L)}"
    if cc == "IT":
        return f"{r.choice(L)}{r.choice(L)} {r.randint(100, 999)}{r.choice(L)}{r.choice(L)}"
    if cc == "GB":
        return f"{r.choice(L)}{r.choice(L)}{r.randint(51, 75)} {r.choice(L)}{r.choice(L)}{r.choice(L)}"
    return f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)}{r.choice(L)}{r.randint(100, 999)}"


# ====================================================================================================================
# 1. mountainrescue - mountain rescue call-outs and incident reports
# ====================================================================================================================
MR_PLACES = {
    "DE": [
        "Alpspitze, Nordwandsteig",
        "Höllentalklamm",
        "Kramerplateauweg",
        "Watzmann-Überschreitung",
        "Nebelhorn, Hindelanger Klettersteig",
        "Jenner, Mitterkaseralm",
        "Wank, Rodelbahn",
        "Karwendelsteig",
    ],
    "AT": [
        "Hahnenkamm, Streif",
        "Großglockner, Stüdlgrat",
        "Dachstein, Hunerkogel",
        "Zillertaler Höhenweg",
        "Kitzsteinhorn, Gletscherplateau",
        "Valluga, Nordrinne",
        "Pasterze",
        "Seekarspitze",
    ],
    "CHde": [
        "Titlis, Jochpass",
        "Schwarzhorn, Westgrat",
        "Hörnlihütte",
        "Männlichen, Panoramaweg",
        "Brienzer Rothorn",
        "Pilatus, Chriesiloch",
        "Eiger-Trail",
        "Gemmipass",
    ],
    "CHfr": [
        "Mont-Fort",
        "Pierre Avoi",
        "Dents du Midi, Haute Cime",
        "Col de Balme",
        "Sentier des Chamois",
        "Glacier de Tsanfleuron",
        "Rochers de Naye",
    ],
    "CHit": [
        "Pizzo Lucendro",
        "Monte Tamaro, cresta",
        "Val Bavona",
        "Pizzo Centrale",
        "Capanna Cadlimo",
        "Monte Generoso, sentiero dei Canvetti",
        "Strada Alta Leventina",
    ],
    "FR": [
        "Aiguille du Midi, arête",
        "Mer de Glace, échelles",
        "Col du Lautaret",
        "Lac Blanc",
        "Pic du Midi d'Ossau",
        "Dôme des Écrins",
        "Chemin des Crêtes",
        "Pas de l'Échelle",
    ],
    "IT": [
        "Tofana di Rozes",
        "Gran Paradiso, via normale",
        "Presolana, canale",
        "Marmolada, ghiacciaio",
        "Pizzo Scalino",
        "Sentiero Roma",
        "Cresta di Bocchetta",
        "Monte Rosa, Capanna Gnifetti",
    ],
    "GB": [
        "Striding Edge, Helvellyn",
        "Ben Nevis, CMD Arête",
        "Crib Goch",
        "Scafell Pike, Corridor Route",
        "Jack's Rake, Pavey Ark",
        "Cairn Gorm, Coire an t-Sneachda",
        "Sharp Edge, Blencathra",
    ],
    "US": [
        "Longs Peak, Keyhole Route",
        "Flatirons, Third Flatiron",
        "Bridger Ridge",
        "Huntington Ravine",
        "Humphreys Peak trail",
        "Flattop Mountain trail",
        "Table Mountain saddle",
    ],
}
MR_HELI = {
    "DE": ["Christoph 1", "Christoph Murnau", "Christoph 14", "Christoph 17"],
    "AT": ["Christophorus 1", "Christophorus 4", "Christophorus 6", "Martin 4"],
    "CH": ["Rega 10", "Rega 3", "Air Zermatt", "Rega 6", "Air-Glaciers"],
    "FR": ["Dragon 74", "Choucas 74", "Dragon 38", "Dragon 64"],
    "IT": ["Pelikan 1", "elisoccorso 118", "Drago 158", "Falco"],
    "GB": ["Coastguard Rescue 951", "Coastguard Rescue 199"],
    "US": ["Flight For Life", "Life Flight 3", "Guardian 2"],
}
MR_INJ = {
    "de": [
        "Sprunggelenksverletzung nach Sturz",
        "Erschöpfung und Unterkühlung",
        "Absturz im Klettersteig, Kopfplatzwunde",
        "Verirrt bei Nebel, unverletzt",
        "Knieverletzung beim Abstieg",
        "Blockiert im Steilgelände",
    ],
    "fr": [
        "entorse de la cheville après une chute",
        "épuisement et hypothermie",
        "chute en via ferrata, plaie à la tête",
        "égarés dans le brouillard, indemnes",
        "blessure au genou à la descente",
        "bloqués en terrain raide",
    ],
    "it": [
        "distorsione alla caviglia dopo una caduta",
        "sfinimento e ipotermia",
        "caduta in ferrata, ferita alla testa",
        "dispersi nella nebbia, illesi",
        "trauma al ginocchio in discesa",
        "bloccati su terreno ripido",
    ],
    "en": [
        "ankle injury after a slip",
        "exhaustion and mild hypothermia",
        "fall on scrambling ground, head laceration",
        "lost in cloud, uninjured",
        "knee injury on descent",
        "cragfast on steep ground",
    ],
}


def mr_org(ctx: Ctx) -> tuple[str, str]:
    tw = ctx.town[0]
    reg = ctx.region
    name = {
        "DE": f"Bergwacht Bayern – Bereitschaft {tw}",
        "AT": f"Österreichischer Bergrettungsdienst – Ortsstelle {tw}",
        "CHde": f"Alpine Rettung Schweiz – Rettungsstation {tw}",
        "CHfr": f"Secours Alpin Suisse – Colonne de secours de {tw}",
        "CHit": f"Soccorso Alpino Svizzero – Stazione di soccorso {tw}",
        "FR": f"Peloton de gendarmerie de haute montagne de {tw}",
        "IT": f"CNSAS – Soccorso Alpino, Stazione di {tw}",
        "GB": f"{tw} Mountain Rescue Team",
        "US": f"{tw} Search and Rescue",
    }[reg]
    short = {
        "DE": f"bergwacht-{tw}",
        "AT": f"bergrettung-{tw}",
        "CHde": f"rettung-{tw}",
        "CHfr": f"secours-{tw}",
        "CHit": f"soccorso-{tw}",
        "FR": f"pghm-{tw}",
        "IT": f"cnsas-{tw}",
        "GB": f"{tw}-mrt",
        "US": f"{tw}-sar",
    }[reg]
    return name, domain_of(ctx, short)


def _mr_setup(ctx: Ctx):
    ctx.town = ctx.pick_town(mountain=True)
    name, dom = mr_org(ctx)
    return name, dom


COORD_BOX = {
    "DE": (47.5, 54.8, 6.2, 14.8),
    "AT": (46.5, 48.9, 9.6, 16.9),
    "CH": (45.9, 47.7, 6.0, 10.4),
    "FR": (43.3, 50.9, -1.4, 7.5),
    "IT": (38.0, 46.5, 7.0, 16.5),
    "GB": (50.4, 57.4, -5.2, 1.5),
    "US": (32.0, 46.5, -120.0, -72.0),
}


def _coords(ctx: Ctx) -> str:
    r = ctx.r
    a, b, c, d = COORD_BOX[ctx.cc]
    if ctx.genre == "mountainrescue":
        a, b, c, d = {
            "DE": (47.3, 47.8, 10.2, 13.0),
            "AT": (46.8, 47.5, 10.0, 13.8),
            "CH": (46.0, 46.9, 7.0, 9.9),
            "FR": (44.5, 46.1, 6.0, 7.0),
            "IT": (45.8, 46.7, 7.0, 12.3),
            "GB": (54.3, 57.2, -5.1, -2.9),
            "US": (39.5, 45.9, -112.0, -105.1),
        }[ctx.cc]
    lat, lon = r.uniform(a, b), r.uniform(c, d)
    if r.random() < 0.5:
        return f"{lat:.5f}, {lon:.5f}"
    return (
        f"N {int(lat)}°{(lat % 1) * 60:.3f}' {'E' if lon > 0 else 'W'} {abs(int(lon)):03d}°{(abs(lon) % 1) * 60:.3f}'"
    )


def mountain_report(ctx: Ctx) -> str:
    r = ctx.r
    org, dom = _mr_setup(ctx)
    oa = ctx.addr(town=ctx.town, extra=1)
    cas = ctx.person(age=(18, 78))
    comp = ctx.relative(cas, "friend") if r.random() < 0.4 else ctx.person()
    caller = comp if r.random() < 0.5 else ctx.person()
    krel = (
        r.choice(["partner", "parent", "sibling"])
        if age_on(cas.dob, ctx.today) < 25
        else r.choice(["partner", "child", "sibling"])
    )
    kin = ctx.relative(cas, krel)
    lead = ctx.person(age=(28, 62))
    team = [ctx.person(age=(20, 66)) for _ in range(r.randint(3, 6))]
    ha = ctx.addr(extra=None)
    if r.random() < 0.5:
        ha = ctx.addr(town=ctx.pick_town())
    day = ctx.today - dt.timedelta(days=r.randint(1, 20))
    place = r.choice(MR_PLACES[ctx.region if ctx.region in MR_PLACES else ctx.cc])
    heli = r.choice(MR_HELI[ctx.cc])
    inj = r.choice(MR_INJ[ctx.lang])
    no = f"{day.year}-{r.randint(12, 389):04d}"
    alt = r.randint(1100, 3400) if ctx.cc not in ("GB",) else r.randint(450, 1300)
    lh = letterhead(ctx, org, oa, ctx.PH("land", area=ctx.town[2]), [role_mail(ctx, dom)])
    tstyle = r.choice(["init", "fullnomi", "rev"])
    team_s = ", ".join(ctx.P(p, tstyle) for p in team)
    cs = ctx.P(cas, r.choice(["fullnomi", "rev", "REV"]))
    head = ctx.t(
        f"EINSATZBERICHT Nr. {no}",
        f"RAPPORT D'INTERVENTION n° {no}",
        f"RAPPORTO D'INTERVENTO n. {no}",
        f"INCIDENT REPORT {no}",
    )
    pairs = [
        (ctx.t("Datum", "Date", "Data", "Date"), ctx.date(day)),
        (ctx.t("Alarmierung", "Alerte", "Allarme", "Call-out"), ctx.time(6, 18)),
        (ctx.t("Einsatzort", "Lieu", "Luogo", "Location"), f"{place} ({_coords(ctx)}, {alt} m)"),
        (ctx.t("Einsatzart", "Nature", "Tipo di intervento", "Nature"), inj),
        (ctx.t("Verunfallte Person", "Victime", "Persona soccorsa", "Casualty"), cs),
        (dob_lab(ctx, cas), ctx.DOB(cas)),
        (ctx.t("Wohnadresse", "Adresse", "Indirizzo", "Home address"), ctx.A1(ha)),
        (ctx.t("Telefon", "Téléphone", "Telefono", "Phone"), ctx.PH("mobile")),
        (
            ctx.t("Meldende Person", "Témoin / appelant", "Chiamante", "Informant"),
            f"{ctx.P(caller, 'fullnomi')}, {ctx.PH('mobile')}",
        ),
        (
            ctx.t("Angehörige informiert", "Proche prévenu", "Familiare avvisato", "Next of kin informed"),
            f"{ctx.P(kin, 'fullnomi')} ({rel_word(ctx, krel, kin)}), {ctx.PH('mobile')}",
        ),
        (ctx.t("Einsatzleiter", "Chef d'intervention", "Capo intervento", "Team leader"), ctx.P(lead, "fullnomi")),
        (ctx.t("Mannschaft", "Équipe", "Squadra", "Team"), team_s),
        (ctx.t("Hubschrauber", "Hélicoptère", "Elicottero", "Aircraft"), heli),
    ]
    form = kv(ctx, pairs)
    cref = ctx.TP(cas, "std") if r.random() < 0.6 else ctx.P(cas, "first")
    compn = ctx.P(comp, "first")
    narr = ctx.t(
        f"Verlauf: {cref} war mit {compn} unterwegs. Nach dem Notruf um {ctx.time(8, 17)} Aufstieg zu Fuß, "
        f"Erstversorgung durch {ctx.P(team[0], 'last')}, danach Windenbergung durch {heli}. "
        f"{compn} wurde zu Fuß ins Tal begleitet. {ctx.P(lead, 'last')} hat die Angehörigen verständigt.",
        f"Déroulement : {cref} randonnait avec {compn}. Après l'appel à {ctx.time(8, 17)}, montée à pied, premiers "
        f"soins par {ctx.P(team[0], 'last')}, puis hélitreuillage par {heli}. {compn} a été raccompagné"
        f"{'e' if comp.f else ''} dans la vallée. {ctx.P(lead, 'last')} a prévenu la famille.",
        f"Svolgimento: {cref} era in escursione con {compn}. Dopo la chiamata delle {ctx.time(8, 17)} salita a piedi, "
        f"primo soccorso di {ctx.P(team[0], 'last')}, poi recupero con verricello da parte di {heli}. {compn} è "
        f"stat{'a' if comp.f else 'o'} accompagnat{'a' if comp.f else 'o'} a valle. {ctx.P(lead, 'last')} ha "
        f"avvisato i familiari.",
        f"Narrative: {cref} was walking with {compn}. After the 999 call at {ctx.time(8, 17)} the team walked in, "
        f"{ctx.P(team[0], 'last')} gave first aid, then winch extraction by {heli}. {compn} was walked off by two "
        f"team members. {ctx.P(lead, 'last')} informed the family."
        if ctx.cc == "GB"
        else f"Narrative: {cref} was hiking with {compn}. After the 911 call at {ctx.time(8, 17)} the hasty team hiked "
        "in, "
        f"{ctx.P(team[0], 'last')} provided first aid, then hoist extraction by {heli}. {compn} was escorted to the "
        f"trailhead. {ctx.P(lead, 'last')} notified the family.",
    )
    insurer = r.choice(
        {
            "DE": ["AOK Bayern", "TK", "Barmer", "DAV-Mitgliedschaft", "DAK"],
            "AT": ["ÖGK", "ÖAV-Mitgliedschaft", "Naturfreunde", "SVS"],
            "CH": ["Rega-Gönnerschaft", "CSS", "Helsana", "SAC-Mitgliedschaft", "Swica"],
            "FR": ["CPAM", "MGEN", "assurance FFCAM", "Harmonie Mutuelle"],
            "IT": ["tessera CAI", "SSN", "polizza Allianz", "Generali"],
            "GB": ["n/a (volunteer team)", "BMC insurance", "NHS"],
            "US": ["county SAR fund", "CORSAR card", "n/a"],
        }[ctx.cc]
    )
    if ctx.cc == "CH" and ctx.lang != "de":
        insurer = insurer.replace("Gönnerschaft", "donateur").replace("SAC-Mitgliedschaft", "CAS")
    ins = ctx.t(
        f"Kostenträger: {insurer}, Vers.-Nr. {r.choice('ABCDEFGHK')}{r.randint(100000000, 999999999)}",
        f"Prise en charge : {insurer}, dossier {r.randint(10000, 99999)}",
        f"Copertura: {insurer}, pratica {r.randint(10000, 99999)}",
        f"Billing: {insurer}, ref {r.randint(10000, 99999)}",
    )
    body = f"{lh}\n\n{head}\n\n{form}\n\n{narr}\n{ins}"
    if r.random() < 0.2:
        body = ocr(body, r)
    return wrap(
        ctx,
        body,
        req(
            de=[
                "Fasse den Einsatzbericht für die Jahresstatistik zusammen.",
                "Formuliere daraus eine kurze Pressemitteilung ohne Namen.",
                "Bitte schreib einen Dankesbrief an die meldende Person.",
            ],
            fr=[
                "Résume ce rapport pour la statistique annuelle.",
                "Rédige un communiqué de presse court sans noms.",
                "Écris une lettre de remerciement à la personne qui a donné l'alerte.",
            ],
            it=[
                "Riassumi il rapporto per la statistica annuale.",
                "Scrivi un breve comunicato stampa senza nomi.",
                "Prepara una lettera di ringraziamento per chi ha dato l'allarme.",
            ],
            en=[
                "Summarise this incident report for our annual stats.",
                "Turn this into a short press release without names.",
                "Write a thank-you letter to the informant.",
            ],
        ),
    )


def mountain_callout(ctx: Ctx) -> str:
    r = ctx.r
    org, _dom = _mr_setup(ctx)
    day = ctx.today - dt.timedelta(days=r.randint(0, 6))
    members = [ctx.person(age=(20, 66)) for _ in range(r.randint(5, 6))]
    cas = ctx.person(age=(14, 80))
    crel = r.choice(["partner", "sibling", "parent" if age_on(cas.dob, ctx.today) < 30 else "child"])
    caller = ctx.relative(cas, crel)
    place = r.choice(MR_PLACES[ctx.region if ctx.region in MR_PLACES else ctx.cc])
    # alarm log table
    st = pstyle(ctx)
    hdr = ctx.t(
        ["Zeit", "Ereignis", "Person", "Rückruf"],
        ["Heure", "Événement", "Personne", "Rappel"],
        ["Ora", "Evento", "Persona", "Richiamata"],
        ["Time", "Event", "Person", "Call-back"],
    )
    ev = ctx.t(
        ["Notruf über Leitstelle", "Alarmierung Gruppe", "Rückruf Melder", "Abmarsch", "Patient erreicht"],
        ["Appel via le 112", "Alerte de l'équipe", "Rappel de l'appelant", "Départ", "Victime atteinte"],
        ["Chiamata dal 112", "Allertamento squadra", "Richiamata", "Partenza", "Paziente raggiunto"],
        ["Call via control", "Team paged", "Informant called back", "Team left base", "Casualty reached"],
    )
    rows = []
    hh = r.randint(9, 16)
    cb = ctx.PH("mobile")
    for k, e in enumerate(ev):
        who = ctx.P(caller, st) if k in (0, 2) else (ctx.P(members[k % len(members)], st) if k == 3 else "")
        rows.append([f"{hh + k // 3:02d}:{(k * 11 + 3) % 60:02d}", e, who, cb if k in (0, 2) else ""])
    tbl = table(ctx, hdr, rows)
    cstyle = r.choice(["first", "fullnomi", "firstL", "nick"])
    ms = members
    casr = ctx.P(cas, "first") if r.random() < 0.5 else ctx.TP(cas)
    msgs = [
        (
            chat_name(ctx, ms[0], cstyle),
            ctx.t(
                f"Einsatz {place}, 1 Person verletzt. Wer kann?",
                f"Intervention {place}, 1 blessé. Qui est dispo ?",
                f"Intervento {place}, 1 ferito. Chi c'è?",
                f"Call-out {place}, one casualty. Who's available?",
            ),
        ),
        (
            chat_name(ctx, ms[1], cstyle),
            ctx.t(
                "bin in 15 min am Stützpunkt",
                "je suis au local dans 15 min",
                "sono in sede tra 15 min",
                "at base in 15",
            ),
        ),
        (
            chat_name(ctx, ms[2], cstyle),
            ctx.t(
                f"komme auch, hab den Vakuumsack. {ctx.P(ms[3], 'first')} bringt das Seil",
                f"j'arrive aussi avec le matelas coquille. {ctx.P(ms[3], 'first')} prend la corde",
                f"arrivo anch'io con il materasso a depressione. {ctx.P(ms[3], 'first')} porta la corda",
                f"on my way with the vac mat. {ctx.P(ms[3], 'first')} has the rope",
            ),
        ),
        (
            chat_name(ctx, ms[0], cstyle),
            ctx.t(
                f"Melder: {rel_word(ctx, crel, caller)} "
                f"{ctx.P(caller, 'fullnomi')}, erreichbar unter {cb}. Patient: {casr}",
                f"L'appelant : {ctx.P(caller, 'fullnomi')}, joignable au {cb}. Victime : {casr}",
                f"Ha chiamato {ctx.P(caller, 'fullnomi')}, raggiungibile al {cb}. Ferito: {casr}",
                f"Informant is {ctx.P(caller, 'fullnomi')}, reachable on {cb}. Casualty: {casr}",
            ),
        ),
        (
            chat_name(ctx, ms[3], cstyle),
            ctx.t(
                f"ok. {ctx.P(ms[1], 'first')}, nimmst du mich an der {r.choice(STREETS[ctx.region])} mit?",
                f"ok. {ctx.P(ms[1], 'first')}, tu me prends au passage ?",
                f"ok. {ctx.P(ms[1], 'first')}, mi passi a prendere?",
                f"ok. {ctx.P(ms[1], 'first')} can you grab me on the way?",
            ),
        ),
    ]
    if r.random() < 0.6:
        ha = ctx.addr(extra=1)
        msgs.append(
            (
                chat_name(ctx, ms[1], cstyle),
                ctx.t(
                    f"klar, bin in 10 min bei dir ({ctx.AS(ha)})",
                    f"oui, je passe dans 10 min au {ctx.AS(ha)}",
                    f"sì, tra 10 min sono in {ctx.AS(ha)}",
                    f"sure, outside {ctx.AS(ha)} in 10",
                ),
            )
        )
    msgs.append(
        (
            chat_name(ctx, ms[0], cstyle),
            ctx.t(
                f"Heli ist angefragt. {ctx.P(ms[4], 'first')} bleibt am Funk.",
                f"Hélico demandé. {ctx.P(ms[4], 'first')} reste à la radio.",
                f"Elicottero richiesto. {ctx.P(ms[4], 'first')} resta alla radio.",
                f"Aircraft requested. {ctx.P(ms[4], 'first')} stays on comms.",
            ),
        )
    )
    ch = chat(ctx, msgs, day)
    title = ctx.t(
        f"{org} – Alarmprotokoll {ctx.date(day)}",
        f"{org} – journal d'alerte du {ctx.date(day)}",
        f"{org} – registro allarmi {ctx.date(day)}",
        f"{org} – call-out log {ctx.date(day)}",
    )
    body = f"{title}\n\n{tbl}\n\n{ctx.t('Gruppenchat', 'Groupe WhatsApp', 'Chat del gruppo', 'Team chat')}:\n{ch}"
    return wrap(
        ctx,
        body,
        req(
            de=[
                "Erstelle aus Protokoll und Chat eine Zeitleiste für den Bericht.",
                "Wer war alles dabei? Bitte auflisten.",
            ],
            fr=["Fais une chronologie à partir du journal et du chat.", "Qui était présent ? Fais la liste."],
            it=["Ricava una cronologia dal registro e dalla chat.", "Chi ha partecipato? Fai un elenco."],
            en=["Build a timeline for the report from the log and the chat.", "Who turned out? List them please."],
        ),
    )


def mountain_invoice_mail(ctx: Ctx) -> str:
    r = ctx.r
    org, dom = _mr_setup(ctx)
    oa = ctx.addr(town=ctx.town, extra=1)
    cas = ctx.person(age=(22, 75))
    writer = cas if r.random() < 0.6 else ctx.relative(cas, "partner")
    helper = ctx.person()
    clerk = ctx.person(age=(25, 62))
    day = ctx.today - dt.timedelta(days=r.randint(20, 60))
    inv = ctx.today - dt.timedelta(days=r.randint(2, 12))
    ha = ctx.addr(town=ctx.pick_town())
    amount = r.choice([380, 640, 1250, 2870, 4120, 920]) + r.choice([0, 0.5, 0.8])
    cm = ctx.email(clerk, "work", dom)
    em_w = ctx.EM(writer)
    oib = ctx.IB() if ctx.cc != "US" else None
    inv_no = f"{r.choice(['RE', 'F', 'INV', 'FT'])}-{inv.year}-{r.randint(100, 999)}"
    q_lines = [
        ctx.t(
            f"Rechnung {inv_no} – Bergungseinsatz vom {ctx.date(day)}",
            f"Facture {inv_no} – secours du {ctx.date(day)}",
            f"Fattura {inv_no} – intervento del {ctx.date(day)}",
            f"Invoice {inv_no} – rescue on {ctx.date(day)}",
        ),
        ctx.t(
            f"Patient{'in' if cas.f else ''}: {ctx.P(cas, 'fullnomi')}, geb. {ctx.DOB(cas)}",
            f"Patient{'e' if cas.f else ''} : {ctx.P(cas, 'fullnomi')}, né{'e' if cas.f else ''} le {ctx.DOB(cas)}",
            f"Paziente: {ctx.P(cas, 'fullnomi')}, nat{'a' if cas.f else 'o'} il {ctx.DOB(cas)}",
            f"Patient: {ctx.P(cas, 'fullnomi')}, DOB {ctx.DOB(cas)}",
        ),
        ctx.A2(ha),
        ctx.t(
            f"Betrag: {ctx.money(amount)}",
            f"Montant : {ctx.money(amount)}",
            f"Importo: {ctx.money(amount)}",
            f"Amount: {ctx.money(amount)}",
        ),
    ]
    if oib:
        q_lines.append(
            ctx.t(
                f"Zahlbar innert 30 Tagen auf IBAN {oib}",
                f"Payable sous 30 jours, IBAN {oib}",
                f"Da pagare entro 30 giorni, IBAN {oib}",
                f"Payable within 30 days to IBAN {oib}",
            )
        )
    else:
        q_lines.append("Donations welcome: checks payable to the SAR council, or online (card).")
    q_lines.append(
        signature(
            ctx,
            clerk,
            ctx.t("Verwaltung", "Administration", "Amministrazione", "Admin"),
            org,
            ctx.PH("land", area=ctx.town[2]),
            E("EMAIL", cm),
            ctx.A1(oa),
        )
    )
    quoted = quote_block(ctx, "\n".join(q_lines), ctx.P(clerk, "fullnomi"), E("EMAIL", cm), dtime(ctx, inv))
    hn = ctx.P(helper, "fullnomi")
    hp = ctx.PH("mobile")
    me = writer is cas
    cov_it = (
        ("Sono copert" + ("a" if cas.f else "o"))
        if me
        else ("Mia moglie è coperta" if cas.f else "Mio marito è coperto")
    )
    body_txt = ctx.t(
        f"{greet(ctx, clerk)}\n\nvielen Dank für die Rechnung. "
        f"{'Ich' if me else 'Mein' + ('e Frau' if cas.f else ' Mann')} "
        f"{'bin' if me else 'ist'} über die {r.choice(['Alpenvereins', 'Unfall', 'Zusatz'])}versicherung gedeckt – "
        f"könnten Sie die Rechnung direkt dorthin schicken? Außerdem möchten wir uns bei dem Wanderer bedanken, der "
        f"uns als Erster gefunden hat: {hn}, Tel. {hp}. Dürfen Sie uns seine Adresse geben, oder leiten Sie einen "
        f"Brief weiter?\n\nUnsere neue Adresse ab nächstem Monat: {ctx.A1(ctx.addr())}\n\n{closing(ctx)}\n"
        f"{ctx.P(writer, 'fullnomi')}\n{em_w}",
        f"{greet(ctx, clerk)}\n\nmerci pour la facture. "
        f"{'Je suis' if me else ('Ma femme est' if cas.f else 'Mon mari est')} "
        f"couvert{'e' if cas.f else ''} par l'assurance du club alpin : pourriez-vous l'envoyer directement ? "
        f"Nous aimerions aussi remercier le randonneur qui nous a trouvés : {hn}, tél. {hp}. Pouvez-vous lui "
        f"transmettre une lettre ?\n\nNotre nouvelle adresse dès le mois prochain : {ctx.A1(ctx.addr())}\n\n"
        f"{closing(ctx)}\n{ctx.P(writer, 'fullnomi')}\n{em_w}",
        f"{greet(ctx, clerk)}\n\ngrazie per la fattura. "
        f"{cov_it} "
        f"dall'assicurazione del CAI: potete inviarla direttamente a loro? Vorremmo anche ringraziare l'escursionista "
        f"che ci ha trovati per primo: {hn}, tel. {hp}. Potete inoltrargli una lettera?\n\nIl nuovo indirizzo dal "
        f"mese prossimo: {ctx.A1(ctx.addr())}\n\n{closing(ctx)}\n{ctx.P(writer, 'fullnomi')}\n{em_w}",
        f"{greet(ctx, clerk)}\n\nthanks for sending this over. "
        f"{'I am' if me else ('My wife is' if cas.f else 'My husband is')} "
        f"covered through our mountaineering club insurance – could you bill them directly? We'd also love to thank "
        f"the walker who found us first: {hn}, {hp}. Could you pass a card on to them?\n\nOur new address from next "
        f"month: {ctx.A1(ctx.addr())}\n\n{closing(ctx)}\n{ctx.P(writer, 'fullnomi')}\n{em_w}",
    )
    hdr = mail_header(
        ctx,
        addr_disp(ctx, writer, em_w),
        E("EMAIL", cm),
        ctx.t("AW: Rechnung ", "RE: Facture ", "R: Fattura ", "RE: Invoice ") + inv_no,
    )
    body = f"{hdr}\n\n{body_txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Ist die Rechnung plausibel? Und hilf mir, die Mail höflicher zu formulieren."],
            fr=["La facture est-elle plausible ? Aide-moi à rendre ce mail plus poli."],
            it=["La fattura è plausibile? Aiutami a rendere la mail più cortese."],
            en=["Does this invoice look right? Also help me make my reply more polite."],
        ),
    )


def mountain_export(ctx: Ctx) -> str:
    r = ctx.r
    _org, _dom = _mr_setup(ctx)
    members = [ctx.person(age=(19, 68)) for _ in range(r.randint(3, 5))]
    day = ctx.today - dt.timedelta(days=r.randint(0, 4))
    cas = ctx.person(age=(12, 82))
    recs = []
    for p in members:
        recs.append(
            {
                "member": ctx.P(p, r.choice(["fullnomi", "rev"])) if r.random() < 0.8 else ctx.P(p, "fullnomi"),
                "mobile": ctx.PH("mobile", style="intl" if r.random() < 0.6 else None),
                "email": ctx.EM(p),
                "status": r.choice(["available", "en route", "not available", "on scene"]),
                "eta_min": r.choice([10, 15, 20, 25, 30, None]),
                "app": f"{r.choice(['iOS', 'Android'])} {r.randint(3, 7)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
            }
        )
    inc = {
        "incident_id": f"{day.year}{r.randint(1000, 9999)}",
        "opened": f"{day.isoformat()}T{r.randint(6, 18):02d}:{r.randint(0, 59):02d}:00",
        "location": r.choice(MR_PLACES[ctx.region if ctx.region in MR_PLACES else ctx.cc]),
        "grid": _coords(ctx),
        "casualty": {
            "name": ctx.P(cas, "fullnomi"),
            "dob": E("DOB", cas.dob.isoformat()) if r.random() < 0.6 else ctx.DOB(cas),
            "phone": ctx.PH("mobile"),
        },
        "responders": recs,
    }
    logs = []
    t0 = r.randint(6 * 60, 17 * 60)
    for p in members[: r.randint(2, 3)]:
        t0 += r.randint(1, 25)
        logs.append(
            f"{day.isoformat()} {t0 // 60:02d}:{t0 % 60:02d}:{r.randint(0, 59):02d} login "
            f'user={ctx.EM(p)} ip={E("IP", ctx.ip())} ua="{r.choice(["okhttp/4.12", "CFNetwork/1498", "Mozilla/5.0"])}"'
        )
    inc["opened"] = f"{day.isoformat()}T{(t0 - 40) // 60:02d}:{(t0 - 40) % 60:02d}:00"
    js = jdump(inc, r)
    logs.append(f"{day.isoformat()} sync gateway={lan_ip(r)} ok")
    note = ctx.t(
        "Export aus der Alarmierungs-App (Rohdaten) und Login-Log:",
        "Export de l'application d'alerte et journal des connexions :",
        "Export dell'app di allertamento e log degli accessi:",
        "Raw export from the paging app plus login log:",
    )
    body = f"{note}\n\n{js}\n\n" + "\n".join(logs)
    return wrap(
        ctx,
        body,
        req(
            de=["Wer war wie schnell vor Ort? Bitte als Tabelle.", "Erkläre mir die Felder im Export."],
            fr=["Qui est arrivé en combien de temps ? En tableau.", "Explique-moi les champs de l'export."],
            it=["Chi è arrivato e in quanto tempo? In tabella.", "Spiegami i campi dell'export."],
            en=["Who responded and how fast? Table please.", "Explain the fields in this export."],
        ),
    )


# ====================================================================================================================
# 2. impound - towing and impound-lot releases
# ====================================================================================================================
CARS = [
    "VW Golf",
    "Opel Corsa",
    "BMW 320d",
    "Skoda Octavia",
    "Renault Clio",
    "Peugeot 208",
    "Fiat Panda",
    "Ford Focus",
    "Toyota Yaris",
    "Hyundai i30",
    "Tesla Model 3",
    "Dacia Sandero",
    "Seat Ibiza",
    "Audi A4",
    "Mercedes C 200",
    "Kia Ceed",
    "Citroën C3",
    "Volvo V60",
    "Mini Cooper",
    "Subaru Outback",
]
CARS_US = [
    "Honda Civic",
    "Toyota Camry",
    "Ford F-150",
    "Subaru Outback",
    "Jeep Cherokee",
    "Chevy Malibu",
    "Tesla Model Y",
    "Nissan Altima",
    "Hyundai Elantra",
    "Kia Soul",
]
COLOURS = {
    "de": ["schwarz", "weiß", "silber", "blau", "rot", "grau", "grün"],
    "fr": ["noire", "blanche", "grise", "bleue", "rouge", "verte"],
    "it": ["nera", "bianca", "grigia", "blu", "rossa", "verde"],
    "en": ["black", "white", "silver", "blue", "red", "grey", "green"],
}
TOW_REASON = {
    "de": [
        "absolutes Halteverbot (Umzugszone)",
        "Feuerwehrzufahrt",
        "Behindertenparkplatz ohne Ausweis",
        "Straßenreinigung",
        "Baustelleneinrichtung",
        "Privatparkplatz – Auftrag Eigentümer",
    ],
    "fr": [
        "stationnement gênant (livraison)",
        "sortie de pompiers",
        "place PMR sans carte",
        "nettoyage de voirie",
        "emprise de chantier",
        "parking privé – demande du propriétaire",
    ],
    "it": [
        "divieto di sosta con rimozione",
        "passo carrabile",
        "posto disabili senza contrassegno",
        "pulizia strade",
        "area di cantiere",
        "parcheggio privato – richiesta del proprietario",
    ],
    "en": [
        "parked on a suspended bay",
        "blocking a fire lane",
        "disabled bay without badge",
        "street cleaning",
        "construction zone",
        "private lot – owner request",
    ],
}


def imp_vin(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice(["WVW", "WBA", "VF1", "ZFA", "TMB", "1HG", "5YJ", "JTD", "KMH", "VSS"]) + "".join(
        r.choice(al) for _ in range(14)
    )


def imp_orgs(ctx: Ctx):
    r = ctx.r
    sn = r.choice(SOURCES[REGION_SRC[ctx.loc]].last)
    tw = ctx.town[0]
    firm = {
        "DE": f"Abschleppdienst {sn} GmbH",
        "AT": f"Abschleppdienst {sn} KG",
        "CH": ctx.t(
            f"Garage {sn} AG – Abschleppdienst",
            f"Garage {sn} SA – dépannage",
            f"Garage {sn} SA – soccorso stradale",
            "",
        ),
        "FR": f"Dépannage {sn} SARL",
        "IT": f"Soccorso stradale {sn} s.r.l.",
        "GB": f"{sn} Recovery Ltd",
        "US": f"{sn} Towing & Recovery LLC",
    }[ctx.cc]
    auth = {
        "DE": f"Ordnungsamt {tw} – Verkehrsüberwachung",
        "AT": f"Magistrat {tw} – Abschleppgruppe",
        "CH": ctx.t(f"Stadtpolizei {tw}", f"Police municipale de {tw}", f"Polizia comunale di {tw}", ""),
        "FR": f"Police municipale de {tw}",
        "IT": f"Polizia Locale di {tw}",
        "GB": f"{tw} City Council – Parking Services",
        "US": f"City of {tw} Parking Enforcement",
    }[ctx.cc]
    fdom = domain_of(
        ctx,
        slug(sn) + ctx.t("-abschleppdienst", "-depannage", "-soccorso", "-recovery"),
        {"GB": "co.uk", "US": "com"}.get(ctx.cc),
    )
    adom = {
        "DE": f"{slug(tw)}.de",
        "AT": f"{slug(tw)}.gv.at",
        "CH": f"{slug(tw)}.ch",
        "FR": f"ville-{slug(tw)}.fr",
        "IT": f"comune.{slug(tw)}.it",
        "GB": f"{slug(tw)}.gov.uk",
        "US": f"{slug(tw)}{ctx.town[3].lower()}.gov",
    }[ctx.cc]
    return firm, fdom, auth, adom, sn


def imp_release(ctx: Ctx) -> str:
    r = ctx.r
    firm, fdom, auth, _adom, _sn = imp_orgs(ctx)
    fa = ctx.addr(town=ctx.town, extra=1)
    keeper = ctx.person(age=(19, 80))
    collector = (
        keeper
        if r.random() < 0.5
        else (ctx.relative(keeper, r.choice(["partner", "child", "sibling"])) if r.random() < 0.6 else ctx.person())
    )
    staff = ctx.person(age=(20, 64))
    towed_from = ctx.addr(town=ctx.town, extra=1)
    ha = ctx.addr()
    car = r.choice(CARS_US if ctx.cc == "US" else CARS)
    day = ctx.today - dt.timedelta(days=r.randint(1, 6))
    days = (ctx.today - day).days
    tow, store, admin = r.choice([145, 189, 230, 265, 310]), r.choice([15, 20, 25, 35]), r.choice([25, 40, 62])
    total = tow + store * days + admin
    job = f"{r.choice(['A', 'AB', 'T', 'R'])}{day.year % 100}-{r.randint(1000, 9999)}"
    lh = letterhead(
        ctx,
        firm,
        fa,
        ctx.PH("land", area=ctx.town[2]),
        [role_mail(ctx, fdom)] + ([f"IBAN {ctx.IB()}"] if ctx.cc != "US" and r.random() < 0.7 else []),
    )
    T = ctx.t
    pairs = [
        (T("Auftrag", "Ordre", "Ordine", "Job no."), job),
        (T("Abgeschleppt am", "Enlevé le", "Rimosso il", "Towed on"), f"{ctx.date(day)}, {ctx.time(6, 22)}"),
        (
            T("Standort", "Lieu d'enlèvement", "Luogo", "Towed from"),
            f"{ctx.AS(towed_from)} – {r.choice(TOW_REASON[ctx.lang])}",
        ),
        (
            T("Veranlasst durch", "Sur réquisition de", "Su richiesta di", "Instructed by"),
            f"{auth}, {T('Dienstnr.', 'matricule', 'matricola', 'badge')} {r.randint(1000, 9999)}",
        ),
        (T("Fahrzeug", "Véhicule", "Veicolo", "Vehicle"), f"{car}, {r.choice(COLOURS[ctx.lang])}, {plate(ctx)}"),
        ("FIN" if ctx.lang == "de" else T("", "VIN", "Telaio", "VIN"), imp_vin(r)),
        (T("Halter/in", "Titulaire", "Intestatario", "Registered keeper"), ctx.P(keeper, pstyle(ctx))),
        (dob_lab(ctx, keeper), ctx.DOB(keeper)),
        (T("Anschrift", "Adresse", "Indirizzo", "Address"), ctx.A1(ha)),
        (T("Telefon", "Téléphone", "Telefono", "Phone"), ctx.PH("mobile")),
    ]
    if collector is not keeper:
        pairs += [
            (
                T("Abgeholt durch", "Retiré par", "Ritirato da", "Collected by"),
                (
                    f"{ctx.P(collector, 'fullnomi')} "
                    f"({T('mit Vollmacht', 'avec procuration', 'con delega', 'with letter of authority')}), "
                    f"{T('Ausweis-Nr.', 'pièce n°', 'doc. n.', 'ID no.')} "
                    f"{r.choice('CLTPX')}{r.randint(1000000, 9999999)}"
                ),
            ),
            (T("Tel. Abholer", "Tél. retrait", "Tel. ritiro", "Collector phone"), ctx.PH("mobile")),
        ]
    form = kv(ctx, pairs)
    cost_rows = [
        [T("Abschleppen", "Enlèvement", "Rimozione", "Tow"), "1", ctx.money(tow)],
        [T("Standgebühr", "Frais de garde", "Custodia", "Storage"), f"{days}", ctx.money(store * days)],
        [T("Verwaltung", "Frais administratifs", "Spese amministrative", "Admin fee"), "1", ctx.money(admin)],
        [T("Summe", "Total", "Totale", "Total"), "", ctx.money(total)],
    ]
    costs = table(
        ctx,
        T(
            ["Posten", "Anz.", "Betrag"],
            ["Poste", "Qté", "Montant"],
            ["Voce", "Q.tà", "Importo"],
            ["Item", "Qty", "Amount"],
        ),
        cost_rows,
        r.choice(["mdpad", "fixed", "md"]),
    )
    pay = T(
        f"Bezahlt mit {r.choice(['girocard', 'Maestro', 'Visa', 'Mastercard'])} {ctx.masked_card()}",
        f"Réglé par carte {ctx.masked_card()}",
        f"Pagato con carta {ctx.masked_card()}",
        f"Paid by card {ctx.masked_card()}",
    )
    sig = T(
        f"Fahrzeug übergeben: {ctx.P(staff, 'init')}",
        f"Remis par : {ctx.P(staff, 'init')}",
        f"Consegnato da: {ctx.P(staff, 'init')}",
        f"Released by: {ctx.P(staff, 'init')}",
    )
    head = T(
        "HERAUSGABEPROTOKOLL", "PROCÈS-VERBAL DE RESTITUTION", "VERBALE DI RICONSEGNA VEICOLO", "VEHICLE RELEASE FORM"
    )
    body = f"{lh}\n\n{head}\n\n{form}\n\n{costs}\n\n{pay}\n{sig}"
    if r.random() < 0.25:
        body = ocr(body, r)
    return wrap(
        ctx,
        body,
        req(
            de=[
                "Sind die Gebühren so üblich? Bitte kurz einordnen.",
                "Ich will Widerspruch einlegen – was brauche ich aus diesem Protokoll?",
            ],
            fr=["Ces frais sont-ils normaux ?", "Je veux contester : quelles infos de ce PV me servent ?"],
            it=["Queste spese sono normali?", "Voglio fare ricorso: cosa mi serve da questo verbale?"],
            en=["Are these charges normal?", "I want to appeal – what do I need from this form?"],
        ),
    )


def imp_lotlist(ctx: Ctx) -> str:
    r = ctx.r
    firm, _fdom, _auth, _adom, _sn = imp_orgs(ctx)
    day = ctx.today
    n = r.randint(5, 7)
    keepers = [ctx.person() for _ in range(n)]
    staff = [ctx.person(age=(20, 62)) for _ in range(3)]
    T = ctx.t
    st = pstyle(ctx)
    rows = []
    calls = {}
    for k, kp in enumerate(keepers):
        a = ctx.addr(town=ctx.town, extra=1)
        status = r.choice(
            T(
                ["auf Platz", "abgeholt", "Halter ermittelt", "Zahlung offen"],
                ["en fourrière", "restitué", "titulaire identifié", "paiement en attente"],
                ["in deposito", "ritirato", "intestatario identificato", "pagamento in sospeso"],
                ["on lot", "released", "keeper traced", "payment pending"],
            )
        )
        known = r.random() < 0.6
        if known:
            calls[k] = ctx.PH("mobile")
        rows.append(
            [
                f"{r.randint(6, 21):02d}:{r.randint(0, 59):02d}",
                plate(ctx),
                r.choice(CARS_US if ctx.cc == "US" else CARS),
                ctx.AS(a),
                ctx.P(kp, st) if known else "?",
                calls.get(k, ""),
                status,
            ]
        )
    rows.sort(key=lambda x: x[0])
    hdr = T(
        ["Zeit", "Kennz.", "Fahrzeug", "abgeschleppt von", "Halter", "Tel.", "Status"],
        ["Heure", "Immat.", "Véhicule", "Enlevé au", "Titulaire", "Tél.", "Statut"],
        ["Ora", "Targa", "Veicolo", "Rimosso da", "Intestatario", "Tel.", "Stato"],
        ["Time", "Plate", "Vehicle", "Towed from", "Keeper", "Phone", "Status"],
    )
    tbl = table(ctx, hdr, rows)
    cs = r.choice(["first", "fullnomi", "nick", "firstL"])
    k1 = next(iter(calls), 0)
    kp = keepers[k1]
    q = ctx.person(gender="f")
    car2 = r.choice(CARS_US if ctx.cc == "US" else CARS)
    msgs = [
        (
            chat_name(ctx, staff[0], cs),
            T(
                f"{ctx.TP(kp)} hat angerufen, holt morgen früh ab. Rückruf {calls.get(k1) or ctx.PH('mobile')}",
                f"{ctx.TP(kp)} a appelé, passe demain matin. Rappel au {calls.get(k1) or ctx.PH('mobile')}",
                f"Ha chiamato {ctx.TP(kp)}, passa domattina. Richiamare al {calls.get(k1) or ctx.PH('mobile')}",
                f"{ctx.TP(kp)} rang, collecting first thing tomorrow. Call back on {calls.get(k1) or ctx.PH('mobile')}",
            ),
        ),
        (
            chat_name(ctx, staff[1], cs),
            T(
                "Vollmacht? Der Wagen läuft auf die Firma.",
                "Procuration ? La voiture est au nom de la société.",
                "Delega? L'auto è intestata alla ditta.",
                "Letter of authority? Car's registered to the company.",
            ),
        ),
        (
            chat_name(ctx, staff[0], cs),
            T(
                f"Bringt {'ihr' if kp.f else 'sein'}e Kollegin {ctx.P(q, 'fullnomi')} mit, die ist Geschäftsführerin.",
                f"Il vient avec sa collègue {ctx.P(q, 'fullnomi')}, la gérante."
                if not kp.f
                else f"Elle vient avec sa collègue {ctx.P(q, 'fullnomi')}, la gérante.",
                f"Viene con la collega {ctx.P(q, 'fullnomi')}, l'amministratrice.",
                f"Bringing a colleague, {ctx.P(q, 'fullnomi')}, she's the director.",
            ),
        ),
        (
            chat_name(ctx, staff[2], cs),
            T(
                f"Der {car2} von heute früh hat einen Platten, nicht von uns! "
                f"Foto ist im Ordner. {ctx.P(staff[0], 'first')}, kannst du das notieren?",
                f"La {car2} de ce matin a un pneu crevé, pas de notre fait ! "
                f"{ctx.P(staff[0], 'first')}, tu peux le noter ?",
                f"La {car2} di stamattina ha una gomma a terra, non siamo stati "
                f"noi! {ctx.P(staff[0], 'first')}, lo annoti?",
                f"The {car2} from this morning has a flat, not us! {ctx.P(staff[0], 'first')} can you note it?",
            ),
        ),
    ]
    ch = chat(ctx, msgs, day)
    title = T(
        f"{firm} – Platzliste {ctx.date(day)}",
        f"{firm} – registre de fourrière du {ctx.date(day)}",
        f"{firm} – registro deposito {ctx.date(day)}",
        f"{firm} – lot list {ctx.date(day)}",
    )
    body = f"{title}\n\n{tbl}\n\n{ch}"
    return wrap(
        ctx,
        body,
        req(
            de=["Welche Fahrzeuge stehen noch und wen müssen wir anrufen?"],
            fr=["Quels véhicules sont encore là et qui faut-il rappeler ?"],
            it=["Quali veicoli sono ancora in deposito e chi dobbiamo richiamare?"],
            en=["Which cars are still on the lot and who do we need to call?"],
        ),
    )


def imp_complaint(ctx: Ctx) -> str:
    r = ctx.r
    _firm, _fdom, auth, adom, _sn = imp_orgs(ctx)
    owner = ctx.person(age=(22, 78))
    nb = ctx.person()
    officer = ctx.person(age=(24, 60))
    home = ctx.addr(town=ctx.town)
    towed_from = ctx.addr(town=ctx.town, extra=1)
    day = ctx.today - dt.timedelta(days=r.randint(8, 30))
    r.randint(1, 5)  # an unused draw, kept so that the data stay as they were read
    oem = E("EMAIL", ctx.email(officer, "work", adom))
    dl = ctx.PH("land", area=ctx.town[2])
    ref = f"{r.choice(['OWI', 'VA', 'PM', 'PCN', 'REF'])}-{r.randint(100000, 999999)}"
    T = ctx.t
    notice = "\n".join(
        [
            auth,
            T(
                f"Bescheid über Kosten der Abschleppmaßnahme – Az. {ref}",
                f"Avis de mise en fourrière – réf. {ref}",
                f"Verbale di rimozione – prot. {ref}",
                f"Notice of removal – ref {ref}",
            ),
            T(
                f"Ihr Fahrzeug wurde am {ctx.date(day)} vor {ctx.AS(towed_from)} wegen "
                f"{r.choice(TOW_REASON['de'])} entfernt.",
                f"Votre véhicule a été enlevé le {ctx.date(day)} devant l'immeuble {ctx.AS(towed_from)} "
                f"({r.choice(TOW_REASON['fr'])}).",
                f"Il Suo veicolo è stato rimosso il {ctx.date(day)} in {ctx.AS(towed_from)} "
                f"({r.choice(TOW_REASON['it'])}).",
                f"Your vehicle was removed on {ctx.date(day)} from outside {ctx.AS(towed_from)} "
                f"({r.choice(TOW_REASON['en'])}).",
            ),
            T(
                f"Sachbearbeiter{'in' if officer.f else ''}: {ctx.P(officer, 'fullnomi')}, Durchwahl {dl}",
                f"Agent : {ctx.P(officer, 'fullnomi')}, ligne directe {dl}",
                f"Referente: {ctx.P(officer, 'fullnomi')}, tel. diretto {dl}",
                f"Case officer: {ctx.P(officer, 'fullnomi')}, direct line {dl}",
            ),
        ]
    )
    quoted = quote_block(ctx, notice, ctx.P(officer, "fullnomi"), oem, dtime(ctx, day + dt.timedelta(days=2)))
    wit = ctx.P(nb, "fullnomi")
    ib = ctx.IB() if ctx.cc != "US" else None
    own_em = ctx.EM(owner)
    txt = T(
        f"{greet(ctx, officer)}\n\nich widerspreche dem Bescheid {ref}. Das Halteverbotsschild wurde erst am Vortag "
        f"aufgestellt, als mein Auto schon dort stand. Das kann {'meine' if nb.f else 'mein'} "
        f"{rel_word(ctx, 'neighbour', nb)} {wit} "
        f"bestätigen (mobil {ctx.PH('mobile')}). Bitte erstatten Sie die {ctx.money(r.choice([236, 287, 312]))} auf "
        f"mein Konto {ib}.\n\nMeine Anschrift: {ctx.A1(home)}\n{dob_lab(ctx)}: {ctx.DOB(owner)}\n\n"
        f"{closing(ctx)}\n{ctx.P(owner, 'fullnomi')}",
        f"{greet(ctx, officer)}\n\nje conteste l'avis {ref}. Le panneau a été posé la veille, alors que ma voiture "
        f"était déjà garée. Mon {rel_word(ctx, 'neighbour', nb)} {wit} peut en témoigner (portable "
        f"{ctx.PH('mobile')}). Merci de me rembourser {ctx.money(r.choice([236, 287, 312]))} sur le compte {ib}.\n\n"
        f"Mon adresse : {ctx.A1(home)}\n{dob_lab(ctx)} : {ctx.DOB(owner)}\n\n{closing(ctx)}\n"
        f"{ctx.P(owner, 'fullnomi')}"
        if not nb.f
        else f"{greet(ctx, officer)}\n\nje conteste l'avis {ref}. Le panneau a été posé la veille, alors que ma "
        "voiture "
        f"était déjà garée. Ma {rel_word(ctx, 'neighbour', nb)} {wit} peut en témoigner (portable "
        f"{ctx.PH('mobile')}). Merci de me rembourser {ctx.money(r.choice([236, 287, 312]))} sur le compte {ib}.\n\n"
        f"Mon adresse : {ctx.A1(home)}\n{dob_lab(ctx)} : {ctx.DOB(owner)}\n\n{closing(ctx)}\n"
        f"{ctx.P(owner, 'fullnomi')}",
        f"{greet(ctx, officer)}\n\npresento ricorso contro il verbale {ref}. Il cartello è stato messo il giorno "
        f"prima, quando l'auto era già parcheggiata. Può confermarlo {'la mia vicina' if nb.f else 'il mio vicino'} "
        f"{wit} (cell. {ctx.PH('mobile')}). Chiedo il rimborso di {ctx.money(r.choice([236, 287, 312]))} sul conto "
        f"{ib}.\n\nIndirizzo: {ctx.A1(home)}\n{dob_lab(ctx)}: {ctx.DOB(owner)}\n\n{closing(ctx)}\n"
        f"{ctx.P(owner, 'fullnomi')}",
        f"{greet(ctx, officer)}\n\nI'd like to appeal {ref}. The suspension sign went up the day before, when my car "
        f"was already parked there. My neighbour {wit} saw it (mobile {ctx.PH('mobile')}). Please refund "
        f"{ctx.money(r.choice([236, 287, 312]))} to "
        + (f"IBAN {ib}" if ib else f"my card ending {r.randint(1000, 9999)}")
        + f".\n\nAddress: {ctx.A1(home)}\n{dob_lab(ctx)}: {ctx.DOB(owner)}\n\n{closing(ctx)}\n"
        f"{ctx.P(owner, 'fullnomi')}",
    )
    hdr = mail_header(
        ctx, addr_disp(ctx, owner, own_em), oem, T("Widerspruch ", "Contestation ", "Ricorso ", "Appeal ") + ref
    )
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Klingt mein Widerspruch überzeugend? Bitte verbessern.", "Mach das formeller."],
            fr=["Ma contestation tient-elle la route ? Améliore-la.", "Rends ça plus formel."],
            it=["Il ricorso è convincente? Miglioralo.", "Rendilo più formale."],
            en=["Is my appeal convincing? Please improve it.", "Make this more formal."],
        ),
    )


def imp_export(ctx: Ctx) -> str:
    r = ctx.r
    firm, _fdom, _auth, _adom, _sn = imp_orgs(ctx)
    n = r.randint(3, 5)
    recs = []
    shape = r.choice(["iso", ctx.dob_shape])
    for _k in range(n):
        p = ctx.person()
        a = ctx.addr()
        pay = r.random()
        rec = {
            "request_id": f"RR-{r.randint(100000, 999999)}",
            "plate": plate(ctx),
            "keeper_name": ctx.P(p, r.choice(["fullnomi", "rev"])),
            "keeper_dob": ctx.DOB(p, shape),
            "street": ctx.AS(a),
            "city": ctx.AT_(a),
            "email": ctx.EM(p),
            "phone": ctx.PH("mobile"),
            "payment": (E("CARD", ctx.card(r.random() < 0.5)) if pay < 0.25 else ctx.masked_card()),
            "submitted_from": E("IP", ctx.ip()),
            "status": r.choice(["approved", "pending_docs", "paid", "released"]),
        }
        recs.append(rec)
    dup = dict(r.choice(recs))
    dup["request_id"] = f"RR-{r.randint(100000, 999999)}"
    dup["status"] = "pending_docs"
    dup["submitted_from"] = E("IP", ctx.ip())
    recs.insert(r.randint(1, len(recs)), dup)
    if r.random() < 0.5:
        out = jsonl(recs, r)
    else:
        out = jdump({"export": firm, "generated": ctx.today.isoformat(), "requests": recs}, r)
    note = ctx.t(
        "Export aus dem Online-Freigabeportal. Einer der Anträge ist doppelt – welcher?",
        "Export du portail de demande de restitution. Une demande est en double, laquelle ?",
        "Export del portale per il ritiro. Una richiesta è doppia, quale?",
        "Export from the online release portal. One request is a duplicate – which one?",
    )
    body = f"{note}\n\n{out}"
    return wrap(
        ctx,
        body,
        req(
            de=["Welche Anträge sind bezahlt und welche fehlen noch?"],
            fr=["Quelles demandes sont payées, lesquelles manquent ?"],
            it=["Quali richieste sono pagate e quali mancano?"],
            en=["Which requests are paid and which are missing?"],
        ),
    )


# ====================================================================================================================
# 3. metaldetect - metal-detecting finds reports, permits and club logs
# ====================================================================================================================
FINDS = {
    "de": [
        "römische Münze (Sesterz, stark korrodiert)",
        "Bronzefibel, Nadel fehlt",
        "Gürtelschnalle, spätmittelalterlich",
        "Bleiplombe mit Stempel",
        "Uniformknopf, 18. Jh.",
        "Silberpfennig, halbiert",
        "Musketenkugel",
        "Fingerring aus Bronze",
        "Spinnwirtel aus Blei",
    ],
    "fr": [
        "monnaie romaine (as, très usée)",
        "fibule en bronze",
        "boucle de ceinture médiévale",
        "plomb de scellé",
        "bouton militaire du XVIIIe",
        "denier en argent",
        "balle de mousquet",
        "bague en bronze",
    ],
    "it": [
        "moneta romana (asse, molto consunta)",
        "fibula in bronzo",
        "fibbia medievale",
        "sigillo in piombo",
        "bottone militare del Settecento",
        "denaro d'argento",
        "palla di moschetto",
        "anello in bronzo",
    ],
    "en": [
        "Roman coin (nummus, very worn)",
        "copper-alloy brooch, pin missing",
        "medieval buckle",
        "lead seal",
        "Georgian button",
        "hammered silver penny, cut half",
        "musket ball",
        "copper-alloy finger ring",
    ],
}
FINDS_US = [
    "Mercury dime, 1942",
    "brass trade token",
    "1890s Liberty nickel",
    "flat button, brass",
    "Spanish silver half real",
    "horse harness buckle",
    "wheat penny, 1919",
]


def md_auth(ctx: Ctx) -> tuple[str, str]:
    tw = ctx.town[0]
    reg = ctx.region
    name = {
        "DE": "Landesamt für Denkmalpflege – Archäologische Denkmalpflege",
        "AT": "Bundesdenkmalamt – Abteilung für Archäologie",
        "CHde": f"Kantonsarchäologie {ctx.town[3]}",
        "CHfr": f"Archéologie cantonale ({ctx.town[3]})",
        "CHit": "Ufficio dei beni culturali – Servizio archeologia",
        "FR": "DRAC – Service régional de l'archéologie",
        "IT": f"Soprintendenza Archeologia, Belle Arti e Paesaggio ({ctx.town[3]})",
        "GB": "Portable Antiquities Scheme",
        "US": f"{tw} Relic Hunters Club",
    }[reg]
    dom = {
        "DE": "denkmalpflege-land.de",
        "AT": "bda.gv.at",
        "CHde": f"{ctx.town[3].lower()}.ch",
        "CHfr": f"{ctx.town[3].lower()}.ch",
        "CHit": "ti.ch",
        "FR": "culture.gouv.fr",
        "IT": "cultura.gov.it",
        "GB": "finds.org.uk",
        "US": f"{slug(tw)}relichunters.org",
    }[reg]
    return name, dom


def md_parcel(ctx: Ctx) -> str:
    r = ctx.r
    tw = ctx.town[0]
    return {
        "DE": f"Flurstück {r.randint(80, 2400)}/{r.randint(1, 9)}, Gemarkung {tw}",
        "AT": f"Gst. Nr. {r.randint(100, 3500)}/{r.randint(1, 9)}, KG {tw}",
        "CH": ctx.t(
            f"Parzelle Nr. {r.randint(100, 4000)}, Gemeinde {tw}",
            f"parcelle n° {r.randint(100, 4000)}, commune de {tw}",
            f"mappale n. {r.randint(100, 4000)}, comune di {tw}",
            "",
        ),
        "FR": f"parcelle cadastrale {r.choice(['ZB', 'AC', 'ZK', 'B'])} {r.randint(10, 480)}, commune de {tw}",
        "IT": f"foglio {r.randint(1, 60)}, particella {r.randint(10, 900)}, comune di {tw}",
        "GB": f"NGR {r.choice(['SK', 'SE', 'SU', 'TL', 'ST', 'NY', 'NH'])} {r.randint(1000, 9999)} "
        f"{r.randint(1000, 9999)}",
        "US": f"parcel #{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(10, 99)}",
    }[ctx.cc]


def md_find(ctx: Ctx) -> str:
    return ctx.r.choice(FINDS_US if ctx.cc == "US" else FINDS[ctx.lang])


def md_report(ctx: Ctx) -> str:
    r = ctx.r
    auth, _dom = md_auth(ctx)
    finder = ctx.person(age=(19, 77))
    owner = ctx.person(age=(35, 85))
    fa = ctx.addr()
    farm = ctx.addr(town=ctx.town, extra=1)
    day = ctx.today - dt.timedelta(days=r.randint(3, 40))
    T = ctx.t
    permit = f"{r.choice(['NFG', 'NG', 'P', 'AUT'])}-{day.year - r.randint(0, 2)}/{r.randint(10, 480)}"
    n = r.randint(1, 3)
    finds = "; ".join(md_find(ctx) for _ in range(n))
    head = T(
        "FUNDMELDUNG (Zufallsfund / Sondengänger)",
        "DÉCLARATION DE DÉCOUVERTE",
        "SEGNALAZIONE DI RINVENIMENTO",
        "FINDS RECORDING FORM" if ctx.cc == "GB" else "LANDOWNER PERMISSION & FIND RECORD",
    )
    pairs = [
        (T("An", "Destinataire", "Alla", "To"), auth),
        (T("Finder/in", "Inventeur", "Scopritore", "Finder"), ctx.P(finder, pstyle(ctx))),
        (dob_lab(ctx, finder), ctx.DOB(finder)),
        (T("Anschrift", "Adresse", "Residenza", "Address"), ctx.A1(fa)),
        (T("Telefon", "Téléphone", "Telefono", "Phone"), ctx.PH("mobile")),
        (email_lab(ctx), ctx.EM(finder)),
        (T("Genehmigung", "Autorisation", "Autorizzazione", "Permit / club no."), permit),
        (T("Fundort", "Lieu de découverte", "Luogo del rinvenimento", "Find spot"), md_parcel(ctx)),
        (T("Fundtiefe", "Profondeur", "Profondità", "Depth"), f"{r.randint(8, 35)} cm"),
        (T("Fundtag", "Date", "Data", "Date found"), ctx.date(day)),
        (T("Funde", "Objets", "Reperti", "Objects"), finds),
        (
            T("Grundeigentümer/in", "Propriétaire du terrain", "Proprietario del fondo", "Landowner"),
            ctx.P(owner, "fullnomi"),
        ),
        (
            T("Anschrift Eigentümer", "Adresse du propriétaire", "Indirizzo proprietario", "Landowner address"),
            ctx.A1(farm),
        ),
        (
            T("Tel. Eigentümer", "Tél. propriétaire", "Tel. proprietario", "Landowner phone"),
            ctx.PH("land", area=ctx.town[2]),
        ),
    ]
    form = kv(ctx, pairs)
    decl = T(
        f"Der Eigentümer ist mit der Begehung einverstanden. {ctx.TP(owner)} wünscht eine Kopie des Fundberichts.",
        f"Le propriétaire a donné son accord. {ctx.TP(owner)} souhaite une copie du rapport.",
        f"Il proprietario ha dato il consenso. {ctx.TP(owner)} chiede una copia della relazione.",
        f"The landowner agreed to the search. {ctx.TP(owner)} would like a copy of the record.",
    )
    sign = T(
        f"{ctx.town[0]}, {ctx.date(ctx.today)}",
        f"Fait à {ctx.town[0]}, le {ctx.date(ctx.today)}",
        f"{ctx.town[0]}, {ctx.date(ctx.today)}",
        f"Signed: {ctx.P(finder, 'fullnomi')}  {ctx.date(ctx.today)}",
    )
    body = f"{head}\n\n{form}\n\n{decl}\n\n{sign}"
    if r.random() < 0.2:
        body = ocr(body, r)
    return wrap(
        ctx,
        body,
        req(
            de=["Ist die Fundmeldung vollständig? Was würde das Landesamt noch wissen wollen?"],
            fr=["Cette déclaration est-elle complète ? Que demandera encore le SRA ?"],
            it=["La segnalazione è completa? Cosa chiederà ancora la Soprintendenza?"],
            en=["Is this record complete? What else will the FLO ask for?"],
        ),
    )


def md_clublog(ctx: Ctx) -> str:
    r = ctx.r
    _auth, _dom = md_auth(ctx)
    members = [ctx.person(age=(18, 79)) for _ in range(r.randint(4, 5))]
    owners = [ctx.person(age=(40, 85)) for _ in range(2)]
    T = ctx.t
    st = pstyle(ctx, [("init", 3), ("fullnomi", 2), ("rev", 1), ("firstL", 1)])
    rows = []
    d0 = ctx.today - dt.timedelta(days=r.randint(10, 30))
    d = d0
    for _ in range(r.randint(5, 7)):
        m = r.choice(members)
        o = r.choice(owners)
        d = d + dt.timedelta(days=r.randint(0, 3))
        rows.append([ctx.date(d), ctx.P(m, st), md_find(ctx), md_parcel(ctx).split(",")[0], ctx.P(o, "last")])
    hdr = T(
        ["Datum", "Finder", "Fund", "Fundstelle", "Eigentümer"],
        ["Date", "Membre", "Objet", "Parcelle", "Propriétaire"],
        ["Data", "Socio", "Reperto", "Particella", "Proprietario"],
        ["Date", "Finder", "Object", "Spot", "Landowner"],
    )
    tbl = table(ctx, hdr, rows)
    cs = r.choice(["first", "nick", "fullnomi", "firstL"])
    o = owners[0]
    oph = ctx.PH("mobile")
    msgs = [
        (
            chat_name(ctx, members[0], cs),
            T(
                f"Sonntag wieder auf den Acker von {ctx.TP(o)}? Er hat ja gesagt, "
                f"aber erst nach der Ernte. Nummer: {oph}",
                f"Dimanche on retourne sur le champ de {ctx.TP(o)} ? Il est d'accord "
                f"après la moisson. Son numéro : {oph}"
                if not o.f
                else f"Dimanche on retourne sur le champ de {ctx.TP(o)} ? Elle est d'accord "
                f"après la moisson. Son numéro : {oph}",
                f"Domenica torniamo sul campo di {ctx.TP(o)}? Ha detto di sì, ma dopo il raccolto. Numero: {oph}",
                f"Back on {ctx.TP(o)}'s field Sunday? Permission's fine after harvest. Number: {oph}",
            ),
        ),
        (
            chat_name(ctx, members[1], cs),
            T(
                "Bin dabei. Wer meldet die Fibel?",
                "Je viens. Qui déclare la fibule ?",
                "Ci sono. Chi segnala la fibula?",
                "I'm in. Who's reporting the brooch?",
            ),
        ),
        (
            chat_name(ctx, members[2], cs),
            T(
                f"Mach ich, {ctx.P(members[3], 'first')} hat die Koordinaten.",
                f"Je m'en occupe, {ctx.P(members[3], 'first')} a les coordonnées.",
                f"Ci penso io, {ctx.P(members[3], 'first')} ha le coordinate.",
                f"I'll do it, {ctx.P(members[3], 'first')} has the grid ref.",
            ),
        ),
        (
            chat_name(ctx, members[3], cs),
            T(
                f"Schick ich dir. Treffpunkt wie immer {ctx.AS(ctx.addr(town=ctx.town, extra=1))}?",
                f"Je t'envoie ça. Rendez-vous comme d'hab : {ctx.AS(ctx.addr(town=ctx.town, extra=1))} ?",
                f"Te le mando. Ritrovo solito in {ctx.AS(ctx.addr(town=ctx.town, extra=1))}?",
                f"Sending now. Meet at {ctx.AS(ctx.addr(town=ctx.town, extra=1))} as usual?",
            ),
        ),
    ]
    if r.random() < 0.6:
        em = ctx.EM(members[1])
        msgs.append(
            (
                chat_name(ctx, members[1], cs),
                T(
                    f"Fotos bitte an {em}, mein Handy ist voll",
                    f"Les photos à {em} stp, mon tel est plein",
                    f"Le foto mandatele a {em}, il telefono è pieno",
                    f"photos to {em} please, my phone's full",
                ),
            )
        )
    ch = chat(ctx, msgs)
    title = T(
        "Fundbuch Sondengruppe (Auszug)",
        "Registre des trouvailles du club (extrait)",
        "Registro ritrovamenti del gruppo (estratto)",
        "Club finds log (extract)",
    )
    body = f"{title}\n\n{tbl}\n\n{ch}"
    return wrap(
        ctx,
        body,
        req(
            de=["Welche Funde müssen wir noch melden? Mach eine Liste pro Person."],
            fr=["Quelles trouvailles faut-il encore déclarer ? Liste par personne."],
            it=["Quali reperti dobbiamo ancora segnalare? Elenco per persona."],
            en=["Which finds still need reporting? List them per person."],
        ),
    )


def md_mail(ctx: Ctx) -> str:
    r = ctx.r
    auth, dom = md_auth(ctx)
    finder = ctx.person(age=(20, 75))
    officer = ctx.person(age=(27, 63))
    friend = ctx.person()
    owner = ctx.person(age=(38, 86))
    T = ctx.t
    oem = E("EMAIL", ctx.email(officer, "work", dom))
    dl = ctx.PH("land", area=ctx.town[2])
    asked = ctx.today - dt.timedelta(days=r.randint(3, 12))
    ref = f"{r.choice(['FM', 'SRA', 'PAS', 'SAB', 'REF'])}-{r.randint(1000, 99999)}"
    q = "\n".join(
        [
            greet(ctx, finder),
            T(
                f"vielen Dank für Ihre Fundmeldung ({ref}). Für die Dokumentation benötigen wir noch: genaue "
                "Koordinaten, "
                "Fotos beider Seiten und die schriftliche Zustimmung des Grundeigentümers.",
                f"merci pour votre déclaration ({ref}). Il nous manque : les coordonnées exactes, des photos recto "
                "verso "
                "et l'accord écrit du propriétaire.",
                f"grazie per la segnalazione ({ref}). Ci servono ancora: coordinate precise, foto fronte/retro e il "
                "consenso scritto del proprietario.",
                f"thank you for recording your find ({ref}). We still need an exact grid reference, photos of both "
                "sides "
                "and the landowner's written permission.",
            ),
            closing(ctx),
            signature(
                ctx,
                officer,
                T("Gebietsreferent/in", "Ingénieur d'études", "Funzionario archeologo", "Finds Liaison Officer"),
                auth,
                dl,
                oem,
            ),
        ]
    )
    quoted = quote_block(ctx, q, ctx.P(officer, "fullnomi"), oem, dtime(ctx, asked))
    fem = ctx.EM(finder)
    oa = ctx.addr(town=ctx.town, extra=1)
    txt = T(
        f"{greet(ctx, officer)}\n\nanbei die Fotos. Die Zustimmung von {ctx.TP(owner, 'dat')} "
        f"({ctx.A1(oa)}) liegt als Scan bei. {'Meine Freundin' if friend.f else 'Mein Freund'} "
        f"{ctx.P(friend, 'fullnomi')} war dabei und kann den Fundort "
        f"bestätigen, Tel. {ctx.PH('mobile')}.\nDie Koordinaten: {_coords(ctx)}.\n\n{closing(ctx)}\n"
        f"{ctx.P(finder, 'fullnomi')}\n{ctx.PH('mobile')}",
        f"{greet(ctx, officer)}\n\nvous trouverez les photos ci-jointes. L'accord de {ctx.TP(owner, 'long')} "
        f"({ctx.A1(oa)}) est scanné. {'Mon amie' if friend.f else 'Mon ami'} {ctx.P(friend, 'fullnomi')} était "
        f"présent{'e' if friend.f else ''} et peut confirmer le lieu, tél. {ctx.PH('mobile')}.\nCoordonnées : "
        f"{_coords(ctx)}.\n\n{closing(ctx)}\n{ctx.P(finder, 'fullnomi')}\n{ctx.PH('mobile')}",
        f"{greet(ctx, officer)}\n\nin allegato le foto. Il consenso di {ctx.TP(owner, 'std')} ({ctx.A1(oa)}) è "
        f"scansionato. {'La mia amica' if friend.f else 'Il mio amico'} {ctx.P(friend, 'fullnomi')} era presente e "
        f"può confermare il luogo, tel. {ctx.PH('mobile')}.\nCoordinate: {_coords(ctx)}.\n\n{closing(ctx)}\n"
        f"{ctx.P(finder, 'fullnomi')}\n{ctx.PH('mobile')}",
        f"{greet(ctx, officer)}\n\nphotos attached. {ctx.TP(owner)}'s permission ({ctx.A1(oa)}) is scanned in too. "
        f"My friend {ctx.P(friend, 'fullnomi')} was with me and can confirm the spot, {ctx.PH('mobile')}.\n"
        f"Grid ref: {_coords(ctx)}.\n\n{closing(ctx)}\n{ctx.P(finder, 'fullnomi')}\n{ctx.PH('mobile')}",
    )
    hdr = mail_header(ctx, addr_disp(ctx, finder, fem), oem, T("AW: ", "RE : ", "R: ", "RE: ") + ref)
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Habe ich alles geliefert, was verlangt war?"],
            fr=["Ai-je fourni tout ce qui était demandé ?"],
            it=["Ho mandato tutto quello che mi hanno chiesto?"],
            en=["Have I sent everything they asked for?"],
        ),
    )


def md_export(ctx: Ctx) -> str:
    r = ctx.r
    _auth, dom = md_auth(ctx)
    recs = []
    shape = r.choice(["iso", "iso", ctx.dob_shape])
    recorder = ctx.person(age=(26, 60))
    rem = ctx.EM(recorder, "work", dom)
    for _ in range(r.randint(2, 4)):
        p = ctx.person(age=(18, 80))
        a = ctx.addr()
        recs.append(
            {
                "find_id": f"{r.choice(['BY', 'NW', 'SUR', 'HAMP', 'FR', 'LOM', 'TI', 'VD'])}-"
                f"{r.randint(100000, 999999)}",
                "object": md_find(ctx),
                "weight_g": round(r.uniform(0.8, 48.0), 1),
                "finder": {
                    "name": ctx.P(p, "fullnomi"),
                    "dob": ctx.DOB(p, shape),
                    "email": ctx.EM(p),
                    "postal": ctx.A1(a, ", "),
                },
                "findspot": md_parcel(ctx),
                "recorded_by": rem,
                "submitted_ip": E("IP", ctx.ip()),
                "db_version": f"{r.randint(2, 5)}.{r.randint(0, 20)}",
            }
        )
    if r.random() < 0.5:
        out = jdump(recs, r)
    else:
        out = yaml({"records": recs})
    note = ctx.t(
        f"Export aus der Funddatenbank, bearbeitet von {ctx.P(recorder, 'fullnomi')}:",
        f"Export de la base de données, saisi par {ctx.P(recorder, 'fullnomi')} :",
        f"Export dal database dei reperti, inserito da {ctx.P(recorder, 'fullnomi')}:",
        f"Export from the finds database, recorded by {ctx.P(recorder, 'fullnomi')}:",
    )
    body = f"{note}\n\n{out}"
    return wrap(
        ctx,
        body,
        req(
            de=["Mach daraus eine Übersicht für den Jahresbericht."],
            fr=["Fais-en une synthèse pour le bilan annuel."],
            it=["Preparane un riepilogo per la relazione annuale."],
            en=["Turn this into an overview for the annual report."],
        ),
    )


# ====================================================================================================================
# 4. busking - street-music and street-performer permits
# ====================================================================================================================
PITCHES = {
    "DE": [
        "Marktplatz (vor dem Brunnen)",
        "Fußgängerzone Höhe Kaufhaus",
        "Rathausplatz",
        "Unterführung Hauptbahnhof",
        "Domplatz",
        "Alter Markt",
    ],
    "AT": [
        "Hauptplatz",
        "Fußgängerzone Landstraße",
        "Stephansplatz (Zone B)",
        "Getreidegasse Ecke Universitätsplatz",
        "Herrengasse",
        "Kornmarkt",
    ],
    "CHde": ["Marktgasse", "Bahnhofplatz", "Rathausbrücke", "Barfüsserplatz", "Kapellplatz", "Spitalgasse"],
    "CHfr": [
        "place de la Palud",
        "rue du Marché",
        "place du Molard",
        "Flon, escaliers",
        "place de la Fontaine",
        "quai du Mont-Blanc",
    ],
    "CHit": ["Piazza della Riforma", "Piazza Grande", "Piazza Collegiata", "via Nassa, portici", "Piazza Indipendenza"],
    "FR": [
        "place du Capitole",
        "rue Sainte-Catherine",
        "parvis de la cathédrale",
        "place Bellecour",
        "marché couvert",
        "place Kléber",
    ],
    "IT": [
        "Piazza Duomo",
        "Corso Vannucci",
        "Piazza delle Erbe",
        "Galleria, lato nord",
        "Piazza Maggiore",
        "Ponte di Rialto, lato San Polo",
    ],
    "GB": [
        "Market Square pitch 2",
        "High Street by the clock",
        "Cathedral Green",
        "Covent Garden, North Hall",
        "Bold Street",
        "Buchanan Street pitch B",
    ],
    "US": [
        "Pike Place, marked spot 4",
        "Faneuil Hall north steps",
        "16th Street Mall",
        "Pearl Street Mall",
        "Union Square, east side",
        "State Street plaza",
    ],
}
INSTR = {
    "de": ["Gitarre und Gesang", "Akkordeon", "Geige", "Saxofon", "Cajón und Ukulele", "Harfe", "Drehorgel"],
    "fr": ["guitare et chant", "accordéon", "violon", "saxophone", "cajón et ukulélé", "harpe", "orgue de Barbarie"],
    "it": ["chitarra e voce", "fisarmonica", "violino", "sassofono", "cajón e ukulele", "arpa", "organetto"],
    "en": ["guitar and vocals", "accordion", "violin", "saxophone", "cajón and ukulele", "harp", "steel pan"],
}
BANDS = [
    "Die Kellerkinder",
    "Trio Ostwind",
    "Les Pavés Chantants",
    "Banda Sgangherata",
    "The Loose Strings",
    "Sidewalk Sirens",
    "Quartett Grünspan",
    "Les Fils du Vent",
    "I Senza Tetto",
    "Brass on the Corner",
]


def bus_office(ctx: Ctx):
    tw = ctx.town[0]
    name = {
        "DE": f"Stadt {tw} – Amt für öffentliche Ordnung, Sondernutzungen",
        "AT": f"Magistrat {tw} – Straßenmusik-Bewilligungen",
        "CHde": f"Stadt {tw} – Gewerbepolizei",
        "CHfr": f"Ville de {tw} – Police du commerce",
        "CHit": f"Città di {tw} – Polizia, ufficio permessi",
        "FR": f"Mairie de {tw} – Service de l'occupation du domaine public",
        "IT": f"Comune di {tw} – Ufficio Suolo Pubblico",
        "GB": f"{tw} City Council – Street Trading & Busking",
        "US": f"City of {tw} – Special Events & Permits",
    }[ctx.region]
    dom = {
        "DE": f"{slug(tw)}.de",
        "AT": f"{slug(tw)}.gv.at",
        "CH": f"{slug(tw)}.ch",
        "FR": f"mairie-{slug(tw)}.fr",
        "IT": f"comune.{slug(tw)}.it",
        "GB": f"{slug(tw)}.gov.uk",
        "US": f"{slug(tw)}.gov",
    }[ctx.cc]
    return name, dom


def bus_pitch(ctx: Ctx) -> str:
    return ctx.r.choice(PITCHES[ctx.region])


def bus_application(ctx: Ctx) -> str:
    r = ctx.r
    office, _dom = bus_office(ctx)
    ap = ctx.person(age=(18, 70))
    mates = [ctx.person(age=(18, 70)) for _ in range(r.randint(0, 3))]
    T = ctx.t
    a = ctx.addr(town=ctx.town if r.random() < 0.6 else ctx.pick_town())
    d1 = ctx.today + dt.timedelta(days=r.randint(10, 40))
    d2 = d1 + dt.timedelta(days=r.choice([2, 6, 13, 30]))
    band = r.choice(BANDS) if mates else None
    pairs = [
        (
            T("Name, Vorname", "Nom, prénom", "Cognome e nome", "Full name"),
            ctx.P(ap, r.choice(["rev", "REV"])) if ctx.lang != "en" else ctx.P(ap, "full"),
        ),
        (dob_lab(ctx, ap), ctx.DOB(ap)),
        (T("Wohnanschrift", "Adresse", "Residenza", "Home address"), ctx.A1(a)),
        (T("Mobil", "Portable", "Cellulare", "Mobile" if ctx.cc != "US" else "Cell"), ctx.PH("mobile")),
        ("E-Mail" if ctx.lang == "de" else T("", "Courriel", "E-mail", "Email"), ctx.EM(ap)),
        (T("Gruppe", "Formation", "Gruppo", "Act name"), band or T("Solo", "solo", "solista", "solo")),
        (T("Instrumente", "Instruments", "Strumenti", "Instruments"), r.choice(INSTR[ctx.lang])),
        (T("Verstärker", "Amplification", "Amplificazione", "Amplifier"), yes_no(ctx, r.random() < 0.3)),
        (T("Zeitraum", "Période", "Periodo", "Dates"), f"{ctx.date(d1)} – {ctx.date(d2)}"),
        (
            T("Gewünschte Plätze", "Emplacements souhaités", "Postazioni richieste", "Preferred pitches"),
            ", ".join(sorted({bus_pitch(ctx) for _ in range(2)})),
        ),
    ]
    form = kv(ctx, pairs)
    mtxt = ""
    if mates:
        st = r.choice(["fullnomi", "rev"])
        rows = [[ctx.P(m, st), ctx.DOB(m), r.choice(INSTR[ctx.lang])] for m in mates]
        mtxt = (
            T("Weitere Mitwirkende:", "Autres membres :", "Altri componenti:", "Other performers:")
            + "\n"
            + table(
                ctx,
                T(
                    ["Name", "Geb.", "Instrument"],
                    ["Nom", "Né(e) le", "Instrument"],
                    ["Nome", "Nato/a il", "Strumento"],
                    ["Name", "DOB", "Instrument"],
                ),
                rows,
                r.choice(["md", "mdpad", "fixed"]),
            )
        )
    fee = ctx.money(r.choice([10, 15, 20, 25, 35]))
    pay = T(
        f"Gebühr {fee} – Erstattung der Kaution bitte auf {ctx.IB()}" if ctx.cc != "US" else "",
        f"Redevance {fee} – remboursement de la caution sur {ctx.IB()}",
        f"Diritti {fee} – restituzione della cauzione su {ctx.IB()}",
        f"Fee {fee}, paid online (card {ctx.masked_card()})"
        if ctx.cc != "GB" or r.random() < 0.5
        else f"Fee {fee} – deposit refund to IBAN {ctx.IB()}",
    )
    head = T(
        f"An: {office}\nANTRAG AUF GENEHMIGUNG VON STRASSENMUSIK",
        f"À : {office}\nDEMANDE D'AUTORISATION – MUSIQUE DE RUE",
        f"Al: {office}\nDOMANDA DI AUTORIZZAZIONE – ARTISTI DI STRADA",
        f"To: {office}\nBUSKING LICENCE APPLICATION"
        if ctx.cc == "GB"
        else f"To: {office}\nSTREET PERFORMER PERMIT APPLICATION",
    )
    place = T(
        f"{ctx.town[0]}, {ctx.date(ctx.today)}",
        f"Fait à {ctx.town[0]}, le {ctx.date(ctx.today)}",
        f"{ctx.town[0]}, lì {ctx.date(ctx.today)}",
        f"Date: {ctx.date(ctx.today)}",
    )
    body = f"{head}\n\n{form}\n\n{mtxt}\n\n{pay}\n{place}".replace("\n\n\n\n", "\n\n")
    return wrap(
        ctx,
        body,
        req(
            de=["Ist der Antrag so vollständig? Was verlangt die Stadt üblicherweise noch?"],
            fr=["La demande est-elle complète ? Que demande la mairie en général ?"],
            it=["La domanda è completa? Cosa chiede di solito il Comune?"],
            en=["Is this application complete? What else do councils usually ask for?"],
        ),
    )


def bus_rota(ctx: Ctx) -> str:
    r = ctx.r
    office, _dom = bus_office(ctx)
    T = ctx.t
    acts = [ctx.person(age=(18, 68)) for _ in range(r.randint(5, 7))]
    st = pstyle(ctx, [("fullnomi", 3), ("rev", 2), ("init", 2), ("REV", 1)])
    rows = []
    d0 = ctx.today + dt.timedelta(days=r.randint(1, 5))
    for k, p in enumerate(acts):
        d = d0 + dt.timedelta(days=k // 2)
        h = r.choice([10, 12, 14, 16])
        rows.append(
            [
                ctx.date(d),
                f"{h}–{h + 2}" if ctx.cc != "US" else f"{h % 12 or 12}–{(h + 2) % 12 or 12}",
                bus_pitch(ctx),
                ctx.P(p, st),
                f"{r.choice(['SM', 'BK', 'P'])}-{r.randint(100, 999)}",
            ]
        )
    hdr = T(
        ["Tag", "Zeit", "Platz", "Musiker/in", "Genehmigung"],
        ["Jour", "Horaire", "Emplacement", "Artiste", "Autorisation"],
        ["Giorno", "Orario", "Postazione", "Artista", "Permesso"],
        ["Day", "Slot", "Pitch", "Performer", "Licence"],
    )
    tbl = table(ctx, hdr, rows)
    cs = r.choice(["first", "nick", "firstL", "fullnomi"])
    a, b, c = acts[0], acts[1], acts[2]
    mob = ctx.PH("mobile")
    msgs = [
        (
            chat_name(ctx, a, cs),
            T(
                f"Kann jemand Samstag mit mir tauschen? {ctx.P(b, 'first')}, du hast doch den Platz am Brunnen?",
                f"Quelqu'un peut échanger samedi ? {ctx.P(b, 'first')}, tu as bien la place de la fontaine ?",
                f"Qualcuno mi scambia sabato? {ctx.P(b, 'first')}, hai tu la postazione alla fontana?",
                f"can anyone swap saturday? {ctx.P(b, 'first')} you've got the fountain pitch right?",
            ),
        ),
        (
            chat_name(ctx, b, cs),
            T(
                "ja, aber nur wenn das Amt zustimmt",
                "oui mais seulement si la mairie est d'accord",
                "sì ma solo se il Comune è d'accordo",
                "yes but only if the council ok's it",
            ),
        ),
        (
            chat_name(ctx, c, cs),
            T(
                f"{ctx.P(a, 'first')}s Verstärker war letzte Woche zu laut, es gab eine Beschwerde vom Schuhladen",
                f"l'ampli de {ctx.P(a, 'first')} était trop fort la semaine dernière, plainte du magasin de chaussures",
                f"l'amplificatore di {ctx.P(a, 'first')} era troppo alto la settimana scorsa, "
                "reclamo del negozio di scarpe",
                f"{ctx.P(a, 'first')}'s amp was too loud last week, the shoe shop complained",
            ),
        ),
        (
            chat_name(ctx, a, cs),
            T(
                f"sorry! neue Nummer übrigens: {mob}",
                f"désolé·e ! nouveau numéro au fait : {mob}",
                f"scusate! nuovo numero comunque: {mob}",
                f"sorry!! new number btw: {mob}",
            ),
        ),
    ]
    ch = chat(ctx, msgs)
    title = T(
        f"{office}\nPlatzvergabe Straßenmusik",
        f"{office}\nAttribution des emplacements",
        f"{office}\nAssegnazione postazioni",
        f"{office}\nPitch allocation",
    )
    body = f"{title}\n\n{tbl}\n\n{ch}"
    return wrap(
        ctx,
        body,
        req(
            de=["Wer spielt wann wo? Mach mir einen Wochenplan."],
            fr=["Qui joue où et quand ? Fais un planning."],
            it=["Chi suona dove e quando? Fammi un programma settimanale."],
            en=["Who plays where and when? Make me a weekly plan."],
        ),
    )


def bus_reply(ctx: Ctx) -> str:
    r = ctx.r
    office, dom = bus_office(ctx)
    T = ctx.t
    busker = ctx.person(age=(19, 66))
    officer = ctx.person(age=(26, 62))
    shop = ctx.person(age=(30, 70))
    oem = E("EMAIL", ctx.email(officer, "work", dom))
    dl = ctx.PH("land", area=ctx.town[2])
    sent = ctx.today - dt.timedelta(days=r.randint(2, 9))
    shop_a = ctx.addr(town=ctx.town, extra=1)
    pitch = bus_pitch(ctx)
    warn = "\n".join(
        [
            greet(ctx, busker),
            T(
                f"uns liegt eine Beschwerde von {ctx.TP(shop, 'dat')} (Geschäft {ctx.AS(shop_a)}) vor: Am Standort "
                f"{pitch} sei mit Verstärker gespielt worden. Wir weisen Sie auf die Auflagen hin.",
                f"nous avons reçu une plainte de {ctx.TP(shop, 'long')} (commerce au {ctx.AS(shop_a)}) : vous auriez "
                f"joué avec amplification à l'emplacement {pitch}. Nous vous rappelons les conditions.",
                f"abbiamo ricevuto una segnalazione da parte di {ctx.TP(shop)} (negozio in {ctx.AS(shop_a)}): presso "
                f"{pitch} "
                "sarebbe stato usato un amplificatore. Le ricordiamo le prescrizioni.",
                f"we have received a complaint from {ctx.TP(shop)} (shop at {ctx.AS(shop_a)}) about amplified music at "
                f"{pitch}. Please note the conditions of your licence.",
            ),
            closing(ctx),
            signature(
                ctx, officer, T("Sachbearbeitung", "Gestionnaire", "Istruttore", "Licensing Officer"), office, dl, oem
            ),
        ]
    )
    quoted = quote_block(ctx, warn, ctx.P(officer, "fullnomi"), oem, dtime(ctx, sent))
    bem = ctx.EM(busker)
    txt = T(
        f"{greet(ctx, officer)}\n\nich habe an dem Tag gar keinen Verstärker dabeigehabt – ich spiele akustisch "
        f"Geige. Es war wohl die Band nach mir. Meine Kollegin {ctx.P(ctx.person(gender='f'), 'fullnomi')} kann das "
        f"bestätigen. Bitte melden Sie sich unter {ctx.PH('mobile')}.\n\n{closing(ctx)}\n"
        f"{ctx.P(busker, 'fullnomi')}\n{ctx.A1(ctx.addr())}",
        f"{greet(ctx, officer)}\n\nje n'avais pas d'ampli ce jour-là, je joue du violon acoustique. C'était sans "
        f"doute le groupe suivant. Ma collègue {ctx.P(ctx.person(gender='f'), 'fullnomi')} peut le confirmer. Vous "
        f"pouvez me joindre au {ctx.PH('mobile')}.\n\n{closing(ctx)}\n{ctx.P(busker, 'fullnomi')}\n"
        f"{ctx.A1(ctx.addr())}",
        f"{greet(ctx, officer)}\n\nquel giorno non avevo nessun amplificatore, suono il violino acustico. Era "
        f"probabilmente il gruppo dopo di me. La mia collega {ctx.P(ctx.person(gender='f'), 'fullnomi')} può "
        f"confermarlo. Sono raggiungibile al {ctx.PH('mobile')}.\n\n{closing(ctx)}\n{ctx.P(busker, 'fullnomi')}\n"
        f"{ctx.A1(ctx.addr())}",
        f"{greet(ctx, officer)}\n\nI didn't have an amp with me that day – I play acoustic violin. It must have been "
        f"the band after me. My friend {ctx.P(ctx.person(gender='f'), 'fullnomi')} can confirm. You can reach me "
        f"on {ctx.PH('mobile')}.\n\n{closing(ctx)}\n{ctx.P(busker, 'fullnomi')}\n{ctx.A1(ctx.addr())}",
    )
    hdr = mail_header(
        ctx,
        addr_disp(ctx, busker, bem),
        oem,
        T(
            "AW: Beschwerde Straßenmusik",
            "RE : plainte musique de rue",
            "R: segnalazione artisti di strada",
            "RE: busking complaint",
        ),
    )
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Formuliere meine Antwort sachlicher."],
            fr=["Rends ma réponse plus factuelle."],
            it=["Rendi la mia risposta più sobria."],
            en=["Make my reply more measured."],
        ),
    )


def bus_export(ctx: Ctx) -> str:
    r = ctx.r
    office, _dom = bus_office(ctx)
    T = ctx.t
    rows = []
    shape = r.choice(["iso", ctx.dob_shape])
    style = r.choice(["csv", "csvsemi", "tsv", "json"])
    objs = []
    for _ in range(r.randint(4, 6)):
        p = ctx.person(age=(18, 72))
        pay = (
            ctx.IB(grouped=False)
            if ctx.cc not in ("US", "GB") and r.random() < 0.5
            else (E("CARD", ctx.card(False)) if r.random() < 0.2 else ctx.masked_card())
        )
        row = [
            f"{r.randint(10000, 99999)}",
            ctx.P(p, "fullnomi"),
            ctx.DOB(p, shape),
            ctx.EM(p),
            ctx.PH("mobile"),
            bus_pitch(ctx),
            pay,
            E("IP", ctx.ip()),
        ]
        rows.append(row)
        objs.append(
            dict(zip(["booking", "performer", "dob", "email", "phone", "pitch", "payment", "ip"], row, strict=True))
        )
    if style == "json":
        out = jdump(objs, r)
    else:
        out = table(ctx, ["booking", "performer", "dob", "email", "phone", "pitch", "payment", "ip"], rows, style)
    note = T(
        f"Export Online-Buchungen ({office}), Stand {ctx.date(ctx.today)}",
        f"Export des réservations en ligne ({office}), au {ctx.date(ctx.today)}",
        f"Export prenotazioni online ({office}), aggiornato al {ctx.date(ctx.today)}",
        f"Online bookings export ({office}) as of {ctx.date(ctx.today)}",
    )
    body = f"{note}\n\n{out}"
    return wrap(
        ctx,
        body,
        req(
            de=["Welche Plätze sind am häufigsten gebucht?"],
            fr=["Quels emplacements sont les plus réservés ?"],
            it=["Quali postazioni sono le più prenotate?"],
            en=["Which pitches are booked most?"],
        ),
    )


# ====================================================================================================================
# 5. schoolbus - school transport applications and bus route lists
# ====================================================================================================================
SCHOOLS = {
    "DE": [
        "Grundschule am Park",
        "Gymnasium am Stadtwald",
        "Realschule Nord",
        "Gesamtschule West",
        "Förderzentrum Sprache",
    ],
    "AT": ["Volksschule Gartenstadt", "Mittelschule Süd", "BRG Am Anger", "Sonderpädagogisches Zentrum"],
    "CHde": ["Primarschule Dorf", "Schulhaus Feld", "Oberstufe Rietwis", "Heilpädagogische Schule"],
    "CHfr": ["École primaire des Tilleuls", "Collège du Léman", "Établissement primaire de la Gare"],
    "CHit": ["Scuola elementare Besso", "Scuola media di Canobbio", "Scuola dell'infanzia Molino Nuovo"],
    "FR": ["École élémentaire Jean Moulin", "Collège Les Tilleuls", "Lycée Victor Hugo", "École maternelle Les Lilas"],
    "IT": [
        "Scuola primaria Don Milani",
        "Istituto comprensivo Manzoni",
        "Scuola secondaria Galilei",
        "Scuola dell'infanzia Arcobaleno",
    ],
    "GB": ["St Mary's C of E Primary", "Oakfield Academy", "Riverside Primary School", "Kingsmead School"],
    "US": ["Lincoln Elementary", "Roosevelt Middle School", "Jefferson High School", "Maple Grove Elementary"],
}
STOPS = {
    "de": [
        "Lindenplatz",
        "Kirche",
        "Feuerwehrhaus",
        "Sportplatz",
        "Abzweigung Mühle",
        "Dorfladen",
        "Wendeplatz Siedlung",
    ],
    "fr": [
        "Place du Tilleul",
        "Église",
        "Caserne des pompiers",
        "Stade",
        "Carrefour du Moulin",
        "La Poste",
        "Lotissement des Près",
    ],
    "it": [
        "Piazza Tiglio",
        "Chiesa",
        "Caserma pompieri",
        "Campo sportivo",
        "Bivio Mulino",
        "Ufficio postale",
        "Quartiere Prati",
    ],
    "en": [
        "Village Green",
        "Church",
        "Fire Station",
        "Playing Fields",
        "Mill Lane junction",
        "Post Office",
        "Meadow Estate",
    ],
}


def sb_office(ctx: Ctx):
    tw = ctx.town[0]
    name = {
        "DE": f"Landratsamt – Schülerbeförderung ({tw})",
        "AT": f"Gemeinde {tw} – Schülerfreifahrt / Schulbus",
        "CHde": f"Schulverwaltung {tw} – Schülertransporte",
        "CHfr": f"Commune de {tw} – Transports scolaires",
        "CHit": f"Comune di {tw} – Trasporto allievi",
        "FR": f"Région – service des transports scolaires ({tw})",
        "IT": f"Comune di {tw} – Servizio trasporto scolastico",
        "GB": f"{tw} Council – Home to School Transport",
        "US": f"{tw} Public Schools – Transportation Department",
    }[ctx.region]
    dom = {
        "DE": f"lra-{slug(tw)}.de",
        "AT": f"{slug(tw)}.gv.at",
        "CH": f"schule-{slug(tw)}.ch",
        "FR": "transports-region.fr",
        "IT": f"comune.{slug(tw)}.it",
        "GB": f"{slug(tw)}.gov.uk",
        "US": f"{slug(tw)}schools.org",
    }[ctx.cc]
    return name, dom


def sb_grade(ctx: Ctx, p: Person) -> str:
    a = max(6, min(16, age_on(p.dob, ctx.today)))
    k = a - 5
    return {
        "de": f"{k}{ctx.r.choice('abc')}",
        "fr": ["CP", "CE1", "CE2", "CM1", "CM2", "6e", "5e", "4e", "3e", "2de", "1re"][min(k - 1, 10)],
        "it": f"{k if k <= 5 else k - 5}{ctx.r.choice('ABC')}" + ("" if k <= 5 else " media"),
        "en": f"Year {k + 1}" if ctx.cc == "GB" else f"Grade {k}",
    }[ctx.lang]


def sb_application(ctx: Ctx) -> str:
    r = ctx.r
    office, _dom = sb_office(ctx)
    T = ctx.t
    par = ctx.person(age=(28, 52))
    kid = ctx.relative(par, "child")
    if age_on(kid.dob, ctx.today) > 16 or age_on(kid.dob, ctx.today) < 6:
        kid = ctx.person(
            child=True,
            src=SOURCES[par.src] if par.src in SOURCES else None,
            kind="region",
            last=par.last if not par.f or par.src not in ("pl_PL", "cs_CZ", "sk_SK", "el") else None,
        )
    par2 = ctx.relative(par, "partner", gender="m" if par.f else "f") if r.random() < 0.6 else None
    a = ctx.addr(town=ctx.town, extra=None)
    school = r.choice(SCHOOLS[ctx.region])
    km = round(r.uniform(2.1, 11.8), 1)
    pairs = [
        (
            T("Schüler/in", "Élève", "Alunno/a", "Pupil" if ctx.cc == "GB" else "Student"),
            ctx.P(kid, r.choice(["fullnomi", "rev", "REV"])),
        ),
        (dob_lab(ctx, kid), ctx.DOB(kid)),
        (
            T("AHV-Nr. des Kindes", "N° AVS de l'enfant", "N. AVS dell'allievo", "")
            if ctx.cc == "CH" and r.random() < 0.5
            else "",
            E("AHV", ctx.ahv()),
        ),
        (T("Schule", "Établissement", "Scuola", "School"), school),
        (T("Klasse", "Classe", "Classe", "Year group" if ctx.cc == "GB" else "Grade"), sb_grade(ctx, kid)),
        (T("Wohnanschrift", "Adresse", "Indirizzo di residenza", "Home address"), ctx.A1(a)),
        (
            T("Schulweg", "Distance", "Distanza", "Distance"),
            f"{km} km".replace(".", ",")
            if ctx.lang in ("de", "fr", "it") and ctx.cc != "CH"
            else f"{km} km"
            if ctx.cc != "US"
            else f"{round(km * 0.62, 1)} mi",
        ),
        (T("Haltestelle", "Arrêt", "Fermata", "Stop"), r.choice(STOPS[ctx.lang])),
        (
            T("Erziehungsberechtigte/r", "Représentant légal", "Genitore", "Parent/carer"),
            ctx.P(par, "fullnomi") + (f", {ctx.P(par2, 'fullnomi')}" if par2 else ""),
        ),
        (
            T("Telefon", "Téléphone", "Telefono", "Phone"),
            ctx.PH("land", area=ctx.town[2]) if r.random() < 0.4 else ctx.PH("mobile"),
        ),
        (T("Mobil (Notfall)", "Portable (urgence)", "Cellulare (emergenze)", "Emergency mobile"), ctx.PH("mobile")),
        ("E-Mail" if ctx.lang == "de" else T("", "Courriel", "E-mail", "Email"), ctx.EM(par)),
    ]
    if r.random() < 0.35:
        gp = ctx.relative(par, "parent")
        ga = ctx.addr(town=ctx.town, extra=1)
        gpw = T(
            "Großmutter" if gp.f else "Großvater",
            "grand-mère" if gp.f else "grand-père",
            "nonna" if gp.f else "nonno",
            "grandmother" if gp.f else "grandfather",
        )
        pairs.append(
            (
                T("Nachmittags abholen bei", "L'après-midi chez", "Il pomeriggio presso", "Afternoon drop-off"),
                (f"{ctx.P(gp, 'fullnomi')} ({gpw}), {ctx.A1(ga)}"),
            )
        )
    if ctx.cc in ("DE", "IT", "FR") and r.random() < 0.7:
        pairs.append(
            (
                T(
                    "Eigenanteil per SEPA-Lastschrift, IBAN",
                    "Participation familiale – prélèvement, IBAN",
                    "Quota a carico della famiglia – addebito, IBAN",
                    "IBAN",
                ),
                ctx.IB(),
            )
        )
    if r.random() < 0.3:
        pairs.append(
            (
                T("Besonderheiten", "Remarques", "Note", "Notes"),
                T(
                    "Rollstuhl, benötigt Rampe",
                    "fauteuil roulant, rampe nécessaire",
                    "sedia a rotelle, serve la pedana",
                    "wheelchair user, needs ramp",
                ),
            )
        )
    form = kv(ctx, pairs)
    head = T(
        f"An: {office}\nANTRAG AUF SCHÜLERBEFÖRDERUNG {ctx.today.year}/{ctx.today.year + 1}",
        f"À : {office}\nDEMANDE DE TRANSPORT SCOLAIRE {ctx.today.year}-{ctx.today.year + 1}",
        f"Al: {office}\nDOMANDA DI ISCRIZIONE AL TRASPORTO SCOLASTICO a.s. {ctx.today.year}/"
        f"{(ctx.today.year + 1) % 100}",
        f"To: {office}\nHOME TO SCHOOL TRANSPORT APPLICATION {ctx.today.year}/{(ctx.today.year + 1) % 100}"
        if ctx.cc == "GB"
        else f"To: {office}\nSCHOOL BUS RIDER REGISTRATION {ctx.today.year}-{ctx.today.year + 1}",
    )
    body = (
        f"{head}\n\n{form}\n\n{T('Ort, Datum', 'Lieu et date', 'Luogo e data', 'Date')}: "
        f"{ctx.town[0] + ', ' if ctx.lang != 'en' else ''}{ctx.date(ctx.today)}"
    )
    if r.random() < 0.2:
        body = ocr(body, r)
    return wrap(
        ctx,
        body,
        req(
            de=["Habe ich den Antrag richtig ausgefüllt?", "Schreib ein kurzes Begleitschreiben dazu."],
            fr=["Ai-je bien rempli la demande ?", "Rédige un petit mot d'accompagnement."],
            it=["Ho compilato bene la domanda?", "Scrivi due righe di accompagnamento."],
            en=["Have I filled this in correctly?", "Write a short cover note for it."],
        ),
    )


def sb_route(ctx: Ctx) -> str:
    r = ctx.r
    office, _dom = sb_office(ctx)
    T = ctx.t
    kids = []
    for _ in range(r.randint(5, 7)):
        p = ctx.person(age=(30, 50))
        k = ctx.relative(p, "child")
        if age_on(k.dob, ctx.today) > 17:
            k = ctx.person(child=True)
            p = ctx.relative(k, "parent")
        kids.append((k, p))
    stops = r.sample(STOPS[ctx.lang], 4)
    t0 = r.randint(6 * 60 + 40, 7 * 60 + 15)
    st = r.choice(["firstL", "fullnomi", "first_last_initial"])
    rows = []
    for k, (c, _p) in enumerate(kids):
        s = stops[min(k // 2, 3)]
        tt = t0 + 4 * (k // 2)
        nm = ctx.P(c, "firstL") if st == "firstL" else ctx.P(c, "fullnomi") if st == "fullnomi" else ctx.P(c, "first")
        rows.append(
            [
                f"{tt // 60:02d}:{tt % 60:02d}" if ctx.cc != "US" else f"{tt // 60}:{tt % 60:02d} AM",
                s,
                nm,
                sb_grade(ctx, c),
                ctx.PH("mobile"),
            ]
        )
    hdr = T(
        ["Zeit", "Haltestelle", "Kind", "Klasse", "Notfall-Nr. Eltern"],
        ["Heure", "Arrêt", "Élève", "Classe", "Tél. parents"],
        ["Ora", "Fermata", "Alunno", "Classe", "Tel. genitori"],
        [
            "Time",
            "Stop",
            "Pupil" if ctx.cc == "GB" else "Student",
            "Year" if ctx.cc == "GB" else "Grade",
            "Parent phone",
        ],
    )
    route = T(
        f"Linie {r.randint(1, 9)} – {r.choice(SCHOOLS[ctx.region])}",
        f"Circuit {r.randint(1, 9)} – {r.choice(SCHOOLS[ctx.region])}",
        f"Linea {r.randint(1, 9)} – {r.choice(SCHOOLS[ctx.region])}",
        f"Route {r.randint(1, 30)} – {r.choice(SCHOOLS[ctx.region])}",
    )
    tbl = table(ctx, hdr, rows)
    drv = ctx.person(age=(30, 64))
    coord = ctx.person(age=(28, 60))
    c0, _p0 = kids[0]
    c1, p1 = kids[1]
    cs = r.choice(["first", "fullnomi", "firstL"])
    pm = ctx.PH("mobile")
    msgs = [
        (
            chat_name(ctx, drv, cs),
            T(
                f"{ctx.P(c0, 'first')} stand heute nicht an der Haltestelle, Mutter nicht erreichbar",
                f"{ctx.P(c0, 'first')} n'était pas à l'arrêt ce matin, la mère ne répond pas",
                f"{ctx.P(c0, 'first')} stamattina non era alla fermata, la madre non risponde",
                f"{ctx.P(c0, 'first')} wasn't at the stop this morning, mum not answering"
                if ctx.cc == "GB"
                else f"{ctx.P(c0, 'first')} wasn't at the stop this morning, mom's not picking up",
            ),
        ),
        (
            chat_name(ctx, coord, cs),
            T(
                f"Ist krank gemeldet. {ctx.TP(p1)} hat eine neue Nummer: {pm}",
                f"Absent·e, excusé·e. {ctx.TP(p1)} a un nouveau numéro : {pm}",
                f"È assente, giustificat{'a' if c0.f else 'o'}. {ctx.TP(p1)} ha un nuovo numero: {pm}",
                f"Called in sick. {ctx.TP(p1)} has a new number: {pm}",
            ),
        ),
        (
            chat_name(ctx, drv, cs),
            T(
                f"Danke. Und {ctx.P(c1, 'first')} steigt ab Montag an der "
                f"{r.choice(stops)} aus, Oma wohnt dort ({ctx.AS(ctx.addr(town=ctx.town, extra=1))})",
                f"Merci. Et {ctx.P(c1, 'first')} descend à {r.choice(stops)} à partir de lundi, "
                f"chez sa grand-mère ({ctx.AS(ctx.addr(town=ctx.town, extra=1))})",
                f"Grazie. E {ctx.P(c1, 'first')} da lunedì scende a {r.choice(stops)}, dalla "
                f"nonna ({ctx.AS(ctx.addr(town=ctx.town, extra=1))})",
                f"Thanks. And {ctx.P(c1, 'first')} gets off at {r.choice(stops)} from Monday, "
                f"at grandma's ({ctx.AS(ctx.addr(town=ctx.town, extra=1))})",
            ),
        ),
    ]
    ch = chat(ctx, msgs)
    body = f"{office}\n{route}\n\n{tbl}\n\n{ch}"
    return wrap(
        ctx,
        body,
        req(
            de=["Aktualisiere die Liste mit den Infos aus dem Chat."],
            fr=["Mets la liste à jour avec les infos du chat."],
            it=["Aggiorna la lista con le informazioni della chat."],
            en=["Update the list with what's in the chat."],
        ),
    )


def sb_parentmail(ctx: Ctx) -> str:
    r = ctx.r
    office, dom = sb_office(ctx)
    T = ctx.t
    par = ctx.person(age=(29, 52))
    kid = ctx.relative(par, "child")
    if age_on(kid.dob, ctx.today) > 16 or age_on(kid.dob, ctx.today) < 6:
        kid.dob = ctx.today - dt.timedelta(days=365 * r.randint(7, 14) + r.randint(1, 300))
    officer = ctx.person(age=(26, 62))
    oem = E("EMAIL", ctx.email(officer, "work", dom))
    dl = ctx.PH("land", area=ctx.town[2])
    stop_old, stop_new = r.sample(STOPS[ctx.lang], 2)
    sent = ctx.today - dt.timedelta(days=r.randint(2, 10))
    notice = "\n".join(
        [
            greet(ctx, None),
            T(
                f"ab dem {ctx.date(ctx.today + dt.timedelta(days=14))} entfällt die Haltestelle {stop_old}. Die Kinder "
                f"steigen künftig an der Haltestelle {stop_new} zu.",
                f"à partir du {ctx.date(ctx.today + dt.timedelta(days=14))}, l'arrêt {stop_old} est supprimé. Les "
                "élèves "
                f"monteront à l'arrêt {stop_new}.",
                f"dal {ctx.date(ctx.today + dt.timedelta(days=14))} la fermata {stop_old} è soppressa. Gli alunni "
                f"saliranno alla fermata {stop_new}.",
                f"from {ctx.date(ctx.today + dt.timedelta(days=14))} the {stop_old} stop is withdrawn. Children will "
                "be "
                f"picked up at {stop_new} instead.",
            ),
            closing(ctx),
            signature(
                ctx,
                officer,
                T("Schülerbeförderung", "Transports scolaires", "Trasporto scolastico", "Transport Coordinator"),
                office,
                dl,
                oem,
            ),
        ]
    )
    quoted = quote_block(ctx, notice, ctx.P(officer, "fullnomi"), oem, dtime(ctx, sent))
    pem = ctx.EM(par)
    new = ctx.addr(town=ctx.town)
    kn = ctx.P(kid, "fullnomi")
    txt = T(
        f"{greet(ctx, officer)}\n\nunser{'e Tochter' if kid.f else ' Sohn'} {kn} (geb. {ctx.DOB(kid)}, Klasse "
        f"{sb_grade(ctx, kid)}) müsste dann fast 2 km an einer Landstraße ohne Gehweg laufen. Außerdem sind wir "
        f"umgezogen: {ctx.A1(new)}. Bitte prüfen Sie, ob {ctx.P(kid, 'first')} an der {stop_old} bleiben kann.\n"
        f"Erreichbar bin ich unter {ctx.PH('mobile')}.\n\n{closing(ctx)}\n{ctx.P(par, 'fullnomi')}",
        f"{greet(ctx, officer)}\n\nnotre {'fille' if kid.f else 'fils'} {kn} (né{'e' if kid.f else ''} le "
        f"{ctx.DOB(kid)}, en {sb_grade(ctx, kid)}) devrait marcher presque 2 km le long d'une route sans trottoir. "
        f"Par ailleurs nous avons déménagé : {ctx.A1(new)}. Merci de voir si {ctx.P(kid, 'first')} peut garder "
        f"l'arrêt {stop_old}.\nJe suis joignable au {ctx.PH('mobile')}.\n\n{closing(ctx)}\n"
        f"{ctx.P(par, 'fullnomi')}",
        f"{greet(ctx, officer)}\n\nnostr{'a figlia' if kid.f else 'o figlio'} {kn} (nat{'a' if kid.f else 'o'} il "
        f"{ctx.DOB(kid)}, classe {sb_grade(ctx, kid)}) dovrebbe camminare quasi 2 km lungo una strada senza "
        f"marciapiede. Inoltre abbiamo traslocato: {ctx.A1(new)}. Vi chiedo se {ctx.P(kid, 'first')} può restare "
        f"alla fermata {stop_old}.\nSono raggiungibile al {ctx.PH('mobile')}.\n\n{closing(ctx)}\n"
        f"{ctx.P(par, 'fullnomi')}",
        f"{greet(ctx, officer)}\n\nour {'daughter' if kid.f else 'son'} {kn} (DOB {ctx.DOB(kid)}, "
        f"{sb_grade(ctx, kid)}) would have to walk almost a mile along a road with no pavement. We have also moved: "
        f"{ctx.A1(new)}. Could you check whether {ctx.P(kid, 'first')} can keep the {stop_old} stop?\nI'm on "
        f"{ctx.PH('mobile')}.\n\n{closing(ctx)}\n{ctx.P(par, 'fullnomi')}",
    )
    if ctx.cc == "US":
        txt = txt.replace("no pavement", "no sidewalk")
    hdr = mail_header(
        ctx, addr_disp(ctx, par, pem), oem, T("AW: Haltestelle ", "RE : arrêt ", "R: fermata ", "RE: stop ") + stop_old
    )
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Ist meine Mail überzeugend? Bitte verbessern."],
            fr=["Mon mail est-il convaincant ? Améliore-le."],
            it=["La mia mail è convincente? Migliorala."],
            en=["Is my email persuasive enough? Improve it please."],
        ),
    )


def sb_export(ctx: Ctx) -> str:
    r = ctx.r
    _office, _dom = sb_office(ctx)
    shape = r.choice(["iso", ctx.dob_shape])
    objs = []
    for _ in range(r.randint(3, 5)):
        p = ctx.person(age=(28, 52))
        c = ctx.relative(p, "child")
        if not 5 < age_on(c.dob, ctx.today) < 17:
            c.dob = ctx.today - dt.timedelta(days=365 * r.randint(6, 15) + r.randint(1, 300))
        a = ctx.addr(town=ctx.town)
        o = {
            "id": r.randint(10000, 99999),
            "student": {
                "first": ctx.P(c, "first"),
                "last": ctx.P(c, "last"),
                "dob": ctx.DOB(c, shape),
                "grade": sb_grade(ctx, c),
            },
            "address": {"street": ctx.AS(a), "postal_town": ctx.AT_(a)},
            "guardian": {"name": ctx.P(p, "fullnomi"), "email": ctx.EM(p), "phone": ctx.PH("mobile")},
            "stop": r.choice(STOPS[ctx.lang]),
            "ip": E("IP", ctx.ip()),
            "submitted": f"{(ctx.today - dt.timedelta(days=r.randint(1, 60))).isoformat()}",
        }
        objs.append(o)
    out = jdump(objs, r) if r.random() < 0.6 else yaml({"registrations": objs})
    note = ctx.t(
        "Export Online-Anmeldungen Schulbus. Bitte nach Haltestelle gruppieren.",
        "Export des inscriptions en ligne. Regroupe par arrêt, stp.",
        "Export delle iscrizioni online. Raggruppa per fermata, per favore.",
        "Online sign-ups export. Group them by stop please.",
    )
    return wrap(
        ctx,
        f"{note}\n\n{out}",
        req(
            de=["Wie viele Kinder pro Haltestelle?"],
            fr=["Combien d'élèves par arrêt ?"],
            it=["Quanti alunni per fermata?"],
            en=["How many kids per stop?"],
        ),
    )


# ====================================================================================================================
# 6. namechange - name-change applications, deed polls and notices of change of name
# ====================================================================================================================
NC_REASON = {
    "de": [
        "Rückkehr zum Geburtsnamen nach der Scheidung",
        "Einbenennung des Kindes (Stiefvater)",
        "Schwierige Schreibweise, ständige Verwechslungen",
        "Anpassung an den Namen der Mutter",
        "Doppelname nach der Heirat",
    ],
    "fr": [
        "reprise du nom de naissance après le divorce",
        "adjonction du nom du second parent",
        "nom difficile à porter, confusions répétées",
        "francisation du nom",
        "nom d'usage après le mariage",
    ],
    "it": [
        "ripristino del cognome da nubile dopo il divorzio",
        "aggiunta del cognome materno",
        "cognome di difficile pronuncia, continui errori",
        "cognome del patrigno per il figlio",
        "doppio cognome dopo il matrimonio",
    ],
    "en": [
        "reverting to my birth name after divorce",
        "taking my stepfather's surname",
        "simplifying a surname that is constantly misspelt",
        "adding my mother's surname",
        "double-barrelled name after marriage",
    ],
}


def nc_office(ctx: Ctx):
    tw = ctx.town[0]
    statutory = tw in (
        "Wien",
        "Graz",
        "Linz",
        "Salzburg",
        "Innsbruck",
        "Klagenfurt am Wörthersee",
        "Villach",
        "St. Pölten",
        "Wels",
        "Steyr",
        "Krems an der Donau",
        "Wiener Neustadt",
    )
    name = {
        "DE": f"Stadt {tw} – Standesamt / Namensänderungen",
        "AT": f"Magistrat {tw} – Personenstandsbehörde"
        if statutory
        else f"Bezirkshauptmannschaft {tw} – Namensänderungen",
        "CHde": f"Zivilstandsamt {tw} – Namensänderungen",
        "CHfr": f"Service de l'état civil, {tw}",
        "CHit": f"Ufficio dello stato civile, {tw}",
        "FR": f"Mairie de {tw} – service état civil",
        "IT": f"Prefettura di {tw} – Ufficio cambio nome",
        "GB": "HM Courts & Tribunals Service – Enrolment of Deed Polls"
        if ctx.r.random() < 0.3
        else f"{tw} Register Office",
        "US": f"{tw} County Probate Court",
    }[ctx.region]
    dom = {
        "DE": f"{slug(tw)}.de",
        "AT": f"{slug(tw)}.gv.at",
        "CH": f"{slug(tw)}.ch",
        "FR": f"mairie-{slug(tw)}.fr",
        "IT": "interno.it",
        "GB": f"{slug(tw)}.gov.uk",
        "US": f"{slug(tw)}courts.gov",
    }[ctx.cc]
    return name, dom


def nc_new(ctx: Ctx, p: Person, mode: str | None = None) -> Person:
    """The name after the change: a new surname (double, partner's, mother's) or a new first name."""
    r = ctx.r
    q = Person(p.first, p.last, p.g, p.dob, p.src, p.lang, p.mi, p.nick)
    x = r.random() if mode is None else r.random() * 0.7
    src = SOURCES.get(p.src, SOURCES[REGION_SRC[ctx.loc]])
    other = src.surname(r)
    if p.f:
        other = src.fem_of(other)
    if x < 0.35:
        q.last = f"{p.last}-{other}" if "-" not in p.last and " " not in p.last else other
    elif x < 0.7:
        q.last = other
    elif x < 0.85:
        q.first = r.choice(src.ff if p.f else src.fm)
    else:
        q.first = r.choice(src.ff if p.f else src.fm)
        q.last = other
    if q.first == p.first and q.last == p.last:
        q.last = other + ("-" + p.last if "-" not in p.last else "")
    for w in q.last.replace("-", " ").split():
        ctx.used_last.add(w)
    return q


def nc_application(ctx: Ctx) -> str:
    r = ctx.r
    office, _dom = nc_office(ctx)
    T = ctx.t
    ap = ctx.person(age=(20, 70))
    new = nc_new(ctx, ap)
    a = ctx.addr()
    birthplace = (
        r.choice(TOWNS[ctx.region])[0]
        if r.random() < 0.7
        else r.choice(
            ["Istanbul", "Tirana", "Porto", "Kraków", "Lagos", "Cluj-Napoca", "Madras", "Lyon", "Napoli", "Graz"]
        )
    )
    if ctx.cc == "GB":
        wit = ctx.person(age=(25, 75))
        wa = ctx.addr()
        body = (
            f"CHANGE OF NAME DEED\n\nThis Deed of Change of Name is made by me the undersigned "
            f"{ctx.P(new, 'FULL')} of {ctx.A1(wa if False else a, ', ')}, formerly known as "
            f"{ctx.P(ap, 'FULL')}, born on {ctx.DOB(ap)}.\n\n1. I absolutely and entirely renounce, relinquish "
            f"and abandon the use of my former name {ctx.P(ap, 'fullnomi')} and assume, adopt and determine to "
            f"take and use from the date hereof the name {ctx.P(new, 'fullnomi')}.\n2. I shall at all times "
            f"hereafter in all records, deeds and documents use and sign the name {ctx.P(new, 'fullnomi')}.\n\n"
            f"Signed as a deed on {ctx.date(ctx.today)}\nby {ctx.P(new, 'fullnomi')} (formerly "
            f"{ctx.P(ap, 'fullnomi')})\n\nIn the presence of:\nWitness name: {ctx.P(wit, 'fullnomi')}\n"
            f"Address: {ctx.A1(wa, ', ')}\nOccupation: "
            f"{r.choice(['teacher', 'nurse', 'accountant', 'retired', 'engineer'])}\n"
            f"Contact: {ctx.PH('mobile')}"
        )
        return wrap(
            ctx,
            body,
            req(
                en=[
                    "Is this deed poll wording valid? Anything missing before I send it to the bank and HMRC?",
                    "Check the deed for errors.",
                ]
            ),
        )
    pairs = [
        (
            T("Bisheriger Familienname", "Nom actuel", "Cognome attuale", "Current legal name"),
            ctx.P(ap, "LAST" if r.random() < 0.4 else "last") if ctx.lang != "en" else ctx.P(ap, "fullnomi"),
        ),
        (T("Vorname(n)", "Prénom(s)", "Nome/i", ""), ctx.P(ap, "first") if ctx.lang != "en" else ""),
        (dob_lab(ctx, ap), ctx.DOB(ap)),
        (T("Geburtsort", "Lieu de naissance", "Luogo di nascita", "Place of birth"), birthplace),
        (T("AHV-Nr.", "N° AVS", "N. AVS", "") if ctx.cc == "CH" else "", E("AHV", ctx.ahv())),
        (T("Anschrift", "Adresse", "Indirizzo", "Address"), ctx.A1(a)),
        (T("Telefon", "Téléphone", "Telefono", "Phone"), ctx.PH("mobile")),
        (email_lab(ctx), ctx.EM(ap)),
        (T("Beantragter Name", "Nom demandé", "Nome richiesto", "Proposed name"), ctx.P(new, "fullnomi")),
        (T("Begründung", "Motif", "Motivazione", "Reason"), r.choice(NC_REASON[ctx.lang])),
    ]
    kids = []
    if age_on(ap.dob, ctx.today) > 26 and r.random() < 0.5:
        for _ in range(r.randint(1, 2)):
            k = ctx.relative(ap, "child")
            kids.append(k)
    form = kv(ctx, pairs)
    extra = ""
    if kids:
        other = ctx.relative(ap, "partner", gender="m" if ap.f else "f")
        oa = ctx.addr()
        rows = [[ctx.P(k, "fullnomi"), ctx.DOB(k)] for k in kids]
        extra = (
            T(
                "Miterstreckung auf die Kinder:",
                "Extension aux enfants :",
                "Estensione ai figli:",
                "Children included in the petition:",
            )
            + "\n"
            + table(
                ctx,
                T(
                    ["Kind", "Geburtsdatum"],
                    ["Enfant", "Date de naissance"],
                    ["Figlio/a", "Data di nascita"],
                    ["Child", "Date of birth"],
                ),
                rows,
                r.choice(["md", "mdpad", "fixed"]),
            )
            + "\n"
            + T(
                f"Zustimmung des anderen Elternteils: {ctx.P(other, 'fullnomi')}, {ctx.A1(oa)}",
                f"Accord de l'autre parent : {ctx.P(other, 'fullnomi')}, {ctx.A1(oa)}",
                f"Consenso dell'altro genitore: {ctx.P(other, 'fullnomi')}, {ctx.A1(oa)}",
                f"Consent of the other parent: {ctx.P(other, 'fullnomi')}, {ctx.A1(oa)}",
            )
        )
    fee = T(
        f"Gebühr: {ctx.money(r.choice([250, 180, 420]))}",
        f"Frais : {ctx.money(r.choice([0, 75, 150]))}",
        f"Diritti: {ctx.money(r.choice([16, 32]))} (marca da bollo)",
        f"Filing fee: {ctx.money(r.choice([150, 175, 210]))}",
    )
    head = T(
        f"An: {office}\nANTRAG AUF ÄNDERUNG DES FAMILIENNAMENS / VORNAMENS",
        f"À : {office}\nDEMANDE DE CHANGEMENT DE NOM",
        f"Al: {office}\nISTANZA DI CAMBIAMENTO DEL COGNOME E/O DEL NOME",
        f"To: {office}\nPETITION FOR CHANGE OF NAME (ADULT)",
    )
    body = f"{head}\n\n{form}\n\n{extra}\n\n{fee}".replace("\n\n\n\n", "\n\n")
    if r.random() < 0.2:
        body = ocr(body, r)
    return wrap(
        ctx,
        body,
        req(
            de=["Ist die Begründung stark genug? Formuliere sie ausführlicher."],
            fr=["Le motif est-il suffisant ? Développe-le."],
            it=["La motivazione basta? Sviluppala meglio."],
            en=["Is the reason strong enough? Expand it into a paragraph."],
        ),
    )


def nc_caselist(ctx: Ctx) -> str:
    r = ctx.r
    office, _dom = nc_office(ctx)
    T = ctx.t
    rows = []
    people = []
    shape = ctx.dob_shape
    for _ in range(r.randint(5, 7)):
        p = ctx.person(age=(18, 75))
        q = nc_new(ctx, p)
        people.append((p, q))
        rows.append(
            [
                f"{r.choice(['NÄ', 'NC', 'CN', 'CS'])}-{ctx.today.year}-{r.randint(10, 999):03d}",
                ctx.P(p, "rev"),
                ctx.P(q, "rev"),
                ctx.DOB(p, shape),
                r.choice(
                    T(
                        ["offen", "Unterlagen fehlen", "genehmigt", "abgelehnt"],
                        ["en cours", "pièces manquantes", "accordé", "refusé"],
                        ["in istruttoria", "documenti mancanti", "accolta", "respinta"],
                        ["pending", "documents missing", "granted", "refused"],
                    )
                ),
            ]
        )
    hdr = T(
        ["Az.", "Bisheriger Name", "Neuer Name", "Geb.", "Status"],
        ["Dossier", "Nom actuel", "Nom demandé", "Né(e) le", "État"],
        ["Pratica", "Nome attuale", "Nome richiesto", "Nato/a il", "Stato"],
        ["Case", "Current name", "Proposed name", "DOB", "Status"],
    )
    tbl = table(ctx, hdr, rows)
    c1, c2 = ctx.person(age=(25, 60)), ctx.person(age=(25, 60))
    (p0, _q0), (p1, q1) = people[0], people[1]
    cs = r.choice(["first", "fullnomi", "firstL"])
    msgs = [
        (
            chat_name(ctx, c1, cs),
            T(
                f"{ctx.TP(p0)} hat angerufen, die Geburtsurkunde kommt aus dem Ausland, dauert "
                f"noch. Rückruf unter {ctx.PH('mobile')}",
                f"{ctx.TP(p0)} a appelé, l'acte de naissance vient de l'étranger. Rappel au {ctx.PH('mobile')}",
                f"Ha chiamato {ctx.P(p0, 'fullnomi')}, l'atto di nascita arriva dall'estero. Richiamare al "
                f"{ctx.PH('mobile')}",
                f"{ctx.TP(p0)} called, the birth certificate is coming from abroad. Call back on {ctx.PH('mobile')}",
            ),
        ),
        (
            chat_name(ctx, c2, cs),
            T(
                f"Ok. Bei {ctx.P(q1, 'fullnomi')} (vorher {ctx.P(p1, 'fullnomi')}) fehlt nur noch die Gebühr.",
                f"Ok. Pour {ctx.P(q1, 'fullnomi')} (ex {ctx.P(p1, 'fullnomi')}) il ne manque que les frais.",
                f"Ok. Per {ctx.P(q1, 'fullnomi')} (prima {ctx.P(p1, 'fullnomi')}) manca solo il pagamento.",
                f"Ok. For {ctx.P(q1, 'fullnomi')} (formerly {ctx.P(p1, 'fullnomi')}) only the fee is missing.",
            ),
        ),
        (
            chat_name(ctx, c1, cs),
            T(
                "Ich schick die Erinnerung raus.",
                "J'envoie le rappel.",
                "Mando il sollecito.",
                "I'll send the reminder.",
            ),
        ),
    ]
    ch = chat(ctx, msgs)
    body = (
        f"{office} – {T('Fallliste', 'liste des dossiers', 'elenco pratiche', 'case list')} "
        f"{ctx.date(ctx.today)}\n\n{tbl}\n\n{ch}"
    )
    return wrap(
        ctx,
        body,
        req(
            de=["Welche Fälle können wir diese Woche abschließen?"],
            fr=["Quels dossiers peut-on clore cette semaine ?"],
            it=["Quali pratiche possiamo chiudere questa settimana?"],
            en=["Which cases can we close this week?"],
        ),
    )


def nc_mail(ctx: Ctx) -> str:
    r = ctx.r
    office, dom = nc_office(ctx)
    T = ctx.t
    ap = ctx.person(age=(20, 68))
    new = nc_new(ctx, ap, "last")
    officer = ctx.person(age=(26, 62))
    oem = E("EMAIL", ctx.email(officer, "work", dom))
    dl = ctx.PH("land", area=ctx.town[2])
    ref = f"{r.choice(['NÄ', 'EC', 'CN', 'NC'])}-{r.randint(1000, 9999)}"
    sent = ctx.today - dt.timedelta(days=r.randint(3, 14))
    mother = ctx.relative(ap, "parent", gender="f")
    mother.last = new.last.split("-")[-1]
    if not ap.f and ap.src in SOURCES:
        mother.last = SOURCES[ap.src].fem_of(mother.last)
    ask = "\n".join(
        [
            greet(ctx, ap),
            T(
                f"zu Ihrem Antrag ({ref}) benötigen wir noch eine beglaubigte Geburtsurkunde, einen Auszug aus dem "
                "Melderegister und eine kurze schriftliche Begründung.",
                f"pour votre demande ({ref}), il nous faut encore un acte de naissance intégral, un justificatif de "
                "domicile et une lettre de motivation.",
                f"per la Sua istanza ({ref}) servono ancora l'estratto dell'atto di nascita, il certificato di "
                "residenza "
                "e una breve motivazione scritta.",
                f"regarding your application ({ref}) we still need a certified birth certificate, proof of address and "
                "a short written statement.",
            ),
            closing(ctx),
            signature(
                ctx,
                officer,
                T(
                    "Sachbearbeitung Namensrecht",
                    "Officier d'état civil",
                    "Ufficio stato civile",
                    "Registration Officer",
                ),
                office,
                dl,
                oem,
            ),
        ]
    )
    quoted = quote_block(ctx, ask, ctx.P(officer, "fullnomi"), oem, dtime(ctx, sent))
    pem = ctx.EM(ap)
    txt = T(
        f"{greet(ctx, officer)}\n\nanbei die Unterlagen. Zur Begründung: Ich heiße seit meiner Geburt "
        f"{ctx.P(ap, 'fullnomi')} (geb. am {ctx.DOB(ap)}) und möchte künftig {ctx.P(new, 'fullnomi')} heißen – "
        f"so wie meine Mutter, {ctx.P(mother, 'fullnomi')}, die das unterstützt. Ihre Einverständniserklärung "
        f"liegt bei.\nMeine Adresse hat sich nicht geändert: {ctx.A1(ctx.addr())}.\n\n{closing(ctx)}\n"
        f"{ctx.P(ap, 'fullnomi')}",
        f"{greet(ctx, officer)}\n\nvoici les pièces. Je m'appelle {ctx.P(ap, 'fullnomi')} (né"
        f"{'e' if ap.f else ''} le {ctx.DOB(ap)}) et je souhaite porter le nom {ctx.P(new, 'fullnomi')}, comme ma "
        f"mère, {ctx.P(mother, 'fullnomi')}, qui soutient la démarche. Son attestation est jointe.\nMon adresse "
        f"n'a pas changé : {ctx.A1(ctx.addr())}.\n\n{closing(ctx)}\n{ctx.P(ap, 'fullnomi')}",
        f"{greet(ctx, officer)}\n\nin allegato i documenti. Mi chiamo {ctx.P(ap, 'fullnomi')} (nat"
        f"{'a' if ap.f else 'o'} il {ctx.DOB(ap)}) e vorrei chiamarmi {ctx.P(new, 'fullnomi')}, come mia madre, "
        f"{ctx.P(mother, 'fullnomi')}, che è d'accordo. Allego la sua dichiarazione.\nL'indirizzo è invariato: "
        f"{ctx.A1(ctx.addr())}.\n\n{closing(ctx)}\n{ctx.P(ap, 'fullnomi')}",
        f"{greet(ctx, officer)}\n\nplease find the documents attached. I was registered at birth as "
        f"{ctx.P(ap, 'fullnomi')} (born {ctx.DOB(ap)}) and wish to be known as {ctx.P(new, 'fullnomi')}, like my "
        f"mother, {ctx.P(mother, 'fullnomi')}, who supports this. Her statement is attached.\nMy address is "
        f"unchanged: {ctx.A1(ctx.addr())}.\n\n{closing(ctx)}\n{ctx.P(ap, 'fullnomi')}",
    )
    hdr = mail_header(ctx, addr_disp(ctx, ap, pem), oem, T("AW: ", "RE : ", "R: ", "RE: ") + ref)
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Passt meine Begründung? Bitte ausformulieren."],
            fr=["Ma justification convient-elle ? Développe-la."],
            it=["La mia motivazione va bene? Sviluppala."],
            en=["Does my statement work? Flesh it out please."],
        ),
    )


def nc_notice(ctx: Ctx) -> str:
    r = ctx.r
    T = ctx.t
    ap = ctx.person(age=(20, 70))
    new = nc_new(ctx, ap)
    a = ctx.addr()
    bank = r.choice(
        {
            "DE": ["Sparkasse", "Commerzbank", "ING", "DKB"],
            "AT": ["Erste Bank", "Raiffeisenbank", "BAWAG"],
            "CH": ["PostFinance", "UBS", "Raiffeisen", "Banca Stato"],
            "FR": ["Crédit Agricole", "La Banque Postale", "BNP Paribas"],
            "IT": ["Intesa Sanpaolo", "UniCredit", "BPER"],
            "GB": ["Nationwide", "Barclays", "NatWest"],
            "US": ["Chase", "Wells Fargo", "Citizens Bank"],
        }[ctx.cc]
    )
    cust = f"{r.randint(10000000, 99999999)}"
    baddr = ctx.pobox(ctx.pick_town()) if r.random() < 0.5 else ctx.A2(ctx.addr(extra=1))
    iban = ctx.IB() if ctx.cc != "US" else None
    acct = T(
        f"Kundennummer {cust}, Konto {iban}",
        f"n° client {cust}, compte {iban}",
        f"codice cliente {cust}, conto {iban}",
        f"customer no. {cust}"
        + (f", account IBAN {iban}" if iban else f", checking account ending {r.randint(1000, 9999)}"),
    )
    body = T(
        f"{ctx.P(new, 'fullnomi')}\n{ctx.A2(a)}\n\n{bank}\nKundenservice\n{baddr}\n\n{ctx.town[0]}, "
        f"{ctx.date(ctx.today)}\n\n"
        f"Namensänderung – {acct}\n\n{greet(ctx)}\n\nhiermit teile ich Ihnen mit, dass sich mein Name geändert hat.\n"
        f"Bisher: {ctx.P(ap, 'fullnomi')}\nNeu: {ctx.P(new, 'fullnomi')}\n{dob_lab(ctx)}: {ctx.DOB(ap)}\n\n"
        f"Eine Kopie der Urkunde liegt bei. Bitte passen Sie Konto und Karte an.\n\n{closing(ctx)}\n\n"
        f"{ctx.P(new, 'fullnomi')}",
        f"{ctx.P(new, 'fullnomi')}\n{ctx.A2(a)}\n\n{bank}\nService clients\n{baddr}\n\n{ctx.town[0]}, le "
        f"{ctx.date(ctx.today)}\n\nObjet : changement de nom – {acct}\n\n{greet(ctx)}\n\nJe vous informe que mon nom "
        f"a changé.\nAncien nom : {ctx.P(ap, 'fullnomi')}\nNouveau nom : {ctx.P(new, 'fullnomi')}\n"
        f"{dob_lab(ctx)} : {ctx.DOB(ap)}\n\nVous trouverez ci-joint la copie de l'acte. Merci de mettre à jour mon "
        f"compte et ma carte.\n\n{closing(ctx)}\n\n{ctx.P(new, 'fullnomi')}",
        f"{ctx.P(new, 'fullnomi')}\n{ctx.A2(a)}\n\nSpett.le {bank}\nServizio clienti\n{baddr}\n\n{ctx.town[0]}, "
        f"{ctx.date(ctx.today)}\n\nOggetto: cambio del nome – {acct}\n\n{greet(ctx)}\n\ncon la presente comunico "
        f"che il mio nome è cambiato.\nPrecedente: {ctx.P(ap, 'fullnomi')}\nAttuale: {ctx.P(new, 'fullnomi')}\n"
        f"{dob_lab(ctx)}: {ctx.DOB(ap)}\n\nAllego copia del decreto. Vi prego di aggiornare conto e carta.\n\n"
        f"{closing(ctx)}\n\n{ctx.P(new, 'fullnomi')}",
        f"{ctx.P(new, 'fullnomi')}\n{ctx.A2(a)}\n\n{bank}\nCustomer Services\n{baddr}\n\n{ctx.date(ctx.today)}\n\n"
        f"Re: change of name – {acct}\n\n{greet(ctx)}\n\nI am writing to let you know that I have changed my name.\n"
        f"Previous name: {ctx.P(ap, 'fullnomi')}\nNew name: {ctx.P(new, 'fullnomi')}\n{dob_lab(ctx)}: "
        f"{ctx.DOB(ap)}\n\nA copy of the {'deed poll' if ctx.cc == 'GB' else 'court order'} is enclosed. Please "
        f"update my account and card.\n\n{closing(ctx)}\n\n{ctx.P(new, 'fullnomi')}",
    )
    return wrap(
        ctx,
        body,
        req(
            de=["Pass den Brief für meine Krankenkasse und meinen Arbeitgeber an."],
            fr=["Adapte cette lettre pour ma mutuelle et mon employeur."],
            it=["Adatta la lettera per l'assicurazione sanitaria e il datore di lavoro."],
            en=["Adapt this letter for my GP surgery and my employer."],
        ),
    )


# ====================================================================================================================
# 7. examaccess - exam access arrangements and disability accommodations
# ====================================================================================================================
EX_NEEDS = {
    "de": [
        ("Legasthenie (LRS)", "25 % Zeitverlängerung, Vorlesen der Aufgaben"),
        ("ADHS", "separater Raum, Pausen"),
        ("Diabetes Typ 1", "Pausen zum Messen, Traubenzucker am Platz"),
        ("Sehbehinderung", "Großdruck A3, Laptop"),
        ("Schreibhand gebrochen", "Laptop statt Handschrift"),
    ],
    "fr": [
        ("dyslexie", "tiers-temps, lecteur"),
        ("TDAH", "salle à part, pauses"),
        ("diabète de type 1", "pauses pour glycémie"),
        ("déficience visuelle", "sujet agrandi A3, ordinateur"),
        ("fracture du poignet", "secrétaire scripteur"),
    ],
    "it": [
        ("DSA – dislessia", "tempo aggiuntivo 30 %, lettore"),
        ("ADHD", "aula separata, pause"),
        ("diabete tipo 1", "pause per glicemia"),
        ("ipovisione", "testo ingrandito A3, PC"),
        ("frattura al polso", "PC con sintesi"),
    ],
    "en": [
        ("dyslexia", "25% extra time, reader"),
        ("ADHD", "separate room, rest breaks"),
        ("type 1 diabetes", "supervised rest breaks, snacks allowed"),
        ("visual impairment", "A3 modified papers, laptop"),
        ("broken wrist", "scribe"),
    ],
}


def ex_school(ctx: Ctx) -> tuple[str, str]:
    tw = ctx.town[0]
    r = ctx.r
    name = r.choice(
        {
            "DE": [f"Gymnasium {tw}-Nord", f"Berufskolleg {tw}", f"Universität {tw} – Prüfungsamt"],
            "AT": [f"BG/BRG {tw}", f"HTL {tw}", f"Universität {tw} – Prüfungsservice"],
            "CHde": [f"Kantonsschule {tw}", f"Berufsfachschule {tw}", f"Pädagogische Hochschule {tw}"],
            "CHfr": [f"Gymnase de {tw}", f"École professionnelle de {tw}", f"Haute école de {tw}"],
            "CHit": [f"Liceo cantonale di {tw}", f"Scuola professionale di {tw}", "SUPSI – servizio esami"],
            "FR": [f"Lycée Jean Jaurès de {tw}", f"Université de {tw} – service handicap", f"Collège du Parc de {tw}"],
            "IT": [
                f"Liceo scientifico di {tw}",
                f"Istituto tecnico di {tw}",
                f"Università di {tw} – servizio disabilità e DSA",
            ],
            "GB": [f"{tw} Sixth Form College", f"{tw} Academy", f"University of {tw} – Disability Service"],
            "US": [f"{tw} High School", f"{tw} Community College – Accessibility Services", f"{tw} Middle School"],
        }[ctx.region]
    )
    base = slug(name.split(" – ")[0])
    while len(base) > 22 and "-" in base:
        base = base.rsplit("-", 1)[0]
    tld = TLD[ctx.cc]
    if ctx.cc == "GB":
        tld = "ac.uk" if "University" in name else "sch.uk"
    elif ctx.cc == "US":
        tld = "edu" if "College" in name else f"k12.{ctx.town[3].lower()}.us"
    return name, f"{base}.{tld}"


def ex_application(ctx: Ctx) -> str:
    r = ctx.r
    school, _dom = ex_school(ctx)
    T = ctx.t
    minor = r.random() < 0.55
    if minor:
        par = ctx.person(age=(34, 55))
        st = ctx.relative(par, "child")
        st.dob = ctx.today - dt.timedelta(days=365 * r.randint(14, 17) + r.randint(1, 300))
    else:
        st = ctx.person(age=(18, 30))
        par = None
    doc = ctx.person(age=(32, 68))
    need, meas = r.choice(EX_NEEDS[ctx.lang])
    a = ctx.addr(town=ctx.town)
    pa = ctx.addr(town=ctx.town, extra=1)
    sid = f"{r.randint(1000000, 9999999)}"
    pairs = [
        (T("Name", "Nom", "Cognome", "Surname"), ctx.P(st, r.choice(["last", "LAST"]))),
        (T("Vorname", "Prénom", "Nome", "First name"), ctx.P(st, "first")),
        (dob_lab(ctx, st), ctx.DOB(st)),
        (T("Matrikel-/Schülernr.", "N° étudiant / INE", "Matricola", "Candidate / student no."), sid),
        (T("Anschrift", "Adresse", "Indirizzo", "Address"), ctx.A1(a)),
        (T("Telefon", "Téléphone", "Telefono", "Phone"), ctx.PH("mobile")),
        (email_lab(ctx), ctx.EM(st)),
        (T("Beeinträchtigung", "Situation", "Diagnosi", "Condition"), need),
        (
            T("Beantragter Nachteilsausgleich", "Aménagements demandés", "Misure richieste", "Arrangements requested"),
            meas,
        ),
        (
            T("Fachärztliches Attest von", "Certificat du", "Certificato del", "Evidence from"),
            (
                f"{ctx.title(doc, 'dr')} {ctx.P(doc, 'fullnomi')}, {ctx.A1(pa)}, {tel_lab(ctx)} "
                f"{ctx.PH('land', area=ctx.town[2])}"
            ),
        ),
    ]
    if par:
        pairs.append(
            (
                T("Erziehungsberechtigte/r", "Représentant légal", "Genitore", "Parent/carer"),
                f"{ctx.P(par, 'fullnomi')}, {ctx.PH('mobile')}",
            )
        )
    form = kv(ctx, pairs)
    head = T(
        f"{school}\nANTRAG AUF NACHTEILSAUSGLEICH",
        f"{school}\nDEMANDE D'AMÉNAGEMENTS D'EXAMEN",
        f"{school}\nRICHIESTA DI MISURE COMPENSATIVE E DISPENSATIVE",
        f"{school}\nACCESS ARRANGEMENTS REQUEST"
        if ctx.cc == "GB"
        else f"{school}\nTESTING ACCOMMODATIONS REQUEST (504)",
    )
    body = f"{head}\n\n{form}\n\n{T('Datum', 'Date', 'Data', 'Date')}: {ctx.date(ctx.today)}"
    if r.random() < 0.2:
        body = ocr(body, r)
    return wrap(
        ctx,
        body,
        req(
            de=["Formuliere eine Begründung für den Antrag, sachlich und kurz."],
            fr=["Rédige une justification courte et factuelle pour la demande."],
            it=["Scrivi una motivazione breve e oggettiva per la richiesta."],
            en=["Write a short, factual supporting statement for this request."],
        ),
    )


def ex_roomlist(ctx: Ctx) -> str:
    r = ctx.r
    school, _dom = ex_school(ctx)
    T = ctx.t
    cands = [ctx.person(age=(15, 24)) for _ in range(r.randint(5, 7))]
    invig = [ctx.person(age=(28, 66)) for _ in range(2)]
    st = pstyle(ctx, [("rev", 3), ("fullnomi", 2), ("REV", 1), ("init", 1)])
    rows = []
    for p in cands:
        _need, meas = r.choice(EX_NEEDS[ctx.lang])
        rows.append(
            [
                f"{r.randint(1000, 9999)}",
                ctx.P(p, st),
                meas,
                r.choice(
                    T(
                        ["B12", "B14", "Raum 0.12", "Aula"],
                        ["Salle 104", "Salle B12", "Salle 2"],
                        ["Aula 3", "Aula 12", "Aula magna"],
                        ["Room 2.07", "B14", "Library"],
                    )
                ),
                ctx.P(r.choice(invig), "init"),
            ]
        )
    hdr = T(
        ["Kand.-Nr.", "Name", "Maßnahme", "Raum", "Aufsicht"],
        ["N°", "Nom", "Aménagement", "Salle", "Surveillant"],
        ["N.", "Nome", "Misura", "Aula", "Sorvegliante"],
        ["Cand. no.", "Name", "Arrangement", "Room", "Invigilator"],
    )
    tbl = table(ctx, hdr, rows)
    cs = r.choice(["first", "fullnomi", "firstL"])
    p0 = cands[0]
    msgs = [
        (
            chat_name(ctx, invig[0], cs),
            T(
                f"{ctx.P(p0, 'first')} braucht doch einen Laptop, das Gutachten von "
                f"{ctx.title(ctx.person(), 'dr')} {ctx.P(ctx.person(), 'last')} ist gestern "
                "gekommen",
                f"{ctx.P(p0, 'first')} a finalement droit à l'ordinateur, le "
                f"certificat du Dr {ctx.P(ctx.person(), 'last')} est arrivé hier",
                f"{ctx.P(p0, 'first')} ha diritto al PC, il certificato del dott. "
                f"{ctx.P(ctx.person(), 'last')} è arrivato ieri",
                f"{ctx.P(p0, 'first')} gets a laptop after all, Dr "
                f"{ctx.P(ctx.person(), 'last')}'s letter came in yesterday",
            ),
        ),
        (
            chat_name(ctx, invig[1], cs),
            T(
                "ok, ich stelle einen in B14",
                "ok, j'en mets un en salle 104",
                "ok, ne preparo uno in aula 3",
                "ok I'll set one up in 2.07",
            ),
        ),
        (
            chat_name(ctx, invig[0], cs),
            T(
                f"Mutter hat angerufen, sie ist unter {ctx.PH('mobile')} erreichbar, falls was ist",
                f"sa mère a appelé, joignable au {ctx.PH('mobile')} en cas de besoin",
                f"ha chiamato la madre, reperibile al {ctx.PH('mobile')}",
                f"mum rang – she's on {ctx.PH('mobile')} if anything comes up"
                if ctx.cc == "GB"
                else f"mom called – she's at {ctx.PH('mobile')} if needed",
            ),
        ),
    ]
    ch = chat(ctx, msgs)
    title = T(
        f"{school} – Prüfungen mit Nachteilsausgleich, {ctx.date(ctx.today)}",
        f"{school} – examens avec aménagements, {ctx.date(ctx.today)}",
        f"{school} – prove con misure compensative, {ctx.date(ctx.today)}",
        f"{school} – exams with access arrangements, {ctx.date(ctx.today)}",
    )
    body = f"{title}\n\n{tbl}\n\n{ch}"
    return wrap(
        ctx,
        body,
        req(
            de=["Erstelle daraus einen Raumplan für die Aufsichten."],
            fr=["Fais un plan de salles pour les surveillants."],
            it=["Prepara il piano aule per i sorveglianti."],
            en=["Make a room plan for the invigilators from this."],
        ),
    )


def ex_parentmail(ctx: Ctx) -> str:
    r = ctx.r
    school, dom = ex_school(ctx)
    T = ctx.t
    par = ctx.person(age=(35, 56))
    st = ctx.relative(par, "child")
    st.dob = ctx.today - dt.timedelta(days=365 * r.randint(13, 17) + r.randint(1, 300))
    coord = ctx.person(age=(28, 62))
    psych = ctx.person(age=(30, 66))
    cem = E("EMAIL", ctx.email(coord, "work", dom))
    dl = ctx.PH("land", area=ctx.town[2])
    need, _meas = r.choice(EX_NEEDS[ctx.lang])
    sent = ctx.today - dt.timedelta(days=r.randint(2, 12))
    dec = "\n".join(
        [
            greet(ctx, par),
            T(
                f"der Antrag für {ctx.P(st, 'fullnomi')} wurde teilweise bewilligt: 10 % Zeitverlängerung. Ein "
                "separater "
                "Raum ist nicht möglich.",
                f"la demande pour {ctx.P(st, 'fullnomi')} est acceptée en partie : 10 % de temps supplémentaire. Une "
                "salle à part n'est pas possible.",
                f"la richiesta per {ctx.P(st, 'fullnomi')} è stata accolta in parte: 10 % di tempo in più. L'aula "
                "separata non è possibile.",
                f"the request for {ctx.P(st, 'fullnomi')} has been partly approved: 10% extra time. A separate room is "
                "not possible.",
            ),
            closing(ctx),
            signature(
                ctx,
                coord,
                T(
                    "Koordination Nachteilsausgleich",
                    "Référent handicap",
                    "Referente DSA",
                    "SENCo" if ctx.cc == "GB" else "504 Coordinator",
                ),
                school,
                dl,
                cem,
            ),
        ]
    )
    quoted = quote_block(ctx, dec, ctx.P(coord, "fullnomi"), cem, dtime(ctx, sent))
    pem = ctx.EM(par)
    pa = ctx.addr(town=ctx.town, extra=1)
    txt = T(
        f"{greet(ctx, coord)}\n\ndanke für die Rückmeldung. {ctx.P(st, 'first')} (geb. {ctx.DOB(st)}, Diagnose: "
        f"{need}) – {'die Psychologin' if psych.f else 'der Psychologe'} {ctx.P(psych, 'fullnomi')} ({ctx.A1(pa)}, "
        f"{ctx.PH('land', area=ctx.town[2])}), empfiehlt ausdrücklich 25 % und einen eigenen Raum. Das Gutachten "
        f"schicke ich gern nochmals. Können wir telefonieren? Ich bin unter {ctx.PH('mobile')} erreichbar.\n\n"
        f"{closing(ctx)}\n{ctx.P(par, 'fullnomi')}",
        f"{greet(ctx, coord)}\n\nmerci pour votre retour. {ctx.P(st, 'first')} (né{'e' if st.f else ''} le "
        f"{ctx.DOB(st)}) – {need} ; {ctx.P(psych, 'fullnomi')}, psychologue ({ctx.A1(pa)}, "
        f"{ctx.PH('land', area=ctx.town[2])}), recommande un tiers-temps et une salle à part. Je peux renvoyer le "
        f"bilan. Pouvons-nous en parler ? Je suis joignable au {ctx.PH('mobile')}.\n\n{closing(ctx)}\n"
        f"{ctx.P(par, 'fullnomi')}",
        f"{greet(ctx, coord)}\n\ngrazie per la risposta. {ctx.P(st, 'first')} (nat{'a' if st.f else 'o'} il "
        f"{ctx.DOB(st)}) ha una diagnosi di {need}; {'la psicologa' if psych.f else 'lo psicologo'} "
        f"{ctx.P(psych, 'fullnomi')} ({ctx.A1(pa)}, "
        f"{ctx.PH('land', area=ctx.town[2])}) raccomanda il 30 % e un'aula separata. Posso rimandare la relazione. "
        f"Possiamo sentirci? Sono raggiungibile al {ctx.PH('mobile')}.\n\n{closing(ctx)}\n{ctx.P(par, 'fullnomi')}",
        f"{greet(ctx, coord)}\n\nthanks for getting back to us. {ctx.P(st, 'first')} (DOB {ctx.DOB(st)}; "
        f"{need}) – the educational psychologist, {ctx.P(psych, 'fullnomi')} ({ctx.A1(pa)}, "
        f"{ctx.PH('land', area=ctx.town[2])}), clearly recommends 25% and a separate room. Happy to resend the "
        f"report. Could we talk? I'm on {ctx.PH('mobile')}.\n\n{closing(ctx)}\n{ctx.P(par, 'fullnomi')}",
    )
    hdr = mail_header(
        ctx,
        addr_disp(ctx, par, pem),
        cem,
        T("AW: Nachteilsausgleich ", "RE : aménagements ", "R: misure ", "RE: arrangements for ")
        + ctx.P(st, "fullnomi"),
    )
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Ist das zu fordernd? Mach es diplomatischer."],
            fr=["Est-ce trop insistant ? Rends-le plus diplomate."],
            it=["È troppo insistente? Rendilo più diplomatico."],
            en=["Is this too pushy? Make it more diplomatic."],
        ),
    )


def ex_export(ctx: Ctx) -> str:
    r = ctx.r
    _school, dom = ex_school(ctx)
    shape = r.choice(["iso", ctx.dob_shape])
    objs = []
    for _ in range(r.randint(3, 5)):
        p = ctx.person(age=(16, 28))
        need, meas = r.choice(EX_NEEDS[ctx.lang])
        objs.append(
            {
                "student_id": f"{r.randint(100000, 999999)}",
                "name": ctx.P(p, r.choice(["fullnomi", "rev"])),
                "dob": ctx.DOB(p, shape),
                "email": ctx.EM(p, "work", dom) if r.random() < 0.5 else ctx.EM(p),
                "mobile": ctx.PH("mobile"),
                "need": need,
                "arrangement": meas,
                "last_login": {
                    "ip": E("IP", ctx.ip()),
                    "at": f"{ctx.today.isoformat()}T{r.randint(7, 22):02d}:{r.randint(0, 59):02d}Z",
                },
            }
        )
    out = jdump(objs, r) if r.random() < 0.7 else yaml({"requests": objs})
    note = ctx.t(
        "Export aus dem Studierendenportal – bitte Maßnahmen zählen:",
        "Export du portail étudiant – compte les aménagements :",
        "Export dal portale studenti – conta le misure:",
        "Export from the student portal – count the arrangements:",
    )
    return wrap(
        ctx,
        f"{note}\n\n{out}",
        req(
            de=["Wie viele brauchen einen eigenen Raum?"],
            fr=["Combien ont besoin d'une salle à part ?"],
            it=["Quanti hanno bisogno di un'aula separata?"],
            en=["How many need a separate room?"],
        ),
    )


# ====================================================================================================================
# 8. petcremation - pet cremation orders, collection rounds and ash returns
# ====================================================================================================================
PETS = {
    "de": ["Balu", "Luna", "Bella", "Sammy", "Felix", "Minka", "Rocky", "Lilly", "Nala", "Mogli", "Krümel"],
    "fr": ["Filou", "Minou", "Caramel", "Pepette", "Rouky", "Gribouille", "Noisette", "Titou"],
    "it": ["Briciola", "Birba", "Fufi", "Pallina", "Ciccio", "Otto", "Nuvola", "Zorro"],
    "en": ["Buddy", "Poppy", "Alfie", "Bella", "Max", "Daisy", "Tigger", "Biscuit", "Milo"],
}
SPECIES = {
    "de": [("Hund", 8, 42), ("Katze", 3, 7), ("Kaninchen", 1, 3), ("Meerschweinchen", 1, 1)],
    "fr": [("chien", 8, 42), ("chat", 3, 7), ("lapin", 1, 3), ("cochon d'Inde", 1, 1)],
    "it": [("cane", 8, 42), ("gatto", 3, 7), ("coniglio", 1, 3), ("porcellino d'India", 1, 1)],
    "en": [("dog", 8, 42), ("cat", 3, 7), ("rabbit", 1, 3), ("guinea pig", 1, 1)],
}


def pc_firm(ctx: Ctx):
    r = ctx.r
    name = r.choice(
        {
            "de": [
                "Tierkrematorium Regenbogenbrücke",
                "Tierbestattung Pfotenspur",
                "Tierkrematorium Am Waldrand",
                "Tierbestattungen Seelenfrieden",
            ],
            "fr": [
                "Crématorium animalier Les Compagnons",
                "Crématorium Patte de Velours",
                "Incinérateur animalier du Val",
            ],
            "it": [
                "Crematorio per animali Il Ponte dell'Arcobaleno",
                "Pet Memorial Zampe d'Angelo",
                "Cremazione animali Il Giardino",
            ],
            "en": ["Rainbow Bridge Pet Crematorium", "Paws at Peace Pet Cremation", "Willow Glade Pet Crematorium"],
        }[ctx.lang]
    )
    return name, domain_of(ctx, name.split()[-2] + "-" + name.split()[-1], {"GB": "co.uk", "US": "com"}.get(ctx.cc))


def pc_vet(ctx: Ctx) -> str:
    r = ctx.r
    sn = r.choice(SOURCES[REGION_SRC[ctx.loc]].last)
    return r.choice(
        ctx.t(
            [f"Tierarztpraxis Dr. {sn}", f"Kleintierpraxis am {r.choice(['Park', 'Markt', 'See'])}", "Tierklinik Süd"],
            [f"Clinique vétérinaire {sn}", "Clinique vétérinaire des Tilleuls", "Cabinet vétérinaire du Lac"],
            [f"Ambulatorio veterinario {sn}", "Clinica veterinaria San Francesco", "Studio veterinario Le Querce"],
            [f"{sn} Veterinary Surgery", "Park Lane Vets", "Riverside Animal Hospital"],
        )
    )


def pc_order(ctx: Ctx) -> str:
    r = ctx.r
    firm, dom = pc_firm(ctx)
    T = ctx.t
    owner = ctx.person(age=(22, 86))
    fa = ctx.addr(town=ctx.town, extra=1)
    ha = ctx.addr()
    vet = pc_vet(ctx)
    va = ctx.addr(town=ctx.town, extra=1)
    pet = r.choice(PETS[ctx.lang])
    sp, w0, w1 = r.choice(SPECIES[ctx.lang])
    died = ctx.today - dt.timedelta(days=r.randint(1, 4))
    kind = r.choice(
        T(
            ["Einzeleinäscherung mit Urnenrückgabe", "Gemeinschaftseinäscherung"],
            ["crémation individuelle avec retour des cendres", "crémation collective"],
            ["cremazione singola con restituzione ceneri", "cremazione collettiva"],
            ["individual cremation, ashes returned", "communal cremation"],
        )
    )
    price = r.choice([145, 189, 235, 290, 340, 410])
    pairs = [
        (T("Auftrag Nr.", "Commande n°", "Ordine n.", "Order no."), f"{r.randint(20000, 99999)}"),
        (T("Tierhalter/in", "Propriétaire", "Proprietario", "Owner"), ctx.P(owner, pstyle(ctx))),
        (T("Anschrift", "Adresse", "Indirizzo", "Address"), ctx.A1(ha)),
        (T("Telefon", "Téléphone", "Telefono", "Phone"), ctx.PH("mobile" if r.random() < 0.6 else "land")),
        (email_lab(ctx), ctx.EM(owner)),
        (T("Tier", "Animal", "Animale", "Pet"), f"{pet} ({sp}, {r.randint(w0, w1)} kg)"),
        (T("Verstorben am", "Décédé le", "Deceduto il", "Date of death"), ctx.date(died)),
        (T("Abholung bei", "Enlèvement chez", "Ritiro presso", "Collected from"), f"{vet}, {ctx.A1(va)}"),
        (
            T("Tierarztpraxis Tel.", "Tél. clinique", "Tel. ambulatorio", "Practice phone"),
            ctx.PH("land", area=ctx.town[2]),
        ),
        (T("Leistung", "Prestation", "Servizio", "Service"), kind),
        (
            T("Urne", "Urne", "Urna", "Urn"),
            T(
                r.choice(["Keramik anthrazit", "Holz Nussbaum", "Bio-Urne"]),
                r.choice(["céramique anthracite", "bois de chêne", "urne biodégradable"]),
                r.choice(["ceramica bianca", "legno di noce", "urna biodegradabile"]),
                r.choice(["oak casket", "scatter tube", "ceramic urn"]),
            ),
        ),
        (T("Preis", "Prix", "Prezzo", "Price"), ctx.money(price)),
    ]
    form = kv(ctx, pairs)
    pay = T(
        f"Zahlung per Überweisung auf {ctx.IB()} oder EC-Karte bei Rückgabe",
        f"Règlement par virement sur {ctx.IB()} ou par carte au retour des cendres",
        f"Pagamento con bonifico su {ctx.IB()} o carta alla consegna",
        f"Paid by card {ctx.masked_card()}"
        if ctx.cc == "US" or r.random() < 0.5
        else f"Payment by bank transfer to {ctx.IB()}",
    )
    lh = letterhead(ctx, firm, fa, ctx.PH("land", area=ctx.town[2]), [role_mail(ctx, dom)])
    head = T(
        "AUFTRAG TIEREINÄSCHERUNG",
        "BON DE COMMANDE – CRÉMATION",
        "MODULO DI INCARICO – CREMAZIONE",
        "CREMATION AUTHORISATION FORM",
    )
    sig = T(
        f"Ich bestätige, Eigentümer/in des Tieres zu sein. – {ctx.P(owner, 'fullnomi')}",
        f"Je certifie être propriétaire de l'animal. – {ctx.P(owner, 'fullnomi')}",
        f"Dichiaro di essere il proprietario dell'animale. – {ctx.P(owner, 'fullnomi')}",
        f"I confirm I am the owner of the pet. Signed: {ctx.P(owner, 'fullnomi')}",
    )
    body = f"{lh}\n\n{head}\n\n{form}\n\n{pay}\n\n{sig}"
    if r.random() < 0.2:
        body = ocr(body, r)
    return wrap(
        ctx,
        body,
        req(
            de=["Schreib eine einfühlsame Bestätigungsmail an die Besitzerin bzw. den Besitzer."],
            fr=["Rédige un mail de confirmation plein de tact pour le propriétaire."],
            it=["Scrivi una mail di conferma delicata per il proprietario."],
            en=["Write a gentle confirmation email to the owner."],
        ),
    )


def pc_round(ctx: Ctx) -> str:
    r = ctx.r
    firm, _dom = pc_firm(ctx)
    T = ctx.t
    drivers = [ctx.person(age=(22, 62)) for _ in range(2)]
    rows = []
    owners = []
    st = pstyle(ctx, [("rev", 2), ("fullnomi", 2), ("init", 1), ("REV", 1)])
    for _ in range(r.randint(5, 7)):
        home = r.random() < 0.35
        o = ctx.person()
        owners.append(o)
        a = ctx.addr(town=ctx.town, extra=1)
        sp, _w0, _w1 = r.choice(SPECIES[ctx.lang])
        rows.append(
            [
                ctx.time(7, 17),
                (T("privat", "domicile", "domicilio", "home") if home else pc_vet(ctx)),
                ctx.AS(a),
                ctx.P(o, st),
                f"{r.choice(PETS[ctx.lang])} ({sp})",
                ctx.PH("mobile") if home else ctx.PH("land", area=ctx.town[2]),
            ]
        )
    rows.sort(key=lambda x: x[0])
    hdr = T(
        ["Zeit", "Abholort", "Adresse", "Halter/in", "Tier", "Tel."],
        ["Heure", "Lieu", "Adresse", "Propriétaire", "Animal", "Tél."],
        ["Ora", "Luogo", "Indirizzo", "Proprietario", "Animale", "Tel."],
        ["Time", "Pick-up", "Address", "Owner", "Pet", "Phone"],
    )
    tbl = table(ctx, hdr, rows)
    cs = r.choice(["first", "nick", "fullnomi"])
    o = owners[0]
    msgs = [
        (
            chat_name(ctx, drivers[0], cs),
            T(
                f"Bei {ctx.TP(o, 'dat')} macht keiner auf. Nachbarin sagt, "
                f"{'sie' if o.f else 'er'} ist bei der Tochter.",
                f"Personne chez {ctx.TP(o)}. La voisine dit qu'elle est chez sa fille."
                if o.f
                else f"Personne chez {ctx.TP(o)}. La voisine dit qu'il est chez sa fille.",
                f"Da {ctx.P(o, 'fullnomi')} non apre nessuno. La vicina dice che è dalla figlia.",
                f"No answer at {ctx.TP(o)}'s. Neighbour says {'she' if o.f else 'he'}'s at the daughter's.",
            ),
        ),
        (
            chat_name(ctx, drivers[1], cs),
            T(
                f"Tochter heißt {ctx.P(d := ctx.relative(o, 'child', 'f'), 'fullnomi')}, Nummer {ctx.PH('mobile')}",
                f"La fille : {ctx.P(d, 'fullnomi')}, {ctx.PH('mobile')}",
                f"La figlia è {ctx.P(d, 'fullnomi')}, {ctx.PH('mobile')}",
                f"Daughter is {ctx.P(d, 'fullnomi')}, {ctx.PH('mobile')}",
            ),
        ),
        (chat_name(ctx, drivers[0], cs), T("ok ruf ich an", "ok j'appelle", "ok la chiamo", "ok calling her")),
    ]
    ch = chat(ctx, msgs)
    body = (
        f"{firm} – {T('Abholtour', 'tournée', 'giro ritiri', 'collection round')} {ctx.date(ctx.today)}\n\n"
        f"{tbl}\n\n{ch}"
    )
    return wrap(
        ctx,
        body,
        req(
            de=["Plane die Tour in sinnvoller Reihenfolge."],
            fr=["Organise la tournée dans un ordre logique."],
            it=["Organizza il giro in un ordine sensato."],
            en=["Put the round in a sensible order."],
        ),
    )


def pc_mail(ctx: Ctx) -> str:
    r = ctx.r
    firm, dom = pc_firm(ctx)
    T = ctx.t
    owner = ctx.person(age=(25, 84))
    staff = ctx.person(age=(24, 60))
    fam = ctx.relative(owner, r.choice(["partner", "child", "sibling"]))
    sem = E("EMAIL", ctx.email(staff, "work", dom))
    fa = ctx.addr(town=ctx.town, extra=1)
    pet = r.choice(PETS[ctx.lang])
    sent = ctx.today - dt.timedelta(days=r.randint(1, 6))
    conf = "\n".join(
        [
            greet(ctx, owner),
            T(
                f"die Urne von {pet} ist ab {ctx.date(ctx.today + dt.timedelta(days=3))} bei uns abholbereit "
                f"({ctx.A1(fa)}). Mo–Fr 9–17 Uhr.",
                f"l'urne de {pet} sera prête le {ctx.date(ctx.today + dt.timedelta(days=3))} ({ctx.A1(fa)}). Du lundi "
                "au "
                "vendredi, 9h–17h.",
                f"l'urna di {pet} sarà pronta dal {ctx.date(ctx.today + dt.timedelta(days=3))} ({ctx.A1(fa)}). "
                "Lun–ven 9–17.",
                f"{pet}'s ashes will be ready to collect from {ctx.date(ctx.today + dt.timedelta(days=3))} at "
                f"{ctx.A1(fa)}. Mon–Fri 9–5.",
            ),
            closing(ctx),
            signature(
                ctx,
                staff,
                T("Kundenbetreuung", "Accueil des familles", "Assistenza clienti", "Client care"),
                firm,
                ctx.PH("land", area=ctx.town[2]),
                sem,
            ),
        ]
    )
    quoted = quote_block(ctx, conf, ctx.P(staff, "fullnomi"), sem, dtime(ctx, sent))
    oem = ctx.EM(owner)
    txt = T(
        f"{greet(ctx, staff)}\n\nvielen Dank. Ich kann leider nicht selbst kommen, {'meine' if fam.f else 'mein'} "
        f"{rel_word(ctx, 'partner' if fam.last == owner.last else 'sibling', fam)} {ctx.P(fam, 'fullnomi')} holt "
        f"die Urne ab (Tel. {ctx.PH('mobile')}). Ist das in Ordnung?\n\n{closing(ctx, False)}\n"
        f"{ctx.P(owner, 'first')}",
        f"{greet(ctx, staff)}\n\nmerci beaucoup. Je ne peux pas venir moi-même : {ctx.P(fam, 'fullnomi')} passera "
        f"chercher l'urne (tél. {ctx.PH('mobile')}). Est-ce possible ?\n\n{closing(ctx, False)}\n"
        f"{ctx.P(owner, 'first')}",
        f"{greet(ctx, staff)}\n\ngrazie mille. Non riesco a venire di persona, passerà {ctx.P(fam, 'fullnomi')} "
        f"(tel. {ctx.PH('mobile')}). Va bene lo stesso?\n\n{closing(ctx, False)}\n{ctx.P(owner, 'first')}",
        f"{greet(ctx, staff)}\n\nthank you so much. I can't make it myself – {ctx.P(fam, 'fullnomi')} will collect "
        f"the ashes for me ({ctx.PH('mobile')}). Is that ok?\n\n{closing(ctx, False)}\n{ctx.P(owner, 'first')}",
    )
    hdr = mail_header(
        ctx, addr_disp(ctx, owner, oem), sem, T("AW: Urne ", "RE : urne de ", "R: urna di ", "RE: ashes for ") + pet
    )
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Ist das so ok oder zu knapp?"],
            fr=["C'est correct ou trop sec ?"],
            it=["Va bene o è troppo secco?"],
            en=["Is this ok or too abrupt?"],
        ),
    )


def pc_export(ctx: Ctx) -> str:
    r = ctx.r
    _firm, _dom = pc_firm(ctx)
    objs = []
    for _ in range(r.randint(3, 5)):
        o = ctx.person()
        a = ctx.addr()
        sp, w0, w1 = r.choice(SPECIES[ctx.lang])
        full = ctx.cc in ("GB", "US") and r.random() < 0.35
        objs.append(
            {
                "order": f"WEB-{r.randint(10000, 99999)}",
                "owner": ctx.P(o, "fullnomi"),
                "email": ctx.EM(o),
                "phone": ctx.PH("mobile"),
                "address": {"line1": ctx.AS(a), "city": ctx.AT_(a)},
                "pet": {"name": r.choice(PETS[ctx.lang]), "species": sp, "weight_kg": r.randint(w0, w1)},
                "package": r.choice(["individual", "communal", "witnessed"]),
                "card": E("CARD", ctx.card(r.random() < 0.5)) if full else ctx.masked_card(),
                "client_ip": E("IP", ctx.ip()),
            }
        )
    out = jdump(objs, r)
    note = ctx.t(
        "Webshop-Bestellungen der letzten Woche:",
        "Commandes en ligne de la semaine :",
        "Ordini online della settimana:",
        "Web orders from last week:",
    )
    return wrap(
        ctx,
        f"{note}\n\n{out}",
        req(
            de=["Welche Bestellungen sind Einzeleinäscherungen?"],
            fr=["Quelles commandes sont des crémations individuelles ?"],
            it=["Quali ordini sono cremazioni singole?"],
            en=["Which orders are individual cremations?"],
        ),
    )


# ====================================================================================================================
# 9. opengarden - open-garden schemes: garden registrations, programmes and visitor bookings
# ====================================================================================================================
GARDEN_DESC = {
    "de": [
        "Naturgarten mit Teich und Trockenmauer",
        "Bauerngarten mit alten Rosensorten",
        "Hanggarten mit Stauden und Gemüse",
        "Schattengarten mit Farnen und Hostas",
        "Kiesgarten, insektenfreundlich",
    ],
    "fr": [
        "jardin naturel avec mare et murets",
        "jardin de curé aux roses anciennes",
        "jardin en pente, vivaces et potager",
        "jardin d'ombre, fougères et hostas",
        "jardin sec, favorable aux pollinisateurs",
    ],
    "it": [
        "giardino naturale con stagno e muretti a secco",
        "orto-giardino con rose antiche",
        "giardino terrazzato con perenni e orto",
        "giardino d'ombra con felci e hosta",
        "giardino di ghiaia per impollinatori",
    ],
    "en": [
        "wildlife garden with pond and dry-stone wall",
        "cottage garden with old roses",
        "sloping garden, perennials and veg patch",
        "shade garden with ferns and hostas",
        "gravel garden for pollinators",
    ],
}


def og_scheme(ctx: Ctx):
    tw = ctx.town[0]
    name = {
        "DE": f"Offene Gartenpforte {tw} und Umgebung",
        "AT": f"Offene Gärten {tw}",
        "CHde": f"Offene Gärten Region {tw}",
        "CHfr": f"Jardins ouverts – région de {tw}",
        "CHit": f"Giardini aperti del "
        f"{'Locarnese' if tw in ('Locarno', 'Ascona', 'Minusio', 'Losone') else 'Luganese'}",
        "FR": f"Rendez-vous aux jardins – {tw}",
        "IT": f"Giardini aperti – {tw}",
        "GB": f"National Garden Scheme – {tw} group",
        "US": f"Open Days – {tw} Garden Club",
    }[ctx.region]
    dom = domain_of(
        ctx,
        {
            "DE": "gartenpforte-" + tw,
            "AT": "offene-gaerten-" + tw,
            "CH": ctx.t("offene-gaerten-", "jardins-", "giardini-", "") + tw,
            "FR": "jardins-" + tw,
            "IT": "giardiniaperti-" + tw,
            "GB": "ngs-" + tw,
            "US": tw + "-gardenclub",
        }[ctx.cc],
    )
    return name, dom


def og_year(ctx: Ctx) -> int:
    return ctx.today.year if ctx.today.month < 6 else ctx.today.year + 1


def og_days(ctx: Ctx) -> str:
    r = ctx.r
    d = dt.date(og_year(ctx), r.choice([5, 6, 7]), r.randint(1, 24))
    d2 = d + dt.timedelta(days=1)
    return f"{ctx.date(d)} + {ctx.date(d2)}, " + ("10–17" if ctx.cc != "US" else "10am–4pm")


def og_registration(ctx: Ctx) -> str:
    r = ctx.r
    scheme, _dom = og_scheme(ctx)
    T = ctx.t
    o1 = ctx.person(age=(35, 84))
    o2 = ctx.relative(o1, "partner") if r.random() < 0.6 else None
    a = ctx.addr(town=ctx.town, extra=1)
    owners = ctx.P(o1, "fullnomi") + (f" {T('und', 'et', 'e', 'and')} {ctx.P(o2, 'fullnomi')}" if o2 else "")
    pairs = [
        (T("Gartenbesitzer", "Propriétaires", "Proprietari", "Garden owner(s)"), owners),
        (T("Adresse des Gartens", "Adresse du jardin", "Indirizzo del giardino", "Garden address"), ctx.A1(a)),
        (T("Telefon", "Téléphone", "Telefono", "Phone"), ctx.PH("land", area=ctx.town[2])),
        (T("Mobil", "Portable", "Cellulare", "Mobile"), ctx.PH("mobile")),
        (email_lab(ctx), ctx.EM(o1)),
        (
            T("Größe", "Surface", "Superficie", "Size"),
            f"{r.randint(3, 40) * 50} m²" if ctx.cc != "US" else f"{r.choice(['1/4', '1/2', '3/4', '1'])} acre",
        ),
        (T("Beschreibung", "Description", "Descrizione", "Description"), r.choice(GARDEN_DESC[ctx.lang])),
        (T("Öffnungstage", "Jours d'ouverture", "Giorni di apertura", "Opening dates"), og_days(ctx)),
        (
            T("Bewirtung", "Rafraîchissements", "Ristoro", "Teas"),
            r.choice(
                T(
                    ["Kaffee & Kuchen", "keine", "Getränke"],
                    ["thé et gâteaux", "aucun", "boissons"],
                    ["caffè e torte", "nessuno", "bibite"],
                    ["home-made teas", "none", "plant sale only"],
                )
            ),
        ),
        (
            T("Parken", "Stationnement", "Parcheggio", "Parking"),
            r.choice(
                T(
                    ["am Sportplatz", "in der Nebenstraße", "Parkplatz Kirche"],
                    ["place de l'église", "rue voisine", "parking du stade"],
                    ["piazzale della chiesa", "strada laterale", "parcheggio del campo sportivo"],
                    ["on the lane", "village hall car park", "street parking only"],
                )
            ),
        ),
        (T("Hunde erlaubt", "Chiens admis", "Cani ammessi", "Dogs on leads"), yes_no(ctx, r.random() < 0.5)),
    ]
    if ctx.cc not in ("US", "GB") and r.random() < 0.6:
        pairs.append((T("Spenden bitte an (IBAN)", "Dons à verser sur (IBAN)", "Offerte su (IBAN)", "IBAN"), ctx.IB()))
    form = kv(ctx, pairs)
    head = T(
        f"{scheme}\nANMELDUNG FÜR DEN GARTENTAG",
        f"{scheme}\nFICHE D'INSCRIPTION DU JARDIN",
        f"{scheme}\nSCHEDA DI ADESIONE",
        f"{scheme}\nGARDEN ENTRY FORM",
    )
    body = f"{head}\n\n{form}"
    return wrap(
        ctx,
        body,
        req(
            de=["Schreib mir daraus einen kurzen, einladenden Text für das Programmheft."],
            fr=["Rédige un petit texte accueillant pour le programme."],
            it=["Scrivi un breve testo invitante per il programma."],
            en=["Write a short, inviting description for the programme booklet."],
        ),
    )


def og_programme(ctx: Ctx) -> str:
    r = ctx.r
    scheme, _dom = og_scheme(ctx)
    T = ctx.t
    entries = []
    fams = []
    for k in range(r.randint(4, 6)):
        o = ctx.person(age=(35, 84))
        fams.append(o)
        a = ctx.addr(town=ctx.town if r.random() < 0.7 else None, extra=1)
        who = r.choice(
            [
                T(
                    f"Garten {ctx.P(o, 'fullnomi')}",
                    f"Jardin de {ctx.P(o, 'fullnomi')}",
                    f"Giardino di {ctx.P(o, 'fullnomi')}",
                    f"{ctx.P(o, 'fullnomi')}'s garden",
                ),
                T(
                    f"Familie {ctx.P(o, 'last')}",
                    f"Famille {ctx.P(o, 'last')}",
                    f"Famiglia {ctx.P(o, 'last')}",
                    f"The {ctx.P(o, 'last')} family",
                ),
            ]
        )
        entries.append(f"{k + 1}. {who} – {ctx.A1(a)}\n   {r.choice(GARDEN_DESC[ctx.lang])}; {og_days(ctx)}")
    cs = r.choice(["first", "fullnomi", "nick"])
    org = [ctx.person(age=(40, 78)) for _ in range(3)]
    f0 = fams[0]
    msgs = [
        (
            chat_name(ctx, org[0], cs),
            T(
                f"{ctx.TP(f0)} hat abgesagt – der Hagel hat alles kaputt gemacht.",
                f"{ctx.TP(f0)} annule, la grêle a tout abîmé.",
                f"{ctx.P(f0, 'fullnomi')} si ritira, la grandine ha rovinato tutto.",
                f"{ctx.TP(f0)} has pulled out – hail wrecked everything.",
            ),
        ),
        (
            chat_name(ctx, org[1], cs),
            T(
                f"Schade! Dann rücken {ctx.P(fams[1], 'last')}s auf Nr. 1. Ich ruf sie an: "
                f"{ctx.PH('land', area=ctx.town[2])}",
                f"Dommage ! Les "
                f"{ctx.P(fams[1], 'last')} passent en n° 1. Je les appelle : "
                f"{ctx.PH('land', area=ctx.town[2])}",
                f"Peccato! Allora i "
                f"{ctx.P(fams[1], 'last')} diventano il n. 1. Li chiamo: "
                f"{ctx.PH('land', area=ctx.town[2])}",
                f"Shame! The "
                f"{ctx.P(fams[1], 'last')}s move up to no. 1 then. I'll ring them: "
                f"{ctx.PH('land', area=ctx.town[2])}",
            ),
        ),
        (
            chat_name(ctx, org[2], cs),
            T(
                "Und wer macht die Kasse am Sonntag?",
                "Et qui tient la caisse dimanche ?",
                "E chi sta alla cassa domenica?",
                "And who's on the gate on Sunday?",
            ),
        ),
        (
            chat_name(ctx, org[0], cs),
            T(
                f"{ctx.P(org[1], 'first')} und ich.",
                f"{ctx.P(org[1], 'first')} et moi.",
                f"Io e {ctx.P(org[1], 'first')}.",
                f"{ctx.P(org[1], 'first')} and me.",
            ),
        ),
    ]
    ch = chat(ctx, msgs)
    body = (
        f"{scheme}\n{T('Programm', 'Programme', 'Programma', 'Programme')} {og_year(ctx)}\n\n"
        + "\n".join(entries)
        + f"\n\n{T('Orga-Chat', 'Chat des organisatrices', 'Chat organizzatori', 'Committee chat')}:"
        f"\n{ch}"
    )
    return wrap(
        ctx,
        body,
        req(
            de=["Aktualisiere das Programm nach dem Chat."],
            fr=["Mets le programme à jour selon le chat."],
            it=["Aggiorna il programma in base alla chat."],
            en=["Update the programme based on the chat."],
        ),
    )


def og_mail(ctx: Ctx) -> str:
    r = ctx.r
    scheme, dom = og_scheme(ctx)
    T = ctx.t
    owner = ctx.person(age=(38, 82))
    orgp = ctx.person(age=(40, 76))
    nb = ctx.person(age=(30, 80))
    oem = E("EMAIL", ctx.email(orgp, "work", dom))
    sent = ctx.today - dt.timedelta(days=r.randint(3, 15))
    ol = "\n".join(
        [
            greet(ctx, owner),
            T(
                "vielen Dank, dass Sie wieder dabei sind! Bitte schicken Sie uns bis Monatsende zwei Fotos und sagen "
                "Sie "
                "uns, ob Sie Kaffee anbieten.",
                "merci de participer à nouveau ! Envoyez-nous deux photos avant la fin du "
                "mois et dites-nous si vous proposez des rafraîchissements.",
                "grazie per aver aderito di nuovo! Ci mandi "
                "due foto entro fine mese e ci dica se offrirà un rinfresco.",
                "thank you for opening again! Please send "
                "two photos by the end of the month and let us know whether you will be serving teas.",
            ),
            closing(ctx),
            signature(
                ctx,
                orgp,
                T("Organisation", "Coordination", "Coordinamento", "County Organiser"),
                scheme,
                ctx.PH("mobile"),
                oem,
            ),
        ]
    )
    quoted = quote_block(ctx, ol, ctx.P(orgp, "fullnomi"), oem, dtime(ctx, sent))
    wem = ctx.EM(owner)
    na = ctx.addr(town=ctx.town, extra=1)
    txt = T(
        f"{greet(ctx, orgp, formal=False)}\n\nFotos anbei. Kaffee und Kuchen macht dieses Jahr meine Nachbarin "
        f"{ctx.P(nb, 'fullnomi')} ({ctx.AS(na)}), Handy {ctx.PH('mobile')} – sie hat auch einen schönen Garten und "
        f"würde nächstes Jahr gern selbst öffnen.\n\n{closing(ctx, False)}\n{ctx.P(owner, 'first')}"
        if nb.f
        else f"{greet(ctx, orgp, formal=False)}\n\nFotos anbei. Kaffee und Kuchen macht dieses Jahr mein Nachbar "
        f"{ctx.P(nb, 'fullnomi')} ({ctx.AS(na)}), Handy {ctx.PH('mobile')} – er hat auch einen schönen Garten und "
        f"würde nächstes Jahr gern selbst öffnen.\n\n{closing(ctx, False)}\n{ctx.P(owner, 'first')}",
        f"{greet(ctx, orgp, formal=False)}\n\nvoici les photos. Cette année c'est {ctx.P(nb, 'fullnomi')} "
        f"({ctx.AS(na)}, portable {ctx.PH('mobile')}) qui s'occupe des gâteaux – un jardin magnifique aussi, à "
        f"ouvrir l'an prochain !\n\n{closing(ctx, False)}\n{ctx.P(owner, 'first')}",
        f"{greet(ctx, orgp, formal=False)}\n\nin allegato le foto. Quest'anno le torte le prepara "
        f"{ctx.P(nb, 'fullnomi')} ({ctx.AS(na)}, cell. {ctx.PH('mobile')}), che ha anche un bel giardino e "
        f"vorrebbe aprirlo l'anno prossimo.\n\n{closing(ctx, False)}\n{ctx.P(owner, 'first')}",
        f"{greet(ctx, orgp, formal=False)}\n\nphotos attached. Teas this year are being done by my neighbour "
        f"{ctx.P(nb, 'fullnomi')} ({ctx.AS(na)}, mobile {ctx.PH('mobile')}) – lovely garden too, might open next "
        f"year!\n\n{closing(ctx, False)}\n{ctx.P(owner, 'first')}",
    )
    hdr = mail_header(
        ctx,
        addr_disp(ctx, owner, wem),
        oem,
        T("AW: Gartentag", "RE : journée des jardins", "R: giardini aperti", "RE: open day"),
    )
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Antworte der Organisatorin freundlich und bestätige alles."],
            fr=["Réponds aimablement et confirme."],
            it=["Rispondi gentilmente e conferma tutto."],
            en=["Reply kindly and confirm everything."],
        ),
    )


def og_bookings(ctx: Ctx) -> str:
    r = ctx.r
    scheme, _dom = og_scheme(ctx)
    rows = []
    style = r.choice(["csv", "csvsemi", "tsv", "mdpad", "json"])
    objs = []
    for _ in range(r.randint(5, 7)):
        p = ctx.person()
        row = [
            f"T{r.randint(10000, 99999)}",
            ctx.P(p, r.choice(["fullnomi", "rev"])),
            ctx.EM(p),
            ctx.PH("mobile") if r.random() < 0.7 else "",
            f"{r.randint(1, 4)}",
            r.choice(["10:00", "11:30", "14:00", "15:30"]),
            E("IP", ctx.ip()),
        ]
        rows.append(row)
        objs.append(dict(zip(["ticket", "name", "email", "phone", "guests", "slot", "ip"], row, strict=True)))
    out = (
        jdump(objs, r)
        if style == "json"
        else table(ctx, ["ticket", "name", "email", "phone", "guests", "slot", "ip"], rows, style)
    )
    note = ctx.t(
        f"Ticketbuchungen {scheme}:",
        f"Réservations {scheme} :",
        f"Prenotazioni {scheme}:",
        f"Timed-entry bookings, {scheme}:",
    )
    return wrap(
        ctx,
        f"{note}\n\n{out}",
        req(
            de=["Wie viele Gäste pro Zeitfenster?"],
            fr=["Combien de visiteurs par créneau ?"],
            it=["Quanti ospiti per fascia oraria?"],
            en=["How many visitors per slot?"],
        ),
    )


# ====================================================================================================================
# 10. writingprize - short-story and poetry competitions: entries, jury sheets, shortlists
# ====================================================================================================================
TITLES = {
    "de": [
        "Das Haus am Kanal",
        "Winterlicht",
        "Die letzte Fähre",
        "Was der Fluss weiß",
        "Nachtschicht",
        "Zwölf Minuten",
        "Unter dem Apfelbaum",
        "Funkstille",
    ],
    "fr": [
        "La maison du canal",
        "Lumière d'hiver",
        "Le dernier bac",
        "Ce que sait la rivière",
        "Service de nuit",
        "Douze minutes",
        "Sous le pommier",
        "Silence radio",
    ],
    "it": [
        "La casa sul canale",
        "Luce d'inverno",
        "L'ultimo traghetto",
        "Quello che sa il fiume",
        "Turno di notte",
        "Dodici minuti",
        "Sotto il melo",
        "Silenzio radio",
    ],
    "en": [
        "The House on the Canal",
        "Winter Light",
        "The Last Ferry",
        "What the River Knows",
        "Night Shift",
        "Twelve Minutes",
        "Under the Apple Tree",
        "Radio Silence",
    ],
}


def wp_org(ctx: Ctx):
    tw = ctx.town[0]
    name = {
        "de": f"Literaturpreis der Stadtbibliothek {tw}",
        "fr": f"Prix de la nouvelle de {tw}",
        "it": f"Premio letterario «Città di {tw}»",
        "en": f"{tw} Short Story Prize",
    }[ctx.lang]
    dom = domain_of(
        ctx,
        {"de": "literaturpreis-" + tw, "fr": "prix-nouvelle-" + tw, "it": "premio-" + tw, "en": tw + "-storyprize"}[
            ctx.lang
        ],
    )
    return name, dom


def wp_category(ctx: Ctx, p: Person) -> str:
    a = age_on(p.dob, ctx.today)
    if a < 18:
        return ctx.t("Jugend (unter 18)", "Jeunes (moins de 18 ans)", "Giovani (under 18)", "Young writers (under 18)")
    if a >= 65:
        return ctx.t("Ü65", "Seniors", "Over 65", "Over-65s")
    return ctx.t("Erwachsene", "Adultes", "Adulti", "Open")


def wp_entry(ctx: Ctx) -> str:
    r = ctx.r
    prize, _dom = wp_org(ctx)
    T = ctx.t
    minor = r.random() < 0.3
    if minor:
        par = ctx.person(age=(36, 55))
        au = ctx.relative(par, "child")
        au.dob = ctx.today - dt.timedelta(days=365 * r.randint(13, 17) + r.randint(1, 300))
    else:
        au, par = ctx.person(age=(19, 86)), None
    a = ctx.addr()
    pen = None
    if r.random() < 0.4:
        reg = SOURCES[REGION_SRC[ctx.loc]]
        pfirst = au.first if r.random() < 0.5 else r.choice(reg.ff if au.f else reg.fm)
        pen = Person(pfirst, r.choice(reg.last), au.g, au.dob, au.src, au.lang)
    words = r.randint(800, 4900)
    fee = r.choice([0, 5, 10, 15])
    pairs = [
        (T("Name", "Nom", "Nome e cognome", "Name"), ctx.P(au, "fullnomi")),
        (
            T(
                "Pseudonym (falls gewünscht)",
                "Nom de plume (facultatif)",
                "Pseudonimo (facoltativo)",
                "Pen name (optional)",
            ),
            ctx.P(pen, "fullnomi") if pen else "–",
        ),
        (dob_lab(ctx, au), ctx.DOB(au)),
        (T("Kategorie", "Catégorie", "Categoria", "Category"), wp_category(ctx, au)),
        (T("Anschrift", "Adresse", "Indirizzo", "Address"), co(ctx, par, a) if par and r.random() < 0.5 else ctx.A1(a)),
        (T("Telefon", "Téléphone", "Telefono", "Phone"), ctx.PH("mobile")),
        (email_lab(ctx), ctx.EM(au)),
        (
            T("Titel des Textes", "Titre du texte", "Titolo dell'opera", "Title of story"),
            f"„{r.choice(TITLES['de'])}“"
            if ctx.lang == "de"
            else f"« {r.choice(TITLES['fr'])} »"
            if ctx.lang == "fr"
            else f"«{r.choice(TITLES['it'])}»"
            if ctx.lang == "it"
            else f'"{r.choice(TITLES["en"])}"',
        ),
        (
            T("Wörter", "Nombre de mots", "Battute/parole", "Word count"),
            f"{words:,}".replace(",", "." if ctx.lang == "de" else "," if ctx.lang == "en" else " "),
        ),
        (
            T("Teilnahmegebühr", "Frais d'inscription", "Quota di iscrizione", "Entry fee"),
            ctx.money(fee) + (f" ({ctx.masked_card()})" if fee and r.random() < 0.5 else ""),
        ),
    ]
    if par:
        pairs.append(
            (
                T(
                    "Einverständnis Erziehungsberechtigte/r",
                    "Autorisation parentale",
                    "Consenso del genitore",
                    "Parent/guardian consent",
                ),
                f"{ctx.P(par, 'fullnomi')}, {ctx.PH('mobile')}",
            )
        )
    if ctx.cc == "CH" and r.random() < 0.4:
        pairs.append(
            (T("AHV-Nr. (für Preisgeld)", "N° AVS (pour le prix)", "N. AVS (per il premio)", ""), E("AHV", ctx.ahv()))
        )
    if ctx.cc != "US" and r.random() < 0.6:
        pairs.append(
            (
                T(
                    "Preisgeld ggf. auf IBAN",
                    "Dotation éventuelle sur IBAN",
                    "Eventuale premio su IBAN",
                    "Prize money to IBAN",
                ),
                ctx.IB(),
            )
        )
    form = kv(ctx, pairs)
    decl = T(
        "Ich versichere, dass der Text von mir stammt und unveröffentlicht ist.",
        "Je certifie que le texte est original et inédit.",
        "Dichiaro che l'opera è originale e inedita.",
        "I confirm the story is my own original, unpublished work.",
    )
    body = (
        f"{prize}\n{T('TEILNAHMEFORMULAR', 'BULLETIN DE PARTICIPATION', 'SCHEDA DI PARTECIPAZIONE', 'ENTRY FORM')}"
        f"\n\n{form}\n\n{decl}\n{ctx.date(ctx.today)}"
    )
    return wrap(
        ctx,
        body,
        req(
            de=["Kannst du prüfen, ob ich alles richtig ausgefüllt habe?"],
            fr=["Tu peux vérifier mon bulletin ?"],
            it=["Puoi controllare la scheda?"],
            en=["Can you check my entry form?"],
        ),
    )


def wp_jury(ctx: Ctx) -> str:
    r = ctx.r
    prize, _dom = wp_org(ctx)
    T = ctx.t
    jury = [ctx.person(age=(30, 78)) for _ in range(3)]
    rows = []
    for _k in range(r.randint(6, 8)):
        code = f"{r.choice('ABCDEFGHKLMN')}{r.randint(100, 999)}"
        t = r.choice(TITLES[ctx.lang])
        rows.append([code, t] + [str(r.randint(4, 10)) for _ in jury])
    hdr = [T("Kennung", "Code", "Codice", "Code"), T("Titel", "Titre", "Titolo", "Title")] + [
        ctx.P(j, "init") for j in jury
    ]
    tbl = table(ctx, hdr, rows)
    cs = r.choice(["first", "fullnomi", "nick"])
    winner = ctx.person()
    msgs = [
        (
            chat_name(ctx, jury[0], cs),
            T(
                f"Wir haben den Umschlag zu {rows[0][0]} geöffnet: {ctx.P(winner, 'fullnomi')}"
                f", {age_on(winner.dob, ctx.today)} Jahre, aus {ctx.pick_town()[0]}.",
                f"On a ouvert l'enveloppe de {rows[0][0]} : {ctx.P(winner, 'fullnomi')}, "
                f"{age_on(winner.dob, ctx.today)} ans, de {ctx.pick_town()[0]}.",
                f"Abbiamo aperto la busta del {rows[0][0]}: {ctx.P(winner, 'fullnomi')}, "
                f"{age_on(winner.dob, ctx.today)} anni, di {ctx.pick_town()[0]}.",
                f"Opened the envelope for {rows[0][0]}: {ctx.P(winner, 'fullnomi')}, "
                f"{age_on(winner.dob, ctx.today)}, from {ctx.pick_town()[0]}.",
            ),
        ),
        (
            chat_name(ctx, jury[1], cs),
            T(
                f"Wer ruft an? Nummer laut Formular {ctx.PH('mobile')}",
                f"Qui appelle ? Numéro sur le bulletin : {ctx.PH('mobile')}",
                f"Chi chiama? Numero sulla scheda: {ctx.PH('mobile')}",
                f"Who's phoning? Number on the form is {ctx.PH('mobile')}",
            ),
        ),
        (
            chat_name(ctx, jury[2], cs),
            T(
                f"Mach ich. {ctx.P(jury[0], 'first')}, schickst du mir die Laudatio?",
                f"Je m'en charge. {ctx.P(jury[0], 'first')}, tu m'envoies le discours ?",
                f"Ci penso io. {ctx.P(jury[0], 'first')}, mi mandi la motivazione?",
                f"I'll do it. {ctx.P(jury[0], 'first')}, can you send me the citation?",
            ),
        ),
    ]
    ch = chat(ctx, msgs)
    jt = "judges’ scores (anonymised)"
    body = (
        f"{prize} – "
        f"{T('Jurybewertung (anonymisiert)', 'grille du jury (anonyme)', 'schede della giuria (anonime)', jt)}"
        f"\n\n{tbl}\n\n{ch}"
    )
    return wrap(
        ctx,
        body,
        req(
            de=["Rechne die Durchschnitte aus und nenne die drei besten Texte."],
            fr=["Calcule les moyennes et donne les trois meilleurs textes."],
            it=["Calcola le medie e indica i tre testi migliori."],
            en=["Work out the averages and give me the top three."],
        ),
    )


def wp_shortlist_mail(ctx: Ctx) -> str:
    r = ctx.r
    prize, dom = wp_org(ctx)
    T = ctx.t
    au = ctx.person(age=(20, 82))
    orgp = ctx.person(age=(28, 66))
    comp = ctx.relative(au, "partner") if r.random() < 0.6 else ctx.person()
    oem = E("EMAIL", ctx.email(orgp, "work", dom))
    dl = ctx.PH("land", area=ctx.town[2])
    venue = ctx.addr(town=ctx.town, extra=1)
    sent = ctx.today - dt.timedelta(days=r.randint(2, 10))
    title = r.choice(TITLES[ctx.lang])
    ev = ctx.today + dt.timedelta(days=r.randint(20, 50))
    q = "\n".join(
        [
            greet(ctx, au),
            T(
                f"herzlichen Glückwunsch: „{title}“ steht auf der Shortlist! Die Lesung findet am {ctx.date(ev)} in "
                "der "
                f"Stadtbibliothek statt ({ctx.A1(venue)}). Fahrtkosten erstatten wir – bitte IBAN und Anschrift "
                "senden.",
                f"félicitations : « {title} » fait partie de la sélection ! La lecture aura lieu le {ctx.date(ev)} à "
                "la "
                f"médiathèque ({ctx.A1(venue)}). Nous remboursons le trajet : merci d'envoyer RIB et adresse.",
                f"congratulazioni: «{title}» è tra i finalisti! La lettura pubblica sarà il {ctx.date(ev)} in "
                "biblioteca "
                f"({ctx.A1(venue)}). Rimborsiamo il viaggio: ci mandi IBAN e indirizzo.",
                f'congratulations – "{title}" has been shortlisted! The reading is on {ctx.date(ev)} at the library '
                f"({ctx.A1(venue)}). We cover travel – please send your bank details and address.",
            ),
            closing(ctx),
            signature(
                ctx,
                orgp,
                T("Projektleitung", "Coordination", "Segreteria del premio", "Prize administrator"),
                prize,
                dl,
                oem,
            ),
        ]
    )
    quoted = quote_block(ctx, q, ctx.P(orgp, "fullnomi"), oem, dtime(ctx, sent))
    aem = ctx.EM(au)
    a = ctx.addr()
    pay = ctx.IB() if ctx.cc != "US" else "Zelle to this email address"
    txt = T(
        f"{greet(ctx, orgp)}\n\nwas für eine Freude, vielen Dank! Ich komme gern, in Begleitung von "
        f"{ctx.P(comp, 'fullnomi')}. Meine Daten:\n{ctx.A2(a)}\nIBAN: {pay}\nHandy: {ctx.PH('mobile')}\n\n"
        f"{closing(ctx)}\n{ctx.P(au, 'fullnomi')}",
        f"{greet(ctx, orgp)}\n\nquelle joie, merci ! Je viendrai avec {ctx.P(comp, 'fullnomi')}. Mes "
        f"coordonnées :\n{ctx.A2(a)}\nIBAN : {pay}\nPortable : {ctx.PH('mobile')}\n\n{closing(ctx)}\n"
        f"{ctx.P(au, 'fullnomi')}",
        f"{greet(ctx, orgp)}\n\nche gioia, grazie! Verrò con {ctx.P(comp, 'fullnomi')}. I miei dati:\n{ctx.A2(a)}\n"
        f"IBAN: {pay}\nCellulare: {ctx.PH('mobile')}\n\n{closing(ctx)}\n{ctx.P(au, 'fullnomi')}",
        f"{greet(ctx, orgp)}\n\nwhat wonderful news, thank you! I'll be there with {ctx.P(comp, 'fullnomi')}. My "
        f"details:\n{ctx.A2(a)}\n{'IBAN: ' if ctx.cc != 'US' else 'Payment: '}{pay}\nMobile: {ctx.PH('mobile')}\n\n"
        f"{closing(ctx)}\n{ctx.P(au, 'fullnomi')}",
    )
    hdr = mail_header(
        ctx,
        addr_disp(ctx, au, aem),
        oem,
        T("AW: Shortlist ", "RE : sélection ", "R: finalisti ", "RE: shortlist ") + prize,
    )
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Hilf mir, eine kurze Dankesrede für die Lesung zu schreiben."],
            fr=["Aide-moi à écrire un petit discours de remerciement."],
            it=["Aiutami a scrivere un breve discorso di ringraziamento."],
            en=["Help me write a short thank-you speech for the reading."],
        ),
    )


def wp_export(ctx: Ctx) -> str:
    r = ctx.r
    _prize, _dom = wp_org(ctx)
    shape = r.choice(["iso", ctx.dob_shape])
    objs = []
    for _ in range(r.randint(3, 5)):
        p = ctx.person(age=(14, 88))
        objs.append(
            {
                "entry": f"{r.choice('ABCDEFGH')}{r.randint(100, 999)}",
                "author": ctx.P(p, "fullnomi"),
                "dob": ctx.DOB(p, shape),
                "category": wp_category(ctx, p),
                "email": ctx.EM(p),
                "title": r.choice(TITLES[ctx.lang]),
                "words": r.randint(600, 5000),
                "fee_paid": E("CARD", ctx.card(False))
                if ctx.cc in ("US", "GB") and r.random() < 0.25
                else r.choice([True, False]),
                "ip": E("IP", ctx.ip()),
                "file": f"entry_{r.randint(1000, 9999)}.docx",
            }
        )
    out = jdump(objs, r) if r.random() < 0.6 else jsonl(objs, r)
    note = ctx.t(
        "Export aus dem Einreichungsportal:",
        "Export du portail de dépôt :",
        "Export dal portale di invio:",
        "Submissions portal export:",
    )
    return wrap(
        ctx,
        f"{note}\n\n{out}",
        req(
            de=["Sortiere nach Kategorie und prüfe, ob die Altersangaben passen."],
            fr=["Trie par catégorie et vérifie les âges."],
            it=["Ordina per categoria e verifica le età."],
            en=["Sort by category and check the ages match."],
        ),
    )


# ====================================================================================================================
# 11. weatherobs - volunteer weather and precipitation observers
# ====================================================================================================================
def wo_net(ctx: Ctx):
    name = {
        "DE": "Deutscher Wetterdienst – ehrenamtliches Niederschlagsmessnetz",
        "AT": "GeoSphere Austria – Beobachternetz",
        "CHde": "MeteoSchweiz – Niederschlagsmessnetz",
        "CHfr": "MétéoSuisse – réseau pluviométrique",
        "CHit": "MeteoSvizzera – rete pluviometrica",
        "FR": "Météo-France – réseau d'observateurs bénévoles",
        "IT": "Rete meteo volontari – associazione regionale",
        "GB": "Met Office – Climatological observers network",
        "US": "NWS Cooperative Observer Program",
    }[ctx.region]
    dom = {
        "DE": "dwd.de",
        "AT": "geosphere.at",
        "CH": "meteoswiss.ch",
        "FR": "meteo.fr",
        "IT": "retemeteovolontari.it",
        "GB": "metoffice.gov.uk",
        "US": "noaa.gov",
    }[ctx.cc]
    return name, dom


def wo_station(ctx: Ctx) -> str:
    r = ctx.r
    return {
        "DE": f"{r.randint(1000, 19999)}",
        "AT": f"{r.randint(11000, 20999)}",
        "CH": f"{ctx.town[0][:3].upper()}{r.randint(1, 9)}",
        "FR": f"{r.randint(1, 95):02d}{r.randint(100, 999)}{r.randint(1, 9)}",
        "IT": f"V{r.randint(100, 999)}",
        "GB": f"{r.randint(10000, 99999)}",
        "US": f"{ctx.town[3]}-{r.choice(['BO', 'JF', 'DN', 'SL'])}-{r.randint(1, 99)}",
    }[ctx.cc]


def wo_registration(ctx: Ctx) -> str:
    r = ctx.r
    net, _dom = wo_net(ctx)
    T = ctx.t
    obs = ctx.person(age=(25, 82))
    dep = ctx.relative(obs, "partner") if r.random() < 0.5 else ctx.person()
    a = ctx.addr(town=ctx.town, extra=1)
    alt = r.randint(2, 1900) if ctx.cc != "GB" else r.randint(5, 420)
    pairs = [
        (T("Stationskennung", "Indicatif station", "Codice stazione", "Station ID"), wo_station(ctx)),
        (T("Beobachter/in", "Observateur/trice", "Osservatore/trice", "Observer"), ctx.P(obs, pstyle(ctx))),
        (dob_lab(ctx, obs), ctx.DOB(obs)),
        (T("Standort / Anschrift", "Adresse du site", "Indirizzo della stazione", "Site address"), ctx.A1(a)),
        (T("Koordinaten", "Coordonnées", "Coordinate", "Coordinates"), _coords(ctx)),
        (T("Höhe", "Altitude", "Quota", "Elevation"), f"{alt} m" if ctx.cc != "US" else f"{alt * 3} ft"),
        (
            T("Telefon", "Téléphone", "Telefono", "Phone"),
            ctx.PH("land", area=ctx.town[2]) if r.random() < 0.5 else ctx.PH("mobile"),
        ),
        (email_lab(ctx), ctx.EM(obs)),
        (
            T("Gerät", "Instrument", "Strumento", "Gauge"),
            r.choice(
                [
                    "Hellmann 200 cm²",
                    "Pluviomètre SPIEA",
                    "Davis Vantage Pro2",
                    "Tretyakov",
                    'CoCoRaHS 4" gauge',
                    'Mk2 5" gauge',
                ]
            )
            + f", S/N "
            f"{r.randint(100000, 999999)}",
        ),
        (
            T("Vertretung", "Suppléant(e)", "Sostituto/a", "Deputy observer"),
            f"{ctx.P(dep, 'fullnomi')}, {ctx.PH('mobile')}",
        ),
    ]
    if ctx.cc == "CH":
        pairs.insert(3, (T("AHV-Nr.", "N° AVS", "N. AVS", ""), E("AHV", ctx.ahv())))
    if ctx.cc not in ("US", "GB"):
        pairs.append(
            (T("Aufwandsentschädigung auf IBAN", "Indemnité sur IBAN", "Rimborso spese su IBAN", "IBAN"), ctx.IB())
        )
    form = kv(ctx, pairs)
    head = T(
        f"{net}\nBEOBACHTERVEREINBARUNG – STAMMDATEN",
        f"{net}\nFICHE OBSERVATEUR",
        f"{net}\nSCHEDA OSSERVATORE",
        f"{net}\nOBSERVER REGISTRATION",
    )
    body = f"{head}\n\n{form}"
    if r.random() < 0.2:
        body = ocr(body, r)
    return wrap(
        ctx,
        body,
        req(
            de=["Was muss ich bei der Aufstellung des Messgeräts beachten? Die Daten oben sind meine."],
            fr=["Que dois-je respecter pour installer le pluviomètre ? Voici ma fiche."],
            it=["Cosa devo rispettare per installare il pluviometro? Ecco la mia scheda."],
            en=["What should I watch out for when siting the gauge? These are my details."],
        ),
    )


def wo_sheet(ctx: Ctx) -> str:
    r = ctx.r
    net, _dom = wo_net(ctx)
    T = ctx.t
    obs = ctx.person(age=(30, 84))
    m = ctx.today.replace(day=1) - dt.timedelta(days=1)
    rows = []
    for d in range(1, 11):
        day = m.replace(day=d)
        rr = r.choice([0, 0, 0, 0.2, 1.4, 3.8, 12.6, 0.6])
        tmin = r.randint(-8, 12) if m.month in (11, 12, 1, 2, 3) else r.randint(4, 17)
        rows.append(
            [
                ctx.date(day),
                f"{rr:.1f}",
                f"{tmin}",
                f"{tmin + r.randint(3, 13)}",
                r.choice(
                    ["", "", "Tau", "Nebel", "Gewitter", "Reif"]
                    if ctx.lang == "de"
                    else ["", "", "dew", "fog", "thunder", "frost"]
                    if ctx.lang == "en"
                    else ["", "", "rosée", "brouillard", "orage", "gelée"]
                    if ctx.lang == "fr"
                    else ["", "", "rugiada", "nebbia", "temporale", "brina"]
                ),
            ]
        )
    hdr = T(
        ["Datum", "RR mm", "Tmin", "Tmax", "Bemerkung"],
        ["Date", "RR mm", "Tn", "Tx", "Remarque"],
        ["Data", "Pioggia mm", "Tmin", "Tmax", "Note"],
        ["Date", "Precip", "Min", "Max", "Notes"],
    )
    tbl = table(ctx, hdr, rows)
    coord = ctx.person(age=(28, 64))
    cs = r.choice(["first", "fullnomi"])
    nb = ctx.person()
    msgs = [
        (
            chat_name(ctx, obs, cs),
            T(
                f"Hallo {ctx.P(coord, 'first')}, vom 14. bis 28. bin ich weg. Meine Nachbarin "
                f"{ctx.P(nb, 'fullnomi')} liest ab, Nummer {ctx.PH('mobile')}",
                f"Bonjour "
                f"{ctx.P(coord, 'first')}, je suis absent du 14 au 28. {ctx.P(nb, 'fullnomi')}, "
                f"mon voisin, fera les relevés : {ctx.PH('mobile')}",
                f"Ciao "
                f"{ctx.P(coord, 'first')}, dal 14 al 28 sono via. Legge il pluviometro "
                f"{ctx.P(nb, 'fullnomi')}, numero {ctx.PH('mobile')}",
                f"Hi "
                f"{ctx.P(coord, 'first')}, I'm away 14th–28th. My neighbour "
                f"{ctx.P(nb, 'fullnomi')} will read the gauge, number {ctx.PH('mobile')}",
            ),
        ),
        (
            chat_name(ctx, coord, cs),
            T(
                "Danke, trag ich ein. Bitte Schnee in cm extra notieren.",
                "Merci, je note. La neige en cm à part, svp.",
                "Grazie, lo segno. La neve in cm a parte.",
                "Thanks, noted. Please log snow depth separately.",
            ),
        ),
    ]
    ch = chat(ctx, msgs)
    title = T(
        f"{net}\nMonatsmeldung Station {wo_station(ctx)} – Beobachter: {ctx.P(obs, 'fullnomi')}",
        f"{net}\nRelevé mensuel station {wo_station(ctx)} – observateur : {ctx.P(obs, 'fullnomi')}",
        f"{net}\nRiepilogo mensile stazione {wo_station(ctx)} – osservatore: {ctx.P(obs, 'fullnomi')}",
        f"{net}\nMonthly return, station {wo_station(ctx)} – observer: {ctx.P(obs, 'fullnomi')}",
    )
    body = f"{title}\n\n{tbl}\n\n{ch}"
    return wrap(
        ctx,
        body,
        req(
            de=["Berechne die Monatssumme und die Mittelwerte."],
            fr=["Calcule le cumul et les moyennes."],
            it=["Calcola il totale mensile e le medie."],
            en=["Work out the monthly total and the means."],
        ),
    )


def wo_mail(ctx: Ctx) -> str:
    r = ctx.r
    net, dom = wo_net(ctx)
    T = ctx.t
    obs = ctx.person(age=(30, 85))
    coord = ctx.person(age=(28, 62))
    son = ctx.relative(obs, "child")
    cem = E("EMAIL", ctx.email(coord, "work", dom))
    dl = ctx.PH("land", area=ctx.town[2])
    sent = ctx.today - dt.timedelta(days=r.randint(3, 20))
    rem = "\n".join(
        [
            greet(ctx, obs),
            T(
                "uns fehlen noch die Meldungen der letzten zwei Monate. Ist alles in Ordnung mit der Station?",
                "il nous manque les relevés des deux derniers mois. Tout va bien avec la station ?",
                "ci mancano i dati degli ultimi due mesi. Va tutto bene con la stazione?",
                "we haven't received your returns for the last two months. Is everything all right with the station?",
            ),
            closing(ctx),
            signature(
                ctx,
                coord,
                T("Messnetzbetreuung", "Responsable réseau", "Coordinamento rete", "Network Coordinator"),
                net,
                dl,
                cem,
            ),
        ]
    )
    quoted = quote_block(ctx, rem, ctx.P(coord, "fullnomi"), cem, dtime(ctx, sent))
    oem = ctx.EM(obs)
    sa = ctx.addr(town=ctx.town, extra=1)
    rel = rel_word(ctx, "child", son)
    txt = T(
        f"{greet(ctx, coord)}\n\nich war im Krankenhaus. {'Meine' if son.f else 'Mein'} {rel} "
        f"{ctx.P(son, 'fullnomi')} hat zwar abgelesen, aber nichts eingeschickt. Die Werte trage ich nach. "
        f"Ab nächstem Jahr würde gern {ctx.P(son, 'first')} die Station übernehmen – {'sie' if son.f else 'er'} "
        f"wohnt in der Nähe ({ctx.A1(sa)}), {ctx.EM(son)}.\n\n{closing(ctx)}\n{ctx.P(obs, 'fullnomi')}\n"
        f"{dob_lab(ctx)}: {ctx.DOB(obs)}",
        f"{greet(ctx, coord)}\n\nj'étais à l'hôpital. {'Ma fille' if son.f else 'Mon fils'} {ctx.P(son, 'fullnomi')} "
        f"a fait les relevés mais ne les a pas envoyés. Je les saisis. L'an prochain, {ctx.P(son, 'first')} "
        f"aimerait reprendre la station – {'elle' if son.f else 'il'} habite tout près ({ctx.A1(sa)}), "
        f"{ctx.EM(son)}.\n\n{closing(ctx)}\n{ctx.P(obs, 'fullnomi')}\n{dob_lab(ctx)} : {ctx.DOB(obs)}",
        f"{greet(ctx, coord)}\n\nsono stato in ospedale. {'Mia figlia' if son.f else 'Mio figlio'} "
        f"{ctx.P(son, 'fullnomi')} ha letto i valori ma non li ha inviati. Li inserisco io. Dal prossimo anno "
        f"{ctx.P(son, 'first')} vorrebbe prendere in carico la stazione – abita vicino ({ctx.A1(sa)}), "
        f"{ctx.EM(son)}.\n\n{closing(ctx)}\n{ctx.P(obs, 'fullnomi')}\n{dob_lab(ctx)}: {ctx.DOB(obs)}",
        f"{greet(ctx, coord)}\n\nI've been in hospital. My {rel}, {ctx.P(son, 'fullnomi')}, kept reading the gauge "
        f"but didn't send anything in. I'll add the values now. From next year {ctx.P(son, 'first')} would like to "
        f"take over the station – {'she' if son.f else 'he'} lives nearby ({ctx.A1(sa)}), {ctx.EM(son)}.\n\n"
        f"{closing(ctx)}\n{ctx.P(obs, 'fullnomi')}\n{dob_lab(ctx)}: {ctx.DOB(obs)}",
    )
    if ctx.lang == "it" and obs.f:
        txt = txt.replace("sono stato in ospedale", "sono stata in ospedale")
    hdr = mail_header(
        ctx,
        addr_disp(ctx, obs, oem),
        cem,
        T("AW: fehlende Meldungen", "RE : relevés manquants", "R: dati mancanti", "RE: missing returns"),
    )
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Formuliere die Mail etwas freundlicher und kürzer."],
            fr=["Rends ce mail plus court et aimable."],
            it=["Rendi la mail più breve e gentile."],
            en=["Make this email shorter and friendlier."],
        ),
    )


def wo_upload(ctx: Ctx) -> str:
    r = ctx.r
    _net, _dom = wo_net(ctx)
    lines = []
    objs = []
    d = ctx.today - dt.timedelta(days=r.randint(1, 3))
    for _ in range(r.randint(3, 5)):
        p = ctx.person(age=(25, 84))
        o = {
            "station": wo_station(ctx),
            "observer": ctx.P(p, "fullnomi"),
            "email": ctx.EM(p),
            "obs_date": d.isoformat(),
            "precip_mm": round(r.choice([0, 0.2, 1.8, 6.4, 14.2]), 1),
            "snow_cm": r.choice([0, 0, 2, 11]) if d.month in (11, 12, 1, 2, 3) else 0,
            "firmware": f"v{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 30)}",
            "gateway": lan_ip(r),
            "upload_ip": E("IP", ctx.ip()),
        }
        objs.append(o)
    out = jsonl(objs, r) if r.random() < 0.5 else jdump(objs, r)
    tt = r.randint(6 * 60, 8 * 60)
    for o in objs[:2]:
        tt += r.randint(1, 30)
        lines.append(
            f"{d.isoformat()}T{tt // 60:02d}:{tt % 60:02d}:00Z INFO upload ok station="
            f"{o['station']} from={o['upload_ip']}"
        )
    note = ctx.t(
        "Upload-Log und Rohdaten von heute Morgen – warum fehlen zwei Stationen?",
        "Journal d'envoi et données brutes de ce matin – pourquoi manque-t-il deux stations ?",
        "Log di upload e dati grezzi di stamattina – perché mancano due stazioni?",
        "Upload log and raw data from this morning – why are two stations missing?",
    )
    return wrap(
        ctx,
        f"{note}\n\n{out}\n\n" + "\n".join(lines),
        req(
            de=["Erklär mir die Felder."],
            fr=["Explique-moi les champs."],
            it=["Spiegami i campi."],
            en=["Explain the fields to me."],
        ),
    )


# ====================================================================================================================
# 12. bodydonation - body donation to anatomy institutes
# ====================================================================================================================
def bd_inst(ctx: Ctx):
    tw = ctx.town[0]
    name = {
        "DE": f"Universitätsmedizin {tw} – Institut für Anatomie, Körperspende",
        "AT": f"Medizinische Universität – Zentrum für Anatomie ({tw}), Körperspendewesen",
        "CHde": "Universität – Anatomisches Institut, Körperspende",
        "CHfr": "Université – Unité d'anatomie, don du corps",
        "CHit": "Università – Istituto di anatomia (Ticino), donazione del corpo",
        "FR": f"Université – Centre de don des corps ({tw})",
        "IT": f"Università di {ctx.r.choice(['Padova', 'Bologna', 'Torino', 'Milano'])} – Centro donazione corpo",
        "GB": "Human Tissue Authority licensed medical school – Bequeathal Office",
        "US": "State Anatomical Board – Whole Body Donation Program",
    }[ctx.region]
    dom = {
        "DE": f"uni-{slug(tw)}.de",
        "AT": "meduni.ac.at",
        "CH": "anatomie-unispital.ch",
        "FR": "univ-dondecorps.fr",
        "IT": "unicentrodonazione.it",
        "GB": "medschool.ac.uk",
        "US": "anatomicalboard.org",
    }[ctx.cc]
    return name, dom


def bd_declaration(ctx: Ctx) -> str:
    r = ctx.r
    inst, _dom = bd_inst(ctx)
    T = ctx.t
    donor = ctx.person(age=(48, 92))
    a = ctx.addr(town=ctx.town if r.random() < 0.7 else None)
    rel = r.choice(["partner", "child"])
    kin = ctx.relative(donor, rel)
    ka = ctx.addr() if r.random() < 0.6 else None
    gp = ctx.person(age=(35, 68))
    ga = ctx.addr(town=ctx.town, extra=1)
    w1, w2 = ctx.person(age=(25, 85)), ctx.person(age=(25, 85))
    birth = (
        r.choice(TOWNS[ctx.region])[0]
        if r.random() < 0.8
        else r.choice(["Breslau", "Zagreb", "Oran", "Porto", "Trieste", "Cork"])
    )
    maiden = None
    if donor.f and r.random() < 0.5:
        maiden = r.choice(SOURCES.get(donor.src, SOURCES[REGION_SRC[ctx.loc]]).last)
    name = ctx.P(donor, r.choice(["fullnomi", "rev"]))
    if maiden:
        name += T(
            f", geb. {E('PERSON', maiden)}",
            f", née {E('PERSON', maiden)}",
            f", nata {E('PERSON', maiden)}",
            f", née {E('PERSON', maiden)}",
        )
    pairs = [
        (T("Name, Vorname", "Nom, prénom", "Cognome e nome", "Full name"), name),
        (dob_lab(ctx, donor), ctx.DOB(donor)),
        (T("Geburtsort", "Lieu de naissance", "Luogo di nascita", "Place of birth"), birth),
        (T("Anschrift", "Adresse", "Indirizzo", "Address"), ctx.A1(a)),
        (T("Telefon", "Téléphone", "Telefono", "Phone"), ctx.PH("land", area=ctx.town[2])),
        (
            T("Angehörige/r", "Personne à prévenir", "Familiare da avvisare", "Next of kin"),
            f"{ctx.P(kin, 'fullnomi')} ({rel_word(ctx, rel, kin)}), {ctx.PH('mobile')}"
            + (f", {ctx.A1(ka)}" if ka else ""),
        ),
        (
            T("Hausarzt/Hausärztin", "Médecin traitant", "Medico curante", "GP"),
            f"{ctx.title(gp, 'dr')} {ctx.P(gp, 'fullnomi')}, {ctx.A1(ga)}, {ctx.PH('land', area=ctx.town[2])}",
        ),
    ]
    if ctx.cc == "CH" and r.random() < 0.5:
        pairs.insert(2, (T("AHV-Nr.", "N° AVS", "N. AVS", ""), E("AHV", ctx.ahv())))
    if ctx.cc in ("DE", "AT") and r.random() < 0.6:
        pairs.append((T("Kostenbeitrag (Bestattung) per Lastschrift von IBAN", "", "", ""), ctx.IB()))
    form = kv(ctx, pairs)
    wit = T(
        f"Zeugen: {ctx.P(w1, 'fullnomi')}, {ctx.P(w2, 'fullnomi')}",
        f"Témoins : {ctx.P(w1, 'fullnomi')}, {ctx.P(w2, 'fullnomi')}",
        f"Testimoni: {ctx.P(w1, 'fullnomi')}, {ctx.P(w2, 'fullnomi')}",
        f"Witnessed by: {ctx.P(w1, 'fullnomi')} and {ctx.P(w2, 'fullnomi')}",
    )
    head = T(
        f"{inst}\nERKLÄRUNG ZUR KÖRPERSPENDE (VERMÄCHTNIS)",
        f"{inst}\nDÉCLARATION DE DON DE CORPS",
        f"{inst}\nATTO DI DISPOSIZIONE DEL PROPRIO CORPO POST MORTEM",
        f"{inst}\nBODY DONATION CONSENT FORM" if ctx.cc == "GB" else f"{inst}\nANATOMICAL GIFT – DONOR REGISTRATION",
    )
    decl = T(
        "Ich verfüge, dass mein Körper nach meinem Tod dem Institut für Lehre und Forschung übergeben wird.",
        "Je fais don de mon corps à la science, à des fins d'enseignement et de recherche.",
        "Dispongo che il mio corpo sia destinato dopo la morte a fini di studio, formazione e ricerca.",
        "I wish my body to be used after my death for anatomical examination, education and research.",
    )
    body = (
        f"{head}\n\n{decl}\n\n{form}\n\n{wit}\n{T('Ort, Datum:', 'Lieu, date :', 'Luogo, data:', 'Date:')} "
        f"{ctx.town[0] + ', ' if ctx.lang != 'en' else ''}{ctx.date(ctx.today)}"
    )
    if r.random() < 0.2:
        body = ocr(body, r)
    return wrap(
        ctx,
        body,
        req(
            de=["Erkläre mir in einfachen Worten, was ich hier unterschreibe."],
            fr=["Explique-moi simplement ce que je signe."],
            it=["Spiegami con parole semplici cosa sto firmando."],
            en=["Explain in plain words what I'm signing here."],
        ),
    )


def bd_register(ctx: Ctx) -> str:
    r = ctx.r
    inst, _dom = bd_inst(ctx)
    T = ctx.t
    rows = []
    donors = []
    shape = ctx.dob_shape
    for _ in range(r.randint(5, 7)):
        p = ctx.person(age=(50, 94))
        donors.append(p)
        reg = ctx.today - dt.timedelta(days=r.randint(30, 4000))
        rows.append(
            [
                f"{r.randint(1000, 9999)}/{reg.year % 100:02d}",
                ctx.P(p, "rev"),
                ctx.DOB(p, shape),
                ctx.date(reg),
                ctx.PH("mobile"),
            ]
        )
    hdr = T(
        ["Spender-Nr.", "Name", "Geb.", "registriert", "Angehörige Tel."],
        ["N° donneur", "Nom", "Né(e) le", "Inscrit le", "Tél. proche"],
        ["N. donatore", "Nome", "Nato/a il", "Registrato il", "Tel. familiare"],
        ["Donor no.", "Name", "DOB", "Registered", "Next of kin tel."],
    )
    tbl = table(ctx, hdr, rows)
    st = [ctx.person(age=(25, 62)) for _ in range(2)]
    cs = r.choice(["first", "fullnomi"])
    d0 = donors[0]
    fh_a = ctx.addr(town=ctx.town, extra=1)
    msgs = [
        (
            chat_name(ctx, st[0], cs),
            T(
                f"Das Bestattungsinstitut hat angerufen: {ctx.TP(d0)} ist heute Nacht "
                f"verstorben. Überführung morgen ab {ctx.AS(fh_a)}.",
                f"Les pompes funèbres ont appelé : {ctx.TP(d0)} est décédé{'e' if d0.f else ''} "
                f"cette nuit. Transfert demain depuis {ctx.AS(fh_a)}.",
                f"Ha chiamato l'agenzia funebre: {ctx.P(d0, 'fullnomi')} è mort"
                f"{'a' if d0.f else 'o'} stanotte. Trasferimento domani da {ctx.AS(fh_a)}.",
                f"The funeral director rang: {ctx.TP(d0)} died overnight. Transfer tomorrow from {ctx.AS(fh_a)}.",
            ),
        ),
        (
            chat_name(ctx, st[1], cs),
            T(
                "Angehörige informiert? Die Nummer in der Liste ist alt.",
                "La famille est prévenue ? Le numéro de la liste est ancien.",
                "La famiglia è stata avvisata? Il numero in elenco è vecchio.",
                "Family informed? The number on the list is out of date.",
            ),
        ),
        (
            chat_name(ctx, st[0], cs),
            T(
                f"Ja, die Tochter, {ctx.P(ctx.relative(d0, 'child', 'f'), 'fullnomi')}, neue Nummer {ctx.PH('mobile')}",
                f"Oui, sa fille, "
                f"{ctx.P(ctx.relative(d0, 'child', 'f'), 'fullnomi')}, nouveau numéro "
                f"{ctx.PH('mobile')}",
                f"Sì, la figlia, {ctx.P(ctx.relative(d0, 'child', 'f'), 'fullnomi')}, nuovo numero {ctx.PH('mobile')}",
                f"Yes, the daughter, "
                f"{ctx.P(ctx.relative(d0, 'child', 'f'), 'fullnomi')}, new number "
                f"{ctx.PH('mobile')}",
            ),
        ),
    ]
    ch = chat(ctx, msgs)
    rt_it = "Registro donatori (estratto)"
    body = (
        f"{inst}\n{T('Spenderregister (Auszug)', 'Registre des donneurs (extrait)', rt_it, 'Donor register (extract)')}"
        f"\n\n{tbl}\n\n{ch}"
    )
    return wrap(
        ctx,
        body,
        req(
            de=["Welche Einträge müssen aktualisiert werden?"],
            fr=["Quelles lignes faut-il mettre à jour ?"],
            it=["Quali righe vanno aggiornate?"],
            en=["Which entries need updating?"],
        ),
    )


def bd_familymail(ctx: Ctx) -> str:
    r = ctx.r
    inst, dom = bd_inst(ctx)
    T = ctx.t
    dec = ctx.person(age=(62, 96))
    child = ctx.relative(dec, "child")
    sib = ctx.relative(child, "sibling")
    staff = ctx.person(age=(28, 62))
    sem = E("EMAIL", ctx.email(staff, "work", dom))
    died = ctx.today - dt.timedelta(days=r.randint(2, 8))
    fh = r.choice(
        T(
            ["Bestattungen Lindner", "Pietät Am Hain", "Bestattungshaus Sonnenweg"],
            ["Pompes funèbres du Lac", "PF Générales", "Pompes funèbres Saint-Roch"],
            ["Onoranze funebri San Giuseppe", "Agenzia funebre La Pace", "Onoranze Santa Rita"],
            ["Hartley & Sons Funeral Directors", "Co-op Funeralcare", "Greenlawn Funeral Home"],
        )
    )
    fa = ctx.addr(town=ctx.town, extra=1)
    sent = ctx.today - dt.timedelta(days=r.randint(0, 1))
    q = "\n".join(
        [
            greet(ctx, child),
            T(
                f"unser herzliches Beileid. Wir bestätigen die Übernahme von {ctx.P(dec, 'fullnomi')}, geb. "
                f"{ctx.DOB(dec)}, verstorben am {ctx.date(died)}. Die Überführung erfolgt durch {fh} ({ctx.A1(fa)}).",
                f"toutes nos condoléances. Nous confirmons la prise en charge de {ctx.P(dec, 'fullnomi')}, "
                f"né{'e' if dec.f else ''} le {ctx.DOB(dec)}, décédé{'e' if dec.f else ''} le {ctx.date(died)}. Le "
                f"transfert est assuré par {fh} ({ctx.A1(fa)}).",
                f"le nostre sentite condoglianze. Confermiamo la presa in carico di {ctx.P(dec, 'fullnomi')}, "
                f"nat{'a' if dec.f else 'o'} il {ctx.DOB(dec)}, decedut{'a' if dec.f else 'o'} il {ctx.date(died)}. Il "
                f"trasferimento è affidato a {fh} ({ctx.A1(fa)}).",
                f"please accept our sincere condolences. We confirm that we have accepted the donation of "
                f"{ctx.P(dec, 'fullnomi')}, born {ctx.DOB(dec)}, who died on {ctx.date(died)}. {fh} ({ctx.A1(fa)}) "
                "will "
                "handle the transfer.",
            ),
            closing(ctx),
            signature(
                ctx,
                staff,
                T("Körperspendewesen", "Don du corps", "Ufficio donazioni", "Bequeathal Secretary"),
                inst,
                ctx.PH("land", area=ctx.town[2]),
                sem,
            ),
        ]
    )
    quoted = quote_block(ctx, q, ctx.P(staff, "fullnomi"), sem, dtime(ctx, sent))
    cem = ctx.EM(child)
    txt = T(
        f"{greet(ctx, staff)}\n\nvielen Dank. {'Meine Mutter' if dec.f else 'Mein Vater'} hat sich eine Gedenkfeier "
        f"gewünscht – nehmen wir daran teil? Bitte schicken Sie die Einladung auch an "
        f"{'meine Schwester' if sib.f else 'meinen Bruder'} "
        f"{ctx.P(sib, 'fullnomi')}, {ctx.EM(sib)}.\nMeine Anschrift: {ctx.A1(ctx.addr())}\n\n{closing(ctx)}\n"
        f"{ctx.P(child, 'fullnomi')}",
        f"{greet(ctx, staff)}\n\nmerci. {'Ma mère' if dec.f else 'Mon père'} souhaitait une cérémonie du souvenir : "
        f"pouvons-nous y assister ? Merci d'envoyer l'invitation aussi à {'ma sœur' if sib.f else 'mon frère'} "
        f"{ctx.P(sib, 'fullnomi')}, {ctx.EM(sib)}.\nMon adresse : {ctx.A1(ctx.addr())}\n\n{closing(ctx)}\n"
        f"{ctx.P(child, 'fullnomi')}",
        f"{greet(ctx, staff)}\n\ngrazie. {'Mia madre' if dec.f else 'Mio padre'} desiderava una cerimonia di "
        f"commemorazione: possiamo partecipare? Mandate l'invito anche a {'mia sorella' if sib.f else 'mio fratello'} "
        f"{ctx.P(sib, 'fullnomi')}, {ctx.EM(sib)}.\nIl mio indirizzo: {ctx.A1(ctx.addr())}\n\n{closing(ctx)}\n"
        f"{ctx.P(child, 'fullnomi')}",
        f"{greet(ctx, staff)}\n\nthank you. {'Mum' if dec.f else 'Dad'} wanted a memorial service – will the family "
        f"be able to attend? Please also send the invitation to my {'sister' if sib.f else 'brother'}, "
        f"{ctx.P(sib, 'fullnomi')}, {ctx.EM(sib)}.\nMy address: {ctx.A1(ctx.addr())}\n\n{closing(ctx)}\n"
        f"{ctx.P(child, 'fullnomi')}",
    )
    hdr = mail_header(
        ctx,
        addr_disp(ctx, child, cem),
        sem,
        T("AW: Körperspende ", "RE : don du corps – ", "R: donazione – ", "RE: donation – ") + ctx.P(dec, "fullnomi"),
    )
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Hilf mir, die Antwort würdevoll zu formulieren."],
            fr=["Aide-moi à formuler une réponse digne."],
            it=["Aiutami a formulare una risposta dignitosa."],
            en=["Help me word this reply with dignity."],
        ),
    )


def bd_enquiries(ctx: Ctx) -> str:
    r = ctx.r
    _inst, _dom = bd_inst(ctx)
    objs = []
    shape = r.choice(["iso", ctx.dob_shape])
    for _ in range(r.randint(3, 5)):
        p = ctx.person(age=(45, 92))
        a = ctx.addr()
        objs.append(
            {
                "enquiry": f"E{r.randint(10000, 99999)}",
                "name": ctx.P(p, "fullnomi"),
                "dob": ctx.DOB(p, shape),
                "street": ctx.AS(a),
                "postcode_town": ctx.AT_(a),
                "phone": ctx.PH("land" if r.random() < 0.5 else "mobile", area=a["area"]),
                "email": ctx.EM(p) if r.random() < 0.8 else None,
                "wants_pack_by_post": r.choice([True, False]),
                "ip": E("IP", ctx.ip()),
            }
        )
    out = yaml({"enquiries": objs}) if r.random() < 0.4 else jdump(objs, r)
    note = ctx.t(
        "Kontaktformular-Anfragen zur Körperspende (Export):",
        "Demandes d'information reçues via le formulaire (export) :",
        "Richieste arrivate dal modulo web (export):",
        "Web enquiries about body donation (export):",
    )
    return wrap(
        ctx,
        f"{note}\n\n{out}",
        req(
            de=["Wer will Unterlagen per Post? Erstelle Adressetiketten."],
            fr=["Qui veut le dossier par courrier ? Fais des étiquettes."],
            it=["Chi vuole il materiale per posta? Prepara le etichette."],
            en=["Who wants the pack by post? Make address labels."],
        ),
    )


# ====================================================================================================================
# 13. sublet - subletting consent requests, property managers' lists and sublet agreements
# ====================================================================================================================
def sl_manager(ctx: Ctx):
    r = ctx.r
    sn = r.choice(SOURCES[REGION_SRC[ctx.loc]].last)
    name = r.choice(
        {
            "de": [f"{sn} Immobilienverwaltung GmbH", "Hausverwaltung Stadtmitte", f"Verwaltung {sn} & Partner"]
            if ctx.cc != "CH"
            else [f"{sn} Immobilien AG", "Liegenschaftsverwaltung Seefeld AG"],
            "fr": [f"Régie {sn} SA", "Agence immobilière du Centre", f"Cabinet {sn} Gestion"],
            "it": [f"Amministrazione condominiale {sn}", "Immobiliare Centro s.r.l.", f"Studio {sn} amministrazioni"],
            "en": [f"{sn} Lettings Ltd", "City Centre Property Management", f"{sn} & Co Estate Agents"]
            if ctx.cc == "GB"
            else [f"{sn} Property Management LLC", "Parkview Apartments Leasing Office"],
        }[ctx.lang]
    )
    return name, domain_of(
        ctx,
        slug(name.split()[0]) + "-" + ctx.t("verwaltung", "regie", "immobiliare", "lettings"),
        {"GB": "co.uk", "US": "com"}.get(ctx.cc),
    )


def sl_request(ctx: Ctx) -> str:
    r = ctx.r
    mgr, _dom = sl_manager(ctx)
    T = ctx.t
    ten = ctx.person(age=(20, 60))
    sub = ctx.person(age=(19, 45))
    flat = ctx.addr(town=ctx.town, extra=0)
    ma = ctx.addr(town=ctx.town, extra=1)
    cur = ctx.addr(town=ctx.pick_town())
    cur_s = co(ctx, ctx.person(), cur) if r.random() < 0.3 else ctx.A1(cur)
    start = ctx.today + dt.timedelta(days=r.randint(20, 60))
    end = start + dt.timedelta(days=r.choice([120, 180, 300, 364]))
    rent = r.choice([420, 560, 690, 780, 950])
    sn = ctx.P(sub, "fullnomi")
    job = r.choice(
        T(
            [
                "Studentin" if sub.f else "Student",
                "Pflegefachfrau" if sub.f else "Pflegefachmann",
                "Doktorandin" if sub.f else "Doktorand",
            ],
            [
                "étudiante" if sub.f else "étudiant",
                "infirmière" if sub.f else "infirmier",
                "doctorante" if sub.f else "doctorant",
            ],
            [
                "studentessa" if sub.f else "studente",
                "infermiera" if sub.f else "infermiere",
                "dottoranda" if sub.f else "dottorando",
            ],
            ["student", "nurse", "PhD researcher"],
        )
    )

    def skv(a: str, b: str, c: str, d: str, e: str) -> str:
        return kv(ctx, [(a, sn), (b, ctx.DOB(sub)), (c, job), (d, cur_s), (e, ctx.PH("mobile"))])

    txt = T(
        f"{ctx.P(ten, 'fullnomi')}\n{ctx.A2(flat)}\n{ctx.PH('mobile')} · {ctx.EM(ten)}\n\n{mgr}\n{ctx.A2(ma)}\n\n"
        f"{ctx.town[0]}, {ctx.date(ctx.today)}\n\nAntrag auf Erlaubnis zur Untervermietung\n\n{greet(ctx)}\n\n"
        f"wegen eines Auslandssemesters möchte ich meine Wohnung vom {ctx.date(start)} bis {ctx.date(end)} "
        f"untervermieten, und zwar "
        f"an:\n\n{skv('Name', 'Geburtsdatum', 'Beruf', 'Derzeitige Anschrift', 'Telefon')}"
        f"\n\nDie Untermiete beträgt {ctx.money(rent)} monatlich. Ich bitte um Ihre Zustimmung.\n\n"
        f"{closing(ctx)}\n{ctx.P(ten, 'fullnomi')}",
        f"{ctx.P(ten, 'fullnomi')}\n{ctx.A2(flat)}\n{ctx.PH('mobile')} · {ctx.EM(ten)}\n\n{mgr}\n{ctx.A2(ma)}\n\n"
        f"{ctx.town[0]}, le {ctx.date(ctx.today)}\n\nObjet : demande d'autorisation de sous-location\n\n"
        f"{greet(ctx)}\n\nen raison d'un semestre à l'étranger, je souhaite sous-louer mon logement du "
        f"{ctx.date(start)} au {ctx.date(end)} à "
        f":\n\n{skv('Nom', 'Date de naissance', 'Profession', 'Adresse actuelle', 'Téléphone')}"
        f"\n\nLe loyer demandé est de {ctx.money(rent)} par mois. Je vous remercie de votre accord.\n\n"
        f"{closing(ctx)}\n{ctx.P(ten, 'fullnomi')}",
        f"{ctx.P(ten, 'fullnomi')}\n{ctx.A2(flat)}\n{ctx.PH('mobile')} · {ctx.EM(ten)}\n\nSpett.le {mgr}\n"
        f"{ctx.A2(ma)}\n\n{ctx.town[0]}, {ctx.date(ctx.today)}\n\nOggetto: richiesta di autorizzazione alla "
        f"sublocazione\n\n{greet(ctx)}\n\nper un semestre all'estero vorrei sublocare l'appartamento dal "
        f"{ctx.date(start)} al {ctx.date(end)} "
        f"a:\n\n{skv('Nome', 'Data di nascita', 'Professione', 'Indirizzo attuale', 'Telefono')}"
        f"\n\nIl canone sarà di {ctx.money(rent)} al mese. Chiedo il Vostro consenso.\n\n{closing(ctx)}\n"
        f"{ctx.P(ten, 'fullnomi')}",
        f"{ctx.P(ten, 'fullnomi')}\n{ctx.A2(flat)}\n{ctx.PH('mobile')} · {ctx.EM(ten)}\n\n{mgr}\n{ctx.A2(ma)}\n\n"
        f"{ctx.date(ctx.today)}\n\nRequest for consent to sublet\n\n{greet(ctx)}\n\nas I will be working abroad, "
        f"I would like to sublet my flat from {ctx.date(start)} to {ctx.date(end)} to:\n\n"
        f"{skv('Name', 'Date of birth', 'Occupation', 'Current address', 'Phone')}"
        f"\n\nThe rent would be {ctx.money(rent)} per month. I would be grateful for your written consent.\n\n"
        f"{closing(ctx)}\n{ctx.P(ten, 'fullnomi')}",
    )
    if ctx.cc == "US":
        txt = txt.replace("my flat", "my apartment")
    return wrap(
        ctx,
        txt,
        req(
            de=["Klingt das überzeugend? Muss ich noch etwas ergänzen?"],
            fr=["C'est convaincant ? Faut-il ajouter quelque chose ?"],
            it=["È convincente? Devo aggiungere qualcosa?"],
            en=["Does this sound convincing? Anything I should add?"],
        ),
    )


def sl_list(ctx: Ctx) -> str:
    r = ctx.r
    mgr, _dom = sl_manager(ctx)
    T = ctx.t
    rows = []
    people = []
    for _ in range(r.randint(5, 6)):
        t = ctx.person(age=(21, 65))
        s = ctx.person(age=(19, 45))
        people.append((t, s))
        a = ctx.addr(town=ctx.town, extra=0)
        rows.append(
            [
                ctx.AS(a),
                ctx.P(t, "rev"),
                ctx.P(s, "rev"),
                ctx.DOB(s),
                r.choice(
                    T(
                        ["offen", "genehmigt", "abgelehnt", "Unterlagen fehlen"],
                        ["en attente", "accordé", "refusé", "pièces manquantes"],
                        ["in attesa", "autorizzata", "respinta", "documenti mancanti"],
                        ["pending", "approved", "refused", "docs missing"],
                    )
                ),
            ]
        )
    hdr = T(
        ["Objekt", "Mieter/in", "Untermieter/in", "Geb.", "Status"],
        ["Logement", "Locataire", "Sous-locataire", "Né(e) le", "État"],
        ["Immobile", "Conduttore", "Subconduttore", "Nato/a il", "Stato"],
        ["Unit", "Tenant", "Subtenant", "DOB", "Status"],
    )
    tbl = table(ctx, hdr, rows)
    st = [ctx.person(age=(24, 60)) for _ in range(2)]
    cs = r.choice(["first", "fullnomi", "firstL"])
    t0, s0 = people[0]
    msgs = [
        (
            chat_name(ctx, st[0], cs),
            T(
                f"{ctx.TP(t0)} drängelt wegen der Untermiete. Schufa von {ctx.P(s0, 'fullnomi')} ist da.",
                f"{ctx.TP(t0)} relance pour la sous-location. Le dossier de {ctx.P(s0, 'fullnomi')} est complet.",
                f"{ctx.P(t0, 'fullnomi')} sollecita per la sublocazione. I documenti di "
                f"{ctx.P(s0, 'fullnomi')} sono arrivati.",
                f"{ctx.TP(t0)} is chasing the sublet. {ctx.P(s0, 'fullnomi')}'s references are in.",
            ),
        ),
        (
            chat_name(ctx, st[1], cs),
            T(
                f"Dann genehmigen. Ich ruf {ctx.P(t0, 'first') if r.random() < 0.3 else ctx.TP(t0, 'dat')} an: "
                f"{ctx.PH('mobile')}",
                f"On accorde. J'appelle au {ctx.PH('mobile')}.",
                f"Autorizziamo. Chiamo io al {ctx.PH('mobile')}.",
                f"Approve it then. I'll call on {ctx.PH('mobile')}.",
            ),
        ),
    ]
    ch = chat(ctx, msgs)
    if ctx.cc != "DE":
        ch = ch.replace("Schufa von", T("Bonitätsauskunft von", "", "", ""))
    body = (
        f"{mgr} – "
        f"{T('Untervermietungsanfragen', 'demandes de sous-location', 'richieste di sublocazione', 'sublet requests')}"
        f"\n\n{tbl}\n\n{ch}"
    )
    return wrap(
        ctx,
        body,
        req(
            de=["Fasse den Stand pro Objekt zusammen."],
            fr=["Résume l'état par logement."],
            it=["Riassumi lo stato per immobile."],
            en=["Summarise the status per unit."],
        ),
    )


def sl_mail(ctx: Ctx) -> str:
    r = ctx.r
    mgr, dom = sl_manager(ctx)
    T = ctx.t
    ten = ctx.person(age=(22, 60))
    sub = ctx.person(age=(19, 45))
    agent = ctx.person(age=(25, 62))
    aem = E("EMAIL", ctx.email(agent, "work", dom))
    dl = ctx.PH("land", area=ctx.town[2])
    sent = ctx.today - dt.timedelta(days=r.randint(2, 10))
    reply = "\n".join(
        [
            greet(ctx, ten),
            T(
                "grundsätzlich stimmen wir zu. Bitte nennen Sie uns Namen, Geburtsdatum und bisherige Anschrift der "
                "Untermieterin bzw. des Untermieters sowie die Dauer.",
                "nous sommes d'accord sur le principe. Merci de "
                "nous communiquer nom, date de naissance, adresse actuelle du sous-locataire et durée.",
                "in linea di principio siamo d'accordo. Ci comunichi nome, data di nascita, indirizzo attuale del "
                "subconduttore e durata.",
                "in principle we agree. Please send us the subtenant's name, date of birth, "
                "current address and the intended period.",
            ),
            closing(ctx),
            signature(ctx, agent, T("Mietverwaltung", "Gérance", "Amministrazione", "Lettings"), mgr, dl, aem),
        ]
    )
    quoted = quote_block(ctx, reply, ctx.P(agent, "fullnomi"), aem, dtime(ctx, sent))
    tem = ctx.EM(ten)
    cur = ctx.addr(town=ctx.pick_town())
    ib = ctx.IB() if ctx.cc != "US" else None
    txt = T(
        f"{greet(ctx, agent)}\n\nvielen Dank! {'Die Untermieterin' if sub.f else 'Der Untermieter'}: "
        f"{ctx.P(sub, 'fullnomi')}, geb. {ctx.DOB(sub)}, derzeit {ctx.A1(cur)}, Tel. {ctx.PH('mobile')}. Dauer: "
        f"sechs Monate. Die Miete überweise ich weiterhin selbst; {ctx.P(sub, 'first')} zahlt an mich auf {ib}.\n\n"
        f"{closing(ctx)}\n{ctx.P(ten, 'fullnomi')}",
        f"{greet(ctx, agent)}\n\nmerci ! Sous-locataire : {ctx.P(sub, 'fullnomi')}, né{'e' if sub.f else ''} le "
        f"{ctx.DOB(sub)}, actuellement {ctx.A1(cur)}, tél. {ctx.PH('mobile')}. Durée : six mois. Je continue à "
        f"payer le loyer ; {ctx.P(sub, 'first')} me verse sa part sur {ib}.\n\n{closing(ctx)}\n"
        f"{ctx.P(ten, 'fullnomi')}",
        f"{greet(ctx, agent)}\n\ngrazie! Subconduttore: {ctx.P(sub, 'fullnomi')}, nat{'a' if sub.f else 'o'} il "
        f"{ctx.DOB(sub)}, attualmente in {ctx.A1(cur)}, tel. {ctx.PH('mobile')}. Durata: sei mesi. Il canone lo "
        f"pago sempre io; {ctx.P(sub, 'first')} mi versa la sua quota su {ib}.\n\n{closing(ctx)}\n"
        f"{ctx.P(ten, 'fullnomi')}",
        f"{greet(ctx, agent)}\n\nthank you! Subtenant: {ctx.P(sub, 'fullnomi')}, born {ctx.DOB(sub)}, currently at "
        f"{ctx.A1(cur)}, {ctx.PH('mobile')}. Period: six months. I'll keep paying the rent myself; "
        f"{ctx.P(sub, 'first')} pays me "
        + (f"to {ib}." if ib else "by Zelle.")
        + f"\n\n{closing(ctx)}\n{ctx.P(ten, 'fullnomi')}",
    )
    hdr = mail_header(
        ctx,
        addr_disp(ctx, ten, tem),
        aem,
        T("AW: Untervermietung", "RE : sous-location", "R: sublocazione", "RE: sublet"),
    )
    body = f"{hdr}\n\n{txt}\n\n{quoted}"
    return wrap(
        ctx,
        body,
        req(
            de=["Ist das ausreichend für die Verwaltung?"],
            fr=["Est-ce suffisant pour la régie ?"],
            it=["Basta per l'amministrazione?"],
            en=["Is that enough for the letting agent?"],
        ),
    )


def sl_contract(ctx: Ctx) -> str:
    r = ctx.r
    T = ctx.t
    ten = ctx.person(age=(22, 60))
    sub = ctx.person(age=(19, 45))
    flat = ctx.addr(town=ctx.town, extra=0)
    start = ctx.today + dt.timedelta(days=r.randint(10, 40))
    end = start + dt.timedelta(days=r.choice([90, 180, 270]))
    rent, dep = r.choice([450, 520, 640, 800]), r.choice([500, 900, 1200])
    ib = ctx.IB() if ctx.cc != "US" else None
    txt = T(
        f"UNTERMIETVERTRAG\n\nzwischen {ctx.P(ten, 'fullnomi')}, {ctx.A1(flat)} (Hauptmieter/in)\nund "
        f"{ctx.P(sub, 'fullnomi')}, geb. {ctx.DOB(sub)}, bisher wohnhaft {ctx.A1(ctx.addr())} (Untermieter/in)\n\n"
        f"§ 1 Vermietet wird ein möbliertes Zimmer in der Wohnung {ctx.AS(flat)}, 2. OG links.\n"
        f"§ 2 Mietzeit: {ctx.date(start)} bis {ctx.date(end)}.\n§ 3 Miete: {ctx.money(rent)} monatlich inkl. "
        f"Nebenkosten, zahlbar bis zum 3. auf das Konto {ib}.\n§ 4 Kaution: {ctx.money(dep)}.\n"
        f"§ 5 Die Zustimmung der Vermieterin liegt vor.\n\nKontakt Untermieter/in: {ctx.PH('mobile')}, "
        f"{ctx.EM(sub)}",
        f"CONTRAT DE SOUS-LOCATION\n\nEntre {ctx.P(ten, 'fullnomi')}, {ctx.A1(flat)} (locataire principal)\net "
        f"{ctx.P(sub, 'fullnomi')}, né{'e' if sub.f else ''} le {ctx.DOB(sub)}, domicilié{'e' if sub.f else ''} "
        f"{ctx.A1(ctx.addr())} (sous-locataire)\n\nArt. 1 Objet : une chambre meublée.\nArt. 2 Durée : du "
        f"{ctx.date(start)} au {ctx.date(end)}.\nArt. 3 Loyer : {ctx.money(rent)} charges comprises, payable avant "
        f"le 5 sur le compte {ib}.\nArt. 4 Dépôt de garantie : {ctx.money(dep)}.\nArt. 5 L'accord écrit du "
        f"bailleur est joint.\n\nContact sous-locataire : {ctx.PH('mobile')}, {ctx.EM(sub)}",
        f"CONTRATTO DI SUBLOCAZIONE\n\ntra {ctx.P(ten, 'fullnomi')}, {ctx.A1(flat)} (conduttore)\ne "
        f"{ctx.P(sub, 'fullnomi')}, nat{'a' if sub.f else 'o'} il {ctx.DOB(sub)}, residente in "
        f"{ctx.A1(ctx.addr())} (subconduttore)\n\nArt. 1 Oggetto: una camera ammobiliata.\nArt. 2 Durata: dal "
        f"{ctx.date(start)} al {ctx.date(end)}.\nArt. 3 Canone: {ctx.money(rent)} mensili, spese incluse, da "
        f"versare entro il giorno 5 sul conto {ib}.\nArt. 4 Deposito cauzionale: {ctx.money(dep)}.\nArt. 5 Il "
        f"locatore ha dato il consenso scritto.\n\nContatti subconduttore: {ctx.PH('mobile')}, {ctx.EM(sub)}",
        f"SUBLET AGREEMENT\n\nBetween {ctx.P(ten, 'fullnomi')} of {ctx.A1(flat)} (tenant)\nand "
        f"{ctx.P(sub, 'fullnomi')}, born {ctx.DOB(sub)}, currently of {ctx.A1(ctx.addr())} (subtenant)\n\n"
        f"1. Premises: one furnished bedroom.\n2. Term: {ctx.date(start)} to {ctx.date(end)}.\n3. Rent: "
        f"{ctx.money(rent)} per month including bills, paid by the 3rd "
        + (f"to {ib}" if ib else "by check or Zelle")
        + f".\n4. Deposit: {ctx.money(dep)}.\n5. The landlord's written consent is attached.\n\n"
        f"Subtenant contact: {ctx.PH('mobile')}, {ctx.EM(sub)}",
    )
    if ctx.cc == "CH":
        txt = txt.replace("Kaution", "Mietzinsdepot")
    return wrap(
        ctx,
        txt,
        req(
            de=["Prüfe den Vertrag: fehlt etwas Wichtiges?"],
            fr=["Relis le contrat : manque-t-il quelque chose ?"],
            it=["Controlla il contratto: manca qualcosa?"],
            en=["Review this agreement – is anything important missing?"],
        ),
    )


GENRES = {
    "mountainrescue": [mountain_report, mountain_callout, mountain_invoice_mail, mountain_export],
}
GENRES["impound"] = [imp_release, imp_lotlist, imp_complaint, imp_export]
GENRES["metaldetect"] = [md_report, md_clublog, md_mail, md_export]
GENRES["busking"] = [bus_application, bus_rota, bus_reply, bus_export]
GENRES["schoolbus"] = [sb_application, sb_route, sb_parentmail, sb_export]
GENRES["namechange"] = [nc_application, nc_caselist, nc_mail, nc_notice]
GENRES["examaccess"] = [ex_application, ex_roomlist, ex_parentmail, ex_export]
GENRES["petcremation"] = [pc_order, pc_round, pc_mail, pc_export]
GENRES["opengarden"] = [og_registration, og_programme, og_mail, og_bookings]
GENRES["writingprize"] = [wp_entry, wp_jury, wp_shortlist_mail, wp_export]
GENRES["weatherobs"] = [wo_registration, wo_sheet, wo_mail, wo_upload]
GENRES["bodydonation"] = [bd_declaration, bd_register, bd_familymail, bd_enquiries]
GENRES["sublet"] = [sl_request, sl_list, sl_mail, sl_contract]


GENRES = {
    "mountainrescue": [mountain_report, mountain_callout, mountain_invoice_mail, mountain_export],
}
GENRES["impound"] = [imp_release, imp_lotlist, imp_complaint, imp_export]
GENRES["metaldetect"] = [md_report, md_clublog, md_mail, md_export]
GENRES["busking"] = [bus_application, bus_rota, bus_reply, bus_export]
GENRES["schoolbus"] = [sb_application, sb_route, sb_parentmail, sb_export]
GENRES["namechange"] = [nc_application, nc_caselist, nc_mail, nc_notice]
GENRES["examaccess"] = [ex_application, ex_roomlist, ex_parentmail, ex_export]
GENRES["petcremation"] = [pc_order, pc_round, pc_mail, pc_export]
GENRES["opengarden"] = [og_registration, og_programme, og_mail, og_bookings]
GENRES["writingprize"] = [wp_entry, wp_jury, wp_shortlist_mail, wp_export]
GENRES["weatherobs"] = [wo_registration, wo_sheet, wo_mail, wo_upload]
GENRES["bodydonation"] = [bd_declaration, bd_register, bd_familymail, bd_enquiries]
GENRES["sublet"] = [sl_request, sl_list, sl_mail, sl_contract]


# --------------------------------------------------------------------------------------------------------------------
# checks and main
# --------------------------------------------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"^[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", re.IGNORECASE)


def check(rec: dict) -> list[str]:
    text, ents = rec["text"], rec["entities"]
    errs = []
    prev_end = -1
    for e in ents:
        s = text[e["start"] : e["end"]]
        if s != e["text"]:
            errs.append("offset")
        if s != s.strip() or not s:
            errs.append("white space")
        if e["start"] < prev_end:
            errs.append("overlap")
        prev_end = e["end"]
        if e["type"] not in TYPES:
            errs.append("type")
        if e["type"] == "PERSON" and re.search(r"\d", s):
            errs.append("digit in PERSON " + s)
        if e["type"] == "IBAN" and not iban_ok(s):
            errs.append("IBAN " + s)
        if e["type"] == "CARD" and not (luhn_ok(s.replace(" ", "")) and len(s.replace(" ", "")) in (15, 16)):
            errs.append("CARD " + s)
        if e["type"] == "AHV":
            d = s.replace(".", "")
            if not (d.startswith("756") and len(d) == 13 and ean13_ok(d)):
                errs.append("AHV " + s)
        if e["type"] == "EMAIL" and not EMAIL_RE.match(s):
            errs.append("EMAIL " + s)
        if e["type"] == "IP" and not ipaddress.ip_address(s).is_global:
            errs.append("IP " + s)
        if e["type"] == "PHONE" and len(re.sub(r"\D", "", s)) < 6:
            errs.append("PHONE " + s)
    if set(text) & MARKS:
        errs.append("marker left")
    pers = [e for e in ents if e["type"] == "PERSON"]
    for a, b in itertools.pairwise(pers):
        if text[a["end"] : b["start"]] == " ":
            errs.append("split name " + a["text"] + " " + b["text"])
    covered = [False] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            covered[k] = True

    def unlabelled(word: str) -> bool:
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
            if not all(covered[m.start() : m.end()]):
                return True
        return False

    seen = set()
    for e in ents:
        v = e["text"]
        if v in seen:
            continue
        seen.add(v)
        if len(v) >= 5 and unlabelled(v):
            errs.append("unlabelled repeat " + v)
        if e["type"] == "PERSON":
            for w in re.split(r"[\s,]+", v):
                w = w.strip(".,'’")
                if len(w) >= 3 and w.lower() not in PARTICLES and w.isalpha() and w not in seen:
                    seen.add(w)
                    if unlabelled(w):
                        errs.append("unlabelled name word " + w)
                for part in w.split("-"):
                    if (
                        part != w
                        and len(part) >= 3
                        and part.isalpha()
                        and part.lower() not in PARTICLES
                        and part not in seen
                    ):
                        seen.add(part)
                        if unlabelled(part):
                            errs.append("unlabelled name part " + part)
    return errs


def build(genre: str, i: int, locale: str, retry: int) -> dict:
    seed = f"{SEED}|{genre}|{i}" + (f"|retry{retry}" if retry else "")
    r = seeded(seed)
    ctx = Ctx(genre, i, locale, r)
    fn = GENRES[genre][i % 4]
    marked = fn(ctx)
    if ctx.cc == "CH":
        marked = marked.replace("ß", "ss")
    if ctx.cc == "US":
        marked = americanise(marked)
    text, ents = resolve(marked)
    return {"id": f"{SEED}-{genre}-{i:03d}", "locale": locale, "lang": ctx.lang, "text": text, "entities": ents}


US_SPELL = [
    ("colour", "color"),
    ("Colour", "Color"),
    ("centre", "center"),
    ("Centre", "Center"),
    ("organis", "organiz"),
    ("Organis", "Organiz"),
    ("authoris", "authoriz"),
    ("Authoris", "Authoriz"),
    ("licence", "license"),
    ("Licence", "License"),
    ("travell", "travel"),
    ("programme", "program"),
    ("Programme", "Program"),
    ("neighbour", "neighbor"),
    ("Neighbour", "Neighbor"),
    ("favour", "favor"),
    ("cheque", "check"),
    ("catalogue", "catalog"),
    ("metre", "meter"),
    ("summaris", "summariz"),
    ("Summaris", "Summariz"),
    ("apologis", "apologiz"),
    ("recognis", "recogniz"),
    ("behaviour", "behavior"),
    ("fulfil ", "fulfill "),
    ("enrol ", "enroll "),
    ("practise", "practice"),
    ("analys", "analyz"),
]


def americanise(s: str) -> str:
    out = []
    for t, txt in segments(s):
        if t is None:
            for a, b in US_SPELL:
                txt = txt.replace(a, b)
            out.append(txt)
        else:
            out.append(OPEN[t] + txt + CLOSE)
    return "".join(out)


def generate(debug: bool = False) -> list[dict]:
    r = seeded(SEED, "locales")
    locs = [loc for loc, n in QUOTA.items() for _ in range(n)]
    r.shuffle(locs)
    assert len(locs) == 1300
    names = list(GENRES)
    counters = collections.Counter()
    records = []
    for k, loc in enumerate(locs):
        g = names[k % len(names)]
        i = counters[g]
        counters[g] += 1
        for retry in range(40):
            rec = build(g, i, loc, retry)
            errs = check(rec)
            if not errs:
                break
            if debug:
                print("redraw", rec["id"], errs[:3], file=sys.stderr)
        else:
            raise AssertionError((rec["id"], errs))
        rec["_retry"] = retry
        records.append(rec)
    records.sort(key=lambda x: x["id"])
    return records


def stats(records) -> str:
    by = collections.Counter()
    lang_docs = collections.Counter()
    for rec in records:
        lang_docs[rec["lang"]] += 1
        for e in rec["entities"]:
            by[(e["type"], rec["lang"])] += 1
            by[(e["type"], "all")] += 1
            by[("all", rec["lang"])] += 1
            by[("all", "all")] += 1
    lines = [
        (
            f"documents {len(records)}; per language {dict(lang_docs)}; per locale "
            f"{dict(collections.Counter(x['locale'] for x in records))}"
        ),
        f"values {by[('all', 'all')]}: " + ", ".join(f"{t} {by[(t, 'all')]}" for t in TYPES),
        "per language: " + ", ".join(f"{lang} {by[('all', lang)]}" for lang in ("de", "fr", "it", "en")),
    ]
    for t in TYPES:
        lines.append(f"  {t}: " + " / ".join(str(by[(t, lang)]) for lang in ("de", "fr", "it", "en")))
    lines.append("retries: " + str(sum(1 for x in records if x["_retry"])))
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--genre", default=None)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--debug", action="store_true")
    a = ap.parse_args(argv)
    records = generate(a.debug)
    if a.show:
        sel = [x for x in records if a.genre is None or x["id"].split("-")[1] == a.genre]
        for rec in sel[a.offset : a.offset + a.show]:
            print("=" * 100)
            print(rec["id"], rec["locale"])
            print(rec["text"])
            print("--")
            for e in rec["entities"]:
                print(f"  {e['type']:<8} {e['text']}")
        return
    if a.stats:
        print(stats(records))
        return
    for rec in records:
        assert not check(rec), rec["id"]
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for rec in records:
            rec = {k: v for k, v in rec.items() if not k.startswith("_")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(stats(records))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
