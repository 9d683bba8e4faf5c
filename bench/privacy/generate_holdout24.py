"""Twenty-fourth blind evaluation set ("holdout24") for the anonymizer.

Blind set 24, written 2026-12-06 by a helper session that read only the module docstrings of generate_holdout21.py,
generate_holdout22.py and generate_holdout23.py and the module docstring of evaluate.py with the source of its function
evaluate_synthetic and of the helpers it calls (``_covered``, ``Counts``, ``_held_out``; all extracted with ``ast``:
record format, type names, matching rules, the genres of all earlier sets), plus Faker (the venv's Faker 40.54.0: the
person-provider name lists of the locales used here, and the list of which of those locales exist) and the standard
library.  It did not read the detectors (src/), the tests, the docs, README files, the bodies of the other generators
or templates, any other data set text, or the git history.  Slips, none of them showing detector code, test code or
data set text: it listed the file names in bench/privacy/ and ran ``git status --short`` once before writing, which
showed the names (only) of two modified files under src/tarnkappe/privacy/ and of one untracked test file.
tarnkappe is never imported; the set was never run through the anonymizer or evaluate.py while it was written.  The
written file was checked only by the generator's own assertions (``text[start:end] == text``, no surrounding white
space, sorted and non-overlapping spans, no name split into two PERSON spans separated by a single space, every IBAN
mod 97, every card Luhn, every AHV number EAN-13), by a check that the output is identical under two PYTHONHASHSEED
values, and by reading its own output, including a scan for unlabelled e-mail addresses (none), unlabelled IPv4
addresses (only LAN addresses 192.168.x / 10.0.x of inverters and a residence router) and unlabelled repeats of the
words of labelled names (only the particles "von", "der", "den", "zur" used as ordinary words and "Linde" of the inn
"Zur Linde" in a document with a person called Linde).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout24.jsonl: 1,000 documents, 12 genres (84 documents for the first four, 83
for the others), locales drawn as an exact quota and shuffled with the seed ``"holdout24|locales"``: de_DE 300, de_CH
200, de_AT 150, fr_CH 75, fr_FR 75, it_CH 50, it_IT 50, en_GB 50, en_US 50 (de 650, fr 150, it 100, en 100).
17,621 labelled values: PERSON 6,631, PHONE 2,936, ADDRESS 2,882, EMAIL 2,021, DOB 1,494, IP 728, IBAN 676, CARD 159,
AHV 94 (de 11,306, fr 2,707, it 1,693, en 1,915).  Per type and language (de / fr / it / en):
  PERSON 4,280 / 1,014 / 668 / 669; PHONE 1,849 / 441 / 309 / 337; ADDRESS 1,777 / 449 / 297 / 359;
  EMAIL 1,317 / 283 / 196 / 225; DOB 1,005 / 242 / 95 / 152; IP 455 / 110 / 68 / 95; IBAN 460 / 108 / 39 / 69;
  CARD 107 / 25 / 18 / 9; AHV 56 / 35 / 3 / 0.
Document k of the shuffled locale list goes to genre ``k % 12``; the template variant is ``i % 4`` (``i`` the index of
the document within its genre), so locale and variant are not correlated.  Deterministic for a given Faker version
(written with Faker 40.54.0 and Python 3.11; the output does not depend on PYTHONHASHSEED - checked with two seeds):
``random.Random`` is seeded with a SHA-256 of ``"holdout24|<genre>|<i>"``; Faker's own generator is never used - names
are drawn by that ``Random`` from the Faker person providers' lists.  Streets, towns, postcodes, phone numbers (area
codes matching the town), e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid RIB key;
Italian CINs are random letters, not computed; US documents get British IBANs), card numbers (Visa, Mastercard 51-55
and 2221-2720, Amex; Luhn), AHV numbers (756, EAN-13 check digit, dotted or compact) and IP addresses (public IPv4
from common ISP ranges of the country, about 18 % IPv6 2a02:/2a01:/2001:/2601:) come from lists and code written here.
Each record has ``id`` (``holdout24-<genre>-<NNN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``type``,
``start``, ``end``, ``text``).  Texts are built by concatenating plain and labelled pieces, and every labelled piece
records its offsets when it is appended, so lower-case chat typing, OCR noise (applied to plain pieces only),
fixed-width and Markdown padding, CSV quoting, JSON strings, XML elements and quoted-reply prefixes keep the labels
exact.

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it,
sometimes fenced in ```), chosen to differ from every genre named in the docstrings read (holdout3..holdout23; near
neighbours: gym check-ins (11) for the sauna, ski courses (13) for the season passes, breeders (21), lost pets (13) and
wildlife rescue (18) for the shelter, library overdue notices (12) and parish forms (10) - the genres here are none of
those):
 1. windowcleaner - window cleaners' rounds: round sheets (customer as "Fam. <surname>", "Last, First" or capitals,
    street and "postcode town" columns, key-safe codes unlabelled), a quote reply with the business signature and the
    customer's quoted enquiry, a chat between the cleaner and a helper (sender sometimes a phone number, lower case),
    invoices with letterhead, VAT/UID number and QR-style reference unlabelled, IBAN labelled, sometimes OCR noise;
 2. sauna - sauna clubs: member exports (odd headers such as NAME_VOLL, geb_dat, iban_lastschrift, LastIP; CSV, SSV,
    TSV, JSON lines), membership applications with emergency contact and card or IBAN, a cancellation mail with a
    quoted club circular, a failing order webhook JSON (card number, birth date, client IP, app version unlabelled);
 3. bellringers - church bell-ringer rotas: rota tables (wedding rows "Hochzeit <surname>"), a tower captain's contact
    list mail, a substitute-finding chat, YAML/XML/JSON lists for insurance and expenses (Swiss ones with AHV numbers);
 4. cookingclass - cooking class sign-ups: booking exports with allergies, masked cards (unlabelled) and IPs, a gift
    voucher mail with a full card number and a birthday without a year (unlabelled), a teacher's chat, team-event forms
    (company names unlabelled, attendees as "F. Last" / "First L.");
 5. skipass - ski-lift season passes: family photo lists (surname and first name in separate columns, dates of birth,
    keycard numbers and photo file names unlabelled), family order mails with the ticket office's quoted reply, web-shop
    order JSON (card, IP), OCR-noisy scanned application forms with names in capitals;
 6. bakery - bakery pre-orders: pick-up lists (pick-up dates "22.12. 08:30" unlabelled), wedding-cake threads (deposit
    IBAN, the venue's street labelled), WhatsApp orders (senders as numbers or names), delivery
    subscriptions (Markdown);
 7. kidsparty - children's birthday party bookings: booking forms (the child's date of birth labelled, party date and
    age unlabelled), parents' RSVP chats with pick-up addresses, booking exports (CSV/JSON/TSV with card or masked card,
    IP), a parent's guest list mail with emergency contacts and the venue's quoted confirmation;
 8. studentres - student residence room allocations: allocation lists (student ids unlabelled, deposit refund IBANs,
    Swiss ones with AHV numbers), an application mail with a guarantor, a Teams-style staff thread (router address
    10.0.4.1 unlabelled), portal XML exports with submission IPs;
 9. shelter - animal shelter adoptions: adoption contracts (microchip and ID-card numbers unlabelled, adopter's date of
    birth and IBAN labelled), enquiry mails with a quoted volunteer call, dog-walking rotas, online application JSON
    with household children's dates of birth and the submission IP;
10. tennis - tennis clubs: league team sheets (licence numbers and ratings unlabelled, dates of birth, Swiss ones with
    AHV numbers for J+S), court-booking exports with IPs, a membership mail (mother and daughter with dates of birth,
    IBAN), a doubles chat;
11. skittles - skittle, bocce and bowling clubs: kitty ledgers (first names and surnames alone), a trip invitation
    with "name<TAB>date of birth" lines for the coach firm and the treasurer's IBAN, attendance chats in lower case,
    member lists (YAML/JSON/CSV);
12. balconysolar - balcony / plug-in solar: grid-operator notification forms (meter number, inverter serial, firmware
    version and LAN IP unlabelled), installer order mails (masked card in the reply, full card in the quoted message),
    neighbourhood group-buy lists, app logs (login IPs labelled, device LAN IPs, relay host names unlabelled).
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, letterheads and signatures,
Markdown, fixed-width, comma-, semicolon-, tab- and pipe-separated tables, JSON (indented and one line per record),
YAML, XML, key=value logs, mail headers with quoted replies, chats with four layouts (WhatsApp iOS / Android, Signal,
Teams; senders shown as full names, first names or phone numbers), lower-case typing and OCR noise, in each country's
conventions (German "str.", "D-", "(Hinterhaus)"; Austrian "/Top", "12/3/7" door numbers, "A-", "Jänner"; Swiss
"strasse", "CH-", no "ß"; French "bis"/"ter", upper-case towns, Swiss-French "Rue de Bourg 45" order; Italian "n.",
"/B", provinces with and without parentheses; British flats; US "Apt", "#", "Unit", ZIP+4).  Phone numbers national
and international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164 and extensions.
Dates of birth in 33 shapes (counted in the output): "12.03.1984", "2.3.1984", "12.03.84", "2.3.84", "12. 03. 1984",
ISO, "1984/03/12", "19840312", "12/03/1984", "2/3/1984", "12/03/84", "12-03-1984", Roman months "12.III.1984" and
"12/III/1984", US "03/12/1984", "3/12/84", "3-12-1984", German "12. März 1984" (Austrian "Jänner"), "12. Mär. 1984",
"12.März 1984", "12. März 84", French "12 mars 1984" / "1er mars", "12 MARS 1984", "12 févr. 1984", Italian "12 marzo
1984" / "1° marzo", "12 mar 1984", English "12 March 1984", "12th March 1984", "12th of March 1984", "March 12, 1984",
"Mar 12, 1984", "March 12th, 1984", "12 Mar 1984", "12-MAR-1984"; with cue words (geb., *, né(e) le, nato/a il, born,
DOB, geboren am) and without (table columns, JSON/YAML/XML fields, "name<TAB>date" lines, lists in mails).
Names drawn from the Faker person lists of the region (de_DE, de_AT, de_CH, fr_CH and fr_FR, it_IT - also for Ticino -,
en_GB, en_US), community names from the Faker lists of tr_TR, hr_HR, pt_PT, es_ES, ro_RO, nl_NL, en_IN and lists
written here (Polish with gendered surnames, Albanian, Ukrainian, Tamil, Eritrean, Syrian, Vietnamese); about 55 %
region, 23 % community, 22 % special: a surname that is an ordinary word (Fuchs, Vogel, Glück, Petit, Bonheur, Leone,
Sole, Hope, Stone ...; sometimes the first name too: Ernst, Rosa, Rose, Serena, Grace, Joy), a surname with a particle
(von Allmen, de Montmollin, Du Pasquier, Dal Molin, Lo Presti, O'Connor, Van Dyke, "Edler von Haus"), an invented
syllable-built surname in no list ("Grubwieser", "Eckhänsli", "Brèerat", "Corvasio", "Kelthwaite") with sometimes an
invented or rare first name (Quirin, Fenja, Tjark, Ysaline, Ottavia, Wren), or a double surname (hyphenated; Italian
and English also with a space).  Relatives share the surname (Polish in the gendered form).  Written as "First Last",
"Last, First", "LAST First", "LAST, First", "Last First", "F. Last", "First L.", "FIRST LAST", separate surname and
first-name columns, first names or surnames alone (chat senders, salutations, mentions, "Fam. <surname>", wedding
rows), in lower case in chats.
Unlabelled distractors: booking, order, invoice, member, subscription, student, licence, keycard and contract numbers,
microchip and ID-card numbers, meter numbers, inverter serials, firmware and app versions, VAT/UID numbers, payment
references, key-safe codes, masked cards and expiry dates, prices, plain dates and times (party, course, delivery,
pick-up, handover, ringing and booking dates, chat and log time stamps), birthdays without a year, ages, towns alone,
hotlines and free-phone numbers, LAN IP addresses and relay host names, companies, clubs, churches, shelters, resorts,
inns, products and animals' names.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout21/22/23, carried
over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Herr, Frau, M., Mme, Sig., Sig.ra, Mr, Ms, "Fam.", "Famille", "The") outside; a
  first name or a surname alone is a PERSON; companies, clubs, churches, shelters and animals are not labelled.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain.
* PHONE: every phone number of a person or of a firm (letterheads, signatures); a chat sender shown as a number is
  PHONE; hotlines and free-phone numbers are not labelled.
* ADDRESS: a one-line address is two spans when written "street, postcode town" (street; postcode + town), as in
  holdout23's two-line rule applied to the comma; a street with its number alone is ADDRESS (tables, chats, JSON, logs)
  and so is a combined "postcode town" field; towns alone are not labelled; business addresses are labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words outside; other dates are not.
* IBAN: every IBAN, compact or grouped.  CARD: full Luhn-valid card numbers; masked numbers are not.
* AHV: Swiss social security numbers (756, dotted or compact).  IP: the public IPv4 / IPv6 address of a person's
  device or connection (forms, orders, bookings, logins); LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout24.py [--out PATH] [--show N]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import importlib
import json
import random
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout24.jsonl"
SEED = "holdout24"
LOCALE_QUOTA = [("de_DE", 300), ("de_CH", 200), ("de_AT", 150), ("fr_CH", 75), ("fr_FR", 75),
                ("it_CH", 50), ("it_IT", 50), ("en_GB", 50), ("en_US", 50)]
GENRES = ["windowcleaner", "sauna", "bellringers", "cookingclass", "skipass", "bakery",
          "kidsparty", "studentres", "shelter", "tennis", "skittles", "balconysolar"]
TYPES = ["PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "AHV", "CARD", "IP"]


def _int_seed(s: str) -> int:
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


# ---------------------------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------------------------

_FAKER_CACHE: dict[str, tuple[list[str], list[str], list[str]]] = {}


def faker_names(loc: str) -> tuple[list[str], list[str], list[str]]:
    """(male first names, female first names, surnames) of a Faker locale, in the provider's order."""
    if loc not in _FAKER_CACHE:
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        _FAKER_CACHE[loc] = (list(prov.first_names_male), list(prov.first_names_female), list(prov.last_names))
    return _FAKER_CACHE[loc]


REGION_FAKER = {"de_DE": ["de_DE"], "de_CH": ["de_CH"], "de_AT": ["de_AT"], "fr_CH": ["fr_CH", "fr_FR"],
                "fr_FR": ["fr_FR"], "it_CH": ["it_IT"], "it_IT": ["it_IT"], "en_GB": ["en_GB"], "en_US": ["en_US"]}
COMMUNITY_FAKER = ["tr_TR", "hr_HR", "pt_PT", "es_ES", "ro_RO", "nl_NL", "en_IN"]
OWN_COMMUNITY = {
    "albanian": (["Arben", "Driton", "Besnik", "Valon", "Ilir", "Fatos"], ["Arta", "Blerta", "Drita", "Mimoza", "Vjosa",
                                                                         "Liridona"],
                 ["Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Kelmendi", "Bytyqi"]),
    "ukrainian": (["Oleksandr", "Mykola", "Taras", "Bohdan", "Andrii"], ["Oksana", "Iryna", "Kateryna", "Olena",
                                                                        "Yuliia"],
                  ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravchuk", "Oliinyk"]),
    "tamil": (["Tharshan", "Kajan", "Niroshan", "Sutharsan"], ["Tharshika", "Kavitha", "Nivetha", "Sharmila"],
              ["Sivakumar", "Thevarajah", "Ravichandran", "Yogarajah", "Selvanathan"]),
    "eritrean": (["Yonas", "Dawit", "Semere", "Filmon"], ["Saba", "Helen", "Senait", "Luwam"],
                 ["Tesfamariam", "Gebremedhin", "Haile", "Abraha", "Woldu"]),
    "syrian": (["Omar", "Khaled", "Mahmoud", "Yazan"], ["Rama", "Lina", "Noor", "Rasha"],
               ["Al-Hassan", "Haddad", "Khalil", "Al Masri", "Darwish"]),
    "vietnamese": (["Minh", "Tuan", "Quang", "Duc"], ["Lan", "Thao", "Huong", "Mai"],
                   ["Nguyen", "Tran", "Pham", "Le", "Vo", "Dang"]),
}
POLISH = (["Piotr", "Tomasz", "Krzysztof", "Marek"], ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna"],
          [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), ("Nowak", "Nowak"),
           ("Wójcik", "Wójcik"), ("Lewandowski", "Lewandowska")])
# surnames and first names that are ordinary words (never words the templates use themselves)
WORD_SURNAMES = {
    "de": ["Fuchs", "Vogel", "Bauer", "Lamm", "Kurz", "Lang", "Klein", "Hahn", "Stein", "Berg", "Wolf", "Engel",
           "Morgen", "Kaiser", "König", "Braun", "Weiss", "Schwarz", "Roth", "Wild", "Fröhlich", "Glück", "Hase",
           "Ernst", "Scherer", "Rebstock", "Ofner", "Kiefer", "Hecht", "Krebs"],
    "fr": ["Petit", "Leblanc", "Lenoir", "Roux", "Blanc", "Fontaine", "Bonheur", "Printemps", "Chevalier",
           "Marchand", "Meunier", "Berger", "Rossignol", "Loup", "Lejeune", "Mercier", "Sage", "Lebon"],
    "it": ["Leone", "Porta", "Fontana", "Ferro", "Monti", "Lupo", "Bianco", "Sole", "Serra", "Gallo", "Neri",
           "Conte", "Fiore", "Costa", "Marino", "Santo", "Volpe", "Grasso"],
    "en": ["Hope", "Young", "Wood", "Mills", "Fox", "Brown", "Little", "Hill", "Lord", "King", "Moon", "Stone",
           "Sharp", "Day", "Rich", "Bush", "Field", "Best"],
}
WORD_FIRST = {"de": (["Ernst", "Frieder", "Konstantin"], ["Rosa", "Frieda", "Heide", "Linde"]),
              "fr": (["Aimé", "Pascal", "Désiré"], ["Rose", "Blanche", "Victoire", "Océane"]),
              "it": (["Felice", "Fortunato", "Benvenuto"], ["Serena", "Bianca", "Rosa", "Speranza"]),
              "en": (["Will", "Rich", "Sonny"], ["Grace", "Hope", "Joy", "Faith", "Ivy"])}
PARTICLE_SURNAMES = {
    "de_DE": ["von der Heide", "zu Eltz", "von Bülow", "ter Horst", "vom Stein"],
    "de_CH": ["von Allmen", "von Arx", "de Weck", "von Gunten", "am Rhyn", "zur Mühlen"],
    "de_AT": ["von Kerssenbrock", "Edler von Haus", "de la Tour", "van Swieten"],
    "fr_CH": ["de Montmollin", "Du Pasquier", "de la Harpe", "de Meuron", "de Rham"],
    "fr_FR": ["Le Goff", "de La Rochefoucauld", "Le Bihan", "d'Arcy", "Saint-Just"],
    "it_CH": ["Dalla Torre", "De Carli", "Del Don", "Dell'Era"],
    "it_IT": ["Dal Molin", "De Luca", "Dalla Valle", "Lo Presti", "Di Stefano", "La Rosa"],
    "en_GB": ["O'Connor", "McAllister", "ap Rhys", "Fitzgerald", "St John"],
    "en_US": ["O'Brien", "Van Dyke", "McKinley", "De la Cruz", "LeBlanc"],
}
INV_SUR = {
    "de": (["Ober", "Hinter", "Brenn", "Grub", "Moos", "Stauf", "Ried", "Eck", "Lauter", "Kling", "Ammer",
            "Wurz", "Tann", "Schwell"],
           ["hammer", "bichler", "mayr", "lechner", "egger", "wieser", "hänsli", "reiter", "gruber", "metzer",
            "bauer", "brunner"]),
    "fr": (["Vau", "Ché", "Tiss", "Brè", "Gou", "Mor", "Pell", "Chau", "Ro", "Jac"],
           ["vaz", "oud", "ardet", "illon", "az", "ey", "uz", "erat", "olet", "ignon"]),
    "it": (["Pe", "Cor", "Bal", "Tra", "Ros", "Man", "Ghi", "Zan", "Scor", "Bru"],
           ["ghetti", "nardi", "vasio", "tolli", "zzoni", "bello", "dello", "sini", "ccari", "gnani"]),
    "en": (["Ash", "Kel", "Thorn", "Whit", "Brack", "Hale", "Pem", "Gos", "Marl", "Tad"],
           ["thwaite", "combe", "ridge", "worth", "ford", "ley", "stead", "wick", "ingham", "bury"]),
}
INV_FIRST = {"de": (["Quirin", "Tjark", "Okke", "Hauke", "Thore", "Wendelin"], ["Fenja", "Ilvy", "Smilla", "Jolina",
                                                                                "Tamina", "Veit"]),
             "fr": (["Tanguy", "Gwenaël", "Loïs", "Maël"], ["Maëlys", "Ysaline", "Clervie", "Anouk", "Nolwenn"]),
             "it": (["Ilario", "Cosimo", "Brizio", "Oreste"], ["Ottavia", "Nives", "Tosca", "Ebe", "Zelinda"]),
             "en": (["Caspian", "Barnaby", "Rafferty", "Ansel"], ["Wren", "Tamsin", "Ottilie", "Juniper"])}


