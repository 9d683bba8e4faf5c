"""Fifth blind evaluation set ("holdout5") for the anonymizer.

Written 2026-12-04 by a helper session, blind: without reading the detectors and their name lists
(src/tarnkappe/privacy/), the other generators, the texts of the other data sets or the privacy
tests, and never run through the anonymizer while written.  Only the docstring of
generate_holdout4.py was read, for the record format and the label decisions, which are copied
below.  Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout5.jsonl: 4 languages (de, fr, it, en) x 12 templates
x 10 documents = 480 documents, seeded and deterministic for a given Faker version (the lock's;
Faker + the standard library).  Each record has ``id``, ``locale``, ``lang``, ``text`` and
``entities`` (``start``, ``end``, ``type``, ``text``).  Regions: de -> DE/AT/CH, fr -> FR/BE/CH/LU, it -> IT/CH,
en -> GB/IE/US/CA/AU/NZ (``locale`` is ``lang_REGION``).

Genres (text people paste into an AI assistant at work or at home), chosen to differ from
holdout4's list: veterinary patient records; WhatsApp / Teams chat exports (all lowercase, with
timestamps and unsaved contacts shown as phone numbers); death notices and obituaries;
employment references and work certificates (Arbeitszeugnis, certificat de travail, certificato
di servizio, reference letters / reference-check forms); minutes of association general
meetings with attendance lists; youth camp registration spreadsheets (CSV / TSV with header
rows in the language); car rental agreements; change-of-address e-mail threads with a
utility (forwarded headers, "> " quoted replies); visa invitation letters and host
declarations as scanned-form OCR text (odd spacing, values broken over lines); e-commerce
order webhooks as JSON or YAML; CVs / resumes; civil status certificates (birth and
marriage certificates) to be translated.  Most documents are wrapped in a request to the
assistant in the document's language.

Names: Faker locales de_DE, de_AT, de_CH, de_LI, fr_FR, fr_BE, fr_CH, fr_CA, nl_BE, nl_NL, it_IT,
en_GB, en_IE, en_US, en_CA, en_AU, en_NZ, en_IN, es_MX, pt_PT, pt_BR, sv_SE, da_DK, no_NO, fi_FI, is_IS, cs_CZ, sk_SK,
lv_LV, lt_LT, et_EE, id_ID, vi_VN, az_AZ, uz_UZ, es_AR, es_CL, zu_ZA, sw, plus lists written here
(Greek and Japanese and Korean transliterated, Georgian, Armenian, Nepali, Bengali, Afghan,
Maghrebi, East African, Romansh, Ticinese, Sardinian/Friulian, Breton/Basque/Corsican, Welsh/Scottish/
Irish Gaelic, Maori/Pacific, Hebrew, Luxembourgish, names that are ordinary words).  Only Latin
script.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD), copied from holdout4:
* PERSON: the name of a natural person as written, in any order ("Surname, First" and
  "SURNAME First" are one span), with initials, particles ("von", "de", "Di", "O'", "al-")
  and hyphenated or double surnames inside the span.  Titles, salutations and role words
  (Frau, Dr., Mme, Sig.ra, Mr, Prof., "Pfarrer") are outside; so are quotes around a display
  name, a leading "@" of a mention and a genitive/possessive ending ("Annas", "Anna's" ->
  "Anna").  A first name or a nickname alone is a PERSON.  Not labelled: companies, shops,
  pharmacies, products, rooms, projects, churches, streets or prizes named after people
  (including famous or historical people and saints), and bare initials.
* EMAIL: every e-mail address, personal or not, except role mailboxes of organisations
  (info@, support@, noreply@, ...), which are unlabelled distractors.
* PHONE: phone and fax numbers of persons and of offices, national or international; an
  extension written as a separate word after the number ("x 12", "ext. 12", "Durchwahl 214",
  "poste 31", "interno 5") is outside the span.  Public hotlines, free-phone and service
  numbers, conference dial-in numbers and bare internal extensions are unlabelled distractors.
* IBAN: every IBAN (all with valid ISO 13616 check digits), compact or grouped; BICs are not
  labelled.
* ADDRESS: a postal address with street and number or a PO box, plus postcode and town; a
  one-line address is one span (unit, floor or flat designations that belong to it inside),
  a two-line block is two spans (street line; postcode + town line).  The recipient's name and
  "c/o Name" are outside (the names are PERSON).  Business addresses are labelled too.  Towns
  without a street, streets without a number and countries after an address are not labelled.
* DOB: a full date of birth (day, month and year), with or without a cue word; the cue word
  is outside.  Birth years alone, ages and birthdays without a year are not labelled.
* CARD: full payment card numbers (Luhn-valid).  Masked numbers, last-four digits and expiry
  dates are not labelled.
* Not labelled at all (no type in this set): IP addresses, user ids, customer, order,
  ticket, tracking and reference numbers, BICs, prices, plain dates and times, versions,
  commit hashes.

Clarifications needed here (decided before generating, not after looking at any output):
* A surname alone ("Frau Huber", "famille DUPONT", a ``last_name`` field) and a first name
  alone (a ``first_name`` field, "Vornamen: Anna Maria") are PERSON.  Lowercase names in chats
  are PERSON.  "Peter und Claudia Huber" is two spans ("Peter", "Claudia Huber").
* Maiden and married names joined by "geb.", "née", "nata", "in", "(née ...)": the connector is
  outside and each name part is its own PERSON span ("Maria Huber geb. Schmid" -> "Maria
  Huber", "Schmid").
* Pets' names and pets' dates of birth are not labelled (not natural persons).  The dates of
  birth of the dead in death notices and of children in registration lists are DOB; dates of
  death, of marriage, of issue, of travel are plain dates.
* A date of birth written in words ("quatorze juin mil neuf cent quatre-vingt-quatorze",
  "Fourteenth June 1994") or with OCR spacing ("12 . 03 . 1978") is one DOB span.
* In OCR text a value broken over two lines by the scan (a street or a name wrapped at a space)
  is one span that includes the line break; a two-line address block is still two spans.
* In JSON/YAML an address split into ``line1`` and ``line2`` / ``street`` and ``zip_city``
  values is two spans (like a two-line block); an address in one value is one span.
* In CSV cells the quotes around a value are outside the span.
* Passport, driving licence, tax code (codice fiscale), social security and national id
  numbers, vehicle plates, microchip numbers and non-IBAN bank details (US routing and account
  numbers, Australian BSB, Canadian transit numbers, New Zealand account numbers) have no type
  here and are unlabelled.
* A display name that is a phone number (unsaved WhatsApp contact) is a PHONE.

Usage (repo root): python bench/privacy/generate_holdout5.py [--out PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from faker import Faker

T = TypeVar("T")

OUT = pathlib.Path(__file__).resolve().parent / "data" / "synthetic_holdout5.jsonl"
DOCS_PER_TEMPLATE = 10
LANGS = ("de", "fr", "it", "en")
REGIONS = {
    "de": (("DE", "AT", "CH"), (5, 3, 3)),
    "fr": (("FR", "BE", "CH", "LU"), (5, 2, 2, 1)),
    "it": (("IT", "CH"), (7, 3)),
    "en": (("GB", "IE", "US", "CA", "AU", "NZ"), (3, 2, 3, 2, 2, 1)),
}

Item = str | tuple[str, str]


def P(s: str) -> tuple[str, str]:
    return ("PERSON", s)


def EM(s: str) -> tuple[str, str]:
    return ("EMAIL", s)


def PH(s: str) -> tuple[str, str]:
    return ("PHONE", s)


def AD(s: str) -> tuple[str, str]:
    return ("ADDRESS", s)


def DB(s: str) -> tuple[str, str]:
    return ("DOB", s)


def IB(s: str) -> tuple[str, str]:
    return ("IBAN", s)


def CC(s: str) -> tuple[str, str]:
    return ("CARD", s)


class Doc:
    """Text built from plain strings and (type, value) entity pieces; offsets are exact by construction."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.ents: list[dict[str, object]] = []
        self.pos = 0

    def add(self, *items: Item) -> None:
        for it in items:
            if isinstance(it, tuple):
                typ, val = it
                assert val and val == val.strip(), (typ, val)
                self.ents.append({"start": self.pos, "end": self.pos + len(val), "type": typ, "text": val})
                it = val
            self.parts.append(it)
            self.pos += len(it)

    def text(self) -> str:
        return "".join(self.parts)


# ----------------------------------------------------------------------------------------------
# Names
# ----------------------------------------------------------------------------------------------

# female first names; male first names; female surnames; male surnames ("" = same as female)
OWN_NAMES = {
    "greek": ("Eleni|Katerina|Despina|Vasiliki|Sofia|Chrysoula", "Giorgos|Dimitris|Konstantinos|Nikos|Spyros|Thanasis",
              "Papadopoulou|Nikolaidou|Georgiou|Antoniou|Karagianni|Vlachou",
              "Papadopoulos|Nikolaidis|Georgiou|Antoniou|Karagiannis|Vlachos"),
    "japanese": ("Yuki|Haruka|Aiko|Emi|Sakura|Mei", "Kenji|Takeshi|Haruto|Daisuke|Ren|Shota",
                 "Takahashi|Yamamoto|Nakamura|Kobayashi|Watanabe|Sasaki|Ito", ""),
    "korean": ("Ji-woo|Seo-yeon|Min-ji|Ha-eun|Soo-ah", "Min-jun|Seung-ho|Jae-won|Dong-hyun|Ji-hoon",
               "Kim|Park|Choi|Jung|Kang|Yoon|Lee", ""),
    "georgian": ("Nino|Tamar|Mariam|Ketevan|Salome", "Giorgi|Levan|Davit|Irakli|Lasha",
                 "Beridze|Kapanadze|Gelashvili|Tsiklauri|Lomidze|Chkheidze", ""),
    "armenian": ("Anahit|Lusine|Armine|Siranush|Gayane", "Aram|Tigran|Hayk|Vardan|Narek",
                 "Petrosyan|Hakobyan|Sargsyan|Grigoryan|Karapetyan|Der Avedissian", ""),
    "nepali": ("Sita|Puja|Sabina|Anjali", "Bishnu|Ramesh|Suman|Prakash", "Shrestha|Gurung|Tamang|Adhikari|Thapa|Rai",
               ""),
    "bengali": ("Farzana|Nusrat|Tahmina|Sharmin", "Rafiq|Tanvir|Arif|Sajid", "Rahman|Chowdhury|Hossain|Islam|Uddin",
                ""),
    "afghan": ("Zarghona|Mursal|Freshta|Malalai", "Wahid|Najibullah|Ahmad Shah|Farid",
               "Ahmadzai|Popal|Hotak|Stanekzai|Noori|Wardak", ""),
    "maghreb": ("Yasmina|Fatima-Zahra|Nadia|Samira|Imane", "Karim|Youssef|Rachid|Mehdi|Abdelkader",
                "Benali|El Amrani|Bouzid|Haddad|Ait Ouali|Belkacem|Ben Youssef", ""),
    "eastafrica": ("Amani|Neema|Zawadi|Wanjiru|Achieng", "Baraka|Juma|Kamau|Otieno|Kiprop",
                   "Mwangi|Odhiambo|Njoroge|Wanjiku|Mutua|Chebet", ""),
    "romansh": ("Ursina|Mengia|Flurina|Seraina|Ladina", "Gian|Men|Curdin|Reto|Duri",
                "Caduff|Derungs|Cathomen|Casanova|Tscharner|Bezzola|Cadonau", ""),
    "ticino": ("Mirta|Lorenza|Graziella|Ornella|Noemi", "Fiorenzo|Ivo|Tiziano|Moreno|Sandro",
               "Pedrazzini|Bernasconi|Gianinazzi|Lepori|Cattaneo|Soldati|Ghisletta", ""),
    "sardinian": ("Bonaria|Gavina|Maria Grazia|Efisia|Tonina", "Efisio|Gavino|Tonino|Salvatore|Antioco",
                  "Sanna|Pinna|Murgia|Cossu|Deiana|Zanier|Piras|Della Pietra", ""),
    "celtic_fr": ("Maïwenn|Gwenaëlle|Ainhoa|Maddalena|Nolwenn", "Yannick|Erwan|Iñaki|Ghjuvanni|Loïc",
                  "Le Goff|Kerhervé|Etxeberria|Agirre|Santoni|Casabianca|Le Bihan", ""),
    "celtic_uk": ("Siân|Eluned|Catrìona|Morag|Niamh", "Dafydd|Rhodri|Ruaridh|Iain|Cathal",
                  "ap Rhys|Llewellyn|MacLeod|Mac an t-Saoir|Pritchard|Ó Súilleabháin|Nic Dhòmhnaill", ""),
    "maori_pacific": ("Aroha|Mere|Moana|Ana|Losana", "Wiremu|Tāne|Hemi|Sione|Manaia",
                      "Ngata|Te Rangi|Parata|Tupou|Fonoti|Taufa|Te Whata", ""),
    "hebrew": ("Noa|Tamar|Shira|Yael|Michal", "Eitan|Avi|Yonatan|Amir|Ido",
               "Ben-David|Katz|Friedman|Mizrahi|Levi|Peretz", ""),
    "lux": ("Josiane|Carine|Mady|Nathalie|Joëlle", "Jos|Romain|Gilles|Marc|Fernand",
            "Hoffmann|Schmit|Reuter|Kieffer|Thill|Kremer|Bettendorf|Wagner", ""),
    "words_de": ("Frieda|Rosa|Heidi|Sonja|Margarete", "Hans|Konrad|Ernst|Heinrich|Fritz",
                 "Vogel|Fuchs|Sommer|Winter|Koch|Engel|Glück|Kaiser|Schwarz", ""),
    "words_fr": ("Rose|Blanche|Claire|Pascale|Reine", "Constant|Pascal|Aimé|Clément|Fidèle",
                 "Boulanger|Lenoir|Petit|Leroy|Marchand|Lebon|Chevalier|Fontaine", ""),
    "words_it": ("Rosa|Stella|Serena|Gioia|Fortunata", "Felice|Amedeo|Fortunato|Sereno|Benvenuto",
                 "Bianchi|Fortuna|Santo|Ricci|Serra|Sole|Monti|Benvenuti", ""),
    "words_en": ("Hope|Grace|Rose|Joy|Summer", "Frank|Will|Mark|Sterling|Drew",
                 "Brown|Baker|Bishop|Church|Rich|Young|King|Banks|Marsh", ""),
}
LOCAL_POOLS = {
    ("de", "DE"): ["de_DE", "de_DE", "de_DE", "words_de"], ("de", "AT"): ["de_AT", "de_AT", "de_AT", "words_de"],
    ("de", "CH"): ["de_CH", "de_CH", "de_LI", "romansh"], ("fr", "FR"): ["fr_FR", "fr_FR", "celtic_fr", "words_fr"],
    ("fr", "BE"): ["fr_BE", "fr_BE", "nl_BE"], ("fr", "CH"): ["fr_CH", "fr_CH", "romansh"],
    ("fr", "LU"): ["lux", "lux", "fr_FR", "pt_PT"], ("it", "IT"): ["it_IT", "it_IT", "it_IT", "sardinian", "words_it"],
    ("it", "CH"): ["ticino", "it_IT", "it_IT", "romansh"], ("en", "GB"): ["en_GB", "en_GB", "celtic_uk", "words_en"],
    ("en", "IE"): ["en_IE", "en_IE", "celtic_uk"], ("en", "US"): ["en_US", "en_US", "words_en", "es_MX"],
    ("en", "CA"): ["en_CA", "fr_CA", "en_CA"], ("en", "AU"): ["en_AU", "en_AU", "words_en"],
    ("en", "NZ"): ["en_NZ", "maori_pacific", "en_NZ"],
}
WORLD_POOL = ["nl_NL", "sv_SE", "da_DK", "fi_FI", "no_NO", "cs_CZ", "sk_SK", "lv_LV", "lt_LT", "et_EE", "id_ID",
              "vi_VN", "az_AZ", "uz_UZ", "es_AR", "es_CL", "zu_ZA", "sw", "is_IS", "en_IN", "pt_BR", "greek",
              "japanese", "korean", "georgian", "armenian", "nepali", "bengali", "afghan", "maghreb", "eastafrica",
              "hebrew", "celtic_uk", "sardinian", "celtic_fr", "maori_pacific", "romansh", "lux"]
