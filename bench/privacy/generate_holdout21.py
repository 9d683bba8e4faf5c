"""Twenty-first blind evaluation set ("holdout21") for the anonymizer.

Blind set 21, written by a helper session that read only the module docstrings of generate_holdout18.py,
generate_holdout19.py and generate_holdout20.py and the module docstring of evaluate.py with the source of its function
evaluate_synthetic (all extracted with ``ast``: record format, type names, matching rules, the genres of all earlier
sets). Besides that it saw only the file names in bench/privacy/ and bench/privacy/data/, the line-length setting of
[tool.ruff] in pyproject.toml (one grep) and, from the venv's Faker package, its list of locales and a few sample names
(to see which locales fall back to en_US). It did not read the detectors (src/), the tests, the docs, README files, the
bodies of the other generators or templates, any other data set text, or the git history, and ran no git command besides
the commit of its two files. tarnkappe is never imported; the set was never run through the anonymizer or evaluate.py
while it was written. The written file was checked only by the generator's own assertions and by reading its own output,
including ``--scan``: unlabelled e-mail addresses (only role mailboxes such as info@ and recall@), unlabelled phone-like
digit runs (only dates, model/year table cells, microchip / licence / national-insurance numbers and hotlines) and
unlabelled repeats of the words of labelled names (only the Italian word "delle" of the request in a document with a
donor surnamed Delle).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout21.jsonl: 4 languages (de, fr, it, en) x 12 genres x 10 documents = 480
documents with 7,366 labelled values (PERSON 3,442, PHONE 1,325, ADDRESS 860, EMAIL 843, DOB 488, IBAN 169, IP 131,
AHV 59, CARD 49; de 1,829, fr 1,865, it 1,826, en 1,846).  Per type and language (de / fr / it / en):
  PERSON 856 / 860 / 855 / 871; PHONE 330 / 338 / 325 / 332; ADDRESS 211 / 221 / 211 / 217;
  EMAIL 203 / 210 / 203 / 227; DOB 116 / 123 / 127 / 122; IBAN 49 / 44 / 48 / 28; IP 31 / 34 / 30 / 36;
  AHV 20 / 22 / 17 / 0; CARD 13 / 13 / 10 / 13.
Regions (``locale`` is ``lang_REGION``): de -> DE/AT/CH (4/3/3 per cell), fr -> FR/CH/BE/CA (4/3/2/1), it -> IT/CH
(6/4), en -> GB/US/IE/AU/NZ/CA (3/2/2/1/1/1); the regions of a (language, genre) cell are shuffled with the seed
``"holdout21|<lang>|<genre>|regions"`` and the template variant is ``i % 4``, so region and variant are not correlated.
Deterministic for a given Faker version (written with the project venv's Faker 40.54.0 and Python 3.11; only Faker and
the standard library; the output does not depend on PYTHONHASHSEED): ``random.Random`` is seeded with
``"holdout21|<lang>|<genre>|<i>"`` and every Faker locale is re-seeded per document on its first use in the document
(from that seed and the locale name).  Faker supplies person names only; streets, towns, postcodes, phone numbers,
e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid RIB key, Belgian ones with the national
check, Italian ones with a valid CIN), card numbers (Luhn), AHV numbers (756, EAN-13 check digit) and IP addresses come
from lists and code written here.  Each record has ``id`` (``holdout21-<lang>-<genre>-<NN>``), ``locale``, ``lang``,
``text`` and ``entities`` (``type``, ``start``, ``end``, ``text``); ``text[start:end] == text`` is asserted for every
entity, entities are sorted, do not overlap, carry no surrounding white space, and a name is never split into two
PERSON spans separated by a single space.  Labelled values are marked while a text is built and resolved into offsets
at the very end, so lower-case chat typing, fixed-width padding, CSV quoting and JSON strings keep the labels exact.

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it),
chosen to differ from every genre named in the docstrings read (holdout3..holdout20; those of holdout and holdout2 are
not listed there, so an overlap with them cannot be ruled out):
 1. astrology - astrologers and birth charts: synastry requests with birth times and places (quoted reply with the
    astrologer's signature), web-shop order JSON (birth data, card or PayPal, client IP), client files with a family
    table (Markdown) and notes, friends' chats collecting birthdays for numerology;
 2. philately - stamp collectors' societies: exchange-packet routing lists (fixed width / Markdown / pipe), member
    lists (CSV/SSV/TSV with direct-debit IBANs), a widow's mail selling her late husband's collection with the dealer's
    quoted reply, junior membership applications for siblings;
 3. classiccar - classic car clubs and rallies: rally entry forms (driver and co-driver with dates of birth, licence
    numbers, entry fee by card or IBAN), start lists with marshals, club vehicle registers (CSV), club chats with a
    parts seller who writes from an unsaved number;
 4. tyrestorage - tyre hotels at garages: storage registers (rack, plate, customer, tread), SMS reminder logs,
    a workshop manager's reply quoting a customer's complaint, pick-up authorisations with an invoice paid by card;
 5. museum - local museums: loan agreements, collections-database exports of gifts (CSV), heirs' donation offers with
    the grandparents' dates of birth, oral-history interviewee lists with a transcript excerpt;
 6. recall - product recalls: case exports (refund IBAN / card, form IP), parents' mails about a recalled baby product
    with an auto-reply, refund forms with submission IP, support chats with identity checks;
 7. volunteering - voluntary / civilian service placements (FSJ, Zivildienst, service civique, servizio civile,
    AmeriCorps / gap year): placement agreements (Swiss ones with AHV numbers), allowance payment runs, a 17-year-old's
    application with the coordinator's quoted reply, seminar group lists (Swiss ones with AHV numbers for the EO form)
    with a group chat;
 8. refugeehosting - private hosting of refugees: host-offer form exports (JSON with IP), guest family registrations
    (Swiss status S with AHV numbers, elsewhere passport numbers), matching lists, volunteer coordination chats;
 9. carnival - carnival guilds, Guggenmusik, krewes and parade groups: member lists (CSV with dates of birth, IBAN),
    float registrations (tractor driver's date of birth, owner, emergency contact), costume orders with the
    treasurer's payment call, group chats;
10. breeder - dog and cat breeders: puppy sale contracts (deposit IBAN or e-Transfer), waiting lists, families'
    enquiries with the breeder's quoted reply, litter registrations with the new owners' addresses;
11. amateurtheatre - amateur theatre groups: cast and crew lists, box-office reservation exports (one card taken by
    phone), programme bios, the director's rehearsal mail with the director's fee sheet (Swiss ones with AHV);
12. podcast - podcasts and local radio: guest booking threads, guest release forms (fee IBAN, AHV in Switzerland),
    listener contact-form exports with IPs, live call-in logs.
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, letterheads and signatures,
Markdown, fixed-width, pipe-, comma-, semicolon- and tab-separated tables, JSON, mail headers and quoted replies, chats
with four layouts (senders shown as names, first names or phone numbers), lower-case typing, in each country's
conventions (German "str.", "Whg.", "Hinterhaus", "D-"; Austrian "/Stiege/Tür" and "/Top", "Jänner", "A-"; Swiss
"strasse", "CH-", "Natel"; French "bis"/"ter", "Bât.", "Résidence", upper-case towns; Belgian "bte"/"boîte", "B-",
"GSM"; Québec "app." / "bureau" and "(Québec)" with one or two spaces before the postal code; Italian "n.", "int.",
"scala", "piano", "/B" and provinces with and without parentheses; British flats and house names; Irish Eircodes,
counties and Irish-language street names; US "Apt", "#", "Unit", ZIP+4; Australian "Unit" and "12/45"; NZ suburbs;
Canadian "1203-455" unit numbers), abbreviated street types and occasional typos in street names. Phone numbers national
and international with "(0)", "00", slashes, dots, hyphens, parentheses, compact E.164 and DIN-style extensions, plus
Ukrainian, Turkish, Polish and Portuguese mobiles. Dates of birth numeric (with and without leading zeros), two-digit
years, ISO, US month-first, dashes, month names and abbreviations in four languages ("1er", "1°", "Jänner", English
ordinals and "of"). Names from the Faker locales of the region (de_DE, de_AT, de_CH with de_LI surnames, fr_FR, fr_CH,
fr_BE, nl_BE, fr_CA, it_IT - also for Ticino -, en_GB, en_US, en_IE, ga_IE, en_NZ, en_AU, en_CA) and lists of region-own
names written here (Frisian/Sorbian, Austro-Czech and Carinthian Slovene, Romansh and Swiss particles, Vaud/Neuchâtel
particles, Breton, Basque, Corsican, Walloon/Flemish, Québécois, Sardinian, Friulian, South Tyrolean, Italian particles,
Ticinese, Welsh, Scottish, British Asian, African-American, Hispanic and Navajo, Irish-language with gendered forms,
Māori); community names from the Faker locales tr_TR, pl_PL, pt_PT, pt_BR, es_ES, es_MX, es_CO, es_AR, nl_NL, hr_HR,
sl_SI, cs_CZ, sk_SK, ro_RO, hu_HU, lv_LV, et_EE, vi_VN, id_ID, az_AZ, en_IN, en_NG, en_KE, ha_NG, ig_NG, yo_NG, tw_GH,
zu_ZA, uz_UZ, fr_DZ, sv_SE, da_DK, no_NO, fi_FI, is_IS, sw and from lists written here (Albanian, Maghrebi, Tamil, Horn
of Africa, Persian/Afghan, Kurdish, Chinese, Korean, Japanese, Ukrainian, Russian and Greek with gendered surnames,
Filipino, Bosnian/Serbian, South Asian, West African); drawn about 56 % region-own, 30 % community, 14 % other locales
of the language area; about 10 % of the non-community names get a first name or surname that is an ordinary word of the
language (Fuchs, Vogel, Petit, Leone, Porta, Baker, Hope, Grace, Peace ...; words the templates use as words - car
makes, months, tyre seasons, pet and brand names - are never given as names), about 7 % a double surname; relatives
share the surname (Russian, Greek and Ukrainian ones in the gendered form; in Faker locales with gendered surnames a
relative of the other sex gets a surname of its own). Written as "First Last", "Last, First", "LAST First", "LAST,
First", "Last First", "F. Last", "First L.", "FIRST LAST" (card holders), separate first-name and surname fields, first
names or surnames alone (chat senders, mentions, salutations, transcripts), in lower case in chats, with possessives.
Unlabelled distractors: order, case, ticket, invoice, member, inventory, policy and reference numbers, serial and
chassis numbers, microchip numbers, driving-licence and passport numbers, German pension, Austrian, French and Belgian
social-security and British National Insurance numbers, Italian codici fiscali, number plates, masked card numbers and
expiry dates, prices, tyre sizes, plain dates and times (appointments, performances, whelping dates, loan periods),
birth times and birth places, towns and postcodes alone, role mailboxes, hotlines and free-phone numbers, companies,
clubs, museums, shows, kennels and animals' names.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; the names the brief gave):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside
  the span; titles and salutations (Frau, Herr, Mme, M., Sig.ra, Sig., Ms, Mr, Mlle, Miss) outside; a first name or
  a surname alone is a PERSON (chat senders, greetings, notes, "la famiglia Oliinyk" with the family word outside;
  possessive "s" / "'s" outside); deceased relatives and grandparents are labelled like the living; companies, clubs,
  museums, shows, kennels and pets are not labelled.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role
  mailboxes (info@, recall@) are not labelled.
* PHONE: every phone and mobile number of a person or of an office, shop or firm (letterheads, signatures, business
  landlines are labelled too), national or international; a chat sender shown as a number is PHONE; hotlines and
  free-phone numbers are not labelled.
* ADDRESS: a one-line address (street with number and postcode with town) is one span, the country outside; a
  two-line block is two spans (street line; postcode + town line); a street with its number alone is ADDRESS (chat
  messages, CSV / JSON street fields) and so is a combined "postcode town" field; separate postcode and town fields and
  towns alone are not labelled; business addresses (garages, museums, host organisations) are labelled.
* DOB: a full date of birth (day, month, year) of an adult, a child or a deceased person, cue words ("geb.",
  "né(e) le", "nato/a il", "DOB", "born") outside; birth times, whelping dates and other dates are not labelled.
* IBAN: every IBAN, compact or grouped.  CARD: full Luhn-valid card numbers; masked numbers and expiry dates are not.
* AHV: Swiss social security numbers (756, dotted or compact), wherever they appear; other national numbers are not.
* IP: the public IPv4 / IPv6 address of a person's connection (web-shop orders, form submissions, contact forms).

Usage (repo root): python bench/privacy/generate_holdout21.py [--out PATH] [--scan]
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import faker
from faker import Faker

SEED = "holdout21"
OUT = Path(__file__).resolve().parent / "data" / "synthetic_holdout21.jsonl"
LANGS = ["de", "fr", "it", "en"]
N_DOCS = 10
GENRES = [
    "astrology", "philately", "classiccar", "tyrestorage", "museum", "recall",
    "volunteering", "refugeehosting", "carnival", "breeder", "amateurtheatre", "podcast",
]
REGION_PLAN = {
    "de": ["DE"] * 4 + ["AT"] * 3 + ["CH"] * 3,
    "fr": ["FR"] * 4 + ["CH"] * 3 + ["BE"] * 2 + ["CA"],
    "it": ["IT"] * 6 + ["CH"] * 4,
    "en": ["GB"] * 3 + ["US"] * 2 + ["IE"] * 2 + ["AU", "NZ", "CA"],
}
TYPES = ["PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "AHV", "CARD", "IP"]
CODE = {t: str(i) for i, t in enumerate(TYPES)}
TYPE_OF = {v: k for k, v in CODE.items()}
MARK = re.compile(r"\x01\d|\x02")


def m(t: str, v: str) -> str:
    """Mark a labelled value; resolved into offsets at the very end."""
    assert v and v == v.strip() and "\x01" not in v and "\x02" not in v, (t, v)
    return f"\x01{CODE[t]}{v}\x02"


def vis(s: str) -> str:
    return MARK.sub("", s)


def vlen(s: str) -> int:
    return len(vis(s))


def pad(s: str, n: int) -> str:
    return s + " " * max(0, n - vlen(s))


def resolve(s: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    i = 0
    while True:
        j = s.find("\x01", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        pos += j - i
        k = s.find("\x02", j)
        assert k > j, s[j:j + 60]
        val = s[j + 2:k]
        assert "\x01" not in val, val
        ents.append({"type": TYPE_OF[s[j + 1]], "start": pos, "end": pos + len(val)})
        out.append(val)
        pos += len(val)
        i = k + 1
    text = "".join(out)
    assert "\x01" not in text and "\x02" not in text
    for e in ents:
        e["text"] = text[e["start"]:e["end"]]
        assert e["text"] == e["text"].strip() and e["text"], e
    ents.sort(key=lambda e: (e["start"], e["end"]))
    for a, b in zip(ents, ents[1:], strict=False):
        assert a["end"] <= b["start"], (a, b)
        if a["type"] == b["type"] == "PERSON":
            assert text[a["end"]:b["start"]] not in ("", " "), (a, b, text[a["start"]:b["end"]])
    return text, ents


# ----------------------------------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------------------------------
NAME_LISTS: dict[str, dict[str, list[str]]] = {
    "DE": {"f": ["Wiebke", "Imke", "Fenna", "Hauke", "Swantje", "Tomke", "Maren", "Frauke"],
           "m": ["Tjark", "Okke", "Sönke", "Momme", "Hauke", "Jens", "Broder", "Knut"],
           "l": ["Ketelsen", "Boysen", "Jessen", "Carstensen", "Paulsen", "Domaschke", "Kschammer", "Ahlers",
                 "Hinrichsen", "Tadsen", "Wjelan", "Nowka"]},
    "AT": {"f": ["Vroni", "Resi", "Lisl", "Kathi", "Christl", "Burgi", "Waltraud", "Hemma"],
           "m": ["Sepp", "Poldi", "Ferdl", "Hannes", "Bertl", "Florian", "Engelbert", "Wastl"],
           "l": ["Nowak", "Dvořak", "Prohaska", "Swoboda", "Hawelka", "Czerny", "Wondraschek", "Pospischil",
                 "Kropiunik", "Olip", "Wutti", "Sadovnik", "Hrdlicka", "Zwickl"]},
    "CH": {"f": ["Ursina", "Madlaina", "Seraina", "Mevina", "Regula", "Vreni", "Annatina", "Barbla"],
           "m": ["Gian", "Curdin", "Flurin", "Men", "Reto", "Urs", "Ruedi", "Beat", "Jachen"],
           "l": ["Caduff", "Derungs", "Cathomen", "Camenisch", "Tschurr", "Bezzola", "von Arx", "de Weck",
                 "von Wattenwyl", "von Gunten", "Schwarzenbach", "Zurbriggen", "Imboden", "Tscharner"]},
    "CHFR": {"f": ["Mélanie", "Séverine", "Aline", "Nadège", "Coralie", "Joëlle"],
             "m": ["Cédric", "Yvan", "Raphaël", "Loïc", "Gaëtan", "Sébastien"],
             "l": ["de Pury", "de Meuron", "Rochat", "Pittet", "Chappuis", "Favre", "Jaquier", "Berthoud",
                   "de Montmollin", "Pasche", "Cuendet", "Overney"]},
    "FR": {"f": ["Gwenaëlle", "Maïwenn", "Nolwenn", "Maddi", "Ghjulia", "Enora", "Solenn", "Maëlys"],
           "m": ["Yannick", "Erwan", "Ronan", "Peio", "Ghjuvanni", "Orsu", "Gwendal", "Mikel"],
           "l": ["Le Goff", "Le Gall", "Kerhervé", "Quéméner", "Le Bihan", "Etcheverry", "Iriarte",
                 "Goyenetche", "Harispe", "Santoni", "Paoli", "Luciani", "Filippi", "de La Tour", "Du Plessis",
                 "Schoenberger"]},
    "BE": {"f": ["Amandine", "Laetitia", "Jordane", "Maïté", "Fien", "Lotte"],
           "m": ["Quentin", "Thibault", "Jordy", "Grégory", "Wout", "Pieterjan"],
           "l": ["Delvaux", "Wauthier", "Lambotte", "Dessart", "Vandevelde", "Verstraeten", "Van den Broeck",
                 "De Smet", "Bouchat", "Lecocq", "Vanderlinden", "Dewulf"]},
    "QC": {"f": ["Marie-Ève", "Guylaine", "Josée", "Karine", "Chantal", "Annie-Claude"],
           "m": ["Jean-François", "Réjean", "Maxime", "Stéphane", "Mathieu", "Gilles"],
           "l": ["Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Lavoie", "Fortin", "Ouellet", "St-Pierre",
                 "Lévesque", "Thibodeau", "Bergeron"]},
    "IT": {"f": ["Lucia", "Bonaria", "Efisia", "Verena", "Magdalena", "Tiziana", "Graziella", "Nives"],
           "m": ["Efisio", "Gavino", "Lukas", "Matthias", "Tiziano", "Gianfranco", "Ottavio", "Ettore"],
           "l": ["Porcu", "Pinna", "Sanna", "Melis", "Murgia", "Deiana", "Del Fabbro", "Zanier", "Snaidero",
                 "Pichler", "Kofler", "Oberhofer", "Unterkircher", "De Rosa", "Di Maio", "Lo Presti", "La Rosa",
                 "Dalla Valle", "Dal Santo", "D'Amico", "Dell'Orto", "Degli Esposti"]},
    "TI": {"f": ["Manuela", "Ilaria", "Lara", "Alessia", "Michela", "Nadia", "Fiorenza", "Sabina"],
           "m": ["Fabio", "Nicola", "Giona", "Loris", "Moreno", "Dario", "Gianluca", "Mirko"],
           "l": ["Bernasconi", "Balestra", "Cattaneo", "Foletti", "Galfetti", "Lurati", "Pedrazzini", "Rusconi",
                 "Snozzi", "Tettamanti", "Cereghetti", "Beffa", "Guscetti", "Pronzini", "Quadri", "Soldati"]},
    "GB": {"f": ["Cerys", "Siân", "Eluned", "Morag", "Eilidh", "Ailsa", "Priya", "Nasreen", "Farhana"],
           "m": ["Rhys", "Dafydd", "Gethin", "Iain", "Callum", "Ruaridh", "Imran", "Ravinder", "Sunil"],
           "l": ["Llewellyn", "ap Rhys", "Pritchard", "Gruffydd", "Vaughan", "MacLeod", "McAllister", "Urquhart",
                 "Mackintosh", "Drummond", "Patel", "Begum", "Chaudhry", "Sandhu", "Mistry", "Hussain"]},
    "US": {"f": ["LaToya", "Keisha", "Marisol", "Xiomara", "Nizhoni", "Shaniqua", "Dolores", "Brittany"],
           "m": ["DeShawn", "Jamal", "Tyrone", "Darnell", "Santiago", "Hector", "Cody", "Dwayne"],
           "l": ["Washington", "Jefferson", "Begay", "Yazzie", "Tsosie", "Okafor", "Delgado", "Kowalczyk",
                 "O'Neal", "McKinney", "Villanueva", "Nakamura"]},
    "IE": {"f": ["Aoife", "Saoirse", "Niamh", "Caoimhe", "Siobhán", "Róisín", "Gráinne", "Orla"],
           "m": ["Oisín", "Cian", "Pádraig", "Donncha", "Colm", "Tadhg", "Ruairí", "Cathal"],
           "l": ["Ó Súilleabháin|Ní Shúilleabháin", "Mac Cárthaigh|Nic Cárthaigh", "Ó Briain|Ní Bhriain",
                 "Ó Murchú|Ní Mhurchú", "Mac Giolla Phádraig|Nic Giolla Phádraig", "O'Sullivan", "McCarthy",
                 "Fitzgerald", "Ní Dhomhnaill|Ní Dhomhnaill", "Breathnach", "Keohane", "Desmond"]},
    "NZ": {"f": ["Aroha", "Mere", "Anahera", "Ngaio", "Huia", "Kahurangi", "Marama"],
           "m": ["Hemi", "Wiremu", "Rawiri", "Tama", "Kahu", "Manaia", "Nikau"],
           "l": ["Ngata", "Parata", "Rangihau", "Te Whata", "Paewai", "Tamihana", "Herewini", "Kereama", "Te Rangi",
                 "Pomare", "Wihongi", "Tipene"]},
    # community lists
    "AL": {"f": ["Arta", "Blerta", "Drita", "Elira", "Fjolla", "Vjosa", "Teuta", "Shqipe"],
           "m": ["Arben", "Besnik", "Dardan", "Driton", "Fatos", "Ilir", "Shkëlzen", "Valon"],
           "l": ["Berisha", "Krasniqi", "Gashi", "Hoxha", "Morina", "Shala", "Kelmendi", "Rexhepi", "Bytyqi"]},
    "MA": {"f": ["Khadija", "Samira", "Nour", "Yasmina", "Houda", "Imane", "Fatima-Zahra"],
           "m": ["Mohamed", "Karim", "Youssef", "Rachid", "Mehdi", "Hamza", "Abdelkader"],
           "l": ["Benali", "El Amrani", "Bouazizi", "Ben Salah", "Chergui", "Aït Ahmed", "El Idrissi", "Haddad",
                 "Mansouri", "Belkacem"]},
    "TA": {"f": ["Kavitha", "Tharani", "Nirmala", "Abirami", "Janani", "Thuvaraka"],
           "m": ["Suresh", "Tharshan", "Kajan", "Sivakumar", "Nirojan", "Kirushanth"],
           "l": ["Sivanesan", "Thavarajah", "Balasingam", "Yogarajah", "Kanagaratnam", "Sriskandarajah", "Rasiah"]},
    "HA": {"f": ["Selam", "Senait", "Tsega", "Hodan", "Fadumo", "Lemlem"],
           "m": ["Yonas", "Dawit", "Tesfay", "Abdirahman", "Mehari", "Filmon"],
           "l": ["Tesfaye", "Ghebremedhin", "Haile", "Abraha", "Warsame", "Mohamud", "Kidane", "Weldemariam"]},
    "FA": {"f": ["Maryam", "Zahra", "Parisa", "Shirin", "Farzaneh", "Mahsa", "Fereshteh"],
           "m": ["Ahmad", "Reza", "Farhad", "Omid", "Hamid", "Mujtaba", "Sohrab"],
           "l": ["Ahmadi", "Rahimi", "Hosseini", "Sultani", "Karimi", "Noori", "Azizi", "Rezaei", "Safi"]},
    "KU": {"f": ["Rojda", "Berfin", "Dilan", "Zilan", "Nazdar", "Hêvî"],
           "m": ["Baran", "Rojhat", "Azad", "Serhat", "Kawa", "Dilgeş"],
           "l": ["Demir", "Aydın", "Barzani", "Kaya", "Yıldız", "Tekin", "Bozkurt", "Doğan"]},
    "ZH": {"f": ["Mei", "Xiaoling", "Yan", "Jing", "Yuxin", "Lijuan"],
           "m": ["Wei", "Jun", "Hao", "Lei", "Zhiwei", "Jianguo"],
           "l": ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhou", "Xu", "Zhao"]},
    "KO": {"f": ["Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin", "Eun-ji"],
           "m": ["Min-jun", "Ji-hoon", "Sung-min", "Dong-hyun", "Jae-won"],
           "l": ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"]},
    "JA": {"f": ["Yuki", "Haruka", "Aiko", "Sakura", "Emi", "Noriko"],
           "m": ["Takashi", "Kenji", "Hiroshi", "Daiki", "Sota", "Kazuo"],
           "l": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Nakamura", "Kobayashi", "Yamamoto"]},
    "UA": {"f": ["Oksana", "Olena", "Iryna", "Nataliia", "Kateryna", "Yuliia", "Svitlana", "Daryna", "Sofiia"],
           "m": ["Oleksandr", "Andrii", "Serhii", "Dmytro", "Volodymyr", "Mykola", "Yurii", "Bohdan", "Taras"],
           "l": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Boiko", "Lysenko",
                 "Marchenko", "Savchuk", "Rudenko", "Petrenko", "Oliinyk", "Vyshnevskyi|Vyshnevska",
                 "Kovalskyi|Kovalska"]},
    "RU": {"f": ["Natalia", "Elena", "Tatiana", "Olga", "Ekaterina", "Anastasia"],
           "m": ["Sergei", "Alexei", "Dmitri", "Mikhail", "Andrei", "Pavel"],
           "l": ["Ivanov|Ivanova", "Smirnov|Smirnova", "Kuznetsov|Kuznetsova", "Volkov|Volkova",
                 "Sokolov|Sokolova", "Morozov|Morozova", "Lebedev|Lebedeva"]},
    "GR": {"f": ["Eleni", "Katerina", "Despina", "Sofia", "Vasiliki", "Chrysa"],
           "m": ["Giorgos", "Nikos", "Dimitris", "Kostas", "Yannis", "Thanasis"],
           "l": ["Papadopoulos|Papadopoulou", "Georgiou", "Nikolaidis|Nikolaidou", "Papadakis", "Oikonomou",
                 "Konstantinidis|Konstantinidou", "Alexiou"]},
    "PH": {"f": ["Maricel", "Rowena", "Jocelyn", "Lorna", "Mylene", "Analyn"],
           "m": ["Rodel", "Jericho", "Arnel", "Reynaldo", "Jun-Jun", "Ariel"],
           "l": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "De Guzman", "Macaraeg"]},
    "BA": {"f": ["Amra", "Lejla", "Jelena", "Mirela", "Snežana", "Aida"],
           "m": ["Emir", "Adnan", "Nenad", "Dragan", "Haris", "Edin"],
           "l": ["Hodžić", "Mehmedović", "Jovanović", "Petrović", "Begić", "Kovačević", "Nikolić", "Ibrahimović"]},
    "SA": {"f": ["Ananya", "Deepika", "Lakshmi", "Harpreet", "Sneha", "Ayesha"],
           "m": ["Arjun", "Rahul", "Vikram", "Gurpreet", "Sandeep", "Faisal"],
           "l": ["Sharma", "Singh", "Gupta", "Iyer", "Reddy", "Nair", "Chatterjee", "Qureshi"]},
    "WA": {"f": ["Aminata", "Fatoumata", "Awa", "Mariam", "Adjoa", "Kadiatou"],
           "m": ["Mamadou", "Ousmane", "Ibrahima", "Moussa", "Kofi", "Seydou"],
           "l": ["Diallo", "Traoré", "Koné", "Ouédraogo", "Ndiaye", "Diop", "Camara", "Sow", "Mensah", "Owusu"]},
}
COMMUNITY_FAKER = [
    "tr_TR", "pl_PL", "pt_PT", "pt_BR", "es_ES", "es_MX", "es_CO", "es_AR", "nl_NL", "hr_HR", "sl_SI", "cs_CZ",
    "sk_SK", "ro_RO", "hu_HU", "lv_LV", "et_EE", "vi_VN", "id_ID", "az_AZ", "en_IN", "en_NG", "en_KE", "ha_NG",
    "ig_NG", "yo_NG", "tw_GH", "zu_ZA", "uz_UZ", "fr_DZ", "sv_SE", "da_DK", "no_NO", "fi_FI", "is_IS", "sw",
]
COMMUNITY_LISTS = ["AL", "MA", "TA", "HA", "FA", "KU", "ZH", "KO", "JA", "UA", "RU", "GR", "PH", "BA", "SA", "WA"]
GENDERED_FAKER = {"pl_PL", "cs_CZ", "sk_SK", "lv_LV", "is_IS", "az_AZ", "uz_UZ"}
# words of the templates (car makes, months, tyre seasons, pet and brand names): no person gets them
AVOID = {w.lower() for w in (
    "Renault Singer Porsche Ford Jaguar Mercedes Fiat Lancia Volvo Saab Austin Healey Triumph Peugeot Alpine Mustang "
    "Morgan Giulia Spider Alfa Romeo Sommer Winter Summer Mai May Juni June Juli July August April Augusto Marzo "
    "Maggio Agosto Mars Avril Juin Chip Elvis Gina Juno Ivy Hektor Bodo Amira Cira Dakota Fiete Kiddo Velora "
    "Sunwave Serena Linden Lindenhof Porta Sonnenhalde Heatherbrook Bianchina").split()}
REGION_OWN = {
    ("de", "DE"): [("de_DE", 85), ("x:DE", 15)],
    ("de", "AT"): [("de_AT", 80), ("x:AT", 20)],
    ("de", "CH"): [("de_CH", 70), ("li", 10), ("x:CH", 20)],
    ("fr", "FR"): [("fr_FR", 80), ("x:FR", 20)],
    ("fr", "CH"): [("fr_CH", 80), ("x:CHFR", 20)],
    ("fr", "BE"): [("fr_BE", 60), ("nl_BE", 20), ("x:BE", 20)],
    ("fr", "CA"): [("fr_CA", 75), ("x:QC", 25)],
    ("it", "IT"): [("it_IT", 80), ("x:IT", 20)],
    ("it", "CH"): [("it_IT", 45), ("x:TI", 45), ("de_CH", 10)],
    ("en", "GB"): [("en_GB", 75), ("x:GB", 25)],
    ("en", "US"): [("en_US", 80), ("x:US", 20)],
    ("en", "IE"): [("en_IE", 55), ("ga_IE", 20), ("x:IE", 25)],
    ("en", "AU"): [("en_AU", 50), ("en_GB", 30), ("en_NZ", 20)],
    ("en", "NZ"): [("en_NZ", 70), ("x:NZ", 30)],
    ("en", "CA"): [("en_CA", 50), ("en_GB", 25), ("fr_CA", 25)],
}
OTHER_LOCALES = {
    "de": ["de_DE", "de_AT", "de_CH"], "fr": ["fr_FR", "fr_CH", "fr_BE", "fr_CA"],
    "it": ["it_IT", "x:TI", "x:IT"], "en": ["en_GB", "en_US", "en_IE", "en_NZ"],
}
WORD_NAMES = {
    "de": {"l": ["Sommer", "Fuchs", "Vogel", "Wolf", "Hahn", "Stein", "Berg", "Engel", "Kaiser", "König", "Lang",
                 "Klein", "Braun", "Schwarz", "Fink", "Bach", "Busch", "Sonntag", "Frei", "Kranich", "Rabe", "Nagel"],
           "f": ["Rose", "Heide", "Linde", "Gerda"], "m": ["Frank", "Ernst", "Kai", "Wolf"]},
    "fr": {"l": ["Petit", "Leroy", "Roux", "Blanc", "Lebrun", "Boulanger", "Marchand", "Fontaine", "Rivière",
                 "Lapierre", "Bonheur", "Lefort", "Meunier", "Berger", "Chevalier", "Lamour", "Bonnet", "Legrand"],
           "f": ["Rose", "Prudence", "Blanche", "Olive", "Marine", "Victoire", "Fleur", "Céleste"],
           "m": ["Pierre", "Clément", "Constant", "Aimé", "Désiré", "Modeste"]},
    "it": {"l": ["Leone", "Ferro", "Bianco", "Gallo", "Fiore", "Porta", "Sole", "Bello", "Monti", "Conte", "Santo",
                 "Martello", "Volpe", "Grasso", "Lupo", "Colombo", "Serra", "Mare"],
           "f": ["Serena", "Speranza", "Celeste", "Vittoria", "Gioia", "Marina", "Bianca", "Rosa"],
           "m": ["Felice", "Fortunato", "Benvenuto", "Primo", "Franco", "Santo"]},
    "en": {"l": ["Baker", "Hope", "Rose", "Hunter", "Mason", "Page", "Bishop", "Brown", "Green", "Young", "King",
                 "Wood", "Wells", "Price", "Stone", "Fox", "Hill", "Lamb", "Bird", "Cook", "Marsh", "Sharp", "Banks"],
           "f": ["Hope", "Grace", "Joy", "Faith", "Summer", "Dawn", "Amber", "Crystal", "Autumn", "Sunny"],
           "m": ["Frank", "Guy", "Drew", "Rich", "Bill", "Hunter", "Pat"]},
}

# ----------------------------------------------------------------------------------------------------------------
# places (written here; postcodes match their towns)
# ----------------------------------------------------------------------------------------------------------------
TOWNS = {
    "DE": [("10437", "Berlin"), ("10999", "Berlin"), ("12043", "Berlin"), ("20357", "Hamburg"), ("22765", "Hamburg"),
           ("80469", "München"), ("81541", "München"), ("50823", "Köln"), ("60318", "Frankfurt am Main"),
           ("70176", "Stuttgart"), ("04109", "Leipzig"), ("01067", "Dresden"), ("28203", "Bremen"),
           ("30159", "Hannover"), ("90402", "Nürnberg"), ("44137", "Dortmund"), ("53111", "Bonn"),
           ("69117", "Heidelberg"), ("79098", "Freiburg im Breisgau"), ("24103", "Kiel"), ("18055", "Rostock"),
           ("99084", "Erfurt"), ("93047", "Regensburg"), ("33602", "Bielefeld"), ("48143", "Münster"),
           ("66111", "Saarbrücken"), ("55116", "Mainz"), ("37073", "Göttingen"), ("86150", "Augsburg"),
           ("97070", "Würzburg"), ("26122", "Oldenburg"), ("83022", "Rosenheim"), ("25813", "Husum"),
           ("17489", "Greifswald"), ("02625", "Bautzen")],
    "AT": [("1010", "Wien"), ("1070", "Wien"), ("1100", "Wien"), ("1160", "Wien"), ("1030", "Wien"),
           ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck"),
           ("9020", "Klagenfurt am Wörthersee"), ("3100", "St. Pölten"), ("6900", "Bregenz"), ("7000", "Eisenstadt"),
           ("4600", "Wels"), ("2500", "Baden"), ("8700", "Leoben"), ("9500", "Villach"), ("6850", "Dornbirn"),
           ("3500", "Krems an der Donau"), ("5700", "Zell am See"), ("2700", "Wiener Neustadt")],
    "CH": [("8001", "Zürich"), ("8004", "Zürich"), ("8050", "Zürich"), ("3011", "Bern"), ("3007", "Bern"),
           ("4051", "Basel"), ("4057", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"), ("8400", "Winterthur"),
           ("5000", "Aarau"), ("7000", "Chur"), ("6300", "Zug"), ("2502", "Biel/Bienne"), ("4500", "Solothurn"),
           ("8200", "Schaffhausen"), ("3600", "Thun"), ("8640", "Rapperswil-Jona"), ("6460", "Altdorf UR"),
           ("3920", "Zermatt"), ("7500", "St. Moritz"), ("8500", "Frauenfeld"), ("5400", "Baden"), ("4410", "Liestal")],
    "CHFR": [("1201", "Genève"), ("1205", "Genève"), ("1003", "Lausanne"), ("1004", "Lausanne"),
             ("2000", "Neuchâtel"), ("1950", "Sion"), ("1700", "Fribourg"), ("1400", "Yverdon-les-Bains"),
             ("1800", "Vevey"), ("1820", "Montreux"), ("2300", "La Chaux-de-Fonds"), ("1110", "Morges"),
             ("1260", "Nyon"), ("2800", "Delémont"), ("1227", "Carouge GE"), ("1630", "Bulle")],
    "FR": [("75011", "Paris"), ("75015", "Paris"), ("75018", "Paris"), ("69003", "Lyon"), ("69007", "Lyon"),
           ("13006", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"),
           ("59000", "Lille"), ("67000", "Strasbourg"), ("35000", "Rennes"), ("34000", "Montpellier"),
           ("06000", "Nice"), ("38000", "Grenoble"), ("21000", "Dijon"), ("37000", "Tours"), ("29200", "Brest"),
           ("64100", "Bayonne"), ("20000", "Ajaccio"), ("87000", "Limoges"), ("51100", "Reims"),
           ("45000", "Orléans"), ("76000", "Rouen"), ("63000", "Clermont-Ferrand"), ("74000", "Annecy"),
           ("97400", "Saint-Denis"), ("56100", "Lorient"), ("68100", "Mulhouse")],
    "BE": [("1000", "Bruxelles"), ("1050", "Ixelles"), ("1060", "Saint-Gilles"), ("1180", "Uccle"),
           ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"),
           ("1348", "Louvain-la-Neuve"), ("4800", "Verviers"), ("6700", "Arlon"), ("7500", "Tournai"),
           ("1400", "Nivelles"), ("1030", "Schaerbeek")],
    "QC": [("H2T 1S4", "Montréal"), ("H3Z 2Y7", "Montréal"), ("H1V 3R2", "Montréal"), ("G1R 4P5", "Québec"),
           ("G1K 3X3", "Québec"), ("J8X 2K4", "Gatineau"), ("J4K 2T6", "Longueuil"), ("J1H 1Z3", "Sherbrooke"),
           ("G9A 5H6", "Trois-Rivières"), ("H7N 4K2", "Laval"), ("G7H 4J3", "Saguenay"), ("J3L 4T2", "Chambly")],
    "IT": [("00184", "Roma", "RM"), ("00153", "Roma", "RM"), ("20121", "Milano", "MI"), ("20144", "Milano", "MI"),
           ("10123", "Torino", "TO"), ("80134", "Napoli", "NA"), ("40126", "Bologna", "BO"),
           ("50122", "Firenze", "FI"), ("16121", "Genova", "GE"), ("30121", "Venezia", "VE"),
           ("37121", "Verona", "VR"), ("70122", "Bari", "BA"), ("90133", "Palermo", "PA"), ("95124", "Catania", "CT"),
           ("09124", "Cagliari", "CA"), ("39100", "Bolzano", "BZ"), ("38122", "Trento", "TN"),
           ("34121", "Trieste", "TS"), ("33100", "Udine", "UD"), ("06121", "Perugia", "PG"),
           ("60121", "Ancona", "AN"), ("43121", "Parma", "PR"), ("24121", "Bergamo", "BG"),
           ("25121", "Brescia", "BS"), ("35122", "Padova", "PD"), ("87100", "Cosenza", "CS"),
           ("73100", "Lecce", "LE"), ("47921", "Rimini", "RN"), ("07100", "Sassari", "SS")],
    "TI": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio"),
           ("6830", "Chiasso"), ("6512", "Giubiasco"), ("6710", "Biasca"), ("6612", "Ascona"), ("6648", "Minusio"),
           ("6934", "Bioggio"), ("7742", "Poschiavo"), ("6963", "Pregassona")],
    "GB": [("E8 3PN", "London"), ("N16 7XJ", "London"), ("SE15 4QA", "London"), ("M14 5RG", "Manchester"),
           ("LS6 2AJ", "Leeds"), ("B29 7BS", "Birmingham"), ("BS6 6DH", "Bristol"), ("EH9 1PL", "Edinburgh"),
           ("G12 8QQ", "Glasgow"), ("CF24 4HQ", "Cardiff"), ("NE6 5XA", "Newcastle upon Tyne"),
           ("L17 8TR", "Liverpool"), ("OX4 1JH", "Oxford"), ("CB1 3DF", "Cambridge"), ("BN2 0GY", "Brighton"),
           ("NR2 4PX", "Norwich"), ("YO31 8HP", "York"), ("EX4 4EL", "Exeter"), ("BT9 5BN", "Belfast"),
           ("AB10 6RN", "Aberdeen"), ("SA1 6DE", "Swansea")],
    "US": [("11215", "Brooklyn", "NY"), ("60614", "Chicago", "IL"), ("78704", "Austin", "TX"),
           ("97214", "Portland", "OR"), ("80206", "Denver", "CO"), ("98103", "Seattle", "WA"),
           ("02130", "Boston", "MA"), ("55408", "Minneapolis", "MN"), ("30307", "Atlanta", "GA"),
           ("53703", "Madison", "WI"), ("48104", "Ann Arbor", "MI"), ("92104", "San Diego", "CA"),
           ("19147", "Philadelphia", "PA"), ("37206", "Nashville", "TN"), ("87106", "Albuquerque", "NM"),
           ("05401", "Burlington", "VT"), ("43201", "Columbus", "OH"), ("27608", "Raleigh", "NC"),
           ("70115", "New Orleans", "LA")],
    "IE": [("D08 W9K3", "Dublin 8", ""), ("D06 R2C5", "Dublin 6", ""), ("D07 XT25", "Dublin 7", ""),
           ("T12 H6K4", "Cork", ""), ("H91 E2R8", "Galway", ""), ("V94 T9PX", "Limerick", ""),
           ("X91 K6W2", "Waterford", ""), ("R95 D3F7", "Kilkenny", ""), ("F91 X4N2", "Sligo", ""),
           ("V92 H3P1", "Tralee", "Co. Kerry"), ("N37 C8R6", "Athlone", "Co. Westmeath"),
           ("V95 X2T4", "Ennis", "Co. Clare"), ("A92 K5D3", "Drogheda", "Co. Louth"),
           ("A98 Y1E6", "Bray", "Co. Wicklow"), ("F92 P7T3", "Letterkenny", "Co. Donegal")],
    "AU": [("3065", "Fitzroy", "VIC"), ("2042", "Newtown", "NSW"), ("3056", "Brunswick", "VIC"),
           ("4064", "Paddington", "QLD"), ("6160", "Fremantle", "WA"), ("5045", "Glenelg", "SA"),
           ("7000", "Hobart", "TAS"), ("2612", "Braddon", "ACT"), ("2150", "Parramatta", "NSW"),
           ("2010", "Surry Hills", "NSW")],
    "NZ": [("1011", "Ponsonby", "Auckland"), ("1024", "Mount Eden", "Auckland"), ("6011", "Te Aro", "Wellington"),
           ("8011", "Riccarton", "Christchurch"), ("9016", "North East Valley", "Dunedin"),
           ("3204", "Claudelands", "Hamilton"), ("3110", "Mount Maunganui", "Tauranga"), ("7010", "The Wood", "Nelson"),
           ("4110", "Ahuriri", "Napier"), ("5012", "Petone", "Lower Hutt")],
    "CA": [("M6J 1H4", "Toronto", "ON"), ("M4K 1N2", "Toronto", "ON"), ("V5L 3X8", "Vancouver", "BC"),
           ("T2S 0L5", "Calgary", "AB"), ("K1S 2L1", "Ottawa", "ON"), ("B3H 1Y5", "Halifax", "NS"),
           ("R3L 0E2", "Winnipeg", "MB"), ("T6E 2A1", "Edmonton", "AB"), ("V8V 3K2", "Victoria", "BC"),
           ("A1C 2J9", "St. John's", "NL")],
}
STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Am Mühlbach",
           "Kastanienweg", "Birkenweg", "Gartenstraße", "Rosenstraße", "Friedrich-Ebert-Straße", "Kantstraße",
           "Bergmannstraße", "Schönhauser Allee", "Sonnenallee", "Leopoldstraße", "Venloer Straße",
           "Eppendorfer Weg", "Am Anger", "Kirchgasse", "Zum Sportplatz", "Ringstraße", "Talstraße", "Mozartstraße",
           "Weinbergweg", "Auf der Heide", "Im Winkel", "Breite Straße", "Lange Reihe", "Holstenstraße",
           "Karl-Marx-Allee", "Königsbrücker Straße", "Hohenzollernring", "Uhlandstraße"],
    "AT": ["Mariahilfer Straße", "Praterstraße", "Landstraßer Hauptstraße", "Favoritenstraße", "Herrengasse",
           "Kaiserstraße", "Annenstraße", "Getreidegasse", "Maria-Theresien-Straße", "Hauptplatz", "Schulgasse",
           "Brunnengasse", "Lerchenfelder Gürtel", "Ottakringer Straße", "Wiedner Hauptstraße", "Am Tabor",
           "Dorfstraße", "Kirchengasse", "Bahnhofstraße", "Grabenweg", "Schönbrunner Straße", "Leonfeldner Straße"],
    "CH": ["Bahnhofstrasse", "Langstrasse", "Seefeldstrasse", "Hohlstrasse", "Kramgasse", "Marktgasse", "Spalenberg",
           "Dorfstrasse", "Kirchweg", "Feldstrasse", "Zürcherstrasse", "Bernstrasse", "Hauptgasse", "Rosenweg",
           "Im Oberdorf", "Weinbergstrasse", "Schulhausstrasse", "Obere Bahnhofstrasse", "Rütiweg",
           "Alte Landstrasse", "Gerechtigkeitsgasse", "Via Somplaz", "Haldenstrasse", "Moosstrasse"],
    "CHFR": ["rue du Rhône", "rue de Lausanne", "avenue de la Gare", "chemin des Vignes", "rue de Bourg",
             "route de Chêne", "avenue de Rumine", "rue des Terreaux", "chemin du Pré-Fleuri", "rue du Simplon",
             "rue de la Servette", "avenue du Léman", "chemin de la Forêt", "rue des Moulins", "Grand-Rue"],
    "FR": ["rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas",
           "impasse des Acacias", "chemin des Vignes", "place du Marché", "allée des Tilleuls", "rue Pasteur",
           "rue du Moulin", "avenue de la Gare", "rue Nationale", "quai de la Loire", "boulevard Gambetta",
           "rue Saint-Michel", "route de Lyon", "rue du Général Leclerc", "cours Mirabeau", "rue des Écoles",
           "avenue Foch", "rue de Kerjean", "chemin de la Croix", "rue Émile Zola"],
    "BE": ["rue de la Loi", "chaussée de Waterloo", "avenue Louise", "rue Haute", "rue du Marché", "place Flagey",
           "rue des Guillemins", "boulevard d'Avroy", "rue de Fer", "chaussée de Charleroi",
           "avenue des Combattants", "rue Royale", "rue de la Station", "rue du Centre", "avenue Brugmann"],
    "QC": ["rue Saint-Denis", "boulevard Saint-Laurent", "avenue du Mont-Royal Est", "rue Sherbrooke Est",
           "chemin Sainte-Foy", "rue Wellington Nord", "boulevard René-Lévesque Ouest", "rue Principale",
           "avenue Cartier", "rue King Ouest", "boulevard Taschereau", "rue Fleury Est", "avenue Papineau"],
    "IT": ["via Roma", "via Garibaldi", "corso Vittorio Emanuele II", "piazza della Repubblica", "via Dante Alighieri",
           "viale Europa", "via Mazzini", "via dei Mille", "largo Augusto", "via XX Settembre", "vicolo del Pozzo",
           "via San Francesco", "corso Buenos Aires", "via Nazionale", "viale dei Pini", "via Cavour",
           "via delle Rose", "lungomare Colombo", "via Giuseppe Verdi", "via Marconi", "via Manzoni", "corso Italia"],
    "TI": ["via Nassa", "viale Stazione", "via Cantonale", "piazza Grande", "via San Gottardo", "via Lugano",
           "via Vela", "contrada di Sassello", "via Ciseri", "via ai Monti", "via Motta", "via Trevano",
           "via Besso", "via dei Fiori"],
    "GB": ["Albert Road", "Victoria Street", "Church Lane", "High Street", "Station Road", "Queen's Drive", "Mill Lane",
           "The Crescent", "Park View", "Kingsway", "Orchard Close", "Manor Road", "Springfield Avenue",
           "Belvedere Gardens", "St John's Terrace", "Chapel Street", "Grove Road", "Ashfield Court",
           "Wilmslow Road", "Gloucester Place"],
    "US": ["Maple Ave", "W 4th St", "N Clark St", "Elm Street", "Oak Ridge Dr", "Cedar Ln", "SE Hawthorne Blvd",
           "Pine St", "Washington Ave", "Lincoln Street", "Willow Creek Rd", "Magnolia Ave", "Sunset Blvd",
           "Park Place", "Highland Ave", "E Johnson St", "Chestnut Street"],
    "IE": ["Main Street", "Church Road", "Clanbrassil Street", "Harold's Cross Road", "Oliver Plunkett Street",
           "Shop Street", "O'Connell Avenue", "Barrack Street", "The Mall", "Ashgrove Park", "Bóthar na Trá",
           "Sráid an Mhuilinn", "Castle Road", "Seaview Terrace", "Ard na Gréine"],
    "AU": ["Brunswick Street", "King Street", "Wattle Grove", "Bay Road", "Sydney Road", "Oxford Street",
           "Beach Road", "Banksia Avenue", "Macquarie Street", "Jacaranda Crescent", "Grey Street", "Norton Street"],
    "NZ": ["Karangahape Road", "Kauri Street", "Tui Crescent", "Cuba Street", "Rata Place", "Pohutukawa Avenue",
           "Riddiford Street", "Totara Drive", "Marine Parade", "Kowhai Road", "Jackson Street", "Dominion Road"],
    "CA": ["Queen Street West", "Danforth Ave", "Commercial Drive", "Bank Street", "Spring Garden Road",
           "Osborne Street", "Whyte Avenue", "Fort Street", "Water Street", "College Street", "Kensington Road NW"],
}
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Hillview", "Ivy House", "The Willows", "Orchard House"]
ABBR = {
    "de": [("straße", "str."), ("Straße", "Str."), ("strasse", "str."), ("Strasse", "Str.")],
    "fr": [("avenue", "av."), ("boulevard", "bd"), ("chemin", "ch."), ("impasse", "imp."), ("route", "rte"),
           ("place", "pl."), ("chaussée", "chée")],
    "it": [("viale", "v.le"), ("piazza", "p.zza"), ("corso", "c.so"), ("via ", "v. "), ("largo", "l.go")],
    "en": [("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Drive", "Dr"), ("Lane", "Ln"),
           ("Crescent", "Cres"), ("Place", "Pl"), ("Terrace", "Tce"), ("Parade", "Pde")],
}
COUNTRY = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz"},
    "fr": {"FR": "France", "CH": "Suisse", "BE": "Belgique", "CA": "Canada"},
    "it": {"IT": "Italia", "CH": "Svizzera"},
    "en": {"GB": "United Kingdom", "US": "USA", "IE": "Ireland", "AU": "Australia", "NZ": "New Zealand",
           "CA": "Canada"},
}
MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org", "outlook.de", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "yahoo.de"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "protonmail.ch", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be"],
    "CA": ["videotron.ca", "sympatico.ca", "hotmail.com", "gmail.com", "bell.net", "outlook.com"],
    "IT": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it", "yahoo.it"],
    "GB": ["btinternet.com", "outlook.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "icloud.com", "outlook.com"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au"],
    "NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz"],
}
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
MONTHS_ABBR = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gen.", "feb.", "mar.", "apr.", "mag.", "giu.", "lug.", "ago.", "set.", "ott.", "nov.", "dic."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
IPV4_FIRST = {
    "DE": [79, 84, 87, 91, 93, 217, 178, 95, 46, 88], "AT": [62, 80, 77, 91, 178, 213],
    "CH": [178, 213, 85, 83, 188, 212], "FR": [82, 86, 90, 92, 109, 176], "BE": [81, 91, 94, 109, 178],
    "IT": [79, 87, 93, 151, 95, 2], "GB": [81, 86, 31, 90, 109, 82], "US": [24, 67, 73, 98, 173, 68, 71, 99],
    "IE": [86, 89, 109, 37, 78], "AU": [101, 110, 120, 49, 58], "NZ": [115, 122, 125, 203, 118],
    "CA": [24, 70, 99, 142, 174],
}
IPV6_PREFIX = {
    "DE": ["2003:e5", "2a02:810d", "2a01:c22"], "AT": ["2a02:8388", "2001:871"], "CH": ["2a02:1210", "2a02:aa10"],
    "FR": ["2a01:cb00", "2a01:e0a"], "BE": ["2a02:a03f", "2a02:1811"], "IT": ["2a01:e11", "2001:b07"],
    "GB": ["2a00:23c4", "2a02:c7f"], "US": ["2600:1700", "2601:646"], "IE": ["2a02:8084"], "AU": ["2001:8003"],
    "NZ": ["2407:7000"], "CA": ["2607:fea8"],
}

PLACE_KEY = {
    ("de", "DE"): "DE", ("de", "AT"): "AT", ("de", "CH"): "CH", ("fr", "FR"): "FR", ("fr", "CH"): "CHFR",
    ("fr", "BE"): "BE", ("fr", "CA"): "QC", ("it", "IT"): "IT", ("it", "CH"): "TI", ("en", "GB"): "GB",
    ("en", "US"): "US", ("en", "IE"): "IE", ("en", "AU"): "AU", ("en", "NZ"): "NZ", ("en", "CA"): "CA",
}
_FAKERS: dict[str, Faker] = {}


def fold(s: str) -> str:
    for a, b in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae"), ("ł", "l"), ("Ł", "L"), ("đ", "d"),
                 ("Đ", "D"), ("ð", "d"), ("þ", "th"), ("ı", "i"), ("ə", "e"), ("Ə", "E"), ("’", "")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


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
    return luhn_digit(num[:-1]) == num[-1]


def iban_from(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cin(bban22: str) -> str:
    total = 0
    for i, ch in enumerate(bban22):
        k = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _CIN_ODD[k] if i % 2 == 0 else k
    return chr(65 + total % 26)


@dataclass
class Person:
    first: str
    last: str
    g: str
    src: str
    pair: tuple[str, str] | None = None

    def initials(self) -> str:
        parts = re.split(r"(-| )", self.first)
        out = ""
        for p in parts:
            if p in ("-", " "):
                out += p
            elif p:
                out += p[0] + "."
        return out

    def fmt(self, style: str) -> str:
        f, ln = self.first, self.last
        return {
            "fl": f"{f} {ln}", "lf": f"{ln}, {f}", "Lf": f"{ln.upper()} {f}", "LcF": f"{ln.upper()}, {f}",
            "l_f": f"{ln} {f}", "if": f"{self.initials()} {ln}", "fi": f"{f} {ln[0]}.", "f": f, "l": ln,
            "FL": f"{f} {ln}".upper(), "low": f"{f} {ln}".lower(), "lowf": f.lower(), "lowl": ln.lower(),
            "ifl": f"{self.initials()[:2]} {ln}",
        }[style]


@dataclass
class Addr:
    key: str
    street: str
    no: str
    extra: str
    pc: str
    town: str
    sub: str = ""


class Doc:
    def __init__(self, lang: str, region: str, genre: str, i: int) -> None:
        self.lang, self.region, self.genre, self.i = lang, region, genre, i
        self.seed = f"{SEED}|{lang}|{genre}|{i}"
        self.r = random.Random(self.seed)
        self.pk = PLACE_KEY[(lang, region)]
        self.seeded: set[str] = set()
        self.used_last: set[str] = set()
        self.used_first: set[str] = set()
        self.ch = region == "CH"
        self.org_town: tuple = ()
        self.thread: dt.date | None = None

    # -- helpers -------------------------------------------------------------------------------------------------
    def L(self, de: str, fr: str, it: str, en: str) -> str:  # noqa: N802
        s = {"de": de, "fr": fr, "it": it, "en": en}[self.lang]
        if self.lang == "de" and self.ch:
            s = s.replace("ß", "ss")
        return s

    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def fk(self, loc: str) -> Faker:
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        f = _FAKERS[loc]
        if loc not in self.seeded:
            f.seed_instance(f"{self.seed}|{loc}")
            self.seeded.add(loc)
        return f

    # -- persons -------------------------------------------------------------------------------------------------
    def _weighted(self, items):
        total = sum(w for _, w in items)
        x = self.r.uniform(0, total)
        for it, w in items:
            x -= w
            if x <= 0:
                return it
        return items[-1][0]

    def _from_src(self, src: str, g: str) -> tuple[str, str, tuple[str, str] | None]:
        if src.startswith("x:"):
            lst = NAME_LISTS[src[2:]]
            first = self.c(lst[g])
            raw = self.c(lst["l"])
            if "|" in raw:
                a, b = raw.split("|")
                return first, (a if g == "m" else b), (a, b)
            return first, raw, None
        if src == "li":
            first = self.fk("de_CH").first_name_female() if g == "f" else self.fk("de_CH").first_name_male()
            return first, self.fk("de_LI").last_name(), None
        f = self.fk(src)
        if g == "f":
            return f.first_name_female(), f.last_name_female(), None
        return f.first_name_male(), f.last_name_male(), None

    def person(self, g: str | None = None, src: str | None = None, plain: bool = False) -> Person:
        g = g or self.c("fm")
        plain = plain or src is not None
        for _ in range(30):
            s = src
            community = False
            if s is None:
                x = self.r.random()
                if x < 0.56:
                    s = self._weighted(REGION_OWN[(self.lang, self.region)])
                elif x < 0.86:
                    community = True
                    s = self.c(COMMUNITY_FAKER) if self.p(0.6) else "x:" + self.c(COMMUNITY_LISTS)
                else:
                    s = self.c([o for o in OTHER_LOCALES[self.lang] if o != s])
            first, last, pair = self._from_src(s, g)
            if not plain and not community:
                if self.p(0.10):
                    w = WORD_NAMES[self.lang]
                    if self.p(0.7):
                        last, pair = self.c(w["l"]), None
                    else:
                        first = self.c(w[g])
                if self.p(0.07):
                    _, other, _ = self._from_src(s, g)
                    if other != last and " " not in other and " " not in last:
                        last, pair = f"{last}-{other}", None
            if last in self.used_last or first in self.used_first or first == last:
                continue
            if {w.lower() for w in re.split(r"[ -]", f"{first} {last}")} & AVOID:
                continue
            if any(ch in first + last for ch in '"\\<>&@.'):
                continue
            break
        self.used_last.add(last)
        self.used_first.add(first)
        return Person(first, last, g, s, pair)

    def relative(self, p: Person, g: str | None = None, same_last: bool = True) -> Person:
        g = g or self.c("fm")
        if p.src in GENDERED_FAKER and g != p.g:
            same_last = False
        for _ in range(30):
            first, last, _ = self._from_src(p.src, g)
            if first not in self.used_first and first != p.first:
                break
        self.used_first.add(first)
        if same_last:
            last = (p.pair[0] if g == "m" else p.pair[1]) if p.pair else p.last
        else:
            self.used_last.add(last)
        return Person(first, last, g, p.src, p.pair if same_last else None)

    def people(self, k: int) -> list[Person]:
        return [self.person() for _ in range(k)]

    def N(self, p: Person, style: str = "fl") -> str:  # noqa: N802
        return m("PERSON", p.fmt(style))

    def NX(self, p: Person, styles: str = "fl lf if") -> str:  # noqa: N802
        return self.N(p, self.c(styles.split()))

    def title(self, p: Person, long: bool = False) -> str:
        f = p.g == "f"
        if self.lang == "de":
            return "Frau" if f else ("Herrn" if long else "Herr")
        if self.lang == "fr":
            return ("Madame" if f else "Monsieur") if long else ("Mme" if f else "M.")
        if self.lang == "it":
            return ("Gentile Signora" if f else "Gentile Signor") if long else ("Sig.ra" if f else "Sig.")
        dot = "." if self.region in ("US", "CA") else ""
        return f"Ms{dot}" if f else f"Mr{dot}"

    def greet(self, p: Person, formal: bool | None = None) -> str:
        formal = self.p(0.5) if formal is None else formal
        f = p.g == "f"
        if formal:
            return self.L(f"{'Sehr geehrte Frau' if f else 'Sehr geehrter Herr'} {self.N(p, 'l')},",
                          f"{'Madame' if f else 'Monsieur'} {self.N(p, 'l')},",
                          f"{'Gentile signora' if f else 'Gentile signor'} {self.N(p, 'l')},",
                          f"Dear {self.title(p)} {self.N(p, 'l')},")
        return self.L(f"{'Liebe' if f else 'Lieber'} {self.N(p, 'f')},",
                      f"{self.c(['Bonjour', 'Salut', 'Chère' if f else 'Cher'])} {self.N(p, 'f')},",
                      f"{self.c(['Ciao', 'Cara' if f else 'Caro', 'Buongiorno'])} {self.N(p, 'f')},",
                      f"{self.c(['Hi', 'Hello', 'Dear'])} {self.N(p, 'f')},")

    def bye(self) -> str:
        return self.c({"de": ["Freundliche Grüsse" if self.ch else "Freundliche Grüße", "Viele Grüsse" if self.ch
                              else "Viele Grüße", "LG", "Beste Grüsse" if self.ch else "Beste Grüße"],
                       "fr": ["Cordialement", "Bien à vous", "Meilleures salutations", "Bonne journée"],
                       "it": ["Cordiali saluti", "Distinti saluti", "Un caro saluto", "Saluti"],
                       "en": ["Kind regards", "Best wishes", "Many thanks", "Cheers", "Best"]}[self.lang])

    # -- contact values -------------------------------------------------------------------------------------------
    def _ph(self, region: str, kind: str) -> str:
        r, d = self.r, self.digits
        if region == "DE":
            if kind == "m":
                p = self.c(["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176",
                            "177", "178", "179"])
                s = d(8 if p.startswith("15") else 7)
                return self.c([f"0{p} {s}", f"0{p}/{s}", f"0{p}-{s}", f"+49 {p} {s}", f"+49 (0){p} {s}",
                               f"+49{p}{s}", f"0049 {p} {s}", f"0{p} {s[:3]} {s[3:]}", f"0{p}{s}"])
            a, k = self.c([("30", 8), ("40", 8), ("89", 8), ("221", 7), ("69", 8), ("711", 7), ("341", 7),
                           ("351", 7), ("421", 7), ("511", 7), ("911", 7), ("231", 7), ("228", 6), ("6221", 6),
                           ("761", 6), ("431", 6), ("381", 6), ("361", 6), ("941", 6), ("521", 6), ("251", 6),
                           ("8031", 5), ("4841", 5), ("3834", 5), ("3591", 5)])
            s = d(k)
            return self.c([f"0{a} {s}", f"0{a}/{s}", f"(0{a}) {s}", f"+49 {a} {s}", f"+49 (0){a} {s}",
                           f"0{a} {s[:-2]}-{s[-2:]}", f"0{a}-{s}"])
        if region == "AT":
            if kind == "m":
                p = self.c(["664", "676", "650", "660", "699", "680", "681", "688"])
                s = d(7)
                return self.c([f"0{p} {s}", f"0{p}/{s}", f"+43 {p} {s}", f"+43 (0){p} {s[:3]} {s[3:5]} {s[5:]}",
                               f"0043 {p} {s}", f"0{p} {s[:3]} {s[3:]}", f"+43{p}{s}"])
            a, k = self.c([("1", 7), ("316", 6), ("732", 6), ("662", 6), ("512", 6), ("463", 6), ("2742", 5),
                           ("5574", 5), ("2682", 5), ("7242", 5), ("2252", 5), ("3842", 5), ("4242", 5),
                           ("2732", 5), ("6542", 5), ("2622", 5)])
            s = d(k)
            return self.c([f"0{a} {s}", f"0{a}/{s}", f"+43 {a} {s}", f"+43 (0){a} {s}", f"0{a} {s[:3]} {s[3:]}"])
        if region == "CH":
            if kind == "m":
                a = self.c(["76", "77", "78", "79", "75"])
            else:
                a = self.c({"de": ["44", "43", "31", "61", "41", "71", "52", "62", "81", "56", "32", "33", "55"],
                            "fr": ["22", "21", "32", "27", "26", "24", "58"], "it": ["91"],
                            "en": ["44", "22", "61"]}[self.lang])
            s = d(7)
            x, y, z = s[:3], s[3:5], s[5:]
            return self.c([f"0{a} {x} {y} {z}", f"+41 {a} {x} {y} {z}", f"+41 (0){a} {x} {y} {z}",
                           f"0041 {a} {x} {y} {z}", f"0{a}{s}", f"+41{a}{s}", f"0{a}/{x} {y} {z}", f"0{a} {x}{y}{z}",
                           f"0{a} {x} {y} {z}", f"+41 {a} {x} {y} {z}"])
        if region == "FR":
            a = self.c("67") if kind == "m" else self.c("12345")
            s = d(8)
            pr = [s[i:i + 2] for i in range(0, 8, 2)]
            return self.c([f"0{a} {' '.join(pr)}", f"0{a}.{'.'.join(pr)}", f"0{a}{s}", f"+33 {a} {' '.join(pr)}",
                           f"+33 (0){a} {' '.join(pr)}", f"0{a}-{'-'.join(pr)}", f"+33{a}{s}", f"0{a} {' '.join(pr)}"])
        if region == "BE":
            if kind == "m":
                p = "4" + self.c(["70", "71", "72", "73", "75", "76", "77", "78", "79", "85", "86", "88", "89", "90",
                                  "91", "92", "93", "94", "95", "96", "97", "98", "99"])
                s = d(6)
                return self.c([f"0{p} {s[:2]} {s[2:4]} {s[4:]}", f"0{p}/{s[:2]}.{s[2:4]}.{s[4:]}",
                               f"+32 {p} {s[:2]} {s[2:4]} {s[4:]}", f"0032 {p} {s}", f"0{p}{s}", f"+32{p}{s}"])
            a = self.c(["2", "4", "81", "71", "65", "10", "87", "63", "69", "67"])
            s = d(8 - len(a))
            if len(a) == 1:
                return self.c([f"0{a} {s[:3]} {s[3:5]} {s[5:]}", f"0{a}/{s[:3]}.{s[3:5]}.{s[5:]}",
                               f"+32 {a} {s[:3]} {s[3:5]} {s[5:]}"])
            return self.c([f"0{a} {s[:2]} {s[2:4]} {s[4:]}", f"0{a}/{s[:2]}.{s[2:4]}.{s[4:]}",
                           f"+32 {a} {s[:2]} {s[2:4]} {s[4:]}"])
        if region in ("CA", "US"):
            if region == "CA":
                a = self.c(["514", "438", "418", "581", "819", "450"] if self.lang == "fr" else
                           ["416", "647", "604", "403", "613", "902", "204", "780", "250", "709"])
            else:
                a = self.c(["212", "718", "917", "312", "773", "512", "503", "303", "206", "617", "612", "404",
                            "608", "734", "619", "215", "615", "505", "802", "614", "919", "504"])
            ex = str(r.randint(2, 9)) + d(2)
            if ex[1:] == "55":
                ex = ex[0] + "47"
            s = d(4)
            return self.c([f"({a}) {ex}-{s}", f"{a}-{ex}-{s}", f"{a} {ex}-{s}", f"+1 {a} {ex} {s}",
                           f"1-{a}-{ex}-{s}", f"{a}.{ex}.{s}", f"+1 ({a}) {ex}-{s}"])
        if region == "IT":
            if kind == "m":
                p = self.c(["320", "328", "329", "330", "333", "334", "335", "338", "339", "340", "342", "345",
                            "347", "348", "349", "351", "366", "380", "388", "392", "393"])
                s = d(7)
                return self.c([f"{p} {s}", f"{p} {s[:3]} {s[3:]}", f"{p}-{s}", f"{p}{s}", f"+39 {p} {s}",
                               f"+39 {p} {s[:3]} {s[3:]}", f"0039 {p} {s}", f"{p}/{s}", f"+39{p}{s}"])
            a, k = self.c([("02", 8), ("06", 8), ("011", 7), ("081", 7), ("051", 6), ("055", 6), ("010", 6),
                           ("041", 6), ("045", 7), ("080", 7), ("091", 7), ("095", 6), ("070", 6), ("0471", 6),
                           ("0461", 6), ("040", 7), ("0432", 6), ("075", 7), ("071", 6), ("0521", 6), ("035", 6),
                           ("030", 7), ("049", 6), ("0984", 5), ("0832", 6), ("0541", 6), ("079", 6)])
            s = d(k)
            return self.c([f"{a} {s}", f"{a}-{s}", f"{a}/{s}", f"+39 {a} {s}", f"{a} {s[:4]} {s[4:]}", f"{a}{s}"])
        if region == "GB":
            if kind == "m":
                s = "7" + str(r.randint(4, 9)) + d(8)
                return self.c([f"0{s[:4]} {s[4:]}", f"0{s[:4]} {s[4:7]} {s[7:]}", f"+44 {s[:4]} {s[4:]}",
                               f"+44 (0){s[:4]} {s[4:]}", f"0{s}", f"+44{s}", f"+44 {s[:4]} {s[4:7]} {s[7:]}"])
            a = self.c(["20", "161", "113", "121", "117", "131", "141", "29", "191", "151", "1865", "1223", "1273",
                        "1603", "1904", "1392", "28", "1224", "1792"])
            if len(a) == 2:
                s = d(8)
                return self.c([f"0{a} {s[:4]} {s[4:]}", f"+44 {a} {s[:4]} {s[4:]}", f"+44 (0){a} {s[:4]} {s[4:]}"])
            s = d(10 - len(a))
            if len(a) == 3:
                return self.c([f"0{a} {s[:3]} {s[3:]}", f"+44 {a} {s[:3]} {s[3:]}", f"(0{a}) {s[:3]} {s[3:]}"])
            return self.c([f"0{a} {s}", f"+44 {a} {s}", f"(0{a}) {s}"])
        if region == "IE":
            if kind == "m":
                p = self.c(["83", "85", "86", "87", "89"])
                s = d(7)
                return self.c([f"0{p} {s[:3]} {s[3:]}", f"0{p}-{s}", f"+353 {p} {s[:3]} {s[3:]}",
                               f"+353 (0){p} {s}", f"0{p}{s}", f"0{p} {s}"])
            a = self.c(["1", "21", "91", "61", "51", "56", "71", "66", "90", "65", "41", "74"])
            s = d(7 if a == "1" else self.c([6, 7]))
            return self.c([f"0{a} {s[:3]} {s[3:]}", f"+353 {a} {s[:3]} {s[3:]}", f"(0{a}) {s}", f"0{a}-{s}"])
        if region == "AU":
            if kind == "m":
                s = "4" + d(8)
                return self.c([f"0{s[:3]} {s[3:6]} {s[6:]}", f"+61 {s[:3]} {s[3:6]} {s[6:]}", f"0{s}", f"+61{s}"])
            a = self.c("2378")
            s = d(8)
            return self.c([f"(0{a}) {s[:4]} {s[4:]}", f"0{a} {s[:4]} {s[4:]}", f"+61 {a} {s[:4]} {s[4:]}"])
        if region == "NZ":
            if kind == "m":
                p = self.c(["21", "22", "27", "29"])
                s = d(7)
                return self.c([f"0{p} {s[:3]} {s[3:]}", f"0{p} {s}", f"+64 {p} {s[:3]} {s[3:]}", f"+64{p}{s}"])
            a = self.c("34679")
            s = d(7)
            return self.c([f"(0{a}) {s[:3]} {s[3:]}", f"0{a} {s[:3]} {s[3:]}", f"0{a}-{s[:3]} {s[3:]}",
                           f"+64 {a} {s[:3]} {s[3:]}"])
        if region == "UA":
            p = self.c(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"])
            s = d(7)
            return self.c([f"+380 {p} {s[:3]} {s[3:5]} {s[5:]}", f"+380{p}{s}", f"0{p} {s[:3]} {s[3:5]} {s[5:]}"])
        if region == "TR":
            s = d(7)
            return self.c([f"+90 5{d(2)} {s[:3]} {s[3:5]} {s[5:]}", f"+905{d(2)}{s}"])
        if region == "PL":
            return f"+48 {self.c('5678')}{d(2)} {d(3)} {d(3)}"
        if region == "PT":
            return f"+351 9{self.c('1236')}{d(1)} {d(3)} {d(3)}"
        raise KeyError(region)

    def phone(self, kind: str = "m", region: str | None = None) -> str:
        return m("PHONE", self._ph(region or self.region, kind))

    def mob(self) -> str:
        return self.phone("m")

    def land(self) -> str:
        return self.phone("l")

    def tel(self) -> str:
        return self.phone(self.c("mml"))

    def hotline(self) -> str:
        d = self.digits
        return {"DE": f"0800 {d(3)} {d(4)}", "AT": f"0800 {d(3)} {d(3)}", "CH": f"0800 {d(3)} {d(3)}",
                "FR": f"0 800 {d(2)} {d(2)} {d(2)}", "BE": f"0800 {d(2)} {d(3)}", "CA": f"1-888-{d(3)}-{d(4)}",
                "US": f"1-800-{d(3)}-{d(4)}", "IT": f"800 {d(3)} {d(3)}", "GB": f"0800 {d(3)} {d(4)}",
                "IE": f"1800 {d(3)} {d(3)}", "AU": f"1300 {d(3)} {d(3)}", "NZ": f"0800 {d(3)} {d(3)}"}[self.region]

    def _local(self, p: Person) -> str:
        f, ln = p.first, p.last
        if self.lang == "de" and self.p(0.5):
            for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
                f, ln = f.replace(a, b), ln.replace(a, b)
        f = re.sub(r"[^a-z0-9-]", "", fold(f).lower().replace(" ", "-"))
        ln = re.sub(r"[^a-z0-9-]", "", fold(ln).lower().replace(" ", ""))
        if self.p(0.6):
            f, ln = f.replace("-", ""), ln.replace("-", "")
        f = f.strip("-") or "x"
        ln = ln.strip("-") or "y"
        yy = str(self.n(55, 99)) if self.p(0.5) else str(self.n(1, 99))
        return self.c([f"{f}.{ln}", f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln}", f"{ln}.{f}", f"{f}_{ln}{yy}",
                       f"{f}.{ln}{yy}", f"{ln}{f[0]}", f"{f}{yy}", f"{f[0]}{ln}", f"{f}-{ln}", f"{ln}.{f[0]}"])

    def email(self, p: Person, domain: str | None = None) -> str:
        if domain is None:
            key = {"QC": "CA", "CHFR": "CH", "TI": "CH"}.get(self.pk, self.pk)
            domain = self.c(MAIL_DOMAINS.get(key, MAIL_DOMAINS[self.region]))
        local = self._local(p)
        if domain and "." in domain and domain.split(".")[0] in ("gmx", "web") and self.p(0.3):
            local = local.replace(".", "")
        return m("EMAIL", f"{local}@{domain}")

    def work_email(self, p: Person, domain: str) -> str:
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "x"
        ln = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "y"
        return m("EMAIL", self.c([f"{f}.{ln}@{domain}", f"{f[0]}.{ln}@{domain}", f"{f}@{domain}",
                                  f"{ln}@{domain}", f"{f[0]}{ln}@{domain}"]))

    # -- addresses -----------------------------------------------------------------------------------------------
    def addr(self, key: str | None = None, t: tuple | None = None) -> Addr:
        key = key or self.pk
        n = self.n
        t = t or self.c(TOWNS[key])
        street = self.c(STREETS[key])
        extra, sub = "", ""
        if key in ("DE", "CH", "TI", "CHFR", "BE"):
            no = str(n(1, 140)) + (self.c(["a", "b", "A", "c"]) if self.p(0.1) else "")
            if key == "DE" and self.p(0.06):
                x = n(1, 60)
                no = f"{x}-{x + 2}"
            if key == "DE" and self.p(0.1):
                extra = self.c(["Whg. " + str(n(1, 24)), "Hinterhaus", "2. OG", "Aufgang B", "Seitenflügel"])
            if key == "BE" and self.p(0.2):
                extra = self.c(["bte " + str(n(1, 30)), "boîte " + str(n(1, 12)), "/" + str(n(1, 9))])
            if key in ("CHFR", "TI", "BE") and self.p(0.4):
                street = street[0].upper() + street[1:]
        elif key == "AT":
            x = n(1, 120)
            no = self.c([str(x), str(x), f"{x}/{n(1, 4)}/{n(1, 22)}", f"{x}/Top {n(1, 30)}", f"{x}/{n(2, 40)}"])
        elif key == "FR":
            no = str(n(1, 120)) + (self.c([" bis", " ter", "B", " bis"]) if self.p(0.12) else "")
            if self.p(0.15):
                extra = self.c([f"Bât. {self.c('ABCD')}", "Résidence les Pins", f"Appt {n(1, 40)}",
                                f"Résidence du Parc, bât. {self.c('ABC')}", "Lieu-dit Kerlann"])
            if self.p(0.3):
                street = street[0].upper() + street[1:]
        elif key == "QC":
            no = str(n(100, 9800))
            if self.p(0.35):
                extra = f"app. {n(1, 12)}" if self.p(0.7) else f"bureau {n(100, 450)}"
        elif key == "IT":
            no = str(n(1, 180)) + (self.c(["/B", "/A", "A", "/1"]) if self.p(0.12) else "")
            if self.p(0.15):
                extra = self.c([f"int. {n(1, 20)}", f"scala {self.c('ABC')}", f"piano {n(1, 6)}",
                                f"scala {self.c('AB')} int. {n(1, 15)}"])
            if self.p(0.5):
                street = street[0].upper() + street[1:]
        elif key == "GB":
            no = str(n(1, 160)) + ("a" if self.p(0.08) else "")
            if self.p(0.2):
                extra = f"Flat {n(1, 12)}"
            elif self.p(0.06):
                extra, no = self.c(HOUSE_NAMES), ""
        elif key == "US":
            no = str(n(10, 4800))
            if self.p(0.3):
                extra = self.c([f"Apt {n(1, 30)}{self.c('ABCD')}", f"#{n(2, 40)}", f"Unit {n(1, 20)}"])
        elif key == "IE":
            no = str(n(1, 90))
            if self.p(0.15):
                extra = f"Apt {n(1, 40)}"
        elif key in ("AU", "NZ"):
            no = str(n(1, 220))
            if self.p(0.3):
                extra = str(n(1, 12))
        else:  # CA
            no = str(n(10, 3200))
            if self.p(0.3):
                extra = str(n(101, 2404))
        if key in ("IT", "US", "AU", "NZ", "CA", "IE"):
            sub = t[2]
        return Addr(key, street, no, extra, t[0], t[1], sub)

    def _street_text(self, a: Addr, var: str) -> str:
        s = a.street
        if "abbr" in var:
            for x, y in ABBR[self.lang]:
                if x in s:
                    s = s.replace(x, y, 1)
                    break
        if "typo" in var and len(s) > 7:
            i = self.n(2, len(s) - 3)
            if s[i].isalpha() and s[i + 1].isalpha():
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:] if self.p(0.5) else s[:i] + s[i + 1:]
        return s

    def street_line(self, a: Addr, var: str = "") -> str:
        s = self._street_text(a, var)
        k = a.key
        if k in ("DE", "CH", "TI", "CHFR"):
            out = f"{s} {a.no}" + (f", {a.extra}" if a.extra else "")
        elif k == "BE":
            out = f"{s} {a.no}" + ((a.extra if a.extra.startswith("/") else " " + a.extra) if a.extra else "")
        elif k == "AT":
            out = f"{s} {a.no}"
        elif k == "FR":
            out = (f"{a.extra}, " if a.extra else "") + f"{a.no} {s}"
        elif k == "QC":
            out = f"{a.no}, {s}" + (f", {a.extra}" if a.extra else "")
        elif k == "IT":
            sep = self.c([" ", ", ", " n. ", " "])
            out = f"{s}{sep}{a.no}" + (f", {a.extra}" if a.extra else "")
        elif k == "GB":
            if not a.no:
                out = f"{a.extra}, {s}"
            else:
                out = (f"{a.extra}, " if a.extra else "") + f"{a.no} {s}"
        elif k == "US":
            out = f"{a.no} {s}" + (f" {a.extra}" if a.extra else "")
        elif k == "IE":
            out = (f"{a.extra}, " if a.extra else "") + f"{a.no} {s}"
        elif k in ("AU", "NZ"):
            if a.extra:
                out = self.c([f"{a.extra}/{a.no} {s}", f"Unit {a.extra}, {a.no} {s}" if k == "AU" else
                              f"Flat {a.extra}, {a.no} {s}"])
            else:
                out = f"{a.no} {s}"
        else:
            out = (f"{a.extra}-" if a.extra else "") + f"{a.no} {s}"
        if "lower" in var:
            out = out.lower()
        return out

    def town_line(self, a: Addr, var: str = "") -> str:
        k = a.key
        if k in ("DE", "AT", "CH", "TI", "CHFR", "BE"):
            pre = ""
            if self.p(0.08):
                pre = {"DE": "D-", "AT": "A-", "CH": "CH-", "TI": "CH-", "CHFR": "CH-", "BE": "B-"}[k]
            out = f"{pre}{a.pc} {a.town}"
        elif k == "FR":
            out = f"{a.pc} {a.town.upper() if self.p(0.5) else a.town}"
        elif k == "QC":
            out = self.c([f"{a.town} (Québec)  {a.pc}", f"{a.town} (Québec) {a.pc}", f"{a.town}, QC {a.pc}"])
        elif k == "IT":
            out = self.c([f"{a.pc} {a.town} ({a.sub})", f"{a.pc} {a.town} {a.sub}",
                          f"{a.pc} {a.town.upper()} ({a.sub})",
                          f"{a.pc} {a.town}"])
        elif k == "GB":
            out = self.c([f"{a.town} {a.pc}", f"{a.town.upper()} {a.pc}", f"{a.town}, {a.pc}"])
        elif k == "US":
            z = a.pc + (f"-{self.digits(4)}" if self.p(0.15) else "")
            out = self.c([f"{a.town}, {a.sub} {z}", f"{a.town} {a.sub} {z}"])
        elif k == "IE":
            out = f"{a.town}, {a.sub} {a.pc}" if a.sub else self.c([f"{a.town} {a.pc}", f"{a.town}, {a.pc}"])
        elif k == "AU":
            out = f"{a.town} {a.sub} {a.pc}"
        elif k == "NZ":
            out = f"{a.town}, {a.sub} {a.pc}"
        else:
            out = self.c([f"{a.town}, {a.sub} {a.pc}", f"{a.town} {a.sub}  {a.pc}"])
        if "lower" in var:
            out = out.lower()
        return out

    def one_line(self, a: Addr, var: str = "") -> str:
        sl, tl = self.street_line(a, var), self.town_line(a, var)
        if a.key == "IT" and self.p(0.3):
            return f"{sl} - {tl}"
        return f"{sl}, {tl}"

    def A1(self, a: Addr | None = None, var: str = "") -> str:  # noqa: N802
        return m("ADDRESS", self.one_line(a or self.addr(), var))

    def A2(self, a: Addr | None = None, var: str = "", sep: str = "\n") -> str:  # noqa: N802
        a = a or self.addr()
        return m("ADDRESS", self.street_line(a, var)) + sep + m("ADDRESS", self.town_line(a, var))

    def AS(self, a: Addr | None = None, var: str = "") -> str:  # noqa: N802
        return m("ADDRESS", self.street_line(a or self.addr(), var))

    def AT(self, a: Addr) -> str:  # noqa: N802
        return m("ADDRESS", self.town_line(a))

    def domain(self, de: str, fr: str, it: str, en: str) -> str:
        tld = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "CA": "ca", "IT": "it", "GB": "co.uk",
               "US": "com", "IE": "ie", "AU": "com.au", "NZ": "co.nz"}[self.region]
        return f"{self.c(self.L(de, fr, it, en).split('|'))}.{tld}"

    def avar(self) -> str:
        return self.c(["", "", "", "abbr", "typo", "abbr"])

    def country(self) -> str:
        return COUNTRY[self.lang][self.region]

    # -- dates ---------------------------------------------------------------------------------------------------
    def birth(self, lo: int = 18, hi: int = 85) -> dt.date:
        ref = dt.date(2025, 6, 1)
        return ref - dt.timedelta(days=self.n(lo * 365 + 10, hi * 365 + 300))

    def fdate(self, d: dt.date, style: str | None = None) -> str:
        lang, reg = self.lang, self.region
        style = style or self.c(["num", "num", "num", "short", "long", "long", "yy", "iso", "abbr", "dash"])
        mo = MONTHS[lang][d.month - 1]
        if lang == "de" and reg == "AT" and d.month == 1 and self.p(0.8):
            mo = "Jänner"
        ab = MONTHS_ABBR[lang][d.month - 1]
        if style == "iso":
            return d.isoformat()
        if lang == "en" and reg == "US" or (lang == "en" and reg == "CA" and self.p(0.5)):
            return {"num": f"{d.month:02d}/{d.day:02d}/{d.year}", "short": f"{d.month}/{d.day}/{d.year}",
                    "yy": f"{d.month}/{d.day}/{d.year % 100:02d}", "long": f"{mo} {d.day}, {d.year}",
                    "abbr": f"{ab} {d.day}, {d.year}", "dash": f"{d.month:02d}-{d.day:02d}-{d.year}"}[style]
        if lang == "en":
            o = self._ord(d.day)
            return {"num": f"{d.day:02d}/{d.month:02d}/{d.year}", "short": f"{d.day}/{d.month}/{d.year}",
                    "yy": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
                    "long": self.c([f"{d.day} {mo} {d.year}", f"{o} {mo} {d.year}", f"{o} of {mo} {d.year}"]),
                    "abbr": f"{d.day} {ab} {d.year}", "dash": f"{d.day:02d}-{d.month:02d}-{d.year}"}[style]
        sep = "." if (reg in ("CH", "AT", "DE")) else "/"
        if lang == "fr" and reg == "CA" and style in ("num", "short", "dash"):
            return d.isoformat()
        day = str(d.day)
        if d.day == 1 and lang == "fr":
            day = "1er"
        if d.day == 1 and lang == "it":
            day = "1°"
        if lang == "de":
            return {"num": f"{d.day:02d}.{d.month:02d}.{d.year}", "short": f"{d.day}.{d.month}.{d.year}",
                    "yy": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", "long": f"{d.day}. {mo} {d.year}",
                    "abbr": f"{d.day}. {ab} {d.year}", "dash": f"{d.day:02d}.{d.month:02d}.{d.year}"}[style]
        return {"num": f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}", "short": f"{d.day}{sep}{d.month}{sep}{d.year}",
                "yy": f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year % 100:02d}", "long": f"{day} {mo} {d.year}",
                "abbr": f"{day} {ab} {d.year}", "dash": f"{d.day:02d}-{d.month:02d}-{d.year}"}[style]

    @staticmethod
    def _ord(n: int) -> str:
        suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suf}"

    def dob(self, lo: int = 18, hi: int = 85, style: str | None = None) -> str:
        return m("DOB", self.fdate(self.birth(lo, hi), style))

    def date(self, style: str | None = None, year: int | None = None) -> str:
        d = dt.date(year or self.c([2024, 2025, 2025, 2026]), 1, 1) + dt.timedelta(days=self.n(0, 364))
        return self.fdate(d, style or self.c(["num", "num", "short", "long"]))

    def date_pair(self) -> tuple[str, str]:
        a = dt.date(2025, 1, 1) + dt.timedelta(days=self.n(0, 500))
        b = a + dt.timedelta(days=self.n(20, 330))
        style = self.c(["num", "num", "short", "long"])
        return self.fdate(a, style), self.fdate(b, style)

    def time(self) -> str:
        h, mi = self.n(7, 22), self.c([0, 0, 15, 30, 45, 10, 20, 50])
        if self.lang == "en" and self.region in ("US", "CA") and self.p(0.6):
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
        return f"{h}:{mi:02d}" if self.lang != "fr" or self.p(0.5) else f"{h}h{mi:02d}"

    # -- numbers -------------------------------------------------------------------------------------------------
    @property
    def has_iban(self) -> bool:
        return self.region not in ("US", "CA", "AU", "NZ")

    def iban_raw(self, cc: str | None = None) -> str:
        cc = cc or {"CH": "CH"}.get(self.region, self.region)
        d = self.digits
        if cc == "DE":
            s = iban_from("DE", str(self.n(1, 8)) + d(7) + d(10))
        elif cc == "AT":
            s = iban_from("AT", self.c(["12000", "20111", "14000", "32000", "38000", "60000", "20404"]) + d(11))
        elif cc == "CH":
            s = iban_from("CH", self.c(["00230", "00700", "00767", "09000", "80808", "00483", "00762"]) + d(12))
        elif cc == "LI":
            s = iban_from("LI", self.c(["08810", "08800", "08803"]) + d(12))
        elif cc == "FR":
            bank = self.c(["30003", "30004", "30002", "20041", "10278", "17515", "16606", "11315"])
            g, acc = d(5), d(11)
            key = 97 - ((89 * int(bank) + 15 * int(g) + 3 * int(acc)) % 97)
            s = iban_from("FR", f"{bank}{g}{acc}{key:02d}")
        elif cc == "BE":
            body = self.c(["001", "068", "310", "363", "732", "751", "063", "035"]) + d(7)
            chk = int(body) % 97 or 97
            s = iban_from("BE", f"{body}{chk:02d}")
        elif cc == "IT":
            rest = self.c(["03069", "02008", "05034", "01030", "03062", "08327", "05387"]) + d(5) + d(12)
            s = iban_from("IT", cin(rest) + rest)
        elif cc == "GB":
            s = iban_from("GB", self.c(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + d(6) + d(8))
        elif cc == "IE":
            s = iban_from("IE", self.c(["BOFI", "AIBK", "IPBS", "ULSB"]) + d(6) + d(8))
        elif cc == "PT":
            s = iban_from("PT", d(21))
        elif cc == "NL":
            s = iban_from("NL", self.c(["INGB", "RABO", "ABNA", "TRIO"]) + d(10))
        else:
            raise KeyError(cc)
        assert iban_ok(s)
        return s

    def iban(self, cc: str | None = None, style: str | None = None) -> str:
        s = self.iban_raw(cc)
        style = style or self.c(["g", "g", "g", "c", "c", "lower"])
        if style == "g":
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        elif style == "lower":
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if self.p(0.5) else s
        return m("IBAN", s)

    def ahv_raw(self) -> str:
        body = "756" + self.digits(9)
        tot = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
        return body + str((10 - tot % 10) % 10)

    def ahv(self, compact: bool | None = None) -> str:
        s = self.ahv_raw()
        if compact is None:
            compact = self.p(0.15)
        if not compact:
            s = f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"
        return m("AHV", s)

    def card_raw(self) -> str:
        k = self.r.random()
        if k < 0.5:
            body = "4" + self.digits(14)
        elif k < 0.85:
            body = self.c(["51", "52", "53", "54", "55", "2221", "2720"]) + ""
            body += self.digits(15 - len(body))
        else:
            body = self.c(["34", "37"]) + self.digits(12)
        return body + luhn_digit(body)

    def card(self, style: str | None = None) -> str:
        s = self.card_raw()
        style = style or self.c(["g", "g", "c", "dash"])
        if len(s) == 15:
            g = [s[:4], s[4:10], s[10:]]
        else:
            g = [s[i:i + 4] for i in range(0, 16, 4)]
        if style == "g":
            s = " ".join(g)
        elif style == "dash":
            s = "-".join(g)
        return m("CARD", s)

    def ip(self, v6: bool | None = None) -> str:
        if v6 is None:
            v6 = self.p(0.25)
        if v6:
            pre = self.c(IPV6_PREFIX[self.region])
            groups = [f"{self.r.randint(0, 65535):x}" for _ in range(8 - pre.count(":") - 1)]
            s = pre + ":" + ":".join(groups)
            if self.p(0.3):
                parts = s.split(":")
                s = ":".join(parts[:4]) + "::" + ":".join(parts[-2:])
            return m("IP", s)
        a = self.c(IPV4_FIRST[self.region])
        return m("IP", f"{a}.{self.n(1, 254)}.{self.n(0, 255)}.{self.n(1, 254)}")

    def lan_ip(self) -> str:
        return f"192.168.{self.c([0, 1, 1, 178, 2])}.{self.n(2, 250)}"

    def ref(self, prefix: str = "", k: int = 6) -> str:
        return prefix + self.digits(k)


# ----------------------------------------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------------------------------------
def table(d: Doc, head: list[str], rows: list[list[str]], fmt: str | None = None) -> str:
    fmt = fmt or d.c(["md", "csv", "ssv", "tsv", "fixed"])
    if fmt == "md":
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
    elif fmt in ("csv", "ssv", "tsv"):
        sep = {"csv": ",", "ssv": ";", "tsv": "\t"}[fmt]

        def q(cell: str) -> str:
            v = vis(cell)
            assert '"' not in v, v
            return f'"{cell}"' if sep in v else cell

        lines = [sep.join(head)] + [sep.join(q(c) for c in r) for r in rows]
    elif fmt == "fixed":
        w = [max(vlen(x) for x in col) for col in zip(head, *rows, strict=True)]
        lines = ["  ".join(pad(c, w[i]) for i, c in enumerate(head)).rstrip(), "  ".join("-" * x for x in w)]
        lines += ["  ".join(pad(c, w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    elif fmt == "pipe":
        w = [max(vlen(x) for x in col) for col in zip(head, *rows, strict=True)]
        lines = [" | ".join(pad(c, w[i]) for i, c in enumerate(head)).rstrip()]
        lines += [" | ".join(pad(c, w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    else:
        raise ValueError(fmt)
    return "\n".join(lines)


def jstr(v: str) -> str:
    s = vis(v)
    assert '"' not in s and "\\" not in s and "\n" not in s, s
    return f'"{v}"'


def jobj(pairs: list[tuple[str, object]], ind: int = 2, level: int = 1) -> str:
    pad_in = " " * (ind * level)
    pad_out = " " * (ind * (level - 1))
    items = []
    for k, v in pairs:
        if isinstance(v, list) and v and isinstance(v[0], tuple):
            val = jobj(v, ind, level + 1)
        elif isinstance(v, list):
            val = "[" + ", ".join(x if x.startswith("{") else jstr(x) for x in v) + "]"
        elif v is None:
            val = "null"
        elif isinstance(v, bool):
            val = "true" if v else "false"
        elif isinstance(v, (int, float)):
            val = json.dumps(v)
        else:
            val = jstr(v)
        items.append(f'{pad_in}"{k}": {val}')
    return "{\n" + ",\n".join(items) + "\n" + pad_out + "}"


def chat(d: Doc, msgs: list[tuple[str, str]], style: str | None = None) -> str:
    style = style or d.c(["ios", "android", "plain", "tg"])
    day = dt.datetime(d.c([2024, 2025, 2025]), d.n(1, 12), d.n(1, 28), d.n(7, 20), d.n(0, 59), d.n(0, 59))
    us = d.region in ("US", "CA") and d.lang == "en"
    out = []
    for sender, text in msgs:
        day += dt.timedelta(minutes=d.n(0, 25), seconds=d.n(0, 59))
        if style == "ios":
            ds = day.strftime("%m/%d/%y, %I:%M:%S %p") if us else day.strftime("%d.%m.%y, %H:%M:%S")
            out.append(f"[{ds}] {sender}: {text}")
        elif style == "android":
            ds = (f"{day.month}/{day.day}/{day.year % 100}, {day.strftime('%I:%M %p')}" if us
                  else day.strftime("%d/%m/%Y, %H:%M"))
            out.append(f"{ds} - {sender}: {text}")
        elif style == "plain":
            out.append(f"{sender} ({day.strftime('%H:%M')}): {text}")
        else:
            out.append(f"{sender}, [{day.strftime('%d.%m.%Y %H:%M')}]\n{text}\n")
    return "\n".join(out).rstrip()


def lowchat(d: Doc, text: str, prob: float = 0.5) -> str:
    return text.lower() if d.p(prob) else text


def who(d: Doc, p: Person, email: str) -> str:
    """Mail header form of a person with an address."""
    return d.c([f"{d.N(p)} <{email}>", f'"{d.N(p, "lf")}" <{email}>', f"{d.N(p)} <{email}>"])


def head(d: Doc, frm: str, to: str, subj: str, cc: str | None = None) -> str:
    lab = {"de": ("Von", "An", "Cc", "Datum", "Betreff"), "fr": ("De", "À", "Cc", "Date", "Objet"),
           "it": ("Da", "A", "Cc", "Data", "Oggetto"), "en": ("From", "To", "Cc", "Date", "Subject")}[d.lang]
    lines = [f"{lab[0]}: {frm}", f"{lab[1]}: {to}"]
    if cc:
        lines.append(f"{lab[2]}: {cc}")
    d.thread = dt.date(d.c([2024, 2025, 2025, 2026]), 1, 1) + dt.timedelta(days=d.n(20, 340))
    lines.append(f"{lab[3]}: {d.fdate(d.thread, 'num')} {d.time()}")
    lines.append(f"{lab[4]}: {subj}")
    return "\n".join(lines)


def quote(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def wrote(d: Doc, p: Person, email: str | None = None) -> str:
    e = f" <{email}>" if email else ""
    dte = d.fdate(d.thread - dt.timedelta(days=d.n(1, 12)), "num") if d.thread else d.date("num")
    return d.L(f"Am {dte} schrieb {d.N(p)}{e}:", f"Le {dte}, {d.N(p)}{e} a écrit :",
               f"Il giorno {dte} {d.N(p)}{e} ha scritto:", f"On {dte}, {d.N(p)}{e} wrote:")


def sig(d: Doc, p: Person, org: str = "", role: str = "", phone: bool = True, email: str | None = None,
        addr: Addr | None = None, style: str | None = None) -> str:
    lines = [d.N(p)]
    if role:
        lines.append(role)
    if org:
        lines.append(org)
    if addr is not None:
        if d.p(0.5):
            lines.append(d.AS(addr))
            lines.append(d.AT(addr))
        else:
            lines.append(d.A1(addr))
    if phone:
        pre = d.c(["Tel. ", "T ", "", "Tel: "]) if d.lang != "en" else d.c(["Tel: ", "M: ", "", "Phone "])
        lines.append(pre + d.tel())
    if email:
        lines.append(email)
    return "\n".join(lines)


def ask(d: Doc, options: list[str]) -> str:
    return d.c(options)


def frame(d: Doc, request: str, body: str) -> str:
    """Wrap a document with the user's request as it would be pasted into a chat assistant."""
    k = d.r.random()
    if k < 0.55:
        return f"{request}\n\n{body}"
    if k < 0.8:
        return f"{body}\n\n{request}"
    return f"{request}\n\n---\n{body}\n---"