class Person:
    def __init__(self, first: str, last: str, gender: str, dob: dt.date, origin: str) -> None:
        self.first, self.last, self.gender, self.dob, self.origin = first, last, gender, dob, origin


# ---------------------------------------------------------------------------------------------------------------
# places, phones, bank data
# ---------------------------------------------------------------------------------------------------------------

STREETS = {
    "de_DE": ["Lindenweg", "Am Mühlbach", "Goethestraße", "Kirchgasse", "Schillerplatz", "Birkenallee",
              "Zum Sportplatz", "An der Linde", "Bahnhofstr.", "Hauptstraße", "Gartenstraße", "Eichendorffweg",
              "Im Wiesengrund", "Friedrich-Ebert-Str.", "Rosenstraße", "Auf der Höhe", "Mozartstraße", "Ahornring",
              "Ludwigstraße", "Am Stadtpark", "Weserstr.", "Parkallee"],
    "de_AT": ["Schulgasse", "Mariahilfer Straße", "Grazer Straße", "Kirchenweg", "Am Anger", "Lindengasse",
              "Hauptplatz", "Wiener Straße", "Bachgasse", "Feldweg", "Rennweg", "Karl-Renner-Straße",
              "Josefigasse", "Stiftgasse", "Sonnleitenweg", "Anichstraße"],
    "de_CH": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Kirchweg", "Rosenweg", "Hauptgasse", "Bergstrasse",
              "Im Grund", "Schulhausstrasse", "Alte Landstrasse", "Rütistrasse", "Zelgweg", "Obergasse",
              "Weinbergstrasse", "Chlosterhof", "Lindenhofweg"],
    "fr_CH": ["rue du Marché", "avenue de la Gare", "chemin des Vignes", "route de Lausanne", "rue du Temple",
              "chemin de la Forêt", "rue de Bourg", "avenue de Beaulieu", "chemin du Levant", "rue des Moulins"],
    "fr_FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Tilleuls",
              "rue de la République", "allée des Acacias", "rue Victor Hugo", "chemin des Prés", "place du Marché",
              "rue Pasteur", "quai des Bateliers"],
    "it_CH": ["Via Nassa", "Via Cantonale", "Via San Gottardo", "Via ai Monti", "Via Vela", "Via Motta",
              "Via Lavizzari", "Via Ciseri", "Via Trevano"],
    "it_IT": ["Via Roma", "Corso Garibaldi", "Piazza Dante", "Viale dei Mille", "Via Mazzini", "Via XX Settembre",
              "Via Cavour", "Vicolo del Pozzo", "Via Verdi", "Largo Augusto", "Via dei Tigli"],
    "en_GB": ["Albert Road", "Victoria Street", "Mill Lane", "Church Close", "Station Road", "Queen's Avenue",
              "Kingsley Gardens", "Orchard Way", "Harcourt Terrace", "Beech Grove"],
    "en_US": ["Maple Avenue", "Oak St", "Pine Street", "Elm Drive", "Washington Blvd", "Cedar Lane", "Hillcrest Rd",
              "Lakeview Terrace", "W 34th St", "Sunset Court"],
}
TOWNS = {  # (postcode, town, area code)
    "de_DE": [("10115", "Berlin", "030"), ("80331", "München", "089"), ("50667", "Köln", "0221"),
              ("04109", "Leipzig", "0341"), ("28195", "Bremen", "0421"), ("69117", "Heidelberg", "06221"),
              ("79098", "Freiburg im Breisgau", "0761"), ("24103", "Kiel", "0431"), ("93047", "Regensburg", "0941"),
              ("99084", "Erfurt", "0361"), ("34117", "Kassel", "0561"), ("66111", "Saarbrücken", "0681"),
              ("48143", "Münster", "0251"), ("01067", "Dresden", "0351")],
    "de_AT": [("1070", "Wien", "01"), ("8010", "Graz", "0316"), ("4020", "Linz", "0732"), ("5020", "Salzburg", "0662"),
              ("6020", "Innsbruck", "0512"), ("9020", "Klagenfurt am Wörthersee", "0463"),
              ("3100", "St. Pölten", "02742"), ("6900", "Bregenz", "05574"), ("2700", "Wiener Neustadt", "02622"),
              ("4600", "Wels", "07242"), ("1100", "Wien", "01")],
    "de_CH": [("8004", "Zürich", "044"), ("3011", "Bern", "031"), ("4051", "Basel", "061"), ("6003", "Luzern", "041"),
              ("9000", "St. Gallen", "071"), ("8400", "Winterthur", "052"), ("5000", "Aarau", "062"),
              ("7000", "Chur", "081"), ("2502", "Biel/Bienne", "032"), ("6300", "Zug", "041"), ("3600", "Thun", "033"),
              ("8200", "Schaffhausen", "052"), ("8610", "Uster", "044")],
    "fr_CH": [("1201", "Genève", "022"), ("1003", "Lausanne", "021"), ("2000", "Neuchâtel", "032"),
              ("1950", "Sion", "027"), ("1700", "Fribourg", "026"), ("1400", "Yverdon-les-Bains", "024"),
              ("2300", "La Chaux-de-Fonds", "032"), ("1820", "Montreux", "021"), ("1110", "Morges", "021")],
    "fr_FR": [("75011", "Paris", "01"), ("69003", "Lyon", "04"), ("13006", "Marseille", "04"),
              ("31000", "Toulouse", "05"), ("44000", "Nantes", "02"), ("67000", "Strasbourg", "03"),
              ("33000", "Bordeaux", "05"), ("59000", "Lille", "03"), ("35000", "Rennes", "02"),
              ("74000", "Annecy", "04"), ("25000", "Besançon", "03"), ("68100", "Mulhouse", "03")],
    "it_CH": [("6900", "Lugano", "091"), ("6500", "Bellinzona", "091"), ("6600", "Locarno", "091"),
              ("6850", "Mendrisio", "091"), ("6710", "Biasca", "091"), ("6830", "Chiasso", "091")],
    "it_IT": [("20121", "Milano", "02"), ("10121", "Torino", "011"), ("00184", "Roma", "06"),
              ("40121", "Bologna", "051"), ("50122", "Firenze", "055"), ("80134", "Napoli", "081"),
              ("35122", "Padova", "049"), ("37121", "Verona", "045"), ("16121", "Genova", "010"),
              ("24121", "Bergamo", "035")],
    "en_GB": [("SW9 8QT", "London", "020"), ("M14 5RT", "Manchester", "0161"), ("LS6 2AB", "Leeds", "0113"),
              ("BS7 8JQ", "Bristol", "0117"), ("EH9 1PR", "Edinburgh", "0131"), ("OX4 1DY", "Oxford", "01865"),
              ("YO10 3HJ", "York", "01904"), ("NR2 4AL", "Norwich", "01603"), ("CF24 4HQ", "Cardiff", "029")],
    "en_US": [("97214", "Portland, OR", "503"), ("78704", "Austin, TX", "512"), ("53703", "Madison, WI", "608"),
              ("80206", "Denver, CO", "303"), ("27605", "Raleigh, NC", "919"), ("02130", "Boston, MA", "617"),
              ("55408", "Minneapolis, MN", "612"), ("98103", "Seattle, WA", "206")],
}
PROV_IT = {"Milano": "MI", "Torino": "TO", "Roma": "RM", "Bologna": "BO", "Firenze": "FI", "Napoli": "NA",
           "Padova": "PD", "Verona": "VR", "Genova": "GE", "Bergamo": "BG"}
MAILDOM = {"de_DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org", "freenet.de"],
           "de_AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "icloud.com"],
           "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch"],
           "fr_CH": ["bluewin.ch", "gmail.com", "sunrise.ch", "hotmail.ch", "netplus.ch"],
           "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr"],
           "it_CH": ["bluewin.ch", "ticino.com", "gmail.com", "hotmail.com"],
           "it_IT": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it", "hotmail.it"],
           "en_GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com"],
           "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"]}
IP_PREFIX = {"de_DE": [(79, 240), (84, 150), (87, 178), (91, 64), (93, 104), (178, 24), (217, 80), (46, 114)],
             "de_CH": [(85, 1), (178, 197), (83, 76), (213, 55), (62, 202), (31, 164)],
             "fr_CH": [(85, 5), (178, 195), (83, 78), (213, 3), (188, 60)],
             "it_CH": [(85, 2), (178, 193), (83, 79), (195, 65)],
             "de_AT": [(62, 47), (77, 116), (80, 108), (178, 112), (193, 170), (84, 112)],
             "fr_FR": [(90, 12), (86, 210), (82, 64), (109, 12), (176, 180), (92, 184)],
             "it_IT": [(151, 38), (79, 12), (93, 44), (2, 224), (87, 4), (95, 245)],
             "en_GB": [(81, 102), (86, 160), (90, 200), (109, 150), (82, 132), (31, 48)],
             "en_US": [(73, 162), (98, 207), (24, 12), (71, 190), (104, 28), (108, 46)]}
HOTLINE = {"DE": ["0800 3344556", "0180 6 223344", "0800 1002030"], "AT": ["0800 201 044", "0810 500 600"],
           "CH": ["0800 800 338", "0848 112 233", "0844 800 900"], "FR": ["0 800 12 34 56", "09 69 32 15 15"],
           "IT": ["800 123 456", "800 90 10 20"], "GB": ["0800 731 4455", "0345 600 2040"],
           "US": ["1-800-555-0199", "1-888-412-7700"]}
CURRENCY = {"DE": "EUR", "AT": "EUR", "CH": "CHF", "FR": "EUR", "IT": "EUR", "GB": "GBP", "US": "USD"}

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "de_abbr": ["Jan.", "Feb.", "Mär.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "fr_abbr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "it_abbr": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "en_abbr": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _ord(n: int) -> str:
    return f"{n}th" if 11 <= n % 100 <= 13 else f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _de_month(d: dt.date, loc: str) -> str:
    if loc == "de_AT" and d.month == 1:
        return "Jänner"
    return MONTHS["de"][d.month - 1]


DOB_FORMATS = {  # id -> formatter(date, locale)
    "dd.mm.yyyy": lambda d, lc: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "d.m.yyyy": lambda d, lc: f"{d.day}.{d.month}.{d.year}",
    "dd.mm.yy": lambda d, lc: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "d.m.yy": lambda d, lc: f"{d.day}.{d.month}.{d.year % 100:02d}",
    "dd. mm. yyyy": lambda d, lc: f"{d.day:02d}. {d.month:02d}. {d.year}",
    "yyyy-mm-dd": lambda d, lc: d.isoformat(),
    "yyyy/mm/dd": lambda d, lc: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "yyyymmdd": lambda d, lc: f"{d.year}{d.month:02d}{d.day:02d}",
    "dd/mm/yyyy": lambda d, lc: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "d/m/yyyy": lambda d, lc: f"{d.day}/{d.month}/{d.year}",
    "dd/mm/yy": lambda d, lc: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    "dd-mm-yyyy": lambda d, lc: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "dd.ROMAN.yyyy": lambda d, lc: f"{d.day}.{ROMAN[d.month - 1]}.{d.year}",
    "dd/ROMAN/yyyy": lambda d, lc: f"{d.day}/{ROMAN[d.month - 1]}/{d.year}",
    "mm/dd/yyyy": lambda d, lc: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "m/d/yy": lambda d, lc: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "m-d-yyyy": lambda d, lc: f"{d.month}-{d.day}-{d.year}",
    "de d. Monat yyyy": lambda d, lc: f"{d.day}. {_de_month(d, lc)} {d.year}",
    "de d. Mon. yyyy": lambda d, lc: f"{d.day}. {MONTHS['de_abbr'][d.month - 1]} {d.year}",
    "de dd.Monat yyyy": lambda d, lc: f"{d.day:02d}.{_de_month(d, lc)} {d.year}",
    "de d. Monat yy": lambda d, lc: f"{d.day}. {_de_month(d, lc)} {d.year % 100:02d}",
    "fr d mois yyyy": lambda d, lc: f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1]} {d.year}",
    "fr d MOIS yyyy": lambda d, lc: f"{'1ER' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1].upper()} {d.year}",
    "fr d mois. yyyy": lambda d, lc: f"{d.day} {MONTHS['fr_abbr'][d.month - 1]} {d.year}",
    "it d mese yyyy": lambda d, lc: f"{'1°' if d.day == 1 else d.day} {MONTHS['it'][d.month - 1]} {d.year}",
    "it d mes yyyy": lambda d, lc: f"{d.day} {MONTHS['it_abbr'][d.month - 1]} {d.year}",
    "en d Month yyyy": lambda d, lc: f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}",
    "en dth Month yyyy": lambda d, lc: f"{_ord(d.day)} {MONTHS['en'][d.month - 1]} {d.year}",
    "en dth of Month yyyy": lambda d, lc: f"{_ord(d.day)} of {MONTHS['en'][d.month - 1]} {d.year}",
    "en Month d, yyyy": lambda d, lc: f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
    "en Mon d, yyyy": lambda d, lc: f"{MONTHS['en_abbr'][d.month - 1]} {d.day}, {d.year}",
    "en Month dth, yyyy": lambda d, lc: f"{MONTHS['en'][d.month - 1]} {_ord(d.day)}, {d.year}",
    "en d Mon yyyy": lambda d, lc: f"{d.day} {MONTHS['en_abbr'][d.month - 1]} {d.year}",
    "en dd-MON-yyyy": lambda d, lc: f"{d.day:02d}-{MONTHS['en_abbr'][d.month - 1].upper()}-{d.year}",
}
DOB_BY_LOCALE = {
    "de": ["dd.mm.yyyy"] * 6 + ["d.m.yyyy"] * 3 + ["dd.mm.yy"] * 2 + [
        "d.m.yy", "dd. mm. yyyy", "yyyy-mm-dd", "yyyymmdd", "dd.ROMAN.yyyy", "dd/mm/yyyy", "de d. Monat yyyy",
        "de d. Monat yyyy", "de d. Mon. yyyy", "de dd.Monat yyyy", "de d. Monat yy", "dd-mm-yyyy", "yyyy/mm/dd"],
    "fr": ["dd/mm/yyyy"] * 5 + ["d/m/yyyy", "dd/mm/yy", "dd-mm-yyyy", "yyyy-mm-dd", "fr d mois yyyy",
                                "fr d mois yyyy", "fr d MOIS yyyy", "fr d mois. yyyy", "dd.mm.yyyy"],
    "it": ["dd/mm/yyyy"] * 5 + ["d/m/yyyy", "dd/mm/yy", "dd-mm-yyyy", "yyyy-mm-dd", "it d mese yyyy",
                                "it d mese yyyy", "it d mes yyyy", "dd/ROMAN/yyyy", "dd.mm.yyyy"],
    "en_GB": ["dd/mm/yyyy"] * 4 + ["d/m/yyyy", "dd/mm/yy", "yyyy-mm-dd", "en d Month yyyy", "en dth Month yyyy",
                                   "en dth of Month yyyy", "en d Mon yyyy", "en dd-MON-yyyy"],
    "en_US": ["mm/dd/yyyy"] * 4 + ["m/d/yy", "m-d-yyyy", "yyyy-mm-dd", "en Month d, yyyy", "en Mon d, yyyy",
                                   "en Month dth, yyyy", "en dd-MON-yyyy"],
}


def iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def luhn_valid(num: str) -> bool:
    digits = [int(ch) for ch in num if ch.isdigit()]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def ean13_check(d12: str) -> int:
    s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(d12))
    return (10 - s % 10) % 10


def ahv_valid(ahv: str) -> bool:
    d = ahv.replace(".", "")
    return len(d) == 13 and d.startswith("756") and ean13_check(d[:12]) == int(d[12])


def translit(s: str) -> str:
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("Ä", "Ae")
    s = s.replace("Ö", "Oe").replace("Ü", "Ue")
    for a, b in (("ı", "i"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("đ", "d"), ("æ", "ae"), ("œ", "oe")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch in "-")


# ---------------------------------------------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------------------------------------------

class Doc:
    """Concatenates plain and labelled pieces; every labelled piece records its offsets when appended."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.buf: list[str] = []
        self.n = 0
        self.ents: list[dict] = []
        self.low = False
        self.upper = False
        self.ocr = 0.0
        self.quote = ""
        self.before = ctx.rng.random() < 0.6
        self.pending: str | None = None
        self.fence = ctx.rng.random() < 0.15

    def ask(self, request: str) -> None:
        """The user's request: before the pasted material or (kept for the end) after it."""
        if self.before:
            self.t(request + ("\n\n```\n" if self.fence else "\n\n"))
        else:
            self.pending = request
            if self.fence:
                self.t("```\n")

    def finish(self) -> None:
        if self.fence:
            self.t("\n```" if not self.text().endswith("\n") else "```")
        if self.pending:
            self.t(("\n\n" if not self.text().endswith("\n") else "\n") + self.pending)

    def _tf(self, s: str) -> str:
        if self.low:
            s = s.lower()
        if self.upper:
            s = s.upper()
        if self.ctx.loc == "de_CH":
            s = s.replace("ß", "ss")
        return s

    def t(self, s: str) -> Doc:
        s = self._tf(s)
        if self.ocr:
            s = self.ctx.ocr_noise(s, self.ocr)
        if self.quote:
            s = s.replace("\n", "\n" + self.quote)
        self.buf.append(s)
        self.n += len(s)
        return self

    def v(self, typ: str, val: str) -> Doc:
        assert typ in TYPES, typ
        val = self._tf(val)
        assert val and val == val.strip() and "\n" not in val, repr(val)
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(val), "text": val})
        self.buf.append(val)
        self.n += len(val)
        return self

    def add(self, *items) -> Doc:
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.t(it)
            elif isinstance(it, tuple):
                if it[0] is None:
                    self.t(it[1])
                else:
                    self.v(it[0], it[1])
            else:
                self.add(*it)
        return self

    def text(self) -> str:
        return "".join(self.buf)


def flat(items) -> list:
    out = []
    if items is None:
        return out
    if isinstance(items, (str, tuple)):
        return [items]
    for it in items:
        out.extend(flat(it))
    return out


def plain(items) -> str:
    return "".join(it if isinstance(it, str) else it[1] for it in flat(items))


