# ruff: noqa: E501 -- the templates keep one paragraph per line, as the text is pasted
"""Generate the blind hold-out evaluation set (bench/privacy/data/synthetic_holdout.jsonl).

What it is: a third synthetic set, written 2026-12-04 by a helper session of the project that was
asked for a blind set (not by the detectors' authors), without reading the detectors
(src/tarnkappe/privacy/), the dev templates (templates.py, generate.py's TEMPLATES) or the
independent set's templates (generate_independent.py's TEMPLATES), and never run through the
anonymizer while it was written.  Only generate.py's ``render`` (not used in the end: this file
has its own renderer with an offset assertion) and evaluate.py were read, to learn the JSONL
format and the scoring.  It must not be used for tuning: report on it, do not fix detectors
against the values it leaks.

Contents: ~10 hand-written templates per language (de, fr, it, en) of text people paste into a
chat assistant -- e-mails, chat logs, support tickets, CVs, HR notes, care/medical notes, police
reports, school notes, rental applications, insurance claims, delivery notes, minutes, letters
and signature blocks.  Names appear in greetings, signatures, as bare surnames, as
"Surname, First name" (labelled as two PERSON spans), as initial + surname, as possessives (the
label excludes the genitive/possessive ending: "Nováks" -> "Novák", "Kaur's" -> "Kaur"), after
titles and role words (the title is not labelled) and in lists.

Names come from Faker locales not used by the dev/test/independent sets: nl_NL, cs_CZ, hu_HU,
sv_SE, da_DK, fi_FI, sk_SK in German text; nl_BE, fr_DZ, es_CL in French text; pt_BR, es_MX,
es_AR, es_CO in Italian text; en_NZ, en_IN, en_KE, en_NG, zu_ZA, ga_IE in English text.  Phone
numbers, addresses, dates of birth, IBANs and card numbers are formatted by this file's own code
(hand-written street/town lists) in the ways people write them in CH/DE/AT, FR/CH/BE, IT/CH and
GB/US/CA/AU/NZ text: with and without country code, (0) trunk prefix, spaces, dots, dashes,
slashes and brackets, next to cue words or bare in signature blocks; house numbers before or
after the street; Swiss/Austrian 4-digit, German/French/Italian 5-digit postcodes (CAP with
province), UK postcodes, US "City, ST 12345", Canadian "A1A 1A1", Australian "NSW 2000".

Label conventions: PERSON, EMAIL, PHONE, IBAN, CARD, ADDRESS, DOB.  An address written on one
line ("Rue X 12, 1003 Lausanne") is one ADDRESS span; an address written over two lines is two
ADDRESS spans (street line, postcode+town line).  Only values that identify a person are
labelled; order/invoice/policy numbers, prices, versions, times, plain dates (meetings,
invoices, appointments), companies, towns without a street, streets without a house number
that are not anyone's address, product names and capitalised nouns that look like names are
unlabelled distractors.  Fixed seed; every label's offsets are asserted.

504 documents (126 per language), 4,791 labelled values.

Usage (repo root): python bench/privacy/generate_holdout.py [--per-lang 126]
Evaluate: python bench/privacy/evaluate.py --split holdout
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import string
import unicodedata

from faker import Faker

OUT = pathlib.Path(__file__).resolve().parent / "data" / "synthetic_holdout.jsonl"
SEED = 20261204

NAME_LOCALES = {
    "de": ["nl_NL", "cs_CZ", "hu_HU", "sv_SE", "da_DK", "fi_FI", "sk_SK"],
    "fr": ["nl_BE", "fr_DZ", "es_CL"],
    "it": ["pt_BR", "es_MX", "es_AR", "es_CO"],
    "en": ["en_NZ", "en_IN", "en_KE", "en_NG", "zu_ZA", "ga_IE"],
}
COUNTRIES = {
    "de": (["CH", "DE", "AT"], [40, 35, 25]),
    "fr": (["FR", "CHf", "BE"], [45, 35, 20]),
    "it": (["IT", "CHi"], [65, 35]),
    "en": (["GB", "US", "AU", "CA", "NZ"], [32, 25, 16, 15, 12]),
}

Seg = list[tuple["str | None", str]]


# ---------------------------------------------------------------------------------------------
# rendering


def render(template: str, resolve) -> tuple[str, list[dict]]:
    """Fill ``{field}`` markers with segment lists; return text and labelled spans."""
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    for literal, field, spec, conv in string.Formatter().parse(template):
        out.append(literal)
        pos += len(literal)
        if field is None:
            continue
        if spec or conv:
            field = field + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "")
        for etype, value in resolve(field):
            if etype:
                ents.append({"start": pos, "end": pos + len(value), "type": etype, "text": value})
            out.append(value)
            pos += len(value)
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert e["text"] == e["text"].strip() and e["text"], e
    return text, ents


# ---------------------------------------------------------------------------------------------
# small helpers


def digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ð", "d").replace("þ", "th")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def groups(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


# ---------------------------------------------------------------------------------------------
# phones


def phone(rng: random.Random, country: str, kind: str) -> str:
    mobile = kind == "mobile" or (kind == "any" and rng.random() < 0.55)
    if country in ("CH", "CHf", "CHi"):
        if mobile:
            area = rng.choice(["76", "77", "78", "79", "75"])
        elif country == "CHi":
            area = rng.choice(["91", "91", "91", "58"])
        elif country == "CHf":
            area = rng.choice(["21", "22", "24", "26", "27", "32"])
        else:
            area = rng.choice(["44", "43", "31", "61", "41", "71", "52", "62", "56", "81"])
        a, b, c = digits(rng, 3, "23456789"), digits(rng, 2), digits(rng, 2)
        return rng.choice([
            f"0{area} {a} {b} {c}", f"0{area} {a} {b} {c}", f"+41 {area} {a} {b} {c}",
            f"+41 (0){area} {a} {b} {c}", f"0041 {area} {a} {b} {c}", f"0{area}/{a} {b} {c}",
            f"0{area}{a}{b}{c}", f"+41{area}{a}{b}{c}", f"0{area} {a}{b}{c}", f"0{area}.{a}.{b}.{c}",
            f"+41 {area} {a}{b}{c}", f"0{area} {a} {b}{c}",
        ])
    if country == "DE":
        if mobile:
            ac = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "179"])
            sub = digits(rng, rng.choice([7, 8]), "123456789")
        else:
            ac = rng.choice(["30", "89", "40", "221", "69", "711", "341", "351", "911", "761", "6221", "228"])
            sub = digits(rng, 10 - len(ac) + rng.choice([-1, 0]), "23456789")
        styles = [f"0{ac} {sub}", f"0{ac}/{sub}", f"0{ac}-{sub}", f"(0{ac}) {sub}", f"+49 {ac} {sub}",
                  f"+49 (0){ac} {sub}", f"0049 {ac} {sub}", f"+49 {ac} {groups(sub, [3, 2, 2])}",
                  f"0{ac} {groups(sub, [2, 2, 2, 2])}", f"+49{ac}{sub}"]
        if not mobile:
            styles.append(f"0{ac} {sub[:-2]}-{sub[-2:]}")
        return rng.choice(styles)
    if country == "AT":
        if mobile:
            ac = rng.choice(["650", "660", "664", "676", "677", "680", "681", "688", "699"])
            sub = digits(rng, 7, "123456789")
        else:
            ac = rng.choice(["1", "316", "662", "512", "732", "463", "5574"])
            sub = digits(rng, 7 if ac == "1" else (5 if len(ac) == 4 else 6), "2345689")
        return rng.choice([
            f"0{ac} {sub}", f"0{ac}/{sub}", f"0{ac} / {groups(sub, [3, 2, 2])}", f"+43 {ac} {sub}",
            f"+43 (0){ac} {sub}", f"0043 {ac} {sub}", f"+43 {ac} {groups(sub, [3, 2, 2])}",
            f"0{ac}-{sub}", f"+43{ac}{sub}",
        ])
    if country == "FR":
        d = rng.choice("67") if mobile else rng.choice("12345")
        p = [digits(rng, 2) for _ in range(4)]
        return rng.choice([
            f"0{d} {' '.join(p)}", f"0{d} {' '.join(p)}", f"0{d}.{'.'.join(p)}", f"0{d}-{'-'.join(p)}",
            f"0{d}{''.join(p)}", f"+33 {d} {' '.join(p)}", f"+33 (0){d} {' '.join(p)}", f"+33{d}{''.join(p)}",
            f"0033 {d} {' '.join(p)}", f"+33 {d}.{'.'.join(p)}",
        ])
    if country == "BE":
        if mobile:
            ac = str(rng.randint(470, 499))
            a, b, c = digits(rng, 2), digits(rng, 2), digits(rng, 2)
            return rng.choice([f"0{ac} {a} {b} {c}", f"0{ac}/{a}.{b}.{c}", f"+32 {ac} {a} {b} {c}",
                               f"+32 (0){ac} {a} {b} {c}", f"0{ac}{a}{b}{c}", f"0032 {ac} {a}{b}{c}"])
        ac = rng.choice(["2", "4", "81", "65", "10"])
        sub = digits(rng, 8 - len(ac), "23456789")
        return rng.choice([f"0{ac} {groups(sub, [3, 2, 2] if len(ac) == 1 else [2, 2, 2])}",
                           f"0{ac}/{groups(sub, [2, 2, 2, 2] if len(ac) == 1 else [2, 2, 2], '.')}",
                           f"+32 {ac} {groups(sub, [3, 2, 2] if len(ac) == 1 else [2, 2, 2])}"])
    if country == "IT":
        if mobile:
            ac = rng.choice(["320", "328", "329", "333", "335", "338", "339", "340", "345", "347", "349", "366", "380", "393"])
            sub = digits(rng, 7)
            return rng.choice([
                f"{ac} {sub[:3]} {sub[3:]}", f"{ac}{sub}", f"+39 {ac} {sub[:3]} {sub[3:]}", f"+39 {ac}{sub}",
                f"0039 {ac} {sub}", f"{ac}-{sub}", f"{ac}.{sub[:3]}.{sub[3:]}", f"{ac} {sub[:2]} {sub[2:4]} {sub[4:]}",
                f"{ac} {sub}", f"(+39) {ac} {sub}",
            ])
        ac = rng.choice(["02", "06", "011", "051", "055", "081", "010", "049", "045", "091"])
        sub = digits(rng, 10 - len(ac), "2345678")
        return rng.choice([
            f"{ac} {groups(sub, [4, 4])}", f"{ac}/{sub}", f"({ac}) {sub}", f"+39 {ac} {groups(sub, [4, 4])}",
            f"{ac}-{sub}", f"{ac} {groups(sub, [3, 4])}", f"0039 {ac} {sub}", f"+39 {ac}{sub}",
        ])
    if country == "GB":
        if mobile:
            a, b = "7" + digits(rng, 3), digits(rng, 6)
            return rng.choice([f"0{a} {b}", f"0{a}{b}", f"+44 {a} {b}", f"+44 (0){a} {b[:3]} {b[3:]}",
                               f"0{a} {b[:3]} {b[3:]}", f"+44{a}{b}", f"0044 {a} {b}"])
        ac = rng.choice(["20", "161", "113", "131", "141", "117", "1865", "1223", "121", "29"])
        if ac in ("20", "29"):
            sub = digits(rng, 8, "3789")
            a_, b_ = sub[:4], sub[4:]
        elif len(ac) == 3:
            sub = digits(rng, 7, "234569")
            a_, b_ = sub[:3], sub[3:]
        else:
            sub = digits(rng, 6, "234569")
            a_, b_ = sub, ""
        nat = f"0{ac} {a_} {b_}".strip()
        return rng.choice([nat, nat, f"(0{ac}) {a_} {b_}".strip(), f"+44 (0){ac} {a_} {b_}".strip(),
                           f"+44 {ac} {a_} {b_}".strip(), f"0{ac}-{a_}-{b_}".strip("-")])
    if country in ("US", "CA"):
        ac = rng.choice(["212", "312", "415", "503", "617", "512", "303", "206", "608", "919"] if country == "US"
                        else ["416", "647", "604", "514", "613", "403", "902", "204"])
        b, c = digits(rng, 3, "23456789"), digits(rng, 4)
        return rng.choice([f"({ac}) {b}-{c}", f"({ac}) {b}-{c}", f"{ac}-{b}-{c}", f"{ac}.{b}.{c}",
                           f"+1 {ac} {b} {c}", f"+1 ({ac}) {b}-{c}", f"1-{ac}-{b}-{c}", f"{ac} {b} {c}",
                           f"+1-{ac}-{b}-{c}", f"({ac}){b}-{c}"])
    if country == "AU":
        if mobile:
            s = "4" + digits(rng, 8)
            return rng.choice([f"0{s[:3]} {s[3:6]} {s[6:]}", f"0{s}", f"+61 {s[:3]} {s[3:6]} {s[6:]}",
                               f"+61 {s[0]} {s[1:5]} {s[5:]}", f"0{s[0]} {s[1:5]} {s[5:]}", f"+61{s}"])
        ac = rng.choice("2378")
        sub = digits(rng, 8, "3456789")
        return rng.choice([f"(0{ac}) {sub[:4]} {sub[4:]}", f"0{ac} {sub[:4]} {sub[4:]}",
                           f"+61 {ac} {sub[:4]} {sub[4:]}", f"(0{ac}) {sub}", f"0{ac}-{sub[:4]}-{sub[4:]}"])
    if country == "NZ":
        if mobile:
            ac = rng.choice(["21", "22", "27", "29"])
            sub = digits(rng, 7, "123456789")
            return rng.choice([f"0{ac} {sub[:3]} {sub[3:]}", f"0{ac}-{sub[:3]}-{sub[3:]}", f"+64 {ac} {sub[:3]} {sub[3:]}",
                               f"+64 {ac} {sub}", f"0{ac}{sub}"])
        ac = rng.choice("34679")
        sub = digits(rng, 7, "2345789")
        return rng.choice([f"(0{ac}) {sub[:3]} {sub[3:]}", f"0{ac}-{sub[:3]} {sub[3:]}", f"+64 {ac} {sub[:3]} {sub[3:]}",
                           f"0{ac} {sub[:3]} {sub[3:]}"])
    raise KeyError(country)


# ---------------------------------------------------------------------------------------------
# addresses: (street line, postcode + town line)

STREETS = {
    "CH": ["Bahnhofstrasse", "Seefeldstr.", "Zürichbergweg", "Rosengasse", "Kirchgasse", "Dorfstrasse",
           "Lindenhofweg", "Bachtelstrasse", "Rütistr.", "Im Grund", "Haldenweg", "Spalenberg",
           "Obere Zäune", "Moosstrasse", "Eichholzweg", "Sonnenbergstrasse", "Unterer Graben", "Breitenrain"],
    "DE": ["Hauptstraße", "Goethestr.", "Am Mühlbach", "Lindenweg", "Schillerplatz", "Friedrich-Ebert-Straße",
           "Kastanienallee", "Bergstraße", "Am Sonnenhang", "Rosenheimer Str.", "Ahornring", "Birkenstraße",
           "Kirchgasse", "Eichendorffweg", "Bismarckstr.", "Auf der Höhe", "Grüner Weg", "Marktstraße"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Grabenweg", "Kaiser-Josef-Platz",
           "Schönbrunner Str.", "Leopoldauer Straße", "Annenstraße", "Linzer Gasse", "Museumstraße",
           "Hauptplatz", "Wiedner Gürtel", "Reichsstraße", "Am Rosenhügel"],
    "FR": ["rue des Lilas", "avenue Jean-Jaurès", "boulevard Haussmann", "impasse du Moulin", "allée des Tilleuls",
           "place de la République", "quai Saint-Vincent", "chemin des Vignes", "route de Lyon", "rue Victor-Hugo",
           "avenue de la Libération", "rue du Faubourg Saint-Antoine", "cours Mirabeau", "rue Pasteur",
           "boulevard de la Croix-Rousse", "rue de la Paix", "allée Jean Moulin"],
    "CHf": ["Rue du Simplon", "Chemin des Pâquerettes", "Avenue de la Gare", "Route de Fribourg", "rue de Carouge",
            "Chemin de la Forêt", "Avenue de Beaulieu", "Rue du Midi", "Ruelle du Lac", "Place du Marché",
            "Chemin du Languedoc", "Rue des Alpes", "Avenue de Morges", "Quai du Seujet"],
    "BE": ["Rue Royale", "Avenue Louise", "Chaussée de Waterloo", "Rue de Namur", "Boulevard d'Avroy",
           "Rue des Guillemins", "Avenue des Nerviens", "Rue du Trône", "Place Flagey", "Rue Haute"],
    "IT": ["Via Roma", "via Garibaldi", "Viale Monza", "Corso Vittorio Emanuele II", "Piazza della Repubblica",
           "Vicolo del Pozzo", "via dei Mille", "Largo Augusto", "Via Giuseppe Verdi", "corso Buenos Aires",
           "Viale dei Pini", "Via San Gregorio", "via Nazionale", "Piazzale Loreto", "Via Emilia Est", "Borgo Pinti"],
    "CHi": ["Via Nassa", "Via Cantonale", "Via San Gottardo", "Viale Stefano Franscini", "Piazza Collegiata",
            "Via Lugano", "Vicolo della Torre", "Via alla Chiesa", "Via Motta", "Contrada Sassello"],
    "GB": ["Elm Grove", "Victoria Road", "High St", "Mill Lane", "Windsor Crescent", "Orchard Close", "Station Rd",
           "Church Street", "Kingsway", "Park Avenue", "Beech Drive", "Queens Terrace", "Marlborough Court",
           "Hawthorn Way", "St Mary's Lane", "Albert Pl"],
    "US": ["Maple Ave", "Oak Street", "W 5th St", "Pine Rd", "Cedar Ct", "Lakeview Dr", "Sunset Blvd",
           "Elm Street", "Washington Ave", "Hillcrest Lane", "N Main St", "Willow Way", "Magnolia Terrace"],
    "CA": ["Queen St W", "Spadina Ave", "Robson Street", "Elgin Crescent", "Jasper Avenue", "Bloor St E",
           "Maple Grove Rd", "Dufferin Street", "Birch Lane", "Lakeshore Blvd W"],
    "AU": ["Wattle Street", "Beach Rd", "Jacaranda Crt", "Kingfisher Terrace", "Hay St", "Banksia Close",
           "Ocean Parade", "Bottlebrush Dr", "Federation Way", "Coronation Ave", "Station St"],
    "NZ": ["Kowhai Place", "Cuba Street", "Pohutukawa Drive", "Ponsonby Rd", "Rimu Crescent", "Tui Lane",
           "Manuka Terrace", "Grey Street"],
}
TOWNS = {
    "CH": ["8003 Zürich", "3011 Bern", "4051 Basel", "6003 Luzern", "9000 St. Gallen", "8400 Winterthur",
           "5000 Aarau", "7000 Chur", "2502 Biel/Bienne", "6300 Zug", "8200 Schaffhausen", "3600 Thun",
           "8610 Uster", "4600 Olten", "3800 Interlaken", "8853 Lachen SZ"],
    "DE": ["10115 Berlin", "80331 München", "50667 Köln", "20095 Hamburg", "70173 Stuttgart", "04109 Leipzig",
           "01067 Dresden", "90402 Nürnberg", "60311 Frankfurt am Main", "79098 Freiburg im Breisgau",
           "69117 Heidelberg", "53111 Bonn", "24103 Kiel", "93047 Regensburg"],
    "AT": ["1070 Wien", "1030 Wien", "8010 Graz", "5020 Salzburg", "6020 Innsbruck", "4020 Linz",
           "9020 Klagenfurt am Wörthersee", "6900 Bregenz", "3100 St. Pölten", "2700 Wiener Neustadt"],
    "FR": ["75009 Paris", "75011 Paris", "69002 Lyon", "13006 Marseille", "31000 Toulouse", "44000 Nantes",
           "67000 Strasbourg", "33000 Bordeaux", "59800 Lille", "34000 Montpellier", "06000 Nice",
           "35000 Rennes", "21000 Dijon", "74000 Annecy", "13100 Aix-en-Provence"],
    "CHf": ["1006 Lausanne", "1205 Genève", "1950 Sion", "1700 Fribourg", "2000 Neuchâtel", "1800 Vevey",
            "1400 Yverdon-les-Bains", "2300 La Chaux-de-Fonds", "1110 Morges", "1870 Monthey", "2800 Delémont"],
    "BE": ["1000 Bruxelles", "1050 Ixelles", "4000 Liège", "5000 Namur", "7000 Mons", "1348 Louvain-la-Neuve",
           "6000 Charleroi", "1060 Saint-Gilles"],
    "IT": ["20121 Milano (MI)", "00184 Roma RM", "10123 Torino (TO)", "40126 Bologna", "50122 Firenze (FI)",
           "80138 Napoli (NA)", "16124 Genova", "35122 Padova (PD)", "37121 Verona VR", "90133 Palermo (PA)",
           "24121 Bergamo", "25122 Brescia (BS)", "38122 Trento TN", "43121 Parma (PR)"],
    "CHi": ["6900 Lugano", "6500 Bellinzona", "6600 Locarno", "6850 Mendrisio", "6830 Chiasso", "6616 Losone",
            "6512 Giubiasco"],
    "GB": ["Leeds LS6 2AB", "London N4 3SH", "Oxford OX1 4AP", "Cambridge CB2 1RX", "Bristol BS8 4QT",
           "Norwich NR4 7GH", "Edinburgh EH3 9QG", "Glasgow G12 8QQ", "Manchester M14 5TP", "Cardiff CF10 3AT",
           "Brighton BN2 1RE", "York YO31 7EP"],
    "US": ["Springfield, IL 62704", "Brooklyn, NY 11215", "Austin, TX 78701", "Portland, OR 97205",
           "Boulder, CO 80302", "Madison, WI 53703", "Seattle, WA 98103", "Raleigh, NC 27601", "Cambridge, MA 02139"],
    "CA": ["Toronto, ON M5H 2M9", "Vancouver, BC V6B 2B3", "Ottawa, ON K1P 5K6", "Edmonton, AB T5J 0N3",
           "Halifax, NS B3H 1T4", "Winnipeg, MB R3C 0V8", "Toronto ON M5V 2J4", "Calgary AB T2P 1J9"],
    "AU": ["Surry Hills NSW 2010", "St Kilda VIC 3182", "Toowong QLD 4066", "Glenelg SA 5045", "Perth WA 6000",
           "Newtown NSW 2042", "Fitzroy VIC 3065", "Hobart TAS 7000", "Braddon ACT 2612"],
    "NZ": ["Remuera, Auckland 1050", "Te Aro, Wellington 6011", "Riccarton, Christchurch 8011",
           "Dunedin 9016", "Hamilton 3204", "Mount Maunganui 3116"],
}
TOWN_ONLY = {
    "CH": ["Winterthur", "Olten", "Zürich", "Baden", "Bern", "Luzern", "Wil", "Frauenfeld"],
    "DE": ["Leipzig", "Mainz", "Köln", "Bamberg", "Hamburg", "Ulm", "Münster", "Rostock"],
    "AT": ["Graz", "Linz", "Wien", "Villach", "Wels", "Dornbirn", "Krems"],
    "FR": ["Lyon", "Rouen", "Nantes", "Tours", "Grenoble", "Reims", "Metz", "Bordeaux"],
    "CHf": ["Lausanne", "Genève", "Sion", "Nyon", "Bulle", "Martigny", "Neuchâtel"],
    "BE": ["Namur", "Liège", "Bruxelles", "Tournai", "Wavre", "Arlon"],
    "IT": ["Bergamo", "Torino", "Pavia", "Lecce", "Rimini", "Trieste", "Modena", "Como"],
    "CHi": ["Lugano", "Bellinzona", "Locarno", "Biasca", "Ascona"],
    "GB": ["Leeds", "Bristol", "Reading", "Sheffield", "Exeter", "Derby", "Bath"],
    "US": ["Denver", "Chicago", "Tucson", "Omaha", "Baltimore", "Sacramento"],
    "CA": ["Toronto", "Calgary", "Kingston", "Regina", "Victoria", "Hamilton"],
    "AU": ["Geelong", "Newcastle", "Cairns", "Ballarat", "Wollongong", "Darwin"],
    "NZ": ["Nelson", "Napier", "Rotorua", "Tauranga", "Whanganui"],
}


def house_no(rng: random.Random, country: str) -> str:
    n = str(rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 180)]))
    r = rng.random()
    if country in ("CH", "DE", "AT") and r < 0.15:
        n += rng.choice(["a", "b", "c", "A"])
    if country == "AT" and r > 0.7:
        n += f"/{rng.randint(1, 9)}" + (f"/{rng.randint(1, 25)}" if rng.random() < 0.6 else "")
    if country == "FR" and r < 0.1:
        n += rng.choice([" bis", " ter", "bis"])
    if country in ("IT", "CHi") and r < 0.15:
        n += rng.choice(["/B", "/a", "A"])
    return n


def address(rng: random.Random, country: str) -> tuple[str, str]:
    street, town, no = rng.choice(STREETS[country]), rng.choice(TOWNS[country]), house_no(rng, country)
    if country in ("CH", "DE", "AT", "CHf", "BE", "CHi"):
        line1 = f"{street} {no}"
        if country in ("CH", "CHf", "CHi") and rng.random() < 0.2:
            town = "CH-" + town
        if country == "DE" and rng.random() < 0.15:
            town = "D-" + town
        if country == "AT" and rng.random() < 0.2:
            town = "A-" + town
        if country == "BE" and rng.random() < 0.2:
            town = "B-" + town
    elif country == "FR":
        sep = rng.choice([" ", ", ", " "])
        line1 = f"{no}{sep}{street}"
        if rng.random() < 0.2:
            line1, town = line1.upper(), town.upper()
        elif rng.random() < 0.3:
            line1 = f"{no}{sep}{street[0].upper()}{street[1:]}"
    elif country == "IT":
        line1 = f"{street}{rng.choice([' ', ', ', ' n. ', ' '])}{no}"
        if rng.random() < 0.15:
            line1 = line1.upper()
    elif country in ("GB", "AU", "NZ", "CA", "US"):
        line1 = f"{no} {street}"
        r = rng.random()
        if country == "GB" and r < 0.2:
            line1 = f"Flat {rng.randint(1, 12)}, {line1}"
        if country == "AU" and r < 0.25:
            line1 = rng.choice([f"{rng.randint(1, 20)}/{line1}", f"Unit {rng.randint(1, 20)}, {line1}"])
        if country == "US" and r < 0.2:
            line1 = f"{line1}, Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"
        if country == "CA" and r < 0.15:
            line1 = f"{rng.randint(1, 30)}-{line1}"
    else:
        raise KeyError(country)
    return line1, town


# ---------------------------------------------------------------------------------------------
# dates

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def ordinal(d: int) -> str:
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def fmt_date(rng: random.Random, lang: str, country: str, y: int, m: int, d: int, dob: bool) -> str:
    mon = MONTHS[lang][m - 1]
    if lang == "de":
        if country == "AT" and m == 1:
            mon = "Jänner"
        styles = [f"{d:02d}.{m:02d}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {mon} {y}",
                  f"{d:02d}.{m:02d}.{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}. {mon} {y}"]
    elif lang == "fr":
        dd = "1er" if d == 1 else str(d)
        styles = [f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{dd} {mon} {y}", f"{d:02d}.{m:02d}.{y}",
                  f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{dd} {mon.capitalize()} {y}"]
    elif lang == "it":
        dd = "1°" if d == 1 else str(d)
        styles = [f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{dd} {mon} {y}", f"{d:02d}.{m:02d}.{y}",
                  f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}", f"{dd} {mon.capitalize()} {y}"]
    else:
        ab = mon[:3]
        if country == "US":
            styles = [f"{mon} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{ab} {d} {y}", f"{y}-{m:02d}-{d:02d}",
                      f"{mon} {ordinal(d)}, {y}"]
        else:
            styles = [f"{d} {mon} {y}", f"{ordinal(d)} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}",
                      f"{d}-{ab}-{y}", f"{y}-{m:02d}-{d:02d}", f"{mon} {d}, {y}", f"{d:02d}.{m:02d}.{y}"]
    return rng.choice(styles)


# ---------------------------------------------------------------------------------------------
# IBAN / card


def iban(rng: random.Random, country: str) -> str:
    cc = {"CH": "CH", "CHf": "CH", "CHi": "CH", "DE": "DE", "AT": "AT", "FR": "FR", "BE": "BE", "IT": "IT"}.get(country)
    if cc is None:
        cc = rng.choice(["GB", "GB", "IE"])
    if cc == "CH":
        bban = digits(rng, 5) + digits(rng, 12)
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "AT":
        bban = digits(rng, 16)
    elif cc == "FR":
        bban = digits(rng, 10) + "".join(rng.choice(string.ascii_uppercase + string.digits * 3) for _ in range(11)) + digits(rng, 2)
    elif cc == "BE":
        bban = digits(rng, 12)
    elif cc == "IT":
        bban = rng.choice(string.ascii_uppercase) + digits(rng, 10) + digits(rng, 12)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(rng, 14)
    else:
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    raw = f"{cc}{check:02d}{bban}"
    return rng.choice([" ".join(raw[i:i + 4] for i in range(0, len(raw), 4))] * 3 + [raw])


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    else:
        body = "4" + digits(rng, 14)
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    num = body + str((10 - total % 10) % 10)
    if kind == "amex":
        return rng.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num])
    return rng.choice([" ".join(num[i:i + 4] for i in range(0, 16, 4)), "-".join(num[i:i + 4] for i in range(0, 16, 4)), num])


# ---------------------------------------------------------------------------------------------
# persons

MAIL_DOMAINS = {
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "proton.me"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "gmail.com", "sfr.fr"],
    "CHf": ["bluewin.ch", "gmail.com", "hotmail.ch", "net2000.ch"],
    "BE": ["skynet.be", "telenet.be", "gmail.com", "proximus.be"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "hotmail.it"],
    "CHi": ["bluewin.ch", "ticino.com", "gmail.com"],
    "GB": ["btinternet.com", "hotmail.co.uk", "gmail.com", "yahoo.co.uk", "outlook.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com"],
    "CA": ["shaw.ca", "rogers.com", "gmail.com", "sympatico.ca"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "yahoo.com.au"],
    "NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz"],
}
WORK_DOMAINS = {"de": ["kanzlei-berger.ch", "stadtwerke-sued.de", "hausarzt-team.at"],
                "fr": ["cabinet-medical.fr", "etude-notaire.be", "fiduciaire-leman.ch"],
                "it": ["studiolegale.it", "fisioterapia-lugano.ch", "edilnord.it"],
                "en": ["brightwell.co.uk", "northfield.edu", "harbourview.com.au", "kestrel-logistics.ca"]}


class Person:
    def __init__(self, rng: random.Random, fakers: dict[str, Faker], lang: str, country: str) -> None:
        self.rng, self.lang, self.country = rng, lang, country
        self.locale = rng.choice(NAME_LOCALES[lang])
        f = fakers[self.locale]
        self.female = rng.random() < 0.5
        sfx = "female" if self.female else "male"
        first_fn = getattr(f, f"first_name_{sfx}", f.first_name)
        last_fn = getattr(f, f"last_name_{sfx}", f.last_name)
        self.first = first_fn().split()[0] if rng.random() < 0.85 else first_fn()
        self.last = last_fn()
        if self.locale in ("es_CL", "es_MX", "es_AR", "es_CO", "pt_BR") and rng.random() < 0.25:
            self.last = f"{self.last} {last_fn()}"  # two surnames
        if self.last.split()[0].islower():  # "van Hagen" at the start of a surname-only mention
            self.bare_last = self.last[0].upper() + self.last[1:]
        else:
            self.bare_last = self.last
        self.cache: dict[str, Seg] = {}

    def get(self, attr: str) -> Seg:
        if attr in self.cache:
            return self.cache[attr]
        rng, lang = self.rng, self.lang
        if attr.startswith("g|"):
            _, male, female = attr.split("|")
            return [(None, female if self.female else male)]
        if attr == "full":
            v: Seg = [("PERSON", f"{self.first} {self.last}")]
        elif attr == "first":
            v = [("PERSON", self.first)]
        elif attr == "last":
            v = [("PERSON", self.bare_last)]
        elif attr == "LAST":
            v = [("PERSON", self.last.upper())]
        elif attr == "rev":  # Surname, First name
            v = [("PERSON", self.bare_last), (None, ", "), ("PERSON", self.first)]
        elif attr == "revcaps":  # SURNAME First name
            v = [("PERSON", f"{self.last.upper()} {self.first}")]
        elif attr == "init":
            v = [("PERSON", f"{self.first[0]}. {self.last}")]
        elif attr == "gen":  # German genitive: Nováks / Lukas'
            if self.bare_last[-1] in "sxzß":
                v = [("PERSON", self.bare_last), (None, "'")]
            else:
                v = [("PERSON", self.bare_last), (None, "s")]
        elif attr == "genfirst":
            v = [("PERSON", self.first), (None, "'" if self.first[-1] in "sxzß" else "s")]
        elif attr == "poss":  # English possessive
            v = [("PERSON", self.bare_last), (None, "'" if self.bare_last.endswith("s") else "'s")]
        elif attr == "possfirst":
            v = [("PERSON", self.first), (None, "'s")]
        elif attr == "email":
            fi, la = ascii_fold(self.first).lower(), ascii_fold(self.last).lower().replace(" ", "")
            la = la.replace("'", "")
            user = rng.choice([f"{fi}.{la}", f"{fi[0]}.{la}", f"{la}{fi[0]}", f"{fi}_{la}{rng.randint(60, 99)}",
                               f"{fi}{la}", f"{la}.{fi}", f"{fi}.{la}{rng.randint(1, 9)}", f"{fi[0]}{la}"])
            domain = rng.choice(MAIL_DOMAINS[self.country] * 4 + WORK_DOMAINS[lang])
            v = [("EMAIL", f"{user}@{domain}")]
        elif attr in ("phone", "mobile", "landline"):
            kind = {"phone": "any", "mobile": "mobile", "landline": "landline"}[attr]
            v = [("PHONE", phone(rng, self.country, kind))]
        elif attr == "addr":
            line1, town = self._addr()
            v = [("ADDRESS", f"{line1}, {town}")]
        elif attr == "addr2":
            line1, town = self._addr()
            v = [("ADDRESS", line1), (None, "\n"), ("ADDRESS", town)]
        elif attr == "street":
            v = [("ADDRESS", self._addr()[0])]
        elif attr == "dob":
            y, m, d = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
            v = [("DOB", fmt_date(rng, lang, self.country, y, m, d, True))]
        elif attr == "kiddob":
            y, m, d = rng.randint(2011, 2019), rng.randint(1, 12), rng.randint(1, 28)
            v = [("DOB", fmt_date(rng, lang, self.country, y, m, d, True))]
        elif attr == "iban":
            v = [("IBAN", iban(rng, self.country))]
        elif attr == "card":
            v = [("CARD", card(rng))]
        else:
            raise KeyError(attr)
        self.cache[attr] = v
        return v

    def _addr(self) -> tuple[str, str]:
        if "_a" not in self.cache:
            line1, town = address(self.rng, self.country)
            self.cache["_a"] = [(None, line1), (None, town)]
        (_, line1), (_, town) = self.cache["_a"]
        return line1, town


# ---------------------------------------------------------------------------------------------
# distractors (never labelled)

CURRENCY = {"CH": "CHF", "CHf": "CHF", "CHi": "CHF", "DE": "EUR", "AT": "EUR", "FR": "EUR", "BE": "EUR", "IT": "EUR",
            "GB": "GBP", "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD"}
COMPANIES = {
    "de": ["Huber Elektro AG", "Bäckerei Sonnenschein GmbH", "Alpentech Solutions AG", "Möbel Kraft", "Stadtwerke Nord",
           "Brunner Treuhand GmbH", "Sanitär Keller & Co.", "Rhein-Logistik GmbH", "Zahnarztpraxis am Markt",
           "Wohnbaugenossenschaft Lerchenberg"],
    "fr": ["Boulangerie Favre SA", "Garage du Lac Sàrl", "Atelier Mosaïque", "Fiduciaire Léman SA", "Transports Rapides",
           "Pharmacie du Centre", "Immobilière des Trois Chênes", "Groupe Horizon Santé", "Menuiserie Lambert & Fils"],
    "it": ["Ferramenta Bianchi Srl", "Trattoria Da Gino", "Studio Associato Alfa", "Assicurazioni Aurora SpA",
           "Immobiliare Il Portico", "Farmacia San Marco", "Edilnord Costruzioni", "Officina Meccanica Rossa Snc"],
    "en": ["Northgate Plumbing Ltd", "Brightwater Health Trust", "Kestrel Logistics", "Maple & Finch Realty",
           "Summit Insurance Group", "Harbour Dental Care", "Greenleaf Property Management", "Apex Tutoring Co."],
}
PRODUCTS = ["Thermomix TM6", "iPhone 15 Pro", "Miele W1 Classic", "Dyson V15", "Samsung Galaxy S24", "Bosch Serie 6",
            "MacBook Air M3", "Nespresso Vertuo", "Lenovo ThinkPad T14", "Philips Hue Bridge", "Ford Fiesta",
            "Peugeot 208", "Fiat Panda", "Toyota Corolla", "Canon EOS R6", "Garmin Forerunner 265"]
CUES = {
    "mob": {"CH": ["Natel", "Mobile", "Mobil", "Handy"], "DE": ["Mobil", "Handy", "Mobilnr.", "Mob."],
            "AT": ["Mobil", "Handy", "Mobiltel."], "FR": ["portable", "Portable", "mobile", "Port."],
            "CHf": ["Natel", "portable", "Mobile"], "BE": ["GSM", "portable", "Mobile"],
            "IT": ["cell.", "cellulare", "Cell", "mobile", "Cellulare"], "CHi": ["Natel", "cell.", "cellulare"],
            "GB": ["Mobile", "mob", "Mob", "M"], "US": ["cell", "Cell", "Mobile", "C"], "CA": ["Cell", "cell", "Mobile"],
            "AU": ["Mob", "Mobile", "M", "mob"], "NZ": ["Mobile", "Mob", "cell"]},
    "tel": {"CH": ["Tel.", "Telefon", "Tel", "T", "Tel. privat"], "DE": ["Tel.", "Telefon", "Fon", "Tel"],
            "AT": ["Tel.", "Telefon", "Tel. privat"], "FR": ["tél.", "Tél.", "Téléphone", "Tel"],
            "CHf": ["tél.", "Tél.", "Téléphone"], "BE": ["Tél.", "tél.", "Tel"],
            "IT": ["tel.", "Tel.", "telefono", "Tel. fisso"], "CHi": ["tel.", "Tel.", "telefono"],
            "GB": ["Tel", "Phone", "T", "Home"], "US": ["Phone", "Ph", "Tel", "Home"], "CA": ["Phone", "Tel", "Ph"],
            "AU": ["Ph", "ph", "Phone", "T"], "NZ": ["Ph", "Phone", "Tel"]},
}


def distractor(rng: random.Random, kind: str, lang: str, country: str) -> str:
    cur = CURRENCY[country]
    if kind == "ref":
        return rng.choice([f"{rng.choice(['INS', 'TK', 'REF', 'AZ', 'DOS'])}-{digits(rng, 5)}", f"#{digits(rng, 6)}",
                           f"{rng.randint(2024, 2026)}-{digits(rng, 5)}", f"{rng.choice('ABCKMS')}{digits(rng, 7)}"])
    if kind == "order":
        return rng.choice([f"4500{digits(rng, 6)}", f"B-{digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
                           f"ORD{digits(rng, 8)}", f"{digits(rng, 10)}"])
    if kind == "invoice":
        return rng.choice([f"RE-2026-{digits(rng, 4)}", f"F2026-{digits(rng, 5)}", f"INV-{digits(rng, 6)}",
                           f"{digits(rng, 2)}/{rng.randint(2025, 2026)}", f"FA{digits(rng, 8)}"])
    if kind == "policy":
        return rng.choice([f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}", f"P-{digits(rng, 8)}",
                           f"{digits(rng, 3)}/{digits(rng, 6)}-{digits(rng, 1)}", f"POL{digits(rng, 9)}"])
    if kind == "price":
        a = rng.choice([rng.randint(5, 99), rng.randint(100, 990), rng.randint(1000, 25000)])
        c = rng.choice(["00", "50", "90", "95", "20"])
        if lang == "de":
            s = f"{a:,}".replace(",", "'" if country == "CH" else ".")
            return rng.choice([f"{cur} {s}.{c}" if country == "CH" else f"{s},{c} €", f"{cur} {s}.–" if country == "CH" else f"EUR {s},{c}",
                               f"{s},{c} {cur}"])
        if lang == "fr":
            s = f"{a:,}".replace(",", "\u202f" if rng.random() < 0.5 else " ")
            return rng.choice([f"{s},{c} €" if cur == "EUR" else f"{cur} {s}.{c}", f"{s} {cur}", f"{cur} {s}.–" if cur == "CHF" else f"{s} euros"])
        if lang == "it":
            s = f"{a:,}".replace(",", "." if cur == "EUR" else "'")
            return rng.choice([f"€ {s},{c}" if cur == "EUR" else f"CHF {s}.{c}", f"{s},{c} euro" if cur == "EUR" else f"CHF {s}.–",
                               f"{s} {cur}"])
        sym = {"GBP": "£", "USD": "$", "CAD": "$", "AUD": "$", "NZD": "$"}[cur]
        return rng.choice([f"{sym}{a:,}.{c}", f"{sym}{a:,}", f"{cur} {a:,}.{c}", f"{a:,} {cur}"])
    if kind in ("date", "date2", "date3"):
        y, m, d = rng.choice([2025, 2026, 2026]), rng.randint(1, 12), rng.randint(1, 28)
        return fmt_date(rng, lang, country, y, m, d, False)
    if kind in ("time", "time2"):
        h, mi = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 10, 20])
        if lang == "de":
            return rng.choice([f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}"])
        if lang == "fr":
            return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}", f"{h} h {mi:02d}"])
        if lang == "it":
            return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}"])
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{h:02d}:{mi:02d}",
                           f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])
    if kind == "version":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(3, 17)}.{rng.randint(0, 9)}",
                           f"Version {rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}", "24H2", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}-beta"])
    if kind in ("company", "company2"):
        return rng.choice(COMPANIES[lang])
    if kind == "product":
        return rng.choice(PRODUCTS)
    if kind in ("town", "town2", "town3"):
        return rng.choice(TOWN_ONLY[country])
    if kind in ("year", "yr1", "yr2"):
        return str({"year": rng.randint(2018, 2025), "yr1": rng.randint(2019, 2023), "yr2": rng.randint(2012, 2018)}[kind])
    if kind == "last4":
        return digits(rng, 4)
    if kind == "age":
        return str(rng.randint(22, 68))
    if kind in ("n", "n2"):
        return str(rng.randint(2, 48))
    if kind in ("mob", "tel"):
        return rng.choice(CUES[kind][country])
    if kind == "room":
        return rng.choice({"de": ["Eiger", "Säntis", "Rigi", "Pilatus", "Linde"], "fr": ["Salle Mont-Blanc", "salle Rhône", "Salle 3.02"],
                           "it": ["Sala Monte Rosa", "sala Verdi", "Aula 12"], "en": ["Room 4B", "the Oak Room", "Boardroom 2"]}[lang])
    raise KeyError(kind)


class Doc:
    def __init__(self, rng: random.Random, fakers: dict[str, Faker], lang: str, country: str) -> None:
        self.rng, self.fakers, self.lang, self.country = rng, fakers, lang, country
        self.people: dict[str, Person] = {}
        self.xs: dict[str, str] = {}

    def __call__(self, field: str) -> Seg:
        who, attr = field.split(".", 1)
        if who == "x":
            if attr not in self.xs:
                kind = attr.rstrip("0123456789")
                kind = attr if attr in ("date2", "date3", "time2", "town2", "town3", "company2", "n2", "yr1", "yr2", "last4") else kind
                self.xs[attr] = distractor(self.rng, kind, self.lang, self.country)
            return [(None, self.xs[attr])]
        if who not in self.people:
            self.people[who] = Person(self.rng, self.fakers, self.lang, self.country)
        return self.people[who].get(attr)


# ---------------------------------------------------------------------------------------------
# templates: written for this set, 2026-12-04

TEMPLATES: dict[str, list[str]] = {"de": [], "fr": [], "it": [], "en": []}

TEMPLATES["de"] += [
    # rental application e-mail
    """Betreff: Bewerbung 3,5-Zimmer-Wohnung, Inserat {x.ref}