PETS = ("Balou Luna Filou Nala Rocky Minou Gizmo Pepper Kiki Bijou Speedy Simba Oreo Nuvola Briciola Fufi "
        "Biscotto Pistache Caramel Krümel Schnuffi Pünktchen").split()
_FAKERS: dict[str, Faker] = {}


def latin(s: str) -> bool:
    return all(c in " -'." or "LATIN" in unicodedata.name(c, "") for c in s)


def fold(s: str) -> str:
    for a, b in (("ß", "ss"), ("æ", "ae"), ("ø", "o"), ("ł", "l"), ("đ", "d"), ("ı", "i"), ("þ", "th"), ("ð", "d")):
        s = s.replace(a, b).replace(a.upper(), b.capitalize())
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s.lower() if c.isascii() and (c.isalnum() or c in ".-"))


@dataclass
class Person:
    first: str
    last: str
    female: bool
    mid: str = ""  # a middle initial ("R."), only in the full name

    @property
    def full(self) -> str:
        return f"{self.first} {self.mid + ' ' if self.mid else ''}{self.last}"

    @property
    def rev(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def form(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def formc(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def init(self) -> str:
        return f"{self.first[0]}. {self.last}"


# ----------------------------------------------------------------------------------------------
# Places, phones, bank data
# ----------------------------------------------------------------------------------------------

STREETS = {
    "DE": "Lindenstraße|Hauptstraße|Goethestraße|Bahnhofstr.|Kirchgasse|Am Mühlbach|Rosenweg|Schillerplatz|"
          "Friedrich-Ebert-Allee|Im Wiesengrund|Ulmenweg|Berliner Allee|Zur alten Ziegelei|Karl-Marx-Str.",
    "AT": "Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Schmiedgasse|Linzer Gasse|Kaiserfeldgasse|"
          "Anichstraße|Annenstraße|Grabenweg|Praterstraße",
    "CH-de": "Bahnhofstrasse|Seestrasse|Dorfstrasse|Rütliweg|Spitalgasse|Zürichstrasse|Kirchweg|"
             "Rosenbergstrasse|Obere Gasse|Im Gässli",
    "CH-fr": "Rue du Rhône|Avenue de la Gare|Chemin des Vignes|Rue de Bourg|Route de Berne|Place du Marché|"
             "Rue des Alpes|Chemin du Levant",
    "CH-it": "Via Nassa|Via Cantonale|Viale Stazione|Via ai Monti|Piazza Grande|Via San Gottardo|"
             "Contrada Maggiore|Via Motta",
    "FR": "rue de la République|avenue Jean-Jaurès|boulevard Voltaire|rue des Lilas|impasse des Acacias|"
          "place du Marché|chemin de la Croix|allée des Peupliers|quai Saint-Vincent|rue Victor-Hugo",
    "BE": "Rue de la Loi|Avenue Louise|Chaussée de Wavre|Rue Haute|Place Saint-Lambert|Rue des Carmes|"
          "Boulevard d'Avroy|Rue de Fer",
    "LU": "rue de la Gare|avenue de la Liberté|Grand-Rue|rue de Hollerich|route d'Arlon|boulevard Royal|"
          "rue Principale|rue de l'Alzette",
    "IT": "Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Viale dei Mille|Piazza della Repubblica|"
          "Via San Francesco|Vicolo Stretto|Via dei Tigli|Largo Augusto|Via Torino",
    "GB": "Albert Road|High Street|Church Lane|Victoria Terrace|Station Road|Park Crescent|Mill Lane|"
          "Queen's Drive|Kingsway|Chapel Street",
    "IE": "Main Street|Church Road|O'Connell Street|Strand Road|Greenfield Park|Patrick Street|Marine Terrace|"
          "Summerhill",
    "US": "Maple Ave|Oak Street|W 5th St|Elm Drive|Lincoln Blvd|Sunset Ridge Rd|Broadway|Pine Ct|"
          "Washington Ave|Lakeview Drive",
    "CA": "King St W|Yonge Street|Granville St|Bank Street|Spring Garden Rd|Portage Ave|Sherbrooke St W|Main Street",
    "AU": "Smith St|George Street|Brunswick St|Beach Rd|Queen St|Hay Street|Elizabeth St|King Street",
    "NZ": "Queen Street|Cuba Street|Ponsonby Road|Colombo Street|George Street|Trafalgar Street|Victoria Avenue",
}
TOWNS = {
    "DE": "10115 Berlin|20095 Hamburg|80331 München|50667 Köln|04109 Leipzig|28195 Bremen|01067 Dresden|"
          "79098 Freiburg im Breisgau|24103 Kiel|93047 Regensburg|66111 Saarbrücken|18055 Rostock|97070 Würzburg",
    "AT": "1060 Wien|1100 Wien|8010 Graz|4020 Linz|5020 Salzburg|6020 Innsbruck|9020 Klagenfurt am Wörthersee|"
          "6900 Bregenz|3100 St. Pölten|7000 Eisenstadt",
    "CH-de": "8001 Zürich|3011 Bern|4051 Basel|6003 Luzern|9000 St. Gallen|8400 Winterthur|7000 Chur|5000 Aarau|"
             "6300 Zug|3920 Zermatt",
    "CH-fr": "1201 Genève|1003 Lausanne|2000 Neuchâtel|1700 Fribourg|1950 Sion|2800 Delémont|1820 Montreux|"
             "1400 Yverdon-les-Bains",
    "CH-it": "6900 Lugano|6500 Bellinzona|6600 Locarno|6850 Mendrisio|6830 Chiasso|6710 Biasca|6612 Ascona",
    "FR": "75011 Paris|69003 Lyon|13001 Marseille|31000 Toulouse|33000 Bordeaux|44000 Nantes|67000 Strasbourg|"
          "59000 Lille|35000 Rennes|06000 Nice|34000 Montpellier|63000 Clermont-Ferrand",
    "BE": "1000 Bruxelles|1050 Ixelles|4000 Liège|5000 Namur|6000 Charleroi|7000 Mons|1348 Louvain-la-Neuve|"
          "6700 Arlon|1410 Waterloo",
    "LU": "1611 Luxembourg|4002 Esch-sur-Alzette|9051 Ettelbruck|6401 Echternach|3401 Dudelange|8080 Bertrange",
    "IT": "20121 Milano;MI|00187 Roma;RM|10123 Torino;TO|80133 Napoli;NA|50122 Firenze;FI|40125 Bologna;BO|"
          "16121 Genova;GE|90133 Palermo;PA|70121 Bari;BA|38122 Trento;TN|39100 Bolzano;BZ|34121 Trieste;TS|"
          "09124 Cagliari;CA|37121 Verona;VR",
    "GB": "N4 3RP London|M1 4BT Manchester|LS2 7EY Leeds|BS1 5TR Bristol|EH1 2NG Edinburgh|CF10 1EP Cardiff|"
          "NR2 1TF Norwich|YO1 7HH York|G2 1DY Glasgow|BN1 1UB Brighton",
    "IE": "D08 V2F7 Dublin 8|T12 X70A Cork|H91 E2K3 Galway|V94 T9PX Limerick|P31 KD82 Ballincollig, Co. Cork|"
          "F91 YW50 Sligo|R95 D2H6 Kilkenny|A98 C9P3 Bray, Co. Wicklow",
    "US": "62704 Springfield;IL|78701 Austin;TX|97205 Portland;OR|11215 Brooklyn;NY|48104 Ann Arbor;MI|"
          "80302 Boulder;CO|31401 Savannah;GA|53703 Madison;WI|85701 Tucson;AZ|05401 Burlington;VT",
    "CA": "M5H 2N2 Toronto;ON|H2X 1Y4 Montréal;QC|V6B 1A1 Vancouver;BC|K1P 5G4 Ottawa;ON|T2P 1J9 Calgary;AB|"
          "B3J 1S9 Halifax;NS|R3C 0V8 Winnipeg;MB|G1R 4P5 Québec;QC",
    "AU": "3065 Fitzroy;VIC|2010 Surry Hills;NSW|4006 Fortitude Valley;QLD|6160 Fremantle;WA|5045 Glenelg;SA|"
          "7000 Hobart;TAS|2612 Braddon;ACT|2042 Newtown;NSW",
    "NZ": "1010 Auckland|1011 Ponsonby, Auckland|6011 Te Aro, Wellington|8011 Christchurch|9016 Dunedin|"
          "3204 Hamilton|7010 Nelson|3010 Rotorua",
}
FREEMAIL = {
    "DE": "gmx.de web.de t-online.de posteo.de mailbox.org", "AT": "gmx.at aon.at a1.net chello.at",
    "CH": "bluewin.ch gmx.ch sunrise.ch hispeed.ch", "FR": "orange.fr free.fr laposte.net sfr.fr wanadoo.fr",
    "BE": "skynet.be telenet.be proximus.be", "LU": "pt.lu internet.lu",
            "IT": "libero.it virgilio.it tiscali.it alice.it",
    "GB": "btinternet.com yahoo.co.uk sky.com", "IE": "eircom.net yahoo.ie", "US": "yahoo.com aol.com comcast.net",
    "CA": "rogers.com sympatico.ca shaw.ca videotron.ca", "AU": "bigpond.com optusnet.com.au iinet.net.au",
    "NZ": "xtra.co.nz slingshot.co.nz",
}
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "LU": "lu", "IT": "it", "GB": "co.uk", "IE": "ie",
       "US": "com", "CA": "ca", "AU": "com.au", "NZ": "co.nz"}
COMPANIES = {
    "de": ["Kessler Haustechnik GmbH|kessler-haustechnik", "Nordlicht Software AG|nordlicht-software",
           "Brandt & Söhne Logistik KG|brandt-logistik", "Weber Metallbau AG|weber-metallbau",
           "Grünwerk Landschaftsbau GmbH|gruenwerk", "Bergmann Optik GmbH|bergmann-optik"],
    "fr": ["Transports Girard SA|transports-girard", "Atelier Lumière SARL|atelier-lumiere",
           "Groupe Horizon Conseil|horizon-conseil", "Boulangerie Lefèvre & Fils|lefevre-fils",
           "Menuiserie Dubois Sàrl|menuiserie-dubois"],
    "it": ["Ferramenta Colombo S.r.l.|ferramentacolombo", "Studio Associato Rinaldi & Greco|studiorinaldigreco",
           "Alpi Viaggi S.p.A.|alpiviaggi", "Tipografia Moretti S.n.c.|tipografiamoretti",
           "Vetreria Ticinese SA|vetreria-ticinese"],
    "en": ["Harper & Lowe Ltd|harperlowe", "Bluegate Analytics Inc.|bluegate-analytics", "Kiwi Coast Tours|kiwicoast",
           "Maple Leaf Movers|mapleleafmovers", "Southern Cross Dental|southerncrossdental",
           "O'Brien Print Works|obrienprint"],
}
# cc, trunk, landline (area, subscriber length), mobile (area, subscriber length)
PHONES: dict[str, tuple[str, str, list[tuple[str, int]], list[tuple[str, int]]]] = {
    "DE": ("49", "0", [("30", 8), ("40", 7), ("89", 8), ("221", 7), ("69", 8), ("711", 7), ("351", 7), ("6221", 6),
                       ("7531", 6)], [("151", 8), ("160", 7), ("170", 7), ("171", 7), ("176", 8), ("179", 7)]),
    "AT": ("43", "0", [("1", 7), ("316", 6), ("732", 6), ("662", 6), ("512", 6), ("5574", 5)],
           [("650", 7), ("660", 7), ("664", 7), ("676", 7), ("699", 8)]),
    "CH": ("41", "0", [], [("76", 7), ("77", 7), ("78", 7), ("79", 7)]),
    "FR": ("33", "0", [("1", 8), ("2", 8), ("3", 8), ("4", 8), ("5", 8)], [("6", 8), ("7", 8)]),
    "BE": ("32", "0", [("2", 7), ("3", 7), ("4", 7), ("9", 7), ("10", 6), ("81", 6), ("71", 6), ("65", 6)],
           [("470", 6), ("475", 6), ("478", 6), ("484", 6), ("495", 6), ("497", 6)]),
    "LU": ("352", "", [("26", 6), ("44", 4), ("22", 4), ("54", 4)], [("621", 6), ("661", 6), ("691", 6)]),
    "IT": ("39", "", [("02", 8), ("06", 8), ("011", 7), ("081", 7), ("055", 7), ("051", 7), ("010", 7), ("091", 7),
                      ("0461", 6), ("0471", 6), ("070", 7)],
           [("320", 7), ("328", 7), ("333", 7), ("338", 7), ("340", 7), ("347", 7), ("349", 7), ("366", 7), ("392",
                                                                                                             7)]),
    "GB": ("44", "0", [("20", 8), ("161", 7), ("121", 7), ("131", 7), ("113", 7), ("117", 7), ("1865", 6)],
           [("7700", 6), ("7911", 6), ("7456", 6), ("7823", 6), ("7385", 6)]),
    "IE": ("353", "0", [("1", 7), ("21", 7), ("91", 6), ("61", 6), ("71", 7)],
           [("83", 7), ("85", 7), ("86", 7), ("87", 7), ("89", 7)]),
    "AU": ("61", "0", [("2", 8), ("3", 8), ("7", 8), ("8", 8)], [("400", 6), ("412", 6), ("423", 6), ("438", 6),
                                                                 ("488", 6)]),
    "NZ": ("64", "0", [("3", 7), ("4", 7), ("6", 7), ("7", 7), ("9", 7)], [("21", 7), ("22", 7), ("27", 7)]),
}
CH_LAND = {"de": ["44", "43", "31", "61", "41", "71", "52", "81"], "fr": ["22", "21", "24", "26", "27", "32"],
           "it": ["91"], "en": ["44", "22"]}
NANP = {"US": ["212", "415", "312", "617", "206", "512", "303", "404", "615", "503", "608"],
        "CA": ["416", "647", "514", "438", "604", "613", "403", "902", "204", "306"]}
GROUPS = {4: [[2, 2], [4]], 5: [[5], [2, 3]], 6: [[3, 3], [2, 2, 2], [6]], 7: [[3, 4], [3, 2, 2], [7]],
          8: [[4, 4], [2, 2, 2, 2], [8]]}
GROUPS_BY_REGION = {"CH": {7: [[3, 2, 2]]}, "FR": {8: [[2, 2, 2, 2]]}, "BE": {7: [[3, 2, 2]], 6: [[2, 2, 2]]},
                    "LU": {6: [[2, 2, 2], [3, 3]], 4: [[2, 2]]}, "GB": {8: [[4, 4]], 7: [[3, 4]], 6: [[6], [3, 3]]},
                    "IE": {7: [[3, 4]], 6: [[3, 3], [6]]}, "AU": {8: [[4, 4]], 6: [[3, 3]]}, "NZ": {7: [[3, 4]]},
                    "IT": {8: [[4, 4], [8]], 7: [[3, 4], [7]], 6: [[6], [3, 3]]}}
HOTLINES = {"DE": ["0800 {3} {4}", "0180 {1} {6}"], "AT": ["0800 {3} {3}", "0810 {3} {3}"],
            "CH": ["0800 {3} {3}", "0848 {3} {3}"], "FR": ["0 800 {3} {3}", "0 805 {2} {2} {2}"],
            "BE": ["0800 {2} {3}", "078 {2} {2} {2}"], "LU": ["8002 {4}", "8001 {4}"], "IT": ["800 {3} {3}",
                                                                                              "199 {3} {3}"],
            "GB": ["0800 {3} {4}", "0345 {3} {4}", "0300 {3} {4}"], "IE": ["1800 {3} {3}", "1850 {3} {3}"],
            "US": ["1-800-{3}-{4}", "(888) {3}-{4}", "1-866-{3}-{4}"], "CA": ["1-800-{3}-{4}", "1-855-{3}-{4}"],
            "AU": ["1300 {3} {3}", "1800 {3} {3}"], "NZ": ["0800 {3} {3}", "0508 {3} {3}"]}
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
ABBR = {
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize").split()
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
EN_ORD = ("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth "
          "Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth").split()


def fr_num(n: int) -> str:
    if n < 17:
        return FR_UNITS[n]
    if n < 20:
        return "dix-" + FR_UNITS[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        return FR_TENS[t] + ("" if u == 0 else " et un" if u == 1 else "-" + FR_UNITS[u])
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + fr_num(n - 60)
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + fr_num(n - 80)


def fr_date_words(x: dt.date) -> str:
    day = "premier" if x.day == 1 else fr_num(x.day)
    y = x.year
    year = "mil neuf cent" + ("" if y == 1900 else " " + fr_num(y - 1900)) if y < 2000 else \
        "deux mille" + ("" if y == 2000 else " " + fr_num(y - 2000))
    return f"{day} {MONTHS['fr'][x.month - 1]} {year}"


def en_ordinal_word(n: int) -> str:
    if n < 20:
        return EN_ORD[n - 1]
    tens = {2: "Twenty", 3: "Thirty"}[n // 10]
    return {20: "Twentieth", 30: "Thirtieth"}.get(n, f"{tens}-{EN_ORD[n % 10 - 1].lower()}")


def iban_check(cc: str, bban: str) -> str:
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{bban}"


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def it_cin(s: str) -> str:
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
    total = sum(odd[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(s))
    return chr(65 + total % 26)


def luhn_valid(s: str) -> bool:
    digits = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, v in enumerate(reversed(digits)):
        if i % 2 == 1:
            v = v * 2 - 9 if v * 2 > 9 else v * 2
        total += v
    return total % 10 == 0


def chunk(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        if s[i:i + n]:
            out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


@dataclass
class Addr:
    l1: str
    l2: str
    sep: str = ", "

    def one(self) -> str:
        return f"{self.l1}{self.sep}{self.l2}"


# ----------------------------------------------------------------------------------------------
# Per-document generator
# ----------------------------------------------------------------------------------------------


class Gen:
    def __init__(self, lang: str, region: str, rng: random.Random) -> None:
        self.lang, self.region, self.rng = lang, region, rng

    # -- small helpers
    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def D(self, n: int, lead: bool = True) -> str:
        first = str(self.rng.randint(1, 9)) if lead else str(self.rng.randint(0, 9))
        return (first + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1)))[:n]

    def key(self) -> str:
        return f"CH-{self.lang if self.lang != 'en' else 'de'}" if self.region == "CH" else self.region

    def town(self) -> str:
        e = self.pick(TOWNS[self.key()].split("|")).split(";")[0]
        return e.split(" ", 2)[2] if self.region in ("GB", "IE", "CA") else e.split(" ", 1)[1]

    def g(self, p: Person, f: str, m: str) -> str:
        return f if p.female else m

    def title(self, p: Person) -> str:
        return {"de": ("Frau", "Herr"), "fr": ("Mme", "M."), "it": ("Sig.ra", "Sig."),
                "en": (self.pick(["Ms", "Mrs"]), "Mr")}[self.lang][0 if p.female else 1]

    def company(self) -> tuple[str, str]:
        name, slug = self.pick(COMPANIES[self.lang]).split("|")
        return name, f"{slug}.{TLD[self.region]}"

    def money(self, v: float) -> str:
        s = f"{v:,.2f}"
        if self.region == "CH":
            return f"CHF {s.replace(',', chr(39))}"
        if self.lang == "en":
            return {"GB": "£", "IE": "€", "US": "$", "CA": "$", "AU": "$", "NZ": "$"}[self.region] + s
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return {"it": f"€ {s}", "fr": f"{s.replace('.', ' ')} €"}.get(self.lang, f"{s} €")

    # -- people
    def person(self, female: bool | None = None, pool: str | None = None) -> Person:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        r = rng.random()
        if pool == "local" or (pool is None and r < 0.55):
            src = rng.choice(LOCAL_POOLS[(self.lang, self.region)])
        else:
            src = rng.choice(WORLD_POOL)
        for _ in range(30):
            if src in OWN_NAMES:
                ff, mf, lf, lm = OWN_NAMES[src]
                first = rng.choice((ff if female else mf).split("|"))
                last = rng.choice((lf if female or not lm else lm).split("|"))
            else:
                fk = _FAKERS.setdefault(src, Faker(src))
                fk.seed_instance(rng.randrange(1 << 30))
                first = fk.first_name_female() if female else fk.first_name_male()
                last = fk.last_name_female() if female else fk.last_name_male()
            if latin(first + last):
                break
        us = self.lang == "en" and self.region == "US"
        mid = f"{rng.choice('ABCDEJKLMRSTW')}." if us and rng.random() < 0.2 else ""
        return Person(first, last, female, mid)

    def email(self, p: Person, domain: str | None = None) -> str:
        rng = self.rng
        f, lst = fold(p.first.split()[0]), fold(p.last.replace(" ", "").replace("'", ""))
        yy = rng.randint(60, 99)
        local = rng.choice([f"{f}.{lst}", f"{f[0]}.{lst}", f"{f}{lst}", f"{lst}.{f}", f"{f}_{lst}{yy}",
                            f"{f}.{lst}{rng.randint(1, 9)}", f"{lst}{f[0]}", f"{f}{yy}"])
        if domain is None:
            domain = rng.choice(FREEMAIL[self.region].split() + ["gmail.com", "outlook.com", "icloud.com", "proton.me"])
        return f"{local}@{domain}"

    # -- dates
    def date(self, y0: int, y1: int) -> dt.date:
        return dt.date(y0, 1, 1) + dt.timedelta(days=self.rng.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))

    def fmt(self, x: dt.date, style: str) -> str:
        L, r, d, m, y = self.lang, self.region, x.day, x.month, x.year
        us = L == "en" and r == "US"
        if style == "iso":
            return x.isoformat()
        if style == "num":
            if L == "de" or (r in ("CH", "LU") and L != "en"):
                return f"{d:02d}.{m:02d}.{y}"
            if us:
                return f"{m:02d}/{d:02d}/{y}"
            return x.isoformat() if r == "CA" and L == "en" else f"{d:02d}/{m:02d}/{y}"
        if style == "short":
            if L == "de":
                return f"{d}.{m}.{y % 100:02d}"
            return f"{m}/{d}/{y % 100:02d}" if us else f"{d:02d}/{m:02d}/{y % 100:02d}"
        if style == "dash":
            if L == "en":
                return f"{d:02d}-{ABBR['en'][m - 1]}-{y}"
            return f"{d:02d}-{m:02d}-{y}" if L != "de" else f"{d}.{m}.{y}"
        if style == "words":
            if L == "fr":
                return fr_date_words(x)
            if L == "en":
                return f"{en_ordinal_word(d)} {MONTHS['en'][m - 1]} {y}"
            style = "long"
        mon = (MONTHS if style == "long" else ABBR)[L][m - 1]
        if L == "de":
            if r == "AT" and m == 1:
                mon = "Jänner" if style == "long" else "Jän."
            return f"{d}. {mon} {y}"
        if L == "fr":
            return f"{'1er' if d == 1 else d} {mon} {y}"
        if L == "it":
            return f"{'1°' if d == 1 else d} {mon} {y}"
        if us or (r == "CA" and self.rng.random() < 0.7):
            return f"{mon}{'.' if style == 'abbr' and m != 5 else ''} {d}, {y}"
        if style == "long" and self.rng.random() < 0.3:
            suf = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return f"{d}{suf} {mon} {y}"
        return f"{d} {mon} {y}"

    def dob(self, y0: int = 1941, y1: int = 2004, styles: tuple[str, ...] | None = None) -> str:
        styles = styles or ("num", "num", "num", "long", "long", "short", "abbr", "iso", "dash")
        return self.fmt(self.date(y0, y1), self.rng.choice(styles))

    def plain(self, month: int = 12, day: int | None = None, year: int = 2026) -> str:
        return self.fmt(dt.date(year, month, day or self.rng.randint(1, 28)), "num")

    # -- phones
    def phone(self, mobile: bool | None = None, intl: bool | None = None) -> str:
        rng, r = self.rng, self.region
        mobile = rng.random() < 0.5 if mobile is None else mobile
        intl = rng.random() < 0.35 if intl is None else intl
        if r in NANP:
            a, e, n = rng.choice(NANP[r]), self.D(3, lead=True), self.D(4, lead=False)
            e = str(rng.randint(2, 9)) + e[1:]
            if intl:
                return rng.choice([f"+1 {a} {e} {n}", f"+1 ({a}) {e}-{n}", f"+1-{a}-{e}-{n}"])
            return rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"1-{a}-{e}-{n}", f"{a}{e}{n}"])
        cc, trunk, land, mob = PHONES[r]
        if r == "CH" and not mobile:
            area, n = rng.choice(CH_LAND[self.lang]), 7
        else:
            area, n = rng.choice(mob if mobile else land)
        sub = self.D(n)
        sizes = rng.choice(GROUPS_BY_REGION.get(r, {}).get(n) or GROUPS[n])
        sep = rng.choice([" ", ".", "-", " "]) if r == "FR" else rng.choice([" ", " ", "."]) if r == "BE" else " "
        grp, grp_sp, nat = chunk(sub, sizes, sep), chunk(sub, sizes, " "), trunk + area
        if intl:
            opts = [f"+{cc} {area} {grp_sp}", f"00{cc} {area} {grp_sp}", f"+{cc}{area}{sub}", f"+{cc} {area} {grp_sp}"]
            if trunk:
                opts.append(f"+{cc} ({trunk}){area} {grp_sp}")
            if r == "LU":
                opts.append(f"(+352) {area} {grp_sp}")
            return rng.choice(opts)
        if r == "FR":
            return rng.choice([f"{nat}{sep}{grp}", nat + sub])
        if r == "LU":
            return f"{area} {grp}"
        opts = [f"{nat} {grp}", f"{nat} {grp}", nat + sub]
        if r in ("DE", "AT", "IT", "BE", "CH"):
            opts += [f"{nat}/{grp}", f"{nat}/{sub}"]
        if r in ("DE", "AT", "IT", "IE", "NZ"):
            opts.append(f"{nat}-{sub}")
        if r in ("DE", "GB", "AU", "NZ", "IE") and not mobile:
            opts.append(f"({nat}) {grp}")
        if r == "DE":
            opts.append(f"{nat} / {grp}")
        return rng.choice(opts)

    def hotline(self) -> str:
        return re.sub(r"\{(\d)\}", lambda m: self.D(int(m.group(1)), lead=False), self.pick(HOTLINES[self.region]))

    # -- bank data
    def iban(self, grouped: bool | None = None) -> str | None:
        r, rng, D = self.region, self.rng, self.D
        if r == "DE":
            bban = D(8) + D(10, False)
        elif r == "AT":
            bban = D(5) + D(11, False)
        elif r == "CH":
            bban = "00" + D(3) + D(12, False)
        elif r == "FR":
            bank, guichet, acct = D(5), D(5, False), D(11, False)
            key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
            bban = f"{bank}{guichet}{acct}{key:02d}"
        elif r == "BE":
            b = D(10)
            bban = f"{b}{int(b) % 97 or 97:02d}"
        elif r == "LU":
            bban = D(3, False) + D(13, False)
        elif r == "IT":
            core = D(5, False) + D(5, False) + D(12, False)
            bban = it_cin(core) + core
        elif r == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + D(6) + D(8, False)
        elif r == "IE":
            bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + D(6) + D(8, False)
        else:
            return None
        s = iban_check(r, bban)
        assert iban_valid(s)
        grouped = rng.random() < 0.65 if grouped is None else grouped
        return chunk(s, [4] * 8, " ") if grouped else s

    def bank_other(self) -> str:
        """Bank details of regions without IBAN (unlabelled)."""
        D = self.D
        return {"US": f"routing no. 0{D(8)}, account no. {D(10)}", "CA": f"transit {D(5)}, institution 00{D(1)}, "
                f"account {D(7)}", "AU": f"BSB 0{D(2)}-{D(3)}, account {D(4)} {D(4)}",
                "NZ": f"account 12-{D(4)}-{D(7)}-00"}[self.region]

    def card(self, grouped: bool | None = None) -> str:
        rng = self.rng
        kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        prefix, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221,
                                                                                                           2720)), 16),
                          "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
        for c in "0123456789":
            if luhn_valid(body + c):
                body += c
                break
        assert luhn_valid(body) and len(body) == length
        grouped = rng.random() < 0.7 if grouped is None else grouped
        if not grouped:
            return body
        sep = rng.choice([" ", " ", "-"])
        return chunk(body, [4, 6, 5] if length == 15 else [4, 4, 4, 4], sep)

    def masked(self) -> str:
        last4 = self.D(4, False)
        return self.pick([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}",
                          f"{self.pick(['4', '5'])}{self.D(3, False)} **** **** {last4}"])

    # -- addresses
    def addr(self, unit: bool | None = None, po: bool = False) -> Addr:
        rng, r, key = self.rng, self.region, self.key()
        pc, town = rng.choice(TOWNS[key].split("|")).split(" ", 1) if r not in ("GB", "IE", "CA") else ("", "")
        if r in ("GB", "IE", "CA"):
            parts = rng.choice(TOWNS[key].split("|")).split(" ", 2)
            pc, town = f"{parts[0]} {parts[1]}", parts[2]
        town, _, st = town.partition(";")
        street, n = rng.choice(STREETS[key].split("|")), str(rng.randint(1, 98))
        unit = rng.random() < 0.25 if unit is None else unit
        k, letter = rng.randint(1, 24), rng.choice("ABCD")
        if r in ("DE", "AT") or key == "CH-de":
            if r == "DE" and rng.random() < 0.3:
                n = rng.choice([n + "a", n + "b", f"{n}-{int(n) + 2}", n + " c"])
            if r == "AT" and unit:
                n += rng.choice([f"/{rng.randint(1, 4)}/{k}", f"/Top {k}", f"/Stiege {rng.randint(1, 4)}/{k}"])
            l1 = f"{street} {n}"
            if unit and r != "AT":
                l1 += rng.choice([f", {rng.randint(1, 5)}. OG", ", Hinterhaus", f", App. {k}",
                                  f", {rng.randint(1, 5)}. Stock"])
            if po:
                l1 = "Postfach " + (f"{self.D(2)} {self.D(2, False)} {self.D(2, False)}" if r == "DE" else self.D(4))
            pre = {"DE": "D-", "AT": "A-", "CH": "CH-"}[r] if rng.random() < 0.12 else ""
            return Addr(l1, f"{pre}{pc} {town}")
        if key in ("CH-fr", "BE", "CH-it"):
            if r == "BE" and unit:
                n += rng.choice([f" bte {k}", f"/{k}", f" boîte {k}"])
            l1 = f"{street} {n}"
            if po:
                l1 = {"CH-fr": f"Case postale {self.D(3)}", "BE": f"BP {self.D(2)}",
                      "CH-it": f"Casella postale {self.D(3)}"}[key]
            return Addr(l1, f"{'B-' if r == 'BE' and rng.random() < 0.15 else ''}{pc} {town}")
        if r in ("FR", "LU"):
            if rng.random() < 0.2:
                n += rng.choice([" bis", " ter", "B"])
            l1 = f"{n}{rng.choice([' ', ', '])}{street}"
            if unit:
                l1 = rng.choice([f"Appt {k}, ", f"Bât. {letter}, ", f"Résidence Les Tilleuls, bât. {letter}, ",
                                 f"{rng.randint(1, 6)}e étage, "]) + l1
            if po:
                l1 = f"BP {self.D(4)}" if r == "FR" else f"B.P. {self.D(4)}"
            if r == "LU":
                return Addr(l1, f"L-{pc} {town}")
            return Addr(l1, f"{pc} {town.upper() if rng.random() < 0.3 else town}{' Cedex' if po else ''}")
        if r == "IT":
            if rng.random() < 0.2:
                n += rng.choice(["/A", "/B", " bis"])
            l1 = f"{street}{rng.choice([' ', ', ', ' n. '])}{n}"
            if unit:
                l1 += rng.choice([f", scala {letter}, int. {k}", f" int. {k}", f", {rng.randint(1, 6)}° piano"])
            if po:
                l1 = rng.choice([f"Casella Postale {self.D(3)}", f"C.P. {self.D(3)}"])
            return Addr(l1, rng.choice([f"{pc} {town} ({st})", f"{pc} {town} {st}", f"{pc} {town}"]),
                        rng.choice([", ", ", ", " - "]))
        # English-speaking regions
        if r == "US":
            n = str(rng.randint(10, 9899))
        l1 = f"{n} {street}"
        if unit:
            l1 = {"US": l1 + rng.choice([f", Apt {k}{letter}", f", Suite {k}00", f" #{k}", f", Unit {k}"]),
                  "CA": rng.choice([f"{k}-{l1}", f"{l1}, Suite {k}00"]),
                  "AU": rng.choice([f"Unit {k}, {l1}", f"{k}/{l1}"]), "NZ": rng.choice([f"Flat {k}, {l1}",
                                                                                        f"{k}/{l1}"]),
                  "GB": f"Flat {k}, {l1}", "IE": rng.choice([f"Apartment {k}, {l1}", f"Apt {k}, {l1}"])}[r]
        if po:
            l1 = rng.choice(["PO Box ", "P.O. Box "]) + self.D(4)
        if r in ("US", "CA"):
            return Addr(l1, f"{town}, {st} {pc}{'-' + self.D(4, False) if r == 'US' and rng.random() < 0.2 else ''}")
        if r == "AU":
            return Addr(l1, f"{town} {st} {pc}")
        if r == "GB":
            return Addr(l1, f"{town.upper() if rng.random() < 0.3 else town} {pc}")
        if r == "IE":
            return Addr(l1, rng.choice([f"{town}, {pc}", f"{town} {pc}"]))
        return Addr(l1, f"{town} {pc}")


