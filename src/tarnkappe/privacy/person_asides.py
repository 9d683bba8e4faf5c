"""Names a text gives beside something else: an account's holder in parentheses after its IBAN, the
authors a citation names, and the "name, date of birth, phone" line a comment types in lower case.

* "Rückzahlung der Kaution an: DE45 2504 9102 6531 0872 36 (anton klassen)", "BE20 0885 0464 8656
  (titulaire : Li Na Berhane)": the words in the parentheses right after an IBAN the identifiers
  found, a label before them allowed;
* "ein ähnlicher Ansatz aus dem Aufsatz von Petit-Ullrich et al. (2021)", "l'article de Christen et
  al.": the capitalised word (or two, joined by "and"/"und"/"et"/"e"/"&") before "et al.";
* the person whose date of birth follows ("Rhys Whitehorse, date of birth Aug 6, 1989", "Yaw Diop,
  born 28/11/1971"), a first name after a full name and "&" ("Juliana Tuor & Riccardo"), a home
  swap's guests typed in lower case ("gäste: leonora raab-teufl + 3");
* a note's author in parentheses before its colon ("Vorstand (Mofifoluwa Omidina): …");
* "@anne-kathrin.39 · 10:30\\nanne-kathrin tietz, 26.06.2001, 01523 5909925": a line typed in lower
  case that starts with two or three name words and a date -- the person and their date of birth, as
  a post's comments answer "Name, Geburtsdatum und Handynummer".

Work bound (issue 12): each shape is found from a literal ("(", " et al.", a line break) and reads a
few dozen characters around it; the parentheses only after the IBANs found.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from .detectors import scan
from .detectors.dates import DATE
from .detectors.person_context import LABEL_WORDS, is_role_compound
from .detectors.person_cues import NAME_PARTICLE_WORDS, ROLE_CUES, STOP
from .entities import Entity, EntityType
from .gates import Gate
from .learned.features import german_word, rare_word
from .names import NameLexicon, compound_tail
from .person_kin import KIN

_HOLDER = scan.compile(
    r"[ ]?\((?:(?:titulaire|inhaber(?:in)?|intestatario|intestataria|holder|account[ ]holder)[ ]?:[ ]?)?"
    r"(?P<name>[^\W\d_][\w'’\-]{0,30}+(?:[ ][^\W\d_][\w'’\-]{0,30}+){0,3}+)\)"
)
# a note's author in parentheses before its colon: "Vorstand (Mofifoluwa Omidina): …", "Note interne du
# secrétariat (Vikram Iyer) : …", "Internal note from the office (Mourad Boudiaf): …"
_AUTHOR_OF_NOTE = scan.compile(
    r"\((?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:[-'’][^\W\d_]{1,30}+)?(?:,?[ ][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+"
    r"(?:[-'’][^\W\d_]{1,30}+)?){0,2})\)[ ]?(?::|[–—-][ ])"
)
# … after a note's, a board's or an office's word on its line: "Vorstand (…):", "Note interne du secrétariat
# (…) :", "Committee (…):" -- not "Wanderung (Piz Palü):", "Sorte (Golden Delicious):", "Treffpunkt (…):"
_NOTE_WORDS = scan.compile(
    r"(?<![^\W\d_])(?i:notiz|notizen|note|notes|nota|vermerk|remarque|kommentar|comment|commento|vorstand|comité|comitato"
    r"|committee|board|secr[ée]tariat|sekretariat|segreteria|office|büro|bureau|ufficio|verwaltung|leitung|direction"
    r"|direzione|management|team|staff|redaktion|rédaction|redazione|editor|moderation|admin|support|praxis|cabinet"
    r"|studio|kanzlei|sachbearbeitung|rückmeldung|feedback|bemerkung|hinweis|osservazione|remark|observation"
    r"|nachricht|message|messaggio|antwort|reply|réponse|risposta)(?![^\W\d_])"
)
_AUTHOR_BEFORE = scan.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?"
    r"(?:[ ](?:and|und|et|e|&)[ ][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?)?)\Z"
)
_RECORD_LINE = scan.compile(
    rf"\n(?P<name>[a-zà-öø-ÿ][a-zà-öø-ÿ'’\-]{{1,30}}+(?:[ ][a-zà-öø-ÿ][a-zà-öø-ÿ'’\-]{{1,30}}+){{1,2}}+),[ ]"
    rf"(?P<date>{DATE})(?!\d)"
)
_YEAR = scan.compile(r"(?:19|20)\d{2}(?!\d)")
# what stands between a person and their date of birth: "…, date of birth ", "…, geb. ", "…, née le "
_BIRTH_AFTER_NAME = (
    r"(?:date[ ]of[ ]birth|born(?:[ ]on)?|b\.|DOB:?|geboren(?:[ ]am)?|geb\.(?:[ ]am)?|née?[ ]le|nata[ ]il|nato[ ]il"
    r"|nata|nato|née?)"
)
# the person whose date of birth follows: "Rhys Whitehorse, date of birth Aug 6, 1989", "Yaw Diop, born
# 28/11/1971", "Yaw Ndiaye, geboren am 9. April 1989" (read back from the date a rule found)
_NAME_BEFORE_BIRTH = scan.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:[\-'’][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?"
    r"(?:[ ](?:(?:de|da|di|van|von|der|te|la|le|del|dos|al|el|bin|ben)[ ])?[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+"
    r"(?:[\-'’][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?){1,3}),[ ]"
    rf"{_BIRTH_AFTER_NAME}[ ]\Z"
)
# An invitation's organiser and attendees by their common name (RFC 5545): "ORGANIZER;CN=Rami Al-Hamdan:mailto:…",
# "ATTENDEE;CN=\"Liv Gut\";ROLE=REQ-PARTICIPANT:mailto:…" (holdout23, session 20)
_CALENDAR_NAME = scan.compile(r';CN="?(?P<name>[^";:\n]{1,80}+)"?(?=[;:])')
_ONE_NAME_BEFORE_BIRTH = scan.compile(
    r"\((?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?),[ ]"
    rf"{_BIRTH_AFTER_NAME}[ ]\Z"
)
# "Juliana Tuor & Riccardo", "Iryna Bondarenko & Yurii": a first name after a full name and "&"
_AMPERSAND = scan.compile(r"[ ]&[ ](?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?)(?![\w\-])")
# who holds the keys, and on which floor: "Vous récupérez les clés chez El Idrissi au rez-de-chaussée", "le
# chiavi le trovate da Bragaglia al piano terra", "pick up the keys from Moser on the ground floor"
_AT_FLOOR = scan.compile(
    r"(?:chez|da|bei|from)[ ](?P<name>(?:(?:El|Al|Da|De|Del|Dell['’]|Van|Von|Le|La|Di)[ ]?)?[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+"
    r"(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?)[ ](?:au[ ](?:rez|premier|deuxième|troisième|\d)|al[ ](?:piano|primo"
    r"|secondo|terzo|\d)|im[ ](?:Erdgeschoss|Parterre|\d|ersten|zweiten)|on[ ]the[ ](?:ground|first|second|third"
    r"|top)[ ]floor)"
)
# a spouse or child "of" someone: "Sono il marito di Viridiana", "je suis la femme de Karim" -- found from
# the preposition (a space first: the engine passes most characters with one test), the kin word read
# back in Python (an alternation of them first cost ~100 us on the ~2,000-token prompt)
_OF_NAME = scan.compile(r"[ ](?:di|de|d['’]|of|von)[ ]?(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)(?![\w\-])")
_KIN_BEFORE_OF = frozenset(
    "marito moglie figlio figlia madre padre nonna nonno nipote mari femme fils fille mère père grand-mère"
    " grand-père petit-fils petite-fille husband wife son daughter mother father grandmother grandfather"
    " grandson granddaughter grandchild Mann Frau Sohn Tochter Enkel Enkelin Großmutter Grossmutter Großvater"
    " Grossvater".split()
)
# guests of a home swap, typed in lower case: "gäste: leonora raab-teufl + 3", "guests: célia michel + 3"
_GUESTS = scan.compile(
    r"(?:gäste|guests|invités|ospiti|gast|guest|invité|ospite)[ ]?:[ ]"
    r"(?P<name>[a-zà-öø-ÿ][a-zà-öø-ÿ'’\-]{1,30}+(?:[ ][a-zà-öø-ÿ][a-zà-öø-ÿ'’\-]{1,30}+){0,2}+)[ ]\+[ ]?\d"
)
# a list item's name before its address in parentheses: "- McCloskey (Bahnhofstraße 3): 3.000 l",
# "- von Bülow, Tanja (Bahnhofstraße 57b): …" (a heating-oil order split among neighbours)
_NAME_BEFORE_PAREN = scan.compile(
    r"(?:^|\n)[ \t]{0,4}(?:[-*•–][ \t]{1,3}|\d{1,2}[.)][ \t]{1,3})?"
    r"(?P<name>(?:(?:von|van|de|di|da|del|della|zu|le|la|du)[ ])?[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}+"
    r"(?:,?[ ](?:(?:von|van|de|di|da|del|della|zu|le|la|du)[ ])?[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}+){0,3}+)[ ]?\(\Z"
)
_PARTICLES = frozenset("von van de di da del della zu le la du".split())
_MAX_CITATIONS = 200
_BIRTH_CUES = ("birth", "born", "b.", "DOB", "geb", "né", "nat")
_GUEST_GATE = Gate(("gäste", "guests", "invités", "ospiti", "gast", "guest", "invité", "ospite"))
_BANK_WORDS = ("bank", "banca", "banque", "kasse", "cassa", "caisse", "credit", "crédit", "post")
_KIN_OF_GATE = Gate((" di ", " de ", " d'", " d’", " of ", " von "))
_AT_FLOOR_GATE = Gate(('chez ', 'da ', 'bei ', 'from '))
_AUTHOR_OF_NOTE_GATE = Gate(('):', ') :', ') –', ') -', ') —'))


def names_beside_values(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON (and DOB) entities of the shapes in the module's docstring (overlaps: resolve.py)."""
    out: list[Entity] = []
    for e in found:
        if e.type == EntityType.IBAN and (text[e.end:e.end + 2] == " (" or text[e.end:e.end + 1] == "("):
            m = scan.match(_HOLDER, text, e.end)
            # (the account's cue is strong: one word no ordinary one suffices, "Li Na Berhane")
            if m is not None and _holder(m.group("name"), lexicon):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "asides"))
    for e in found:
        if e.type == EntityType.ADDRESS and text[e.start - 1:e.start] == "(":
            m = scan.search(_NAME_BEFORE_PAREN, text, max(0, e.start - 100), e.start)
            if m is not None and _named_one(m.group("name"), lexicon):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "asides"))
    pos = text.find(" et al.")
    for _ in range(_MAX_CITATIONS):
        if pos < 0:
            break
        m = scan.search(_AUTHOR_BEFORE, text, max(0, pos - 72), pos)
        if m is not None and m.group("name").split(" ", 1)[0] not in STOP and not _ordinary(m.group("name"), lexicon):
            out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "asides"))
        pos = text.find(" et al.", pos + 7)
    # (read back no further than the date before: a name there is that date's -- a run of "b. 1985, b. 1985, …" read
    # each window again, ~19 start positions a character; found in session 34 by the position budget's test)
    last = 0
    for e in sorted((e for e in found if e.type in (EntityType.DOB, EntityType.PERSON)), key=lambda e: e.start):
        if e.type == EntityType.DOB:
            floor, last = last, e.end
        if e.type == EntityType.DOB and e.start > 8 and ", " in (before := text[max(0, e.start - 24):e.start]) and (
                any(cue in before for cue in _BIRTH_CUES)):  # (cheap tests first: most dates have no such cue)
            m = scan.search(_NAME_BEFORE_BIRTH, text, max(0, e.start - 110, floor), e.start)
            if m is None:
                # one word in parentheses: "Kind (Nektaria, geb. 11. Februar 2019)", "Bambino (Yuni, nato il …)"
                m = scan.search(_ONE_NAME_BEFORE_BIRTH, text, max(0, e.start - 60, floor), e.start)
                if m is not None and not (lexicon.is_first_name(m.group("name")) or rare_word(m.group("name"))):
                    m = None
            if m is not None and not _ordinary(m.group("name"), lexicon):
                # (without the ordinary words before the name: "auf meinen Namen Yusuf Tekin, geb. …")
                start, name = m.start("name"), m.group("name")
                while " " in name and name.split(" ", 1)[0].lower() in lexicon.common_words:
                    cut = name.index(" ") + 1
                    start, name = start + cut, name[cut:]
                out.append(Entity(start, start + len(name), EntityType.PERSON, name, "asides"))
        elif e.type == EntityType.PERSON and " " in e.text and text.startswith(" & ", e.end):
            m = scan.match(_AMPERSAND, text, e.end)
            if m is not None and lexicon.is_first_name(m.group("name")):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "asides"))
    for e in found:
        # (a letter before the space, or no name can end there: "Tel. 044 …" costs one test, not a search)
        if e.type == EntityType.PHONE and e.start > 2 and text[e.start - 1] == " " and text[e.start - 2].isalpha():
            name = _name_before_phone(text, e.start, lexicon) or _asked_name(text, e.start, lexicon)
            if name is not None:
                out.append(Entity(name[0], name[1], EntityType.PERSON, text[name[0]:name[1]], "asides"))
        elif e.type == EntityType.PHONE and e.start > 3 and text[e.start - 2:e.start] == ", " and text[
                e.start - 3].isalpha() and text.startswith(")", e.end):
            name = _contact_in_parentheses(text, e.start, lexicon)
            if name is not None:
                out.append(Entity(name[0], name[1], EntityType.PERSON, text[name[0]:name[1]], "asides"))
        elif e.type == EntityType.PHONE and e.start > 3 and text[e.start - 2:e.start] == ": " and text[
                e.start - 3].isalpha():
            name = _asked_name(text, e.start, lexicon)
            if name is not None:
                out.append(Entity(name[0], name[1], EntityType.PERSON, text[name[0]:name[1]], "asides"))
    if ";CN=" in text:
        for m in scan.finditer(_CALENDAR_NAME, text):
            line = text.rfind("\n", max(0, m.start() - 400), m.start()) + 1
            params = text[line:m.start()].upper()
            # (not a room's or a resource's: "ATTENDEE;CUTYPE=ROOM;CN=Sitzungszimmer Eiger", nor a team's name)
            if text.startswith(("ORGANIZER", "ATTENDEE"), line) and "CUTYPE=ROOM" not in params \
                    and "CUTYPE=RESOURCE" not in params and _calendar_person(m.group("name"), lexicon):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "asides"))
    if _AT_FLOOR_GATE.opens(text):
        for m in scan.finditer(_AT_FLOOR, text):
            if not _ordinary(m.group("name"), lexicon):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "asides"))
    for m in scan.finditer(_OF_NAME, text) if _KIN_OF_GATE.opens(text) else ():
        name = m.group("name")
        kin = text[max(0, m.start() - 12):m.start()].rsplit(" ", 1)[-1]
        if kin in _KIN_BEFORE_OF and name.lower() not in lexicon.common_words and name not in STOP and (
                lexicon.is_first_name(name) or rare_word(name)):
            out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, name, "asides"))
    if _AUTHOR_OF_NOTE_GATE.opens(text):
        for m in scan.finditer(_AUTHOR_OF_NOTE, text):
            line = text.rfind("\n", max(0, m.start() - 60), m.start()) + 1 or max(0, m.start() - 60)
            name = m.group("name")
            if "," in name:  # only "Surname, First" ("(Omidina, Mofifoluwa):"; not "(Stammdaten, Anamnese):")
                surname, _, first = name.partition(", ")
                if "," in first or " " in surname or " " in first or not (
                        lexicon.is_first_name(first) or rare_word(first)):
                    continue
                name = f"{first} {surname}"
            if scan.search(_NOTE_WORDS, text, line, m.start()) is not None and _note_author(name, lexicon):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "asides"))
    if _GUEST_GATE.opens(text):
        for m in scan.finditer(_GUESTS, text):
            if _names(m.group("name"), lexicon):
                out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "asides"))
    if "\n" in text:
        latest = datetime.date.today().year - 10
        for m in scan.finditer(_RECORD_LINE, text):
            if not _names(m.group("name"), lexicon, first_listed=True):
                continue
            out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "asides"))
            year = scan.search(_YEAR, m.group("date"))
            if year is not None and 1900 <= int(year.group()) <= latest:
                out.append(Entity(m.start("date"), m.end("date"), EntityType.DOB, m.group("date"), "asides"))
    out += names_for_orders_and_birthdays(text, lexicon)
    return out