# ---------------------------------------------------------------------------------------------------------------
# per-document context
# ---------------------------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, genre: str, i: int, loc: str) -> None:
        self.genre, self.i, self.loc = genre, i, loc
        self.lang = loc[:2]
        self.country = loc[3:]
        self.rng = random.Random(_int_seed(f"{SEED}|{genre}|{i}"))
        self.var = i % 4
        self.used: set[str] = set()
        self.year = 2026
        self.dob_formats: collections.Counter[str] = collections.Counter()

    # -- language helpers
    def L(self, de, fr, it, en):
        v = {"de": de, "fr": fr, "it": it, "en": en}[self.lang]
        return self.rng.choice(v) if isinstance(v, list) else v

    def Lh(self, de, fr, it, en):
        """Like L, but a list is a value (a table header), not a choice."""
        return {"de": de, "fr": fr, "it": it, "en": en}[self.lang]

    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ocr_noise(self, s: str, p: float) -> str:
        out = []
        subs = {"l": "1", "O": "0", "e": "c", "i": "í", "m": "rn", "ü": "u", "S": "5", "B": "8", ",": ".", " ": "  "}
        for chr_ in s:
            if chr_ in subs and self.rng.random() < p:
                out.append(subs[chr_])
            else:
                out.append(chr_)
        return "".join(out)

    # -- people
    def _pick_first(self, loc_list, gender):
        m, f, _ = faker_names(self.ch(loc_list))
        return self.ch(m if gender == "m" else f)

    def person(self, role: str = "adult", last: str | None = None, gender: str | None = None) -> Person:
        r = self.rng
        gender = gender or r.choice("mf")
        lang = self.lang
        for _ in range(50):
            x = r.random()
            origin = "region"
            if x < 0.55:
                first = self._pick_first(REGION_FAKER[self.loc], gender)
                sur = self.ch(faker_names(self.ch(REGION_FAKER[self.loc]))[2])
            elif x < 0.78:
                origin = "community"
                y = r.random()
                if y < 0.45:
                    cl = self.ch(COMMUNITY_FAKER)
                    m, f, ln = faker_names(cl)
                    first, sur = self.ch(m if gender == "m" else f), self.ch(ln)
                elif y < 0.6:
                    first = self.ch(POLISH[0] if gender == "m" else POLISH[1])
                    pair = self.ch(POLISH[2])
                    sur = pair[0] if gender == "m" else pair[1]
                else:
                    m, f, ln = OWN_COMMUNITY[self.ch(sorted(OWN_COMMUNITY))]
                    first, sur = self.ch(m if gender == "m" else f), self.ch(ln)
            else:
                origin = "special"
                first = self._pick_first(REGION_FAKER[self.loc], gender)
                sur = self.ch(faker_names(self.ch(REGION_FAKER[self.loc]))[2])
                z = r.random()
                if z < 0.35:
                    sur = self.ch(WORD_SURNAMES[lang])
                    if r.random() < 0.3:
                        first = self.ch(WORD_FIRST[lang][0 if gender == "m" else 1])
                elif z < 0.55:
                    sur = self.ch(PARTICLE_SURNAMES[self.loc])
                elif z < 0.8:
                    a, b = INV_SUR[lang]
                    sur = self.ch(a) + self.ch(b)
                    if r.random() < 0.4:
                        first = self.ch(INV_FIRST[lang][0 if gender == "m" else 1])
                else:
                    other = self.ch(faker_names(self.ch(REGION_FAKER[self.loc]))[2])
                    sep = " " if lang in ("it", "en") and r.random() < 0.3 else "-"
                    sur = f"{sur}{sep}{other}" if other != sur else sur
            if last is not None:
                sur = last
            if " " in first and r.random() < 0.5:
                first = first.split(" ")[0]
            key = f"{first} {sur}"
            if key not in self.used and first != sur:
                self.used.add(key)
                break
        y0 = {"adult": (1950, 2003), "child": (2013, 2021), "student": (1998, 2007), "senior": (1936, 1960),
              "teen": (2008, 2013)}[role]
        dob = dt.date(r.randint(*y0), r.randint(1, 12), r.randint(1, 28))
        return Person(first, sur, gender, dob, origin)

    def relative(self, p: Person, role: str, gender: str | None = None) -> Person:
        gender = gender or self.rng.choice("mf")
        last = p.last
        for pair in POLISH[2]:
            if p.last in pair:
                last = pair[0] if gender == "m" else pair[1]
        return self.person(role, last=last, gender=gender)

    def nm(self, p: Person, style: str | None = None) -> str:
        if style is None:
            style = self.ch(["full"] * 8 + ["rev", "rev", "caps", "init", "first", "last"])
        initial = p.first[0] + "."
        return {"full": f"{p.first} {p.last}", "rev": f"{p.last}, {p.first}", "caps": f"{p.last.upper()} {p.first}",
                "capsrev": f"{p.last.upper()}, {p.first}", "init": f"{initial} {p.last}",
                "finit": f"{p.first} {p.last[0]}.", "first": p.first, "last": p.last, "revnc": f"{p.last} {p.first}",
                "upper": f"{p.first} {p.last}".upper()}[style]

    def P(self, p: Person, style: str | None = None) -> tuple:
        return ("PERSON", self.nm(p, style))

    def title(self, p: Person) -> str:
        return self.L({"m": "Herr ", "f": "Frau "}, {"m": "M. ", "f": "Mme "}, {"m": "Sig. ", "f": "Sig.ra "},
                      {"m": "Mr ", "f": "Ms "})[p.gender]

    def dear(self, p: Person | None) -> list:
        if p is None:
            return [self.L("Hallo zusammen,", "Bonjour à tous,", "Buongiorno a tutti,", "Hi all,")]
        if self.chance(0.5):
            g = self.L("Hallo ", "Salut ", "Ciao ", "Hi ")
            return [g, self.P(p, "first"), ","]
        g = self.L({"m": "Sehr geehrter Herr ", "f": "Sehr geehrte Frau "}, {"m": "Bonjour Monsieur ",
                                                                           "f": "Bonjour Madame "},
                   {"m": "Gentile Sig. ", "f": "Gentile Sig.ra "}, {"m": "Dear Mr ", "f": "Dear Ms "})[p.gender]
        return [g, self.P(p, "last"), ","]

    # -- places
    def town(self) -> tuple[str, str, str]:
        return self.ch(TOWNS[self.loc])

    def street(self, with_unit: bool = True) -> str:
        r, loc = self.rng, self.loc
        s = self.ch(STREETS[loc])
        n = r.randint(1, 140)
        if loc == "de_DE":
            return f"{s} {n}{r.choice(['', '', '', 'a', 'b'])}" + (" (Hinterhaus)" if with_unit and
                                                                   r.random() < 0.05 else "")
        if loc == "de_AT":
            suf = r.choice(["", "", f"/{r.randint(1, 9)}", f"/{r.randint(1, 4)}/{r.randint(1, 20)}",
                            f"/Top {r.randint(1, 14)}"]) if with_unit else ""
            return f"{s} {n}{suf}"
        if loc == "de_CH":
            return f"{s} {n}{r.choice(['', '', '', 'a', 'b'])}"
        if loc in ("fr_FR", "fr_CH"):
            bis = r.choice(["", "", "", " bis", " ter"]) if loc == "fr_FR" else r.choice(["", "", "", "A", "b"])
            if loc == "fr_CH" and r.random() < 0.5:
                return f"{s[0].upper()}{s[1:]} {n}"
            return f"{n}{bis} {s}"
        if loc in ("it_IT", "it_CH"):
            sep = r.choice([" ", " ", ", ", " n. "])
            return f"{s}{sep}{n}{r.choice(['', '', '', '/B', '/a'])}"
        if loc == "en_GB":
            flat_ = r.random() < 0.2 and with_unit
            return (f"Flat {r.randint(1, 12)}, " if flat_ else "") + f"{n} {s}"
        return f"{r.randint(10, 9999)} {s}" + (r.choice(["", "", " Apt 4B", f" #{r.randint(2, 40)}", " Unit 7"])
                                               if with_unit else "")

    def ptown(self, t: tuple[str, str, str] | None = None, prefix: bool | None = None) -> str:
        pc, town, _ = t or self.town()
        loc = self.loc
        if loc == "fr_FR":
            return f"{pc} {town.upper() if self.chance(0.5) else town}"
        if loc == "it_IT":
            pr = PROV_IT[town]
            return self.ch([f"{pc} {town} ({pr})", f"{pc} {town} {pr}", f"{pc} {town}"])
        if loc == "en_GB":
            return f"{town} {pc}"
        if loc == "en_US":
            return f"{town} {pc}" + (f"-{self.rng.randint(1000, 9999)}" if self.chance(0.2) else "")
        if prefix is None:
            prefix = self.chance(0.12)
        if prefix:
            return {"DE": "D-", "AT": "A-", "CH": "CH-"}.get(self.country, "") + f"{pc} {town}"
        return f"{pc} {town}"

    # -- phones
    def phone(self, kind: str = "mobile", t: tuple[str, str, str] | None = None) -> str:
        r, c = self.rng, self.country
        dg = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        if kind == "land":
            area = (t or self.town())[2]
        if c == "DE":
            if kind == "mobile":
                pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177",
                                "178", "179"])
                num = dg(r.choice([7, 8]))
                return r.choice([f"0{pre} {num}", f"0{pre}/{num}", f"0{pre}-{num}", f"+49 {pre} {num}",
                                 f"+49 (0){pre} {num}", f"0049 {pre} {num}", f"+49{pre}{num}",
                                 f"0{pre} {num[:3]} {num[3:]}"])
            num = dg(8 - len(area) + 3)
            return r.choice([f"{area} {num}", f"({area}) {num}", f"{area}/{num}", f"+49 {area[1:]} {num}",
                             f"{area} {num[:-2]}-{num[-2:]}", f"{area}-{num}"])
        if c == "AT":
            if kind == "mobile":
                pre, num = r.choice(["650", "660", "664", "676", "699", "680"]), dg(7)
                return r.choice([f"0{pre} {num}", f"0{pre}/{num[:3]} {num[3:5]} {num[5:]}", f"+43 {pre} {num}",
                                 f"+43 (0){pre} {num}", f"0043 {pre} {num}", f"+43{pre}{num}"])
            num = dg(7 if area == "01" else 6)
            return r.choice([f"{area} {num}", f"{area}/{num}", f"+43 {area[1:]} {num}", f"({area}) {num}"])
        if c == "CH":
            a = r.choice(["76", "77", "78", "79"]) if kind == "mobile" else area[1:]
            n = dg(7)
            fm = f"{n[:3]} {n[3:5]} {n[5:]}"
            return r.choice([f"0{a} {fm}", f"0{a} {fm}", f"+41 {a} {fm}", f"0041 {a} {fm}", f"+41{a}{n}",
                             f"0{a}/{fm}", f"0{a} {n[:3]}{n[3:5]}{n[5:]}", f"+41 (0){a} {fm}"])
        if c == "FR":
            a = r.choice(["6", "7"]) if kind == "mobile" else area[1:]
            n = dg(8)
            g = " ".join(n[k:k + 2] for k in range(0, 8, 2))
            return r.choice([f"0{a} {g}", f"0{a} {g}", f"0{a}.{g.replace(' ', '.')}", f"+33 {a} {g}",
                             f"+33 (0){a} {g}", f"0{a}{n}", f"0033 {a} {g}", f"0{a}-{g.replace(' ', '-')}"])
        if c == "IT":
            if kind == "mobile":
                pre, n = r.choice(["333", "347", "348", "339", "320", "380", "392", "366"]), dg(7)
                return r.choice([f"{pre} {n[:3]} {n[3:]}", f"{pre} {n}", f"+39 {pre} {n[:3]} {n[3:]}",
                                 f"+39 {pre}{n}", f"0039 {pre} {n}", f"{pre}-{n}", f"{pre}.{n[:3]}.{n[3:]}"])
            n = dg(8 if len(area) == 2 else 7)
            return r.choice([f"{area} {n[:4]} {n[4:]}", f"+39 {area} {n}", f"{area} {n}", f"{area}/{n}"])
        if c == "GB":
            if kind == "mobile":
                n = "7" + r.choice(["7", "8", "9", "4"]) + dg(8)
                return r.choice([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:7]} {n[7:]}",
                                 f"0{n}", f"0{n[:4]} {n[4:7]} {n[7:]}"])
            n = dg(11 - len(area))
            if len(area) == 3:
                return r.choice([f"{area} {n[:4]} {n[4:]}", f"+44 {area[1:]} {n[:4]} {n[4:]}"])
            return r.choice([f"{area} {n}", f"({area}) {n}", f"+44 {area[1:]} {n}"])
        # US
        area = (t or self.town())[2] if kind == "land" or r.random() < 0.7 else r.choice(["415", "312", "646"])
        a, b = str(r.randint(201, 989)), dg(4)
        return r.choice([f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}",
                         f"+1 ({area}) {a}-{b}", f"1-{area}-{a}-{b}"])

    def hotline(self) -> str:
        return self.ch(HOTLINE[self.country])

    # -- e-mail
    def email(self, p: Person, domain: str | None = None) -> str:
        r = self.rng
        f, la = translit(p.first.split(" ")[0]), translit(p.last.replace(" ", "").replace("'", ""))
        yy = str(p.dob.year)[2:]
        if domain:
            local = r.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}", f"{la}"])
        else:
            local = r.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la}", f"{la}.{f}", f"{f}_{la}", f"{f}.{la}{yy}",
                              f"{f}{la[0]}", f"{la}{yy}", f"{f}.{la}{r.randint(1, 99)}", f"{f[0]}{la}"])
            domain = self.ch(MAILDOM[self.loc])
        return f"{local}@{domain}"

    # -- numbers
    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        r = self.rng
        c = country or {"US": "GB"}.get(self.country, self.country)
        dg = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        if c == "DE":
            bban = dg(18)
        elif c == "AT":
            bban = dg(16)
        elif c == "CH":
            bban = r.choice(["00700", "00230", "00767", "80808", "00778", "09000"]) + dg(12)
        elif c == "FR":
            bank, gui, acc = dg(5), dg(5), dg(11)
            key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
            bban = f"{bank}{gui}{acc}{key:02d}"
        elif c == "IT":
            bban = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + r.choice(["03069", "02008", "05034", "03062"]) + dg(5) \
                + dg(12)
        else:
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
        iban = c + iban_check(c, bban) + bban
        assert iban_valid(iban)
        if grouped is None:
            grouped = r.random() < 0.6
        return " ".join(iban[k:k + 4] for k in range(0, len(iban), 4)) if grouped else iban

    def ahv(self, dotted: bool | None = None) -> str:
        d12 = "756" + "".join(str(self.rng.randint(0, 9)) for _ in range(9))
        d = d12 + str(ean13_check(d12))
        if dotted is None:
            dotted = self.chance(0.8)
        out = f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}" if dotted else d
        assert ahv_valid(out)
        return out

    def card(self) -> str:
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex"])
        pre = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720)),
               "amex": r.choice(["34", "37"])}[kind]
        ln = 15 if kind == "amex" else 16
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
        for ck in range(10):
            if luhn_valid(body + str(ck)):
                num = body + str(ck)
                break
        if r.random() < 0.3:
            return num
        if ln == 15:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        sep = r.choice([" ", " ", "-"])
        return sep.join(num[k:k + 4] for k in range(0, 16, 4))

    def masked_card(self) -> str:
        return self.ch(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "ending in "]) + \
            f"{self.rng.randint(0, 9999):04d}"

    def ip(self) -> str:
        r = self.rng
        if r.random() < 0.18:
            head = "2601" if self.country == "US" else self.ch(["2a02", "2a01", "2001"])
            g = [f"{r.randint(0, 0xffff):x}" for _ in range(5)]
            if r.random() < 0.5:
                return f"{head}:{g[0]}:{g[1]}:{g[2]}::{g[3]}"
            return f"{head}:{g[0]}:{g[1]}:{g[2]}:{g[3]}:{g[4]}:{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}"
        a, b = self.ch(IP_PREFIX[self.loc])
        return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def lan_ip(self) -> str:
        return self.ch([f"192.168.178.{self.rng.randint(2, 250)}", f"192.168.1.{self.rng.randint(2, 250)}",
                        f"10.0.0.{self.rng.randint(2, 250)}"])

    def dob(self, p: Person, fmt: str | None = None) -> tuple:
        if fmt is None:
            key = self.lang if self.lang != "en" else self.loc
            fmt = self.ch(DOB_BY_LOCALE[key])
        self.dob_formats[fmt] += 1
        return ("DOB", DOB_FORMATS[fmt](p.dob, self.loc))

    # -- plain values
    def date(self, d: dt.date) -> str:
        if self.loc == "en_US":
            return f"{d.month}/{d.day}/{d.year}"
        if self.lang in ("fr", "it") or self.loc == "en_GB":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def some_date(self, y: int | None = None) -> dt.date:
        return dt.date(y or self.year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def money(self, amount: float) -> str:
        cur = CURRENCY[self.country]
        if self.country == "CH":
            return self.ch([f"CHF {amount:.2f}", f"Fr. {amount:.2f}", f"{amount:.0f}.–"])
        if cur == "GBP":
            return f"£{amount:.2f}"
        if cur == "USD":
            return f"${amount:.2f}"
        s = f"{amount:.2f}".replace(".", ",")
        return self.ch([f"{s} €", f"€ {s}", f"{s} EUR"])

    def ref(self, prefix: str = "") -> str:
        return prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.choice([5, 6, 7, 8])))

    def time(self) -> str:
        return f"{self.rng.randint(7, 21):02d}:{self.rng.choice(['00', '15', '30', '45', '10', '50'])}"

    def contact(self, role: str = "adult", kind: str = "mobile", p: Person | None = None) -> dict:
        t = self.town()
        p = p or self.person(role)
        return {"p": p, "t": t, "street": self.street(), "ptown": self.ptown(t), "phone": self.phone(kind, t),
                "email": self.email(p)}


# ---------------------------------------------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------------------------------------------

