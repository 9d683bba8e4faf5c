"""Build ``bench/privacy/data/names_train_extra.jsonl``: more training text for the name CRF.

The synthetic dev split (``generate.py``) has five letter/ticket templates per language; GermEval
and LER are German prose only.  This adds short documents of other kinds, written for this file
(chat lines, meeting minutes, CVs and forms, news-like prose with bare surnames, e-mails with
greetings and signature blocks, lists), in de/fr/it/en, with ordinary capitalised words, products,
companies, places and order numbers that must stay outside a name.

Names come only from the shipped lexicon (``src/tarnkappe/privacy/data``: mimesis + US census,
see NOTICE.md) and from **invented** names: character-trigram chains over the lexicon's
surnames and first names, kept only if they are in no name list, no common-word list and no
frequency list.  They teach the model that an unknown capitalised word in a name's context is a
name, without any outside name list (Faker's lists are deliberately not used: the evaluation sets
are generated with Faker).

Deterministic (fixed seed): ``python bench/privacy/build_name_training.py [--docs 1600]``.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from tarnkappe.privacy.learned.features import load_word_freq  # noqa: E402
from tarnkappe.privacy.names import load_lexicon  # noqa: E402

OUT = ROOT / "bench" / "privacy" / "data" / "names_train_extra.jsonl"
DATA = ROOT / "src" / "tarnkappe" / "privacy" / "data"
SEED = 13


def _lines(name: str) -> list[str]:
    with gzip.open(DATA / name, "rt", encoding="utf-8") as fh:
        return sorted(w.strip() for w in fh if w.strip())


class Invented:
    """Name-like words from character trigrams of a list; none is a listed name or a word."""

    def __init__(self, words: list[str], rng: random.Random, taken) -> None:
        self.rng, self.taken = rng, taken
        self.next: dict[str, list[str]] = collections.defaultdict(list)
        for w in words:
            if not w.isalpha() or len(w) < 4:
                continue
            s = "^^" + w.lower() + "$"
            for i in range(len(s) - 2):
                self.next[s[i:i + 2]].append(s[i + 2])

    def __call__(self) -> str:
        for _ in range(200):
            out, ctx = "", "^^"
            while len(out) < 13:
                ch = self.rng.choice(self.next[ctx])
                if ch == "$":
                    break
                out += ch
                ctx = ctx[1] + ch
            if 4 <= len(out) <= 12 and not self.taken(out):
                return out.capitalize()
        raise RuntimeError("no invented name")


class People:
    def __init__(self, rng: random.Random) -> None:
        lex = load_lexicon().core()  # (the lists the models were trained on: names.NameLexicon.core)
        freq = load_word_freq()
        self.rng = rng
        amb = lex.ambiguous
        self.first = [w for w in _lines("first_names.txt.gz") if w.isalpha() and w not in amb]
        self.last = [w for w in _lines("surnames.txt.gz") if w.replace("-", "").isalpha() and w not in amb]
        self.amb = sorted(w for w in amb if w.isalpha())

        def taken(low: str) -> bool:
            cap = low.capitalize()
            return lex.is_known_name(cap) or low in lex.common_words or low in freq

        self.inv_first = Invented(self.first, rng, taken)
        self.inv_last = Invented(self.last, rng, taken)

    def person(self) -> tuple[str, str]:
        r = self.rng.random
        first = self.inv_first() if r() < 0.3 else self.rng.choice(self.first)
        x = r()
        last = self.inv_last() if x < 0.45 else self.rng.choice(self.amb) if x < 0.5 else self.rng.choice(self.last)
        if r() < 0.06:
            last += "-" + (self.inv_last() if r() < 0.5 else self.rng.choice(self.last))
        return first, last


class Doc:
    """Text built piece by piece; ``name()`` pieces are recorded as PERSON spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.pos = 0

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.pos += len(s)
        return self

    def n(self, s: str) -> Doc:
        self.spans.append((self.pos, self.pos + len(s)))
        return self.t(s)

    def fill(self, template: str, slots: dict[str, str]) -> Doc:
        """``{key}`` slots: names (upper-case keys P1, L1, F1 ...) are spans, others plain text."""
        i = 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0:
                self.t(template[i:])
                break
            self.t(template[i:j])
            k = template.index("}", j)
            key = template[j + 1:k]
            if key[:1] in "PLFG":  # person, last, first, genitive-s last
                if key[0] == "G":
                    self.n(slots["L" + key[1:]])
                    self.t("s")
                else:
                    self.n(slots[key])
            else:
                self.t(slots[key])
            i = k + 1
        return self


