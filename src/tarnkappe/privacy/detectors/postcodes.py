"""Postcode + locality in running text, after a word that says it is where someone lives.

address.py masks "8001 Zürich" after a street or on a line of its own; in a sentence a number
followed by a capitalised word is too often something else ("1500 Franken", "2024 Bericht",
"In 2023 Microsoft ...").  So here a 4-digit (CH, AT, LI) or 5-digit (DE, FR, IT) postcode with
its locality counts only after a cue (issue 13):

* **strong**: wohnhaft/wohnt in/Wohnort/PLZ/Ort, domicilié(e) à/habite à/réside à/NPA/localité,
  residente a/abita a/domiciliato/a a/CAP/località, lives in/resides in/address/ZIP;
* **weak** (a plain preposition: in, im, nach, aus, bei, à, a, de, from): and then not a year
  (1900-2099) unless the locality ends the clause, and not a common word ("Metern", "Franken")
  unless it ends the clause ("in 6300 Zug.").

And after a house number and a comma (or " · ", " / ", " – "): "Hinterm Bach 6, 96047 Bamberg", "Hof 12, 6050
Alpnach", "Lange Reihe 15 · 70597 Stuttgart" --
streets whose names hold no street word address.py knows; the shape (words, a number, a comma, a
postcode and a town) says it, and the street is masked with the town.

And without a cue, a value of its own: a CSV/TSV cell (";6850 Mendrisio;"), a JSON or YAML string
('"line2": "75011 Paris"') that is all postcode + locality (Italian "20135 - Milano (MI)" too),
unless the locality is a common word (";2024 Bericht;").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..names import load_lexicon
from . import scan
from .address import _DE_NO, _LOCALITY, _U
from .dates import MONTHS

_POSTCODE_TOWN = scan.compile(rf"\d(?<![\w.,'’/\-]\d)\d{{3,4}}[ \u00a0]{{1,2}}{_LOCALITY}(?![\w])")
_STRONG = scan.compile(
    r"(?i:wohnhaft(?:[ ]in)?|wohnt[ ]in|wohnort|plz(?:/ort)?|ort|domicili[ée]e?[ ]à|habite[ ]à|r[ée]side[ ]à"
    r"|r[ée]sidant[ ]à|npa(?:/localit[ée])?|localit[ée]|residente[ ]a|abita[ ]a|domiciliat[oa][ ]a|cap"
    r"|localit[àa]|lives[ ]in|living[ ]in|resides[ ]in|address|zip)[ \u00a0:]{1,3}$"
)
_WEAK = scan.compile(r"(?<![\w])(?:in|im|nach|aus|bei|à|a|de|from|In|Im|Nach|Aus|Bei|À|A|De|From)[ \u00a0]{1,2}$")
_CLAUSE_END = scan.compile(r"[ \t]{0,4}(?:[.,;:)!?]|\r?\n|$)")
# A cell or string value that is all postcode + locality: after a separator or an opening quote,
# up to the next separator, closing quote or line end.  Starts at the separator (a cheap class).
_CELL = scan.compile(
    rf"[;\t,|\"](?:(?:CH|D|A|F|I|L|FL|B)-)?\d{{4,5}}+(?:[ ][-–])?[ \u00a0]{{1,2}}{_LOCALITY}"
    rf"(?=\"?[ \t]{{0,4}}(?:[;\t,|}}\]]|\r?\n|$))"
)
# The street before ", 96047 Bamberg": capitalised words (particles between them, one word in lower
# case last) and a house number,
# searched in the 64 characters before the postcode, so its end is the window's.  Words are taken
# possessively: none can end in the space or digit that follows it.
STREET_PARTICLE = r"(?:der|den|dem|de|del|della|di|du|des|la|le|von|vom|zum|zur)"
_STREET_BEFORE = scan.compile(
    rf"[{_U}](?<![\w'’.\-][{_U}])[\w'’\-]{{1,47}}+\.?"
    rf"(?:[ ](?:{STREET_PARTICLE}[ ])?[{_U}][\w'’\-]{{0,47}}+\.?){{0,3}}+"
    rf"(?:[ ][^\W\d_]{{3,47}}+)?"  # a word in lower case before the number: "Place communale 12"
    rf"[ ]{{1,2}}(?<![\d][ ])(?<![\d][ ][ ]){_DE_NO}(?:,|[ ]{{1,2}}[·/–•|\-])[ ]{{1,2}}\Z"
)
_SEPARATORS = frozenset("·/–•|-")  # (between spaces, before the postcode: "Lange Reihe 15 · 70597 Stuttgart")
_MONTH = scan.compile(rf"(?i:{MONTHS})\.?\Z")
_ARTICLES = frozenset("La Le Les L Il Lo St St. Ste Ste. S. San Santa Saint Sankt Bad".split())
_QUOTE_OPENS = frozenset(":,;\t[")


class PostcodeDetector:
    """Cued postcode + locality in a sentence ("wohnhaft in 6300 Zug", "à 1224 Chêne-Bougeries")."""

    name = "postcodes"

    def __init__(self) -> None:
        lexicon = load_lexicon()
        self._common = lexicon.common_words
        self._places = lexicon.places

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield ADDRESS spans (overlaps with address.py are resolved by the caller)."""
        yield from self._cells(text)
        for m in scan.finditer(_POSTCODE_TOWN, text):
            start, end = m.span()
            # (after a comma, or a middle dot, slash or dash between spaces: "Lange Reihe 15 · 70597 Stuttgart")
            lead = text[max(0, start - 4):start].rstrip(" ")  # (the separator, spaces either side)
            street = self._street_before(text, m) if text[start - 2:start - 1] == "," or (
                lead[-1:] in _SEPARATORS and lead[-2:-1] == " ") else None
            if street is not None:
                yield Entity(street, end, EntityType.ADDRESS, text[street:end], self.name)
                continue
            before = max(0, start - 40)
            if scan.search(_STRONG, text, before, start) is None:
                if scan.search(_WEAK, text, max(0, start - 6), start) is None:
                    continue
                ends_clause = scan.match(_CLAUSE_END, text, end) is not None
                number, first = m.group(0).split(None, 2)[:2]
                first = first.split("-")[0]
                year = len(number) == 4 and 1900 <= int(number) <= 2099
                if not ends_clause and (year or first.lower() in self._common):
                    continue
                if first.lower() in self._common and first.lower().endswith("n"):
                    continue  # "bei 3000 Umdrehungen." "in 1500 Metern."
            yield Entity(start, end, EntityType.ADDRESS, text[start:end], self.name)

    def _street_before(self, text: str, m: re.Match[str]) -> int | None:
        """Where the street before a postcode starts ("Hof 12, 6050 Alpnach"), or None: not
        before a year ("Seite 12, 2019 Berlin"), not before a common word that is no town ("Kapitel 3,
        2024 Bericht").  Of more than two capitalised words, common ones in front are dropped: a
        lower-case line is read capitalised ("schick es an hinterm bach 6, …": "Hinterm Bach 6")."""
        start = m.start()
        street = scan.search(_STREET_BEFORE, text, max(0, start - 64), start)
        if street is None:
            return None
        number, town = m.group(0).split(None, 2)[:2]
        town = town.split("-")[0]
        if town.lower() in self._common and town not in self._places:
            return None
        words = street.group(0).split(" ")
        if text[start - 2] != "," and len(street.group(0).split()) == 3 and words[0].lower() in self._common:
            return None  # "Etappe 3 · 3800 Interlaken": a race's stage (a comma's "Hof 12, 6050 Alpnach" is a street)
        street_start = street.start()
        capitalised = sum(1 for w in words if w[:1].isupper())
        while capitalised > 2 and words[0].lower() in self._common:
            street_start += len(words[0]) + 1
            words = words[1:]
            capitalised -= 1
        if len(number) == 4 and 1900 <= int(number) <= 2099 and (
                (capitalised == 1 and words[0].lower() in self._common) or town not in self._places
                or scan.match(_MONTH, words[0]) is not None):
            return None  # "Seite 12, 2019 Berlin", "July 26, 2018  Havrix"
        return street_start

    def _cells(self, text: str) -> Iterator[Entity]:
        """Postcode + locality as a cell or string value of its own (see the module's docstring)."""
        for m in scan.finditer(_CELL, text):
            start, end = m.start() + 1, m.end()
            if text[m.start()] == '"' and text[max(0, m.start() - 2):m.start()].rstrip(" ")[-1:] not in _QUOTE_OPENS:
                continue  # a quote that closes a value or opens prose
            words = text[start:end].replace("-", " ").split()
            # the town's first word that is no article: "2300 La Chaux-de-Fonds" -> "Chaux"
            town = next((w for w in words if w[:1].isalpha() and w not in _ARTICLES), "")
            locality = text[start:end].split(None, 1)[-1].lstrip("-– ")
            if town.lower() in self._common and town not in self._places and not self._is_place(locality):
                continue  # ";2024 Bericht;" -- but ";6830 Chiasso;" and ",9008 St. Gallen," are towns
            yield Entity(start, end, EntityType.ADDRESS, text[start:end], self.name)

    def _is_place(self, locality: str) -> bool:
        """A town the lists know, also with its saint's "St." written out ("St. Gallen": "Sankt Gallen")."""
        if locality in self._places:
            return True
        if locality.startswith(("St. ", "St ")):
            rest = locality.split(None, 1)[1]
            return f"Sankt {rest}" in self._places or f"Saint-{rest}" in self._places or f"Saint {rest}" in self._places
        return False
