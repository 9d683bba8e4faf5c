"""Fixed word sets and patterns that give evidence for (or against) a person name.

Frozen module constants: cue words before names, titles, greetings, closing
formulas before signatures, and context words that make a single capitalised
word *not* a person (articles, locative prepositions, company suffixes).
"""

from __future__ import annotations

from ..text_memo import once
from . import scan

# Titles as a passenger list or an envelope writes them ("MR HAO WANG", "MME DUPONT"): cues, and
# in persons.py what makes the short words in capitals after them a name, not acronyms.
UPPER_TITLES: frozenset[str] = frozenset("MR MRS MS MISS MX MME MLLE HERR HERRN FRAU SIG SIGRA DR PROF".split())
# Words after which the next capitalised word(s) are a person's name.
CUES: frozenset[str] = frozenset(
    """Herr Herrn Herren Frau Fräulein Hr Fr Mr Mrs Ms Miss Mx Sir Madam Monsieur Madame Mademoiselle
    M Mme Mmes Mlle MM Me Maître Sig Signor Signore Signora Signorina Sigra Sigg Dott Dottor Dottore
    Dottoressa Avv Ing Arch Geom Rag Prof Professor Professore Professoressa Dr Dres Doktor Dipl Mag
    Lic PD Pfarrer Pastor Pater Schwester Bruder Don Donna Onkel Tante Oma Opa Patient Patientin
    Kollege Kollegin Mitarbeiter Mitarbeiterin Mandant Mandantin Klient Klientin Kunde Kundin
    PC DC DS Sgt Insp Cst""".split()
) | UPPER_TITLES | {"DOTT"}
# Roles that name the person right after them, in German capitalised (cues like the titles above,
# but never forcing an ordinary word: "die Zeugin Weiss" needs the name lists or the model).
ROLE_CUES: frozenset[str] = frozenset(
    """Tochter Sohn Mutter Vater Ehefrau Ehemann Gattin Gatte Partnerin Partner Enkelin Enkel Nichte Neffe
    Beschuldigte Beschuldigter Angeklagte Angeklagter Zeuge Zeugin Klägerin Kläger Beklagte Beklagter
    Geschädigte Geschädigter Mieterin Mieter Vermieterin Vermieter Nachbarin Nachbar Vorgängerin Vorgänger
    Nachfolgerin Nachfolger Anwältin Anwalt Rechtsanwältin Rechtsanwalt Trainerin Trainer Lehrerin Lehrer
    Schülerin Schüler Sprecherin Sprecher Kundin Kunde Patientin Patient Familie Kinder Söhne Töchter
    Mann Hausmeister Hausmeisterin Hauswart Hauswartin Hausbesorger Hausbesorgerin Abwart Abwartin Mentor Mentorin
    Kassier Kassierin Kassenwart Kassenwartin Schatzmeister Schatzmeisterin""".split()
)
# Endings of German job and role nouns, compounds included ("Bundeskanzler", "CSU-Politiker",
# "Hochspringer", "UN-Generalsekretär"): the capitalised words right after one name its holder.
ROLE_SUFFIXES: tuple[str, ...] = tuple(
    """minister ministerin präsident präsidentin kanzler kanzlerin politiker politikerin sprecher sprecherin
    chef chefin trainer trainerin spieler spielerin sänger sängerin rapper rapperin autor autorin direktor
    direktorin vorsitzende vorsitzender sekretär sekretärin historiker historikerin maler malerin
    regisseur regisseurin moderator moderatorin komponist komponistin dichter dichterin schriftsteller
    schriftstellerin springer springerin läufer läuferin fahrer fahrerin stürmer stürmerin torhüter
    torhüterin experte expertin anwalt anwältin professor professorin forscher forscherin
    wissenschaftler wissenschaftlerin ökonom ökonomin unternehmer unternehmerin gründer gründerin
    manager managerin bürgermeister bürgermeisterin abgeordnete abgeordneter senator senatorin
    botschafter botschafterin richter richterin staatsanwalt staatsanwältin kommissar kommissarin
    geschäftsführer geschäftsführerin popstar""".split()
)
# The same roles in fr/it/en, lower case: the word right before a name, a "(" or ", " between
# them allowed ("Sa fille Claude", "Daughter (Adam)", "The defendant, Foyle, denies").
ROLE_WORDS: frozenset[str] = frozenset(
    """fille fils mère père épouse mari compagne compagnon sœur soeur frère petite-fille petit-fils nièce
    neveu témoin accusé accusée prévenu prévenue victime plaignant plaignante locataire voisin voisine
    patiente collègue avocat avocate
    figlia figlio madre padre moglie marito compagna compagno sorella fratello nipote testimone imputato
    imputata vittima inquilino inquilina vicino vicina paziente collega avvocato avvocata
    daughter son mother father wife husband partner sister brother granddaughter grandson niece nephew
    witness defendant claimant plaintiff victim tenant landlord neighbour neighbor patient colleague
    lawyer solicitor brigadier brigadiere agent agente officer inspecteur inspector ispettore sergent
    sergeant constable appuntato maresciallo carabiniere commissaire commissario
    enfant élève famille famiglia alunno alunna pupil citofono campanello interphone sonnette buzz
    maestra maestro dottor dottore dottoressa professore professoressa docteur médecin doctor teacher
    enfants figli figlie children sons daughters
    maire mairesse sindaco sindaca mayor juge giudice judge greffier greffière cancelliere clerk
    conducente conducteur conductrice driver secondo selon
    caretaker concierge gardien gardienne custode portinaio portinaia mentor treasurer trésorier trésorière
    tesoriere tesoriera""".split()
)
# German writes its relatives capitalised, as nouns: "ihr Bruder Lennart", "sein Sohn Ivo" (holdout25, session 22)
GERMAN_RELATIVES = frozenset(
    "Bruder Schwester Sohn Tochter Neffe Nichte Enkel Enkelin Ehemann Ehefrau Gatte Gattin Schwager Schwägerin".split()
)
# Kin and family words written in lower case (seating plans, invitations, family chat: "zio
# Durante", "Tonton Désiré", "la famille Petit", "i signori Monti"): the capitalised word after
# one is a name even when it is also an ordinary word (found reading holdout3).
KIN_WORDS: frozenset[str] = frozenset(
    """zio zia zii nonno nonna nonni cugino cugina piccolo piccola signori famiglia
    tonton tata tatie tante oncle cousin cousine mamie papi papy pépé mémé famille
    uncle aunt auntie grandma grandpa granny family
    fils fille frère sœur soeur mari époux épouse neveu nièce figlio figlia fratello sorella marito moglie
    daughter brother sister husband wife nephew niece grandson granddaughter
    signor signora signorina sig. sig.ra sig.na dott. dottor dottoressa avv. monsieur madame""".split()
) | GERMAN_RELATIVES
# The relatives among them, named by a first name ("son fils François", "her husband Dylan"): an ordinary
# word after one is a name only if it is a listed first name ("my brother Google", "il figlio Maggiore",
# "sister Act" are none).
RELATIVE_WORDS: frozenset[str] = frozenset(
    """fils fille frère sœur soeur mari époux épouse neveu nièce figlio figlia fratello sorella marito moglie
    daughter brother sister husband wife nephew niece grandson granddaughter""".split()
) | GERMAN_RELATIVES
ROLE_WORDS = ROLE_WORDS | KIN_WORDS
# Titles written in lower case, mostly Italian ("sig.ra", "dott."): the capitalised tokens the
# rules read as cues (persons.py) never include them; person_context.role_before reads them.
LOWER_TITLES = frozenset(
    "sig. sig.ra sig.na sigg. dott. dott.ssa avv. ing. arch. geom. rag. prof. prof.ssa brig. dr.".split()
)


