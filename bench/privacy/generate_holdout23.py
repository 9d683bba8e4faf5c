"""Twenty-third blind evaluation set ("holdout23") for the anonymizer.

Blind set 23, written 2026-12-06 by a helper session that read only the module docstrings of generate_holdout20.py,
generate_holdout21.py and generate_holdout22.py and the module docstring of evaluate.py with the source of its function
evaluate_synthetic and of the helpers it calls (``_covered``, ``Counts``, ``_held_out``; all extracted with ``ast``:
record format, type names, matching rules, the genres of all earlier sets), plus Faker (the venv's Faker 40.54.0: a
handful of sample names from the locales used here) and the standard library.  It did not read the detectors (src/),
the tests, the docs, README files, the bodies of the other generators or templates, any other data set text, or the git
history.  Slips, none of them showing detector code or data set text: to confirm the record format it printed the keys
of the first record of synthetic_holdout22.jsonl together with the values of ``id``, ``locale`` and ``lang`` (no text,
no entity values besides the first entity's type); it listed the file names in bench/privacy/ and grepped the
line-length setting of [tool.ruff] in pyproject.toml, neither of which the brief had listed as allowed reading.
tarnkappe is never imported; the set was never run through the anonymizer or evaluate.py while it was written.  The
written file was checked only by the generator's own assertions (``text[start:end] == text``, no surrounding white
space, sorted and non-overlapping spans, every IBAN mod 97, every card Luhn, every AHV number EAN-13) and by reading
its own output, including a scan for unlabelled e-mail addresses (only role mailboxes such as info@, kurse@,
kundenservice@), unlabelled IPv4 addresses (only private LAN / data-centre addresses 10.x and 192.168.x) and unlabelled
repeats of the words of labelled names (after two fixes - the donation reference "Vermerk "<surname>"" is now labelled
PERSON and notaries' offices no longer carry the notary's surname - only the particles "von", "der" and "auf" used as
ordinary German words and "Mary" of "St Mary's Hospital" in a document with a person called Mary).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout23.jsonl: 1,000 documents, 12 genres (84 documents for the first four, 83
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout23|locales"``: de_DE 300, de_CH
200, de_AT 150, fr_CH 75, fr_FR 75, it_CH 50, it_IT 50, en_GB 50, en_US 50 (de 650, fr 150, it 100, en 100).
9,877 labelled values: PERSON 4,206, PHONE 1,639, ADDRESS 1,459, DOB 1,166, EMAIL 664, IP 412, IBAN 257, AHV 41,
CARD 33 (de 6,453, fr 1,524, it 936, en 964).  Per type and language (de / fr / it / en):
  PERSON 2,747 / 670 / 390 / 399; PHONE 1,103 / 253 / 132 / 151; ADDRESS 936 / 192 / 170 / 161;
  DOB 747 / 183 / 114 / 122; EMAIL 429 / 105 / 66 / 64; IP 271 / 75 / 26 / 40; IBAN 173 / 34 / 27 / 23;
  AHV 25 / 8 / 8 / 0; CARD 22 / 4 / 3 / 4.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11; the output does not depend on PYTHONHASHSEED - checked with two seeds):
``random.Random`` is seeded with ``"holdout23|<genre>|<i>"`` and every Faker locale is re-seeded per document on its
first use in the document (from that seed and the locale name).  Faker supplies person names only; streets, towns,
postcodes, phone numbers, e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid RIB key,
Italian ones with a valid CIN; US documents get British IBANs), card numbers (Visa, Mastercard 51-55 and 2221-2720,
Amex; Luhn), AHV numbers (756, EAN-13 check digit, dotted or compact) and IP addresses (public IPv4 from common European
ISP ranges, about 20 % IPv6 2a02:...) come from lists and code written here.  Each record has ``id``
(``holdout23-<genre>-<NNN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``type``, ``start``, ``end``,
``text``).  Texts are built by concatenating plain and labelled pieces, and every labelled piece records its offsets
when it is appended, so lower-case chat typing, OCR noise (applied to plain pieces only), fixed-width padding, CSV
quoting and JSON strings keep the labels exact.

Genres (text people paste into an AI assistant, each with a request in the document's language before it), chosen to
differ from every genre named in the docstrings read (holdout3..holdout22; near neighbours: non-emergency patient
transport (17), utility meter readings (11), pet chip registries (13), death notices (5) and cemetery registers (14) -
the genres here are visitor bookings, tenancy handovers, dog tax, funeral-home orders, which those do not name):
 1. hospitalvisit - hospital visitor registrations: visiting-slot confirmations by mail (patient's date of birth, ward
    clerk's signature), ward visitor lists (CSV/SSV/TSV/fixed width with a date-of-birth column), family chats
    organising visits (lower case, an aunt writing from a number), visitor forms (ID number unlabelled);
 2. integration - integration and language courses (Integrationskurs, cours FIDE, corso di italiano, ESOL):
    registration forms (Swiss ones with AHV and an N/ZEMIS number, German ones with a BAMF voucher number), attendance
    registers, a social worker's registration mail (client and her small daughter with dates of birth), registration
    JSON with the client IP;
 3. handover - flat handover protocols (Wohnungsübergabeprotokoll, état des lieux, verbale di riconsegna, check-out
    inventory) with meter tables (meter numbers and readings unlabelled), forwarding address and deposit IBAN, some
    with OCR noise; the property manager's follow-up mail; the tenant's chat with the landlord;
 4. parentconf - parent-teacher conference schedules: slot tables with pupils, parents and phones, a parent's request
    mail with signature block, a teachers' chat, booking-tool CSV exports with booking IPs;
 5. funeral - funeral-home arrangements: order forms (deceased's date of birth, date of death unlabelled, next of kin,
    payer's IBAN, Swiss ones with the deceased's AHV number), the funeral director's confirmation mail (officiant,
    organist), death-notice drafts ("* 12. März 1941  † ..." with spouse and children), siblings' chats;
 6. notary - notary appointments: confirmations of a signing with both parties' dates of birth and addresses (ID-card
    numbers, deed numbers, prices and fees unlabelled), a paralegal's mail about a power of attorney, iCalendar
    VEVENTs with attendees, YAML client intakes (Swiss ones with AHV);
 7. dogtax - dog registration and dog tax (Hundesteuer, Hundetaxe, taxe des chiens, tassa sui cani, dog licence):
    registration forms (dog's name, breed, litter date and microchip unlabelled), tax notices with address block,
    municipal IBAN and clerk, municipal dog registers, a cancellation mail (dog died, moved, refund IBAN);
 8. telehealth - telehealth intakes: bot/patient chat transcripts, intake JSON (IP, card or insurance, Swiss AHV),
    the tele-doctor's letter to the GP, consent forms with device IP (the home gateway's LAN address unlabelled);
 9. oncall - IT on-call handovers: Slack-style channel excerpts (a customer's blocked IP, data-centre addresses and
    release versions unlabelled), Markdown handover notes with the rota, incident CSV/TSV exports, handover mails;
10. telematics - car-insurance telematics: trip CSV exports (driver, date of birth, app IP), policy JSON (holder,
    named driver, IBAN, device IMEI and firmware unlabelled), a complaint about the score, fixed-width monthly reports;
11. mealsonwheels - meals-on-wheels services: drivers' round sheets (street-only addresses, key-safe codes), new-client
    referrals (date of birth, next of kin, IBAN, Swiss AHV for supplementary benefits), drivers' chats, invoices;
12. vehiclereg - vehicle registration: authorities to register a car (keeper and agent with dates of birth, VIN and
    insurance code unlabelled, IBAN for the vehicle tax), dealers' pick-up mails (card number), personalised-plate
    reservations (IP), dealers' registration exports.
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, letterheads and signatures,
Markdown, fixed-width, comma-, semicolon- and tab-separated tables, JSON (indented and one-line), YAML, iCalendar, mail
headers, chats with four layouts (senders shown as names, first names or phone numbers), lower-case typing and OCR
noise, in each country's conventions (German "str.", "D-"; Austrian "/Top", "/Stiege/Tür" style numbers, "A-",
"Jänner"/"Feber"; Swiss "strasse", "CH-", no "ß"; French "bis"/"ter", upper-case towns; Italian "n.", "/B", provinces
with and without parentheses; British flats and postcodes; US "Apt", "#", ZIP).  Phone numbers national and
international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164 and DIN-style extensions.
Dates of birth in 24 shapes: "12.03.1984", "2.3.1984", "12.03.84", "12. 03. 1984", "12. März 1984" (Austrian
documents "3. Jänner 1990"), "12. Mär. 1984", ISO, "12/03/1984", "2/3/1984", "12/03/84", "12-03-1984", "19840312",
"12 mars 1984" / "1er mars", "12 MARS 1984", "12 marzo 1984" / "1° marzo", "12 mar 1984", "12 March 1984", "12th March
1984", "12th of March 1984", "12-MAR-1984", "March 12, 1984", "Mar 12, 1984", "03/12/1984" and "3/12/84" (US); with cue
words (geb., geboren am, *, né(e) le, nato/a il, DOB, born) and without (table columns, JSON/YAML fields, chat replies).
Names from the Faker locales of the region (de_DE, de_AT, de_CH, fr_FR, fr_CH, it_IT - also for Ticino -, en_GB,
en_US), community names from the Faker locales tr_TR, pl_PL (gendered surnames), hr_HR, pt_PT, es_ES, ro_RO, nl_NL,
hu_HU, en_IN, sv_SE and lists written here (Albanian, Tamil, Eritrean/Somali, Syrian/Afghan, Ukrainian); about 56 %
region, 24 % community, 20 % region names with a surname that is an ordinary word (Sommer, Fuchs, Petit, Leone, Baker,
Hope ...; sometimes the first name too: Ernst, Rosa, Fleur, Serena, Grace), a surname with a particle (von der Heide,
de Weck, Du Pasquier, Dal Molin, O'Connor) or an invented name in no list (syllable-built surnames such as
"Ammerhänsli", "Chauvaz", "Kelthwaite", first names such as Quirin, Fenja, Tjark); about 8 % double surnames.
Relatives share the surname.  Written as "First Last", "Last, First", "LAST First", "LAST, First", "Last First",
"F. Last", "First L.", separate first-name and surname fields, first names or surnames alone (chat senders,
salutations, mentions), in lower case in chats.
Unlabelled distractors: booking, ticket, incident, order, invoice, customer, policy, deed, file and form numbers;
meter numbers and readings, microchip numbers, IMEIs, VINs, insurance codes, ID-card and passport numbers, health
insurance member numbers, N/ZEMIS and BAMF numbers, number plates, key-safe codes, release versions ("v3.8.8",
"4.2.1"), private LAN and data-centre IP addresses, prices and fees, plain dates and times (visits, courses,
conferences, handovers, deaths, services, appointments, due dates, dogs' litter dates), towns alone, role mailboxes,
hotlines and free-phone numbers, companies (also those carrying a surname: "Bestattungen Lindner", "Autohaus
Brunner"), hospitals, schools, insurers, services, dogs' names (Bruno, Luna, Paul, Emma ...).

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout21/22, carried over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Frau, Herr, Dr., Madame, Sig.ra, Mr, Ms) outside; a first name or a surname alone
  is a PERSON (chat senders, greetings, notes, a surname as a donation reference); deceased persons are labelled like
  the living; companies, hospitals, services and dogs are not labelled.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role mailboxes
  (info@, kurse@, kundenservice@ ...) are not labelled.
* PHONE: every phone number of a person or of an office or firm (letterheads, signatures), national or international;
  a chat sender shown as a number is PHONE; hotlines and free-phone numbers are not labelled.
* ADDRESS: a one-line address (street with number and postcode with town) is one span; a two-line block is two spans
  (street line; postcode + town line); a street with its number alone is ADDRESS (tables, chats, JSON fields);
  postcodes and towns alone and streets without a number are not labelled; business addresses are labelled.
* DOB: a full date of birth (day, month, year) of an adult, a child or a deceased person, cue words outside; dates of
  death, dogs' litter dates and all other dates are not labelled.
* IBAN: every IBAN, compact or grouped (also a municipality's or a service's).  CARD: full Luhn-valid card numbers.
* AHV: Swiss social security numbers (756, dotted or compact).  IP: the public IPv4 / IPv6 address of a person's
  device or connection (forms, bookings, app requests, logins); LAN and data-centre addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout23.py [--out PATH] [--show N]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import string
import unicodedata
from pathlib import Path

from faker import Faker

SEED = "holdout23"
OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout23.jsonl"
TYPES = ("PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "AHV", "CARD", "IP")

# Locale mix of the whole set (1,000 documents): de_DE 30 %, de_CH 20 %, de_AT 15 %, fr 15 %, it 10 %, en 10 %.
LOCALE_MIX = [("de_DE", 300), ("de_CH", 200), ("de_AT", 150), ("fr_CH", 75), ("fr_FR", 75), ("it_CH", 50),
              ("it_IT", 50), ("en_GB", 50), ("en_US", 50)]

# ----------------------------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------------------------
FAKER_LOCALES = ["de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "it_IT", "en_GB", "en_US", "tr_TR", "pl_PL", "hr_HR",
                 "pt_PT", "es_ES", "ro_RO", "nl_NL", "hu_HU", "en_IN", "sv_SE"]
FAKERS = {loc: Faker(loc) for loc in FAKER_LOCALES}
REGION_FAKER = {"DE": ["de_DE"], "AT": ["de_AT", "de_DE"], "CH": ["de_CH"], "FR": ["fr_FR"], "IT": ["it_IT"],
                "GB": ["en_GB"], "US": ["en_US"]}
REGION_FAKER_BY_LOCALE = {"fr_CH": ["fr_CH", "fr_FR"], "it_CH": ["it_IT"], "de_CH": ["de_CH", "de_DE"]}
COMMUNITY_FAKER = ["tr_TR", "pl_PL", "hr_HR", "pt_PT", "es_ES", "ro_RO", "nl_NL", "hu_HU", "en_IN", "sv_SE", "it_IT",
                   "fr_FR", "de_DE"]
# (first names female, first names male, surnames) of communities written here (no Faker locale)
COMMUNITY_LISTS = {
    "albanian": (["Blerta", "Drita", "Liridona", "Vjosa", "Arta", "Fjolla"], ["Arben", "Fatmir", "Valon", "Driton",
                 "Besnik", "Shkëlzen"], ["Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Kelmendi"]),
    "tamil": (["Kavitha", "Sinthuja", "Mathivathani", "Tharsika", "Nirosha"], ["Tharshan", "Kajan", "Sutharsan",
              "Ramanan", "Piratheepan"], ["Sivakumar", "Thevarajah", "Selvarajah", "Kanagaratnam", "Nadarajah"]),
    "horn": (["Selam", "Hiwet", "Hodan", "Luwam", "Saba"], ["Yonas", "Filmon", "Abdirahman", "Dawit", "Mebrahtu"],
             ["Tesfamariam", "Ghebremedhin", "Haile", "Warsame", "Mohamud", "Tekle"]),
    "levant_afghan": (["Noor", "Farida", "Samira", "Rana", "Zahra", "Hadiya"], ["Rami", "Wahid", "Ahmad Zia",
                      "Omar", "Jawad", "Basel"], ["Al-Hamdan", "Haidari", "Rahimi", "Nazari", "Karimi", "Al Khatib",
                                                  "Sultani"]),
    "ukrainian": (["Oksana", "Iryna", "Yuliia", "Nataliia", "Olena"], ["Taras", "Bohdan", "Andrii", "Serhii",
                  "Mykola"], ["Kovalenko", "Shevchuk", "Melnyk", "Bondarenko", "Tkachenko", "Hrytsenko"]),
}
WORD_NAMES = {  # (first names that are words, surnames that are words)
    "de": (["Ernst", "Frank", "Rosa", "Heide", "Flora", "Sonnhild"], ["Sommer", "Winter", "Vogel", "Fuchs", "Wolf",
           "Klein", "Lang", "Engel", "Frei", "Glück", "Hahn", "Kaiser", "Richter", "Koch", "Stein", "Morgen"]),
    "fr": (["Aimé", "Désiré", "Fleur", "Rose", "Prudence", "Clément", "Constant"], ["Petit", "Legrand", "Boulanger",
           "Marchand", "Blanc", "Lenoir", "Fontaine", "Bonheur", "Chevalier", "Berger", "Meunier"]),
    "it": (["Serena", "Felice", "Bianca", "Fortunato", "Celeste", "Stella"], ["Fiore", "Leone", "Sole", "Rosa",
           "Fontana", "Porta", "Gallo", "Lupo", "Monti", "Conti", "Bassi"]),
    "en": (["Hope", "Grace", "Joy", "Faith", "Summer", "Hunter", "Hazel", "River"], ["Baker", "Hope", "Young",
           "Little", "Page", "Bishop", "Church", "Stone", "Wood", "Moody", "Rice"]),
}
PARTICLE_SURNAMES = {
    "de": ["von der Heide", "zur Mühlen", "von Arx", "de Weck", "von Gunten", "auf der Maur", "van Dyck",
           "von Moos"],
    "fr": ["de la Fontaine", "Du Pasquier", "de Montmollin", "Le Goff", "de Coulon", "d'Aubigné", "de Rham"],
    "it": ["Dal Molin", "De Luca", "Di Stefano", "Lo Russo", "Della Valle", "De Marchi", "Dalla Torre"],
    "en": ["O'Connor", "MacLeod", "Van Buren", "De Souza", "St. Clair", "O'Brien-Walsh"],
}
INVENTED = {  # syllables for names in no list
    "de": (["Bräm", "Tschu", "Wyss", "Ober", "Zwi", "Hasl", "Rüeg", "Ammer", "Elb", "Föll", "Kess", "Gnä", "Stöck"],
           ["swig", "drigg", "brodt", "hänsli", "acher", "egger", "enbühl", "stätter", "lin", "mayr", "bichler"]),
    "fr": (["Ber", "Chau", "Gref", "Mau", "Vuil", "Ros", "Dela", "Pou", "Gil", "Tor"],
           ["chod", "vaz", "lier", "uz", "land", "oud", "ey", "az", "ennaz", "ecoz"]),
    "it": (["Bor", "Caval", "Fras", "Pedr", "Zan", "Gual", "Merl", "Scar", "Trav"],
           ["ioli", "etti", "azzi", "ini", "otto", "ucci", "one", "elli", "aghi"]),
    "en": (["Ash", "Whit", "Brad", "Thorn", "Kel", "Mor", "Ain", "Pen", "Hol"],
           ["wick", "combe", "thwaite", "ley", "ridge", "sby", "ham", "worth", "ing"]),
}
INVENTED_FIRST = {"f": ["Ilvy", "Fenja", "Malin", "Jolanda", "Ottilie", "Seraina", "Nevia", "Ysolde", "Liv"],
                  "m": ["Jorin", "Tjark", "Quirin", "Gianluca", "Lorenz", "Ueli", "Mattis", "Fridolin", "Ciaran"]}


class Person:
    __slots__ = ("first", "last", "g", "loc")

    def __init__(self, first: str, last: str, g: str, loc: str) -> None:
        self.first, self.last, self.g, self.loc = first.strip(), last.strip(), g, loc

    def name(self, style: str = "fl") -> str:
        f, la = self.first, self.last
        return {
            "fl": f"{f} {la}", "lf": f"{la}, {f}", "LF": f"{la.upper()} {f}", "Lc": f"{la.upper()}, {f}",
            "lf2": f"{la} {f}", "il": f"{f[0]}. {la}", "fi": f"{f} {la[0]}.", "f": f, "l": la,
            "FL": f"{f} {la}".upper(),
        }[style]


def _polish_other_gender(last: str, g: str) -> str:
    for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if g == "f" and last.endswith(m):
            return last[: -len(m)] + f
        if g == "m" and last.endswith(f):
            return last[: -len(f)] + m
    return last


# ----------------------------------------------------------------------------------------------------------------
# places, phones, numbers
# ----------------------------------------------------------------------------------------------------------------
STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstr.", "Lindenweg", "Am Mühlbach", "Schillerstraße", "Gartenstraße", "Kirchgasse",
           "Birkenallee", "Goethestr.", "Friedrich-Ebert-Straße", "Im Winkel", "Rosenstraße", "Ahornweg",
           "Hohe Straße", "Am Sonnenhang", "Weidenkamp", "Auf der Heide", "Kastanienallee", "Parkstr."],
    "AT": ["Mariahilfer Straße", "Hauptplatz", "Grazer Straße", "Linzer Gasse", "Kaiserstraße", "Schulgasse",
           "Wiener Straße", "Herrengasse", "Annenstraße", "Mozartgasse", "Lastenstraße", "Am Kirchberg"],
    "CHde": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Kirchweg", "Hauptstrasse", "Oberdorfstrasse",
             "Rütistrasse", "Schulhausstrasse", "Bergstrasse", "Im Grund", "Alpenblickweg", "Weinbergstrasse",
             "Zürcherstrasse", "Spitalgasse"],
    "CHfr": ["Rue de Lausanne", "Avenue de la Gare", "Chemin des Vignes", "Rue du Simplon", "Route de Berne",
             "Rue des Moulins", "Avenue de Beaulieu", "Chemin de la Forêt", "Rue du Temple"],
    "CHit": ["Via Cantonale", "Via San Gottardo", "Via Nassa", "Via Lugano", "Via ai Monti", "Via alla Chiesa",
             "Viale Stazione", "Via Motta"],
    "FR": ["rue Victor Hugo", "avenue Jean Jaurès", "chemin des Vignes", "boulevard Gambetta", "rue de la République",
           "impasse des Lilas", "allée des Tilleuls", "rue du Moulin", "place du Marché", "rue Pasteur"],
    "IT": ["Via Roma", "Via Giuseppe Garibaldi", "Corso Italia", "Via Dante Alighieri", "Piazza della Libertà",
           "Via dei Mille", "Viale Europa", "Via Mazzini", "Via San Francesco", "Vicolo Stretto"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road",
           "The Crescent", "Manor Close", "Albert Terrace"],
    "US": ["Maple Avenue", "Oak St", "Elm Street", "Washington Blvd", "Pine Ridge Rd", "Lincoln Ave", "Cedar Lane"],
}
TOWNS = {
    "DE": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("04109", "Leipzig"), ("28195", "Bremen"),
           ("69117", "Heidelberg"), ("93047", "Regensburg"), ("24103", "Kiel"), ("66111", "Saarbrücken"),
           ("79098", "Freiburg im Breisgau"), ("01067", "Dresden"), ("45127", "Essen"), ("33602", "Bielefeld"),
           ("37073", "Göttingen"), ("97070", "Würzburg")],
    "AT": [("1010", "Wien"), ("1150", "Wien"), ("1220", "Wien"), ("8010", "Graz"), ("4020", "Linz"),
           ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt am Wörthersee"), ("3100", "St. Pölten"),
           ("6900", "Bregenz"), ("7000", "Eisenstadt")],
    "CHde": [("8001", "Zürich"), ("8047", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
             ("9000", "St. Gallen"), ("8400", "Winterthur"), ("5000", "Aarau"), ("7000", "Chur"),
             ("2502", "Biel/Bienne"), ("6300", "Zug"), ("8200", "Schaffhausen"), ("3600", "Thun")],
    "CHfr": [("1003", "Lausanne"), ("1201", "Genève"), ("2000", "Neuchâtel"), ("1700", "Fribourg"), ("1950", "Sion"),
             ("1400", "Yverdon-les-Bains"), ("2300", "La Chaux-de-Fonds"), ("1800", "Vevey")],
    "CHit": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio"),
             ("6830", "Chiasso"), ("6710", "Biasca")],
    "FR": [("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"), ("31000", "Toulouse"),
           ("67000", "Strasbourg"), ("44000", "Nantes"), ("33000", "Bordeaux"), ("59000", "Lille"),
           ("68100", "Mulhouse"), ("74000", "Annecy")],
    "IT": [("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("10121", "Torino", "TO"), ("40121", "Bologna", "BO"),
           ("50122", "Firenze", "FI"), ("80133", "Napoli", "NA"), ("22100", "Como", "CO"), ("39100", "Bolzano", "BZ"),
           ("37121", "Verona", "VR"), ("16121", "Genova", "GE")],
    "GB": [("SW11 4NJ", "London"), ("M14 5RT", "Manchester"), ("LS6 2AB", "Leeds"), ("BS6 5QA", "Bristol"),
           ("EH9 1PR", "Edinburgh"), ("CF24 4HQ", "Cardiff"), ("NG7 1FB", "Nottingham"), ("OX4 1EA", "Oxford")],
    "US": [("02118", "Boston", "MA"), ("97214", "Portland", "OR"), ("78704", "Austin", "TX"),
           ("53703", "Madison", "WI"), ("60614", "Chicago", "IL"), ("19103", "Philadelphia", "PA")],
}
MAIL_DOMAINS = {"DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "freenet.de"],
                "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
                "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "protonmail.ch"],
                "FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "gmail.com"],
                "IT": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com"],
                "GB": ["btinternet.com", "outlook.com", "yahoo.co.uk", "gmail.com"],
                "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com"]}
IP_FIRST = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 109, 146, 176,
            178, 185, 188, 193, 194, 195, 212, 213, 217]
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "at": ["Jänner", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "de_abbr": ["Jan.", "Feb.", "Mär.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "it_abbr": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
DOB_FORMATS_BY_LANG = {
    "de": ["dmY_dot", "dmY_dot", "dmY_dot_nopad", "dmy_dot", "dmY_dot_space", "de_long", "de_abbr", "iso",
           "dmY_slash", "dmY_dash"],
    "fr": ["dmY_slash", "dmY_slash", "fr_long", "fr_upper", "dmy_slash", "dmY_slash_nopad", "dmY_dot", "iso",
           "dmY_dash"],
    "it": ["dmY_slash", "dmY_slash", "it_long", "it_abbr", "dmY_dash", "dmY_slash_nopad", "dmY_dot", "iso"],
    "GB": ["dmY_slash", "en_dmy", "en_ord", "en_ord_of", "en_upper_abbr", "iso", "en_mdy"],
    "US": ["us_slash", "us_slash", "us_short", "en_mdy", "en_abbr_mdy", "iso", "en_dmy"],
}


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fmt_dob(date: dt.date, fmt: str, at: bool = False) -> str:
    d, m, y = date.day, date.month, date.year
    mo = m - 1
    out = {
        "dmY_dot": f"{d:02d}.{m:02d}.{y}", "dmY_dot_nopad": f"{d}.{m}.{y}", "dmy_dot": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "dmY_dot_space": f"{d:02d}. {m:02d}. {y}", "iso": f"{y}-{m:02d}-{d:02d}", "dmY_slash": f"{d:02d}/{m:02d}/{y}",
        "dmY_slash_nopad": f"{d}/{m}/{y}", "dmy_slash": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "dmY_dash": f"{d:02d}-{m:02d}-{y}", "compact": f"{y}{m:02d}{d:02d}",
        "de_long": f"{d}. {MONTHS['at' if at else 'de'][mo]} {y}", "de_abbr": f"{d}. {MONTHS['de_abbr'][mo]} {y}",
        "fr_long": f"{'1er' if d == 1 else d} {MONTHS['fr'][mo]} {y}",
        "fr_upper": f"{'1ER' if d == 1 else d} {MONTHS['fr'][mo].upper()} {y}",
        "it_long": f"{'1°' if d == 1 else d} {MONTHS['it'][mo]} {y}", "it_abbr": f"{d} {MONTHS['it_abbr'][mo]} {y}",
        "en_dmy": f"{d} {MONTHS['en'][mo]} {y}", "en_ord": f"{_ordinal(d)} {MONTHS['en'][mo]} {y}",
        "en_ord_of": f"{_ordinal(d)} of {MONTHS['en'][mo]} {y}",
        "en_upper_abbr": f"{d:02d}-{MONTHS['en'][mo][:3].upper()}-{y}", "en_mdy": f"{MONTHS['en'][mo]} {d}, {y}",
        "en_abbr_mdy": f"{MONTHS['en'][mo][:3]} {d}, {y}", "us_slash": f"{m:02d}/{d:02d}/{y}",
        "us_short": f"{m}/{d}/{y % 100:02d}",
    }[fmt]
    return out


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(cc: str, bban: str) -> str:
    return f"{98 - _num(bban + cc + '00') % 97:02d}"


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def italian_cin(abi: str, cab: str, acct: str) -> str:
    s = 0
    for i, c in enumerate(abi + cab + acct):
        v = int(c) if c.isdigit() else ord(c) - 65
        s += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def french_rib_key(bank: str, branch: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


def ean13_ok(digits: str) -> bool:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits[:12]))
    return (10 - s % 10) % 10 == int(digits[12])


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and c.isascii()).lower()


# ----------------------------------------------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------------------------------------------
OCR_SUBS = {"l": "1", "o": "0", "e": "c", "i": "l", "m": "rn", "S": "5", "B": "8"}


class Doc:
    """Text built piece by piece; labelled pieces record their offsets as they are appended."""

    def __init__(self, locale: str, seed: str) -> None:
        self.locale, self.lang, self.cc = locale, locale[:2], locale[3:]
        self.seed = seed
        self.r = random.Random(seed)
        self.parts: list[str] = []
        self.ents: list[tuple[int, int, str, str]] = []
        self.pos = 0
        self.lower = False
        self.ocr = 0.0
        self.dob_formats: list[str] = []
        self.clock: int | None = None
        self._seeded: set[str] = set()

    # --- text -------------------------------------------------------------------------------------------------
    def t(self, s: str) -> None:
        if self.lower:
            s = s.lower()
        if self.locale == "de_CH":
            s = s.replace("ß", "ss")
        if self.ocr:
            s = "".join(OCR_SUBS[c] if c in OCR_SUBS and self.r.random() < self.ocr else c for c in s)
        self.parts.append(s)
        self.pos += len(s)

    def e(self, typ: str, val: str) -> None:
        assert typ in TYPES, typ
        if self.lower and typ in ("PERSON", "ADDRESS", "EMAIL"):
            val = val.lower()
        assert val and val == val.strip(), (typ, val)
        self.ents.append((self.pos, self.pos + len(val), typ, val))
        self.parts.append(val)
        self.pos += len(val)

    def put(self, x: object) -> None:
        if isinstance(x, tuple):
            self.e(x[0], x[1])
        elif isinstance(x, list):
            for y in x:
                self.put(y)
        else:
            self.t(str(x))

    def f(self, fmt: str, **kw: object) -> None:
        for lit, field, _spec, _conv in string.Formatter().parse(fmt):
            if lit:
                self.t(lit)
            if field is not None:
                self.put(kw[field])

    def text(self) -> str:
        return "".join(self.parts)

    # --- helpers ----------------------------------------------------------------------------------------------
    def L(self, de: str, fr: str, it: str, en: str) -> str:  # noqa: N802
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def pick(self, seq):  # noqa: ANN001, ANN201
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def faker(self, loc: str) -> Faker:
        fk = FAKERS[loc]
        if loc not in self._seeded:
            fk.seed_instance(f"{self.seed}|{loc}")
            self._seeded.add(loc)
        return fk

    @property
    def region_key(self) -> str:
        return self.cc + self.lang if self.cc == "CH" else self.cc

    # --- persons ----------------------------------------------------------------------------------------------
    def person(self, g: str | None = None, pool: str | None = None) -> Person:
        r = self.r
        g = g or r.choice("fm")
        lang = self.lang
        roll = r.random()
        if pool == "community" or (pool is None and 0.56 <= roll < 0.80):
            if r.random() < 0.45:
                fem, mal, lasts = COMMUNITY_LISTS[r.choice(sorted(COMMUNITY_LISTS))]
                p = Person(r.choice(fem if g == "f" else mal), r.choice(lasts), g, "list")
            else:
                loc = r.choice(COMMUNITY_FAKER)
                fk = self.faker(loc)
                first = fk.first_name_female() if g == "f" else fk.first_name_male()
                last = fk.last_name_female() if g == "f" else fk.last_name_male()
                p = Person(first, last, g, loc)
        else:
            locs = REGION_FAKER_BY_LOCALE.get(self.locale) or REGION_FAKER[self.cc]
            loc = r.choice(locs)
            fk = self.faker(loc)
            first = fk.first_name_female() if g == "f" else fk.first_name_male()
            last = fk.last_name_female() if g == "f" else fk.last_name_male()
            p = Person(first, last, g, loc)
            if roll >= 0.80:
                kind = r.random()
                wf, wl = WORD_NAMES[lang]
                if kind < 0.35:
                    p.last = r.choice(wl)
                    if r.random() < 0.3:
                        p.first = r.choice(wf)
                elif kind < 0.6:
                    p.last = r.choice(PARTICLE_SURNAMES[lang])
                else:
                    a, b = INVENTED[lang]
                    p.last = r.choice(a) + r.choice(b)
                    if r.random() < 0.4:
                        p.first = r.choice(INVENTED_FIRST[g])
        if r.random() < 0.08 and " " not in p.last:
            other = self.faker(r.choice(REGION_FAKER[self.cc])).last_name()
            if " " not in other and other != p.last:
                p.last = f"{p.last}-{other}"
        return p

    def relative(self, p: Person, g: str | None = None) -> Person:
        g = g or self.r.choice("fm")
        q = self.person(g)
        last = p.last
        if p.loc == "pl_PL":
            last = _polish_other_gender(last, g)
        q.last, q.loc = last, p.loc
        if p.loc in ("list",) or p.loc in COMMUNITY_FAKER and p.loc not in ("it_IT", "fr_FR", "de_DE"):
            fk = self.faker(p.loc) if p.loc != "list" else None
            if fk is not None:
                q.first = fk.first_name_female() if g == "f" else fk.first_name_male()
        return q

    def title(self, p: Person) -> str:
        f = p.g == "f"
        return self.L("Frau" if f else "Herr", "Madame" if f else "Monsieur", "Sig.ra" if f else "Sig.",
                      "Ms" if f else "Mr")

    def email(self, p: Person, domain: str | None = None) -> str:
        r = self.r
        f, la = ascii_fold(p.first.split()[0]), ascii_fold(p.last)
        dom = domain or r.choice(MAIL_DOMAINS[self.cc])
        pat = r.randrange(6) if domain is None else r.randrange(3)
        local = [f"{f}.{la}", f"{f[0]}.{la}", f"{la}.{f}", f"{f}{la}{r.randrange(60, 99)}", f"{f}_{la}",
                 f"{f}.{la}{r.randrange(1, 9)}"][pat]
        return f"{local}@{dom}"

    # --- places -----------------------------------------------------------------------------------------------
    def street(self, cc: str | None = None) -> str:
        r = self.r
        key = cc or self.region_key
        s = r.choice(STREETS[key])
        n = r.randrange(1, 140)
        if key in ("DE",):
            return f"{s} {n}{r.choice(['', '', '', 'a', 'b'])}"
        if key == "AT":
            return f"{s} {n}" + r.choice(["", "", f"/{r.randrange(1, 9)}/{r.randrange(1, 30)}",
                                          f"/Top {r.randrange(1, 25)}",
                                          f"/{r.randrange(1, 20)}"])
        if key == "FR":
            return f"{n}{r.choice(['', '', '', ' bis', ' ter'])} {s}"
        if key == "IT":
            return r.choice([f"{s} {n}", f"{s}, {n}", f"{s} n. {n}", f"{s} {n}/{r.choice('ABC')}"])
        if key == "GB":
            return r.choice([f"{n} {s}", f"Flat {r.randrange(1, 12)}, {n} {s}", f"{n} {s}"])
        if key == "US":
            return f"{n} {s}" + r.choice(["", "", f" Apt {r.randrange(1, 9)}{r.choice('ABCD')}",
                                          f" #{r.randrange(2, 40)}"])
        return f"{s} {n}{r.choice(['', '', '', 'a', 'b'])}"

    def town(self, cc: str | None = None) -> str:
        r = self.r
        key = cc or self.region_key
        row = r.choice(TOWNS[key])
        if key == "IT":
            return r.choice([f"{row[0]} {row[1]} ({row[2]})", f"{row[0]} {row[1]} {row[2]}", f"{row[0]} {row[1]}"])
        if key == "GB":
            return f"{row[1]} {row[0]}"
        if key == "US":
            return f"{row[1]}, {row[2]} {row[0]}"
        if key == "FR" and r.random() < 0.4:
            return f"{row[0]} {row[1].upper()}"
        if key in ("DE", "AT", "CHde", "CHfr", "CHit") and r.random() < 0.15:
            pre = {"DE": "D-", "AT": "A-"}.get(key, "CH-")
            return f"{pre}{row[0]} {row[1]}"
        return f"{row[0]} {row[1]}"

    def town_only(self) -> str:
        return self.r.choice(TOWNS[self.region_key])[1]

    def address(self) -> str:
        return f"{self.street()}, {self.town()}"

    # --- numbers ----------------------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def phone(self, kind: str = "mobile", cc: str | None = None) -> str:
        r, dg = self.r, self.digits
        cc = cc or self.cc
        mob = kind == "mobile"
        if cc == "DE":
            if mob:
                pre, sub = r.choice(["151", "152", "157", "160", "170", "171", "172", "175", "176", "177", "179"]), dg(
                    r.choice([7, 8]))
                return r.choice([f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}/{sub}", f"+49{pre}{sub}",
                                 f"0049 {pre} {sub[:3]} {sub[3:]}", f"0{pre}-{sub}", f"+49 (0){pre} {sub}"])
            area = r.choice(["30", "89", "221", "40", "69", "711", "761", "351", "341", "421", "911", "228"])
            sub = dg(9 - len(area))
            return r.choice([f"0{area} {sub}", f"(0{area}) {sub}", f"+49 (0){area} {sub}", f"+49 {area} {sub}",
                             f"0{area}/{sub}", f"0{area} {sub}-{r.randrange(10, 40)}"])
        if cc == "AT":
            if mob:
                pre, sub = r.choice(["650", "660", "664", "676", "680", "681", "699"]), dg(7)
                return r.choice([f"0{pre} {sub}", f"+43 {pre} {sub}", f"0{pre}/{sub[:3]} {sub[3:5]} {sub[5:]}",
                                 f"+43 (0){pre} {sub}", f"0043 {pre} {sub}", f"+43{pre}{sub}"])
            area = r.choice(["1", "316", "732", "662", "512", "463", "2742"])
            sub = dg(8 - len(area))
            return r.choice([f"0{area} {sub}", f"+43 {area} {sub}", f"0{area}/{sub}", f"+43 (0){area} {sub}"])
        if cc == "CH":
            pre = r.choice(["76", "77", "78", "79"]) if mob else r.choice(["44", "31", "61", "41", "71", "52", "21",
                                                                           "22", "91", "32", "81", "26"])
            s = dg(7)
            a, b, c = s[:3], s[3:5], s[5:]
            return r.choice([f"0{pre} {a} {b} {c}", f"+41 {pre} {a} {b} {c}", f"0041 {pre} {a} {b} {c}",
                             f"+41{pre}{s}", f"0{pre}/{a} {b} {c}", f"+41 (0){pre} {a} {b} {c}", f"0{pre} {a}{b}{c}"])
        if cc == "FR":
            first = r.choice("67") if mob else r.choice("12345")
            s = dg(8)
            pairs = " ".join(s[i:i + 2] for i in range(0, 8, 2))
            return r.choice([f"0{first} {pairs}", f"+33 {first} {pairs}", f"0{first}.{pairs.replace(' ', '.')}",
                             f"0{first}{s}", f"+33 (0){first} {pairs}", f"0033 {first} {pairs}"])
        if cc == "IT":
            if mob:
                pre, s = r.choice(["320", "328", "333", "338", "340", "347", "349", "366", "380", "393"]), dg(7)
                return r.choice([f"{pre} {s[:3]} {s[3:]}", f"+39 {pre} {s}", f"{pre}-{s}",
                                 f"0039 {pre} {s[:3]} {s[3:]}",
                                 f"+39{pre}{s}", f"{pre}.{s[:3]}.{s[3:]}"])
            area = r.choice(["02", "06", "011", "051", "055", "081", "031", "0471"])
            s = dg(10 - len(area))
            return r.choice([f"{area} {s}", f"+39 {area} {s}", f"{area} {s[:4]} {s[4:]}", f"{area}/{s}"])
        if cc == "GB":
            if mob:
                s = dg(9)
                return r.choice([f"07{s[:3]} {s[3:]}", f"+44 7{s[:3]} {s[3:]}", f"+44 (0)7{s[:3]} {s[3:6]} {s[6:]}",
                                 f"07{s}"])
            area, s = r.choice([("20", 8), ("161", 7), ("113", 7), ("117", 7), ("131", 7), ("1865", 6)])
            n = dg(s)
            return r.choice([f"0{area} {n[:len(n) // 2]} {n[len(n) // 2:]}", f"+44 {area} {n}", f"(0{area}) {n}",
                             f"+44 (0){area} {n}"])
        area = r.choice(["617", "503", "512", "608", "773", "215", "212"])
        ex, ln = f"{r.randrange(2, 10)}{dg(2)}", dg(4)
        return r.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"+1 {area} {ex} {ln}",
                         f"+1 ({area}) {ex}-{ln}", f"1-{area}-{ex}-{ln}"])

    def hotline(self) -> str:
        return {"DE": "0800 100 2030", "AT": "0800 240 260", "CH": "0848 112 112", "FR": "0 800 30 40 50",
                "IT": "800 123 321", "GB": "0800 030 4040", "US": "1-800-466-2020"}[self.cc]

    def iban(self, cc: str | None = None, grouped: bool | None = None) -> str:
        r, dg = self.r, self.digits
        cc = cc or self.cc
        if cc == "US":
            cc = "GB"
        if cc == "DE":
            bban = dg(8) + dg(10)
        elif cc == "AT":
            bban = dg(5) + dg(11)
        elif cc == "CH":
            bban = r.choice(["00230", "00700", "00767", "80808", "09000", "00235"]) + dg(12)
        elif cc == "FR":
            bank, branch, acct = dg(5), dg(5), dg(11)
            bban = bank + branch + acct + french_rib_key(bank, branch, acct)
        elif cc == "IT":
            abi, cab, acct = dg(5), dg(5), dg(12)
            bban = italian_cin(abi, cab, acct) + abi + cab + acct
        else:
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(6) + dg(8)
        iban = cc + iban_check(cc, bban) + bban
        assert _num(iban[4:] + iban[:4]) % 97 == 1
        if grouped is None:
            grouped = r.random() < 0.6
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban

    def card(self) -> str:
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex"])
        if kind == "amex":
            body = r.choice(["34", "37"]) + self.digits(12)
        elif kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = f"5{r.randrange(1, 6)}" + self.digits(13)
        else:
            body = str(r.randrange(2221, 2721)) + self.digits(11)
        num = body + luhn_digit(body)
        assert luhn_ok(num)
        if len(num) == 15:
            return r.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num])
        sep = r.choice([" ", " ", "-", ""])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def ahv(self) -> str:
        body = "756" + self.digits(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        num = body + str((10 - s % 10) % 10)
        assert ean13_ok(num)
        if self.r.random() < 0.8:
            return f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}"
        return num

    def ip(self) -> str:
        r = self.r
        if r.random() < 0.2:
            return f"2a02:{r.randrange(0x1000, 0xffff):x}:{r.randrange(0, 0xffff):x}:{r.randrange(1, 0xffff):x}::" \
                   f"{r.randrange(1, 0xffff):x}"
        return f"{r.choice(IP_FIRST)}.{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"

    def lan_ip(self) -> str:
        return self.r.choice([f"192.168.{self.r.randrange(0, 3)}.{self.r.randrange(2, 250)}",
                              f"10.{self.r.randrange(0, 40)}.{self.r.randrange(0, 255)}.{self.r.randrange(2, 250)}"])

    # --- dates ------------------------------------------------------------------------------------------------
    def dob_date(self, lo: int = 18, hi: int = 85) -> dt.date:
        age = self.r.randrange(lo, hi + 1)
        return dt.date(2026 - age, 1, 1) + dt.timedelta(days=self.r.randrange(0, 365))

    def dob(self, lo: int = 18, hi: int = 85, fmt: str | None = None, date: dt.date | None = None) -> tuple[str, str]:
        date = date or self.dob_date(lo, hi)
        if fmt is None:
            key = self.lang if self.lang != "en" else self.cc
            fmt = self.r.choice(DOB_FORMATS_BY_LANG[key])
        self.dob_formats.append(fmt)
        return ("DOB", fmt_dob(date, fmt, at=self.cc == "AT"))

    def day(self, start: dt.date = dt.date(2026, 12, 7), span: int = 110) -> dt.date:
        return start + dt.timedelta(days=self.r.randrange(0, span))

    def dfmt(self, date: dt.date, style: str | None = None) -> str:
        """A plain (unlabelled) date in the country's usual numeric style."""
        if style == "iso" or (style is None and self.r.random() < 0.1):
            return date.isoformat()
        if self.lang == "de":
            return f"{date.day:02d}.{date.month:02d}.{date.year}"
        if self.cc == "US":
            return f"{date.month}/{date.day}/{date.year}"
        return f"{date.day:02d}/{date.month:02d}/{date.year}"

    def hm(self) -> str:
        return f"{self.r.randrange(7, 20):02d}:{self.r.choice(['00', '15', '30', '45'])}"

    def money(self, lo: int, hi: int) -> str:
        v = self.r.randrange(lo * 100, hi * 100) / 100
        cur = {"CH": "CHF", "GB": "£", "US": "$"}.get(self.cc, "EUR")
        s = f"{v:,.2f}"
        if self.lang in ("de", "it", "fr") and self.cc != "CH":
            s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        elif self.cc == "CH":
            s = s.replace(",", "'")
        return f"{cur} {s}" if cur in ("CHF", "EUR") else f"{cur}{s}"