{p2.g|Sehr geehrter Herr|Sehr geehrte Frau} {p2.last}

mit grossem Interesse habe ich Ihr Inserat vom {x.date} gelesen. Zurzeit wohne ich hier: {p1.addr}. Seit {x.year} arbeite ich im Pflegedienst der {x.company}, mein Partner {p3.full} ist Schreiner.

Geburtsdatum: {p1.dob}
{x.mob}: {p1.mobile}
E-Mail: {p1.email}

Der Mietzins von {x.price} ist für uns gut tragbar. Eine Besichtigung wäre ab {x.time} Uhr möglich.

Freundliche Grüsse
{p1.full}""",
    # care documentation
    """Pflegedokumentation – ambulante Pflege {x.town}
Klient/in: {p1.rev}, geb. {p1.dob}
Wohnadresse: {p1.addr}
Angehörige: {p2.full} ({p2.g|Sohn|Tochter}), {x.tel} {p2.phone}
Hausarzt: Dr. med. {p3.last}, {x.town2}

{x.date}, {x.time}: {p1.g|Herr|Frau} {p1.last} klagt über Schwindel, BD 145/90, Puls 82. Medikamente gerichtet (Wochendosette). Rücksprache mit Dr. {p3.last} erfolgt, {p2.first} wurde informiert. Kontrolle in 3 Tagen.
Visum: {p4.init}""",
    # police report
    """Polizeirapport Nr. {x.ref}
