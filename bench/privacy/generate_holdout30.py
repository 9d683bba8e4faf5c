"""Thirtieth blind evaluation set ("holdout30") for the anonymizer.

Blind set 30, written 2026-12-06 by a helper session that read only the module docstrings of generate_holdout27.py,
generate_holdout28.py and generate_holdout29.py (``ast.get_docstring``), the module docstring of evaluate.py
(``ast.get_docstring``) and the source of its function evaluate_synthetic (``ast.get_source_segment``; the helpers
it calls - ``_covered``, ``Counts``, ``_held_out``, ``_fmt`` - were not extracted), plus Faker (the venv's Faker
40.54.0: which person-provider locales exist, the attribute names, types, sizes and first two entries of their name
lists, and a listing of the entries of the lists used here that fail a name-shape test - names with spaces,
lower-case starts, "II", trailing dots, odd characters - so that they could be filtered) and the standard library.
It did not read the detectors (src/), the tests, the docs, README files, pyproject.toml, the bodies of the other
generators or of templates.py, any data set text, or any other code of evaluate.py.  Slips, none of them showing
detector code, test code or data set text: at the start it ran ``git status --short`` (it printed nothing then) and
``git log --oneline | head -3``, which printed the subject lines of the three latest commits - they name detector
work (self-introductions such as "It's me, X", "c'est moi, X", "sono io, X", "Ich bin's – X" and a dash after
"bin's, X"; shared dash tests in chats; particle words in name detection; end numbers of holdout28/29); the set was
not shaped by them and contains none of those introductions (checked with grep).  A second ``git status --short``
before the commit listed, by name only, files other people have changed or added in src/privacy and tests/privacy.
It listed the file names in bench/privacy/ (``ls``), read the last lines of the dependency installer's log (pip
warnings), listed the venv's bin/ directory for ruff and grepped its site-packages listing for "faker" while waiting
for Faker to be installed, and ran the venv's ruff (check, and format with ``--line-length 120``; both pick up the
project's ruff configuration) on its own script.  In evaluate.py it found the places to edit with ``grep -n``
(``choices``, "holdout29", ``range(2, 30)`` and the end of the holdout29 sentence; the choices line and the usage
line), edited only the module docstring (this set's sentence) and the two places that list the holdout splits, looked
at its own ``git diff`` of evaluate.py (which shows a few neighbouring lines of ``main``'s argparse set-up) and ran
``evaluate.py --help`` once, grepping its output for "holdout30".  tarnkappe is never imported; the set was never run
through the anonymizer or evaluate.py while it was written.  The written file was checked only by the generator's own
assertions (``text[start:end] == text``, no surrounding white space, sorted and non-overlapping spans, no name split
into two PERSON spans separated by a single space, every IBAN mod 97, every card Luhn, every AHV number EAN-13 and
starting with 756, e-mail shape, and consistency: no labelled value of five or more characters and no word of three
or more letters of a labelled name - particles excepted - occurs unlabelled elsewhere in the same document,
case-sensitively and at word boundaries; a document failing any of these is drawn again from the seed
``"holdout30|<genre>|<i>|retry<k>"`` - one of the 1,300 needed that), by a check that the output is identical under
two PYTHONHASHSEED values (0 and 12345), and by reading its own output, including ``--scan``: unlabelled e-mail
addresses (only role mailboxes: info@, service@, ausleihe@, kontakt@, kasse@, hof@, laden@, werkstatt@, atelier@,
hallo@, bestellung@, ankauf@, contact@, books@, assistenza@, tresorier@, tesoriere@, treasurer@), unlabelled IPv4
addresses (only LAN addresses 10.x / 172.16.x / 192.168.x of alarm base stations and a cider mill's scale),
unlabelled long digit runs (only ISBNs, Swiss health-insurance card numbers 80756..., French social-security numbers,
NHS numbers, Italian health-card numbers, LAN addresses and pairs of dates in fixed-width tables, unlabelled on
purpose) and unlabelled repeats of the words of labelled names, matched case-insensitively (only the particles "von",
"der", "auf" and "dell" as ordinary words: mail headers "Von:", "Kursbuch der Reichsbahn", "Konto von", "Überweisung
auf", "Nota dell'ufficio").  Fixes after reading: gender slips (a man as "Nachbarin", "liebe" to a male recipient,
"richiamalo" about a woman, "né(e)" / "nato/a" next to named persons, "Gastmutter/-vater"), candidates living in
another town than the one they stand in, places of birth that did not fit the name, jobs that did not fit age or
gender (students born in 1969, "Rentner" for a woman), a society joining year before the birth year, delivery runs
across distant cities (shops, farms, presses and libraries now serve their own town), a street abbreviation bug
("GoetheStr." - now "Goethestr.", "Hohe Str."), a German organic certificate in French documents, e-mail domains built
from "am", "der" or "24", "den USA" in a form field, "derrière le Avenue ...", "Fromm" as a first name, "8.30" times
in French, British IBANs for American shops (now checks or cards), a "Corps" with women members, missing commas
after salutations, upper- and lower-case surnames mixed in one notice table, a Lancaster funeral director for a
Sheffield funeral, and host-country e-mail domains for foreign students' parents.
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout30.jsonl: 1,300 documents, 12 genres (109 documents for the first four, 108
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout30|locales"``: de_DE 390, de_CH
260, de_AT 195, fr_CH 98, fr_FR 97, it_CH 65, it_IT 65, en_GB 65, en_US 65 (de 845, fr 195, it 130, en 130).
19,759 labelled values: PERSON 7,915, ADDRESS 4,194, PHONE 2,657, EMAIL 2,310, DOB 1,174, IP 1,007, IBAN 354, CARD
110, AHV 38 (de 12,524, fr 3,094, it 2,119, en 2,022).  Per type and language (de / fr / it / en):
  PERSON 5,014 / 1,230 / 854 / 817; ADDRESS 2,685 / 648 / 398 / 463; PHONE 1,687 / 417 / 281 / 272;
  EMAIL 1,470 / 347 / 271 / 222; DOB 699 / 223 / 130 / 122; IP 649 / 144 / 125 / 89; IBAN 225 / 64 / 40 / 25;
  CARD 72 / 11 / 15 / 12; AHV 23 / 10 / 5 / 0.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11.7; the output does not depend on PYTHONHASHSEED - checked with two seeds):
``random.Random`` is seeded with the first 8 bytes of a SHA-256 of ``"holdout30|<genre>|<i>"``; Faker's own generator
is never used - names are drawn by that ``Random`` from the Faker person providers' lists (sorted; dicts by their keys;
odd entries filtered out; "Mcguire" written "McGuire").  Streets, towns, postcodes, phone numbers (area codes matching
the town where a landline belongs to an address; mobiles by national prefix), e-mail addresses, IBANs (valid ISO 13616
check digits; French ones with a valid RIB key, Italian ones with a computed CIN, Belgian ones with their mod-97 pair;
now and then a neighbouring country's IBAN - AT, NL, LU, DE, LI, BE, CH, IE; US documents use British IBANs where a
person's account is asked for and checks or cards for shops), card numbers (Visa, Mastercard 51-55 and 2221-2720,
Amex; Luhn), AHV numbers (756, EAN-13 check digit, dotted or compact), ISBNs (valid check digit) and IP addresses
(public IPv4 from common ISP ranges of the country, about 18 % IPv6) come from lists and code written here.  Each
record has ``id`` (``holdout30-<genre>-<NNN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``type``,
``start``, ``end``, ``text``).  Texts are written with every labelled value wrapped in a marker when it is placed; the
markers survive lower-casing, padding, CSV quoting, JSON / YAML values and "> " prefixes and are resolved to offsets
at the end (de_CH documents get "ß" -> "ss" before that), so chat typing, fixed-width and Markdown padding and quoted
replies keep the labels exact.

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it -
about 7 % in English for non-English documents and some in German for Swiss French / Italian ones -, sometimes fenced
in ```, triple quotes, --- or <<< >>>, or quoted with "> ", sometimes typed in lower case), chosen to differ from every
genre named in the docstrings read (evaluate.py lists the genres of holdout3..holdout29; the brief's examples -
beekeeping, piano tuners, driving schools, allotments, hearing-aid acousticians, choirs, chimney sweeps, wedding
planning, mountain huts, tax advisers, sailing courses - had all been used already, so none of them is here; near
neighbours: library overdue notices (12), auction houses and pawnbrokers (17) and book clubs (27) for second-hand
bookshops; tradespeople's quotes (7), dry cleaners (19), tailors and kitchen studios (27) for upholsterers; au pairs
(14), language tandems (16) and hosting refugees (21) for student exchange; signature sheets (7), poll workers (14)
and jury lists (15) for election candidates; flea markets (15) and classified ads (9) for consignment shops; repair
cafés (16) and party hire (20) for tool libraries; class reunions (9) and association minutes (5) for student
societies; firewood (28), bakery pre-orders (24) and St Nicholas visits (26) for Christmas trees; holiday dialysis and
sleep labs (26), hotel guest registration (11) and sauna clubs (24) for spa cures; funeral homes (23), death notices
(5) and wedding planning (11) for florists; grape harvests (16), community-supported agriculture (22) and dairies (28)
for cider mills; burglar-alarm monitoring (20), emergency files (9) and meals on wheels (23) for personal alarms -
the genres here are none of those):
 1. antiquarian - second-hand and antiquarian bookshops (Antiquariat, librairie ancienne, libreria antiquaria, rare
    books): purchase receipts on the shop's letterhead (the seller's date of birth, address and phone, ID numbers
    unlabelled, payout IBAN or cash, sometimes Swiss AHV; an estate "of my late father / mother <name>" - the
    deceased labelled; book titles, conditions and prices unlabelled), wants lists with a staff chat (customers as
    "Last, First", "F. Last", "LAST First"; a new mobile), a customer's reply quoting the shop's offer (catalogue
    numbers unlabelled, the shop's IBAN, a sister's or friend's postal address, a day-and-month birthday), marketplace
    order exports (ISBNs unlabelled, masked or full cards, IPs) with a staff chat about a returned parcel;
 2. upholstery - upholsterers and furniture restorers (Polsterei, Raumausstatter, tapissier, tappezziere): work
    orders (separate surname / first-name fields or one name field, street and "postcode town" fields, fabric
    references, sizes and prices unlabelled, deposit by IBAN or card; a relative to call), workshop job books
    (customers as title + surname with the title outside the span, "bei <surname> klingeln"), a customer's reply
    quoting the quote (shop signature with phone and fax, a neighbour holding the key), delivery-run chats with an
    invoice (full or masked card); product names after persons (Thonet, Eames, Le Corbusier, Ercol, Frau) unlabelled;
 3. exchange - student exchange organisations and host families: host-family applications (both parents with dates
    of birth, children by first name with dates of birth, referee, sometimes Swiss AHV; pets unlabelled), placement
    letters (the student from Brazil, Mexico, Argentina, Japan, Thailand, the USA, Indonesia, Norway, Finland,
    Denmark, Ghana, Italy or France with the community's names, date of birth, a parent's e-mail at a home-country
    domain; passport and flight numbers unlabelled; the host family's address), a host mother's reply quoting the
    coordinator (a neighbour as emergency contact, a new address, the student's date of birth), application exports
    (dates of birth, IPs) with a coordinators' chat;
 4. candidates - municipal election candidates (Wahlvorschlag, liste municipale, lista civica, nomination papers):
    consent forms (surname - sometimes in capitals - and first names in separate fields, date of birth, place of
    birth - a town alone - fitting the name, Swiss Heimatort unlabelled, job fitting age and gender, home address in
    the town of the election; "Ort, Datum" lines unlabelled), public notices (birth years alone unlabelled in German
    and English, full dates of birth in French and Italian, addresses or towns alone, the list's agent), supporter
    signature sheets (dates of birth, addresses) with the election office's note (the officer's work e-mail, a signer
    named again), campaign chats with a flyer (lists and parties unlabelled);
 5. consignment - consignment shops and children's clothing bazaars (Kommission, Kinderkleiderbörse, dépôt-vente,
    conto vendita): consignment agreements (date of birth for the 18+ rule, payout IBAN, item numbers and prices
    unlabelled), seller-number lists (helper shifts; the organiser and the hall's address), a payout mail quoting the
    consignor (a sister collecting), registration exports (dates of birth, IPs) with an organisers' chat (a refund IBAN
    typed in a chat, sometimes in lower case);
 6. toollending - tool libraries and libraries of things (Leihladen, outilthèque, biblioteca degli oggetti, Library
    of Things): membership forms (separate name fields, date of birth, ID numbers unlabelled, deposit by direct debit
    IBAN), loan registers (item numbers and tools - Bosch, Kärcher, Singer - unlabelled), a member's reply to a
    reminder (the tool lent on to a neighbour, a new mobile), booking exports (e-mails, IPs) with a volunteers' chat
    (key-safe code unlabelled, the library's new street);
 7. fraternity - student societies and alumni associations (Studentenverbindung, société d'étudiants, associazione ex
    allievi, alumni society): member directories (full name with the society name - "v/o Spatz" in Switzerland,
    "(Cerevis: Loki)" / "(Biername ...)" in Germany and Austria, "dit « Bibi »", "detto "Baffo"", "known as
    "Biffo"" - as a second PERSON span, address, phone, e-mail, date of birth; joining semester unlabelled), annual
    dinner registrations (partners, masked or full cards or IBAN, IPs), the treasurer's reply to an address change
    (greeting by society name, dues IBAN), members' chats with society names as senders and a birthday list (full
    dates of birth labelled, day-and-month birthdays not);
 8. christmastree - Christmas tree farms and sales: pre-order forms (tree type and size, stand, delivery date and
    price unlabelled; a contact on site; payment by card, masked card, cash or IBAN), delivery runs (customers in the
    farm's town, "bei <surname> klingeln") with a seasonal helper's sheet (date of birth, Swiss AHV, wages IBAN), a
    complaint quoting the order confirmation (a neighbour who took the tree), cut-your-own slot bookings (IPs) with a
    staff chat (a wallet found with an ID in a person's name);
 9. spacure - spa cures and health-resort stays (Kur, cure thermale, cure termali, spa break): applications (date of
    birth, insurer and insurance numbers, NIR, NHS numbers and ICD-10 codes unlabelled, the GP as "Dr. med. <name>"
    with practice address and phone, a companion with date of birth, sometimes Swiss AHV), guest registration cards
    (guest and companion with dates of birth, nationality codes, room and spa-card numbers unlabelled), a patient's
    reply quoting the treatment plan (therapists as "F. Last", a daughter driving), booking exports (dates of birth,
    cards, IPs) with a therapists' chat;
10. florist - florists: orders with card messages (buyer and recipient; the first names and nicknames in the message
    labelled, "zum 80." and other ages not), funeral flowers (the deceased, ribbon texts "Familie / famille /
    famiglia <surname>" and "the <surname> family" with the word outside the span, the cemetery chapel's address, the
    funeral director's firm unlabelled and phone labelled), a bride's reply quoting the wedding-flower quote (groom in
    Cc, venue address, deposit IBAN, the maid of honour), office subscriptions (firms unlabelled, contacts' work
    e-mails, IPs) with a drivers' chat;
11. cidermill - fruit presses and cider mills (Mosterei, Süssmosterei, pressoir, torchiatura, cider mill): pressing
    slot lists (kg and boxes unlabelled; a relative collecting by first name), supplier records (date of birth,
    Swiss AHV, payout IBAN; plot numbers and organic certificates unlabelled), a customer's reply quoting the
    confirmation (a neighbour bringing the apples, the orchard's street), booking exports with a helpers' chat (the
    scale's LAN address unlabelled, a phone number to call back);
12. carealarm - personal emergency alarms (Hausnotruf, téléalarme, telesoccorso, telecare): client records (date of
    birth, the GP, key-safe code unlabelled, sons, daughters and a neighbour as key holders with phones and addresses,
    the payer's IBAN, sometimes Swiss AHV), call logs (the client with date of birth and address, device numbers
    unlabelled, a daughter called, responders as "F. Last", the base station's LAN address unlabelled), a daughter's
    reply quoting the service (the parent's date of birth, a move, a second key holder), online order exports (the
    client's date of birth, IPs) with a technicians' chat.
Values appear in prose, "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value",
two-column Markdown tables, upper-case labels, bullet lists, bracketed labels), two-line address blocks, one-line
addresses with ", ", " - ", " · ", "; " or " / " between street and town, letterheads (block, one line with " · ",
mixed) and signatures (block, "-- " / "__" separators, one line with "|"), Markdown tables (aligned and not),
fixed-width tables, comma-, semicolon-, tab- and pipe-separated tables, HTML tables, JSON (one line per record,
arrays), YAML, mail headers (with or without display names, Cc) and quoted replies ("Am ... schrieb", "Le ... a écrit",
"Il giorno ... ha scritto", "On ... wrote", Outlook original-message blocks, quoted with "> " or not), chats in eight
layouts (WhatsApp iOS / Android, Telegram export, Teams-like, IRC-like "[12:04] <name>", "name (12:04):",
Discord-like "name — date", plain; US chats with AM / PM; senders shown as full names, first names, nicknames or
society names), lower-case typing, in each country's conventions (German "str.", "Str.", "12a", "12 a", "3-5",
"(Hinterhaus)", "D-"; Austrian "/Top", "12/3/7", "/Stiege/Tür", "A-", "Jänner"; Swiss "strasse", "CH-", no "ß";
French "bis" / "ter", "12, rue", "Bât.", "Appt", upper-case towns, Swiss-French "Rue de Bourg 45" and lower-case
"chemin des ..."; Italian "via" / "Via", "n.", "/B", "int.", provinces with and without parentheses, "I-"; British
flats and "Town POSTCODE"; US "Apt", "#", "Unit", "Suite", ZIP+4).  Phone numbers national and international with
"(0)", "00", slashes, dots, hyphens, parentheses, compact E.164 and DIN-style "0221 47382-15" (the extension inside
the span).  Dates of birth in 42 shapes (defined per language group: German 16, French 11, Italian 11, British 11,
US 10; a document keeps one shape for about three quarters of its dates of birth): "12.03.1984", "2.3.1984",
"12.03.84", "2.3.84", "12. 03. 1984", ISO, "19840312", "12/03/1984", "12-03-1984", Roman "12.III.1984" /
"12/III/1984", German "12. März 1984", "02. März 1984", "12.März 1984", "12 März 1984", "12. Mrz. 1984", "12. März '84"
(Austrian "Jänner", "Jän."), French "12 mars 1984" (also "1er"), "12 MARS 1984", "12 févr. 1984", "12/03/84",
"12 03 1984", "1984/03/12", "2/3/1984", Italian "12 marzo 1984" (also "1°"), "12 MARZO 1984", "12 mar 1984",
English "12 March 1984", "12th March 1984", "12th of March 1984", "12 Mar 1984", "12 MAR 1984", "12-MAR-1984",
US "03/12/1984", "3/12/1984", "3/12/84", "3-12-1984", "03-12-1984", "March 12, 1984", "Mar 12, 1984", "Mar. 12, 1984",
"March 12th, 1984"; after a cue word or a label (geb., Geburtsdatum, né / née le, date de naissance, nato / nata il,
data di nascita, born, b., DOB, date of birth) or without one (table columns, JSON / YAML fields, lists, "name
(society name): date" lines).  Plain dates (pick-ups, deliveries, slots, ceremonies, arrivals, mail and chat time
stamps) use the readable shapes of the document and are not labelled.
Names drawn from the Faker person lists of the region (de_DE, de_AT with a fifth of de_DE's first names, de_CH with a
list of Swiss German surnames written here, fr_CH with fr_FR and a list of Romand surnames, fr_FR, it_IT - for Ticino
with a list of Ticinese surnames -, en_GB, en_US), community names from the Faker lists of tr_TR, hr_HR, ro_RO,
pt_PT, pt_BR, es_ES, es_MX, es_AR, hu_HU, cs_CZ / sk_SK (female surnames matched to the male ones), sl_SI, en_IN,
en_IE, id_ID, no_NO, fi_FI, da_DK, tw_GH, yo_NG, fr_DZ, it_IT, de_DE, en_US and fr_FR (as communities abroad or
exchange students), and lists written here (Polish and Russian-German with gendered surnames, Albanian /
Kosovar, Serbian / Bosnian, Eritrean, Sri Lankan Tamil, Syrian / Afghan / Kurdish, Ukrainian, Vietnamese, Chinese,
Greek with gendered surnames, Maghrebi, Filipino, Korean, Pakistani, Somali, Japanese and Thai); about 55 % region,
23 % community, 22 % special: a surname that is an ordinary word (Sommer, Engel, Kranich, Specht, Fink, Hase, Rabe,
Loup, Rossignol, Lièvre, Boulanger, Fiore, Leone, Orso, Rondine, Fox, Stone, Swan, Crane, Sparrow, Frost ...;
sometimes the first name too: Ernst, Wolf, Frank, Gottlieb, Felix, Rosa, Linde, Heide, Aimé, Désiré, Modeste,
Clémence, Blanche, Felice, Primo, Gioia, Speranza, Rocky, Sonny, Rose, Hope, Holly), a surname with a particle (von
Arnim, von der Heyde, zum Felde, van den Berg, zur Mühlen, von Arx, von Känel, von Siebenthal, de Weck, de Rham, de
Reynier, Le Bihan, du Guesclin, d'Harcourt, Della Casa, Lo Bianco, Dal Lago, Dell'Acqua, O'Sullivan, McKenzie, St.
John, Van Horn, De La Cruz), an invented syllable-built surname checked against the surname lists of all Faker
locales used and the lists written here and rejected with triple letters or doubled vowels (e.g. "Grubengruber",
"Zwirnbacher", "Feichbrunner", "Hollenbacher", "Brungrabner", "Corellaz", "Haldby", "Aldstow") with sometimes a
rare first name (Wendelin, Ottokar, Quirin, Kunigunde, Walburga, Notburga, Clovis, Philomène, Ermenegildo, Gelsomina,
Peregrine, Tamsin), or a double surname (hyphenated; Italian and English also with a space).  Relatives share the
surname (gendered forms where the community uses them) and take first names from the same source.  Written as "First
Last", "Last, First", "LAST First", "LAST, First", "Last First", "F. Last" (also "K.-H. Last"), "First L.", "FIRST
LAST", separate surname and first-name fields (surname sometimes in capitals), first names,
nicknames (Steffi, Sepp, Köbi, Sämi, Vreni, Poldi, Ferdl, Resi, Fanfan, Juju, Isa, Totò, Mimmo, Beppe, Ghita, Bob,
Maggie, Becky, Alfie ...), society names (Spatz, Zwirbel, Gämsli, Loki, Sokrates, Bibi, Baffo, il Conte, Biffo,
Stumpy ...) or surnames alone (chat mentions, salutations, job books, "bei <surname> klingeln", "citofono",
"ring <surname>", ribbons), in lower case in chats.
Unlabelled distractors: receipt, order, job, booking, supplier, member, seller, consignor, invoice, subscription,
device and catalogue numbers, ISBNs, ID-card and passport numbers, flight numbers, insurer and insurance numbers (TK,
AOK, ÖGK, CSS, Helsana, CPAM / NIR, ASL, NHS, member IDs), ICD-10 codes, plot numbers and organic certificates,
key-safe codes, room and spa-card numbers, book titles and conditions, fabric references, furniture and tools - also
product names after persons (Thonet, Eames, Le Corbusier, Ercol, Bosch, Kärcher, Singer) -, sizes, weights, prices,
commissions, ages ("zum 80."), birth years alone, day-and-month birthdays, plain dates and times, masked cards
("**** **** **** 1234", "•••• 1234", "XXXX-XXXX-XXXX-1234", "554500******1234", "**** 1234"), towns alone (places
of birth, Heimatorte, "Ort, Datum" lines, "address in <town>", candidates' towns), nationality codes, role mailboxes,
LAN IP addresses, and shops, farms, mills, libraries, societies, spa resorts, funeral directors, firms and lists -
also when named after a person (the surname is kept away from the document's persons) or with a street-like name
("Antiquariat am Markt", "Polsterwerkstatt am Bach", "Tannenhof am Waldrand", "Praxis am Park").

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout27/28/29, carried
over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Herrn, Frau, Dr. med., M., Mme, Madame, Monsieur, Sig., Sig.ra, signor,
  signora, Dott., Dr, Mr, Ms, Mrs, "Familie", "famille", "famiglia", "the ... family") outside; a first name, a
  nickname, a society name (v/o, Cerevis, Biername, dit, detto, known as - a PERSON span of its own) or a surname
  alone used for a person is a PERSON, and so are the names in card messages and ribbons, a deceased person's name
  and the name on a found ID card; shops, farms, firms, societies, lists, products and books are not labelled, also
  when named after a person.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes are not labelled.
* PHONE: every phone number of a person or of a shop, farm, practice, office, service or firm (letterheads,
  signatures, fax lines, funeral directors).
* ADDRESS: "street, postcode town" on one line is two spans (street; postcode + town, with "D-" / "CH-" / "A-" / "I-"
  prefixes, Italian provinces, "Town POSTCODE" and "Town, ST ZIP" inside the town span), as is a two-line block; a
  street with its number alone is ADDRESS (tables, chats, JSON, YAML, meeting points) and so is a combined "postcode
  town" field; towns alone are not labelled; business addresses (shops, farms, halls, chapels, venues, practices)
  are labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words outside; birth years alone,
  day-and-month birthdays, ages and other dates are not.
* IBAN: every IBAN, compact or grouped (also a shop's, a society's or a service's), also typed in lower case.
  CARD: full Luhn-valid card numbers; masked numbers are not.
* AHV: Swiss social security numbers (756, dotted or compact).  IP: the public IPv4 / IPv6 address of a person's
  device or connection (orders, bookings, registrations, applications); LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout30.py [--out PATH] [--scan] [--show N [--genre NAME]] [--stats]
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
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout30.jsonl"
SET = "holdout30"
GENRES = [
    "antiquarian",
    "upholstery",
    "exchange",
    "candidates",
    "consignment",
    "toollending",
    "fraternity",
    "christmastree",
    "spacure",
    "florist",
    "cidermill",
    "carealarm",
]
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
N_DOCS = sum(n for _, n in QUOTA)
TYPES = ["PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "AHV", "CARD", "IP"]

# ----------------------------------------------------------------------------------------------------------------
# markers: every labelled value is wrapped when it is placed and resolved to offsets at the end
MS, ME = "\ue000", "\ue001"
TCH = {t: chr(0xE010 + i) for i, t in enumerate(TYPES)}
CHT = {v: k for k, v in TCH.items()}
MARK_RE = re.compile("\ue000[\ue010-\ue018]|\ue001")


def mk(t: str, v: str) -> str:
    assert v and v == v.strip() and MS not in v and ME not in v and "\n" not in v, (t, v)
    return MS + TCH[t] + v + ME


def vis(s: str) -> str:
    return MARK_RE.sub("", s)


def vlen(s: str) -> int:
    return len(vis(s))


def pad(s: str, w: int, right: bool = False) -> str:
    n = max(0, w - vlen(s))
    return " " * n + s if right else s + " " * n


def resolve(marked: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    n = 0
    cur = None
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == MS:
            assert cur is None, "nested marker"
            cur = (CHT[marked[i + 1]], n)
            i += 2
            continue
        if c == ME:
            assert cur is not None, "stray end marker"
            ents.append({"type": cur[0], "start": cur[1], "end": n})
            cur = None
            i += 1
            continue
        assert 0xE000 > ord(c) or ord(c) > 0xE0FF, "stray marker char"
        out.append(c)
        n += 1
        i += 1
    assert cur is None, "unclosed marker"
    text = "".join(out)
    for e in ents:
        e["text"] = text[e["start"] : e["end"]]
    return text, ents


# ----------------------------------------------------------------------------------------------------------------
# names (Faker person lists, read as data; Faker's generator is never used)
_NAME_OK = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'][^\W\d_]+)*$")


def _ok(x: str, hyphen: bool) -> bool:
    if not x or x != x.strip() or " " in x or x.endswith(".") or not _NAME_OK.match(x):
        return False
    if not x[0].isupper() or x in ("II", "III", "VI") or "˜" in x or "ɔ" in x or "ε" in x:
        return False
    if "-" in x and not hyphen:
        return False
    if not x.isascii() and any(c in x for c in "ĽľŁ"):
        return True
    rest = x[1:]
    # no capitals inside a name unless Mac/Mc/O'/D' or after a hyphen
    for j, c in enumerate(rest, start=1):
        if c.isupper() and x[j - 1] not in "-'" and not x.startswith(("Mac", "Mc")):
            return False
    return True


def _flist(loc: str, attr: str, hyphen: bool = False) -> list[str]:
    prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
    v = getattr(prov, attr, None)
    if v is None:
        return []
    items = list(v.keys()) if isinstance(v, dict) else list(v)
    items = [
        x[:2] + x[2].upper() + x[3:] if x.startswith("Mc") and len(x) > 3 and x[2].islower() else x
        for x in items
        if isinstance(x, str)
    ]
    return sorted({x for x in items if _ok(x, hyphen)})


_FAKER_CACHE: dict[tuple[str, str], list[str]] = {}


def fl(loc: str, attr: str) -> list[str]:
    key = (loc, attr)
    if key not in _FAKER_CACHE:
        hy = attr.startswith("first")
        _FAKER_CACHE[key] = _flist(loc, attr, hy)
    return _FAKER_CACHE[key]


def _w(s: str) -> list[str]:
    return s.split()


# lists written here
SWISS_LAST = _w("""Aeschbacher Ammann Bärtschi Blaser Bögli Brügger Bühlmann Dällenbach Egli Eggimann Fankhauser
 Flückiger Frutiger Gasser Gerber Glauser Gfeller Grossenbacher Habegger Hänni Hofstetter Imhof Inäbnit
 Jaggi Kämpf Kohler
 Krähenbühl Leuenberger Lüthi Marti Moser Mühlemann Nydegger Oppliger Pfister Reusser Rüfenacht Salzmann Schläfli
 Schüpbach Siegenthaler Stämpfli Steffen Tschanz Tschumi Wälti Wyss Zaugg Zbinden Zürcher Murbach Räber Spörri Hotz""")
ROMAND_LAST = _w("""Aubort Bettex Bovet Chappuis Cuendet Delacrétaz Dubois Ducommun Duperrex Favre Gilliéron Golay
 Jaquier Maillard Mermoud Monnier Pahud Perrin Rochat Ruchonnet Vuilleumier Zufferey Cherpillod Rapin
 Bujard Dutoit Gavillet
 Burnier Reymond Bron Jomini Paschoud Corthésy Rossier Berthoud Pasche Vurlod Chevalley""")
TICINO_LAST = _w("""Bernasconi Beffa Bianchi Cattaneo Crivelli Ferrari Foletti Galli Gianella Guscetti Lepori Lurati
 Mombelli Pedrazzini Quadri Ramelli Regazzi Rusconi Soldati Stoppa Tamagni Valsangiacomo Vassalli Zanini Balestra
 Cavadini Delcò Fumagalli Leoni Maspoli Righetti Rossetti Sciolli Torriani Bassi""")
COMM = {
    # key: (male firsts, female firsts, surnames; "m|f" = gendered surname)
    "pl": (
        _w("Piotr Tomasz Krzysztof Paweł Marek Michał Łukasz Grzegorz Jakub Kamil"),
        _w("Agnieszka Katarzyna Małgorzata Joanna Magdalena Anna Ewa Monika Karolina Justyna"),
        [
            "Kowalski|Kowalska",
            "Nowak|Nowak",
            "Wiśniewski|Wiśniewska",
            "Wójcik|Wójcik",
            "Kamiński|Kamińska",
            "Lewandowski|Lewandowska",
            "Zieliński|Zielińska",
            "Szymański|Szymańska",
            "Dąbrowski|Dąbrowska",
            "Kozłowski|Kozłowska",
            "Mazur|Mazur",
            "Krawczyk|Krawczyk",
            "Jankowski|Jankowska",
            "Pawlak|Pawlak",
        ],
    ),
    "al": (
        _w("Arben Besnik Driton Ilir Valon Agron Flamur Fatos Gentian Shkelzen Bekim Labinot"),
        _w("Arta Blerta Drita Fjolla Vjosa Mimoza Teuta Albana Edona Liridona Valbona Qendresa"),
        _w("Krasniqi Berisha Gashi Hoxha Morina Shala Bytyqi Rexhepi Kelmendi Zeqiri Thaqi Ahmeti Hyseni"),
    ),
    "rs": (
        _w("Dragan Nemanja Miloš Emir Adnan Jasmin Zoran Goran Dejan Senad Nikola"),
        _w("Jelena Milica Amra Lejla Snežana Dragana Selma Ivana Azra Marija"),
        _w("Jovanović Petrović Nikolić Hodžić Begić Mehmedović Stojanović Ilić Đorđević Hadžić Marković Kovačević"),
    ),
    "er": (
        _w("Tesfay Yonas Dawit Filmon Berhane Mussie Semere Amanuel Yohannes"),
        _w("Selam Senait Mebrat Rahel Luwam Saba Feven Winta Helen"),
        _w("Tesfamariam Ghebremedhin Haile Kidane Abraha Woldu Tekle Gebremeskel Habte Mehari"),
    ),
    "ta": (
        _w("Tharshan Kajan Sivakumar Niroshan Prashanth Mayuran Janarthan Kumaran"),
        _w("Thusyanthy Kavitha Nirmala Sharmila Abinaya Mathumitha Sajeevan Vithya"),
        _w("Sivapalan Tharmalingam Kanagaratnam Selvarajah Balasingam Ratnam Yogarajah Navaratnam Sritharan"),
    ),
    "sy": (
        _w("Ahmad Omar Khaled Mustafa Rahim Farid Karwan Hussein Yusuf Samir Nawid Hamid"),
        _w("Rasha Aya Nour Farida Zahra Shirin Leyla Rojin Fatima Hanan Marwa Soraya"),
        _w("Haddad Khalil Najafi Rahimi Ahmadi Mohammadi Hussaini Saleh Darwish Sultani Karimi Othman"),
    ),
    "ua": (
        _w("Oleksandr Andrii Dmytro Taras Bohdan Yurii Serhii Maksym Vitalii"),
        _w("Olena Iryna Oksana Yuliia Kateryna Nataliia Tetiana Svitlana Halyna"),
        _w("Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Koval Marchenko Lysenko Savchuk Moroz"),
    ),
    "ru": (
        _w("Waldemar Viktor Eduard Alexej Dmitri Andrej Sergej Juri"),
        _w("Olga Swetlana Natalia Irina Tatjana Ljudmila Jelena Anastasia"),
        [
            "Iwanow|Iwanowa",
            "Petrow|Petrowa",
            "Kusnezow|Kusnezowa",
            "Smirnow|Smirnowa",
            "Popow|Popowa",
            "Wolkow|Wolkowa",
            "Sokolow|Sokolowa",
            "Morosow|Morosowa",
        ],
    ),
    "vn": (
        _w("Minh Tuan Duc Hung Quang Thanh Long Khanh"),
        _w("Lan Mai Huong Linh Thao Ngoc Trang Hoa"),
        _w("Nguyen Tran Pham Hoang Vu Dang Bui Do Ngo"),
    ),
    "cn": (
        _w("Wei Jun Hao Lei Tao Ming Yong Jian"),
        _w("Xin Ying Mei Fang Jing Li Yan Xiu"),
        _w("Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun"),
    ),
    "gr": (
        _w("Georgios Dimitrios Konstantinos Nikolaos Ioannis Panagiotis Christos Vasileios"),
        _w("Eleni Katerina Sofia Dimitra Georgia Vasiliki Anastasia Despina"),
        [
            "Papadopoulos|Papadopoulou",
            "Georgiou|Georgiou",
            "Nikolaidis|Nikolaidou",
            "Karagiannis|Karagianni",
            "Vlachos|Vlachou",
            "Oikonomou|Oikonomou",
            "Papadakis|Papadaki",
            "Antoniou|Antoniou",
        ],
    ),
    "ma": (
        _w("Youssef Mehdi Karim Rachid Hamza Anouar Bilal Nabil Ayoub"),
        _w("Samira Nadia Khadija Imane Salma Houda Meryem Loubna Zineb"),
        _w("Benali Amrani El Idrissi Bennani Alaoui Tazi Belkacem Chaoui Ouazzani Berrada Haddou Ziani"),
    ),
    "ph": (
        _w("Rodel Jun Arnel Rommel Jericho Dindo Ramon Noel"),
        _w("Maricel Rowena Jocelyn Lorna Marites Rhea Analyn Cherry"),
        _w("Santos Reyes Bautista Villanueva Mendoza Dizon Manalo Pascual Aquino Castillo"),
    ),
    "kr": (
        _w("Minjun Seojun Jihoon Hyunwoo Dongha Sungmin"),
        _w("Jiwoo Seoyeon Minji Haeun Yuna Soyeon"),
        _w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
    ),
    "pk": (
        _w("Imran Asif Bilal Usman Faisal Tariq Zubair Kamran"),
        _w("Ayesha Sana Nadia Rabia Samina Hina Farah Mehwish"),
        _w("Khan Hussain Malik Qureshi Chaudhry Butt Rashid Akhtar Siddiqui Mirza"),
    ),
    "so": (
        _w("Abdi Mohamed Abdullahi Hassan Liban Mahad Said"),
        _w("Hodan Fadumo Sahra Ayaan Hibo Idil Ubah"),
        _w("Warsame Farah Jama Yusuf Omar Ali Nur Egal Dirie"),
    ),
    "jp": (
        _w("Haruto Yuto Sota Ren Kaito Riku Takumi Shota"),
        _w("Yui Hina Sakura Aoi Mio Yuna Haruka Nanami"),
        _w("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida"),
    ),
    "th": (
        _w("Thanawat Kittipong Phumin Chaiwat Nattapong Supachai"),
        _w("Pimchanok Natcha Kanokwan Siriporn Thanyarat Ploy"),
        _w("Srisuk Wongsawat Chaiyaporn Rattanakul Boonmee Saetang Kongkaew Sukprasert"),
    ),
    "ch_comm": ([], [], []),
}
FAKER_COMM = {  # community lists from Faker: key -> locale
    "tr": "tr_TR",
    "hr": "hr_HR",
    "ro": "ro_RO",
    "pt": "pt_PT",
    "br": "pt_BR",
    "es": "es_ES",
    "mx": "es_MX",
    "ar": "es_AR",
    "hu": "hu_HU",
    "cz": "cs_CZ",
    "sk": "sk_SK",
    "si": "sl_SI",
    "in": "en_IN",
    "ie": "en_IE",
    "nl": "nl_NL",
    "id": "id_ID",
    "no": "no_NO",
    "fi": "fi_FI",
    "dk": "da_DK",
    "gh": "tw_GH",
    "ng": "yo_NG",
    "dz": "fr_DZ",
    "it": "it_IT",
    "de": "de_DE",
    "us": "en_US",
    "gb": "en_GB",
    "fr": "fr_FR",
}
COMM_BY_CC = {
    "DE": "tr tr tr pl pl ru ru hr ro gr it it sy sy ua ua vn es pt in rs al".split(),
    "AT": "tr tr rs rs hr hr ro hu cz sk si pl sy sy ua gr al de de".split(),
    "CH": "al al al rs rs ta ta er er pt pt it it es tr hr sy de de ua".split(),
    "FR": "ma ma ma dz dz pt pt es it vn ng gh tr cn ro sy ua".split(),
    "IT": "ro ro al al ma ma ph ph cn cn ua in pk br es si".split(),
    "GB": "in in pk pk pl pl ie ie ng gh ro pt cn gr it so".split(),
    "US": "mx mx mx vn cn kr in ph ng br ie it so gr de".split(),
}
WORD_LAST = {
    "de": _w(
        "Sommer Engel Herbst Mond Kranich Specht Lamm Fink Busch Hahn Storch Amsel Klee Kern Hase Rabe Kohl Mohn"
        " Sperling Falke Bär Wolf Fuchs Stern Nagel Strauch Acker Wiese Kirsch Birne Adler Taube Hecht"
    ),
    "fr": _w(
        "Lebrun Boulanger Berger Marchand Chevalier Meunier Loup Rossignol Lièvre Poisson Lavigne Lejeune Pigeon"
        " Corbeau Mouton Moulin Charpentier Renard Brochet Chaton Lapierre Bonnet"
    ),
    "it": _w(
        "Bianco Ferro Fiore Leone Orso Rondine Pace Monti Ricci Sereno Colombo Lupo Gatto Cavallo Fontana"
        " Riva Marino Santo Bruno Mele Rosa Porta"
    ),
    "en": _w(
        "Fox Wolfe Rose Cook Mason Stone Brook Field Marsh Woods Little Young Rich Swan Crane Sparrow Lamb"
        " Baker Fisher Hunter Shepherd Bird Hill Snow Winter Frost"
    ),
}
WORD_FIRST = {
    "de": (_w("Ernst Wolf Frank Gottlieb Felix Friedrich"), _w("Rosa Linde Heide Erika Iris Frieda")),
    "fr": (
        _w("Aimé Désiré Bienvenu Fidèle Modeste Clément"),
        _w("Rose Clémence Constance Blanche Violette Marguerite"),
    ),
    "it": (_w("Felice Primo Benvenuto Innocente Fortunato Sereno"), _w("Gioia Speranza Fortunata Stella Viola Serena")),
    "en": (_w("Rocky Sonny Jack Bill Will Rusty"), _w("Rose Lily Daisy Ivy Pearl Dawn Joy Faith Hope Holly")),
}
PARTICLE_LAST = {
    "DE": [
        "von Arnim",
        "von der Heyde",
        "zum Felde",
        "van den Berg",
        "von Hoff",
        "zur Mühlen",
        "vom Bruch",
        "ten Brink",
        "von Bülow",
        "auf dem Kampe",
    ],
    "AT": ["von Thurn", "von Harrach", "zu Hohenberg", "von Lerch", "von Reitzenstein", "de Crinis", "van Eyck"],
    "CH": [
        "von Arx",
        "von Känel",
        "von Siebenthal",
        "von Gunten",
        "von Grünigen",
        "von Mühlenen",
        "von Ballmoos",
        "de Weck",
        "de Reynier",
        "de Coulon",
        "de Rham",
        "De Marchi",
        "von Bergen",
    ],
    "CHfr": ["de Weck", "de Reynier", "de Coulon", "de Rham", "de Meuron", "de Pourtalès", "Du Bois", "de Tribolet"],
    "FR": [
        "de La Roche",
        "Le Bihan",
        "Le Floch",
        "du Guesclin",
        "de Villepin",
        "d'Harcourt",
        "Le Meur",
        "de Saint-Just",
        "d'Aubert",
        "La Fontaine",
        "Le Corre",
    ],
    "IT": [
        "Della Casa",
        "De Marchi",
        "Lo Bianco",
        "La Rosa",
        "D'Amico",
        "Dal Lago",
        "Di Stefano",
        "Dell'Acqua",
        "Lo Verde",
        "De Santis",
        "Dalla Valle",
    ],
    "CHit": ["Della Casa", "De Carli", "Dal Molin", "De Gottardi", "Dell'Ambrogio", "Lo Duca", "Della Santa"],
    "GB": ["O'Sullivan", "McKenzie", "Fitzgerald", "MacDonald", "St. John", "De Souza", "O'Hara", "McIntyre"],
    "US": ["O'Malley", "McKenna", "Van Horn", "De La Cruz", "MacArthur", "St. Pierre", "Van Dyke", "DeLuca"],
}
RARE_FIRST = {
    "de": (
        _w("Wendelin Ottokar Quirin Tjark Sebaldus Leberecht Eginhard Pankraz Hubertus Florentin"),
        _w("Kunigunde Walburga Notburga Ottilie Hildegunde Roswitha Irmtraud Theodora Wiltrud"),
    ),
    "fr": (
        _w("Clovis Évariste Anselme Gonzague Aurélien Barnabé Hilaire Fulbert"),
        _w("Philomène Ysaline Honorine Apolline Eulalie Sidonie Bérengère Séverine"),
    ),
    "it": (
        _w("Ermenegildo Settimio Tarcisio Eusebio Gaudenzio Ruggero Telesforo Saturnino"),
        _w("Gelsomina Ottavia Assunta Zelinda Clelia Ersilia Nives Annunziata"),
    ),
    "en": (
        _w("Peregrine Algernon Crispin Tobias Barnaby Rupert Ambrose Montague"),
        _w("Tamsin Marigold Ottoline Imogen Clementine Rosamund Philippa Henrietta"),
    ),
}
SYL = {
    "de": (
        _w(
            "Hinter Ober Unter Wald Schwand Brun Moos Stadel Ried Hollen Gries Kalt Tann Zwirn Gruben Lerch Dachs"
            " Geiss Schnee Wetz Feich Haber Kolb Gatter"
        ),
        _w(
            "egger bichler huber mooser lechner reiter thaler wieser grabner steiner hofer mattner brunner bacher"
            " metzler schwendtner walder rainer gruber"
        ),
    ),
    "fr": (
        _w("Bre Vau Mor Cha Gri Fleu Tor Bou Pel Cour Mar Gal Ros Vil Ber Cor Val"),
        _w("zon chaud naz oud ellaz ignat ardet uisse ollet ingue arcel enot ouret ieux"),
    ),
    "it": (
        _w("Bel Fra Can Mor Tes Vall Gal Pin Ross Cor Ter Bran Vol Mas Fer Lan"),
        _w("etti azzi oni ucci ardi ello ini ese otti aroli izzi agna ulli"),
    ),
    "en": (
        _w("Ash Brack Thorn Whit Hart Marl Ox Wyn Ald Pem Hald Stan Rad Crow Fen"),
        _w("combe ley worth thwaite by ford ham ridge stow field hurst well cote"),
    ),
}
NICK = {
    "Johannes": "Hannes",
    "Josef": "Sepp",
    "Elisabeth": "Lisi",
    "Katharina": "Kathi",
    "Stefanie": "Steffi",
    "Alexander": "Alex",
    "Christian": "Chris",
    "Franziska": "Franzi",
    "Margarete": "Gretl",
    "Barbara": "Babsi",
    "Wolfgang": "Wolfi",
    "Thomas": "Tom",
    "Michael": "Michi",
    "Andreas": "Andi",
    "Susanne": "Susi",
    "Jakob": "Köbi",
    "Samuel": "Sämi",
    "Verena": "Vreni",
    "Ursula": "Ursi",
    "Rudolf": "Ruedi",
    "Regula": "Regi",
    "Leopold": "Poldi",
    "Ferdinand": "Ferdl",
    "Theresia": "Resi",
    "Matthias": "Hias",
    "Florian": "Flo",
    "Françoise": "Fanfan",
    "Julien": "Juju",
    "Dominique": "Domi",
    "Nathalie": "Nath",
    "Stéphanie": "Steph",
    "Frédéric": "Fred",
    "Christophe": "Chris",
    "Catherine": "Cathy",
    "Isabelle": "Isa",
    "Valentin": "Val",
    "Salvatore": "Totò",
    "Domenico": "Mimmo",
    "Giuseppe": "Beppe",
    "Francesco": "Checco",
    "Roberto": "Roby",
    "Giovanni": "Gianni",
    "Federica": "Fede",
    "Alessandra": "Ale",
    "Margherita": "Ghita",
    "Lorenzo": "Lollo",
    "Robert": "Bob",
    "William": "Bill",
    "Margaret": "Maggie",
    "Elizabeth": "Liz",
    "Richard": "Rick",
    "James": "Jim",
    "Katherine": "Kate",
    "Rebecca": "Becky",
    "Alfred": "Alfie",
    "Jennifer": "Jen",
    "Daniel": "Dani",
    "Patricia": "Trish",
    "Benjamin": "Ben",
    "Nicholas": "Nick",
    "Samantha": "Sam",
    "Joseph": "Joe",
    "Christopher": "Chris",
    "Anthony": "Tony",
    "Gabriele": "Gabi",
    "Cornelia": "Conny",
    "Johanna": "Hanni",
    "Sebastian": "Basti",
    "Maximilian": "Max",
    "Friedrich": "Fritz",
    "Veronika": "Vroni",
    "Philippe": "Phil",
    "Pierre": "Pierrot",
    "Élisabeth": "Babette",
    "Antonio": "Tonino",
    "Vincenzo": "Enzo",
}
REGION_FIRST = {
    "de_DE": [("de_DE", 1.0)],
    "de_AT": [("de_AT", 0.8), ("de_DE", 0.2)],
    "de_CH": [("de_CH", 1.0)],
    "fr_CH": [("fr_CH", 0.6), ("fr_FR", 0.4)],
    "fr_FR": [("fr_FR", 1.0)],
    "it_CH": [("it_IT", 1.0)],
    "it_IT": [("it_IT", 1.0)],
    "en_GB": [("en_GB", 1.0)],
    "en_US": [("en_US", 1.0)],
}


def _region_last(loc: str) -> list[str]:
    if loc == "de_CH":
        return sorted(set(fl("de_CH", "last_names")) | set(SWISS_LAST))
    if loc == "fr_CH":
        return sorted(set(fl("fr_CH", "last_names")) | set(ROMAND_LAST))
    if loc == "it_CH":
        return sorted(set(TICINO_LAST) | set(fl("it_IT", "last_names")[:300]))
    return fl(loc, "last_names")


_ALL_LAST: set[str] = set()


def all_surnames() -> set[str]:
    if not _ALL_LAST:
        for loc in ["de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "it_IT", "en_GB", "en_US"] + sorted(
            set(FAKER_COMM.values())
        ):
            _ALL_LAST.update(x.lower() for x in fl(loc, "last_names"))
        for v in COMM.values():
            for s in v[2]:
                _ALL_LAST.update(x.lower() for x in s.split("|"))
        for lst in (SWISS_LAST, ROMAND_LAST, TICINO_LAST):
            _ALL_LAST.update(x.lower() for x in lst)
    return _ALL_LAST


class Person:
    def __init__(self, first: str, last_m: str, last_f: str, g: str, lang: str):
        self.first, self.last_m, self.last_f, self.g, self.lang = first, last_m, last_f, g, lang
        self.last = last_f if g == "f" else last_m
        self.nick = NICK.get(first.split("-")[0].split(" ")[0])
        self.mid = ""
        self.src: tuple[str, ...] = ("region",)

    def __repr__(self) -> str:
        return f"{self.first} {self.last}"


def initials(first: str) -> str:
    if "-" in first:
        return "-".join(p[0] + "." for p in first.split("-"))
    return " ".join(p[0] + "." for p in first.split())


def name_form(p: Person, form: str) -> str:
    f, last = p.first, p.last
    return {
        "fl": f"{f} {last}",
        "lf": f"{last}, {f}",
        "LF": f"{last.upper()} {f}",
        "LcF": f"{last.upper()}, {f}",
        "l_f": f"{last} {f}",
        "il": f"{initials(f)} {last}",
        "fi": f"{f} {last[0]}.",
        "FL": f"{f} {last}".upper(),
        "f": f,
        "n": p.nick or f,
        "l": last,
        "nl": f"{p.nick or f} {last}",
        "fml": f"{f} {p.mid}. {last}" if p.mid else f"{f} {last}",
        "L": last.upper(),
    }[form]


# ----------------------------------------------------------------------------------------------------------------
# places
T = collections.namedtuple("T", "town pcs area extra")


def _towns(spec: str) -> list[T]:
    out = []
    for line in spec.strip().splitlines():
        parts = [x.strip() for x in line.split(";")]
        out.append(T(parts[0], parts[1].split(), parts[2], parts[3] if len(parts) > 3 else ""))
    return out


TOWNS = {
    "DE": _towns("""