def _name_before_phone(text: str, phone: int, lexicon: NameLexicon) -> tuple[int, int] | None:
    """(Start, end) of the name written right before a phone number that begins at ``phone``, as a
    roster's cell, a card's back or a note gives whom to call ("| Sahra +43 680 5156768 |", "Besuch
    nach Absprache, Leonora 0041 79 218 28 96 anrufen", "… who's veggie. Svyatopolk 647 652 0794"):
    one or two capitalised words after the start of a line or cell, a comma or a sentence's end; each
    no stop word or cue ("Tel", "Mobile"), no town, compound or word in capitals, no ordinary word but
    a listed first name, and listed or too rare to be an ordinary word ("Zentrale 044 …", "Notruf 112",
    "Zürich 044 …" stay as written)."""
    m = scan.search(_NAME_BEFORE_PHONE, text, max(0, phone - 64), phone)
    if m is None:
        return _lower_name_to_call(text, phone, lexicon)
    start = m.start("name")
    if start and text[start - 1] not in _BEFORE_NAME_AT_PHONE and text[max(0, start - 2):start] not in (
            ", ", "; ", "| ", ". ", "! ", "? ", "– ", "- ", "\t "):
        return None  # (not after a colon or in parentheses: "Betreff: Rufnummernmitnahme 0049 …", "(Gast 0177 …)")

    common = lexicon.common_words
    for word in m.group("name").split(" "):
        if word in STOP or word.isupper() or lexicon.is_place_only(word):
            return None
        for part in word.split("-"):
            low = part.lower()
            if low in common and not lexicon.is_first_name(part) or not (lexicon.is_known_name(part) or rare_word(
                    part)) or len(low) >= 8 and not lexicon.is_known_name(part) and compound_tail(low, lexicon):
                return None  # "Gast 0177 …", "Salonhandy +41 …", "Netz-Störungsnummer 0800 …" are no names
    return start, m.end("name")


