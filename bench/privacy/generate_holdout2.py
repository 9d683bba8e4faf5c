"""Second blind evaluation set ("holdout2") for the anonymizer.

Written 2026-12-04 by a helper session, blind: without reading the detectors
(src/tarnkappe/privacy/), the templates or format code of the other generators
(templates.py, generate.py, generate_independent.py, generate_holdout.py) or the
texts of the existing data sets, and never run through the anonymizer while
written. Report on it; never tune on it.

Documents are chat-pasted texts of genres the other sets do not centre on
(messenger exports, meeting transcripts, letters, summonses, discharge notes,
member lists, obituaries, CVs, invoices, issue comments ...), 11 templates per
language (de, fr, it, en). Person names come from Faker locales no other
generator uses (de: no_NO, is_IS, lt_LT, lv_LV, et_EE; fr: yo_NG, ig_NG, es_CA,
vi_VN surnames; it: id_ID, az_AZ, es; en: en_PK, sw, ha_NG, tw_GH) mixed with
names invented here. Phones, addresses, dates of birth, IBANs (valid check
digits), card numbers (Luhn-valid) and e-mails are formatted by this file's own
code for CH/DE/AT, FR/BE/CH/LU, IT/CH and GB/IE/US/CA/AU.

Labels: PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD. Titles, role words and
genitive/possessive endings are outside PERSON spans; a one-line address is one
ADDRESS span, a two-line address block two spans (street line, postcode/town
line). Order/invoice/booking numbers, prices, times, plain dates, versions,
companies (also those named after people), towns without a street, streets
without a number, clubs, rooms and code names are unlabelled distractors.

Usage (repo root): python bench/privacy/generate_holdout2.py [--per-template 10]
Writes bench/privacy/data/synthetic_holdout2.jsonl.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import string
import unicodedata
import warnings
from collections.abc import Callable

from faker import Faker

SEED = 20261204
OUT = pathlib.Path(__file__).resolve().parent / "data" / "synthetic_holdout2.jsonl"

warnings.filterwarnings("ignore")

NAME_LOCALES = {
    "de": ["no_NO", "is_IS", "lt_LT", "lv_LV", "et_EE"],
    "fr": ["yo_NG", "ig_NG", "es_CA"],
    "it": ["id_ID", "az_AZ", "es"],
    "en": ["en_PK", "sw", "ha_NG", "tw_GH"],
}
COUNTRIES = {
    "de": (["CH", "DE", "AT"], [40, 35, 25]),
    "fr": (["FR", "BE", "CH", "LU"], [45, 25, 20, 10]),
    "it": (["IT", "CH"], [70, 30]),
    "en": (["GB", "IE", "US", "CA", "AU"], [30, 15, 25, 15, 15]),
}

# Names invented for this set (first names, surnames) per language.
INVENTED = {
    "de": (["Wendelin", "Irmtraud", "Florentin", "Gunhild", "Adalbert", "Liesl", "Korbinian", "Hedwig",
            "Ruppert", "Theresia", "Vinzenz", "Brunhilde", "Quirin", "Walburga", "Eberhard", "Notburga"],
           ["Aschbacher", "Zängerle", "Gschwend", "Oberhollenzer", "Pfefferkorn", "Wüthrich", "Tschirky",
            "Hinterberger", "Kriegleder", "Stöckli", "Rüegsegger", "Haslinger", "Eggenschwiler", "Moosbrugger"]),
    "fr": (["Ghislaine", "Anatole", "Maëlys", "Gontran", "Solène", "Baptistin", "Clotilde", "Évariste",
            "Mahaut", "Honorine", "Thi Lan", "Minh Tuan", "Quang", "Ngoc Anh"],
           ["Vandeputte", "Rivoire", "Duchemin-Ravel", "Quenneville", "Delacroix-Bosson", "Marchal",
            "Pittet", "Bourqui", "Schaack", "Wagener", "Lefebvre-Nguyen", "Tissot"]),
    "it": (["Ludovica", "Ermanno", "Ippolita", "Gaspare", "Cosima", "Eusebio", "Benedetta", "Oreste",
            "Fiammetta", "Tancredi", "Zelinda", "Corrado"],
           ["Zanettin", "Tagliabue", "Squarcialupi", "Bottazzi", "Lo Cascio", "De Santis", "Pedrazzini",
            "Scapozza", "Fumagalli", "Dell'Orto", "Quattrocchi", "Bernasconi"]),
    "en": (["Niamh", "Callum", "Saoirse", "Tobias", "Imogen", "Declan", "Marisol", "Ezekiel", "Priya",
            "Rhiannon", "Dashiell", "Oluwaseun"],
           ["Fogarty", "Ridley-Hart", "Whitcombe", "O'Dwyer", "Pennington", "MacAskill", "Okonjo",
            "Thistlewood", "Garraway", "Featherstone", "Nakamura-Bell", "Quigley"]),
}
VI_FIRST = ["Thi Lan", "Minh", "Quang Huy", "Ngoc Anh", "Van Long", "Thu Trang", "Duc Anh", "Bao Chau"]

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

# --- streets and towns (written here) -------------------------------------------------------------
STREETS = {
    "DE": ["Lindenstraße", "Am Mühlbach", "Hauptstr.", "Kastanienallee", "Goethestraße", "Bergweg",
           "Friedrich-Ebert-Straße", "Talstraße", "Rosenweg", "Schillerplatz", "Auf der Höhe"],
    "AT": ["Mariahilfer Straße", "Hauptplatz", "Grazer Gasse", "Lerchenfelder Gürtel", "Kirchengasse",
           "Annenstraße", "Schönbrunner Str."],
    "CH": ["Bahnhofstrasse", "Seefeldstrasse", "Dorfstr.", "Rütiweg", "Obere Gasse", "Zelgliweg",
           "Kramgasse", "Haldenstrasse", "Im Grund"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "chemin des Vignes", "rue de la République",
           "allée des Tilleuls", "impasse du Moulin", "place du Marché"],
    "BE": ["Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Rue des Brasseurs", "Boulevard d'Avroy",
           "Rue Haute"],
    "CHf": ["Rue du Rhône", "Avenue de la Gare", "Chemin des Pâquerettes", "Rue de Lausanne", "Route de Frontenex"],
    "LU": ["rue de la Gare", "avenue de la Liberté", "route d'Esch", "rue des Romains", "boulevard Royal"],
    "IT": ["Via Roma", "Corso Vittorio Emanuele II", "Piazza Garibaldi", "Viale dei Mille", "Via San Francesco",
           "Vicolo del Pozzo", "Via Giuseppe Verdi", "Largo Augusto"],
    "CHi": ["Via Nassa", "Via Cantonale", "Viale Stefano Franscini", "Via Trevano", "Via alla Chiesa"],
    "GB": ["Willow Road", "Kingsley Avenue", "Station Lane", "Heather Close", "Albert Terrace", "Church Street"],
    "IE": ["Seaview Terrace", "Main Street", "Castle Park", "Orchard Grove", "Dublin Road"],
    "US": ["Maple Street", "Oak Ridge Drive", "W 42nd Street", "Lakeview Ave", "Cedar Lane", "Pine Hollow Rd"],
    "CA": ["Queen Street West", "Rue Sainte-Catherine", "Maple Crescent", "Bloor St E", "Elm Avenue"],
    "AU": ["Banksia Street", "Parramatta Road", "Wattle Place", "Beach Parade", "Jacaranda Avenue"],
}
TOWNS = {
    "DE": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("04109", "Leipzig"), ("28195", "Bremen"),
           ("93047", "Regensburg")],
    "AT": [("1060", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("6020", "Innsbruck"), ("5020", "Salzburg")],
    "CH": [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
           ("8400", "Winterthur")],
    "FR": [("75011", "Paris"), ("69007", "Lyon"), ("13006", "Marseille"), ("31000", "Toulouse"), ("59800", "Lille"),
           ("44000", "Nantes")],
    "BE": [("1000", "Bruxelles"), ("1050", "Ixelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi")],
    "CHf": [("1204", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1700", "Fribourg"), ("1950", "Sion")],
    "LU": [("L-1611", "Luxembourg"), ("L-4002", "Esch-sur-Alzette"), ("L-9050", "Ettelbruck")],
    "IT": [("20121", "Milano"), ("10123", "Torino"), ("80142", "Napoli"), ("40125", "Bologna"), ("00184", "Roma"),
           ("90133", "Palermo")],
    "CHi": [("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio")],
    "GB": [("Leeds", "LS6 2AB"), ("London", "N1 4QT"), ("Bristol", "BS7 8HH"), ("Manchester", "M20 3LP"),
           ("Glasgow", "G12 9TB")],
    "IE": [("Dún Laoghaire, Co. Dublin", "A96 X2Y3"), ("Galway", "H91 E2K7"), ("Cork", "T12 PX82"),
           ("Ennis, Co. Clare", "V95 R6C4")],
    "US": [("Springfield, IL", "62704"), ("Austin, TX", "78704"), ("Portland, OR", "97214"), ("Albany, NY", "12203"),
           ("Madison, WI", "53703")],
    "CA": [("Toronto, ON", "M5H 2N2"), ("Montréal, QC", "H2X 1Y4"), ("Halifax, NS", "B3H 1R2"),
           ("Calgary, AB", "T2P 0L4")],
    "AU": [("Brunswick VIC", "3056"), ("Newtown NSW", "2042"), ("Fremantle WA", "6160"), ("Paddington QLD", "4064")],
}
BARE_TOWNS = {"de": ["Zug", "Olten", "Passau", "Villach", "Chur", "Bamberg"],
              "fr": ["Annecy", "Namur", "Yverdon", "Colmar", "Arlon", "Vevey"],
              "it": ["Como", "Chiasso", "Bergamo", "Lecce", "Trento", "Biasca"],
              "en": ["Swindon", "Athlone", "Boise", "Kelowna", "Ballarat", "Derby"]}
COMPANY_SUFFIX = {"de": ["GmbH", "AG", "& Söhne", "Transporte GmbH", "Bau AG", "KG"],
                  "fr": ["SA", "SARL", "& Fils", "Immobilier SA", "Transports SAS"],
                  "it": ["S.r.l.", "S.p.A.", "& Figli", "Costruzioni S.r.l.", "Trasporti S.n.c."],
                  "en": ["Ltd", "LLC", "& Sons", "Plumbing Ltd", "Partners LLP"]}
CLUBS = {"de": ["FC Wiesental", "TSV Oberbach 1887", "SC Seeblick", "Turnverein Aarbrugg"],
         "fr": ["AS Montrevel", "FC Bois-Joli", "Stade Lavallois", "Union Sportive des Tilleuls"],
         "it": ["AC Valmadrera", "Polisportiva San Rocco", "US Castellana", "FC Vedeggio"],
         "en": ["Riverside Rovers FC", "St Brigid's GAA", "Maple Leaf Curling Club", "Bondi Surf Lifesavers"]}
ROOMS = {"de": ["Raum Säntis", "Sitzungszimmer Eiger", "Besprechungsraum 3.14"],
         "fr": ["salle Mont-Blanc", "salle Jura", "salle 2.07"],
         "it": ["sala Ticino", "sala Dolomiti", "aula 4B"],
         "en": ["the Kestrel room", "Room 2.14", "the Thames suite"]}
PROJECTS = {"de": ["Projekt Falke", "Team Edelweiss", "Initiative Kompass"],
            "fr": ["projet Hirondelle", "équipe Azur", "chantier Orion"],
            "it": ["progetto Aquila", "team Girasole", "cantiere Vesta"],
            "en": ["Project Bluebird", "Team Nimbus", "Operation Lantern"]}
PRODUCTS = ["iPhone 15", "ThinkPad X1", "Miele W1", "Dyson V15", "Kindle Paperwhite", "Galaxy S24", "Vaillant ecoTEC"]


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ð", "d").replace("þ", "th")
    s = s.replace("ı", "i").replace("ə", "e")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in ".-"))


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    digits = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return digits + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    ds = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


class Doc:
    """Slot values of one document; each slot is generated once and reused."""

    def __init__(self, lang: str, country: str, rng: random.Random, fakers: dict[str, Faker]) -> None:
        self.lang, self.country, self.rng, self.fakers = lang, country, rng, fakers
        self.cache: dict[str, list[tuple[str | None, str]]] = {}
        self.people: dict[str, tuple[str, str]] = {}
        self.used_names: set[str] = set()
        # country key for streets/towns (CH differs by language)
        if country == "CH":
            self.ckey = {"de": "CH", "fr": "CHf", "it": "CHi"}[lang]
        else:
            self.ckey = country

    # ---- people
    def person(self, k: str) -> tuple[str, str]:
        if k not in self.people:
            for _ in range(50):
                first, last = self._name()
                if first not in self.used_names and last not in self.used_names and first != last:
                    break
            self.used_names.update((first, last))
            self.people[k] = (first, last)
        return self.people[k]

    def _name(self) -> tuple[str, str]:
        r = self.rng.random()
        if r < 0.3:
            firsts, lasts = INVENTED[self.lang]
            return self.rng.choice(firsts), self.rng.choice(lasts)
        if self.lang == "fr" and r < 0.42:
            return self.rng.choice(VI_FIRST), self.fakers["vi_VN"].last_name()
        f = self.fakers[self.rng.choice(NAME_LOCALES[self.lang])]
        while True:
            first, last = " ".join(f.first_name().split()), " ".join(f.last_name().split())
            if first and last:
                return first, last

    # ---- formats
    def phone(self, mobile: bool) -> str:
        r, c = self.rng, self.country
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        if c == "CH":
            pre = r.choice(["76", "77", "78", "79"]) if mobile else r.choice(["44", "31", "61", "41", "91", "22", "21"])
            a, b, e = d(3), d(2), d(2)
            return r.choice([f"+41 {pre} {a} {b} {e}", f"0{pre} {a} {b} {e}", f"+41 (0){pre} {a} {b} {e}",
                             f"0041 {pre} {a} {b} {e}", f"0{pre}/{a} {b} {e}", f"0{pre}.{a}.{b}.{e}",
                             f"+41{pre}{a}{b}{e}"])
        if c == "DE":
            if mobile:
                pre, rest = r.choice(["151", "160", "171", "176", "157"]), d(8)
                return r.choice([f"+49 {pre} {rest}", f"0{pre} {rest[:4]} {rest[4:]}", f"0{pre}-{rest}",
                                 f"+49 (0){pre} {rest}", f"0{pre}/{rest}", f"0049 {pre} {rest}"])
            pre, rest = r.choice(["30", "89", "221", "341", "421", "941"]), d(7)
            return r.choice([f"0{pre} {rest}", f"0{pre}/{rest[:3]} {rest[3:5]} {rest[5:]}", f"(0{pre}) {rest}",
                             f"+49 {pre} {rest}", f"+49 (0){pre} {rest[:4]}-{rest[4:]}", f"0{pre}-{rest}"])
        if c == "AT":
            if mobile:
                pre, rest = r.choice(["664", "676", "650", "699"]), d(7)
                return r.choice([f"+43 {pre} {rest}", f"0{pre} {rest[:3]} {rest[3:5]} {rest[5:]}",
                                 f"0{pre}/{rest}", f"+43 (0){pre} {rest}", f"0043 {pre} {rest}"])
            pre, rest = r.choice(["1", "316", "732", "512"]), d(6)
            return r.choice([f"0{pre} {rest}", f"0{pre}/{rest[:3]} {rest[3:]}", f"+43 {pre} {rest}",
                             f"+43 (0){pre} {rest[:3]} {rest[3:]}"])
        if c == "FR":
            p = (r.choice(["6", "7"]) if mobile else r.choice(["1", "2", "3", "4", "5"])) + d(8)
            g = [p[1:3], p[3:5], p[5:7], p[7:9]]
            return r.choice([f"0{p[0]} {' '.join(g)}", f"+33 {p[0]} {' '.join(g)}", f"0{p[0]}.{'.'.join(g)}",
                             f"0{p[0]}-{'-'.join(g)}", f"+33 (0){p[0]} {' '.join(g)}", f"0{p}",
                             f"0033 {p[0]} {' '.join(g)}"])
        if c == "BE":
            if mobile:
                pre, a, b, e = r.choice(["470", "475", "486", "497"]), d(2), d(2), d(2)
                return r.choice([f"0{pre} {a} {b} {e}", f"+32 {pre} {a} {b} {e}", f"0{pre}/{a}.{b}.{e}",
                                 f"+32 (0){pre} {a}{b}{e}"])
            pre, rest = r.choice(["2", "4", "81", "71"]), d(7)
            rest = rest[: 7 if len(pre) == 1 else 6]
            return r.choice([f"0{pre} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{pre}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                             f"+32 {pre} {rest[:3]} {rest[3:]}"])
        if c == "LU":
            if mobile:
                pre, a, b = r.choice(["621", "661", "691"]), d(3), d(3)
                return r.choice([f"+352 {pre} {a} {b}", f"{pre} {a} {b}", f"00352 {pre}{a}{b}",
                                 f"(+352) {pre} {a} {b}"])
            a, b, e = d(2), d(2), d(2)
            return r.choice([f"+352 26 {a} {b} {e}", f"26 {a} {b} {e}", f"+352 4{a}{b}{e}"])
        if c == "IT":
            if mobile:
                pre, rest = r.choice(["333", "347", "340", "329", "388"]), d(7)
                return r.choice([f"{pre} {rest[:3]} {rest[3:]}", f"+39 {pre} {rest}", f"{pre}.{rest[:3]}.{rest[3:]}",
                                 f"+39 {pre} {rest[:3]} {rest[3:]}", f"0039 {pre}{rest}", f"{pre}-{rest}",
                                 f"{pre}{rest}"])
            pre, rest = r.choice(["02", "06", "011", "051", "081", "091"]), d(7)
            return r.choice([f"{pre} {rest}", f"{pre}-{rest}", f"+39 {pre} {rest[:4]} {rest[4:]}", f"{pre}/{rest}",
                             f"({pre}) {rest}"])
        if c == "GB":
            if mobile:
                rest = "7" + r.choice(["700", "911", "824", "583"]) + d(6)
                return r.choice([f"0{rest[:4]} {rest[4:]}", f"+44 {rest[:4]} {rest[4:]}",
                                 f"+44 (0){rest[:4]} {rest[4:]}",
                                 f"0{rest[:4]} {rest[4:7]} {rest[7:]}", f"0{rest}"])
            pre = r.choice(["20", "161", "113", "117", "141"])
            if pre == "20":
                rest = d(8)
                return r.choice([f"020 {rest[:4]} {rest[4:]}", f"+44 20 {rest[:4]} {rest[4:]}",
                                 f"+44 (0)20 {rest[:4]} {rest[4:]}", f"(020) {rest[:4]} {rest[4:]}"])
            rest = d(7)
            return r.choice([f"0{pre} {rest[:3]} {rest[3:]}", f"(0{pre}) {rest[:3]} {rest[3:]}", f"+44 {pre} {rest}"])
        if c == "IE":
            if mobile:
                pre, rest = r.choice(["83", "85", "86", "87", "89"]), d(7)
                return r.choice([f"0{pre} {rest[:3]} {rest[3:]}", f"+353 {pre} {rest[:3]} {rest[3:]}",
                                 f"+353 (0){pre} {rest}", f"0{pre}-{rest}"])
            pre, rest = r.choice(["1", "21", "91", "65"]), d(7)
            return r.choice([f"(0{pre}) {rest[:3]} {rest[3:]}", f"0{pre} {rest}", f"+353 {pre} {rest[:3]} {rest[3:]}"])
        if c in ("US", "CA"):
            area = r.choice(["212", "415", "512", "503", "608"] if c == "US" else ["416", "514", "902", "403", "604"])
            a, b = str(r.randint(201, 989)), d(4)
            return r.choice([f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"+1 {area} {a} {b}", f"{area}.{a}.{b}",
                             f"1-{area}-{a}-{b}", f"+1 ({area}) {a}-{b}"])
        if c == "AU":
            if mobile:
                rest = "4" + d(8)
                return r.choice([f"0{rest[:3]} {rest[3:6]} {rest[6:]}", f"+61 {rest[:3]} {rest[3:6]} {rest[6:]}",
                                 f"0{rest}", f"+61 (0){rest[:3]} {rest[3:]}"])
            pre, rest = r.choice(["2", "3", "7", "8"]), d(8)
            return r.choice([f"(0{pre}) {rest[:4]} {rest[4:]}", f"0{pre} {rest[:4]} {rest[4:]}",
                             f"+61 {pre} {rest[:4]} {rest[4:]}"])
        raise ValueError(c)

    def house(self) -> str:
        r = self.rng
        n = str(r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(41, 220)]))
        if r.random() < 0.15 and self.country not in ("US", "CA", "AU"):
            n += r.choice(["a", "b", "B", "c"])
        return n

    def street_parts(self) -> str:
        """Street line (with unit/floor sometimes) in the country's order."""
        r, k = self.rng, self.ckey
        st, n = r.choice(STREETS[k]), self.house()
        if k in ("DE", "CH", "CHi"):
            line = f"{st} {n}"
        elif k == "AT":
            line = f"{st} {n}" + (f"/{r.randint(1, 9)}/{r.randint(1, 30)}" if r.random() < 0.35 else "")
        elif k == "IT":
            line = r.choice([f"{st} {n}", f"{st}, {n}", f"{st} n. {n}"])
            line += r.choice(["", "", f" int. {r.randint(1, 20)}", f", scala {r.choice('ABC')}"])
        elif k in ("FR",):
            line = r.choice([f"{n} {st}", f"{n}, {st}", f"{n} bis {st}" if n.isdigit() else f"{n} {st}"])
            if r.random() < 0.2:
                line = r.choice(["Bât. B, ", "Apt 12, ", "Résidence Les Pins, "]) + line
        elif k in ("BE",):
            line = f"{st} {n}" + (r.choice(["", f" bte {r.randint(1, 12)}", f"/{r.randint(1, 9)}"]))
        elif k in ("CHf",):
            line = r.choice([f"{st} {n}", f"{st} {n}"])
        elif k == "LU":
            line = r.choice([f"{n}, {st}", f"{n} {st}"])
        elif k in ("GB", "IE", "AU"):
            line = f"{n} {st}"
            if r.random() < 0.3:
                line = r.choice([f"Flat {r.randint(1, 12)}, ", f"Apartment {r.randint(1, 40)}, ",
                                 f"Unit {r.randint(1, 20)}, "]) + line
        else:  # US, CA
            line = f"{r.randint(10, 9800)} {st}"
            line += r.choice(["", "", f", Apt {r.randint(1, 30)}{r.choice('ABCD')}",
                              f", Suite {r.randint(100, 990)}", f", Unit {r.randint(1, 2400)}"])
        return line

    def town_line(self) -> str:
        r, k = self.rng, self.ckey
        a, b = r.choice(TOWNS[k])
        if k in ("GB", "IE", "AU"):
            return f"{a} {b}" if k != "IE" else f"{a}, {b}"
        if k in ("US", "CA"):
            return f"{a} {b}"
        if k == "IT" and r.random() < 0.4:
            return f"{a} {b} ({b[:2].upper()})"
        if k in ("CH", "CHf", "CHi") and r.random() < 0.25:
            return f"CH-{a} {b}"
        if k == "DE" and r.random() < 0.1:
            return f"D-{a} {b}"
        if k == "AT" and r.random() < 0.2:
            return f"A-{a} {b}"
        return f"{a} {b}"

    def address_one_line(self) -> str:
        sep = ", " if self.ckey not in ("IT",) or self.rng.random() < 0.6 else " - "
        return self.street_parts() + sep + self.town_line()

    def dob(self) -> str:
        r, lang = self.rng, self.lang
        y, m, d = r.randint(1938, 2009), r.randint(1, 12), r.randint(1, 28)
        mon = MONTHS[lang][m - 1]
        if lang == "de":
            return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {mon} {y}",
                             f"{d:02d}.{m:02d}.{y % 100:02d}",
                             f"{y}-{m:02d}-{d:02d}"])
        if lang == "fr":
            return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{'1er' if d == 1 else d} {mon} {y}",
                             f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}"])
        if lang == "it":
            return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}",
                             f"{d:02d}-{m:02d}-{y}"])
        if self.country in ("US",):
            return r.choice([f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}"])
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}{_ordinal(d)} {mon} {y}",
                         f"{y}-{m:02d}-{d:02d}", f"{d} {mon[:3]} {y}"])

    def plain_date(self) -> str:
        r, lang = self.rng, self.lang
        y, m, d = r.choice([2026, 2027]), r.randint(1, 12), r.randint(1, 28)
        mon = MONTHS[lang][m - 1]
        if lang == "de":
            return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}", f"{d}.{m}."])
        if lang in ("fr", "it"):
            return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d} {mon}"])
        if self.country == "US":
            return r.choice([f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{mon} {d}"])
        return r.choice([f"{d}/{m}/{y}", f"{d} {mon} {y}", f"{d} {mon}"])

    def iban(self) -> str:
        r = self.rng
        c = self.country if self.country in ("CH", "DE", "AT", "FR", "BE", "LU", "IT", "GB", "IE") else "GB"
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        if c == "CH":
            bban = r.choice(["00235", "00700", "09000", "00767", "08390"]) + d(12)
        elif c == "DE":
            bban = d(18)
        elif c == "AT":
            bban = d(16)
        elif c == "FR":
            bban = d(23)
        elif c == "BE":
            first = d(10)
            ck = int(first) % 97 or 97
            bban = first + f"{ck:02d}"
        elif c == "LU":
            bban = d(16)
        elif c == "IT":
            bban = r.choice(string.ascii_uppercase) + d(22)
        else:
            bban = r.choice(["NWBK", "BARC", "AIBK", "BOFI", "LOYD", "MIDL"]) + d(14)
        raw = c + iban_check(c, bban) + bban
        assert iban_valid(raw), raw
        if r.random() < 0.65:
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return raw

    def card(self) -> str:
        r = self.rng
        kind = r.choice(["visa", "visa", "mc", "amex"])
        if kind == "amex":
            n = luhn_complete(r.choice(["34", "37"]), 15, r)
            out = r.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
        else:
            n = luhn_complete("4" if kind == "visa" else r.choice(["51", "52", "53", "54", "55"]), 16, r)
            g = [n[i:i + 4] for i in range(0, 16, 4)]
            out = r.choice([" ".join(g), "-".join(g), n, " ".join(g)])
        assert luhn_ok(out)
        return out

    def email(self, k: str | None) -> str:
        r = self.rng
        dom = r.choice({"de": ["gmx.ch", "bluewin.ch", "web.de", "gmx.at", "posteo.de", "mailbox.org", "aon.at"],
                        "fr": ["orange.fr", "free.fr", "skynet.be", "bluewin.ch", "pt.lu", "laposte.net"],
                        "it": ["libero.it", "tiscali.it", "virgilio.it", "ticino.com", "alice.it"],
                        "en": ["gmail.com", "outlook.com", "eircom.net", "bigpond.com", "yahoo.co.uk", "proton.me"]}
                       [self.lang])
        if k is None:
            first, last = self.person("_mail")
        else:
            first, last = self.person(k)
        f, la = _ascii(first.split()[0]).lower(), _ascii(last.replace(" ", "").replace("'", "")).lower()
        local = r.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la}{r.randint(1, 99)}", f"{la}.{f}", f"{f}_{la}",
                          f"{f[0]}{la}"])
        if r.random() < 0.25:
            dom = r.choice(["kanzlei-", "praxis-", "studio-", "atelier-"]) + _ascii(r.choice(
                ["nordwind", "lumen", "vittoria", "harbour"])) + r.choice([".ch", ".de", ".fr", ".it", ".com"])
        return f"{local}@{dom}"

    # ---- distractors
    def company(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            for _ in range(20):
                _, last = self._name()
                if last not in self.used_names:
                    break
            return f"{last} {r.choice(COMPANY_SUFFIX[self.lang])}"
        return r.choice({"de": ["Alpenblick Immobilien AG", "Rheintal Logistik GmbH", "Sonnenhof Verwaltung",
                                "Helvetia Hausverwaltung AG"],
                         "fr": ["Immobilière du Lac SA", "Transports Rapides SARL", "Garage du Centre",
                                "Banque Cantonale"],
                         "it": ["Immobiliare Lario S.r.l.", "Autotrasporti Sud S.p.A.", "Farmacia Centrale",
                                "Banca del Sempione"],
                         "en": ["Northgate Lettings Ltd", "Bluewater Logistics", "Harbourside Dental",
                                "Pinecrest Property Management"]}[self.lang])

    def get(self, field: str) -> list[tuple[str | None, str]]:
        if field.startswith("x"):  # distractors: a fresh value at each use
            return self._make(field)
        if field not in self.cache:
            self.cache[field] = self._make(field)
        return self.cache[field]

    def _make(self, field: str) -> list[tuple[str | None, str]]:  # noqa: C901
        r = self.rng
        head, _, tail = field.partition("_")
        if head.startswith("P") and head[1:].isdigit():
            first, last = self.person(head)
            lang = self.lang
            if tail == "":
                return [("PERSON", f"{first} {last}")]
            if tail == "f":
                return [("PERSON", first)]
            if tail == "l":
                return [("PERSON", last)]
            if tail == "r":  # Surname, First
                return [("PERSON", f"{last}, {first}")]
            if tail == "U":  # SURNAME First
                return [("PERSON", f"{last.upper()} {first}")]
            if tail == "gen":  # genitive / possessive on the surname
                if lang == "de":
                    return [("PERSON", last), (None, "’" if last[-1] in "sxzß" else "s")]
                return [("PERSON", last), (None, "'" if last.endswith("s") else "'s")]
            if tail == "fgen":
                if lang == "de":
                    return [("PERSON", first), (None, "’" if first[-1] in "sxzß" else "s")]
                return [("PERSON", first), (None, "'s")]
            if tail == "fullgen":
                if lang == "de":
                    return [("PERSON", f"{first} {last}"), (None, "’" if last[-1] in "sxzß" else "s")]
                return [("PERSON", f"{first} {last}"), (None, "'s")]
            raise KeyError(field)
        if head.startswith("MOB"):
            return [("PHONE", self.phone(True))]
        if head.startswith("TEL"):
            return [("PHONE", self.phone(False))]
        if head.startswith("ADR"):
            return [("ADDRESS", self.address_one_line())]
        if head.startswith("STR"):
            return [("ADDRESS", self.street_parts())]
        if head.startswith("TWN"):
            return [("ADDRESS", self.town_line())]
        if head.startswith("DOB"):
            return [("DOB", self.dob())]
        if head.startswith("IBAN"):
            return [("IBAN", self.iban())]
        if head.startswith("CARD"):
            return [("CARD", self.card())]
        if head.startswith("EM"):
            return [("EMAIL", self.email(tail.upper() if tail else None))]
        # distractors
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        dist: dict[str, Callable[[], str]] = {
            "xorder": lambda: r.choice([f"{r.choice(['A', 'B', 'BST', 'ORD'])}-{d(6)}", f"#{d(7)}",
                                        f"{d(4)}-{d(4)}-{d(2)}"]),
            "xinv": lambda: r.choice([f"RE-{r.randint(2025, 2026)}-{d(5)}", f"F{d(8)}", f"INV/{d(4)}/{d(3)}",
                                      f"{d(9)}"]),
            "xpol": lambda: r.choice([f"{d(2)}.{d(3)}.{d(3)}", f"POL-{d(8)}", f"{d(3)}/{d(6)}/{d(2)}"]),
            "xbook": lambda: "".join(r.choice(string.ascii_uppercase + "23456789") for _ in range(6)),
            "xcase": lambda: r.choice([f"{d(1)} C {d(3)}/{r.randint(24, 26)}", f"{r.choice('ABCDE')}{d(4)}/2026",
                                       f"RG n. {d(4)}/2026", f"Az. {d(2)} O {d(3)}/26", f"{d(2)}/{d(5)}"]),
            "xprice": lambda: r.choice([f"{r.randint(12, 2400)}.{d(2)}", f"{r.randint(5, 900)},{d(2)}",
                                        f"{r.randint(1, 9)}'{d(3)}.–", f"{r.randint(1, 9)}.{d(3)},00"]),
            "xtime": lambda: r.choice([f"{r.randint(7, 19)}:{r.choice(['00', '15', '30', '45'])}",
                                       f"{r.randint(7, 19)}.{r.choice(['00', '30'])}",
                                       f"{r.randint(1, 11)}:{r.randint(0, 5)}0"]),
            "xdate": self.plain_date,
            "xver": lambda: f"{r.randint(1, 5)}.{r.randint(0, 19)}.{r.randint(0, 9)}",
            "xcompany": self.company,
            "xtown": lambda: r.choice(BARE_TOWNS[self.lang]),
            "xstreet": lambda: r.choice([s for s in STREETS[self.ckey] if self.lang != "de" or s.endswith("e")]),
            "xclub": lambda: r.choice(CLUBS[self.lang]),
            "xroom": lambda: r.choice(ROOMS[self.lang]),
            "xproj": lambda: r.choice(PROJECTS[self.lang]),
            "xprod": lambda: r.choice(PRODUCTS),
            "xnum": lambda: str(r.randint(2, 48)),
            "xticket": lambda: f"#{r.randint(100, 9999)}",
        }
        return [(None, dist[head]())]


def _ordinal(d: int) -> str:
    if d in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def render(template: str, doc: Doc) -> tuple[str, list[dict]]:
    """Fill ``{field}`` markers; return text and entity labels with offsets."""
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    for literal, field, _, _ in string.Formatter().parse(template):
        out.append(literal)
        pos += len(literal)
        if field is None:
            continue
        for etype, value in doc.get(field):
            if etype:
                ents.append({"start": pos, "end": pos + len(value), "type": etype, "text": value})
            out.append(value)
            pos += len(value)
    return "".join(out), ents


# --- templates (written here; genres people paste into a chat assistant) -------------------------
# (countries allowed or None, template). {Pn} full name, {Pn_f} first, {Pn_l} surname, {Pn_r} "Surname, First",
# {Pn_U} "SURNAME First", {Pn_gen} surname + genitive; MOB/TEL phones, ADR one-line address, STR/TWN two-line
# address block, DOB, IBAN, CARD, EM_Pn e-mail of person n; x... are unlabelled distractors.
TEMPLATES: dict[str, list[tuple[tuple[str, ...] | None, str]]] = {
    "de": [
        (None, "Kannst du mir diesen WhatsApp-Verlauf zusammenfassen?\n\n[{xdate}, {xtime}] {P1}: Hallo zusammen, "
               "das Grillfest vom {xclub} ist verschoben\n[{xdate}, {xtime}] {P2_f}: Schade! Wer bringt den Grill?\n"
               "[{xdate}, {xtime}] {P1}: {P3_l} hat einen, ruft ihn an: {MOB1}\n[{xdate}, {xtime}] {P2_f}: ok 👍 "
               "und die Getränke holen wir bei {xcompany}\n[{xdate}, {xtime}] {P3}: Bin dabei, Grill steht bei mir "
               "in der {xstreet}, einfach klingeln"),
        (None, "Protokoll Teams-Meeting {xproj}, {xdate}, {xroom}\nAnwesend: {P1}, {P2}, {P3_r}\n\n{P1_f}: Version "
               "{xver} geht am Montag live, Ticket {xticket} ist erledigt.\n{P2_f}: Der Kunde {xcompany} will noch "
               "eine Schulung.\n{P3_f}: Übernehme ich. Frau {P2_l} schickt mir die Unterlagen.\nAufgabe: {P1_gen} "
               "Präsentation bis {xdate} überarbeiten.\nNächstes Meeting {xtime} Uhr."),
        (None, "Bitte formulier diesen Brief an die Hausverwaltung freundlicher:\n\n{P1}\n{STR1}\n{TWN1}\n\n"
               "{xcompany}\nz. Hd. Herrn {P2_l}\n\nMängelanzeige Wohnung 3. OG links, Ihr Zeichen {xorder}\n\n"
               "Sehr geehrter Herr {P2_l},\nseit dem {xdate} funktioniert die Heizung nicht. Ich habe Sie mehrmals "
               "unter {TEL1} erreichen wollen. Ich behalte mir vor, die Miete von CHF {xprice} zu mindern.\n\n"
               "Mit freundlichen Grüssen\n{P1}\nTel. {MOB1}"),
        (None, "Elternbrief bitte kürzen:\n\nLiebe Frau {P1_l},\nunsere Tochter {P2_f} ({xnum} Jahre) kann am "
               "Schulausflug nach {xtown} am {xdate} leider nicht teilnehmen. Sie hat einen Arzttermin bei "
               "Dr. {P3_l}. Falls Fragen sind, erreichen Sie mich oder meinen Mann {P4} unter {MOB1}.\n\n"
               "Herzliche Grüsse\n{P5}\n{EM_P5}"),
        (None, "Arbeitszeugnis – bitte prüfen, ob es Codes enthält:\n\nZwischenzeugnis\n\nHerr {P1}, geboren am "
               "{DOB1}, "
               "wohnhaft {ADR1}, ist seit dem {xdate} in unserem Unternehmen {xcompany} als Projektleiter tätig. "
               "Herr {P1_l} hat das {xproj} stets zu unserer vollsten Zufriedenheit geleitet. Seine Vorgesetzte, "
               "Frau {P2}, schätzt {P1_fullgen} Engagement sehr.\n\n{xtown}, {xdate}\n{P3}, Leitung HR"),
        (None, "Überweisungsbericht – Ich brauche Hilfe bei einer Reklamation an die Bank:\n\nAuftraggeber: {P1_r}\n"
               "IBAN Auftraggeber: {IBAN1}\nEmpfänger: {xcompany}\nBetrag: EUR {xprice}\nVerwendungszweck: Rechnung "
               "{xinv}\nAusgeführt am {xdate}\n\nDas Geld ist nie angekommen. Die Karte {CARD1} wurde zusätzlich "
               "belastet. Rückfragen an mich: {MOB1} oder {EM_P1}."),
        (None, "Überweisungsschein vom Hausarzt, bitte in einfache Sprache übersetzen:\n\nPatient/in: {P1_r}, "
               "geb. {DOB1}\nAdresse: {ADR1}\nTel.: {TEL1}\nÜberweisung an: Dr. med. {P2}, Kardiologie\n\n"
               "Diagnose: V.a. Vorhofflimmern. Termin am {xdate} um {xtime} Uhr im {xroom}.\n\nMit kollegialen "
               "Grüssen\n{P3}\nPraxis in der {xstreet}"),
        (None, "Mitgliederliste {xclub} – bitte als Tabelle sortieren:\n\nNr. | Name | Geburtsdatum | Telefon\n"
               "{xnum} | {P1_r} | {DOB1} | {MOB1}\n{xnum} | {P2_r} | {DOB2} | {MOB2}\n{xnum} | {P3_r} | {DOB3} | "
               "{TEL3}\n\nKassier: {P4}, Beitrag CHF {xprice} pro Saison, Trainingsplatz {xtown}."),
        (None, "Todesanzeige – bitte Rechtschreibung prüfen:\n\nIn stiller Trauer nehmen wir Abschied von\n\n{P1}\n"
               "* {DOB1}   † {xdate}\n\nIn Liebe: {P2} mit {P3_f} und {P4_f}, Familie {P1_l}\n\nDie Abdankung findet "
               "am "
               "{xdate} um {xtime} Uhr in der Kirche {xtown} statt. Traueradresse: {P2}, {ADR1}"),
        (None, "Kundenservice-Chat, bitte auswerten:\n\nAgentin: Willkommen bei {xcompany}! Wie kann ich helfen?\n"
               "Kunde: Hallo, hier ist {P1}. Meine Bestellung {xorder} ({xprod}) ist nicht angekommen.\n"
               "Agentin: Danke, Herr/Frau {P1_l}. Ich brauche noch Ihre Lieferadresse.\nKunde: {ADR1}\n"
               "Agentin: Und eine Telefonnummer für den Kurier?\nKunde: {MOB1}\nAgentin: Perfekt, Lieferung "
               "bis {xdate}. Preis bleibt bei {xprice}."),
        (None, "Lebenslauf in Textform, bitte als CV formatieren:\n\nPERSÖNLICHE DATEN\nName:          {P1}\n"
               "Geburtsdatum:  {DOB1}\nAnschrift:     {STR1}\n               {TWN1}\nMobil:         {MOB1}\n"
               "E-Mail:        {EM_P1}\n\nBERUFSERFAHRUNG\n2019–heute   {xcompany}, {xtown}\n2015–2019    "
               "{xcompany}\n\nReferenzen: {P2} ({xcompany}), Tel. {TEL2}"),
        (None, "Rechnung prüfen – stimmt die MwSt.?\n\n{xcompany}\nRechnung Nr. {xinv}, {xdate}\n\n"
               "Rechnungsadresse:\n{P1}\nc/o {P2}\n{STR1}\n{TWN1}\n\nPos. 1  {xprod}  {xprice}\n"
               "Pos. 2  Montage {xtime}–{xtime} Uhr  {xprice}\nZahlbar innert 30 Tagen. Kundennummer {xorder}.\n"
               "Ihr Ansprechpartner: {P3_l}, Tel. {TEL3}"),
    ],
    "fr": [
        (None, "Tu peux résumer cette conversation WhatsApp ?\n\n[{xdate} {xtime}] {P1} : Coucou tout le monde, le "
               "match du {xclub} est reporté\n[{xdate} {xtime}] {P2_f} : Dommage ! Qui a les maillots ?\n[{xdate} "
               "{xtime}] {P1} : c'est {P3_l} qui les a, appelle-le au {MOB1}\n[{xdate} {xtime}] {P3} : Oui je les "
               "ai, passez chez moi, {ADR1}"),
        (None, "Compte rendu de réunion – {xproj}, {xdate}, {xroom}\nPrésents : {P1}, {P2}, {P3_U}\n\n{P1_f} : la "
               "version {xver} part en production lundi.\n{P2_f} : le client {xcompany} demande une formation.\n"
               "{P3_f} : je m'en occupe, Mme {P2_l} m'envoie les documents.\nAction : revoir la présentation de "
               "{P1_l} avant le {xdate}."),
        (None, "Peux-tu rendre ce courrier au propriétaire plus ferme ?\n\n{P1}\n{STR1}\n{TWN1}\nTél. : {MOB1}\n\n"
               "{xcompany}\nÀ l'attention de M. {P2_l}\n\nObjet : dépôt de garantie non restitué – dossier {xorder}\n\n"
               "Monsieur {P2_l},\nJ'ai quitté le logement le {xdate}. Le dépôt de {xprice} € ne m'a toujours pas été "
               "rendu. Merci de le virer sur mon compte {IBAN1}.\n\nVeuillez agréer mes salutations "
               "distinguées.\n{P1}"),
        (None, "Mail à l'école, corrige les fautes :\n\nBonjour Madame {P1_l},\nnotre fils {P2_f} sera absent le "
               "{xdate} pour un rendez-vous chez le Dr {P3_l} à {xtown}. Pour toute question, vous pouvez joindre "
               "mon mari, {P4}, au {MOB1}.\n\nBien cordialement,\n{P5}\n{EM_P5}"),
        (None, "Lettre de sortie d'hôpital, explique-la moi simplement :\n\nPatient : {P1_U}\nNé(e) le : {DOB1}\n"
               "Domicile : {ADR1}\nMédecin traitant : Dr {P2}\n\nHospitalisé du {xdate} au {xdate} pour pneumonie. "
               "Contrôle à la consultation le {xdate} à {xtime}, {xroom}.\nTraitement : amoxicilline 1 g 3x/j.\n\n"
               "Dr {P3}, chef de clinique"),
        (None, "Citation à comparaître (à traduire en allemand) :\n\nTribunal de police de {xtown}\nAffaire n° "
               "{xcase}\n\nMadame, Monsieur {P1}, né(e) le {DOB1}, domicilié(e) {ADR1}, est cité(e) à comparaître "
               "le {xdate} à {xtime} en qualité de prévenu(e). Témoin : {P2_r}, joignable au {TEL2}.\n\nLe greffier, "
               "{P3_l}"),
        (None, "Contestation de virement, aide-moi à écrire à la banque :\n\nTitulaire du compte : {P1}\nIBAN : "
               "{IBAN1}\nCarte : {CARD1}\nMontant contesté : {xprice} EUR, opération du {xdate}, référence {xorder}\n\n"
               "Je n'ai jamais autorisé ce paiement à {xcompany}. Joignable au {MOB1} ou par mail {EM_P1}."),
        (None, "Liste des invités du mariage de {P1_f} et {P2_f}, trie par table :\n\nTable 1 : {P3}, {P4}\nTable 2 : "
               "{P5_r} (végétarien)\nTable 3 : famille {P1_l}\nTraiteur : {xcompany}, salle des fêtes de {xtown}, "
               "apéritif à {xtime}\nContact des mariés : {MOB1}"),
        (None, "Rendez-vous chez le vétérinaire, note à reformuler :\n\nClinique vétérinaire {xcompany}\nPropriétaire "
               ": "
               "{P1}\nAdresse : {ADR1}\nTél. {MOB1}\nAnimal : Caramel, chat européen, 4 ans\nVaccin le "
               "{xdate}, facture {xinv} de {xprice} €.\nVu par Dr {P2_l}."),
        (None, "Avis de décès à relire :\n\nC'est avec une profonde tristesse que nous annonçons le décès de\n\n"
               "Madame {P1}\nnée le {DOB1}\n\nSes enfants {P2} et {P3}, ses petits-enfants, ainsi que la famille "
               "{P1_l}. La cérémonie aura lieu le {xdate} à {xtime} en l'église de {xtown}. Condoléances : {ADR1}"),
        (None, "Transcription du chat avec le service client :\n\nConseiller : Bonjour et bienvenue chez "
               "{xcompany} !\nClient : Bonjour, {P1} à l'appareil. Ma commande {xorder} ({xprod}) est bloquée.\n"
               "Conseiller : Merci M./Mme {P1_l}. Pouvez-vous confirmer votre adresse ?\nClient : {ADR1}\n"
               "Conseiller : Et votre date de naissance, pour vérifier ?\nClient : {DOB1}\nConseiller : "
               "Merci, un nouveau colis part le {xdate}."),
        (None, "Vérifie cette facture, la TVA est-elle juste ?\n\n{xcompany}\nFacture n° {xinv} du {xdate}\n\n"
               "Client :\n{P1_U}\n{STR1}\n{TWN1}\n\n1 x {xprod} ........ {xprice} €\nLivraison le {xdate}, "
               "créneau {xtime}\nN° client {xorder}\nVotre conseillère : Mme {P2_l}, {TEL2}"),
    ],
    "it": [
        (None, "Mi riassumi questa chat di WhatsApp?\n\n[{xdate}, {xtime}] {P1}: Ciao a tutti, la partita dell'{xclub} "
               "è rinviata\n[{xdate}, {xtime}] {P2_f}: Peccato! Chi porta i palloni?\n[{xdate}, {xtime}] {P1}: li ha "
               "{P3_l}, chiamalo al {MOB1}\n[{xdate}, {xtime}] {P3}: sì, passate da me in {xstreet}, citofono al "
               "secondo piano"),
        (None, "Verbale della riunione {xproj}, {xdate}, {xroom}\nPresenti: {P1}, {P2}, {P3_r}\n\n{P1_f}: la "
               "versione {xver} va in produzione lunedì.\n{P2_f}: il cliente {xcompany} chiede una formazione.\n"
               "{P3_f}: me ne occupo io, la dott.ssa {P2_l} mi manda i documenti.\nProssima riunione alle {xtime}."),
        (None, "Puoi rendere più formale questa lettera al padrone di casa?\n\n{P1}\n{STR1}\n{TWN1}\n\nSpett.le "
               "{xcompany}\nAll'attenzione del sig. {P2_l}\n\nOggetto: infiltrazioni – pratica {xorder}\n\nEgregio "
               "sig. {P2_l},\ndal {xdate} nel bagno ci sono infiltrazioni d'acqua. L'ho cercata più volte al {TEL1}. "
               "Se non interviene, tratterrò {xprice} euro dall'affitto.\n\nDistinti saluti\n{P1}\ncell. {MOB1}"),
        (None, "Email alla maestra, correggi gli errori:\n\nGentile maestra {P1_l},\nnostra figlia {P2_f} il {xdate} "
               "non potrà partecipare alla gita a {xtown} perché ha una visita dal dottor {P3_l}. Per qualsiasi "
               "cosa può chiamare mio marito {P4} al {MOB1}.\n\nCordiali saluti\n{P5}\n{EM_P5}"),
        (None, "Lettera di dimissione ospedaliera, spiegamela in parole semplici:\n\nPaziente: {P1_U}\nData di "
               "nascita: {DOB1}\nResidenza: {ADR1}\nMedico curante: dott. {P2}\n\nRicoverato dal {xdate} al {xdate} "
               "per polmonite. Controllo ambulatoriale il {xdate} alle {xtime}, {xroom}.\n\nIl medico di reparto\n"
               "dott.ssa {P3}"),
        (None, "Atto di citazione da tradurre in tedesco:\n\nTribunale di {xtown} – {xcase}\n\nIl sig. {P1}, nato "
               "a {xtown} il {DOB1}, residente in {ADR1}, è citato a comparire all'udienza del {xdate} alle ore "
               "{xtime}. Testimone: {P2_r}, tel. {TEL2}.\n\nIl cancelliere\n{P3_l}"),
        (None, "Contestazione di un bonifico, aiutami a scrivere alla banca:\n\nIntestatario: {P1}\nIBAN: {IBAN1}\n"
               "Carta n. {CARD1}\nImporto contestato: € {xprice}, operazione del {xdate}, rif. {xorder}\n\nNon ho "
               "mai autorizzato questo pagamento a {xcompany}. Contatti: {MOB1}, {EM_P1}"),
        (None, "Elenco soci {xclub} – ordinalo per cognome:\n\n1. {P1_r} – nato il {DOB1} – {MOB1}\n2. {P2_r} – "
               "nata il {DOB2} – {MOB2}\n3. {P3_r} – {TEL3}\n\nTesoriere: {P4}. Quota annuale {xprice} €, campo di "
               "allenamento a {xtown}."),
        (None, "Necrologio da rileggere:\n\nÈ mancata all'affetto dei suoi cari\n\n{P1}\n(n. {DOB1})\n\nNe danno il "
               "triste annuncio i figli {P2} e {P3}, i nipoti e la famiglia {P1_l}. Il funerale si terrà il {xdate} "
               "alle {xtime} nella chiesa di {xtown}. Un ringraziamento al dott. {P4_l}."),
        (None, "Conferma di prenotazione, estrai le informazioni utili:\n\nPrenotazione {xbook} – {xcompany}\n"
               "Ospite: {P1_U}\nIndirizzo di fatturazione: {ADR1}\nTelefono: {MOB1}\nArrivo {xdate}, partenza "
               "{xdate}, check-in dalle {xtime}\nTotale {xprice} €, pagato con carta {CARD1}\nAccompagnatore: {P2}"),
        (None, "Curriculum in testo semplice, impaginalo:\n\nDATI PERSONALI\nNome e cognome:  {P1}\nNato il:         "
               "{DOB1}\nIndirizzo:       {STR1}\n                 {TWN1}\nCellulare:       {MOB1}\nE-mail:          "
               "{EM_P1}\n\nESPERIENZE\n2018–oggi   {xcompany}, {xtown}\n2014–2018   {xcompany}\n\nReferenze: "
               "{P2} ({xcompany}), {TEL2}"),
        (None, "Controlla questa fattura, l'IVA è giusta?\n\n{xcompany}\nFattura n. {xinv} del {xdate}\n\n"
               "Spett.le\n{P1}\nc/o {P2}\n{STR1}\n{TWN1}\n\n1 x {xprod}   € {xprice}\nConsegna il {xdate}\n"
               "Codice cliente {xorder}. Referente: sig.ra {P3_l}, tel. {TEL3}"),
    ],
    "en": [
        (None, "Can you summarise this Slack thread?\n\n{P1} {xtime}\nheads up, {xproj} release {xver} slipped to "
               "{xdate}\n{P2} {xtime}\n@{P1_f} ok, I'll tell {P3_l}. Is {xroom} still booked?\n{P1} {xtime}\nyes. "
               "{P3_fgen} laptop is the {xprod}, ask IT. Ping me on {MOB1} if urgent"),
        (None, "Meeting transcript, please extract action items:\n\n{P1}: Morning all. Ticket {xticket} is closed.\n"
               "{P2}: Great. {xcompany} want the invoice {xinv} reissued.\n{P1}: Mr {P3_l} from their side will "
               "call, his number is {TEL1}.\n{P2}: I'll loop in {P4_f}.\n{P4}: Fine by me, I'm in {xtown} "
               "until {xdate}."),
        (None, "Help me make this letter to my landlord firmer:\n\n{P1}\n{STR1}\n{TWN1}\n\n{xcompany}\nFAO Ms {P2_l}"
               "\n\nRe: unreturned deposit, tenancy ref {xorder}\n\nDear Ms {P2_l},\nI moved out on {xdate} and the "
               "deposit of £{xprice} has still not been returned. Please pay it into account {IBAN1}.\n\nYours "
               "sincerely,\n{P1}\nMobile {MOB1}"),
        (None, "Check this email to my son's teacher:\n\nHi Mrs {P1_l},\n{P2_f} will miss the trip to {xtown} on "
               "{xdate} as he has an appointment with Dr {P3_l}. If anything comes up please call his dad, {P4}, "
               "on {MOB1}.\n\nThanks,\n{P5}\n{EM_P5}"),
        (None, "Reference letter, make it sound more professional:\n\nTo whom it may concern,\n\nI am pleased to "
               "recommend {P1}, who worked at {xcompany} from 2019 to 2025. {P1_gen} work on {xproj} was "
               "outstanding, and {P1_f} was well liked by the team, especially by {P2}.\n\nPlease contact me on "
               "{TEL1} or {EM_P3}.\n\nKind regards,\n{P3}\nHead of Engineering"),
        (None, "GP referral letter, explain in plain words:\n\nRe: {P1}, DOB {DOB1}\nAddress: {ADR1}\nTel: {MOB1}\n\n"
               "Dear Dr {P2_l},\nThank you for seeing this patient, who presents with recurrent migraines. "
               "Appointment requested for {xdate} at {xtime}.\n\nYours sincerely,\nDr {P3}\n{xcompany}"),
        (None, "Police witness statement, summarise it:\n\nWitness: {P1_r}\nDate of birth: {DOB1}\nAddress: {ADR1}\n"
               "Contact: {MOB1}\n\nOn {xdate} at about {xtime} I was walking along {xstreet} when I saw a blue "
               "van hit a cyclist. The driver, who I later learned was called {P2}, got out and argued with "
               "{P3}. Incident number {xcase}."),
        (None, "Customer service chat, what did they promise?\n\nAgent: Thanks for contacting {xcompany}!\n"
               "Customer: Hi, this is {P1}. My order {xorder} ({xprod}) never arrived.\nAgent: Sorry to hear "
               "that, {P1_f}. Can you confirm the delivery address?\nCustomer: {ADR1}\nAgent: And the card "
               "you paid with?\nCustomer: {CARD1}\nAgent: Refund of ${xprice} issued, expect it by {xdate}."),
        (None, "Sports club member list, sort by age please:\n\n{xclub} – members 2026\n- {P1_r}, born {DOB1}, "
               "{MOB1}\n- {P2_r}, born {DOB2}, {MOB2}\n- {P3_r}, b. {DOB3}, {TEL3}\nTreasurer: {P4}\nSubs: "
               "{xprice} per season, pitch at {xtown}."),
        (None, "LinkedIn bio, make it shorter:\n\n{P1} is a data engineer based in {xtown}. Before joining "
               "{xcompany}, {P1_f} led {xproj} at {xcompany}, working closely with {P2}. Outside work, {P1_l} "
               "coaches under-12s at {xclub}. Reach {P1_f} at {EM_P1}."),
        (None, "Can you reply to this GitHub issue comment?\n\n> Crash on startup in version {xver} (#{xnum})\n\n"
               "Same here on {xprod}. Steps: install {xver}, open settings, click Sync. Log attached.\n"
               "@{P2_f} said it was fixed in {xticket} but it isn't.\n\nThanks,\n{P1}\n{EM_P1}"),
        (None, "Does this invoice add up?\n\n{xcompany}\nInvoice {xinv}   Date: {xdate}\n\nBill to:\n{P1}\n"
               "{STR1}\n{TWN1}\n\n1 x {xprod}    {xprice}\nCall-out fee    {xprice}\nCustomer no. {xorder}\n"
               "Questions? Ask for {P2_f} on {TEL2}."),
    ],
}


def generate(seed: int, per_template: int) -> list[dict]:
    rng = random.Random(seed)
    locs = {loc for ls in NAME_LOCALES.values() for loc in ls} | {"vi_VN"}
    fakers = {}
    for loc in sorted(locs):
        f = Faker(loc)
        f.seed_instance(seed)
        fakers[loc] = f
    docs = []
    for lang in ("de", "fr", "it", "en"):
        countries, weights = COUNTRIES[lang]
        for ti, (allowed, tmpl) in enumerate(TEMPLATES[lang]):
            for k in range(per_template):
                pool = [(c, w) for c, w in zip(countries, weights, strict=True) if not allowed or c in allowed]
                country = rng.choices([c for c, _ in pool], [w for _, w in pool])[0]
                doc = Doc(lang, country, rng, fakers)
                text, ents = render(tmpl, doc)
                check(text, ents)
                docs.append({"id": f"hold2-{lang}-{ti:02d}-{k:02d}", "locale": f"{lang}_{country}", "lang": lang,
                             "text": text, "entities": ents})
    return docs


def check(text: str, ents: list[dict]) -> None:
    last_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["start"] >= last_end, ("overlap", e)
        assert e["text"] == e["text"].strip() and e["text"], e
        last_end = e["end"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-template", type=int, default=10)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    docs = generate(args.seed, args.per_template)
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"wrote {len(docs)} documents, {sum(len(d['entities']) for d in docs)} entities to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