Verkehrsunfall vom {x.date}, {x.time} Uhr, {x.town}, Hauptstrasse Höhe Einmündung Kirchweg

Beteiligte/r 1: {p1.last}, {p1.first}, geb. {p1.dob}, wohnhaft {p1.addr}, {x.tel} {p1.phone}
Beteiligte/r 2: {p2.full}, geboren am {p2.dob}, {p2.street}, {x.town2}

Sachverhalt: {p1.last} fuhr mit dem {x.product} Richtung Zentrum, als {p2.last} beim Linksabbiegen den Vortritt missachtete. Zeuge/Zeugin: {p3.full}, {x.mob} {p3.mobile}. Sachschaden gemäss erster Schätzung {x.price}.

Rapportierende/r: Wm {p4.last}""",
    # chat export
    """[{x.date}, {x.time}] {p1.full}: Hast du die Nummer vom Vermieter?
[{x.date}, {x.time3}] {p2.first}: Ja, {p3.g|Herr|Frau} {p3.last}, {p3.mobile}
[{x.date}, {x.time4}] {p1.full}: Danke! Und wo ist die Schlüsselübergabe?
[{x.date}, {x.time5}] {p2.first}: Bei mir, {p2.addr}, 2. Stock
[{x.date}, {x.time6}] {p1.full}: Perfekt. Ich überweise dir die {x.price} heute noch, welche IBAN?
[{x.date}, {x.time7}] {p2.first}: {p2.iban} (lautet auf {p2.full})""",
    # CV
    """LEBENSLAUF