# Ordinary things that must stay readable.
COMPANIES = ["Migros", "Swisscom", "Siemens", "Bosch", "Renault", "Vodafone", "Fiat", "Coop", "Lidl",
             "Zalando", "Allianz", "Helvetia", "Decathlon", "Carrefour", "Tesco", "Barilla", "Ferrero"]
PRODUCTS = ["iPhone 15", "Windows 11", "Galaxy S23", "ThinkPad X1", "Office 365", "Golf GTI", "Excel",
            "PowerPoint", "SharePoint", "Teams", "Outlook", "Jira", "Confluence", "Slack", "Zoom"]
PLACES = ["Zürich", "Bern", "Basel", "Luzern", "Lausanne", "Genève", "Lugano", "Milano", "Torino", "Roma",
          "Lyon", "Paris", "Marseille", "Wien", "Graz", "Hamburg", "München", "Köln", "Leeds", "London",
          "Dublin", "Boston", "Bologna", "Napoli", "Nantes", "Lille", "Salzburg", "Leipzig"]


def order_no(rng: random.Random) -> str:
    return rng.choice(["A", "BE", "INV-", "#", "Nr. ", "PO-", "TK-"]) + str(rng.randint(1000, 999999))


T: dict[str, list[str]] = {
    "de": [
        # chat
        "{F1}: hast du die Folien für {company} schon?\n{F2}: ja, liegen im Ordner. {F3} schaut sie morgen an\n"
        "{F1}: super, danke! Bestellung {order} ist übrigens raus",
        "@{F1} kannst du {L2} wegen dem Termin in {place} anrufen? Sonst frag ich {F3}.",
        "{F1} {L1} hat den Chat verlassen.\n{F2}: Wer übernimmt jetzt {product}?\n{F3}: Ich frag mal {F1}.",
        "Kurze Info: {F1} ist heute krank, {F2} {L2} vertritt. Neue Version von {product} kommt Montag.",
        # minutes
        "Protokoll Teamsitzung\nTeilnehmende: {P1}, {P2}, {P3}\nEntschuldigt: {P4}\nProtokoll: {F2}\n\n"
        "1. Rückblick: {L1} berichtet über das Projekt in {place}. Ergebnis liegt vor.\n"
        "2. Budget: laut {L3} fehlen noch Zahlen von {company}.\nNächste Sitzung: {L2} lädt ein.",
        "Traktandum 3 – Personelles\n{L1} informiert, dass {P4} per Ende Monat austritt. {L3} dankt ihr für die "
        "Arbeit. Aufgabe: {F2} erstellt die Stellenanzeige (Ticket {order}).",
        "Pendenzen\n- {P1}: Offerte {company} prüfen\n- {P2}: Rechnung {order} nachfassen\n- {L3}: Termin mit "
        "Lieferant vereinbaren\nVerteiler: {P4}",
        # CV / forms
        "Lebenslauf\n\nName: {P1}\nGeburtsort: {place}\nBeruf: Kauffrau EFZ\n\nBerufserfahrung\n2019–2023 {company}, "
        "{place}: Sachbearbeiterin\n\nReferenzen\n{P2}, Teamleiter, {company}\n{P3}, Dozentin",
        "Personalien\nVorname: {F1}\nNachname: {L1}\nWohnort: {place}\nNotfallkontakt: {P2} (Bruder)",
        "Anmeldung\nTeilnehmer: {L1}, {F1}\nBegleitung: {P2}\nKurs: {product} für Fortgeschrittene",
        # prose / news
        "{P1} hat am Dienstag in {place} den Vorsitz übernommen. {L1} folgt auf {P2}, der nach zwölf Jahren "
        "zurücktritt. \"Wir haben viel erreicht\", sagte {L2}. Auch {L3} gratulierte.",
        "Laut {L1} ist die Lage angespannt. Der Sprecher von {company} widersprach: {L1} übertreibe. {P2} "
        "kündigte an, die Zahlen zu prüfen.",
        "Die Ausstellung zeigt Werke von {P1}. {G1} frühe Bilder entstanden in {place}, wo {L1} bei {P2} "
        "studierte. Später arbeitete {L1} mit {P3} zusammen.",
        "Trainer {L1} war zufrieden. {L2} erzielte in der 54. Minute das 1:0, {L3} traf kurz vor Schluss.",
        "Im Gespräch erklärt {P1}, warum {company} neue Wege geht. {L1} leitet die Abteilung seit 2018.",
        "Gegen {L1} wird ermittelt. Die Anwältin {P2} bestreitet die Vorwürfe; {L2} will Berufung einlegen.",
        # e-mail with greeting and signature
        "Hallo {F1}\n\nDanke für die Unterlagen. Ich habe sie an {P2} weitergeleitet. Bestellung {order} ist "
        "bezahlt.\n\nGrüsse\n{F3}",
        "Liebe {F1},\n\nwie besprochen schicke ich dir das Angebot von {company}. {L2} meldet sich morgen.\n\n"
        "Herzliche Grüße\n{P3}\n{company}, {place}",
        "Guten Tag {P1}\n\nIhre Reklamation zu {product} ist eingegangen (Fall {order}). Frau {L2} prüft "
        "den Fall.\n\nFreundliche Grüsse\n\n{P3}\nKundendienst",
        "Hi {F1},\nkurz zur Info: {F2} kommt erst am Nachmittag.\nLG {F3}",
        "Die Sonne scheint. Bank und Post haben geöffnet. Bestellung {order} wurde versandt. {company} bestätigt "
        "den Liefertermin in {place}.",
        "Neu im Team: {P1} (Einkauf) und {P2} (IT). Bitte heisst {F1} und {F2} herzlich willkommen!",
    ],
    "fr": [
        "{F1} : tu as vu le devis de {company} ?\n{F2} : oui, je l'envoie à {F3} ce soir\n{F1} : merci ! "
        "La commande {order} est partie",
        "@{F1} peux-tu appeler {L2} pour le rendez-vous à {place} ? Sinon je demande à {F3}.",
        "Info rapide : {F1} est malade aujourd'hui, {P2} la remplace. La mise à jour de {product} arrive lundi.",
        "Procès-verbal de la séance\nPrésents : {P1}, {P2}, {P3}\nExcusée : {P4}\nProcès-verbal : {F2}\n\n"
        "1. Bilan : {L1} présente les résultats du projet de {place}.\n2. Budget : selon {L3}, il manque les "
        "chiffres de {company}.\nProchaine séance : {L2} convoque.",
        "Points ouverts\n- {P1} : vérifier l'offre {company}\n- {P2} : relancer la facture {order}\n- {L3} : "
        "fixer un rendez-vous\nCopie : {P4}",
        "Curriculum vitae\n\nNom : {L1}\nPrénom : {F1}\nLieu d'origine : {place}\n\nExpérience\n2018–2023 "
        "{company}, {place} : assistante\n\nRéférences\n{P2}, chef d'équipe\n{P3}, professeure",
        "Inscription\nParticipant : {L1} {F1}\nAccompagnant : {P2}\nCours : {product} avancé",
        "{P1} a pris mardi la présidence du conseil à {place}. {L1} succède à {P2}, qui se retire après douze ans. "
        "« Nous avons beaucoup accompli », a déclaré {L2}. {L3} l'a félicité.",
        "Selon {L1}, la situation reste tendue. Le porte-parole de {company} dément : {L1} exagère. {P2} a "
        "annoncé un examen des chiffres.",
        "L'exposition présente des œuvres de {P1}. {L1} a étudié à {place} auprès de {P2}, puis a travaillé "
        "avec {P3}.",
        "L'entraîneur {L1} était satisfait. {L2} a ouvert le score à la 54e minute, {L3} a conclu en fin de match.",
        "Bonjour {F1},\n\nMerci pour les documents. Je les ai transmis à {P2}. La commande {order} est payée.\n\n"
        "Cordialement,\n{P3}",
        "Chère {F1},\n\ncomme convenu, voici l'offre de {company}. {L2} te rappelle demain.\n\nAmitiés\n{F3}",
        "Madame, Monsieur,\n\nVotre réclamation concernant {product} a bien été reçue (dossier {order}). "
        "Mme {L2} s'en occupe.\n\nMeilleures salutations\n\n{P3}\nService clientèle",
        "Le soleil brille. La Poste et la Banque sont ouvertes. La commande {order} a été expédiée. {company} "
        "confirme la livraison à {place}.",
        "Bienvenue à {P1} (achats) et à {P2} (informatique) ! {F1} et {F2} commencent lundi.",
        "{P1} quitte le groupe.\n{F2} : qui reprend {product} ?\n{F3} : je vais demander à {F1}.",
    ],
    "it": [
        "{F1}: hai visto il preventivo di {company}?\n{F2}: sì, lo mando a {F3} stasera\n{F1}: grazie! "
        "L'ordine {order} è partito",
        "@{F1} puoi chiamare {L2} per l'appuntamento a {place}? Altrimenti chiedo a {F3}.",
        "Info veloce: oggi {F1} è malata, la sostituisce {P2}. L'aggiornamento di {product} arriva lunedì.",
        "Verbale della riunione\nPresenti: {P1}, {P2}, {P3}\nAssente giustificata: {P4}\nVerbalizza: {F2}\n\n"
        "1. Resoconto: {L1} presenta i risultati del progetto di {place}.\n2. Budget: secondo {L3} mancano i "
        "dati di {company}.\nProssima riunione: convoca {L2}.",
        "Punti aperti\n- {P1}: verificare l'offerta {company}\n- {P2}: sollecitare la fattura {order}\n- {L3}: "
        "fissare un incontro\nIn copia: {P4}",
        "Curriculum vitae\n\nNome: {F1}\nCognome: {L1}\nLuogo di nascita: {place}\n\nEsperienza\n2017–2023 "
        "{company}, {place}: impiegata\n\nReferenze\n{P2}, responsabile\n{P3}, docente",
        "Iscrizione\nPartecipante: {L1} {F1}\nAccompagnatore: {P2}\nCorso: {product} avanzato",
        "{P1} ha assunto martedì la presidenza del consiglio a {place}. {L1} succede a {P2}, che lascia dopo "
        "dodici anni. «Abbiamo fatto molto», ha detto {L2}. Anche {L3} si è congratulato.",
        "Secondo {L1} la situazione resta tesa. Il portavoce di {company} smentisce: {L1} esagera. {P2} ha "
        "annunciato una verifica dei dati.",
        "La mostra presenta opere di {P1}. {L1} ha studiato a {place} con {P2} e poi ha lavorato con {P3}.",
        "L'allenatore {L1} era soddisfatto. {L2} ha segnato al 54', {L3} ha chiuso la partita nel finale.",
        "Ciao {F1},\n\ngrazie per i documenti. Li ho inoltrati a {P2}. L'ordine {order} è pagato.\n\n"
        "Un saluto\n{F3}",
        "Cara {F1},\n\ncome d'accordo ti mando l'offerta di {company}. {L2} ti richiama domani.\n\n"
        "Cordiali saluti\n{P3}\n{company}, {place}",
        "Gentili signori,\n\nabbiamo ricevuto il reclamo su {product} (pratica {order}). Se ne occupa la "
        "signora {L2}.\n\nDistinti saluti\n\n{P3}\nServizio clienti",
        "Il sole splende. Posta e Banca sono aperte. L'ordine {order} è stato spedito. {company} conferma la "
        "consegna a {place}.",
        "Diamo il benvenuto a {P1} (acquisti) e a {P2} (informatica)! {F1} e {F2} iniziano lunedì.",
        "{P1} ha lasciato il gruppo.\n{F2}: chi segue {product}?\n{F3}: chiedo a {F1}.",
    ],
    "en": [
        "{F1}: did you see the quote from {company}?\n{F2}: yes, sending it to {F3} tonight\n{F1}: thanks! "
        "Order {order} has shipped",
        "@{F1} could you call {L2} about the meeting in {place}? Otherwise I'll ask {F3}.",
        "Quick update: {F1} is off sick today, {P2} is covering. The {product} update lands on Monday.",
        "Minutes of the team meeting\nPresent: {P1}, {P2}, {P3}\nApologies: {P4}\nMinutes: {F2}\n\n"
        "1. Review: {L1} reported on the {place} project.\n2. Budget: {L3} said figures from {company} are "
        "still missing.\nAction: {L2} to schedule the next meeting.",
        "Action items\n- {P1}: review the {company} offer\n- {P2}: chase invoice {order}\n- {L3}: book a "
        "slot with the supplier\nCc: {P4}",
        "Curriculum Vitae\n\nName: {P1}\nBorn in: {place}\n\nExperience\n2016–2023 {company}, {place}: analyst\n\n"
        "References\n{P2}, team lead\n{P3}, lecturer",
        "Registration\nAttendee: {L1}, {F1}\nGuest: {P2}\nCourse: advanced {product}",
        "{P1} took over as chair in {place} on Tuesday. {L1} succeeds {P2}, who steps down after twelve years. "
        "\"We achieved a lot,\" {L2} said. {L3} also congratulated {L1}.",
        "According to {L1}, the situation remains tense. A spokesperson for {company} disagreed, saying {L1} "
        "was exaggerating. {P2} promised to review the figures.",
        "The exhibition shows work by {P1}. {L1} studied in {place} under {P2} and later worked with {P3}.",
        "Coach {L1} was pleased. {L2} scored in the 54th minute and {L3} sealed it late on.",
        "Hi {F1},\n\nThanks for the documents. I've passed them on to {P2}. Order {order} is paid.\n\n"
        "Cheers,\n{F3}",
        "Dear {F1},\n\nAs agreed, here is the offer from {company}. {L2} will call you tomorrow.\n\n"
        "Best wishes\n{P3}\n{company}, {place}",
        "Dear Sir or Madam,\n\nWe have received your complaint about {product} (case {order}). Ms {L2} is "
        "looking into it.\n\nKind regards\n\n{P3}\nCustomer Service",
        "The sun is shining. Bank and Post Office are open. Order {order} has been dispatched. {company} "
        "confirms delivery to {place}.",
        "Please welcome {P1} (purchasing) and {P2} (IT)! {F1} and {F2} start on Monday.",
        "{P1} left the chat.\n{F2}: who owns {product} now?\n{F3}: I'll ask {F1}.",
    ],
}


