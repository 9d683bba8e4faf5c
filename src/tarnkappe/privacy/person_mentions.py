"""A name found once is a name where the text writes it again: in lower case, and as found.

A contact form's mail header says "Reply-To: Karen Hansen <…>" and its body "Von: karen hansen";
a failing test prints the name it expected ("Friedrich SCHREMPF") and the one it got ("friedrich
schrempf").  The rules read capitals, so the lower-case mention stayed in clear next to a masked
one.  Every found name of two words or more is looked for again in lower case, and so is each of
its words that is rare in all four languages (Zipf < 4: "schrempf"; not "karen", "devis" or
"kingston" alone; no name of one word: "Anthropic" taken for a name once must not make every
"anthropic" of a README one), as whole words (not glued to
a host's dot or hyphen, an identifier's underscore) -- not a name only the learned model took (a
guess is not spread).

And a speaker's first name, typed in lower case where a line's writer addresses them: "Natalie: elina, hast
du die anmeldungen?" before "Elina Zollinger: glaub schon" -- the word right after another line's speaker, before
a comma, "?" or "!", that is the first word of a name found as a line's speaker (holdout27, read in session 24:
the two or three lines after a form's export are no chat to chats.py).

Work bound (issue 12): one ``str.find`` scan of the text per distinct name or word, for at most
:data:`MAX_NAMES` of them; the vocatives: one look at each line with a speaker's colon.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from .detectors import scan
from .detectors.person_cues import STOP
from .entities import Entity, EntityType
from .learned.features import load_word_freq, rare_word
from .names import NameLexicon
from .person_dates import disjoint, overlaps_any

MAX_NAMES = 48
_STRUCTURED = frozenset({"fields", "records", "label", "signature", "lists"})
# A word glued to these is part of a host, an address, a path or an identifier ("smtp.hart-plumbing.com",
# "{madison_hopk"), not a mention
_GLUE = frozenset("-._@/\\{}<>=+#~")


def lower_case_mentions(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the lower-case mentions of the names in ``found`` that no entity overlaps."""
    entities = list(found)
    wanted: dict[str, None] = {}
    common = lexicon.common_words
    for e in entities:
        if e.type != EntityType.PERSON or e.text.islower() and e.detector != "mailboxes" or "\n" in e.text \
                or len(wanted) >= MAX_NAMES:
            continue  # (a name over a line break is a rule's guess at a list or a heading; one its own mail
            # address spelled is a name however it is typed: "valon hyseni <valon.hyseni18@…>")
        name = " ".join(e.text.replace(",", " ").split())
        if e.detector.startswith("names-crf"):
            continue  # what only the learned model took is a guess, not to be spread
        words = [w for w in name.split(" ") if len(w) >= 3 and w.lower() not in common and w.isalpha()
                 and not lexicon.is_place_only(w.capitalize())]
        if " " in name and len(words) == name.count(" ") + 1:
            wanted.setdefault(name.lower())
        # (its words alone only from a form, a record or a label: a rule's two-word guess in a list
        # of job titles made every "tehničar" of it a name -- review of session 13; a one-word name
        # is not spread at all: "Anthropic")
        for word in words if " " in name and e.detector in _STRUCTURED else ():
            if rare_word(word):  # a rare word alone: "schrempf", not "karen", "devis"
                wanted.setdefault(word.lower())
    # a speaker's first name: "super danke karoline! sag ich silja" below "Karoline  17:58" and "Silja  18:19"
    called = _speakers_first_names(text, entities, lexicon)
    taken = sorted((e.start, e.end) for e in entities)
    if not wanted and not called:
        return _vocatives(text, entities, taken)
    out: list[Entity] = []
    out += _vocatives(text, entities, taken)
    needles: list[tuple[str, bool, frozenset[int]]] = [(needle, False, frozenset())
                                                       for needle in list(wanted)[:MAX_NAMES]]
    needles += [(needle, ordinary, lines) for needle, (ordinary, lines) in list(called.items())[:MAX_NAMES]
                if needle not in wanted]
    for needle, ordinary, own in needles:
        pos = text.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            if (pos == 0 or text[pos - 1] not in _GLUE and not text[pos - 1].isalnum()) and (
                    end == len(text) or text[end] not in _GLUE and not text[end].isalnum()) \
                    and not overlaps_any(taken, pos, end) and (not ordinary or _called(text, pos, end)) \
                    and (not own or _line_start(text, pos) not in own):
                out.append(Entity(pos, end, EntityType.PERSON, needle, "mentions"))  # (overlaps: resolve.py)
            pos = text.find(needle, end)
    return out