# ----------------------------------------------------------------------------------------------------------------
# genres
# ----------------------------------------------------------------------------------------------------------------
FOREIGN_TOWNS = ["Sarajevo", "Izmir", "Kyiv", "Porto", "Kraków", "Casablanca", "Jaffna", "Asmara", "Tirana",
                 "Bucharest", "Manila", "Pristina", "Hanoi", "Lagos", "Kabul", "Lisbon", "Split", "Debrecen"]


def town(d: Doc, foreign: float = 0.15) -> str:
    if d.p(foreign):
        return d.c(FOREIGN_TOWNS)
    return d.c(TOWNS[d.pk])[1]


def btime(d: Doc) -> str:
    return f"{d.n(0, 23):02d}:{d.n(0, 59):02d}"


def g_astrology(d: Doc, v: int) -> str:
    L = d.L
    if v == 0:
        cl, astro = d.person(), d.person()
        partner = d.person(g="m" if cl.g == "f" else d.c("fm"))
        child = d.relative(cl, "f")
        em, aem = d.email(cl), d.work_email(astro, d.domain("sternenweg|astro-praxis", "lumiere-astro|astro-conseil",
                                                               "cielo-interiore|astrologia-serena",
                                                               "northnode|starpath-readings"))
        a_cl, a_as = d.addr(), d.addr()
        rel = L("mein Partner", "mon compagnon", "il mio compagno", "my partner") if partner.g == "m" else \
            L("meine Partnerin", "ma compagne", "la mia compagna", "my partner")
        body = head(d, who(d, cl, em), who(d, astro, aem), L(
            f"Partnerhoroskop für {d.N(cl, 'f')} & {d.N(partner, 'f')}",
            f"Synastrie {d.N(cl, 'f')} / {d.N(partner, 'f')}", f"Sinastria {d.N(cl, 'f')} e {d.N(partner, 'f')}",
            f"Synastry reading {d.N(cl, 'f')} & {d.N(partner, 'f')}"))
        body += "\n\n" + d.greet(astro) + "\n\n"
        body += L(
            f"ich hätte gerne ein Partnerhoroskop für mich und {rel}. Unsere Daten:\n\n"
            f"Ich: {d.N(cl)}, geb. {d.dob(22, 60)}, {btime(d)} Uhr in {town(d)}\n"
            f"{rel.split()[-1]}: {d.N(partner)}, geb. am {d.dob(22, 60)}, ca. {btime(d)} Uhr in {town(d)}\n\n"
            f"Wenn möglich auch ein kurzer Blick auf unsere Tochter {d.N(child, 'f')} ({d.dob(2, 12)}, "
            f"{btime(d)} Uhr).",
            f"je souhaiterais une synastrie pour moi et {rel}. Nos données :\n\n"
            f"Moi : {d.N(cl)}, {'née' if cl.g == 'f' else 'né'} le {d.dob(22, 60)} à {btime(d)} à {town(d)}\n"
            f"Lui/elle : {d.N(partner)}, {'né' if partner.g == 'm' else 'née'} le {d.dob(22, 60)} vers {btime(d)} "
            f"à {town(d)}\n\nSi possible aussi un petit regard sur notre fille {d.N(child, 'f')} "
            f"(née le {d.dob(2, 12)} à {btime(d)}).",
            f"vorrei una sinastria per me e {rel}. I nostri dati:\n\n"
            f"Io: {d.N(cl)}, {'nata' if cl.g == 'f' else 'nato'} il {d.dob(22, 60)} alle {btime(d)} a {town(d)}\n"
            f"Lui/lei: {d.N(partner)}, {'nato' if partner.g == 'm' else 'nata'} il {d.dob(22, 60)} verso le "
            f"{btime(d)} a {town(d)}\n\nSe possibile anche uno sguardo a nostra figlia {d.N(child, 'f')} "
            f"(nata il {d.dob(2, 12)}, ore {btime(d)}).",
            f"I'd love a synastry reading for me and {rel}. Our details:\n\n"
            f"Me: {d.N(cl)}, born {d.dob(22, 60)}, {btime(d)} in {town(d)}\n"
            f"Partner: {d.N(partner)}, DOB {d.dob(22, 60)}, approx. {btime(d)} in {town(d)}\n\n"
            f"If possible also a quick look at our daughter {d.N(child, 'f')} (born {d.dob(2, 12)}, {btime(d)}).")
        body += "\n\n" + L(f"Sie erreichen mich unter {d.mob()}. Rechnung bitte an {d.A1(a_cl)}.",
                           f"Vous pouvez me joindre au {d.mob()}. Facture à l'adresse {d.A1(a_cl)}.",
                           f"Mi trova al {d.mob()}. Fattura a {d.A1(a_cl)}.",
                           f"You can reach me on {d.mob()}. Invoice to {d.A1(a_cl)}, please.")
        body += f"\n\n{d.bye()}\n{d.N(cl, d.c(['fl', 'f']))}\n\n"
        q = wrote(d, astro) + "\n" + L(
            "Vielen Dank für Ihre Anfrage. Eine Synastrie-Beratung dauert ca. 90 Minuten und kostet 180.-.",
            "Merci pour votre demande. Une consultation de synastrie dure environ 90 minutes (180 €).",
            "Grazie per la richiesta. Una consulenza di sinastria dura circa 90 minuti (180 euro).",
            "Thanks for getting in touch. A synastry session takes about 90 minutes and costs 180.")
        q += "\n\n" + sig(d, astro, L("Astrologische Beratung", "Astrologie humaniste", "Consulenze astrologiche",
                                      "Astrology readings"), addr=a_as if d.p(0.5) else None, email=aem)
        body += quote(q)
        return frame(d, L("Hilf mir bitte, eine freundliche Antwort mit Terminvorschlägen zu formulieren.",
                          "Aide-moi à rédiger une réponse aimable avec des propositions de rendez-vous.",
                          "Aiutami a scrivere una risposta gentile con delle proposte di appuntamento.",
                          "Please help me draft a friendly reply with some appointment options."), body)
    if v == 1:
        orders = []
        for _ in range(d.n(2, 3)):
            p = d.person()
            a = d.addr()
            pay: list[tuple[str, object]]
            if d.p(0.45):
                pay = [("method", "card"), ("pan", vis_card(d)), ("exp", f"{d.n(1, 12):02d}/{d.n(26, 30)}")]
            else:
                pay = [("method", d.c(["paypal", "twint" if d.region == "CH" else "paypal", "invoice"])),
                       ("payer_email", d.email(p))]
            prod = d.c([L("Geburtshoroskop PDF", "Thème natal PDF", "Tema natale PDF", "Natal chart PDF"),
                        L("Partnerhoroskop", "Synastrie", "Sinastria", "Synastry report"),
                        L("Jahresvorschau 2026", "Révolution solaire 2026", "Rivoluzione solare 2026",
                          "Solar return 2026")])
            o = [("order_id", f"AST-{d.digits(6)}"), ("product", prod),
                 ("customer", [("first_name", d.N(p, "f")), ("last_name", d.N(p, "l")), ("email", d.email(p)),
                               ("phone", d.tel() if d.p(0.3) else None)]),
                 ("birth", [("date", m("DOB", d.birth(18, 75).isoformat())), ("time", btime(d)),
                            ("place", town(d, 0.25))])]
            if "ynast" in prod or "Partner" in prod or "inast" in prod:
                q = d.person()
                o.append(("partner", [("name", d.N(q)), ("birth_date", m("DOB", d.birth(18, 75).isoformat())),
                                      ("birth_time", btime(d))]))
            o += [("billing_address", [("street", d.AS(a)), ("zip", a.pc), ("city", a.town)]),
                  ("payment", pay), ("client_ip", d.ip()), ("status", d.c(["failed", "paid", "pending"]))]
            orders.append(jobj(o, 2, 2))
        body = "[\n  " + ",\n  ".join(orders) + "\n]"
        return frame(d, L("Das ist ein Export aus meinem Shop. Welche Bestellungen sind fehlgeschlagen und was fehlt?",
                          "Voici un export de ma boutique. Quelles commandes ont échoué ?",
                          "Questo è un export del mio shop. Quali ordini non sono andati a buon fine?",
                          "This is an export from my shop. Which orders failed and why?"), body)
    if v == 2:
        cl = d.person()
        sp = d.person(g="m" if cl.g == "f" else "f")
        kids = [d.relative(cl) for _ in range(d.n(1, 3))]
        mother = d.relative(cl, "f")
        b = d.birth(30, 58)
        sty = d.c(["num", "num", "long", "iso", "abbr"])

        def rel(days: int) -> str:
            return m("DOB", d.fdate(b + dt.timedelta(days=days), sty if d.p(0.7) else None))

        rows = [[d.N(cl), L("Klientin" if cl.g == "f" else "Klient", "cliente", "cliente", "client"),
                 m("DOB", d.fdate(b, sty)), btime(d), town(d)],
                [d.N(sp), L("Partner", "conjoint", "coniuge", "spouse"), rel(d.n(-3000, 3000)), btime(d), town(d)]]
        for k in kids:
            rows.append([d.N(k, d.c(["fl", "f"])), L("Kind", "enfant", "figlio/a", "child"),
                         rel(d.n(22 * 365, 29 * 365)), d.c([btime(d), "?"]), town(d, 0)])
        rows.append([d.N(mother), L("Mutter", "mère", "madre", "mother"), rel(-d.n(20 * 365, 38 * 365)), "?",
                     town(d, 0.3)])
        body = f"# {L('Klientenkartei', 'Fiche client', 'Scheda cliente', 'Client file')}: {d.N(cl)}\n"
        body += f"{L('Kontakt', 'Contact', 'Contatti', 'Contact')}: {d.mob()} · {d.email(cl)}\n"
        body += f"{L('Adresse', 'Adresse', 'Indirizzo', 'Address')}: {d.A1()}\n\n"
        body += f"## {L('Familie', 'Famille', 'Famiglia', 'Family')}\n\n"
        body += table(d, [L("Name", "Nom", "Nome", "Name"), L("Beziehung", "Lien", "Relazione", "Relation"),
                          L("Geburtsdatum", "Date de naissance", "Data di nascita", "Date of birth"),
                          L("Zeit", "Heure", "Ora", "Time"), L("Ort", "Lieu", "Luogo", "Place")], rows, "md")
        k0 = kids[0]
        poss = d.N(k0, "f") + ("s" if d.lang == "de" and not k0.first.endswith(("s", "x", "z")) else "")
        if d.lang == "en":
            poss = d.N(k0, "f") + "'s"
        body += "\n\n## " + L("Notizen", "Notes", "Appunti", "Notes") + "\n"
        body += L(
            f"- {d.N(cl, 'f')} fragt nach beruflicher Veränderung (Saturn-Transit).\n"
            f"- {poss} Mondknoten im 5. Haus, Schulwechsel steht an.\n"
            f"- {d.N(sp, 'f')} war beim letzten Termin dabei, skeptisch.\n"
            f"- Nächster Termin: {d.date()} — Rechnung an {d.email(sp)}",
            f"- {d.N(cl, 'f')} s'interroge sur un changement professionnel (transit de Saturne).\n"
            f"- Nœud lunaire de {d.N(k0, 'f')} en maison 5, changement d'école.\n"
            f"- {d.N(sp, 'f')} était présent la dernière fois, sceptique.\n"
            f"- Prochain rendez-vous : {d.date()} — facture à {d.email(sp)}",
            f"- {d.N(cl, 'f')} chiede di un cambio di lavoro (transito di Saturno).\n"
            f"- Nodo lunare di {d.N(k0, 'f')} in casa 5, cambio di scuola.\n"
            f"- {d.N(sp, 'f')} era presente l'ultima volta, scettico/a.\n"
            f"- Prossimo appuntamento: {d.date()} — fattura a {d.email(sp)}",
            f"- {d.N(cl, 'f')} is asking about a career change (Saturn transit).\n"
            f"- {poss} North Node in the 5th house, changing schools.\n"
            f"- {d.N(sp, 'f')} came along last time, sceptical.\n"
            f"- Next session: {d.date()} — invoice to {d.email(sp)}")
        return frame(d, L("Fasse die Notizen zusammen und schlage Themen für die nächste Sitzung vor.",
                          "Résume ces notes et propose des thèmes pour la prochaine séance.",
                          "Riassumi gli appunti e proponi i temi per la prossima seduta.",
                          "Summarise these notes and suggest topics for the next session."), body)
    # v == 3: friends' chat about numerology
    ppl = d.people(d.n(3, 5))
    extra = d.person()
    msgs: list[tuple[str, str]] = []
    s = [d.N(p, d.c(["f", "fl"])) if d.p(0.8) else d.mob() for p in ppl]
    msgs.append((s[0], lowchat(d, L("Leute ich mach heute Abend Numerologie für alle, schickt mal eure Geburtsdaten",
                                    "je fais la numérologie de tout le monde ce soir, envoyez vos dates de naissance",
                                    "stasera faccio la numerologia per tutti, mandatemi le date di nascita",
                                    "doing numerology for everyone tonight, send me your birthdays (with year!)"))))
    for i in range(1, len(ppl)):
        said = L(f"ich bin {d.dob(18, 45)}", f"moi c'est le {d.dob(18, 45)}", f"io sono del {d.dob(18, 45)}",
                 f"mine's {d.dob(18, 45)}")
        msgs.append((s[i], lowchat(d, d.c([f"{d.dob(18, 45)}", said]),
                                   0.3)))
    msgs.append((s[-1], lowchat(d, L(f"und {d.N(extra, 'f')} (mein freund) ist {d.dob(18, 45)}, falls du magst",
                                     f"et {d.N(extra, 'f')} (mon copain) c'est le {d.dob(18, 45)} si tu veux",
                                     f"e {d.N(extra, 'f')} (il mio ragazzo) è del {d.dob(18, 45)} se vuoi",
                                     f"and {d.N(extra, 'f')} (my bf) is {d.dob(18, 45)} if you want"), 0.7)))
    msgs.append((s[0], lowchat(d, L(f"{d.N(ppl[1], 'f')} du bist bestimmt eine 7 haha",
                                    f"{d.N(ppl[1], 'f')} t'es sûrement un 7 mdr",
                                    f"{d.N(ppl[1], 'f')} secondo me sei un 7 ahah",
                                    f"{d.N(ppl[1], 'f')} you're def a 7 lol"), 0.7)))
    msgs.append((s[0], lowchat(d, L(f"meins ist übrigens {d.dob(18, 45)}", f"le mien c'est le {d.dob(18, 45)}",
                                    f"la mia è {d.dob(18, 45)}", f"mine is {d.dob(18, 45)} obviously"), 0.7)))
    if d.p(0.5):
        msgs.append((s[1], lowchat(d, L(f"frag noch {d.N(extra, 'f')}s schwester, {d.N(ppl[0], 'f')}",
                                        f"demande aussi à la sœur de {d.N(extra, 'f')}, {d.N(ppl[0], 'f')}",
                                        f"chiedi anche alla sorella di {d.N(extra, 'f')}, {d.N(ppl[0], 'f')}",
                                        f"ask {d.N(extra, 'f')}'s sister too {d.N(ppl[0], 'f')}"), 0.8)))
    body = chat(d, msgs)
    return frame(d, L("Berechne bitte für alle im Chat die Lebenszahl (Numerologie) mit kurzer Erklärung.",
                      "Calcule le chemin de vie (numérologie) de chaque personne du chat.",
                      "Calcola il numero del destino (numerologia) per tutti quelli della chat.",
                      "Work out everyone's life path number from this chat, with a short explanation."), body)