def _contact_in_parentheses(text: str, phone: int, lexicon: NameLexicon) -> tuple[int, int] | None:
    """(Start, end) of the name in parentheses before a comma and the phone number that begins at
    ``phone`` and ends them, as a form writes whom to send it back to: "Zurück an die Abteilungsleitung
    (Zwirbel, +41 77 279 03 46)", "responsable de groupe (Tamia, 077.106.26.23)" (holdout28, session 25).
    One or two capitalised words, no stop word, town or word in capitals; an ordinary word only after a
    role's word ("Abteilungsleitung (Pirat, …)": a scout's name; not "Sekretariat (Zentrale, 044 …)")."""
    m = scan.search(_CONTACT_IN_PARENTHESES, text, max(0, phone - 66), phone)
    if m is None:
        return None
    role = text[max(0, m.start() - 40):m.start()].rstrip().lower().endswith(_ROLE_ENDINGS)
    for word in m.group("name").split(" "):
        if word in STOP or word.isupper() or lexicon.is_place_only(word) or word in ROLE_CUES or is_role_compound(
                word) or word.lower().endswith(_DUTY_WORD_ENDINGS) or word in LABEL_WORDS or any(
                c.isupper() for c in word[1:]):
            return None  # a role, a line's or an app's name is none: "(Hauswart, 0152 …)", "(Notfälle, 079 …)",
            # "(Standard, 021 …)", "(WhatsApp, 079 …)"
        if role or lexicon.is_first_name(word):
            continue
        low = word.lower()
        if low in lexicon.common_words or not (lexicon.is_known_name(word) or rare_word(word)) or (
                german_word(word) or len(low) >= 8 and not lexicon.is_known_name(word) and compound_tail(low, lexicon)):
            return None  # "(Sekretariat, 044 …)", "(Notfallnummer, 144)"
    return m.start("name"), m.end("name")