{p1.full}
{p1.addr2}
{x.mob} {p1.mobile} · {p1.email}
Geboren am {p1.dob} in {x.town}

BERUFSERFAHRUNG
{x.yr1}–heute   Projektleitung Digitalisierung, {x.company}
{x.yr2}–{x.yr1}   Business Analyst, {x.company2}

AUSBILDUNG
MSc Wirtschaftsinformatik, Universität {x.town2}

KENNTNISSE
SAP S/4HANA, Python, Power BI {x.version}; Deutsch (Muttersprache), Englisch C1

REFERENZEN
{p2.full}, Leiter IT, {x.company}, {p2.phone}
Prof. Dr. {p3.full}, {p3.email}""",
    # HR note
    """Protokoll Mitarbeitendengespräch vom {x.date}
Teilnehmende: {p1.full} (MA), {p2.full} (Teamleitung), {p3.last} (HR)

{p1.first} berichtet, die Zusammenarbeit mit {p4.full} sei seit dem Umzug ins Grossraumbüro schwierig. {p2.last} schlägt ein gemeinsames Gespräch vor. {p1.g|Herrn|Frau} {p1.gen} Anliegen wird ernst genommen; {p3.last} klärt eine Versetzung ins Team von {p5.rev} ab.

Lohnanpassung per {x.date2}: {x.price} brutto/Monat, Auszahlung weiterhin auf {p1.iban}.
Nächstes Gespräch: {x.date3}, {x.time} Uhr, Sitzungszimmer {x.room}.""",
    # insurance claim
    """Schadenmeldung Hausrat – Police {x.policy}

