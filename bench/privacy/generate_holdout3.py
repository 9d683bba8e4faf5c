"""Third blind evaluation set ("holdout3") for the anonymizer: bench/privacy/data/synthetic_holdout3.jsonl.

Written 2026-12-04 by a helper session, blind: without reading the detectors (src/tarnkappe/privacy/),
the other generators (generate.py, templates.py, generate_independent.py, generate_holdout.py,
generate_holdout2.py, build_*.py, train_names.py) or the texts of the other data sets, and never run
through the anonymizer while written. Report on it; never tune on it -- once a detector has been changed
because of a miss seen here, the set no longer measures text the detectors were not tuned on.

What it is: 480 documents (4 languages x 12 templates x 10 documents), text as people paste it into a
chat assistant at work, in genres the other sets do not use:
* tenancy applications and tenant self-disclosure forms (de, fr, it),
* school/parent messages (all), insurance claim descriptions (all),
* HR performance reviews (de, it, en), police/accident reports (all),
* travel booking confirmations (all), wedding seating plans (fr, it),
* court-hearing minutes and witness statements (de, fr, en), local-news prose in which people are
  named in full once and by bare surname afterwards (all), forum posts (de, it, en),
* e-mail threads with ">"-quoted replies (de, fr, en), spreadsheet/CSV pastes (de, it, en),
  JSON/YAML configuration snippets (fr, it, en), OCR-like scans of forms (de, fr), vCard blocks (fr, it, en).
Countries: DE/AT/CH (de), FR/BE/CH/LU (fr), IT/CH (it), GB/IE/US (en); the `locale` field names the
country ("fr_LU" is not a Faker locale, only the country of the document).

Names come from Faker locales of many origins (German, Austrian, Swiss, French, Belgian, Italian,
British, Irish, American and also Turkish, Polish, Portuguese, Brazilian, Croatian, Slovenian, Romanian,
Spanish, Mexican, Dutch, Flemish, Algerian, Nigerian, Hungarian, Czech, Indian, Irish-Gaelic, Swahili)
and from short lists written here (Balkan, Albanian, Arabic transliterations, West African, Congolese,
Tamil, Eritrean/Ethiopian, Chinese and Vietnamese transliterations, Luxembourgish, invented surnames,
and surnames/first names that are ordinary words in the language). Some get particles, hyphenated or
double surnames, hyphenated first names or middle initials; mentions use full names, title + surname,
bare surnames, first names, "Surname, First name", SURNAME in capitals, initials, and genitive forms.
Phones, addresses, dates, IBANs (ISO 13616 mod-97 and, where the country has one, the national check)
and card numbers (Luhn) are formatted here, per country.

Label decisions
* Labels: PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, CARD. Nothing else personal is put in the texts
  (no tax, social-security or health-insurance numbers), so that no unlabelled personal value exists.
* PERSON: the name only. Titles and role words (Frau, Herr, Dr., Mme, Maître, Sig.ra, avv., Mr, PC,
  "Familie") are outside the span; a genitive "s", "'" or "'s" is outside the span; "Surname, First"
  is one span; a table row with surname and first name in separate cells gives two spans. Every
  mention is labelled, also bare surnames and first names of children. Companies, shops, foundations,
  hotels and streets named after people ("Müller AG", "Boulangerie Martin", "Goethestraße") are not
  PERSON; user names in forums are not PERSON.
* ADDRESS: a street with house number (or a post-office box), with or without postcode and town. A
  one-line address ("street 1, 1234 Town", also with flat/floor/unit) is one span; an address on two
  lines (or in two table cells) is two spans: street line and postcode+town line. Where postcode and
  town stand in separate fields (vCard ADR), only the street field is labelled. A c/o name is a
  PERSON outside the address. Addresses of companies, hotels and offices are labelled too (their owner
  cannot be told from the text). A town alone, a street without house number, or a crossing is not an
  address.
* PHONE: every ordinary subscriber number (mobile or landline, private, office or direct line),
  including a hyphenated extension written as part of the number; an extension written as a word
  ("ext. 214", "Durchwahl 12") is outside the span. Not labelled: service numbers of organisations that
  cannot reach a person (toll-free/shared-cost/premium hotlines such as 0800 ..., 1-800-..., and short
  emergency numbers).
* DOB: the date only, in every written form, with a cue word ("geb.", "né le", "nata il", "DOB") or
  without one where context makes it a date of birth (table column, "Surname, First, date" in a
  report). Other dates (meetings, trips, check-in, invoices, accidents) are distractors, unlabelled.
* IBAN: every IBAN (also of associations and companies), compact or grouped. CARD: full card numbers
  only; masked numbers ("**** 4242", "ending in 4242") are not labelled. EMAIL: every address, also
  role mailboxes.
* Unlabelled distractors: booking/order/case/policy/ticket/parcel numbers (some long digit strings that
  fail the Luhn check), customer/staff/loyalty-card numbers, licence plates, flight and train numbers,
  prices, versions, creditor IDs, BICs, timestamps, plain dates, company, hotel and product names, towns,
  streets without number, forum user names.

Usage (repo root): python bench/privacy/generate_holdout3.py  [writes bench/privacy/data/synthetic_holdout3.jsonl]
"""

from __future__ import annotations

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

OUT = pathlib.Path(__file__).resolve().parent / "data" / "synthetic_holdout3.jsonl"
SEED = "tarnkappe-holdout3-2026-12-04"
DOCS_PER_TEMPLATE = 10
TODAY = dt.date(2026, 12, 4)
LABELS = ("PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS", "DOB", "CARD")
T = TypeVar("T")

# ---------------------------------------------------------------------------------------------------
# Markup: templates write values as \x02TYPE\x1fvalue\x03, render() strips the marks and records the
# spans, so offsets are computed once, by code, never by hand.
# ---------------------------------------------------------------------------------------------------
_OPEN, _SEP, _CLOSE = "\x02", "\x1f", "\x03"
_MARK = re.compile("\x02([A-Z]+)\x1f([^\x02\x03]*)\x03")


def _mark(kind: str, value: str) -> str:
    """Wrap a value; refuse values that would make a span ambiguous (empty, padded, multi-line)."""
    if not value or value != value.strip() or "\n" in value or any(ch in value for ch in (_OPEN, _SEP, _CLOSE)):
        raise ValueError(f"bad {kind} value {value!r}")
    return f"{_OPEN}{kind}{_SEP}{value}{_CLOSE}"


def P(v: str) -> str:
    return _mark("PERSON", v)


def EM(v: str) -> str:
    return _mark("EMAIL", v)


def PH(v: str) -> str:
    return _mark("PHONE", v)


def IB(v: str) -> str:
    return _mark("IBAN", v)


def AD(v: str) -> str:
    return _mark("ADDRESS", v)


def DB(v: str) -> str:
    return _mark("DOB", v)


def CC(v: str) -> str:
    return _mark("CARD", v)