Berlin;10115 10437 10967 12043 13347 14197;030
Hamburg;20095 22085 22767 21073;040
München;80331 80469 81369 80796;089
Köln;50667 50733 51063 50937;0221
Frankfurt am Main;60311 60316 60487 65929;069
Stuttgart;70173 70190 70469;0711
Düsseldorf;40213 40477 40589;0211
Leipzig;04109 04177 04277;0341
Dresden;01067 01099 01309;0351
Hannover;30159 30167 30449;0511
Nürnberg;90402 90429 90489;0911
Bremen;28195 28203 28359;0421
Freiburg im Breisgau;79098 79104 79115;0761
Münster;48143 48149 48155;0251
Regensburg;93047 93049 93053;0941
Kassel;34117 34119 34131;0561
Bamberg;96047 96049 96052;0951
Lüneburg;21335 21337 21339;04131
Tübingen;72070 72072 72076;07071
Göttingen;37073 37075 37083;0551
Würzburg;97070 97072 97082;0931
Rosenheim;83022 83024 83026;08031
Ulm;89073 89075 89077;0731
Kiel;24103 24105 24118;0431
Erfurt;99084 99086 99089;0361
Augsburg;86150 86152 86159;0821
Heidelberg;69117 69120 69126;06221
Passau;94032 94034 94036;0851
Konstanz;78462 78464 78467;07531
Celle;29221 29223 29225;05141
Bad Tölz;83646;08041
Meißen;01662;03521
Wangen im Allgäu;88239;07522
Schwäbisch Hall;74523;0791
"""),
    "AT": _towns("""
Wien;1010 1020 1030 1040 1050 1060 1070 1080 1090 1100 1120 1140 1160 1180 1190 1210 1220;01
Graz;8010 8020 8042 8045;0316
Linz;4020 4030 4040;0732
Salzburg;5020 5023 5026;0662
Innsbruck;6020;0512
Klagenfurt am Wörthersee;9020;0463
Villach;9500;04242
Wels;4600;07242
St. Pölten;3100;02742
Dornbirn;6850;05572
Steyr;4400;07252
Wiener Neustadt;2700;02622
Feldkirch;6800;05522
Bregenz;6900;05574
Leoben;8700;03842
Krems an der Donau;3500;02732
Baden;2500;02252
Amstetten;3300;07472
Kufstein;6330;05372
Lienz;9900;04852
Gmunden;4810;07612
Zell am See;5700;06542
"""),
    "CHde": _towns("""
Zürich;8001 8003 8004 8006 8032 8037 8045 8050 8057;044
Bern;3005 3006 3011 3012 3014 3018;031
Basel;4051 4052 4053 4055 4057;061
Luzern;6003 6004 6005 6006;041
St. Gallen;9000 9008 9011 9014;071
Winterthur;8400 8404 8406 8408;052
Thun;3600 3604 3608;033
Aarau;5000 5004;062
Chur;7000;081
Zug;6300;041
Schaffhausen;8200;052
Frauenfeld;8500;052
Olten;4600;062
Baden;5400;056
Burgdorf;3400;034
Solothurn;4500;032
Wil SG;9500;071
Rapperswil-Jona;8640;055
Langenthal;4900;062
Uster;8610;044
Liestal;4410;061
Brig;3900;027
Sarnen;6060;041
Herisau;9100;071
Wädenswil;8820;044
Lenzburg;5600;062
"""),
    "CHfr": _towns("""
Lausanne;1003 1004 1005 1007 1018;021
Genève;1201 1202 1203 1205 1207 1209;022
Neuchâtel;2000;032
Fribourg;1700;026
Sion;1950;027
Yverdon-les-Bains;1400;024
Montreux;1820;021
Nyon;1260;022
Vevey;1800;021
La Chaux-de-Fonds;2300;032
Delémont;2800;032
Bulle;1630;026
Morges;1110;021
Martigny;1920;027
Monthey;1870;024
Carouge;1227;022
Renens;1020;021
Payerne;1530;026
"""),
    "CHit": _towns("""
Lugano;6900;091
Bellinzona;6500;091
Locarno;6600;091
Mendrisio;6850;091
Chiasso;6830;091
Biasca;6710;091
Ascona;6612;091
Minusio;6648;091
Giubiasco;6512;091
Tenero;6598;091
Massagno;6900;091
Agno;6982;091
Stabio;6855;091
Faido;6760;091
"""),
    "FR": _towns("""
Paris;75003 75005 75011 75012 75014 75015 75017 75018 75020;01
Lyon;69001 69003 69004 69006 69007 69008;04
Marseille;13001 13005 13006 13008;04
Toulouse;31000 31200 31300 31400;05
Nantes;44000 44100 44300;02
Bordeaux;33000 33100 33200 33800;05
Lille;59000 59800;03
Strasbourg;67000 67100 67200;03
Rennes;35000 35200 35700;02
Montpellier;34000 34070 34090;04
Grenoble;38000 38100;04
Dijon;21000;03
Annecy;74000;04
Tours;37000 37100;02
Reims;51100;03
Besançon;25000;03
Mulhouse;68100 68200;03
Angers;49000 49100;02
Clermont-Ferrand;63000 63100;04
Nancy;54000;03
Perpignan;66000 66100;04
La Rochelle;17000;05
Chambéry;73000;04
Colmar;68000;03
Avignon;84000;04
Quimper;29000;02
Pau;64000;05
"""),
    "IT": _towns("""
Roma;00184 00153 00162 00198 00136;06;RM
Milano;20121 20135 20144 20154 20129;02;MI
Torino;10121 10128 10138 10153;011;TO
Napoli;80121 80134 80129;081;NA
Bologna;40121 40126 40137;051;BO
Firenze;50122 50129 50136;055;FI
Genova;16121 16128 16145;010;GE
Verona;37121 37129 37138;045;VR
Padova;35121 35128 35139;049;PD
Bergamo;24121 24125;035;BG
Brescia;25121 25128;030;BS
Como;22100;031;CO
Trento;38122 38123;0461;TN
Bolzano;39100;0471;BZ
Parma;43121 43123;0521;PR
Modena;41121 41124;059;MO
Perugia;06121 06124;075;PG
Bari;70121 70124;080;BA
Palermo;90133 90141;091;PA
Udine;33100;0432;UD
Varese;21100;0332;VA
Lecco;23900;0341;LC
Novara;28100;0321;NO
Pisa;56125 56127;050;PI
Trieste;34121 34133;040;TS
Cremona;26100;0372;CR
"""),
    "GB": _towns("""
London;SW11 N16 E8 SE22 NW5 W4 SW2 E17;020
Manchester;M14 M20 M21 M16;0161
Leeds;LS6 LS7 LS8;0113
Bristol;BS6 BS3 BS7;0117
Edinburgh;EH9 EH6 EH10;0131
Glasgow;G12 G41 G31;0141
York;YO31 YO24 YO10;01904
Norwich;NR2 NR3;01603
Bath;BA2 BA1;01225
Cardiff;CF24 CF5 CF14;029
Oxford;OX4 OX2;01865
Cambridge;CB1 CB4;01223
Brighton;BN2 BN1;01273
Exeter;EX4 EX2;01392
Sheffield;S10 S7 S11;0114
Nottingham;NG7 NG5;0115
Leicester;LE2 LE3;0116
Harrogate;HG1 HG2;01423
Canterbury;CT1 CT2;01227
Durham;DH1;0191
Shrewsbury;SY1 SY3;01743
Lancaster;LA1;01524
"""),
    "US": _towns("""