_CONTACT_IN_PARENTHESES = scan.compile(
    r"\((?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?(?:[ ][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?),[ ]\Z"
)
_DUTY_WORD_ENDINGS = ("wart", "wartin", "meister", "meisterin", "leiter", "leiterin", "leitung")
# Roles before a contact in parentheses: "Abteilungsleitung", "responsable de groupe", "capo sezione", "Group Leader"
_ROLE_ENDINGS = ("leitung", "leiter", "leiterin", "responsable", "responsable de groupe", "responsabile", "capo",
                 "capo sezione", "capo gruppo", "chef", "cheffe", "leader", "koordination", "coordinateur",
                 "coordinatrice", "coordinatore", "coordinator")


def _asked_name(text: str, phone: int, lexicon: NameLexicon) -> tuple[int, int] | None:
    """(Start, end) of the name between a verb of asking or calling and the phone number that
    begins at ``phone``, in any case, as chats write whom to ask instead: "kann nicht, frag kaiser
    077/292 03 42", "peux pas, demande à gashi 06 …", "frag mal cátia von gunten: 076 …", "ask
    Noah Day 07…" (holdout24, session 21).  Each word a name the lists know or too rare to be an
    ordinary word, no stop word, no compound of a German word ("frag Zentrale 044 …",
    "ask reception +41 …" stay as written)."""
    m = scan.search(_ASKED_BEFORE_PHONE, text, max(0, phone - 64), phone)
    if m is None:
        return None
    words = m.group("name").split(" ")
    if len(words) > 1 and words[-1] in _BEFORE_NUMBER:
        words.pop()  # "ruf mal zgraggen an: 079 …", "chiama brambilla al 347 …", "ask okonkwo on 07…"
    end = m.start("name") + len(" ".join(words))
    if not all(word in NAME_PARTICLE_WORDS or _chat_name_word(word, lexicon) for word in words):
        return None
    return m.start("name"), end