# ----------------------------------------------------------------------------------------------------------------
# layout helpers
# ----------------------------------------------------------------------------------------------------------------
def cell_text(x: object) -> str:
    return x[1] if isinstance(x, tuple) else str(x)


def table(d: Doc, header: list[str], rows: list[list[object]], style: str) -> None:
    if style in ("csv", "ssv", "tsv"):
        sep = {"csv": ",", "ssv": ";", "tsv": "\t"}[style]
        d.t(sep.join(header) + "\n")
        for row in rows:
            for j, c in enumerate(row):
                if j:
                    d.t(sep)
                q = sep in cell_text(c) or (style == "csv" and d.chance(0.1))
                if q:
                    d.t('"')
                d.put(c)
                if q:
                    d.t('"')
            d.t("\n")
        return
    if style == "md":
        d.t("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n")
        for row in rows:
            d.t("| ")
            for j, c in enumerate(row):
                if j:
                    d.t(" | ")
                d.put(c)
            d.t(" |\n")
        return
    # fixed width
    widths = [max(len(header[j]), *(len(cell_text(r[j])) for r in rows)) + 2 for j in range(len(header))]
    d.t("".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip() + "\n")
    d.t("-" * (sum(widths) - 2) + "\n")
    for row in rows:
        for j, c in enumerate(row):
            d.put(c)
            if j < len(row) - 1:
                d.t(" " * (widths[j] - len(cell_text(c))))
        d.t("\n")