Portland;97205 97214 97211 97202;503;OR
Austin;78704 78702 78751;512;TX
Madison;53703 53705 53711;608;WI
Denver;80203 80206 80211;303;CO
Columbus;43215 43201 43206;614;OH
Burlington;05401;802;VT
Ann Arbor;48104 48103;734;MI
Asheville;28801 28806;828;NC
Boise;83702 83706;208;ID
Providence;02903 02906;401;RI
Pittsburgh;15213 15217;412;PA
Minneapolis;55408 55406;612;MN
Savannah;31401 31405;912;GA
Santa Fe;87501 87505;505;NM
Eugene;97401 97405;541;OR
Richmond;23220 23225;804;VA
Milwaukee;53202 53211;414;WI
Sacramento;95814 95818;916;CA
Raleigh;27601 27608;919;NC
Tucson;85701 85719;520;AZ
Albany;12203 12208;518;NY
Spokane;99201 99203;509;WA
"""),
}
STREETS = {
    "DE": _w("""Hauptstraße Bahnhofstraße Gartenstraße Schulstraße Lindenstraße Kirchweg Birkenweg Rosenweg Ahornweg
 Ringstraße Talstraße Bergstraße Feldweg Eichendorffstraße Uhlandstraße Mozartstraße Wiesenweg Bachgasse Brunnenstraße
 Kastanienallee Parkstraße Steinweg Ulmenweg Mittelweg Fliederweg Erlenstraße Tulpenweg Kolpingstraße Blumenstraße
 Lessingstraße Schlossallee Amselweg Drosselgasse Mühlenweg Goethestraße Kantstraße Hölderlinweg Waldstraße
 Weidenweg Sonnenstraße""")
    + [
        "Am Mühlbach",
        "Am Sonnenhang",
        "Am Anger",
        "Auf der Heide",
        "Hohe Straße",
        "Am Kirchberg",
        "An der Bleiche",
        "Im Winkel",
        "Alter Postweg",
    ],
    "AT": _w("""Hauptstraße Bahnhofstraße Kirchengasse Schulgasse Lindengasse Mühlweg Feldgasse Hauptplatz Bergstraße
 Florianigasse Rosenweg Sonnenweg Augasse Gartengasse Siedlungsstraße Lerchenfeldgasse Kaiserstraße Herrengasse
 Pfarrgasse Brunngasse Schillerstraße Anzengrubergasse Roseggerstraße Stiftsgasse Schmiedgasse""")
    + ["Am Anger", "Dorfplatz", "Im Feld", "Obere Marktstraße", "Untere Hauptstraße"],
    "CHde": _w("""Bahnhofstrasse Dorfstrasse Hauptstrasse Kirchgasse Oberdorfstrasse Seestrasse Schulhausstrasse
 Poststrasse Rebbergstrasse Feldstrasse Gartenstrasse Lindenhofweg Sonnenbergstrasse Mühlegasse Alpenstrasse
 Buchenweg Juraweg
 Unterdorf Zelgliweg Brunnmattstrasse Hofackerstrasse Höhenweg Langgasse Rosenbergstrasse Bündtenweg Schützenmattweg
 Ringstrasse Kreuzstrasse Ahornweg Bachstrasse""")
    + ["Im Grund", "Auf der Mauer", "Im Baumgarten", "Obere Zelg"],
    "CHfr": [
        "Rue de Bourg",
        "Chemin des Pâquerettes",
        "Avenue de la Gare",
        "Rue du Lac",
        "Chemin de la Forêt",
        "Rue du Château",
        "Avenue des Alpes",
        "Rue de la Poste",
        "Chemin du Levant",
        "Rue des Moulins",
        "Place du Marché",
        "Rue du Temple",
        "Chemin de Bellevue",
        "Avenue de Beaulieu",
        "Route du Village",
        "Chemin des Vignes",
        "Rue des Fontaines",
        "Avenue de Morges",
        "Chemin du Couchant",
        "Rue du Collège",
    ],
    "CHit": [
        "Via Cantonale",
        "Via San Gottardo",
        "Via Vela",
        "Via ai Ronchi",
        "Via Serta",
        "Via alla Chiesa",
        "Via dei Faggi",
        "Via Motta",
        "Via Stazione",
        "Via Pini",
        "Via Campagna",
        "Via Borghetto",
        "Via al Lido",
        "Via Ciseri",
        "Via Guisan",
        "Via ai Mulini",
        "Via Franscini",
        "Via delle Scuole",
    ],
    "FR": [
        "rue de la République",
        "rue Victor Hugo",
        "avenue Jean Jaurès",
        "rue des Lilas",
        "boulevard Gambetta",
        "rue du Moulin",
        "impasse des Acacias",
        "chemin des Vignes",
        "allée des Tilleuls",
        "place de l'Église",
        "rue Pasteur",
        "rue de la Gare",
        "avenue de la Libération",
        "rue des Écoles",
        "rue du Château",
        "rue Émile Zola",
        "rue des Jardins",
        "rue Saint-Martin",
        "rue Nationale",
        "avenue Foch",
        "rue de la Paix",
        "rue des Cerisiers",
        "rue Jules Ferry",
        "square des Peupliers",
        "cours Lafayette",
        "quai de la Loire",
        "rue des Prés",
        "allée des Mimosas",
        "boulevard Voltaire",
        "chemin du Lavoir",
    ],
    "IT": [
        "via Roma",
        "via Garibaldi",
        "via Mazzini",
        "via Cavour",
        "corso Vittorio Emanuele II",
        "viale dei Mille",
        "piazza della Repubblica",
        "via Dante Alighieri",
        "via Verdi",
        "via dei Tigli",
        "via San Francesco",
        "vicolo del Pozzo",
        "via XX Settembre",
        "via Marconi",
        "via Manzoni",
        "via delle Rose",
        "via Nazionale",
        "via Carducci",
        "viale Europa",
        "via Gramsci",
        "via della Libertà",
        "via Solferino",
        "corso Italia",
        "via dei Mille",
        "via Leopardi",
        "via Pascoli",
        "largo Garibaldi",
        "via Belvedere",
    ],
    "GB": [
        "Church Lane",
        "High Street",
        "Station Road",
        "Mill Lane",
        "Victoria Road",
        "The Crescent",
        "Park Avenue",
        "Orchard Close",
        "Queen's Road",
        "Manor Way",
        "Beech Grove",
        "Kings Drive",
        "Meadow View",
        "Chapel Street",
        "Albert Terrace",
        "Hawthorn Road",
        "Elm Gardens",
        "St Mary's Walk",
        "Riverside",
        "Windsor Road",
        "Grange Road",
        "Cromwell Street",
        "Priory Lane",
        "Springfield Road",
        "Oakfield Avenue",
        "Ash Grove",
    ],
    "US": [
        "Maple Ave",
        "Oak St",
        "Pine Street",
        "Cedar Lane",
        "Elm Street",
        "Washington Ave",
        "Lakeview Dr",
        "Hillcrest Rd",
        "Main St",
        "N 3rd St",
        "SE Division St",
        "W Lincoln Ave",
        "Park Place",
        "Willow Way",
        "Birch Ct",
        "River Rd",
        "Highland Ave",
        "Spring St",
        "E 12th Ave",
        "Magnolia Blvd",
        "S Walnut St",
        "Jefferson Ave",
        "Chestnut St",
        "Orchard Rd",
        "NE Alberta St",
    ],
}
MOBILE = {
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
        "0159",
        "0155",
    ],
    "AT": ["0650", "0660", "0664", "0676", "0677", "0680", "0681", "0688", "0699"],
    "CH": ["076", "077", "078", "079", "075"],
    "FR": ["06", "07"],
    "IT": [
        "320",
        "324",
        "327",
        "328",
        "329",
        "331",
        "333",
        "335",
        "338",
        "339",
        "340",
        "342",
        "345",
        "347",
        "348",
        "349",
        "366",
        "371",
        "377",
        "380",
        "388",
        "389",
        "391",
        "392",
        "393",
    ],
    "GB": [
        "07700",
        "07712",
        "07723",
        "07734",
        "07745",
        "07756",
        "07767",
        "07788",
        "07799",
        "07812",
        "07834",
        "07856",
        "07878",
        "07901",
        "07923",
        "07946",
        "07957",
        "07968",
        "07412",
        "07451",
        "07480",
    ],
}
MAIL_DOMAINS = {
    "DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "posteo.de",
        "gmail.com",
        "outlook.de",
        "freenet.de",
        "mailbox.org",
        "yahoo.de",
        "icloud.com",
        "arcor.de",
        "gmx.net",
    ],
    "AT": [
        "gmx.at",
        "aon.at",
        "chello.at",
        "a1.net",
        "gmail.com",
        "outlook.com",
        "yahoo.de",
        "icloud.com",
        "utanet.at",
        "kabsi.at",
    ],
    "CH": [
        "bluewin.ch",
        "gmx.ch",
        "hispeed.ch",
        "sunrise.ch",
        "gmail.com",
        "outlook.com",
        "protonmail.ch",
        "icloud.com",
        "hotmail.ch",
        "yahoo.com",
    ],
    "FR": [
        "orange.fr",
        "free.fr",
        "laposte.net",
        "wanadoo.fr",
        "sfr.fr",
        "gmail.com",
        "hotmail.fr",
        "yahoo.fr",
        "outlook.fr",
        "icloud.com",
    ],
    "IT": [
        "libero.it",
        "virgilio.it",
        "alice.it",
        "tiscali.it",
        "gmail.com",
        "hotmail.it",
        "yahoo.it",
        "outlook.it",
        "fastwebnet.it",
        "tim.it",
    ],
    "GB": [
        "gmail.com",
        "yahoo.co.uk",
        "btinternet.com",
        "hotmail.co.uk",
        "outlook.com",
        "icloud.com",
        "sky.com",
        "virginmedia.com",
        "talktalk.net",
    ],
    "US": [
        "gmail.com",
        "yahoo.com",
        "outlook.com",
        "icloud.com",
        "comcast.net",
        "aol.com",
        "hotmail.com",
        "protonmail.com",
        "att.net",
        "verizon.net",
    ],
}
IP4 = {
    "DE": [
        (79, 192, 255),
        (84, 128, 191),
        (87, 128, 191),
        (91, 0, 63),
        (93, 192, 255),
        (217, 224, 255),
        (46, 80, 95),
        (95, 112, 119),
    ],
    "CH": [
        (178, 192, 199),
        (85, 0, 7),
        (212, 243, 243),
        (83, 76, 79),
        (213, 55, 55),
        (188, 60, 63),
        (62, 202, 203),
        (46, 14, 14),
    ],
    "AT": [(77, 116, 119), (80, 108, 123), (178, 112, 115), (91, 112, 119), (84, 112, 119), (188, 20, 23)],
    "FR": [(90, 0, 127), (86, 192, 255), (82, 64, 127), (88, 160, 191), (78, 192, 255), (176, 128, 191), (92, 88, 95)],
    "IT": [(79, 0, 63), (87, 0, 31), (151, 0, 95), (93, 32, 63), (2, 32, 47), (95, 224, 255), (5, 88, 95)],
    "GB": [(86, 128, 191), (81, 96, 111), (2, 24, 31), (109, 144, 159), (82, 0, 47), (90, 192, 255), (31, 48, 55)],
    "US": [
        (73, 0, 255),
        (24, 0, 63),
        (98, 0, 63),
        (68, 32, 63),
        (174, 0, 127),
        (99, 0, 127),
        (107, 128, 191),
        (71, 0, 127),
    ],
}
IP6 = {
    "DE": ["2003:e5", "2003:c1", "2a02:810d", "2a01:c22"],
    "CH": ["2a02:1205", "2a02:aa10", "2001:1711"],
    "AT": ["2a02:8388", "2001:871", "2a02:8389"],
    "FR": ["2a01:e0a", "2a01:cb00", "2a01:cb19"],
    "IT": ["2001:b07", "2a01:e11", "2001:b02"],
    "GB": ["2a00:23c5", "2a02:c7c", "2a00:23c8"],
    "US": ["2601:1c0", "2600:1700", "2601:646"],
}
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
MON_ABBR = {
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "at": "Jän. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
DOB_SHAPES = {
    "de": [
        "d2.m2.y4",
        "d.m.y4",
        "d2.m2.y2",
        "d2. m2. y4",
        "iso",
        "y4m2d2",
        "d2/m2/y4",
        "d2-m2-y4",
        "rom.",
        "de_long",
        "de_long0",
        "de_long_nosp",
        "de_long_nodot",
        "de_abbr",
        "de_apos",
        "d.m.y2",
    ],
    "fr": [
        "d2/m2/y4",
        "d2.m2.y4",
        "fr_long",
        "fr_up",
        "fr_abbr",
        "d2-m2-y4",
        "iso",
        "d2/m2/y2",
        "d2 m2 y4",
        "y4/m2/d2",
        "d/m/y4",
    ],
    "it": [
        "d2/m2/y4",
        "d2.m2.y4",
        "it_long",
        "it_up",
        "it_abbr",
        "d2-m2-y4",
        "iso",
        "d2/m2/y2",
        "rom/",
        "d/m/y4",
        "d2 m2 y4",
    ],
    "gb": [
        "d2/m2/y4",
        "en_long",
        "en_th",
        "en_th_of",
        "en_abbr",
        "en_abbr_up",
        "d2-MON-y4",
        "iso",
        "d2.m2.y4",
        "d2/m2/y2",
        "d/m/y4",
    ],
    "us": ["m2/d2/y4", "m/d/y4", "m/d/y2", "m-d-y4", "us_long", "us_abbr", "us_abbr_dot", "us_th", "iso", "m2-d2-y4"],
}


def ordinal_en(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th') }"


def fmt_date(d: dt.date, shape: str, at: bool = False) -> str:
    dd, mm, y = d.day, d.month, d.year
    mde = MONTHS["at" if at else "de"][mm - 1]
    simple = {
        "d2.m2.y4": f"{dd:02d}.{mm:02d}.{y}",
        "d.m.y4": f"{dd}.{mm}.{y}",
        "d2.m2.y2": f"{dd:02d}.{mm:02d}.{y % 100:02d}",
        "d2. m2. y4": f"{dd:02d}. {mm:02d}. {y}",
        "iso": f"{y}-{mm:02d}-{dd:02d}",
        "y4m2d2": f"{y}{mm:02d}{dd:02d}",
        "d2/m2/y4": f"{dd:02d}/{mm:02d}/{y}",
        "d2-m2-y4": f"{dd:02d}-{mm:02d}-{y}",
        "rom.": f"{dd}.{ROMAN[mm - 1]}.{y}",
        "rom/": f"{dd}/{ROMAN[mm - 1]}/{y}",
        "d.m.y2": f"{dd}.{mm}.{y % 100:02d}",
        "de_long": f"{dd}. {mde} {y}",
        "de_long0": f"{dd:02d}. {mde} {y}",
        "de_long_nosp": f"{dd}.{mde} {y}",
        "de_long_nodot": f"{dd} {mde} {y}",
        "de_abbr": f"{dd}. {MON_ABBR['at' if at else 'de'][mm - 1]} {y}",
        "de_apos": f"{dd}. {mde} '{y % 100:02d}",
        "fr_long": f"{'1er' if dd == 1 else dd} {MONTHS['fr'][mm - 1]} {y}",
        "fr_up": f"{'1er' if dd == 1 else dd} {MONTHS['fr'][mm - 1].upper()} {y}",
        "fr_abbr": f"{dd} {MON_ABBR['fr'][mm - 1]} {y}",
        "d2/m2/y2": f"{dd:02d}/{mm:02d}/{y % 100:02d}",
        "d2 m2 y4": f"{dd:02d} {mm:02d} {y}",
        "y4/m2/d2": f"{y}/{mm:02d}/{dd:02d}",
        "d/m/y4": f"{dd}/{mm}/{y}",
        "it_long": f"{'1°' if dd == 1 else dd} {MONTHS['it'][mm - 1]} {y}",
        "it_up": f"{'1°' if dd == 1 else dd} {MONTHS['it'][mm - 1].upper()} {y}",
        "it_abbr": f"{dd} {MON_ABBR['it'][mm - 1]} {y}",
        "en_long": f"{dd} {MONTHS['en'][mm - 1]} {y}",
        "en_th": f"{ordinal_en(dd)} {MONTHS['en'][mm - 1]} {y}",
        "en_th_of": f"{ordinal_en(dd)} of {MONTHS['en'][mm - 1]} {y}",
        "en_abbr": f"{dd} {MON_ABBR['en'][mm - 1]} {y}",
        "en_abbr_up": f"{dd} {MON_ABBR['en'][mm - 1].upper()} {y}",
        "d2-MON-y4": f"{dd:02d}-{MON_ABBR['en'][mm - 1].upper()}-{y}",
        "m2/d2/y4": f"{mm:02d}/{dd:02d}/{y}",
        "m/d/y4": f"{mm}/{dd}/{y}",
        "m/d/y2": f"{mm}/{dd}/{y % 100:02d}",
        "m-d-y4": f"{mm}-{dd}-{y}",
        "m2-d2-y4": f"{mm:02d}-{dd:02d}-{y}",
        "us_long": f"{MONTHS['en'][mm - 1]} {dd}, {y}",
        "us_abbr": f"{MON_ABBR['en'][mm - 1]} {dd}, {y}",
        "us_abbr_dot": f"{MON_ABBR['en'][mm - 1]}{'' if mm == 5 else '.'} {dd}, {y}",
        "us_th": f"{MONTHS['en'][mm - 1]} {ordinal_en(dd)}, {y}",
    }
    return simple[shape]


# ----------------------------------------------------------------------------------------------------------------
# check digits
def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def luhn_ok(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def ean13(d12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(s: str) -> str:
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def rib_key(bank: str, guichet: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97:02d}"


def _digits(r: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(r.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def make_iban(r: random.Random, country: str) -> str:
    if country == "DE":
        bban = r.choice(
            [
                "10010010",
                "37040044",
                "50010517",
                "70020270",
                "43060967",
                "20050550",
                "76050101",
                "60050101",
                "86055592",
                "12030000",
            ]
        ) + _digits(r, 10)
    elif country == "AT":
        bban = r.choice(["20111", "12000", "32000", "14000", "38000", "60000", "20815", "34000"]) + _digits(r, 11)
    elif country == "CH":
        bban = r.choice(["00762", "00235", "80808", "09000", "00700", "00767", "81487", "00254"]) + _digits(r, 12)
    elif country == "LI":
        bban = r.choice(["08800", "08810", "08803"]) + _digits(r, 12)
    elif country == "FR":
        bank = r.choice(["30003", "30004", "20041", "30002", "10278", "18206", "16606", "30066"])
        gui, acct = _digits(r, 5), _digits(r, 11)
        bban = bank + gui + acct + rib_key(bank, gui, acct)
    elif country == "IT":
        rest = (
            r.choice(["03069", "02008", "05034", "03062", "01030", "05696", "08327", "03111"])
            + _digits(r, 5)
            + _digits(r, 12)
        )
        bban = cin(rest) + rest
    elif country in ("GB", "IE"):
        bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "CPBK"] if country == "GB" else ["AIBK", "BOFI"])
        bban = bank + _digits(r, 6) + _digits(r, 8)
    elif country == "NL":
        bban = r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + _digits(r, 10)
    elif country == "BE":
        b10 = _digits(r, 10)
        chk = int(b10) % 97 or 97
        bban = b10 + f"{chk:02d}"
    elif country == "LU":
        bban = r.choice(["001", "002", "019"]) + _digits(r, 13)
    else:
        raise ValueError(country)
    return country + iban_check(country, bban) + bban


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def translit(s: str) -> str:
    import unicodedata

    for a, b in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
        ("ß", "ss"),
        ("ł", "l"),
        ("Ł", "L"),
        ("đ", "d"),
        ("Đ", "D"),
        ("ı", "i"),
        ("ø", "o"),
        ("æ", "ae"),
    ):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", translit(s).lower()).strip("_")


CC_OF = {
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
REG_OF = {
    "de_DE": "DE",
    "de_CH": "CHde",
    "de_AT": "AT",
    "fr_CH": "CHfr",
    "fr_FR": "FR",
    "it_CH": "CHit",
    "it_IT": "IT",
    "en_GB": "GB",
    "en_US": "US",
}
DGROUP = {"de": "de", "fr": "fr", "it": "it", "en_GB": "gb", "en_US": "us"}
FORM_STYLES = ["colon", "aligned", "tab", "dots", "bold", "kv", "md", "upper", "bullet", "bracket"]
TABLE_STYLES = ["md", "md_al", "fixed", "csv", "ssv", "tsv", "psv", "jsonl", "json", "yaml", "html"]
IBAN_NEIGH = {
    "DE": ["AT", "NL", "LU"],
    "AT": ["DE"],
    "CH": ["LI", "DE"],
    "FR": ["BE", "LU", "CH"],
    "IT": ["CH", "DE"],
    "GB": ["IE"],
    "US": ["GB"],
}
LAN = ["192.168.178.{}", "192.168.1.{}", "192.168.0.{}", "10.0.0.{}", "10.10.1.{}", "172.16.4.{}", "192.168.2.{}"]


class Addr:
    def __init__(self, street: str, town_line: str, town: str, area: str, cc: str):
        self.street, self.line, self.town, self.area, self.cc = street, town_line, town, area, cc
        self.t: T | None = None


class Ctx:
    def __init__(self, r: random.Random, loc: str, genre: str):
        self.r, self.loc, self.genre = r, loc, genre
        self.lang = loc[:2]
        self.cc = CC_OF[loc]
        self.reg = REG_OF[loc]
        self.at = loc == "de_AT"
        self.dgroup = DGROUP.get(loc, DGROUP.get(self.lang))
        self.dob_main = r.choice(DOB_SHAPES[self.dgroup])
        self.form_style = r.choice(FORM_STYLES)
        self.lower_chat = r.random() < 0.45
        self.used_last: set[str] = set()
        self.dob_shapes: collections.Counter[str] = collections.Counter()
        self.year = 2026

    # -- choice helpers
    def L(self, de, fr, it, en):
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def ch(self, seq):
        return self.r.choice(list(seq))

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def us(self) -> bool:
        return self.loc == "en_US"

    # -- persons
    def _first(self, g: str, lists) -> str:
        pool = []
        for loc, w in lists:
            if self.r.random() <= w or not pool:
                pool = fl(loc, "first_names_male" if g == "m" else "first_names_female")
        if self.p(0.22):
            nick_pool = [x for x in pool if x in NICK]
            if nick_pool:
                return self.ch(nick_pool)
        return self.ch(pool)

    def _cz_pair(self, loc: str) -> tuple[str, str]:
        males = fl(loc, "last_names_male")
        females = set(fl(loc, "last_names_female"))
        for _ in range(50):
            m = self.ch(males)
            cands = [m[:-1] + "á" if m.endswith("ý") else m + "ová"]
            if m.endswith("ek"):
                cands.append(m[:-2] + "ková")
            if m.endswith("a"):
                cands.append(m[:-1] + "ová")
            for f in cands:
                if f in females:
                    return m, f
        return "Novák", "Nováková"

    def _invented(self) -> str:
        pre, suf = SYL[self.lang]
        known = all_surnames()
        for _ in range(200):
            s = self.ch(pre) + self.ch(suf)
            low = s.lower()
            if re.search(r"(.)\1\1", low) or re.search(r"(aa|ee|ii|oo|uu)", low) or low in known:
                continue
            return s
        raise AssertionError("no invented surname")

    def person(self, g: str | None = None, kind: str | None = None, comm: str | None = None) -> Person:
        for _ in range(100):
            p = self._person(g or self.ch("mf"), kind, comm)
            key = p.last_m.lower()
            if key not in self.used_last:
                self.used_last.add(key)
                if self.us() and self.p(0.3):
                    p.mid = self.ch("ABCDEFGHJKLMNPRSTW")
                return p
        raise AssertionError("surnames exhausted")

    def _person(self, g: str, kind: str | None, comm: str | None) -> Person:
        x = self.r.random()
        kind = kind or ("region" if x < 0.55 else "comm" if x < 0.78 else "special")
        if comm:
            kind = "comm"
        lang = self.lang
        if kind == "comm":
            key = comm or self.ch(COMM_BY_CC[self.cc])
            if key in FAKER_COMM:
                loc = FAKER_COMM[key]
                first = self.ch(fl(loc, "first_names_male" if g == "m" else "first_names_female"))
                if key in ("cz", "sk"):
                    lm, lf = self._cz_pair(loc)
                else:
                    lm = lf = self.ch(fl(loc, "last_names"))
                src: tuple[str, ...] = ("faker", loc)
            else:
                ms, fs, lasts = COMM[key]
                first = self.ch(ms if g == "m" else fs)
                last = self.ch(lasts)
                lm, lf = (last.split("|") + [last])[:2] if "|" in last else (last, last)
                src = ("comm", key)
            q = Person(first, lm, lf, g, lang)
            q.src = src
            return q
        first = self._first(g, REGION_FIRST[self.loc])
        if kind == "region":
            last = self.ch(_region_last(self.loc))
            return Person(first, last, last, g, lang)
        y = self.r.random()
        if y < 0.33:
            last = self.ch(WORD_LAST[lang])
            if self.p(0.25):
                first = self.ch(WORD_FIRST[lang][0 if g == "m" else 1])
        elif y < 0.58:
            key = {"CHfr": "CHfr", "CHit": "CHit", "CHde": "CH"}.get(self.reg, self.reg)
            last = self.ch(PARTICLE_LAST[key])
        elif y < 0.8:
            last = self._invented()
            if self.p(0.4):
                first = self.ch(RARE_FIRST[lang][0 if g == "m" else 1])
        else:
            pool = _region_last(self.loc)
            a, b = self.ch(pool), self.ch(pool)
            while b == a:
                b = self.ch(pool)
            sep = " " if lang in ("it", "en") and self.p(0.35) else "-"
            last = a + sep + b
        return Person(first, last, last, g, lang)

    def relative(self, p: Person, g: str | None = None, first: str | None = None) -> Person:
        g = g or self.ch("mf")
        for _ in range(20):
            if first is not None:
                fn = first
            elif p.src[0] == "faker":
                fn = self.ch(fl(p.src[1], "first_names_male" if g == "m" else "first_names_female"))
            elif p.src[0] == "comm":
                ms, fs, _l = COMM[p.src[1]]
                fn = self.ch(ms if g == "m" else fs)
            else:
                fn = self._first(g, REGION_FIRST[self.loc])
            if fn != p.first:
                q = Person(fn, p.last_m, p.last_f, g, self.lang)
                q.src = p.src
                return q
        raise AssertionError("no relative")

    def P(self, p: Person, form: str = "fl") -> str:
        return mk("PERSON", name_form(p, form))

    def title(self, p: Person, dat: bool = False, long: bool = False) -> str:
        m = p.g == "m"
        if self.lang == "de":
            return ("Herrn" if dat else "Herr") if m else "Frau"
        if self.lang == "fr":
            return ("Monsieur" if m else "Madame") if long else ("M." if m else "Mme")
        if self.lang == "it":
            return ("signor" if m else "signora") if long else ("Sig." if m else "Sig.ra")
        d = "." if self.us() else ""
        return ("Mr" if m else self.ch(["Ms", "Mrs"])) + d

    def TP(self, p: Person, form: str = "fl", dat: bool = False) -> str:
        return f"{self.title(p, dat)} {self.P(p, form)}"

    def gw(self, p: Person, m: str, f: str) -> str:
        return m if p.g == "m" else f

    # -- places
    def _town(self, reg: str | None = None) -> tuple[T, str]:
        reg = reg or self.reg
        t = self.ch(TOWNS[reg])
        return t, self.ch(t.pcs)

    def addr(self, reg: str | None = None, business: bool = False, town: T | None = None) -> Addr:
        reg = reg or self.reg
        t, pc = self._town(reg)
        if town is not None:
            t, pc = town, self.ch(town.pcs)
        s = self.ch(STREETS[reg])
        n = self.r.randint(1, 48) if self.p(0.8) else self.r.randint(49, 160)
        if reg == "DE":
            if s.endswith("straße") and self.p(0.2):
                s = s[:-6] + ("Str." if s.endswith(" Straße") else "str.")
            num = self.ch([f"{n}", f"{n}", f"{n}", f"{n}a", f"{n} a", f"{n}-{n + 2}", f"{n}b"])
            street = f"{s} {num}"
            if self.p(0.05) and not business:
                street += " (Hinterhaus)"
        elif reg == "AT":
            num = self.ch(
                [
                    f"{n}",
                    f"{n}",
                    f"{n}/{self.r.randint(1, 9)}",
                    f"{n}/{self.r.randint(1, 4)}/{self.r.randint(1, 20)}",
                    f"{n}/Top {self.r.randint(1, 24)}",
                    f"{n}/Stiege {self.r.randint(1, 4)}/Tür {self.r.randint(1, 18)}",
                    f"{n}a",
                ]
            )
            street = f"{s} {num}"
        elif reg == "CHde":
            if s.endswith("strasse") and self.p(0.15):
                s = s[:-7] + "str."
            street = f"{s} {self.ch([str(n), str(n), str(n), f'{n}a', f'{n}b', f'{n}A'])}"
        elif reg == "CHfr":
            if self.p(0.2):
                s = s[0].lower() + s[1:]
            street = f"{s} {self.ch([str(n), str(n), f'{n}bis', f'{n}a'])}"
        elif reg == "CHit":
            street = f"{s} {self.ch([str(n), str(n), f'{n}a', f'{n}b'])}"
        elif reg == "FR":
            num = self.ch([f"{n}", f"{n}", f"{n}", f"{n} bis", f"{n} ter"])
            street = self.ch([f"{num}, {s}", f"{num} {s}", f"{num} {s}"])
            if self.p(0.12) and not business:
                street = self.ch([f"Bât. {self.ch('ABCD')}, {street}", f"{street}, Appt {self.r.randint(2, 48)}"])
        elif reg == "IT":
            if self.p(0.3):
                s = s[0].upper() + s[1:]
            street = self.ch(
                [
                    f"{s} {n}",
                    f"{s}, {n}",
                    f"{s} n. {n}",
                    f"{s} {n}/{self.ch('ABC')}",
                    f"{s} {n}/{self.ch('abc')}",
                    f"{s} {n} int. {self.r.randint(1, 12)}",
                ]
            )
        elif reg == "GB":
            street = self.ch(
                [
                    f"{n} {s}",
                    f"{n} {s}",
                    f"{n}{self.ch('ab')} {s}",
                    f"Flat {self.r.randint(1, 9)}, {n} {s}",
                    f"Flat {self.r.randint(1, 6)}{self.ch('AB')}, {n} {s}",
                ]
            )
            if business:
                street = f"{n} {s}"
        else:
            n = self.r.randint(12, 9899)
            unit = (
                ""
                if business or self.p(0.6)
                else " "
                + self.ch(
                    [
                        f"Apt {self.r.randint(1, 30)}",
                        f"Apt {self.r.randint(1, 6)}{self.ch('ABCD')}",
                        f"#{self.r.randint(2, 40)}",
                        f"Unit {self.r.randint(1, 12)}",
                    ]
                )
            )
            if business and self.p(0.4):
                unit = f" Suite {self.r.randint(1, 4)}{self.r.randint(0, 2)}{self.r.randint(0, 9)}"
            street = f"{n} {s}{unit}"
        town = t.town
        if reg in ("DE", "AT", "CHde", "CHfr", "CHit"):
            pre = {"DE": "D-", "AT": "A-"}.get(reg, "CH-")
            line = f"{pre if self.p(0.1) else ''}{pc} {town}"
        elif reg == "FR":
            line = f"{pc} {town.upper() if self.p(0.22) else town}"
        elif reg == "IT":
            line = self.ch(
                [f"{pc} {town} ({t.extra})", f"{pc} {town} {t.extra}", f"{pc} {town}", f"{pc} {town} ({t.extra})"]
            )
            if self.p(0.06):
                line = "I-" + line
        elif reg == "GB":
            inward = f"{self.r.randint(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
            line = f"{town} {pc} {inward}"
        else:
            z = pc + (f"-{self.r.randint(1000, 9999)}" if self.p(0.15) else "")
            line = f"{town}, {t.extra} {z}"
        out = Addr(street, line, town, t.area, {"CHde": "CH", "CHfr": "CH", "CHit": "CH"}.get(reg, reg))
        out.t = t
        return out

    def local(self, near: Addr, prob: float = 0.75) -> Addr:
        """An address in the same town as ``near`` (a shop, a farm, a club) most of the time."""
        return self.addr(town=near.t) if self.p(prob) else self.addr()

    def A(self, s: str) -> str:
        return mk("ADDRESS", s)

    def aline(self, a: Addr, sep: str | None = None) -> str:
        sep = sep or self.ch([", ", ", ", ", ", " - ", " · ", "; ", " / "])
        return self.A(a.street) + sep + self.A(a.line)

    def ablock(self, a: Addr, indent: str = "") -> str:
        return indent + self.A(a.street) + "\n" + indent + self.A(a.line)

    # -- phones
    def phone(self, kind: str = "mob", area: str | None = None, cc: str | None = None) -> str:
        cc = cc or self.cc
        r = self.r
        if cc == "US":
            a = area or self.ch(TOWNS["US"]).area
            n = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
            s = _digits(r, 4)
            return self.ch(
                [
                    f"({a}) {n}-{s}",
                    f"{a}-{n}-{s}",
                    f"{a}.{n}.{s}",
                    f"+1 {a} {n} {s}",
                    f"+1 ({a}) {n}-{s}",
                    f"1-{a}-{n}-{s}",
                    f"{a}{n}{s}",
                    f"({a}) {n}-{s}",
                ]
            )
        if kind == "mob":
            pre = self.ch(MOBILE["CH" if cc == "LI" else cc])
            if cc == "DE":
                sub = _digits(r, 8 if pre.startswith("015") else 7, True)
                i = pre[1:]
                return self.ch(
                    [
                        f"{pre} {sub}",
                        f"{pre}/{sub}",
                        f"{pre}-{sub}",
                        f"+49 {i} {sub}",
                        f"+49 (0){i} {sub}",
                        f"0049 {i} {sub}",
                        f"+49{i}{sub}",
                        f"{pre} {sub[:3]} {sub[3:5]} {sub[5:]}",
                    ]
                )
            if cc == "AT":
                sub = _digits(r, 7, True)
                i = pre[1:]
                return self.ch(
                    [
                        f"{pre} {sub}",
                        f"{pre}/{sub[:3]} {sub[3:5]} {sub[5:]}",
                        f"+43 {i} {sub}",
                        f"+43 (0) {i} {sub[:3]} {sub[3:5]} {sub[5:]}",
                        f"0043 {i} {sub}",
                        f"+43{i}{sub}",
                        f"{pre} {sub[:3]} {sub[3:]}",
                    ]
                )
            if cc == "CH":
                sub = _digits(r, 7, True)
                return self._ch_fmt(pre, sub)
            if cc == "FR":
                sub = _digits(r, 8)
                return self._fr_fmt(pre, sub)
            if cc == "IT":
                sub = _digits(r, 7, True)
                return self.ch(
                    [
                        f"{pre} {sub}",
                        f"{pre} {sub[:3]} {sub[3:]}",
                        f"+39 {pre} {sub}",
                        f"0039 {pre} {sub}",
                        f"{pre}/{sub}",
                        f"{pre}.{sub[:3]}.{sub[3:]}",
                        f"+39{pre}{sub}",
                        f"+39 {pre} {sub[:3]} {sub[3:]}",
                    ]
                )
            if cc == "GB":
                sub = _digits(r, 6)
                i = pre[1:]
                return self.ch(
                    [
                        f"{pre} {sub}",
                        f"{pre}{sub}",
                        f"+44 {i} {sub}",
                        f"+44 (0){i} {sub}",
                        f"{pre}-{sub[:3]}-{sub[3:]}",
                        f"{pre} {sub[:3]} {sub[3:]}",
                        f"+44{i}{sub}",
                    ]
                )
        # landlines
        if cc == "DE":
            a = area or self.ch(TOWNS["DE"]).area
            ln = {3: 8, 4: 7, 5: 6}[len(a)] - (1 if self.p(0.3) else 0)
            sub = _digits(r, ln, True)
            i = a[1:]
            forms = [
                f"{a} {sub}",
                f"{a}/{sub}",
                f"({a}) {sub}",
                f"+49 {i} {sub}",
                f"+49 (0){i} {sub}",
                f"0049 {i} {sub}",
                f"+49{i}{sub}",
                f"{a}-{sub}",
                f"{a} {sub[:-2]}-{sub[-2:]}",
                f"{a} {sub[:3]} {sub[3:]}",
            ]
            return self.ch(forms)
        if cc == "AT":
            a = area or self.ch(TOWNS["AT"]).area
            sub = _digits(r, 7 if a == "01" else 6, True)
            i = a[1:]
            return self.ch(
                [
                    f"{a} {sub}",
                    f"{a}/{sub}",
                    f"+43 {i} {sub}",
                    f"+43 (0){i} {sub}",
                    f"0043 {i} {sub}",
                    f"{a} {sub[:2]} {sub[2:4]} {sub[4:]}",
                    f"+43{i}{sub}",
                    f"{a}-{sub}",
                ]
            )
        if cc == "CH" or cc == "LI":
            a = area or ("0" + self.ch(["44", "31", "61", "41", "71", "21", "22", "91", "32", "52"]))
            return self._ch_fmt(a, _digits(r, 7, True))
        if cc == "FR":
            a = area or self.ch(["01", "02", "03", "04", "05"])
            return self._fr_fmt(a, _digits(r, 8))
        if cc == "IT":
            a = area or self.ch(TOWNS["IT"]).area
            sub = _digits(r, 10 - len(a), True)
            return self.ch(
                [
                    f"{a} {sub}",
                    f"{a} {sub[:4]} {sub[4:]}" if len(sub) > 6 else f"{a} {sub}",
                    f"+39 {a} {sub}",
                    f"0039 {a} {sub}",
                    f"{a}/{sub}",
                    f"{a}-{sub}",
                    f"+39{a}{sub}",
                    f"+39 {a} {sub[:3]} {sub[3:]}",
                ]
            )
        if cc == "GB":
            a = area or self.ch(TOWNS["GB"]).area
            if a in ("020", "029"):
                sub = self.ch("78" if a == "020" else "2") + _digits(r, 7)
                s2 = f"{sub[:4]} {sub[4:]}"
            elif len(a) == 4:
                sub = self.ch("234") + _digits(r, 6)
                s2 = f"{sub[:3]} {sub[3:]}"
            else:
                sub = _digits(r, 6, True)
                s2 = sub
            i = a[1:]
            return self.ch(
                [
                    f"{a} {s2}",
                    f"+44 {i} {s2}",
                    f"+44 (0){i} {s2}",
                    f"({a}) {s2}",
                    f"0044 {i} {s2}",
                    f"+44{i}{sub}",
                    f"{a} {s2}",
                ]
            )
        raise ValueError(cc)

    def _ch_fmt(self, a: str, sub: str) -> str:
        s = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
        i = a[1:]
        return self.ch(
            [
                f"{a} {s}",
                f"{a} {s}",
                f"+41 {i} {s}",
                f"0041 {i} {s}",
                f"+41 (0){i} {s}",
                f"+41{i}{sub}",
                f"{a}/{s}",
                f"{a} {sub}",
                f"{a}.{sub[:3]}.{sub[3:5]}.{sub[5:]}",
            ]
        )

    def _fr_fmt(self, a: str, sub: str) -> str:
        pairs = [sub[i : i + 2] for i in range(0, 8, 2)]
        i = a[1:]
        return self.ch(
            [
                f"{a} {' '.join(pairs)}",
                f"{a} {' '.join(pairs)}",
                f"{a}.{'.'.join(pairs)}",
                f"{a}{sub}",
                f"+33 {i} {' '.join(pairs)}",
                f"+33 (0){i} {' '.join(pairs)}",
                f"0033 {i} {' '.join(pairs)}",
                f"+33{i}{sub}",
                f"{a}-{'-'.join(pairs)}",
            ]
        )

    def T(self, s: str) -> str:
        return mk("PHONE", s)

    def tel(self, a: Addr | None = None, kind: str | None = None) -> str:
        kind = kind or ("land" if a is not None and self.p(0.6) else "mob")
        return self.T(
            self.phone(kind, a.area if a is not None and kind == "land" else None, a.cc if a is not None else None)
        )

    def mob(self) -> str:
        return self.T(self.phone("mob"))

    # -- e-mail
    def email_s(self, p: Person, domain: str | None = None, work: bool = False) -> str:
        def clean(s: str) -> str:
            return re.sub(r"[^a-z0-9-]", "", translit(s).lower().replace(" ", "").replace("'", ""))

        f, la = clean(p.first), clean(p.last)
        if domain is None:
            dom = self.ch(MAIL_DOMAINS[self.cc if self.cc in MAIL_DOMAINS else "DE"])
        else:
            dom = domain
        if work:
            local = self.ch([f"{f}.{la}", f"{f[0]}.{la}", f"{la}", f"{f}", f"{f[0]}{la}"])
        else:
            yy = self.r.randint(60, 99) if self.p(0.5) else self.r.randint(1, 24)
            local = self.ch(
                [
                    f"{f}.{la}",
                    f"{f}.{la}",
                    f"{f[0]}.{la}",
                    f"{la}.{f}",
                    f"{f}{la}{yy:02d}",
                    f"{f}_{la}",
                    f"{f}{la[0]}",
                    f"{la}{f[0]}",
                    f"{f}.{la}{self.r.randint(1, 9)}",
                    f"{clean(p.nick or p.first)}.{la}",
                    f"{f}-{la}",
                    f"{la}.{f[0]}",
                ]
            )
        local = local.strip(".-_").replace("..", ".")
        return f"{local}@{dom}"

    def E(self, p: Person, domain: str | None = None, work: bool = False) -> str:
        return mk("EMAIL", self.email_s(p, domain, work))

    # -- ids
    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        if country is None:
            country = self.cc if self.cc != "US" else "GB"
            if self.p(0.08):
                country = self.ch(IBAN_NEIGH[self.cc])
        s = make_iban(self.r, country)
        assert iban_valid(s)
        g = self.p(0.7) if grouped is None else grouped
        return mk("IBAN", group4(s) if g else s)

    def card(self) -> str:
        k = self.r.random()
        if k < 0.5:
            num = luhn_complete("4", 16, self.r)
        elif k < 0.85:
            pre = str(self.r.randint(51, 55)) if self.p(0.7) else str(self.r.randint(2221, 2720))
            num = luhn_complete(pre, 16, self.r)
        else:
            num = luhn_complete(self.ch(["34", "37"]), 15, self.r)
        assert luhn_ok(num)
        if len(num) == 15:
            s = self.ch([f"{num[:4]} {num[4:10]} {num[10:]}", num])
        else:
            s = self.ch(
                [
                    " ".join(num[i : i + 4] for i in range(0, 16, 4)),
                    num,
                    "-".join(num[i : i + 4] for i in range(0, 16, 4)),
                ]
            )
        return mk("CARD", s)

    def masked_card(self) -> str:
        last4 = _digits(self.r, 4)
        return self.ch(
            [
                f"**** **** **** {last4}",
                f"•••• {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"{self.ch(['4', '5'])}{_digits(self.r, 5)}******{last4}",
                f"**** {last4}",
            ]
        )

    def ahv(self) -> str:
        d12 = "756" + _digits(self.r, 9)
        num = d12 + ean13(d12)
        s = f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}" if self.p(0.85) else num
        return mk("AHV", s)

    def ip(self) -> str:
        if self.p(0.18):
            pre = self.ch(IP6[self.cc if self.cc in IP6 else "DE"])
            parts = pre.split(":")
            while len(parts) < 4:
                parts.append(f"{self.r.randint(0, 0xFFFF):x}")
            tail = [f"{self.r.randint(0, 0xFFFF):x}" for _ in range(4)]
            return mk("IP", ":".join(parts + tail))
        a, lo, hi = self.ch(IP4[self.cc if self.cc in IP4 else "DE"])
        return mk("IP", f"{a}.{self.r.randint(lo, hi)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}")

    def lan_ip(self) -> str:
        return self.ch(LAN).format(self.r.randint(2, 250))

    # -- dates
    def dob(self, kind: str = "adult") -> dt.date:
        lo, hi = {
            "adult": (1942, 2004),
            "child": (2010, 2021),
            "senior": (1926, 1952),
            "young": (1996, 2007),
            "teen": (2008, 2011),
            "mid": (1955, 1990),
        }[kind]
        y = self.r.randint(lo, hi)
        return dt.date(y, 1, 1) + dt.timedelta(days=self.r.randint(0, 364))

    def dshape(self) -> str:
        return self.dob_main if self.p(0.75) else self.ch(DOB_SHAPES[self.dgroup])

    def D(self, d: dt.date, shape: str | None = None) -> str:
        shape = shape or self.dshape()
        self.dob_shapes[shape] += 1
        return mk("DOB", fmt_date(d, shape, self.at))

    def day(self, month: int | None = None, year: int | None = None, lo: int = 1, hi: int = 28) -> dt.date:
        return dt.date(year or self.year, month or self.r.randint(1, 12), self.r.randint(lo, hi))

    def pd(self, d: dt.date, long: bool | None = None) -> str:
        """A plain (unlabelled) date in a readable shape of the document's language."""
        long = self.p(0.35) if long is None else long
        g = self.dgroup
        if long:
            return fmt_date(
                d, {"de": "de_long", "fr": "fr_long", "it": "it_long", "gb": "en_long", "us": "us_long"}[g], self.at
            )
        return fmt_date(
            d,
            {
                "de": self.ch(["d2.m2.y4", "d.m.y4"]),
                "fr": "d2/m2/y4",
                "it": "d2/m2/y4",
                "gb": "d2/m2/y4",
                "us": "m/d/y4",
            }[g],
        )

    def dm(self, d: dt.date) -> str:
        """Day and month only."""
        g = self.dgroup
        if g == "de":
            return self.ch(
                [
                    f"{d.day}.{d.month}.",
                    f"{d.day:02d}.{d.month:02d}.",
                    f"{d.day}. {MONTHS['at' if self.at else 'de'][d.month - 1]}",
                ]
            )
        if g == "fr":
            return self.ch([f"{d.day:02d}/{d.month:02d}", f"{d.day} {MONTHS['fr'][d.month - 1]}"])
        if g == "it":
            return self.ch([f"{d.day:02d}/{d.month:02d}", f"{d.day} {MONTHS['it'][d.month - 1]}"])
        if g == "gb":
            return self.ch([f"{d.day:02d}/{d.month:02d}", f"{d.day} {MONTHS['en'][d.month - 1]}"])
        return self.ch([f"{d.month}/{d.day}", f"{MONTHS['en'][d.month - 1]} {d.day}"])

    def hm(self, h: int | None = None, m: int | None = None) -> str:
        h = self.r.randint(8, 19) if h is None else h
        m = self.ch([0, 0, 15, 30, 45, 10, 20, 40, 50]) if m is None else m
        if self.us():
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        if self.lang == "fr" and self.p(0.5):
            return f"{h}h{m:02d}"
        if self.lang == "en":
            return f"{h}:{m:02d}"
        return f"{h:02d}:{m:02d}" if self.p(0.7) or self.lang != "de" else f"{h}.{m:02d}"

    # -- money
    def money(self, amount: float, cur: str | None = None) -> str:
        cc = self.cc
        whole = amount == int(amount)
        if cc == "CH":
            v = f"{amount:,.2f}".replace(",", "'")
            return self.ch([f"CHF {v}", f"Fr. {v}", f"{v} CHF", f"CHF {int(amount)}.–" if whole else f"CHF {v}"])
        if cc in ("DE", "AT", "FR", "IT"):
            v = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            if cc == "FR":
                v = v.replace(".", "\u202f")
                return self.ch([f"{v} €", f"{v} €", f"{v} EUR"])
            if cc == "IT":
                return self.ch([f"€ {v}", f"{v} €", f"{v} euro"])
            return self.ch([f"{v} €", f"{v} €", f"€ {v}", f"{v} EUR", f"{int(amount)},- €" if whole else f"{v} €"])
        sym = "£" if cc == "GB" else "$"
        return f"{sym}{amount:,.2f}" if not whole or self.p(0.5) else f"{sym}{int(amount)}"


# ----------------------------------------------------------------------------------------------------------------
# layouts
def form(c: Ctx, pairs: list[tuple[str, str]], style: str | None = None) -> str:
    style = style or c.form_style
    pairs = [(k, v) for k, v in pairs if v is not None]
    w = max(len(k) for k, _ in pairs)
    if style == "md":
        h = c.L(("Feld", "Angabe"), ("Champ", "Valeur"), ("Campo", "Valore"), ("Field", "Value"))
        return "\n".join([f"| {h[0]} | {h[1]} |", "|---|---|"] + [f"| {k} | {v} |" for k, v in pairs])
    out = []
    for k, v in pairs:
        if style == "colon":
            out.append(f"{k}: {v}")
        elif style == "aligned":
            out.append(f"{(k + ':').ljust(w + 1)} {v}")
        elif style == "tab":
            out.append(f"{k}:\t{v}")
        elif style == "dots":
            out.append(f"{k} {'.' * (w - len(k) + 3)} {v}")
        elif style == "bold":
            out.append(f"**{k}:** {v}")
        elif style == "kv":
            out.append(f"{slug(k)} = {v}")
        elif style == "upper":
            out.append(f"{k.upper()}: {v}")
        elif style == "bullet":
            out.append(f"- {k}: {v}")
        else:
            out.append(f"[{k}] {v}")
    return "\n".join(out)


def _csv_cell(v: str, sep: str) -> str:
    if sep in vis(v) or '"' in vis(v):
        return '"' + v.replace('"', '""') + '"'
    return v