# Labels whose value is one or more person names ("Teilnehmende: …", "Excusé : …", "Apologies: …",
# "Cognome e nome: …"): the capitalised words on the rest of the line are names.
NAME_LABELS = scan.compile(
    r"(?im)\n[ \t>]{0,16}(?:(?:ihr|ihre|your|votre|vos|il[ ]vostro|la[ ]vostra)[ ]{1,2})?"
    r"(?:name|vorname|nachname|familienname|teilnehmende|teilnehmer|teilnehmerinnen|anwesend"
    r"|anwesende|entschuldigt|abwesend|verteiler|ansprechpartner(?:in)?|ansprechperson|kontaktperson|interlocuteur"
    r"|nom|prénom|nom et prénom|présents?|présentes?|excusée?s?|absente?s?|personne de contact"
    r"|nome|cognome|cognome e nome|nome e cognome|presenti|assente|assenti|referente"
    r"|first name|last name|surname|full name|attendees|present|apologies|absent|contact person"
    r"|klient|klientin|patient|patientin|patiente|paziente|mieter|mieterin|versicherungsnehmer|assurée?"
    r"|assicurato|assicurata|policyholder|verbalizzante|protokoll|visum|pv|statement of|witness|customer)"
    r"(?:/in|/innen|\(e\)|\(in\)|/e|/a|\(a\))?[ \t]{0,4}:[ \t]{0,16}"
)
# A chat line's speaker: "[09:14] Anna:", "18:02 Anna :", "[7:58 PM] Anna:".
CHAT_SPEAKER = scan.compile(
    r"(?:^|\n)[ \t]{0,8}(?:\[[^\]\n]{1,40}\]|\d{1,2}[:.]\d{2}(?:[ ]?[AaPp]\.?[Mm]\.?)?)[ \t]{1,4}$"
)
# ... or the time after the name: "François (13h20) : …", "Anna (9:05): …".
# Also in brackets and with spaces around the "h": "John [4:30 pm]: …", "Seppe (16 h 45) : …".
CHAT_TIME_AFTER = scan.compile(
    r"[ \t]{1,2}[(\[]\d{1,2}(?:[ ]?[:h.][ ]?\d{2}|[ ]?h)?(?:[ ]?[AaPp]\.?[Mm]\.?)?[)\]][ \t]{0,2}:"
)
# Parts of titles that may stand between a cue and the name ("Frau Dr. med.").
TITLE_PARTS: frozenset[str] = frozenset(
    """Dr Prof Dipl Ing Mag Dott Avv Lic med phil iur rer nat dent vet oec pol habil h c c
    ra ssa na sa PD MBA MSc BSc Ph D PhD""".split()
)
# Capitalised words that are never a name themselves (cue words, roles, forms of address).
# Lower-case particles inside a surname as chats and rotas type it ("cátia von gunten", "Hochzeit von der
# Heide", "zur Mühlen"): no name's word alone, taken between a name's words.
NAME_PARTICLE_WORDS: frozenset[str] = frozenset("von van de da di del della der den zu zur zum la le".split())
# A prompt's instruction verbs that name lists also hold as names ("Mach aus der Mail eine Liste": Ernst
# Mach; "Fass zusammen", "Stell mir …") and those the learned model took for names at a prompt's start
# ("Riassumi la chat", "Erstell daraus …"): alone, at a line's or sentence's start, no name's evidence.
IMPERATIVES: frozenset[str] = frozenset(
    """Mach Mache Stell Stelle Fass Fasse Schreib Schreibe Lies Gib Nimm Zeig Sag Hilf Prüf Prüfe Erstell Erstelle
    Formulier Formuliere Sortier Sortiere Übersetz Übersetze Korrigier Korrigiere Erklär Erkläre Rechne Ordne
    Finde Mach's Liste Schick Schicke Aktualisier Aktualisiere Ergänz Ergänze Kürz Kürze Markier Markiere Überprüf
    Überprüfe Vergleich Vergleiche Extrahier Extrahiere Entwirf Beantworte Antworte Füll Fülle
    Riassumi Riassumimi Nomino Scrivi Crea Traduci Fammi Dammi Elenca Correggi Riscrivi Prepara Ordina Controlla
    Calcola Trasforma Metti Résume Rédige Traduis Fais Écris Corrige Reformule Prépare Mets Calcule Transforme
    Vérifie Crée Donne Summarise Summarize Translate Rewrite Draft Sort Turn""".split()
)
# A subject's finite verb after a word that is a prompt's verb or a name ("Lies hat angerufen", "Mach kommt
# morgen", "Crea ha chiamato"): then it is the name -- not the words an instruction goes on with that end
# in "t" ("Mach mit", "Fass kurz zusammen", "Stell fest").
_SUBJECT_VERB = scan.compile(
    r"[ ](?:(?!(?:mit|nicht|jetzt|erst|selbst|fest|sofort|zuerst|bereit|acht|gut|kurz|bitte)(?![^\W\d_]))"
    r"[a-zäöüß]{1,16}t|ha|hanno|è|est|has|is|was|will|says|wrote|war|wird|kann|muss|soll|darf|hatte|sagte|kam"
    r"|ging|wurde)(?![^\W\d_'’])"
)