# Sentences with invented capitalised words that are *not* names (towns, firms, products): the
# model must tell them apart by context, not by "unknown word".
DISTRACT: dict[str, list[str]] = {
    "de": ["Die Lieferung nach {iplace} verzögert sich.", "{icomp} AG hat den Vertrag gekündigt.",
           "Das Modell {iprod} ist ausverkauft.", "Wir fahren über {iplace} nach {place}.",
           "Die Firma {icomp} liefert ab März.", "Treffpunkt ist das Hotel {iprod} in {iplace}.",
           "Bitte {product} und {iprod} aktualisieren.", "Der Zug aus {iplace} hat Verspätung."],
    "fr": ["La livraison à {iplace} est retardée.", "{icomp} SA a résilié le contrat.",
           "Le modèle {iprod} est épuisé.", "Nous passons par {iplace} pour aller à {place}.",
           "L'entreprise {icomp} livre dès mars.", "Rendez-vous à l'hôtel {iprod} à {iplace}.",
           "Merci de mettre à jour {product} et {iprod}.", "Le train de {iplace} a du retard."],
    "it": ["La consegna a {iplace} è in ritardo.", "{icomp} SpA ha disdetto il contratto.",
           "Il modello {iprod} è esaurito.", "Passiamo da {iplace} per andare a {place}.",
           "La ditta {icomp} consegna da marzo.", "Ci vediamo all'hotel {iprod} a {iplace}.",
           "Per favore aggiornare {product} e {iprod}.", "Il treno da {iplace} è in ritardo."],
    "en": ["The delivery to {iplace} is delayed.", "{icomp} Ltd has cancelled the contract.",
           "The {iprod} model is sold out.", "We are driving via {iplace} to {place}.",
           "{icomp} will deliver from March.", "We meet at the {iprod} Hotel in {iplace}.",
           "Please update {product} and {iprod}.", "The train from {iplace} is running late."],
}