def _yaml_val(v: str) -> str:
    s = vis(v)
    if not s:
        return '""'
    if ": " in s or " #" in s or s[0] in "@*&!'\"-[{%>|?,`" or s.endswith(":") or re.fullmatch(r"[0-9.+ -]+", s):
        return '"' + v.replace('"', '\\"') + '"'
    return v


def table(c: Ctx, head: list[str], rows: list[list[str]], style: str | None = None) -> str:
    style = style or c.ch(TABLE_STYLES)
    rows = [[x if x is not None else "" for x in r] for r in rows]
    keys = [slug(h) for h in head]
    if style in ("md", "md_al", "fixed"):
        ws = [max(vlen(h), *(vlen(r[i]) for r in rows)) for i, h in enumerate(head)]
        if style == "md":
            lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            lines += ["| " + " | ".join(r) + " |" for r in rows]
        elif style == "md_al":
            lines = [
                "| " + " | ".join(pad(h, ws[i]) for i, h in enumerate(head)) + " |",
                "|" + "|".join("-" * (w + 2) for w in ws) + "|",
            ]
            lines += ["| " + " | ".join(pad(x, ws[i]) for i, x in enumerate(r)) + " |" for r in rows]
        else:
            lines = ["  ".join(pad(h, ws[i]) for i, h in enumerate(head)).rstrip(), "  ".join("-" * w for w in ws)]
            lines += ["  ".join(pad(x, ws[i]) for i, x in enumerate(r)).rstrip() for r in rows]
        return "\n".join(lines)
    if style in ("csv", "ssv", "tsv", "psv"):
        sep = {"csv": ",", "ssv": ";", "tsv": "\t", "psv": "|"}[style]
        lines = [sep.join(_csv_cell(h, sep) for h in head)]
        lines += [sep.join(_csv_cell(x, sep) for x in r) for r in rows]
        return "\n".join(lines)
    if style == "jsonl":
        return "\n".join(json.dumps(dict(zip(keys, r, strict=True)), ensure_ascii=False) for r in rows)
    if style == "json":
        return json.dumps([dict(zip(keys, r, strict=True)) for r in rows], ensure_ascii=False, indent=2)
    if style == "yaml":
        out = []
        for r in rows:
            for i, (k, x) in enumerate(zip(keys, r, strict=True)):
                out.append(f"{'- ' if i == 0 else '  '}{k}: {_yaml_val(x)}")
        return "\n".join(out)
    lines = ["<table>", "  <tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    lines += ["  <tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows]
    return "\n".join(lines + ["</table>"])


def chat(c: Ctx, msgs: list[tuple[str, str]], day: dt.date | None = None, layout: int | None = None) -> str:
    layout = c.r.randint(0, 7) if layout is None else layout
    day = day or c.day()
    h, m, s = c.r.randint(7, 20), c.r.randint(0, 59), c.r.randint(0, 59)
    out = []
    for i, (who, text) in enumerate(msgs):
        if i:
            m += c.r.randint(0, 14)
            s = c.r.randint(0, 59)
            if m >= 60:
                h, m = h + m // 60, m % 60
        h = min(h, 23)
        if c.lower_chat and c.p(0.7):
            text = text.lower()
        if c.lower_chat and layout in (4, 5, 6) and c.p(0.6):
            who = who.lower()
        tm = f"{h:02d}:{m:02d}"
        if c.us():
            tm12 = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        else:
            tm12 = tm
        if c.dgroup == "us":
            dd = f"{day.month}/{day.day}/{day.year % 100:02d}"
        elif c.dgroup == "de":
            dd = f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
        else:
            dd = f"{day.day:02d}/{day.month:02d}/{day.year if c.dgroup in ('fr', 'gb') else day.year % 100:02d}"
        if layout == 0:
            out.append(f"[{dd}, {tm}:{s:02d}] {who}: {text}")
        elif layout == 1:
            out.append(f"{dd}, {tm12} - {who}: {text}")
        elif layout == 2:
            out.append(f"{who}, [{day.day:02d}.{day.month:02d}.{day.year} {tm}]\n{text}")
        elif layout == 3:
            out.append(f"{who}  {tm12}\n{text}")
        elif layout == 4:
            out.append(f"[{tm}] <{who}> {text}")
        elif layout == 5:
            out.append(f"{who} ({tm12}): {text}")
        elif layout == 6:
            out.append(f"{who} — {dd} {tm12}\n{text}")
        else:
            out.append(f"{who}: {text}")
    sep = "\n\n" if layout in (2, 3, 6) else "\n"
    return sep.join(out)


def hdr_labels(c: Ctx) -> tuple[str, str, str, str, str]:
    return c.L(
        ("Von", "An", "Cc", "Betreff", "Datum"),
        ("De", "À", "Cc", "Objet", "Date"),
        ("Da", "A", "Cc", "Oggetto", "Data"),
        ("From", "To", "Cc", "Subject", "Date"),
    )


def who_mail(name: str | None, mail: str) -> str:
    return f"{name} <{mail}>" if name else mail


def mail(
    c: Ctx,
    frm: str,
    to: str,
    subject: str,
    body: str,
    cc: str | None = None,
    date: dt.date | None = None,
    headers: bool = True,
) -> str:
    if not headers:
        return body
    lb = hdr_labels(c)
    colon = " :" if c.lang == "fr" and c.p(0.5) else ":"
    lines = [f"{lb[0]}{colon} {frm}", f"{lb[1]}{colon} {to}"]
    if cc:
        lines.append(f"{lb[2]}{colon} {cc}")
    if date and c.p(0.6):
        lines.append(f"{lb[4]}{colon} {c.pd(date)} {c.hm()}")
    lines.append(f"{lb[3]}{colon} {subject}")
    return "\n".join(lines) + "\n\n" + body


def quote(
    c: Ctx,
    name: str | None,
    mailaddr: str,
    date: dt.date,
    text: str,
    to: str = "",
    subject: str = "",
    style: int | None = None,
) -> str:
    style = c.r.randint(0, 2) if style is None else style
    who = who_mail(name, mailaddr)
    if style == 2:
        head = c.L(
            "-----Ursprüngliche Nachricht-----",
            "-----Message d'origine-----",
            "-----Messaggio originale-----",
            "-----Original Message-----",
        )
        lb = c.L(
            ("Von", "Gesendet", "An", "Betreff"),
            ("De", "Envoyé", "À", "Objet"),
            ("Da", "Inviato", "A", "Oggetto"),
            ("From", "Sent", "To", "Subject"),
        )
        block = [head, f"{lb[0]}: {who}", f"{lb[1]}: {c.pd(date, True)} {c.hm()}"]
        if to:
            block.append(f"{lb[2]}: {to}")
        if subject:
            block.append(f"{lb[3]}: {subject}")
        return "\n".join(block) + "\n\n" + text
    d = c.pd(date, True)
    t = c.hm()
    intro = c.L(
        f"Am {d} um {t} schrieb {who}:",
        f"Le {d} à {t}, {who} a écrit :",
        f"Il giorno {d} alle ore {t} {who} ha scritto:",
        f"On {d}, at {t}, {who} wrote:",
    )
    if style == 1:
        return intro + "\n" + text
    return intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def sig(c: Ctx, lines: list[str], style: int | None = None) -> str:
    style = c.r.randint(0, 3) if style is None else style
    lines = [x for x in lines if x]
    if style == 0:
        return "\n".join(lines)
    if style == 1:
        return "-- \n" + "\n".join(lines)
    if style == 2:
        return "__\n" + "\n".join(lines)
    return " | ".join(lines)


GEN_REQ = {
    "de": [
        "Kannst du mir daraus eine übersichtliche Tabelle machen?",
        "Formuliere bitte eine höfliche Antwort darauf.",
        "Fasse das bitte kurz zusammen, ich muss es weiterleiten.",
        "Prüf bitte, ob irgendwo Angaben fehlen.",
        "Mach daraus bitte eine saubere Liste, sortiert nach Nachname.",
        "Welche Einträge sind doppelt?",
        "Schreib mir daraus eine kurze Notiz fürs Team.",
        "Korrigier bitte Rechtschreibung und Formatierung.",
    ],
    "fr": [
        "Peux-tu en faire un tableau clair ?",
        "Rédige une réponse polie à ce message.",
        "Résume-moi ça en quelques lignes.",
        "Vérifie s'il manque des informations.",
        "Mets-moi ça au propre, trié par nom.",
        "Y a-t-il des doublons ?",
        "Corrige l'orthographe et la mise en forme stp.",
    ],
    "it": [
        "Puoi trasformarlo in una tabella ordinata?",
        "Scrivi una risposta cortese a questo messaggio.",
        "Riassumi in poche righe per favore.",
        "Controlla se mancano dei dati.",
        "Mettimi in ordine questo elenco per cognome.",
        "Ci sono dei doppioni?",
        "Correggi ortografia e formattazione per favore.",
    ],
    "en": [
        "Can you turn this into a clean table?",
        "Please draft a polite reply to this.",
        "Summarise this in a few lines for me.",
        "Check whether anything is missing.",
        "Sort this list by surname and tidy it up.",
        "Are there any duplicates?",
        "Fix the spelling and formatting, please.",
    ],
}
TRANS_REQ = {
    "de": "Übersetz das bitte ins Französische.",
    "fr": "Traduis ça en allemand stp.",
    "it": "Traduci in tedesco per favore.",
    "en": "Please translate this into German.",
}


def wrap(c: Ctx, body: str, reqs: list[str]) -> str:
    lang = c.lang
    if lang != "en" and c.p(0.07):
        req = c.ch(GEN_REQ["en"] + ["Translate this into English please.", "Make this into a table, please."])
    elif c.loc in ("fr_CH", "it_CH") and c.p(0.1):
        req = c.ch(GEN_REQ["de"])
    else:
        req = c.ch(reqs + GEN_REQ[lang] + ([TRANS_REQ[lang]] if c.p(0.2) else []))
    if c.p(0.1):
        req = req.lower()
    f = c.r.random()
    if f < 0.42:
        inner = body
    elif f < 0.62:
        inner = "```\n" + body + "\n```"
    elif f < 0.72:
        inner = '"""\n' + body + '\n"""'
    elif f < 0.82:
        inner = "---\n" + body + "\n---"
    elif f < 0.9:
        inner = "<<<\n" + body + "\n>>>"
    else:
        inner = "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    return req + "\n\n" + inner if c.p(0.6) else inner + "\n\n" + req


def firmname(c: Ctx, patterns: list[str], surname: bool = True) -> str:
    pat = c.ch(patterns)
    if "{S}" in pat:
        for _ in range(50):
            s = c.ch(_region_last(c.loc))
            if s.lower() not in c.used_last:
                c.used_last.add(s.lower())
                return pat.replace("{S}", s)
    return pat.replace("{S}", "")


def role_mail(c: Ctx, local: str, domain: str) -> str:
    return f"{local}@{domain}"


def domain_of(firm: str, tld: str) -> str:
    stop = {
        "gmbh",
        "ag",
        "sa",
        "sarl",
        "srl",
        "ltd",
        "llc",
        "und",
        "et",
        "and",
        "the",
        "am",
        "an",
        "im",
        "in",
        "de",
        "du",
        "la",
        "le",
        "les",
        "des",
        "il",
        "della",
        "del",
        "di",
        "of",
        "zum",
        "zur",
        "au",
        "aux",
        "dei",
        "da",
        "der",
        "die",
        "das",
        "co",
        "s",
    }
    words = [w for w in re.findall(r"[a-z]+", translit(firm).lower()) if w not in stop and len(w) > 1]
    return "-".join(words[:2]) + "." + tld


TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it", "GB": "co.uk", "US": "com"}


def letterhead(
    c: Ctx,
    firm: str,
    a: Addr,
    tel: str,
    mailaddr: str | None = None,
    extra: list[str] | None = None,
    style: int | None = None,
) -> str:
    lt = c.L("Tel.", "Tél.", "Tel.", "Tel")
    style = c.r.randint(0, 2) if style is None else style
    extra = [x for x in (extra or []) if x]
    if style == 0:
        return "\n".join([firm, c.A(a.street), c.A(a.line), f"{lt} {tel}"] + ([mailaddr] if mailaddr else []) + extra)
    if style == 1:
        return " · ".join([firm, c.A(a.street), c.A(a.line), f"{lt} {tel}"] + ([mailaddr] if mailaddr else []) + extra)
    return "\n".join(
        [firm, c.A(a.street) + " · " + c.A(a.line), f"{lt} {tel}" + (f" · {mailaddr}" if mailaddr else "")] + extra
    )


def biz_tel(c: Ctx, a: Addr) -> str:
    return c.T(c.phone("land", a.area, a.cc))


def isbn(c: Ctx) -> str:
    grp = {"de": "3", "fr": "2", "it": "88", "en": c.ch(["0", "1"])}[c.lang]
    pub = _digits(c.r, c.r.randint(2, 4), True)
    rest = _digits(c.r, 9 - len(grp) - len(pub))
    d12 = "978" + grp + pub + rest
    return f"978-{grp}-{pub}-{rest}-{ean13(d12)}"


def shop_iban(c: Ctx, firm: str) -> str:
    """A business's account: an IBAN, in US documents a check or card payment instead."""
    if c.cc == "US":
        return c.ch([f"check payable to {firm}", "card by phone", f"a check made out to {firm}"])
    return c.iban()


def transfer_to(c: Ctx, firm: str) -> str:
    if c.cc == "US":
        return c.ch([f"check payable to {firm}", f"a check made out to {firm}"])
    return c.L("per Überweisung an ", "par virement sur ", "con bonifico su ", "by transfer to ") + c.iban()


def order_no(c: Ctx, pre: str = "", n: int = 6) -> str:
    return f"{pre}{_digits(c.r, n, True)}"


def greet(c: Ctx, p: Person | None = None, form: str = "l", formal: bool = True) -> str:
    if p is None:
        return c.L("Guten Tag", "Bonjour", "Buongiorno", "Hello")
    if formal:
        if c.lang == "de":
            return f"{c.gw(p, 'Sehr geehrter', 'Sehr geehrte')} {c.title(p)} {c.P(p, form)}"
        if c.lang == "fr":
            return f"{c.gw(p, 'Cher', 'Chère')} {c.title(p, long=True)} {c.P(p, form)}"
        if c.lang == "it":
            return f"{c.gw(p, 'Gentile', 'Gentile')} {c.title(p, long=True)} {c.P(p, form)}"
        return f"Dear {c.title(p)} {c.P(p, form)}"
    return c.L(f"Hallo {c.P(p, 'n')}", f"Bonjour {c.P(p, 'n')}", f"Ciao {c.P(p, 'n')}", f"Hi {c.P(p, 'n')}")


def bye(c: Ctx, formal: bool = True) -> str:
    if formal:
        return c.ch(
            c.L(
                ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"],
                ["Meilleures salutations", "Cordialement", "Bien à vous"],
                ["Cordiali saluti", "Distinti saluti", "Un cordiale saluto"],
                ["Kind regards", "Best wishes", "Many thanks"]
                if not c.us()
                else ["Best regards", "Sincerely", "Thanks"],
            )
        )
    return c.ch(
        c.L(
            ["LG", "Liebe Grüße", "Viele Grüße", "Grüessli" if c.cc == "CH" else "Gruß"],
            ["Bises", "Bonne journée", "À+"],
            ["Ciao", "Un abbraccio", "Saluti"],
            ["Cheers", "Thanks", "Best"],
        )
    )


# ================================================================================================================
# 1. antiquarian - second-hand and antiquarian bookshops
BOOKS = {
    "de": [
        "Der Nachsommer, 3 Bde., 1857",
        "Atlas der Alpenflora, 1897",
        "Baedeker Schweiz, 1905",
        "Deutsches Wörterbuch, Bd. 4",
        "Schweizerisches Idiotikon, Bd. 2",
        "Kochbuch für Haus und Herd, 1912",
        "Insel-Bücherei, Konvolut 40 Bände",
        "Kursbuch der Reichsbahn, Sommer 1938",
        "Heimatkalender 1920-1935",
        "Die Alpen in Natur- und Lebensbildern",
        "Vogelbuch, kolorierte Tafeln, 1880",
        "Stadtplan-Mappe 1911",
    ],
    "fr": [
        "Les Misérables, édition illustrée 1882",
        "Guide Michelin 1939",
        "Le Tour de la France par deux enfants",
        "Dictionnaire universel, tome II",
        "Almanach Vermot 1925",
        "Flore des Alpes, 1904",
        "Bibliothèque verte, lot de 18 volumes",
        "Cartes d'état-major, lot de 12",
        "Livre de cuisine, 1911",
    ],
    "it": [
        "I Promessi Sposi, ed. illustrata 1840",
        "Guida del Touring Club Italiano 1931",
        "Divina Commedia, ed. 1920",
        "Il Cucchiaio d'argento, prima edizione",
        "Cuore, ed. 1886",
        "Flora alpina, 1902",
        "Atlante stradale 1938",
        "Enciclopedia dei ragazzi, 12 voll.",
    ],
    "en": [
        "Wisden Cricketers' Almanack 1953",
        "Baedeker's London 1908",
        "Railway Guide, April 1887",
        "The Compleat Angler, 1823 reprint",
        "Ordnance Survey one-inch maps (lot of 24)",
        "A Dictionary of the English Language, 1799",
        "Observer's Book of Birds, 1st ed.",
        "The Joy of Cooking, 1936",
        "County atlas, 1890",
    ],
}
COND = {
    "de": ["Halbleder, berieben", "OLn., gut erhalten", "Leinen, Rücken verblasst", "stockfleckig", "sehr gut"],
    "fr": ["demi-cuir, frotté", "broché, bon état", "toile, dos passé", "rousseurs", "très bon état"],
    "it": [
        "mezza pelle, lievi abrasioni",
        "brossura, buono stato",
        "tela, dorso sbiadito",
        "fioriture",
        "ottimo stato",
    ],
    "en": ["half calf, rubbed", "original cloth, good", "spine faded", "foxing", "very good"],
}


def antiquarian_firm(c: Ctx) -> tuple[str, Addr, str, str]:
    firm = firmname(
        c,
        c.L(
            [
                "Antiquariat {S}",
                "Buchantiquariat {S}",
                "Antiquariat am Markt",
                "Bücherstube {S}",
                "Antiquariat Eselsohr",
                "Bücherkiste am Dom",
            ],
            [
                "Librairie {S}",
                "Librairie ancienne {S}",
                "Le Bouquin Voyageur",
                "Librairie du Vieux Quartier",
                "Au Vieux Grimoire",
            ],
            ["Libreria antiquaria {S}", "Il Tarlo Libri", "Libreria {S}", "Libri d'Epoca"],
            ["{S} Books", "{S} Rare Books", "The Dusty Shelf", "Second Chapter Books", "Foxed & Bound"],
        ),
    )
    a = c.addr(business=True)
    dom = domain_of(firm, TLD[c.cc])
    return firm, a, biz_tel(c, a), dom


def g_antiquarian(c: Ctx, v: int) -> tuple[str, list[str]]:
    firm, fa, ftel, dom = antiquarian_firm(c)
    books = c.r.sample(BOOKS[c.lang], 3)
    reqs = c.L(
        [
            "Kannst du mir daraus eine Ankaufsliste für die Buchhaltung machen?",
            "Schreib bitte eine freundliche Antwort an die Kundin.",
        ],
        ["Peux-tu en faire une liste pour la comptabilité ?", "Rédige une réponse au client."],
        ["Puoi farne un elenco per la contabilità?", "Scrivi una risposta al cliente."],
        ["Can you make a purchase ledger entry out of this?", "Write a friendly reply to the customer."],
    )
    if v == 0:
        seller = c.person()
        dead = c.relative(seller, c.ch("mf"))
        rel = c.L(
            c.gw(dead, "meines Vaters", "meiner Mutter"),
            c.gw(dead, "de mon père", "de ma mère"),
            c.gw(dead, "di mio padre", "di mia madre"),
            c.gw(dead, "of my late father", "of my late mother"),
        )
        total = 0
        items = []
        for b in books:
            pr = c.ch([20, 35, 40, 60, 80, 120, 150, 240])
            total += pr
            items.append(f"- {b} ({c.ch(COND[c.lang])}) … {c.money(pr)}")
        pay_iban = c.p(0.7)
        pairs = [
            (c.L("Beleg-Nr.", "N° de bon", "N. ricevuta", "Receipt no."), order_no(c, "A-2026-", 4)),
            (c.L("Datum", "Date", "Data", "Date"), c.pd(c.day())),
            (c.L("Verkäufer/in", "Vendeur", "Venditore", "Seller"), c.P(seller, c.ch(["fl", "lf", "LcF"]))),
            (c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.D(c.dob("adult"))),
            (c.L("Anschrift", "Adresse", "Indirizzo", "Address"), c.aline(c.addr())),
            (c.L("Telefon", "Téléphone", "Telefono", "Phone"), c.tel()),
            (
                c.L("Ausweis", "Pièce d'identité", "Documento", "ID"),
                c.L("Personalausweis ", "CNI ", "C.I. ", "Passport ") + order_no(c, c.ch(["L", "T", "C", "X"]), 8),
            ),
        ]
        if c.cc == "CH" and c.p(0.5):
            pairs.append(("AHV-Nr." if c.lang == "de" else "N° AVS" if c.lang == "fr" else "N. AVS", c.ahv()))
        pairs.append(
            (
                c.L("Auszahlung", "Paiement", "Pagamento", "Payment"),
                (c.L("Überweisung auf ", "virement sur ", "bonifico su ", "transfer to ") + c.iban())
                if pay_iban
                else c.L("bar", "en espèces", "in contanti", "cash"),
            )
        )
        note = c.L(
            f"Bemerkung: Nachlass {rel} {c.P(dead)}, abgeholt in der Wohnung.",
            f"Remarque : bibliothèque {rel}, {c.P(dead)}, enlevée à domicile.",
            f"Nota: biblioteca {rel} {c.P(dead)}, ritirata a domicilio.",
            f"Note: library {rel}, {c.P(dead)}, collected from the flat.",
        )
        head = c.L("ANKAUFSBELEG", "BON D'ACHAT", "RICEVUTA DI ACQUISTO", "PURCHASE RECEIPT")
        body = "\n".join(
            [
                letterhead(
                    c,
                    firm,
                    fa,
                    ftel,
                    role_mail(
                        c,
                        c.ch(["info", "ankauf", "kontakt"]) if c.lang == "de" else c.ch(["info", "contact", "books"]),
                        dom,
                    ),
                ),
                "",
                head,
                "",
                form(c, pairs),
                "",
                c.L("Ware:", "Ouvrages :", "Volumi:", "Items:"),
                *items,
                f"{c.L('Summe', 'Total', 'Totale', 'Total')}: {c.money(total)}",
                "",
                note,
            ]
        )
        return body, reqs
    if v == 1:
        staff = [c.person() for _ in range(2)]
        head = c.L(
            ["Datum", "Kunde", "Kontakt", "Gesucht", "max."],
            ["Date", "Client", "Contact", "Titre", "max."],
            ["Data", "Cliente", "Contatto", "Titolo", "max."],
            ["Date", "Customer", "Contact", "Wanted", "max."],
        )
        rows = []
        custs = []
        for _k in range(c.r.randint(3, 5)):
            q = c.person()
            custs.append(q)
            contact = c.E(q) if c.p(0.5) else c.mob() if c.p(0.5) else c.tel(c.addr())
            rows.append(
                [
                    c.pd(c.day(c.r.randint(1, 11))),
                    c.P(q, c.ch(["lf", "fl", "il", "LF"])),
                    contact,
                    c.ch(BOOKS[c.lang]),
                    c.money(c.ch([30, 50, 80, 100, 150])),
                ]
            )
        q = custs[0]
        s0, s1 = staff
        msgs = [
            (
                c.P(s0, "n"),
                c.L(
                    f"{c.title(q)} {c.P(q, 'l')} hat nochmal angerufen wegen dem Titel, ob schon was da ist",
                    f"{c.title(q)} {c.P(q, 'l')} a rappelé pour son livre, on a quelque chose ?",
                    f"{c.gw(q, 'il signor', 'la signora')} {c.P(q, 'l')} ha richiamato per il libro, novità?",
                    f"{c.title(q)} {c.P(q, 'l')} rang again about the book, anything in yet?",
                ),
            ),
            (
                c.P(s1, "n"),
                c.L(
                    "noch nicht, aber ich schau morgen in der Kiste aus der Haushaltsauflösung",
                    "pas encore, je regarde demain dans les cartons du débarras",
                    "non ancora, domani guardo negli scatoloni dello sgombero",
                    "not yet, I'll check the house-clearance boxes tomorrow",
                ),
            ),
            (
                c.P(s0, "n"),
                c.L(
                    f"ok. ruf {c.gw(q, 'ihn', 'sie')} dann bitte unter {c.mob()} an, die Nummer in der Liste ist alt",
                    f"ok, rappelle au {c.mob()}, le numéro de la liste n'est plus bon",
                    f"ok, richiama{c.gw(q, 'lo', 'la')} al {c.mob()}, il numero in lista è vecchio",
                    f"ok, call on {c.mob()} then, the number on the list is old",
                ),
            ),
        ]
        body = (
            c.L("Suchliste Stand ", "Liste de recherches au ", "Lista ricerche al ", "Wants list as of ")
            + c.pd(c.day(11))
            + "\n\n"
            + table(c, head, rows)
            + "\n\n"
            + chat(c, msgs)
        )
        return body, reqs
    if v == 2:
        cust = c.person()
        staff = c.person()
        sis = c.relative(cust, "f") if c.p(0.6) else c.person(g="f")
        cat = [order_no(c, "", 4) for _ in range(2)]
        shop_mail = c.E(staff, dom, work=True) if c.p(0.5) else role_mail(c, "info", dom)
        qd = c.day(c.r.randint(2, 10))
        offer = "\n".join(
            [
                greet(c, cust) + ",",
                "",
                c.L(
                    "gerne bieten wir Ihnen aus unserem Bestand an:",
                    "nous pouvons vous proposer :",
                    "possiamo offrirLe:",
                    "we can offer you the following:",
                ),
                f"{c.L('Kat.-Nr.', 'Réf.', 'Cod.', 'Cat. no.')} {cat[0]} – {books[0]}, {c.ch(COND[c.lang])}, "
                f"{c.money(c.ch([45, 65, 90]))}",
                f"{c.L('Kat.-Nr.', 'Réf.', 'Cod.', 'Cat. no.')} {cat[1]} – {books[1]}, {c.ch(COND[c.lang])}, "
                f"{c.money(c.ch([25, 38, 55]))}",
                c.L(
                    "Versand innerhalb einer Woche nach Zahlungseingang auf",
                    "Expédition sous huit jours après réception du paiement sur",
                    "Spedizione entro una settimana dal bonifico su",
                    "Dispatch within a week of payment to",
                )
                + " "
                + shop_iban(c, firm),
                "",
                bye(c),
                sig(
                    c,
                    [
                        c.P(staff),
                        firm,
                        c.A(fa.street) + ", " + c.A(fa.line),
                        c.L("Tel. ", "Tél. ", "Tel. ", "Tel ") + ftel,
                    ],
                ),
            ]
        )
        reply = "\n".join(
            [
                greet(c, staff, "fl" if c.p(0.15) else "l") + ",",
                "",
                c.L(
                    f"vielen Dank, ich nehme die Nr. {cat[0]}. Bitte schicken Sie das Buch direkt an meine "
                    f"{'Schwester' if sis.last == cust.last else 'Freundin'}:",
                    f"merci, je prends la réf. {cat[0]}. Merci de l'envoyer directement à "
                    f"{'ma sœur' if sis.last == cust.last else 'mon amie'} :",
                    f"grazie, prendo il cod. {cat[0]}. Per favore lo spedisca direttamente a "
                    f"{'mia sorella' if sis.last == cust.last else 'una mia amica'}:",
                    f"thank you, I'll take no. {cat[0]}. Please send it straight to my "
                    f"{'sister' if sis.last == cust.last else 'friend'}:",
                ),
                "",
                c.P(sis),
                c.ablock(c.addr()),
                "",
                c.L(
                    f"Es ist ein Geschenk, sie hat am {c.dm(c.day(12))} Geburtstag. Meine neue Handynummer ist "
                    f"{c.mob()}.",
                    f"C'est un cadeau pour le {c.dm(c.day(12))}. Mon nouveau portable : {c.mob()}.",
                    f"È un regalo per il {c.dm(c.day(12))}. Il mio nuovo cellulare è {c.mob()}.",
                    f"It's a present for {c.dm(c.day(12))}. My new mobile is {c.mob()}.",
                ),
                "",
                bye(c),
                c.P(cust, c.ch(["fl", "fl", "il"])),
            ]
        )
        cm = c.E(cust)
        body = mail(
            c,
            who_mail(c.P(cust) if c.p(0.6) else None, cm),
            shop_mail,
            c.L("AW: Ihre Suchanfrage", "RE: Votre recherche", "R: La Sua ricerca", "Re: Your wants list"),
            reply + "\n\n" + quote(c, c.P(staff) if shop_mail.startswith(MS) else firm, shop_mail, qd, offer),
        )
        return body, reqs
    staff = [c.person() for _ in range(2)]
    head = c.L(
        ["Bestellung", "Datum", "Käufer", "E-Mail", "Straße", "PLZ Ort", "ISBN", "Preis", "Zahlung", "IP"],
        ["Commande", "Date", "Acheteur", "E-mail", "Rue", "CP Ville", "ISBN", "Prix", "Paiement", "IP"],
        ["Ordine", "Data", "Acquirente", "E-mail", "Via", "CAP Città", "ISBN", "Prezzo", "Pagamento", "IP"],
        ["Order", "Date", "Buyer", "Email", "Street", "Town", "ISBN", "Price", "Payment", "IP"],
    )
    rows = []
    buyers = []
    for _k in range(c.r.randint(3, 4)):
        q = c.person()
        buyers.append(q)
        a = c.addr()
        pay = (
            c.masked_card()
            if c.p(0.4)
            else c.card()
            if c.p(0.15)
            else c.ch(["PayPal", "Rechnung" if c.lang == "de" else "PayPal", "Twint" if c.cc == "CH" else "PayPal"])
        )
        rows.append(
            [
                order_no(c, c.ch(["AB-", "ZV-", "#"]), 7),
                c.pd(c.day(c.r.randint(9, 11))),
                c.P(q, c.ch(["fl", "fl", "lf"])),
                c.E(q),
                c.A(a.street),
                c.A(a.line),
                isbn(c),
                c.money(c.ch([12.5, 18.0, 24.9, 39.0, 65.0])),
                pay,
                c.ip(),
            ]
        )
    q = buyers[c.r.randint(0, len(buyers) - 1)]
    na = c.addr()
    s0, s1 = staff
    msgs = [
        (
            c.P(s0, c.ch(["n", "fl"])),
            c.L(
                f"Das Paket an {c.P(q, 'fl')} kam zurück, Empfänger unbekannt",
                f"Le colis de {c.P(q, 'fl')} est revenu, destinataire inconnu",
                f"Il pacco di {c.P(q, 'fl')} è tornato indietro, destinatario sconosciuto",
                f"The parcel to {c.P(q, 'fl')} came back, addressee unknown",
            ),
        ),
        (
            c.P(s1, c.ch(["n", "fl"])),
            c.L(
                f"{c.gw(q, 'er', 'sie')} hat geschrieben, neue Adresse ist {c.aline(na, ', ')}",
                f"{c.gw(q, 'il', 'elle')} m'a écrit, nouvelle adresse : {c.aline(na, ', ')}",
                f"mi ha scritto, nuovo indirizzo: {c.aline(na, ', ')}",
                f"{c.gw(q, 'he', 'she')} emailed, new address is {c.aline(na, ', ')}",
            ),
        ),
        (
            c.P(s0, c.ch(["n", "fl"])),
            c.L(
                "ok, schick ich morgen neu raus",
                "ok je renvoie demain",
                "ok lo rispedisco domani",
                "ok, will resend tomorrow",
            ),
        ),
    ]
    body = table(c, head, rows, c.ch(["jsonl", "json", "csv", "ssv", "tsv", "yaml"])) + "\n\n" + chat(c, msgs)
    return body, reqs


# ================================================================================================================
# 2. upholstery - upholsterers and furniture restorers
PIECES = {
    "de": [
        "Thonet-Stuhl Nr. 14",
        "Eames Lounge Chair (Replik)",
        "Ohrensessel",
        "Chesterfield-Sofa, 3-Sitzer",
        "4 Esszimmerstühle",
        "Biedermeier-Stuhl",
        "Eckbank",
        "Récamiere",
        "Fußhocker",
        "Clubsessel, Leder",
    ],
    "fr": [
        "chaise Thonet n° 14",
        "fauteuil Le Corbusier LC2 (copie)",
        "bergère Louis XV",
        "canapé 3 places",
        "4 chaises de salle à manger",
        "fauteuil crapaud",
        "banquette",
        "méridienne",
        "pouf capitonné",
        "fauteuil club en cuir",
    ],
    "it": [
        "sedia Thonet n. 14",
        "poltrona Frau vintage",
        "poltrona bergère",
        "divano tre posti",
        "4 sedie da pranzo",
        "chaise longue",
        "panca imbottita",
        "pouf capitonné",
        "poltrona club in pelle",
    ],
    "en": [
        "Thonet bentwood chair",
        "Eames lounge chair (replica)",
        "Ercol armchair",
        "wingback chair",
        "Chesterfield sofa",
        "set of 4 dining chairs",
        "Victorian nursing chair",
        "window seat",
        "footstool",
        "leather club chair",
    ],
}
FABRIC = {
    "de": [
        "Stoff: Kollektion Tweed 14, Farbe 0217",
        "Leder Nappa, cognac",
        "Samt, Farbe 31 petrol",
        "Bouclé 208, naturweiß",
        "Leinen 4471, Farbe 12",
    ],
    "fr": [
        "tissu : velours côtelé réf. 4471 coloris 12",
        "cuir nappa cognac",
        "bouclette réf. 208 écru",
        "lin lavé réf. 3305 col. 8",
    ],
    "it": [
        "tessuto: velluto liscio art. 3305 col. 8",
        "pelle nappa cognac",
        "bouclé art. 208 panna",
        "lino lavato art. 4471 col. 12",
    ],
    "en": [
        "fabric: wool bouclé ref. BL-208 colour 05",
        "Italian leather, tan",
        "velvet ref. V-31 teal",
        "linen union ref. 4471 shade 12",
    ],
}