def vis_card(d: Doc) -> str:
    return d.card(d.c(["c", "c", "g"]))


def de_(t: str) -> str:
    return f"d'{t}" if fold(t[0]).lower() in "aeiouh" else f"de {t}"


def club_name(d: Doc, kind: str) -> str:
    t = d.c(TOWNS[d.pk])[1]
    names = {
        "phil": (f"Philatelistenverein {t} e.V." if d.region == "DE" else f"Briefmarkensammlerverein {t}",
                 f"Cercle philatélique {de_(t)}", f"Circolo filatelico di {t}", f"{t} Philatelic Society"),
        "car": (f"Oldtimerfreunde {t}", f"Amicale des véhicules anciens {de_(t)}", f"Club auto d'epoca {t}",
                f"{t} Classic Car Club"),
    }[kind]
    return d.L(*names)


def g_philately(d: Doc, v: int) -> str:
    L = d.L
    club = club_name(d, "phil")
    if v == 0:
        mgr = d.person()
        a = d.addr()
        rows = []
        for i in range(d.n(3, 5)):
            p = d.person()
            rows.append([str(i + 1), d.N(p, d.c(["lf", "fl", "Lf"])), d.A1(d.addr(), d.avar()), d.tel(),
                         d.date("num"), d.c(["", d.date("num"), "✓"])])
        body = f"{club}\n" + L(f"Rundsendung Nr. {d.digits(3)}/{d.n(24, 26)} – Leitung: {d.N(mgr)}",
                               f"Carnet de circulation n° {d.digits(3)} – responsable : {d.N(mgr)}",
                               f"Circolare scambi n. {d.digits(3)} – responsabile: {d.N(mgr)}",
                               f"Exchange packet no. {d.digits(3)} – packet secretary: {d.N(mgr)}")
        body += f"\n{d.A1(a)} · {d.land()} · {d.email(mgr)}\n\n"
        body += L("Bitte spätestens nach 5 Tagen weitersenden, Entnahmen im Heft eintragen!",
                  "Merci de faire suivre sous 5 jours et de noter vos prélèvements !",
                  "Inoltrare entro 5 giorni e annotare i prelievi sul libretto!",
                  "Please pass on within 5 days and record what you take in the booklet!") + "\n\n"
        body += table(d, ["#", L("Name", "Nom", "Nome", "Name"), L("Anschrift", "Adresse", "Indirizzo", "Address"),
                          L("Telefon", "Tél.", "Tel.", "Phone"), L("erhalten", "reçu", "ricevuto", "received"),
                          L("weiter am", "envoyé le", "inoltrato", "sent on")], rows, d.c(["fixed", "md", "pipe"]))
        body += "\n\n" + L(f"Zurück an {d.N(mgr, 'if')}.", f"Retour à {d.N(mgr, 'if')}.",
                           f"Rispedire a {d.N(mgr, 'if')}.", f"Return to {d.N(mgr, 'if')}.")
        return frame(d, L("Mach mir daraus eine übersichtliche Tabelle und sag mir, wer die Sendung zu lange hatte.",
                          "Fais-moi un tableau clair et dis-moi qui a gardé le carnet trop longtemps.",
                          "Fammi una tabella chiara e dimmi chi ha tenuto la circolare troppo a lungo.",
                          "Turn this into a tidy table and tell me who kept the packet too long."), body)
    if v == 1:
        rows = []
        for _ in range(d.n(3, 4)):
            p = d.person()
            a = d.addr()
            rows.append([d.digits(4), d.N(p, "l"), d.N(p, "f"), d.AS(a, d.avar()), a.pc, a.town,
                         d.tel() if d.p(0.75) else "", d.email(p) if d.p(0.5) else "",
                         d.c([L("Schweiz", "France", "Italia", "GB"), "Motiv Eisenbahn", "Zeppelin", "Ganzsachen",
                              "Vatikan", "Heimat"]),
                         (d.iban() if d.has_iban else d.c(["cheque", "PayPal", "cash"])) if d.p(0.4) else ""])
        hd = [L("MitglNr", "N° membre", "N. socio", "MemberNo"), L("Name", "Nom", "Cognome", "Surname"),
              L("Vorname", "Prénom", "Nome", "First name"), L("Strasse", "Rue", "Via", "Street"),
              L("PLZ", "NPA" if d.region == "CH" else "CP", "CAP", "Postcode"),
              L("Ort", "Localité", "Località", "Town"),
              L("Telefon", "Téléphone", "Telefono", "Phone"), "E-Mail", L("Sammelgebiet", "Domaine", "Collezione",
                                                                          "Collecting area"),
              L("IBAN Lastschrift", "IBAN prélèvement", "IBAN addebito", "IBAN / payment" if d.has_iban else "Payment")]
        body = f"{club} – {L('Mitgliederliste', 'liste des membres', 'elenco soci', 'membership list')}\n\n"
        body += table(d, hd, rows, d.c(["csv", "ssv", "tsv"]))
        return frame(d, L("Welche Mitglieder haben keine E-Mail-Adresse? Bitte auch eine Vorlage für einen "
                          "Serienbrief.",
                          "Quels membres n'ont pas d'e-mail ? Prépare aussi un modèle de lettre.",
                          "Quali soci non hanno l'e-mail? Preparami anche una lettera tipo.",
                          "Which members have no e-mail? Also draft a mail-merge letter for them."), body)
    if v == 2:
        heir = d.person(g="f")
        hus = d.relative(heir, "m")
        son = d.relative(heir, "m")
        dealer, expert = d.person(), d.person()
        em = d.email(heir)
        dem = d.work_email(dealer, d.domain("briefmarken-haus|philatelie-depot", "timbres-passion|philatelie-conseil",
                                            "filatelia-centrale|francobolli-antichi",
                                            "stampdealers|philatelic-auctions"))
        a = d.addr()
        body = head(d, who(d, heir, em), who(d, dealer, dem), L("Briefmarkensammlung meines verstorbenen Mannes",
                                                                 "Collection de timbres de mon défunt mari",
                                                                 "Collezione di francobolli di mio marito",
                                                                 "My late husband's stamp collection"))
        body += "\n\n" + d.greet(dealer, True) + "\n\n" + L(
            f"mein Mann {d.N(hus)} ist im Frühjahr verstorben und hat über 40 Jahre Briefmarken gesammelt "
            f"(ca. 30 Alben, viel Deutschland ab 1949). Unser Sohn {d.N(son, 'f')} hilft mir beim Sortieren, er ist "
            f"unter {d.mob()} erreichbar. Ich wohne {d.A1(a)}. Könnten Sie sich die Sammlung ansehen?",
            f"mon mari {d.N(hus)} est décédé au printemps ; il a collectionné les timbres pendant 40 ans (une "
            f"trentaine d'albums). Notre fils {d.N(son, 'f')} m'aide, vous pouvez le joindre au {d.mob()}. "
            f"J'habite {d.A1(a)}. Pourriez-vous venir voir la collection ?",
            f"mio marito {d.N(hus)} è mancato in primavera e ha collezionato francobolli per 40 anni (circa 30 "
            f"album). Mio figlio {d.N(son, 'f')} mi aiuta, lo trova al {d.mob()}. Abito in {d.A1(a)}. "
            f"Potrebbe venire a vedere la collezione?",
            f"my husband {d.N(hus)} passed away in the spring and collected stamps for over 40 years (about 30 "
            f"albums). Our son {d.N(son, 'f')} is helping me, you can reach him on {d.mob()}. I live at "
            f"{d.A1(a)}. Would you be able to look at the collection?")
        body += f"\n\n{d.bye()}\n{d.N(heir)}\n\n"
        rep = wrote(d, dealer, dem) + "\n" + L(
            f"Gerne. Für die besseren Stücke würde ich {d.N(expert)} (Prüfer BPP) um ein Attest bitten. Für die "
            f"Überweisung bräuchte ich Ihre IBAN.",
            f"Avec plaisir. Pour les meilleures pièces je demanderai un certificat à {d.N(expert)}, expert. "
            f"Merci de m'indiquer votre IBAN pour le virement.",
            f"Volentieri. Per i pezzi migliori chiederei un certificato a {d.N(expert)}, perito. Mi servirebbe "
            f"il suo IBAN per il bonifico.",
            f"Happy to. For the better items I'd ask {d.N(expert)} for a certificate. I'll need your bank details "
            f"for the payment.")
        body += quote(rep) + "\n\n"
        if d.has_iban:
            body += L(f"Hier die Kontodaten: {d.iban()}, Kontoinhaberin {d.N(heir, 'lf')}.",
                      f"Voici mon IBAN : {d.iban()}, titulaire {d.N(heir)}.",
                      f"Ecco l'IBAN: {d.iban()}, intestato a {d.N(heir, 'l_f')}.",
                      f"Here are my details: IBAN {d.iban()}, account holder {d.N(heir)}.")
        else:
            body += L("", f"Merci d'envoyer un chèque à l'ordre de {d.N(heir)} ou d'appeler {d.N(son, 'f')} au "
                      f"{d.mob()}.", "", f"Please send a cheque payable to {d.N(heir)} or call {d.N(son, 'f')} on "
                      f"{d.mob()}.")
        return frame(d, L("Wie antworte ich am besten und worauf muss ich beim Verkauf achten?",
                          "Comment répondre et à quoi faire attention pour la vente ?",
                          "Come rispondo e a cosa devo fare attenzione nella vendita?",
                          "How should I reply and what should I watch out for when selling?"), body)
    # v == 3: youth membership application
    leader = d.person()
    forms = []
    par = d.person()
    pa, pm, pe = d.addr(), d.mob(), d.email(par)
    pav = d.avar()
    for _ in range(d.n(1, 2)):
        ch = d.relative(par)
        lab = [L("Name, Vorname", "Nom, prénom", "Cognome e nome", "Name"), L("Geburtsdatum", "Date de naissance",
                                                                             "Data di nascita", "Date of birth"),
               L("Anschrift", "Adresse", "Indirizzo", "Address"), L("Erziehungsberechtigte/r", "Représentant légal",
                                                                    "Genitore", "Parent/guardian"),
               L("Telefon", "Téléphone", "Telefono", "Phone"), "E-Mail"]
        vals = [d.N(ch, "lf" if d.lang != "en" else "fl"), d.dob(8, 16), d.A1(pa, pav), d.N(par), pm, pe]
        w = max(len(x) for x in lab) + 2
        f = "\n".join(f"{(x + ':').ljust(w)}{y}" for x, y in zip(lab, vals, strict=True))
        if d.has_iban:
            f += "\n" + L(f"Beitrag per Lastschrift: {d.iban()} (Kontoinhaber/in {d.N(par)})",
                          f"Cotisation par prélèvement : {d.iban()} (titulaire {d.N(par)})",
                          f"Quota con addebito: {d.iban()} (intestatario {d.N(par)})",
                          f"Direct debit: {d.iban()} (account holder {d.N(par)})")
        forms.append(f)
    rec = d.person()
    body = L("AUFNAHMEANTRAG JUGENDGRUPPE", "DEMANDE D'ADHÉSION – GROUPE JEUNESSE", "DOMANDA DI ISCRIZIONE – GRUPPO "
             "GIOVANI", "JUNIOR MEMBERSHIP APPLICATION") + f"\n{club}\n\n" + "\n\n".join(forms)
    body += "\n\n" + L(f"Geworben von: {d.N(rec)}", f"Parrainé par : {d.N(rec)}", f"Presentato da: {d.N(rec)}",
                       f"Introduced by: {d.N(rec)}")
    body += "\n\n" + L(f"Hallo {d.N(leader, 'f')}, anbei der Antrag, bitte an den Kassier weiterleiten. "
                       f"{d.N(rec, 'f')}",
                       f"Salut {d.N(leader, 'f')}, voici la demande, à transmettre au trésorier. {d.N(rec, 'f')}",
                       f"Ciao {d.N(leader, 'f')}, ecco la domanda, da girare al tesoriere. {d.N(rec, 'f')}",
                       f"Hi {d.N(leader, 'f')}, form attached, please pass to the treasurer. {d.N(rec, 'f')}")
    return frame(d, L("Ist der Antrag vollständig? Formuliere eine Willkommensmail an die Eltern.",
                      "La demande est-elle complète ? Rédige un mail de bienvenue aux parents.",
                      "La domanda è completa? Scrivi una mail di benvenuto ai genitori.",
                      "Is the form complete? Draft a welcome e-mail to the parents."), body)