Versicherungsnehmer/in: {p1.full}
Adresse: {p1.addr}
Geburtsdatum: {p1.dob}
{x.tel} tagsüber: {p1.phone}
E-Mail: {p1.email}

Schadendatum: {x.date}, ca. {x.time} Uhr
Hergang: In der Wohnung oberhalb (Mieter/in {p2.full}) ist die Waschmaschine ({x.product}) ausgelaufen. Der Hauswart, {p3.g|Herr|Frau} {p3.last}, hat das Wasser abgestellt. Kostenschätzung Maler: {x.price}.

Selbstbehalt bitte der Kreditkarte {p1.card} belasten, Auszahlung auf {p1.iban}, lautend auf {p1.rev}.""",
    # school note
    """Liebe Familie {p1.last}

{p2.first} hat sich heute im Turnunterricht am Fuss verletzt. Wir haben Sie unter {p1.mobile} nicht erreicht und deshalb die Notfallnummer angerufen ({p4.full}, {p4.phone}). {p2.first} wurde um {x.time} Uhr abgeholt.

Bitte bringen Sie bis {x.date} ein Arztzeugnis mit. Das Klassenlager in {x.town} (Kostenbeitrag {x.price}) findet wie geplant statt; {p5.genfirst} Mutter begleitet uns als Köchin.