def g_upholstery(c: Ctx, v: int) -> tuple[str, list[str]]:
    firm = firmname(
        c,
        c.L(
            [
                "Polsterei {S}",
                "Raumausstattung {S}",
                "Polsterwerkstatt am Bach",
                "Sattlerei & Polsterei {S}",
                "Polsterei Sitzgut",
            ],
            ["Tapisserie {S}", "Atelier {S} tapissier", "L'Atelier du Fauteuil", "Sellerie {S}"],
            ["Tappezzeria {S}", "Laboratorio {S} tappezzeria", "La Poltrona Restauri"],
            ["{S} Upholstery", "{S} & Co. Upholsterers", "The Chair Workshop", "Reclaim Upholstery"],
        ),
    )
    fa = c.addr(business=True)
    ftel = biz_tel(c, fa)
    dom = domain_of(firm, TLD[c.cc])
    reqs = c.L(
        ["Mach mir daraus bitte eine Tourenliste für morgen.", "Schreib bitte eine Auftragsbestätigung."],
        ["Fais-moi une liste de tournée pour demain.", "Rédige une confirmation de commande."],
        ["Fammi un giro consegne per domani.", "Scrivi una conferma d'ordine."],
        ["Turn this into tomorrow's delivery run.", "Write an order confirmation, please."],
    )
    piece = c.ch(PIECES[c.lang])
    if v == 0:
        cust = c.person()
        a = c.local(fa)
        sep_fields = c.p(0.5)
        pairs = [(c.L("Auftrag", "Commande n°", "Ordine n.", "Job no."), order_no(c, c.ch(["P-", "2026/", ""]), 4))]
        if sep_fields:
            pairs += [
                (c.L("Name", "Nom", "Cognome", "Surname"), c.P(cust, "l")),
                (c.L("Vorname", "Prénom", "Nome", "First name"), c.P(cust, "f")),
            ]
        else:
            pairs.append((c.L("Kunde/Kundin", "Client", "Cliente", "Customer"), c.P(cust, c.ch(["fl", "lf"]))))
        pairs += [
            (c.L("Straße", "Adresse", "Via", "Address"), c.A(a.street)),
            (
                c.L("PLZ/Ort", "NPA/Localité" if c.cc == "CH" else "CP/Ville", "CAP/Località", "Town/Postcode"),
                c.A(a.line),
            ),
            (c.L("Telefon", "Téléphone", "Telefono", "Phone"), c.tel(a)),
            (c.L("E-Mail", "E-mail", "E-mail", "Email"), c.E(cust) if c.p(0.7) else None),
            (c.L("Möbelstück", "Meuble", "Mobile", "Item"), piece),
            (c.L("Material", "Matériau", "Materiale", "Material"), c.ch(FABRIC[c.lang])),
            (c.L("Maße", "Dimensions", "Misure", "Size"), f"{c.r.randint(60, 220)} x {c.r.randint(50, 100)} cm"),
            (c.L("Abholung", "Enlèvement", "Ritiro", "Collection"), c.pd(c.day())),
            (c.L("Preis", "Prix", "Prezzo", "Price"), c.money(c.ch([480, 690, 850, 1240, 1980]))),
            (
                c.L("Anzahlung 30 %", "Acompte 30 %", "Acconto 30%", "Deposit 30%"),
                transfer_to(c, firm)
                if c.p(0.6)
                else c.L("Karte ", "carte ", "carta ", "card ") + (c.card() if c.p(0.3) else c.masked_card()),
            ),
        ]
        other = c.relative(cust) if c.p(0.5) else None
        note = ""
        if other:
            note = "\n" + c.L(
                f"Hinweis: Abholung mit {c.P(other, 'fl')} abstimmen ({c.mob()}), Treppenhaus eng, 3. OG.",
                f"Remarque : voir avec {c.P(other, 'fl')} ({c.mob()}) pour l'enlèvement, escalier étroit.",
                f"Nota: concordare il ritiro con {c.P(other, 'fl')} ({c.mob()}), scala stretta.",
                f"Note: arrange collection with {c.P(other, 'fl')} on {c.mob()}, narrow stairs.",
            )
        body = (
            letterhead(c, firm, fa, ftel, role_mail(c, c.ch(["info", "werkstatt", "kontakt", "atelier"]), dom))
            + "\n\n"
            + c.L("AUFTRAG", "BON DE COMMANDE", "ORDINE DI LAVORO", "WORK ORDER")
            + "\n\n"
            + form(c, pairs)
            + note
        )
        return body, reqs
    if v == 1:
        head = c.L(
            ["Nr.", "Kunde", "Stück", "Status", "Telefon", "Liefertermin"],
            ["N°", "Client", "Pièce", "Statut", "Tél.", "Livraison"],
            ["N.", "Cliente", "Pezzo", "Stato", "Tel.", "Consegna"],
            ["No.", "Customer", "Piece", "Status", "Phone", "Delivery"],
        )
        status = c.L(
            ["Gestell repariert", "wartet auf Stoff", "gepolstert", "fertig", "abgeholt"],
            ["carcasse réparée", "attente tissu", "garni", "terminé", "livré"],
            ["telaio riparato", "attesa tessuto", "imbottito", "pronto", "consegnato"],
            ["frame repaired", "awaiting fabric", "stuffed", "ready", "delivered"],
        )
        rows = []
        people = []
        for _k in range(c.r.randint(4, 6)):
            q = c.person()
            people.append(q)
            who = c.title(q) + " " + c.P(q, "l") if c.p(0.6) else c.P(q, c.ch(["il", "fl", "lf"]))
            rows.append(
                [
                    order_no(c, "", 4),
                    who,
                    c.ch(PIECES[c.lang]),
                    c.ch(status),
                    c.tel(c.addr()),
                    c.pd(c.day(c.r.randint(10, 12))),
                ]
            )
        q = people[-1]
        qa = c.addr()
        note = c.L(
            f"Lieferung {rows[-1][0]}: {c.A(qa.street)}, bei {c.P(q, 'l')} klingeln, Hinterhof.",
            f"Livraison {rows[-1][0]} : {c.A(qa.street)}, sonner chez {c.P(q, 'l')}, cour arrière.",
            f"Consegna {rows[-1][0]}: {c.A(qa.street)}, citofono {c.P(q, 'l')}, cortile interno.",
            f"Delivery {rows[-1][0]}: {c.A(qa.street)}, ring {c.P(q, 'l')}, side gate.",
        )
        body = (
            c.L("Werkstattbuch", "Cahier d'atelier", "Registro lavori", "Job book")
            + " – "
            + firm
            + "\n\n"
            + table(c, head, rows, c.ch(["md", "md_al", "fixed", "tsv", "csv"]))
            + "\n\n"
            + note
        )
        return body, reqs
    if v == 2:
        cust = c.person()
        staff = c.person()
        neigh = c.person()
        na = c.addr()
        fax = c.T(c.phone("land", fa.area, fa.cc))
        price = c.ch([560, 780, 1150, 1420])
        offer = "\n".join(
            [
                greet(c, cust) + ",",
                "",
                c.L(
                    f"für die Neupolsterung Ihres Möbels ({piece}) bieten wir an:",
                    f"pour la réfection de votre {piece}, nous vous proposons :",
                    f"per il rifacimento della Sua {piece} Le proponiamo:",
                    f"for re-upholstering your {piece} we can offer:",
                ),
                f"- {c.ch(FABRIC[c.lang])}",
                f"- {c.L('Federkern neu geschnürt', 'ressorts reguinés', 'molle rilegate', 'springs retied')}, "
                f"{c.L('Gesamtpreis', 'prix total', 'prezzo totale', 'total')} {c.money(price)}",
                c.L(
                    "Das Angebot gilt 30 Tage.",
                    "Offre valable 30 jours.",
                    "Offerta valida 30 giorni.",
                    "This quote is valid for 30 days.",
                ),
                "",
                bye(c),
                sig(
                    c,
                    [
                        c.P(staff),
                        firm,
                        c.A(fa.street),
                        c.A(fa.line),
                        c.L("Tel. ", "Tél. ", "Tel. ", "Tel ") + ftel,
                        "Fax " + fax,
                    ],
                ),
            ]
        )
        reply = "\n".join(
            [
                greet(c, staff, "l") + ",",
                "",
                c.L(
                    f"danke für das Angebot, wir nehmen den Stoff. Ich bin ab {c.dm(c.day(11))} verreist; bitte "
                    f"liefern Sie "
                    f"an {c.gw(neigh, 'meinen Nachbarn', 'meine Nachbarin')} {c.P(neigh)}, {c.A(na.street)} "
                    f"(gleiches Haus), "
                    f"{c.gw(neigh, 'er', 'sie')} hat den Schlüssel. Sie erreichen {c.gw(neigh, 'ihn', 'sie')} "
                    f"unter {c.tel(na)}.",
                    f"merci pour le devis, nous prenons ce tissu. Je serai absent{'e' if cust.g == 'f' else ''} dès le "
                    f"{c.dm(c.day(11))} ; merci de livrer chez {c.gw(neigh, 'mon voisin', 'ma voisine')} {c.P(neigh)}, "
                    f"{c.A(na.street)}, qui a la clé ({c.tel(na)}).",
                    f"grazie del preventivo, va bene il tessuto. Dal {c.dm(c.day(11))} sono via: consegnate pure "
                    f"{c.gw(neigh, 'al mio vicino', 'alla mia vicina')} {c.P(neigh)}, {c.A(na.street)}, che ha "
                    f"le chiavi "
                    f"({c.tel(na)}).",
                    f"thanks for the quote, we'll go with that fabric. I'm away from {c.dm(c.day(11))}, so "
                    f"please deliver "
                    f"to my neighbour {c.P(neigh)} at {c.A(na.street)}, who has a key ({c.tel(na)}).",
                ),
                c.L(
                    f"Meine neue Handynummer: {c.mob()}",
                    f"Mon nouveau portable : {c.mob()}",
                    f"Il mio nuovo cellulare: {c.mob()}",
                    f"My new mobile: {c.mob()}",
                ),
                "",
                bye(c),
                c.P(cust, "fl"),
            ]
        )
        smail = c.E(staff, dom, work=True)
        body = mail(
            c,
            who_mail(c.P(cust), c.E(cust)),
            smail,
            c.L("AW: Angebot Neupolsterung", "RE: Devis réfection", "R: Preventivo", "RE: Quote"),
            reply + "\n\n" + quote(c, c.P(staff), smail, c.day(10), offer),
        )
        return body, reqs
    up, drv = c.person(), c.person()
    stops = []
    people = []
    for k in range(c.r.randint(2, 3)):
        q = c.person()
        people.append(q)
        a = c.local(fa, 0.8)
        stops.append(f"{k + 1}) {c.P(q, c.ch(['l', 'fl', 'il']))}, {c.aline(a, ', ')}, {c.ch(PIECES[c.lang])}")
    msgs = [
        (
            c.P(up, "n"),
            c.L("Tour morgen:", "Tournée demain :", "Giro di domani:", "Run for tomorrow:") + " " + " ".join(stops),
        ),
        (
            c.P(drv, c.ch(["n", "fl"])),
            c.L(
                f"ok. bei {c.P(people[0], 'l')} vorher anrufen?",
                f"ok, j'appelle {c.P(people[0], 'l')} avant ?",
                f"ok, chiamo {c.P(people[0], 'l')} prima?",
                f"ok, call {c.P(people[0], 'l')} first?",
            ),
        ),
        (
            c.P(up, "n"),
            c.L(
                f"ja, {c.tel()} – und kassier bitte, Rechnung liegt im Wagen",
                f"oui, {c.tel()} – et encaisse stp, la facture est dans le camion",
                f"sì, {c.tel()} – e fatti pagare, la fattura è nel furgone",
                f"yes, {c.tel()} – and take payment, invoice is in the van",
            ),
        ),
    ]
    q = people[0]
    inv = form(
        c,
        [
            (c.L("Rechnung", "Facture", "Fattura", "Invoice"), order_no(c, "R-", 5)),
            (c.L("Kunde", "Client", "Cliente", "Customer"), c.P(q, "fl")),
            (c.L("Betrag", "Montant", "Importo", "Amount"), c.money(c.ch([340, 520, 760]))),
            (
                c.L("Bezahlt mit", "Payé par", "Pagato con", "Paid by"),
                c.L("Karte ", "carte ", "carta ", "card ") + (c.card() if c.p(0.4) else c.masked_card()),
            ),
        ],
    )
    body = chat(c, msgs) + "\n\n" + inv
    return body, reqs


# ================================================================================================================
# 3. exchange - student exchange organisations and host families
ORIGIN = [
    ("br", "Brasilien", "Brésil", "Brasile", "Brazil"),
    ("mx", "Mexiko", "Mexique", "Messico", "Mexico"),
    ("ar", "Argentinien", "Argentine", "Argentina", "Argentina"),
    ("jp", "Japan", "Japon", "Giappone", "Japan"),
    ("th", "Thailand", "Thaïlande", "Thailandia", "Thailand"),
    ("us", "USA", "États-Unis", "Stati Uniti", "the USA"),
    ("id", "Indonesien", "Indonésie", "Indonesia", "Indonesia"),
    ("no", "Norwegen", "Norvège", "Norvegia", "Norway"),
    ("fi", "Finnland", "Finlande", "Finlandia", "Finland"),
    ("dk", "Dänemark", "Danemark", "Danimarca", "Denmark"),
    ("gh", "Ghana", "Ghana", "Ghana", "Ghana"),
    ("it", "Italien", "Italie", "Italia", "Italy"),
    ("fr", "Frankreich", "France", "Francia", "France"),
]
ORIGIN_MAIL = {
    "br": ["gmail.com", "hotmail.com", "uol.com.br"],
    "mx": ["hotmail.com", "gmail.com", "prodigy.net.mx"],
    "ar": ["gmail.com", "hotmail.com.ar"],
    "jp": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp"],
    "th": ["gmail.com", "hotmail.co.th"],
    "us": ["gmail.com", "yahoo.com"],
    "id": ["gmail.com", "yahoo.co.id"],
    "no": ["online.no", "gmail.com"],
    "fi": ["gmail.com", "luukku.com"],
    "dk": ["gmail.com", "mail.dk"],
    "gh": ["gmail.com", "yahoo.com"],
    "it": ["libero.it", "gmail.com"],
    "fr": ["orange.fr", "free.fr"],
}
EX_ORG = {
    "de": ["Weltweit Zuhause e.V.", "Horizonte Austausch", "Schüleraustausch Nordlicht", "Brückenschlag e.V."],
    "fr": ["Échanges Horizons", "Association Passerelles Jeunesse", "Cap Monde Échanges"],
    "it": ["Ponti tra Culture", "Scambi Giovani", "Orizzonti Aperti"],
    "en": ["Open Borders Exchange", "Bridges Youth Exchange", "Global Homestay Trust"],
}
PETS = {
    "de": ["Hund (Labrador)", "zwei Katzen", "Kaninchen", "keine"],
    "fr": ["un chien", "deux chats", "aucun"],
    "it": ["un cane", "due gatti", "nessuno"],
    "en": ["a dog", "two cats", "none", "a rabbit"],
}


def student(c: Ctx) -> tuple[Person, str]:
    o = c.ch([x for x in ORIGIN if x[0] != {"de": "de", "fr": "fr", "it": "it", "en": "us"}[c.lang]])
    g = c.ch("mf")
    p = c.person(g=g, comm=o[0])
    return p, {"de": o[1], "fr": o[2], "it": o[3], "en": o[4]}[c.lang], o[0]


def g_exchange(c: Ctx, v: int) -> tuple[str, list[str]]:
    org = c.ch(EX_ORG[c.lang])
    odom = domain_of(org, "org")
    reqs = c.L(
        [
            "Kannst du daraus ein kurzes Profil für die Gastfamilie schreiben?",
            "Formuliere bitte eine Antwort an die Koordinatorin.",
        ],
        ["Peux-tu rédiger un court profil pour la famille d'accueil ?", "Réponds à la coordinatrice stp."],
        ["Puoi scrivere un breve profilo per la famiglia ospitante?", "Rispondi alla coordinatrice."],
        ["Can you write a short profile for the host family?", "Draft a reply to the coordinator."],
    )
    if v == 0:
        p1 = c.person()
        p2 = c.relative(p1, "f" if p1.g == "m" else "m") if c.p(0.6) else c.person(g="f" if p1.g == "m" else "m")
        a = c.addr()
        kids = [c.relative(p1) for _ in range(c.r.randint(1, 2))]
        ref = c.person()

        def parent(q: Person) -> str:
            born = c.L("geb.", c.gw(q, "né le", "née le"), c.gw(q, "nato il", "nata il"), "born")
            return f"{c.P(q, c.ch(['fl', 'lf']))}, {born} {c.D(c.dob('mid'))}"

        job = c.ch(
            c.L(
                ["Lehrer", "Schreiner", "Pflegefachfrau", "Ingenieurin", "Landwirt"],
                ["enseignant", "infirmière", "menuisier", "comptable"],
                ["insegnante", "infermiera", "artigiano", "impiegata"],
                ["teacher", "nurse", "joiner", "engineer"],
            )
        )
        pairs = [
            (
                c.L(
                    c.gw(p1, "Gastvater", "Gastmutter"),
                    c.gw(p1, "Père d'accueil", "Mère d'accueil"),
                    c.gw(p1, "Padre ospitante", "Madre ospitante"),
                    "Host parent 1",
                ),
                parent(p1),
            ),
            (
                c.L(
                    c.gw(p2, "Gastvater", "Gastmutter"),
                    c.gw(p2, "Père d'accueil", "Mère d'accueil"),
                    c.gw(p2, "Padre ospitante", "Madre ospitante"),
                    "Host parent 2",
                ),
                parent(p2),
            ),
            (c.L("Beruf(e)", "Profession(s)", "Professione", "Occupation(s)"), job),
            (c.L("Adresse", "Adresse", "Indirizzo", "Address"), c.aline(a)),
            (c.L("Telefon", "Téléphone", "Telefono", "Phone"), c.tel(a, "land")),
            (c.L("Mobil", "Portable", "Cellulare", "Mobile"), c.mob()),
            (c.L("E-Mail", "E-mail", "E-mail", "Email"), c.E(p1)),
        ]
        for j, k in enumerate(kids):
            pairs.append(
                (
                    c.L(f"Kind {j + 1}", f"Enfant {j + 1}", f"Figlio/a {j + 1}", f"Child {j + 1}"),
                    f"{c.P(k, 'f')}, {c.D(c.dob('child'))}",
                )
            )
        pairs += [
            (c.L("Haustiere", "Animaux", "Animali", "Pets"), c.ch(PETS[c.lang])),
            (
                c.L("Referenzperson", "Référence", "Referenza", "Referee"),
                f"{c.P(ref)} ({c.L('Klassenlehrer/in', 'enseignant(e)', 'insegnante', 'form tutor')}), {c.tel()}",
            ),
        ]
        if c.cc == "CH" and c.p(0.5):
            pairs.insert(2, ("AHV" if c.lang == "de" else "AVS", c.ahv()))
        head = c.L(
            f"{org} – Bewerbung als Gastfamilie Schuljahr 2027/28",
            f"{org} – Candidature famille d'accueil 2027/28",
            f"{org} – Candidatura famiglia ospitante 2027/28",
            f"{org} – Host family application 2027/28",
        )
        return head + "\n\n" + form(c, pairs), reqs
    if v == 1:
        st, country, origin = student(c)
        father = c.relative(st, "m")
        coord = c.person()
        host = c.person()
        ha = c.addr()
        pp = order_no(c, c.ch(["FP", "YB", "N", "BR"]), 7)
        flight = c.ch(["LH 501", "LX 93", "OS 72", "AF 1146", "AZ 675", "BA 246", "UA 960", "TG 920"])
        arr = c.day(8, 2027, 10, 25)
        lines = [
            greet(c, host, "l") + ",",
            "",
            c.L(
                f"wir freuen uns, Ihnen {c.gw(st, 'Ihren Gastschüler', 'Ihre Gastschülerin')} vorzustellen:",
                "nous avons le plaisir de vous présenter votre élève d'échange :",
                f"siamo lieti di presentarvi {c.gw(st, 'lo studente', 'la studentessa')} che ospiterete:",
                "we are delighted to introduce your exchange student:",
            ),
            "",
            form(
                c,
                [
                    (c.L("Name", "Nom", "Nome", "Name"), c.P(st, c.ch(["fl", "LF"]))),
                    (c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.D(c.dob("teen"))),
                    (c.L("Herkunftsland", "Pays", "Paese", "Country"), country),
                    (c.L("Pass-Nr.", "Passeport", "Passaporto", "Passport"), pp),
                    (
                        c.L("Eltern", "Parents", "Genitori", "Parents"),
                        f"{c.P(father)}, {c.E(father, c.ch(ORIGIN_MAIL[origin]))}",
                    ),
                    (c.L("Ankunft", "Arrivée", "Arrivo", "Arrival"), f"{c.pd(arr)}, {flight}, {c.hm()}"),
                ],
            ),
            "",
            c.L(
                f"Ihre Adresse für die Einreisepapiere: {c.aline(ha, ', ')}. Bitte prüfen.",
                f"Adresse indiquée pour le visa : {c.aline(ha, ', ')}. Merci de vérifier.",
                f"Indirizzo per il visto: {c.aline(ha, ', ')}. Per favore controllate.",
                f"Address for the visa papers: {c.aline(ha, ', ')}. Please check.",
            ),
            "",
            bye(c),
            sig(
                c,
                [
                    c.P(coord),
                    c.L(
                        "Regionalkoordination", "Coordination régionale", "Coordinamento regionale", "Area coordinator"
                    ),
                    org,
                    c.mob(),
                    c.E(coord, odom, work=True),
                ],
            ),
        ]
        return "\n".join(lines), reqs
    if v == 2:
        st, country, origin = student(c)
        coord = c.person(g="f")
        hm = c.person(g="f")
        neigh = c.person()
        na = c.addr()
        cm = c.E(coord, odom, work=True)
        q = "\n".join(
            [
                greet(c, hm, "n", formal=False) + ",",
                c.L(
                    f"kurze Info: {c.P(st, 'f')} landet am {c.pd(c.day(8, 2027))}. Könnt ihr "
                    f"{c.gw(st, 'ihn', 'sie')} abholen? "
                    "Und schick mir bitte noch die Nummer eurer Notfallkontakte.",
                    f"petite info : {c.P(st, 'f')} arrive le {c.pd(c.day(8, 2027))}. Pouvez-vous aller "
                    f"{c.gw(st, 'le', 'la')} "
                    "chercher ? Envoie-moi aussi le contact d'urgence stp.",
                    f"una breve info: {c.P(st, 'f')} arriva il {c.pd(c.day(8, 2027))}. Potete andare a "
                    f"prender{c.gw(st, 'lo', 'la')}? "
                    "Mandami anche il contatto di emergenza.",
                    f"quick update: {c.P(st, 'f')} lands on {c.pd(c.day(8, 2027))}. Can you pick "
                    f"{c.gw(st, 'him', 'her')} up? "
                    "Please also send me an emergency contact.",
                ),
                c.L(
                    f"Für die Versicherung habe ich {c.P(st, 'fl')}, geb. {c.D(c.dob('teen'))} – passt das?",
                    f"Pour l'assurance j'ai noté {c.P(st, 'fl')}, né{'e' if st.g == 'f' else ''} le "
                    f"{c.D(c.dob('teen'))}, c'est bon ?",
                    f"Per l'assicurazione ho {c.P(st, 'fl')}, nat{c.gw(st, 'o', 'a')} il {c.D(c.dob('teen'))}, giusto?",
                    f"For the insurance I have {c.P(st, 'fl')}, DOB {c.D(c.dob('teen'))} - is that right?",
                ),
                c.P(coord, c.ch(["f", "n"])),
            ]
        )
        nb = c.ablock(c.addr()) if c.p(0.5) else c.aline(c.addr())
        reply = "\n".join(
            [
                greet(c, coord, "f", formal=False) + ",",
                "",
                c.L(
                    f"klar, wir holen {c.gw(st, 'ihn', 'sie')} ab. Notfallkontakt ist "
                    f"{c.gw(neigh, 'unser Nachbar', 'unsere Nachbarin')} "
                    f"{c.P(neigh)}, {c.tel(na)}, {c.A(na.street)}.",
                    f"oui, on ira {c.gw(st, 'le', 'la')} chercher. Contact d'urgence : "
                    f"{c.gw(neigh, 'notre voisin', 'notre voisine')} "
                    f"{c.P(neigh)}, {c.tel(na)}, {c.A(na.street)}.",
                    f"certo, andiamo noi. Contatto di emergenza: {c.gw(neigh, 'il nostro vicino', 'la nostra vicina')} "
                    f"{c.P(neigh)}, {c.tel(na)}, {c.A(na.street)}.",
                    f"sure, we'll collect {c.gw(st, 'him', 'her')}. Emergency contact is our neighbour {c.P(neigh)}, "
                    f"{c.tel(na)}, {c.A(na.street)}.",
                ),
                c.L(
                    "Wichtig: wir ziehen im Juli um, neue Adresse ab dann:",
                    "Important : nous déménageons en juillet, nouvelle adresse :",
                    "Importante: a luglio traslochiamo, nuovo indirizzo:",
                    "Also, we're moving in July - new address from then:",
                ),
                nb,
                "",
                bye(c, False),
                c.P(hm, c.ch(["f", "fl"])),
            ]
        )
        hmail = c.E(hm)
        body = mail(
            c,
            who_mail(c.P(hm) if c.p(0.6) else None, hmail),
            cm,
            c.L("Re: Ankunft", "Re: Arrivée", "Re: Arrivo", "Re: Arrival"),
            reply + "\n\n" + quote(c, c.P(coord), cm, c.day(6), q),
        )
        return body, reqs
    head = c.L(
        ["Nachname", "Vorname", "Geburtsdatum", "E-Mail", "Telefon", "Programm", "IP"],
        ["Nom", "Prénom", "Date de naissance", "E-mail", "Téléphone", "Programme", "IP"],
        ["Cognome", "Nome", "Data di nascita", "E-mail", "Telefono", "Programma", "IP"],
        ["Last name", "First name", "Date of birth", "Email", "Phone", "Programme", "IP"],
    )
    rows = []
    apps = []
    for _k in range(c.r.randint(3, 4)):
        q = c.person()
        apps.append(q)
        rows.append(
            [
                c.P(q, "l"),
                c.P(q, "f"),
                c.D(c.dob("teen")),
                c.E(q),
                c.mob(),
                c.ch(
                    ["USA 10 Mon.", "Kanada", "Neuseeland", "Japan 3M"]
                    if c.lang == "de"
                    else ["USA 10 mois", "Canada", "Japon 3M"]
                    if c.lang == "fr"
                    else ["USA 10 mesi", "Canada", "Giappone 3M"]
                    if c.lang == "it"
                    else ["Germany 10m", "France 3m", "Japan 3m"]
                ),
                c.ip(),
            ]
        )
    c1, c2 = c.person(), c.person()
    q = apps[0]
    par = c.relative(q)
    msgs = [
        (
            c.P(c1, "n"),
            c.L(
                f"bei {c.P(q, 'fl')} fehlt noch die Unterschrift der Eltern",
                f"il manque la signature des parents pour {c.P(q, 'fl')}",
                f"per {c.P(q, 'fl')} manca la firma dei genitori",
                f"{c.P(q, 'fl')} still needs a parent signature",
            ),
        ),
        (
            c.P(c2, "n"),
            c.L(
                f"ich ruf {c.gw(par, 'den Vater', 'die Mutter')} an, {c.P(par, 'f')}, {c.tel()}",
                f"j'appelle {c.gw(par, 'le père', 'la mère')}, {c.P(par, 'f')}, {c.tel()}",
                f"chiamo {c.gw(par, 'il padre', 'la madre')}, {c.P(par, 'f')}, {c.tel()}",
                f"I'll call {c.gw(par, 'the dad', 'the mum' if c.cc == 'GB' else 'the mom')}, "
                f"{c.P(par, 'f')}, {c.tel()}",
            ),
        ),
    ]
    body = table(c, head, rows, c.ch(["jsonl", "json", "csv", "ssv", "md"])) + "\n\n" + chat(c, msgs)
    return body, reqs


# ================================================================================================================
# 4. candidates - municipal election candidate lists and nominations
LISTS = {
    "de": [
        "Unabhängige Bürgerliste",
        "Wählergruppe Miteinander",
        "Liste Grün-Offen",
        "Freie Dorfliste",
        "Junge Liste",
        "Bürgerforum",
    ],
    "fr": ["Agir ensemble", "Un nouvel élan", "Vivre notre commune", "Demain ensemble", "Liste citoyenne"],
    "it": ["Insieme per il paese", "Lista civica Rinnovamento", "Comunità Futura", "Paese Bene Comune"],
    "en": ["Independent Residents", "Community First", "Green Independents", "Village Voice"],
}
JOBS = {
    "de": [
        ("Lehrer", "Lehrerin"),
        ("Landwirt", "Landwirtin"),
        ("Schreinermeister", "Schreinermeisterin"),
        ("Pflegefachmann", "Pflegefachfrau"),
        ("Bankkaufmann", "Bankkauffrau"),
        ("Elektriker", "Elektrikerin"),
        ("Arzt", "Ärztin"),
        ("Gärtner", "Gärtnerin"),
        ("Polizist", "Polizistin"),
        ("Architekt", "Architektin"),
    ],
    "fr": [
        ("enseignant", "enseignante"),
        ("agriculteur", "agricultrice"),
        ("menuisier", "menuisière"),
        ("infirmier", "infirmière"),
        ("comptable", "comptable"),
        ("électricien", "électricienne"),
        ("médecin", "médecin"),
        ("jardinier", "jardinière"),
        ("architecte", "architecte"),
    ],
    "it": [
        ("insegnante", "insegnante"),
        ("agricoltore", "agricoltrice"),
        ("falegname", "falegname"),
        ("infermiere", "infermiera"),
        ("impiegato", "impiegata"),
        ("elettricista", "elettricista"),
        ("medico", "medico"),
        ("giardiniere", "giardiniera"),
        ("architetto", "architetta"),
    ],
    "en": [
        ("teacher", "teacher"),
        ("farmer", "farmer"),
        ("joiner", "joiner"),
        ("nurse", "nurse"),
        ("accountant", "accountant"),
        ("electrician", "electrician"),
        ("GP", "GP"),
        ("gardener", "gardener"),
        ("architect", "architect"),
    ],
}
STUDENT_RETIRED = {
    "de": (("Student", "Studentin"), ("Rentner", "Rentnerin")),
    "fr": (("étudiant", "étudiante"), ("retraité", "retraitée")),
    "it": (("studente", "studentessa"), ("pensionato", "pensionata")),
    "en": (("student", "student"), ("retired", "retired")),
}
BIRTH_TOWNS = {
    "tr": "Ankara İzmir Konya",
    "pl": "Kraków Poznań Gdańsk",
    "al": "Prishtina Tirana Prizren",
    "rs": "Sarajevo Beograd Tuzla",
    "er": "Asmara Keren",
    "ta": "Jaffna Batticaloa",
    "sy": "Aleppo Homs Kabul",
    "ua": "Kyiv Lviv Odesa",
    "ru": "Omsk Karaganda Novosibirsk",
    "vn": "Hanoi Huế",
    "cn": "Shanghai Wuhan",
    "gr": "Thessaloniki Patras",
    "ma": "Casablanca Fès Oujda",
    "ph": "Manila Cebu",
    "kr": "Seoul Busan",
    "pk": "Lahore Karachi",
    "so": "Mogadishu Hargeisa",
    "jp": "Osaka Sapporo",
    "th": "Bangkok Chiang_Mai",
    "tr_TR": "İstanbul Bursa",
    "hr_HR": "Split Zagreb Osijek",
    "ro_RO": "Cluj-Napoca Iași Timișoara",
    "pt_PT": "Porto Braga Viseu",
    "pt_BR": "São_Paulo Curitiba",
    "es_ES": "Sevilla Valencia Zaragoza",
    "es_MX": "Guadalajara Puebla",
    "es_AR": "Rosario Córdoba",
    "hu_HU": "Debrecen Szeged",
    "cs_CZ": "Brno Olomouc",
    "sk_SK": "Košice Žilina",
    "sl_SI": "Maribor Celje",
    "en_IN": "Pune Chennai",
    "en_IE": "Cork Galway",
    "nl_NL": "Utrecht Groningen",
    "id_ID": "Bandung Surabaya",
    "no_NO": "Bergen",
    "fi_FI": "Tampere Oulu",
    "da_DK": "Aarhus Odense",
    "tw_GH": "Kumasi Accra",
    "yo_NG": "Ibadan Lagos",
    "fr_DZ": "Oran Constantine",
    "it_IT": "Napoli Bari Palermo",
    "de_DE": "Stuttgart Kassel Halle",
    "en_US": "Chicago Denver",
    "en_GB": "Leeds Bristol",
    "fr_FR": "Lyon Lille Nantes",
}


def birth_town(c: Ctx, p: Person) -> str:
    key = p.src[1] if len(p.src) > 1 else None
    if key in BIRTH_TOWNS and c.p(0.85):
        return c.ch(BIRTH_TOWNS[key].split()).replace("_", " ")
    return c._town()[0].town


def job(c: Ctx, p: Person, year: int) -> str:
    st, rt = STUDENT_RETIRED[c.lang]
    if year >= 1999 and c.p(0.5):
        pair = st
    elif year <= 1960 and c.p(0.6):
        pair = rt
    else:
        pair = c.ch(JOBS[c.lang])
    return pair[0] if p.g == "m" else pair[1]