def g_classiccar(d: Doc, v: int) -> str:
    L = d.L
    club = club_name(d, "car")
    cars = ["Porsche 356 B", "VW Käfer 1200", "Mercedes-Benz 190 SL", "Citroën DS 21", "Alfa Romeo Giulia Spider",
            "Fiat 500 F", "Austin-Healey 3000", "MG B Roadster", "Jaguar E-Type", "Triumph TR4", "Lancia Fulvia",
            "Peugeot 404", "Renault Alpine A110", "BMW 2002", "Volvo P1800", "Ford Mustang", "Saab 96"]
    if v == 0:
        drv, co = d.person(), d.person()
        emg = d.relative(drv)
        lic = d.c(["B072" + d.digits(6), d.digits(9), "FS" + d.digits(8)])
        lab = L("Name: |Geburtsdatum: |Anschrift: |Mobil: |E-Mail: |Führerschein-Nr.: ",
                "Nom : |Date de naissance : |Adresse : |Portable : |E-mail : |N° de permis : ",
                "Nome: |Data di nascita: |Indirizzo: |Cellulare: |E-mail: |Patente n.: ",
                "Name: |Date of birth: |Address: |Mobile: |E-mail: |Licence no.: ").split("|")

        def block(p: Person) -> str:
            vals = [d.N(p, d.c(["fl", "lf"])), d.dob(25, 78), d.A1(d.addr(), d.avar()), d.mob(), d.email(p),
                    lic if p is drv else d.digits(8)]
            return "\n".join(a + b for a, b in zip(lab, vals, strict=True))

        body = f"{club} – " + L("Nennformular Frühjahrsrallye", "Bulletin d'engagement Rallye de printemps",
                                "Modulo d'iscrizione Rally di primavera", "Spring rally entry form") + "\n\n"
        body += L("FAHRER", "PILOTE", "PILOTA", "DRIVER") + "\n" + block(drv) + "\n\n"
        body += L("BEIFAHRER", "COPILOTE", "NAVIGATORE", "CO-DRIVER") + "\n" + block(co) + "\n\n"
        body += L("Fahrzeug", "Véhicule", "Veicolo", "Car") + f": {d.c(cars)}, {d.n(1955, 1979)}, " + \
            L("Kennzeichen", "immatriculation", "targa", "reg.") + f" {plate(d)}\n"
        body += L("Notfallkontakt", "Personne à prévenir", "Contatto d'emergenza", "Emergency contact") + \
            f": {d.N(emg)}, {d.tel()}\n"
        if d.p(0.5):
            body += L("Nenngeld 240,- per Kreditkarte: ", "Droits d'engagement 240 € par carte : ",
                      "Quota 240 € con carta: ", "Entry fee 240 by card: ") + \
                f"{d.card()} {L('gültig bis', 'exp.', 'scad.', 'exp')} {d.n(1, 12):02d}/{d.n(26, 29)}\n"
        elif d.has_iban:
            body += L("Nenngeld überwiesen von ", "Droits virés depuis ", "Quota bonificata da ", "Fee paid from ") + \
                f"{d.iban()}\n"
        body += "\n" + L(f"Unterschrift: {d.N(drv)}", f"Signature : {d.N(drv)}", f"Firma: {d.N(drv)}",
                         f"Signed: {d.N(drv)}")
        return frame(d, L("Prüf bitte, ob das Nennformular vollständig ist, und schreib eine Bestätigung an den "
                          "Fahrer.",
                          "Vérifie que l'engagement est complet et rédige une confirmation pour le pilote.",
                          "Controlla se il modulo è completo e scrivi una conferma al pilota.",
                          "Check whether this entry is complete and write a confirmation to the driver."), body)
    if v == 1:
        rows = []
        for i in range(d.n(4, 5)):
            a, b = d.person(), d.person()
            st = d.c(["Lf", "lf", "fl", "if"])
            rows.append([str(i + 1), d.N(a, st), d.N(b, st), d.c(cars), str(d.n(1952, 1982)),
                         d.c(["", club.split()[-1], "MSC", "ADAC" if d.lang == "de" else "FFVE"])])
        body = L("STARTLISTE", "LISTE DES ENGAGÉS", "ELENCO ISCRITTI", "START LIST") + f" – {club}\n\n"
        body += table(d, [L("Nr", "N°", "N.", "No"), L("Fahrer", "Pilote", "Pilota", "Driver"),
                          L("Beifahrer", "Copilote", "Navigatore", "Co-driver"), L("Fahrzeug", "Véhicule", "Vettura",
                                                                                    "Car"),
                          L("Bj.", "Année", "Anno", "Year"), "Club"], rows, d.c(["fixed", "md", "tsv"]))
        body += "\n\n" + L("Streckenposten", "Commissaires", "Commissari di percorso", "Marshals") + ":\n"
        for _ in range(d.n(2, 4)):
            mp = d.person()
            body += f"- {L('ZK', 'CP', 'CO', 'TC')} {d.n(1, 8)}: {d.N(mp)}, {d.mob()}\n"
        return frame(d, L("Sortiere die Startliste nach Baujahr und mach eine Liste nur mit den Fahrern.",
                          "Trie la liste par année et fais une liste des pilotes seulement.",
                          "Ordina l'elenco per anno e fammi una lista solo con i piloti.",
                          "Sort the start list by year and give me a list of drivers only."), body.rstrip())
    if v == 2:
        rows = []
        for _ in range(d.n(4, 6)):
            p = d.person()
            rows.append([d.N(p, d.c(["fl", "lf"])), d.c(cars), d.c(["WP0ZZZ", "VF3", "ZAR", "SAJ", "WDB"]) +
                         d.digits(8), d.date("num", d.n(1955, 1980)), d.tel(), d.email(p) if d.p(0.8) else "",
                         d.A1(d.addr())])
        body = table(d, [L("Halter", "Propriétaire", "Proprietario", "Owner"), L("Fahrzeug", "Véhicule", "Veicolo",
                                                                                 "Car"),
                         L("Fahrgestell-Nr.", "N° de châssis", "Telaio", "Chassis no."),
                         L("Erstzulassung", "1re immatriculation", "Prima immatricolazione", "First registered"),
                         L("Telefon", "Téléphone", "Telefono", "Phone"), "E-Mail", L("Adresse", "Adresse",
                                                                                     "Indirizzo", "Address")],
                     rows, d.c(["csv", "ssv"]))
        return frame(d, L(f"Fahrzeugregister {club}: Welche Fahrzeuge werden dieses Jahr 60? Schreib den Haltern.",
                          f"Registre des véhicules {club} : quels véhicules ont 60 ans cette année ?",
                          f"Registro veicoli {club}: quali auto compiono 60 anni quest'anno?",
                          f"{club} vehicle register: which cars turn 60 this year? Draft a note to the owners."), body)
    # v == 3: club chat
    ppl = d.people(d.n(3, 4))
    seller = d.person()
    a = d.addr()
    s = [d.N(p, d.c(["f", "fl"])) for p in ppl]
    unknown = d.mob()
    msgs = [
        (s[0], lowchat(d, L("Hat jemand noch einen Vergaser für den 356er? Meiner ist hinüber",
                            "quelqu'un a un carbu pour la DS ? le mien est mort",
                            "qualcuno ha un carburatore per la Giulia? il mio è andato",
                            "anyone got a spare carb for the MGB? mine's had it"))),
        (s[1], lowchat(d, L(f"{d.N(seller)} in {a.town} hat noch welche, {d.AS(a, 'lower')}, tel {d.mob()}",
                            f"{d.N(seller)} à {a.town} en a, {d.AS(a, 'lower')}, tél {d.mob()}",
                            f"{d.N(seller)} a {a.town} ne ha, {d.AS(a, 'lower')}, tel {d.mob()}",
                            f"{d.N(seller)} in {a.town} has a few, {d.AS(a, 'lower')}, tel {d.mob()}"), 0.7)),
        (s[0], lowchat(d, L(f"danke {d.N(ppl[1], 'f')}! ruf ich morgen an", f"merci {d.N(ppl[1], 'f')} !",
                            f"grazie {d.N(ppl[1], 'f')}!", f"cheers {d.N(ppl[1], 'f')}!"))),
        (unknown, L(f"Hallo, hier ist {d.N(seller, 'f')}, {d.N(ppl[1], 'f')} hat mir die Nummer gegeben. Vergaser "
                    f"ist da, Abholung {d.AS(d.addr())}",
                    f"Bonjour, c'est {d.N(seller, 'f')}, {d.N(ppl[1], 'f')} m'a donné le numéro. Le carbu est dispo, "
                    f"à récupérer {d.AS(d.addr())}",
                    f"Salve, sono {d.N(seller, 'f')}, mi ha dato il numero {d.N(ppl[1], 'f')}. Il carburatore c'è, "
                    f"ritiro in {d.AS(d.addr())}",
                    f"Hi it's {d.N(seller, 'f')}, {d.N(ppl[1], 'f')} gave me your number. Carb is here, pick up at "
                    f"{d.AS(d.addr())}")),
        (s[-1], lowchat(d, L(f"Treffpunkt Sonntag 9 Uhr bei {d.N(ppl[-1], 'l')} in der Garage, {d.A1(d.addr())}",
                             f"rdv dimanche 9h chez {d.N(ppl[-1], 'l')}, {d.A1(d.addr())}",
                             f"ritrovo domenica alle 9 da {d.N(ppl[-1], 'l')}, {d.A1(d.addr())}",
                             f"meet Sunday 9am at {d.N(ppl[-1], 'l')}'s garage, {d.A1(d.addr())}"), 0.5)),
    ]
    if len(ppl) > 3:
        msgs.append((s[2], lowchat(d, L(f"bin dabei, bring {d.N(d.relative(ppl[2]), 'f')} mit",
                                        f"je viens avec {d.N(d.relative(ppl[2]), 'f')}",
                                        f"ci sono, porto {d.N(d.relative(ppl[2]), 'f')}",
                                        f"in, bringing {d.N(d.relative(ppl[2]), 'f')}"))))
    return frame(d, L("Fass mir den Chat zusammen: Wer kümmert sich um was?",
                      "Résume-moi la discussion : qui s'occupe de quoi ?",
                      "Riassumi la chat: chi si occupa di cosa?",
                      "Summarise this chat for me: who is doing what?"), chat(d, msgs))