Freundliche Grüsse
{p3.full}
Klassenlehrperson 4b""",
    # minutes
    """Protokoll Vorstandssitzung Quartierverein, {x.date}, {x.time}–{x.time2} Uhr
Anwesend: {p1.full} (Präsidium), {p2.full}, {p3.full}, {p4.rev}
Entschuldigt: {p5.last}
Protokoll: {p2.init}

1. Kasse: {p3.last} meldet einen Kontostand von {x.price}. Die Revision durch {p4.last} ist erfolgt.
2. Neumitglied: {p6.full}, {p6.addr}, {p6.email} – einstimmig aufgenommen.
3. Website: Update auf WordPress {x.version} durch {p2.last}.
4. Nächste Sitzung: {x.date2} im Restaurant Krone, {x.town}.""",
    # e-mail with signature block
    """Hallo {p2.first}

anbei die Offerte {x.ref} für die neue Küche ({x.product}), total {x.price} inkl. MwSt. Montage wäre am {x.date}. Kannst du das bitte mit {p3.g|Herrn|Frau} {p3.gen} Team abklären? Die Rechnung {x.invoice} vom letzten Auftrag ist übrigens noch offen.

Liebe Grüsse
{p1.first}

--
{p1.full}
Kundenberatung
{x.company}
{x.tel} {p1.landline} | {x.mob} {p1.mobile}
{p1.email}""",
    # letter to an authority
    """{p1.full}
{p1.addr2}

Steueramt {x.town}

{x.town2}, {x.date}

Gesuch um Fristerstreckung – Steuererklärung {x.year}

Sehr geehrte Damen und Herren

Wegen eines Spitalaufenthalts konnte ich die Unterlagen nicht fristgerecht einreichen. Ich bitte Sie um eine Fristerstreckung bis zum {x.date2}. Das Zeugnis von Dr. {p2.full} liegt bei. Für Rückfragen bin ich unter {p1.phone} erreichbar.

Mit freundlichen Grüssen
{p1.full}
geb. {p1.dob}""",
]

TEMPLATES["fr"] += [
    # rental application
    """Objet : Dossier de candidature – appartement 3 pièces (réf. {x.ref})

{p2.g|Monsieur|Madame} {p2.last},

Suite à votre annonce du {x.date}, je me permets de vous transmettre mon dossier. J'habite actuellement à l'adresse suivante : {p1.addr}, et je travaille depuis {x.year} chez {x.company}. Mon conjoint, {p3.full}, est enseignant.

{p1.g|Né|Née} le {p1.dob}
{x.mob} : {p1.mobile}
Courriel : {p1.email}

Le loyer de {x.price} charges comprises nous convient. Nous sommes disponibles pour une visite dès {x.time}.

Bien cordialement,
{p1.full}""",
    # medical note
    """Compte rendu de consultation – {x.date}
Patient(e) : {p1.LAST} {p1.first}, {p1.g|né|née} le {p1.dob}
Adresse : {p1.addr}
Médecin traitant : Dr {p2.last}, {x.town}
Personne de contact : {p3.full}, {x.tel} {p3.phone}

{p1.g|M.|Mme} {p1.last} consulte pour des douleurs lombaires depuis {x.n} jours. Pas de fièvre. Examen neurologique sans particularité. Traitement : paracétamol 1 g, kinésithérapie chez {p4.g|M.|Mme} {p4.full}.
Prochain contrôle le {x.date2} à {x.time}.

Dr {p5.full}""",
    # police report
    """PROCÈS-VERBAL D'AUDITION n° {x.ref}

L'an deux mille vingt-six, le {x.date}, à {x.time}, devant nous, brigadier {p4.last}, a comparu, assisté(e) de Me {p5.full}, avocat(e) :
{p1.LAST}, {p1.first}, {p1.g|né|née} le {p1.dob} à {x.town}, domicilié(e) {p1.addr}, joignable au {p1.phone}.

Qui déclare : « Je rentrais du travail quand j'ai vu un homme forcer la porte du garage de {p2.g|M.|Mme} {p2.last}. J'ai appelé ma voisine, {p3.full}, qui a prévenu la police. »

