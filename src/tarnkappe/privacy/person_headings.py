"""Whose day it is: the name a dated heading ends with, after a dash.

A round's or a rota's heading names its day and then whose it is: "Hausbesuche Fr 10.10.2025 – Akshay",
"Home visits Sat 14 Nov 2026 – Tuyuğ", "Visite a domicilio dom 06/07/2025 – Khaled" (a podiatrist's
home visits, holdout25, read in session 22).  Alone such a name is a word no list knows, and the rules
saw no cue.

A heading -- a line with a date, then " – " or " - ", then one or two capitalised words at the line's
end, a blank line after it -- ends with a PERSON when the words are listed names or rare words, none an
ordinary word of ours or a town ("Protokoll 12.03.2025 – Entwurf", "Sitzung 3.4.2025 – Zürich" name no
one).

Linear: each line's end is read back once, from each " – " found with ``str.find``.
"""

from __future__ import annotations

from .detectors import scan
from .detectors.dates import DATE
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,29}+)?"
_NAME_AT_END = scan.compile(rf"(?P<name>{_WORD}(?:[ ]{_WORD})?)[ \t]{{0,8}}\r?\n[ \t]{{0,8}}\r?\n")
_DATE_IN_LINE = scan.compile(DATE)
_DASHES = (" – ", " - ")
_HEADING = 120  # characters of the line read before the dash


def names_ending_headings(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the names dated headings end with (see the module's docstring)."""
    out: list[Entity] = []
    for dash in _DASHES:
        pos = text.find(dash)
        while pos >= 0:
            after = pos + len(dash)
            m = scan.match(_NAME_AT_END, text, after)
            if m is not None and _someone(m.group("name"), lexicon):
                line_start = text.rfind("\n", max(0, pos - _HEADING), pos) + 1
                if scan.search(_DATE_IN_LINE, text, max(line_start, pos - _HEADING), pos) is not None:
                    out.append(Entity(m.start("name"), m.end("name"), EntityType.PERSON, m.group("name"), "heading"))
            pos = text.find(dash, after)
    return out


def _someone(name: str, lexicon: NameLexicon) -> bool:
    for word in name.split(" "):
        if word in STOP or lexicon.is_place_only(word):
            return False
        if word.lower() in lexicon.common_words and not lexicon.is_first_name(word):
            return False
        if not (lexicon.is_known_name(word) or rare_word(word, below=5)):
            return False
    return True
