"""Postal addresses: street + house number, optionally followed by postcode + locality.

Covers the usual layouts of CH/DE/AT ("Bahnhofstrasse 12", "Am Markt 3",
"Obere Gasse 5a"), FR/CH-romand ("12 rue de la Paix", "Avenue de la Gare 10")
and IT ("Via Roma 10", "Piazza San Marco, 5").  A postcode + locality alone
("8001 Zürich") is masked only on its own line or with a country prefix
(CH-8001), because "2024 Bericht"-like pairs are too common in prose.
"""

from __future__ import annotations

import re
import string
from typing import Iterator

from ..entities import Entity, EntityType
from .shapes import per_shape, shapes_pattern

_U = r"A-ZÄÖÜÀÂÉÈÊÎÔÛÇ"  # upper-case letters that start a street/locality word
_L = r"a-zäöüßàâéèêëîïôûùç"
_W = rf"[{_U}][{_L}{_U}'’\-]*"
_NO = r"\d{1,4}(?:\s?[a-zA-Z](?![\w]))?(?:\s?[-/]\s?\d{1,4}[a-z]?)?"
_DE_SUFFIX = (
    r"stra(?:ss|ß)e|str\.|gasse|gässli|weg|platz|allee|ring|damm|ufer|steig|pfad|chaussee|markt"
    r"|graben|rain|halde|matt|acker|zeile|kai|quai|hof|berg|feld|wiese|park|höhe|tal|brücke"
)
_DE_WORD = r"Stra(?:ss|ß)e|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Steig|Pfad|Markt"
_DE_PREFIX = r"Am|An\s+der|An\s+den|Auf\s+der|Auf\s+dem|Im|In\s+der|In\s+den|Zum|Zur|Unter\s+den|Hinter\s+der|Bei\s+der"
_ARTICLES = r"(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Kein|Keine|Mein|Meine|Sein|Seine|Ihr|Ihre|Unser|Unsere|Dieser|Diese|Jeder|Jede|Welche|Welcher)\s"
_DE_NO = r"\d{1,3}(?:\s?[a-zA-Z](?![\w]))?(?:\s?[-/]\s?\d{1,4}[a-z]?)?"
_DE_STREET = (
    rf"(?:(?:(?:Alte|Alter|Obere|Oberer|Untere|Unterer|Neue|Neuer|Lange|Kleine|Grosse|Große|Hintere|Vordere|St\.|Sankt)\s+)?"
    rf"[{_U}][{_L}\-]*(?:{_DE_SUFFIX})"
    rf"|(?!{_ARTICLES})[{_U}][{_L}\-]+(?:er|e|s)?\s+(?:{_DE_WORD})"
    rf")"
)
_FR_TYPE = r"[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Cc]hemin|[Cc]h\.|[Pp]lace|[Rr]oute|[Rr]te|[Ii]mpasse|[Aa]llée|[Qq]uai|[Cc]ours|[Pp]assage|[Ss]entier|[Rr]uelle"
_FR_NAME = rf"(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’]|la|le|les|l['’])\s*)?{_W}(?:[\s\-](?:(?:de\s+la|de\s+l['’]|des|du|de|d['’]|la|le|les|l['’]|sur|en|et)\s*)?{_W}){{0,3}}"
# Italian street types (denominazioni urbanistiche); words that are also common surnames or
# nouns in running text (Costa, Corte, Riva, Campo, Parco) are left out.
_IT_TYPE = (
    r"Via|V\.le|Viale|Vialetto|Piazza|P\.zza|Piazzale|Piazzetta|Corso|C\.so|Vicolo|Vicoletto|Vico|Largo"
    r"|Strada|Stradella|Stradone|Contrada|Borgo|Lungomare|Lungolago|Lungarno|Lungotevere|Salita|Discesa"
    r"|Traversa|Rotonda|Incrocio|Canale|Stretto|Calle|Campiello|Fondamenta|Rampa|Scalinata|Passeggiata"
    r"|Circonvallazione"
)
_IT_NAME = rf"(?:(?:dei|degli|delle|della|del|di|da|dell['’])\s*)?{_W}(?:\s+(?:(?:dei|degli|delle|della|del|di|da|dell['’])\s*)?(?:{_W}|[IVXL]+|\d{{1,2}}\s+\w+)){{0,4}}?"
_LOCALITY = rf"{_W}(?:[ /\-](?:am|an\s+der|im|bei|in|ob|sur|sous|en|di|de|del|la|le|{_W}|St\.\s*{_W}|\({_W}\)|\([A-Z]{{2}}\))){{0,3}}"
_POSTCODE = rf"(?:(?:CH|D|DE|A|AT|F|FR|I|IT)[-\s])?\d{{4,5}}\s+{_LOCALITY}"

# Each pattern starts with a character class *before* its look-behind so the
# regex engine can skip ahead in C (about 3x faster than a leading look-behind).
_QUALIFIER = re.compile(
    r"(?:Alte|Alter|Obere|Oberer|Untere|Unterer|Neue|Neuer|Lange|Kleine|Grosse|Große|Hintere|Vordere|St\.|Sankt)\s+$"
)
_FR_TYPE_WORDS = frozenset(
    "Rue Avenue Av. Boulevard Bd Chemin Ch. Place Route Rte Impasse Allée Quai Cours Passage Sentier Ruelle".split()
)
_IT_TYPE_WORDS = frozenset(_IT_TYPE.replace("\\", "").split("|"))
_DE_PREFIX_WORDS = frozenset("Am An Auf Im In Zum Zur Unter Hinter Bei".split())
_ARTICLE_WORDS = frozenset(_ARTICLES[3:-4].split("|"))
def _words_after_first(words: frozenset[str], first: str) -> str:
    """Alternation of the given words, each checked after its already consumed first letter:
    ``(?:(?<=V)(?:ia|iale)|...)`` -- so the pattern can still start with a character class."""
    tails: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        tails.setdefault(w[0], []).append(re.escape(w[1:]))
    if not set(tails) <= set(first):
        raise ValueError("every word must start with a letter of `first`")
    return "(?:" + "|".join(f"(?<={c})(?:{'|'.join(t)})" for c, t in tails.items()) + ")"