Lecture faite, persiste et signe.""",
    # chat
    """{p1.first} ({x.time}) : Salut, tu as le numéro du plombier ?
{p2.first} ({x.time3}) : Oui, c'est {p3.g|M.|Mme} {p3.last}, {p3.mobile}
{p1.first} ({x.time4}) : Merci ! Et ton adresse pour samedi ?
{p2.first} ({x.time5}) : {p2.addr}, code 4821B, 3e étage
{p1.first} ({x.time6}) : Super. Je te rembourse les {x.price}, tu me redonnes ton IBAN ?
{p2.first} ({x.time7}) : {p2.iban} – au nom de {p2.full}""",
    # CV
    """CURRICULUM VITAE

{p1.full}
{p1.addr2}
{x.mob} {p1.mobile} – {p1.email}
Date de naissance : {p1.dob}

EXPÉRIENCE PROFESSIONNELLE
{x.yr1} – aujourd'hui : Responsable logistique, {x.company}
{x.yr2} – {x.yr1} : Assistant(e) de direction, {x.company2}

FORMATION
Master en gestion, Université de {x.town}

COMPÉTENCES
SAP, Excel, Python {x.version} ; français (langue maternelle), anglais C1

RÉFÉRENCES
{p2.full}, directeur des opérations, {p2.phone}
{p3.g|M.|Mme} {p3.last}, {p3.email}""",
    # HR note
    """Note RH – entretien annuel du {x.date}
Participants : {p1.full} (collaborateur/trice), {p2.full} (responsable d'équipe), {p3.rev} (RH)

{p1.first} signale des tensions avec {p4.full} depuis la réorganisation. {p2.last} propose une médiation. La demande de {p1.g|M.|Mme} {p1.last} de passer à 80 % est acceptée à partir du {x.date2}.
Salaire mensuel brut : {x.price}, versé sur le compte {p1.iban}.
Prochain point : {x.date3} à {x.time}, {x.room}.""",
    # insurance claim
    """Déclaration de sinistre – contrat n° {x.policy}

Assuré(e) : {p1.full}
{p1.g|Né|Née} le : {p1.dob}
Domicile : {p1.addr}
{x.tel} : {p1.phone}
E-mail : {p1.email}

Date du sinistre : {x.date}, vers {x.time}
Circonstances : dégât des eaux provenant de l'appartement de {p2.g|M.|Mme} {p2.full} (étage supérieur). Le concierge, {p3.g|M.|Mme} {p3.last}, a coupé l'arrivée d'eau. Devis du peintre : {x.price}.

Franchise à débiter sur la carte {p1.card}. Merci de verser l'indemnité sur le compte {p1.iban}.""",
    # school note
    """Madame, Monsieur,

Votre enfant {p2.first} s'est blessé(e) à la cheville pendant le cours d'éducation physique. N'ayant pas pu vous joindre au {p1.mobile}, nous avons contacté la personne de référence indiquée dans le dossier, {p4.full} ({p4.phone}). {p2.first} a été récupéré(e) à {x.time}.

Merci de nous faire parvenir un certificat médical avant le {x.date}. La sortie à {x.town} (participation : {x.price}) est maintenue.

Avec nos meilleures salutations,
{p3.full}, enseignant(e) titulaire
Pour la famille {p1.last}""",
    # minutes
    """Procès-verbal de l'assemblée du comité – {x.date}, {x.time}
Présents : {p1.full} (présidence), {p2.full}, {p3.full}, {p4.rev}
Excusé(e) : {p5.last}
PV : {p2.init}

1. Finances : {p3.last} annonce un solde de {x.price}. Vérification des comptes par {p4.last}.
2. Admission : {p6.full}, {p6.addr}, {p6.email}, admis(e) à l'unanimité.
3. Site internet : mise à jour vers la version {x.version}, prise en charge par {p2.last}.
4. Prochaine séance : {x.date2} à la Brasserie du Marché, {x.town}.""",
    # e-mail with signature
    """Bonjour {p2.first},

Je te transmets le devis {x.ref} pour la cuisine ({x.product}), soit {x.price} TTC. La pose est prévue le {x.date}. Peux-tu vérifier avec l'équipe de {p3.g|M.|Mme} {p3.last} ? La facture {x.invoice} est d'ailleurs toujours ouverte.

Belle journée,
{p1.first}

--
{p1.full}
Conseiller/ère clientèle – {x.company}
{x.tel} {p1.landline}
{x.mob} {p1.mobile}
{p1.email}""",
    # letter
    """{p1.full}
{p1.addr2}

Service des contributions
{x.town}

{x.town2}, le {x.date}

Objet : demande de délai – déclaration d'impôt {x.year}

Madame, Monsieur,

Suite à une hospitalisation, je n'ai pas pu remettre ma déclaration dans les délais. Je vous prie de m'accorder un délai jusqu'au {x.date2}. Vous trouverez ci-joint le certificat du Dr {p2.full}. Je reste joignable au {p1.phone}.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

{p1.full}""",
]

TEMPLATES["it"] += [
    # rental application
    """Oggetto: candidatura per l'appartamento di 3 locali (annuncio {x.ref})

{p2.g|Gentile Sig.|Gentile Sig.ra} {p2.last},

ho letto con interesse il Suo annuncio del {x.date}. Attualmente abito in {p1.addr} e lavoro dal {x.year} presso {x.company}. Il mio compagno/la mia compagna, {p3.full}, è infermiere/a.

{p1.g|Nato|Nata} il {p1.dob}
{x.mob}: {p1.mobile}
e-mail: {p1.email}

L'affitto di {x.price} spese incluse è per noi sostenibile. Siamo disponibili per una visita dalle {x.time}.

Cordiali saluti
{p1.full}""",
    # medical note
    """Referto ambulatoriale del {x.date}
Paziente: {p1.LAST} {p1.first}, {p1.g|nato|nata} il {p1.dob}
Residenza: {p1.addr}
Medico curante: dott. {p2.last}
Contatto di riferimento: {p3.full}, {x.tel} {p3.phone}

{p1.g|Il sig.|La sig.ra} {p1.last} riferisce dolore toracico da {x.n} giorni. ECG nella norma. Terapia: ibuprofene 400 mg al bisogno, fisioterapia presso {p4.g|il dott.|la dott.ssa} {p4.full}.
Controllo il {x.date2} alle {x.time}.

{p5.g|Dott.|Dott.ssa} {p5.full}""",
    # police report
    """VERBALE DI DENUNCIA n. {x.ref}

Il giorno {x.date}, alle ore {x.time}, presso la stazione dei Carabinieri di {x.town}, davanti al sottoscritto brig. {p4.last}, è presente {p1.LAST} {p1.first}, {p1.g|nato|nata} a {x.town2} il {p1.dob}, {p1.g|residente|residente} in {p1.addr}, tel. {p1.phone}, assistito/a dall'avv. {p5.full}.

Il/La denunciante dichiara: «Tornando a casa ho visto un uomo forzare il garage {p2.g|del sig.|della sig.ra} {p2.last}. Ho chiamato la vicina, {p3.full}, che ha avvisato il 112.»

Letto, confermato e sottoscritto.""",
    # chat
    """{p1.first}: ciao! hai il numero dell'idraulico?
{p2.first}: sì, è {p3.g|il sig.|la sig.ra} {p3.last}, {p3.mobile}
{p1.first}: grazie!! e il tuo indirizzo per sabato?
{p2.first}: {p2.addr}, citofono {p2.LAST}, terzo piano
{p1.first}: perfetto, ti restituisco i {x.price}, mi mandi l'IBAN?
{p2.first}: {p2.iban} intestato a {p2.full}""",
    # CV
    """CURRICULUM VITAE

{p1.full}
{p1.addr2}
{x.mob} {p1.mobile} | {p1.email}
Data di nascita: {p1.dob}

ESPERIENZE PROFESSIONALI
{x.yr1} – oggi: Responsabile amministrativo/a, {x.company}
{x.yr2} – {x.yr1}: Impiegato/a contabile, {x.company2}

ISTRUZIONE
Laurea magistrale in Economia, Università di {x.town}

COMPETENZE
SAP, Excel, Python {x.version}; italiano (madrelingua), inglese B2

REFERENZE
{p2.full}, direttore finanziario, {p2.phone}
prof. {p3.full}, {p3.email}""",
    # HR note
    """Nota HR – colloquio annuale del {x.date}
Presenti: {p1.full} (collaboratore/trice), {p2.full} (responsabile), {p3.rev} (HR)

{p1.first} segnala difficoltà di collaborazione con {p4.full}. {p2.last} propone una mediazione. La richiesta {p1.g|del sig.|della sig.ra} {p1.last} di ridurre l'orario all'80% è accolta dal {x.date2}.
Retribuzione lorda mensile: {x.price}, accredito sul conto {p1.iban}.
Prossimo incontro: {x.date3} alle {x.time}, {x.room}.""",
    # insurance claim
    """Denuncia di sinistro – polizza n. {x.policy}

Assicurato/a: {p1.full}
Data di nascita: {p1.dob}
Indirizzo: {p1.addr}
{x.tel}: {p1.phone}
E-mail: {p1.email}

Data del sinistro: {x.date}, ore {x.time} circa
Descrizione: infiltrazione d'acqua dall'appartamento {p2.g|del sig.|della sig.ra} {p2.full} al piano di sopra. L'amministratore, {p3.g|sig.|sig.ra} {p3.last}, ha chiuso l'acqua. Preventivo imbianchino: {x.price}.

Franchigia da addebitare sulla carta {p1.card}. Si prega di accreditare l'indennizzo sull'IBAN {p1.iban}, intestato a {p1.rev}.""",
    # school note
    """Gentili genitori di {p2.first},

oggi durante l'ora di educazione fisica {p2.first} si è fatto/a male alla caviglia. Non riuscendo a contattarvi al {p1.mobile}, abbiamo chiamato il contatto d'emergenza, {p4.full} ({p4.phone}). {p2.first} è stato/a ripreso/a alle {x.time}.

Vi preghiamo di consegnare il certificato medico entro il {x.date}. La gita a {x.town} (quota {x.price}) è confermata.

Cordiali saluti
{p3.g|Il maestro|La maestra} {p3.full}
Famiglia {p1.last} – classe 4B""",
    # minutes
    """Verbale della riunione del direttivo – {x.date}, ore {x.time}
Presenti: {p1.full} (presidente), {p2.full}, {p3.full}, {p4.rev}
Assente giustificato/a: {p5.last}
Verbalizzante: {p2.init}

1. Bilancio: {p3.last} comunica un saldo di {x.price}. Revisione a cura di {p4.last}.
2. Nuovi soci: {p6.full}, {p6.addr}, {p6.email}, ammesso/a all'unanimità.
3. Sito web: aggiornamento alla versione {x.version} a cura di {p2.last}.
4. Prossima riunione: {x.date2} presso il Bar Centrale, {x.town}.""",
    # delivery note / e-mail with signature
    """Buongiorno {p2.first},

ti inoltro la bolla di consegna dell'ordine {x.order}: {x.product}, totale {x.price} IVA inclusa. La consegna è prevista per il {x.date} presso {p2.g|il sig.|la sig.ra} {p2.full}, {p2.addr}. Puoi avvisare la squadra di {p3.last}? La fattura {x.invoice} risulta ancora aperta.

Un caro saluto,
{p1.first}

--
{p1.full}
Ufficio vendite – {x.company}
{x.tel} {p1.landline}
{x.mob} {p1.mobile}
{p1.email}""",
]