def jval(d: Doc, v: object, ind: int, indent: int | None) -> None:
    nl = "\n" if indent is not None else ""
    pad = " " * ((ind + 1) * indent) if indent is not None else ""
    end = " " * (ind * indent) if indent is not None else ""
    if isinstance(v, dict):
        d.t("{" + nl)
        for k, (key, val) in enumerate(v.items()):
            d.t(pad + json.dumps(key) + ": ")
            jval(d, val, ind + 1, indent)
            d.t(("," if k < len(v) - 1 else "") + (nl if indent is not None else (" " if k < len(v) - 1 else "")))
        d.t(end + "}")
    elif isinstance(v, list):
        d.t("[" + nl)
        for k, val in enumerate(v):
            d.t(pad)
            jval(d, val, ind + 1, indent)
            d.t(("," if k < len(v) - 1 else "") + (nl if indent is not None else (" " if k < len(v) - 1 else "")))
        d.t(end + "]")
    elif isinstance(v, tuple):
        assert json.dumps(v[1], ensure_ascii=False)[1:-1] == v[1]
        d.t('"')
        d.e(v[0], v[1])
        d.t('"')
    elif isinstance(v, (bool, int, float)) or v is None:
        d.t(json.dumps(v))
    else:
        d.t(json.dumps(str(v), ensure_ascii=False))


def jdump(d: Doc, obj: dict, indent: int | None = 2) -> None:
    jval(d, obj, 0, indent)
    d.t("\n")


def kv(d: Doc, pairs: list[tuple[str, object]], align: bool = True, sep: str = ":") -> None:
    w = max(len(k) for k, _ in pairs) + 2 if align else 0
    for k, v in pairs:
        d.t((k + sep).ljust(w) if align else f"{k}{sep} ")
        d.put(v)
        d.t("\n")


def chat(d: Doc, msgs: list[tuple[object, str, list[object]]], layout: int, day: dt.date) -> None:
    """msgs: (sender piece, hh:mm, message pieces); the times are replaced by a running clock of the document."""
    for sender, _hm, body in msgs:
        if d.clock is None:
            d.clock = d.r.randrange(7 * 60, 20 * 60)
        d.clock = (d.clock + d.r.randrange(1, 14)) % (24 * 60)
        hm = f"{d.clock // 60:02d}:{d.clock % 60:02d}"
        if layout == 0:
            d.t(f"[{day.day:02d}.{day.month:02d}.{day.year % 100:02d}, {hm}] ")
            d.put(sender)
            d.t(": ")
        elif layout == 1:
            d.put(sender)
            d.t(f" ({hm}): ")
        elif layout == 2:
            d.t(f"{day.day}/{day.month}/{day.year % 100}, {hm} - ")
            d.put(sender)
            d.t(": ")
        else:
            d.put(sender)
            d.t(f"  {hm}\n")
        d.put(body)
        d.t("\n" if layout != 3 else "\n\n")


