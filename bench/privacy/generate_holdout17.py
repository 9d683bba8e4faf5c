r"""Seventeenth blind evaluation set ("holdout17") for the anonymizer.

Written by a helper session, blind: without reading the detectors and their name lists (src/), the tests (tests/),
the other generators and their templates (the bodies of bench/privacy/generate*.py, templates.py) or the texts of any
data set under bench/privacy/data/, without git log / show / diff, and never run through the anonymizer, any test or
bench/privacy/evaluate.py (tarnkappe is not imported; no detector output was ever seen).  The only things read were
the module docstrings of generate_holdout14.py, generate_holdout15.py and generate_holdout16.py (read with
``ast.get_docstring``: record format, label decisions, genres already used) and the module docstring of evaluate.py
with its function evaluate_synthetic (record fields, type names, matching rules, the genres of all earlier sets);
besides that only the file names in bench/privacy/ and bench/privacy/data/, the line-length setting of [tool.ruff]
in pyproject.toml and, once at the start, the output of ``git status --short`` (the names of modified files, no
content).  The label decisions below follow those docstrings; the clarifications were made while writing the
templates, never after looking at any detector output.  The written file was checked only by the generator's own
assertions, by reading its own output (also a scan for unlabelled repeats of the words of labelled names - only the
mail header word "Von" (the particle of a labelled name), a company made of surnames and the article "del" - and
for unlabelled e-mail addresses - only role mailboxes of practices, shops and offices) and by parsing it the way
evaluate.py does.
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout17.jsonl: 4 languages (de, fr, it, en) x 12 genres x 10 documents = 480
documents with 7,535 labelled values (PERSON 3,452, PHONE 1,224, ADDRESS 1,249, DOB 780, EMAIL 615, IBAN 187, CARD
28; de 1,880, fr 1,878, it 1,899, en 1,878).  Deterministic for a given Faker version (written with the project
venv's Faker 40.54.0 and Python 3.11; only Faker and the standard library): ``random.Random`` is seeded with
``"holdout17|<lang>|<genre>|<i>"`` and every Faker locale is re-seeded per document on its first use in the document
(from that seed and the locale name).  Faker is used for person and company names only; streets, towns, postcodes,
phone numbers, e-mail addresses, IBANs and card numbers come from lists and code written here.  Each record has
``id`` (``holdout17-<lang>-<genre>-<NN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``start``, ``end``,
``type``, ``text``); ``text[start:end] == text`` is asserted for every entity, entities are sorted, do not overlap
and carry no surrounding white space, every IBAN has valid ISO 13616 check digits (French ones also a valid RIB key,
Belgian ones a valid national check, Italian ones a valid CIN) and every card number passes Luhn.  Regions: de ->
DE/AT/CH, fr -> FR/CH/BE, it -> IT/CH, en -> GB/US/IE (``locale`` is ``lang_REGION``); every (language, genre) pair
gets its regions in rotation (which region gets the extra documents rotates over the genres) in a seeded order
(``"holdout17|<lang>|<genre>|regions"``), so region and variant (``i % 4``) are not correlated.  The templates write
the labelled values as separate segments that are resolved into offsets at the very end, so upper-casing with OCR
letter confusions and doubled spaces (in the unlabelled text only), lower-case typing, pdftotext-style line filling
with hyphenation (of unlabelled words only), CSV quoting, fixed-width padding and JSON escaping (also ``\u``
escapes, kept inside the span as written) keep the labels exact.

Genres (text people paste into an AI assistant, often with a request in the document's language), chosen to differ
from every genre listed in evaluate.py's docstring for holdout3..holdout16 (those of holdout and holdout2 are not
listed there, so an overlap with them cannot be ruled out):
 1. bpdiary - home blood-pressure diaries shared with the GP: patients' mails with a Markdown reading table and a
    signature, care-home weekly BP sheets (fixed width) faxed to the practice, parent / adult-child chats forwarded to
    the GP, a BP app's JSON export with a lower-case question;
 2. pawnshop - pawnbrokers: pledge tickets (sometimes OCR'd capitals), pledge-book extracts for the police (TSV or
    fixed width), extension mail threads (card number or IBAN), auction notices for unredeemed pledges;
 3. lottery - lottery and football-pool syndicates: syndicate agreements (pdftotext) with a members table, member
    spreadsheets (CSV / TSV, quoted or not), group chats about a win, prize claim forms with co-claimants;
 4. dance - dance schools: course couples lists (Markdown), enrolment forms with direct-debit mandate or card,
    competition entry lists (fixed width) with judges, partner-exchange mails;
 5. salon - hairdressers and beauty salons: client record cards (often OCR'd capitals), appointment book exports,
    salon-phone SMS logs (senders shown as numbers), booking-platform webhook JSON with a no-show card guarantee;
 6. heatingoil - neighbours' heating-oil / pellet group orders: organisers' order mails (Markdown), dealers' delivery
    runs (fixed width) with meter readings, neighbours' chats, invoices (pdftotext) with the cost split;
 7. carpool - school-run and commuter car pools: weekly rotas (Markdown) with emergency contacts, ride-share portal
    exports (CSV), parents' chats, car-pool consent forms with the children's dates of birth;
 8. coachtour - coach tours and pilgrimages: passenger manifests (fixed width), hotel rooming lists (TSV), booking
    confirmations with the customer's reply (card number), the tour leader's lower-case notes;
 9. livery - livery yards and riding stables: livery agreements (pdftotext), tack-room owner lists (Markdown), yard
    chats, pony-camp sign-ups;
10. ptransport - non-emergency patient transport: transport orders / prescriptions, dispatchers' run sheets (fixed
    width), relatives' booking mails for regular dialysis trips, dispatch JSON rejected by billing;
11. farepenalty - public-transport fare evasion: inspectors' penalty notices (often OCR'd capitals), appeal letters
    (also by a parent for a minor), payment reminders, debt-collection referral exports (CSV / pipes);
12. auction - auction houses: bidder registrations (card deposit), absentee / telephone bid forms, consignment
    agreements (pdftotext) with a Markdown lot table, buyers' exports (CSV).
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, letterheads and signatures,
Markdown and fixed-width tables, tab-, semicolon-, comma- and pipe-separated exports, JSON (also a raw HTTP request),
mail headers and quoted replies, chats with three time-stamp styles (senders shown as names or as phone numbers),
capitals with OCR noise and lower case, in each country's conventions (German "str.", floors, "Whg.", "Hinterhaus",
"D-"; Austrian "/Stiege/Tür", "/Top", "Jänner", "A-"; Swiss "strasse", "CH-"; French "bis"/"ter", "Bât.",
"Résidence", upper-case towns; Belgian "bte"/"boîte", "B-"; Italian "n.", "int.", "scala", "piano", "/B" and province
codes with and without parentheses; British flats, mansions and postcodes after the town; Irish Eircodes, counties
and Irish-language street names; US "Apt", "#", "Unit" and ZIP+4); hotel and auction buyers' addresses abroad; phone
numbers national and international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164 and
DIN-style hyphenated endings; dates of birth numeric (with and without leading zeros), two-digit years, ISO, US
month-first, dashes, month names and abbreviations in four languages ("1er", "1°", "Jänner", English ordinals and
"of"), in capitals and lower case.  Names from the Faker locales de_DE, de_AT, de_CH, fr_FR, fr_CH, fr_BE, it_IT
(also for Ticino), en_GB, en_IE and en_US, region-own lists (particles, ordinary words, Mennonite, Austro-Czech,
Romansh, Breton, Basque, Corsican, Réunionese, Walloon/Flemish, Sardinian, Friulian, Ticinese, Welsh, Cornish,
Scottish, Irish-language with gendered forms, Navajo, African-American), language-own first names (double names,
nicknames, ordinary words) and community lists (Turkish/Kurdish, Arabic/Maghrebi, Polish and Greek with feminine
forms, Ukrainian, Vietnamese, Lusophone, Balkan/Albanian, West African, South Asian/Tamil, East Asian, Persian, Horn
of Africa, Romanian, Hispanic/Andean, Filipino, Hungarian, Hebrew); about 58 % region-own, 28 % community, 14 % other
locales, about 6 % double surnames; written as "First Last", "Last, First", "LAST First", "LAST, First", "Last First",
"F. Last", "H.-P. Last", "First L.", separate fields, first names and surnames alone, in capitals and lower case.
Unlabelled distractors: order, ticket, pledge, receipt, invoice, booking, case, notice, lot, paddle, bidder, trip,
course, mandate, creditor and member numbers, apt_/tok_/user_ ids, webhook signatures, ID-card, passport and
driving-licence numbers, health / social-security numbers (Versichertennummer, Austrian SVNR and Italian codice
fiscale embedding the date of birth, AHV, NIR, NISS, NHS, PPSN), VAT / UID / EIN numbers, BICs, sort codes, routing
and account numbers, UELN and microchip numbers, horses' names and foaling dates, number plates, draw numbers,
blood-pressure readings, meter readings, litres, prices, amounts, fees, percentages, heights and ages, colour
formulas, plain dates and times (appointments, draws, deliveries, sales, journeys, due dates), birthdays without a
year, masked cards, last four digits and expiry dates, role mailboxes, hotlines (free-phone, shared-cost, numero
verde) and emergency numbers, companies, practices, clinics, hotels, schools, clubs, dance schools, salons, stables
and transport operators, towns and postcodes alone.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), following the docstrings of holdout14..16:
* PERSON: the name of a natural person as written, in any order, with initials, particles and hyphenated or double
  surnames inside the span; titles, salutations, role and kinship words (Frau, Mme, Sig.ra, Mr, Dr., dott., Oma,
  mamie, nonna, Gran, Tochter, marito) outside; a first name or a surname alone is a PERSON (chat senders, stylists,
  crews, children in a rota, "Famille Pittet", "The Sandersons" with the plural ending outside, "Annas Konto" /
  "Anna's account" with the possessive ending outside); a cardholder in capitals is PERSON; companies (also Faker
  companies made of surnames), horses and pets, salons, stables, schools and clinics are not labelled.
* EMAIL: every e-mail address (private and personal work addresses) except role mailboxes of organisations.
* PHONE: phone and fax numbers of persons and of offices (practice, dealer, stable, clinic, hotel, transport
  operator), national or international; a sender shown as a number is PHONE; hotlines, shared-cost, free-phone and
  emergency numbers are unlabelled.
* IBAN: every IBAN, compact or grouped (also companies', associations' and syndicates' accounts).
* ADDRESS: a one-line address is one span; a two-line block is two spans (street line; postcode + town line); a
  street with a house number standing alone is ADDRESS (delivery lists, pick-up points, chat messages, CSV / JSON
  street fields, dispatch columns); separate town, postcode and country fields are not labelled; business addresses
  (practices, dealers, hotels, auction houses) are labelled.
* DOB: a full date of birth (day, month and year) of a person, with or without a cue ("geb.", "né le", "nata il",
  "DOB"), the cue outside; dates of birth of children are DOB; a JSON ``birthday`` with a year is DOB, without a year
  ("--08-20") it is not; horses' foaling dates are not labelled.
* CARD: full card numbers (Luhn-valid) in forms, mails, chats and JSON (``pan``); masked numbers, last four digits
  and expiry dates are not labelled.

Usage (repo root): python bench/privacy/generate_holdout17.py [--out PATH] [--only GENRE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from faker import Faker

SEED = "holdout17"
OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout17.jsonl"
# ----------------------------------------------------------------------------------------------------------------
# Name lists written here (Faker supplies the rest)
# ----------------------------------------------------------------------------------------------------------------

# community lists: (male first names, female first names, surnames; "m:"/"f:" prefixes restrict a surname to a gender)
COMMUNITY = {
    "tr": ("Mehmet Emre Murat Kerem Yusuf Hakan Burak Serkan Rojhat Berzan",
           "Ayşe Elif Zeynep Büşra Esra Hatice Merve Gülay Rojda Berfin",
           "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Yıldız Koç Baran Ekinci"),
    "ar": ("Mohammed Ahmad Youssef Karim Omar Bilal Samir Walid Hamza Rachid",
           "Fatima Amira Nour Leila Yasmina Salma Rania Hiba Khadija Soumaya",
           "Haddad|El Amrani|Benali|Mansour|Al-Khatib|Khoury|Ben Youssef|Bouzid|Saleh|Nasser|El Idrissi|Hamdan"),
    "pl": ("Piotr Krzysztof Tomasz Paweł Łukasz Marek Grzegorz",
           "Agnieszka Katarzyna Małgorzata Joanna Magdalena Zofia Ewa",
           "m:Kowalski f:Kowalska Nowak m:Wiśniewski f:Wiśniewska Wójcik m:Kamiński f:Kamińska m:Lewandowski "
           "f:Lewandowska m:Zieliński f:Zielińska Mazur m:Dąbrowski f:Dąbrowska Krawczyk"),
    "ua": ("Oleksandr Andrii Mykola Taras Dmytro Bohdan",
           "Olena Oksana Iryna Nataliia Yuliia Khrystyna",
           "Shevchenko Kovalenko Bondarenko Tkachenko Kravchuk Melnyk Boiko Hnatiuk Savchuk"),
    "vn": ("Minh Tuấn Quang Huy Đức Long", "Linh Thảo Lan Ngọc Hương Trang",
           "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Ngo Dang"),
    "pt": ("João Tiago Rui Gonçalo Thiago Rafael Vinícius",
           "Inês Beatriz Mariana Leonor Thaís Larissa Conceição",
           "da Silva|Ferreira|Rodrigues|Gonçalves|Pereira|dos Santos|Carvalho|Sousa|Azevedo|Pires|Nogueira"),
    "bal": ("Besnik Arben Dragan Nikola Armin Edin Luka Ivan Driton",
            "Arta Jelena Mirela Ajla Ivana Dženana Vesna Blerta",
            "Krasniqi Berisha Gashi Hodžić Petrović Jovanović Kovačević Babić Marić Horvat Hoxha Begić Shala"),
    "waf": ("Kwame Mamadou Ousmane Chinedu Kofi Ibrahima Seydou",
            "Aminata Fatoumata Adaeze Abena Awa Ngozi Mariama",
            "Diallo Traoré Mensah Okafor Ndiaye Coulibaly Adeyemi Boateng Sow Keïta Owusu Nwosu"),
    "sas": ("Arjun Rahul Sanjay Karthik Imran Harpreet Tharsan",
            "Priya Ananya Kavitha Deepa Shreya Nadia Mathumitha",
            "Sharma Patel Singh Iyer Krishnan Rahman Chowdhury Gupta Thangarajah Sivakumar Kaur Hussain"),
    "eas": ("Wei Jun Hao Takashi Min-jun Kenji Jian", "Mei Xiaoling Yuki Ji-woo Hana Li Na Sakura",
            "Wang Zhang Chen Liu Tanaka Sato Kim Park Lee Huang Yamamoto Zhou"),
    "fa": ("Reza Amir Dariush Farid Mehdi Ali", "Shirin Leyla Nasrin Parisa Maryam Soraya",
           "Rahimi Hosseini Karimi Ahmadi Moradi Tehrani Sadeghi Jafari"),
    "horn": ("Yonas Tesfaye Abdi Dawit Mulugeta", "Selam Hiwot Saba Ayan Luwam",
             "Tesfamariam Haile Abdullahi Gebremedhin Warsame Tekle Osman"),
    "ro": ("Andrei Mihai Ionuț Bogdan Cristian", "Ioana Andreea Elena Mădălina Roxana",
           "Popescu Ionescu Dumitru Stoica Constantinescu Munteanu Rusu"),
    "gr": ("Georgios Dimitris Nikos Konstantinos Stavros", "Eleni Katerina Sofia Despina Vasiliki",
           "m:Papadopoulos f:Papadopoulou Georgiou m:Nikolaidis f:Nikolaidou Christodoulou Oikonomou "
           "m:Karagiannis f:Karagianni"),
    "his": ("Alejandro|Carlos|Diego|José Luis|Javier|Mateo", "Lucía|Carmen|María José|Valentina|Ximena|Daniela",
            "García|Rodríguez|Martínez|Fernández|López|Hernández|Quispe|Mamani|Gutiérrez|Vargas Llosa|Ortega"),
    "ph": ("Jomar|Rodel|Jerome|Mark Anthony|Arnel", "Maricel|Rowena|Jocelyn|Lorna|Ma. Cristina",
           "Santos|Reyes|dela Cruz|Bautista|Villanueva|Mendoza|Pascual|Dimaculangan"),
    "hu": ("László Zoltán Gábor Bence Attila", "Zsófia Katalin Erzsébet Réka Anikó",
           "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár"),
    "he": ("Avi Yonatan Eitan Noam", "Noa Tamar Yael Shira", "Cohen|Levi|Mizrahi|Friedman|Ben-David|Peretz"),
}


def split_list(s: str) -> list[str]:
    return s.split("|") if "|" in s else s.split()


# region-own additions: (first names male, first names female, surnames)
REGION_OWN = {
    "de_DE": ("Hans-Peter|Karl-Heinz|Jens|Uwe|Sönke|Ole|Kalle|Jörg|Detlef|Heiko|Malte|Friedhelm",
              "Anne-Kathrin|Marie-Luise|Birgit|Heike|Frauke|Steffi|Rosa|Sonja|Gudrun|Imke|Wiebke|Elke",
              "Vogel|Fuchs|Koch|Becker|Sommer|Winter|Ehrlich|Fröhlich|Kaiser|Wolf|Stein|Bach|Busch|Heinemann|"
              "Janßen|Oltmanns|Thießen|von der Heyde|von Bülow|zu Dohna|van Dyk|Dück|Penner|Warkentin|Przybilla|"
              "Kowalczyk|Großkopf|Schäfer|Brandt|Lüdtke|Hahn"),
    "de_AT": ("Johann|Sepp|Franz-Xaver|Leopold|Florian|Alois|Ferdinand|Gottfried",
              "Vroni|Resi|Hannelore|Theresia|Valentina|Herta|Roswitha|Magdalena",
              "Gruber|Huber|Wallner|Pichler|Moser|Hofer|Leitner|Steinbauer|Prohaska|Nowotny|Swoboda|Dvořák|"
              "Hrdlicka|Wiesinger|Eder|Aigner|Brandstätter|Pölzl|Kofler"),
    "de_CH": ("Reto|Urs|Beat|Ueli|Fadri|Gian-Reto|Dölf|Andri|Köbi|Ruedi",
              "Corina|Seraina|Vreni|Brigitte|Mirjam|Ladina|Annemarie|Regula",
              "Brunner|Zürcher|Bürgi|Stöckli|Wüthrich|Aebischer|Caduff|Casanova|Cathomen|Derungs|Tschudi|"
              "Gisler|Ammann|Felber|Von Arx|de Capitani|Bärtschi|Zwahlen"),
    "fr_FR": ("Jean-Marc|Gwenaël|Iñaki|Aimé|Manu|Loïc|Yannick|Jean-Baptiste|Thierry|Hervé",
              "Marie-Claire|Anne-Sophie|Maïwenn|Ghislaine|Lou|Prudence|Juju|Solène|Nolwenn|Bérénice",
              "Le Goff|Le Floch|Kerhervé|Etxeberria|Garat|Santoni|Pieri|Muller|Schwartz|de Villiers|d'Aubigny|"
              "Lefèvre|Fontaine|Marchand|Bonnet|Rousseau|L'Hôte|Boulanger|Berger|Mercier|Payet|Hoarau"),
    "fr_CH": ("Jean-Daniel|Pierre-Alain|Loïc|Cédric|Yvan|Olivier",
              "Marie-France|Nadine|Joëlle|Coralie|Sylviane|Mélanie",
              "Rochat|Favre|Pittet|Chappuis|Cuendet|Rossier|Dubuis|Crettenand|Jaquier|Gaillard|Bonvin|Python"),
    "fr_BE": ("Jean-Luc|Benoît|Maxime|Ruben|Jef|Arnaud",
              "Marie-Thérèse|Ludivine|Lotte|Annick|Griet|Marie-Paule",
              "Vandenbroucke|Van der Linden|Dewulf|Lambotte|Delvaux|Goossens|Peeters|Wauters|Leclercq|Dumont|"
              "Vanderstraeten|De Smet|Van Hoof|Baudouin"),
    "it_IT": ("Gianluca|Pierpaolo|Giuseppe|Gigi|Pino|Felice|Fortunato|Salvatore|Gian Marco|Totò",
              "Maria Grazia|Anna Maria|Serena|Vittoria|Assunta|Concetta|Betta|Speranza|Mariarosa|Loredana",
              "De Luca|Dell'Acqua|D'Angelo|Lo Presti|La Rosa|Di Stefano|Sanna|Pinna|Deiana|Cossu|Zanetti|Furlan|"
              "Del Piero|Esposito|Russo|Bianchi|Greco|Santoro|Ferrara|Capuano|Dalla Costa|Mastrangelo"),
    "it_CH": ("Fabio|Mattia|Nicola|Tiziano|Gabriele|Renzo|Athos",
              "Sara|Chiara|Manuela|Raffaella|Nives|Flavia|Ornella",
              "Bernasconi|Pedrazzini|Gianella|Lurati|Rezzonico|Cattaneo|Balestra|Solcà|Poretti|Guscetti|"
              "Bernardoni|Ghisletta|Fumagalli|Respini|Fransioli"),
    "en_GB": ("Will|Bill|Alfie|Rhys|Iain|Gethin|Tam|Hamish|Nigel|Clive",
              "Hope|Grace|Rose|Sian|Morag|Carys|Kirsty|Bethan|Pauline|Shelley",
              "Baker|Fox|Bird|Hill|Young|Cook|Price|Pritchard|Llewellyn|ap Rhys|Trelawny|Penhaligon|MacLeod|"
              "McKenzie|Fraser|Campbell|Ahmed|Begum|Smith|Wright|Marsh|Ogunleye"),
    "en_IE": ("Oisín|Cian|Seán|Pádraig|Darragh|Cathal|Tadhg|Eoin",
              "Aoife|Niamh|Saoirse|Caoimhe|Gráinne|Síle|Orla|Méabh",
              "O'Sullivan|O'Brien|McCarthy|Fitzgerald|Byrne|Kavanagh|Whelan|Brennan|m:Ó Súilleabháin|"
              "f:Ní Bhriain|m:Mac Giolla Phádraig|f:Ní Dhomhnaill|m:Ó Ceallaigh|f:Nic Amhlaoibh"),
    "en_US": ("DeShawn|Jamal|Dakota|Cody|Tyler|Chip|Bud|Darnell|Marquis|Hunter",
              "LaToya|Keisha|Tanisha|Brittany|Hope|Faith|Shaniqua|Autumn|Destiny|Bethany",
              "Washington|Jefferson|Jackson|Begay|Yazzie|Tsosie|Nguyen|Rodriguez|O'Neill|Kowalski|Schmidt|"
              "Johnson|Miller|Brooks|Hayes|Banks|Delacroix|Running Bear"),
}

FAKER_LOCALE = {"de_DE": "de_DE", "de_AT": "de_AT", "de_CH": "de_CH", "fr_FR": "fr_FR", "fr_CH": "fr_CH",
                "fr_BE": "fr_BE", "it_IT": "it_IT", "it_CH": "it_IT", "en_GB": "en_GB", "en_IE": "en_IE",
                "en_US": "en_US"}
ALL_LOCALES = list(FAKER_LOCALE)

# ----------------------------------------------------------------------------------------------------------------
# Places: streets, (postcode, town, area code) per locale
# ----------------------------------------------------------------------------------------------------------------

STREETS = {
    "de_DE": "Hauptstraße|Bahnhofstraße|Lindenstraße|Schillerstraße|Goethestraße|Gartenweg|Am Mühlbach|Kirchgasse|"
             "Friedrich-Ebert-Straße|Birkenweg|Rosenstraße|Berliner Allee|Kastanienallee|Im Winkel|Sonnenstraße|"
             "Brunnenstraße|Weserstraße|Prinzregentenstraße|Am Hang|Eichendorffweg|Lange Reihe|Zum Steinbruch|"
             "Karl-Marx-Allee|Sophienstraße|Hinter der Mauer|Dorfstraße|Rheinuferweg|An den Teichen",
    "de_AT": "Hauptplatz|Mariahilfer Straße|Gumpendorfer Straße|Landstraßer Hauptstraße|Herrengasse|Schmiedgasse|"
             "Annenstraße|Linzer Straße|Salzburger Straße|Kaiserstraße|Dorfstraße|Grabenweg|Wiener Straße|"
             "Museumstraße|Anichstraße|Lerchenfelder Gürtel|Favoritenstraße|Hietzinger Hauptstraße|Am Anger",
    "de_CH": "Bahnhofstrasse|Seestrasse|Dorfstrasse|Kirchgasse|Hauptstrasse|Zürichstrasse|Bernstrasse|Feldweg|"
             "Im Grund|Rosenweg|Weinbergstrasse|Lindenhofstrasse|Schützengasse|Gerechtigkeitsgasse|Rheinweg|"
             "Hofackerstrasse|Obere Halde|Mattenweg|Langstrasse|Sonnenbergstrasse",
    "fr_FR": "rue des Lilas|rue Victor Hugo|avenue Jean Jaurès|boulevard Voltaire|rue de la République|"
             "allée des Tilleuls|chemin des Vignes|rue du Général Leclerc|place de la Mairie|impasse des Acacias|"
             "rue Pasteur|rue Nationale|quai de la Loire|rue des Écoles|route de Lyon|cours Lafayette|"
             "rue du Faubourg Saint-Antoine|rue de la Paix|avenue de la Libération|rue Jeanne d'Arc",
    "fr_CH": "Avenue de la Gare|Chemin des Vignes|Rue du Simplon|Route de Berne|Rue de Lausanne|Avenue de Rumine|"
             "Chemin du Levant|Grand-Rue|Rue du Temple|Rue des Alpes|Route de Chêne|Rue de Carouge|"
             "Chemin de la Forêt|Avenue d'Ouchy",
    "fr_BE": "Rue de la Station|Chaussée de Waterloo|Avenue Louise|Rue Haute|Rue du Marché|Place Saint-Lambert|"
             "Rue de l'Église|Boulevard d'Avroy|Rue des Carmes|Avenue des Cerisiers|Rue Royale|"
             "Chaussée de Louvain|Rue Saint-Gilles|Avenue de Tervueren",
    "it_IT": "Via Roma|Via Giuseppe Garibaldi|Corso Vittorio Emanuele II|Via Dante Alighieri|"
             "Piazza della Repubblica|Viale Monza|Via dei Mille|Via Nazionale|Via San Francesco|Vicolo del Pozzo|"
             "Via Mazzini|Corso Italia|Via della Libertà|Via Tiburtina|Via Toledo|Lungomare Caracciolo|"
             "Via Cesare Battisti|Viale dei Pini|Via Aurelio Saffi|Borgo Pinti",
    "it_CH": "Via Cantonale|Via Nassa|Via San Gottardo|Via Lugano|Piazza Grande|Via della Posta|Via Ciseri|"
             "Viale Stazione|Via Vela|Via Trevano|Via Industria|Via ai Monti",
    "en_GB": "Park Road|Albion Street|Church Lane|Victoria Road|Station Road|High Street|Mill Lane|Queens Drive|"
             "Granby Street|Cathedral Road|Kingsway|Elmwood Avenue|Burnside Place|Marlborough Crescent|"
             "Chapel Street|Wellington Terrace|Oakfield Grove|Beech Close",
    "en_IE": "Oakfield Drive|Main Street|Griffith Avenue|Castle Street|Church Road|Sea Road|Patrick Street|"
             "The Crescent|Ashgrove Lawn|Ballymun Road|Sráid an Mhuilinn|College Road|Fairgreen Terrace",
    "en_US": "Maple Avenue|Elm Street|Oak Street|N Lincoln Ave|Washington Blvd|Cedar Lane|Lakeview Dr|Main St|"
             "Pine Street|Sunset Blvd|Highland Ave|W 34th St|Magnolia Drive|Bluebonnet Trail|Peachtree St NE|"
             "S Congress Ave|Prospect Pl|Hawthorne Rd",
}

# locale -> list of (postcode, town, area code); GB/IE/US keep their own shapes
TOWNS = {
    "de_DE": [("10437", "Berlin", "030"), ("10999", "Berlin", "030"), ("12045", "Berlin", "030"),
              ("20357", "Hamburg", "040"), ("22765", "Hamburg", "040"), ("80469", "München", "089"),
              ("81541", "München", "089"), ("50667", "Köln", "0221"), ("50733", "Köln", "0221"),
              ("60316", "Frankfurt am Main", "069"), ("70176", "Stuttgart", "0711"), ("04109", "Leipzig", "0341"),
              ("01099", "Dresden", "0351"), ("30159", "Hannover", "0511"), ("28203", "Bremen", "0421"),
              ("90402", "Nürnberg", "0911"), ("44137", "Dortmund", "0231"), ("45127", "Essen", "0201"),
              ("48143", "Münster", "0251"), ("79098", "Freiburg im Breisgau", "0761"),
              ("93047", "Regensburg", "0941"), ("24103", "Kiel", "0431"), ("18055", "Rostock", "0381"),
              ("99084", "Erfurt", "0361"), ("66111", "Saarbrücken", "0681"), ("55116", "Mainz", "06131"),
              ("97070", "Würzburg", "0931"), ("26122", "Oldenburg", "0441"), ("33602", "Bielefeld", "0521"),
              ("69117", "Heidelberg", "06221")],
    "de_AT": [("1060", "Wien", "01"), ("1030", "Wien", "01"), ("1100", "Wien", "01"), ("1160", "Wien", "01"),
              ("1210", "Wien", "01"), ("8010", "Graz", "0316"), ("8020", "Graz", "0316"),
              ("5020", "Salzburg", "0662"), ("4020", "Linz", "0732"), ("6020", "Innsbruck", "0512"),
              ("9020", "Klagenfurt am Wörthersee", "0463"), ("3100", "St. Pölten", "02742"),
              ("6900", "Bregenz", "05574"), ("2700", "Wiener Neustadt", "02622"), ("4600", "Wels", "07242"),
              ("9500", "Villach", "04242"), ("8700", "Leoben", "03842"), ("3500", "Krems an der Donau", "02732")],
    "de_CH": [("8004", "Zürich", "044"), ("8037", "Zürich", "044"), ("8400", "Winterthur", "052"),
              ("3011", "Bern", "031"), ("3013", "Bern", "031"), ("4051", "Basel", "061"), ("4057", "Basel", "061"),
              ("6003", "Luzern", "041"), ("9000", "St. Gallen", "071"), ("5000", "Aarau", "062"),
              ("8200", "Schaffhausen", "052"), ("7000", "Chur", "081"), ("6300", "Zug", "041"),
              ("2502", "Biel/Bienne", "032"), ("4500", "Solothurn", "032"), ("3600", "Thun", "033"),
              ("8840", "Einsiedeln", "055")],
    "fr_FR": [("75011", "Paris", "01"), ("75018", "Paris", "01"), ("75015", "Paris", "01"), ("69003", "Lyon", "04"),
              ("69007", "Lyon", "04"), ("13005", "Marseille", "04"), ("31000", "Toulouse", "05"),
              ("33000", "Bordeaux", "05"), ("44000", "Nantes", "02"), ("59000", "Lille", "03"),
              ("67000", "Strasbourg", "03"), ("35000", "Rennes", "02"), ("34000", "Montpellier", "04"),
              ("06000", "Nice", "04"), ("21000", "Dijon", "03"), ("37000", "Tours", "02"), ("29200", "Brest", "02"),
              ("64100", "Bayonne", "05"), ("20000", "Ajaccio", "04"), ("63000", "Clermont-Ferrand", "04"),
              ("38000", "Grenoble", "04"), ("51100", "Reims", "03"), ("93100", "Montreuil", "01"),
              ("92130", "Issy-les-Moulineaux", "01")],
    "fr_CH": [("1003", "Lausanne", "021"), ("1004", "Lausanne", "021"), ("1201", "Genève", "022"),
              ("1205", "Genève", "022"), ("1227", "Carouge GE", "022"), ("1700", "Fribourg", "026"),
              ("2000", "Neuchâtel", "032"), ("1950", "Sion", "027"), ("1800", "Vevey", "021"),
              ("1820", "Montreux", "021"), ("2300", "La Chaux-de-Fonds", "032"),
              ("1400", "Yverdon-les-Bains", "024"), ("1260", "Nyon", "022"), ("2800", "Delémont", "032")],
    "fr_BE": [("1000", "Bruxelles", "02"), ("1050", "Ixelles", "02"), ("1060", "Saint-Gilles", "02"),
              ("1030", "Schaerbeek", "02"), ("1348", "Louvain-la-Neuve", "010"), ("4000", "Liège", "04"),
              ("5000", "Namur", "081"), ("6000", "Charleroi", "071"), ("7000", "Mons", "065"),
              ("1300", "Wavre", "010"), ("6700", "Arlon", "063"), ("7500", "Tournai", "069"),
              ("4800", "Verviers", "087")],
    "it_IT": [("20125", "Milano", "02", "MI"), ("20144", "Milano", "02", "MI"), ("00184", "Roma", "06", "RM"),
              ("00152", "Roma", "06", "RM"), ("10121", "Torino", "011", "TO"), ("40126", "Bologna", "051", "BO"),
              ("50122", "Firenze", "055", "FI"), ("80134", "Napoli", "081", "NA"), ("90133", "Palermo", "091", "PA"),
              ("16121", "Genova", "010", "GE"), ("30121", "Venezia", "041", "VE"), ("37121", "Verona", "045", "VR"),
              ("35122", "Padova", "049", "PD"), ("70122", "Bari", "080", "BA"), ("95124", "Catania", "095", "CT"),
              ("09124", "Cagliari", "070", "CA"), ("34121", "Trieste", "040", "TS"), ("38122", "Trento", "0461", "TN"),
              ("06121", "Perugia", "075", "PG"), ("25121", "Brescia", "030", "BS"), ("24121", "Bergamo", "035", "BG"),
              ("33100", "Udine", "0432", "UD")],
    "it_CH": [("6900", "Lugano", "091"), ("6500", "Bellinzona", "091"), ("6600", "Locarno", "091"),
              ("6850", "Mendrisio", "091"), ("6830", "Chiasso", "091"), ("6512", "Giubiasco", "091"),
              ("6616", "Losone", "091"), ("6710", "Biasca", "091"), ("6952", "Canobbio", "091")],
    # (town, outward code, area code)
    "en_GB": [("London", "SW9", "020"), ("London", "E8", "020"), ("London", "N16", "020"), ("Leeds", "LS6", "0113"),
              ("Manchester", "M14", "0161"), ("Birmingham", "B13", "0121"), ("Bristol", "BS6", "0117"),
              ("Sheffield", "S7", "0114"), ("Cardiff", "CF11", "029"), ("Edinburgh", "EH9", "0131"),
              ("Glasgow", "G12", "0141"), ("Norwich", "NR2", "01603"), ("Brighton", "BN2", "01273"),
              ("Nottingham", "NG7", "0115"), ("York", "YO31", "01904"), ("Oxford", "OX4", "01865"),
              ("Newcastle upon Tyne", "NE6", "0191"), ("Truro", "TR1", "01872"), ("Belfast", "BT9", "028"),
              ("Aberdeen", "AB24", "01224")],
    # (town line, routing key, area code)
    "en_IE": [("Dublin 9", "D09", "01"), ("Dublin 6W", "D6W", "01"), ("Dublin 8", "D08", "01"),
              ("Cork", "T12", "021"), ("Galway", "H91", "091"), ("Limerick", "V94", "061"),
              ("Waterford", "X91", "051"), ("Kilkenny", "R95", "056"), ("Sligo", "F91", "071"),
              ("Tralee, Co. Kerry", "V92", "066"), ("Navan, Co. Meath", "C15", "046"), ("Bray, Co. Wicklow", "A98",
                                                                                        "01")],
    # (city, state, zip, area code)
    "en_US": [("Springfield", "IL", "62704", "217"), ("Boston", "MA", "02130", "617"), ("Austin", "TX", "78704", "512"),
              ("Portland", "OR", "97214", "503"), ("Denver", "CO", "80205", "303"), ("Chicago", "IL", "60614", "773"),
              ("Brooklyn", "NY", "11215", "718"), ("Seattle", "WA", "98103", "206"), ("Atlanta", "GA", "30309", "404"),
              ("Madison", "WI", "53703", "608"), ("Minneapolis", "MN", "55408", "612"),
              ("San Diego", "CA", "92104", "619"), ("Columbus", "OH", "43201", "614"), ("Raleigh", "NC", "27601",
                                                                                        "919"),
              ("Albuquerque", "NM", "87106", "505"), ("Philadelphia", "PA", "19147", "215"),
              ("Tucson", "AZ", "85719", "520"), ("Burlington", "VT", "05401", "802")],
}

# abroad: (country code, street list, town list, phone prefix, mobile pattern)
ABROAD = {
    "PL": ("ul. Długa|ul. Piotrkowska|ul. Mickiewicza|al. Jerozolimskie|ul. Słowackiego",
           "00-238 Warszawa|90-134 Łódź|31-042 Kraków|80-831 Gdańsk|50-041 Wrocław", "+48", "5## ### ###"),
    "PT": ("Rua das Flores|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo",
           "4050-262 Porto|1250-146 Lisboa|3000-214 Coimbra|4700-320 Braga", "+351", "91# ### ###"),
    "ES": ("Calle Mayor|Carrer de Mallorca|Calle Sierpes|Avenida de América",
           "28013 Madrid|08036 Barcelona|41004 Sevilla|46002 València", "+34", "6## ## ## ##"),
    "NL": ("Prinsengracht|Oudegracht|Witte de Withstraat|Korte Houtstraat",
           "1016 GV Amsterdam|3511 AS Utrecht|3014 GN Rotterdam|2513 AH Den Haag", "+31", "6 ########"),
    "RO": ("Str. Lipscani|Bd. Eroilor|Str. Memorandumului|Calea Victoriei",
           "030167 București|400012 Cluj-Napoca|300085 Timișoara", "+40", "7## ### ###"),
    "TR": ("Bağdat Cad.|Atatürk Bulvarı|İstiklal Cad.|Cumhuriyet Mah. Gül Sok.",
           "34710 Kadıköy/İstanbul|06420 Çankaya/Ankara|35220 Konak/İzmir", "+90", "5## ### ## ##"),
    "HR": ("Ilica|Vukovarska ulica|Ulica kralja Zvonimira", "10000 Zagreb|21000 Split|51000 Rijeka", "+385",
           "9# ### ####"),
}

COUNTRY_NAME = {
    "de": {"PL": "Polen", "PT": "Portugal", "ES": "Spanien", "NL": "Niederlande", "RO": "Rumänien", "TR": "Türkei",
           "HR": "Kroatien", "DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "Frankreich",
           "IT": "Italien", "GB": "Großbritannien", "IE": "Irland", "US": "USA", "BE": "Belgien"},
    "fr": {"PL": "Pologne", "PT": "Portugal", "ES": "Espagne", "NL": "Pays-Bas", "RO": "Roumanie", "TR": "Turquie",
           "HR": "Croatie", "DE": "Allemagne", "AT": "Autriche", "CH": "Suisse", "FR": "France", "IT": "Italie",
           "GB": "Royaume-Uni", "IE": "Irlande", "US": "États-Unis", "BE": "Belgique"},
    "it": {"PL": "Polonia", "PT": "Portogallo", "ES": "Spagna", "NL": "Paesi Bassi", "RO": "Romania", "TR": "Turchia",
           "HR": "Croazia", "DE": "Germania", "AT": "Austria", "CH": "Svizzera", "FR": "Francia", "IT": "Italia",
           "GB": "Regno Unito", "IE": "Irlanda", "US": "Stati Uniti", "BE": "Belgio"},
    "en": {"PL": "Poland", "PT": "Portugal", "ES": "Spain", "NL": "Netherlands", "RO": "Romania", "TR": "Turkey",
           "HR": "Croatia", "DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France", "IT": "Italy",
           "GB": "UK", "IE": "Ireland", "US": "USA", "BE": "Belgium"},
}

MOBILE = {
    "de_DE": ["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"],
    "de_AT": ["650", "660", "664", "676", "680", "681", "688", "699"],
    "CH": ["76", "77", "78", "79"],
    "fr_FR": ["6", "7"],
    "fr_BE": ["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488",
              "489", "494", "495", "496", "497", "498", "499"],
    "it_IT": ["320", "328", "329", "333", "334", "335", "338", "339", "340", "345", "347", "348", "349", "366",
              "380", "388", "392"],
    "en_GB": ["7700", "7711", "7723", "7734", "7747", "7756", "7768", "7775", "7789", "7791", "7803", "7824", "7852",
              "7870", "7888", "7903", "7912", "7930", "7947", "7956", "7968", "7974", "7983"],
    "en_IE": ["83", "85", "86", "87", "89"],
}

MAIL_DOMAINS = {
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "freenet.de", "mailbox.org"],
    "de_AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "drei.at"],
    "de_CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr"],
    "fr_CH": ["bluewin.ch", "gmail.com", "netplus.ch", "sunrise.ch"],
    "fr_BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be", "voo.be"],
    "it_IT": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it", "tim.it"],
    "it_CH": ["bluewin.ch", "ticino.com", "gmail.com", "hispeed.ch"],
    "en_GB": ["btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "gmail.com", "outlook.com"],
    "en_IE": ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "icloud.com"],
    "en_US": ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "icloud.com", "outlook.com", "att.net"],
}

LANG_OF = {loc: loc[:2] for loc in ALL_LOCALES}
REGIONS = {"de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CH", "fr_BE"], "it": ["it_IT", "it_CH"],
           "en": ["en_GB", "en_US", "en_IE"]}

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
MONTHS_ABBR = {
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
WEEKDAYS = {
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}
# ----------------------------------------------------------------------------------------------------------------
# Segments: a document is a list of plain strings and labelled values (E); offsets are computed at the very end.
# ----------------------------------------------------------------------------------------------------------------


class E:
    """A labelled value: type and text exactly as written."""

    __slots__ = ("t", "s")

    def __init__(self, t: str, s: str) -> None:
        assert t in TYPES, t
        assert s and s == s.strip(), repr(s)
        self.t = t
        self.s = s

    def __repr__(self) -> str:
        return f"E({self.t}, {self.s!r})"


TYPES = ("PERSON", "PHONE", "ADDRESS", "DOB", "EMAIL", "IBAN", "CARD")


def flat(items) -> list:
    out: list = []
    stack = [items]

    def rec(x) -> None:
        if x is None:
            return
        if isinstance(x, (str, E)):
            if isinstance(x, str) and not x:
                return
            out.append(x)
            return
        for y in x:
            rec(y)

    rec(stack)
    return out


def plain(items) -> str:
    return "".join(x if isinstance(x, str) else x.s for x in flat(items))


def width(items) -> int:
    return len(plain(items))


def mapseg(items, fp, fv=None) -> list:
    """Apply fp to plain strings and fv (default fp) to the text of labelled values."""
    fv = fv or fp
    out = []
    for x in flat(items):
        if isinstance(x, str):
            out.append(fp(x))
        else:
            out.append(E(x.t, fv(x.s)))
    return out


def upper(items) -> list:
    return mapseg(items, str.upper)


def lower(items) -> list:
    return mapseg(items, str.lower)


OCR_MAP = {"O": "0", "I": "1", "S": "5", "B": "8", "E": "F", "L": "I", "G": "6", "D": "O", "U": "V", "A": "4"}


def ocr_caps(items, rng: random.Random, rate: float = 0.03) -> list:
    """Whole-document capitals; OCR letter confusions and doubled spaces in the unlabelled text only."""

    def noisy(s: str) -> str:
        s = s.upper()
        out = []
        for ch in s:
            if ch in OCR_MAP and rng.random() < rate:
                out.append(OCR_MAP[ch])
            elif ch == " " and rng.random() < rate:
                out.append("  ")
            else:
                out.append(ch)
        return "".join(out)

    return mapseg(items, noisy, str.upper)


def js(items, ascii_: bool = False) -> list:
    """A JSON string of the items; every segment is escaped by itself (escaping works character by character)."""
    out: list = ['"']
    for x in flat(items):
        if isinstance(x, str):
            out.append(json.dumps(x, ensure_ascii=ascii_)[1:-1])
        else:
            out.append(E(x.t, json.dumps(x.s, ensure_ascii=ascii_)[1:-1]))
    out.append('"')
    return out


def xml_esc(items) -> list:
    def f(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

    return mapseg(items, f)


def csvcell(items, sep: str = ",", force: bool = False) -> list:
    txt = plain(items)
    if force or sep in txt or '"' in txt or "\n" in txt:
        return ['"', mapseg(items, lambda s: s.replace('"', '""')), '"']
    return flat(items)


def csvrow(cells, sep: str = ",", force: bool = False) -> list:
    out: list = []
    for k, cell in enumerate(cells):
        if k:
            out.append(sep)
        out.append(csvcell(cell, sep, force))
    out.append("\n")
    return out


def fwrow(cells, widths, gap: str = " ") -> list:
    out: list = []
    for k, cell in enumerate(cells):
        c = flat(cell)
        out.append(c)
        if k < len(cells) - 1:
            w = widths[k]
            n = width(c)
            out.append(" " * (w - n) + gap if n < w else gap)
    out.append("\n")
    return out


def mdrow(cells) -> list:
    out: list = ["|"]
    for cell in cells:
        out += [" ", cell, " |"]
    out.append("\n")
    return out


def mdhead(heads) -> list:
    return ["| " + " | ".join(heads) + " |\n", "|" + "---|" * len(heads) + "\n"]


def tsvrow(cells) -> list:
    out: list = []
    for k, cell in enumerate(cells):
        if k:
            out.append("\t")
        out.append(cell)
    out.append("\n")
    return out


WORD_RE = re.compile(r"^[A-Za-zÀ-ÿ]{9,}$")


VOWELS = set("aeiouäöüàâéèêëîïôùûüáíóúAEIOUÄÖÜÉ")


NO_SPLIT = ("ch", "ck", "sc", "ph", "th", "qu", "gn", "gl")


def hyph_point(word: str, room: int) -> int:
    """A plausible hyphenation point (V-CV or VC-CV, not inside ch/ck/sc/...) within room, 3+ letters each side."""
    for k in range(min(room, len(word) - 3), 2, -1):
        a, b, nxt = word[k - 1].lower(), word[k].lower(), word[k + 1].lower()
        if (a + b) in NO_SPLIT or (b + nxt) in ("ch", "ck", "sc", "ph", "th", "qu") and a not in VOWELS:
            continue
        if a in VOWELS and b not in VOWELS and nxt in VOWELS:
            return k
        if a not in VOWELS and b not in VOWELS and word[k - 2].lower() in VOWELS and nxt in VOWELS:
            return k
    return 0


def fill(items, rng: random.Random, w: int = 78, hyph: bool = True) -> list:
    """pdftotext-style line filling; only unlabelled words are hyphenated at line ends."""
    # split into hard lines, each line into words (groups of pieces not separated by spaces)
    pieces = flat(items)
    lines: list = [[]]
    for x in pieces:
        if isinstance(x, E):
            lines[-1].append(x)
            continue
        for k, part in enumerate(x.split("\n")):
            if k:
                lines.append([])
            if part:
                lines[-1].append(part)
    out: list = []
    for ln in lines:
        words: list = [[]]
        for x in ln:
            if isinstance(x, E):
                words[-1].append(x)
                continue
            for tok in re.split(r"( +)", x):
                if tok.startswith(" "):
                    words.append([])
                elif tok:
                    words[-1].append(tok)
        words = [wd for wd in words if wd]
        cur = 0
        for wd in words:
            n = width(wd)
            if cur and cur + 1 + n > w:
                single = len(wd) == 1 and isinstance(wd[0], str) and WORD_RE.match(wd[0])
                room = w - cur - 2
                cut = hyph_point(wd[0], room) if hyph and single and rng.random() < 0.7 else 0
                if cut:
                    out += [" ", wd[0][:cut] + "-", "\n", wd[0][cut:]]
                    cur = len(wd[0]) - cut
                    continue
                out.append("\n")
                cur = 0
            elif cur:
                out.append(" ")
                cur += 1
            out.append(wd)
            cur += n
        out.append("\n")
    return out


def resolve(items) -> tuple[str, list[dict]]:
    text_parts: list[str] = []
    ents: list[dict] = []
    pos = 0
    for x in flat(items):
        if isinstance(x, str):
            text_parts.append(x)
            pos += len(x)
        else:
            assert x.s == x.s.strip() and x.s, repr(x.s)
            ents.append({"start": pos, "end": pos + len(x.s), "type": x.t, "text": x.s})
            text_parts.append(x.s)
            pos += len(x.s)
    text = "".join(text_parts)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
    for a, b in zip(ents, ents[1:], strict=False):
        assert a["end"] <= b["start"]
    return text, ents


# ----------------------------------------------------------------------------------------------------------------
# Checksums
# ----------------------------------------------------------------------------------------------------------------


def luhn_ok(num: str) -> bool:
    digits = [int(d) for d in num if d.isdigit()]
    s = 0
    for k, d in enumerate(reversed(digits)):
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return partial + d
    raise AssertionError


def iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(cc: str, bban: str) -> str:
    check = 98 - iban_num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return iban_num(s[4:] + s[:4]) % 97 == 1


CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(bban22: str) -> str:
    s = 0
    for k, ch in enumerate(bban22):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        s += CIN_ODD[v] if k % 2 == 0 else v
    return chr(65 + s % 26)


def fr_rib_key(bank: str, branch: str, acct: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def make_iban(rng: random.Random, cc: str) -> str:
    if cc == "DE":
        bban = digits(rng, 8, True) + digits(rng, 10)
    elif cc == "AT":
        bban = digits(rng, 5, True) + digits(rng, 11)
    elif cc == "CH":
        bban = rng.choice(["00762", "00700", "00235", "09000", "00767", "08401", "00251"]) + digits(rng, 12)
    elif cc == "LI":
        bban = "08810" + digits(rng, 12)
    elif cc == "FR":
        bank, branch, acct = rng.choice(["30003", "30004", "20041", "10278", "11306", "30002"]), digits(rng, 5), \
            digits(rng, 11)
        bban = bank + branch + acct + fr_rib_key(bank, branch, acct)
    elif cc == "BE":
        ten = digits(rng, 10, True)
        chk = int(ten) % 97 or 97
        bban = ten + f"{chk:02d}"
    elif cc == "IT":
        abi, cab, acct = rng.choice(["03069", "02008", "05034", "03062", "01030", "05696"]), digits(rng, 5, True), \
            "0000" + digits(rng, 8)
        bban = it_cin(abi + cab + acct) + abi + cab + acct
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(rng, 6, True) + digits(rng, 8)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 6, True) + digits(rng, 8)
    elif cc == "LU":
        bban = digits(rng, 3, True) + digits(rng, 13)
    elif cc == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB"]) + digits(rng, 10)
    elif cc == "PL":
        bban = digits(rng, 24, True)
    elif cc == "PT":
        bban = "0035" + digits(rng, 17)
    elif cc == "ES":
        bban = rng.choice(["2100", "0049", "0182"]) + digits(rng, 16)
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "INGB"]) + digits(rng, 16)
    elif cc == "HR":
        bban = digits(rng, 17, True)
    else:
        raise ValueError(cc)
    iban = iban_make(cc, bban)
    assert iban_ok(iban)
    return iban


def group4(s: str) -> str:
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4))


def make_card(rng: random.Random, brand: str | None = None) -> tuple[str, str]:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "visa":
        num = luhn_complete("4" + digits(rng, 14))
    elif brand == "mc":
        num = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "22"]) + digits(rng, 13))
    else:
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
    assert luhn_ok(num)
    return brand, num


def fmt_card(rng: random.Random, num: str) -> str:
    st = rng.random()
    if len(num) == 15:
        if st < 0.7:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    if st < 0.6:
        return group4(num)
    if st < 0.8:
        return "-".join(num[k:k + 4] for k in range(0, 16, 4))
    return num


# ----------------------------------------------------------------------------------------------------------------
# Text helpers
# ----------------------------------------------------------------------------------------------------------------

FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "đ": "d",
        "Đ": "D", "ı": "i", "ð": "d", "þ": "th"}


def ascii_fold(s: str, german: bool = False) -> str:
    if german:
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe") \
            .replace("Ü", "Ue")
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s: str, german: bool = False) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s, german).lower())


def is_latin(s: str) -> bool:
    for ch in s:
        if ch.isalpha() and not (ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF):
            return False
    return True
# ----------------------------------------------------------------------------------------------------------------
# People, places, numbers
# ----------------------------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    g: str  # "m" or "f"
    loc: str  # home locale ("de_AT") or a country code abroad ("PL")
    email: str | None = None  # the person's private address once written


@dataclass
class Addr:
    street: str  # street line as written
    town: str  # postcode + town line as written
    loc: str
    area: str = ""  # phone area code of the town
    country: str = ""
    city: str = ""  # the town's name alone (never labelled)

    def one(self) -> str:
        return f"{self.street}, {self.town}"


def pairs_right(s: str) -> str:
    """Group digits in pairs from the right ("123456" -> "12 34 56", "1234567" -> "123 45 67")."""
    out = []
    while len(s) > 3:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(rng: random.Random, d: dt.date, lang: str, loc: str, style: str | None = None) -> str:
    y, m, dd = d.year, d.month, d.day
    if style is None:
        style = rng.choices(["num", "num2", "short", "iso", "long", "abbr"], [40, 14, 8, 8, 22, 8])[0]
    us = loc == "en_US"
    if style == "iso":
        return f"{y:04d}-{m:02d}-{dd:02d}"
    if style == "short":
        if us:
            return f"{m}/{dd}/{y % 100:02d}"
        sep = "." if lang == "de" else rng.choice(["/", "/", "."])
        return f"{dd:02d}{sep}{m:02d}{sep}{y % 100:02d}"
    if style == "num2":
        if us:
            return f"{m}/{dd}/{y}"
        if lang == "de":
            return f"{dd}.{m}.{y}"
        if lang == "en":
            return rng.choice([f"{dd}/{m}/{y}", f"{dd:02d}-{m:02d}-{y}"])
        return rng.choice([f"{dd}/{m}/{y}", f"{dd:02d}-{m:02d}-{y}", f"{dd:02d}.{m:02d}.{y}"])
    if style == "num":
        if us:
            return rng.choice([f"{m:02d}/{dd:02d}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{m:02d}-{dd:02d}-{y}"])
        if lang == "de" or loc.endswith("_CH"):
            return f"{dd:02d}.{m:02d}.{y}"
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "long":
        mn = MONTHS[lang][m - 1]
        if lang == "de":
            if loc == "de_AT" and m == 1:
                mn = "Jänner"
            return f"{dd}. {mn} {y}"
        if lang == "fr":
            return f"{'1er' if dd == 1 else dd} {mn} {y}"
        if lang == "it":
            return f"{'1°' if dd == 1 else dd} {mn} {y}"
        if us:
            return rng.choice([f"{mn} {dd}, {y}", f"{mn} {dd}, {y}", f"{mn} {ordinal_en(dd)}, {y}"])
        return rng.choice([f"{dd} {mn} {y}", f"{dd} {mn} {y}", f"{ordinal_en(dd)} {mn} {y}",
                           f"{ordinal_en(dd)} of {mn} {y}"])
    if style == "abbr":
        mn = MONTHS_ABBR[lang][m - 1]
        if lang == "de":
            if loc == "de_AT" and m == 1:
                mn = "Jän."
            return f"{dd}. {mn} {y}"
        if lang == "fr":
            return f"{dd} {mn} {y}"
        if lang == "it":
            return f"{dd} {mn} {y}"
        if us:
            return f"{mn} {dd}, {y}"
        return f"{dd} {mn} {y}"
    raise ValueError(style)


CURRENCY = {"de_DE": "EUR", "de_AT": "EUR", "de_CH": "CHF", "fr_FR": "EUR", "fr_CH": "CHF", "fr_BE": "EUR",
            "it_IT": "EUR", "it_CH": "CHF", "en_GB": "GBP", "en_IE": "EUR", "en_US": "USD"}


def town_name(t: tuple, loc: str) -> str:
    if loc in ("en_GB", "en_IE", "en_US"):
        return t[0].split(",")[0]
    return t[1]


class Ctx:
    def __init__(self, lang: str, loc: str, seed: str) -> None:
        self.lang = lang
        self.loc = loc
        self.seed = seed
        self.rng = random.Random(seed)
        self._fakers: dict[str, Faker] = {}
        rng = self.rng
        self.today = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))
        self.town = self.pick_town()
        self.used_names: list[str] = []
        self.last_dob = self.today

    # --- randomness -------------------------------------------------------------------------------------------
    def r(self) -> float:
        return self.rng.random()

    def ch(self, seq):
        return self.rng.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def faker(self, loc: str) -> Faker:
        floc = FAKER_LOCALE.get(loc, loc)
        if floc not in self._fakers:
            fk = FAKERS[floc]
            fk.seed_instance(f"{self.seed}|{floc}")
            self._fakers[floc] = fk
        return self._fakers[floc]

    # --- people -----------------------------------------------------------------------------------------------
    def _faker_name(self, loc: str, g: str) -> tuple[str, str]:
        fk = self.faker(loc)
        for _ in range(50):
            first = fk.first_name_male() if g == "m" else fk.first_name_female()
            last = fk.last_name()
            if is_latin(first + last) and "." not in first + last:
                return first, last
        raise AssertionError(loc)

    def _own_name(self, loc: str, g: str) -> tuple[str, str]:
        fm, ff, sn = REGION_OWN[loc]
        first = self.ch(split_list(fm if g == "m" else ff)) if self.r() < 0.55 else self._faker_name(loc, g)[0]
        last = self._pick_surname(split_list(sn), g)
        return first, last

    def _pick_surname(self, names: list[str], g: str) -> str:
        ok = [n for n in names if not (n.startswith("m:") and g == "f") and not (n.startswith("f:") and g == "m")]
        return re.sub(r"^[mf]:", "", self.ch(ok))

    def _comm_name(self, g: str, key: str | None = None) -> tuple[str, str]:
        key = key or self.ch(list(COMMUNITY))
        fm, ff, sn = COMMUNITY[key]
        fkey = self.ch(list(COMMUNITY)) if self.r() < 1 / 12 else key
        fm2, ff2, _ = COMMUNITY[fkey]
        first = self.ch(split_list(fm2 if g == "m" else ff2))
        return first, self._pick_surname(split_list(sn), g)

    def person(self, g: str | None = None, loc: str | None = None, origin: str | None = None,
               last: str | None = None) -> Person:
        loc = loc or self.loc
        g = g or self.ch("mf")
        for _ in range(30):
            home = loc if loc in FAKER_LOCALE else self.loc
            o = origin
            if o is None:
                x = self.r()
                o = "own" if x < 0.58 else ("comm" if x < 0.86 else "other")
            if o == "own":
                first, ln = self._faker_name(home, g) if self.r() < 0.6 else self._own_name(home, g)
            elif o == "comm":
                first, ln = self._comm_name(g)
            else:
                other = self.ch([x for x in ALL_LOCALES if x[:2] != home[:2]])
                first, ln = self._faker_name(other, g)
            if last is not None:
                ln = last
            elif self.r() < 0.06:
                second = self._faker_name(home, g)[1]
                if second != ln and " " not in ln + second:
                    ln = f"{ln} {second}" if home.startswith("it") and self.r() < 0.5 else f"{ln}-{second}"
            key = f"{first} {ln}"
            if key not in self.used_names and (last is not None or ln not in [n.split(" ", 1)[-1]
                                                                              for n in self.used_names]):
                self.used_names.append(key)
                return Person(first, ln, g, loc)
        self.used_names.append(f"{first} {ln}")
        return Person(first, ln, g, loc)

    def family(self, n: int, loc: str | None = None) -> list[Person]:
        head = self.person(loc=loc)
        out = [head]
        for _ in range(n - 1):
            out.append(self.person(loc=loc, last=head.last if self.r() < 0.85 else None))
        return out

    # --- names as written ----------------------------------------------------------------------------------------
    @staticmethod
    def initials(first: str) -> str:
        if "-" in first:
            return "-".join(p[0] + "." for p in first.split("-") if p)
        return " ".join(p[0] + "." for p in first.split() if p)

    @staticmethod
    def last_initial(last: str) -> str:
        caps = [ch for ch in last if ch.isupper()]
        return (caps[0] if caps else last[0].upper()) + "."

    def name_s(self, p: Person, style: str | None = None) -> str:
        if style is None:
            style = self.rng.choices(["fl", "lf", "LF", "iL", "Lf"], [70, 10, 6, 8, 6 if self.lang == "it" else 0])[0]
        f, ln = p.first, p.last
        return {
            "fl": f"{f} {ln}", "lf": f"{ln}, {f}", "LF": f"{ln.upper()} {f}", "LcF": f"{ln.upper()}, {f}",
            "Lf": f"{ln} {f}", "iL": f"{self.initials(f)} {ln}", "fI": f"{f} {self.last_initial(ln)}",
            "Li": f"{ln} {self.initials(f)}", "f": f, "l": ln, "FL": f"{f} {ln}".upper(), "L": ln.upper(),
            "fl_low": f"{f} {ln}".lower(), "f_low": f.lower(),
        }[style]

    def nm(self, p: Person, style: str | None = None) -> E:
        return E("PERSON", self.name_s(p, style))

    def title(self, p: Person, short: bool = True) -> str:
        lang = self.lang
        if lang == "de":
            return "Herr" if p.g == "m" else "Frau"
        if lang == "fr":
            return ("M." if short else "Monsieur") if p.g == "m" else ("Mme" if short else "Madame")
        if lang == "it":
            return ("Sig." if short else "Signor") if p.g == "m" else ("Sig.ra" if short else "Signora")
        return "Mr" if p.g == "m" else self.ch(["Ms", "Mrs", "Ms"])

    def tl(self, p: Person, short: bool = True) -> list:
        """Title + surname (the title outside the span)."""
        return [self.title(p, short), " ", E("PERSON", p.last)]

    def dear(self, p: Person) -> list:
        lang = self.lang
        if lang == "de":
            return ["Sehr geehrter Herr " if p.g == "m" else "Sehr geehrte Frau ", E("PERSON", p.last), ","]
        if lang == "fr":
            return ["Monsieur," if p.g == "m" else "Madame,"] if self.r() < 0.5 else \
                [("Cher Monsieur " if p.g == "m" else "Chère Madame "), E("PERSON", p.last), ","]
        if lang == "it":
            return ["Gentile Signor " if p.g == "m" else "Gentile Signora ", E("PERSON", p.last), ","]
        return ["Dear ", self.title(p), " ", E("PERSON", p.last), ","]

    def ne(self, p: Person) -> str:
        """Gendered birth cue."""
        if self.lang == "fr":
            return "né le" if p.g == "m" else "née le"
        if self.lang == "it":
            return "nato il" if p.g == "m" else "nata il"
        if self.lang == "de":
            return "geb."
        return "born"

    # --- e-mail ------------------------------------------------------------------------------------------------------
    def mail_s(self, p: Person, domain: str | None = None) -> str:
        loc = p.loc if p.loc in MAIL_DOMAINS else self.loc
        german = loc.startswith("de") and self.r() < 0.6
        f = slug(p.first.split()[0].split("-")[0] if self.r() < 0.5 else p.first, german)
        ln = slug(p.last, german)
        if domain is None:
            domain = self.ch(MAIL_DOMAINS[loc]) if p.loc in MAIL_DOMAINS else self.ch(["gmail.com", "outlook.com",
                                                                                       "yahoo.com"])
        pat = self.rng.choices(range(9), [30, 14, 10, 8, 6, 8, 8, 8, 8])[0]
        yy = self.ri(60, 99) if self.r() < 0.5 else self.ri(1, 23)
        local = [f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln}", f"{ln}.{f}", f"{f}_{ln}", f"{f}.{ln}{yy:02d}",
                 f"{f}{ln[0]}", f"{ln}{f[0]}", f"{f}-{ln}"][pat]
        return f"{local}@{domain}"

    def mail(self, p: Person, domain: str | None = None) -> E:
        if domain is None:
            if p.email is None:
                p.email = self.mail_s(p)
            return E("EMAIL", p.email)
        return E("EMAIL", self.mail_s(p, domain))

    def work_mail(self, p: Person, company: str) -> E:
        dom = self.company_domain(company)
        f, ln = slug(p.first), slug(p.last)
        local = self.ch([f"{f}.{ln}", f"{f[0]}.{ln}", f"{f[0]}{ln}", f, f"{ln}"])
        return E("EMAIL", f"{local}@{dom}")

    def company_domain(self, company: str) -> str:
        words = [w for w in re.split(r"[\s,&\-]+", company) if w and w.lower().strip(".") not in
                 ("gmbh", "ag", "kg", "sa", "sàrl", "sarl", "srl", "s.r.l.", "spa", "s.p.a.", "ltd", "llc", "inc",
                  "plc", "and", "und", "et", "e", "co", "co.", "ohg", "snc", "sas", "s.a.s.", "sprl", "bv", "gbr",
                  "group", "&")]
        base = slug("".join(words[:2])) or "firma"
        tld = {"de_DE": "de", "de_AT": "at", "de_CH": "ch", "fr_FR": "fr", "fr_CH": "ch", "fr_BE": "be",
               "it_IT": "it", "it_CH": "ch", "en_GB": "co.uk", "en_IE": "ie", "en_US": "com"}[self.loc]
        return f"{base}.{tld}"

    def role_mail(self, company: str, role: str) -> str:
        return f"{role}@{self.company_domain(company)}"

    def company(self) -> str:
        for _ in range(20):
            c = self.faker(self.loc).company()
            if is_latin(c):
                return c
        return "Meyer AG"

    # --- places ------------------------------------------------------------------------------------------------------
    def city(self) -> str:
        return town_name(self.town, self.loc)

    def pick_town(self, loc: str | None = None) -> tuple:
        return self.ch(TOWNS[loc or self.loc])

    def addr(self, loc: str | None = None, town: tuple | None = None, unit: float = 0.25) -> Addr:
        loc = loc or self.loc
        if loc in ABROAD:
            return self.addr_abroad(loc)
        t = town or (self.town if loc == self.loc and self.r() < 0.6 else self.pick_town(loc))
        st = self.ch(STREETS[loc].split("|"))
        n = self.ri(1, 140) if self.r() < 0.8 else self.ri(1, 25)
        r = self.r
        if loc == "de_DE":
            if r() < 0.3 and st.endswith("straße"):
                st = st[:-6] + "str."
            num = f"{n}{self.ch('ab')}" if r() < 0.12 else str(n)
            line = f"{st} {num}"
            if r() < unit:
                line += self.ch([", 2. OG", ", 3. OG links", ", Whg. 12", " (Hinterhaus)", ", EG rechts",
                                 ", App. 7", ", 4. Stock"])
            town = f"{t[0]} {t[1]}" if r() < 0.92 else f"D-{t[0]} {t[1]}"
        elif loc == "de_AT":
            num = str(n)
            if r() < unit + 0.2:
                num += self.ch([f"/{self.ri(1, 4)}/{self.ri(1, 30)}", f"/Top {self.ri(1, 25)}",
                                f"/{self.ri(1, 20)}", f"/Stiege {self.ri(1, 4)}/Tür {self.ri(1, 20)}"])
            line = f"{st} {num}"
            town = f"{t[0]} {t[1]}" if r() < 0.85 else f"A-{t[0]} {t[1]}"
        elif loc in ("de_CH", "fr_CH", "it_CH"):
            num = f"{n}{self.ch('ab')}" if r() < 0.1 else str(n)
            line = f"{st} {num}"
            if loc == "fr_CH" and r() < 0.25:
                line = f"{num}, {st[0].lower() + st[1:]}" if st[0].isupper() and not st.startswith("Grand") else line
            town = f"{t[0]} {t[1]}" if r() < 0.85 else f"CH-{t[0]} {t[1]}"
        elif loc == "fr_FR":
            num = str(n) + (self.ch([" bis", " ter", "bis"]) if r() < 0.1 else "")
            line = f"{num}{',' if r() < 0.2 else ''} {st}"
            if r() < unit:
                line = self.ch([f"Bât. {self.ch('ABCD')}, {line}", f"{line}, appt {self.ri(1, 60)}",
                                f"Résidence Les Pins, {line}", f"{line}, {self.ri(1, 8)}e étage"])
            town = f"{t[0]} {t[1]}" if r() < 0.6 else f"{t[0]} {t[1].upper()}"
        elif loc == "fr_BE":
            num = str(n)
            if r() < unit + 0.1:
                num += self.ch([f" bte {self.ri(1, 30)}", f" boîte {self.ri(1, 12)}", f"/{self.ri(1, 9)}"])
            line = f"{st} {num}" if r() < 0.85 else f"{n}, {st[0].lower() + st[1:]}"
            town = f"{t[0]} {t[1]}" if r() < 0.85 else f"B-{t[0]} {t[1]}"
        elif loc == "it_IT":
            num = str(n)
            form = self.rng.choices(["sp", "comma", "n", "slash", "int"], [40, 20, 15, 10, 15])[0]
            if form == "sp":
                line = f"{st} {num}"
            elif form == "comma":
                line = f"{st}, {num}"
            elif form == "n":
                line = f"{st} n. {num}"
            elif form == "slash":
                line = f"{st} {num}/{self.ch('ABC')}"
            else:
                extra = self.ch([f"int. {self.ri(1, 20)}", "scala " + self.ch("ABC"), f"piano {self.ri(1, 6)}"])
                line = f"{st} {num}, {extra}"
            pf = self.rng.choices(["par", "bare", "none", "caps"], [40, 15, 35, 10])[0]
            town = {"par": f"{t[0]} {t[1]} ({t[3]})", "bare": f"{t[0]} {t[1]} {t[3]}", "none": f"{t[0]} {t[1]}",
                    "caps": f"{t[0]} {t[1].upper()} ({t[3]})"}[pf]
        elif loc == "it_CH":
            line = f"{st} {n}"
            town = f"{t[0]} {t[1]}" if r() < 0.85 else f"CH-{t[0]} {t[1]}"
        elif loc == "en_GB":
            line = f"{n} {st}"
            if r() < unit:
                line = self.ch([f"Flat {self.ri(1, 12)}, {line}", f"Flat {self.ri(1, 6)}{self.ch('ABC')}, {line}",
                                f"{self.ri(1, 40)} {self.ch(['Kingfisher Court', 'Albert Mansions'])}, {st}"])
            inward = f"{self.ri(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
            town = f"{t[0]} {t[1]} {inward}" if r() < 0.7 else f"{t[0].upper()} {t[1]} {inward}"
        elif loc == "en_IE":
            line = f"{n} {st}"
            if r() < unit:
                line = self.ch([f"Apt {self.ri(1, 40)}, {self.ch(['Riverside Court', 'The Maltings'])}",
                                f"{self.ch(['Flat', 'Apt'])} {self.ri(1, 9)}, {line}"])
            code = t[1] + " " + "".join(self.ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
            town = f"{t[0]}, {code}" if r() < 0.6 else f"{t[0]} {code}"
        elif loc == "en_US":
            line = f"{self.ri(10, 9899)} {st}"
            if r() < unit + 0.1:
                line += self.ch([f" Apt {self.ri(1, 30)}{self.ch('ABCD')}", f" #{self.ri(1, 40)}",
                                 f" Unit {self.ri(1, 20)}", f", Apt. {self.ri(100, 900)}"])
            z = t[2] + (f"-{digits(self.rng, 4)}" if r() < 0.2 else "")
            town = f"{t[0]}, {t[1]} {z}" if r() < 0.85 else f"{t[0]} {t[1]} {z}"
        else:
            raise ValueError(loc)
        area = t[3] if loc == "en_US" else t[2]
        return Addr(line, town, loc, area, "", town_name(t, loc))

    def addr_abroad(self, cc: str) -> Addr:
        streets, towns, _, _ = ABROAD[cc]
        st = self.ch(streets.split("|"))
        n = self.ri(1, 120)
        if cc == "PL":
            line = f"{st} {n}/{self.ri(1, 40)}" if self.r() < 0.6 else f"{st} {n}"
        elif cc == "PT":
            line = f"{st} {n}" + (f", {self.ri(1, 6)}.º {self.ch(['Esq.', 'Dto.'])}" if self.r() < 0.5 else "")
        elif cc == "ES":
            line = f"{st} {n}" + (f", {self.ri(1, 6)}º {self.ch('ABCD')}" if self.r() < 0.6 else "")
        elif cc == "NL":
            line = f"{st} {n}" + (f"-{self.ri(1, 3)}" if self.r() < 0.3 else "")
        elif cc == "RO":
            line = f"{st} nr. {n}" + (f", ap. {self.ri(1, 40)}" if self.r() < 0.5 else "")
        elif cc == "TR":
            line = f"{st} No: {n}" + (f" D: {self.ri(1, 20)}" if self.r() < 0.6 else "")
        else:
            line = f"{st} {n}"
        tw = self.ch(towns.split("|"))
        return Addr(line, tw, cc, "", cc, tw.split(" ", 1)[1].split("/")[0])

    def a1(self, a: Addr) -> E:
        return E("ADDRESS", a.street)

    def a2(self, a: Addr) -> E:
        return E("ADDRESS", a.town)

    def a_one(self, a: Addr) -> E:
        return E("ADDRESS", a.one())

    def a_block(self, a: Addr, sep: str = "\n") -> list:
        return [E("ADDRESS", a.street), sep, E("ADDRESS", a.town)]

    # --- phones ------------------------------------------------------------------------------------------------------
    def phone_s(self, kind: str = "mobile", loc: str | None = None, area: str | None = None,
                intl: float | None = None) -> str:
        loc = loc or self.loc
        rng, r, ch = self.rng, self.r, self.ch
        if loc in ABROAD:
            _, _, pre, pat = ABROAD[loc]
            num = "".join(rng.choice("0123456789") if c == "#" else c for c in pat)
            return f"{pre} {num}" if r() < 0.75 else pre + num.replace(" ", "")
        if area is None:
            area = self.pick_town(loc)[3 if loc == "en_US" else 2]
        big = intl if intl is not None else 0.25
        if loc == "de_DE":
            if kind == "mobile":
                p = ch(MOBILE["de_DE"])
                s = digits(rng, 8 if p.startswith("15") and r() < 0.5 else 7, True)
                if r() < big:
                    return ch([f"+49 {p} {s}", f"+49 (0){p} {s}", f"0049 {p} {s}", f"+49{p}{s}",
                               f"+49 {p} {s[:3]} {s[3:]}"])
                return ch([f"0{p} {s}", f"0{p}/{s}", f"0{p}-{s}", f"0{p} {s[:3]} {s[3:]}", f"0{p}{s}", f"0{p} {s}"])
            s = digits(rng, max(5, 11 - len(area) - (1 if r() < 0.3 else 0)), True)
            if r() < big:
                return ch([f"+49 {area[1:]} {s}", f"+49 (0){area[1:]} {s}", f"0049 {area[1:]} {s}",
                           f"+49 {area[1:]} {s[:-2]}-{s[-2:]}"])
            return ch([f"{area} {s}", f"{area}/{s}", f"({area}) {s}", f"{area}-{s}", f"{area} {pairs_right(s)}",
                       f"{area} / {pairs_right(s)}", f"{area} {s}"])
        if loc == "de_AT":
            if kind == "mobile":
                p = ch(MOBILE["de_AT"])
                s = digits(rng, 7, True)
                if r() < big:
                    return ch([f"+43 {p} {s}", f"+43 (0){p} {s}", f"0043 {p} {s}", f"+43{p}{s}",
                               f"+43 {p} {s[:3]} {s[3:5]} {s[5:]}"])
                return ch([f"0{p} {s}", f"0{p}/{s}", f"0{p} {s[:3]} {s[3:5]} {s[5:]}", f"0{p}/{s[:3]} {s[3:]}",
                           f"0{p}{s}"])
            s = digits(rng, max(5, 10 - len(area)), True)
            if r() < big:
                return ch([f"+43 {area[1:]} {s}", f"+43 (0){area[1:]} {s}", f"0043 {area[1:]} {s}"])
            return ch([f"{area} {s}", f"{area}/{s}", f"{area}/{pairs_right(s)}", f"({area}) {s}",
                       f"{area} {pairs_right(s)}"])
        if loc in ("de_CH", "fr_CH", "it_CH"):
            p = ch(MOBILE["CH"]) if kind == "mobile" else area[1:]
            s = digits(rng, 7, True)
            g = f"{s[:3]} {s[3:5]} {s[5:]}"
            if r() < big:
                return ch([f"+41 {p} {g}", f"+41 (0){p} {g}", f"0041 {p} {g}", f"+41{p}{s}", f"+41 {p} {s}"])
            return ch([f"0{p} {g}", f"0{p} {g}", f"0{p}/{g}", f"0{p}{s}", f"0{p} {s[:3]} {s[3:]}",
                       f"0{p}.{s[:3]}.{s[3:5]}.{s[5:]}"])
        if loc == "fr_FR":
            d1 = ch(MOBILE["fr_FR"]) if kind == "mobile" else area[1:]
            s = d1 + digits(rng, 8)
            pr = " ".join(s[k:k + 2] for k in range(1, 9, 2))
            if r() < big:
                return ch([f"+33 {d1} {pr}", f"+33 (0){d1} {pr}", f"0033 {d1} {pr}", f"+33{s}"])
            return ch([f"0{d1} {pr}", f"0{d1} {pr}", f"0{d1}.{pr.replace(' ', '.')}", f"0{d1}-{pr.replace(' ', '-')}",
                       f"0{s}"])
        if loc == "fr_BE":
            if kind == "mobile":
                p = ch(MOBILE["fr_BE"])
                s = digits(rng, 6)
                if r() < big:
                    return ch([f"+32 {p} {s[:2]} {s[2:4]} {s[4:]}", f"+32 (0){p} {s[:2]} {s[2:4]} {s[4:]}",
                               f"0032 {p} {s}", f"+32{p}{s}"])
                return ch([f"0{p} {s[:2]} {s[2:4]} {s[4:]}", f"0{p}/{s[:2]}.{s[2:4]}.{s[4:]}",
                           f"0{p} {s[:3]} {s[3:]}", f"0{p}/{s}", f"0{p}{s}"])
            n = 9 - len(area)
            s = digits(rng, n, True)
            g = f"{s[:3]} {s[3:5]} {s[5:]}" if n == 7 else f"{s[:2]} {s[2:4]} {s[4:]}"
            if r() < big:
                return ch([f"+32 {area[1:]} {g}", f"+32 (0){area[1:]} {g}"])
            return ch([f"{area} {g}", f"{area}/{g.replace(' ', '.', 1)}", f"{area}/{g}", f"{area} {s}"])
        if loc == "it_IT":
            if kind == "mobile":
                p = ch(MOBILE["it_IT"])
                s = digits(rng, 7)
                if r() < big:
                    return ch([f"+39 {p} {s}", f"+39 {p} {s[:3]} {s[3:]}", f"+39{p}{s}", f"0039 {p} {s}",
                               f"(+39) {p} {s}"])
                return ch([f"{p} {s[:3]} {s[3:]}", f"{p} {s}", f"{p}-{s}", f"{p}/{s}", f"{p}.{s[:3]}.{s[3:]}",
                           f"{p}{s}"])
            s = digits(rng, max(6, 10 - len(area)), True)
            if r() < big:
                return ch([f"+39 {area} {s}", f"0039 {area} {s}", f"+39 {area} {s[:4]} {s[4:]}"])
            return ch([f"{area} {s}", f"{area}/{s}", f"{area}-{s}", f"{area} {s[:4]} {s[4:]}", f"{area}.{s}"])
        if loc == "en_GB":
            if kind == "mobile":
                p = ch(MOBILE["en_GB"])
                s = digits(rng, 6)
                if r() < big:
                    return ch([f"+44 {p} {s}", f"+44 (0){p} {s}", f"0044 {p} {s}", f"+44{p}{s}",
                               f"+44 {p} {s[:3]} {s[3:]}"])
                return ch([f"0{p} {s}", f"0{p} {s[:3]} {s[3:]}", f"0{p}{s}", f"0{p} {s}"])
            if len(area) == 3:
                s = digits(rng, 8, True)
                g = f"{s[:4]} {s[4:]}"
            elif len(area) == 4:
                s = digits(rng, 7, True)
                g = f"{s[:3]} {s[3:]}"
            else:
                s = digits(rng, 6, True)
                g = s
            if r() < big:
                return ch([f"+44 {area[1:]} {g}", f"+44 (0){area[1:]} {g}", f"+44 (0) {area[1:]} {g}"])
            return ch([f"{area} {g}", f"({area}) {g}", f"{area} {g}", f"{area}{s}"])
        if loc == "en_IE":
            if kind == "mobile":
                p = "0" + ch(MOBILE["en_IE"])
                s = digits(rng, 7, True)
                if r() < big:
                    return ch([f"+353 {p[1:]} {s[:3]} {s[3:]}", f"+353 (0){p[1:]} {s}", f"00353 {p[1:]} {s}",
                               f"+353{p[1:]}{s}"])
                return ch([f"{p} {s[:3]} {s[3:]}", f"{p}-{s}", f"{p} {s}", f"({p}) {s[:3]} {s[3:]}", f"{p}{s}"])
            s = digits(rng, 7 if len(area) <= 3 and area not in ("091", "061", "051") else 6, True)
            g = f"{s[:3]} {s[3:]}"
            if r() < big:
                return ch([f"+353 {area[1:]} {g}", f"+353 (0){area[1:]} {g}"])
            return ch([f"{area} {g}", f"({area}) {g}", f"{area}-{s}", f"{area} {s}"])
        if loc == "en_US":
            e = ch("23456789") + digits(rng, 2)
            if e[1:] == "11" or e == "555":
                e = "47" + e[2]
            ln = digits(rng, 4)
            a = area
            if r() < big * 0.8:
                return ch([f"+1 {a} {e} {ln}", f"+1 ({a}) {e}-{ln}", f"+1-{a}-{e}-{ln}", f"1-{a}-{e}-{ln}",
                           f"+1{a}{e}{ln}"])
            return ch([f"({a}) {e}-{ln}", f"({a}) {e}-{ln}", f"{a}-{e}-{ln}", f"{a}.{e}.{ln}", f"{a} {e} {ln}",
                       f"{a}{e}{ln}"])
        raise ValueError(loc)

    def tel(self, kind: str = "mobile", loc: str | None = None, area: str | None = None,
            intl: float | None = None) -> E:
        return E("PHONE", self.phone_s(kind, loc, area, intl))

    def tel_for(self, a: Addr, kind: str | None = None) -> E:
        kind = kind or ("mobile" if self.r() < 0.65 else "land")
        return self.tel(kind, a.loc, a.area or None)

    HOTLINES = {
        "de_DE": ["0800 {a} {b}", "0180 6 {c}", "0800-{a}{b}"], "de_AT": ["0800 {a} {b}", "0810 {c}"],
        "de_CH": ["0800 {c}", "0848 {a} {b}"], "fr_FR": ["0 800 {p}", "0 809 {p}", "3639"],
        "fr_CH": ["0800 {c}", "0848 {a} {b}"], "fr_BE": ["0800 {a} {b}", "078 {a} {b}"],
        "it_IT": ["800 {c}", "800.{a}.{b}", "199 {c}"], "it_CH": ["0800 {c}", "0848 {a} {b}"],
        "en_GB": ["0800 {a} {b}", "0345 {a} {b}", "0300 {a} {b}"], "en_IE": ["1800 {a} {b}", "1850 {c}"],
        "en_US": ["1-800-{a}-{b}", "1 (888) {a}-{b}", "1-877-{a}-{b}"],
    }

    def hotline(self) -> str:
        pat = self.ch(self.HOTLINES[self.loc])
        rng = self.rng
        return pat.format(a=digits(rng, 3, True), b=digits(rng, 4 if self.loc != "fr_FR" else 3),
                          c=digits(rng, 6, True), p=f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}")

    def emergency(self) -> str:
        return {"de": self.ch(["112", "110"]), "fr": self.ch(["112", "15", "18", "17"]),
                "it": self.ch(["112", "118"]),
                "en": "911" if self.loc == "en_US" else self.ch(["999", "112"])}[self.lang]

    # --- dates -------------------------------------------------------------------------------------------------------
    def birth(self, amin: int, amax: int) -> dt.date:
        start = self.today - dt.timedelta(days=365.25 * (amax + 1) - 1)
        end = self.today - dt.timedelta(days=365.25 * amin)
        return start + dt.timedelta(days=self.rng.randrange(0, (end - start).days))

    def dob(self, amin: int = 18, amax: int = 85, style: str | None = None, d: dt.date | None = None) -> E:
        d = d or self.birth(amin, amax)
        self.last_dob = d
        return E("DOB", fmt_date(self.rng, d, self.lang, self.loc, style))

    def date(self, d: dt.date | None = None, style: str | None = None, back: int = 0, fwd: int = 0) -> str:
        if d is None:
            d = self.today + dt.timedelta(days=self.ri(-back, fwd))
        return fmt_date(self.rng, d, self.lang, self.loc, style)

    def day(self, back: int = 0, fwd: int = 30) -> dt.date:
        return self.today + dt.timedelta(days=self.ri(-back, fwd))

    def time(self, h0: int = 7, h1: int = 20, step: int = 5) -> str:
        h, m = self.ri(h0, h1), self.ch(range(0, 60, step))
        if self.lang == "fr":
            return self.ch([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h{m:02d}"])
        if self.loc == "en_US":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        if self.lang == "de" and self.r() < 0.3:
            return f"{h}.{m:02d}"
        return f"{h:02d}:{m:02d}" if self.r() < 0.7 else f"{h}:{m:02d}"

    # --- money and other numbers (never labelled) ---------------------------------------------------------------
    def money(self, lo: float, hi: float, dec: bool = True) -> str:
        v = self.rng.uniform(lo, hi)
        v = round(v, 2) if dec else float(round(v))
        cur = CURRENCY[self.loc]
        s = f"{v:,.2f}"
        if self.lang in ("de", "it") and cur != "CHF":
            s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        elif self.lang == "fr" and cur != "CHF":
            s = s.replace(",", "\u202f" if self.r() < 0.3 else " ").replace(".", ",")
        elif cur == "CHF":
            s = s.replace(",", "'")
        if cur == "EUR":
            return self.ch([f"{s} €", f"€ {s}", f"EUR {s}", f"{s} EUR"]) if self.lang != "en" else \
                self.ch([f"€{v:,.2f}", f"EUR {v:,.2f}"])
        if cur == "CHF":
            return self.ch([f"CHF {s}", f"Fr. {s}", f"{s} CHF"])
        if cur == "GBP":
            return f"£{s}"
        return f"${s}"

    def ref(self, pre: str = "", n: int = 6) -> str:
        return pre + digits(self.rng, n, True)
# ----------------------------------------------------------------------------------------------------------------
# Shared helpers for the genres
# ----------------------------------------------------------------------------------------------------------------

GENRES: list[tuple[str, object]] = []


def genre(name: str):
    def deco(fn):
        GENRES.append((name, fn))
        return fn

    return deco


def t4(c: Ctx, de, fr, it, en):
    return {"de": de, "fr": fr, "it": it, "en": en}[c.lang]


CF_MONTH = "ABCDEHLMPRST"


def codice_fiscale(c: Ctx, p: Person, d: dt.date) -> str:
    def cons(s: str) -> str:
        s = slug(s).upper()
        cs = [ch for ch in s if ch not in "AEIOU"]
        vs = [ch for ch in s if ch in "AEIOU"]
        return ("".join(cs + vs) + "XXX")[:3]

    day = d.day + (40 if p.g == "f" else 0)
    return f"{cons(p.last)}{cons(p.first)}{d.year % 100:02d}{CF_MONTH[d.month - 1]}{day:02d}" \
           f"{c.ch('HFLDGAB')}{c.ri(100, 999)}{c.ch('ABCDEFGHJKLMNPQRSTUVWXYZ')}"


def health_id(c: Ctx, p: Person | None = None, d: dt.date | None = None) -> tuple[str, str]:
    """(label, number) of a health-insurance / social-security id; some embed the date of birth. Never labelled."""
    rng = c.rng
    d = d or c.birth(20, 80)
    loc = c.loc
    if loc == "de_DE":
        return "Versichertennr.", f"{c.ch('ABCDEFGHKLMNRSTW')}{digits(rng, 9)}"
    if loc == "de_AT":
        return "SVNR", f"{digits(rng, 4, True)} {d.day:02d}{d.month:02d}{d.year % 100:02d}"
    if loc in ("de_CH", "fr_CH", "it_CH"):
        return t4(c, "AHV-Nr.", "N° AVS", "N. AVS", "AHV no."), \
            f"756.{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 2)}"
    if loc == "fr_FR":
        return "N° sécu", f"{1 if (p and p.g == 'm') else 2} {d.year % 100:02d} {d.month:02d} " \
                          f"{c.ri(1, 95):02d} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 2)}"
    if loc == "fr_BE":
        return "NISS", f"{d.year % 100:02d}.{d.month:02d}.{d.day:02d}-{digits(rng, 3)}.{digits(rng, 2)}"
    if loc == "it_IT":
        return "Codice fiscale", codice_fiscale(c, p or c.person(), d)
    if loc == "en_GB":
        return "NHS no.", f"{digits(rng, 3, True)} {digits(rng, 3)} {digits(rng, 4)}"
    if loc == "en_IE":
        return "PPSN", f"{digits(rng, 7)}{c.ch('ABCDEFGHJKLMNPQRSTW')}{c.ch(['', 'A', 'W'])}"
    return "Member ID", f"{c.ch(['XJH', 'W', 'MBR', 'ZGP'])}{digits(rng, 9)}"


def id_doc(c: Ctx) -> tuple[str, str]:
    """(label, number) of an ID document. Never labelled."""
    rng = c.rng
    loc = c.loc
    al = "CFGHJKLMNPRTVWXYZ"
    if loc == "de_DE":
        return "Personalausweis", "".join(c.ch(al + "0123456789") for _ in range(9))
    if loc == "de_AT":
        return "Reisepass", f"{c.ch('PU')}{digits(rng, 7)}"
    if loc in ("de_CH", "fr_CH", "it_CH"):
        return t4(c, "ID", "Carte d'identité", "Carta d'identità", "ID"), f"{c.ch('CEFS')}{digits(rng, 7)}"
    if loc == "fr_FR":
        return "CNI", "".join(c.ch("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(12))
    if loc == "fr_BE":
        return "Carte eID", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 2)}"
    if loc == "it_IT":
        return "Carta d'identità", f"C{c.ch('ABCDEFGH')}{digits(rng, 5)}{c.ch('ABCDEFGHJKL')}{c.ch('ABCDEFGHJKL')}"
    if loc == "en_GB":
        return "Driving licence", f"{slug(c.person().last)[:5].upper():9<5}{digits(rng, 6)}{c.ch(al)}{c.ch(al)}9" \
                                  f"{c.ch(al)}{c.ch(al)}"
    if loc == "en_IE":
        return "Passport", f"P{c.ch('ABCDE')}{digits(rng, 7)}"
    return "Driver license", f"{c.ch('ABDFGHKMS')}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"


def chat_stamp(c: Ctx, style: int, d: dt.date, hh: int, mm: int) -> str:
    if style == 0:
        ds = f"{d.month}/{d.day}/{d.year % 100:02d}" if c.loc == "en_US" else (
            f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}" if c.lang == "de" else
            f"{d.day:02d}/{d.month:02d}/{d.year}")
        return f"[{ds}, {hh:02d}:{mm:02d}:{c.ri(0, 59):02d}] "
    if style == 1:
        ds = f"{d.month}/{d.day}/{d.year % 100:02d}" if c.loc == "en_US" else f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{ds}, {hh:02d}:{mm:02d} - "
    return f"{hh:02d}:{mm:02d} "


class Chat:
    """A chat export: one line per message, three time-stamp styles."""

    def __init__(self, c: Ctx, style: int | None = None, lower_: bool = False) -> None:
        self.c = c
        self.style = c.ri(0, 2) if style is None else style
        self.d = c.today - dt.timedelta(days=c.ri(0, 20))
        self.h, self.m = c.ri(6, 19), c.ri(0, 59)
        self.items: list = []
        self.lower = lower_

    def say(self, sender, *msg) -> None:
        c = self.c
        self.m += c.ri(1, 40)
        if self.m >= 60:
            self.h += self.m // 60
            self.m %= 60
        if self.h >= 23:
            self.h = c.ri(6, 9)
            self.d += dt.timedelta(days=1)
        body = flat(list(msg))
        if self.lower:
            body = lower(body)
        if isinstance(sender, str):
            sender = [sender]
        self.items += [chat_stamp(c, self.style, self.d, self.h, self.m), sender, ": ", body, "\n"]

    def newday(self) -> None:
        self.d += dt.timedelta(days=self.c.ri(1, 3))
        self.h = self.c.ri(6, 12)
        if self.style == 2:
            self.items += [f"-- {fmt_date(self.c.rng, self.d, self.c.lang, self.c.loc, 'num')} --\n"]


def sender(c: Ctx, p: Person) -> E:
    """Chat sender label as saved in a phone: first name, first name + initial, or full name."""
    return c.nm(p, c.ch(["f", "f", "fl", "fI"]))


def maybe_request(c: Ctx, reqs: list[str], p: float = 0.5) -> str:
    return c.ch(reqs) + "\n\n" if c.r() < p else ""


# ----------------------------------------------------------------------------------------------------------------
# 1. bpdiary - home blood-pressure diaries shared with the GP
# ----------------------------------------------------------------------------------------------------------------


def bp_values(c: Ctx) -> tuple[int, int, int]:
    return c.ri(118, 172), c.ri(68, 104), c.ri(52, 96)


def dr_dear(c: Ctx, gp: Person) -> list:
    if c.lang == "de":
        return ["Sehr geehrte Frau Dr. " if gp.g == "f" else "Sehr geehrter Herr Dr. ", E("PERSON", gp.last), ","]
    if c.lang == "fr":
        return [c.ch(["Bonjour Docteur ", "Docteur ", "Chère Docteure " if gp.g == "f" else "Cher Docteur "]),
                E("PERSON", gp.last), ","]
    if c.lang == "it":
        return ["Gentile dott.ssa " if gp.g == "f" else "Gentile dott. ", E("PERSON", gp.last), ","]
    return ["Dear Dr ", E("PERSON", gp.last), ","]


def practice_name(c: Ctx, gp: Person) -> str:
    """A practice name; named after the GP only in the unlabelled form 'Praxis am ...'."""
    return t4(c, c.ch(["Hausarztpraxis am Markt", "Gemeinschaftspraxis Lindenhof", "Praxis im Ärztehaus Süd",
                       "Hausärzte am Park"]),
              c.ch(["Cabinet médical des Tilleuls", "Maison de santé du Centre", "Cabinet de la Gare",
                    "Centre médical Saint-Roch"]),
              c.ch(["Studio medico associato San Marco", "Medicina di gruppo Borgo Nuovo", "Ambulatorio Via Verdi",
                    "Studio medico Centro Salute"]),
              c.ch(["Riverside Medical Practice", "Parkview Surgery", "Northgate Family Medicine",
                    "Oak Tree Health Centre"]))


def practice_mail(c: Ctx) -> str:
    dom = c.ch(["praxis-am-markt", "hausaerzte-sued", "cabinet-tilleuls", "studiosanmarco", "parkviewsurgery",
                "northgatefm"])
    tld = {"de_DE": "de", "de_AT": "at", "de_CH": "ch", "fr_FR": "fr", "fr_CH": "ch", "fr_BE": "be", "it_IT": "it",
           "it_CH": "ch", "en_GB": "nhs.net", "en_IE": "ie", "en_US": "com"}[c.loc]
    role = t4(c, c.ch(["praxis", "info", "anmeldung", "rezepte"]), c.ch(["secretariat", "contact", "accueil"]),
              c.ch(["segreteria", "info", "studio"]), c.ch(["reception", "admin", "enquiries"]))
    return f"{role}@{dom}.{tld}"


def bp_remark(c: Ctx, rel: Person | None) -> list:
    opts = t4(c, ["", "", "", "nach dem Aufstehen", "Kopfschmerzen", "nach Gartenarbeit", "Tablette vergessen",
                  "etwas schwindelig", "nach 2 Tassen Kaffee", "Ramipril 5 mg genommen", "schlecht geschlafen"],
              ["", "", "", "au réveil", "mal de tête", "après le jardinage", "oublié le comprimé",
               "un peu de vertiges", "après 2 cafés", "pris Amlodipine 5 mg", "mal dormi"],
              ["", "", "", "appena sveglio", "mal di testa", "dopo il giardino", "dimenticata la pastiglia",
               "un po' di capogiro", "dopo 2 caffè", "presa Ramipril 5 mg", "dormito male"],
              ["", "", "", "on waking", "headache", "after gardening", "forgot tablet", "bit dizzy",
               "after 2 coffees", "took amlodipine 5 mg", "poor sleep"])
    if rel is not None and c.r() < 0.12:
        return [t4(c, "Besuch von ", "visite de ", "visita di ", "visit from "), c.nm(rel, "f")]
    return [c.ch(opts)]


def bp_mail(c: Ctx) -> list:
    pat = c.person(g=c.ch("mf"))
    a = c.addr()
    gp = c.person()
    kid = c.person(last=pat.last if c.r() < 0.7 else None)
    kid_word = t4(c, "Meine Tochter " if kid.g == "f" else "Mein Sohn ", "Ma fille " if kid.g == "f" else "Mon fils ",
                  "Mia figlia " if kid.g == "f" else "Mio figlio ", "My daughter " if kid.g == "f" else "My son ")
    grand = c.person(last=pat.last)
    out: list = []
    mail = c.mail(pat)
    hdr = t4(c, ("Von", "An", "Cc", "Betreff", "Datum"), ("De", "À", "Cc", "Objet", "Date"),
             ("Da", "A", "Cc", "Oggetto", "Data"), ("From", "To", "Cc", "Subject", "Date"))
    out += [f"{hdr[0]}: ", c.nm(pat, "fl"), " <", mail, ">\n", f"{hdr[1]}: {practice_mail(c)}\n"]
    if c.r() < 0.5:
        out += [f"{hdr[2]}: ", c.mail(kid), "\n"]
    out += [f"{hdr[3]}: ", t4(c, "Blutdruckwerte für den Termin am ", "Tension - pour le rendez-vous du ",
                              "Valori pressione per la visita del ", "BP readings for my appointment on "),
            c.date(fwd=14, style="num"), "\n", f"{hdr[4]}: ", c.date(style="num"), " ", c.time(), "\n\n"]
    out += [dr_dear(c, gp), "\n\n"]
    out += [t4(c, "wie besprochen schicke ich Ihnen meine Werte. Gemessen morgens und abends am linken Oberarm "
                  "(Gerät BM 54, seit Januar).",
               "comme convenu, voici mes relevés. Mesures le matin et le soir au bras gauche (tensiomètre "
               "M3 Comfort, depuis janvier).",
               "come d'accordo Le mando i miei valori, misurati mattina e sera al braccio sinistro (apparecchio "
               "M3 Comfort, da gennaio).",
               "as discussed, here are my readings, taken morning and evening on the left arm (M3 Comfort "
               "monitor, since January)."), "\n\n"]
    heads = t4(c, ["Datum", "Uhrzeit", "SYS", "DIA", "Puls", "Bemerkung"],
               ["Date", "Heure", "SYS", "DIA", "Pouls", "Remarque"],
               ["Data", "Ora", "Max", "Min", "Battiti", "Note"], ["Date", "Time", "Sys", "Dia", "Pulse", "Notes"])
    out += mdhead(heads)
    d0 = c.today - dt.timedelta(days=c.ri(10, 14))
    for k in range(c.ri(7, 11)):
        d = d0 + dt.timedelta(days=k)
        s, di, pu = bp_values(c)
        ds = f"{d.day:02d}.{d.month:02d}." if c.lang == "de" else (
            f"{d.month}/{d.day}" if c.loc == "en_US" else f"{d.day:02d}/{d.month:02d}")
        out += mdrow([ds, c.time(6, 9), str(s), str(di), str(pu), bp_remark(c, grand)])
    out += ["\n"]
    out += [t4(c, "Medikamente: Ramipril 5 mg 1-0-0, seit 14 Tagen zusätzlich Amlodipin 5 mg 0-0-1.",
               "Traitement : Ramipril 5 mg 1-0-0, et depuis 14 jours Amlodipine 5 mg le soir.",
               "Terapia: Ramipril 5 mg 1-0-0, da 14 giorni anche Amlodipina 5 mg la sera.",
               "Medication: ramipril 5 mg once daily, plus amlodipine 5 mg at night for the last 14 days."), "\n"]
    out += [kid_word, c.nm(kid, "fl"), t4(c, " begleitet mich zum Termin; erreichbar unter ",
                                           " m'accompagnera au rendez-vous ; joignable au ",
                                           " mi accompagnerà alla visita; il suo numero è ",
                                           " will come with me; you can reach them on "), c.tel("mobile"), ".\n\n"]
    out += [t4(c, "Mit freundlichen Grüßen", "Bien cordialement,", "Cordiali saluti", "Kind regards,"), "\n",
            c.nm(pat, "fl"), "\n", c.ne(pat) if c.lang != "en" else "DOB", " ", c.dob(58, 90), "\n"]
    out += [c.a_block(a), "\n", t4(c, "Tel. ", "Tél. ", "Tel. ", "Tel: "), c.tel_for(a, "land"), "\n"]
    lab, num = health_id(c, pat, c.last_dob)
    out += [f"{lab}: {num}\n"]
    return out


def bp_carehome(c: Ctx) -> list:
    gp = c.person()
    nurse = c.person()
    home = t4(c, c.ch(["Seniorenresidenz Am Stadtpark", "Pflegeheim St. Anna", "Haus Abendsonne",
                       "Alterszentrum Lindenhof"]),
              c.ch(["EHPAD Les Magnolias", "Résidence Le Clos Fleuri", "Maison de repos Les Glycines"]),
              c.ch(["RSA Villa Serena", "Casa di riposo San Giuseppe", "Residenza Anni Azzurri"]),
              c.ch(["Meadowbank Care Home", "St Brigid's Nursing Home", "Maple Grove Assisted Living"]))
    ha = c.addr(unit=0)
    out: list = []
    out += [home, " – ", t4(c, "Wohnbereich ", "Unité ", "Nucleo ", "Unit "), str(c.ri(1, 4)), " – ",
            t4(c, "Blutdruckprotokoll KW ", "Suivi tension semaine ", "Rilevazione pressione settimana ",
               "BP log week "), str(c.ri(1, 52)), "\n"]
    out += [c.a_one(ha), " · ", t4(c, "Station ", "Infirmerie ", "Infermeria ", "Nurses' station "),
            c.tel_for(ha, "land"), "\n\n"]
    out += [t4(c, "An: Praxis Dr. ", "À : Dr ", "A: dott. ", "To: Dr "), c.nm(gp, "fl"), ", Fax ",
            c.tel("land", area=ha.area), "\n\n"]
    heads = t4(c, ["Bewohner/in", "geb.", "Zi.", "Mo", "Mi", "Fr", "Bemerkung"],
               ["Résident(e)", "Né(e) le", "Ch.", "Lun", "Mer", "Ven", "Remarque"],
               ["Ospite", "Nato/a", "Cam.", "Lun", "Mer", "Ven", "Note"],
               ["Resident", "DOB", "Rm", "Mon", "Wed", "Fri", "Comment"])
    w = [26, 12, 5, 8, 8, 8]
    out += fwrow(heads, w)
    out += ["-" * 90, "\n"]
    relatives = []
    for _k in range(c.ri(5, 8)):
        p = c.person()
        nm = c.nm(p, c.ch(["LcF", "lf", "LF"]))
        vals = []
        for _ in range(3):
            s, di, _p = bp_values(c)
            vals.append(f"{s}/{di}" if c.r() < 0.92 else "-")
        rem = c.ch(t4(c, ["", "", "Sturz am " + c.date(back=5, style="num"), "verweigert Messung Mi",
                          "neu seit " + c.date(back=20, style="num")],
                      ["", "", "chute le " + c.date(back=5, style="num"), "refus mercredi",
                       "arrivé(e) le " + c.date(back=20, style="num")],
                      ["", "", "caduta il " + c.date(back=5, style="num"), "rifiuta misurazione mer",
                       "ingresso " + c.date(back=20, style="num")],
                      ["", "", "fall on " + c.date(back=5, style="num"), "refused Wed",
                       "admitted " + c.date(back=20, style="num")]))
        out += fwrow([nm, c.dob(70, 99, c.ch(["num", "num", "short"])), str(c.ri(101, 340)), vals[0], vals[1],
                      vals[2], rem], w)
        if c.r() < 0.25:
            relatives.append(p)
    out += ["\n"]
    out += [t4(c, "Rückfragen bitte an Pflegefachkraft ", "Pour toute question : infirmière référente ",
               "Per domande: infermiera referente ", "Queries to the nurse in charge, "),
            c.nm(nurse, "fl"), t4(c, ", Durchwahl ", ", poste direct ", ", interno diretto ", ", direct line "),
            c.tel("land", area=ha.area, intl=0.0), ".\n"]
    for p in relatives[:2]:
        rel = c.person(last=p.last if c.r() < 0.6 else None)
        out += [t4(c, "Angehörige informiert (", "Famille prévenue (", "Familiari avvisati (", "Family informed ("),
                c.nm(p, "l"), "): ", c.nm(rel, "fl"), ", ", c.tel("mobile") if c.r() < 0.6 else c.mail(rel), "\n"]
    out += [t4(c, "Notfall: ", "Urgence : ", "Emergenze: ", "Emergency: "), c.emergency(), "\n"]
    return out


def bp_chat(c: Ctx) -> list:
    par = c.person(g=c.ch("mf"))
    kid = c.person(last=par.last)
    gp = c.person()
    mfa = c.person(g="f")
    a = c.addr()
    ch_ = Chat(c)
    parent_lbl = t4(c, "Papa" if par.g == "m" else "Mama", "Papa" if par.g == "m" else "Maman",
                    "Papà" if par.g == "m" else "Mamma", "Dad" if par.g == "m" else "Mum")
    ks = sender(c, kid)
    for _k in range(c.ri(4, 6)):
        s, di, pu = bp_values(c)
        ch_.say(parent_lbl, t4(c, f"{s} zu {di}, Puls {pu}", f"{s}/{di} pouls {pu}", f"{s} su {di}, battiti {pu}",
                               f"{s} over {di}, pulse {pu}"))
        if c.r() < 0.5:
            ch_.say(E("PERSON", ks.s), c.ch(t4(c, ["ok 👍", "Tablette genommen?", "Ist das nach dem Kaffee?",
                                                   "Bitte auch abends messen"],
                                               ["ok 👍", "Tu as pris le cachet ?", "C'était après le café ?",
                                                "Mesure aussi le soir stp"],
                                               ["ok 👍", "Hai preso la pastiglia?", "Era dopo il caffè?",
                                                "Misurala anche la sera"],
                                               ["ok 👍", "Did you take the tablet?", "Was that after coffee?",
                                                "Please measure in the evening too"])))
        ch_.newday()
    ch_.say(E("PERSON", ks.s), t4(c, "Ich ruf morgen bei Dr. ", "J'appelle le Dr ", "Domani chiamo il dott. ",
                                  "I'll ring Dr "), E("PERSON", gp.last),
            t4(c, " an, die Nummer ist ", " demain, le numéro c'est le ", ", il numero è ",
               " tomorrow, the number is "), c.tel("land", area=a.area), ".")
    ch_.say(c.tel("mobile"), t4(c, "Guten Tag, hier ist ", "Bonjour, ici ", "Buongiorno, sono ",
                                "Hello, this is "), c.nm(mfa, "fl"),
            t4(c, " von der Praxis. Bitte schicken Sie die Werte an die Praxis-Mail.",
               " du cabinet. Merci d'envoyer les valeurs par mail au secrétariat.",
               " dello studio. Mandi pure i valori alla mail dello studio.",
               " from the surgery. Please send the readings to the practice inbox."))
    ch_.say(parent_lbl, t4(c, "wer war das?", "c'était qui ?", "chi era?", "who was that?"))
    ch_.say(E("PERSON", ks.s), t4(c, "Die Arzthelferin, alles gut.", "La secrétaire, tout va bien.",
                                  "La segretaria, tutto ok.", "The receptionist, all fine."))
    out: list = [t4(c, "Kannst du aus dem Chat eine Tabelle für die Hausärztin machen? Patient: ",
                     "Peux-tu faire un tableau de ce chat pour le médecin ? Patient : ",
                     "Mi fai una tabella da questa chat per il medico? Paziente: ",
                     "Can you turn this chat into a table for the GP? Patient: "),
                  c.nm(par, "fl"), ", ", c.ne(par) if c.lang != "en" else "DOB", " ", c.dob(60, 92), ", ",
                  c.a_one(a), "\n\n"]
    out += ch_.items
    return out


def bp_json(c: Ctx) -> list:
    pat = c.person()
    a = c.addr()
    gp = c.person()
    ec = c.person(last=pat.last if c.r() < 0.6 else None)
    asc = c.r() < 0.3
    if ec.g == "f":
        rel = t4(c, c.ch(["Tochter", "Ehefrau", "Nachbarin"]), c.ch(["fille", "épouse", "voisine"]),
                 c.ch(["figlia", "moglie", "vicina"]), c.ch(["daughter", "wife", "neighbour"]))
    else:
        rel = t4(c, c.ch(["Sohn", "Ehemann", "Nachbar"]), c.ch(["fils", "époux", "voisin"]),
                 c.ch(["figlio", "marito", "vicino"]), c.ch(["son", "husband", "neighbour"]))
    bd = c.birth(45, 88)
    out: list = ['{\n  "export": {"app": "PressureLog", "version": "4.', str(c.ri(0, 9)), '.', str(c.ri(0, 20)),
                 '", "generated": "', c.today.isoformat(), 'T0', str(c.ri(6, 9)), ':', f"{c.ri(0, 59):02d}",
                 ':00Z", "unit": "mmHg"},\n']
    out += ['  "patient": {\n    "firstName": ', js([c.nm(pat, "f")], asc), ',\n    "lastName": ',
            js([c.nm(pat, "l")], asc), ',\n    "birthDate": ', js([c.dob(d=bd, style="iso")]), ',\n',
            '    "phone": ', js([c.tel_for(a)]), ',\n    "email": ', js([c.mail(pat)]), ',\n',
            '    "address": {"street": ', js([c.a1(a)], asc), ', "city": ', js([a.city], asc), ', "country": "',
            c.loc[-2:], '"}\n  },\n']
    out += ['  "emergencyContact": {"name": ', js([c.nm(ec, "fl")], asc), ', "relation": "', rel,
            '", "phone": ', js([c.tel("mobile")]), '},\n']
    out += ['  "sharedWith": [{"practitioner": ', js(["Dr. ", c.nm(gp, "fl")], asc), ', "fax": ',
            js([c.tel("land", area=a.area)]), ', "lastShared": "', (c.today - dt.timedelta(days=c.ri(1, 9)))
            .isoformat(), '"}],\n']
    out += ['  "readings": [\n']
    n = c.ri(5, 9)
    for k in range(n):
        s, di, pu = bp_values(c)
        d = c.today - dt.timedelta(days=n - k)
        out += [f'    {{"t": "{d.isoformat()}T{c.ri(6, 21):02d}:{c.ri(0, 59):02d}:00", "sys": {s}, "dia": {di}, '
                f'"pulse": {pu}, "irregular": {"true" if c.r() < 0.1 else "false"}}}'
                + (",\n" if k < n - 1 else "\n")]
    out += ["  ]\n}\n\n"]
    msg = [t4(c, "hallo, kannst du mir sagen ob die werte ok sind? ich schick das morgen an dr. ",
              "salut, tu peux me dire si les valeurs sont ok ? je l'envoie demain au dr ",
              "ciao, mi dici se i valori vanno bene? domani lo mando al dott. ",
              "hi, can you tell me if these numbers are ok? sending it to dr "), E("PERSON", gp.last),
           t4(c, ", sonst meckert ", ", sinon ", ", se no ", ", otherwise "), c.nm(ec, "f"),
           t4(c, " wieder", " va encore râler", " si arrabbia", " will nag me again")]
    out += lower(msg) + ["\n"]
    return out


@genre("bpdiary")
def g_bpdiary(c: Ctx, v: int) -> list:
    return [bp_mail, bp_carehome, bp_chat, bp_json][v](c)


# ----------------------------------------------------------------------------------------------------------------
# 2. pawnshop - pawnbrokers' pledge tickets, police registers, extensions and auction notices
# ----------------------------------------------------------------------------------------------------------------

PAWN_ITEMS = {
    "de": ["Damenring 585 GG, 3,2 g", "Herrenuhr Edelstahl, Automatik", "Goldkette 750, 45 cm, 12,8 g",
           "Notebook 15 Zoll mit Netzteil", "E-Gitarre mit Koffer", "Spiegelreflexkamera + 2 Objektive",
           "Trauring-Paar 333 GG", "Münzsammlung (14 Stück)", "Smartphone 256 GB", "Perlenkette mit Schließe 585"],
    "fr": ["bague or jaune 18 carats, 3,2 g", "montre homme acier automatique", "chaîne or 750, 45 cm, 12,8 g",
           "ordinateur portable 15 pouces", "guitare électrique avec étui", "appareil photo reflex + 2 objectifs",
           "alliances or 9 carats", "lot de pièces (14)", "smartphone 256 Go", "collier de perles fermoir or"],
    "it": ["anello oro giallo 18 kt, 3,2 g", "orologio uomo acciaio automatico", "catenina oro 750, 45 cm, 12,8 g",
           "portatile 15 pollici", "chitarra elettrica con custodia", "reflex + 2 obiettivi", "fedi oro 9 kt",
           "collezione monete (14 pz)", "smartphone 256 GB", "collana di perle chiusura oro"],
    "en": ["ladies' ring 9ct gold, 3.2 g", "men's steel automatic watch", "18ct gold chain, 45 cm, 12.8 g",
           "15-inch laptop with charger", "electric guitar with case", "DSLR camera + 2 lenses",
           "pair of 9ct wedding bands", "coin collection (14)", "smartphone 256 GB", "pearl necklace, gold clasp"],
}


def pawn_shop(c: Ctx) -> tuple[str, Addr]:
    name = t4(c, c.ch(["Pfandhaus am Ring", "Leihhaus Zentrum", "Pfandkredit Süd", "Dorotheum-Filiale"]),
              c.ch(["Crédit municipal", "Mont-de-piété du Centre", "Prêt sur gage Saint-Jean"]),
              c.ch(["Monte dei Pegni", "Credito su Pegno Centro", "Banco dei Pegni Porta Nuova"]),
              c.ch(["Cash Pawnbrokers", "Northgate Pawnbrokers", "City Pawn & Loan", "Harbour Pawnbrokers"]))
    return name, c.addr(unit=0)


def pawn_ticket(c: Ctx) -> list:
    shop, sa = pawn_shop(c)
    p = c.person()
    a = c.addr()
    clerk = c.person()
    lab = t4(c, ["Pfandschein Nr.", "Verpfänder", "Geburtsdatum", "Anschrift", "Ausweis", "Telefon",
                 "Pfandgegenstand", "Schätzwert", "Darlehen", "Gebühren/Monat", "Fällig am", "Bearbeitet von"],
             ["Reconnaissance n°", "Emprunteur", "Date de naissance", "Adresse", "Pièce d'identité", "Téléphone",
              "Objet engagé", "Estimation", "Prêt accordé", "Frais mensuels", "Échéance", "Agent"],
             ["Polizza n.", "Cliente", "Data di nascita", "Indirizzo", "Documento", "Telefono", "Oggetto in pegno",
              "Stima", "Importo prestito", "Interessi mensili", "Scadenza", "Operatore"],
             ["Pawn ticket no.", "Pledger", "Date of birth", "Address", "ID", "Phone", "Item", "Valuation",
              "Loan amount", "Charges per month", "Due", "Clerk"])
    caps = c.r() < 0.3
    w = max(len(x) for x in lab) + 2
    out: list = [shop.upper(), "\n", c.a_one(sa), " · ", c.tel_for(sa, "land"), "\n\n"]
    idl, idn = id_doc(c)
    item = c.ch(PAWN_ITEMS[c.lang])
    rows = [(lab[0], f"{c.today.year}-{digits(c.rng, 5, True)}"), (lab[1], [c.nm(p, c.ch(["fl", "LcF"]))]),
            (lab[2], [c.dob(18, 80)]), (lab[3], [c.a_one(a)]), (lab[4], f"{idl} {idn}"),
            (lab[5], [c.tel_for(a)] if c.r() < 0.8 else [c.tel_for(a), " / ", c.mail(p)]), (lab[6], item),
            (lab[7], c.money(150, 2000, False)),
            (lab[8], c.money(100, 1200, False)), (lab[9], "1 %" if c.lang != "en" else "3.5%"),
            (lab[10], c.date(fwd=120, back=-60)), (lab[11], [c.nm(clerk, c.ch(["f", "fI", "iL"]))])]
    for lb, val in rows:
        out += [(lb + ":").ljust(w), val, "\n"]
    if c.r() < 0.6:
        third = c.person(last=p.last if c.r() < 0.5 else None)
        out += ["\n", t4(c, "Einlösung auch durch: ", "Dégagement autorisé pour : ", "Riscatto delegato a: ",
                         "Authorised to redeem: "), c.nm(third, "fl"), ", ",
                t4(c, "geb. ", "né(e) le ", "nato/a il ", "born "), c.dob(18, 80), "\n"]
    out += ["\n", t4(c, "Unterschrift Verpfänder/in: ______________  ", "Signature : ______________  ",
                     "Firma: ______________  ", "Signature: ______________  "), "\n"]
    if caps:
        out = ocr_caps(out, c.rng)
    return [maybe_request(c, t4(c, ["Was bedeutet dieser Pfandschein genau?", "Bitte fass das zusammen:"],
                                   ["Peux-tu m'expliquer ce document ?", "Résume-moi ce papier :"],
                                   ["Mi spieghi questa polizza?", "Riassumi per favore:"],
                                   ["What does this pawn ticket mean?", "Summarise this please:"])), out]


def pawn_register(c: Ctx) -> list:
    shop, sa = pawn_shop(c)
    out: list = [t4(c, "Pfandbuch – Auszug für die Kriminalpolizei, Anfrage vom ",
                    "Registre des prêts – extrait pour la police, demande du ",
                    "Registro pegni – estratto per la Questura, richiesta del ",
                    "Pledge book – extract for the police, request of "), c.date(back=3, style="num"), "\n",
                 shop, ", ", c.a_one(sa), "\n\n"]
    heads = t4(c, ["Nr.", "Datum", "Name", "geb.", "Wohnort", "Ausweis-Nr.", "Gegenstand", "Betrag"],
               ["N°", "Date", "Nom", "Né(e)", "Domicile", "Pièce", "Objet", "Montant"],
               ["N.", "Data", "Nominativo", "Nato/a", "Residenza", "Documento", "Oggetto", "Importo"],
               ["No.", "Date", "Name", "DOB", "Address", "ID no.", "Item", "Amount"])
    tsv = c.r() < 0.5
    if tsv:
        out += tsvrow(heads)
    else:
        w = [7, 11, 24, 11, 40, 13, 34]
        out += fwrow(heads, w)
    for _k in range(c.ri(5, 7)):
        p = c.person()
        a = c.addr()
        idl, idn = id_doc(c)
        cells = [f"{c.ri(10000, 99999)}", c.date(back=30, style="num"),
                 [c.nm(p, c.ch(["LcF", "lf", "Lf" if c.lang == "it" else "lf"]))], [c.dob(18, 78, "num")],
                 [c.a_one(a)] if c.r() < 0.8 else a.city, idn, c.ch(PAWN_ITEMS[c.lang]), c.money(50, 1500, False)]
        out += tsvrow(cells) if tsv else fwrow(cells, [7, 11, 24, 11, 40, 13, 34])
    boss = c.person()
    out += ["\n", t4(c, "Für die Richtigkeit: ", "Certifié exact : ", "Per conformità: ", "Certified: "),
            c.nm(boss, "fl"), t4(c, ", Filialleitung", ", responsable d'agence", ", responsabile filiale",
                                 ", branch manager"), "\n"]
    return out


def pawn_mail(c: Ctx) -> list:
    shop, sa = pawn_shop(c)
    p = c.person()
    a = c.addr()
    clerk = c.person()
    hdr = t4(c, ("Von", "An", "Betreff"), ("De", "À", "Objet"), ("Da", "A", "Oggetto"), ("From", "To", "Subject"))
    shopmail = c.role_mail(shop, t4(c, "service", "contact", "info", "enquiries"))
    ticket = f"{c.today.year}-{digits(c.rng, 5, True)}"
    out: list = [f"{hdr[0]}: ", c.mail(p), f"\n{hdr[1]}: {shopmail}\n{hdr[2]}: ",
                 t4(c, "Verlängerung Pfandschein ", "Prolongation reconnaissance ", "Rinnovo polizza ",
                    "Extension of ticket "), ticket, "\n\n"]
    out += [t4(c, "Guten Tag,\n\nich möchte meinen Pfandschein ",
               "Bonjour,\n\nje souhaite prolonger ma reconnaissance ",
               "Buongiorno,\n\nvorrei rinnovare la polizza ", "Hello,\n\nI would like to extend ticket "), ticket,
            t4(c, " (Goldkette) um drei Monate verlängern. ", " (chaîne en or) de trois mois. ",
               " (catenina d'oro) per tre mesi. ", " (gold chain) by three months. ")]
    pay_card = c.r() < 0.45
    if pay_card:
        brand, num = make_card(c.rng)
        out += [t4(c, "Die Gebühren können Sie von meiner Karte abbuchen: ",
                   "Vous pouvez débiter les frais sur ma carte : ",
                   "Potete addebitare gli interessi sulla mia carta: ", "Please take the fees from my card: "),
                E("CARD", fmt_card(c.rng, num)), t4(c, ", gültig bis ", ", exp. ", ", scad. ", ", exp "),
                f"{c.ri(1, 12):02d}/{c.ri(26, 30)}", t4(c, ", Inhaber ", ", titulaire ", ", intestata a ",
                                                        ", cardholder "), c.nm(p, "FL"), ".\n"]
    else:
        out += [t4(c, "Bitte schicken Sie mir die Bankverbindung für die Überweisung.",
                   "Merci de m'envoyer vos coordonnées bancaires pour le virement.",
                   "Mi mandate per favore l'IBAN per il bonifico?",
                   "Please send me your bank details for a transfer."), "\n"]
    out += [t4(c, "Neue Adresse seit letztem Monat: ", "Nouvelle adresse depuis le mois dernier : ",
               "Nuovo indirizzo dal mese scorso: ", "New address since last month: "), c.a_one(a), ".\n\n",
            t4(c, "Viele Grüße\n", "Cordialement,\n", "Saluti\n", "Thanks,\n"), c.nm(p, "fl"), "\n",
            c.tel_for(a, "mobile"), "\n\n"]
    iban_cc = {"de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR", "fr_CH": "CH", "fr_BE": "BE",
               "it_IT": "IT", "it_CH": "CH", "en_GB": "GB", "en_IE": "IE", "en_US": None}[c.loc]
    out += ["-----\n", f"{hdr[0]}: {shopmail}\n{hdr[1]}: ", c.mail(p), "\n",
            t4(c, "(Antwort)\n\n", "(réponse)\n\n", "(risposta)\n\n", "(reply)\n\n")]
    out += [c.dear(p), "\n\n",
            t4(c, "die Verlängerung ist vorgemerkt, neue Fälligkeit ",
               "la prolongation est notée, nouvelle échéance le ",
               "il rinnovo è registrato, nuova scadenza ", "the extension is noted, new due date "),
            c.date(fwd=120, back=-80, style="num"), t4(c, ". Gebühren: ", ". Frais : ", ". Interessi: ", ". Charges: "),
            c.money(10, 60), ". "]
    if not pay_card:
        if iban_cc:
            out += [t4(c, "Bitte überweisen Sie auf ", "Merci de virer sur ", "IBAN per il bonifico: ",
                       "Please pay to "), E("IBAN", group4(make_iban(c.rng, iban_cc)) if c.r() < 0.7 else
                                            make_iban(c.rng, iban_cc)),
                    t4(c, ", Verwendungszweck ", ", référence ", ", causale ", ", reference "), ticket, ". "]
        else:
            out += ["Please pay by Zelle to ", c.tel_for(sa, "land"), f" or routing {digits(c.rng, 9)} account "
                                                                       f"{digits(c.rng, 10)}, memo {ticket}. "]
    out += ["\n\n", t4(c, "Freundliche Grüße\n", "Bien à vous,\n", "Distinti saluti\n", "Regards,\n"),
            c.nm(clerk, "fl"), "\n", shop, "\n", c.a_block(sa), "\n", c.tel_for(sa, "land"), "\n"]
    return out


def pawn_notice(c: Ctx) -> list:
    shop, sa = pawn_shop(c)
    p = c.person()
    a = c.addr()
    ticket = f"{c.today.year - 1}-{digits(c.rng, 5, True)}"
    out: list = [shop, "\n", c.a_one(sa), "\n", t4(c, "Tel. ", "Tél. ", "Tel. ", "Tel. "), c.tel_for(sa, "land"),
                 "\n\n", c.nm(p, "fl"), "\n", c.a_block(a), "\n\n", c.date(style="long"), "\n\n"]
    out += [t4(c, "Versteigerung nicht eingelöster Pfänder – Pfandschein ",
               "Vente aux enchères des objets non dégagés – "
               "reconnaissance ", "Asta dei pegni non riscattati – polizza ",
               "Auction of unredeemed pledges – ticket "),
            ticket, "\n\n", c.dear(p), "\n\n"]
    auction = c.date(fwd=40, back=-20, style="long")
    out += [t4(c, "Ihr Pfand ist seit dem ", "votre objet est échu depuis le ", "il Suo pegno è scaduto dal ",
               "your pledge has been overdue since "), c.date(back=60, style="num"),
            t4(c, " fällig. Es wird am ", ". Il sera mis en vente le ", ". Sarà messo all'asta il ",
               ". It will be auctioned on "), auction,
            t4(c, " öffentlich versteigert, sofern Sie es nicht vorher einlösen oder verlängern. Offener Betrag: ",
               " sauf dégagement ou prolongation avant cette date. Montant dû : ",
               " salvo riscatto o rinnovo entro tale data. Importo dovuto: ",
               " unless redeemed or renewed before then. Amount due: "), c.money(80, 900), ".\n"]
    cc = home_cc(c)
    if cc:
        out += [t4(c, "Zahlung auch per Überweisung: ", "Paiement possible par virement : ",
                   "Pagamento anche con bonifico: ",
                   "You can also pay by transfer: "), E("IBAN", group4(make_iban(c.rng, cc))), "\n"]
    out += [t4(c, "Öffnungszeiten: Mo–Fr 9:00–18:00, Sa 9:00–13:00\n", "Horaires : lun.–ven. 9h–18h, sam. 9h–12h\n",
               "Orari: lun–ven 9:00–18:00, sab 9:00–12:30\n", "Opening hours: Mon–Fri 9am–6pm, Sat 9am–1pm\n"),
            "\n", t4(c, "Mit freundlichen Grüßen\n", "Veuillez agréer nos salutations distinguées.\n",
                     "Distinti saluti\n", "Yours sincerely,\n"), c.nm(c.person(), "fl"), "\n"]
    if c.r() < 0.5:
        out = ocr_caps(out, c.rng)
    return out


@genre("pawnshop")
def g_pawnshop(c: Ctx, v: int) -> list:
    return [pawn_ticket, pawn_register, pawn_mail, pawn_notice][v](c)


# ----------------------------------------------------------------------------------------------------------------
# 3. lottery - lottery and football-pool syndicates
# ----------------------------------------------------------------------------------------------------------------


def home_cc(c: Ctx) -> str | None:
    return {"de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR", "fr_CH": "CH", "fr_BE": "BE", "it_IT": "IT",
            "it_CH": "CH", "en_GB": "GB", "en_IE": "IE", "en_US": None}[c.loc]


def iban_e(c: Ctx, cc: str | None = None, grouped: float = 0.65) -> E:
    cc = cc or home_cc(c) or "GB"
    s = make_iban(c.rng, cc)
    return E("IBAN", group4(s) if c.r() < grouped else s)


def lotto_game(c: Ctx) -> str:
    return {"de_DE": "LOTTO 6aus49 + Eurojackpot", "de_AT": "Lotto 6 aus 45 + EuroMillionen",
            "de_CH": "Swiss Lotto + Euro Millions", "fr_FR": "Loto + EuroMillions", "fr_CH": "Swiss Loto",
            "fr_BE": "Lotto + EuroMillions", "it_IT": "SuperEnalotto", "it_CH": "Swiss Lotto",
            "en_GB": "National Lottery Lotto + EuroMillions", "en_IE": "Irish Lotto",
            "en_US": "Powerball + Mega Millions"}[c.loc]


def draw_numbers(c: Ctx) -> str:
    nums = sorted(c.rng.sample(range(1, 50), 6))
    return " ".join(f"{n:02d}" for n in nums) + t4(c, f"  SZ {c.ri(0, 9)}", f"  N° chance {c.ri(1, 10)}",
                                                   f"  J {c.ri(1, 90)}", f"  Bonus {c.ri(1, 49)}")


def lotto_agreement(c: Ctx) -> list:
    mgr = c.person()
    ma = c.addr()
    members = [c.person() for _ in range(c.ri(4, 6))]
    out: list = [t4(c, "SPIELGEMEINSCHAFTSVERTRAG", "CONVENTION DE GROUPEMENT DE JOUEURS",
                    "ACCORDO DI GIOCO IN SOCIETÀ (SISTEMA)", "LOTTERY SYNDICATE AGREEMENT"), "\n\n"]
    para = [t4(c, "Die unterzeichnenden Personen bilden eine Spielgemeinschaft für ",
               "Les soussignés forment un groupement "
               "pour jouer au ", "I sottoscritti costituiscono una società di gioco per il ",
               "The undersigned form a syndicate to play "), lotto_game(c),
            t4(c, ". Spielleiter ist ", ". Le gérant du groupement est ", ". Il capogruppo è ", ". The manager is "),
            c.nm(mgr, "fl"), t4(c, ", geboren am ", ", né(e) le ", ", nato/a il ", ", born "), c.dob(30, 75),
            t4(c, ", wohnhaft ", ", demeurant ", ", residente in ", ", of "), c.a_one(ma),
            t4(c, ". Er/sie gibt die Tippscheine ab (Quittungsnr. werden im Gruppenchat geteilt), verwaltet das "
                  "Gemeinschaftskonto ", ". Il/elle valide les grilles (les numéros de reçu sont partagés dans le "
                  "groupe) et gère le compte commun ", ". Gioca le schedine (i numeri di ricevuta vengono condivisi "
                  "nel gruppo) e gestisce il conto comune ", ". The manager buys the tickets (receipt numbers are "
                  "shared in the group chat) and runs the joint account ")]
    if home_cc(c):
        para += [iban_e(c)]
    else:
        para += [f"(routing {digits(c.rng, 9)}, account {digits(c.rng, 11)})"]
    para += [t4(c, " und zahlt Gewinne innerhalb von 14 Tagen nach Gutschrift im Verhältnis der Anteile aus. "
                   "Der Einsatz beträgt ",
                   " et reverse les gains dans les 14 jours au prorata des parts. La mise est de ",
                " e distribuisce le vincite entro 14 giorni in proporzione alle quote. La quota è di ",
                " and pays out winnings within 14 days in proportion to the shares. The stake is "),
             c.money(5, 25), t4(c, " pro Anteil und Monat, fällig zum 1. des Monats. Kontakt: ",
                                  " par part et par mois, payable le 1er du mois. Contact : ",
                                  " per quota al mese, da versare entro il giorno 1. Contatti: ",
                                  " per share per month, due on the 1st. Contact: "),
             c.tel_for(ma, "mobile"), ", ", c.mail(mgr), "."]
    out += fill(para, c.rng, 84) + ["\n"]
    heads = t4(c, ["Mitglied", "Anteile", "Auszahlung an (IBAN)", "Unterschrift"],
               ["Membre", "Parts", "Versement (IBAN)", "Signature"], ["Socio", "Quote", "Accredito (IBAN)", "Firma"],
               ["Member", "Shares", "Payout to", "Signed"])
    out += mdhead(heads)
    for m in members:
        pay = [iban_e(c)] if home_cc(c) and c.r() < 0.4 else t4(c, ["bar"], ["espèces"], ["contanti"], ["cash"])
        if c.loc == "en_US" and c.r() < 0.5:
            pay = ["Zelle ", c.tel("mobile")]
        out += mdrow([[c.nm(m, c.ch(["fl", "fl", "lf"]))], str(c.ri(1, 3)), pay, c.date(back=10, style="num")])
    out += ["\n", t4(c, "Ort, Datum: ", "Fait à ", "Luogo e data: ", "Signed at "), c.city(), ", ", c.date(back=10),
            "\n"]
    return out


def lotto_sheet(c: Ctx) -> list:
    sep = c.ch([",", ";", "\t"])
    force = c.r() < 0.3
    heads = t4(c, ["Name", "E-Mail", "Handy", "Anteile", "bezahlt bis", "IBAN für Auszahlung"],
               ["Nom", "E-mail", "Portable", "Parts", "Payé jusqu'au", "IBAN"],
               ["Nome", "Email", "Cellulare", "Quote", "Pagato fino a", "IBAN accredito"],
               ["Name", "Email", "Mobile", "Shares", "Paid up to", "Payout"])
    with_dob = c.r() < 0.5
    if with_dob:
        heads = heads[:1] + [t4(c, "Geburtsdatum (18+)", "Date de naissance", "Data di nascita",
                                "DOB (18+)")] + heads[1:]
    out: list = [maybe_request(c, t4(c, ["Wie viel bekommt jeder bei einem Gewinn von 3.412,80 €? Hier die Liste:"],
                                     ["Combien touche chacun pour un gain de 3 412,80 € ? Voici la liste :"],
                                     ["Quanto spetta a ciascuno su una vincita di 3.412,80 €? Ecco l'elenco:"],
                                     ["How much does everyone get if we win 3,412.80? Here's the sheet:"]), 0.6)]
    out += csvrow(heads, sep, force)
    for _k in range(c.ri(5, 8)):
        m = c.person()
        if home_cc(c):
            pay = [iban_e(c, grouped=0.3)] if c.r() < 0.3 else ""
        else:
            pay = ["Venmo @", slug(m.first), str(c.ri(1, 99))] if c.r() < 0.4 else ["Zelle ", c.mail(m)]
        out += csvrow([[c.nm(m, c.ch(["fl", "fl", "lf", "fI"]))]] + ([[c.dob(18, 80, "num")]] if with_dob else []) +
                      [[c.mail(m)] if c.r() < 0.75 else "",
                       [c.tel("mobile")] if c.r() < 0.7 else "", str(c.ri(1, 2)),
                       c.date(fwd=60, back=30, style=c.ch(["num", "iso"])), pay], sep, force)
    return out


def lotto_chat(c: Ctx) -> list:
    ps = [c.person() for _ in range(c.ri(4, 6))]
    ch_ = Chat(c)
    s = [sender(c, p) for p in ps]
    won = c.money(300, 9000)
    ch_.say(E("PERSON", s[0].s), t4(c, "LEUTE!!! 4 Richtige + Superzahl beim Samstagslotto 🎉 Quittung ",
                                    "LES AMIS !!! 5 bons numéros au Loto de samedi 🎉 reçu n° ",
                                    "RAGAZZI!!! abbiamo fatto un 5 al SuperEnalotto 🎉 ricevuta ",
                                    "GUYS!!! 5 numbers + bonus on Saturday's draw 🎉 receipt "),
            digits(c.rng, 4), "-", digits(c.rng, 4), "-", digits(c.rng, 4))
    ch_.say(E("PERSON", s[1].s), draw_numbers(c))
    ch_.say(E("PERSON", s[2].s), t4(c, "wie viel???", "combien ???", "quanto???", "how much???"))
    ch_.say(E("PERSON", s[0].s), won, t4(c, " insgesamt, also durch ", " au total, donc divisé par ",
                                         " in tutto, diviso ", " in total, so divided by "), str(len(ps) + 3),
            t4(c, " Anteile", " parts", " quote", " shares"))
    ch_.say(E("PERSON", s[3].s), t4(c, "Bitte auf mein neues Konto: ", "Sur mon nouveau compte stp : ",
                                    "Sul mio nuovo conto per favore: ", "To my new account please: "),
            iban_e(c) if home_cc(c) else c.mail(ps[3]))
    spouse = c.person(last=ps[1].last)
    ch_.say(E("PERSON", s[1].s), t4(c, "und meins bitte an ", "et ma part sur le compte de ", "e la mia parte a ",
                                    "and mine to "), E("PERSON", spouse.first),
            t4(c, "s Konto, ", ", ", ", conto ", "'s account, "),
            iban_e(c) if home_cc(c) else c.tel("mobile"))
    if len(ps) > 4:
        ch_.say(E("PERSON", s[4].s), t4(c, "Ich bin umgezogen btw, neue Adresse für die Quittung: ",
                                        "J'ai déménagé au fait, nouvelle adresse : ",
                                        "Ho cambiato casa, nuovo indirizzo: ", "I've moved btw, new address: "),
                c.a_one(c.addr()))
    ch_.say(c.tel("mobile"), t4(c, "Hallo, hier ist ", "Bonjour, c'est ", "Ciao, sono ", "Hi it's "),
            c.nm(c.person(), "fl"), t4(c, ", ", ", ", ", ", ", "), E("PERSON", ps[2].first),
            t4(c, " hat mich eingeladen – kann ich ab nächsten Monat mitspielen?",
               " m'a ajouté – je peux rejoindre le groupe le mois prochain ?",
               " mi ha aggiunto – posso entrare dal mese prossimo?",
               " added me – can I join from next month?"))
    ch_.say(E("PERSON", s[0].s), t4(c, "Klar, 10 € pro Monat. Ich überweise alles bis ", "Bien sûr, 10 € par mois. "
                                    "Je vire tout avant le ", "Certo, 10 € al mese. Bonifico a tutti entro il ",
                                    "Sure, 10 a month. I'll pay everyone by "), c.date(fwd=14, style="num"))
    return [maybe_request(c, t4(c, ["Rechne bitte aus, wer wie viel bekommt:"], ["Calcule qui reçoit combien :"],
                                   ["Calcola quanto spetta a ciascuno:"], ["Work out who gets what:"]), 0.7),
            ch_.items]


def lotto_claim(c: Ctx) -> list:
    p = c.person()
    a = c.addr()
    cos = [c.person() for _ in range(c.ri(2, 4))]
    op = t4(c, c.ch(["Lotto-Toto-Gesellschaft", "Österreichische Lotterien", "Loterie Romande", "Swisslos"]),
            c.ch(["FDJ – Service Gains", "Loterie Nationale – service paiement", "Loterie Romande"]),
            c.ch(["Sisal – Ufficio Premi", "Lotterie Nazionali – Ufficio Vincite", "Swisslos"]),
            c.ch(["Prize Claims Team", "Lottery Prize Payment Office", "Claims Department"]))
    lab = t4(c, ["Gewinnanforderung", "Quittungsnummer", "Ziehung vom", "Gewinnsumme", "Antragsteller/in",
                 "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Auszahlung auf IBAN", "Weitere Gewinnberechtigte"],
             ["Demande de paiement de gain", "N° de reçu", "Tirage du", "Montant", "Demandeur", "Date de naissance",
              "Adresse", "Téléphone", "Courriel", "IBAN de versement", "Co-bénéficiaires"],
             ["Richiesta di pagamento vincita", "Numero ricevuta", "Concorso del", "Importo", "Richiedente",
              "Data di nascita", "Indirizzo", "Telefono", "Email", "IBAN per l'accredito", "Altri aventi diritto"],
             ["Prize claim form", "Ticket serial", "Draw date", "Prize amount", "Claimant", "Date of birth",
              "Address", "Telephone", "Email", "Pay to (account)", "Other syndicate members"])
    out: list = [op, " – ", lab[0], "\n", "=" * 40, "\n"]
    kv = [(lab[1], f"{digits(c.rng, 4)} {digits(c.rng, 4)} {digits(c.rng, 4)} {digits(c.rng, 4)}"),
          (lab[2], c.date(back=20, style="num")), (lab[3], c.money(2000, 90000)),
          (lab[4], [c.nm(p, "fl")]), (lab[5], [c.dob(21, 80)]), (lab[6], [c.a_one(a)]), (lab[7], [c.tel_for(a)]),
          (lab[8], [c.mail(p)])]
    if home_cc(c):
        kv.append((lab[9], [iban_e(c)]))
    else:
        kv.append(("Routing / account", f"{digits(c.rng, 9)} / {digits(c.rng, 12)}"))
    for lb, val in kv:
        out += [f"{lb}: ", val, "\n"]
    out += ["\n", lab[10], ":\n"]
    for m in cos:
        ma = c.addr()
        out += ["- ", c.nm(m, "fl"), ", ", c.ne(m) if c.lang != "en" else "DOB", " ", c.dob(21, 80), ", ",
                c.a_one(ma) if c.r() < 0.6 else c.mail(m), t4(c, ", Anteil ", ", part ", ", quota ", ", share "),
                f"{c.ri(1, 3)}/{len(cos) + 2}", "\n"]
    out += ["\n", t4(c, "Steuer-ID / Steuernummer: ", "N° fiscal : ", "Codice fiscale richiedente: ", "Tax ID: "),
            digits(c.rng, 11, True) if c.lang != "it" else codice_fiscale(c, p, c.birth(25, 70)), "\n",
            t4(c, "Hotline: ", "Service client : ", "Numero verde: ", "Helpline: "), c.hotline(), "\n"]
    return out


@genre("lottery")
def g_lottery(c: Ctx, v: int) -> list:
    return [lotto_agreement, lotto_sheet, lotto_chat, lotto_claim][v](c)
# ----------------------------------------------------------------------------------------------------------------
# 4. dance - dance schools: couples lists, registrations with direct debit, competition entries, partner search
# ----------------------------------------------------------------------------------------------------------------


def dance_school(c: Ctx) -> str:
    return t4(c, c.ch(["Tanzschule Schwungrad", "Tanzhaus am Dom", "Tanzstudio Taktvoll", "Tanzschule Parkett"]),
              c.ch(["École de danse Le Tourbillon", "Studio Danse Passion", "Académie Pas de Deux"]),
              c.ch(["Scuola di ballo Stella", "ASD Dance Academy Mirò", "Scuola di danza Il Valzer"]),
              c.ch(["Starlight Dance Studio", "Two Left Feet Dance School", "Ballroom Central"]))


def dance_course(c: Ctx) -> str:
    return t4(c, c.ch(["Welttanzprogramm Grundkurs", "Discofox Einsteiger", "Tango Argentino Mittelstufe",
                       "Hochzeitskurs kompakt", "Salsa Cubana Level 2"]),
              c.ch(["Rock & salsa débutants", "Danses de salon niveau 2", "Tango argentin intermédiaire",
                    "Cours mariage express", "West Coast Swing débutants"]),
              c.ch(["Liscio e latini principianti", "Balli di coppia livello 2", "Tango argentino intermedio",
                    "Corso sposi", "Bachata base"]),
              c.ch(["Ballroom Beginners", "Latin Improvers", "Argentine Tango Intermediate",
                    "Wedding Dance Crash Course",
                    "Lindy Hop Level 1"]))


def dance_list(c: Ctx) -> list:
    school = dance_school(c)
    teacher = c.person()
    assist = c.person()
    wd = WEEKDAYS[c.lang][c.ri(0, 4)]
    out: list = [f"{school} – ", t4(c, "Kurs ", "Cours ", "Corso ", "Course "), f"{c.ch('ABCDT')}-{c.ri(2401, 2599)} ",
                 dance_course(c), f" – {wd} {c.time(18, 20, 15)} – ", t4(c, "Beginn ", "début ", "inizio ", "starts "),
                 c.date(fwd=20, style="num"), "\n\n"]
    heads = t4(c, ["Paar", "Dame", "Herr", "Telefon", "E-Mail", "Kursgebühr"],
               ["Couple", "Cavalière", "Cavalier", "Téléphone", "Courriel", "Règlement"],
               ["Coppia", "Dama", "Cavaliere", "Telefono", "Email", "Quota"],
               ["Couple", "Lead / Follow", "Partner", "Phone", "Email", "Fee"])
    out += mdhead(heads)
    for k in range(c.ri(4, 7)):
        a = c.person(g="f")
        b = c.person(g="m", last=a.last if c.r() < 0.35 else None)
        if c.r() < 0.12:
            a, b = c.person(), c.person()
        st = c.ch(["fl", "fl", "lf", "fI"])
        cell_b = [c.nm(b, st)] if c.r() < 0.88 else t4(c, "– sucht Partner –", "– cherche partenaire –",
                                                          "– cerca partner –", "– looking for partner –")
        fee = c.ch([t4(c, "bezahlt", "réglé", "pagato", "paid"), t4(c, "offen", "en attente", "da pagare", "due"),
                    c.money(79, 190, False)])
        out += mdrow([str(k + 1), [c.nm(a, st)], cell_b, [c.tel("mobile")] if c.r() < 0.6 else "",
                      [c.mail(c.ch([a, b]))] if c.r() < 0.75 else "", fee])
    out += ["\n", t4(c, "Assistenz: ", "Assistante : ", "Assistente: ", "Assistant: "), c.nm(assist, "f"), " · ",
            t4(c, "Fragen an ", "Questions : ", "Per info: ", "Questions to "), c.nm(teacher, "fl"), ", ",
            c.tel("mobile"), "\n", t4(c, "Raum 2, Eingang Hof. Kursgebühr 149 € pro Person, 10 Abende à 90 Min.",
                                       "Salle 2, entrée par la cour. 149 € par personne, 10 séances de 90 min.",
                                       "Sala 2, ingresso dal cortile. Quota 149 € a persona, 10 lezioni da 90 min.",
                                       "Studio 2, side entrance. Fee 149 per person, 10 sessions of 90 min."), "\n"]
    if home_cc(c) and c.r() < 0.5:
        out += [t4(c, "Überweisung der Kursgebühr an ", "Virement des frais de cours sur ", "Bonifico della quota su ",
                   "Fees by transfer to "), iban_e(c), t4(c, ", Verwendungszweck: Name + Kursnr.",
                                                        ", libellé : nom + n° de cours", ", causale: nome + corso",
                                                        ", reference: name + course"), "\n"]
    return [maybe_request(c, t4(c, ["Mach mir aus der Liste eine Anwesenheitsliste zum Abhaken:"],
                                ["Fais-moi une feuille de présence à partir de cette liste :"],
                                ["Trasforma l'elenco in un foglio presenze:"],
                                ["Turn this into an attendance sheet:"])), out]


BICS = {"DE": ["GENODEF1S02", "COBADEFFXXX", "DEUTDEDBHAM"], "AT": ["BKAUATWW", "RZOOAT2L"],
        "CH": ["UBSWCHZH80A", "POFICHBEXXX", "RAIFCH22"], "FR": ["BNPAFRPPXXX", "CCBPFRPPNAN", "AGRIFRPP882"],
        "BE": ["GKCCBEBB", "GEBABEBB", "BBRUBEBB"], "IT": ["UNCRITMMXXX", "BCITITMM", "BPMOIT22XXX"],
        "IE": ["AIBKIE2D", "BOFIIE2D"], "GB": ["NWBKGB2L", "BARCGB22"]}
VAT = {"de_DE": ("USt-IdNr.", "DE#########", "19 %"), "de_AT": ("UID", "ATU########", "20 %"),
       "de_CH": ("MWST", "CHE-###.###.### MWST", "8,1 %"), "fr_FR": ("TVA", "FR## #########", "20 %"),
       "fr_CH": ("TVA", "CHE-###.###.### TVA", "8,1 %"), "fr_BE": ("TVA", "BE 0###.###.###", "21 %"),
       "it_IT": ("P.IVA", "IT###########", "22%"), "it_CH": ("IVA", "CHE-###.###.### IVA", "8,1%"),
       "en_GB": ("VAT", "GB ### #### ##", "5%"), "en_IE": ("VAT", "IE#######WH", "13.5%"),
       "en_US": ("EIN", "##-#######", "")}


def vat_no(c: Ctx) -> tuple[str, str, str]:
    lab, pat, rate = VAT[c.loc]
    return lab, "".join(c.ch("0123456789") if ch == "#" else ch for ch in pat), rate


def dance_form(c: Ctx) -> list:
    school = dance_school(c)
    sa = c.addr(unit=0)
    youth = c.r() < 0.5
    p1 = c.person()
    p2 = c.person(g="m" if p1.g == "f" else "f")
    a = c.addr()
    lab = t4(c, ["Name, Vorname", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail"],
             ["Nom, prénom", "Date de naissance", "Adresse", "Téléphone", "E-mail"],
             ["Cognome e nome", "Data di nascita", "Indirizzo", "Telefono", "Email"],
             ["Name", "Date of birth", "Address", "Phone", "Email"])
    out: list = [school.upper(), " · ", c.a_one(sa), "\n", t4(c, "ANMELDUNG", "BULLETIN D'INSCRIPTION",
                                                                "MODULO DI ISCRIZIONE", "ENROLMENT FORM"),
                 " – ", t4(c, "Jugendkurs (14–17 J.)" if youth else "Paarkurs",
                           "Cours ados (14–17 ans)" if youth else "Cours couple",
                           "Corso ragazzi (14–17 anni)" if youth else "Corso di coppia",
                           "Teen course (14–17)" if youth else "Couples course"),
                 ", ", dance_course(c),
                 f", {t4(c, 'Kursnr.', 'réf.', 'cod.', 'ref.')} {c.ch('JKP')}{c.ri(100, 999)}\n\n"]
    amin, amax = (14, 17) if youth else (22, 70)
    for k, p in enumerate((p1, p2)):
        out += [t4(c, f"Teilnehmer/in {k + 1}", f"Participant(e) {k + 1}", f"Partecipante {k + 1}",
                   f"Dancer {k + 1}"), "\n"]
        out += [f"  {lab[0]}: ", c.nm(p, "lf" if c.lang != "en" else "fl"), "\n", f"  {lab[1]}: ",
                c.dob(amin, amax), "\n"]
        if k == 0:
            out += [f"  {lab[2]}: ", c.a_one(a), "\n"]
        if not youth or k == 0:
            out += [f"  {lab[3]}: ", c.tel("mobile"), "\n"]
        out += [f"  {lab[4]}: ", c.mail(p), "\n"] if c.r() < 0.7 else []
    holder = p1
    if youth:
        par = c.person(last=p1.last)
        holder = par
        out += [t4(c, "Erziehungsberechtigte/r", "Représentant légal", "Genitore / tutore", "Parent / guardian"),
                ": ", c.nm(par, "fl"), ", ", c.tel("mobile"), "\n"]
    out += ["\n"]
    cc = home_cc(c)
    if cc and c.loc not in ("en_GB",):
        out += [t4(c, "SEPA-Lastschriftmandat" if cc != "CH" else "Lastschrift (LSV+)",
                   "Mandat de prélèvement SEPA" if cc != "CH" else "Recouvrement direct (LSV+)",
                   "Mandato SDD" if cc != "CH" else "Addebito diretto (LSV+)", "SEPA direct debit mandate"), "\n",
                t4(c, "Gläubiger-ID: ", "ICS : ", "Codice creditore: ", "Creditor ID: "),
                f"{cc}{c.ri(10, 99)}ZZZ{digits(c.rng, 11)}", " · ",
                t4(c, "Mandatsreferenz: ", "RUM : ", "Rif. mandato: ", "Mandate ref: "),
                f"TS-{c.today.year}-{c.ri(100, 999)}",
                "\n", t4(c, "Kontoinhaber/in: ", "Titulaire : ", "Intestatario: ", "Account holder: "),
                c.nm(holder, "fl"), "\n", "IBAN: ", iban_e(c, grouped=0.8), "\n",
                "BIC: ", c.ch(BICS[cc]), "\n"]
    elif c.loc == "en_GB":
        out += ["Direct Debit Instruction – account holder: ", c.nm(holder, "fl"),
                f", sort code {digits(c.rng, 2)}-{digits(c.rng, 2)}-{digits(c.rng, 2)}, account no. "
                f"{digits(c.rng, 8)}\n"]
    else:
        brand, num = make_card(c.rng)
        if c.r() < 0.5:
            out += ["Card on file: ", E("CARD", fmt_card(c.rng, num)), f"  exp {c.ri(1, 12):02d}/{c.ri(26, 30)}  "
                                                                       "cardholder: ", c.nm(holder, "FL"), "\n"]
        else:
            out += [f"Card on file: {brand.upper()} ending {num[-4:]}, cardholder ", c.nm(holder, "fl"), "\n"]
    out += ["\n", t4(c, "Datum/Unterschrift: ", "Date/signature : ", "Data/firma: ", "Date/signature: "),
            c.date(back=5, style="num"), "  ", c.nm(holder, "iL"), "\n"]
    return out


def dance_comp(c: Ctx) -> list:
    youth = c.r() < 0.5
    if youth:
        cls = t4(c, c.ch(["Jun. II B Latein", "Jug. D Standard", "Kin. I D Latein"]),
                 c.ch(["Juniors 2 B Latines", "Jeunes D Standard"]), c.ch(["16/18 C Latino", "12/15 B Standard"]),
                 c.ch(["Juvenile Novice Latin", "Junior Pre-Champ Ballroom"]))
    else:
        cls = t4(c, c.ch(["Hgr. II D Standard", "Sen. I C Latein", "Hgr. C Latein"]),
                 c.ch(["Adultes D Standard", "Seniors 1 C Latines"]), c.ch(["19/34 C Standard", "Over 35 B Latino"]),
                 c.ch(["Adult Pre-Champ Ballroom", "Over 35 Latin", "Amateur Open Standard"]))
    clubs = t4(c, ["TSC Blau-Weiß", "TC Rot-Gold", "TSA im Sportverein 1860", "Tanzclub Saltatio", "TSZ Residenz"],
               ["Danse Sportive Lyon", "Club Rock'n'Roll Acrobatique", "DSC Bruxelles", "Swing Club Lausanne"],
               ["ASD Mondo Danza", "Sporting Club Ballo", "ASD Latin Style", "Danza Sport Ticino"],
               ["Phoenix Dancesport", "Rainbow Dance Club", "Capital Ballroom Club", "Emerald Dance Academy"])
    out: list = [t4(c, "Meldeliste ", "Liste des engagés ", "Elenco iscritti ", "Entries list "), cls, " – ",
                 c.ch(clubs), t4(c, "-Pokal ", " – Trophée ", " – Trofeo ", " Cup "), str(c.today.year), " – ",
                 t4(c, "Stand ", "au ", "aggiornato al ", "as of "), c.date(style="num"), "\n\n"]
    w = [5, 30, 12, 30, 12, 22] if youth else [5, 30, 30, 26]
    heads = t4(c, ["StNr", "Herr", "geb.", "Dame", "geb.", "Verein"], ["Dos.", "Cavalier", "Né le", "Cavalière",
                                                                       "Née le", "Club"],
               ["Pett.", "Cavaliere", "Nato", "Dama", "Nata", "Società"],
               ["No.", "Leader", "DOB", "Partner", "DOB", "Club"])
    if not youth:
        heads = [heads[0], heads[1], heads[3], heads[5]]
    out += fwrow(heads, w)
    for k in range(c.ri(4, 7)):
        m = c.person(g="m")
        f = c.person(g="f")
        st = c.ch(["LcF", "lf", "fl"])
        if youth:
            out += fwrow([str(100 + k), [c.nm(m, st)], [c.dob(12, 17, "num")], [c.nm(f, st)], [c.dob(12, 17, "num")],
                          c.ch(clubs)], w)
        else:
            out += fwrow([str(100 + k), [c.nm(m, st)], [c.nm(f, st)], c.ch(clubs)], w)
    out += ["\n", t4(c, "Turnierleitung: ", "Juge-arbitre : ", "Direttore di gara: ", "Chairperson: "),
            c.nm(c.person(), "fl"), ", ", c.tel("mobile"), "\n",
            t4(c, "Wertungsrichter: ", "Juges : ", "Giudici: ", "Adjudicators: ")]
    for k in range(c.ri(3, 5)):
        out += [("" if k == 0 else ", "), f"{chr(65 + k)} ", c.nm(c.person(), c.ch(["fl", "iL"]))]
    out += ["\n", t4(c, "Startbuchkontrolle ab 9:30, Startgebühr 12 € pro Paar, Einlass Halle 2.",
                     "Contrôle des licences dès 9h30, engagement 12 € par couple.",
                     "Controllo tessere dalle 9:30, quota 12 € a coppia.",
                     "Registration from 9:30am, entry fee 12 per couple."), "\n"]
    return out


def dance_partner_mail(c: Ctx) -> list:
    school = dance_school(c)
    sa = c.addr(unit=0)
    teacher = c.person()
    out: list = [t4(c, "Betreff: Partnerbörse – neue Kurse ab ",
                    "Objet : Bourse aux partenaires – nouveaux cours dès le ",
                    "Oggetto: Cerco partner – nuovi corsi dal ", "Subject: Partner exchange – new courses from "),
                 c.date(fwd=30, style="long"), "\n\n",
                 t4(c, "Liebe Tänzerinnen und Tänzer,\n\nfür die neuen Kurse suchen folgende Personen noch eine "
                       "Partnerin bzw. einen Partner. Bitte meldet euch direkt:\n\n",
                    "Chers danseurs, chères danseuses,\n\npour les nouveaux cours, les personnes suivantes cherchent "
                    "encore un(e) partenaire. Contactez-les directement :\n\n",
                    "Care allieve e cari allievi,\n\nper i nuovi corsi queste persone cercano ancora un/una partner. "
                    "Contattatele direttamente:\n\n",
                    "Dear dancers,\n\nfor the new courses the following people are still looking for a partner. "
                    "Please get in touch with them directly:\n\n")]
    for _k in range(c.ri(4, 6)):
        p = c.person()
        h = c.ri(155, 195)
        hs = f"{h // 100},{h % 100:02d} m" if c.lang != "en" else (f"{h} cm" if c.loc != "en_US" else
                                                                      f"{h // 30}'{int(h / 2.54) % 12}\"")
        age = c.ri(19, 66)
        lvl = c.ch(t4(c, ["Anfänger", "Bronze", "Silber", "Gold", "Wiedereinsteiger"],
                      ["débutant(e)", "niveau 2", "confirmé(e)", "reprise"],
                      ["principiante", "livello 2", "esperto/a", "ripresa"],
                      ["beginner", "improver", "intermediate", "returner"]))
        contact = [c.tel("mobile")] if c.r() < 0.35 else [c.mail(p)]
        if c.r() < 0.25:
            contact = [c.tel("mobile"), " / ", c.mail(p)]
        out += ["- ", c.nm(p, c.ch(["fI", "fl", "fl"])), f", {hs}, {age} ", t4(c, "J.", "ans", "anni", "yrs"),
                f", {lvl} – ", contact, "\n"]
    out += ["\n", t4(c, "Herzliche Grüße\n", "À bientôt sur la piste,\n", "Un caro saluto\n",
                     "See you on the floor,\n"),
            c.nm(teacher, "fl"), "\n", school, "\n", c.a_one(sa), "\n", c.tel_for(sa, "land"),
            t4(c, " (Büro Mo–Do 15–19 Uhr)", " (accueil lun–jeu 15h–19h)", " (segreteria lun–gio 15–19)",
               " (office Mon–Thu 3–7pm)"), "\n"]
    return out


@genre("dance")
def g_dance(c: Ctx, v: int) -> list:
    return [dance_list, dance_form, dance_comp, dance_partner_mail][v](c)


# ----------------------------------------------------------------------------------------------------------------
# 5. salon - hairdressers and beauty salons: client cards, appointment books, SMS threads, booking webhooks
# ----------------------------------------------------------------------------------------------------------------


def salon_name(c: Ctx) -> str:
    return t4(c, c.ch(["Haarwerk", "Salon Schnittpunkt", "Friseur Kopfsache", "Beauty Lounge Elf", "Haarmonie"]),
              c.ch(["Salon Boucles d'Or", "L'Atelier Coiffure", "Hair Studio Lumière", "Institut Belle Peau"]),
              c.ch(["Parrucchieri Forbici d'Oro", "Salone Chic", "Hair Lab Officina", "Estetica Rosa Blu"]),
              c.ch(["Cutting Room", "Shear Genius", "The Hair Loft", "Glow Beauty Bar"]))


def salon_services(c: Ctx) -> list[str]:
    return t4(c, ["Schnitt + Föhnen", "Farbe + Schnitt", "Strähnen Folie", "Herrenschnitt", "Balayage",
                  "Augenbrauen + Wimpern färben", "Maniküre", "Dauerwelle", "Kinderschnitt"],
              ["Coupe brushing", "Couleur + coupe", "Mèches", "Coupe homme", "Balayage", "Teinture cils",
               "Manucure", "Permanente", "Coupe enfant"],
              ["Taglio e piega", "Colore + taglio", "Meches", "Taglio uomo", "Balayage", "Laminazione ciglia",
               "Manicure", "Permanente", "Taglio bimbo"],
              ["Cut & blow-dry", "Colour + cut", "Foils", "Men's cut", "Balayage", "Brow & lash tint", "Gel manicure",
               "Perm", "Kids' cut"])


def salon_card(c: Ctx) -> list:
    p = c.person(g="f" if c.r() < 0.8 else "m")
    a = c.addr()
    sty = c.person()
    kid = c.person(last=p.last, g="f")
    lab = t4(c, ["KUNDENKARTE", "Name", "Geb.", "Tel.", "Mobil", "Adresse", "E-Mail", "Allergietest", "Farbrezeptur",
                 "Letzter Besuch", "Notizen"],
             ["FICHE CLIENT", "Nom", "Née le" if p.g == "f" else "Né le", "Tél.", "Portable", "Adresse", "Mail",
              "Test allergie", "Formule couleur", "Dernière visite", "Notes"],
             ["SCHEDA CLIENTE", "Nome", "Nata il" if p.g == "f" else "Nato il", "Tel.", "Cell.", "Indirizzo", "Email",
              "Test allergia", "Formula colore", "Ultima visita", "Note"],
             ["CLIENT RECORD CARD", "Name", "DOB", "Tel", "Mobile", "Address", "Email", "Patch test", "Colour formula",
              "Last visit", "Notes"])
    formula = c.ch(["7/1 + 7/0 1:1, 6% 60 ml, EWZ 35 min", "8/3 + 9/0, 9 % 40 ml, 30 min", "6.0 + 6.1 (1:1) + 20 vol",
                    "Gloss 9.12 10 min, Olaplex No. 1"])
    out: list = [salon_name(c).upper(), f" – {lab[0]} Nr. {c.ri(1000, 9999)}\n\n",
                 f"{lab[1]}: ", c.nm(p, c.ch(["LcF", "lf", "fl"])), f"      {lab[2]}: ", c.dob(18, 85), "\n",
                 f"{lab[3]}: ", c.tel_for(a, "land") if c.r() < 0.5 else "—", f"   {lab[4]}: ", c.tel("mobile"), "\n",
                 f"{lab[5]}: ", c.a_one(a), "\n"]
    if c.r() < 0.8:
        out += [f"{lab[6]}: ", c.mail(p), "\n"]
    out += [f"{lab[7]}: {c.date(back=200, style='num')} {t4(c, 'neg.', 'nég.', 'neg.', 'clear')}\n",
            f"{lab[8]}: {formula}\n",
            f"{lab[9]}: {c.date(back=60, style='num')}, {c.ch(salon_services(c))}, {c.money(25, 180)}, ",
            t4(c, "bei ", "avec ", "con ", "with "), c.nm(sty, "f"), "\n",
            f"{lab[10]}: ", t4(c, "empfindliche Kopfhaut; Tochter ", "cuir chevelu sensible ; sa fille ",
                               "cute sensibile; la figlia ", "sensitive scalp; daughter "),
            c.nm(kid, "f"), t4(c, f" ({c.ri(5, 14)}) kommt oft mit", f" ({c.ri(5, 14)} ans) vient souvent",
                                f" ({c.ri(5, 14)} anni) viene spesso", f" ({c.ri(5, 14)}) often comes along"), "\n"]
    if c.r() < 0.55:
        out = ocr_caps(out, c.rng)
    return [maybe_request(c, t4(c, ["Abgetippt von einer alten Karteikarte, bitte ins neue System übertragen:"],
                                ["Recopié d'une vieille fiche, à saisir dans le nouveau logiciel :"],
                                ["Trascritto da una vecchia scheda, da inserire nel nuovo gestionale:"],
                                ["Typed up from an old record card, please put it into the new system format:"])),
            out]


def salon_book(c: Ctx) -> list:
    salon = salon_name(c)
    staff = [c.person() for _ in range(3)]
    sep = c.ch([";", "\t", ","])
    heads = t4(c, ["Zeit", "Kunde/Kundin", "Kontakt", "Leistung", "Mitarbeiter", "Preis", "Notiz"],
               ["Heure", "Client(e)", "Contact", "Prestation", "Coiffeur", "Prix", "Note"],
               ["Ora", "Cliente", "Contatto", "Servizio", "Operatore", "Prezzo", "Nota"],
               ["Time", "Client", "Contact", "Service", "Stylist", "Price", "Note"])
    out: list = [f"{salon} – ", t4(c, "Terminbuch ", "Agenda du ", "Agenda del ", "Appointment book "),
                 c.date(fwd=3, style="num"), "\n"]
    out += csvrow(heads, sep)
    h = 8
    for _k in range(c.ri(6, 9)):
        h += c.ch([0.5, 1, 1, 1.5])
        p = c.person(g="f" if c.r() < 0.7 else "m")
        hh = int(h)
        tm = f"{hh:02d}:{30 if h % 1 else 0:02d}"
        note = c.ch(["", "", "", t4(c, "Neukundin", "nouvelle cliente", "nuova cliente", "new client"),
                     t4(c, "Gutschein Nr. ", "bon cadeau n° ", "buono n. ", "voucher #") + digits(c.rng, 5),
                     t4(c, "bringt Sohn mit: ", "avec son fils ", "con il figlio ", "bringing son ")])
        note_cell = [note, c.nm(c.person(g="m", last=p.last), "f")] if note.endswith((": ", "fils ", "figlio ",
                                                                                      "son ")) else note
        contact = [c.tel("mobile")] if c.r() < 0.4 else ([c.mail(p)] if c.r() < 0.5 else "")
        out += csvrow([tm, [c.nm(p, c.ch(["fl", "lf", "fI"]))], contact,
                       c.ch(salon_services(c)), [c.nm(c.ch(staff), "f")], c.money(18, 190), note_cell], sep)
    return out


def salon_sms(c: Ctx) -> list:
    sty = c.person()
    salon = salon_name(c)
    salon_no = c.tel("mobile")
    out: list = [t4(c, "SMS-Verlauf Salon-Handy (", "Historique SMS du portable du salon (",
                    "Cronologia SMS cellulare del salone (", "Salon phone SMS history ("), salon, ")\n\n"]
    ch_ = Chat(c, style=c.ch([1, 2]), lower_=c.r() < 0.6)
    for _k in range(c.ri(3, 4)):
        p = c.person()
        num = c.tel("mobile")
        opener = c.ch(t4(c, ["hallo, hast du morgen noch was frei? nur spitzen schneiden",
                             "kann ich meinen termin am freitag auf 16 uhr schieben?",
                             "hi, hier ist ", "guten morgen, ich bin's, "],
                         ["bonjour, vous auriez un créneau demain ? juste les pointes",
                          "je peux décaler mon rdv de vendredi à 16h ?", "coucou c'est ", "bonjour, c'est "],
                         ["ciao, hai posto domani? solo le punte",
                          "posso spostare l'appuntamento di venerdì alle 16?", "ciao sono ", "buongiorno, sono "],
                         ["hi, any chance of a slot tomorrow? just a trim",
                          "can I move friday's appt to 4pm?", "hi it's ", "morning, it's "]))
        if opener.endswith(" "):
            ch_.say([num], opener, c.nm(p, c.ch(["f", "fl"])), t4(c, ", wegen termin morgen", ", pour demain",
                                                                  ", per domani", ", about tomorrow"))
        else:
            ch_.say([num], opener)
        ch_.say([E("PERSON", sty.first)], c.ch(t4(c, ["klar, 14:30 bei mir?", "passt, bis dann!",
                                                     "leider erst donnerstag 9 uhr"],
                                                 ["oui 14h30 avec moi ?", "ok c'est noté !", "seulement jeudi 9h"],
                                                 ["certo, alle 14:30 da me?", "perfetto, a dopo!",
                                                  "solo giovedì alle 9"],
                                                 ["sure, 2:30 with me?", "done, see you then!",
                                                  "only thursday 9am I'm afraid"])))
        if c.r() < 0.4:
            fr = c.person(g="f")
            ch_.say([num], t4(c, "super! meine freundin ", "super ! mon amie ", "ottimo! la mia amica ",
                              "great! my friend "), c.nm(fr, "f"),
                    t4(c, " will auch kommen, ihre nummer ist ", " voudrait venir aussi, son numéro : ",
                       " vorrebbe venire anche lei, il suo numero è ", " wants to come too, her number is "),
                    c.tel("mobile"))
    out += ch_.items
    out += ["\n", t4(c, "(Salonhandy ", "(portable du salon ", "(cellulare salone ", "(salon mobile "), salon_no, ")\n"]
    return out


def salon_json(c: Ctx) -> list:
    p = c.person()
    a = c.addr()
    sty = c.person()
    salon = salon_name(c)
    asc = c.r() < 0.3
    with_year = c.r() < 0.7
    bd = c.birth(18, 75)
    appt = c.day(fwd=14)
    card = c.r() < 0.5
    out: list = ['POST /webhooks/booking HTTP/1.1\nContent-Type: application/json\nX-Signature: sha256=',
                 "".join(c.ch("0123456789abcdef") for _ in range(24)), "\n\n{\n",
                 f'  "event": "appointment.created", "id": "apt_{digits(c.rng, 8)}", "version": "2.{c.ri(1, 9)}",\n',
                 '  "location": {"name": ' + json.dumps(salon, ensure_ascii=asc) + '},\n',
                 f'  "start": "{appt.isoformat()}T{c.ri(8, 18):02d}:{c.ch(["00", "15", "30", "45"])}:00",'
                 f' "durationMin": {c.ch([30, 45, 60, 90, 120])},\n',
                 '  "service": ', js([c.ch(salon_services(c))], asc), f', "priceCents": {c.ri(18, 190) * 100},\n',
                 '  "staff": {"id": ', str(c.ri(10, 99)), ', "displayName": ', js([c.nm(sty, c.ch(["f", "fI"]))], asc),
                 '},\n  "customer": {\n    "firstName": ', js([c.nm(p, "f")], asc), ',\n    "lastName": ',
                 js([c.nm(p, "l")], asc), ',\n    "phone": ', js([c.tel("mobile", intl=0.8)]), ',\n    "email": ',
                 js([c.mail(p)]), ',\n']
    if with_year:
        out += ['    "birthday": ', js([c.dob(d=bd, style="iso")]), ',\n']
    else:
        out += [f'    "birthday": "--{bd.month:02d}-{bd.day:02d}",\n']
    if c.r() < 0.5:
        out += ['    "address": {"line1": ', js([c.a1(a)], asc), ', "city": ', js([a.city], asc), '},\n']
    out += [f'    "marketingOptIn": {"true" if c.r() < 0.5 else "false"}\n  }},\n']
    brand, num = make_card(c.rng)
    if card:
        out += ['  "noShowGuarantee": {"pan": "', E("CARD", num), f'", "expiry": "{c.ri(1, 12):02d}/{c.ri(26, 31)}", '
                '"holder": ', js([c.nm(p, "FL")], asc), '},\n']
    else:
        out += [f'  "noShowGuarantee": {{"brand": "{brand}", "last4": "{num[-4:]}", "token": "tok_'
                f'{"".join(c.ch("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(14))}"}},\n']
    out += [f'  "createdBy": "user_{digits(c.rng, 6)}", "source": "{c.ch(["web", "app", "instagram"])}"\n}}\n']
    return [t4(c, "Der Webhook kommt beim Kalender nicht an, hier der Request – siehst du einen Fehler?\n\n",
               "Le webhook n'arrive pas dans l'agenda, voici la requête – tu vois une erreur ?\n\n",
               "Il webhook non arriva al calendario, ecco la richiesta – vedi un errore?\n\n",
               "The webhook isn't reaching the calendar, here's the request – can you spot the problem?\n\n"), out]


@genre("salon")
def g_salon(c: Ctx, v: int) -> list:
    return [salon_card, salon_book, salon_sms, salon_json][v](c)


# ----------------------------------------------------------------------------------------------------------------
# 6. heatingoil - neighbours' heating-oil / pellet group orders, delivery notes, chats, invoice splits
# ----------------------------------------------------------------------------------------------------------------


def fuel(c: Ctx) -> str:
    return t4(c, c.ch(["Heizöl EL schwefelarm", "Heizöl Premium", "Holzpellets ENplus A1"]),
              c.ch(["fioul domestique", "fioul supérieur", "granulés de bois DINplus"]),
              c.ch(["gasolio riscaldamento", "pellet di legno A1"]),
              c.ch(["kerosene (28 sec)", "heating oil #2", "wood pellets ENplus A1"]))


def liters(c: Ctx) -> str:
    n = c.ch([1500, 2000, 2500, 3000, 3500, 4000, 5000, 1200])
    if c.loc == "en_US":
        return f"{n // 4} gal"
    return f"{n:,}".replace(",", "." if c.lang in ("de", "it") else " ") + " l" if c.lang != "en" else f"{n:,} L"


def oil_dealer(c: Ctx) -> str:
    return c.company() if c.r() < 0.6 else t4(c, "Brennstoffhandel Nord", "Fioul Service Ouest", "Carburanti Valle",
                                              "County Fuels")


def oil_order_mail(c: Ctx) -> list:
    org = c.person()
    oa = c.addr(town=c.town, unit=0)
    dealer = oil_dealer(c)
    out: list = [t4(c, "An: ", "À : ", "A: ", "To: "), dealer, "\n",
                 t4(c, "Betreff: Sammelbestellung ", "Objet : Commande groupée ", "Oggetto: Ordine collettivo ",
                    "Subject: Group order "), fuel(c), " – ", oa.city, "\n\n",
                 t4(c, "Sehr geehrte Damen und Herren,\n\nwie telefonisch besprochen bestellen wir als Nachbarschaft "
                       "gemeinsam (Angebot Nr. ", "Madame, Monsieur,\n\ncomme convenu par téléphone, voici notre "
                       "commande groupée de quartier (devis n° ", "Buongiorno,\n\ncome concordato al telefono, ecco "
                       "l'ordine collettivo del nostro condominio/quartiere (preventivo n. ",
                       "Hello,\n\nas agreed on the phone, here is our street's group order (quote no. "),
                 f"{c.ri(2024, 2026)}-{c.ri(1000, 9999)}", t4(c, ", ", ", ", ", ", ", "),
                 c.money(85, 130), t4(c, " pro 100 l bei Gesamtmenge über 15.000 l):",
                                      " les 100 l au-delà de 15 000 l) :", " ogni 100 l oltre 15.000 l):",
                                      " per 100 l over 15,000 l):"), "\n\n"]
    heads = t4(c, ["Haushalt", "Adresse", "Menge", "Tank", "Kontakt", "Hinweis"],
               ["Foyer", "Adresse", "Quantité", "Cuve", "Contact", "Remarque"],
               ["Famiglia", "Indirizzo", "Quantità", "Serbatoio", "Contatto", "Note"],
               ["Household", "Address", "Quantity", "Tank", "Contact", "Notes"])
    out += mdhead(heads)
    for _k in range(c.ri(4, 7)):
        p = c.person()
        a = c.addr(town=c.town, unit=0.1)
        note = c.ch(t4(c, ["", "", "Schlauch 30 m nötig", "Tank im Keller, Zugang über Garage",
                           "nur vormittags", "Schlüssel bei Nachbarn Nr. " + str(c.ri(1, 40))],
                       ["", "", "tuyau de 30 m", "cuve au sous-sol, accès garage", "le matin seulement",
                        "clé chez le voisin au n° " + str(c.ri(1, 40))],
                       ["", "", "serve tubo da 30 m", "serbatoio in cantina", "solo mattina",
                        "chiavi dal vicino al n. " + str(c.ri(1, 40))],
                       ["", "", "needs 30 m hose", "tank behind garage", "mornings only",
                        "key with neighbour at no. " + str(c.ri(1, 40))]))
        name_cell = [c.nm(p, c.ch(["fl", "l", "lf"]))] if c.r() < 0.85 else [
            t4(c, "Fam. ", "Famille ", "Fam. ", "The "), c.nm(p, "l"), t4(c, "", "", "", "s")]
        out += mdrow([name_cell, [c.a1(a)], liters(c), f"{c.ch([3000, 5000, 6000, 7500, 10000])} l",
                      [c.tel_for(a)] if c.r() < 0.45 else ([c.mail(p)] if c.r() < 0.6 else ""), note])
    out += ["\n", t4(c, "Lieferung bitte zwischen ", "Livraison souhaitée entre le ", "Consegna tra il ",
                     "Delivery please between "), c.date(fwd=10, style="num"), t4(c, " und ", " et le ", " e il ",
                                                                                  " and "),
            c.date(fwd=25, back=-12, style="num"), t4(c, ". Jeder Haushalt zahlt einzeln.",
                                                     ". Chaque foyer paie séparément.",
                                                     ". Ogni famiglia paga separatamente.",
                                                     ". Each household pays separately."), "\n\n",
            t4(c, "Mit freundlichen Grüßen\n", "Cordialement,\n", "Cordiali saluti\n", "Many thanks,\n"),
            c.nm(org, "fl"), "\n", c.a_block(oa), "\n", c.tel_for(oa, "mobile"), " · ", c.mail(org), "\n"]
    if c.r() < 0.3:
        brand, num = make_card(c.rng)
        out += ["\n", t4(c, "PS: Meinen Anteil bitte direkt von der Kreditkarte abbuchen: ",
                         "PS : pour ma part, vous pouvez débiter ma carte : ",
                         "PS: la mia quota addebitatela pure sulla carta: ", "PS: please charge my share to my card: "),
                E("CARD", fmt_card(c.rng, num)), t4(c, ", gültig bis ", ", exp. ", ", scadenza ", ", exp "),
                f"{c.ri(1, 12):02d}/{c.ri(26, 30)}", "\n"]
    return out


def oil_delivery(c: Ctx) -> list:
    dealer = oil_dealer(c)
    da = c.addr(unit=0)
    driver = c.person()
    out: list = [dealer.upper(), " · ", c.a_one(da), " · ", c.tel_for(da, "land"), "\n",
                 t4(c, "Tourenplan / Lieferscheine ", "Tournée / bons de livraison ", "Giro consegne / DDT ",
                    "Delivery run / delivery notes "), c.date(fwd=5, style="num"),
                 t4(c, " – Fahrer: ", " – chauffeur : ", " – autista: ", " – driver: "), c.nm(driver, "fl"),
                 t4(c, ", Fahrzeug ", ", camion ", ", mezzo ", ", truck "),
                 c.ch(["HH-TK 4417", "EF-412-KL", "TV 48812", "AB12 CDE", "B-ZT 902"]), "\n\n"]
    w = [7, 26, 34, 8, 10, 10]
    out += fwrow(t4(c, ["LS-Nr.", "Kunde", "Lieferadresse", "Soll", "Zähler alt", "Zähler neu"],
                    ["BL n°", "Client", "Adresse de livraison", "Prévu", "Compteur av.", "Compteur ap."],
                    ["DDT", "Cliente", "Indirizzo consegna", "Ordinato", "Contal. ini", "Contal. fin"],
                    ["Note", "Customer", "Delivery address", "Ordered", "Meter start", "Meter end"]), w)
    meter = c.ri(100000, 900000)
    for _k in range(c.ri(4, 6)):
        p = c.person()
        a = c.addr(town=c.town)
        q = c.ch([1500, 2000, 2500, 3000, 4000])
        start = meter
        meter += q + c.ri(-40, 40)
        addr_cell = [c.a_one(a)] if c.r() < 0.5 else [c.a1(a)]
        out += fwrow([str(c.ri(40000, 49999)), [c.nm(p, c.ch(["LcF", "lf", "l"]))], addr_cell, str(q), str(start),
                      str(meter)], w)
        if c.r() < 0.2:
            out += ["        ", t4(c, "Hinweis: vorher anrufen ", "Remarque : appeler avant ", "Nota: chiamare prima ",
                                   "Note: call ahead "), c.tel_for(a, "mobile"), "\n"]
    out += ["\n", t4(c, "Dichtheitsprüfung Grenzwertgeber ok. Preis je 100 l netto: ",
                     "Limiteur de remplissage contrôlé. Prix HT les 100 l : ",
                     "Limitatore di riempimento ok. Prezzo netto per 100 l: ",
                     "Overfill prevention checked. Net price per 100 l: "), c.money(85, 130), "\n"]
    return out


def oil_chat(c: Ctx) -> list:
    ps = [c.person() for _ in range(c.ri(4, 6))]
    ch_ = Chat(c, lower_=c.r() < 0.3)
    s = [sender(c, p) for p in ps]
    ch_.say(E("PERSON", s[0].s), t4(c, "Hallo Nachbarn! Ich mach wieder eine Sammelbestellung Heizöl, Preis gerade ",
                                    "Salut les voisins ! Je relance une commande groupée de fioul, le prix est à ",
                                    "Ciao vicini! Rifaccio l'ordine collettivo del gasolio, il prezzo ora è ",
                                    "Hi neighbours! Doing another group heating oil order, price is currently "),
            c.money(85, 130), t4(c, "/100 l. Wer ist dabei? Bitte Menge + Adresse schicken.",
                                 " les 100 l. Qui en veut ? Envoyez quantité + adresse.",
                                 "/100 l. Chi c'è? Mandatemi quantità + indirizzo.",
                                 "/100 l. Who's in? Send me quantity + address."))
    for k in range(1, len(ps)):
        a = c.addr(town=c.town)
        ch_.say(E("PERSON", s[k].s), liters(c), ", ", c.a1(a) if c.r() < 0.7 else c.a_one(a),
                c.ch(["", t4(c, " – Tank ist hinterm Haus", " – cuve derrière la maison", " – serbatoio dietro casa",
                            " – tank's round the back"),
                      t4(c, " (bin ab Mittwoch weg, Schlüssel hat ", " (absent dès mercredi, la clé est chez ",
                         " (via da mercoledì, le chiavi le ha ", " (away from Wednesday, key is with ")]))
        if ch_.items[-2:] and plain(ch_.items[-2]).endswith(("hat ", "chez ", "ha ", "with ")):
            ch_.items.insert(len(ch_.items) - 1, [c.nm(c.person(), c.ch(["fl", "f"])), ")"])
    if home_cc(c) and c.r() < 0.6:
        ch_.say(E("PERSON", s[0].s), t4(c, "Rechnung kommt an mich, bitte euren Anteil dann auf mein Konto: ",
                                        "La facture arrive chez moi, vous me virez votre part sur : ",
                                        "La fattura arriva a me, poi mi fate un bonifico su: ",
                                        "Invoice comes to me, then transfer your share to "), iban_e(c))
    ch_.say(E("PERSON", s[0].s), t4(c, "Danke! Der Fahrer ruft vorher an. Falls was ist: Büro des Händlers ",
                                    "Merci ! Le chauffeur appelle avant. Sinon le bureau du fournisseur : ",
                                    "Grazie! L'autista chiama prima. Per problemi: ufficio del fornitore ",
                                    "Thanks! Driver will ring first. Any issues: supplier's office "),
            c.tel("land"))
    ch_.say(c.tel("mobile"), t4(c, "Hier ist ", "C'est ", "Sono ", "This is "), c.nm(c.person(), "fl"),
            t4(c, " aus der Nr. ", " du n° ", " del civico ", " from no. "), str(c.ri(1, 80)),
            t4(c, ", kann ich auch noch 2.000 l dazu?", ", je peux ajouter 2 000 l ?", ", posso aggiungere 2.000 l?",
               ", can I add 2,000 l too?"))
    return [maybe_request(c, t4(c, ["Mach mir aus dem Chat eine Bestellliste für den Händler:"],
                                ["Fais-moi la liste de commande pour le fournisseur à partir du chat :"],
                                ["Fammi l'elenco dell'ordine per il fornitore da questa chat:"],
                                ["Make an order list for the supplier from this chat:"]), 0.7), ch_.items]


def oil_invoice(c: Ctx) -> list:
    dealer = oil_dealer(c)
    da = c.addr(unit=0)
    org = c.person()
    oa = c.addr(town=c.town)
    cc = home_cc(c)
    vl, vn, rate = vat_no(c)
    inv = [dealer, "\n", c.a_block(da), "\n", t4(c, "Tel. ", "Tél. ", "Tel. ", "Tel. "), c.tel_for(da, "land"),
           f" · {vl} {vn}", "\n\n",
           c.nm(org, "fl"), "\n", c.a_block(oa), "\n\n",
           t4(c, "Rechnung Nr. ", "Facture n° ", "Fattura n. ", "Invoice no. "),
           f"R{c.ri(2025, 2026)}-{c.ri(1000, 9999)}",
           t4(c, " vom ", " du ", " del ", " dated "), c.date(style="num"), "\n",
           t4(c, "Sammellieferung ", "Livraison groupée ", "Consegna collettiva ", "Group delivery "), fuel(c),
           t4(c, ", 6 Abladestellen, gesamt 17.450 l à ", ", 6 points de livraison, total 17 450 l à ",
              ", 6 scarichi, totale 17.450 l a ", ", 6 drops, total 17,450 l at "), c.money(85, 130),
           t4(c, f"/100 l zzgl. {rate} MwSt. Zahlbar innerhalb 10 Tagen ohne Abzug auf ",
              f"/100 l HT, TVA {rate}. Payable sous 10 jours sur ",
              f"/100 l + IVA {rate}. Pagamento entro 10 giorni su ",
              f"/100 l + VAT {rate}. Payable within 10 days to " if rate else "/100 l. Payable within 10 days to ")]
    if cc:
        inv += [iban_e(c), "."]
    else:
        inv += [f"routing {digits(c.rng, 9)}, account {digits(c.rng, 10)}, or by card at the office."]
    out = fill(inv, c.rng, 80) + ["\n"]
    out += [t4(c, "Aufteilung (für die Nachbarn, bitte bis ", "Répartition (pour les voisins, avant le ",
               "Ripartizione (per i vicini, entro il ", "Split (for the neighbours, please pay me by "),
            c.date(fwd=10, style="num"), t4(c, " an mich überweisen", ")", ")", ")"),
            t4(c, "):\n", ":\n", ":\n", ":\n")]
    for _k in range(c.ri(3, 5)):
        p = c.person()
        a = c.addr(town=c.town)
        line = ["- ", c.nm(p, c.ch(["fl", "l", "lf"])), " (", c.a1(a), "): ", liters(c), " = ", c.money(900, 4000)]
        if cc and c.r() < 0.25:
            line += [t4(c, ", Lastschrift von ", ", prélèvement sur ", ", addebito su ", ", direct debit from "),
                     iban_e(c, grouped=0.4)]
        out += line + ["\n"]
    out += [t4(c, "Mein Konto: ", "Mon compte : ", "Il mio conto: ", "My account: ")]
    out += [iban_e(c)] if cc else ["Venmo/Zelle ", c.tel("mobile")]
    out += [" – ", c.nm(org, "fl"), "\n"]
    return out


@genre("heatingoil")
def g_heatingoil(c: Ctx, v: int) -> list:
    return [oil_order_mail, oil_delivery, oil_chat, oil_invoice][v](c)
# ----------------------------------------------------------------------------------------------------------------
# 7. carpool - school-run and commuter car pools: rotas, matching exports, parents' chats, consent sheets
# ----------------------------------------------------------------------------------------------------------------


def school_name(c: Ctx) -> str:
    return t4(c, c.ch(["Grundschule am Wiesengrund", "Volksschule Leopoldau", "Schulhaus Rietli", "Waldorfschule Süd"]),
              c.ch(["École élémentaire Jules Ferry", "Groupe scolaire Les Acacias", "École primaire du Bourg"]),
              c.ch(["Scuola primaria G. Rodari", "Istituto comprensivo Via Verdi", "Scuola elementare Nord"]),
              c.ch(["St Mary's Primary School", "Oakwood Elementary", "Hillcrest Primary", "Scoil Bhríde"]))


def carpool_rota(c: Ctx) -> list:
    fams = []
    for _ in range(c.ri(3, 4)):
        par = c.person()
        kids = [c.person(last=par.last, g=c.ch("mf")) for _ in range(c.ri(1, 2))]
        a = c.addr(town=c.town, unit=0.1)
        fams.append((par, kids, a))
    out: list = [t4(c, "Fahrgemeinschaft ", "Covoiturage ", "Carpooling ", "School run rota – "), school_name(c),
                 t4(c, " – Schuljahr ", " – année ", " – anno scolastico ", " – "),
                 f"{c.today.year}/{(c.today.year + 1) % 100:02d}", "\n\n"]
    heads = t4(c, ["Tag", "Fahrer/in", "Kinder", "Abholung", "Handy"], ["Jour", "Conducteur", "Enfants", "Départ",
                                                                         "Portable"],
               ["Giorno", "Autista", "Bambini", "Ritrovo", "Cellulare"], ["Day", "Driver", "Children", "Pick-up",
                                                                           "Mobile"])
    out += mdhead(heads)
    for k, wd in enumerate(WEEKDAYS[c.lang][:5]):
        par, kids, a = fams[k % len(fams)]
        others = [kd for f in fams for kd in f[1]]
        c.rng.shuffle(others)
        kid_cell: list = []
        for j, kd in enumerate(others[:c.ri(2, 3)]):
            kid_cell += [", " if j else "", c.nm(kd, "f")]
        out += mdrow([wd, [c.nm(par, c.ch(["fl", "f"]))], kid_cell, [c.a1(a)],
                      [c.tel("mobile")] if k < len(fams) else "s.o." if c.lang == "de" else "–"])
    if home_cc(c) and c.r() < 0.5:
        out += ["\n", t4(c, "Spritgeld (5 € pro Kind/Monat) bitte an ", "Participation essence (5 € par enfant et "
                         "par mois) sur le compte de ", "Rimborso benzina (5 € a bambino al mese) sul conto di ",
                         "Petrol money (5 per child a month) to "), c.nm(fams[0][0], "f"), ": ", iban_e(c), "\n"]
    out += ["\n", t4(c, "Abfahrt jeweils 7:35, Rückfahrt Di/Do 13:15, sonst Hort. Notfallkontakte:",
                     "Départ 7h50, retour mardi/jeudi 16h30. Contacts d'urgence :",
                     "Partenza 7:40, ritorno mar/gio 13:10. Contatti di emergenza:",
                     "We leave at 8:05, pick-up 3:15. Emergency contacts:"), "\n"]
    for par, _kids, _a in fams:
        if c.r() < 0.4:
            continue
        gm = c.person()
        if gm.g == "f":
            kin = t4(c, c.ch(["Oma ", "Tante "]), c.ch(["mamie ", "tata "]), c.ch(["nonna ", "zia "]),
                     c.ch(["Gran ", "Auntie "]))
        else:
            kin = t4(c, c.ch(["Opa ", "Onkel "]), c.ch(["papi ", "tonton "]), c.ch(["nonno ", "zio "]),
                     c.ch(["Grandad ", "Uncle "]))
        out += ["- ", t4(c, "Familie ", "Famille ", "Famiglia ", "The "), c.nm(par, "l"), t4(c, "", "", "", "s"), ": ",
                kin, c.nm(gm, c.ch(["fl", "f"])), " ", c.tel("mobile"), "\n"]
    return out


def carpool_export(c: Ctx) -> list:
    comp = c.company()
    sep = c.ch([",", ";"])
    heads = ["id", "name", "email", "phone", "home_street", "postcode", "town", "departs", "returns", "seats", "role"]
    out: list = [t4(c, "Export aus dem Mitfahr-Portal (", "Export du portail covoiturage (",
                    "Export portale carpooling (",
                    "Export from the ride-share portal ("), comp, t4(c, "), bitte Matches nach Wohnort vorschlagen:",
                                                                 "), propose des équipages par commune :",
                                                                 "), proponi equipaggi per zona:",
                                                                 "), please suggest matches by area:"), "\n\n"]
    out += csvrow(heads, sep)
    for _k in range(c.ri(5, 8)):
        p = c.person()
        a = c.addr(unit=0.05)
        pc = a.town.split()[0] if c.loc not in ("en_GB", "en_IE", "en_US") else (
            a.town.split()[-1] if c.loc == "en_US" else " ".join(a.town.split()[-2:]))
        out += csvrow([f"u{c.ri(1000, 9999)}", [c.nm(p, c.ch(["fl", "lf"]))], [c.work_mail(p, comp)],
                       [c.tel("mobile")] if c.r() < 0.5 else "", [c.a1(a)], pc, a.city, c.time(6, 9, 15),
                       c.time(16, 18, 15), str(c.ri(0, 4)), c.ch(["driver", "passenger", "both"])], sep)
    return out


def carpool_chat(c: Ctx) -> list:
    ps = [c.person(g="f" if k == 1 else None) for k in range(c.ri(4, 5))]
    kids = [c.person(last=p.last, g="f" if k == 2 else None) for k, p in enumerate(ps)]
    ch_ = Chat(c)
    s = [sender(c, p) for p in ps]
    a0 = c.addr(town=c.town)
    ch_.say(E("PERSON", s[0].s), t4(c, "Morgen kann ich nicht fahren, Arzttermin. Kann jemand tauschen?",
                                    "Demain je ne peux pas conduire, rdv médical. Quelqu'un peut échanger ?",
                                    "Domani non posso guidare, ho una visita. Qualcuno può scambiare?",
                                    "Can't drive tomorrow, doctor's appointment. Can anyone swap?"))
    ch_.say(E("PERSON", s[1].s), t4(c, "Ich übernehme! Hole ", "Je m'en occupe ! Je prends ", "Ci penso io! Prendo ",
                                    "I'll do it! I'll get "), c.nm(kids[0], "f"),
            t4(c, " um 7:30 in der ", " à 7h30 au ", " alle 7:30 in ", " at 7:30 from "), c.a1(a0), ".")
    ch_.say(E("PERSON", s[2].s), c.nm(kids[2], "f"), t4(c, " ist krank, wir fallen diese Woche aus.",
                                                         " est malade, on ne vient pas cette semaine.",
                                                         " è malata, questa settimana saltiamo.",
                                                         " is off sick, we're out this week."))
    ch_.say(E("PERSON", s[3].s), t4(c, "Gute Besserung! Übrigens neue Handynummer von meinem Mann ",
                                    "Bon rétablissement ! Au fait nouveau numéro de mon mari ",
                                    "Auguri! Tra l'altro nuovo numero di mio marito ",
                                    "Get well soon! Btw my husband "), c.nm(c.person(g="m", last=ps[3].last), "f"),
            t4(c, ": ", " : ", ": ", "'s new number: "), c.tel("mobile"))
    if len(ps) > 4:
        a4 = c.addr(town=c.town)
        ch_.say(E("PERSON", s[4].s), t4(c, "Wir sind umgezogen, ab Montag bitte ", "On a déménagé, à partir de lundi "
                                        "c'est ", "Abbiamo traslocato, da lunedì prendeteci in ",
                                        "We've moved, from Monday please pick up at "), c.a_one(a4), " 🙏")
    ch_.say(c.tel("mobile"), t4(c, "Hallo, ich bin die Mutter von ", "Bonjour, je suis la maman de ",
                                "Ciao, sono la mamma di ", "Hi, I'm "), c.nm(c.person(), "f"),
            t4(c, " (2b), habt ihr noch einen Platz?", " (CE1), il reste une place ?", " (2B), c'è ancora un posto?",
               "'s mum (Year 2), any room left?"))
    ch_.say(E("PERSON", s[0].s), t4(c, "Schreib ", "Vois avec ", "Scrivi a ", "Message "), c.nm(ps[1], "f"),
            t4(c, ", die macht den Plan.", ", c'est elle qui fait le planning.", ", fa lei i turni.",
               ", she does the rota."))
    return [maybe_request(c, t4(c, ["Bitte daraus den neuen Fahrplan für nächste Woche machen:"],
                                ["Refais le planning de la semaine prochaine à partir de ça :"],
                                ["Rifammi i turni della prossima settimana:"],
                                ["Please redo next week's rota from this:"]), 0.6), ch_.items]


def carpool_consent(c: Ctx) -> list:
    par = c.person()
    a = c.addr()
    kids = [c.person(last=par.last) for _ in range(c.ri(1, 3))]
    par2 = c.person(g="m" if par.g == "f" else "f", last=par.last if c.r() < 0.7 else None)
    lab = t4(c, ["Einverständniserklärung Fahrgemeinschaft", "Kind", "geboren am", "Allergien", "Kindersitz",
                 "Erziehungsberechtigte", "Anschrift", "Erreichbar", "Weitere Abholberechtigte", "Krankenkasse"],
             ["Autorisation covoiturage", "Enfant", "né(e) le", "Allergies", "Rehausseur", "Responsables légaux",
              "Adresse", "Joignables", "Autres personnes autorisées", "Mutuelle"],
             ["Autorizzazione carpooling", "Bambino/a", "nato/a il", "Allergie", "Seggiolino", "Genitori",
              "Indirizzo", "Recapiti", "Altre persone autorizzate", "Tessera sanitaria"],
             ["Car pool consent form", "Child", "DOB", "Allergies", "Booster seat", "Parents/guardians", "Address",
              "Contact", "Also authorised to collect", "Insurance"])
    out: list = [lab[0], " – ", school_name(c), "\n\n"]
    for kd in kids:
        out += [f"{lab[1]}: ", c.nm(kd, "fl"), f", {lab[2]} ", c.dob(5, 11), f"; {lab[3]}: ",
                c.ch(t4(c, ["keine", "Nüsse", "Laktose"], ["aucune", "arachides"], ["nessuna", "frutta secca"],
                        ["none", "peanuts", "eggs"])), f"; {lab[4]}: ", t4(c, "ja", "oui", "sì", "yes"), "\n"]
    out += [f"{lab[5]}: ", c.nm(par, "fl"), ", ", c.nm(par2, "fl"), "\n", f"{lab[6]}: ", c.a_one(a), "\n",
            f"{lab[7]}: ", c.tel("mobile"), " / ", c.tel("mobile"), " / ", c.mail(par), "\n",
            f"{lab[8]}: "]
    for j in range(c.ri(1, 2)):
        o = c.person()
        out += [("; " if j else ""), c.nm(o, "fl"), " (", c.tel("mobile"), ")"]
    hl, hn = health_id(c)
    out += ["\n", f"{lab[9]}: {hn}\n\n",
            t4(c, "Wir sind einverstanden, dass unsere Kinder im Rahmen der Fahrgemeinschaft mitgenommen werden.\n",
               "Nous autorisons le transport de nos enfants dans le cadre du covoiturage.\n",
               "Autorizziamo il trasporto dei nostri figli nell'ambito del carpooling.\n",
               "We agree to our children being driven as part of the car pool.\n"),
            c.city(), ", ", c.date(back=10), "   ", c.nm(par, "iL"), "\n"]
    return out


@genre("carpool")
def g_carpool(c: Ctx, v: int) -> list:
    return [carpool_rota, carpool_export, carpool_chat, carpool_consent][v](c)


# ----------------------------------------------------------------------------------------------------------------
# 8. coachtour - coach tours and pilgrimages: manifests, rooming lists, booking confirmations, guide's notes
# ----------------------------------------------------------------------------------------------------------------


def tour_operator(c: Ctx) -> str:
    return t4(c, c.ch(["Reisedienst Sonnenschein", "Busreisen Alpenblick", "Pfarrei-Pilgerreisen",
                       "Carreisen Zürcher"]),
              c.ch(["Voyages Horizon", "Autocars du Léman", "Pèlerinages diocésains", "Cars Lepage"]),
              c.ch(["Viaggi Arcobaleno", "Autolinee del Lago", "Pellegrinaggi parrocchiali", "Bus Tours Ticino"]),
              c.ch(["Shamrock Coach Tours", "Heritage Coach Holidays", "Parish Pilgrimages", "Liberty Bus Tours"]))


def tour_dest(c: Ctx) -> str:
    return t4(c, c.ch(["Gardasee", "Lourdes", "Rom & Assisi", "Prag", "Südtirol", "Dresden & Sächsische Schweiz"]),
              c.ch(["Lourdes", "Rome", "Barcelone", "Lacs italiens", "Alsace et Forêt-Noire"]),
              c.ch(["Lourdes", "Medjugorje", "Vienna e Salisburgo", "Costiera amalfitana", "Provenza"]),
              c.ch(["Lourdes", "Knock & Connemara", "Scottish Highlands", "Rhine Valley", "Normandy Beaches"]))


def nat(c: Ctx) -> str:
    return c.ch(["D", "A", "CH", "I", "F", "B", "PL", "HR", "GB", "IRL", "USA", "RO", "TR"])


def tour_manifest(c: Ctx) -> list:
    op = tour_operator(c)
    d0 = c.day(fwd=30)
    out: list = [op, " – ", t4(c, "Reise ", "Voyage ", "Viaggio ", "Tour "), f"{c.ch('RPLT')}{c.ri(100, 999)} ",
                 tour_dest(c), " ", c.date(d0, "num"), " – ", c.date(d0 + dt.timedelta(days=c.ri(3, 8)), "num"), "\n",
                 t4(c, "Passagierliste Bus 1", "Liste des passagers – car 1", "Lista passeggeri – pullman 1",
                    "Passenger manifest – coach 1"),
                    f" ({c.ch(['RV-HB 226', 'GR 7741', 'EH-318-TK', '181-D-4471', 'TI 90123'])})\n\n"]
    w = [5, 28, 12, 13, 5]
    out += fwrow(t4(c, ["Sitz", "Name", "geb.", "Ausweis-Nr.", "Nat.", "Zustieg"],
                    ["Pl.", "Nom", "Né(e)", "Pièce n°", "Nat.", "Montée"], ["Posto", "Nominativo", "Nato/a",
                                                                            "Documento",
                                                                           "Naz.", "Salita"],
                    ["Seat", "Name", "DOB", "Passport no.", "Nat.", "Boarding"]), w)
    stops = t4(c, ["ZOB 06:15", "Bahnhof Nord 06:40", "Parkplatz Kirche 07:00"],
               ["Gare routière 6h15", "Place de l'Église 6h40", "Parking Leclerc 7h00"],
               ["Piazzale stazione 6:15", "Parcheggio chiesa 6:40", "Casello A1 7:00"],
               ["Bus station 6:15am", "Church car park 6:40am", "Park & Ride 7:00am"])
    for k in range(c.ri(6, 8)):
        p = c.person()
        idl, idn = id_doc(c)
        out += fwrow([str(k + 1), [c.nm(p, c.ch(["LcF", "LF", "lf"]))], [c.dob(8, 88, "num")], idn, nat(c),
                      c.ch(stops)], w)
    drv, guide = c.person(), c.person()
    out += ["\n", t4(c, "Fahrer: ", "Chauffeur : ", "Autista: ", "Driver: "), c.nm(drv, "fl"), " ", c.tel("mobile"),
            " · ", t4(c, "Reiseleitung: ", "Accompagnatrice : " if guide.g == "f" else "Accompagnateur : ",
                      "Accompagnatrice: " if guide.g == "f" else "Accompagnatore: ", "Tour leader: "),
            c.nm(guide, "fl"), " ", c.tel("mobile"), "\n",
            t4(c, "Notfallnummer Büro (24 h): ", "Permanence agence 24h/24 : ", "Reperibilità agenzia 24h: ",
               "Office out-of-hours line: "), c.hotline(), "\n"]
    return out


def tour_rooming(c: Ctx) -> list:
    op = tour_operator(c)
    hotel = t4(c, c.ch(["Hotel Seeblick", "Hotel Zur Post", "Pilgerhaus St. Josef"]),
               c.ch(["Hôtel Notre-Dame", "Hôtel du Parc", "Hôtel Saint-Sauveur"]),
               c.ch(["Hotel Bellavista", "Casa del Pellegrino", "Albergo Roma"]),
               c.ch(["Hotel Imperial", "Ardilaun Guesthouse", "Knock House Hotel"]))
    ha = c.addr(c.ch(ALL_LOCALES), unit=0) if c.r() < 0.5 else c.addr(unit=0)
    rc = c.person()
    leader = c.person()
    out: list = [t4(c, "Rooming list – ", "Rooming list – ", "Rooming list – ", "Rooming list – "), hotel, ", ",
                 c.a_one(ha), "\n", t4(c, "z. Hd. ", "À l'att. de ", "Alla c.a. di ", "FAO "), c.nm(rc, "fl"),
                 t4(c, " (Reservierung), Gruppe ", " (réservations), groupe ", " (booking), gruppo ",
                    " (reservations), group "), op, t4(c, ", Anreise ", ", arrivée ", ", arrivo ", ", arriving "),
                 c.date(fwd=40, style="num"), "\n\n"]
    all_dob = c.r() < 0.5
    heads = t4(c, ["Zi.", "Typ", "Gäste", "geb." if all_dob else "geb. (Kinder)", "Bemerkung"],
               ["Ch.", "Type", "Voyageurs", "Né(e) le" if all_dob else "Né(e) (enfants)", "Remarque"],
               ["Cam.", "Tipo", "Ospiti", "Data di nascita" if all_dob else "Nato/a (minori)", "Note"],
               ["Rm", "Type", "Guests", "DOB" if all_dob else "DOB (children)", "Notes"])
    out += tsvrow(heads)
    for k in range(c.ri(4, 7)):
        typ = c.ch(["DZ", "EZ", "DBL", "TWIN", "TPL"]) if c.lang != "en" else c.ch(["DBL", "TWN", "SGL", "FAM"])
        n = 1 if typ in ("EZ", "SGL") else (3 if typ in ("TPL", "FAM") else 2)
        head = c.person()
        guests = [head] + [c.person(last=head.last if c.r() < 0.7 else None) for _ in range(n - 1)]
        gcell: list = []
        dob_cell: list | str = ""
        for j, g in enumerate(guests):
            gcell += [" / " if j else "", c.nm(g, c.ch(["fl", "lf", "LF"]))]
        if all_dob:
            dob_cell = []
            for j in range(len(guests)):
                dob_cell += [" / " if j else "", c.dob(2, 15, "num") if j == 2 else c.dob(20, 85, "num")]
        elif n == 3:
            dob_cell = [c.dob(2, 15, "num")]
        rem = c.ch(t4(c, ["", "", "glutenfrei", "Rollstuhl", "Hochzeitstag!"], ["", "", "sans gluten", "PMR",
                                                                                  "anniversaire de mariage"],
                      ["", "", "celiaco", "carrozzina", "anniversario"], ["", "", "gluten free", "wheelchair",
                                                                           "anniversary"]))
        out += tsvrow([str(k + 1), typ, gcell, dob_cell, rem])
    out += ["\n", t4(c, "Gruppenleitung vor Ort: ", "Responsable du groupe : ", "Capogruppo: ", "Group leader: "),
            c.nm(leader, "fl"), ", ", c.tel("mobile", intl=0.9), "\n"]
    return out


def tour_booking(c: Ctx) -> list:
    op = tour_operator(c)
    oa = c.addr(unit=0)
    lead = c.person()
    la = c.addr()
    co = [c.person(last=lead.last if c.r() < 0.6 else None) for _ in range(c.ri(1, 3))]
    ec = c.person()
    bk = f"{c.ch('BKRT')}{c.today.year % 100}{digits(c.rng, 5)}"
    out: list = [t4(c, "An: ", "À : ", "A: ", "To: "), c.mail(lead), "\n",
                 t4(c, "Betreff: Buchungsbestätigung ", "Objet : Confirmation de réservation ",
                    "Oggetto: Conferma di prenotazione ", "Subject: Booking confirmation "), bk, " – ", tour_dest(c),
                 "\n\n", c.dear(lead), "\n\n",
                 t4(c, "vielen Dank für Ihre Buchung. Reisende:\n", "merci pour votre réservation. Voyageurs :\n",
                    "grazie per la prenotazione. Partecipanti:\n", "thank you for your booking. Travellers:\n")]
    for k, p in enumerate([lead] + co):
        out += ["  • ", c.nm(p, "fl"), ", ", c.ne(p) if c.lang != "en" else "DOB", " ",
                c.dob(25, 85) if k == 0 else c.dob(4, 85), "\n"]
    out += [t4(c, "Rechnungsadresse: ", "Adresse de facturation : ", "Indirizzo di fatturazione: ",
               "Billing address: "), c.a_one(la), "\n",
            t4(c, "Notfallkontakt zu Hause: ", "Personne à prévenir : ", "Contatto di emergenza: ",
               "Emergency contact at home: "), c.nm(ec, "fl"), ", ", c.tel("mobile"), "\n",
            t4(c, "Reisepreis gesamt ", "Prix total ", "Totale ", "Total price "), c.money(900, 4200),
            t4(c, ", Anzahlung 20 % erhalten, Restzahlung bis ", ", acompte 20 % reçu, solde avant le ",
               ", acconto 20% ricevuto, saldo entro il ", ", 20% deposit received, balance due by "),
            c.date(fwd=30, style="num"), ".\n\n",
            t4(c, "Ihr Reiseteam\n", "L'équipe voyages\n", "Lo staff viaggi\n", "Your travel team\n"), op, " · ",
            c.a_one(oa), " · ", c.tel_for(oa, "land"), "\n\n"]
    brand, num = make_card(c.rng)
    full = c.r() < 0.7
    out += ["> ", t4(c, "Antwort von ", "Réponse de ", "Risposta di ", "Reply from "), c.mail(lead), ":\n> ",
            t4(c, "Danke! Bitte buchen Sie den Restbetrag von meiner Kreditkarte ab: ",
               "Merci ! Vous pouvez débiter le solde sur ma carte : ",
               "Grazie! Addebitate pure il saldo sulla mia carta: ",
               "Thanks! Please take the balance from my card: ")]
    if full:
        out += [E("CARD", fmt_card(c.rng, num)), f", {c.ri(1, 12):02d}/{c.ri(26, 30)}, ",
                t4(c, "Prüfziffer sage ich Ihnen telefonisch.", "le cryptogramme par téléphone.",
                   "il CVV ve lo dico al telefono.", "I'll give you the security code by phone.")]
    else:
        out += [f"{brand.upper()} **** {num[-4:]}", t4(c, " (wie bei der Anzahlung).", " (comme pour l'acompte).",
                                                        " (come per l'acconto).", " (same as the deposit).")]
        if home_cc(c):
            out += ["\n> ", t4(c, "Falls Storno: Erstattung bitte auf ", "En cas d'annulation, remboursement sur ",
                                "In caso di annullamento, rimborso su ", "If cancelled, refund to "), iban_e(c)]
    out += ["\n> ", t4(c, "Meine Schwester ", "Ma sœur ", "Mia sorella ", "My sister "), c.nm(c.person(g="f"), "fl"),
            t4(c, " möchte evtl. noch mit – ist noch ein Einzelzimmer frei? Sie erreichen sie unter ",
               " voudrait peut-être venir – reste-t-il une single ? Son numéro : ",
               " forse si aggiunge – c'è ancora una singola? Il suo numero è ",
               " might join – is there a single room left? Her number is "), c.tel("mobile"), "\n"]
    return out


def tour_notes(c: Ctx) -> list:
    drv, guide = c.person(), c.person()
    out: list = [t4(c, "notizen reiseleitung – bitte ordentlich als liste formatieren:\n\n",
                     "notes accompagnatrice – mets ça au propre en liste stp :\n\n",
                     "appunti accompagnatore – mettimeli in ordine come elenco:\n\n",
                     "tour leader notes – tidy these into a list please:\n\n")]
    lines: list = []
    lines += [t4(c, "fahrer ", "chauffeur ", "autista ", "driver "), c.nm(drv, "fl"), " ", c.tel("mobile"),
              t4(c, ", pause spätestens nach 4,5 h", ", pause après 4h30 max", ", sosta entro 4,5 ore",
                 ", break after 4.5 hrs max"), "\n"]
    for _k in range(c.ri(2, 3)):
        loc2 = c.ch(ALL_LOCALES)
        ha = c.addr(loc2, unit=0)
        hn = c.ch(["hotel central", "hotel bellevue", "albergo stella", "hôtel du lac", "gasthof krone", "the grand"])
        lines += [hn, ", ", c.a_one(ha), ", ", t4(c, "rezeption ", "réception ", "reception ", "front desk "),
                  c.tel_for(ha, "land"), t4(c, ", check-in ab 15 uhr", ", check-in 15h", ", check-in dalle 15",
                                            ", check-in 3pm"), "\n"]
    for _k in range(c.ri(3, 5)):
        p = c.person()
        e = c.person(last=p.last if c.r() < 0.6 else None)
        lines += [c.nm(p, c.ch(["fl", "l"])), t4(c, " – notfall: ", " – urgence : ", " – emergenza: ",
                                                 " – emergency: "), c.nm(e, "fl"), " ", c.tel("mobile"),
                  c.ch(["", t4(c, " (diabetes, insulin im kühlschrank)", " (diabète)", " (diabetico)", " (diabetic)"),
                        t4(c, " (rollator)", " (déambulateur)", " (deambulatore)", " (walker)")]), "\n"]
    lines += [t4(c, "treffpunkt rückfahrt sa 8:30 vor dem hotel, zimmer 214 hat schlüssel verloren (12 €)",
                 "rdv retour samedi 8h30 devant l'hôtel, chambre 214 a perdu la clé (12 €)",
                 "ritrovo rientro sabato 8:30 davanti all'hotel, camera 214 ha perso la chiave (12 €)",
                 "meet for return sat 8:30am outside hotel, room 214 lost key (12)"), "\n"]
    lines += ["– ", c.nm(guide, "f"), "\n"]
    out += lower(lines)
    return out


@genre("coachtour")
def g_coachtour(c: Ctx, v: int) -> list:
    return [tour_manifest, tour_rooming, tour_booking, tour_notes][v](c)


# ----------------------------------------------------------------------------------------------------------------
# 9. livery - livery yards and riding stables: agreements, yard contact lists, yard chats, pony camp sign-ups
# ----------------------------------------------------------------------------------------------------------------

HORSES = ["Donnerhall", "Bella", "Sir Lancelot", "Fleur de Lys", "Sultan", "Quinta", "Paddy", "Caramel", "Luna",
          "Felice", "Whisky", "Biscuit", "Ronaldo", "Dolce Vita", "Shadow", "Frieda", "Taïga", "Nuvola", "Jackson"]


def yard_name(c: Ctx) -> str:
    return t4(c, c.ch(["Reitanlage Birkenhof", "Pensionsstall Waldesruh", "Reitstall am Kreuzberg", "Gut Lindenau"]),
              c.ch(["Écurie du Moulin", "Centre équestre des Chênes", "Haras de la Vallée"]),
              c.ch(["Maneggio Le Querce", "Scuderia Il Girasole", "Centro ippico La Collina"]),
              c.ch(["Meadowbrook Livery", "Oakfield Equestrian Centre", "Hollybrook Stables"]))


def ueln(c: Ctx) -> str:
    return f"{c.ch(['276', '040', '756', '250', '380', '826', '372', '056'])}{digits(c.rng, 3)}{digits(c.rng, 9)}"


def livery_agreement(c: Ctx) -> list:
    yard = yard_name(c)
    ya = c.addr(unit=0)
    yo = c.person()
    own = c.person()
    oa = c.addr()
    vet, far, em = c.person(), c.person(), c.person()
    horse = c.ch(HORSES)
    foal = c.birth(3, 22)
    para = [t4(c, "PENSIONSVERTRAG zwischen ", "CONTRAT DE PENSION entre ", "CONTRATTO DI PENSIONE tra ",
               "LIVERY AGREEMENT between "), yard, " (", c.a_one(ya), t4(c, ", vertreten durch ", ", représentée par ",
                                                                         ", rappresentata da ", ", represented by "),
            c.nm(yo, "fl"), t4(c, ") und ", ") et ", ") e ", ") and "), c.nm(own, "fl"),
            t4(c, ", geb. ", ", né(e) le ", ", nato/a il ", ", born "), c.dob(18, 75),
            t4(c, ", wohnhaft ", ", demeurant ", ", residente in ", ", of "), c.a_one(oa),
            t4(c, ", Tel. ", ", tél. ", ", tel. ", ", tel. "), c.tel_for(oa), ", ", c.mail(own),
            t4(c, " (Einsteller/in).\n§ 1 Pferd: ", " (propriétaire).\nArt. 1 Cheval : ", " (proprietario).\nArt. 1 "
               "Cavallo: ", " (owner).\n1. Horse: "), horse, ", ",
            c.ch(t4(c, ["Wallach", "Stute"], ["hongre", "jument"], ["castrone", "fattrice"], ["gelding", "mare"])),
            t4(c, ", geb. ", ", né(e) le ", ", nato/a il ", ", foaled "), c.date(foal, "num"), ", UELN ", ueln(c),
            t4(c, ", Chip ", ", puce ", ", microchip ", ", chip "), digits(c.rng, 15, True),
            t4(c, ".\n§ 2 Box Nr. ", ".\nArt. 2 Box n° ", ".\nArt. 2 Box n. ", ".\n2. Stable no. "), str(c.ri(1, 40)),
            t4(c, ", Vollpension inkl. Weidegang, monatlich ", ", pension complète avec paddock, mensuel ",
               ", pensione completa con paddock, mensile ", ", full livery incl. turnout, monthly "),
            c.money(320, 780, False), t4(c, ", fällig zum 3. Werktag", ", payable le 3 du mois", ", entro il giorno 3",
                                          ", due by the 3rd")]
    cc = home_cc(c)
    if cc:
        para += [t4(c, " per Lastschrift von ", " par prélèvement sur ", " con addebito su ", " by direct debit from "),
                 iban_e(c)]
    elif c.r() < 0.5:
        brand, num = make_card(c.rng)
        para += [" by card on file ", E("CARD", fmt_card(c.rng, num)), f" (exp {c.ri(1, 12):02d}/{c.ri(26, 30)})"]
    para += [t4(c, ".\n§ 3 Tierarzt: Dr. ", ".\nArt. 3 Vétérinaire : Dr ", ".\nArt. 3 Veterinario: dott. ",
                ".\n3. Vet: "), c.nm(vet, "fl"), ", ", c.tel("mobile"), t4(c, "; Hufschmied: ", " ; maréchal : ",
                                                                         "; maniscalco: ", "; farrier: "),
             c.nm(far, "fl"), ", ", c.tel("mobile"), t4(c, ". Im Notfall und bei Nichterreichbarkeit: ",
                                                        ". En cas d'urgence : ", ". In caso di emergenza: ",
                                                        ". Emergency contact if owner unreachable: "),
             c.nm(em, "fl"), " ", c.tel("mobile"), ".\n",
             t4(c, "§ 4 Kündigung mit 2 Monaten Frist zum Monatsende.", "Art. 4 Préavis de résiliation : 2 mois.",
                "Art. 4 Disdetta con preavviso di 2 mesi.", "4. Notice period: two months."), "\n"]
    out = fill(para, c.rng, 86)
    out += ["\n", c.city(), ", ", c.date(back=5), "\n", c.nm(yo, "iL"), "                 ", c.nm(own, "iL"), "\n"]
    return out


def livery_list(c: Ctx) -> list:
    yard = yard_name(c)
    yo = c.person()
    out: list = [yard, t4(c, " – Einstellerliste (Aushang Sattelkammer), Stand ", " – liste des propriétaires "
                                                                                 "(sellerie), au ",
                          " – elenco proprietari (selleria), aggiornato ", " – owners list (tack room), updated "),
                 c.date(back=10, style="num"), "\n\n"]
    heads = t4(c, ["Box", "Pferd", "Besitzer/in", "Kontakt", "Notfallkontakt"],
               ["Box", "Cheval", "Propriétaire", "Contact", "Contact urgence"],
               ["Box", "Cavallo", "Proprietario", "Contatto", "Contatto emergenza"],
               ["Stable", "Horse", "Owner", "Contact", "Emergency contact"])
    out += mdhead(heads)
    horses = c.rng.sample(HORSES, 8)
    for k in range(c.ri(5, 7)):
        p = c.person()
        e = c.person(last=p.last if c.r() < 0.5 else None)
        ecell = [c.nm(e, c.ch(["fl", "f"])), " ", c.tel("mobile")] if c.r() < 0.45 else "–"
        out += mdrow([str(c.ri(1, 30)), horses[k], [c.nm(p, c.ch(["fl", "fl", "lf"]))],
                      [c.tel("mobile")] if c.r() < 0.6 else [c.mail(p)], ecell])
    if home_cc(c) and c.r() < 0.5:
        out += ["\n", t4(c, "Boxenmiete bis zum 3. des Monats an ", "Pension à régler avant le 3 du mois sur ",
                         "Pensione da versare entro il 3 del mese su ", "Livery fees by the 3rd of the month to "),
                iban_e(c), "\n"]
    out += ["\n", t4(c, "Stallbetreiberin/Stallbetreiber: ", "Gérant(e) : ", "Gestore: ", "Yard manager: "),
            c.nm(yo, "fl"), " ", c.tel("mobile"), t4(c, " · Tierklinik (24 h): ", " · clinique vétérinaire (24h) : ",
                                                     " · clinica veterinaria (24h): ", " · equine vet (24h): "),
            c.tel("land"), "\n"]
    return out


def livery_chat(c: Ctx) -> list:
    ps = [c.person(g="f" if k == 0 else None) for k in range(c.ri(4, 6))]
    s = [sender(c, p) for p in ps]
    ch_ = Chat(c, lower_=c.r() < 0.25)
    h = c.rng.sample(HORSES, 4)
    ch_.say(E("PERSON", s[0].s), t4(c, f"{h[0]} lahmt vorne links 😟 hat jemand die Nummer vom Schmied?",
                                    f"{h[0]} boite de l'antérieur gauche 😟 quelqu'un a le numéro du maréchal ?",
                                    f"{h[0]} zoppica anteriore sinistro 😟 qualcuno ha il numero del maniscalco?",
                                    f"{h[0]}'s lame front left 😟 anyone got the farrier's number?"))
    far = c.person(g="m")
    ch_.say(E("PERSON", s[1].s), c.nm(far, c.ch(["fl", "f"])), ": ", c.tel("mobile"),
            t4(c, " – sag ihm einen Gruß", " – dis-lui bonjour de ma part", " – salutalo da parte mia",
               " – tell him I said hi"))
    ch_.say(E("PERSON", s[2].s), t4(c, "Wer kann Samstag Stalldienst für mich machen? Tausche gegen Sonntag.",
                                    "Qui peut faire mon tour de samedi ? J'échange contre dimanche.",
                                    "Chi mi fa il turno di sabato? Scambio con domenica.",
                                    "Can anyone do my Saturday yard duty? Swap for Sunday."))
    ch_.say(E("PERSON", s[3].s), t4(c, "Ich! Und Heu kommt Montag, Lieferung an ", "Moi ! Et le foin arrive lundi, "
                                    "livraison au ", "Io! E il fieno arriva lunedì, consegna in ",
                                    "Me! And hay's coming Monday, delivery to "), c.a1(c.addr(town=c.town)),
            t4(c, " (Hintereingang)", " (entrée arrière)", " (ingresso posteriore)", " (back gate)"))
    vet = c.person(g="f")
    ch_.say(E("PERSON", s[0].s), t4(c, "Tierärztin ", "La véto ", "La veterinaria ", "Vet "), c.nm(vet, "fl"),
            t4(c, " kommt um 17 Uhr, Box ", " passe à 17h, box ", " arriva alle 17, box ", " coming at 5, stable "),
            str(c.ri(1, 30)))
    ch_.say(c.tel("mobile"), t4(c, "Hallo, hier ", "Bonjour, ici ", "Salve, sono ", "Hi, this is "),
            c.nm(c.person(), "fl"), t4(c, ", ich suche einen Boxplatz für meine Stute ab ",
                                        ", je cherche une place en box pour ma jument à partir du ",
                                        ", cerco un box per la mia cavalla da ",
                                        ", looking for a stable for my mare from "),
            c.date(fwd=40, style="num"), t4(c, " – habe die Nummer von ", " – j'ai eu le numéro par ",
                                            " – ho avuto il numero da ", " – got the number from "),
            c.nm(ps[min(4, len(ps) - 1)], "f"))
    if len(ps) > 4:
        ch_.say(E("PERSON", s[4].s), t4(c, "Ja, ", "Oui, ", "Sì, ", "Yes, "), c.nm(ps[0], "f"),
                t4(c, " entscheidet das, ruf sie an.", " décide, appelle-la.", " decide lei, chiamala.",
                   " decides, give her a ring."))
    return ch_.items


def livery_camp(c: Ctx) -> list:
    yard = yard_name(c)
    ya = c.addr(unit=0)
    out: list = [yard, " – ", t4(c, "Anmeldungen Ponyferien ", "Inscriptions stage poney ", "Iscrizioni campo pony ",
                                 "Pony camp sign-ups "), c.date(fwd=50, style="num"), "–",
                 c.date(fwd=60, back=-55, style="num"), "\n", c.a_one(ya), "\n\n"]
    for k in range(c.ri(3, 5)):
        kid = c.person()
        par = c.person(last=kid.last if c.r() < 0.8 else None)
        a = c.addr(town=c.town)
        lvl = c.ch(t4(c, ["Anfänger", "RA 10", "Reitabzeichen 8"], ["Galop 1", "Galop 3", "débutant"],
                      ["principiante", "Brevetto A", "livello 2"], ["beginner", "Pony Club C", "walk-trot"]))
        out += [f"{k + 1}. ", c.nm(kid, "fl"), ", ", c.dob(6, 14), f", {lvl}\n   ",
                t4(c, "Eltern: ", "Parents : ", "Genitori: ", "Parent: "), c.nm(par, "fl"), ", ",
                [c.tel("mobile"), ", "] if c.r() < 0.6 else "", c.mail(par), "\n   ", c.a_one(a), "\n"]
        if c.r() < 0.3:
            out += ["   ", t4(c, "Abholung auch durch ", "Peut être récupéré(e) par ", "Ritiro anche da ",
                              "Can also be collected by "), c.nm(c.person(), "fl"), "\n"]
    out += ["\n", t4(c, "Preis 5 Tage 320 € inkl. Mittagessen; Helmpflicht.", "Tarif 5 jours 320 € repas compris ; "
                     "casque obligatoire.", "Prezzo 5 giorni 320 € pranzo incluso; casco obbligatorio.",
                     "Price 5 days 320 incl. lunch; hats compulsory."), "\n"]
    return out


@genre("livery")
def g_livery(c: Ctx, v: int) -> list:
    return [livery_agreement, livery_list, livery_chat, livery_camp][v](c)
# ----------------------------------------------------------------------------------------------------------------
# 10. ptransport - non-emergency patient transport: orders, dispatch plans, relatives' bookings, dispatch JSON
# ----------------------------------------------------------------------------------------------------------------


def kin_word(c: Ctx, p: Person) -> str:
    if p.g == "f":
        return c.ch(t4(c, ["Tochter", "Nachbarin", "Ehefrau", "Nichte"], ["fille", "voisine", "épouse", "nièce"],
                       ["figlia", "vicina", "moglie", "nipote"], ["daughter", "neighbour", "wife", "niece"]))
    return c.ch(t4(c, ["Sohn", "Nachbar", "Ehemann", "Neffe"], ["fils", "voisin", "époux", "neveu"],
                   ["figlio", "vicino", "marito", "nipote"], ["son", "neighbour", "husband", "nephew"]))


def clinic(c: Ctx) -> str:
    return t4(c, c.ch(["Dialysezentrum Nord", "Universitätsklinikum, Strahlentherapie", "Reha-Klinik am Kurpark",
                       "Kantonsspital, Onkologie", "Klinikum Süd, Haus C"]),
              c.ch(["Centre de dialyse Les Peupliers", "CHU – radiothérapie", "Clinique du Parc", "HUG, oncologie"]),
              c.ch(["Centro dialisi San Luca", "Ospedale Maggiore, radioterapia", "Clinica riabilitativa Villa Rosa"]),
              c.ch(["Renal Dialysis Unit", "St James's Hospital, Oncology", "Royal Infirmary, Outpatients B",
                    "Memorial Hospital Dialysis Center"]))


def transport_kind(c: Ctx) -> str:
    return c.ch(t4(c, ["sitzend (Taxi)", "Tragestuhl", "liegend (KTW)", "Rollstuhl"],
                   ["assis (VSL)", "fauteuil roulant", "allongé (ambulance)"],
                   ["seduto", "carrozzina", "barellato"],
                   ["seated", "wheelchair", "stretcher", "walker"]))


def pt_order(c: Ctx) -> list:
    p = c.person()
    a = c.addr(unit=0.4)
    dr = c.person()
    rel = c.person(last=p.last if c.r() < 0.6 else None)
    ca = c.addr(town=c.town, unit=0)
    bd = c.birth(55, 95)
    hl, hn = health_id(c, p, bd)
    lab = t4(c, ["Verordnung einer Krankenbeförderung", "Patient/in", "geb. am", hl, "Abholadresse", "Telefon",
                 "Ziel", "Termin", "Beförderungsart", "Verordnende/r Ärztin/Arzt", "Kontaktperson", "Hinweise"],
             ["Prescription médicale de transport", "Patient(e)", "Né(e) le", hl, "Adresse de prise en charge",
              "Téléphone", "Destination", "Rendez-vous", "Mode de transport", "Médecin prescripteur",
              "Personne à contacter", "Remarques"],
             ["Richiesta di trasporto sanitario", "Paziente", "Nato/a il", hl, "Indirizzo di partenza", "Telefono",
              "Destinazione", "Appuntamento", "Modalità", "Medico prescrittore", "Persona di riferimento", "Note"],
             ["Patient transport booking", "Patient", "DOB", hl, "Pick-up address", "Phone", "Destination",
              "Appointment", "Mobility", "Referring clinician", "Contact / next of kin", "Notes"])
    out: list = [lab[0], "\n", "-" * len(lab[0]), "\n"]
    out += [f"{lab[1]}: ", c.nm(p, c.ch(["lf", "LcF", "fl"])), "\n", f"{lab[2]}: ", c.dob(d=bd), "\n",
            f"{lab[3]}: {hn}\n", f"{lab[4]}: ", c.a_one(a), "\n", f"{lab[5]}: ", c.tel_for(a, "land"), "\n",
            f"{lab[6]}: {clinic(c)}, ", c.a_one(ca), "\n", f"{lab[7]}: ", c.date(fwd=10, style="num"), " ",
            c.time(7, 16, 15), t4(c, " (Rückfahrt ca. 3 h später)", " (retour env. 3 h après)",
                                  " (ritorno circa 3 ore dopo)", " (return approx. 3 h later)"), "\n",
            f"{lab[8]}: {transport_kind(c)}\n", f"{lab[9]}: ", t4(c, "Dr. med. ", "Dr ", "dott. ", "Dr "),
            c.nm(dr, "fl"), ", ", t4(c, "Tel. ", "tél. ", "tel. ", "tel "), c.tel("land", area=ca.area), "\n",
            f"{lab[10]}: ", c.nm(rel, "fl"), " (", kin_word(c, rel), ") ", c.tel("mobile"),
            [", ", c.mail(rel)] if c.r() < 0.5 else "", "\n",
            f"{lab[11]}: ", c.ch(t4(c, ["4. OG ohne Aufzug", "Schlüssel beim Nachbarn", "Sauerstoff 2 l/min",
                                         "Hund im Haus"], ["4e étage sans ascenseur", "digicode 4711B",
                                                           "oxygène 2 l/min"],
                                    ["4° piano senza ascensore", "citofono guasto", "ossigeno 2 l/min"],
                                    ["3rd floor, no lift", "key safe code 4711", "oxygen 2 l/min", "dog in house"])),
            "\n"]
    if c.r() < 0.3:
        out = ocr_caps(out, c.rng)
    return out


def pt_plan(c: Ctx) -> list:
    crews = [(c.person(), c.person()) for _ in range(2)]
    out: list = [t4(c, "Dispo-Plan Krankenfahrten ", "Planning transports sanitaires ", "Piano trasporti ",
                     "Patient transport run sheet "), c.date(fwd=2, style="num"), "\n"]
    for k, (x, y) in enumerate(crews):
        out += [t4(c, f"KTW {k + 1}: ", f"VSL {k + 1} : ", f"Mezzo {k + 1}: ", f"Vehicle {k + 1}: "),
                c.nm(x, "f"), " / ", c.nm(y, "f"), "\n"]
    out += ["\n"]
    w = [4, 6, 24, 11, 36, 30]
    out += fwrow(t4(c, ["Nr", "Zeit", "Patient", "geb.", "von", "nach", "Art"],
                    ["N°", "Heure", "Patient", "Né(e)", "Départ", "Arrivée", "Mode"],
                    ["N.", "Ora", "Paziente", "Nato/a", "Da", "A", "Tipo"],
                    ["#", "Time", "Patient", "DOB", "From", "To", "Mode"]), w)
    for k in range(c.ri(5, 7)):
        p = c.person()
        a = c.addr(town=c.town)
        dest = [clinic(c)] if c.r() < 0.6 else [c.a1(c.addr(town=c.town, unit=0))]
        out += fwrow([str(k + 1), c.time(6, 17, 15), [c.nm(p, c.ch(["LcF", "lf", "Lf"]))],
                      [c.dob(50, 98, "num")], [c.a1(a)], dest, transport_kind(c)], w)
    out += ["\n", t4(c, "Leitstelle: ", "Régulation : ", "Centrale: ", "Control: "), c.tel("land"),
            t4(c, " – bei Verspätung bitte Patient informieren.", " – prévenir le patient en cas de retard.",
               " – avvisare il paziente in caso di ritardo.", " – ring patient if running late."), "\n"]
    return out


def pt_mail(c: Ctx) -> list:
    rel = c.person()
    ra = c.addr()
    p = c.person(last=rel.last if c.r() < 0.7 else None, g=c.ch("mf"))
    a = c.addr(town=c.town, unit=0.5)
    ca = c.addr(town=c.town, unit=0)
    who = t4(c, "meine Mutter" if p.g == "f" else "meinen Vater", "ma mère" if p.g == "f" else "mon père",
             "mia madre" if p.g == "f" else "mio padre", "my mother" if p.g == "f" else "my father")
    days = ", ".join(WEEKDAYS[c.lang][k] for k in (0, 2, 4))
    out: list = [t4(c, "Betreff: Dauerfahrten Dialyse ab ", "Objet : Transports réguliers dialyse à partir du ",
                     "Oggetto: Trasporti continuativi dialisi dal ", "Subject: Regular dialysis transport from "),
                 c.date(fwd=14, style="num"), "\n\n",
                 t4(c, "Guten Tag,\n\nich möchte für ", "Bonjour,\n\nje souhaite réserver pour ",
                    "Buongiorno,\n\nvorrei prenotare per ", "Hello,\n\nI would like to book for "), who, " ",
                 c.nm(p, "fl"), " (", t4(c, "geb. ", c.ne(p) + " ", c.ne(p) + " ", "born "), c.dob(60, 94), ")",
                 t4(c, " Fahrten zur Dialyse buchen, jeweils ", " des transports vers la dialyse, les ",
                    " i trasporti per la dialisi, ogni ", " transport to dialysis every "), days,
                 t4(c, ", Abholung 6:45 Uhr.\n\nAbholadresse: ", ", prise en charge à 6h45.\n\nAdresse : ",
                    ", partenza alle 6:45.\n\nIndirizzo: ", ", pick-up 6:45am.\n\nPick-up address: "),
                 c.a_one(a), "\n", t4(c, "Ziel: ", "Destination : ", "Destinazione: ", "Destination: "), clinic(c),
                 ", ", c.a_one(ca), "\n",
                 t4(c, "Verordnung liegt vor (Dr. ", "La prescription est faite (Dr ", "La prescrizione c'è (dott. ",
                    "The referral is from Dr "), E("PERSON", c.person().last),
                 t4(c, "), Pflegegrad 3, Rollator.\n", "), déambulateur.\n", "), usa il deambulatore.\n",
                    ", uses a walker.\n"),
                 t4(c, "Telefon der Wohnung: ", "Téléphone du domicile : ", "Telefono di casa: ", "Home phone: "),
                 c.tel_for(a, "land"), "\n\n",
                 t4(c, "Rechnungen bitte an mich: ", "Les factures à mon adresse : ", "Le fatture a me: ",
                    "Please send invoices to me: "), c.a_one(ra), "\n", pt_card(c), "\n",
                 t4(c, "Vielen Dank und freundliche Grüße\n", "Merci d'avance, cordialement\n",
                    "Grazie e cordiali saluti\n", "Many thanks,\n"), c.nm(rel, "fl"), "\n", c.tel("mobile"), "\n",
                 c.mail(rel), "\n"]
    return out


def pt_card(c: Ctx) -> list:
    if home_cc(c) and c.r() < 0.4:
        return [t4(c, "Erstattungen bitte auf mein Konto ", "Remboursements sur mon compte ", "Rimborsi sul mio conto ",
                   "Refunds to my account "), iban_e(c), "\n"]
    if c.r() > 0.3:
        return []
    brand, num = make_card(c.rng)
    return [t4(c, "Die Zuzahlungen gerne von meiner Kreditkarte: ", "Les frais restants peuvent être débités sur ma "
               "carte : ", "Il ticket lo potete addebitare sulla mia carta: ", "Co-pays can go on my card: "),
            E("CARD", fmt_card(c.rng, num)), f" ({c.ri(1, 12):02d}/{c.ri(26, 30)})\n"]


def pt_json(c: Ctx) -> list:
    p = c.person()
    a = c.addr(unit=0.3)
    ca = c.addr(town=c.town, unit=0)
    crew = [c.person(), c.person()]
    doc_ = c.person()
    asc = c.r() < 0.3
    bd = c.birth(40, 96)
    out: list = [t4(c, "Warum lehnt die Abrechnung diesen Datensatz ab?\n\n", "Pourquoi la facturation refuse ce "
                     "dossier ?\n\n", "Perché la fatturazione scarta questo record?\n\n",
                     "Why is billing rejecting this record?\n\n")]
    out += ['{"trip": {"id": "T', digits(c.rng, 7), '", "date": "', c.day(fwd=5).isoformat(), '", "pickupTime": "',
            f"{c.ri(6, 16):02d}:{c.ch(['00', '15', '30', '45'])}", '", "mode": ', js([transport_kind(c)], asc),
            ', "km": ', str(c.ri(3, 60)), '.', str(c.ri(0, 9)), '},\n',
            ' "patient": {"name": ', js([c.nm(p, c.ch(["lf", "fl"]))], asc), ', "dob": ',
            js([c.dob(d=bd, style=c.ch(["iso", "num"]))]), ', "insuranceNo": "', health_id(c, p, bd)[1],
            '", "phone": ', js([c.tel_for(a)]), '},\n',
            ' "pickup": {"street": ', js([c.a1(a)], asc), ', "city": ', js([a.city], asc), '},\n',
            ' "dropoff": {"facility": ', js([clinic(c)], asc), ', "street": ', js([c.a1(ca)], asc), '},\n',
            ' "crew": [', js([c.nm(crew[0], "fl")], asc), ', ', js([c.nm(crew[1], "fI")], asc), '],\n',
            ' "orderedBy": {"name": ', js(["Dr. ", c.nm(doc_, "fl")], asc), ', "fax": ',
            js([c.tel("land", area=a.area)]), ', "email": ', js([c.work_mail(doc_, c.company())]), '},\n',
            ' "status": "REJECTED", "reason": "E-214 approval missing", "tariff": "', c.ch(["A1", "B2", "K4"]),
            '", "amountCents": ', str(c.ri(3000, 19000)), '}\n']
    return out


@genre("ptransport")
def g_ptransport(c: Ctx, v: int) -> list:
    return [pt_order, pt_plan, pt_mail, pt_json][v](c)


# ----------------------------------------------------------------------------------------------------------------
# 11. farepenalty - public transport fare evasion: inspectors' reports, appeals, reminders, collection exports
# ----------------------------------------------------------------------------------------------------------------


def transit_co(c: Ctx) -> str:
    return t4(c, c.ch(["Verkehrsbetriebe Stadtwerke", "Verkehrsverbund Mitte", "Städtische Linien", "RegioBus"]),
              c.ch(["Transports urbains de l'agglomération", "Réseau de bus Métropole", "TransLac"]),
              c.ch(["Azienda Trasporti Municipale", "Trasporti Pubblici Locali", "AutoLinee Urbane"]),
              c.ch(["City Transit Authority", "Metro Bus Company", "Regional Rail Revenue Protection"]))


def line(c: Ctx) -> str:
    return c.ch(["U6", "S3", "Bus 142", "Tram 11", "M2", "RE 7", "Line 38", "N14"])


def fare_report(c: Ctx) -> list:
    co = transit_co(c)
    p = c.person()
    a = c.addr()
    idl, idn = id_doc(c)
    minor = c.r() < 0.3
    lab = t4(c, ["Erhöhtes Beförderungsentgelt – Feststellung", "Beleg-Nr.", "Datum/Uhrzeit", "Linie/Fahrt",
                 "Haltestelle", "Prüfer-Nr.", "Fahrgast", "geb.", "Anschrift", "Ausweis", "Betrag",
                 "Erziehungsberechtigte/r", "Zeuge"],
             ["Procès-verbal d'infraction", "PV n°", "Date/heure", "Ligne", "Arrêt", "Agent n°", "Contrevenant",
              "Né(e) le", "Adresse", "Pièce", "Montant", "Représentant légal", "Témoin"],
             ["Verbale di accertamento", "Verbale n.", "Data/ora", "Linea", "Fermata", "Verificatore n.",
              "Trasgressore", "Nato/a il", "Residenza", "Documento", "Importo", "Esercente la responsabilità",
              "Testimone"],
             ["Penalty Fare Notice", "Notice no.", "Date/time", "Route", "Stop", "Inspector no.", "Passenger",
              "DOB", "Address", "ID", "Amount", "Parent/guardian", "Witness"])
    out: list = [co.upper(), "\n", lab[0], "\n\n"]
    kv = [(lab[1], f"{digits(c.rng, 4, True)} {digits(c.rng, 3)} {digits(c.rng, 3)}"),
          (lab[2], f"{c.date(back=2, style='num')} {c.time(6, 23, 1)}"), (lab[3], line(c)),
          (lab[4], c.ch(["Hauptbahnhof", "Gare Centrale", "Piazza Duomo", "Market Square", "Rathaus", "Porta Nuova"])),
          (lab[5], digits(c.rng, 4, True)), (lab[6], [c.nm(p, c.ch(["LcF", "lf", "fl"]))]),
          (lab[7], [c.dob(14, 17) if minor else c.dob(18, 80)]), (lab[8], [c.a_one(a)]), (lab[9], f"{idl} {idn}"),
          ("E-Mail" if c.lang == "de" else "Email", [c.mail(p)] if c.r() < 0.5 else "–"),
          (lab[10], c.money(40, 110, False))]
    if minor:
        par = c.person(last=p.last)
        kv.append((lab[11], [c.nm(par, "fl"), ", ", c.tel("mobile")]))
    kv.append((lab[12], [t4(c, "Prüferin ", "agent ", "verificatrice ", "inspector "), c.nm(c.person(g="f"), "f"),
                         " (", digits(c.rng, 4, True), ")"]))
    w = max(len(k) for k, _ in kv) + 2
    for k, val in kv:
        out += [(k + ":").ljust(w), val, "\n"]
    out += ["\n", t4(c, "Zahlbar innerhalb von 14 Tagen. Servicecenter: ", "Payable sous 14 jours. Service client : ",
                     "Pagamento entro 14 giorni. Numero verde: ", "Pay within 21 days. Customer line: "),
            c.hotline(), "\n"]
    if home_cc(c) and c.r() < 0.6:
        out += [t4(c, "Bankverbindung: ", "Coordonnées bancaires : ", "Coordinate bancarie: ", "Bank details: "),
                iban_e(c), t4(c, ", Verwendungszweck Beleg-Nr.", ", référence n° du PV", ", causale n. verbale",
                              ", reference notice no."), "\n"]
    if c.r() < 0.5:
        out = ocr_caps(out, c.rng)
    return out


def fare_appeal(c: Ctx) -> list:
    co = transit_co(c)
    coa = c.addr(unit=0)
    minor = c.r() < 0.5
    writer = c.person()
    wa = c.addr()
    kid = c.person(last=writer.last) if minor else None
    ref = f"{digits(c.rng, 4, True)} {digits(c.rng, 3)} {digits(c.rng, 3)}"
    out: list = [c.nm(writer, "fl"), "\n", c.a_block(wa), "\n", c.tel_for(wa), " · ", c.mail(writer), "\n\n",
                 co, "\n", t4(c, "Fahrgeldmanagement", "Service réclamations", "Ufficio sanzioni", "Appeals team"),
                 "\n", c.a_block(coa), "\n\n", c.city(), ", ", c.date(style="long"), "\n\n",
                 t4(c, "Widerspruch gegen Beleg-Nr. ", "Contestation du PV n° ", "Ricorso contro il verbale n. ",
                    "Appeal against notice no. "), ref, "\n\n",
                 t4(c, "Sehr geehrte Damen und Herren,\n\n", "Madame, Monsieur,\n\n", "Spettabile Azienda,\n\n",
                    "Dear Sir or Madam,\n\n")]
    if minor:
        body = [t4(c, "ich widerspreche dem erhöhten Beförderungsentgelt gegen meine Tochter " if kid.g == "f" else
                   "ich widerspreche dem erhöhten Beförderungsentgelt gegen meinen Sohn ",
                   "je conteste le procès-verbal dressé à ma fille " if kid.g == "f" else
                   "je conteste le procès-verbal dressé à mon fils ",
                   "presento ricorso contro il verbale elevato a mia figlia " if kid.g == "f" else
                   "presento ricorso contro il verbale elevato a mio figlio ",
                   "I am appealing the penalty fare issued to my daughter " if kid.g == "f" else
                   "I am appealing the penalty fare issued to my son "),
                c.nm(kid, "fl"), t4(c, ", geb. ", ", née le " if kid.g == "f" else ", né le ", ", nata il " if
                                    kid.g == "f" else ", nato il ", ", born "), c.dob(12, 17),
                t4(c, ". Sie besitzt ein gültiges Schülerabo (Abo-Nr. ", ". Elle a un abonnement scolaire valable "
                   "(n° ", ". Ha un abbonamento studenti valido (n. ", ". They hold a valid student pass (no. "),
                f"{digits(c.rng, 8, True)}", t4(c, "), hatte die Karte aber an dem Tag zu Hause vergessen. Eine "
                                                   "Kopie liegt bei.", "), mais l'avait oublié ce jour-là. Copie "
                                                   "jointe.", "), ma quel giorno l'aveva dimenticato a casa. Allego "
                                                   "copia.", ") but left it at home that day. A copy is enclosed.")]
    else:
        body = [t4(c, "am ", "le ", "il ", "on "), c.date(back=10, style="num"),
                t4(c, " wurde ich in der Linie ", " j'ai été contrôlée sur la ligne " if writer.g == "f" else
                   " j'ai été contrôlé sur la ligne ", " sono stata controllata sulla linea " if writer.g == "f" else
                   " sono stato controllato sulla linea ", " I was checked on "), line(c),
                t4(c, " kontrolliert. Mein Handyticket ließ sich wegen leeren Akkus nicht zeigen; die Buchung "
                      "(Auftragsnr. ", ". Mon billet sur l'appli ne s'affichait pas (batterie vide) ; l'achat "
                      "(commande n° ", ". Il biglietto sull'app non si apriva (batteria scarica); l'acquisto "
                      "(ordine n. ", ". My app ticket would not load (flat battery); the purchase (order no. "),
                f"{c.ch('ABCDEFGH')}{digits(c.rng, 9)}", t4(c, ", 3,20 €) war gültig. Die Kontrolleurin ",
                                                           ", 2,10 €) était valable. L'agent ",
                                                           ", 1,70 €) era valido. La verificatrice ",
                                                           ", 2.80) was valid. The inspector, "),
                c.nm(c.person(g="f"), "f"), t4(c, " hat das notiert.", " l'a noté.", " l'ha annotato.",
                                         ", noted this.")]
    if home_cc(c) and c.r() < 0.5:
        body += [t4(c, " Den bereits bezahlten Betrag erstatten Sie bitte auf ", " Merci de rembourser le montant déjà "
                    "payé sur ", " Vi prego di rimborsare quanto già pagato sull'IBAN ",
                    " Please refund the amount already paid to "), iban_e(c), "."]
    out += fill(body, c.rng, 84)
    out += ["\n", t4(c, "Ich bitte um Einstellung des Verfahrens.\n\nMit freundlichen Grüßen\n",
                     "Je vous prie d'annuler ce PV.\n\nVeuillez agréer mes salutations distinguées.\n",
                     "Chiedo l'annullamento del verbale.\n\nDistinti saluti\n",
                     "I ask that the notice be cancelled.\n\nYours faithfully,\n"), c.nm(writer, "fl"), "\n"]
    return out


def fare_reminder(c: Ctx) -> list:
    co = transit_co(c)
    coa = c.addr(unit=0)
    p = c.person()
    a = c.addr()
    agent = c.person()
    ref = f"{digits(c.rng, 4, True)} {digits(c.rng, 3)} {digits(c.rng, 3)}"
    out: list = [co, " · ", c.a_one(coa), "\n\n", c.nm(p, "fl"), "\n", c.a_block(a), "\n\n",
                 t4(c, "Zahlungserinnerung – Beleg-Nr. ", "Relance – PV n° ", "Sollecito di pagamento – verbale n. ",
                    "Payment reminder – notice no. "), ref, "\n",
                 t4(c, "Ihr Zeichen: –, unser Zeichen: ", "Votre réf. : –, notre réf. : ", "Vs. rif.: –, ns. rif.: ",
                    "Your ref: –, our ref: "), f"FM/{c.ri(10, 99)}/{c.today.year}", "\n\n", c.dear(p), "\n\n"]
    body = [t4(c, "für die Fahrt am ", "pour le trajet du ", "per il viaggio del ", "for your journey on "),
            c.date(back=40, style="num"),
            t4(c, " ohne gültigen Fahrschein haben wir bisher keinen Zahlungseingang festgestellt. Offen sind ",
               " sans titre de transport valable, nous n'avons reçu aucun paiement. Montant dû : ",
               " senza titolo di viaggio valido non risulta alcun pagamento. Importo dovuto: ",
               " without a valid ticket we have not yet received payment. Outstanding: "),
            c.money(60, 130), t4(c, " inkl. 5,00 € Mahngebühr. Bitte überweisen Sie bis zum ",
                                 " dont 5 € de frais. Merci de régler avant le ",
                                 " incluse spese di 5 €. La preghiamo di pagare entro il ",
                                 " incl. admin fee. Please pay by "),
            c.date(fwd=14, style="num")]
    cc = home_cc(c)
    if cc:
        body += [t4(c, " auf ", " par virement sur ", " sull'IBAN ", " to "), iban_e(c),
                 t4(c, " unter Angabe der Beleg-Nr.", " en indiquant le n° du PV.", " indicando il numero del verbale.",
                    " quoting the notice number.")]
    else:
        body += [" online at the payment portal or by phone, quoting the notice number."]
    body += [t4(c, " Bei Fragen erreichen Sie mich unter ", " Pour toute question : ", " Per informazioni: ",
                " Any questions: "), c.tel("land", area=coa.area, intl=0.0),
             t4(c, " (Mo–Fr 8–12 Uhr).", " (lun.-ven. 8h-12h).", " (lun-ven 8-12).", " (Mon–Fri 8am–noon).")]
    out += fill(body, c.rng, 84)
    out += ["\n", t4(c, "Mit freundlichen Grüßen\n", "Cordialement,\n", "Distinti saluti\n", "Yours sincerely,\n"),
            c.nm(agent, "fl"), "\n", t4(c, "Fahrgeldmanagement", "Service contentieux", "Ufficio sanzioni",
                                        "Revenue Protection"), "\n"]
    if c.r() < 0.35:
        out = ocr_caps(out, c.rng)
    return out


def fare_export(c: Ctx) -> list:
    sep = c.ch([";", ",", "|"])
    force = c.r() < 0.4
    heads = t4(c, ["Aktenzeichen", "Name", "Vorname", "Geburtsdatum", "Strasse", "PLZ/Ort", "Forderung", "Status"],
               ["Dossier", "Nom", "Prénom", "Date de naissance", "Adresse", "CP/Ville", "Créance", "Statut"],
               ["Pratica", "Cognome", "Nome", "Data nascita", "Via", "CAP/Città", "Credito", "Stato"],
               ["Case", "Surname", "First name", "DOB", "Street", "Town/Postcode", "Amount", "Status"])
    out: list = [t4(c, "Übergabe an das Inkassobüro, Export vom ", "Transmission au recouvrement, export du ",
                     "Affidamento al recupero crediti, export del ", "Referral to debt collection, export of "),
                 c.date(style="iso"), "\n"]
    out += csvrow(heads, sep, force)
    for _k in range(c.ri(5, 7)):
        p = c.person()
        a = c.addr()
        status = c.ch(t4(c, ["offen", "Mahnstufe 2", "Widerspruch", "Ratenzahlung"],
                         ["ouvert", "relance 2", "contestation", "échéancier"],
                         ["aperto", "sollecito 2", "ricorso", "rateizzato"],
                         ["open", "reminder 2", "disputed", "payment plan"]))
        addr_cells = [[c.a1(a)], [c.a2(a)]] if c.r() < 0.6 else [[c.a1(a)], a.city]
        out += csvrow([f"{c.today.year}-{digits(c.rng, 6, True)}", [c.nm(p, "l")], [c.nm(p, "f")],
                       [c.dob(16, 75, c.ch(["num", "iso"]))], addr_cells[0], addr_cells[1], c.money(60, 180),
                       status], sep, force)
    return out


@genre("farepenalty")
def g_farepenalty(c: Ctx, v: int) -> list:
    return [fare_report, fare_appeal, fare_reminder, fare_export][v](c)


# ----------------------------------------------------------------------------------------------------------------
# 12. auction - auction houses: bidder registrations, absentee / phone bids, consignments, buyers' exports
# ----------------------------------------------------------------------------------------------------------------


def auction_house(c: Ctx) -> str:
    return t4(c, c.ch(["Auktionshaus am Dom", "Kunst- und Auktionshaus Nord", "Versteigerungshaus Lindner & Co.",
                       "Galerie-Auktionen Süd"]),
              c.ch(["Hôtel des ventes du Centre", "Maison de ventes Rive Gauche", "Étude Dupont & Associés"]),
              c.ch(["Casa d'Aste Il Ponte", "Aste Bolaffi Nord", "Casa d'aste Porta Romana"]),
              c.ch(["Riverside Auction Rooms", "Harbour Salerooms", "Cedar & Crane Auctioneers"]))


def lot_desc(c: Ctx) -> str:
    return c.ch(t4(c, ["Biedermeier-Kommode, Kirsche, um 1830", "Ölgemälde, Alpenlandschaft, sign.",
                       "Meissen Kaffeeservice, 12 Pers.", "Herrenarmbanduhr, Gold 750", "Jugendstil-Vase, Glas"],
                   ["Commode Louis-Philippe, noyer", "Huile sur toile, paysage, signée", "Service Limoges, 12 couverts",
                    "Montre homme or 18 carats", "Vase Art nouveau, verre"],
                   ["Cassettone in noce, XIX sec.", "Olio su tela, paesaggio, firmato", "Servizio Ginori, 12 persone",
                    "Orologio da polso oro 18 kt", "Vaso Liberty in vetro"],
                   ["Georgian mahogany chest of drawers", "Oil on canvas, landscape, signed",
                    "Royal Doulton dinner service", "18ct gold wristwatch", "Art Nouveau glass vase"]))


def auction_reg(c: Ctx) -> list:
    house = auction_house(c)
    ha = c.addr(unit=0)
    p = c.person()
    a = c.addr()
    idl, idn = id_doc(c)
    lab = t4(c, ["Bieterregistrierung", "Bieternummer", "Name", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail",
                 "Ausweis", "Kaution (Kreditkarte)", "Karteninhaber/in"],
             ["Enregistrement acheteur", "N° de paddle", "Nom", "Date de naissance", "Adresse", "Téléphone",
              "E-mail", "Pièce d'identité", "Caution (carte)", "Titulaire"],
             ["Registrazione offerente", "Paletta n.", "Nome", "Data di nascita", "Indirizzo", "Telefono", "Email",
              "Documento", "Deposito (carta)", "Titolare"],
             ["Bidder registration", "Paddle no.", "Name", "Date of birth", "Address", "Phone", "Email", "Photo ID",
              "Deposit (card)", "Cardholder"])
    out: list = [house, " – ", lab[0], t4(c, " – Auktion ", " – vente du ", " – asta del ", " – sale of "),
                 c.date(fwd=10, style="long"), "\n", c.a_one(ha), " · ", c.tel_for(ha, "land"), "\n\n"]
    brand, num = make_card(c.rng)
    full = c.r() < 0.6
    kv = [(lab[1], str(c.ri(100, 899))), (lab[2], [c.nm(p, c.ch(["fl", "lf"]))]), (lab[3], [c.dob(21, 85)]),
          (lab[4], [c.a_one(a)]), (lab[5], [c.tel_for(a)]), (lab[6], [c.mail(p)]), (lab[7], f"{idl} {idn}"),
          (lab[8], [E("CARD", fmt_card(c.rng, num)), f"  {c.ri(1, 12):02d}/{c.ri(26, 31)}"] if full else
           f"{brand.upper()} ···· {num[-4:]}"), (lab[9], [c.nm(p, "FL")])]
    w = max(len(k) for k, _ in kv) + 2
    for k, val in kv:
        out += [(k + ":").ljust(w), val, "\n"]
    if home_cc(c) and c.r() < 0.35:
        out += [t4(c, "Rückerstattung Kaution/Erlöse an: ", "Remboursement caution / produits : ",
                   "Restituzione deposito / ricavi su: ", "Refunds / proceeds to: "), iban_e(c), "\n"]
    if c.r() < 0.4:
        comp = c.company()
        vl, vn, _ = vat_no(c)
        out += [t4(c, "Bietet für Firma: ", "Enchérit pour : ", "Offre per conto di: ", "Bidding on behalf of: "), comp,
                f", {vl} {vn}", "\n"]
    out += ["\n", t4(c, "Aufgeld 25 % zzgl. MwSt. auf das Aufgeld; Abholung bis 14 Tage nach der Auktion.",
                     "Frais acheteur 25 % TTC ; retrait sous 14 jours.",
                     "Diritti d'asta 25% + IVA; ritiro entro 14 giorni.",
                     "Buyer's premium 25% + VAT; collection within 14 days."), "\n"]
    return out


def auction_absentee(c: Ctx) -> list:
    house = auction_house(c)
    p = c.person()
    a = c.addr()
    out: list = [house, "\n", t4(c, "SCHRIFTLICHES GEBOT / TELEFONGEBOT", "ORDRE D'ACHAT / ENCHÈRE TÉLÉPHONIQUE",
                                 "OFFERTA SCRITTA / OFFERTA TELEFONICA", "ABSENTEE / TELEPHONE BID FORM"), "\n\n",
                 t4(c, "Name: ", "Nom : ", "Nome: ", "Name: "), c.nm(p, "fl"), "\n",
                 t4(c, "Adresse: ", "Adresse : ", "Indirizzo: ", "Address: "), c.a_one(a), "\n",
                 t4(c, "E-Mail: ", "Courriel : ", "Email: ", "Email: "), c.mail(p), "\n",
                 t4(c, "Während der Auktion bitte anrufen unter: ", "Numéros à appeler pendant la vente : ",
                    "Numeri da chiamare durante l'asta: ", "Please call me during the sale on: "),
                 c.tel("mobile"), t4(c, " oder ", " ou ", " oppure ", " or "), c.tel_for(a, "land"), "\n\n"]
    heads = t4(c, ["Los", "Beschreibung", "Höchstgebot", "Tel."], ["Lot", "Désignation", "Limite", "Tél."],
               ["Lotto", "Descrizione", "Offerta max", "Tel."], ["Lot", "Description", "Max bid", "Phone"])
    w = [6, 42, 14]
    out += fwrow(heads, w)
    for _k in range(c.ri(3, 6)):
        out += fwrow([str(c.ri(1, 450)), lot_desc(c), c.money(100, 5000, False), c.ch(["", "X"])], w)
    out += ["\n", t4(c, "Ich erkenne die Versteigerungsbedingungen an. Datum/Unterschrift: ",
                     "J'accepte les conditions de vente. Date/signature : ",
                     "Accetto le condizioni di vendita. Data/firma: ",
                     "I accept the conditions of sale. Date/signature: "),
            c.date(back=3, style="num"), "  ", c.nm(p, c.ch(["iL", "fl"])), "\n"]
    if c.r() < 0.3:
        out = ocr_caps(out, c.rng)
    return out


def auction_consign(c: Ctx) -> list:
    house = auction_house(c)
    ha = c.addr(unit=0)
    p = c.person()
    a = c.addr()
    expert = c.person()
    para = [t4(c, "EINLIEFERUNGSVERTRAG Nr. ", "CONTRAT DE RÉQUISITION DE VENTE n° ", "MANDATO DI VENDITA n. ",
               "CONSIGNMENT AGREEMENT no. "), f"E{c.ri(1000, 9999)}", "\n",
            t4(c, "Einlieferer/in: ", "Vendeur : ", "Mandante: ", "Consignor: "), c.nm(p, "fl"),
            t4(c, ", geb. ", ", né(e) le ", ", nato/a il ", ", born "), c.dob(25, 88), ", ", c.a_one(a), ", ",
            c.tel_for(a), t4(c, ". Auktionshaus: ", ". Maison de ventes : ", ". Casa d'aste: ", ". Auctioneer: "),
            house, ", ", c.a_one(ha), t4(c, ", Sachverständige/r ", ", expert ", ", esperto ", ", specialist "),
            c.nm(expert, "fl"), ".\n",
            t4(c, "Kommission 15 % vom Zuschlag, Versicherung 1 %, Katalogfoto 25 € je Los. Auszahlung 30 Tage nach "
                  "Zahlungseingang auf ", "Commission 15 % du prix d'adjudication, assurance 1 %, photo 25 € par lot. "
                  "Règlement 30 jours après encaissement sur ", "Commissione 15% sul prezzo di aggiudicazione, "
                  "assicurazione 1%, foto 25 € a lotto. Liquidazione 30 giorni dopo l'incasso su ",
               "Commission 15% of hammer, insurance 1%, photography 25 per lot. Proceeds paid 30 days after "
               "settlement to ")]
    if home_cc(c):
        para += [iban_e(c), "."]
    else:
        para += [f"routing {digits(c.rng, 9)} / account {digits(c.rng, 10)}."]
    out = fill(para, c.rng, 86)
    out += ["\n"]
    heads = t4(c, ["Pos.", "Objekt", "Schätzpreis", "Limit"], ["N°", "Objet", "Estimation", "Prix de réserve"],
               ["Pos.", "Oggetto", "Stima", "Riserva"], ["Item", "Description", "Estimate", "Reserve"])
    out += mdhead(heads)
    for k in range(c.ri(3, 5)):
        lo = c.ri(2, 60) * 50
        out += mdrow([str(k + 1), lot_desc(c), f"{lo}–{lo * 2}", c.ch(["–", str(lo)])])
    out += ["\n", c.city(), ", ", c.date(back=5), "\n"]
    return out


def auction_buyers(c: Ctx) -> list:
    sep = c.ch([",", ";"])
    house = auction_house(c)
    heads = ["invoice", "lot", "hammer", "premium", "buyer", "email", "phone", "address", "paid"]
    out: list = [t4(c, "Käuferliste aus der Auktionssoftware (", "Export acheteurs du logiciel (",
                     "Export acquirenti dal gestionale (", "Buyers export from the auction software ("), house,
                 t4(c, "), bitte nach offenen Rechnungen sortieren:\n\n", "), trie par factures impayées :\n\n",
                    "), ordina per fatture non pagate:\n\n", "), sort by unpaid invoices please:\n\n")]
    out += csvrow(heads, sep)
    for _k in range(c.ri(6, 8)):
        p = c.person()
        a = c.addr(c.ch([c.loc] * 4 + ALL_LOCALES))
        out += csvrow([f"R{c.today.year}-{c.ri(1000, 9999)}", str(c.ri(1, 450)), str(c.ri(1, 80) * 50),
                       f"{c.ri(1, 80) * 12.5:.2f}", [c.nm(p, c.ch(["fl", "lf"]))], [c.mail(p)] if c.r() < 0.8 else "",
                       [c.tel_for(a)] if c.r() < 0.6 else "", [c.a_one(a)], c.ch(["yes", "no", "partial"])], sep)
    return out


@genre("auction")
def g_auction(c: Ctx, v: int) -> list:
    return [auction_reg, auction_absentee, auction_consign, auction_buyers][v](c)
# ----------------------------------------------------------------------------------------------------------------
# Driver
# ----------------------------------------------------------------------------------------------------------------

FAKERS: dict[str, Faker] = {}
DOCS_PER_GENRE = 10


def region_plan(lang: str, gname: str, gi: int) -> list[str]:
    regs = REGIONS[lang]
    rot = gi % len(regs)
    order = regs[rot:] + regs[:rot]
    plan = [order[k % len(order)] for k in range(DOCS_PER_GENRE)]
    random.Random(f"{SEED}|{lang}|{gname}|regions").shuffle(plan)
    return plan


def build_doc(lang: str, gname: str, fn, i: int, loc: str) -> dict:
    c = Ctx(lang, loc, f"{SEED}|{lang}|{gname}|{i}")
    items = fn(c, i % 4)
    text, ents = resolve(items)
    for e in ents:
        if e["type"] == "IBAN":
            assert iban_ok(e["text"]), e["text"]
        if e["type"] == "CARD":
            assert luhn_ok(e["text"]) and sum(ch.isdigit() for ch in e["text"]) in (15, 16), e["text"]
    return {"id": f"{SEED}-{lang}-{gname}-{i:02d}", "locale": loc, "lang": lang, "text": text, "entities": ents}


def generate() -> list[dict]:
    for floc in sorted(set(FAKER_LOCALE.values())):
        if floc not in FAKERS:
            FAKERS[floc] = Faker(floc)
    docs = []
    for lang in ("de", "fr", "it", "en"):
        for gi, (gname, fn) in enumerate(GENRES):
            plan = region_plan(lang, gname, gi)
            for i in range(DOCS_PER_GENRE):
                docs.append(build_doc(lang, gname, fn, i, plan[i]))
    return docs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--only", help="write only this genre (for inspection)")
    args = ap.parse_args(argv)
    docs = generate()
    if args.only:
        docs = [d for d in docs if d["id"].split("-")[2] == args.only]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    per_lang: dict[str, int] = {}
    for d in docs:
        for e in d["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
            per_lang[d["lang"]] = per_lang.get(d["lang"], 0) + 1
    total = sum(counts.values())
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    print(f"{len(docs)} documents, {total} values -> {args.out} (sha256 {digest}...)")
    print("  " + ", ".join(f"{t} {counts.get(t, 0)}" for t in TYPES))
    print("  " + ", ".join(f"{lang} {per_lang.get(lang, 0)}" for lang in ("de", "fr", "it", "en")))


if __name__ == "__main__":
    main(sys.argv[1:])
