"""Eighteenth blind evaluation set ("holdout18") for the anonymizer.

Written by a helper session, blind: it read only the module docstrings of generate_holdout15.py, generate_holdout16.py
and generate_holdout17.py and the module docstring and the function evaluate_synthetic of evaluate.py (all extracted
with ``ast``).  It did not read the detectors (src/), the tests, the other generators or templates, any data set text,
or the git history; tarnkappe is never imported and the set was never run through the anonymizer or evaluate.py while
written.  Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout18.jsonl: 4 languages (de, fr, it, en) x 12 genres x 10 documents = 480
documents with 7,120 labelled values (PERSON 3,259, PHONE 1,314, ADDRESS 869, DOB 850, EMAIL 669, IBAN 146,
CARD 13; de 1,748, fr 1,752, it 1,826, en 1,794).  Regions: de -> DE/AT/CH, fr -> FR/BE/CH, it -> IT/CH,
en -> GB/US/IE (``locale`` is ``lang_REGION``).
Deterministic: ``random.Random`` seeded with ``"holdout18|<lang>|<genre>|<i>"`` (seed prefix ``holdout18``), Faker
(person names only) re-seeded per document from the same string; streets, towns, phones, e-mails, IBANs (valid ISO
13616 check digits) and cards (Luhn) come from lists and code written here.  Each record: ``id``, ``locale``,
``lang``, ``text``, ``entities`` (``start``, ``end``, ``type``, ``text``) with ``text[start:end] == text`` asserted.

Genres (chosen to differ from every genre listed in evaluate.py's docstring for holdout3..holdout17):
 1. climbing - climbing and bouldering gyms: liability waivers, belay-test registers (fixed width), access JSON;
 2. fertility - fertility clinics: couple intake forms, appointment letters, patient-portal messages;
 3. marina - marina berths: waiting lists (Markdown), berth contracts, harbour-master mails, mooring-fee CSV;
 4. chess - chess tournaments: entry lists and pairings (fixed width), registration mails, club chats;
 5. optician - opticians and hearing-aid acousticians: client cards (OCR capitals), reorder mails, order CSV;
 6. pianotuning - piano tuners: visit logs (TSV), customer letters, route sheets, text messages;
 7. speeddating - speed-dating evenings: participant lists, match sheets, organiser mails, lower-case chats;
 8. psychotherapy - psychotherapy practices: waiting lists, intake requests, referral letters;
 9. paragliding - tandem paragliding: health declarations, flight logs, voucher redemptions, booking JSON;
10. coworking - coworking spaces: member onboarding forms, door-access CSV exports, community chat, invoices;
11. wildlife - wildlife rescue stations: finder intake forms, foster-carer lists, hotline phone logs;
12. drone - drone pilots: operator registrations, landowner permission requests, flight-plan XML.
Formats: prose, "Label: value" forms, Markdown / CSV / TSV / fixed-width tables, JSON, XML, mails with signatures,
chat logs, OCR-like capitals, lower-case typing.  Unlabelled distractors: order, member, ticket, berth and voucher
numbers, prices, plain dates and times, versions, opening hours, role mailboxes, hotlines, companies and towns alone.

Labels: PERSON (the name as written, titles outside), PHONE, ADDRESS (street + number and/or postcode + town as one
span per line as written), DOB (full date of birth, cue word outside), EMAIL (personal; role mailboxes unlabelled),
IBAN, CARD.

Regenerate: python bench/privacy/generate_holdout18.py
"""

from __future__ import annotations

import hashlib
import json
import random
import unicodedata
from pathlib import Path

from faker import Faker

SEED = "holdout18"
OUT = Path(__file__).parent / "data" / "synthetic_holdout18.jsonl"
REGIONS = {"de": ["DE", "AT", "CH"], "fr": ["FR", "BE", "CH"], "it": ["IT", "CH"], "en": ["GB", "US", "IE"]}
FAKER_LOC = {("de", "DE"): "de_DE", ("de", "AT"): "de_AT", ("de", "CH"): "de_CH", ("fr", "FR"): "fr_FR",
             ("fr", "BE"): "fr_BE", ("fr", "CH"): "fr_CH", ("it", "IT"): "it_IT", ("it", "CH"): "it_IT",
             ("en", "GB"): "en_GB", ("en", "US"): "en_US", ("en", "IE"): "en_IE"}
ALL_LOC = sorted(set(FAKER_LOC.values()))
_FAKERS: dict[str, Faker] = {}

COMMUNITY = [
    ("Ayşe", "Yıldırım", "f"), ("Mehmet", "Öztürk", "m"), ("Fatima", "El Amrani", "f"), ("Youssef", "Benali", "m"),
    ("Agnieszka", "Wiśniewska", "f"), ("Krzysztof", "Nowak", "m"), ("Thi Lan", "Nguyen", "f"), ("Minh", "Tran", "m"),
    ("João", "Ferreira da Silva", "m"), ("Ana Luísa", "Gonçalves", "f"), ("Arben", "Krasniqi", "m"),
    ("Blerta", "Hoxha", "f"), ("Chukwuemeka", "Okonkwo", "m"), ("Adaeze", "Nwosu", "f"), ("Priya", "Raghunathan", "f"),
    ("Arjun", "Venkataraman", "m"), ("Wei", "Zhang", "m"), ("Xiaoling", "Chen", "f"), ("Nilufar", "Rahimi", "f"),
    ("Dawit", "Tesfaye", "m"), ("Selam", "Gebremedhin", "f"), ("Ioana", "Popescu", "f"), ("Dimitrios", "Papadopoulos",
                                                                                          "m"),
    ("Carmen", "Rodríguez Peña", "f"), ("Mateo", "Quispe", "m"), ("Maricel", "Dela Cruz", "f"), ("Yael", "Ben-David",
                                                                                                 "f"),
    ("Sung-min", "Park", "m"), ("Haruto", "Tanaka", "m"), ("Oksana", "Kovalenko", "f"), ("Tariq", "Haddad", "m"),
]
PARTICLE = {"de": ["von Arx", "von der Heyde", "zu Salm", "de Vries", "van den Berg", "Meyer-Lüthi",
                   "Schmid-Küng", "vom Bruch"],
            "fr": ["de la Fontaine", "d'Aubigné", "Le Goff", "Du Pasquier", "de Meuron", "Van Damme",
                   "Lefèvre-Durand", "de Saint-Exupéry"],
            "it": ["De Luca", "Dell'Acqua", "Lo Presti", "Di Stefano", "La Rosa", "D'Alessandro", "Dalla Valle",
                   "Degli Esposti"],
            "en": ["O'Sullivan", "McAllister", "Fitzgerald-Hart", "De Souza", "MacLeod", "Ní Bhriain",
                   "Van Buren", "St. John"]}