def closing(d: Doc) -> str:
    if d.locale == "de_CH":
        return d.pick(["Freundliche Grüsse", "Beste Grüsse", "Liebe Grüsse"])
    return d.L(d.pick(["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "MfG"]),
               d.pick(["Meilleures salutations", "Cordialement", "Bien à vous"]),
               d.pick(["Cordiali saluti", "Distinti saluti", "Un caro saluto"]),
               d.pick(["Kind regards", "Best wishes", "Many thanks", "Regards"]))


def greeting(d: Doc, p: Person, formal: bool = True) -> list[object]:
    if not formal:
        return [d.L("Hallo ", "Salut ", "Ciao ", "Hi "), ("PERSON", p.first), ",\n\n"]
    if d.lang == "de":
        return ["Sehr geehrte Frau " if p.g == "f" else "Sehr geehrter Herr ", ("PERSON", p.last), "\n\n"]
    if d.lang == "fr":
        return [("Madame " if p.g == "f" else "Monsieur ") + d.pick(["", ""]), ("PERSON", p.last), ",\n\n"]
    if d.lang == "it":
        return ["Gentile " + ("Sig.ra " if p.g == "f" else "Sig. "), ("PERSON", p.last), ",\n\n"]
    return ["Dear " + ("Ms " if p.g == "f" else "Mr "), ("PERSON", p.last), ",\n\n"]


def signature(d: Doc, p: Person, org: str, role: str, domain: str | None = None, addr: bool = True) -> None:
    d.t(closing(d) + "\n")
    d.e("PERSON", p.name("fl"))
    d.t(f"\n{role}, {org}\n" if d.chance(0.5) else f"\n{role}\n{org}\n")
    if addr:
        d.e("ADDRESS", d.street())
        d.t("\n")
        d.e("ADDRESS", d.town())
        d.t("\n")
    d.t(d.pick(["Tel. ", "T ", "Tel: ", "☎ "]) if d.lang == "de" else d.L("", "Tél. ", "Tel. ", "Phone: "))
    d.e("PHONE", d.phone("land"))
    if d.chance(0.4):
        d.t(d.L(" | Mobil ", " | Mobile ", " | Cell. ", " | Mobile "))
        d.e("PHONE", d.phone("mobile"))
    d.t("\n")
    if domain and d.chance(0.7):
        d.e("EMAIL", d.email(p, domain))
    elif domain:
        d.t(f"info@{domain}")
    d.t("\n")


def request(d: Doc, opts: dict[str, list[str]]) -> str:
    return d.pick(opts[d.lang])


# ----------------------------------------------------------------------------------------------------------------
# genres
# ----------------------------------------------------------------------------------------------------------------
def g_hospitalvisit(d: Doc, v: int) -> None:
    hosp = d.pick(d.L("Klinikum Nord|St. Josef-Krankenhaus|Kantonsspital Oberland|Landesklinikum Mostviertel",
                      "Hôpital de la Riviera|Centre hospitalier du Val|Clinique des Tilleuls",
                      "Ospedale San Giovanni|Clinica Santa Chiara|Ospedale Regionale Alto Lago",
                      "St Mary's Hospital|Riverside General Hospital|Northgate Infirmary").split("|"))
    ward = d.pick(["4B", "2 Ost", "C3", "7", "Geriatrie 1", "11A"])
    pat = d.person()
    d.t(request(d, {"de": ["Kannst du mir aus dieser Besuchsanmeldung eine kurze Info für die Familie machen?\n\n",
                           "Bitte prüf die Besucherliste auf doppelte Einträge:\n\n"],
                    "fr": ["Peux-tu résumer cette réservation de visite pour ma sœur ?\n\n",
                           "Vérifie s'il te plaît la liste des visiteurs :\n\n"],
                    "it": ["Puoi riassumere questa prenotazione di visita per i miei fratelli?\n\n",
                           "Controlla per favore l'elenco dei visitatori:\n\n"],
                    "en": ["Can you turn this visitor booking into a short note for the family?\n\n",
                           "Please check this visitor list for duplicates:\n\n"]}))
    day = d.day()
    if v == 0:
        vis = d.relative(pat)
        d.f("{s}: {subj}\n\n", s=d.L("Betreff", "Objet", "Oggetto", "Subject"),
            subj=d.L("Ihre Besuchsanmeldung", "Votre réservation de visite", "La sua prenotazione di visita",
                     "Your visiting slot booking") + f" #{d.digits(6)}")
        d.put(greeting(d, vis))
        d.f(d.L("wir bestätigen Ihren Besuch bei {pt} (geb. {dob}) auf Station {w}, Zimmer {rm}, am {dd} um {hm} "
                "Uhr.\n",
                "nous confirmons votre visite à {pt} (né(e) le {dob}), unité {w}, chambre {rm}, le {dd} à {hm}.\n",
                "confermiamo la sua visita a {pt} (nato/a il {dob}), reparto {w}, camera {rm}, il {dd} alle {hm}.\n",
                "we confirm your visit to {pt} (DOB {dob}) on ward {w}, room {rm}, on {dd} at {hm}.\n"),
            pt=("PERSON", pat.name()), dob=d.dob(60, 95), w=ward, rm=str(d.r.randrange(101, 480)), dd=d.dfmt(day),
            hm=d.hm())
        d.f(d.L("Hinterlegte Rufnummer: {ph}, E-Mail: {em}. Bitte melden Sie sich am Empfang im Haupteingang "
                "Bahnhofstraße (nicht Notaufnahme).\n\n",
                "Numéro enregistré : {ph}, e-mail : {em}. Merci de vous présenter à l'accueil, entrée principale.\n\n",
                "Numero registrato: {ph}, e-mail: {em}. Si presenti all'accettazione dell'ingresso principale.\n\n",
                "Phone on file: {ph}, e-mail: {em}. Please report to the main reception on Station Road (not A&E)."
                "\n\n"), ph=("PHONE", d.phone()), em=("EMAIL", d.email(vis)))
        signature(d, d.person(), hosp, d.L("Stationssekretariat", "Secrétariat de l'unité", "Segreteria di reparto",
                                           "Ward clerk"), "klinik-" + ascii_fold(hosp.split()[-1]) + ".org")
    elif v == 1:
        hdr = d.L("Zeit;Zimmer;Patient/in;Geb.-Datum;Besucher/in;Telefon;Bemerkung",
                  "Heure;Chambre;Patient;Date naiss.;Visiteur;Téléphone;Remarque",
                  "Ora;Camera;Paziente;Data nascita;Visitatore;Telefono;Note",
                  "Time;Room;Patient;DOB;Visitor;Phone;Note").split(";")
        rows = []
        for _ in range(d.r.randrange(4, 8)):
            p = d.person()
            vis = d.relative(p) if d.chance(0.6) else d.person()
            note = d.pick(["", "", d.L("Rollstuhl", "fauteuil roulant", "sedia a rotelle", "wheelchair"),
                           d.L("Dolmetscher", "interprète", "interprete", "interpreter"), "max. 2", "Code 4471"])
            rows.append([d.hm(), str(d.r.randrange(101, 480)), ("PERSON", p.name(d.pick(["lf", "fl", "Lc"]))),
                         d.dob(40, 98), ("PERSON", vis.name(d.pick(["fl", "lf"]))), ("PHONE", d.phone()), note])
        d.f(d.L("Besucherliste {h}, Station {w}, {dd}\n", "Liste des visites {h}, unité {w}, {dd}\n",
                "Elenco visite {h}, reparto {w}, {dd}\n", "Visitor list {h}, ward {w}, {dd}\n"), h=hosp, w=ward,
            dd=d.dfmt(day))
        table(d, hdr, rows, d.pick(["ssv", "csv", "tsv", "fixed"]))
    elif v == 2:
        kids = [d.relative(pat) for _ in range(3)]
        d.lower = d.chance(0.7)
        lay = d.r.randrange(4)
        addr = d.street()
        msgs = [
            (("PERSON", kids[0].first), d.hm(), [d.L("mama liegt jetzt auf station ", "maman est à l'unité ",
                                                     "la mamma è nel reparto ", "mum is on ward "), ward,
                                                 d.L(", besuch nur mit anmeldung", ", visites sur réservation",
                                                     ", visite solo su prenotazione", ", visits by booking only")]),
            (("PERSON", kids[1].first), d.hm(), [d.L("ich kann sa. ich hol dich ab, ", "je peux samedi, je passe te "
                                                     "prendre ", "io posso sabato, passo a prenderti in ",
                                                     "i can do sat, i'll pick you up at "), ("ADDRESS", addr),
                                                 d.L(" oder?", " ?", " ok?", " ok?")]),
            (("PERSON", kids[2].first), d.hm(), [d.L("sie brauchen ihr geburtsdatum: ", "ils veulent sa date de "
                                                     "naissance : ", "vogliono la data di nascita: ",
                                                     "they need her date of birth: "), d.dob(70, 95),
                                                 d.L(" und eine telefonnr. nehmt meine ", " et un numéro, mettez le "
                                                     "mien ", " e un numero, date il mio ", " and a number, use mine "),
                                                 ("PHONE", d.phone())]),
            (("PHONE", d.phone()), d.hm(), [d.L("hier ist tante ", "c'est tante ", "sono la zia ", "it's auntie "),
                                            ("PERSON", d.person("f").first), d.L(", darf ich mit?", ", je peux venir ?",
                                                                                 ", posso venire?", ", can i come?")]),
        ]
        chat(d, msgs, lay, day)
        d.lower = False
    else:
        vis = d.person()
        d.t(d.L("BESUCHERFORMULAR – " + hosp, "FORMULAIRE VISITEUR – " + hosp, "MODULO VISITATORE – " + hosp,
                "VISITOR FORM – " + hosp) + "\n")
        kv(d, [(d.L("Name Besucher/in", "Nom du visiteur", "Nome visitatore", "Visitor name"),
                ("PERSON", vis.name(d.pick(["fl", "lf", "LF"])))),
               (d.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), d.dob(18, 80)),
               (d.L("Anschrift", "Adresse", "Indirizzo", "Address"), ("ADDRESS", d.address())),
               (d.L("Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", d.phone())),
               (d.L("Ausweis-Nr.", "N° pièce d'identité", "N. documento", "ID no."),
                d.pick(["L01X", "C4F", "AA"]) + d.digits(6)),
               (d.L("Patient/in", "Patient(e)", "Paziente", "Patient"), ("PERSON", pat.name())),
               (d.L("Beziehung", "Lien", "Relazione", "Relationship"), d.L("Nachbar/in", "voisin(e)", "vicino/a",
                                                                        "neighbour")),
               (d.L("Besuchstermin", "Date de visite", "Data visita", "Visit date"), f"{d.dfmt(day)} {d.hm()}"),
               (d.L("Formular-ID", "ID formulaire", "ID modulo", "Form ID"), f"BV-{day.year}-{d.digits(5)}")],
           align=d.chance(0.5))


def g_integration(d: Doc, v: int) -> None:
    course = d.pick(d.L("Integrationskurs B1|Deutsch A2 Alltag|Orientierungskurs|Werte- und Orientierungskurs",
                        "Français A2 intégration|Cours de langue FIDE B1|Cours d'intégration citoyenne",
                        "Corso di italiano A2|Corso di integrazione B1|Italiano per stranieri A1",
                        "ESOL Entry 3|English for Integration A2|Citizenship test prep").split("|"))
    school = d.pick(["Volkshochschule Mitte", "Sprachschule Horizont", "ECAP", "Caritas Bildung", "Lingua Viva",
                     "Community Learning Centre"])
    d.t(request(d, {"de": ["Bitte mach aus dieser Anmeldung eine Tabelle für die Kursleitung.\n\n",
                           "Kannst du das für die Teilnehmer einfacher formulieren?\n\n"],
                    "fr": ["Peux-tu mettre cette inscription sous forme de tableau ?\n\n",
                           "Reformule ceci plus simplement pour les participants :\n\n"],
                    "it": ["Puoi trasformare questa iscrizione in una tabella?\n\n",
                           "Riscrivi in modo più semplice per i partecipanti:\n\n"],
                    "en": ["Please put this registration into a table for the tutor.\n\n",
                           "Can you rewrite this in plain language for the learners?\n\n"]}))
    start = d.day()
    if v == 0:
        p = d.person(pool="community")
        d.t(d.L("Anmeldung " + course, "Inscription " + course, "Iscrizione " + course, "Enrolment " + course)
            + f" ({school})\n")
        pairs = [(d.L("Familienname", "Nom", "Cognome", "Surname"), ("PERSON", p.last)),
                 (d.L("Vorname", "Prénom", "Nome", "First name"), ("PERSON", p.first)),
                 (d.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), d.dob(18, 60)),
                 (d.L("Geburtsort", "Lieu de naissance", "Luogo di nascita", "Place of birth"),
                  d.pick(["Aleppo", "Asmara", "Kabul", "Charkiw", "Jaffna", "Prishtina", "Mogadischu"])),
                 (d.L("Adresse", "Adresse", "Indirizzo", "Address"), ("ADDRESS", d.address())),
                 (d.L("Handy", "Portable", "Cellulare", "Mobile"), ("PHONE", d.phone())),
                 (d.L("E-Mail", "E-mail", "E-mail", "Email"), ("EMAIL", d.email(p)))]
        if d.cc == "CH":
            pairs.append((d.L("AHV-Nr.", "N° AVS", "N. AVS", "AHV no."), ("AHV", d.ahv())))
            pairs.append(("N/ZEMIS", f"{d.digits(8)}.{d.digits(1)}"))
        elif d.cc == "DE":
            pairs.append(("BAMF-Berechtigungsschein", f"{d.digits(3)}-{d.digits(7)}-{d.digits(2)}"))
        pairs.append((d.L("Kursbeginn", "Début du cours", "Inizio corso", "Course start"), d.dfmt(start)))
        if d.chance(0.6):
            pairs.append((d.L("IBAN Fahrtkosten", "IBAN remboursement transport", "IBAN rimborso viaggio",
                              "IBAN for travel refund"), ("IBAN", d.iban())))
        kv(d, pairs, align=d.chance(0.6))
    elif v == 1:
        hdr = d.L("Nr|Name|Geb.|Telefon|Anw. 1|Anw. 2|Anw. 3", "N°|Nom|Né(e)|Tél.|P1|P2|P3",
                  "N.|Nome|Nato/a|Tel.|P1|P2|P3", "No|Name|DOB|Phone|W1|W2|W3").split("|")
        rows = []
        for k in range(d.r.randrange(5, 10)):
            p = d.person(pool="community" if d.chance(0.8) else None)
            rows.append([str(k + 1), ("PERSON", p.name(d.pick(["LF", "lf", "fl"]))), d.dob(18, 65),
                         ("PHONE", d.phone()), d.pick("xx-"), d.pick("xx-e"), d.pick("xx-")])
        d.f(d.L("Anwesenheitsliste {c}, Kursleitung {t}, Start {s}\n", "Liste de présence {c}, formatrice {t}, "
                "début {s}\n", "Registro presenze {c}, docente {t}, inizio {s}\n",
                "Register {c}, tutor {t}, start {s}\n"),
            c=course, t=("PERSON", d.person().name()), s=d.dfmt(start))
        table(d, hdr, rows, d.pick(["tsv", "fixed", "md"]))
    elif v == 2:
        sw, p = d.person(), d.person("f", pool="community")
        child = d.relative(p)
        d.f(d.L("Von: {e}\nAn: kurse@{dom}\n\n", "De : {e}\nÀ : cours@{dom}\n\n", "Da: {e}\nA: corsi@{dom}\n\n",
                "From: {e}\nTo: courses@{dom}\n\n"), e=("EMAIL", d.email(sw, "sozialdienst-" + d.pick(["mitte", "nord",
                                                                                                     "ost"]) + ".org")),
            dom=ascii_fold(school) + ".org")
        d.t(d.L("Guten Tag\n\nich melde folgende Klientin/folgenden Klienten für den Kurs \"",
                "Bonjour,\n\nje vous inscris la personne suivante au cours « ",
                "Buongiorno,\n\niscrivo la seguente persona al corso \"",
                "Hello,\n\nI would like to enrol the following client on \"") + course + d.L("\" an: ", " » : ", "\": ",
                                                                                             "\": "))
        d.f(d.L("{n}, geboren am {dob}, wohnhaft {a}, erreichbar unter {ph}. Die Tochter {c} (*{cd}) braucht einen "
                "Platz in der Kinderbetreuung.\n\n",
                "{n}, née le {dob}, domiciliée {a}, joignable au {ph}. Sa fille {c} (née le {cd}) aurait besoin d'une "
                "place en garderie.\n\n",
                "{n}, nata il {dob}, residente in {a}, raggiungibile al {ph}. La figlia {c} (nata il {cd}) ha bisogno "
                "di un posto in asilo.\n\n",
                "{n}, born {dob}, living at {a}, reachable on {ph}. Her daughter {c} (born {cd}) needs a creche "
                "place.\n\n"), n=("PERSON", p.name()), dob=d.dob(20, 50), a=("ADDRESS", d.address()),
            ph=("PHONE", d.phone()), c=("PERSON", child.first), cd=d.dob(1, 5))
        signature(d, sw, d.L("Sozialdienst", "Service social", "Servizio sociale", "Social services"),
                  d.L("Sozialarbeiterin", "Assistante sociale", "Assistente sociale", "Caseworker"), None, addr=False)
    else:
        p = d.person(pool="community")
        obj = {"form": "course_registration", "course": course, "submitted": f"{start.isoformat()}T{d.hm()}:00",
               "applicant": {"last_name": ("PERSON", p.last), "first_name": ("PERSON", p.first),
                             "dob": d.dob(18, 60, fmt=d.pick(["iso", "iso", "dmY_dot", "compact"])),
                             "phone": ("PHONE", d.phone()), "email": ("EMAIL", d.email(p)),
                             "street": ("ADDRESS", d.street()), "zip": d.pick(TOWNS[d.region_key])[0]},
               "level_test": d.pick(["A1", "A2", "B1"]), "client_ip": ("IP", d.ip()), "app_version": "3.12.4"}
        if d.cc == "CH":
            obj["applicant"]["ahv"] = ("AHV", d.ahv())
        jdump(d, obj, d.pick([2, 2, None]))