def g_candidates(c: Ctx, v: int) -> tuple[str, list[str]]:
    t, _pc = c._town()
    town = t.town
    lst = c.ch(LISTS[c.lang])
    edate = c.day(c.ch([3, 5, 6, 9, 10]), 2027)
    reqs = c.L(
        ["Prüf bitte, ob die Liste vollständig ist.", "Mach daraus eine Tabelle für den Aushang."],
        ["Vérifie si la liste est complète.", "Mets ça en tableau pour l'affichage."],
        ["Controlla se la lista è completa.", "Fanne una tabella per l'affissione."],
        ["Check the list is complete.", "Turn this into a table for the notice board."],
    )
    if v == 0:
        cand = c.person()
        a = c.addr(town=t)
        birthplace = birth_town(c, cand)
        bd = c.dob("adult")
        born = c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth")
        pairs = [
            (c.L("Familienname", "Nom", "Cognome", "Surname"), c.P(cand, c.ch(["l", "l", "L"]))),
            (c.L("Vorname(n)", "Prénom(s)", "Nome", "Forename(s)"), c.P(cand, "f")),
            (born, c.D(bd)),
            (c.L("Geburtsort", "Lieu de naissance", "Luogo di nascita", "Place of birth"), birthplace),
            (c.L("Beruf", "Profession", "Professione", "Occupation"), job(c, cand, bd.year)),
            (c.L("Anschrift (Hauptwohnung)", "Domicile", "Residenza", "Home address"), c.aline(a)),
            (c.L("Telefon", "Téléphone", "Telefono", "Phone"), c.tel(a)),
            (c.L("E-Mail", "Courriel", "E-mail", "Email"), c.E(cand)),
            (c.L("Wahlvorschlag", "Liste", "Lista", "Party / description"), lst),
        ]
        if c.cc == "CH" and c.p(0.4):
            pairs.insert(
                3,
                (
                    "Heimatort" if c.lang == "de" else "Lieu d'origine" if c.lang == "fr" else "Attinenza",
                    c._town()[0].town,
                ),
            )
        decl = c.L(
            f"Ich stimme meiner Aufnahme in den Wahlvorschlag für die Wahl des Gemeinderats {town} am "
            f"{c.pd(edate)} zu und versichere, dass ich in keinem anderen Wahlvorschlag benannt bin.",
            f"Je soussigné{'e' if cand.g == 'f' else ''} déclare être candidat{'e' if cand.g == 'f' else ''} "
            f"à l'élection municipale de {town} du {c.pd(edate)} sur la liste « {lst} ».",
            f"{c.gw(cand, 'Il sottoscritto', 'La sottoscritta')} accetta la candidatura a consigliere comunale "
            f"di {town} per le elezioni del {c.pd(edate)} nella lista «{lst}».",
            f"I consent to being nominated as a candidate for the {town} council election on {c.pd(edate)}.",
        )
        place = c.L("Ort, Datum", "Lieu, date", "Luogo, data", "Place, date")
        body = "\n".join(
            [
                c.L(
                    "ZUSTIMMUNGSERKLÄRUNG",
                    "DÉCLARATION DE CANDIDATURE",
                    "DICHIARAZIONE DI ACCETTAZIONE",
                    "CONSENT TO NOMINATION",
                ),
                "",
                form(c, pairs),
                "",
                decl,
                "",
                f"{place}: {town}, {c.pd(c.day(c.r.randint(1, 2), 2027))}",
                c.L("Unterschrift: (unterschrieben)", "Signature : (signé)", "Firma: (firmato)", "Signature: (signed)"),
            ]
        )
        return body, reqs
    if v == 1:
        head = c.L(
            ["Nr.", "Name", "Vorname", "Beruf", "Geburtsjahr", "Anschrift"],
            ["N°", "Nom", "Prénom", "Profession", "Date de naissance", "Adresse"],
            ["N.", "Cognome", "Nome", "Professione", "Nato/a il", "Residenza"],
            ["No.", "Surname", "Other names", "Description", "Year of birth", "Home address"],
        )
        rows = []
        sform = c.ch(["l", "l", "L"])
        for k in range(c.r.randint(5, 7)):
            q = c.person()
            d = c.dob("adult")
            a = c.addr(town=t)
            if c.lang == "de":
                born = str(d.year)
                where = c.A(a.street) + ", " + c.A(a.line) if c.p(0.6) else a.town
            elif c.lang in ("fr", "it"):
                born = c.D(d)
                where = c.A(a.line) if c.p(0.5) else a.town
            else:
                born = str(d.year)
                where = c.aline(a, ", ") if c.p(0.5) else c.L("", "", "", f"address in {a.town}")
            rows.append([str(k + 1), c.P(q, sform), c.P(q, "f"), job(c, q, d.year), born, where])
        intro = c.L(
            f"Öffentliche Bekanntmachung – zugelassener Wahlvorschlag „{lst}“ für die Gemeinderatswahl {town} "
            f"am {c.pd(edate)}",
            f"Élection municipale de {town} du {c.pd(edate)} – liste « {lst} » – candidats",
            f"Elezioni comunali di {town} del {c.pd(edate)} – lista «{lst}» – candidati",
            f"Statement of persons nominated – {town} council election, {c.pd(edate)} – {lst}",
        )
        agent = c.person()
        foot = c.L(
            f"Vertrauensperson: {c.P(agent)}, {c.tel()}",
            f"Mandataire : {c.P(agent)}, {c.tel()}",
            f"Delegato di lista: {c.P(agent)}, {c.tel()}",
            f"Agent: {c.P(agent)}, {c.tel()}",
        )
        return intro + "\n\n" + table(
            c, head, rows, c.ch(["md", "md_al", "fixed", "csv", "ssv", "html"])
        ) + "\n\n" + foot, reqs
    if v == 2:
        head = c.L(
            ["Nr.", "Familienname, Vorname", "Geburtsdatum", "Anschrift", "Unterschrift"],
            ["N°", "Nom, prénom", "Date de naissance", "Adresse", "Signature"],
            ["N.", "Cognome e nome", "Data di nascita", "Indirizzo", "Firma"],
            ["No.", "Name", "Date of birth", "Address", "Signature"],
        )
        rows = []
        signers = []
        for k in range(c.r.randint(4, 6)):
            q = c.person()
            signers.append(q)
            a = c.addr(town=t)
            rows.append(
                [
                    str(k + 1),
                    c.P(q, c.ch(["lf", "LcF", "fl"])),
                    c.D(c.dob("adult")),
                    c.aline(a, ", "),
                    c.L("(unterschrieben)", "(signé)", "(firmato)", "(signed)"),
                ]
            )
        off = c.person()
        bad = signers[c.r.randint(0, len(signers) - 1)]
        offmail = c.E(
            off,
            domain_of(c.L("wahlamt " + town, "mairie " + town, "comune " + town, town + " council"), TLD[c.cc]),
            work=True,
        )
        note = c.L(
            f"Hinweis des Wahlamts ({c.P(off)}, {offmail}): Nr. {signers.index(bad) + 1} ({c.P(bad, 'fl')}) "
            f"ist nicht im Wählerverzeichnis eingetragen, bitte ersetzen.",
            f"Remarque du service des élections ({c.P(off)}, {offmail}) : la ligne {signers.index(bad) + 1} "
            f"({c.P(bad, 'fl')}) n'est pas inscrite sur la liste électorale.",
            f"Nota dell'ufficio elettorale ({c.P(off)}, {offmail}): il n. {signers.index(bad) + 1} "
            f"({c.P(bad, 'fl')}) non risulta iscritto nelle liste elettorali.",
            f"Note from the elections office ({c.P(off)}, {offmail}): no. {signers.index(bad) + 1} "
            f"({c.P(bad, 'fl')}) is not on the register - please replace.",
        )
        title = c.L(
            f"Unterstützungsunterschriften für den Wahlvorschlag „{lst}“ ({town})",
            f"Parrainages pour la liste « {lst} » ({town})",
            f"Sottoscrittori della lista «{lst}» ({town})",
            f"Supporters of the nomination - {lst} ({town})",
        )
        return title + "\n\n" + table(c, head, rows, c.ch(["md", "md_al", "fixed", "tsv", "csv"])) + "\n\n" + note, reqs
    vols = [c.person() for _ in range(3)]
    cand = c.person()
    st = c.addr()
    flyer = "\n".join(
        [
            lst.upper(),
            c.L(
                c.gw(cand, "Ihr Kandidat", "Ihre Kandidatin"),
                c.gw(cand, "Votre candidat", "Votre candidate"),
                c.gw(cand, "Il vostro candidato", "La vostra candidata"),
                "Your candidate",
            )
            + ": "
            + c.P(cand),
            f"{c.L('Kontakt', 'Contact', 'Contatti', 'Contact')}: {c.mob()} · {c.E(cand)}",
        ]
    )
    v0, v1, v2 = vols
    msgs = [
        (
            c.P(v0, c.ch(["n", "fl"])),
            c.L(
                f"Stand am Samstag vor {c.A(st.street)}, wer hat Zeit?",
                f"stand samedi devant le {c.A(st.street)}, qui est dispo ?",
                f"gazebo sabato davanti a {c.A(st.street)}, chi c'è?",
                f"stall on Saturday outside {c.A(st.street)}, who's free?",
            ),
        ),
        (c.P(v1, c.ch(["n", "fl"])), c.L("ich, ab 10", "moi dès 10h", "io dalle 10", "me, from 10")),
        (
            c.P(v2, c.ch(["n", "fl"])),
            c.L(
                f"ich bring die Flyer von {c.P(cand, 'f')} mit. Druckerei hat 2000 Stück geliefert",
                f"j'apporte les tracts de {c.P(cand, 'f')}, l'imprimeur en a livré 2000",
                f"porto i volantini di {c.P(cand, 'f')}, la tipografia ne ha consegnati 2000",
                f"I'll bring {c.P(cand, 'f')}'s leaflets, printer delivered 2000",
            ),
        ),
        (
            c.P(v0, c.ch(["n", "fl"])),
            c.L(
                f"super. falls was ist: {c.mob()}",
                f"top. si besoin : {c.mob()}",
                f"ottimo. per qualsiasi cosa: {c.mob()}",
                f"great. any issues: {c.mob()}",
            ),
        ),
    ]
    return chat(c, msgs) + "\n\n" + flyer, reqs


# ================================================================================================================
# 5. consignment - second-hand consignment shops and children's clothing bazaars
ITEMS = {
    "de": [
        "Winterjacke Gr. 110",
        "Kinderwagen",
        "Hochstuhl",
        "Jeans Gr. 128",
        "Skischuhe 32",
        "Puppenhaus",
        "Laufrad",
        "Regenhose 98",
        "Abendkleid Gr. 38",
        "Ledertasche",
    ],
    "fr": [
        "veste d'hiver 4 ans",
        "poussette",
        "chaise haute",
        "jean 8 ans",
        "chaussures de ski 32",
        "maison de poupée",
        "draisienne",
        "robe de soirée T38",
        "sac en cuir",
    ],
    "it": [
        "giacca invernale 4 anni",
        "passeggino",
        "seggiolone",
        "jeans 8 anni",
        "scarponi da sci 32",
        "casa delle bambole",
        "bici senza pedali",
        "abito da sera tg. 42",
        "borsa in pelle",
    ],
    "en": [
        "winter coat age 4",
        "pushchair",
        "high chair",
        "jeans age 8",
        "ski boots 1",
        "doll's house",
        "balance bike",
        "evening dress size 10",
        "leather handbag",
    ],
}


def g_consignment(c: Ctx, v: int) -> tuple[str, list[str]]:
    shop = firmname(
        c,
        c.L(
            ["Secondhand {S}", "Kinderkleiderbörse Sonnenkinder", "Zweite Runde Kommissionsladen", "Kleiderkiste {S}"],
            ["Dépôt-vente {S}", "La Seconde Vie", "Dépôt-vente Le Grenier", "Bourse aux vêtements P'tits Loups"],
            ["Mercatino {S}", "Il Baule conto vendita", "Seconda Mano {S}", "Mercatino dei Bimbi"],
            ["Second Time Around", "{S} Consignment", "Nearly New Sale", "The Swap Rail"],
        ),
    )
    sa = c.addr(business=True)
    stel = biz_tel(c, sa)
    sdom = domain_of(shop, TLD[c.cc])
    reqs = c.L(
        ["Rechne bitte aus, wie viel wir auszahlen müssen.", "Mach mir eine Verkäuferliste daraus."],
        ["Calcule combien on doit reverser.", "Fais-moi la liste des déposants."],
        ["Calcola quanto dobbiamo liquidare.", "Fammi l'elenco dei venditori."],
        ["Work out how much we owe each consignor.", "Make a consignor list out of this."],
    )
    if v == 0:
        q = c.person()
        a = c.local(sa)
        pairs = [
            (c.L("Kommissionsnummer", "N° déposant", "N. mandante", "Consignor no."), order_no(c, "K", 4)),
            (c.L("Name", "Nom", "Nome", "Name"), c.P(q, c.ch(["fl", "lf"]))),
            (
                c.L(
                    "Geburtsdatum (18+)",
                    "Date de naissance (majeur)",
                    "Data di nascita (maggiorenne)",
                    "Date of birth (18+)",
                ),
                c.D(c.dob("adult")),
            ),
            (c.L("Adresse", "Adresse", "Indirizzo", "Address"), c.aline(a)),
            (c.L("Telefon", "Téléphone", "Telefono", "Phone"), c.tel(a)),
            (c.L("E-Mail", "E-mail", "E-mail", "Email"), c.E(q)),
            (
                c.L("Auszahlung an", "Versement sur", "Accredito su", "Payout to"),
                c.iban() if c.cc != "US" else c.ch(["store credit", "check"]),
            ),
            (c.L("Provision", "Commission", "Commissione", "Commission"), c.ch(["30 %", "35 %", "40 %"])),
        ]
        rows = [
            [order_no(c, "", 3), c.ch(ITEMS[c.lang]), c.money(c.ch([4, 6, 8, 12, 15, 25, 40, 60]))]
            for _ in range(c.r.randint(3, 5))
        ]
        head = c.L(
            ["Art.-Nr.", "Artikel", "Preis"],
            ["Réf.", "Article", "Prix"],
            ["Cod.", "Articolo", "Prezzo"],
            ["Tag", "Item", "Price"],
        )
        body = (
            letterhead(
                c, shop, sa, stel, role_mail(c, c.ch(["info", "laden", "hallo"]) if c.lang == "de" else "info", sdom)
            )
            + "\n\n"
            + c.L("KOMMISSIONSVERTRAG", "CONTRAT DE DÉPÔT-VENTE", "CONTRATTO CONTO VENDITA", "CONSIGNMENT AGREEMENT")
            + "\n\n"
            + form(c, pairs)
            + "\n\n"
            + table(c, head, rows, c.ch(["md", "fixed", "md_al"]))
            + "\n\n"
            + c.L(
                "Nicht verkaufte Ware wird nach 8 Wochen gespendet.",
                "Les articles invendus après 8 semaines sont donnés.",
                "La merce invenduta dopo 8 settimane viene donata.",
                "Unsold items are donated after 8 weeks.",
            )
        )
        return body, reqs
    if v == 1:
        head = c.L(
            ["Verk.-Nr.", "Name", "Telefon", "E-Mail", "Helferschicht"],
            ["N° vendeur", "Nom", "Téléphone", "E-mail", "Permanence"],
            ["N. venditore", "Nome", "Telefono", "E-mail", "Turno"],
            ["Seller no.", "Name", "Phone", "Email", "Helper shift"],
        )
        rows = []
        for _k in range(c.r.randint(4, 6)):
            q = c.person()
            rows.append(
                [
                    str(c.r.randint(100, 399)),
                    c.P(q, c.ch(["lf", "fl", "fi"])),
                    c.mob() if c.p(0.8) else "",
                    c.E(q) if c.p(0.8) else "",
                    c.ch(
                        ["Fr 16-18", "Sa 8-10", "Sa 12-14", "–", "Kuchen"]
                        if c.lang == "de"
                        else ["ven 16-18", "sam 8-10", "–"]
                        if c.lang == "fr"
                        else ["ven 16-18", "sab 8-10", "–"]
                        if c.lang == "it"
                        else ["Fri 4-6", "Sat 8-10", "–"]
                    ),
                ]
            )
        hall = c.addr(business=True)
        org = c.person()
        foot = c.L(
            f"Annahme: Freitag ab 16 Uhr, {c.aline(hall, ', ')}. Fragen an {c.P(org)} ({c.mob()}).",
            f"Dépôt : vendredi dès 16h, {c.aline(hall, ', ')}. Questions : {c.P(org)} ({c.mob()}).",
            f"Consegna: venerdì dalle 16, {c.aline(hall, ', ')}. Domande a {c.P(org)} ({c.mob()}).",
            f"Drop-off Friday from 4pm at {c.aline(hall, ', ')}. Questions to {c.P(org)} ({c.mob()}).",
        )
        return table(c, head, rows) + "\n\n" + foot, reqs
    if v == 2:
        q = c.person()
        staff = c.person()
        sis = c.relative(q, "f")
        amount = c.ch([37.5, 52.0, 84.5, 121.0, 18.0])
        qmail = c.E(q)
        question = "\n".join(
            [
                c.L("Hallo zusammen,", "Bonjour,", "Buongiorno,", "Hi there,"),
                c.L(
                    f"wann wird mein Erlös ausgezahlt? Meine Nummer ist {order_no(c, 'K', 4)}. "
                    f"Meine Schwester {c.P(sis)} holt am Samstag die Sachen ab, die nicht verkauft wurden.",
                    f"quand est-ce que je serai payé{'e' if q.g == 'f' else ''} ? Mon numéro : {order_no(c, 'K', 4)}. "
                    f"Ma sœur {c.P(sis)} passera samedi récupérer les invendus.",
                    f"quando viene liquidato il mio ricavato? Il mio numero è {order_no(c, 'K', 4)}. "
                    f"Mia sorella {c.P(sis)} passa sabato a ritirare l'invenduto.",
                    f"when will I get paid? My number is {order_no(c, 'K', 4)}. My sister {c.P(sis)} will pick up "
                    f"whatever didn't sell on Saturday.",
                ),
                c.P(q, c.ch(["f", "fl"])),
            ]
        )
        ans = "\n".join(
            [
                greet(c, q, "l") + ",",
                "",
                c.L(
                    f"Ihr Erlös beträgt {c.money(amount)} und wird diese Woche auf {c.iban()} überwiesen.",
                    f"votre part s'élève à {c.money(amount)}, virement cette semaine sur {c.iban()}.",
                    f"il Suo ricavato è di {c.money(amount)} e verrà accreditato questa settimana su {c.iban()}.",
                    f"your share comes to {c.money(amount)}"
                    + (
                        f" and will be paid to {c.iban()} this week."
                        if c.cc != "US"
                        else " - a check goes out this week."
                    ),
                ),
                c.L(
                    "Ihre Schwester ist willkommen, wir haben bis 13 Uhr offen.",
                    "Votre sœur est la bienvenue, nous fermons à 13h.",
                    "Sua sorella è la benvenuta, chiudiamo alle 13.",
                    "Your sister is welcome, we close at 1pm.",
                ),
                "",
                bye(c),
                sig(c, [c.P(staff), shop, c.A(sa.street) + ", " + c.A(sa.line), stel]),
            ]
        )
        body = mail(
            c,
            shop + f" <{role_mail(c, 'info', sdom)}>",
            who_mail(c.P(q), qmail),
            c.L("AW: Auszahlung", "RE: Versement", "R: Liquidazione", "RE: Payout"),
            ans + "\n\n" + quote(c, c.P(q), qmail, c.day(), question),
        )
        return body, reqs
    head = c.L(
        ["Verk.-Nr.", "Vorname", "Nachname", "E-Mail", "Telefon", "angemeldet", "Geburtsdatum", "IP"],
        ["N°", "Prénom", "Nom", "E-mail", "Téléphone", "inscrit le", "né(e) le", "IP"],
        ["N.", "Nome", "Cognome", "E-mail", "Telefono", "iscritto il", "data di nascita", "IP"],
        ["No.", "First name", "Last name", "Email", "Phone", "Signed up", "DOB", "IP"],
    )
    rows = []
    sellers = []
    for _k in range(c.r.randint(3, 5)):
        q = c.person()
        sellers.append(q)
        rows.append(
            [
                str(c.r.randint(100, 399)),
                c.P(q, "f"),
                c.P(q, "l"),
                c.E(q),
                c.mob(),
                c.pd(c.day(c.r.randint(1, 2), 2027)),
                c.D(c.dob("adult")),
                c.ip(),
            ]
        )
    o1, o2 = c.person(), c.person()
    q = sellers[-1]
    hall = c.addr(business=True)
    msgs = [
        (
            c.P(o1, "n"),
            c.L(
                f"{c.P(q, 'fl')} hat die Gebühr doppelt bezahlt, zurücküberweisen?",
                f"{c.P(q, 'fl')} a payé deux fois, on rembourse ?",
                f"{c.P(q, 'fl')} ha pagato due volte, rimborsiamo?",
                f"{c.P(q, 'fl')} paid the fee twice, refund?",
            ),
        ),
        (
            c.P(o2, "n"),
            c.L(
                f"ja, IBAN hat {c.gw(q, 'er', 'sie')} geschickt: {c.iban()}",
                f"oui, {c.gw(q, 'il', 'elle')} a envoyé son IBAN : {c.iban()}",
                f"sì, mi ha mandato l'IBAN: {c.iban()}",
                "yes, refund to the card, " + c.masked_card()
                if c.cc == "US"
                else f"yes, {c.gw(q, 'he', 'she')} sent the IBAN: {c.iban()}",
            ),
        ),
        (
            c.P(o1, "n"),
            c.L(
                f"ok. Aufbau ist Freitag 15 Uhr, {c.A(hall.street)}",
                f"ok. installation vendredi 15h, {c.A(hall.street)}",
                f"ok. allestimento venerdì alle 15, {c.A(hall.street)}",
                f"ok. setup Friday 3pm, {c.A(hall.street)}",
            ),
        ),
    ]
    return table(c, head, rows, c.ch(["jsonl", "json", "csv", "yaml"])) + "\n\n" + chat(c, msgs), reqs


# ================================================================================================================
# 6. toollending - tool libraries and libraries of things
TOOLS = {
    "de": [
        "Bohrhammer Bosch GBH 2-26",
        "Hochdruckreiniger Kärcher K5",
        "Nähmaschine Singer 2282",
        "Bohrhammer",
        "Stichsäge",
        "Hochdruckreiniger",
        "Leiter 3-teilig",
        "Nähmaschine",
        "Fondue-Set",
        "Beamer",
        "Lastenrad",
        "Vertikutierer",
        "Zelt 4 Pers.",
        "Schleifmaschine",
        "Raclette-Ofen",
    ],
    "fr": [
        "perforateur Bosch",
        "nettoyeur Kärcher K4",
        "machine à coudre Singer",
        "perforateur",
        "scie sauteuse",
        "nettoyeur haute pression",
        "échelle",
        "machine à coudre",
        "appareil à raclette",
        "vidéoprojecteur",
        "vélo cargo",
        "scarificateur",
        "tente 4 places",
        "ponceuse",
    ],
    "it": [
        "tassellatore Bosch",
        "idropulitrice Kärcher",
        "macchina da cucire Singer",
        "tassellatore",
        "seghetto alternativo",
        "idropulitrice",
        "scala",
        "macchina da cucire",
        "proiettore",
        "cargo bike",
        "arieggiatore",
        "tenda 4 posti",
        "levigatrice",
    ],
    "en": [
        "Bosch hammer drill",
        "Kärcher K4 pressure washer",
        "Singer sewing machine",
        "hammer drill",
        "jigsaw",
        "pressure washer",
        "ladder",
        "sewing machine",
        "projector",
        "cargo bike",
        "scarifier",
        "4-person tent",
        "sander",
        "carpet cleaner",
        "gazebo",
    ],
}


def g_toollending(c: Ctx, v: int) -> tuple[str, list[str]]:
    name = c.L(
        c.ch(["Leihladen", "Bibliothek der Dinge", "Werkzeugbibliothek", "Leila – Leihladen"]),
        c.ch(["Outilthèque", "Bibliothèque d'objets", "La Prêterie"]),
        c.ch(["Biblioteca degli oggetti", "Prestoteca", "Attrezzoteca"]),
        c.ch(["Library of Things", "Tool Library", "The Lending Shed"]),
    )
    la = c.addr(business=True)
    ldom = domain_of(name, TLD[c.cc])
    reqs = c.L(
        ["Schreib bitte eine freundliche Erinnerung.", "Welche Geräte sind überfällig?"],
        ["Écris un rappel sympa.", "Quels objets sont en retard ?"],
        ["Scrivi un promemoria gentile.", "Quali oggetti sono in ritardo?"],
        ["Write a friendly reminder.", "Which items are overdue?"],
    )
    tool = c.ch(TOOLS[c.lang])
    if v == 0:
        q = c.person()
        a = c.local(la, 0.85)
        pay = c.p(0.6)
        pairs = [
            (c.L("Mitgliedsnummer", "N° membre", "N. tessera", "Member no."), order_no(c, "M-", 4)),
            (c.L("Nachname", "Nom", "Cognome", "Last name"), c.P(q, "l")),
            (c.L("Vorname", "Prénom", "Nome", "First name"), c.P(q, "f")),
            (c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.D(c.dob("adult"))),
            (c.L("Straße, Nr.", "Rue", "Via", "Street"), c.A(a.street)),
            (c.L("PLZ Ort", "NPA Localité" if c.cc == "CH" else "CP Ville", "CAP Città", "Town"), c.A(a.line)),
            (c.L("Handy", "Portable", "Cellulare", "Mobile"), c.mob()),
            (c.L("E-Mail", "E-mail", "E-mail", "Email"), c.E(q)),
            (
                c.L("Ausweis geprüft", "Pièce vérifiée", "Documento verificato", "ID checked"),
                c.L("ja, Nr. ", "oui, n° ", "sì, n. ", "yes, no. ") + order_no(c, c.ch(["L", "T", "CA", "X"]), 7),
            ),
            (c.L("Kaution", "Caution", "Cauzione", "Deposit"), c.money(c.ch([20, 30, 50]))),
            (
                c.L("Zahlung", "Paiement", "Pagamento", "Payment"),
                (c.L("SEPA-Lastschrift von ", "prélèvement sur ", "addebito su ", "direct debit from ") + c.iban())
                if pay and c.cc != "US"
                else c.L("bar", "espèces", "contanti", "card ") + (c.masked_card() if c.lang == "en" else ""),
            ),
        ]
        body = (
            name
            + "\n"
            + c.A(la.street)
            + ", "
            + c.A(la.line)
            + "\n\n"
            + c.L("Mitgliedsantrag", "Adhésion", "Iscrizione", "Membership form")
            + "\n\n"
            + form(c, pairs)
        )
        return body, reqs
    if v == 1:
        head = c.L(
            ["Gerät", "Mitglied", "ausgeliehen", "zurück bis", "Telefon"],
            ["Objet", "Membre", "Emprunté", "Retour", "Téléphone"],
            ["Oggetto", "Socio", "Prestato", "Rientro", "Telefono"],
            ["Item", "Member", "Out", "Due", "Phone"],
        )
        rows = []
        for _k in range(c.r.randint(4, 6)):
            q = c.person()
            d = c.day(c.r.randint(3, 10))
            rows.append(
                [
                    f"{c.ch(['BO', 'GA', 'HH', 'FR', 'EL'])}-{c.r.randint(1, 250):04d} {c.ch(TOOLS[c.lang])}",
                    c.P(q, c.ch(["il", "lf", "fl", "l"])),
                    c.pd(d, False),
                    c.pd(d + dt.timedelta(days=7), False),
                    c.mob(),
                ]
            )
        return c.L("Ausleihliste", "Registre des prêts", "Registro prestiti", "Loans register") + "\n\n" + table(
            c, head, rows, c.ch(["md", "md_al", "fixed", "csv", "tsv", "ssv"])
        ), reqs
    if v == 2:
        q = c.person()
        vol = c.person()
        neigh = c.person()
        na = c.addr()
        qmail = c.E(q)
        vmail = c.E(vol, ldom, work=True) if c.p(0.5) else role_mail(c, "ausleihe" if c.lang == "de" else "info", ldom)
        remind = "\n".join(
            [
                greet(c, q, "f", formal=False) + ",",
                c.L(
                    f"unser Gerät ({tool}) war bis {c.pd(c.day(11))} ausgeliehen. Bringst du es diese Woche zurück?",
                    f"l'objet emprunté ({tool}) devait revenir le {c.pd(c.day(11))}. Tu peux le ramener cette "
                    f"semaine ?",
                    f"l'oggetto in prestito ({tool}) andava restituito il {c.pd(c.day(11))}. Riesci a "
                    f"riportarlo questa settimana?",
                    f"the {tool} was due back on {c.pd(c.day(11))}. Could you bring it back this week?",
                ),
                c.P(vol, "f"),
            ]
        )
        reply = "\n".join(
            [
                c.L(
                    f"Hallo {c.P(vol, 'f')},",
                    f"Salut {c.P(vol, 'f')},",
                    f"Ciao {c.P(vol, 'f')},",
                    f"Hi {c.P(vol, 'f')},",
                ),
                c.L(
                    f"sorry! Ich hab es {c.gw(neigh, 'meinem Nachbarn', 'meiner Nachbarin')} {c.P(neigh)} "
                    f"({c.A(na.street)}) weitergegeben, {c.gw(neigh, 'er', 'sie')} bringt es am Samstag. "
                    f"{c.gw(neigh, 'Seine', 'Ihre')} Nummer: {c.tel(na)}.",
                    f"désolé{'e' if q.g == 'f' else ''} ! Je l'ai prêté à {c.gw(neigh, 'mon voisin', 'ma voisine')} "
                    f"{c.P(neigh)} ({c.A(na.street)}), qui le rapporte samedi. Son numéro : {c.tel(na)}.",
                    f"scusa! L'ho passato {c.gw(neigh, 'al mio vicino', 'alla mia vicina')} {c.P(neigh)} "
                    f"({c.A(na.street)}), "
                    f"lo riporta sabato. Numero: {c.tel(na)}.",
                    f"sorry! I lent it on to my neighbour {c.P(neigh)} ({c.A(na.street)}), who'll drop it off "
                    f"on Saturday. "
                    f"Number: {c.tel(na)}.",
                ),
                c.L(
                    f"Und meine Handynummer hat sich geändert: {c.mob()}",
                    f"Et mon portable a changé : {c.mob()}",
                    f"E il mio cellulare è cambiato: {c.mob()}",
                    f"Also my mobile changed: {c.mob()}",
                ),
                c.P(q, c.ch(["f", "fl", "n"])),
            ]
        )
        body = mail(
            c,
            who_mail(c.P(q) if c.p(0.6) else None, qmail),
            vmail,
            c.L("Re: Erinnerung Rückgabe", "Re: Rappel retour", "Re: Promemoria restituzione", "Re: Reminder"),
            reply + "\n\n" + quote(c, c.P(vol) if vmail.startswith(MS) else name, vmail, c.day(11), remind),
        )
        return body, reqs
    head = c.L(
        ["Buchung", "E-Mail", "Gerät", "Abholung", "IP"],
        ["Réservation", "E-mail", "Objet", "Retrait", "IP"],
        ["Prenotazione", "E-mail", "Oggetto", "Ritiro", "IP"],
        ["Booking", "Email", "Item", "Pick-up", "IP"],
    )
    rows = []
    mems = []
    for _k in range(c.r.randint(3, 5)):
        q = c.person()
        mems.append(q)
        rows.append(
            [
                order_no(c, "B", 5),
                c.E(q),
                c.ch(TOOLS[c.lang]),
                f"{c.pd(c.day(c.r.randint(1, 12)), False)} {c.hm()}",
                c.ip(),
            ]
        )
    v1, v2 = c.person(), c.person()
    code = str(c.r.randint(1000, 9999))
    q = mems[0]
    msgs = [
        (
            c.P(v1, "n"),
            c.L(
                f"wer macht Samstag auf? Schlüsselsafe-Code ist {code}",
                f"qui ouvre samedi ? code du boîtier : {code}",
                f"chi apre sabato? codice cassetta chiavi {code}",
                f"who's opening Saturday? key safe code is {code}",
            ),
        ),
        (
            c.P(v2, "n"),
            c.L(
                f"ich. Kommt {c.P(q, 'fl')} wegen der Buchung, oder?",
                f"moi. {c.P(q, 'fl')} passe pour sa réservation, non ?",
                f"io. passa {c.P(q, 'fl')} per la prenotazione, giusto?",
                f"me. {c.P(q, 'fl')} is coming for the booking, right?",
            ),
        ),
        (
            c.P(v1, "n"),
            c.L(
                f"genau, Laden ist jetzt übrigens {c.A(la.street)}",
                f"oui, et le local est maintenant au {c.A(la.street)}",
                f"sì, e la sede ora è in {c.A(la.street)}",
                f"yes, and we're now at {c.A(la.street)}",
            ),
        ),
    ]
    return table(c, head, rows, c.ch(["jsonl", "json", "csv", "yaml"])) + "\n\n" + chat(c, msgs), reqs


# ================================================================================================================
# 7. fraternity - student societies (Studentenverbindungen) and alumni associations
VULGO = [
    "Spatz",
    "Zwirbel",
    "Pfiff",
    "Bärli",
    "Sokrates",
    "Kolibri",
    "Tschegg",
    "Gämsli",
    "Schnuuz",
    "Chnobli",
    "Plato",
    "Loki",
    "Fidibus",
    "Quax",
    "Blitz",
    "Gizmo",
    "Bambus",
    "Pirat",
    "Zapfen",
    "Krümel",
    "Tacitus",
    "Kauz",
    "Sprint",
    "Wiesel",
    "Hopfen",
    "Pegasus",
    "Kiesel",
    "Flocke",
]
NICKS_EN = ["Stumpy", "Biffo", "Taffy", "Boots", "Noodle", "Sparky", "Pongo", "Dodger", "Tiggy", "Bunny"]
NICKS_FR = ["Bibi", "Zouzou", "Pitch", "Lulu", "Kiki", "Titou", "Gégé", "Popol"]
NICKS_IT = ["il Conte", "Baffo", "Pippo", "Brontolo", "Ciccio", "il Moro", "Tato", "Birillo"]
SOC = {
    "de": [
        "AV Alemannia",
        "StV Concordia",
        "AV Rhenania",
        "StV Frankonia",
        "Akademische Verbindung Helvetia",
        "Studentenverbindung Turicia",
        "AV Saxonia",
    ],
    "fr": [
        "Société d'étudiants Stellania",
        "Amicale des anciens de l'École",
        "Société de Belles-Rives",
        "Association des anciens élèves",
    ],
    "it": [
        "Associazione ex allievi del Liceo",
        "Goliardia Ordine del Fittone",
        "Società Studentesca Ticinensis",
        "Associazione Alumni",
    ],
    "en": ["Old Members' Association", "Alumni Society", "College Boat Club Old Boys and Girls", "Gryphon Society"],
}


def vulgo(c: Ctx, used: set[str]) -> str:
    pool = (
        VULGO
        if c.lang == "de" or c.cc == "CH"
        else NICKS_FR
        if c.lang == "fr"
        else NICKS_IT
        if c.lang == "it"
        else NICKS_EN
    )
    x = c.ch([v for v in pool if v not in used])
    used.add(x)
    return x


def aka(c: Ctx, p: Person, nick: str) -> str:
    """Full name plus society name: both PERSON spans, the connecting word outside."""
    if c.cc == "CH":
        return f"{c.P(p)} v/o {mk('PERSON', nick)}"
    if c.lang == "de":
        return c.ch([f"{c.P(p)} (Cerevis: {mk('PERSON', nick)})", f"{c.P(p)} (Biername {mk('PERSON', nick)})"])
    if c.lang == "fr":
        return f"{c.P(p)}, dit{'e' if p.g == 'f' else ''} « {mk('PERSON', nick)} »"
    if c.lang == "it":
        return f'{c.P(p)}, detto{"" if p.g == "m" else "a"} "{mk("PERSON", nick)}"'
    return f'{c.P(p)} (known as "{mk("PERSON", nick)}")'


def g_fraternity(c: Ctx, v: int) -> tuple[str, list[str]]:
    soc = c.ch(SOC[c.lang])
    sdom = domain_of(soc, TLD[c.cc] if c.p(0.5) else "org")
    used: set[str] = set()
    reqs = c.L(
        ["Mach daraus bitte eine Geburtstagsliste für den Vorstand.", "Formuliere eine kurze Antwort."],
        ["Fais-en une liste pour le comité.", "Rédige une réponse courte."],
        ["Fanne un elenco per il comitato.", "Scrivi una breve risposta."],
        ["Make a list for the committee out of this.", "Draft a short reply."],
    )
    if v == 0:
        blocks = []
        for _k in range(c.r.randint(2, 4)):
            q = c.person(g=c.ch("mmmf"))
            a = c.addr()
            bd = c.dob("adult")
            jy = bd.year + c.r.randint(19, 22)
            sem = c.ch(["WS", "SS"]) + f" {jy}" if c.lang == "de" else str(jy)
            lines = [
                aka(c, q, vulgo(c, used)),
                c.A(a.street),
                c.A(a.line),
                f"{c.L('Tel.', 'Tél.', 'Tel.', 'Tel')} {c.tel(a)}" + (f" · {c.E(q)}" if c.p(0.7) else ""),
                f"{c.L('geb.', c.gw(q, 'né le', 'née le'), c.gw(q, 'nato il', 'nata il'), 'b.')} "
                f"{c.D(bd)} · {c.L('rezipiert', 'admis', 'ammesso', 'joined')} {sem}",
            ]
            blocks.append("\n".join(lines))
        title = c.L(
            f"{soc} – Mitgliederverzeichnis (Auszug, vertraulich)",
            f"{soc} – Annuaire des membres (extrait)",
            f"{soc} – Annuario soci (estratto)",
            f"{soc} – Members' directory (extract)",
        )
        return title + "\n\n" + "\n\n".join(blocks), reqs
    if v == 1:
        head = c.L(
            ["Name", "Begleitung", "E-Mail", "Menü", "Bezahlt", "IP"],
            ["Nom", "Accompagnant", "E-mail", "Menu", "Paiement", "IP"],
            ["Nome", "Accompagnatore", "E-mail", "Menù", "Pagamento", "IP"],
            ["Name", "Guest", "Email", "Menu", "Paid", "IP"],
        )
        rows = []
        for _k in range(c.r.randint(3, 5)):
            q = c.person()
            partner = c.relative(q, "f" if q.g == "m" else "m") if c.p(0.5) else c.person(g="f" if q.g == "m" else "m")
            pay = c.card() if c.p(0.25) else c.masked_card() if c.p(0.5) else c.iban() if c.cc != "US" else "cash"
            rows.append(
                [
                    c.P(q, c.ch(["fl", "lf"])),
                    c.P(partner, c.ch(["fl", "f"])) if c.p(0.7) else "–",
                    c.E(q),
                    c.ch(
                        c.L(
                            ["Fleisch", "Vegi", "Fisch"],
                            ["viande", "végé", "poisson"],
                            ["carne", "vegetariano", "pesce"],
                            ["meat", "veggie", "fish"],
                        )
                    ),
                    pay,
                    c.ip(),
                ]
            )
        ev = c.L("Stiftungsfest", "Soirée annuelle", "Cena sociale", "Annual dinner")
        return f"{soc} – {ev} {c.pd(c.day(c.r.randint(5, 11)))}\n\n" + table(
            c, head, rows, c.ch(["jsonl", "json", "csv", "md", "yaml"])
        ), reqs
    if v == 2:
        q = c.person(g=c.ch("mmf"))
        cash = c.person()
        old = c.addr()
        new = c.addr()
        qm = c.E(q)
        nick = vulgo(c, used)
        mess = "\n".join(
            [
                c.L(
                    "Salü Quästor," if c.cc == "CH" else "Hallo Kassenwart,",
                    "Salut le trésorier,",
                    "Ciao tesoriere,",
                    "Hi treasurer,",
                ),
                c.L(
                    f"ich bin umgezogen, bitte die Adresse ändern: neu {c.aline(new, ', ')} (bisher "
                    f"{c.A(old.street)}). "
                    f"Handy bleibt {c.mob()}.",
                    f"j'ai déménagé : nouvelle adresse {c.aline(new, ', ')} (avant {c.A(old.street)}). Portable "
                    f"inchangé : "
                    f"{c.mob()}.",
                    f"ho traslocato: nuovo indirizzo {c.aline(new, ', ')} (prima {c.A(old.street)}). "
                    f"Cellulare sempre {c.mob()}.",
                    f"I've moved - new address {c.aline(new, ', ')} (was {c.A(old.street)}). Mobile still {c.mob()}.",
                ),
                aka(c, q, nick),
            ]
        )
        ans = "\n".join(
            [
                c.L(
                    f"Lieber {mk('PERSON', nick)}," if q.g == "m" else f"Liebe {mk('PERSON', nick)},",
                    f"Cher {mk('PERSON', nick)}," if q.g == "m" else f"Chère {mk('PERSON', nick)},",
                    f"Caro {mk('PERSON', nick)}," if q.g == "m" else f"Cara {mk('PERSON', nick)},",
                    f"Dear {mk('PERSON', nick)},",
                ),
                c.L(
                    f"danke, ist geändert. Denk bitte an den Jahresbeitrag ({c.money(c.ch([60, 80, 120]))}) auf "
                    f"{shop_iban(c, soc)}.",
                    f"c'est noté. Pense à la cotisation ({c.money(c.ch([60, 80, 120]))}) sur {shop_iban(c, soc)}.",
                    f"fatto. Ricordati la quota annuale ({c.money(c.ch([60, 80, 120]))}) su {shop_iban(c, soc)}.",
                    f"done. Don't forget the annual sub ({c.money(c.ch([60, 80, 120]))}), {shop_iban(c, soc)}.",
                ),
                bye(c, False),
                c.P(cash, c.ch(["fl", "f"]))
                + c.L(", Quästor" if c.cc == "CH" else ", Kassenwart", ", trésorier", ", tesoriere", ", Treasurer"),
            ]
        )
        cm = (
            c.E(cash, sdom, work=True)
            if c.p(0.5)
            else role_mail(c, c.L("kasse", "tresorier", "tesoriere", "treasurer"), sdom)
        )
        body = mail(
            c,
            who_mail(c.P(cash) if cm.startswith(MS) else soc, cm),
            who_mail(c.P(q), qm),
            c.L("Re: Adressänderung", "Re: Changement d'adresse", "Re: Cambio indirizzo", "Re: Change of address"),
            ans + "\n\n" + quote(c, c.P(q), qm, c.day(), mess),
        )
        return body, reqs
    members = [(c.person(g=c.ch("mmf")), vulgo(c, used)) for _ in range(4)]
    msgs = []
    (p0, n0), (p1, n1), (p2, n2), (p3, n3) = members
    bday = c.day()
    msgs.append(
        (
            mk("PERSON", n0),
            c.L(
                f"morgen hat {mk('PERSON', n3)} geburtstag, wer organisiert was?",
                f"demain c'est l'anniv de {mk('PERSON', n3)}, qui s'occupe de quoi ?",
                f"domani è il compleanno di {mk('PERSON', n3)}, chi organizza?",
                f"it's {mk('PERSON', n3)}'s birthday tomorrow, who's sorting something?",
            ),
        )
    )
    msgs.append(
        (
            mk("PERSON", n1),
            c.L(
                f"ich hol bier. treffpunkt bude, {c.A(c.addr().street)}",
                f"je prends les boissons. rdv au local, {c.A(c.addr().street)}",
                f"porto io da bere. ritrovo in sede, {c.A(c.addr().street)}",
                f"I'll get drinks. meet at the house, {c.A(c.addr().street)}",
            ),
        )
    )
    msgs.append(
        (
            mk("PERSON", n2),
            c.L(
                "hier die liste vom vorstand:",
                "voici la liste du comité :",
                "ecco la lista del comitato:",
                "here's the committee list:",
            ),
        )
    )
    lst = []
    for q, nk in members:
        d = c.dob("young")
        if c.p(0.5):
            lst.append(f"{c.P(q, c.ch(['fl', 'lf']))} ({mk('PERSON', nk)}): {c.D(d)}")
        else:
            lst.append(f"{c.P(q, c.ch(['fl', 'lf']))} ({mk('PERSON', nk)}): {c.dm(d)}")
    body = chat(c, msgs, bday) + "\n\n" + "\n".join(lst)
    return body, reqs


