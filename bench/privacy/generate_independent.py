"""Generate an independent synthetic test set: ``data/synthetic_independent.jsonl``.

Written separately from ``templates.py``/``generate.py`` (the dev templates the rules and the
learned model were tuned or trained on) and never used for tuning: different kinds of text
(chat, CVs, minutes, news-like prose, forwarded mail, notes), different sentence shapes (bare
surnames in running text, "Surname, First name", initials, possessives, names after role words),
different formats (the Faker locales' own phone numbers and addresses), and names from Faker
locales the dev split does not use: de_LI/de_LU surnames and Turkish, Croatian, Polish and
Portuguese names in German text; fr_FR/fr_BE/fr_CA in French; Spanish, Romanian and Slovenian
names in Italian; en_US/en_IE in English.  Fixed seed; labels are exact (every value is inserted
at a known offset).  Only values that identify a person are labelled; companies, towns without
a street, ticket numbers, amounts and plain dates are distractors.

Usage (repo root): python bench/privacy/generate_independent.py [--per-template 8]
Evaluate: python bench/privacy/evaluate.py --split independent
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random

from faker import Faker

from generate import render

OUT = pathlib.Path(__file__).resolve().parent / "data" / "synthetic_independent.jsonl"
SEED = 7

NAME_LOCALES = {
    "de": ["de_LI", "de_LU", "tr_TR", "hr_HR", "pl_PL", "pt_PT"],
    "fr": ["fr_FR", "fr_BE", "fr_CA"],
    "it": ["es_ES", "ro_RO", "sl_SI"],
    "en": ["en_US", "en_IE"],
}
# Phones and addresses in each language's documents come from these locales' own formats.
FORMAT_LOCALES = {"de": ["de_LI", "de_LU"], "fr": ["fr_FR", "fr_CA"], "it": ["it_IT"], "en": ["en_US", "en_IE"]}
# Faker's de_LI/de_LU addresses are English placeholders: German-language streets written here.
DE_STREETS = ["Landstrasse", "Lettstrasse", "Im Gässle", "Auring", "Feldkircher Strasse", "Rue de Luxembourg",
              "Kirchgasse", "Am Bühel", "Unterfeld", "Zollstrasse", "Poststrasse", "Im Malarsch"]
DE_TOWNS = ["9490 Vaduz", "9494 Schaan", "9495 Triesen", "9496 Balzers", "9487 Gamprin-Bendern",
            "L-9051 Ettelbruck", "L-4001 Esch-sur-Alzette", "6850 Dornbirn", "78462 Konstanz"]

TEMPLATES: dict[str, list[str]] = {
    "de": [
        "[09:14] {first}: bist du heute im Büro?\n[09:15] {first2}: ja, ab zehn. {last3} kommt auch.\n"
        "[09:16] {first}: ok, dann bring bitte den Schlüssel für Raum 4.12 mit",
        "Lebenslauf\n\nName: {last}, {first}\nGeburtsdatum: {dob}\nAnschrift: {address}\nMobil: {phone}\n"
        "E-Mail: {email}\n\n2015–2021 Sachbearbeiterin Debitoren, Muster Treuhand AG",
        "Protokoll Teamsitzung, 14. Mai\n\nTeilnehmende: {full}, {full2}, {initial3}\nEntschuldigt: {last4}\n\n"
        "{last} berichtet, dass die Migration abgeschlossen ist. {last2} widerspricht: Die Tests laufen noch. "
        "Beschluss: {last}s Vorschlag wird umgesetzt, Rückmeldung bis Freitag.",
        "Wie die Gemeinde mitteilte, hat {full} das Amt des Kassiers übernommen. {last} war zuvor zwölf Jahre "
        "im Vorstand des Musikvereins. Sein Vorgänger {full2} tritt aus gesundheitlichen Gründen zurück.",
        "---------- Weitergeleitete Nachricht ---------\nVon: {full} <{email}>\nBetreff: Rechnung 2024-117\n\n"
        "Hallo zusammen, anbei die korrigierte Rechnung. Bei Fragen bitte direkt an {first2} ({phone}).\n\n"
        "Gruss {first}",
        "Notiz Hausbesuch: Patientin {full}, wohnhaft {address}, klagt über Schwindel. Tochter ({first2}) "
        "ist informiert, Tel. {phone}. Überweisung an Dr. med. {last3}.",
        "Kannst du das Paket für {full} an die {street} schicken? Zahlung per IBAN {iban}, Referenz 88213.",
        "Zeugin {full} gab an, sie habe den Wagen gegen 22 Uhr gesehen. Der Beschuldigte {last2} bestreitet "
        "dies. Laut {last} trug der Fahrer eine rote Jacke.",
    ],
    "fr": [
        "[18:02] {first} : tu passes à la maison ce soir ?\n[18:05] {first2} : oui, avec {last3}\n"
        "[18:06] {first} : super, on commande des pizzas",
        "Curriculum vitae\n\n{last} {first}\nNé(e) le {dob}\n{address}\nTél. {phone}\nCourriel : {email}\n\n"
        "Expérience : 2017-2022 comptable chez Dupuis & Fils SA",
        "Compte rendu de réunion\n\nPrésents : {full}, {full2}, {initial3}\nExcusé : {last4}\n\n"
        "{last} présente le budget. {last2} demande un délai. Décision : la proposition de {last} est adoptée.",
        "Selon le communiqué de la mairie, {full} reprend la présidence du club. {last} succède à {full2}, "
        "qui quitte ses fonctions après dix ans.",
        "-------- Message transféré --------\nDe : {full} <{email}>\nObjet : Facture 2024-117\n\n"
        "Bonjour à tous, voici la facture corrigée. Pour toute question, contactez {first2} au {phone}.\n\n"
        "Bonne journée\n{first}",
        "Visite à domicile : patiente {full}, domiciliée {address}. Sa fille {first2} est prévenue "
        "(téléphone {phone}). Adressée au Dr {last3}.",
        "Peux-tu envoyer le colis pour {full} au {street} ? Paiement sur l'IBAN {iban}, référence 88213.",
    ],
    "it": [
        "[08:40] {first}: sei già in ufficio?\n[08:41] {first2}: sì, c'è anche {last3}\n"
        "[08:42] {first}: perfetto, arrivo tra dieci minuti",
        "Curriculum vitae\n\nCognome e nome: {last} {first}\nData di nascita: {dob}\nIndirizzo: {address}\n"
        "Cellulare: {phone}\nE-mail: {email}",
        "Verbale della riunione\n\nPresenti: {full}, {full2}, {initial3}\nAssente: {last4}\n\n"
        "{last} illustra il bilancio. {last2} chiede più tempo. Si approva la proposta di {last}.",
        "Secondo il comunicato del comune, {full} assume la presidenza della società sportiva. {last} "
        "sostituisce {full2}, che lascia dopo dieci anni.",
        "---------- Messaggio inoltrato ----------\nDa: {full} <{email}>\nOggetto: Fattura 2024-117\n\n"
        "Ciao a tutti, in allegato la fattura corretta. Per domande chiamate {first2} al {phone}.\n\n"
        "Saluti\n{first}",
        "Visita domiciliare: paziente {full}, residente in {address}. La figlia {first2} è informata "
        "(tel. {phone}). Inviata al dott. {last3}.",
        "Puoi spedire il pacco per {full} in {street}? Pagamento sull'IBAN {iban}, riferimento 88213.",
    ],
    "en": [
        "[7:58 PM] {first}: are you still at the office?\n[7:59 PM] {first2}: yes, {last3} is here too\n"
        "[8:01 PM] {first}: ok, see you at the pub",
        "Résumé\n\n{full}\n{address}\n{phone} | {email}\nDate of birth: {dob}\n\n"
        "Experience: 2016-2023 accounts assistant, Harbor Logistics Ltd",
        "Meeting minutes\n\nAttendees: {full}, {full2}, {initial3}\nApologies: {last4}\n\n"
        "{last} presented the budget. {last2} asked for more time. {last}'s proposal was accepted.",
        "According to the council, {full} will chair the sports club from June. {last} replaces {full2}, "
        "who steps down after ten years.",
        "---------- Forwarded message ---------\nFrom: {full} <{email}>\nSubject: Invoice 2024-117\n\n"
        "Hi all, attached is the corrected invoice. Any questions, call {first2} on {phone}.\n\nCheers\n{first}",
        "Home visit: patient {full}, of {address}, reports dizziness. Daughter ({first2}) informed, "
        "phone {phone}. Referred to Dr {last3}.",
        "Witness {full} said she saw the car at about 10 pm. The defendant, {last2}, denies this. "
        "According to {last}, the driver wore a red jacket.",
    ],
}


def _person(fakes: list[Faker], rng: random.Random) -> tuple[str, str]:
    f = rng.choice(fakes)
    return f.first_name(), f.last_name()


def _address(lang: str, fmt: Faker, rng: random.Random) -> tuple[str, str]:
    """(street with number, full address)."""
    if lang == "de":
        street = f"{rng.choice(DE_STREETS)} {rng.randint(1, 120)}"
        return street, f"{street}, {rng.choice(DE_TOWNS)}"
    street = fmt.street_address()
    return street, f"{street}, {fmt.postcode()} {fmt.city()}"


def make_values(lang: str, rng: random.Random, fakes: list[Faker], fmts: list[Faker]) -> dict:
    people = [_person(fakes, rng) for _ in range(4)]
    (f1, l1), (f2, l2), (f3, l3), (_, l4) = people
    fmt = rng.choice(fmts)
    street, address = _address(lang, fmt, rng)
    norm = lambda s: "".join(c for c in s.lower() if c.isascii() and c.isalpha())  # noqa: E731
    email = f"{norm(f1)[:1]}{norm(l1)}@{fmt.free_email_domain()}" if rng.random() < 0.5 else fmt.email()
    dob = fmt.date_of_birth(minimum_age=18, maximum_age=90)
    return {
        "first": ("PERSON", f1), "last": ("PERSON", l1), "full": ("PERSON", f"{f1} {l1}"),
        "first2": ("PERSON", f2), "last2": ("PERSON", l2), "full2": ("PERSON", f"{f2} {l2}"),
        "last3": ("PERSON", l3), "initial3": ("PERSON", f"{f3[0]}. {l3}"), "last4": ("PERSON", l4),
        "email": ("EMAIL", email), "phone": ("PHONE", fmt.phone_number()),
        "dob": ("DOB", dob.strftime(rng.choice(["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"]))),
        "address": ("ADDRESS", address), "street": ("ADDRESS", street), "iban": ("IBAN", fmt.iban()),
    }


def generate(per_template: int) -> list[dict]:
    docs = []
    rng = random.Random(SEED)
    for lang, templates in TEMPLATES.items():
        fakes = [Faker(loc) for loc in NAME_LOCALES[lang]]
        fmts = [Faker(loc) for loc in FORMAT_LOCALES[lang]]
        for i, f in enumerate(fakes + fmts):
            f.seed_instance(SEED * 100 + i)
        for t_index, template in enumerate(templates):
            for k in range(per_template):
                text, ents = render(template, make_values(lang, rng, fakes, fmts))
                docs.append({"id": f"ind-{lang}-{t_index}-{k}", "locale": lang, "lang": lang,
                             "text": text, "entities": ents})
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-template", type=int, default=8)
    args = ap.parse_args(argv)
    docs = generate(args.per_template)
    with OUT.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{OUT.name}: {len(docs)} documents, {sum(len(d['entities']) for d in docs)} entities")
    return 0


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "src"))
    raise SystemExit(main())