def g_handover(d: Doc, v: int) -> None:
    landlord, tenant, new = d.person(), d.person(), d.person()
    obj_addr = d.address()
    day = d.day()
    d.t(request(d, {"de": ["Hier das Übergabeprotokoll, ist das so vollständig? Was fehlt?\n\n",
                           "Bitte schreib daraus eine Mail an die Hausverwaltung.\n\n"],
                    "fr": ["Voici l'état des lieux de sortie, est-il complet ?\n\n",
                           "Rédige un mail à la régie à partir de ceci :\n\n"],
                    "it": ["Ecco il verbale di riconsegna, è completo?\n\n",
                           "Scrivi una mail all'amministrazione in base a questo:\n\n"],
                    "en": ["Here is the check-out inventory, is anything missing?\n\n",
                           "Please draft an email to the letting agent from this:\n\n"]}))
    meters = [(d.L("Strom", "Électricité", "Elettricità", "Electricity"), f"{d.digits(2)}{d.r.randrange(1000, 9999)}",
               f"{d.r.randrange(1000, 60000)},{d.digits(1)} kWh"),
              (d.L("Wasser kalt", "Eau froide", "Acqua fredda", "Cold water"), f"WZ-{d.digits(6)}",
               f"{d.r.randrange(10, 900)},{d.digits(3)} m³"),
              (d.L("Gas", "Gaz", "Gas", "Gas"), f"{d.digits(8)}", f"{d.r.randrange(1000, 30000)},{d.digits(2)} m³")]
    if v in (0, 3):
        if v == 3:
            d.ocr = 0.05
        d.t(d.L("WOHNUNGSÜBERGABEPROTOKOLL (Auszug)", "ÉTAT DES LIEUX DE SORTIE", "VERBALE DI RICONSEGNA IMMOBILE",
                "CHECK-OUT INVENTORY") + "\n")
        d.t(d.L("Objekt: ", "Logement : ", "Immobile: ", "Property: "))
        d.e("ADDRESS", obj_addr)
        d.t(d.L(", 3. OG links\n", ", 2e étage\n", ", piano 3\n", ", first floor\n"))
        d.t(d.L("Vermieter/in: ", "Bailleur : ", "Locatore: ", "Landlord: "))
        d.e("PERSON", landlord.name(d.pick(["fl", "lf"])))
        d.t(d.L(", vertreten durch Hausverwaltung Keller & Partner\n", ", représenté par la Régie du Lac SA\n",
                ", rappresentato da Amministrazioni Riva Srl\n", ", via Parkside Lettings Ltd\n"))
        d.t(d.L("Mieter/in (auszug): ", "Locataire sortant : ", "Conduttore uscente: ", "Outgoing tenant: "))
        d.e("PERSON", tenant.name())
        d.t(d.L(", neue Anschrift: ", ", nouvelle adresse : ", ", nuovo indirizzo: ", ", forwarding address: "))
        d.e("ADDRESS", d.address())
        d.t("\n" + d.L("Nachmieter/in: ", "Nouveau locataire : ", "Nuovo conduttore: ", "Incoming tenant: "))
        d.e("PERSON", new.name(d.pick(["fl", "LF"])))
        d.t(", " + d.L("Tel. ", "tél. ", "tel. ", "tel. "))
        d.e("PHONE", d.phone())
        d.t("\n" + d.L("Übergabe am ", "Date de l'état des lieux : ", "Data consegna: ", "Date: ") + d.dfmt(day) +
            ", " + d.hm() + "\n\n")
        d.ocr = 0.0
        table(d, d.L("Zähler|Zähler-Nr.|Stand", "Compteur|N°|Index", "Contatore|Matricola|Lettura",
                     "Meter|Serial|Reading").split("|"), [list(m) for m in meters], "fixed")
        d.t("\n" + d.L("Schlüssel: 3x Wohnung, 1x Briefkasten, 1x Keller (Nr. 14)\n",
                       "Clés : 3 appartement, 1 boîte aux lettres, 1 cave n° 14\n",
                       "Chiavi: 3 appartamento, 1 cassetta, 1 cantina n. 14\n",
                       "Keys: 3 flat, 1 mailbox, 1 storage (no. 14)\n"))
        d.t(d.L("Kaution zurück auf: ", "Dépôt de garantie à rembourser sur : ", "Deposito cauzionale su: ",
                "Deposit refund to: "))
        d.e("IBAN", d.iban())
        d.t(d.L(" (Kontoinhaber: ", " (titulaire : ", " (intestatario: ", " (account holder: "))
        d.e("PERSON", tenant.name("fl"))
        d.t(")\n" + d.L("Mängel: Bohrlöcher Bad, Kratzer Parkett Wohnzimmer\n", "Défauts : trous salle de bain, "
                        "rayures parquet\n", "Difetti: fori bagno, graffi parquet\n", "Defects: holes in bathroom, "
                        "scratches on floor\n"))
        d.t(d.L("Unterschriften: ", "Signatures : ", "Firme: ", "Signed: "))
        d.e("PERSON", landlord.name("il"))
        d.t(" / ")
        d.e("PERSON", tenant.name("il"))
        d.t("\n")
    elif v == 1:
        mgr = d.person()
        d.put(greeting(d, tenant))
        d.f(d.L("vielen Dank für die Übergabe der Wohnung {a} am {dd}. Anbei die Zählerstände:\n\n",
                "merci pour la remise du logement {a} le {dd}. Voici les index relevés :\n\n",
                "grazie per la riconsegna dell'appartamento in {a} il {dd}. Ecco le letture:\n\n",
                "thank you for handing back the flat at {a} on {dd}. The meter readings are:\n\n"),
            a=("ADDRESS", obj_addr), dd=d.dfmt(day))
        for m in meters:
            d.t(f"- {m[0]} ({m[1]}): {m[2]}\n")
        d.f(d.L("\nDie Kaution von {m} überweisen wir nach Prüfung der Nebenkostenabrechnung auf Ihr Konto {i}. Ihr "
                "Nachmieter {n} zieht am {d2} ein.\n\n",
                "\nLe dépôt de {m} sera versé après le décompte des charges sur votre compte {i}. {n} emménage le "
                "{d2}.\n\n",
                "\nIl deposito di {m} verrà restituito dopo il conguaglio sul conto {i}. {n} entrerà il {d2}.\n\n",
                "\nThe deposit of {m} will be returned after the service-charge statement to {i}. {n} moves in on "
                "{d2}.\n\n"), m=d.money(900, 3500), i=("IBAN", d.iban()), n=("PERSON", new.name()),
            d2=d.dfmt(d.day(day, 30)))
        signature(d, mgr, d.L("Hausverwaltung Keller & Partner", "Régie du Lac SA", "Amministrazioni Riva Srl",
                              "Parkside Lettings"), d.L("Objektbetreuung", "Gérance", "Amministrazione",
                                                             "Property manager"), "hv-" + d.pick(["keller", "lac",
                                                                                                   "park"]) + ".com")
    else:
        d.lower = d.chance(0.6)
        lay = d.r.randrange(4)
        msgs = [(("PERSON", tenant.first), d.hm(), [d.L("bin jetzt in der wohnung ", "je suis à l'appart ",
                                                        "sono nell'appartamento ", "at the flat now, "),
                                                    ("ADDRESS", d.street()), d.L(", wo bleibst du?", ", tu es où ?",
                                                                                 ", dove sei?", ", where are you?")]),
                (("PERSON", landlord.name(d.pick(["fl", "f"]))), d.hm(), [d.L("stau, 10 min. stromzähler schon "
                 "fotografiert?", "bouchons, 10 min. tu as photographié le compteur ?", "traffico, 10 min. hai "
                 "fotografato il contatore?", "traffic, 10 mins. photographed the meter?")]),
                (("PERSON", tenant.first), d.hm(), [meters[0][2], d.L(", zähler ", ", compteur ", ", contatore ",
                                                                        ", meter "), meters[0][1]]),
                (("PERSON", tenant.first), d.hm(), [d.L("nachmieterin ", "la nouvelle locataire ",
                                                        "la nuova inquilina ",
                                                        "new tenant "), ("PERSON", new.name()), d.L(" hat angerufen, "
                                                        "nummer ", " a appelé, numéro ", " ha chiamato, numero ",
                                                        " called, number "), ("PHONE", d.phone())])]
        chat(d, msgs, lay, day)
        d.lower = False


def g_parentconf(d: Doc, v: int) -> None:
    teacher = d.person()
    cls = d.pick(d.L("3b|5a|7c|Klasse 2", "4e B|classe 2A|CM1", "classe 2A|3B|quinta", "Year 6|Year 4|5C").split("|"))
    day = d.day()
    d.t(request(d, {"de": ["Kannst du mir die Elternsprechtag-Termine sortiert nach Uhrzeit ausgeben?\n\n",
                           "Schreib bitte eine kurze Erinnerung an die Eltern.\n\n"],
                    "fr": ["Trie ces rendez-vous parents-professeurs par heure :\n\n",
                           "Écris un petit rappel aux parents :\n\n"],
                    "it": ["Ordina questi colloqui genitori-insegnanti per orario:\n\n",
                           "Scrivi un breve promemoria ai genitori:\n\n"],
                    "en": ["Sort these parent-teacher slots by time please:\n\n",
                           "Write a short reminder to the parents:\n\n"]}))
    if v == 0:
        d.f(d.L("Elternsprechtag {dd}, Klasse {c}, Lehrkraft: {t}, Raum 2.14\n",
                "Réunion parents-professeurs du {dd}, classe {c}, enseignant(e) : {t}, salle 2.14\n",
                "Colloqui genitori {dd}, classe {c}, docente: {t}, aula 2.14\n",
                "Parents' evening {dd}, class {c}, teacher: {t}, room 2.14\n"), dd=d.dfmt(day), c=cls,
            t=("PERSON", teacher.name(d.pick(["fl", "il", "l"]))))
        rows = []
        for k in range(d.r.randrange(5, 9)):
            ch = d.person()
            par = d.relative(ch)
            rows.append([f"{16 + k // 4}:{(k % 4) * 15:02d}", ("PERSON", ch.name(d.pick(["fl", "f", "lf"]))),
                         ("PERSON", par.name(d.pick(["fl", "il", "fl"]))), ("PHONE", d.phone()),
                         d.pick(["", "", d.L("Dolmetscher Türkisch", "interprète", "interprete", "interpreter"),
                                 d.L("online", "visio", "online", "video call")])])
        table(d, d.L("Zeit|Kind|Elternteil|Telefon|Hinweis", "Heure|Élève|Parent|Téléphone|Note",
                     "Ora|Alunno/a|Genitore|Telefono|Note", "Time|Pupil|Parent|Phone|Note").split("|"), rows,
              d.pick(["fixed", "md", "ssv"]))
    elif v == 1:
        par, ch = d.person(), None
        ch = d.relative(par)
        d.f(d.L("Betreff: Sprechtag {dd}\n\n", "Objet : réunion du {dd}\n\n", "Oggetto: colloquio del {dd}\n\n",
                "Subject: parents' evening {dd}\n\n"), dd=d.dfmt(day))
        d.put([d.L("Liebe Frau " if teacher.g == "f" else "Lieber Herr ",
                   "Chère Madame " if teacher.g == "f" else "Cher Monsieur ",
                   "Gentile prof.ssa " if teacher.g == "f" else "Gentile prof. ",
                   "Dear Mrs " if teacher.g == "f" else "Dear Mr "), ("PERSON", teacher.last), ",\n\n"])
        d.f(d.L("wir würden gern einen Termin für {c} ({cls}) vereinbaren, am liebsten nach 17 Uhr, da ich bis 16:30 "
                "arbeite. Mein Mann {h} kommt ebenfalls. Sie erreichen mich unter {ph}.\n\n",
                "nous aimerions un rendez-vous pour {c} ({cls}), si possible après 17h. Mon mari {h} viendra aussi. "
                "Vous pouvez me joindre au {ph}.\n\n",
                "vorremmo fissare un colloquio per {c} ({cls}), possibilmente dopo le 17. Verrà anche mio marito {h}. "
                "Può contattarmi al {ph}.\n\n",
                "we would like a slot for {c} ({cls}), ideally after 5pm. My husband {h} will come too. You can reach "
                "me on {ph}.\n\n"), c=("PERSON", ch.first), cls=cls, h=("PERSON", d.person("m").first),
            ph=("PHONE", d.phone()))
        d.t(closing(d) + "\n")
        d.e("PERSON", par.name())
        d.t("\n")
        d.e("ADDRESS", d.street())
        d.t("\n")
        d.e("ADDRESS", d.town())
        d.t("\n")
        d.e("EMAIL", d.email(par))
        d.t("\n")
    elif v == 2:
        t2 = d.person()
        d.lower = d.chance(0.6)
        lay = 3
        msgs = [(("PERSON", teacher.name()), d.hm(), [d.L("wer übernimmt ", "qui prend ", "chi prende ", "who takes "),
                                                      ("PERSON", d.person().name("fi")), d.L(" um 17:15? die mutter "
                                                      "braucht dolmetscherin", " à 17h15 ? la mère a besoin d'une "
                                                      "interprète", " alle 17:15? la madre ha bisogno di interprete",
                                                      " at 17:15? mum needs an interpreter")]),
                (("PERSON", t2.name()), d.hm(), [d.L("ich. nummer der mutter? ", "moi. numéro de la mère ? ",
                                                     "io. numero della madre? ", "me. mum's number? ")]),
                (("PERSON", teacher.name()), d.hm(), [("PHONE", d.phone()), d.L(" (frau ", " (mme ", " (sig.ra ",
                                                                               " (mrs "),
                                                      ("PERSON", d.person("f").last),
                                                      ")"]),
                (("PERSON", t2.name()), d.hm(), [d.L("raum 114 ist frei, schulleitung weiß bescheid",
                                                     "salle 114 libre, la direction est au courant",
                                                     "aula 114 libera, la dirigenza è informata",
                                                     "room 114 is free, head knows")])]
        chat(d, msgs, lay, day)
        d.lower = False
    else:
        rows = []
        for _ in range(d.r.randrange(4, 8)):
            ch = d.person()
            par = d.relative(ch)
            rows.append([("PERSON", ch.name("lf2") if d.chance(0.5) else ch.name()), cls,
                         ("PERSON", par.name()), ("EMAIL", d.email(par)),
                         f"{day.isoformat()} {d.hm()}", ("IP", d.ip())])
        table(d, ["student", "class", "booked_by", "email", "slot", "booking_ip"], rows, "csv")


def g_funeral(d: Doc, v: int) -> None:
    dec = d.person()
    kin = d.relative(dec)
    death = d.day(dt.date(2026, 11, 20), 15)
    home = d.pick(d.L("Bestattungen Lindner|Pietät Sonnleitner|Bestattungsinstitut Abendfrieden",
                      "Pompes funèbres Vuilleumier|PF Générales du Léman", "Onoranze funebri Colombo|Agenzia Pace",
                      "Harlow & Sons Funeral Directors|Co-op Funeralcare").split("|"))
    d.t(request(d, {"de": ["Bitte formuliere aus diesen Angaben eine Traueranzeige.\n\n",
                           "Was fehlt in diesem Bestattungsauftrag noch?\n\n"],
                    "fr": ["Rédige un avis de décès à partir de ces informations :\n\n",
                           "Que manque-t-il dans cette commande d'obsèques ?\n\n"],
                    "it": ["Scrivi un necrologio con questi dati:\n\n",
                           "Cosa manca in questo incarico per il funerale?\n\n"],
                    "en": ["Please write a death notice from these details:\n\n",
                           "What is still missing from this funeral arrangement form?\n\n"]}))
    if v == 0:
        d.t(d.L("BESTATTUNGSAUFTRAG – ", "CONVENTION OBSÈQUES – ", "INCARICO FUNERALE – ", "FUNERAL ARRANGEMENT – ")
            + home + f"  Nr. {death.year}/{d.digits(4)}\n")
        kv(d, [(d.L("Verstorbene/r", "Défunt(e)", "Defunto/a", "Deceased"), ("PERSON", dec.name(d.pick(["fl", "lf"])))),
               (d.L("geboren am", "né(e) le", "nato/a il", "Date of birth"), d.dob(60, 99)),
               (d.L("verstorben am", "décédé(e) le", "deceduto/a il", "Date of death"), d.dfmt(death)),
               (d.L("letzte Wohnanschrift", "Dernier domicile", "Ultima residenza", "Last address"),
                ("ADDRESS", d.address())),
               (d.L("Auftraggeber/in", "Donneur d'ordre", "Committente", "Arranged by"), ("PERSON", kin.name())),
               (d.L("Verhältnis", "Lien", "Parentela", "Relationship"), d.L("Tochter", "fille", "figlia", "daughter")
                if kin.g == "f" else d.L("Sohn", "fils", "figlio", "son")),
               (d.L("Anschrift", "Adresse", "Indirizzo", "Address"), ("ADDRESS", d.address())),
               (d.L("Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", d.phone())),
               (d.L("E-Mail", "E-mail", "E-mail", "Email"), ("EMAIL", d.email(kin))),
               (d.L("Bestattungsart", "Type", "Tipo", "Type"), d.L("Urnenbeisetzung", "crémation", "cremazione",
                                                                 "cremation")),
               (d.L("Trauerfeier", "Cérémonie", "Cerimonia", "Service"), f"{d.dfmt(d.day(death, 20))} {d.hm()}"),
               (d.L("Kostenvoranschlag", "Devis", "Preventivo", "Estimate"), d.money(2500, 9000)),
               (d.L("Rechnung an IBAN", "IBAN de facturation", "IBAN per addebito", "Payer's IBAN"),
                ("IBAN", d.iban()))], align=True)
        if d.cc == "CH":
            d.t("AHV-Nr. der verstorbenen Person: " if d.lang == "de" else d.L("", "N° AVS du défunt : ",
                                                                               "N. AVS del defunto: ", ""))
            d.e("AHV", d.ahv())
            d.t("\n")
    elif v == 1:
        staff = d.person()
        priest = d.person()
        d.put(greeting(d, kin))
        d.f(d.L("wie besprochen findet die Trauerfeier für {n} am {dd} um {hm} in der Friedhofskapelle statt. "
                "Die Ansprache hält {pr}, an der Orgel {org}. Die Traueranzeige erscheint am Samstag.\n\n",
                "comme convenu, la cérémonie pour {n} aura lieu le {dd} à {hm} au centre funéraire. Le message sera "
                "prononcé par {pr}, à l'orgue {org}.\n\n",
                "come concordato, il funerale di {n} si terrà il {dd} alle {hm} nella chiesa parrocchiale. Celebra "
                "{pr}, all'organo {org}.\n\n",
                "as agreed, the service for {n} will be held on {dd} at {hm} at the crematorium chapel. {pr} will lead "
                "the service, {org} will play the organ.\n\n"),
            n=("PERSON", dec.name()), dd=d.dfmt(d.day(death, 20)), hm=d.hm(), pr=("PERSON", priest.name()),
            org=("PERSON", d.person().name()))
        d.f(d.L("Für die Sterbeurkunde benötigen wir noch das Geburtsdatum ({dob} laut Ihrer Notiz – bitte "
                "bestätigen) und die Geburtsurkunde.\n\n",
                "Pour l'acte de décès, merci de confirmer la date de naissance ({dob} selon votre note).\n\n",
                "Per l'atto di morte ci serve conferma della data di nascita ({dob} secondo i suoi appunti).\n\n",
                "For the death certificate please confirm the date of birth ({dob} according to your note).\n\n"),
            dob=d.dob(60, 99))
        signature(d, staff, home, d.L("Bestattungsfachkraft", "Conseiller funéraire", "Impresario",
                                      "Funeral director"), ascii_fold(home.split()[-1]) + "-funeral.com")
    elif v == 2:
        sp = d.relative(dec, "f" if dec.g == "m" else "m")
        kids = [d.relative(dec) for _ in range(d.r.randrange(2, 4))]
        born = d.dob(60, 99, fmt=d.pick({"de": ["de_long", "dmY_dot"], "fr": ["fr_long"], "it": ["it_long"],
                                         "en": ["en_dmy", "en_ord", "en_mdy"]}[d.lang]))
        d.f(d.L("Name: {n}\n* {b}   † {dd}\nEhefrau/Ehemann: {s}\nKinder: ", "Nom : {n}\nné(e) le {b}, décédé(e) le "
                "{dd}\nConjoint(e) : {s}\nEnfants : ", "Nome: {n}\nnato/a il {b}, morto/a il {dd}\nConiuge: {s}\n"
                "Figli: ", "Name: {n}\nborn {b}, died {dd}\nSpouse: {s}\nChildren: "),
            n=("PERSON", dec.name()), b=born, dd=d.dfmt(death), s=("PERSON", sp.name("f")))
        for k, c in enumerate(kids):
            if k:
                d.t(", ")
            d.e("PERSON", c.first)
            if d.chance(0.4):
                d.t(d.L(" mit ", " et ", " con ", " and "))
                d.e("PERSON", d.person().name())
        d.t("\n" + d.L("Kondolenzadresse: ", "Adresse de condoléances : ", "Indirizzo per condoglianze: ",
                       "Condolences to: "))
        d.e("PERSON", kids[0].name())
        d.t(", ")
        d.e("ADDRESS", d.address())
        d.t("\n" + d.L("Statt Blumen: Spende an die Krebsliga, Vermerk \"", "Au lieu de fleurs : don à la Ligue "
                       "contre le cancer, mention « ",
                       "Invece dei fiori: offerte alla Lega contro il cancro, causale \"",
                       "No flowers please; donations to the hospice, reference \""))
        d.e("PERSON", dec.last)
        d.t(d.L("\"\n", " »\n", "\"\n", "\"\n"))
    else:
        sib = [d.relative(dec) for _ in range(3)]
        d.lower = d.chance(0.7)
        msgs = [(("PERSON", sib[0].first), d.hm(), [d.L("bestatter braucht papas geburtsdatum und rentennummer, wer "
                 "hat die?", "les pompes funèbres veulent la date de naissance de papa", "l'impresa vuole la data di "
                 "nascita di papà", "funeral home needs dad's date of birth")]),
                (("PERSON", sib[1].first), d.hm(), [d.dob(65, 95), d.L(", steht im familienbuch", ", c'est dans le "
                 "livret de famille", ", è sul libretto", ", it's in the family bible")]),
                (("PERSON", sib[2].first), d.hm(), [d.L("ich überweise die anzahlung, schick mir die iban von "
                 "denen", "je paie l'acompte, envoie-moi leur iban", "pago io l'acconto, mandami l'iban",
                 "i'll pay the deposit, send me their iban")]),
                (("PERSON", sib[0].first), d.hm(), [("IBAN", d.iban()), d.L(", ref. ", ", réf. ", ", rif. ", ", ref "),
                                                    f"{death.year}-{d.digits(4)}"]),
                (("PHONE", d.phone()), d.hm(), [d.L("hier ", "c'est ", "sono ", "this is "), ("PERSON",
                                                d.person().name()), d.L(", der nachbar. darf ich zur beerdigung "
                                                "kommen?", ", le voisin. je peux venir à la cérémonie ?",
                                                ", il vicino. "
                                                "posso venire al funerale?", ", the neighbour. may i come to the "
                                                "funeral?")])]
        chat(d, msgs, d.r.randrange(4), death)
        d.lower = False


