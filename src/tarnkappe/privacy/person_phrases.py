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

from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import LOCATIVES, STOP
from .entities import Entity, EntityType
from .names import NameLexicon
from .person_dates import overlaps_any

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?"
# "Amaya and " right before a found name (the window ends where the name starts).
_FIRST_AND = scan.compile(rf"(?<![\w\-'’])(?P<word>{_WORD})[ ](?:and|und|et|e|y)[ ]\Z")
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
# von der Sommer"): the title makes it a name whatever the lists say; a literal start (~45 us).
_TITLE_PARTICLES = scan.compile(
    r"(?:Frau|Herrn|Herr|Mme|Madame|Monsieur|Maître|Me|Mr|Mrs|Ms|Dr\.|Dr|Sig\.ra|Sig\.|Signora|Signor|Dott\.|Avv\.)[ ]"
    r"(?P<name>(?:von|van|zu|zur|zum|vom|de|du|da|di|del|della|dos)[ ](?:(?:der|den|la|le|los|las)[ ])?"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]{1,29}+)?)"
)
# Introductions that need no greeting ("Je m'appelle Greca Infantino-Rossi, née le …", "mi chiamo
# …", "my name is …"), scanned for only in a text with one of their words (three substring
# searches, ~50 us on the ~2,000-token prompt; the pattern's scan alone costs ~1.5 ms).
_NAME_IS = scan.compile(
    r"(?:[Jj]e[ ]m['’]appelle|[Mm]i[ ]chiamo|[Mm]y[ ]name[ ]is)[ ]"
    rf"(?P<name>{_WORD}(?:[ ]{_WORD})?)(?=[,.!;]|[ ](?:und|and|et|e|né|née|nato|nata|born|geboren)[ ]|[ ]?\r?\n|\Z)"
)



def persons_from_phrases(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the first names before "and <found name>" and for the names of
    callers introducing themselves, that no entity of ``found`` covers."""
    entities = list(found)
    taken = sorted((e.start, e.end) for e in entities)
    out: list[Entity] = []

    def add(start: int, end: int) -> None:
        word = text[start:end]
        if word in STOP or not (lexicon.is_first_name(word) or (
                "-" not in word and word.lower() not in lexicon.common_words and word not in lexicon.places)):
            return
        before = text[max(0, start - 12):start].rsplit(None, 1)[-1:]
        if before and before[0].lower() in LOCATIVES:
            return  # "aus Finnland und Anders Ahlgren"
        if overlaps_any(taken, start, end):
            return
        out.append(Entity(start, end, EntityType.PERSON, word, "phrase"))

    for e in entities:
        if e.type == EntityType.PERSON and " " in e.text and e.start > 4:
            m = scan.search(_FIRST_AND, text, max(0, e.start - 40), e.start)
            if m is not None:
                add(m.start("word"), m.end("word"))
    for m in scan.finditer(_INTRO, text):
        if not (m.start() and text[m.start() - 1].isalnum()):
            add(m.start("word"), m.end("word"))
    for m in scan.finditer(_TITLE_PARTICLES, text):
        start, end = m.span("name")
        if not (m.start() and text[m.start() - 1].isalnum()) and not overlaps_any(taken, start, end):
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    for m in (scan.finditer(_NAME_IS, text) if "appelle" in text or "chiamo" in text or "ame is" in text else ()):
        start, end = m.span("name")
        if not overlaps_any(taken, start, end):
            out.append(Entity(start, end, EntityType.PERSON, text[start:end], "phrase"))
    return out


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
