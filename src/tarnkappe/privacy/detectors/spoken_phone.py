"""Phone numbers read out in words, as speech-to-text dictations and call transcripts write them:
"null eins sieben sechs zwei drei vier …", "zéro six vingt-six quarante-cinq douze trente-quatre"
(French reads a number in pairs), "tre tre nove uno due …", "oh seven seven double seven nine …",
"plus vier neun …".

A run of digit words (one digit each; a French pair word two; English "double"/"triple" before a
digit word repeat it) that adds up to seven to fifteen digits is a phone number, "plus" before it
inside the span.  Fewer digits are a count or a code, more an account number (IBANs read out are
the written-IBAN detector's).  The words in any case.

Gate and work: the scan runs only in a text with a zero word of one of the languages in lower case
or "plus" (a number read out without any of them -- "five five five one two …" -- is not seen; a
dictation of a Swiss or German number always has its leading zero or its "plus").  The run is one
possessive repetition: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity, EntityType
from ..gates import Gate
from . import scan

_ONE = (
    r"null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun"
    r"|zéro|zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf"
    r"|uno|due|tre|quattro|cinque|sei|sette|otto|nove"
    r"|oh|one|two|three|four|five|seven|eight|nine"
)
_FR_UNIT = r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf)"
_FR_TEEN = r"(?:dix(?:-sept|-huit|-neuf)?|onze|douze|treize|quatorze|quinze|seize)"
_FR_PAIR = (
    rf"{_FR_TEEN}|(?:vingt|trente|quarante|cinquante|soixante)(?:-et-un|-et-onze|-{_FR_UNIT}|-{_FR_TEEN})?"
    rf"|quatre-vingts?(?:-{_FR_UNIT}|-{_FR_TEEN})?"
)
# (the look-ahead inside: a word is whole, "un" is no part of "uno" -- the run is possessive, so a
# word cut short could not be given back)
_WORD = rf"(?:(?:double|triple)[ ])?(?:{_FR_PAIR}|{_ONE})(?![\w\-])"
_RUN = scan.compile(
    rf"(?<![\w\-])(?P<run>(?i:(?:plus[ ])?{_WORD}(?:,?[ ]{_WORD}){{5,20}}+))(?![\w\-])"
)
# (each substring test reads the text once, ~5 us per 10 KB: five, all a dictation's lower case)
_SPOKEN_GATE = Gate(("null", "zéro", "zero", " oh ", "plus "))
_PAIRS = frozenset(
    "dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante quatre-vingt"
    " quatre-vingts".split()
)


class SpokenPhoneDetector:
    """Phone numbers as digit words (see the module's docstring)."""

    name = "spoken-phone"

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield PHONE spans of digit-word runs of seven to fifteen digits."""
        if not _SPOKEN_GATE.opens(text):
            return
        for m in scan.finditer(_RUN, text):
            digits = _digits(m.group("run"))
            if 7 <= digits <= 15:
                yield Entity(m.start("run"), m.end("run"), EntityType.PHONE, m.group("run"), self.name)


def _digits(run: str) -> int:
    """How many digits the words of ``run`` say ("double seven" two, "vingt-six" two)."""
    count, repeat = 0, 1
    for word in run.lower().replace(",", " ").split():
        if word == "plus":
            continue
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
            continue
        first = "quatre-vingt" if word.startswith("quatre-vingt") else word.split("-", 1)[0]
        count += repeat * (2 if first in _PAIRS else 1)
        repeat = 1
    return count