def g_notary(d: Doc, v: int) -> None:
    notary = d.person()
    nd = d.pick(d.L("Notariat am Marktplatz|Notariat Altstadt|Notariatskanzlei Ringstrasse",
                    "Étude du Lac|Étude notariale du Centre", "Studio notarile Centro|Studio notarile Associato",
                    "City Notaries LLP|Riverside Notary Services").split("|"))
    day = d.day()
    a, b = d.person(), d.person()
    d.t(request(d, {"de": ["Erklär mir bitte, was ich zu diesem Notartermin mitbringen muss.\n\n",
                           "Fasse diese Terminbestätigung in drei Sätzen zusammen.\n\n"],
                    "fr": ["Explique-moi ce que je dois apporter chez le notaire :\n\n",
                           "Résume cette confirmation en trois phrases :\n\n"],
                    "it": ["Spiegami cosa devo portare dal notaio:\n\n", "Riassumi questa conferma in tre frasi:\n\n"],
                    "en": ["Explain what I need to bring to this notary appointment:\n\n",
                           "Summarise this confirmation in three sentences:\n\n"]}))
    if v == 0:
        d.t(nd + "\n")
        d.e("ADDRESS", d.street())
        d.t(" · ")
        d.e("ADDRESS", d.town())
        d.t(" · ")
        d.e("PHONE", d.phone("land"))
        d.t("\n\n" + d.L("Terminbestätigung Beurkundung", "Confirmation de rendez-vous – signature",
                         "Conferma appuntamento – stipula", "Appointment confirmation – signing") + "\n")
        d.f(d.L("UR-Nr. {u} – Kaufvertrag Eigentumswohnung\nTermin: {dd}, {hm} Uhr\n\nBeteiligte:\n",
                "Dossier {u} – vente d'un appartement\nRendez-vous : {dd} à {hm}\n\nParties :\n",
                "Rep. n. {u} – compravendita\nAppuntamento: {dd} ore {hm}\n\nParti:\n",
                "Ref. {u} – sale of flat\nAppointment: {dd} at {hm}\n\nParties:\n"),
            u=f"{d.r.randrange(100, 2400)}/{day.year}", dd=d.dfmt(day), hm=d.hm())
        for p in (a, b):
            d.t("1. " if p is a else "2. ")
            d.t(d.title(p) + " ")
            d.e("PERSON", p.name())
            d.t(d.L(", geb. am ", ", né(e) le ", ", nato/a il ", ", born "))
            d.put(d.dob(25, 80))
            d.t(d.L(", wohnhaft ", ", domicilié(e) ", ", residente in ", ", of "))
            d.e("ADDRESS", d.address())
            d.t(d.L(", ausgewiesen durch Personalausweis ", ", pièce d'identité ", ", C.I. n. ", ", passport ")
                + d.pick(["L", "C", "AY", "CA"]) + d.digits(7) + "\n")
        d.t("\n" + d.L("Kaufpreis: ", "Prix : ", "Prezzo: ", "Price: ") + d.money(180000, 900000) + "\n")
        d.t(d.L("Notargebühren (voraussichtlich): ", "Émoluments estimés : ", "Onorario stimato: ",
                "Estimated fees: ") + d.money(1200, 6000) + "\n")
    elif v == 1:
        clerk = d.person()
        d.put(greeting(d, a))
        d.f(d.L("für die Vorsorgevollmacht am {dd} um {hm} benötigen wir noch die Personalien der bevollmächtigten "
                "Person ({b}). Bitte senden Sie uns Geburtsdatum, Anschrift und Telefonnummer. Ihre Angaben haben wir "
                "wie folgt notiert: geboren {dob}, {addr}.\n\n",
                "pour le mandat pour cause d'inaptitude du {dd} à {hm}, il nous manque les données de la personne "
                "mandatée ({b}). Vos données : née le {dob}, {addr}.\n\n",
                "per la procura del {dd} alle {hm} ci mancano i dati del procuratore ({b}). I suoi dati: nato/a il "
                "{dob}, {addr}.\n\n",
                "for the lasting power of attorney on {dd} at {hm} we still need the attorney's details ({b}). We have "
                "noted yours as: born {dob}, {addr}.\n\n"),
            dd=d.dfmt(day), hm=d.hm(), b=("PERSON", b.name()), dob=d.dob(55, 90), addr=("ADDRESS", d.address()))
        signature(d, clerk, nd, d.L("Notarfachangestellte", "Assistante", "Segreteria", "Paralegal"),
                  "notar-" + ascii_fold(nd.split()[-1]) + "." + {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr",
                                                             "IT": "it", "GB": "co.uk", "US": "com"}[d.cc])
    elif v == 2:
        d.t("BEGIN:VEVENT\n")
        d.t(f"DTSTART:{day.strftime('%Y%m%d')}T{d.r.randrange(8, 17):02d}0000\n")
        d.t("SUMMARY:" + d.L("Beurkundung GmbH-Gründung", "Constitution de société", "Costituzione Srl",
                             "Company formation signing") + f" ({nd})\n")
        d.t("LOCATION:")
        d.e("ADDRESS", d.address())
        d.t("\nORGANIZER;CN=")
        d.e("PERSON", notary.name())
        d.t(":mailto:")
        d.e("EMAIL", d.email(notary, ascii_fold(nd) + ".com"))
        for p in (a, b):
            d.t("\nATTENDEE;CN=")
            d.e("PERSON", p.name())
            d.t(";ROLE=REQ-PARTICIPANT:mailto:")
            d.e("EMAIL", d.email(p))
        d.t("\nDESCRIPTION:" + d.L("Bitte Ausweis mitbringen. Rückfragen: ", "Merci d'apporter une pièce "
                                   "d'identité. Questions : ", "Portare documento. Info: ", "Bring ID. Questions: "))
        d.e("PHONE", d.phone("land"))
        d.t("\nEND:VEVENT\n")
    else:
        d.t("# " + d.L("Mandantenaufnahme Vorsorgeauftrag", "Fiche client mandat", "Scheda cliente procura",
                       "Client intake LPA") + "\n")
        d.t("vollmachtgeber:\n" if d.lang == "de" else "grantor:\n")
        d.t("  name: ")
        d.e("PERSON", a.name())
        d.t("\n  dob: ")
        d.put(d.dob(55, 90, fmt=d.pick(["iso", "dmY_dot", "dmY_slash"])))
        d.t("\n  address: ")
        d.e("ADDRESS", d.address())
        d.t("\n  phone: ")
        d.e("PHONE", d.phone())
        if d.cc == "CH":
            d.t("\n  ahv: ")
            d.e("AHV", d.ahv())
        d.t("\nattorneys:\n")
        for p in (b, d.relative(a)):
            d.t("  - name: ")
            d.e("PERSON", p.name())
            d.t("\n    dob: ")
            d.put(d.dob(25, 65, fmt=d.pick(["iso", "dmY_dot", "dmY_slash"])))
            d.t("\n    email: ")
            d.e("EMAIL", d.email(p))
            d.t("\n")
        d.t(f"appointment: {day.isoformat()} {d.hm()}\nfile: NOT-{day.year}-{d.digits(5)}\nfee_estimate: "
            f"{d.money(300, 1200)}\n")


def g_dogtax(d: Doc, v: int) -> None:
    owner = d.person()
    dog = d.pick(["Bruno", "Luna", "Balu", "Emma", "Max", "Rocky", "Bella", "Oscar", "Kira", "Paul"])
    breed = d.pick(["Labrador", "Border Collie", "Mischling", "Dackel", "Golden Retriever", "Jack Russell",
                    "Berner Sennenhund", "Lagotto"])
    chip = "276" + d.digits(12) if d.cc == "DE" else "756" + d.digits(12) if d.cc == "CH" else "040" + d.digits(12)
    town = d.town_only()
    d.t(request(d, {"de": ["Muss ich das wirklich bezahlen? Hier der Bescheid:\n\n",
                           "Hilf mir, diese Hundeanmeldung auszufüllen bzw. zu prüfen:\n\n"],
                    "fr": ["Dois-je vraiment payer cette taxe ? Voici l'avis :\n\n",
                           "Aide-moi à vérifier cette inscription de chien :\n\n"],
                    "it": ["Devo davvero pagare questa tassa? Ecco l'avviso:\n\n",
                           "Aiutami a controllare questa registrazione del cane:\n\n"],
                    "en": ["Do I really have to pay this? Here's the notice:\n\n",
                           "Help me check this dog licence form:\n\n"]}))
    if v == 0:
        d.t(d.L(f"Anmeldung zur Hundesteuer – Gemeinde {town}", f"Annonce d'un chien – commune de {town}",
                f"Notifica detenzione cane – Comune di {town}", f"Dog licence application – {town}") + "\n")
        pairs = [(d.L("Halter/in", "Détenteur", "Detentore", "Owner"), ("PERSON", owner.name(d.pick(["fl", "lf"])))),
                 (d.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), d.dob(18, 85)),
                 (d.L("Anschrift", "Adresse", "Indirizzo", "Address"), ("ADDRESS", d.address())),
                 (d.L("Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", d.phone())),
                 (d.L("E-Mail", "E-mail", "E-mail", "Email"), ("EMAIL", d.email(owner))),
                 (d.L("Name des Hundes", "Nom du chien", "Nome del cane", "Dog's name"), dog),
                 (d.L("Rasse", "Race", "Razza", "Breed"), breed),
                 (d.L("Wurftag", "Date de naissance du chien", "Data di nascita del cane", "Dog's date of birth"),
                  d.dfmt(dt.date(2024, 1, 1) + dt.timedelta(days=d.r.randrange(0, 700)))),
                 (d.L("Chip-Nr.", "N° de puce", "Microchip", "Microchip"), chip),
                 (d.L("Haltung seit", "Détenu depuis le", "Detenuto dal", "Owned since"), d.dfmt(d.day())),
                 (d.L("SEPA-Mandat IBAN", "IBAN (prélèvement)", "IBAN addebito", "Direct debit IBAN"),
                  ("IBAN", d.iban()))]
        kv(d, pairs, align=d.chance(0.5))
    elif v == 1:
        clerk = d.person()
        d.t(d.L(f"Stadt {town} – Steueramt\n", f"Commune de {town} – Service des taxes\n",
                f"Comune di {town} – Ufficio tributi\n", f"{town} Council – Dog Licensing\n"))
        d.e("PERSON", owner.name())
        d.t("\n")
        d.e("ADDRESS", d.street())
        d.t("\n")
        d.e("ADDRESS", d.town())
        d.f(d.L("\n\nHundesteuerbescheid {y}   Kassenzeichen {k}\n\nFür Ihren Hund \"{dog}\" ({br}) wird die "
                "Hundesteuer für {y} auf {m} festgesetzt. Fällig am {due}.\n",
                "\n\nAvis de taxe des chiens {y}   Réf. {k}\n\nPour votre chien « {dog} » ({br}), la taxe {y} "
                "s'élève à {m}, échéance le {due}.\n",
                "\n\nAvviso tassa sui cani {y}   Rif. {k}\n\nPer il cane \"{dog}\" ({br}) l'importo {y} è di {m}, "
                "scadenza {due}.\n",
                "\n\nDog licence renewal {y}   Ref. {k}\n\nThe licence fee for \"{dog}\" ({br}) for {y} is {m}, due "
                "{due}.\n"), y="2027", k=f"{d.digits(2)}.{d.digits(4)}.{d.digits(5)}", dog=dog, br=breed,
            m=d.money(30, 180), due=d.dfmt(d.day(dt.date(2027, 1, 15), 60)))
        d.t(d.L("Bankverbindung der Stadtkasse: ", "Compte de la commune : ", "Conto del Comune: ",
                "Council account: "))
        d.e("IBAN", d.iban())
        d.t(d.L("\nSachbearbeitung: ", "\nDossier traité par : ", "\nResponsabile: ", "\nOfficer: "))
        d.e("PERSON", clerk.name(d.pick(["fl", "il"])))
        d.t(", ")
        d.e("PHONE", d.phone("land"))
        d.t(d.L("\nAuskunft allgemein: ", "\nRenseignements : ", "\nInformazioni: ", "\nGeneral enquiries: ")
            + d.hotline() + "\n")
    elif v == 2:
        rows = []
        for _ in range(d.r.randrange(5, 9)):
            p = d.person()
            rows.append([f"H-{d.digits(4)}", ("PERSON", p.name(d.pick(["lf", "LF", "fl"]))), ("ADDRESS", d.street()),
                         d.pick(["Bruno", "Luna", "Balu", "Frieda", "Benno", "Sammy", "Nala"]),
                         d.pick(["Mischling", "Labrador", "Pudel", "Dackel", "Spitz"]), "2" + d.digits(2) + "," +
                         d.pick(["00", "50"]), d.dob(18, 85)])
        table(d, d.L("Marke|Halter|Strasse|Hund|Rasse|Betrag|Geb. Halter", "Médaille|Détenteur|Rue|Chien|Race|"
                     "Montant|Né(e)", "Medaglia|Detentore|Via|Cane|Razza|Importo|Nato/a", "Tag|Owner|Street|Dog|Breed|"
                     "Fee|Owner DOB").split("|"), rows, d.pick(["ssv", "csv", "fixed", "md"]))
    else:
        d.f(d.L("Betreff: Abmeldung Hund {dog}, Marke Nr. {n}\n\n", "Objet : désinscription du chien {dog}, médaille "
                "{n}\n\n", "Oggetto: cancellazione cane {dog}, medaglia {n}\n\n", "Subject: cancel licence for {dog}, "
                "tag {n}\n\n"), dog=dog, n=d.digits(4))
        d.t(d.L("Guten Tag\n\nunser Hund ist am ", "Bonjour,\n\nnotre chien est décédé le ", "Buongiorno,\n\nil nostro "
                "cane è morto il ", "Hello,\n\nour dog passed away on ") + d.dfmt(d.day(dt.date(2026, 11, 1), 30)))
        d.t(d.L(" gestorben. Ausserdem sind wir umgezogen, neue Adresse: ", ". Nous avons aussi déménagé : ",
                ". Inoltre ci siamo trasferiti: ", ". We have also moved to "))
        d.e("ADDRESS", d.address())
        d.t(d.L(". Bitte die zu viel bezahlte Steuer auf ", ". Merci de rembourser le trop-perçu sur ",
                ". Vi prego di rimborsare l'eccedenza su ", ". Please refund any overpayment to "))
        d.e("IBAN", d.iban())
        d.t(d.L(" (Inhaberin ", " (titulaire ", " (intestataria ", " (account holder "))
        sp = d.relative(owner, "f")
        d.e("PERSON", sp.name())
        d.t(d.L(") erstatten.\n\n", ").\n\n", ").\n\n", ").\n\n") + closing(d) + "\n")
        d.e("PERSON", owner.name())
        d.t("\n")
        d.e("PHONE", d.phone())
        d.t("\n")


