"""Names in lines typed in lower case: "please refund it to freya murphy's account", "from: merve demir
<…>", "heute war ich bei étienne de siebenthal", "j. hughes", "teilnehmer: kiss, katalin; beck, marlene".

The person rules read capitals, so a text typed without them (a quick message, a mail, an export a system
wrote in lower case) kept its names in clear wherever no key, no list, no closing formula and no chat's cue
said one was there (chats.py reads a chat's messages and, outside one, a listed first name after a greeting,
before a verb or before a word no list knows) -- a fifth of the names the sets others wrote leaked so, half of
holdout33's (read in session 29).  Here, in any line typed in lower case (lowercase.typed_in_lower_case):

* a listed first name and a surname after it, particles between ("valentin de rham"), a hyphen's first
  names ("karl-heinz friedrich"), a third word after a second first name ("antonio sanna ricci");
* a surname, a comma and a listed first name as an item of a list ("kiss, katalin;");
* an initial and a listed surname, or a rare word of five letters at least ("b. chevalier", not "z. b.").

A surname is a listed name or a rare word -- never an ordinary word (the lists' common words), a stop word,
a town alone or a word of one language the lists know as a surname too ("domani", "morgen").  How sure the
surname must be depends on the first name: after one the lists know as an ordinary word as well ("pierre",
"will", "valentin") and after particles, a listed name that is no word or a word no frequency list knows
("siebenthal"); after a first name that is a word of one language ("libero", "loan") a listed name
only.  In English (a function word on the line, or an English first name) an English word the lists know as
a surname ends no pair ("10 min walk", "earl grey"); after an article or a possessive no name starts ("mon
amie"); lines of code are not read.  A line with capitals is left to the rules.

A chat's line whose speaker is capitalised ("Atılgan A.: albrecht zwahlen ist übrigens umgezogen") is read from
its message on, when that has no capital at all ("mi mandi l'IBAN?" is a chat's own).

Linear: each line is tested once with string calls in C; only the words of lines typed in lower case are
read in Python, each a bounded number of times.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import STOP_LOWER
from .entities import Entity, EntityType
from .learned.features import load_word_freq, one_language, rare_word
from .lowercase import typed_in_lower_case
from .names import NameLexicon
from .person_dates import overlaps_any

# A word of a name: letters, an apostrophe or a hyphen inside ("o'brien", "poretti-tamò"); a possessive's
# "'s" is no part of it ("freya murphy's account").
_WORD = scan.compile(r"(?<![\w.@/\\\-])[^\W\d_]{1,30}+(?:['’\-][^\W\d_]{1,30}+){0,3}+(?![\w@/\\])")
_PARTICLES = frozenset("de du des van von der den di da del della le la zu zum vom ap".split())
# English's function words: a line holding one is English, where an English word is no surname after a first name
_ENGLISH = frozenset("the and is are to of my with for from was have has this that it's i'm we you at on".split())
_MAX_PARTICLES = 3  # "jean de la fontaine", "hans von und zu ..."
# what may stand after a surname-first pair's first name: the item's end
_ITEM_ENDS = frozenset(";|\t\n(")
# A chat line's speaker before its message: "Atılgan A.: ", "Thierry N.: ", "[09:12] Nadia: ", "Yuliia (08:48): ",
# "Marcia (6:46 PM): ", an IRC log's "[08:20] <Leonhard> ", "08:20 <@Leonhard> ", weechat's "08:20:15 Leonhard | "
# (holdout36, read in session 32, and its review)
_SPEAKER_PREFIX = scan.compile(
    r"[ \t]{0,4}(?:\[[^\]\n]{1,40}+\][ ]|\d{1,2}:\d\d(?::\d\d)?[ ])?"
    r"(?:[^\W\d_][^\W\d_\-]{0,30}+(?:[ \-][^\W\d_]{1,30}+\.?){0,2}+"
    r"(?:[ ]\(\d{1,2}:\d\d(?:[ ]?[AaPp]\.?[Mm]\.?)?\))?(?::|[ ]\|)|<[@+%]?[^\W\d_][^<>\n]{0,40}+>)[ ]"
)
# What code writes and a message does not: a comment's mark first on the line, an assignment, a call, braces,
# backticks, a shell's prompt
_CODE = scan.compile(r"\A[ \t]{0,16}(?:#|//|/\*|\*[ ]|--[ ])|[=`{}]|[^\W\d_]\(|\$[ ]")
_DETERMINERS = frozenset(  # after an article or a possessive a first name is a noun: "mon amie", "ma rose"
    """ein eine einen einem einer mein meine meinen meinem meiner dein deine sein seine ihre unser unsere
    le les un une mon ma mes ton ta tes son sa ses notre votre leur lo gli uno una mio mia miei mie tuo tua suo sua
    nostro nostra the my your his her our their this that""".split()
)
# (not German "der", "die", "dem", which say a name in the south: "die anna meier hat angerufen"; not "an",
# "a", prepositions before a name: "an anna meier schicken", "scrivi a giulia rossi"; not "la", "il")


def names_in_lower_case_lines(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the names of lines typed in lower case (see the module's docstring) that no
    entity found overlaps."""
    lines = _lower_case_lines(text)
    if not lines:
        return []
    taken = sorted((e.start, e.end) for e in found)
    out: list[Entity] = []
    for start, end in lines:
        for s, e in _names(text, start, end, lexicon):
            if not overlaps_any(taken, s, e):
                out.append(Entity(s, e, EntityType.PERSON, text[s:e], "lower-case"))
    return out