def _chat_name_word(word: str, lexicon: NameLexicon) -> bool:
    """A word of a name a chat types in any case: no stop word, no town, no word in capitals, and a
    name that is no very common word ("gashi", "kiefer", "brambilla" -- Italian's word frequency 4;
    not "back", "sales", "papa", nor a name that is a brand's word: "Orange"), no compound of a German
    word."""
    titled = word[:1].upper() + word[1:]
    if titled in STOP or word.isupper() and len(word) > 1 or lexicon.is_place_only(titled):
        return False
    for part in titled.split("-"):
        low = part.lower()
        if not (lexicon.is_first_name(part) and rare_word(part, 8) or lexicon.is_known_name(part) and rare_word(
                part, 6 if part in lexicon.ambiguous else 7) or low not in lexicon.common_words and rare_word(
                part, 5)) or len(low) >= 8 and compound_tail(low, lexicon):
            return False
    return True


def names_for_orders_and_birthdays(text: str, lexicon: NameLexicon) -> list[Entity]:
    """The name an order or a booking is made out to, and whose birthday a chat gives as a reason, in
    any case: "hätte gern 3 Bauernbrot, auf den Namen knecht", "a nome Marrone", "au nom de guillon",
    "name's vo" (a table, a cake, a pick-up); "ohne mich, jairaj hat geburtstag", "senza di me, thao
    compie gli anni", "not me, lucas has a birthday" (holdout24, session 21).  One or two words after
    the order's phrase, one before the birthday's, each a name by ``_chat_name_word``."""
    out: list[Entity] = []
    if _ORDER_GATE.opens(text):
        for m in scan.finditer(_ORDER_NAME, text):
            first, second = m.group("first"), m.group("second")
            if not _order_name_word(first, lexicon):
                continue
            end = m.end("second") if second and _chat_name_word(second, lexicon) else m.end("first")
            out.append(Entity(m.start("first"), end, EntityType.PERSON, text[m.start("first"):end], "asides"))
    if _BIRTHDAY_GATE.opens(text):
        for m in scan.finditer(_BIRTHDAY, text):
            name = scan.search(_WORD_BEFORE_BIRTHDAY, text, max(0, m.start() - 32), m.start())
            if name is not None and _chat_name_word(name.group("name"), lexicon):
                out.append(Entity(name.start("name"), name.end("name"), EntityType.PERSON, name.group("name"),
                                  "asides"))
    return out