# ================================================================================================================
# 8. christmastree - Christmas tree farms and sales
TREES = {
    "de": ["Nordmanntanne", "Blaufichte", "Nobilistanne", "Rotfichte", "Coloradotanne"],
    "fr": ["Nordmann", "épicéa", "sapin noble", "Nordmann premium"],
    "it": ["abete Nordmann", "abete rosso", "abete nobile", "pino"],
    "en": ["Nordmann fir", "Norway spruce", "Noble fir", "Fraser fir", "Blue spruce"],
}


def g_christmastree(c: Ctx, v: int) -> tuple[str, list[str]]:
    farm = firmname(
        c,
        c.L(
            ["Christbaumhof {S}", "Weihnachtsbaumkultur {S}", "Tannenhof am Waldrand", "Christbaumverkauf Hof {S}"],
            ["Sapins de Noël {S}", "La Sapinière du Haut", "Pépinière {S}"],
            ["Vivaio {S}", "Alberi di Natale {S}", "Il Bosco di Natale"],
            ["{S} Christmas Tree Farm", "Pine Ridge Trees", "{S}'s Tree Lot"],
        ),
    )
    fa = c.addr(business=True)
    ftel = biz_tel(c, fa)
    fdom = domain_of(farm, TLD[c.cc])
    reqs = c.L(
        ["Mach mir daraus eine Liefertour, sortiert nach Ort.", "Schreib eine Antwort auf die Beschwerde."],
        ["Fais-moi une tournée de livraison triée par ville.", "Réponds à cette réclamation."],
        ["Fammi un giro consegne ordinato per paese.", "Rispondi a questo reclamo."],
        ["Turn this into a delivery run sorted by town.", "Reply to this complaint, please."],
    )
    tree = c.ch(TREES[c.lang])
    size = c.ch(
        ["1,50–1,75 m", "1,75–2,00 m", "2,00–2,25 m", "2,50 m"]
        if c.lang != "en"
        else ["5-6 ft", "6-7 ft", "7-8 ft", "9 ft"]
    )
    dday = c.day(12, c.year, 5, 22)
    if v == 0:
        q = c.person()
        a = c.local(fa)
        pairs = [
            (c.L("Bestellung", "Commande", "Ordine", "Order"), order_no(c, "XM-", 4)),
            (c.L("Name", "Nom", "Nome", "Name"), c.P(q, c.ch(["fl", "lf"]))),
            (c.L("Lieferadresse", "Adresse de livraison", "Indirizzo di consegna", "Delivery address"), c.aline(a)),
            (c.L("Telefon", "Téléphone", "Telefono", "Phone"), c.tel(a)),
            (c.L("E-Mail", "E-mail", "E-mail", "Email"), c.E(q)),
            (c.L("Baum", "Sapin", "Albero", "Tree"), f"{tree}, {size}"),
            (c.L("Ständer", "Pied", "Supporto", "Stand"), c.L("ja, Gusseisen", "oui", "sì", "yes, cast iron")),
            (c.L("Liefertermin", "Livraison", "Consegna", "Delivery"), c.pd(dday)),
            (c.L("Preis", "Prix", "Prezzo", "Price"), c.money(c.ch([39, 49, 59, 69, 89]))),
            (
                c.L("Zahlung", "Paiement", "Pagamento", "Payment"),
                c.ch(
                    [
                        c.L("Karte ", "carte ", "carta ", "card ") + c.masked_card(),
                        c.L("Karte ", "carte ", "carta ", "card ") + c.card(),
                        c.L(
                            "bar bei Lieferung", "espèces à la livraison", "contanti alla consegna", "cash on delivery"
                        ),
                        transfer_to(c, farm),
                    ]
                ),
            ),
        ]
        if c.p(0.35):
            co = c.person()
            pairs.insert(
                2,
                (
                    c.L("Ansprechperson vor Ort", "Contact sur place", "Referente", "Contact on site"),
                    f"{c.P(co)}, {c.mob()}",
                ),
            )
        return letterhead(
            c, farm, fa, ftel, role_mail(c, c.ch(["info", "bestellung", "hof"]) if c.lang == "de" else "info", fdom)
        ) + "\n\n" + form(c, pairs), reqs
    if v == 1:
        head = c.L(
            ["Tour", "Kunde", "Adresse", "Telefon", "Baum", "Notiz"],
            ["Ordre", "Client", "Adresse", "Téléphone", "Sapin", "Note"],
            ["Ordine", "Cliente", "Indirizzo", "Telefono", "Albero", "Note"],
            ["Stop", "Customer", "Address", "Phone", "Tree", "Note"],
        )
        rows = []
        towns = [fa.t, c._town()[0]]
        for k in range(c.r.randint(4, 6)):
            q = c.person()
            a = c.addr(town=towns[0] if c.p(0.6) else towns[1])
            note = c.ch(
                [
                    c.L(
                        f"bei {c.P(q, 'l')} klingeln",
                        f"sonner chez {c.P(q, 'l')}",
                        f"citofono {c.P(q, 'l')}",
                        f"ring {c.P(q, 'l')}",
                    ),
                    c.L("Hinterhof", "cour", "cortile", "side door"),
                    c.L("vor 10 Uhr", "avant 10h", "prima delle 10", "before 10am"),
                    "",
                ]
            )
            rows.append(
                [
                    str(k + 1),
                    c.P(q, c.ch(["fl", "lf", "il"])),
                    c.aline(a, ", "),
                    c.tel(a),
                    f"{c.ch(TREES[c.lang])} "
                    f"{c.ch(['1,75', '2,00', '2,25']) if c.lang != 'en' else c.ch(['6ft', '7ft'])}",
                    note,
                ]
            )
        helper = c.person(g=c.ch("mf"))
        ha = c.addr()
        hform = form(
            c,
            [
                (c.L("Aushilfe", "Saisonnier", "Stagionale", "Seasonal helper"), c.P(helper)),
                (c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.D(c.dob("young"))),
                (c.L("Adresse", "Adresse", "Indirizzo", "Address"), c.aline(ha)),
                ("AHV-Nr." if c.lang == "de" else "N° AVS" if c.lang == "fr" else "N. AVS", c.ahv())
                if c.cc == "CH"
                else (
                    c.L("Steuer-ID", "N° sécu", "Cod. fiscale", "NI number"),
                    c.L("(liegt vor)", "(fourni)", "(fornito)", "(on file)"),
                ),
                (
                    c.L("Lohnkonto", "Compte salaire", "Conto stipendio", "Wages to"),
                    c.iban() if c.cc != "US" else "direct deposit on file",
                ),
            ],
        )
        return c.L(
            f"Liefertour {c.pd(dday)}",
            f"Tournée du {c.pd(dday)}",
            f"Consegne del {c.pd(dday)}",
            f"Delivery run {c.pd(dday)}",
        ) + "\n\n" + table(c, head, rows, c.ch(["md", "md_al", "fixed", "csv", "tsv"])) + "\n\n" + c.L(
            "Fahrer/Aushilfe:", "Chauffeur :", "Autista:", "Driver:"
        ) + "\n" + hform, reqs
    if v == 2:
        q = c.person()
        staff = c.person()
        neigh = c.person()
        qm = c.E(q)
        conf = "\n".join(
            [
                greet(c, q, "l") + ",",
                c.L(
                    f"vielen Dank für Ihre Bestellung ({tree}, {size}). Wir liefern am {c.pd(dday)} zwischen 8 "
                    f"und 12 Uhr.",
                    f"merci pour votre commande ({tree}, {size}). Livraison le {c.pd(dday)} entre 8h et 12h.",
                    f"grazie per l'ordine ({tree}, {size}). Consegna il {c.pd(dday)} tra le 8 e le 12.",
                    f"thanks for your order ({tree}, {size}). We deliver on {c.pd(dday)} between 8 and 12.",
                ),
                bye(c),
                sig(c, [c.P(staff), farm, c.A(fa.street), c.A(fa.line), ftel]),
            ]
        )
        na = c.addr()
        comp = "\n".join(
            [
                greet(c, staff, "l") + ",",
                c.L(
                    f"der Baum wurde bei {c.gw(neigh, 'meinem Nachbarn', 'meiner Nachbarin')} {c.P(neigh)} "
                    f"({c.A(na.street)}) abgegeben, weil ich nicht da war – das ist okay, aber er nadelt schon "
                    f"nach drei "
                    f"Tagen stark. Können Sie ihn tauschen? Sie erreichen mich unter {c.mob()}.",
                    f"le sapin a été déposé chez {c.gw(neigh, 'mon voisin', 'ma voisine')} {c.P(neigh)} "
                    f"({c.A(na.street)}) "
                    f"en mon absence – pas de souci, mais il perd déjà ses aiguilles. Pouvez-vous l'échanger ? Mon "
                    f"portable : {c.mob()}.",
                    f"l'albero è stato lasciato {c.gw(neigh, 'al mio vicino', 'alla mia vicina')} {c.P(neigh)} "
                    f"({c.A(na.street)}) perché non c'ero – va bene, ma perde già gli aghi. Potete cambiarlo? "
                    f"Cellulare: "
                    f"{c.mob()}.",
                    f"the tree was left with my neighbour {c.P(neigh)} ({c.A(na.street)}) as I was out - fine, "
                    f"but it's "
                    f"already dropping needles after three days. Could you swap it? Mobile: {c.mob()}.",
                ),
                bye(c),
                c.P(q, c.ch(["fl", "fl", "il"])),
            ]
        )
        sm = c.E(staff, fdom, work=True) if c.p(0.5) else role_mail(c, "info", fdom)
        body = mail(
            c,
            who_mail(c.P(q) if c.p(0.6) else None, qm),
            sm,
            c.L("Reklamation Christbaum", "Réclamation sapin", "Reclamo albero", "Complaint - Christmas tree"),
            comp
            + "\n\n"
            + quote(c, c.P(staff) if sm.startswith(MS) else farm, sm, c.day(11), conf, style=c.ch([0, 2])),
        )
        return body, reqs
    head = c.L(
        ["Slot", "Name", "E-Mail", "Personen", "Telefon", "IP"],
        ["Créneau", "Nom", "E-mail", "Pers.", "Tél.", "IP"],
        ["Fascia", "Nome", "E-mail", "Persone", "Tel.", "IP"],
        ["Slot", "Name", "Email", "Party", "Phone", "IP"],
    )
    rows = []
    for _k in range(c.r.randint(3, 5)):
        q = c.person()
        rows.append(
            [
                f"{c.pd(c.day(12, c.year, 5, 20), False)} {c.hm(c.r.randint(9, 15), c.ch([0, 30]))}",
                c.P(q, c.ch(["fl", "lf"])),
                c.E(q),
                str(c.r.randint(1, 6)),
                c.mob() if c.p(0.6) else "",
                c.ip(),
            ]
        )
    s1, s2 = c.person(), c.person()
    lost = c.person(g=c.ch("mf"))
    msgs = [
        (
            c.P(s1, "n"),
            c.L(
                "Parkplatz ist voll, bitte Leute zur Wiese umleiten",
                "parking plein, envoyez les gens au pré",
                "parcheggio pieno, mandate la gente al prato",
                "car park's full, send people to the field",
            ),
        ),
        (
            c.P(s2, "n"),
            c.L(
                f"ok. hier wurde eine Geldbörse gefunden, Ausweis auf {c.P(lost)}",
                f"ok. on a trouvé un portefeuille, carte au nom de {c.P(lost)}",
                f"ok. trovato un portafoglio, documento intestato a {c.P(lost)}",
                f"ok. someone found a wallet, ID says {c.P(lost)}",
            ),
        ),
        (
            c.P(s1, "n"),
            c.L(
                "leg sie in die Kasse, ich ruf aus",
                "mets-le à la caisse, j'annonce au micro",
                "mettilo in cassa, faccio un annuncio",
                "put it in the till, I'll announce it",
            ),
        ),
    ]
    return table(c, head, rows, c.ch(["jsonl", "json", "csv", "ssv"])) + "\n\n" + chat(c, msgs), reqs


# ================================================================================================================
# 9. spacure - spa cures and health-resort stays
RESORT = {
    "de": ["Kurhaus Bad Sonnenfeld", "Kurzentrum Am Quellenpark", "Rehaklinik Waldblick", "Thermalkurhaus Aurora"],
    "fr": ["Thermes de la Source", "Établissement thermal des Grands Bains", "Centre de cure Les Sources"],
    "it": ["Terme della Valle", "Grand Hotel Terme", "Centro termale Fonte Azzurra"],
    "en": ["Hydro Hotel & Spa", "Hot Springs Wellness Resort", "The Pump Room Spa"],
}
THERAPY = {
    "de": ["Fango", "Moorbad", "Unterwassermassage", "Bewegungsbad", "Inhalation", "Lymphdrainage"],
    "fr": ["boue", "bain bouillonnant", "douche au jet", "piscine de mobilisation", "inhalation", "massage"],
    "it": ["fango", "bagno termale", "idromassaggio", "piscina riabilitativa", "inalazioni", "massaggio"],
    "en": ["mud wrap", "thermal bath", "hydro massage", "aqua aerobics", "inhalation", "sports massage"],
}


def g_spacure(c: Ctx, v: int) -> tuple[str, list[str]]:
    resort = c.ch(RESORT[c.lang])
    ra = c.addr(business=True)
    rtel = biz_tel(c, ra)
    rdom = domain_of(resort, TLD[c.cc])
    reqs = c.L(
        ["Mach mir einen Wochenplan daraus.", "Prüf bitte, ob der Antrag vollständig ausgefüllt ist."],
        ["Fais-moi un planning de la semaine.", "Vérifie si la demande est complète."],
        ["Fammi un programma della settimana.", "Controlla se la domanda è completa."],
        ["Make a weekly schedule out of this.", "Check the application is complete."],
    )
    if v == 0:
        q = c.person()
        a = c.addr()
        gp = c.person()
        ga = c.addr(business=True, town=a.t)
        ins = c.L(
            f"{c.ch(['TK', 'AOK', 'Barmer', 'DAK'])}, Vers.-Nr. {c.ch('ABCDEFGH')}{_digits(c.r, 9)}"
            if c.cc == "DE"
            else f"ÖGK, SVNR {_digits(c.r, 4)}"
            if c.cc == "AT"
            else f"{c.ch(['CSS', 'Helsana', 'Sanitas'])}, Karte 80756{_digits(c.r, 15)}",
            f"CPAM, n° {c.ch('12')} {_digits(c.r, 2)} {_digits(c.r, 2)} {_digits(c.r, 2)} {_digits(c.r, 3)} "
            f"{_digits(c.r, 3)}"
            if c.cc == "FR"
            else f"{c.ch(['Groupe Mutuel', 'Visana'])}, carte 80756{_digits(c.r, 15)}",
            f"ASL, tessera {_digits(c.r, 20)}"
            if c.cc == "IT"
            else f"{c.ch(['CSS', 'Helsana'])}, tessera 80756{_digits(c.r, 15)}",
            f"NHS no. {_digits(c.r, 3)} {_digits(c.r, 3)} {_digits(c.r, 4)}"
            if c.cc == "GB"
            else f"Member ID {c.ch('WXYZ')}{_digits(c.r, 9)}",
        )
        dx = c.ch(["M54.5", "M17.0", "J45.9", "L40.0", "M79.7", "M16.1"])
        pairs = [
            (c.L("Name, Vorname", "Nom, prénom", "Cognome, nome", "Patient"), c.P(q, c.ch(["lf", "LcF", "fl"]))),
            (c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.D(c.dob("senior"))),
            (c.L("Anschrift", "Adresse", "Indirizzo", "Address"), c.aline(a)),
            (c.L("Telefon", "Téléphone", "Telefono", "Phone"), c.tel(a)),
            (c.L("Versicherung", "Assurance", "Assicurazione", "Insurance"), ins),
            (c.L("Diagnose (ICD-10)", "Diagnostic (CIM-10)", "Diagnosi (ICD-10)", "Diagnosis (ICD-10)"), dx),
            (
                c.L("Hausarzt", "Médecin traitant", "Medico curante", "GP"),
                f"{c.L('Dr. med.', 'Dr', 'Dott.', 'Dr')} {c.P(gp, c.ch(['l', 'fl']))}, {c.A(ga.street)}, "
                f"{c.A(ga.line)}, "
                f"{c.T(c.phone('land', ga.area, ga.cc))}",
            ),
            (c.L("Kurort / Einrichtung", "Station / établissement", "Località / struttura", "Resort"), resort),
            (
                c.L("Wunschtermin", "Période souhaitée", "Periodo desiderato", "Preferred dates"),
                f"{c.pd(c.day(c.r.randint(3, 9), 2027), False)} – 3 {c.L('Wochen', 'semaines', 'settimane', 'weeks')}",
            ),
        ]
        if c.cc == "CH" and c.p(0.5):
            pairs.insert(2, ("AHV-Nr." if c.lang == "de" else "N° AVS" if c.lang == "fr" else "N. AVS", c.ahv()))
        if c.p(0.4):
            comp = c.relative(q, "f" if q.g == "m" else "m")
            pairs.append(
                (
                    c.L("Begleitperson", "Accompagnant(e)", "Accompagnatore", "Companion"),
                    f"{c.P(comp)}, {c.D(c.dob('senior'))}",
                )
            )
        title = c.L(
            "Antrag auf ambulante Vorsorgeleistung in anerkannten Kurorten",
            "Demande de prise en charge – cure thermale",
            "Richiesta cure termali (impegnativa)",
            "Spa stay - booking and health questionnaire",
        )
        return title + "\n\n" + form(c, pairs), reqs
    if v == 1:
        q = c.person()
        comp = c.relative(q, "f" if q.g == "m" else "m") if c.p(0.7) else c.person()
        a = c.addr()
        arr = c.day(c.r.randint(1, 11))
        head = c.L(
            ["Name", "Vorname", "Geburtsdatum", "Staatsang."],
            ["Nom", "Prénom", "Né(e) le", "Nationalité"],
            ["Cognome", "Nome", "Nato/a il", "Cittadinanza"],
            ["Surname", "First name", "Date of birth", "Nationality"],
        )
        nat = {"DE": "D", "AT": "A", "CH": "CH", "FR": "F", "IT": "I", "GB": "GB", "US": "USA"}[c.cc]
        rows = [[c.P(x, "l"), c.P(x, "f"), c.D(c.dob("senior")), nat] for x in (q, comp)]
        pairs = [
            (c.L("Anreise", "Arrivée", "Arrivo", "Arrival"), c.pd(arr)),
            (c.L("Abreise", "Départ", "Partenza", "Departure"), c.pd(arr + dt.timedelta(days=21))),
            (c.L("Wohnanschrift", "Adresse", "Residenza", "Home address"), c.aline(a)),
            (c.L("Zimmer", "Chambre", "Camera", "Room"), str(c.r.randint(101, 348))),
            (c.L("Kurkarte Nr.", "Carte curiste n°", "Tessera n.", "Spa card no."), order_no(c, "", 6)),
            (
                c.L("Kurtaxe", "Taxe de séjour", "Imposta di soggiorno", "Resort fee"),
                c.money(c.ch([2.5, 3.1, 4.0]))
                + c.L(" p. P./Nacht", " / pers. / nuit", " a persona/notte", " per person/night"),
            ),
        ]
        title = c.L(
            "Meldeschein / Gästeblatt",
            "Fiche de police / registre des curistes",
            "Scheda di registrazione ospiti",
            "Guest registration card",
        )
        return resort + "\n" + title + "\n\n" + table(
            c, head, rows, c.ch(["md", "fixed", "md_al", "psv"])
        ) + "\n\n" + form(c, pairs), reqs
    if v == 2:
        q = c.person()
        staff = c.person()
        dau = c.relative(q, "f")
        ths = [c.person() for _ in range(2)]
        d0 = c.day(c.r.randint(2, 10), c.year)
        sched = "\n".join(
            f"{c.pd(d0 + dt.timedelta(days=k), False)} {c.hm(c.r.randint(8, 16), c.ch([0, 30]))} "
            f"{c.ch(THERAPY[c.lang])} – {c.P(c.ch(ths), c.ch(['il', 'fl']))}"
            for k in range(3)
        )
        conf = "\n".join(
            [
                greet(c, q, "l") + ",",
                c.L(
                    "anbei Ihr Therapieplan für die erste Woche:",
                    "voici votre planning de soins pour la première semaine :",
                    "ecco il programma delle cure per la prima settimana:",
                    "here is your treatment plan for week one:",
                ),
                sched,
                "",
                bye(c),
                sig(c, [c.P(staff), resort, c.A(ra.street) + ", " + c.A(ra.line), rtel]),
            ]
        )
        sm = c.E(staff, rdom, work=True)
        qm = c.E(q)
        reply = "\n".join(
            [
                greet(c, staff, "l") + ",",
                c.L(
                    f"danke. Meine Tochter {c.P(dau)} bringt mich am ersten Tag, wir sind gegen 10 Uhr da. "
                    f"Falls etwas ist: ihre Nummer {c.mob()}.",
                    f"merci. Ma fille {c.P(dau)} m'accompagne le premier jour, arrivée vers 10h. En cas de "
                    f"besoin : {c.mob()}.",
                    f"grazie. Mia figlia {c.P(dau)} mi accompagna il primo giorno, arriviamo verso le 10. "
                    f"Per qualsiasi cosa: {c.mob()}.",
                    f"thank you. My daughter {c.P(dau)} is driving me on day one, we'll be there about 10. "
                    f"Her number in case: {c.mob()}.",
                ),
                bye(c),
                c.P(q, c.ch(["fl", "il"])),
            ]
        )
        body = mail(
            c,
            who_mail(c.P(q), qm),
            who_mail(c.P(staff), sm),
            c.L("AW: Therapieplan", "RE: Planning des soins", "R: Programma cure", "RE: Treatment plan"),
            reply + "\n\n" + quote(c, c.P(staff), sm, d0 - dt.timedelta(days=c.r.randint(5, 20)), conf),
        )
        return body, reqs
    head = c.L(
        ["Buchung", "Gast", "Geburtsdatum", "E-Mail", "Anreise", "Nächte", "Zahlung", "IP"],
        ["Réservation", "Client", "Date de naissance", "E-mail", "Arrivée", "Nuits", "Paiement", "IP"],
        ["Prenotazione", "Ospite", "Data di nascita", "E-mail", "Arrivo", "Notti", "Pagamento", "IP"],
        ["Booking", "Guest", "Date of birth", "Email", "Arrival", "Nights", "Payment", "IP"],
    )
    rows = []
    guests = []
    for _k in range(c.r.randint(3, 4)):
        q = c.person()
        guests.append(q)
        rows.append(
            [
                order_no(c, "KB", 6),
                c.P(q, c.ch(["fl", "lf"])),
                c.D(c.dob("senior" if c.p(0.6) else "adult")),
                c.E(q),
                c.pd(c.day(), False),
                str(c.ch([3, 7, 14, 21])),
                c.card() if c.p(0.3) else c.masked_card(),
                c.ip(),
            ]
        )
    t1, t2 = c.person(), c.person()
    q = guests[0]
    msgs = [
        (
            c.P(t1, c.ch(["n", "fl"])),
            c.L(
                f"{c.title(q)} {c.P(q, 'l')} hat Rückenschmerzen, bitte keine Unterwassermassage",
                f"{c.title(q)} {c.P(q, 'l')} a mal au dos, pas de douche au jet svp",
                f"{c.title(q)} {c.P(q, 'l')} ha mal di schiena, niente idromassaggio",
                f"{c.title(q)} {c.P(q, 'l')} has back pain, no hydro massage please",
            ),
        ),
        (
            c.P(t2, c.ch(["n", "fl"])),
            c.L("ok, ich trag Fango ein", "ok je mets de la boue", "ok, metto fango", "ok, switching to a mud wrap"),
        ),
    ]
    return table(c, head, rows, c.ch(["jsonl", "json", "csv", "tsv"])) + "\n\n" + chat(c, msgs), reqs


# ================================================================================================================
# 10. florist - florists' orders (birthdays, funerals, weddings, subscriptions)
BOUQ = {
    "de": [
        "Strauß bunt, saisonal",
        "Rosenstrauß, 20 Stück, rot",
        "Tischgesteck",
        "Orchidee im Topf",
        "Brautstrauß, Pfingstrosen",
        "Kranz, weiß-grün, 60 cm",
        "Sargschmuck",
    ],
    "fr": [
        "bouquet de saison",
        "bouquet de 20 roses rouges",
        "centre de table",
        "orchidée en pot",
        "bouquet de mariée, pivoines",
        "couronne blanche 60 cm",
        "dessus de cercueil",
    ],
    "it": [
        "mazzo di stagione",
        "mazzo di 20 rose rosse",
        "centrotavola",
        "orchidea in vaso",
        "bouquet da sposa, peonie",
        "corona bianca 60 cm",
        "copricassa",
    ],
    "en": [
        "seasonal hand-tied bouquet",
        "dozen red roses",
        "table centrepiece",
        "potted orchid",
        "bridal bouquet, peonies",
        "white wreath 24in",
        "casket spray",
    ],
}


def g_florist(c: Ctx, v: int) -> tuple[str, list[str]]:
    shop = firmname(
        c,
        c.L(
            ["Blumen {S}", "Blumenhaus {S}", "Floristik Löwenzahn", "Blumenwerkstatt am Markt"],
            [
                "Fleurs {S}",
                "L'Atelier Floral",
                "Au Jardin d'Hiver",
                "Fleuriste {S}",
            ],
            ["Fiori {S}", "Fioreria {S}", "Il Giardino Fiorito", "Petali & Co."],
            ["{S} Flowers", "Petal & Stem", "The Flower Cart", "{S} Florist"],
        ),
    )
    fa = c.addr(business=True)
    ftel = biz_tel(c, fa)
    fdom = domain_of(shop, TLD[c.cc])
    reqs = c.L(
        ["Schreib mir bitte die Kartentexte sauber ab.", "Mach eine Lieferliste daraus."],
        ["Recopie-moi proprement le texte des cartes.", "Fais une liste de livraison."],
        ["Ricopiami in bella i biglietti.", "Fanne una lista consegne."],
        ["Type up the card messages neatly.", "Make a delivery list out of this."],
    )
    if v == 0:
        buyer = c.person()
        rec = c.person()
        ra = c.addr()
        age = c.ch([50, 60, 70, 75, 80, 90])
        msg = c.L(
            f"Alles Liebe zum {age}., {c.gw(rec, 'lieber', 'liebe')} {c.P(rec, 'f')}! "
            f"{c.gw(buyer, 'Dein', 'Deine')} {c.P(buyer, 'n')}",
            f"Joyeux {age}e anniversaire, {c.P(rec, 'f')} ! Bises, {c.P(buyer, 'n')}",
            f"Tanti auguri per i tuoi {age} anni, {c.P(rec, 'f')}! Un abbraccio, {c.P(buyer, 'n')}",
            f"Happy {age}th, {c.P(rec, 'f')}! Love, {c.P(buyer, 'n')}",
        )
        pairs = [
            (c.L("Auftrag", "Commande", "Ordine", "Order"), order_no(c, "FL", 5)),
            (c.L("Besteller/in", "Client", "Cliente", "Ordered by"), c.P(buyer, c.ch(["fl", "lf"]))),
            (c.L("Telefon", "Tél.", "Tel.", "Phone"), c.mob()),
            (c.L("E-Mail", "E-mail", "E-mail", "Email"), c.E(buyer) if c.p(0.7) else None),
            (c.L("Empfänger/in", "Destinataire", "Destinatario", "Recipient"), c.TP(rec, c.ch(["fl", "fl", "lf"]))),
            (c.L("Lieferadresse", "Adresse", "Indirizzo", "Deliver to"), c.aline(ra)),
            (c.L("Liefertag", "Date de livraison", "Consegna", "Delivery date"), c.pd(c.day())),
            (c.L("Artikel", "Article", "Articolo", "Item"), c.ch(BOUQ[c.lang][:4])),
            (
                c.L("Kartentext", "Texte de la carte", "Biglietto", "Card message"),
                f"„{msg}“" if c.lang == "de" else f"« {msg} »" if c.lang == "fr" else f'"{msg}"',
            ),
            (c.L("Betrag", "Montant", "Importo", "Total"), c.money(c.ch([35, 45, 59, 75, 95]))),
            (
                c.L("Zahlung", "Paiement", "Pagamento", "Payment"),
                c.ch([c.card(), c.masked_card(), c.L("Rechnung", "facture", "fattura", "invoice")]),
            ),
        ]
        return letterhead(c, shop, fa, ftel) + "\n\n" + form(c, pairs), reqs
    if v == 1:
        dead = c.person(g=c.ch("mf"))
        fam = c.relative(dead, "f" if dead.g == "m" else "m")
        buyer = c.person()
        chapel = c.addr(business=True)
        fh = firmname(
            c,
            c.L(
                ["Bestattungen {S}", "Bestattungshaus {S}"],
                ["Pompes funèbres {S}"],
                ["Onoranze funebri {S}"],
                ["{S} Funeral Directors", "{S} & Sons Funeral Home"],
            ),
        )
        fha = c.addr(business=True, town=chapel.t)
        ribbon1 = c.L(
            f"In stiller Trauer – Familie {c.P(fam, 'l')}",
            f"Avec toute notre affection – famille {c.P(fam, 'l')}",
            f"Con immutato affetto – famiglia {c.P(fam, 'l')}",
            f"With deepest sympathy - the {c.P(fam, 'l')} family",
        )
        ribbon2 = c.L(
            f"Ruhe in Frieden, {c.P(dead, 'f')}",
            f"Repose en paix, {c.P(dead, 'f')}",
            f"Riposa in pace, {c.P(dead, 'f')}",
            f"Rest in peace, {c.P(dead, 'f')}",
        )
        fday = c.day()
        pairs = [
            (c.L("Trauerfall", "Défunt(e)", "Defunto/a", "Deceased"), c.P(dead)),
            (c.L("Trauerfeier", "Cérémonie", "Funerale", "Service"), f"{c.pd(fday)}, {c.hm()}"),
            (
                c.L("Ort", "Lieu", "Luogo", "Venue"),
                c.L("Friedhofskapelle, ", "chapelle du cimetière, ", "cappella del cimitero, ", "cemetery chapel, ")
                + c.aline(chapel, ", "),
            ),
            (
                c.L("Bestatter", "Pompes funèbres", "Agenzia", "Funeral director"),
                f"{fh}, {c.T(c.phone('land', fha.area, fha.cc))}",
            ),
            (c.L("Artikel", "Article", "Articolo", "Item"), c.ch(BOUQ[c.lang][5:])),
            (c.L("Schleife links", "Ruban 1", "Nastro 1", "Ribbon 1"), ribbon1),
            (c.L("Schleife rechts", "Ruban 2", "Nastro 2", "Ribbon 2"), ribbon2),
            (
                c.L("Auftraggeber/in", "Commandé par", "Ordinato da", "Ordered by"),
                f"{c.P(buyer)}, {c.tel()}, {c.E(buyer)}",
            ),
            (c.L("Rechnung an", "Facturer à", "Fattura a", "Invoice to"), c.aline(c.addr())),
            (c.L("Bezahlung", "Paiement", "Pagamento", "Payment"), transfer_to(c, shop) if c.p(0.5) else c.card()),
        ]
        return c.L(
            "Trauerfloristik – Auftrag",
            "Fleurs de deuil – commande",
            "Fiori per funerali – ordine",
            "Funeral flowers - order",
        ) + f" ({shop})\n\n" + form(c, pairs), reqs
    if v == 2:
        bride = c.person(g="f")
        groom = c.person(g="m")
        fl_ = c.person()
        venue = c.addr(business=True)
        wd = c.day(c.r.randint(5, 9), 2027)
        dep = c.ch([300, 400, 500])
        quote_txt = "\n".join(
            [
                c.L(
                    f"Liebe {c.P(bride, 'f')}, lieber {c.P(groom, 'f')},",
                    f"Chère {c.P(bride, 'f')}, cher {c.P(groom, 'f')},",
                    f"Cara {c.P(bride, 'f')}, caro {c.P(groom, 'f')},",
                    f"Dear {c.P(bride, 'f')} and {c.P(groom, 'f')},",
                ),
                c.L(
                    f"hier unser Angebot für eure Hochzeit am {c.pd(wd)}: Brautstrauß, Anstecker, 12 Tischgestecke, "
                    f"Lieferung an {c.aline(venue, ', ')}.",
                    f"voici notre devis pour votre mariage du {c.pd(wd)} : bouquet, boutonnières, 12 centres de table, "
                    f"livraison au {c.aline(venue, ', ')}.",
                    f"ecco il preventivo per il matrimonio del {c.pd(wd)}: bouquet, boutonnière, 12 "
                    f"centrotavola, consegna "
                    f"presso {c.aline(venue, ', ')}.",
                    f"here's our quote for your wedding on {c.pd(wd)}: bridal bouquet, buttonholes, 12 centrepieces, "
                    f"delivered to {c.aline(venue, ', ')}.",
                ),
                c.L(
                    f"Anzahlung {c.money(dep)} bitte auf ",
                    f"Acompte de {c.money(dep)} sur ",
                    f"Acconto di {c.money(dep)} su ",
                    f"Deposit of {c.money(dep)} - ",
                )
                + shop_iban(c, shop)
                + ".",
                bye(c),
                sig(c, [c.P(fl_), shop, c.A(fa.street), c.A(fa.line), ftel]),
            ]
        )
        bm = c.E(bride)
        fm = c.E(fl_, fdom, work=True)
        reply = "\n".join(
            [
                c.L(
                    f"Hallo {c.P(fl_, 'f')},",
                    f"Bonjour {c.P(fl_, 'f')},",
                    f"Ciao {c.P(fl_, 'f')},",
                    f"Hi {c.P(fl_, 'f')},",
                ),
                c.L(
                    f"super, wir nehmen das so. Die Trauzeugin {c.P(c.person(g='f'))} koordiniert am Tag selbst, "
                    f"Handy {c.mob()}.",
                    f"parfait, on valide. Notre témoin {c.P(c.person(g='f'))} coordonne le jour J, portable {c.mob()}.",
                    f"perfetto, confermiamo. La testimone {c.P(c.person(g='f'))} coordina il giorno stesso, "
                    f"cell. {c.mob()}.",
                    f"lovely, let's go ahead. Our maid of honour {c.P(c.person(g='f'))} is coordinating on the "
                    f"day, mobile "
                    f"{c.mob()}.",
                ),
                c.P(bride, c.ch(["f", "fl"])),
            ]
        )
        body = mail(
            c,
            who_mail(c.P(bride), bm),
            who_mail(c.P(fl_), fm),
            c.L(
                "Re: Angebot Hochzeitsblumen",
                "Re: Devis fleurs mariage",
                "Re: Preventivo fiori matrimonio",
                "Re: Wedding flowers quote",
            ),
            reply + "\n\n" + quote(c, c.P(fl_), fm, c.day(c.r.randint(1, 4), 2027), quote_txt),
            cc=c.E(groom),
        )
        return body, reqs
    head = c.L(
        ["Abo", "Firma", "Kontakt", "E-Mail", "Lieferadresse", "Rhythmus", "IP"],
        ["Abonnement", "Société", "Contact", "E-mail", "Adresse", "Fréquence", "IP"],
        ["Abbonamento", "Azienda", "Referente", "E-mail", "Indirizzo", "Frequenza", "IP"],
        ["Sub", "Company", "Contact", "Email", "Address", "Frequency", "IP"],
    )
    rows = []
    conts = []
    for _k in range(c.r.randint(3, 4)):
        q = c.person()
        conts.append(q)
        co = firmname(
            c,
            c.L(
                ["Kanzlei {S}", "Praxis am Park", "Hotel Sonne", "Architekturbüro {S}", "Café Central"],
                ["Cabinet {S}", "Hôtel du Lac", "Agence {S}", "Restaurant Le Central"],
                ["Studio {S}", "Hotel Stella", "Ristorante Da Gino", "Agenzia {S}"],
                ["{S} Solicitors" if c.cc == "GB" else "{S} Law", "Park Dental", "The Grand Hotel", "{S} Architects"],
            ),
        )
        a = c.addr(business=True)
        rows.append(
            [
                order_no(c, "AB", 4),
                co,
                c.P(q, c.ch(["fl", "lf"])),
                c.E(q, domain_of(co, TLD[c.cc]), work=True),
                c.aline(a, ", "),
                c.ch(
                    c.L(
                        ["wöchentlich", "14-täglich"],
                        ["hebdomadaire", "bimensuel"],
                        ["settimanale", "quindicinale"],
                        ["weekly", "fortnightly"],
                    )
                ),
                c.ip(),
            ]
        )
    d1, d2 = c.person(), c.person()
    q = conts[-1]
    msgs = [
        (
            c.P(d1, "n"),
            c.L(
                f"Empfang bei {c.P(q, 'fl')} ist ab Montag im 2. Stock",
                f"l'accueil chez {c.P(q, 'fl')} est au 2e à partir de lundi",
                f"da lunedì la reception di {c.P(q, 'fl')} è al secondo piano",
                f"reception for {c.P(q, 'fl')} moves to the 2nd floor from Monday",
            ),
        ),
        (c.P(d2, "n"), c.L("danke, trag ich ein", "merci, je note", "grazie, segno", "thanks, noted")),
    ]
    return table(c, head, rows, c.ch(["jsonl", "json", "csv", "yaml"])) + "\n\n" + chat(c, msgs), reqs


