"""Thirty-fifth blind evaluation set ("holdout35") for the anonymizer.

Blind set 35, written 2026-12-07 by a helper session that read only the module docstrings of generate_holdout32.py,
generate_holdout33.py and generate_holdout34.py (``ast.get_docstring``), the module docstring of evaluate.py
(``ast.get_docstring``) and the source of its function evaluate_synthetic (``ast.get_source_segment``; the helpers it
calls were not extracted), plus Faker (the venv's Faker 40.54.0: which person-provider locales exist, the types and
sizes of their name lists, and the first entries of those lists that fail a name-shape test - names with spaces, dots,
odd characters -, so that they could be filtered) and the standard library.  It did not read the detectors (src/), the
tests, the docs, README files, pyproject.toml, the bodies of the other generators or of templates.py, or any data set
text, and it ran no git command besides ``git worktree add`` for its own worktree (/tmp/h35, branch holdout35; its
output was redirected, nothing was printed) and, at the end, adding and committing its three files and reading the new
commit's hash with ``git rev-parse``; it never ran ``git log``, ``git status``, ``git show`` or ``git diff``. Slips,
none of them showing detector code, test code or data set text: right after ``git worktree add`` it ran ``ls`` on
bench/privacy, which printed the names of the files there (the other generators and scripts, no content); the first
print of the three docstrings was cut by the tool's output limit, so they (and evaluate.py's docstring and
evaluate_synthetic) were written to scratch files in /tmp and read from there with ``sed`` / ``cat``; while waiting for
the venv it printed the last lines of /tmp/install.log (pip warnings), listed the venv's bin directory through ``grep``
(python, ruff) and its site-packages through ``grep -i faker`` (nothing printed); in evaluate.py ``grep -n`` for
"range(2, 35)", "holdout34]" and the end of the holdout34 sentence printed the argparse line that builds the split
choices, the usage line and the two last lines of the holdout34 sentence, and after the edit ``grep -n`` for "holdout35"
/ "range(2, 36)", an ``awk`` for lines longer than 120 characters (it printed nothing), ``ast.parse`` and the venv's
ruff (check) were run on evaluate.py; evaluate.py itself was never run, not even with ``--help``.  The venv's ruff was
run on this script (format with ``--line-length 120``, check, and ``--fix --unsafe-fixes`` for B905 / B033 only, which
added ``strict=False`` to the zips); ruff picks up the project's configuration without printing it.  In evaluate.py only
the module docstring (this set's sentence) and the two places that list the holdout splits were edited (usage line,
``range(2, 35)`` -> ``range(2, 36)``).  tarnkappe is never imported here; the set was never run through the anonymizer
or evaluate.py's evaluation while it was written.  The written file was checked only by this script's own assertions
(``text[start:end] == text``, no surrounding white space, sorted and non-overlapping spans, no name split into two
PERSON spans separated by a single space, no digits in a PERSON span, every IBAN mod 97, every card Luhn and of card
length, every AHV number EAN-13 and starting with 756, e-mail shape, every IP a global address, every PHONE with six or
more digits, no marker left, and consistency: no labelled value of five or more characters and no word of three or more
letters of a labelled name - particles excepted - occurs unlabelled elsewhere in the same document, case-sensitively and
at word boundaries; a document failing any of these is drawn again from the seed ``"holdout35|<genre>|<i>|retry<k>"`` -
one of the 1,300 needed that, a Swiss key register with a person called Freitag and the weekday "Freitag"), by a
re-check of every record before writing, by a check that the output is identical under two PYTHONHASHSEED values (0 and
12345; same SHA-256) and by reading its own output (``--show``, about 80 documents across all genres, variants and
locales) and ``--scan``: unlabelled e-mail addresses are only role mailboxes (anmeldung@, info@, office@, iscrizioni@,
buero@, post@, entries@, inscriptions@, service@, secretariat@, kontakt@, ufficio@, accueil@, contact@, segreteria@,
enquiries@, bonjour@, admin@, contatti@, hello@, amministrazione@; one garbled by the OCR noise), unlabelled IPv4
addresses only LAN addresses (192.168.x / 10.x of door controllers in access-control exports), unlabelled long digit
runs only plain dates and times, order, case, file, claim, policy, job, registration, holding, ear-tag, project,
payroll, client and certificate numbers and amounts, and unlabelled repeats of the words of labelled names, matched
case-insensitively, only the particles "von", "der", "dal", "del", "zur", "auf" and "des" used as ordinary words (mostly
the mail header "Von:"), the English "short" in a request next to a person called Short and the German "scheibe" in an
all-lower-case document with a person called Scheibe.  Fixes after reading: result lists and call-out logs with unsorted
times, race names with a distance that contradicted the chosen distance, exports mixing date-of-birth shapes and tables
mixing date shapes, a US "ZIP code_town" key made by the spelling conversion, French "née" for men and "mon amie" built
as "ami" + "e", Italian "Il mio amica" and "infortunato" for women, gendered job titles given to the wrong gender in
candidate lists, women in Swiss civilian service and Austrian Zivildienst (men only now), the same trading partner with
a new holding number in every row, Swiss farms with Italian cattle breeds, e-mail domains cut after "of" or mid-word and
built with "and" in French and Italian firm names, "au Rue de la Gare 12" in Swiss French (now "à l'adresse ..."),
Austrian energy-certificate numbers with the Italian "APE" prefix, Swiss French and Swiss Italian offices with French or
Italian government domains (one with an empty province: "comune.mendrisio..it"), parents younger than their children on
a gravestone, a "new" e-mail address equal to the old one, the same person's e-mail drawn twice in one document (now
kept per document), unsorted key-issue dates, "Flat" in US registers, a street-party objector living at a house number
already on the list, a current cohort starting next year, the German "AU" in Swiss chats, glazier call-out logs with
landlines of other towns, and local trades spread over distant towns (local genres now keep about 90 % of their
addresses in the document's town).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout35.jsonl: 1,300 documents, 12 genres (109 documents for the first four, 108
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout35|locales"``: de_DE 245, de_CH
190, de_AT 140, fr_FR 130, fr_CH 135, it_IT 95, it_CH 100, en_GB 135, en_US 130 (de 575, fr 265, it 195, en 265).
25,971 labelled values: PERSON 11,157, ADDRESS 5,023, PHONE 3,653, EMAIL 2,726, DOB 1,793, IP 1,215, IBAN 338, AHV
39, CARD 27 (de 11,827, fr 5,373, it 3,649, en 5,122).  Per type and language (de / fr / it / en):
  PERSON 4,984 / 2,180 / 1,721 / 2,272; ADDRESS 2,283 / 1,094 / 656 / 990; PHONE 1,624 / 786 / 501 / 742;
  EMAIL 1,261 / 559 / 359 / 547; DOB 877 / 376 / 234 / 306; IP 609 / 275 / 108 / 223; IBAN 151 / 88 / 59 / 40;
  AHV 26 / 10 / 3 / 0; CARD 12 / 5 / 8 / 2.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11.7; the output does not depend on PYTHONHASHSEED): ``random.Random`` is
seeded with the first 8 bytes of a SHA-256 of ``"holdout35|<genre>|<i>"``; Faker's own generator is never used -
names are drawn by that ``Random`` from the Faker person providers' lists (sorted; dicts by their keys; entries
failing the name-shape test left out).  Streets (generic street names of each region), towns with real postcodes,
area codes and Italian provinces / US states, phone numbers (area codes matching the town where a landline belongs to
an address or a business; mobiles by national prefix), e-mail addresses, IBANs (valid ISO 13616 check digits; French
ones with a valid RIB key, Italian and San Marino ones with a computed CIN, Belgian ones with their mod-97 pair; now
and then a neighbouring country's IBAN - AT, NL, LU, DE, LI, FR, BE, SM; US documents have no IBANs but cards, checks,
direct deposit or "checking account ending 1234"), card numbers (Visa, Mastercard 51-55 and 2221-2720, Amex; Luhn),
AHV numbers (756, EAN-13 check digit, dotted or compact) and IP addresses (public IPv4 from common ISP ranges of the
country, about 18 % IPv6) come from lists and code written here.  Each record has ``id`` (``holdout35-<genre>-<NNN>``),
``locale``, ``lang``, ``text`` and ``entities`` (``type``, ``start``, ``end``, ``text``).  Every labelled value is
wrapped in a marker when it is placed; the markers survive lower- and upper-casing, padding, CSV quoting, JSON / YAML
/ HTML cells, OCR noise (applied outside the markers) and "> " prefixes and are resolved to offsets at the end (de_CH
documents get "ß" -> "ss" and en_US documents American spellings and "Dr." / "Mr." / "Mrs." / "Ms." - outside the
markers - before that).

Genres (text people paste into an AI assistant, at work or at home, each with a request in the document's language
before or after it - about 7 % in English for non-English documents and some in German for Swiss French / Italian
ones -, sometimes fenced in ```, triple quotes, --- or <<< >>>; about 3.5 % of the documents typed entirely in lower
case and 1.5 % in upper case, about 30 % of the chats typed in lower case - names and streets too, IBANs, AHV numbers
and cards kept), chosen to differ from every genre named in the docstrings read (evaluate.py lists the genres of
holdout3..holdout34).  All of the brief's examples had been used already (allotment gardens 13, organ and blood donors
31 / 13, chimney sweeps 14, notice of marriage 27, driving schools 14, piano tuners 18, funeral homes 23, lost
property 10, bird surveys 28, parish forms 10, marina berths 18, escape rooms 20, music lessons 13, beekeeping 16,
hearing aids 18), so none of them is here.  Near neighbours: cycling sportives (28), orienteering (26) and sports
results (4) for running races; lawyers' letters (9), debt counselling (31) and court minutes (3) for legal aid;
window cleaners (24), tradespeople's quotes (7) and repair-shop receipts (10) for glaziers; livery yards (17) for
farriers; heat pump grants (14), balcony solar (24) and meter readings (11) for energy certificates; IT equipment
handovers (31), visitor logs (10) and owners' association notices (11) for key registers; volunteering services (21),
apprenticeships (22) and au pairs (14) for the service year; building and parking permits (12), signature sheets (7)
and community hall rentals (28) for street parties; alpine summer grazing (26), dairy co-operatives (28) and
veterinary records (5) for livestock holdings; municipal election candidate lists (30), poll workers (14) and trade
unions (22) for works-council elections; funeral homes (23), cemetery grave registers (14) and death notices (5) for
stonemasons; gym check-ins (11) and yoga studios (25) for personal trainers - the genres here are none of those:
 1. runningrace - running-race entries and results (Stadtlauf, Volkslauf, Silvesterlauf, Les Foulées, corrida,
    stracittadina, fun run, Turkey Trot): entry confirmations on the organiser's letterhead (separate surname /
    first-name fields or one name field, date of birth, nationality code, club unlabelled, street and "postcode town"
    fields or one line, mobile, e-mail, an emergency contact with relation and phone or a parent for children, bib,
    order number, wave, start time and T-shirt size unlabelled, masked card or the organiser's IBAN for the fee, the
    bib-collection hall's street; sometimes OCR noise), result lists ("Last, First", "LAST, First", "LAST First" or
    "First Last", birth years and times unlabelled) with a volunteers' chat (lost car keys and an owner's mobile, a
    runner by "First L." and first name, a water station outside a bakery's street address, the clubhouse street),
    a runner's mail quoting the confirmation (a bib transfer to a friend with date of birth, address and e-mail, or a
    refund with a doctor by surname; refund IBAN and account holder, US cards), registration exports as JSON, YAML or
    CSV (ISO or document-shape dates of birth, emergency contacts, public IPs) with a note naming a duplicate entry;
 2. legalaid - legal aid applications (Beratungshilfe, unentgeltliche Rechtspflege, Verfahrenshilfe, aide
    juridictionnelle, assistance judiciaire, patrocinio a spese dello Stato, assistenza giudiziaria, Legal Help,
    civil legal services intake): forms to the court or office (applicant with date of birth, marital status, address,
    mobile, e-mail, Swiss AHV; a household table with partner and children and their dates of birth; the other party -
    a landlord or ex-partner by name with address, or a firm, unlabelled, with its address labelled -; matter, file
    numbers, income, rent and balance unlabelled; IBAN or a US checking account ending; the lawyer with title -
    "Rechtsanwältin", "lic. iur.", "Mag.", "Me", "Avv.", "Solicitor", "Esq." - office address and phone; often OCR
    noise), intake lists (file numbers, applicants, dates of birth in one shape) with a clerks' chat (a new mobile, a
    lawyer's DIN-style direct line, a move), an applicant's reply quoting the request for documents (partner's and a
    child's date of birth, new address, IBAN, the clerk's work e-mail and direct line), online intake exports as JSON or
    YAML (nested household members with dates of birth, the other party, public IPs) with a caseworker's note;
 3. glazier - emergency glaziers and glass breakage (Glaserei-Notdienst, Glasbruch, vitrerie, bris de glace,
    vetreria, emergency glazing, board-up): job sheets and invoices on the firm's letterhead (customer and billing
    address, a different site address with the tenant and mobile, the managing agent firm - unlabelled - with its
    contact by title and surname and direct line, insurer and policy number unlabelled, glass specifications, sizes,
    prices, the fitter as "F. Last", the firm's IBAN or a US masked card; often OCR noise), emergency call-out logs
    with a fitters' chat (a neighbour by title and surname holding the key with street, a caller's call-back number, a
    boarded-up address), a customer's claim to the insurer quoting the glazier's invoice (the neighbours' child by
    first name, the parents with address and landline, IBAN and account holder, the handler's work e-mail), web booking
    exports as CSV, JSON or YAML (street and "postcode town" fields, public IPs) with a dispatch note;
 4. farrier - farriers' rounds (Hufbeschlag, Hufpflege, maréchal-ferrant, maniscalco, farrier): invoices on the
    farrier's letterhead (owner, address, mobile, e-mail, the yard - unlabelled - with its street, horses, work and
    prices unlabelled, the vet by title with phone, IBAN, a signature with the farrier's name and mobile), weekly rounds
    (yards, streets, owners, horses, phones) with a chat with the yard manager (German and English possessives "Annas
    Stute" / "Anna's mare" with the ending outside the span, the vet, a back entrance's street), an owner's claim to a
    horse insurer quoting the farrier's text message (date of birth, address, IBAN or a US check, the handler's work
    e-mail), booking exports (yard addresses, public IPs);
 5. energycert - energy performance certificates and home energy audits (Energieausweis nach GEG, Energieausweis nach
    OIB-Richtlinie 6, GEAK / CECB / CECE, DPE, APE, EPC, HERS rating): data sheets on the assessor's letterhead (owner
    and co-owner, owner's address, mobile, e-mail, a date of birth for a grant application in Germany and Austria,
    Italian cadastral data, the property's address, year built, area, heating, class, values, registration numbers and
    validity unlabelled, the assessor with title, a tenant on site with mobile, the fee with the firm's IBAN or a US
    card; often OCR noise), appointment lists with an office chat (the caretaker - Hausmeister, Hauswart, Hausbesorger,
    gardien, portiere, caretaker, super - with mobile, an owner wanting the report by e-mail), an owner's reply quoting
    the booking confirmation (a sibling co-owner with e-mail, the tenant with mobile, the owner's date of birth for
    MaPrimeRénov', KfW or a tax credit), portal exports (nested owner and property objects, dates of birth only where a
    grant is requested, public IPs);
 6. keyregister - key and access-badge registers of property managers, offices, schools and clubs (Schlüsselquittung,
    Schlüsselbuch, remise des clés, registro chiavi, key sign-out): receipts (holder, date of birth "ID checked",
    address, mobile, e-mail, the building's address, unit, key numbers of the country's lock systems, deposit, refund
    IBAN or a US check, the issuer with role; sometimes OCR noise), registers (holders as "F. Last", "Last, First" or
    full names, units, phones, issue and return dates) with a facility chat (a lost fob, a locksmith's street, a
    holder's mobile, a colleague's work e-mail), a tenant's mail about a lock change quoting the notice in the hall (the
    caretaker with mobile and the site office's street, a neighbour with a spare key and street, IBAN, new mobile),
    access-control exports (badge numbers and door controllers' LAN IPs unlabelled, holders' work e-mails) with portal
    log lines (work e-mails and public source IPs labelled);
 7. serviceyear - voluntary service year and civilian service placements (FSJ, BFD, FÖJ, Zivildienst in Switzerland
    and Austria, Einsatzvereinbarung, service civique, service civil, servizio civile universale, youth volunteering
    placements, AmeriCorps): agreements on the organisation's letterhead (volunteer with date of birth, home address,
    mobile, e-mail, Swiss AHV, a parent with mobile for minors, the placement site - unlabelled - with its street, the
    supervisor with the site's landline, dates, allowance, reference and ZIVI numbers unlabelled, IBAN or US direct
    deposit), cohort lists (dates of birth in one shape, mobiles) with a coordinators' chat (a doctor by surname, a
    parent's mobile and a possessive "<first name>s Mutter", a new address), a volunteer's mail quoting the coordinator
    (doctor, supervisor by title and surname, new address, a mentor with mobile), application exports (ISO or
    document-shape dates of birth, references - teachers - by name, Swiss AHV, public IPs);
 8. streetparty - street-party and block-party road closures (Sondernutzungserlaubnis, Straßenfest, Quartierfest,
    fête des voisins, occupazione suolo pubblico, street party application, block party permit): applications
    (organiser with date of birth, address, mobile, e-mail, the closed section of the street as an ADDRESS span -
    "Birkenweg 1-22", "8-30 rue du Moulin" -, co-organisers with house numbers on the same street, the person
    responsible on the day with mobile, DJ and hire firms and insurance numbers unlabelled; sometimes OCR noise),
    residents' consent lists (names, addresses on the street or a bare "Nr. 6" unlabelled) with a neighbours' chat (an
    objector by title and surname, the office's direct line, an e-mail), the organiser's reply quoting the town hall
    (the clerk's work e-mail and direct line, a second contact with address and mobile), online applications as JSON or
    YAML (ISO or document-shape dates of birth, public IPs);
 9. livestock - farm-animal holdings and movements (HI-Tier, AMA-Rinderdatenbank, TVD / BDTA, EDE / BDNI, BDN, BCMS /
    CPH, premises registration): keeper registrations and changes (keeper with date of birth, farm address -
    "Oberhof 3", "Hill Farm, Mill Lane", "Località Cascina Nuova 7" -, landline and mobile, e-mail, holding number,
    species and counts, the herd vet with practice address and phone, a successor with date of birth, an IBAN for
    levies; often OCR noise), movement registers (ear tags, breeds, trading partners as "F. Last" / "Last, First" with
    their holding numbers, hauliers) with a farmers' chat (a driver's mobile, the vet, a lost tag, an invoice e-mail), a
    keeper's reply quoting the authority's letter (the buyer, a son or daughter taking over with date of birth, a
    new postal address, the officer's work e-mail), portal event logs (users' e-mails and public source IPs);
10. workscouncil - works-council and staff-representative elections (Betriebsratswahl, Wahl der Personalkommission,
    élections du CSE, commission du personnel, elezioni RSU, employee forum, union steward election): candidate lists
    on the company's letterhead (surname - sometimes in capitals - first name, date of birth and gendered job of each
    candidate, the list representative with mobile and work e-mail, supporters with payroll numbers unlabelled; often
    OCR noise), voter-list extracts with an election committee's chat (a postal ballot to a home address, a member on
    parental leave with mobile), an employee's postal-vote request quoting the election notice (home address, payroll
    number unlabelled, date of birth, private mobile and e-mail, the committee member's work e-mail), e-voting exports
    (ballot tokens unlabelled, work e-mails, public IPs);
11. stonemason - memorial stonemasons (Grabmal, Steinmetz, marbrerie funéraire, marmista, monumental mason, headstone):
    order confirmations (client, address, phone, e-mail, the deceased, the grave's cemetery, section and number
    unlabelled, stone, price, a deposit IBAN or US card / check; the inscription with the deceased's name - often in
    capitals -, a maiden name after "geb." / "née" / "nata" as its own PERSON span, and "* <date of birth> † <date of
    death>", "<date of birth> – <date of death>" or years only: the date of birth labelled, the date of death and the
    years not; sometimes OCR noise), workshop order lists with a chat (a proof sent to a client's e-mail, a client's
    mobile, the cemetery office by title and surname with phone), a son's or daughter's reply to the proof adding the
    father who has just died (his name and date of birth, a sibling with e-mail, the mason's work e-mail), web enquiry
    exports (the deceased's date of birth labelled, the date of death not, public IPs);
12. personaltraining - personal trainers (Personal Training, coach sportif, allenamento personale, PT): intake forms
    and health questionnaires (client with date of birth, address, mobile, e-mail, an emergency contact with relation,
    the GP by title with practice address and phone, goals, yes / no health answers, package and price, SEPA / LSV
    IBAN, a full card with expiry or a masked card, the trainer; sometimes OCR noise), weekly schedules (clients by
    full name, first name, "First L." or title and surname, clients' streets or the studio) with a trainers' chat (a
    new client with mobile and e-mail), a client's mail about an injury quoting the trainer's reminder (the doctor by
    surname, a physiotherapist with practice address and phone, a new e-mail address), booking-app exports (ISO or
    document-shape dates of birth, nested last-login objects with public IPs, full or masked cards).
Values appear in "Label: value" forms (colon, aligned, tab, dotted leaders, bold Markdown, "key = value", two-column
Markdown tables, upper-case labels, bullets, bracketed labels), address blocks and one-line addresses with ", ",
" - ", " / " or "; ", letterheads (block, one line with " · ", mixed), signatures (block, "-- " separator, one line
with "|"), Markdown tables (padded or not), fixed-width tables, comma-, semicolon-, tab- and pipe-separated tables,
HTML tables, JSON (one record per line, arrays, wrapped in an object, nested objects), YAML, log lines, mail headers
(display names, "Last, First" in quotes, upper-case display names, bare addresses, Cc, role mailboxes) and quoted
replies ("Am ... schrieb", "Le ... a écrit", "Il giorno ... ha scritto", "On ... wrote", Outlook original-message
blocks, quoted with "> " or not), chats in eight layouts (WhatsApp iOS / Android, Telegram export, Teams-like,
IRC-like, "name (12:04):", Discord-like, plain; US chats with AM / PM; senders as full names, first names,
"First L." or nicknames), OCR noise, in each country's conventions (German "str.", "12a", "3-5", "(Hinterhaus)",
", 3. OG", "D-"; Austrian "/3/7", "/Top", "/Stiege/Tür", "A-", "Jänner", "Jän."; Swiss "strasse", "CH-", no "ß",
"Rue de la Gare 12", lower-case "chemin ..." and "via ..."; French "bis" / "ter", "12, rue", "Appt",
"Bât.", upper-case towns; Italian "Via" / "via", "n.", "/B", "int.", "scala", provinces with and without parentheses,
"I-"; British flats and "Town POSTCODE" (also upper case); US "Apt", "#", "Unit", "Suite", directions, ZIP+4).  Phone
numbers national and international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164, grouped in
pairs and DIN-style "0221 47382-15" (the extension inside the span).  Dates of birth in 42 shapes (German 11, French 8,
Italian 7, British 8, US 8; a document keeps one shape for about four fifths of its dates of birth, tables keep one
shape, exports use ISO or that shape): "12.03.1984", "2.3.1984", "12.03.84", ISO, "2. März 1984", "02. März 1984",
"2.März 1984", "2. Mrz. 1984", Roman "12.III.1984", "12. 03. 1984", "12/03/1984" (Austrian "Jänner", "Jän."), French
"12/03/1984", "12 mars 1984" (also "1er"), "12 MARS 1984", "12 févr. 1984", "12/03/84", "12-03-1984", "12 03 1984",
Swiss "12.03.1984", Italian "12/03/1984", "12 marzo 1984" (also "1°"), "12 MARZO 1984", "12 mar 1984", "12.03.1984",
"12-03-1984", "2/3/1984", British "12/03/1984", "12 March 1984", "12th March 1984", "12th of March 1984",
"12 Mar 1984", "12 MAR 1984", "12-MAR-1984", ISO, US "03/12/1984", "3/12/1984", "3/12/84", "March 12, 1984",
"Mar 12, 1984", "Mar. 12, 1984", "March 12th, 1984", "03-12-1984"; after a label or cue word (Geburtsdatum, geb.,
né / née le, nato / nata il, data di nascita, date of birth, DOB, born, "*" on gravestones) or without one (table
columns, JSON / YAML fields, inscriptions).  Plain dates (races, visits, hearings, key issues, starts, votes, deaths,
invoices, mail and chat time stamps) use the document's shape and are not labelled.
Names drawn from the Faker person lists of the region (de_DE; de_AT with a quarter of de_DE's first names and a list
of Austrian surnames written here; de_CH with lists of Swiss German surnames and first names written here; fr_FR;
fr_CH with a list of Romand surnames; it_IT - for Ticino, Faker having no it_CH, with a list of Ticinese surnames -;
en_GB; en_US; children and young volunteers mostly from lists of current first names per language written here),
community names from the Faker lists of tr_TR, pt_PT, hr_HR, ro_RO, hu_HU, es_ES and es_MX (double surnames with a
space), en_IN, en_IE, it_IT and de_CH (as communities abroad), and lists written here (Albanian / Kosovar, Sri Lankan
Tamil, Eritrean, Arabic / Syrian / Afghan, Ukrainian, Chinese, Vietnamese, Polish, Greek and Czech with gendered
surnames, Serbian / Bosnian, Russian-German, Maghrebi, West African, Filipino, Pakistani, Nigerian, Korean with
hyphenated first names, Romanian); about 55 % region, 23 % community, 22 % special: a surname that is an ordinary word
(Sommer, Vogel, Freitag, Morgen, Kuckuck, Nachtigall, Himmel, Brot, Reis, Petit, Renard, Rossignol, Lapin, Bonheur,
Gallo, Volpe, Neve, Fiore, Passero, Campana, Frost, Stone, Swan, Church, Friend, Young ...; sometimes the first name
too: Ernst, Wolf, Fromm, Linde, Heide, Aimé, Désiré, Modeste, Prudence, Felice, Primo, Speranza, Gioia, Will, Rusty,
Hope, Grace, June, Joy), a surname with a particle (von Hagen, zum Felde, ter Horst, van den Boom, Edler von Rauch,
zu Eltz, von Siebenthal, von Wattenwyl, auf der Maur, in der Gand, de Pury, de Coulon, Le Coultre, du Plessis, d'Aubert,
Le Floch, Dalla Costa, Lo Cascio, Dell'Acqua, Li Causi, O'Connor, MacPherson, St. John, ap Gwilym, Van Dyke,
De La Rosa, DeLuca), an invented syllable-built surname ("Brunnhuber", "Tannreiter", "Gruilard", "Scaruzzi",
"Frizzoni", "Cauldbury", "Marlhurst") sometimes with a rare first name (Wendelin, Quirin, Leodegar, Pankraz,
Kunigunde, Notburga, Clovis, Gontran, Philomène, Ermenegildo, Venanzio, Gelsomina, Peregrine, Thaddeus, Tamsin,
Araminta), or a double surname (hyphenated; Italian and English also with a space); some German-speaking names carry
a double first name (Hans-Peter).  Relatives share the (gendered) surname and the name source.  Written as
"First Last", "Last, First", "LAST First", "LAST, First", "Last First", "F. Last" (also "H.-P. Last"), "First L.",
"FIRST LAST", separate surname (sometimes in capitals) and first-name fields, first names, nicknames (Steffi, Sepp,
Köbi, Vreni, Basti, Hias, Fanfan, Juju, Titi, Véro, Totò, Mimmo, Giusy, Betta, Bob, Becky, Alfie, Trish ...) or
surnames alone (chats, salutations, "Herr" / "Herrn" / "Frau" / "M." / "Mme" / "Monsieur" / "Madame" / "Sig." /
"Sig.ra" / "Mr" / "Mrs" / "Ms" + surname, "Dr" / "Dr." / "dott." + surname), in lower or upper case where the
document or chat is typed so; possessives "Anna's", "Annas" and "Hans'" with the ending outside the span.
Unlabelled distractors: order, bib, case, file, claim, policy, job, invoice, registration, holding, ear-tag, key,
badge, payroll, member, project, ZIVI, certificate and client numbers, court file numbers, lock-system key numbers,
ballot tokens, birth years in result lists, race times, prices, fees, allowances, incomes and rents, glass sizes and
specifications, energy values and classes, cadastral data, masked cards ("**** **** **** 1234", "•••• 1234",
"XXXX-XXXX-XXXX-1234", "554500******1234", "**** 1234", "ending 1234"), US checking-account endings, LAN IPs of door
controllers, plain dates and times, dates of death, towns alone (race and firm names, "Ort, Datum", cemeteries,
"Fait à ..."), unit and flat numbers alone ("Flat 12", "Nr. 6"), nationality codes, role mailboxes, horses (Fanny,
Wotan, Biscuit, Lord Nelson, Don Camillo ...), cattle breeds, and courts, authorities, insurers, unions, clubs,
yards, stables, schools, placement sites, firms, DJ and hire firms and products - also when named after a person or
a place.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP, as in holdout32-34):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Herrn, Frau, Dr., Dr. med. vet., RA, RAin, Rechtsanwältin, lic. iur.,
  MLaw, Mag., Me, Avv., dott., dott.ssa, M., Mme, Monsieur, Madame, Sig., Sig.ra, signor, signora, Mr, Mrs, Ms, and
  the suffixes ", Rechtsanwalt", ", avocate", ", Esq.", " MRCVS", ", DVM") outside; a first name, a nickname or a
  surname alone used for a person is a PERSON, and so is a deceased person's name and a maiden name after "geb." /
  "née" / "nata" (its own span); firms, yards, horses and products are not labelled, also when named after a person.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes are not labelled.
* PHONE: every phone number of a person or of a business, practice, office or authority (letterheads, signatures,
  direct lines, numbers in chats and tables).
* ADDRESS: "street, postcode town" on one line is two spans (street with house number and flat / floor / "Appt" /
  "Bât." / "/Top" / "Apt" / "Unit" / "Suite" additions; postcode + town with "D-" / "CH-" / "A-" / "I-" prefixes,
  Italian provinces, "Town POSTCODE" and "Town, ST ZIP" inside the span), as is a two-line block; a street with its
  number alone is ADDRESS and so is a "postcode town" field, a farm address line and a street with a range of house
  numbers (a closed section of a street); towns alone and unit numbers alone are not labelled; business addresses
  are labelled.
* DOB: a full date of birth (day, month, year) of an adult, a child or a deceased person, cue words outside; dates of
  death, birth years and other dates are not.
* IBAN: every IBAN, compact or grouped (also a firm's or an organiser's), also in lower case.  CARD: full
  Luhn-valid card numbers; masked numbers are not.  AHV: Swiss social security numbers (756, dotted or compact).
  IP: the public IPv4 / IPv6 address of a person's device or connection (registrations, bookings, applications,
  portal logins, votes); LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout35.py [--out PATH] [--scan] [--show N [--genre NAME]]
[--stats] [--debug]
(--scan, --show and --stats print and write nothing; --debug prints the documents drawn again.)
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import importlib
import ipaddress
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# ---------------------------------------------------------------------------------------------------------------------
# markers: every labelled value is wrapped when it is placed and resolved to offsets at the very end
# ---------------------------------------------------------------------------------------------------------------------

TYPES = ["PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "IP", "CARD", "AHV"]
MS, ME = "\ue000", "\ue001"
TCODE = {t: chr(0xE010 + i) for i, t in enumerate(TYPES)}
CODET = {v: k for k, v in TCODE.items()}
MARK_RE = re.compile("\ue000([\ue010-\ue01f])(.*?)\ue001", re.S)
ANY_MARK = re.compile("[\ue000\ue001\ue010-\ue01f]")


def m(t: str, v: str) -> str:
    assert v and v == v.strip() and MS not in v, (t, v)
    return MS + TCODE[t] + v + ME


def vis(s: str) -> str:
    return ANY_MARK.sub("", s)


def map_outside(s: str, fn) -> str:
    """Apply fn to the text outside markers."""
    out, pos = [], 0
    for mo in MARK_RE.finditer(s):
        out.append(fn(s[pos : mo.start()]))
        out.append(mo.group(0))
        pos = mo.end()
    out.append(fn(s[pos:]))
    return "".join(out)


def map_marks(s: str, fn) -> str:
    """Apply fn(type, value) to the values inside markers."""
    return MARK_RE.sub(lambda mo: MS + mo.group(1) + fn(CODET[mo.group(1)], mo.group(2)) + ME, s)


def resolve(s: str) -> tuple[str, list[dict]]:
    out, ents, pos, n = [], [], 0, 0
    for mo in MARK_RE.finditer(s):
        chunk = s[pos : mo.start()]
        out.append(chunk)
        n += len(chunk)
        val = mo.group(2)
        ents.append({"type": CODET[mo.group(1)], "start": n, "end": n + len(val), "text": val})
        out.append(val)
        n += len(val)
        pos = mo.end()
    out.append(s[pos:])
    text = "".join(out)
    assert not ANY_MARK.search(text), "marker left"
    return text, ents


def lower_doc(s: str, keep_iban: bool = True) -> str:
    s = map_outside(s, str.lower)
    return map_marks(s, lambda t, v: v if (t in ("IBAN", "AHV", "CARD") and keep_iban) else v.lower())


def upper_doc(s: str) -> str:
    s = map_outside(s, str.upper)
    return map_marks(s, lambda t, v: v if t in ("EMAIL", "IP") else v.upper())


# ---------------------------------------------------------------------------------------------------------------------
# names: Faker person-provider lists (never Faker's generator) and lists written here
# ---------------------------------------------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠČŽĐŘŇŞĞİȘȚŢĂÂÎŐŰ"
_LO = "a-zà-öø-ÿßąęłńóśźżćčšžđřňťďůěőşğıțșăâîűţ"
NAME_SHAPE = re.compile(rf"^(?:[DLO]'|Ma?c)?[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?$")


def _faker_list(loc: str, attr: str) -> list[str]:
    try:
        mod = importlib.import_module(f"faker.providers.person.{loc}")
    except ImportError:
        return []
    val = getattr(mod.Provider, attr, None)
    if val is None:
        return []
    items = list(val.keys()) if isinstance(val, dict) else list(val)
    items = sorted({x for x in items if isinstance(x, str) and NAME_SHAPE.match(x)})
    return items


def _fl(loc: str, *attrs: str) -> list[str]:
    out: set[str] = set()
    for a in attrs:
        out.update(_faker_list(loc, a))
    return sorted(out)


def _w(s: str) -> list[str]:
    return s.split()


HAND = {
    "ch_last": _w("""Meier Schmid Keller Weber Huber Schneider Steiner Fischer Gerber Brunner Baumann Zimmermann Moser
        Widmer Wyss Kälin Bühler Bucher Lüthi Zürcher Aebischer Ammann Bachmann Egli Flückiger Gasser Hess Hofstetter
        Imhof Jenni Kappeler Kuhn Lehmann Marti Nussbaumer Odermatt Rüegg Schürch Stalder Tanner Uebersax Vogt Wälti
        Zaugg Zbinden Aeschlimann Bärtschi Grossenbacher Hänni Inäbnit Kohler Leuenberger Mosimann Niederhauser
        Rothenbühler Schärer Stucki Wüthrich Zwahlen Blaser Christen Dällenbach Hadorn Krähenbühl Sutter Suter Ziegler
        Arnold Gisler Tschopp Bürgi Schnyder Furrer Schwegler Amstutz Trachsel Wittwer Zumstein Eggimann Rohrer"""),
    "ch_first_m": _w("""Reto Urs Beat Thomas Daniel Martin Lukas Jürg Ruedi Simon Fabian Marco Patrick Stefan Roger
        Silvan Jonas Adrian Matthias Christoph Pascal Dominik Samuel Mathias Cyrill Gian Nicolas Remo Severin Jan"""),
    "ch_first_f": _w("""Andrea Regula Ursula Barbara Corinne Seraina Nadja Fabienne Sandra Manuela Mirjam Nina Lea
        Sarah Brigitte Claudia Monika Franziska Deborah Rahel Jasmin Tamara Bettina Eveline Annina Madlaina Svenja"""),
    "at_last": _w("""Gruber Huber Wagner Pichler Moser Steiner Hofer Leitner Berger Eder Fischer Schmid Winkler
        Weber Schwarz Maier Reiter Mayr Brunner Baumgartner Auer Wimmer Egger Lechner Holzer Aigner Haas Strasser
        Wallner Kogler Höller Pirker Stadler Hinterberger Ortner Rainer Lackner Pöll Unterberger Schwaiger Zöhrer"""),
    "romand_last": _w("""Favre Rochat Pittet Jaquet Perrin Chevalley Cuendet Mottier Bovet Bonvin Crettenand Fellay
        Monnier Jaccard Chappuis Décosterd Reymond Rossier Clerc Gilliéron Vuilleumier Piguet Bourquin Matthey
        Jeanneret Cuénoud Pasche Buchs Magnin Vuagniaux Burnier Tinguely Rappaz Luisier Genoud Mauron Rey-Mermet
        Vonlanthen Schaller Berthoud Mermoud Cretegny Grandjean Jotterand"""),
    "ticino_last": _w("""Bernasconi Fontana Galli Pedrazzini Beffa Balestra Cattaneo Gianella Lepori Moretti Pedrini
        Sciaroni Togni Zanetti Gianinazzi Lurati Lucchini Bassi Camponovo Delcò Cavadini Quadri Respini Tamò Vassalli
        Rusconi Petraglio Ghisletta Pellandini Bordoni Agustoni Albertini Guidotti Maggetti Soldati Bianda Induni"""),
}

# community lists written here: (male firsts, female firsts, surnames or (m, f) surname pairs)
COMMUNITY_HAND = {
    "albanian": (
        _w("Arben Besnik Driton Fatmir Ilir Valon Agron Blerim Lulzim Shkëlzen"),
        _w("Arta Blerta Drita Fjolla Vjosa Liridona Mimoza Albulena Teuta"),
        _w("Berisha Krasniqi Gashi Hoxha Shala Morina Kastrati Rexhepi Bytyqi Osmani Dervishi Kelmendi"),
    ),
    "tamil": (
        _w("Tharsan Kajan Niroshan Sivakumar Pirathapan Mathusan Kugan"),
        _w("Tharshika Nirosha Thivya Kowsalya Mathuja Sharmila Vithya"),
        _w("Sivarajah Thevarajah Kanagaratnam Balasingam Nadarajah Selvarajah Thurairajah Yogarasa"),
    ),
    "eritrean": (
        _w("Yonas Tesfay Merhawi Dawit Filmon Henok Robel"),
        _w("Senait Saba Luwam Semhar Helen Rahwa Mebrat"),
        _w("Tesfamariam Habte Gebremedhin Tekle Ghebreyesus Woldu Kidane Berhane"),
    ),
    "arabic": (
        _w("Ahmad Mohammad Omar Khaled Yousef Samir Farid Rahim Tarek Bilal"),
        _w("Amina Fatima Layla Rania Noor Yasmin Zahra Mariam Hiba Dunja"),
        _w("Haddad Khalil Nasser Rahimi Ahmadi Hosseini Sultani Darwish Mansour Karimi Al-Hassan Qasim"),
    ),
    "ukrainian": (
        _w("Oleksandr Andriy Taras Bohdan Dmytro Yurii Mykola Serhii"),
        _w("Oksana Olena Iryna Kateryna Nataliia Halyna Solomiia Yuliia"),
        _w("Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Oliinyk Boyko Lysenko Hnatiuk"),
    ),
    "chinese": (
        _w("Wei Jun Hao Lei Ming Bo Tao"),
        _w("Xiaoling Mei Yan Jing Hui Ling Qian"),
        _w("Wang Zhang Chen Liu Huang Zhou Wu Zhao Xu Sun"),
    ),
    "vietnamese": (
        _w("Minh Tuan Duc Long Hieu Quang Thanh"),
        _w("Lan Huong Thu Linh Trang Ngoc Phuong"),
        _w("Nguyen Tran Pham Hoang Dang Bui Do Ngo Vo Huynh"),
    ),
    "polish": (
        _w("Piotr Krzysztof Tomasz Paweł Marek Michał Grzegorz"),
        _w("Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Dorota"),
        [
            ("Kowalski", "Kowalska"),
            ("Nowak", "Nowak"),
            ("Wiśniewski", "Wiśniewska"),
            ("Wójcik", "Wójcik"),
            ("Kamiński", "Kamińska"),
            ("Lewandowski", "Lewandowska"),
            ("Zieliński", "Zielińska"),
            ("Szymański", "Szymańska"),
            ("Dąbrowski", "Dąbrowska"),
            ("Kozłowski", "Kozłowska"),
        ],
    ),
    "greek": (
        _w("Dimitrios Georgios Nikos Kostas Giannis Vasilis"),
        _w("Eleni Katerina Sofia Despina Vasiliki"),
        [
            ("Papadopoulos", "Papadopoulou"),
            ("Georgiou", "Georgiou"),
            ("Nikolaidis", "Nikolaidou"),
            ("Konstantinidis", "Konstantinidou"),
            ("Alexiou", "Alexiou"),
            ("Karagiannis", "Karagianni"),
        ],
    ),
    "czech": (
        _w("Tomáš Martin Jakub Petr Ondřej Lukáš"),
        _w("Jana Petra Lucie Tereza Kateřina Veronika"),
        [
            ("Novák", "Nováková"),
            ("Horváth", "Horváthová"),
            ("Svoboda", "Svobodová"),
            ("Dvořák", "Dvořáková"),
            ("Černý", "Černá"),
            ("Procházka", "Procházková"),
            ("Kučera", "Kučerová"),
        ],
    ),
    "serbian": (
        _w("Dragan Nikola Milan Amir Emir Dejan Goran"),
        _w("Milica Jelena Emina Ivana Amra Selma Dragana"),
        _w("Petrović Jovanović Hodžić Mehmedović Nikolić Marković Begić Husić Stojanović"),
    ),
    "russiangerman": (
        _w("Sergej Waldemar Viktor Alexander Eduard Andrej"),
        _w("Olga Natalja Swetlana Irina Tatjana Ljudmila"),
        _w("Schmidt Wagner Becker Hildebrandt Reimer Dück Penner Friesen Klassen"),
    ),
    "maghrebi": (
        _w("Karim Mehdi Youssef Rachid Nabil Sofiane Bilal"),
        _w("Nadia Samira Leïla Yasmina Nour Inès Myriam"),
        _w("Benali Haddad Bouzid Mansouri Belkacem Cherif Amrani Bensaïd Ait-Ahmed Zerrouki"),
    ),
    "westafrican": (
        _w("Moussa Ibrahima Mamadou Ousmane Seydou Abdoulaye"),
        _w("Aminata Fatoumata Mariama Awa Kadiatou Oumou"),
        _w("Diallo Traoré Koné Ndiaye Camara Diop Sow Coulibaly Keïta"),
    ),
    "filipino": (
        _w("Jerome Ramon Marlon Rodel Arnel"),
        _w("Maricel Rowena Marites Jocelyn Lorna"),
        _w("Reyes Santos Bautista Villanueva Mendoza Aquino Navarro"),
    ),
    "pakistani": (
        _w("Imran Bilal Usman Faisal Tariq Asif"),
        _w("Ayesha Saima Nadia Sana Rabia Hina"),
        _w("Khan Hussain Ahmed Malik Iqbal Qureshi Chaudhry Butt"),
    ),
    "nigerian": (
        _w("Chinedu Tunde Emeka Oluwaseun Femi Ikenna"),
        _w("Ngozi Funmilayo Chiamaka Adaeze Yewande Bisola"),
        _w("Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Obi"),
    ),
    "korean": (
        _w("Min-jun Ji-ho Seung-woo Hyun-woo Dong-hyun"),
        _w("Seo-yeon Ji-woo Min-seo Soo-jin Ha-eun"),
        _w("Kim Park Choi Jung Kang Cho Yoon Jang"),
    ),
    "romanian": (
        _w("Andrei Mihai Ionuț Florin Bogdan Cristian"),
        _w("Ioana Andreea Elena Mihaela Alina Roxana"),
        _w("Popescu Ionescu Constantin Dumitru Stoica Munteanu Georgescu Marinescu"),
    ),
}

WORD_SURNAMES = {
    "de": _w("""Sommer Winter Vogel Fuchs Engel Freitag Glück Morgen Specht Löwe Kranich Hase Adler Stern Silber
        Nachtigall Himmel Sonntag Kuckuck Strauß Fink Hummel Rabe Wolke Bär Baum Stock Kessel Brot Reis"""),
    "fr": _w("""Petit Renard Loup Rossignol Fontaine Boulanger Printemps Lapin Bonheur Chevalier Marchand Papillon
        Lévêque Bouvier Moineau Roitelet Lion Soleil Berger Pigeon Mouton Vigne Poirier"""),
    "it": _w("""Gallo Volpe Neve Luna Fiore Leone Orso Rondine Colombo Ferro Pace Sole Bellezza Passero Lupo Pesce
        Campana Mancino Piccolo Grasso Bello Fortuna Monaco"""),
    "en": _w("""Frost Fox Stone Swan Hope King Baker Bell Green Wood Rose Sparrow Hill Moon Brook Church Field Snow
        Lamb Pike Wolf Heath Friend Young"""),
}
WORD_FIRSTS = {
    "de": (_w("Ernst Wolf Frank Fromm Konstantin Sieg"), _w("Rosa Linde Heide Erika Iris Tanne")),
    "fr": (_w("Aimé Désiré Constant Modeste Clément Félix"), _w("Blanche Prudence Rose Aurore Constance Violette")),
    "it": (_w("Felice Primo Fortunato Celeste Benvenuto Sereno"), _w("Speranza Gioia Serena Viola Stella Rosa")),
    "en": (_w("Will Bill Rusty Frank Ray Drew"), _w("Hope Grace June Holly Joy Faith Ivy Dawn")),
}
PARTICLE_SURNAMES = {
    "de_DE": [
        "von Hagen",
        "zum Felde",
        "von Kessel",
        "ter Horst",
        "van den Boom",
        "von der Lahr",
        "zur Mühlen",
        "vom Bruch",
        "von Heyden",
        "op de Hipt",
    ],
    "de_AT": ["von Trapp-Egger", "zu Eltz", "von Strachwitz", "Edler von Rauch", "von der Thannen", "vom Stein"],
    "de_CH": [
        "von Siebenthal",
        "von Wattenwyl",
        "von Allmen",
        "auf der Maur",
        "am Rhyn",
        "von Gunten",
        "in der Gand",
        "von Büren",
        "zur Gilgen",
        "von Matt",
    ],
    "fr_FR": [
        "de Lestrange",
        "du Plessis",
        "Le Gall",
        "d'Aubert",
        "de Saint-Aubin",
        "de la Roche",
        "Le Floch",
        "du Chastel",
        "d'Ornano",
        "des Granges",
    ],
    "fr_CH": ["de Pury", "de Coulon", "de Meuron", "du Bois", "de Rham", "de Blonay", "de Senarclens", "Le Coultre"],
    "it_IT": [
        "Dalla Costa",
        "Lo Cascio",
        "Del Vecchio",
        "D'Alessandro",
        "Li Causi",
        "De Santis",
        "Di Giacomo",
        "La Torre",
        "Dell'Acqua",
        "Lo Giudice",
    ],
    "it_CH": ["Dalla Valle", "De Marchi", "Della Casa", "Lo Russo", "Del Ponte", "D'Andrea", "Dal Pozzo"],
    "en_GB": [
        "O'Connor",
        "MacPherson",
        "St. John",
        "de Souza",
        "le Roux",
        "O'Sullivan",
        "MacKenzie",
        "ap Gwilym",
    ],
    "en_US": [
        "O'Connor",
        "Van Dyke",
        "De La Rosa",
        "St. Pierre",
        "McAllister",
        "Del Toro",
        "Van Wyk",
        "O'Hara",
        "DeLuca",
        "Le Blanc",
    ],
}
PARTICLES = {
    "von",
    "der",
    "den",
    "vom",
    "zum",
    "zur",
    "zu",
    "van",
    "ter",
    "de",
    "du",
    "des",
    "la",
    "le",
    "del",
    "della",
    "dell",
    "dal",
    "dalla",
    "di",
    "da",
    "lo",
    "li",
    "auf",
    "am",
    "in",
    "st",
    "op",
    "ten",
    "mac",
    "edler",
    "ap",
    "mc",
    "d",
    "o",
    "les",
    "l",
}
INVENTED_PARTS = {
    "de": (
        _w("Brunn Eck Hinter Ober Gais Stein Hasl Moos Wald Ried Zwick Kalt Loch Tann Birk Schwand Gstett Reis"),
        _w("huber leitner mayr gruber hofer bichler stätter wanger egger wieser lechner thaler reiter brunner"),
    ),
    "fr": (
        _w("Gruil Dar Chaum Pell Vern Bruss Coss Faur Tiss Marv Gren Bouch Vill Jorr"),
        _w("az oz et ier ard aux ot ez on ude illet enaz"),
    ),
    "it": (
        _w("Scar Pist Zan Corb Gasp Tor Ruv Brum Sgarb Vall Cioc Spart Frizz"),
        _w("uzzi ello otti asco ardi oni etti ucci ignano olin"),
    ),
    "en": (
        _w("Bright Thorn Pryd Hald Cauld Ash Brad Whit Fen Marl Crow Holt Grims Tam"),
        _w("stow wick bury thwaite hurst combe ley field worth ridge by cote"),
    ),
}
RARE_FIRSTS = {
    "de": (
        _w("Wendelin Quirin Leodegar Ottokar Pankraz Gottlieb Eberhard"),
        _w("Kunigunde Notburga Walburga Adelheid Hildegunde Irmtraud"),
    ),
    "fr": (_w("Clovis Anselme Gontran Lazare Séraphin Honoré"), _w("Philomène Eudoxie Berthe Ghislaine Apolline")),
    "it": (_w("Ermenegildo Ippolito Venanzio Ottavio Gualtiero Settimio"), _w("Gelsomina Clodomira Ersilia Assunta")),
    "en": (_w("Peregrine Thaddeus Ebenezer Lancelot Ambrose Crispin"), _w("Tamsin Ottoline Araminta Clemency Jemima")),
}
NICKS = {
    "de": {
        "Stefanie": "Steffi",
        "Josef": "Sepp",
        "Florian": "Flo",
        "Theresa": "Resi",
        "Leopold": "Poldi",
        "Samuel": "Sämi",
        "Jakob": "Köbi",
        "Verena": "Vreni",
        "Sebastian": "Basti",
        "Gabriele": "Gabi",
        "Cornelia": "Conny",
        "Andreas": "Andi",
        "Susanne": "Susi",
        "Johannes": "Hannes",
        "Alexander": "Alex",
        "Christina": "Tina",
        "Katharina": "Kathi",
        "Matthias": "Hias",
        "Daniela": "Dani",
        "Thomas": "Tom",
    },
    "fr": {
        "Françoise": "Fanfan",
        "Julie": "Juju",
        "Isabelle": "Isa",
        "Emmanuel": "Manu",
        "Sébastien": "Seb",
        "Florence": "Flo",
        "Nicolas": "Nico",
        "Thierry": "Titi",
        "Christophe": "Chris",
        "Catherine": "Cathy",
        "Véronique": "Véro",
        "Frédéric": "Fred",
        "Alexandre": "Alex",
        "Stéphanie": "Steph",
    },
    "it": {
        "Salvatore": "Totò",
        "Domenico": "Mimmo",
        "Giuseppe": "Beppe",
        "Giuseppina": "Giusy",
        "Francesca": "Franci",
        "Alessandro": "Ale",
        "Valentina": "Vale",
        "Federica": "Fede",
        "Massimo": "Max",
        "Antonio": "Toni",
        "Roberta": "Robi",
        "Giovanni": "Gianni",
        "Elisabetta": "Betta",
    },
    "en": {
        "Robert": "Bob",
        "Rebecca": "Becky",
        "Alfred": "Alfie",
        "Elizabeth": "Liz",
        "Michael": "Mike",
        "David": "Dave",
        "Katherine": "Kate",
        "Thomas": "Tom",
        "Jennifer": "Jen",
        "William": "Billy",
        "Margaret": "Maggie",
        "Christopher": "Chris",
        "Samantha": "Sam",
        "Nicholas": "Nick",
        "Patricia": "Trish",
    },
}
KIDS = {
    "de": (
        _w("Noah Leon Paul Elias Finn Ben Luis Matteo Felix Jonas Emil Anton Theo Henry"),
        _w("Emilia Mia Hanna Lina Ella Clara Lea Ida Frieda Mila Leni Marie Lotta Nele"),
    ),
    "fr": (
        _w("Léo Gabriel Raphaël Arthur Lucas Louis Jules Hugo Nathan Noé Sacha"),
        _w("Jade Louise Ambre Chloé Inès Léa Alice Rose Mila Lina Zoé Margaux"),
    ),
    "it": (
        _w("Leonardo Francesco Tommaso Edoardo Alessandro Lorenzo Mattia Riccardo Gabriele Diego"),
        _w("Sofia Aurora Giulia Ginevra Beatrice Alice Vittoria Emma Matilde Chiara"),
    ),
    "en": (
        _w("Oliver George Noah Arthur Harry Leo Liam Jack Oscar Theo Mason Ethan Logan"),
        _w("Olivia Amelia Isla Ava Emma Charlotte Freya Harper Mia Sophia Evie Ella Chloe"),
    ),
}
COMMUNITY_BY_LOCALE = {
    "de_DE": [
        "f:tr_TR",
        "polish",
        "russiangerman",
        "arabic",
        "ukrainian",
        "greek",
        "f:it_IT",
        "f:hr_HR",
        "f:ro_RO",
        "vietnamese",
    ],
    "de_AT": ["f:tr_TR", "serbian", "f:hr_HR", "romanian", "f:hu_HU", "polish", "arabic", "czech"],
    "de_CH": ["albanian", "f:pt_PT", "f:it_IT", "serbian", "tamil", "eritrean", "f:tr_TR", "f:es_ES"],
    "fr_FR": ["maghrebi", "f:pt_PT", "westafrican", "vietnamese", "f:it_IT", "f:es_ES", "polish"],
    "fr_CH": ["f:pt_PT", "albanian", "f:it_IT", "eritrean", "f:es_ES", "maghrebi", "tamil"],
    "it_IT": ["romanian", "albanian", "maghrebi", "chinese", "filipino", "ukrainian", "westafrican"],
    "it_CH": ["f:pt_PT", "albanian", "serbian", "f:de_CH", "eritrean", "f:es_ES"],
    "en_GB": ["pakistani", "f:en_IN", "polish", "f:en_IE", "nigerian", "chinese", "romanian"],
    "en_US": ["f:es_MX", "chinese", "korean", "vietnamese", "f:en_IN", "filipino", "f:en_IE", "polish"],
}

_NAME_CACHE: dict[str, tuple[list[str], list[str], list]] = {}


def _faker_pool(loc: str) -> tuple[list[str], list[str], list]:
    if loc not in _NAME_CACHE:
        fm = _fl(loc, "first_names_male")
        ff = _fl(loc, "first_names_female")
        if not fm and not ff:
            fm = ff = _fl(loc, "first_names")
        last = _fl(loc, "last_names")
        if not last:
            last = _fl(loc, "last_names_male")
        _NAME_CACHE[loc] = (fm, ff, last)
    return _NAME_CACHE[loc]


def region_pool(loc: str) -> tuple[list[str], list[str], list[str]]:
    key = "region:" + loc
    if key in _NAME_CACHE:
        return _NAME_CACHE[key]  # type: ignore[return-value]
    if loc == "de_CH":
        fm, ff, _ = _faker_pool("de_CH")
        fm = sorted(set(fm) | set(HAND["ch_first_m"]))
        ff = sorted(set(ff) | set(HAND["ch_first_f"]))
        last = list(HAND["ch_last"]) + _faker_pool("de_CH")[2][:40]
    elif loc == "de_AT":
        fm, ff, last = _faker_pool("de_AT")
        dm, df, _ = _faker_pool("de_DE")
        fm = sorted(set(fm) | set(dm[::4]))
        ff = sorted(set(ff) | set(df[::4]))
        last = sorted(set(last) | set(HAND["at_last"]))
    elif loc == "fr_CH":
        fm, ff, _ = _faker_pool("fr_CH")
        rm, rf, rl = _faker_pool("fr_FR")
        fm, ff = sorted(set(fm) | set(rm)), sorted(set(ff) | set(rf))
        last = list(HAND["romand_last"]) * 3 + rl
    elif loc == "it_CH":
        fm, ff, _ = _faker_pool("it_CH")
        im, if_, il = _faker_pool("it_IT")
        fm, ff = sorted(set(fm) | set(im)), sorted(set(ff) | set(if_))
        last = list(HAND["ticino_last"]) * 3 + il
    else:
        fm, ff, last = _faker_pool(loc)
    assert fm and ff and last, loc
    _NAME_CACHE[key] = (fm, ff, last)  # type: ignore[assignment]
    return fm, ff, last


def community_pool(key: str) -> tuple[list[str], list[str], list]:
    if key.startswith("f:"):
        fm, ff, last = _faker_pool(key[2:])
        if key == "f:es_ES" or key == "f:es_MX":
            last = [f"{a} {b}" for a, b in zip(last, reversed(last), strict=False) if a != b][:80] + last
        return fm, ff, last
    return COMMUNITY_HAND[key]


# ---------------------------------------------------------------------------------------------------------------------
# places: generic streets per region, towns with real postcodes and area codes
# ---------------------------------------------------------------------------------------------------------------------


def _towns(spec: str) -> list[tuple[str, list[str], str, str]]:
    """'Town|pc pc pc|area|extra' lines -> (town, postcodes, area code, extra)."""
    out = []
    for line in spec.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 4:
            parts.append("")
        out.append((parts[0], parts[1].split(), parts[2], parts[3]))
    return out


TOWNS = {
    "de_DE": _towns("""
        Berlin|10115 10437 10827 12043 13353 10245|030
        Hamburg|20095 22049 22767 21073 22301|040
        München|80331 80636 81369 81675 80797|089
        Köln|50667 50733 50937 51103 50823|0221
        Frankfurt am Main|60311 60385 60594 65929|069
        Stuttgart|70173 70191 70469 70597|0711
        Düsseldorf|40210 40477 40591|0211
        Leipzig|04103 04177 04299|0341
        Dortmund|44135 44147 44225|0231
        Bremen|28195 28205 28209|0421
        Dresden|01067 01277 01309|0351
        Hannover|30159 30169 30449|0511
        Nürnberg|90402 90429 90478|0911
        Freiburg im Breisgau|79098 79102 79114|0761
        Münster|48143 48151 48155|0251
        Augsburg|86150 86159|0821
        Kassel|34117 34131|0561
        Regensburg|93047 93053|0941
        Rostock|18055 18057|0381
        Kiel|24103 24114|0431
        Mainz|55116 55122|06131
        Erfurt|99084 99089|0361
        Bielefeld|33602 33615|0521
        Ulm|89073 89075|0731
        Göttingen|37073 37083|0551
        Biberach an der Riß|88400|07351
        Lüneburg|21335 21337|04131
        Bamberg|96047 96052|0951
        Celle|29221 29223|05141
        Landshut|84028 84034|0871
        Fulda|36037 36043|0661
        Oldenburg|26121 26122|0441"""),
    "de_AT": _towns("""
        Wien|1010 1020 1030 1050 1070 1100 1120 1160 1180 1210 1220|01
        Graz|8010 8020 8045|0316
        Linz|4020 4040|0732
        Salzburg|5020|0662
        Innsbruck|6020|0512
        Klagenfurt am Wörthersee|9020|0463
        Villach|9500|04242
        Wels|4600|07242
        St. Pölten|3100|02742
        Dornbirn|6850|05572
        Bregenz|6900|05574
        Steyr|4400|07252
        Leoben|8700|03842
        Wiener Neustadt|2700|02622
        Krems an der Donau|3500|02732
        Amstetten|3300|07472
        Feldkirch|6800|05522
        Baden|2500|02252
        Kufstein|6330|05372
        Zell am See|5700|06542
        Gmunden|4810|07612
        Mödling|2340|02236"""),
    "de_CH": _towns("""
        Zürich|8001 8003 8004 8032 8046 8050|044
        Bern|3011 3012 3014 3018|031
        Basel|4051 4053 4057|061
        Luzern|6003 6004 6005|041
        St. Gallen|9000 9008|071
        Winterthur|8400 8404 8408|052
        Aarau|5000|062
        Baden|5400|056
        Zug|6300|041
        Chur|7000|081
        Thun|3600|033
        Schaffhausen|8200|052
        Olten|4600|062
        Solothurn|4500|032
        Frauenfeld|8500|052
        Uster|8610|044
        Wil SG|9500|071
        Rapperswil SG|8640|055
        Burgdorf|3400|034
        Langenthal|4900|062
        Sursee|6210|041
        Brig|3900|027
        Wädenswil|8820|044
        Liestal|4410|061"""),
    "fr_CH": _towns("""
        Genève|1201 1202 1203 1205 1207 1209|022
        Lausanne|1003 1004 1005 1007 1018|021
        Fribourg|1700|026
        Neuchâtel|2000|032
        Sion|1950|027
        Yverdon-les-Bains|1400|024
        Montreux|1820|021
        Nyon|1260|022
        Vevey|1800|021
        La Chaux-de-Fonds|2300|032
        Martigny|1920|027
        Morges|1110|021
        Delémont|2800|032
        Bulle|1630|026
        Monthey|1870|024
        Carouge GE|1227|022
        Renens VD|1020|021"""),
    "it_CH": _towns("""
        Lugano|6900|091
        Bellinzona|6500|091
        Locarno|6600|091
        Mendrisio|6850|091
        Chiasso|6830|091
        Biasca|6710|091
        Ascona|6612|091
        Massagno|6900|091
        Giubiasco|6512|091
        Minusio|6648|091
        Losone|6616|091
        Faido|6760|091
        Stabio|6855|091
        Agno|6982|091
        Tesserete|6950|091
        Caslano|6987|091"""),
    "fr_FR": _towns("""
        Paris|75003 75011 75015 75018 75020 75014|01
        Lyon|69001 69003 69007 69008|04
        Marseille|13001 13005 13008 13012|04
        Toulouse|31000 31200 31400|05
        Nantes|44000 44100 44300|02
        Bordeaux|33000 33200 33800|05
        Lille|59000 59800|03
        Strasbourg|67000 67100 67200|03
        Montpellier|34000 34070|04
        Rennes|35000 35200|02
        Nice|06000 06100 06300|04
        Grenoble|38000 38100|04
        Dijon|21000|03
        Angers|49000 49100|02
        Tours|37000 37100|02
        Clermont-Ferrand|63000 63100|04
        Reims|51100|03
        Le Mans|72000 72100|02
        Brest|29200|02
        Limoges|87000 87100|05
        Annecy|74000|04
        Poitiers|86000|05
        Metz|57000 57050|03
        Besançon|25000|03
        Pau|64000|05
        Caen|14000|02
        Rouen|76000 76100|02
        Colmar|68000|03
        Quimper|29000|02
        Chambéry|73000|04"""),
    "it_IT": _towns("""
        Roma|00153 00185 00198 00137 00162|06|RM
        Milano|20121 20135 20144 20159|02|MI
        Napoli|80121 80134 80138|081|NA
        Torino|10121 10138 10153|011|TO
        Palermo|90133 90141|091|PA
        Genova|16121 16128|010|GE
        Bologna|40121 40126 40137|051|BO
        Firenze|50122 50129 50136|055|FI
        Bari|70121 70126|080|BA
        Catania|95124 95129|095|CT
        Venezia|30121 30172|041|VE
        Verona|37121 37138|045|VR
        Padova|35121 35139|049|PD
        Trieste|34121 34133|040|TS
        Brescia|25121 25128|030|BS
        Parma|43121 43125|0521|PR
        Modena|41121 41124|059|MO
        Bergamo|24121 24128|035|BG
        Perugia|06121 06128|075|PG
        Cagliari|09124 09127|070|CA
        Lecce|73100|0832|LE
        Trento|38122|0461|TN
        Bolzano|39100|0471|BZ
        Como|22100|031|CO
        Udine|33100|0432|UD
        Ancona|60121|071|AN
        Pescara|65121|085|PE
        Salerno|84121|089|SA
        Vicenza|36100|0444|VI
        Pisa|56125|050|PI"""),
    "en_GB": _towns("""
        London|SE15 N7 E8 NW6 SW11 W12 E17 SE22|020
        Manchester|M14 M20 M21|0161
        Birmingham|B13 B29 B17|0121
        Leeds|LS6 LS8 LS7|0113
        Bristol|BS6 BS3 BS7|0117
        Sheffield|S10 S7 S11|0114
        Liverpool|L15 L18 L17|0151
        Nottingham|NG7 NG5|0115
        Leicester|LE2 LE3|0116
        Newcastle upon Tyne|NE2 NE6|0191
        Edinburgh|EH6 EH10 EH9|0131
        Glasgow|G12 G41 G31|0141
        Cardiff|CF24 CF5 CF14|029
        Oxford|OX4 OX2|01865
        Cambridge|CB1 CB4|01223
        York|YO31 YO24|01904
        Norwich|NR2 NR3|01603
        Exeter|EX4 EX2|01392
        Brighton|BN1 BN2|01273
        Bath|BA2 BA1|01225
        Reading|RG1 RG30|0118
        Southampton|SO15 SO17|023
        Derby|DE22 DE23|01332
        Canterbury|CT1 CT2|01227
        Aberdeen|AB24 AB10|01224
        Swansea|SA1 SA2|01792"""),
    "en_US": _towns("""
        Chicago|60614 60647 60657|312 773|IL
        Austin|78704 78745 78751|512|TX
        Seattle|98103 98115 98117|206|WA
        Denver|80205 80210 80220|303 720|CO
        Portland|97202 97214 97217|503|OR
        Boston|02130 02135 02127|617|MA
        Columbus|43201 43214|614|OH
        Nashville|37206 37212|615|TN
        Minneapolis|55406 55419|612|MN
        Sacramento|95816 95822|916|CA
        Raleigh|27605 27609|919|NC
        Madison|53703 53711|608|WI
        Pittsburgh|15217 15232|412|PA
        Kansas City|64111 64113|816|MO
        Albuquerque|87106 87110|505|NM
        Richmond|23220 23226|804|VA
        Burlington|05401|802|VT
        Lexington|40502 40508|859|KY
        Boise|83702 83706|208|ID
        Ann Arbor|48103 48104|734|MI
        Asheville|28801 28806|828|NC
        Tucson|85705 85719|520|AZ
        Omaha|68104 68131|402|NE
        Savannah|31401 31405|912|GA"""),
}

STREETS = {
    "de_DE": _w("""Hauptstraße Bahnhofstraße Gartenstraße Schulstraße Dorfstraße Lindenstraße Kirchstraße Bergstraße
        Waldstraße Ringstraße Mühlenweg Birkenweg Ahornweg Feldstraße Rosenstraße Wiesenweg Schillerstraße
        Goethestraße Mozartstraße Uhlandstraße Jahnstraße Lessingstraße Kastanienallee Parkstraße Poststraße
        Brunnenstraße Fliederweg Tulpenweg Meisenweg Drosselgasse Hofstraße Talstraße Kantstraße Herderstraße
        Eichenweg Buchenweg Amselweg Lerchenstraße Blumenstraße Sonnenstraße Friedrichstraße Luisenstraße"""),
    "de_AT": _w("""Hauptstraße Bahnhofstraße Kirchengasse Schulgasse Mühlgasse Feldgasse Lindengasse Rosenweg
        Siedlungsstraße Dorfplatz Waldweg Bergstraße Sonnenweg Florianigasse Gartengasse Schubertstraße
        Johann-Strauß-Gasse Anton-Wildgans-Gasse Kirchenplatz Brunnengasse Wiesengasse Birkengasse Ahornweg
        Bachgasse Quellenstraße Leopoldgasse Rudolfstraße Wiener-Straße Am-Anger"""),
    "de_CH": _w("""Bahnhofstrasse Dorfstrasse Hauptstrasse Kirchweg Schulhausstrasse Oberdorfstrasse Unterdorfstrasse
        Rosenweg Birkenweg Lindenstrasse Industriestrasse Seestrasse Bergstrasse Gartenstrasse Sonnenbergstrasse
        Mühlestrasse Feldstrasse Weiherweg Chilegass Zelgstrasse Rütistrasse Bündtenweg Bachstrasse
        Hofwiesenstrasse Alte-Landstrasse Im-Grund Steinackerstrasse Juraweg Haldenstrasse Eichstrasse"""),
    "fr_CH": [
        "Rue de la Gare",
        "Chemin des Vignes",
        "Avenue de la Gare",
        "Rue du Centre",
        "Rue du Lac",
        "Chemin du Bois",
        "Rue des Alpes",
        "Chemin de la Forêt",
        "Rue de l'Industrie",
        "Avenue des Alpes",
        "Rue du Temple",
        "Chemin des Fleurs",
        "Route du Village",
        "Rue du Collège",
        "Rue de la Poste",
        "Chemin des Pâquerettes",
        "Route de la Croix",
        "Chemin du Pré",
        "Rue des Moulins",
        "Avenue du Château",
    ],
    "it_CH": [
        "Via San Gottardo",
        "Via Cantonale",
        "Via alla Chiesa",
        "Via dei Faggi",
        "Via Stazione",
        "Via ai Ronchi",
        "Via Vecchia",
        "Via al Lago",
        "Via delle Scuole",
        "Via Industria",
        "Via ai Boschi",
        "Via Campagna",
        "Via ai Grotti",
        "Via Borgo",
        "Via Monte Ceneri",
        "Via dei Castagni",
        "Via al Fiume",
        "Via Motta",
    ],
    "fr_FR": [
        "rue de la République",
        "rue Victor Hugo",
        "avenue Jean Jaurès",
        "rue Pasteur",
        "rue de la Gare",
        "boulevard Gambetta",
        "rue des Écoles",
        "place de l'Église",
        "rue du Moulin",
        "chemin des Vignes",
        "allée des Tilleuls",
        "impasse des Lilas",
        "rue Jean Moulin",
        "rue de la Paix",
        "avenue de la Libération",
        "rue du Général Leclerc",
        "rue des Acacias",
        "rue Nationale",
        "rue du Stade",
        "rue des Prés",
        "rue Saint-Michel",
        "rue des Jardins",
        "avenue Foch",
        "rue Carnot",
        "rue de Verdun",
    ],
    "it_IT": [
        "via Roma",
        "via Garibaldi",
        "via Mazzini",
        "corso Italia",
        "via Dante Alighieri",
        "via Verdi",
        "piazza della Repubblica",
        "via XX Settembre",
        "via Cavour",
        "viale dei Mille",
        "via della Libertà",
        "via San Francesco",
        "via dei Tigli",
        "via Manzoni",
        "via Marconi",
        "via Matteotti",
        "via Gramsci",
        "viale Europa",
        "via delle Rose",
        "vicolo Stretto",
        "via Nazionale",
        "via Trieste",
        "via dei Pini",
    ],
    "en_GB": [
        "High Street",
        "Station Road",
        "Church Lane",
        "Victoria Road",
        "Mill Lane",
        "Park Avenue",
        "The Crescent",
        "Queen's Road",
        "Grove Road",
        "Albert Street",
        "Manor Road",
        "Orchard Close",
        "Beech Avenue",
        "Chestnut Grove",
        "Meadow View",
        "Springfield Road",
        "York Road",
        "New Street",
        "Windsor Terrace",
        "Priory Gardens",
        "Cedar Drive",
        "Kingfisher Way",
        "Westfield Avenue",
    ],
    "en_US": [
        "Maple Street",
        "Oak Avenue",
        "Elm Street",
        "Main Street",
        "Pine Street",
        "Cedar Lane",
        "Washington Avenue",
        "Lincoln Avenue",
        "3rd Street",
        "Park Avenue",
        "Highland Drive",
        "Lakeview Drive",
        "Ridge Road",
        "Walnut Street",
        "Chestnut Street",
        "Spring Street",
        "Hillcrest Drive",
        "Willow Way",
        "Jefferson Street",
        "Madison Avenue",
        "Prospect Street",
        "Birch Court",
        "Sycamore Lane",
    ],
}
STREETS = {
    k: [s.replace("-", " ") if k == "de_CH" or s.startswith(("Wiener-", "Am-")) else s for s in v]
    for k, v in STREETS.items()
}

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
LANG = {k: k[:2] for k in COUNTRY}


@dataclass
class Town:
    name: str
    pc: str
    area: str
    extra: str  # Italian province, US state


@dataclass
class Addr:
    street: str
    town_line: str
    town: Town

    def s(self) -> str:
        return m("ADDRESS", self.street)

    def t(self) -> str:
        return m("ADDRESS", self.town_line)

    def one(self, sep: str = ", ") -> str:
        return self.s() + sep + self.t()

    def block(self, indent: str = "") -> str:
        return indent + self.s() + "\n" + indent + self.t()


# ---------------------------------------------------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------------------------------------------------


def translit(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
    s = s.replace("Ü", "Ue").replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9.\-]", "", s.replace(" ", "").replace("'", "")).lower()


def iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(bban22: str) -> str:
    tot = 0
    for i, ch in enumerate(bban22):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def make_iban(rng: random.Random, cc: str) -> str:
    def d(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    if cc == "DE":
        bban = rng.choice(
            [
                "10010010",
                "20050550",
                "37050198",
                "50010517",
                "70150000",
                "60050101",
                "43060967",
                "30050110",
                "76050101",
                "86055592",
                "12030000",
                "25050180",
            ]
        ) + d(10)
    elif cc == "AT":
        bban = rng.choice(["20111", "12000", "14000", "32000", "35000", "60000", "15000", "20815", "34000"]) + d(11)
    elif cc == "CH":
        bban = rng.choice(["09000", "00700", "00235", "80808", "00767", "00790", "00774", "00483", "08390"]) + d(12)
    elif cc == "LI":
        bban = rng.choice(["08800", "08802", "08810"]) + d(12)
    elif cc == "FR":
        bank = rng.choice(["30003", "30004", "20041", "10278", "30002", "12506", "14406", "18206", "10107", "30066"])
        gui, acc = d(5), d(11)
        key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
        bban = bank + gui + acc + f"{key:02d}"
    elif cc in ("IT", "SM"):
        abi = rng.choice(["03069", "02008", "05034", "03062", "05696", "01030", "03111", "06230", "05387"])
        if cc == "SM":
            abi = rng.choice(["03225", "06067", "08540"])
        acc = ("CC" + d(10)) if rng.random() < 0.15 else "0000" + d(8)
        core = abi + d(5) + acc
        bban = it_cin(core) + core
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "RBOS", "SRLG"]) + d(6) + d(8)
    elif cc == "NL":
        bban = rng.choice(["INGB", "ABNA", "RABO", "TRIO"]) + d(10)
    elif cc == "LU":
        bban = rng.choice(["001", "002", "003", "019"]) + d(13)
    elif cc == "BE":
        ten = d(10)
        chk = int(ten) % 97 or 97
        bban = ten + f"{chk:02d}"
    else:
        raise ValueError(cc)
    iban = cc + iban_check(cc, bban) + bban
    assert iban_valid(iban)
    return iban


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_card(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["Visa", "Visa", "Mastercard", "Mastercard", "Amex"])
    if kind == "Visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(14)), 16
    elif kind == "Mastercard":
        pre = str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
        body, n = pre + "".join(rng.choice("0123456789") for _ in range(15 - len(pre))), 16
    else:
        body, n = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12)), 15
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    assert len(num) == n
    r = rng.random()
    if n == 15:
        s = f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.7 else num
    elif r < 0.55:
        s = group4(num)
    elif r < 0.75:
        s = "-".join(num[i : i + 4] for i in range(0, 16, 4))
    else:
        s = num
    return kind, s


def make_ahv(rng: random.Random) -> str:
    digits = "756" + "".join(rng.choice("0123456789") for _ in range(9))
    tot = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(digits))
    full = digits + str((10 - tot % 10) % 10)
    return f"{full[:3]}.{full[3:7]}.{full[7:11]}.{full[11:]}" if rng.random() < 0.85 else full


def ahv_ok(s: str) -> bool:
    d = s.replace(".", "")
    tot = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(d[:12]))
    return len(d) == 13 and d.startswith("756") and (10 - tot % 10) % 10 == int(d[12])


IP4 = {
    "DE": [
        "79.197",
        "84.153",
        "91.52",
        "93.211",
        "87.154",
        "95.91",
        "188.103",
        "178.24",
        "92.211",
        "217.231",
        "46.114",
        "37.201",
        "80.187",
        "62.226",
    ],
    "AT": ["62.178", "80.110", "77.119", "178.190", "91.115", "188.22", "213.47", "84.115", "194.166"],
    "CH": ["85.1", "178.195", "83.76", "213.55", "85.195", "62.202", "188.61", "31.165", "77.57", "46.140"],
    "FR": ["90.12", "86.245", "82.64", "109.221", "78.193", "176.183", "88.160", "92.88", "2.7", "90.85"],
    "IT": ["79.35", "93.44", "151.38", "87.17", "2.226", "95.248", "5.90", "82.50", "37.161", "151.19"],
    "GB": ["81.132", "86.128", "90.195", "31.48", "82.14", "94.173", "109.144", "2.125", "176.250", "51.6"],
    "US": [
        "73.92",
        "98.207",
        "24.13",
        "68.45",
        "71.187",
        "76.104",
        "99.6",
        "107.77",
        "174.62",
        "50.47",
        "47.32",
        "108.28",
    ],
}
IP6 = {
    "DE": ["2003:e6", "2a02:810d", "2001:16b8", "2a01:c22"],
    "AT": ["2a02:1748", "2001:871", "2a02:8388"],
    "CH": ["2a02:1210", "2a02:1205", "2a02:aa12"],
    "FR": ["2a01:cb00", "2a01:e0a", "2a02:8428"],
    "IT": ["2001:b07", "2a01:4f8", "2a02:b020"],
    "GB": ["2a00:23c5", "2a02:c7c", "2a01:4b00"],
    "US": ["2601:8c", "2600:1700", "2603:6010", "2601:249"],
}


def make_ip(rng: random.Random, cc: str) -> str:
    if rng.random() < 0.18:
        pre = rng.choice(IP6[cc])
        groups = pre.split(":")
        while len(groups) < 8:
            groups.append(f"{rng.randint(0, 0xFFFF):x}" if rng.random() < 0.8 else "0")
        ip = str(ipaddress.IPv6Address(":".join(groups)))
    else:
        ip = f"{rng.choice(IP4[cc])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
    assert ipaddress.ip_address(ip).is_global, ip
    return ip


def lan_ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 250)}",
            f"10.{rng.randint(0, 40)}.{rng.randint(0, 9)}.{rng.randint(2, 250)}",
        ]
    )


MAIL_DOMAINS = {
    "de_DE": [
        "gmx.de",
        "web.de",
        "t-online.de",
        "gmail.com",
        "posteo.de",
        "freenet.de",
        "outlook.de",
        "icloud.com",
        "mailbox.org",
        "gmx.net",
    ],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "icloud.com", "outlook.com", "gmx.net"],
    "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch", "outlook.com"],
    "fr_CH": ["bluewin.ch", "gmail.com", "hotmail.ch", "sunrise.ch", "netplus.ch", "gmx.ch"],
    "it_CH": ["bluewin.ch", "gmail.com", "ticino.com", "hotmail.com", "sunrise.ch"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr", "wanadoo.fr", "yahoo.fr"],
    "it_IT": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it", "yahoo.it"],
    "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com"],
}

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
DOB_SHAPES = {
    "de": [
        "dmy.",
        "dmy.",
        "dmy.",
        "d.m.y",
        "dmy.yy",
        "iso",
        "d. Month y",
        "dd. Month y",
        "d.Month y",
        "d. Mon y",
        "roman",
        "dd. mm. y",
        "dd/mm/y",
    ],
    "fr": ["dd/mm/y", "dd/mm/y", "dd/mm/y", "d month y", "D MONTH Y", "d mon y", "dd/mm/yy", "dd-mm-y", "dd mm y"],
    "it": ["dd/mm/y", "dd/mm/y", "dd/mm/y", "d month y", "D MONTH Y", "d mon y", "dmy.", "dd-mm-y", "d/m/y"],
    "en_GB": [
        "dd/mm/y",
        "dd/mm/y",
        "d Month y",
        "dth Month y",
        "dth of Month y",
        "d Mon y",
        "d MON y",
        "dd-MON-y",
        "iso",
    ],
    "en_US": [
        "mm/dd/y",
        "mm/dd/y",
        "m/d/y",
        "m/d/yy",
        "Month d, y",
        "Mon d, y",
        "Mon. d, y",
        "Month dth, y",
        "mm-dd-y",
    ],
}


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: dt.date, shape: str, locale: str) -> str:
    lang = LANG[locale]
    mk = "at" if locale == "de_AT" else lang
    mon, abbr = MONTHS[mk][d.month - 1], MON_ABBR[mk][d.month - 1]
    day1 = str(d.day)
    if d.day == 1 and lang == "fr":
        day1 = "1er"
    elif d.day == 1 and lang == "it":
        day1 = "1°"
    y = d.year
    if shape == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{y}"
    if shape == "d.m.y":
        return f"{d.day}.{d.month}.{y}"
    if shape == "dmy.yy":
        return f"{d.day:02d}.{d.month:02d}.{y % 100:02d}"
    if shape == "iso":
        return d.isoformat()
    if shape == "d. Month y":
        return f"{d.day}. {mon} {y}"
    if shape == "dd. Month y":
        return f"{d.day:02d}. {mon} {y}"
    if shape == "d.Month y":
        return f"{d.day}.{mon} {y}"
    if shape == "d. Mon y":
        return f"{d.day}. {abbr} {y}"
    if shape == "roman":
        return f"{d.day:02d}.{ROMAN[d.month - 1]}.{y}"
    if shape == "dd. mm. y":
        return f"{d.day:02d}. {d.month:02d}. {y}"
    if shape == "dd/mm/y":
        return f"{d.day:02d}/{d.month:02d}/{y}"
    if shape == "dd/mm/yy":
        return f"{d.day:02d}/{d.month:02d}/{y % 100:02d}"
    if shape == "d/m/y":
        return f"{d.day}/{d.month}/{y}"
    if shape == "dd-mm-y":
        return f"{d.day:02d}-{d.month:02d}-{y}"
    if shape == "dd mm y":
        return f"{d.day:02d} {d.month:02d} {y}"
    if shape == "d month y":
        return f"{day1} {mon} {y}"
    if shape == "D MONTH Y":
        return f"{day1} {mon.upper()} {y}"
    if shape == "d mon y":
        return f"{d.day} {abbr} {y}"
    if shape == "d Month y":
        return f"{d.day} {mon} {y}"
    if shape == "dth Month y":
        return f"{ordinal(d.day)} {mon} {y}"
    if shape == "dth of Month y":
        return f"{ordinal(d.day)} of {mon} {y}"
    if shape == "d Mon y":
        return f"{d.day} {abbr} {y}"
    if shape == "d MON y":
        return f"{d.day} {abbr.upper()} {y}"
    if shape == "dd-MON-y":
        return f"{d.day:02d}-{abbr.upper()}-{y}"
    if shape == "mm/dd/y":
        return f"{d.month:02d}/{d.day:02d}/{y}"
    if shape == "m/d/y":
        return f"{d.month}/{d.day}/{y}"
    if shape == "m/d/yy":
        return f"{d.month}/{d.day}/{y % 100:02d}"
    if shape == "Month d, y":
        return f"{mon} {d.day}, {y}"
    if shape == "Mon d, y":
        return f"{abbr} {d.day}, {y}"
    if shape == "Mon. d, y":
        return f"{abbr}{'' if abbr == 'May' else '.'} {d.day}, {y}"
    if shape == "Month dth, y":
        return f"{mon} {ordinal(d.day)}, {y}"
    if shape == "mm-dd-y":
        return f"{d.month:02d}-{d.day:02d}-{y}"
    raise ValueError(shape)


# ---------------------------------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    g: str  # "m" / "f"
    src: str
    lang: str
    us: bool = False
    nick: str | None = None
    dob: dt.date | None = None
    kids: list = field(default_factory=list)

    def _init(self) -> str:
        parts = self.first.split("-")
        if len(parts) == 2 and parts[1][:1].isupper():
            return f"{parts[0][0]}.-{parts[1][0]}."
        return self.first[0] + "."

    def _last_init(self) -> str:
        words = [w for w in re.split(r"[ ]", self.last) if w.lower().strip(".'") not in PARTICLES]
        w = words[-1] if words else self.last
        w = w.split("'")[-1]
        return w[0].upper() + "."

    def full(self) -> str:
        return m("PERSON", f"{self.first} {self.last}")

    def fn(self) -> str:
        return m("PERSON", self.first)

    def ln(self) -> str:
        return m("PERSON", self.last)

    def nk(self) -> str:
        return m("PERSON", self.nick or self.first)

    def f_last(self) -> str:
        return m("PERSON", f"{self._init()} {self.last}")

    def first_l(self) -> str:
        return m("PERSON", f"{self.first} {self._last_init()}")

    def last_first(self) -> str:
        return m("PERSON", f"{self.last}, {self.first}")

    def LAST_first(self) -> str:
        return m("PERSON", f"{self.last.upper()} {self.first}")

    def LAST_c_first(self) -> str:
        return m("PERSON", f"{self.last.upper()}, {self.first}")

    def last_sp_first(self) -> str:
        return m("PERSON", f"{self.last} {self.first}")

    def upper(self) -> str:
        return m("PERSON", f"{self.first} {self.last}".upper())

    def title(self, formal: bool = False) -> str:
        """Title or salutation word (outside the span) for this person."""
        if self.lang == "de":
            return ("Herrn" if formal else "Herr") if self.g == "m" else "Frau"
        if self.lang == "fr":
            return ("Monsieur" if formal else "M.") if self.g == "m" else ("Madame" if formal else "Mme")
        if self.lang == "it":
            return ("signor" if formal else "Sig.") if self.g == "m" else ("signora" if formal else "Sig.ra")
        if self.g == "m":
            return "Mr." if self.us else "Mr"
        return ("Ms." if self.us else "Ms") if formal else ("Mrs." if self.us else "Mrs")

    def t_last(self, formal: bool = False) -> str:
        return self.title(formal) + " " + self.ln()

    def styled(self, rng: random.Random, styles: str = "full") -> str:
        st = rng.choice(styles.split())
        return getattr(
            self,
            {
                "full": "full",
                "fn": "fn",
                "ln": "ln",
                "nk": "nk",
                "fl": "f_last",
                "fL": "first_l",
                "lf": "last_first",
                "LF": "LAST_first",
                "L,F": "LAST_c_first",
                "lsf": "last_sp_first",
                "up": "upper",
                "tl": "t_last",
            }[st],
        )()


def particle_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in PARTICLES and len(w) >= 3]


# ---------------------------------------------------------------------------------------------------------------------
# document context: one seeded Random per document, helpers that place marked values
# ---------------------------------------------------------------------------------------------------------------------


def seeded(key: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big"))


GENDERED = {"polish", "greek", "czech"}


class Ctx:
    def __init__(self, genre: str, i: int, locale: str, retry: int = 0):
        key = f"holdout35|{genre}|{i}" + (f"|retry{retry}" if retry else "")
        self.rng = r = seeded(key)
        self.genre, self.i, self.variant = genre, i, i % 4
        self.locale, self.lang, self.cc = locale, LANG[locale], COUNTRY[locale]
        self.us, self.ch, self.at = locale == "en_US", self.cc == "CH", locale == "de_AT"
        sk = "en_US" if self.us else ("en_GB" if self.lang == "en" else self.lang)
        self.dshape = r.choice(DOB_SHAPES[sk])
        if self.ch and self.lang in ("fr", "it") and r.random() < 0.5:
            self.dshape = "dmy."
        self.pshape = r.random()  # phone style preference
        self.home = self.town()
        self.used_last: set[str] = set()
        self.used_first: set[str] = set()
        self.today = dt.date(2025, 3, 1) + dt.timedelta(days=r.randint(0, 630))
        self.lower_chat = r.random() < 0.3
        self.spread = 0.3  # share of addresses drawn outside the document's town
        self._mails: dict[tuple, str] = {}

    def times(self, n: int) -> list[str]:
        mins = sorted(self.rint(7 * 60, 20 * 60) // 5 * 5 for _ in range(n))
        out = []
        for x in mins:
            h, mi = divmod(x, 60)
            if self.us:
                out.append(f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}")
            else:
                out.append(f"{h:02d}:{mi:02d}")
        return out

    # -- small helpers ---------------------------------------------------------------------------------------------
    def t(
        self, de: str, fr: str, it: str, en: str, ch: str | None = None, at: str | None = None, us: str | None = None
    ) -> str:
        if self.lang == "de":
            if ch is not None and self.ch:
                return ch
            if at is not None and self.at:
                return at
            return de
        if self.lang == "fr":
            return fr
        if self.lang == "it":
            return it
        return us if (us is not None and self.us) else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def rint(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        s = "".join(self.rng.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def cur(self) -> str:
        return {"DE": "EUR", "AT": "EUR", "FR": "EUR", "IT": "EUR", "CH": "CHF", "GB": "GBP", "US": "USD"}[self.cc]

    def money(self, lo: float, hi: float, step: float = 5.0) -> str:
        v = round(self.rng.uniform(lo, hi) / step) * step
        if self.cc in ("GB",):
            return f"£{v:,.2f}"
        if self.cc == "US":
            return f"${v:,.2f}"
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", "." if self.cc != "CH" else "'")
        if self.cc == "CH":
            s = f"{v:,.2f}".replace(",", "'")
            return self.pick([f"CHF {s}", f"Fr. {s}", f"{s} CHF"])
        if self.lang == "de":
            return self.pick([f"{s} €", f"EUR {s}", f"{s} EUR"])
        return f"{s} €" if self.lang == "fr" else self.pick([f"€ {s}", f"{s} €", f"{s} euro"])

    # -- dates -----------------------------------------------------------------------------------------------------
    def date(self, d: dt.date) -> str:
        return fmt_date(d, self.dshape, self.locale)

    def day(self, lo: int = -60, hi: int = 60) -> dt.date:
        return self.today + dt.timedelta(days=self.rint(lo, hi))

    def birth(self, lo: int, hi: int) -> dt.date:
        """A date of birth for an age between lo and hi years at self.today."""
        start = dt.date(self.today.year - hi - 1, 1, 1)
        end = dt.date(self.today.year - lo, 1, 1) - dt.timedelta(days=1)
        return start + dt.timedelta(days=self.rint(0, (end - start).days))

    def dob(self, p: Person | dt.date, shape: str | None = None) -> str:
        d = p if isinstance(p, dt.date) else p.dob
        assert d is not None
        if shape is None:
            shape = (
                self.dshape
                if self.chance(0.8)
                else self.pick(DOB_SHAPES["en_US" if self.us else ("en_GB" if self.lang == "en" else self.lang)])
            )
        return m("DOB", fmt_date(d, shape, self.locale))

    def dob_iso(self, p: Person) -> str:
        assert p.dob
        return m("DOB", p.dob.isoformat())

    def time(self) -> str:
        h, mi = self.rint(7, 20), self.pick([0, 0, 15, 30, 45, 10, 20, 40, 50, 5])
        if self.us:
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{mi:02d}" if self.lang != "fr" or self.chance(0.6) else f"{h}h{mi:02d}"

    # -- names -----------------------------------------------------------------------------------------------------
    def _draw_names(self, g: str, kind: str, src: str | None) -> tuple[str, str, str, str | None]:
        r = self.rng
        lang = self.lang
        if src is None:
            x = r.random()
            src = "region" if x < 0.55 else ("community" if x < 0.78 else "special")
        nick = None
        if src == "region":
            fm, ff, last = region_pool(self.locale)
            first = r.choice(fm if g == "m" else ff)
            sur = r.choice(last)
            if self.lang == "de" and kind == "adult" and r.random() < 0.06:
                other = r.choice(fm if g == "m" else ff)
                if other != first and "-" not in first + other:
                    first = f"{first}-{other}"
            origin = "region"
        elif src.startswith("community") or src in COMMUNITY_HAND or src.startswith("f:"):
            key = (
                src.split(":", 1)[1]
                if src.startswith("community:")
                else (src if src != "community" else r.choice(COMMUNITY_BY_LOCALE[self.locale]))
            )
            fm, ff, last = community_pool(key)
            if not fm or not ff or not last:
                return self._draw_names(g, kind, "region")
            first = r.choice(fm if g == "m" else ff)
            sur = r.choice(last)
            if isinstance(sur, tuple):
                sur = sur[0] if g == "m" else sur[1]
            origin = "community:" + key
        else:
            fm, ff, last = region_pool(self.locale)
            first = r.choice(fm if g == "m" else ff)
            y = r.random()
            if y < 0.32:
                sur = r.choice(WORD_SURNAMES[lang])
                if r.random() < 0.25:
                    first = r.choice(WORD_FIRSTS[lang][0 if g == "m" else 1])
            elif y < 0.55:
                sur = r.choice(PARTICLE_SURNAMES[self.locale])
            elif y < 0.8:
                a, b = INVENTED_PARTS[lang]
                sur = r.choice(a) + r.choice(b)
                if r.random() < 0.35:
                    first = r.choice(RARE_FIRSTS[lang][0 if g == "m" else 1])
            else:
                s1, s2 = r.choice(last), r.choice(last)
                if s1 == s2:
                    s2 = r.choice(WORD_SURNAMES[lang])
                sep = " " if lang in ("it", "en") and r.random() < 0.3 else "-"
                sur = f"{s1}{sep}{s2}"
            origin = "region"
        if kind == "child":
            if origin == "region" or r.random() < 0.5:
                first = r.choice(KIDS[lang][0 if g == "m" else 1])
        base = first.split("-")[0]
        if base in NICKS.get(lang, {}) and r.random() < 0.7:
            nick = NICKS[lang][base]
        return first, sur, origin, nick

    def person(
        self,
        g: str | None = None,
        kind: str = "adult",
        src: str | None = None,
        age: tuple | None = None,
        last: str | None = None,
    ) -> Person:
        g = g or self.pick("mf")
        for _ in range(40):
            first, sur, origin, nick = self._draw_names(g, kind, src)
            if last is not None:
                sur = last
            core = sur.split()[-1].split("-")[0]
            if last is None and (core in self.used_last or sur in self.used_last):
                continue
            if first in self.used_first or first in self.used_last or sur in self.used_first:
                continue
            break
        self.used_last.update({sur, sur.split()[-1]} | set(sur.split("-")))
        self.used_first.add(first)
        p = Person(first, sur, g, origin, self.lang, self.us, nick)
        if age is None:
            age = {"adult": (19, 84), "child": (4, 15), "young": (16, 25), "senior": (66, 93)}[kind]
        p.dob = self.birth(*age)
        return p

    def relative(self, p: Person, g: str | None = None, kind: str = "adult", age: tuple | None = None) -> Person:
        g = g or self.pick("mf")
        sur = p.last
        if p.src.startswith("community:"):
            key = p.src.split(":", 1)[1]
            if key in GENDERED:
                for pair in COMMUNITY_HAND[key][2]:
                    if sur in pair:
                        sur = pair[0] if g == "m" else pair[1]
        src = p.src if p.src.startswith("community:") else "region"
        q = self.person(g, kind, src=src, age=age, last=sur)
        return q

    # -- places ----------------------------------------------------------------------------------------------------
    def town(self, near: Town | None = None) -> Town:
        r = self.rng
        name, pcs, areas, extra = r.choice(TOWNS[self.locale])
        if near is not None and r.random() >= self.spread:
            return Town(near.name, near.pc if r.random() < 0.4 else self._pc(near), near.area, near.extra)
        t = Town(name, "", r.choice(areas.split()), extra)
        t.pc = self._pc_from(r.choice(pcs))
        return t

    def _pc_from(self, pc: str) -> str:
        if self.cc == "GB":
            return f"{pc} {self.rint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
        if self.cc == "US" and self.rng.random() < 0.12:
            return f"{pc}-{self.digits(4)}"
        return pc

    def _pc(self, t: Town) -> str:
        for name, pcs, _areas, _extra in TOWNS[self.locale]:
            if name == t.name:
                return self._pc_from(self.pick(pcs))
        return t.pc

    def street(self, business: bool = False) -> str:
        r = self.rng
        loc = self.locale
        st = r.choice(STREETS[loc])
        n = r.randint(1, 120) if r.random() < 0.8 else r.randint(1, 12)
        if loc == "de_DE":
            num = str(n) + (r.choice("abc") if r.random() < 0.12 else "")
            if r.random() < 0.05:
                num = f"{n}-{n + 2}"
            if st.endswith("straße") and r.random() < 0.2:
                st = st[:-6] + r.choice(["str.", "str."])
            s = f"{st} {num}"
            if not business and r.random() < 0.08:
                s += r.choice([" (Hinterhaus)", ", 3. OG", ", 2. OG", " (Seiteneingang)"])
            return s
        if loc == "de_AT":
            s = f"{st} {n}"
            if self.home.name == "Wien" or r.random() < 0.3:
                if not business:
                    s += r.choice(
                        [
                            f"/{r.randint(1, 4)}/{r.randint(1, 24)}",
                            f"/{r.randint(1, 30)}",
                            f"/Top {r.randint(1, 20)}",
                            f"/Stiege {r.randint(1, 3)}/Tür {r.randint(1, 15)}",
                        ]
                    )
            return s
        if loc == "de_CH":
            return f"{st} {n}" + (r.choice("abc") if r.random() < 0.1 else "")
        if loc == "fr_CH":
            s = f"{st} {n}"
            return s[0].lower() + s[1:] if st.startswith("Chemin") and r.random() < 0.4 else s
        if loc == "it_CH":
            s = f"{st} {n}"
            return s[0].lower() + s[1:] if r.random() < 0.3 else s
        if loc == "fr_FR":
            num = str(n) + (r.choice([" bis", " ter", "bis"]) if r.random() < 0.1 else "")
            s = r.choice([f"{num} {st}", f"{num}, {st}"]) if r.random() < 0.85 else f"{num} {st}"
            if not business and r.random() < 0.15:
                s += r.choice(
                    [
                        f", Appt {r.randint(1, 60)}",
                        f", Bât. {r.choice('ABCD')}",
                        f", Bât. {r.choice('ABC')}, Appt {r.randint(1, 40)}",
                    ]
                )
            return s
        if loc == "it_IT":
            st2 = st[0].upper() + st[1:] if r.random() < 0.6 else st
            s = r.choice([f"{st2} {n}", f"{st2}, {n}", f"{st2} n. {n}", f"{st2} {n}/{r.choice('ABC')}"])
            if not business and r.random() < 0.1:
                s += r.choice([f" int. {r.randint(1, 20)}", f", scala {r.choice('ABC')}"])
            return s
        if loc == "en_GB":
            s = f"{n} {st}"
            if not business and r.random() < 0.15:
                s = r.choice([f"Flat {r.randint(1, 12)}, ", f"Flat {r.randint(1, 6)}{r.choice('AB')}, "]) + s
            return s
        n = r.randint(10, 9899)
        d = r.choice(["", "", "", "N ", "S ", "E ", "W "])
        st2 = st
        if r.random() < 0.3:
            st2 = st.replace("Street", "St").replace("Avenue", "Ave").replace("Drive", "Dr").replace("Lane", "Ln")
        s = f"{n} {d}{st2}"
        if not business and r.random() < 0.2:
            s += r.choice(
                [
                    f" Apt {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}",
                    f" #{r.randint(2, 60)}",
                    f", Unit {r.randint(1, 30)}",
                ]
            )
        elif business and r.random() < 0.3:
            s += f", Suite {r.randint(100, 450)}"
        return s

    def town_line(self, t: Town) -> str:
        r = self.rng
        cc = self.cc
        if cc == "DE":
            return ("D-" if r.random() < 0.08 else "") + f"{t.pc} {t.name}"
        if cc == "AT":
            return ("A-" if r.random() < 0.1 else "") + f"{t.pc} {t.name}"
        if cc == "CH":
            return ("CH-" if r.random() < 0.12 else "") + f"{t.pc} {t.name}"
        if cc == "FR":
            return f"{t.pc} {t.name.upper() if r.random() < 0.35 else t.name}"
        if cc == "IT":
            x = r.random()
            if x < 0.45:
                return f"{t.pc} {t.name} ({t.extra})"
            if x < 0.6:
                return f"{t.pc} {t.name} {t.extra}"
            return ("I-" if r.random() < 0.06 else "") + f"{t.pc} {t.name}"
        if cc == "GB":
            return f"{t.name.upper() if r.random() < 0.2 else t.name} {t.pc}"
        return f"{t.name}, {t.extra} {t.pc}"

    def addr(self, town: Town | None = None, near: bool = True, business: bool = False) -> Addr:
        t = town or (self.town(self.home) if near else self.town())
        return Addr(self.street(business), self.town_line(t), t)

    # -- phones ----------------------------------------------------------------------------------------------------
    def _intl(self) -> bool:
        return self.rng.random() < (0.7 if self.pshape < 0.3 else 0.25)

    def phone_raw(self, kind: str = "mobile", town: Town | None = None, ext: bool = False) -> str:
        r, cc = self.rng, self.cc
        t = town or self.home
        intl = self._intl()
        x = r.random()
        if cc == "DE":
            if kind == "mobile":
                p = r.choice(
                    [
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
                    ]
                )
                s = self.digits(r.choice([7, 8]))
                if intl:
                    return r.choice(
                        [f"+49 {p} {s}", f"+49 (0){p} {s}", f"+49{p}{s}", f"0049 {p} {s}", f"+49 {p} {s[:4]} {s[4:]}"]
                    )
                return r.choice([f"0{p} {s}", f"0{p}/{s}", f"0{p}-{s}", f"0{p} {s[:4]} {s[4:]}", f"0{p}{s}"])
            a = t.area
            s = self.digits(max(5, 11 - len(a) - (2 if ext else 0)))
            if ext:
                e = str(r.randint(10, 99)) if r.random() < 0.8 else str(r.randint(100, 399))
                return r.choice([f"{a} {s}-{e}", f"+49 {a[1:]} {s}-{e}", f"({a}) {s}-{e}"])
            if intl:
                return r.choice([f"+49 {a[1:]} {s}", f"+49 (0){a[1:]} {s}", f"0049 {a[1:]} {s}", f"+49{a[1:]}{s}"])
            return r.choice([f"{a} {s}", f"({a}) {s}", f"{a}/{s}", f"{a}-{s}", f"{a} {s[:3]} {s[3:]}"])
        if cc == "AT":
            if kind == "mobile":
                p = r.choice(["650", "660", "664", "676", "680", "681", "688", "699"])
                s = self.digits(7 if p in ("664", "650", "660") else r.choice([7, 8]))
                if intl:
                    return r.choice([f"+43 {p} {s}", f"+43 (0){p} {s}", f"+43{p}{s}", f"0043 {p} {s}"])
                return r.choice([f"0{p} {s}", f"0{p}/{s}", f"0{p} {s[:3]} {s[3:]}", f"0{p}-{s}"])
            a = t.area
            s = self.digits(7 if a == "01" else r.choice([5, 6]))
            if ext:
                e = str(r.randint(10, 99))
                return r.choice([f"{a} {s}-{e}", f"+43 {a[1:]} {s}-{e}"])
            if intl:
                return r.choice([f"+43 {a[1:]} {s}", f"+43 (0){a[1:]} {s}", f"0043 {a[1:]} {s}"])
            return r.choice([f"{a} {s}", f"{a}/{s}", f"{a} {s[:3]} {s[3:]}", f"{a}-{s}"])
        if cc == "CH":
            a = ("0" + r.choice(["76", "77", "78", "79", "79", "78"])) if kind == "mobile" else t.area
            s = self.digits(7)
            g = f"{s[:3]} {s[3:5]} {s[5:]}"
            if intl:
                return r.choice([f"+41 {a[1:]} {g}", f"+41 (0){a[1:]} {g}", f"0041 {a[1:]} {g}", f"+41{a[1:]}{s}"])
            return r.choice([f"{a} {g}", f"{a} {g}", f"{a}/{g}", f"{a}{s}", f"{a} {s}"])
        if cc == "FR":
            a = (
                r.choice(["06", "07", "06"])
                if kind == "mobile"
                else {"01": "01", "02": "02", "03": "03", "04": "04", "05": "05"}.get(t.area, "01")
            )
            s = a + self.digits(8, first_nonzero=False)
            pairs = [s[i : i + 2] for i in range(0, 10, 2)]
            if intl:
                return r.choice(
                    [
                        "+33 " + s[1] + " " + " ".join(pairs[1:]),
                        "+33 (0)" + s[1] + " " + " ".join(pairs[1:]),
                        "0033 " + s[1] + " " + " ".join(pairs[1:]),
                        "+33" + s[1:],
                    ]
                )
            return r.choice([" ".join(pairs), " ".join(pairs), ".".join(pairs), s, "-".join(pairs)])
        if cc == "IT":
            if kind == "mobile":
                p = r.choice(
                    [
                        "320",
                        "328",
                        "329",
                        "331",
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
                        "392",
                    ]
                )
                s = self.digits(7, first_nonzero=False)
                if intl:
                    return r.choice([f"+39 {p} {s}", f"+39 {p} {s[:3]} {s[3:]}", f"+39{p}{s}", f"0039 {p} {s}"])
                return r.choice([f"{p} {s}", f"{p} {s[:3]} {s[3:]}", f"{p}-{s}", f"{p}{s}", f"{p}/{s}"])
            a = t.area
            s = self.digits(10 - len(a), first_nonzero=True)
            gs = f"{s[:4]} {s[4:]}" if len(s) == 8 else f"{s[:3]} {s[3:]}"
            if intl:
                return r.choice([f"+39 {a} {s}", f"+39 {a} {gs}", f"0039 {a} {s}", f"+39{a}{s}"])
            return r.choice([f"{a} {s}", f"{a} {gs}", f"{a}/{s}", f"{a}-{s}", f"{a}{s}"])
        if cc == "GB":
            if kind == "mobile":
                s = "7" + r.choice(["4", "5", "7", "8", "9"]) + self.digits(8, first_nonzero=False)
                if intl:
                    return r.choice(
                        [f"+44 {s[:4]} {s[4:]}", f"+44 (0){s[:4]} {s[4:]}", f"+44{s}", f"+44 {s[:4]} {s[4:7]} {s[7:]}"]
                    )
                return r.choice([f"0{s[:4]} {s[4:]}", f"0{s[:4]} {s[4:7]} {s[7:]}", f"0{s}", f"0{s[:4]}-{s[4:]}"])
            a = t.area
            n = 11 - len(a)
            s = self.digits(n)
            gs = f"{s[:4]} {s[4:]}" if n == 8 else (f"{s[:3]} {s[3:]}" if n == 7 else s)
            if intl:
                return r.choice([f"+44 {a[1:]} {gs}", f"+44 (0){a[1:]} {gs}", f"+44{a[1:]}{s}"])
            return r.choice([f"{a} {gs}", f"({a}) {gs}", f"{a}{s}", f"{a} {gs}"])
        a = r.choice(t.area.split())
        ex = str(r.randint(201, 989))
        if ex.endswith("11"):
            ex = ex[:2] + "2"
        s = self.digits(4, first_nonzero=False)
        if x < 0.3:
            return f"({a}) {ex}-{s}"
        return r.choice(
            [
                f"{a}-{ex}-{s}",
                f"{a}.{ex}.{s}",
                f"+1 {a} {ex} {s}",
                f"+1 ({a}) {ex}-{s}",
                f"1-{a}-{ex}-{s}",
                f"+1{a}{ex}{s}",
                f"({a}) {ex}-{s}",
            ]
        )

    def ph(self, kind: str = "mobile", town: Town | None = None, ext: bool = False) -> str:
        return m("PHONE", self.phone_raw(kind, town, ext))

    def land(self, town: Town | None = None) -> str:
        return self.ph("land", town)

    # -- e-mail ----------------------------------------------------------------------------------------------------
    def email_raw(self, p: Person, domain: str | None = None) -> str:
        r = self.rng
        f, la = translit(p.first), translit(p.last.replace(" ", "").replace("'", ""))
        la = la.replace(".", "")
        f = f.split("-")[0] if r.random() < 0.5 else f
        if domain:
            local = r.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{la}", f"{f[0]}{la}", f"{f}.{la}", f"{la}.{f}"])
        else:
            yy = f"{p.dob.year % 100:02d}" if p.dob else str(r.randint(1, 99))
            nk = translit(p.nick) if p.nick else f
            local = r.choice(
                [
                    f"{f}.{la}",
                    f"{f}.{la}",
                    f"{f}{la}",
                    f"{f}_{la}",
                    f"{f[0]}.{la}",
                    f"{la}.{f}",
                    f"{f}.{la}{yy}",
                    f"{nk}{yy}",
                    f"{la}{r.randint(1, 999)}",
                    f"{f[0]}{la}",
                    f"{nk}.{la}",
                    f"{f}-{la}",
                ]
            )
            domain = r.choice(MAIL_DOMAINS[self.locale])
        local = re.sub(r"\.+", ".", local).strip(".-_")
        return f"{local}@{domain}"

    def mail(self, p: Person, domain: str | None = None) -> str:
        key = (p.first, p.last, domain)
        if key not in self._mails:
            self._mails[key] = self.email_raw(p, domain)
        return m("EMAIL", self._mails[key])

    # -- money / ids ----------------------------------------------------------------------------------------------
    def iban_raw(self, foreign: bool = True) -> str:
        cc = self.cc
        if cc == "US":
            cc = "GB"
        if foreign and self.chance(0.07):
            cc = self.pick(
                {
                    "DE": ["AT", "NL", "LU"],
                    "AT": ["DE", "LI"],
                    "CH": ["LI", "DE", "FR"],
                    "FR": ["BE", "LU", "DE"],
                    "IT": ["SM", "DE"],
                    "GB": ["NL", "DE"],
                }.get(cc, ["DE"])
            )
        iban = make_iban(self.rng, cc)
        x = self.rng.random()
        if x < 0.68:
            return group4(iban)
        if x < 0.97:
            return iban
        return group4(iban).lower()

    def iban(self, foreign: bool = True) -> str:
        return m("IBAN", self.iban_raw(foreign))

    def card(self) -> tuple[str, str]:
        kind, num = make_card(self.rng)
        return kind, m("CARD", num)

    def masked(self) -> str:
        last4 = self.digits(4, first_nonzero=False)
        return self.pick(
            [
                f"**** **** **** {last4}",
                f"•••• {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"{self.pick(['4', '5'])}{self.digits(5)}******{last4}",
                f"**** {last4}",
                f"ending {last4}" if self.lang == "en" else f"**** {last4}",
            ]
        )

    def ahv(self) -> str:
        return m("AHV", make_ahv(self.rng))

    def ip(self) -> str:
        return m("IP", make_ip(self.rng, self.cc))

    def ref(self, prefix: str = "", n: int = 6) -> str:
        return f"{prefix}{self.digits(n)}"

    def stamp(self, d: dt.date | None = None) -> str:
        d = d or self.day(-20, 0)
        return f"{d.isoformat()}T{self.rint(6, 22):02d}:{self.rint(0, 59):02d}:{self.rint(0, 59):02d}" + self.pick(
            ["Z", "+01:00", "+02:00", ""] if self.cc != "US" else ["Z", "-05:00", "-06:00", "-07:00", ""]
        )


# ---------------------------------------------------------------------------------------------------------------------
# renderers: forms, tables, chats, mails, exports
# ---------------------------------------------------------------------------------------------------------------------

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
    "bullets",
    "brackets",
]


def slug(label: str) -> str:
    s = translit(label.replace(" ", "_").replace("/", "_").replace("-", "_")).replace(".", "")
    return re.sub(r"_+", "_", s).strip("_") or "field"


def form(c: Ctx, rows: list, style: str | None = None) -> str:
    rows = [(lab, val) for lab, val in rows if val not in (None, "")]
    style = style or c.pick(FORM_STYLES)
    w = max(len(lab) for lab, _ in rows) + 1
    out = []
    if style == "mdtable":
        h = c.t("Feld | Angabe", "Champ | Valeur", "Campo | Valore", "Field | Value")
        out += [f"| {h} |", "|---|---|"]
    for lab, val in rows:
        val = str(val)
        if style == "colon":
            out.append(f"{lab}: {val}")
        elif style == "aligned":
            out.append(f"{(lab + ':').ljust(w)} {val}")
        elif style == "tab":
            out.append(f"{lab}:\t{val}")
        elif style == "dots":
            out.append(f"{lab} {'.' * (w + 3 - len(lab))} {val}")
        elif style == "bold":
            out.append(f"**{lab}:** {val}")
        elif style == "kv":
            out.append(f"{slug(lab)} = {val}")
        elif style == "mdtable":
            out.append(f"| {lab} | {val} |")
        elif style == "upper":
            out.append(f"{lab.upper()}: {val}")
        elif style == "bullets":
            out.append(f"- {lab}: {val}")
        else:
            out.append(f"[{lab}] {val}")
    return "\n".join(out)


TABLE_STYLES = ["csv", "ssv", "tsv", "pipe", "md", "mdpad", "mdpad", "fixed", "fixed", "html"]


def _csvcell(v: str, sep: str) -> str:
    vv = vis(v)
    if sep in vv or '"' in vv or "\n" in vv:
        return '"' + v.replace('"', '""') + '"'
    return v


def table(c: Ctx, headers: list[str], rows: list[list[str]], style: str | None = None) -> str:
    style = style or c.pick(TABLE_STYLES)
    rows = [[str(x) for x in r] for r in rows]
    if style in ("csv", "ssv", "tsv"):
        sep = {"csv": ",", "ssv": ";", "tsv": "\t"}[style]
        return "\n".join(sep.join(_csvcell(x, sep) for x in r) for r in [headers, *rows])
    if style == "pipe":
        return "\n".join("|".join(r) for r in [headers, *rows])
    if style == "html":
        out = ["<table>", "  <tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>"]
        out += ["  <tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows]
        return "\n".join(out + ["</table>"])
    widths = [max(len(vis(r[j])) for r in [headers, *rows]) for j in range(len(headers))]

    def pad(x: str, w: int) -> str:
        return x + " " * (w - len(vis(x)))

    if style == "md":
        return "\n".join(
            ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
            + ["| " + " | ".join(r) + " |" for r in rows]
        )
    if style == "mdpad":
        out = [
            "| " + " | ".join(pad(h, w) for h, w in zip(headers, widths, strict=False)) + " |",
            "|" + "|".join("-" * (w + 2) for w in widths) + "|",
        ]
        return "\n".join(
            out + ["| " + " | ".join(pad(x, w) for x, w in zip(r, widths, strict=False)) + " |" for r in rows]
        )
    out = [
        "  ".join(pad(h, w) for h, w in zip(headers, widths, strict=False)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    return "\n".join(out + ["  ".join(pad(x, w) for x, w in zip(r, widths, strict=False)).rstrip() for r in rows])


CHAT_LAYOUTS = ["wa_ios", "wa_android", "telegram", "teams", "irc", "paren", "discord", "plain"]


def chat(c: Ctx, msgs: list[tuple[str, str]], layout: str | None = None, day: dt.date | None = None) -> str:
    layout = layout or c.pick(CHAT_LAYOUTS)
    d = day or c.day(-10, 0)
    h, mi = c.rint(7, 17), c.rint(0, 50)
    out = []
    for sender, text in msgs:
        if c.lower_chat:
            text = lower_doc(text)
        mi += c.rint(0, 9)
        if mi >= 60:
            h, mi = h + 1, mi - 60
        hh = f"{h:02d}:{mi:02d}"
        if c.us:
            hh = f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        dd = f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}" if not c.us else f"{d.month}/{d.day}/{d.year % 100:02d}"
        if c.lang == "en" and not c.us:
            dd = f"{d.day:02d}/{d.month:02d}/{d.year}"
        if c.lang in ("fr", "it") and not c.ch:
            dd = f"{d.day:02d}/{d.month:02d}/{d.year}"
        if layout == "wa_ios":
            out.append(
                f"[{dd}, {hh}:{c.rint(10, 59)}] {sender}: {text}" if not c.us else f"[{dd}, {hh}] {sender}: {text}"
            )
        elif layout == "wa_android":
            out.append(f"{dd}, {hh} - {sender}: {text}")
        elif layout == "telegram":
            out.append(f"{sender}, [{dd} {hh}]\n{text}\n")
        elif layout == "teams":
            out.append(f"{sender}  {hh}\n{text}\n")
        elif layout == "irc":
            out.append(f"[{hh}] <{sender}> {text}")
        elif layout == "paren":
            out.append(f"{sender} ({hh}): {text}")
        elif layout == "discord":
            out.append(f"{sender} — {dd} {hh}\n{text}\n")
        else:
            out.append(f"{sender}: {text}")
    return "\n".join(out).rstrip()


def subseq(c: Ctx, items: list, lo: int, hi: int, keep_first: int = 0) -> list:
    """A random subsequence (order kept) of lo..hi items; the first keep_first items always stay."""
    k = min(len(items), c.rint(lo, hi))
    rest = sorted(c.rng.sample(range(keep_first, len(items)), max(0, k - keep_first)))
    return items[:keep_first] + [items[j] for j in rest]


def hdr_names(c: Ctx) -> tuple[str, str, str, str, str]:
    return (
        c.t("Von", "De", "Da", "From"),
        c.t("An", "À", "A", "To"),
        "Cc",
        c.t("Gesendet", "Envoyé", "Inviato", "Sent", us="Sent"),
        c.t("Betreff", "Objet", "Oggetto", "Subject"),
    )


def mail_date(c: Ctx, d: dt.date) -> str:
    hhmm = c.time()
    if c.lang == "de":
        wd = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()[d.weekday()]
        return c.pick(
            [f"{wd}, {fmt_date(d, 'd. Month y', c.locale)} {hhmm}", f"{d.day:02d}.{d.month:02d}.{d.year} {hhmm}"]
        )
    if c.lang == "fr":
        wd = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()[d.weekday()]
        return f"{wd} {fmt_date(d, 'd month y', c.locale)} {hhmm}"
    if c.lang == "it":
        wd = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()[d.weekday()]
        return f"{wd} {fmt_date(d, 'd month y', c.locale)} {hhmm}"
    wd = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()[d.weekday()]
    return f"{wd}, {fmt_date(d, 'Month d, y' if c.us else 'd Month y', c.locale)} {hhmm}"


def mail_headers(c: Ctx, frm: str, to: str, subject: str, d: dt.date, cc: str | None = None) -> str:
    f, t, ccl, s, sub = hdr_names(c)
    lines = [f"{f}: {frm}", f"{s}: {mail_date(c, d)}", f"{t}: {to}"]
    if cc:
        lines.append(f"{ccl}: {cc}")
    lines.append(f"{sub}: {subject}")
    return "\n".join(lines)


def addr_of(c: Ctx, p: Person, email: str, quoted: bool | None = None) -> str:
    """Mail header display: 'First Last <mail>', '"Last, First" <mail>' or the bare address."""
    x = c.rng.random()
    if x < 0.55:
        return f"{p.full()} <{email}>"
    if x < 0.7:
        return f'"{p.last_first()}" <{email}>'
    if x < 0.8:
        return f"{p.upper()} <{email}>"
    return email


def quote(c: Ctx, who: str, d: dt.date, body: str, style: str | None = None, headers: str | None = None) -> str:
    style = style or c.pick(["gt", "gt", "plain", "outlook"])
    if style == "outlook":
        title = c.t(
            "-----Ursprüngliche Nachricht-----",
            "-----Message d'origine-----",
            "-----Messaggio originale-----",
            "-----Original Message-----",
        )
        return f"{title}\n{headers}\n\n{body}" if headers else f"{title}\n{body}"
    dd = mail_date(c, d)
    intro = c.t(
        f"Am {dd} schrieb {who}:",
        f"Le {dd}, {who} a écrit :",
        f"Il giorno {dd} {who} ha scritto:",
        f"On {dd}, {who} wrote:",
    )
    if style == "gt":
        return intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    return intro + "\n" + body


def signature(c: Ctx, lines: list[str], style: str | None = None) -> str:
    style = style or c.pick(["block", "dash", "line"])
    lines = [x for x in lines if x]
    if style == "line":
        return " | ".join(lines)
    if style == "dash":
        return "-- \n" + "\n".join(lines)
    return "\n".join(lines)


def letterhead(c: Ctx, firm: str, a: Addr, phone: str, extra: list[str], style: str | None = None) -> str:
    style = style or c.pick(["block", "line", "mixed"])
    tel = c.t("Tel.", "Tél.", "Tel.", "Tel", us="Phone")
    if style == "line":
        return " · ".join([firm, a.s(), a.t(), f"{tel} {phone}"] + extra)
    if style == "mixed":
        return firm + "\n" + " · ".join([a.one(c.pick([", ", " - "])), f"{tel} {phone}"] + extra)
    return "\n".join([firm, a.s(), a.t(), f"{tel} {phone}"] + extra)


def jdump(obj, style: str = "pretty") -> str:
    if style == "lines":
        return "\n".join(json.dumps(x, ensure_ascii=False) for x in obj)
    if style == "compact":
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _yscalar(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    if vis(s) == "" or re.search(r"^[\s\-?:,\[\]{}#&*!|>'\"%@`]|: | #|^\+|^\d+$|^0", vis(s)):
        return '"' + s.replace('"', '\\"') + '"'
    return s


def ydump(obj, ind: int = 0) -> str:
    sp = "  " * ind
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(ydump(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {_yscalar(v) if v != [] else '[]'}")
    else:
        for v in obj:
            if isinstance(v, dict):
                sub = ydump(v, ind + 1).split("\n")
                out.append(f"{sp}- {sub[0].strip()}")
                out += sub[1:]
            else:
                out.append(f"{sp}- {_yscalar(v)}")
    return "\n".join(out)


def export(
    c: Ctx, records: list[dict], wrap: dict | None = None, allow_yaml: bool = True, allow_csv: bool = False
) -> str:
    x = c.rng.random()
    if allow_csv and x < 0.22:
        keys = list(records[0].keys())
        flat = [
            [
                (
                    ""
                    if r.get(k) is None
                    else (r[k] if not isinstance(r[k], (list, dict)) else json.dumps(r[k], ensure_ascii=False))
                )
                for k in keys
            ]
            for r in records
        ]
        return table(c, keys, flat, c.pick(["csv", "ssv", "tsv"]))
    if allow_yaml and x < 0.42:
        return ydump({**(wrap or {}), "records": records} if wrap and c.chance(0.5) else records)
    if x < 0.65:
        return jdump(records, "lines")
    if wrap and c.chance(0.6):
        return jdump({**wrap, "records": records})
    return jdump(records)


OCR_SUBS = [
    ("l", "1"),
    ("O", "0"),
    ("e", "c"),
    ("rn", "m"),
    ("i", "í"),
    ("S", "5"),
    ("a", "ä"),
    (",", "."),
    ("u", "ü"),
    ("h", "b"),
    ("t", "f"),
    ("n", "ri"),
]


def ocr(c: Ctx, s: str, rate: float = 0.012) -> str:
    r = c.rng

    def noise(chunk: str) -> str:
        out, i = [], 0
        while i < len(chunk):
            if r.random() < rate:
                for a, b in r.sample(OCR_SUBS, 3):
                    if chunk.startswith(a, i):
                        out.append(b)
                        i += len(a)
                        break
                else:
                    ch = chunk[i]
                    out.append(ch + " " if ch.isalpha() and r.random() < 0.3 else ch)
                    i += 1
            else:
                out.append(chunk[i])
                i += 1
        return "".join(out)

    return map_outside(s, noise)


US_SPELL = [
    ("organiser", "organizer"),
    ("Organiser", "Organizer"),
    ("organisation", "organization"),
    ("Organisation", "Organization"),
    ("licence", "license"),
    ("Licence", "License"),
    ("centre", "center"),
    ("Centre", "Center"),
    ("colour", "color"),
    ("neighbour", "neighbor"),
    ("Neighbour", "Neighbor"),
    ("programme", "program"),
    ("cheque", "check"),
    ("metre", "meter"),
    ("authorised", "authorized"),
    ("Authorised", "Authorized"),
    ("cancelled", "canceled"),
    ("enrolment", "enrollment"),
    ("Enrolment", "Enrollment"),
    ("favour", "favor"),
    ("catalogue", "catalog"),
    ("apologise", "apologize"),
    ("realise", "realize"),
    ("recognise", "recognize"),
    ("Postcode", "ZIP code"),
    ("postcode", "ZIP code"),
    ("Mobile", "Cell"),
    ("mobile", "cell"),
    ("behaviour", "behavior"),
    ("travelling", "traveling"),
    ("labelled", "labeled"),
    ("grey", "gray"),
    ("tyre", "tire"),
    ("kerb", "curb"),
    ("practise", "practice"),
]


def us_spell(s: str) -> str:
    for a, b in US_SPELL:
        s = re.sub(rf"\b{a}(?!_)", b, s)
    return s


FENCES = [("```\n", "\n```"), ('"""\n', '\n"""'), ("---\n", "\n---"), ("<<<\n", "\n>>>")]


def wrap_request(c: Ctx, body: str, reqs: list[str]) -> str:
    r = c.rng
    generic = {
        "de": [
            "Kannst du mir das kurz zusammenfassen?",
            "Bitte formuliere daraus eine freundliche Antwort.",
            "Mach mir daraus bitte eine saubere Tabelle.",
            "Was fehlt hier noch? Bitte Liste der offenen Punkte.",
            "Kannst du das ins Englische übersetzen?",
            "Bitte prüf das auf Fehler und Unstimmigkeiten.",
        ],
        "fr": [
            "Tu peux me résumer ça ?",
            "Merci de rédiger une réponse polie.",
            "Fais-moi un tableau propre avec ça.",
            "Qu'est-ce qui manque encore ? Liste des points ouverts svp.",
            "Tu peux traduire en allemand ?",
            "Vérifie s'il y a des incohérences stp.",
        ],
        "it": [
            "Puoi riassumermi questo?",
            "Scrivi una risposta cortese, per favore.",
            "Mi fai una tabella ordinata con questi dati?",
            "Cosa manca ancora? Elenca i punti aperti.",
            "Puoi tradurlo in tedesco?",
            "Controlla se ci sono errori o incongruenze.",
        ],
        "en": [
            "Can you summarise this for me?",
            "Please draft a polite reply.",
            "Turn this into a clean table please.",
            "What's still missing? List the open points.",
            "Can you check this for mistakes?",
            "Please rewrite this more clearly.",
        ],
    }[c.lang]
    if c.lang != "en" and r.random() < 0.07:
        req = r.choice(
            [
                "Please summarise this in English.",
                "Can you translate this into English?",
                "Draft a short reply in the same language, please.",
            ]
        )
    elif c.ch and c.lang in ("fr", "it") and r.random() < 0.1:
        req = r.choice(["Kannst du das auf Deutsch zusammenfassen?", "Bitte auf Deutsch übersetzen."])
    else:
        req = r.choice(reqs + generic if r.random() < 0.35 else reqs or generic)
    if c.us:
        req = us_spell(req.replace("summarise", "summarize"))
    if r.random() < 0.06:
        req = req[0].lower() + req[1:]
    if r.random() < 0.3:
        a, b = r.choice(FENCES)
        body = a + body + b
    return (req + "\n\n" + body) if r.random() < 0.6 else (body + "\n\n" + req)


def finish(c: Ctx, s: str) -> tuple[str, list[dict]]:
    if c.locale == "de_CH":
        s = s.replace("ß", "ss")
    if c.us:
        s = map_outside(s, us_spell)
        s = re.sub("\\b(Dr|Mr|Mrs|Ms) (?=\ue000)", r"\1. ", s)
    x = c.rng.random()
    if x < 0.035:
        s = lower_doc(s)
    elif x < 0.05:
        s = upper_doc(s)
    s = re.sub(r"[ \t]+\n", "\n", s)
    s = re.sub(r"\n{3,}", "\n\n", s).strip()
    return resolve(s)


# ---------------------------------------------------------------------------------------------------------------------
# shared pieces for the genres
# ---------------------------------------------------------------------------------------------------------------------

TLD = {"DE": ".de", "AT": ".at", "CH": ".ch", "FR": ".fr", "IT": ".it", "GB": ".co.uk", "US": ".com"}
ROLE = {
    "de": ["info", "kontakt", "office", "service", "post", "buero"],
    "fr": ["contact", "info", "accueil", "secretariat", "bonjour"],
    "it": ["info", "segreteria", "contatti", "ufficio", "amministrazione"],
    "en": ["info", "hello", "office", "enquiries", "admin"],
}


@dataclass
class Firm:
    name: str
    domain: str
    addr: Addr
    phone: str
    role: str

    def head(self, c: Ctx, style: str | None = None, extra: list[str] | None = None) -> str:
        ex = [self.role, "www." + self.domain] if c.chance(0.6) else [self.role]
        return letterhead(c, self.name, self.addr, self.phone, (extra or []) + ex, style)


def make_firm(
    c: Ctx,
    name: str,
    dom_hint: str | None = None,
    town: Town | None = None,
    role: str | None = None,
    org_tld: str | None = None,
) -> Firm:
    base = dom_hint or name
    base = re.sub(
        r"\b(GmbH|AG|e\.V\.|e\. V\.|KG|SA|Sàrl|SARL|S\.r\.l\.|srl|s\.n\.c\.|Ltd|LLC|Inc\.|Co\.|CIC)\b", "", base
    )
    amp = {"de": "und", "fr": "et", "it": "e", "en": "and"}[c.lang]
    d = translit(base.replace("&", amp).replace("–", " ").replace(" ", "-"))
    d = re.sub(r"-+", "-", d.replace(".", "")).strip("-")
    parts = d.split("-")
    glue = {
        "of",
        "de",
        "di",
        "du",
        "des",
        "la",
        "le",
        "del",
        "della",
        "the",
        "and",
        "und",
        "et",
        "e",
        "am",
        "an",
        "im",
        "a",
        "al",
        "dei",
        "da",
        "sur",
    }
    while len(parts) > 1 and (len("-".join(parts)) > 24 or parts[-1] in glue):
        parts.pop()
    d = "-".join(parts)
    dom = d + (org_tld or TLD[c.cc])
    a = c.addr(town or c.home, business=True)
    return Firm(name, dom, a, c.ph("land", a.town), (role or c.pick(ROLE[c.lang])) + "@" + dom)


def au(c: Ctx, s: str) -> str:
    """French 'au 12 rue ...' for French street order, 'à l'adresse ...' for Swiss order."""
    return f"au {s}" if c.locale == "fr_FR" else f"à l'adresse {s}"


def greet(c: Ctx, p: Person | None, formal: bool = True) -> str:
    if p is None:
        return c.t(
            "Sehr geehrte Damen und Herren,",
            "Madame, Monsieur,",
            "Gentili signore e signori,",
            "Dear Sir or Madam,",
            us="To whom it may concern,",
        )
    if formal:
        if c.lang == "de":
            return (
                (f"Sehr geehrter Herr {p.ln()}," if p.g == "m" else f"Sehr geehrte Frau {p.ln()},")
                if c.chance(0.7)
                else (f"Guten Tag Herr {p.ln()}," if p.g == "m" else f"Guten Tag Frau {p.ln()},")
            )
        if c.lang == "fr":
            return c.pick([f"Bonjour {p.title(True)} {p.ln()},", f"{p.title(True)},", f"Bonjour {p.full()},"])
        if c.lang == "it":
            return c.pick(
                [
                    f"Gentile {p.title()} {p.ln()},",
                    f"Buongiorno {p.title()} {p.ln()},",
                    f"Egregio {p.title()} {p.ln()}," if p.g == "m" else f"Gentile {p.full()},",
                ]
            )
        return c.pick([f"Dear {p.title()} {p.ln()},", f"Dear {p.full()},", f"Hello {p.title()} {p.ln()},"])
    hi = c.t(
        c.pick(
            [
                "Hallo",
                "Hallo",
                "Hi",
                "Liebe" if p.g == "f" else "Lieber",
                "Servus" if c.at else "Hallo",
                "Grüezi" if c.ch else "Moin" if c.chance(0.2) else "Hallo",
            ]
        ),
        c.pick(["Bonjour", "Salut", "Coucou", "Chère" if p.g == "f" else "Cher"]),
        c.pick(["Ciao", "Buongiorno", "Cara" if p.g == "f" else "Caro", "Salve"]),
        c.pick(["Hi", "Hello", "Dear", "Hey"]),
    )
    return f"{hi} {p.nk() if c.chance(0.3) else p.fn()},"


def closing(c: Ctx) -> str:
    return c.t(
        c.pick(["Viele Grüße", "Freundliche Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG"]),
        c.pick(["Cordialement", "Bien à vous", "Meilleures salutations", "Bonne journée", "Merci d'avance"]),
        c.pick(["Cordiali saluti", "Distinti saluti", "Saluti", "Un caro saluto", "Grazie mille"]),
        c.pick(["Best regards", "Kind regards", "Thanks", "Many thanks", "Best"]),
        ch=c.pick(["Freundliche Grüsse", "Liebe Grüsse", "Beste Grüsse", "Mit freundlichen Grüssen"]),
        at=c.pick(["Liebe Grüße", "Mit freundlichen Grüßen", "Schöne Grüße", "LG"]),
    )


def tel_label(c: Ctx, kind: str = "mobile") -> str:
    if kind == "mobile":
        return c.t(
            c.pick(["Mobil", "Handy", "Mobiltelefon"]),
            c.pick(["Portable", "Mobile", "Tél. portable"]),
            c.pick(["Cellulare", "Cell.", "Tel. cellulare"]),
            "Mobile",
            ch=c.pick(["Natel", "Mobile", "Handy"]),
            us=c.pick(["Cell", "Mobile", "Phone"]),
        )
    return c.t("Telefon", "Téléphone", "Telefono", "Phone", us="Phone")


def nat_code(c: Ctx, p: Person) -> str:
    if not p.src.startswith("community:"):
        return {"DE": "GER", "AT": "AUT", "CH": "SUI", "FR": "FRA", "IT": "ITA", "GB": "GBR", "US": "USA"}[c.cc]
    key = p.src.split(":", 1)[1]
    return {
        "f:tr_TR": "TUR",
        "polish": "POL",
        "russiangerman": "GER",
        "arabic": "SYR",
        "ukrainian": "UKR",
        "greek": "GRE",
        "f:it_IT": "ITA",
        "f:hr_HR": "CRO",
        "f:ro_RO": "ROU",
        "romanian": "ROU",
        "vietnamese": "VIE",
        "serbian": "SRB",
        "f:hu_HU": "HUN",
        "czech": "CZE",
        "albanian": "KOS",
        "f:pt_PT": "POR",
        "tamil": "SRI",
        "eritrean": "ERI",
        "f:es_ES": "ESP",
        "maghrebi": "MAR",
        "westafrican": "SEN",
        "chinese": "CHN",
        "filipino": "PHI",
        "f:de_CH": "SUI",
        "pakistani": "PAK",
        "f:en_IN": "IND",
        "f:en_IE": "IRL",
        "nigerian": "NGR",
        "f:es_MX": "MEX",
        "korean": "KOR",
    }.get(key, "")


def rel_word(c: Ctx, rel: str, g: str) -> str:
    table_ = {
        "partner": (("Ehemann", "Ehefrau"), ("mari", "épouse"), ("marito", "moglie"), ("husband", "wife")),
        "friend": (("Freund", "Freundin"), ("ami", "amie"), ("amico", "amica"), ("friend", "friend")),
        "parent": (("Vater", "Mutter"), ("père", "mère"), ("padre", "madre"), ("father", "mother")),
        "child": (("Sohn", "Tochter"), ("fils", "fille"), ("figlio", "figlia"), ("son", "daughter")),
        "sibling": (("Bruder", "Schwester"), ("frère", "sœur"), ("fratello", "sorella"), ("brother", "sister")),
        "neighbour": (
            ("Nachbar", "Nachbarin"),
            ("voisin", "voisine"),
            ("vicino", "vicina"),
            ("neighbour", "neighbour"),
        ),
        "colleague": (
            ("Kollege", "Kollegin"),
            ("collègue", "collègue"),
            ("collega", "collega"),
            ("colleague", "colleague"),
        ),
    }[rel]
    i = {"de": 0, "fr": 1, "it": 2, "en": 3}[c.lang]
    return table_[i][0 if g == "m" else 1]


# ---------------------------------------------------------------------------------------------------------------------
# genre 1: running races
# ---------------------------------------------------------------------------------------------------------------------

CLUBS = {
    "de": [
        "LG Nord",
        "TSV Eintracht",
        "Lauftreff Sonnenberg",
        "SV Blau-Weiß",
        "Team Stadtwerke",
        "TuS 1890",
        "LAC Quelle",
        "Lauffreunde Ost",
        "SG Rot-Weiß",
        "Triathlon Team Elbe",
        "-",
        "-",
        "Betriebssport Klinikum",
    ],
    "ch": [
        "LV Langnau",
        "TV Oberdorf",
        "Laufgruppe Seeland",
        "STB Leichtathletik",
        "Running Team Zentral",
        "-",
        "-",
        "LC Regensdorf",
        "TSV Rotkreuz",
    ],
    "at": ["LCC Donau", "ULC Linz-Oberbank", "Laufteam Ost", "SU Raika", "ATSV", "-", "-", "Lauftreff Mühlviertel"],
    "fr": [
        "AC Val de Loire",
        "ASPTT",
        "Running Club du Lac",
        "Team Cardio",
        "Les Gazelles",
        "-",
        "-",
        "CA Montreuil",
        "EA Rives du Rhône",
    ],
    "it": [
        "Atletica Valle",
        "Podistica Il Gabbiano",
        "GS Avis",
        "ASD Runners Lago",
        "Polisportiva Aurora",
        "-",
        "-",
        "Gruppo Podistico Torre",
    ],
    "en": [
        "Road Runners",
        "Harriers AC",
        "Tri Club",
        "Unattached",
        "Parkland Joggers",
        "Striders",
        "-",
        "Running Club",
    ],
}


def race_event(c: Ctx) -> tuple[str, str]:
    t = c.home.name
    ev = c.t(
        c.pick([f"Stadtlauf {t}", f"Volkslauf {t}", f"Silvesterlauf {t}", f"Frühlingslauf {t}", f"Benefizlauf {t}"]),
        c.pick([f"Les Foulées de {t}", f"Corrida de {t}", f"Course du Cœur de {t}", f"La Ronde de {t}"]),
        c.pick([f"Stracittadina di {t}", f"Corri {t}", f"Trofeo podistico {t}", f"Corsa dei Santi {t}"]),
        c.pick([f"{t} Parkland Run", f"{t} Charity Run", f"{t} Riverside Run", f"{t} Winter Run"]),
        ch=c.pick(
            [
                f"Stadtlauf {t}",
                f"Quer durch {t}",
                f"{t}er Altstadtlauf" if " " not in t else f"Altstadtlauf {t}",
                f"Seeuferlauf {t}",
            ]
        ),
        us=c.pick([f"{t} Turkey Trot", f"{t} Riverfront Run", f"{t} Memorial Day Run", f"Run the {t}"]),
    )
    org = c.t(
        c.pick([f"LG {t} e.V.", f"TV {t} 1885 e.V.", f"Laufverein {t} e.V."]),
        c.pick([f"Athlétic Club {t}", f"Association {t} Running", f"Comité des fêtes de {t}"]),
        c.pick([f"ASD Podistica {t}", f"G.S. {t} Runners", f"Pro Loco {t}"]),
        c.pick([f"{t} Harriers", f"{t} Road Runners Club", f"{t} Athletic Club"]),
        ch=c.pick([f"Laufclub {t}", f"OK Stadtlauf {t}", f"TV {t}"]),
        at=c.pick([f"LC {t}", f"Laufverein {t}", f"Union {t} Leichtathletik"]),
        us=c.pick([f"{t} Running Company Events", f"{t} Track Club", f"Friends of {t} Parks"]),
    )
    return ev, org


def distances(c: Ctx) -> list[str]:
    return c.t(
        ["5 km", "10 km", "Halbmarathon (21,1 km)", "Nordic Walking 7 km", "Bambinilauf 400 m"],
        ["5 km", "10 km", "semi-marathon (21,1 km)", "marche nordique 8 km", "course enfants 1 km"],
        ["5 km", "10 km", "mezza maratona (21,097 km)", "camminata ludico-motoria 6 km", "minirun 1 km"],
        ["5K", "10K", "half marathon (21.1 km)", "fun run 3 km", "kids' dash 1 km"],
        us=["5K", "10K", "half marathon (13.1 mi)", "1-mile fun run", "kids' dash"],
    )


def g_runningrace(c: Ctx) -> str:
    ev, orgname = race_event(c)
    org = make_firm(
        c,
        orgname,
        org_tld=(".org" if c.lang == "en" else None),
        role=c.t("anmeldung", "inscriptions", "iscrizioni", "entries"),
    )
    v = c.variant
    evday = c.day(10, 90) if v in (0, 2, 3) else c.day(-14, -1)
    year = evday.year
    club_key = "ch" if c.ch and c.lang == "de" else ("at" if c.at else c.lang)
    clubs = CLUBS[club_key]
    dists = distances(c)
    reqs = c.t(
        [
            "Ich bin für den Lauf angemeldet – wann und wo muss ich sein? Fass mir das bitte zusammen.",
            "Bitte prüf, ob meine Anmeldedaten stimmen.",
            "Schreib eine kurze Antwort an die Organisatoren.",
        ],
        [
            "Je suis inscrit à la course, tu peux me résumer les infos pratiques ?",
            "Vérifie que mes données d'inscription sont correctes.",
            "Rédige une réponse courte aux organisateurs.",
        ],
        [
            "Mi sono iscritto alla gara, mi riassumi le informazioni pratiche?",
            "Controlla che i miei dati di iscrizione siano giusti.",
            "Scrivi una breve risposta agli organizzatori.",
        ],
        [
            "I signed up for this race – can you pull out the key info (where, when, what to bring)?",
            "Please check my entry details are right.",
            "Draft a short reply to the race organisers.",
        ],
    )
    if v == 0:
        kid = c.chance(0.25)
        runner = c.person(kind="child" if kid else "adult", age=(8, 14) if kid else (18, 72))
        parent = c.relative(runner, kind="adult", age=(33, 52)) if kid else None
        a = c.addr()
        dist = dists[-1] if kid else c.pick(dists[:4])
        ice = parent or c.person(age=(20, 80))
        rel = rel_word(c, "parent", ice.g) if parent else rel_word(c, c.pick(["partner", "friend", "sibling"]), ice.g)
        bib = str(c.rint(100, 4999))
        order = f"{c.pick(['R', 'A', 'E', 'REG'])}-{year}-{c.digits(5)}"
        sep_fields = c.chance(0.5)
        rows = [
            (c.t("Bestellnummer", "N° de commande", "N. ordine", "Order no."), order),
            (c.t("Startnummer", "Dossard", "Pettorale", "Bib number"), bib),
        ]
        if sep_fields:
            rows += [
                (
                    c.t("Nachname", "Nom", "Cognome", "Last name"),
                    m("PERSON", runner.last.upper() if c.chance(0.3) else runner.last),
                ),
                (c.t("Vorname", "Prénom", "Nome", "First name"), runner.fn()),
            ]
        else:
            rows.append((c.t("Name", "Nom", "Nome e cognome", "Name"), runner.full()))
        rows += [
            (c.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(runner)),
            (
                c.t("Geschlecht", "Sexe", "Sesso", "Gender"),
                c.t(
                    "w" if runner.g == "f" else "m",
                    "F" if runner.g == "f" else "H",
                    "F" if runner.g == "f" else "M",
                    "F" if runner.g == "f" else "M",
                ),
            ),
            (c.t("Nationalität", "Nationalité", "Nazionalità", "Nationality"), nat_code(c, runner)),
            (c.t("Verein", "Club", "Società", "Club"), c.pick(clubs)),
        ]
        if c.chance(0.5):
            rows.append((c.t("Adresse", "Adresse", "Indirizzo", "Address"), a.one(c.pick([", ", ", ", " - ", " / "]))))
        else:
            rows += [
                (c.t("Straße", "Rue", "Via", "Street", ch="Strasse", us="Street"), a.s()),
                (
                    c.t(
                        "PLZ / Ort",
                        "NPA / Localité" if c.ch else "CP / Ville",
                        "CAP / Città",
                        "Town / Postcode",
                        us="City / State / ZIP",
                    ),
                    a.t(),
                ),
            ]
        contact = parent or runner
        rows += [(tel_label(c), c.ph("mobile")), ("E-Mail" if c.lang != "it" else "Email", c.mail(contact))]
        if parent:
            rows.append(
                (
                    c.t("Erziehungsberechtigte/r", "Représentant légal", "Genitore / tutore", "Parent / guardian"),
                    parent.full(),
                )
            )
        else:
            rows.append(
                (
                    c.t("Notfallkontakt", "Contact d'urgence", "Contatto di emergenza", "Emergency contact"),
                    f"{ice.full()} ({rel}), {c.ph('mobile')}",
                )
            )
        rows += [
            (c.t("Strecke", "Parcours", "Percorso", "Distance"), dist),
            (c.t("Startzeit", "Heure de départ", "Orario di partenza", "Start time"), c.time()),
            (c.t("Startblock", "SAS", "Griglia", "Wave"), c.pick("ABCDE")),
            (c.t("T-Shirt", "T-shirt", "Maglietta", "T-shirt"), c.pick(["XS", "S", "M", "L", "XL"])),
        ]
        pay_card = c.chance(0.5)
        fee = c.money(12, 45, 1)
        if pay_card:
            paid = c.t(
                f"{fee} – bezahlt per Kreditkarte {c.masked()}",
                f"{fee} – payé par carte {c.masked()}",
                f"{fee} – pagato con carta {c.masked()}",
                f"{fee} – paid by card {c.masked()}",
            )
        else:
            paid = c.t(f"{fee} – offen", f"{fee} – en attente", f"{fee} – da saldare", f"{fee} – outstanding")
        rows.append((c.t("Startgeld", "Frais d'inscription", "Quota", "Entry fee"), paid))
        title = c.t(
            f"Anmeldebestätigung – {ev} {year}",
            f"Confirmation d'inscription – {ev} {year}",
            f"Conferma d'iscrizione – {ev} {year}",
            f"Entry confirmation – {ev} {year}",
        )
        foot = []
        if not pay_card:
            foot.append(
                c.t(
                    f"Bitte überweise das Startgeld bis {c.date(c.day(3, 9))} auf {c.iban()} ({orgname}), "
                    f"Verwendungszweck {order}.",
                    f"Merci de régler les frais avant le {c.date(c.day(3, 9))} par virement sur {c.iban()} "
                    f"({orgname}), référence {order}.",
                    f"Si prega di versare la quota entro il {c.date(c.day(3, 9))} sull'IBAN {c.iban()} ({orgname}), "
                    f"causale {order}.",
                    f"Please pay the entry fee by {c.date(c.day(3, 9))} to {c.iban()} ({orgname}), reference {order}.",
                    us=f"Please pay the balance by {c.date(c.day(3, 9))} with the card on file or at packet pick-up.",
                )
            )
        hall = c.addr(business=True)
        foot.append(
            c.t(
                f"Startnummernausgabe: {c.date(evday - dt.timedelta(days=1))}, 15–19 Uhr, Sporthalle {hall.s()}.",
                f"Retrait des dossards : {c.date(evday - dt.timedelta(days=1))} de 15h à 19h, gymnase, {hall.s()}.",
                f"Ritiro pettorali: {c.date(evday - dt.timedelta(days=1))}, ore 15-19, palestra comunale, {hall.s()}.",
                f"Bib collection: {c.date(evday - dt.timedelta(days=1))}, 3–7 pm, at the sports hall, {hall.s()}.",
            )
        )
        foot.append(
            c.t(
                f"Fragen? {org.role} oder {org.phone}",
                f"Questions : {org.role} ou {org.phone}",
                f"Domande? {org.role} oppure {org.phone}",
                f"Questions? {org.role} or {org.phone}",
            )
        )
        body = org.head(c) + "\n\n" + title + "\n\n" + form(c, rows) + "\n\n" + "\n".join(foot)
        if c.chance(0.12):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(6, 11)
        people = [c.person(age=(17, 70)) for _ in range(n)]
        style = c.pick(["lf", "LF", "full", "L,F"])
        hdr = c.t(
            ["Platz", "Startnr.", "Name", "Jg.", "Verein", "Zeit"],
            ["Clt", "Dossard", "Nom", "Année", "Club", "Temps"],
            ["Pos.", "Pett.", "Atleta", "Anno", "Società", "Tempo"],
            ["Pos", "Bib", "Name", "YOB", "Club", "Time"],
        )
        sec = c.rint(16, 45) * 60 + c.rint(0, 59)
        rows = []
        for k, p in enumerate(people):
            sec += c.rint(4, 170)
            rows.append(
                [
                    str(k + 1),
                    str(c.rint(100, 2999)),
                    p.styled(c.rng, style),
                    str(p.dob.year),
                    c.pick(clubs),
                    f"{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d}",
                ]
            )
        title = c.t(
            f"Ergebnisliste {ev} – {c.pick(dists[:3])}",
            f"Classement {ev} – {c.pick(dists[:3])}",
            f"Classifica {ev} – {c.pick(dists[:3])}",
            f"Results {ev} – {c.pick(dists[:3])}",
        )
        helpers = [c.person(age=(20, 70)) for _ in range(3)]
        disp = c.pick(["fn", "nk", "fL", "full"])
        hs = [h.styled(c.rng, disp) for h in helpers]
        lost, hurt = c.rng.sample(people, 2)
        shop = c.addr(business=True)
        club_a = c.addr(business=True)
        msgs = [
            (
                hs[0],
                c.t(
                    f"Ergebnisse sind online. Bei Platz {people.index(lost) + 1} fehlt der Verein, "
                    f"{lost.first_l()} hat deswegen angerufen.",
                    f"Les résultats sont en ligne. Au {people.index(lost) + 1}e rang le club manque, "
                    f"{lost.first_l()} a appelé pour ça.",
                    f"Classifica online. Al posto {people.index(lost) + 1} manca la società, "
                    f"{lost.first_l()} ha già chiamato.",
                    f"Results are up. Position {people.index(lost) + 1} has no club, {lost.first_l()} rang about it.",
                ),
            ),
            (
                hs[1],
                c.t(
                    f"Fundsache: Autoschlüssel im Zielbereich. Gehört wohl {lost.fn()}, Nummer {c.ph('mobile')}",
                    f"Objet trouvé : des clés de voiture à l'arrivée. Sûrement à {lost.fn()}, numéro {c.ph('mobile')}",
                    f"Oggetti smarriti: chiavi della macchina all'arrivo. Forse di {lost.fn()}, numero "
                    f"{c.ph('mobile')}",
                    f"Lost property: car keys at the finish. Probably {lost.fn()}'s, number {c.ph('mobile')}",
                ),
            ),
            (
                hs[2],
                c.t(
                    f"Sanis sagen, {hurt.full()} ist ok, nur Kreislauf. {'Ihr' if hurt.g == 'f' else 'Sein'} Partner "
                    "holt "
                    f"{'sie' if hurt.g == 'f' else 'ihn'} am Zelt ab.",
                    f"Les secouristes disent que {hurt.full()} va bien, juste un malaise.",
                    f"I soccorritori dicono che {hurt.full()} sta bene, solo un calo di pressione.",
                    f"First aid says {hurt.full()} is fine, just felt faint.",
                ),
            ),
            (
                hs[0],
                c.t(
                    f"Wer schickt die Urkunden? {people[0].t_last()} möchte die Urkunde per Mail: {c.mail(people[0])}",
                    f"Qui envoie les diplômes ? Il y a une demande par mail : {c.mail(people[0])}",
                    f"Chi manda gli attestati? Richiesta via mail: {c.mail(people[0])}",
                    f"Who's sending certificates? One request by email: {c.mail(people[0])}",
                ),
            ),
            (
                hs[1],
                c.t(
                    f"Verpflegungsstand vor der Bäckerei {shop.s()} ist abgebaut.",
                    f"Le ravito devant la boulangerie {au(c, shop.s())} est démonté.",
                    f"Il ristoro davanti al forno in {shop.s()} è smontato.",
                    f"Water station outside the bakery at {shop.s()} is packed up.",
                ),
            ),
            (
                hs[2],
                c.t(
                    f"Danke euch! Abbau morgen ab 9 beim Vereinsheim, {club_a.s()}.",
                    f"Merci à tous ! Rangement demain dès 9h au local du club, {club_a.s()}.",
                    f"Grazie a tutti! Domani dalle 9 si smonta alla sede, {club_a.s()}.",
                    f"Thanks all! Clear-up tomorrow from 9 at the clubhouse, {club_a.s()}.",
                ),
            ),
        ]
        msgs = subseq(c, msgs, 4, 6, keep_first=3)
        body = (
            title
            + "\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + c.t("Helfer-Chat:", "Chat des bénévoles :", "Chat volontari:", "Volunteer chat:")
            + "\n"
            + chat(c, msgs)
        )
        reqs2 = c.t(
            [
                "Kannst du aus der Liste die Top 3 rausziehen und eine kurze Meldung für die Zeitung schreiben?",
                "Was ist im Chat noch offen?",
            ],
            [
                "Tu peux extraire le podium et écrire une brève pour le journal local ?",
                "Qu'est-ce qui reste à régler d'après le chat ?",
            ],
            ["Puoi estrarre il podio e scrivere un trafiletto per il giornale?", "Cosa resta da fare secondo la chat?"],
            ["Pull out the top 3 and write a short note for the local paper?", "What's still open from the chat?"],
        )
        return wrap_request(c, body, reqs2)
    if v == 2:
        runner = c.person(age=(19, 65))
        friend = c.person(age=(19, 65))
        staff = c.person(age=(25, 60))
        fa = c.addr(near=False)
        order = f"{c.pick(['R', 'A', 'REG'])}-{year}-{c.digits(5)}"
        bib = str(c.rint(100, 4999))
        dist = c.pick(dists[:3])
        wmail = c.mail(staff, org.domain)
        to = f"{staff.full()} <{wmail}>" if c.chance(0.6) else org.role
        frm = addr_of(c, runner, c.mail(runner))
        transfer = c.chance(0.6)
        subj = (
            c.t(
                "Ummeldung Startplatz" if transfer else "Stornierung / Rückerstattung",
                "Transfert de dossard" if transfer else "Annulation / remboursement",
                "Cambio nominativo pettorale" if transfer else "Rinuncia / rimborso quota",
                "Bib transfer" if transfer else "Withdrawal / refund",
            )
            + f" {order}"
        )
        g_ = greet(c, staff if to != org.role else None, formal=c.chance(0.5))
        inj = c.t(
            c.pick(
                [
                    "ich habe mich an der Achillessehne verletzt",
                    "ich habe mir das Knie verdreht",
                    "ich bin beruflich an dem Wochenende weg",
                ]
            ),
            c.pick(
                [
                    f"je me suis blessé{'e' if runner.g == 'f' else ''} au tendon d'Achille",
                    "je me suis tordu le genou",
                    "je suis en déplacement ce week-end-là",
                ]
            ),
            c.pick(
                [
                    f"mi sono infortunat{'a' if runner.g == 'f' else 'o'} al tendine d'Achille",
                    "mi sono storto il ginocchio",
                    "quel weekend sono via per lavoro",
                ]
            ),
            c.pick(["I've injured my Achilles", "I twisted my knee", "I'm away for work that weekend"]),
        )
        if transfer:
            body = c.t(
                f"{inj} und kann am {c.date(evday)} leider nicht starten. {'Meine' if friend.g == 'f' else 'Mein'} "
                f"{rel_word(c, 'friend', friend.g)} "
                f"{friend.full()} würde meinen Startplatz ({dist}, Startnr. {bib}) übernehmen:\n\n"
                f"Name: {friend.full()}\ngeb. {c.dob(friend)}\n{fa.block()}\nE-Mail: {c.mail(friend)}\n\n"
                f"Die Ummeldegebühr zahle ich gern. Falls das nicht geht, bitte das Startgeld auf {c.iban()} "
                f"(Kontoinhaber: {runner.full()}) zurück.",
                f"{inj} et je ne pourrai pas prendre le départ le {c.date(evday)}. Mon {rel_word(c, 'friend', 'm')}"
                f"{'e' if friend.g == 'f' else ''} {friend.full()} reprendrait mon dossard ({dist}, n° {bib}) :\n\n"
                f"Nom : {friend.full()}\n{'née' if friend.g == 'f' else 'né'} le "
                f"{c.dob(friend)}\n{fa.block()}\nE-mail : {c.mail(friend)}\n\n"
                f"Je paierai volontiers les frais de transfert. Sinon, merci de rembourser sur {c.iban()} "
                f"(titulaire : {runner.full()}).",
                f"{inj} e non potrò partire il {c.date(evday)}. {'La mia' if friend.g == 'f' else 'Il mio'} "
                f"{rel_word(c, 'friend', friend.g)} {friend.full()} prenderebbe il mio pettorale ({dist}, n. {bib}):"
                f"\n\nNome: {friend.full()}\n{'nata' if friend.g == 'f' else 'nato'} il "
                f"{c.dob(friend)}\n{fa.block()}\nEmail: {c.mail(friend)}\n\n"
                f"Pago volentieri i diritti di cambio. Altrimenti vi chiedo il rimborso sull'IBAN {c.iban()} "
                f"(intestato a {runner.full()}).",
                f"{inj} and can't run on {c.date(evday)}. My {rel_word(c, 'friend', friend.g)} {friend.full()} "
                f"would like to take over my place ({dist}, bib {bib}):\n\nName: {friend.full()}\n"
                f"DOB: {c.dob(friend)}\n{fa.block()}\nEmail: {c.mail(friend)}\n\n"
                f"Happy to pay the transfer fee. If that's not possible, please refund to {c.iban()} "
                f"(account holder {runner.full()}).",
                us=f"{inj} and can't run on {c.date(evday)}. My friend {friend.full()} would take my spot "
                f"({dist}, bib {bib}):\n\nName: {friend.full()}\nDOB: {c.dob(friend)}\n{fa.block()}\n"
                f"Email: {c.mail(friend)}\n\nHappy to pay the transfer fee; otherwise please refund the card "
                f"ending {c.digits(4, False)}.",
            )
            body = body[0].upper() + body[1:]
        else:
            doc = c.person(age=(35, 65))
            body = c.t(
                f"{inj}. Ein Attest von Dr. {doc.ln()} hänge ich an. Bitte erstattet das Startgeld auf {c.iban()} "
                f"(Kontoinhaber: {runner.full()}).",
                f"{inj}. Je joins un certificat du Dr {doc.ln()}. Merci de rembourser les frais sur {c.iban()} "
                f"(titulaire : {runner.full()}).",
                f"{inj}. Allego il certificato del dott. {doc.ln()}. Vi chiedo il rimborso della quota sull'IBAN "
                f"{c.iban()} (intestatario: {runner.full()}).",
                f"{inj}. I've attached a note from Dr {doc.ln()}. Please refund the fee to {c.iban()} "
                f"(account holder: {runner.full()}).",
                us=f"{inj}. Attached is a note from Dr. {doc.ln()}. Please refund to the card I paid with "
                f"({c.masked()}).",
            )
            body = body[0].upper() + body[1:]
        sig = signature(c, [runner.full(), c.ph("mobile")])
        conf = form(
            c,
            [
                (c.t("Bestellnummer", "N° de commande", "N. ordine", "Order no."), order),
                (c.t("Teilnehmer/in", "Participant(e)", "Partecipante", "Participant"), runner.full()),
                (c.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(runner)),
                (c.t("Strecke", "Parcours", "Percorso", "Distance"), dist),
                (c.t("Startnummer", "Dossard", "Pettorale", "Bib"), bib),
            ],
            "colon",
        )
        q = quote(
            c,
            org.role,
            c.day(-50, -5),
            c.t(
                "Vielen Dank für deine Anmeldung!",
                "Merci pour ton inscription !",
                "Grazie per la tua iscrizione!",
                "Thanks for entering!",
            )
            + "\n\n"
            + conf,
        )
        txt = mail_headers(c, frm, to, subj, c.day(-3, 0), cc=org.role if to != org.role and c.chance(0.4) else None)
        txt += f"\n\n{g_}\n\n{body}\n\n{closing(c)}\n{sig}\n\n{q}"
        return wrap_request(c, txt, reqs)
    # v == 3: registration export
    n = c.rint(3, 6)
    recs = []
    ppl = []
    iso = c.chance(0.7)
    for _ in range(n):
        p = c.person(age=(16, 70))
        ppl.append(p)
        a = c.addr(near=c.chance(0.7))
        ice = c.person(age=(20, 80))
        rec = {
            "bib": c.rint(100, 4999),
            "first_name": p.fn(),
            "last_name": p.ln(),
            "dob": c.dob_iso(p) if iso else c.dob(p, c.dshape),
            "gender": "F" if p.g == "f" else "M",
            "club": c.pick(clubs),
            "email": c.mail(p),
            "phone": c.ph("mobile"),
            "street": a.s(),
            "city": a.t(),
            "emergency_contact": ice.full(),
            "emergency_phone": c.ph("mobile"),
            "distance": c.pick(dists[:4]),
            "payment": c.pick(["card", "card", "sepa", "voucher"]),
            "registered_at": c.stamp(),
            "ip": c.ip(),
        }
        if c.us:
            rec["payment"] = "card " + c.masked()
        recs.append(rec)
    x = export(c, recs, wrap={"event": ev, "exported": c.stamp(c.today)}, allow_csv=True)
    dup, unpaid = c.rng.sample(ppl, 2)
    note = c.t(
        f"Hinweis: {dup.full()} ist doppelt drin (zweite Anmeldung mit anderer Adresse), "
        f"{unpaid.t_last()} hat noch nicht bezahlt.",
        f"Remarque : {dup.full()} apparaît deux fois, {unpaid.t_last()} n'a pas encore payé.",
        f"Nota: {dup.full()} risulta iscritto/a due volte, {unpaid.t_last()} non ha ancora pagato.",
        f"Note: {dup.full()} is in there twice, {unpaid.t_last()} hasn't paid yet.",
    )
    reqs3 = c.t(
        ["Mach mir daraus eine Teilnehmerliste nach Strecke sortiert.", "Welche Einträge sind unvollständig?"],
        ["Fais-moi une liste des participants triée par parcours.", "Quelles inscriptions sont incomplètes ?"],
        ["Fammi un elenco partecipanti ordinato per percorso.", "Quali iscrizioni sono incomplete?"],
        ["Make a participant list sorted by distance.", "Which entries are incomplete?"],
    )
    return wrap_request(c, x + "\n\n" + note, reqs3)


# ---------------------------------------------------------------------------------------------------------------------
# genre 2: legal aid applications
# ---------------------------------------------------------------------------------------------------------------------


def lawyer_title(c: Ctx, p: Person) -> tuple[str, str]:
    """(prefix before the name, suffix after it) for a lawyer."""
    if c.lang == "de":
        if c.ch:
            return "lic. iur." if c.chance(0.5) else "MLaw", (", Rechtsanwältin" if p.g == "f" else ", Rechtsanwalt")
        if c.at:
            return ("Mag." if c.chance(0.6) else "Dr."), (", Rechtsanwältin" if p.g == "f" else ", Rechtsanwalt")
        return ("Rechtsanwältin" if p.g == "f" else "Rechtsanwalt") + (" Dr." if c.chance(0.2) else ""), ""
    if c.lang == "fr":
        return "Me", (", avocate" if p.g == "f" else ", avocat")
    if c.lang == "it":
        return "Avv.", ""
    return "", (", Solicitor" if not c.us else ", Esq.")


def legal_bits(c: Ctx) -> dict:
    t = c.home.name
    y = c.today.year % 100
    auth = c.t(
        f"Amtsgericht {t}",
        f"Bureau d'aide juridictionnelle – Tribunal judiciaire de {t}",
        f"Consiglio dell'Ordine degli Avvocati di {t}",
        "Legal Aid Agency",
        ch=c.pick([f"Bezirksgericht {t}", f"Regionalgericht {t}", f"Kantonsgericht, Abteilung {t}"]),
        at=f"Bezirksgericht {t}",
        us=f"Legal Aid Society of {t}",
    )
    if c.ch and c.lang == "fr":
        auth = c.pick(
            [f"Tribunal civil de {t}", f"Tribunal de première instance – {t}", "Service de l'assistance judiciaire"]
        )
    if c.ch and c.lang == "it":
        auth = c.pick([f"Pretura di {t}", "Ufficio dell'assistenza giudiziaria"])
    title = c.t(
        "Antrag auf Bewilligung von Beratungshilfe",
        "Demande d'aide juridictionnelle (formulaire cerfa n° 16146*03)",
        "Istanza di ammissione al patrocinio a spese dello Stato",
        "Application for civil legal aid (Legal Help)",
        ch="Gesuch um unentgeltliche Rechtspflege",
        at="Antrag auf Bewilligung der Verfahrenshilfe",
        us="Client Intake – Civil Legal Services",
    )
    if c.ch and c.lang == "fr":
        title = "Requête d'assistance judiciaire"
    if c.ch and c.lang == "it":
        title = "Istanza di assistenza giudiziaria"
    az = c.t(
        f"{c.pick(['UR II', 'UR III', 'BerH'])} {c.rint(100, 2999)}/{y}",
        f"BAJ n° {c.today.year}/{c.digits(6, False)}",
        f"prot. n. {c.rint(100, 9999)}/{c.today.year}",
        f"LAA-{c.today.year}-{c.digits(6)}",
        ch=f"{c.pick(['FV', 'ZK', 'UP'])}{y}{c.digits(4, False)}",
        at=f"{c.rint(1, 40)} Nc {c.rint(10, 999)}/{y}{c.pick('abdfgkmp')}",
        us=f"{y}-{c.digits(5, False)}",
    )
    matters = c.t(
        [
            "Mietsache – Räumungsklage",
            "Arbeitsrecht – Kündigungsschutz",
            "Unterhalt für das Kind",
            "Widerspruch gegen Bescheid des Jobcenters",
            "Scheidung und Umgangsrecht",
            "Nebenkostenabrechnung",
        ],
        [
            "expulsion locative",
            "licenciement abusif",
            "pension alimentaire",
            "divorce",
            "surendettement",
            "garde des enfants",
        ],
        [
            "sfratto per morosità",
            "licenziamento",
            "separazione consensuale",
            "mantenimento figli",
            "recupero crediti di lavoro",
        ],
        [
            "housing disrepair",
            "possession proceedings",
            "child arrangements",
            "debt – county court claim",
            "unfair dismissal",
        ],
        ch=[
            "Mietrecht – Anfechtung der Kündigung",
            "Arbeitsrecht – Lohnforderung",
            "Eheschutzverfahren",
            "Kinderunterhalt",
            "Scheidung auf gemeinsames Begehren",
        ],
        at=["Mietrecht – Räumungsklage", "Kündigungsanfechtung", "Unterhalt", "Obsorge", "Scheidung"],
        us=["eviction defense", "wage theft", "custody", "SNAP benefits denial", "debt collection lawsuit"],
    )
    return {"auth": auth, "title": title, "az": az, "matters": matters}


def g_legalaid(c: Ctx) -> str:
    b = legal_bits(c)
    v = c.variant
    reqs = c.t(
        [
            "Hilf mir, den Antrag vollständig auszufüllen – was fehlt noch?",
            "Erklär mir in einfachen Worten, was ich noch einreichen muss.",
            "Formulier bitte ein kurzes Begleitschreiben dazu.",
        ],
        [
            "Aide-moi à compléter la demande, qu'est-ce qui manque ?",
            "Explique-moi simplement ce que je dois encore envoyer.",
            "Rédige une courte lettre d'accompagnement.",
        ],
        [
            "Aiutami a completare l'istanza, cosa manca?",
            "Spiegami in parole semplici cosa devo ancora mandare.",
            "Scrivi una breve lettera di accompagnamento.",
        ],
        [
            "Help me finish this application – what's missing?",
            "Explain in plain words what I still need to send.",
            "Write a short cover letter for this.",
        ],
    )
    if v == 0:
        ap = c.person(age=(20, 70))
        married = c.chance(0.5)
        partner = c.relative(ap, "m" if ap.g == "f" else "f", age=(22, 72)) if married else None
        kids = [c.relative(ap, kind="child", age=(1, 16)) for _ in range(c.rint(0, 3))]
        a = c.addr()
        lawyer = c.person(age=(30, 65))
        lpre, lsuf = lawyer_title(c, lawyer)
        law_a = c.addr(business=True)
        opp_is_person = c.chance(0.55)
        opp = c.person(age=(30, 80)) if opp_is_person else None
        opp_a = c.addr(business=not opp_is_person)
        firm_opp = c.t(
            c.pick(
                [
                    "Vonovia Kundenservice GmbH",
                    "Wohnbau Nord GmbH",
                    "Schneider Logistik GmbH",
                    "Hausverwaltung Kessler & Partner",
                ]
            ),
            c.pick(["SCI Les Tilleuls", "Foncia Gestion", "Transports Moreau SARL"]),
            c.pick(["Immobiliare Aurora S.r.l.", "Cooperativa Servizi Uno", "Edil Costruzioni S.p.A."]),
            c.pick(["Riverside Lettings Ltd", "Greenway Housing Association", "Nolan Logistics Ltd"]),
            ch=c.pick(["Livit AG", "Immobilien Treuhand AG", "Gastro Seeblick GmbH"]),
            at=c.pick(["Wohnen Plus GmbH", "Immo Treuhand GmbH", "Gastro Alpenblick KG"]),
            us=c.pick(["Oakwood Property Management LLC", "Sunrise Apartments LLC", "QuickServe Staffing Inc."]),
        )
        sec = lambda de, fr, it, en: "\n" + c.t(de, fr, it, en) + "\n"  # noqa: E731
        sep = c.chance(0.5)
        rows_a = (
            [
                (c.t("Familienname", "Nom de naissance", "Cognome", "Surname", us="Last name"), ap.ln()),
                (c.t("Vorname(n)", "Prénom(s)", "Nome", "Forename(s)", us="First name"), ap.fn()),
            ]
            if sep
            else [
                (
                    c.t("Name, Vorname", "Nom, prénom", "Cognome e nome", "Full name"),
                    ap.last_first() if c.chance(0.5) else ap.full(),
                )
            ]
        )
        rows_a += [
            (c.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(ap)),
            (
                c.t("Familienstand", "Situation familiale", "Stato civile", "Marital status"),
                c.t(
                    "verheiratet" if married else c.pick(["ledig", "geschieden", "getrennt lebend"]),
                    ("marié" if ap.g == "m" else "mariée") if married else c.pick(["célibataire", "divorcé(e)"]),
                    ("coniugato" if ap.g == "m" else "coniugata")
                    if married
                    else c.pick(["celibe/nubile", "separato/a"]),
                    "married" if married else c.pick(["single", "divorced", "separated"]),
                ),
            ),
            (c.t("Anschrift", "Adresse", "Residenza", "Address"), a.one(c.pick([", ", "; ", " - "]))),
            (tel_label(c), c.ph("mobile")),
            ("E-Mail" if c.lang == "de" else ("Courriel" if c.lang == "fr" else "Email"), c.mail(ap)),
        ]
        if c.ch:
            rows_a.append((c.t("AHV-Nr.", "N° AVS", "N. AVS", "AHV no."), c.ahv()))
        out = [
            b["auth"],
            "",
            b["title"],
            sec("A. Antragsteller/in", "1. Vos informations personnelles", "1. Dati del richiedente", "1. About you"),
            form(c, rows_a, "aligned"),
        ]
        if partner or kids:
            out.append(
                sec(
                    "B. Angehörige im Haushalt",
                    "2. Personnes vivant au foyer",
                    "2. Componenti del nucleo familiare",
                    "2. People in your household",
                )
            )
            fam = []
            if partner:
                fam.append(
                    [
                        partner.full(),
                        rel_word(c, "partner", partner.g),
                        c.dob(partner, c.dshape),
                        c.money(0, 2400, 50) if c.chance(0.7) else "-",
                    ]
                )
            for k in kids:
                fam.append([k.full() if c.chance(0.5) else k.fn(), rel_word(c, "child", k.g), c.dob(k, c.dshape), "-"])
            out.append(
                table(
                    c,
                    c.t(
                        ["Name", "Verhältnis", "Geburtsdatum", "Einkommen netto"],
                        ["Nom", "Lien", "Date de naissance", "Revenus"],
                        ["Nome", "Parentela", "Data di nascita", "Reddito"],
                        ["Name", "Relationship", "Date of birth", "Income"],
                    ),
                    fam,
                    c.pick(["md", "mdpad", "fixed"]),
                )
            )
        out.append(
            sec("C. Angelegenheit", "3. Objet de la demande", "3. Oggetto della controversia", "3. Your legal problem")
        )
        opp_s = (opp.full() if opp else firm_opp) + ", " + opp_a.one()
        out.append(
            form(
                c,
                [
                    (c.t("Gegenstand", "Nature du litige", "Materia", "Matter"), c.pick(b["matters"])),
                    (c.t("Gegner/in", "Partie adverse", "Controparte", "Other party"), opp_s),
                    (
                        c.t("Aktenzeichen", "N° de dossier", "N. ruolo", "Case ref."),
                        b["az"] if c.chance(0.5) else c.t("noch keins", "aucun", "nessuno", "none yet"),
                    ),
                ],
                "aligned",
            )
        )
        out.append(sec("D. Einkommen und Vermögen", "4. Ressources", "4. Redditi", "4. Money"))
        bank_acc = c.iban() if not c.us else c.t("", "", "", "", us=f"checking account ending {c.digits(4, False)}")
        out.append(
            form(
                c,
                [
                    (
                        c.t(
                            "Nettoeinkommen mtl.",
                            "Revenu mensuel net",
                            "Reddito mensile netto",
                            "Monthly take-home pay",
                        ),
                        c.money(600, 2600, 10),
                    ),
                    (c.t("Miete warm", "Loyer charges comprises", "Affitto", "Rent"), c.money(350, 1400, 5)),
                    (
                        c.t(
                            "Girokonto (IBAN)",
                            "Compte (IBAN)",
                            "Conto corrente (IBAN)",
                            "Bank account (IBAN)",
                            us="Bank account",
                        ),
                        bank_acc,
                    ),
                    (c.t("Guthaben", "Solde", "Saldo", "Balance"), c.money(0, 900, 1)),
                ],
                "aligned",
            )
        )
        out.append(sec("E. Anwältin / Anwalt", "5. Avocat choisi", "5. Difensore", "5. Your adviser"))
        lname = (lpre + " " if lpre else "") + lawyer.full() + lsuf
        out.append(f"{lname}\n{law_a.block()}\n{c.t('Tel.', 'Tél.', 'Tel.', 'Tel')} {c.ph('land', law_a.town)}")
        out.append(
            "\n"
            + c.t(
                f"{c.home.name}, {c.date(c.today)}",
                f"Fait à {c.home.name}, le {c.date(c.today)}",
                f"{c.home.name}, lì {c.date(c.today)}",
                f"Signed: ____________   Date: {c.date(c.today)}",
            )
        )
        body = "\n".join(out)
        if c.chance(0.3):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(5, 9)
        ppl = [c.person(age=(19, 80)) for _ in range(n)]
        sty = c.pick(["LF", "lf", "L,F", "full"])
        statuses = c.t(
            ["Unterlagen fehlen", "bewilligt", "in Prüfung", "abgelehnt", "Rückfrage"],
            ["pièces manquantes", "accordée", "en cours", "rejetée", "complément demandé"],
            ["documenti mancanti", "ammessa", "in istruttoria", "respinta", "integrazione richiesta"],
            ["docs missing", "granted", "in review", "refused", "query sent"],
        )
        rows = []
        for p in ppl:
            az = legal_bits(c)["az"]
            rows.append(
                [
                    az,
                    p.styled(c.rng, sty),
                    c.dob(p, c.dshape),
                    c.pick(b["matters"]),
                    c.date(c.day(-40, -1)),
                    c.pick(statuses),
                ]
            )
        hdr = c.t(
            ["Az.", "Antragsteller/in", "geb.", "Gegenstand", "Eingang", "Status"],
            ["N° dossier", "Demandeur", "Né(e) le", "Objet", "Reçu le", "Statut"],
            ["Prot.", "Richiedente", "Nato/a il", "Materia", "Ricevuta", "Stato"],
            ["Ref", "Applicant", "DOB", "Matter", "Received", "Status"],
        )
        clerks = [c.person(age=(25, 62)) for _ in range(3)]
        ds = c.pick(["fn", "fL", "full"])
        cs = [k.styled(c.rng, ds) for k in clerks]
        p1, p2, p3 = c.rng.sample(ppl, 3)
        lawyer = c.person(age=(30, 65))
        na = c.addr()
        msgs = [
            (
                cs[0],
                c.t(
                    f"{p1.t_last()} hat angerufen, neue Handynummer {c.ph('mobile')}",
                    f"{p1.t_last()} a appelé, nouveau portable : {c.ph('mobile')}",
                    f"Ha chiamato {p1.t_last()}, nuovo cellulare {c.ph('mobile')}",
                    f"{p1.t_last()} called, new mobile {c.ph('mobile')}",
                ),
            ),
            (
                cs[1],
                c.t(
                    f"Bei {p2.last_first()} fehlen immer noch die Kontoauszüge. Erinnerung geht heute raus.",
                    f"Pour {p2.last_first()} il manque toujours les relevés bancaires, je relance aujourd'hui.",
                    f"Per {p2.last_first()} mancano ancora gli estratti conto, sollecito oggi.",
                    f"Still no bank statements from {p2.last_first()}, chasing today.",
                ),
            ),
            (
                cs[2],
                c.t(
                    f"{'RAin' if lawyer.g == 'f' else 'RA'} {lawyer.ln()} fragt nach dem Bescheid für "
                    f"{p3.ln()}, Durchwahl {c.ph('land', ext=c.lang == 'de' and not c.ch)}",
                    f"Me {lawyer.ln()} demande où en est le dossier {p3.ln()}, ligne directe {c.ph('land')}",
                    f"L'avv. {lawyer.ln()} chiede della pratica {p3.ln()}, diretto {c.ph('land')}",
                    f"{lawyer.full()} (solicitor) asked about {p3.ln()}'s file, direct line {c.ph('land')}",
                    us=f"Attorney {lawyer.full()} asked about the {p3.ln()} file, direct {c.ph('land')}",
                ),
            ),
            (
                cs[0],
                c.t(
                    f"{p1.fn()} {p1.ln()} ist übrigens umgezogen: {na.one()}",
                    f"Au fait {p1.full()} a déménagé : {na.one()}",
                    f"{p1.full()} si è trasferito/a: {na.one()}",
                    f"Also {p1.full()} has moved: {na.one()}",
                ),
            ),
        ]
        if c.lang == "de":
            msgs[3] = (cs[0], f"{p1.full()} ist übrigens umgezogen: {na.one()}")
        body = (
            c.t(
                "Eingangsliste Beratungshilfe",
                "Registre des demandes d'AJ",
                "Registro istanze gratuito patrocinio",
                "Legal aid applications – intake list",
                ch="Eingänge unentgeltliche Rechtspflege",
                at="Eingänge Verfahrenshilfe",
                us="Intake queue",
            )
            + f" – {c.date(c.today)}\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + chat(c, subseq(c, msgs, 3, 4))
        )
        return wrap_request(
            c,
            body,
            c.t(
                ["Sortier mir die Fälle nach Status und sag, was heute zu tun ist."],
                ["Trie les dossiers par statut et dis-moi quoi faire aujourd'hui."],
                ["Ordina le pratiche per stato e dimmi cosa fare oggi."],
                ["Sort the cases by status and tell me what needs doing today."],
            ),
        )
    if v == 2:
        ap = c.person(age=(22, 70))
        partner = c.relative(ap, "m" if ap.g == "f" else "f", age=(22, 72))
        clerk = c.person(age=(25, 62))
        dom = c.t(
            "ag-" + translit(c.home.name.split()[0]) + ".justiz.de",
            "justice.fr",
            "giustizia.it",
            "justice.gov.uk",
            ch="gerichte-" + translit(c.home.name.split()[0]) + ".ch",
            at="justiz.gv.at",
            us="legalaid" + translit(c.home.name.split()[0]) + ".org",
        )
        if c.ch:
            dom = c.t("gerichte-", "tribunaux-", "giustizia-", "") + translit(c.home.name.split()[0]) + ".ch"
        wmail = c.mail(clerk, dom)
        new_a = c.addr()
        kid = c.relative(ap, kind="child", age=(2, 15)) if c.chance(0.5) else None
        d0 = c.day(-25, -8)
        quoted = c.t(
            f"{greet(c, ap)}\n\nzu Ihrem Antrag vom {c.date(d0)} ({b['az']}) fehlen noch folgende Unterlagen:\n"
            f"- Einkommensnachweise Ihres Ehepartners / Ihrer Ehepartnerin\n- Mietvertrag und letzte "
            f"Nebenkostenabrechnung\n- Kontoauszüge der letzten drei Monate\n\nBitte reichen Sie diese bis zum "
            f"{c.date(c.day(5, 14))} ein.\n\nMit freundlichen Grüßen\n{clerk.f_last()}\n{b['auth']}\n"
            f"Tel. {c.ph('land', ext=not c.ch)}",
            f"{greet(c, ap)}\n\nVotre demande du {c.date(d0)} ({b['az']}) est incomplète. Merci de nous transmettre :"
            f"\n- les justificatifs de revenus de votre conjoint(e)\n- le bail et la dernière quittance de loyer\n"
            f"- vos trois derniers relevés bancaires\n\navant le {c.date(c.day(5, 14))}.\n\nCordialement,\n"
            f"{clerk.f_last()}\n{b['auth']}\nTél. {c.ph('land')}",
            f"{greet(c, ap)}\n\nin merito alla Sua istanza del {c.date(d0)} ({b['az']}) mancano ancora:\n"
            f"- la dichiarazione dei redditi del coniuge\n- il contratto di locazione\n- gli estratti conto degli "
            f"ultimi tre mesi\n\nLa preghiamo di inviarli entro il {c.date(c.day(5, 14))}.\n\nCordiali saluti\n"
            f"{clerk.f_last()}\n{b['auth']}\nTel. {c.ph('land')}",
            f"{greet(c, ap)}\n\nThank you for your application of {c.date(d0)} ({b['az']}). Before we can decide it "
            f"we need:\n- evidence of your partner's income\n- your tenancy agreement\n- bank statements for the last "
            f"three months\n\nPlease send these by {c.date(c.day(5, 14))}.\n\nKind regards\n{clerk.f_last()}\n"
            f"{b['auth']}\nTel {c.ph('land')}",
        )
        bank = c.iban() if not c.us else f"checking account ending {c.digits(4, False)}"
        reply = c.t(
            f"anbei die fehlenden Unterlagen. {'Mein Mann' if partner.g == 'm' else 'Meine Frau'} {partner.full()}, "
            f"geb. {c.dob(partner)}, ist seit März arbeitslos, der Bescheid der Agentur liegt bei. "
            + (
                f"Unsere Tochter {kid.fn()} ist am {c.dob(kid)} geboren, das hatte ich im Antrag vergessen. "
                if kid and kid.g == "f"
                else (
                    f"Unser Sohn {kid.fn()} ist am {c.dob(kid)} geboren, das hatte ich im Antrag vergessen. "
                    if kid
                    else ""
                )
            )
            + f"Wir sind außerdem umgezogen, die neue Anschrift ist {new_a.one()}. Mein Konto: {bank}.",
            f"veuillez trouver ci-joint les pièces manquantes. {'Mon mari' if partner.g == 'm' else 'Ma femme'} "
            f"{partner.full()}, {'né' if partner.g == 'm' else 'née'} le {c.dob(partner)}, est au chômage depuis mars. "
            + (
                f"J'avais oublié d'indiquer {'notre fille' if kid.g == 'f' else 'notre fils'} {kid.fn()}, "
                f"{'née' if kid.g == 'f' else 'né'} le {c.dob(kid)}. "
                if kid
                else ""
            )
            + f"Nous avons aussi déménagé : {new_a.one()}. Mon compte : {bank}.",
            f"allego i documenti mancanti. {'Mio marito' if partner.g == 'm' else 'Mia moglie'} {partner.full()}, "
            f"{'nato' if partner.g == 'm' else 'nata'} il {c.dob(partner)}, è disoccupato/a da marzo. "
            + (
                f"Avevo dimenticato {'nostra figlia' if kid.g == 'f' else 'nostro figlio'} {kid.fn()}, "
                f"{'nata' if kid.g == 'f' else 'nato'} il {c.dob(kid)}. "
                if kid
                else ""
            )
            + f"Nel frattempo ci siamo trasferiti in {new_a.one()}. IBAN: {bank}.",
            f"please find the documents attached. My {'husband' if partner.g == 'm' else 'wife'} {partner.full()} "
            f"(DOB {c.dob(partner)}) has been out of work since March – the letter is attached. "
            + (
                f"I forgot to put our {'daughter' if kid.g == 'f' else 'son'} {kid.fn()} on the form, born "
                f"{c.dob(kid)}. "
                if kid
                else ""
            )
            + f"We have also moved, the new address is {new_a.one()}. Bank: {bank}.",
        )
        reply = reply[0].upper() + reply[1:]
        if c.lang == "de" and not c.ch:
            reply = reply.replace("außerdem", "außerdem")
        txt = mail_headers(
            c,
            addr_of(c, ap, c.mail(ap)),
            f"{clerk.full()} <{wmail}>",
            c.t("AW: ", "RE : ", "R: ", "RE: ") + b["az"],
            c.today,
        )
        txt += f"\n\n{greet(c, clerk)}\n\n{reply}\n\n{closing(c)}\n{ap.full()}\n{c.ph('mobile')}\n\n"
        txt += quote(c, f"{clerk.full()} <{wmail}>", d0 + dt.timedelta(days=3), quoted)
        return wrap_request(c, txt, reqs)
    # v3 intake export
    recs = []
    ppl = []
    iso = c.chance(0.7)
    for _ in range(c.rint(2, 4)):
        ap = c.person(age=(19, 75))
        ppl.append(ap)
        a = c.addr()
        hh = []
        if c.chance(0.6):
            q = c.relative(ap, "m" if ap.g == "f" else "f", age=(20, 75))
            hh.append({"name": q.full(), "dob": c.dob_iso(q) if iso else c.dob(q, c.dshape), "relation": "partner"})
        for _ in range(c.rint(0, 2)):
            k = c.relative(ap, kind="child", age=(0, 17))
            hh.append({"name": k.full(), "dob": c.dob_iso(k) if iso else c.dob(k, c.dshape), "relation": "child"})
        opp = c.person(age=(30, 80))
        recs.append(
            {
                "case_id": legal_bits(c)["az"],
                "submitted": c.stamp(),
                "applicant": {
                    "name": ap.full(),
                    "dob": c.dob_iso(ap) if iso else c.dob(ap, c.dshape),
                    "email": c.mail(ap),
                    "phone": c.ph("mobile"),
                    "address": {"street": a.s(), "city": a.t()},
                },
                "household": hh,
                "matter": c.pick(b["matters"]),
                "opposing_party": {"name": opp.full(), "address": c.addr().one()},
                "net_income_month": c.rint(400, 2600),
                "ip": c.ip(),
            }
        )
    p0 = ppl[0]
    landlord = c.person(age=(35, 85))
    note = c.t(
        f"Notiz: {p0.fn()} hat am Telefon erwähnt, dass {landlord.full()} die Kaution einbehält. "
        f"Rückruf erbeten unter {c.ph('mobile')}.",
        f"Note : {p0.fn()} a indiqué au téléphone que {landlord.full()} retient le dépôt de garantie. "
        f"Rappeler au {c.ph('mobile')}.",
        f"Nota: {p0.fn()} al telefono ha detto che {landlord.full()} trattiene il deposito cauzionale. "
        f"Richiamare al {c.ph('mobile')}.",
        f"Note: {p0.fn()} mentioned on the phone that {landlord.full()} is keeping the deposit. "
        f"Call back on {c.ph('mobile')}.",
    )
    x = export(c, recs, wrap={"source": "online-intake", "exported_at": c.stamp(c.today)})
    return wrap_request(
        c,
        x + "\n\n" + note,
        c.t(
            ["Fass jeden Fall in zwei Sätzen zusammen.", "Welche Fälle sind dringend?"],
            ["Résume chaque dossier en deux phrases.", "Quels dossiers sont urgents ?"],
            ["Riassumi ogni pratica in due frasi.", "Quali pratiche sono urgenti?"],
            ["Summarise each case in two sentences.", "Which cases look urgent?"],
        ),
    )


# ---------------------------------------------------------------------------------------------------------------------
# genre 3: glaziers and glass breakage
# ---------------------------------------------------------------------------------------------------------------------


def glazier_firm(c: Ctx) -> Firm:
    name = c.t(
        c.pick(
            [
                "Glaserei Fensterbau Nord GmbH",
                "Glas & Spiegel Service",
                "Glaserei am Markt",
                "Notdienst Glas 24 GmbH",
                "Glaserei Lichtblick",
            ]
        ),
        c.pick(["Vitrerie du Centre", "Vitrerie Express", "Atelier Verre & Miroir", "Miroiterie des Halles"]),
        c.pick(["Vetreria Moderna s.n.c.", "Vetri & Cristalli", "Vetreria del Borgo", "Vetreria Due Torri"]),
        c.pick(["City Glazing Ltd", "ClearView Glass & Glazing", "A1 Emergency Glazing", "Pane & Frame Ltd"]),
        ch=c.pick(["Glaserei Seeland AG", "Glas-Service Zentral GmbH", "Glas & Rahmen AG", "Glaserei Sonnenhalde"]),
        at=c.pick(["Glaserei Donaustadt", "Glas & Rahmen GmbH", "Glaserei Lichtblick", "Glasbau West"]),
        us=c.pick(["Clear Choice Glass Co.", "Metro Glass & Board-Up", "Ace Window Repair", "Crystal Clear Glass LLC"]),
    )
    return make_firm(c, name)


def glass_jobs(c: Ctx) -> list[tuple[str, str]]:
    return c.t(
        [
            ("Isolierglasscheibe Wohnzimmerfenster gesprungen", "Isolierglas 4/16/4, Ug 1,1"),
            ("Schaufensterscheibe eingeschlagen (Einbruchversuch)", "VSG 8.8.2"),
            ("Duschtrennwand zersplittert", "ESG 8 mm klar"),
            ("Balkontür – Glas gerissen (Sturm)", "Isolierglas 4/16/4 Wärmeschutz"),
            ("Küchenfenster – Ball", "Isolierglas 4/16/4"),
        ],
        [
            ("double vitrage fissuré (séjour)", "vitrage 4/16/4 faiblement émissif"),
            ("vitrine brisée (tentative d'effraction)", "feuilleté 44.2"),
            ("paroi de douche éclatée", "verre trempé 8 mm"),
            ("porte-fenêtre cassée (tempête)", "double vitrage 4/16/4"),
            ("fenêtre de cuisine – ballon", "double vitrage 4/16/4"),
        ],
        [
            ("vetrocamera crepato (soggiorno)", "vetrocamera 4/16/4 basso emissivo"),
            ("vetrina rotta (tentato furto)", "stratificato 33.1"),
            ("box doccia esploso", "temperato 8 mm"),
            ("portafinestra rotta (temporale)", "vetrocamera 4/16/4"),
            ("finestra cucina – pallone", "vetrocamera 4/16/4"),
        ],
        [
            ("double-glazed unit cracked (lounge)", "4-16-4 sealed unit, low-E"),
            ("shop front smashed (attempted break-in)", "6.4 mm laminated"),
            ("shower screen shattered", "8 mm toughened"),
            ("patio door glass broken (storm)", "4-16-4 toughened sealed unit"),
            ("kitchen window – football", "4-16-4 sealed unit"),
        ],
    )


INSURERS = {
    "DE": ["Allianz", "HUK-Coburg", "AXA", "R+V", "Gothaer", "DEVK"],
    "AT": ["UNIQA", "Wiener Städtische", "Generali", "Allianz"],
    "CH": ["Mobiliar", "Helvetia", "Zurich", "AXA", "Baloise", "Vaudoise"],
    "FR": ["MAIF", "MACIF", "AXA", "Groupama", "Matmut"],
    "IT": ["Generali", "UnipolSai", "Allianz", "Reale Mutua"],
    "GB": ["Aviva", "Direct Line", "LV=", "Admiral"],
    "US": ["State Farm", "Allstate", "Liberty Mutual", "USAA"],
}


def g_glazier(c: Ctx) -> str:
    c.spread = 0.08
    f = glazier_firm(c)
    v = c.variant
    jobs = glass_jobs(c)
    reqs = c.t(
        [
            "Prüf bitte die Rechnung – ist das plausibel?",
            "Schreib mir eine kurze Schadenmeldung daraus.",
            "Was muss ich der Versicherung schicken?",
        ],
        [
            "Vérifie la facture, c'est cohérent ?",
            "Rédige une déclaration de sinistre à partir de ça.",
            "Qu'est-ce que je dois envoyer à l'assurance ?",
        ],
        [
            "Controlla la fattura, è plausibile?",
            "Scrivi una denuncia di sinistro partendo da qui.",
            "Cosa devo mandare all'assicurazione?",
        ],
        [
            "Check this invoice – does it look right?",
            "Turn this into a short insurance claim.",
            "What do I need to send the insurer?",
        ],
    )
    if v == 0:
        cust = c.person(age=(25, 85))
        a = c.addr()
        site_diff = c.chance(0.45)
        tenant = c.person(age=(20, 80)) if site_diff else None
        site = c.addr() if site_diff else None
        mgr_firm = c.t(
            c.pick(["Hausverwaltung Becker & Co.", "WEG-Verwaltung Stadtmitte", "Immobilien Service GmbH"]),
            c.pick(["Cabinet Lefort Syndic", "Agence Immobilière du Parc", "Nexity Gestion"]),
            c.pick(["Studio Amministrazioni Condominiali", "Gestioni Immobiliari Riva"]),
            c.pick(["Harbour Property Management", "Westgate Lettings"]),
            ch=c.pick(["Verwaltung Seefeld AG", "Immo Treuhand GmbH"]),
            at=c.pick(["Hausverwaltung Leitner & Partner", "Immobilienverwaltung Donau"]),
            us=c.pick(["Riverbend Property Management", "Summit Realty Group"]),
        )
        mgr = c.person(age=(28, 62))
        job, spec = c.pick(jobs)
        fitter = c.person(age=(22, 60))
        no = f"{c.pick(['G', 'AB', 'R'])}-{c.today.year}-{c.digits(4, False)}"
        rows = [
            (c.t("Auftrag Nr.", "Intervention n°", "Intervento n.", "Job no."), no),
            (c.t("Datum", "Date", "Data", "Date"), f"{c.date(c.today)}, {c.time()}"),
            (c.t("Kunde", "Client", "Cliente", "Customer"), cust.full() if c.chance(0.6) else cust.last_first()),
            (
                c.t("Rechnungsadresse", "Adresse de facturation", "Indirizzo di fatturazione", "Billing address"),
                a.one(),
            ),
            (tel_label(c, "land"), c.ph(c.pick(["mobile", "land"]))),
        ]
        if site_diff:
            rows += [
                (c.t("Einsatzort", "Lieu d'intervention", "Luogo dell'intervento", "Site address"), site.one()),
                (
                    c.t("Mieter/in vor Ort", "Locataire sur place", "Inquilino sul posto", "Tenant on site"),
                    f"{tenant.full()}, {c.ph('mobile')}",
                ),
            ]
            rows.append(
                (
                    c.t("Verwaltung", "Syndic / gérance", "Amministratore", "Managing agent"),
                    f"{mgr_firm} ({mgr.t_last()}, {c.ph('land', ext=c.lang == 'de' and not c.ch)})",
                )
            )
        ins = c.pick(INSURERS[c.cc])
        rows += [
            (
                c.t("Versicherung", "Assurance", "Assicurazione", "Insurer"),
                f"{ins}, {c.t('Police', 'contrat', 'polizza', 'policy')} {c.digits(3)}-{c.digits(7, False)}",
            ),
            (c.t("Schaden", "Dommage", "Danno", "Damage"), job),
            (c.t("Monteur", "Technicien", "Tecnico", "Fitter"), fitter.f_last()),
        ]
        w, h = c.rint(40, 200) * 10, c.rint(40, 220) * 10
        p1, p2 = c.money(90, 650, 1), c.money(60, 240, 1)
        pos = table(
            c,
            c.t(
                ["Pos.", "Beschreibung", "Menge", "Betrag"],
                ["Pos.", "Désignation", "Qté", "Montant"],
                ["Pos.", "Descrizione", "Q.tà", "Importo"],
                ["Item", "Description", "Qty", "Amount"],
            ),
            [
                ["1", f"{spec}, {w} x {h} mm", "1", p1],
                [
                    "2",
                    c.t(
                        "Notverglasung / Anfahrt",
                        "Mise en sécurité / déplacement",
                        "Messa in sicurezza / uscita",
                        "Emergency board-up / call-out",
                    ),
                    "1",
                    p2,
                ],
                [
                    "3",
                    c.t("Entsorgung Altglas", "Évacuation du verre", "Smaltimento vetro", "Glass disposal"),
                    "1",
                    c.money(10, 40, 1),
                ],
            ],
            c.pick(["fixed", "mdpad", "md"]),
        )
        pay = c.t(
            f"Zahlbar innert 14 Tagen auf {c.iban(False)} ({f.name}).",
            f"Règlement à 30 jours par virement : {c.iban(False)}.",
            f"Pagamento a 30 gg. tramite bonifico su {c.iban(False)}.",
            f"Payment within 14 days to {c.iban(False)}, ref {no}.",
            ch=f"Zahlbar innert 30 Tagen, IBAN {c.iban(False)}.",
            us=f"Payment due on receipt. Card on file: {c.masked()}.",
        )
        title = c.t(
            "Arbeitsbericht / Rechnung",
            "Bon d'intervention / facture",
            "Rapporto d'intervento / fattura",
            "Job sheet / invoice",
        )
        body = (
            f.head(c)
            + "\n\n"
            + title
            + "\n\n"
            + form(c, rows)
            + "\n\n"
            + pos
            + "\n\n"
            + pay
            + "\n\n"
            + c.t(
                "Unterschrift Kunde: ____________",
                "Signature du client : ____________",
                "Firma cliente: ____________",
                "Customer signature: ____________",
            )
        )
        if c.chance(0.3):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(4, 7)
        callers = [c.person(age=(20, 85)) for _ in range(n)]
        fitters = [c.person(age=(22, 60)) for _ in range(2)]
        rows = []
        c.spread = 0.05
        for p, tm in zip(callers, c.times(n), strict=False):
            job, _ = c.pick(jobs)
            a = c.addr()
            rows.append(
                [
                    tm,
                    p.styled(c.rng, "full lf tl"),
                    a.one(c.pick([", ", " "])) if c.chance(0.5) else a.s(),
                    c.ph(c.pick(["mobile", "mobile", "land"]), a.town),
                    job,
                    fitters[c.rint(0, 1)].fn(),
                ]
            )
        hdr = c.t(
            ["Zeit", "Anrufer/in", "Adresse", "Telefon", "Schaden", "Monteur"],
            ["Heure", "Appelant", "Adresse", "Téléphone", "Dommage", "Technicien"],
            ["Ora", "Chiamante", "Indirizzo", "Telefono", "Danno", "Tecnico"],
            ["Time", "Caller", "Address", "Phone", "Damage", "Fitter"],
        )
        disp = c.person(age=(25, 60))
        ds = c.pick(["fn", "nk", "fL"])
        names = [disp.styled(c.rng, ds)] + [x.styled(c.rng, ds) for x in fitters]
        x1, x2 = c.rng.sample(callers, 2)
        nb = c.person(age=(30, 85))
        nba = c.addr()
        board = c.addr()
        msgs = [
            (
                names[1],
                c.t(
                    f"bin bei {x1.ln()}, keiner da",
                    f"je suis chez {x1.ln()}, personne",
                    f"sono da {x1.ln()}, non c'è nessuno",
                    f"at {x1.ln()}'s, nobody in",
                ),
            ),
            (
                names[0],
                c.t(
                    f"{nb.t_last()} von nebenan hat den Schlüssel, {nba.s()}",
                    f"{nb.t_last()}, la voisine/le voisin, a la clé : {nba.s()}",
                    f"{'la vicina' if nb.g == 'f' else 'il vicino'} {nb.t_last()} ha le chiavi, {nba.s()}",
                    f"{nb.t_last()} next door has a key, {nba.s()}",
                ),
            ),
            (
                names[2],
                c.t(
                    "kann jemand 2x VSG 8.8.2 aus dem Lager mitbringen?",
                    "quelqu'un peut prendre 2 feuilletés 44.2 au dépôt ?",
                    "qualcuno porta 2 stratificati 33.1 dal magazzino?",
                    "can someone grab 2 sheets of 6.4 laminated from the yard?",
                ),
            ),
            (
                names[0],
                c.t(
                    f"{x2.fn()} {x2.ln()} hat nochmal angerufen, bitte Rückruf an {c.ph('mobile')}",
                    f"{x2.full()} a rappelé, merci de rappeler au {c.ph('mobile')}",
                    f"ha richiamato {x2.full()}, richiamare al {c.ph('mobile')}",
                    f"{x2.full()} rang again, please call back on {c.ph('mobile')}",
                ),
            ),
            (
                names[1],
                c.t(
                    f"Notverglasung {board.s()} ist drin, Scheibe kommt nächste Woche",
                    f"mise en sécurité faite {au(c, board.s())}, le vitrage arrive la semaine prochaine",
                    f"messa in sicurezza fatta in {board.s()}, il vetro arriva settimana prossima",
                    f"boarded up at {board.s()}, glass due next week",
                ),
            ),
        ]
        if c.lang == "de":
            msgs[3] = (names[0], f"{x2.full()} hat nochmal angerufen, bitte Rückruf an {c.ph('mobile')}")
        body = (
            c.t("Notdienst-Protokoll", "Registre des urgences", "Registro pronto intervento", "Emergency call-out log")
            + f" {c.date(c.today)}\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + chat(c, subseq(c, msgs, 3, 5))
        )
        return wrap_request(
            c,
            body,
            c.t(
                ["Welche Einsätze sind noch offen?", "Mach mir einen Tourenplan für morgen."],
                ["Quelles interventions restent ouvertes ?", "Fais-moi un planning pour demain."],
                ["Quali interventi sono ancora aperti?", "Fammi un giro per domani."],
                ["Which jobs are still open?", "Plan tomorrow's route for me."],
            ),
        )
    if v == 2:
        cust = c.person(age=(28, 80))
        handler = c.person(age=(25, 60))
        ins = c.pick(INSURERS[c.cc])
        dom = translit(ins.replace("+", "").replace("=", "").replace(" ", "-").replace("'", "")) + TLD[c.cc]
        hm = c.mail(handler, dom)
        nb = c.person(age=(30, 60))
        kid = c.relative(nb, kind="child", age=(7, 13))
        nba = c.addr()
        fitter = c.person(age=(22, 60))
        claim = f"{c.digits(2)}-{c.digits(6, False)}"
        inv = f"{c.pick(['R', 'RE', 'F', 'INV'])}{c.today.year}-{c.digits(4, False)}"
        amount = c.money(180, 900, 1)
        d_inc = c.day(-20, -8)
        son = rel_word(c, "child", kid.g)
        body = c.t(
            f"am {c.date(d_inc)} hat {'die Tochter' if kid.g == 'f' else 'der Sohn'} unserer Nachbarn, {kid.fn()}, "
            f"beim Fußballspielen unser Küchenfenster getroffen. Die Eltern ({nb.full()}, {nba.one()}, Tel. "
            f"{c.ph('land')}) haben sich sofort gemeldet, ihre Haftpflichtversicherung läuft aber über eine andere "
            f"Gesellschaft. Die {f.name} hat die Scheibe am {c.date(d_inc + dt.timedelta(days=3))} ersetzt, die "
            f"Rechnung über {amount} hänge ich an. Bitte überweisen Sie den Betrag auf {c.iban()} "
            f"(Kontoinhaber/in: {cust.full()}).",
            f"le {c.date(d_inc)}, {'la fille' if kid.g == 'f' else 'le fils'} de nos voisins, {kid.fn()}, a cassé "
            f"la fenêtre de notre cuisine avec un ballon. Les parents ({nb.full()}, {nba.one()}, tél. "
            f"{c.ph('land')}) nous ont prévenus tout de suite, mais ils sont assurés ailleurs. La {f.name} a remplacé "
            f"le vitrage le {c.date(d_inc + dt.timedelta(days=3))} ; je joins la facture de {amount}. Merci de verser "
            f"le montant sur {c.iban()} (titulaire : {cust.full()}).",
            f"il {c.date(d_inc)} {'la figlia' if kid.g == 'f' else 'il figlio'} dei nostri vicini, {kid.fn()}, ha "
            f"rotto con il pallone la finestra della cucina. I genitori ({nb.full()}, {nba.one()}, tel. "
            f"{c.ph('land')}) ci hanno avvisato subito, ma sono assicurati con un'altra compagnia. La {f.name} ha "
            f"sostituito il vetro il {c.date(d_inc + dt.timedelta(days=3))}; allego la fattura di {amount}. "
            f"Vi prego di accreditare l'importo sull'IBAN {c.iban()} (intestato a {cust.full()}).",
            f"on {c.date(d_inc)} our neighbours' {son}, {kid.fn()}, put a football through our kitchen window. "
            f"The parents ({nb.full()}, {nba.one()}, tel. {c.ph('land')}) told us straight away, but their cover is "
            f"with another insurer. {f.name} replaced the glass on {c.date(d_inc + dt.timedelta(days=3))}; the "
            f"invoice for {amount} is attached. Please pay it to {c.iban()} (account holder {cust.full()}).",
            us=f"on {c.date(d_inc)} our neighbors' {son}, {kid.fn()}, put a baseball through our kitchen window. "
            f"The parents ({nb.full()}, {nba.one()}, {c.ph('land')}) let us know right away; they're insured "
            f"elsewhere. {f.name} replaced the glass on {c.date(d_inc + dt.timedelta(days=3))}; the invoice for "
            f"{amount} is attached. Please mail the check to the address on file.",
        )
        body = body[0].upper() + body[1:]
        inv_q = form(
            c,
            [
                (c.t("Rechnung", "Facture", "Fattura", "Invoice"), f"{inv} / {c.date(c.day(-8, -3))}"),
                (c.t("Leistung", "Prestation", "Prestazione", "Work"), c.pick(jobs)[0]),
                (c.t("Monteur", "Technicien", "Tecnico", "Fitter"), fitter.full()),
                (c.t("Betrag", "Montant TTC", "Importo IVA incl.", "Total"), amount),
            ],
            "colon",
        )
        subj = c.t(
            f"Schaden-Nr. {claim} – Glasbruch",
            f"Sinistre n° {claim} – bris de glace",
            f"Sinistro n. {claim} – rottura vetri",
            f"Claim {claim} – broken window",
        )
        txt = mail_headers(
            c,
            addr_of(c, cust, c.mail(cust)),
            f"{handler.full()} <{hm}>",
            subj,
            c.today,
            cc=c.mail(nb) if c.chance(0.35) else None,
        )
        txt += f"\n\n{greet(c, handler)}\n\n{body}\n\n{closing(c)}\n{cust.full()}\n{c.addr().one()}\n{c.ph('mobile')}"
        txt += "\n\n" + quote(c, f.role, c.day(-8, -3), inv_q)
        return wrap_request(c, txt, reqs)
    recs = []
    ppl = []
    for _ in range(c.rint(3, 6)):
        p = c.person(age=(20, 85))
        ppl.append(p)
        a = c.addr()
        recs.append(
            {
                "received": c.stamp(),
                "name": p.full(),
                "email": c.mail(p),
                "phone": c.ph("mobile"),
                "street": a.s(),
                "postcode_town": a.t(),
                "damage": c.pick(jobs)[0],
                "width_mm": c.rint(40, 200) * 10,
                "height_mm": c.rint(40, 220) * 10,
                "photos": c.rint(0, 4),
                "ip": c.ip(),
            }
        )
    p = c.pick(ppl)
    fitter = c.person(age=(22, 60))
    note = c.t(
        f"Disposition: {p.t_last()} will den Termin verschieben, {fitter.fn()} übernimmt Donnerstag.",
        f"Planning : {p.t_last()} veut décaler le rendez-vous, {fitter.fn()} prend jeudi.",
        f"Pianificazione: {p.t_last()} vuole spostare l'appuntamento, {fitter.fn()} va giovedì.",
        f"Dispatch: {p.t_last()} wants to move the visit, {fitter.fn()} takes Thursday.",
    )
    x = export(c, recs, wrap={"form": "online-booking", "site": "www." + f.domain}, allow_csv=True)
    return wrap_request(
        c,
        x + "\n\n" + note,
        c.t(
            ["Mach mir daraus Termine für diese Woche."],
            ["Fais-moi des créneaux pour cette semaine."],
            ["Organizza gli appuntamenti di questa settimana."],
            ["Turn these into appointments for this week."],
        ),
    )


# ---------------------------------------------------------------------------------------------------------------------
# genre 4: farriers
# ---------------------------------------------------------------------------------------------------------------------

HORSES = [
    "Fanny",
    "Wotan",
    "Amigo",
    "Jolly Jumper",
    "Quiz",
    "Nestor",
    "Caramel",
    "Ulysse",
    "Fulmine",
    "Biscuit",
    "Duke",
    "Dakota",
    "Sancho",
    "Lord Nelson",
    "Don Camillo",
    "Pepita",
    "Shadow",
    "Toffee",
    "Mistral",
    "Grisou",
    "Balou",
    "Cheyenne",
    "Filou",
    "Baloo",
    "Tornado",
    "Zorro",
    "Cocktail",
    "Rubin",
    "Pünktchen",
    "Sultan",
]


def poss(c: Ctx, p: Person, form_: str = "fn") -> str:
    """Possessive of a first name (de 'Annas' / en "Anna's"), the ending outside the span."""
    span = p.fn() if form_ == "fn" else p.ln()
    name = p.first if form_ == "fn" else p.last
    if c.lang == "de":
        return span + ("'" if name[-1] in "sßxz" else "s")
    return span + "'s"


def g_farrier(c: Ctx) -> str:
    c.spread = 0.12
    v = c.variant
    fname = c.t(
        c.pick(["Hufbeschlag am Ried", "Huf & Eisen", "Hufpflege Sonnenhang", "Schmiede Lindenhof"]),
        c.pick(["Maréchalerie du Val", "Ferrure & Parage", "Maréchalerie des Prés"]),
        c.pick(["Mascalcia Alpina", "Mascalcia del Borgo", "Ferrature Equine Valle"]),
        c.pick(["Hoofcare South West", "Forge & Hoof", "Meadowbrook Farriery"]),
        ch=c.pick(["Hufschmiede Zelgli", "Huf & Pferd GmbH", "Hufbeschlag Seeland"]),
        at=c.pick(["Hufbeschlag Mühlviertel", "Huf & Eisen", "Hufschmiede Sonnleiten"]),
        us=c.pick(["Blue Ridge Farrier Service", "Iron Horse Hoof Care", "Prairie Forge Farrier LLC"]),
    )
    f = make_firm(c, fname)
    stables = c.t(
        ["Reitstall Birkenhof", "Pferdepension Sonnenhof", "Reitanlage Lindenhof", "Reiterhof am Waldrand"],
        ["Écurie du Moulin", "Centre équestre des Tilleuls", "Haras de la Prairie", "Écurie des Sources"],
        ["Scuderia San Giorgio", "Maneggio La Quercia", "Centro ippico Le Querce", "Scuderia Il Mulino"],
        ["Oakfield Livery", "Willow Farm Stables", "Hollybank Equestrian", "Meadow Lane Livery"],
        ch=["Reitstall Rütihof", "Pensionsstall Grund", "Reitsportzentrum Eichhof", "Reitstall Moos"],
        at=["Reitstall Gut Aichet", "Pferdehof Lindenhof", "Reitstall Sonnleiten", "Pferdepension Auhof"],
        us=["Willow Creek Stables", "Red Barn Equestrian Center", "Maple Hill Farm", "Cedar Run Stables"],
    )
    works = c.t(
        [
            "Beschlag rundum (4 Eisen)",
            "Beschlag vorne, hinten barfuß",
            "Barhufbearbeitung",
            "Korrekturbeschlag mit Keilen",
            "Hufschuhe angepasst",
            "Kunststoffbeschlag vorne",
        ],
        [
            "ferrure des 4 pieds",
            "ferrure antérieurs, postérieurs pieds nus",
            "parage",
            "ferrure orthopédique",
            "hipposandales ajustées",
        ],
        [
            "ferratura completa (4 ferri)",
            "ferratura anteriori, posteriori scalzi",
            "pareggio",
            "ferratura correttiva",
            "scarpette adattate",
        ],
        [
            "full set of shoes",
            "fronts only, hinds trimmed",
            "barefoot trim",
            "remedial shoeing with wedges",
            "hoof boots fitted",
        ],
    )
    farrier = c.person(age=(24, 62))
    vet = c.person(age=(30, 65))
    vet_s = c.t(
        f"Tierärztin Dr. {vet.full()}" if vet.g == "f" else f"Tierarzt Dr. {vet.full()}",
        f"Dr {vet.full()}, vétérinaire",
        f"{'dott.ssa' if vet.g == 'f' else 'dott.'} {vet.full()}, veterinari{'a' if vet.g == 'f' else 'o'}",
        f"{vet.full()} MRCVS",
        us=f"Dr. {vet.full()}, DVM",
    )
    reqs = c.t(
        ["Kannst du mir die Termine in meinen Kalender übertragen?", "Schreib eine kurze Nachricht an den Stall."],
        ["Tu peux reporter les rendez-vous dans mon agenda ?", "Écris un petit message à l'écurie."],
        ["Puoi segnare gli appuntamenti nel mio calendario?", "Scrivi un breve messaggio alla scuderia."],
        ["Can you put these appointments in my calendar?", "Write a quick message to the yard."],
    )
    if v == 0:
        owner = c.person(age=(16, 75))
        a = c.addr(near=c.chance(0.6))
        st_name = c.pick(stables)
        st_a = c.addr(business=True)
        horses = c.rng.sample(HORSES, c.rint(1, 3))
        no = f"{c.pick(['H', 'R', 'F'])}-{c.today.year % 100}-{c.digits(3, False)}"
        rows = [[c.date(c.day(-30, 0)), h, c.pick(works), c.money(45, 260, 5)] for h in horses]
        rows.sort(key=lambda r_: r_[0])
        tab = table(
            c,
            c.t(
                ["Datum", "Pferd", "Leistung", "Betrag"],
                ["Date", "Cheval", "Prestation", "Montant"],
                ["Data", "Cavallo", "Prestazione", "Importo"],
                ["Date", "Horse", "Work", "Amount"],
            ),
            rows,
            c.pick(["fixed", "mdpad", "md", "pipe"]),
        )
        h0 = horses[0]
        note = c.t(
            f"Hinweis: {h0} vorne links fühlig – bitte {vet_s} ({c.ph('land', st_a.town)}) draufschauen "
            f"lassen. Nächster Termin: {c.date(c.day(35, 56))}.",
            f"Remarque : {h0} sensible de l'antérieur gauche – faire voir par le {vet_s} ({c.ph('land')}). "
            f"Prochain passage : {c.date(c.day(35, 56))}.",
            f"Nota: {h0} dolente anteriore sinistro – far vedere da {vet_s} ({c.ph('land')}). "
            f"Prossimo appuntamento: {c.date(c.day(35, 56))}.",
            f"Note: {h0} footsore on the near fore – worth getting {vet_s} ({c.ph('land')}) to look. "
            f"Next visit: {c.date(c.day(35, 56))}.",
        )
        pay = c.t(
            f"Bitte überweisen an {c.iban(False)} – Verwendungszweck {no}.",
            f"Règlement par virement : {c.iban(False)}, réf. {no}.",
            f"Bonifico su {c.iban(False)}, causale {no}.",
            f"Bank transfer to {c.iban(False)}, ref {no}.",
            us=f"Pay by Venmo or card; card on file {c.masked()}.",
        )
        head = form(
            c,
            [
                (c.t("Rechnung Nr.", "Facture n°", "Fattura n.", "Invoice no."), no),
                (c.t("Pferdebesitzer/in", "Propriétaire", "Proprietario/a", "Owner"), owner.full()),
                (c.t("Anschrift", "Adresse", "Indirizzo", "Address"), a.one()),
                (tel_label(c), c.ph("mobile")),
                ("E-Mail" if c.lang != "it" else "Email", c.mail(owner)),
                (c.t("Stall", "Écurie", "Scuderia", "Yard"), f"{st_name}, {st_a.one()}"),
            ],
        )
        sig = signature(
            c,
            [
                farrier.full(),
                c.t(
                    "Hufbeschlagschmied" if farrier.g == "m" else "Hufbeschlagschmiedin",
                    "maréchal-ferrant" if farrier.g == "m" else "maréchale-ferrante",
                    "maniscalco",
                    "farrier",
                    ch="eidg. dipl. Hufschmied" if farrier.g == "m" else "eidg. dipl. Hufschmiedin",
                ),
                c.ph("mobile"),
            ],
        )
        body = f.head(c) + "\n\n" + head + "\n\n" + tab + "\n\n" + note + "\n" + pay + "\n\n" + sig
        if c.chance(0.15):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(4, 7)
        owners = [c.person(age=(16, 75)) for _ in range(n)]
        days = c.t(
            ["Mo", "Di", "Mi", "Do", "Fr", "Sa"],
            ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
            ["lun", "mar", "mer", "gio", "ven", "sab"],
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        )
        rows = []
        stl = c.rng.sample(stables, min(len(stables), 3))
        st_addr = {s_: c.addr(business=True) for s_ in stl}
        tms = c.times(n)
        for k, (o, tm) in enumerate(zip(owners, tms, strict=False)):
            s_ = stl[k % len(stl)]
            rows.append(
                [
                    days[min(5, k // 2)],
                    tm,
                    s_,
                    st_addr[s_].s() if c.chance(0.6) else st_addr[s_].one(),
                    o.styled(c.rng, "full lf tl"),
                    ", ".join(c.rng.sample(HORSES, c.rint(1, 2))),
                    c.ph("mobile"),
                ]
            )
        hdr = c.t(
            ["Tag", "Zeit", "Stall", "Adresse", "Besitzer/in", "Pferd(e)", "Telefon"],
            ["Jour", "Heure", "Écurie", "Adresse", "Propriétaire", "Cheval", "Téléphone"],
            ["Giorno", "Ora", "Scuderia", "Indirizzo", "Proprietario", "Cavallo", "Telefono"],
            ["Day", "Time", "Yard", "Address", "Owner", "Horse(s)", "Phone"],
        )
        mgr = c.person(age=(28, 65))
        o1, o2 = c.rng.sample(owners, 2)
        sd = c.pick(["fn", "nk", "full"])
        fs, ms = farrier.styled(c.rng, sd), mgr.styled(c.rng, sd)
        gate = c.addr(business=True)
        msgs = [
            (
                ms,
                c.t(
                    f"{poss(c, o1)} Stute lahmt hinten rechts, kannst du Dienstag früher kommen?",
                    f"La jument de {o1.fn()} boite du postérieur droit, tu peux passer plus tôt mardi ?",
                    f"La cavalla di {o1.fn()} zoppica dietro a destra, puoi venire prima martedì?",
                    f"{poss(c, o1)} mare is lame behind, can you come earlier on Tuesday?",
                ),
            ),
            (
                fs,
                c.t(
                    "geht ab 8, sag Bescheid ob der Tierarzt auch kommt",
                    "ok dès 8h, dis-moi si le véto vient aussi",
                    "va bene dalle 8, dimmi se viene anche il veterinario",
                    "can do from 8, let me know if the vet's coming too",
                ),
            ),
            (
                ms,
                c.t(
                    f"{vet_s} ist um 9 da. {o2.t_last()} kommt erst um 16 Uhr, Nummer {c.ph('mobile')}",
                    f"{vet_s} sera là à 9h. {o2.t_last()} n'arrive qu'à 16h, numéro {c.ph('mobile')}",
                    f"{vet_s} arriva alle 9. {o2.t_last()} arriva solo alle 16, numero {c.ph('mobile')}",
                    f"{vet_s} is here at 9. {o2.t_last()} won't be in until 4, number {c.ph('mobile')}",
                ),
            ),
            (
                ms,
                c.t(
                    f"Hofeinfahrt ist wegen Bauarbeiten zu, bitte hinten über {gate.s()} rein",
                    f"l'entrée est fermée pour travaux, passe par derrière {au(c, gate.s())}",
                    f"l'ingresso è chiuso per lavori, entra dal retro in {gate.s()}",
                    f"main gate's shut for works, come in the back way off {gate.s()}",
                ),
            ),
        ]
        body = (
            c.t("Tourenplan KW", "Tournée semaine", "Giro settimana", "Round week")
            + f" {c.today.isocalendar()[1]}"
            + "\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + chat(c, subseq(c, msgs, 3, 4, keep_first=2))
        )
        return wrap_request(
            c,
            body,
            c.t(
                ["Kannst du mir die Tour für Dienstag umplanen?", "Mach mir eine Liste, wen ich anrufen muss."],
                ["Tu peux réorganiser la tournée de mardi ?", "Liste des gens à rappeler ?"],
                ["Puoi riorganizzare il giro di martedì?", "Chi devo richiamare?"],
                ["Can you rework Tuesday's round?", "List who I need to call back."],
            ),
        )
    if v == 2:
        owner = c.person(age=(20, 72))
        handler = c.person(age=(25, 60))
        ins = c.t(
            c.pick(["Uelzener", "R+V Pferdeversicherung", "Allianz Tier"]),
            c.pick(["Equi'Assur", "Hiscox Equin", "Pacifica"]),
            c.pick(["Generali", "Allianz"]),
            c.pick(["NFU Mutual", "Petplan Equine", "SEIB"]),
            ch=c.pick(["Epona", "Mobiliar", "Animalia"]),
            at=c.pick(["Uniqa", "Wiener Städtische"]),
            us=c.pick(["Markel Equine", "Great American Equine", "Broadstone Equine"]),
        )
        if c.ch:
            ins = c.pick(["Epona", "Mobiliar", "Animalia", "Vaudoise"])
        dom = translit(ins.split()[0].replace("'", "").replace("+", "")) + TLD[c.cc]
        hm = c.mail(handler, dom)
        horse = c.pick(HORSES)
        a = c.addr()
        pol = f"{c.digits(2)}.{c.digits(6, False)}"
        d0 = c.day(-18, -6)
        amount = c.money(180, 1400, 10)
        farmsg = c.t(
            f"Hallo {owner.fn()}, beim Beschlag heute ist mir bei {horse} vorne links ein Nagel zu nah "
            f"gekommen, ich hab ihn sofort wieder gezogen. Behalt sie bitte im Blick, wenn sie morgen lahmt, "
            f"ruf {vet_s} an. Gruß {farrier.fn()}, {c.ph('mobile')}",
            f"Bonjour {owner.fn()}, en ferrant {horse} ce matin un clou est passé trop près à l'antérieur "
            f"gauche, je l'ai retiré tout de suite. Surveille-la, si elle boite demain appelle le {vet_s}. "
            f"{farrier.fn()}, {c.ph('mobile')}",
            f"Ciao {owner.fn()}, oggi ferrando {horse} un chiodo è andato troppo vicino all'anteriore "
            f"sinistro, l'ho tolto subito. Tienila d'occhio, se domani zoppica chiama {vet_s}. "
            f"{farrier.fn()}, {c.ph('mobile')}",
            f"Hi {owner.fn()}, when I shod {horse} today one nail went a bit close on the near fore, I pulled "
            f"it straight away. Keep an eye on her – if she's lame tomorrow call {vet_s}. "
            f"{farrier.fn()}, {c.ph('mobile')}",
        )
        body = c.t(
            f"hiermit melde ich einen Schaden aus meiner Tierkrankenversicherung (Police {pol}) für mein Pferd "
            f"{horse}.\n\nVersicherungsnehmer/in: {owner.full()}, geb. {c.dob(owner)}\nAnschrift: {a.one()}\n\n"
            f"Beim Beschlag am {c.date(d0)} (Hufschmied/in {farrier.full()}) wurde {horse} vernagelt, es entstand "
            f"ein Hufabszess. Behandelt hat {vet_s}, die Rechnung über {amount} liegt bei. Die Nachricht des "
            f"Hufschmieds füge ich unten ein.\n\nBitte erstatten Sie auf {c.iban()}.",
            f"je vous déclare un sinistre au titre de mon contrat santé équine (n° {pol}) pour mon cheval {horse}."
            f"\n\nAssuré(e) : {owner.full()}, {'née' if owner.g == 'f' else 'né'} le {c.dob(owner)}\nAdresse : "
            f"{a.one()}\n\nLors de la ferrure du {c.date(d0)} (maréchal-ferrant {farrier.full()}), {horse} a été "
            f"piqué(e), un abcès s'est formé. Soins par le {vet_s}, facture de {amount} jointe. Je copie ci-dessous "
            f"le message du maréchal.\n\nMerci de rembourser sur {c.iban()}.",
            f"con la presente denuncio un sinistro sulla polizza (n. {pol}) per il mio cavallo {horse}.\n\n"
            f"Contraente: {owner.full()}, {'nata' if owner.g == 'f' else 'nato'} il {c.dob(owner)}\nIndirizzo: "
            f"{a.one()}\n\nDurante la ferratura del {c.date(d0)} (maniscalco {farrier.full()}) {horse} è stato/a "
            f"inchiodato/a, si è formato un ascesso. L'ha curato/a {vet_s}, allego la fattura di {amount}. Incollo "
            f"sotto il messaggio del maniscalco.\n\nRimborso sull'IBAN {c.iban()}.",
            f"I'd like to make a claim on my equine policy ({pol}) for my horse {horse}.\n\nPolicyholder: "
            f"{owner.full()}, DOB {c.dob(owner)}\nAddress: {a.one()}\n\nWhen {horse} was shod on {c.date(d0)} "
            f"(farrier {farrier.full()}) a nail was driven too close and an abscess followed. {vet_s} treated "
            f"her; the invoice for {amount} is attached. I've pasted the farrier's message below.\n\n"
            + ("Please pay to " + c.iban() + "." if not c.us else "Please send the reimbursement by check."),
        )
        body = body[0].upper() + body[1:]
        txt = mail_headers(
            c,
            addr_of(c, owner, c.mail(owner)),
            f"{handler.full()} <{hm}>",
            c.t("Schadenmeldung", "Déclaration de sinistre", "Denuncia sinistro", "Claim") + f" {pol} – {horse}",
            c.today,
        )
        txt += f"\n\n{greet(c, handler)}\n\n{body}\n\n{closing(c)}\n{owner.full()}\n{c.ph('mobile')}\n\n"
        txt += (
            c.t("WhatsApp vom Hufschmied:", "SMS du maréchal :", "Messaggio del maniscalco:", "Text from the farrier:")
            + "\n> "
            + farmsg
        )
        return wrap_request(
            c,
            txt,
            c.t(
                ["Ist die Schadenmeldung so vollständig?"],
                ["La déclaration est complète ?"],
                ["La denuncia è completa così?"],
                ["Is this claim complete?"],
            ),
        )
    recs = []
    owners = []
    for _ in range(c.rint(3, 5)):
        o = c.person(age=(16, 75))
        owners.append(o)
        st_a = c.addr(business=True)
        recs.append(
            {
                "booking": f"BK{c.digits(5)}",
                "owner": o.full(),
                "email": c.mail(o),
                "phone": c.ph("mobile"),
                "yard": c.pick(stables),
                "yard_address": st_a.one(),
                "horses": c.rng.sample(HORSES, c.rint(1, 2)),
                "service": c.pick(works),
                "preferred_date": c.day(3, 30).isoformat(),
                "ip": c.ip(),
            }
        )
    o = c.pick(owners)
    note = c.t(
        f"Anmerkung: {o.full()} hat angerufen, Termin bitte eine Woche später.",
        f"Remarque : {o.full()} a appelé, décaler le rendez-vous d'une semaine.",
        f"Nota: {o.full()} ha chiamato, spostare l'appuntamento di una settimana.",
        f"Note: {o.full()} called, please push the visit back a week.",
    )
    return wrap_request(c, export(c, recs, allow_csv=True) + "\n\n" + note, reqs)


# ---------------------------------------------------------------------------------------------------------------------
# genre 5: energy performance certificates and home energy audits
# ---------------------------------------------------------------------------------------------------------------------


def energy_bits(c: Ctx) -> dict:
    y = c.today.year
    cls = c.pick("BCDDEEFFG")
    if c.cc == "DE":
        cert = "Energieausweis für Wohngebäude gemäß GEG (" + c.pick(["Bedarfsausweis", "Verbrauchsausweis"]) + ")"
        reg = f"{c.pick(['BY', 'NW', 'BW', 'HE', 'NI', 'SN'])}-{y}-{c.digits(9, False)}"
        val = f"{c.rint(60, 260)},{c.rint(0, 9)} kWh/(m²·a)"
    elif c.cc == "AT":
        cert = "Energieausweis nach OIB-Richtlinie 6"
        reg = f"ZEUS-{y}-{c.digits(6)}"
        val = f"HWB {c.rint(40, 190)} kWh/m²a, fGEE {c.rint(70, 190) / 100:.2f}".replace(".", ",")
    elif c.cc == "CH":
        cert = c.t("GEAK Plus", "CECB Plus", "CECE Plus", "GEAK Plus")
        reg = f"{c.pick(['ZH', 'BE', 'VD', 'GE', 'TI', 'LU', 'AG'])}-{c.digits(6)}-{c.rint(1, 9)}"
        val = c.t(
            f"Effizienz Gebäudehülle {cls}, Gesamtenergie {c.pick('CDEF')}",
            f"efficacité de l'enveloppe {cls}, efficacité globale {c.pick('CDEF')}",
            f"efficienza involucro {cls}, efficienza globale {c.pick('CDEF')}",
            "",
        )
    elif c.cc == "FR":
        cert = "Diagnostic de performance énergétique (DPE)"
        reg = f"{y % 100}{c.digits(2)}E{c.digits(7, False)}{c.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}"
        val = f"{c.rint(90, 420)} kWh/m²/an, {c.rint(8, 80)} kg CO₂/m²/an"
    elif c.cc == "IT":
        cert = "Attestato di Prestazione Energetica (APE)"
        reg = f"{c.digits(7, False)}/{y}"
        val = f"EPgl,nren {c.rint(60, 320)},{c.rint(0, 9)} kWh/m²anno"
    elif c.cc == "GB":
        cert = "Energy Performance Certificate (EPC)"
        reg = "-".join(c.digits(4, False) for _ in range(5))
        val = f"current rating {cls} ({c.rint(21, 80)}), potential {c.pick('BC')} ({c.rint(70, 88)})"
    else:
        cert = "Home Energy Audit / HERS Rating"
        reg = f"RESNET {c.digits(7)}"
        val = f"HERS Index {c.rint(55, 130)}, blower door {c.rint(30, 120) / 10} ACH50"
    firm = c.t(
        c.pick(["Energieberatung Nord", "EnerConsult GmbH", "Ingenieurbüro Wärme & Bau", "Klimahaus Planung"]),
        c.pick(["Diag Immo Conseil", "Cabinet Diagnostics du Parc", "Expertise Habitat Diagnostic"]),
        c.pick(["Studio Tecnico Energia & Ambiente", "EnerLab Studio Associato", "Studio Termotecnico Nord"]),
        c.pick(["GreenHome Energy Assessments", "EPC Direct Ltd", "Warm Homes Surveying"]),
        ch=c.pick(["Energieberatung Zentral AG", "Bauphysik Seeland GmbH"]),
        at=c.pick(["Energieberatung Donau", "Ingenieurbüro Alpenwärme"]),
        us=c.pick(["Evergreen Home Performance", "Summit Energy Audits LLC", "Bright Path Energy Raters"]),
    )
    heat = c.t(
        ["Gas-Brennwert 2009", "Öl-Niedertemperatur 1994", "Wärmepumpe Luft/Wasser 2021", "Fernwärme"],
        ["chaudière gaz 2009", "chaudière fioul 1994", "pompe à chaleur air/eau 2021", "chauffage urbain"],
        ["caldaia a condensazione 2009", "caldaia a gasolio 1994", "pompa di calore 2021", "teleriscaldamento"],
        ["gas combi boiler 2009", "oil boiler 1994", "air source heat pump 2021", "electric storage heaters"],
        us=["gas furnace 2009", "oil furnace 1994", "air-source heat pump 2021", "electric baseboard"],
    )
    return {"cert": cert, "reg": reg, "val": val, "cls": cls, "firm": firm, "heat": heat}


EPREF = {"DE": "EA", "AT": "EA", "CH": "GEAK", "FR": "DPE", "IT": "APE", "GB": "EPC", "US": "AUD"}


def caretaker_word(c: Ctx, g: str) -> str:
    return c.t(
        "Hausmeister" if g == "m" else "Hausmeisterin",
        "gardien" if g == "m" else "gardienne",
        "portiere" if g == "m" else "portinaia",
        "caretaker",
        ch="Hauswart" if g == "m" else "Hauswartin",
        at="Hausbesorger" if g == "m" else "Hausbesorgerin",
        us="super",
    )


def g_energycert(c: Ctx) -> str:
    c.spread = 0.15
    b = energy_bits(c)
    f = make_firm(c, b["firm"])
    v = c.variant
    assessor = c.person(age=(28, 64))
    atitle = c.t(
        "Dipl.-Ing. (FH)" if c.chance(0.5) else "Energieberater/in",
        "diagnostiqueur certifié",
        c.pick(["ing.", "arch.", "geom."]),
        "Domestic Energy Assessor",
        ch="GEAK-Experte/-Expertin",
        at="Ing.",
        us="RESNET HERS Rater",
    )
    reqs = c.t(
        [
            "Erklär mir das Ergebnis in einfachen Worten.",
            "Was bedeutet die Effizienzklasse für den Verkauf?",
            "Schreib eine kurze Antwort an das Büro.",
        ],
        [
            "Explique-moi le résultat simplement.",
            "Qu'est-ce que la classe change pour la vente ?",
            "Rédige une réponse courte au cabinet.",
        ],
        [
            "Spiegami il risultato in parole semplici.",
            "Cosa cambia la classe per la vendita?",
            "Scrivi una breve risposta allo studio.",
        ],
        [
            "Explain the result in plain words.",
            "What does the rating mean if we sell?",
            "Draft a short reply to the assessor.",
        ],
    )
    if v == 0:
        owner = c.person(age=(30, 85))
        oa = c.addr(near=c.chance(0.6))
        obj = c.addr()
        tenant = c.person(age=(20, 80)) if c.chance(0.5) else None
        co = c.relative(owner, age=(30, 85)) if c.chance(0.35) else None
        no = f"{EPREF[c.cc]}-{c.today.year % 100}-{c.digits(4, False)}"
        rows = [
            (c.t("Auftrag", "Dossier", "Pratica", "Job ref"), no),
            (
                c.t("Eigentümer/in", "Propriétaire", "Proprietario", "Owner"),
                owner.full() + (f", {co.full()}" if co else ""),
            ),
            (
                c.t("Anschrift Eigentümer", "Adresse du propriétaire", "Residenza proprietario", "Owner address"),
                oa.one(),
            ),
            (tel_label(c), c.ph("mobile")),
            ("E-Mail" if c.lang != "it" else "Email", c.mail(owner)),
        ]
        if c.cc in ("DE", "AT") and c.chance(0.5):
            rows.append((c.t("Geburtsdatum (für Förderantrag)", "", "", ""), c.dob(owner)))
        if c.cc == "IT":
            rows.append(
                ("Dati catastali", f"foglio {c.rint(1, 90)}, particella {c.rint(10, 999)}, sub {c.rint(1, 30)}")
            )
        rows += [
            (c.t("Objekt", "Bien", "Immobile", "Property"), obj.one()),
            (c.t("Baujahr", "Année de construction", "Anno di costruzione", "Year built"), str(c.rint(1905, 2012))),
            (
                c.t("Wohnfläche", "Surface habitable", "Superficie utile", "Floor area", us="Conditioned area"),
                f"{c.rint(45, 260)} m²" if not c.us else f"{c.rint(900, 3400)} sq ft",
            ),
            (c.t("Heizung", "Chauffage", "Impianto", "Heating"), c.pick(b["heat"])),
            (
                c.t("Ergebnis", "Résultat", "Risultato", "Result"),
                (f"{c.t('Klasse', 'classe', 'classe', 'band')} {b['cls']} – " if c.cc not in ("CH", "US", "GB") else "")
                + b["val"],
            ),
            (c.t("Registriernummer", "N° ADEME", "Codice APE", "Report ref", ch="GEAK-Nr.", us="Rating ID"), b["reg"]),
            (
                c.t("Gültig bis", "Valable jusqu'au", "Valido fino al", "Valid until"),
                c.date(
                    c.today.replace(year=c.today.year + 10)
                    if not (c.today.month == 2 and c.today.day == 29)
                    else c.today
                ),
            ),
            (c.t("Aussteller/in", "Diagnostiqueur", "Certificatore", "Assessor"), f"{assessor.full()}, {atitle}"),
        ]
        if tenant:
            rows.append(
                (
                    c.t(
                        "Kontakt vor Ort (Mieter/in)",
                        "Contact sur place (locataire)",
                        "Contatto in loco (inquilino)",
                        "Access via tenant",
                    ),
                    f"{tenant.full()}, {c.ph('mobile')}",
                )
            )
        fee = c.money(180, 690, 5)
        pay = c.t(
            f"Honorar {fee}, zahlbar an {c.iban(False)}.",
            f"Honoraires {fee}, virement sur {c.iban(False)}.",
            f"Onorario {fee}, bonifico su {c.iban(False)}.",
            f"Fee {fee}, payable to {c.iban(False)}.",
            us=f"Fee {fee}, paid by card {c.masked()}; utility rebate applied.",
        )
        body = f.head(c) + "\n\n" + b["cert"] + "\n\n" + form(c, rows) + "\n\n" + pay
        if c.chance(0.3):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(4, 6)
        owners = [c.person(age=(30, 85)) for _ in range(n)]
        rows = []
        for k, (o, tm) in enumerate(zip(owners, c.times(n), strict=False)):
            a = c.addr()
            on_site = c.person(age=(20, 75)) if c.chance(0.5) else None
            rows.append(
                [
                    c.date(c.today + dt.timedelta(days=k // 2)),
                    tm,
                    a.s() if c.chance(0.6) else a.one(),
                    o.styled(c.rng, "full lf tl"),
                    on_site.full() if on_site else "–",
                    c.ph("mobile"),
                    c.pick(
                        [
                            c.t("Begehung", "visite", "sopralluogo", "site visit"),
                            c.t("Nachtermin", "contre-visite", "secondo sopralluogo", "revisit"),
                        ]
                    ),
                ]
            )
        hdr = c.t(
            ["Datum", "Zeit", "Objekt", "Eigentümer/in", "vor Ort", "Telefon", "Art"],
            ["Date", "Heure", "Bien", "Propriétaire", "Sur place", "Téléphone", "Type"],
            ["Data", "Ora", "Immobile", "Proprietario", "In loco", "Telefono", "Tipo"],
            ["Date", "Time", "Property", "Owner", "On site", "Phone", "Type"],
        )
        office = c.person(age=(22, 60))
        sd = c.pick(["fn", "fL", "nk"])
        os_, as_ = office.styled(c.rng, sd), assessor.styled(c.rng, sd)
        o1, o2 = c.rng.sample(owners, 2)
        ct = c.person(age=(30, 70))
        msgs = [
            (
                os_,
                c.t(
                    f"{o1.t_last()} hat abgesagt, Mieter ist krank. Neuer Termin nächste Woche?",
                    f"{o1.t_last()} annule, le locataire est malade. On recale la semaine prochaine ?",
                    f"{o1.t_last()} ha disdetto, l'inquilino è malato. Rimandiamo alla settimana prossima?",
                    f"{o1.t_last()} cancelled, the tenant's ill. Rebook next week?",
                ),
            ),
            (
                as_,
                c.t(
                    "ok. Bei dem Mehrfamilienhaus brauch ich die Pläne vom Heizungskeller",
                    "ok. Pour l'immeuble il me faut les plans de la chaufferie",
                    "ok. Per il condominio mi servono le planimetrie della centrale termica",
                    "ok. For the block of flats I need the plant room plans",
                ),
            ),
            (
                os_,
                c.t(
                    f"Schlüssel für den Keller hat {caretaker_word(c, ct.g)} {ct.full()}, {c.ph('mobile')}",
                    f"la clé de la chaufferie est chez {'le' if ct.g == 'm' else 'la'} {caretaker_word(c, ct.g)}, "
                    f"{ct.full()}, {c.ph('mobile')}",
                    f"le chiavi le ha {'il' if ct.g == 'm' else 'la'} {caretaker_word(c, ct.g)} {ct.full()}, "
                    f"{c.ph('mobile')}",
                    f"the {caretaker_word(c, ct.g)}, {ct.full()}, has the key: {c.ph('mobile')}",
                ),
            ),
            (
                as_,
                c.t(
                    f"{o2.fn()} {o2.ln()} will das Ergebnis per Mail an {c.mail(o2)}",
                    f"{o2.full()} veut le résultat par mail : {c.mail(o2)}",
                    f"{o2.full()} vuole il risultato via mail: {c.mail(o2)}",
                    f"{o2.full()} wants the report emailed to {c.mail(o2)}",
                ),
            ),
        ]
        if c.lang == "de":
            msgs[3] = (as_, f"{o2.full()} will das Ergebnis per Mail an {c.mail(o2)}")
        body = (
            c.t(
                "Terminliste Energieausweise",
                "Planning des diagnostics",
                "Calendario sopralluoghi APE",
                "Assessment diary",
                ch="Terminliste GEAK",
                us="Audit schedule",
            )
            + "\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + chat(c, subseq(c, msgs, 3, 4))
        )
        return wrap_request(
            c,
            body,
            c.t(
                ["Welche Termine muss ich verschieben?"],
                ["Quels rendez-vous décaler ?"],
                ["Quali appuntamenti devo spostare?"],
                ["Which visits need moving?"],
            ),
        )
    if v == 2:
        owner = c.person(age=(30, 80))
        sib = c.relative(owner, age=(30, 80))
        tenant = c.person(age=(20, 80))
        obj = c.addr()
        wm = c.mail(assessor, f.domain)
        no = f"{EPREF[c.cc]}-{c.today.year % 100}-{c.digits(4, False)}"
        d_vis = c.day(4, 20)
        conf = form(
            c,
            [
                (c.t("Auftrag", "Dossier", "Pratica", "Job ref"), no),
                (c.t("Objekt", "Bien", "Immobile", "Property"), obj.one()),
                (c.t("Termin", "Rendez-vous", "Sopralluogo", "Visit"), f"{c.date(d_vis)}, {c.time()}"),
                (c.t("Honorar", "Honoraires", "Onorario", "Fee"), c.money(180, 690, 5)),
            ],
            "colon",
        )
        q = quote(
            c,
            f"{assessor.full()} <{wm}>",
            c.day(-6, -1),
            c.t(
                "vielen Dank für Ihren Auftrag, hier die Bestätigung:",
                "merci pour votre commande, voici la confirmation :",
                "grazie per l'incarico, ecco la conferma:",
                "thanks for booking, here's the confirmation:",
            )
            + "\n\n"
            + conf,
        )
        sibw = rel_word(c, "sibling", sib.g)
        grant = c.cc in ("DE", "AT", "IT", "FR") or c.chance(0.3)
        body = c.t(
            f"danke für die Bestätigung. Das Haus gehört mir und {'meiner' if sib.g == 'f' else 'meinem'} {sibw} "
            f"{sib.full()} je zur Hälfte, bitte beide als Eigentümer eintragen ({sib.fn()} erreichen Sie unter "
            f"{c.mail(sib)}). Zum Termin öffnet {'unsere Mieterin' if tenant.g == 'f' else 'unser Mieter'} "
            f"{tenant.full()}, Tel. {c.ph('mobile')}."
            + (f" Für den Förderantrag: mein Geburtsdatum ist der {c.dob(owner)}." if grant else ""),
            f"merci pour la confirmation. La maison appartient pour moitié à {'ma' if sib.g == 'f' else 'mon'} "
            f"{sibw} {sib.full()}, merci de nous indiquer tous les deux comme propriétaires ({sib.fn()} : "
            f"{c.mail(sib)}). Le jour de la visite, c'est {'notre locataire' if True else ''} {tenant.full()} qui "
            f"ouvrira, tél. {c.ph('mobile')}."
            + (
                f" Pour le dossier MaPrimeRénov' : je suis {'née' if owner.g == 'f' else 'né'} le {c.dob(owner)}."
                if grant
                else ""
            ),
            f"grazie per la conferma. La casa è per metà di {'mia sorella' if sib.g == 'f' else 'mio fratello'} "
            f"{sib.full()}, indicate per favore entrambi come proprietari ({sib.fn()}: {c.mail(sib)}). Al "
            f"sopralluogo apre {'la nostra inquilina' if tenant.g == 'f' else 'il nostro inquilino'} {tenant.full()}, "
            f"tel. {c.ph('mobile')}."
            + (
                f" Per la pratica di detrazione: sono {'nata' if owner.g == 'f' else 'nato'} il {c.dob(owner)}."
                if grant
                else ""
            ),
            f"thanks for confirming. The house is jointly owned with my {sibw} {sib.full()}, so please put us both "
            f"on the certificate ({sib.fn()}'s email is {c.mail(sib)}). On the day our tenant {tenant.full()} will "
            f"let you in – {c.ph('mobile')}."
            + (f" For the grant application, my date of birth is {c.dob(owner)}." if grant else ""),
        )
        body = body[0].upper() + body[1:]
        txt = mail_headers(
            c,
            addr_of(c, owner, c.mail(owner)),
            f"{assessor.full()} <{wm}>",
            c.t("AW: Auftragsbestätigung ", "RE : Confirmation ", "R: Conferma incarico ", "RE: Booking confirmation ")
            + no,
            c.today,
            cc=c.mail(sib) if c.chance(0.4) else None,
        )
        txt += f"\n\n{greet(c, assessor)}\n\n{body}\n\n{closing(c)}\n{owner.full()}\n\n{q}"
        return wrap_request(c, txt, reqs)
    recs = []
    owners = []
    iso = c.chance(0.7)
    for _ in range(c.rint(2, 5)):
        o = c.person(age=(28, 85))
        owners.append(o)
        a = c.addr()
        rec = {
            "request_id": c.digits(6),
            "created": c.stamp(),
            "owner": {"first": o.fn(), "last": o.ln(), "email": c.mail(o), "phone": c.ph("mobile")},
            "property": {
                "street": a.s(),
                "town": a.t(),
                "year_built": c.rint(1900, 2015),
                "type": c.pick(["EFH", "MFH", "ETW"]) if c.lang == "de" else c.pick(["house", "flat"]),
            },
            "grant": c.chance(0.5),
            "ip": c.ip(),
        }
        if rec["grant"]:
            rec["owner"]["dob"] = c.dob_iso(o) if iso else c.dob(o, c.dshape)
        recs.append(rec)
    o = c.pick(owners)
    note = c.t(
        f"{o.full()} hat telefonisch nach dem Preis gefragt, bitte Angebot schicken.",
        f"{o.full()} a demandé le tarif par téléphone, envoyer un devis.",
        f"{o.full()} ha chiesto il prezzo al telefono, mandare preventivo.",
        f"{o.full()} phoned about the price – please send a quote.",
    )
    return wrap_request(
        c,
        export(c, recs, wrap={"portal": f.domain}) + "\n\n" + note,
        c.t(
            ["Erstell mir daraus Angebote.", "Welche Anfragen wollen Förderung?"],
            ["Prépare les devis.", "Quelles demandes concernent une aide ?"],
            ["Prepara i preventivi.", "Quali richieste chiedono incentivi?"],
            ["Draft quotes for these.", "Which requests want a grant?"],
        ),
    )


# ---------------------------------------------------------------------------------------------------------------------
# genre 6: key and access-badge registers
# ---------------------------------------------------------------------------------------------------------------------


def g_keyregister(c: Ctx) -> str:
    c.spread = 0.1
    v = c.variant
    kind = "flats" if v == 2 else c.pick(["flats", "office", "school", "club"])
    org = {
        "flats": c.t(
            c.pick(["Hausverwaltung Sonnenhof GmbH", "WEG-Verwaltung Am Park", "Wohnungsgenossenschaft Eintracht eG"]),
            c.pick(["Cabinet Martel Gestion", "Régie des Tilleuls", "Syndic Horizon"]),
            c.pick(["Amministrazione Condominio Aurora", "Studio Gestioni Immobiliari"]),
            c.pick(["Parkside Residential Management", "Harbour Lettings Ltd"]),
            ch=c.pick(["Verwaltung Seeblick AG", "Wohnbaugenossenschaft Heimat"]),
            at=c.pick(["Hausverwaltung Donaublick", "Gemeinnützige Wohnbau Süd"]),
            us=c.pick(["Riverside Apartments LLC", "Maple Court Management"]),
        ),
        "office": c.t(
            c.pick(["Technik & Service GmbH", "Stadtwerke Facility Management", "Kanzlei am Ring"]),
            c.pick(["Groupe Alvéa – services généraux", "Cabinet Fidal Conseil"]),
            c.pick(["Servizi Generali – Sede centrale", "Studio Associato Fiscale"]),
            c.pick(["Facilities – Head Office", "Northgate Insurance Services"]),
            ch=c.pick(["Facility Services – Hauptsitz", "Treuhand Seeland AG"]),
            us=c.pick(["Facilities – HQ", "Lakeside Medical Group"]),
        ),
        "school": c.t(
            c.pick(["Gesamtschule Nord – Hausmeisterei", "Grundschule am Park"]),
            c.pick(["Collège Jean-Moulin – intendance", "École élémentaire des Tilleuls"]),
            c.pick(["Istituto Comprensivo Nord – segreteria", "Liceo Scientifico – economato"]),
            c.pick(["Westfield Academy – site team", "St Mary's Primary School"]),
            ch=c.pick(["Schulhaus Rüti – Hauswartung", "Sekundarschule Zelg"]),
            us=c.pick(["Lincoln Middle School – custodial", "Riverside Elementary"]),
        ),
        "club": c.t(
            c.pick(["TSV Eintracht – Vereinsheim", "Schützenverein – Schießstand", "Musikverein Harmonie"]),
            c.pick(["Tennis Club du Parc", "Amicale des pêcheurs"]),
            c.pick(["Circolo Tennis Il Parco", "Pro Loco – sede sociale"]),
            c.pick(["Riverside Cricket Club", "Community Hall Committee"]),
            ch=c.pick(["Turnverein – Turnhalle", "Musikgesellschaft Harmonie"]),
            us=c.pick(["Oakwood Community Center", "Lakeside Yacht Club"]),
        ),
    }[kind]
    f = make_firm(c, org)
    keys = [
        c.t("Haustür + Wohnung", "porte d'entrée + appartement", "portone + appartamento", "front door + flat"),
        c.t("Briefkasten", "boîte aux lettres", "cassetta postale", "mailbox"),
        c.t("Keller", "cave", "cantina", "storage cage"),
        c.t("Transponder", "badge", "badge", "fob"),
        c.t("Büro 2.14", "bureau 2.14", "ufficio 2.14", "office 2.14"),
        c.t("Turnhalle Hauptschlüssel", "salle de sport – passe", "palestra – passe", "sports hall master"),
    ]
    system = c.pick(
        {
            "DE": ["BKS", "DOM", "Abus", "Winkhaus"],
            "AT": ["EVVA", "Abus", "BKS"],
            "CH": ["Kaba", "Keso", "Glutz"],
            "FR": ["Vachette", "Bricard", "Fichet"],
            "IT": ["Cisa", "Mottura", "Iseo"],
            "GB": ["Yale", "Union", "ERA"],
            "US": ["Medeco", "Schlage", "Kwikset"],
        }[c.cc]
    )

    def keyno() -> str:
        return c.pick(
            [
                f"{system} {c.digits(2)}-{c.digits(3)}",
                f"Nr. {c.rint(1, 240)}",
                f"{c.pick('ABCDGH')}{c.rint(1, 99)}",
                f"#{c.digits(4, False)}",
            ]
        )

    reqs = c.t(
        [
            "Mach mir daraus eine ordentliche Schlüsselliste.",
            "Wer hat noch Schlüssel, die zurück müssen?",
            "Schreib eine kurze Antwort.",
        ],
        ["Fais-moi une liste propre des clés.", "Qui doit encore rendre des clés ?", "Rédige une réponse courte."],
        [
            "Fammi un elenco ordinato delle chiavi.",
            "Chi deve ancora restituire le chiavi?",
            "Scrivi una breve risposta.",
        ],
        ["Turn this into a tidy key list.", "Who still has keys to return?", "Write a short reply."],
    )
    if v == 0:
        rec = c.person(age=(18, 80))
        issuer = c.person(age=(25, 65))
        ra = c.addr(near=c.chance(0.7))
        bld = c.addr(business=True)
        kk = c.rng.sample(keys[:4] if kind == "flats" else keys[3:], c.rint(2, 3))
        rows_k = [[keyno(), k_, str(c.rint(1, 3))] for k_ in kk]
        tab = table(
            c,
            c.t(
                ["Schlüssel-Nr.", "Art", "Anzahl"],
                ["N° de clé", "Type", "Qté"],
                ["N. chiave", "Tipo", "Q.tà"],
                ["Key no.", "Type", "Qty"],
            ),
            rows_k,
            c.pick(["fixed", "mdpad", "md", "pipe"]),
        )
        rows = [
            (
                c.t("Empfänger/in", "Bénéficiaire", "Consegnatario", "Issued to"),
                rec.full() if c.chance(0.6) else rec.last_first(),
            )
        ]
        if c.chance(0.5):
            rows.append(
                (
                    c.t(
                        "Geburtsdatum (Ausweis geprüft)",
                        "Date de naissance (pièce vérifiée)",
                        "Data di nascita (documento verificato)",
                        "Date of birth (ID checked)",
                    ),
                    c.dob(rec),
                )
            )
        rows += [
            (c.t("Anschrift", "Adresse", "Indirizzo", "Address"), ra.one()),
            (tel_label(c), c.ph("mobile")),
            ("E-Mail" if c.lang != "it" else "Email", c.mail(rec)),
            (c.t("Objekt", "Bâtiment", "Stabile", "Building"), bld.one()),
            (
                c.t("Einheit / Raum", "Lot / local", "Unità / locale", "Unit / room"),
                c.t(
                    f"{c.rint(0, 5)}. OG {c.pick(['links', 'rechts', 'Mitte'])}",
                    f"{c.rint(0, 5)}e étage {c.pick(['gauche', 'droite'])}",
                    f"piano {c.rint(0, 5)}, int. {c.rint(1, 20)}",
                    f"Flat {c.rint(1, 30)}",
                    us=f"Unit {c.rint(1, 30)}{c.pick('ABC')}",
                ),
            ),
        ]
        dep = c.money(20, 150, 10)
        issuer_role = (
            caretaker_word(c, issuer.g) if kind == "flats" else c.t("Empfang", "accueil", "portineria", "reception")
        )
        rows += [
            (c.t("Kaution", "Caution", "Deposito", "Deposit"), dep),
            (
                c.t("Rückzahlung an", "Remboursement sur", "Restituzione su", "Refund to"),
                c.iban() if not c.us else f"check to {ra.s()}",
            ),
            (
                c.t("Ausgegeben von", "Remis par", "Consegnato da", "Issued by"),
                f"{issuer.full()} ({issuer_role})",
            ),
            (c.t("Datum", "Date", "Data", "Date"), c.date(c.today)),
        ]
        title = c.t(
            "Schlüsselquittung / Übergabeprotokoll",
            "Reçu de remise de clés",
            "Ricevuta consegna chiavi",
            "Key receipt",
            us="Key sign-out receipt",
        )
        terms = c.t(
            "Der Verlust ist sofort zu melden. Die Kosten eines Zylindertauschs trägt der/die Empfänger/in.",
            "Toute perte doit être signalée immédiatement ; le remplacement du cylindre est à la charge du "
            "bénéficiaire.",
            "Lo smarrimento va segnalato subito; la sostituzione del cilindro è a carico del consegnatario.",
            "Report any loss immediately. The cost of replacing the lock is charged to the key holder.",
        )
        body = (
            f.head(c)
            + "\n\n"
            + title
            + "\n\n"
            + form(c, rows)
            + "\n\n"
            + tab
            + "\n\n"
            + terms
            + "\n\n"
            + c.t(
                "Unterschrift Empfänger/in: ________   Unterschrift Ausgabe: ________",
                "Signature bénéficiaire : ________   Signature : ________",
                "Firma: ________   Firma incaricato: ________",
                "Signed (holder): ________   Signed (issuer): ________",
            )
        )
        if c.chance(0.25):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(5, 9)
        holders = [c.person(age=(16, 80)) for _ in range(n)]
        sty = c.pick(["full", "lf", "fl", "LF"])
        rows = []
        issued = sorted(c.day(-200, -12) for _ in holders)
        for k, h in enumerate(holders):
            back = c.date(c.day(-10, 0)) if c.chance(0.4) else ""
            unit = (
                c.t(
                    f"Whg. {c.rint(1, 24)}",
                    f"lot {c.rint(1, 40)}",
                    f"int. {c.rint(1, 20)}",
                    f"Flat {c.rint(1, 30)}",
                    us=f"Apt {c.rint(1, 30)}",
                )
                if kind == "flats"
                else c.pick(
                    [
                        c.t("Verwaltung", "Compta", "Contabilità", "Accounts"),
                        c.t("Technik", "Technique", "Tecnico", "IT"),
                        c.t("Vorstand", "Bureau", "Direttivo", "Committee"),
                        c.t("Lehrkraft", "Enseignant", "Docente", "Teacher"),
                    ]
                )
            )
            rows.append(
                [
                    str(k + 1),
                    c.date(issued[k]),
                    keyno(),
                    h.styled(c.rng, sty),
                    unit,
                    c.ph(c.pick(["mobile", "mobile", "land"])),
                    back,
                ]
            )
        hdr = c.t(
            ["Nr.", "ausgegeben", "Schlüssel", "Name", "Whg./Bereich", "Telefon", "zurück am"],
            ["N°", "Remise", "Clé", "Nom", "Lot/service", "Téléphone", "Rendue le"],
            ["N.", "Consegna", "Chiave", "Nome", "Unità/ufficio", "Telefono", "Restituita"],
            ["No", "Issued", "Key", "Name", "Unit/dept", "Phone", "Returned"],
        )
        h1, h2 = c.rng.sample(holders, 2)
        staff = [c.person(age=(25, 65)) for _ in range(2)]
        sd = c.pick(["fn", "fL", "nk"])
        s0, s1 = staff[0].styled(c.rng, sd), staff[1].styled(c.rng, sd)
        shop = c.addr(business=True)
        msgs = [
            (
                s0,
                c.t(
                    f"{h1.t_last()} hat den Transponder verloren, ich sperr ihn im System.",
                    f"{h1.t_last()} a perdu son badge, je le désactive.",
                    f"{h1.t_last()} ha perso il badge, lo disattivo.",
                    f"{h1.t_last()} lost the fob, I'm blocking it now.",
                ),
            ),
            (
                s1,
                c.t(
                    f"Schlüsseldienst in der {shop.s()} macht Nachschlüssel bis Freitag.",
                    f"Le serrurier {au(c, shop.s())} fait les doubles pour vendredi.",
                    f"Il ferramenta in {shop.s()} fa le copie entro venerdì.",
                    f"The locksmith on {shop.s()} can cut copies by Friday.",
                ),
            ),
            (
                s0,
                c.t(
                    f"{h2.full()} gibt den Kellerschlüssel erst nach dem Urlaub zurück, Nummer {c.ph('mobile')}",
                    f"{h2.full()} rendra la clé de la cave après ses vacances, numéro {c.ph('mobile')}",
                    f"{h2.full()} restituisce la chiave della cantina dopo le ferie, numero {c.ph('mobile')}",
                    f"{h2.full()} returns the store key after their holiday, number {c.ph('mobile')}",
                ),
            ),
            (
                s1,
                c.t(
                    f"bitte Liste an {c.mail(staff[1], f.domain)} schicken, ich trag's ein",
                    f"envoie-moi la liste à {c.mail(staff[1], f.domain)}, je mets à jour",
                    f"mandami la lista a {c.mail(staff[1], f.domain)}, aggiorno io",
                    f"send the list to {c.mail(staff[1], f.domain)} and I'll update it",
                ),
            ),
        ]
        body = (
            c.t("Schlüsselbuch", "Registre des clés", "Registro chiavi", "Key register")
            + f" – {org}\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + chat(c, subseq(c, msgs, 2, 4))
        )
        return wrap_request(c, body, reqs)
    if v == 2:
        ten = c.person(age=(20, 80))
        mgr = c.person(age=(25, 65))
        ct = c.person(age=(30, 65))
        nb = c.person(age=(25, 85))
        nba = c.addr()
        wm = c.mail(mgr, f.domain)
        d_new = c.day(3, 15)
        notice = c.t(
            f"Liebe Bewohnerinnen und Bewohner,\nam {c.date(d_new)} wird die Schließanlage getauscht. Die neuen "
            "Schlüssel erhalten Sie gegen Unterschrift bei "
            f"{'unserem Hausmeister' if ct.g == 'm' else 'unserer Hausmeisterin'} "
            f"{ct.full()} (Tel. {c.ph('mobile')}), Büro im Erdgeschoss, {f.addr.s()}.\nIhre Hausverwaltung",
            f"Chers résidents,\nle {c.date(d_new)} les serrures seront changées. Les nouvelles clés sont à retirer "
            f"contre signature auprès de {ct.full()} (tél. {c.ph('mobile')}), loge du rez-de-chaussée, "
            f"{f.addr.s()}.\nLa gérance",
            f"Gentili condomini,\nil {c.date(d_new)} verranno sostituite le serrature. Le nuove chiavi si ritirano "
            f"firmando presso {ct.full()} (tel. {c.ph('mobile')}), portineria al piano terra, {f.addr.s()}.\n"
            f"L'amministrazione",
            f"Dear residents,\non {c.date(d_new)} the locks will be changed. Please collect your new keys from "
            f"{ct.full()} (tel. {c.ph('mobile')}) at the site office, {f.addr.s()}, and sign for them.\nManagement",
        )
        body = c.t(
            f"ich habe leider meinen Transponder verloren und kann die neuen Schlüssel erst nach dem "
            f"{c.date(d_new)} abholen. {'Mein Nachbar' if nb.g == 'm' else 'Meine Nachbarin'} {nb.full()} "
            f"({nba.s()}) hat einen Ersatzschlüssel von mir und kann ihn gern abgeben. Die Kosten bitte von meiner "
            f"Kaution abziehen; falls etwas übrig bleibt, bitte auf {c.iban()} überweisen. Meine neue Nummer: "
            f"{c.ph('mobile')}.",
            f"j'ai malheureusement perdu mon badge et je ne pourrai retirer les nouvelles clés qu'après le "
            f"{c.date(d_new)}. {'Mon voisin' if nb.g == 'm' else 'Ma voisine'} {nb.full()} ({nba.s()}) a un double "
            f"et peut le rendre. Merci de déduire les frais de ma caution et de virer le reste sur {c.iban()}. "
            f"Mon nouveau numéro : {c.ph('mobile')}.",
            f"purtroppo ho perso il badge e potrò ritirare le nuove chiavi solo dopo il {c.date(d_new)}. "
            f"{'Il mio vicino' if nb.g == 'm' else 'La mia vicina'} {nb.full()} ({nba.s()}) ha una copia e può "
            f"consegnarla. Vi prego di trattenere le spese dal deposito e versare il resto su {c.iban()}. Nuovo "
            f"numero: {c.ph('mobile')}.",
            f"I'm afraid I've lost my fob and can only collect the new keys after {c.date(d_new)}. My neighbour "
            f"{nb.full()} ({nba.s()}) has a spare of mine and can hand it in. Please take the cost out of my deposit "
            + (f"and pay any balance to {c.iban()}. " if not c.us else "and mail any balance to me. ")
            + f"My new number is {c.ph('mobile')}.",
        )
        body = body[0].upper() + body[1:]
        txt = mail_headers(
            c,
            addr_of(c, ten, c.mail(ten)),
            f"{mgr.full()} <{wm}>",
            c.t(
                "Schlüsseltausch – Transponder verloren",
                "Changement des serrures – badge perdu",
                "Cambio serrature – badge smarrito",
                "Lock change – lost fob",
            ),
            c.today,
        )
        txt += f"\n\n{greet(c, mgr)}\n\n{body}\n\n{closing(c)}\n{ten.full()}\n"
        txt += c.t("Aushang im Treppenhaus:", "Affiche dans le hall :", "Avviso in bacheca:", "Notice in the hall:")
        txt += "\n" + "\n".join("> " + ln for ln in notice.split("\n"))
        return wrap_request(c, txt, reqs)
    recs = []
    holders = []
    for _ in range(c.rint(3, 6)):
        h = c.person(age=(19, 66))
        holders.append(h)
        ev = [
            {
                "ts": c.stamp(),
                "door": c.pick(
                    ["Haupteingang", "Tiefgarage", "Server", "Main entrance", "Garage", "Entrée", "Ingresso"]
                ),
                "controller": lan_ip(c.rng),
                "result": c.pick(["granted", "granted", "denied"]),
            }
            for _ in range(c.rint(1, 2))
        ]
        recs.append(
            {
                "badge": f"{c.digits(3)}-{c.digits(5)}",
                "holder": h.full() if c.chance(0.6) else h.last_first(),
                "email": c.mail(h, f.domain),
                "department": c.pick(["Finance", "HR", "IT", "Sales", "Facility"]),
                "valid_until": c.day(30, 400).isoformat(),
                "events": ev,
            }
        )
    logins = "\n".join(
        f"{c.stamp()} portal login user={c.mail(h, f.domain)} src={c.ip()} ok" for h in c.rng.sample(holders, 2)
    )
    note = c.t(
        "Zutrittsexport + Portal-Log, bitte prüfen, wer seit 90 Tagen nicht mehr drin war.",
        "Export des accès + journal du portail : qui n'est pas venu depuis 90 jours ?",
        "Export accessi + log portale: chi non entra da 90 giorni?",
        "Access export + portal log: who hasn't badged in for 90 days?",
    )
    return wrap_request(c, note + "\n\n" + export(c, recs, allow_yaml=True) + "\n\n" + logins, reqs)


# ---------------------------------------------------------------------------------------------------------------------
# genre 7: voluntary service year and civilian service placements
# ---------------------------------------------------------------------------------------------------------------------


def service_bits(c: Ctx) -> dict:
    t = c.home.name
    if c.cc == "DE":
        d = {
            "prog": c.pick(
                [
                    "Freiwilliges Soziales Jahr (FSJ)",
                    "Bundesfreiwilligendienst (BFD)",
                    "Freiwilliges Ökologisches Jahr (FÖJ)",
                ]
            ),
            "org": c.pick(["Freiwilligendienste Nord gGmbH", "Jugendwerk Süd e.V.", "Soziale Dienste Mitte gGmbH"]),
            "sites": [
                "Kita Sonnenschein",
                "Seniorenzentrum am Park",
                "Förderschule Regenbogen",
                f"Tierheim {t}",
                "Jugendzentrum Ost",
                "Klinikum – Patientenbegleitdienst",
            ],
            "pay": "Taschengeld 450,00 € mtl.",
            "id": f"FWD-{c.digits(6)}",
            "sup": ("Anleiterin", "Anleiter"),
        }
    elif c.cc == "AT":
        d = {
            "prog": c.pick(["Zivildienst", "Freiwilliges Sozialjahr (FSJ)"]),
            "org": c.pick(["Zivildienst-Einrichtungen Ost", "Sozialjahr Österreich – Regionalbüro"]),
            "sites": [
                f"Rettungsdienst Bezirksstelle {t}",
                f"Lebenshilfe {t}",
                "Pflegeheim St. Anna",
                "Jugendzentrum Mitte",
                "Tageszentrum Sonnenblume",
            ],
            "pay": "Grundvergütung 572,60 € mtl.",
            "id": f"ZD-{c.digits(7)}",
            "sup": ("Ansprechperson", "Ansprechperson"),
        }
    elif c.cc == "CH":
        d = {
            "prog": c.t("Zivildiensteinsatz", "Affectation au service civil", "Impiego di servizio civile", ""),
            "org": c.t("Einsatzbetrieb", "Établissement d'affectation", "Istituto d'impiego", ""),
            "sites": c.t(
                [
                    "Alterszentrum Sonnegg",
                    "Stiftung Bühl",
                    "Naturschutzverein Seeland",
                    "Schulheim Rütimattli",
                    "Spitex Region",
                ],
                ["EMS Les Tilleuls", "Fondation Clos-Brochet", "Parc naturel du Jura", "Institution de Lavigny"],
                ["Casa anziani Al Parco", "Fondazione Diamante", "Parco del Piano di Magadino", "Istituto Sant'Angelo"],
                [""],
            ),
            "pay": c.t(
                "Erwerbsersatz gemäss EO",
                "allocation pour perte de gain (APG)",
                "indennità per perdita di guadagno (IPG)",
                "",
            ),
            "id": f"ZIVI-Nr. {c.digits(6)}",
            "sup": c.t("Einsatzverantwortliche", "responsable", "responsabile", "").split("/") * 2,
        }
        d["sup"] = (d["sup"][0], d["sup"][0])
    elif c.cc == "FR":
        d = {
            "prog": "Service civique",
            "org": c.pick(["Unis-Cité", "Ligue de l'enseignement – fédération", "Association Solidarités Jeunesses"]),
            "sites": [
                f"Maison de quartier de {t}",
                "École élémentaire Jules-Ferry",
                "Épicerie solidaire du Centre",
                "EHPAD Les Glycines",
                "Ressourcerie des Tilleuls",
            ],
            "pay": "indemnité 619,83 € / mois",
            "id": f"agrément NA-0{c.rint(10, 95)}-{c.today.year % 100}-{c.digits(5, False)}-00",
            "sup": ("tutrice", "tuteur"),
        }
    elif c.cc == "IT":
        d = {
            "prog": "Servizio Civile Universale",
            "org": c.pick(
                [
                    "Cooperativa sociale Il Sorriso",
                    "Associazione Arci – comitato territoriale",
                    "Fondazione Comunità Solidale",
                ]
            ),
            "sites": [
                f"Biblioteca civica di {t}",
                "Centro diurno Girasole",
                "Casa di riposo San Giuseppe",
                "Emporio solidale",
                "Scuola primaria Don Milani",
            ],
            "pay": "assegno mensile 507,30 €",
            "id": f"codice progetto PTCSU{c.digits(10, False)}",
            "sup": ("OLP", "OLP"),
        }
    elif c.cc == "GB":
        d = {
            "prog": "Youth Volunteering Programme",
            "org": c.pick(["Volunteer Centre " + t, "Step Up Youth Trust"]),
            "sites": [
                "Riverside Food Bank",
                f"{t} Community Library",
                "St Luke's Hospice shop",
                "Parkside Primary",
                "Canal & River Clean-up",
            ],
            "pay": "expenses up to £40 a week",
            "id": f"YVP-{c.digits(6)}",
            "sup": ("volunteer supervisor", "volunteer supervisor"),
        }
    else:
        d = {
            "prog": "AmeriCorps",
            "org": c.pick([f"{t} Reads AmeriCorps", f"{t} Conservation Corps"]),
            "sites": ["Lincoln Elementary", f"{t} Public Library", "Greenway Trail Crew", "Food Pantry of " + t],
            "pay": f"living allowance ${c.rint(700, 1100)}.00 biweekly",
            "id": f"Member ID {c.digits(8)}",
            "sup": ("site supervisor", "site supervisor"),
        }
    return d


def g_serviceyear(c: Ctx) -> str:
    c.spread = 0.2
    b = service_bits(c)
    v = c.variant
    f = make_firm(c, b["org"])
    reqs = c.t(
        [
            "Was muss ich bis zum Start noch erledigen?",
            "Schreib eine kurze Antwort an die Einsatzstelle.",
            "Fass mir die Vereinbarung in einfachen Worten zusammen.",
        ],
        [
            "Qu'est-ce que je dois encore faire avant de commencer ?",
            "Rédige une réponse courte à la structure.",
            "Résume-moi le contrat simplement.",
        ],
        [
            "Cosa devo ancora fare prima di iniziare?",
            "Scrivi una breve risposta all'ente.",
            "Riassumimi il contratto in parole semplici.",
        ],
        [
            "What do I still need to do before I start?",
            "Write a short reply to the placement.",
            "Summarise the agreement in plain words.",
        ],
    )
    if v == 1:
        start = dt.date(c.today.year if c.today.month >= 8 else c.today.year - 1, c.pick([8, 9, 9, 10]), 1)
    else:
        start = dt.date(c.today.year if c.today.month < 8 else c.today.year + 1, c.pick([8, 9, 9, 10]), 1)
    men_only = c.cc == "CH" or (c.at and b["prog"] == "Zivildienst")
    gv = "m" if men_only else None
    if v == 0:
        vol = c.person(gv, kind="young", age=(17, 25) if not c.ch else (19, 27))
        minor = (start - vol.dob).days < 18 * 365
        par = c.relative(vol, age=(40, 60)) if minor else None
        a = c.addr(near=False)
        sup = c.person(age=(27, 63))
        site = c.pick(b["sites"])
        sa = c.addr(business=True)
        sep = c.chance(0.5)
        rows = [
            (c.t("Programm", "Dispositif", "Programma", "Programme", us="Program"), b["prog"]),
            (c.t("Referenz", "Référence", "Riferimento", "Reference"), b["id"]),
        ]
        if sep:
            rows += [
                (c.t("Name", "Nom", "Cognome", "Surname", us="Last name"), vol.ln()),
                (c.t("Vorname", "Prénom", "Nome", "First name"), vol.fn()),
            ]
        else:
            rows.append(
                (c.t("Freiwillige/r", "Volontaire", "Operatore volontario", "Volunteer", us="Member"), vol.full())
            )
        rows += [
            (c.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(vol)),
            (c.t("Anschrift", "Adresse", "Residenza", "Home address"), a.one()),
            (tel_label(c), c.ph("mobile")),
            ("E-Mail" if c.lang != "it" else "Email", c.mail(vol)),
        ]
        if c.ch:
            rows.append((c.t("AHV-Nummer", "N° AVS", "N. AVS", "AHV"), c.ahv()))
        if par:
            rows.append(
                (
                    c.t("Erziehungsberechtigte/r", "Représentant légal", "Genitore", "Parent / guardian"),
                    f"{par.full()}, {c.ph('mobile')}",
                )
            )
        rows += [
            (c.t("Einsatzstelle", "Structure d'accueil", "Sede di attuazione", "Host site"), f"{site}, {sa.one()}"),
            (
                c.t(b["sup"][sup.g == "m"], b["sup"][sup.g == "m"], b["sup"][sup.g == "m"], b["sup"][0]).capitalize()
                if c.lang != "it"
                else "OLP",
                f"{sup.full()}, {c.ph('land', sa.town)}",
            ),
            (
                c.t("Beginn / Ende", "Début / fin", "Inizio / fine", "Start / end"),
                f"{c.date(start)} – {c.date(start.replace(year=start.year + 1) - dt.timedelta(days=1))}",
            ),
            (c.t("Vergütung", "Indemnité", "Compenso", "Allowance"), b["pay"]),
            (
                c.t("Auszahlung auf", "Versement sur", "Accredito su", "Paid to"),
                c.iban(False) if not c.us else "direct deposit (on file)",
            ),
        ]
        title = c.t(
            "Vereinbarung",
            "Contrat d'engagement",
            "Contratto",
            "Placement agreement",
            ch="Einsatzvereinbarung",
            us="Member Service Agreement",
        )
        if c.ch and c.lang == "fr":
            title = "Convention d'affectation"
        if c.ch and c.lang == "it":
            title = "Convenzione d'impiego"
        body = (
            f.head(c)
            + "\n\n"
            + title
            + f" – {b['prog']}\n\n"
            + form(c, rows)
            + "\n\n"
            + c.t(
                f"{c.home.name}, {c.date(c.today)}\n\nUnterschrift Freiwillige/r ______   Träger ______",
                f"Fait à {c.home.name}, le {c.date(c.today)}\n\nSignatures : ______   ______",
                f"{c.home.name}, {c.date(c.today)}\n\nFirme: ______   ______",
                f"Signed on {c.date(c.today)}: ______   ______",
            )
        )
        if c.chance(0.2):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(5, 9)
        vols = [c.person(gv, kind="young", age=(17, 26)) for _ in range(n)]
        sty = c.pick(["lf", "LF", "full", "lsf"])
        rows = [
            [
                v_.styled(c.rng, sty),
                c.dob(v_, c.dshape),
                c.pick(b["sites"]) if b["sites"][0] else "-",
                c.date(start),
                c.ph("mobile"),
                c.pick(["✔", "✔", "offen" if c.lang == "de" else "?"]),
            ]
            for v_ in vols
        ]
        hdr = c.t(
            ["Name", "geb.", "Einsatzstelle", "Beginn", "Handy", "Vertrag"],
            ["Nom", "Né(e) le", "Structure", "Début", "Portable", "Contrat"],
            ["Nome", "Nato/a il", "Sede", "Inizio", "Cellulare", "Contratto"],
            ["Name", "DOB", "Site", "Start", "Mobile", "Agreement"],
        )
        co = [c.person(age=(25, 60)) for _ in range(2)]
        sd = c.pick(["fn", "fL", "nk"])
        c0, c1 = co[0].styled(c.rng, sd), co[1].styled(c.rng, sd)
        v1, v2 = c.rng.sample(vols, 2)
        par = c.relative(v2, age=(40, 60))
        doc = c.person(age=(35, 65))
        msgs = [
            (
                c0,
                c.t(
                    f"{v1.fn()} hat sich krankgemeldet, {'Arztzeugnis' if c.ch else 'AU'} von Dr. {doc.ln()} "
                    f"kommt per Post.",
                    f"{v1.fn()} est en arrêt maladie, certificat du Dr {doc.ln()} par courrier.",
                    f"{v1.fn()} è in malattia, certificato del dott. {doc.ln()} arriva per posta.",
                    f"{v1.fn()} is off sick, note from Dr {doc.ln()} coming in the post.",
                ),
            ),
            (
                c1,
                c.t(
                    f"ok. {poss(c, v2)} Mutter hat angerufen ({c.ph('mobile')}), wegen Seminarwoche.",
                    f"ok. La mère de {v2.fn()} a appelé ({c.ph('mobile')}) pour le séminaire.",
                    f"ok. Ha chiamato la madre di {v2.fn()} ({c.ph('mobile')}) per la formazione.",
                    f"ok. {poss(c, v2)} mum rang ({c.ph('mobile')}) about training week.",
                ),
            ),
            (
                c0,
                c.t(
                    f"Frau {par.ln()}? Die wollte auch die neue Adresse durchgeben: {c.addr().one()}",
                    f"Mme {par.ln()} ? Elle voulait aussi donner la nouvelle adresse : {c.addr().one()}",
                    f"La sig.ra {par.ln()}? Voleva anche dare il nuovo indirizzo: {c.addr().one()}",
                    f"Mrs {par.ln()}? She also wanted to pass on the new address: {c.addr().one()}",
                ),
            ),
            (c1, c.t("genau, trag ich ein", "oui, je mets à jour", "sì, aggiorno io", "yes, I'll update it")),
        ]
        if par.g == "m":
            msgs[1] = (
                c1,
                c.t(
                    f"ok. {poss(c, v2)} Vater hat angerufen ({c.ph('mobile')}), wegen Seminarwoche.",
                    f"ok. Le père de {v2.fn()} a appelé ({c.ph('mobile')}) pour le séminaire.",
                    f"ok. Ha chiamato il padre di {v2.fn()} ({c.ph('mobile')}) per la formazione.",
                    f"ok. {poss(c, v2)} dad rang ({c.ph('mobile')}) about training week.",
                ),
            )
            msgs[2] = (
                c0,
                c.t(
                    f"Herr {par.ln()}? Der wollte auch die neue Adresse durchgeben: {c.addr().one()}",
                    f"M. {par.ln()} ? Il voulait aussi donner la nouvelle adresse : {c.addr().one()}",
                    f"Il sig. {par.ln()}? Voleva anche dare il nuovo indirizzo: {c.addr().one()}",
                    f"Mr {par.ln()}? He also wanted to pass on the new address: {c.addr().one()}",
                ),
            )
        title = (
            c.t(
                "Einsatzliste Jahrgang",
                "Volontaires promotion",
                "Volontari avvio",
                "Placements intake",
                us="Member roster",
            )
            + f" {start.year}/{(start.year + 1) % 100:02d}"
        )
        body = title + "\n\n" + table(c, hdr, rows) + "\n\n" + chat(c, msgs if c.chance(0.6) else msgs[:2])
        return wrap_request(
            c,
            body,
            c.t(
                ["Welche Verträge fehlen noch?"],
                ["Quels contrats manquent ?"],
                ["Quali contratti mancano?"],
                ["Which agreements are still missing?"],
            ),
        )
    if v == 2:
        vol = c.person(gv, kind="young", age=(18, 26))
        sup = c.person(age=(27, 63))
        coord = c.person(age=(25, 60))
        wm = c.mail(coord, f.domain)
        doc = c.person(age=(35, 65))
        mentor = c.person(age=(30, 70))
        na = c.addr(near=c.chance(0.5))
        site = c.pick(b["sites"]) if b["sites"][0] else "-"
        d_sick = c.day(-6, -1)
        quoted = c.t(
            f"{greet(c, vol, False)}\nbitte denk daran: Krankmeldungen ab dem ersten Tag an deine Einsatzstelle "
            f"({site}) und an uns. Das Seminar beginnt am {c.date(c.day(10, 30))}.\n{coord.full()}\n{b['org']}",
            f"{greet(c, vol, False)}\nrappel : tout arrêt maladie doit être signalé dès le premier jour à la structure "
            f"({site}) et à nous. La formation commence le {c.date(c.day(10, 30))}.\n{coord.full()}\n{b['org']}",
            f"{greet(c, vol, False)}\nricorda: la malattia va comunicata dal primo giorno alla sede ({site}) e a noi. "
            f"La formazione inizia il {c.date(c.day(10, 30))}.\n{coord.full()}\n{b['org']}",
            f"{greet(c, vol, False)}\nreminder: sickness must be reported from day one to your site ({site}) and to "
            f"us. Training starts on {c.date(c.day(10, 30))}.\n{coord.full()}\n{b['org']}",
        )
        body = c.t(
            f"ich bin seit {c.date(d_sick)} krank, die Bescheinigung von Dr. {doc.full()} schicke ich heute. "
            f"{'Meine Anleiterin' if sup.g == 'f' else 'Mein Anleiter'} {sup.t_last()} weiß Bescheid. Außerdem bin ich "
            f"umgezogen: {na.one()}. Für das Seminar: {'meine Mentorin' if mentor.g == 'f' else 'mein Mentor'} "
            f"{mentor.full()} ({c.ph('mobile')}) kann mich fahren.",
            f"je suis malade depuis le {c.date(d_sick)}, j'envoie aujourd'hui le certificat du Dr {doc.full()}. "
            f"{'Ma tutrice' if sup.g == 'f' else 'Mon tuteur'} {sup.t_last()} est au courant. J'ai aussi déménagé : "
            f"{na.one()}. Pour la formation, {mentor.full()} ({c.ph('mobile')}) peut m'emmener.",
            f"sono malato/a dal {c.date(d_sick)}, oggi mando il certificato del dott. {doc.full()}. "
            f"L'OLP {sup.t_last()} è informato/a. Inoltre ho cambiato indirizzo: {na.one()}. Per la formazione mi può "
            f"accompagnare {mentor.full()} ({c.ph('mobile')}).",
            f"I've been ill since {c.date(d_sick)} – I'm sending the note from Dr {doc.full()} today. My supervisor "
            f"{sup.t_last()} knows. I've also moved: {na.one()}. For training week, {mentor.full()} "
            f"({c.ph('mobile')}) can give me a lift.",
        )
        body = body[0].upper() + body[1:]
        txt = mail_headers(
            c,
            addr_of(c, vol, c.mail(vol)),
            f"{coord.full()} <{wm}>",
            c.t(
                "Krankmeldung + neue Adresse",
                "Arrêt maladie + nouvelle adresse",
                "Malattia + nuovo indirizzo",
                "Sick note + new address",
            ),
            c.today,
        )
        txt += f"\n\n{greet(c, coord, c.chance(0.3))}\n\n{body}\n\n{closing(c)}\n{vol.fn()}\n\n"
        txt += quote(c, f"{coord.full()} <{wm}>", c.day(-30, -8), quoted)
        return wrap_request(c, txt, reqs)
    recs = []
    vols = []
    iso = c.chance(0.7)
    for _ in range(c.rint(3, 5)):
        v_ = c.person(gv, kind="young", age=(16, 26))
        vols.append(v_)
        a = c.addr(near=False)
        ref = c.person(age=(30, 70))
        rec = {
            "application": c.digits(6),
            "submitted": c.stamp(),
            "first_name": v_.fn(),
            "last_name": v_.ln(),
            "birth_date": c.dob_iso(v_) if iso else c.dob(v_, c.dshape),
            "email": c.mail(v_),
            "mobile": c.ph("mobile"),
            "street": a.s(),
            "postcode_town": a.t(),
            "preferred_area": c.pick(
                ["Kita", "Pflege", "Schule", "Umwelt"]
                if c.lang == "de"
                else ["education", "environment", "elderly care", "culture"]
            ),
            "reference": f"{ref.full()} "
            f"({c.t('Lehrerin' if ref.g == 'f' else 'Lehrer', 'enseignant(e)', 'docente', 'teacher')})",
            "ip": c.ip(),
        }
        if c.ch:
            rec["ahv"] = c.ahv()
        recs.append(rec)
    x = export(c, recs, wrap={"portal": f.domain, "cohort": start.year})
    v_ = c.pick(vols)
    note = c.t(
        f"Vorstellungsgespräch mit {v_.full()} ist am {c.date(c.day(3, 12))}.",
        f"Entretien avec {v_.full()} le {c.date(c.day(3, 12))}.",
        f"Colloquio con {v_.full()} il {c.date(c.day(3, 12))}.",
        f"Interview with {v_.full()} on {c.date(c.day(3, 12))}.",
    )
    return wrap_request(
        c,
        x + "\n\n" + note,
        c.t(
            ["Welche Bewerbungen passen zu unseren Plätzen?"],
            ["Quelles candidatures correspondent à nos missions ?"],
            ["Quali candidature sono adatte ai nostri posti?"],
            ["Which applications fit our placements?"],
        ),
    )


# ---------------------------------------------------------------------------------------------------------------------
# genre 8: street parties and block parties
# ---------------------------------------------------------------------------------------------------------------------


def same_street(c: Ctx, st: str, n: int | str) -> str:
    """House number n on street st in the locale's order (unmarked)."""
    if c.locale in ("fr_FR", "en_GB", "en_US"):
        return f"{n} {st}"
    if c.locale == "it_IT":
        return f"{st[0].upper() + st[1:]} {n}"
    return f"{st} {n}"


def g_streetparty(c: Ctx) -> str:
    c.spread = 0.0
    v = c.variant
    t = c.home.name
    st = c.pick(STREETS[c.locale])
    if c.locale == "de_DE" and st.endswith("str."):
        st = st[:-4] + "straße"
    auth = c.t(
        f"Stadt {t} – Ordnungsamt, Sondernutzungen",
        f"Mairie de {t} – service voirie et manifestations",
        f"Comune di {t} – Ufficio occupazione suolo pubblico",
        f"{t} City Council – Events & Highways",
        ch=f"Stadtpolizei {t} – Bewilligungen",
        at=f"Magistrat {t} – Veranstaltungsbehörde",
        us=f"City of {t} – Special Events Office",
    )
    if c.ch and c.lang == "fr":
        auth = f"Police municipale de {t} – manifestations"
    if c.ch and c.lang == "it":
        auth = f"Polizia comunale di {t} – manifestazioni"
    fest = c.t(
        c.pick(["Straßenfest", "Nachbarschaftsfest", "Hoffest"]),
        c.pick(["Fête des voisins", "Fête de rue"]),
        c.pick(["Festa di via", "Festa del vicinato"]),
        c.pick(["Street party", "Jubilee street party"]),
        ch=c.pick(["Quartierfest", "Strassenfest"]),
        us=c.pick(["Block party", "Neighborhood block party"]),
    )
    lo, hi = c.rint(1, 10), c.rint(14, 40)
    section = m("ADDRESS", same_street(c, st, f"{lo}–{hi}" if c.chance(0.6) else f"{lo}-{hi}"))
    evday = c.day(20, 70)
    reqs = c.t(
        [
            "Hilf mir, den Antrag fertig zu machen.",
            "Schreib eine Einladung an die Nachbarn.",
            "Was müssen wir noch organisieren?",
        ],
        [
            "Aide-moi à finir la demande.",
            "Rédige une invitation pour les voisins.",
            "Qu'est-ce qu'il reste à organiser ?",
        ],
        ["Aiutami a completare la richiesta.", "Scrivi un invito per i vicini.", "Cosa manca da organizzare?"],
        [
            "Help me finish the application.",
            "Write an invitation for the neighbours.",
            "What's still left to organise?",
        ],
    )
    if v == 0:
        org = c.person(age=(25, 75))
        n0 = c.rint(lo, hi)
        oa = Addr(same_street(c, st, n0), c.town_line(c.home), c.home)
        cos = [c.person(age=(22, 80)) for _ in range(c.rint(1, 2))]
        resp = c.pick(cos)
        dj = c.t(
            c.pick(
                [
                    "DJ Service Nordlicht",
                    "Partyservice Müllerhof" if False else "Partyservice Lindenhof",
                    "Hüpfburgverleih Kunterbunt",
                ]
            ),
            c.pick(["Animation Son & Lumière", "Location Fête Plus"]),
            c.pick(["Service Audio Festa", "Noleggio Gonfiabili Arcobaleno"]),
            c.pick(["BounceAround Hire", "Mobile Disco Co."]),
        )
        rows = [
            (c.t("Veranstalter/in", "Organisateur", "Richiedente", "Organiser"), org.full()),
            (c.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(org)),
            (c.t("Anschrift", "Adresse", "Residenza", "Address"), oa.one()),
            (tel_label(c), c.ph("mobile")),
            ("E-Mail" if c.lang != "it" else "Email", c.mail(org)),
            (c.t("Art der Veranstaltung", "Nature de l'événement", "Tipo di evento", "Event"), fest),
            (
                c.t("Datum / Uhrzeit", "Date / horaires", "Data / orario", "Date / time"),
                f"{c.date(evday)}, " + c.t("14–22 Uhr", "14h–22h", "ore 14–22", "2pm–10pm", us="2–9 PM"),
            ),
            (c.t("Gesperrter Abschnitt", "Tronçon fermé", "Tratto interessato", "Road section to close"), section),
            (
                c.t("Erwartete Gäste", "Participants attendus", "Partecipanti previsti", "Expected guests"),
                str(c.rint(30, 150)),
            ),
            (
                c.t("Mitveranstalter/in", "Co-organisateurs", "Co-organizzatori", "Co-organisers"),
                "; ".join(f"{p.full()}, {m('ADDRESS', same_street(c, st, c.rint(lo, hi)))}" for p in cos),
            ),
            (
                c.t(
                    "Verantwortlich vor Ort",
                    "Responsable sur place",
                    "Responsabile sul posto",
                    "Responsible person on the day",
                ),
                f"{resp.full()}, {c.ph('mobile')}",
            ),
            (
                c.t("Musik / Verleih", "Musique / location", "Musica / noleggio", "Music / hire"),
                f"{dj}, {c.t('bis 22 Uhr', 'jusqu à 22h', 'fino alle 22', 'until 10pm')}",
            ),
            (
                c.t("Haftpflicht", "Assurance RC", "Polizza RC", "Public liability insurance"),
                f"{c.pick(INSURERS[c.cc])}, {c.t('Nr.', 'n°', 'n.', 'no.')} {c.digits(8, False)}",
            ),
        ]
        title = c.t(
            "Antrag auf Sondernutzungserlaubnis / verkehrsrechtliche Anordnung",
            "Demande d'autorisation d'occupation du domaine public et d'arrêté de circulation",
            "Richiesta di occupazione temporanea di suolo pubblico",
            "Street party / road closure application",
            ch="Gesuch um Bewilligung einer Veranstaltung auf öffentlichem Grund",
            at="Anzeige einer Veranstaltung / Ansuchen um Straßensperre",
            us="Block party permit application",
        )
        body = (
            auth
            + "\n\n"
            + title
            + "\n\n"
            + form(c, rows)
            + "\n\n"
            + c.t(
                "Eine Unterschriftenliste der Anwohner/innen liegt bei.",
                "La liste des signatures des riverains est jointe.",
                "Si allega l'elenco firme dei residenti.",
                "A list of residents' signatures is attached.",
                us="Signed neighbor petition (51% of households) attached.",
            )
        )
        if c.chance(0.2):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(6, 11)
        res = [c.person(age=(19, 90)) for _ in range(n)]
        nums = sorted(c.rng.sample(range(lo, hi + 1), n)) if hi - lo + 1 >= n else list(range(1, n + 1))
        yes = c.t("ja", "oui", "sì", "yes")
        no = c.t("nein", "non", "no", "no")
        sty = c.pick(["full", "lf", "tl", "LF"])
        rows = [
            [
                r_.styled(c.rng, sty),
                m("ADDRESS", same_street(c, st, nn))
                if c.chance(0.7)
                else c.t(f"Nr. {nn}", f"n° {nn}", f"civico {nn}", f"No. {nn}", us=f"#{nn}"),
                c.pick(["✓", "(unterschrieben)" if c.lang == "de" else "✓", "", "✓"]),
                c.pick([yes, yes, yes, no]),
            ]
            for r_, nn in zip(res, nums, strict=False)
        ]
        hdr = c.t(
            ["Name", "Adresse", "Unterschrift", "Einverstanden"],
            ["Nom", "Adresse", "Signature", "D'accord"],
            ["Nome", "Indirizzo", "Firma", "Favorevole"],
            ["Name", "Address", "Signed", "Agree"],
        )
        helpers = c.rng.sample(res, 3)
        sd = c.pick(["fn", "nk", "fL"])
        hs = [h.styled(c.rng, sd) for h in helpers]
        other = c.person(age=(30, 85))
        on = c.pick([x for x in range(1, hi + 8) if x not in nums])
        clerk_ph = c.ph("land", ext=c.lang == "de" and not c.ch)
        msgs = [
            (
                hs[0],
                c.t(
                    f"Ich bring 3 Bierzeltgarnituren mit, {helpers[1].fn()} den Grill?",
                    f"J'apporte 3 tables pliantes, {helpers[1].fn()} le barbecue ?",
                    f"Porto 3 set birreria, {helpers[1].fn()} la griglia?",
                    f"I'll bring 3 trestle tables, {helpers[1].fn()} the barbecue?",
                ),
            ),
            (
                hs[1],
                c.t(
                    "jo, und Kuchenbuffet macht meine Tochter",
                    "oui, et ma fille fait les gâteaux",
                    "sì, e mia figlia fa le torte",
                    "yep, and my daughter's doing the cakes",
                ),
            ),
            (
                hs[2],
                c.t(
                    f"{other.t_last()} aus Nr. {on} ist dagegen, wegen dem Hund. Red mal jemand mit ihr/ihm?",
                    f"{other.t_last()} du n° {on} n'est pas d'accord, à cause du chien. Quelqu'un lui parle ?",
                    f"{other.t_last()} del civico {on} è contrario/a per via del cane. Qualcuno ci parla?",
                    f"{other.t_last()} at number {on} isn't keen because of the dog. Can someone have a word?",
                ),
            ),
            (
                hs[0],
                c.t(
                    f"Ich ruf beim {'Magistrat' if c.at else 'Ordnungsamt'} an, Sachbearbeiterin hat "
                    f"Durchwahl {clerk_ph}",
                    f"j'appelle la mairie, ligne directe du service : {clerk_ph}",
                    f"chiamo il Comune, l'ufficio ha il diretto {clerk_ph}",
                    f"I'll ring the council, direct line is {clerk_ph}",
                ),
            ),
            (
                hs[2],
                c.t(
                    f"Liste bitte an {c.mail(helpers[2])} schicken, ich druck sie aus",
                    f"envoyez la liste à {c.mail(helpers[2])}, je l'imprime",
                    f"mandate la lista a {c.mail(helpers[2])}, la stampo io",
                    f"send the list to {c.mail(helpers[2])} and I'll print it",
                ),
            ),
        ]
        if other.g == "f":
            msgs[2] = (msgs[2][0], msgs[2][1].replace("ihr/ihm", "ihr").replace("contrario/a", "contraria"))
        else:
            msgs[2] = (msgs[2][0], msgs[2][1].replace("ihr/ihm", "ihm").replace("contrario/a", "contrario"))
        title = c.t(
            f"Unterschriftenliste {fest} – {c.date(evday)}",
            f"Signatures des riverains – {fest} du {c.date(evday)}",
            f"Firme dei residenti – {fest} del {c.date(evday)}",
            f"Residents' consent – {fest}, {c.date(evday)}",
        )
        body = (
            title
            + "\n"
            + c.t("Abschnitt:", "Tronçon :", "Tratto:", "Section:")
            + f" {section}\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + chat(c, subseq(c, msgs, 3, 5, keep_first=1))
        )
        return wrap_request(c, body, reqs)
    if v == 2:
        org = c.person(age=(25, 75))
        clerk = c.person(age=(25, 62))
        co = c.person(age=(22, 80))
        dom = c.t(
            "stadt-" + translit(t.split()[0]) + ".de",
            "mairie-" + translit(t.split()[0]) + ".fr",
            "comune." + translit(t.split()[0]) + "." + c.home.extra.lower() + ".it",
            translit(t.split()[0]) + ".gov.uk",
            ch=translit(t.split()[0]) + ".ch",
            at=translit(t.split()[0]) + ".gv.at",
            us=translit(t.split()[0]) + "gov.org",
        )
        if c.ch:
            dom = c.t("stadt-", "ville-", "citta-", "") + translit(t.split()[0]) + ".ch"
        wm = c.mail(clerk, dom)
        ref = f"{c.pick(['SN', 'VA', 'ODP', 'EV'])}-{c.today.year}-{c.digits(4, False)}"
        clerk_ph = c.ph("land", ext=c.lang == "de" and not c.ch)
        quoted = c.t(
            f"{greet(c, org)}\n\nfür die Bewilligung Ihres {fest}es ({ref}) benötigen wir noch: einen Lageplan des "
            f"Abschnitts {section}, die Unterschriften von mindestens zwei Dritteln der Anwohner/innen und den "
            f"Nachweis der Haftpflichtversicherung.\n\nMit freundlichen Grüßen\n{clerk.full()}\n{auth}\n"
            f"Tel. {clerk_ph}",
            f"{greet(c, org)}\n\npour instruire votre demande ({ref}) il nous manque : un plan du tronçon {section}, "
            f"les signatures d'au moins deux tiers des riverains et l'attestation d'assurance.\n\nCordialement,\n"
            f"{clerk.full()}\n{auth}\nTél. {clerk_ph}",
            f"{greet(c, org)}\n\nper la pratica {ref} mancano: planimetria del tratto {section}, firme di almeno due "
            f"terzi dei residenti e polizza RC.\n\nCordiali saluti\n{clerk.full()}\n{auth}\nTel. {clerk_ph}",
            f"{greet(c, org)}\n\nto approve your application ({ref}) we still need a plan of {section}, signatures "
            f"from at least two thirds of residents and proof of public liability insurance.\n\nKind regards\n"
            f"{clerk.full()}\n{auth}\nTel {clerk_ph}",
        )
        if c.lang == "de":
            quoted = quoted.replace(f"Ihres {fest}es", "Ihrer Veranstaltung")
        body = c.t(
            f"anbei Lageplan, Unterschriftenliste und Versicherungsnachweis. Als zweite Ansprechperson tragen Sie "
            f"bitte {co.full()} ein ({m('ADDRESS', same_street(c, st, c.rint(lo, hi)))}, {c.ph('mobile')}). "
            f"Die Gebühr überweisen wir, sobald der Bescheid da ist.",
            f"veuillez trouver le plan, les signatures et l'attestation. Comme second contact, merci d'indiquer "
            f"{co.full()} ({m('ADDRESS', same_street(c, st, c.rint(lo, hi)))}, {c.ph('mobile')}).",
            f"allego planimetria, firme e polizza. Come secondo referente indicate {co.full()} "
            f"({m('ADDRESS', same_street(c, st, c.rint(lo, hi)))}, {c.ph('mobile')}).",
            f"please find the plan, signatures and insurance certificate attached. As second contact please add "
            f"{co.full()} ({m('ADDRESS', same_street(c, st, c.rint(lo, hi)))}, {c.ph('mobile')}).",
        )
        body = body[0].upper() + body[1:]
        txt = mail_headers(
            c,
            addr_of(c, org, c.mail(org)),
            f"{clerk.full()} <{wm}>",
            c.t("AW: ", "RE : ", "R: ", "RE: ") + ref,
            c.today,
            cc=c.mail(co) if c.chance(0.4) else None,
        )
        txt += f"\n\n{greet(c, clerk)}\n\n{body}\n\n{closing(c)}\n{org.full()}\n{c.ph('mobile')}\n\n"
        txt += quote(c, f"{clerk.full()} <{wm}>", c.day(-10, -2), quoted)
        return wrap_request(c, txt, reqs)
    recs = []
    iso = c.chance(0.7)
    orgs = []
    for _ in range(c.rint(2, 4)):
        st2 = c.pick(STREETS[c.locale])
        o = c.person(age=(25, 80))
        orgs.append(o)
        l2, h2 = c.rint(1, 10), c.rint(12, 40)
        recs.append(
            {
                "application_no": f"{c.today.year}-{c.digits(5)}",
                "submitted_at": c.stamp(),
                "organiser": {
                    "name": o.full(),
                    "dob": c.dob_iso(o) if iso else c.dob(o, c.dshape),
                    "email": c.mail(o),
                    "phone": c.ph("mobile"),
                    "address": m("ADDRESS", same_street(c, st2, c.rint(l2, h2))),
                },
                "event": c.pick(["Straßenfest", "Hoffest"] if c.lang == "de" else ["street party", "fête"]),
                "date": c.day(15, 80).isoformat(),
                "closure": m("ADDRESS", same_street(c, st2, f"{l2}-{h2}")),
                "guests": c.rint(20, 160),
                "client_ip": c.ip(),
            }
        )
    o = c.pick(orgs)
    note = c.t(
        f"Rückfrage an {o.full()}: Lageplan fehlt.",
        f"À demander à {o.full()} : plan manquant.",
        f"Chiedere a {o.full()}: manca la planimetria.",
        f"Ask {o.full()}: plan missing.",
    )
    return wrap_request(
        c,
        export(c, recs, wrap={"service": auth}) + "\n\n" + note,
        c.t(
            ["Welche Anträge können wir bewilligen?"],
            ["Quelles demandes peut-on accepter ?"],
            ["Quali richieste possiamo autorizzare?"],
            ["Which applications can we approve?"],
        ),
    )


# ---------------------------------------------------------------------------------------------------------------------
# genre 9: farm-animal holdings and movement reports
# ---------------------------------------------------------------------------------------------------------------------


def stock_bits(c: Ctx) -> dict:
    t = c.home.name
    if c.cc == "DE":
        d = {
            "auth": f"Landratsamt {t} – Veterinäramt",
            "db": "HI-Tier",
            "hold": lambda: f"09 {c.digits(3)} {c.digits(3, False)} {c.digits(4, False)}",
            "tag": lambda: f"DE 09 {c.digits(3)} {c.digits(5, False)}",
            "holdlab": "Registriernummer",
        }
    elif c.cc == "AT":
        d = {
            "auth": f"Bezirkshauptmannschaft {t} – Veterinärwesen",
            "db": "AMA-Rinderdatenbank",
            "hold": lambda: f"LFBIS {c.digits(7)}",
            "tag": lambda: f"AT {c.digits(3)} {c.digits(3, False)} {c.digits(3, False)}",
            "holdlab": "Betriebsnummer",
        }
    elif c.cc == "CH":
        d = {
            "auth": c.t(
                "Kantonales Veterinäramt", "Service vétérinaire cantonal", "Ufficio del veterinario cantonale", ""
            ),
            "db": c.t("TVD (Identitas)", "BDTA (Identitas)", "BDTA (Identitas)", ""),
            "hold": lambda: f"TVD-Nr. {c.digits(7)}",
            "tag": lambda: f"CH {c.digits(4)}.{c.digits(4, False)}.{c.digits(1, False)}",
            "holdlab": c.t("TVD-Nummer", "N° BDTA", "N. BDTA", ""),
        }
    elif c.cc == "FR":
        d = {
            "auth": f"DDPP – {t}",
            "db": "EDE / BDNI",
            "hold": lambda: f"FR {c.rint(10, 95)} {c.digits(3)} {c.digits(3, False)}",
            "tag": lambda: f"FR {c.rint(10, 95)} {c.digits(4)} {c.digits(4, False)}",
            "holdlab": "N° de cheptel",
        }
    elif c.cc == "IT":
        d = {
            "auth": f"ASL – Servizio veterinario di {t}",
            "db": "BDN – Anagrafe zootecnica",
            "hold": lambda: f"{c.digits(3, False)}{c.home.extra}{c.digits(3, False)}",
            "tag": lambda: f"IT{c.digits(3, False)}99{c.digits(7, False)}",
            "holdlab": "Codice aziendale",
        }
    elif c.cc == "GB":
        d = {
            "auth": "APHA – Field Services",
            "db": "BCMS / CTS",
            "hold": lambda: f"{c.digits(2)}/{c.digits(3, False)}/{c.digits(4, False)}",
            "tag": lambda: f"UK {c.digits(6)} {c.digits(6, False)}",
            "holdlab": "CPH number",
        }
    else:
        d = {
            "auth": "State Department of Agriculture – Animal Health",
            "db": "Premises registry",
            "hold": lambda: f"00{c.pick('ABCDEFGH')}{c.pick('KLMNPQRS')}{c.digits(3, False)}",
            "tag": lambda: f"840 003 {c.digits(3, False)} {c.digits(3, False)} {c.digits(3, False)}",
            "holdlab": "Premises ID",
        }
    d["species"] = c.t(
        ["Rinder", "Schafe", "Ziegen", "Mastschweine", "Pferde"],
        ["bovins", "ovins", "caprins", "porcins", "équidés"],
        ["bovini", "ovini", "caprini", "suini", "equidi"],
        ["cattle", "sheep", "goats", "pigs", "horses"],
    )
    d["breeds"] = c.t(
        ["Fleckvieh", "Holstein", "Braunvieh", "Limousin", "Angus"],
        ["Montbéliarde", "Prim'Holstein", "Charolaise", "Limousine", "Salers"],
        ["Frisona", "Bruna", "Pezzata Rossa", "Piemontese", "Chianina"],
        ["Holstein", "Angus", "Hereford", "Limousin", "Simmental"],
        ch=["Braunvieh", "Simmentaler", "Holstein", "Eringer", "Original Braunvieh"],
    )
    if c.ch:
        d["breeds"] = c.t(
            ["Braunvieh", "Simmentaler", "Holstein", "Eringer", "Original Braunvieh"],
            ["Brune", "Simmental", "Holstein", "Hérens", "Red Holstein"],
            ["Bruna", "Simmental", "Holstein", "Grigia retica", "Bruna originale"],
            [""],
        )
    return d


def farm_addr(c: Ctx) -> Addr:
    r = c.rng
    if c.lang == "de":
        st = r.choice(
            [
                "Oberhof",
                "Unterhof",
                "Hofweg",
                "Am Bühl",
                "Moosweg",
                "Schwandweg",
                "Weiherhof",
                "Eggweg",
                "Dorfstraße" if not c.ch else "Dorfstrasse",
                "Im Grund",
                "Kirchbühl",
                "Sonnenhof",
            ]
        )
        s = f"{st} {r.randint(1, 40)}"
    elif c.locale == "fr_FR":
        s = f"{r.randint(1, 30)} {r.choice(['chemin des Prés', 'route de la Ferme', 'chemin du Moulin'])}"
    elif c.locale == "fr_CH":
        s = f"{r.choice(['Chemin de la Ferme', 'Route des Granges', 'Chemin des Prés', 'Le Crêt'])} {r.randint(1, 30)}"
    elif c.lang == "it":
        loc_ = r.choice(["Località Cascina Nuova", "Strada Vicinale dei Campi", "Via della Cascina", "Frazione Monte"])
        s = f"{loc_} {r.randint(1, 40)}"
    elif c.us:
        s = f"{r.randint(100, 9999)} {r.choice(['County Road 12', 'Farm Road 3', 'Old Mill Road', 'Route 9'])}"
    else:
        farm = r.choice(["Manor Farm", "Hill Farm", "Brook Farm"])
        s = f"{farm}, {r.choice(['Mill Lane', 'Church Lane', 'Long Lane'])}"
    t = c.town(c.home)
    return Addr(s, c.town_line(t), t)


def g_livestock(c: Ctx) -> str:
    c.spread = 0.1
    b = stock_bits(c)
    v = c.variant
    reqs = c.t(
        [
            "Was muss ich der Behörde antworten?",
            "Mach mir daraus eine saubere Bestandsliste.",
            "Schreib eine kurze Meldung an das Amt.",
        ],
        [
            "Qu'est-ce que je dois répondre à l'administration ?",
            "Fais-moi un registre propre.",
            "Rédige un court message pour la DDPP.",
        ],
        [
            "Cosa devo rispondere all'ASL?",
            "Fammi un registro di stalla ordinato.",
            "Scrivi una breve comunicazione all'ufficio.",
        ],
        [
            "What do I need to reply to the agency?",
            "Turn this into a clean herd register.",
            "Write a short notification to the office.",
        ],
    )
    vet = c.person(age=(30, 65))
    vet_s = c.t(
        f"Dr. med. vet. {vet.full()}",
        f"Dr {vet.full()}, vétérinaire",
        f"dott. {vet.full()}" if vet.g == "m" else f"dott.ssa {vet.full()}",
        f"{vet.full()} MRCVS",
        us=f"Dr. {vet.full()}, DVM",
    )
    if v == 0:
        k = c.person(age=(35, 80))
        succ = c.relative(k, age=(20, 40)) if c.chance(0.5) else None
        fa = farm_addr(c)
        va = c.addr(business=True)
        sp = c.rng.sample(b["species"], c.rint(1, 2))
        rows = [
            (c.t("Tierhalter/in", "Détenteur", "Detentore", "Keeper"), k.full() if c.chance(0.6) else k.LAST_first()),
            (c.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(k)),
            (
                c.t("Betriebsanschrift", "Adresse de l'exploitation", "Sede dell'allevamento", "Holding address"),
                fa.one(),
            ),
            (tel_label(c, "land"), c.land(fa.town)),
            (tel_label(c), c.ph("mobile")),
            ("E-Mail" if c.lang != "it" else "Email", c.mail(k)),
            (b["holdlab"], b["hold"]()),
            (
                c.t("Tierarten / Anzahl", "Espèces / effectif", "Specie / capi", "Species / numbers"),
                ", ".join(f"{s_} {c.rint(3, 120)}" for s_ in sp),
            ),
            (
                c.t("Bestandstierarzt", "Vétérinaire sanitaire", "Veterinario aziendale", "Herd vet"),
                f"{vet_s}, {va.one()}, {c.ph('land', va.town)}",
            ),
        ]
        if succ:
            rows.append(
                (
                    c.t("Übergabe an (ab)", "Reprise par (à compter du)", "Subentro (dal)", "Transfer to (from)"),
                    f"{succ.full()}, "
                    + c.t("geb. ", "né(e) le ", "nato/a il ", "born ")
                    + c.dob(succ)
                    + f" ({c.date(c.day(20, 90))})",
                )
            )
        if c.cc in ("DE", "AT", "FR", "IT") and c.chance(0.6):
            rows.append(
                (c.t("Konto für Beiträge (IBAN)", "Compte (IBAN)", "IBAN per contributi", "Bank (IBAN)"), c.iban())
            )
        title = c.t(
            "Anzeige / Änderung Tierhaltung",
            "Déclaration de détenteur / modification",
            "Registrazione / variazione allevamento",
            "Holding registration – change of details",
            us="Premises registration update",
        )
        body = (
            b["auth"]
            + f"\n{b['db']}\n\n"
            + title
            + "\n\n"
            + form(c, rows)
            + "\n\n"
            + c.t(
                "Ort, Datum: ______  Unterschrift: ______",
                "Fait à ______ le ______  Signature : ______",
                "Luogo e data: ______  Firma: ______",
                "Signed: ______  Date: ______",
            )
        )
        if c.chance(0.35):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        k = c.person(age=(30, 80))
        n = c.rint(5, 9)
        partners = [c.person(age=(30, 80)) for _ in range(3)]
        haul = c.t(
            c.pick(["Viehhandel Südwest", "Tiertransporte Nord"]),
            c.pick(["Transports Bétail Ouest", "SICA Bétail"]),
            c.pick(["Trasporti Zootecnici Valle"]),
            c.pick(["Border Livestock Haulage", "Marts & Movements Ltd"]),
            ch=c.pick(["Viehhandel Zentral AG", "Tiertransporte Seeland"]),
            us=c.pick(["Prairie Livestock Hauling", "Tri-County Cattle Transport"]),
        )
        rows = []
        dates = sorted(c.day(-60, 0) for _ in range(n))
        sty = c.pick(["full", "lf", "fl"])
        holds = {id(p): b["hold"]() for p in partners}
        shown = {id(p): p.styled(c.rng, sty) for p in partners}
        for d_ in dates:
            p = c.pick(partners)
            ins = c.chance(0.4)
            rows.append(
                [
                    c.date(d_),
                    b["tag"](),
                    c.pick(b["breeds"]),
                    c.t(
                        "Zugang" if ins else "Abgang",
                        "entrée" if ins else "sortie",
                        "ingresso" if ins else "uscita",
                        "on" if ins else "off",
                    ),
                    f"{shown[id(p)]} ({holds[id(p)]})",
                    haul if c.chance(0.6) else "-",
                ]
            )
        hdr = c.t(
            ["Datum", "Ohrmarke", "Rasse", "Bewegung", "Herkunft / Ziel", "Transport"],
            ["Date", "Boucle", "Race", "Mouvement", "Provenance / destination", "Transporteur"],
            ["Data", "Marca", "Razza", "Movimento", "Provenienza / destinazione", "Trasportatore"],
            ["Date", "Tag", "Breed", "Move", "From / to", "Haulier"],
        )
        p1 = partners[0]
        drv = c.person(age=(22, 60))
        sd = c.pick(["fn", "nk", "full"])
        ks = k.styled(c.rng, sd)
        ps = p1.styled(c.rng, sd)
        msgs = [
            (
                ps,
                c.t(
                    f"Dienstag hol ich die 4 Fresser, Fahrer ist {drv.fn()}, {c.ph('mobile')}",
                    f"mardi je prends les 4 broutards, le chauffeur c'est {drv.fn()}, {c.ph('mobile')}",
                    f"martedì ritiro i 4 vitelli, l'autista è {drv.fn()}, {c.ph('mobile')}",
                    f"picking up the 4 stores on Tuesday, driver is {drv.fn()}, {c.ph('mobile')}",
                ),
            ),
            (
                ks,
                c.t(
                    f"passt. {vet_s} kommt Montag zum Impfen, dann sind die Pässe fertig",
                    f"ok. {vet_s} vient lundi pour les vaccins, les passeports seront prêts",
                    f"ok. {vet_s} viene lunedì per le vaccinazioni, poi i passaporti sono pronti",
                    f"fine. {vet_s} is in Monday for jabs, passports will be ready then",
                ),
            ),
            (
                ps,
                c.t(
                    f"Bei {b['tag']()} fehlt eine Ohrmarke, hab Ersatz bestellt",
                    f"il manque une boucle sur {b['tag']()}, j'ai commandé le duplicata",
                    f"alla {b['tag']()} manca una marca, ho ordinato il duplicato",
                    f"{b['tag']()} has lost a tag, replacement ordered",
                ),
            ),
            (
                ks,
                c.t(
                    f"Rechnung bitte an {c.mail(k)}",
                    f"facture à {c.mail(k)} stp",
                    f"fattura a {c.mail(k)}",
                    f"invoice to {c.mail(k)} please",
                ),
            ),
        ]
        body = (
            c.t("Bestandsregister", "Registre des mouvements", "Registro di stalla", "Movement register")
            + f" – {k.full()}\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + chat(c, subseq(c, msgs, 2, 4, keep_first=1))
        )
        return wrap_request(c, body, reqs)
    if v == 2:
        k = c.person(age=(40, 80))
        succ = c.relative(k, age=(20, 42))
        buyer = c.person(age=(30, 75))
        clerk = c.person(age=(25, 62))
        dom = c.t(
            "lra-" + translit(c.home.name.split()[0]) + ".de",
            "ddpp.gouv.fr",
            "asl" + translit(c.home.name.split()[0]) + ".it",
            "apha.gov.uk",
            ch="vet." + translit(c.home.name.split()[0]) + ".ch",
            at="bh-" + translit(c.home.name.split()[0]) + ".gv.at",
            us="agriculture.state.us",
        )
        if c.ch:
            dom = c.t("veta.", "scav.", "uvc.", "") + translit(c.home.name.split()[0]) + ".ch"
        wm = c.mail(clerk, dom)
        hold = b["hold"]()
        tags = [b["tag"]() for _ in range(c.rint(2, 3))]
        na = c.addr(near=True)
        quoted = c.t(
            f"{greet(c, k)}\n\nbeim Abgleich Ihres Bestandsregisters ({hold}) mit der {b['db']} fehlen "
            "Abgangsmeldungen "
            f"für die Tiere {', '.join(tags)}. Bitte melden Sie diese innerhalb von 14 Tagen nach.\n\n"
            f"Mit freundlichen Grüßen\n{clerk.f_last()}\n{b['auth']}\nTel. "
            f"{c.ph('land', ext=c.lang == 'de' and not c.ch)}",
            f"{greet(c, k)}\n\nle rapprochement de votre registre ({hold}) avec la {b['db']} fait apparaître des "
            "sorties "
            f"non notifiées : {', '.join(tags)}. Merci de régulariser sous 15 jours.\n\nCordialement,\n"
            f"{clerk.f_last()}\n{b['auth']}",
            f"{greet(c, k)}\n\ndal confronto del registro ({hold}) con la {b['db']} risultano uscite non registrate "
            "per "
            f"i capi {', '.join(tags)}. La preghiamo di regolarizzare entro 15 giorni.\n\nCordiali saluti\n"
            f"{clerk.f_last()}\n{b['auth']}",
            f"{greet(c, k)}\n\nchecking your register ({hold}) against {b['db']}, moves off for {', '.join(tags)} have "
            f"not been reported. Please report them within 14 days.\n\nRegards\n{clerk.f_last()}\n{b['auth']}",
        )
        sw = rel_word(c, "child", succ.g)
        body = c.t(
            f"die Tiere habe ich am {c.date(c.day(-40, -20))} an {buyer.full()} ({b['hold']()}) verkauft, die Meldung "
            f"ist wohl nicht durchgegangen. Ab dem {c.date(c.day(20, 60))} übernimmt "
            f"{'meine Tochter' if succ.g == 'f' else 'mein Sohn'} "
            f"{succ.full()}, geb. {c.dob(succ)}, den Betrieb. Post bitte ab sofort an {na.one()}.",
            f"ces animaux ont été vendus le {c.date(c.day(-40, -20))} à {buyer.full()} ({b['hold']()}), la "
            f"notification n'a pas dû passer. À partir du {c.date(c.day(20, 60))}, "
            f"{'ma fille' if succ.g == 'f' else 'mon fils'} "
            f"{succ.full()}, {'née' if succ.g == 'f' else 'né'} le {c.dob(succ)}, reprend l'exploitation. Merci "
            f"d'envoyer le courrier à {na.one()}.",
            f"i capi sono stati venduti il {c.date(c.day(-40, -20))} a {buyer.full()} ({b['hold']()}), la "
            "comunicazione "
            f"evidentemente non è arrivata. Dal {c.date(c.day(20, 60))} subentra "
            f"{'mia figlia' if succ.g == 'f' else 'mio figlio'} "
            f"{succ.full()}, {'nata' if succ.g == 'f' else 'nato'} il {c.dob(succ)}. La posta va inviata a {na.one()}.",
            f"those animals went to {buyer.full()} ({b['hold']()}) on {c.date(c.day(-40, -20))}; the report can't "
            f"have gone through. From {c.date(c.day(20, 60))} my {sw} {succ.full()} (born {c.dob(succ)}) takes over "
            f"the holding. Please send post to {na.one()} from now on.",
        )
        body = body[0].upper() + body[1:]
        txt = mail_headers(
            c,
            addr_of(c, k, c.mail(k)),
            f"{clerk.full()} <{wm}>",
            c.t("AW: Abgleich Bestandsregister ", "RE : Registre ", "R: Registro ", "RE: Register check ") + hold,
            c.today,
        )
        txt += f"\n\n{greet(c, clerk)}\n\n{body}\n\n{closing(c)}\n{k.full()}\n{c.land()}\n\n"
        txt += quote(c, f"{clerk.full()} <{wm}>", c.day(-12, -3), quoted)
        return wrap_request(c, txt, reqs)
    users = [c.person(age=(25, 75)) for _ in range(c.rint(2, 4))]
    recs = []
    for u in users:
        for _ in range(c.rint(1, 2)):
            recs.append(
                {
                    "ts": c.stamp(),
                    "user": c.mail(u),
                    "keeper": u.full(),
                    "holding": b["hold"](),
                    "event": c.pick(["move_off", "move_on", "birth", "death"]),
                    "tag": b["tag"](),
                    "src_ip": c.ip(),
                }
            )
    recs.sort(key=lambda r_: r_["ts"])
    u = c.pick(users)
    note = c.t(
        f"{u.full()} sagt, die Geburtsmeldung war doppelt – bitte eine stornieren.",
        f"{u.full()} dit que la naissance a été notifiée deux fois.",
        f"{u.full()} dice che la nascita è stata registrata due volte.",
        f"{u.full()} says the birth was reported twice – please cancel one.",
    )
    return wrap_request(c, export(c, recs, allow_csv=True) + "\n\n" + note, reqs)


# ---------------------------------------------------------------------------------------------------------------------
# genre 10: works-council and staff-representative elections
# ---------------------------------------------------------------------------------------------------------------------


def wc_bits(c: Ctx) -> dict:
    t = c.home.name
    comp = c.t(
        c.pick(
            [
                f"Stadtwerke {t} GmbH",
                "Nordfracht Logistik GmbH – Standort Süd",
                f"Klinikum {t} gGmbH",
                "Präzisionsteile Rheintal GmbH",
                "Backwaren Sonnenkorn GmbH",
            ]
        ),
        c.pick(
            [
                "Transports Ouest Logistique SAS",
                f"Clinique du Parc – {t}",
                "Mécanique de Précision SA",
                "Boulangeries Pain Doré SAS",
            ]
        ),
        c.pick(
            [
                "Logistica Padana S.p.A.",
                f"Casa di cura Villa Serena – {t}",
                "Meccanica di Precisione S.r.l.",
                "Panificio Industriale Aurora S.p.A.",
            ]
        ),
        c.pick(["Northern Freight Ltd", f"{t} Care Homes Ltd", "Precision Parts UK Ltd", "Golden Crust Bakeries"]),
        ch=c.pick(["Verkehrsbetriebe Region AG", "Präzisionsmechanik Jura AG", f"Spital {t} AG"]),
        at=c.pick(["Logistik Ost GmbH", "Präzisionsteile Alpen GmbH", f"Stadtwerke {t} GmbH"]),
        us=c.pick(["Midwest Freight Inc.", "Riverside Medical Center", "Precision Parts Co."]),
    )
    if c.ch and c.lang == "fr":
        comp = c.pick(["Transports Publics Région SA", "Horlogerie du Jura SA", f"Hôpital de {t}"])
    if c.ch and c.lang == "it":
        comp = c.pick(["Trasporti Regionali SA", "Meccanica Ticino SA", f"Ospedale di {t}"])
    title = c.t(
        "Betriebsratswahl " + str(c.today.year) + " – Vorschlagsliste",
        "Élections du CSE – liste de candidats",
        "Elezioni RSU – lista dei candidati",
        "Employee forum election – nominations",
        ch="Wahl der Personalkommission – Wahlvorschlag",
        at="Betriebsratswahl – Wahlvorschlag",
        us="Union steward election – candidate slate",
    )
    if c.ch and c.lang == "fr":
        title = "Élection de la commission du personnel – liste"
    if c.ch and c.lang == "it":
        title = "Elezione della commissione del personale – lista"
    lists = c.t(
        ["Liste 1 – Gemeinsam stark", "Liste 2 – IG Metall", "Liste 3 – Offene Liste", "Liste 2 – ver.di"],
        ["Liste CFDT", "Liste CGT", "Liste FO", "Liste UNSA"],
        ["Lista FIOM-CGIL", "Lista FIM-CISL", "Lista UILM-UIL", "Lista USB"],
        ["Slate A – Voice for Staff", "Unite nominees", "GMB nominees"],
        ch=["Liste 1 – Miteinander", "Liste 2 – Unia", "Liste 3 – Syna"],
        at=["Liste 1 – FSG", "Liste 2 – Namensliste Zukunft", "Liste 3 – GPA"],
        us=["Members United slate", "Teamsters Local 120 slate", "Unity slate"],
    )
    if c.ch and c.lang != "de":
        lists = c.t("", ["Liste Unia", "Liste Syna", "Liste SSP"], ["Lista Unia", "Lista OCST", "Lista SSP"], [""])
    jobs = {
        "de": [
            ("Lagerist", "Lageristin"),
            ("Pflegefachkraft", "Pflegefachkraft"),
            ("Maschinenführer", "Maschinenführerin"),
            ("Sachbearbeiter", "Sachbearbeiterin"),
            ("Kraftfahrer", "Kraftfahrerin"),
            ("Elektroniker", "Elektronikerin"),
        ],
        "fr": [
            ("cariste", "cariste"),
            ("infirmier", "infirmière"),
            ("conducteur de ligne", "conductrice de ligne"),
            ("assistant RH", "assistante RH"),
            ("chauffeur PL", "chauffeuse PL"),
            ("technicien", "technicienne"),
        ],
        "it": [
            ("magazziniere", "magazziniera"),
            ("infermiere", "infermiera"),
            ("operatore macchine", "operatrice macchine"),
            ("impiegato", "impiegata"),
            ("autista", "autista"),
            ("manutentore", "manutentrice"),
        ],
        "en": [
            ("warehouse operative", "warehouse operative"),
            ("nurse", "nurse"),
            ("machine operator", "machine operator"),
            ("HR assistant", "HR assistant"),
            ("HGV driver", "HGV driver"),
            ("technician", "technician"),
        ],
    }[c.lang]
    return {"comp": comp, "title": title, "lists": lists, "jobs": jobs}


def g_workscouncil(c: Ctx) -> str:
    c.spread = 0.25
    b = wc_bits(c)
    f = make_firm(c, b["comp"])
    v = c.variant
    reqs = c.t(
        [
            "Prüf bitte, ob die Liste formal vollständig ist.",
            "Schreib eine kurze Mail an den Wahlvorstand.",
            "Fass mir zusammen, was bis zur Wahl noch zu tun ist.",
        ],
        [
            "Vérifie si la liste est complète.",
            "Rédige un court mail au bureau de vote.",
            "Résume ce qu'il reste à faire avant l'élection.",
        ],
        [
            "Controlla se la lista è completa.",
            "Scrivi una breve mail alla commissione elettorale.",
            "Riassumi cosa resta da fare prima del voto.",
        ],
        [
            "Check whether the nomination list is complete.",
            "Write a short email to the election committee.",
            "Summarise what's left to do before the vote.",
        ],
    )
    if v == 0:
        n = c.rint(4, 8)
        cands = [c.person(age=(20, 64)) for _ in range(n)]
        rows = [
            [
                str(k + 1),
                m("PERSON", p.last.upper()) if c.chance(0.3) else p.ln(),
                p.fn(),
                c.dob(p, c.dshape),
                c.pick(b["jobs"])[p.g == "f"],
            ]
            for k, p in enumerate(cands)
        ]
        hdr = c.t(
            ["Nr.", "Familienname", "Vorname", "Geburtsdatum", "Tätigkeit"],
            ["N°", "Nom", "Prénom", "Date de naissance", "Emploi"],
            ["N.", "Cognome", "Nome", "Data di nascita", "Mansione"],
            ["No", "Surname", "First name", "Date of birth", "Role"],
        )
        rep = cands[0] if c.chance(0.5) else c.person(age=(25, 64))
        sup = [c.person(age=(20, 64)) for _ in range(c.rint(3, 7))]
        sup_rows = [
            [
                s_.full() if c.chance(0.7) else s_.last_first(),
                c.digits(5),
                c.pick(
                    ["✓", "(Unterschrift)" if c.lang == "de" else "(signature)" if c.lang != "it" else "(firma)", "✓"]
                ),
            ]
            for s_ in sup
        ]
        body = (
            f.head(c, "line")
            + "\n\n"
            + b["title"]
            + "\n"
            + c.pick(b["lists"])
            + "\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + c.t(
                "Listenvertreter/in",
                "Délégué(e) de liste",
                "Presentatore della lista",
                "List representative",
                us="Slate contact",
            )
            + f": {rep.full()}, "
            + f"{c.t('Tel.', 'tél.', 'tel.', 'tel')} {c.ph('mobile')}, {c.mail(rep, f.domain)}\n\n"
            + c.t("Stützunterschriften", "Signatures de soutien", "Firme dei presentatori", "Supporters")
            + ":\n"
            + table(
                c,
                c.t(
                    ["Name", "Personal-Nr.", "Unterschrift"],
                    ["Nom", "Matricule", "Signature"],
                    ["Nome", "Matricola", "Firma"],
                    ["Name", "Payroll no.", "Signature"],
                ),
                sup_rows,
                c.pick(["fixed", "md", "pipe"]),
            )
        )
        if c.chance(0.3):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(6, 10)
        voters = [c.person(age=(19, 64)) for _ in range(n)]
        sty = c.pick(["lf", "LF", "full"])
        rows = [
            [
                v_.styled(c.rng, sty),
                c.digits(5),
                c.pick(["Lager", "Produktion", "Verwaltung", "Versand"] if c.lang == "de" else ["A", "B", "C"]),
                c.pick([c.t("Urne", "urne", "urna", "in person"), c.t("Brief", "correspondance", "posta", "postal")]),
            ]
            for v_ in voters
        ]
        hdr = c.t(
            ["Name", "Pers.-Nr.", "Abteilung", "Stimmabgabe"],
            ["Nom", "Matricule", "Service", "Vote"],
            ["Nome", "Matricola", "Reparto", "Voto"],
            ["Name", "Payroll", "Dept", "Vote"],
        )
        board = [c.person(age=(25, 64)) for _ in range(3)]
        sd = c.pick(["fn", "fL", "full"])
        bs = [x.styled(c.rng, sd) for x in board]
        a1, a2 = c.rng.sample(voters, 2)
        home = c.addr(near=c.chance(0.5))
        msgs = [
            (
                bs[0],
                c.t(
                    f"Briefwahlunterlagen für {a1.full()} gehen heute raus, an die Privatadresse {home.one()}",
                    f"le matériel de vote par correspondance pour {a1.full()} part aujourd'hui, à son domicile : "
                    f"{home.one()}",
                    f"il plico per il voto per posta di {a1.full()} parte oggi, all'indirizzo privato {home.one()}",
                    f"postal ballot for {a1.full()} goes out today to their home address, {home.one()}",
                ),
            ),
            (
                bs[1],
                c.t(
                    f"{a2.t_last()} ist in Elternzeit, bitte auch per Post. Handy: {c.ph('mobile')}",
                    f"{a2.t_last()} est en congé parental, aussi par courrier. Portable : {c.ph('mobile')}",
                    f"{a2.t_last()} è in congedo parentale, anche per posta. Cell: {c.ph('mobile')}",
                    f"{a2.t_last()} is on parental leave, post theirs too. Mobile: {c.ph('mobile')}",
                ),
            ),
            (
                bs[2],
                c.t(
                    "Auszählung Donnerstag 14 Uhr, Raum 2.14",
                    "dépouillement jeudi 14h, salle 2.14",
                    "scrutinio giovedì ore 14, sala 2.14",
                    "count on Thursday at 2pm, room 2.14",
                ),
            ),
        ]
        body = (
            c.t(
                "Wählerliste (Auszug)",
                "Liste électorale (extrait)",
                "Elenco elettori (estratto)",
                "Voter list (extract)",
            )
            + f" – {b['comp']}\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + chat(c, msgs)
        )
        return wrap_request(c, body, reqs)
    if v == 2:
        emp = c.person(age=(20, 64))
        bm = c.person(age=(25, 64))
        bmm = c.mail(bm, f.domain)
        home = c.addr(near=c.chance(0.6))
        vd = c.day(10, 30)
        notice = c.t(
            f"Die Wahl findet am {c.date(vd)} von 7 bis 15 Uhr im Schulungsraum statt. Wer an diesem Tag abwesend "
            f"ist, kann bis zum {c.date(vd - dt.timedelta(days=7))} Briefwahl beim Wahlvorstand beantragen.",
            f"Le scrutin aura lieu le {c.date(vd)} de 7h à 15h en salle de formation. Les salariés absents peuvent "
            f"demander le vote par correspondance jusqu'au {c.date(vd - dt.timedelta(days=7))}.",
            f"Le votazioni si terranno il {c.date(vd)} dalle 7 alle 15 in sala formazione. Chi sarà assente può "
            f"chiedere il voto per corrispondenza entro il {c.date(vd - dt.timedelta(days=7))}.",
            f"Voting takes place on {c.date(vd)}, 7am–3pm, in the training room. If you'll be away you can request a "
            f"postal vote until {c.date(vd - dt.timedelta(days=7))}.",
        )
        body = c.t(
            f"ich bin am Wahltag auf Montage und beantrage Briefwahl. Bitte schickt die Unterlagen an meine "
            f"Privatadresse: {home.one()}. Zur Sicherheit: Personalnummer {c.digits(5)}, geb. {c.dob(emp)}. "
            f"Rückfragen gern an {c.ph('mobile')} oder {c.mail(emp)}.",
            f"je serai en déplacement le jour du vote et je demande le vote par correspondance. Merci d'envoyer le "
            f"matériel à mon domicile : {home.one()}. Matricule {c.digits(5)}, {'née' if emp.g == 'f' else 'né'} le "
            f"{c.dob(emp)}. Joignable au {c.ph('mobile')} ou à {c.mail(emp)}.",
            f"il giorno delle elezioni sarò in trasferta e chiedo il voto per corrispondenza. Inviate il plico al "
            f"mio indirizzo privato: {home.one()}. Matricola {c.digits(5)}, {'nata' if emp.g == 'f' else 'nato'} il "
            f"{c.dob(emp)}. Per domande: {c.ph('mobile')} o {c.mail(emp)}.",
            f"I'll be on a site job on polling day, so I'd like a postal vote. Please send the pack to my home "
            f"address: {home.one()}. Payroll no. {c.digits(5)}, DOB {c.dob(emp)}. Any questions: {c.ph('mobile')} or "
            f"{c.mail(emp)}.",
        )
        body = body[0].upper() + body[1:]
        txt = mail_headers(
            c,
            addr_of(c, emp, c.mail(emp, f.domain)),
            f"{bm.full()} <{bmm}>",
            c.t(
                "Antrag Briefwahl",
                "Demande de vote par correspondance",
                "Richiesta voto per posta",
                "Postal vote request",
            ),
            c.today,
        )
        txt += f"\n\n{greet(c, bm, False)}\n\n{body}\n\n{closing(c)}\n{emp.full()}\n\n"
        txt += (
            c.t(
                "Aus dem Wahlausschreiben:",
                "Extrait de la note d'information :",
                "Dal bando elettorale:",
                "From the election notice:",
            )
            + "\n> "
            + notice
        )
        return wrap_request(c, txt, reqs)
    voters = [c.person(age=(19, 64)) for _ in range(c.rint(3, 6))]
    recs = [
        {
            "ballot_token": "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)),
            "voter": c.mail(v_, f.domain),
            "name": v_.full() if c.chance(0.5) else v_.last_first(),
            "cast_at": c.stamp(),
            "client_ip": c.ip(),
            "channel": c.pick(["web", "app"]),
        }
        for v_ in voters
    ]
    x = c.pick(voters)
    note = c.t(
        f"Achtung: {x.full()} meldet, dass der Link nicht ging – Stimme ist aber drin. Bitte prüfen.",
        f"Attention : {x.full()} dit que le lien ne marchait pas, mais le vote est enregistré.",
        f"Attenzione: {x.full()} dice che il link non funzionava, ma il voto risulta.",
        f"Note: {x.full()} says the link failed, but the vote is recorded. Please check.",
    )
    return wrap_request(c, export(c, recs, allow_csv=True, wrap={"election": b["title"]}) + "\n\n" + note, reqs)


# ---------------------------------------------------------------------------------------------------------------------
# genre 11: memorial stonemasons
# ---------------------------------------------------------------------------------------------------------------------


def inscription(c: Ctx, p: Person, death: dt.date, maiden: Person | None, upper: bool) -> str:
    name = m("PERSON", (f"{p.first} {p.last}").upper() if upper else f"{p.first} {p.last}")
    lines = []
    if c.lang == "en":
        lines.append(c.pick(["In loving memory of", "Treasured memories of", "In memory of"]))
    lines.append(name)
    if maiden is not None:
        mn = m("PERSON", maiden.last.upper() if upper else maiden.last)
        lines.append(c.t(f"geb. {mn}", f"née {mn}", f"nata {mn}", f"née {mn}"))
    x = c.rng.random()
    shape = (
        c.dshape if c.chance(0.6) else c.pick(DOB_SHAPES["en_US" if c.us else ("en_GB" if c.lang == "en" else c.lang)])
    )
    if x < 0.45:
        lines.append(f"* {c.dob(p, shape)}   † {fmt_date(death, shape, c.locale)}")
    elif x < 0.8:
        lines.append(f"{c.dob(p, shape)} – {fmt_date(death, shape, c.locale)}")
    else:
        lines.append(f"{p.dob.year} – {death.year}")
    if c.lang == "en" and c.chance(0.5):
        lines.append(c.pick(["Forever in our hearts", "Reunited", "At peace"]))
    return "\n".join(lines)


def g_stonemason(c: Ctx) -> str:
    c.spread = 0.15
    v = c.variant
    t = c.home.name
    fname = c.t(
        c.pick(
            [
                "Natursteinwerk am Friedhof",
                "Grabmale Stein & Form",
                "Steinmetzbetrieb Kalkbrunnen",
                "Grabmalkunst Lindenau",
            ]
        ),
        c.pick(["Marbrerie du Parc", "Marbrerie Saint-Roch", "Monuments & Granits de l'Ouest"]),
        c.pick(["Marmi e Graniti del Lago", "Lapidi & Marmi Valle", "Marmeria San Rocco"]),
        c.pick(["Heritage Memorials Ltd", "Oakwood Monumental Masons", "Stonecraft Memorials"]),
        ch=c.pick(["Grabmalatelier Seeland", "Bildhauerei & Grabmale Zentral", "Steinwerk am Bach"]),
        at=c.pick(["Steinmetz Meisterbetrieb Donau", "Grabsteine Alpenstein"]),
        us=c.pick([f"Granite Memorials of {t}", "Eternal Stone Monuments", "Heritage Monument Co."]),
    )
    f = make_firm(c, fname)
    cem = c.t(
        f"Friedhof {t}, Feld {c.rint(1, 40)}, Reihe {c.rint(1, 20)}, Grab {c.rint(1, 200)}",
        f"cimetière de {t}, carré {c.pick('ABCDEFG')}, allée {c.rint(1, 20)}, tombe {c.rint(1, 400)}",
        f"cimitero di {t}, campo {c.rint(1, 30)}, fila {c.rint(1, 15)}, n. {c.rint(1, 300)}",
        f"{t} Cemetery, section {c.pick('ABCDEF')}, plot {c.rint(1, 600)}",
        ch=f"Friedhof {t}, Abteilung {c.pick('ABCDE')}, Grab Nr. {c.rint(1, 900)}",
        us=f"{t} Memorial Park, section {c.pick('ABCDEF')}, lot {c.rint(1, 600)}, space {c.rint(1, 4)}",
    )
    stones = c.t(
        [
            "Granit Impala, poliert, 90 x 60 cm",
            "Nero Assoluto, 80 x 50 cm",
            "Muschelkalk, gestockt",
            "Kalkstein hell, Findling",
        ],
        ["granit rose de la Clarté, 100 x 60 cm", "granit noir du Zimbabwe", "pierre de Bourgogne"],
        ["marmo bianco di Carrara", "granito Rosa Baveno", "granito nero Africa", "pietra di Luserna"],
        ["black granite, polished, 36 x 24 in", "Portland stone", "Welsh slate", "grey granite, rustic"],
    )
    reqs = c.t(
        [
            "Bitte prüf die Inschrift auf Fehler.",
            "Schreib eine kurze Antwort an den Steinmetz.",
            "Was kostet das insgesamt, und was ist schon bezahlt?",
        ],
        ["Vérifie l'inscription, stp.", "Rédige une réponse courte au marbrier.", "Combien ça coûte au total ?"],
        ["Controlla l'epigrafe, per favore.", "Scrivi una breve risposta al marmista.", "Quanto costa in tutto?"],
        [
            "Please check the inscription for mistakes.",
            "Write a short reply to the mason.",
            "What's the total and what's already paid?",
        ],
    )

    def deceased(g: str | None = None) -> tuple[Person, dt.date]:
        p = c.person(g=g, age=(58, 101), src="region" if c.chance(0.7) else None)
        death = c.day(-300, -20)
        if p.dob and p.dob >= death:
            p.dob = death - dt.timedelta(days=365 * 70)
        return p, death

    if v == 0:
        cust = c.person(age=(35, 80))
        d, death = deceased()
        maiden = c.person(g="f", age=(60, 100)) if d.g == "f" and c.chance(0.5) else None
        ca = c.addr(near=c.chance(0.7))
        upper = c.chance(0.5)
        price = c.money(1800, 7800, 10)
        no = f"{c.pick(['GM', 'A', 'OC'])}-{c.today.year}-{c.digits(3, False)}"
        rows = [
            (c.t("Auftrag", "Commande", "Ordine", "Order"), no),
            (c.t("Auftraggeber/in", "Client", "Committente", "Client"), cust.full()),
            (c.t("Anschrift", "Adresse", "Indirizzo", "Address"), ca.one()),
            (tel_label(c, "land"), c.ph(c.pick(["mobile", "land"]))),
            ("E-Mail" if c.lang != "it" else "Email", c.mail(cust)),
            (c.t("Verstorbene/r", "Défunt(e)", "Defunto/a", "Deceased"), d.full()),
            (c.t("Grabstätte", "Emplacement", "Sepoltura", "Grave"), cem),
            (c.t("Material", "Matériau", "Materiale", "Stone"), c.pick(stones)),
            (c.t("Preis inkl. MwSt.", "Prix TTC", "Prezzo IVA incl.", "Price incl. VAT", us="Price"), price),
        ]
        insc = inscription(c, d, death, maiden, upper)
        pay = c.t(
            f"Anzahlung 30 % bei Auftragserteilung auf {c.iban(False)}. Die Genehmigung der "
            f"Friedhofsverwaltung holen wir ein.",
            f"Acompte de 30 % à la commande : {c.iban(False)}. Nous nous chargeons de l'autorisation du cimetière.",
            f"Acconto del 30% all'ordine su {c.iban(False)}. Il permesso del cimitero lo richiediamo noi.",
            f"30% deposit on order to {c.iban(False)}. We'll apply for the cemetery permit.",
            us="30% deposit due on order (card or check). We'll obtain the cemetery permit.",
        )
        body = (
            f.head(c)
            + "\n\n"
            + c.t(
                "Auftragsbestätigung Grabmal",
                "Confirmation de commande – monument",
                "Conferma d'ordine – lapide",
                "Memorial order confirmation",
            )
            + "\n\n"
            + form(c, rows)
            + "\n\n"
            + c.t("Inschrift:", "Inscription :", "Epigrafe:", "Inscription:")
            + "\n"
            + insc
            + "\n\n"
            + pay
        )
        if c.chance(0.25):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(4, 7)
        rows = []
        custs = []
        for _ in range(n):
            cu = c.person(age=(35, 80))
            d, death = deceased()
            custs.append((cu, d))
            rows.append(
                [
                    f"{c.today.year % 100}-{c.digits(3, False)}",
                    cu.styled(c.rng, "full lf tl"),
                    d.full() if c.chance(0.6) else m("PERSON", f"{d.first} {d.last}".upper()),
                    c.t("Friedhof ", "cim. ", "cimitero ", "", us="")
                    + c.pick([t, c.town().name])
                    + c.t("", "", "", " Cemetery"),
                    c.pick(
                        [
                            c.t("Entwurf", "projet", "bozza", "draft"),
                            c.t("Abzug verschickt", "BAT envoyé", "bozza inviata", "proof sent"),
                            c.t("in Arbeit", "en cours", "in lavorazione", "in progress"),
                            c.t("versetzt", "posé", "posata", "fixed"),
                        ]
                    ),
                ]
            )
        hdr = c.t(
            ["Auftrag", "Kunde", "Verstorbene/r", "Friedhof", "Status"],
            ["Commande", "Client", "Défunt(e)", "Cimetière", "Statut"],
            ["Ordine", "Cliente", "Defunto/a", "Cimitero", "Stato"],
            ["Order", "Client", "Deceased", "Cemetery", "Status"],
        )
        staff = [c.person(age=(22, 65)) for _ in range(2)]
        sd = c.pick(["fn", "fL", "nk"])
        s0, s1 = staff[0].styled(c.rng, sd), staff[1].styled(c.rng, sd)
        (cu1, d1), (cu2, _) = c.rng.sample(custs, 2)
        adm = c.person(age=(25, 62))
        msgs = [
            (
                s0,
                c.t(
                    f"Korrekturabzug für {d1.full()} ging an {c.mail(cu1)}",
                    f"BAT pour {d1.full()} envoyé à {c.mail(cu1)}",
                    f"bozza per {d1.full()} inviata a {c.mail(cu1)}",
                    f"proof for {d1.full()} sent to {c.mail(cu1)}",
                ),
            ),
            (
                s1,
                c.t(
                    f"{cu2.t_last()} kommt Freitag zur Abnahme, Handy {c.ph('mobile')}",
                    f"{cu2.t_last()} passe vendredi valider, portable {c.ph('mobile')}",
                    f"{cu2.t_last()} passa venerdì per l'approvazione, cell. {c.ph('mobile')}",
                    f"{cu2.t_last()} is coming on Friday to sign off, mobile {c.ph('mobile')}",
                ),
            ),
            (
                s0,
                c.t(
                    f"Friedhofsverwaltung ({adm.t_last()}) hat die Genehmigung erteilt, Tel. {c.ph('land')}",
                    f"le service des cimetières ({adm.t_last()}) a donné l'autorisation, tél. {c.ph('land')}",
                    f"l'ufficio cimiteriale ({adm.t_last()}) ha dato il permesso, tel. {c.ph('land')}",
                    f"cemetery office ({adm.t_last()}) has approved it, tel. {c.ph('land')}",
                ),
            ),
            (
                s1,
                c.t(
                    "Vergoldung erst nach dem Frost",
                    "dorure après les gelées",
                    "doratura dopo le gelate",
                    "gilding after the frosts",
                ),
            ),
        ]
        body = (
            c.t("Auftragsliste Werkstatt", "Commandes atelier", "Ordini laboratorio", "Workshop orders")
            + "\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + chat(c, subseq(c, msgs, 3, 4))
        )
        return wrap_request(
            c,
            body,
            c.t(
                ["Welche Aufträge sind überfällig?"],
                ["Quelles commandes sont en retard ?"],
                ["Quali ordini sono in ritardo?"],
                ["Which orders are overdue?"],
            ),
        )
    if v == 2:
        cust = c.person(age=(35, 75))
        ca = (c.today - cust.dob).days // 365
        par_age = (min(ca + 20, 99), min(ca + 42, 101))
        mom = c.relative(cust, "f", age=par_age)
        death_m = c.day(-300, -60)
        dad = c.relative(cust, "m", age=par_age)
        death_d = c.day(-40, -10)
        sib = c.relative(cust, age=(35, 75))
        mason = c.person(age=(28, 65))
        wm = c.mail(mason, f.domain)
        upper = c.chance(0.5)
        proof = inscription(c, mom, death_m, None, upper)
        body = c.t(
            f"danke für den Korrekturabzug, die Inschrift für unsere Mutter passt so. Leider ist am "
            f"{c.date(death_d)} auch unser Vater verstorben. Bitte ergänzen Sie:\n\n"
            f"{m('PERSON', (dad.first + ' ' + dad.last).upper() if upper else dad.first + ' ' + dad.last)}\n"
            f"* {c.dob(dad)}   † {c.date(death_d)}\n\nMein{'e Schwester' if sib.g == 'f' else ' Bruder'} "
            f"{sib.full()} ({c.mail(sib)}) ist mit dem Mehrpreis einverstanden. Erreichbar bin ich unter "
            f"{c.ph('mobile')}.",
            f"merci pour le bon à tirer, l'inscription pour notre mère nous convient. Hélas notre père est décédé le "
            f"{c.date(death_d)}. Merci d'ajouter :\n\n"
            f"{m('PERSON', (dad.first + ' ' + dad.last).upper() if upper else dad.first + ' ' + dad.last)}\n"
            f"{c.dob(dad)} – {c.date(death_d)}\n\n{'Ma sœur' if sib.g == 'f' else 'Mon frère'} {sib.full()} "
            f"({c.mail(sib)}) est d'accord pour le supplément. Je suis joignable au {c.ph('mobile')}.",
            f"grazie per la bozza, l'epigrafe per nostra madre va bene. Purtroppo il {c.date(death_d)} è mancato "
            f"anche nostro padre. Vi chiedo di aggiungere:\n\n"
            f"{m('PERSON', (dad.first + ' ' + dad.last).upper() if upper else dad.first + ' ' + dad.last)}\n"
            f"{c.dob(dad)} – {c.date(death_d)}\n\n{'Mia sorella' if sib.g == 'f' else 'Mio fratello'} {sib.full()} "
            f"({c.mail(sib)}) è d'accordo con il supplemento. Sono raggiungibile al {c.ph('mobile')}.",
            f"thank you for the proof – Mum's inscription is fine. Sadly Dad passed away on {c.date(death_d)} as "
            f"well. Please add:\n\n"
            f"{m('PERSON', (dad.first + ' ' + dad.last).upper() if upper else dad.first + ' ' + dad.last)}\n"
            f"{c.dob(dad)} – {c.date(death_d)}\n\nMy {rel_word(c, 'sibling', sib.g)} {sib.full()} ({c.mail(sib)}) "
            f"is happy with the extra cost. You can reach me on {c.ph('mobile')}.",
            us=f"thank you for the proof – Mom's inscription looks right. Sadly Dad passed away on {c.date(death_d)}. "
            f"Please add:\n\n"
            f"{m('PERSON', (dad.first + ' ' + dad.last).upper() if upper else dad.first + ' ' + dad.last)}\n"
            f"{c.dob(dad)} – {c.date(death_d)}\n\nMy {rel_word(c, 'sibling', sib.g)} {sib.full()} "
            f"({c.mail(sib)}) is fine with the extra cost. You can reach me at {c.ph('mobile')}.",
        )
        body = body[0].upper() + body[1:]
        q = quote(
            c,
            f"{mason.full()} <{wm}>",
            c.day(-8, -2),
            c.t(
                "anbei der Korrekturabzug zur Freigabe:",
                "voici le BAT pour validation :",
                "ecco la bozza da approvare:",
                "here's the proof for your approval:",
            )
            + "\n\n"
            + proof
            + "\n\n"
            + mason.full()
            + "\n"
            + fname,
        )
        txt = mail_headers(
            c,
            addr_of(c, cust, c.mail(cust)),
            f"{mason.full()} <{wm}>",
            c.t("AW: Korrekturabzug Grabmal", "RE : BAT monument", "R: bozza lapide", "RE: Memorial proof"),
            c.today,
            cc=c.mail(sib) if c.chance(0.5) else None,
        )
        txt += f"\n\n{greet(c, mason)}\n\n{body}\n\n{closing(c)}\n{cust.full()}\n\n{q}"
        return wrap_request(c, txt, reqs)
    recs = []
    iso = c.chance(0.6)
    names = []
    for _ in range(c.rint(2, 4)):
        cu = c.person(age=(30, 80))
        d, death = deceased()
        names.append(cu)
        recs.append(
            {
                "enquiry": c.digits(5),
                "received": c.stamp(),
                "name": cu.full(),
                "email": c.mail(cu),
                "phone": c.ph(c.pick(["mobile", "land"])),
                "deceased": d.full(),
                "date_of_birth": c.dob_iso(d) if iso else c.dob(d, c.dshape),
                "date_of_death": death.isoformat() if iso else c.date(death),
                "cemetery": c.pick([t, c.town().name]),
                "stone": c.pick(stones),
                "ip": c.ip(),
            }
        )
    cu = c.pick(names)
    note = c.t(
        f"{cu.full()} möchte vorbeikommen und Muster ansehen.",
        f"{cu.full()} souhaite passer voir les échantillons.",
        f"{cu.full()} vuole passare a vedere i campioni.",
        f"{cu.full()} would like to come in and see samples.",
    )
    return wrap_request(
        c,
        export(c, recs, wrap={"form": "www." + f.domain}) + "\n\n" + note,
        c.t(
            ["Schreib jeder Anfrage eine kurze, einfühlsame Antwort."],
            ["Réponds brièvement et avec tact à chaque demande."],
            ["Rispondi a ogni richiesta con poche righe e tatto."],
            ["Draft a short, kind reply to each enquiry."],
        ),
    )


# ---------------------------------------------------------------------------------------------------------------------
# genre 12: personal trainers
# ---------------------------------------------------------------------------------------------------------------------


def g_personaltraining(c: Ctx) -> str:
    c.spread = 0.1
    v = c.variant
    fname = c.t(
        c.pick(["FitWerk Personal Training", "Move & Balance", "CoachFit Studio", "Kraftraum Mitte"]),
        c.pick(["Élan Coaching", "Coach Forme à domicile", "Studio Équilibre"]),
        c.pick(["Forma Studio – Personal Training", "Allenamento su Misura", "Studio Movimento"]),
        c.pick(["Peak Performance PT", "Core & Stride Coaching", "The PT Room"]),
        ch=c.pick(["Bewegungsraum Personal Training", "FitWerk Zentral", "Studio Kraftwerk"]),
        us=c.pick(["Ironside Fitness", "Elevate Personal Training", "Summit Strength Studio"]),
    )
    f = make_firm(c, fname)
    trainer = c.person(age=(23, 55))
    goals = c.t(
        [
            "Rückenschmerzen reduzieren",
            "10 kg abnehmen",
            "Halbmarathon vorbereiten",
            "nach Knie-OP aufbauen",
            "Kraft und Beweglichkeit im Alter",
        ],
        [
            "soulager le dos",
            "perdre 10 kg",
            "préparer un semi-marathon",
            "reprise après opération du genou",
            "garder force et souplesse",
        ],
        [
            "ridurre il mal di schiena",
            "perdere 10 kg",
            "preparare una mezza maratona",
            "recupero dopo intervento al ginocchio",
            "forza e mobilità",
        ],
        [
            "ease back pain",
            "lose 10 kg",
            "train for a half marathon",
            "rebuild after knee surgery",
            "stay strong and mobile",
        ],
        us=[
            "ease back pain",
            "lose 20 lbs",
            "train for a half marathon",
            "rebuild after knee surgery",
            "stay strong and mobile",
        ],
    )
    pkgs = c.t(
        [f"10er-Karte {c.money(600, 1100, 10)}", f"Monatsabo 8 Einheiten {c.money(480, 800, 10)}"],
        [f"carnet 10 séances {c.money(500, 900, 10)}", f"forfait mensuel {c.money(300, 600, 10)}"],
        [f"pacchetto 10 lezioni {c.money(450, 800, 10)}", f"abbonamento mensile {c.money(250, 500, 10)}"],
        [f"10-session block {c.money(450, 800, 10)}", f"monthly plan {c.money(250, 500, 10)}"],
    )
    reqs = c.t(
        [
            "Mach mir daraus einen Trainingsplan für die ersten vier Wochen.",
            "Fass die Gesundheitsangaben zusammen.",
            "Schreib eine kurze Antwort an den Kunden.",
        ],
        [
            "Fais-moi un plan d'entraînement pour les quatre premières semaines.",
            "Résume les informations de santé.",
            "Rédige une courte réponse au client.",
        ],
        [
            "Fammi un piano di allenamento per le prime quattro settimane.",
            "Riassumi i dati sulla salute.",
            "Scrivi una breve risposta al cliente.",
        ],
        [
            "Build me a four-week starter plan from this.",
            "Summarise the health answers.",
            "Write a short reply to the client.",
        ],
    )
    if v == 0:
        cl = c.person(age=(18, 80))
        a = c.addr()
        ice = c.relative(cl, age=(18, 85)) if c.chance(0.5) else c.person(age=(18, 85))
        rel = rel_word(
            c,
            c.pick(["partner", "sibling", "friend"])
            if ice.last != cl.last
            else c.pick(["partner", "child", "sibling"]),
            ice.g,
        )
        doc = c.person(age=(32, 66))
        da = c.addr(business=True)
        yes, no = c.t("ja", "oui", "sì", "yes"), c.t("nein", "non", "no", "no")
        q = c.t(
            [
                "Herz-Kreislauf-Erkrankung?",
                "Schmerzen in der Brust bei Belastung?",
                "Schwindel / Ohnmacht?",
                "Gelenk- oder Rückenprobleme?",
                "Regelmäßige Medikamente?",
            ],
            [
                "Problème cardiaque ?",
                "Douleur thoracique à l'effort ?",
                "Vertiges / malaises ?",
                "Problèmes articulaires ou de dos ?",
                "Traitement médical régulier ?",
            ],
            [
                "Patologie cardiache?",
                "Dolore al petto sotto sforzo?",
                "Vertigini / svenimenti?",
                "Problemi articolari o alla schiena?",
                "Farmaci regolari?",
            ],
            [
                "Heart condition?",
                "Chest pain when active?",
                "Dizziness / fainting?",
                "Joint or back problems?",
                "Regular medication?",
            ],
        )
        rows = [
            (c.t("Name", "Nom", "Nome e cognome", "Name"), cl.full()),
            (c.t("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(cl)),
            (c.t("Anschrift", "Adresse", "Indirizzo", "Address"), a.one()),
            (tel_label(c), c.ph("mobile")),
            ("E-Mail" if c.lang != "it" else "Email", c.mail(cl)),
            (
                c.t("Notfallkontakt", "Personne à prévenir", "Contatto di emergenza", "Emergency contact"),
                f"{ice.full()} ({rel}), {c.ph('mobile')}",
            ),
            (
                c.t("Hausarzt/-ärztin", "Médecin traitant", "Medico di base", "GP", us="Primary care doctor"),
                c.t(
                    f"Dr. {doc.full()}",
                    f"Dr {doc.full()}",
                    f"dott. {doc.full()}" if doc.g == "m" else f"dott.ssa {doc.full()}",
                    f"Dr {doc.full()}",
                )
                + f", {da.one()}, {c.ph('land', da.town)}",
            ),
            (c.t("Ziel", "Objectif", "Obiettivo", "Goal"), c.pick(goals)),
        ]
        rows += [(qq, c.pick([no, no, no, yes])) for qq in c.rng.sample(q, 3)]
        pk = c.pick(pkgs)
        if c.cc in ("GB", "US") and c.chance(0.5) or c.chance(0.12):
            kind, num = c.card()
            payv = f"{kind} {num}, exp {c.rint(1, 12):02d}/{(c.today.year + c.rint(1, 4)) % 100}"
        elif c.us:
            payv = f"card {c.masked()}"
        else:
            payv = (
                c.t(
                    "SEPA-Lastschrift, IBAN ",
                    "prélèvement SEPA, IBAN ",
                    "SDD, IBAN ",
                    "Direct debit, IBAN ",
                    ch="LSV, IBAN ",
                )
                + c.iban()
            )
        rows += [
            (c.t("Paket", "Formule", "Pacchetto", "Package"), pk),
            (c.t("Zahlung", "Paiement", "Pagamento", "Payment"), payv),
            (c.t("Trainer/in", "Coach", "Trainer", "Trainer"), trainer.full()),
        ]
        title = c.t(
            "Aufnahmebogen & Gesundheitsfragebogen",
            "Fiche d'inscription & questionnaire santé",
            "Scheda cliente & questionario anamnestico",
            "Client intake & PAR-Q",
        )
        body = (
            f.head(c)
            + "\n\n"
            + title
            + "\n\n"
            + form(c, rows)
            + "\n\n"
            + c.t(
                "Ich bestätige die Richtigkeit meiner Angaben. Unterschrift: ________",
                "Je certifie l'exactitude de ces informations. Signature : ________",
                "Confermo la correttezza dei dati. Firma: ________",
                "I confirm the above is accurate. Signed: ________",
            )
        )
        if c.chance(0.15):
            body = ocr(c, body)
        return wrap_request(c, body, reqs)
    if v == 1:
        n = c.rint(5, 8)
        cls = [c.person(age=(18, 80)) for _ in range(n)]
        days = c.t(
            ["Mo", "Di", "Mi", "Do", "Fr", "Sa"],
            ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
            ["lun", "mar", "mer", "gio", "ven", "sab"],
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        )
        rows = []
        tms = c.times(n)
        for k, (p, tm) in enumerate(zip(cls, tms, strict=False)):
            where = c.pick(
                [
                    c.t("Studio", "studio", "studio", "studio"),
                    c.addr().s(),
                    c.t("Park (Eingang Nord)", "parc (entrée nord)", "parco (ingresso nord)", "park (north gate)"),
                    c.addr().s(),
                ]
            )
            rows.append(
                [
                    days[min(5, k // 2)],
                    tm,
                    p.styled(c.rng, "full fn fL tl"),
                    where,
                    c.pick(
                        [
                            c.t("Knie schonen", "ménager le genou", "attenzione ginocchio", "easy on the knee"),
                            c.t("Test 5 km", "test 5 km", "test 5 km", "5k test"),
                            "",
                            "",
                            c.t("bezahlt bar", "payé en espèces", "pagato contanti", "paid cash"),
                        ]
                    ),
                ]
            )
        hdr = c.t(
            ["Tag", "Zeit", "Kunde/Kundin", "Ort", "Notiz"],
            ["Jour", "Heure", "Client", "Lieu", "Note"],
            ["Giorno", "Ora", "Cliente", "Luogo", "Note"],
            ["Day", "Time", "Client", "Where", "Notes"],
        )
        t2 = c.person(age=(22, 55))
        sd = c.pick(["fn", "nk", "fL"])
        s0, s1 = trainer.styled(c.rng, sd), t2.styled(c.rng, sd)
        c1 = c.pick(cls)
        newc = c.person(age=(18, 75))
        msgs = [
            (
                s0,
                c.t(
                    f"{c1.fn()} hat für Donnerstag abgesagt, Knie zwickt wieder.",
                    f"{c1.fn()} annule jeudi, le genou recommence.",
                    f"{c1.fn()} ha disdetto giovedì, il ginocchio fa di nuovo male.",
                    f"{c1.fn()} cancelled Thursday, knee's playing up again.",
                ),
            ),
            (
                s1,
                c.t(
                    f"Ich hätte eine Neue: {newc.full()}, {c.ph('mobile')}, will ein Probetraining. Nimmst du sie?",
                    f"J'ai une nouvelle cliente : {newc.full()}, {c.ph('mobile')}, veut une séance d'essai. Tu la "
                    f"prends ?",
                    f"Ho una nuova cliente: {newc.full()}, {c.ph('mobile')}, vuole una prova. La prendi tu?",
                    f"Got a new one: {newc.full()}, {c.ph('mobile')}, wants a taster session. Can you take her?",
                ),
            ),
            (
                s0,
                c.t(
                    f"ja, schick mir die Mail ({c.mail(newc)}), ich meld mich",
                    f"oui, envoie-moi son mail ({c.mail(newc)})",
                    f"sì, mandami la mail ({c.mail(newc)})",
                    f"yes, send me her email ({c.mail(newc)})",
                ),
            ),
        ]
        if newc.g == "m":
            msgs[1] = (
                s1,
                msgs[1][1]
                .replace("eine Neue", "einen Neuen")
                .replace("Nimmst du sie", "Nimmst du ihn")
                .replace("une nouvelle cliente", "un nouveau client")
                .replace("Tu la prends", "Tu le prends")
                .replace("una nuova cliente", "un nuovo cliente")
                .replace("La prendi", "Lo prendi")
                .replace("take her", "take him"),
            )
            msgs[2] = (s0, msgs[2][1].replace("her email", "his email").replace("son mail", "son mail"))
        body = (
            c.t("Wochenplan", "Planning de la semaine", "Programma settimanale", "Week plan")
            + f" – {trainer.fn()}\n\n"
            + table(c, hdr, rows)
            + "\n\n"
            + chat(c, msgs)
        )
        return wrap_request(
            c,
            body,
            c.t(
                ["Wer hat diese Woche noch freie Termine?"],
                ["Quels créneaux restent libres cette semaine ?"],
                ["Quali slot sono ancora liberi questa settimana?"],
                ["Which slots are still free this week?"],
            ),
        )
    if v == 2:
        cl = c.person(age=(22, 75))
        physio = c.person(age=(25, 60))
        pa = c.addr(business=True)
        doc = c.person(age=(32, 66))
        wm = c.mail(trainer, f.domain)
        d_inj = c.day(-15, -3)
        old_mail = c.mail(cl)
        new_raw = c.email_raw(cl)
        for _ in range(10):
            if new_raw != vis(old_mail):
                break
            new_raw = c.email_raw(cl)
        new_mail = m("EMAIL", new_raw)
        quoted = c.t(
            f"{greet(c, cl, False)}\ndenk dran: deine 10er-Karte läuft am {c.date(c.day(20, 60))} ab. Wenn du "
            f"pausieren musst, sag kurz Bescheid, dann verlängere ich.\nSportliche Grüße\n{trainer.fn()}",
            f"{greet(c, cl, False)}\npetit rappel : ton carnet expire le {c.date(c.day(20, 60))}. Si tu dois faire "
            f"une pause, préviens-moi et je prolonge.\n{trainer.fn()}",
            f"{greet(c, cl, False)}\nti ricordo che il pacchetto scade il {c.date(c.day(20, 60))}. Se devi fermarti, "
            f"avvisami e lo prolungo.\n{trainer.fn()}",
            f"{greet(c, cl, False)}\njust a reminder your block expires on {c.date(c.day(20, 60))}. If you need to "
            f"pause, let me know and I'll extend it.\n{trainer.fn()}",
        )
        body = c.t(
            f"ich bin am {c.date(d_inj)} beim Joggen umgeknickt (Bänderdehnung). Dr. {doc.ln()} sagt vier Wochen "
            f"Pause, danach Reha bei {'Physiotherapeutin' if physio.g == 'f' else 'Physiotherapeut'} {physio.full()} "
            f"({pa.one()}, {c.ph('land', pa.town)}). Kannst du die Karte verlängern? Und bitte ab jetzt an meine "
            f"neue Adresse {new_mail} schreiben.",
            f"je me suis tordu la cheville le {c.date(d_inj)} en courant (entorse). Le Dr {doc.ln()} dit quatre "
            f"semaines d'arrêt, puis rééducation chez {physio.full()}, kiné ({pa.one()}, {c.ph('land', pa.town)}). "
            f"Tu peux prolonger mon carnet ? Et écris-moi désormais à {new_mail}.",
            f"il {c.date(d_inj)} mi sono storto la caviglia correndo (distorsione). Il dott. {doc.ln()} dice quattro "
            f"settimane di stop, poi fisioterapia da {physio.full()} ({pa.one()}, {c.ph('land', pa.town)}). Puoi "
            f"prolungare il pacchetto? E d'ora in poi scrivimi a {new_mail}.",
            f"I went over on my ankle running on {c.date(d_inj)} (sprain). Dr {doc.ln()} says four weeks off, then "
            f"physio with {physio.full()} ({pa.one()}, {c.ph('land', pa.town)}). Could you extend my block? And "
            f"please use my new address {new_mail} from now on.",
        )
        body = body[0].upper() + body[1:]
        txt = mail_headers(
            c,
            addr_of(c, cl, c.mail(cl)),
            f"{trainer.full()} <{wm}>",
            c.t("Pause wegen Verletzung", "Pause – blessure", "Pausa per infortunio", "Pausing – injury"),
            c.today,
        )
        txt += f"\n\n{greet(c, trainer, False)}\n\n{body}\n\n{closing(c)}\n{cl.fn()}\n{c.ph('mobile')}\n\n"
        txt += quote(c, f"{trainer.full()} <{wm}>", c.day(-30, -16), quoted)
        return wrap_request(c, txt, reqs)
    recs = []
    iso = c.chance(0.7)
    cls = []
    for _ in range(c.rint(3, 6)):
        p = c.person(age=(18, 80))
        cls.append(p)
        rec = {
            "client_id": c.digits(5),
            "first_name": p.fn(),
            "last_name": p.ln(),
            "dob": c.dob_iso(p) if iso else c.dob(p, c.dshape),
            "email": c.mail(p),
            "phone": c.ph("mobile"),
            "package": c.pick(pkgs),
            "sessions_left": c.rint(0, 10),
            "trainer": trainer.fn(),
            "last_login": {"at": c.stamp(), "ip": c.ip()},
        }
        if c.chance(0.25):
            rec["card"] = c.card()[1]
        else:
            rec["card"] = c.masked()
        recs.append(rec)
    p = c.pick(cls)
    note = c.t(
        f"{p.full()}: Zahlung abgelehnt, bitte nachfragen.",
        f"{p.full()} : paiement refusé, à relancer.",
        f"{p.full()}: pagamento rifiutato, sollecitare.",
        f"{p.full()}: payment declined, follow up.",
    )
    return wrap_request(
        c,
        export(c, recs, wrap={"app": f.name}) + "\n\n" + note,
        c.t(
            ["Wer muss nachkaufen?"],
            ["Qui doit racheter des séances ?"],
            ["Chi deve rinnovare?"],
            ["Who needs to top up?"],
        ),
    )


# ---------------------------------------------------------------------------------------------------------------------
# checks and main
# ---------------------------------------------------------------------------------------------------------------------

GENRES = [
    ("runningrace", g_runningrace),
    ("legalaid", g_legalaid),
    ("glazier", g_glazier),
    ("farrier", g_farrier),
    ("energycert", g_energycert),
    ("keyregister", g_keyregister),
    ("serviceyear", g_serviceyear),
    ("streetparty", g_streetparty),
    ("livestock", g_livestock),
    ("workscouncil", g_workscouncil),
    ("stonemason", g_stonemason),
    ("personaltraining", g_personaltraining),
]
LOCALE_QUOTA = {
    "de_DE": 245,
    "de_CH": 190,
    "de_AT": 140,
    "fr_FR": 130,
    "fr_CH": 135,
    "it_IT": 95,
    "it_CH": 100,
    "en_GB": 135,
    "en_US": 130,
}
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}$", re.I)


def check(rec: dict) -> list[str]:
    text, ents = rec["text"], rec["entities"]
    errs = []
    prev_end = -1
    for e in ents:
        s, t = e["start"], e["end"]
        v = e["text"]
        if text[s:t] != v:
            errs.append(f"offset {e}")
        if v != v.strip() or not v:
            errs.append(f"space {e}")
        if s < prev_end:
            errs.append(f"overlap {e}")
        prev_end = t
        ty = e["type"]
        if ty == "PERSON" and re.search(r"\d", v):
            errs.append(f"digit in person {v!r}")
        if ty == "IBAN" and not iban_valid(v):
            errs.append(f"iban {v}")
        if ty == "CARD":
            d = re.sub(r"\D", "", v)
            if not luhn_ok(d) or len(d) not in (15, 16):
                errs.append(f"card {v}")
        if ty == "AHV" and not ahv_ok(v):
            errs.append(f"ahv {v}")
        if ty == "EMAIL" and not EMAIL_RE.match(v):
            errs.append(f"email {v}")
        if ty == "IP" and not ipaddress.ip_address(v).is_global:
            errs.append(f"ip {v}")
        if ty == "PHONE" and len(re.sub(r"\D", "", v)) < 6:
            errs.append(f"phone {v}")
    for a, b in zip(ents, ents[1:], strict=False):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            errs.append(f"split name {a['text']!r} {b['text']!r}")
    # consistency: labelled values and name words must not occur unlabelled elsewhere in the document
    covered = [False] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            covered[k] = True
    needles = set()
    for e in ents:
        if len(e["text"]) >= 5:
            needles.add(e["text"])
        if e["type"] == "PERSON":
            needles.update(particle_words(e["text"]))
    for nd in needles:
        for mo in re.finditer(r"(?<![\w@.\-])" + re.escape(nd) + r"(?![\w@\-])", text):
            if not all(covered[mo.start() : mo.end()]):
                errs.append(f"unlabelled repeat {nd!r}")
                break
    return errs


def make_doc(genre: str, fn, i: int, locale: str) -> dict:
    for retry in range(30):
        c = Ctx(genre, i, locale, retry)
        raw = fn(c)
        text, ents = finish(c, raw)
        rec = {
            "id": f"holdout35-{genre}-{i:03d}",
            "locale": locale,
            "lang": LANG[locale],
            "text": text,
            "entities": ents,
        }
        errs = check(rec)
        if not errs:
            rec["_retries"] = retry
            return rec
        if DEBUG:
            print(f"[redraw] {rec['id']} {locale}: {errs[:3]}", file=sys.stderr)
    raise AssertionError(f"{genre} {i} {locale}: {errs}")


DEBUG = False


def build() -> list[dict]:
    locs = [loc for loc, n in LOCALE_QUOTA.items() for _ in range(n)]
    assert len(locs) == 1300
    seeded("holdout35|locales").shuffle(locs)
    per_genre: dict[str, int] = collections.Counter()
    docs = []
    for k, loc in enumerate(locs):
        name, fn = GENRES[k % len(GENRES)]
        i = per_genre[name]
        per_genre[name] += 1
        docs.append(make_doc(name, fn, i, loc))
    return docs


def main() -> None:
    global DEBUG
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(Path(__file__).parent / "data" / "synthetic_holdout35.jsonl"))
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--genre")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--scan", action="store_true")
    ap.add_argument("--debug", action="store_true")
    args = ap.parse_args()
    DEBUG = args.debug
    docs = build()
    retries = sum(1 for d in docs if d["_retries"])
    for d in docs:
        del d["_retries"]
        assert not check(d)
    if args.show:
        sel = [d for d in docs if not args.genre or d["id"].split("-")[1] == args.genre]
        rng = random.Random(args.show)
        for d in rng.sample(sel, min(args.show, len(sel))):
            print("=" * 100)
            print(d["id"], d["locale"])
            print(d["text"])
            print("--", [(e["type"], e["text"]) for e in d["entities"]])
        return
    if args.scan:
        for d in docs:
            cov = [False] * len(d["text"])
            for e in d["entities"]:
                for k in range(e["start"], e["end"]):
                    cov[k] = True
            for rx, what in (
                (r"[\w.\-]+@[\w.\-]+\.[a-z]{2,}", "mail"),
                (r"\b\d{1,3}(?:\.\d{1,3}){3}\b", "ipv4"),
                (r"\d[\d ./\-]{7,}\d", "digits"),
            ):
                for mo in re.finditer(rx, d["text"]):
                    if not any(cov[mo.start() : mo.end()]):
                        print(d["id"], what, mo.group(0))
        return
    tc = collections.Counter(e["type"] for d in docs for e in d["entities"])
    tl = collections.Counter((e["type"], d["lang"]) for d in docs for e in d["entities"])
    lc = collections.Counter(d["lang"] for d in docs)
    if args.stats:
        print(len(docs), "docs", sum(tc.values()), "entities", "retries", retries)
        print(dict(tc.most_common()))
        for t, _ in tc.most_common():
            print(t, " / ".join(str(tl[(t, lang)]) for lang in ("de", "fr", "it", "en")))
        print(dict(lc), collections.Counter(d["locale"] for d in docs))
        return
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents, {sum(tc.values())} entities to {out}")


if __name__ == "__main__":
    main()