def _order_name_word(word: str, lexicon: NameLexicon) -> bool:
    """A word of the name an order is made out to: the phrase says a name follows, so any word but a
    stop word, a town, a word in capitals or a very common word ("knecht", "marrone"; not "auf den Namen
    der Firma", "a nome del cliente", "name's ready")."""
    titled = word[:1].upper() + word[1:]
    return not (titled in STOP or word.isupper() and len(word) > 1 or lexicon.is_place_only(titled)) and (
        lexicon.is_first_name(titled) and rare_word(word, 8) or rare_word(word, 7))


_ORDER_GATE = Gate(("amen ", "nome ", "nom de ", "name's ", "ame of ", "the name "))
_ORDER_NAME = scan.compile(
    r"(?<![\w])(?:[Aa]uf[ ]den[ ][Nn]amen|[Aa][ ]nome(?:[ ]di)?|[Aa]u[ ]nom[ ]de|[Nn]ame['’]s"
    r"|[Uu]nder[ ]the[ ]name(?:[ ]of)?|[Ii]n[ ]the[ ]name[ ]of)[ ](?P<first>[^\W\d_][^\W\d_'’\-]{1,30}+)"
    r"(?:[ ](?P<second>[^\W\d_][^\W\d_'’\-]{1,30}+))?"
    r"(?![\w\-])"
)
_BIRTHDAY_GATE = Gate(("eburtstag", "compie gli anni", "birthday", "anniversaire"))
# (led by the phrase, a literal the engine skips to; the name read back before it)
_BIRTHDAY = scan.compile(
    r"(?:hat[ ](?:heute[ ]|morgen[ ]|am[ ]\w{2,12}[ ])?[Gg]eburtstag|compie[ ]gli[ ]anni|has[ ](?:a|her|his)[ ]birthday"
    r"|fête[ ]son[ ]anniversaire)(?![\w])"
)
_WORD_BEFORE_BIRTHDAY = scan.compile(r"(?:^|(?<=[\s,;:]))(?P<name>[^\W\d_][^\W\d_'’\-]{1,30}+)[ ]\Z")