# Speed: the street shapes that start at a capital (all but "12 rue ...") and the prefixed
# postcode are found in one scan of the text (see shapes.py).  The shapes that may start at any
# capital first check, in a look-ahead, the cheapest thing the rest needs (a number after the
# word, a hyphen, a street word), which rules out almost every capital at once instead of after
# backtracking through the suffix list; the first words that used to be checked in Python
# (Rue, Via, Am ...) are part of the shapes.  The matches are the same as before.
_CAPITAL_SHAPES: dict[str, str] = {
    "de_suffix": rf"(?=[{_L}\-]*+\.?\s+\d)[{_L}\-]*(?:{_DE_SUFFIX})\s+{_DE_NO}(?![\w])",
    "de_word": rf"(?=[{_L}\-]++\s+[SWPAGRDUCM])[{_L}\-]+\s+(?:{_DE_WORD})\s+{_DE_NO}(?![\w])",
    # "Rabea-Ortmann-Straße 83", "Arno-Trommler-Platz 9"
    "de_hyphen": rf"(?=[{_L}]++-)[{_L}]+(?:-[{_U}][{_L}]+)*-(?:{_DE_WORD})\s+{_DE_NO}(?![\w])",
    # "Am Markt 3" only at the end of a line or before a comma ("Im Kapitel 3 steht" is not)
    "de_prefix": rf"{_words_after_first(_DE_PREFIX_WORDS, 'AIZUHB')}"
                 rf"(?:\s+(?:der|den|dem))?\s+{_W}(?:\s+{_W})?\s+{_DE_NO}(?=[ \t]*(?:,|\r?\n|$))",
    "fr_type": rf"{_words_after_first(_FR_TYPE_WORDS, 'RAPBCIQS')}\s+{_FR_NAME},?\s+{_NO}(?![\w])",
    "it_type": rf"{_words_after_first(_IT_TYPE_WORDS, string.ascii_uppercase)}\s+{_IT_NAME},?\s+(?:n\.\s?)?{_NO}(?![\w])",
    "postcode": rf"(?:(?<=C)H|(?<=[DAFI]))-\d{{4,5}}\s+{_LOCALITY}",
}
# What every capital-led shape needs after its first letter: the rest of a word (letters, '.' as
# in "Str.") and then a hyphen, or white space and a digit or the first letter of a street word
# (Strasse, Weg, Platz ...); or "H-" (CH-8001); or one of the type words (Am, Rue, Via ...).
# Most capitals in prose fail here at once.  The word is taken possessively (*+): none of its
# letters could be the hyphen or space that follows, so giving some back could never help.
_CAPITAL_GUARD = (
    rf"[{_L}.]*+(?:-|\s+[\dSWPAGRDUCM])|H-"
    rf"|{_words_after_first(_DE_PREFIX_WORDS | _FR_TYPE_WORDS | _IT_TYPE_WORDS, string.ascii_uppercase)}\s"
)
_CAPITAL_LED = shapes_pattern(f"[{_U}]", _CAPITAL_SHAPES, guard=_CAPITAL_GUARD)
_CAPITAL_NAMES = tuple(_CAPITAL_SHAPES)
_FR_NUMBER_FIRST = re.compile(
    rf"\d(?<![\w]\d)\d{{0,3}}(?:\s?(?:bis|ter|[a-c]))?,?\s+(?:{_FR_TYPE})\s+{_FR_NAME}(?![\w])"
)
_HAS_DIGIT = re.compile(r"\d")
_CITY = re.compile(rf",?[ \t]*(?:\r?\n[ \t]*)?{_POSTCODE}")
_POSTCODE_LINE = re.compile(rf"\n[ \t]*(?P<pc>(?:(?:CH|D|A|F|I)-)?\d{{4,5}}\s+{_LOCALITY})(?=[ \t]*(?:\r?\n|$))")


class AddressDetector:
    """Street + number (+ postcode/locality) in one span; postcode/locality lines."""

    name = "address"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield ADDRESS spans; the number is required for a street to count."""
        if _HAS_DIGIT.search(text) is None:
            return
        spans: list[tuple[int, int]] = []

        def not_after_article(shape: str, start: int, end: int) -> int | None:
            if shape == "de_word" and text[start:end].split(None, 1)[0] in _ARTICLE_WORDS:
                return None  # "Die Strasse 5" is no street name
            return end

        streets: list[tuple[int, int]] = []
        for shape, start, end in per_shape(_CAPITAL_LED, text, _CAPITAL_NAMES, claim=not_after_article):
            (spans if shape == "postcode" else streets).append((start, end))
        streets += [m.span() for m in _FR_NUMBER_FIRST.finditer(text)]
        for start, end in streets:
            q = _QUALIFIER.search(text, max(0, start - 12), start)
            if q:
                start = q.start()
            city = _CITY.match(text, end)
            if city:
                end = city.end()
            spans.append((start, end))
        for m in _POSTCODE_LINE.finditer("\n" + text):
            spans.append((m.start("pc") - 1, m.end("pc") - 1))
        last_end = -1
        for start, end in sorted(spans, key=lambda se: (se[0], -se[1])):
            if start >= last_end:
                last_end = end
                yield Entity(start, end, EntityType.ADDRESS, text[start:end])