TEMPLATES["en"] += [
    # rental application
    """Subject: Rental application – 2-bed unit, listing {x.ref}

Dear {p2.g|Mr|Ms} {p2.last},

I saw your listing on {x.date} and would love to apply. I currently live at {p1.addr} and have worked at {x.company} since {x.year}. My partner, {p3.full}, is a nurse.

Date of birth: {p1.dob}
{x.mob}: {p1.mobile}
Email: {p1.email}

The rent of {x.price} per month suits us well, and we can view any day after {x.time}.

Kind regards,
{p1.full}""",
    # clinic note
    """Clinic note – {x.date}
Patient: {p1.LAST}, {p1.first} | DOB {p1.dob}
Home address: {p1.addr}
GP: Dr {p2.last}, {x.town}
Next of kin: {p3.full} ({p3.g|husband|wife}), {x.tel} {p3.phone}

{p1.g|Mr|Ms} {p1.last} presents with lower back pain for {x.n} days. Afebrile, neuro exam normal. Plan: paracetamol 1 g QID, physio referral to {p4.full}. Review on {x.date2} at {x.time}.

Dr {p5.full}""",
    # police statement
    """WITNESS STATEMENT – Ref {x.ref}

Statement of: {p1.full}
D.O.B.: {p1.dob}
Address: {p1.addr}
Contact: {p1.phone}

On {x.date} at about {x.time} I was walking home along the High Street when I saw a man trying the door of {p2.poss} garage. I knew it was {p2.possfirst} car inside. I rang my neighbour {p3.full}, who called 999. Constable {p4.last} arrived shortly after.

Signed: {p1.full}
Witnessed by: PC {p4.init}""",
    # chat
    """{p1.first} [{x.time}]: hey, got the plumber's number?
{p2.first} [{x.time3}]: yep, {p3.full}, {p3.mobile}
{p1.first} [{x.time4}]: legend. what's your address for saturday?
{p2.first} [{x.time5}]: {p2.addr}, buzz {p2.last}
{p1.first} [{x.time6}]: sweet, I'll pay you back the {x.price}, card or bank?
{p2.first} [{x.time7}]: bank pls – {p2.iban}, name {p2.full}""",
    # CV
    """CURRICULUM VITAE

{p1.full}
{p1.addr2}
{x.mob}: {p1.mobile} | {p1.email}
Born {p1.dob}

EXPERIENCE
{x.yr1} – present  Operations Manager, {x.company}
{x.yr2} – {x.yr1}  Logistics Coordinator, {x.company2}

EDUCATION
BCom, University of {x.town}

SKILLS
SAP, Excel, Python {x.version}; English (native), Hindi (conversational)

REFEREES
{p2.full}, Head of Operations, {p2.phone}
Dr {p3.full}, {p3.email}""",
    # HR note
    """HR file note – annual review, {x.date}
Present: {p1.full} (employee), {p2.full} (line manager), {p3.rev} (HR)

{p1.first} raised ongoing friction with {p4.full} since the restructure. {p2.last} suggested mediation. {p1.possfirst} request to move to a 4-day week is approved from {x.date2}.
Salary: {x.price} p.a., paid into {p1.iban}.
Follow-up: {x.date3} at {x.time}, {x.room}.""",
    # insurance claim with card
    """Home contents claim – policy {x.policy}

Policyholder: {p1.full}
Date of birth: {p1.dob}
Address: {p1.addr}
{x.tel}: {p1.phone}
Email: {p1.email}

Date of loss: {x.date}, approx. {x.time}
What happened: water came through the ceiling from the flat above, occupied by {p2.full}. The building manager, {p3.g|Mr|Mrs} {p3.last}, shut off the supply. Painter's quote: {x.price}.

Excess to be charged to card {p1.card}; settlement to {p1.iban}.""",
    # school note
    """Dear parents/carers of {p2.first},

{p2.first} hurt an ankle during PE today. We couldn't reach you on {p1.mobile}, so we called the emergency contact on file, {p4.full} ({p4.phone}). {p2.first} was collected at {x.time}.

Please send in a medical note by {x.date}. The excursion to {x.town} (cost {x.price}) is still going ahead.

Kind regards,
{p3.g|Mr|Ms} {p3.last}
Year 4 teacher – {p1.last} family file""",
    # minutes
    """Minutes – committee meeting, {x.date}, {x.time}
Present: {p1.full} (chair), {p2.full}, {p3.full}, {p4.rev}
Apologies: {p5.last}
Minutes: {p2.init}

1. Treasurer's report: {p3.last} reported a balance of {x.price}; accounts checked by {p4.last}.
2. New members: {p6.full}, {p6.addr}, {p6.email} – approved.
3. Website: upgrade to {x.version}, {p2.last} to action.
4. Next meeting: {x.date2} at the Rose & Crown, {x.town}.""",
    # support ticket / delivery
    """Ticket {x.ref} – missed delivery, order {x.order}

Customer: {p1.full}
Delivery address: {p1.addr}
{x.mob}: {p1.mobile}
Email: {p1.email}

Hi team, the courier marked my {x.product} as delivered on {x.date} but it never arrived. My neighbour {p2.full} checked their porch too. Please refund {x.price} to the card ending {x.last4} or re-send.

Thanks,
{p1.first}

Agent note: spoke to {p1.g|Mr|Ms} {p1.last}, escalated to {p3.full} (Logistics).""",
    # e-mail with signature
    """Hi {p2.first},

Attached is quote {x.ref} for the kitchen ({x.product}), {x.price} incl. tax. Install is booked for {x.date}. Could you check with {p3.poss} team? Invoice {x.invoice} is still outstanding, by the way.

Cheers,
{p1.first}

--
{p1.full}
Customer Success | {x.company}
{x.tel} {p1.landline}
{x.mob} {p1.mobile}
{p1.email}""",
]


# ---------------------------------------------------------------------------------------------

FORMAT_LOCALE = {"CH": "de_CH", "DE": "de_DE", "AT": "de_AT", "FR": "fr_FR", "CHf": "fr_CH", "BE": "fr_BE",
                 "IT": "it_IT", "CHi": "it_CH", "GB": "en_GB", "US": "en_US", "CA": "en_CA", "AU": "en_AU", "NZ": "en_NZ"}


def generate(seed: int, per_lang: int) -> list[dict]:
    rng = random.Random(seed)
    fakers: dict[str, Faker] = {}
    for i, loc in enumerate(sorted({loc for locs in NAME_LOCALES.values() for loc in locs})):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed + i)
    docs = []
    for lang in ("de", "fr", "it", "en"):
        temps = TEMPLATES[lang]
        countries, weights = COUNTRIES[lang]
        for k in range(per_lang):
            ti = k % len(temps)
            country = rng.choices(countries, weights)[0]
            text, ents = render(temps[ti], Doc(rng, fakers, lang, country))
            docs.append({"id": f"hold-{lang}-{ti}-{k // len(temps)}", "locale": FORMAT_LOCALE[country], "lang": lang,
                         "text": text, "entities": ents})
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-lang", type=int, default=126, help="documents per language")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    args = ap.parse_args(argv)
    docs = generate(args.seed, args.per_lang)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents, {sum(len(d['entities']) for d in docs)} entities to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