# a word between the name and its number: German "an" of "anrufen", "au", "al", "at", "on", "unter"
_BEFORE_NUMBER = frozenset("an unter au al at on".split())
# A verb of asking or calling, one to three words (particles between them), the phone after a space or ": "
_ASKED_BEFORE_PHONE = scan.compile(
    r"(?<![^\W\d_])(?:[Ff]rag(?:t|en[ ]Sie)?(?:[ ]mal)?|[Aa]sk|[Dd]emande(?:z)?[ ]à|[Cc]hied(?:i|ete)[ ]a"
    r"|[Rr]uf(?:t|en[ ]Sie)?(?:[ ]mal)?|[Cc]all|[Aa]ppelle(?:z)?|[Cc]hiama(?:te)?)[ ]"
    r"(?P<name>[^\W\d_][^\W\d_'’\-]{1,30}+(?:[ ][^\W\d_][^\W\d_'’\-]{0,30}+){0,3})(?::)?[ ]\Z"
)


def _calendar_person(value: str, lexicon: NameLexicon) -> bool:
    """An invitation's common name that is a person's: letters, no stop word ("Support Team"), not only
    ordinary words ("Verwaltung Nord")."""
    words = value.replace(",", " ").split()
    if not words or not any(c.isalpha() for c in value) or any(w in STOP for w in words):
        return False
    return not all(w.lower() in lexicon.common_words and not lexicon.is_known_name(w) for w in words)


def _lower_name_to_call(text: str, phone: int, lexicon: NameLexicon) -> tuple[int, int] | None:
    """A relative's first name typed in lower case after a colon, before the number to call: "tochter
    anrufen: susanne +49 …", "appelle sa fille : valentine +33 …", "call her daughter: hunter +1 503 …"
    (holdout23, session 20): a family word before the colon, the name a listed first name or a rare word."""
    m = scan.search(_LOWER_NAME_BEFORE_PHONE, text, max(0, phone - 40), phone)
    if m is None:
        return None
    clause = text[max(0, m.start() - 32):m.start()].lower()
    clause = clause[clause.rfind("\n") + 1:]
    # a family word before the colon, or a chat's time stamp: the message is the name and the number
    # ("[24/12/2026, 16:02:54] Olga: howley +353 …", "20:20 Marcelle: graziano deiana +39 …")
    if not any(word.strip(".,;!?'’") in KIN for word in clause.split()) and scan.search(_TIME, clause) is None:
        return None
    first, _, surname = m.group("name").partition(" ")
    titled = "-".join(part[:1].upper() + part[1:] for part in first.split("-"))
    if titled in STOP or first in lexicon.common_words and not lexicon.is_first_name(titled) or not (
            lexicon.is_first_name(titled) or rare_word(first)):
        return None
    if surname and (surname in lexicon.common_words or (surname[:1].upper() + surname[1:]) in STOP):
        return m.start("name"), m.start("name") + len(first)  # ("susanne bitte +49 …": the first name alone)
    return m.start("name"), m.end("name")  # "tochter anrufen: susanne brandstetter +49 …"