def _lower_case_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines typed in lower case that hold a space (a line of one word names no one), not
    lines of code (a comment's "# min heap keyed by deadline", "max_backoff = 30")."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        # (the first character asked first, in C: typed_in_lower_case splits the line into words, and a prompt's
        # lines start with a capital -- 4 us a line saved)
        if " " in line and (line.lstrip()[:1].islower() or line.islower()) and typed_in_lower_case(line) \
                and scan.search(_CODE, line) is None:
            spans.append((pos, end))
        elif (": " in line or "> " in line or " | " in line) and (
                speaker := scan.match(_SPEAKER_PREFIX, text, pos, end)) is not None:
            # a chat's line whose speaker is capitalised and its message typed in lower case ("Atılgan A.:
            # albrecht zwahlen ist übrigens umgezogen", "[09:12] Nadia: ..."; holdout35, read in session 31)
            tail = text[speaker.end():end]
            if tail.count(" ") >= 3 and tail.islower() and scan.search(_CODE, tail) is None:
                spans.append((speaker.end(), end))
        pos = end + 1
    return spans


def _names(text: str, start: int, end: int, lex: NameLexicon) -> Iterable[tuple[int, int]]:
    words = [(m.start(), m.end()) for m in scan.finditer(_WORD, text, start, end)]
    english = any(text[a:b] in _ENGLISH for a, b in words)
    k = 0
    while k < len(words):
        span = _name_at(text, words, k, lex, english)
        if span is None:
            k += 1
            continue
        yield span
        while k < len(words) and words[k][0] < span[1]:
            k += 1


def _name_at(text: str, words: list[tuple[int, int]], k: int, lex: NameLexicon,
             english: bool) -> tuple[int, int] | None:
    """The name that starts at the ``k``-th word of a line (``english``: one with English's function words), or
    None."""
    s, e = words[k]
    word = _bare(text[s:e])
    if k + 1 >= len(words):
        return None
    ns, ne = words[k + 1]
    gap = text[e:ns]
    if gap == ". " and len(word) == 1 and text[max(0, s - 2):s] != ". " and "a" <= word <= "z":
        last = _bare(text[ns:ne])  # "b. chevalier", not "z. b. etwa" nor "d. h. dass"
        if _surname(last, lex, _STRICT, english) or len(last) >= 5 and _surname(last, lex, _LOOSE, english):
            return s, ns + len(last)
        return None
    if gap == " ":
        first = _first_name(word, lex)
        if first is None or k and _bare(text[words[k - 1][0]:words[k - 1][1]]) in _DETERMINERS \
                and text[words[k - 1][1]:s] == " ":
            return None  # (after an article or a possessive a noun: "mon amie nathalie paul", "la rose rouge")
        j = k + 1
        while j < len(words) - 1 and j - k <= _MAX_PARTICLES and text[words[j][0]:words[j][1]] in _PARTICLES \
                and text[words[j][1]:words[j + 1][0]] == " ":
            j += 1  # (three at most: "van van van ..." is read once per word, not once per word and particle)
        last_s, last_e = words[j]
        last = _bare(text[last_s:last_e])
        last_first = _first_name(last, lex)
        if first != "first" and j == k + 1 and last_first is not None and j + 1 < len(words) \
                and text[last_e:words[j + 1][0]] == " " \
                and _surname(_bare(text[words[j + 1][0]:words[j + 1][1]]), lex, _LOOSE, english):
            return None  # the name starts at the next word: "will anna meier"
        level = _LISTED if first == "word" else _STRICT if first == "ambiguous" or j > k + 1 else _LOOSE
        # (an English first name's too: "shopping list: milk, earl grey" has no function word)
        if not _surname(last, lex, level, english or _english_word(word)):
            return None
        end = last_s + len(last)
        # a third word: "antonio sanna ricci"
        if j == k + 1 and j + 1 < len(words) and text[last_e:words[j + 1][0]] == " " and last_first == "first":
            third = _bare(text[words[j + 1][0]:words[j + 1][1]])
            if _surname(third, lex, _STRICT, english):
                end = words[j + 1][0] + len(third)
        return s, end
    # (an item's English word is none in any language: "langs: go, ruby; rust, julia", "kiss, katalin" alike)
    if gap == ", " and _item_start(text, s) and _surname(word, lex, _LOOSE, english=True) \
            and _first_name(word, lex) is None:
        first = _bare(text[ns:ne])
        after = text[ns + len(first):ns + len(first) + 1]
        if _first_name(first, lex) in ("first", "ambiguous") and (not after or after in _ITEM_ENDS):
            return s, ns + len(first)
    return None


def _english_word(word: str) -> bool:
    """``word`` is at least as frequent in English as in German, French and Italian ("earl", "jasmine", "drew";
    not "laurent", "mamie")."""
    code = load_word_freq().get(word)
    return code is not None and code[3] >= max(code[:3])


def _bare(word: str) -> str:
    """The word without a possessive's "'s"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _first_name(word: str, lex: NameLexicon) -> str | None:
    """"first" for a listed first name no ordinary word, "ambiguous" for one the lists know as a word as well
    ("pierre", "will", "valentin"), "word" for such a one far more frequent in one language than in the others
    ("libero", "loan"; not "alessandro", "clémence": names of one language), else None (a hyphen's parts:
    "karl-heinz")."""
    parts = word.split("-")
    if not all(lex.is_first_name(part.capitalize()) and part not in lex.common_words
               and part not in STOP_LOWER for part in parts):
        return None
    ambiguous = [part for part in parts if part.capitalize() in lex.ambiguous]
    if any(one_language(part, 3) for part in ambiguous):
        return "word"
    return "ambiguous" if ambiguous else "first"


_ELISIONS = frozenset(("d", "o", "l", "dell", "dall", "degl"))  # "d'amico", "o'brien" (not "un'occhiata")
_LOOSE, _STRICT, _LISTED = 0, 1, 2


def _surname(word: str, lex: NameLexicon, level: int, english: bool = False) -> bool:
    """A surname's word, no ordinary word, stop word or town alone: at ``_LOOSE`` a listed name or a rare
    word; at ``_STRICT`` a listed name that is no ordinary word in any sense, or a word of four letters at
    least no frequency list knows ("siebenthal", "rham"); at ``_LISTED`` such a listed name only."""
    parts = [part for part in word.replace("’", "'").split("-") if part]
    if not parts or len(word) < 2:
        return False
    freq = load_word_freq()
    for part in parts:
        bare = part
        if "'" in part:
            elision, bare = part.split("'", 1)
            if elision not in _ELISIONS or "'" in bare:
                return False
        cap = bare.capitalize()
        if part in lex.common_words or bare in lex.common_words or part in STOP_LOWER or lex.is_place_only(cap):
            return False
        listed = lex.is_known_name(cap)
        if one_language(bare, 3):
            return False  # a word of one language the lists know as a surname too ("domani", "morgen")
        if level == _LISTED and not (listed and cap not in lex.ambiguous):
            return False
        if level == _STRICT and not (listed and cap not in lex.ambiguous or not listed and len(bare) >= 4
                                     and freq.get(bare) is None):
            return False
        if not listed and not (len(bare) >= 3 and rare_word(bare)):
            return False
        if english and listed and cap in lex.ambiguous and level == _LOOSE and _english_word(bare):
            return False  # in English, an English word the lists know as a surname too: "10 min walk", "earl grey",
            # "ivy league" (not in French: "laurent hardy"; German, French, Italian words are names here more often:
            # "regula rabe", "stefan jung", "roberto costa")
    return True


def _item_start(text: str, s: int) -> bool:
    """The word at ``s`` starts its line or an item ("; ", "| ", a tab, ": ", "- ")."""
    before = text[max(0, s - 2):s]
    return s == 0 or before[-1:] in ("\n", "\t") or before in ("; ", "| ", ": ", "- ", "• ")