def g_telehealth(d: Doc, v: int) -> None:
    p = d.person()
    doc = d.person()
    service = d.pick(["MediCall24", "TeleDoc", "Medi24", "docdirekt", "Qare", "MioDottore Live", "CareNow Video"])
    day = d.day()
    d.t(request(d, {"de": ["Fass das Gespräch mit der Online-Praxis für meinen Hausarzt zusammen:\n\n",
                           "Übersetz mir bitte die wichtigsten Punkte:\n\n"],
                    "fr": ["Résume cette téléconsultation pour mon médecin traitant :\n\n",
                           "Traduis-moi les points importants :\n\n"],
                    "it": ["Riassumi questa televisita per il mio medico di base:\n\n",
                           "Traducimi i punti principali:\n\n"],
                    "en": ["Summarise this telehealth intake for my GP:\n\n",
                           "Pull out the key points from this:\n\n"]}))
    if v == 0:
        bot = d.L("Assistent", "Assistant", "Assistente", "Assistant")
        d.lower = False
        msgs = [(bot, d.hm(), [d.L("Willkommen bei ", "Bienvenue sur ", "Benvenuto su ", "Welcome to ") + service +
                               d.L(". Wie heissen Sie?" if d.cc == "CH" else ". Wie heißen Sie?", ". Votre nom ?",
                                   ". Come si chiama?", ". What is your name?")])]
        d.t("")
        chat(d, msgs, 1, day)
        d.lower = d.chance(0.6)
        chat(d, [(d.L("Patient", "Patient", "Paziente", "Patient"), d.hm(), [("PERSON", p.name())])], 1, day)
        d.lower = False
        chat(d, [(bot, d.hm(), [d.L("Ihr Geburtsdatum?", "Votre date de naissance ?", "La sua data di nascita?",
                                    "Your date of birth?")])], 1, day)
        d.lower = d.chance(0.6)
        chat(d, [(d.L("Patient", "Patient", "Paziente", "Patient"), d.hm(), [d.dob(18, 80)])], 1, day)
        chat(d, [(d.L("Patient", "Patient", "Paziente", "Patient"), d.hm(),
                  [d.L("seit 3 tagen fieber 38,9 und halsweh. rückruf bitte an ", "fièvre 38,9 depuis 3 jours, "
                       "rappelez-moi au ", "febbre 38,9 da 3 giorni, richiamatemi al ", "fever 38.9 for 3 days, "
                       "call me back on "), ("PHONE", d.phone()), d.L(". apotheke bei mir: ", ". pharmacie : ",
                                                                       ". farmacia: ", ". my pharmacy: "),
                   d.L("Löwen-Apotheke", "Pharmacie du Lac", "Farmacia Centrale", "Boots"), ", ",
                   ("ADDRESS", d.street())])], 1, day)
        d.lower = False
        chat(d, [(bot, d.hm(), [d.L("Danke. ", "Merci. ", "Grazie. ", "Thanks. "), ("PERSON", doc.name()),
                                d.L(" ruft Sie in ca. 20 Minuten an. Fall-Nr. ", " vous rappelle dans 20 min. Cas n° ",
                                    " la richiama tra 20 minuti. Caso n. ", " will call you in about 20 min. Case "),
                                f"TC-{d.digits(7)}"])], 1, day)
    elif v == 1:
        obj = {"intake_id": f"in_{d.digits(10)}", "created_at": f"{day.isoformat()}T{d.hm()}:12Z",
               "patient": {"name": ("PERSON", p.name()), "birth_date": d.dob(18, 85, fmt="iso"),
                           "phone": ("PHONE", d.phone()), "email": ("EMAIL", d.email(p)),
                           "address": ("ADDRESS", d.address())},
               "symptoms": d.L("Husten, Fieber", "toux, fièvre", "tosse, febbre", "cough, fever"),
               "insurance": {"provider": d.pick(["AOK", "CSS", "Helsana", "ÖGK", "MGEN", "Bupa", "Aetna"]),
                             "member_no": d.pick(["A", "K", "80756"]) + d.digits(9)},
               "payment": {"method": "card", "pan": ("CARD", d.card()), "exp": f"{d.r.randrange(1, 13):02d}/2"
                           + str(d.r.randrange(7, 10))} if d.chance(0.5) else {"method": "insurance"},
               "client": {"ip": ("IP", d.ip()), "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1)", "app": "4.2.1"}}
        if d.cc == "CH":
            obj["patient"]["ahv"] = ("AHV", d.ahv())
        jdump(d, obj, d.pick([2, 4, None]))
    elif v == 2:
        gp = d.person()
        d.put([d.L("Sehr geehrte Kollegin, sehr geehrter Kollege\n\n", "Chère consœur, cher confrère,\n\n",
                   "Gentile collega,\n\n", "Dear colleague,\n\n")])
        d.f(d.L("Ihr(e) Patient(in) {n} (geb. {dob}), {a}, hatte heute eine Videosprechstunde bei uns. Diagnose: "
                "akute Bronchitis. Rückruf erbeten an {ph}. Hausarzt laut Angabe: Dr. {gp}.\n\n",
                "votre patient(e) {n} (né(e) le {dob}), {a}, a consulté en vidéo aujourd'hui. Diagnostic : bronchite "
                "aiguë. Rappel souhaité au {ph}. Médecin traitant : Dr {gp}.\n\n",
                "il/la suo/a paziente {n} (nato/a il {dob}), {a}, ha effettuato oggi una televisita. Diagnosi: "
                "bronchite acuta. Richiamare al {ph}. Medico curante: dott. {gp}.\n\n",
                "your patient {n} (DOB {dob}), {a}, had a video consultation today. Diagnosis: acute bronchitis. "
                "Please call back on {ph}. Registered GP: Dr {gp}.\n\n"),
            n=("PERSON", p.name()), dob=d.dob(18, 90), a=("ADDRESS", d.address()), ph=("PHONE", d.phone()),
            gp=("PERSON", gp.name("l")))
        signature(d, doc, service, d.L("Fachärztin für Allgemeinmedizin", "Médecin généraliste", "Medico di "
                                       "medicina generale", "General practitioner"),
                  ascii_fold(service) + ".health", addr=d.chance(0.5))
    else:
        d.t(d.L("Einwilligung Videosprechstunde", "Consentement téléconsultation", "Consenso televisita",
                "Telehealth consent") + f" – {service} v{d.r.randrange(2, 6)}.{d.r.randrange(0, 20)}.{d.digits(1)}\n")
        kv(d, [(d.L("Name", "Nom", "Nome", "Name"), ("PERSON", p.name(d.pick(["lf", "fl", "Lc"])))),
               (d.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), d.dob(18, 85)),
               (d.L("Mobil", "Mobile", "Cellulare", "Mobile"), ("PHONE", d.phone())),
               ("E-Mail" if d.lang == "de" else "Email", ("EMAIL", d.email(p))),
               *([(d.L("AHV-Nr.", "N° AVS", "N. AVS", "AHV"), ("AHV", d.ahv()))] if d.cc == "CH" else []),
               (d.L("Gerät-IP", "IP de l'appareil", "IP dispositivo", "Device IP"), ("IP", d.ip())),
               (d.L("WLAN-Gateway", "Passerelle", "Gateway", "Gateway"), d.lan_ip()),
               (d.L("Zeitpunkt", "Horodatage", "Data/ora", "Timestamp"), f"{d.dfmt(day)} {d.hm()}"),
               (d.L("Arzt/Ärztin", "Médecin", "Medico", "Clinician"), ("PERSON", doc.name())),
               (d.L("Einwilligung", "Consentement", "Consenso", "Consent"), d.L("ja", "oui", "sì", "yes"))],
           align=d.chance(0.5))


def g_oncall(d: Doc, v: int) -> None:
    a, b, c = d.person(), d.person(), d.person()
    day = d.day()
    svc = d.pick(["checkout-api", "billing-worker", "auth-gateway", "search-indexer", "mail-relay"])
    d.t(request(d, {"de": ["Mach aus dieser Übergabe eine kurze Zusammenfassung für die Frühschicht.\n\n",
                           "Welche offenen Punkte gibt es aus dem Bereitschaftswechsel?\n\n"],
                    "fr": ["Fais un résumé de cette passation d'astreinte :\n\n",
                           "Quels points restent ouverts après cette passation ?\n\n"],
                    "it": ["Riassumi questo passaggio di reperibilità:\n\n",
                           "Quali punti restano aperti?\n\n"],
                    "en": ["Summarise this on-call handover for the morning shift:\n\n",
                           "What is still open after this handover?\n\n"]}))
    if v == 0:
        d.t("#oncall-handover\n\n")
        msgs = [(("PERSON", a.name()), d.hm(), [d.L("Übergabe an ", "passation à ", "passaggio a ", "handing over to "),
                                                 ("PERSON", b.first), d.L(". ", ". ", ". ", ". "), svc,
                                                 f" v{d.r.randrange(1, 4)}.{d.r.randrange(0, 30)}.{d.r.randrange(0, 9)}"
                                                 + d.L(" ausgerollt, Fehlerrate normal.", " déployé, taux d'erreur "
                                                       "normal.", " rilasciato, errori nella norma.",
                                                       " rolled out, error rate normal.")]),
                (("PERSON", a.name()), d.hm(), [d.L("Kunde ", "Client ", "Cliente ", "Customer "),
                                                 ("PERSON", c.name()), d.L(" wurde wegen Login-Brute-Force gesperrt, "
                                                 "IP ", " bloqué pour brute force, IP ", " bloccato per brute force, "
                                                 "IP ", " was locked for brute force, IP "), ("IP", d.ip()),
                                                 d.L(". Ticket ", ". Ticket ", ". Ticket ", ". Ticket "),
                                                 f"INC-{d.digits(5)}"]),
                (("PERSON", b.name()), d.hm(), [d.L("ok. db-replica ", "ok. réplique ", "ok. replica ", "ok. replica "),
                                                 f"10.{d.r.randrange(0, 40)}.{d.r.randrange(0, 255)}."
                                                 f"{d.r.randrange(2, 250)}",
                                                 d.L(" hängt wieder?", " bloque encore ?", " di nuovo ferma?",
                                                     " stuck again?")]),
                (("PERSON", a.name()), d.hm(), [d.L("ja, falls es eskaliert: ", "oui, si ça escalade : ",
                                                    "sì, in caso di escalation: ", "yes, if it escalates: "),
                                                 ("PERSON", d.person().name()), d.L(" (DBA) unter ", " (DBA) au ",
                                                                                    " (DBA) al ", " (DBA) on "),
                                                 ("PHONE", d.phone())])]
        chat(d, msgs, 3, day)
    elif v == 1:
        d.t("## " + d.L("Bereitschaftsübergabe KW ", "Passation d'astreinte S", "Passaggio reperibilità sett. ",
                        "On-call handover week ") + str(day.isocalendar()[1]) + "\n\n")
        rows = [[d.L("Primär", "Primaire", "Primario", "Primary"), ("PERSON", a.name()), ("PHONE", d.phone())],
                [d.L("Sekundär", "Secondaire", "Secondario", "Secondary"), ("PERSON", b.name()), ("PHONE", d.phone())],
                [d.L("Teamleitung", "Responsable", "Responsabile", "Team lead"), ("PERSON", c.name()),
                 ("PHONE", d.phone())]]
        table(d, d.L("Rolle|Name|Handy", "Rôle|Nom|Portable", "Ruolo|Nome|Cellulare", "Role|Name|Mobile").split("|"),
              rows, "md")
        d.t("\n" + d.L("Offene Incidents:\n", "Incidents ouverts :\n", "Incidenti aperti:\n", "Open incidents:\n"))
        d.t(f"- INC-{d.digits(5)} {svc}: " + d.L("Timeouts seit Release ", "timeouts depuis la version ",
                                                  "timeout dalla release ", "timeouts since release ")
            + f"{d.r.randrange(1, 4)}.{d.r.randrange(0, 30)}.{d.r.randrange(0, 9)}\n")
        d.t(f"- INC-{d.digits(5)} " + d.L("Beschwerde von ", "plainte de ", "reclamo di ", "complaint from "))
        d.e("PERSON", d.person().name())
        d.t(" (")
        d.e("EMAIL", d.email(d.person()))
        d.t(d.L("), Login von ", "), connexion depuis ", "), login da ", "), login from "))
        d.e("IP", d.ip())
        d.t(d.L(" blockiert\n", " bloquée\n", " bloccato\n", " blocked\n"))
        d.t(d.L("Monitoring-Hotline Rechenzentrum: ", "Hotline datacenter : ", "Hotline datacenter: ",
                "Datacentre hotline: ") + d.hotline() + "\n")
    elif v == 2:
        rows = []
        for _ in range(d.r.randrange(4, 8)):
            p = d.person()
            rows.append([f"P{d.r.randrange(1, 4)}", f"INC-{d.digits(5)}", d.pick([svc, "vpn", "ldap-sync", "cdn"]),
                         ("PERSON", p.name()), ("EMAIL", d.email(p, "example-corp.com")), ("PHONE", d.phone()),
                         f"{day.isoformat()}T{d.hm()}Z"])
        table(d, ["prio", "incident", "service", "assigned_to", "email", "phone", "acked_at"], rows,
              d.pick(["csv", "tsv"]))
    else:
        d.t(d.L("Betreff: Übergabe Bereitschaft\n\n", "Objet : passation d'astreinte\n\n",
                "Oggetto: passaggio reperibilità\n\n", "Subject: on-call handover\n\n"))
        d.put(greeting(d, b, formal=False))
        d.f(d.L("ruhige Nacht bis auf zwei Dinge: Der VPN-Zugang von {c} war gesperrt (IP {ip}, Heimnetz, jetzt "
                "freigegeben), und {svc} auf {srv} braucht morgen einen Neustart. Bei Fragen ruf mich an: {ph}.\n\n",
                "nuit calme sauf deux points : l'accès VPN de {c} était bloqué (IP {ip}, domicile, débloqué), et "
                "{svc} sur {srv} doit redémarrer demain. Appelle-moi au besoin : {ph}.\n\n",
                "notte tranquilla tranne due cose: l'accesso VPN di {c} era bloccato (IP {ip}, da casa, sbloccato) "
                "e {svc} su {srv} va riavviato domani. Chiamami se serve: {ph}.\n\n",
                "quiet night except two things: {c}'s VPN access was locked (IP {ip}, home connection, now unlocked) "
                "and {svc} on {srv} needs a restart tomorrow. Call me if needed: {ph}.\n\n"),
            c=("PERSON", c.name("fl")), ip=("IP", d.ip()), svc=svc, srv=d.lan_ip(), ph=("PHONE", d.phone()))
        d.t(closing(d) + "\n")
        d.e("PERSON", a.first)
        d.t("\n")


def g_telematics(d: Doc, v: int) -> None:
    p = d.person("m")
    sp = d.relative(p, "f")
    insurer = d.pick(["SmartDrive Versicherung", "AXA DriveSafe", "Allianz BonusDrive", "Generali Jeep Box",
                      "Admiral LittleBox", "Progressive Snapshot", "Mobiliar Drive"])
    day = d.day(dt.date(2026, 11, 1), 30)
    pol = f"{d.pick(['KFZ', 'AUT', 'POL'])}-{d.digits(8)}"
    d.t(request(d, {"de": ["Warum ist mein Fahrscore so schlecht? Hier der Export:\n\n",
                           "Formuliere einen Widerspruch gegen die Prämienerhöhung:\n\n"],
                    "fr": ["Pourquoi mon score est-il si bas ? Voici l'export :\n\n",
                           "Rédige une contestation de la hausse de prime :\n\n"],
                    "it": ["Perché il mio punteggio è così basso? Ecco l'export:\n\n",
                           "Scrivi un reclamo contro l'aumento del premio:\n\n"],
                    "en": ["Why is my driving score so low? Here is the export:\n\n",
                           "Draft an appeal against the premium increase:\n\n"]}))
    if v == 0:
        rows = []
        for k in range(d.r.randrange(5, 9)):
            drv = p if d.chance(0.6) else sp
            rows.append([pol, ("PERSON", drv.name()), d.dob(18, 80, fmt="iso", date=None) if k == 0 else "",
                         f"{(day + dt.timedelta(days=k)).isoformat()} {d.hm()}", str(d.r.randrange(3, 180)),
                         str(d.r.randrange(40, 100)), ("IP", d.ip())])
        table(d, ["policy", "driver", "driver_dob", "trip_start", "km", "score", "app_ip"], rows, "csv")
    elif v == 1:
        obj = {"policy": pol, "product": insurer,
               "holder": {"name": ("PERSON", p.name()), "dob": d.dob(18, 80, fmt=d.pick(["iso", "dmY_dot"])),
                          "address": ("ADDRESS", d.address()), "email": ("EMAIL", d.email(p)),
                          "phone": ("PHONE", d.phone()), "iban": ("IBAN", d.iban(grouped=False))},
               "additional_drivers": [{"name": ("PERSON", sp.name()), "dob": d.dob(18, 80, fmt="iso")}],
               "device": {"imei": d.digits(15), "fw": f"{d.r.randrange(1, 9)}.{d.r.randrange(0, 20)}.{d.digits(1)}",
                          "last_ip": ("IP", d.ip())},
               "score_30d": d.r.randrange(40, 99), "premium_change": f"+{d.r.randrange(3, 25)}%"}
        jdump(d, obj, 2)
    elif v == 2:
        d.f(d.L("An: kundenservice@{dom}\nBetreff: Vertrag {pol} – Score nicht nachvollziehbar\n\n",
                "À : service@{dom}\nObjet : contrat {pol} – score incompréhensible\n\n",
                "A: assistenza@{dom}\nOggetto: polizza {pol} – punteggio non chiaro\n\n",
                "To: support@{dom}\nSubject: policy {pol} – score makes no sense\n\n"),
            dom=ascii_fold(insurer.split()[0]) + ".com", pol=pol)
        d.t(d.L("Guten Tag\n\nlaut App bin ich am ", "Bonjour,\n\nselon l'appli j'aurais freiné brusquement le ",
                "Buongiorno,\n\nsecondo l'app il ", "Hello,\n\naccording to the app, on ") + d.dfmt(day))
        d.t(d.L(" dreimal scharf gebremst – gefahren ist aber meine Frau ", ", mais c'est ma femme ",
                " avrei frenato bruscamente – ma guidava mia moglie ", " I braked hard three times – but my wife "))
        d.e("PERSON", sp.first)
        d.t(d.L(" (Zusatzfahrerin, geb. ", " (conductrice, née le ", " (conducente, nata il ", " was driving (named "
                                                                                            "driver, DOB "))
        d.put(d.dob(18, 80))
        d.t(d.L(") auf der A8 bei Stau. ", ") qui conduisait sur l'A40. ", ") in autostrada. ", ") on the M6. "))
        d.t(d.L("Bitte prüfen Sie das.\n\n", "Merci de vérifier.\n\n", "Vi prego di verificare.\n\n",
                "Please check.\n\n") + closing(d) + "\n")
        d.e("PERSON", p.name())
        d.t("\n")
        d.e("ADDRESS", d.address())
        d.t("\n")
        d.e("PHONE", d.phone())
        d.t("\n")
    else:
        d.t(f"{insurer} – " + d.L("Monatsbericht", "Rapport mensuel", "Report mensile", "Monthly report") +
            f" {day.month:02d}/{day.year}   " + d.L("Vertrag", "Contrat", "Polizza", "Policy") + f" {pol}\n\n")
        rows = []
        for drv in (p, sp):
            rows.append([("PERSON", drv.name("LF")), d.dob(18, 80), str(d.r.randrange(100, 2400)),
                         str(d.r.randrange(0, 12)), str(d.r.randrange(0, 9)), str(d.r.randrange(50, 99))])
        table(d, d.L("Fahrer|Geb.|km|Bremsung|Nacht|Score", "Conducteur|Né(e)|km|Freinage|Nuit|Score",
                     "Conducente|Nato/a|km|Frenate|Notte|Punti", "Driver|DOB|Miles|Braking|Night|Score").split("|"),
              rows, "fixed")
        d.t("\n" + d.L("Rückfragen: ", "Questions : ", "Domande: ", "Questions: ") + d.hotline() + "\n")