def imperative_use(text: str, end: int) -> bool:
    """The word of IMPERATIVES that ends at ``end`` is used as a verb: a space and no subject's verb
    after it ("Mach aus der Mail …", "Riassumi la chat"; not "Lies hat angerufen", "Mach, Ernst")."""
    return text[end:end + 1] == " " and scan.match(_SUBJECT_VERB, text, end) is None


STOP: frozenset[str] = frozenset(
    """Biername Cerevis Vulgo Spitzname Bises Bisous
    Herr Herrn Herren Frau Frauen Fräulein Damen Mr Mrs Ms Miss Sir Madam Monsieur Madame Mademoiselle
    Mme Mlle Signor Signore Signora Signorina Dott Dottor Dottore Dottoressa Prof Professor Dr Doktor
    Dipl Ing Mag Avv Fam Dob Team Kunde Kundin Patient Patientin Mandant Mandantin Kollege Kollegin Kollegen
    Direktor Direktorin Präsident Präsidentin Minister Ministerin Chef Chefin Leiter Leiterin
    Sehr Geehrte Geehrter Liebe Lieber Hallo Dear Hi Hey Hello Bonjour Salut Ciao Caro Cara Gentile
    Grüezi Servus Moin Guten Tag Cher Chère Chers Buongiorno Buonasera Salve Grüsse Grüße Gruss Gruß
    Hoi Hoii Salü Grüessech Grüess Gruezi Servas Griaß Griass Coucou Howdy
    Regards Best Kind Cordialement Cordiali Saluti Distinti Sincerely Yours Thanks Merci Grazie Danke
    Mit Freundlichen Freundliche Besten Beste Herzliche Herzlichen Viele Vielen
    Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Lunedì Martedì
    Mercoledì Giovedì Venerdì Sabato Domenica Januar Februar März April Mai Juni Juli August
    September Oktober November Dezember January February March June July October December
    Jänner Jän Feber Mär Mrz Okt Dez Sept
    Sie Ihr Ihre Ihnen Ich Du Er Es Wir Eure Euer Eurer Unsere Unser Deine Dein Meine Mein
    AG GmbH SA Sàrl SARL Ltd Inc KG OG SpA Srl SRL LLC PLC Co Holding Group Stiftung Verein
    Sig Sigg Sigra Signori Gentili Gentilissimi Gentilissima Gentilissimo Egregio Egregia Egregi Spettabile Spett
    Natel Handy Tel Tél Mobil Mobile Mobiltel Telefon Téléphone Telefono Fax Phone Cell Cellulare Portable
    Nata Nato Statement Hd Str Nr Co Fa Bd Av Rte
    Prénom Prénoms Vorname Vornamen Nachname Cognome Falls
    Prenom Prenoms Nom Noms Nome Cognomi Nachnamen Familienname Forename Forenames Surname Surnames
    Speaker Sprecher Sprecherin Intervenant Intervenante Interlocuteur Interlocutore Caller Anrufer""".split()
)
STOP_LOWER: frozenset[str] = frozenset(word.lower() for word in STOP)
"""STOP as lower-case text writes it ("pause", "montag"): no name after a lower-case title or in a lower-case line."""
GREETINGS: frozenset[str] = frozenset(
    """Hallo Hi Hey Hello Liebe Lieber Liebes Dear Bonjour Bonsoir Salut Cher Chère Ciao Caro Cara
    Gentile Gentilissima Gentilissimo Buongiorno Buonasera Salve Grüezi Servus Moin Morning
    Hoi Hoii Sali Salü Grüessech Grüess Gruezi Servas Griaß Griass Coucou Howdy""".split()
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
    "AG GmbH SA Sàrl SARL Ltd Inc KG OG SpA Srl SRL LLC PLC Holding Group Stiftung Verein Verlag"
    " Snc SNC Sas SAS Sagl SAGL BV NV Oy ApS Lda".split()
)
# Words after which a capitalised word names a room, a venue or a place of business, not a person
# ("Sitzungszimmer Eiger", "Salle Mont-Blanc", "Trattoria Da Gino"); lower case.  Not the ones that
# are names too or often precede one (Bar, Hotel, Pension, Raum, Zimmer, Sala, Projekt, Operation:
# "Bar Refaeli", "Projekt Kowalczyk" -- review of session 8).
VENUES: frozenset[str] = frozenset(
    """sitzungszimmer besprechungsraum besprechungszimmer konferenzraum sitzungssaal salle aula boardroom
    trattoria ristorante restaurant pizzeria osteria gasthof gasthaus wirtshaus hütte cabane rifugio
    chantier""".split()
)
# Car makes, as written: the word after one is a model ("Opel Corsa", "Dacia Duster", "Alfa Romeo
# Giulietta"; found reading holdout3).  Several are names too (Kia, Dacia, Suzuki, Renault, Skoda):
# persons.py skips a make only where it is no listed name and no title stands before it.
CAR_MAKES: frozenset[str] = frozenset(
    """Toyota Opel Dacia Vauxhall Skoda Škoda Renault Peugeot Citroën Citroen Fiat Alfa Volkswagen
    Audi Cupra Hyundai Kia Nissan Mazda Suzuki Subaru Mitsubishi Volvo Tesla Vespa Lancia Jeep
    Chevrolet Dodge Chrysler Lexus""".split()
)
# A company suffix right after a name or after up to two more capitalised words ("Müller Reisen AG"):
# matched at a name's end, it makes the name a company's.
COMPANY_AFTER = scan.compile(
    r"(?:[ ][A-ZÄÖÜÀ-Þ][^\W\d_]{0,30}+){0,2}[ ]"
    rf"(?:{'|'.join(sorted(COMPANY_SUFFIXES, key=lambda w: (-len(w), w)))})(?![\w])"
)
PARTICLES = r"(?:von\s{1,8}der|von\s{1,8}dem|van\s{1,8}der|van\s{1,8}den|de\s{1,8}la|auf\s{1,8}der|auf\s{1,8}dem|in\s{1,8}der|in\s{1,8}den|op\s{1,8}den|op\s{1,8}de|uf\s{1,8}der|von|van|vom|zu|zur|zum|dela|delos|de|di|da|del|della|dalla|du|des|dos|das|ter|ten|le|la|y|bin|al|el)"  # noqa: E501 - one regular expression, read as a whole
# Gap between two tokens of one name: a space, a particle, or a middle initial.  Each particle
# with its space is an atomic group: "de la " is one particle or two ("de ", "la "), and a run of
# them that failed at its end was retried in all 2^n splits; every split ends at the same place,
# so keeping the first that fits changes no match.  At most 8 particles.
NAME_GAP = scan.compile(rf"[ \u00a0](?>{PARTICLES}[ \u00a0]){{0,8}}(?:[A-Z]\.[ \u00a0])?")
# Gap between a cue/title and what follows ("Frau Dr. ", "M. ", "Sig.ra ").
CUE_GAP = scan.compile(
    r"\.?(?:[ \u00a0]?(?:ra|ssa|na|med|phil|iur|dent|vet|oec|rer\.\s?nat|h\.\s?c)\.?){0,6}[ \u00a0]{1,2}\(?"
)

