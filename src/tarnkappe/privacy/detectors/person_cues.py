"""Fixed word sets and patterns that give evidence for (or against) a person name.

Frozen module constants: cue words before names, titles, greetings, closing
formulas before signatures, and context words that make a single capitalised
word *not* a person (articles, locative prepositions, company suffixes).
"""

from __future__ import annotations

import re

# Words after which the next capitalised word(s) are a person's name.
CUES: frozenset[str] = frozenset(
    """Herr Herrn Herren Frau Fräulein Hr Fr Mr Mrs Ms Miss Mx Sir Madam Monsieur Madame Mademoiselle
    M Mme Mmes Mlle MM Me Maître Sig Signor Signore Signora Signorina Sigra Sigg Dott Dottor Dottore
    Dottoressa Avv Ing Arch Geom Rag Prof Professor Professore Professoressa Dr Dres Doktor Dipl Mag
    Lic PD Pfarrer Pastor Pater Schwester Bruder Don Donna Onkel Tante Oma Opa Patient Patientin
    Kollege Kollegin Mitarbeiter Mitarbeiterin Mandant Mandantin Klient Klientin Kunde Kundin""".split()
)
# Parts of titles that may stand between a cue and the name ("Frau Dr. med.").
TITLE_PARTS: frozenset[str] = frozenset(
    """Dr Prof Dipl Ing Mag Dott Avv Lic med phil iur rer nat dent vet oec pol habil h c c
    ra ssa na sa PD MBA MSc BSc Ph D PhD""".split()
)
# Capitalised words that are never a name themselves (cue words, roles, forms of address).
STOP: frozenset[str] = frozenset(
    """Herr Herrn Herren Frau Frauen Fräulein Damen Mr Mrs Ms Miss Sir Madam Monsieur Madame Mademoiselle
    Mme Mlle Signor Signore Signora Signorina Dott Dottor Dottore Dottoressa Prof Professor Dr Doktor
    Dipl Ing Mag Avv Team Kunde Kundin Patient Patientin Mandant Mandantin Kollege Kollegin Kollegen
    Direktor Direktorin Präsident Präsidentin Minister Ministerin Chef Chefin Leiter Leiterin
    Sehr Geehrte Geehrter Liebe Lieber Hallo Dear Hi Hey Hello Bonjour Salut Ciao Caro Cara Gentile
    Grüezi Servus Moin Guten Tag Cher Chère Chers Buongiorno Buonasera Salve Grüsse Grüße Gruss Gruß
    Regards Best Kind Cordialement Cordiali Saluti Distinti Sincerely Yours Thanks Merci Grazie Danke
    Mit Freundlichen Freundliche Besten Beste Herzliche Herzlichen Viele Vielen
    Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Lunedì Martedì
    Mercoledì Giovedì Venerdì Sabato Domenica Januar Februar März April Mai Juni Juli August
    September Oktober November Dezember January February March June July October December
    Sie Ihr Ihre Ihnen Ich Du Er Es Wir
    AG GmbH SA Sàrl SARL Ltd Inc KG OG SpA Srl SRL LLC PLC Co Holding Group Stiftung Verein""".split()
)
GREETINGS: frozenset[str] = frozenset(
    """Hallo Hi Hey Hello Liebe Lieber Liebes Dear Bonjour Bonsoir Salut Cher Chère Ciao Caro Cara
    Gentile Gentilissima Gentilissimo Buongiorno Buonasera Salve Grüezi Servus Moin Morning""".split()
)
ARTICLES: frozenset[str] = frozenset(
    """der die das den dem des ein eine einer einem einen eines kein keine the a an le la les il lo gli
    un une uno una del della dello dei degli delle au aux du""".split()
)
LOCATIVES: frozenset[str] = frozenset(
    """in nach aus à en to from near into verso per im ins am vom zum zur über via bis
    nel nella in of""".split()
)
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    "AG GmbH SA Sàrl SARL Ltd Inc KG OG SpA Srl SRL LLC PLC Holding Group Stiftung Verein Verlag".split()
)
PARTICLES = r"(?:von\s+der|von\s+dem|van\s+der|van\s+den|de\s+la|von|van|vom|zu|zur|de|di|da|del|della|dalla|du|des|dos|das|ter|ten|le|la|y|bin|al|el)"
# Gap between two tokens of one name: a space, a particle, or a middle initial.
NAME_GAP = re.compile(rf"[ \u00a0](?:{PARTICLES}[ \u00a0])*(?:[A-Z]\.[ \u00a0])?")
# Gap between a cue/title and what follows ("Frau Dr. ", "M. ", "Sig.ra ").
CUE_GAP = re.compile(
    r"\.?(?:[ \u00a0]?(?:ra|ssa|na|med|phil|iur|dent|vet|oec|rer\.\s?nat|h\.\s?c)\.?)*[ \u00a0]{1,2}"
)

# A closing formula on a line of its own.  Matched against "\n" + text: a literal "\n" where the
# line starts lets the regex engine jump from line to line (a multi-line "^" is tried at every
# character, ~30x slower); every offset is then one too far.
CLOSING = re.compile(
    r"(?im)\n[ \t>]*(?:"
    r"(?:mit\s+)?(?:freundlichen|besten|herzlichen|lieben|sonnigen|kollegialen|vielen)\s+gr(?:ü|ue)(?:ß|ss)en"
    r"|(?:freundliche|beste|herzliche|liebe|viele|sonnige)\s+gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e|mfg|lg|vg"
    r"|(?:bien\s+)?cordialement|meilleures\s+salutations|salutations\s+distingu[ée]es|bien\s+à\s+vous"
    r"|amicalement|avec\s+mes\s+meilleures\s+salutations"
    r"|cordiali\s+saluti|distinti\s+saluti|cordialmente|saluti|un\s+caro\s+saluto|a\s+presto"
    r"|(?:best|kind|warm|warmest)\s+regards|regards|best\s+wishes|sincerely|yours\s+(?:sincerely|faithfully|truly)"
    r"|cheers|many\s+thanks|thanks|thank\s+you|vielen\s+dank|besten\s+dank|merci|grazie"
    r")[ \t]*[,.!]?[ \t]*(?P<same>[^\n]*)$"
)
