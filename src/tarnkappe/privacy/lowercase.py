"""Addresses written in lower case ("neue adresse: praterstraße 37/4/4, 3100 st. pölten",
"new address: 4903 elm drive, portland, or 97205"), as people type them in chats and quick
messages (issue 13: holdout5's chats).  The address patterns read capitals (a street's name, a
town, a US state, a UK postcode); rather than double them, the address detectors also read a
*view* of the text in which each line written wholly in lower case is capitalised the way an
address is written: each word's first letter, a two-letter word before a five-digit ZIP and
every word mixing letters and digits ("bn1", "1ub") in capitals, and a dictation's spoken comma
or full stop as the mark ("komma" -> ",").  The view has the text's length, so its spans are the
text's.

Only what follows a line's last capital letter (a chat's speaker, a label) is changed, when it has
a digit and four words at least; a text without such a part is not copied at all.  Lines written
all in CAPITALS with a digit (airline records, customs forms, envelopes: "101 GEORGE STREET,
GLASGOW G12 7YB", "DIANA-WOLF-GASSE 36/3/8 1060 WIEN") are read the same way, their words in
lower case first: "George Street, Glasgow".
"""

from __future__ import annotations

from .detectors import scan
from .detectors.address import FIELD_TAIL

# Punctuation a dictation spells out ("lindenstraße 12 komma 96047 bamberg punkt"): in the view, the
# mark and spaces, so the address patterns read the comma where it was said.
# (not English "comma": its patterns allow two spaces after a comma, and "cres comma fortitude valley
# qld 4006" was read whole with the word as a town's)
_SPOKEN_MARKS = {"komma": ",", "virgule": ",", "virgola": ",", "punkt": ".", "punto": "."}
# Particles inside a French or Italian street's name stay in lower case in the view ("62 ter rue des lilas":
# read "Rue Des Lilas", the street was cut at "Rue"; "via della posta 9").
_PARTICLES = frozenset("de des du la le les di del della dello dei degli delle bis ter quater".split())
_WORD = scan.compile(r"(?<![^\W_])[^\W_]{1,48}+")  # (digits first too: an IBAN's "3m02")
_DIGIT = scan.compile(r"\d")
_DIGIT_ON_LINE = scan.compile(r"\d[^\n]{0,200}+")  # a digit and what follows it on its line


