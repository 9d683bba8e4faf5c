"""Evidence for a person name read from the text around a word: a label whose value is names
("Anwesend: …"), a chat line's speaker, a role word or role noun before it ("Sa fille …",
"CSU-Politiker …"), initials before it, and a form's field label that is no name ("Wohnadresse:").

Split from ``persons.py`` (which classifies words and joins them into names): each function here
reads a few characters around one position, with string calls first and a bounded pattern only
where those leave a doubt (issue 12: they run for many words of a text).
"""

from __future__ import annotations

from collections.abc import Callable

from ..gates import Gate
from ..names import NameLexicon, compound_tail
from . import scan
from .person_cues import (
    CHAT_SPEAKER,
    CHAT_TIME_AFTER,
    KIN_WORDS,
    LOWER_TITLES,
    NAME_LABELS,
    RELATIVE_WORDS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
)

# The word before a name, and what may stand between: "Sa fille Claude", "Daughter (Adam)",
# "The defendant, Foyle" (read from the 28 characters before the name).
# A kin word right before a word (kin_before) is one of these with its space: absent from most texts,
# whose capitalised words then need no look back (persons.py asks once per text, not once per word).
KIN_GATE = Gate(word + " " for word in KIN_WORDS)
_ROLE_BEFORE = scan.compile(
    r"(?<![\w\-])([^\W\d_]{2,16}+(?:-[^\W\d_]{1,8}+)?)(?:[ \u00a0]{1,2}\(|,[ \u00a0]{1,2}|[ \u00a0]{1,2})$"
)
# Initials before a name: "J. Beck", "J.-P. Dupont", "A. B. Smith" (not "M.": Monsieur).
_INITIALS_BEFORE = scan.compile(r"(?<![\w.\-])(?:[A-ZÀ-ÖØ-Þ]\.(?:-|[ \u00a0])?){1,3}$")