# ================================================================================================================
# 11. cidermill - fruit presses and cider mills
BIO_CERT = {
    "CH": "CH-BIO-006",
    "DE": "DE-ÖKO-039",
    "AT": "AT-BIO-301",
    "FR": "FR-BIO-01",
    "IT": "IT-BIO-014",
    "GB": "GB-ORG-05",
    "US": "US-ORG-12",
}


def g_cidermill(c: Ctx, v: int) -> tuple[str, list[str]]:
    mill = firmname(
        c,
        c.L(
            [
                "Mosterei {S}",
                "Süssmosterei {S}" if c.cc == "CH" else "Kelterei {S}",
                "Obstpresse am Bach",
                "Mostobst-Annahme {S}",
            ],
            ["Pressoir {S}", "Cidrerie {S}", "Le Pressoir du Verger"],
            ["Torchiatura {S}", "Sidreria {S}", "Il Frantoio delle Mele"],
            ["{S} Cider Mill", "Orchard Press", "{S}'s Apple Press"],
        ),
    )
    ma = c.addr(business=True)
    mtel = biz_tel(c, ma)
    mdom = domain_of(mill, TLD[c.cc])
    reqs = c.L(
        ["Mach mir bitte einen Tagesplan daraus.", "Schreib der Kundin eine kurze Bestätigung."],
        ["Fais-moi un planning de la journée.", "Écris une courte confirmation."],
        ["Fammi un programma della giornata.", "Scrivi una breve conferma."],
        ["Turn this into a day plan.", "Write the customer a short confirmation."],
    )
    if v == 0:
        head = c.L(
            ["Zeit", "Name", "Telefon", "Obst (kg)", "Bag-in-Box", "Bemerkung"],
            ["Heure", "Nom", "Téléphone", "Fruits (kg)", "Bag-in-box", "Remarque"],
            ["Ora", "Nome", "Telefono", "Frutta (kg)", "Bag-in-box", "Note"],
            ["Time", "Name", "Phone", "Apples (kg)", "Boxes", "Notes"],
        )
        rows = []
        h = 8
        for _k in range(c.r.randint(4, 7)):
            q = c.person()
            note = c.ch(
                [
                    c.L("Birnen dabei", "avec poires", "anche pere", "some pears"),
                    c.L("pasteurisieren", "pasteuriser", "pastorizzare", "pasteurise"),
                    "",
                    "",
                    c.L(
                        f"holt {c.P(c.relative(q), 'f')} ab",
                        f"{c.P(c.relative(q), 'f')} récupère",
                        f"ritira {c.P(c.relative(q), 'f')}",
                        f"{c.P(c.relative(q), 'f')} collecting",
                    ),
                ]
            )
            rows.append(
                [
                    c.hm(h, c.ch([0, 30])),
                    c.P(q, c.ch(["fl", "lf", "l", "il"])),
                    c.tel(),
                    str(c.r.randint(40, 400)),
                    str(c.r.randint(2, 20)) + " x 5 l",
                    note,
                ]
            )
            h += c.ch([0, 1])
        d = c.day(c.r.randint(9, 10))
        return c.L(
            f"Presstermine {c.pd(d)} – {mill}",
            f"Rendez-vous pressage {c.pd(d)} – {mill}",
            f"Appuntamenti torchiatura {c.pd(d)} – {mill}",
            f"Pressing slots {c.pd(d)} - {mill}",
        ) + "\n\n" + table(c, head, rows, c.ch(["md", "md_al", "fixed", "tsv", "csv"])), reqs
    if v == 1:
        q = c.person()
        a = c.local(ma, 0.6)
        pairs = [
            (c.L("Lieferantennummer", "N° fournisseur", "N. fornitore", "Supplier no."), order_no(c, "L", 4)),
            (c.L("Name", "Nom", "Nome", "Name"), c.P(q, c.ch(["fl", "lf", "LcF"]))),
            (c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.D(c.dob("adult"))),
            (c.L("Betrieb / Adresse", "Exploitation / adresse", "Azienda / indirizzo", "Farm / address"), c.aline(a)),
            (c.L("Telefon", "Téléphone", "Telefono", "Phone"), c.tel(a)),
            (c.L("Handy", "Portable", "Cellulare", "Mobile"), c.mob() if c.p(0.6) else None),
            (
                c.L("Obstgarten", "Verger", "Frutteto", "Orchard"),
                c.L(
                    f"Parzelle {c.r.randint(100, 2999)}, {c.r.randint(20, 180)} Hochstämme",
                    f"parcelle {c.r.randint(100, 2999)}, {c.r.randint(20, 180)} hautes tiges",
                    f"particella {c.r.randint(100, 2999)}, {c.r.randint(20, 180)} alberi",
                    f"plot {c.r.randint(100, 2999)}, {c.r.randint(20, 180)} standard trees",
                ),
            ),
            (
                c.L("Bio-Zertifikat", "Certificat bio", "Certificato bio", "Organic cert."),
                f"{BIO_CERT[c.cc]}-{_digits(c.r, 5)}",
            ),
            (
                c.L("Auszahlung an", "Paiement sur", "Accredito su", "Pay to"),
                c.iban() if c.cc != "US" else "check by mail",
            ),
            (
                c.L("Preis Mostobst", "Prix fruits à cidre", "Prezzo mele da succo", "Price cider apples"),
                c.money(c.ch([0.18, 0.22, 0.25, 0.3])) + " / kg",
            ),
        ]
        if c.cc == "CH" and c.p(0.8):
            pairs.insert(3, ("AHV-Nr." if c.lang == "de" else "N° AVS" if c.lang == "fr" else "N. AVS", c.ahv()))
        return letterhead(c, mill, ma, mtel) + "\n\n" + c.L(
            "LIEFERANTEN-STAMMBLATT", "FICHE FOURNISSEUR", "SCHEDA FORNITORE", "SUPPLIER RECORD"
        ) + "\n\n" + form(c, pairs), reqs
    if v == 2:
        q = c.person()
        staff = c.person()
        neigh = c.person()
        na = c.addr()
        slot = c.day(c.r.randint(9, 10))
        qm = c.E(q)
        conf = "\n".join(
            [
                greet(c, q, "l") + ",",
                c.L(
                    f"Ihr Presstermin: {c.pd(slot)}, {c.hm()}. Bitte Obst sauber und ohne Fallobst mit Fäulnis "
                    "anliefern.",
                    f"votre rendez-vous : {c.pd(slot)}, {c.hm()}. Merci d'apporter des fruits propres.",
                    f"il Suo appuntamento: {c.pd(slot)}, {c.hm()}. Portare frutta pulita, grazie.",
                    f"your slot: {c.pd(slot)}, {c.hm()}. Please bring clean fruit, no rotten windfalls.",
                ),
                bye(c),
                sig(c, [c.P(staff), mill, c.A(ma.street) + ", " + c.A(ma.line), mtel]),
            ]
        )
        reply = "\n".join(
            [
                greet(c, staff, "l") + ",",
                c.L(
                    f"danke! Ich bin an dem Tag verhindert, {c.gw(neigh, 'mein Nachbar', 'meine Nachbarin')} "
                    f"{c.P(neigh)} bringt die Äpfel und holt den Saft ab. Das Obst kommt von der Wiese hinter "
                    f"{c.A(na.street)}. {c.gw(neigh, 'Seine', 'Ihre')} Nummer: {c.tel(na)}.",
                    f"merci ! Je ne serai pas là, {c.gw(neigh, 'mon voisin', 'ma voisine')} {c.P(neigh)} "
                    f"apportera les pommes (verger : {c.A(na.street)}). Son numéro : {c.tel(na)}.",
                    f"grazie! Quel giorno non ci sono, porterà le mele {c.gw(neigh, 'il mio vicino', 'la mia vicina')} "
                    f"{c.P(neigh)} (frutteto dietro {c.A(na.street)}). Numero: {c.tel(na)}.",
                    f"thanks! I can't make it that day, so my neighbour {c.P(neigh)} will bring the apples "
                    f"(orchard behind {c.A(na.street)}) and take the juice. Number: {c.tel(na)}.",
                ),
                bye(c),
                c.P(q, c.ch(["fl", "f"])),
            ]
        )
        sm = c.E(staff, mdom, work=True) if c.p(0.5) else role_mail(c, "info", mdom)
        body = mail(
            c,
            who_mail(c.P(q) if c.p(0.5) else None, qm),
            sm,
            c.L("Re: Presstermin", "Re: Rendez-vous pressage", "Re: Appuntamento", "Re: Pressing slot"),
            reply + "\n\n" + quote(c, c.P(staff) if sm.startswith(MS) else mill, sm, slot - dt.timedelta(days=9), conf),
        )
        return body, reqs
    head = c.L(
        ["Buchung", "Name", "E-Mail", "Termin", "kg", "IP"],
        ["Réservation", "Nom", "E-mail", "Créneau", "kg", "IP"],
        ["Prenotazione", "Nome", "E-mail", "Orario", "kg", "IP"],
        ["Booking", "Name", "Email", "Slot", "lbs", "IP"],
    )
    rows = []
    for _k in range(c.r.randint(3, 5)):
        q = c.person()
        rows.append(
            [
                order_no(c, "P", 5),
                c.P(q, c.ch(["fl", "lf"])),
                c.E(q),
                f"{c.pd(c.day(c.r.randint(9, 10)), False)} {c.hm()}",
                str(c.r.randint(30, 500)),
                c.ip(),
            ]
        )
    h1, h2 = c.person(), c.person()
    lan = c.lan_ip()
    msgs = [
        (
            c.P(h1, c.ch(["n", "fl"])),
            c.L(
                f"Waage spinnt wieder, die hängt im WLAN unter {lan}",
                f"la balance bugue, elle est sur le wifi en {lan}",
                f"la bilancia fa i capricci, è sul wifi a {lan}",
                f"the scale's playing up again, it's on the wifi at {lan}",
            ),
        ),
        (
            c.P(h2, c.ch(["n", "fl"])),
            c.L(
                f"neu starten. und ruf bitte {c.tel()} an, die wollen 20 Boxen mehr",
                f"redémarre-la. et rappelle le {c.tel()}, ils veulent 20 cartons de plus",
                f"riavviala. e richiama il {c.tel()}, vogliono 20 box in più",
                f"restart it. and call {c.tel()} back, they want 20 more boxes",
            ),
        ),
    ]
    return table(c, head, rows, c.ch(["jsonl", "json", "csv", "ssv"])) + "\n\n" + chat(c, msgs), reqs


# ================================================================================================================
# 12. carealarm - personal emergency alarms for older people (Hausnotruf, téléalarme, telesoccorso, telecare)
def g_carealarm(c: Ctx, v: int) -> tuple[str, list[str]]:
    svc = c.L(
        c.ch(["Hausnotruf Sicherheit daheim", "Notrufdienst 24/7 der Sozialstation", "Hausnotruf Lindenhof"]),
        c.ch(["Téléalarme Sérénité", "Service de téléassistance Présence+"]),
        c.ch(["Telesoccorso Sereni a Casa", "Servizio telesoccorso Amica"]),
        c.ch(["SafeAtHome Telecare", "Lifeline Personal Alarm Service"]),
    )
    sa = c.addr(business=True)
    stel = biz_tel(c, sa)
    sdom = domain_of(svc, TLD[c.cc])
    reqs = c.L(
        ["Fass mir das Protokoll für die Angehörigen zusammen.", "Prüf, ob alle Schlüsselpersonen erreichbar sind."],
        ["Résume ce rapport pour la famille.", "Vérifie que tous les contacts sont joignables."],
        ["Riassumi il verbale per i familiari.", "Controlla che tutti i contatti siano raggiungibili."],
        ["Summarise this log for the family.", "Check all the key holders are reachable."],
    )
    if v == 0:
        cl = c.person()
        a = c.addr()
        gp = c.person()
        ga = c.addr(business=True, town=a.t)
        kids = [c.relative(cl) for _ in range(c.r.randint(1, 2))]
        neigh = c.person()
        pairs = [
            (c.L("Teilnehmer/in", "Bénéficiaire", "Utente", "Client"), c.P(cl, c.ch(["fl", "lf", "LcF"]))),
            (c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.D(c.dob("senior"))),
            (c.L("Adresse", "Adresse", "Indirizzo", "Address"), c.aline(a)),
            (c.L("Festnetz", "Fixe", "Tel. fisso", "Landline"), c.tel(a, "land")),
            (
                c.L("Hausarzt", "Médecin traitant", "Medico di base", "GP"),
                f"{c.L('Dr. med.', 'Dr', 'Dott.', 'Dr')} {c.P(gp, 'l')}, {c.T(c.phone('land', ga.area, ga.cc))}",
            ),
            (
                c.L("Schlüsseltresor-Code", "Code boîte à clés", "Codice cassetta chiavi", "Key safe code"),
                str(c.r.randint(1000, 9999)),
            ),
        ]
        if c.cc == "CH" and c.p(0.5):
            pairs.insert(2, ("AHV-Nr." if c.lang == "de" else "N° AVS" if c.lang == "fr" else "N. AVS", c.ahv()))
        for j, k in enumerate(kids):
            rel = c.L(
                c.gw(k, "Sohn", "Tochter"),
                c.gw(k, "fils", "fille"),
                c.gw(k, "figlio", "figlia"),
                c.gw(k, "son", "daughter"),
            )
            ka = c.addr()
            pairs.append(
                (
                    c.L(f"Kontakt {j + 1}", f"Contact {j + 1}", f"Contatto {j + 1}", f"Key holder {j + 1}"),
                    f"{c.P(k)} ({rel}), {c.mob()}, {c.aline(ka, ', ')}",
                )
            )
        nrel = c.L(
            c.gw(neigh, "Nachbar", "Nachbarin"),
            c.gw(neigh, "voisin", "voisine"),
            c.gw(neigh, "vicino", "vicina"),
            "neighbour",
        )
        pairs.append(
            (
                c.L(
                    f"Kontakt {len(kids) + 1}",
                    f"Contact {len(kids) + 1}",
                    f"Contatto {len(kids) + 1}",
                    f"Key holder {len(kids) + 1}",
                ),
                f"{c.P(neigh)} ({nrel}), {c.tel(a, 'land') if c.p(0.5) else c.mob()}",
            )
        )
        payer = c.ch(kids + [cl])
        pairs.append(
            (
                c.L("Zahlung (monatlich)", "Paiement (mensuel)", "Pagamento (mensile)", "Monthly payment"),
                (
                    c.L(
                        "Lastschrift, Konto von ",
                        "prélèvement, compte de ",
                        "addebito, conto di ",
                        "direct debit, account of ",
                    )
                    + f"{c.P(payer)}: {c.iban()}"
                )
                if c.cc != "US"
                else f"card {c.masked_card()}",
            )
        )
        return letterhead(c, svc, sa, stel) + "\n\n" + c.L(
            "Teilnehmervertrag / Stammdaten", "Contrat d'abonnement", "Scheda utente", "Client record"
        ) + "\n\n" + form(c, pairs), reqs
    if v == 1:
        cl = c.person()
        a = c.addr()
        dau = c.relative(cl, "f")
        r1, r2 = c.person(), c.person()
        d = c.day()
        t0 = c.r.randint(1, 22)
        lb_alarm = c.L(
            "Alarm ausgelöst (Funkfinger)",
            "alarme déclenchée (bracelet)",
            "allarme (braccialetto)",
            "alarm raised (pendant)",
        )
        lb_voice = c.L(
            "Sprechverbindung: Teilnehmer/in gestürzt, ansprechbar",
            "liaison phonique : chute, personne consciente",
            "contatto vocale: caduta, persona cosciente",
            "voice contact: fall, client responsive",
        )
        lb_sent = c.L(
            "alarmiert, vor Ort nach 18 min",
            "envoyé, sur place après 18 min",
            "inviato, sul posto dopo 18 min",
            "dispatched, on site after 18 min",
        )
        log = [
            f"{c.pd(d, False)} {t0:02d}:{c.r.randint(0, 59):02d}  "
            f"{lb_alarm} – "
            f"{c.L('Gerät', 'appareil', 'dispositivo', 'unit')} {order_no(c, 'HN-', 7)}, {c.P(cl, c.ch(['fl', 'lf']))} "
            f"({c.L('geb.', c.gw(cl, 'né le', 'née le'), c.gw(cl, 'nato il', 'nata il'), 'DOB')} "
            f"{c.D(c.dob('senior'))}), "
            f"{c.aline(a, ', ')}",
            lb_voice,
            f"{c.L('Tochter angerufen', 'fille appelée', 'chiamata la figlia', 'daughter called')}: {c.P(dau)}, "
            f"{c.mob()} – {c.L('nicht erreicht', 'pas de réponse', 'non raggiungibile', 'no answer')}",
            f"{c.L('Einsatzkraft', 'intervenant', 'operatore', 'responder')} {c.P(r1, 'il')} {lb_sent}",
            f"{c.L('Rückmeldung', 'retour', 'esito', 'outcome')} {c.P(r2, 'il')}: "
            f"{c.L('kein Transport nötig', 'pas de transport', 'nessun trasporto', 'no ambulance needed')}",
            f"{c.L('Basisstation', 'base', 'base', 'base unit')} {c.lan_ip()} "
            f"{c.L('Akkutest ok', 'test batterie ok', 'test batteria ok', 'battery test ok')}",
        ]
        return c.L(
            "Einsatzprotokoll", "Rapport d'intervention", "Verbale di intervento", "Call log"
        ) + f" – {svc}\n\n" + "\n".join(log), reqs
    if v == 2:
        cl = c.person(g=c.ch("mf"))
        dau = c.relative(cl, "f")
        staff = c.person()
        newk = c.person()
        newa = c.addr()
        ka = c.addr()
        dm = c.E(dau)
        sm = (
            c.E(staff, sdom, work=True)
            if c.p(0.6)
            else role_mail(c, "service" if c.lang != "it" else "assistenza", sdom)
        )
        letter = "\n".join(
            [
                greet(c, dau, "l") + ",",
                c.L(
                    f"für {c.gw(cl, 'Ihren Vater', 'Ihre Mutter')} {c.P(cl)} sind derzeit nur Sie als "
                    "Schlüsselperson hinterlegt. Bitte nennen Sie uns eine zweite Person in der Nähe.",
                    f"pour {c.gw(cl, 'votre père', 'votre mère')} {c.P(cl)}, vous êtes la seule personne de "
                    "contact. Merci de nous indiquer une deuxième personne à proximité.",
                    f"per {c.gw(cl, 'Suo padre', 'Sua madre')} {c.P(cl)} risulta solo Lei come contatto. "
                    "Ci indichi per favore una seconda persona vicina.",
                    f"you are currently the only key holder for your {c.gw(cl, 'father', 'mother')} {c.P(cl)}. "
                    "Please give us a second person nearby.",
                ),
                bye(c),
                sig(c, [c.P(staff), svc, stel]),
            ]
        )
        reply = "\n".join(
            [
                greet(c, staff, "l") + ",",
                c.L(
                    f"{c.gw(cl, 'mein Vater', 'meine Mutter')} ({c.P(cl, 'f')}, geb. {c.D(c.dob('senior'))}) "
                    f"ist am {c.pd(c.day())} umgezogen: "
                    f"{c.aline(newa, ', ')}. Zweite Schlüsselperson ist {c.P(newk)}, {c.mob()}, "
                    f"{c.A(ka.street)}.",
                    f"{c.gw(cl, 'mon père', 'ma mère')} ({c.gw(cl, 'né', 'née')} le {c.D(c.dob('senior'))}) "
                    f"a déménagé le {c.pd(c.day())} : {c.aline(newa, ', ')}. "
                    f"Deuxième contact : {c.P(newk)}, {c.mob()}, {c.A(ka.street)}.",
                    f"{c.gw(cl, 'mio padre', 'mia madre')} ({c.gw(cl, 'nato', 'nata')} il {c.D(c.dob('senior'))}) "
                    f"si è trasferit{c.gw(cl, 'o', 'a')} il "
                    f"{c.pd(c.day())}: {c.aline(newa, ', ')}. Secondo contatto: {c.P(newk)}, {c.mob()}, "
                    f"{c.A(ka.street)}.",
                    f"my {c.gw(cl, 'father', 'mother')} (born {c.D(c.dob('senior'))}) moved on {c.pd(c.day())}: "
                    f"{c.aline(newa, ', ')}. "
                    f"Second key holder is {c.P(newk)}, {c.mob()}, {c.A(ka.street)}.",
                ),
                bye(c),
                c.P(dau, c.ch(["fl", "fl", "f"])),
            ]
        )
        body = mail(
            c,
            who_mail(c.P(dau), dm),
            sm,
            c.L("AW: Schlüsselpersonen", "RE: Personnes de contact", "R: Contatti", "RE: Key holders"),
            reply + "\n\n" + quote(c, c.P(staff) if sm.startswith(MS) else svc, sm, c.day(), letter),
        )
        return body, reqs
    head = c.L(
        ["Bestellung", "Besteller/in", "E-Mail", "Für", "Geburtsdatum", "Adresse", "IP"],
        ["Commande", "Demandeur", "E-mail", "Pour", "Date de naissance", "Adresse", "IP"],
        ["Ordine", "Richiedente", "E-mail", "Per", "Data di nascita", "Indirizzo", "IP"],
        ["Order", "Ordered by", "Email", "For", "Date of birth", "Address", "IP"],
    )
    rows = []
    for _k in range(c.r.randint(2, 4)):
        q = c.person()
        par = c.relative(q) if c.p(0.6) else c.person()
        rows.append(
            [
                order_no(c, "HN", 5),
                c.P(q, c.ch(["fl", "lf"])),
                c.E(q),
                c.P(par, c.ch(["fl", "lf"])),
                c.D(c.dob("senior")),
                c.aline(c.addr(), ", "),
                c.ip(),
            ]
        )
    t1, t2 = c.person(), c.person()
    msgs = [
        (
            c.P(t1, c.ch(["n", "fl"])),
            c.L(
                f"Installation morgen {c.A(c.addr().street)}, Sohn macht auf",
                f"installation demain {c.A(c.addr().street)}, le fils ouvre",
                f"installazione domani {c.A(c.addr().street)}, apre il figlio",
                f"install tomorrow at {c.A(c.addr().street)}, son letting us in",
            ),
        ),
        (
            c.P(t2, c.ch(["n", "fl"])),
            c.L(
                "Router ist ein alter, Basisstation braucht Festnetz",
                "vieux routeur, la base a besoin du fixe",
                "router vecchio, serve la linea fissa",
                "old router, base unit needs the landline",
            ),
        ),
    ]
    return table(c, head, rows, c.ch(["jsonl", "json", "csv", "yaml"])) + "\n\n" + chat(c, msgs), reqs


# ================================================================================================================
# assembly, checks, CLI
PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "du",
    "des",
    "la",
    "le",
    "del",
    "della",
    "dalla",
    "dal",
    "dell",
    "di",
    "da",
    "lo",
    "zu",
    "zum",
    "zur",
    "am",
    "auf",
    "dem",
    "ten",
    "ter",
    "st",
    "mac",
    "mc",
    "o",
    "d",
    "vom",
    "in",
    "op",
    "dos",
    "das",
}
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _outside(text: str, ents: list[dict], s: int, e: int) -> bool:
    return not any(x["start"] <= s and e <= x["end"] for x in ents)


def check(text: str, ents: list[dict]) -> list[str]:
    probs = []
    last_end = -1
    for e in ents:
        t = e["text"]
        if not t or t != t.strip():
            probs.append(f"blank/space {e}")
        if e["start"] < last_end:
            probs.append(f"overlap {e}")
        last_end = e["end"]
        if text[e["start"] : e["end"]] != t:
            probs.append(f"offset {e}")
        if e["type"] == "IBAN" and not iban_valid(t):
            probs.append(f"iban {t}")
        if e["type"] == "CARD" and not luhn_ok(re.sub(r"\D", "", t)):
            probs.append(f"card {t}")
        if e["type"] == "AHV":
            d = re.sub(r"\D", "", t)
            if not (len(d) == 13 and d.startswith("756") and ean13(d[:12]) == d[12]):
                probs.append(f"ahv {t}")
        if e["type"] == "EMAIL" and not EMAIL_RE.match(t.lower()):
            probs.append(f"email {t}")
    for a, b in zip(ents, ents[1:], strict=False):
        if a["type"] == b["type"] == "PERSON" and b["start"] - a["end"] == 1 and text[a["end"]] == " ":
            probs.append(f"split name {a['text']!r} {b['text']!r}")
    # labelled values (and the words of labelled names) must not appear unlabelled elsewhere in the document
    needles = set()
    for e in ents:
        if e["type"] == "PERSON":
            for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", e["text"]):
                if len(w) >= 3 and w.lower() not in PARTICLES:
                    needles.add(w)
        elif len(e["text"]) >= 5:
            needles.add(e["text"])
    for w in needles:
        for m in re.finditer(r"(?<![\w@+.-])" + re.escape(w) + r"(?![\w@-])", text):
            if _outside(text, ents, m.start(), m.end()):
                probs.append(f"unlabelled repeat {w!r} at {m.start()}")
                break
    return probs


def seed_of(s: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big"))


def build(genre: str, i: int, loc: str) -> tuple[dict, int, collections.Counter]:
    fn = globals()["g_" + genre]
    last = None
    for k in range(30):
        r = seed_of(f"{SET}|{genre}|{i}" + (f"|retry{k}" if k else ""))
        c = Ctx(r, loc, genre)
        body, reqs = fn(c, i % 4)
        marked = wrap(c, body, reqs)
        if loc == "de_CH":
            marked = marked.replace("ß", "ss")
        text, ents = resolve(marked)
        probs = check(text, ents)
        if not probs:
            rec = {
                "id": f"{SET}-{genre}-{i:03d}",
                "locale": loc,
                "lang": loc[:2],
                "text": text,
                "entities": [
                    {"type": e["type"], "start": e["start"], "end": e["end"], "text": e["text"]} for e in ents
                ],
            }
            return rec, k, c.dob_shapes
        last = probs
    raise AssertionError(f"{genre} {i} {loc}: {last}")


def locales() -> list[str]:
    out = [loc for loc, n in QUOTA for _ in range(n)]
    seed_of(f"{SET}|locales").shuffle(out)
    return out


def generate(only: str | None = None) -> tuple[list[dict], dict]:
    locs = locales()
    per = collections.Counter()
    docs = []
    info = {"retries": collections.Counter(), "shapes": collections.Counter()}
    for k, loc in enumerate(locs):
        genre = GENRES[k % 12]
        i = per[genre]
        per[genre] += 1
        if only and genre != only:
            continue
        rec, tries, shapes = build(genre, i, loc)
        info["retries"][genre] += tries
        info["shapes"].update(shapes)
        docs.append(rec)
    order = {g: n for n, g in enumerate(GENRES)}
    docs.sort(key=lambda d: (order[d["id"].split("-")[1]], d["id"]))
    return docs, info


def show(doc: dict) -> str:
    t = doc["text"]
    out = []
    pos = 0
    for e in doc["entities"]:
        out.append(t[pos : e["start"]])
        out.append(f"[[{e['type']}:{t[e['start'] : e['end']]}]]")
        pos = e["end"]
    out.append(t[pos:])
    return f"=== {doc['id']} {doc['locale']}\n" + "".join(out)


def stats(docs: list[dict], info: dict) -> str:
    by_type = collections.Counter()
    by_tl = collections.Counter()
    by_lang = collections.Counter()
    for d in docs:
        for e in d["entities"]:
            by_type[e["type"]] += 1
            by_tl[(e["type"], d["lang"])] += 1
            by_lang[d["lang"]] += 1
    lines = [
        f"{len(docs)} documents, {sum(by_type.values())} values",
        "per type: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()),
        "per language: " + ", ".join(f"{lg} {by_lang[lg]}" for lg in ("de", "fr", "it", "en")),
    ]
    for t, _ in by_type.most_common():
        lines.append(f"  {t}: " + " / ".join(str(by_tl[(t, lg)]) for lg in ("de", "fr", "it", "en")))
    lines.append(
        "locales: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(d["locale"] for d in docs).items()))
    )
    lines.append("genres: " + ", ".join(f"{g} {sum(1 for d in docs if d['id'].split('-')[1] == g)}" for g in GENRES))
    lines.append(
        f"DOB shapes used: {len(info['shapes'])}: " + ", ".join(f"{k} {v}" for k, v in info["shapes"].most_common())
    )
    lines.append("retries per genre: " + ", ".join(f"{g} {info['retries'][g]}" for g in GENRES))
    return "\n".join(lines)


DATE_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?: \d{1,2}(?:[:.]\d{2})?)?|\d{4}-\d{4}")


def scan(docs: list[dict]) -> str:
    """Reads the output back: unlabelled look-alikes, for reading by a person (the hard checks ran in build())."""
    rep = collections.defaultdict(collections.Counter)
    pats = {
        "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        "ipv4": re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"),
        "digits9+": re.compile(r"(?<![\w])\+?\d[\d ./-]{7,}\d(?![\w])"),
        "iban-like": re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b"),
        "date-like": re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"),
    }
    total = 0
    for d in docs:
        t, ents = d["text"], d["entities"]
        for name, pat in pats.items():
            for m in pat.finditer(t):
                if any(x["start"] < m.end() and m.start() < x["end"] for x in ents):
                    continue
                g = m.group(0)
                if name == "digits9+" and (DATE_TIME.fullmatch(g) or len(re.sub(r"\D", "", g)) < 9):
                    continue
                rep[name][g if name != "date-like" else "date"] += 1
        # repeats of the words of labelled names, case-insensitively (ordinary words, particles ...)
        words = {
            w.lower() for e in ents if e["type"] == "PERSON" for w in re.findall(r"[^\W\d_]+", e["text"]) if len(w) >= 3
        }
        for m in re.finditer(r"[^\W\d_]+", t):
            if m.group(0).lower() in words and _outside(t, ents, m.start(), m.end()):
                rep["name-word (any case)"][m.group(0)] += 1
        for e in ents:
            total += 1
            if e["text"] != t[e["start"] : e["end"]]:
                rep["OFFSET ERROR"][d["id"]] += 1
    out = [
        f"{len(docs)} documents, {total} values; every value equals text[start:end]: "
        f"{'yes' if not rep['OFFSET ERROR'] else 'NO'}"
    ]
    for name, cnt in rep.items():
        out.append(f"unlabelled {name}: {sum(cnt.values())} ({len(cnt)} distinct)")
        out.append("   " + ", ".join(f"{k} x{v}" for k, v in cnt.most_common(40)))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scan", action="store_true", help="print look-alikes left unlabelled (writes nothing)")
    ap.add_argument("--stats", action="store_true", help="print counts (writes nothing)")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N documents with their labels")
    ap.add_argument("--genre", choices=GENRES, help="with --show: only this genre")
    args = ap.parse_args(argv)
    docs, info = generate(args.genre if args.show and args.genre else None)
    if args.show:
        for d in docs[: args.show] if not args.genre else docs[: args.show]:
            print(show(d), "\n")
        return
    if args.stats:
        print(stats(docs, info))
        return
    if args.scan:
        print(scan(docs))
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {args.out}")


if __name__ == "__main__":
    main()