# What ends a name called out in a chat's line: "danke karoline!", "stella, deine …", "sag ich silja" at its end
_CALLED = frozenset(",!?\n")
# Words a name is called after ("danke rosa!", "ciao bianca,"): a speaker's name that is an ordinary word too is
# taken only after one, or first in a message before its comma ("Rosa: … / Tim: rosa, bringst du …") -- not
# "meinst du das ernst?", "sure, i will, tomorrow", "eher rosa!" (review of session 30)
_CALLING = frozenset(
    """danke merci grazie thanks thank thx ty hallo hi hey ciao salut bonjour bonsoir buongiorno moin servus
    grüezi hoi sorry liebe lieber dear cara caro cher chère coucou tschüss tschau bye""".split()
)
_LINE_REACH = 256  # how far back a line's start is looked for (a long line's mention is no speaker's own)


def _called(text: str, pos: int, end: int) -> bool:
    """The word at [pos, end) is called: after a calling word, or first in a message before a comma."""
    if text[end:end + 1] not in _CALLED:
        return False
    head = text[max(0, pos - 24):pos].rstrip(" ")
    if head.endswith((":", ">", "\n", ".", "!", "?")) or not head and pos <= 24:
        return text[end:end + 1] == ","
    words = head.split()
    return bool(words) and words[-1].lower().strip(",.") in _CALLING


def _line_start(text: str, pos: int) -> int:
    """The start of the line of ``pos``, looked for at most :data:`_LINE_REACH` characters back (-1 beyond)."""
    newline = text.rfind("\n", max(0, pos - _LINE_REACH), pos)
    return newline + 1 if newline >= 0 or pos <= _LINE_REACH else -1
# Before a chat's speaker on its line: quote marks, its time or date in brackets, IRC's "<"
# (or WhatsApp's Android export: "13/11/2026, 19:51 - ")
_SPEAKER_PREFIX = scan.compile(
    r"[> ]{0,4}+(?:\[[^\]\n]{1,24}+\][ ]?|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ ]\d{1,2}:\d{2}(?::\d{2})?[ ][-–][ ])?<?")
# After a speaker: a colon (maybe after the time in parentheses), IRC's ">", the time after a gap ("Stella  17:42",
# a Slack copy), Discord's " — 04/11/2025 15:54"
# (and Telegram's copy: "Aimée, [22/11/2026 14:39]")
_SPEAKER_END = scan.compile(r"(?:[ ]?\([^()\n]{1,20}+\))?(?::[ ]|>[ ]|[ ]{2,8}+\d{1,2}:\d{2}|[ ]—[ ]\d|,[ ]\[\d)")


_Speakers = dict[str, tuple[bool, frozenset[int]]]  # first name -> (also an ordinary word, the lines it speaks)