_TIME = scan.compile(r"\d:\d\d")
_LOWER_NAME_BEFORE_PHONE = scan.compile(
    r"[ ]?:[ ](?P<name>[a-zà-öø-ÿ][a-zà-öø-ÿ'’\-]{1,30}+(?:[ ][a-zà-öø-ÿ][a-zà-öø-ÿ'’\-]{1,30}+)?)[ ]\Z"
)


# one or two capitalised words, a space, the phone (read back from the phone a rule found)
_NAME_BEFORE_PHONE = scan.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?(?:[ ][A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+)?)"
    r"[ ]\Z"
)
_BEFORE_NAME_AT_PHONE = frozenset("\n|,;\t")


def _holder(value: str, lexicon: NameLexicon) -> bool:
    """An account holder's name: no stop word, no word in capitals (a bank's code, a club's letters:
    "(BIC OBKLAT2L)", "(SC Chur)"), no ordinary word or town of three letters or more ("(Amtskonto)",
    "(compte de l'office)", "(Atletica Bolzano)"; "Li Na" may be short ones), and one word alone
    a name the lists know."""
    words = value.split(" ")
    for w in words:
        titled = w[:1].upper() + w[1:]
        if titled in STOP or not any(c.islower() for c in w) or any(b in w.lower() for b in _BANK_WORDS):
            return False  # (nor a bank: "(Zürcher Kantonalbank)", "(Sparda Bank)")
        if len(w) >= 3 and (w.lower() in lexicon.common_words or lexicon.is_place_only(titled)):
            return False
    if len(words) == 1:
        return lexicon.is_known_name(words[0][:1].upper() + words[0][1:])
    return any(len(w) >= 3 for w in words)


def _named_one(value: str, lexicon: NameLexicon) -> bool:
    """A name before the person's address: capitalised words and particles, none an ordinary word
    or a stop word unless the lists know it as a name ("Wolf" is one; "Lager", "Büro" are none), one
    of them a listed name ("Swisscom", "Hauptsitz" before a firm's address are none; review of session
    17)."""
    words = [w for w in value.replace(",", " ").split() if w not in _PARTICLES]
    if not any(lexicon.is_known_name(w) or any(lexicon.is_known_name(p) for p in w.split("-")) for w in words):
        return False
    for w in value.replace(",", " ").split():
        if w in _PARTICLES:
            continue
        if w in STOP or (w.lower() in lexicon.common_words and not lexicon.is_known_name(w)):
            return False
    return True


def _note_author(value: str, lexicon: NameLexicon) -> bool:
    """Two or three capitalised words that read as a person's name: no stop word, the first no
    ordinary word unless the lists know it as a first name ("(Neue Version):", "(Stand Januar):" are
    none), one of them a listed name or a word too rare to be an ordinary one ("Iyer", "Boudiaf"),
    the last no ordinary word unless a listed first name leads ("Ronald Guerra").  One word alone only
    as a listed first name that is no ordinary word ("Note support (Astrid) :"; not "(Entwurf):")."""
    words = value.split(" ")
    if any(w in STOP for w in words):
        return False
    if len(words) == 1:
        return lexicon.is_first_name(value) and value.lower() not in lexicon.common_words
    common = lexicon.common_words
    listed_first = lexicon.is_first_name(words[0])
    if not listed_first and (words[0].lower() in common or words[-1].lower() in common):
        return False
    return listed_first or any(lexicon.is_known_name(w) or rare_word(w) for w in words)


def _ordinary(value: str, lexicon: NameLexicon) -> bool:
    """Every word of ``value`` is an ordinary word or a stop word ("Die Rechnung, geb. …")."""
    return all(w.lower() in lexicon.common_words or w in STOP for w in value.split(" "))


def _names(value: str, lexicon: NameLexicon, first_listed: bool = False) -> bool:
    """Words that may be a person's name: none an ordinary word (or a stop word), the first a listed
    first name or a rare word -- and, with ``first_listed``, a listed first name or a rare one for
    the lower-case record line, where "kaffee, 12.03.2024" would otherwise count."""
    words = value.split(" ")
    common = lexicon.common_words
    if any(w.lower() in common or (w[:1].upper() + w[1:]) in STOP for w in words):
        return False
    first = words[0][:1].upper() + words[0][1:]
    return lexicon.is_first_name(first) or rare_word(words[0]) or not first_listed and len(words) >= 2