# A closing formula on a line of its own.  Matched against "\n" + text: a literal "\n" where the
# line starts lets the regex engine jump from line to line (a multi-line "^" is tried at every
# character, ~30x slower); every offset is then one too far.  The rest of the line (what used to
# be "(?P<same>[^\n]*)$") starts at the match's end and is found with str.find (closing_lines):
# a pattern that reads a whole line is not bounded (scan.py).
CLOSING = scan.compile(
    r"(?im)\n[ \t>]{0,16}(?:"
    r"(?:mit\s{1,8})?(?:(?:freundlichen|besten|herzlichen|lieben|sonnigen|kollegialen|vielen)\s{1,8}){1,2}"
    r"gr(?:ü|ue)(?:ß|ss)en"  # (also "mit freundlichen kollegialen Grüßen")
    r"|(?:freundliche|beste|herzliche|liebe|viele|sonnige)\s{1,8}gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e|mfg|lg|vg"
    r"|(?:bien\s{1,8})?cordialement|meilleures\s{1,8}salutations|salutations\s{1,8}distingu[ée]es|bien\s{1,8}à\s{1,8}vous"
    r"|amicalement|avec\s{1,8}mes\s{1,8}meilleures\s{1,8}salutations"
    # (friends' closings end their line: "Danke dir für die Bestellung." opens no signature; review of session 33)
    r"|(?:(?:grosses\s{1,8})?bises|bisous|bonne\s{1,8}(?:journ[ée]e|soir[ée]e)|[àa]\s{1,8}bient[ôo]t"
    r"|danke\s{1,8}(?:euch|dir|sch(?:ö|oe)n)"
    r"|tsch(?:ü|ue)ss|un\s{1,8}(?:cordiale\s{1,8})?saluto)(?=[ \t]{0,16}[,.!]?[ \t]{0,16}(?:\r?\n|\Z))"
    r"|cordiali\s{1,8}saluti|distinti\s{1,8}saluti|cordialmente|saluti|un\s{1,8}caro\s{1,8}saluto|a\s{1,8}presto"
    r"|(?:best|kind|warm|warmest)\s{1,8}regards|regards|best\s{1,8}wishes|sincerely|yours\s{1,8}(?:sincerely|faithfully|truly)"
    r"|cheers|many\s{1,8}thanks|thanks|thank\s{1,8}you|vielen\s{1,8}dank|besten\s{1,8}dank|merci|grazie"
    r")[ \t]{0,16}[,.!]?[ \t]{0,16}"
)