def gen_s(name: str) -> str:
    """German genitive ending (outside the span)."""
    return "'" if name[-1] in "sßxzSXZ" else "s"


def poss(name: str) -> str:
    """English possessive ending (outside the span)."""
    return "'" if name.endswith("s") else "'s"


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------


def t_vet(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    o, v, k = g.person(), g.person(), g.person(pool="local")
    a, ca = g.addr(), g.addr(unit=False)
    ph, mob, cph = g.phone(mobile=False), g.phone(mobile=True), g.phone(mobile=False)
    em, pet, town, hot, masked = g.email(o), g.pick(PETS), g.town(), g.hotline(), g.masked()
    pdob = g.fmt(g.date(2012, 2024), rng.choice(["num", "long"]))
    chip = rng.choice(["276", "040", "756", "250", "056", "442", "380", "826", "840", "124", "036", "554"]) + g.D(12,
                                                                                                                  False)
    d1, d2 = g.plain(11, rng.randint(2, 14)), g.plain(11, rng.randint(16, 30))
    inv, amt, age = rng.randint(1000, 9999), g.money(rng.randint(6000, 48000) / 100), rng.randint(8, 16)
    sp = rng.randrange(4)
    if L == "de":
        d.add(g.pick(["Bitte fass diese Akte für die Überweisung an die Tierklinik zusammen:\n\n",
                     "Kannst du daraus einen kurzen, freundlichen Befundbrief an die Halter machen?\n\n"]))
        d.add("Kleintierpraxis am Stadtpark · ", AD(ca.one()), " · Tel. ", PH(cph),
              f"\nNotdienst-Hotline: {hot}\n\n")
        species = ["Hund, Labrador-Mischling", "Katze, Europäisch Kurzhaar", "Kaninchen, Widder",
                   "Hund, Berner Sennenhund"][sp]
        d.add(f"PATIENT: {pet} ({species}) · geb. {pdob} · Chip-Nr. {chip}\n", "Halter/in: ", P(o.formc),
              "\nAnschrift: ", AD(a.one()), "\nTel. ", PH(ph), " · mobil ", PH(mob), "\nE-Mail: ", EM(em), "\n",
              f"Behandelnd: {g.g(v, 'Tierärztin', 'Tierarzt')} Dr. med. vet. ", P(v.full), "\n\n")
        d.add(f"{d1}: {pet} wird von {g.title(o)} ", P(o.last), " vorgestellt, frisst seit zwei Tagen schlecht. "
              f"Gewicht 12,4 kg (Vorjahr 13,1 kg). Blutbild ans Labor in {town}.\n")
        d.add(f"{d2}: Kontrolle. ", P(k.first), f" ({age} J.) bringt {pet} vorbei; laut ", P(o.first), gen_s(o.first),
              " Nachricht frisst das Tier wieder. Befund telefonisch besprochen (Dr. ", P(v.last), ").\n")
        d.add(f"Rechnung Nr. {inv}/26 über {amt}, bezahlt mit Karte {masked}.\n")
    elif L == "fr":
        d.add(g.pick(["Peux-tu résumer ce dossier pour le transfert vers la clinique vétérinaire ?\n\n",
                     "Rédige un petit mot pour les propriétaires à partir de ces notes :\n\n"]))
        d.add("Cabinet vétérinaire des Tilleuls – ", AD(ca.one()), " – Tél. ", PH(cph),
              f"\nUrgences (service payant) : {hot}\n\n")
        species = ["chien, croisé labrador", "chat européen", "lapin bélier", "chienne, bouvier bernois"][sp]
        d.add(f"Animal : {pet} ({species}), né le {pdob}, puce {chip}\n", "Propriétaire : ", P(o.form),
              "\nAdresse : ", AD(a.one()), "\nTél. : ", PH(ph), " / portable : ", PH(mob), "\nCourriel : ", EM(em),
              "\nVétérinaire : Dr ", P(v.full), "\n\n")
        d.add(f"{d1} – {pet} présenté par {g.title(o)} ", P(o.last), ", mange peu depuis deux jours. Poids 12,4 kg. "
              f"Prise de sang envoyée au labo de {town}.\n")
        d.add(f"{d2} – Contrôle. C'est ", P(k.first), f" ({age} ans) qui accompagne {pet} ; résultats envoyés à ",
              P(o.first), " par e-mail, avis du Dr ", P(v.last), " joint.\n")
        d.add(f"Facture n° {inv}-26 : {amt}, réglée par carte {masked}.\n")
    elif L == "it":
        d.add(g.pick(["Mi riassumi questa cartella per l'invio alla clinica veterinaria?\n\n",
                     "Scrivi due righe ai proprietari partendo da questi appunti:\n\n"]))
        d.add("Ambulatorio Veterinario San Rocco – ", AD(ca.one()), " – tel. ", PH(cph),
              f"\nReperibilità notturna (a pagamento): {hot}\n\n")
        species = ["cane, meticcio labrador", "gatto europeo", "coniglio ariete", "cane, bovaro del Bernese"][sp]
        d.add(f"Paziente: {pet} ({species}), nato il {pdob}, microchip {chip}\n", "Proprietario/a: ", P(o.form),
              "\nIndirizzo: ", AD(a.one()), "\nTel. ", PH(ph), " – cell. ", PH(mob), "\nE-mail: ", EM(em),
              f"\nMedico veterinario: {g.g(v, 'Dott.ssa', 'Dott.')} ", P(v.full), "\n\n")
        d.add(f"{d1}: {pet} accompagnato {g.g(o, 'dalla', 'dal')} {g.title(o)} ", P(o.last),
              ", mangia poco da due giorni. Peso 12,4 kg. "
              f"Prelievo inviato al laboratorio di {town}.\n")
        d.add(f"{d2}: controllo; lo porta ", P(k.first), f" ({age} anni). Esiti comunicati a ", P(o.first),
              f" per telefono {g.g(v, 'dalla dott.ssa', 'dal dott.')} ", P(v.last), ".\n")
        d.add(f"Fattura n. {inv}/2026: {amt}, pagata con carta {masked}.\n")
    else:
        d.add(g.pick(["Can you summarise this record for the referral to the animal hospital?\n\n",
                     "Turn these notes into a short, friendly update for the owner:\n\n"]))
        d.add("Parkside Veterinary Clinic · ", AD(ca.one()), " · Tel ", PH(cph),
              f"\nAfter-hours emergency line: {hot}\n\n")
        species = ["dog, Labrador cross", "cat, domestic shorthair", "rabbit, lop", "dog, Bernese mountain dog"][sp]
        d.add(f"Patient: {pet} ({species}), DOB {pdob}, microchip {chip}\n", "Owner: ", P(o.rev), "\nAddress: ",
              AD(a.one()), "\nHome: ", PH(ph), " | Mobile: ", PH(mob), "\nEmail: ", EM(em), "\nAttending vet: Dr ",
              P(v.full), "\n\n")
        d.add(f"{d1}: {pet} brought in by {g.title(o)} ", P(o.last), f", off food for two days. Weight 12.4 kg. "
              f"Bloods sent to the lab in {town}.\n")
        d.add(f"{d2}: Recheck. ", P(o.first), poss(o.first), f" {g.g(k, 'daughter', 'son')} ", P(k.first),
              f" ({age}) brought {pet} in; results discussed with Dr ", P(v.last), " and emailed to the owner.\n")
        d.add(f"Invoice #{inv}: {amt}, paid by card {masked}.\n")
    return d


def stamp(g: Gen, t: dt.datetime, fmt: str) -> str:
    L, r = g.lang, g.region
    us = L == "en" and r in ("US", "CA")
    ds = {"de": f"{t:%d.%m.%y}", "it": f"{t:%d/%m/%y}"}.get(L, f"{t.month}/{t.day}/{t:%y}" if us else f"{t:%d/%m/%Y}")
    h12 = f"{(t.hour - 1) % 12 + 1}:{t:%M}"
    if fmt == "ios":
        tm = f"{h12}:{t:%S} {'PM' if t.hour >= 12 else 'AM'}" if us else f"{t:%H:%M:%S}"
        return f"[{ds}{'' if L == 'fr' else ','} {tm}] "
    tm = f"{h12} {'PM' if t.hour >= 12 else 'AM'}" if us else f"{t:%H:%M}"
    return f"{ds}{' à' if L == 'fr' else ','} {tm} - "


def t_chat(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    p = [g.person() for _ in range(6)]
    home, town = g.addr(), g.town()
    card, exp = g.card(), f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
    dob, cph, dph = g.dob(1975, 2003), g.phone(mobile=True), g.phone(mobile=True, intl=True)
    floor, bk = rng.randint(1, 5), f"{rng.choice('BKMRTX')}{rng.choice('AEVX')}-{rng.randint(10000, 99999)}"
    fmt = rng.choice(["ios", "android", "teams"])
    hl = home.one().lower() if rng.random() < 0.6 else home.one()
    lo = [x.first.lower() for x in p]
    if L == "de":
        ask = "Kannst du aus diesem Chat eine Liste machen: wer kommt wann, wer macht was, plus Handynummern?\n\n"
        msgs: list[tuple[int, list[Item]]] = [
            (0, ["hallo zusammen! umzug ist am samstag ab 9 uhr 🙌 neue adresse: ", AD(hl),
                 f" ({floor}. stock, kein aufzug 🙈)"]),
            (1, ["bin dabei 💪 kommt ", P(lo[2]), " auch mit?"]),
            (2, [f"jaa, ab 10. kann mich jemand in {town.lower()} abholen?"]),
            (3, ["hi, hier ist ", P(lo[3]), ", ", P(lo[0]), gen_s(lo[0]), " kollegin 😅 ich kann ab 11, ist das ok?"]),
            (0, ["klar, danke ", P(p[3].first), "!! @", P(p[1].first),
                 " kannst du den transporter buchen? nimm meine karte ",
                 CC(card), ", gültig bis ", exp, ", prüfziffer schick ich dir privat"]),
            (1, [f"gebucht ✅ buchungsnr. {bk}, abholung 8:30 an der station am ostbahnhof. die wollen noch dein "
                 "geburtsdatum für den zweitfahrer"]),
            (0, [DB(dob)]),
            (2, ["falls mich jemand nicht findet: ", PH(cph)]),
            (0, ["ihr seid die besten ❤️ pizza geht auf mich. ", P(lo[4]), " und ", P(p[5].full.lower()),
                 " kommen nachmittags zum aufbauen"]),
            (1, ["<Medien ausgelassen>"]),
        ]
    elif L == "fr":
        ask = ("Tu peux me faire une liste à partir de cette discussion : qui vient quand, qui fait quoi, et les "
               "numéros ?\n\n")
        msgs = [
            (0, ["coucou tout le monde ! le déménagement c'est samedi à partir de 9h 🙌 nouvelle adresse : ", AD(hl),
                 f" ({'1er' if floor == 1 else f'{floor}e'} étage sans ascenseur 🙈)"]),
            (1, ["je viens 💪 ", P(lo[2]), " aussi je crois ?"]),
            (2, [f"oui à partir de 10h. quelqu'un peut me prendre à {town.lower()} ?"]),
            (3, ["salut, c'est ", P(lo[3]), ", la collègue de ", P(lo[0]), " 😅 je peux venir vers 11h, ça va ?"]),
            (0, ["super merci ", P(p[3].first), " !! @", P(p[1].first),
                 " tu peux réserver le camion ? prends ma carte ",
                 CC(card), ", exp ", exp, ", le cryptogramme je te l'envoie en privé"]),
            (1, [f"réservé ✅ n° de réservation {bk}, retrait 8h30 à l'agence de la gare. ils veulent ta date de "
                 "naissance pour le 2e conducteur"]),
            (0, ["c'est le ", DB(dob)]),
            (2, ["si vous me trouvez pas : ", PH(cph)]),
            (0, ["vous êtes géniaux ❤️ pizzas offertes. ", P(lo[4]), " et ", P(p[5].full.lower()),
                 " passent l'aprèm pour monter les meubles"]),
            (1, ["<Médias omis>"]),
        ]
    elif L == "it":
        ask = "Mi fai una lista da questa chat: chi viene a che ora, chi fa cosa e i numeri di telefono?\n\n"
        msgs = [
            (0, ["ciao a tutti! il trasloco è sabato dalle 9 🙌 nuovo indirizzo: ", AD(hl),
                 f" ({floor}° piano, senza ascensore 🙈)"]),
            (1, ["ci sono 💪 viene anche ", P(lo[2]), "?"]),
            (2, [f"sì dalle 10. qualcuno mi passa a prendere a {town.lower()}?"]),
            (3, ["ciao, sono ", P(lo[3]), ", la collega di ", P(lo[0]), " 😅 posso arrivare verso le 11, va bene?"]),
            (0, ["perfetto grazie ", P(p[3].first), "!! @", P(p[1].first),
                 " puoi prenotare il furgone? usa la mia carta ",
                 CC(card), " scad. ", exp, ", il cvv te lo mando in privato"]),
            (1, [f"prenotato ✅ n. prenotazione {bk}, ritiro alle 8:30 alla filiale vicino alla stazione. vogliono la "
                 "tua data di nascita per il secondo conducente"]),
            (0, [DB(dob)]),
            (2, ["se non mi trovate: ", PH(cph)]),
            (0, ["siete fantastici ❤️ pizza offerta da me. ", P(lo[4]), " e ", P(p[5].full.lower()),
                 " vengono nel pomeriggio per montare i mobili"]),
            (1, ["<Media omessi>"]),
        ]
    else:
        ask = "Can you turn this chat into a list: who's coming when, who's doing what, and everyone's numbers?\n\n"
        msgs = [
            (0, ["hey all! move is on saturday from 9am 🙌 new address: ", AD(hl),
                 f" ({['1st', '2nd', '3rd', '4th', '5th'][floor - 1]} floor, "
                 f"no {'elevator' if g.region == 'US' else 'lift'} 🙈)"]),
            (1, ["i'm in 💪 is ", P(lo[2]), " coming too?"]),
            (2, [f"yep from 10. can someone pick me up in {town.lower()}?"]),
            (3, ["hi it's ", P(lo[3]), ", ", P(lo[0]), poss(lo[0]), " colleague 😅 i can come around 11, is that ok?"]),
            (0, ["amazing thanks ", P(p[3].first), "!! @", P(p[1].first), " can you book the van? use my card ",
                 CC(card),
                 ", exp ", exp, ", i'll send the cvv privately"]),
            (1, [f"booked ✅ booking ref {bk}, pickup 8:30 at the depot near the station. they need your date of birth "
                 "for the second driver"]),
            (0, [DB(dob)]),
            (2, ["if anyone can't find me: ", PH(cph)]),
            (0, ["you're the best ❤️ pizza's on me. ", P(lo[4]), " and ", P(p[5].full.lower()),
                 " are coming in the afternoon to help put the furniture together"]),
            (1, ["<Media omitted>"]),
        ]
    names: list[Item] = [P(p[0].full), P(f"{p[1].first} {p[1].last[0]}."), P(p[2].first), PH(dph)]
    if fmt == "teams":
        names = [P(p[0].rev), P(p[1].rev), P(p[2].rev), P(p[3].full)]
    first_ask = rng.random() < 0.7
    if first_ask:
        d.add(ask)
    t = dt.datetime(2026, 12, rng.randint(1, 3), rng.randint(17, 20), rng.randint(0, 59), rng.randint(0, 59))
    for who, body in msgs:
        t += dt.timedelta(seconds=rng.randint(20, 900))
        if fmt == "teams":
            d.add(names[who], f"   {t:%H:%M}\n", *body, "\n\n")
        else:
            d.add(stamp(g, t, fmt), names[who], ": ", *body, "\n")
    if not first_ask:
        d.add("\n", ask.strip(), "\n")
    return d


def t_obit(g: Gen) -> Doc:
    d, rng, L, r = Doc(), g.rng, g.lang, g.region
    fem = rng.random() < 0.5
    dec = g.person(female=fem, pool="local")
    S, sp, maiden = dec.last, g.person(female=not fem, pool="local"), g.person(pool="local").last
    c1, c1p, c2, c2p = g.person(pool="local"), g.person(), g.person(pool="local"), g.person()
    gk = [g.person().first for _ in range(3)]
    born, died = g.date(1928, 1952), dt.date(2026, 11, rng.randint(12, 30))
    age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
    a, iban, town, town2 = g.addr(unit=False), g.iban(), g.town(), g.town()
    fun = dt.date(2026, 12, rng.randint(4, 12))
    style = rng.choice(["long", "num", "long"])
    if L == "de":
        d.add(g.pick(["Bitte lies die Traueranzeige Korrektur und kürze sie auf 60 Wörter:\n\n",
                     "Kannst du aus dieser Anzeige einen Text für die Kondolenzkarte der Firma machen?\n\n"]))
        d.add("In Liebe und Dankbarkeit nehmen wir Abschied von\n\n", P(dec.full))
        if fem:
            d.add(" geb. ", P(maiden))
        d.add("\n* ", DB(g.fmt(born, style)), f"    † {g.fmt(died, style)}\n\n"
              "Was man tief in seinem Herzen besitzt, kann man nicht durch den Tod verlieren.\n\n"
              f"Nach kurzer, schwerer Krankheit im Alter von {age} Jahren.\n\nIn stiller Trauer\n",
              P(sp.first), "\n", P(c1.first), " und ", P(f"{c1p.first} {S}"), "\n", P(f"{c2.first} {c2p.last}"),
              " mit ",
              P(gk[0]), ", ", P(gk[1]), " und ", P(gk[2]), "\nsowie alle Angehörigen\n\n"
              f"Die Trauerfeier findet am {g.fmt(fun, 'long')} um 14 Uhr in der Friedhofskapelle {town2} statt. "
              "Anstelle zugedachter Blumen bitten wir um eine Spende an die Krebshilfe, IBAN ", IB(iban or ""),
              ", Kennwort „", P(dec.full), "“.\n\nTraueradresse: Familie ", P(S), ", c/o ", P(f"{c1.first} {S}"), ", ",
              AD(a.one()), "\n")
    elif L == "fr":
        d.add(g.pick(["Peux-tu relire ce faire-part de décès et le raccourcir pour le journal ?\n\n",
                     "Aide-moi à écrire un mot de condoléances à partir de cet avis :\n\n"]))
        U = S.upper()
        d.add(f"{g.g(sp, 'Madame', 'Monsieur')} ", P(f"{sp.first} {U}"), f", son {g.g(sp, 'épouse', 'époux')} ;\n",
              P(c1.first), " et ", P(f"{c1p.first} {U}"), ", ", P(f"{c2.first} {c2p.last.upper()}"),
              ", ses enfants ;\n",
              P(gk[0]), ", ", P(gk[1]), " et ", P(gk[2]), ", ses petits-enfants,\n"
              "ont la tristesse de vous faire part du décès de\n\n", f"{g.g(dec, 'Madame', 'Monsieur')} ",
              P(f"{dec.first} {U}"))
        if fem:
            d.add(", née ", P(maiden.upper()))
        d.add(f"\n{g.g(dec, 'née', 'né')} à {town} le ", DB(g.fmt(born, 'long')),
              f", {g.g(dec, 'décédée', 'décédé')} le {g.fmt(died, 'long')} à l'âge de {age} ans.\n\n"
              f"La cérémonie sera célébrée le {g.fmt(fun, 'long')} à 10 h 30 en l'église Saint-Martin de {town2}. "
              "Ni fleurs ni couronnes : des dons peuvent être versés à la Ligue contre le cancer, IBAN ",
              IB(iban or ""),
              ".\nCondoléances : famille ", P(U), ", ", AD(a.one()), "\n")
    elif L == "it":
        d.add(g.pick(["Puoi sistemare questo necrologio per il giornale? Massimo 80 parole.\n\n",
                     "Scrivimi un breve messaggio di condoglianze per la famiglia partendo da questo annuncio:\n\n"]))
        d.add(f"{g.g(dec, 'È mancata', 'È mancato')} all'affetto dei suoi cari\n\n")
        if fem:
            d.add(P(f"{dec.first} {maiden}"), " in ", P(S))
        else:
            d.add(P(f"{dec.first} {S}"))
        d.add(f"\ndi anni {age}\n{g.g(dec, 'Nata', 'Nato')} a {town} il ", DB(g.fmt(born, style)), ".\n\n"
              f"Ne danno il triste annuncio {g.g(sp, 'la moglie', 'il marito')} ", P(sp.first), ", i figli ",
              P(c1.first),
              " con ", P(c1p.first), ", ", P(c2.first), " con ", P(c2p.full), ", i nipoti ", P(gk[0]), ", ", P(gk[1]),
              " e ", P(gk[2]), f".\nIl funerale avrà luogo il {g.fmt(fun, 'long')} alle ore 10 nella chiesa di "
              f"San Giovanni Battista a {town2}. Eventuali offerte alla LILT, IBAN ", IB(iban or ""),
              ".\nCasa del commiato: ", AD(a.one()), " – Onoranze Funebri Colombo, tel. ", PH(g.phone(mobile=False)),
              "\n")
    else:
        d.add(g.pick(["Can you tighten this obituary for the local paper? Keep it under 120 words.\n\n",
                     "Help me write a short condolence card to the family based on this notice:\n\n"]))
        if r in ("GB", "IE") and rng.random() < 0.6:
            d.add(P(f"{S.upper()}, {dec.first}"))
            if fem:
                d.add(" (née ", P(maiden), ")")
            d.add(f" – Peacefully, at St Vincent's Hospital, on {g.fmt(died, 'long')}, aged {age}. Born ",
                  DB(g.fmt(born, rng.choice(['long', 'num']))), f" in {town}.")
        else:
            d.add(P(dec.full), f", {age}, of {town}, passed away peacefully on {g.fmt(died, 'long')}. "
                  f"{g.g(dec, 'She', 'He')} was born on ", DB(g.fmt(born, "long")), f" in {town2}.")
        d.add(f" Beloved {g.g(dec, 'wife', 'husband')} of ", P(sp.first),
              f", loving {g.g(dec, 'mother', 'father')} of ",
              P(c1.first), " (", P(c1p.first), ") and ", P(f"{c2.first} {c2p.last}"), ", and cherished "
              f"{g.g(dec, 'grandmother', 'grandfather')} of ", P(gk[0]), ", ", P(gk[1]), " and ", P(gk[2]), ".\n\n"
              f"A service will be held on {g.fmt(fun, 'long')} at 11am. In lieu of flowers, donations to the "
              "Heart Foundation")
        if iban:
            d.add(" (IBAN ", IB(iban), ")")
        d.add(".\nCondolences may be sent to the family c/o ", P(f"{c1.first} {S}"), ", ", AD(a.one()), ".\n")
    return d


def t_reference(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    p, boss, sig, col = g.person(), g.person(), g.person(pool="local"), g.person()
    comp, dom = g.company()
    ca, a, town = g.addr(unit=False), g.addr(), g.town()
    sph, sem, dob = g.phone(mobile=False), g.email(sig, dom), g.dob(1965, 2001)
    pers = rng.randint(1000, 9999)
    if L == "de":
        job = g.g(p, "Sachbearbeiterin Einkauf", "Sachbearbeiter Einkauf")
        d.add(g.pick(["Kannst du dieses Arbeitszeugnis ins Englische übersetzen und die Zeugnissprache erklären?\n\n",
                     "Ist dieses Zeugnis wirklich gut oder steckt da versteckte Kritik drin?\n\n"]))
        d.add(f"{comp}\n", AD(ca.l1), "\n", AD(ca.l2), "\n\nARBEITSZEUGNIS\n\n",
              f"{g.title(p)} ", P(p.full), ", geboren am ", DB(dob), f" in {g.town()}, war vom 01.04.2019 bis zum "
              f"30.11.2026 in unserem Unternehmen als {job} tätig (Personalnummer {pers}).\n\n"
              f"Zu {g.g(p, 'ihren', 'seinen')} Aufgaben gehörten die Lieferantenauswahl und die Verhandlung von "
              f"Rahmenverträgen. {g.title(p)} ", P(p.last), " erledigte alle Aufgaben stets zu unserer vollsten "
              "Zufriedenheit. Das Verhalten gegenüber Vorgesetzten, insbesondere gegenüber ",
              f"{'Frau' if boss.female else 'Herrn'} ", P(boss.last), ", sowie gegenüber Kolleginnen und Kollegen wie ",
              P(col.full), " war stets einwandfrei.\n\n", f"Wir danken {g.g(p, 'Frau', 'Herrn')} ", P(p.last),
              " für die stets sehr gute Zusammenarbeit und wünschen ",
              f"{g.g(p, 'ihr', 'ihm')} für die Zukunft alles Gute.\n\n"
              f"{town}, 30. November 2026\n\n", P(sig.full), "\nLeitung Personal\nTel. ", PH(sph), " · ", EM(sem), "\n")
    elif L == "fr":
        d.add(g.pick(["Peux-tu traduire ce certificat de travail en anglais pour une candidature à Londres ?\n\n",
                     "Ce certificat est-il positif ? Explique-moi les formulations.\n\n"]))
        d.add("CERTIFICAT DE TRAVAIL\n\n", f"Nous soussignés, {comp}, ", AD(ca.one()), ", certifions que ",
              f"{g.g(p, 'Madame', 'Monsieur')} ", P(f"{p.first} {p.last.upper()}"), f", {g.g(p, 'née', 'né')} le ",
              DB(dob),
              f" à {g.town()}, demeurant ", AD(a.one()),
              ", a été employé(e) dans notre entreprise du 1er avril 2019 au "
              "30 novembre 2026 en qualité de chargé(e) des achats.\n\n", f"Durant cette période, {g.title(p)} ",
              P(p.last),
              " a fait preuve d'un grand sens des responsabilités. Son responsable, ", P(boss.full),
              ", souligne la qualité de sa collaboration avec ", P(col.first), " et toute l'équipe.\n\n"
              "Le présent certificat est délivré pour servir et valoir ce que de droit.\n\n"
              f"Fait à {town}, le 30 novembre 2026\n", P(sig.full), ", responsable RH – ", PH(sph), " – ", EM(sem),
              "\n")
    elif L == "it":
        cf = "".join(rng.choice("BCDFGHLMNPRSTVZ") for _ in range(6)) + g.D(2, False) + rng.choice("ABCDEHLMPRST") + \
            g.D(2, False) + rng.choice("ABCDEFGHLMZ") + g.D(3, False) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        d.add(g.pick(["Mi traduci in inglese questo certificato di servizio?\n\n",
                     "Puoi trasformare questo certificato in una lettera di referenze più calorosa?\n\n"]))
        d.add(f"{comp}\n", AD(ca.one()), "\n\nCERTIFICATO DI SERVIZIO\n\n",
              f"Si attesta che {g.g(p, 'la Sig.ra', 'il Sig.')} ",
              P(p.form), f", {g.g(p, 'nata', 'nato')} a {g.town()} il ", DB(dob), ", residente in ", AD(a.one()),
              f", codice fiscale {cf}, ha prestato servizio presso la nostra azienda dal 1° aprile 2019 al 30 novembre "
              "2026 con la qualifica di impiegato/a acquisti.\n\n",
              f"{g.g(boss, 'La responsabile', 'Il responsabile')}, ",
              P(boss.full), ", ne ha apprezzato la precisione; insieme a ", P(col.full), " ha curato il nuovo "
              "albo fornitori.\n\nPer ulteriori informazioni è possibile contattare ", P(sig.full), " al numero ",
              PH(sph), " oppure all'indirizzo ", EM(sem), f".\n\n{town}, 30 novembre 2026\n")
    else:
        d.add(g.pick(["Can you make this reference sound a bit warmer without overdoing it?\n\n",
                     "Please proofread this reference before I send it:\n\n"]))
        if rng.random() < 0.5:
            d.add("To whom it may concern,\n\nI am pleased to recommend ", P(p.full), f", who worked as a procurement "
                  f"analyst in my team at {comp} from April 2019 until November 2026. ", P(p.first), poss(p.first),
                  " attention to detail saved us a great deal of money; together with ", P(col.full), " and ",
                  P(boss.first), f", {g.g(p, 'she', 'he')} rebuilt our supplier database.\n\nShould you need anything "
                  "further, I can be reached on ", PH(sph), " or at ", EM(sem), ".\n\nKind regards,\n\n", P(sig.full),
                  f"\nHead of Procurement, {comp}\n", AD(ca.l1), "\n", AD(ca.l2), "\n")
        else:
            d.add(f"REFERENCE CHECK – {comp}\nCandidate: ", P(p.rev), "\nDate of birth: ", DB(dob), "\nHome address: ",
                  AD(a.one()), f"\nEmployee no.: E-{pers}\nPosition held: Procurement Analyst (04/2019 – 11/2026)\n"
                  "Line manager: ", P(boss.full), "\nWould you re-employ? Yes\nComments: ", P(p.first),
                  " was reliable and well liked; worked closely with ", P(col.first), " on the supplier review.\n"
                  "Completed by: ", P(sig.full), ", HR Business Partner – ", PH(sph), " – ", EM(sem), "\n")
    return d


def t_minutes(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    a, b, c, dd, e, f, h, k, n, m, o = (g.person() for _ in range(11))
    iban, town, dial = g.iban(), g.town(), g.phone(mobile=False, intl=True)
    cid, em, ph = f"{g.D(3)} {g.D(3, False)} {g.D(3, False)}", g.email(n), g.phone()
    bal = g.money(rng.randint(300000, 2500000) / 100)
    bank: list[Item] = ["IBAN ", IB(iban)] if iban else [g.bank_other()]
    club, dom = g.company()
    street = g.pick(STREETS[g.key()].split("|"))
    nxt = g.plain(1, rng.randint(10, 28), 2027)
    if L == "de":
        club = rng.choice(["Turnverein Eintracht", "Förderverein der Stadtbibliothek", "Chorgemeinschaft Harmonie"])
        d.add(g.pick(["Mach aus diesem Protokoll bitte eine kurze Zusammenfassung für die Vereinszeitung:\n\n",
                     "Bitte formuliere das Protokoll sauber aus und prüfe, ob die Beschlüsse klar sind:\n\n"]))
        d.add(f"Protokoll der ordentlichen Mitgliederversammlung des {club} e.V. vom {g.plain(11)}\n"
              f"Ort: Vereinsheim, {street} ({town}); Beginn 19:05 Uhr, Ende 21:40 Uhr\n"
              "Anwesend (Vorstand): ", P(a.full), " (Vorsitz), ", P(b.full), ", ", P(c.init), " und ", P(dd.full), "\n"
              "Entschuldigt: ", P(e.rev), "; ", P(f.full), "\n"
              f"Telefonisch zugeschaltet über die Einwahl {dial} (Konferenz-ID {cid}#): ", P(h.full), "\n"
              "Protokoll: ", P(k.full), "\n\nTOP 1 – Begrüßung\n", P(a.first), " begrüßt die 31 anwesenden Mitglieder "
              "und stellt die Beschlussfähigkeit fest.\n\nTOP 2 – Kassenbericht\n",
              f"{g.g(b, 'Kassiererin', 'Kassierer')} ",
              P(b.last), f" berichtet: Kontostand am 31.10.2026 {bal}. Neue Bankverbindung des Vereins: ", *bank,
              ". Die Kassenprüfer ", P(o.full), " und ", P(m.first), " beantragen die Entlastung (einstimmig).\n\n"
              "TOP 3 – Wahlen\nZur neuen Schriftführung wird ", P(n.full), " gewählt (27 Ja, 2 Nein, 2 Enthaltungen). "
              "Kontakt: ", EM(em), ", ", PH(ph), f".\n\nTOP 4 – Verschiedenes\nNächste Sitzung am {nxt}. Anfragen an ",
              f"info@{dom}.\n\ngez. ", P(a.full), "        gez. ", P(k.full), "\n")
    elif L == "fr":
        club = rng.choice(["Amicale des Randonneurs", "Association des Parents d'Élèves", "Chorale l'Écho du Lac"])
        d.add(g.pick(["Peux-tu rédiger un résumé de ce procès-verbal pour le bulletin de l'association ?\n\n",
                     "Mets ce PV au propre et vérifie que les décisions sont claires :\n\n"]))
        d.add(f"Procès-verbal de l'assemblée générale ordinaire de l'association « {club} » du {g.plain(11)}\n"
              f"Lieu : salle communale, {street} ({town}) ; ouverture 19 h 05, clôture 21 h 40\n"
              "Présents (comité) : ", P(a.full), " (présidence), ", P(b.full), ", ", P(c.init), " et ", P(dd.full), "\n"
              "Excusés : ", P(e.form), " ; ", P(f.full), "\n"
              f"Par téléphone (n° d'accès {dial}, code {cid}) : ", P(h.full), "\nSecrétaire de séance : ", P(k.full),
              "\n\n1. Ouverture\n", P(a.first),
              " souhaite la bienvenue aux 31 membres présents ; le quorum est atteint.\n\n"
              f"2. Rapport financier\n{g.g(b, 'La trésorière', 'Le trésorier')}, {g.title(b)} ", P(b.last),
              f", présente le solde au 31 octobre 2026 : {bal}. Nouveau compte de l'association : ", *bank,
              ". Les vérificateurs ", P(o.full), " et ", P(m.first), " proposent la décharge (unanimité).\n\n"
              "3. Élections\n", P(n.full), " est élu(e) au secrétariat (27 voix pour, 2 contre, 2 abstentions). "
              "Contact : ", EM(em), ", ", PH(ph),
              f".\n\n4. Divers\nProchaine réunion le {nxt}. Questions : contact@{dom}\n\n"
              "Pour le comité : ", P(a.full), " – Secrétaire : ", P(k.full), "\n")
    elif L == "it":
        club = rng.choice(["Circolo Culturale La Rocca", "Associazione Genitori Scuola Primaria", "Coro Voci del Lago"])
        d.add(g.pick(["Puoi riassumere questo verbale per il notiziario dell'associazione?\n\n",
                     "Sistemami questo verbale in forma ordinata:\n\n"]))
        d.add(f"Verbale dell'assemblea ordinaria dei soci dell'associazione «{club}» del {g.plain(11)}\n"
              f"Luogo: sala civica, {street} ({town}); inizio ore 19:05, fine ore 21:40\n"
              "Presenti (direttivo): ", P(a.full), " (presidente), ", P(b.full), ", ", P(c.init), " e ", P(dd.full),
              "\n"
              "Assenti giustificati: ", P(e.form), "; ", P(f.full), "\n"
              f"Collegati in audioconferenza (numero {dial}, PIN {cid}): ", P(h.full), "\nSegretario verbalizzante: ",
              P(k.full), "\n\n1. Apertura\n", P(a.first), " saluta i 31 soci presenti e constata il numero legale.\n\n"
              f"2. Bilancio\n{g.g(b, 'La tesoriera', 'Il tesoriere')} ", P(b.last), f" illustra il saldo al 31 ottobre "
              f"2026: {bal}. Nuove coordinate bancarie dell'associazione: ", *bank, ". I revisori ", P(o.full), " e ",
              P(m.first), " propongono l'approvazione (unanimità).\n\n3. Elezioni\nViene eletto/a segretario/a ",
              P(n.full), " (27 favorevoli, 2 contrari, 2 astenuti). Recapiti: ", EM(em), ", ", PH(ph),
              f".\n\n4. Varie\nProssima riunione il {nxt}. Informazioni: info@{dom}\n\nIl presidente ", P(a.full),
              " – Il segretario ", P(k.full), "\n")
    else:
        club = rng.choice(["Riverside Allotment Society", "Friends of the Public Library", "Harbour Lights Choir"])
        d.add(g.pick(["Can you turn these minutes into a short summary for the newsletter?\n\n",
                     "Please tidy up these minutes and flag any action items:\n\n"]))
        d.add(f"Minutes of the Annual General Meeting of the {club}, held on {g.plain(11)} at the community hall, "
              f"{street}, {town}\nPresent: ", P(a.full), " (Chair), ", P(b.full), " (Treasurer), ", P(c.init), " and ",
              P(dd.full), "\nApologies: ", P(e.rev), "; ", P(f.full),
              f"\nJoined by phone (dial-in {dial}, PIN {cid}): ",
              P(h.full), "\nMinutes: ", P(k.full), "\n\n1. Welcome\nThe Chair, ", P(a.first),
              ", welcomed the 31 members present; the meeting was quorate.\n\n2. Treasurer's report\n",
              f"{g.title(b)} ", P(b.last), f" reported a balance of {bal} at 31 October. New society account: ", *bank,
              ". The examiners, ", P(o.full), " and ", P(m.first),
              ", recommended the accounts be adopted (carried).\n\n"
              "3. Elections\n", P(n.full), " was elected Secretary (27 for, 2 against, 2 abstentions). Contact: ",
              EM(em), ", ", PH(ph), f".\n\n4. AOB\nNext meeting {nxt}. Enquiries to info@{dom}.\n\nSigned: ", P(a.full),
              " (Chair)\n")
    return d


def fill_items(tpl: str, v: dict[str, Item | list[Item]]) -> list[Item]:
    """``tpl`` as items, each ``{key}`` replaced by v[key] (a string, an entity or a list of them)."""
    out: list[Item] = []
    for part in re.split(r"(\{\w+\})", tpl):
        x = v.get(part[1:-1]) if part.startswith("{") else None
        if x is None:
            out += [part] if part else []
        else:
            out += x if isinstance(x, list) else [x]
    return out


def fill(d: Doc, tpl: str, v: dict[str, Item | list[Item]]) -> None:
    d.add(*fill_items(tpl, v))


CAMP = {
    "de": ("Hier die Anmeldeliste fürs Sommerlager 2027 (Export aus Excel). Bitte mach mir daraus Zimmerlisten "
           "(Mädchen/Jungen getrennt) und eine Notfall-Telefonliste:",
           "Nr|Nachname|Vorname|Geburtsdatum|Alter|Erziehungsberechtigte/r|Notfall-Tel.|E-Mail|Adresse|Allergien|"
           "bezahlt",
           "keine|Nüsse|Laktose|Bienenstich|-", "ja|offen|Rate 1",
           "Rückfragen an das Lagerteam: {role}, Lagerleitung {lead}, {lph}"),
    "fr": ("Voici la liste des inscriptions au camp d'été 2027 (export Excel). Peux-tu me faire les listes de "
           "chambres et "
           "une liste des numéros d'urgence ?",
           "N°|Nom|Prénom|Date de naissance|Âge|Responsable légal|Tél. urgence|Courriel|Adresse|Allergies|Payé",
           "aucune|arachides|lactose|piqûres d'abeille|-", "oui|non|acompte",
           "Questions : {role} – responsable du camp "
           "{lead}, {lph}"),
    "it": ("Ecco l'elenco iscritti al campo estivo 2027 (esportato da Excel). Mi prepari le liste delle camere e un "
           "elenco dei numeri di emergenza?",
           "N.|Cognome|Nome|Data di nascita|Età|Genitore/tutore|Tel. emergenza|Email|Indirizzo|Allergie|Pagato",
           "nessuna|frutta a guscio|lattosio|punture d'ape|-", "sì|no|acconto",
           "Per informazioni: {role} – responsabile "
           "del campo {lead}, {lph}"),
    "en": ("Here's the sign-up sheet for summer camp 2027 (exported from Google Sheets). Can you make cabin lists "
           "and an "
           "emergency contact list?",
           "No|Surname|First name|DOB|Age|Parent/guardian|Emergency phone|Email|Address|Allergies|Paid",
           "none|nuts|dairy|bee stings|-", "yes|no|deposit", "Questions to {role} or camp lead {lead} on {lph}"),
}


def t_camp(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    intro, head, allergies, paid, foot = CAMP[L]
    sep = rng.choice(["\t", ","] if L == "en" else ["\t", ";", ";"])
    cols = head.split("|")
    with_age = rng.random() < 0.5
    if not with_age:
        cols.remove(cols[4])
    d.add(intro, "\n\n", sep.join(cols), "\n")
    style = rng.choice(["num", "num", "short", "iso"])
    parent = addr = em = ph = None
    for i in range(rng.randint(5, 7)):
        if parent is None or rng.random() > 0.2:  # else: a sibling of the previous child
            parent, addr, kid_last = g.person(), g.addr(), None
            em, ph = g.email(parent), g.phone(mobile=True)
            kid_last = parent.last if rng.random() < 0.75 else g.person().last
        kid = g.person(pool="local")
        born = g.date(2011, 2018)
        last = kid_last.upper() if rng.random() < 0.2 else kid_last
        cells: list[list[Item]] = [[str(i + 1)], [P(last)], [P(kid.first)], [DB(g.fmt(born, style))]]
        if with_age:
            cells.append([str(2027 - born.year - (born.month > 7))])
        a1 = addr.one() if addr else ""
        q = '"' if sep == "," and "," in a1 else ""
        cells += [[P(parent.full)], [PH(ph or "")], [EM(em or "")], [q, AD(a1), q], [rng.choice(allergies.split("|"))],
                  [rng.choice(paid.split("|"))]]
        for j, cell in enumerate(cells):
            d.add(*cell, sep if j < len(cells) - 1 else "\n")
    lead, dom = g.person(), g.company()[1]
    d.add("\n")
    fill(d, foot, {"role": f"{rng.choice(['info', 'kontakt'] if L == 'de' else ['info', 'contact'])}@{dom}",
                   "lead": P(lead.full), "lph": PH(g.phone(mobile=True))})
    d.add("\n")
    return d


RENTAL = {
    "de": ("Kannst du mir erklären, was in diesem Mietvertrag zur Selbstbeteiligung steht?\n\n",
           """{rentco} – MIETVERTRAG Nr. {ra}
Station: {station} · Tel. {sph}
Pannen- und Unfallhilfe 24/7: {hot}

HAUPTFAHRER / MIETER
Name: {name}
Geburtsdatum: {dob}     Führerschein-Nr.: {lic} (ausgestellt {licd})
Anschrift: {addr}
Mobil: {ph}     E-Mail: {em}
Zusatzfahrer: {name2}, geb. {dob2}

Fahrzeug: {car}, Kennzeichen {plate}, km-Stand {km}
Abholung: {d1} 09:00 · Rückgabe: {d2} 18:00
Kaution {dep} reserviert auf {brand} {card}, gültig bis {exp}
Mietpreis {price} bezahlt mit Karte {masked}
Selbstbeteiligung Vollkasko {excess}; Reduzierung auf 0 gegen {daily}/Tag.
"""),
    "fr": ("Peux-tu m'expliquer ce que dit ce contrat de location sur la franchise ?\n\n",
           """{rentco} – CONTRAT DE LOCATION n° {ra}
Agence : {station} · Tél. {sph}
Assistance 24h/24 : {hot}

CONDUCTEUR PRINCIPAL / LOCATAIRE
Nom : {name}
Date de naissance : {dob}     Permis n° : {lic} (délivré le {licd})
Adresse : {addr}
Portable : {ph}     E-mail : {em}
Conducteur additionnel : {name2}, né(e) le {dob2}

Véhicule : {car}, immatriculation {plate}, kilométrage {km}
Départ : {d1} 09h00 · Retour : {d2} 18h00
Caution de {dep} bloquée sur {brand} {card}, exp. {exp}
Location {price} réglée par carte {masked}
Franchise dommages {excess} ; rachat de franchise {daily}/jour.
"""),
    "it": ("Mi spieghi cosa dice questo contratto di noleggio sulla franchigia?\n\n",
           """{rentco} – CONTRATTO DI NOLEGGIO n. {ra}
Filiale: {station} · tel. {sph}
Soccorso stradale 24h: {hot}

CONDUCENTE PRINCIPALE / LOCATARIO
Nome: {name}
Data di nascita: {dob}     Patente n.: {lic} (rilasciata il {licd})
Indirizzo: {addr}
Cellulare: {ph}     E-mail: {em}
Secondo conducente: {name2}, nato/a il {dob2}

Veicolo: {car}, targa {plate}, km {km}
Ritiro: {d1} ore 09:00 · Riconsegna: {d2} ore 18:00
Deposito cauzionale {dep} bloccato su {brand} {card}, scad. {exp}
Noleggio {price} pagato con carta {masked}
Franchigia danni {excess}; riduzione a zero con {daily}/giorno.
"""),
    "en": ("Can you explain what this rental agreement says about the excess?\n\n",
           """{rentco} – RENTAL AGREEMENT No. {ra}
Branch: {station} · Tel. {sph}
24/7 roadside assistance: {hot}

MAIN DRIVER / RENTER
Name: {name}
Date of birth: {dob}     Licence no.: {lic} (issued {licd})
Address: {addr}
Mobile: {ph}     Email: {em}
Additional driver: {name2}, DOB {dob2}

Vehicle: {car}, reg. {plate}, odometer {km}
Pick-up: {d1} 09:00 · Return: {d2} 18:00
Deposit {dep} held on {brand} {card}, exp. {exp}
Rental {price} paid by card {masked}
Damage excess {excess}; reduced to nil for {daily}/day.
"""),
}
PLATES = {"DE": "M-TK {4}", "AT": "W-{5}B", "CH": "ZH {6}", "FR": "GH-{3}-KT", "BE": "1-ABC-{3}", "LU": "AB {4}",
          "IT": "FX {3} ZL", "GB": "AB{2} CDE", "IE": "241-D-{5}", "US": "7ABC{3}", "CA": "CBXR {3}", "AU": "1ABC {3}",
          "NZ": "KLM{3}"}


def t_rental(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    p, p2 = g.person(), g.person()
    ask, tpl = RENTAL[L]
    card = g.card()
    brand = {"4": "Visa", "3": "American Express", "6": "Discover"}.get(card[0], "Mastercard")
    name = rng.choice([p.form, p.formc, p.full])
    d.add(ask if rng.random() < 0.8 else "")
    fill(d, tpl, {
        "rentco": rng.choice(["CityDrive", "AutoLoc Express", "Nolo Rapido", "Drive&Go"]), "ra": f"RA-{g.D(8)}",
        "station": AD(g.addr(unit=False).one()), "sph": PH(g.phone(mobile=False)), "hot": g.hotline(), "name": P(name),
        "dob": DB(g.dob(1950, 2004)), "lic": rng.choice("ABDKMS") + g.D(7, False) + rng.choice("XYZ"),
        "licd": g.plain(rng.randint(1, 12), None, rng.randint(2005, 2024)), "addr": AD(g.addr().one()),
        "ph": PH(g.phone(mobile=True)), "em": EM(g.email(p)), "name2": P(p2.full), "dob2": DB(g.dob(1950, 2004)),
        "car": rng.choice(["VW Golf Variant", "Fiat 500", "Renault Clio", "Toyota RAV4", "Ford Transit Custom"]),
        "plate": re.sub(r"\{(\d)\}", lambda m: g.D(int(m.group(1))), PLATES[g.region]),
                  "km": f"{rng.randint(3000, 90000)}",
        "d1": g.plain(12, rng.randint(4, 10)), "d2": g.plain(12, rng.randint(12, 20)), "dep": g.money(500),
        "brand": brand, "card": CC(card), "exp": f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}",
        "price": g.money(rng.randint(9000, 60000) / 100), "masked": g.masked(), "excess": g.money(950),
        "daily": g.money(14.9)})
    return d


MOVE = {
    "de": ("Kannst du mir eine freundliche, aber bestimmte Antwort auf diese Mail schreiben? Den Zählerstand habe ich "
           "schon am Telefon durchgegeben.\n\n", """---------- Weitergeleitete Nachricht ---------
Von: Kundenservice {util} <service@{dom}>
Datum: {date2}, 10:14
Betreff: AW: Umzug – Vertragskonto {acct}
An: {name} <{em}>

{salut} {last},

vielen Dank für Ihre Nachricht. Wir können die Lieferstelle erst abmelden, wenn uns der Zählerstand vorliegt. Bitte \
senden Sie uns ein Foto des Zählers Nr. {meter}.

Mit freundlichen Grüßen
i. A. {agent}
Kundenservice {util} · Hotline {hot}

> Am {date1} um 21:03 schrieb {name} <{em}>:
> Guten Tag,
> ich ziehe zum 01.01.2027 von {old} nach
> {new1}
> {new2}
> um. Bitte buchen Sie die Abschläge künftig von meinem neuen Konto ab: {bank}, Kontoinhaber {holder}.
> Zur Identifikation: Geburtsdatum {dob}, Kundennummer {acct}.
> Sie erreichen mich unter {ph}.
> Viele Grüße
> {first}
"""),
    "fr": ("Peux-tu m'aider à répondre à ce mail, poliment mais fermement ? J'ai déjà donné l'index du compteur au "
           "téléphone.\n\n", """---------- Message transféré ---------
De : Service clients {util} <service@{dom}>
Date : {date2} à 10:14
Objet : RE: Déménagement – contrat {acct}
À : {name} <{em}>

{salut} {last},

Nous vous remercions de votre message. Nous ne pourrons résilier le point de livraison qu'à réception de l'index du \
compteur n° {meter}. Merci de nous envoyer une photo.

Cordialement,
{agent}
Service clients {util} – {hot}

> Le {date1} à 21:03, {name} <{em}> a écrit :
> Bonjour,
> je déménage le 1er janvier 2027 du {old} au
> {new1}
> {new2}
> Merci de prélever désormais les mensualités sur mon nouveau compte : {bank}, titulaire {holder}.
> Pour m'identifier : date de naissance {dob}, n° client {acct}.
> Vous pouvez me joindre au {ph}.
> Bien à vous,
> {first}
"""),
    "it": ("Mi aiuti a rispondere a questa mail in modo cortese ma deciso? La lettura del contatore l'ho già "
           "comunicata "
           "al telefono.\n\n", """---------- Messaggio inoltrato ---------
Da: Servizio Clienti {util} <servizioclienti@{dom}>
Data: {date2} alle ore 10:14
Oggetto: R: Trasloco – contratto {acct}
A: {name} <{em}>

{salut} {last},

la ringraziamo per il messaggio. Potremo chiudere la fornitura solo dopo aver ricevuto la lettura del contatore n. \
{meter}. Ci invii per favore una foto.

Cordiali saluti
{agent}
Servizio Clienti {util} – {hot}

> Il giorno {date1} alle ore 21:03 {name} <{em}> ha scritto:
> Buongiorno,
> dal 1° gennaio 2027 mi trasferisco da {old} a
> {new1}
> {new2}
> Vi prego di addebitare le prossime bollette sul nuovo conto: {bank}, intestatario {holder}.
> Per l'identificazione: data di nascita {dob}, codice cliente {acct}.
> Sono raggiungibile al {ph}.
> Cordiali saluti
> {first}
"""),
    "en": ("Can you help me write a polite but firm reply to this? I already gave them the meter reading on the "
           "phone.\n\n", """---------- Forwarded message ---------
From: {util} Customer Care <support@{dom}>
Date: {date2}, 10:14
Subject: RE: Moving house – account {acct}
To: {name} <{em}>

{salut} {last},

Thank you for your message. We can only close the supply point once we have the reading for meter no. {meter}. Please \
send us a photo of the meter.

Kind regards,
{agent}
{util} Customer Care – {hot}

> On {date1} at 21:03, {name} <{em}> wrote:
> Hello,
> I am moving on 1 January 2027 from {old} to
> {new1}
> {new2}
> Please take future payments from my new account: {bank}, account holder {holder}.
> For verification: date of birth {dob}, customer no. {acct}.
> You can reach me on {ph}.
> Thanks,
> {first}
"""),
}


def t_move(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    p, agent, partner = g.person(), g.person(), g.person()
    ask, tpl = MOVE[L]
    new, iban = g.addr(), g.iban()
    util = {"de": "Stadtwerke " + g.town(), "fr": "Énergies Lumina", "it": "EnergiaPiù", "en": "Brightwater Energy"}[L]
    salut = {"de": g.g(p, "Sehr geehrte Frau", "Sehr geehrter Herr"), "fr": g.g(p, "Madame", "Monsieur"),
             "it": g.g(p, "Gentile Sig.ra", "Gentile Sig."), "en": f"Dear {g.title(p)}"}[L]
    d.add(ask)
    fill(d, tpl, {
        "util": util, "dom": f"{fold(util.replace(' ', '-'))}.{TLD[g.region]}", "date1": g.plain(11, rng.randint(20,
                                                                                                                 28)),
        "date2": g.plain(12, rng.randint(1, 3)), "acct": g.D(10), "name": P(p.full), "em": EM(g.email(p)),
                  "salut": salut,
        "last": P(p.last), "meter": f"1ESY{g.D(10)}", "agent": P(rng.choice([agent.full, agent.first, agent.init])),
        "hot": g.hotline(), "old": AD(g.addr().one()), "new1": AD(new.l1), "new2": AD(new.l2),
        "bank": ["IBAN ", IB(iban)] if iban else g.bank_other(), "holder": P(rng.choice([p.full, partner.full])),
        "dob": DB(g.dob()), "ph": PH(g.phone()), "first": P(p.first)})
    return d


INVITE = {
    "de": ("Das ist ein eingescannter Text (OCR). Bitte korrigiere die Fehler und schreib daraus ein sauberes "
           "Einladungsschreiben:\n\n", """V E R P F L I C H T U N G S E R K L Ä R U N G
( §§ 66 , 68 AufenthG )            Blatt 1 / 2       Ausl.-Beh. {town}

1 . Angaben zur einladenden Person
Name , Vorname :   {host}
Geburtsdaturn :   {hdob}        Geburtsort :  {town2}
Anschrift :   {a1}
              {a2}
Te1efon / E-Mail :   {hph}  /  {hem}

2 . Angaben zur eingeladenen Person
Name , Vorname :   {guest}
Geb.-Datum :  {gdob}      Reisepass-Nr . :  {pass}
Verwandtschaftsverhältnis :  {rel}
Aufenthalt vom {d1} bis {d2}  ( 21 Tage )

Ich verpflichte mich , die Kosten für den Lebensunterhalt zu tragen .
{town} , den {d0}            Unterschrift :  ___________
Sachbearbeitung :  {off} , Zi . 2.14 , Durchwahl 214
"""),
    "fr": ("Voici un texte scanné (OCR). Corrige les erreurs et rédige une lettre d'invitation propre :\n\n",
           """A T T E S T A T I O N   D ' A C C U E I L
Cerfa n° 10798*03                  Mairie de {town}

Je soussigné(e) :
Nom , prénom :   {host}
Né(e) le :   {hdob}      à :  {town2}
Adresse :   {a1}
            {a2}
Tél . / courrie1 :   {hph}  /  {hem}

déclare pouvoir accueillir :
Nom , prénom :   {guest}
Date de naissance :  {gdob}      N° de passeport :  {pass}
Lien de parenté :  {rel}
du {d1} au {d2}  ( 21 jours )

Fait à {town} , le {d0}          Signature :  ___________
Dossier suivi par :  {off} , bureau 2.14 , poste 214
"""),
    "it": ("Questo è un testo scansionato (OCR). Correggi gli errori e scrivimi una lettera d'invito pulita:\n\n",
           """D I C H I A R A Z I O N E   D I   O S P I T A L I T À
( art . 7 D.Lgs. 286/1998 )          Comune di {town}

Il/La sottoscritto/a
Cognome e nome :   {host}
Nato/a il :   {hdob}      a :  {town2}
Residente in :   {a1}
                 {a2}
Te1 . / e-mail :   {hph}  /  {hem}

dichiara di ospitare
Cognome e nome :   {guest}
Data di nascita :  {gdob}      Passaporto n . :  {pass}
Grado di parentela :  {rel}
dal {d1} al {d2}  ( 21 giorni )

{town} , lì {d0}           Firma :  ___________
Pratica seguita da :  {off} , stanza 2.14 , interno 214
"""),
    "en": ("This is a scanned letter (OCR). Please fix the errors and tidy it up for the visa application:\n\n",
           """L E T T E R   O F   I N V I T A T I O N

To the Visa Section ,

I , {host} , of {a1}
{a2} , born on {hdob} , hereby invite my {rel} {guest} ( passport no . {pass} ) , born {gdob} , to stay with me from \
{d1} to {d2} .
I wi11 cover accommodation and living costs during the visit . I can be contacted on {hph} or at {hem} .

Yours faithfu1ly ,
{sig}
{d0}
"""),
}
RELATIONS = {"de": "Nichte|Cousine|Freundin;Neffe|Cousin|Schwager", "fr": "nièce|cousine|amie;neveu|cousin|beau-frère",
             "it": "nipote|cugina|amica;nipote|cugino|cognato",
             "en": "niece|cousin|friend;nephew|cousin|brother-in-law"}


def ocr_break(s: str, rng: random.Random) -> str:
    """Wraps a value at one of its inner spaces, as a scan does (the span keeps the line break)."""
    spaces = [i for i, c in enumerate(s) if c == " " and 2 < i < len(s) - 2]
    if not spaces or rng.random() < 0.6:
        return s
    i = rng.choice(spaces)
    return s[:i] + "\n" + s[i + 1:]


def t_invite(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    h, guest, off = g.person(pool="local"), g.person(pool="world"), g.person()
    a = g.addr()
    ask, tpl = INVITE[L]
    spaced = g.fmt(g.date(1950, 1995), "num").replace(".", " . ").replace("/", " / ").replace("-", " - ")
    host = f"{h.last.upper()} , {h.first}" if L != "en" else h.full
    d.add(ask)
    fill(d, tpl, {
        "town": g.town(), "town2": g.town(), "host": P(ocr_break(host, rng)), "hdob": DB(spaced),
        "a1": AD(ocr_break(a.l1, rng)), "a2": AD(a.l2), "hph": PH(g.phone()), "hem": EM(g.email(h)),
        "guest": P(f"{guest.last.upper()} , {guest.first}" if L != "en" else guest.full), "gdob": DB(g.dob(1960, 2006)),
        "pass": rng.choice("CPKNEU") + g.D(rng.choice([7, 8]), False),
                  "rel": rng.choice(RELATIONS[L].split(";")[0 if guest.female else 1].split("|")),
        "d1": g.plain(12, rng.randint(15, 22)), "d2": g.plain(1, rng.randint(5, 12), 2027), "d0": g.plain(11),
        "off": P(off.full), "sig": P(h.full)})
    return d


WEB_NOTE = {
    "de": ("Unser Webhook-Handler wirft bei diesem Payload einen Fehler. Woran liegt das?\n\n",
           "Bitte bei {nt} {nb} (2. OG) abgeben. Ist ein Geschenk für {gift}, Geburtstag am {bday}!"),
    "fr": ("Notre gestionnaire de webhooks plante sur ce payload. Tu vois pourquoi ?\n\n",
           "Si absent, laisser chez {nt} {nb} (2e étage). C'est un cadeau pour {gift}, anniversaire le {bday} !"),
    "it": ("Il nostro handler del webhook va in errore con questo payload. Capisci perché?\n\n",
           "Se assente lasciare {nt} {nb} (2° piano). È un regalo per {gift}, compleanno il {bday}!"),
    "en": ("Our webhook handler throws on this payload. Any idea why?\n\n",
           "If out, leave with {nt} {nb} next door. It's a gift for {gift} - birthday on {bday}!"),
}
JSON_TPL = """{
  "id": "evt_{eid}",
  "type": "order.created",
  "api_version": "2025-10-01",
  "created_at": "2026-12-03T14:22:09Z",
  "data": {
    "order_number": "{ono}",
    "currency": "{cur}",
    "total": {tot},
    "customer": {
      "id": {cid},
      "first_name": "{first}",
      "last_name": "{last}",
      "email": "{em}",
      "phone": "{ph}",
      "date_of_birth": "{dob}",
      "locale": "{loc}"
    },
    "billing_address": {
      "name": "{name}",
      "line1": "{a1}",
      "line2": "{a2}",
      "country": "{cc}"
    },
    "shipping_address": {
      "name": "{sname}",
      "address": "{sa}",
      "phone": "{sph}"
    },
    "payment": {
      "method": "card",
      "card_number": "{card}",
      "exp": "{exp}",
      "last4": "{l4}"
    },
    "note": "{note}",
    "client_ip": "203.0.113.{ip}",
    "support_email": "noreply@{dom}"
  }
}
"""
YAML_TPL = """# tests/fixtures/order_{ono}.yaml
order:
  number: {ono}
  created: 2026-12-03 14:22
  total: {tot} {cur}
  customer:
    first_name: {first}
    last_name: {last}
    email: {em}
    phone: "{ph}"
    birthdate: {dob}
  billing:
    street: {a1}
    zip_city: {a2}
    country: {cc}
  shipping:
    name: {sname}
    address: "{sa}"
  payment:
{pay}
  note: "{note}"
"""


def t_webhook(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    p, s, nb = g.person(), g.person(), g.person()
    a, sa, iban, card = g.addr(), g.addr(), g.iban(), g.card(grouped=False)
    ask, note = WEB_NOTE[L]
    bday = dt.date(2026, 12, rng.randint(5, 28))
    nt = {"de": g.g(nb, "Frau", "Herrn"), "it": g.g(nb, "alla sig.ra", "al sig.")}.get(L, g.title(nb))
    note_items = fill_items(note, {"nt": nt, "nb": P(nb.last), "gift": P(s.first),
                    "bday": {"de": f"{bday.day}.{bday.month}.", "fr": f"{bday.day} décembre",
                             "it": f"{bday.day} dicembre",
                             "en": f"{bday.day} December" if g.region != "US" else f"December {bday.day}"}[L]})
    yaml = rng.random() < 0.4
    pay: list[Item] = ["    method: sepa_debit\n    iban: ", IB(iban)] if iban and rng.random() < 0.6 else \
        ["    method: card\n    number: ", CC(card), f"\n    exp: {rng.randint(1, 12):02d}/{rng.randint(27, 31)}"]
    v: dict[str, Item | list[Item]] = {
        "eid": "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)), "ono": f"{g.D(6)}",
        "cur": {"CH": "CHF", "GB": "GBP", "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD"}.get(g.region, "EUR"),
        "tot": f"{rng.randint(1500, 40000) / 100:.2f}", "cid": g.D(6), "first": P(p.first), "last": P(p.last),
        "em": EM(g.email(p)), "ph": PH(g.phone(intl=rng.random() < 0.6)), "loc": f"{L}-{g.region}",
        "dob": DB(g.dob(1950, 2006, ("iso",) if not yaml or rng.random() < 0.7 else ("num",))), "name": P(p.full),
        "a1": AD(a.l1), "a2": AD(a.l2), "cc": g.region, "sname": P(s.full), "sa": AD(sa.one()),
        "sph": PH(g.phone(mobile=True)), "card": CC(card), "exp": f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}",
        "l4": card[-4:], "note": note_items,
        "ip": str(rng.randint(2, 250)), "dom": g.company()[1], "pay": pay}
    first_ask = rng.random() < 0.7
    if first_ask:
        d.add(ask)
    fill(d, YAML_TPL if yaml else JSON_TPL, v)
    err = rng.choice([f"ValidationError: customer.phone is not a valid E.164 number (order {v['ono']})",
                      "KeyError: 'shipping_address.line1'",
                      "TypeError: Object of type Decimal is not JSON serializable"])
    d.add(f"\n{err}\n" if first_ask else f"\n{err}\n\n{ask.strip()}\n")
    return d


CV = {
    "de": ("Kannst du meinen Lebenslauf für eine Bewerbung als Einkaufsleiterin/Einkaufsleiter überarbeiten? Modern, "
           "eine Seite.\n\n", """LEBENSLAUF

{name}
{addr}
{ph} | {em}
Geboren am {dob} in {town} · verheiratet, zwei Kinder

BERUFSERFAHRUNG
03/2021 – heute     Teamleitung Einkauf, {comp1}, {town}
                    • Führung von 12 Mitarbeitenden, Einkaufsvolumen 40 Mio. €
09/2016 – 02/2021   Sachbearbeitung Einkauf, {comp2}
AUSBILDUNG
2013 – 2016         B.A. Betriebswirtschaft, Hochschule {town2}
SPRACHEN            Deutsch (Muttersprache), Englisch (C1), Französisch (B1)

REFERENZEN
{r1}, Bereichsleitung, {comp1} – {r1ph}
{r2}, ehem. Vorgesetzte/r – {r2em}
"""),
    "fr": ("Peux-tu améliorer mon CV pour un poste de responsable achats ? Une page, style moderne.\n\n", """{name}
{addr}
{ph} – {em}
{born} le {dob} ({age} ans) – permis B

EXPÉRIENCE PROFESSIONNELLE
Depuis mars 2021    Responsable d'équipe achats – {comp1}, {town}
2016 – 2021         Acheteur/Acheteuse – {comp2}
FORMATION
2016                Master Achats, Université de {town2}
LANGUES             français (langue maternelle), anglais (C1), allemand (B1)

RÉFÉRENCES
{r1}, directeur/directrice des achats, {comp1} – {r1ph}
{r2} – {r2em}
"""),
    "it": ("Mi sistemi il curriculum per una candidatura come responsabile acquisti? Una pagina, stile moderno.\n\n",
           """CURRICULUM VITAE

INFORMAZIONI PERSONALI
Nome e cognome    {name}
Indirizzo         {addr}
Telefono          {ph}
E-mail            {em}
Data di nascita   {dob}
Luogo di nascita  {town}

ESPERIENZA PROFESSIONALE
03/2021 – oggi      Responsabile team acquisti, {comp1} ({town})
09/2016 – 02/2021   Buyer, {comp2}
ISTRUZIONE
2016                Laurea magistrale in Economia, Università di {town2}

REFERENZE
{r1} – {r1ph}
{r2} – {r2em}

Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento UE 2016/679.
"""),
    "en": ("Can you improve my CV for a head of procurement role? One page, modern.\n\n", """{name}
{addr}
{ph} • {em}
{dobline}
PROFILE
Procurement specialist with ten years' experience in supplier management.

EXPERIENCE
Mar 2021 – present    Procurement Team Lead, {comp1}, {town}
Sep 2016 – Feb 2021   Buyer, {comp2}
EDUCATION
2016                  MSc Supply Chain Management, University of {town2}

REFERENCES
{r1}, Head of Procurement, {comp1} – {r1ph}
{r2} – {r2em}
"""),
}


def t_cv(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    p, r1, r2 = g.person(), g.person(), g.person()
    a, born = g.addr(), g.date(1975, 2000)
    ask, tpl = CV[L]
    addr = a.one() if L != "de" else f"{a.l1} · {a.l2}"
    dobline: list[Item] = ["Date of birth: ", DB(g.fmt(born, rng.choice(["long", "num", "abbr"]))), "\n"] \
        if g.region not in ("US", "CA") and rng.random() < 0.6 else [""]
    d.add(ask)
    fill(d, tpl, {
        "name": P(rng.choice([p.full, f"{p.first} {p.last.upper()}"])), "addr": AD(addr),
                  "ph": PH(g.phone(mobile=True)),
        "em": EM(g.email(p)), "dob": DB(g.fmt(born, rng.choice(["num", "long", "long"]))), "town": g.town(),
        "town2": g.town(), "comp1": g.company()[0], "comp2": g.company()[0], "r1": P(r1.full),
        "r1ph": PH(g.phone(mobile=False)), "r2": P(r2.full), "r2em": EM(g.email(r2)), "born": g.g(p, "Née", "Né"),
        "age": str(2026 - born.year - (born.month == 12)), "dobline": dobline})
    return d


CIVIL = {
    "de": ("Bitte übersetze diese Urkunde ins Englische (für die Anerkennung im Ausland):\n\n",
           """Standesamt {town}                                 Nr. G {reg}/{yr}

G E B U R T S U R K U N D E

Familienname          {last}
Vornamen              {first}
Geschlecht            {sex}
Tag der Geburt        {dob}
Ort der Geburt        {town2}

Mutter                {mother}, geb. {maiden}
Vater                 {father}
Wohnsitz der Eltern   {paddr}

Hinweise: Ehe geschlossen am {mdate} vor dem Standesamt {town}; Ehename {ehename}.

{town}, {issue}
Die Standesbeamtin / Der Standesbeamte
{off}
"""),
    "fr": ("Peux-tu traduire cet extrait d'acte en anglais pour un dossier de visa ?\n\n",
           """EXTRAIT D'ACTE DE NAISSANCE
Mairie de {town} – Acte n° {reg}

Le {dobw}, à huit heures quinze, est {nee} à {town2}, {child}, de sexe {sex}, {fille} de {father}, ingénieur, né le \
{fdob} à {town3}, et de {mother}, professeure, née le {mdob}, domiciliés {paddr}.

Mentions marginales : {mariee} le {mdate} à {town} avec {spouse}.

Extrait délivré le {issue} par l'officier de l'état civil, {off}.
"""),
    "it": ("Mi traduci in inglese questo estratto di nascita?\n\n", """COMUNE DI {TOWN}
UFFICIO DELLO STATO CIVILE
ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA
Anno {yr} – Parte I – Serie A – Numero {reg}

Cognome: {last}
Nome: {first}
Sesso: {sex}
Data di nascita: {dob}
Luogo di nascita: {town2}
Paternità: {father}
Maternità: {mother}

Annotazioni: con atto del {mdate} ha contratto matrimonio in {town} con {spouse}.

{town}, lì {issue}
L'Ufficiale dello Stato Civile
{off}
"""),
    "en": ("Can you translate this birth certificate into German for my residence permit?\n\n",
           """CERTIFIED COPY OF AN ENTRY OF BIRTH          Registration district: {town}          Entry No. {reg}

1. Date and place of birth: {dobw}, St Mary's Hospital, {town2}
2. Name and surname: {child}
3. Sex: {sex}
4. Name and surname of father: {father}
5. Place of birth of father: {town3}
6. Name and surname of mother: {mother}
7. Maiden surname of mother: {maiden}
8. Usual address: {paddr}
9. Informant: {fshort}, father
10. Registrar: {off}

Certified to be a true copy of an entry in a register in my custody. {issue}
"""),
}


def t_civil(g: Gen) -> Doc:
    d, rng, L = Doc(), g.rng, g.lang
    fem = rng.random() < 0.5
    c, fa, mo = g.person(female=fem, pool="local"), g.person(female=False, pool="local"), g.person(female=True)
    sp, off, maiden = g.person(female=not fem), g.person(), mo.last
    born = g.date(1960, 2000)
    surname = fa.last
    ask, tpl = CIVIL[L]
    d.add(ask)
    mdate = dt.date(rng.randint(max(born.year + 20, 1990), 2025), rng.randint(1, 12), rng.randint(1, 28))
    sex = {"de": ("weiblich", "männlich"), "fr": ("féminin", "masculin"), "it": ("F", "M"), "en": ("Girl", "Boy")}[L]
    town = g.town()
    fill(d, tpl, {
        "town": town, "TOWN": town.upper(), "town2": g.town(), "town3": g.town(), "reg": str(rng.randint(12, 2400)),
        "yr": str(born.year), "last": P(surname.upper() if L == "it" else surname), "first": P(c.first),
        "sex": sex[0 if fem else 1], "dob": DB(g.fmt(born, rng.choice(["long", "num"]))),
        "dobw": DB(g.fmt(born, "words" if L in ("fr", "en") else "long")),
        "mother": P(f"{mo.first} {surname}" if L in ("de", "en") else f"{mo.first} {maiden.upper()}" if L == "fr" else
                    f"{mo.first} {maiden}"),
        "maiden": P(maiden.upper() if L == "en" else maiden), "father": P(f"{fa.first} {surname.upper()}" if L == "fr"
                                                                         else f"{fa.first} {surname}"),
        "fshort": P(f"{fa.first[0]}. {surname}"), "paddr": AD(g.addr().one()), "mdate": g.plain(mdate.month, mdate.day,
                                                                                                mdate.year),
        "ehename": P(sp.last), "issue": g.plain(11, rng.randint(10, 30)), "off": P(off.full),
        "nee": g.g(c, "née", "né"), "fille": g.g(c, "fille", "fils"), "mariee": g.g(c, "Mariée", "Marié"),
        "child": P(f"{c.first} {surname.upper()}" if L != "en" else f"{c.first} {surname}"),
        "fdob": DB(g.dob(1930, born.year - 18, ("long", "num"))), "mdob": DB(g.dob(1930, born.year - 18, ("long",
                                                                                                          "num"))),
        "spouse": P(sp.full)})
    return d


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------

TEMPLATES: dict[str, Callable[[Gen], Doc]] = {
    "vet": t_vet, "chat": t_chat, "obituary": t_obit, "reference": t_reference, "minutes": t_minutes,
    "camp": t_camp, "rental": t_rental, "move": t_move, "invitation": t_invite, "webhook": t_webhook, "cv": t_cv,
    "civil": t_civil,
}
ROLE_MAILBOXES = ("info@", "support@", "noreply@", "service@", "servizioclienti@", "contact@", "kontakt@", "camp@")


def validate(text: str, ents: list[dict[str, object]]) -> None:
    end = 0
    for e in sorted(ents, key=lambda e: int(str(e["start"]))):
        s, t, typ, val = int(str(e["start"])), int(str(e["end"])), str(e["type"]), str(e["text"])
        assert text[s:t] == val and val.strip() == val and val, e
        assert s >= end, f"overlap at {e}"
        end = t
        if typ == "IBAN":
            assert iban_valid(val), val
        elif typ == "CARD":
            assert luhn_valid(val) and len(re.sub(r"\D", "", val)) in (15, 16), val
        elif typ == "EMAIL":
            assert "@" in val and not val.startswith(ROLE_MAILBOXES), val
        elif typ == "PERSON":
            assert latin(val.replace(",", "").replace("\n", "")), val


def build() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for lang in LANGS:
        regions, weights = REGIONS[lang]
        for name, fn in TEMPLATES.items():
            for i in range(DOCS_PER_TEMPLATE):
                rng = random.Random(f"holdout5|{lang}|{name}|{i}")
                region = rng.choices(regions, weights)[0]
                doc = fn(Gen(lang, region, rng))
                text = doc.text()
                validate(text, doc.ents)
                records.append({"id": f"holdout5-{lang}-{name}-{i:02d}", "locale": f"{lang}_{region}", "lang": lang,
                                "text": text, "entities": doc.ents})
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    args = ap.parse_args()
    records = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts: Counter[tuple[str, str]] = Counter()
    for rec in records:
        for e in rec["entities"]:  # type: ignore[attr-defined]
            counts[(str(rec["lang"]), str(e["type"]))] += 1
    types = sorted({t for _, t in counts})
    print(f"{len(records)} documents -> {args.out}")
    print("lang  " + " ".join(f"{t:>8}" for t in types) + "   total")
    for lang in LANGS:
        row = [counts[(lang, t)] for t in types]
        print(f"{lang:5} " + " ".join(f"{n:>8}" for n in row) + f"   {sum(row):5}")
    tot = [sum(counts[(lang, t)] for lang in LANGS) for t in types]
    print("all   " + " ".join(f"{n:>8}" for n in tot) + f"   {sum(tot):5}")


if __name__ == "__main__":
    main()