def _speakers_first_names(text: str, entities: list[Entity], lexicon: NameLexicon) -> _Speakers:
    """The first names, in lower case, of the names found as a chat line's speaker, each with whether it is
    also an ordinary word or a frequent one (Zipf >= 5: then only a called mention is the speaker's, see
    :func:`_called`) and the starts of the lines it speaks (its own name there is its own business: "Anna Meier:
    anna, so heisse ich")."""
    out: _Speakers = {}
    for e in entities:
        if e.type != EntityType.PERSON or "\n" in e.text or len(out) >= MAX_NAMES:
            continue  # (the learned model's too: a speaker's place and a listed first name are no guess)
        line = text.rfind("\n", max(0, e.start - 32), e.start) + 1
        if line == 0 and e.start > 32:
            continue
        head = scan.match(_SPEAKER_PREFIX, text, line, e.start)
        if head is None or head.end() != e.start or scan.match(_SPEAKER_END, text, e.end) is None:
            continue
        first = e.text.split(" ", 1)[0].rstrip(".")
        if len(first) < 3 or not first.replace("-", "").isalpha() or first.capitalize() in STOP:
            continue
        if first.islower():  # a speaker typed in lower case: "mia  17:05" (its listed first name only, as below)
            first = first.capitalize()
        # (as written, capitalised: called only, first in a message before its comma -- "Gülsen: Che, kann Ava …"
        # beside the speaker "Che", "<Tatiana M.> Ottone, Malene può …" beside "<Ottone S.>"; holdout40, session 36)
        _, lines = out.get(first, (True, frozenset()))
        out[first] = True, lines | {line}
        if not all(lexicon.is_first_name(part.capitalize()) for part in first.split("-")):
            continue
        ordinary, lines = out.get(first.lower(), (first.lower() in lexicon.common_words or first in lexicon.ambiguous
                                                  or not rare_word(first, below=5), frozenset()))
        out[first.lower()] = ordinary, lines | {line}
    return out



# after a speaker's name: its colon, maybe after the time in parentheses ("Agnieszka (11:29): …")
_SPEAKER_COLON = scan.compile(r"[ ]?(?:\(\d{1,2}:\d{2}(?::\d{2})?\)[ ]?)?:[ ]")
_VOCATIVE = scan.compile(r"(?P<word>[a-zà-öø-ÿ][a-zà-öø-ÿ\-]{1,24}+)[,?!]")


def _vocatives(text: str, entities: list[Entity], taken: list[tuple[int, int]]) -> list[Entity]:
    """PERSON entities for a line's speaker's first name in lower case right after another line's
    speaker and its colon (module docstring)."""
    speakers: dict[str, int] = {}  # first name in lower case -> the start of the line it speaks on
    after: list[int] = []  # where the words after a speaker's colon start
    for e in entities:
        if e.type != EntityType.PERSON or "\n" in e.text:
            continue
        line = text.rfind("\n", max(0, e.start - 16), e.start) + 1  # (bounded: a speaker leads its line)
        if line == 0 and e.start > 16 or text[line:e.start].strip(" \t>") or (
                colon := scan.match(_SPEAKER_COLON, text, e.end)) is None:
            continue
        speakers.setdefault(e.text.split(" ", 1)[0].lower(), line)
        after.append(colon.end())
    if not speakers:
        return []
    out = []
    for pos in after:
        m = scan.match(_VOCATIVE, text, pos)
        if m is None:
            continue
        home = speakers.get(m.group("word"))  # (the speaker's own line: no one addresses themselves)
        if home is not None and (home > pos or text.find("\n", home, pos) >= 0) and not overlaps_any(
                taken, *m.span("word")):
            out.append(Entity(m.start("word"), m.end("word"), EntityType.PERSON, m.group("word"), "mentions"))
    return out