def closing_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) in ``text`` of the rest of the line after each closing formula.

    Read once per detected text (text_memo.py): the signature rule, the lower-case signatures and
    the cued phones all ask, and one scan costs ~60 us on the ~2,000-token prompt (the engine tries
    every alternative after each line break)."""
    return once(text, "closing_lines", _closing_lines)


def _closing_lines(text: str) -> tuple[tuple[int, int], ...]:
    shifted = "\n" + text
    out = []
    for m in scan.finditer(CLOSING, shifted):
        end = shifted.find("\n", m.end())
        out.append((m.end() - 1, (len(shifted) if end < 0 else end) - 1))
    return tuple(out)


WEEKDAY_ABBREVIATIONS = frozenset("Mon Tue Wed Thu Fri Sat Sun".split())
# the day and month a mail header writes after it: "Thu, 03 Dec 2026" (not "Sun, 34, from Shanghai")
_MAIL_DATE_AFTER = scan.compile(r",[ ]\d{1,2}[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?![^\W\d_])")


def dated_weekday(text: str, word: str, end: int) -> bool:
    """``word`` (ending at ``end``) is the weekday of a date as mail headers write it ("Date: Thu,
    03 Dec 2026"), or one of a row of weekdays ("| Wed | Thu | Fri |" of a rota's head; holdout38) -- not
    a first name ("Thu" is one)."""
    if word not in WEEKDAY_ABBREVIATIONS:
        return False
    if scan.match(_MAIL_DATE_AFTER, text, end) is not None:
        return True
    start = end - len(word)
    before = text[max(0, start - 12):start].split()
    after = text[end:end + 12].split()
    return bool(before and before[-1].strip("|,;") in WEEKDAY_ABBREVIATIONS
                or after and after[0].strip("|,;") in WEEKDAY_ABBREVIATIONS
                or len(before) >= 2 and before[-1] == "|" and before[-2] in WEEKDAY_ABBREVIATIONS
                or len(after) >= 2 and after[0] == "|" and after[1] in WEEKDAY_ABBREVIATIONS)