def garage(d: Doc) -> tuple[str, str]:
    d.org_town = d.c(TOWNS[d.pk])
    t = d.org_town[1]
    name = d.L(f"Reifen-Center {t}", f"Pneus Service {t}", f"Gommista Centro {t}", f"{t} Tyre & Auto")
    dom = d.domain("reifen-center|reifenprofi|pneuhaus", "pneus-service|autopneus", "gommecentro|gommista-express",
                   "tyreauto|tyrehotel")
    return name, dom


PLATES = {"DE": ["B-", "HH-", "M-", "K-", "S-", "HD-"], "AT": ["W-", "G-", "L-", "S-", "I-"],
          "CH": ["ZH ", "BE ", "BS ", "LU ", "SG "], "CHFR": ["GE ", "VD ", "NE ", "VS ", "FR "],
          "TI": ["TI "], "FR": ["", ""], "BE": ["1-", "2-"], "QC": ["", ""], "IT": ["", ""], "GB": ["", ""],
          "US": ["", ""], "IE": ["", ""], "AU": ["", ""], "NZ": ["", ""], "CA": ["", ""]}


def plate(d: Doc) -> str:
    pre = d.c(PLATES[d.pk])
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if d.pk in ("FR", "IT"):
        return f"{d.c(up)}{d.c(up)}-{d.digits(3)}-{d.c(up)}{d.c(up)}"
    if d.pk in ("GB",):
        return f"{d.c(up)}{d.c(up)}{d.digits(2)} {d.c(up)}{d.c(up)}{d.c(up)}"
    if d.pk in ("US", "CA", "QC", "AU", "NZ"):
        return f"{d.c(up)}{d.c(up)}{d.c(up)} {d.digits(3)}"
    if d.pk == "IE":
        return f"{d.n(12, 25)}-{d.c(['D', 'C', 'G', 'KY'])}-{d.digits(5)}"
    if d.pk in ("DE", "AT"):
        return f"{pre}{d.c(up)}{d.c(up)} {d.digits(3)}"
    return f"{pre}{d.digits(6)}"


def g_tyrestorage(d: Doc, v: int) -> str:
    L = d.L
    gname, gdom = garage(d)
    sizes = ["205/55 R16", "225/45 R17", "195/65 R15", "235/55 R18", "215/60 R16", "185/65 R15", "245/40 R19"]
    if v == 0:
        rows = []
        for _ in range(d.n(5, 7)):
            p = d.person()
            rows.append([f"{d.c('ABCDE')}{d.n(1, 9)}-{d.n(1, 40):02d}", plate(d),
                         d.N(p, d.c(["lf", "Lf", "fl", "LcF"])), d.tel(), d.c(sizes),
                         f"{d.n(15, 80) / 10:.1f} mm".replace(".", "," if d.lang != "en" else "."),
                         d.c([L("Winter", "hiver", "inverno", "winter"), L("Sommer", "été", "estate", "summer"),
                              L("Ganzjahr", "4 saisons", "4 stagioni", "all-season")])])
        body = f"{gname} – " + L("Reifeneinlagerung, Stand ", "pneus en gardiennage au ", "deposito gomme al ",
                                 "tyre hotel stock list as of ") + d.date("num") + "\n\n"
        body += table(d, [L("Platz", "Emplacement", "Posto", "Rack"), L("Kennzeichen", "Immat.", "Targa", "Reg."),
                          L("Kunde", "Client", "Cliente", "Customer"), L("Telefon", "Téléphone", "Telefono", "Phone"),
                          L("Dimension", "Dimension", "Misura", "Size"), L("Profil", "Profondeur", "Battistrada",
                                                                           "Tread"),
                          L("Satz", "Jeu", "Treno", "Set")], rows, d.c(["fixed", "fixed", "md", "tsv"]))
        return frame(d, L("Welche Kunden haben weniger als 3 mm Profil? Schreib ihnen eine kurze SMS.",
                          "Quels clients ont moins de 3 mm de profondeur ? Rédige un SMS court.",
                          "Quali clienti hanno meno di 3 mm di battistrada? Scrivi loro un SMS breve.",
                          "Which customers are under 3 mm tread? Draft a short text to them."), body)
    if v == 1:
        rows = []
        for _ in range(d.n(5, 7)):
            p = d.person()
            ttl = d.title(p)
            txt = L(f"Guten Tag {ttl} {d.N(p, 'l')}, Ihr Termin für den Radwechsel ist am {d.date('short')} um "
                    f"{d.time()} Uhr. {gname}",
                    f"Bonjour {ttl} {d.N(p, 'l')}, votre RDV changement de pneus : {d.date('short')} à {d.time()}. "
                    f"{gname}",
                    f"Buongiorno {ttl} {d.N(p, 'l')}, appuntamento cambio gomme il {d.date('short')} alle "
                    f"{d.time()}. {gname}",
                    f"Hi {d.N(p, 'f')}, your tyre change is booked for {d.date('short')} at {d.time()}. {gname}")
            rows.append([f"{d.date('iso')} {d.n(8, 18):02d}:{d.n(0, 59):02d}", d.phone("m"), d.N(p, "lf"), txt,
                         d.c(["delivered", "delivered", "delivered", "failed", "pending"])])
        body = table(d, ["timestamp", "to", "customer", "text", "status"], rows, d.c(["csv", "tsv"]))
        return frame(d, L("Das ist unser SMS-Log. Welche Nachrichten kamen nicht an? Liste Name und Nummer.",
                          "Voici le journal des SMS. Lesquels n'ont pas été délivrés ?",
                          "Questo è il log degli SMS. Quali non sono stati consegnati?",
                          "This is our SMS log. Which messages failed? List name and number."), body)
    if v == 2:
        cu, mgr, mech = d.person(), d.person(), d.person()
        em = d.email(cu)
        wem = d.work_email(mgr, gdom)
        ga = d.addr(t=d.org_town)
        subj = L("Beschwerde Radwechsel / zerkratzte Felgen", "Réclamation – jantes rayées",
                 "Reclamo – cerchi graffiati", "Complaint – scratched alloys after tyre change")
        body = head(d, who(d, mgr, wem), who(d, cu, em), "Re: " + subj,
                    cc=f"{L('Werkstatt', 'Atelier', 'Officina', 'Workshop')} <info@{gdom}>")
        complaint = L(
            f"Guten Tag,\n\nbeim Radwechsel am {d.date()} wurden an meinem Wagen ({plate(d)}) zwei Felgen "
            f"zerkratzt. Ihr Mitarbeiter {d.N(mech, 'f')} meinte, das sei schon vorher so gewesen – das stimmt nicht. "
            f"Ich erwarte einen Rückruf unter {d.mob()}.\n\n{d.bye()}\n{d.N(cu)}\n{d.A2(None, d.avar())}",
            f"Bonjour,\n\nlors du changement de pneus du {d.date()}, deux jantes de ma voiture ({plate(d)}) ont été "
            f"rayées. Votre employé {d.N(mech, 'f')} dit que c'était déjà le cas, c'est faux. Merci de me rappeler au "
            f"{d.mob()}.\n\n{d.bye()}\n{d.N(cu)}\n{d.A2(None, d.avar())}",
            f"Buongiorno,\n\ndurante il cambio gomme del {d.date()} due cerchi della mia auto ({plate(d)}) sono stati "
            f"graffiati. Il vostro meccanico {d.N(mech, 'f')} dice che erano già così, non è vero. Attendo una "
            f"chiamata al {d.mob()}.\n\n{d.bye()}\n{d.N(cu)}\n{d.A2(None, d.avar())}",
            f"Hello,\n\nwhen my tyres were changed on {d.date()}, two alloys on my car ({plate(d)}) were scratched. "
            f"Your fitter {d.N(mech, 'f')} said they were already like that, which is not true. Please call me back "
            f"on {d.mob()}.\n\n{d.bye()}\n{d.N(cu)}\n{d.A2(None, d.avar())}")
        rep = d.greet(cu, True) + "\n\n" + L(
            f"wir haben mit {d.N(mech, 'f')} gesprochen und die Fotos vom Einlagern geprüft. Gerne schauen wir uns "
            f"die Felgen an.", f"nous avons parlé avec {d.N(mech, 'f')} et vérifié les photos. Nous examinerons "
            f"volontiers les jantes.", f"abbiamo parlato con {d.N(mech, 'f')} e controllato le foto. Siamo disponibili "
            f"a verificare i cerchi.", f"we've spoken to {d.N(mech, 'f')} and checked the photos from intake. We're "
            f"happy to inspect the wheels.")
        rep += "\n\n" + sig(d, mgr, gname, L("Werkstattleitung", "Chef d'atelier", "Responsabile officina",
                                             "Workshop manager"), addr=ga, email=wem)
        body += "\n\n" + rep + "\n\n" + quote(wrote(d, cu, em) + "\n" + complaint)
        return frame(d, L("Ich bin die Kundin/der Kunde. Wie reagiere ich jetzt am besten? Bitte eine sachliche "
                          "Antwort.", "Je suis le client. Comment répondre ? Rédige une réponse factuelle.",
                          "Sono il cliente. Come rispondo? Scrivi una risposta pacata.",
                          "I'm the customer. How should I respond now? Draft a calm reply."), body)
    # v == 3: authorisation + invoice
    ow, fr_ = d.person(), d.person()
    ga = d.addr(t=d.org_town)
    a = d.addr()
    auth = L(
        f"VOLLMACHT\n\nHiermit bevollmächtige ich, {d.N(ow)}, geb. {d.dob(20, 80)}, wohnhaft {d.A1(a)}, "
        f"{d.title(fr_, True)} {d.N(fr_)}, geb. {d.dob(20, 80)}, meine bei {gname} eingelagerten Reifen "
        f"({plate(d)}) abzuholen.\n\n{d.date()}, {d.N(ow)}",
        f"PROCURATION\n\nJe soussigné(e) {d.N(ow)}, né(e) le {d.dob(20, 80)}, demeurant {d.A1(a)}, autorise "
        f"{d.title(fr_)} {d.N(fr_)}, né(e) le {d.dob(20, 80)}, à récupérer mes pneus ({plate(d)}) chez {gname}."
        f"\n\nFait le {d.date()}, {d.N(ow)}",
        f"DELEGA\n\nIo sottoscritto/a {d.N(ow)}, nato/a il {d.dob(20, 80)}, residente in {d.A1(a)}, delego "
        f"{d.title(fr_)} {d.N(fr_)}, nato/a il {d.dob(20, 80)}, a ritirare i miei pneumatici ({plate(d)}) "
        f"presso {gname}.\n\n{d.date()}, {d.N(ow)}",
        f"AUTHORISATION\n\nI, {d.N(ow)}, date of birth {d.dob(20, 80)}, of {d.A1(a)}, authorise {d.N(fr_)}, "
        f"DOB {d.dob(20, 80)}, to collect my stored tyres ({plate(d)}) from {gname}.\n\nSigned {d.date()}, "
        f"{d.N(ow)}")
    inv = f"{gname}\n{d.A1(ga)} · {d.land()}\n\n" + L("RECHNUNG", "FACTURE", "FATTURA", "INVOICE") + \
        f" {d.digits(6)}\n{d.N(ow)}\n{d.A2(a)}\n\n"
    inv += L("Einlagerung Winterreifen 1 Saison", "Gardiennage pneus hiver 1 saison", "Deposito gomme 1 stagione",
             "Tyre storage, 1 season") + f"  {d.n(60, 120)}.00\n"
    inv += L("Radwechsel inkl. Wuchten", "Montage + équilibrage", "Cambio + equilibratura", "Fitting & balancing") + \
        f"  {d.n(40, 90)}.00\n"
    inv += L(f"Bezahlt telefonisch per Kreditkarte {d.card()} (Inhaber {d.N(ow, 'FL')})",
             f"Réglé par téléphone, carte {d.card()} (titulaire {d.N(ow, 'FL')})",
             f"Pagato al telefono con carta {d.card()} (titolare {d.N(ow, 'FL')})",
             f"Paid by phone, card {d.card()} (cardholder {d.N(ow, 'FL')})")
    return frame(d, L("Passt die Vollmacht so? Bitte auch die Rechnung prüfen.",
                      "La procuration est-elle correcte ? Vérifie aussi la facture.",
                      "La delega va bene così? Controlla anche la fattura.",
                      "Is this authorisation OK? Please check the invoice too."), auth + "\n\n---\n\n" + inv)


