"""Generate the labelled synthetic evaluation set (dev + test JSONL) with Faker.

Documents are built from hand-written templates (e-mails, support tickets, HR
letters, medical notes) in six Faker locales; every entity is inserted at a
known offset, so the labels are exact.  Fixed seeds: dev = 1, test = 2.
Tune only on dev; test is for reporting.

Faker's own name lists are NOT used by the detector (see
src/tarnkappe/privacy/data/NOTICE.md); evaluate.py additionally reports
person recall on names that are not in the detector's lists (held-out).

Usage (repo root): python bench/privacy/generate.py [--per-locale 50]
Needs: faker, phonenumbers, python-stdnum.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import string

import phonenumbers
from faker import Faker
from stdnum import luhn
from stdnum.at import uid as at_uid
from stdnum.at import vnr as at_vnr
from stdnum.ch import uid as ch_uid
from stdnum.de import idnr as de_idnr
from stdnum.iso7064 import mod_11_10

from templates import EXTRA, TEMPLATES

LOCALES = {"de_CH": "de", "fr_CH": "fr", "it_IT": "it", "de_DE": "de", "de_AT": "de", "en_GB": "en"}
REGION = {"de_CH": "CH", "fr_CH": "CH", "it_IT": "IT", "de_DE": "DE", "de_AT": "AT", "en_GB": "GB"}
OUT = pathlib.Path(__file__).resolve().parent / "data"
MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class Gen:
    """Value generators for one locale (all randomness from one seeded RNG)."""

    def __init__(self, locale: str, rng: random.Random, fake: Faker) -> None:
        self.locale, self.lang, self.rng, self.fake = locale, LOCALES[locale], rng, fake

    # -- people ----------------------------------------------------------
    def first(self) -> str:
        return self.fake.first_name()

    def last(self) -> str:
        return self.fake.last_name()

    # -- contact ---------------------------------------------------------
    def email(self, first: str = "", last: str = "") -> str:
        if first and last and self.rng.random() < 0.6:
            norm = lambda s: "".join(c for c in s.lower() if c in string.ascii_lowercase)  # noqa: E731
            return f"{norm(first)}.{norm(last)}@{self.fake.domain_name()}"
        return self.fake.email()

    def phone(self) -> str:
        region = REGION[self.locale]
        for _ in range(50):
            raw = self.fake.phone_number()
            try:
                num = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(num):
                continue
            style = self.rng.random()
            if style < 0.35:
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            if style < 0.7:
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            return raw
        raise RuntimeError("no valid phone number")

    def url(self, first: str, last: str) -> str:
        slug = f"{first}-{last}".lower().replace(" ", "-")
        return self.rng.choice([
            f"https://www.linkedin.com/in/{slug}",
            f"https://{self.fake.domain_name()}/team/{slug}",
            f"https://portal.{self.fake.domain_name()}/kunden/{self.rng.randint(1000, 99999)}",
        ])

    def ip(self) -> str:
        return self.fake.ipv4() if self.rng.random() < 0.8 else self.fake.ipv6()

    # -- identifiers -------------------------------------------------------
    def iban(self) -> str:
        iban = self.fake.iban()
        if self.rng.random() < 0.6:
            iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def card(self) -> str:
        for _ in range(20):
            num = self.fake.credit_card_number(card_type=self.rng.choice(["visa", "mastercard", "amex"]))
            if luhn.is_valid(num):
                break
        if len(num) == 16 and self.rng.random() < 0.6:
            num = " ".join(num[i:i + 4] for i in range(0, 16, 4))
        return num

    def ahv(self) -> str:
        return self.fake.ssn() if self.locale in ("de_CH", "fr_CH") else ""

    def taxid(self) -> str:
        while True:
            digits = self.rng.sample("0123456789", 9)
            digits.append(self.rng.choice(digits))  # exactly one digit twice
            self.rng.shuffle(digits)
            body = "".join(digits)
            if body[0] != "0":
                number = body + mod_11_10.calc_check_digit(body)
                if de_idnr.is_valid(number):
                    return number if self.rng.random() < 0.5 else f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"

    def rvnr(self) -> str:
        from tarnkappe.privacy.detectors.identifiers import is_valid_de_rvnr

        while True:
            d = self.fake.date_of_birth(minimum_age=18, maximum_age=80)
            s = f"{self.rng.choice(['12', '15', '24', '38', '53', '65'])}{d:%d%m%y}{self.rng.choice(string.ascii_uppercase)}{self.rng.randint(0, 49):02d}"
            for c in "0123456789":
                if is_valid_de_rvnr(s + c):
                    return f"{s[:2]} {s[2:8]} {s[8]} {s[9:]}{c}" if self.rng.random() < 0.5 else s + c

    def svnr(self) -> str:
        while True:
            d = self.fake.date_of_birth(minimum_age=18, maximum_age=80)
            serial = f"{self.rng.randint(100, 999)}"
            num = serial + "0" + f"{d:%d%m%y}"
            check = at_vnr.calc_check_digit(num)
            full = serial + check + f"{d:%d%m%y}"
            if at_vnr.is_valid(full):
                return f"{full[:4]} {full[4:]}"

    def vat(self) -> str:
        if self.locale in ("de_CH", "fr_CH"):
            body = "".join(self.rng.choice(string.digits) for _ in range(8))
            c = ch_uid.calc_check_digit(body)
            if c == "10":
                return self.vat()
            n = body + c
            return f"CHE-{n[:3]}.{n[3:6]}.{n[6:]} " + self.rng.choice(["MWST", "TVA", "IVA"])
        if self.locale == "de_AT":
            body = "".join(self.rng.choice(string.digits) for _ in range(7))
            return "ATU" + body + at_uid.calc_check_digit("U" + body)
        body = str(self.rng.randint(1, 9)) + "".join(self.rng.choice(string.digits) for _ in range(7))
        return "DE" + body + mod_11_10.calc_check_digit(body)

    def dob(self) -> str:
        d = self.fake.date_of_birth(minimum_age=1, maximum_age=95)
        r = self.rng.random()
        if r < 0.5:
            return f"{d:%d.%m.%Y}" if self.lang != "en" else f"{d:%d/%m/%Y}"
        if r < 0.8:
            return f"{d.day} {MONTHS[self.lang][d.month - 1]} {d.year}" if self.lang != "de" else f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
        return f"{d:%Y-%m-%d}"

    # -- addresses ---------------------------------------------------------
    def street(self) -> str:
        f = self.fake
        if self.locale == "it_IT":
            return f"{f.street_name()}{self.rng.choice([' ', ', '])}{self.rng.randint(1, 200)}"
        if self.locale == "fr_CH":
            name = f.street_name()
            return f"{name[0].upper()}{name[1:]} {f.building_number()}"
        addr = f.street_address()
        return addr if any(c.isdigit() for c in addr) else f"{addr} {self.rng.randint(1, 99)}"

    def city_line(self) -> str:
        return f"{self.fake.postcode()} {self.fake.city()}"


def render(template: str, values: dict[str, tuple[str | None, str]]) -> tuple[str, list[dict]]:
    """Fill ``{field}`` markers; return text and entity labels with offsets."""
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    for literal, field, _, _ in string.Formatter().parse(template):
        out.append(literal)
        pos += len(literal)
        if field is None:
            continue
        etype, value = values[field]
        if etype:
            ents.append({"start": pos, "end": pos + len(value), "type": etype, "text": value})
        out.append(value)
        pos += len(value)
    return "".join(out), ents


def make_values(g: Gen) -> dict[str, tuple[str | None, str]]:
    """All slot values a template may use (unused ones are simply ignored)."""
    first, last = g.first(), g.last()
    first2, last2 = g.first(), g.last()
    first3, last3 = g.first(), g.last()
    street, city = g.street(), g.city_line()
    v: dict[str, tuple[str | None, str]] = {
        "first": ("PERSON", first), "last": ("PERSON", last), "full": ("PERSON", f"{first} {last}"),
        "first2": ("PERSON", first2), "last2": ("PERSON", last2), "full2": ("PERSON", f"{first2} {last2}"),
        "full3": ("PERSON", f"{first3} {last3}"), "last3": ("PERSON", last3),
        "email": ("EMAIL", g.email(first, last)), "email2": ("EMAIL", g.email()),
        "phone": ("PHONE", g.phone()), "phone2": ("PHONE", g.phone()),
        "iban": ("IBAN", g.iban()), "card": ("CARD", g.card()),
        "url": ("URL", g.url(first, last)), "ip": ("IP", g.ip()),
        "dob": ("DOB", g.dob()), "dob2": ("DOB", g.dob()),
        "address": ("ADDRESS", f"{street}, {city}"), "address_nl": ("ADDRESS", f"{street}\n{city}"),
        "street": ("ADDRESS", street),
        # distractors (not personal data)
        "company": (None, g.fake.company()), "city": (None, g.fake.city()),
        "date": (None, g.fake.date_this_year().strftime("%d.%m.%Y")),
        "amount": (None, f"{g.rng.randint(20, 9000)}.{g.rng.randint(0, 99):02d}"),
        "ticket": (None, f"{g.rng.randint(10000, 99999)}"),
    }
    if g.locale in ("de_CH", "fr_CH"):
        v["ahv"] = ("AHV", g.ahv())
        v["vat"] = ("VAT", g.vat())
    if g.locale == "de_DE":
        v["taxid"] = ("TAXID", g.taxid())
        v["rvnr"] = ("SSN", g.rvnr())
        v["vat"] = ("VAT", g.vat())
    if g.locale == "de_AT":
        v["svnr"] = ("SSN", g.svnr())
        v["vat"] = ("VAT", g.vat())
    return v


def generate(seed: int, per_locale: int) -> list[dict]:
    docs: list[dict] = []
    for loc_index, locale in enumerate(LOCALES):
        rng = random.Random(seed * 1000 + loc_index)
        fake = Faker(locale)
        fake.seed_instance(seed * 1000 + loc_index)
        g = Gen(locale, rng, fake)
        lang = LOCALES[locale]
        usable = list(TEMPLATES[lang])
        for k in range(per_locale):
            values = make_values(g)
            candidates = [t for t in usable if all(f in values for _, f, _, _ in string.Formatter().parse(t) if f)]
            template = candidates[k % len(candidates)] if k < len(candidates) else rng.choice(candidates)
            if locale in EXTRA and rng.random() < 0.7:
                template += EXTRA[locale]
            text, ents = render(template, values)
            docs.append({"id": f"{locale}-{seed}-{k}", "locale": locale, "lang": lang, "text": text, "entities": ents})
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-locale", type=int, default=50)
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for split, seed in (("dev", 1), ("test", 2)):
        docs = generate(seed, args.per_locale)
        path = OUT / f"synthetic_{split}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{path.relative_to(OUT.parents[2])}: {len(docs)} documents, {sum(len(d['entities']) for d in docs)} entities")
    return 0


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "src"))
    raise SystemExit(main())