def label_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the rest of each line after a label whose value is names ("Anwesend: ")."""
    out = []
    for m in scan.finditer(NAME_LABELS, "\n" + text):
        start = m.end() - 1
        end = text.find("\n", start)
        out.append((start, len(text) if end < 0 else end))
    return out


_LABEL_AFTER = scan.compile(r"[ \t]{0,2}(?:\([^\W\d_]{1,16}\)[ \t]{0,2})?:")
# A line's start, maybe after a quote mark, a bullet or a list number ("2. Neumitglied:").
_LINE_LEAD = scan.compile(r"(?:^|\n)[ \t>*\-•]{0,8}(?:\d{1,2}[.)][ \t]{1,2})?$")


def is_field_label(text: str, start: int, end: int, lexicon: NameLexicon,
                   ordinary: Callable[[str], bool] | None = None) -> bool:
    """A form's field label, not a name: one word alone at a line's start before a colon
    ("Wohnadresse:", "Schadendatum:", "Medico curante:" -> "Medico", "Policyholder:") that is an
    ordinary word or ends in one (German compounds).  A first name or surname of the lists that is no ordinary word
    ("Anna:" in a chat) is never a label."""
    word = text[start:end]
    if " " in word or scan.search(_LINE_LEAD, text, max(0, start - 13), start) is None:
        return False
    second = scan.match(_SECOND_WORD_LABEL, text, end)
    if second is not None and second.group(1)[0].islower() and second.group(1) not in _PARTICLE_WORDS:
        return True  # "Medico curante:", "Bill to:": no name has a lower-case word before its colon
    if lexicon.is_known_name(word) and word.lower() not in lexicon.common_words and word not in LABEL_WORDS:
        return False  # "Anna:" in a chat, "Schwarz : Ich bin …", "Brown: 9" in a score list
    if scan.match(_LABEL_AFTER, text, end) is None and second is None:
        return False
    if ordinary is not None and ordinary(word):
        # a frequent word of one of our languages before a short value ("Treasurer: Rhiannon
        # Pennington"), and one no list knows as a name after a bullet before any value
        # ("- Rating: Meets expectations"); not a speaker before a sentence ("Rummenigge : ' Bruch…")
        if _short_value(text, end) or (not lexicon.is_known_name(word) and _after_bullet(text, start)):
            return True
    low = word.lower()
    return low in lexicon.common_words or compound_tail(low, lexicon) or (
        low.endswith(_DUTY_ENDINGS) and not low.startswith(_DUTY_ENDINGS))


# A club's or a crew's duty before its holder ("Flugleiter: …", "Quizmaster: …", "Platzwart: …"): compounds of
# these, not the words alone -- "Leiter" is a surname too; nor "-meister", the end of many ("Kuchenmeister:" of a
# meeting's minutes; holdout27 and the review of session 24)
_DUTY_ENDINGS = ("leiter", "leiterin", "master", "wart", "wartin", "führer", "führerin",
                 "fahrer", "fahrerin", "obmann", "obfrau", "chef", "chefin", "verantwortlicher", "verantwortliche")


# Labels of phone lists and signatures that the name lists also know as surnames ("Standard : 03 …").
LABEL_WORDS = frozenset(
    """Standard Zentrale Mobile Mobil Fax Hotline Support Service Empfang Reception Accueil Centralino
    Sekretariat Office Notfall Notfälle Notruf Privat Büro WhatsApp Signal Threema Telegram""".split()
)


def _after_bullet(text: str, start: int) -> bool:
    """Only a list bullet ("- ", "* ", "• ") leads the line before ``start``."""
    line = text.rfind("\n", max(0, start - 12), start) + 1
    lead = text[line:start].strip(" \t")
    return lead in ("-", "*", "•", "–")


_PARTICLE_WORDS = frozenset("de di da du des del della dos das van von der den la le ter ten y e".split())


def _short_value(text: str, end: int) -> bool:
    """The rest of the line after the label's colon is a value, not a sentence: at most 48
    characters, no lower-case word of five letters or more."""
    line_end = text.find("\n", end, end + 64)
    if line_end < 0 and len(text) - end > 64:
        return False
    rest = text[end:len(text) if line_end < 0 else line_end]
    colon = rest.find(":")
    value = rest[colon + 1:] if colon >= 0 else rest
    return len(value) <= 48 and not any(w[:1].islower() and len(w) >= 5 and w.isalpha() for w in value.split())


_SECOND_WORD_LABEL = scan.compile(r"[ ]([^\W\d_]{2,20})[ \t]{0,2}:")


def is_role_compound(word: str) -> bool:
    """A German job or role noun, compounds included ("Bundeskanzler", "CSU-Politiker",
    "Hochspringer", "Vorstandsvorsitzende"): the words after it name its holder."""
    return len(word) > 4 and word.lower().endswith(ROLE_SUFFIXES)


def first_on_line(text: str, pos: int, lead: frozenset[str], reach: int = 8) -> bool:
    """Only characters of ``lead`` (white space, a quote's ">", a bullet ...) stand between ``pos`` and its line's
    start, at most ``reach`` of them: a dateline's town, a form's key, a life's first date begin their line."""
    k = pos
    while k > 0 and text[k - 1] in lead and pos - k < reach:
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def starts_list_item(text: str, value_start: int, start: int) -> bool:
    """The word at ``start`` begins an item of a label's value: nothing but initials between it
    and the label or the last ",", ";" or "/" ("Anwesend: J. Beck, Vesna Tralovik"), not a word
    later in a sentence ("Teilnehmende: alle Mitarbeitenden")."""
    if start < value_start:
        return False
    item = text[max(value_start, start - 40):start]
    item = item[max(item.rfind(","), item.rfind(";"), item.rfind("/")) + 1:]
    return not any(map(str.islower, item))


def timed_speaker(text: str, start: int, ends: tuple[int, ...]) -> bool:
    """The word at a line's start is a chat speaker with the time after the name:
    "François (13h20) : …" (one or two name words)."""
    if start and text[start - 1] not in "\n \t":
        return False
    if start > 8 and text.rfind("\n", start - 8, start) < 0:  # not at a line's start
        return False
    if start:
        lead = text[max(0, start - 8):start]
        if lead[lead.rfind("\n") + 1:].strip(" \t"):
            return False
    return any(scan.match(CHAT_TIME_AFTER, text, end) is not None for end in ends)


def chat_speaker(text: str, start: int) -> bool:
    """The word at ``start`` follows a chat line's time stamp ("[09:14] Anna: …")."""
    if start < 5 or text[start - 1] not in " \t":
        return False
    before = text[start - 2]
    if before != "]" and not before.isdigit() and not (
        before in "Mm." and text[start - 3:start - 1].upper() in ("AM", "PM", ".M")
    ):
        return False
    return scan.search(CHAT_SPEAKER, text, max(0, start - 24), start) is not None


def role_before(text: str, start: int) -> bool:
    """A role word right before: "Sa fille Claude", "Daughter (Adam)", "The defendant, Foyle".
    The word is looked up first (string calls in C); the pattern only confirms the gap."""
    if start < 3:
        return False
    before = text[max(0, start - 28):start]
    words = before.rstrip(" \u00a0(,").rsplit(None, 1)
    if words and before[-1] == " " and words[-1].lower() in LOWER_TITLES:
        return True  # "sig.ra Fogaça", "dott. Lopes Sampaio", "brig. Gómez"
    if not words or _elided(words[-1].lower()) not in ROLE_WORDS:
        return False
    m = scan.search(_ROLE_BEFORE, text, max(0, start - 28), start)
    return m is not None and m.group(1).lower() in ROLE_WORDS  # "dall'agente Chigi": the group skips "dall'"


def kin_before(text: str, start: int) -> bool:
    """A kin or family word right before, written in lower case: "zio Durante", "la famille Petit"."""
    if start < 4 or text[start - 1] != " ":
        return False
    word = _word_before(text, start)
    return word in KIN_WORDS or (("'" in word or "’" in word) and _elided(word) in KIN_WORDS)


def relative_before(text: str, start: int) -> bool:
    """A relative's word right before ("son fils ", "her husband "): see person_cues.RELATIVE_WORDS."""
    return _word_before(text, start) in RELATIVE_WORDS


def _word_before(text: str, start: int) -> str:
    """The word before the space before ``start`` (13 characters at most), without an opening
    parenthesis ("(sig.ra Zakrajšek)")."""
    space = text.rfind(" ", max(0, start - 14), start - 1)
    return text[space + 1 if space >= 0 else max(0, start - 14):start - 1].lstrip("(")


def _elided(word: str) -> str:
    """The word after an elided article: "dall'agente" -> "agente", "l’oncle" -> "oncle"."""
    cut = max(word.rfind("'"), word.rfind("’"))
    return word[cut + 1:] if 0 < cut < 6 else word


def initial_after(text: str, end: int) -> int:
    """A name's end moved over one initial right after it ("Rosi E.", "Dragana Š.", "Sita S.:"): a
    capital, a full stop, then no letter or digit."""
    if text[end:end + 1] == " " and text[end + 2:end + 3] == "." and text[end + 1:end + 2].isupper() and (
            end + 3 == len(text) or not text[end + 3].isalnum()):
        return end + 3
    return end


def with_initials(text: str, start: int) -> int:
    """A name's start moved over the initials right before it ("J. Beck" -> "J. Beck")."""
    if start < 3 or text[start - 2] != "." and text[start - 1] != ".":
        return start
    m = scan.search(_INITIALS_BEFORE, text, max(0, start - 12), start)
    if m is None:
        return start
    if m.group()[:2] == "A." and text[max(0, m.start() - 3):m.start()].rstrip(" \u00a0")[-2:] in ("i.", "I."):
        # "i. A. Ayan Đ.": "im Auftrag" before a signature's name, no initial of it
        after = m.start() + 2
        while after < start and text[after] in " \u00a0":
            after += 1
        return after
    if m.group() in ("M. ", "M.\u00a0"):  # Monsieur -- but an initial after a title ("Dr M. Bishop")
        title = text[max(0, m.start() - 7):m.start()].rstrip(" .").rsplit(None, 1)[-1:]
        if not title or title[0] not in _TITLES_BEFORE_INITIALS:
            # and an initial too where a list item or table cell starts with it ("- M. Grasso –"):
            # masked with the name, "M." hides nothing a reader needs
            line = text.rfind("\n", max(0, m.start() - 8), m.start())
            lead = text[line + 1:m.start()].strip(" \t") if line >= 0 or m.start() <= 8 else "?"
            # (or a column's or a value's start: "0     M. Alcázar" of an aligned table, "tech=M. Mayo" of a
            # log, "| M. Pugh", "/ M. Murillo" -- no salutation stands there; a quotation's may: '"M. Dupont')
            # (and where no French is written near it: "Toastmaster des Abends: M. Bohlander", "Evaluator 2:
            # M. Swaminathan"; holdout26, session 23)
            if lead not in ("-", "*", "•", "–", "|") \
                    and not text[max(0, m.start() - 2):m.start()].endswith(("=", "\t", "  ", "| ", "/ ")) \
                    and _french_near(text, m.start()):
                return start
    return m.start()


# words of French prose that German and English do not write ("des", "du" they do), and the
# forms of address beside which "M." is one too ("Mr. Smith's M. Dupont")
_FRENCH_WORDS = (" et ", " les ", " est ", " vous ", " avec ", " pour ", " une ", " un ", " il ", "Il ", " elle",
                 " le ", " la ", " au ", " de ", " à ", "ous ", "Je ", " je ", "J'", " j'", " ne ", " pas ", " sur ",
                 " dans ", " par ", " qui ", " que ", "Ce ", " ce ", "Mme", "Madame", "Monsieur", "Mr", "Ms", "Sig")
_FRENCH_REACH = 150


def _french_near(text: str, pos: int) -> bool:
    """French or forms of address are written within ``_FRENCH_REACH`` characters of ``pos`` (where "M." may be
    Monsieur)."""
    window = text[max(0, pos - _FRENCH_REACH):pos + _FRENCH_REACH]
    return any(word in window for word in _FRENCH_WORDS)


_TITLES_BEFORE_INITIALS = frozenset("Dr Dre Prof Dott Dott.ssa Doktor Professor Ing Avv".split())