def museum_name(d: Doc) -> tuple[str, str]:
    d.org_town = d.c(TOWNS[d.pk])
    t = d.org_town[1]
    return d.L(f"Heimatmuseum {t}", f"Musée régional {de_(t)}", f"Museo civico di {t}", f"{t} Local History Museum"), \
        d.domain("heimatmuseum|ortsmuseum", "musee-regional|musee-du-pays", "museocivico|museo-del-territorio",
                 "localhistory-museum|heritage-centre")


def g_museum(d: Doc, v: int) -> str:
    L = d.L
    mus, mdom = museum_name(d)
    objs = L("Spinnrad, um 1880|Trachtenhaube|Schulwandkarte 1921|Feldpostbriefe 1915-1917|Taschenuhr mit Gravur|"
             "Hochzeitsfoto, gerahmt|Butterfass|Nähmaschine Singer",
             "rouet, vers 1880|coiffe traditionnelle|carte scolaire 1921|lettres de poilu 1915-1917|montre gousset "
             "gravée|photo de mariage encadrée|baratte|machine à coudre Singer",
             "filatoio, 1880 ca.|cuffia tradizionale|carta geografica scolastica 1921|lettere dal fronte 1915-1917|"
             "orologio da tasca inciso|foto di nozze incorniciata|zangola|macchina da cucire Singer",
             "spinning wheel, c. 1880|lace bonnet|school wall map 1921|letters from the front 1915-1917|engraved "
             "pocket "
             "watch|framed wedding photograph|butter churn|Singer sewing machine").split("|")
    if v == 0:
        le, dire, cour = d.person(), d.person(), d.person()
        anc = d.relative(le)
        a = d.addr()
        body = L("LEIHVERTRAG", "CONTRAT DE PRÊT", "CONTRATTO DI COMODATO", "LOAN AGREEMENT") + "\n\n"
        body += L("Leihgeber/in", "Prêteur", "Comodante", "Lender") + f":\n{d.N(le)}\n{d.A2(a)}\n" + \
            f"{d.mob()} · {d.email(le)}\n\n"
        body += L("Leihnehmer", "Emprunteur", "Comodatario", "Borrower") + f":\n{mus}, " + \
            L("vertreten durch", "représenté par", "rappresentato da", "represented by") + \
            f" {d.N(dire)}\n{d.A1(d.addr(t=d.org_town))} · {d.land()} · {d.work_email(dire, mdom)}\n\n"
        body += L("Objekte", "Objets", "Oggetti", "Objects") + ":\n"
        for i, o in enumerate(d.r.sample(objs, d.n(2, 4))):
            val = L("Versicherungswert", "valeur d'assurance", "valore assicurativo", "insured value")
            body += f"{i + 1}. {o} – {val} {d.n(2, 40) * 100}.-\n"
        lgb = "der Leihgeberin" if le.g == "f" else "des Leihgebers"
        body += "\n" + L(f"Herkunft: Nachlass {d.N(anc)} (Urgroßvater {lgb}).",
                         f"Provenance : succession de {d.N(anc)} (arrière-grand-père du prêteur).",
                         f"Provenienza: eredità di {d.N(anc)} (bisnonno del comodante).",
                         f"Provenance: estate of {d.N(anc)} (the lender's great-grandfather).")
        body += "\n" + L(f"Transport: {d.N(cour)}, Kunsttransporte, {d.mob()}",
                         f"Transport : {d.N(cour)}, transport d'œuvres, {d.mob()}",
                         f"Trasporto: {d.N(cour)}, trasporti d'arte, {d.mob()}",
                         f"Courier: {d.N(cour)}, fine art transport, {d.mob()}")
        a0, a1 = d.date_pair()
        body += f"\n\n{L('Leihdauer', 'Durée', 'Durata', 'Loan period')}: {a0} – {a1}\n"
        body += f"{L('Unterschriften', 'Signatures', 'Firme', 'Signatures')}: {d.N(le, 'if')} / {d.N(dire, 'if')}"
        return frame(d, L("Ist der Leihvertrag so in Ordnung? Was fehlt noch (Haftung, Klima, Fotos)?",
                          "Ce contrat de prêt est-il correct ? Que manque-t-il ?",
                          "Il contratto va bene? Cosa manca ancora?",
                          "Is this loan agreement OK? What's missing (liability, climate, photography)?"),
                     body)
    if v == 1:
        rows = []
        for _ in range(d.n(3, 5)):
            p = d.person()
            a = d.addr()
            rows.append([f"{d.n(1990, 2025)}.{d.digits(3)}", d.c(objs), L("Schenkung", "don", "donazione", "gift"),
                         d.N(p, d.c(["lf", "fl"])), d.AS(a), d.AT(a) if d.p(0.3) else a.town,
                         d.tel() if d.p(0.6) else "", d.email(p) if d.p(0.5) else "",
                         d.dob(30, 90, "num") if d.p(0.5) else ""])
        body = table(d, [L("InvNr", "Inventaire", "Inventario", "AccNo"), L("Objekt", "Objet", "Oggetto", "Object"),
                         L("Zugang", "Mode", "Acquisizione", "Acquisition"), L("Donator", "Donateur", "Donatore",
                                                                              "Donor"),
                         L("Strasse", "Adresse", "Via", "Street"), L("Ort", "Ville", "Comune", "Town"),
                         L("Telefon", "Tél.", "Tel.", "Phone"), "E-Mail", L("Geb.-Datum", "Date naiss.",
                                                                           "Data nascita", "DOB")],
                     rows, d.c(["csv", "ssv", "tsv"]))
        return frame(d, L(f"Export aus der Sammlungsdatenbank ({mus}). Bitte Dankesbriefe für die Schenkungen.",
                          f"Export de la base des collections ({mus}). Rédige les lettres de remerciement.",
                          f"Export dal database delle collezioni ({mus}). Prepara le lettere di ringraziamento.",
                          f"Export from our collections database ({mus}). Please draft thank-you letters."), body)
    if v == 2:
        sis = d.person()
        bro = d.relative(sis, "m")
        gp = d.relative(sis, "m")
        gm = d.person(g="f", plain=True)
        cur = d.person()
        em = d.email(sis)
        cem = d.work_email(cur, mdom)
        body = head(d, who(d, sis, em), who(d, cur, cem), L("Nachlass unserer Grosseltern",
                                                             "Objets de nos grands-parents",
                                                             "Oggetti dei nostri nonni",
                                                             "Our grandparents' belongings"),
                    cc=f"{d.N(bro)} <{d.email(bro)}>" if d.p(0.5) else None)
        body += "\n\n" + d.greet(cur, True) + "\n\n" + L(
            f"mein Bruder {d.N(bro, 'f')} und ich lösen das Haus unserer Großeltern auf. Unser Großvater {d.N(gp)} "
            f"(geb. {d.dob(95, 120)}) war Dorfschmied, unsere Großmutter {d.N(gm)} (geb. {d.dob(92, 118)}) "
            f"Hebamme. Es gibt Werkzeug, Fotos und Tagebücher. Das Haus steht {d.A1()}; Schlüssel hat die "
            f"Nachbarin {d.N(d.person())}, {d.land()}.",
            f"mon frère {d.N(bro, 'f')} et moi vidons la maison de nos grands-parents. Notre grand-père {d.N(gp)} "
            f"(né le {d.dob(95, 120)}) était forgeron, notre grand-mère {d.N(gm)} (née le {d.dob(92, 118)}) "
            f"sage-femme. Il y a des outils, des photos et des carnets. La maison se trouve {d.A1()} ; la voisine "
            f"{d.N(d.person())} a la clé ({d.land()}).",
            f"mio fratello {d.N(bro, 'f')} e io stiamo svuotando la casa dei nonni. Il nonno {d.N(gp)} (nato il "
            f"{d.dob(95, 120)}) era fabbro, la nonna {d.N(gm)} (nata il {d.dob(92, 118)}) levatrice. Ci sono "
            f"attrezzi, foto e diari. La casa è in {d.A1()}; le chiavi le ha la vicina {d.N(d.person())}, "
            f"{d.land()}.",
            f"my brother {d.N(bro, 'f')} and I are clearing our grandparents' house. Our grandfather {d.N(gp)} "
            f"(born {d.dob(95, 120)}) was the village blacksmith, our grandmother {d.N(gm)} (born {d.dob(92, 118)}) "
            f"a midwife. There are tools, photos and diaries. The house is at {d.A1()}; the neighbour "
            f"{d.N(d.person())} has a key ({d.land()}).")
        body += f"\n\n{d.bye()}\n{d.N(sis)}\n{d.mob()}\n\n"
        body += quote(wrote(d, cur, cem) + "\n" + L(
            f"herzlichen Dank! Ich würde gerne mit unserem Restaurator {d.N(d.person())} vorbeikommen.",
            f"merci beaucoup ! Je passerais volontiers avec notre restaurateur {d.N(d.person())}.",
            f"grazie mille! Passerei volentieri con il nostro restauratore {d.N(d.person())}.",
            f"thank you! I'd love to come by with our conservator {d.N(d.person())}.") + "\n\n" +
                      sig(d, cur, mus, L("Kuratorin" if cur.g == "f" else "Kurator", "Conservation",
                                         "Conservatore", "Curator"), phone=d.p(0.5), email=cem))
        return frame(d, L("Hilf mir, eine Liste der Objekte und einen Schenkungsvertrag vorzubereiten.",
                          "Aide-moi à préparer une liste des objets et un contrat de donation.",
                          "Aiutami a preparare un elenco degli oggetti e un atto di donazione.",
                          "Help me prepare an object list and a deed of gift."), body)
    # v == 3: oral history
    iv = d.person()
    rows = []
    ppl = []
    for _ in range(d.n(2, 4)):
        p = d.person()
        ppl.append(p)
        pending = L("offen", "en attente", "in attesa", "pending")
        rows.append([d.N(p, "lf"), d.dob(70, 95), d.A1(), d.tel(), d.N(iv, "if"), d.c(["✓", "✓", pending])])
    body = L("Oral-History-Projekt", "Projet d'histoire orale", "Progetto di storia orale", "Oral history project") + \
        f" – {mus}\n\n"
    body += table(d, [L("Zeitzeuge/in", "Témoin", "Testimone", "Interviewee"), L("geb.", "né(e) le", "nato/a",
                                                                                 "DOB"),
                      L("Adresse", "Adresse", "Indirizzo", "Address"), L("Telefon", "Tél.", "Tel.", "Phone"),
                      L("Interview", "Entretien", "Intervista", "Interviewer"), L("Einwilligung", "Consentement",
                                                                                  "Consenso", "Consent")], rows, "md")
    p0 = ppl[0]
    t1, t2 = d.person(), d.person()
    body += "\n\n" + L("Transkript (Auszug)", "Transcription (extrait)", "Trascrizione (estratto)",
                       "Transcript (excerpt)") + f", {d.N(p0)}:\n"
    body += L(f"„Die Lehrerin, Fräulein {d.N(t1, 'l')}, war streng. Und der {d.N(t2, 'f')} vom Hof nebenan hat "
              f"uns immer Äpfel gebracht. Später hat mein Mann, der {d.N(d.relative(p0, 'm'), 'f')}, die Bäckerei "
              f"übernommen.“",
              f"« L'institutrice, Mlle {d.N(t1, 'l')}, était sévère. Et {d.N(t2, 'f')}, de la ferme d'à côté, nous "
              f"apportait des pommes. Plus tard mon mari, {d.N(d.relative(p0, 'm'), 'f')}, a repris la boulangerie. »",
              f"«La maestra, la signorina {d.N(t1, 'l')}, era severa. E {d.N(t2, 'f')} della cascina accanto ci "
              f"portava le mele. Poi mio marito, {d.N(d.relative(p0, 'm'), 'f')}, ha rilevato il forno.»",
              f"\"Our teacher, Miss {d.N(t1, 'l')}, was strict. And {d.N(t2, 'f')} from the farm next door always "
              f"brought us apples. Later my husband, {d.N(d.relative(p0, 'm'), 'f')}, took over the bakery.\"")
    return frame(d, L("Erstelle daraus eine Einverständniserklärung und eine kurze Zusammenfassung.",
                      "Prépare un formulaire de consentement et un court résumé.",
                      "Prepara un modulo di consenso e un breve riassunto.",
                      "Draft a consent form and a short summary from this."), body)


def g_recall(d: Doc, v: int) -> str:
    L = d.L
    brand = d.c(["Kiddo", "NordHeat", "Velora", "BabyNest", "Lumix Home", "Sunwave"])
    # (name, with article, possessive) per language
    prods = [L("Kindersitz|den Kindersitz|mein Kindersitz", "siège auto|le siège auto|mon siège auto",
               "seggiolino auto|il seggiolino|il mio seggiolino", "child car seat|the car seat|my car seat"),
             L("Babyphone|das Babyphone|mein Babyphone", "babyphone|le babyphone|mon babyphone",
               "baby monitor|il baby monitor|il mio baby monitor", "baby monitor|the baby monitor|my baby monitor"),
             L("Heizlüfter|den Heizlüfter|mein Heizlüfter", "radiateur soufflant|le radiateur|mon radiateur",
               "termoventilatore|il termoventilatore|il mio termoventilatore", "fan heater|the heater|my heater"),
             L("Powerbank|die Powerbank|meine Powerbank", "batterie externe|la batterie externe|ma batterie externe",
               "power bank|il power bank|il mio power bank", "power bank|the power bank|my power bank"),
             L("Hochstuhl|den Hochstuhl|mein Hochstuhl", "chaise haute|la chaise haute|ma chaise haute",
               "seggiolone|il seggiolone|il mio seggiolone", "high chair|the high chair|my high chair")]
    prod, prod_art, prod_my = d.c(prods).split("|")
    if v == 0:
        rows = []
        for _ in range(d.n(2, 4)):
            p = d.person()
            a = d.addr()
            if d.has_iban and d.p(0.6):
                ref = d.iban()
            elif d.p(0.5):
                ref = f"**** {d.digits(4)}"
            else:
                ref = d.card("c")
            rows.append([f"RC-{d.digits(5)}", d.N(p, "fl"), d.email(p), d.tel(), d.AS(a, d.avar()), a.pc, a.town,
                         f"SN{d.digits(8)}", ref, d.ip()])
        body = f"{brand} {prod} – recall cases export\n\n"
        body += table(d, ["case", "name", "email", "phone", "street", "zip", "city", "serial", "refund_to",
                          "form_ip"], rows, d.c(["csv", "tsv"]))
        return frame(d, L("Welche Fälle haben keine gültige Rückerstattungsart? Bitte Liste und Mailvorlage.",
                          "Quels dossiers n'ont pas de mode de remboursement valable ? Liste + modèle de mail.",
                          "Quali pratiche non hanno un metodo di rimborso valido? Elenco e bozza di mail.",
                          "Which cases have no valid refund method? Give me a list and a template e-mail."), body)
    if v == 1:
        p = d.person()
        kid = d.relative(p)
        part = d.relative(p, g="m" if p.g == "f" else "f", same_last=d.p(0.6))
        mn = part.g == "m"
        em = d.email(p)
        body = head(d, who(d, p, em), f"{brand} <recall@{brand.lower().replace(' ', '')}.com>",
                    L(f"Rückruf {prod} – Bestellung {d.digits(8)}", f"Rappel {prod} – commande {d.digits(8)}",
                      f"Richiamo {prod} – ordine {d.digits(8)}", f"Recall {prod} – order {d.digits(8)}"))
        body += "\n\n" + L(
            f"Guten Tag,\n\nwir haben {prod_art} im Frühjahr für unsere Tochter {d.N(kid, 'f')} (geb. {d.dob(0, 4)}) "
            f"gekauft. Laut Ihrer Rückrufaktion ist unsere Seriennummer betroffen. Bitte holen Sie das Gerät bei uns "
            f"ab: {d.A1()}. {'Mein Mann' if mn else 'Meine Frau'} {d.N(part)} ist tagsüber unter {d.mob()} erreichbar.",
            f"Bonjour,\n\nnous avons acheté {prod_art} pour notre fille {d.N(kid, 'f')} (née le {d.dob(0, 4)}). Notre "
            f"numéro de série fait partie du rappel. Merci de venir le récupérer : {d.A1()}. "
            f"{'Mon mari' if mn else 'Ma femme'} "
            f"{d.N(part)} est joignable en journée au {d.mob()}.",
            f"Buongiorno,\n\nabbiamo acquistato {prod_art} per nostra figlia {d.N(kid, 'f')} (nata il {d.dob(0, 4)}). "
            f"Il nostro numero di serie rientra nel richiamo. Vi prego di ritirarlo a: {d.A1()}. "
            f"{'Mio marito' if mn else 'Mia moglie'} "
            f"{d.N(part)} è raggiungibile di giorno al {d.mob()}.",
            f"Hello,\n\nwe bought {prod_art} for our daughter {d.N(kid, 'f')} (born {d.dob(0, 4)}). Our serial number "
            f"is affected by the recall. Please collect it from {d.A1()}. My partner {d.N(part)} can be reached "
            f"during the day on {d.mob()}.")
        if d.has_iban:
            body += "\n" + L(f"Erstattung bitte auf {d.iban()}.", f"Remboursement sur {d.iban()} svp.",
                             f"Rimborso sull'IBAN {d.iban()}.", f"Please refund to {d.iban()}.")
        else:
            body += "\n" + L("", f"Remboursement sur la carte utilisée ({d.card()}).", "",
                              f"Please refund the card I paid with ({d.card()}).")
        body += f"\n\n{d.bye()}\n{d.N(p)}\n\n"
        body += quote(L(f"Automatische Antwort: Ihr Ticket {d.digits(7)} wurde angelegt. Hotline {d.hotline()}.",
                        f"Réponse automatique : ticket {d.digits(7)} créé. Service client {d.hotline()}.",
                        f"Risposta automatica: ticket {d.digits(7)} creato. Numero verde {d.hotline()}.",
                        f"Automatic reply: ticket {d.digits(7)} created. Helpline {d.hotline()}."))
        return frame(d, L("Die Firma antwortet nicht. Schreib eine Nachfass-Mail mit Frist.",
                          "L'entreprise ne répond pas. Rédige une relance avec un délai.",
                          "L'azienda non risponde. Scrivi un sollecito con una scadenza.",
                          "The company isn't responding. Write a follow-up with a deadline."), body)
    if v == 2:
        p = d.person()
        a = d.addr()
        lab = L("Vorname|Nachname|Strasse, Nr.|PLZ, Ort|Telefon|E-Mail|Kontoinhaber|IBAN|Seriennummer",
                "Prénom|Nom|Adresse|CP, ville|Téléphone|E-mail|Titulaire|IBAN|N° de série",
                "Nome|Cognome|Via, n.|CAP, città|Telefono|E-mail|Intestatario|IBAN|Numero di serie",
                "First name|Last name|Street|Town, postcode|Phone|E-mail|Account holder|IBAN|Serial no.").split("|")
        holder = d.c([p, d.relative(p)])
        vals = [d.N(p, "f"), d.N(p, "l"), d.AS(a, d.avar()), d.AT(a), d.tel(), d.email(p), d.N(holder),
                d.iban() if d.has_iban else "", f"SN{d.digits(8)}"]
        if not d.has_iban:
            lab[7] = L("", "Carte utilisée", "", "Card used for purchase")
            vals[7] = d.card()
        w = max(len(x) for x in lab) + 2
        body = f"{brand} – " + L("Rückerstattungsformular", "formulaire de remboursement", "modulo di rimborso",
                                 "refund form") + f" ({prod})\n\n"
        body += "\n".join(f"{(x + ':').ljust(w)}{y}" for x, y in zip(lab, vals, strict=True))
        body += "\n\n" + L("Übermittelt am", "Envoyé le", "Inviato il", "Submitted") + f" {d.date('iso')} " + \
            f"{d.n(0, 23):02d}:{d.n(0, 59):02d} – IP {d.ip()}"
        return frame(d, L("Ist das Formular korrekt ausgefüllt? Bitte kurz prüfen.",
                          "Le formulaire est-il bien rempli ? Vérifie rapidement.",
                          "Il modulo è compilato correttamente? Controlla per favore.",
                          "Has this form been filled in correctly? Quick check please."), body)
    # v == 3: support chat
    cu, ag = d.person(), d.person()
    a = d.addr()
    ag_s = d.N(ag, "f")
    cu_s = d.N(cu, d.c(["fl", "f"]))
    msgs = [
        (ag_s, L(f"Hallo, hier ist {d.N(ag, 'f')} vom {brand}-Support. Worum geht es?",
                 f"Bonjour, ici {d.N(ag, 'f')} du support {brand}. Que puis-je faire pour vous ?",
                 f"Salve, sono {d.N(ag, 'f')} dell'assistenza {brand}. Come posso aiutarla?",
                 f"Hi, this is {d.N(ag, 'f')} from {brand} support. How can I help?")),
        (cu_s, lowchat(d, L(f"{prod_my} ist vom rückruf betroffen", f"{prod_my} est concerné(e) par le rappel",
                            f"{prod_my} è nel richiamo", f"{prod_my} is part of the recall"))),
        (ag_s, L("Zur Verifizierung: Geburtsdatum, E-Mail und Postleitzahl bitte.",
                 "Pour vérification : date de naissance, e-mail et code postal svp.",
                 "Per la verifica: data di nascita, e-mail e CAP per favore.",
                 "To verify: date of birth, e-mail and postcode please.")),
        (cu_s, lowchat(d, f"{d.dob(20, 70)}, {d.email(cu)}, {a.pc}", 0.3)),
        (ag_s, L(f"Danke {d.N(cu, 'f')}. Ist die Adresse noch {d.A1(a)}?",
                 f"Merci {d.N(cu, 'f')}. L'adresse est toujours {d.A1(a)} ?",
                 f"Grazie {d.N(cu, 'f')}. L'indirizzo è ancora {d.A1(a)}?",
                 f"Thanks {d.N(cu, 'f')}. Is your address still {d.A1(a)}?")),
        (cu_s, lowchat(d, L(f"nein, neu: {d.A1()}. tel {d.mob()}", f"non, nouvelle adresse : {d.A1()}, tél {d.mob()}",
                            f"no, nuovo: {d.A1()}, tel {d.mob()}", f"no, new one: {d.A1()}, phone {d.mob()}"), 0.6)),
        (ag_s, L("Perfekt, das Abholetikett kommt per Mail.", "Parfait, l'étiquette de retour arrive par mail.",
                 "Perfetto, l'etichetta di ritiro arriva per mail.",
                 "Great, the return label is on its way by e-mail.")),
    ]
    return frame(d, L("Fass den Chat für unser CRM zusammen (ohne Smalltalk).",
                      "Résume ce chat pour notre CRM.", "Riassumi la chat per il nostro CRM.",
                      "Summarise this chat for our CRM notes."), chat(d, msgs, d.c(["plain", "tg"])))


def natid(d: Doc, p: Person) -> str:
    """Unlabelled national identifiers (not AHV): a distractor."""
    if d.region == "DE":
        return f"{d.n(10, 65)} {d.n(1, 28):02d}{d.n(1, 12):02d}{d.n(60, 99)} {p.last[0].upper()} {d.digits(3)}"
    if d.region == "FR":
        return f"{'2' if p.g == 'f' else '1'} {d.n(60, 99)} {d.n(1, 12):02d} {d.digits(2)} {d.digits(3)} " \
               f"{d.digits(3)} {d.digits(2)}"
    if d.region == "IT":
        cons = re.sub(r"[^BCDFGHJKLMNPQRSTVWXYZ]", "", fold(p.last).upper()) + "XXX"
        consf = re.sub(r"[^BCDFGHJKLMNPQRSTVWXYZ]", "", fold(p.first).upper()) + "XXX"
        return f"{cons[:3]}{consf[:3]}{d.n(60, 99)}{d.c('ABCDEHLMPRST')}{d.n(1, 28) + (40 if p.g == 'f' else 0):02d}" \
               f"{d.c('FHLG')}{d.digits(3)}{d.c('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}"
    if d.region == "GB":
        return f"{d.c(['QQ', 'AB', 'JT', 'NP'])} {d.digits(2)} {d.digits(2)} {d.digits(2)} {d.c('ABCD')}"
    if d.region == "AT":
        return f"{d.digits(4)} {d.n(1, 28):02d}{d.n(1, 12):02d}{d.n(60, 99)}"
    if d.region == "BE":
        return f"{d.n(60, 99)}.{d.n(1, 12):02d}.{d.n(1, 28):02d}-{d.digits(3)}.{d.digits(2)}"
    return d.digits(9)


