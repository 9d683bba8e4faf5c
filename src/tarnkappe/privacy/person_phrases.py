"""Names that only the phrase around them makes a name, and names an author list hides behind its
affiliation marks.

Phrases: a first name that shares a surname
("child of Amaya and Marisela Obrien", "Kind von Lola und Lilia Sivarajah": Amaya and Lola are
people as much as the names found after them), and a caller who introduces themselves in a
message after a greeting ("Bonjour, c'est Désiré de Royal Mail", "Hallo, hier Irmtraud von Die
Post", "Buongiorno, sono Rojhat di DPD", "Hi, this is Ilir from DHL").

A title before a surname led by its particles ("Frau zu Feichtinger", "Maître de Blanc") is a
name as well.  The first two add a PERSON for one capitalised word that no detector took, and only where the phrase
leaves no other reading: before " and " a word the lists know as a first name, or no ordinary
word, right before a name of two words or more; after an introduction a word of the same kind,
followed by "de/di/von/from/of" and a capital, a comma, a full stop or the line's end.  Linear:
one look before each found name, and one scan for greetings.

Author lists write affiliations and the corresponding author right after the name ("Mariam
Ahmed1*, Kidane Berhe2, D. Mazzini1,2"): glued to the name, the digits make it no word to a
detector.  :func:`without_affiliation_marks` blanks them (same length, so every offset stays) in
texts with a list of them (two marks before ", " at least), for the person detectors only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .detectors import scan
from .detectors.person_context import with_initials
from .detectors.person_cues import LOCATIVES, STOP
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import rare_word
from .names import NameLexicon, compound_tail
from .person_dates import covered_by_any, overlaps_any
from .person_spans import INITIAL_AFTER, MONTH_WORD, item_start

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?"
# "Amaya and " right before a found name (the window ends where the name starts).
_FIRST_AND = scan.compile(rf"(?<![\w\-'’])(?P<word>{_WORD})[ ](?:and|und|et|e|y|&)[ ]\Z")
# Words that join the names of a list (the phrase after a name, and its quick test); "&" of a
# couple ("Hochzeit Leonore & Lothar").
_LIST_WORDS = frozenset("und et e and y & sowie mit con avec with".split())
# ", Niks" or " und Niks" right after a found name: the next of a list of people ("Die Kassenprüfer
# Soo-ah Kim und Niks", "Nils Abramov mit Frieda, Duyên und Ariane"); the word must end there.
_AND_NEXT = scan.compile(
    rf"(?:,[ ]|[ ](?:{'|'.join(sorted(_LIST_WORDS))})[ ])(?P<word>{_WORD})(?=[ ,;.!?)\r\n]|\Z)"
)
# A maiden name after a name: "Mady SCHMIT, née COELHO", "Frieda Koch, geb. Glück", "Anna Rossi nata
# Bianchi"; Italian death notices write the married name after "in" ("Ladina Casanova in
# Cathomen"): there only before the line's end, and no town ("Anna Meier in Zürich").
_MAIDEN = scan.compile(
    r",?[ ](?P<cue>née|nee|geb\.|geborene|nata|in)[ ]"
    r"(?P<name>(?:LE[ ]|DE[ ]|DI[ ]|DA[ ]|VAN[ ]|VON[ ]|de[ ]|di[ ]|da[ ]|van[ ]|von[ ]|le[ ])?"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?)(?![\w\-])"
    r"(?P<line_end>(?=[ \t]{0,4}(?:\r?\n|\Z|[,;)])))?"
)
# A greeting, then an introduction: "Bonjour, c'est Jean de …", "Hallo, hier Irmtraud von …", "Buongiorno,
# sono Rojhat di …", "Hi, this is Ilir from …".  It starts with the greeting's literal words and
# no look-behind, so the engine skips to their capitals (~40 us on the ~2,000-token prompt; the
# introductions alone, or a look-behind first, cost ~200-600 us).
_INTRO = scan.compile(
    r"(?:Bonjour|Bonsoir|Salut|Coucou|Hallo|Hi|Hey|Hello|Guten[ ]Tag|Grüezi|Servus|Moin|Buongiorno|Buonasera"
    r"|Ciao|Salve)[,!]?[ ](?:[Cc]['’]est|ici|sono|qui[ ]è|hier[ ]ist|hier|ich[ ]bin|this[ ]is|it['’]s|my[ ]name[ ]is"
    r"|je[ ]m['’]appelle|mi[ ]chiamo|ich[ ]hei(?:ss|ß)e)"
    rf"[ ](?P<word>{_WORD})"
    r"(?=[ ](?:de|d['’]|di|da|von|vom|from|of|with|bei|chez)[ ](?:der[ ]|dem[ ]|la[ ]|le[ ]|the[ ])?[A-Z]"
    r"|[,.!]|[ ]?\r?\n|\Z)"
)


# A title, then a surname led by its particles ("Frau zu Feichtinger", "Maître de Blanc", "Herrn
# von der Sommer"), or initials and one capitalised word ("Dr K. Scheibe", "Frau A. Winter", "Mr J.
# Little"): the title makes it a name whatever the lists say.  One scan for both, from the
# titles' literal words (~45 us on the ~2,000-token prompt).
# And a name in capitals after a title, on its line or the next, as letters address people ("Herr ILIR
# REXHEPI", "Signor\nLAMBERTO MONDADORI", "Frau\nCAROLINE DA CONCEIÇÃO"): two words or more, since
# short ones are acronyms elsewhere ("MUSA MEMELA").
_TITLE_NAME = scan.compile(
    r"(?:Frau|Herrn|Herr|Hr\.|Fr\.|Mme|Madame|Monsieur|Maître|Me|Mr|Mrs|Ms|Dr\.|Dr|Prof\.|Sig\.ra|Sig\.|Signora"
    r"|Signor|Dott\.ssa|Dott\.|Avv\.)(?:[ ]|[ \t]{0,4}\r?\n(?=[A-ZÀ-ÖØ-Þ]{2}))"
    r"(?:(?P<name>(?:(?:von|van|zu|zur|zum|vom|de|du|da|di|del|della|dos|des|auf)[ ]"
    r"(?:(?:der|den|dem|la|le|los|las)[ ])?"
    r"|d['’](?=[A-ZÀ-ÖØ-Þ]))"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?)"
    r"|(?P<initials>[A-ZÀ-ÖØ-Þ]\.(?:[ ]?-?[A-ZÀ-ÖØ-Þ]\.){0,2}[ ]"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?)(?![\w\-])"
    r"|(?P<capitals>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]{1,29}+(?:[ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]{0,29}+){1,3}+)(?![\w\-]))"
)
# A doctor's or a lawyer's title before one capitalised word: "Dr Price", "dott.ssa Cendron", "Dr O'Brien" (a
# cell of a study's export, a referral): an ordinary word too, the title makes it a name.
# One pattern per title, each starting with its literal letters (the engine skips to them; one pattern
# starting with the alternation of all tried every position: ~240 us on the ~2,000-token prompt).
_DOCTOR_NAME = (
    r"[ ](?P<name>(?:O['’]|Ma?c(?=[A-Z])|D['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,29}+)?)"
    r"(?=[\",;.)\]\t]|[ ]?\r?\n|\Z|[ ][a-zà-ÿ(–-])"
)
_DOCTORS = tuple(
    (Gate((literal,)), scan.compile(rf"{first}(?<![\w.]{first}){rest}{_DOCTOR_NAME}"))
    for literal, first, rest in (("Dr", "D", r"r\.?"), ("Dres.", "D", r"res\."), ("ott.", "[Dd]", r"ott\.(?:ssa)?"),
                                 ("Prof.", "P", r"rof\."), ("vv.", "[Aa]", r"vv\."), ("Maître", "M", "aître"),
                                 ("Docteur", "D", "octeur"), ("Doktor", "D", "oktor"), ("Dottore", "D", "ottore"))
)
# Initials before a surname led by lower-case particles ("C. van der Linde", "R. da Cunha", "Dr K.
# Scheibe" is below): the initial makes the capitalised word after the particles a surname, an
# ordinary word too ("Linde").  The scan starts at the literal ". " (cheap); the initial is checked
# by a look-behind, the letters before it in Python ("z. B. der …" is no initial).
_INITIAL_PARTICLES = scan.compile(
    r"\.(?<=[A-ZÀ-ÖØ-Þ]\.)[ ](?P<rest>(?:van|von|vom|zu|zur|de|du|da|di|dos|do|ten|ter)[ ]"
    r"(?:(?:der|den|de|la|le|los|las|van)[ ])?"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?)(?![\w\-])"
)
# A capitalised word, a German or Dutch particle, a capitalised word: "Diar von Arx", "Joost van
# Dalen" -- a name even where no list knows the first name.  The scan starts at the particle's
# literal words (" de", " di" are French and Italian prepositions: not taken); the word before it
# is read in Python and must be no ordinary word, town or stop word ("Briefe von Goethe").
_PARTICLE_BETWEEN = scan.compile(
    r"[ ](?:von|van|zu|ten|ter)[ ](?:(?:der|den|de)[ ])?"
    r"(?P<last>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?)(?![\w\-])"
)
# An introduction right before the first name: what follows it is where they are from (_INTRO)
_INTRODUCED = scan.compile(r"(?<![\w])(?:hier|ici|sono|[Cc]['’]est|this[ ]is|it['’]s|ich[ ]bin)[ ]\Z")
_WORD_BEFORE = scan.compile(r"(?<![\w\-'’.])(?P<word>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,29}+)\Z")
# A name right before a birth sign and its date in parentheses, as family trees and encyclopedias
# write a person ("∞ 1891 Spyros Papadopoulos (* 14.11.1873)", "x 1931 Nhiên Đặng (° 16 mai 1907)",
# "sp. 1942 Ebere Eze-Okoye (n. 03/04/1911)", "m. 1910 Jun Zhang (b. 26 Apr 1879)"): read back from
# each date of birth found, in the 80 characters before it.
_PARTICLE = r"(?:von|van|de|du|da|di|del|della|der|den|la|le)"
_NAME_BEFORE_BIRTH = scan.compile(
    rf"(?<![\w\-'’.])(?P<name>{_WORD}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{_WORD}){{0,3}})[ ]\("
    r"(?:\*|°|n\.|b\.|geb\.|née?|nato|nata|born|geboren)[ \u00a0]{0,2}\Z"
)
# A first name with the age after it, as ads and lists introduce people: "Wir: Damiano (30, Pflege)
# und Temidayo (31, …)", "Nous : Louis (22 ans, infirmier)"; the scan starts at " (" and digits.
# Couples and families: "Hochzeit Leonore & Lothar" (two first names), "Familie Fröhlich", "Famille
# Migoń (enfants: François, Jean-Pierre)", "(Kinder: Irma, Rena)".
_COUPLE = scan.compile(rf"[ ][&+][ ](?P<b>{_WORD})(?![\w\-])")  # and "+": "Wir heiraten! Chiara + Jonas"
# (and as invitations and cards abbreviate it or name a couple: "Fam. Okonkwo", "Ehepaar Okonkwo",
# "Eheleute …", "les époux …", "i coniugi …")
_FAMILY_PARTICLES = r"(?:(?:von|van|auf|in)[ ]de[rmn][ ]|(?:zu|zur|von|vom|van|de|di|da|del|della|le|la|am|ten|ter)[ ])"
_FAMILY = scan.compile(
    r"(?:Familie|Famille|Famiglia|Family|family|famille|famiglia|Fam\.|Ehepaar|Eheleute|époux|coniugi)[ ]"
    rf"(?P<name>{_FAMILY_PARTICLES}?{_WORD})(?![\w\-])"
)
# … and typed in lower case, as in a chat: "erste familie 17:20 fam. frei", "famille bonnin", "fam. van enschot"
# (a surname the lists know, after the whole word one that is no word of the languages too: not "famille
# nombreuse", "familie klein", "familie und freunde", "fam. rosaceae"; holdout26 and its review, session 23)
_NOT_A_HOUSEHOLD = frozenset(
    """und oder ist sind war hat haben wird mit von für bei die der das den dem des ein eine and or is are was has have
    with of for the a an et ou est sont a ont avec de des du les la le un une e o è sono ha hanno con di dei della il
    lo gli un una""".split()
)
_LOWER_WORD = r"[a-zß-öø-ÿ]{2,30}+(?:-[a-zß-öø-ÿ]{2,29}+)?"  # (not "famille d'accueil", a foster family)
_FAMILY_LOWER = scan.compile(
    rf"(?<![\w\-])(?P<cue>fam\.|familie|famille|famiglia)[ ](?P<name>{_FAMILY_PARTICLES}?{_LOWER_WORD})(?![\w\-])"
)
_CHILDREN = scan.compile(
    r"\((?:Kinder|Kind|Enfants|enfants|Enfant|enfant|Figli|figli|Figlio|figlio|Children|children|Kids|kids)[ ]?:[ ]"
    r"(?P<list>[^()\n]{1,160}+)\)"
)
# (the unit also without a space or its dot: "Temidayo (31J., Lehrer)", "Kofi (24ans)", "(24yo, nurse)")
_LIST_AND = scan.compile(r"[ ](?:und|et|e|and|y|&|sowie)[ ]")
_AGE_AFTER = scan.compile(
    r"[ ]\((?:[1-9]\d?)(?:,|[ ]?(?:ans|Jahre|J\.?|anni|years|yrs|yo|y/o|y\.o\.)(?![\w])|\))")
# A new name after an old one (see _renamed); the scan starts at the space after the old name.
_RENAMED = scan.compile(
    r"[ ](?:hei(?:ss|ß)t[ ](?:jetzt|nun)|s['’]appelle[ ](?:maintenant|désormais)|si[ ]chiama[ ]ora"
    r"|is[ ]now[ ]called)[ ]"
    rf"(?P<name>{_WORD}(?:[ ](?:{_PARTICLE}[ ]|d['’])?{_WORD})?)(?=[,.!;]|[ ]?\r?\n|\Z|[ ][a-z])"
)
# Introductions that need no greeting ("Je m'appelle Greca Infantino-Rossi, née le …", "mi chiamo
# …", "my name is …"), scanned for only in a text with one of their words (three substring
# searches, ~50 us on the ~2,000-token prompt; the pattern's scan alone costs ~1.5 ms).
# Introductions without a greeting, before a comma or the sentence's end: "moi c'est Arnaud, 0497 …",
# "ich bin Hanno, erreichbar unter …", "io sono Marta.", "I'm Dylan, …" (a first name the lists know, or
# no ordinary word: "ich bin Lehrer," is none).  The scan starts at the phrases' literal letters.
_SELF_INTRO = scan.compile(
    r"(?:(?<=[Mm])oi[ ]c['’]est|(?<=[Ii])ch[ ]bin|(?<=[Ii])o[ ]sono|(?<=I)['’]m)[ ]"
    rf"(?P<word>{_WORD})(?=[,.!;]|[ ]?\r?\n|\Z)"
)
# A parent named by the child: "marcello (papa von Ivan)", "Monique (maman de Carole)", "Ada (mamma di
# Leo)", "Sam (mum of Ava)": the child's name, and the word before " (" even in lower case.
_PARENT_OF = scan.compile(
    r"[ ]\((?:[Pp]apa|[Mm]ama|[Mm]ami|[Vv]ater|[Mm]utter|[Mm]aman|[Pp]apà|[Mm]amma|[Mm]um|[Mm]om|[Dd]ad|[Ff]ather"
    r"|[Mm]other)[ ](?:von|de|d['’]|di|of)[ ]?"
    r"(?P<child>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+)?)\)"
)
# A name in lower case before its birth cue, as people type a complaint's details: "(pour la plainte :
# else nissen, née le 02.05.1950, …)", "annalisa montecchi, nata il …" (the first word a listed first name).
_LOWER_NAME_BIRTH = scan.compile(r",(?<=[a-zà-ÿ],)[ ](?:née?|nata|nato|geb\.|geboren|born)[ ]")
_LOWER_NAME_BEFORE = scan.compile(r"(?<![\w\-'’])(?P<first>[a-zà-ÿ]{2,29}+)[ ](?P<last>[a-zà-ÿ][a-zà-ÿ'’\-]{1,40}+)\Z")
# Two people in one cell or line, joined by " / " ("A. Ritter / S. Reinhardt", "Fiona / Dries", "Sandro
# Gianinazzi / Speranza Carbone"): the one no detector found is a name like the other.
_SLASH_NAME_AFTER = scan.compile(
    rf"[ ]/[ ](?P<name>(?:[A-ZÀ-ÖØ-Þ]\.[ ])?{_WORD}(?:[ ]{_WORD})?)(?=[ \t]{{0,4}}(?:[|\t;,)\r\n]|\Z))"
)
_SLASH_NAME_BEFORE = scan.compile(
    r"(?:(?<=[|\t;,(\n])|(?<=[|\t;,(\n][ ])|(?<=^))(?P<name>(?:[A-ZÀ-ÖØ-Þ]\.[ ])?[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+"
    r"(?:[ ][A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+)?)[ ]/[ ]\Z"
)
_WORD_BEFORE_ANY_CASE = scan.compile(r"(?<![\w\-'’.])(?P<word>[^\W\d_]{2,29}+(?:-[^\W\d_]{2,29}+)?)\Z")
_NAME_IS = scan.compile(
    r"(?:[Jj]e[ ]m['’]appelle|[Mm]i[ ]chiamo|[Mm]y[ ]name[ ]is)[ ]"
    rf"(?P<name>{_WORD}(?:[ ]{_WORD})?)(?=[,.!;]|[ ](?:und|and|et|e|né|née|nato|nata|born|geboren)[ ]|[ ]?\r?\n|\Z)"
)
_FAMILY_GATE = Gate(('amil', 'am.', 'Ehe', 'poux', 'oniugi'))
_NAME_IS_GATE = Gate(('appelle', 'chiamo', 'ame is'))
_SELF_INTRO_GATE = Gate(('oi c', 'ch bin', 'o sono', "I'm", 'I’m'))
_LOWER_NAME_BIRTH_GATE = Gate((', n', ', geb', ', born'))
_RENAMED_GATE = Gate(('eißt', 'eisst', 'appelle', 'chiama ora', 'now called'))



def persons_from_phrases(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the first names before "and <found name>" and for the names of
    callers introducing themselves, that no entity of ``found`` covers."""
    entities = list(found)
    taken = sorted((e.start, e.end) for e in entities)
    not_names = sorted((e.start, e.end) for e in entities if e.type != EntityType.PERSON)
    out: list[Entity] = []

    def add(start: int, end: int) -> None:
        word = text[start:end]
        if word in STOP or text[end + 1:end + 2].isdigit() and scan.fullmatch(
                MONTH_WORD, word, 0, len(word)) is not None or not (  # ("Ottavio, Nov 27, 2019": a date)
                lexicon.is_first_name(word) or (
                "-" not in word and word.lower() not in lexicon.common_words and word not in lexicon.places)):
            return
        before = text[max(0, start - 12):start].rsplit(None, 1)[-1:]
        if before and before[0].lower() in LOCATIVES:
            return  # "aus Finnland und Anders Ahlgren"
        if overlaps_any(taken, start, end):
            return
        out.append(Entity(start, end, EntityType.PERSON, word, "phrase"))

    for e in entities:
        if e.type == EntityType.PERSON and e.start > 4 and (" " in e.text or lexicon.is_first_name(e.text)):
            m = scan.search(_FIRST_AND, text, max(0, e.start - 40), e.start)
            if m is not None and (not m.group().endswith("& ") or _couple(m.group("word"), e.text, lexicon)):
                add(m.start("word"), m.end("word"))
    reached = 0  # a list is followed once, from its first name (a text of 10,000 names: linear)
    for e in entities:
        if e.type != EntityType.PERSON or e.end < reached or not _joined_after(text, e.end, _LIST_WORDS) or not (
                " " in e.text or lexicon.is_first_name(e.text)):
            continue
        pos, single = e.end, " " not in e.text
        for _ in range(8):  # the next names of one list
            m = scan.match(_AND_NEXT, text, pos)
            if m is None:
                break
            if m.group("word").isupper() or not single and text[pos] == ",":
                break  # "Anna Meier, DOB 12.03.1980", "Dr. med. Sander Müürsepp, Kardiologie": no list
            if m.group().split(" ", 2)[1] in _WITH and not covered_by_any(taken, m.start("word"), m.end("word")) \
                    and _frequent_word(m.group("word"), lexicon):
                break  # "Peter Müller mit Hund", "Anna Meier mit Laptop und Beamer": things, no people
            if m.group().startswith(" & ") and not _couple(text[e.start:pos], m.group("word"), lexicon):
                break  # "Kanzlei Sommer & Mitterer", "Maple & Finch Realty": a firm's name
            added = len(out)
            add(m.start("word"), m.end("word"))
            if len(out) == added and not covered_by_any(taken, m.start("word"), m.end("word")):
                break  # not a name: the list ends
            pos, single = m.end("word"), True
        reached = pos
    for e in entities:  # a maiden or married name right after a name
        if e.type != EntityType.PERSON or not _joined_after(text, e.end, _MAIDEN_WORDS):
            continue
        m = scan.match(_MAIDEN, text, e.end)
        if m is None:
            continue
        name = m.group("name")
        if m.group("cue") == "in" and (m.group("line_end") is None or lexicon.is_place_only(name)
                                       or name.lower() in lexicon.common_words):
            continue
        if m.group("line_end") is None and name.lower() in lexicon.common_words:
            continue  # the line goes on: no word ("née Le 3 mars", "geb. Am"), but "nata Bianchi è deceduta"
        if name not in STOP and not covered_by_any(taken, m.start("name"), m.end("name")):
            out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, name, "phrase"))
    for m in scan.finditer(_INTRO, text):
        if not (m.start() and text[m.start() - 1].isalnum()):
            add(m.start("word"), m.end("word"))
    for m in scan.finditer(_TITLE_NAME, text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        if m.group("name") is not None:
            start, end = m.span("name")
            if not overlaps_any(taken, start, end):
                out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
            continue
        if m.group("capitals") is not None:
            start, end = m.span("capitals")
            words = text[start:end].split(" ")
            if not covered_by_any(taken, start, end) and not all(w.lower() in lexicon.common_words for w in words) \
                    and not any(w.capitalize() in STOP for w in words):
                out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
            continue
        start, end = m.span("initials")
        if not covered_by_any(taken, start, end) and text[start:end].rsplit(" ", 1)[-1] not in STOP:
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    for gate, doctor in _DOCTORS:
        for m in scan.finditer(doctor, text) if gate.opens(text) else ():
            start, end = m.span("name")
            if m.group("name") not in STOP and not covered_by_any(taken, start, end):
                out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    for m in scan.finditer(_INITIAL_PARTICLES, text):
        initial = m.start() - 1
        before = text[max(0, initial - 3):initial]
        if initial and (text[initial - 1].isalnum() or before.endswith(".") or before[-3:-1].rstrip(" ")[-1:].islower()
                        and before[-2:-1] == "."):
            continue  # "z. B. der Vertrag", "u. A. von Meier": an abbreviation's letter, no initial
        start = with_initials(text, initial)
        if start == initial and text[initial] == "M":
            start = m.start("rest")  # "M. de Villepin": Monsieur, the name is "de Villepin"
        end = m.end("rest")
        if not covered_by_any(taken, start, end) and m.group("rest").rsplit(" ", 1)[-1] not in STOP:
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    for m in scan.finditer(_PARTICLE_BETWEEN, text):
        first = _word_before(text, m.start())
        if first is None:
            continue
        word, last = first.group("word"), m.group("last")
        double = m.group().count(" ") >= 3  # "van der Meer", "von der Heide": a surname, an ordinary word too
        if not (lexicon.is_first_name(word) and word not in STOP or _unknown_word(word, lexicon) and item_start(
                text, first.start())) or not (_unknown_word(last, lexicon) or double and lexicon.is_first_name(word)):
            continue  # German nouns are capitalised too: "Zuspiel von Wayne Rooney", "Heimat von Ebbelwei"
        if text[m.end():m.end() + 1] == " " and text[m.end() + 1:m.end() + 2].isupper():
            continue  # the name goes on: "… von Wayne Rooney" is another name
        article = text[max(0, first.start() - 7):first.start()].rsplit(None, 1)
        if article and article[-1].lower() in _ARTICLES:
            continue  # "das Büro von Orbis": a noun after its article
        if scan.search(_INTRODUCED, text, max(0, first.start() - 12), first.start()) is not None:
            continue  # a caller and where they call from: "hier Irmtraud von der Post" (the introduction's pass)
        start, end = first.start(), m.end("last")
        if not covered_by_any(taken, start, end):
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    last = 0  # (read back no further than the date before: person_asides.py says why)
    for e in sorted((e for e in entities if e.type == EntityType.DOB), key=lambda e: e.start):
        floor, last = last, e.end
        if e.start >= 4 and text[e.start - 1] in "*°. \u00a0":
            m = scan.search(_NAME_BEFORE_BIRTH, text, max(0, e.start - 80, floor), e.start)
            if m is not None:
                start, end = m.span("name")
                words = m.group("name").split()
                named = len(words) >= 2 or lexicon.is_first_name(words[0]) or _unknown_word(words[0], lexicon)
                if words[0] not in STOP and named and not covered_by_any(taken, start, end):
                    out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    if " (" in text:
        for m in scan.finditer(_AGE_AFTER, text):
            first = _word_before(text, m.start())
            if first is None or first.group("word") in STOP:
                continue
            word = first.group("word")
            # a number alone in parentheses ("Zimmer (3)") says less than an age: a listed first name only
            if m.group().endswith(")") and not (
                    lexicon.is_first_name(word) and word.lower() not in lexicon.common_words):
                continue
            add(first.start("word"), first.end("word"))
    for m in scan.finditer(INITIAL_AFTER, text):  # "Agent: Sabine T.": the initial makes a first name a person's
        first = _word_before(text, m.start())
        if first is not None:
            word = first.group("word")
            start, end = first.start("word"), m.end()
            if lexicon.is_first_name(word) and word not in STOP and word.lower() not in lexicon.common_words and (
                    not covered_by_any(taken, start, end)):
                out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    if " & " in text or " + " in text:
        for m in scan.finditer(_COUPLE, text):
            first = _word_before(text, m.start())
            if first is not None and _couple(first.group("word"), m.group("b"), lexicon):
                add(first.start("word"), first.end("word"))
                add(m.start("b"), m.end("b"))
    if _FAMILY_GATE.opens(text):
        for m in scan.finditer(_FAMILY, text):
            if (m.start() and text[m.start() - 1].isalnum()) or m.group("name") in STOP:
                continue
            start, end = m.span("name")
            # (over names found in parts: the model's "Fam" and "Vrome" of "Fam. de Vrome")
            if not overlaps_any(not_names, start, end) and (
                    " " in m.group("name") or not overlaps_any(taken, start, end)):
                out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
        for m in scan.finditer(_FAMILY_LOWER, text):
            start, end = m.span("name")
            last = m.group("name").split(" ")[-1]
            word = last not in lexicon.common_words and rare_word(last)  # (no word of the languages)
            if m.group("cue") == "fam.":
                # ("fam. frei"; not "fam. hypercholesterinämie", "fam. rosaceae": familial, a plant's family)
                household = last.capitalize() in lexicon.surnames or " " in m.group("name") and word  # "van enschot"
            else:
                household = word and last.capitalize() in lexicon.surnames  # (not "familie klein")
            if last in _NOT_A_HOUSEHOLD or overlaps_any(taken, start, end) or not household:
                continue
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    if "(" in text:
        for m in scan.finditer(_CHILDREN, text):
            pos = m.start("list")
            # "und", "et", … join the last two as a comma does ("(enfants : François et Jean-Pierre)")
            items = _LIST_AND.sub(lambda j: "," + " " * (len(j.group()) - 1), m.group("list"))
            for item in items.split(","):
                word = item.strip()
                start = pos + item.find(word) if word else pos
                pos += len(item) + 1
                if not word or " " in word or not word[:1].isupper() or not word.replace("-", "").isalpha() or (
                        _frequent_word(word, lexicon)):
                    continue  # "(Kinder: keine und Hund)"
                if "-" in word and word not in lexicon.places and not any(_frequent_word(p, lexicon) for p in (
                        word.split("-"))) and not overlaps_any(taken, start, start + len(word)):
                    # "Jean-Pierre", "Amara-Nkechi": no list has them whole, each part a name or no word
                    out.append(Entity(start, start + len(word), EntityType.PERSON, word, "phrase"))
                else:
                    add(start, start + len(word))
    for m in (scan.finditer(_NAME_IS, text) if _NAME_IS_GATE.opens(text) else ()):
        start, end = m.span("name")
        if not overlaps_any(taken, start, end):
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    out += _renamed(text, entities)
    out += _lower_names_before_birth(text, taken, lexicon)
    out += _slash_pairs(text, entities, taken, lexicon)
    if _SELF_INTRO_GATE.opens(text):
        for m in scan.finditer(_SELF_INTRO, text):
            # (German capitalises its nouns: "Ich bin Pfarrsekretärin." -- there a listed first name only)
            if m.group().startswith("ch") and not lexicon.is_first_name(m.group("word")):
                continue
            add(m.start("word"), m.end("word"))
    if " (" in text:
        for m in scan.finditer(_PARENT_OF, text):
            start, end = m.span("child")
            if not overlaps_any(taken, start, end) and m.group("child") not in STOP:
                out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
            parent = scan.search(_WORD_BEFORE_ANY_CASE, text, max(0, m.start() - 60), m.start())
            word = parent.group("word") if parent is not None else ""
            if parent is not None and not overlaps_any(taken, *parent.span("word")) and word.capitalize() not in STOP \
                    and (lexicon.is_first_name(word.capitalize()) or word.lower() not in lexicon.common_words):
                out.append(Entity(*parent.span("word"), EntityType.PERSON, parent.group("word"), "phrase"))
    # with the initials right before ("Kata Geisel, A. Weinhold und …")
    return [e if (s := with_initials(text, e.start)) == e.start else Entity(s, e.end, e.type, text[s:e.end], e.detector)
            for e in out]


def _lower_names_before_birth(text: str, taken: list[tuple[int, int]], lexicon: NameLexicon) -> list[Entity]:
    """Names in lower case before ", née le", ", nato il", ", geb." (see _LOWER_NAME_BIRTH)."""
    if not _LOWER_NAME_BIRTH_GATE.opens(text):
        return []
    out: list[Entity] = []
    for m in scan.finditer(_LOWER_NAME_BIRTH, text):
        name = scan.search(_LOWER_NAME_BEFORE, text, max(0, m.start() - 72), m.start())
        if name is None or not lexicon.is_first_name(name.group("first").capitalize()):
            continue
        start, end = name.span()
        if not overlaps_any(taken, start, end):
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    return out


def _slash_pairs(text: str, entities: list[Entity], taken: list[tuple[int, int]], lexicon: NameLexicon) -> list[Entity]:
    """The other name of a pair joined by " / " whose one name is found (see _SLASH_NAME_AFTER)."""
    if " / " not in text:
        return []
    out: list[Entity] = []
    common = lexicon.common_words
    for e in entities:
        if e.type != EntityType.PERSON:
            continue
        after = scan.match(_SLASH_NAME_AFTER, text, e.end)
        before = scan.search(_SLASH_NAME_BEFORE, text, max(0, e.start - 64), e.start)
        for m in (after, before):
            if m is None:
                continue
            start, end = m.span("name")
            words = [w for w in text[start:end].split(" ") if len(w) > 2]
            if not words or any(w in STOP or lexicon.is_place_only(w) or not (
                    lexicon.is_known_name(w) or rare_word(w)) or w.lower() in common and not lexicon.is_first_name(w)
                    for w in words):
                continue  # "Anna Meier / Marketing", "… / Zürich": each word a name's or no ordinary word
            if not overlaps_any(taken, start, end):
                out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    return out


def _renamed(text: str, entities: list[Entity]) -> list[Entity]:
    """A person's new name, after the old one ("Tutu Nəzirli heißt jetzt Tutu Stolze", "Thérèse Robert
    s'appelle maintenant Thérèse d'Ornano", "… si chiama ora …", "… is now called …"): whole, over a
    part of it found as a mention of the old one ("Tutu")."""
    if not _RENAMED_GATE.opens(text):
        return []
    ends = {e.end for e in entities if e.type == EntityType.PERSON}
    not_names = sorted((e.start, e.end) for e in entities if e.type != EntityType.PERSON)
    out: list[Entity] = []
    for m in scan.finditer(_RENAMED, text):
        start, end = m.span("name")
        if m.start() in ends and not overlaps_any(not_names, start, end):
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    return out


def _word_before(text: str, pos: int) -> re.Match[str] | None:
    """The capitalised word right before ``pos`` (a space between), read in the 31 characters before."""
    return scan.search(_WORD_BEFORE, text, max(0, pos - 31), pos)


def _couple(first: str, second: str, lexicon: NameLexicon) -> bool:
    """Two first names joined by "&" are a couple ("Leonore & Lothar"); surnames so joined name a
    firm ("Sommer & Mitterer", "Kalonji & Bouvard"), and so do first names that are ordinary words."""
    a, b = first.split()[-1], second.split()[0]
    common = lexicon.common_words  # "Ernst & Young": ordinary words too, a firm
    return lexicon.is_first_name(a) and lexicon.is_first_name(b) and a.lower() not in common and b.lower() not in common


def _frequent_word(word: str, lexicon: NameLexicon) -> bool:
    """A word of Zipf >= 4 in one of our languages that no list has as a first name ("Hund",
    "Laptop"; not "Martina", "Ariane", nor "Niks", "Fanaka", which no list knows)."""
    return not rare_word(word) and not lexicon.is_first_name(word)


_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer im am vom zum zur the a an".split())


_WITH = frozenset("mit con avec with".split())  # after these a thing as often as a person
_MAIDEN_WORDS = frozenset("née nee geb. geborene nata in".split())


def _joined_after(text: str, end: int, words: frozenset[str]) -> bool:
    """Right after ``end``: ", " (a list), or one of ``words`` between spaces -- asked before a
    pattern runs (string calls; most names are followed by neither)."""
    if text.startswith(", ", end):
        return True
    if text[end:end + 1] != " ":
        return False
    return text[end + 1:end + 10].split(" ", 1)[0] in words


def _unknown_word(word: str, lexicon: NameLexicon) -> bool:
    """No stop word, ordinary word, compound of one ("Kontostand", "Grillfest"), abbreviation or
    town: a word only a name explains."""
    low = word.lower()
    return (word not in STOP and low not in lexicon.common_words and not word.isupper()
            and not compound_tail(low.replace("ß", "ss"), lexicon) and not lexicon.is_place_only(word))


# Digits (and "*") glued to a lower-case letter, then a list's ", " or the line's end: an author's
# affiliation marks ("Ahmed1*, ", "Perez1,2\n"); "Zimmer88,2 bei" is none.
_AFFILIATION = scan.compile(r"\d(?<=[a-zà-ÿ]\d)\d?(?:,\d{1,2}(?!\d)){0,3}\*?(?=,[ ]|[ \t]?\r?\n|\Z)")


def without_affiliation_marks(text: str) -> str:
    """``text`` with the affiliation marks of author lists blanked, or ``text`` itself when it
    has fewer than two (most texts: then nothing is copied)."""
    marks = [m.span() for m in scan.finditer(_AFFILIATION, text)]
    if sum(text.startswith(", ", end) for _, end in marks) < 2:
        return text  # not a list of at least three authors
    parts: list[str] = []
    pos = 0
    for start, end in marks:
        parts += (text[pos:start], " " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