def address_view(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """(The view, the spans of the lines it changed), or None when no line is in lower case."""
    lines: list[tuple[int, int]] = []
    capital_lines: set[int] = set()  # the starts of lines written all in capitals
    short: list[tuple[int, int]] = []  # short lines in lower case with a digit
    # the lines with a digit, each read once (a line without one costs no Python step)
    done = -1  # the end of the last line read
    for m in scan.finditer(_DIGIT_ON_LINE, text):
        if m.start() < done:
            continue
        end = text.find("\n", m.start())
        end = done = len(text) if end < 0 else end
        line_start = text.rfind("\n", 0, m.start()) + 1
        start = _lower_tail(text, line_start, end)
        if start is not None:
            lines.append((start, end))
        elif _upper_line(text, line_start, end):
            lines.append((line_start, end))
            capital_lines.add(line_start)
        elif _short_lower_line(text, line_start, end):
            short.append((line_start, end))
    # two short lines in lower case one under the other, each with a digit: an address's street and its town
    # ("kreuzstrasse 22\n8046 zürich"; holdout34, read in session 30), too short each for a line's four words
    # (or under a longer line in lower case: "chemin des pâquerettes 7\n1006 lausanne")
    ends = {end for _, end in lines}
    for k, (start, end) in enumerate(short):
        if k + 1 < len(short) and short[k + 1][0] == end + 1 or k and short[k - 1][1] == start - 1 \
                or start - 1 in ends:
            lines.append((start, end))
    if not lines:
        return None
    lines.sort()
    chars = list(text)
    for start, end in lines:
        capitals = start in capital_lines
        _unquoted(text, chars, start, end)
        for m in scan.finditer(_WORD, text, start, end):
            word = m.group()
            if word.isdigit():
                continue
            if capitals and not any(c.isdigit() for c in word) and not (
                    len(word) == 2 and _zip_after(text, m.end())):
                # "101 GEORGE STREET, GLASGOW": read as "George Street, Glasgow" (per character, so
                # the view keeps the text's length)
                lowered = [c.lower() if len(c.lower()) == 1 else c for c in word]
                lowered[0] = word[0]
                chars[m.start():m.end()] = lowered
                continue
            s = m.start()
            mark = _SPOKEN_MARKS.get(word)
            if mark is not None:  # a dictated comma: "lindenstraße 12 komma 96047 bamberg"
                chars[s:m.end()] = " " * len(word)
                chars[s - 1 if s and text[s - 1] == " " else s] = mark  # right after the word before
                continue
            if s and text[s - 1] in "'’" and word in ("s", "t") and text[s - 2:s - 1].isalpha():
                continue  # a possessive's or a contraction's letter: "27 queen's road" -> "Queen's Road"
            if any(c.isdigit() for c in word) or (len(word) == 2 and _zip_after(text, m.end())) \
                    or (len(word) <= 2 and _code_after(text, m.end())):  # "ch-3012 bern" -> "CH-3012 Bern"
                upper = word.upper()
                if len(upper) == len(word):
                    chars[s:m.end()] = upper
                continue
            if word in _PARTICLES and s and text[s - 1] == " " and not (
                    word in _TOWN_ARTICLES and _postcode_before(text, s - 1)):
                continue  # "rue des lilas" -> "Rue des Lilas", as the French and Italian patterns read it
            first = word[0].upper()
            if len(first) == 1:
                chars[s] = first
    return "".join(chars), lines


# A town's article after its postcode is its name's first word: "17000 la rochelle" -> "17000 La Rochelle", "1348
# louvain-la-neuve" (holdout40, read in session 36)
_TOWN_ARTICLES = frozenset("la le les".split())


def _postcode_before(text: str, space: int) -> bool:
    """Four or five digits end at ``space`` (a postcode's), with no letter or digit before them."""
    lo = max(0, space - 6)
    k = space
    while k > lo and text[k - 1].isdigit():
        k -= 1
    return 4 <= space - k <= 5 and not (k > 0 and text[k - 1].isalnum())


def _code_after(text: str, pos: int) -> bool:
    """A postcode follows after a hyphen: the word before is a country's code ("ch-3012", "d-80331")."""
    return text[pos:pos + 1] == "-" and text[pos + 1:pos + 5].isdigit()


def _unquoted(text: str, chars: list[str], start: int, end: int) -> None:
    """A quoted reply's marks before a changed line ("> via san francesco, 54\n> 43123 parma (pr)") are spaces in
    the view: the street patterns then read the town's line below as they do unquoted (holdout37, session 33).
    Only marks the line starts with, from its start up to ``end``."""
    k = text.rfind("\n", 0, start) + 1
    while k < end and text[k] in "> \t":
        if text[k] == ">":
            chars[k] = " "
        k += 1


def typed_in_lower_case(line: str) -> bool:
    """Whether a line was typed without capitals: all in lower case, or starting with a lower-case word
    with few capitalised words after it -- a place or a country code the keyboard capitalised
    ("hiermit erlauben wir, dass helen mit nach Snowdonia fährt", "joignable au … (LU)")."""
    if line.islower():
        return True
    words = line.split()
    if not words or not words[0][:1].islower():
        return False
    return sum(1 for w in words if w[:1].isupper()) * 8 <= len(words)


def _short_lower_line(text: str, start: int, end: int) -> bool:
    """A line of two or three words in lower case, one of them with a digit ("kreuzstrasse 22", "8046 zürich")."""
    line = text[start:end].strip(" \t>")
    return 6 <= len(line) <= 48 and 1 <= line.count(" ") <= 2 and line.islower() and any(c.isalpha() for c in line)


def _lower_tail(text: str, start: int, end: int) -> int | None:
    """Where the line's part written in lower case starts -- the whole line (also one typed in lower
    case with a capitalised place in it: see typed_in_lower_case), or what follows a chat's speaker
    ("[03.12.26, 18:16] Darsh R.: neue adresse: praterstraße 37/4/4, …") -- or None when that part is
    too short or has no digit.  Words are read from the line's end until one has a capital (string
    calls in C; a line of prose stops at its last capital)."""
    line = text[start:end]
    if not typed_in_lower_case(line):
        words = line.split(" ")
        tail = 0  # characters of the lower-case words at the line's end
        for word in reversed(words):
            if word != word.lower():
                break
            tail += len(word) + 1
        start, line = end - tail + 1, line[len(line) - tail + 1:]
    if len(line) >= 12 and line.count(" ") >= 3 and scan.search(_DIGIT, line) is not None:
        return start
    return None


# A street word of the four languages right before its house number: one number is then enough for
# an address in a lower-case line ("ich wohn in der kastanienallee 12 in berlin"); without it two
# digit groups are (a number and a postcode), since capitals added to "2021 until last spring"
# made a street (and "via" is English too: "at 10 via zoom with 3 people").
_STREET_NUMBER = scan.compile(
    r"(?i:[a-zäöüß]{3}(?:stra(?:ss|ß)e|str\.|gasse|allee|weg|platz)[ ]?\d"
    r"|(?<![\w])(?:stra(?:ss|ß)e|str\.|gasse|allee|weg|platz)[ ]\d"  # "linzer straße 33"
    r"|(?<![\w])(?:rue|avenue|boulevard|chemin|allée|impasse|route|quai|viale|piazza|piazzale|corso"
    r"|vicolo(?![ ]cieco))[ ][^\d\n]{2,40}?[ ,]{1,2}\d"  # ("vicolo stretto 128/a"; holdout40, read in session 36)
    # "largo" and "contrada" after a place's cue or first in a sentence, as "via" ("abito in largo augusto 3", "li
    # prendiamo noi. contrada maggiore 79"): "largo" is wide ("è largo circa 3 metri", "fai largo ai 3 bambini"), a
    # "contrada" the Palio's ("la contrada vince 3 a 1"; the review of session 36)
    r"|(?:(?<=\bin[ ])|(?<=\ba[ ])|(?<=\bdi[ ])|(?<![^\n])|(?<=[,:.!?][ ]))(?:largo|contrada)[ ](?!anticipo\b)"
    r"[^\d\n]{2,40}?[ ,]{1,2}\d"
    # Italian "via" after "in", "a", "è", a comma, a colon or first on its line ("non abita in via nassa 9?";
    # not English "at 10 via zoom with 3 people", "sent it in via email 2 times")
    r"|(?:(?<=\bin[ ])|(?<=\ba[ ])|(?<=è[ ])|(?<=\n)|(?<=,[ ])|(?<=:[ ]))via[ ]"
    r"(?!(?:zoom|e-?mail|mail|phone|skype|teams|whatsapp|post|sms|the|an?|my|our|your)\b)[^\d\n]{2,40}?[ ,]{1,2}\d"
    # a German street named after a field, a brook, a hill ("im wiesengrund 38", "hinter den gärten 25")
    r"|(?<![\w])(?:im|am|zum|zur|(?:auf|an|in|hinter|unter)[ ]de[rmn])[ ][a-zäöüß]{1,40}+" + FIELD_TAIL + r"[ ]\d"
    # number first, as French writes it: "87 boulevard de la liberté", "14 ter chemin du moulin" (three
    # digits at most: "née le 13 août 2009, rue du temple 49b" has a year before the street)
    r"|(?<![\w])\d{1,3}[a-z]?(?:[ ](?:bis|ter))?,?[ ](?:rue|avenue|boulevard|chemin|allée|impasse|route|place|quai)[ ]"
    # and as English writes it: "39 beach road", "167 willow court", "51 the parade" (not "a 10 minute drive")
    r"|(?<![\w])\d{1,5}[a-z]?[ ](?!(?:minutes?|mins?|miles?|km|hours?|hrs?|seconds?|days?|weeks?|months?|years?"
    r"|nights?|times|new|more|other|old|big|small|on|in|at|to|for|from|of|per|and|or|am|pm)[ ])"
    # (a compass point's letter before the name: "4161 n hillcrest drive", "6160 s spruce court"; holdout40, read in
    # session 36 -- with its dot too: "2210 w. maple avenue", the review of session 36)
    r"(?:[nsew]\.?[ ](?=[a-z]{2}))?"
    r"(?:(?:[a-z'’]{2,20}[ ]){0,2}(?:street|road|lane|avenue|drive|court|crescent|close|terrace|parade|esplanade"
    r"|grove|gardens|place|way|walk)"
    # (a walk's and an abbreviated type's after a name's word: "outside 140 willow walk", "at 4963 elm st", "5666 ne
    # alberta st" -- a chat's; holdout39, read in session 35)
    r"|(?:[a-z'’]{2,20}[ ]){1,2}(?:st|ave|rd|blvd|dr)\.?)(?![\w]))"
)


def names_a_street(part: str) -> bool:
    """``part`` (an address found in the view, with the three characters before it) holds a street
    word before a house number."""
    return scan.search(_STREET_NUMBER, part) is not None


def _upper_line(text: str, start: int, end: int) -> bool:
    """A line written all in capitals with a digit and four words or more, as airline records,
    customs forms and envelopes write an address ("TEMP ADDR : HOTEL ZUR POST, 101 GEORGE STREET,
    GLASGOW G12 7YB GB")."""
    line = text[start:end]
    return len(line) >= 16 and line.count(" ") >= 3 and line.isupper() and sum(c.isalpha() for c in line) >= 8


def _zip_after(text: str, pos: int) -> bool:
    """A US ZIP code follows: " 97205" (the word before it is a state: "or", "wa")."""
    digits = text[pos + 1:pos + 6]
    return text[pos:pos + 1] == " " and len(digits) == 5 and digits.isdigit() and not text[pos + 6:pos + 7].isdigit()