def render_table(d: Doc, header: list[str], rows: list[list], fmt: str) -> None:
    """rows: cells are str, (type, value) or lists of those."""
    rows = [[flat(c) for c in row] for row in rows]
    if fmt in ("csv", "ssv", "tsv", "pipe"):
        sep = {"csv": ",", "ssv": ";", "tsv": "\t", "pipe": "|"}[fmt]
        d.t(sep.join(header) + "\n")
        for row in rows:
            for k, cell in enumerate(row):
                if k:
                    d.t(sep)
                txt = plain(cell)
                q = fmt == "csv" and ("," in txt or d.ctx.chance(0.08))
                assert '"' not in txt
                if q:
                    d.t('"')
                d.add(cell)
                if q:
                    d.t('"')
            d.t("\n")
    elif fmt in ("md", "fixed"):
        widths = [max([len(h)] + [len(plain(r[k])) for r in rows]) for k, h in enumerate(header)]
        if fmt == "md":
            d.t("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |\n")
            d.t("|" + "|".join("-" * (w + 2) for w in widths) + "|\n")
            for row in rows:
                d.t("| ")
                for k, cell in enumerate(row):
                    if k:
                        d.t(" | ")
                    d.add(cell)
                    d.t(" " * (widths[k] - len(plain(cell))))
                d.t(" |\n")
        else:
            d.t("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip() + "\n")
            d.t("  ".join("-" * w for w in widths) + "\n")
            for row in rows:
                for k, cell in enumerate(row):
                    if k:
                        d.t("  ")
                    d.add(cell)
                    if k < len(row) - 1:
                        d.t(" " * (widths[k] - len(plain(cell))))
                d.t("\n")
    elif fmt in ("json", "jsonl"):
        d.t("[\n" if fmt == "json" else "")
        for n, row in enumerate(rows):
            d.t("  {" if fmt == "json" else "{")
            for k, cell in enumerate(row):
                d.t(("" if k == 0 else ", ") + json.dumps(header[k]) + ": ")
                render_json_value(d, cell)
            d.t("}" + ("," if fmt == "json" and n < len(rows) - 1 else "") + "\n")
        d.t("]\n" if fmt == "json" else "")
    elif fmt == "yaml":
        for row in rows:
            for k, cell in enumerate(row):
                d.t(("- " if k == 0 else "  ") + header[k] + ": ")
                d.add(cell)
                d.t("\n")
    elif fmt == "xml":
        d.t("<records>\n")
        for row in rows:
            d.t("  <record>\n")
            for k, cell in enumerate(row):
                assert not any(ch in plain(cell) for ch in "<>&")
                d.t(f"    <{header[k]}>")
                d.add(cell)
                d.t(f"</{header[k]}>\n")
            d.t("  </record>\n")
        d.t("</records>\n")
    else:
        raise ValueError(fmt)


def render_json_value(d: Doc, cell) -> None:
    cell = flat(cell)
    d.t('"')
    for it in cell:
        s = it if isinstance(it, str) else it[1]
        assert json.dumps(s, ensure_ascii=False)[1:-1] == s, s
        d.add(it)
    d.t('"')


def render_form(d: Doc, fields: list[tuple[str, object]], align: bool | None = None, sep: str = ":") -> None:
    if align is None:
        align = d.ctx.chance(0.5)
    w = max(len(k) for k, _ in fields) + 1
    for k, v in fields:
        if v is None:
            d.t(k + "\n")
            continue
        d.t((k + sep).ljust(w + len(sep)) + " " if align else f"{k}{sep} ")
        d.add(v)
        d.t("\n")


def render_chat(d: Doc, msgs: list[tuple[object, object]], style: int | None = None, low: bool = False) -> None:
    c = d.ctx
    if style is None:
        style = c.rng.randint(0, 3)
    day = c.some_date()
    hh, mm = c.rng.randint(7, 20), c.rng.randint(0, 59)
    for sender, body in msgs:
        mm += c.rng.randint(0, 9)
        if mm > 59:
            hh, mm = hh + 1, mm - 60
        if style == 0:
            if c.loc == "en_US":
                d.t(f"[{day.month}/{day.day}/{day.year % 100}, {(hh - 1) % 12 + 1}:{mm:02d}:{c.rng.randint(0, 59):02d}"
                    f" {'AM' if hh < 12 else 'PM'}] ")
            else:
                d.t(f"[{day.day:02d}.{day.month:02d}.{day.year % 100}, {hh:02d}:{mm:02d}:{c.rng.randint(0, 59):02d}] ")
            d.add(sender)
            d.t(": ")
        elif style == 1:
            d.t(f"{day.day:02d}/{day.month:02d}/{day.year}, {hh:02d}:{mm:02d} - ")
            d.add(sender)
            d.t(": ")
        elif style == 2:
            d.add(sender)
            d.t(f", [{day.day:02d}.{day.month:02d}.{day.year} {hh:02d}:{mm:02d}]\n")
        else:
            d.add(sender)
            d.t(f"  {hh:02d}:{mm:02d}\n")
        d.low = low
        d.add(body)
        d.low = False
        d.t("\n" if style < 2 else "\n\n")


def render_mail_head(d: Doc, frm: list, to: list, subject: str, when: dt.datetime | None = None) -> None:
    c = d.ctx
    k = c.L(("Von", "An", "Betreff", "Datum"), ("De", "À", "Objet", "Date"), ("Da", "A", "Oggetto", "Data"),
            ("From", "To", "Subject", "Date"))
    d.t(f"{k[0]}: ")
    d.add(frm)
    d.t(f"\n{k[1]}: ")
    d.add(to)
    when = when or dt.datetime(c.year, c.rng.randint(1, 12), c.rng.randint(1, 28), c.rng.randint(7, 21),
                               c.rng.randint(0, 59))
    d.t(f"\n{k[3]}: {c.date(when.date())} {when.hour:02d}:{when.minute:02d}\n{k[2]}: {subject}\n\n")


def mbox(d: Doc, p: Person, email: str) -> list:
    return [d.ctx.P(p, "full"), " <", ("EMAIL", email), ">"]


def quote_block(d: Doc, intro: list, body: list) -> None:
    """Append a quoted message: intro line, then every line prefixed with '> '."""
    d.add(intro)
    d.t("\n")
    d.quote = "> "
    d.t("> ")
    d.add(body)
    d.quote = ""
    d.t("\n")


def quote_intro(d: Doc, p: Person, email: str | None) -> list:
    c = d.ctx
    when = c.date(c.some_date())
    addr = [" <", ("EMAIL", email), ">"] if email else []
    return c.Lh([f"Am {when} um {c.time()} schrieb ", c.P(p, "full"), *addr, ":"],
               [f"Le {when} à {c.time()}, ", c.P(p, "full"), *addr, " a écrit :"],
               [f"Il giorno {when} alle {c.time()} ", c.P(p, "full"), *addr, " ha scritto:"],
               [f"On {when} at {c.time()}, ", c.P(p, "full"), *addr, " wrote:"])


def signature(d: Doc, p: Person, org: str | None = None, email: str | None = None, phone: str | None = None,
              street: str | None = None, ptown: str | None = None, extra: list | None = None) -> list:
    c = d.ctx
    out: list = ["\n-- \n" if c.chance(0.4) else "\n", c.P(p, c.ch(["full", "full", "full", "init"])), "\n"]
    if org:
        out += [org, "\n"]
    if street:
        out += [("ADDRESS", street), "\n"]
    if ptown:
        out += [("ADDRESS", ptown), "\n"]
    if phone:
        out += [c.ch(["Tel. ", "T ", "", "Tel: ", "☎ "]), ("PHONE", phone), "\n"]
    if email:
        out += [("EMAIL", email), "\n"]
    if extra:
        out += extra
    return out


def closing(d: Doc) -> str:
    return d.ctx.L(["Viele Grüße", "Liebe Grüße", "Freundliche Grüße", "Beste Grüße", "LG"],
                   ["Cordialement", "Bien à vous", "Meilleures salutations", "Bonne journée"],
                   ["Cordiali saluti", "Un saluto", "Distinti saluti", "Grazie, a presto"],
                   ["Best wishes", "Kind regards", "Cheers", "Thanks"])


# ---------------------------------------------------------------------------------------------------------------
# genres
# ---------------------------------------------------------------------------------------------------------------

def biz_name(c: Ctx, kind: str) -> str:
    return {
        "cleaner": c.L(["Glanzwerk GmbH", "Klarsicht Gebäudereinigung", "Fensterblitz AG", "Blitzblank KG"],
                       ["Net & Clair Sàrl", "Vitres Lumière SA", "Clair-Vitres"],
                       ["Vetri Splendenti Sagl", "Pulito Sì srl", "LavaVetri Express"],
                       ["Crystal Clear Windows Ltd", "SparkleRound", "ClearView Window Co."]),
        "sauna": c.L(["Saunaclub Birkenhain e.V.", "Sauna-Oase am See", "Finnische Sauna Stadtbad"],
                     ["Club de sauna Le Bouleau", "Sauna du Lac", "Les Bains du Nord"],
                     ["Circolo Sauna Betulla", "Sauna del Lago", "Terme Urbane"],
                     ["Birchwood Sauna Society", "Lakeside Sauna Club", "Nordic Steam Collective"]),
        "bakery": c.L(["Bäckerei Kornblume", "Backstube am Markt", "Landbäckerei Sonnenkorn"],
                      ["Boulangerie du Clocher", "Pâtisserie Les Délices", "Au Bon Levain"],
                      ["Panificio Spiga d'Oro", "Forno del Borgo", "Pasticceria La Dolce"],
                      ["Rising Crust Bakery", "The Corner Loaf", "Golden Crumb Bakehouse"]),
    }[kind]


def g_windowcleaner(c: Ctx, d: Doc) -> None:
    v = c.var
    if v == 0:
        d.ask(c.L(["Kannst du mir aus dieser Liste eine sinnvolle Route für Dienstag machen? Start ist das Lager.",
                   "Sortier mir bitte die Runde nach Turnus und rechne den Umsatz pro Woche aus:"],
                  ["Peux-tu m'organiser la tournée de mardi de manière logique ?",
                   "Trie-moi cette tournée par fréquence et calcule le chiffre d'affaires :"],
                  ["Mi organizzi il giro di martedì in modo sensato?", "Ordina il giro per frequenza e calcola "
                                                                       "l'incasso settimanale:"],
                  ["Can you sort my Tuesday round so I drive as little as possible?",
                   "Please group this round by frequency and total the takings per week:"]))
        hdr = c.Lh(["Nr", "Kunde", "Strasse/Nr", "PLZ Ort", "Tel", "Turnus", "Preis", "Notiz"],
                  ["N°", "Client", "Adresse", "NPA/CP Ville", "Tél.", "Fréquence", "Prix", "Remarque"],
                  ["N.", "Cliente", "Indirizzo", "CAP Località", "Tel.", "Frequenza", "Prezzo", "Note"],
                  ["#", "Customer", "Street", "Town/Postcode", "Phone", "Every", "Price", "Notes"])
        rows = []
        for k in range(c.rng.randint(5, 9)):
            ct = c.contact(kind=c.ch(["mobile", "land"]))
            p = ct["p"]
            who = c.ch([[c.P(p, "rev")], [c.P(p, "caps")], [c.P(p)], [c.L("Fam. ", "Famille ", "Fam. ", "The "),
                                                                        c.P(p, "last")]])
            note = c.ch([c.L("Hund!", "chien", "cane", "dog"), c.L("Leiter 7m", "échelle 7 m", "scala 7m", "7m ladder"),
                         c.L(f"Schlüssel Code {c.rng.randint(1000, 9999)}", f"code porte {c.rng.randint(1000, 9999)}",
                             f"codice {c.rng.randint(1000, 9999)}", f"key safe {c.rng.randint(1000, 9999)}"),
                         "", c.L("nur vormittags", "le matin", "solo mattina", "mornings only"),
                         c.L("Wintergarten extra", "véranda en plus", "veranda extra", "conservatory extra")])
            rows.append([f"{k + 1:02d}", who, ("ADDRESS", ct["street"]), ("ADDRESS", ct["ptown"]),
                         ("PHONE", ct["phone"]), c.L(["4 Wo", "8 Wo", "mtl."], ["4 sem.", "mensuel"],
                                                     ["4 sett.", "mensile"], ["4 wks", "monthly"]),
                         c.money(c.rng.choice([45, 60, 75, 85, 120, 140])), note])
        render_table(d, hdr, rows, c.ch(["fixed", "md", "ssv", "tsv", "csv"]))
    elif v == 1:
        d.ask(c.L(["Hilf mir, auf diese Anfrage professionell zu antworten (Angebot anpassen):",
                   "Ist mein Angebot unten verständlich? Bitte verbessern."],
                  ["Aide-moi à répondre professionnellement à cette demande :", "Mon offre est-elle claire ?"],
                  ["Aiutami a rispondere in modo professionale a questa richiesta:", "La mia offerta è chiara?"],
                  ["Help me reply professionally to this enquiry:", "Is my quote below clear? Please improve it."]))
        own = c.contact(kind="land")
        cu = c.contact()
        biz = biz_name(c, "cleaner")
        dom = translit(biz.split(" ")[0]) + c.L(".de", ".fr", ".it", ".co.uk") if c.country not in ("CH", "AT") \
            else translit(biz.split(" ")[0]) + "." + c.country.lower()
        own_mail = c.email(own["p"], dom)
        render_mail_head(d, mbox(d, own["p"], own_mail), mbox(d, cu["p"], cu["email"]),
                         c.L("AW: Anfrage Fensterreinigung", "RE: Demande nettoyage vitres",
                             "R: Richiesta pulizia vetri",
                             "RE: Window cleaning enquiry"))
        d.add(c.dear(cu["p"]), "\n\n")
        d.add(c.L(f"vielen Dank für Ihre Anfrage. Für die {c.rng.randint(12, 30)} Fenster inkl. Rahmen berechnen wir "
                  f"{c.money(c.rng.randint(150, 400))}, Anfahrt inklusive. Termin wäre am {c.date(c.some_date())} "
                  "möglich.",
                  f"merci pour votre demande. Pour les {c.rng.randint(12, 30)} fenêtres, cadres compris, nous "
                  f"comptons {c.money(c.rng.randint(150, 400))}. Passage possible le {c.date(c.some_date())}.",
                  f"grazie per la richiesta. Per le {c.rng.randint(12, 30)} finestre con telai chiediamo "
                  f"{c.money(c.rng.randint(150, 400))}. Possiamo passare il {c.date(c.some_date())}.",
                  f"thanks for getting in touch. For the {c.rng.randint(12, 30)} windows incl. frames we charge "
                  f"{c.money(c.rng.randint(150, 400))}. We could come on {c.date(c.some_date())}."), "\n\n",
              closing(d), "\n",
              signature(d, own["p"], biz, own_mail, own["phone"], own["street"], own["ptown"],
                        [c.L("Notfall-Hotline ", "Hotline ", "Numero verde ", "Freephone "), c.hotline(), "\n"]),
              "\n")
        quote_block(d, quote_intro(d, cu["p"], cu["email"]),
                    [c.L("Guten Tag,\nich hätte gern ein Angebot für unser Haus in der ",
                         "Bonjour,\nje souhaiterais un devis pour notre maison au ",
                         "Buongiorno,\nvorrei un preventivo per la nostra casa in ",
                         "Hello,\nI'd like a quote for our house at "), ("ADDRESS", cu["street"]), ", ",
                     ("ADDRESS", cu["ptown"]),
                     c.L(". Zwei Etagen, ein Wintergarten. Erreichbar unter ", ". Deux étages et une véranda. "
                                                                                "Joignable au ",
                         ". Due piani e una veranda. Mi trova al ", ". Two floors and a conservatory. Call me on "),
                     ("PHONE", cu["phone"]), ".\n", c.P(cu["p"], c.ch(["full", "first"]))])
    elif v == 2:
        d.ask(c.L("Fass mir den Chat mit meinem Mitarbeiter zusammen, was ist heute noch offen?",
                  "Résume-moi ce chat avec mon employé : qu'est-ce qui reste à faire aujourd'hui ?",
                  "Riassumi la chat con il mio collaboratore: cosa resta da fare oggi?",
                  "Summarise this chat with my helper - what's still open today?"))
        boss, helper = c.person(), c.person("student")
        c1, c2 = c.contact(), c.contact()
        s1, s2 = c.P(boss, "first"), c.ch([c.P(helper, "first"), ("PHONE", c.phone())])
        msgs = [
            (s2, [c.L("bin jetzt bei ", "je suis chez ", "sono da ", "at "), c.P(c1["p"], "last"),
                  c.L(" in der ", " au ", " in ", " on "), ("ADDRESS", c1["street"]),
                  c.L(", niemand da", ", personne", ", non c'è nessuno", ", nobody home")]),
            (s1, [c.L("ruf sie an: ", "appelle-la : ", "chiamala: ", "ring her: "), ("PHONE", c1["phone"])]),
            (s2, [c.L("ok erledigt. zahlt bar ", "ok fait. paie en liquide ", "fatto. paga in contanti ",
                      "done. paying cash "), c.money(c.rng.choice([60, 85, 95]))]),
            (s1, [c.L("danach noch ", "après, encore ", "dopo ancora ", "then "), c.P(c2["p"], c.ch(["full", "last"])),
                  ", ", ("ADDRESS", c2["street"]), c.L(", Wintergarten nicht vergessen", ", n'oublie pas la véranda",
                                                       ", non dimenticare la veranda",
                                                       ", don't forget the conservatory")]),
            (s2, [c.L("leiter ist im auto von ", "l'échelle est dans la voiture de ", "la scala è nella macchina di ",
                      "ladder's in "), c.P(c.person(), "first"), c.L("", "", "", "'s van")]),
        ]
        render_chat(d, msgs, low=c.chance(0.5))
    else:
        d.ask(c.L("Schreib mir zu dieser offenen Rechnung eine freundliche Zahlungserinnerung:",
                  "Rédige un rappel de paiement aimable pour cette facture :",
                  "Scrivi un sollecito gentile per questa fattura:",
                  "Write a friendly payment reminder for this invoice:"))
        own = c.contact(kind="land")
        cu = c.contact()
        biz = biz_name(c, "cleaner")
        d.add(biz, "\n", c.L("Inhaber: ", "Gérant : ", "Titolare: ", "Owner: "), c.P(own["p"], "full"), "\n",
              ("ADDRESS", own["street"]), ", ", ("ADDRESS", own["ptown"]), "\n",
              c.L("Tel. ", "Tél. ", "Tel. ", "Tel "), ("PHONE", own["phone"]), " · ", ("EMAIL", own["email"]), "\n",
              c.L({"CH": "MWST CHE-", "AT": "UID ATU", "DE": "USt-IdNr. DE"}.get(c.country, "USt "),
                  {"CH": "IDE CHE-", "FR": "SIRET "}.get(c.country, ""), {"CH": "IVA CHE-"}.get(c.country, "P.IVA "),
                  "VAT no. "), c.ref(), "\n\n")
        d.add(c.title(cu["p"]) if c.chance(0.5) else "", c.P(cu["p"], "full"), "\n", ("ADDRESS", cu["street"]), "\n",
              ("ADDRESS", cu["ptown"]), "\n\n")
        inv = c.ref("R-" if c.lang == "de" else "F-")
        d.ocr = 0.02 if c.chance(0.4) else 0.0
        render_form(d, [(c.L("Rechnung Nr.", "Facture n°", "Fattura n.", "Invoice no."), inv),
                        (c.L("Datum", "Date", "Data", "Date"), c.date(c.some_date())),
                        (c.L("Leistung", "Prestation", "Servizio", "Service"),
                         c.L("Fensterreinigung innen/aussen", "Nettoyage vitres int./ext.", "Pulizia vetri int./est.",
                             "Window cleaning in/out")),
                        (c.L("Betrag", "Montant", "Importo", "Amount"), c.money(c.rng.randint(80, 600))),
                        (c.L("Zahlbar bis", "Échéance", "Scadenza", "Due"), c.date(c.some_date())),
                        ("IBAN", ("IBAN", c.iban())),
                        (c.L("Referenz", "Référence", "Riferimento", "Reference"), c.ref("00 ") + c.ref(" "))])
        d.ocr = 0.0


def g_sauna(c: Ctx, d: Doc) -> None:
    v = c.var
    club = biz_name(c, "sauna")
    if v == 0:
        d.ask(c.L(["Welche Mitglieder haben im nächsten Quartal einen runden Geburtstag? Export:",
                   "Prüf bitte den Mitgliederexport auf doppelte Einträge:"],
                  ["Quels membres fêtent un anniversaire rond ce trimestre ? Export :",
                   "Vérifie les doublons dans cet export des membres :"],
                  ["Quali soci compiono gli anni tondi nel prossimo trimestre? Export:",
                   "Controlla se ci sono doppioni in questo export dei soci:"],
                  ["Which members have a round birthday next quarter? Export:",
                   "Please check this member export for duplicates:"]))
        hdr = c.ch([["mitgl_nr", "NAME_VOLL", "geb_dat", "strasse_hnr", "plz_ort", "tel_privat", "mail",
                     "iban_lastschrift", "letzter_login_ip"],
                    ["MemberID", "Display Name", "Birth", "Addr1", "Addr2", "Phone#", "E-Mail", "SEPA_IBAN", "LastIP"]])
        rows = []
        for _ in range(c.rng.randint(4, 8)):
            ct = c.contact()
            rows.append([c.ref("M"), c.P(ct["p"], c.ch(["full", "rev", "caps", "revnc"])), c.dob(ct["p"]),
                         ("ADDRESS", ct["street"]), ("ADDRESS", ct["ptown"]), ("PHONE", ct["phone"]),
                         ("EMAIL", ct["email"]), ("IBAN", c.iban(grouped=False)), ("IP", c.ip())])
        render_table(d, hdr, rows, c.ch(["csv", "ssv", "tsv", "jsonl"]))
    elif v == 1:
        d.ask(c.L("Ist dieser Aufnahmeantrag vollständig? Was fehlt noch?", "Cette demande d'adhésion est-elle "
                                                                           "complète ?",
                  "Questa domanda di iscrizione è completa?", "Is this membership application complete?"))
        ct = c.contact()
        em = c.person()
        d.add(club, " – ", c.L("Aufnahmeantrag", "Demande d'adhésion", "Domanda di iscrizione",
                               "Membership application"), "\n\n")
        fields = [(c.L("Name, Vorname", "Nom, prénom", "Cognome, nome", "Surname, first name"),
                   c.P(ct["p"], "rev")),
                  (c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(ct["p"])),
                  (c.L("Adresse", "Adresse", "Indirizzo", "Address"),
                   [("ADDRESS", ct["street"]), ", ", ("ADDRESS", ct["ptown"])]),
                  (c.L("Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", ct["phone"])),
                  ("E-Mail", ("EMAIL", ct["email"])),
                  (c.L("Mitgliedschaft", "Abonnement", "Abbonamento", "Membership"),
                   c.L("Jahresabo Sauna + Ruheraum", "annuel sauna", "annuale sauna", "annual, sauna + lounge")),
                  (c.L("Herz-Kreislauf-Beschwerden", "Problèmes cardiaques", "Problemi cardiaci", "Heart problems"),
                   c.L("nein", "non", "no", "no")),
                  (c.L("Notfallkontakt", "Contact d'urgence", "Contatto di emergenza", "Emergency contact"),
                   [c.P(em, "full"), ", ", ("PHONE", c.phone())])]
        if c.chance(0.5):
            fields.append((c.L("Kreditkarte", "Carte de crédit", "Carta di credito", "Credit card"),
                           [("CARD", c.card()), f"  exp {c.rng.randint(1, 12):02d}/{c.rng.randint(27, 31)}"]))
        else:
            fields.append((c.L("IBAN Lastschrift", "IBAN prélèvement", "IBAN addebito", "Direct debit IBAN"),
                           ("IBAN", c.iban())))
        fields.append((c.L("Datum/Unterschrift", "Date/signature", "Data/firma", "Date/signature"),
                       c.date(c.some_date())))
        render_form(d, fields)
    elif v == 2:
        d.ask(c.L("Ich muss auf diese Kündigung antworten – formulier mir was Nettes, Kündigung gilt zum Monatsende.",
                  "Je dois répondre à cette résiliation, propose-moi une réponse aimable.",
                  "Devo rispondere a questa disdetta, proponimi una risposta gentile.",
                  "I need to reply to this cancellation - draft something friendly please."))
        ct = c.contact()
        staff = c.contact(kind="land")
        dom = translit(club.split(" ")[1] if " " in club else club) + "-" + c.country.lower() + ".org"
        sm = c.email(staff["p"], dom)
        render_mail_head(d, mbox(d, ct["p"], ct["email"]), [("EMAIL", sm)],
                         c.L("Kündigung Mitgliedschaft", "Résiliation abonnement", "Disdetta abbonamento",
                             "Cancelling my membership"))
        d.add(c.dear(staff["p"]), "\n\n",
              c.L("hiermit kündige ich meine Mitgliedschaft (Nr. ", "je résilie mon abonnement (n° ",
                  "disdico il mio abbonamento (n. ", "I'd like to cancel my membership (no. "), c.ref(), ") ",
              c.L("zum nächstmöglichen Termin. Bitte keine Abbuchungen mehr von ",
                  "au prochain terme. Merci de ne plus prélever sur ",
                  "alla prossima scadenza. Niente più addebiti su ",
                  "at the next possible date. Please stop debiting "), ("IBAN", c.iban()), ".\n",
              c.L("Meine neue Adresse: ", "Ma nouvelle adresse : ", "Il mio nuovo indirizzo: ", "My new address: "),
              ("ADDRESS", ct["street"]), ", ", ("ADDRESS", ct["ptown"]), "\n\n", closing(d), "\n",
              c.P(ct["p"], c.ch(["full", "first"])), "\n", ("PHONE", ct["phone"]), "\n\n")
        quote_block(d, quote_intro(d, staff["p"], sm),
                    [c.L("Liebe Mitglieder, ab ", "Chers membres, dès le ", "Cari soci, dal ", "Dear members, from "),
                     c.date(c.some_date()),
                     c.L(" ist die Sauna mittwochs geschlossen.", " le sauna est fermé le mercredi.",
                         " la sauna è chiusa il mercoledì.", " the sauna is closed on Wednesdays."), "\n",
                     c.P(staff["p"], "full"), "\n", club, " · ", ("PHONE", staff["phone"])])
    else:
        d.ask(c.L("Warum ist diese Bestellung im Webhook fehlgeschlagen?", "Pourquoi cette commande a-t-elle échoué ?",
                  "Perché questo ordine è fallito nel webhook?", "Why did this order fail in the webhook?"))
        ct = c.contact()
        gift = c.person() if c.chance(0.4) else None
        d.t("POST /hooks/order " + c.ch(["HTTP/1.1 500", "-> 422 Unprocessable Entity", "(retry 3/5)"]) + "\n")
        d.t('{\n  "order_id": "' + c.ref("ORD-") + '",\n  "product": "' +
            c.L("10er-Karte Sauna", "Carte 10 entrées", "Carnet 10 ingressi", "10-visit pass") + '",\n')
        d.t(f'  "total": "{c.money(c.rng.randint(90, 260))}",\n  "created": "{c.some_date().isoformat()}T'
            f'{c.time()}:00Z",\n  "customer": {{\n    "first_name": ')
        render_json_value(d, c.P(ct["p"], "first"))
        d.t(',\n    "last_name": ')
        render_json_value(d, c.P(ct["p"], "last"))
        d.t(',\n    "birthdate": ')
        render_json_value(d, c.dob(ct["p"], c.ch(["yyyy-mm-dd", "yyyy-mm-dd", None])))
        d.t(',\n    "email": ')
        render_json_value(d, ("EMAIL", ct["email"]))
        d.t(',\n    "phone": ')
        render_json_value(d, ("PHONE", ct["phone"]))
        d.t(',\n    "address": ')
        render_json_value(d, [("ADDRESS", ct["street"]), ", ", ("ADDRESS", ct["ptown"])])
        d.t('\n  },\n  "payment": {"method": "card", "pan": ')
        render_json_value(d, ("CARD", c.card().replace(" ", "")))
        d.t(', "cvc_check": "fail"},\n')
        if gift:
            d.t('  "gift_for": ')
            render_json_value(d, c.P(gift, "full"))
            d.t(",\n")
        d.t('  "client_ip": ')
        render_json_value(d, ("IP", c.ip()))
        d.t(',\n  "app_version": "4.' + str(c.rng.randint(0, 19)) + '.' + str(c.rng.randint(0, 9)) + '"\n}\n')


def g_bellringers(c: Ctx, d: Doc) -> None:
    v = c.var
    church = c.L(["St. Martin", "Liebfrauenkirche", "Ev. Kreuzkirche", "Pfarrkirche St. Jakob", "Stadtkirche"],
                 ["Temple de Saint-Laurent", "Église Notre-Dame", "Collégiale Saint-Ours"],
                 ["Chiesa di San Lorenzo", "Collegiata dei Santi Pietro e Stefano", "Santa Maria Assunta"],
                 ["St Mary's", "All Saints", "St Michael and All Angels", "Christ Church"])
    ringers = [c.contact() for _ in range(c.rng.randint(5, 8))]
    if v == 0:
        d.ask(c.L(["Mach mir aus dem Läuteplan eine Übersicht pro Person (wer wie oft):",
                   "Wer ist im Läuteplan zu oft eingeteilt?"],
                  ["Fais-moi un résumé par personne de ce planning des sonneurs :", "Qui sonne trop souvent ?"],
                  ["Fammi un riepilogo per persona di questo turno dei campanari:", "Chi è di turno troppo spesso?"],
                  ["Give me a per-person summary of this ringing rota:", "Who is on the rota too often?"]))
        d.add(c.L("Läuteplan ", "Planning des sonneurs – ", "Turni campanari – ", "Service ringing rota – "), church,
              "\n\n")
        hdr = c.Lh(["Datum", "Anlass", "Läuter 1", "Läuter 2", "Ersatz / Tel."],
                  ["Date", "Office", "Sonneur 1", "Sonneur 2", "Remplaçant / tél."],
                  ["Data", "Funzione", "Campanaro 1", "Campanaro 2", "Sostituto / tel."],
                  ["Date", "Service", "Ringer 1", "Ringer 2", "Reserve / phone"])
        rows = []
        for k in range(c.rng.randint(5, 8)):
            a, b, r = c.rng.sample(ringers, 3)
            occ = c.ch([c.L("Hochamt", "culte", "messa", "Sunday service"), c.L("Taufe", "baptême", "battesimo",
                                                                                  "christening"),
                        c.L("Abendmesse", "vêpres", "vespri", "evensong")])
            if c.chance(0.2):
                couple = c.person()
                occ = [c.L("Hochzeit ", "mariage ", "matrimonio ", "wedding "), c.P(couple, "last")]
            rows.append([c.date(dt.date(c.year, 1 + k % 12, c.rng.randint(1, 28))), occ,
                         c.P(a["p"], c.ch(["full", "init", "first"])), c.P(b["p"], c.ch(["full", "last", "finit"])),
                         [c.P(r["p"], c.ch(["full", "last"])), " ", ("PHONE", r["phone"])]])
        render_table(d, hdr, rows, c.ch(["md", "fixed", "pipe"]))
    elif v == 1:
        d.ask(c.L("Mach aus der Mail eine saubere Telefonliste (CSV):", "Transforme ce mail en liste téléphonique "
                                                                         "(CSV) :",
                  "Trasforma questa mail in un elenco telefonico (CSV):", "Turn this mail into a clean phone list "
                                                                          "(CSV):"))
        cap = ringers[0]
        render_mail_head(d, mbox(d, cap["p"], cap["email"]),
                         c.L("Läutergruppe", "Groupe des sonneurs", "Gruppo campanari", "Tower band"),
                         c.L("Neue Kontaktliste + Termine", "Nouvelle liste de contacts", "Nuovo elenco contatti",
                             "Updated contact list"))
        d.add(c.dear(None), "\n\n", c.L("hier die aktuelle Liste, bitte prüfen:", "voici la liste à jour :",
                                        "ecco l'elenco aggiornato:", "here's the updated list, please check:"), "\n\n")
        for r in ringers[1:]:
            style = c.ch(["full", "rev", "caps"])
            d.add("- ", c.P(r["p"], style), c.ch([" – ", ": ", ", "]), ("PHONE", r["phone"]))
            if c.chance(0.6):
                d.add(", ", ("EMAIL", r["email"]))
            if c.chance(0.3):
                d.add(c.L(" (neu, wohnt ", " (nouveau, habite ", " (nuovo, abita in ", " (new, lives at "),
                      ("ADDRESS", r["street"]), ")")
            d.t("\n")
        sexton = c.contact(kind="land")
        d.add("\n", c.L("Schlüssel für den Turm gibt's bei Mesner ", "La clé du clocher est chez le sacristain ",
                        "Le chiavi del campanile le ha il sagrestano ", "Tower key is with the verger, "),
              c.P(sexton["p"], c.ch(["full", "last"])), " (", ("PHONE", sexton["phone"]), ").\n\n", closing(d), "\n",
              signature(d, cap["p"], church, None, cap["phone"]))
    elif v == 2:
        d.ask(c.L("wer könnte am samstag für die hochzeit einspringen? lies den chat:",
                  "qui peut remplacer samedi pour le mariage ? voici le chat :",
                  "chi può sostituire sabato per il matrimonio? ecco la chat:",
                  "who could cover Saturday's wedding? here's the chat:"))
        couple = [c.person(), c.person()]
        s = [c.ch([c.P(r["p"], "first"), c.P(r["p"], "full"), ("PHONE", r["phone"])]) for r in ringers[:4]]
        msgs = [
            (s[0], [c.L("samstag 14 uhr hochzeit ", "samedi 14h mariage ", "sabato ore 14 matrimonio ",
                        "saturday 2pm wedding "), c.P(couple[0], "last"), "/", c.P(couple[1], "last"),
                    c.L(", wer kann?", ", qui peut ?", ", chi può?", ", who can?")]),
            (s[1], [c.L("ich nicht, bin bei ", "pas moi, je suis chez ", "io no, sono da ", "not me, I'm at "),
                    c.P(c.person(), "first"), c.L(" in ", " à ", " a ", " in "), c.town()[1]]),
            (s[2], [c.L("frag mal ", "demande à ", "chiedi a ", "ask "), c.P(ringers[4]["p"], "full"), ": ",
                    ("PHONE", ringers[4]["phone"])]),
            (s[3], [c.L("ich kann, brauch aber den schlüssel von ", "je peux mais il me faut la clé de ",
                        "posso, ma mi serve la chiave di ", "I can but need the key from "),
                    c.P(ringers[0]["p"], "first")]),
            (s[0], [c.L("liegt bei mir, ", "chez moi, ", "è da me, ", "it's at mine, "),
                    ("ADDRESS", ringers[0]["street"]),
                    c.L(" – briefkasten", " – boîte aux lettres", " – cassetta postale", " - letterbox")]),
        ]
        render_chat(d, msgs, low=c.chance(0.6))
    else:
        d.ask(c.L("Prüf die Liste für die Versicherung/Entschädigung, fehlt etwas?",
                  "Vérifie cette liste pour l'assurance / le défraiement, manque-t-il quelque chose ?",
                  "Controlla questo elenco per l'assicurazione/il rimborso, manca qualcosa?",
                  "Check this list for the insurance / expenses - anything missing?"))
        fmt = c.ch(["yaml", "xml", "json"])
        hdr = ["name", "geburtsdatum" if c.lang == "de" else "birth_date", "adresse" if c.lang != "en" else "address",
               "ort" if c.lang == "de" else "town", "telefon" if c.lang != "en" else "phone", "iban"]
        if c.country == "CH":
            hdr.append("ahv" if c.lang == "de" else "avs")
        rows = []
        for r in ringers[:c.rng.randint(3, 6)]:
            row = [c.P(r["p"], c.ch(["full", "rev"])), c.dob(r["p"]), ("ADDRESS", r["street"]),
                   ("ADDRESS", r["ptown"]), ("PHONE", r["phone"]), ("IBAN", c.iban())]
            if c.country == "CH":
                row.append(("AHV", c.ahv()))
            rows.append(row)
        d.t(f"# {church} – {c.year}\n")
        render_table(d, hdr, rows, fmt)


def g_cookingclass(c: Ctx, d: Doc) -> None:
    v = c.var
    course = c.L(["Thai Streetfood", "Pasta fresca", "Brot backen", "Vegane Weihnachtsmenüs", "Sushi Basics"],
                 ["Cuisine du marché", "Macarons", "Bouillabaisse", "Cuisine végétarienne"],
                 ["Pasta fresca", "Risotti", "Cucina siciliana", "Dolci al cucchiaio"],
                 ["Knife skills", "Thai street food", "Sourdough basics", "Vegan Christmas"])
    if v == 0:
        d.ask(c.L(["Wer hat welche Allergien? Erstell mir eine Liste für die Küche:",
                   "Welche Teilnehmer haben noch nicht bezahlt?"],
                  ["Qui a quelles allergies ? Fais une liste pour la cuisine :", "Qui n'a pas encore payé ?"],
                  ["Chi ha quali allergie? Fai una lista per la cucina:", "Chi non ha ancora pagato?"],
                  ["Who has which allergies? Make a list for the kitchen:", "Who hasn't paid yet?"]))
        hdr = c.ch([["booking_id", "kurs", "datum", "teilnehmer_in", "email", "mobil", "allergien", "zahlung", "ip"],
                    ["Buchung", "Course", "Date", "Guest", "Mail", "Tel", "Diet", "Paid", "RemoteAddr"]])
        rows = []
        dd = c.date(c.some_date())
        for _ in range(c.rng.randint(5, 9)):
            ct = c.contact()
            rows.append([c.ref("BK"), course, dd, c.P(ct["p"], c.ch(["full", "rev", "full"])), ("EMAIL", ct["email"]),
                         ("PHONE", ct["phone"]),
                         c.ch(["-", c.L("Nüsse", "noix", "noci", "nuts"), c.L("laktosefrei", "sans lactose",
                                                                              "senza lattosio", "dairy-free"),
                               c.L("vegan", "végétalien", "vegano", "vegan"), "gluten"]),
                         c.ch([c.masked_card(), "PayPal", c.L("offen", "en attente", "in sospeso", "unpaid"), "TWINT"]),
                         ("IP", c.ip())])
        render_table(d, hdr, rows, c.ch(["tsv", "ssv", "csv"]))
    elif v == 1:
        d.ask(c.L("Bitte antworte der Kundin kurz und bestätige den Gutschein:",
                  "Réponds brièvement et confirme le bon cadeau :", "Rispondi brevemente e conferma il buono:",
                  "Please reply briefly and confirm the gift voucher:"))
        ct = c.contact()
        friend = c.person()
        school = c.contact(kind="land")
        sm = c.email(school["p"], c.L("kochatelier.de", "atelier-cuisine.ch", "scuoladicucina.it", "cookschool.co.uk"))
        render_mail_head(d, mbox(d, ct["p"], ct["email"]), mbox(d, school["p"], sm),
                         c.L("Gutschein Kochkurs", "Bon cadeau cours de cuisine", "Buono corso di cucina",
                             "Cookery class voucher"))
        d.add(c.dear(school["p"]), "\n\n",
              c.L("ich möchte einen Gutschein für den Kurs „", "je voudrais offrir un bon pour le cours « ",
                  "vorrei regalare un buono per il corso “", "I'd like a voucher for the '"), course,
              c.L("“ verschenken, für ", " » à ", "” a ", "' class for "), c.P(friend, c.ch(["full", "first"])),
              c.L(". Sie hat am ", ". Son anniversaire est le ", ". Il compleanno è il ", ". Her birthday is on "),
              f"{friend.dob.day}.{friend.dob.month}." if c.lang == "de" else f"{friend.dob.day}/{friend.dob.month}",
              c.L(" Geburtstag. Bitte per Post an ", ". Merci de l'envoyer à ", ". Per favore spedire a ",
                  ". Please post it to "),
              ("ADDRESS", ct["street"]), ", ", ("ADDRESS", ct["ptown"]), ".\n",
              c.L("Zahlen kann ich mit Karte: ", "Je peux payer par carte : ", "Posso pagare con carta: ",
                  "I can pay by card: "), ("CARD", c.card()),
              f", {c.rng.randint(1, 12):02d}/{c.rng.randint(27, 31)}\n\n", closing(d), "\n", c.P(ct["p"], "first"),
              "\n", ("PHONE", ct["phone"]), "\n\n")
        quote_block(d, quote_intro(d, school["p"], sm),
                    [c.L("Newsletter: Neue Termine ab ", "Newsletter : nouvelles dates dès le ",
                         "Newsletter: nuove date dal ", "Newsletter: new dates from "), c.date(c.some_date()),
                     "\n", c.P(school["p"], "full"), " | ", ("PHONE", school["phone"]), " | ",
                     ("ADDRESS", school["street"]), ", ", ("ADDRESS", school["ptown"])])
    elif v == 2:
        d.ask(c.L("Mach mir aus dem Chat eine Einkaufsliste und notier die Sonderwünsche pro Person:",
                  "Fais-moi une liste de courses et note les demandes spéciales par personne :",
                  "Fammi una lista della spesa e segna le richieste per persona:",
                  "Make me a shopping list and note each person's special requests:"))
        chef, asst = c.person(), c.person()
        parts = [c.person() for _ in range(3)]
        s1 = c.P(chef, "first")
        s2 = c.ch([c.P(asst, "first"), ("PHONE", c.phone())])
        msgs = [(s1, [c.L("für morgen 12 leute, ", "demain 12 personnes, ", "domani 12 persone, ",
                          "12 people tomorrow, "), c.P(parts[0], "first"),
                      c.L(" isst kein fleisch", " ne mange pas de viande", " non mangia carne", " is veggie")]),
                (s2, [c.P(parts[1], "full"), c.L(" hat abgesagt, warteliste: ", " a annulé, liste d'attente : ",
                                                 " ha disdetto, lista d'attesa: ", " cancelled, waitlist: "),
                      c.P(parts[2], c.ch(["full", "rev"])), " ", ("PHONE", c.phone())]),
                (s1, [c.L("ruf an. und 2kg mehl, 30 eier", "appelle. et 2kg de farine, 30 œufs",
                          "chiama. e 2kg di farina, 30 uova", "call her. and 2kg flour, 30 eggs")]),
                (s2, [c.L("ok. rechnung von ", "ok. facture de ", "ok. fattura di ", "ok. invoice from "),
                      c.ch(["Metro", "Prodega", "Transgourmet", "Booker"]), ": ", c.money(c.rng.randint(80, 300))])]
        render_chat(d, msgs, low=c.chance(0.5))
    else:
        d.ask(c.L("Erstell mir aus diesem Formular ein Angebot für das Team-Event:",
                  "Prépare une offre pour cet événement d'équipe :", "Prepara un'offerta per questo evento aziendale:",
                  "Draft a quote for this team event:"))
        ct = c.contact(kind="land")
        company = c.ch(["Müller Logistik GmbH", "Helvetia Treuhand AG", "Atelier Nord SA", "Studio Blu srl",
                        "Brightside Ltd", "Kessler & Partner"])
        fields = [(c.L("Firma", "Entreprise", "Azienda", "Company"), company),
                  (c.L("Ansprechperson", "Contact", "Referente", "Contact person"), [c.title(ct["p"]),
                                                                                     c.P(ct["p"], "full")]),
                  (c.L("Rechnungsadresse", "Adresse de facturation", "Indirizzo di fatturazione", "Billing address"),
                   [("ADDRESS", ct["street"]), ", ", ("ADDRESS", ct["ptown"])]),
                  (c.L("Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", ct["phone"])),
                  ("E-Mail", ("EMAIL", c.email(ct["p"], translit(company.split(" ")[0]) + ".com"))),
                  (c.L("Wunschtermin", "Date souhaitée", "Data desiderata", "Preferred date"), c.date(c.some_date())),
                  (c.L("Personen", "Personnes", "Persone", "Guests"), str(c.rng.randint(8, 24))),
                  (c.L("Kurs", "Cours", "Corso", "Class"), course),
                  (c.L("Budget pro Person", "Budget par personne", "Budget a persona", "Budget per head"),
                   c.money(c.rng.choice([89, 120, 150])))]
        render_form(d, fields, sep=c.ch([":", " :"]) if c.lang == "fr" else ":")
        ppl = [c.person() for _ in range(c.rng.randint(3, 6))]
        d.add(c.L("Teilnehmende: ", "Participants : ", "Partecipanti: ", "Attendees: "))
        for k, p in enumerate(ppl):
            d.add(", " if k else "", c.P(p, c.ch(["full", "init", "finit"])))
        d.t("\n")


def g_skipass(c: Ctx, d: Doc) -> None:
    v = c.var
    area = c.ch(["Flumserberg", "Hoch-Ybrig", "Schladming-Dachstein", "Zillertal Arena", "Feldberg", "Garmisch Classic",
                 "Villars-Gryon", "Verbier 4 Vallées", "Airolo", "Bormio", "Les Arcs", "Aviemore"])
    fam = c.contact()
    kids = [c.relative(fam["p"], "child") for _ in range(c.rng.randint(1, 3))]
    partner = c.relative(fam["p"], "adult")
    people = [fam["p"], partner] + kids
    if v == 0:
        d.ask(c.L(["Welche Kategorie (Kind/Jugend/Erwachsen) gilt für wen? Stichtag ist der 15.12.:",
                   "Rechne mir den Preis für die Saisonkarten aus:"],
                  ["Quelle catégorie (enfant/jeune/adulte) pour chacun ? Voici la liste :",
                   "Calcule le prix des abonnements de saison :"],
                  ["Quale categoria (bambino/giovane/adulto) per ognuno?", "Calcola il prezzo degli stagionali:"],
                  ["Which category (child/youth/adult) applies to whom?", "Work out the price of these season "
                                                                          "passes:"]))
        d.add(f"{area} – ", c.L("Saisonkarten", "abonnements de saison", "abbonamenti stagionali", "season passes"),
              f" {c.year}/{(c.year + 1) % 100}\n\n")
        hdr = c.ch([c.Lh(["Name", "Vorname", "Geb.-Datum", "Foto", "Keycard"], ["Nom", "Prénom", "Né(e) le", "Photo",
                                                                               "Keycard"],
                        ["Cognome", "Nome", "Nato/a il", "Foto", "Keycard"], ["Surname", "First", "DOB", "Photo",
                                                                              "Keycard"]),
                    ["NACHNAME" if c.lang == "de" else "LAST", "VORNAME" if c.lang == "de" else "FIRST", "GEB",
                     "IMG", "WTP"]])
        rows = [[c.P(p, "last"), c.P(p, "first"), c.dob(p), f"IMG_{c.rng.randint(1000, 9999)}.jpg",
                 f"01-{c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)}-"
                 f"{c.rng.randint(0, 9)}"] for p in people]
        render_table(d, hdr, rows, c.ch(["md", "fixed", "ssv", "tsv"]))
        d.add("\n", c.L("Kontakt: ", "Contact : ", "Contatto: ", "Contact: "), ("EMAIL", fam["email"]), ", ",
              ("PHONE", fam["phone"]), "\n")
    elif v == 1:
        d.ask(c.L("Formulier mir eine kurze Antwort an die Familie:", "Rédige une réponse courte à la famille :",
                  "Scrivi una risposta breve alla famiglia:", "Draft a short reply to the family:"))
        office = c.contact(kind="land")
        om = c.email(office["p"], translit(area.split(" ")[0]) + c.L(".at", ".ch", ".it", ".com"))
        render_mail_head(d, mbox(d, fam["p"], fam["email"]), [("EMAIL", om)],
                         c.L("Saisonkarten Familie", "Abonnements famille", "Stagionali famiglia", "Family season "
                                                                                                  "passes"))
        d.add(c.dear(None if c.chance(0.5) else office["p"]), "\n\n",
              c.L("wir möchten Saisonkarten für unsere Familie bestellen (Fotos im Anhang):",
                  "nous souhaitons commander des abonnements de saison pour la famille (photos jointes) :",
                  "vorremmo ordinare gli stagionali per la famiglia (foto in allegato):",
                  "we'd like to order season passes for the family (photos attached):"), "\n")
        for p in people:
            d.add("- ", c.P(p, c.ch(["full", "full", "rev"])), c.ch([", ", " – ", " "]),
                  c.L(["geb. ", "*", ""], ["né(e) le ", ""], ["nato/a il ", ""], ["born ", "DOB ", ""]), c.dob(p), "\n")
        d.add(c.L("Adresse: ", "Adresse : ", "Indirizzo: ", "Address: "), ("ADDRESS", fam["street"]), ", ",
              ("ADDRESS", fam["ptown"]), "\n\n", closing(d), "\n", c.P(fam["p"], "full"), "\n",
              ("PHONE", fam["phone"]), "\n\n")
        quote_block(d, quote_intro(d, office["p"], om),
                    [c.L("Vorverkauf bis ", "Prévente jusqu'au ", "Prevendita fino al ", "Early-bird until "),
                     c.date(c.some_date()), c.L(": Familienrabatt 15 %.", " : rabais famille 15 %.",
                                                ": sconto famiglia 15%.", ": family discount 15%."), "\n",
                     c.P(office["p"], "full"), ", ", c.L("Kassa", "Caisse", "Cassa", "Ticket office"), " ",
                     ("PHONE", office["phone"])])
    elif v == 2:
        d.ask(c.L("Der Webshop meldet einen Fehler bei dieser Bestellung. Was stimmt nicht?",
                  "La boutique signale une erreur pour cette commande. Qu'est-ce qui cloche ?",
                  "Lo shop segnala un errore su questo ordine. Cosa non va?",
                  "The web shop flags this order as an error. What's wrong?"))
        d.t("{\n  \"order\": \"" + c.ref("SP-") + "\",\n  \"resort\": \"" + area + "\",\n  \"buyer\": {\"name\": ")
        render_json_value(d, c.P(fam["p"], "full"))
        d.t(", \"email\": ")
        render_json_value(d, ("EMAIL", fam["email"]))
        d.t(", \"mobile\": ")
        render_json_value(d, ("PHONE", fam["phone"]))
        d.t("},\n  \"passes\": [\n")
        for k, p in enumerate(people):
            d.t("    {\"holder\": ")
            render_json_value(d, c.P(p, "full"))
            d.t(", \"dob\": ")
            render_json_value(d, c.dob(p, c.ch(["yyyy-mm-dd", "dd.mm.yyyy", "dd/mm/yyyy"])))
            d.t(f", \"type\": \"{c.ch(['ADULT', 'CHILD', 'YOUTH'])}\"}}" + ("," if k < len(people) - 1 else "") + "\n")
        d.t("  ],\n  \"payment\": {\"card\": ")
        render_json_value(d, ("CARD", c.card()))
        d.t(", \"amount\": \"" + c.money(c.rng.randint(900, 2400)) + "\"},\n  \"ip\": ")
        render_json_value(d, ("IP", c.ip()))
        d.t(",\n  \"error\": \"PHOTO_MISSING\"\n}\n")
    else:
        d.ask(c.L("Das ist ein eingescanntes Formular. Bitte lies die Angaben sauber aus:",
                  "C'est un formulaire scanné. Peux-tu en extraire les données proprement ?",
                  "È un modulo scansionato. Puoi estrarre i dati in modo pulito?",
                  "This is a scanned form. Please extract the details cleanly:"))
        d.ocr = 0.03
        d.add(area.upper(), " ", c.L("SAISONKARTE ANTRAG", "DEMANDE ABONNEMENT", "RICHIESTA STAGIONALE",
                                     "SEASON PASS APPLICATION"), "\n\n")
        for p in people[:c.rng.randint(1, len(people))]:
            render_form(d, [(c.L("Name", "Nom", "Cognome e nome", "Name"), c.P(p, c.ch(["upper", "caps", "full"]))),
                            (c.L("Geb.-Datum", "Date de naiss.", "Data di nascita", "Date of birth"), c.dob(p)),
                            (c.L("Kategorie", "Catégorie", "Categoria", "Category"), c.ch(["A", "J", "K", "S"]))],
                           align=False)
            d.t("\n")
        render_form(d, [(c.L("Strasse", "Rue", "Via", "Street"), ("ADDRESS", fam["street"])),
                        (c.L("PLZ/Ort", "NPA/Localité", "CAP/Località", "Town/Postcode"), ("ADDRESS", fam["ptown"])),
                        (c.L("Tel.", "Tél.", "Tel.", "Tel."), ("PHONE", fam["phone"])),
                        (c.L("Datum", "Date", "Data", "Date"), c.date(c.some_date()))], align=False)
        d.ocr = 0.0


def g_bakery(c: Ctx, d: Doc) -> None:
    v = c.var
    shop = biz_name(c, "bakery")
    items = c.Lh(["2 Christstollen 1kg", "1 Butterzopf gross", "Sachertorte 26cm", "12 Laugenbrezeln",
                 "Linzer Torte", "3 Bauernbrot"],
                ["1 bûche praliné 8 pers.", "2 galettes des rois", "6 croissants", "1 tresse au beurre"],
                ["1 panettone 1kg", "2 colombe", "torta millefoglie 12 pers.", "10 michette"],
                ["2 mince pie boxes", "1 sourdough loaf", "celebration cake 10in", "12 hot cross buns"])
    if v == 0:
        d.ask(c.L(["Sortier die Vorbestellungen nach Abholtag und rechne den Teigbedarf:",
                   "Welche Kunden muss ich noch anrufen (nicht bestätigt)?"],
                  ["Trie les précommandes par jour de retrait :", "Quels clients dois-je encore appeler ?"],
                  ["Ordina le prenotazioni per giorno di ritiro:", "Quali clienti devo ancora chiamare?"],
                  ["Sort the pre-orders by pick-up day:", "Which customers do I still need to call?"]))
        hdr = c.Lh(["Abholung", "Kunde", "Telefon", "Bestellung", "Preis", "ok"],
                  ["Retrait", "Client", "Téléphone", "Commande", "Prix", "ok"],
                  ["Ritiro", "Cliente", "Telefono", "Ordine", "Prezzo", "ok"],
                  ["Pick-up", "Customer", "Phone", "Order", "Price", "ok"])
        rows = []
        for _ in range(c.rng.randint(6, 10)):
            p = c.person()
            rows.append([f"{c.rng.randint(20, 24)}.12. {c.time()}" if c.lang == "de" else
                         f"{c.rng.randint(20, 24)}/12 {c.time()}", c.P(p, c.ch(["full", "last", "caps", "init"])),
                         ("PHONE", c.phone()), c.ch(items), c.money(c.rng.randint(8, 90)), c.ch(["x", "", "?"])])
        render_table(d, hdr, rows, c.ch(["fixed", "md", "ssv"]))
    elif v == 1:
        d.ask(c.L("Bitte fass die Absprachen zur Hochzeitstorte zusammen:",
                  "Résume ce qui a été convenu pour la pièce montée :",
                  "Riassumi gli accordi per la torta nuziale:", "Summarise what's been agreed for the wedding cake:"))
        b1, b2 = c.contact(), c.person()
        baker = c.contact(kind="land")
        bm = c.email(baker["p"], translit(shop.split(" ")[-1]) + c.L(".de", ".ch", ".it", ".co.uk"))
        render_mail_head(d, mbox(d, baker["p"], bm), mbox(d, b1["p"], b1["email"]),
                         c.L("Re: Hochzeitstorte", "Re : pièce montée", "Re: torta nuziale", "Re: wedding cake"))
        d.add(c.dear(b1["p"]), "\n\n",
              c.L("gern liefern wir die dreistöckige Torte am ", "nous livrons volontiers la pièce montée le ",
                  "consegniamo volentieri la torta a tre piani il ", "happy to deliver the three-tier cake on "),
              c.date(c.some_date()), c.L(" an den Landgasthof „Zur Linde“, ", " à l'auberge du Lion d'Or, ",
                                         " all'agriturismo Il Castagno, ", " to The Old Barn, "),
              ("ADDRESS", c.street(False)), ". ", c.L("Anzahlung ", "Acompte ", "Acconto ", "Deposit "),
              c.money(c.rng.randint(100, 300)), c.L(" bitte auf ", " sur ", " su ", " to "),
              ("IBAN", c.iban()), ".\n\n",
              closing(d), "\n", signature(d, baker["p"], shop, bm, baker["phone"], baker["street"], baker["ptown"]),
              "\n")
        quote_block(d, quote_intro(d, b1["p"], b1["email"]),
                    [c.L("Hallo, wir (", "Bonjour, nous (", "Buongiorno, noi (", "Hi, we ("), c.P(b1["p"], "first"),
                     c.L(" und ", " et ", " e ", " and "), c.P(b2, "first"),
                     c.L(") heiraten im Sommer. Meine Schwester ", ") nous marions cet été. Ma sœur ",
                         ") ci sposiamo in estate. Mia sorella ", ") are getting married this summer. My sister "),
                     c.P(c.relative(b1["p"], "adult", "f"), "full"),
                     c.L(" holt die Probestücke ab. Handy: ", " passera chercher les échantillons. Portable : ",
                         " passerà a ritirare gli assaggi. Cellulare: ", " will pick up the tasters. Mobile: "),
                     ("PHONE", c.phone())])
    elif v == 2:
        d.ask(c.L("trag mir die whatsapp-bestellungen in eine tabelle ein (name, telefon, was, wann):",
                  "mets-moi ces commandes whatsapp dans un tableau :",
                  "metti gli ordini whatsapp in una tabella:", "put these WhatsApp orders into a table:"))
        msgs = []
        for _ in range(c.rng.randint(3, 6)):
            p = c.person()
            ph = c.phone()
            sender = c.ch([("PHONE", ph), c.P(p, "full"), c.P(p, "first")])
            body = [c.L("hallo, hätte gern ", "bonjour, je voudrais ", "buongiorno, vorrei ", "hi, could I get "),
                    c.ch(items), c.L(" für ", " pour le ", " per il ", " for "), c.L("Samstag", "samedi", "sabato",
                                                                                     "Saturday")]
            if c.chance(0.4):
                body += [c.L(", auf den namen ", ", au nom de ", ", a nome ", ", name's "), c.P(p, "last")]
            if c.chance(0.3):
                body += [c.L(". liefern an ", ". livraison ", ". consegna in ", ". deliver to "),
                         ("ADDRESS", c.street())]
            msgs.append((sender, body))
            if c.chance(0.5):
                msgs.append((shop, [c.L("gern, bis dann!", "avec plaisir !", "certo, a presto!", "no problem!")]))
        render_chat(d, msgs, style=c.ch([0, 1]), low=c.chance(0.4))
    else:
        d.ask(c.L("Erstell daraus die Lieferliste für Sonntag früh, sortiert nach Strasse:",
                  "Fais la liste de livraison de dimanche matin, triée par rue :",
                  "Crea la lista consegne di domenica mattina, ordinata per via:",
                  "Build Sunday morning's delivery list, sorted by street:"))
        hdr = c.Lh(["Abo", "Name", "Lieferadresse", "Ort", "Menge", "IBAN (Lastschrift)"],
                  ["Abo", "Nom", "Adresse", "Localité", "Qté", "IBAN"],
                  ["Abb.", "Nome", "Indirizzo", "Località", "Q.tà", "IBAN"],
                  ["Sub", "Name", "Address", "Town", "Qty", "IBAN"])
        rows = []
        for _ in range(c.rng.randint(4, 8)):
            ct = c.contact()
            rows.append([c.ref("Z"), c.P(ct["p"], c.ch(["full", "rev"])), ("ADDRESS", ct["street"]),
                         ("ADDRESS", ct["ptown"]), c.ch(items), ("IBAN", c.iban(grouped=False))])
        render_table(d, hdr, rows, "md")


def g_kidsparty(c: Ctx, d: Doc) -> None:
    v = c.var
    venue = c.ch(["JUMP House", "Kinderwelt Tobeland", "Trampolino Park", "Indoorspielplatz Kletterbär",
                  "Planète Jeux", "Funland Kids"])
    par = c.contact()
    kid = c.relative(par["p"], "child")
    pdate = c.date(c.some_date())
    age = c.year - kid.dob.year
    if v == 0:
        d.ask(c.L("Passt diese Buchung? Bitte prüfe Alter und Gästezahl:",
                  "Cette réservation est-elle correcte ? Vérifie l'âge et le nombre d'invités :",
                  "Questa prenotazione va bene? Controlla età e numero di invitati:",
                  "Is this booking OK? Check age and number of guests:"))
        d.add(venue, " – ", c.L("Kindergeburtstag Buchung", "Réservation anniversaire", "Prenotazione compleanno",
                                "Birthday party booking"), f" #{c.ref()}\n\n")
        guests = [c.person("child") for _ in range(c.rng.randint(4, 8))]
        render_form(d, [(c.L("Geburtstagskind", "Enfant", "Festeggiato/a", "Birthday child"), c.P(kid, "full")),
                        (c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(kid)),
                        (c.L("wird", "âge", "compie", "turning"), str(age)),
                        (c.L("Partydatum", "Date de la fête", "Data festa", "Party date"), pdate + " " + c.time()),
                        (c.L("Elternteil", "Parent", "Genitore", "Parent"), c.P(par["p"], c.ch(["full", "rev"]))),
                        (c.L("Handy", "Portable", "Cellulare", "Mobile"), ("PHONE", par["phone"])),
                        ("E-Mail", ("EMAIL", par["email"])),
                        (c.L("Allergien", "Allergies", "Allergie", "Allergies"),
                         [c.P(c.ch(guests), "first"), c.L(": Erdnüsse", " : arachides", ": arachidi", ": peanuts")])])
        d.add(c.L("Gäste: ", "Invités : ", "Invitati: ", "Guests: "))
        for k, g in enumerate(guests):
            d.add(", " if k else "", c.P(g, c.ch(["first", "first", "full"])))
        d.t("\n")
    elif v == 1:
        d.ask(c.L("Wer hat zugesagt, wer nicht, und wer muss abgeholt werden? Chat:",
                  "Qui vient, qui ne vient pas, qui faut-il aller chercher ? Chat :",
                  "Chi viene, chi no, e chi va accompagnato? Chat:",
                  "Who's coming, who isn't, who needs a lift? Chat:"))
        others = [c.contact() for _ in range(3)]
        kids = [c.relative(o["p"], "child") for o in others]
        s0 = c.P(par["p"], "first")
        msgs = [(s0, [c.L("hallo ihr lieben, ", "coucou, ", "ciao a tutti, ", "hi all, "), c.P(kid, "first"),
                      c.L(f" feiert am {pdate} im {venue}, wer kommt?", f" fête son anniversaire le {pdate} au {venue},"
                                                                          " qui vient ?",
                          f" festeggia il {pdate} al {venue}, chi viene?", f" is having a party on {pdate} at {venue},"
                                                                            " who's in?")])]
        for o, k in zip(others, kids, strict=True):
            sender = c.ch([c.P(o["p"], "first"), c.P(o["p"], "full"), ("PHONE", o["phone"])])
            body = c.ch([[c.P(k, "first"), c.L(" kommt gern!", " vient avec plaisir !", " viene volentieri!",
                                                " would love to come!")],
                         [c.L("wir sind leider weg, sorry ", "on n'est pas là, désolés ", "siamo via, scusate ",
                              "we're away, sorry "), c.P(k, "first")],
                         [c.P(k, "first"), c.L(" kommt, kannst du sie abholen? wir wohnen ", " vient, tu peux la "
                                                                                               "prendre ? on habite ",
                                              " viene, puoi passarla a prendere? abitiamo in ", " is coming, could you"

                                               " pick her up? we're at "),
                          ("ADDRESS", o["street"])]])
            msgs.append((sender, body))
        msgs.append((s0, [c.L("super! bei fragen: ", "super ! en cas de questions : ", "perfetto! per domande: ",
                              "great! any questions: "), ("PHONE", par["phone"])]))
        render_chat(d, msgs, low=c.chance(0.6))
    elif v == 2:
        d.ask(c.L("Fasse die Buchungen der Woche zusammen (Umsatz, Altersschnitt):",
                  "Résume les réservations de la semaine (chiffre, âge moyen) :",
                  "Riassumi le prenotazioni della settimana (incasso, età media):",
                  "Summarise this week's bookings (revenue, average age):"))
        hdr = ["id", "party_date", "child", "child_dob", "parent", "parent_email", "parent_phone", "package", "card",
               "ip"]
        rows = []
        for _ in range(c.rng.randint(4, 7)):
            pa = c.contact()
            kd = c.relative(pa["p"], "child")
            rows.append([c.ref(), c.some_date().isoformat(), c.P(kd, "full"), c.dob(kd), c.P(pa["p"], "full"),
                         ("EMAIL", pa["email"]), ("PHONE", pa["phone"]), c.ch(["Basic", "Deluxe", "Pizza+", "XL"]),
                         c.ch([("CARD", c.card().replace(" ", "")), c.masked_card()]), ("IP", c.ip())])
        render_table(d, hdr, rows, c.ch(["csv", "json", "tsv"]))
    else:
        d.ask(c.L("Bitte beantworte die Mail der Mutter und bestätige die Notfallkontakte:",
                  "Réponds à ce mail et confirme les contacts d'urgence :",
                  "Rispondi a questa mail e conferma i contatti d'emergenza:",
                  "Reply to this parent's email and confirm the emergency contacts:"))
        staff = c.contact(kind="land")
        sm = c.email(staff["p"], translit(venue.split(" ")[0]) + c.L(".de", ".ch", ".it", ".com"))
        gran = c.relative(par["p"], "senior")
        render_mail_head(d, mbox(d, par["p"], par["email"]), mbox(d, staff["p"], sm),
                         c.L("Gästeliste Kindergeburtstag", "Liste des invités", "Lista invitati festa",
                             "Party guest list"))
        d.add(c.dear(staff["p"]), "\n\n",
              c.L("anbei die Gästeliste für die Party von ", "voici la liste des invités pour la fête de ",
                  "ecco la lista degli invitati per la festa di ", "here's the guest list for the party of "),
              c.P(kid, "first"), c.L(" (geb. ", " (né(e) le ", " (nato/a il ", " (born "), c.dob(kid), "):\n")
        for _ in range(c.rng.randint(3, 6)):
            g = c.person("child")
            d.add("  * ", c.P(g, c.ch(["full", "first"])), "\n")
        d.add(c.L("Notfallkontakte: ", "Contacts d'urgence : ", "Contatti d'emergenza: ", "Emergency contacts: "),
              c.P(par["p"], "first"), " ", ("PHONE", par["phone"]), c.L(", Oma ", ", mamie ", ", nonna ", ", Granny "),
              c.P(gran, c.ch(["full", "first"])), " ", ("PHONE", c.phone("land")), "\n\n", closing(d), "\n",
              c.P(par["p"], "full"), "\n\n")
        quote_block(d, quote_intro(d, staff["p"], sm),
                    [c.L("Ihre Buchung ist bestätigt. ", "Votre réservation est confirmée. ",
                         "La prenotazione è confermata. ", "Your booking is confirmed. "), c.P(staff["p"], "full"),
                     ", ", venue, ", ", ("ADDRESS", staff["street"]), ", ", ("ADDRESS", staff["ptown"])])


def g_studentres(c: Ctx, d: Doc) -> None:
    v = c.var
    res = c.ch(["Wohnheim Am Campus", "Studentenhaus Nord", "Résidence universitaire Les Cèdres", "Studentato Bassi",
                "Hall of Residence Elm Court", "WOKI Studierendenheim"])
    if v == 0:
        d.ask(c.L(["Wer zieht wann ein? Mach mir eine Liste für die Schlüsselübergabe:",
                   "Bei welchen Zimmern fehlt die Kaution?"],
                  ["Qui emménage quand ? Fais une liste pour la remise des clés :", "Pour quelles chambres manque la "
                                                                                    "caution ?"],
                  ["Chi entra quando? Fai una lista per la consegna chiavi:", "Per quali stanze manca la cauzione?"],
                  ["Who moves in when? Make me a key handover list:", "Which rooms are missing a deposit?"]))
        hdr = c.Lh(["Zimmer", "Name", "Matrikel", "Geburtsdatum", "Einzug", "Handy", "E-Mail", "Kaution zurück an"],
                  ["Chambre", "Nom", "N° étudiant", "Date de naissance", "Entrée", "Portable", "Courriel", "IBAN "
                                                                                                           "caution"],
                  ["Stanza", "Nome", "Matricola", "Data di nascita", "Ingresso", "Cellulare", "Email", "IBAN "
                                                                                                     "cauzione"],
                  ["Room", "Name", "Student ID", "DOB", "Move-in", "Mobile", "Email", "Deposit refund IBAN"])
        d.t(res + "\n\n")
        rows = []
        for _ in range(c.rng.randint(5, 9)):
            p = c.person("student")
            rows.append([f"{c.ch('ABC')}{c.rng.randint(1, 4)}.{c.rng.randint(1, 24):02d}",
                         c.P(p, c.ch(["full", "rev", "capsrev"])), c.ref(), c.dob(p), c.date(c.some_date()),
                         ("PHONE", c.phone()), ("EMAIL", c.email(p)), ("IBAN", c.iban(grouped=c.chance(0.5)))])
            if c.country == "CH":
                rows[-1].append(("AHV", c.ahv()))
        if c.country == "CH":
            hdr = hdr + [c.L("AHV-Nr.", "N° AVS", "N. AVS", "AHV")]
        render_table(d, hdr, rows, c.ch(["csv", "ssv", "tsv", "fixed"]))
    elif v == 1:
        d.ask(c.L("Hilf mir, diese Bewerbung zu beantworten – wir haben nur noch ein Zimmer im Winter frei.",
                  "Aide-moi à répondre à cette candidature : il ne reste qu'une chambre en hiver.",
                  "Aiutami a rispondere: resta solo una stanza in inverno.",
                  "Help me answer this application - only one room left for winter."))
        st = c.contact("student")
        parent = c.relative(st["p"], "adult")
        off = c.contact(kind="land")
        om = c.email(off["p"], c.L("studierendenwerk.de", "unil.ch", "edisu.it", "uni.ac.uk"))
        render_mail_head(d, mbox(d, st["p"], st["email"]), [("EMAIL", om)],
                         c.L("Bewerbung Wohnheimplatz", "Candidature logement", "Domanda posto alloggio",
                             "Room application"))
        d.add(c.dear(off["p"]), "\n\n",
              c.L("ich bewerbe mich um ein Zimmer ab dem Wintersemester. Ich heiße ", "je postule pour une chambre à "
                                                                                        "la rentrée. Je m'appelle ",
                  "vorrei candidarmi per una stanza. Mi chiamo ", "I'm applying for a room from September. I'm "),
              c.P(st["p"], "full"), c.L(", geboren am ", ", né(e) le ", ", nato/a il ", ", born on "), c.dob(st["p"]),
              c.L(", und wohne derzeit in der ", ", et j'habite actuellement ", ", e abito in ", " and currently "
                                                                                                 "live at "),
              ("ADDRESS", st["street"]), ", ", ("ADDRESS", st["ptown"]), ".\n",
              c.L("Bürgschaft übernimmt mein Vater ", "Mon père se porte garant : ", "Garante è mio padre ",
                  "My father will act as guarantor: ") if parent.gender == "m" else
              c.L("Bürgschaft übernimmt meine Mutter ", "Ma mère se porte garante : ", "Garante è mia madre ",
                  "My mother will act as guarantor: "),
              c.P(parent, "full"), ", ", ("PHONE", c.phone()), ".\n\n", closing(d), "\n", c.P(st["p"], "first"), "\n",
              ("PHONE", st["phone"]), "\n\n")
        quote_block(d, quote_intro(d, off["p"], om),
                    [c.L("Bewerbungen bitte mit Immatrikulationsbescheinigung. Sprechzeiten Di 10-12.",
                         "Merci de joindre l'attestation d'immatriculation.", "Allegare il certificato di iscrizione.",
                         "Please attach proof of enrolment."), "\n", c.P(off["p"], "full"), "\n",
                     ("PHONE", off["phone"])])
    elif v == 2:
        d.ask(c.L("Fass den Teams-Verlauf zusammen und liste die offenen Punkte:",
                  "Résume cet échange Teams et liste les points ouverts :",
                  "Riassumi la conversazione Teams e elenca i punti aperti:",
                  "Summarise this Teams thread and list the open points:"))
        a, b = c.person(), c.person()
        s1, s2 = c.P(a, c.ch(["rev", "full"])), c.P(b, c.ch(["rev", "full"]))
        x, y = c.contact("student"), c.person("student")
        msgs = [(s1, [c.L("Lärmbeschwerde Zimmer B2.14 gegen ", "plainte bruit chambre B2.14 contre ",
                          "reclamo rumore stanza B2.14 contro ", "noise complaint room B2.14 about "),
                      c.P(x["p"], "full"),
                      c.L(", schon das dritte Mal", ", 3e fois", ", terza volta", ", third time")]),
                (s2, [c.L("hab ihr geschrieben: ", "je lui ai écrit : ", "le ho scritto: ", "emailed them: "),
                      ("EMAIL", x["email"]), c.L(". Handy geht nicht ran: ", ". ne répond pas au ",
                                                 ". il cellulare non risponde: ", ". not picking up "),
                      ("PHONE", x["phone"])]),
                (s1, [c.L("Schlüsselübergabe für ", "remise des clés pour ",
                          "consegna chiavi per ", "key handover for "),
                      c.P(y, c.ch(["full", "last"])), c.L(" morgen 9 Uhr, WLAN-Router 10.0.4.1 neu starten",
                                                          " demain 9h, redémarrer le routeur 10.0.4.1",
                                                          " domani alle 9, riavviare router 10.0.4.1",
                                                          " tomorrow 9am, restart router 10.0.4.1")]),
                (s2, [c.L("ok, Nachsendeadresse für ", "ok, adresse de réexpédition de ",
                          "ok, indirizzo di inoltro di ",
                          "ok, forwarding address for "), c.P(x["p"], "first"), ": ", ("ADDRESS", x["street"]), ", ",
                      ("ADDRESS", x["ptown"])])]
        render_chat(d, msgs, style=3)
    else:
        d.ask(c.L("Dieser XML-Export aus dem Portal lässt sich nicht importieren. Wo ist der Fehler?",
                  "Cet export XML du portail ne s'importe pas. Où est l'erreur ?",
                  "Questo export XML dal portale non si importa. Dov'è l'errore?",
                  "This XML export from the portal won't import. Where's the error?"))
        hdr = ["fullName", "birthDate", "email", "mobile", "homeAddress", "homeTown", "submittedFrom", "roomPref"]
        rows = []
        for _ in range(c.rng.randint(3, 6)):
            ct = c.contact("student")
            rows.append([c.P(ct["p"], "full"), c.dob(ct["p"], c.ch(["yyyy-mm-dd", None])), ("EMAIL", ct["email"]),
                         ("PHONE", ct["phone"]), ("ADDRESS", ct["street"]), ("ADDRESS", ct["ptown"]), ("IP", c.ip()),
                         c.ch(["single", "double", "studio", "WG-4"])])
        d.t('<?xml version="1.0" encoding="UTF-8"?>\n')
        render_table(d, hdr, rows, "xml")


def g_shelter(c: Ctx, d: Doc) -> None:
    v = c.var
    shelter = c.L(["Tierheim Hoffnungsfeld", "Tierschutzverein Lindenhof e.V.", "Tierheim Arche"],
                  ["Refuge SPA des Marais", "Refuge de la Croix-Blanche"],
                  ["Rifugio Zampe Felici", "Canile Il Faro"], ["Second Chance Animal Rescue", "Hollybank Dogs Trust"])
    animal = c.ch(["Bello", "Mira", "Kasimir", "Luna", "Balou", "Pepper", "Nala", "Rocky", "Minou", "Frida"])
    chip = "".join(str(c.rng.randint(0, 9)) for _ in range(15))
    ad = c.contact()
    if v == 0:
        d.ask(c.L("Kannst du den Schutzvertrag sprachlich glätten? Inhalt bitte nicht ändern.",
                  "Peux-tu améliorer la formulation de ce contrat d'adoption sans changer le fond ?",
                  "Puoi migliorare la forma di questo contratto di adozione senza cambiarne il contenuto?",
                  "Can you tidy the wording of this adoption contract without changing the content?"))
        d.add(shelter, "\n", c.L("SCHUTZVERTRAG", "CONTRAT D'ADOPTION", "CONTRATTO DI ADOZIONE", "ADOPTION CONTRACT"),
              f" Nr. {c.ref()}\n\n")
        render_form(d, [(c.L("Tier", "Animal", "Animale", "Animal"), f"{animal}, " + c.L("Mischling", "croisé",
                                                                                       "meticcio", "crossbreed")),
                        (c.L("Chipnummer", "N° de puce", "Microchip", "Microchip"), chip),
                        (c.L("Übernehmer/in", "Adoptant(e)", "Adottante", "Adopter"), c.P(ad["p"], c.ch(["full",
                                                                                                       "caps"]))),
                        (c.L("geboren am", "né(e) le", "nato/a il", "date of birth"), c.dob(ad["p"])),
                        (c.L("Ausweis-Nr.", "N° pièce d'identité", "N. documento", "ID no."),
                         c.ch("LCTFXK") + c.ref() + c.ch("ABCD")),
                        (c.L("Anschrift", "Adresse", "Indirizzo", "Address"),
                         [("ADDRESS", ad["street"]), ", ", ("ADDRESS", ad["ptown"])]),
                        (c.L("Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", ad["phone"])),
                        (c.L("Schutzgebühr", "Frais d'adoption", "Contributo", "Adoption fee"),
                         c.money(c.rng.choice([180, 250, 320]))),
                        (c.L("Bezahlt per Überweisung von", "Payé par virement de", "Pagato con bonifico da",
                             "Paid by transfer from"), ("IBAN", c.iban())),
                        (c.L("Übergabe am", "Remis le", "Consegnato il", "Handed over on"), c.date(c.some_date()))])
        d.add("\n", c.L("Nachkontrolle durch ", "Visite de contrôle par ", "Controllo post-affido di ",
                        "Home check by "), c.P(c.person(), "full"), ".\n")
    elif v == 1:
        d.ask(c.L("Wie antworte ich auf diese Anfrage? Der Hund ist leider schon reserviert.",
                  "Comment répondre ? Le chien est déjà réservé.", "Come rispondo? Il cane è già prenotato.",
                  "How do I reply? The dog is already reserved."))
        vol = c.contact(kind="land")
        vm = c.email(vol["p"], c.L("tierheim-arche.de", "refuge-spa.fr", "rifugiozampe.it", "secondchance.org"))
        render_mail_head(d, mbox(d, ad["p"], ad["email"]), [("EMAIL", vm)],
                         c.L(f"Anfrage {animal}", f"Demande pour {animal}", f"Richiesta per {animal}",
                             f"Enquiry about {animal}"))
        partner = c.relative(ad["p"], "adult")
        d.add(c.dear(None if c.chance(0.5) else vol["p"]), "\n\n",
              c.L(f"wir haben {animal} auf Ihrer Website gesehen. Wir (", f"nous avons vu {animal} sur votre site. "
                                                                         "Nous (",
                  f"abbiamo visto {animal} sul vostro sito. Noi (", f"we saw {animal} on your website. We ("),
              c.P(ad["p"], "first"), c.L(" und ", " et ", " e ", " and "), c.P(partner, "first"),
              c.L(") haben Garten und arbeiten Teilzeit. Adresse: ", ") avons un jardin. Adresse : ",
                  ") abbiamo un giardino. Indirizzo: ", ") have a garden. Address: "),
              ("ADDRESS", ad["street"]), ", ", ("ADDRESS", ad["ptown"]), ".\n", closing(d), "\n",
              c.P(ad["p"], "full"), "\n", ("PHONE", ad["phone"]), "\n\n")
        quote_block(d, quote_intro(d, vol["p"], vm),
                    [c.L("Gassigeher gesucht! Infos bei ", "Promeneurs recherchés ! Infos auprès de ",
                         "Cerchiamo volontari! Info da ", "Dog walkers wanted! Ask "), c.P(vol["p"], "full"), " ",
                     ("PHONE", vol["phone"]), "\n", shelter, ", ", ("ADDRESS", vol["street"]), ", ",
                     ("ADDRESS", vol["ptown"])])
    elif v == 2:
        d.ask(c.L(["Mach mir aus dem Gassi-Plan eine Übersicht pro Hund:", "Wer fehlt nächste Woche im Gassi-Plan?"],
                  ["Fais un récapitulatif par chien de ce planning de promenades :", "Qui manque la semaine "
                                                                                     "prochaine ?"],
                  ["Fai un riepilogo per cane di questi turni di passeggiata:", "Chi manca la settimana prossima?"],
                  ["Summarise this walking rota per dog:", "Who's missing from next week's rota?"]))
        hdr = c.Lh(["Tag", "Hund", "Gassigeher/in", "Handy", "Bemerkung"], ["Jour", "Chien", "Bénévole", "Portable",
                                                                          "Remarque"],
                  ["Giorno", "Cane", "Volontario/a", "Cellulare", "Note"], ["Day", "Dog", "Walker", "Mobile", "Notes"])
        vols = [c.person() for _ in range(5)]
        phones = {id(p): c.phone() for p in vols}
        rows = []
        for _k in range(c.rng.randint(5, 8)):
            p = c.ch(vols)
            rows.append([c.date(c.some_date()),
                         c.ch(["Bello", "Mira", "Rocky", "Nala", "Balou"]), c.P(p, c.ch(["full", "first", "init"])),
                         ("PHONE", phones[id(p)]), c.ch(["", c.L("Maulkorb", "muselière", "museruola", "muzzle"),
                                                         c.L("zieht", "tire", "tira", "pulls")])])
        render_table(d, hdr, rows, c.ch(["md", "fixed"]))
    else:
        d.ask(c.L("Bewerte diese Online-Bewerbung kurz – passt das Tier zur Familie?",
                  "Évalue brièvement cette demande en ligne : l'animal convient-il à la famille ?",
                  "Valuta brevemente questa domanda online: l'animale è adatto alla famiglia?",
                  "Briefly assess this online application - is the animal a good fit?"))
        kids = [c.relative(ad["p"], "child") for _ in range(c.rng.randint(0, 2))]
        d.t("{\n  \"form\": \"adoption_v2\",\n  \"animal\": \"" + animal + "\",\n  \"applicant\": {\n    \"name\": ")
        render_json_value(d, c.P(ad["p"], "full"))
        d.t(",\n    \"dob\": ")
        render_json_value(d, c.dob(ad["p"]))
        d.t(",\n    \"street\": ")
        render_json_value(d, ("ADDRESS", ad["street"]))
        d.t(",\n    \"city\": ")
        render_json_value(d, ("ADDRESS", ad["ptown"]))
        d.t(",\n    \"phone\": ")
        render_json_value(d, ("PHONE", ad["phone"]))
        d.t(",\n    \"email\": ")
        render_json_value(d, ("EMAIL", ad["email"]))
        d.t("\n  },\n  \"household\": [")
        for k, kd in enumerate(kids):
            d.t(", " if k else "")
            d.t("{\"first_name\": ")
            render_json_value(d, c.P(kd, "first"))
            d.t(", \"born\": ")
            render_json_value(d, c.dob(kd, "yyyy-mm-dd"))
            d.t("}")
        d.t("],\n  \"garden\": true,\n  \"submitted_ip\": ")
        render_json_value(d, ("IP", c.ip()))
        d.t(",\n  \"submitted_at\": \"" + c.some_date().isoformat() + "T" + c.time() + ":12+01:00\"\n}\n")


def g_tennis(c: Ctx, d: Doc) -> None:
    v = c.var
    club = c.ch(["TC Blau-Weiss", "TC Grün-Gold", "Tennisclub Seeblick", "TC Rot-Weiss", "Tennis Club de la Plaine",
                 "Circolo Tennis Ceresio", "Riverside Lawn Tennis Club"])
    if v == 0:
        d.ask(c.L(["Stell mir für das Interclub-Spiel die Doppel auf (Jahrgangsregel beachten):",
                   "Welche Spieler sind für die Ü45 spielberechtigt?"],
                  ["Compose les doubles pour l'interclubs (règle d'âge) :", "Qui peut jouer en +45 ?"],
                  ["Componi i doppi per l'interclub (regola d'età):", "Chi può giocare negli over 45?"],
                  ["Set up the doubles for the league match (age rule):", "Who's eligible for the over-45s?"]))
        hdr = c.Lh(["Pos", "Spieler", "Lizenz", "Geb.", "Klass.", "Tel."], ["Pos", "Joueur", "Licence", "Né(e)",
                                                                          "Class.", "Tél."],
                  ["Pos", "Giocatore", "Tessera", "Nato/a", "Class.", "Tel."], ["Pos", "Player", "Licence", "DOB",
                                                                                "Rating", "Tel"])
        rows = []
        for k in range(c.rng.randint(6, 9)):
            p = c.person(c.ch(["adult", "adult", "teen"]))
            rows.append([str(k + 1), c.P(p, c.ch(["revnc", "rev", "full", "caps"])), c.ref(), c.dob(p),
                         c.ch(["R3", "R5", "N4", "15/2", "30", "4.0"]), ("PHONE", c.phone())])
            if c.country == "CH":
                rows[-1].append(("AHV", c.ahv()))
        if c.country == "CH":
            hdr = hdr + [c.L("AHV-Nr. (J+S)", "N° AVS (J+S)", "N. AVS (G+S)", "AHV")]
        d.add(club, " – ", c.L("Mannschaftsmeldung", "composition d'équipe", "formazione", "team sheet"), "\n\n")
        render_table(d, hdr, rows, c.ch(["fixed", "md"]))
    elif v == 1:
        d.ask(c.L("Wer hat die Plätze diese Woche am meisten belegt? Export aus dem Buchungssystem:",
                  "Qui a le plus réservé les courts cette semaine ? Export :",
                  "Chi ha prenotato più campi questa settimana? Export:",
                  "Who booked the courts most this week? Booking system export:"))
        hdr = ["Platz", "Beginn", "Ende", "Spieler1", "Spieler2", "Mail1", "Status", "IP"]
        rows = []
        for _ in range(c.rng.randint(5, 9)):
            a, b = c.person(), c.person()
            dd = c.some_date()
            h = c.rng.randint(7, 20)
            rows.append([f"{c.rng.randint(1, 6)}", f"{dd.isoformat()} {h:02d}:00", f"{h + 1:02d}:00",
                         c.P(a, c.ch(["full", "rev"])), c.P(b, c.ch(["full", "rev", "last"])), ("EMAIL", c.email(a)),
                         c.ch(["OK", "STORNO", "NOSHOW"]), ("IP", c.ip())])
        render_table(d, hdr, rows, c.ch(["csv", "ssv", "tsv"]))
    elif v == 2:
        d.ask(c.L("Antworte dem Interessenten: Aufnahmegebühr und Jahresbeitrag, Lastschrift ab April.",
                  "Réponds : finance d'entrée et cotisation, prélèvement dès avril.",
                  "Rispondi: tassa d'ingresso e quota annuale, addebito da aprile.",
                  "Reply: joining fee and annual subscription, direct debit from April."))
        ct = c.contact()
        sec = c.contact(kind="land")
        sm = c.email(sec["p"], translit(club.replace(" ", "")[:10]) + c.L(".de", ".ch", ".it", ".org"))
        render_mail_head(d, mbox(d, ct["p"], ct["email"]), [("EMAIL", sm)],
                         c.L("Mitgliedschaft", "Adhésion", "Iscrizione", "Membership"))
        d.add(c.dear(sec["p"]), "\n\n",
              c.L("ich möchte mit meiner Tochter eintreten: ", "je souhaite adhérer avec ma fille : ",
                  "vorrei iscrivermi con mia figlia: ", "I'd like to join with my daughter: "))
        kid = c.relative(ct["p"], "teen", "f")
        d.add(c.P(kid, "first"), " (", c.dob(kid), c.L("), ich selbst ", "), moi-même ", "), io ", "), myself "),
              c.dob(ct["p"]), ".\n", c.L("Lastschrift von ", "Prélèvement sur ", "Addebito su ", "Debit from "),
              ("IBAN", c.iban()), c.L(", Kontoinhaber ", ", titulaire ", ", intestatario ", ", account holder "),
              c.P(ct["p"], "full"), ".\n", ("ADDRESS", ct["street"]), "\n", ("ADDRESS", ct["ptown"]), "\n\n",
              closing(d), "\n", c.P(ct["p"], "first"), "\n\n")
        quote_block(d, quote_intro(d, sec["p"], sm),
                    [c.L("Schnuppertraining jeden Samstag. Infos: ", "Initiation chaque samedi. Infos : ",
                         "Prova ogni sabato. Info: ", "Taster sessions every Saturday. Info: "),
                     c.P(sec["p"], c.ch(["full", "init"])), ", ", ("PHONE", sec["phone"])])
    else:
        d.ask(c.L("wer spielt am sonntag mit wem? kurz zusammenfassen bitte:",
                  "qui joue avec qui dimanche ? résume :", "chi gioca con chi domenica? riassumi:",
                  "who's playing with whom on Sunday? quick summary:"))
        pl = [c.contact() for _ in range(4)]
        s = [c.ch([c.P(x["p"], "first"), ("PHONE", x["phone"])]) for x in pl]
        msgs = [(s[0], [c.L("doppel sonntag 10 uhr platz 3? ", "double dimanche 10h court 3 ? ",
                            "doppio domenica ore 10 campo 3? ", "doubles sunday 10am court 3? "),
                        c.P(pl[1]["p"], "first"), ", ", c.P(pl[2]["p"], "first"), "?"]),
                (s[1], [c.L("bin dabei", "ok pour moi", "ci sono", "in")]),
                (s[2], [c.L("kann nicht, frag ", "peux pas, demande à ", "non posso, chiedi a ", "can't, ask "),
                        c.P(pl[3]["p"], c.ch(["full", "last"])), " ", ("PHONE", pl[3]["phone"])]),
                (s[3], [c.L("ok ich komm, hol mich ab? ", "ok je viens, tu passes me prendre ? ",
                            "ok vengo, mi passi a prendere? ", "ok I'm in, pick me up? "),
                        ("ADDRESS", pl[3]["street"])])]
        render_chat(d, msgs, low=c.chance(0.7))


def g_skittles(c: Ctx, d: Doc) -> None:
    v = c.var
    club = c.L(["Kegelclub Alle Neune", "KC Gut Holz", "Kegelfreunde Pudelkönige", "Kegelclub Die Ratzfatz"],
               ["Club de quilles La Boule d'Or", "Les Quilleurs du Jorat", "Club de bowling Strike"],
               ["Bocciofila La Pergola", "Club Bocce Ceresio", "Bocciofila Aurora"],
               ["The Red Lion Skittles Team", "Thursday Night Bowling League", "Nine Pins Social Club"])
    mem = [c.contact() for _ in range(c.rng.randint(5, 8))]
    if v == 0:
        d.ask(c.L(["Rechne mir die Kegelkasse aus – wer schuldet noch wie viel?",
                   "Stimmt die Summe in der Kasse? Bitte nachrechnen:"],
                  ["Fais les comptes de la caisse : qui doit encore combien ?", "Le total est-il juste ?"],
                  ["Fai i conti della cassa: chi deve ancora quanto?", "Il totale è giusto?"],
                  ["Work out the kitty - who still owes what?", "Does the kitty total add up?"]))
        d.add(club, " – ", c.L("Kasse", "caisse", "cassa", "kitty"), " ", c.date(c.some_date()), "\n\n")
        hdr = c.Lh(["Name", "Beitrag", "Pudel", "Kränze", "Strafe", "bezahlt"],
                  ["Nom", "Cotisation", "Rigoles", "Bonus", "Amende", "payé"],
                  ["Nome", "Quota", "Bocciate", "Punti", "Multa", "pagato"],
                  ["Name", "Subs", "Gutters", "Strikes", "Fines", "paid"])
        rows = [[c.P(m["p"], c.ch(["first", "first", "last", "full", "finit"])), c.money(5), str(c.rng.randint(0, 9)),
                 str(c.rng.randint(0, 4)), c.money(c.rng.randint(0, 8) * 0.5), c.ch(["x", "-", "x"])] for m in mem]
        render_table(d, hdr, rows, c.ch(["md", "fixed", "ssv", "tsv"]))
    elif v == 1:
        d.ask(c.L("Mach aus der Einladung zur Kegeltour eine kurze WhatsApp-Nachricht:",
                  "Transforme cette invitation à la sortie en court message WhatsApp :",
                  "Trasforma questo invito alla gita in un breve messaggio WhatsApp:",
                  "Turn this trip invitation into a short WhatsApp message:"))
        org = mem[0]
        render_mail_head(d, mbox(d, org["p"], org["email"]), [("EMAIL", m["email"]) if k == 0 else
                                                               [", ", ("EMAIL", m["email"])]
                                                               for k, m in enumerate(mem[1:4])],
                         c.L("Kegeltour – bitte Daten schicken", "Sortie annuelle", "Gita sociale", "Annual trip"))
        d.add(c.dear(None), "\n\n",
              c.L("die Tour geht dieses Jahr nach ", "cette année, la sortie nous mène à ",
                  "quest'anno la gita è a ", "this year's trip is to "),
              c.ch(["Bamberg", "Annecy", "Lago di Garda", "Bath", "Colmar", "Salzburg"]),
              c.L(". Das Busunternehmen braucht Namen und Geburtsdaten:", ". Le car a besoin des noms et dates de "
                                                                         "naissance :",
                  ". La ditta del pullman vuole nomi e date di nascita:", ". The coach firm needs names and dates of "
                                                                          "birth:"), "\n")
        for m in mem:
            d.add(c.P(m["p"], c.ch(["full", "rev", "caps"])), c.ch(["  ", "\t", " – "]), c.dob(m["p"]), "\n")
        d.add("\n", c.L("Bitte ", "Merci de verser ", "Versate ", "Please transfer "), c.money(c.rng.randint(80, 250)),
              c.L(" überweisen an ", " sur ", " su ", " to "), ("IBAN", c.iban()),
              c.L(" (Kontoinhaber ", " (titulaire ", " (intestato a ", " (account holder "),
              c.P(org["p"], "full"), ").\n",
              closing(d), "\n", c.P(org["p"], "first"), "\n", ("PHONE", org["phone"]), "\n")
    elif v == 2:
        d.ask(c.L("wer kommt donnerstag? zähl mal durch:", "qui vient jeudi ? compte :", "chi viene giovedì? conta:",
                  "who's coming Thursday? count please:"))
        msgs = []
        for m in mem[:c.rng.randint(4, len(mem))]:
            sender = c.ch([c.P(m["p"], "first"), c.P(m["p"], "full"), ("PHONE", m["phone"])])
            body = c.ch([[c.L("bin dabei", "présent", "ci sono", "I'm in")],
                         [c.L("ohne mich, ", "sans moi, ", "senza di me, ", "not me, "),
                          c.P(c.person(), "first"), c.L(" hat geburtstag", " fête son anniv", " compie gli anni",
                                                         " has a birthday")],
                         [c.L("komme, nehme ", "je viens, j'emmène ", "vengo, porto ", "coming, bringing "),
                          c.P(c.ch(mem)["p"], "first"), c.L(" mit", "", "", "")],
                         [c.L("treffpunkt wieder bei mir? ", "rdv chez moi ? ", "ritrovo da me? ", "meet at mine? "),
                          ("ADDRESS", m["street"])]])
            msgs.append((sender, body))
        render_chat(d, msgs, low=True)
    else:
        d.ask(c.L("Bitte aktualisiere die Mitgliederliste: neue Adresse bei einem Mitglied, eines ist ausgetreten.",
                  "Mets à jour la liste : un membre a déménagé, un autre est parti.",
                  "Aggiorna l'elenco: un socio ha cambiato indirizzo, uno è uscito.",
                  "Update the member list: one member moved, one left."))
        hdr = ["name", "dob" if c.lang == "en" else ("geburtstag" if c.lang == "de" else "naissance"),
               "strasse" if c.lang == "de" else "street", "ort" if c.lang == "de" else "town", "tel", "mail"]
        rows = [[c.P(m["p"], c.ch(["full", "rev"])), c.dob(m["p"]), ("ADDRESS", m["street"]), ("ADDRESS", m["ptown"]),
                 ("PHONE", m["phone"]), ("EMAIL", m["email"])] for m in mem]
        render_table(d, hdr, rows, c.ch(["yaml", "json", "csv"]))


def g_balconysolar(c: Ctx, d: Doc) -> None:
    v = c.var
    ct = c.contact()
    inverter = c.ch(["Hoymiles HMS-800W-2T", "Deye SUN-M80G4", "APsystems EZ1-M", "Growatt NEO 800M-X",
                     "EcoFlow PowerStream 800W"])
    fw = f"v{c.rng.randint(1, 3)}.{c.rng.randint(0, 12)}.{c.rng.randint(0, 30)}"
    serial = c.ch(["HM", "DY", "EZ", "GW"]) + c.ref() + c.ref()
    meter = c.ch(["1EMH", "1ESY", "1LGZ", "CH1005"]) + c.ref() + c.ref()
    if v == 0:
        d.ask(c.L("Ist die Anmeldung beim Netzbetreiber so vollständig? Was muss ich noch eintragen?",
                  "Ma déclaration au gestionnaire de réseau est-elle complète ?",
                  "La comunicazione al gestore di rete è completa?",
                  "Is this notification to the grid operator complete?"))
        d.add(c.L("Anmeldung Steckersolargerät", "Déclaration d'installation solaire plug-and-play",
                  "Comunicazione impianto fotovoltaico da balcone", "Plug-in solar notification"), "\n\n")
        render_form(d, [(c.L("Anlagenbetreiber", "Exploitant", "Titolare", "Operator"), c.P(ct["p"], c.ch(["full",
                                                                                                         "rev"]))),
                        (c.L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"), c.dob(ct["p"])),
                        (c.L("Standort", "Adresse du site", "Ubicazione", "Site address"),
                         [("ADDRESS", ct["street"]), ", ", ("ADDRESS", ct["ptown"])]),
                        (c.L("Telefon", "Téléphone", "Telefono", "Phone"), ("PHONE", ct["phone"])),
                        ("E-Mail", ("EMAIL", ct["email"])),
                        (c.L("Zählernummer", "N° de compteur", "Matricola contatore", "Meter no."), meter),
                        (c.L("Wechselrichter", "Onduleur", "Inverter", "Inverter"), f"{inverter} (SN {serial})"),
                        (c.L("Leistung", "Puissance", "Potenza", "Output"), c.ch(["800 W", "600 VA", "2 x 430 Wp"])),
                        ("Firmware", fw),
                        (c.L("WLAN-IP (lokal)", "IP locale", "IP locale", "Local IP"), c.lan_ip()),
                        (c.L("Inbetriebnahme", "Mise en service", "Messa in servizio", "Commissioned"),
                         c.date(c.some_date()))])
    elif v == 1:
        d.ask(c.L("Fass mir zusammen, was der Installateur anbietet und was ich schon bezahlt habe:",
                  "Résume ce que propose l'installateur et ce que j'ai déjà payé :",
                  "Riassumi cosa offre l'installatore e cosa ho già pagato:",
                  "Summarise what the installer is offering and what I've already paid:"))
        inst = c.contact(kind="land")
        company = c.ch(["SonnenDach GmbH", "Balkonstrom24", "Solaire Léman Sàrl", "SoleVivo srl", "SunPlug Ltd"])
        im = c.email(inst["p"], translit(company.split(" ")[0]) + c.L(".de", ".ch", ".it", ".co.uk"))
        render_mail_head(d, mbox(d, inst["p"], im), mbox(d, ct["p"], ct["email"]),
                         c.L("Ihre Bestellung ", "Votre commande ", "Il suo ordine ", "Your order ") + c.ref("#"))
        d.add(c.dear(ct["p"]), "\n\n",
              c.L("danke für Ihre Bestellung: 2 Module à 430 Wp, ", "merci pour votre commande : 2 modules de 430 Wp, ",
                  "grazie per l'ordine: 2 moduli da 430 Wp, ", "thanks for your order: 2 x 430 Wp panels, "),
              inverter, c.L(", Halterung. Montage am ", ", support. Pose le ", ", staffe. Montaggio il ",
                            ", brackets. Fitting on "), c.date(c.some_date()),
              c.L(" an Ihrer Adresse ", " à votre adresse ", " al suo indirizzo ", " at "), ("ADDRESS", ct["street"]),
              ", ", ("ADDRESS", ct["ptown"]), ".\n",
              c.L("Die Anzahlung von ", "L'acompte de ", "L'acconto di ", "The deposit of "),
              c.money(c.rng.randint(150, 400)), c.L(" wurde von Karte ", " a été débité de la carte ",
                                                   " è stato addebitato sulla carta ", " was charged to card "),
              c.masked_card(), c.L(" abgebucht.", ".", ".", "."), "\n\n", closing(d), "\n",
              signature(d, inst["p"], company, im, inst["phone"], inst["street"], inst["ptown"],
                        [c.L("Service-Hotline ", "Hotline ", "Assistenza ", "Helpline "), c.hotline(), "\n"]), "\n")
        quote_block(d, quote_intro(d, ct["p"], ct["email"]),
                    [c.L("Hallo, hier meine Kartendaten für die Anzahlung: ", "Bonjour, voici ma carte pour "
                                                                                "l'acompte : ",
                         "Buongiorno, ecco la carta per l'acconto: ", "Hi, here are my card details for the "
                                                                      "deposit: "),
                     ("CARD", c.card()), f" {c.rng.randint(1, 12):02d}/{c.rng.randint(27, 31)}\n",
                     c.L("Rückruf gern unter ", "Rappelez-moi au ", "Richiamatemi al ", "Call me back on "),
                     ("PHONE", ct["phone"]), "\n", c.P(ct["p"], "full")])
    elif v == 2:
        d.ask(c.L("Sammelbestellung: Wie viele Sets brauchen wir insgesamt und wer hat noch nicht überwiesen?",
                  "Commande groupée : combien de kits au total et qui n'a pas encore payé ?",
                  "Ordine collettivo: quanti kit servono e chi non ha ancora pagato?",
                  "Group order: how many kits in total, and who hasn't paid yet?"))
        hdr = c.ch([["Name", "Strasse", "Ort", "Telefon", "Sets", "IBAN", "bezahlt"],
                    ["who", "addr", "town", "tel", "kits", "iban", "paid?"]])
        rows = []
        for _ in range(c.rng.randint(5, 9)):
            x = c.contact()
            rows.append([c.P(x["p"], c.ch(["full", "rev", "first"])), ("ADDRESS", x["street"]), ("ADDRESS", x["ptown"]),
                         ("PHONE", x["phone"]), str(c.rng.randint(1, 3)),
                         c.ch([("IBAN", c.iban(grouped=False)), "-"]), c.ch(["ja", "nein", "yes", "no", "?"])])
        render_table(d, hdr, rows, c.ch(["csv", "ssv", "md", "tsv"]))
    else:
        d.ask(c.L("Warum meldet die App ständig 'offline'? Hier der Log:",
                  "Pourquoi l'appli affiche-t-elle 'hors ligne' ? Voici le journal :",
                  "Perché l'app segna sempre 'offline'? Ecco il log:",
                  "Why does the app keep showing 'offline'? Here's the log:"))
        when = c.some_date().isoformat()
        d.add(f"{when}T{c.time()}:03Z INFO  account login user=", ("EMAIL", ct["email"]), " name=\"",
              c.P(ct["p"], "full"), "\" from=", ("IP", c.ip()), "\n",
              f"{when}T{c.time()}:09Z INFO  device {serial} fw={fw} lan={c.lan_ip()} rssi=-{c.rng.randint(60, 90)}\n",
              f"{when}T{c.time()}:11Z WARN  device {serial} heartbeat missed (3)\n",
              f"{when}T{c.time()}:40Z INFO  profile sync owner_phone=", ("PHONE", ct["phone"]), " site=\"",
              ("ADDRESS", ct["street"]), "\"\n",
              f"{when}T{c.time()}:41Z ERROR cloud relay timeout host=relay-eu2.{c.ch(['hoymiles', 'apsystems'])}"
              f".com:443\n",
              f"{when}T{c.time()}:55Z INFO  account login user=", ("EMAIL", ct["email"]), " from=", ("IP", c.ip()),
              "\n")


GENRE_FUNCS = {"windowcleaner": g_windowcleaner, "sauna": g_sauna, "bellringers": g_bellringers,
               "cookingclass": g_cookingclass, "skipass": g_skipass, "bakery": g_bakery, "kidsparty": g_kidsparty,
               "studentres": g_studentres, "shelter": g_shelter, "tennis": g_tennis, "skittles": g_skittles,
               "balconysolar": g_balconysolar}


# ---------------------------------------------------------------------------------------------------------------
# build, check, write
# ---------------------------------------------------------------------------------------------------------------

def check(rec: dict) -> None:
    text, ents = rec["text"], rec["entities"]
    last = 0
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
        assert e["start"] >= last, (rec["id"], e)
        last = e["end"]
        if e["type"] == "IBAN":
            assert iban_valid(e["text"]), e
        elif e["type"] == "CARD":
            assert luhn_valid(e["text"]) and 13 <= sum(ch.isdigit() for ch in e["text"]) <= 19, e
        elif e["type"] == "AHV":
            assert ahv_valid(e["text"]), e
        elif e["type"] == "EMAIL":
            assert "@" in e["text"] and " " not in e["text"], e
    for a, b in zip(ents, ents[1:], strict=False):
        if a["type"] == b["type"] == "PERSON":
            assert text[a["end"]:b["start"]] != " ", (rec["id"], a, b)


def build() -> tuple[list[dict], collections.Counter]:
    locs = [loc for loc, n in LOCALE_QUOTA for _ in range(n)]
    random.Random(_int_seed(f"{SEED}|locales")).shuffle(locs)
    per_genre: collections.Counter[str] = collections.Counter()
    docs, fmts = [], collections.Counter()
    for k, loc in enumerate(locs):
        genre = GENRES[k % len(GENRES)]
        i = per_genre[genre]
        per_genre[genre] += 1
        c = Ctx(genre, i, loc)
        d = Doc(c)
        GENRE_FUNCS[genre](c, d)
        d.finish()
        text = d.text()
        if text.endswith("\n"):
            text = text.rstrip("\n")
            assert all(e["end"] <= len(text) for e in d.ents)
        rec = {"id": f"holdout24-{genre}-{i:03d}", "locale": loc, "lang": c.lang, "text": text,
               "entities": d.ents}
        check(rec)
        docs.append(rec)
        fmts.update(c.dob_formats)
    return docs, fmts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--show", type=int, default=0, help="print the first N documents")
    args = ap.parse_args()
    docs, fmts = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in docs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    by_type = collections.Counter(e["type"] for r in docs for e in r["entities"])
    by_tl = collections.Counter((e["type"], r["lang"]) for r in docs for e in r["entities"])
    print(f"{len(docs)} documents, {sum(by_type.values())} values: {dict(by_type.most_common())}")
    for t in TYPES:
        print(t, " / ".join(str(by_tl[(t, lang)]) for lang in ("de", "fr", "it", "en")))
    print("locales", dict(collections.Counter(r["locale"] for r in docs)))
    print("genres", dict(collections.Counter(r["id"].split("-")[1] for r in docs)))
    print(f"{len(fmts)} DOB formats:", dict(fmts.most_common()))
    for rec in docs[:args.show]:
        print("=" * 100, rec["id"], rec["locale"])
        print(rec["text"])
        print([(e["type"], e["text"]) for e in rec["entities"]])


if __name__ == "__main__":
    main()