STREETS = {
    "DE": ["Lindenstraße", "Goethestr.", "Am Mühlbach", "Kastanienallee", "Bahnhofstraße", "Hauptstr.",
           "Schillerplatz", "Im Wiesengrund", "Friedrich-Ebert-Straße"],
    "AT": ["Hauptstraße", "Mariahilfer Straße", "Lerchenfelder Gürtel", "Grazer Straße", "Kirchengasse",
           "Am Anger"],
    "CH": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Rue du Marché", "Chemin des Vignes", "Via Nassa",
           "Via Cantonale", "Avenue de la Gare", "Rosenweg"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "impasse des Tilleuls",
           "place du Marché", "allée des Cerisiers"],
    "BE": ["Rue de la Loi", "Chaussée de Waterloo", "Avenue Louise", "Rue des Wallons", "Rue Saint-Gilles"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Piazza Cavour",
           "Via della Repubblica", "Vicolo Stretto"],
    "GB": ["Elm Grove", "King Street", "Victoria Road", "Church Lane", "Albert Terrace", "Mill Close"],
    "US": ["Oak Street", "Maple Avenue", "W 3rd St", "Sunset Blvd", "Lincoln Drive", "Pine Ridge Rd"],
    "IE": ["Main Street", "Church Road", "Strand Road", "Oakfield Park", "Bridge Street"],
}
TOWNS = {
    ("de", "DE"): [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("01067", "Dresden"),
                   ("79098", "Freiburg im Breisgau"), ("24103", "Kiel")],
    ("de", "AT"): [("1030", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("4020", "Linz")],
    ("de", "CH"): [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen")],
    ("fr", "FR"): [("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"), ("44000", "Nantes"),
                   ("67000", "Strasbourg"), ("35000", "Rennes")],
    ("fr", "BE"): [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"),
                   ("1348", "Louvain-la-Neuve")],
    ("fr", "CH"): [("1204", "Genève"), ("1003", "Lausanne"), ("2000", "Neuchâtel"), ("1700", "Fribourg"),
                   ("1950", "Sion")],
    ("it", "IT"): [("20121", "Milano"), ("00184", "Roma"), ("10123", "Torino"), ("40126", "Bologna"),
                   ("80138", "Napoli"), ("90133", "Palermo")],
    ("it", "CH"): [("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio")],
    ("en", "GB"): [("LS6 2AB", "Leeds"), ("M2 4LQ", "Manchester"), ("BS8 1TH", "Bristol"), ("EH3 9QG", "Edinburgh"),
                   ("CF10 3AT", "Cardiff")],
    ("en", "US"): [("97205", "Portland, OR"), ("60614", "Chicago, IL"), ("78701", "Austin, TX"),
                   ("02139", "Cambridge, MA"), ("30307", "Atlanta, GA")],
    ("en", "IE"): [("D08 X2P3", "Dublin 8"), ("T12 K8AF", "Cork"), ("H91 E2K3", "Galway"), ("F26 Y9W4", "Ballina")],
}
PROV = {"Milano": "MI", "Roma": "RM", "Torino": "TO", "Bologna": "BO", "Napoli": "NA", "Palermo": "PA"}
IT_CH_STREETS = ["Via Nassa", "Via Cantonale", "Via San Gottardo", "Viale Stazione", "Piazza Grande"]
FR_CH_STREETS = ["Rue du Marché", "Chemin des Vignes", "Avenue de la Gare", "Rue de Lausanne", "Route de Berne"]
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
MAILDOM = {"DE": ["gmx.de", "web.de", "t-online.de", "posteo.de"], "AT": ["gmx.at", "aon.at", "chello.at"],
           "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "BE": ["skynet.be", "telenet.be", "proximus.be"], "IT": ["libero.it", "alice.it", "tiscali.it"],
           "GB": ["btinternet.com", "yahoo.co.uk", "hotmail.co.uk"], "US": ["yahoo.com", "comcast.net", "aol.com"],
           "IE": ["eircom.net", "gmail.com", "outlook.ie"]}
COMMON_DOM = ["gmail.com", "outlook.com", "icloud.com", "proton.me"]

ASK = {
    "de": ["Kannst du das bitte kurz zusammenfassen?", "Bitte formuliere daraus eine freundliche Antwort.",
           "Mach mir bitte eine saubere Tabelle daraus.", "Was fehlt hier noch? Bitte prüfen.",
           "Bitte übersetze das ins Englische."],
    "fr": ["Peux-tu résumer ceci en quelques lignes ?", "Merci de rédiger une réponse polie.",
           "Mets-moi ça au propre dans un tableau, stp.", "Qu'est-ce qui manque ? Merci de vérifier.",
           "Traduis ce texte en anglais, s'il te plaît."],
    "it": ["Puoi riassumere questo testo?", "Scrivi una risposta cortese, per favore.",
           "Rimetti in ordine questa tabella.", "Cosa manca? Controlla per favore.",
           "Traduci in inglese, grazie."],
    "en": ["Can you summarise this for me?", "Please draft a polite reply.", "Tidy this up into a clean table.",
           "What is missing here? Please check.", "Please translate this into German."],
}
LB = {
    "de": dict(name="Name", first="Vorname", last="Nachname", dob="Geburtsdatum", phone="Telefon", mob="Mobil",
               email="E-Mail", addr="Adresse", street="Strasse", town="PLZ/Ort", iban="IBAN", card="Kartennummer",
               emerg="Notfallkontakt", date="Datum", mr="Herr", mrs="Frau", regards="Freundliche Grüsse",
               hi="Hallo", dear="Guten Tag", born="geb.", no="Nr.", price="Betrag", subj="Betreff"),
    "fr": dict(name="Nom", first="Prénom", last="Nom de famille", dob="Date de naissance", phone="Téléphone",
               mob="Portable", email="Courriel", addr="Adresse", street="Rue", town="NPA/Localité", iban="IBAN",
               card="N° de carte", emerg="Personne à prévenir", date="Date", mr="M.", mrs="Mme",
               regards="Bien cordialement", hi="Salut", dear="Bonjour", born="né(e) le", no="N°", price="Montant",
               subj="Objet"),
    "it": dict(name="Nome", first="Nome", last="Cognome", dob="Data di nascita", phone="Telefono", mob="Cellulare",
               email="E-mail", addr="Indirizzo", street="Via", town="CAP/Località", iban="IBAN", card="Numero carta",
               emerg="Contatto di emergenza", date="Data", mr="Sig.", mrs="Sig.ra", regards="Cordiali saluti",
               hi="Ciao", dear="Buongiorno", born="nato/a il", no="n.", price="Importo", subj="Oggetto"),
    "en": dict(name="Name", first="First name", last="Surname", dob="Date of birth", phone="Phone", mob="Mobile",
               email="Email", addr="Address", street="Street", town="Town/Postcode", iban="IBAN", card="Card number",
               emerg="Emergency contact", date="Date", mr="Mr", mrs="Ms", regards="Kind regards", hi="Hi",
               dear="Dear", born="born", no="No.", price="Amount", subj="Subject"),
}


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


class Doc:
    def __init__(self, rng: random.Random, case: str | None = None):
        self.rng, self.case, self.parts, self.ents, self.pos = rng, case, [], [], 0

    def _c(self, s: str, ent: bool) -> str:
        if self.case == "upper":
            s = s.upper()
            if not ent:
                s = "".join("0" if c == "O" and self.rng.random() < 0.08 else c for c in s)
        elif self.case == "lower":
            s = s.lower()
        return s

    def t(self, s: str) -> Doc:
        s = self._c(s, False)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, typ: str, s: str) -> Doc:
        s = self._c(s, True)
        assert s == s.strip() and s
        self.ents.append((self.pos, self.pos + len(s), typ, s))
        self.parts.append(s)
        self.pos += len(s)
        return self

    def put(self, x) -> Doc:
        if x is None:
            return self
        if isinstance(x, tuple):
            return self.e(*x)
        return self.t(str(x))

    def f(self, tpl: str, *args) -> Doc:
        bits = tpl.split("{}")
        assert len(bits) == len(args) + 1, tpl
        for b, a in zip(bits, args, strict=False):
            self.t(b).put(a)
        return self.t(bits[-1])

    def width(self, x) -> int:
        if x is None:
            return 0
        return len(self._c(x[1] if isinstance(x, tuple) else str(x), isinstance(x, tuple)))

    def form(self, rows, sep=": ", align=True) -> Doc:
        w = max(len(self._c(k, False)) for k, _ in rows) if align else 0
        for k, v in rows:
            if isinstance(v, list):
                self.t(k.ljust(w) + sep if align else k + sep)
                for j, x in enumerate(v):
                    self.t(", " if j else "").put(x)
                self.t("\n")
            else:
                self.t(k.ljust(w) + sep if align else k + sep).put(v).t("\n")
        return self

    def table(self, head, rows, style) -> Doc:
        if style == "md":
            self.t("| " + " | ".join(head) + " |\n|" + "---|" * len(head) + "\n")
            for r in rows:
                self.t("|")
                for c in r:
                    self.t(" ").put(c).t(" |")
                self.t("\n")
        elif style in ("csv", "tsv", "semi"):
            sep = {"csv": ",", "tsv": "\t", "semi": ";"}[style]
            self.t(sep.join(head) + "\n")
            for r in rows:
                for j, c in enumerate(r):
                    if j:
                        self.t(sep)
                    raw = c[1] if isinstance(c, tuple) else ("" if c is None else str(c))
                    q = sep in raw or (style == "csv" and self.rng.random() < 0.15)
                    self.t('"' if q else "").put(c).t('"' if q else "")
                self.t("\n")
        else:  # fixed width
            ws = [max([len(h)] + [self.width(r[j]) for r in rows]) + 2 for j, h in enumerate(head)]
            self.t("".join(h.ljust(w) for h, w in zip(head, ws, strict=True)).rstrip() + "\n")
            self.t("-" * (sum(ws) - 2) + "\n")
            for r in rows:
                for j, c in enumerate(r):
                    self.put(c)
                    if j < len(r) - 1:
                        self.t(" " * (ws[j] - self.width(c)))
                self.t("\n")
        return self

    def json(self, obj, ind=2, asc=False, lvl=0) -> Doc:
        pad = "\n" + " " * (ind * (lvl + 1)) if ind else ""
        end = "\n" + " " * (ind * lvl) if ind else ""
        if isinstance(obj, dict):
            self.t("{")
            for j, (k, v) in enumerate(obj.items()):
                self.t(("," if j else "") + pad + json.dumps(k) + ": ")
                self.json(v, ind, asc, lvl + 1)
            return self.t(end + "}")
        if isinstance(obj, list):
            self.t("[")
            for j, v in enumerate(obj):
                self.t(("," if j else "") + pad)
                self.json(v, ind, asc, lvl + 1)
            return self.t(end + "]")
        if isinstance(obj, tuple):
            s = json.dumps(obj[1], ensure_ascii=asc)
            return self.t('"').e(obj[0], s[1:-1]).t('"')
        return self.t(json.dumps(obj, ensure_ascii=False))

    def text(self) -> str:
        return "".join(self.parts)


class Ctx:
    def __init__(self, lang: str, region: str, key: str, case: str | None = None):
        self.lang, self.region = lang, region
        self.rng = random.Random(key)
        self.d = Doc(self.rng, case)
        self.L = LB[lang]
        self.seed = int(hashlib.sha256(key.encode()).hexdigest()[:12], 16)
        self.used: set[str] = set()

    def pick(self, xs):
        return self.rng.choice(xs)

    def tr(self, **kw) -> str:
        v = kw[self.lang]
        return self.pick(v) if isinstance(v, list) else v

    def faker(self, loc: str) -> Faker:
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        fk = _FAKERS[loc]
        if loc not in self.used:
            fk.seed_instance(self.seed + sum(map(ord, loc)))
            self.used.add(loc)
        return fk

    # ---- people
    def person(self, last: str | None = None) -> dict:
        r = self.rng.random()
        g = self.pick("mf")
        if r < 0.22:
            first, sur, g = self.pick(COMMUNITY)
        else:
            loc = FAKER_LOC[(self.lang, self.region)] if r < 0.86 else self.pick(ALL_LOC)
            fk = self.faker(loc)
            first = fk.first_name_female() if g == "f" else fk.first_name_male()
            sur = fk.last_name()
            if self.rng.random() < 0.12:
                sur = self.pick(PARTICLE[self.lang])
            elif self.rng.random() < 0.06:
                sur = sur + "-" + fk.last_name()
        if last:
            sur = last
        return {"first": first, "last": sur, "g": g}

    def nm(self, p: dict, style: str | None = None) -> tuple:
        st = style or self.pick(["fl", "fl", "fl", "lf", "LF", "il", "fl"])
        f, s = p["first"], p["last"]
        v = {"fl": f"{f} {s}", "lf": f"{s}, {f}", "LF": f"{s.upper()} {f}", "il": f"{f[0]}. {s}",
             "f": f, "l": s, "L": s.upper(), "ls": f"{s} {f}", "fli": f"{f} {s[0]}."}[st]
        return ("PERSON", v)

    def salut(self, p: dict) -> str:
        t = self.title(p)
        if self.lang == "de":
            return "Sehr geehrte Frau" if p["g"] == "f" else "Sehr geehrter Herr"
        if self.lang == "fr":
            return "Madame" if p["g"] == "f" else "Monsieur"
        if self.lang == "it":
            return "Gentile " + t
        return "Dear " + t

    def title(self, p: dict) -> str:
        return self.L["mrs"] if p["g"] == "f" else self.L["mr"]

    # ---- values
    def phone(self, mobile: bool | None = None) -> tuple:
        rg, R = self.region, self.rng
        mob = R.random() < 0.55 if mobile is None else mobile

        def d(n):
            return "".join(str(R.randint(0, 9)) for _ in range(n))
        k = R.randint(0, 3)
        if rg == "DE":
            if mob:
                pre = R.choice(["151", "160", "170", "176", "157"])
                v = [f"0{pre} {d(8)}", f"+49 {pre} {d(8)}", f"0{pre}/{d(4)} {d(4)}", f"+49 (0){pre} {d(3)} {d(5)}"][k]
            else:
                a = R.choice(["30", "89", "221", "351", "761", "431"])
                v = [f"0{a} {d(7)}", f"+49 {a} {d(7)}", f"(0{a}) {d(3)} {d(4)}", f"0{a}/{d(7)}"][k]
        elif rg == "AT":
            pre = R.choice(["664", "676", "699", "650"]) if mob else R.choice(["1", "316", "662", "512"])
            v = [f"0{pre} {d(7)}", f"+43 {pre} {d(7)}", f"+43 (0){pre} {d(3)} {d(4)}", f"0{pre}/{d(7)}"][k]
        elif rg == "CH":
            pre = R.choice(["79", "78", "76", "77"]) if mob else {"de": R.choice(["44", "31", "61", "41"]),
                                                                   "fr": R.choice(["22", "21", "32", "26"]),
                                                                   "it": "91"}[self.lang]
            a, b, c = d(3), d(2), d(2)
            v = [f"0{pre} {a} {b} {c}", f"+41 {pre} {a} {b} {c}", f"0041 {pre} {a} {b} {c}", f"0{pre}{a}{b}{c}"][k]
        elif rg == "FR":
            pre = R.choice(["6", "7"]) if mob else R.choice(["1", "4", "2", "3"])
            g = [d(2) for _ in range(4)]
            v = [f"0{pre} {' '.join(g)}", f"+33 {pre} {' '.join(g)}", f"0{pre}.{'.'.join(g)}", f"0{pre}{''.join(g)}"][k]
        elif rg == "BE":
            if mob:
                pre = R.choice(["470", "475", "486", "496"])
                v = [f"0{pre} {d(2)} {d(2)} {d(2)}", f"+32 {pre} {d(2)} {d(2)} {d(2)}", f"0{pre}/{d(6)}",
                     f"0032 {pre} {d(6)}"][k]
            else:
                v = [f"02 {d(3)} {d(2)} {d(2)}", f"+32 2 {d(3)} {d(2)} {d(2)}", f"04/{d(3)}.{d(2)}.{d(2)}",
                     f"081 {d(2)} {d(2)} {d(2)}"][k]
        elif rg == "IT":
            if mob:
                pre = R.choice(["333", "347", "339", "320", "392"])
                v = [f"{pre} {d(7)}", f"+39 {pre} {d(7)}", f"{pre} {d(3)} {d(4)}", f"+39 {pre}-{d(7)}"][k]
            else:
                a = R.choice(["02", "06", "011", "051", "081"])
                v = [f"{a} {d(8 - len(a) + 2)}", f"+39 {a} {d(7)}", f"{a}/{d(7)}", f"{a}-{d(4)}{d(3)}"][k]
        elif rg == "GB":
            if mob:
                v = [f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"07{d(3)}-{d(3)}-{d(3)}", f"+44 (0)7{d(3)} {d(6)}"][k]
            else:
                v = [f"020 {d(4)} {d(4)}", f"0113 {d(3)} {d(4)}", f"+44 (0)161 {d(3)} {d(4)}", f"+44 117 {d(7)}"][k]
        elif rg == "US":
            a = R.choice(["503", "312", "512", "617", "404"])
            v = [f"({a}) {d(3)}-{d(4)}", f"{a}-{d(3)}-{d(4)}", f"+1 {a} {d(3)} {d(4)}", f"{a}.{d(3)}.{d(4)}"][k]
        else:
            pre = R.choice(["85", "86", "87", "83"]) if mob else R.choice(["1", "21", "91", "96"])
            v = [f"0{pre} {d(3)} {d(4)}", f"+353 {pre} {d(3)} {d(4)}", f"(0{pre}) {d(7)}", f"+353{pre}{d(7)}"][k]
        return ("PHONE", v)

    def street(self) -> str:
        rg, R, lang = self.region, self.rng, self.lang
        n = R.randint(1, 140)
        if rg == "CH":
            s = {"de": R.choice(STREETS["CH"][:2] + STREETS["CH"][-1:]), "fr": R.choice(FR_CH_STREETS),
                 "it": R.choice(IT_CH_STREETS)}[lang]
            return f"{s} {n}"
        s = R.choice(STREETS[rg])
        if rg == "DE":
            return f"{s} {n}{R.choice(['', '', '', 'a', 'b'])}"
        if rg == "AT":
            return R.choice([f"{s} {n}", f"{s} {n}/{R.randint(1, 20)}",
                             f"{s} {n}/{R.randint(1, 4)}/{R.randint(1, 30)}"])
        if rg == "FR":
            return f"{n}{R.choice(['', '', ' bis', ' ter'])} {s}" if R.random() < 0.85 else f"{n}, {s}"
        if rg == "BE":
            return R.choice([f"{s} {n}", f"{s} {n} bte {R.randint(1, 12)}", f"{s}, {n}"])
        if rg == "IT":
            return R.choice([f"{s} {n}", f"{s}, {n}", f"{s} n. {n}", f"{s} {n}/{R.choice('ABC')}"])
        if rg == "GB":
            return R.choice([f"{n} {s}", f"Flat {R.randint(1, 9)}, {n} {s}"])
        if rg == "US":
            return R.choice([f"{n * 10 + R.randint(0, 9)} {s}", f"{n * 17} {s}, Apt {R.randint(1, 40)}",
                             f"{n * 11} {s} #{R.randint(2, 9)}"])
        return R.choice([f"{n} {s}", f"Apt {R.randint(1, 12)}, {n} {s}"])

    def town(self) -> str:
        pc, t = self.pick(TOWNS[(self.lang, self.region)])
        rg = self.region
        if rg in ("GB",):
            return f"{t} {pc}"
        if rg == "US":
            return f"{t} {pc}"
        if rg == "IE":
            return self.pick([f"{t} {pc}", f"{t}, {pc}"])
        if rg == "IT":
            return self.pick([f"{pc} {t} ({PROV[t]})", f"{pc} {t} {PROV[t]}", f"{pc} {t}"])
        if rg == "CH" and self.rng.random() < 0.3:
            return f"CH-{pc} {t}"
        if rg == "FR" and self.rng.random() < 0.3:
            return f"{pc} {t.upper()}"
        return f"{pc} {t}"

    def addr1(self) -> tuple:
        return ("ADDRESS", f"{self.street()}, {self.town()}")

    def addr2(self) -> tuple[tuple, tuple]:
        return ("ADDRESS", self.street()), ("ADDRESS", self.town())

    def dob(self, lo=1938, hi=2009) -> tuple:
        R, lang = self.rng, self.lang
        y, m, dd = R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)
        mn = MONTHS[lang][m - 1]
        k = R.randint(0, 4)
        if lang == "de":
            v = [f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd}. {mn} {y}", f"{y}-{m:02d}-{dd:02d}",
                 f"{dd:02d}.{m:02d}.{y % 100:02d}"][k]
            if self.region == "AT" and m == 1 and k == 2:
                v = f"{dd}. Jänner {y}"
        elif lang == "fr":
            v = [f"{dd:02d}/{m:02d}/{y}", f"{'1er' if dd == 1 else dd} {mn} {y}", f"{dd:02d}.{m:02d}.{y}",
                 f"{y}-{m:02d}-{dd:02d}", f"{dd}/{m}/{y}"][k]
        elif lang == "it":
            v = [f"{dd:02d}/{m:02d}/{y}", f"{'1°' if dd == 1 else dd} {mn} {y}", f"{dd:02d}-{m:02d}-{y}",
                 f"{dd}.{m}.{y}", f"{y}-{m:02d}-{dd:02d}"][k]
        else:
            suf = "th" if 10 < dd < 14 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
            if self.region == "US":
                v = [f"{m:02d}/{dd:02d}/{y}", f"{mn} {dd}, {y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}",
                     f"{mn[:3]} {dd}{suf}, {y}"][k]
            else:
                v = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {mn} {y}", f"{dd}{suf} {mn} {y}", f"{y}-{m:02d}-{dd:02d}",
                     f"{dd} {mn[:3]} {y}"][k]
        return ("DOB", v)

    def date(self) -> str:
        """Unlabelled non-birth date."""
        R = self.rng
        y, m, dd = R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28)
        if self.lang == "en":
            return self.pick([f"{dd} {MONTHS['en'][m - 1]} {y}", f"{y}-{m:02d}-{dd:02d}"] +
                             ([f"{m}/{dd}/{y}"] if self.region == "US" else [f"{dd:02d}/{m:02d}/{y}"]))
        sep = "." if self.lang == "de" else "/"
        return self.pick([f"{dd:02d}{sep}{m:02d}{sep}{y}", f"{dd} {MONTHS[self.lang][m - 1]} {y}"])

    def time(self) -> str:
        h, mi = self.rng.randint(7, 21), self.pick([0, 15, 30, 45])
        return f"{h}:{mi:02d}" if self.lang == "en" and self.region == "US" else f"{h:02d}:{mi:02d}"

    def price(self) -> str:
        v = self.rng.randint(8, 900) + self.pick([0, 0.5, 0.9, 0.25])
        cur = {"CH": "CHF", "GB": "£", "US": "$"}.get(self.region, "€")
        s = f"{v:.2f}"
        if self.lang in ("de", "fr", "it"):
            s = s.replace(".", ",")
        return f"{cur} {s}" if cur in ("CHF", "£", "$") else f"{s} €"

    def ref(self, pre: str) -> str:
        return f"{pre}-{self.rng.randint(1000, 99999)}"

    def email(self, p: dict | None) -> tuple:
        R = self.rng
        if p is None:
            p = self.person()
        f, s = ascii_fold(p["first"]).lower().replace(" ", ""), ascii_fold(p["last"]).lower()
        s = s.replace(" ", "").replace("'", "")
        local = R.choice([f"{f}.{s}", f"{f[0]}{s}", f"{f}{s[:4]}{R.randint(1, 99)}", f"{s}.{f}", f"{f}_{s}",
                          f"{s}{R.randint(60, 99)}"])
        dom = R.choice(MAILDOM[self.region] + COMMON_DOM)
        return ("EMAIL", f"{local}@{dom}")

    def iban(self, grouped: bool | None = None) -> tuple:
        R = self.rng
        rg = self.region

        def d(n):
            return "".join(str(R.randint(0, 9)) for _ in range(n))
        if rg == "GB":
            bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + d(14)
        elif rg == "IE":
            bban = R.choice(["AIBK", "BOFI"]) + d(14)
        elif rg == "US":
            rg, bban = "DE", d(18)
        elif rg == "FR":
            bank, gui, acc = d(5), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97
            bban = f"{bank}{gui}{acc}{key:02d}"
        elif rg == "BE":
            b = d(10)
            c = int(b) % 97 or 97
            bban = f"{b}{c:02d}"
        elif rg == "IT":
            bban = R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + d(10) + d(12)
        else:
            bban = d({"DE": 18, "AT": 16, "CH": 17}[rg])
        s = rg + iban_check(rg, bban) + bban
        assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
        g = R.random() < 0.6 if grouped is None else grouped
        return ("IBAN", " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if g else s)

    def card(self) -> tuple:
        R = self.rng
        pre = R.choice(["4", "51", "53", "55", "2221"])
        body = pre + "".join(str(R.randint(0, 9)) for _ in range(15 - len(pre)))
        tot = 0
        for i, c in enumerate(reversed(body)):
            x = int(c)
            if i % 2 == 0:
                x = x * 2 - 9 if x * 2 > 9 else x * 2
            tot += x
        num = body + str((10 - tot % 10) % 10)
        return ("CARD", R.choice([num, " ".join(num[i:i + 4] for i in range(0, 16, 4)),
                                  "-".join(num[i:i + 4] for i in range(0, 16, 4))]))

    def ask(self) -> str:
        return self.pick(ASK[self.lang])

    def sign(self, p: dict, phone=True, email=True, org: str | None = None):
        d = self.d
        d.t("\n" + self.L["regards"] + "\n").put(self.nm(p, "fl")).t("\n")
        if org:
            d.t(org + "\n")
        if phone:
            d.t(self.pick(["Tel. ", "T ", "", "📞 "])).put(self.phone()).t("\n")
        if email:
            d.put(self.email(p)).t("\n")


def mailhead(c: Ctx, sender: dict, to_role: str, subject: str, org_dom: str):
    d = c.d
    d.t("From: ").put(c.nm(sender, "fl")).t(" <").put(c.email(sender)).t(">\n")
    d.t(f"To: {to_role}@{org_dom}\n{c.L['subj']}: {subject}\n\n")


# ============================================================== genres
def g_climbing(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    gym = c.pick(["Boulderhalle Griffig", "Vertical Club", "BlocZone", "Kletterwerk Nord", "Salle Prise d'Or",
                  "Parete Rossa", "Crux Factory"])
    v = i % 4
    if v == 0:
        d.t(c.ask() + "\n\n")
        d.t(tr(de="HAFTUNGSVERZICHT / TEILNAHMEERKLÄRUNG", fr="DÉCHARGE DE RESPONSABILITÉ",
               it="LIBERATORIA DI RESPONSABILITÀ", en="CLIMBING WAIVER AND RELEASE") + f" - {gym}\n")
        d.t(f"{L['no']} {c.ref('W')}   Version 3.2\n\n")
        p = c.person()
        a1, a2 = c.addr2()
        d.form([(L["last"], c.nm(p, "l")), (L["first"], c.nm(p, "f")), (L["dob"], c.dob(1960, 2008)),
                (L["street"], a1), (L["town"], a2), (L["mob"], c.phone(True)), (L["email"], c.email(p))])
        e = c.person()
        d.t(f"\n{L['emerg']}: ").put(c.nm(e, "fl")).t(" (").t(tr(de="Partnerin", fr="conjoint", it="coniuge",
                                                                    en="partner")).t(") ").put(c.phone()).t("\n")
        if c.rng.random() < 0.5:
            k = c.person(p["last"])
            d.t(tr(de="Mitkletterndes Kind", fr="Enfant accompagné", it="Figlio/a", en="Accompanied child") + ": ")
            d.put(c.nm(k, "fl")).t(", ").put(c.dob(2011, 2019)).t("\n")
        if c.rng.random() < 0.5:
            d.t("SEPA " + L["iban"] + ": ").put(c.iban()).t("\n")
        d.t(f"\n{L['date']}: {c.date()}   {tr(de='Eintritt', fr='Entrée', it='Ingresso', en='Entry')}: {c.price()}\n")
        d.t(tr(de="Unterschrift", fr="Signature", it="Firma", en="Signature") + ": ").put(c.nm(p, "il")).t("\n")
    elif v == 1:
        d.t(tr(de="Toprope-/Vorstiegsschein Register", fr="Registre des passeports grimpe",
               it="Registro brevetti arrampicata", en="Belay test register") + f" {gym}, " + c.date() + "\n\n")
        rows = []
        for _ in range(c.rng.randint(6, 8)):
            p = c.person()
            rows.append([c.nm(p, c.pick(["LF", "ls", "fl"])), c.dob(1955, 2010), c.phone(),
                         c.pick(["Toprope", "Vorstieg", "Lead", "TR"]), c.pick(["OK", "OK", "n.b."]),
                         c.nm(c.person(), "fli")])
        d.table([L["name"], L["dob"][:10], L["phone"], "Test", "Res.", tr(de="Prüfer", fr="Examinateur",
                                                                          it="Esaminatore", en="Examiner")],
                rows, "fixed")
        d.t("\n" + c.ask() + "\n")
    elif v == 2:
        d.t(c.ask() + "\n```json\n")
        recs = []
        for _ in range(c.rng.randint(4, 5)):
            p = c.person()
            recs.append({"member_id": c.rng.randint(10000, 99999), "first_name": c.nm(p, "f"),
                         "last_name": c.nm(p, "l"), "birthdate": ("DOB", c.dob(1970, 2008)[1]),
                         "email": c.email(p), "phone": c.phone(), "pass": c.pick(["10er", "Abo", "Day"]),
                         "last_checkin": f"2026-0{c.rng.randint(1, 9)}-1{c.rng.randint(0, 9)}T18:22:05Z"})
        d.json({"export": "access-control", "version": "2.4.1", "members": recs}, asc=c.rng.random() < 0.3)
        d.t("\n```\n")
    else:
        p = c.person()
        kid = c.person(p["last"])
        mailhead(c, p, "info", tr(de="Anmeldung Kinderkletterkurs", fr="Inscription cours enfants",
                                  it="Iscrizione corso bambini", en="Kids climbing course"), "crux-factory.example")
        d.f(tr(de="{},\nich möchte meine Tochter {} (geb. {}) für den Kurs ab {} anmelden. Abholen darf auch "
                  "ihr Opa {}, Tel. {}. Unsere Adresse: {}.\nDie Gebühr von {} zahle ich per Karte {}.\n",
               fr="{},\nje souhaite inscrire ma fille {} (née le {}) au cours du {}. Son grand-père {} "
                  "peut venir la chercher, tél. {}. Adresse : {}.\nJe règle les {} par carte {}.\n",
               it="{},\nvorrei iscrivere mia figlia {} (nata il {}) al corso dal {}. Può ritirarla anche il "
                  "nonno {}, tel. {}. Indirizzo: {}.\nPago la quota di {} con la carta {}.\n",
               en="{},\nI'd like to sign my daughter {} (born {}) up for the course starting {}. Her grandad "
                  "{} may also collect her, phone {}. Our address: {}.\nI'll pay the {} by card {}.\n"),
            L["dear"], c.nm(kid, "fl"), c.dob(2012, 2019), c.date(), c.nm(c.person(), "fl"), c.phone(),
            c.addr1(), c.price(), c.card() if c.rng.random() < 0.35 else "xxxx " + str(c.rng.randint(1000, 9999)))
        c.sign(p)


def g_fertility(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    clinic = c.pick(["Kinderwunschzentrum am See", "Centre PMA Horizon", "Centro Procreazione Aurora",
                     "Hope Fertility Clinic"])
    p1, p2 = c.person(), c.person()
    v = i % 4
    if v in (0, 2):
        d.t(c.ask() + "\n\n" + clinic + " - " + tr(de="Paaranamnese", fr="Questionnaire couple",
                                                   it="Anamnesi di coppia", en="Couple intake form") + "\n")
        d.t(f"Patient-ID {c.ref('KW')}   {L['date']} {c.date()}\n\n")
        for tag, p in (("A", p1), ("B", p2)):
            d.t(f"[{tag}]\n")
            a1, a2 = c.addr2()
            d.form([(L["name"], c.nm(p, c.pick(["fl", "lf"]))), (L["dob"], c.dob(1975, 2000)),
                    (L["addr"], [a1, a2]), (L["phone"], c.phone()), (L["email"], c.email(p))],
                   align=v == 0)
            d.t("\n")
        d.f(tr(de="Überweisung durch Dr. {}, Praxis Tel. {}.\nRechnungs-IBAN: {}\n",
               fr="Adressé par le Dr {}, cabinet {}.\nIBAN pour remboursement : {}\n",
               it="Inviati dal dott. {}, studio {}.\nIBAN per rimborsi: {}\n",
               en="Referred by Dr {}, surgery {}.\nIBAN for refunds: {}\n"),
            c.nm(c.person(), "l"), c.phone(False), c.iban())
        if v == 2:
            d.t(tr(de="ÖFFNUNGSZEITEN Mo-Fr 07:30-16:00", fr="Horaires lun-ven 7h30-16h", it="Orari lun-ven 7:30-16",
                   en="Opening hours Mon-Fri 7.30am-4pm") + "\n")
    elif v == 1:
        d.t(tr(de="Bitte fass den Brief in einfachen Worten zusammen:\n\n",
               fr="Explique-moi cette lettre simplement :\n\n", it="Spiegami questa lettera in modo semplice:\n\n",
               en="Explain this letter in plain words please:\n\n"))
        d.t(clinic + "\n")
        a1, a2 = c.addr2()
        d.t(c.title(p1) + " ").put(c.nm(p1, "fl")).t("\n").put(a1).t("\n").put(a2).t("\n\n")
        d.f(tr(de="{} {},\nIhr nächster Termin (Ultraschall, Zyklustag 10) ist am {} um {} Uhr. Bitte bringen Sie "
                  "Ihren Partner {} (geb. {}) mit. Rückfragen an Frau {}, Durchwahl {}.\n",
               fr="{} {},\nVotre prochain rendez-vous (échographie, J10) est le {} à {}. Merci de venir avec "
                  "votre conjoint {} (né le {}). Questions : Mme {}, ligne directe {}.\n",
               it="{} {},\nil prossimo appuntamento (ecografia, giorno 10) è il {} alle {}. La preghiamo di "
                  "venire con il partner {} (nato il {}). Per domande: sig.ra {}, linea diretta {}.\n",
               en="{} {},\nYour next appointment (scan, cycle day 10) is on {} at {}. Please bring your partner "
                  "{} (DOB {}). Questions to Ms {}, direct line {}.\n"),
            c.salut(p1), c.nm(p1, "l"), c.date(), c.time(), c.nm(p2, "fl"), c.dob(1972, 1999),
            c.nm(c.person(), "l"), c.phone(False))
        d.f(tr(de="\nIhre Patientennummer: {} (bitte nicht mit dem Geburtsdatum {} verwechseln).\n",
               fr="\nVotre n° patient : {} (à ne pas confondre avec la date de naissance {}).\n",
               it="\nNumero paziente: {} (da non confondere con la data di nascita {}).\n",
               en="\nPatient number: {} (not to be confused with date of birth {}).\n"),
            c.ref("P"), c.dob(1976, 1999))
        d.t(L["regards"] + "\nDr. med. ").put(c.nm(c.person(), "fl")).t("\n")
    else:
        d.t(tr(de="Nachrichten aus dem Patientenportal, bitte Antwort vorschlagen:\n",
               fr="Messages du portail patient, propose une réponse :\n",
               it="Messaggi dal portale pazienti, proponi una risposta:\n",
               en="Patient portal messages, suggest a reply:\n"))
        for _ in range(c.rng.randint(3, 4)):
            d.t(f"\n[{c.date()} {c.time()}] ").put(c.nm(p1, c.pick(["fl", "f"]))).t(": ")
            d.f(tr(de="Können wir den Termin verschieben? Mein Mann {} ist erreichbar unter {}.",
                   fr="Peut-on décaler le rendez-vous ? Mon mari {} est joignable au {}.",
                   it="Possiamo spostare l'appuntamento? Mio marito {} è raggiungibile al {}.",
                   en="Can we move the appointment? My husband {} is on {}."), c.nm(p2, "f"), c.phone())
            d.t("\n[" + c.time() + "] Team: ").f(tr(de="Gern, Frau {}. Bitte bestätigen Sie Ihr Geburtsdatum.",
                                                   fr="Bien sûr, Mme {}. Confirmez votre date de naissance svp.",
                                                   it="Certo, sig.ra {}. Confermi la data di nascita.",
                                                   en="Sure, Ms {}. Please confirm your date of birth."),
                                                c.nm(p1, "l"))
            d.t("\n").put(c.nm(p1, "f")).t(": ").put(c.dob(1978, 1998))
        d.f("\n\n{} {} / {}\n", L["addr"] + ":", c.addr1(), c.email(p1))


def g_marina(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    v = i % 4
    harbour = c.pick(["Yachthafen Seeblick", "Port de plaisance des Mouettes", "Porto turistico Lanterna",
                      "Harbour Point Marina"])
    if v == 0:
        d.t(c.ask() + "\n\n## " + tr(de="Warteliste Bootsplätze", fr="Liste d'attente anneaux",
                                     it="Lista d'attesa posti barca", en="Berth waiting list") + f" - {harbour}\n\n")
        rows = []
        for k in range(c.rng.randint(6, 7)):
            p = c.person()
            rows.append([str(k + 1), c.nm(p, c.pick(["lf", "fl", "LF"])), c.addr1(), c.phone(),
                         f"{c.rng.randint(6, 14)},{c.rng.randint(0, 9)} m", c.date(), c.nm(c.person(), "fl")])
        d.table(["#", L["name"], L["addr"], L["phone"], tr(de="Länge", fr="Longueur", it="Lunghezza", en="LOA"),
                 tr(de="seit", fr="depuis", it="dal", en="since"),
                 tr(de="Bürge", fr="Parrain", it="Garante", en="Sponsor")], rows, "md")
    elif v == 1:
        p = c.person()
        d.t(tr(de="Liegeplatzvertrag", fr="Contrat d'amarrage", it="Contratto di ormeggio", en="Berth agreement")
            + f" {c.ref('LP')}\n\n")
        a1, a2 = c.addr2()
        d.form([(tr(de="Mieter", fr="Locataire", it="Conduttore", en="Berth holder"), c.nm(p, "fl")),
                (L["dob"], c.dob(1940, 1995)), (L["street"], a1), (L["town"], a2), (L["phone"], c.phone(False)),
                (L["mob"], c.phone(True)), (L["email"], c.email(p)),
                (tr(de="Mitbesitzer", fr="Copropriétaire", it="Comproprietario", en="Co-owner"),
                 c.nm(c.person(), "fl")),
                (tr(de="Boot", fr="Bateau", it="Imbarcazione", en="Vessel"), c.pick(["Bavaria 32", "Dufour 360",
                                                                                     "Jeanneau SO 349"])),
                (tr(de="Platz", fr="Anneau", it="Posto", en="Berth"), f"{c.pick('ABCD')}-{c.rng.randint(1, 80)}"),
                (tr(de="Jahresgebühr", fr="Redevance", it="Canone", en="Annual fee"), c.price()),
                (L["iban"], c.iban())])
        d.t("\n" + c.ask() + "\n")
    elif v == 2:
        hm = c.person()
        p = c.person()
        mailhead(c, p, "hafenmeister", tr(de="Winterlager / Kran", fr="Hivernage", it="Rimessaggio",
                                          en="Winter storage / lift-out"), "marina.example")
        d.f(tr(de="{} {},\nunser Boot kommt am {} raus. Schlüssel hat mein Nachbar {} ({}). "
                  "Die Rechnung bitte an {} senden.\n",
               fr="{} {},\nnotre bateau sort de l'eau le {}. Mon voisin {} ({}) a les clés. "
                  "Facture à envoyer au {}.\n",
               it="{} {},\nla barca esce il {}. Le chiavi le ha il mio vicino {} ({}). "
                  "Fattura a {}.\n",
               en="{} {},\nour boat comes out on {}. My neighbour {} ({}) has the keys. "
                  "Please send the invoice to {}.\n"),
            c.salut(hm), c.nm(hm, "l"), c.date(), c.nm(c.person(), "fl"), c.phone(), c.addr1())
        c.sign(p)
        d.t("\n> " + tr(de="Antwort Hafenmeister", fr="Réponse capitainerie", it="Risposta", en="Reply") + ": ")
        d.f(tr(de="Kran {} Uhr, {} inkl. MwSt. Gruss {}\n", fr="Grue à {}, {} TTC. {}\n",
               it="Gru alle {}, {} IVA incl. {}\n", en="Lift at {}, {} incl. VAT. {}\n"),
            c.time(), c.price(), c.nm(hm, "fl"))
    else:
        d.t(tr(de="Liegegebühren Export (CSV), bitte Summen prüfen:\n",
               fr="Export redevances (CSV), vérifie les totaux :\n",
               it="Export canoni (CSV), controlla i totali:\n", en="Mooring fees export, check totals:\n"))
        rows = []
        for _ in range(c.rng.randint(5, 6)):
            p = c.person()
            rows.append([f"{c.pick('ABCD')}{c.rng.randint(1, 60)}", c.nm(p, "l"), c.nm(p, "f"), c.email(p),
                         c.iban(False), c.price().replace("€", "").strip()])
        d.table(["berth", "last", "first", "email", "iban", "fee"], rows, c.pick(["csv", "semi"]))


def g_chess(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    v = i % 4
    if v == 0:
        d.t(tr(de="Open-Turnier Teilnehmerliste", fr="Open - liste des inscrits", it="Open - elenco iscritti",
               en="Open tournament entry list") + f" (Runde {c.rng.randint(1, 7)}, {c.date()})\n\n")
        rows = []
        for k in range(c.rng.randint(8, 10)):
            p = c.person()
            rows.append([str(k + 1), c.nm(p, c.pick(["lf", "LF"])), str(c.rng.randint(1100, 2400)),
                         str(c.rng.randint(1000000, 29999999)), c.dob(1945, 2014)])
        d.table(["Nr", L["name"], "Elo", "FIDE-ID", L["dob"]], rows, "fixed")
        d.t("\n" + c.ask() + "\n")
    elif v == 1:
        p = c.person()
        mailhead(c, p, "turnier", tr(de="Anmeldung Jugendopen", fr="Inscription open jeunes",
                                     it="Iscrizione open giovanile", en="Junior open entry"), "schachclub.example")
        kid = c.person(p["last"])
        d.f(tr(de="{},\nhiermit melde ich {} an, geboren am {}, Elo {}. Begleitperson: {}, {}.\n"
                  "Startgeld {} überweise ich vom Konto {}.\n",
               fr="{},\nj'inscris {}, né(e) le {}, Elo {}. Accompagnateur : {}, {}.\n"
                  "Les frais de {} seront virés depuis {}.\n",
               it="{},\niscrivo {}, nato/a il {}, Elo {}. Accompagnatore: {}, {}.\n"
                  "La quota di {} sarà bonificata da {}.\n",
               en="{},\nI'd like to enter {}, born {}, rating {}. Accompanying adult: {}, {}.\n"
                  "I will transfer the {} entry fee from {}.\n"),
            L["dear"], c.nm(kid, "fl"), c.dob(2008, 2017), str(c.rng.randint(900, 1700)), c.nm(p, "fl"),
            c.phone(True), c.price(), c.iban())
        c.sign(p, email=False)
        d.t(c.ask() + "\n")
    elif v == 2:
        d.t(tr(de="Vereinschat, bitte Fahrgemeinschaften ableiten:\n", fr="Chat du club, organise le covoiturage :\n",
               it="Chat del circolo, organizza i passaggi:\n", en="Club chat, work out the lifts:\n"))
        ps = [c.person() for _ in range(4)]
        c.d.case = c.d.case or ("lower" if c.rng.random() < 0.5 else None)
        for _ in range(c.rng.randint(6, 8)):
            a, b = c.pick(ps), c.pick(ps)
            d.t(f"{c.date()}, {c.time()} - ").put(c.nm(a, "f")).t(": ")
            d.f(c.pick([tr(de="kann {} mitnehmen, treffpunkt {}", fr="je peux prendre {}, rdv {}",
                           it="posso portare {}, ritrovo {}", en="can give {} a lift, meet at {}"),
                        tr(de="{} ist krank, neue nummer {}", fr="{} est malade, nouveau numéro {}",
                           it="{} è malato, nuovo numero {}", en="{} is ill, new number {}")]),
                c.nm(b, "f"), c.pick([c.phone(), ("ADDRESS", c.street())]))
            d.t("\n")
    else:
        d.t(c.ask() + "\n")
        yr, ver = c.rng.randint(2025, 2026), c.rng.randint(0, 9)
        d.t(f"<tournament name=\"Open {yr}\" rounds=\"7\" version=\"1.{ver}\">\n")
        for _ in range(c.rng.randint(4, 5)):
            p = c.person()
            d.t("  <player>\n    <surname>").put(c.nm(p, "l")).t("</surname>\n    <firstname>").put(c.nm(p, "f"))
            d.t("</firstname>\n    <birthdate>").put(c.dob(1950, 2012)).t("</birthdate>\n    <email>")
            d.put(c.email(p)).t("</email>\n    <rating>" + str(c.rng.randint(1000, 2300)) + "</rating>\n  </player>\n")
        d.t("</tournament>\n")


def g_optician(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    v = i % 4
    shop = c.pick(["Optik Klarblick", "Optique Lumière", "Ottica Nitida", "ClearView Opticians", "Hörwelt Akustik"])
    if v == 0:
        c.d.case = "upper"
        d.t(tr(de="Kundenkarte", fr="Fiche client", it="Scheda cliente", en="Client record card") + f" {shop}\n")
        p = c.person()
        a1, a2 = c.addr2()
        d.form([(L["name"], c.nm(p, "LF")), (L["dob"], c.dob(1935, 2005)), (L["addr"], a1), ("", a2),
                (L["phone"], c.phone()), ("SPH R/L", "-2,25 / -2,50"), ("ADD", "+1,75"),
                (tr(de="Augenarzt", fr="Ophtalmo", it="Oculista", en="Optometrist"), c.nm(c.person(), "il"))],
               align=False)
        c.d.case = None
        d.t("\n" + c.ask() + "\n")
    elif v == 1:
        p = c.person()
        mailhead(c, p, "service", tr(de="Nachbestellung Kontaktlinsen", fr="Renouvellement lentilles",
                                     it="Riordino lenti a contatto", en="Contact lens reorder"), "optik.example")
        d.f(tr(de="Hallo,\nbitte wieder 6 Monatslinsen (Bestellung {}) für mich und meinen Sohn {} (geb. {}). "
                  "Lieferung an {}. Zahlung mit Karte {}.\n",
               fr="Bonjour,\nmerci de renouveler 6 lentilles mensuelles (commande {}) pour moi et mon fils {} "
                  "(né le {}). Livraison : {}. Paiement par carte {}.\n",
               it="Buongiorno,\nvorrei riordinare 6 lenti mensili (ordine {}) per me e mio figlio {} "
                  "(nato il {}). Consegna: {}. Pago con carta {}.\n",
               en="Hello,\nplease reorder 6 monthly lenses (order {}) for me and my son {} (DOB {}). "
                  "Deliver to {}. Pay with card {}.\n"),
            c.ref("B"), c.nm(c.person(p["last"]), "f"), c.dob(2004, 2012), c.addr1(),
            c.card() if c.rng.random() < 0.3 else "**** " + str(c.rng.randint(1000, 9999)))
        c.sign(p)
    elif v == 2:
        d.t(tr(de="Hörgeräte-Auftragsliste, bitte nach Krankenkasse sortieren:\n",
               fr="Liste des appareillages auditifs, trie par caisse :\n",
               it="Elenco apparecchi acustici, ordina per cassa:\n", en="Hearing aid orders, sort by insurer:\n"))
        rows = []
        for _ in range(c.rng.randint(5, 6)):
            p = c.person()
            rows.append([c.ref("HA"), c.nm(p, "fl"), c.dob(1930, 1970), c.phone(False), c.nm(c.person(), "il"),
                         c.pick(["AOK", "Helsana", "MGEN", "CSS", "BUPA", "VHI"])])
        d.table(["order", L["name"], L["dob"], L["phone"], "ENT", "insurer"], rows, c.pick(["csv", "tsv"]))
    else:
        d.t(tr(de="WhatsApp mit Kundin, bitte Abholtermin vorschlagen:\n",
               fr="WhatsApp avec une cliente, propose un rendez-vous :\n",
               it="WhatsApp con cliente, proponi un appuntamento:\n", en="WhatsApp with a client, suggest a slot:\n"))
        p = c.person()
        ph = c.phone(True)
        for _ in range(3):
            d.t(f"[{c.time()}] ").put(ph).t(": ").f(tr(de="hier {}, brille fertig? mein mann {} holt sie ab",
                                                       fr="c'est {}, lunettes prêtes ? mon mari {} passe",
                                                       it="sono {}, occhiali pronti? passa mio marito {}",
                                                       en="it's {}, glasses ready? my husband {} will collect"),
                                                    c.nm(p, "f"), c.nm(c.person(p["last"]), "fl")).t("\n")
            d.t(f"[{c.time()}] {shop}: ").f(tr(de="Ja, ab {} Uhr, Auftrag {}, Rest {}",
                                               fr="Oui, dès {}, commande {}, solde {}",
                                               it="Sì, dalle {}, ordine {}, saldo {}",
                                               en="Yes, from {}, job {}, balance {}"),
                                            c.time(), c.ref("A"), c.price()).t("\n")
        d.f("{}: {}, {}, {}\n", L["addr"], c.nm(p, "fl"), c.addr1(), c.email(p))


def g_piano(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    v = i % 4
    if v == 0:
        d.t(tr(de="Stimmtour", fr="Tournée d'accord", it="Giro accordature", en="Tuning round") + f" {c.date()}\n")
        rows = []
        for _ in range(c.rng.randint(5, 7)):
            p = c.person()
            rows.append([c.time(), c.nm(p, c.pick(["fl", "lf", "l"])), c.addr1(), c.phone(),
                         c.pick(["Bechstein 1911", "Yamaha U3", "Steinway B", "Petrof P125", "Kawai K-300"]),
                         "440 Hz"])
        d.table([tr(de="Zeit", fr="Heure", it="Ora", en="Time"), L["name"], L["addr"], L["phone"], "Piano", "A4"],
                rows, "tsv")
        d.t("\n" + c.ask() + "\n")
    elif v == 1:
        p, t = c.person(), c.person()
        a1, a2 = c.addr2()
        d.t(c.ask() + "\n\n").put(c.nm(t, "fl")).t(" - " + tr(de="Klavierbaumeister", fr="accordeur",
                                                                it="accordatore", en="piano technician") + "\n")
        d.put(c.addr1()).t(" · ").put(c.phone(False)).t("\n\n")
        d.t(c.title(p) + " ").put(c.nm(p, "fl")).t("\n").put(a1).t("\n").put(a2).t("\n\n")
        d.f(tr(de="Rechnung {} vom {}\nStimmung + Intonation {}\nBitte überweisen auf {}.\n",
               fr="Facture {} du {}\nAccord + harmonisation {}\nMerci de virer sur {}.\n",
               it="Fattura {} del {}\nAccordatura + intonazione {}\nBonifico su {}.\n",
               en="Invoice {} dated {}\nTuning + voicing {}\nPlease pay to {}.\n"),
            c.ref("R"), c.date(), c.price(), c.iban())
    elif v == 2:
        d.t(tr(de="SMS-Verlauf, bitte Termine in Kalenderform:\n", fr="SMS, mets les rendez-vous en agenda :\n",
               it="SMS, metti gli appuntamenti in agenda:\n", en="Texts, turn into calendar entries:\n"))
        c.d.case = "lower" if c.rng.random() < 0.5 else None
        for _ in range(c.rng.randint(4, 5)):
            p = c.person()
            d.put(c.phone(True)).t(f" ({c.time()}): ").f(tr(
                de="hallo, {} hier, klavier steht jetzt {}. geht {}?",
                fr="bonjour, ici {}, le piano est maintenant {}. possible le {} ?",
                it="salve, sono {}, il pianoforte ora è in {}. va bene il {}?",
                en="hi it's {}, piano is now at {}. is {} ok?"), c.nm(p, c.pick(["fl", "f"])), c.addr1(),
                c.date()).t("\n")
    else:
        d.t(c.ask() + "\n")
        recs = []
        for _ in range(c.rng.randint(3, 4)):
            p = c.person()
            recs.append({"customer": c.nm(p, "fl"), "phone": c.phone(), "mail": c.email(p),
                         "address": c.addr1(), "instrument": {"make": "Blüthner", "serial": c.rng.randint(1000, 99999)},
                         "next_due": c.date()})
        d.json(recs, ind=c.pick([2, 0]))


def g_speed(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    v = i % 4
    if v == 0:
        d.t(tr(de="Speed-Dating", fr="Speed dating", it="Speed dating", en="Speed dating") +
            f" {c.date()} - " + tr(de="Teilnehmende", fr="participants", it="partecipanti", en="attendees") + "\n\n")
        rows = []
        for k in range(c.rng.randint(7, 9)):
            p = c.person()
            rows.append([str(k + 1), c.nm(p, "fl"), c.dob(1975, 2002), c.phone(True) if k % 3 else "-",
                         c.nm(c.person(), "f")])
        d.table(["Tisch", L["name"], L["dob"], L["mob"], "Match"], rows, c.pick(["md", "fixed"]))
        d.t("\n" + c.ask() + "\n")
    elif v == 1:
        d.t(tr(de="Match-Zettel (abgetippt), wer hat wen angekreuzt?\n\n",
               fr="Fiches de match (recopiées), qui a coché qui ?\n\n",
               it="Schede match (trascritte), chi ha scelto chi?\n\n",
               en="Match cards (typed up), who ticked whom?\n\n"))
        for _ in range(c.rng.randint(3, 4)):
            p = c.person()
            d.put(c.nm(p, c.pick(["f", "fli"]))).t(f" (#{c.rng.randint(1, 20)}): ")
            for j in range(c.rng.randint(2, 3)):
                d.t(", " if j else "").put(c.nm(c.person(), "f"))
            d.t("\n")
        d.t(tr(de="Kontaktdaten freigegeben:\n", fr="Coordonnées partagées :\n", it="Contatti condivisi:\n",
               en="Contact details released:\n"))
        for _ in range(2):
            p = c.person()
            d.t("- ").put(c.nm(p, "fl")).t(": ").put(c.phone(True)).t(" / ").put(c.email(p)).t("\n")
    elif v == 2:
        org = c.person()
        p = c.person()
        mailhead(c, p, "events", tr(de="Stornierung + Begleitung", fr="Annulation", it="Disdetta",
                                    en="Cancellation"), "datingabend.example")
        d.f(tr(de="Hi,\nich kann am {} nicht (Ticket {}). Meine Freundin {} übernimmt, sie ist am {} geboren, "
                  "erreichbar unter {}.\n",
               fr="Salut,\nje ne peux pas venir le {} (billet {}). Mon amie {} prend ma place, née le {}, "
                  "joignable au {}.\n",
               it="Ciao,\nnon posso venire il {} (biglietto {}). La mia amica {} prende il mio posto, nata il {}, "
                  "numero {}.\n",
               en="Hi,\nI can't make it on {} (ticket {}). My friend {} will take my place, born {}, "
                  "reachable on {}.\n"), c.date(), c.ref("T"), c.nm(c.person(), "fl"), c.dob(1980, 2001), c.phone())
        d.t(tr(de="Rückerstattung bitte auf ", fr="Remboursement sur ", it="Rimborso su ", en="Refund to ")).put(
            c.iban()).t("\n")
        c.sign(p, email=False)
        d.t("\n-- " + tr(de="Antwort", fr="Réponse", it="Risposta", en="Reply") + " ").put(c.nm(org, "f"))
        d.t(": ok, " + c.price() + "\n")
    else:
        c.d.case = "lower"
        d.t("chat mit meiner freundin, was hältst du davon?\n" if c.lang == "de" else
            tr(fr="chat avec ma copine, t'en penses quoi ?\n", it="chat con la mia amica, che ne pensi?\n",
               en="chat with my friend, what do you think?\n", de=""))
        a, b = c.person(), c.person()
        for _ in range(c.rng.randint(4, 5)):
            d.put(c.nm(a, "f")).t(": ").f(tr(de="der {} hat mir seine nummer gegeben {}",
                                             fr="{} m'a donné son numéro {}",
                                             it="{} mi ha dato il suo numero {}",
                                             en="{} gave me his number {}"), c.nm(c.person(), "f"), c.phone(True))
            d.t("\n").put(c.nm(b, "f")).t(": ").f(tr(de="wohnt der nicht {}?", fr="il habite pas {} ?",
                                                     it="non abita in {}?", en="doesn't he live at {}?"),
                                                  ("ADDRESS", c.street())).t("\n")


def g_psycho(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    v = i % 4
    if v == 0:
        d.t(tr(de="Warteliste Praxis", fr="Liste d'attente cabinet", it="Lista d'attesa studio",
               en="Practice waiting list") + f" (Stand {c.date()})\n")
        rows = []
        for _ in range(c.rng.randint(6, 7)):
            p = c.person()
            rows.append([c.nm(p, "lf"), c.dob(1950, 2008), c.phone(), c.nm(c.person(), "il"),
                         c.pick(["VT", "TP", "EMDR", "CBT"]), c.date()])
        d.table([L["name"], L["dob"], L["phone"], "Zuweiser", "Verf.", "seit"], rows, c.pick(["tsv", "semi"]))
        d.t(c.ask() + "\n")
    elif v == 1:
        p = c.person()
        mailhead(c, p, "praxis", tr(de="Anfrage Therapieplatz", fr="Demande de suivi", it="Richiesta terapia",
                                    en="Therapy enquiry"), "psychotherapie.example")
        a1, a2 = c.addr2()
        d.f(tr(de="{},\nmein Hausarzt Dr. {} hat mir Ihre Praxis empfohlen. Ich bin am {} geboren und wohne "
                  "{}, {}. Am besten erreichen Sie mich unter {}.\n",
               fr="{},\nmon médecin, le Dr {}, m'a conseillé votre cabinet. Je suis né(e) le {} et j'habite "
                  "{}, {}. Vous pouvez me joindre au {}.\n",
               it="{},\nil mio medico, dott. {}, mi ha consigliato il suo studio. Sono nato/a il {} e abito in "
                  "{}, {}. Mi può chiamare al {}.\n",
               en="{},\nmy GP Dr {} recommended your practice. I was born on {} and live at {}, {}. "
                  "Best to reach me on {}.\n"),
            L["dear"], c.nm(c.person(), "l"), c.dob(1960, 2005), a1, a2, c.phone())
        c.sign(p, phone=False, email=False)
        d.t("\n" + c.ask() + "\n")
    elif v == 2:
        p = c.person()
        doc = c.person()
        d.t(c.ask() + "\n\n" + tr(de="Überweisungsschein", fr="Lettre d'adressage", it="Impegnativa",
                                  en="Referral letter") + "\n")
        d.form([(tr(de="Patient/in", fr="Patient(e)", it="Paziente", en="Patient"), c.nm(p, c.pick(["lf", "LF"]))),
                (L["dob"], c.dob()), (L["addr"], c.addr1()), (L["phone"], c.phone()),
                (tr(de="Versicherten-Nr.", fr="N° assuré", it="Tessera", en="Insurance no."), c.ref("V")),
                (tr(de="Überweisende Ärztin", fr="Médecin", it="Medico", en="Referrer"), c.nm(doc, "fl")),
                (tr(de="Praxis-Tel.", fr="Tél. cabinet", it="Tel. studio", en="Surgery"), c.phone(False))])
        d.t("ICD-10 F43.2 / " + c.date() + "\n")
    else:
        d.t(tr(de="Anrufbeantworter-Notizen, bitte Rückrufliste:\n", fr="Messages répondeur, liste de rappels :\n",
               it="Messaggi segreteria, lista richiami:\n", en="Voicemail notes, make a call-back list:\n"))
        for _ in range(c.rng.randint(5, 6)):
            p = c.person()
            d.t(f"- {c.time()} ").put(c.nm(p, c.pick(["fl", "l", "f"]))).t(", ").put(c.phone()).t(
                " - " + tr(de="wegen Erstgespräch", fr="premier rdv", it="primo colloquio", en="re first session"))
            if c.rng.random() < 0.4:
                d.t(", " + c.L["born"] + " ").put(c.dob(1955, 2006))
            d.t("\n")


def g_para(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    v = i % 4
    if v == 0:
        p = c.person()
        d.t(c.ask() + "\n\n" + tr(de="Gesundheitserklärung Tandemflug", fr="Déclaration de santé vol biplace",
                                  it="Dichiarazione di salute volo tandem", en="Tandem flight health declaration"))
        d.t(f"  ({c.ref('G')})\n")
        d.form([(L["name"], c.nm(p, "fl")), (L["dob"], c.dob(1950, 2012)),
                (tr(de="Gewicht", fr="Poids", it="Peso", en="Weight"), f"{c.rng.randint(45, 105)} kg"),
                (L["addr"], c.addr1()), (L["mob"], c.phone(True)), (L["email"], c.email(p)),
                (L["emerg"], [c.nm(c.person(), "fl"), c.phone()]),
                (tr(de="Pilot", fr="Pilote", it="Pilota", en="Pilot"), c.nm(c.person(), "fl")),
                (tr(de="Rückerstattung", fr="Remboursement", it="Rimborso", en="Refund to"), c.iban())])
    elif v == 1:
        d.t(tr(de="Flugbuch", fr="Carnet de vol", it="Libretto di volo", en="Flight log") + f" {c.date()}\n")
        rows = []
        for k in range(c.rng.randint(7, 8)):
            rows.append([str(k + 1), c.time(), c.nm(c.person(), c.pick(["fl", "LF", "lf"])),
                         c.nm(c.person(), "fli"), f"{c.rng.randint(8, 45)} min", c.pick(["Voucher", "Bar", "Karte"]),
                         c.nm(c.person(), "f")])
        d.table(["#", "Start", tr(de="Passagier", fr="Passager", it="Passeggero", en="Passenger"), "Pilot",
                 "Dauer", "Zahl.", "Foto"], rows, "fixed")
        d.t("\n" + c.ask() + "\n")
    elif v == 2:
        p = c.person()
        mailhead(c, p, "booking", tr(de="Gutschein einlösen", fr="Bon cadeau", it="Buono regalo", en="Gift voucher"),
                 "tandemflug.example")
        f1 = c.person()
        d.f(tr(de="Hallo,\nich habe Gutschein {} geschenkt bekommen und möchte ihn mit meiner Schwester {} "
                  "einlösen. Sie hat am {} Geburtstag (Jahrgang {}), ich bin am {} geboren. Handy {}.\n",
               fr="Bonjour,\nj'ai reçu le bon {} et je voudrais voler avec ma sœur {}. Son anniversaire est le {} "
                  "({}), je suis née le {}. Portable {}.\n",
               it="Salve,\nho ricevuto il buono {} e vorrei volare con mia sorella {}. Compie gli anni il {} "
                  "(classe {}), io sono nata il {}. Cellulare {}.\n",
               en="Hello,\nI was given voucher {} and want to fly with my sister {}. Her birthday is {} "
                  "(born {}), mine is {}. Mobile {}.\n"),
            c.ref("GS"), c.nm(f1, "fl"), f"{c.rng.randint(1, 28)}.{c.rng.randint(1, 12)}.",
            str(c.rng.randint(1970, 2000)), c.dob(1965, 2004), c.phone(True))
        c.sign(p, phone=False)
    else:
        d.t(c.ask() + "\n")
        recs = []
        for _ in range(c.rng.randint(3, 4)):
            p = c.person()
            recs.append({"booking": c.ref("BK"), "slot": f"2026-07-{c.rng.randint(10, 30)} {c.time()}",
                         "passenger": {"name": c.nm(p, "fl"), "dob": ("DOB", c.dob(1960, 2010)[1]),
                                       "phone": c.phone(), "email": c.email(p)},
                         "price": c.price(), "status": "confirmed"})
        d.json({"bookings": recs}, ind=c.pick([2, 4]), asc=c.rng.random() < 0.3)


def g_cowork(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    v = i % 4
    if v == 0:
        p = c.person()
        d.t(c.ask() + "\n\n" + tr(de="Mitgliedsantrag Coworking", fr="Adhésion coworking", it="Iscrizione coworking",
                                  en="Coworking membership form") + "\n")
        a1, a2 = c.addr2()
        d.form([(L["first"], c.nm(p, "f")), (L["last"], c.nm(p, "l")), (L["dob"], c.dob(1960, 2004)),
                (tr(de="Firma", fr="Société", it="Azienda", en="Company"), c.pick(["Pixelwerk GmbH", "Studio Nord SARL",
                                                                                   "Lumen srl", "Brightline Ltd"])),
                (L["street"], a1), (L["town"], a2), (L["mob"], c.phone(True)), (L["email"], c.email(p)),
                ("Tarif", c.pick(["Flex 10", "Fix Desk", "Team 4"])), (L["iban"], c.iban()),
                (tr(de="Zweiter Schlüssel für", fr="Second badge pour", it="Secondo badge per",
                    en="Second badge for"), c.nm(c.person(), "fl"))], align=False)
    elif v == 1:
        d.t(tr(de="Türzugang Export, wer war am Wochenende drin?\n", fr="Export badges, qui est venu le week-end ?\n",
               it="Export accessi, chi è entrato nel weekend?\n",
               en="Door access export, who came in at the weekend?\n"))
        rows = []
        for _ in range(c.rng.randint(7, 8)):
            p = c.person()
            rows.append([f"2026-05-{c.rng.randint(10, 17)}T{c.time()}", c.nm(p, c.pick(["fl", "lf"])), c.email(p),
                         f"badge {c.rng.randint(100, 999)}", c.pick(["Main door", "Haupttür", "Porte 2"])])
        d.table(["ts", "holder", "email", "badge", "door"], rows, "csv")
    elif v == 2:
        d.t(tr(de="Community-Chat, bitte Zusammenfassung fürs Team:\n", fr="Chat communauté, résumé pour l'équipe :\n",
               it="Chat della community, riassunto per il team:\n", en="Community chat, summary for the team:\n"))
        for _ in range(c.rng.randint(5, 6)):
            p = c.person()
            d.put(c.nm(p, c.pick(["fl", "f"]))).t(f"  {c.time()}\n  ")
            if c.rng.random() < 0.5:
                d.f(tr(de="Paket für {} liegt am Empfang", fr="colis pour {} à l'accueil",
                       it="pacco per {} alla reception", en="parcel for {} at reception"), c.nm(c.person(), "fl"))
            else:
                d.f(tr(de="wer hat {} gesehen? bitte {} anrufen", fr="quelqu'un a vu {} ? appelez {}",
                       it="qualcuno ha visto {}? chiamate {}", en="anyone seen {}? call {}"),
                    c.nm(c.person(), "f"), c.phone())
            d.t("\n")
    else:
        p = c.person()
        d.t(c.ask() + "\n\n")
        d.t(tr(de="RECHNUNG", fr="FACTURE", it="FATTURA", en="INVOICE") + f" {c.ref('INV')}  {c.date()}\n")
        d.t("Hub Works, ").put(c.addr1()).t("\n\n")
        d.put(c.nm(p, "fl")).t("\n").put(c.addr1()).t("\n\n")
        d.t(f"Fix Desk 05/2026 ........ {c.price()}\nMeeting room 4h ........ {c.price()}\n")
        d.f(tr(de="Belastet auf Karte {}. Fragen: {}\n", fr="Débité sur la carte {}. Questions : {}\n",
               it="Addebitato sulla carta {}. Domande: {}\n", en="Charged to card {}. Questions: {}\n"),
            c.card() if c.rng.random() < 0.3 else "•••• " + str(c.rng.randint(1000, 9999)), c.phone(False))


def g_wildlife(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    v = i % 4
    animal = tr(de=["Igel", "Mauersegler", "Turmfalke", "Feldhase"], fr=["hérisson", "martinet", "faucon"],
                it=["riccio", "rondone", "gheppio"], en=["hedgehog", "swift", "kestrel", "fox cub"])
    if v == 0:
        p = c.person()
        d.t(tr(de="Fundtier-Aufnahme", fr="Fiche d'admission", it="Scheda di ricovero", en="Intake form") +
            f" {c.ref('FT')} - {animal}\n")
        a1, a2 = c.addr2()
        d.form([(tr(de="Finder/in", fr="Découvreur", it="Rinvenitore", en="Finder"), c.nm(p, "fl")),
                (L["street"], a1), (L["town"], a2), (L["phone"], c.phone()), (L["email"], c.email(p)),
                (tr(de="Fundort", fr="Lieu", it="Luogo", en="Found at"), ("ADDRESS", c.street())),
                (tr(de="Gewicht", fr="Poids", it="Peso", en="Weight"), f"{c.rng.randint(80, 900)} g"),
                (tr(de="Spende", fr="Don", it="Offerta", en="Donation"), c.price())])
        d.t("\n" + c.ask() + "\n")
    elif v == 1:
        d.t(tr(de="Pflegestellen-Liste (bitte aktualisieren):\n", fr="Liste des familles d'accueil :\n",
               it="Elenco affidatari:\n", en="Foster carer list, please update:\n"))
        rows = []
        for _ in range(c.rng.randint(5, 7)):
            p = c.person()
            rows.append([c.nm(p, "fl"), c.addr1(), c.phone(), c.email(p), c.pick(["Igel", "Vögel", "birds",
                                                                                    "ricci", "oiseaux"])])
        d.table([L["name"], L["addr"], L["phone"], L["email"], "Tiere"], rows, c.pick(["md", "semi"]))
    elif v == 2:
        d.t(tr(de="Notruftelefon-Protokoll, bitte zusammenfassen:\n", fr="Journal de la permanence, résume :\n",
               it="Registro del telefono di soccorso, riassumi:\n", en="Hotline log, summarise:\n"))
        for _ in range(c.rng.randint(5, 6)):
            p = c.person()
            d.t(f"{c.time()}  ").put(c.phone()).t("  ").put(c.nm(p, c.pick(["fl", "l", "f"]))).t(f" - {animal}, ")
            d.put(c.addr1()).t("\n")
        d.t(tr(de="Hotline 0800 123 456 (kostenlos), Notfall 112\n", fr="Permanence 0800 123 456, urgences 112\n",
               it="Numero verde 800 123 456, emergenze 112\n", en="Freephone 0800 123 456, emergency 999\n"))
    else:
        p = c.person()
        mailhead(c, p, "info", tr(de="Auswilderung", fr="Relâcher", it="Liberazione", en="Release"),
                 "wildtierhilfe.example")
        d.f(tr(de="Hallo,\nder {} von der {} kann zurück. Meine Nachbarin {} ({}) hat einen Garten. "
                  "Meine Spende überweise ich von {}.\n",
               fr="Bonjour,\nle {} trouvé {} peut être relâché. Ma voisine {} ({}) a un jardin. "
                  "Je fais un don depuis {}.\n",
               it="Salve,\nil {} trovato in {} può tornare libero. La mia vicina {} ({}) ha un giardino. "
                  "Faccio una donazione da {}.\n",
               en="Hello,\nthe {} found at {} can go back. My neighbour {} ({}) has a garden. "
                  "I'll donate from {}.\n"),
            animal, ("ADDRESS", c.street()), c.nm(c.person(), "fl"), c.phone(), c.iban())
        c.sign(p)


def g_drone(c: Ctx, i: int):
    d, L, tr = c.d, c.L, c.tr
    v = i % 4
    if v == 0:
        p = c.person()
        d.t(c.ask() + "\n\n" + tr(de="UAS-Betreiberregistrierung", fr="Enregistrement exploitant UAS",
                                  it="Registrazione operatore UAS", en="UAS operator registration") + "\n")
        a1, a2 = c.addr2()
        d.form([(L["last"], c.nm(p, "l")), (L["first"], c.nm(p, "f")), (L["dob"], c.dob(1950, 2010)),
                (L["street"], a1), (L["town"], a2), (L["phone"], c.phone()), (L["email"], c.email(p)),
                ("Operator-ID", f"{c.region}{c.rng.randint(10 ** 11, 10 ** 12)}"), ("Firmware", "v01.04.0500"),
                (tr(de="Gebühr", fr="Frais", it="Tariffa", en="Fee"), c.price()),
                (L["card"], c.card() if c.rng.random() < 0.4 else "**** **** **** " + str(c.rng.randint(1000, 9999)))])
    elif v == 1:
        p, o = c.person(), c.person()
        d.t(c.ask() + "\n\n").put(c.nm(p, "fl")).t("\n").put(c.addr1()).t("\n\n")
        d.t(c.title(o) + " ").put(c.nm(o, "fl")).t("\n")
        a1, a2 = c.addr2()
        d.put(a1).t("\n").put(a2).t("\n\n")
        d.f(tr(de="{} {},\nich bitte um Erlaubnis, am {} zwischen {} und 16:00 über Ihr Grundstück "
                  "(Parzelle {}) zu fliegen. Zweite Pilotin: {}, {}.\n",
               fr="{} {},\nje sollicite l'autorisation de survoler votre terrain (parcelle {}) le {} de {} à 16h. "
                  "Co-pilote : {}, {}.\n",
               it="{} {},\nchiedo il permesso di sorvolare il suo terreno (particella {}) il {} dalle {} alle 16. "
                  "Secondo pilota: {}, {}.\n",
               en="{} {},\nI'd like permission to fly over your land (plot {}) on {} between {} and 4pm. "
                  "Second pilot: {}, {}.\n"),
            c.salut(o), c.nm(o, "l"),
            *((c.date(), c.time(), str(c.rng.randint(100, 9999))) if c.lang == "de" else
              (str(c.rng.randint(100, 9999)), c.date(), c.time())), c.nm(c.person(), "fl"), c.phone(True))
        c.sign(p, phone=c.rng.random() < 0.5)
    elif v == 2:
        d.t(c.ask() + "\n<?xml version=\"1.0\"?>\n<flightPlan id=\"" + c.ref("FP") + "\">\n")
        for _ in range(c.rng.randint(3, 4)):
            p = c.person()
            d.t("  <pilot>\n    <name>").put(c.nm(p, "fl")).t("</name>\n    <dob>").put(c.dob(1960, 2008))
            d.t("</dob>\n    <phone>").put(c.phone()).t("</phone>\n    <address>").put(c.addr1())
            d.t("</address>\n    <maxAlt unit=\"m\">120</maxAlt>\n  </pilot>\n")
        d.t("</flightPlan>\n")
    else:
        d.t(tr(de="Vereinsliste Modellflug/Drohnen:\n", fr="Liste du club de drones :\n", it="Elenco club droni:\n",
               en="Drone club member list:\n"))
        rows = []
        for _ in range(c.rng.randint(6, 7)):
            p = c.person()
            rows.append([c.nm(p, c.pick(["LF", "lf"])), c.dob(1950, 2010), c.phone(), c.email(p),
                         c.pick(["A1/A3", "A2", "STS-01"]), c.nm(c.person(), c.pick(["l", "fli"]))])
        d.table([L["name"], L["dob"], L["phone"], L["email"], "Cert", "Instr."], rows, c.pick(["fixed", "md"]))
        d.t(c.ask() + "\n")


GENRES = [("climbing", g_climbing), ("fertility", g_fertility), ("marina", g_marina), ("chess", g_chess),
          ("optician", g_optician), ("pianotuning", g_piano), ("speeddating", g_speed),
          ("psychotherapy", g_psycho), ("paragliding", g_para), ("coworking", g_cowork),
          ("wildlife", g_wildlife), ("drone", g_drone)]


def build() -> list[dict]:
    out = []
    for lang in ("de", "fr", "it", "en"):
        for gi, (gname, fn) in enumerate(GENRES):
            for i in range(10):
                regs = REGIONS[lang]
                region = regs[(i + gi) % len(regs)]
                key = f"{SEED}|{lang}|{gname}|{i}"
                case = None
                c = Ctx(lang, region, key, case)
                if i in (5,) and gname not in ("optician", "speeddating"):
                    c.d.case = c.pick(["upper", "lower"])
                fn(c, i)
                text = c.d.text()
                ents = []
                for s, e, typ, val in c.d.ents:
                    assert text[s:e] == val, (key, val)
                    ents.append({"start": s, "end": e, "type": typ, "text": val})
                out.append({"id": f"holdout18-{lang}-{gname}-{i:02d}", "locale": f"{lang}_{region}", "lang": lang,
                            "text": text, "entities": ents})
    return out


def main() -> None:
    docs = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents, {sum(len(d['entities']) for d in docs)} values to {OUT}")


if __name__ == "__main__":
    main()