def g_volunteering(d: Doc, v: int) -> str:
    L = d.L
    civil = {"de": "Zivildiensteinsatz", "fr": "service civil", "it": "servizio civile"}.get(d.lang, "civilian service")
    prog = {"DE": "FSJ", "AT": "Freiwilliges Sozialjahr", "CH": civil,
            "FR": "service civique", "BE": "service citoyen", "CA": "stage de bénévolat" if d.lang == "fr" else
            "volunteer placement", "IT": "servizio civile universale", "GB": "gap-year placement",
            "US": "AmeriCorps service year", "IE": "volunteer placement", "AU": "volunteer placement",
            "NZ": "volunteer placement"}[d.region]
    hosts = [(L("Pflegeheim Sonnhalde", "EHPAD Les Tilleuls", "RSA Villa Serena", "Meadowbank Care Home"),
              L("sonnhalde-pflege", "ehpad-lestilleuls", "villaserena-rsa", "meadowbank-care")),
             (L("Kita Regenbogen", "Crèche Arc-en-ciel", "Asilo nido Arcobaleno", "Rainbow Nursery"),
              L("kita-regenbogen", "creche-arcenciel", "nido-arcobaleno", "rainbow-nursery")),
             (L("Tafel Nord", "Banque alimentaire", "Banco alimentare", "City Food Bank"),
              L("tafel-nord", "banquealimentaire", "bancoalimentare-locale", "cityfoodbank")),
             (L("Naturschutzzentrum", "Parc naturel régional", "Parco regionale", "Wildlife Trust"),
              L("naturschutzzentrum", "parc-naturel", "parco-regionale", "wildlifetrust-local"))]
    host, stem = d.c(hosts)
    hdom = d.domain(stem, stem, stem, stem)
    ch = d.region == "CH"
    if v == 0:
        vol, ment, par = d.person(), d.person(), None
        par = d.relative(vol)
        a = d.addr()
        lab = L("Name|Geburtsdatum|Adresse|Handy|E-Mail", "Nom|Date de naissance|Adresse|Portable|E-mail",
                "Nome|Data di nascita|Indirizzo|Cellulare|E-mail",
                "Name|Date of birth|Address|Mobile|E-mail").split("|")
        vals = [d.N(vol, d.c(["fl", "lf"])), d.dob(16, 26), d.A1(a, d.avar()), d.mob(), d.email(vol)]
        if ch:
            lab.append(L("AHV-Nr.", "N° AVS", "N. AVS", "AHV no."))
            vals.append(d.ahv())
        elif d.p(0.5):
            lab.append(L("SV-Nr.", "N° sécu", "Codice fiscale", "NI number"))
            vals.append(natid(d, vol))
        if d.has_iban:
            lab.append(L("IBAN (Taschengeld)", "IBAN (indemnité)", "IBAN (assegno)", "IBAN (allowance)"))
            vals.append(d.iban())
        w = max(len(x) for x in lab) + 2
        body = L("VEREINBARUNG", "CONTRAT D'ENGAGEMENT", "CONTRATTO DI SERVIZIO", "PLACEMENT AGREEMENT") + \
            f" – {prog}\n\n" + L("Freiwillige/r", "Volontaire", "Operatore volontario", "Volunteer") + "\n"
        body += "\n".join(f"  {(x + ':').ljust(w)}{y}" for x, y in zip(lab, vals, strict=True))
        body += "\n\n" + L("Einsatzstelle", "Structure d'accueil", "Ente di accoglienza", "Host organisation") + \
            f"\n  {host}\n  {d.A1()}\n  " + L("Anleitung", "Tuteur", "Operatore locale di progetto", "Supervisor") + \
            f": {d.N(ment)}, {d.land()}, {d.work_email(ment, hdom)}\n\n"
        kin = L("Mutter", "mère", "madre", "mother") if par.g == "f" else L("Vater", "père", "padre", "father")
        body += L("Notfallkontakt", "Contact d'urgence", "Contatto d'emergenza", "Emergency contact") + \
            f": {d.N(par)} ({kin}), {d.mob()}\n"
        b0, b1 = d.date_pair()
        body += L("Beginn", "Début", "Inizio", "Start") + f": {b0}  " + L("Ende", "Fin", "Fine", "End") + \
            f": {b1}\n\n{L('Unterschriften', 'Signatures', 'Firme', 'Signatures')}: {d.N(vol)} / {d.N(ment)}"
        return frame(d, L("Bitte prüf die Vereinbarung auf Vollständigkeit und formuliere eine Begrüssungsmail.",
                          "Vérifie le contrat et rédige un mail de bienvenue.",
                          "Controlla il contratto e scrivi una mail di benvenuto.",
                          "Check this agreement for gaps and draft a welcome e-mail."), body)
    if v == 1:
        rows = []
        for _ in range(d.n(3, 5)):
            p = d.person()
            r = [d.N(p, "l"), d.N(p, "f"), d.dob(17, 27, d.c(["num", "iso"]))]
            if ch:
                r.append(d.ahv())
            r += [d.iban() if d.has_iban else d.email(p), d.c([host, host, L("Spital", "Hôpital", "Ospedale",
                                                                            "Hospital")]),
                  str(d.c([390, 420, 450, 500]))]
            rows.append(r)
        hd = [L("Name", "Nom", "Cognome", "Surname"), L("Vorname", "Prénom", "Nome", "First name"),
              L("Geburtsdatum", "Né(e) le", "Nato/a il", "DOB")]
        if ch:
            hd.append(L("AHV-Nr", "No AVS", "N. AVS", "AHV"))
        hd += ["IBAN" if d.has_iban else L("", "Courriel Interac", "", "e-Transfer e-mail"),
               L("Einsatzstelle", "Structure", "Sede", "Placement"), L("Betrag", "Montant", "Importo", "Amount")]
        body = L(f"Taschengeld {prog} – Auszahlungsliste {d.date('num')}",
                 f"Indemnités {prog} – liste de paiement {d.date('num')}",
                 f"Assegni {prog} – elenco pagamenti {d.date('num')}",
                 f"{prog} allowances – payment run {d.date('num')}") + "\n\n"
        body += table(d, hd, rows, d.c(["csv", "ssv", "tsv"]))
        return frame(d, L("Summiere die Beträge pro Einsatzstelle und prüfe, ob IBANs fehlen.",
                          "Fais le total par structure et vérifie s'il manque des données.",
                          "Somma gli importi per sede e controlla se mancano dati.",
                          "Total the amounts per placement and flag any missing details."), body)
    if v == 2:
        app, par, tea, coord = d.person(), None, d.person(), d.person()
        par = d.relative(app)
        em = d.email(app)
        cem = d.work_email(coord, hdom)
        body = head(d, who(d, app, em), who(d, coord, cem), L(f"Bewerbung {prog}", f"Candidature {prog}",
                                                               f"Candidatura {prog}", f"Application – {prog}"))
        body += "\n\n" + d.greet(coord, True) + "\n\n" + L(
            f"ich bin {d.N(app, 'f')}, 17 Jahre alt (geb. {d.dob(16, 18)}), und möchte nach dem Abschluss ein "
            f"{prog} bei Ihnen machen. Meine Mutter {d.N(par)} ist einverstanden (sie ist unter {d.mob()} erreichbar). "
            f"Eine Referenz kann meine Lehrerin {d.N(tea)} geben. Ich wohne {d.A1()}.",
            f"je m'appelle {d.N(app, 'f')}, j'ai 17 ans (né(e) le {d.dob(16, 18)}) et je souhaite faire un {prog} "
            f"chez vous. Ma mère {d.N(par)} est d'accord (joignable au {d.mob()}). Mon professeur {d.N(tea)} "
            f"peut donner une référence. J'habite {d.A1()}.",
            f"mi chiamo {d.N(app, 'f')}, ho 17 anni (nato/a il {d.dob(16, 18)}) e vorrei fare il {prog} da voi. "
            f"Mia madre {d.N(par)} è d'accordo (tel. {d.mob()}). La mia professoressa {d.N(tea)} può darmi una "
            f"referenza. Abito in {d.A1()}.",
            f"my name is {d.N(app, 'f')}, I'm 17 (DOB {d.dob(16, 18)}) and I'd like to do a {prog} with you. My mum "
            f"{d.N(par)} is happy with it (you can call her on {d.mob()}). My teacher {d.N(tea)} can give a "
            f"reference. I live at {d.A1()}.")
        body += f"\n\n{d.bye()}\n{d.N(app)}\n{d.mob()}\n"
        if ch:
            body += L("AHV-Nr.", "N° AVS", "N. AVS", "AHV no.") + f" {d.ahv()}\n"
        body += "\n" + quote(wrote(d, coord, cem) + "\n" + d.greet(app, False) + "\n" + L(
            f"danke für deine Bewerbung! Magst du nächste Woche zum Kennenlernen kommen? Frag bei {d.N(d.person())} "
            f"am Empfang nach.", f"merci pour ta candidature ! Peux-tu passer la semaine prochaine ? Demande "
            f"{d.N(d.person())} à l'accueil.", f"grazie per la candidatura! Puoi passare la settimana prossima? Chiedi "
            f"di {d.N(d.person())} alla reception.", f"thanks for applying! Could you pop in next week? Ask for "
            f"{d.N(d.person())} at reception.") + "\n\n" + sig(d, coord, host, email=cem))
        return frame(d, L("Hilf mir, auf die letzte Mail zu antworten und einen Termin zuzusagen.",
                          "Aide-moi à répondre au dernier mail pour confirmer un rendez-vous.",
                          "Aiutami a rispondere all'ultima mail per confermare un appuntamento.",
                          "Help me reply to the last e-mail and confirm a time."), body)
    # v == 3: seminar group list + chat
    ppl = d.people(d.n(5, 6))
    rows = [[d.N(p, d.c(["fl", "lf"])), d.c([host, L("Schule am Park", "École du Parc", "Scuola del Parco",
                                                     "Park School")]), d.mob(),
             d.c(["", "", L("vegetarisch", "végétarien", "vegetariano", "vegetarian"), L("Nüsse", "arachides",
                                                                                         "frutta secca", "nuts")])]
            for p in ppl]
    hd = [L("Name", "Nom", "Nome", "Name"), L("Einsatzstelle", "Structure", "Sede", "Placement"),
          L("Handy", "Portable", "Cellulare", "Mobile"), L("Essen", "Régime", "Dieta", "Diet")]
    if ch:
        hd.append(L("AHV-Nr. (EO)", "N° AVS (APG)", "N. AVS (IPG)", "AHV no."))
        for r in rows:
            r.append(d.ahv())
    body = L("Seminargruppe", "Groupe de formation", "Gruppo di formazione", "Training group") + \
        f" {d.c('ABC')} – {prog}\n\n"
    body += table(d, hd, rows, "md")
    s = [d.N(p, "f") for p in ppl[:3]]
    msgs = [(s[0], lowchat(d, L("wer fährt morgen mit dem Zug um 8?", "qui prend le train de 8h demain ?",
                                "chi prende il treno delle 8 domani?", "who's getting the 8am train tomorrow?"))),
            (s[1], lowchat(d, L(f"ich und {d.N(ppl[3], 'f')}", f"moi et {d.N(ppl[3], 'f')}", f"io e {d.N(ppl[3], 'f')}",
                                f"me and {d.N(ppl[3], 'f')}"))),
            (s[2], lowchat(d, L(f"{d.N(ppl[4], 'f')} ist krank, hat mir geschrieben", f"{d.N(ppl[4], 'f')} est malade",
                                f"{d.N(ppl[4], 'f')} è malata/o", f"{d.N(ppl[4], 'f')} is off sick"), 0.7))]
    body += "\n\n" + chat(d, msgs)
    return frame(d, L("Mach eine Fahrgemeinschaftsliste und eine Liste für die Küche (Allergien).",
                      "Fais une liste de covoiturage et une liste pour la cuisine.",
                      "Fai una lista per il car pooling e una per la cucina.",
                      "Make a travel list and a kitchen list (allergies) from this."), body)


def g_refugeehosting(d: Doc, v: int) -> str:
    L = d.L
    org = L("Netzwerk Gastfreundschaft", "Réseau d'hébergement solidaire", "Rete di accoglienza in famiglia",
            "Homes for Refugees network")
    odom = d.domain("gastfreundschaft-netz|caritas-regio", "hebergement-solidaire|accueil-citoyen",
                    "accoglienza-famiglie|rete-ospitalita", "homesforrefugees|refugee-hosts")
    ch = d.region == "CH"
    guest_src = ["x:UA", "x:UA", "x:UA", "x:FA", "x:HA", "x:KU", "fr_DZ"]
    if v == 0:
        subs = []
        for _ in range(d.n(2, 3)):
            h1 = d.person()
            h2 = d.relative(h1) if d.p(0.5) else None
            a = d.addr()
            o = [("submitted_at", f"{d.date('iso')}T{d.n(6, 23):02d}:{d.n(0, 59):02d}:{d.n(0, 59):02d}Z"),
                 ("host_name", d.N(h1))]
            if h2:
                o.append(("co_host", d.N(h2)))
            o += [("street", d.AS(a)), ("postcode", a.pc), ("city", a.town), ("phone", d.tel()),
                  ("email", d.email(h1)), ("rooms", d.n(1, 3)), ("max_persons", d.n(1, 5)),
                  ("languages", d.c(["de,en", "fr,en,ru", "it,en", "en,uk", "de,ru"])),
                  ("pets", d.c([True, False])), ("remote_addr", d.ip())]
            subs.append(jobj(o, 2, 2))
        body = "[\n  " + ",\n  ".join(subs) + "\n]"
        return frame(d, L(f"Export der Gastgeber-Angebote ({org}). Welche passen für eine 4-köpfige Familie mit Katze?",
                          f"Offres d'hébergement ({org}). Lesquelles conviennent à une famille de 4 avec un chat ?",
                          f"Offerte di accoglienza ({org}). Quali vanno bene per una famiglia di 4 con un gatto?",
                          f"Host offers export ({org}). Which would suit a family of four with a cat?"), body)
    if v == 1:
        head_ = d.person(src=d.c(guest_src))
        sp = d.relative(head_, "f" if head_.g == "m" else "m")
        kids = [d.relative(head_) for _ in range(d.n(1, 2))]
        host, cw = d.person(), d.person()
        ha = d.addr()
        body = L("ANMELDUNG GASTFAMILIE", "FICHE D'INSCRIPTION – FAMILLE ACCUEILLIE", "SCHEDA NUCLEO OSPITATO",
                 "GUEST FAMILY REGISTRATION") + f" – {org}\n\n"
        members = [(head_, d.dob(28, 60)), (sp, d.dob(26, 60))] + [(k, d.dob(1, 17)) for k in kids]
        for p, db in members:
            line = f"- {d.N(p, d.c(['Lf', 'fl', 'lf']))}, {L('geb.', 'né(e) le', 'nato/a il', 'DOB')} {db}"
            if ch:
                line += f", {L('AHV', 'AVS', 'AVS', 'AHV')} {d.ahv()}"
            else:
                line += f", {L('Pass', 'passeport', 'passaporto', 'passport')} {d.c(['FX', 'FE', 'EK'])}{d.digits(6)}"
            body += line + "\n"
        fph = d.phone("m", "UA" if head_.src == "x:UA" else d.c(["TR", "PL", "PT"])) if d.p(0.7) else d.mob()
        body += "\n" + L("Telefon", "Téléphone", "Telefono", "Phone") + f": {fph} / {d.mob()}\n"
        body += L("Gastgeber", "Hébergeur", "Famiglia ospitante", "Host") + f": {d.N(host)}, {d.A1(ha)}, {d.tel()}\n"
        body += L("Fallbetreuung", "Référent(e)", "Referente", "Caseworker") + \
            f": {d.N(cw)}, {d.land()}, {d.work_email(cw, odom)}\n"
        if ch:
            body += L("Status S, Ausweis beantragt am ", "Statut S, permis demandé le ",
                      "Statuto S, permesso richiesto "
                      "il ", "Status S, permit requested ") + d.date() + "\n"
        return frame(d, L("Bitte fasse das für die Gemeinde zusammen (Tabelle mit allen Personen).",
                          "Résume ces informations pour la commune (tableau de toutes les personnes).",
                          "Riassumi per il comune (tabella con tutte le persone).",
                          "Summarise this for the council (a table of everyone)."), body)
    if v == 2:
        rows = []
        for _ in range(d.n(3, 4)):
            g = d.person(src=d.c(guest_src))
            h = d.person()
            rows.append([d.N(g, d.c(["Lf", "fl"])), str(d.n(1, 5)), d.N(h, d.c(["fl", "lf"])), d.A1(d.addr()),
                         d.tel(), d.c(["", L("Katze", "chat", "gatto", "cat"), L("Rollstuhl", "fauteuil roulant",
                                                                                "sedia a rotelle", "wheelchair")])])
            if d.region == "CH":
                rows[-1].insert(1, d.ahv())
        coord = d.person()
        body = L("Vermittlungsliste", "Liste des appariements", "Elenco abbinamenti", "Matching list") + \
            f" {d.date('num')} – {L('Koordination', 'coordination', 'coordinamento', 'coordinator')}: {d.N(coord)}, " \
            f"{d.mob()}\n\n"
        hd = [L("Gast", "Invité(s)", "Ospite", "Guest"), L("Pers.", "Pers.", "Pers.", "Ppl"),
                          L("Gastgeber", "Hébergeur", "Ospitante", "Host"), L("Adresse", "Adresse", "Indirizzo",
                                                                              "Address"),
              L("Telefon", "Tél.", "Tel.", "Phone"), L("Hinweis", "Remarque", "Note", "Note")]
        if d.region == "CH":
            hd.insert(1, L("AHV-Nr.", "N° AVS", "N. AVS", "AHV no."))
        body += table(d, hd, rows, "md")
        return frame(d, L("Schreib für jeden Gastgeber eine kurze Bestätigungs-SMS.",
                          "Rédige un court SMS de confirmation pour chaque hébergeur.",
                          "Scrivi un breve SMS di conferma per ogni famiglia ospitante.",
                          "Write a short confirmation text for each host."), body)
    # v == 3: volunteer chat
    ppl = d.people(3)
    g = d.person(src=d.c(guest_src))
    h = d.person()
    a = d.addr()
    s = [d.N(p, d.c(["f", "fl"])) for p in ppl]
    msgs = [(s[0], lowchat(d, L(f"familie {d.N(g, 'l')} kommt um 14:10 am hbf an, wer kann abholen?",
                                f"la famille {d.N(g, 'l')} arrive à 14h10 à la gare, qui peut aller les chercher ?",
                                f"la famiglia {d.N(g, 'l')} arriva alle 14:10 in stazione, chi va a prenderli?",
                                f"the {d.N(g, 'l')} family arrive at 14:10 at the station, who can pick up?"))),
            (s[1], lowchat(d, L("ich, hab den bus", "moi, j'ai le minibus", "io, ho il pulmino",
                                "me, I've got the van"))),
            (s[0], lowchat(d, L(f"super. sie gehen zu {d.N(h)}, {d.A1(a, 'lower')}. handy von {d.N(g, 'f')}: "
                                f"{d.phone('m', 'UA')}",
                                f"top. ils vont chez {d.N(h)}, {d.A1(a, 'lower')}. portable de "
                                f"{d.N(g, 'f')} : {d.phone('m', 'UA')}", f"ok. vanno da {d.N(h)}, {d.A1(a, 'lower')}. "
                                f"cell di {d.N(g, 'f')}: {d.phone('m', 'UA')}", f"great. they're going to {d.N(h)}, "
                                f"{d.A1(a, 'lower')}. {d.N(g, 'f')}'s mobile: {d.phone('m', 'UA')}"), 0.6)),
            (s[2], lowchat(d, L(f"{d.N(h, 'f')} hat mir gesagt schlüssel liegt bei nachbarin {d.N(d.person(), 'l')}",
                                f"{d.N(h, 'f')} m'a dit que la clé est chez la voisine, {d.N(d.person(), 'l')}",
                                f"{d.N(h, 'f')} mi ha detto che la chiave ce l'ha la vicina, {d.N(d.person(), 'l')}",
                                f"{d.N(h, 'f')} said the key is with the neighbour, {d.N(d.person(), 'l')}"), 0.6)),
            (s[1], lowchat(d, L(f"ok. {d.N(ppl[0], 'f')} schick mir bitte die nummer von {d.N(h, 'f')}",
                                f"ok. {d.N(ppl[0], 'f')} tu peux m'envoyer le numéro de {d.N(h, 'f')} ?",
                                f"ok. {d.N(ppl[0], 'f')} mi mandi il numero di {d.N(h, 'f')}?",
                                f"ok. {d.N(ppl[0], 'f')} can you send me {d.N(h, 'f')}'s number?"))),
            (s[0], d.tel())]
    if d.region == "CH":
        msgs.append((s[2], lowchat(d, L(f"krankenkasse will die ahv-nr. von {d.N(g, 'f')}: {d.ahv()}",
                                        f"l'assurance maladie veut le n° avs de {d.N(g, 'f')} : {d.ahv()}",
                                        f"la cassa malati vuole il n. avs di {d.N(g, 'f')}: {d.ahv()}",
                                        f"health insurer needs {d.N(g, 'f')}'s ahv no.: {d.ahv()}"), 0.5)))
    return frame(d, L("Mach mir aus dem Chat eine To-do-Liste für morgen.",
                      "Fais-moi une liste de tâches pour demain à partir du chat.",
                      "Fammi una lista di cose da fare per domani dalla chat.",
                      "Turn this chat into a to-do list for tomorrow."), chat(d, msgs))


def g_carnival(d: Doc, v: int) -> str:
    L = d.L
    grp = {"DE": "Karnevalsgesellschaft Rot-Weiss", "AT": "Faschingsgilde Narrenzunft", "CH": {
        "de": "Guggenmusik Schränzer", "fr": "Guggenmusik Los Chnoutz", "it": "Guggen Rabadan Bellinzona"}.get(
        d.lang, "Guggenmusik"), "FR": "Bande des Pêcheurs", "BE": "Société des Gilles Les Infatigables",
        "CA": "Krewe du Vieux-Québec" if d.lang == "fr" else "Toronto Caribbean Mas Band",
        "IT": "Gruppo mascherato I Fantasiosi", "GB": "Ebony Mas Band", "US": "Krewe of Pelican",
        "IE": "Parade Group Spraoi", "AU": "Street Parade Collective", "NZ": "Parade Crew Te Aro"}[d.region]
    if v == 0:
        rows = []
        for _ in range(d.n(3, 4)):
            p = d.person()
            r = [d.N(p, "l"), d.N(p, "f"), d.c([L("Trompete", "trompette", "tromba", "trumpet"), L("Pauke", "grosse "
                                                "caisse", "grancassa", "bass drum"),
                                                L("Sousaphon", "soubassophone", "sousafono", "sousaphone"),
                                                L("Posaune", "trombone", "trombone", "trombone"),
                                                L("Tambour", "tambour", "tamburo", "snare"),
                                                L("Wagenbau", "char", "carro", "float build")]),
                 d.dob(16, 70), d.mob(), d.email(p) if d.p(0.4) else "", d.A1(d.addr())]
            if d.has_iban:
                r.append(d.iban() if d.p(0.4) else "")
            rows.append(r)
        hd = [L("Name", "Nom", "Cognome", "Surname"), L("Vorname", "Prénom", "Nome", "First name"),
              L("Register", "Pupitre", "Sezione", "Section"), L("Geb.", "Né(e)", "Nato/a", "DOB"),
              L("Natel" if d.region == "CH" else "Handy", "Natel" if d.region == "CH" else "GSM" if d.region == "BE"
                else "Portable", "Cellulare", "Mobile"), "E-Mail", L("Adresse", "Adresse", "Indirizzo", "Address")]
        if d.has_iban:
            hd.append(L("IBAN Beitrag", "IBAN cotisation", "IBAN quota", "IBAN (subs)"))
        body = f"{grp} – " + L("Mitgliederliste Saison", "liste des membres saison", "elenco soci stagione",
                               "member list season") + f" {d.n(2025, 2026)}\n\n"
        body += table(d, hd, rows, d.c(["csv", "ssv"]))
        return frame(d, L("Wer ist unter 18? Die brauchen eine Einverständniserklärung der Eltern.",
                          "Qui a moins de 18 ans ? Il faut une autorisation parentale.",
                          "Chi è minorenne? Serve l'autorizzazione dei genitori.",
                          "Who is under 18? They need a parental consent form."), body)
    if v == 1:
        lead, drv, farm, emg = d.person(), d.person(), d.person(), d.person()
        lab = L("Gruppe|Verantwortlich|Adresse|Telefon|E-Mail|Fahrer/in Zugfahrzeug|Geburtsdatum Fahrer/in|"
                "Führerausweis-Nr.|Halter Traktor|Telefon Halter|Notfallkontakt am Umzug",
                "Groupe|Responsable|Adresse|Téléphone|Courriel|Conducteur du tracteur|Date de naissance conducteur|"
                "N° de permis|Propriétaire du tracteur|Tél. propriétaire|Contact d'urgence",
                "Gruppo|Responsabile|Indirizzo|Telefono|E-mail|Conducente trattore|Data di nascita conducente|"
                "N. patente|Proprietario trattore|Tel. proprietario|Contatto d'emergenza",
                "Group|Group leader|Address|Phone|E-mail|Tractor driver|Driver's date of birth|Licence no.|"
                "Tractor owner|Owner's phone|Emergency contact on the day").split("|")
        vals = [grp, d.N(lead), d.A1(), d.mob(), d.email(lead), d.N(drv), d.dob(21, 70), natid(d, drv)[:9],
                d.N(farm), d.tel(), f"{d.N(emg)}, {d.mob()}"]
        w = max(len(x) for x in lab) + 2
        body = L("ANMELDUNG WAGEN / FUSSGRUPPE – UMZUG", "INSCRIPTION CHAR – CORTÈGE", "ISCRIZIONE CARRO – SFILATA",
                 "PARADE FLOAT REGISTRATION") + f" {d.n(2025, 2026)}\n\n"
        body += "\n".join(f"{(x + ':').ljust(w)}{y}" for x, y in zip(lab, vals, strict=True))
        body += "\n\n" + L(f"Versicherungspolice Nr. {d.digits(8)}, Wagenlänge 9 m.",
                           f"Police d'assurance n° {d.digits(8)}, longueur du char 9 m.",
                           f"Polizza n. {d.digits(8)}, lunghezza carro 9 m.",
                           f"Insurance policy no. {d.digits(8)}, float length 9 m.")
        return frame(d, L("Prüf die Anmeldung gegen unsere Umzugsregeln: Fahrer mindestens 21?",
                          "Vérifie l'inscription : le conducteur a-t-il au moins 21 ans ?",
                          "Controlla l'iscrizione: il conducente ha almeno 21 anni?",
                          "Check this against our parade rules: is the driver at least 21?"), body)
    if v == 2:
        rows = []
        ppl = d.people(d.n(6, 9))
        for p in ppl:
            rows.append([d.N(p, d.c(["fl", "lf", "fi"])), d.c(["S", "M", "L", "XL", "128", "152"]),
                         d.c(["✓", "✓", "", L("bar", "espèces", "contanti", "cash")])])
        tr = d.person()
        body = L("Kostümbestellung", "Commande de costumes", "Ordine costumi", "Costume order") + f" – {grp}\n\n"
        body += table(d, [L("Name", "Nom", "Nome", "Name"), L("Grösse" if d.region == "CH" else "Größe", "Taille",
                                                              "Taglia", "Size"),
                          L("bezahlt", "payé", "pagato", "paid")], rows, d.c(["md", "fixed"]))
        unpaid = [p for p, r in zip(ppl, rows, strict=True) if r[2] == ""]
        names = ", ".join(d.N(p, "f") for p in unpaid) or d.N(ppl[0], "f")
        pay = d.iban() if d.has_iban else d.email(tr)
        body += "\n\n" + L(
            f"{'Hallo zäme' if d.ch else 'Hallo zusammen'}! Noch offen: {names}. Bitte 85.- auf {pay} (lautend auf "
            f"{d.N(tr)}). Danke, {d.N(tr, 'f')}",
            f"Salut tout le monde ! Encore à payer : {names}. Merci de verser 85 sur {pay} ({d.N(tr)}). "
            f"{d.N(tr, 'f')}",
            f"Ciao a tutti! Mancano ancora: {names}. Versate 85 euro su {pay} (intestato a {d.N(tr)}). "
            f"{d.N(tr, 'f')}",
            f"Hi all! Still to pay: {names}. Please send 85 to {pay} ({d.N(tr)}). Thanks, {d.N(tr, 'f')}")
        return frame(d, L("Wie viel Geld fehlt noch insgesamt? Schreib eine freundliche Erinnerung.",
                          "Combien manque-t-il au total ? Rédige un rappel sympa.",
                          "Quanto manca in totale? Scrivi un promemoria gentile.",
                          "How much is still outstanding? Write a friendly reminder."), body)
    # v == 3: chat
    ppl = d.people(d.n(3, 5))
    s = [d.N(p, d.c(["f", "fl", "f"])) if d.p(0.85) else d.mob() for p in ppl]
    a = d.addr()
    msgs = [(s[0], lowchat(d, L(f"probe heute 19:30 bei {d.N(ppl[1], 'l')} in der scheune, {d.A1(a)}",
                                f"répète ce soir 19h30 chez {d.N(ppl[1], 'l')}, {d.A1(a)}",
                                f"prove stasera alle 19:30 da {d.N(ppl[1], 'l')}, {d.A1(a)}",
                                f"rehearsal tonight 7:30 at {d.N(ppl[1], 'l')}'s, {d.A1(a)}"), 0.6)),
            (s[1], lowchat(d, L(f"parkplatz hinterm haus, {d.N(ppl[2], 'f')} bring die pauke mit",
                                f"parking derrière la maison, {d.N(ppl[2], 'f')} ramène la grosse caisse",
                                f"parcheggio dietro casa, {d.N(ppl[2], 'f')} porta la grancassa",
                                f"park round the back, {d.N(ppl[2], 'f')} bring the drum"))),
            (s[2], lowchat(d, L("jaja", "oui oui", "sì sì", "yeah yeah"))),
            (s[0], lowchat(d, L(f"after-party bei {d.N(d.person(), 'f')}, neue nummer von ihr: {d.mob()}",
                                f"after chez {d.N(d.person(), 'f')}, son nouveau numéro : {d.mob()}",
                                f"dopo festa da {d.N(d.person(), 'f')}, nuovo numero: {d.mob()}",
                                f"afterparty at {d.N(d.person(), 'f')}'s, her new number: {d.mob()}"), 0.6))]
    if len(ppl) > 3:
        msgs.append((s[3], lowchat(d, L(f"ich komm später, {d.N(ppl[0], 'f')} kannst du mich eintragen?",
                                        f"j'arrive plus tard, {d.N(ppl[0], 'f')} tu peux m'inscrire ?",
                                        f"arrivo dopo, {d.N(ppl[0], 'f')} mi segni tu?",
                                        f"running late, {d.N(ppl[0], 'f')} can you sign me in?"))))
    return frame(d, L("Was muss ich mir aus dem Gruppenchat merken?", "Qu'est-ce que je dois retenir de ce chat ?",
                      "Cosa devo ricordarmi da questa chat?", "What do I need to remember from this group chat?"),
                 chat(d, msgs))


def kennel(d: Doc) -> str:
    return d.c(d.L("vom Lindenhof|von der Sonnenhalde|vom Bärenbach", "du Clos des Vignes|des Terres Blanches",
                   "della Valle Serena|di Casa Bianchina", "of Heatherbrook|of Lough Ree|of Wattle Creek").split("|"))


