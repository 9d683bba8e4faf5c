"""Dates of birth written in words, as civil records and speech-to-text dictations write them.

"Le onze octobre mil neuf cent soixante-neuf, … est née à Paris", "geboren am zwölften märz
neunzehnhundertvierundachtzig", "date of birth the twelfth of march nineteen eighty-four", "nato
il dodici marzo millenovecentoottantaquattro": a day, a month and a year of number words (the
year may be digits: "am dritten Mai 1971").  A date in words is a birth only with a birth cue near
it (born, geboren, né(e), nato/a, naissance, birth, …: at most 60 characters before it or 100
after), so "le vingt mars deux mille vingt-six" of a letter stays readable.  The span runs from the
day to the year; the article and the cue are outside.

Each language's pattern is run only in a text with one of its year words ("hundert", "tausend",
"nineteen", "thousand", " mil", "duemila", "neuf cent"): most texts pay seven substring searches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..gates import Gate
from . import scan

# -- French ---------------------------------------------------------------------------------------
_FR_NUMBER = (
    r"(?:premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|vingt|trente|quarante|cinquante|soixante|cent|cents|mil|mille|et)"
)
_FR_WORDS_DATE = scan.compile(
    rf"(?<![\w\-])(?P<date>(?:1er|{_FR_NUMBER}(?:[ \-]{_FR_NUMBER}){{0,3}})[ ]"
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)[ ]"
    rf"(?:mil|mille|deux[ \-]mille|dix-neuf[ \-]cents?)(?:[ \-]{_FR_NUMBER}){{0,8}})(?![\w\-])"
)

# -- German ---------------------------------------------------------------------------------------
_DE_UNITS = r"(?:ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)"
_DE_DAY = (
    rf"(?:(?:{_DE_UNITS}und)?(?:zwanzig|dreißig|dreissig)st"
    r"|erst|zweit|dritt|viert|fünft|fuenft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|zwoelft"
    r"|dreizehnt|vierzehnt|fünfzehnt|fuenfzehnt|sechzehnt|siebzehnt|achtzehnt|neunzehnt)(?:e[nrs]?)?"
)
_DE_MONTH = (
    r"(?:[Jj]anuar|[Jj]änner|[Jj]aenner|[Ff]ebruar|[Ff]eber|[Mm]ärz|[Mm]aerz|[Aa]pril|[Mm]ai|[Jj]uni|[Jj]uli"
    r"|[Aa]ugust|[Ss]eptember|[Oo]ktober|[Nn]ovember|[Dd]ezember)"
)
# The year is one word ("neunzehnhundertvierundachtzig", "zweitausenddrei"), its parts spaced
# by a dictation ("neunzehnhundert vierundachtzig"), or digits.
_DE_YEAR = r"(?:(?:neunzehnhundert|achtzehnhundert|zweitausend)(?:[ ]?[a-zäöüß]{2,30}+)?|(?:1[89]|20)\d{2}(?!\d))"
_DE_WORDS_DATE = scan.compile(
    rf"(?<![\w\-])(?P<date>(?i:{_DE_DAY})[ ]{_DE_MONTH}[ ](?i:{_DE_YEAR}))(?![\w\-])"
)

# -- English --------------------------------------------------------------------------------------
_EN_ORD = (
    r"(?:(?:twenty|thirty)[ \-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth"
    r"|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)"
)
_EN_MONTH = (
    r"(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober"
    r"|[Nn]ovember|[Dd]ecember)"
)
_EN_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|and|oh|o)"
)
_EN_YEAR = rf"(?:(?:nineteen|eighteen|two[ ]thousand)(?:[ \-]{_EN_NUMBER}){{0,4}}|(?:1[89]|20)\d{{2}}(?!\d))"
_EN_WORDS_DATE = scan.compile(
    rf"(?<![\w\-])(?P<date>(?i:{_EN_ORD})[ ](?:of[ ])?{_EN_MONTH},?[ ](?i:{_EN_YEAR})"
    rf"|{_EN_MONTH}[ ](?:the[ ])?(?i:{_EN_ORD}),?[ ](?i:{_EN_YEAR}))(?![\w\-])"
)

# -- Italian --------------------------------------------------------------------------------------
_IT_DAY = (
    r"(?:primo|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici"
    r"|sedici|diciassette|diciotto|diciannove|venti|ventuno|ventidue|ventitré|ventitre|ventiquattro|venticinque"
    r"|ventisei|ventisette|ventotto|ventinove|trenta|trentuno)"
)
_IT_MONTH = (
    r"(?:[Gg]ennaio|[Ff]ebbraio|[Mm]arzo|[Aa]prile|[Mm]aggio|[Gg]iugno|[Ll]uglio|[Aa]gosto|[Ss]ettembre"
    r"|[Oo]ttobre|[Nn]ovembre|[Dd]icembre)"
)
_IT_YEAR = r"(?:(?:millenovecento|milleottocento|duemila)(?:[ ]?[a-zé]{2,30}+)?|(?:1[89]|20)\d{2}(?!\d))"
_IT_WORDS_DATE = scan.compile(
    rf"(?<![\w\-])(?P<date>(?i:{_IT_DAY})[ ]{_IT_MONTH}[ ](?i:{_IT_YEAR}))(?![\w\-])"
)

# A birth cue near such a date, in any of the four languages.
_BIRTH_NEAR = scan.compile(
    r"(?i:geboren|geburt|geb\.|born|birth|d\.?o\.?b|est[ ]née?|née?[ ]le|né\(e\)|naissance|nat[oa][ ]il|nat[oa]"
    r"|nascita)"
)
_DE_YEAR_GATE = Gate(('hundert', 'tausend'))
_EN_YEAR_GATE = Gate(('ineteen', 'thousand'))


class WordDateDetector:
    """Cue-anchored dates of birth written in words (see the module's docstring)."""

    name = "dob"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the date (day to year) as DOB where a birth cue is near it."""
        # (each substring test reads the text once, ~5 us per 10 KB: seven of them, one per year word)
        mil = " mil" in text  # French "mil"/"mille", Italian "millenovecento"
        if mil or "neuf cent" in text:
            yield from self._near_cue(text, _FR_WORDS_DATE)
        if _DE_YEAR_GATE.opens(text):
            yield from self._near_cue(text, _DE_WORDS_DATE)
        if _EN_YEAR_GATE.opens(text):
            yield from self._near_cue(text, _EN_WORDS_DATE)
        if mil or "uemila" in text:
            yield from self._near_cue(text, _IT_WORDS_DATE)

    @staticmethod
    def _near_cue(text: str, pattern: re.Pattern[str]) -> Iterator[Entity]:
        for m in scan.finditer(pattern, text):
            start, end = m.span("date")
            if scan.search(_BIRTH_NEAR, text, max(0, start - 60), start) is not None or scan.search(
                    _BIRTH_NEAR, text, end, min(len(text), end + 100)) is not None:
                yield Entity(start, end, EntityType.DOB, m.group("date"))

