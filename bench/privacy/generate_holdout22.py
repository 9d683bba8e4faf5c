"""Twenty-second blind evaluation set ("holdout22") for the anonymizer.

Blind set 22, written by a helper session that read only the module docstrings of generate_holdout19.py,
generate_holdout20.py and generate_holdout21.py and the module docstring of evaluate.py with the source of its function
evaluate_synthetic (all extracted with ``ast``: record format, type names, matching rules, the genres of all earlier
sets). Besides that it saw only the file names in bench/privacy/ and bench/privacy/data/, the line-length setting of
[tool.ruff] in pyproject.toml (one grep) and, from the venv's Faker package, its list of locales and sample names (to
see which locales fall back to en_US or give lower-case or padded names). It did not read the detectors (src/), the
tests, the docs, README files, the bodies of the other generators or templates, any other data set text, or the git
history, and ran no git command besides the commit of its two files. Two slips, both without reading anything forbidden:
a shell loop also ran the docstring extraction on generate_holdout16/17/18.py with its output thrown away (piped into
``head -0``, nothing shown), and while waiting for the venv install it listed the first entries of the venv's
site-packages directory (package names only).
tarnkappe is never imported; the set was never run through the anonymizer or evaluate.py while it was written. The
written file was checked only by the generator's own assertions (offsets, no surrounding white space, sorted and
non-overlapping spans, no name split into two PERSON spans separated by a single space), a separate check of every IBAN
(mod 97), card (Luhn) and AHV (EAN-13) value, and by reading its own output, including ``--scan``: unlabelled e-mail
addresses (only role mailboxes such as info@, billetterie@, presse@, noreply@), unlabelled phone-like digit runs (only
dates, member / licence / contract / ticket / claim numbers, coordinates and hotlines), unlabelled IBAN-like strings
(only SEPA creditor ids), unlabelled IP addresses (only game-server addresses with a port and private LAN addresses),
dates after a birth-date cue (only examination, dismissal and chat time-stamp dates following a labelled date of birth)
and unlabelled repeats of the words of labelled names (only the bike brand "Bianchi", the town "Paris" in a motorway
direction in a document with a person called Paris, and the Italian word "del" in documents with the surnames Del Fabbro
and Del Vecchio).
Report on it; never tune on it.

Writes bench/privacy/data/synthetic_holdout22.jsonl: 4 languages (de, fr, it, en) x 12 genres x 10 documents = 480
documents with 8,590 labelled values (PERSON 4,008, DOB 1,334, PHONE 1,102, EMAIL 820, ADDRESS 708, IBAN 418, IP 102,
AHV 70, CARD 28; de 2,162, fr 2,162, it 2,214, en 2,052).  Per type and language (de / fr / it / en):
  PERSON 1,007 / 993 / 1,013 / 995; DOB 332 / 335 / 340 / 327; PHONE 275 / 278 / 281 / 268;
  EMAIL 201 / 210 / 211 / 198; ADDRESS 180 / 175 / 177 / 176; IBAN 124 / 114 / 123 / 57; IP 25 / 23 / 29 / 25;
  AHV 12 / 27 / 31 / 0; CARD 6 / 7 / 9 / 6.
Regions (``locale`` is ``lang_REGION``): de -> DE/AT/CH (4/3/3 per cell), fr -> FR/CH/BE/CA (4/3/2/1), it -> IT/CH
(6/4), en -> GB/US/IE/AU/NZ/CA (3/2/2/1/1/1); the regions of a (language, genre) cell are shuffled with the seed
``"holdout22|<lang>|<genre>|regions"`` and the template variant is ``i % 4``, so region and variant are not correlated.
Deterministic for a given Faker version (written with the project venv's Faker 40.54.0 and Python 3.11; only Faker and
the standard library; the output does not depend on PYTHONHASHSEED - checked with two seeds): ``random.Random`` is
seeded with ``"holdout22|<lang>|<genre>|<i>"`` and every Faker locale is re-seeded per document on its first use in the
document (from that seed and the locale name).  Faker supplies person names only; streets, towns, postcodes, phone
numbers (area codes matching the town), e-mail addresses, IBANs (valid ISO 13616 check digits; French ones with a valid
RIB key, Belgian ones with the national check, Italian ones with a valid CIN), card numbers (Luhn), AHV numbers (756,
EAN-13 check digit) and IP addresses come from lists and code written here.  Each record has ``id``
(``holdout22-<lang>-<genre>-<NN>``), ``locale``, ``lang``, ``text`` and ``entities`` (``type``, ``start``, ``end``,
``text``).  Labelled values are marked while a text is built and resolved into offsets at the very end, so lower-case
chat typing, capitals, fixed-width padding, CSV quoting, HTML cells and JSON strings keep the labels exact.

Genres (text people paste into an AI assistant, each with a request in the document's language before or after it,
sometimes fenced in ``` or quotes, sometimes typed in lower case), chosen to differ from every genre named in the
docstrings read (holdout3..holdout21; those of holdout and holdout2 are not listed there, so an overlap with them cannot
be ruled out):
 1. swimschool - children's swimming lessons: class lists (eight table layouts, date-of-birth columns filled in mixed
    formats, one or two parents per row), a parent's booking mail with the school's quoted reply (fee IBAN, contact-form
    IP), badge certificates (worded dates of birth) checked against a list of "name  date" lines without any cue,
    parents' group chats (a child's date of birth without a cue, birthdays without a year, "jahrgang 2016");
 2. benefits - household benefit claims (Wohngeld, Kindergeld, Familienbeihilfe, IPV, APL, allocations familiales,
    Assegno Unico, Child Benefit, Universal Credit, SNAP, HAP, Family Tax Benefit ...): claim forms with household
    tables (Swiss ones with AHV numbers, some with the online-submission IP), change-of-circumstances letters (a
    newborn's date of birth in words in French / Italian / English legal style, old and new address, new IBAN), decision
    letters (members with dates of birth, Swiss ones with AHV numbers), caseworker notes ("Lena (*14.03.2019), Kita")
    with a client chat;
 3. diving - dive centres and clubs: registration and medical statements for two divers with emergency contacts and the
    GP, doctors' fitness-to-dive certificates, logbook exports (profile JSON + dives CSV with buddies and the
    instructor's signature), liveaboard booking threads (passenger lines "LAST First  12-AUG-1988  PP ...", a card
    number in the mail), club chats collecting "name + date of birth" for the trip insurance;
 4. fanclub - football season tickets and supporters' clubs: season-ticket CSV exports (price band by age, SEPA IBANs,
    last-login IPs), membership applications with member lists, ticket-transfer threads with the box office's quoted
    reply (new holder's date of birth, a card number in a PS), away-trip chats where everyone posts "NAME 03.07.1994";
 5. breakdown - roadside assistance and towing: dispatcher job sheets (date of birth as ID check, callback number, the
    garage the car is towed to), pdftotext towing invoices (company owner, card or masked card, IBAN), complaint mails
    with an auto-reply, app request JSON (member, date of birth, client IP, coordinates) with the tow driver's SMS;
 6. martialarts - judo / karate / taekwondo / aikido clubs: grading lists, junior membership forms (Swiss ones with the
    AHV number for J+S, SEPA or LSV+ mandates, the doctor's certificate), federation licence requests listing new
    members "Name (12.4.2011)" with the federation's quoted reply, tournament registration JSON (coach card, IP) and a
    coach chat;
 7. bikeleasing - employer bike leasing / cycle-to-work schemes: portal order summaries (home address, work e-mail,
    dealer, Swiss AHV numbers, order IP), HR mail threads, theft claims for a leased bike, participant CSVs;
 8. csa - community-supported agriculture (Solawi, Gemüseabo, AMAP, GASAP, GAS, CSA, veg boxes): member lists with
    pick-up points at members' homes ("bei Häring, Am Mühlbach 158"), membership agreements and AMAP contracts, pick-up
    rotas with a group chat, shop subscription webhooks (raw card number, IP, gift recipient);
 9. referees - football match officials: appointment lists with contacts, expense claims (Swiss ones with AHV numbers),
    misconduct reports (player's date of birth next to the pass number), new-referee course sign-ups (age column, form
    IPs);
10. apprenticeship - apprenticeship contracts (BBiG, Swiss Lehrvertrag with AHV number, Cerfa, contratto di
    apprendistato, apprenticeship agreements; guardians of minors, birth places), applications with HR's interview
    invitation, vocational-school class lists, report-book entries with a sick-day chat;
11. union - trade unions: membership applications (workplace address, recruiter, Swiss AHV numbers, online-join IP),
    branch member lists with dues IBANs, a member's dismissal mail with the organiser's reply, strike-pay lists with a
    picket-line chat;
12. esports - gaming clubs and tournaments: team registration JSON (real names next to gamertags and Discord handles,
    dates of birth, registration IP, entry fee by card), parental consent forms for LAN parties, Discord excerpts with a
    moderation log (players' IPs; game-server and LAN addresses unlabelled), prize-money payout threads.
Values appear in prose, "Label: value" forms (aligned and not), two-line address blocks, letterheads and signatures,
Markdown (plain and aligned), fixed-width, pipe-, comma-, semicolon- and tab-separated tables, HTML tables, CSV exports,
JSON (indented and one-line), key=value logs, mail headers with quoted replies (two quote-header styles), chats with
five layouts (senders shown as names, first names or phone numbers), lower-case typing and occasional typos, in each
country's conventions (German "str.", "Whg.", "Hinterhaus", "D-"; Austrian "/Stiege/Tür", "/Top", "Jänner", "A-"; Swiss
"strasse", "CH-", "Natel"; French "bis"/"ter", "Bât.", "Résidence", upper-case towns; Belgian "bte"/"boîte", "B-",
"GSM"; Québec "4520, rue ...", "app.", "(Québec)" with one or two spaces before the postal code; Italian "n.", "int.",
"scala", "/B", "V." and provinces with and without parentheses; British flats and house names; Irish Eircodes, counties
and Irish-language street names; US "Apt", "#", "Unit", ZIP+4; Australian "Unit" and "4/12"; NZ suburbs; Canadian
"1203-455" unit numbers).  Phone numbers national and international with "(0)", "00", slashes, dots, hyphens,
parentheses, compact E.164 and DIN-style extensions.  Dates of birth in 40 shapes: numeric with and without leading
zeros, two-digit years, ISO, US month-first, dashes, dots with spaces, "12-AUG-1988", month names and abbreviations in
four languages ("1er", "1°", "Jänner", English ordinals and "of"), upper-case French months, and written out in words in
legal French, Italian and English ("le premier juillet deux mille dix-huit", "ventisette aprile duemiladodici", "the
twelfth day of March 1980" with "the" outside); with cue words (geb., geboren am, *, né(e) le, nato/a a ... il, n., DOB,
b., date of birth) and without any (table columns, "name date" lines, "(*12.3.1980)", "(12.04.2011)", with ages beside
them, JSON fields, chat replies), in forms, tables, prose, chats, medical certificates and contracts.
Names from the Faker locales of the region (de_DE, de_AT, de_CH, de_LI, fr_FR, fr_CH, fr_BE, nl_BE, fr_CA, it_IT - also
for Ticino -, en_GB, en_US, en_IE, ga_IE, en_NZ; Australia uses en_GB / en_NZ / en_US, English Canada en_US / en_GB /
fr_CA) and lists of region-own names written here (Frisian/Sorbian, Austro-Czech and Carinthian Slovene, Romansh and
Swiss particles, Vaud/Neuchâtel particles, Breton, Basque, Corsican, Réunionese, Alsatian, Walloon/Flemish, Québécois
and Haitian, Sardinian, Friulian, South Tyrolean, Italian particles, Ticinese, Welsh, Scottish, British Asian,
Caribbean, African-American, Hispanic, Navajo, Irish-language with gendered forms, Australian Greek/Vietnamese/Lebanese,
Māori and Pasifika, Canadian Punjabi/Métis); community names from the Faker locales tr_TR, pl_PL, pt_PT, pt_BR, es_ES,
es_MX, es_CO, es_AR, nl_NL, hr_HR, sl_SI, cs_CZ, sk_SK, ro_RO, hu_HU, lv_LV, lt_LT, vi_VN, id_ID, az_AZ, en_IN, en_NG,
en_KE, ha_NG, ig_NG, yo_NG, tw_GH, zu_ZA, fr_DZ, sv_SE, da_DK, fi_FI, sw and from lists written here (Albanian,
Maghrebi, Tamil, Horn of Africa, Persian/Afghan, Kurdish, Chinese, Korean, Japanese, Ukrainian, Russian and Greek with
gendered surnames, Filipino, Bosnian/Serbian, South Asian, West African); drawn about 56 % region-own, 30 % community,
14 % other locales of the language area; about 10 % of the non-community names get a first name or surname that is an
ordinary word of the language (Fuchs, Vogel, Kühn, Petit, Bonheur, Leone, Porta, Baker, Young, Hope, Grace, Autumn ...),
about 7 % a double surname; relatives mostly share the surname (gendered forms where the language has them) and a first
name of the same origin.  Written as "First Last", "Last, First", "LAST First", "LAST, First", "Last First", "F. Last",
"First L.", "FIRST LAST", separate first-name and surname fields, first names or surnames alone (chat senders,
salutations, mentions, "bei Häring"), in lower case in chats, with possessives.
Unlabelled distractors: order, job, case, claim, booking, customer, member, licence, pass, frame, ticket, match,
reference and policy numbers; brevet and diver numbers, gamertags and Discord handles, number plates, coordinates,
German tax ids, Austrian social-security numbers (which contain the date of birth), French, Belgian (containing the date
of birth), Canadian, British, Irish, Australian and NZ national numbers, Italian codici fiscali, SEPA creditor ids,
masked card numbers and expiry dates, prices, plain dates and times (courses, examinations, matches, deliveries,
interviews, dismissals, chat time stamps), birthdays without a year, years of birth alone, ages, birth places, towns and
postcodes in their own fields, role mailboxes, hotlines, service and shared-cost numbers, game-server and LAN IP
addresses, companies, clubs, unions, authorities, schools and bike brands.

Label decisions (types PERSON, EMAIL, PHONE, IBAN, ADDRESS, DOB, AHV, CARD, IP; those of holdout21, carried over):
* PERSON: the name of a natural person as written, in any order, with initials, particles and double surnames inside the
  span; titles and salutations (Frau, Herr, Dr., Mme, M., Sig.ra, Sig., Dott., Ms, Mr) outside; a first name or a
  surname alone is a PERSON (chat senders, greetings, notes, "bei Häring", "chez Zacharie"; possessive "s" / "'s"
  outside); gamertags, nicknames, bots, companies, clubs, unions and authorities are not labelled.
* EMAIL: every personal e-mail address, private or a person's work address at an organisation's domain; role mailboxes
  (info@, anmeldung@, billetterie@, presse@, noreply@ ...) are not labelled.
* PHONE: every phone and mobile number of a person or of an office, shop or firm (letterheads, signatures, caseworkers'
  and garages' landlines are labelled too), national or international; a chat sender shown as a number is PHONE;
  hotlines, free-phone, service and shared-cost numbers are not labelled.
* ADDRESS: a one-line address (street with number and postcode with town) is one span, the country outside; a two-line
  block is two spans (street line; postcode + town line); a street with its number alone is ADDRESS (chat messages,
  CSV / JSON street fields, "vor dem Haus ...") and so is a combined "postcode town" field; separate postcode and town
  fields and towns alone are not labelled; business addresses (garages, dealers, authorities, doctors, employers) are
  labelled.
* DOB: a full date of birth (day, month, year) of an adult or a child, cue words ("geb.", "*", "né(e) le", "nato/a il",
  "DOB", "born") outside, "the" before an English date in words outside; years of birth alone, ages, birthdays without a
  year and all other dates are not labelled.
* IBAN: every IBAN, compact or grouped.  CARD: full Luhn-valid card numbers; masked numbers and expiry dates are not.
* AHV: Swiss social security numbers (756, dotted or compact), wherever they appear; other national numbers are not.
* IP: the public IPv4 / IPv6 address of a person's connection (forms, portals, logins, moderation logs, app requests);
  game servers and private LAN addresses are not labelled.

Usage (repo root): python bench/privacy/generate_holdout22.py [--out PATH] [--only GENRE] [--scan] [--show N]
(--only prints counts for one genre and writes nothing).
Report on it; never tune on it.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import json
import random
import re
import unicodedata
from pathlib import Path

from faker import Faker

SET = "holdout22"
OUT = Path(__file__).resolve().parent / "data" / f"synthetic_{SET}.jsonl"
LANGS = ["de", "fr", "it", "en"]
REGIONS = {
    "de": [("DE", 4), ("AT", 3), ("CH", 3)],
    "fr": [("FR", 4), ("CH", 3), ("BE", 2), ("CA", 1)],
    "it": [("IT", 6), ("CH", 4)],
    "en": [("GB", 3), ("US", 2), ("IE", 2), ("AU", 1), ("NZ", 1), ("CA", 1)],
}
# Type names (those of the brief); the texts and offsets do not depend on them.
TYPES = {"1": "PERSON", "2": "EMAIL", "3": "PHONE", "4": "IBAN", "5": "ADDRESS", "6": "DOB", "7": "AHV",
         "8": "CARD", "9": "IP"}
CODE = {v: k for k, v in TYPES.items()}

# ---------------------------------------------------------------------------------------------------------------
# Marked values: a labelled value is written as \x01<code><value>\x02 while a text is built and resolved into
# offsets at the very end, so lower-casing, upper-casing, padding, CSV quoting and JSON strings keep labels exact.
# ---------------------------------------------------------------------------------------------------------------
MO, MC = "\x01", "\x02"
MARK = re.compile("\x01(\\d)([^\x01\x02]*)\x02")


def mk(t: str, v: str) -> str:
    assert v and v == v.strip() and "\n" not in v and MO not in v and MC not in v, (t, v)
    return f"{MO}{CODE[t]}{v}{MC}"


def vis(s: str) -> str:
    return MARK.sub(lambda m: m.group(2), s)


def vlen(s: str) -> int:
    return len(vis(s))


def ljust(s: str, w: int) -> str:
    return s + " " * max(0, w - vlen(s))


def rjust(s: str, w: int) -> str:
    return " " * max(0, w - vlen(s)) + s


def resolve(s: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    ents: list[dict] = []
    pos = n = 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()])
        n += m.start() - pos
        v = m.group(2)
        ents.append({"type": TYPES[m.group(1)], "start": n, "end": n + len(v), "text": v})
        out.append(v)
        n += len(v)
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    assert MO not in text and MC not in text, text
    last = -1
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
        assert e["text"] == e["text"].strip() and e["text"]
        assert e["start"] >= last
        last = e["end"]
    for a, b in zip(ents, ents[1:], strict=False):
        if a["type"] == b["type"] == "PERSON":
            assert text[a["end"]:b["start"]] != " ", (a, b)
    return text, ents


def lower(s: str) -> str:
    return s.lower()


def upper(s: str) -> str:
    return s.upper()


def quote_lines(s: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in s.split("\n"))


def jstr(s: str) -> str:
    """A JSON string literal for a text that may hold marked values."""
    parts = re.split("(\x01\\d|\x02)", s)
    out = []
    for p in parts:
        if p.startswith(MO) or p == MC:
            out.append(p)
        else:
            out.append(json.dumps(p, ensure_ascii=False)[1:-1])
    res = '"' + "".join(out) + '"'
    for m in MARK.finditer(res):
        assert json.dumps(m.group(2), ensure_ascii=False)[1:-1] == m.group(2)
    return res


def jdump(obj, indent: int | None = 2, level: int = 0, sep: str = ": ") -> str:
    if isinstance(obj, str):
        return jstr(obj)
    if obj is None or isinstance(obj, (bool, int, float)):
        return json.dumps(obj)
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    comma = "," if indent is not None else ", "
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [pad + jstr(k) + sep + jdump(v, indent, level + 1, sep) for k, v in obj.items()]
        return "{" + comma.join(items) + end + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        items = [pad + jdump(v, indent, level + 1, sep) for v in obj]
        return "[" + comma.join(items) + end + "]"
    raise TypeError(obj)


def csv_cell(s: str, sep: str, always: bool = False) -> str:
    v = vis(s)
    if always or sep in v or '"' in v or "\n" in v:
        assert '"' not in v, v
        return '"' + s + '"'
    return s


def csv_rows(rows: list[list[str]], sep: str = ",", always: bool = False) -> str:
    return "\n".join(sep.join(csv_cell(c, sep, always) for c in r) for r in rows)


def md_table(header: list[str], rows: list[list[str]], align: bool = False) -> str:
    if align:
        w = [max(vlen(r[i]) for r in [header, *rows]) for i in range(len(header))]
        lines = ["| " + " | ".join(ljust(c, w[i]) for i, c in enumerate(header)) + " |",
                 "|" + "|".join("-" * (x + 2) for x in w) + "|"]
        lines += ["| " + " | ".join(ljust(c, w[i]) for i, c in enumerate(r)) + " |" for r in rows]
    else:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def fixed_table(header: list[str], rows: list[list[str]], gap: int = 2) -> str:
    w = [max(vlen(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [(" " * gap).join(ljust(c, w[i]) for i, c in enumerate(header)).rstrip()]
    lines.append((" " * gap).join("-" * x for x in w))
    lines += [(" " * gap).join(ljust(c, w[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    return "\n".join(lines)


def html_table(header: list[str], rows: list[list[str]]) -> str:
    out = ["<table>", "  <tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>"]
    for r in rows:
        out.append("  <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def any_table(ctx: Ctx, header: list[str], rows: list[list[str]], kinds: str = "csv ssv tsv md mda fixed pipe html"):
    kind = ctx.rng.choice(kinds.split())
    if kind == "csv":
        return csv_rows([header, *rows], ",", ctx.rng.random() < 0.3)
    if kind == "ssv":
        return csv_rows([header, *rows], ";")
    if kind == "tsv":
        return csv_rows([header, *rows], "\t")
    if kind == "md":
        return md_table(header, rows)
    if kind == "mda":
        return md_table(header, rows, align=True)
    if kind == "fixed":
        return fixed_table(header, rows)
    if kind == "pipe":
        return "\n".join(" | ".join(r) for r in [header, *rows])
    return html_table(header, rows)


# ---------------------------------------------------------------------------------------------------------------
# Numbers and dates in words
# ---------------------------------------------------------------------------------------------------------------
FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr_num(n: int) -> str:
    if n < 20:
        return FR_UNITS[n]
    if n < 70:
        t, u = n // 10 * 10, n % 10
        if u == 0:
            return FR_TENS[t]
        return FR_TENS[t] + ("-et-un" if u == 1 else "-" + FR_UNITS[u])
    if n < 80:
        return "soixante" + ("-et-" if n == 71 else "-") + FR_UNITS[n - 60]
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + FR_UNITS[n - 80]


def fr_year(y: int) -> str:
    if y >= 2000:
        r = y - 2000
        return "deux mille" + ("" if r == 0 else " " + fr_num(r))
    r = y - 1900
    s = "mil neuf cent" + ("" if r == 0 else " " + fr_num(r))
    return s.replace("quatre-vingts ", "quatre-vingt ")


IT_UNITS = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
            "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"]
IT_TENS = {20: "venti", 30: "trenta", 40: "quaranta", 50: "cinquanta", 60: "sessanta", 70: "settanta",
           80: "ottanta", 90: "novanta"}


def it_num(n: int) -> str:
    if n < 20:
        return IT_UNITS[n]
    t, u = n // 10 * 10, n % 10
    base = IT_TENS[t]
    if u == 0:
        return base
    if u in (1, 8):
        base = base[:-1]
    s = base + IT_UNITS[u]
    return s[:-3] + "tré" if u == 3 else s


def it_year(y: int) -> str:
    if y >= 2000:
        return "duemila" + ("" if y == 2000 else it_num(y - 2000))
    r = y - 1900
    if r == 0:
        return "millenovecento"
    w = it_num(r)
    return ("millenovecent" if w.startswith("ott") else "millenovecento") + w


EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
          "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth",
          "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
          "thirty-first"]
DE_ORD = ["", "ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "achten", "neunten",
          "zehnten", "elften", "zwölften", "dreizehnten", "vierzehnten", "fünfzehnten", "sechzehnten",
          "siebzehnten", "achtzehnten", "neunzehnten", "zwanzigsten", "einundzwanzigsten", "zweiundzwanzigsten",
          "dreiundzwanzigsten", "vierundzwanzigsten", "fünfundzwanzigsten", "sechsundzwanzigsten",
          "siebenundzwanzigsten", "achtundzwanzigsten", "neunundzwanzigsten", "dreißigsten", "einunddreißigsten"]

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
MON_ABBR = {
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
EN_SYS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def en_th(d: int) -> str:
    if d in (11, 12, 13):
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(d: dt.date, style: str, lang: str, region: str) -> str:
    y, m, day = d.year, d.month, d.day
    yy = f"{y % 100:02d}"
    mon = MONTHS[lang][m - 1]
    if lang == "de" and region == "AT" and m == 1:
        mon = "Jänner"
    abbr = MON_ABBR[lang][m - 1]
    if lang == "de" and region == "AT" and m == 1:
        abbr = "Jän."
    f = {
        "dd.mm.yyyy": f"{day:02d}.{m:02d}.{y}", "d.m.yyyy": f"{day}.{m}.{y}", "dd.mm.yy": f"{day:02d}.{m:02d}.{yy}",
        "d.m.yy": f"{day}.{m}.{yy}", "dd/mm/yyyy": f"{day:02d}/{m:02d}/{y}", "d/m/yyyy": f"{day}/{m}/{y}",
        "dd/mm/yy": f"{day:02d}/{m:02d}/{yy}", "d/m/yy": f"{day}/{m}/{yy}", "dd-mm-yyyy": f"{day:02d}-{m:02d}-{y}",
        "iso": f"{y}-{m:02d}-{day:02d}", "mm/dd/yyyy": f"{m:02d}/{day:02d}/{y}", "m/d/yyyy": f"{m}/{day}/{y}",
        "m/d/yy": f"{m}/{day}/{yy}", "mm-dd-yyyy": f"{m:02d}-{day:02d}-{y}", "yyyy/mm/dd": f"{y}/{m:02d}/{day:02d}",
        "d. m. yyyy": f"{day}. {m}. {y}", "dd.mm. yyyy": f"{day:02d}.{m:02d}. {y}", "yyyymmdd": f"{y}{m:02d}{day:02d}",
        "dd mm yyyy": f"{day:02d} {m:02d} {y}", "dd.mm.yyyy.": f"{day:02d}.{m:02d}.{y}",
        "DD-MON-YYYY": f"{day:02d}-{EN_SYS[m - 1]}-{y}", "DDMONYY": f"{day:02d}{EN_SYS[m - 1]}{yy}",
        "dd-mon-yyyy": f"{day:02d}-{abbr.rstrip('.')}-{y}",
    }
    if style in f:
        return f[style]
    if style == "long":
        if lang == "de":
            return f"{day}. {mon} {y}"
        if lang == "fr":
            return f"{'1er' if day == 1 else day} {mon} {y}"
        if lang == "it":
            return f"{'1°' if day == 1 else day} {mon} {y}"
        return f"{mon} {day}, {y}" if region in ("US", "CA") else f"{day} {mon} {y}"
    if style == "long0":
        if lang == "de":
            return f"{day:02d}. {mon} {y}"
        return f"{day:02d} {mon} {y}" if lang != "en" or region not in ("US",) else f"{mon} {day:02d}, {y}"
    if style == "abbr":
        if lang == "de":
            return f"{day}. {abbr} {y}"
        if lang == "en" and region in ("US", "CA"):
            return f"{abbr}. {day}, {y}" if abbr != "May" else f"May {day}, {y}"
        return f"{day} {abbr} {y}"
    if style == "th":
        return f"{en_th(day)} {mon} {y}" if region not in ("US",) else f"{mon} {en_th(day)}, {y}"
    if style == "thof":
        return f"{en_th(day)} of {mon} {y}" if lang == "en" else fmt_date(d, "long", lang, region)
    if style == "words":
        if lang == "fr":
            return f"{'premier' if day == 1 else fr_num(day)} {mon} {fr_year(y)}"
        if lang == "it":
            return f"{'primo' if day == 1 else it_num(day)} {mon} {it_year(y)}"
        if lang == "de":
            return f"{DE_ORD[day]} {mon} {y}"
        return f"{EN_ORD[day]} day of {mon} {y}"
    if style == "caps":
        return fmt_date(d, "long", lang, region).upper()
    raise KeyError(style)


DOB_STYLES = {
    "DE": "dd.mm.yyyy:40 d.m.yyyy:12 dd.mm.yy:6 d.m.yy:4 long:12 long0:4 abbr:4 iso:6 d. m. yyyy:2 dd.mm. yyyy:1",
    "AT": "dd.mm.yyyy:40 d.m.yyyy:12 dd.mm.yy:6 d.m.yy:3 long:14 long0:3 abbr:4 iso:5 d. m. yyyy:3",
    "CH_de": "dd.mm.yyyy:45 d.m.yyyy:12 dd.mm.yy:7 d.m.yy:3 long:12 abbr:3 iso:5",
    "FR": "dd/mm/yyyy:42 d/m/yyyy:5 dd/mm/yy:5 long:20 dd-mm-yyyy:5 dd.mm.yyyy:3 iso:4 abbr:4 caps:2",
    "CH_fr": "dd.mm.yyyy:32 dd/mm/yyyy:22 d.m.yyyy:6 long:18 dd.mm.yy:4 iso:4 abbr:3",
    "BE": "dd/mm/yyyy:36 d/m/yyyy:8 dd-mm-yyyy:6 dd.mm.yyyy:6 long:20 dd/mm/yy:4 iso:3 abbr:3",
    "CA_fr": "iso:26 long:26 dd/mm/yyyy:18 yyyy/mm/dd:5 abbr:6 dd-mm-yyyy:4",
    "IT": "dd/mm/yyyy:42 d/m/yyyy:8 dd/mm/yy:5 long:16 dd-mm-yyyy:8 dd.mm.yyyy:5 iso:4 abbr:3 dd-mon-yyyy:2",
    "CH_it": "dd.mm.yyyy:36 dd/mm/yyyy:20 d.m.yyyy:6 long:16 dd.mm.yy:4 iso:4",
    "GB": "dd/mm/yyyy:34 d/m/yyyy:6 dd/mm/yy:4 long:15 th:8 thof:3 abbr:6 iso:6 dd.mm.yyyy:2 dd-mm-yyyy:3 "
          "DD-MON-YYYY:3",
    "IE": "dd/mm/yyyy:36 d/m/yyyy:6 dd/mm/yy:4 long:15 th:9 thof:4 abbr:5 iso:5 dd-mm-yyyy:4",
    "AU": "dd/mm/yyyy:40 d/m/yyyy:8 dd/mm/yy:4 long:14 th:6 abbr:6 iso:5 dd.mm.yyyy:3",
    "NZ": "dd/mm/yyyy:40 d/m/yyyy:8 dd/mm/yy:4 long:14 th:6 abbr:6 iso:5 dd.mm.yyyy:3",
    "US": "mm/dd/yyyy:40 m/d/yyyy:12 m/d/yy:5 long:20 abbr:6 iso:7 th:4 mm-dd-yyyy:4",
    "CA_en": "iso:22 long:20 dd/mm/yyyy:15 mm/dd/yyyy:12 abbr:8 th:4",
}
CHAT_OK = {"dd.mm.yyyy", "d.m.yyyy", "dd.mm.yy", "d.m.yy", "dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy",
           "mm/dd/yyyy", "m/d/yyyy", "m/d/yy", "long", "abbr", "th", "iso"}


def parse_weights(spec: str) -> list[tuple[str, int]]:
    out = []
    for part in re.findall(r"([^:]+):(\d+)\s*", spec):
        out.append((part[0].strip(), int(part[1])))
    return out


def wchoice(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def stable_int(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest()[:15], 16)


def fold(s: str, lang: str = "en") -> str:
    """ASCII form of a name for e-mail local parts."""
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            s = s.replace(a, b)
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("đ", "d")
    s = s.replace("ı", "i").replace("Ł", "L").replace("Đ", "D").replace("ð", "d").replace("þ", "th")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]", "", s)


# ---------------------------------------------------------------------------------------------------------------
# Places (written here): (postcode, town, area code, extra)
# ---------------------------------------------------------------------------------------------------------------
def _towns(spec: str) -> list[tuple[str, str, str, str]]:
    out = []
    for line in spec.strip().split("\n"):
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 4:
            parts.append("")
        out.append(tuple(parts[:4]))
    return out


TOWNS = {
    "DE": _towns("""
10115|Berlin|030
10437|Berlin|030
12049|Berlin|030
13353|Berlin|030
20095|Hamburg|040
22765|Hamburg|040
80331|München|089
81667|München|089
50667|Köln|0221
50823|Köln|0221
60311|Frankfurt am Main|069
70173|Stuttgart|0711
40210|Düsseldorf|0211
04109|Leipzig|0341
01067|Dresden|0351
30159|Hannover|0511
90402|Nürnberg|0911
28195|Bremen|0421
44135|Dortmund|0231
45127|Essen|0201
79098|Freiburg im Breisgau|0761
69117|Heidelberg|06221
33602|Bielefeld|0521
53111|Bonn|0228
68159|Mannheim|0621
18055|Rostock|0381
24103|Kiel|0431
93047|Regensburg|0941
97070|Würzburg|0931
55116|Mainz|06131
66111|Saarbrücken|0681
99084|Erfurt|0361
39104|Magdeburg|0391
14467|Potsdam|0331
37073|Göttingen|0551
26122|Oldenburg|0441
86150|Augsburg|0821
72070|Tübingen|07071
83022|Rosenheim|08031
48143|Münster|0251
52062|Aachen|0241
34117|Kassel|0561
23552|Lübeck|0451
87435|Kempten (Allgäu)|0831
78462|Konstanz|07531
06108|Halle (Saale)|0345
49074|Osnabrück|0541
35037|Marburg|06421
25813|Husum|04841
84028|Landshut|0871
91054|Erlangen|09131
02625|Bautzen|03591
"""),
    "AT": _towns("""
1010|Wien|01
1030|Wien|01
1060|Wien|01
1100|Wien|01
1160|Wien|01
1210|Wien|01
8010|Graz|0316
8020|Graz|0316
4020|Linz|0732
5020|Salzburg|0662
6020|Innsbruck|0512
9020|Klagenfurt am Wörthersee|0463
3100|St. Pölten|02742
9500|Villach|04242
4600|Wels|07242
6850|Dornbirn|05572
6900|Bregenz|05574
2700|Wiener Neustadt|02622
3500|Krems an der Donau|02732
8700|Leoben|03842
4400|Steyr|07252
6300|Wörgl|05332
2340|Mödling|02236
7000|Eisenstadt|02682
5700|Zell am See|06542
9100|Völkermarkt|04232
"""),
    "CH_de": _towns("""
8001|Zürich|044
8004|Zürich|044
8048|Zürich|044
3011|Bern|031
3007|Bern|031
4051|Basel|061
4057|Basel|061
6003|Luzern|041
9000|St. Gallen|071
8400|Winterthur|052
5000|Aarau|062
4600|Olten|062
5400|Baden|056
3600|Thun|033
2502|Biel/Bienne|032
7000|Chur|081
6300|Zug|041
8200|Schaffhausen|052
8500|Frauenfeld|052
3900|Brig|027
6430|Schwyz|041
9100|Herisau|071
4500|Solothurn|032
7270|Davos Platz|081
8840|Einsiedeln|055
"""),
    "CH_fr": _towns("""
1201|Genève|022
1205|Genève|022
1003|Lausanne|021
1004|Lausanne|021
1700|Fribourg|026
2000|Neuchâtel|032
1950|Sion|027
1800|Vevey|021
1400|Yverdon-les-Bains|024
2300|La Chaux-de-Fonds|032
1260|Nyon|022
1110|Morges|021
2800|Delémont|032
1920|Martigny|027
1630|Bulle|026
1870|Monthey|024
"""),
    "CH_it": _towns("""
6900|Lugano|091
6500|Bellinzona|091
6600|Locarno|091
6850|Mendrisio|091
6830|Chiasso|091
6612|Ascona|091
6710|Biasca|091
6760|Faido|091
7742|Poschiavo|081
6648|Minusio|091
6512|Giubiasco|091
6962|Viganello|091
"""),
    "FR": _towns("""
75011|Paris|01
75015|Paris|01
75020|Paris|01
75018|Paris|01
92100|Boulogne-Billancourt|01
93100|Montreuil|01
69003|Lyon|04
69007|Lyon|04
13001|Marseille|04
13008|Marseille|04
31000|Toulouse|05
33000|Bordeaux|05
44000|Nantes|02
35000|Rennes|02
59000|Lille|03
67000|Strasbourg|03
34000|Montpellier|04
06000|Nice|04
38000|Grenoble|04
21000|Dijon|03
37000|Tours|02
49000|Angers|02
29200|Brest|02
76000|Rouen|02
51100|Reims|03
57000|Metz|03
63000|Clermont-Ferrand|04
87000|Limoges|05
64100|Bayonne|05
20000|Ajaccio|04
86000|Poitiers|05
14000|Caen|02
80000|Amiens|03
74000|Annecy|04
84000|Avignon|04
17000|La Rochelle|05
45000|Orléans|02
25000|Besançon|03
66000|Perpignan|04
56000|Vannes|02
68100|Mulhouse|03
"""),
    "BE": _towns("""
1000|Bruxelles|02
1050|Ixelles|02
1060|Saint-Gilles|02
1180|Uccle|02
1200|Woluwe-Saint-Lambert|02
1030|Schaerbeek|02
4000|Liège|04
4020|Liège|04
5000|Namur|081
6000|Charleroi|071
7000|Mons|065
1300|Wavre|010
1348|Louvain-la-Neuve|010
7500|Tournai|069
6700|Arlon|063
4800|Verviers|087
6900|Marche-en-Famenne|084
1400|Nivelles|067
5500|Dinant|082
4500|Huy|085
"""),
    "CA_fr": _towns("""
H2J|Montréal|514|QC
H3A|Montréal|514|QC
H2X|Montréal|438|QC
H1V|Montréal|514|QC
G1R|Québec|418|QC
G1K|Québec|581|QC
J4K|Longueuil|450|QC
J8X|Gatineau|819|QC
J1H|Sherbrooke|819|QC
G9A|Trois-Rivières|819|QC
H7N|Laval|450|QC
G7H|Saguenay|418|QC
J2S|Saint-Hyacinthe|450|QC
G5L|Rimouski|418|QC
"""),
    "CA_en": _towns("""
M5V|Toronto|416|ON
M6H|Toronto|647|ON
K1P|Ottawa|613|ON
V6B|Vancouver|604|BC
V5L|Vancouver|604|BC
T2P|Calgary|403|AB
B3J|Halifax|902|NS
R3C|Winnipeg|204|MB
T5J|Edmonton|780|AB
V8W|Victoria|250|BC
L8P|Hamilton|905|ON
S7K|Saskatoon|306|SK
"""),
    "IT": _towns("""
00184|Roma|06|RM
00153|Roma|06|RM
00197|Roma|06|RM
20121|Milano|02|MI
20135|Milano|02|MI
20154|Milano|02|MI
10121|Torino|011|TO
80134|Napoli|081|NA
50122|Firenze|055|FI
40126|Bologna|051|BO
30121|Venezia|041|VE
16121|Genova|010|GE
90133|Palermo|091|PA
09124|Cagliari|070|CA
70121|Bari|080|BA
37121|Verona|045|VR
35122|Padova|049|PD
39100|Bolzano|0471|BZ
38122|Trento|0461|TN
34121|Trieste|040|TS
60121|Ancona|071|AN
06121|Perugia|075|PG
73100|Lecce|0832|LE
95124|Catania|095|CT
43121|Parma|0521|PR
25121|Brescia|030|BS
24121|Bergamo|035|BG
22100|Como|031|CO
47921|Rimini|0541|RN
84121|Salerno|089|SA
89125|Reggio Calabria|0965|RC
07100|Sassari|079|SS
33100|Udine|0432|UD
41121|Modena|059|MO
56126|Pisa|050|PI
53100|Siena|0577|SI
65122|Pescara|085|PE
"""),
    "GB": _towns("""
SW11|London|020
E8|London|020
N16|London|020
SE15|London|020
M20|Manchester|0161
B15|Birmingham|0121
LS6|Leeds|0113
BS6|Bristol|0117
EH10|Edinburgh|0131
G12|Glasgow|0141
CF24|Cardiff|029
BT9|Belfast|028
OX4|Oxford|01865
CB1|Cambridge|01223
S10|Sheffield|0114
L17|Liverpool|0151
NR2|Norwich|01603
EX4|Exeter|01392
NE2|Newcastle upon Tyne|0191
YO31|York|01904
AB10|Aberdeen|01224
BN2|Brighton|01273
NG7|Nottingham|0115
RG1|Reading|0118
SA1|Swansea|01792
LL57|Bangor|01248
"""),
    "US": _towns("""
11215|Brooklyn|718|NY
10027|New York|212|NY
60614|Chicago|773|IL
94610|Oakland|510|CA
94110|San Francisco|415|CA
02130|Boston|617|MA
98103|Seattle|206|WA
97214|Portland|503|OR
78704|Austin|512|TX
33133|Miami|305|FL
30307|Atlanta|404|GA
80206|Denver|303|CO
85004|Phoenix|602|AZ
19147|Philadelphia|215|PA
55408|Minneapolis|612|MN
27605|Raleigh|919|NC
77006|Houston|713|TX
53703|Madison|608|WI
48104|Ann Arbor|734|MI
05401|Burlington|802|VT
43215|Columbus|614|OH
37206|Nashville|615|TN
84102|Salt Lake City|801|UT
87106|Albuquerque|505|NM
"""),
    "IE": _towns("""
D08|Dublin 8|01|Dublin
D06|Dublin 6|01|Dublin
D15|Dublin 15|01|Dublin
T12|Cork|021|Co. Cork
T23|Cork|021|Co. Cork
H91|Galway|091|Co. Galway
V94|Limerick|061|Co. Limerick
X91|Waterford|051|Co. Waterford
V92|Tralee|066|Co. Kerry
F92|Letterkenny|074|Co. Donegal
F91|Sligo|071|Co. Sligo
Y35|Wexford|053|Co. Wexford
R95|Kilkenny|056|Co. Kilkenny
N37|Athlone|090|Co. Westmeath
V95|Ennis|065|Co. Clare
C15|Navan|046|Co. Meath
A92|Drogheda|041|Co. Louth
F23|Castlebar|094|Co. Mayo
R93|Carlow|059|Co. Carlow
N91|Mullingar|044|Co. Westmeath
"""),
    "AU": _towns("""
3065|Fitzroy|03|VIC
3056|Brunswick|03|VIC
2042|Newtown|02|NSW
2026|Bondi|02|NSW
4064|Paddington|07|QLD
4101|West End|07|QLD
6160|Fremantle|08|WA
5067|Norwood|08|SA
2612|Braddon|02|ACT
7005|Sandy Bay|03|TAS
2150|Parramatta|02|NSW
3220|Geelong|03|VIC
"""),
    "NZ": _towns("""
1011|Ponsonby|09|Auckland
1024|Mt Eden|09|Auckland
6011|Te Aro|04|Wellington
6012|Karori|04|Wellington
8011|Riccarton|03|Christchurch
3216|Hamilton East|07|Hamilton
3116|Mount Maunganui|07|Tauranga
9016|North East Valley|03|Dunedin
7010|Nelson|03|
4110|Napier South|06|Napier
4410|Palmerston North|06|
"""),
}

STREETS = {
    "DE": ["Hauptstraße", "Lindenstraße", "Lindenstr.", "Am Mühlbach", "Goethestraße", "Bahnhofstr.", "Kirchweg",
           "Schillerplatz", "Friedrich-Ebert-Straße", "Zur Alten Ziegelei", "An der Kirche", "Kastanienallee",
           "Bergstraße", "Waldweg", "Rosenstraße", "Lange Reihe", "Uhlandstr.", "Beethovenring", "Gartenstraße",
           "Weidenweg", "Kantstraße", "Am Sportplatz", "Eichendorffstr.", "Brunnenstraße", "Heinrich-Heine-Allee",
           "Im Winkel", "Sonnenstr.", "Karl-Marx-Allee", "Schulstraße", "Auf dem Kamp", "Wiesenweg", "Ringstr."],
    "AT": ["Mariahilfer Straße", "Hauptplatz", "Grazer Gasse", "Lindengasse", "Kirchengasse", "Schulgasse",
           "Bahnhofstraße", "Wiener Straße", "Linzer Straße", "Dorfstraße", "Am Anger", "Siedlungsstraße",
           "Herrengasse", "Favoritenstraße", "Ottakringer Straße", "Annenstraße", "Gürtelgasse", "Salzachweg",
           "Anichstraße", "Kaiser-Josef-Platz", "Feldgasse", "Mühlweg"],
    "CH_de": ["Bahnhofstrasse", "Dorfstrasse", "Hauptstrasse", "Seestrasse", "Kirchgasse", "Rosenweg",
              "Schulhausstrasse", "Weinbergstrasse", "Landstrasse", "Birkenweg", "Alpenstrasse", "Gartenweg",
              "Im Ghei", "Zelgliweg", "Rütistrasse", "Bündtenweg", "Sonnenbergstrasse", "Mattenweg", "Hofackerstr."],
    "CH_fr": ["rue du Lac", "avenue de la Gare", "chemin de la Forêt", "route de Lausanne", "rue du Marché",
              "chemin des Vignes", "rue de la Poste", "avenue de Morges", "chemin du Verger", "rue des Alpes",
              "route de Berne", "place du Tilleul", "chemin de Pierrefleur"],
    "CH_it": ["Via Cantonale", "Via San Gottardo", "Via Nassa", "Via ai Ronchi", "Via Stazione", "Via Lugano",
              "Via dei Pioppi", "Contrada Maggiore", "Via Vela", "Via Ospedale", "Via Canova", "Salita dei Frati"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo",
           "place de l'Église", "chemin des Vignes", "allée des Tilleuls", "impasse des Lilas",
           "rue du Général Leclerc", "rue Pasteur", "avenue de la Libération", "rue des Écoles", "route de Lyon",
           "quai de la Loire", "rue Nationale", "rue Sainte-Catherine", "rue des Acacias", "rue Jules Ferry",
           "avenue Foch", "rue du Moulin", "chemin de la Croix", "rue de Verdun", "boulevard Gambetta"],
    "BE": ["rue de la Station", "avenue Louise", "chaussée de Waterloo", "rue Haute", "place Saint-Lambert",
           "rue des Alliés", "avenue des Combattants", "rue du Moulin", "clos des Érables", "drève de Lorraine",
           "rue de Namur", "rue Saint-Gilles", "avenue Albert Ier", "rue de l'Église", "chaussée de Louvain"],
    "CA_fr": ["rue Saint-Denis", "boulevard René-Lévesque Ouest", "avenue du Parc", "rue Sherbrooke Est",
              "chemin de la Côte-des-Neiges", "rue Principale", "boulevard Laurier", "rue des Érables",
              "avenue Cartier", "rue Saint-Joseph Est", "boulevard Saint-Laurent", "rue de Bleury"],
    "CA_en": ["Queen Street West", "Bloor St W", "Bank Street", "Commercial Drive", "Jasper Avenue",
              "Spring Garden Road", "Portage Ave", "Fort Street", "King St E", "Broadway Avenue"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Giuseppe Mazzini",
           "Piazza della Repubblica", "Viale dei Mille", "Via Dante Alighieri", "Via XX Settembre", "Via del Corso",
           "Vicolo Stretto", "Via San Francesco", "Largo Augusto", "Via Cavour", "Borgo Pinti", "Via delle Rose",
           "Via IV Novembre", "Via Aldo Moro", "Via Nazionale", "Via dei Tigli", "Corso Garibaldi",
           "Via Matteotti", "Via della Libertà", "Via Enrico Fermi"],
    "GB": ["Station Road", "High Street", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
           "Manor Close", "Kings Road", "Queen's Drive", "Albert Street", "Grange Road", "Orchard Way",
           "Chapel Street", "Springfield Road", "Willow Crescent", "Beech Grove", "St John's Terrace",
           "Heol y Coed", "Clarence Gardens", "Moorland View"],
    "US": ["Maple Avenue", "Oak Street", "Elm St", "Washington Blvd", "Lincoln Ave", "Park Place", "Pine Street",
           "Cedar Lane", "Lakeview Drive", "Main Street", "Jefferson Ave", "Highland Ave", "Willow Creek Rd",
           "N Halsted St", "SE Hawthorne Blvd", "Magnolia Dr", "W 10th Street", "Sycamore Ct"],
    "IE": ["Main Street", "Church Road", "Bóthar na Trá", "Oliver Plunkett Street", "Patrick Street",
           "Ashgrove Park", "Seaview Terrace", "Rathmines Road Lower", "Ard na Gréine", "Cois Abhann",
           "Castle Street", "Woodview Close", "Sráid an Mhuilinn", "College Road"],
    "AU": ["Smith Street", "Sydney Road", "King St", "Oxford Street", "Boundary Street", "Hay Street",
           "The Parade", "Lonsdale St", "Elizabeth Bay Rd", "Wattle Grove", "Banksia Crescent"],
    "NZ": ["Kauri Street", "Ponsonby Road", "Tui Crescent", "Rimu Road", "Pohutukawa Drive", "Cuba Street",
           "Karaka Grove", "Victoria Avenue", "Totara Place", "Harakeke Street"],
}

MAIL = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de",
           "mailbox.org", "yahoo.de", "icloud.com"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "protonmail.ch", "gmail.com", "outlook.com"],
    "FR": ["orange.fr", "free.fr", "wanadoo.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr", "yahoo.fr"],
    "BE": ["skynet.be", "telenet.be", "proximus.be", "gmail.com", "hotmail.be", "outlook.be"],
    "CA": ["videotron.ca", "sympatico.ca", "gmail.com", "hotmail.com", "outlook.com", "bell.net", "shaw.ca"],
    "IT": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it", "yahoo.it",
           "tim.it", "fastwebnet.it"],
    "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com",
           "virginmedia.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com", "hotmail.com"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com", "outlook.ie"],
    "AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au", "icloud.com"],
    "NZ": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz"],
}


# ---------------------------------------------------------------------------------------------------------------
# Names: Faker locales plus lists written here.  A list is "male first names / female first names / surnames";
# a surname "A~B" has the male form A and the female form B.
# ---------------------------------------------------------------------------------------------------------------
def _nl(spec: str) -> tuple[list[str], list[str], list[str]]:
    m, f, s = (part.strip() for part in spec.split("/"))
    return ([x.strip() for x in m.split(",")], [x.strip() for x in f.split(",")],
            [x.strip() for x in s.split(",")])


OWN = {
    "DE": _nl("""Ocke, Tade, Hauke, Boje, Jörn, Piet, Momme, Sönke, Měrćin, Jan /
                 Wiebke, Swantje, Imke, Frauke, Meike, Hilke, Gesche, Tomke, Wjera /
                 Jannsen, Petersen, Carstensen, Ketelsen, Nommensen, Domaschke, Nowka, Brězan, Hinrichs,
                 Oltmanns, Wübbena, Rickmers, Jakubaschk"""),
    "AT": _nl("""Valentin, Stanko, Florian, Leopold, Ferdinand, Korbinian, Janez, Vinzenz /
                 Theresia, Notburga, Katharina, Valentina, Rosalia, Zofka, Hemma /
                 Nowotny, Swoboda, Dvorak, Prochaska, Wodak, Pospischil, Hawranek, Kratochwil, Ogris, Kuchar,
                 Sadovnik, Mikl, Kolenik, Wutte, Oberwalder, Hinteregger, Gruber-Mayrhofer"""),
    "CH_de": _nl("""Urs, Beat, Reto, Ueli, Corsin, Chasper, Gian, Jürg, Flurin, Fadri, Men /
                    Flurina, Seraina, Mirjam, Ladina, Nadja, Vreni, Käthi, Annatina, Mengia, Madlaina /
                    Caduff, Casutt, Cathomen, Tscharner, Camenisch, Derungs, Bundi, Cadruvi, Bürgi, Zbinden,
                    Rüegg, Lüthi, Häfliger, Ammann, Schnyder, Imhof, Zumstein, Wyss, Blaser, Stucki,
                    Aebischer, Hürlimann, Näf, Tschudi, von Wattenwyl, von Graffenried"""),
    "CH_fr": _nl("""Loïc, Yvan, Cédric, Jean-Daniel, Pierre-Alain, Gilles, Raphaël, Steve, Joël /
                    Sylvie, Valérie, Marie-Claude, Nicole, Céline, Mélanie, Coralie, Sandrine /
                    Pahud, Cuendet, Rochat, Jaquier, Mermoud, Chappuis, de Montmollin, de Coulon, Perrenoud,
                    Jeanneret, Vuilleumier, Berthoud, Cosandey, Grandjean, Favre, Dubois-Ferrière"""),
    "CH_it": _nl("""Ivo, Fiorenzo, Tiziano, Fulvio, Mirko, Sandro, Moreno, Orlando, Siro /
                    Nadia, Moira, Raffaella, Loredana, Morena, Katia, Sabrina, Ivana /
                    Bernasconi, Pedrazzini, Guidotti, Respini, Gianella, Lepori, Ghisletta, Bottani, Camponovo,
                    Ferrazzini, Zanini, Solari, Nessi, Quadri, Induni, Gianinazzi, Cattaneo, Pedroni"""),
    "FR": _nl("""Yann, Erwan, Loïc, Tudual, Beñat, Xabi, Petru, Ghjuvanni, Johan, Kévin, Jean-Baptiste /
                 Gwenaëlle, Maëlys, Soazig, Maialen, Ainhoa, Letizia, Anghjula, Nolwenn, Morgane /
                 Le Goff, Le Gall, Kerboul, Le Bihan, Quéméner, Tanguy, Morvan, Etcheverry, Irigoyen, Harispe,
                 Elissalde, Santoni, Pietri, Mattei, Paoli, Orsini, Payet, Hoarau, Grondin, Técher, Schaeffer,
                 Heitz, Kieffer"""),
    "BE": _nl("""Marnix, Wouter, Jelle, Arnaud, Gaëtan, Quentin, Maxime, Cédric, Hendrik /
                 Sofie, Els, Ludivine, Anaïs, Laetitia, Fien, Griet, Aurélie /
                 Vandenbroucke, Dewitte, Janssens, Peeters, Lambotte, Delvaux, Gilson, Hennuy, Dethier, Lejeune,
                 Van der Elst, Vanhoutte, Goffin, Remacle, Collignon, Vanderlinden, Dumont, Mahy"""),
    "CA_fr": _nl("""Jean-Sébastien, Gaétan, Réjean, Stéphane, Émile, Félix, Alexis, Fritznel, Jocelyn, Ghislain /
                    Marie-Ève, Josée, Mélissa, Karine, Guylaine, Rosalie, Widlène, Ketly, Roodlyne, Nathalie /
                    Tremblay, Gagnon, Bouchard, Côté, Pelletier, Lavoie, Gauthier, Thibodeau, Ouellet, Bergeron,
                    Lachance, Boivin, Desjardins, Marcoux, Pierre-Louis, Jean-Baptiste, Cadet, Joseph, Dorsainvil"""),
    "IT": _nl("""Efisio, Gavino, Gennaro, Calogero, Salvatore, Ciro, Lukas, Florian, Matteo, Loris /
                 Bonaria, Salvatorica, Carmela, Rosalia, Concetta, Assunta, Magdalena, Verena, Graziella /
                 Pinna, Sanna, Melis, Piras, Murgia, Deiana, Cossu, Porcu, Tomasin, Zanier, Candotti, Del Fabbro,
                 Cescutti, Kofler, Pichler, Oberhofer, Ladurner, Unterhofer, De Luca, Di Stefano, Dell'Orto,
                 D'Amico, Lo Presti, La Rosa, Dalla Valle, Degli Esposti, Del Vecchio, Lo Iacono, Scognamiglio,
                 Cannavacciuolo, Giacalone, Cuccurullo"""),
    "GB": _nl("""Gethin, Dafydd, Iolo, Emrys, Hamish, Ruaridh, Callum, Angus, Rajesh, Imran, Zain, Delroy, Winston /
                 Rhiannon, Bethan, Siân, Cerys, Morag, Eilidh, Isla, Fiona, Priya, Nasreen, Gurpreet, Farhana,
                 Marcia, Yvette /
                 Pritchard, Llewellyn, Rhys, Bevan, Parry, Powell, Vaughan, MacLeod, McAllister, Urquhart,
                 Mackintosh, Sinclair, Drummond, Patel, Begum, Chowdhury, Hussain, Mistry, Sandhu, Dhillon,
                 Thompson-Clarke"""),
    "US": _nl("""DeShawn, Jamal, Tyrone, Darnell, Terrell, Jalen, Marquis, José, Alejandro, Luis, Ahiga, Dewayne /
                 LaToya, Keisha, Imani, Aaliyah, Ebony, María Guadalupe, Xochitl, Yesenia, Marisol, Shandiin /
                 Washington, Jefferson, Freeman, Booker, Hernández, García-López, Ramírez, Delgado, Castillo,
                 Villanueva, Ochoa, Begay, Yazzie, Tsosie, Benally, Etsitty, Kowalczyk, O'Malley"""),
    "IE": _nl("""Oisín, Cian, Tadhg, Pádraig, Ciarán, Eoghan, Donnchadh, Darragh, Fionn, Seosamh /
                 Aoife, Siobhán, Caoimhe, Niamh, Saoirse, Róisín, Gráinne, Clodagh, Sadhbh, Aisling /
                 Ó Súilleabháin~Ní Shúilleabháin, Mac Cárthaigh~Nic Cárthaigh, Ó Briain~Ní Bhriain,
                 Ó Ceallaigh~Ní Cheallaigh, Ó Dónaill~Ní Dhónaill, Mac Mathúna~Nic Mhathúna, Ó Murchú~Ní Mhurchú,
                 Breathnach, de Búrca, O'Sullivan, McCarthy, O'Brien, Fitzgerald, Kavanagh, O'Donovan, Ní Riain,
                 Mac an tSaoi"""),
    "AU": _nl("""Bruce, Lachlan, Hamish, Minh, Nikos, Tarek, Jarrah, Bodhi, Kieran /
                 Kylie, Sheree, Tegan, Thi Lan, Eleni, Rania, Matilda, Mackenzie /
                 Nguyen, Tran, Papadopoulos, Haddad, Nasser, Kowalski, Walker, Murray, Fitzsimons, O'Loughlin"""),
    "NZ": _nl("""Wiremu, Tama, Hēmi, Rangi, Kahu, Manaia, Nikau, Sione, Tevita, Rawiri /
                 Aroha, Mere, Ngaire, Anahera, Hine, Kiri, Losa, Malia, Moana /
                 Ngata, Parata, Te Whata, Tipene, Hohaia, Rewi, Paora, Ruatapu, Te Kani, Horomona, Tuilagi,
                 Fa'amausili, Leota, Taufa, Vaifale"""),
}
OWN["CA_en"] = _nl("""Tanner, Brayden, Gurjit, Wei, Liam, Jean-Luc, Kwame, Dakota /
                      Brooklyn, Harpreet, Mei, Chantal, Autumn, Nokomis, Kaylee /
                      MacDonald, Sandhu, Chen, Lévesque, Cardinal, Desjarlais, Fraser, Kowalchuk, Grewal""")

COMMUNITY = {
    "albanian": _nl("""Arben, Driton, Valon, Besnik, Ilir, Fatmir, Arbër / Blerta, Fitore, Albulena, Shqipe,
                       Vjosa, Drita, Arta / Krasniqi, Berisha, Gashi, Hoxha, Shala, Morina, Kastrati, Bytyqi"""),
    "maghrebi": _nl("""Mohamed, Yassine, Karim, Rachid, Amine, Mehdi, Youssef, Nordine / Fatima-Zahra,
                       Khadija, Nour, Samira, Leïla, Nadia, Imane, Souad / Benali, El Amrani, Bouaziz, Haddad,
                       Cherif, Belkacem, Ait Ouarab, Ouali, Zerrouki, Benhamou, El Idrissi, Mansouri"""),
    "tamil": _nl("""Tharshan, Sivakumar, Jeyakumar, Suthan, Kajan, Nirojan / Kavitha, Nirosha, Mathumitha,
                    Thuvaraka, Sharmila, Abiramy / Sivapalan, Thevarajah, Kanagaratnam, Selvarajah, Yogarajah,
                    Balasingam, Ratnasingam"""),
    "horn": _nl("""Tesfay, Yonas, Abrham, Filmon, Dawit, Mehari, Abdirahman / Senait, Helen, Mebrat, Luwam,
                   Hiwet, Saba, Hodan / Gebremedhin, Tesfamariam, Haile, Weldemichael, Berhe, Kidane, Abraha,
                   Mohamud, Warsame"""),
    "persian": _nl("""Farid, Navid, Omid, Hamid, Wahid, Bahram, Ali Reza, Sohrab / Mahsa, Parisa, Soraya,
                      Zahra, Nilofar, Shirin, Maryam / Ahmadi, Rahimi, Hosseini, Karimi, Sultani, Mohammadi,
                      Nazari, Rezaei, Stanekzai, Popal, Tehrani"""),
    "kurdish": _nl("""Azad, Serhat, Roj, Baran, Rêbaz, Hêvî, Kawa / Rojda, Berivan, Dilan, Zozan, Nazdar,
                      Jiyan / Amedi, Barzani, Zaxoyî, Hemo, Sindî, Qasim, Dogan, Xelîl"""),
    "chinese": _nl("""Wei, Lei, Hao, Jun, Zhiwei, Ka Wai, Siu Ming / Na, Jing, Min, Ting, Xiaoling, Meiling,
                      Wing Yan / Wang, Li, Zhang, Chen, Liu, Huang, Zhao, Wu, Chan, Wong, Leung, Cheung"""),
    "korean": _nl("""Min-jun, Hyun-woo, Ji-hoon, Seung-ho / Ji-won, Seo-yeon, Ha-eun, Soo-jin / Kim, Park, Lee,
                     Choi, Jung, Kang, Yoon"""),
    "japanese": _nl("""Haruto, Ren, Takeshi, Kenji / Yuki, Aoi, Mei, Sakura, Haruka / Sato, Tanaka, Suzuki,
                       Takahashi, Watanabe, Yamamoto, Nakamura"""),
    "ukrainian": _nl("""Oleksandr, Andrii, Dmytro, Taras, Bohdan, Mykola, Serhii / Olena, Iryna, Oksana, Yuliia,
                        Nataliia, Viktoriia, Khrystyna / Kovalenko, Shevchenko, Bondarenko, Tkachenko, Melnyk,
                        Kravchuk, Oliinyk, Boiko, Kovalskyi~Kovalska, Zhytnyk, Lysenko, Savchuk"""),
    "russian": _nl("""Sergei, Alexei, Dmitri, Nikolai, Pavel / Natalia, Ekaterina, Svetlana, Anastasia, Olga /
                      Ivanov~Ivanova, Smirnov~Smirnova, Kuznetsov~Kuznetsova, Popov~Popova, Sokolov~Sokolova,
                      Volkov~Volkova, Morozov~Morozova"""),
    "greek": _nl("""Giorgos, Dimitris, Kostas, Yannis, Nikos, Thanasis / Eleni, Maria, Katerina, Sofia, Despina,
                    Vasiliki / Papadopoulos~Papadopoulou, Georgiou, Nikolaidis~Nikolaidou,
                    Konstantinidis~Konstantinidou, Papadakis, Karagiannis~Karagianni, Vlachos~Vlachou"""),
    "filipino": _nl("""Jerome, Rodel, Jhon, Arnel, Jun / Maricel, Rowena, Lovely, Princess, Mylene, Joy-Ann /
                       Dela Cruz, Santos, Reyes, Bautista, Mendoza, Macaraeg, Dimaculangan, Villanueva"""),
    "balkan": _nl("""Amir, Edin, Nermin, Dragan, Nemanja, Dejan, Aleksandar, Mirza / Emina, Selma, Milica, Jelena,
                     Amra, Dragana, Lejla / Hodžić, Begić, Mehmedović, Hadžić, Jovanović, Petrović, Nikolić,
                     Đorđević, Stojanović, Ilić, Mujić"""),
    "southasian": _nl("""Arjun, Rohit, Vikram, Bilal, Faisal, Tanvir, Harpreet / Ananya, Sneha, Deepika, Ayesha,
                         Sadia, Nusrat, Kiran / Sharma, Iyer, Reddy, Nair, Chaudhry, Qureshi, Malik, Rahman,
                         Siddiqui, Banerjee, Mukherjee, Gupta"""),
    "westafrican": _nl("""Kwame, Kofi, Chinedu, Oluwaseun, Moussa, Mamadou, Ibrahima, Seydou / Ama, Abena, Ngozi,
                          Funmilayo, Aminata, Fatoumata, Awa, Mariama / Mensah, Owusu, Boateng, Okafor, Adeyemi,
                          Okonkwo, Diallo, Traoré, Ndiaye, Sow, Camara, Coulibaly, Diop, Keïta"""),
}
COMMUNITY_LOCALES = ["tr_TR", "pl_PL", "pt_PT", "pt_BR", "es_ES", "es_MX", "es_CO", "es_AR", "nl_NL", "hr_HR",
                     "sl_SI", "cs_CZ", "sk_SK", "ro_RO", "hu_HU", "lv_LV", "lt_LT", "vi_VN", "id_ID", "az_AZ",
                     "en_IN", "en_NG", "en_KE", "ha_NG", "ig_NG", "yo_NG", "tw_GH", "zu_ZA", "fr_DZ", "sv_SE",
                     "da_DK", "fi_FI", "sw"]
# First names / surnames that are ordinary words of the language (the templates never use them as words).
WORDNAMES = {
    "de": ("Ernst, Rosa, Heide, Linde / Fuchs, Vogel, Wolf, Sommer, Winter, Kühn, Schwarz, "
           "Klein, Lang, Stein, Engel, König, Kaiser, Hahn, Haase, Jung, Fröhlich, Bach, Schnee, Hase, Rabe"),
    "fr": ("Rose, Blanche, Constance, Prudence, Victoire, Ange, Aimé, Désiré / Petit, Legrand, Lebrun, Blanc, "
           "Boulanger, Boucher, Meunier, Marchand, Chevalier, Lamour, Bonheur, Loiseau, Fontaine, Rivière, "
           "Lapierre, Noël, Bonnet, Mouton"),
    "it": ("Serena, Fortunata, Felice, Speranza, Gioia, Vittoria, Angelo, Tranquillo, Fiore / Leone, Porta, "
           "Ferro, Monti, Gallo, Lupo, Bianco, Rosso, Neri, Sole, Pace, Fortuna, Campana, Conte, Grasso, Piccolo, "
           "Bello, Fabbro"),
    "en": ("Hope, Grace, Joy, Faith, Dawn, Summer, Autumn, Sky, Hunter, River, Daisy, Ivy, Holly, Amber, Penny, "
           "Robin / Baker, Young, King, Rich, Little, Strong, Brown, Green, White, Black, Wood, Bird, Fox, Cook, "
           "Summers, Winter, Marsh, Bush, Bright, Bell, Sterling, Ward, Banks, Love, Sweet, Swift, Fisher"),
}
REGION_LOCALES = {
    "DE": ["de_DE"], "AT": ["de_AT"], "CH_de": ["de_CH", "de_CH", "de_LI"], "CH_fr": ["fr_CH"], "CH_it": ["it_IT"],
    "FR": ["fr_FR"], "BE": ["fr_BE", "fr_BE", "nl_BE"], "CA_fr": ["fr_CA"], "IT": ["it_IT"], "GB": ["en_GB"],
    "US": ["en_US"], "IE": ["en_IE", "en_IE", "ga_IE"], "AU": ["en_GB", "en_NZ", "en_US"], "NZ": ["en_NZ"],
    "CA_en": ["en_US", "en_GB", "fr_CA"],
}
AREA_LOCALES = {
    "de": ["de_DE", "de_AT", "de_CH", "de_LI", "de_LU"], "fr": ["fr_FR", "fr_CH", "fr_BE", "fr_CA"],
    "it": ["it_IT"], "en": ["en_GB", "en_US", "en_IE", "en_NZ"],
}


def iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def luhn_digit(num: str) -> str:
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(s: str) -> str:
    total = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        total += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + total % 26)


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG", "MONZ"]
IE_BANKS = ["AIBK", "BOFI", "IPBS", "PTSB"]


class Person:
    def __init__(self, first: str, last: str, g: str, origin: str, pair: tuple[str, str] | None = None):
        self.first, self.last, self.g, self.origin, self.pair = first, last, g, origin, pair

    def full(self) -> str:
        return f"{self.first} {self.last}"

    def initials(self) -> str:
        out = []
        for part in self.first.split(" "):
            out.append("-".join(x[0] + "." for x in part.split("-") if x))
        return " ".join(out)

    def render(self, style: str) -> str:
        f, last = self.first, self.last
        return {
            "full": f"{f} {last}", "rev": f"{last}, {f}", "LAST First": f"{last.upper()} {f}",
            "LAST, First": f"{last.upper()}, {f}", "Last First": f"{last} {f}", "F. Last": f"{self.initials()} {last}",
            "First L.": f"{f} {last[0]}.", "CAPS": f"{f} {last}".upper(), "first": f, "last": last,
            "lower": f"{f} {last}".lower(), "firstlow": f.lower(), "LAST": last.upper(),
        }[style]


def _pick(rng: random.Random, xs):
    return xs[rng.randrange(len(xs))]


_FAKERS: dict[str, Faker] = {}


class Ctx:
    """Everything one document needs: its random generator, its region and the value generators."""

    def __init__(self, lang: str, region: str, genre: str, i: int):
        self.seed = f"{SET}|{lang}|{genre}|{i}"
        self.rng = random.Random(self.seed)
        self.lang, self.region, self.genre, self.i = lang, region, genre, i
        self.reg = f"{region}_{lang}" if region in ("CH", "CA") else region
        self._seeded: set[str] = set()
        self._names: set[str] = set()
        self.today = dt.date(2025, 1, 6) + dt.timedelta(days=self.rng.randrange(560))
        self.country = {"CH": "CH", "CA": "CA"}.get(region, region)

    # -- basics ---------------------------------------------------------------------------------------------------
    def r(self) -> float:
        return self.rng.random()

    def ch(self, xs):
        return _pick(self.rng, xs)

    def ri(self, a: int, b: int) -> int:
        return self.rng.randint(a, b)

    def L(self, **kw) -> str:
        """The string for this document's language; keys like de_CH, fr_BE, en_US override per region."""
        key = f"{self.lang}_{self.region}"
        if key in kw:
            return kw[key]
        return kw[self.lang]

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.ch(alphabet) for _ in range(n))

    def fake(self, loc: str) -> Faker:
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        f = _FAKERS[loc]
        if loc not in self._seeded:
            f.seed_instance(stable_int(self.seed + "|" + loc))
            self._seeded.add(loc)
        return f

    # -- names ----------------------------------------------------------------------------------------------------
    def _from_list(self, lst, g: str) -> tuple[str, str, tuple[str, str] | None]:
        males, females, surnames = lst
        first = self.ch(males if g == "m" else females)
        s = self.ch(surnames)
        if "~" in s:
            a, b = s.split("~")
            return first, (a if g == "m" else b), (a, b)
        return first, s, None

    def _from_faker(self, loc: str, g: str) -> tuple[str, str]:
        f = self.fake(loc)
        first = f.first_name_male() if g == "m" else f.first_name_female()
        if loc == "ga_IE":
            first = f.first_name_male() if g == "m" else f.first_name_female()
            lst = OWN["IE"]
            _, last, _ = self._from_list(lst, g)
            return first, last
        last = (f.last_name_male() if g == "m" else f.last_name_female()).strip()
        first = first.strip()
        if last.startswith("auch "):
            last = last[5:]
        if last[:1].islower() and " " not in last and "'" not in last:
            last = last[:1].upper() + last[1:]
        return first, last

    def person(self, g: str | None = None, pool: str | None = None, last: str | None = None,
               like: Person | None = None) -> Person:
        for _ in range(40):
            p = self._person(g, pool, last, like)
            key = p.full().lower()
            if key not in self._names and p.first.lower() != p.last.lower():
                self._names.add(key)
                return p
        raise RuntimeError("no new name")

    def _first_from(self, src: str, g: str) -> str:
        kind, key = src.split(":", 1)
        if kind == "list":
            lst = OWN[key] if key in OWN else COMMUNITY[key]
            return self.ch(lst[0] if g == "m" else lst[1])
        f = self.fake(key)
        return f.first_name_male() if g == "m" else f.first_name_female()

    def _person(self, g, pool, last, like) -> Person:
        g = g or self.ch("mf")
        if pool is None:
            x = self.r()
            pool = "own" if x < 0.56 else "community" if x < 0.86 else "area"
        pair = None
        if like is not None and self.r() < 0.85:
            first = self._first_from(like.origin, g)
            sur = like.last
            if like.pair:
                pair = like.pair
                sur = pair[0] if g == "m" else pair[1]
            elif like.origin.startswith("faker:") and g != like.g and like.origin[6:] in (
                    "cs_CZ", "sk_SK", "lv_LV", "lt_LT", "pl_PL", "is_IS", "az_AZ", "uz_UZ"):
                sur = self._from_faker(like.origin[6:], g)[1]
            if last is not None:
                sur = last
            return Person(first, sur, g, like.origin, pair)
        if pool == "own":
            if self.r() < 0.25 and self.reg in OWN:
                first, sur, pair = self._from_list(OWN[self.reg], g)
                origin = "list:" + self.reg
            else:
                loc = self.ch(REGION_LOCALES[self.reg])
                first, sur = self._from_faker(loc, g)
                origin = "faker:" + loc
        elif pool == "community":
            if self.r() < 0.5:
                key = self.ch(sorted(COMMUNITY))
                first, sur, pair = self._from_list(COMMUNITY[key], g)
                origin = "list:" + key
            else:
                loc = self.ch(COMMUNITY_LOCALES)
                first, sur = self._from_faker(loc, g)
                origin = "faker:" + loc
        else:
            loc = self.ch(AREA_LOCALES[self.lang])
            first, sur = self._from_faker(loc, g)
            origin = "faker:" + loc
        if pool != "community" and self.r() < 0.10:
            fw, sw = (x.split(", ") for x in WORDNAMES[self.lang].split(" / "))
            if self.r() < 0.35:
                first = self.ch(fw)
                g = "f" if first not in ("Ernst", "Ange", "Aimé", "Désiré", "Felice", "Angelo", "Tranquillo",
                                         "Hunter", "River", "Robin", "Sky") else "m"
            else:
                sur = self.ch(sw)
                pair = None
        elif pool != "community" and self.r() < 0.07:
            other = self._from_faker(self.ch(REGION_LOCALES[self.reg]), g)[1]
            if other != sur and " " not in sur and " " not in other:
                sur = f"{sur}-{other}" if self.lang != "it" else f"{sur} {other}"
        if like is not None:
            sur = like.last
            pair = like.pair
            if pair:
                sur = pair[0] if g == "m" else pair[1]
        if last is not None:
            sur = last
        return Person(first, sur, g, origin, pair)

    def kin(self, p: Person, g: str | None = None) -> Person:
        """A relative: mostly the same surname, sometimes a different one."""
        if self.r() < 0.82:
            return self.person(g, like=p)
        return self.person(g)

    def P(self, p: Person, style: str = "full") -> str:
        return mk("PERSON", p.render(style))

    def pstyle(self, formal: bool = True) -> str:
        if formal:
            return wchoice(self.rng, [("full", 50), ("rev", 14), ("LAST First", 8), ("LAST, First", 6),
                                      ("F. Last", 8), ("Last First", 5), ("CAPS", 4), ("First L.", 2)])
        return wchoice(self.rng, [("full", 40), ("first", 40), ("First L.", 8), ("lower", 6), ("firstlow", 6)])

    # -- dates ----------------------------------------------------------------------------------------------------
    def birth(self, kind: str = "adult") -> dt.date:
        y0 = self.today.year
        lo, hi = {"adult": (19, 72), "senior": (66, 94), "child": (4, 13), "teen": (12, 16), "young": (16, 27),
                  "minor": (6, 17), "baby": (0, 3), "worker": (19, 64), "parent": (27, 52)}[kind]
        age = self.ri(lo, hi)
        start = dt.date(y0 - age - 1, 1, 1)
        return start + dt.timedelta(days=self.rng.randrange(365))

    def age(self, d: dt.date) -> int:
        t = self.today
        return t.year - d.year - ((t.month, t.day) < (d.month, d.day))

    def dstyle(self, where: str = "any") -> str:
        pairs = parse_weights(DOB_STYLES[self.reg])
        if where == "chat":
            pairs = [(s, w) for s, w in pairs if s in CHAT_OK]
        elif where == "num" and self.r() < 0.88:  # forms are mostly, not always, filled in with digits
            pairs = [(s, w) for s, w in pairs if s[0] in "dmyi" and s not in ("dd-mon-yyyy",)]
        elif where == "json":
            if self.r() < 0.7:
                return "iso"
            pairs = [(s, w) for s, w in pairs if s[0] in "dmy"]
        elif where == "legal":
            if self.lang in ("fr", "it") and self.r() < 0.35:
                return "words"
            if self.lang == "en" and self.r() < 0.12:
                return "words"
            pairs = [(s, w) for s, w in pairs if s in ("long", "dd.mm.yyyy", "dd/mm/yyyy", "mm/dd/yyyy", "th",
                                                         "thof", "long0")] or pairs
        return wchoice(self.rng, pairs)

    def dfmt(self, d: dt.date, where: str = "any", style: str | None = None) -> str:
        return fmt_date(d, style or self.dstyle(where), self.lang, self.region)

    def D(self, d: dt.date, where: str = "any", style: str | None = None) -> str:
        st = style or self.dstyle(where)
        v = mk("DOB", fmt_date(d, st, self.lang, self.region))
        return "the " + v if st == "words" and self.lang == "en" else v

    def numdate(self, d: dt.date) -> str:
        """An ordinary (not birth) date in the region's usual numeric form."""
        if self.lang == "en" and self.region == "US":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if self.lang == "en" or self.lang == "it" and self.region == "IT" or self.lang == "fr" and \
                self.region in ("FR", "BE"):
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if self.reg == "CA_fr":
            return d.isoformat()
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def longdate(self, d: dt.date) -> str:
        return fmt_date(d, "long", self.lang, self.region)

    def soon(self, a: int = -30, b: int = 60) -> dt.date:
        return self.today + dt.timedelta(days=self.ri(a, b))

    def time(self) -> str:
        h, m = self.ri(7, 21), self.ch([0, 0, 15, 30, 45, 10, 20, 40, 50])
        if self.lang == "en" and self.region in ("US", "CA", "AU", "NZ", "GB") and self.r() < 0.5:
            return f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}"
        return f"{h}:{m:02d}" if self.lang != "fr" or self.r() < 0.5 else f"{h}h{m:02d}"

    def wd(self, d: dt.date) -> str:
        names = {"de": "Mo Di Mi Do Fr Sa So", "fr": "lun. mar. mer. jeu. ven. sam. dim.",
                 "it": "lun mar mer gio ven sab dom", "en": "Mon Tue Wed Thu Fri Sat Sun"}
        return names[self.lang].split()[d.weekday()]

    # -- places ---------------------------------------------------------------------------------------------------
    def town(self, reg: str | None = None) -> tuple[str, str, str, str]:
        return self.ch(TOWNS[reg or self.reg])

    def addr(self, reg: str | None = None, town: tuple | None = None) -> dict:
        reg = reg or self.reg
        pc, tn, area, extra = town or self.town(reg)
        st = self.ch(STREETS[reg])
        n = self.ri(1, 160) if self.r() < 0.8 else self.ri(1, 40)
        r = self.r()
        line2 = f"{pc} {tn}"
        if reg == "DE":
            no = f"{n}" + (self.ch("abc") if r < 0.12 else f"-{n + 2}" if r < 0.16 else "")
            street = f"{st} {no}"
            if self.r() < 0.08:
                street += self.ch([", Whg. 4", ", 3. OG", " (Hinterhaus)", ", App. 12"])
            if self.r() < 0.06:
                line2 = "D-" + line2
        elif reg == "AT":
            no = self.ch([f"{n}", f"{n}", f"{n}/{self.ri(1, 4)}/{self.ri(1, 22)}", f"{n}/Top {self.ri(1, 30)}",
                          f"{n}/{self.ri(2, 18)}", f"{n}/Stiege {self.ri(1, 4)}/Tür {self.ri(1, 20)}"])
            street = f"{st} {no}"
            if self.r() < 0.06:
                line2 = "A-" + line2
        elif reg in ("CH_de", "CH_fr", "CH_it"):
            no = f"{n}" + (self.ch("abc") if r < 0.1 else "")
            street = f"{st[0].upper()}{st[1:]} {no}"
            if self.r() < 0.08:
                line2 = "CH-" + line2
        elif reg == "FR":
            no = f"{n}" + (self.ch([" bis", " ter", "bis"]) if r < 0.1 else "")
            street = f"{no} {st}" if self.r() < 0.8 else f"{no}, {st}"
            if self.r() < 0.08:
                street = self.ch(["Bât. B, ", "Résidence les Pins, ", "Apt 12, ", "Escalier 3, "]) + street
            if self.r() < 0.35:
                line2 = f"{pc} {tn.upper()}"
        elif reg == "BE":
            no = f"{n}" + (self.ch([" bte 3", " boîte 12", "/5", " bte 2"]) if r < 0.25 else "")
            street = f"{st[0].upper()}{st[1:]} {no}"
            if self.r() < 0.06:
                line2 = "B-" + line2
        elif reg == "CA_fr":
            n = self.ri(100, 9999)
            street = self.ch([f"{n}, {st}", f"{n} {st}", f"{n}, {st}, app. {self.ri(1, 12)}",
                              f"{self.ri(1, 12)}-{n} {st}"])
            pcode = f"{pc} {self.ri(1, 9)}{self.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')}{self.ri(0, 9)}"
            line2 = self.ch([f"{tn} (Québec)  {pcode}", f"{tn} (Québec) {pcode}", f"{tn} QC  {pcode}",
                             f"{tn} (QC) {pcode}"])
            pc = pcode
        elif reg == "CA_en":
            n = self.ri(10, 2999)
            street = self.ch([f"{n} {st}", f"{self.ri(101, 2404)}-{n} {st}", f"{n} {st}, Unit {self.ri(1, 40)}"])
            pcode = f"{pc} {self.ri(1, 9)}{self.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')}{self.ri(0, 9)}"
            line2 = self.ch([f"{tn}, {extra} {pcode}", f"{tn} {extra}  {pcode}"])
            pc = pcode
        elif reg == "IT":
            no = f"{n}" + (self.ch(["/B", "/A", " int. 3", " int. 7", ", scala B"]) if r < 0.2 else "")
            street = self.ch([f"{st} {no}", f"{st}, {no}", f"{st} n. {no}"]) if self.r() < 0.9 else f"{st} {no}"
            if self.r() < 0.1 and st.startswith("Via "):
                street = "V. " + street[4:]
            line2 = self.ch([f"{pc} {tn} ({extra})", f"{pc} {tn} {extra}", f"{pc} {tn.upper()} ({extra})",
                             f"{pc} {tn}"])
        elif reg == "GB":
            r2 = self.r()
            if r2 < 0.12:
                street = f"Flat {self.ri(1, 12)}, {n} {st}"
            elif r2 < 0.18:
                street = f"{self.ch(['Rose Cottage', 'The Old Forge', 'Hillside', 'Ty Gwyn', 'Orchard House'])}, {st}"
            else:
                street = f"{n} {st}"
            pcode = f"{pc} {self.ri(1, 9)}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
            line2 = f"{tn} {pcode}"
            pc = pcode
        elif reg == "US":
            n = self.ri(10, 9899)
            street = self.ch([f"{n} {st}", f"{n} {st}", f"{n} {st} Apt {self.ri(1, 9)}{self.ch('ABCD')}",
                              f"{n} {st} #{self.ri(2, 40)}", f"{n} {st}, Unit {self.ri(1, 30)}"])
            zp = pc + (f"-{self.digits(4)}" if self.r() < 0.2 else "")
            line2 = f"{tn}, {extra} {zp}"
            pc = zp
        elif reg == "IE":
            ek = f"{pc} {self.letters(1, 'ACDEFHKNPRTVWXY')}{self.digits(1)}{self.letters(2, 'ACDEFHKNPRTVWXY')}"
            street = self.ch([f"{n} {st}", f"{n} {st}", f"Apt {self.ri(1, 40)}, {st}", f"{n} {st}"])
            line2 = self.ch([f"{tn}, {extra} {ek}" if extra.startswith("Co.") else f"{tn} {ek}", f"{tn} {ek}"])
            pc = ek
        elif reg == "AU":
            street = self.ch([f"{n} {st}", f"{self.ri(1, 12)}/{n} {st}", f"Unit {self.ri(1, 12)}, {n} {st}"])
            line2 = self.ch([f"{tn} {extra} {pc}", f"{tn.upper()} {extra} {pc}"])
        elif reg == "NZ":
            street = self.ch([f"{n} {st}", f"{self.ri(1, 8)}/{n} {st}", f"Flat {self.ri(1, 6)}, {n} {st}"])
            line2 = f"{tn}, {extra} {pc}" if extra else f"{tn} {pc}"
        else:
            raise KeyError(reg)
        sep = ", " if reg not in ("IT",) or self.r() < 0.6 else " - "
        if reg in ("DE", "AT", "CH_de") and self.r() < 0.1:
            sep = " · "
        return {"street": street, "line2": line2, "one": f"{street}{sep}{line2}", "town": tn, "pc": pc,
                "area": area, "reg": reg, "extra": extra}

    def A(self, a: dict, part: str = "one") -> str:
        return mk("ADDRESS", a[part])

    def A2(self, a: dict, sep: str = "\n") -> str:
        return mk("ADDRESS", a["street"]) + sep + mk("ADDRESS", a["line2"])

    # -- phones ---------------------------------------------------------------------------------------------------
    def phone(self, kind: str = "mobile", area: str | None = None, reg: str | None = None) -> str:
        reg = reg or self.reg
        cc = {"DE": "49", "AT": "43", "CH_de": "41", "CH_fr": "41", "CH_it": "41", "FR": "33", "BE": "32",
              "CA_fr": "1", "CA_en": "1", "IT": "39", "GB": "44", "US": "1", "IE": "353", "AU": "61",
              "NZ": "64"}[reg]
        c = self.ch
        d = self.digits
        if cc == "1":
            if kind == "mobile" or area is None:
                area = c([t[2] for t in TOWNS[reg]])
            ex = f"{self.ri(2, 9)}{self.ri(0, 9)}{self.ri(0, 9)}"
            if ex[1:] == "11" or ex == "555":
                ex = "472"
            sub = d(4)
            return c([f"({area}) {ex}-{sub}", f"{area}-{ex}-{sub}", f"{area}.{ex}.{sub}", f"+1 {area} {ex} {sub}",
                      f"1-{area}-{ex}-{sub}", f"+1 ({area}) {ex}-{sub}", f"{area} {ex}-{sub}", f"({area}) {ex}-{sub}"])
        if kind == "mobile":
            pre = {"DE": ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178",
                          "179", "159", "163"],
                   "AT": ["664", "660", "676", "650", "699", "681", "688"],
                   "CH_de": ["76", "77", "78", "79", "75"], "CH_fr": ["76", "77", "78", "79"],
                   "CH_it": ["76", "78", "79"], "FR": ["6", "7"],
                   "BE": ["470", "472", "475", "476", "477", "478", "479", "485", "486", "494", "495", "496"],
                   "IT": ["320", "328", "329", "333", "334", "335", "338", "339", "340", "347", "348", "349", "366",
                          "380", "389", "392", "393"],
                   "GB": ["7911", "7700", "7723", "7852", "7438", "7984", "7507", "7377", "7824", "7958"],
                   "IE": ["83", "85", "86", "87", "89"], "AU": ["412", "413", "421", "433", "438", "447", "456",
                                                                   "466", "478", "498"],
                   "NZ": ["21", "22", "27", "29"]}[reg]
            p = c(pre)
            sub = {"DE": 8 if p.startswith("15") else 7, "AT": 7, "FR": 8, "BE": 6, "IT": 7, "GB": 6, "IE": 7,
                   "AU": 6, "NZ": 7}.get(reg[:2] if reg.startswith("CH") else reg, 7)
            if reg.startswith("CH"):
                sub = 7
            n = d(sub)
        else:
            if area is None:
                area = self.town(reg)[2]
            p = area.lstrip("0")
            total = {"DE": 11, "AT": 10, "FR": 10, "BE": 9, "IT": 10, "GB": 11, "IE": 9, "AU": 10, "NZ": 9}
            base = total.get(reg[:2] if reg.startswith("CH") else reg, 10)
            if reg.startswith("CH"):
                base = 10
            sub_len = base - len(area)
            if reg == "IT":
                sub_len = max(6, 10 - len(area))
            if reg in ("IE", "NZ"):
                sub_len = 7
            if reg == "AU":
                sub_len = 8
            n = d(sub_len)
            if reg == "AU" or reg == "GB" and area == "020":
                n = c("2345789") + n[1:]
            if reg == "GB" and len(area) <= 4 and area != "020":
                n = c("2345789") + n[1:]
        nat = "0" + p
        full = p + n
        grp = self._grp(reg, kind, p, n)
        r = self.r()
        if reg == "IT":
            natp = p if kind == "mobile" else "0" + p
            opts = [f"{natp} {n[:3]} {n[3:]}" if kind == "mobile" else f"{natp} {n}", f"{natp}{n}",
                    f"+39 {natp} {n}", f"+39 {natp}{n}", f"0039 {natp} {n}", f"{natp}-{n}", f"{natp}/{n}",
                    f"{natp}.{n[:3]}.{n[3:]}" if kind == "mobile" else f"{natp}.{n}"]
            return opts[min(int(r * len(opts)), len(opts) - 1)]
        opts = [f"{nat} {grp}", f"{nat} {grp}", f"{nat}/{n}", f"+{cc} {p} {grp}", f"+{cc} (0){p} {grp}",
                f"00{cc} {p} {n}", f"+{cc}{full}", f"{nat}{n}", f"{nat}-{n}", f"+{cc} {p} {grp}"]
        if reg == "FR":
            pairs = " ".join(n[i:i + 2] for i in range(0, 8, 2))
            opts = [f"0{p} {pairs}", f"0{p} {pairs}", f"0{p}.{pairs.replace(' ', '.')}", f"+33 {p} {pairs}",
                    f"+33 (0){p} {pairs}", f"0{p}{n}", f"0{p}-{pairs.replace(' ', '-')}", f"+33{p}{n}",
                    f"0033 {p} {pairs}"]
        elif reg == "GB":
            opts = [f"{nat} {grp}", f"{nat} {grp}", f"+44 {p} {grp}", f"+44 (0){p} {grp}", f"{nat}{n}",
                    f"({nat}) {grp}", f"0044 {p} {n}"]
        elif reg in ("AU", "NZ", "IE") and kind == "mobile":
            opts = [f"{nat} {grp}", f"{nat} {grp}", f"+{cc} {p} {grp}", f"{nat}{n}", f"+{cc}{full}",
                    f"{nat}-{n}" if reg == "IE" else f"{nat} {grp}", f"+{cc} (0){p} {grp}" if reg == "IE" else
                    f"+{cc} {p} {grp}"]
        elif reg in ("AU", "NZ") and kind != "mobile":
            opts = [f"({nat}) {grp}", f"{nat} {grp}", f"+{cc} {p} {grp}", f"({nat}) {grp}"]
        elif reg == "IE" and kind != "mobile":
            opts = [f"({nat}) {grp}", f"{nat} {grp}", f"+353 {p} {grp}", f"{nat}-{n}"]
        return opts[min(int(r * len(opts)), len(opts) - 1)]

    def _grp(self, reg: str, kind: str, p: str, n: str) -> str:
        if reg.startswith("CH") or reg == "AT" and kind == "mobile" and self.r() < 0.4:
            return f"{n[:3]} {n[3:5]} {n[5:]}" if len(n) == 7 else f"{n[:-4]} {n[-4:-2]} {n[-2:]}"
        if reg == "BE":
            return " ".join([n[:3], n[3:]]) if kind == "mobile" and self.r() < 0.4 else " ".join(
                n[i:i + 2] for i in range(len(n) % 2, len(n), 2)) if len(n) % 2 == 0 else f"{n[:3]} {n[3:5]} {n[5:]}"
        if reg in ("AU",):
            return f"{n[:3]} {n[3:]}" if kind == "mobile" else f"{n[:4]} {n[4:]}"
        if reg in ("NZ", "IE"):
            return f"{n[:3]} {n[3:]}"
        if reg == "GB":
            if kind == "mobile":
                return n if self.r() < 0.6 else f"{n[:3]} {n[3:]}"
            return f"{n[:4]} {n[4:]}" if p == "20" else f"{n[:3]} {n[3:]}" if len(n) == 7 else n
        if reg == "DE" and self.r() < 0.3:
            return f"{n[:4]} {n[4:]}" if len(n) > 6 else n
        if reg == "DE" and kind != "mobile" and self.r() < 0.15:
            return f"{n[:-2]}-{n[-2:]}" if len(n) > 5 else n
        return n

    def T(self, kind: str = "mobile", area: str | None = None, reg: str | None = None) -> str:
        return mk("PHONE", self.phone(kind, area, reg))

    def hotline(self) -> str:
        reg = self.reg
        d = self.digits
        if reg in ("US", "CA_en", "CA_fr"):
            return self.ch([f"1-800-{self.ri(200, 999)}-{d(4)}", f"1-888-{self.ri(200, 999)}-{d(4)}",
                            f"(877) {self.ri(200, 999)}-{d(4)}"])
        return {"DE": self.ch([f"0800 {d(3)} {d(4)}", f"01806 {d(2)} {d(2)} {d(2)}"]),
                "AT": f"0800 {d(3)} {d(3)}",
                "FR": self.ch([f"0 800 {d(3)} {d(3)}", f"0 805 {d(2)} {d(2)} {d(2)}", f"0 969 {d(3)} {d(3)}"]),
                "BE": self.ch([f"0800 {d(2)} {d(3)}", f"078 {d(2)} {d(2)} {d(2)}", f"070 {d(3)} {d(3)}"]),
                "IT": self.ch([f"800 {d(3)} {d(3)}", f"800.{d(3)}.{d(3)}", f"199 {d(3)} {d(3)}"]),
                "GB": self.ch([f"0800 {d(3)} {d(4)}", f"0345 {d(3)} {d(4)}", f"0300 {d(3)} {d(4)}"]),
                "IE": self.ch([f"1800 {d(3)} {d(3)}", f"1850 {d(3)} {d(3)}"]),
                "AU": self.ch([f"1300 {d(3)} {d(3)}", f"1800 {d(3)} {d(3)}", f"13 {d(2)} {d(2)}"]),
                "NZ": f"0800 {d(3)} {d(3)}"}.get(reg, self.ch([f"0800 {d(3)} {d(3)}", f"0848 {d(3)} {d(3)}"]))

    # -- e-mail ---------------------------------------------------------------------------------------------------
    def email(self, p: Person, domain: str | None = None) -> str:
        fo = fold(p.first.split(" ")[0], self.lang).lower()
        la = fold(p.last.replace(" ", ""), self.lang).lower()
        if not fo:
            fo = "x"
        if not la:
            la = "y"
        yy = self.ri(60, 99) if self.r() < 0.5 else self.ri(1, 2005)
        local = wchoice(self.rng, [
            (f"{fo}.{la}", 28), (f"{fo[0]}.{la}", 12), (f"{fo}{la}", 10), (f"{la}.{fo}", 6), (f"{fo}_{la}", 5),
            (f"{fo}{yy}", 6), (f"{fo}.{la}{yy % 100:02d}", 6), (f"{la}{fo[0]}", 5), (f"{fo[:3]}{la[:4]}", 3),
            (f"{la}-{fo}", 3), (f"{fo}-{la}", 4), (f"{fo[0]}{la}", 8), (f"{la}.{self.ri(1, 99)}", 3)])
        if domain is None:
            key = self.region if self.region != "CA" else "CA"
            domain = self.ch(MAIL[key])
        return f"{local}@{domain}"

    def E(self, p: Person, domain: str | None = None) -> str:
        return mk("EMAIL", self.email(p, domain))

    # -- money, banks, cards, AHV, IP --------------------------------------------------------------------------------
    def money(self, amount: float) -> str:
        st = random.Random(self.seed + "|money")  # one currency style per document
        a = f"{amount:,.2f}"
        if self.region == "CH":
            v = a.replace(",", "'")
            return st.choice([f"CHF {v}", f"Fr. {v}", f"{v} CHF"])
        if self.region in ("US", "CA") and self.lang == "en":
            return f"${a}"
        if self.reg == "CA_fr":
            return f"{a.replace(',', ' ').replace('.', ',')} $"
        if self.region == "GB":
            return f"£{a}"
        if self.region in ("AU", "NZ"):
            return f"${a}"
        if self.region == "IE":
            return f"€{a}"
        v = a.replace(",", "X").replace(".", ",").replace("X", ".")
        return st.choice([f"{v} €", f"€ {v}", f"{v} EUR"])

    def iban(self, country: str | None = None, grouped: bool | None = None) -> str:
        c = country or {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "IT": "IT", "GB": "GB",
                        "IE": "IE"}.get(self.region) or self.ch(["GB", "IE", "DE", "FR"])
        d = self.digits
        if c == "DE":
            bban = d(8) + d(10)
        elif c == "AT":
            bban = d(5) + d(11)
        elif c in ("CH", "LI"):
            bban = self.ch(["00762", "09000", "00235", "00700", "08390", "80808", "00788", "30000"]) + d(12)
        elif c == "FR":
            bank, branch, acc = d(5), d(5), d(11)
            bban = bank + branch + acc + fr_rib_key(bank, branch, acc)
        elif c == "BE":
            first = d(10)
            chk = int(first) % 97 or 97
            bban = first + f"{chk:02d}"
        elif c == "IT":
            abi, cab, acc = d(5), d(5), d(12)
            bban = it_cin(abi + cab + acc) + abi + cab + acc
        elif c == "GB":
            bban = self.ch(GB_BANKS) + d(6) + d(8)
        elif c == "IE":
            bban = self.ch(IE_BANKS) + d(6) + d(8)
        elif c == "NL":
            bban = self.ch(["INGB", "RABO", "ABNA", "SNSB"]) + d(10)
        elif c == "ES":
            bban = d(20)
        elif c == "PT":
            bban = d(21)
        elif c == "PL":
            bban = d(24)
        elif c == "LU":
            bban = d(3) + d(13)
        else:
            raise KeyError(c)
        s = c + iban_check(c, bban) + bban
        if grouped is None:
            grouped = self.r() < 0.65
        if grouped:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def IB(self, country: str | None = None, grouped: bool | None = None) -> str:
        return mk("IBAN", self.iban(country, grouped))

    def card(self, sep: str | None = None) -> str:
        brand = self.ch(["visa", "visa", "mc", "mc", "amex"])
        if brand == "visa":
            base = "4" + self.digits(14)
        elif brand == "mc":
            base = self.ch(["51", "52", "53", "54", "55"]) + self.digits(13)
        else:
            base = self.ch(["34", "37"]) + self.digits(12)
        num = base + luhn_digit(base)
        assert luhn_ok(num)
        if sep is None:
            sep = self.ch([" ", " ", "", "-"])
        if not sep:
            return num
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def C(self, sep: str | None = None) -> str:
        return mk("CARD", self.card(sep))

    def ahv(self, dotted: bool | None = None) -> str:
        body = "756" + self.digits(9)
        total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
        num = body + str((10 - total % 10) % 10)
        if dotted is None:
            dotted = self.r() < 0.8
        return f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}" if dotted else num

    def H(self, dotted: bool | None = None) -> str:
        return mk("AHV", self.ahv(dotted))

    def ip(self, v6: bool | None = None) -> str:
        if v6 is None:
            v6 = self.r() < 0.2
        if v6:
            pre = self.ch(["2003:e4", "2a02:8070", "2a01:c22", "2001:16b8", "2a02:1210", "2a00:23c5", "2601:647",
                           "2600:1700", "2a02:a03f", "2a01:cb00", "2001:b07", "2a02:8108"])
            rest = ":".join(f"{self.rng.randrange(65536):x}" for _ in range(2 if self.r() < 0.3 else 6 - 2))
            full = f"{pre}:{rest}"
            if full.count(":") < 7:
                full = f"{pre}:{rest}::{self.rng.randrange(1, 65536):x}" if self.r() < 0.5 else \
                    f"{pre}:{rest}:{self.rng.randrange(65536):x}:{self.rng.randrange(1, 65536):x}"
            return full
        firsts = [31, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 109, 145, 151,
                  176, 178, 185, 188, 193, 194, 195, 212, 213, 217]
        if self.region in ("US", "CA", "AU", "NZ"):
            firsts = [24, 47, 50, 67, 68, 69, 71, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 173, 174, 203, 121]
        return f"{self.ch(firsts)}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def N(self, v6: bool | None = None) -> str:
        return mk("IP", self.ip(v6))


# ---------------------------------------------------------------------------------------------------------------
# Shared pieces: requests, chats, mails, signatures
# ---------------------------------------------------------------------------------------------------------------
def wrap(ctx: Ctx, body: str, reqs: list[str]) -> str:
    req = ctx.ch(reqs)
    if ctx.r() < 0.15:
        req = req.lower()
    r = ctx.r()
    if r < 0.2:
        body = "```\n" + body.strip("\n") + "\n```"
    elif r < 0.3:
        body = '"""\n' + body.strip("\n") + '\n"""'
    elif r < 0.38:
        body = "---\n" + body.strip("\n") + "\n---"
    if ctx.r() < 0.62:
        sep = ctx.ch(["\n\n", "\n", "\n\n", ":\n\n"])
        if sep.startswith(":") and req.endswith((":", "?", ".", "!")):
            sep = "\n\n"
        return req + sep + body
    return body + ctx.ch(["\n\n", "\n\n", "\n\n---\n"]) + req


def salute(ctx: Ctx, p: Person, formal: bool = True) -> str:
    if not formal:
        return ctx.L(de=ctx.ch(["Hallo", "Hi", "Liebe" if p.g == "f" else "Lieber", "Servus", "Moin"]),
                     de_CH=ctx.ch(["Hallo", "Hoi", "Liebe" if p.g == "f" else "Lieber", "Sali"]),
                     de_AT=ctx.ch(["Hallo", "Servus", "Liebe" if p.g == "f" else "Lieber", "Hi"]),
                     fr=ctx.ch(["Bonjour", "Salut", "Chère" if p.g == "f" else "Cher", "Coucou"]),
                     it=ctx.ch(["Ciao", "Cara" if p.g == "f" else "Caro", "Buongiorno"]),
                     en=ctx.ch(["Hi", "Hello", "Dear", "Hey"])) + " " + ctx.P(p, "first") + ","
    if ctx.lang == "de":
        t = "Frau" if p.g == "f" else "Herr"
        lead = "Sehr geehrte" if p.g == "f" else "Sehr geehrter"
        if ctx.r() < 0.4:
            lead = "Guten Tag" if ctx.region != "CH" else "Grüezi"
        return f"{lead} {t} {ctx.P(p, 'last')},"
    if ctx.lang == "fr":
        t = "Madame" if p.g == "f" else "Monsieur"
        return ctx.ch([f"Bonjour {t} {ctx.P(p, 'last')},", f"{t},", f"Bonjour {t},",
                       f"Chère {t}," if p.g == "f" else f"Cher {t},"]) if ctx.r() < 0.5 else \
            f"Bonjour {t} {ctx.P(p, 'last')},"
    if ctx.lang == "it":
        t = "Gentile Sig.ra" if p.g == "f" else ctx.ch(["Gentile Sig.", "Egregio Sig."])
        return f"{t} {ctx.P(p, 'last')}," if ctx.r() < 0.7 else f"Buongiorno {ctx.P(p, 'full')},"
    t = ctx.ch(["Ms", "Mrs"]) if p.g == "f" else "Mr"
    if ctx.region == "US" or ctx.region == "CA":
        t += "."
    return ctx.ch([f"Dear {t} {ctx.P(p, 'last')},", f"Hi {ctx.P(p, 'first')},", f"Dear {ctx.P(p, 'full')},"])


def closing(ctx: Ctx, formal: bool = True) -> str:
    if formal:
        return ctx.L(de=ctx.ch(["Mit freundlichen Grüßen", "Freundliche Grüße", "Viele Grüße", "Beste Grüße"]),
                     de_CH=ctx.ch(["Freundliche Grüsse", "Mit freundlichen Grüssen", "Beste Grüsse"]),
                     fr=ctx.ch(["Cordialement", "Bien à vous", "Meilleures salutations", "Bien cordialement"]),
                     fr_CA=ctx.ch(["Cordialement", "Bonne journée", "Merci et bonne journée"]),
                     it=ctx.ch(["Cordiali saluti", "Distinti saluti", "Un cordiale saluto", "Saluti"]),
                     en=ctx.ch(["Kind regards", "Best regards", "Many thanks", "Regards", "Best wishes"]),
                     en_US=ctx.ch(["Best,", "Thanks,", "Sincerely,", "Best regards,"]).rstrip(","))
    return ctx.L(de=ctx.ch(["LG", "Liebe Grüße", "Viele Grüße", "Gruß", "bis bald"]),
                 de_CH=ctx.ch(["LG", "Liebe Grüsse", "En Gruess", "Gruess"]),
                 fr=ctx.ch(["Bises", "Bonne soirée", "A+", "Merci !", "Bonne journée"]),
                 it=ctx.ch(["Un abbraccio", "Ciao", "A presto", "Grazie mille", "Buona serata"]),
                 en=ctx.ch(["Cheers", "Thanks", "Best", "x", "Thanks so much"]))


def mail_head(ctx: Ctx, frm: str, to: str, subject: str, when: dt.date, cc: str | None = None) -> str:
    lab = ctx.L(de="Von|An|Cc|Datum|Betreff", fr="De|À|Cc|Date|Objet", it="Da|A|Cc|Data|Oggetto",
                en="From|To|Cc|Date|Subject").split("|")
    colon = " :" if ctx.lang == "fr" and ctx.region == "FR" and ctx.r() < 0.5 else ":"
    lines = [f"{lab[0]}{colon} {frm}", f"{lab[1]}{colon} {to}"]
    if cc:
        lines.append(f"{lab[2]}{colon} {cc}")
    lines.append(f"{lab[3]}{colon} {ctx.wd(when)} {ctx.longdate(when)} {ctx.time()}")
    lines.append(f"{lab[4]}{colon} {subject}")
    return "\n".join(lines)


def who(ctx: Ctx, p: Person, email: str) -> str:
    r = ctx.r()
    if r < 0.6:
        return f"{ctx.P(p)} <{email}>"
    if r < 0.8:
        return f'"{ctx.P(p, "rev")}" <{email}>'
    return email


def quote_head(ctx: Ctx, p: Person, email: str, when: dt.date) -> str:
    t = ctx.time()
    name = ctx.P(p)
    if ctx.r() < 0.3:
        lab = ctx.L(de="-----Ursprüngliche Nachricht-----|Von|Gesendet|An|Betreff",
                    fr="-----Message d'origine-----|De|Envoyé|À|Objet",
                    it="-----Messaggio originale-----|Da|Inviato|A|Oggetto",
                    en="-----Original Message-----|From|Sent|To|Subject").split("|")
        return f"{lab[0]}\n{lab[1]}: {name} <{email}>\n{lab[2]}: {ctx.wd(when)} {ctx.longdate(when)} {t}"
    return ctx.L(de=f"Am {ctx.numdate(when)} um {t} schrieb {name} <{email}>:",
                 fr=f"Le {ctx.wd(when)} {ctx.longdate(when)} à {t}, {name} <{email}> a écrit :",
                 it=f"Il giorno {ctx.wd(when)} {ctx.longdate(when)} alle ore {t} {name} <{email}> ha scritto:",
                 en=f"On {ctx.wd(when)}, {ctx.longdate(when)} at {t}, {name} <{email}> wrote:")


def signature(ctx: Ctx, p: Person, role: str = "", org: str = "", a: dict | None = None, phones=(), email=None,
              web: str = "") -> str:
    lines = ["--" if ctx.r() < 0.3 else "", ctx.P(p) if ctx.r() < 0.85 else ctx.P(p, "F. Last")]
    if role:
        lines.append(role)
    if org:
        lines.append(org)
    if a is not None:
        if ctx.r() < 0.6:
            lines += [ctx.A(a, "street"), ctx.A(a, "line2")]
        else:
            lines.append(ctx.A(a, "one"))
    labels = ctx.L(de="Tel.|Mobil|Fax", de_CH="Tel.|Natel|Fax", fr="Tél.|Portable|Fax", fr_BE="Tél.|GSM|Fax",
                   fr_CA="Tél.|Cell.|Téléc.", it="Tel.|Cell.|Fax", en="Tel|Mobile|Fax", en_US="Phone|Cell|Fax")
    labels = labels.split("|")
    for k, ph in enumerate(phones):
        lines.append(f"{labels[min(k, 2)]} {ph}" if ctx.r() < 0.8 else ph)
    if email:
        lines.append(email if ctx.r() < 0.7 else ctx.L(de="E-Mail: ", fr="Courriel : ", it="E-mail: ",
                                                         en="Email: ") + email)
    if web:
        lines.append(web)
    return "\n".join(x for x in lines if x is not None).strip("\n")


def chat_render(ctx: Ctx, msgs: list[tuple[str, str]], start: dt.date | None = None, layout: int | None = None,
                lower_all: bool = False) -> str:
    """msgs: (sender already marked or plain, text)."""
    if layout is None:
        layout = ctx.ri(0, 4)
    d = start or (ctx.today - dt.timedelta(days=ctx.ri(0, 20)))
    h, m = ctx.ri(7, 20), ctx.ri(0, 59)
    out = []
    us = ctx.region == "US"
    for snd, txt in msgs:
        m += ctx.ri(0, 9)
        if m >= 60:
            m -= 60
            h += 1
        if h >= 24:
            h = 8
            d += dt.timedelta(days=1)
        if lower_all:
            txt = lower(txt)
        ds = f"{d.month}/{d.day}/{d.year % 100:02d}" if us else f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}" \
            if ctx.lang == "de" else f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
        if layout == 0:
            out.append(f"[{ds}, {h:02d}:{m:02d}:{ctx.ri(0, 59):02d}] {snd}: {txt}")
        elif layout == 1:
            tt = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if us else f"{h:02d}:{m:02d}"
            out.append(f"{ds}, {tt} - {snd}: {txt}")
        elif layout == 2:
            out.append(f"{snd}, [{d.day:02d}.{d.month:02d}.{d.year} {h:02d}:{m:02d}]\n{txt}\n")
        elif layout == 3:
            out.append(f"{snd}  {h:02d}:{m:02d}\n{txt}\n")
        else:
            out.append(f"{h:02d}:{m:02d} {snd}: {txt}")
    return "\n".join(out).rstrip("\n")


def typo(ctx: Ctx, s: str, p: float = 0.5) -> str:
    """Swap two letters in one plain word (never inside a marked value)."""
    if ctx.r() >= p:
        return s
    parts = re.split("(\x01\\d[^\x02]*\x02)", s)
    idx = [i for i, x in enumerate(parts) if not x.startswith(MO) and re.search(r"[a-zà-ü]{6,}", x)]
    if not idx:
        return s
    i = ctx.ch(idx)
    words = list(re.finditer(r"[a-zà-ü]{6,}", parts[i]))
    w = ctx.ch(words)
    k = ctx.ri(1, len(w.group()) - 3)
    word = w.group()
    new = word[:k] + word[k + 1] + word[k] + word[k + 2:]
    parts[i] = parts[i][:w.start()] + new + parts[i][w.end():]
    return "".join(parts)


TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "CA": "ca", "IT": "it", "GB": "co.uk",
       "US": "com", "IE": "ie", "AU": "com.au", "NZ": "co.nz"}
STOP = {"de", "du", "des", "la", "le", "les", "di", "del", "della", "the", "of", "and", "abt", "und", "e", "et", "-",
        "asd", "gmbh", "ag", "srl", "ltd", "sa", "sarl", "inc", "a", "&", "für", "pour", "per", "for"}


def org_domain(ctx: Ctx, org: str) -> str:
    words = [fold(w, ctx.lang).lower() for w in re.split(r"[\s,./]+", org)]
    words = [w for w in words if w and w not in STOP][:3]
    if len(words) == 3 and ctx.r() < 0.5:
        words = words[1:]
    return ctx.ch(["-", ""]).join(words) + "." + TLD[ctx.region]


def role_mail(ctx: Ctx, dom: str, kind: str = "") -> str:
    local = kind or ctx.L(de=ctx.ch(["info", "anmeldung", "kontakt", "buero", "verwaltung", "service"]),
                          fr=ctx.ch(["contact", "info", "inscriptions", "secretariat", "accueil"]),
                          it=ctx.ch(["info", "segreteria", "iscrizioni", "amministrazione", "contatti"]),
                          en=ctx.ch(["info", "office", "bookings", "hello", "admin", "enquiries"]))
    return f"{local}@{dom}"


def title(ctx: Ctx, p: Person) -> str:
    return ctx.L(de="Frau" if p.g == "f" else "Herr", fr="Mme" if p.g == "f" else "M.",
                 it="Sig.ra" if p.g == "f" else "Sig.", en=("Ms" if p.g == "f" else "Mr"))


def cue(ctx: Ctx, g: str = "m", kind: str = "any") -> str:
    """A birth-date cue word in the document's language."""
    if ctx.lang == "de":
        return ctx.ch(["geb.", "geb.", "geboren am", "geb. am", "*", "Geb.:", "Geburtsdatum:"]) \
            if kind == "any" else ctx.ch(["geb.", "geb. am", "*"])
    if ctx.lang == "fr":
        return ctx.ch(["née le" if g == "f" else "né le", "né(e) le", "date de naissance :",
                       "DDN :" if ctx.region == "CA" else "née le" if g == "f" else "né le"])
    if ctx.lang == "it":
        return ctx.ch(["nata il" if g == "f" else "nato il", "nato/a il", "data di nascita:", "n.",
                       "nata il" if g == "f" else "nato il"])
    return ctx.ch(["born", "DOB", "DOB:", "b.", "date of birth", "born on", "D.O.B."])


# ---------------------------------------------------------------------------------------------------------------
# Genre 1: swimschool - children's swimming lessons
# ---------------------------------------------------------------------------------------------------------------
def _swim_org(ctx: Ctx) -> tuple[str, str]:
    org = ctx.L(de=ctx.ch(["Schwimmschule Delfin", "Schwimmschule Wasserflöhe", "Aquakids Schwimmschule",
                           "SV Blau-Weiß, Abt. Schwimmen", "Schwimmschule Seestern"]),
                fr=ctx.ch(["École de natation Les Dauphins", "Centre aquatique Aquagliss", "Les Bébés Loutres",
                           "Club de natation Les Marsouins", "École de natation Hippocampe"]),
                it=ctx.ch(["Scuola Nuoto Delfino Blu", "ASD Nuoto Libertas", "Centro Nuoto Acquarius",
                           "Piscina comunale - Scuola nuoto", "Polisportiva Onda Azzurra"]),
                en=ctx.ch(["Splash Swim School", "Little Dolphins Swim Academy", "Otters Swimming Club",
                           "Aqua Tots Learn to Swim", "Riverside Leisure Centre Swim Lessons"]))
    dom = org_domain(ctx, org)
    return org, dom


def _swim_levels(ctx: Ctx) -> list[str]:
    return ctx.L(de="Seepferdchen|Bronze|Silber|Gold|Frühschwimmer|Pinguin".split("|"),
                 de_CH="Krebs|Seepferd|Frosch|Tintenfisch|Krokodil|Eisbär".split("|"),
                 fr="Sauv'nage|Ourson|Tortue|Pass'sports de l'eau|Dauphin|débutant".split("|"),
                 fr_CH="Crabe|Hippocampe|Grenouille|Poulpe|Crocodile|Ours polaire".split("|"),
                 fr_CA="Étoile de mer|Canard|Tortue de mer|Loutre de mer|Salamandre|Poisson-lune".split("|"),
                 it="Ambientamento|Livello 1|Livello 2|Delfino|Pinguino|Avanzato".split("|"),
                 en="Stage 1|Stage 2|Stage 3|Stage 4|Stage 5|Stage 7".split("|"),
                 en_US="Level 1|Level 2|Level 3|Parent & Child|Level 4|Level 5".split("|"),
                 en_AU="Level 2|Level 3|Level 4|Junior Squad|Level 5|Level 1".split("|"))


def g_swimschool(ctx: Ctx) -> str:
    v = ctx.i % 4
    org, dom = _swim_org(ctx)
    levels = _swim_levels(ctx)
    pool = ctx.addr()
    if v == 0:
        n = ctx.ri(6, 9)
        coach = ctx.person()
        start = ctx.soon(-10, 30)
        hdr_variant = ctx.r()
        header = ctx.L(de=["Nr", "Name", "Vorname", "Geb.-Datum", "Erziehungsberechtigte/r", "Telefon", "E-Mail",
                           "Stufe"],
                       fr=["N°", "Nom", "Prénom", "Date de naiss.", "Responsable légal", "Tél.", "Courriel",
                           "Niveau"],
                       it=["N.", "Cognome", "Nome", "Data di nascita", "Genitore", "Cellulare", "E-mail",
                           "Livello"],
                       en=["#", "Surname", "First name", "DOB", "Parent/carer", "Phone", "Email", "Level"],
                       en_US=["#", "Last", "First", "Birthdate", "Parent/Guardian", "Cell", "Email", "Level"])
        if hdr_variant < 0.3:
            header[3] = ctx.L(de="geb.", fr="Né(e) le", it="Nato/a il", en="Born")
        rows = []
        base_style = ctx.dstyle("num")
        for k in range(n):
            kid = ctx.person()
            par = ctx.kin(kid)
            b = ctx.birth("child")
            st = base_style if ctx.r() < 0.7 else ctx.dstyle("chat")
            phone = ctx.T("mobile")
            em = ctx.E(par) if ctx.r() < 0.75 else ""
            pn = ctx.P(par, "full") if par.last != kid.last or ctx.r() < 0.4 else ctx.P(par, "first")
            if ctx.r() < 0.15:
                other = ctx.person(like=kid)
                pn = ctx.P(other, "first") + " & " + pn if pn.count(" ") == 0 else \
                    ctx.P(other, "first") + " / " + pn
            rows.append([str(k + 1), ctx.P(kid, "last") if ctx.r() < 0.9 else ctx.P(kid, "LAST"),
                         ctx.P(kid, "first"), ctx.D(b, style=st), pn, phone, em, ctx.ch(levels)])
        table = any_table(ctx, header, rows)
        top = ctx.L(
            de=f"{org} – Kursliste {ctx.ch(levels)}-Kurs\nKurs: {ctx.wd(start)} {ctx.time()}, ab {ctx.numdate(start)}"
               f" (10 Termine)\nOrt: Lehrschwimmbecken, {ctx.A(pool)}\nKursleitung: {ctx.P(coach)}, "
               f"{ctx.T('mobile')}",
            fr=f"{org} – liste des inscrits, cours {ctx.ch(levels)}\nCours : {ctx.wd(start)} {ctx.time()}, à partir"
               f" du {ctx.numdate(start)} (10 séances)\nLieu : {ctx.A(pool)}\nMoniteur/trice : {ctx.P(coach)}, "
               f"{ctx.T('mobile')}",
            it=f"{org} – elenco iscritti corso {ctx.ch(levels)}\nCorso: {ctx.wd(start)} ore {ctx.time()}, dal "
               f"{ctx.numdate(start)} (10 lezioni)\nSede: {ctx.A(pool)}\nIstruttore: {ctx.P(coach)}, "
               f"cell. {ctx.T('mobile')}",
            en=f"{org} – class list, {ctx.ch(levels)}\nTerm starts {ctx.wd(start)} {ctx.numdate(start)}, "
               f"{ctx.time()} (10 weeks)\nVenue: {ctx.A(pool)}\nTeacher: {ctx.P(coach)}, {ctx.T('mobile')}")
        body = top + "\n\n" + table
        if ctx.r() < 0.5:
            body += "\n\n" + ctx.L(de=f"Notfall Hallenbad: {ctx.hotline()} · Kursgebühr {ctx.money(120)}",
                                   fr=f"Accueil piscine : {ctx.hotline()} – tarif {ctx.money(135)} la session",
                                   it=f"Reception piscina: {ctx.hotline()} – quota {ctx.money(110)}",
                                   en=f"Centre reception: {ctx.hotline()} - fee {ctx.money(96)} per term")
        reqs = ctx.L(de=["Kannst du die Liste nach Alter sortieren und mir sagen, welche Kinder unter 5 sind?",
                         "Mach mir aus dieser Liste bitte eine Anwesenheitsliste zum Ausdrucken.",
                         "Bitte prüfe die Geburtsdaten, da sind bestimmt Tippfehler drin, und vereinheitliche das "
                         "Format."],
                     fr=["Peux-tu trier cette liste par âge et me dire quels enfants ont moins de 6 ans ?",
                         "Fais-moi une feuille de présence à imprimer à partir de cette liste.",
                         "Uniformise le format des dates de naissance stp, c'est un vrai bazar."],
                     it=["Puoi ordinare l'elenco per età e dirmi chi ha meno di 6 anni?",
                         "Mi prepari un foglio presenze stampabile da questo elenco?",
                         "Uniforma il formato delle date di nascita per favore."],
                     en=["Can you sort this by age and flag any child under 5?",
                         "Turn this class list into a printable register please.",
                         "Please tidy up the date formats in this list and check for obvious typos."])
        return wrap(ctx, body, reqs)
    if v == 1:
        par = ctx.person()
        kids = [ctx.kin(par) for _ in range(ctx.ri(1, 3))]
        boss = ctx.person()
        pem = ctx.email(par)
        home = ctx.addr()
        lines = []
        for k in kids:
            b = ctx.birth("child")
            lines.append(ctx.ch([
                f"{ctx.P(k, 'first')} ({cue(ctx, k.g, 'short')} {ctx.D(b)})",
                f"{ctx.P(k, 'full')}, {ctx.D(b)}",
                f"{ctx.P(k, 'first')}, {cue(ctx, k.g)} {ctx.D(b)}",
                f"{ctx.P(k, 'first')} – {ctx.D(b)} – {ctx.age(b)} " + ctx.L(de="J.", fr="ans", it="anni",
                                                                              en="yrs")]))
        kid_lines = "\n".join("- " + x for x in lines)
        course = ctx.soon(5, 40)
        ask = ctx.L(
            de=f"{salute(ctx, boss)}\n\nich möchte gern meine Kinder für den {ctx.ch(levels)}-Kurs ab "
               f"{ctx.numdate(course)} anmelden:\n\n{kid_lines}\n\nWir hatten letztes Jahr schon einen Platz, aber "
               f"wegen Umzug abgesagt. Neue Adresse: {ctx.A(home)}. Am besten erreichen Sie mich mobil unter "
               f"{ctx.T()}. Gibt es eine Geschwisterermäßigung?\n\n{closing(ctx)}\n{ctx.P(par)}",
            fr=f"{salute(ctx, boss)}\n\nje souhaite inscrire mes enfants au cours {ctx.ch(levels)} qui commence le "
               f"{ctx.numdate(course)} :\n\n{kid_lines}\n\nNous avons déménagé, notre nouvelle adresse est "
               f"{ctx.A(home)}. Vous pouvez me joindre au {ctx.T()}. Y a-t-il un tarif fratrie ?\n\n"
               f"{closing(ctx)}\n{ctx.P(par)}",
            it=f"{salute(ctx, boss)}\n\nvorrei iscrivere i miei figli al corso {ctx.ch(levels)} che inizia il "
               f"{ctx.numdate(course)}:\n\n{kid_lines}\n\nCi siamo trasferiti, il nuovo indirizzo è {ctx.A(home)}. "
               f"Mi trovate al {ctx.T()}. È previsto uno sconto per fratelli?\n\n{closing(ctx)}\n{ctx.P(par)}",
            en=f"{salute(ctx, boss)}\n\nI'd like to book my children onto the {ctx.ch(levels)} lessons starting "
               f"{ctx.numdate(course)}:\n\n{kid_lines}\n\nWe've moved since last term - new address is "
               f"{ctx.A(home)}. Best number is {ctx.T()}. Is there a sibling discount?\n\n{closing(ctx)}\n"
               f"{ctx.P(par)}")
        reply = ctx.L(
            de=f"{salute(ctx, par)}\n\nvielen Dank für die Anmeldung. Der Kurs kostet {ctx.money(135)} pro Kind, "
               f"Geschwister zahlen {ctx.money(110)}. Bitte überweisen Sie bis {ctx.numdate(course)} auf "
               f"{ctx.IB()} (Verwendungszweck: Kursnr. {ctx.digits(4)}).\n\n{closing(ctx)}\n{ctx.P(boss)}\n{org}",
            fr=f"{salute(ctx, par)}\n\nmerci pour l'inscription. Le cours coûte {ctx.money(150)} par enfant "
               f"({ctx.money(130)} pour le deuxième). Merci de virer le montant avant le {ctx.numdate(course)} sur "
               f"{ctx.IB()} en indiquant la réf. NAT-{ctx.digits(5)}.\n\n{closing(ctx)}\n{ctx.P(boss)}\n{org}",
            it=f"{salute(ctx, par)}\n\ngrazie per l'iscrizione. La quota è di {ctx.money(140)} a bambino, "
               f"{ctx.money(120)} per il secondo figlio. Bonifico entro il {ctx.numdate(course)} su IBAN "
               f"{ctx.IB()}, causale: corso {ctx.digits(3)}.\n\n{closing(ctx)}\n{ctx.P(boss)}\n{org}",
            en=f"{salute(ctx, par)}\n\nthanks for your booking. Lessons are {ctx.money(85)} per child per term "
               f"(siblings {ctx.money(70)}). Please pay by {ctx.numdate(course)}"
               + (f" to {ctx.IB()}, reference SW{ctx.digits(5)}." if ctx.region in ("GB", "IE") else
                  f" online, booking ref SW{ctx.digits(5)}.") + f"\n\n{closing(ctx)}\n{ctx.P(boss)}\n{org}")
        bem = role_mail(ctx, dom)
        when = ctx.soon(-20, -1)
        if ctx.r() < 0.4:
            ask += "\n\n-- \n" + ctx.L(de=f"Gesendet über das Kontaktformular auf {dom} (IP: {ctx.N()})",
                                        fr=f"Envoyé depuis le formulaire de contact de {dom} (IP : {ctx.N()})",
                                        it=f"Inviato dal modulo di contatto di {dom} (IP: {ctx.N()})",
                                        en=f"Sent via the contact form on {dom} (IP: {ctx.N()})")
        if ctx.r() < 0.5:
            body = (mail_head(ctx, who(ctx, boss, bem), who(ctx, par, mk("EMAIL", pem)), "Re: " + ctx.L(
                de="Anmeldung Schwimmkurs", fr="Inscription natation", it="Iscrizione corso nuoto",
                en="Swimming lessons booking"), when) + "\n\n" + reply + "\n\n" + quote_lines(
                quote_head(ctx, par, mk("EMAIL", pem), when) + "\n" + ask))
        else:
            body = (mail_head(ctx, who(ctx, par, mk("EMAIL", pem)), bem, ctx.L(
                de="Anmeldung Schwimmkurs", fr="Inscription natation", it="Iscrizione corso nuoto",
                en="Swimming lessons"), when) + "\n\n" + ask)
        reqs = ctx.L(de=["Formuliere bitte eine freundliche Antwort auf diese Mail.",
                         "Fasse mir zusammen, was die Familie will und was noch fehlt.",
                         "Trag die Kinder in meine Kurstabelle ein (Name, Geburtsdatum, Telefon)."],
                     fr=["Rédige une réponse polie à ce mail.", "Résume ce que veut cette famille.",
                         "Ajoute les enfants à mon tableau (nom, date de naissance, téléphone)."],
                     it=["Scrivi una risposta cortese a questa mail.", "Riassumimi cosa chiede la famiglia.",
                         "Aggiungi i bambini alla mia tabella (nome, data di nascita, telefono)."],
                     en=["Draft a friendly reply to this email please.", "Summarise what this parent is asking.",
                         "Add these kids to my spreadsheet (name, DOB, phone) - give me the rows."])
        return wrap(ctx, body, reqs)
    if v == 2:
        certs = []
        check = []
        examiner = ctx.person()
        lic = f"{ctx.letters(2)}-{ctx.digits(5)}"
        exam = ctx.soon(-15, 0)
        for _ in range(ctx.ri(2, 4)):
            k = ctx.person()
            b = ctx.birth("child")
            lvl = ctx.ch(levels)
            nm = ctx.P(k, "CAPS") if ctx.r() < 0.3 else ctx.P(k)
            certs.append(ctx.L(
                de=f"U R K U N D E\n{lvl}\n\n{nm}\ngeboren am {ctx.D(b, 'legal')}\n\nhat am {ctx.numdate(exam)} die "
                   f"Prüfung erfolgreich abgelegt.\n\n{org}              Prüfer/in: {ctx.P(examiner)}\n"
                   f"                              Lizenz-Nr. {lic}",
                fr=f"ATTESTATION DE RÉUSSITE\nTest {lvl}\n\n{nm}\nné(e) le {ctx.D(b, 'legal')}\n\na réussi le test "
                   f"le {ctx.numdate(exam)}.\n\n{org}        Examinateur : {ctx.P(examiner)} (carte pro n° {lic})",
                it=f"ATTESTATO\nBrevetto {lvl}\n\n{nm}\nnato/a il {ctx.D(b, 'legal')}\n\nha superato la prova in "
                   f"data {ctx.numdate(exam)}.\n\n{org}        L'istruttore: {ctx.P(examiner)} (tessera {lic})",
                en=f"CERTIFICATE OF ACHIEVEMENT\n{lvl}\n\nawarded to\n{nm}\n"
                   + ctx.ch(["Date of birth: ", "DOB ", "born "]) + f"{ctx.D(b)}\n\nPassed on {ctx.numdate(exam)}"
                   f"\n\n{org}        Assessed by {ctx.P(examiner)}, teacher no. {lic}"))
            sty = ctx.dstyle("num")
            check.append(f"{ctx.P(k, ctx.ch(['full', 'rev', 'last']))}{ctx.ch([' ', '  ', ' - ', ', ', chr(9)])}"
                         f"{ctx.D(b, style=sty)}")
        body = ("\n\n" + "=" * 40 + "\n\n").join(certs)
        listing = ctx.L(de="Meine Liste:", fr="Ma liste :", it="Il mio elenco:", en="My list:") + "\n" + \
            "\n".join(check)
        reqs = ctx.L(de=["Prüf bitte die Urkunden auf Tippfehler und vergleich die Geburtsdaten mit meiner Liste.",
                         "Stimmen Namen und Daten auf den Urkunden mit meiner Liste überein?"],
                     fr=["Vérifie les attestations (fautes, dates) par rapport à ma liste stp.",
                         "Les noms et dates des attestations correspondent-ils à ma liste ?"],
                     it=["Controlla gli attestati rispetto al mio elenco, ci sono errori nelle date?",
                         "Nomi e date degli attestati corrispondono al mio elenco?"],
                     en=["Check these certificates against my list - any typos in names or dates?",
                         "Do the names and birth dates on the certificates match my list?"])
        return wrap(ctx, body + "\n\n" + listing, reqs)
    # v == 3: parents' group chat
    ps = [ctx.person() for _ in range(4)]
    kids = [ctx.kin(p) for p in ps]
    coach = ctx.person()
    senders = []
    for p in ps:
        r = ctx.r()
        senders.append(ctx.P(p, "full") if r < 0.4 else ctx.P(p, "first") if r < 0.75 else ctx.T("mobile"))
    k0, k1, k2 = kids[0], kids[1], kids[2]
    b0, b2 = ctx.birth("child"), ctx.birth("child")
    meet = ctx.addr()
    sess = ctx.soon(1, 10)
    msgs = ctx.L(
        de=[(senders[0], f"hat jemand schon die anmeldung für den {ctx.ch(levels).lower()}-kurs gemacht? die wollen "
                         f"geburtsdatum + krankenkasse"),
            (senders[1], f"ja, online. für {ctx.P(k1, 'firstlow')} hab ich auch gleich die ermäßigung angeklickt"),
            (senders[0], f"kannst du {ctx.P(k0, 'firstlow')} mit eintragen? {ctx.P(k0, 'lower')}, "
                         f"{ctx.D(b0, 'chat')}, versichert bei der {ctx.ch(['aok', 'tk', 'barmer', 'öbk', 'css'])}"),
            (senders[1], f"mach ich 👍 {ctx.P(k0, 'firstlow')} ist aber jahrgang {b0.year}, passt das noch in die "
                         f"gruppe?"),
            (senders[2], f"wer fährt am {ctx.wd(sess).lower()}? ich kann 3 kinder mitnehmen, treffpunkt bei mir "
                         f"{ctx.A(meet, 'street')} um {ctx.time()}"),
            (senders[3], f"{ctx.P(k2, 'firstlow')} hat übrigens am {sess.day}.{sess.month}. geburtstag, ich bring "
                         f"muffins mit 🧁 ({'sie' if k2.g == 'f' else 'er'} wird {ctx.age(b2) + 1})"),
            (senders[2], f"die neue nummer vom trainer ({ctx.P(coach, 'firstlow')}) ist {ctx.T('mobile')}, die alte "
                         f"geht nicht mehr"),
            (senders[0], f"danke! und falls jemand das hallenbad erreichen muss: {ctx.hotline()}")],
        fr=[(senders[0], f"quelqu'un a déjà fait l'inscription pour le cours {ctx.ch(levels).lower()} ? ils demandent "
                         f"la date de naissance et l'assurance"),
            (senders[1], f"oui en ligne, pour {ctx.P(k1, 'firstlow')} c'est fait"),
            (senders[0], f"tu peux inscrire {ctx.P(k0, 'firstlow')} aussi ? {ctx.P(k0, 'lower')}, "
                         f"{ctx.D(b0, 'chat')}, même mutuelle que nous"),
            (senders[1], "ok je m'en occupe 👍"),
            (senders[2], f"qui conduit {ctx.wd(sess)} ? je peux prendre 3 enfants, rdv chez moi "
                         f"{ctx.A(meet, 'street')} à {ctx.time()}"),
            (senders[3], f"au fait {ctx.P(k2, 'firstlow')} fête son anniversaire le {sess.day}/{sess.month}, "
                         f"j'apporte un gâteau 🎂 ({'elle' if k2.g == 'f' else 'il'} aura {ctx.age(b2) + 1} ans)"),
            (senders[2], f"le nouveau numéro du moniteur ({ctx.P(coach, 'firstlow')}) c'est {ctx.T('mobile')}"),
            (senders[0], f"merci ! l'accueil de la piscine c'est le {ctx.hotline()} si besoin")],
        it=[(senders[0], f"qualcuno ha già fatto l'iscrizione al corso {ctx.ch(levels).lower()}? chiedono data di "
                         f"nascita e certificato medico"),
            (senders[1], f"sì online, per {ctx.P(k1, 'firstlow')} fatto"),
            (senders[0], f"riesci a iscrivere anche {ctx.P(k0, 'firstlow')}? {ctx.P(k0, 'lower')}, "
                         f"{ctx.D(b0, 'chat')}"),
            (senders[1], "ok ci penso io 👍"),
            (senders[2], f"chi accompagna {ctx.wd(sess)}? io posso portare 3 bimbi, ci troviamo da me in "
                         f"{ctx.A(meet, 'street')} alle {ctx.time()}"),
            (senders[3], f"{ctx.P(k2, 'firstlow')} compie gli anni il {sess.day}/{sess.month}, porto la torta 🎂 "
                         f"(fa {ctx.age(b2) + 1} anni)"),
            (senders[2], f"il nuovo numero dell'istruttore ({ctx.P(coach, 'firstlow')}) è {ctx.T('mobile')}"),
            (senders[0], f"grazie! la reception della piscina è {ctx.hotline()}")],
        en=[(senders[0], f"has anyone done the online form for the {ctx.ch(levels).lower()} class yet? it wants dob "
                         f"and a gp"),
            (senders[1], f"yep did it last night for {ctx.P(k1, 'firstlow')}"),
            (senders[0], f"could you add {ctx.P(k0, 'firstlow')} while you're on? {ctx.P(k0, 'lower')}, "
                         f"{ctx.D(b0, 'chat')}"),
            (senders[1], f"will do 👍 isn't {ctx.P(k0, 'firstlow')} a {b0.year} baby though? might be the older "
                         f"group"),
            (senders[2], f"who's driving {ctx.wd(sess).lower()}? i can take 3, meet at mine "
                         f"{ctx.A(meet, 'street')} at {ctx.time()}"),
            (senders[3], f"{ctx.P(k2, 'firstlow')}'s birthday is on the {en_th(sess.day)}, bringing cupcakes 🧁 "
                         f"({'she' if k2.g == 'f' else 'he'}'ll be {ctx.age(b2) + 1})"),
            (senders[2], f"new number for the teacher ({ctx.P(coach, 'firstlow')}) is {ctx.T('mobile')}"),
            (senders[0], f"ta! leisure centre reception is {ctx.hotline()} if anyone needs it")])
    body = chat_render(ctx, msgs, lower_all=ctx.r() < 0.4)
    reqs = ctx.L(de=["Fass mir den Chat kurz zusammen: wer fährt wann, was muss ich noch erledigen?",
                     "Was muss ich aus diesem Gruppenchat noch tun?"],
                 fr=["Résume-moi cette conversation : qui conduit, qu'est-ce qu'il me reste à faire ?",
                     "Qu'est-ce que je dois retenir de ce groupe ?"],
                 it=["Riassumi la chat: chi accompagna e cosa devo ancora fare?", "Cosa devo fare secondo la chat?"],
                 en=["Summarise this group chat - who's driving and what do I still need to do?",
                     "What are the action points for me from this chat?"])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 2: benefits - household benefit applications (housing, child and family benefits)
# ---------------------------------------------------------------------------------------------------------------
def _natno(ctx: Ctx, b: dt.date | None = None) -> tuple[str, str]:
    """A national number that is not labelled (label, value)."""
    d = ctx.digits
    reg = ctx.reg
    if reg == "DE":
        return "Steuer-ID", f"{d(2)} {d(3)} {d(3)} {d(3)}"
    if reg == "AT":
        bb = b or ctx.birth()
        return "SV-Nr.", f"{d(4)} {bb.day:02d}{bb.month:02d}{bb.year % 100:02d}"
    if reg == "FR":
        return "N° de sécurité sociale", f"{ctx.ch('12')} {d(2)} {d(2)} {d(2)} {d(3)} {d(3)} {d(2)}"
    if reg == "BE":
        bb = b or ctx.birth()
        return "N° national", f"{bb.year % 100:02d}.{bb.month:02d}.{bb.day:02d}-{d(3)}.{d(2)}"
    if reg in ("CA_fr",):
        return "NAS", f"{d(3)} {d(3)} {d(3)}"
    if reg == "CA_en":
        return "SIN", f"{d(3)} {d(3)} {d(3)}"
    if reg == "IT":
        return "Codice fiscale", f"{ctx.letters(6)}{d(2)}{ctx.ch('ABCDEHLMPRST')}{d(2)}{ctx.letters(1)}{d(3)}" \
                                 f"{ctx.letters(1)}"
    if reg == "GB":
        return "NI number", f"{ctx.letters(2, 'ABCEGHJKLMNPRSTWXYZ')} {d(2)} {d(2)} {d(2)} {ctx.ch('ABCD')}"
    if reg == "IE":
        return "PPS No.", f"{d(7)}{ctx.letters(1)}{ctx.ch(['', 'A', 'W'])}"
    if reg == "AU":
        return "CRN", f"{d(3)} {d(3)} {d(3)}{ctx.letters(1)}"
    if reg == "NZ":
        return "IRD number", f"{d(3)}-{d(3)}-{d(3)}"
    if reg == "US":
        return "Case #", f"{ctx.letters(2)}-{d(7)}"
    return "", ""


def _benefit(ctx: Ctx) -> tuple[str, str, str]:
    """(benefit name, authority, reference label)"""
    return {
        "DE": ctx.ch([("Wohngeld (Mietzuschuss)", "Wohngeldstelle der Stadt", "Aktenzeichen"),
                      ("Kindergeld", "Familienkasse", "Kindergeldnummer"),
                      ("Kinderzuschlag", "Familienkasse", "Kindergeldnummer")]),
        "AT": ctx.ch([("Familienbeihilfe", "Finanzamt Österreich", "Ordnungsbegriff"),
                      ("Wohnbeihilfe", "Amt der Landesregierung, Wohnbauförderung", "GZ")]),
        "CH_de": ctx.ch([("Prämienverbilligung (IPV)", "Sozialversicherungsanstalt", "Dossier-Nr."),
                         ("Familienzulagen", "Familienausgleichskasse", "Fall-Nr.")]),
        "CH_fr": ctx.ch([("subside à l'assurance-maladie", "Service de l'assurance-maladie", "N° de dossier"),
                         ("allocations familiales", "Caisse d'allocations familiales", "N° de dossier")]),
        "CH_it": ctx.ch([("riduzione dei premi (RIPAM)", "Istituto delle assicurazioni sociali", "N. pratica"),
                         ("assegni familiari", "Cassa cantonale assegni familiari", "N. pratica")]),
        "FR": ctx.ch([("aide personnalisée au logement (APL)", "CAF", "N° allocataire"),
                      ("prime d'activité", "CAF", "N° allocataire"),
                      ("allocation de rentrée scolaire", "CAF", "N° allocataire")]),
        "BE": ctx.ch([("allocations familiales", "FAMIWAL", "N° de dossier"),
                      ("allocation de loyer", "Service public de Wallonie", "Réf.")]),
        "CA_fr": ctx.ch([("Allocation famille", "Retraite Québec", "N° de dossier"),
                         ("Allocation-logement", "Revenu Québec", "N° de dossier")]),
        "IT": ctx.ch([("Assegno Unico e Universale", "INPS", "Protocollo"),
                      ("contributo affitto", "Comune - Ufficio Politiche Abitative", "Protocollo"),
                      ("bonus asilo nido", "INPS", "Protocollo")]),
        "GB": ctx.ch([("Child Benefit", "HMRC Child Benefit Office", "Reference"),
                      ("Universal Credit - housing costs", "DWP", "Claim ref")]),
        "US": ctx.ch([("SNAP benefits", "Department of Human Services", "Case #"),
                      ("Child Care Assistance", "County Social Services", "Case #")]),
        "IE": ctx.ch([("Child Benefit", "Department of Social Protection", "Claim ref"),
                      ("Housing Assistance Payment (HAP)", "County Council Housing Section", "HAP ref")]),
        "AU": ctx.ch([("Family Tax Benefit", "Services Australia (Centrelink)", "Claim ID")]),
        "NZ": ctx.ch([("Accommodation Supplement", "Work and Income (MSD)", "Client number"),
                      ("Working for Families", "Inland Revenue", "Ref")]),
        "CA_en": ctx.ch([("Canada Child Benefit", "Canada Revenue Agency", "Ref")]),
    }[ctx.reg]


def _rel(ctx: Ctx, who_: str, g: str) -> str:
    t = {"self": ("Antragsteller/in", "demandeur", "richiedente", "applicant"),
         "partner": ("Ehefrau" if g == "f" else "Ehemann", "conjointe" if g == "f" else "conjoint",
                     "moglie" if g == "f" else "marito", "partner"),
         "child": ("Tochter" if g == "f" else "Sohn", "fille" if g == "f" else "fils",
                   "figlia" if g == "f" else "figlio", "daughter" if g == "f" else "son"),
         "grand": ("Mutter" if g == "f" else "Vater", "mère" if g == "f" else "père",
                   "madre" if g == "f" else "padre", "mother" if g == "f" else "father")}[who_]
    return t[LANGS.index(ctx.lang)]


def g_benefits(ctx: Ctx) -> str:
    v = ctx.i % 4
    ben, auth, reflab = _benefit(ctx)
    ref = ctx.ch([f"{ctx.digits(3)}FK{ctx.digits(6)}", f"{ctx.digits(7)}", f"{ctx.letters(2)}-{ctx.digits(6)}",
                  f"{ctx.digits(2)}/{ctx.digits(5)}/{ctx.today.year}"])
    app = ctx.person()
    partner = ctx.kin(app, "m" if app.g == "f" else "f") if ctx.r() < 0.6 else None
    kids = [ctx.kin(app) for _ in range(ctx.ri(1, 4))]
    home = ctx.addr()
    has_iban = ctx.region not in ("US", "CA", "AU", "NZ")
    b_app = ctx.birth("parent")
    if v == 0:
        lab = ctx.L(de="Name|Vorname|Geburtsdatum|Anschrift|Telefon|E-Mail|Familienstand|Bankverbindung (IBAN)",
                    fr="Nom|Prénom|Date de naissance|Adresse|Téléphone|Courriel|Situation familiale|IBAN",
                    it="Cognome|Nome|Data di nascita|Indirizzo di residenza|Telefono|E-mail|Stato civile|IBAN",
                    en="Surname|First name(s)|Date of birth|Address|Phone|Email|Marital status|Bank (IBAN)").split("|")
        status = ctx.L(de=ctx.ch(["verheiratet", "ledig", "geschieden", "getrennt lebend"]),
                       fr=ctx.ch(["marié(e)", "célibataire", "divorcé(e)", "pacsé(e)"]),
                       it=ctx.ch(["coniugato/a", "nubile/celibe", "separato/a"]),
                       en=ctx.ch(["married", "single", "separated", "divorced"]))
        nl, nv = ctx.natno(b_app) if hasattr(ctx, "natno") else _natno(ctx, b_app)
        sec1 = ctx.L(de=f"ANTRAG AUF {ben.upper()}\n{auth}\n\n1. Angaben zur antragstellenden Person",
                     fr=f"DEMANDE D'{ben.upper()}\n{auth}\n\n1. Vous",
                     it=f"DOMANDA DI {ben.upper()}\n{auth}\n\nSEZIONE 1 - Dati del richiedente",
                     en=f"{ben.upper()} CLAIM FORM\n{auth}\n\nPart 1 - About you")
        w = max(len(x) for x in lab) + 2
        rows = [(lab[0], ctx.P(app, "last")), (lab[1], ctx.P(app, "first")), (lab[2], ctx.D(b_app, "num")),
                (lab[3], ctx.A(home)), (lab[4], ctx.T("mobile")), (lab[5], ctx.E(app)), (lab[6], status)]
        if nl:
            rows.insert(3, (nl, _natno(ctx, b_app)[1] if nl != "Steuer-ID" else nv))
        if ctx.region == "CH":
            rows.insert(3, (ctx.L(de="AHV-Nr.", fr="N° AVS", it="N. AVS", en="AHV"), ctx.H()))
        if has_iban:
            rows.append((lab[7], ctx.IB()))
        colon = ":" if ctx.lang != "fr" else " :"
        sec = "\n".join(f"{ljust(k + colon, w)} {val}" for k, val in rows)
        head = ctx.L(de=["Name, Vorname", "Geburtsdatum", "Verhältnis", "Einkommen mtl."],
                     fr=["Nom et prénom", "Né(e) le", "Lien", "Revenus mensuels"],
                     it=["Cognome e nome", "Data di nascita", "Relazione", "Reddito mensile"],
                     en=["Name", "DOB", "Relationship", "Monthly income"])
        hh = []
        if partner:
            bp = ctx.birth("parent")
            hh.append([ctx.P(partner, "rev"), ctx.D(bp, "num"), _rel(ctx, "partner", partner.g),
                       ctx.money(ctx.ri(900, 3800))])
        for k in kids:
            hh.append([ctx.P(k, "rev" if ctx.r() < 0.7 else "full"), ctx.D(ctx.birth("child"), "num"),
                       _rel(ctx, "child", k.g), ctx.money(0) if ctx.r() < 0.7 else "-"])
        if ctx.r() < 0.3:
            gm = ctx.person(like=app)
            hh.append([ctx.P(gm, "rev"), ctx.D(ctx.birth("senior"), "num"), _rel(ctx, "grand", gm.g),
                       ctx.money(ctx.ri(700, 1600))])
        sec2 = ctx.L(de="2. Haushaltsmitglieder", fr="2. Les personnes qui vivent avec vous",
                     it="SEZIONE 2 - Nucleo familiare", en="Part 2 - People in your household")
        sign = ctx.L(de=f"Ort, Datum: {home['town']}, {ctx.numdate(ctx.today)}     Unterschrift: ______",
                     fr=f"Fait à {home['town']}, le {ctx.numdate(ctx.today)}     Signature : ______",
                     it=f"Luogo e data: {home['town']}, {ctx.numdate(ctx.today)}     Firma: ______",
                     en=f"Signed: ______      Date: {ctx.numdate(ctx.today)}")
        body = f"{sec1}\n{sec}\n\n{sec2}\n{any_table(ctx, head, hh, 'md mda fixed pipe tsv')}\n\n" \
               f"{reflab}: {ref}\n{sign}"
        if ctx.r() < 0.5:
            body += "\n" + ctx.L(de=f"Online eingereicht am {ctx.numdate(ctx.today)} um {ctx.time()} – IP {ctx.N()}",
                                 fr=f"Demande déposée en ligne le {ctx.numdate(ctx.today)} depuis l'adresse IP "
                                    f"{ctx.N()}",
                                 it=f"Domanda inviata online il {ctx.numdate(ctx.today)} – indirizzo IP {ctx.N()}",
                                 en=f"Submitted online {ctx.numdate(ctx.today)} {ctx.time()} from IP {ctx.N()}")
        reqs = ctx.L(de=["Ist der Antrag so vollständig? Was fehlt noch?",
                         "Bitte prüf das Formular auf Fehler, bevor ich es abschicke."],
                     fr=["Est-ce que ma demande est complète ? Qu'est-ce qui manque ?",
                         "Vérifie ce formulaire avant que je l'envoie stp."],
                     it=["La domanda è completa? Cosa manca?", "Controlla il modulo prima che lo invii."],
                     en=["Is this claim complete? Anything missing?", "Please check this form before I send it."])
        return wrap(ctx, body, reqs)
    if v == 1:
        baby = ctx.kin(app)
        bb = ctx.birth("baby")
        old = ctx.addr()
        pr = f"{ctx.P(app)}, " + ctx.L(de="geb. ", fr="née le " if app.g == "f" else "né le ",
                                         it="nata il " if app.g == "f" else "nato il ", en="born ") \
            + ctx.D(b_app, "legal")
        ph = ctx.T("mobile")
        iban = ctx.IB() if has_iban else ""
        body = ctx.L(
            de=f"{ctx.P(app)}\n{ctx.A(home, 'street')}\n{ctx.A(home, 'line2')}\n\n{auth}\n{ben}\n\n{reflab}: {ref}"
               f"\n\nÄnderungsmitteilung\n\nSehr geehrte Damen und Herren,\n\nhiermit teile ich, {pr}, "
               f"folgende Änderungen mit:\n\n1. {'Unsere Tochter' if baby.g == 'f' else 'Unser Sohn'} "
               f"{ctx.P(baby)} wurde am "
               f"{ctx.D(bb, 'legal')} geboren. Die Geburtsurkunde liegt bei.\n2. Wir sind zum "
               f"{ctx.numdate(ctx.soon(-40, -5))} umgezogen. Alte Anschrift: {ctx.A(old)}.\n"
               + (f"3. Bitte zahlen Sie künftig auf mein neues Konto {iban} aus.\n" if iban else "")
               + f"\nFür Rückfragen bin ich unter {ph} erreichbar.\n\n{closing(ctx)}\n{ctx.P(app)}",
            fr=f"{ctx.P(app)}\n{ctx.A(home, 'street')}\n{ctx.A(home, 'line2')}\n\n{auth}\n{reflab} : {ref}\n\n"
               f"Objet : déclaration de changement de situation – {ben}\n\nMadame, Monsieur,\n\nje soussigné(e) {pr}"
               f", vous informe des changements suivants :\n\n- naissance de mon enfant {ctx.P(baby)} le "
               f"{ctx.D(bb, 'legal')} (copie de l'acte de naissance jointe) ;\n- déménagement le "
               f"{ctx.numdate(ctx.soon(-40, -5))}, ancienne adresse : {ctx.A(old)} ;\n"
               + (f"- nouveau RIB : {iban}.\n" if iban else "")
               + f"\nJe reste joignable au {ph}.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées."
               f"\n\n{ctx.P(app)}",
            it=f"{ctx.P(app)}\n{ctx.A(home, 'street')}\n{ctx.A(home, 'line2')}\n\nSpett.le {auth}\n{reflab}: {ref}"
               f"\n\nOggetto: comunicazione variazioni – {ben}\n\nIl/La sottoscritto/a {pr}, comunica:\n\n"
               f"- la nascita {'della figlia' if baby.g == 'f' else 'del figlio'} {ctx.P(baby)}, avvenuta il "
               f"{ctx.D(bb, 'legal')};\n"
               f"- il trasferimento di residenza dal {ctx.numdate(ctx.soon(-40, -5))} (precedente indirizzo: "
               f"{ctx.A(old)});\n" + (f"- il nuovo IBAN per l'accredito: {iban}.\n" if iban else "")
               + f"\nRecapito telefonico: {ph}\n\nDistinti saluti\n{ctx.P(app)}",
            en=f"{ctx.P(app)}\n{ctx.A(home, 'street')}\n{ctx.A(home, 'line2')}\n\n{auth}\n{reflab}: {ref}\n\n"
               f"Dear Sir or Madam,\n\nRe: {ben} - change of circumstances\n\nI am writing to tell you about "
               f"changes for my claim ({pr}):\n\n- our baby {ctx.P(baby)} was born on {ctx.D(bb, 'legal')} "
               f"(birth certificate enclosed);\n- we moved house on {ctx.numdate(ctx.soon(-40, -5))}; our old "
               f"address was {ctx.A(old)};\n" + (f"- please pay into my new account {iban}.\n" if iban else "")
               + f"\nYou can reach me on {ph}.\n\nYours faithfully,\n{ctx.P(app)}")
        reqs = ctx.L(de=["Kannst du den Brief förmlicher und fehlerfrei machen?", "Bitte verbessere meinen Brief."],
                     fr=["Peux-tu corriger et améliorer ce courrier ?", "Rends cette lettre plus formelle stp."],
                     it=["Puoi correggere e migliorare questa lettera?", "Rendi la lettera più formale per favore."],
                     en=["Can you tidy up this letter for me?", "Make this letter sound more formal please."])
        return wrap(ctx, typo(ctx, body, 0.4), reqs)
    if v == 2:
        worker = ctx.person()
        office = ctx.addr()
        amount = ctx.money(ctx.ri(80, 900))
        mem = []
        for k in [app] + ([partner] if partner else []) + kids:
            kind = "parent" if k in (app, partner) else "child"
            b = b_app if k is app else ctx.birth(kind)
            if ctx.region == "CH":
                mem.append(f"  {ctx.P(k, 'rev')}, {ctx.D(b, 'num')}, " + ctx.L(de="AHV-Nr. ", fr="AVS ", it="AVS ",
                                                                             en="AHV ") + ctx.H())
                continue
            mem.append(ctx.ch([f"  {ctx.P(k, 'full')}, " + ctx.L(de="geb. ", fr="né(e) le ", it="nato/a il ",
                                                                   en="born ") + ctx.D(b, "num"),
                               f"  {ctx.P(k, 'rev')}{' ' * ctx.ri(2, 8)}{ctx.D(b, 'num')}",
                               f"  - {ctx.P(k, 'LAST First')} ({ctx.D(b, 'num')})"]))
        t = title(ctx, app)
        start = ctx.soon(-60, 0)
        pay = f"{ctx.L(de='auf das Konto', fr='sur le compte', it='sul conto', en='to account')} {ctx.IB()}" \
            if has_iban else ctx.L(de="", fr="", it="", en="by direct deposit to the account on file")
        body = ctx.L(
            de=f"{auth}\n{ctx.A(office, 'street')} · {ctx.A(office, 'line2')}\n\n{t} {ctx.P(app)}\n"
               f"{ctx.A(home, 'street')}\n{ctx.A(home, 'line2')}\n\n{reflab}: {ref}\nSachbearbeitung: "
               f"{ctx.P(worker)}, Tel. {ctx.T('land', office['area'])}\n\nBESCHEID über {ben}\n\nFür den "
               f"Bewilligungszeitraum ab {ctx.numdate(start)} wird Ihnen {ben} in Höhe von {amount} monatlich "
               f"bewilligt. Berücksichtigt wurden folgende Haushaltsmitglieder:\n\n" + "\n".join(mem)
               + f"\n\nDie Zahlung erfolgt {pay}.\n\nRechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb "
               f"eines Monats Widerspruch erhoben werden.\nServicetelefon: {ctx.hotline()}",
            fr=f"{auth}\n{ctx.A(office, 'one')}\n\n{t} {ctx.P(app)}\n{ctx.A(home, 'street')}\n{ctx.A(home, 'line2')}"
               f"\n\n{reflab} : {ref}\nDossier suivi par : {ctx.P(worker)} – {ctx.T('land', office['area'])}\n\n"
               f"NOTIFICATION DE DÉCISION – {ben}\n\nÀ compter du {ctx.numdate(start)}, le montant de votre droit "
               f"est fixé à {amount} par mois. Personnes prises en compte :\n\n" + "\n".join(mem)
               + f"\n\nLe paiement sera effectué {pay}.\n\nVous pouvez contester cette décision dans un délai de "
               f"deux mois. Service client : {ctx.hotline()}",
            it=f"{auth}\n{ctx.A(office, 'one')}\n\n{t} {ctx.P(app)}\n{ctx.A(home, 'street')}\n{ctx.A(home, 'line2')}"
               f"\n\n{reflab}: {ref}\nResponsabile del procedimento: {ctx.P(worker)}, tel. "
               f"{ctx.T('land', office['area'])}\n\nPROVVEDIMENTO DI ACCOGLIMENTO – {ben}\n\nA decorrere dal "
               f"{ctx.numdate(start)} Le è riconosciuto un importo mensile di {amount}. Componenti del nucleo:\n\n"
               + "\n".join(mem) + f"\n\nIl pagamento avverrà {pay}.\n\nAvverso il presente provvedimento è "
               f"ammesso ricorso entro 90 giorni. Contact center: {ctx.hotline()}",
            en=f"{auth}\n{ctx.A(office, 'one')}\n\n{t} {ctx.P(app)}\n{ctx.A(home, 'street')}\n{ctx.A(home, 'line2')}"
               f"\n\n{reflab}: {ref}\nCase officer: {ctx.P(worker)}, {ctx.T('land', office['area'])}\n\n"
               f"DECISION NOTICE - {ben}\n\nFrom {ctx.numdate(start)} you are entitled to {amount} per "
               f"{ctx.ch(['month', 'fortnight', 'week'])}. We have included the following people:\n\n"
               + "\n".join(mem) + f"\n\nPayment will be made {pay}.\n\nIf you disagree you can ask us to look at "
               f"the decision again within one month. Helpline: {ctx.hotline()}")
        reqs = ctx.L(de=["Erklär mir diesen Bescheid in einfachen Worten. Ist das richtig berechnet?",
                         "Was bedeutet dieser Bescheid für mich?"],
                     fr=["Explique-moi cette décision simplement.", "Qu'est-ce que ce courrier veut dire pour moi ?"],
                     it=["Spiegami questo provvedimento in parole semplici.", "Cosa significa questa lettera?"],
                     en=["Explain this letter to me in plain English.", "What does this decision mean for me?"])
        return wrap(ctx, body, reqs)
    # v == 3: a social worker's checklist and a chat with the client
    sw = ctx.person()
    lines = [ctx.ch([f"{ctx.L(de='Mutter', fr='Mère', it='Madre', en='Mum')}: {ctx.P(app)}, {ctx.D(b_app, 'num')}",
                     f"{ctx.P(app)} ({ctx.D(b_app, 'num')}), {ctx.L(de='Antragstellerin', fr='demandeuse', it='richiedente', en='claimant')}"])  # noqa: E501
             if app.g == "f" else
             f"{ctx.L(de='Vater', fr='Père', it='Padre', en='Dad')}: {ctx.P(app)}, {ctx.D(b_app, 'num')}"]
    if partner:
        bp = ctx.birth("parent")
        lines.append(ctx.ch([f"{ctx.P(partner)} (*{ctx.D(bp, 'num')})", f"{ctx.P(partner)}, {ctx.D(bp, 'num')}",
                             f"{ctx.P(partner)} – {ctx.D(bp, 'num')} – {ctx.age(bp)}"]))
    for k in kids:
        bk = ctx.birth("child")
        school = ctx.L(de=ctx.ch(["Kita", "Grundschule", f"{ctx.ri(1, 9)}. Klasse", "Hort"]),
                       fr=ctx.ch(["crèche", "maternelle", "CP", "CM1", "collège"]),
                       it=ctx.ch(["asilo nido", "scuola dell'infanzia", f"{ctx.ri(1, 5)}ª elementare", "medie"]),
                       en=ctx.ch(["nursery", f"Year {ctx.ri(1, 9)}", "primary", "reception"]))
        lines.append(ctx.ch([f"{ctx.P(k, 'first')} (*{ctx.D(bk, 'num')}), {school}",
                             f"{ctx.P(k)}, {ctx.D(bk, 'num')}, {school}",
                             f"{ctx.P(k, 'first')} {ctx.D(bk, 'num')} ({ctx.age(bk)}) – {school}"]))
    todo = ctx.L(de=["Mietvertrag + Nebenkostenabrechnung", "Geburtsurkunden", "Lohnabrechnungen 3 Monate",
                     "Kontoauszüge"],
                 fr=["bail + quittances", "livret de famille", "3 derniers bulletins de salaire", "RIB"],
                 it=["contratto di affitto", "ISEE aggiornato", "buste paga ultimi 3 mesi", "documento d'identità"],
                 en=["tenancy agreement", "birth certificates", "last 3 payslips", "bank statements"])
    notes = ctx.L(de=f"Notizen Beratung {ctx.numdate(ctx.today)} – {ben}\nHaushalt:\n",
                  fr=f"Notes entretien du {ctx.numdate(ctx.today)} – {ben}\nFoyer :\n",
                  it=f"Appunti colloquio {ctx.numdate(ctx.today)} – {ben}\nNucleo:\n",
                  en=f"Notes from appointment {ctx.numdate(ctx.today)} - {ben}\nHousehold:\n") + \
        "\n".join("- " + x for x in lines) + "\n" + ctx.L(de="Fehlt noch: ", fr="Manque : ", it="Manca: ",
                                                          en="Still missing: ") + ", ".join(ctx.rng.sample(todo, 2))
    snd_a = ctx.P(app, "first") if ctx.r() < 0.5 else ctx.T("mobile")
    snd_s = ctx.P(sw, "full")
    msgs = ctx.L(
        de=[(snd_a, f"hallo {title(ctx, sw).lower()} {ctx.P(sw, 'last')}, ich hab die geburtsurkunden fotografiert, "
                    f"soll ich die an {ctx.E(sw)} schicken?"),
            (snd_s, "Ja gern, und bitte auch die letzte Nebenkostenabrechnung."),
            (snd_a, f"ok. meine neue nummer ist übrigens {ctx.T('mobile')}, die alte ist weg")],
        fr=[(snd_a, f"bonjour {title(ctx, sw).lower()} {ctx.P(sw, 'last')}, j'ai pris en photo le livret de famille, "
                    f"je l'envoie à {ctx.E(sw)} ?"),
            (snd_s, "Oui parfait, et le dernier avis d'imposition aussi svp."),
            (snd_a, f"ok. au fait mon nouveau numéro c'est le {ctx.T('mobile')}")],
        it=[(snd_a, f"buongiorno {ctx.P(sw, 'first')}, ho fatto le foto dei documenti, li mando a {ctx.E(sw)}?"),
            (snd_s, "Sì grazie, e anche l'ISEE aggiornato."),
            (snd_a, f"ok. il mio nuovo numero è {ctx.T('mobile')}")],
        en=[(snd_a, f"hi {ctx.P(sw, 'first')} ive taken pics of the birth certs, shall i send them to {ctx.E(sw)}?"),
            (snd_s, "Yes please, and your last three payslips too."),
            (snd_a, f"ok will do. btw my new number is {ctx.T('mobile')}")])
    body = notes + "\n\n" + chat_render(ctx, msgs)
    reqs = ctx.L(de=["Schreib mir daraus eine Checkliste für den nächsten Termin.",
                     "Welche Leistungen könnten für diesen Haushalt noch in Frage kommen?"],
                 fr=["Fais-moi une check-list pour le prochain rendez-vous.",
                     "À quelles autres aides ce foyer pourrait-il avoir droit ?"],
                 it=["Fammi una checklist per il prossimo appuntamento.",
                     "A quali altri aiuti potrebbe avere diritto questa famiglia?"],
                 en=["Turn these notes into a checklist for the next appointment.",
                     "What other support might this household be entitled to?"])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 3: diving - dive centres, logbooks, liveaboards, dive clubs
# ---------------------------------------------------------------------------------------------------------------
def _cert(ctx: Ctx) -> str:
    return ctx.ch([f"PADI Open Water Diver #{ctx.digits(2)}{ctx.letters(1)}{ctx.digits(6)}",
                   f"PADI Advanced OWD #{ctx.digits(10)}", f"SSI Open Water #{ctx.digits(6)}-{ctx.digits(4)}",
                   f"CMAS ** {ctx.letters(1)}-{ctx.digits(2)}-{ctx.digits(5)}", f"BSAC Sports Diver {ctx.digits(6)}",
                   f"FFESSM Niveau 2 n° {ctx.digits(8)}", f"VDST CMAS* {ctx.digits(5)}", f"NAUI Scuba {ctx.digits(7)}"])


def _sites(ctx: Ctx) -> list[str]:
    return ["Blue Hole", "Elphinstone", "Ras Mohammed", "Thistlegorm", "Cap de Creus", "Port-Cros", "Lac de Neuchâtel",
            "Walensee", "Attersee", "Hemmoor", "Portofino - Cristo degli Abissi", "Secca di Capo Testa", "Ustica",
            "Farne Islands", "Scapa Flow", "Stoney Cove", "Poor Knights", "Julian Rocks", "Kilkee", "Dos Ojos"]


def medcert(ctx: Ctx, p: Person, b: dt.date, sport: str) -> str:
    """A doctor's fitness certificate (date of birth in legal/medical wording)."""
    doc_p = ctx.person()
    da = ctx.addr()
    day = ctx.soon(-40, -1)
    town = ctx.town()[1]
    t = title(ctx, p)
    return ctx.L(
        de=f"Ärztliche Bescheinigung ({sport})\n\n{t} {ctx.P(p)}, geb. {ctx.D(b)}, wurde am "
           f"{ctx.numdate(day)} von mir untersucht. Aus ärztlicher Sicht bestehen keine Bedenken. Nachuntersuchung in "
           f"12 Monaten.\n\nDr. med. {ctx.P(doc_p)}, {'Fachärztin' if doc_p.g == 'f' else 'Facharzt'} für "
           f"Allgemeinmedizin\n{ctx.A(da)} · Tel. "
           f"{ctx.T('land', da['area'])}",
        fr=f"Certificat médical de non contre-indication ({sport})\n\nJe soussigné(e), Dr {ctx.P(doc_p)}, certifie "
           f"avoir examiné ce jour {t} {ctx.P(p)}, {'née' if p.g == 'f' else 'né'} le {ctx.D(b, 'legal')}, et n'avoir "
           f"constaté aucune contre-indication.\n\nFait à {da['town']}, le {ctx.numdate(day)}\n{ctx.A(da)} – "
           f"{ctx.T('land', da['area'])}",
        it=f"CERTIFICATO DI IDONEITÀ ({sport})\n\nSi certifica che {'la Sig.ra' if p.g == 'f' else 'il Sig.'} "
           f"{ctx.P(p)}, {'nata' if p.g == 'f' else 'nato'} a {town} il {ctx.D(b)}, "
           f"{'sottoposta' if p.g == 'f' else 'sottoposto'} a visita "
           f"in data {ctx.numdate(day)}, non presenta controindicazioni. Il presente certificato ha validità annuale."
           f"\n\nDott. {ctx.P(doc_p)}\n{ctx.A(da)}\nTel. {ctx.T('land', da['area'])}",
        en=f"MEDICAL CERTIFICATE - {sport}\n\nI examined {ctx.P(p)} (DOB {ctx.D(b)}) on {ctx.numdate(day)} and found "
           f"no medical reason why they should not take part.\n\nDr {ctx.P(doc_p)}\n{ctx.A(da)}\n"
           f"{ctx.T('land', da['area'])}")


def g_diving(ctx: Ctx) -> str:
    v = ctx.i % 4
    centre = ctx.ch(["Blue Fin Divers", "Deep Blue Tauchbasis", "Centre de plongée Les Mérous",
                     "Diving Center Nautilus",
                     "Orca Dive Club", "Red Sea Explorer", "Tauchsport Seepferd", "Scuba Academy"])
    dom = org_domain(ctx, centre)
    if v == 0:
        divers = [ctx.person(), None]
        divers[1] = ctx.kin(divers[0]) if ctx.r() < 0.6 else ctx.person()
        blocks = []
        births = []
        for dv in divers:
            b = ctx.birth("adult")
            births.append(b)
            rel, rg = ctx.ch(ctx.L(de=[("Ehefrau", "f"), ("Mutter", "f"), ("Bruder", "m"), ("Partnerin", "f"),
                                       ("Vater", "m"), ("Ehemann", "m")],
                                   fr=[("épouse", "f"), ("mère", "f"), ("frère", "m"), ("compagnon", "m"),
                                       ("conjoint", "m"), ("sœur", "f")],
                                   it=[("moglie", "f"), ("madre", "f"), ("fratello", "m"), ("compagna", "f"),
                                       ("marito", "m")],
                                   en=[("wife", "f"), ("mum", "f"), ("brother", "m"), ("partner", "f"),
                                       ("husband", "m"), ("dad", "m")]))
            em_p = ctx.kin(dv, rg) if rel in ("Mutter", "Vater", "Bruder", "mère", "frère", "sœur", "madre",
                                              "fratello", "mum", "brother", "dad") else ctx.person(rg)
            home = ctx.addr()
            lab = ctx.L(de="Name|Geburtsdatum|Adresse|Telefon|E-Mail|Brevet|Anzahl TG|Letzter TG|Notfallkontakt",
                        fr="Nom|Date de naissance|Adresse|Téléphone|E-mail|Niveau|Nb plongées|Dernière plongée|"
                           "Personne à prévenir",
                        it="Nome|Data di nascita|Indirizzo|Telefono|E-mail|Brevetto|N. immersioni|Ultima immersione|"
                           "Contatto di emergenza",
                        en="Name|Date of birth|Address|Phone|Email|Certification|No. of dives|Last dive|"
                           "Emergency contact").split("|")
            nm = ctx.P(dv, ctx.ch(["full", "LAST First", "rev"]))
            vals = [nm, ctx.D(b, "num"), ctx.A(home), ctx.T(), ctx.E(dv), _cert(ctx), str(ctx.ri(8, 900)),
                    ctx.numdate(ctx.soon(-400, -20)), f"{ctx.P(em_p)} ({rel}) {ctx.T()}"]
            w = max(len(x) for x in lab) + 2
            blocks.append("\n".join(f"{ljust(k + ':', w)}{val}" for k, val in zip(lab, vals, strict=True)))
        doc_p = ctx.person()
        doc_addr = ctx.addr()
        q = ctx.L(
            de=["Asthma oder Atemwegserkrankungen", "Herz-Kreislauf-Erkrankungen", "Einnahme von Medikamenten",
                "Operationen in den letzten 12 Monaten"],
            fr=["Asthme ou maladie respiratoire", "Problèmes cardiaques", "Traitement médicamenteux en cours",
                "Opération dans les 12 derniers mois"],
            it=["Asma o problemi respiratori", "Problemi cardiaci", "Assunzione di farmaci",
                "Interventi chirurgici negli ultimi 12 mesi"],
            en=["Asthma or breathing problems", "Heart problems", "Currently taking medication",
                "Surgery in the last 12 months"])
        med = "\n".join(f"[{'X' if k == 2 else ' '}] {x}" for k, x in enumerate(q))
        doc_line = ctx.L(de=f"Hausarzt: Dr. {ctx.P(doc_p)}, {ctx.A(doc_addr)}, Tel. {ctx.T('land', doc_addr['area'])}",
                         fr=f"Médecin traitant : Dr {ctx.P(doc_p)}, {ctx.A(doc_addr)}, tél. "
                            f"{ctx.T('land', doc_addr['area'])}",
                         it=f"Medico curante: dott. {ctx.P(doc_p)}, {ctx.A(doc_addr)}, tel. "
                            f"{ctx.T('land', doc_addr['area'])}",
                         en=f"GP: Dr {ctx.P(doc_p)}, {ctx.A(doc_addr)}, tel {ctx.T('land', doc_addr['area'])}")
        head = ctx.L(de=f"{centre} – Anmeldung & Gesundheitserklärung", fr=f"{centre} – fiche d'inscription et "
                     f"questionnaire médical", it=f"{centre} – modulo di registrazione e questionario medico",
                     en=f"{centre} - diver registration & medical statement")
        body = f"{head}\n\n" + ctx.L(de="Taucher 1", fr="Plongeur 1", it="Sub 1", en="Diver 1") + "\n" + blocks[0] + \
            "\n\n" + ctx.L(de="Taucher 2", fr="Plongeur 2", it="Sub 2", en="Diver 2") + "\n" + blocks[1] + \
            "\n\n" + med + "\n" + doc_line + "\n" + ctx.L(de="Datum", fr="Date", it="Data", en="Date") + \
            f": {ctx.numdate(ctx.today)}"
        if ctx.r() < 0.5:
            body += "\n\n" + "-" * 30 + "\n" + medcert(ctx, divers[0], births[0], ctx.L(
                de="Tauchtauglichkeit", fr="plongée subaquatique", it="attività subacquea", en="scuba diving"))
        reqs = ctx.L(de=["Übersetz das Formular bitte ins Englische, die Basis ist in Ägypten.",
                         "Ist das so korrekt ausgefüllt? Muss ich wegen der Medikamente zum Arzt?"],
                     fr=["Traduis ce formulaire en anglais stp, le centre est en Égypte.",
                         "Est-ce que c'est bien rempli ? Faut-il un certificat médical à cause du traitement ?"],
                     it=["Traduci il modulo in inglese, il diving è in Egitto.",
                         "È compilato bene? Serve un certificato medico per i farmaci?"],
                     en=["Can you check I've filled this in correctly?",
                         "Do I need a doctor's sign-off because of the medication question?"])
        return wrap(ctx, body, reqs)
    if v == 1:
        me = ctx.person()
        b = ctx.birth("adult")
        instr = ctx.person()
        buddies = [ctx.person() for _ in range(3)]
        profile = {"diver": {"name": ctx.P(me), "birthdate": ctx.D(b, "json"), "email": ctx.E(me),
                             "phone": ctx.T(), "cert": _cert(ctx)}, "units": "metric"}
        header = ["#", "date", "site", "maxdepth_m", "duration_min", "buddy", "notes"]
        rows = []
        sites = _sites(ctx)
        for k in range(ctx.ri(5, 8)):
            dd = ctx.soon(-300, -2)
            bud = ctx.ch(buddies)
            style = ctx.ch(["full", "first", "full", "F. Last"])
            note = ctx.ch(["", "", "nudibranch!", "strong current", "vis 8m", "cold 14C", "night dive",
                           f"signed {ctx.P(instr, 'F. Last')} #{ctx.digits(6)}"])
            rows.append([str(100 + k), dd.isoformat(), ctx.ch(sites), f"{ctx.ri(8, 38)}.{ctx.ri(0, 9)}",
                         str(ctx.ri(28, 72)), ctx.P(bud, style), note])
        body = "profile.json\n" + jdump(profile) + "\n\ndives.csv\n" + csv_rows([header, *rows])
        reqs = ctx.L(de=["Mach mir eine Statistik: durchschnittliche Tiefe, Tauchzeit und mit wem ich am häufigsten "
                         "getaucht bin.", "Wandle das Logbuch in eine schöne Tabelle um."],
                     fr=["Fais-moi des stats : profondeur moyenne, durée, binôme le plus fréquent.",
                         "Transforme ce carnet en un joli tableau."],
                     it=["Fammi delle statistiche: profondità media, durata e compagno più frequente.",
                         "Trasforma il logbook in una tabella leggibile."],
                     en=["Give me stats from my logbook: average depth, bottom time, most frequent buddy.",
                         "Turn this export into a nice table."])
        return wrap(ctx, body, reqs)
    if v == 2:
        lead = ctx.person()
        pax = [lead] + [ctx.kin(lead) if ctx.r() < 0.4 else ctx.person() for _ in range(ctx.ri(1, 3))]
        agent = ctx.person()
        lines = []
        for p in pax:
            b = ctx.birth("adult")
            pp = f"{ctx.letters(1, 'CFGHJKLMNPRTVWXYZ')}{ctx.digits(8)}" if ctx.r() < 0.6 else \
                f"{ctx.letters(2)}{ctx.digits(7)}"
            lines.append(ctx.ch([f"{ctx.P(p, 'LAST First')}  {ctx.D(b, style='DD-MON-YYYY')}  PP {pp}",
                                 f"{ctx.P(p)}, {ctx.D(b, 'num')}, " + ctx.L(de="Pass", fr="passeport",
                                                                             it="passaporto", en="passport")
                                 + f" {pp}",
                                 f"{ctx.P(p, 'rev')} – {cue(ctx, p.g)} {ctx.D(b)} – {pp}"]))
        card = ctx.C()
        dep = ctx.soon(30, 150)
        lem = ctx.email(lead)
        aem = ctx.email(agent, dom)
        trip = ctx.ch(["Red Sea North 7N", "Brothers-Daedalus-Elphinstone", "Maldives Central 10N",
                       "Komodo liveaboard", "Sudan wrecks"])
        mail1 = ctx.L(
            de=f"{salute(ctx, agent)}\n\nhier wie besprochen die Daten für die Safari \"{trip}\" ab "
               f"{ctx.numdate(dep)}:\n\n" + "\n".join(lines) + f"\n\nDie Anzahlung bitte von meiner Kreditkarte "
               f"{card} abbuchen (gültig bis {ctx.ri(1, 12):02d}/{ctx.ri(26, 30)}). Rechnungsadresse: "
               f"{ctx.A(ctx.addr())}.\n\n{closing(ctx)}\n{ctx.P(lead)}\n{ctx.T()}",
            fr=f"{salute(ctx, agent)}\n\nvoici comme convenu les infos pour la croisière « {trip} » du "
               f"{ctx.numdate(dep)} :\n\n" + "\n".join(lines) + f"\n\nMerci de prélever l'acompte sur ma carte "
               f"{card} (exp. {ctx.ri(1, 12):02d}/{ctx.ri(26, 30)}). Adresse de facturation : {ctx.A(ctx.addr())}."
               f"\n\n{closing(ctx)}\n{ctx.P(lead)}\n{ctx.T()}",
            it=f"{salute(ctx, agent)}\n\necco i dati per la crociera \"{trip}\" del {ctx.numdate(dep)}:\n\n"
               + "\n".join(lines) + f"\n\nPer l'acconto potete addebitare la mia carta {card} (scad. "
               f"{ctx.ri(1, 12):02d}/{ctx.ri(26, 30)}). Indirizzo di fatturazione: {ctx.A(ctx.addr())}.\n\n"
               f"{closing(ctx)}\n{ctx.P(lead)}\n{ctx.T()}",
            en=f"{salute(ctx, agent)}\n\nas promised here are the details for the \"{trip}\" trip departing "
               f"{ctx.numdate(dep)}:\n\n" + "\n".join(lines) + f"\n\nPlease take the deposit from my card {card} "
               f"(exp {ctx.ri(1, 12):02d}/{ctx.ri(26, 30)}). Billing address: {ctx.A(ctx.addr())}.\n\n"
               f"{closing(ctx)}\n{ctx.P(lead)}\n{ctx.T()}")
        reply = ctx.L(
            de=f"{salute(ctx, lead, False)}\n\ndanke, alles angekommen. Buchungsnr. {ctx.letters(3)}-{ctx.digits(5)}."
               f" Bitte noch die Tauchversicherung nachreichen.\n\n{closing(ctx)}\n{ctx.P(agent)}\n{centre}\n"
               f"{ctx.T('land')}",
            fr=f"{salute(ctx, lead, False)}\n\nmerci, bien reçu. Réservation n° {ctx.letters(3)}-{ctx.digits(5)}. Il "
               f"nous manque encore l'attestation d'assurance.\n\n{closing(ctx)}\n{ctx.P(agent)}\n{centre}",
            it=f"{salute(ctx, lead, False)}\n\ngrazie, ricevuto tutto. Prenotazione n. {ctx.letters(3)}-"
               f"{ctx.digits(5)}. Manca solo l'assicurazione DAN.\n\n{closing(ctx)}\n{ctx.P(agent)}\n{centre}",
            en=f"{salute(ctx, lead, False)}\n\nthanks, all received. Booking ref {ctx.letters(3)}-{ctx.digits(5)}. "
               f"We still need your dive insurance details.\n\n{closing(ctx)}\n{ctx.P(agent)}\n{centre}")
        when = ctx.soon(-10, -1)
        body = mail_head(ctx, who(ctx, agent, mk("EMAIL", aem)), who(ctx, lead, mk("EMAIL", lem)),
                         f"Re: {trip}", when) + "\n\n" + reply + "\n\n" + quote_lines(
            quote_head(ctx, lead, mk("EMAIL", lem), when) + "\n" + mail1)
        reqs = ctx.L(de=["Hab ich etwas vergessen? Was muss ich noch schicken?",
                         "War es klug, die Kartennummer per Mail zu schicken? Was soll ich jetzt tun?"],
                     fr=["Est-ce que j'ai oublié quelque chose ?",
                         "C'était risqué d'envoyer mon numéro de carte par mail ? Que faire ?"],
                     it=["Ho dimenticato qualcosa?", "È stato rischioso mandare il numero della carta via mail?"],
                     en=["Have I missed anything they need?",
                         "Was it a bad idea to email my card number? What should I do now?"])
        return wrap(ctx, body, reqs)
    # v == 3: dive club chat with insurance details
    club = ctx.L(de=ctx.ch(["TC Barrakuda", "Tauchclub Neptun", "TSV Delphin, Tauchsparte"]),
                 fr=ctx.ch(["Club subaquatique Les Mérous", "CSP Neptune"]), it=ctx.ch(["Circolo Sub Tritone",
                                                                                         "ASD Sub Nettuno"]),
                 en=ctx.ch(["BSAC Branch 412", "Neptune Dive Club", "Harbour Divers"]))
    ms = [ctx.person() for _ in range(4)]
    snd = [ctx.P(m, ctx.ch(["full", "first", "first"])) if ctx.r() < 0.8 else ctx.T() for m in ms]
    a, b = ctx.person(), ctx.person()
    ba, bb = ctx.birth("adult"), ctx.birth("adult")
    meet = ctx.addr()
    msgs = ctx.L(
        de=[(snd[0], f"für die versicherung vom ausflug an den {ctx.ch(['Walensee', 'Attersee', 'Bodensee'])} brauch "
                     f"ich noch von {ctx.P(a, 'first')} und {ctx.P(b, 'first')} name + geburtsdatum"),
            (snd[1], f"{ctx.P(a, 'lower')} {ctx.D(ba, 'chat')}"),
            (snd[2], f"{ctx.P(b)}, {ctx.D(bb, 'chat')} – bin aber erst ab samstag dabei"),
            (snd[0], f"danke! abfahrt {ctx.time()} bei mir, {ctx.A(meet, 'street')}. wer flaschen braucht: "
                     f"füllstation hat {ctx.hotline()}"),
            (snd[3], f"überweis ich die {ctx.money(45)} wieder auf {ctx.IB()}?"),
            (snd[0], "jep, verwendungszweck \"ausflug\"")],
        fr=[(snd[0], f"pour l'assurance de la sortie il me manque le nom et la date de naissance de "
                     f"{ctx.P(a, 'first')} et {ctx.P(b, 'first')}"),
            (snd[1], f"{ctx.P(a, 'lower')} {ctx.D(ba, 'chat')}"),
            (snd[2], f"{ctx.P(b)}, {ctx.D(bb, 'chat')} – mais j'arrive que samedi"),
            (snd[0], f"merci ! départ {ctx.time()} chez moi, {ctx.A(meet, 'street')}"),
            (snd[3], f"je vire les {ctx.money(45)} sur le compte du club {ctx.IB()} ?"),
            (snd[0], "oui, avec \"sortie\" en libellé")],
        it=[(snd[0], f"per l'assicurazione dell'uscita mi servono nome e data di nascita di {ctx.P(a, 'first')} e "
                     f"{ctx.P(b, 'first')}"),
            (snd[1], f"{ctx.P(a, 'lower')} {ctx.D(ba, 'chat')}"),
            (snd[2], f"{ctx.P(b)}, {ctx.D(bb, 'chat')} – però arrivo sabato"),
            (snd[0], f"grazie! partenza alle {ctx.time()} da me, {ctx.A(meet, 'street')}"),
            (snd[3], f"faccio il bonifico di {ctx.money(45)} sul conto del circolo {ctx.IB()}?"),
            (snd[0], "sì, causale \"uscita\"")],
        en=[(snd[0], f"for the trip insurance i still need full name + dob for {ctx.P(a, 'first')} and "
                     f"{ctx.P(b, 'first')}"),
            (snd[1], f"{ctx.P(a, 'lower')} {ctx.D(ba, 'chat')}"),
            (snd[2], f"{ctx.P(b)}, {ctx.D(bb, 'chat')} - only joining from saturday tho"),
            (snd[0], f"cheers! leaving {ctx.time()} from mine, {ctx.A(meet, 'street')}"),
            (snd[3], f"shall i send the {ctx.money(45)} to the club account "
                     + (f"{ctx.IB()}?" if ctx.region in ("GB", "IE") else "again?")),
            (snd[0], "yep, reference \"trip\"")])
    body = f"{club}\n" + chat_render(ctx, msgs)
    reqs = ctx.L(de=["Mach mir aus dem Chat eine Teilnehmerliste für die Versicherung.",
                     "Fass zusammen, was noch offen ist."],
                 fr=["Fais-moi une liste des participants pour l'assurance.", "Résume ce qui reste à faire."],
                 it=["Fammi l'elenco partecipanti per l'assicurazione.", "Riassumi cosa manca ancora."],
                 en=["Make me a participant list for the insurer from this chat.", "What's still outstanding?"])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 4: fanclub - football season tickets, supporters' clubs and away trips
# ---------------------------------------------------------------------------------------------------------------
def _club(ctx: Ctx) -> str:
    return ctx.L(de=ctx.ch(["SV Rot-Weiß Hafenstadt", "1. FC Lindenau", "FC Alpenblick", "SK Donaustadt",
                            "FC Seefeld 04", "TSV Eichenried"]),
                 fr=ctx.ch(["AS Bellerive", "Olympique Saint-Amand", "FC Vallée", "US Riviera", "Racing Club Mosan"]),
                 it=ctx.ch(["US Borgorosso", "AC Valdarno", "FC Lagunari", "Polisportiva Aurora", "SS Castelverde"]),
                 en=ctx.ch(["Harbourside FC", "Northfield United", "Ballymore Rovers", "Springfield Athletic",
                            "Riverside City FC"]))


def g_fanclub(ctx: Ctx) -> str:
    v = ctx.i % 4
    club = _club(ctx)
    dom = org_domain(ctx, club)
    if v == 0:
        head = ctx.L(de="KundenNr;Anrede;Vorname;Nachname;Geburtsdatum;Strasse;PLZ;Ort;E-Mail;Mobil;Block;Reihe;"
                        "Platz;Tarif;IBAN",
                     fr="N° client;Civilité;Prénom;Nom;Date de naissance;Adresse;CP;Ville;E-mail;Mobile;Tribune;"
                        "Rang;Place;Tarif;IBAN",
                     it="Cod. cliente;Titolo;Nome;Cognome;Data nascita;Indirizzo;CAP;Città;E-mail;Cellulare;Settore;"
                        "Fila;Posto;Tariffa;IBAN",
                     en="CustomerID;Title;First name;Last name;DOB;Address 1;Postcode;Town;Email;Mobile;Block;Row;"
                        "Seat;Price band;IBAN").split(";")
        has_iban = ctx.region not in ("US", "CA", "AU", "NZ")
        if not has_iban:
            head[-1] = "Payment"
        rows = []
        for _ in range(ctx.ri(6, 10)):
            p = ctx.person()
            kind = ctx.ch(["adult", "adult", "teen", "senior", "child"])
            b = ctx.birth(kind)
            a = ctx.addr()
            band = ctx.L(de={"adult": "Vollzahler", "teen": "Jugend", "senior": "Senior", "child": "Kind"}[kind],
                         fr={"adult": "Plein", "teen": "Jeune", "senior": "Senior", "child": "Enfant"}[kind],
                         it={"adult": "Intero", "teen": "Under 18", "senior": "Over 65", "child": "Under 12"}[kind],
                         en={"adult": "Adult", "teen": "Junior", "senior": "Concession", "child": "Under-12"}[kind])
            rows.append([str(ctx.ri(100000, 999999)), title(ctx, p), ctx.P(p, "first"), ctx.P(p, "last"),
                         ctx.D(b, style=ctx.ch(["dd.mm.yyyy", "iso"]) if ctx.lang == "de" else None)
                         if ctx.r() < 0.95 else "", ctx.A(a, "street"), a["pc"], a["town"],
                         ctx.E(p) if ctx.r() < 0.85 else "", ctx.T() if ctx.r() < 0.9 else "",
                         ctx.ch("ABCDEFGHKLMN") + str(ctx.ri(1, 9)), str(ctx.ri(1, 30)), str(ctx.ri(1, 40)), band,
                         ctx.IB(grouped=False) if has_iban else ctx.ch(["card on file", "cash", "monthly plan"])])
        if ctx.r() < 0.45:
            head.append(ctx.L(de="Letzter Login IP", fr="Dernière IP", it="Ultimo IP", en="Last login IP"))
            for row in rows:
                row.append(ctx.N() if ctx.r() < 0.7 else "")
        sep = ctx.ch([";", ",", "\t"])
        body = f"export_dauerkarten_{ctx.today.year}.csv\n" if ctx.lang == "de" else ""
        body += csv_rows([head, *rows], sep)
        reqs = ctx.L(de=["Welche Dauerkarteninhaber haben den falschen Tarif (Jugend bis 18, Senior ab 65)?",
                         "Such mir Dubletten und fehlende Angaben in dem Export."],
                     fr=["Quels abonnés ont un tarif incohérent avec leur âge (jeune < 18, senior > 65) ?",
                         "Repère les doublons et les champs manquants dans cet export."],
                     it=["Quali abbonati hanno una tariffa non coerente con l'età?",
                         "Trova duplicati e campi mancanti in questo export."],
                     en=["Which season-ticket holders are on the wrong price band for their age?",
                         "Find duplicates and missing fields in this export."])
        return wrap(ctx, body, reqs)
    if v == 1:
        fc = ctx.L(de=ctx.ch(["Fanclub Nordkurve Ultras '98", "Fanclub Rot-Weiße Jungs", "OFC Die Treuen"]),
                   fr=ctx.ch(["Club des supporters Les Irréductibles", "Kop Nord 1994"]),
                   it=ctx.ch(["Club Biancorossi Sempre", "Curva Sud 1981", "Club Amici del Borgo"]),
                   en=ctx.ch(["Northfield Supporters' Club", "Ballymore Exiles", "The Riverside Faithful"]))
        p = ctx.person()
        b = ctx.birth("young")
        home = ctx.addr()
        rec = ctx.person()
        lab = ctx.L(de="Vorname|Nachname|Geburtsdatum|Straße, Hausnr.|PLZ, Ort|Handy|E-Mail|Dauerkarte|geworben von",
                    fr="Prénom|Nom|Né(e) le|Adresse|CP, Ville|Portable|E-mail|Abonnement|Parrain",
                    it="Nome|Cognome|Nato/a il|Via e n.|CAP e città|Cellulare|E-mail|Abbonamento|Presentato da",
                    en="First name|Surname|Date of birth|Address|Town & postcode|Mobile|Email|Season ticket|"
                       "Proposed by").split("|")
        vals = [ctx.P(p, "first"), ctx.P(p, "last"), ctx.D(b, "num"), ctx.A(home, "street"), ctx.A(home, "line2"),
                ctx.T(), ctx.E(p), ctx.L(de=ctx.ch(["ja, Block " + ctx.ch("ABCD"), "nein"]), fr=ctx.ch(["oui", "non"]),
                                         it=ctx.ch(["sì, curva", "no"]), en=ctx.ch(["yes, block " + ctx.ch("ABCD"),
                                                                                     "no"])), ctx.P(rec)]
        form = ctx.L(de="AUFNAHMEANTRAG", fr="DEMANDE D'ADHÉSION", it="DOMANDA DI ISCRIZIONE",
                     en="MEMBERSHIP APPLICATION") + f" – {fc}\n" + "\n".join(
            f"{k}: {val}" for k, val in zip(lab, vals, strict=True))
        head = ctx.L(de=["Name", "Geb.", "Mitglied seit", "DK-Nr."], fr=["Nom", "Naissance", "Membre depuis", "Abo"],
                     it=["Nome", "Nascita", "Socio dal", "Abbonamento"],
                     en=["Name", "Born", "Member since", "ST no."])
        rows = []
        for _ in range(ctx.ri(4, 7)):
            m = ctx.person()
            rows.append([ctx.P(m, ctx.ch(["full", "rev", "LAST First"])), ctx.D(ctx.birth("adult"), "num"),
                         str(ctx.ri(1995, ctx.today.year)), f"{ctx.digits(2)}-{ctx.digits(5)}"])
        listing = ctx.L(de="Mitgliederliste (Auszug)", fr="Liste des membres (extrait)", it="Elenco soci (estratto)",
                        en="Members list (extract)") + "\n" + any_table(ctx, head, rows, "md mda fixed pipe")
        body = form + "\n\n" + listing
        reqs = ctx.L(de=["Trag den neuen Antrag in die Mitgliederliste ein und sortier nach Eintrittsjahr.",
                         "Schreib eine Willkommensmail an das neue Mitglied."],
                     fr=["Ajoute la nouvelle demande à la liste et trie par année d'adhésion.",
                         "Rédige un mail de bienvenue au nouveau membre."],
                     it=["Aggiungi il nuovo socio all'elenco e ordina per anno di iscrizione.",
                         "Scrivi una mail di benvenuto al nuovo socio."],
                     en=["Add the new application to the members list, sorted by year joined.",
                         "Write a welcome email to the new member."])
        return wrap(ctx, body, reqs)
    if v == 2:
        holder = ctx.person()
        rel, rg, related = ctx.ch(ctx.L(
            de=[("meinen Schwager", "m", True), ("einen Arbeitskollegen", "m", False), ("meinen Nachbarn", "m", False),
                ("meine Schwester", "f", True), ("eine Kollegin", "f", False)],
            fr=[("mon beau-frère", "m", True), ("un collègue", "m", False), ("ma sœur", "f", True),
                ("ma voisine", "f", False)],
            it=[("mio cognato", "m", True), ("un collega", "m", False), ("mia sorella", "f", True),
                ("la mia vicina", "f", False)],
            en=[("my brother-in-law", "m", False), ("a mate from work", "m", False), ("my sister", "f", True),
                ("my neighbour", "f", False)]))
        new = ctx.kin(holder, rg) if related else ctx.person(rg)
        bn = ctx.birth("adult")
        hb = ctx.birth("adult")
        agent = ctx.person()
        hem = ctx.email(holder)
        match = ctx.soon(3, 20)
        tno = f"{ctx.digits(4)} {ctx.digits(4)} {ctx.digits(4)}"
        ask = ctx.L(
            de=f"Hallo,\n\nich kann am {ctx.numdate(match)} leider nicht ins Stadion und möchte meine Dauerkarte "
               f"(Nr. {tno}) für das Spiel an {rel} übertragen:\n\n{ctx.P(new)}\ngeb. {ctx.D(bn)}\n"
               f"{ctx.A(ctx.addr())}\n\nMeine Daten zur Kontrolle: {ctx.P(holder)}, {ctx.D(hb, 'num')}, Kundennummer "
               f"{ctx.digits(6)}.\n\n{closing(ctx, False)}\n{ctx.P(holder, 'first')}",
            fr=f"Bonjour,\n\nje ne pourrai pas venir au match du {ctx.numdate(match)} et je souhaite transférer mon "
               f"abonnement (n° {tno}) à {rel} :\n\n{ctx.P(new)}\n{cue(ctx, new.g)} {ctx.D(bn)}\n{ctx.A(ctx.addr())}"
               f"\n\nPour vérification : {ctx.P(holder)}, {ctx.D(hb, 'num')}, client n° {ctx.digits(6)}.\n\n"
               f"{closing(ctx)}\n{ctx.P(holder)}",
            it=f"Buongiorno,\n\nnon potrò essere allo stadio il {ctx.numdate(match)} e vorrei cedere l'abbonamento "
               f"(n. {tno}) a {rel}:\n\n{ctx.P(new)}\n{cue(ctx, new.g)} {ctx.D(bn)}\n{ctx.A(ctx.addr())}\n\n"
               f"I miei dati: {ctx.P(holder)}, {ctx.D(hb, 'num')}, codice cliente {ctx.digits(6)}.\n\n"
               f"{closing(ctx)}\n{ctx.P(holder)}",
            en=f"Hi,\n\nI can't make the game on {ctx.numdate(match)} and want to transfer my season ticket "
               f"({tno}) to {rel}:\n\n{ctx.P(new)}\nDOB {ctx.D(bn)}\n{ctx.A(ctx.addr())}\n\nMy details for "
               f"security: {ctx.P(holder)}, {ctx.D(hb, 'num')}, customer no {ctx.digits(6)}.\n\n{closing(ctx)}\n"
               f"{ctx.P(holder, 'first')}")
        if ctx.r() < 0.35:
            ask += "\n\n" + ctx.L(de=f"PS: Die Umschreibegebühr könnt ihr von meiner Karte {ctx.C()} abbuchen.",
                                  fr=f"PS : vous pouvez débiter les frais sur ma carte {ctx.C()}.",
                                  it=f"PS: potete addebitare i costi sulla mia carta {ctx.C()}.",
                                  en=f"PS you can take the admin fee from my card {ctx.C()}.")
        reply = ctx.L(
            de=f"{salute(ctx, holder)}\n\ndie Weitergabe ist über die Ticketbörse möglich; eine Umschreibung per Mail "
               f"können wir leider nicht vornehmen. Bei Fragen: Ticket-Hotline {ctx.hotline()}.\n\n{closing(ctx)}\n"
               f"{ctx.P(agent)}\nTicketing {club}",
            fr=f"{salute(ctx, holder)}\n\nle transfert se fait uniquement via la bourse aux billets en ligne. "
               f"Service billetterie : {ctx.hotline()}.\n\n{closing(ctx)}\n{ctx.P(agent)}\nBilletterie {club}",
            it=f"{salute(ctx, holder)}\n\nil cambio nominativo si effettua solo online tramite la piattaforma "
               f"ufficiale. Assistenza: {ctx.hotline()}.\n\n{closing(ctx)}\n{ctx.P(agent)}\nBiglietteria {club}",
            en=f"{salute(ctx, holder)}\n\nticket transfers have to be done through the official ticket exchange. "
               f"Box office: {ctx.hotline()}.\n\n{closing(ctx)}\n{ctx.P(agent)}\nTicket Office, {club}")
        tmail = role_mail(ctx, dom, ctx.ch(["ticketing", "tickets", "billetterie", "biglietteria", "boxoffice"]))
        when = ctx.soon(-5, -1)
        body = mail_head(ctx, tmail, who(ctx, holder, mk("EMAIL", hem)), "AW: Dauerkarte" if ctx.lang == "de" else
                         "RE: " + ctx.L(de="", fr="abonnement", it="abbonamento", en="season ticket"), when) + \
            "\n\n" + reply + "\n\n" + quote_lines(quote_head(ctx, holder, mk("EMAIL", hem), when) + "\n" + ask)
        reqs = ctx.L(de=["Wie funktioniert das jetzt mit der Ticketbörse? Schreib mir eine kurze Anleitung.",
                         "Formulier eine Antwort, dass ich das online nicht hinbekomme."],
                     fr=["Comment ça marche la bourse aux billets ? Explique-moi.",
                         "Aide-moi à répondre que je n'y arrive pas en ligne."],
                     it=["Come funziona il cambio nominativo online? Spiegamelo.",
                         "Aiutami a rispondere che online non ci riesco."],
                     en=["How do I do this on the ticket exchange? Step by step please.",
                         "Help me reply that the online exchange isn't working for me."])
        return wrap(ctx, body, reqs)
    # v == 3: away trip sign-up chat
    org = ctx.person()
    ppl = [ctx.person() for _ in range(5)]
    snd = [ctx.P(p, ctx.ch(["first", "full", "firstlow"])) if ctx.r() < 0.75 else ctx.T() for p in ppl]
    so = ctx.P(org, "full")
    cup = ctx.ch(["Conference League", "Europa League", "UEFA Youth League"])
    entries = []
    for k, p in enumerate(ppl[:4]):
        b = ctx.birth("adult")
        style = ctx.ch(["full", "lower", "rev", "CAPS"])
        entries.append((snd[k], f"{ctx.P(p, style)} {ctx.D(b, 'chat')}" if ctx.r() < 0.6 else
                        f"{ctx.P(p, style)}, {ctx.D(b, 'chat')}, " + ctx.L(de="perso", fr="CNI", it="CI",
                                                                             en="passport") + " ok"))
    iban = ctx.IB() if ctx.region not in ("US", "CA", "AU", "NZ") else ""
    msgs = ctx.L(
        de=[(so, f"auswärts in der {cup}: für die tickets braucht der verein von jedem vollen namen + "
                 f"geburtsdatum, bitte hier rein bis freitag!")] + entries + [
            (snd[4], f"ich + meine freundin, schreib ich dir privat. meine nr falls was ist: {ctx.T()}"),
            (so, f"bus kostet {ctx.money(65)}, bitte an {iban or 'mich'} mit betreff 'auswärts'. abfahrt "
                 f"{ctx.time()} am {ctx.ch(['bahnhof', 'stadion parkplatz P3', 'vereinsheim'])}")],
        fr=[(so, f"déplacement en {cup} : le club veut nom complet + date de naissance de chacun pour les billets, "
                 f"répondez ici avant vendredi !")] + entries + [
            (snd[4], f"moi + ma copine, je t'envoie en privé. mon num si besoin : {ctx.T()}"),
            (so, f"le bus c'est {ctx.money(65)}, virement à {iban or 'moi'} avec 'déplacement'. départ {ctx.time()}")],
        it=[(so, f"trasferta di {cup}: per i biglietti servono nome completo e data di nascita di tutti, scrivete "
                 f"qui entro venerdì!")] + entries + [
            (snd[4], f"io + la mia ragazza, ti scrivo in privato. il mio numero: {ctx.T()}"),
            (so, f"il pullman costa {ctx.money(65)}, bonifico a {iban or 'me'} causale 'trasferta'. partenza "
                 f"{ctx.time()}")],
        en=[(so, f"away trip, {cup}: club needs full name + date of birth for everyone for the tickets, stick them "
                 f"in here by friday!")] + entries + [
            (snd[4], f"me + my girlfriend, i'll dm you. my number if anything: {ctx.T()}"),
            (so, f"coach is {ctx.money(65)}, send to {iban or 'me'} ref 'away'. leaving {ctx.time()} from the "
                 f"ground")])
    body = chat_render(ctx, msgs)
    reqs = ctx.L(de=["Mach mir aus dem Chat eine saubere Liste (Name, Geburtsdatum) für den Verein.",
                     "Wer fehlt noch bzw. hat keine vollständigen Angaben gemacht?"],
                 fr=["Fais-moi une liste propre (nom, date de naissance) pour le club.",
                     "Qui n'a pas encore donné toutes ses infos ?"],
                 it=["Fammi un elenco pulito (nome, data di nascita) da mandare alla società.",
                     "Chi non ha ancora mandato tutti i dati?"],
                 en=["Make a clean list (name, DOB) from this chat to send to the club.",
                     "Who still hasn't given full details?"])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 5: breakdown - roadside assistance and towing
# ---------------------------------------------------------------------------------------------------------------
def _autoclub(ctx: Ctx) -> str:
    return {"DE": "ADAC", "AT": "ÖAMTC", "CH": "TCS", "FR": ctx.ch(["Mondial Assistance", "Europ Assistance"]),
            "BE": "Touring", "CA": "CAA", "IT": "ACI Global", "GB": ctx.ch(["RAC", "The AA", "Green Flag"]),
            "US": "AAA", "IE": "AA Ireland", "AU": ctx.ch(["NRMA", "RACV", "RACQ"]), "NZ": "AA Roadservice"}[
        ctx.region]


def _plate(ctx: Ctx) -> str:
    d, le = ctx.digits, ctx.letters
    return {"DE": f"{ctx.ch(['M', 'HH', 'B', 'K', 'S', 'F', 'HD', 'LA', 'KI'])}-{le(2)} {ctx.ri(1, 9999)}",
            "AT": f"{ctx.ch(['W', 'G', 'L', 'S', 'I', 'K'])}-{ctx.ri(100, 99999)} {le(1)}",
            "CH": f"{ctx.ch(['ZH', 'BE', 'LU', 'VD', 'GE', 'TI', 'SG', 'FR', 'NE'])} {ctx.ri(1000, 999999)}",
            "FR": f"{le(2)}-{d(3)}-{le(2)}", "BE": f"{ctx.ri(1, 2)}-{le(3)}-{d(3)}", "IT": f"{le(2)} {d(3)}{le(2)}",
            "GB": f"{le(2)}{d(2)} {le(3)}", "US": f"{d(1)}{le(3)}{d(3)}", "IE": f"{ctx.ri(12, 25)}-"
            f"{ctx.ch(['D', 'C', 'G', 'L', 'KY', 'WX'])}-{ctx.ri(100, 99999)}", "AU": f"{d(1)}{le(2)}{d(1)} {le(2)}",
            "NZ": f"{le(3)}{d(3)}", "CA": f"{le(1)}{d(2)} {le(3)}"}[ctx.region]


def _car(ctx: Ctx) -> str:
    return ctx.ch(["VW Golf VII", "Skoda Octavia Combi", "Renault Clio IV", "Peugeot 308 SW", "Fiat Panda 1.2",
                   "Toyota Yaris Hybrid", "Ford Focus", "Opel Astra K", "BMW 320d Touring", "Dacia Duster",
                   "Tesla Model 3", "Honda Civic", "Hyundai i30", "Citroën C3", "Volvo XC60"])


def _tow(ctx: Ctx) -> str:
    return ctx.L(de=ctx.ch(["Abschleppdienst A7-Süd GmbH", "Autohilfe Express", "Pannen- und Bergedienst Alpenland"]),
                 fr=ctx.ch(["Dépannage 24 Sud", "Remorquage Express", "Garage du Carrefour – Dépannage"]),
                 it=ctx.ch(["Soccorso Stradale Rapido srl", "Autosoccorso H24", "Carro Attrezzi Valpadana"]),
                 en=ctx.ch(["Swift Recovery Ltd", "Roadside Rescue & Towing", "County Breakdown Services"]))


def _place(ctx: Ctx) -> str:
    return {"DE": f"A{ctx.ch(['7', '3', '9', '1', '8'])} Ri. {ctx.ch(['Hamburg', 'München', 'Köln', 'Basel'])}, "
                  f"km {ctx.ri(10, 700)},{ctx.ri(0, 9)}",
            "AT": f"A{ctx.ch(['1', '2', '10', '12'])} Richtungsfahrbahn {ctx.ch(['Wien', 'Salzburg', 'Villach'])}, "
                  f"km {ctx.ri(5, 300)}",
            "CH": f"A{ctx.ch(['1', '2', '13'])} Höhe Ausfahrt {ctx.ch(['Würenlos', 'Sursee', 'Bellinzona Nord'])}"
                  if ctx.lang == "de" else f"A{ctx.ch(['1', '9', '2'])} sortie {ctx.ch(['Morges', 'Vevey', 'Lugano'])}",
            "FR": f"A{ctx.ch(['6', '7', '10', '13', '43'])} sens {ctx.ch(['Paris-Lyon', 'Lyon-Marseille', 'Paris'])},"
                  f" PR {ctx.ri(10, 400)}",
            "BE": f"E{ctx.ch(['411', '40', '19', '42'])} direction {ctx.ch(['Namur', 'Liège', 'Bruxelles'])}, "
                  f"borne {ctx.ri(5, 150)}",
            "IT": f"A{ctx.ch(['1', '4', '14', '22'])} dir. {ctx.ch(['Milano', 'Bologna', 'Brennero'])}, km "
                  f"{ctx.ri(10, 700)}+{ctx.ri(100, 900)}",
            "GB": f"M{ctx.ch(['1', '6', '25', '4', '5'])} {ctx.ch(['northbound', 'southbound'])} between J"
                  f"{ctx.ri(2, 20)} and J{ctx.ri(21, 30)}",
            "US": f"I-{ctx.ch(['95', '90', '5', '80', '10'])} {ctx.ch(['NB', 'SB', 'EB', 'WB'])} near exit "
                  f"{ctx.ri(10, 300)}",
            "IE": f"M{ctx.ch(['50', '7', '8', '6'])} near junction {ctx.ri(2, 20)}",
            "AU": f"{ctx.ch(['Hume Hwy', 'Pacific Mwy', 'M1'])} {ctx.ch(['northbound', 'southbound'])}",
            "NZ": f"SH{ctx.ch(['1', '2', '3'])} near {ctx.ch(['Taupō', 'Bombay', 'Kaikōura'])}",
            "CA": f"Autoroute {ctx.ch(['20', '40', '15'])}, sortie {ctx.ri(10, 200)}" if ctx.lang == "fr"
            else f"Hwy {ctx.ch(['401', '1', '16'])} EB near exit {ctx.ri(10, 500)}"}[ctx.region]


def _latlng(ctx: Ctx) -> tuple[float, float]:
    lat0, lng0 = {"DE": (48, 8), "AT": (47, 13), "CH": (46.5, 7.5), "FR": (45, 2), "BE": (50.3, 4.5), "IT": (42, 12),
                  "GB": (52, -1.5), "IE": (53, -8), "US": (39, -95), "CA": (45.5, -74), "AU": (-33, 149),
                  "NZ": (-38, 175.5)}[ctx.region]
    return round(lat0 + ctx.r() * 2 - 1, 5), round(lng0 + ctx.r() * 3 - 1.5, 5)


def g_breakdown(ctx: Ctx) -> str:
    v = ctx.i % 4
    club = _autoclub(ctx)
    tow = _tow(ctx)
    if v == 0:
        mem = ctx.person()
        b = ctx.birth("adult")
        drv = ctx.person()
        garage = ctx.addr()
        gname = ctx.L(de=ctx.ch(["Autohaus am Ring", "Kfz-Meisterbetrieb Motorwelt", "Werkstatt Süd"]),
                      fr=ctx.ch(["Garage du Centre", "Garage des Alpes", "Auto Service Plus"]),
                      it=ctx.ch(["Officina Autorapida", "Autofficina del Ponte", "Centro Revisioni Sud"]),
                      en=ctx.ch(["Ringway Motors", "Central Garage", "Autocare Centre"]))
        t0 = ctx.ri(6, 21)
        lab = ctx.L(de="Einsatz-Nr.|Datum|Mitglied|Mitgliedsnr.|Geburtsdatum (Verifizierung)|Rückrufnummer|"
                       "Fahrzeug|Kennzeichen|Standort|Schaden|Abschleppziel|Pannenhelfer",
                    fr="N° d'intervention|Date|Sociétaire|N° contrat|Date de naissance (vérif.)|Rappel|Véhicule|"
                       "Immatriculation|Lieu|Panne|Remorquage vers|Dépanneur",
                    it="N. intervento|Data|Socio|Tessera n.|Data di nascita (verifica)|Richiamare al|Veicolo|Targa|"
                       "Posizione|Guasto|Destinazione traino|Operatore",
                    en="Job no.|Date|Member|Membership no.|DOB (ID check)|Callback|Vehicle|Reg|Location|Fault|"
                       "Tow to|Patrol").split("|")
        fault = ctx.L(de=ctx.ch(["Batterie leer", "Reifenpanne hinten links", "Motor geht aus, Warnleuchte",
                                 "Kupplung defekt"]),
                      fr=ctx.ch(["batterie à plat", "crevaison AR gauche", "moteur qui cale, voyant allumé"]),
                      it=ctx.ch(["batteria scarica", "foratura posteriore sx", "motore si spegne, spia accesa"]),
                      en=ctx.ch(["flat battery", "puncture rear nearside", "engine cutting out, warning light",
                                 "clutch gone"]))
        vals = [f"{ctx.letters(1)}{ctx.digits(8)}", f"{ctx.numdate(ctx.today)} {t0:02d}:{ctx.ri(0, 59):02d}",
                ctx.P(mem, ctx.ch(["rev", "LAST First", "full"])), ctx.digits(9) if ctx.r() < 0.6 else
                f"{ctx.digits(3)} {ctx.digits(3)} {ctx.digits(3)}", ctx.D(b, "num"), ctx.T(), _car(ctx), _plate(ctx),
                _place(ctx), fault, f"{gname}, {ctx.A(garage)}, {ctx.T('land', garage['area'])}",
                ctx.P(drv, ctx.ch(["full", "F. Last", "first"])) + f" ({ctx.letters(2)}-{ctx.digits(3)})"]
        w = max(len(x) for x in lab) + 1
        head = "\n".join(f"{ljust(k + ':', w)} {val}" for k, val in zip(lab, vals, strict=True))
        log = ctx.L(
            de=[f"{t0:02d}:{ctx.ri(0, 9):02d} Anruf Mitglied, Fahrzeug auf Standstreifen, 2 Pers. + Hund",
                f"{t0:02d}:{ctx.ri(10, 19):02d} Rückruf {ctx.P(mem, 'last')}: Warndreieck aufgestellt",
                f"{t0:02d}:{ctx.ri(20, 40):02d} {ctx.P(drv, 'first')} vor Ort, Weiterfahrt nicht möglich",
                f"{t0 + 1:02d}:{ctx.ri(0, 30):02d} Abschleppung beauftragt ({tow}), Werkstatt informiert"],
            fr=[f"{t0:02d}h{ctx.ri(0, 9):02d} appel sociétaire, véhicule sur BAU, 2 pers.",
                f"{t0:02d}h{ctx.ri(10, 19):02d} rappel {ctx.P(mem, 'last')} : triangle posé",
                f"{t0:02d}h{ctx.ri(20, 40):02d} {ctx.P(drv, 'first')} sur place, réparation impossible",
                f"{t0 + 1:02d}h{ctx.ri(0, 30):02d} remorquage commandé ({tow})"],
            it=[f"{t0:02d}:{ctx.ri(0, 9):02d} chiamata socio, veicolo in corsia di emergenza, 2 persone",
                f"{t0:02d}:{ctx.ri(10, 19):02d} richiamato {ctx.P(mem, 'last')}: triangolo posizionato",
                f"{t0:02d}:{ctx.ri(20, 40):02d} {ctx.P(drv, 'first')} sul posto, non ripartibile",
                f"{t0 + 1:02d}:{ctx.ri(0, 30):02d} disposto traino ({tow})"],
            en=[f"{t0:02d}:{ctx.ri(0, 9):02d} member called, car on hard shoulder, 2 adults + dog",
                f"{t0:02d}:{ctx.ri(10, 19):02d} called back {ctx.P(mem, 'last')}: hazard lights on, out of vehicle",
                f"{t0:02d}:{ctx.ri(20, 40):02d} {ctx.P(drv, 'first')} on scene, not repairable at roadside",
                f"{t0 + 1:02d}:{ctx.ri(0, 30):02d} recovery booked ({tow})"])
        body = f"{club} – " + ctx.L(de="Einsatzprotokoll", fr="fiche d'intervention", it="scheda intervento",
                                    en="job sheet") + "\n\n" + head + "\n\n" + "\n".join(log)
        reqs = ctx.L(de=["Formulier daraus einen Bericht für die Kaskoversicherung.",
                         "Fass den Einsatz in drei Sätzen zusammen."],
                     fr=["Rédige un compte rendu pour l'assurance à partir de cette fiche.",
                         "Résume l'intervention en trois phrases."],
                     it=["Scrivi un resoconto per l'assicurazione partendo da questa scheda.",
                         "Riassumi l'intervento in tre frasi."],
                     en=["Write this up as a summary for my insurer.", "Summarise this job in three sentences."])
        return wrap(ctx, body, reqs)
    if v == 1:
        cust = ctx.person()
        home = ctx.addr()
        comp = ctx.addr()
        inv = f"{ctx.today.year}-{ctx.digits(5)}"
        items = ctx.L(de=[("Anfahrt", 89), ("Abschleppen bis 20 km", 165), ("Nachtzuschlag", 60),
                          ("Standgebühr 3 Tage", 45), ("Bergung Böschung", 120)],
                      fr=[("Déplacement", 95), ("Remorquage jusqu'à 20 km", 180), ("Majoration nuit", 55),
                          ("Gardiennage 3 jours", 36), ("Treuillage", 110)],
                      it=[("Uscita", 90), ("Traino fino a 20 km", 170), ("Maggiorazione notturna", 60),
                          ("Custodia 3 giorni", 45), ("Recupero fuori strada", 120)],
                      en=[("Call-out", 95), ("Tow up to 20 miles", 175), ("Night surcharge", 60),
                          ("Storage 3 days", 45), ("Winching", 120)])
        sel = items[:3] + ([items[3]] if ctx.r() < 0.5 else []) + ([items[4]] if ctx.r() < 0.4 else [])
        total = sum(x[1] for x in sel)
        lines = "\n".join(f"{ljust(n, 30)}{rjust(ctx.money(a), 14)}" for n, a in sel)
        pay_card = ctx.r() < 0.45
        pay = ctx.L(de="Bezahlt mit Karte", fr="Réglé par carte", it="Pagato con carta", en="Paid by card") + \
            (f" {ctx.C()}" if pay_card else f" **** **** **** {ctx.digits(4)}")
        bank = ctx.L(de="Bankverbindung", fr="Coordonnées bancaires", it="Coordinate bancarie", en="Bank details")
        iban = f"{bank}: {ctx.IB()}" if ctx.region not in ("US", "CA", "AU", "NZ") else \
            f"ABN {ctx.digits(2)} {ctx.digits(3)} {ctx.digits(3)} {ctx.digits(3)}" if ctx.region == "AU" else ""
        owner = ctx.person()
        body = ctx.L(
            de=f"{tow}\nInh. {ctx.P(owner)}\n{ctx.A(comp, 'one')}\nTel. {ctx.T('land', comp['area'])} · "
               f"24h-Notruf {ctx.T('mobile')}\n\n{title(ctx, cust)} {ctx.P(cust)}\n{ctx.A(home, 'street')}\n"
               f"{ctx.A(home, 'line2')}\n\nRECHNUNG Nr. {inv}          Datum: {ctx.numdate(ctx.today)}\n"
               f"Fahrzeug: {_car(ctx)}, {_plate(ctx)}\n\n{lines}\n{'-' * 44}\n{ljust('Gesamt', 30)}"
               f"{rjust(ctx.money(total), 14)}\n\n{pay}\n{iban}",
            fr=f"{tow}\n{ctx.A(comp, 'one')}\nTél. {ctx.T('land', comp['area'])} – urgence 24/24 "
               f"{ctx.T('mobile')}\nGérant : {ctx.P(owner)}\n\n{title(ctx, cust)} {ctx.P(cust)}\n"
               f"{ctx.A(home, 'street')}\n{ctx.A(home, 'line2')}\n\nFACTURE N° {inv}      du {ctx.numdate(ctx.today)}\n"
               f"Véhicule : {_car(ctx)} – {_plate(ctx)}\n\n{lines}\n{'-' * 44}\n{ljust('Total TTC', 30)}"
               f"{rjust(ctx.money(total), 14)}\n\n{pay}\n{iban}",
            it=f"{tow}\n{ctx.A(comp, 'one')}\nTel. {ctx.T('land', comp['area'])} – H24 {ctx.T('mobile')}\n"
               f"Titolare: {ctx.P(owner)}\n\nSpett.le {ctx.P(cust)}\n{ctx.A(home, 'street')}\n{ctx.A(home, 'line2')}"
               f"\n\nFATTURA N. {inv} del {ctx.numdate(ctx.today)}\nVeicolo: {_car(ctx)} targa {_plate(ctx)}\n\n"
               f"{lines}\n{'-' * 44}\n{ljust('Totale', 30)}{rjust(ctx.money(total), 14)}\n\n{pay}\n{iban}",
            en=f"{tow}\n{ctx.A(comp, 'one')}\nTel {ctx.T('land', comp['area'])} | 24hr {ctx.T('mobile')}\n"
               f"Proprietor: {ctx.P(owner)}\n\nBill to: {ctx.P(cust)}\n{ctx.A(home, 'street')}\n"
               f"{ctx.A(home, 'line2')}\n\nINVOICE {inv}        Date {ctx.numdate(ctx.today)}\nVehicle: {_car(ctx)} "
               f"({_plate(ctx)})\n\n{lines}\n{'-' * 44}\n{ljust('Total', 30)}{rjust(ctx.money(total), 14)}\n\n"
               f"{pay}\n{iban}")
        reqs = ctx.L(de=["Ist diese Abschlepprechnung angemessen? Was davon zahlt normalerweise der Automobilclub?",
                         "Prüf die Rechnung bitte – stimmt die Summe?"],
                     fr=["Cette facture de dépannage est-elle raisonnable ? Qu'est-ce que l'assistance rembourse ?",
                         "Vérifie la facture stp, le total est juste ?"],
                     it=["Questa fattura di soccorso è congrua? Cosa rimborsa di solito l'assistenza?",
                         "Controlla la fattura, il totale è giusto?"],
                     en=["Is this towing invoice reasonable? What would my breakdown cover normally pay?",
                         "Check this invoice for me - does the total add up?"])
        return wrap(ctx, body.rstrip(), reqs)
    if v == 2:
        mem = ctx.person()
        b = ctx.birth("adult")
        pat = ctx.person()
        memail = ctx.email(mem)
        home = ctx.addr()
        when = ctx.soon(-14, -2)
        wait = ctx.ri(2, 5)
        case = f"{ctx.letters(2)}{ctx.digits(7)}"
        body_c = ctx.L(
            de=f"Sehr geehrte Damen und Herren,\n\nam {ctx.numdate(when)} hatte ich auf der {_place(ctx)} eine "
               f"Panne. Ich habe um {ctx.time()} angerufen und musste {wait} Stunden mit zwei kleinen Kindern warten. "
               f"Der Pannenhelfer ({ctx.P(pat, ctx.ch(['first', 'full']))}) war dann sehr freundlich, aber so geht das "
               f"nicht.\n\nMitgliedsnummer: {ctx.digits(9)}\nName: {ctx.P(mem)}\nGeburtsdatum: {ctx.D(b, 'num')}\n"
               f"Adresse: {ctx.A(home)}\nTelefon: {ctx.T()}\n\nIch erwarte eine Erstattung des Taxis "
               f"({ctx.money(ctx.ri(40, 160))}).\n\n{closing(ctx)}\n{ctx.P(mem)}",
            fr=f"Madame, Monsieur,\n\nle {ctx.numdate(when)} je suis tombé(e) en panne sur l'{_place(ctx)}. J'ai "
               f"appelé à {ctx.time()} et j'ai attendu {wait} heures avec deux enfants. Le dépanneur "
               f"({ctx.P(pat, ctx.ch(['first', 'full']))}) était aimable mais c'est inacceptable.\n\nN° de contrat : "
               f"{ctx.digits(9)}\nNom : {ctx.P(mem)}\nDate de naissance : {ctx.D(b, 'num')}\nAdresse : "
               f"{ctx.A(home)}\nTél. : {ctx.T()}\n\nJe demande le remboursement du taxi "
               f"({ctx.money(ctx.ri(40, 160))}).\n\n{closing(ctx)}\n{ctx.P(mem)}",
            it=f"Spettabile assistenza,\n\nil {ctx.numdate(when)} sono rimasto/a in panne sulla {_place(ctx)}. Ho "
               f"chiamato alle {ctx.time()} e ho atteso {wait} ore con due bambini. L'operatore "
               f"({ctx.P(pat, ctx.ch(['first', 'full']))}) è stato gentile, ma non è accettabile.\n\nTessera n.: "
               f"{ctx.digits(9)}\nNome: {ctx.P(mem)}\nData di nascita: {ctx.D(b, 'num')}\nIndirizzo: {ctx.A(home)}\n"
               f"Tel.: {ctx.T()}\n\nChiedo il rimborso del taxi ({ctx.money(ctx.ri(40, 160))}).\n\n{closing(ctx)}\n"
               f"{ctx.P(mem)}",
            en=f"To whom it may concern,\n\nOn {ctx.numdate(when)} I broke down on the {_place(ctx)}. I called at "
               f"{ctx.time()} and waited {wait} hours with two small children. The patrol "
               f"({ctx.P(pat, ctx.ch(['first', 'full']))}) was lovely when he came but this is not acceptable.\n\n"
               f"Membership no: {ctx.digits(9)}\nName: {ctx.P(mem)}\nDOB: {ctx.D(b, 'num')}\nAddress: "
               f"{ctx.A(home)}\nPhone: {ctx.T()}\n\nI'd like the taxi ({ctx.money(ctx.ri(40, 160))}) refunded.\n\n"
               f"{closing(ctx)}\n{ctx.P(mem)}")
        auto = ctx.L(de=f"Vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Vorgangsnummer {case} erfasst. "
                        f"Dringende Fälle: {ctx.hotline()}",
                     fr=f"Merci pour votre message, enregistré sous la référence {case}. Urgences : {ctx.hotline()}",
                     it=f"Grazie per il messaggio, registrato con il numero {case}. Urgenze: {ctx.hotline()}",
                     en=f"Thank you for contacting us. Your reference is {case}. For urgent help call "
                        f"{ctx.hotline()}")
        rm = role_mail(ctx, org_domain(ctx, club + " service"), ctx.L(
            de=ctx.ch(["noreply", "service", "kundenservice"]), fr=ctx.ch(["noreply", "reclamations", "service"]),
            it=ctx.ch(["noreply", "reclami", "assistenza"]), en=ctx.ch(["noreply", "complaints", "customercare"])))
        body = mail_head(ctx, rm, who(ctx, mem, mk("EMAIL", memail)), "Auto-Reply: " + case, when +
                         dt.timedelta(days=1)) + "\n\n" + auto + "\n\n" + quote_lines(
            quote_head(ctx, mem, mk("EMAIL", memail), when + dt.timedelta(days=1)) + "\n" + body_c)
        reqs = ctx.L(de=["Die haben nur automatisch geantwortet. Schreib mir eine Nachfass-Mail, etwas bestimmter.",
                         "Hab ich Anspruch auf Erstattung? Wie gehe ich weiter vor?"],
                     fr=["Ils n'ont répondu qu'automatiquement. Écris une relance plus ferme.",
                         "Ai-je droit à un remboursement ? Comment procéder ?"],
                     it=["Hanno risposto solo in automatico. Scrivimi un sollecito più deciso.",
                         "Ho diritto al rimborso? Come procedo?"],
                     en=["They've only sent an auto-reply. Draft a firmer follow-up.",
                         "Am I entitled to a refund? What should I do next?"])
        return wrap(ctx, body, reqs)
    # v == 3: SMS log with the tow truck driver and the app request JSON
    mem = ctx.person()
    b = ctx.birth("adult")
    drv = ctx.person()
    home = ctx.addr()
    req = {"request_id": f"RSA-{ctx.digits(8)}", "created": f"{ctx.today.isoformat()}T{ctx.ri(6, 22):02d}:"
           f"{ctx.ri(10, 59)}:00Z", "member": {"name": ctx.P(mem), "dob": ctx.D(b, "json"), "phone": ctx.T(),
                                               "email": ctx.E(mem)},
           "vehicle": {"model": _car(ctx), "plate": _plate(ctx)},
           "location": dict(zip(("lat", "lng"), _latlng(ctx), strict=True), desc=_place(ctx)),
           "tow_to": ctx.A(home, "one") if ctx.r() < 0.5 else "nearest garage", "client_ip": ctx.N(),
           "app_version": f"{ctx.ri(3, 9)}.{ctx.ri(0, 20)}.{ctx.ri(0, 9)}"}
    sd = ctx.T() if ctx.r() < 0.6 else ctx.P(drv, "first")
    sm = ctx.L(de="Ich", fr="Moi", it="Io", en="Me")
    msgs = ctx.L(
        de=[(sd, f"Hallo, hier {ctx.P(drv, 'first')} von {tow}. Bin in ca. 25 min da. Bitte hinter der Leitplanke "
                 f"warten."),
            (sm, "ok danke, wir stehen hinter der brücke, silberner wagen"),
            (sd, "Wohin soll das Auto? Werkstatt oder nach Hause?"),
            (sm, f"nach hause bitte, {ctx.A(home, 'street')} in {home['town']}")],
        fr=[(sd, f"Bonjour, {ctx.P(drv, 'first')} de {tow}. J'arrive dans 25 min environ. Restez derrière la "
                 f"glissière."),
            (sm, "ok merci, on est juste après le pont, voiture grise"),
            (sd, "On dépose la voiture où ? Garage ou domicile ?"),
            (sm, f"à la maison svp, {ctx.A(home, 'street')} à {home['town']}")],
        it=[(sd, f"Buongiorno, sono {ctx.P(drv, 'first')} di {tow}. Arrivo tra circa 25 minuti, restate dietro il "
                 f"guardrail."),
            (sm, "ok grazie, siamo subito dopo il ponte, auto grigia"),
            (sd, "Dove portiamo l'auto? Officina o casa?"),
            (sm, f"a casa per favore, {ctx.A(home, 'street')} a {home['town']}")],
        en=[(sd, f"Hi it's {ctx.P(drv, 'first')} from {tow}, be with you in about 25 mins. Wait behind the "
                 f"barrier please."),
            (sm, "ok thanks, we're just past the bridge, silver car"),
            (sd, "Where do you want the car taking? Garage or home?"),
            (sm, f"home please, {ctx.A(home, 'street')} in {home['town']}")])
    body = jdump(req, indent=ctx.ch([2, None])) + "\n\n" + chat_render(ctx, msgs, layout=ctx.ch([3, 4]))
    reqs = ctx.L(de=["Fass das für meine Versicherung zusammen (was, wann, wo).",
                     "Was ist das für eine JSON-Datei und was steht da alles über mich drin?"],
                 fr=["Résume ça pour mon assurance (quoi, quand, où).",
                     "C'est quoi ce fichier JSON et quelles infos sur moi contient-il ?"],
                 it=["Riassumi per la mia assicurazione (cosa, quando, dove).",
                     "Cos'è questo JSON e quali miei dati contiene?"],
                 en=["Summarise this for my insurer (what, when, where).",
                     "What is this JSON file and what does it say about me?"])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 6: martialarts - dojos: gradings, memberships, federation licences, tournaments
# ---------------------------------------------------------------------------------------------------------------
def _dojo(ctx: Ctx) -> str:
    return ctx.L(de=ctx.ch(["Judo-Club Kano", "Karate Dojo Shoshin", "TSV Budo-Abteilung", "Taekwondo Center Hwarang",
                            "Aikido Dojo Mushin"]),
                 fr=ctx.ch(["Judo Club Samouraï", "Dojo Karaté Shotokan", "Taekwondo Club Hwarang",
                            "Aïkido Club du Lac"]),
                 it=ctx.ch(["ASD Judo Kodokan", "Karate Club Shotokan", "Polisportiva Budokan", "Taekwondo Hwarang"]),
                 en=ctx.ch(["Kano Judo Club", "Shotokan Karate Academy", "Hwarang Taekwondo", "Mushin Aikido Dojo"]))


def _belts(ctx: Ctx) -> list[str]:
    return ctx.L(de="8. Kyu weiß-gelb|7. Kyu gelb|6. Kyu gelb-orange|5. Kyu orange|4. Kyu grün|3. Kyu blau|"
                    "1. Kyu braun|1. Dan".split("|"),
                 fr="blanche-jaune|jaune|jaune-orange|orange|verte|bleue|marron|1er dan".split("|"),
                 it="bianca-gialla|gialla|gialla-arancio|arancione|verde|blu|marrone|1° dan".split("|"),
                 en="red tag|yellow|orange|green|blue|purple|brown|1st dan".split("|"))


def g_martialarts(ctx: Ctx) -> str:
    v = ctx.i % 4
    dojo = _dojo(ctx)
    belts = _belts(ctx)
    if v == 0:
        ex = [ctx.person(), ctx.person()]
        day = ctx.soon(1, 30)
        head = ctx.L(de=["Nr.", "Name, Vorname", "Geb.-Datum", "Pass-Nr.", "Grad", "Prüfung zum", "Ergebnis"],
                     fr=["N°", "Nom Prénom", "Né(e) le", "Licence", "Grade actuel", "Grade visé", "Résultat"],
                     it=["N.", "Cognome e nome", "Data di nascita", "Tessera", "Cintura", "Esame per", "Esito"],
                     en=["No", "Name", "DOB", "Licence", "Current", "Grading for", "Result"])
        rows = []
        style = ctx.dstyle("num")
        for k in range(ctx.ri(6, 11)):
            p = ctx.person()
            b = ctx.birth(ctx.ch(["child", "child", "teen", "adult"]))
            i0 = ctx.ri(0, 6)
            rows.append([str(k + 1), ctx.P(p, ctx.ch(["rev", "LAST First", "Last First"])),
                         ctx.D(b, style=style if ctx.r() < 0.85 else None), f"{ctx.letters(2)}{ctx.digits(6)}",
                         belts[i0], belts[i0 + 1], ctx.ch(["", "", "✓", "bestanden" if ctx.lang == "de" else "ok"])])
        top = ctx.L(de=f"{dojo} – Kyu-Prüfung am {ctx.numdate(day)}, {ctx.time()} Uhr\nPrüfer: {ctx.P(ex[0])} "
                       f"(Lizenz {ctx.digits(5)}), {ctx.P(ex[1])}",
                    fr=f"{dojo} – passage de grades du {ctx.numdate(day)} à {ctx.time()}\nJury : {ctx.P(ex[0])} "
                       f"(diplôme d'État n° {ctx.digits(6)}), {ctx.P(ex[1])}",
                    it=f"{dojo} – esame cinture del {ctx.numdate(day)} ore {ctx.time()}\nCommissione: {ctx.P(ex[0])} "
                       f"(tessera tecnico {ctx.digits(6)}), {ctx.P(ex[1])}",
                    en=f"{dojo} - grading {ctx.numdate(day)}, {ctx.time()}\nExaminers: {ctx.P(ex[0])} (coach "
                       f"licence {ctx.digits(6)}), {ctx.P(ex[1])}")
        body = top + "\n\n" + any_table(ctx, head, rows)
        reqs = ctx.L(de=["Prüf bitte, ob alle das Mindestalter für den angestrebten Grad haben.",
                         "Mach mir aus der Liste Urkundentexte, eine pro Person."],
                     fr=["Vérifie que chacun a l'âge minimum pour le grade visé.",
                         "Prépare le texte des diplômes, un par personne."],
                     it=["Controlla che tutti abbiano l'età minima per la cintura.",
                         "Preparami il testo dei diplomi, uno per persona."],
                     en=["Check everyone meets the minimum age for the grade they're going for.",
                         "Draft certificate text for each person on this list."])
        return wrap(ctx, body, reqs)
    if v == 1:
        kid = ctx.person()
        par = ctx.kin(kid)
        bk = ctx.birth("child")
        home = ctx.addr()
        doc_p = ctx.person()
        has_iban = ctx.region not in ("US", "CA", "AU", "NZ")
        lab = ctx.L(de="Name des Kindes|Geburtsdatum|Erziehungsberechtigte/r|Anschrift|Telefon (tagsüber)|"
                       "Notfallnummer|E-Mail|Allergien/Erkrankungen|Kontoinhaber|IBAN",
                    fr="Nom de l'enfant|Date de naissance|Représentant légal|Adresse|Téléphone|En cas d'urgence|"
                       "E-mail|Allergies / santé|Titulaire du compte|IBAN",
                    it="Nome dell'atleta|Data di nascita|Genitore|Indirizzo|Telefono|Emergenze|E-mail|"
                       "Allergie/patologie|Intestatario conto|IBAN",
                    en="Child's name|Date of birth|Parent/guardian|Address|Phone|Emergency contact|Email|"
                       "Medical conditions|Account holder|IBAN").split("|")
        other = ctx.kin(kid)
        vals = [ctx.P(kid), ctx.D(bk, "num"), ctx.P(par), ctx.A(home), ctx.T(),
                f"{ctx.P(other, 'first')} {ctx.T()}", ctx.E(par),
                ctx.L(de=ctx.ch(["keine", "Asthma (Spray in Tasche)", "Nussallergie"]),
                      fr=ctx.ch(["aucune", "asthme", "allergie arachides"]),
                      it=ctx.ch(["nessuna", "asma", "allergia frutta secca"]),
                      en=ctx.ch(["none", "asthma (inhaler in bag)", "nut allergy"])), ctx.P(par), ctx.IB()]
        if not has_iban:
            lab, vals = lab[:-2], vals[:-2]
        if ctx.region == "CH":
            lab.insert(2, ctx.L(de="AHV-Nr. (für J+S)", fr="N° AVS (pour J+S)", it="N. AVS (per G+S)", en="AHV"))
            vals.insert(2, ctx.H())
        form = "\n".join(f"{k}: {val}" for k, val in zip(lab, vals, strict=True))
        med = ctx.L(
            de=f"Ärztliches Attest vom {ctx.numdate(ctx.soon(-60, -1))} (Dr. {ctx.P(doc_p, 'last')}) liegt bei.",
            fr=f"Certificat médical de non contre-indication du {ctx.numdate(ctx.soon(-60, -1))}, Dr "
               f"{ctx.P(doc_p)}.",
            it=f"Certificato medico sportivo non agonistico rilasciato il {ctx.numdate(ctx.soon(-60, -1))} dal "
               f"dott. {ctx.P(doc_p)}, scadenza {ctx.numdate(ctx.soon(300, 365))}.",
            en=f"Medical form signed by Dr {ctx.P(doc_p, 'last')} on {ctx.numdate(ctx.soon(-60, -1))}.")
        title_ = ctx.L(de=f"Mitgliedsantrag {dojo} (Kinder/Jugend)", fr=f"Fiche d'inscription {dojo} – saison "
                       f"{ctx.today.year}/{ctx.today.year + 1}", it=f"Modulo di iscrizione {dojo} – stagione "
                       f"{ctx.today.year}/{ctx.today.year + 1 - 2000}", en=f"{dojo} junior membership form")
        sepa = ctx.L(de="SEPA-Lastschriftmandat: Ich ermächtige den Verein, den Jahresbeitrag von "
                        f"{ctx.money(180)} einzuziehen. Gläubiger-ID DE{ctx.digits(2)}ZZZ{ctx.digits(11)}",
                     de_AT="SEPA-Lastschrift: Mitgliedsbeitrag " + ctx.money(160) + " jährlich, Creditor-ID "
                           f"AT{ctx.digits(2)}ZZZ{ctx.digits(11)}",
                     de_CH=f"Der Jahresbeitrag von {ctx.money(220)} wird per LSV+ eingezogen.",
                     fr_CH=f"Cotisation annuelle {ctx.money(220)}, prélevée par LSV+.",
                     fr_BE=f"Cotisation annuelle {ctx.money(190)} par domiciliation européenne.",
                     fr=f"Mandat SEPA : cotisation annuelle {ctx.money(210)}, ICS FR{ctx.digits(2)}ZZZ{ctx.digits(6)}",
                     it=f"Quota annuale {ctx.money(250)} tramite addebito SDD.",
                     en=f"Fees {ctx.money(25)} per month by direct debit.")
        if ctx.lang == "it" or ctx.r() < 0.4:
            med = medcert(ctx, kid, bk, ctx.L(de="Kampfsport", fr="pratique des arts martiaux",
                                              it="attività sportiva non agonistica", en="martial arts"))
        body = f"{title_}\n\n{form}\n\n{med}\n\n{sepa if has_iban else ''}".rstrip()
        reqs = ctx.L(de=["Ist das Formular vollständig ausgefüllt?", "Übertrag das bitte in unsere Mitglieder-CSV."],
                     fr=["La fiche est-elle complète ?", "Transforme ça en une ligne pour notre tableau des membres."],
                     it=["Il modulo è completo?", "Trasforma il modulo in una riga per il nostro file soci."],
                     en=["Is this form complete?", "Turn this into a row for our members spreadsheet."])
        return wrap(ctx, body, reqs)
    if v == 2:
        sec = ctx.person()
        fed_p = ctx.person()
        news = []
        for _ in range(ctx.ri(3, 6)):
            p = ctx.person()
            b = ctx.birth(ctx.ch(["child", "teen", "adult"]))
            news.append(ctx.ch([f"{ctx.P(p)} ({ctx.D(b)})", f"{ctx.P(p, 'rev')}, {ctx.D(b)}",
                                f"{ctx.P(p)}, {cue(ctx, p.g)} {ctx.D(b)}", f"{ctx.P(p)} (*{ctx.D(b, 'num')})"]))
        fed = ctx.L(de="Landesverband", fr="Ligue régionale", it="Comitato regionale", en="the national association")
        sem = ctx.email(sec)
        fem = ctx.email(fed_p, org_domain(ctx, ctx.L(de="judo verband", fr="ligue judo", it="fijlkam comitato",
                                                     en="judo association")))
        listing = ("; " if ctx.r() < 0.4 else "\n- ").join(news)
        mail1 = ctx.L(
            de=f"Hallo {ctx.P(fed_p, 'first')},\n\nbitte für folgende neue Mitglieder Judopässe ausstellen:\n- "
               f"{listing}\n\nPassfotos kommen per Post. Rechnung bitte an den Verein.\n\n{closing(ctx, False)}\n"
               f"{ctx.P(sec)}\nGeschäftsstelle {dojo}\n{ctx.T()}",
            fr=f"Bonjour {ctx.P(fed_p, 'first')},\n\nmerci d'enregistrer les licences des nouveaux adhérents :\n- "
               f"{listing}\n\nLes certificats médicaux sont dans l'extranet.\n\n{closing(ctx)}\n{ctx.P(sec)}\n"
               f"Secrétaire, {dojo}\n{ctx.T()}",
            it=f"Ciao {ctx.P(fed_p, 'first')},\n\nti chiedo il tesseramento per i nuovi atleti:\n- {listing}\n\n"
               f"I certificati medici li carico sul portale.\n\n{closing(ctx)}\n{ctx.P(sec)}\nSegreteria {dojo}\n"
               f"{ctx.T()}",
            en=f"Hi {ctx.P(fed_p, 'first')},\n\ncould you register licences for these new members please:\n- "
               f"{listing}\n\nPhotos to follow by post.\n\n{closing(ctx)}\n{ctx.P(sec)}\nMembership Sec, {dojo}\n"
               f"{ctx.T()}")
        reply = ctx.L(
            de=f"Hi {ctx.P(sec, 'first')},\n\nerledigt bis auf eine Person – da fehlt das Geburtsdatum bzw. es ist "
               f"unplausibel. Kannst du das prüfen?\n\nGruß\n{ctx.P(fed_p)}\n{fed}, Passstelle\n"
               f"{ctx.T('land')}",
            fr=f"Bonjour {ctx.P(sec, 'first')},\n\nc'est fait sauf pour une personne dont la date de naissance semble "
               f"erronée. Tu peux vérifier ?\n\n{ctx.P(fed_p)}\n{fed}, service licences\n{ctx.T('land')}",
            it=f"Ciao {ctx.P(sec, 'first')},\n\nfatto tranne uno: la data di nascita non torna. Puoi controllare?\n\n"
               f"{ctx.P(fed_p)}\n{fed}, ufficio tesseramento\n{ctx.T('land')}",
            en=f"Hi {ctx.P(sec, 'first')},\n\nall done except one where the date of birth looks wrong. Can you "
               f"double-check?\n\n{ctx.P(fed_p)}\nLicensing, {fed}\n{ctx.T('land')}")
        when = ctx.soon(-6, -1)
        body = mail_head(ctx, who(ctx, fed_p, mk("EMAIL", fem)), who(ctx, sec, mk("EMAIL", sem)), "Re: " + ctx.L(
            de="Neue Pässe", fr="Licences nouveaux adhérents", it="Tesseramenti", en="New licences"), when) + \
            "\n\n" + reply + "\n\n" + quote_lines(quote_head(ctx, sec, mk("EMAIL", sem), when) + "\n" + mail1)
        reqs = ctx.L(de=["Welches Geburtsdatum könnte da unplausibel sein?", "Schreib eine kurze Antwort."],
                     fr=["Quelle date de naissance pose problème à ton avis ?", "Rédige une réponse courte."],
                     it=["Quale data di nascita potrebbe essere sbagliata?", "Scrivi una risposta breve."],
                     en=["Which date of birth looks implausible?", "Write a short reply."])
        return wrap(ctx, body, reqs)
    # v == 3: tournament registration export + coach chat
    coach = ctx.person()
    ath = []
    jst = ctx.dstyle("json")
    for _ in range(ctx.ri(3, 6)):
        p = ctx.person()
        b = ctx.birth(ctx.ch(["child", "teen", "young"]))
        ath.append({"firstName": ctx.P(p, "first"), "lastName": ctx.P(p, "last"), "birthDate": ctx.D(b, style=jst),
                    "gender": "F" if p.g == "f" else "M", "weightKg": round(25 + ctx.r() * 60, 1),
                    "belt": ctx.ch(belts), "licence": f"{ctx.letters(2)}{ctx.digits(6)}"})
    reg = {"event": ctx.ch(["Internationales Jugendturnier", "Open de la Ville", "Trofeo Primavera", "County Open"]),
           "club": dojo, "coach": {"name": ctx.P(coach), "email": ctx.E(coach), "mobile": ctx.T()},
           "athletes": ath, "submittedFrom": ctx.N(), "fee": ctx.money(15 * len(ath))}
    if ctx.r() < 0.35:
        reg["payment"] = {"type": "card", "holder": ctx.P(coach, "CAPS"), "number": ctx.C(""),
                          "expiry": f"{ctx.ri(1, 12):02d}/{ctx.ri(26, 31)}"}
    p1, p2 = ctx.person(), ctx.person()
    snd_c = ctx.P(coach, "first")
    s1 = ctx.P(p1, "first") if ctx.r() < 0.6 else ctx.T()
    msgs = ctx.L(
        de=[(snd_c, "anmeldung ist raus! wiegen samstag 7:30, bitte pünktlich"),
            (s1, f"kann {ctx.P(p2, 'firstlow')} bei euch mitfahren? wir wohnen {ctx.A(ctx.addr(), 'street')}"),
            (snd_c, "klar, abfahrt 6:45")],
        fr=[(snd_c, "inscription envoyée ! pesée samedi 7h30, soyez à l'heure"),
            (s1, f"{ctx.P(p2, 'firstlow')} peut venir avec vous ? on habite {ctx.A(ctx.addr(), 'street')}"),
            (snd_c, "pas de souci, départ 6h45")],
        it=[(snd_c, "iscrizione inviata! peso sabato alle 7:30, puntuali"),
            (s1, f"{ctx.P(p2, 'firstlow')} può venire con voi? abitiamo in {ctx.A(ctx.addr(), 'street')}"),
            (snd_c, "certo, partenza 6:45")],
        en=[(snd_c, "entries are in! weigh-in saturday 7:30, don't be late"),
            (s1, f"can {ctx.P(p2, 'firstlow')} get a lift with you? we're at {ctx.A(ctx.addr(), 'street')}"),
            (snd_c, "no problem, leaving 6:45")])
    body = jdump(reg) + "\n\n" + chat_render(ctx, msgs)
    reqs = ctx.L(de=["Ordne die Athleten den Altersklassen U11/U13/U15/U18 zu.", "In welche Gewichtsklassen fallen "
                     "die Kinder?"],
                 fr=["Répartis les athlètes par catégorie d'âge (poussins, benjamins, minimes, cadets).",
                     "Dans quelles catégories de poids tombent-ils ?"],
                 it=["Assegna gli atleti alle classi di età (esordienti, cadetti, juniores).",
                     "In quali categorie di peso rientrano?"],
                 en=["Sort these athletes into age bands (U11/U13/U15/U18).", "Which weight categories do they "
                     "fall into?"])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 7: bikeleasing - employer bicycle leasing / cycle-to-work schemes
# ---------------------------------------------------------------------------------------------------------------
def _employer(ctx: Ctx) -> str:
    return ctx.L(de=ctx.ch(["Nordlicht Software GmbH", "Stadtwerke Talheim", "Klinikum am Park gGmbH",
                            "Alpenland Versicherung AG", "Brauerei Zum Hirschen"]),
                 fr=ctx.ch(["Transports Azur SA", "Groupe Hospitalier Val-de-Loire", "Mutuelle Atlantique",
                            "Imprimerie du Lac Sàrl"]),
                 it=ctx.ch(["Meccanica Padana S.p.A.", "Cooperativa Sociale Arcobaleno", "Banca del Territorio",
                            "Ceramiche Valsecchia srl"]),
                 en=ctx.ch(["Brightwater Housing Association", "Northgate Software Ltd", "Kestrel Logistics",
                            "St Aidan's Community Trust"]))


def _scheme(ctx: Ctx) -> str:
    return {"DE": ctx.ch(["JobRad", "Dienstrad-Leasing", "BusinessBike"]), "AT": "Dienstrad-Leasing",
            "CH": ctx.L(de="Velo-Leasing", fr="leasing vélo", it="leasing bici", en="bike leasing"),
            "FR": "vélo de fonction (leasing)", "BE": "leasing vélo", "CA": ctx.L(fr="programme vélo-boulot",
                                                                                 en="bike commuter program",
                                                                                 de="", it=""),
            "IT": "bici aziendale a noleggio", "GB": "Cycle to Work scheme", "IE": "Bike to Work scheme",
            "US": "commuter bike benefit", "AU": "novated bike lease", "NZ": "e-bike lease"}[ctx.region]


def _bike(ctx: Ctx) -> tuple[str, str, float]:
    model = ctx.ch(["Cube Kathmandu Hybrid Pro 750", "Riese & Müller Charger4 GT", "Gazelle Ultimate C380",
                    "Trek FX 3 Disc", "Specialized Turbo Vado 4.0", "Brompton C Line", "Canyon Grail 7",
                    "Decathlon Elops 920E", "Bianchi E-Omnia C", "Stevens E-Triton"])
    frame = ctx.ch([f"WTU{ctx.digits(3)}{ctx.letters(1)}{ctx.digits(5)}", f"{ctx.letters(2)}{ctx.digits(8)}",
                    f"S{ctx.digits(2)}{ctx.letters(3)}{ctx.digits(5)}"])
    return model, frame, float(ctx.ri(900, 6500))


def _dealer(ctx: Ctx) -> str:
    return ctx.L(de=ctx.ch(["Radhaus am Markt", "Fahrrad Flott", "E-Bike Zentrum Süd"]),
                 fr=ctx.ch(["Vélo Station", "Cycles du Centre", "L'Atelier Vélo"]),
                 it=ctx.ch(["Cicli Rapido", "Bike Point", "Ciclofficina del Borgo"]),
                 en=ctx.ch(["Pedal Power Cycles", "The Bike Hub", "Spokes & Chains"]))


def g_bikeleasing(ctx: Ctx) -> str:
    v = ctx.i % 4
    emp = _employer(ctx)
    dom = org_domain(ctx, emp)
    scheme = _scheme(ctx)
    if v == 0:
        e = ctx.person()
        b = ctx.birth("worker")
        home = ctx.addr()
        model, frame, price = _bike(ctx)
        dl = _dealer(ctx)
        da = ctx.addr()
        dp = ctx.person()
        lab = ctx.L(de="Bestellnummer|Arbeitgeber|Personalnummer|Name|Geburtsdatum|Privatanschrift|E-Mail "
                       "(dienstlich)|Mobil|Fahrrad|Rahmennummer|UVP|Fachhändler|Ansprechpartner|Monatliche Rate",
                    fr="N° de commande|Employeur|Matricule|Nom|Date de naissance|Adresse personnelle|E-mail pro|"
                       "Mobile|Vélo|N° de cadre|Prix public|Revendeur|Contact|Loyer mensuel",
                    it="N. ordine|Datore di lavoro|Matricola|Nome|Data di nascita|Residenza|E-mail aziendale|"
                       "Cellulare|Bici|N. telaio|Prezzo di listino|Rivenditore|Referente|Canone mensile",
                    en="Order no.|Employer|Employee no.|Name|Date of birth|Home address|Work email|Mobile|Bike|"
                       "Frame no.|RRP|Retailer|Contact|Monthly salary sacrifice").split("|")
        vals = [f"{ctx.letters(2)}-{ctx.digits(7)}", emp, ctx.digits(6), ctx.P(e, ctx.ch(["full", "rev"])),
                ctx.D(b, "num"), ctx.A(home), ctx.E(e, dom), ctx.T(), model, frame, ctx.money(price),
                f"{dl}, {ctx.A(da)}, {ctx.T('land', da['area'])}", ctx.P(dp),
                ctx.money(round(price / 36 * 1.1, 2))]
        if ctx.region == "CH":
            lab.insert(5, ctx.L(de="AHV-Nr.", fr="N° AVS", it="N. AVS", en="AHV"))
            vals.insert(5, ctx.H())
        if ctx.r() < 0.5:
            lab.append(ctx.L(de="Bestellt über Portal (IP)", fr="Commande via le portail (IP)",
                             it="Ordine dal portale (IP)", en="Ordered via portal (IP)"))
            vals.append(f"{ctx.N()}, {ctx.numdate(ctx.today)} {ctx.time()}")
        w = max(len(x) for x in lab) + 2
        body = f"{scheme} – " + ctx.L(de="Bestellübersicht", fr="récapitulatif de commande", it="riepilogo ordine",
                                      en="order summary") + "\n\n" + "\n".join(
            f"{ljust(k + ':', w)}{val}" for k, val in zip(lab, vals, strict=True))
        reqs = ctx.L(de=["Lohnt sich das für mich? Rechne mir die Ersparnis gegenüber dem Barkauf aus.",
                         "Prüf die Bestellung – stimmt alles?"],
                     fr=["Est-ce intéressant pour moi ? Calcule l'économie par rapport à un achat comptant.",
                         "Vérifie la commande, tout est correct ?"],
                     it=["Mi conviene? Calcola il risparmio rispetto all'acquisto.", "Controlla l'ordine per favore."],
                     en=["Is this worth it vs buying outright? Work out the saving.", "Check this order for errors."])
        return wrap(ctx, body, reqs)
    if v == 1:
        e = ctx.person()
        hr = ctx.person()
        b = ctx.birth("worker")
        home = ctx.addr()
        off = ctx.addr()
        eem = ctx.email(e, dom)
        hem = ctx.email(hr, dom)
        ask = ctx.L(
            de=f"Hallo {ctx.P(hr, 'first')},\n\nich würde gern am {scheme} teilnehmen. Für den Vertrag hier meine "
               f"Daten: {ctx.P(e)}, geb. {ctx.D(b)}, wohnhaft {ctx.A(home)}, Personalnr. {ctx.digits(5)}. Das Rad "
               f"soll nach Hause geliefert werden. Geht das auch, wenn ich in Teilzeit bin?\n\n{closing(ctx, False)}\n"
               f"{ctx.P(e, 'first')}",
            fr=f"Bonjour {ctx.P(hr, 'first')},\n\nje voudrais profiter du {scheme}. Pour le contrat : {ctx.P(e)}, "
               f"{cue(ctx, e.g)} {ctx.D(b)}, domicilié(e) {ctx.A(home)}, matricule {ctx.digits(5)}. Livraison à "
               f"domicile svp. Est-ce possible à temps partiel ?\n\n{closing(ctx)}\n{ctx.P(e, 'first')}",
            it=f"Ciao {ctx.P(hr, 'first')},\n\nvorrei aderire al programma \"{scheme}\". Per il contratto: {ctx.P(e)}, "
               f"{cue(ctx, e.g)} {ctx.D(b)}, residente in {ctx.A(home)}, matricola {ctx.digits(5)}. Vale anche per "
               f"il part-time?\n\n{closing(ctx)}\n{ctx.P(e, 'first')}",
            en=f"Hi {ctx.P(hr, 'first')},\n\nI'd like to sign up for the {scheme}. My details for the agreement: "
               f"{ctx.P(e)}, {cue(ctx, e.g)} {ctx.D(b)}, home address {ctx.A(home)}, staff no {ctx.digits(5)}. Can "
               f"part-timers join?\n\n{closing(ctx)}\n{ctx.P(e, 'first')}")
        reply = ctx.L(
            de=f"Hallo {ctx.P(e, 'first')},\n\nja, Teilzeit ist kein Problem, solange du nach der Umwandlung über dem "
               f"Mindestlohn liegst. Ich schick dir den Link zum Portal.\n\nViele Grüße\n{ctx.P(hr)}\nPersonalabteilung"
               f"\n{emp}\n{ctx.A(off, 'street')}\n{ctx.A(off, 'line2')}\nTel. {ctx.T('land', off['area'])}",
            fr=f"Bonjour {ctx.P(e, 'first')},\n\noui, c'est ouvert aux temps partiels. Je t'envoie le lien du portail."
               f"\n\n{ctx.P(hr)}\nRessources humaines – {emp}\n{ctx.A(off, 'one')}\n{ctx.T('land', off['area'])}",
            it=f"Ciao {ctx.P(e, 'first')},\n\nsì, anche per il part-time. Ti mando il link al portale.\n\n"
               f"{ctx.P(hr)}\nUfficio Personale – {emp}\n{ctx.A(off, 'one')}\nTel. {ctx.T('land', off['area'])}",
            en=f"Hi {ctx.P(e, 'first')},\n\nyes, part-time staff can join as long as the deduction doesn't take you "
               f"below minimum wage. I'll send the portal link.\n\n{ctx.P(hr)}\nPeople Team, {emp}\n"
               f"{ctx.A(off, 'one')}\n{ctx.T('land', off['area'])}")
        when = ctx.soon(-5, -1)
        body = mail_head(ctx, who(ctx, hr, mk("EMAIL", hem)), who(ctx, e, mk("EMAIL", eem)), "Re: " + scheme, when) \
            + "\n\n" + reply + "\n\n" + quote_lines(quote_head(ctx, e, mk("EMAIL", eem), when) + "\n" + ask)
        reqs = ctx.L(de=["Was muss ich jetzt als Nächstes tun?", "Erklär mir kurz, wie die Gehaltsumwandlung wirkt."],
                     fr=["Quelles sont les prochaines étapes ?", "Explique-moi simplement comment ça marche."],
                     it=["Quali sono i prossimi passi?", "Spiegami in breve come funziona."],
                     en=["What are my next steps?", "Explain briefly how the salary sacrifice works."])
        return wrap(ctx, body, reqs)
    if v == 2:
        e = ctx.person()
        b = ctx.birth("worker")
        home = ctx.addr()
        model, frame, price = _bike(ctx)
        when = ctx.soon(-10, -1)
        spot = ctx.addr(town=(home["pc"], home["town"], home["area"], home["extra"])) if ctx.r() < 0.5 else home
        pol = f"{ctx.digits(2)}/{ctx.digits(6)}/{when.year}" if ctx.r() < 0.5 else f"{ctx.letters(2)}{ctx.digits(7)}"
        iban = ctx.IB() if ctx.region not in ("US", "CA", "AU", "NZ") else ""
        lab = ctx.L(de="Versicherungsnehmer/Nutzer|Geburtsdatum|Anschrift|Telefon|E-Mail|Fahrrad|Rahmennummer|"
                       "Kaufpreis|Tatzeit|Tatort|Polizeiliches Aktenzeichen|IBAN für Erstattung",
                    fr="Utilisateur|Date de naissance|Adresse|Téléphone|E-mail|Vélo|N° de cadre|Prix d'achat|"
                       "Date et heure du vol|Lieu du vol|N° de plainte|IBAN",
                    it="Utilizzatore|Data di nascita|Indirizzo|Telefono|E-mail|Bici|N. telaio|Prezzo|Data e ora|"
                       "Luogo del furto|N. denuncia|IBAN per il rimborso",
                    en="Rider|Date of birth|Address|Phone|Email|Bike|Frame no.|Price|Date/time of theft|Location|"
                       "Police ref|IBAN").split("|")
        vals = [ctx.P(e), ctx.D(b, "num"), ctx.A(home), ctx.T(), ctx.E(e), model, frame, ctx.money(price),
                f"{ctx.numdate(when)}, {ctx.ri(7, 12)}:{ctx.ch(['00', '15', '30'])}–{ctx.ri(13, 19)}:"
                f"{ctx.ch(['00', '30', '45'])}",
                ctx.L(de="vor dem Haus ", fr="devant ", it="davanti a ", en="outside ") + ctx.A(spot, "street"), pol,
                iban]
        if not iban:
            lab, vals = lab[:-1], vals[:-1]
        story = ctx.L(
            de=f"Das Rad war mit einem Faltschloss an einem Fahrradbügel angeschlossen. Als ich um {ctx.time()} "
               f"zurückkam, war es weg. Ein Nachbar, {title(ctx, ctx.person())} {ctx.P(ctx.person(), 'last')}, hat "
               f"gesehen, wie zwei Männer einen Transporter beladen haben.",
            fr=f"Le vélo était attaché à un arceau avec un antivol pliant. À mon retour à {ctx.time()}, il avait "
               f"disparu. Ma voisine, {ctx.P(ctx.person('f'))}, a vu une camionnette blanche.",
            it=f"La bici era legata a una rastrelliera con un lucchetto pieghevole. Al mio ritorno alle {ctx.time()} "
               f"non c'era più. Il vicino, {ctx.P(ctx.person('m'))}, ha visto un furgone bianco.",
            en=f"It was locked to a stand with a folding lock. When I came back at {ctx.time()} it had gone. My "
               f"neighbour {ctx.P(ctx.person())} saw two men loading a white van.")
        w = max(len(x) for x in lab) + 2
        body = ctx.L(de="Schadenmeldung Diebstahl – Dienstrad", fr="Déclaration de vol – vélo de fonction",
                     it="Denuncia sinistro furto – bici aziendale", en="Theft claim - leased bike") + "\n\n" + \
            "\n".join(f"{ljust(k + ':', w)}{val}" for k, val in zip(lab, vals, strict=True)) + "\n\n" + story
        reqs = ctx.L(de=["Formulier die Schilderung sachlicher für die Versicherung.",
                         "Fehlt in der Schadenmeldung noch etwas?"],
                     fr=["Reformule le récit de façon plus factuelle pour l'assureur.",
                         "Manque-t-il quelque chose dans la déclaration ?"],
                     it=["Riformula la descrizione in modo più oggettivo per l'assicurazione.",
                         "Manca qualcosa nella denuncia?"],
                     en=["Rewrite the description more factually for the insurer.", "Is anything missing from "
                         "this claim?"])
        return wrap(ctx, body, reqs)
    # v == 3: participants CSV + short colleague chat
    head = ctx.L(de="PersNr;Nachname;Vorname;Geburtsdatum;E-Mail;Rad;Wert;Rate;Beginn",
                 fr="Matricule;Nom;Prénom;Date naissance;E-mail;Vélo;Valeur;Loyer;Début",
                 it="Matricola;Cognome;Nome;Data nascita;E-mail;Bici;Valore;Canone;Inizio",
                 en="EmpNo;Surname;Forename;DOB;Email;Bike;Value;Monthly;Start").split(";")
    rows = []
    people = []
    for _ in range(ctx.ri(5, 9)):
        p = ctx.person()
        people.append(p)
        model, _, price = _bike(ctx)
        rows.append([ctx.digits(5), ctx.P(p, "last"), ctx.P(p, "first"), ctx.D(ctx.birth("worker"), "num"),
                     ctx.E(p, dom), model, f"{price:.2f}", f"{price / 36:.2f}", ctx.numdate(ctx.soon(-300, 30))])
        if ctx.region == "CH":
            rows[-1].insert(4, ctx.H(dotted=ctx.r() < 0.5))
    if ctx.region == "CH":
        head.insert(4, ctx.L(de="AHV", fr="AVS", it="AVS", en="AHV"))
    csv = csv_rows([head, *rows], ctx.ch([";", ","]))
    a, b_ = people[0], people[1]
    msgs = ctx.L(
        de=[(ctx.P(a, "first"), f"weiß jemand, ob die versicherung beim {scheme.lower()} auch akku-schäden abdeckt?"),
            (ctx.P(b_, "first"), f"frag mal {ctx.P(ctx.person(), 'full')} aus der personalabteilung, durchwahl "
                                 f"-{ctx.ri(100, 499)}")],
        fr=[(ctx.P(a, "first"), "quelqu'un sait si l'assurance couvre la batterie ?"),
            (ctx.P(b_, "first"), f"demande à {ctx.P(ctx.person(), 'full')} aux RH, poste {ctx.ri(100, 499)}")],
        it=[(ctx.P(a, "first"), "qualcuno sa se l'assicurazione copre anche la batteria?"),
            (ctx.P(b_, "first"), f"chiedi a {ctx.P(ctx.person(), 'full')} del personale, interno {ctx.ri(100, 499)}")],
        en=[(ctx.P(a, "first"), "anyone know if the insurance covers the battery?"),
            (ctx.P(b_, "first"), f"ask {ctx.P(ctx.person(), 'full')} in HR, ext {ctx.ri(100, 499)}")])
    body = csv + "\n\n" + chat_render(ctx, msgs, layout=3)
    reqs = ctx.L(de=["Berechne pro Person die Gesamtkosten über 36 Monate und sortier nach Wert.",
                     "Wer von denen ist älter als 55? Da gibt es eine Sonderregel."],
                 fr=["Calcule le coût total sur 36 mois par personne.", "Qui a plus de 55 ans ? Règle spéciale."],
                 it=["Calcola il costo totale su 36 mesi per persona.", "Chi ha più di 55 anni? C'è una regola "
                     "speciale."],
                 en=["Work out total cost over 36 months per person.", "Who here is over 55? Different rules apply."])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 8: csa - community-supported agriculture, veg-box schemes, AMAP, GAS
# ---------------------------------------------------------------------------------------------------------------
def _csa(ctx: Ctx) -> tuple[str, str]:
    return {"DE": ctx.ch([("Solawi Lindenhof e.V.", "Solawi"), ("SoLaWi Gemüsegarten Süd", "Solawi")]),
            "AT": ("Foodcoop & Solawi Gartenland", "Solawi"),
            "CH": ctx.L(de=("Gemüseabo Radiesli", "Gemüseabo"), fr=("Les Jardins de Cocagne (ACP)", "ACP"),
                        it=("Orto Condiviso Ticino (ACP)", "ACP"), en=("", "")),
            "FR": ctx.ch([("AMAP Les Paniers du Coteau", "AMAP"), ("AMAP de la Croix-Rousse", "AMAP")]),
            "BE": ("GASAP des Tilleuls", "GASAP"),
            "CA": ctx.L(fr=("Fermiers de famille – Ferme des Quatre-Temps", "paniers"), en=("Good Roots CSA", "CSA"),
                        de="", it=""),
            "IT": ctx.ch([("GAS Gruppo di Acquisto Solidale Ortobello", "GAS"), ("GAS La Zolla", "GAS")]),
            "GB": ctx.ch([("Growing Communities veg box", "veg box"), ("Sutton Community Farm CSA", "CSA")]),
            "US": ("Hillside Acres CSA", "CSA"), "IE": ("Cloughjordan Community Farm", "CSA"),
            "AU": ("Ceres Fair Food box", "veg box"), "NZ": ("Kaipātiki Community Garden CSA", "CSA")}[ctx.region]


def g_csa(ctx: Ctx) -> str:
    v = ctx.i % 4
    name, kind = _csa(ctx)
    has_iban = ctx.region not in ("US", "CA", "AU", "NZ")
    if v == 0:
        head = ctx.L(de=["Name", "Anteile", "Depot", "Beitrag/Monat", "IBAN", "Telefon", "E-Mail"],
                     fr=["Nom", "Parts", "Point de retrait", "Cotisation/mois", "IBAN", "Téléphone", "E-mail"],
                     it=["Nome", "Quote", "Punto ritiro", "Contributo mensile", "IBAN", "Telefono", "E-mail"],
                     en=["Name", "Shares", "Pickup point", "Per month", "IBAN", "Phone", "Email"])
        depots = []
        for _ in range(3):
            host = ctx.person()
            a = ctx.addr()
            depots.append(ctx.L(de=f"bei {ctx.P(host, 'last')}, {ctx.A(a, 'street')}",
                                fr=f"chez {ctx.P(host, 'first')}, {ctx.A(a, 'street')}",
                                it=f"da {ctx.P(host, 'full')}, {ctx.A(a, 'street')}",
                                en=f"{ctx.P(host, 'first')}'s porch, {ctx.A(a, 'street')}"))
        depots.append(ctx.L(de="Hof", fr="à la ferme", it="in cascina", en="farm gate"))
        rows = []
        for _ in range(ctx.ri(6, 10)):
            p = ctx.person()
            rows.append([ctx.P(p, ctx.ch(["full", "rev"])), ctx.ch(["1", "1", "0,5" if ctx.lang != "en" else "0.5",
                                                                     "2"]),
                         ctx.ch(depots), ctx.money(ctx.ri(45, 110)), ctx.IB() if has_iban else "",
                         ctx.T() if ctx.r() < 0.8 else "", ctx.E(p) if ctx.r() < 0.8 else ""])
        if not has_iban:
            head = head[:4] + head[5:]
            rows = [r[:4] + r[5:] for r in rows]
        body = f"{name} – " + ctx.L(de="Mitglieder Saison ", fr="adhérents saison ", it="soci stagione ",
                                    en="members season ") + f"{ctx.today.year}\n\n" + any_table(ctx, head, rows)
        reqs = ctx.L(de=["Wie viele Anteile pro Depot? Und wie hoch sind die Einnahmen pro Monat?",
                         "Mach mir eine Packliste pro Depot."],
                     fr=["Combien de parts par point de retrait ? Et le total mensuel ?",
                         "Fais-moi une liste de préparation par point de retrait."],
                     it=["Quante quote per punto di ritiro? E l'incasso mensile?",
                         "Fammi una lista di preparazione per ogni punto di ritiro."],
                     en=["How many shares per pickup point, and what's the monthly income?",
                         "Make me a packing list per pickup point."])
        return wrap(ctx, body, reqs)
    if v == 1:
        p = ctx.person()
        b = ctx.birth("adult")
        home = ctx.addr()
        farmer = ctx.person()
        farm = ctx.addr()
        fee = ctx.ri(55, 95)
        pay = ctx.L(de=f"per SEPA-Lastschrift von meinem Konto {ctx.IB()}",
                    fr=f"par prélèvement sur le compte {ctx.IB()}" if ctx.r() < 0.6 else
                    f"par 6 chèques n° {ctx.digits(7)} à {ctx.digits(7)}",
                    it=f"tramite bonifico/RID dal conto {ctx.IB()}",
                    en=f"by standing order from {ctx.IB()}" if has_iban else "by card (on file)")
        if not has_iban and ctx.lang != "en":
            pay = ctx.L(de="", fr="par chèques postdatés", it="", en="")
        body = ctx.L(
            de=f"BEITRITTSERKLÄRUNG UND ERNTEVERTRAG\n{name}\n\nVorname, Name: {ctx.P(p)}\nGeburtsdatum: "
               f"{ctx.D(b, 'num')}\nAnschrift: {ctx.A(home)}\nTelefon: {ctx.T()}\nE-Mail: {ctx.E(p)}\n\nIch trete dem "
               f"Verein bei und verpflichte mich, für die Saison vom {ctx.numdate(ctx.soon(10, 40))} bis "
               f"{ctx.numdate(ctx.soon(300, 380))} einen Ernteanteil zu {ctx.money(fee)} monatlich zu zahlen, {pay}."
               f"\n\n{'Gärtnerin' if farmer.g == 'f' else 'Gärtner'}: {ctx.P(farmer)}, {ctx.A(farm)}, "
               f"{ctx.T('land', farm['area'])}\n\n"
               f"{home['town']}, {ctx.numdate(ctx.today)}",
            fr=f"CONTRAT D'ENGAGEMENT – {name}\n\nEntre le producteur : {ctx.P(farmer)}, {ctx.A(farm)}, tél. "
               f"{ctx.T('land', farm['area'])}\net l'adhérent(e) : {ctx.P(p)}, {cue(ctx, p.g)} {ctx.D(b)}, "
               f"demeurant {ctx.A(home)}, {ctx.T()}, {ctx.E(p)}.\n\nL'adhérent(e) s'engage à préfinancer un panier "
               f"hebdomadaire à {ctx.money(fee / 4)} pour la saison du {ctx.numdate(ctx.soon(10, 40))} au "
               f"{ctx.numdate(ctx.soon(300, 380))}, réglé {pay}.\n\nFait en deux exemplaires à {home['town']}, le "
               f"{ctx.numdate(ctx.today)}.",
            it=f"MODULO DI ADESIONE – {name}\n\nIl/La sottoscritto/a {ctx.P(p)}, {cue(ctx, p.g)} {ctx.D(b)}, "
               f"residente in {ctx.A(home)}, tel. {ctx.T()}, e-mail {ctx.E(p)},\n\nchiede di aderire al gruppo e si "
               f"impegna a versare {ctx.money(fee)} al mese {pay}.\n\nReferente produttore: {ctx.P(farmer)}, "
               f"{ctx.A(farm)}, {ctx.T('land', farm['area'])}\n\n{home['town']}, {ctx.numdate(ctx.today)}",
            en=f"MEMBERSHIP AGREEMENT - {name}\n\nMember: {ctx.P(p)}\nDate of birth: {ctx.D(b, 'num')}\nAddress: "
               f"{ctx.A(home)}\nPhone: {ctx.T()}\nEmail: {ctx.E(p)}\n\nI agree to pay {ctx.money(fee)} per month "
               f"{pay} for the season starting {ctx.numdate(ctx.soon(10, 40))}.\n\nGrower: {ctx.P(farmer)}, "
               f"{ctx.A(farm)}, {ctx.T('land', farm['area'])}\n\nSigned {ctx.numdate(ctx.today)}")
        reqs = ctx.L(de=["Ist das rechtlich ein normaler Vereinsbeitritt? Worauf verpflichte ich mich?",
                         "Erklär mir in einfachen Worten, was ich da unterschreibe."],
                     fr=["À quoi je m'engage exactement avec ce contrat ?", "Explique-moi ce contrat simplement."],
                     it=["A cosa mi impegno esattamente?", "Spiegami questo modulo in parole semplici."],
                     en=["What exactly am I committing to here?", "Explain this agreement in plain words."])
        return wrap(ctx, body, reqs)
    if v == 2:
        weeks = [ctx.soon(1, 5) + dt.timedelta(days=7 * k) for k in range(5)]
        pp = [ctx.person() for _ in range(6)]
        head = ctx.L(de=["Woche", "Abholdienst", "Vertretung", "Telefon"], fr=["Semaine", "Permanence", "Remplaçant",
                                                                                 "Téléphone"],
                     it=["Settimana", "Turno distribuzione", "Sostituto", "Telefono"],
                     en=["Week", "On duty", "Backup", "Phone"])
        rows = []
        for w in weeks:
            duty, backup = ctx.rng.sample(pp, 2)
            rows.append([ctx.numdate(w), ctx.P(duty, ctx.ch(["full", "first"])), ctx.P(backup, "first"), ctx.T()])
        org = ctx.person()
        snd = [ctx.P(x, ctx.ch(["first", "full"])) if ctx.r() < 0.75 else ctx.T() for x in pp[:3]]
        host = ctx.addr()
        msgs = ctx.L(
            de=[(ctx.P(org, "first"), f"Neuer Abholplan ist oben. Depot ist ab jetzt bei {ctx.P(pp[3], 'first')} in "
                                      f"der Garage, {ctx.A(host, 'street')}. Code fürs Schloss schick ich privat."),
                (snd[0], f"ich kann am {ctx.numdate(weeks[1])} nicht, kann jemand tauschen?"),
                (snd[1], "ich mach das 👍"),
                (snd[2], "kleine frage: wo überweis ich den anteil für neue mitglieder? gleiche iban wie letztes "
                         "jahr?"),
                (ctx.P(org, "first"), f"ja, {ctx.IB() if has_iban else 'wie immer'}")],
            fr=[(ctx.P(org, "first"), f"Nouveau planning en ligne. La distribution se fait désormais chez "
                                      f"{ctx.P(pp[3], 'first')}, {ctx.A(host, 'street')}."),
                (snd[0], f"je ne peux pas le {ctx.numdate(weeks[1])}, quelqu'un peut échanger ?"),
                (snd[1], "je prends 👍"),
                (snd[2], "on vire la cotisation où pour les nouveaux ?"),
                (ctx.P(org, "first"), f"sur {ctx.IB() if has_iban else 'le compte habituel'}")],
            it=[(ctx.P(org, "first"), f"Nuovi turni caricati. La distribuzione ora è da {ctx.P(pp[3], 'first')}, "
                                      f"{ctx.A(host, 'street')}."),
                (snd[0], f"il {ctx.numdate(weeks[1])} non ci sono, qualcuno scambia?"),
                (snd[1], "faccio io 👍"),
                (snd[2], "dove versano la quota i nuovi?"),
                (ctx.P(org, "first"), f"sempre su {ctx.IB() if has_iban else 'il solito conto'}")],
            en=[(ctx.P(org, "first"), f"New rota is up. Pickup is now from {ctx.P(pp[3], 'first')}'s garage, "
                                      f"{ctx.A(host, 'street')}."),
                (snd[0], f"can't do {ctx.numdate(weeks[1])}, anyone swap?"),
                (snd[1], "i'll take it 👍"),
                (snd[2], "where do new members pay?"),
                (ctx.P(org, "first"), f"same as before, {ctx.IB() if has_iban else 'via the website'}")])
        body = any_table(ctx, head, rows, "md mda fixed pipe") + "\n\n" + chat_render(ctx, msgs, lower_all=ctx.r() < .3)
        reqs = ctx.L(de=["Aktualisier den Abholplan mit dem Tausch aus dem Chat.", "Wer hat wann Dienst? Kurz bitte."],
                     fr=["Mets à jour le planning avec l'échange du chat.", "Qui est de permanence quand ?"],
                     it=["Aggiorna i turni con lo scambio della chat.", "Chi è di turno quando?"],
                     en=["Update the rota with the swap from the chat.", "Who's on duty when?"])
        return wrap(ctx, body, reqs)
    # v == 3: web-shop subscription webhook
    p = ctx.person()
    a = ctx.addr()
    gift = ctx.person() if ctx.r() < 0.4 else None
    ga = ctx.addr() if gift else None
    ev = {"event": "subscription.created", "id": f"evt_{ctx.letters(4).lower()}{ctx.digits(10)}",
          "data": {"plan": ctx.ch(["box-small-weekly", "box-family-biweekly", "fruit-veg-weekly"]),
                   "customer": {"first_name": ctx.P(p, "first"), "last_name": ctx.P(p, "last"), "email": ctx.E(p),
                                "phone": ctx.T(), "address_line1": ctx.A(a, "street"), "postcode": a["pc"],
                                "city": a["town"]},
                   "payment": {"method": "card", "card_number": ctx.C(""), "exp": f"{ctx.ri(1, 12):02d}/"
                               f"{ctx.ri(26, 31)}", "amount": ctx.money(ctx.ri(18, 45))} if ctx.r() < 0.5 else
                   {"method": "sepa_debit" if has_iban else "card", "iban": ctx.IB(grouped=False)} if has_iban else
                   {"method": "card", "last4": ctx.digits(4)},
                   "ip": ctx.N(), "first_delivery": ctx.soon(3, 12).isoformat()}}
    if gift:
        ev["data"]["gift_recipient"] = {"name": ctx.P(gift), "address": ctx.A(ga, "one"),
                                        "note": ctx.L(de="Alles Gute zum Geburtstag!", fr="Joyeux anniversaire !",
                                                      it="Buon compleanno!", en="happy birthday!")}
    body = ctx.L(de="Webhook-Log vom Shop:", fr="Log du webhook de la boutique :", it="Log del webhook del negozio:",
                 en="Webhook log from the shop:") + "\n" + jdump(ev, indent=ctx.ch([2, 4]))
    reqs = ctx.L(de=["Warum steht da eine volle Kartennummer drin? Ist das ein Datenschutzproblem?",
                     "Schreib mir eine Python-Funktion, die daraus die Lieferadresse zieht."],
                 fr=["Pourquoi y a-t-il un numéro de carte complet ? C'est un problème RGPD ?",
                     "Écris une fonction Python qui extrait l'adresse de livraison."],
                 it=["Perché c'è il numero completo della carta? È un problema di privacy?",
                     "Scrivi una funzione Python che estrae l'indirizzo di consegna."],
                 en=["Why is there a full card number in here? Is that a compliance problem?",
                     "Write a Python function that pulls the delivery address out of this."])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 9: referees - match officials: appointments, expenses, incident reports, courses
# ---------------------------------------------------------------------------------------------------------------
def _teams(ctx: Ctx, n: int) -> list[str]:
    pool = ctx.L(de=["TSV Eichenried", "SV Hafenstadt II", "FC Grünwald", "SpVgg Talheim", "VfB Lindenau",
                     "SC Bergheim", "FC Alpenblick", "ASK Donaustadt", "FC Seefeld", "SG Mühlbach/Au"],
                 fr=["FC Vallée", "AS Bellerive", "US Riviera", "Olympique Saint-Amand", "ES Plateau", "FC Lac",
                     "Stade Mosan", "JS Cerisiers"],
                 it=["US Borgorosso", "AC Valdarno", "Polisportiva Aurora", "SS Castelverde", "ASD Virtus Colle",
                     "FC Lagunari", "Real Pianura", "US Montebello"],
                 en=["Harbourside FC", "Northfield United", "Ballymore Rovers", "Springfield Athletic",
                     "Riverside City", "Kingsway Celtic", "Parkside Rangers", "St Jude's AFC"])
    return ctx.rng.sample(pool, n)


def _league(ctx: Ctx) -> str:
    return ctx.L(de=ctx.ch(["Kreisliga A", "Bezirksliga Nord", "A-Junioren Landesliga", "2. Liga inter",
                            "Unterliga Ost"]),
                 fr=ctx.ch(["Régional 1", "Départemental 2", "U17 Ligue", "2e ligue interrégionale"]),
                 it=ctx.ch(["Promozione girone B", "Prima Categoria", "Juniores regionali", "Terza Categoria"]),
                 en=ctx.ch(["Sunday League Div 2", "County Senior League", "U18 Premier", "Intermediate Cup"]))


def g_referees(ctx: Ctx) -> str:
    v = ctx.i % 4
    league = _league(ctx)
    if v == 0:
        refs = [ctx.person() for _ in range(7)]
        rows = []
        for _ in range(ctx.ri(4, 6)):
            t1, t2 = _teams(ctx, 2)
            day = ctx.soon(2, 12)
            crew = ctx.rng.sample(refs, 3)
            rows.append([f"{ctx.digits(3)}{ctx.letters(1)}{ctx.digits(3)}", f"{ctx.wd(day)} {ctx.numdate(day)}",
                         f"{ctx.ri(11, 19)}:{ctx.ch(['00', '30'])}", f"{t1} – {t2}",
                         ctx.P(crew[0], ctx.ch(["rev", "full", "LAST First"])),
                         ctx.P(crew[1], ctx.ch(["rev", "F. Last", "full"])), ctx.P(crew[2], ctx.ch(["rev", "full"]))])
        head = ctx.L(de=["Spiel-Nr.", "Datum", "Anstoß", "Begegnung", "SR", "SRA 1", "SRA 2"],
                     fr=["N° match", "Date", "Heure", "Rencontre", "Arbitre", "AA1", "AA2"],
                     it=["Gara n.", "Data", "Ora", "Incontro", "Arbitro", "AA1", "AA2"],
                     en=["Match no", "Date", "KO", "Fixture", "Referee", "AR1", "AR2"])
        contacts = "\n".join(f"{ctx.P(r, 'full')}: {ctx.T()}" + (f", {ctx.E(r)}" if ctx.r() < 0.5 else "")
                             for r in refs[:ctx.ri(4, 7)])
        coord = ctx.person()
        body = ctx.L(de=f"Ansetzungen {league}\n", fr=f"Désignations {league}\n", it=f"Designazioni {league}\n",
                     en=f"Appointments - {league}\n") + "\n" + any_table(ctx, head, rows) + "\n\n" + ctx.L(
            de="Kontakte:", fr="Contacts :", it="Recapiti:", en="Contacts:") + "\n" + contacts + "\n\n" + ctx.L(
            de=f"Absagen bitte nur telefonisch an {ctx.P(coord)} ({ctx.T()}).",
            fr=f"Indisponibilités uniquement par téléphone à {ctx.P(coord)} ({ctx.T()}).",
            it=f"Indisponibilità solo per telefono a {ctx.P(coord)} ({ctx.T()}).",
            en=f"Any drop-outs by phone only to {ctx.P(coord)} ({ctx.T()}).")
        reqs = ctx.L(de=["Mach mir daraus für jeden Schiri eine kurze Übersicht seiner Spiele.",
                         "Wer ist am Wochenende mehrfach angesetzt?"],
                     fr=["Fais un récapitulatif des matchs par arbitre.", "Qui est désigné plusieurs fois ?"],
                     it=["Fammi un riepilogo delle gare per ogni arbitro.", "Chi è designato più volte?"],
                     en=["Give me a per-official summary of their games.", "Who's been appointed more than once?"])
        return wrap(ctx, body, reqs)
    if v == 1:
        r = ctx.person()
        home = ctx.addr()
        t1, t2 = _teams(ctx, 2)
        km = ctx.ri(12, 160)
        rate = 0.30 if ctx.region != "CH" else 0.70
        fee = ctx.ri(25, 120)
        total = round(km * 2 * rate + fee, 2)
        day = ctx.soon(-20, -1)
        lab = ctx.L(de="Name|Anschrift|Geburtsdatum|SR-Ausweis|Spiel|Datum|Fahrtstrecke|Kilometergeld|Spesen/Honorar|"
                       "Summe|IBAN",
                    fr="Nom|Adresse|Date de naissance|Carte d'arbitre|Match|Date|Trajet|Indemnité km|Indemnité|"
                       "Total|IBAN",
                    it="Nome|Indirizzo|Data di nascita|Tessera AIA|Gara|Data|Percorso|Rimborso km|Diaria|Totale|IBAN",
                    en="Name|Address|Date of birth|Referee ID|Match|Date|Journey|Mileage|Match fee|Total|"
                       "Bank").split("|")
        vals = [ctx.P(r), ctx.A(home), ctx.D(ctx.birth("adult"), "num"), f"{ctx.letters(1)}{ctx.digits(6)}",
                f"{t1} – {t2} ({league})", ctx.numdate(day), f"{home['town']} – {ctx.town()[1]} {km} km x 2",
                ctx.money(km * 2 * rate), ctx.money(fee), ctx.money(total),
                ctx.IB() if ctx.region not in ("US", "CA", "AU", "NZ") else ctx.L(de="", fr="", it="",
                                                                                en="BSB/acc on file")]
        if ctx.region == "CH":
            lab.insert(3, ctx.L(de="AHV-Nr.", fr="N° AVS", it="N. AVS", en="AHV"))
            vals.insert(3, ctx.H())
        w = max(len(x) for x in lab) + 2
        body = ctx.L(de="SPESENABRECHNUNG SCHIEDSRICHTER", fr="NOTE DE FRAIS ARBITRE", it="RIMBORSO SPESE ARBITRO",
                     en="MATCH OFFICIAL EXPENSES CLAIM") + "\n\n" + "\n".join(
            f"{ljust(k + ':', w)}{val}" for k, val in zip(lab, vals, strict=True)) + "\n\n" + ctx.L(
            de=f"Unterschrift Heimverein: ____  ({t1}, Kassier {ctx.P(ctx.person())})",
            fr=f"Visa club recevant : ____ ({t1}, trésorier {ctx.P(ctx.person())})",
            it=f"Firma società ospitante: ____ ({t1}, dirigente {ctx.P(ctx.person())})",
            en=f"Home club signature: ____ ({t1}, secretary {ctx.P(ctx.person())})")
        reqs = ctx.L(de=["Stimmt die Abrechnung? Rechne nach.", "Muss ich das Honorar versteuern?"],
                     fr=["Le calcul est-il juste ?", "Dois-je déclarer ces indemnités ?"],
                     it=["Il calcolo è corretto?", "Devo dichiarare questi rimborsi?"],
                     en=["Does this add up?", "Do I need to declare match fees for tax?"])
        return wrap(ctx, body, reqs)
    if v == 2:
        r = ctx.person()
        t1, t2 = _teams(ctx, 2)
        pl = ctx.person("m")
        b = ctx.birth(ctx.ch(["young", "teen"]))
        off = ctx.person()
        day = ctx.soon(-6, -1)
        nr = ctx.ri(2, 23)
        minute = ctx.ri(5, 90)
        body = ctx.L(
            de=f"SONDERBERICHT\nSpiel: {t1} – {t2} ({league}), Spiel-Nr. {ctx.digits(8)}, {ctx.numdate(day)}\n"
               f"Schiedsrichter: {ctx.P(r)}, {ctx.T()}\n\nIn der {minute}. Minute beleidigte der Spieler Nr. {nr} des "
               f"Gastvereins, {ctx.P(pl)} (Pass-Nr. {ctx.digits(8)}, geb. {ctx.D(b, 'num')}), den Schiedsrichter-"
               f"Assistenten mit den Worten \"...\". Ich zeigte ihm daraufhin die Rote Karte. Der Trainer "
               f"{ctx.P(off)} betrat anschließend das Spielfeld und musste auf die Tribüne verwiesen werden.\n\n"
               f"Zeugen: SRA {ctx.P(ctx.person())}, Ordner {ctx.P(ctx.person(), 'first')}\n\n{ctx.numdate(day)}, "
               f"{ctx.P(r)}",
            fr=f"RAPPORT COMPLÉMENTAIRE\nMatch : {t1} – {t2} ({league}), n° {ctx.digits(8)}, {ctx.numdate(day)}\n"
               f"Arbitre : {ctx.P(r)}, {ctx.T()}\n\nÀ la {minute}e minute, le joueur n° {nr} de l'équipe visiteuse, "
               f"{ctx.P(pl)} (licence {ctx.digits(10)}, né le {ctx.D(b, 'num')}), a insulté l'arbitre assistant. "
               f"Je l'ai exclu. L'entraîneur {ctx.P(off)} est ensuite entré sur le terrain.\n\nTémoins : "
               f"{ctx.P(ctx.person())}, délégué {ctx.P(ctx.person())}\n\n{ctx.P(r)}",
            it=f"RAPPORTO SUPPLEMENTARE\nGara: {t1} – {t2} ({league}), n. {ctx.digits(6)}, {ctx.numdate(day)}\n"
               f"Arbitro: {ctx.P(r)}, cell. {ctx.T()}\n\nAl {minute}' il calciatore n. {nr} della squadra ospite, "
               f"{ctx.P(pl)} (tessera {ctx.digits(7)}, nato il {ctx.D(b, 'num')}), rivolgeva all'assistente frasi "
               f"offensive. Veniva espulso. L'allenatore {ctx.P(off)} entrava quindi sul terreno di gioco.\n\n"
               f"Testimoni: AA {ctx.P(ctx.person())}, dirigente {ctx.P(ctx.person())}\n\n{ctx.P(r)}",
            en=f"MISCONDUCT REPORT\nMatch: {t1} v {t2} ({league}), {ctx.numdate(day)}\nReferee: {ctx.P(r)}, "
               f"{ctx.T()}\n\nIn the {en_th(minute)} minute, away no. {nr}, {ctx.P(pl)} (FAN {ctx.digits(8)}, "
               f"DOB {ctx.D(b, 'num')}), used offensive, insulting or abusive language towards AR1. I sent him off. "
               f"The away manager {ctx.P(off)} then entered the field of play.\n\nWitnesses: AR "
               f"{ctx.P(ctx.person())}, club linesman {ctx.P(ctx.person(), 'first')}\n\n{ctx.P(r)}")
        reqs = ctx.L(de=["Formulier den Bericht sachlicher und vollständiger.", "Korrigier Rechtschreibung und Stil."],
                     fr=["Rends ce rapport plus factuel.", "Corrige l'orthographe et le style."],
                     it=["Rendi il rapporto più oggettivo.", "Correggi ortografia e stile."],
                     en=["Make this report more factual and complete.", "Tidy up the wording please."])
        return wrap(ctx, typo(ctx, body, 0.4), reqs)
    # v == 3: new-referee course registrations
    coord = ctx.person()
    head = ctx.L(de=["Name", "Vorname", "Geburtsdatum", "Alter", "Verein", "Mobil", "E-Mail"],
                 fr=["Nom", "Prénom", "Date de naissance", "Âge", "Club", "Portable", "E-mail"],
                 it=["Cognome", "Nome", "Data di nascita", "Età", "Società", "Cellulare", "E-mail"],
                 en=["Surname", "First name", "DOB", "Age", "Club", "Mobile", "Email"])
    rows = []
    young = None
    for _ in range(ctx.ri(5, 9)):
        p = ctx.person()
        b = ctx.birth(ctx.ch(["teen", "teen", "young", "adult"]))
        if young is None and ctx.age(b) < 16:
            young = p
        rows.append([ctx.P(p, "last"), ctx.P(p, "first"), ctx.D(b, "num"), ctx.ch(_teams(ctx, 3)), ctx.T(),
                     ctx.E(p) if ctx.r() < 0.85 else ""])
        rows[-1].insert(3, str(ctx.age(b)))
    if ctx.r() < 0.45:
        head.append(ctx.L(de="IP (Online-Anmeldung)", fr="IP inscription", it="IP iscrizione", en="Form IP"))
        for row in rows:
            row.append(ctx.N())
    start = ctx.soon(10, 40)
    cem = ctx.email(coord)
    note = ctx.L(
        de=f"Hallo zusammen,\n\nanbei die Anmeldungen für den Neulingslehrgang ab {ctx.numdate(start)}. Mindestalter "
           f"ist 14 Jahre am ersten Kurstag. Bitte prüft das.\n\n{ctx.P(coord)}\nLehrwart\n{ctx.E(coord)} · {ctx.T()}",
        fr=f"Bonjour,\n\nci-dessous les inscriptions à la formation initiale du {ctx.numdate(start)}. Âge minimum : "
           f"15 ans le premier jour.\n\n{ctx.P(coord)}\nCTA\n{ctx.E(coord)}",
        it=f"Ciao a tutti,\n\necco gli iscritti al corso arbitri che inizia il {ctx.numdate(start)}. Età minima "
           f"15 anni "
           f"al primo giorno di corso.\n\n{ctx.P(coord)}\nSezione AIA\n{ctx.E(coord)}",
        en=f"Hi all,\n\nbelow are the sign-ups for the referee course starting {ctx.numdate(start)}. Candidates "
           f"must be "
           f"14 by the first session.\n\n{ctx.P(coord)}\nReferee Development Officer\n{ctx.E(coord)}")
    del cem
    body = note + "\n\n" + any_table(ctx, head, rows)
    reqs = ctx.L(de=["Wer erfüllt das Mindestalter zum Kursbeginn nicht?", "Erstelle eine Mailingliste daraus."],
                 fr=["Qui n'a pas l'âge minimum au début de la formation ?", "Fais une liste de diffusion."],
                 it=["Chi non ha l'età minima all'inizio del corso?", "Fammi una mailing list."],
                 en=["Who won't meet the minimum age by the start date?", "Make me a mailing list from this."])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 10: apprenticeship - apprenticeship contracts, applications, vocational school lists, report books
# ---------------------------------------------------------------------------------------------------------------
def _trade(ctx: Ctx) -> str:
    return ctx.L(de=ctx.ch(["Kfz-Mechatroniker/in", "Elektroniker/in für Energie- und Gebäudetechnik",
                            "Kauffrau/-mann für Büromanagement", "Tischler/in", "Medizinische/r Fachangestellte/r",
                            "Fachinformatiker/in Anwendungsentwicklung"]),
                 de_CH=ctx.ch(["Kauffrau/Kaufmann EFZ", "Polymechaniker/in EFZ", "Fachfrau/Fachmann Gesundheit EFZ",
                               "Elektroinstallateur/in EFZ", "Informatiker/in EFZ"]),
                 fr=ctx.ch(["CAP Pâtissier", "BP Coiffure", "CAP Électricien", "Bac pro Maintenance des véhicules",
                            "BTS Comptabilité et gestion"]),
                 fr_CH=ctx.ch(["Employé/e de commerce CFC", "Automaticien/ne CFC", "Assistant/e socio-éducatif/ve "
                               "CFC", "Cuisinier/ère CFC"]),
                 fr_CA=ctx.ch(["DEP Mécanique automobile (alternance)", "DEP Électricité", "DEP Pâtisserie"]),
                 it=ctx.ch(["Operatore meccanico", "Parrucchiere/a", "Impiegato/a amministrativo/a",
                            "Tecnico elettricista", "Cuoco/a"]),
                 it_CH=ctx.ch(["Impiegato/a di commercio AFC", "Polimeccanico/a AFC",
                               "Operatore/trice socioassistenziale "
                               "AFC"]),
                 en=ctx.ch(["Level 3 Electrotechnical apprentice", "Level 2 Hairdressing", "Motor Vehicle Service & "
                            "Maintenance Technician", "Level 3 Business Administrator", "Carpentry apprentice"]))


def _firm(ctx: Ctx) -> str:
    return ctx.L(de=ctx.ch(["Autohaus Talblick GmbH", "Elektro Sonnleitner & Co. KG", "Schreinerei Eichenholz",
                            "Praxisgemeinschaft am Dom", "Bürotechnik Nord GmbH"]),
                 fr=ctx.ch(["Boulangerie-Pâtisserie du Marché", "Garage des Tilleuls", "Salon Coupe & Style",
                            "Électricité Générale du Rhône"]),
                 it=ctx.ch(["Officina Meccanica F.lli Sartori snc", "Salone Bellezza & Stile",
                            "Elettroimpianti Sud srl",
                            "Ristorante La Pergola"]),
                 en=ctx.ch(["Brightspark Electrical Ltd", "Hair by Design", "Castle Motors", "Oakwood Joinery",
                            "Harbour Accountancy Services"]))


def g_apprenticeship(ctx: Ctx) -> str:
    v = ctx.i % 4
    trade = _trade(ctx)
    firm = _firm(ctx)
    dom = org_domain(ctx, firm)
    if v == 0:
        a = ctx.person()
        b = ctx.birth(ctx.ch(["teen", "teen", "young"]))
        home = ctx.addr()
        fa = ctx.addr()
        boss = ctx.person()
        trainer = ctx.person()
        m1 = ctx.kin(a, "f")
        m2 = ctx.kin(a, "m") if ctx.r() < 0.5 else None
        start = dt.date(ctx.today.year, ctx.ch([8, 9]), 1)
        end = dt.date(start.year + 3, 7, 31)
        place = ctx.town()[1]
        minor = ctx.age(b) < 18
        guard = (ctx.P(m1) + (" " + ctx.L(de="und", fr="et", it="e", en="and") + " " + ctx.P(m2) if m2 else ""))
        body = ctx.L(
            de=f"BERUFSAUSBILDUNGSVERTRAG (§§ 10, 11 BBiG)\n\nZwischen dem Ausbildenden\n{firm}\n"
               f"{ctx.A(fa, 'street')}\n{ctx.A(fa, 'line2')}\nTel. {ctx.T('land', fa['area'])}\nvertreten durch "
               f"{ctx.P(boss)}\n\nund der/dem Auszubildenden\nName, Vorname: {ctx.P(a, 'rev')}\nGeburtsdatum: "
               f"{ctx.D(b, 'num')}   Geburtsort: {place}\nAnschrift: {ctx.A(home)}\nTelefon: {ctx.T()}\nE-Mail: "
               f"{ctx.E(a)}\n" + (f"gesetzlich vertreten durch: {guard}, {ctx.A(home, 'one')}\n" if minor else "")
               + f"\nwird ein Ausbildungsverhältnis im Ausbildungsberuf {trade} geschlossen.\nBeginn: "
               f"{ctx.numdate(start)}  Ende: {ctx.numdate(end)}  Probezeit: 4 Monate\nAusbilder/in: {ctx.P(trainer)}"
               f"\nVergütung: 1. Jahr {ctx.money(ctx.ri(850, 1150))}, 2. Jahr {ctx.money(ctx.ri(950, 1250))}",
            de_CH=f"LEHRVERTRAG\n\nLehrbetrieb: {firm}, {ctx.A(fa)}, Tel. {ctx.T('land', fa['area'])}\n"
                  f"Berufsbildner/in: {ctx.P(trainer)}\n\nLernende/r\nName: {ctx.P(a, 'last')}   Vorname: "
                  f"{ctx.P(a, 'first')}\nGeburtsdatum: {ctx.D(b, 'num')}   Heimatort: {place}\nAHV-Nr.: {ctx.H()}\n"
                  f"Adresse: {ctx.A(home)}\nNatel: {ctx.T()}\nE-Mail: {ctx.E(a)}\n"
                  + (f"Gesetzliche Vertretung: {guard}\n" if minor else "")
                  + f"\nBeruf: {trade}\nLehrbeginn: {ctx.numdate(start)}   Lehrabschluss: {ctx.numdate(end)}\n"
                  f"Lohn: 1. Lehrjahr {ctx.money(ctx.ri(600, 900))} / Monat\nFür den Betrieb: {ctx.P(boss)}",
            fr=f"CONTRAT D'APPRENTISSAGE (Cerfa n°10103*10)\n\nL'EMPLOYEUR\nDénomination : {firm}\nAdresse : "
               f"{ctx.A(fa)}\nTéléphone : {ctx.T('land', fa['area'])}\nMaître d'apprentissage : {ctx.P(trainer)}\n\n"
               f"L'APPRENTI(E)\nNom de naissance : {ctx.P(a, 'LAST')}   Prénom : {ctx.P(a, 'first')}\nDate de "
               f"naissance : {ctx.D(b, 'num')}   Commune de naissance : {place}\nAdresse : {ctx.A(home)}\n"
               f"Téléphone : {ctx.T()}   Courriel : {ctx.E(a)}\n"
               + (f"Représentant légal : {guard}\n" if minor else "")
               + f"\nDiplôme préparé : {trade}\nDébut du contrat : {ctx.numdate(start)}   Fin : {ctx.numdate(end)}"
               f"\nSignature de l'employeur : {ctx.P(boss)}",
            fr_CH=f"CONTRAT D'APPRENTISSAGE\n\nEntreprise formatrice : {firm}, {ctx.A(fa)}, {ctx.T('land', fa['area'])}"
                  f"\nFormateur/trice : {ctx.P(trainer)}\n\nPersonne en formation : {ctx.P(a)}\nDate de naissance : "
                  f"{ctx.D(b, 'num')}   Lieu d'origine : {place}\nN° AVS : {ctx.H()}\nAdresse : {ctx.A(home)}\n"
                  f"Natel : {ctx.T()}\n" + (f"Représentant légal : {guard}\n" if minor else "")
                  + f"\nProfession : {trade}\nDébut : {ctx.numdate(start)}   Fin : {ctx.numdate(end)}",
            it=f"CONTRATTO DI APPRENDISTATO PROFESSIONALIZZANTE\n\nTra la ditta {firm}, con sede in {ctx.A(fa)}, "
               f"tel. {ctx.T('land', fa['area'])}, in persona del legale rappresentante {ctx.P(boss)},\n\ne "
               f"{'la' if a.g == 'f' else 'il'} Sig.{'ra' if a.g == 'f' else ''} {ctx.P(a)}, "
               f"{'nata' if a.g == 'f' else 'nato'} a {place} il {ctx.D(b, 'legal')}, residente in {ctx.A(home)}, "
               f"cell. {ctx.T()}, e-mail {ctx.E(a)}" + (f", rappresentat{'a' if a.g == 'f' else 'o'} dai genitori "
                                                       f"{guard}" if minor else "")
               + f",\n\nsi conviene quanto segue: qualifica {trade}; durata dal {ctx.numdate(start)} al "
               f"{ctx.numdate(end)}; tutor aziendale {ctx.P(trainer)}.",
            it_CH=f"CONTRATTO DI TIROCINIO\n\nAzienda formatrice: {firm}, {ctx.A(fa)}, tel. {ctx.T('land', fa['area'])}"
                  f"\nFormatore/trice: {ctx.P(trainer)}\n\nPersona in formazione: {ctx.P(a)}\nData di nascita: "
                  f"{ctx.D(b, 'num')}   Luogo d'origine: {place}\nN. AVS: {ctx.H()}\nIndirizzo: {ctx.A(home)}\n"
                  f"Natel: {ctx.T()}\n" + (f"Rappresentante legale: {guard}\n" if minor else "")
                  + f"\nProfessione: {trade}\nInizio: {ctx.numdate(start)}   Fine: {ctx.numdate(end)}",
            en=f"APPRENTICESHIP AGREEMENT\n\nEmployer: {firm}\nAddress: {ctx.A(fa)}\nTel: "
               f"{ctx.T('land', fa['area'])}\nSupervisor: {ctx.P(trainer)}\n\nApprentice\nName: {ctx.P(a)}\n"
               f"Date of birth: {ctx.D(b, 'num')}\nAddress: {ctx.A(home)}\nMobile: {ctx.T()}\nEmail: {ctx.E(a)}\n"
               + (f"Parent/guardian: {guard}\n" if minor else "")
               + f"\nApprenticeship: {trade}\nStart date: {ctx.numdate(start)}   Planned end date: "
               f"{ctx.numdate(end)}\nSigned for the employer: {ctx.P(boss)}")
        reqs = ctx.L(de=["Ist der Vertrag so in Ordnung? Was fehlt oder ist ungewöhnlich?",
                         "Erklär mir die wichtigsten Punkte des Vertrags (ich bin die Mutter)."],
                     fr=["Ce contrat est-il correct ? Qu'est-ce qui manque ?", "Explique-moi les points importants."],
                     it=["Il contratto è a posto? Cosa manca?", "Spiegami i punti principali del contratto."],
                     en=["Is this agreement OK? Anything missing or unusual?", "Explain the key points to me."])
        return wrap(ctx, body, reqs)
    if v == 1:
        a = ctx.person()
        b = ctx.birth("teen")
        home = ctx.addr()
        hr = ctx.person()
        aem = ctx.email(a)
        hem = ctx.email(hr, dom)
        interview = ctx.soon(5, 20)
        cv = ctx.L(de=f"Name: {ctx.P(a)}\nGeburtsdatum: {ctx.D(b, 'num')}\nGeburtsort: {ctx.town()[1]}\nAnschrift: "
                      f"{ctx.A(home)}\nHandy: {ctx.T()}\nSchule: {ctx.ch(['Realschule', 'Gesamtschule', 'Gymnasium'])}"
                      f", voraussichtlicher Abschluss {ctx.today.year}",
                   fr=f"Nom : {ctx.P(a)}\nDate de naissance : {ctx.D(b, 'num')}\nAdresse : {ctx.A(home)}\nPortable : "
                      f"{ctx.T()}\nScolarité : {ctx.ch(['collège', 'lycée professionnel', 'seconde générale'])}",
                   it=f"Nome: {ctx.P(a)}\nData di nascita: {ctx.D(b, 'num')}\nIndirizzo: {ctx.A(home)}\nCellulare: "
                      f"{ctx.T()}\nScuola: {ctx.ch(['istituto tecnico', 'istituto professionale', 'liceo'])}",
                   en=f"Name: {ctx.P(a)}\nDate of birth: {ctx.D(b, 'num')}\nAddress: {ctx.A(home)}\nMobile: "
                      f"{ctx.T()}\nSchool: {ctx.ch(['Year 11', 'sixth form', 'secondary school'])}")
        ask = ctx.L(
            de=f"Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich um einen Ausbildungsplatz als {trade} zum "
               f"{ctx.ch(['1. August', '1. September'])}. Im Praktikum bei Ihnen hat mir die Arbeit mit "
               f"{ctx.P(ctx.person(), 'full')} sehr gefallen.\n\n{cv}\n\n{closing(ctx)}\n{ctx.P(a)}",
            fr=f"Madame, Monsieur,\n\nje souhaite postuler pour un apprentissage {trade}. Lors de mon stage, j'ai "
               f"beaucoup appris aux côtés de {ctx.P(ctx.person(), 'full')}.\n\n{cv}\n\n{closing(ctx)}\n{ctx.P(a)}",
            it=f"Gentili signori,\n\nvorrei candidarmi per l'apprendistato come {trade}. Durante lo stage ho "
               f"lavorato con {ctx.P(ctx.person(), 'full')} e mi è piaciuto molto.\n\n{cv}\n\n{closing(ctx)}\n"
               f"{ctx.P(a)}",
            en=f"Dear Sir or Madam,\n\nI would like to apply for the {trade} apprenticeship. I enjoyed my work "
               f"experience with {ctx.P(ctx.person(), 'full')} very much.\n\n{cv}\n\n{closing(ctx)}\n{ctx.P(a)}")
        reply = ctx.L(
            de=f"{salute(ctx, a)}\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zum "
               f"Vorstellungsgespräch am "
               f"{ctx.numdate(interview)} um {ctx.time()} Uhr ein. Bitte bringen Sie Ihr letztes Zeugnis mit.\n\n"
               f"{closing(ctx)}\n{ctx.P(hr)}\nPersonal, {firm}\nTel. {ctx.T('land')}",
            fr=f"{salute(ctx, a)}\n\nmerci pour votre candidature. Nous vous proposons un entretien le "
               f"{ctx.numdate(interview)} à {ctx.time()}.\n\n{closing(ctx)}\n{ctx.P(hr)}\n{firm}\n{ctx.T('land')}",
            it=f"{salute(ctx, a)}\n\ngrazie per la candidatura. La invitiamo a un colloquio il "
               f"{ctx.numdate(interview)} "
               f"alle {ctx.time()}.\n\n{closing(ctx)}\n{ctx.P(hr)}\n{firm}\n{ctx.T('land')}",
            en=f"{salute(ctx, a)}\n\nthank you for applying. We'd like to invite you to an interview on "
               f"{ctx.numdate(interview)} at {ctx.time()}.\n\n{closing(ctx)}\n{ctx.P(hr)}\n{firm}\n{ctx.T('land')}")
        when = ctx.soon(-8, -1)
        body = mail_head(ctx, who(ctx, hr, mk("EMAIL", hem)), who(ctx, a, mk("EMAIL", aem)), ctx.L(
            de="Einladung Vorstellungsgespräch", fr="Convocation entretien", it="Invito a colloquio",
            en="Interview invitation"), when) + "\n\n" + reply + "\n\n" + quote_lines(
            quote_head(ctx, a, mk("EMAIL", aem), when) + "\n" + ask)
        reqs = ctx.L(de=["Wie bereite ich mich auf das Gespräch vor? Ich bin ziemlich nervös.",
                         "Schreib eine Zusage für den Termin."],
                     fr=["Comment me préparer à cet entretien ?", "Écris une réponse pour confirmer le rendez-vous."],
                     it=["Come mi preparo al colloquio?", "Scrivi una risposta per confermare."],
                     en=["How should I prepare for the interview?", "Write a short reply confirming I'll come."])
        return wrap(ctx, body, reqs)
    if v == 2:
        head = ctx.L(de=["Name", "Vorname", "Geb.-Dat.", "Ausbildungsbetrieb", "Ausbilder/in", "Tel. Betrieb"],
                     fr=["Nom", "Prénom", "Naissance", "Entreprise", "Maître d'apprentissage", "Tél. entreprise"],
                     it=["Cognome", "Nome", "Nascita", "Azienda", "Tutor", "Tel. azienda"],
                     en=["Surname", "First name", "DOB", "Employer", "Workplace mentor", "Employer phone"])
        rows = []
        firms = [(_firm(ctx), ctx.person(), ctx.T("land")) for _ in range(4)]
        for _ in range(ctx.ri(7, 12)):
            p = ctx.person()
            f, t, ph = ctx.ch(firms)
            rows.append([ctx.P(p, "last"), ctx.P(p, "first"), ctx.D(ctx.birth("teen"), "num"), f,
                         ctx.P(t, ctx.ch(["full", "rev", "F. Last"])), ph])
        cls = ctx.L(de=f"Berufsschule – Klasse {ctx.ch(['KFZ', 'EL', 'BM', 'IT'])}{ctx.ri(10, 13)}{ctx.ch('abc')}",
                    fr=f"CFA – groupe {ctx.ch(['CAP', 'BP', 'BTS'])} {ctx.ri(1, 2)}A",
                    it=f"Centro di formazione professionale – classe {ctx.ri(1, 3)}{ctx.ch('ABC')}",
                    en=f"College apprentice group {ctx.letters(2)}{ctx.ri(1, 3)}")
        body = cls + "\n" + any_table(ctx, head, rows)
        reqs = ctx.L(de=["Welche Azubis sind noch minderjährig? Die brauchen die Einverständniserklärung für den "
                         "Ausflug.", "Sortiere nach Betrieb."],
                     fr=["Quels apprentis sont encore mineurs ?", "Trie par entreprise."],
                     it=["Quali apprendisti sono ancora minorenni?", "Ordina per azienda."],
                     en=["Which apprentices are still under 18?", "Sort this by employer."])
        return wrap(ctx, body, reqs)
    # v == 3: report book entries and a chat with the trainer
    a = ctx.person()
    t = ctx.person()
    wk = ctx.soon(-30, -7)
    entries = ctx.L(de=["Ölwechsel und Inspektion an zwei Fahrzeugen", "Berufsschule (Lernfeld 4)",
                        "Bremsen vorne gewechselt mit Geselle", "Reifeneinlagerung"],
                    fr=["vidange et révision sur deux véhicules", "cours au CFA", "changement des plaquettes avec le "
                        "compagnon", "inventaire atelier"],
                    it=["cambio olio e tagliando", "scuola", "sostituzione pastiglie freni con il collega",
                        "inventario magazzino"],
                    en=["oil change and service on two cars", "college day", "front brakes with the fitter",
                        "stock take"])
    book = ctx.L(de=f"Ausbildungsnachweis Nr. {ctx.ri(10, 90)} – Woche vom {ctx.numdate(wk)}\nName: {ctx.P(a)}",
                 fr=f"Livret d'apprentissage – semaine du {ctx.numdate(wk)}\nApprenti(e) : {ctx.P(a)}",
                 it=f"Diario di apprendistato – settimana dal {ctx.numdate(wk)}\nApprendista: {ctx.P(a)}",
                 en=f"Apprenticeship log - week commencing {ctx.numdate(wk)}\nApprentice: {ctx.P(a)}") + "\n" + \
        "\n".join(f"{ctx.wd(wk + dt.timedelta(days=k))}: {x}" for k, x in enumerate(entries)) + "\n" + ctx.L(
            de="Geprüft: ", fr="Visa du maître d'apprentissage : ", it="Visto tutor: ", en="Checked by: ") + \
        ctx.P(t, ctx.ch(["full", "F. Last"]))
    sa = ctx.P(a, "first") if ctx.r() < 0.6 else ctx.T()
    stt = ctx.P(t, "full")
    msgs = ctx.L(
        de=[(sa, "guten morgen, bin krank, hab termin beim arzt um 10"), (stt, "Gute Besserung. Bitte AU bis morgen "
                                                                              "schicken."),
            (sa, f"ok. mein neue handynummer ist {ctx.T()} falls was ist")],
        fr=[(sa, "bonjour je suis malade, rdv médecin à 10h"), (stt, "Bon rétablissement, envoie l'arrêt stp."),
            (sa, f"ok. mon nouveau numéro c'est {ctx.T()}")],
        it=[(sa, "buongiorno sono malato, ho il medico alle 10"), (stt, "Guarisci presto, mandami il certificato."),
            (sa, f"ok. il mio nuovo numero è {ctx.T()}")],
        en=[(sa, "morning, im ill, got the doctors at 10"), (stt, "Get well soon. Send me the fit note please."),
            (sa, f"ok. new number btw {ctx.T()}")])
    body = book + "\n\n" + chat_render(ctx, msgs, lower_all=False)
    reqs = ctx.L(de=["Formulier die Einträge im Berichtsheft ausführlicher.", "Hilf mir, das Berichtsheft besser zu "
                     "schreiben."],
                 fr=["Rédige ces entrées de façon plus détaillée.", "Aide-moi à mieux rédiger mon livret."],
                 it=["Rendi più dettagliate le voci del diario.", "Aiutami a scrivere meglio il diario."],
                 en=["Expand these log entries a bit.", "Help me write this log up properly."])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 11: union - trade union membership, dues, legal aid, strike pay
# ---------------------------------------------------------------------------------------------------------------
def _union(ctx: Ctx) -> str:
    return {"DE": ctx.ch(["ver.di", "IG Metall", "GEW", "NGG", "IG BCE"]), "AT": ctx.ch(["GPA", "PRO-GE", "vida",
                                                                                        "younion"]),
            "CH": ctx.L(de=ctx.ch(["Unia", "VPOD", "Syna"]), fr=ctx.ch(["Unia", "SSP", "Syna"]),
                        it=ctx.ch(["Unia", "VPOD Ticino", "OCST"]), en="Unia"),
            "FR": ctx.ch(["CGT", "CFDT", "FO", "SUD", "UNSA"]), "BE": ctx.ch(["FGTB", "CSC", "CGSLB"]),
            "CA": ctx.ch(["CSN", "FTQ", "CSQ"]) if ctx.lang == "fr" else ctx.ch(["CUPE", "Unifor", "UFCW Canada"]),
            "IT": ctx.ch(["FIOM-CGIL", "FILCAMS-CGIL", "CISL FP", "UILTuCS", "FLC CGIL"]),
            "GB": ctx.ch(["UNISON", "Unite", "GMB", "NEU", "RCN"]),
            "US": ctx.ch(["SEIU Local 32BJ", "Teamsters Local 727", "AFT Local 2", "UFCW Local 7"]),
            "IE": ctx.ch(["SIPTU", "Fórsa", "Connect Trade Union", "INMO"]), "AU": ctx.ch(["United Workers Union",
                                                                                         "ANMF", "CFMEU"]),
            "NZ": ctx.ch(["E tū", "PSA", "NZNO"])}[ctx.region]


def g_union(ctx: Ctx) -> str:
    v = ctx.i % 4
    un = _union(ctx)
    udom = org_domain(ctx, un)
    has_iban = ctx.region not in ("US", "CA", "AU", "NZ")
    if v == 0:
        m = ctx.person()
        b = ctx.birth("worker")
        home = ctx.addr()
        emp = ctx.ch([_employer(ctx), _firm(ctx)])
        wa = ctx.addr()
        rec = ctx.person()
        lab = ctx.L(de="Name, Vorname|Geburtsdatum|Straße, Nr.|PLZ, Ort|Telefon|E-Mail|Arbeitgeber|Betriebsanschrift|"
                       "Tätigkeit|Bruttoeinkommen mtl.|IBAN|Geworben durch (Name, Mitgl.-Nr.)",
                    fr="Nom, prénom|Date de naissance|Adresse|Code postal, ville|Téléphone|E-mail|Employeur|"
                       "Adresse du lieu de travail|Emploi|Salaire brut mensuel|IBAN|Parrainé(e) par",
                    it="Cognome e nome|Data di nascita|Indirizzo|CAP e comune|Telefono|E-mail|Datore di lavoro|"
                       "Sede di lavoro|Mansione|Retribuzione lorda|IBAN|Delegato/a",
                    en="Name|Date of birth|Address|Town/postcode|Phone|Email|Employer|Workplace address|Job title|"
                       "Gross monthly pay|Bank (IBAN)|Recruited by").split("|")
        vals = [ctx.P(m, "rev"), ctx.D(b, "num"), ctx.A(home, "street"), ctx.A(home, "line2"), ctx.T(), ctx.E(m), emp,
                ctx.A(wa), ctx.L(de=ctx.ch(["Pflegefachkraft", "Lagerist", "Erzieherin", "Busfahrer"]),
                                 fr=ctx.ch(["aide-soignante", "cariste", "agent d'entretien", "conducteur"]),
                                 it=ctx.ch(["operaio metalmeccanico", "commessa", "OSS", "magazziniere"]),
                                 en=ctx.ch(["care assistant", "warehouse operative", "teaching assistant", "driver"])),
                ctx.money(ctx.ri(1800, 4200)), ctx.IB() if has_iban else "", f"{ctx.P(rec)} ({ctx.digits(8)})"]
        if not has_iban:
            lab = lab[:10] + lab[11:]
            vals = vals[:10] + vals[11:]
        if ctx.region == "CH":
            lab.insert(2, ctx.L(de="AHV-Nummer", fr="N° AVS", it="N. AVS", en="AHV"))
            vals.insert(2, ctx.H())
        if ctx.r() < 0.4:
            lab.append(ctx.L(de="Online-Beitritt (IP)", fr="Adhésion en ligne (IP)", it="Iscrizione online (IP)",
                             en="Joined online (IP)"))
            vals.append(ctx.N())
        w = max(len(x) for x in lab) + 2
        body = ctx.L(de=f"BEITRITTSERKLÄRUNG {un}", fr=f"BULLETIN D'ADHÉSION {un}", it=f"DELEGA / ISCRIZIONE {un}",
                     en=f"{un} MEMBERSHIP APPLICATION") + "\n\n" + "\n".join(
            f"{ljust(k + ':', w)}{val}" for k, val in zip(lab, vals, strict=True)) + "\n\n" + ctx.L(
            de=f"Ort/Datum: {home['town']}, {ctx.numdate(ctx.today)}", fr=f"Le {ctx.numdate(ctx.today)}",
            it=f"Data: {ctx.numdate(ctx.today)}", en=f"Date: {ctx.numdate(ctx.today)}")
        reqs = ctx.L(de=["Wie hoch wäre mein Mitgliedsbeitrag (1 % vom Brutto)? Und ab wann habe ich Rechtsschutz?",
                         "Prüf bitte, ob das Formular vollständig ist."],
                     fr=["Combien coûterait ma cotisation ? Et à partir de quand suis-je protégé(e) ?",
                         "Vérifie que le bulletin est complet."],
                     it=["Quanto pagherei di quota? E da quando ho la tutela legale?",
                         "Controlla che il modulo sia completo."],
                     en=["How much would my subs be, and when does legal cover start?",
                         "Check this form is complete."])
        return wrap(ctx, body, reqs)
    if v == 1:
        head = ctx.L(de=["Mitgl.-Nr.", "Name", "Geb.", "Eintritt", "Beitrag", "IBAN", "Betrieb"],
                     fr=["N° adhérent", "Nom", "Né(e) le", "Adhésion", "Cotisation", "IBAN", "Entreprise"],
                     it=["N. tessera", "Nome", "Nascita", "Iscrizione", "Quota", "IBAN", "Azienda"],
                     en=["Member no", "Name", "DOB", "Joined", "Subs", "IBAN", "Workplace"])
        rows = []
        firms = [_employer(ctx) for _ in range(3)]
        for _ in range(ctx.ri(6, 10)):
            p = ctx.person()
            rows.append([ctx.digits(8), ctx.P(p, ctx.ch(["rev", "full", "LAST First"])),
                         ctx.D(ctx.birth("worker"), "num"), ctx.numdate(ctx.soon(-5000, -30)),
                         ctx.money(ctx.ri(12, 45)), ctx.IB(grouped=ctx.r() < 0.3) if has_iban else "",
                         ctx.ch(firms)])
            if ctx.region == "CH":
                rows[-1].insert(3, ctx.H())
        if not has_iban:
            head = head[:5] + head[6:]
            rows = [r[:5] + r[6:] for r in rows]
        if ctx.region == "CH":
            head.insert(3, ctx.L(de="AHV-Nr.", fr="N° AVS", it="N. AVS", en="AHV"))
        body = ctx.L(de=f"{un} – Mitgliederliste Betriebsgruppe (Stand {ctx.numdate(ctx.today)})",
                     fr=f"{un} – liste des adhérents de la section ({ctx.numdate(ctx.today)})",
                     it=f"{un} – elenco iscritti RSA ({ctx.numdate(ctx.today)})",
                     en=f"{un} - branch membership list ({ctx.numdate(ctx.today)})") + "\n\n" + any_table(ctx, head,
                                                                                                       rows)
        reqs = ctx.L(de=["Wer hat demnächst ein rundes Mitgliedsjubiläum (10/25 Jahre)?",
                         "Wer geht in den nächsten 2 Jahren in Rente (ab 67)?"],
                     fr=["Qui fête bientôt 10 ou 25 ans d'adhésion ?", "Qui part à la retraite dans les 2 ans ?"],
                     it=["Chi compie a breve 10 o 25 anni di iscrizione?", "Chi va in pensione nei prossimi 2 anni?"],
                     en=["Who's coming up to 10 or 25 years' membership?", "Who retires in the next two years?"])
        return wrap(ctx, body, reqs)
    if v == 2:
        m = ctx.person()
        b = ctx.birth("worker")
        mgr = ctx.person()
        hr = ctx.person()
        sec = ctx.person()
        memail = ctx.email(m)
        semail = ctx.email(sec, udom)
        when = ctx.soon(-20, -3)
        ask = ctx.L(
            de=f"Hallo,\n\nich bin seit {ctx.ri(2, 19)} Jahren Mitglied (Nr. {ctx.digits(8)}, geb. {ctx.D(b)}) und "
               f"habe am {ctx.numdate(when)} von meinem Teamleiter {ctx.P(mgr)} die Kündigung bekommen, angeblich "
               f"wegen Umstrukturierung. {title(ctx, hr)} {ctx.P(hr, 'last')} aus der Personalabteilung meinte, "
               f"ich solle "
               f"einen Aufhebungsvertrag unterschreiben. Brauche ich Rechtsschutz? Ich bin unter {ctx.T()} "
               f"erreichbar.\n\n{ctx.P(m)}\n{ctx.A(ctx.addr())}",
            fr=f"Bonjour,\n\nadhérent(e) depuis {ctx.ri(2, 19)} ans (n° {ctx.digits(8)}, {cue(ctx, m.g)} {ctx.D(b)}), "
               f"j'ai été convoqué(e) le {ctx.numdate(when)} à un entretien préalable au licenciement par "
               f"{ctx.P(mgr)}. La DRH, {ctx.P(hr)}, me propose une rupture conventionnelle. Pouvez-vous m'aider ? "
               f"Tél. {ctx.T()}\n\n{ctx.P(m)}\n{ctx.A(ctx.addr())}",
            it=f"Buongiorno,\n\nsono {'iscritta' if m.g == 'f' else 'iscritto'} da {ctx.ri(2, 19)} anni (tessera "
               f"{ctx.digits(8)}, {cue(ctx, m.g)} "
               f"{ctx.D(b)}). Il {ctx.numdate(when)} il mio responsabile {ctx.P(mgr)} mi ha consegnato una lettera di "
               f"licenziamento. {ctx.P(hr)} dell'ufficio personale insiste perché firmi le dimissioni. Cosa devo "
               f"fare? Cell. {ctx.T()}\n\n{ctx.P(m)}\n{ctx.A(ctx.addr())}",
            en=f"Hi,\n\nI've been a member for {ctx.ri(2, 19)} years (no. {ctx.digits(8)}, {cue(ctx, m.g)} "
               f"{ctx.D(b)}). On {ctx.numdate(when)} my line manager {ctx.P(mgr)} told me my role is being made "
               f"redundant. {ctx.P(hr)} in HR wants me to sign a settlement agreement by Friday. Can the union "
               f"help? My number is {ctx.T()}.\n\n{ctx.P(m)}\n{ctx.A(ctx.addr())}")
        reply = ctx.L(
            de=f"{salute(ctx, m)}\n\nbitte unterschreiben Sie nichts! Die Klagefrist beträgt drei Wochen. Kommen Sie "
               f"am {ctx.numdate(ctx.soon(1, 5))} um {ctx.time()} in die Geschäftsstelle.\n\n{closing(ctx)}\n"
               f"{ctx.P(sec)}\nGewerkschaftssekretär/in, {un}\n{ctx.T('land')}",
            fr=f"{salute(ctx, m)}\n\nne signez rien pour l'instant. Je vous propose un rendez-vous le "
               f"{ctx.numdate(ctx.soon(1, 5))} à {ctx.time()} à l'union locale.\n\n{closing(ctx)}\n{ctx.P(sec)}\n"
               f"Conseiller/ère juridique, {un}\n{ctx.T('land')}",
            it=f"{salute(ctx, m)}\n\nnon firmi nulla. Venga in sede il {ctx.numdate(ctx.soon(1, 5))} alle "
               f"{ctx.time()}.\n\n{closing(ctx)}\n{ctx.P(sec)}\nUfficio vertenze, {un}\n{ctx.T('land')}",
            en=f"{salute(ctx, m)}\n\nplease don't sign anything yet. Can you come in on "
               f"{ctx.numdate(ctx.soon(1, 5))} at "
               f"{ctx.time()}?\n\n{closing(ctx)}\n{ctx.P(sec)}\nRegional Organiser, {un}\n{ctx.T('land')}")
        body = mail_head(ctx, who(ctx, sec, mk("EMAIL", semail)), who(ctx, m, mk("EMAIL", memail)), "Re: " + ctx.L(
            de="Kündigung", fr="licenciement", it="licenziamento", en="redundancy"), when + dt.timedelta(days=1)) \
            + "\n\n" + reply + "\n\n" + quote_lines(
            quote_head(ctx, m, mk("EMAIL", memail), when) + "\n" + ask)
        reqs = ctx.L(de=["Was sollte ich zum Termin mitbringen? Mach mir eine Liste.", "Was bedeutet die Klagefrist?"],
                     fr=["Que dois-je apporter au rendez-vous ?", "Quels sont mes délais ?"],
                     it=["Cosa devo portare all'appuntamento?", "Quali sono i termini da rispettare?"],
                     en=["What should I bring to the meeting?", "What deadlines do I need to know about?"])
        return wrap(ctx, body, reqs)
    # v == 3: strike pay list + picket chat
    rows = []
    for _ in range(ctx.ri(5, 8)):
        p = ctx.person()
        rows.append([ctx.P(p, ctx.ch(["rev", "full"])), ctx.digits(8), str(ctx.ri(1, 5)),
                     ctx.IB() if has_iban else ctx.ch(["cheque", "e-transfer", "direct deposit"]), ""])
    head = ctx.L(de=["Name", "Mitgl.-Nr.", "Streiktage", "IBAN", "Unterschrift"],
                 fr=["Nom", "N° adhérent", "Jours de grève", "IBAN", "Signature"],
                 it=["Nome", "Tessera", "Giorni di sciopero", "IBAN", "Firma"],
                 en=["Name", "Member no", "Strike days", "Bank/IBAN" if has_iban else "Payment", "Signature"])
    lead = ctx.person()
    pp = [ctx.person() for _ in range(3)]
    snd = [ctx.P(x, ctx.ch(["first", "full"])) if ctx.r() < 0.7 else ctx.T() for x in pp]
    gate = ctx.addr()
    msgs = ctx.L(
        de=[(ctx.P(lead, "full"), f"Streikposten morgen ab 5:30 am Tor 2, {ctx.A(gate, 'street')}. Bitte Streikweste "
                                  f"mitbringen!"),
            (snd[0], "bin da. bring kaffee mit ☕"),
            (snd[1], f"presse hat angerufen, soll ich {ctx.P(lead, 'first')}s nummer weitergeben?"),
            (ctx.P(lead, "full"), f"nein, bitte an die pressestelle verweisen: presse@{udom}"),
            (snd[2], "streikgeldliste liegt im zelt, bitte alle unterschreiben")],
        fr=[(ctx.P(lead, "full"), f"Piquet de grève demain 5h30 devant l'entrée, {ctx.A(gate, 'street')}."),
            (snd[0], "j'y serai, j'apporte le café ☕"),
            (snd[1], f"un journaliste a appelé, je donne le numéro de {ctx.P(lead, 'first')} ?"),
            (ctx.P(lead, "full"), f"non, renvoie vers presse@{udom}"),
            (snd[2], "la liste pour la caisse de grève est sous la tente, signez tous")],
        it=[(ctx.P(lead, "full"), f"Presidio domani dalle 5:30 davanti al cancello, {ctx.A(gate, 'street')}."),
            (snd[0], "ci sono, porto il caffè ☕"),
            (snd[1], f"ha chiamato un giornalista, gli do il numero di {ctx.P(lead, 'first')}?"),
            (ctx.P(lead, "full"), f"no, rimandalo a stampa@{udom}"),
            (snd[2], "l'elenco per la cassa di resistenza è nel gazebo, firmate tutti")],
        en=[(ctx.P(lead, "full"), f"Picket line tomorrow from 5:30 at gate 2, {ctx.A(gate, 'street')}. Bring your "
                                  f"hi-vis!"),
            (snd[0], "i'll be there with coffee ☕"),
            (snd[1], f"a journalist rang, shall i give them {ctx.P(lead, 'first')}'s number?"),
            (ctx.P(lead, "full"), f"no, send them to press@{udom}"),
            (snd[2], "strike pay sheet is in the gazebo, everyone sign please")])
    body = any_table(ctx, head, rows, "md mda fixed pipe") + "\n\n" + chat_render(ctx, msgs)
    reqs = ctx.L(de=["Berechne das Streikgeld (je Tag 2,5-facher Monatsbeitrag, hier pauschal 70 €) pro Person.",
                     "Fass den Chat für das Streikprotokoll zusammen."],
                 fr=[f"Calcule l'indemnité de grève par personne ({ctx.money(40)} par jour).", "Résume le chat pour "
                     "le compte rendu."],
                 it=[f"Calcola il contributo per persona ({ctx.money(50)} al giorno).", "Riassumi la chat per il "
                     "verbale."],
                 en=[f"Work out strike pay per person at {ctx.money(50)} a day.", "Summarise the chat for the strike "
                     "log."])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Genre 12: esports - gaming clubs, LAN parties and esports tournaments
# ---------------------------------------------------------------------------------------------------------------
def _tag(ctx: Ctx) -> str:
    a = ctx.ch(["Shadow", "Frost", "Pixel", "Nova", "Viper", "Blitz", "Kraken", "Nebula", "Rogue", "Zephyr", "Vortex",
                "Ghost", "Lynx", "Ember", "Toxic", "Neon", "Drift", "Onyx"])
    b = ctx.ch(["", "x", "TV", "_99", "123", "HD", "Z", "_", "Pro", "xX", "7"])
    return ctx.ch([f"{a}{b}", f"xX{a}Xx", f"{a.lower()}_{ctx.ri(1, 999)}", f"{a}{ctx.ch(['Fox', 'Wolf', 'Byte'])}"])


def _game(ctx: Ctx) -> str:
    return ctx.ch(["League of Legends", "Valorant", "Counter-Strike 2", "Rocket League", "EA FC 25", "Fortnite",
                   "Super Smash Bros. Ultimate", "Overwatch 2", "Mario Kart 8"])


def g_esports(ctx: Ctx) -> str:
    v = ctx.i % 4
    game = _game(ctx)
    club = ctx.L(de=ctx.ch(["eSport-Verein Pixelwerk e.V.", "LAN-Club Bytestorm", "Gaming-Abteilung TSV Eichenried"]),
                 fr=ctx.ch(["Association Respawn", "Club e-sport Level Up", "LAN Party Les Geeks du Lac"]),
                 it=ctx.ch(["ASD eSport Frag Club", "Associazione GameOn", "Team Respawn Academy"]),
                 en=ctx.ch(["Respawn Esports Society", "Level Up Gaming Club", "Bytestorm LAN Collective"]))
    dom = org_domain(ctx, club)
    if v == 0:
        team = ctx.ch(["Team Nebula", "Kraken Esports", "Los Pixelados", "Frostbite Gaming", "Five Guys One Mouse"])
        players = []
        cap_phone = ctx.T()
        jst = ctx.dstyle("json")
        pers = []
        for k in range(5):
            p = ctx.person()
            pers.append(p)
            b = ctx.birth(ctx.ch(["teen", "young", "young"]))
            players.append({"ign": _tag(ctx), "firstName": ctx.P(p, "first"), "lastName": ctx.P(p, "last"),
                            "dateOfBirth": ctx.D(b, style=jst), "email": ctx.E(p),
                            "discord": f"{_tag(ctx).lower()}" + ctx.ch(["", f"#{ctx.digits(4)}"]),
                            "role": ctx.ch(["player", "player", "sub"]) if k else "captain"})
        reg = {"tournament": f"{ctx.ch(['Winter', 'Spring', 'Summer', 'Autumn'])} Cup {ctx.today.year} – {game}",
               "team": team, "captainPhone": cap_phone, "players": players,
               "meta": {"submittedAt": f"{ctx.today.isoformat()}T{ctx.ri(10, 23)}:{ctx.ri(10, 59)}:{ctx.ri(10, 59)}Z",
                        "ip": ctx.N(), "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}}
        if ctx.r() < 0.35:
            reg["entryFee"] = {"amount": ctx.money(ctx.ri(10, 60)), "cardNumber": ctx.C(""),
                               "cardHolder": ctx.P(pers[0], ctx.ch(["CAPS", "full"]))}
        body = jdump(reg, indent=ctx.ch([2, 2, None]))
        reqs = ctx.L(de=["Sind alle Spieler mindestens 16 (Turnierregel)? Wer nicht?",
                         "Wandle das in eine CSV um (ohne E-Mail-Adressen)."],
                     fr=["Tous les joueurs ont-ils au moins 16 ans ? Lesquels non ?",
                         "Convertis ça en CSV (sans les e-mails)."],
                     it=["Tutti i giocatori hanno almeno 16 anni? Chi no?", "Convertilo in CSV (senza e-mail)."],
                     en=["Are all players at least 16 as the rules require? Who isn't?",
                         "Convert this to CSV (drop the emails)."])
        return wrap(ctx, body, reqs)
    if v == 1:
        kid = ctx.person()
        par = ctx.kin(kid)
        b = ctx.birth("teen")
        home = ctx.addr()
        ev = ctx.soon(5, 40)
        body = ctx.L(
            de=f"EINVERSTÄNDNISERKLÄRUNG DER ERZIEHUNGSBERECHTIGTEN\n{club} – LAN-Party am {ctx.numdate(ev)}\n\n"
               f"Teilnehmer/in: {ctx.P(kid)}\nNickname: {_tag(ctx)}\nGeburtsdatum: {ctx.D(b, 'num')}\n\nHiermit "
               f"erlaube ich meinem Kind die Teilnahme inkl. Übernachtung in der Halle. Spiele ab USK 16 nur mit "
               f"Aufsicht.\n\nName Erziehungsberechtigte/r: {ctx.P(par)}\nAnschrift: {ctx.A(home)}\nNotfall-"
               f"Telefon: {ctx.T()}\nE-Mail: {ctx.E(par)}\n\nDatum, Unterschrift: {ctx.numdate(ctx.today)} ______",
            fr=f"AUTORISATION PARENTALE\n{club} – LAN du {ctx.numdate(ev)}\n\nJe soussigné(e) {ctx.P(par)}, "
               f"demeurant {ctx.A(home)}, autorise mon enfant {ctx.P(kid)} ({'née' if kid.g == 'f' else 'né'} le "
               f"{ctx.D(b)}, pseudo {_tag(ctx)}) à participer à l'événement, y compris la nuit sur place.\n\n"
               f"Téléphone en cas d'urgence : {ctx.T()}\nE-mail : {ctx.E(par)}\n\nFait le {ctx.numdate(ctx.today)}",
            it=f"AUTORIZZAZIONE DEL GENITORE\n{club} – LAN party del {ctx.numdate(ev)}\n\nIl/La sottoscritto/a "
               f"{ctx.P(par)}, residente in {ctx.A(home)}, autorizza il/la figlio/a {ctx.P(kid)}, "
               f"{'nata' if kid.g == 'f' else 'nato'} il {ctx.D(b)} (nickname {_tag(ctx)}), a partecipare "
               f"all'evento.\n\nTelefono per emergenze: {ctx.T()}\nE-mail: {ctx.E(par)}\n\nData: "
               f"{ctx.numdate(ctx.today)}   Firma ______",
            en=f"PARENTAL CONSENT FORM\n{club} - LAN weekend {ctx.numdate(ev)}\n\nPlayer: {ctx.P(kid)}\nGamertag: "
               f"{_tag(ctx)}\nDate of birth: {ctx.D(b, 'num')}\n\nI give permission for my child to attend, "
               f"including the overnight session. Games rated 16+/M only with supervision.\n\nParent/guardian: "
               f"{ctx.P(par)}\nAddress: {ctx.A(home)}\nEmergency phone: {ctx.T()}\nEmail: {ctx.E(par)}\n\n"
               f"Signed ______  Date {ctx.numdate(ctx.today)}")
        reqs = ctx.L(de=["Reicht diese Einverständniserklärung rechtlich aus?", "Übersetz das ins Englische."],
                     fr=["Cette autorisation est-elle suffisante juridiquement ?", "Traduis en anglais."],
                     it=["Questa autorizzazione basta legalmente?", "Traducila in inglese."],
                     en=["Is this consent form enough legally?", "Could you make this form read better?"])
        return wrap(ctx, body, reqs)
    if v == 2:
        tags = [_tag(ctx) for _ in range(4)]
        real = [ctx.person() for _ in range(3)]
        t0 = ctx.ri(17, 21)
        srv = f"{ctx.ri(80, 195)}.{ctx.ri(0, 255)}.{ctx.ri(0, 255)}.{ctx.ri(1, 254)}:{ctx.ch([27015, 7777, 25565])}"
        lines = ctx.L(
            de=[f"[{t0}:02] {tags[0]}: server für heute abend: {srv}, pw kommt per dm",
                f"[{t0}:05] {tags[1]}: wer ist eigentlich {tags[2]}? der ist doch {ctx.P(real[0], 'first')} aus der "
                f"10b oder",
                f"[{t0}:06] {tags[2]}: jo bin ich, {ctx.P(real[0], 'lower')} 😅",
                f"[{t0}:11] {tags[3]}: {ctx.P(real[1], 'first')} ruf mal an {ctx.T()}, mikro geht nicht",
                f"[{t0}:40] ModBot: {tags[1]} wurde für 24h gebannt (Grund: Beleidigung)"],
            fr=[f"[{t0}:02] {tags[0]}: serveur ce soir : {srv}, mdp en mp",
                f"[{t0}:05] {tags[1]}: c'est qui {tags[2]} ? c'est {ctx.P(real[0], 'first')} du lycée non ?",
                f"[{t0}:06] {tags[2]}: ouais c'est moi, {ctx.P(real[0], 'lower')} 😅",
                f"[{t0}:11] {tags[3]}: {ctx.P(real[1], 'first')} appelle-moi {ctx.T()}, mon micro marche pas",
                f"[{t0}:40] ModBot: {tags[1]} a été banni 24h (motif : insultes)"],
            it=[f"[{t0}:02] {tags[0]}: server per stasera: {srv}, pw in privato",
                f"[{t0}:05] {tags[1]}: ma chi è {tags[2]}? è {ctx.P(real[0], 'first')} della 3B?",
                f"[{t0}:06] {tags[2]}: sì sono io, {ctx.P(real[0], 'lower')} 😅",
                f"[{t0}:11] {tags[3]}: {ctx.P(real[1], 'first')} chiamami {ctx.T()}, il microfono non va",
                f"[{t0}:40] ModBot: {tags[1]} è stato bannato per 24h (motivo: insulti)"],
            en=[f"[{t0}:02] {tags[0]}: server for tonight: {srv}, pw in dms",
                f"[{t0}:05] {tags[1]}: who even is {tags[2]}? isn't that {ctx.P(real[0], 'first')} from year 10",
                f"[{t0}:06] {tags[2]}: yeah it's me, {ctx.P(real[0], 'lower')} 😅",
                f"[{t0}:11] {tags[3]}: {ctx.P(real[1], 'first')} ring me {ctx.T()}, mic's broken",
                f"[{t0}:40] ModBot: {tags[1]} was banned for 24h (reason: abuse)"])
        log = [f"{ctx.today.isoformat()} {t0}:{ctx.ri(40, 59)}:{ctx.ri(10, 59)} BAN user={tags[1]} "
               f"ip={ctx.N()} by={ctx.P(real[2], 'first').lower() if ctx.r() < 0.5 else ctx.P(real[2], 'first')}",
               f"{ctx.today.isoformat()} {t0}:{ctx.ri(40, 59)}:{ctx.ri(10, 59)} LOGIN user={tags[3]} ip={ctx.N()}",
               f"{ctx.today.isoformat()} {t0}:{ctx.ri(40, 59)}:{ctx.ri(10, 59)} LOGIN user={tags[0]} "
               f"ip=192.168.{ctx.ri(0, 2)}.{ctx.ri(2, 250)} (LAN)"]
        body = "#general\n" + "\n".join(lines) + "\n\nmod.log\n" + "\n".join(log)
        reqs = ctx.L(de=["Wir sind ein Jugendverein – dürfen wir solche Logs mit IP-Adressen speichern?",
                         "Fass den Vorfall für den Vorstand zusammen."],
                     fr=["Avons-nous le droit de garder ces logs avec adresses IP ?",
                         "Résume l'incident pour le bureau."],
                     it=["Possiamo conservare questi log con gli indirizzi IP?", "Riassumi l'accaduto per il "
                         "direttivo."],
                     en=["We're a youth club - are we allowed to keep logs with IP addresses?",
                         "Summarise this incident for the committee."])
        return wrap(ctx, body, reqs)
    # v == 3: prize payout mail with quoted reply
    org = ctx.person()
    win = [ctx.person() for _ in range(ctx.ri(2, 4))]
    oem = ctx.email(org, dom)
    cap = win[0]
    cem = ctx.email(cap)
    lines = []
    has_iban = ctx.region not in ("US", "CA", "AU", "NZ")
    for w in win:
        b = ctx.birth("young")
        lines.append(ctx.ch([f"{ctx.P(w)}, {ctx.D(b)}, " + (f"IBAN {ctx.IB()}" if has_iban else f"PayPal {ctx.E(w)}"),
                             f"{ctx.P(w, 'rev')} ({cue(ctx, w.g)} {ctx.D(b)}) – {ctx.A(ctx.addr())} – "
                             + (ctx.IB() if has_iban else ctx.E(w))]))
    prize = ctx.money(ctx.ri(300, 2500))
    ask = ctx.L(
        de=f"{salute(ctx, org, False)}\n\nfür die Auszahlung des Preisgelds ({prize}) hier unsere Daten:\n\n"
           + "\n".join(lines) + f"\n\nBitte zu gleichen Teilen aufteilen. Danke!\n{ctx.P(cap, 'first')}",
        fr=f"{salute(ctx, org, False)}\n\npour le versement du cashprize ({prize}), voici nos infos :\n\n"
           + "\n".join(lines) + f"\n\nÀ partager à parts égales. Merci !\n{ctx.P(cap, 'first')}",
        it=f"{salute(ctx, org, False)}\n\nper il montepremi ({prize}) ecco i nostri dati:\n\n" + "\n".join(lines)
           + f"\n\nDa dividere in parti uguali. Grazie!\n{ctx.P(cap, 'first')}",
        en=f"{salute(ctx, org, False)}\n\nhere are our details for the prize money ({prize}):\n\n" + "\n".join(lines)
           + f"\n\nSplit equally please. Thanks!\n{ctx.P(cap, 'first')}")
    reply = ctx.L(
        de=f"{salute(ctx, cap, False)}\n\ndanke! Minderjährige brauchen eine Unterschrift der Eltern, ab "
           f"{ctx.money(400)} pro Person müssen wir außerdem die Steuer-ID erfassen.\n\n{closing(ctx, False)}\n"
           f"{ctx.P(org)}\nTurnierleitung {club}",
        fr=f"{salute(ctx, cap, False)}\n\nmerci ! Pour les mineurs il faut l'accord des parents.\n\n"
           f"{closing(ctx, False)}\n{ctx.P(org)}\n{club}",
        it=f"{salute(ctx, cap, False)}\n\ngrazie! Per i minorenni serve la firma di un genitore.\n\n"
           f"{closing(ctx, False)}\n{ctx.P(org)}\n{club}",
        en=f"{salute(ctx, cap, False)}\n\nthanks! Anyone under 18 needs a parent to sign the payout form.\n\n"
           f"{closing(ctx, False)}\n{ctx.P(org)}\nTournament admin, {club}")
    when = ctx.soon(-6, -1)
    body = mail_head(ctx, who(ctx, org, mk("EMAIL", oem)), who(ctx, cap, mk("EMAIL", cem)), "Re: " + ctx.L(
        de="Preisgeld", fr="Cashprize", it="Montepremi", en="Prize money"), when) + "\n\n" + reply + "\n\n" + \
        quote_lines(quote_head(ctx, cap, mk("EMAIL", cem), when) + "\n" + ask)
    reqs = ctx.L(de=["Müssen wir das Preisgeld versteuern? Wir sind alle Schüler/Studenten.",
                     "Was genau brauchen die noch von uns?"],
                 fr=["Doit-on déclarer ce gain ?", "De quoi ont-ils encore besoin ?"],
                 it=["Dobbiamo dichiarare il premio?", "Cosa serve ancora?"],
                 en=["Do we have to pay tax on prize money?", "What exactly do they still need from us?"])
    return wrap(ctx, body, reqs)


# ---------------------------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------------------------
GENRES = ["swimschool", "benefits", "diving", "fanclub", "breakdown", "martialarts", "bikeleasing", "csa",
          "referees", "apprenticeship", "union", "esports"]


def regions_for(lang: str, genre: str) -> list[str]:
    regs = [r for r, n in REGIONS[lang] for _ in range(n)]
    random.Random(f"{SET}|{lang}|{genre}|regions").shuffle(regs)
    return regs


def build(only: str | None = None) -> list[dict]:
    docs = []
    for lang in LANGS:
        for genre in GENRES:
            if only and genre != only:
                continue
            regs = regions_for(lang, genre)
            for i in range(10):
                ctx = Ctx(lang, regs[i], genre, i)
                raw = globals()["g_" + genre](ctx)
                raw = re.sub(r"[ \t]+\n", "\n", raw).strip("\n")
                text, ents = resolve(raw)
                docs.append({"id": f"{SET}-{lang}-{genre}-{i:02d}", "locale": f"{lang}_{regs[i]}", "lang": lang,
                             "text": text, "entities": ents})
    return docs


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<![\w.:/-])\+?\(?\d[\d ()./-]{5,}\d(?![\w])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,}(?: ?[A-Z0-9]{1,4})?\b")
IP_RE = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|\b[0-9a-f]{4}:[0-9a-f:]{6,}\b")
DOB_CUE = re.compile(r"(geb\.|geboren|Geburt|\*|né|née|naiss|nato|nata|nascita|born|DOB|D\.O\.B|birth|b\.)",
                     re.I)
DATE_RE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")


def scan(docs: list[dict]) -> None:
    counts: collections.Counter[str] = collections.Counter()
    for d in docs:
        text, ents = d["text"], d["entities"]

        def covered(a: int, b: int, t: str | None = None, ents: list = ents) -> bool:
            return any(e["start"] <= a and b <= e["end"] and (t is None or e["type"] == t) for e in ents)

        def show(kind: str, m_start: int, m_end: int, text: str = text, d: dict = d) -> None:
            counts[kind] += 1
            ctxt = text[max(0, m_start - 40):m_end + 25].replace("\n", " | ")
            print(f"{kind:6} {d['id']}: {text[m_start:m_end]!r}   … {ctxt}")

        for m in EMAIL_RE.finditer(text):
            if not covered(m.start(), m.end(), "EMAIL"):
                show("EMAIL", m.start(), m.end())
        for m in PHONE_RE.finditer(text):
            c0 = m.group().split("  ")[0]
            cand = c0.lstrip("(")
            st = m.start() + len(c0) - len(cand)
            digits = re.sub(r"\D", "", cand)
            if re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?: \(\d+| \d{1,2})?", cand):
                continue
            if len(digits) >= 7 and not covered(st, st + len(cand)):
                show("PHONE?", st, st + len(cand))
        for m in IBAN_RE.finditer(text):
            if not covered(m.start(), m.end()):
                show("IBAN?", m.start(), m.end())
        for m in IP_RE.finditer(text):
            if not covered(m.start(), m.end()):
                show("IP?", m.start(), m.end())
        for m in DATE_RE.finditer(text):
            if not covered(m.start(), m.end()):
                before = text[max(0, m.start() - 25):m.start()]
                if DOB_CUE.search(before):
                    show("DOB?", m.start(), m.end())
        words = set()
        for e in ents:
            if e["type"] == "PERSON":
                words.update(w for w in re.findall(r"[^\W\d_]{3,}", e["text"]))
        for w in sorted(words):
            for m in re.finditer(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", text, re.I):
                if not any(e["start"] <= m.start() < e["end"] for e in ents):
                    show("NAME?", m.start(), m.end())
    print("scan:", dict(counts))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--only", help="one genre (for checking; does not write)")
    ap.add_argument("--scan", action="store_true", help="list unlabelled e-mail-, phone-, IBAN-, IP- and "
                    "name-like strings and cued dates")
    ap.add_argument("--show", type=int, default=0, help="print N documents (with --only)")
    args = ap.parse_args()
    docs = build(args.only)
    if args.show:
        for d in docs[:: max(1, len(docs) // args.show)][: args.show]:
            print("=" * 100)
            print(d["id"], d["locale"])
            print(d["text"])
            print("--")
            for e in d["entities"]:
                print(f"  {e['type']:8} {e['text']}")
    if args.scan:
        scan(docs)
    if args.only:
        c = collections.Counter(e["type"] for d in docs for e in d["entities"])
        print(len(docs), "docs", sum(c.values()), "entities", dict(c.most_common()))
        return
    with args.out.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    by_type = collections.Counter(e["type"] for d in docs for e in d["entities"])
    by_lang = collections.Counter(d["lang"] for d in docs for _ in d["entities"])
    print(f"{len(docs)} documents, {sum(by_type.values())} entities -> {args.out}")
    print(dict(by_type.most_common()))
    print(dict(by_lang))
    for t, _ in by_type.most_common():
        print(t, " / ".join(str(sum(1 for d in docs if d["lang"] == lg for e in d["entities"] if e["type"] == t))
                             for lg in LANGS))


if __name__ == "__main__":
    main()