def g_breeder(d: Doc, v: int) -> str:
    L = d.L
    breed = d.c(["Berner Sennenhund" if d.lang == "de" else "Bouvier bernois" if d.lang == "fr" else
                 "Bovaro del Bernese" if d.lang == "it" else "Bernese Mountain Dog", "Labrador Retriever",
                 "Golden Retriever", "Border Collie", "Maine Coon", "Ragdoll", "Cavalier King Charles Spaniel",
                 "Lagotto Romagnolo"])
    dogs = ["Amira", "Bodo", "Cira", "Dakota", "Elvis", "Fiete", "Gina", "Hektor", "Ivy", "Juno"]
    if v == 0:
        br, bu = d.person(), d.person()
        bu2 = d.relative(bu) if d.p(0.5) else None
        ba, ua = d.addr(), d.addr()
        body = L("KAUFVERTRAG", "CONTRAT DE VENTE", "CONTRATTO DI VENDITA", "PUPPY SALE CONTRACT") + f" – {breed}\n\n"
        body += L("Züchter/in", "Éleveur", "Allevatore", "Breeder") + f": {d.N(br)}, {kennel(d)}\n{d.A2(ba)}\n" \
            f"{d.tel()} · {d.email(br)}\n\n"
        body += L("Käufer/in", "Acheteur", "Acquirente", "Buyer") + f": {d.N(bu)}"
        if bu2:
            body += f" {L('und', 'et', 'e', 'and')} {d.N(bu2)}"
        body += f"\n{L('geb.', 'né(e) le', 'nato/a il', 'DOB')} {d.dob(22, 75)}\n{d.A2(ua, d.avar())}\n{d.mob()} · " \
            f"{d.email(bu)}\n\n"
        body += L("Tier", "Animal", "Animale", "Puppy") + f": {d.c(dogs)} {kennel(d)}, " + \
            L("gewölft am", "né le", "nato il", "whelped") + f" {d.date('num')}, Chip {d.digits(15)}\n"
        body += L("Kaufpreis", "Prix", "Prezzo", "Price") + f": {d.n(15, 35) * 100}.-, " + \
            L("Anzahlung", "acompte", "acconto", "deposit") + " 500.- "
        body += (L("auf", "sur", "su", "to") + f" {d.iban()}" if d.has_iban else
                 L("", "par virement Interac à", "", "by e-Transfer to") + f" {d.email(br)}") + "\n\n"
        body += f"{d.date()}, {d.N(br, 'if')} / {d.N(bu, 'if')}"
        return frame(d, L("Ist dieser Welpenkaufvertrag fair? Was sollte ich als Käufer noch ergänzen?",
                          "Ce contrat de vente est-il équitable ? Que devrais-je ajouter ?",
                          "Questo contratto è equo? Cosa dovrei aggiungere come acquirente?",
                          "Is this puppy contract fair? What should I add as the buyer?"), body)
    if v == 1:
        rows = []
        for _ in range(d.n(4, 6)):
            p = d.person()
            rows.append([d.N(p, d.c(["fl", "lf"])), town(d, 0.05), d.tel(), d.email(p) if d.p(0.8) else "",
                         d.c([L("Rüde", "mâle", "maschio", "male"), L("Hündin", "femelle", "femmina", "female"),
                              L("egal", "indifférent", "indifferente", "either")]),
                         d.c(["✓", "", "✓"])])
        body = L("Warteliste", "Liste d'attente", "Lista d'attesa", "Waiting list") + f" {breed} – {kennel(d)}\n\n"
        body += table(d, [L("Name", "Nom", "Nome", "Name"), L("Ort", "Ville", "Città", "Town"),
                          L("Telefon", "Téléphone", "Telefono", "Phone"), "E-Mail", L("Wunsch", "Souhait", "Preferenza",
                                                                                      "Preference"),
                          L("Anzahlung", "Acompte", "Acconto", "Deposit")], rows, d.c(["md", "csv", "tsv"]))
        return frame(d, L("Der Wurf hat 3 Rüden und 4 Hündinnen. Wen kontaktiere ich zuerst?",
                          "La portée compte 3 mâles et 4 femelles. Qui contacter en premier ?",
                          "La cucciolata ha 3 maschi e 4 femmine. Chi contatto per primo?",
                          "The litter has 3 males and 4 females. Who do I contact first?"), body)
    if v == 2:
        bu, br = d.person(), d.person()
        sp = d.relative(bu, "m" if bu.g == "f" else "f")
        kids = [d.relative(bu) for _ in range(2)]
        em = d.email(bu)
        bem = d.email(br)
        body = head(d, who(d, bu, em), who(d, br, bem), L(f"Anfrage {breed}-Welpe", f"Demande chiot {breed}",
                                                          f"Richiesta cucciolo {breed}", f"{breed} puppy enquiry"))
        body += "\n\n" + d.greet(br) + "\n\n" + L(
            f"wir sind eine Familie mit zwei Kindern ({d.N(kids[0], 'f')}, 9, und {d.N(kids[1], 'f')}, 6) und haben "
            f"einen Garten. {'Mein Mann' if sp.g == 'm' else 'Meine Frau'} {d.N(sp, 'f')} arbeitet im Homeoffice. "
            f"Wir wohnen {d.A1()}. Gibt es noch "
            f"Plätze auf der Warteliste? Erreichbar unter {d.mob()}.",
            f"nous sommes une famille avec deux enfants ({d.N(kids[0], 'f')}, 9 ans, et {d.N(kids[1], 'f')}, 6 ans) "
            f"et un jardin. {d.N(sp, 'f')} est en télétravail. Nous habitons {d.A1()}. Reste-t-il des places sur la "
            f"liste d'attente ? Joignable au {d.mob()}.",
            f"siamo una famiglia con due bambini ({d.N(kids[0], 'f')}, 9 anni, e {d.N(kids[1], 'f')}, 6) e un "
            f"giardino. {d.N(sp, 'f')} lavora da casa. Abitiamo in {d.A1()}. Ci sono ancora posti in lista d'attesa? "
            f"Mi trova al {d.mob()}.",
            f"we're a family with two kids ({d.N(kids[0], 'f')}, 9, and {d.N(kids[1], 'f')}, 6) and a garden. "
            f"{d.N(sp, 'f')} works from home. We live at {d.A1()}. Is there still space on the waiting list? You can "
            f"reach me on {d.mob()}.")
        body += f"\n\n{d.bye()}\n{d.N(bu)}\n\n"
        body += quote(wrote(d, br, bem) + "\n" + L(
            f"Gerne! Besuch wäre am Samstag möglich. Mein Partner {d.N(d.person(), 'f')} zeigt Ihnen die Mutterhündin.",
            f"Avec plaisir ! Visite possible samedi. Mon associé {d.N(d.person(), 'f')} vous montrera la mère.",
            f"Volentieri! Potete venire sabato. Il mio socio {d.N(d.person(), 'f')} vi mostrerà la madre.",
            f"Lovely! Saturday works for a visit. My partner {d.N(d.person(), 'f')} will show you the mum.") +
                      f"\n{d.N(br, 'f')}\n{kennel(d)} · {d.tel()}")
        return frame(d, L("Welche Fragen sollte ich beim Besuch beim Züchter stellen?",
                          "Quelles questions poser lors de la visite chez l'éleveur ?",
                          "Che domande dovrei fare quando vado dall'allevatore?",
                          "What should I ask when we visit the breeder?"), body)
    # v == 3: litter registration
    br, stud = d.person(), d.person()
    body = L("WURFMELDUNG", "DÉCLARATION DE PORTÉE", "DENUNCIA DI CUCCIOLATA", "LITTER REGISTRATION") + \
        f" – {breed}\n\n"
    body += L("Züchter", "Éleveur", "Allevatore", "Breeder") + f": {d.N(br, 'lf')}, {d.A1()}, {d.tel()}\n"
    body += L("Deckrüde", "Étalon", "Stallone", "Sire") + f": {d.c(dogs)} {kennel(d)}, " + \
        L("Besitzer", "propriétaire", "proprietario", "owner") + f" {d.N(stud)}, {d.A1()}, {d.tel()}\n"
    body += L("Wurftag", "Date de naissance de la portée", "Data del parto", "Whelping date") + f": {d.date('num')}\n\n"
    rows = []
    for nm in d.r.sample(dogs, d.n(3, 5)):
        p = d.person()
        rows.append([nm, d.c(["R", "H"]) if d.lang == "de" else d.c(["M", "F"]), d.digits(15), d.N(p, "fl"),
                     d.A1(d.addr())])
    body += table(d, [L("Welpe", "Chiot", "Cucciolo", "Puppy"), L("G.", "S.", "S.", "Sex"), "Chip",
                      L("Neue/r Besitzer/in", "Nouveau propriétaire", "Nuovo proprietario", "New owner"),
                      L("Adresse", "Adresse", "Indirizzo", "Address")], rows, d.c(["md", "fixed"]))
    return frame(d, L("Bitte in eine CSV für den Zuchtverband umwandeln.", "Convertis en CSV pour le club de race.",
                      "Converti in CSV per il club di razza.", "Convert this into a CSV for the breed club."), body)


def g_amateurtheatre(d: Doc, v: int) -> str:
    L = d.L
    troupe = d.c([L("Theatergruppe Kulisse", "Compagnie des Tréteaux", "Compagnia La Ribalta", "Limelight Players"),
                  L("Volksbühne am Bach", "Troupe du Petit Chapiteau", "Filodrammatica San Rocco",
                    "Riverside Amateur Dramatic Society")])
    play = d.c([L("Der zerbrochne Krug", "Le Dindon", "La locandiera", "Blithe Spirit"),
                L("Arsen und Spitzenhäubchen", "Le Malade imaginaire", "Non ti pago",
                  "The Importance of Being Earnest")])
    if v == 0:
        roles = L("Regie|Souffleuse|Technik|Maske|Hauptrolle|Nebenrolle|Nebenrolle|Erzähler|Kasse",
                  "Mise en scène|Souffleur|Régie|Maquillage|Rôle principal|Second rôle|Second rôle|Narrateur|"
                  "Billetterie",
                  "Regia|Suggeritore|Tecnica|Trucco|Protagonista|Ruolo secondario|Ruolo secondario|Narratore|Cassa",
                  "Director|Prompt|Lighting & sound|Make-up|Lead|Supporting|Supporting|Narrator|Box office").split("|")
        rows = []
        for r in roles[: d.n(4, 7)]:
            p = d.person()
            rows.append([r, d.N(p, d.c(["fl", "fl", "lf"])), d.mob(), d.email(p) if d.p(0.8) else ""])
        body = f"{troupe} – {play}\n" + L("Besetzung & Team", "Distribution & équipe", "Cast e staff",
                                          "Cast & crew") + "\n\n"
        body += table(d, [L("Funktion", "Rôle", "Ruolo", "Role"), L("Name", "Nom", "Nome", "Name"),
                          L("Handy", "Portable", "Cellulare", "Mobile"), "E-Mail"], rows, d.c(["md", "fixed", "csv"]))
        return frame(d, L("Mach daraus eine Telefonliste zum Ausdrucken, sortiert nach Nachnamen.",
                          "Fais-en une liste téléphonique à imprimer, triée par nom.",
                          "Trasformala in una lista telefonica da stampare, in ordine di cognome.",
                          "Turn this into a printable phone list sorted by surname."), body)
    if v == 1:
        rows = []
        for _ in range(d.n(4, 5)):
            p = d.person()
            note = d.c(["", "", L("Rollstuhlplatz", "PMR", "carrozzina", "wheelchair space"),
                        L("reserviert von ", "réservé par ", "prenotato da ", "booked by ") + d.N(d.person(), "fl")])
            if d.p(0.2):
                note = L("Karte tel.: ", "CB par tél. : ", "carta al tel.: ", "card by phone: ") + d.card("c")
            rows.append([d.N(p, d.c(["lf", "fl", "l"])), d.tel(), d.email(p) if d.p(0.6) else "", d.date("num"),
                         str(d.n(1, 6)), d.c(L("ja|nein", "oui|non", "sì|no", "yes|no").split("|")), note])
        body = f"{troupe} – " + L("Reservierungen", "réservations", "prenotazioni", "reservations") + f" {play}\n\n"
        body += table(d, [L("Name", "Nom", "Nome", "Name"), L("Telefon", "Téléphone", "Telefono", "Phone"), "E-Mail",
                          L("Vorstellung", "Représentation", "Replica", "Performance"), L("Plätze", "Places", "Posti",
                                                                                          "Seats"),
                          L("bezahlt", "payé", "pagato", "paid"), L("Notiz", "Note", "Nota", "Note")], rows,
                      d.c(["csv", "ssv", "tsv"]))
        return frame(d, L("Wie viele Plätze sind pro Vorstellung reserviert und wer hat noch nicht bezahlt?",
                          "Combien de places par représentation et qui n'a pas payé ?",
                          "Quanti posti per replica e chi non ha ancora pagato?",
                          "How many seats per performance, and who hasn't paid yet?"), body)
    if v == 2:
        ppl = d.people(d.n(4, 5))
        press = d.person()
        body = f"{troupe} – {play}\n" + L("Programmheft: Wer spielt mit?", "Programme : les comédiens",
                                          "Programma di sala: gli attori", "Programme: meet the cast") + "\n\n"
        for i, p in enumerate(ppl):
            kid = d.relative(p, "m")
            fem = p.g == "f"
            if i % 2 == 0:
                body += L(f"{d.N(p)} steht seit {d.n(1990, 2020)} auf unserer Bühne. Im Alltag ist {d.N(p, 'f')} "
                          f"{'Lehrerin' if fem else 'Lehrer'} in {town(d, 0)}. {'Ihr' if fem else 'Sein'} Sohn "
                          f"{d.N(kid, 'f')} hilft bei der Technik.",
                          f"{d.N(p)} joue avec nous depuis {d.n(1990, 2020)}. Dans la vie, {d.N(p, 'f')} est "
                          f"{'infirmière' if fem else 'infirmier'} à {town(d, 0)}. Son fils {d.N(kid, 'f')} "
                          f"s'occupe de la lumière.",
                          f"{d.N(p)} è con noi dal {d.n(1990, 2020)}. Nella vita {d.N(p, 'f')} fa l'insegnante a "
                          f"{town(d, 0)}. Il figlio {d.N(kid, 'f')} aiuta con le luci.",
                          f"{d.N(p)} has been with us since {d.n(1990, 2020)}. By day {d.N(p, 'f')} teaches in "
                          f"{town(d, 0)}; son {d.N(kid, 'f')} helps on lights.") + "\n\n"
            else:
                body += L(f"{d.N(p)} gibt {'ihr' if fem else 'sein'} Debüt. {d.N(p, 'l')} sagt: „Ohne {d.N(kid, 'f')} "
                          f"hätte ich mich nie getraut.“",
                          f"Premier rôle pour {d.N(p)}. « Sans {d.N(kid, 'f')} je n'aurais jamais osé », confie "
                          f"{d.N(p, 'f')}.",
                          f"Debutto per {d.N(p)}. «Senza {d.N(kid, 'f')} non avrei mai osato», racconta "
                          f"{d.N(p, 'f')}.",
                          f"{d.N(p)} makes their debut. \"I'd never have dared without {d.N(kid, 'f')},\" says "
                          f"{d.N(p, 'f')}.") + "\n\n"
        body += L("Pressekontakt", "Contact presse", "Contatto stampa", "Press contact") + \
            f": {d.N(press)}, {d.mob()}, {d.email(press)}"
        return frame(d, L("Kürze die Texte fürs Programmheft auf je zwei Sätze.",
                          "Raccourcis chaque présentation à deux phrases.",
                          "Accorcia ogni presentazione a due frasi.",
                          "Cut each bio down to two sentences for the programme."), body)
    # v == 3: rehearsal mail + director's fee sheet
    dire = d.person()
    cast = d.people(d.n(3, 5))
    em = d.email(dire)
    to = ", ".join(f"{d.N(p, 'f')}" for p in cast[:3])
    body = head(d, who(d, dire, em), to + L(" u. a.", " et al.", " e altri", " et al."),
                L("Probenplan Mai", "Planning des répétitions", "Calendario prove", "Rehearsal schedule"))
    body += "\n\n" + L("Hallo zusammen,", "Bonjour à tous,", "Ciao a tutti,", "Hi all,") + "\n\n"
    for p in cast:
        wd = d.c([L("Di", "mar.", "mar", "Tue"), L("Do", "jeu.", "gio", "Thu")])
        body += f"- {d.N(p, d.c(['f', 'fl']))}: {wd} " \
                f"{d.time()} – {d.mob()}\n"
    body += "\n" + L(f"{d.N(cast[0], 'f')}, bitte Text bis Akt 2 sicher! {d.N(cast[1], 'f')} bringt die Requisiten.",
                     f"{d.N(cast[0], 'f')}, texte de l'acte 2 à savoir ! {d.N(cast[1], 'f')} apporte les accessoires.",
                     f"{d.N(cast[0], 'f')}, il testo del secondo atto a memoria! {d.N(cast[1], 'f')} porta gli "
                     f"oggetti di scena.", f"{d.N(cast[0], 'f')}, lines for Act 2 please! {d.N(cast[1], 'f')} is "
                     f"bringing the props.") + f"\n\n{d.N(dire, 'f')}\n\n---\n"
    lab = L("Honorar Regie|Name|Geburtsdatum|Adresse|IBAN", "Cachet mise en scène|Nom|Date de naissance|Adresse|IBAN",
            "Compenso regia|Nome|Data di nascita|Indirizzo|IBAN", "Director's fee|Name|Date of birth|Address|IBAN")
    lab = lab.split("|")
    vals = [f"{d.n(8, 30) * 100}.-", d.N(dire), d.dob(30, 70), d.A1(), d.iban() if d.has_iban else d.email(dire)]
    if not d.has_iban:
        lab[4] = L("", "Virement Interac", "", "Payment (e-Transfer/PayPal)")
    if d.region == "CH":
        lab.append(L("AHV-Nr.", "N° AVS", "N. AVS", "AHV no."))
        vals.append(d.ahv())
    body += "\n".join(f"{x}: {y}" for x, y in zip(lab, vals, strict=True))
    return frame(d, L("Mach aus dem Probenplan eine Tabelle. Das Honorarblatt bitte an die Kassierin weiterleiten.",
                      "Fais un tableau du planning. La fiche de cachet est pour la trésorière.",
                      "Fai una tabella del calendario. Il foglio compenso va alla tesoriera.",
                      "Turn the schedule into a table. The fee sheet goes to the treasurer."), body)


def g_podcast(d: Doc, v: int) -> str:
    L = d.L
    show = d.c(L("Dorfgeflüster|Feierabend-Funk", "Ondes Courtes|Le Micro Ouvert", "Voci di Quartiere|Radio Cortile",
                 "Small Town Talk|Kitchen Table FM").split("|"))
    pdom = d.domain("dorfgefluester|feierabendfunk", "ondescourtes|micro-ouvert", "vocidiquartiere|radiocortile",
                    "smalltowntalk|kitchentable-fm")
    if v == 0:
        host, guest, prod = d.person(), d.person(), d.person()
        hem = d.work_email(host, pdom)
        gem = d.email(guest)
        pem = d.work_email(prod, pdom)
        a = d.addr()
        body = head(d, who(d, guest, gem), who(d, host, hem), L(f"Re: Einladung {show}", f"Re : Invitation {show}",
                                                                f"Re: Invito {show}", f"Re: Invitation to {show}"),
                    cc=f"{d.N(prod)} <{pem}>")
        body += "\n\n" + d.greet(host, False) + "\n\n" + L(
            f"sehr gerne komme ich in die Sendung! Das Mikrofon könnt ihr an {d.A1(a)} schicken. Am besten erreicht "
            f"ihr mich unter {d.mob()}. Meine Frau {d.N(d.relative(guest, 'f'), 'f')} nimmt sonst das Paket an.",
            f"avec plaisir pour l'émission ! Vous pouvez envoyer le micro à {d.A1(a)}. Le plus simple : {d.mob()}. "
            f"Sinon {d.N(d.relative(guest, 'f'), 'f')} réceptionnera le colis.",
            f"volentieri! Il microfono potete spedirlo a {d.A1(a)}. Mi trovate al {d.mob()}. Altrimenti ritira il "
            f"pacco {d.N(d.relative(guest, 'f'), 'f')}.",
            f"I'd love to come on! You can post the mic to {d.A1(a)}. Best number is {d.mob()}. Otherwise "
            f"{d.N(d.relative(guest, 'f'), 'f')} can sign for the parcel.")
        body += f"\n\n{d.N(guest, 'f')}\n\n"
        body += quote(wrote(d, host, hem) + "\n" + d.greet(guest, False) + "\n" + L(
            f"wir würden dich gern zu deinem Buch interviewen. {d.N(prod)} kümmert sich um die Technik.",
            f"nous aimerions t'interviewer sur ton livre. {d.N(prod)} s'occupe de la technique.",
            f"vorremmo intervistarti sul tuo libro. {d.N(prod)} si occupa della parte tecnica.",
            f"we'd love to interview you about your book. {d.N(prod)} looks after the tech side.") + "\n\n" +
                      sig(d, host, show, email=hem))
        return frame(d, L("Schreib eine Antwort mit drei Terminvorschlägen und einer Checkliste für den Gast.",
                          "Rédige une réponse avec trois créneaux et une checklist pour l'invité.",
                          "Scrivi una risposta con tre date possibili e una checklist per l'ospite.",
                          "Write a reply with three slots and a checklist for the guest."), body)
    if v == 1:
        g = d.person()
        lab = L("Name|Geburtsdatum|Adresse|E-Mail|Telefon|Honorar an",
                "Nom|Date de naissance|Adresse|Courriel|Téléphone|Cachet à verser sur",
                "Nome|Data di nascita|Indirizzo|E-mail|Telefono|Compenso su",
                "Name|Date of birth|Address|E-mail|Phone|Fee paid to").split("|")
        a = d.addr()
        vals = [d.N(g), d.dob(20, 75), d.A2(a, sep=", ") if d.p(0.5) else d.A1(a), d.email(g), d.tel(),
                d.iban() if d.has_iban else d.email(g)]
        if d.region == "CH":
            lab.append(L("AHV-Nr.", "N° AVS", "N. AVS", "AHV no."))
            vals.append(d.ahv())
        w = max(len(x) for x in lab) + 2
        body = L("EINVERSTÄNDNISERKLÄRUNG GAST", "AUTORISATION DE DIFFUSION – INVITÉ", "LIBERATORIA OSPITE",
                 "GUEST RELEASE FORM") + f" – {show}\n\n"
        body += "\n".join(f"{(x + ':').ljust(w)}{y}" for x, y in zip(lab, vals, strict=True))
        body += "\n\n" + L(f"Ich, {d.N(g)}, erlaube die Veröffentlichung der Aufnahme vom {d.date()}.",
                           f"Je soussigné(e) {d.N(g)} autorise la diffusion de l'enregistrement du {d.date()}.",
                           f"Io sottoscritto/a {d.N(g)} autorizzo la pubblicazione della registrazione del {d.date()}.",
                           f"I, {d.N(g)}, consent to publication of the recording made on {d.date()}.")
        return frame(d, L("Ist die Erklärung rechtlich ausreichend? Bitte verbessern.",
                          "Cette autorisation est-elle suffisante ? Améliore-la.",
                          "La liberatoria è sufficiente? Migliorala.",
                          "Is this release good enough legally? Please improve it."), body)
    if v == 2:
        rows = []
        hosts = [d.person(), d.person()]
        for _ in range(d.n(3, 4)):
            p = d.person()
            h = d.c(hosts)
            msg = d.c([L(f"Grüsse an {d.N(h, 'f')}, tolle Folge!", f"Bravo {d.N(h, 'f')}, super épisode !",
                         f"Complimenti a {d.N(h, 'f')}, puntata bellissima!", f"Shout-out to {d.N(h, 'f')}, great ep!"),
                       L("Ton war diesmal schlecht", "Le son était mauvais", "L'audio era pessimo",
                         "Audio was poor this week"),
                       L(f"Ich kenne {d.N(d.person())}, die wäre ein toller Gast", f"Invitez {d.N(d.person())} !",
                         f"Invitate {d.N(d.person())}!", f"You should get {d.N(d.person())} on the show")])
            rows.append([f"{d.date('iso')} {d.n(0, 23):02d}:{d.n(0, 59):02d}", d.N(p, d.c(["fl", "f"])), d.email(p),
                         d.ip(), msg])
        body = f"{show} – " + L("Hörerpost (Kontaktformular)", "messages des auditeurs", "messaggi degli ascoltatori",
                                "listener mail (contact form)") + "\n\n" + table(d, ["ts", "name", "email", "ip",
                                                                                    "message"], rows,
                                                                                 d.c(["csv", "tsv"]))
        return frame(d, L("Welche Nachrichten sollten wir in der nächsten Folge vorlesen?",
                          "Quels messages lire dans le prochain épisode ?",
                          "Quali messaggi leggiamo nella prossima puntata?",
                          "Which messages should we read out next episode?"), body)
    # v == 3: call-in log
    prod = d.person()
    rows = []
    for _ in range(d.n(4, 7)):
        p = d.person()
        rows.append([f"{d.n(17, 19)}:{d.n(0, 59):02d}", d.N(p, d.c(["f", "fl", "fi"])), town(d, 0.05), d.tel(),
                     d.c([L("Verkehr", "circulation", "traffico", "traffic"), L("Gemeindefest", "fête du village",
                                                                                "sagra", "village fete"),
                          L("Glückwunsch", "dédicace", "dedica", "birthday shout-out"),
                          L("Beschwerde", "réclamation", "lamentela", "complaint")]),
                     d.c(["on air", "on air", L("zurückrufen", "rappeler", "richiamare", "call back")])])
    rows.sort(key=lambda r: r[0])
    body = f"{show} – " + L("Anrufprotokoll Live-Sendung", "journal des appels (direct)", "registro chiamate (diretta)",
                            "live call-in log") + f" {d.date('num')}\n" + \
        L("Produktion", "Réalisation", "Regia", "Producer") + f": {d.N(prod)} ({d.land()})\n\n"
    body += table(d, [L("Zeit", "Heure", "Ora", "Time"), L("Anrufer/in", "Auditeur", "Ascoltatore", "Caller"),
                      L("Ort", "Ville", "Paese", "Town"), L("Nummer", "Numéro", "Numero", "Number"),
                      L("Thema", "Sujet", "Tema", "Topic"), "Status"], rows, d.c(["fixed", "md", "tsv"]))
    return frame(d, L("Wen müssen wir zurückrufen? Bitte Liste mit Nummern.",
                      "Qui faut-il rappeler ? Liste avec les numéros.",
                      "Chi dobbiamo richiamare? Elenco con i numeri.",
                      "Who do we need to call back? List with numbers please."), body)


GENRE_FN = {
    "astrology": g_astrology, "philately": g_philately, "classiccar": g_classiccar, "tyrestorage": g_tyrestorage,
    "museum": g_museum, "recall": g_recall, "volunteering": g_volunteering, "refugeehosting": g_refugeehosting,
    "carnival": g_carnival, "breeder": g_breeder, "amateurtheatre": g_amateurtheatre, "podcast": g_podcast,
}


# ----------------------------------------------------------------------------------------------------------------
# build, check, write
# ----------------------------------------------------------------------------------------------------------------
def build() -> list[dict]:
    docs = []
    for lang in LANGS:
        for genre in GENRES:
            regions = list(REGION_PLAN[lang])
            random.Random(f"{SEED}|{lang}|{genre}|regions").shuffle(regions)
            for i in range(N_DOCS):
                region = regions[i]
                d = Doc(lang, region, genre, i)
                raw = GENRE_FN[genre](d, i % 4)
                text, ents = resolve(raw)
                for e in ents:
                    check_value(e)
                docs.append({"id": f"{SEED}-{lang}-{genre}-{i:02d}", "locale": f"{lang}_{region}", "lang": lang,
                             "text": text, "entities": [{"type": e["type"], "start": e["start"], "end": e["end"],
                                                         "text": e["text"]} for e in ents]})
    return docs


def check_value(e: dict) -> None:
    t, s = e["type"], e["text"]
    if t == "IBAN":
        assert iban_ok(s), s
    elif t == "CARD":
        assert luhn_ok(re.sub(r"\D", "", s)), s
    elif t == "AHV":
        digits = re.sub(r"\D", "", s)
        assert digits.startswith("756") and len(digits) == 13, s
    elif t == "EMAIL":
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s), s


def scan(docs: list[dict]) -> list[str]:
    """Look for unlabelled repeats of labelled names and unlabelled e-mails, phone-like runs and IPs."""
    notes = []
    for doc in docs:
        text, ents = doc["text"], doc["entities"]
        covered = [False] * len(text)
        for e in ents:
            for k in range(e["start"], e["end"]):
                covered[k] = True
        words = set()
        for e in ents:
            if e["type"] == "PERSON":
                for w in re.findall(r"[^\W\d_][\w'’-]*", e["text"]):
                    if len(w) >= 3:
                        words.add(w.lower())
        for w in sorted(words):
            for mm in re.finditer(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text, re.IGNORECASE):
                if not covered[mm.start()]:
                    notes.append(f"{doc['id']}: name word '{mm.group()}' unlabelled at {mm.start()}")
        for rx, kind in ((r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", "email"),
                         (r"\+?\(?\d[\d ()/.-]{7,}\d", "digits"),
                         (r"\b\d{1,3}(?:\.\d{1,3}){3}\b", "ipv4")):
            for mm in re.finditer(rx, text):
                if not any(covered[mm.start():mm.end()]):
                    notes.append(f"{doc['id']}: unlabelled {kind} '{mm.group()}'")
    return notes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--scan", action="store_true", help="print the scan for unlabelled values")
    args = ap.parse_args()
    docs = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    by_type = collections.Counter(e["type"] for doc in docs for e in doc["entities"])
    by_lang = collections.Counter(doc["lang"] for doc in docs for _ in doc["entities"])
    total = sum(by_type.values())
    print(f"{len(docs)} documents, {total} labelled values -> {args.out}")
    print("types:", ", ".join(f"{t} {n}" for t, n in by_type.most_common()))
    print("langs:", ", ".join(f"{k} {by_lang[k]}" for k in LANGS))
    print(f"PERSON share {by_type['PERSON'] / total:.3f}; Faker {faker.VERSION}")
    if args.scan:
        for note in scan(docs):
            print(note)


if __name__ == "__main__":
    main()