def render(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the marks; return the text and its entities with exact character offsets."""
    parts: list[str] = []
    ents: list[dict[str, object]] = []
    pos = last = 0
    for m in _MARK.finditer(marked):
        chunk = marked[last:m.start()]
        parts.append(chunk)
        pos += len(chunk)
        value = m.group(2)
        ents.append({"start": pos, "end": pos + len(value), "type": m.group(1), "text": value})
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    check_doc(text, ents)
    return text, ents


def check_doc(text: str, ents: Sequence[dict[str, object]]) -> None:
    """Every span is exact, typed, non-overlapping; IBANs and cards carry valid check digits."""
    assert not any(ch in text for ch in (_OPEN, _SEP, _CLOSE)), "stray markup"
    prev_end = -1
    for e in sorted(ents, key=lambda x: int(str(x["start"]))):
        start, end, typ, val = int(str(e["start"])), int(str(e["end"])), str(e["type"]), str(e["text"])
        assert typ in LABELS, typ
        assert text[start:end] == val, (text[start:end], val)
        assert start >= prev_end, f"overlapping spans at {start}"
        prev_end = end
        if typ == "IBAN":
            assert iban_ok(val), val
        if typ == "CARD":
            assert luhn_ok(re.sub(r"\D", "", val)), val


# ---------------------------------------------------------------------------------------------------
# Check digits
# ---------------------------------------------------------------------------------------------------
def _iban_numeric(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def make_iban(cc: str, bban: str) -> str:
    """ISO 13616: check digits = 98 - (BBAN + country + '00' as number) mod 97."""
    check = 98 - _iban_numeric(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def iban_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value).upper()
    return len(s) > 4 and _iban_numeric(s[4:] + s[:4]) % 97 == 1


def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return len(number) > 1 and luhn_digit(number[:-1]) == number[-1]


def _dig(rng: random.Random, n: int, lead: str = "123456789") -> str:
    """n random digits, the first one from `lead` (no leading zero unless asked)."""
    if n <= 0:
        return ""
    return rng.choice(lead) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(s: str) -> str:
    total = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def _es_dc(digits10: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(digits10, w, strict=True)) % 11
    return str({11: 0, 10: 1}.get(r, r))


def bban(country: str, rng: random.Random) -> str:
    """A BBAN of the country's length; national check digits computed where the country has them."""
    if country == "DE":
        return _dig(rng, 8) + _dig(rng, 10, "0123456789")
    if country == "AT":
        return _dig(rng, 5) + _dig(rng, 11, "0")
    if country in ("CH", "LI"):
        return rng.choice(["00", "08", "09"]) + _dig(rng, 3) + _dig(rng, 12, "0123456789")
    if country == "LU":
        return _dig(rng, 3, "0") + _dig(rng, 13)
    if country == "FR":
        bank, branch, acct = _dig(rng, 5, "1"), _dig(rng, 5, "0"), _dig(rng, 11, "0")
        return bank + branch + acct + _fr_rib_key(bank, branch, acct)
    if country == "BE":
        first = _dig(rng, 10, "0123456789")
        chk = int(first) % 97 or 97
        return f"{first}{chk:02d}"
    if country == "IT":
        rest = "0" + _dig(rng, 4) + _dig(rng, 5) + _dig(rng, 12, "0")
        return _it_cin(rest) + rest
    if country == "ES":
        bank, branch, acct = _dig(rng, 4, "0123"), _dig(rng, 4, "0123456789"), _dig(rng, 10, "0123456789")
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    if country == "PT":
        body = "00" + _dig(rng, 2) + _dig(rng, 4, "0123456789") + _dig(rng, 11, "0")
        return body + f"{98 - int(body + '00') % 97:02d}"
    if country == "NL":
        while True:
            acct = _dig(rng, 10, "0123456789")
            if sum(int(d) * (10 - i) for i, d in enumerate(acct)) % 11 == 0:
                return rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"]) + acct
    if country == "PL":
        sort7 = "1" + _dig(rng, 6, "0123456789")
        s = sum(int(d) * w for d, w in zip(sort7, [3, 9, 7, 1, 3, 9, 7], strict=True))
        return sort7 + str((10 - s % 10) % 10) + _dig(rng, 16, "0123456789")
    if country == "TR":
        return "000" + _dig(rng, 2) + "0" + _dig(rng, 16, "0123456789")
    if country in ("GB", "IE"):
        gb, ie = ("BARC", "LOYD", "NWBK", "HBUK", "MIDL", "SRLG"), ("AIBK", "BOFI", "IPBS", "ULSB")
        banks = gb if country == "GB" else ie
        return rng.choice(banks) + _dig(rng, 6) + _dig(rng, 8)
    raise ValueError(country)


# ---------------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Pool:
    """A hand-written name list: female and male first names, surnames, and the naming tradition."""

    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    style: str


POOLS: dict[str, Pool] = {
    "balkan": Pool(("Jelena", "Milica", "Amra", "Selma", "Ivana", "Dragana", "Vesna", "Merima", "Lejla", "Snežana"),
                   ("Dragan", "Nemanja", "Emir", "Adnan", "Goran", "Milan", "Dejan", "Haris", "Zoran", "Mirza"),
                   ("Jovanović", "Hadžić", "Kovačević", "Begović", "Mehmedović", "Petrović", "Nikolić",
                    "Stojanović", "Delić", "Marković", "Popović", "Salihović", "Đukić", "Vuković"), "other"),
    "alb": Pool(("Blerta", "Valbona", "Lirije", "Arta", "Drita", "Mimoza", "Fjolla", "Besa", "Albulena"),
                ("Arben", "Driton", "Fatmir", "Besnik", "Agron", "Ilir", "Valon", "Shkëlzen", "Bujar"),
                ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Kastrati", "Rexhepi", "Bytyqi",
                 "Zeqiri"), "other"),
    "arab": Pool(("Fatima", "Layla", "Nour", "Samira", "Yasmina", "Amina", "Khadija", "Rania", "Salma", "Hiba"),
                 ("Mohammed", "Mohamad", "Youssef", "Karim", "Abdelkader", "Rachid", "Omar", "Tarek", "Hamza",
                  "Bilal", "Mahmoud"),
                 ("El Amrani", "Ben Youssef", "Al-Haddad", "Haddad", "Benali", "Bouzid", "El-Khoury", "Abdallah",
                  "Belkacem", "Mansour", "Saleh", "Nasser", "Ait Ouali", "Ben Salah", "Abu-Zeid"), "other"),
    "wafr": Pool(("Aïssatou", "Fatoumata", "Mariama", "Awa", "Adjoa", "Kadiatou", "Ndeye"),
                 ("Mamadou", "Ousmane", "Souleymane", "Ibrahima", "Moussa", "Kwame", "Cheikh"),
                 ("Diallo", "Traoré", "Koné", "Ndiaye", "Diop", "Camara", "Sow", "Mensah", "Ouédraogo", "Keïta"),
                 "other"),
    "congo": Pool(("Grâce", "Merveille", "Divine", "Nathalie", "Chantal"),
                  ("Patrick", "Junior", "Christian", "Fiston", "Héritier"),
                  ("Mukendi", "Kabongo", "Tshibanda", "Ilunga", "Mbuyi", "Kalonji", "Lukusa"), "other"),
    "tamil": Pool(("Kavitha", "Tharani", "Nirosha", "Sangeetha", "Vithya"),
                  ("Tharshan", "Sivakumar", "Kajan", "Nirojan", "Thileepan", "Suthan"),
                  ("Sivapalan", "Rajaratnam", "Thevarajah", "Selvarajah", "Kanagaratnam", "Yogarajah"), "other"),
    "horn": Pool(("Semhar", "Senait", "Selam", "Rahel", "Luwam", "Hiwet"),
                 ("Yonas", "Tesfay", "Dawit", "Mehari", "Filmon", "Habtom"),
                 ("Ghebremedhin", "Tekle", "Haile", "Kidane", "Berhane", "Woldemariam", "Tesfamariam"), "other"),
    "cn": Pool(("Xiaoling", "Mei", "Yan", "Lijuan", "Jing"), ("Wei", "Jun", "Hao", "Zhiqiang", "Lei"),
               ("Wang", "Zhang", "Liu", "Chen", "Huang", "Zhou", "Li", "Xu"), "other"),
    "vn": Pool(("Thi Lan", "Ngoc Mai", "Thanh Huong", "Linh"), ("Minh", "Duc Anh", "Van Long", "Quang"),
               ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do"), "other"),
    "lux": Pool(("Maïté", "Tessy", "Josiane", "Romaine", "Malou", "Anne", "Claudine"),
                ("Jos", "Gilles", "Pit", "Yves", "Luc", "Ben", "Claude", "Guy", "Mett"),
                ("Schmit", "Hoffmann", "Wagner", "Muller", "Kremer", "Reuter", "Thill", "Schiltz", "Feltgen",
                 "Hensgen", "Welter", "Kieffer", "Majerus", "Zeimet", "Goedert", "Reding", "Wagener"), "de"),
    # invented or rare surnames (and rarer first names), written for this set
    "inv_de": Pool(("Jorinde", "Wiebke", "Hiltrud", "Fenna", "Gerlinde", "Ilse-Marie", "Swaantje", "Rosalind"),
                   ("Oswin", "Ortwin", "Wendelin", "Kunibert", "Eike", "Hartwig", "Jobst", "Volkhard"),
                   ("Quackenbusch", "Zwiesel", "Tremmelhuber", "Ruhkamp", "Wendrich", "Obermoser", "Pfaffinger",
                    "Klötzler", "Haberzettl", "Schwanbeck", "Nörenberg", "Ebenhoch", "Gschwendtner", "Ladurner"),
                   "de"),
    "inv_fr": Pool(("Clothilde", "Sidonie", "Eulalie", "Léocadie", "Maëlys", "Apolline", "Bérangère"),
                   ("Aurèle", "Anatole", "Baptistin", "Gaspard", "Séraphin", "Eudes", "Tancrède"),
                   ("Vauquelin", "Drouot", "Percheron", "Lestrade", "Bouvard", "Guéhenno", "Quintard",
                    "Ferrandou", "Chambrelan", "Tessier-Malvaux", "Lhermitte", "Galabru", "Pouyanne"), "fr"),
    "inv_it": Pool(("Ottavia", "Brunilde", "Nives", "Assunta", "Ersilia", "Loredana", "Marisa"),
                   ("Ermenegildo", "Zeno", "Settimio", "Gianmarco", "Ubaldo", "Oreste", "Cirillo"),
                   ("Scarpellini", "Trombetta", "Zanfardino", "Bellomo", "Cicalese", "Pizzigoni", "Lombardozzi",
                    "Maffeis", "Sbrollini", "Quagliarella", "Tamburrino", "Caputo"), "it"),
    "inv_en": Pool(("Tamsin", "Imogen", "Bronagh", "Saoirse", "Keeley", "Jolene", "Philippa"),
                   ("Crispin", "Cian", "Eamon", "Rowan", "Jago", "Tobias", "Lorcan"),
                   ("Blenkinsop", "Quigley", "Ashdown", "Hollinshead", "Ormerod", "Crabtree", "Sowerby",
                    "Featherstonehaugh", "Pemberton", "Trelawney", "Gillespie", "Outhwaite"), "en"),
    # names that are also ordinary words of the language
    "word_de": Pool(("Rose", "Iris", "Heide", "Linde", "Erika", "Margarete"),
                    ("Ernst", "Frank", "August", "Kurt", "Konrad", "Otto"),
                    ("Vogel", "Fuchs", "Koch", "Wolf", "Winter", "Sommer", "Braun", "Klein", "Lang", "Frei",
                     "Stein", "Berg", "Hahn", "Engel", "Ernst", "Kaiser", "König", "Bauer", "Fischer", "Jäger",
                     "Schuster", "Weiss", "Roth", "Hase", "Sonntag", "Morgen", "Gut", "Busch", "Kraft", "Bock",
                     "Storch", "Zimmermann", "Kurz", "Mai"), "de"),
    "word_fr": Pool(("Rose", "Claire", "Victoire", "Prudence", "Olive", "Fleur", "Blanche", "Reine", "Marguerite"),
                    ("Pierre", "Constant", "Aimé", "Désiré", "Clément", "Modeste", "Fidèle"),
                    ("Petit", "Leblanc", "Boulanger", "Marchand", "Blanc", "Roux", "Lebrun", "Chevalier", "Martin",
                     "Bonheur", "Lejeune", "Meunier", "Charpentier", "Fontaine", "Rivière", "Lavigne", "Boucher",
                     "Berger", "Mercier", "Legrand", "Lenoir", "Printemps", "Beau"), "fr"),
    "word_it": Pool(("Serena", "Gioia", "Vittoria", "Speranza", "Celeste", "Grazia", "Bianca", "Rosa", "Stella"),
                    ("Felice", "Fortunato", "Benvenuto", "Sereno", "Costante", "Onesto", "Primo"),
                    ("Rossi", "Bianchi", "Ferrari", "Fabbri", "Marino", "Conte", "Fiore", "Leone", "Gallo", "Sole",
                     "Porta", "Santo", "Pace", "Grasso", "Cavallo", "Longo", "Lupo", "Monti", "Guerra", "Neri",
                     "Mancini", "Villa", "Palma"), "it"),
    "word_en": Pool(("Grace", "Hope", "Penny", "Summer", "Faith", "Joy", "Dawn", "Autumn", "Ivy", "Holly"),
                    ("Will", "Mark", "Bill", "Guy", "Earl", "Hunter", "Chase", "Rich", "Sonny", "Bob"),
                    ("Baker", "Smith", "Cook", "Wood", "Hill", "Young", "Rich", "Bell", "May", "Hope", "Brown",
                     "Green", "Black", "Little", "Long", "Frost", "Fox", "Moody", "Sharp", "Street", "Church",
                     "Banks", "Mills", "Walker", "Rivers", "Gray", "Price", "Hunt", "Bird", "Ward", "Small"), "en"),
}

# Faker locales used for names, and the naming tradition that decides particles/hyphens.
FAKER_STYLE = {
    "de_DE": "de", "de_AT": "de", "de_CH": "de", "fr_FR": "fr", "fr_BE": "fr", "fr_CH": "fr", "it_IT": "it",
    "en_GB": "en", "en_IE": "en", "en_US": "en", "ga_IE": "other", "tr_TR": "other", "pl_PL": "other",
    "pt_PT": "pt", "pt_BR": "pt", "hr_HR": "other", "sl_SI": "other", "ro_RO": "other", "es_ES": "es",
    "es_MX": "es", "nl_NL": "nl", "nl_BE": "nl", "fr_DZ": "other", "en_NG": "other", "hu_HU": "other",
    "cs_CZ": "other", "en_IN": "other", "sw": "other",
}

# Where the people of a document's country come from (weights).
ORIGINS: dict[str, dict[str, int]] = {
    "de_DE": {"de_DE": 48, "tr_TR": 9, "pl_PL": 6, "hr_HR": 3, "balkan": 3, "arab": 4, "it_IT": 3, "ro_RO": 2,
              "pt_PT": 1, "en_GB": 1, "inv_de": 6, "word_de": 8, "vn": 1, "horn": 1, "nl_NL": 1},
    "de_AT": {"de_AT": 50, "balkan": 7, "tr_TR": 7, "hr_HR": 4, "pl_PL": 2, "cs_CZ": 3, "hu_HU": 3, "sl_SI": 2,
              "ro_RO": 2, "arab": 2, "inv_de": 6, "word_de": 8},
    "de_CH": {"de_CH": 44, "it_IT": 7, "pt_PT": 6, "alb": 7, "balkan": 4, "tr_TR": 3, "tamil": 3, "horn": 3,
              "fr_CH": 3, "es_ES": 2, "inv_de": 6, "word_de": 8},
    "fr_FR": {"fr_FR": 50, "fr_DZ": 7, "arab": 6, "wafr": 6, "pt_PT": 5, "es_ES": 3, "it_IT": 2, "vn": 2,
              "pl_PL": 1, "inv_fr": 7, "word_fr": 8},
    "fr_BE": {"fr_BE": 40, "nl_BE": 12, "arab": 8, "congo": 5, "tr_TR": 4, "it_IT": 5, "pl_PL": 2, "ro_RO": 2,
              "inv_fr": 6, "word_fr": 8},
    "fr_CH": {"fr_CH": 45, "pt_PT": 9, "it_IT": 5, "alb": 5, "es_ES": 4, "balkan": 3, "horn": 3, "de_CH": 5,
              "inv_fr": 6, "word_fr": 8},
    "fr_LU": {"lux": 28, "pt_PT": 16, "fr_FR": 14, "fr_BE": 6, "it_IT": 5, "balkan": 4, "pt_BR": 3, "de_DE": 3,
              "inv_fr": 5, "word_fr": 6},
    "it_IT": {"it_IT": 56, "ro_RO": 5, "alb": 5, "arab": 5, "wafr": 3, "cn": 3, "en_IN": 2, "pl_PL": 1,
              "inv_it": 8, "word_it": 10},
    "it_CH": {"it_IT": 44, "de_CH": 8, "pt_PT": 7, "alb": 6, "balkan": 5, "fr_CH": 3, "tr_TR": 2, "es_ES": 2,
              "inv_it": 8, "word_it": 10},
    "en_GB": {"en_GB": 46, "en_IN": 9, "pl_PL": 5, "en_NG": 5, "arab": 4, "ro_RO": 3, "pt_PT": 2, "ga_IE": 2,
              "cn": 3, "sw": 1, "inv_en": 8, "word_en": 10},
    "en_IE": {"en_IE": 48, "ga_IE": 9, "pl_PL": 7, "ro_RO": 3, "pt_BR": 5, "en_NG": 3, "en_IN": 2, "inv_en": 8,
              "word_en": 10},
    "en_US": {"en_US": 46, "es_MX": 10, "en_IN": 5, "vn": 3, "cn": 4, "en_NG": 3, "arab": 3, "pl_PL": 2,
              "it_IT": 2, "pt_BR": 2, "inv_en": 8, "word_en": 10},
}

PARTICLES = {"de": ("von", "von der", "zu", "vom"), "fr": ("de", "Le", "Du", "de la", "d'"),
             "it": ("Di", "De", "Da", "Del", "Lo", "D'"), "pt": ("da", "dos", "de", "das"),
             "nl": ("van", "van der", "de", "van den"), "en": ("Van", "De", "Mc")}
_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


@dataclass(frozen=True)
class Person:
    """A generated person; the mention helpers below turn it into marked text."""

    first: str
    last: str
    female: bool
    origin: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def initials(self) -> str:
        """'Hans-Peter' -> 'H.-P.', 'Anna Maria' -> 'A. M.'"""
        words = self.first.split(" ")
        return " ".join("-".join(part[0] + "." for part in w.split("-") if part) for w in words)


def full(p: Person) -> str:
    return P(p.full)


def last(p: Person) -> str:
    return P(p.last)


def first(p: Person) -> str:
    return P(p.first)


def inv(p: Person) -> str:
    """'Surname, First' as one span."""
    return P(f"{p.last}, {p.first}")


def caps(p: Person, comma: bool = False) -> str:
    """SURNAME First (French administrative order)."""
    return P(f"{p.last.upper()}{',' if comma else ''} {p.first}")


def ini(p: Person) -> str:
    return P(f"{p.initials} {p.last}")


def gen_de(name: str) -> str:
    """German genitive: 'Lenas' -> span 'Lena'; 'Jens'' -> span 'Jens'."""
    return P(name) + ("'" if name[-1] in "sßxzSX" else "s")


def gen_en(name: str) -> str:
    """English possessive: span without 's / '."""
    return P(name) + ("'" if name.endswith("s") else "'s")


# ---------------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------------
TOWNS: dict[str, tuple[tuple[str, str], ...]] = {
    "de_DE": (("10115", "Berlin"), ("10437", "Berlin"), ("20095", "Hamburg"), ("22767", "Hamburg"),
              ("80331", "München"), ("81369", "München"), ("50667", "Köln"), ("60311", "Frankfurt am Main"),
              ("70173", "Stuttgart"), ("40213", "Düsseldorf"), ("04109", "Leipzig"), ("01067", "Dresden"),
              ("30159", "Hannover"), ("90402", "Nürnberg"), ("28195", "Bremen"), ("44135", "Dortmund"),
              ("68159", "Mannheim"), ("79098", "Freiburg im Breisgau"), ("93047", "Regensburg"), ("24103", "Kiel"),
              ("18055", "Rostock"), ("99084", "Erfurt"), ("55116", "Mainz"), ("66111", "Saarbrücken"),
              ("49074", "Osnabrück"), ("97070", "Würzburg"), ("86150", "Augsburg"), ("35390", "Gießen"),
              ("06108", "Halle (Saale)"), ("72070", "Tübingen")),
    "de_AT": (("1010", "Wien"), ("1070", "Wien"), ("1100", "Wien"), ("1160", "Wien"), ("8010", "Graz"),
              ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt"),
              ("3100", "St. Pölten"), ("6900", "Bregenz"), ("2700", "Wiener Neustadt"), ("8700", "Leoben"),
              ("6850", "Dornbirn"), ("4600", "Wels"), ("9500", "Villach")),
    "de_CH": (("8001", "Zürich"), ("8045", "Zürich"), ("8400", "Winterthur"), ("3011", "Bern"), ("3007", "Bern"),
              ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"), ("5000", "Aarau"), ("2502", "Biel/Bienne"),
              ("7000", "Chur"), ("6300", "Zug"), ("8200", "Schaffhausen"), ("3600", "Thun"), ("4600", "Olten"),
              ("8820", "Wädenswil"), ("5400", "Baden")),
    "fr_FR": (("75011", "Paris"), ("75018", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"),
              ("31000", "Toulouse"), ("33000", "Bordeaux"), ("59000", "Lille"), ("44000", "Nantes"),
              ("67000", "Strasbourg"), ("34000", "Montpellier"), ("35000", "Rennes"), ("06000", "Nice"),
              ("21000", "Dijon"), ("37000", "Tours"), ("76000", "Rouen"), ("63000", "Clermont-Ferrand"),
              ("54000", "Nancy"), ("29200", "Brest"), ("87000", "Limoges"), ("92130", "Issy-les-Moulineaux"),
              ("93200", "Saint-Denis"), ("38000", "Grenoble")),
    "fr_BE": (("1000", "Bruxelles"), ("1050", "Ixelles"), ("1180", "Uccle"), ("1030", "Schaerbeek"),
              ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("1300", "Wavre"), ("7000", "Mons"),
              ("1348", "Louvain-la-Neuve"), ("4800", "Verviers"), ("6700", "Arlon"), ("7500", "Tournai")),
    "fr_CH": (("1204", "Genève"), ("1205", "Genève"), ("1003", "Lausanne"), ("1700", "Fribourg"),
              ("2000", "Neuchâtel"), ("1950", "Sion"), ("1400", "Yverdon-les-Bains"), ("1820", "Montreux"),
              ("2300", "La Chaux-de-Fonds"), ("1227", "Carouge"), ("1110", "Morges"), ("1870", "Monthey")),
    "fr_LU": (("L-1611", "Luxembourg"), ("L-2449", "Luxembourg"), ("L-4002", "Esch-sur-Alzette"),
              ("L-9010", "Ettelbruck"), ("L-8009", "Strassen"), ("L-3401", "Dudelange"),
              ("L-4501", "Differdange"), ("L-7201", "Walferdange"), ("L-6401", "Echternach")),
    "it_IT": (("20121", "Milano"), ("20135", "Milano"), ("00184", "Roma"), ("00153", "Roma"), ("10122", "Torino"),
              ("80133", "Napoli"), ("40121", "Bologna"), ("50123", "Firenze"), ("16121", "Genova"),
              ("90133", "Palermo"), ("70121", "Bari"), ("30121", "Venezia"), ("37121", "Verona"),
              ("35122", "Padova"), ("95131", "Catania"), ("09124", "Cagliari"), ("38122", "Trento"),
              ("39100", "Bolzano"), ("06121", "Perugia"), ("24121", "Bergamo"), ("43121", "Parma")),
    "it_CH": (("6900", "Lugano"), ("6500", "Bellinzona"), ("6600", "Locarno"), ("6850", "Mendrisio"),
              ("6830", "Chiasso"), ("6512", "Giubiasco"), ("7742", "Poschiavo"), ("6616", "Losone"),
              ("6934", "Bioggio"), ("6710", "Biasca")),
}
IT_PROV = {"Milano": "MI", "Roma": "RM", "Torino": "TO", "Napoli": "NA", "Bologna": "BO", "Firenze": "FI",
           "Genova": "GE", "Palermo": "PA", "Bari": "BA", "Venezia": "VE", "Verona": "VR", "Padova": "PD",
           "Catania": "CT", "Cagliari": "CA", "Trento": "TN", "Bolzano": "BZ", "Perugia": "PG", "Bergamo": "BG",
           "Parma": "PR"}
GB_TOWNS = (("London", "SW9"), ("London", "E8"), ("London", "N16"), ("Manchester", "M14"), ("Leeds", "LS6"),
            ("Birmingham", "B15"), ("Bristol", "BS8"), ("Glasgow", "G12"), ("Edinburgh", "EH3"), ("Cardiff", "CF10"),
            ("Belfast", "BT7"), ("Sheffield", "S10"), ("Norwich", "NR2"), ("Brighton", "BN1"), ("York", "YO1"),
            ("Oxford", "OX4"), ("Cambridge", "CB1"), ("Nottingham", "NG7"), ("Leicester", "LE2"),
            ("Liverpool", "L17"))
IE_TOWNS = (("Dublin 8", "D08"), ("Dublin 6W", "D6W"), ("Dún Laoghaire, Co. Dublin", "A96"), ("Cork", "T12"),
            ("Ballincollig, Co. Cork", "P31"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"),
            ("Kilkenny", "R95"), ("Sligo", "F91"), ("Athlone, Co. Westmeath", "N37"), ("Bray, Co. Wicklow", "A98"))
US_TOWNS = (("Springfield", "IL", "627"), ("Boston", "MA", "021"), ("Miami", "FL", "331"), ("Austin", "TX", "787"),
            ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Chicago", "IL", "606"), ("Portland", "OR", "972"),
            ("Brooklyn", "NY", "112"), ("Atlanta", "GA", "303"), ("Columbus", "OH", "432"), ("Madison", "WI", "537"),
            ("Raleigh", "NC", "276"), ("Minneapolis", "MN", "554"), ("Albuquerque", "NM", "871"))

STREETS: dict[str, tuple[str, ...]] = {
    "de_DE": ("Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Birkenweg",
              "Am Mühlbach", "Kirchgasse", "Goethestraße", "Friedrich-Ebert-Straße", "Kastanienallee", "Auf der Höhe",
              "Im Winkel", "Rosenstraße", "Ringstraße", "Zum Steinbruch", "An der Alten Post", "Beethovenstraße",
              "Eichendorffweg", "Dorfstraße", "Mozartstr.", "Hauptstr.", "Berliner Str.", "Wilhelm-Busch-Weg",
              "Sophienstraße", "Uhlandstraße", "Brunnenstraße", "Hinter den Gärten", "Kantstraße", "Lessingstraße"),
    "de_AT": ("Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Annenstraße", "Getreidegasse",
              "Maria-Theresien-Straße", "Wiener Straße", "Schubertgasse", "Linzer Gasse", "Grazer Straße",
              "Kaiserstraße", "Favoritenstraße", "Josefstädter Straße", "Lerchenfelder Gürtel", "Salzburger Straße",
              "Museumstraße", "Schönbrunner Straße", "Hauptplatz"),
    "de_CH": ("Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchweg", "Obere Gasse", "Rebbergstrasse",
              "Zürcherstrasse", "Hohlstrasse", "Im Grund", "Birkenweg", "Schulhausstrasse", "Hauptstrasse",
              "Alpenstrasse", "Sonnenbergstrasse", "Grabenweg", "Mühlegasse", "Steinackerstrasse", "Bernstrasse"),
    "fr_FR": ("rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
              "impasse des Tilleuls", "allée des Peupliers", "chemin du Moulin", "place du Marché", "rue Victor Hugo",
              "quai de la Fosse", "rue du Général Leclerc", "avenue de la Libération", "rue Pasteur",
              "rue des Écoles", "route de Lyon", "rue Nationale", "cours Gambetta", "rue Saint-Martin",
              "rue de la Paix", "rue du Château"),
    "fr_BE": ("Rue de la Loi", "Chaussée de Waterloo", "Avenue Louise", "Rue Saint-Gilles", "Rue de Fer",
              "Boulevard Tirou", "Rue du Midi", "Avenue des Celtes", "Rue Haute", "Rue de Namur",
              "Chaussée de Charleroi", "Rue des Glycines", "Avenue du Parc", "Place Saint-Lambert"),
    "fr_CH": ("Rue du Rhône", "Avenue de la Gare", "Chemin des Vignes", "Route de Berne", "Rue de Lausanne",
              "Avenue de Rumine", "Rue du Simplon", "Chemin de la Forêt", "Rue du Marché", "Grand-Rue",
              "Avenue des Alpes", "Chemin du Couchant", "Rue de Carouge"),
    "fr_LU": ("rue de la Gare", "route d'Arlon", "rue du Fossé", "boulevard Royal", "Grand-Rue", "rue de Hollerich",
              "rue Principale", "avenue de la Liberté", "rue des Romains", "rue de l'Alzette", "montée de la Pétrusse"),
    "it_IT": ("Via Roma", "Via Garibaldi", "Corso Buenos Aires", "Viale Monza", "Piazza Dante", "Via dei Mille",
              "Largo Augusto", "Vicolo Stretto", "Via San Francesco d'Assisi", "Via Giuseppe Verdi",
              "Corso Vittorio Emanuele II", "Via XX Settembre", "Via della Repubblica", "Via Mazzini", "Via Cavour",
              "Viale dei Pini", "Via delle Rose", "Via Nazionale", "Via IV Novembre", "V.le Europa", "P.zza Garibaldi"),
    "it_CH": ("Via Nassa", "Via Cantonale", "Viale Stazione", "Via ai Monti", "Via Pretorio", "Via Lugano",
              "Piazza Indipendenza", "Via San Gottardo", "Via Campagna", "Strada Regina", "Via Vela"),
    "en_GB": ("Kingsley Road", "Elm Grove", "Station Road", "Church Lane", "High Street", "Victoria Street",
              "Mill Lane", "Queens Road", "Park Avenue", "The Crescent", "Orchard Close", "Beech Drive",
              "Albert Terrace", "St Mary's Road", "Harrow Way", "Windsor Gardens", "Chapel Street", "Meadow View"),
    "en_IE": ("Seaview Terrace", "Main Street", "Church Road", "Oakpark Avenue", "Bridge Street", "Castle Street",
              "Riverside Drive", "Ashgrove Lawn", "Sandymount Road", "Ballymun Road", "College Road", "Mill Street"),
    "en_US": ("Maple Avenue", "Beacon Street", "Elm Street", "Oak Lane", "Sunset Boulevard", "W 84th Street",
              "NW 11th St", "Pine Ridge Road", "Lakeshore Drive", "Main St", "Cedar Court", "Washington Avenue",
              "Highland Ave", "Peachtree Road NE", "S Congress Ave"),
}

MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

FREEMAIL = {
    "DE": ("gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "mailbox.org", "freenet.de"),
    "AT": ("gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "hotmail.com"),
    "CH": ("bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "protonmail.ch", "gmail.com"),
    "FR": ("orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr"),
    "BE": ("skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be"),
    "LU": ("pt.lu", "internet.lu", "gmail.com", "hotmail.com", "icloud.com"),
    "IT": ("libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it", "yahoo.it"),
    "GB": ("btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "gmail.com", "sky.com", "outlook.com"),
    "IE": ("eircom.net", "gmail.com", "outlook.ie", "hotmail.com", "icloud.com"),
    "US": ("gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com", "hotmail.com"),
}
COUNTRY = {"de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "fr_FR": "FR", "fr_BE": "BE", "fr_CH": "CH", "fr_LU": "LU",
           "it_IT": "IT", "it_CH": "CH", "en_GB": "GB", "en_IE": "IE", "en_US": "US"}
LOCALES = {"de": ("de_DE", "de_AT", "de_CH"), "fr": ("fr_FR", "fr_BE", "fr_CH", "fr_LU"),
           "it": ("it_IT", "it_CH"), "en": ("en_GB", "en_IE", "en_US")}
# An IBAN from the country a person's name comes from (people keep accounts at home).
ORIGIN_IBAN = {"pt_PT": "PT", "pt_BR": "PT", "tr_TR": "TR", "pl_PL": "PL", "es_ES": "ES", "nl_NL": "NL",
               "nl_BE": "BE", "it_IT": "IT", "fr_FR": "FR", "de_DE": "DE"}
LEGAL = {"DE": ("GmbH", "AG", "KG", "GmbH & Co. KG", "e.K.", "OHG"), "AT": ("GmbH", "OG", "KG", "AG", "e.U."),
         "CH": ("AG", "GmbH", "Sàrl", "SA"), "FR": ("SARL", "SAS", "SA", "EURL"), "BE": ("SRL", "SA", "SPRL", "SComm"),
         "LU": ("S.à r.l.", "SA", "SARL-S"), "IT": ("S.r.l.", "S.p.A.", "s.n.c.", "S.a.s."),
         "GB": ("Ltd", "LLP", "plc", "Ltd."), "IE": ("Ltd", "DAC", "Ltd."), "US": ("Inc.", "LLC", "Corp.", "Co.")}
SECTOR = {"de": ("Bau", "Immobilien", "Logistik", "Haustechnik", "Treuhand", "Elektro", "Reisen", "Druck",
                 "Gebäudereinigung", "Versicherungsmakler", "Software", "Holzbau"),
          "fr": ("Immobilier", "Transports", "Bâtiment", "Conseil", "Électricité", "Voyages", "Plomberie",
                 "Assurances", "Informatique", "Menuiserie"),
          "it": ("Costruzioni", "Immobiliare", "Trasporti", "Impianti", "Consulting", "Viaggi", "Assicurazioni",
                 "Informatica", "Arredamenti", "Servizi"),
          "en": ("Builders", "Property", "Logistics", "Plumbing", "Consulting", "Travel", "Insurance", "Software",
                 "Joinery", "Lettings")}
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ł": "l", "đ": "dj", "ø": "o",
                           "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "'": "", "’": "", " ": "", ",": ""})


def ascii_mail(s: str, german: bool) -> str:
    """Name part of an e-mail address: lower case, umlauts spelled out in German-speaking use."""
    s = s.lower()
    if not german:
        s = s.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    s = s.translate(_TRANSLIT)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-."))


def _de_prep(street: str) -> str:
    """The preposition German puts before a street name."""
    head = street.split(" ")[0]
    if head in ("Obere", "Untere"):
        return "in der "
    if head in ("Am", "An", "Auf", "Im", "Hinter", "Zum", "Zur"):
        return ""
    word = head.split(",")[0].lower()
    if word.endswith(("weg", "ring", "grund")):
        return "im "
    if word.endswith(("platz", "markt")) or "Gürtel" in street:
        return "am "
    return "in der "


def _end(sentence: str) -> str:
    """Close a sentence that may already end with an abbreviation's period ('S.r.l.', 'e.K.')."""
    return sentence if sentence.endswith(".") else sentence + "."


def age_on(dob: dt.date, day: dt.date = TODAY) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------------------------------
# Per-document context: one seeded RNG and the country's formats
# ---------------------------------------------------------------------------------------------------
class Ctx:
    """Everything a template needs for one document: its locale, a seeded RNG, value formatters."""

    def __init__(self, locale: str, rng: random.Random) -> None:
        self.locale = locale
        self.lang = locale[:2]
        self.country = COUNTRY[locale]
        self.rng = rng

    # -- small helpers -----------------------------------------------------------------------------
    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ref(self, pattern: str) -> str:
        """A distractor identifier: '#' digit, '@' capital letter, anything else kept."""
        out = []
        for ch in pattern:
            if ch == "#":
                out.append(self.rng.choice("0123456789"))
            elif ch == "@":
                out.append(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
            else:
                out.append(ch)
        return "".join(out)

    # -- people ------------------------------------------------------------------------------------
    def person(self, female: bool | None = None, origin: str | None = None) -> Person:
        """A person of an origin drawn from the country's mix; sometimes with particle/hyphen/middle name."""
        rng = self.rng
        fem = rng.random() < 0.5 if female is None else female
        if origin is None:
            table = ORIGINS[self.locale]
            origin = rng.choices(list(table), weights=list(table.values()))[0]
        if origin in POOLS:
            pool = POOLS[origin]
            fn = rng.choice(pool.female if fem else pool.male)
            ln = rng.choice(pool.last)
            ln2 = rng.choice(pool.last)
            style = pool.style
        else:
            fk = _faker(origin)
            fk.seed_instance(rng.getrandbits(32))
            fn = fk.first_name_female() if fem else fk.first_name_male()
            ln = fk.last_name_female() if fem else fk.last_name_male()
            ln2 = fk.last_name_female() if fem else fk.last_name_male()
            style = FAKER_STYLE[origin]
        if " " not in ln and ln[0].islower():
            ln = ln[0].upper() + ln[1:]
        plain = " " not in ln and "-" not in ln and "'" not in ln
        x = rng.random()
        if style in PARTICLES and plain and x < 0.07 and style != "en":
            part = rng.choice(PARTICLES[style])
            if part.endswith("'") and ln[0].upper() not in "AEIOUÉÈ":
                part = "de" if style == "fr" else "Di"
            ln = f"{part}{ln}" if part.endswith("'") else f"{part} {ln}"
        elif style in ("de", "fr", "en", "it") and plain and x < 0.14 and ln2 != ln and " " not in ln2:
            ln = f"{ln}-{ln2}"
        elif style in ("es", "pt") and plain and x < 0.45 and ln2 != ln:
            ln = f"{ln} {ln2}"
        y = rng.random()
        if style in ("de", "fr", "en") and y < 0.08 and " " not in fn and "-" not in fn:
            other = self.person(female=fem, origin=origin).first
            if " " not in other and "-" not in other and other != fn:
                fn = f"{fn}-{other}"
        elif self.locale == "en_US" and y < 0.18 and " " not in fn:
            fn = f"{fn} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
        return Person(fn, ln, fem, origin)

    def child_of(self, parent: Person) -> Person:
        """A child carrying the parent's surname (first name and gender drawn together)."""
        kid = self.person()
        return Person(kid.first, parent.last, kid.female, parent.origin)

    def title(self, p: Person, case: str = "nom", short: bool = True) -> str:
        """Courtesy title for the language (German dative/accusative 'Herrn')."""
        if self.lang == "de":
            return "Frau" if p.female else ("Herr" if case == "nom" else "Herrn")
        if self.lang == "fr":
            return ("Mme" if p.female else "M.") if short else ("Madame" if p.female else "Monsieur")
        if self.lang == "it":
            return ("Sig.ra" if p.female else "Sig.") if short else ("signora" if p.female else "signor")
        return self.pick(("Ms", "Mrs")) if p.female else "Mr"

    def mail(self, p: Person, domain: str | None = None) -> str:
        """E-mail of a person: first.last@, f.last@, last.first@, firstlast84@ ... at a free-mail or firm domain."""
        rng = self.rng
        german = self.lang == "de"
        f = ascii_mail(p.first.split(" ")[0], german)
        ln = ascii_mail(p.last, german).replace("--", "-")
        dom = domain or rng.choice(FREEMAIL[self.country])
        forms = [f"{f}.{ln}", f"{f[0]}.{ln}", f"{ln}.{f}", f"{f}{ln}{rng.randint(1, 99)}", f"{f}_{ln}",
                 f"{ln}{f[0]}", f"{f}.{ln}{rng.randint(60, 99)}"]
        if domain:
            forms = [f"{f}.{ln}", f"{f[0]}.{ln}", f"{f[0]}{ln}", f"{ln}", f"{f}"]
        return f"{rng.choice(forms)}@{dom}"

    def domain(self, name: str) -> str:
        """A firm's web domain from its name."""
        tld = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "LU": "lu", "IT": "it", "GB": "co.uk",
               "IE": "ie", "US": "com"}[self.country]
        words = [ascii_mail(w, self.lang == "de") for w in re.split(r"[\s&/]+", name)]
        words = [w.strip(".-") for w in words if w.strip(".-") and w.lower() not in {
            "gmbh", "ag", "kg", "co", "co.", "sa", "sarl", "sas", "srl", "s.r.l.", "s.p.a.", "ltd", "ltd.", "llp",
            "inc.", "llc", "plc", "e.k.", "ohg", "og", "e.u.", "s.a.s.", "s.n.c.", "asbl", "sprl", "eurl", "dac",
            "corp.", "sàrl", "s.à", "r.l.", "sarl-s"}]
        return "-".join(words[:2]) + "." + tld

    # -- phones ------------------------------------------------------------------------------------
    def phone(self, mobile: bool | None = None) -> str:
        """A subscriber number in one of the country's usual written forms."""
        mob = self.chance(0.5) if mobile is None else mobile
        return getattr(self, f"_phone_{self.country.lower()}")(mob)

    def _phone_de(self, mob: bool) -> str:
        r = self.rng
        if mob:
            pre = r.choice(("151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174",
                            "175", "176", "177", "178", "179"))
            s = _dig(r, r.choice((7, 8)))
            return r.choice((f"0{pre} {s}", f"0{pre}-{s}", f"0{pre}/{s}", f"+49 {pre} {s}",
                             f"+49 (0){pre} {s[:3]} {s[3:]}", f"0049 {pre} {s}", f"+49{pre}{s}",
                             f"0{pre} {s[:3]} {s[3:]}", f"0{pre} / {s[:3]} {s[3:]}"))
        area = r.choice(("30", "40", "89", "221", "69", "711", "211", "351", "341", "511", "911", "421", "231",
                         "201", "621", "761", "941", "431", "381", "361", "6131", "681", "541", "931", "821", "641",
                         "7071", "345"))
        s = _dig(r, 10 - len(area) + r.choice((-1, 0, 0)))
        pairs = " ".join(s[i:i + 2] for i in range(0, len(s), 2))
        return r.choice((f"0{area} {s}", f"0{area}/{s}", f"(0{area}) {s}", f"+49 {area} {s}",
                         f"+49 (0){area} {s}", f"0{area} {s[:-2]}-{s[-2:]}", f"0{area}-{s}",
                         f"+49 {area} {s[:-3]}-{s[-3:]}", f"0{area} {pairs}"))

    def _phone_at(self, mob: bool) -> str:
        r = self.rng
        if mob:
            pre = r.choice(("650", "660", "664", "676", "680", "681", "688", "699"))
            s = _dig(r, 7)
            return r.choice((f"0{pre} {s[:3]} {s[3:5]} {s[5:]}", f"+43 {pre} {s}", f"0{pre}/{s}",
                             f"+43 (0){pre} {s}", f"0043 {pre} {s}", f"0{pre} {s}", f"+43 {pre} {s[:3]} {s[3:]}"))
        area = r.choice(("1", "1", "316", "662", "512", "732", "463", "2742", "5574", "2622", "3842", "7242"))
        s = _dig(r, 7 if area == "1" else 9 - len(area))
        return r.choice((f"0{area} {s}", f"0{area}/{s}", f"+43 {area} {s}", f"+43 (0){area} {s[:3]} {s[3:]}",
                         f"0{area} {s}-{_dig(r, 2)}", f"0{area}/{s[:2]} {s[2:4]} {s[4:]}"))

    def _phone_ch(self, mob: bool) -> str:
        r = self.rng
        if mob:
            area = r.choice(("76", "77", "78", "79", "79", "75"))
        else:
            area = r.choice({"de_CH": ("44", "43", "31", "61", "41", "71", "52", "62", "56", "81", "33", "55"),
                             "fr_CH": ("22", "21", "24", "26", "27", "32"), "it_CH": ("91", "91", "81")}[self.locale])
        s = _dig(r, 7)
        a, b, c = s[:3], s[3:5], s[5:]
        forms = [f"0{area} {a} {b} {c}", f"0{area} {a} {b} {c}", f"+41 {area} {a} {b} {c}",
                 f"+41 (0){area} {a} {b} {c}", f"0041 {area} {a} {b} {c}", f"0{area}/{a} {b} {c}", f"+41{area}{s}",
                 f"0{area} {s}"]
        if self.lang == "fr":
            forms.append(f"0{area}.{a}.{b}.{c}")
        return r.choice(forms)

    def _phone_fr(self, mob: bool) -> str:
        r = self.rng
        lead = r.choice("67") if mob else r.choice("123459")
        nsn = lead + _dig(r, 8, "0123456789")
        pairs = [nsn[i:i + 2] for i in range(1, 9, 2)]
        sp = " ".join(pairs)
        return r.choice((f"0{lead} {sp}", f"0{lead} {sp}", f"0{lead}.{'.'.join(pairs)}", f"0{lead}-{'-'.join(pairs)}",
                         f"0{nsn}", f"+33 {lead} {sp}", f"+33 (0){lead} {sp}", f"0033 {lead} {sp}", f"+33{nsn}"))

    def _phone_be(self, mob: bool) -> str:
        r = self.rng
        if mob:
            pre = r.choice(("470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486",
                            "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"))
            s = _dig(r, 6, "0123456789")
            g = f"{s[:2]} {s[2:4]} {s[4:]}"
            return r.choice((f"0{pre} {g}", f"0{pre}/{s[:2]}.{s[2:4]}.{s[4:]}", f"+32 {pre} {g}",
                             f"+32 (0){pre} {g}", f"0032 {pre} {s}", f"0{pre}{s}", f"0{pre} {s[:3]} {s[3:]}"))
        area = r.choice(("2", "2", "4", "9", "3", "10", "65", "71", "81", "67", "64", "87", "63"))
        s = _dig(r, 7 if len(area) == 1 else 6)
        g = f"{s[:3]} {s[3:5]} {s[5:]}" if len(s) == 7 else f"{s[:2]} {s[2:4]} {s[4:]}"
        dotted = g.replace(" ", ".")
        return r.choice((f"0{area} {g}", f"0{area}/{dotted}", f"+32 {area} {g}", f"+32 (0){area} {g}", f"0{area}{s}"))

    def _phone_lu(self, mob: bool) -> str:
        r = self.rng
        if mob:
            pre = r.choice(("621", "628", "661", "671", "691"))
            s = _dig(r, 6, "0123456789")
            return r.choice((f"+352 {pre} {s[:3]} {s[3:]}", f"{pre} {s[:3]} {s[3:]}", f"(+352) {pre} {s[:3]} {s[3:]}",
                             f"00352 {pre}{s}", f"+352 {pre}{s}", f"+352 {pre} {s[:2]} {s[2:4]} {s[4:]}"))
        if r.random() < 0.6:
            s = "2" + _dig(r, 7, "4567")
            g = " ".join(s[i:i + 2] for i in range(0, 8, 2))
        else:
            s = _dig(r, 6, "3456789")
            g = " ".join(s[i:i + 2] for i in range(0, 6, 2))
        return r.choice((f"+352 {g}", g, f"(+352) {g}", f"00352 {s}", f"+352 {s}"))

    def _phone_it(self, mob: bool) -> str:
        r = self.rng
        if mob:
            pre = r.choice(("320", "324", "327", "328", "329", "330", "333", "334", "335", "338", "339", "340", "342",
                            "345", "346", "347", "348", "349", "366", "368", "370", "377", "380", "388", "389", "391",
                            "392", "393"))
            s = _dig(r, 7, "0123456789")
            return r.choice((f"{pre} {s[:3]} {s[3:]}", f"{pre} {s}", f"{pre}/{s}", f"{pre}-{s}",
                             f"+39 {pre} {s[:3]} {s[3:]}", f"+39 {pre} {s}", f"0039 {pre} {s}", f"+39{pre}{s}",
                             f"{pre}.{s[:3]}.{s[3:]}", f"{pre} {s[:3]} {s[3:5]} {s[5:]}"))
        area = r.choice(("02", "06", "011", "055", "081", "051", "010", "041", "045", "049", "091", "095", "070",
                         "080", "0521", "0541", "0331", "0471", "0461", "035"))
        s = _dig(r, 10 - len(area) + r.choice((-1, 0, 0)))
        return r.choice((f"{area} {s}", f"{area} {s[:4]} {s[4:]}", f"{area}/{s}", f"{area}-{s}", f"+39 {area} {s}",
                         f"+39 {area} {s[:3]} {s[3:]}", f"0039 {area}{s}", f"{area}.{s}"))

    def _phone_gb(self, mob: bool) -> str:
        r = self.rng
        if mob:
            pre = "7" + r.choice("4578") + _dig(r, 2, "0123456789")
            s = _dig(r, 6, "0123456789")
            return r.choice((f"0{pre} {s}", f"0{pre}{s}", f"+44 {pre} {s}", f"+44 (0){pre} {s}", f"+44{pre}{s}",
                             f"0{pre} {s[:3]} {s[3:]}", f"(0{pre}) {s}", f"+44 {pre} {s[:3]} {s[3:]}"))
        area, n = r.choice((("20", 8), ("20", 8), ("161", 7), ("113", 7), ("117", 7), ("121", 7), ("131", 7),
                            ("141", 7), ("151", 7), ("114", 7), ("115", 7), ("29", 8), ("28", 8), ("1865", 6),
                            ("1223", 6), ("1273", 6), ("1603", 6), ("1904", 6)))
        s = _dig(r, n, "2345789")
        g = f"{s[:4]} {s[4:]}" if n == 8 else (f"{s[:3]} {s[3:]}" if n == 7 else s)
        return r.choice((f"0{area} {g}", f"(0{area}) {g}", f"+44 {area} {g}", f"+44 (0){area} {g}", f"0{area}{s}",
                         f"0{area} {g}"))

    def _phone_ie(self, mob: bool) -> str:
        r = self.rng
        if mob:
            pre = "8" + r.choice("35679")
            s = _dig(r, 7)
            return r.choice((f"0{pre} {s[:3]} {s[3:]}", f"0{pre}-{s}", f"0{pre} {s}", f"+353 {pre} {s[:3]} {s[3:]}",
                             f"+353 (0){pre} {s}", f"00353 {pre} {s}", f"+353{pre}{s}", f"(0{pre}) {s[:3]} {s[3:]}"))
        area, n = r.choice((("1", 7), ("1", 7), ("21", 7), ("91", 6), ("61", 6), ("51", 6), ("56", 7), ("71", 7),
                            ("66", 7), ("41", 7)))
        s = _dig(r, n)
        g = f"{s[:3]} {s[3:]}" if n == 7 else f"{s[:2]} {s[2:]}"
        return r.choice((f"0{area} {g}", f"(0{area}) {g}", f"+353 {area} {g}", f"+353 (0){area} {g}", f"0{area}-{s}"))

    def _phone_us(self, mob: bool) -> str:
        r = self.rng
        npa = r.choice(("212", "646", "718", "312", "415", "617", "202", "305", "404", "512", "206", "303", "612",
                        "713", "215", "614", "503", "702", "919", "801", "773", "510"))
        nxx = _dig(r, 3, "23456789")
        line = _dig(r, 4, "0123456789")
        return r.choice((f"({npa}) {nxx}-{line}", f"({npa}) {nxx}-{line}", f"{npa}-{nxx}-{line}",
                         f"{npa}.{nxx}.{line}", f"+1 {npa} {nxx} {line}", f"+1 ({npa}) {nxx}-{line}",
                         f"1-{npa}-{nxx}-{line}", f"{npa} {nxx} {line}", f"+1-{npa}-{nxx}-{line}",
                         f"({npa}){nxx}-{line}"))

    def hotline(self) -> str:
        """An organisation's service number (toll-free/shared-cost): a distractor, never labelled."""
        r = self.rng
        c = self.country
        if c == "DE":
            return r.choice((f"0800 {_dig(r, 3)} {_dig(r, 4)}", f"0180 6 {_dig(r, 6)}", f"0800-{_dig(r, 7)}"))
        if c == "AT":
            return r.choice((f"0800 {_dig(r, 3)} {_dig(r, 3)}", f"0810 {_dig(r, 6)}"))
        if c == "CH":
            return r.choice((f"0800 {_dig(r, 3)} {_dig(r, 3)}", f"0848 {_dig(r, 3)} {_dig(r, 3)}",
                             f"0844 {_dig(r, 2)} {_dig(r, 2)} {_dig(r, 2)}"))
        if c == "FR":
            return r.choice((f"0 800 {_dig(r, 2)} {_dig(r, 2)} {_dig(r, 2)}", f"0 805 {_dig(r, 3)} {_dig(r, 3)}",
                             f"0 969 {_dig(r, 3)} {_dig(r, 3)}"))
        if c == "BE":
            return r.choice((f"0800 {_dig(r, 2)} {_dig(r, 3)}", f"078 {_dig(r, 2)} {_dig(r, 2)} {_dig(r, 2)}"))
        if c == "LU":
            return f"8002 {_dig(r, 4)}"
        if c == "IT":
            return r.choice((f"800 {_dig(r, 3)} {_dig(r, 3)}", f"800.{_dig(r, 3)}.{_dig(r, 3)}", f"199 {_dig(r, 6)}"))
        if c == "GB":
            return r.choice((f"0800 {_dig(r, 3)} {_dig(r, 4)}", f"0345 {_dig(r, 3)} {_dig(r, 4)}",
                             f"0330 {_dig(r, 3)} {_dig(r, 4)}"))
        if c == "IE":
            return r.choice((f"1800 {_dig(r, 3)} {_dig(r, 3)}", f"1850 {_dig(r, 2)} {_dig(r, 2)} {_dig(r, 2)}"))
        return r.choice((f"1-800-{_dig(r, 3, '2345678')}-{_dig(r, 4, '0123456789')}",
                         f"(888) {_dig(r, 3, '2345678')}-{_dig(r, 4, '0123456789')}",
                         f"1-866-{_dig(r, 3, '2345678')}-{_dig(r, 4, '0123456789')}"))

    # -- addresses ---------------------------------------------------------------------------------
    def town(self) -> str:
        """A town alone (distractor, not an address)."""
        if self.country == "GB":
            return self.pick(GB_TOWNS)[0]
        if self.country == "IE":
            return self.pick(IE_TOWNS)[0].split(",")[0]
        if self.country == "US":
            return self.pick(US_TOWNS)[0]
        return self.pick(TOWNS[self.locale])[1]

    def street(self) -> str:
        """A street name without house number (distractor)."""
        return self.pick(STREETS[self.locale])

    def _house(self) -> str:
        r = self.rng
        n = str(r.choice((r.randint(1, 30), r.randint(1, 180))))
        return n + r.choice(("", "", "", "", "a", "b")) if self.lang != "en" else n

    def address(self, unit: bool = True, pobox: bool = True) -> tuple[str, str]:
        """(street line, postcode+town line) in the country's order and spelling."""
        r = self.rng
        loc, c = self.locale, self.country
        st = self.street()
        if c in ("DE", "AT", "CH") and self.lang == "de":
            if c == "AT" and r.random() < 0.6:
                stair = r.choice((str(r.randint(1, 6)) + "/", "Top ", "", ""))
                line = f"{st} {r.randint(1, 120)}/{stair}{r.randint(1, 24)}"
            else:
                line = f"{st} {self._house()}"
            if unit and r.random() < 0.2:
                line += r.choice((", 3. OG", ", 2. Stock links", " (Hinterhaus)", ", Whg. 7", ", EG rechts"))
            if c == "CH" and unit and pobox and r.random() < 0.08:
                line = f"Postfach {r.randint(10, 999)}"
            pc, tw = self.pick(TOWNS[loc])
            prefix = {"DE": "D-", "AT": "A-", "CH": "CH-"}[c] if r.random() < 0.1 else ""
            return line, f"{prefix}{pc} {tw}"
        if c == "FR":
            n = f"{r.randint(1, 150)}{r.choice(('', '', '', ' bis', ' ter'))}"
            line = r.choice((f"{n} {st}", f"{n}, {st}", f"{n} {st}"))
            if unit and r.random() < 0.2:
                line = r.choice((f"Appt {r.randint(1, 60)}, ", f"Résidence Les Pins, bât. {r.choice('ABCD')}, ",
                                 f"Bâtiment {r.choice('ABC')}, {r.randint(2, 6)}e étage, ")) + line
            pc, tw = self.pick(TOWNS[loc])
            return line, f"{pc} {tw.upper() if r.random() < 0.3 else tw}"
        if c in ("BE", "CH") and self.lang == "fr":
            line = f"{st} {self._house()}"
            if c == "BE" and unit and r.random() < 0.25:
                line += r.choice((f" bte {r.randint(1, 30)}", f"/{r.randint(1, 12)}", f" boîte {r.randint(1, 30)}"))
            if c == "CH" and unit and pobox and r.random() < 0.08:
                line = f"Case postale {r.randint(10, 999)}"
            pc, tw = self.pick(TOWNS[loc])
            prefix = ("B-" if c == "BE" else "CH-") if r.random() < 0.15 else ""
            return line, f"{prefix}{pc} {tw}"
        if c == "LU":
            line = r.choice((f"{r.randint(1, 120)}, {st}", f"{r.randint(1, 120)} {st}", f"{r.randint(1, 120)}, {st}"))
            pc, tw = self.pick(TOWNS[loc])
            return line, f"{pc} {tw}"
        if c in ("IT", "CH"):
            n = r.choice((str(r.randint(1, 140)), f"{r.randint(1, 90)}/{r.choice('ABC')}", str(r.randint(1, 40))))
            line = r.choice((f"{st} {n}", f"{st}, {n}", f"{st} {n}"))
            if unit and r.random() < 0.2:
                line += r.choice((f", int. {r.randint(1, 20)}", f", scala {r.choice('ABC')}, int. {r.randint(1, 20)}",
                                  f" int. {r.randint(1, 12)}"))
            pc, tw = self.pick(TOWNS[loc])
            if c == "IT":
                prov = IT_PROV.get(tw, "")
                tl = r.choice((f"{pc} {tw} ({prov})", f"{pc} {tw} {prov}", f"{pc} {tw}", f"{pc} - {tw} ({prov})"))
            else:
                tl = f"{r.choice(('', '', 'CH-'))}{pc} {tw}"
            return line, tl
        if c == "GB":
            line = f"{r.randint(1, 180)} {st}"
            if unit and r.random() < 0.25:
                line = r.choice((f"Flat {r.randint(1, 12)}, ", f"Flat {r.randint(1, 6)}{r.choice('ABC')}, ",
                                 "Rose Cottage, ", "2nd Floor Flat, ")) + line
            tw, out = self.pick(GB_TOWNS)
            inward = f"{r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            return line, r.choice((f"{tw} {out} {inward}", f"{tw.upper()} {out} {inward}", f"{tw}, {out} {inward}"))
        if c == "IE":
            line = f"{r.randint(1, 120)} {st}"
            if unit and r.random() < 0.25:
                line = r.choice((f"Apt {r.randint(1, 40)}, ", f"Apartment {r.randint(1, 40)}, The Maltings, ")) + line
            tw, key = self.pick(IE_TOWNS)
            uid = "".join(r.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(4))
            return line, r.choice((f"{tw}, {key} {uid}", f"{tw} {key} {uid}"))
        line = f"{r.randint(10, 9899)} {st}"
        if unit and r.random() < 0.3:
            line += r.choice((f", Apt {r.randint(1, 20)}{r.choice('ABCD')}", f" Suite {r.randint(1, 9)}00",
                              f" #{r.randint(1, 40)}", f", Unit {r.randint(1, 30)}"))
        city, stt, z = self.pick(US_TOWNS)
        zipc = z + _dig(self.rng, 2, "0123456789") + (f"-{_dig(self.rng, 4, '0123456789')}" if r.random() < 0.2 else "")
        return line, r.choice((f"{city}, {stt} {zipc}", f"{city} {stt} {zipc}"))

    def in_street(self, street: str | None = None) -> str:
        """German 'in der Lindenstraße' / 'im Birkenweg' / 'am Hauptplatz' / 'Am Mühlbach' (street without number)."""
        st = street or self.street()
        return _de_prep(st) + st

    def in_addr1(self) -> str:
        """German 'in der' + one-line address (preposition outside the span)."""
        line, tl = self.address(unit=True, pobox=False)
        return _de_prep(line) + AD(f"{line}, {tl}")

    def addr1(self, unit: bool = True) -> str:
        """A one-line address, marked as one span."""
        line, tl = self.address(unit)
        sep = ", "
        if self.lang == "it" and self.chance(0.3):
            sep = " - "
        if self.lang == "fr" and self.country == "FR" and self.chance(0.2):
            sep = " – "
        return AD(f"{line}{sep}{tl}")

    def addr2(self, sep: str = "\n", unit: bool = True) -> str:
        """A two-line address: two spans."""
        line, tl = self.address(unit)
        return f"{AD(line)}{sep}{AD(tl)}"

    # -- dates, money, accounts --------------------------------------------------------------------
    def dob_date(self, child: bool = False) -> dt.date:
        lo, hi = ((dt.date(2010, 1, 1), dt.date(2021, 8, 31)) if child
                  else (dt.date(1939, 1, 1), dt.date(2006, 12, 31)))
        return lo + dt.timedelta(days=self.rng.randint(0, (hi - lo).days))

    def event_date(self, lo: dt.date = dt.date(2026, 1, 5), hi: dt.date = dt.date(2027, 6, 30)) -> dt.date:
        return lo + dt.timedelta(days=self.rng.randint(0, (hi - lo).days))

    def date_pair(self, style: str | None = None, days: int = 21) -> tuple[str, str]:
        """Start and end of a trip/stay, in order (plain dates, distractors)."""
        start = self.event_date()
        end = start + dt.timedelta(days=self.rng.randint(1, days))
        st = style or self.pick(("num", "long"))
        return self.fmt(start, st), self.fmt(end, st)

    def fmt(self, d: dt.date, style: str | None = None) -> str:
        """A date as written in the country: numeric, unpadded, long with month name, ISO."""
        r = self.rng
        style = style or r.choice(("num", "num", "num", "short", "long", "long"))
        us = self.country == "US"
        if style == "iso":
            return d.isoformat()
        if style in ("num", "short"):
            dd, mm = (f"{d.day:02d}", f"{d.month:02d}") if style == "num" else (str(d.day), str(d.month))
            sep = "." if self.lang == "de" or self.country in ("CH", "LU") and r.random() < 0.7 else "/"
            if self.lang == "it" and self.country == "IT" and r.random() < 0.2:
                sep = "-"
            if self.lang == "en" and not us and r.random() < 0.15:
                sep = "."
            return f"{mm}{sep}{dd}{sep}{d.year}" if us else f"{dd}{sep}{mm}{sep}{d.year}"
        months = MONTHS[self.lang]
        m = months[d.month - 1]
        if self.lang == "de":
            if self.country == "AT" and d.month == 1:
                m = "Jänner"
            return f"{d.day}. {m} {d.year}"
        if self.lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
        if self.lang == "it":
            return f"{'1°' if d.day == 1 and r.random() < 0.5 else d.day} {m} {d.year}"
        if us:
            return f"{m} {d.day}, {d.year}" if r.random() < 0.8 else f"{m[:3]} {d.day}, {d.year}"
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return r.choice((f"{d.day} {m} {d.year}", f"{d.day}{suffix} {m} {d.year}", f"{d.day} {m[:3]} {d.year}"))

    def dob(self, d: dt.date | None = None, child: bool = False, style: str | None = None) -> str:
        """A marked date of birth."""
        return DB(self.fmt(d or self.dob_date(child), style))

    def date(self, style: str | None = None) -> str:
        """A plain event date (distractor)."""
        return self.fmt(self.event_date(), style)

    def iban_value(self, country: str | None = None, p: Person | None = None) -> str:
        """An IBAN of the document's country; sometimes, for a person, of the country their name comes from."""
        c = country or self.country
        if country is None and self.country == "US":
            c = "GB"
        if p is not None and p.origin in ORIGIN_IBAN and self.rng.random() < 0.3:
            c = ORIGIN_IBAN[p.origin]
        iban = make_iban(c, bban(c, self.rng))
        r = self.rng.random()
        if r < 0.55:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        if r < 0.9:
            return iban
        return iban[:4] + " " + iban[4:]

    def iban(self, country: str | None = None, p: Person | None = None) -> str:
        return IB(self.iban_value(country, p))

    def card_value(self) -> str:
        r = self.rng
        kind = r.choice(("visa", "visa", "mc", "mc2", "amex"))
        if kind == "amex":
            body = r.choice(("34", "37")) + _dig(r, 12, "0123456789")
            num = body + luhn_digit(body)
            return r.choice((f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"))
        prefix = {"visa": "4", "mc": r.choice(("51", "52", "53", "54", "55")), "mc2": str(r.randint(2221, 2720))}[kind]
        body = prefix + _dig(r, 15 - len(prefix), "0123456789")
        num = body + luhn_digit(body)
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
        return r.choice((" ".join(groups), " ".join(groups), " ".join(groups), "-".join(groups), num, num,
                         "  ".join(groups)))

    def card(self) -> str:
        return CC(self.card_value())

    def masked_card(self) -> str:
        """A masked card number (distractor)."""
        tail = _dig(self.rng, 4, "0123456789")
        return self.pick((f"**** **** **** {tail}", f"XXXX-XXXX-XXXX-{tail}", f"•••• {tail}", f"************{tail}"))

    def non_luhn(self, n: int = 16) -> str:
        """A long number that is not a valid card number (tracking/order number distractor)."""
        while True:
            s = _dig(self.rng, n)
            if not luhn_ok(s):
                return s

    def money(self, lo: float, hi: float, cents: bool | None = None) -> str:
        r = self.rng
        v = round(r.uniform(lo, hi), 2)
        if cents is False or (cents is None and r.random() < 0.4):
            v = float(round(v))
        whole, frac = f"{v:,.2f}".split(".")
        c = self.country
        if c == "CH":
            w = whole.replace(",", "'")
            return r.choice((f"CHF {w}.{frac}", f"Fr. {w}.{frac}",
                             f"{w}.{frac} CHF" if self.lang == "fr" else f"CHF {w}.{frac}"))
        if c in ("GB", "US"):
            sym = "£" if c == "GB" else "$"
            return f"{sym}{whole}.{frac}"
        if c == "IE":
            return f"€{whole}.{frac}"
        if self.lang == "fr":
            w = whole.replace(",", "\u202f" if r.random() < 0.3 else " ")
            return r.choice((f"{w},{frac} €", f"{w},{frac} EUR", f"{w} €" if frac == "00" else f"{w},{frac} €"))
        w = whole.replace(",", ".")
        if self.lang == "it":
            return r.choice((f"€ {w},{frac}", f"{w},{frac} euro", f"{w},{frac} €", f"EUR {w},{frac}"))
        return r.choice((f"{w},{frac} €", f"{w},{frac} EUR", f"EUR {w},{frac}", f"€ {w},{frac}"))

    def company(self, surname: str | None = None) -> str:
        """A firm, often named after a person (distractor: a company is not a PERSON)."""
        r = self.rng
        legal = r.choice(LEGAL[self.country])
        sector = r.choice(SECTOR[self.lang])
        name = (surname or self.person().last).split(" ")[-1]
        name = name[2:] if name[:2] in ("d'", "D'") else name
        x = r.random()
        if x < 0.35:
            return f"{name} {sector} {legal}"
        if x < 0.55:
            return f"{name} & {self.person().last} {legal}"
        if x < 0.7 and self.lang == "de":
            return f"{name} & Söhne {legal}"
        if x < 0.7 and self.lang == "fr":
            return f"{name} & Fils {legal}"
        if x < 0.7 and self.lang == "it":
            return f"{name} & Figli {legal}"
        brands = {"de": ("Nordlicht", "Alpenblick", "Rheinwerk", "Sonnenhof", "Brückner", "Blauwal"),
                  "fr": ("Horizon", "Les Trois Chênes", "Azur", "Belvédère", "Atelier Lumière"),
                  "it": ("Aurora", "Stella Alpina", "Il Faro", "Orizzonte", "Tre Ponti"),
                  "en": ("Northgate", "Bluebell", "Harbourside", "Kestrel", "Riverstone")}[self.lang]
        return f"{r.choice(brands)} {sector} {legal}"

    def plate(self) -> str:
        """A licence plate (distractor)."""
        r = self.rng
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"

        def s(n: int) -> str:
            return "".join(r.choice(L) for _ in range(n))

        c = self.country
        if c == "DE":
            district = r.choice(("B", "M", "HH", "K", "F", "S", "GI", "L", "DD", "HD"))
            return f"{district}-{s(2)} {_dig(r, r.randint(2, 4))}"
        if c == "AT":
            return f"{r.choice(('W', 'G', 'L', 'S', 'I', 'K', 'GU', 'BR'))}-{_dig(r, 3)} {s(2)}"
        if c == "CH":
            return f"{r.choice(('ZH', 'BE', 'VD', 'GE', 'TI', 'LU', 'AG', 'SG'))} {_dig(r, r.randint(5, 6))}"
        if c == "FR":
            return f"{s(2)}-{_dig(r, 3, '0123456789')}-{s(2)}"
        if c == "BE":
            return f"{r.randint(1, 2)}-{s(3)}-{_dig(r, 3, '0123456789')}"
        if c == "LU":
            return f"{s(2)} {_dig(r, 4)}"
        if c == "IT":
            return f"{s(2)} {_dig(r, 3, '0123456789')}{s(2)}"
        if c == "GB":
            return f"{s(2)}{r.randint(10, 74)} {s(3)}"
        if c == "IE":
            year = f"{r.randint(12, 25)}{r.choice(('1', '2'))}"
            return f"{year}-{r.choice(('D', 'C', 'G', 'KY', 'L', 'WW'))}-{_dig(r, 5)}"
        return f"{r.randint(1, 9)}{s(3)}{_dig(r, 3, '0123456789')}"


# ---------------------------------------------------------------------------------------------------
# German templates (DE/AT/CH)
# ---------------------------------------------------------------------------------------------------
SCHOOL_DOMAINS = {
    "de": ("schule-am-park.de", "gs-lindenhof.de", "schulen-zuerich.ch", "bildung.tirol.gv.at"),
    "FR": ("ac-lyon.fr", "ecole-jules-ferry.fr"), "BE": ("ecoles.cfwb.be",), "CH": ("edu.ge.ch", "edu-vd.ch"),
    "LU": ("education.lu",), "GB": ("oakfield.sch.uk", "riverside-primary.co.uk"), "IE": ("stmarysns.ie",),
    "US": ("lincoln-elementary.org",),
}
DE_RATINGS = ("übertrifft die Erwartungen", "erfüllt die Erwartungen voll", "erfüllt die Erwartungen überwiegend")
IT_PORTALS = {"IT": ("Immobiliare.it", "Idealista", "Subito.it"), "CH": ("homegate.ch", "Flatfox", "ImmoScout24.ch")}


def _gr(c: Ctx, dative: bool = False) -> str:
    """'Grüße' ('Mit freundlichen Grüßen' in the dative), with the Swiss spelling in CH."""
    word = "Grüße" + ("n" if dative else "")
    return word.replace("ß", "ss") if c.country == "CH" else word


def _de_job(c: Ctx, p: Person) -> str:
    jobs = (("Pflegefachfrau", "Pflegefachmann"), ("Softwareentwicklerin", "Softwareentwickler"),
            ("Lehrerin", "Lehrer"), ("Buchhalterin", "Buchhalter"), ("Elektronikerin", "Elektroniker"),
            ("Projektleiterin", "Projektleiter"), ("Physiotherapeutin", "Physiotherapeut"),
            ("Sachbearbeiterin", "Sachbearbeiter"), ("Architektin", "Architekt"), ("Köchin", "Koch"))
    f, m = c.pick(jobs)
    return f if p.female else m


def de_tenancy(c: Ctx) -> str:
    """Tenancy application: a cover letter to a landlord or a tenant self-disclosure form."""
    me = c.person()
    partner = c.person(female=not me.female) if c.chance(0.65) else None
    landlord = c.person()
    old = c.person()
    ch, at = c.country == "CH", c.country == "AT"
    portal = c.pick(("Homegate", "Flatfox", "newhome.ch") if ch else ("willhaben", "ImmoScout24") if at
                    else ("ImmoScout24", "Immowelt", "Kleinanzeigen"))
    rent = c.money(850, 2600, cents=False)
    rooms = c.pick(("2", "2,5", "3", "3,5", "4", "4,5") if ch else ("2", "3", "4"))
    employer = c.company()
    my_dob = c.dob_date()
    doc_note = ("Betreibungsregisterauszug vom " + c.date("num") if ch else
                "Meldezettel und Lohnzettel der letzten drei Monate" if at else "Schufa-Auskunft vom " + c.date("num"))
    if c.chance(0.5):
        sal = "Sehr geehrte Frau" if landlord.female else "Sehr geehrter Herr"
        pline = ""
        if partner:
            rel = "meinem Partner" if not partner.female else "meiner Partnerin"
            pline = (f" Gemeinsam mit {rel} {full(partner)} (geboren am {c.dob()}, {_de_job(c, partner)}) "
                     f"suche ich eine ruhige Wohnung für die nächsten Jahre.")
        body = (
            f"Kannst du diese Wohnungsbewerbung etwas freundlicher und kürzer formulieren? Es geht um die "
            f"{rooms}-Zimmer-Wohnung {c.in_street()} in {c.town()}, {rent} warm.\n\n---\n"
            f"{sal} {last(landlord)},\n\n"
            f"mit großem Interesse habe ich Ihr Inserat auf {portal} (Objekt-ID {c.ref('####-###')}) gelesen. "
            f"Mein Name ist {full(me)}, ich bin {age_on(my_dob)} Jahre alt (geb. {c.dob(my_dob)}) und arbeite seit "
            f"{c.rng.randint(2012, 2024)} als {_de_job(c, me)} bei der {_end(employer)}{pline}\n\n"
            f"Zurzeit wohnen wir {c.in_addr1()}. Unser jetziger Vermieter, {c.title(old)} {last(old)}, "
            "bestätigt Ihnen gerne, dass die Miete immer pünktlich kam – Sie erreichen ihn unter "
            f"{PH(c.phone(False))}.\n\n"
            f"Die Kaution ({c.money(1800, 6000, cents=False)}) würden wir direkt nach Vertragsunterzeichnung von "
            f"unserem Konto {c.iban()} überweisen. {doc_note} liegt bei.\n\n"
            f"Für eine Besichtigung bin ich unter {PH(c.phone(True))} oder {EM(c.mail(me))} erreichbar, gerne auch "
            "abends.\n\n"
            f"Mit freundlichen {_gr(c, True)}\n{full(me)}"
        )
        return body
    kid = c.person(origin=None)
    kid_dob = c.dob_date(child=True)
    lines = [
        f"Hier meine Selbstauskunft für die Hausverwaltung {c.company()}, bitte prüfe, ob etwas fehlt:",
        "",
        "MIETERSELBSTAUSKUNFT",
        f"Mietobjekt: {c.street()}, {c.town()} – {rooms}-Zimmer-Wohnung, {c.pick(('EG', '1. OG', '2. OG', 'DG'))}",
        "",
        "1. Mietinteressent/in",
        f"Name, Vorname: {inv(me)}",
        f"Geburtsdatum: {c.dob(my_dob, style=c.pick(('num', 'short')))}",
        f"Anschrift: {c.addr2(sep=chr(10) + '           ')}",
        f"Telefon (mobil): {PH(c.phone(True))}",
        f"E-Mail: {EM(c.mail(me))}",
        f"Arbeitgeber: {employer}, seit {c.date('num')}",
        f"Nettoeinkommen: {c.money(2400, 6800)}",
    ]
    if partner:
        lines += ["", "2. Mitbewohner/in", f"Name, Vorname: {inv(partner)}",
                  f"Geburtsdatum: {c.dob(style='num')}", f"Telefon: {PH(c.phone())}"]
    lines += [f"Kinder im Haushalt: {P(kid.first)} ({age_on(kid_dob)} J.)",
              f"Vorvermieter: {full(old)}, Tel. {PH(c.phone())}",
              f"Bankverbindung (Kaution/Miete): {c.iban(p=me)}",
              f"Haustiere: {c.pick(('keine', 'eine Katze', 'ein kleiner Hund'))}",
              "",
              f"{c.town()}, den {c.date('num')}          Unterschrift: {full(me)}"]
    return "\n".join(lines)


def de_school(c: Ctx) -> str:
    """School/parent messages: a class-trip letter from the teacher or a parent's note to the teacher."""
    teacher = c.person()
    ch = c.country == "CH"
    if c.chance(0.5):
        helper = c.person()
        parent = c.person()
        kid = c.person(origin=None)
        klasse = c.pick(("3b", "4a", "5c", "2d", "6a"))
        place = c.pick(("Jugendherberge am See", "Schullandheim Waldblick", "Lagerhaus Sonnenberg",
                        "Ferienhof Kranich"))
        t_title = "Klassenlehrerin" if teacher.female else "Klassenlehrer"
        trip = c.date_pair("num", 5)
        return (
            f"Bitte mach aus diesem Elternbrief eine kurze Version für die Klassen-App:\n\n"
            f"Liebe Eltern der Klasse {klasse},\n\n"
            f"wie angekündigt fahren wir vom {trip[0]} bis {trip[1]} ins {place} nach {c.town()}. "
            f"Die Kosten betragen {c.money(120, 320, cents=False)} pro Kind. Bitte überweisen Sie den Betrag bis "
            f"{c.date('long')} auf das Konto des Fördervereins, {c.iban()}, Verwendungszweck: "
            f"\"{'Lager' if ch else 'Klassenfahrt'} {klasse} + Name des Kindes\".\n\n"
            f"Begleitet werden wir von {c.title(helper, 'dat')} {last(helper)} und von {full(parent)} "
            f"({'Mutter' if parent.female else 'Vater'} von {P(kid.first)}) – vielen Dank dafür! "
            f"Falls Ihr Kind Medikamente braucht oder Allergien hat, geben Sie bitte den beiliegenden Zettel bis "
            f"Freitag zurück.\n\n"
            f"Während der Fahrt bin ich unter {PH(c.phone(True))} erreichbar; die Herberge selbst hat die Nummer "
            f"{PH(c.phone(False))}. In allen anderen Fällen schreiben Sie mir bitte an "
            f"{EM(c.mail(teacher, c.pick(SCHOOL_DOMAINS['de'])))}.\n\n"
            f"Herzliche {_gr(c)}\n{full(teacher)}, {t_title} {klasse}"
        )
    kid = c.person(origin=None)
    me = c.person(female=c.chance(0.6))
    kid_first = kid.first.split(" ")[0].split("-")[0]
    kid_name = Person(kid_first, me.last, kid.female)
    sal = "Liebe Frau" if teacher.female else "Lieber Herr"
    son = "unsere Tochter" if kid.female else "unser Sohn"
    return (
        f"Kannst du das höflicher formulieren?\n\n"
        f"{sal} {last(teacher)},\n\n"
        f"{son} {P(kid_name.first)} wird am {c.date('num')} wegen eines Arzttermins erst zur dritten Stunde kommen. "
        f"Könnten Sie {gen_de(kid_name.first)} Arbeitsblätter für Mathe bitte {'ihrer' if kid.female else 'seiner'} "
        "Sitznachbarin "
        f"{P(c.person(female=True).first)} mitgeben? "
        f"Außerdem wollte ich fragen, ob die Anmeldung zur Nachmittagsbetreuung angekommen ist "
        f"(Kind: {full(kid_name)}, geb. {c.dob(child=True)}, Klasse {c.pick(('1a', '2b', '3c', '4d'))}).\n\n"
        f"Sie erreichen mich tagsüber unter {PH(c.phone(True))}, {'mein Mann' if me.female else 'meine Frau'} "
        f"{P(c.person(female=not me.female).first)} ist "
        f"unter {PH(c.phone())} erreichbar.\n\n"
        f"Viele {_gr(c)}\n{full(me)}"
    )


def de_claim(c: Ctx) -> str:
    """Insurance claim description: water damage or bicycle theft, written for the insurer."""
    me = c.person()
    policy = c.ref(c.pick(("HR-###.###.###", "##/####/#####", "V-########")))
    if c.chance(0.55):
        upstairs = c.person()
        caretaker = c.person(female=False)
        witness = c.person()
        product = c.pick(("Miele W1", "Bosch Serie 6", "AEG Lavamat", "Siemens iQ500"))
        return (
            f"Hilf mir bitte, diese Schadenmeldung sachlich und vollständig zu formulieren:\n\n"
            f"Versicherungsnehmer/in: {inv(me)}, geb. {c.dob()}\n"
            f"Hausratversicherung Nr. {policy}\n"
            f"Schadenort: {c.addr1()}\n"
            f"Schadentag: {c.date('num')}, ca. {c.rng.randint(6, 22)}:{c.pick(('00', '15', '30', '45'))} Uhr\n\n"
            f"Schilderung: In der Wohnung über uns (Mieterin {c.title(upstairs)} {last(upstairs)}) ist der "
            f"Zulaufschlauch der Waschmaschine ({product}) geplatzt. Das Wasser ist durch die Decke in unser "
            f"Schlafzimmer gelaufen. Der Hausmeister, {ini(caretaker)}, hat das Wasser abgestellt und kann das "
            f"bestätigen. Auch unsere Nachbarin {full(witness)} hat den Schaden gesehen (Tel. {PH(c.phone())}).\n\n"
            f"Beschädigt: Kleiderschrank, Teppich, Laptop. Geschätzte Schadenshöhe: {c.money(1200, 9000)}. "
            f"Die Firma {c.company()} hat die Trocknung übernommen (Rechnungs-Nr. {c.ref('RE-2026-####')}).\n\n"
            f"Bitte überweisen Sie die Entschädigung auf {c.iban()} (Kontoinhaber: {full(me)}). "
            f"Rückfragen gerne an {EM(c.mail(me))} oder {PH(c.phone(True))}."
        )
    brand = c.pick(("Cube", "Canyon", "Riese & Müller", "Gazelle", "Stevens", "KTM"))
    parcel = c.non_luhn(c.pick((12, 16, 20)))
    cop = c.person()
    return (
        f"Bitte prüfe meine Schadenmeldung an die Versicherung auf Vollständigkeit:\n\n"
        f"Betreff: Diebstahl Fahrrad – Police {policy}\n\n"
        f"Sehr geehrte Damen und Herren,\n\n"
        f"am {c.date('long')} wurde mein E-Bike ({brand}, Rahmennummer {c.ref('WAC####@@')}, Kaufpreis "
        f"{c.money(1800, 5200, cents=False)}) vor dem Bahnhof {c.town()} gestohlen, obwohl es mit einem "
        f"Bügelschloss gesichert war. Die Anzeige habe ich bei der Polizei aufgegeben, Vorgangsnummer "
        f"{c.ref('####/26/######')}; aufgenommen hat sie {c.title(cop)} {last(cop)}.\n\n"
        f"Meine Daten: {full(me)}, geboren {c.dob()}, wohnhaft {c.addr1()}, Telefon {PH(c.phone())}.\n"
        f"Für die Erstattung: {c.iban(p=me)}\n\n"
        f"Kaufbeleg und Schlüssel-Nr. reiche ich nach (das Ersatzschloss ist unterwegs, Sendungsnummer {parcel}). "
        f"Ihre Hotline ({c.hotline()}) war leider nicht erreichbar.\n\n"
        f"Mit freundlichen {_gr(c, True)}\n{full(me)}"
    )


def de_review(c: Ctx) -> str:
    """HR performance review minutes, to be summarised."""
    emp = c.person()
    boss = c.person()
    hr = c.person()
    colleague = c.person()
    en = emp.first.split(" ")[0]
    er = "sie" if emp.female else "er"
    project = c.pick(("Umstellung auf SAP S/4HANA", "Relaunch des Kundenportals", "Lagerumzug nach " + c.town(),
                      "Einführung von Jira Service Management", "Release 4.2 der App"))
    emergency = c.person()
    return (
        f"Fasse dieses Protokoll in fünf Stichpunkten für die Personalakte zusammen:\n\n"
        f"Protokoll Jahresgespräch {c.pick(('2026', '2026/27'))}\n"
        f"Mitarbeiter/in: {full(emp)} (Personalnr. {c.ref('######')}, Kostenstelle {c.ref('####')})\n"
        f"Geburtsdatum: {c.dob(style='num')}   Eintritt: {c.date('num')}\n"
        f"Führungskraft: {full(boss)}\n"
        f"HR: {ini(hr)}\n"
        f"Datum: {c.date('num')}\n\n"
        f"1. Rückblick\n{P(en)} hat das Projekt \"{project}\" weitgehend selbständig geleitet. "
        f"{gen_de(en)} Dokumentation wurde im Team sehr gelobt, besonders von {P(colleague.first)}. "
        f"Kritisch: Zwei Deadlines wurden gerissen; {er} hat das selbst angesprochen.\n"
        f"2. Bewertung: {c.pick(DE_RATINGS)}\n"
        f"3. Ziele: Zertifizierung PRINCE2 bis Q2, Einarbeitung von {c.title(colleague, 'dat')} {last(colleague)}.\n"
        f"4. Gehalt: Anpassung auf {c.money(4200, 8200, cents=False)} brutto ab {c.date('num')} (Stufe "
        f"{c.ref('E#')}).\n"
        f"5. Sonstiges: {c.title(emp)} {last(emp)} bittet um Homeoffice an zwei Tagen. Neue Privatanschrift: "
        f"{c.addr1()}; Notfallkontakt: {full(emergency)}, {PH(c.phone(True))}.\n\n"
        f"gez. {ini(boss)}"
    )


def de_police(c: Ctx) -> str:
    """Traffic accident report with two parties, a witness and the officer."""
    a, b, w, cop = c.person(), c.person(), c.person(), c.person()
    dob_a, dob_b = c.dob_date(), c.dob_date()
    s1, s2 = c.street(), c.street()
    ins_a = c.pick(("HUK-Coburg", "Allianz", "AXA", "Generali", "Die Mobiliar", "Uniqa", "Zurich",
                    "ADAC Autoversicherung"))
    car_a = c.pick(("VW Golf", "Opel Corsa", "Skoda Octavia", "BMW 320d", "Toyota Yaris", "Tesla Model 3"))
    car_b = c.pick(("Ford Fiesta", "Audi A4", "Fiat 500", "Renault Clio", "Mercedes C 200", "VW Polo"))
    rank = c.pick(("POK", "PHK", "KHK", "Wm", "Insp."))
    return (
        f"Ich brauche für meine Versicherung eine verständliche Zusammenfassung dieses Unfallberichts:\n\n"
        f"VERKEHRSUNFALLANZEIGE – Vorgangs-Nr. {c.ref('VU/####/26')}\n"
        f"Unfallzeit: {c.date('num')}, {c.rng.randint(6, 21)}:{c.rng.randint(10, 59)} Uhr\n"
        f"Unfallort: {c.town()}, Kreuzung {s1} / {s2}\n\n"
        f"Beteiligte/r 1: {P(a.last.upper() + ', ' + a.first)}, {c.dob(dob_a, style='num')}\n"
        f"  wohnhaft: {c.addr1(unit=False)}\n  Tel.: {PH(c.phone())}\n"
        f"  Fahrzeug: {car_a}, amtl. Kennz. {c.plate()}, Versicherung: {ins_a}\n"
        f"Beteiligte/r 2: {P(b.last.upper() + ', ' + b.first)}, {c.dob(dob_b, style='num')}\n"
        f"  wohnhaft: {c.addr1(unit=False)}\n  Tel.: {PH(c.phone(True))}\n"
        f"  Fahrzeug: {car_b}, amtl. Kennz. {c.plate()}\n"
        f"Zeuge/Zeugin: {full(w)}, geb. {c.dob()}, erreichbar unter {PH(c.phone(True))}\n\n"
        f"Sachverhalt: B1 ({last(a)}) kam {'über die' if _de_prep(s1) == 'in der ' else 'über'} {s1} in Richtung "
        "Zentrum und wollte nach links abbiegen. "
        f"B2 ({last(b)}) kam ihm/ihr auf der Gegenfahrbahn entgegen. Laut Aussage von {c.title(w, 'dat')} {last(w)} "
        f"zeigte die Ampel für B2 bereits Rot. {last(b)} bestreitet das. Sachschaden ca. "
        f"{c.money(3000, 14000, cents=False)}, "
        f"B2 leicht verletzt (Prellung), ambulant behandelt.\n\n"
        f"Sachbearbeiter/in: {rank} {last(cop)}, Tel. {PH(c.phone(False))}"
    )


def de_booking(c: Ctx) -> str:
    """Travel booking confirmation pasted with a question about it."""
    lead = c.person()
    comp = c.person(female=not lead.female)
    kid = c.child_of(lead)
    code = c.ref("@@#@#@")
    dest = c.pick((("Palma de Mallorca", "PMI"), ("Antalya", "AYT"), ("Heraklion", "HER"), ("Lissabon", "LIS"),
                   ("Split", "SPU"), ("Teneriffa Süd", "TFS")))
    dep = c.pick((("Frankfurt", "FRA"), ("München", "MUC"), ("Wien", "VIE"), ("Zürich", "ZRH"), ("Düsseldorf", "DUS")))
    flight = c.pick(("LH", "EW", "OS", "LX", "DE", "XQ")) + " " + c.ref("####")
    hotel = c.pick(("Hotel Playa Serena", "Aparthotel Sol y Mar", "Hotel Adriatic View", "Resort Kalimera Beach"))
    if c.chance(0.5):
        pay, ask = f"Kreditkarte {c.card()}", "Die Geburtsdaten müssen wie im Pass sein."
    else:
        pay = f"Kreditkarte {c.masked_card()}" if c.chance(0.6) else f"Lastschrift von {c.iban()}"
        ask = f"Abgebucht wurde zweimal, von meiner Karte {c.card()} – wo reklamiere ich das?"
    return (
        f"Kannst du prüfen, ob in dieser Buchung alles stimmt? {ask}\n\n"
        f"Buchungsbestätigung – Vorgang {code}\n"
        f"Reisezeitraum: {' – '.join(c.date_pair('num', 14))}\n\n"
        f"Reisende:\n"
        f"1. {c.title(lead)} {full(lead)}, geb. {c.dob(style='num')}\n"
        f"2. {c.title(comp)} {full(comp)}, geb. {c.dob(style='num')}\n"
        f"3. Kind {full(kid)}, geb. {c.dob(child=True, style='num')}\n\n"
        f"Flug: {flight} {dep[0]} ({dep[1]}) – {dest[0]} ({dest[1]}), Abflug 06:{c.rng.randint(10, 55)}, "
        f"Ticketnummer {c.non_luhn(13)}\n"
        f"Hotel: {hotel}, {c.rng.randint(7, 14)} Nächte, Doppelzimmer Meerblick + Zustellbett, Halbpension\n"
        f"Gesamtpreis: {c.money(1900, 5400)}\n"
        f"Zahlung: {pay}\n\n"
        f"Rechnungsanschrift:\n{full(lead)}\n"
        f"{'c/o ' + full(c.person()) + chr(10) if c.chance(0.3) else ''}{c.addr2()}\n"
        f"Kontakt: {EM(c.mail(lead))}, {PH(c.phone(True))}\n\n"
        f"Fragen zur Buchung? Service-Hotline {c.hotline()} (Mo–Fr 8–20 Uhr)."
    )


def de_court(c: Ctx) -> str:
    """Minutes of a civil court hearing, with parties, counsel and a witness statement."""
    judge, clerk, pl, df, lawyer, wit = (c.person() for _ in range(6))
    court = {"DE": "Amtsgericht", "AT": "Bezirksgericht", "CH": "Bezirksgericht"}[c.country]
    az = c.ref(c.pick(("## C ###/26", "# C ####/26", "FV26####-@")))
    jt = "Richterin" if judge.female else "Richter"
    ct = "Urkundsbeamtin" if clerk.female else "Urkundsbeamter"
    kl = "Klägerin" if pl.female else "Kläger"
    bk = "Beklagte" if df.female else "Beklagter"
    ra = "Rechtsanwältin" if lawyer.female else "Rechtsanwalt"
    zeuge = "Zeugin" if wit.female else "Zeuge"
    wdob = c.dob_date()
    return (
        f"Bitte erkläre mir in einfachen Worten, was in diesem Protokoll passiert ist:\n\n"
        f"{court} {c.town()}\nAz.: {az}\n\n"
        f"Protokoll der öffentlichen Sitzung vom {c.date('num')}\n\n"
        f"Gegenwärtig: {jt} Dr. {last(judge)}; Justizbeschäftigte{'' if clerk.female else 'r'} {last(clerk)} als "
        f"{ct}\n\n"
        f"In dem Rechtsstreit\n{full(pl)}, {c.addr1(unit=False)}\n– {kl} –\n"
        f"Prozessbevollmächtigte: {ra} {full(lawyer)}, Kanzlei {lawyer.last.split(' ')[-1]} & {c.person().last}\n"
        f"gegen\n{full(df)}, {c.addr1(unit=False)}\n– {bk} –\n\n"
        f"wegen Forderung aus Werkvertrag (Streitwert {c.money(2000, 12000, cents=False)})\n\n"
        f"Bei Aufruf der Sache erscheinen: {'die' if pl.female else 'der'} {kl} persönlich mit {ra} {last(lawyer)}, "
        f"{'die' if df.female else 'der'} Beklagte ohne Anwalt.\n"
        f"{'Die Zeugin' if wit.female else 'Der Zeuge'} wurde belehrt.\n"
        f"{zeuge} zur Person: {full(wit)}, {age_on(wdob)} Jahre, geb. {c.dob(wdob, style='num')}, "
        f"wohnhaft in {c.town()}, mit den Parteien nicht verwandt und nicht verschwägert.\n"
        f"{zeuge} zur Sache: \"Ich habe gesehen, wie {c.title(df)} {last(df)} die Fliesen abgeholt hat. "
        f"{c.title(pl)} {last(pl)} war an dem Tag nicht da, nur {'ihre' if pl.female else 'seine'} Nachbarin.\"\n\n"
        f"Laut diktiert und genehmigt.\n{jt} Dr. {last(judge)}          {last(clerk)}"
    )


def de_news(c: Ctx) -> str:
    """Local news paragraphs: full name once, bare surname afterwards, a firm named after the family."""
    a, b, mayor = c.person(), c.person(), c.person()
    town = c.town()
    shop = c.pick(("Bäckerei", "Metzgerei", "Gärtnerei", "Schreinerei", "Buchhandlung"))
    topic = c.rng.random()
    if topic < 0.5:
        years = c.pick(("100", "75", "50", "125"))
        son = c.person(female=False, origin=None)
        son = Person(son.first, a.last, False)
        return (
            f"Kannst du für diesen Zeitungsartikel eine Überschrift und einen Teaser schreiben?\n\n"
            f"{town}. Seit {years} Jahren gibt es die {shop} {a.last} {c.in_street()}. {full(a)} führt den "
            f"Familienbetrieb in dritter Generation. \"Mein Großvater hat hier mit einem Holzofen angefangen\", "
            f"erzählt {last(a)}. {gen_de(a.last)} Sohn {full(son)} hat im Sommer die Meisterprüfung abgelegt und "
            f"soll das Geschäft übernehmen. {last(son)} will vor allem am Sortiment festhalten.\n\n"
            f"Zum Jubiläum gratulierte {'Bürgermeisterin' if mayor.female else 'Bürgermeister'} {full(mayor)}: "
            f"\"Ohne Betriebe wie die {shop} {a.last} wäre unsere Innenstadt ärmer.\" {last(mayor)} überreichte eine "
            f"Urkunde. Die Feier findet am {c.date('long')} ab 11 Uhr im Hof statt; Anmeldungen nimmt "
            f"{full(b)} unter {PH(c.phone())} entgegen."
        )
    role = c.pick(("Feuerwehrkommandant", "Einsatzleiter", "Vereinspräsident"))
    return (
        f"Fasse den Artikel in zwei Sätzen zusammen:\n\n"
        f"Großeinsatz in {town}: Bei einem Brand in einem Mehrfamilienhaus {c.in_street()} sind am "
        f"{c.pick(('Sonntagabend', 'Dienstagmorgen', 'Freitagnachmittag'))} zwei Personen leicht verletzt worden. "
        f"Entdeckt hatte das Feuer {full(a)}, die im Nachbarhaus wohnt. \"Ich habe Rauch gerochen und sofort die "
        f"112 gewählt\", sagte {last(a)}. {role} {full(b)} lobte das schnelle Handeln: Ohne {gen_de(a.last)} Anruf "
        f"wäre der Schaden deutlich größer gewesen. Laut {last(b)} entstand ein Sachschaden von rund "
        f"{c.money(80000, 400000, cents=False)}. Die Brandursache ist noch unklar; die Polizei hat die Ermittlungen "
        f"aufgenommen. Auch {'Bürgermeisterin' if mayor.female else 'Bürgermeister'} {last(mayor)} kam an den "
        "Einsatzort."
    )


def de_forum(c: Ctx) -> str:
    """Forum post asking for advice, quoting a letter from the property management."""
    me, mgr, neighbour = c.person(), c.person(), c.person()
    user = c.pick(("sonnenblume_84", "Kaffeetante", "mietfrust2026", "Bergfex77",
                   "anonym_aus_" + c.town().split(" ")[0].lower()))
    hv = c.company()
    return (
        f"Wie würdest du auf diesen Forumsbeitrag antworten? Ich will der Person helfen.\n\n"
        f"[Forum Mietrecht] Beitrag von {user} » {c.date('num')}, 22:{c.rng.randint(10, 59)}\n"
        f"Betreff: Nebenkostenabrechnung – Hausverwaltung droht mit Kündigung??\n\n"
        f"Hallo zusammen,\n\n"
        f"ich wohne seit {c.rng.randint(2015, 2023)} {c.in_addr1()} und habe jetzt folgendes Schreiben bekommen "
        f"(Namen hab ich drin gelassen, ist eh egal):\n\n"
        f"\"Sehr geehrte{' Frau' if me.female else 'r Herr'} {last(me)}, laut Abrechnung vom {c.date('num')} ergibt "
        f"sich eine Nachzahlung von {c.money(400, 1900)}. Sollte der Betrag nicht bis {c.date('num')} auf unserem "
        f"Konto {c.iban()} eingehen, sehen wir uns zu weiteren Schritten gezwungen. Mit freundlichen {_gr(c, True)}, "
        f"{full(mgr)}, {hv}, Tel. {PH(c.phone(False))}\"\n\n"
        f"{'Meine Nachbarin' if neighbour.female else 'Mein Nachbar'} {P(neighbour.first)} ({last(neighbour)}, 2. "
        "OG) hat genau das gleiche bekommen. "
        f"Darf die das überhaupt? Die Heizkosten sind fast doppelt so hoch wie letztes Jahr. "
        f"Wer mir per PN helfen will: {EM(c.mail(me))}\n\nDanke euch!"
    )


def de_thread(c: Ctx) -> str:
    """E-mail thread with quoted replies ('>' and '>>')."""
    a, b, d = c.person(), c.person(), c.person()
    firm = c.company()
    dom = c.domain(firm)
    af, bf = a.first.split(" ")[0], b.first.split(" ")[0]
    older, newer = c.date_pair("num", 9)
    t1 = f"{newer} um {c.rng.randint(8, 17)}:{c.rng.randint(10, 59)}"
    t2 = f"{older} um {c.rng.randint(8, 17)}:{c.rng.randint(10, 59)}"
    return (
        f"Schreib mir eine kurze Antwort an {P(bf)}, dass ich den Termin bestätige:\n\n"
        f"Hallo {P(af)},\n\n"
        f"danke, passt so. Ich melde mich bei {full(d)} wegen der Schlüsselübergabe.\n\n"
        f"Gruß\n{P(bf)}\n\n"
        f"Am {t1} schrieb {full(a)} <{EM(c.mail(a, dom))}>:\n"
        f"> Hi {P(bf)},\n"
        f"> anbei die Unterlagen für die Übergabe der Räume {c.in_street()}. {full(d)} hat die Schlüssel,\n"
        f"> {'ihre' if d.female else 'seine'} Handynummer ist {PH(c.phone(True))}.\n"
        f"> Die Kaution geht zurück auf {c.iban()}, sobald das Protokoll unterschrieben ist.\n"
        f">\n"
        f"> Viele {_gr(c)}\n"
        f"> {full(a)}\n"
        f"> {firm}\n"
        f"> {c.addr1(unit=False)}\n"
        f"> Tel. {PH(c.phone(False))}{c.pick(('', ' (Durchwahl ' + c.ref('2#') + ')'))} | Service {c.hotline()}\n"
        f">\n"
        f"> Am {t2} schrieb {full(b)} <{EM(c.mail(b))}>:\n"
        f">> Hallo {c.title(a)} {last(a)},\n"
        f">> wann können wir die Übergabe machen? Ich bin ab {c.date('num')} wieder erreichbar,\n"
        f">> am besten mobil unter {PH(c.phone(True))}.\n"
        f">> {P(bf)} {last(b)}"
    )


def de_csv(c: Ctx) -> str:
    """Spreadsheet paste (semicolon CSV or tab-separated) of contacts, to be turned into a mail merge."""
    tab = c.chance(0.4)
    sep = "\t" if tab else ";"
    head = ["Kd-Nr", "Nachname", "Vorname", "Geburtsdatum", "Straße", "PLZ Ort", "Telefon", "E-Mail", "IBAN",
            "Vertragsbeginn", "Beitrag"]
    rows = [sep.join(head)]
    for _ in range(c.rng.randint(3, 5)):
        p = c.person()
        st, tl = c.address(unit=False)
        cells = [c.ref("K-#####"), P(p.last), P(p.first), DB(c.fmt(c.dob_date(), c.pick(("num", "iso")))), AD(st),
                 AD(tl), PH(c.phone()), EM(c.mail(p)), IB(c.iban_value(p=p)), c.date("num"), c.money(9, 89)]
        rows.append(sep.join(cells))
    ask = c.pick(("Mach mir daraus bitte einen Serienbrief-Entwurf (Begrüßung mit Frau/Herr raten):",
                  "Kannst du diese Liste nach Geburtsjahr sortieren und als Markdown-Tabelle ausgeben?",
                  "Welche dieser Einträge haben eine ausländische IBAN? Liste aus unserem Export:"))
    return ask + "\n\n" + "\n".join(rows)


def de_ocr(c: Ctx) -> str:
    """OCR output of a scanned form: registration certificate or direct-debit mandate, with odd spacing."""
    p = c.person()
    if c.chance(0.5):
        other = c.person()
        return (
            f"Das ist ein eingescanntes Formular (OCR), kannst du die Felder als Liste extrahieren?\n\n"
            f"M E L D E B E S T Ä T I G U N G\n"
            f"Stadt {c.town()}  -  Bürgeramt            Az. 33.1-{c.ref('#####')}\n\n"
            f"Familienname :  {P(p.last.upper())}\n"
            f"Vorname(n) :{P(p.first)}\n"
            f"Geburtsdatum :   {c.dob(style='num')}      Geburtsort : {c.town()}\n"
            f"Anschrift  :  {c.addr2(sep=chr(10) + '              ', unit=False)}\n"
            f"Einzugsdatum : {c.date('num')}\n"
            f"Weitere Personen im Haushalt : {inv(other)} ,geb.{c.dob(style='num')}\n"
            f"Ausgestellt am {c.date('num')} im Auftrag {ini(c.person())}\n"
            f"Seite 1 von 1         Geb ühr: {c.money(8, 15)}"
        )
    creditor = c.company()
    return (
        f"OCR von einem Scan, bitte die Daten korrigiert zurückgeben:\n\n"
        f"S E P A - L a s t s c h r i f t m a n d a t\n"
        f"Zahlungsempfänger: {creditor}\n"
        f"Gläubiger-Identifikationsnummer : DE{c.ref('##')}ZZZ0{c.ref('#######')}\n"
        f"Mandatsreferenz :  {c.ref('MR-######-##')}\n\n"
        f"Kontoinhaber/in ( Name , Vorname ) :   {inv(p)}\n"
        f"Straße , Hausnr . : {c.addr2(sep=chr(10) + 'PLZ , Ort : ', unit=False)}\n"
        f"IBAN :  {c.iban()}\n"
        f"BIC : {c.ref('@@@@DE@@XXX')}\n"
        f"Telefon ( für Rückfragen ) : {PH(c.phone())}\n\n"
        f"{c.town()} , {c.date('num')}         Unterschrift :  {P(p.full)}\n"
        f"Ich ermächtige den Zahlungsempfänger , Zahlungen von meinem Konto mittels Last-\n"
        f"schrift einzuziehen ."
    )


# ---------------------------------------------------------------------------------------------------
# French templates (FR/BE/CH/LU)
# ---------------------------------------------------------------------------------------------------
def _fr_job(c: Ctx, p: Person) -> str:
    jobs = (("infirmière", "infirmier"), ("développeuse", "développeur"), ("comptable", "comptable"),
            ("enseignante", "enseignant"), ("cheffe de projet", "chef de projet"), ("vendeuse", "vendeur"),
            ("aide-soignante", "aide-soignant"), ("juriste", "juriste"), ("électricienne", "électricien"))
    f, m = c.pick(jobs)
    return f if p.female else m


def _ne(p: Person) -> str:
    return "née" if p.female else "né"


def fr_tenancy(c: Ctx) -> str:
    """Rental application: cover e-mail to the agency, or the tenant's information sheet."""
    me, guar, agent = c.person(), c.person(), c.person()
    agency = c.company()
    rent = c.money(650, 2100, cents=False)
    if c.chance(0.5):
        rel = c.pick(("ma mère", "ma tante")) if guar.female else c.pick(("mon père", "mon oncle"))
        return (
            f"Peux-tu rendre ce mail plus convaincant ? C'est pour un appartement (T3, {rent} charges comprises) "
            f"vers {c.street()} à {c.town()}.\n\n---\n"
            f"{'Madame' if agent.female else 'Monsieur'} {last(agent)},\n\n"
            f"Suite à notre échange téléphonique, je vous transmets mon dossier pour le logement réf. "
            f"{c.ref('LOC-####')}. Je m'appelle {full(me)}, {_ne(me)} le {c.dob(style='long')}, et je travaille "
            f"en CDI comme {_fr_job(c, me)} chez {c.company()} depuis {c.rng.randint(2014, 2024)}.\n\n"
            f"Mon garant est {rel}, {full(guar)}, domicilié{'e' if guar.female else ''} {c.addr1(unit=False)} "
            f"(tél. {PH(c.phone())}). Vous trouverez en pièces jointes mes trois derniers bulletins de salaire, "
            f"mon avis d'imposition et un RIB ({c.iban()}).\n\n"
            f"Mon adresse actuelle : {c.addr1()}. Je suis disponible pour une visite dès {c.date('long')}. "
            f"Vous pouvez me joindre au {PH(c.phone(True))} ou par mail : {EM(c.mail(me))}.\n\n"
            f"Bien cordialement,\n{full(me)}"
        )
    kid = c.person()
    return (
        f"Vérifie si cette fiche de renseignements est complète, l'agence {agency} me la demande :\n\n"
        f"FICHE DE RENSEIGNEMENTS – CANDIDAT LOCATAIRE\n"
        f"Bien visé : {c.street()}, {c.town()} – loyer {rent}\n\n"
        f"Nom : {P(me.last.upper())}          Prénom(s) : {P(me.first)}\n"
        f"Date et lieu de naissance : {c.dob(style='num')} à {c.town()}\n"
        f"Adresse actuelle : {c.addr2(sep=chr(10) + '                   ')}\n"
        f"Téléphone portable : {PH(c.phone(True))}      Fixe : {PH(c.phone(False))}\n"
        f"Courriel : {EM(c.mail(me))}\n"
        f"Situation : {c.pick(('célibataire', 'marié(e)', 'pacsé(e)', 'divorcé(e)'))}, 1 enfant ({P(kid.first)}, "
        f"{c.rng.randint(2, 14)} ans)\n"
        f"Employeur : {c.company()} – revenus nets mensuels : {c.money(1800, 5200, cents=False)}\n"
        f"Garant : {caps(guar)} – tél. {PH(c.phone())}\n"
        f"Coordonnées bancaires (IBAN) : {c.iban(p=me)}\n\n"
        f"Fait à {c.town()}, le {c.date('num')}\nSignature : {P(me.first[0] + '. ' + me.last)}"
    )


def fr_school(c: Ctx) -> str:
    """School note: trip authorisation slip filled in by a parent, or the teacher's message."""
    teacher, parent = c.person(), c.person()
    kid = c.child_of(parent)
    cls = c.pick(("CE2", "CM1", "CM2", "6e B", "P4", "P5", "4P", "5H"))
    place = c.pick(("au musée des Confluences", "à la ferme pédagogique", "au zoo de " + c.town(),
                    "à la Cité des Sciences", "au château de " + c.town()))
    if c.chance(0.5):
        return (
            f"Aide-moi à répondre poliment à ce mot de la maîtresse :\n\n"
            f"Chers parents,\n\n"
            f"Le {c.date('long')}, la classe de {cls} se rendra {place}. Le départ est prévu à 8 h 15 devant "
            f"l'école, retour vers 16 h 30. La participation est de {c.money(8, 25, cents=False)} par enfant, à "
            f"verser sur le compte de la coopérative scolaire ({c.iban()}) en indiquant le nom de l'enfant.\n"
            f"Nous cherchons encore deux parents accompagnateurs : {full(parent)} s'est déjà proposé"
            f"{'e' if parent.female else ''}, merci !\n\n"
            "Pour toute question : "
            f"{EM(c.mail(teacher, c.pick(SCHOOL_DOMAINS[c.country])))} "
            f"ou, le jour de la sortie uniquement, au {PH(c.phone(True))}.\n\n"
            f"{c.title(teacher, short=False)} {last(teacher)}\n\n"
            f"-- Ma réponse (à améliorer) --\n"
            f"Bonjour {c.title(teacher, short=False)} {last(teacher)}, {P(kid.first)} participera. Je peux accompagner "
            f"si besoin. {full(parent)}, maman/papa de {P(kid.first)}."
        )
    return (
        f"Peux-tu recopier proprement cette autorisation que j'ai remplie à la main ?\n\n"
        f"AUTORISATION DE SORTIE – classe de {cls}\n"
        f"Je soussigné(e) {full(parent)}, responsable légal de l'enfant {caps(kid)}, "
        f"{_ne(kid)} le {c.dob(child=True)}, autorise mon enfant à participer à la sortie {place} "
        f"le {c.date('num')}.\n"
        f"Adresse : {c.addr1()}\n"
        f"Personne à prévenir en cas d'urgence : {full(c.person())} – {PH(c.phone(True))}\n"
        f"Allergies / traitement : {c.pick(('aucun', 'arachides', 'asthme (Ventoline dans le sac)', 'pollen'))}\n"
        f"Fait à {c.town()}, le {c.date('num')}.  Signature : {P(parent.full)}\n\n"
        f"(Enseignant{'e' if teacher.female else ''} : {c.title(teacher)} {last(teacher)})"
    )


def fr_claim(c: Ctx) -> str:
    """Insurance claim: water damage from the neighbour upstairs, or a car accident on a car park."""
    me, nb, plumber = c.person(), c.person(), c.person()
    contract = c.ref(c.pick(("MRH ### ### ###", "#########-##", "AU-#######")))
    insurer = c.pick(("MAIF", "MACIF", "AXA", "Ethias", "Baloise", "La Mobilière", "Foyer Assurances", "Groupama"))
    if c.chance(0.55):
        return (
            f"Rédige une déclaration de sinistre claire à partir de mes notes :\n\n"
            f"Assureur : {insurer} – contrat n° {contract}\n"
            f"Assuré : {caps(me)}, {_ne(me)} le {c.dob(style='num')}\n"
            f"Adresse du sinistre : {c.addr1()}\n"
            f"Date : {c.date('num')} vers {c.rng.randint(7, 22)} h\n\n"
            f"Notes : fuite chez le voisin du dessus ({c.title(nb)} {full(nb)}, appartement {c.rng.randint(10, 60)}), "
            f"tache au plafond de la salle de bain + parquet gondolé dans le couloir. Le plombier "
            f"({c.company(plumber.last)}, {c.title(plumber)} {last(plumber)}) est passé le lendemain, facture n° "
            f"{c.ref('F#####')} de {c.money(180, 900)}. Constat amiable dégât des eaux signé avec {last(nb)}. "
            f"Son assurance : {c.pick(('Allianz', 'Generali', 'Matmut', 'AG Insurance'))}.\n"
            f"Tél. voisin : {PH(c.phone())}\n"
            f"Mes coordonnées : {PH(c.phone(True))} / {EM(c.mail(me))}\n"
            f"Remboursement sur : {c.iban(p=me)}"
        )
    other = c.person()
    return (
        f"Corrige l'orthographe de ma déclaration :\n\n"
        f"Madame, Monsieur,\n\n"
        f"Je vous déclare un sinistre survenu le {c.date('long')} sur le parking du supermarché de {c.town()}. "
        f"En reculant, le véhicule de {c.title(other, short=False)} {full(other)} "
        f"({c.pick(('Peugeot 208', 'Renault Mégane', 'Citroën C3', 'Dacia Sandero'))}, "
        f"immatriculé {c.plate()}) a heurté l'aile arrière de ma voiture, qui était à l'arrêt. Nous avons rempli "
        f"un constat amiable ; {last(other)} reconnaît sa responsabilité. Ses coordonnées : {c.addr1(unit=False)}, "
        f"{PH(c.phone(True))}.\n\n"
        f"Mon contrat : {contract}. Mon numéro client : {c.ref('CL-######')}.\n"
        f"Je reste joignable au {PH(c.phone())} pour fixer le passage de l'expert.\n\n"
        f"Veuillez agréer mes salutations distinguées.\n{full(me)}\n{c.addr2()}"
    )


def fr_police(c: Ctx) -> str:
    """Hearing record of a witness after a road accident (procès-verbal d'audition)."""
    wit, cop, drv = c.person(), c.person(), c.person(female=False)
    unit = {"FR": "Commissariat de police de ", "BE": "Zone de police ", "CH": "Gendarmerie, poste de ",
            "LU": "Commissariat de police "}[c.country] + c.town()
    grade = c.pick(("brigadier-chef", "gardien de la paix", "inspecteur principal", "sergent-major", "commissaire"))
    wdob = c.dob_date()
    return (
        f"Résume ce procès-verbal en cinq lignes pour mon avocat :\n\n"
        f"{unit}\nProcès-verbal n° {c.ref('####/#####/2026')}\n"
        f"AUDITION DE TÉMOIN\n\n"
        f"Le {c.date('long')}, à {c.rng.randint(8, 19)} heures {c.rng.randint(10, 55)}, devant nous, {last(cop)}, "
        f"{grade}, se présente la personne ci-après :\n"
        f"{caps(wit, comma=True)}, {_ne(wit)} le {c.dob(wdob, style='num')} à {c.town()}, {_fr_job(c, wit)}, "
        f"demeurant {c.addr1()}, téléphone {PH(c.phone(True))}.\n\n"
        f"Qui déclare : « Je me trouvais à l'arrêt de bus quand la camionnette blanche immatriculée {c.plate()} "
        f"a grillé le feu rouge. Le conducteur, que j'ai appris plus tard s'appeler {full(drv)}, est descendu et "
        f"a dit à la dame du scooter que ce n'était pas sa faute. J'ai donné mon numéro à {c.title(drv, short=False)} "
        f"{last(drv)} mais il ne m'a jamais rappelé. »\n\n"
        f"Lecture faite par nous-même, {last(wit)} persiste et signe avec nous.\n"
        f"Le témoin : {P(wit.full)}          L'officier : {P(cop.last)}"
    )


def fr_booking(c: Ctx) -> str:
    """Train/flight/hotel booking confirmation with a question about changing it."""
    a, b = c.person(), c.person()
    ref = c.ref("@@@@##")
    train = c.pick({"FR": ("TGV INOUI 6", "Ouigo 7", "TER 8"), "BE": ("IC 5", "Eurostar 9", "TGV 9"),
                    "CH": ("IR 2", "IC 1", "TGV Lyria 9"), "LU": ("RE 3", "IC 5", "TGV 2")}[c.country])
    hotel = c.pick(("Hôtel du Lac", "Hôtel Les Tilleuls", "Résidence Belle-Île", "Hôtel de la Gare"))
    payment = (f"Payé par carte {c.card()}" if c.chance(0.5) else f"Payé par carte {c.masked_card()} – "
               f"remboursement éventuel sur {c.iban()}")
    return (
        f"Est-ce que je peux encore modifier cette réservation sans frais ?"
        f"{'' if 'CARD' in payment else ' J’ai payé avec ma carte ' + c.card() + '.'} Voici la confirmation :\n\n"
        f"CONFIRMATION DE RÉSERVATION – Référence dossier : {ref}\n"
        f"Voyageur 1 : {c.title(a)} {caps(a)} – date de naissance : {c.dob(style='num')} – carte Avantage n° "
        f"{c.ref('29090######')}\n"
        f"Voyageur 2 : {c.title(b)} {caps(b)} – {c.dob(style='num')}\n\n"
        f"Aller : {train}{c.ref('###')} – {c.date('num')} – départ {c.town()} 07:{c.rng.randint(10, 58)}, "
        f"voiture {c.rng.randint(1, 18)}, places {c.rng.randint(11, 99)} et {c.rng.randint(11, 99)}, "
        f"n° de billet {c.non_luhn(16)}\n"
        f"Hébergement : {hotel}, {c.addr1(unit=False)}, {c.rng.randint(1, 6)} nuit(s), chambre double\n"
        f"Total : {c.money(180, 1400)}\n{payment}\n\n"
        f"Contact voyageur : {EM(c.mail(a))} – {PH(c.phone(True))}\n"
        f"Service client : {c.hotline()} (prix d'un appel local)"
    )


def fr_court(c: Ctx) -> str:
    """Hearing minutes of a district court, parties with date of birth and counsel."""
    pres, clerk, dem, defn, av1, av2 = (c.person() for _ in range(6))
    court = {"FR": "TRIBUNAL JUDICIAIRE DE ", "BE": "JUSTICE DE PAIX DU CANTON DE ", "CH": "TRIBUNAL CIVIL DE ",
             "LU": "JUSTICE DE PAIX DE "}[c.country] + c.town().upper()
    return (
        f"Explique-moi ce document avec des mots simples :\n\n"
        f"{court}\nAudience publique du {c.date('long')}\nRG n° {c.ref('26/#####')}\n\n"
        f"Président{'e' if pres.female else ''} : {c.title(pres)} {last(pres)}\n"
        f"Greffi{'ère' if clerk.female else 'er'} : {c.title(clerk)} {last(clerk)}\n\n"
        f"ENTRE :\n{c.title(dem, short=False)} {caps(dem)}, {_ne(dem)} le {c.dob()} à {c.town()}, demeurant "
        f"{c.addr1()},\ndemand{'eresse' if dem.female else 'eur'}, représenté{'e' if dem.female else ''} par "
        f"Maître {full(av1)}, avocat{'e' if av1.female else ''} au barreau de {c.town()},\n\n"
        f"ET :\n{c.title(defn, short=False)} {caps(defn)}, {_ne(defn)} le {c.dob()}, demeurant {c.addr1(unit=False)},\n"
        f"défend{'eresse' if defn.female else 'eur'}, assisté{'e' if defn.female else ''} de Me {last(av2)}.\n\n"
        f"Les parties ont été entendues. Maître {last(av1)} sollicite la condamnation de {c.title(defn)} {last(defn)} "
        f"au paiement de {c.money(1500, 18000)} au titre des loyers impayés. Me {last(av2)} conteste le décompte et "
        f"produit un virement du {c.date('num')}. L'affaire est mise en délibéré au {c.date('long')}."
    )


def fr_news(c: Ctx) -> str:
    """Regional news item: full name once, bare surname afterwards."""
    a, b, mayor = c.person(), c.person(), c.person()
    town = c.town()
    if c.chance(0.5):
        return (
            f"Donne un titre accrocheur à cet article :\n\n"
            f"{town}. – Après trente ans derrière le comptoir, {full(a)}, {c.rng.randint(55, 68)} ans, passe la main. "
            f"La boulangerie {a.last}, installée {c.street()}, sera reprise par {full(b)}, "
            f"{'son ancienne apprentie' if b.female else 'son ancien apprenti'}. « Je savais que la maison serait "
            f"entre de bonnes mains », confie {last(a)}. {last(b)} promet de garder la baguette de tradition et le "
            f"flan du dimanche. {'La maire' if mayor.female else 'Le maire'}, "
            f"{full(mayor)}, a salué « un commerce qui fait vivre le centre-bourg ». Un pot de départ est organisé le "
            f"{c.date('long')} à 18 h ; inscriptions auprès de {last(b)} au {PH(c.phone(False))}."
        )
    return (
        f"Résume cet article en deux phrases :\n\n"
        f"Un cycliste de {c.rng.randint(19, 70)} ans a été grièvement blessé samedi à {town} après une collision "
        f"avec une voiture au carrefour de la {c.street()}. Selon {full(a)}, "
        f"{'porte-parole' if c.chance(0.5) else 'responsable'} des pompiers, la victime a été héliportée. "
        f"« L'intervention a été rapide », a précisé {last(a)}. La conductrice, une habitante de la commune, n'a "
        f"pas été blessée. {full(b)}, qui a assisté à la scène depuis sa terrasse, raconte avoir entendu « un choc "
        f"terrible ». Pour {last(b)}, ce carrefour est dangereux depuis longtemps : une pétition lancée en "
        f"{c.rng.randint(2019, 2025)} avait recueilli {c.rng.randint(200, 1500)} signatures. Le maire, {last(mayor)}, "
        f"promet des aménagements."
    )


def fr_thread(c: Ctx) -> str:
    """E-mail thread with quoted replies."""
    a, b, d = c.person(), c.person(), c.person()
    firm = c.company()
    dom = c.domain(firm)
    older, newer = c.date_pair(None, 9)
    return (
        f"Aide-moi à répondre à {P(a.first)} pour confirmer le rendez-vous :\n\n"
        f"Le {newer} à {c.rng.randint(8, 18)}:{c.rng.randint(10, 59)}, {full(a)} <{EM(c.mail(a, dom))}> a "
        "écrit :\n"
        f"> Bonjour {P(b.first)},\n"
        f"> Comme convenu, je vous envoie le devis n° {c.ref('D-2026-###')} pour la rénovation.\n"
        f"> {'Ma collègue' if d.female else 'Mon collègue'} {full(d)} passera prendre les mesures ; vous pouvez "
        f"{'la' if d.female else 'le'} joindre directement au\n"
        f"> {PH(c.phone(True))}.\n"
        f"> L'acompte de 30 % est à verser sur {c.iban()}.\n"
        f">\n"
        f"> Cordialement,\n> {full(a)}\n> {firm} – {c.addr1(unit=False)}\n> Standard : {PH(c.phone(False))}\n"
        f">\n"
        f"> > Le {older}, {full(b)} <{EM(c.mail(b))}> a écrit :\n"
        f"> > Bonjour {c.title(a, short=False)} {last(a)},\n"
        f"> > je souhaiterais un devis pour refaire la salle de bain (adresse : {c.addr1()}).\n"
        f"> > Je suis joignable le soir au {PH(c.phone())}.\n"
        f"> > {P(b.first + ' ' + b.last.upper())}"
    )


def fr_ocr(c: Ctx) -> str:
    """OCR of a scanned 'attestation d'hébergement' with broken spacing and line breaks."""
    host, guest = c.person(), c.person()
    st, tl = c.address(unit=False)
    return (
        f"Voici le texte OCR d'une attestation scannée, peux-tu le remettre en forme ?\n\n"
        f"ATTESTATION  D ' HÉBERGEMENT\n\n"
        f"Je  soussigné(e)  {caps(host)}\n"
        f"{_ne(host)} le :  {c.dob(style='num')}   à : {c.town()}\n"
        f"demeurant  :  {AD(st)}\n"
        f"{AD(tl)}\n"
        f"atteste sur l' honneur héberger à mon domicile depuis le {c.date('num')}\n"
        f"M / Mme  {full(guest)}\n"
        f"{_ne(guest)} le  {c.dob(style='num')} à {c.town()}\n\n"
        f"Je  peux être contacté(e) au :{PH(c.phone())}\n"
        f"Fait pour servir et valoir ce que de droit .\n"
        f"À {c.town()} , le {c.date('num')}           Signature : {P(host.last)}\n"
        f"Pièces jointes : copie de la pièce d' identité , facture d' électricité"
    )


# ---------------------------------------------------------------------------------------------------
# Italian templates (IT/CH)
# ---------------------------------------------------------------------------------------------------
def _nato(p: Person) -> str:
    return "nata" if p.female else "nato"


def _it_job(c: Ctx, p: Person) -> str:
    jobs = (("infermiera", "infermiere"), ("sviluppatrice software", "sviluppatore software"),
            ("contabile", "contabile"), ("insegnante", "insegnante"), ("impiegata", "impiegato"),
            ("commessa", "commesso"), ("fisioterapista", "fisioterapista"), ("architetta", "architetto"))
    f, m = c.pick(jobs)
    return f if p.female else m


def it_tenancy(c: Ctx) -> str:
    """Rental application to a landlord or agency (proposta di locazione)."""
    me, owner, guar = c.person(), c.person(), c.person()
    rent = c.money(550, 1800, cents=False)
    sig = "Gentile signora" if owner.female else "Gentile signor"
    if c.chance(0.5):
        return (
            f"Mi aiuti a rendere questa mail più professionale? È per un bilocale in {c.street()} a {c.town()} "
            f"({rent} al mese più spese).\n\n---\n"
            f"{sig} {last(owner)},\n\n"
            f"sono {full(me)}, {_nato(me)} a {c.town()} il {c.dob(style='long')}, e lavoro a tempo indeterminato come "
            f"{_it_job(c, me)} presso {_end(c.company())} Ho visto il suo annuncio su "
            f"{c.pick(IT_PORTALS[c.country])} (rif. {c.ref('AF-####')}) e "
            f"sarei molto interessat{'a' if me.female else 'o'} all'appartamento.\n\n"
            f"Attualmente risiedo in {c.addr1()}. Come garante si è res{'a' if guar.female else 'o'} disponibile "
            f"{'mia zia' if guar.female else 'mio zio'} {full(guar)}, raggiungibile al "
            f"{PH(c.phone())}.\n\n"
            f"Posso versare il deposito cauzionale (tre mensilità) tramite bonifico dal conto {c.iban()}.\n"
            f"Mi trova al {PH(c.phone(True))} o a {EM(c.mail(me))}.\n\n"
            f"Cordiali saluti,\n{full(me)}"
        )
    agent = c.person()
    return (
        f"Controlla se questa scheda per l'agenzia è completa:\n\n"
        f"SCHEDA CONDUTTORE – proposta di locazione {c.ref('PL/2026/###')}\n"
        f"Cognome e nome: {P(me.last.upper() + ' ' + me.first)}\n"
        f"Luogo e data di nascita: {c.town()}, {c.dob(style='num')}\n"
        f"Residenza: {c.addr2(sep=chr(10) + '           ')}\n"
        f"Cellulare: {PH(c.phone(True))}   E-mail: {EM(c.mail(me))}\n"
        f"Professione: {_it_job(c, me)} – reddito netto mensile {c.money(1300, 3800, cents=False)}\n"
        f"Garante: {inv(guar)}, nato/a il {c.dob(style='num')}\n"
        f"IBAN per addebito canone: {c.iban()}\n"
        f"Immobile: {c.street()}, {c.town()} – canone {rent} + {c.money(60, 180, cents=False)} spese\n\n"
        f"Agente incaricato: {c.title(agent)} {last(agent)} ({c.company()})\n"
        f"{c.town()}, lì {c.date('num')}          Firma: {P(me.full)}"
    )


def it_school(c: Ctx) -> str:
    """School communication: trip circular with a reply slip filled in by a parent."""
    teacher, parent, other = c.person(), c.person(), c.person()
    kid = c.child_of(parent)
    cls = c.pick(("2ª B", "3ª A", "4ª C", "5ª D", "1ª media"))
    dest = c.pick(("al Museo Egizio di Torino", "alle grotte di Frasassi", "al Parco delle Gole della Breggia",
                   "alla fattoria didattica", "a " + c.town()))
    prof = "la maestra" if teacher.female else "il maestro"
    return (
        f"Riassumi questa circolare e controlla il tagliando che ho compilato:\n\n"
        f"Gentili genitori della classe {cls},\n"
        f"il giorno {c.date('long')} è prevista un'uscita didattica {dest}. Partenza alle ore 8.00 dal piazzale della "
        f"scuola, rientro previsto per le 17.30. La quota di {c.money(15, 45, cents=False)} va versata entro il "
        f"{c.date('num')} sul conto dell'associazione genitori, IBAN {c.iban()}, causale: gita {cls} + nome alunno.\n"
        f"Accompagnatori: {prof} {full(teacher)} e {'la' if other.female else 'il'} {c.title(other, short=False)} "
        f"{last(other)}. "
        f"Per urgenze durante la gita: {PH(c.phone(True))}.\n"
        f"Segreteria: {EM(_it_school_office(c))}\n\n"
        f"---------------- tagliando ----------------\n"
        f"Il/La sottoscritto/a {full(parent)}, genitore dell'alunno/a {P(kid.last.upper() + ' ' + kid.first)}, "
        f"{_nato(kid)} il {c.dob(child=True, style='num')}, autorizza il/la proprio/a figlio/a a partecipare.\n"
        f"Recapito telefonico: {PH(c.phone(True))}\n"
        f"Note: {P(kid.first)} è allergic{'a' if kid.female else 'o'} alle arachidi.\n"
        f"Firma: {P(parent.full)}"
    )


def it_claim(c: Ctx) -> str:
    """Insurance claim: water infiltration from the flat above, or a theft from a car."""
    me, nb, admin = c.person(), c.person(), c.person()
    policy = c.ref(c.pick(("###.###.####", "POL-########", "#/####/######")))
    insurer = c.pick(("UnipolSai", "Generali", "Allianz", "Reale Mutua", "AXA", "Helvetia", "La Mobiliare"))
    if c.chance(0.55):
        return (
            f"Scrivi una denuncia di sinistro formale partendo da questi appunti:\n\n"
            f"Spett.le {insurer}, polizza casa n. {policy}\n"
            f"Assicurato: {full(me)}, {_nato(me)} il {c.dob()}\n"
            f"Indirizzo del rischio: {c.addr1()}\n"
            f"Data evento: {c.date('num')}\n\n"
            f"appunti: infiltrazione d'acqua dal piano di sopra (appartamento {c.title(nb)} {full(nb)}), macchie "
            f"sul soffitto della cucina e armadio rovinato. L'amministratore di condominio, "
            f"{'dott.ssa' if admin.female else 'rag.'} {last(admin)}, ha mandato l'idraulico il giorno dopo. "
            f"{c.title(nb)} {last(nb)} è assicurat{'a' if nb.female else 'o'} con "
            f"{c.pick(('Zurich', 'Vittoria', 'Sara'))}, "
            f"cell. {PH(c.phone(True))}. Preventivo imbianchino: {c.money(600, 3500)} (ditta {c.company()}).\n"
            f"Recapiti miei: {PH(c.phone())}, {EM(c.mail(me))}\n"
            f"Liquidazione su IBAN {c.iban(p=me)} intestato a {full(me)}."
        )
    return (
        f"Correggi gli errori in questa denuncia:\n\n"
        f"Oggetto: furto su veicolo – polizza {policy}\n\n"
        f"Il sottoscritto {full(me)}, residente in {c.addr1(unit=False)}, dichiara che nella notte tra il "
        f"{c.date('num')} e il giorno seguente ignoti hanno forzato la portiera della sua "
        f"{c.pick(('Fiat Panda', 'Lancia Ypsilon', 'VW T-Roc', 'Jeep Renegade'))} targata {c.plate()}, parcheggiata in "
        f"{c.street()}, sottraendo un computer portatile "
        f"({c.pick(('Lenovo ThinkPad X1', 'MacBook Air M2', 'HP EliteBook 840'))}) "
        f"e uno zaino. La denuncia è stata presentata ai Carabinieri di {c.town()} (verbale n. {c.ref('####/26')}).\n"
        f"Contatto: {PH(c.phone(True))}. Numero verde del vostro servizio sinistri: {c.hotline()}.\n\n"
        f"Distinti saluti\n{full(me)}"
    )


def it_review(c: Ctx) -> str:
    """Annual performance review sheet (scheda di valutazione)."""
    emp, boss, col = c.person(), c.person(), c.person()
    ef = emp.first.split(" ")[0]
    proj = c.pick(("migrazione del CRM", "apertura della filiale di " + c.town(), "nuovo portale clienti",
                   "certificazione ISO 9001"))
    return (
        f"Trasforma questa scheda in un testo discorsivo di mezza pagina:\n\n"
        f"SCHEDA DI VALUTAZIONE ANNUALE {c.pick(('2026', 'esercizio 2026'))}\n"
        f"Dipendente: {inv(emp)} – matricola {c.ref('######')}\n"
        f"Data di nascita: {c.dob(style='num')}   Assunzione: {c.date('num')}   Livello: {c.ref('#')}° CCNL Commercio\n"
        f"Responsabile: {full(boss)}\n"
        f"Colloquio del {c.date('num')}\n\n"
        f"Punti di forza: {P(ef)} ha gestito il progetto \"{proj}\" con grande autonomia; ottima collaborazione con "
        f"{full(col)} del reparto acquisti.\n"
        f"Aree di miglioramento: rispetto delle scadenze, delega.\n"
        "Valutazione complessiva: "
        f"{c.pick(('superiore alle attese', 'in linea con le attese', 'parzialmente in linea'))}\n"
        f"Obiettivi 2027: corso di inglese B2; affiancamento {'della' if col.female else 'del'} "
        f"{c.title(col, short=False)} {last(col)}.\n"
        f"Proposta retributiva: RAL {c.money(28000, 52000, cents=False)}\n"
        f"Contatto privato aggiornato: {PH(c.phone(True))}, {c.addr1()}\n\n"
        f"Firma responsabile: {ini(boss)}     Firma dipendente: {P(emp.full)}"
    )


def it_police(c: Ctx) -> str:
    """Road accident report by the municipal police with the drivers' details."""
    a, b, w, cop = c.person(), c.person(), c.person(), c.person()
    corps = "Polizia Locale di " if c.country == "IT" else "Polizia comunale di "
    return (
        f"Spiegami cosa significa questo verbale e se ho ragione io (sono il conducente A):\n\n"
        f"{corps}{c.town()} – Verbale di incidente stradale n. {c.ref('###/2026')}\n"
        f"Data e ora: {c.date('num')}, ore {c.rng.randint(7, 20)}.{c.rng.randint(10, 59)}\n"
        f"Luogo: incrocio {c.street()} / {c.street()}\n\n"
        f"VEICOLO A – {c.pick(('Fiat Tipo', 'Toyota Yaris', 'Renault Captur', 'Alfa Romeo Giulietta'))} targa "
        f"{c.plate()}\n"
        f"Conducente: {P(a.last.upper() + ' ' + a.first)}, {_nato(a)} a {c.town()} il {c.dob(style='num')}, "
        f"residente in {c.addr1(unit=False)}, tel. {PH(c.phone(True))}\n"
        f"VEICOLO B – {c.pick(('Vespa Primavera', 'VW Golf', 'Dacia Duster', 'Peugeot 2008'))} targa {c.plate()}\n"
        f"Conducente: {P(b.last.upper() + ' ' + b.first)}, {c.dob(style='num')}, residente in {c.addr1(unit=False)}\n\n"
        f"Testimone: {full(w)}, tel. {PH(c.phone())}\n\n"
        f"Dinamica: il veicolo A, proveniente da {c.street()}, non rispettava la precedenza al veicolo B. Secondo "
        f"il testimone {last(w)}, il veicolo B procedeva a velocità elevata. Il conducente {last(b)} riportava "
        f"lievi contusioni. Rilievi eseguiti dall'agente {last(cop)} (matricola {c.ref('####')})."
    )


def it_booking(c: Ctx) -> str:
    """Train/hotel booking confirmation."""
    a, b = c.person(), c.person()
    pnr = c.ref("@@#@@#")
    train = c.pick(("Frecciarossa 9", "Italo 8", "Intercity 5", "EuroCity 3"))
    hotel = c.pick(("Hotel Bellavista", "Albergo Al Ponte", "B&B La Torre", "Hotel Stella d'Italia"))
    return (
        f"Posso ancora cambiare l'orario del treno? {c.pick(('Ho pagato con la carta ', 'La carta usata è la '))}"
        f"{c.card()}, mi rimborsano lì? Ecco la conferma:\n\n"
        f"CONFERMA DI PRENOTAZIONE – Codice PNR: {pnr}\n"
        f"Passeggero 1: {full(a)} (data di nascita {c.dob(style='num')}) – CartaFRECCIA {c.ref('#########')}\n"
        f"Passeggero 2: {full(b)} – {c.dob(style='num')}\n"
        f"Treno {train}{c.ref('###')} del {c.date('num')}, {c.town()} → {c.town()}, carrozza {c.rng.randint(1, 11)}, "
        f"posti {c.rng.randint(1, 80)}A/{c.rng.randint(1, 80)}B, biglietto n. {c.non_luhn(16)}\n"
        f"Hotel: {hotel}, {c.addr1(unit=False)} – check-in {c.date('num')}, {c.rng.randint(1, 5)} notti\n"
        f"Importo: {c.money(90, 900)} pagato con carta {c.masked_card()}\n"
        f"Email: {EM(c.mail(a))}   Cellulare: {PH(c.phone(True))}\n"
        f"Assistenza clienti: {c.hotline()}"
    )


def it_news(c: Ctx) -> str:
    """Local news piece: full name once, bare surname afterwards."""
    a, b, mayor = c.person(), c.person(), c.person()
    town = c.town()
    if c.chance(0.5):
        return (
            f"Scrivi un titolo per questo articolo:\n\n"
            f"{town.upper()} – Compie cent'anni la storica trattoria {a.last} di {c.street()}. A guidarla oggi è "
            f"{full(a)}, nipote del fondatore. «Mio nonno serviva solo tre piatti», racconta {last(a)}, «e il "
            f"risotto era uno di quelli». In cucina c'è {full(b)}, da vent'anni braccio destro della famiglia. "
            f"Secondo {last(b)} il segreto è «non cambiare niente». {'La sindaca' if mayor.female else 'Il sindaco'} "
            f"{full(mayor)} consegnerà una targa durante la festa del {c.date('long')}; prenotazioni al "
            f"{PH(c.phone(False))}."
        )
    return (
        f"Riassumi in due frasi:\n\n"
        f"Paura ieri sera a {town}, dove un incendio è divampato in un appartamento al terzo piano di un condominio "
        f"di {c.street()}. A dare l'allarme è stata {full(a)}, che abita nello stabile di fronte: «Ho visto il fumo e "
        f"ho chiamato subito il 112», ha spiegato {last(a)}. Sul posto i vigili del fuoco coordinati da "
        f"{full(b)}. Secondo {last(b)} le fiamme sarebbero partite da una stufetta elettrica. Due persone sono "
        f"state accompagnate al pronto soccorso per accertamenti. {'La sindaca' if mayor.female else 'Il sindaco'} "
        f"{last(mayor)} ha messo a disposizione alloggi temporanei per le famiglie evacuate."
    )


def it_forum(c: Ctx) -> str:
    """Forum post asking for advice about a landlord who keeps the deposit."""
    me, owner = c.person(), c.person()
    ow = ("la proprietaria", "Le", "chiamata") if owner.female else ("il proprietario", "Gli", "chiamato")
    user = c.pick(("gattonero72", "mamma_di_tre", "Lupo_Solitario", "inquilino_disperato", "ciaociao2026"))
    return (
        f"Come risponderesti a questo post in modo utile?\n\n"
        f"[Forum Casa & Condominio] {user} – {c.date('num')} {c.rng.randint(18, 23)}:{c.rng.randint(10, 59)}\n"
        f"Titolo: Padrone di casa non restituisce la caparra, cosa posso fare?\n\n"
        f"Ciao a tutti, ho lasciato l'appartamento in {c.addr1()} il {c.date('num')} e {ow[0]}, "
        f"{c.title(owner, short=False)} {full(owner)}, non mi ha ancora ridato la caparra di "
        f"{c.money(900, 3000, cents=False)}. {ow[1]} ho scritto più volte a {EM(c.mail(owner))} e l'ho {ow[2]} al "
        f"{PH(c.phone(True))}, niente. Dice che deve ridipingere tutto ma l'appartamento era perfetto, ho le foto. "
        f"{last(owner)} sostiene anche che i conti della luce non sono saldati, ma io pagavo tutto con RID dal mio "
        f"conto {c.iban()}. Consigli? Un avvocato costa troppo...\n\n"
        f"Grazie, {P(me.first)}"
    )


# ---------------------------------------------------------------------------------------------------
# English templates (GB/IE/US)
# ---------------------------------------------------------------------------------------------------
def en_school(c: Ctx) -> str:
    """School message: trip letter with a consent reply, or a parent's e-mail to the teacher."""
    teacher, parent = c.person(), c.person()
    kid = c.child_of(parent)
    us = c.country == "US"
    grade = (c.pick(("3rd grade", "4th grade", "5th grade")) if us
             else c.pick(("Year 4", "Year 6", "Class 3B", "4th Class")))
    if c.chance(0.5):
        where = c.pick({"GB": ("the Science Museum", "Cadbury World", "the county fire station"),
                        "IE": ("Dublin Zoo", "the National Museum", "the county fire station"),
                        "US": ("the aquarium", "the natural history museum", "the county fire station")}[c.country])
        fee = c.money(6, 30, cents=False)
        pay = (f"through the school app or by transfer to the PTA account {c.iban()}" if not us
               else "through the district payment portal (check payable to the PTA)")
        return (
            f"Can you turn this into a short reminder text for the class WhatsApp group?\n\n"
            f"Dear {'Families' if us else 'Parents and Carers'} of {grade},\n\n"
            f"On {c.date('long')} we will be visiting {where}. The coach leaves at 8:45am sharp and we expect to be "
            f"back by 3:15pm. The cost is {fee} per child, payable {pay}.\n\n"
            f"{c.title(parent)} {last(parent)} and {full(c.person())} have kindly offered to help on the day. "
            f"If your child needs an inhaler or EpiPen, please let me know by Friday.\n\n"
            f"On the day I can be reached on {PH(c.phone(True))}; otherwise please email me at "
            f"{EM(c.mail(teacher, c.pick(SCHOOL_DOMAINS[c.country])))}.\n\n"
            f"Kind regards,\n{c.title(teacher)} {last(teacher)}\n{grade} teacher\n\n"
            f"--- consent slip (returned) ---\n"
            f"Child's name: {full(kid)}   D.O.B.: {c.dob(child=True, style='num')}\n"
            f"Parent/guardian: {full(parent)}   Emergency contact number: {PH(c.phone(True))}\n"
            f"Medical notes: {c.pick(('none', 'mild nut allergy', 'asthma - inhaler in bag', 'hay fever'))}"
        )
    spouse = c.person(female=not parent.female)
    return (
        f"Please make this email sound less annoyed:\n\n"
        f"Hi {c.title(teacher)} {last(teacher)},\n\n"
        f"{P(kid.first)} came home upset again today because {gen_en(c.person().first)} group won't let "
        f"{'her' if kid.female else 'him'} join in at lunch. This is the third time this term. Can we meet this "
        f"week? I'm free after 3pm on {c.pick(('Tuesday', 'Wednesday', 'Thursday'))}. Also, {gen_en(kid.first)} "
        f"reading record went missing – it has {'her' if kid.female else 'his'} name and our address "
        f"({c.addr1(unit=False)}) on the front, so if it turns up please keep it safe.\n\n"
        f"You can reach me on {PH(c.phone(True))}, or my {'wife' if spouse.female else 'husband'} "
        f"{full(spouse)} on {PH(c.phone())}.\n\n"
        f"Thanks,\n{full(parent)}"
    )


def en_claim(c: Ctx) -> str:
    """Insurance claim: car hit while parked, or an escape of water from the flat above."""
    me, other, wit = c.person(), c.person(), c.person()
    policy = c.ref(c.pick(("MTR-########", "HH/#######/26", "POL#########")))
    claimno = c.ref("CLM-######")
    if c.chance(0.5):
        car = c.pick(("Ford Focus", "Vauxhall Corsa", "Honda Civic", "Toyota RAV4", "Nissan Qashqai", "Subaru Outback"))
        bank = (f"Please pay any settlement to {c.iban()}." if c.country != "US"
                else f"I paid the excess with my card {c.card()} - please refund it to the same card.")
        return (
            f"Can you tidy up my claim description before I submit it online?\n\n"
            f"Policy number: {policy}\nClaim reference: {claimno}\n"
            f"Policyholder: {full(me)}, date of birth {c.dob(style='num')}\n\n"
            f"What happened: On {c.date('long')} at about {c.rng.randint(1, 11)}.{c.rng.randint(10, 59)}pm my {car} "
            f"(reg {c.plate()}) was parked outside my home at {c.addr1()} when a delivery van reversed into the "
            f"driver's door. The van driver, {full(other)}, left a note with {'her' if other.female else 'his'} number "
            f"({PH(c.phone(True))}). My neighbour {full(wit)} saw it happen and is happy to give a statement - "
            f"{'she' if wit.female else 'he'} is on {PH(c.phone())}. {gen_en(other.last)} employer is "
            f"{c.company()}.\n\n"
            f"Repair estimate from the garage: {c.money(650, 3800)}. {bank}\n"
            f"Best contact: {EM(c.mail(me))}"
        )
    up = c.person()
    return (
        f"Help me write this claim so it's clear:\n\n"
        f"Home insurance - escape of water\nPolicy: {policy}\n\n"
        f"On {c.date('long')} water came through our kitchen ceiling from the flat above, which belongs to "
        f"{c.title(up)} {full(up)}. {last(up)} was away, so the managing agent ({c.company()}) sent a plumber, who "
        "found a split pipe under the bath. The ceiling, units and a "
        f"{c.pick(('Samsung fridge freezer', 'Bosch dishwasher', 'laptop'))} "
        f"were damaged.\n\n"
        f"Our details: {full(me)} and {full(c.person())}, {c.addr2(sep=', ')}\n"
        f"Phone: {PH(c.phone())}\nEmail: {EM(c.mail(me))}\n"
        f"(Your claims line {c.hotline()} kept me on hold for 50 minutes.)"
    )


def en_review(c: Ctx) -> str:
    """Performance review notes, to be rewritten."""
    emp, mgr, peer, hr = c.person(), c.person(), c.person(), c.person()
    ef = emp.first.split(" ")[0]
    pro = "she" if emp.female else "he"
    proj = c.pick(("the billing migration", "the new onboarding flow", "the Leeds warehouse move",
                   "SOC 2 readiness", "the v3.0 mobile release"))
    return (
        f"Rewrite these review notes into a balanced paragraph for the HR system:\n\n"
        f"ANNUAL PERFORMANCE REVIEW - FY{c.pick(('26', '2026', '26/27'))}\n"
        f"Employee: {inv(emp)} (ID {c.ref('E#####')})\n"
        f"Date of birth: {c.dob(style='num')}   Start date: {c.date('num')}\n"
        f"Reviewer: {full(mgr)}   HR partner: {ini(hr)}\n\n"
        f"- {P(ef)} owned {proj} end to end; {pro} shipped two weeks early.\n"
        f"- Peer feedback (esp. from {P(peer.first)}) very positive; {gen_en(ef)} code reviews are thorough.\n"
        f"- Needs to delegate more - {pro} took on {gen_en(peer.last)} tickets while they "
        f"were on leave and burned out in Q3.\n"
        f"- Rating: {c.pick(('Exceeds expectations', 'Meets expectations', 'Strong performer'))}\n"
        f"- Comp: base to {c.money(52000, 118000, cents=False)} effective {c.date('num')}\n"
        f"- Updated emergency contact: {full(c.person())}, {PH(c.phone(True))}\n"
        f"- New home address on file: {c.addr1()}\n\n"
        f"Signed: {P(mgr.full)}"
    )


def en_police(c: Ctx) -> str:
    """Police incident report after a collision, as pasted by one of the drivers."""
    a, b, w, cop = c.person(), c.person(), c.person(), c.person()
    us = c.country == "US"
    rank = "Officer" if us else c.pick(("PC", "Sgt", "Garda"))
    return (
        f"Can you explain what this police report says about fault? I'm driver 1.\n\n"
        f"{'TRAFFIC COLLISION REPORT' if us else 'ROAD TRAFFIC COLLISION - INCIDENT REPORT'}  Ref: "
        f"{c.ref('RTC/26/#####')}\n"
        f"Date/time: {c.date('num')} {c.rng.randint(10, 23)}:{c.rng.randint(10, 59)}\n"
        f"Location: junction of {c.street()} and {c.street()}, {c.town()}\n\n"
        f"DRIVER 1: {P(a.last.upper() + ', ' + a.first)}   DOB {c.dob(style='num')}\n"
        f"Address: {c.addr1(unit=False)}\nTel: {PH(c.phone(True))}\n"
        f"Vehicle: {c.pick(('Ford Fiesta', 'Kia Sportage', 'Chevrolet Malibu', 'Tesla Model Y'))}, reg/plate "
        f"{c.plate()}\n"
        f"DRIVER 2: {P(b.last.upper() + ', ' + b.first)}   {c.dob(style='num')}\n"
        f"Address: {c.addr1(unit=False)}\nTel: {PH(c.phone())}\n"
        f"Vehicle: {c.pick(('Toyota Prius (private hire)', 'Dodge Ram', 'BMW X3', 'VW Transporter'))}, reg/plate "
        f"{c.plate()}\n"
        f"WITNESS: {full(w)}, {PH(c.phone(True))}\n\n"
        f"Narrative: D1 ({last(a)}) stated that the lights were green. D2 ({last(b)}) stated "
        f"{'she' if b.female else 'he'} "
        f"was already in the box junction. Witness {last(w)} supports D1's account. No injuries reported. "
        f"Dashcam footage requested from {gen_en(w.last)} vehicle.\n\n"
        f"Reporting officer: {rank} {full(cop)} #{c.ref('####')}"
    )


def en_booking(c: Ctx) -> str:
    """Flight/hotel booking confirmation with a question."""
    a, b = c.person(), c.person()
    ref = c.ref("@@@#@@")
    out_d, ret_d = c.date_pair("long", 16)
    airline = c.pick(("BA", "EI", "FR", "U2", "AA", "UA", "DL"))
    hotel = c.pick(("The Harbour View Hotel", "Kestrel Lodge", "Grand Canal Suites", "The Old Mill Inn"))
    pay = c.card() if c.chance(0.6) else c.masked_card()
    ask = "" if "CARD" in pay else f" I was charged twice on my card {c.card()} too."
    return (
        f"Does this booking include checked bags?{ask} Here's the confirmation:\n\n"
        f"BOOKING CONFIRMED - Reference {ref}\n\n"
        f"Passengers\n  1. {c.title(a).upper()} {P(a.first.upper() + ' ' + a.last.upper())}  DOB {c.dob(style='num')}\n"
        f"  2. {c.title(b).upper()} {P(b.first.upper() + ' ' + b.last.upper())}  DOB {c.dob(style='num')}\n\n"
        f"Outbound {airline}{c.ref('###')}  {out_d}  departs {c.rng.randint(6, 21)}:{c.rng.randint(10, 55)}\n"
        f"Return   {airline}{c.ref('###')}  {ret_d}\nE-ticket numbers: {c.non_luhn(13)}, {c.non_luhn(13)}\n"
        f"Hotel: {hotel}, {c.addr1(unit=False)} - {c.rng.randint(2, 9)} nights, Superior Double\n"
        f"Total paid: {c.money(380, 3200)}  Card: {pay}\n\n"
        f"Lead passenger contact: {EM(c.mail(a))} / {PH(c.phone(True))}\n"
        f"Billing address: {'c/o ' + full(c.person()) + ', ' if c.chance(0.3) else ''}{c.addr2(sep=', ')}\n"
        f"Need help? Call {c.hotline()} (24/7)"
    )


def en_witness(c: Ctx) -> str:
    """Witness statement (GB/IE style) or deposition excerpt (US style)."""
    w, acc, off, other = c.person(), c.person(), c.person(), c.person()
    if c.country == "US":
        return (
            f"Summarize this deposition excerpt in plain English:\n\n"
            f"Q. Please state your full name for the record.\n"
            f"A. {full(w)}.\n"
            f"Q. And your date of birth?\n"
            f"A. {c.dob(style='long')}.\n"
            f"Q. Where do you currently reside?\n"
            f"A. {c.addr1()}.\n"
            f"Q. How do you know {c.title(acc)} {last(acc)}?\n"
            f"A. {P(acc.first)} was my supervisor at {c.company()} from 2021 until last spring.\n"
            f"Q. Did {P(acc.first.split(' ')[0])} ever discuss the invoices with you?\n"
            f"A. Once. {'She' if acc.female else 'He'} told me {full(other)} in accounting would \"fix them\".\n"
            f"Q. Have you spoken to {c.title(other)} {last(other)} since?\n"
            f"A. No. I called {gen_en(other.last)} cell, "
            f"{PH(c.phone(True))}, but nobody picked up.\n"
            f"MR. {off.last.upper()}: Objection, form.\n"
            f"(Case No. {c.ref('##-cv-#####')}, page {c.rng.randint(12, 140)})"
        )
    return (
        f"Can you check the grammar of this statement before I sign it?\n\n"
        f"WITNESS STATEMENT\nURN: {c.ref('##@@#####/26')}\n"
        f"Statement of: {full(w)}\nAge if under 18: over 18    Occupation: "
        f"{c.pick(('nurse', 'bus driver', 'teacher', 'accountant', 'retired'))}\n"
        f"Date of birth: {c.dob(style='num')}\n\n"
        f"I, {full(w)}, of {c.addr1()}, will say as follows:\n"
        f"On {c.date('long')} I was walking home along {c.street()} at about 11pm. I saw someone I now know to be "
        f"{full(acc)} shouting at a woman outside the takeaway. I know {last(acc)} by sight because "
        f"{'she' if acc.female else 'he'} lives two doors down from my {'sister' if other.female else 'brother'}, "
        f"{full(other)}. I called 999 from my "
        f"mobile ({PH(c.phone(True))}). {c.pick(('PC', 'Garda', 'Sgt'))} {last(off)} arrived about ten minutes later "
        f"and took my details.\n\n"
        f"Signed: {P(w.full)}    Witnessed by: {P(off.first[0] + '. ' + off.last)}"
    )


def en_news(c: Ctx) -> str:
    """Local news story: full name once, bare surname afterwards."""
    a, b, cllr = c.person(), c.person(), c.person()
    town = c.town()
    if c.chance(0.5):
        return (
            f"Write a catchy headline for this:\n\n"
            f"A {town} bakery that has fed the neighbourhood for three generations is closing its doors. "
            f"{full(a)}, 67, took over {a.last}'s Bakery from {'her' if a.female else 'his'} father in 1989. "
            f"\"It's the early mornings I won't miss,\" {last(a)} said. Regular customer {full(b)} started a petition "
            f"to keep the shop open; {last(b)} says more than 800 people have signed. Local councillor {full(cllr)} "
            f"told the Gazette the building on {c.street()} would be converted into flats. {last(cllr)} added that "
            f"the council had \"no power to intervene\". A farewell party is planned for {c.date('long')}."
        )
    return (
        f"Summarise this in two sentences:\n\n"
        f"Firefighters were called to {c.street()} in {town} on {c.pick(('Tuesday', 'Friday', 'Sunday'))} evening "
        "after "
        f"a kitchen fire spread to the roof of a terraced house. Neighbour {full(a)} raised the alarm. "
        f"\"I saw smoke and just banged on the door,\" {last(a)} said. Watch manager {full(b)} praised the quick "
        f"response, saying {gen_en(a.first)} actions \"probably saved lives\". According to {last(b)}, the cause is "
        f"believed to be an unattended pan. {full(cllr)}, who represents the ward, said the family was being "
        f"rehoused. Donations can be made via the community centre ({c.hotline()} is the council helpline)."
    )


def en_forum(c: Ctx) -> str:
    """Forum post about a landlord keeping the deposit."""
    me, ll, agent = c.person(), c.person(), c.person()
    user = c.pick(("throwaway_tenant88", "u/rentingsucks", "MancunianMum", "dublin_renter", "NotMyRealName42"))
    scheme = {"GB": "the DPS", "IE": "the RTB", "US": "small claims court"}[c.country]
    return (
        f"Is this person right? How would you reply to their post?\n\n"
        f"Posted by {user} · {c.date('num')}\n"
        f"Landlord keeping whole deposit for 'cleaning' - what are my options?\n\n"
        f"Moved out of {c.addr1()} on {c.date('long')} after 3 years. Landlord is {full(ll)} (letting agent "
        f"{c.company()}, contact there is {P(agent.first)}). Deposit was {c.money(900, 2600, cents=False)}. "
        f"{last(ll)} emailed from {EM(c.mail(ll))} saying the whole thing is going on cleaning and a 'damaged' "
        f"carpet that was already threadbare when I moved in. I have the check-in inventory. I've called "
        f"{gen_en(agent.first)} direct line ({PH(c.phone(False))}) four times. Should I go to {scheme}? "
        f"{_deposit_paid(c)} if that matters for proving it.\n\n"
        f"Edit: I'm {P(me.first)} btw, feel free to DM."
    )


def en_thread(c: Ctx) -> str:
    """E-mail thread with quoted replies."""
    a, b, d = c.person(), c.person(), c.person()
    firm = c.company()
    dom = c.domain(firm)
    older, newer = c.date_pair(None, 9)
    return (
        f"Draft a short reply to {P(a.first.split(' ')[0])} confirming Thursday:\n\n"
        f"On {newer}, at {c.rng.randint(8, 17)}:{c.rng.randint(10, 59)}, {full(a)} <{EM(c.mail(a, dom))}> "
        "wrote:\n"
        f"> Hi {P(b.first.split(' ')[0])},\n"
        f"> Thanks for sending the signed SOW ({c.ref('SOW-2026-###')}). {full(d)} will lead the kickoff;\n"
        f"> {'her' if d.female else 'his'} mobile is {PH(c.phone(True))} if anything comes up on the day.\n"
        "> Invoices go to accounts, "
        f"{'ACH details are on the invoice' if c.country == 'US' else 'remittance to ' + c.iban()}.\n"
        f">\n"
        f"> Best,\n> {full(a)}\n> {firm} | {c.addr1(unit=False)}\n> Direct: "
        f"{PH(c.phone(False))}{c.pick(('', '', ' ext. ' + c.ref('2##'), ' x' + c.ref('4#')))}\n"
        f">\n"
        f"> > On {older} {full(b)} <{EM(c.mail(b))}> wrote:\n"
        f"> > Hi {c.title(a)} {last(a)} - could we move the kickoff to Thursday? I'm reachable on\n"
        f"> > {PH(c.phone())} all week.\n"
        f"> > Cheers, {P(b.first.split(' ')[0])}"
    )


# ---------------------------------------------------------------------------------------------------
# Structured genres shared by several languages (seating plan, CSV, JSON/YAML, vCard)
# ---------------------------------------------------------------------------------------------------
def _it_school_office(c: Ctx) -> str:
    """The school office's mailbox (a role address, labelled like every e-mail)."""
    town = c.town().lower()
    return f"segreteria@ic-{town}.edu.it" if c.country == "IT" else f"direzione@scuole-{town}.ch"


def _deposit_paid(c: Ctx) -> str:
    """How the deposit was paid: a card in the US, an IBAN elsewhere."""
    if c.country == "US":
        return "I paid the deposit with my card " + c.card()
    return "My deposit came from my account " + c.iban()


def _billing_account(c: Ctx) -> str:
    """YAML line(s) with the firm's account: IBAN in Europe, a routing number (distractor) in the US."""
    if c.country == "US":
        return f"routing_number: {c.ref('0########')}\n  account_last4: {c.ref('####')}"
    return f'iban: "{c.iban()}"'


def _timestamp(c: Ctx) -> str:
    """An ISO 8601 creation time (distractor)."""
    r = c.rng
    return f"2026-{r.randint(1, 11):02d}-{r.randint(10, 28)}T{r.randint(10, 23)}:{r.randint(10, 59)}:00Z"


def seating(c: Ctx) -> str:
    """Wedding seating plan: names as guests are listed (families, nicknames, +1, children)."""
    bride, groom = c.person(female=True), c.person(female=False)
    w1, w2, cat = c.person(), c.person(), c.person()
    fam1, fam2, kid, gran, uncle = c.person(), c.person(), c.person(), c.person(female=True), c.person(female=False)
    x, y, z, v, col1, col2, col3 = (c.person() for _ in range(7))
    kid_age = c.rng.randint(3, 12)
    caterer = c.company(cat.last)
    if c.lang == "fr":
        venue = c.pick(("Domaine des Vignes", "Château de la Roche", "Moulin de Saint-Pierre", "Ferme du Bois Joli"))
        return (
            f"Peux-tu vérifier ce plan de table ? Personne ne doit être assis deux fois et les enfants doivent être "
            f"près de leurs parents.\n\n"
            f"PLAN DE TABLE – Mariage de {first(bride)} & {first(groom)} – {c.date('long')}\n"
            f"{venue}, {c.town()}\n\n"
            f"Table d'honneur : {full(bride)}, {full(groom)}, {full(w1)} (témoin), {full(w2)} (témoin), "
            f"Mamie {first(gran)}\n"
            f"Table 1 « Lavande » : M. et Mme {last(fam1)}, {full(x)} + conjoint, {inv(y)}, {first(kid)} ({kid_age} "
            "ans)\n"
            f"Table 2 « Olivier » : la famille {last(fam2)} (4 pers.), Tonton {first(uncle)}, {caps(z)}, "
            f"{full(v)} (végétarien{'ne' if v.female else ''})\n"
            f"Table 3 « Mimosa » : les collègues de {first(groom)} – {full(col1)}, {ini(col2)}, {first(col3)}\n\n"
            f"Contact le jour J : {full(w1)} – {PH(c.phone(True))}\n"
            f"Traiteur : {caterer} – {c.title(cat)} {last(cat)} – {PH(c.phone())} – "
            f"{EM(c.mail(cat, c.domain(caterer)))}\n"
            f"Acompte traiteur versé le {c.date('num')} ({c.money(1500, 6000, cents=False)}) depuis {c.iban()}"
        )
    venue = c.pick(("Villa Le Rose", "Tenuta San Lorenzo", "Agriturismo Il Poggio", "Grotto del Pozz"))
    return (
        f"Controlla questo tableau: nessuno deve comparire due volte e i bambini vanno vicino ai genitori.\n\n"
        f"TABLEAU DE MARIAGE – {first(bride)} e {first(groom)} – {c.date('long')}\n"
        f"{venue}, {c.town()}\n\n"
        f"Tavolo sposi: {full(bride)}, {full(groom)}, {full(w1)} e {full(w2)} (testimoni), nonna {first(gran)}\n"
        f"Tavolo 1 «Amalfi»: i signori {last(fam1)}, {full(x)} con consorte, {inv(y)}, il piccolo {first(kid)} "
        f"({kid_age} anni)\n"
        f"Tavolo 2 «Capri»: famiglia {last(fam2)} (4), zio {first(uncle)}, {P(z.last.upper() + ' ' + z.first)}, "
        f"{full(v)} (menu vegetariano)\n"
        f"Tavolo 3 «Positano»: colleghi di {first(bride)} – {full(col1)}, {ini(col2)}, {first(col3)}\n\n"
        f"Referente il giorno delle nozze: {full(w1)}, {PH(c.phone(True))}\n"
        f"Catering: {caterer}, {c.title(cat)} {last(cat)}, {PH(c.phone())}, {EM(c.mail(cat, c.domain(caterer)))}\n"
        f"Acconto bonificato il {c.date('num')} ({c.money(1500, 6000, cents=False)}) dal conto {c.iban()}"
    )


def _csv_cell(value: str, sep: str) -> str:
    """Quote a CSV cell that contains the separator (the quotes stay outside the span)."""
    return f'"{value}"' if sep in _MARK.sub(lambda m: m.group(2), value) else value


def table_paste(c: Ctx) -> str:
    """Spreadsheet/CSV export pasted for reformatting: course sign-ups (it), new starters or CRM export (en)."""
    tab = c.chance(0.35)
    courses: tuple[str, ...]
    if c.lang == "it":
        sep = "\t" if tab else ";"
        head = ["ID", "Cognome", "Nome", "Data nascita", "Indirizzo", "CAP e città", "Cellulare", "Email", "IBAN",
                "Corso", "Quota"]
        ask = c.pick(("Questo è l'export delle iscrizioni al corso di nuoto: fammi una tabella ordinata per corso.",
                      "Trova i duplicati in questo elenco iscritti (copiato da Excel):",
                      "Prepara una mail di conferma personalizzata per ciascuno di questi iscritti:"))
        courses = ("Acquagym lun/mer", "Nuoto adulti", "Baby nuoto", "Perfezionamento")
    else:
        sep = "\t" if tab else ","
        if c.country == "US":
            head = ["Customer ID", "Last Name", "First Name", "DOB", "Address", "City/State/ZIP", "Phone", "Email",
                    "Card on file", "Plan", "MRR"]
        else:
            head = ["Emp ID", "Surname", "Forename", "Date of Birth", "Address Line 1", "Town & Postcode", "Mobile",
                    "Email", "Bank (IBAN)", "Start Date", "Salary"]
        ask = c.pick(("Can you turn this export into a tidy markdown table sorted by surname?",
                      "Spot any rows with missing or malformed fields in this CSV:",
                      "Write a welcome email template using these columns:"))
        courses = ("Basic", "Pro", "Team", "Enterprise")
    rows = [sep.join(head)]
    for _ in range(c.rng.randint(3, 5)):
        p = c.person()
        st, tl = c.address(unit=False)
        if c.lang == "en" and c.country == "US":
            pay = CC(c.card_value()) if c.chance(0.6) else c.masked_card()
            tail = [pay, c.pick(courses), c.money(19, 480)]
        elif c.lang == "en":
            tail = [IB(c.iban_value(p=p)), c.date("num"), c.money(24000, 78000, cents=False)]
        else:
            tail = [IB(c.iban_value(p=p)), c.pick(courses), c.money(60, 260, cents=False)]
        cells = [c.ref("#####"), P(p.last), P(p.first), DB(c.fmt(c.dob_date(), c.pick(("num", "num", "iso")))),
                 AD(st), AD(tl), PH(c.phone()), EM(c.mail(p)), *tail]
        rows.append(sep.join(_csv_cell(x, sep) for x in cells))
    return ask + "\n\n" + "\n".join(rows)


def config_snippet(c: Ctx) -> str:
    """JSON fixture or YAML config with contact data, pasted for debugging."""
    a, b, d = c.person(), c.person(), c.person()
    firm = c.company()
    dom = c.domain(firm)
    ask = {"fr": ("Pourquoi ce fichier YAML ne passe pas la validation ?",
                  "Ce JSON fait planter l'import, tu vois pourquoi ?"),
           "it": ("Perché questo YAML non viene caricato?", "Questo JSON dà errore 422 sull'API, cosa c'è che non va?"),
           "en": ("Why does this YAML fail to load?",
                  "This JSON payload gets a 422 from the API - what's wrong with it?")}[c.lang]
    if c.chance(0.5):
        st, tl = c.address(unit=False)
        return (
            f"{ask[0]}\n\n```yaml\n"
            f"# notifications.yaml – v{c.rng.randint(1, 4)}.{c.rng.randint(0, 20)}.{c.rng.randint(0, 9)}\n"
            f"service: {c.pick(('billing-reminders', 'oncall-router', 'crm-sync'))}\n"
            f"smtp:\n  host: smtp.{dom}\n  port: 587\n  from: \"{EM('noreply@' + dom)}\"\n"
            f"oncall:\n"
            f"  - name: {full(a)}\n    email: {EM(c.mail(a, dom))}\n    phone: \"{PH(c.phone(True))}\"\n"
            f"    escalate_after: 15m\n"
            f"  - name: \"{inv(b)}\"\n    email: {EM(c.mail(b, dom))}\n    phone: '{PH(c.phone())}'\n"
            f"   escalate_after: 30m\n"
            f"billing:\n  account_holder: \"{firm}\"\n"
            f"  {_billing_account(c)}\n"
            f"  postal_address:\n    line1: \"{AD(st)}\"\n    line2: \"{AD(tl)}\"\n"
            f"  support_hotline: \"{c.hotline()}\"\n```"
        )
    st, tl = c.address(unit=False)
    addr = (f'"address": "{c.addr1(unit=False)}"' if c.chance(0.5)
            else f'"address": {{"line1": "{AD(st)}", "line2": "{AD(tl)}", "country": "{c.country}"}}')
    card = (f'"payment": {{"type": "card", "number": "{c.card()}", '
            f'"exp": "{c.rng.randint(1, 12):02d}/{c.rng.randint(27, 31)}"}}'
            if c.chance(0.5) or c.country == "US"
            else f'"payment": {{"type": "sepa", "iban": "{c.iban()}", "mandate": "{c.ref("MND-######")}"}}')
    return (
        f"{ask[1]}\n\n```json\n{{\n"
        f'  "orderId": "{c.ref("ORD-2026-#####")}",\n'
        f'  "createdAt": "{_timestamp(c)}",\n'
        f'  "customer": {{\n'
        f'    "firstName": "{first(a)}",\n    "lastName": "{last(a)}",\n'
        f'    "birthDate": "{c.dob(style="iso")}",\n'
        f'    "email": "{EM(c.mail(a))}",\n    "phone": "{PH(c.phone())}",\n'
        f"    {addr}\n  }},\n"
        f'  "deliveryContact": {{"name": "{full(d)}", "phone": "{PH(c.phone(True))}"}},\n'
        f'  "items": [{{"sku": "{c.ref("@@-####")}", "qty": {c.rng.randint(1, 4)}, "price": '
        f'{c.rng.randint(5, 400)}.{c.rng.randint(10, 99)}}}],\n'
        f"  {card}\n"
        f"}}\n```"
    )


def _split_town_line(tl: str, country: str) -> tuple[str, str, str]:
    """(locality, region, postcode) of a postcode+town line, for the separate vCard ADR fields."""
    if country == "US":
        city, rest = tl.replace(",", "").rsplit(" ", 2)[0], tl.replace(",", "").rsplit(" ", 2)[1:]
        return city, rest[0], rest[1]
    if country in ("GB", "IE"):
        parts = tl.replace(",", "").rsplit(" ", 2)
        return parts[0], "", " ".join(parts[1:])
    m = re.match(r"(\S+)\s+(?:-\s+)?(.*?)(?:\s+\(?([A-Z]{2})\)?)?$", tl)
    assert m, tl
    return m.group(2), m.group(3) or "", m.group(1)


def vcard(c: Ctx) -> str:
    """vCard blocks exported from a phone, pasted to be merged or cleaned."""
    ask = {"fr": "Fusionne ces deux fiches contact en une seule (ce sont peut-être des doublons) :",
           "it": "Unisci questi contatti duplicati e dimmi quali campi sono in conflitto:",
           "en": "Merge these duplicate contacts and tell me which fields conflict:"}[c.lang]
    country_name = {"FR": "France", "BE": "Belgique", "CH": "Suisse" if c.lang == "fr" else "Svizzera",
                    "LU": "Luxembourg", "IT": "Italia", "GB": "United Kingdom", "IE": "Ireland", "US": "USA"}[c.country]
    p = c.person()
    firm = c.company()
    dom = c.domain(firm)
    blocks = []
    for i in range(2):
        st, tl = c.address(unit=False)
        town, region, pc = _split_town_line(tl, c.country)
        pre = c.pick(("Dr.", "", "", "")) if i == 0 else ""
        lines = ["BEGIN:VCARD", f"VERSION:{c.pick(('3.0', '4.0'))}",
                 f"N:{last(p)};{first(p)};;{pre};",
                 f"FN:{pre + ' ' if pre else ''}{full(p) if i == 0 else P(p.first.split(' ')[0] + ' ' + p.last)}",
                 f"ORG:{firm}",
                 f"TEL;TYPE=CELL:{PH(c.phone(True))}"]
        if i == 0 or c.chance(0.5):
            lines.append(f"TEL;TYPE=WORK,VOICE:{PH(c.phone(False))}")
        lines.append(f"EMAIL;TYPE=INTERNET:{EM(c.mail(p, dom) if i == 0 else c.mail(p))}")
        lines.append(f"ADR;TYPE=HOME:;;{AD(st)};{town};{region};{pc};{country_name}")
        if i == 0 or c.chance(0.5):
            lines.append(f"BDAY:{c.dob(style=c.pick(('iso', 'iso', 'num')))}")
        notes = {"fr": ("Salon 2026", "ancien client", "réf. dossier " + c.ref("#####")),
                 "it": ("cliente dal 2019", "fiera di Milano", "pratica n. " + c.ref("#####")),
                 "en": ("met at conference", "old client", "ticket " + c.ref("#####"))}[c.lang]
        lines.append(f"NOTE:{c.pick(notes)}")
        lines.append(f"REV:2026{c.rng.randint(10, 12)}{c.rng.randint(10, 28)}T101500Z")
        lines.append("END:VCARD")
        blocks.append("\n".join(lines))
    return ask + "\n\n" + "\n\n".join(blocks)


# ---------------------------------------------------------------------------------------------------
# Registry and output
# ---------------------------------------------------------------------------------------------------
Template = Callable[[Ctx], str]
TEMPLATES: dict[str, list[tuple[str, Template]]] = {
    "de": [("tenancy", de_tenancy), ("school", de_school), ("claim", de_claim), ("review", de_review),
           ("police", de_police), ("booking", de_booking), ("court", de_court), ("news", de_news),
           ("forum", de_forum), ("thread", de_thread), ("csv", de_csv), ("ocr", de_ocr)],
    "fr": [("tenancy", fr_tenancy), ("school", fr_school), ("claim", fr_claim), ("police", fr_police),
           ("booking", fr_booking), ("seating", seating), ("court", fr_court), ("news", fr_news),
           ("thread", fr_thread), ("config", config_snippet), ("ocr", fr_ocr), ("vcard", vcard)],
    "it": [("tenancy", it_tenancy), ("school", it_school), ("claim", it_claim), ("review", it_review),
           ("police", it_police), ("booking", it_booking), ("seating", seating), ("news", it_news),
           ("forum", it_forum), ("csv", table_paste), ("config", config_snippet), ("vcard", vcard)],
    "en": [("school", en_school), ("claim", en_claim), ("review", en_review), ("police", en_police),
           ("booking", en_booking), ("witness", en_witness), ("news", en_news), ("forum", en_forum),
           ("thread", en_thread), ("csv", table_paste), ("config", config_snippet), ("vcard", vcard)],
}


def build() -> list[dict[str, object]]:
    """All documents, deterministic: each document has its own RNG seeded from SEED and its id."""
    docs: list[dict[str, object]] = []
    for lang, templates in TEMPLATES.items():
        locales = LOCALES[lang]
        for name, fn in templates:
            for i in range(DOCS_PER_TEMPLATE):
                locale = locales[i % len(locales)]
                doc_id = f"h3-{locale}-{name}-{i}"
                rng = random.Random(f"{SEED}/{doc_id}")
                text, ents = render(fn(Ctx(locale, rng)))
                docs.append({"id": doc_id, "locale": locale, "lang": lang, "text": text, "entities": ents})
    return docs


def main() -> int:
    docs = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts: Counter[tuple[str, str]] = Counter()
    for d in docs:
        for e in d["entities"]:  # type: ignore[attr-defined]
            counts[(str(d["lang"]), str(e["type"]))] += 1
    print(f"wrote {len(docs)} documents to {OUT}")
    for lang in LOCALES:
        print(lang, {t: counts[(lang, t)] for t in LABELS})
    print("all", {t: sum(counts[(lg, t)] for lg in LOCALES) for t in LABELS})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