def g_mealsonwheels(d: Doc, v: int) -> None:
    svc = d.pick(d.L("Essen auf Rädern|Mahlzeitendienst Pro Senectute|Menüservice", "Repas à domicile|Service de repas",
                     "Pasti a domicilio|Servizio pasti", "Meals on Wheels|Community Meals").split("|"))
    day = d.day()
    d.t(request(d, {"de": ["Sortier mir die Tour nach Straßen, bitte.\n\n", "Schreib eine Rechnungserinnerung "
                           "daraus.\n\n"],
                    "fr": ["Trie la tournée par rue s'il te plaît :\n\n", "Rédige un rappel de facture :\n\n"],
                    "it": ["Ordina il giro per via, per favore:\n\n", "Scrivi un sollecito di pagamento:\n\n"],
                    "en": ["Sort this round by street please:\n\n", "Write a payment reminder from this:\n\n"]}))
    if v == 0:
        drv = d.person()
        d.f(d.L("Tour {t} – {dd} – Fahrer/in: {n}\n", "Tournée {t} – {dd} – chauffeur : {n}\n",
                "Giro {t} – {dd} – autista: {n}\n", "Round {t} – {dd} – driver: {n}\n"), t=d.pick("ABCDE") +
            str(d.r.randrange(1, 9)), dd=d.dfmt(day), n=("PERSON", drv.name(d.pick(["fl", "f"]))))
        rows = []
        for k in range(d.r.randrange(6, 11)):
            c = d.person()
            rows.append([str(k + 1), ("PERSON", c.name(d.pick(["lf", "l", "fl"]))), ("ADDRESS", d.street()),
                         ("PHONE", d.phone("land")),
                         d.pick(d.L("Menü 1|Menü 2|Vegi|Diab.|püriert", "Menu 1|Menu 2|Végé|Diab.|mixé",
                                    "Menù 1|Menù 2|Vegetariano|Diab.|frullato", "Meal 1|Meal 2|Veg|Diab.|pureed")
                                .split("|")),
                         d.pick(["", "", d.L("Schlüsselbox 4711", "boîte à clés 4711", "cassetta chiavi 4711",
                                             "key safe 4711"), d.L("klingelt 2x", "sonner 2x", "suonare 2x",
                                                                 "ring twice"), d.L("Hund", "chien", "cane", "dog")])])
        table(d, d.L("Nr|Name|Adresse|Tel.|Menü|Hinweis", "N°|Nom|Adresse|Tél.|Menu|Note", "N.|Nome|Indirizzo|Tel.|"
                     "Menù|Note", "No|Name|Address|Phone|Meal|Note").split("|"), rows, "fixed")
    elif v == 1:
        c = d.person()
        rel = d.relative(c)
        d.t(d.L("Neuanmeldung " + svc, "Nouvelle inscription " + svc, "Nuova iscrizione " + svc,
                "New client referral – " + svc) + "\n")
        kv(d, [(d.L("Kunde/Kundin", "Client(e)", "Cliente", "Client"), ("PERSON", c.name(d.pick(["fl", "lf"])))),
               (d.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), d.dob(70, 99)),
               (d.L("Adresse", "Adresse", "Indirizzo", "Address"), ("ADDRESS", d.address())),
               (d.L("Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", d.phone("land"))),
               (d.L("Angehörige/r", "Proche", "Familiare", "Next of kin"), ("PERSON", rel.name())),
               (d.L("Tel. Angehörige/r", "Tél. proche", "Tel. familiare", "Next of kin phone"), ("PHONE", d.phone())),
               (d.L("Kost", "Régime", "Dieta", "Diet"), d.pick(["Diabetiker", "sans sel", "senza glutine",
                                                                "soft food"])),
               (d.L("Start", "Début", "Inizio", "Start"), d.dfmt(day)),
               (d.L("Preis pro Menü", "Prix par repas", "Prezzo per pasto", "Price per meal"), d.money(8, 16)),
               ("IBAN (" + d.L("Lastschrift", "prélèvement", "addebito", "direct debit") + ")", ("IBAN", d.iban()))]
           + ([(d.L("AHV-Nr. (EL)", "N° AVS (PC)", "N. AVS (PC)", "AHV"), ("AHV", d.ahv()))] if d.cc == "CH" else []),
           align=d.chance(0.6))
    elif v == 2:
        drivers = [d.person(), d.person()]
        d.lower = d.chance(0.7)
        c = d.person("f")
        msgs = [(("PERSON", drivers[0].first), d.hm(), [d.L("frau ", "mme ", "la sig.ra ", "mrs "), ("PERSON", c.last),
                                                         d.L(" in der ", " au ", " in ", " at "),
                                                         ("ADDRESS", d.street()),
                                                         d.L(" macht nicht auf, licht ist an", " n'ouvre pas, lumière "
                                                             "allumée", " non apre, luce accesa", " not answering, "
                                                             "lights on")]),
                (("PERSON", drivers[1].first), d.hm(), [d.L("tochter anrufen: ", "appelle sa fille : ", "chiama la "
                                                            "figlia: ", "call her daughter: "), ("PERSON",
                                                            d.relative(c, "f").first), " ", ("PHONE", d.phone())]),
                (("PERSON", drivers[0].first), d.hm(), [d.L("erreicht, sie ist beim arzt. menü bleibt beim nachbarn ",
                                                            "ok, elle est chez le médecin, repas chez le voisin ",
                                                            "ok, è dal medico, pasto dal vicino ",
                                                            "sorted, she's at the doctor, meal left with neighbour "),
                                                        ("PERSON", d.person().last)]),
                (("PHONE", d.phone()), d.hm(), [d.L("zentrale: tour b heute 20 min später, ", "centrale : tournée b "
                                                    "20 min en retard, ", "centrale: giro b in ritardo di 20 min, ",
                                                    "office: round b 20 mins late, "), d.dfmt(day)])]
        chat(d, msgs, d.r.randrange(4), day)
        d.lower = False
    else:
        c = d.person()
        d.t(svc + " · ")
        d.e("ADDRESS", d.address())
        d.t(" · " + d.hotline() + "\n\n")
        d.e("PERSON", c.name())
        d.t("\n")
        d.e("ADDRESS", d.street())
        d.t("\n")
        d.e("ADDRESS", d.town())
        d.f(d.L("\n\nRechnung Nr. {n}   Datum {dd}\n", "\n\nFacture n° {n}   Date {dd}\n", "\n\nFattura n. {n}   Data "
                "{dd}\n", "\n\nInvoice no. {n}   Date {dd}\n"), n=f"{day.year}-{d.digits(5)}", dd=d.dfmt(day))
        qty = d.r.randrange(12, 31)
        d.t(d.L(f"{qty} x Menü à ", f"{qty} x repas à ", f"{qty} x pasto a ", f"{qty} x meal at ") + d.money(8, 14)
            + "\n" + d.L("Summe: ", "Total : ", "Totale: ", "Total: ") + d.money(150, 420) + "\n")
        d.t(d.L("Zahlbar bis ", "Payable jusqu'au ", "Da pagare entro il ", "Payable by ") +
            d.dfmt(d.day(day, 30)) + d.L(" auf ", " sur ", " su ", " to "))
        d.e("IBAN", d.iban())
        d.t(d.L(". Kundennummer ", ". N° client ", ". Codice cliente ", ". Customer no. ") + d.digits(6) + "\n")


def g_vehiclereg(d: Doc, v: int) -> None:
    p = d.person()
    day = d.day()
    vin = "W" + "".join(d.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16))
    plate = {"DE": f"{d.pick(['M', 'B', 'HD', 'K', 'FR'])}-{d.pick(['AB', 'XY', 'KL', 'T'])} {d.r.randrange(1, 9999)}",
             "AT": f"{d.pick(['W', 'G', 'L', 'S'])}-{d.r.randrange(100, 99999)} {d.pick(['A', 'BC', 'X'])}",
             "CH": f"{d.pick(['ZH', 'BE', 'VD', 'TI', 'LU'])} {d.r.randrange(1000, 999999)}",
             "FR": f"{d.pick(['AB', 'GH', 'FK'])}-{d.r.randrange(100, 999)}-{d.pick(['CD', 'XY', 'LM'])}",
             "IT": f"{d.pick(['GH', 'FK', 'EZ'])} {d.r.randrange(100, 999)} {d.pick(['AB', 'TR', 'LM'])}",
             "GB": f"{d.pick(['AB', 'LV', 'YK'])}{d.r.randrange(10, 75)} {d.pick(['XYZ', 'KLM', 'RTV'])}",
             "US": f"{d.r.randrange(1, 9)}{d.pick(['ABC', 'KLM'])}{d.r.randrange(100, 999)}"}[d.cc]
    d.t(request(d, {"de": ["Welche Unterlagen brauche ich für die Zulassung? Hier die Vollmacht:\n\n",
                           "Prüf bitte, ob die Angaben stimmen:\n\n"],
                    "fr": ["Quels documents faut-il pour l'immatriculation ? Voici le mandat :\n\n",
                           "Vérifie si les données sont correctes :\n\n"],
                    "it": ["Quali documenti servono per l'immatricolazione? Ecco la delega:\n\n",
                           "Controlla se i dati sono corretti:\n\n"],
                    "en": ["What documents do I need to register the car? Here is the form:\n\n",
                           "Check whether these details are right:\n\n"]}))
    if v == 0:
        agent = d.person()
        d.t(d.L("VOLLMACHT ZUR FAHRZEUGZULASSUNG\n\n", "MANDAT D'IMMATRICULATION\n\n", "DELEGA PER "
                "IMMATRICOLAZIONE\n\n", "AUTHORITY TO REGISTER A VEHICLE\n\n"))
        d.t(d.L("Ich, ", "Je soussigné(e), ", "Il/la sottoscritto/a ", "I, "))
        d.e("PERSON", p.name())
        d.t(d.L(", geboren am ", ", né(e) le ", ", nato/a il ", ", born "))
        d.put(d.dob(18, 85))
        d.t(d.L(", wohnhaft in ", ", demeurant ", ", residente in ", ", of "))
        d.e("ADDRESS", d.address())
        d.t(d.L(", bevollmächtige ", ", donne mandat à ", ", delega ", ", authorise "))
        d.e("PERSON", agent.name())
        d.t(d.L(" (geb. ", " (né(e) le ", " (nato/a il ", " (born "))
        d.put(d.dob(18, 70))
        d.t(d.L("), das Fahrzeug FIN ", ") d'immatriculer le véhicule VIN ", ") a immatricolare il veicolo telaio ",
                ") to register vehicle VIN ") + vin + d.L(" zuzulassen.\n", ".\n", ".\n", ".\n"))
        d.t(d.L("eVB-Nummer: ", "Attestation d'assurance : ", "Polizza RC: ", "Insurance cert.: ") +
            "".join(d.pick("ABCDEFGHKLMNPRSTUVWXYZ0123456789") for _ in range(7)) + "\n")
        d.t(d.L("SEPA-Mandat Kfz-Steuer, IBAN: ", "IBAN pour la taxe : ", "IBAN per bollo: ", "Bank account (IBAN): "))
        d.e("IBAN", d.iban())
        d.t("\n" + d.L("Ort, Datum: ", "Lieu, date : ", "Luogo, data: ", "Place, date: ") + d.town_only() + ", " +
            d.dfmt(day) + "\n")
    elif v == 1:
        dealer = d.person()
        house = d.pick(["Autohaus Brunner", "Garage du Centre", "Autosalone Riva", "Hillside Motors",
                        "Autohaus am Ring", "Garage Moderne SA"])
        d.put(greeting(d, p))
        d.f(d.L("Ihr neues Fahrzeug (Kennzeichen {pl}) ist zugelassen und kann ab {dd} bei uns abgeholt werden. "
                "Bitte bringen Sie Ihren Ausweis mit. Die Rechnung Nr. {inv} über {m} haben Sie bereits mit der Karte "
                "{card} bezahlt.\n\n",
                "votre véhicule (immatriculation {pl}) est prêt à partir du {dd}. La facture n° {inv} de {m} a été "
                "réglée avec la carte {card}.\n\n",
                "il suo veicolo (targa {pl}) è immatricolato e può essere ritirato dal {dd}. La fattura n. {inv} di "
                "{m} è stata pagata con la carta {card}.\n\n",
                "your new car (registration {pl}) is registered and ready for collection from {dd}. Invoice {inv} for "
                "{m} was paid with card {card}.\n\n"),
            pl=plate, dd=d.dfmt(day), inv=f"RE{d.digits(7)}", m=d.money(800, 4000), card=("CARD", d.card()))
        signature(d, dealer, house, d.L("Verkaufsberater", "Conseiller de vente", "Consulente vendite", "Sales"),
                  ascii_fold(house) + "." + {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "IT": "it",
                                             "GB": "co.uk", "US": "com"}[d.cc])
    elif v == 2:
        d.t(d.L("Reservierungsbestätigung Wunschkennzeichen\n", "Confirmation de réservation de plaque\n",
                "Conferma prenotazione targa\n", "Personalised plate reservation\n"))
        kv(d, [(d.L("Kennzeichen", "Plaque", "Targa", "Plate"), plate),
               (d.L("Reserviert für", "Réservée pour", "Prenotata per", "Reserved for"), ("PERSON", p.name())),
               (d.L("E-Mail", "E-mail", "E-mail", "Email"), ("EMAIL", d.email(p))),
               (d.L("Gültig bis", "Valable jusqu'au", "Valida fino al", "Valid until"), d.dfmt(d.day(day, 90))),
               (d.L("Gebühr", "Frais", "Costo", "Fee"), d.money(10, 60)),
               (d.L("Vorgangs-Nr.", "N° de dossier", "N. pratica", "Reference"), f"WKZ{d.digits(9)}"),
               (d.L("Zugriff von IP", "Adresse IP", "Indirizzo IP", "Submitted from IP"), ("IP", d.ip()))],
           align=True)
    else:
        rows = []
        for _ in range(d.r.randrange(4, 8)):
            c = d.person()
            fmt = None if d.lang == "en" else d.pick(["dmY_dot", "iso", "dmY_slash"])
            rows.append([f"AU-{d.digits(5)}", ("PERSON", c.name("lf")), d.dob(18, 85, fmt=fmt),
                         ("ADDRESS", d.address()), "W" + d.digits(5) + "…", d.dfmt(d.day(day, 30))])
        table(d, d.L("Auftrag;Halter;Geb.;Anschrift;FIN (gekürzt);Zulassung am", "Commande;Titulaire;Né(e);Adresse;"
                     "VIN;Date immat.", "Ordine;Intestatario;Nato/a;Indirizzo;Telaio;Data immatr.", "Order;Keeper;DOB;"
                     "Address;VIN;Reg. date").split(";"), rows, d.pick(["ssv", "tsv"]))


GENRES = {
    "hospitalvisit": g_hospitalvisit, "integration": g_integration, "handover": g_handover,
    "parentconf": g_parentconf, "funeral": g_funeral, "notary": g_notary, "dogtax": g_dogtax,
    "telehealth": g_telehealth, "oncall": g_oncall, "telematics": g_telematics, "mealsonwheels": g_mealsonwheels,
    "vehiclereg": g_vehiclereg,
}


# ----------------------------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------------------------
def check(rec: dict) -> None:
    text = rec["text"]
    prev_end = -1
    for ent in rec["entities"]:
        assert ent["type"] in TYPES
        assert text[ent["start"]:ent["end"]] == ent["text"], ent
        assert ent["text"] == ent["text"].strip() and ent["text"], ent
        assert ent["start"] >= prev_end, ("overlap", ent)
        prev_end = ent["end"]
        if ent["type"] == "IBAN":
            compact = ent["text"].replace(" ", "")
            assert _num(compact[4:] + compact[:4]) % 97 == 1, ent
        if ent["type"] == "CARD":
            assert luhn_ok(ent["text"].replace(" ", "").replace("-", "")), ent
        if ent["type"] == "AHV":
            assert ean13_ok(ent["text"].replace(".", "")), ent


def build() -> tuple[list[dict], collections.Counter]:
    locales = [loc for loc, n in LOCALE_MIX for _ in range(n)]
    random.Random(f"{SEED}|locales").shuffle(locales)
    names = list(GENRES)
    per_genre = collections.defaultdict(int)
    docs, dob_formats = [], collections.Counter()
    for k, loc in enumerate(locales):
        genre = names[k % len(names)]
        i = per_genre[genre]
        per_genre[genre] += 1
        d = Doc(loc, f"{SEED}|{genre}|{i}")
        GENRES[genre](d, i % 4)
        rec = {"id": f"{SEED}-{genre}-{i:03d}", "locale": loc, "lang": d.lang, "text": d.text(),
               "entities": [{"type": t, "start": s, "end": e, "text": x} for s, e, t, x in sorted(d.ents)]}
        check(rec)
        dob_formats.update(d.dob_formats)
        docs.append(rec)
    return docs, dob_formats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--show", type=int, default=0, help="print the first N documents of each genre")
    args = ap.parse_args()
    docs, dob_formats = build()
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in docs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    types = collections.Counter(e["type"] for r in docs for e in r["entities"])
    langs = collections.Counter(r["locale"] for r in docs)
    print(f"{len(docs)} documents, {sum(types.values())} values: {dict(types.most_common())}")
    print(f"locales: {dict(sorted(langs.items()))}")
    print(f"DOB formats ({len(dob_formats)}): {dict(dob_formats.most_common())}")
    if args.show:
        seen: collections.Counter = collections.Counter()
        for rec in docs:
            g = rec["id"].split("-")[1]
            if seen[g] < args.show:
                seen[g] += 1
                print("=" * 100, rec["id"], rec["locale"])
                print(rec["text"])
                print([(e["type"], e["text"]) for e in rec["entities"]])


if __name__ == "__main__":
    main()