def repeated_names(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the other mentions of the names of two words or more in ``found``, and of
    their words: a name a cue, a form or a signature gave is a name where the text writes it again
    without them ("Q. Xu" in a roster's every cell; "Ieri Preda ha chiamato" after "sono Georgia
    Preda").  A mention is the name as found, in capitals ("WILL BLACK"), wrapped over a line
    ("Will\nBlack") or with an initial's space dropped ("Q.Xu"); a word alone that is an ordinary word
    too ("Preda", "Black") only capitalised in mid-sentence, and never one of German, which capitalises
    its nouns ("das Fest" after "Joachim Fest").  One taken in part by another rule ("Will"
    of "**Will Black**") is still a mention.  Not a name of one word: one wrong guess ("Treasurer", a
    town, a pet's name) would spread to every mention (read sets: twice the over-masking for a fifth
    more names).

    Work bound (issue 12): names of at most :data:`_LONGEST` characters; one ``str.find`` scan of the
    text per needle (a name's way of being written, or a word) for at most :data:`MAX_NEEDLES` of
    them; a text with more is read once, word by word, each word looked up in a dict (so a long list
    of names before a letter cannot push the letter's names out: no cap fails open).  Each mention
    is checked against the entities by a pointer walking their union in the text's order."""
    entities = list(found)
    names: dict[str, None] = {}
    words: dict[str, bool] = {}  # word -> also an ordinary word
    common = lexicon.common_words
    for e in entities:
        name = e.text
        if e.type == EntityType.PERSON and e.detector == "units" and " " not in name and len(name) >= 4 \
                and name.replace("-", "").isalpha() and name.capitalize() not in STOP:
            # a household a flat's label named is a name where a message names it again, in any case: "bei
            # herrengasse 102 steht oben links noch aigner dran" under the bell board's "Aigner / Haider" (holdout39)
            ordinary = name.lower() in common or _german_word(name)
            for written in {name, name.lower(), name.capitalize()}:
                words.setdefault(written, ordinary or written.islower())
            continue
        if e.type != EntityType.PERSON or " " not in name or len(name) > _LONGEST or "\n" in name:
            continue  # (a name over a line break is a rule's guess at a list or a heading)
        names.setdefault(name)
        for word in name.replace(",", " ").split():
            if len(word) >= 3 and word[0].isupper() and word.replace("-", "").replace("'", "").isalpha() \
                    and word not in STOP and not lexicon.is_place_only(word) \
                    and not (len(word) <= 4 and word.isupper()):  # (a carrier's "DHL" of "DHL Express")
                if word.lower() in common and _german_noun(word):
                    continue  # German capitalises its nouns: "das Fest" after "Joachim Fest" is no name
                words.setdefault(word, word.lower() in common)
    if not names and not words:
        return []
    # the full names first, in each way of writing them: a word's mention inside one is then found taken
    needles: dict[str, bool] = {}
    for name in names:
        for variant in _written(name):
            needles.setdefault(variant, False)
    for word, ordinary in words.items():
        needles.setdefault(word, ordinary)
    taken = disjoint(sorted((e.start, e.end) for e in entities))
    if len(needles) > MAX_NEEDLES:
        return _mentions_word_by_word(text, needles, taken)
    out: list[Entity] = []
    merged = 0  # the mentions already in ``taken``
    ends = [end for _, end in taken]  # sorted (taken is disjoint): the pointer below jumps by bisection
    for needle, ordinary in needles.items():
        if len(out) > merged:
            taken = disjoint(sorted([*taken, *((e.start, e.end) for e in out[merged:])]))
            ends = [end for _, end in taken]
            merged = len(out)
        k, n_taken = 0, len(taken)
        pos = text.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            # the first span that ends after pos (one C call: walking to it was a Python step per
            # entity and needle, ~1,600 steps on the ~2,000-token prompt)
            k = bisect.bisect_right(ends, pos, k)
            if k < n_taken and taken[k][0] <= pos and end <= taken[k][1]:  # inside an entity: look on after it
                pos = text.find(needle, taken[k][1])
                continue
            if _mention(text, pos, end, ordinary):
                out.append(Entity(pos, end, EntityType.PERSON, needle, "mentions"))
            pos = text.find(needle, end)
    return out


MAX_NEEDLES = 96


def _listed_first(name: str) -> str | None:
    """The first name of a record's "Surname, First" ("Adkins, Poppy" -> "Poppy"), if it is one word."""
    if name.count(",") != 1:
        return None
    first = name.split(",")[1].strip()
    return first if first[:1].isupper() and first.replace("-", "").isalpha() else None


def _rewritten(name: str) -> list[str]:
    """The ways a chat's messages write a record's name again: "Knappe, Brigitta" as "Brigitta Knappe", "brigitta
    knappe", "Brigitta K." and "brigitta k."; "von Haaren, Mats" as "Mats v." / "Mats V."; "Alexandre d'Espagnac" as
    "Alexandre d." (holdout40's chats under their tables, read in session 36: the list's names in the chat's
    lines).  A first name and its surname's initial, or both names in the order people say them: no sentence's
    words."""
    words = name.replace(",", " ").split()
    if not 2 <= len(words) <= 4 or not all(w.replace("-", "").replace("'", "").replace("’", "").isalpha()
                                           for w in words):
        return []
    if name.count(",") == 1:
        surname, first = (part.strip() for part in name.split(","))
        if not surname or not first or not first[:1].isupper() or " " in first:
            return []
        full = f"{first} {surname}"
        out = [full, full.lower()] if full != name else []
    else:
        first, surname = words[0], " ".join(words[1:])
        if not first[:1].isupper() or len(first) < 3:
            return []
        out = []
    initial = surname[0]
    for f in (first, first.lower()):
        out += [f"{f} {initial.lower()}.", f"{f} {initial.upper()}."]
    return out


def _german_word(word: str) -> bool:
    """A word of German (Zipf >= 3 there): written capitalised mid-sentence as a noun anyway."""
    zipf = load_word_freq().get(word.lower().replace("ß", "ss"))
    return zipf is not None and zipf[0] >= "3"


def _german_noun(word: str) -> bool:
    """A word of German (:func:`_german_word`) that is no word of another language first: French "juste" (Zipf 8
    there, 3 in German) is a first name in "Belvillard, Juste" and after it ("décalée, Juste dispo …")."""
    zipf = load_word_freq().get(word.lower().replace("ß", "ss"))
    return zipf is not None and zipf[0] >= "3" and int(zipf[0]) >= max(int(c) for c in zipf[1:]) - 3
_CAPITALISED = scan.compile(r"(?<![\w'’\-])[^\W\d_][\w'’\-]{0,47}+")


def _written(name: str) -> list[str]:
    """The ways a name is written again: as found, in capitals, wrapped after its first word, an
    initial's space dropped ("Q. Xu" -> "Q.Xu")."""
    out = [name, name.upper()]
    if name.count(" ") == 1:
        out.append(name.replace(" ", "\n"))
    if ". " in name:
        out.append(name.replace(". ", "."))
    return out


def _mention(text: str, pos: int, end: int, ordinary: bool) -> bool:
    """A whole word (not glued to a host's dot, an identifier's underscore); an ordinary word only
    capitalised in mid-sentence: a letter or a comma, then one space, before it."""
    if not ((pos == 0 or text[pos - 1] not in _GLUE and not text[pos - 1].isalnum()) and (
            end == len(text) or text[end] not in _GLUE and not text[end].isalnum())):
        return False
    return not ordinary or (pos >= 2 and text[pos - 1] == " " and (text[pos - 2].isalpha() or text[pos - 2] == ","))


def rewritten_names(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for a record's names where a chat's messages write them again in another way (:func:`_rewritten`:
    "Knappe, Brigitta" of a list, "ok. bei brigitta knappe fehlt …", "Mats v." for "von Haaren, Mats"), and for its
    first name alone that is an ordinary word too where it leads a line or a message before a lower-case word
    ("Natālija (10:44 AM): Poppy is ill" under "Adkins, Poppy"; not "Poppy." nor "Will you …": a word of Zipf 6 or
    more, a stop word, stays).  Run after every rule of names (the columns' too); not from the learned model's guesses.

    Work bound: at most :data:`MAX_NAMES` names, six ways each; one ``str.find`` scan per way the text holds."""
    entities = [e for e in found if e.type == EntityType.PERSON and not e.detector.startswith("names-crf")
                and "\n" not in e.text and len(e.text) <= _LONGEST]
    needles: dict[str, bool] = {}  # way of writing -> a first name alone (a line's or message's subject only)
    common = lexicon.common_words
    for e in entities:
        if len(needles) >= 6 * MAX_NAMES:
            break
        name = e.text if " " in e.text else _with_first_after(text, e)
        for variant in _rewritten(name):
            if variant.islower() and all(w in common for w in variant.split(" ")):
                continue  # ("Rose, Will" -> "will rose": words of a sentence in lower case)
            needles.setdefault(variant, False)
        first = _listed_first(name)
        if first is not None and first.lower() in common and first not in STOP and rare_word(first, below=6):
            needles.setdefault(first, True)
    if not needles:
        return []
    taken = disjoint(sorted((e.start, e.end) for e in found))
    out: list[Entity] = []
    for needle, alone in needles.items():
        pos = text.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            k = bisect.bisect_right(taken, (pos, len(text) + 1)) - 1  # the last span that starts at pos or before
            if _mention(text, pos, end, False) and (not alone or _leads(text, pos, end)) \
                    and not (k >= 0 and end <= taken[k][1]):
                out.append(Entity(pos, end, EntityType.PERSON, needle, "mentions"))
            pos = text.find(needle, end)
    return out


_FIRST_AFTER = scan.compile(r',[ ](?P<first>[^\W\d_]{2,24}+(?:-[^\W\d_]{1,24}+)?)(?=[ \t]{0,8}+(?:[|\t,;"]|\r?\n))')


def _with_first_after(text: str, e: Entity) -> str:
    """A surname found alone in a record's "Surname, First" cell ("O'Neill" of "O'Neill, Harper |": the rules join the
    two later), with its first name; else the surname alone."""
    m = scan.match(_FIRST_AFTER, text, e.end, min(len(text), e.end + 40))
    return e.text if m is None or not m.group("first")[0].isupper() else e.text + m.group()[:m.end("first") - m.start()]


def _leads(text: str, pos: int, end: int) -> bool:
    """The word at [pos, end) leads a line or a chat's message, a lower-case word or "'s" after it."""
    return (pos == 0 or text[pos - 1] == "\n" or text[max(0, pos - 2):pos] in (": ", "> ")) and (
        text[end:end + 3] in ("'s ", "’s ") or text[end:end + 1] == " " and text[end + 1:end + 2].islower())


def _mentions_word_by_word(text: str, needles: dict[str, bool], taken: list[tuple[int, int]]) -> list[Entity]:
    """As the ``str.find`` scans, in one pass over the text's words (a text with many names): at a word
    that begins a needle, the longest needle that begins there and ends at a word's end (within
    :data:`_LONGEST` characters) -- a bounded number of look-ups per word, however many names share
    its first word ("Anna X", "Anna Y", …): up to :data:`_FEW` needles with that first word are
    compared in place; past that, the stretches up to each of the next words' ends are looked up in
    the dict, the longest first.  (That was done at every such word: a scan of the 80 characters
    after it, ~3 us a word.)"""
    by_first: dict[str, list[str]] = {}
    for needle in sorted(needles, key=len, reverse=True):
        first = _CAPITALISED.match(needle)
        if first is not None and len(needle) <= _LONGEST:
            by_first.setdefault(first.group(), []).append(needle)
    out: list[Entity] = []
    k, n_taken, done, n = 0, len(taken), 0, len(text)
    for m in scan.finditer(_CAPITALISED, text):
        pos = m.start()
        if pos < done:
            continue
        candidates = by_first.get(m.group())
        if candidates is None:
            continue
        if len(candidates) > _FEW:
            ends = [pos + w.end() for w in scan.finditer(_WORD_END, text[pos:pos + _LONGEST])]
            candidates = [text[pos:end] for end in reversed(ends) if text[pos:end] in needles]
        for needle in candidates:  # the longest that ends at a word's end
            end = pos + len(needle)
            if not text.startswith(needle, pos) or not _ends_word(text, end, pos + _LONGEST, n):
                continue
            while k < n_taken and taken[k][1] <= pos:
                k += 1
            if k < n_taken and taken[k][0] <= pos and end <= taken[k][1]:
                break
            if _mention(text, pos, end, needles[needle]):
                out.append(Entity(pos, end, EntityType.PERSON, needle, "mentions"))
                done = end
            break
    return out


# Needles with one first word compared in place at each of its mentions (more: the dict, see above).
_FEW = 8
_WORD_END = scan.compile(r"[^\W_](?![\w'’\-])")
_WORD_CHARACTER = scan.compile(r"[^\W_]")
_GLUED_AFTER = scan.compile(r"[\w'’\-]")


def _ends_word(text: str, end: int, reach: int, n: int) -> bool:
    """A word of letters or digits ends at ``end``: what follows, if anything within ``reach``, is
    no letter, digit, apostrophe or hyphen."""
    return scan.match(_WORD_CHARACTER, text, end - 1) is not None and (
        end >= reach or end >= n or scan.match(_GLUED_AFTER, text, end) is None)


# Longest name spread to its other mentions (a longer "name" is a run the rules merged).
_LONGEST = 80
