"""A surname in capitals before the first name, as registers write a person: "HOLZ Frank",
"GRAF Katrin", "BÖSCH Bartholomäus", "AM RHYN Stephanie", "ZU SOLMS Ingeborg".

Land registers, fencing entries, tracing orders and start lists print the surname first and in
capitals, then the first name as usual (holdout29, read in session 26).  The rules found the first
name alone, or nothing: in capitals a surname that is also a word ("HOLZ", "GRAF", "MONTAG") loses
what tells it from one, and a particle in capitals ("AM", "ZU") is no particle to them.  Here one
or two words in capitals (led by up to two particles in capitals) and then a listed first name
(and a second capitalised word) are one name where they make up an item: at a line's start, after
a cell's separator, a quote, a label's colon or a bracket, and up to a separator, a quote or the
line's end.  The word in capitals must be a listed surname or no ordinary word, and no code, title
or key the rules know ("CEO Anna", "ACHTUNG Peter, …" stay as they are).

Linear: the scan starts at a capital letter (a class the engine skips to); what stands before the
item is a few character tests.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon

_CAPS = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_LOWER_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{1,29}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{1,29}+)?"
_PARTICLES = r"(?:VON|VOM|VAN|ZU|ZUR|ZUM|AM|IM|DE|DI|DA|DU|DEL|DELLA|LA|LE|DER|DEN|TER|TEN|IN[ ]DER|AUF[ ]DER)"
_PAIR = scan.compile(
    rf"{_CAPS}(?<![\w\-'’.]{_CAPS})[A-ZÀ-ÖØ-ÞĀ-Ž'’]{{1,29}}+(?:-{_CAPS}{{2,29}}+)?"
    rf"[ ](?P<first>{_LOWER_WORD})(?:[ ](?P<second>{_LOWER_WORD}))?"
    r"(?=[ ]?(?:[,;\t|\")\]]|\r?\n|\Z)|[ ]{2})"
)
# the particles in capitals before the surname, read back from it ("AM RHYN", "VON DER MÜHLL")
_PARTICLES_BEFORE = scan.compile(rf"(?<![\w\-'’.])(?:{_PARTICLES}[ ]){{1,2}}+\Z")
_VOWELS = frozenset("AEIOUYÄÖÜÀÁÂÉÈÊÍÌÎÓÒÔÚÙÛ")
_ITEM_OPENERS = frozenset('\n,;\t|"([')
_TWO_CAPS = scan.compile(rf"{_CAPS}{_CAPS}")
# Codes, titles and words in capitals that lead a line without being a surname.
_NOT_SURNAMES = frozenset(
    """CEO CFO CTO COO CIO HR IT PR PS CC BCC EDV SAP IBM UBS SBB ÖBB DB EU UN USA UK CH DE AT FR IT NB NR TEL FAX
    MWST IBAN BIC EUR CHF USD GBP REF ID RE AW FW FWD WG ACHTUNG HINWEIS WICHTIG NEU INFO UPDATE TODO NOTE NB DR
    PROF MR MRS MS HERR FRAU MME MLLE SIG SIGRA ZP""".split()
)


def capital_surnames(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for "SURNAME Firstname" items (see the module's docstring)."""
    if scan.search(_TWO_CAPS, text) is None:  # no word in capitals: a cheap test
        return []
    out: list[Entity] = []
    for m in scan.finditer(_PAIR, text):
        first = m.group("first")
        surname = text[m.start():m.start("first") - 1]
        if not surname.isupper() or surname.replace("-", " ").split()[0] in _NOT_SURNAMES:
            continue
        if first in STOP or surname.capitalize() in STOP:
            continue
        if first in lexicon.places:
            continue  # "SC Berlin", "FC Basel": a club and its town
        parts = surname.replace("’", "'").replace("'", " ").replace("-", " ").split()
        listed = all(p.capitalize() in lexicon.surnames for p in parts)
        if not listed and any(len(p) <= 3 or not _VOWELS.intersection(p) for p in parts):
            continue  # "OLV Baselland", "TSV Grün": a club's letters (a short surname must be listed: "WU", "NG")
        if not all(p.capitalize() in lexicon.surnames or p.lower() not in lexicon.common_words for p in parts):
            continue  # "ACHTUNG Peter": a word, not his surname
        if not (lexicon.is_first_name(first) or (listed or all(rare_word(p) for p in parts)) and rare_word(first)
                and first.lower() not in lexicon.common_words):
            continue  # (a first name no list knows beside a surname: "BÖSCH Bartholomäus"; not "SBB Fahrplan")
        start = m.start()
        if start > 2 and text[start - 1] == " " and (
                lead := scan.search(_PARTICLES_BEFORE, text, max(0, start - 12), start)) is not None:
            start = lead.start()
        if not _item_starts(text, start):
            continue
        end = m.end("second") if m.group("second") and lexicon.is_first_name(m.group("second")) else m.end("first")
        out.append(Entity(start, end, EntityType.PERSON, text[start:end], "capitals"))
    return out


def _item_starts(text: str, pos: int) -> bool:
    """An item starts at ``pos``: a line's start, a cell's separator, a quote, a parenthesis or a
    bracket before it (spaces between), or a label's colon, a bracket's end or a list's mark and a space."""
    k = pos
    while k > 0 and text[k - 1] == " " and pos - k < 40:
        k -= 1
    if k == 0 or text[k - 1] in _ITEM_OPENERS:
        return True
    return k < pos and text[k - 1] in ":]->•*"