def build(docs: int, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    people = People(rng)
    out = []
    langs = list(T)
    for k in range(docs):
        lang = langs[k % len(langs)]
        template = rng.choice(T[lang])
        slots: dict[str, str] = {
            "company": rng.choice(COMPANIES), "product": rng.choice(PRODUCTS), "place": rng.choice(PLACES),
            "order": order_no(rng),
        }
        for key in ("iplace", "icomp", "iprod"):
            slots[key] = people.inv_last() if rng.random() < 0.5 else people.inv_first()
        if rng.random() < 0.5:
            extra = rng.choice(DISTRACT[lang])
            template = extra + " " + template if rng.random() < 0.3 else template + "\n\n" + extra
        for i in range(1, 5):
            f, last = people.person()
            slots[f"F{i}"], slots[f"L{i}"] = f, last
            slots[f"P{i}"] = f"{f} {last}" if rng.random() < 0.85 else f"{last} {f}" if rng.random() < 0.3 else \
                f"{f[0]}. {last}"
        doc = Doc().fill(template, slots)
        text = "".join(doc.parts)
        out.append({"id": f"extra-{k}", "lang": lang, "text": text, "entities": [
            {"start": s, "end": e, "type": "PERSON", "text": text[s:e]} for s, e in doc.spans]})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1600)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    args = ap.parse_args(argv)
    docs = build(args.docs, args.seed)
    args.out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{args.out}: {len(docs)} documents, {sum(len(d['entities']) for d in docs)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
