"""A name its owner's mail address spells: "valon hyseni <valon.hyseni18@outlook.com>", "robert diallo,rdiallo@…",
'"notified": "Diethelm Knappe",' above '"notified_email": "diethelm.knappe19@…"'.

The rules read a name by its capitals, its lists and its cues; a display name typed in lower case, a surname that
is an ordinary word ("Edit von der Au <edit.vonderau@…>", "Hans-Heinrich von der Au,hansheinrich71@…") or a name
in no list has none of them (holdout34, read in session 30).  The address beside it says what it is: where each
word of a short run of words near an address -- on its line or on one of the two lines around it (a JSON record's
other keys) -- is in the address's local part (umlauts spelled out, accents dropped, the particles "von der" may be
left out, and one word may be its initial right beside another: "rdiallo", "m.bernasconi"), the run is its
owner's name.  A role mailbox ("info@", "office@", "support.team@") spells no one's; a word glued to an address
or a host ("anna" of "anna.meier@") is the address's, not a name beside it.

Bounded work: at most :data:`MAX_ADDRESSES` addresses; per address, five lines of at most :data:`_WINDOW`
characters each, their runs of at most :data:`_MAX_WORDS` words, each run's sub-runs (at most 15) checked by
substring tests on a local part of at most 64 characters.
"""

from __future__ import annotations

from collections.abc import Iterable

from .detectors import scan
from .detectors.field_keys import ALL_KEYS, ascii_folded
from .detectors.person_cues import NAME_PARTICLE_WORDS, UPPER_TITLES
from .entities import Entity, EntityType
from .learned.features import owner_word
from .names import NameLexicon
from .organisation_contacts import role_mailbox
from .person_dates import disjoint, overlaps_any

MAX_ADDRESSES = 128
_WINDOW = 160
_MAX_WORDS = 5
_TITLES = UPPER_TITLES | {"MADAME", "MONSIEUR", "SIGNORA", "SIGNOR", "DOTT", "AVV"}
# Particles that only a name has between two words (not French's or Italian's "de", "di": "Vol de vélo")
_INNER_PARTICLES = frozenset("von vom zu zur zum van der den ter".split())
# A run of words: letters (apostrophes, hyphens and an initial's dot inside), one space, two (a column's gap)
# or ", " (a surname first) apart; not glued to an address, a host or a number on either side, and ending before
# the address's own local part ("jean-philippe morand, jpmorand@…").
_WORD = r"[^\W\d_]{1,30}+(?:['’\-][^\W\d_]{1,30}+){0,3}+\.?"
_RUN = scan.compile(
    rf"(?<![\w@.\-'’=]){_WORD}"
    rf"(?:(?:,[ ]|[ ]{{1,2}})(?![\w.'’+\-]{{1,64}}@){_WORD}){{0,4}}+(?![\w@\-=\[])"
)


def names_spelled_by_addresses(text: str, found: Iterable[Entity], lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for the runs of words near each found e-mail address that its local part spells
    (see the module's docstring)."""
    entities = list(found)
    addresses = [e for e in entities if e.type == EntityType.EMAIL][:MAX_ADDRESSES]
    if not addresses:
        return []
    blocked = disjoint(sorted((e.start, e.end) for e in entities if e.type != EntityType.PERSON))
    out: dict[tuple[int, int], Entity] = {}
    asked: set[tuple[int, str]] = set()  # (a run's start, a local part): a list of one address asks each run once
    for address in addresses:
        if role_mailbox(address.text):
            continue
        spelled = "".join(ch for ch in ascii_folded(address.text.rpartition("@")[0]) if ch.isalpha())
        if len(spelled) < 4:
            continue
        display = _display_end(text, address.start)
        for start, end in _lines_around(text, address.start):
            for m in scan.finditer(_RUN, text, start, end):
                if (m.start(), spelled) in asked:
                    continue
                asked.add((m.start(), spelled))
                if not any(len(w) >= 3 and w in spelled for w in _folded_words(m.group())):
                    continue  # (one fold of the run: most runs near an address spell nothing of it)
                if m.end() == display and (_opens_display(text, m.start()) or _first_name_first(m.group(), lexicon)) \
                        and m.group().count(" ") <= 2:
                    words = m.group().replace(",", " ").split()
                    span = (m.start(), m.end()) if _spells(spelled, words, lexicon, 1) else None
                else:
                    span = _spelled_run(text, m.start(), m.end(), spelled, lexicon)
                if span is not None and span not in out and not overlaps_any(blocked, *span):
                    out[span] = Entity(span[0], span[1], EntityType.PERSON, text[span[0]:span[1]], "mailboxes")
    return list(out.values())


def _alone_a_name(word: str, run: str, lexicon: NameLexicon) -> bool:
    """One word of a longer run is a name alone: a listed one, or any in a run typed in lower case ("et andrii ?")
    -- not a capitalised noun's neighbour ("Die Schreinerei Holzwurm hat", "Gemeinde Oberrieden"; review of
    session 30)."""
    return lexicon.is_known_name(word.capitalize()) and word.lower() not in lexicon.common_words or run.islower()


def _first_name_first(run: str, lexicon: NameLexicon) -> bool:
    """A display name that starts with a listed first name, after a date or a time ("alle 08:10 ruggero tassi <…>")."""
    return lexicon.is_first_name(run.split(" ", 1)[0].capitalize())


def _display_end(text: str, pos: int) -> int:
    """Where a display name before the address at ``pos`` would end ("anna meier <…", '"meier, anna" <…'),
    or -1 when the address is not in angle brackets."""
    if pos == 0 or text[pos - 1] != "<":
        return -1
    end = pos - 1
    while end > 0 and text[end - 1] == " ":
        end -= 1
    return end - 1 if end > 0 and text[end - 1] == '"' else end


def _opens_display(text: str, start: int) -> bool:
    """A display name's start: the line's, or after a header's key, a list's comma or a quote."""
    head = text[max(0, start - 3):start].rstrip(' "')
    return not head or head[-1] in "\n:;,<>"


def _folded_words(run: str) -> list[str]:
    """The words of a run as an address writes them (folded, split at spaces, commas, hyphens, apostrophes)."""
    return ascii_folded(run).replace(",", " ").replace("-", " ").replace("'", " ").replace("’", " ").split()


def _lines_around(text: str, pos: int) -> list[tuple[int, int]]:
    """The line of ``pos`` within :data:`_WINDOW` characters on either side, and the two lines before and after
    it, each within :data:`_WINDOW` characters of its border with the line of ``pos``'s side -- every search
    bounded (a line of many addresses was walked to its ends for each: quadratic; review of session 30)."""
    n = len(text)
    low, high = max(0, pos - _WINDOW), min(n, pos + _WINDOW)
    start = text.rfind("\n", low, pos) + 1 or low
    end = text.find("\n", pos, high)
    end = high if end < 0 else end
    spans = [(start, end)]
    before, after = start, end
    for _ in range(2):
        if 0 < before and text[before - 1] == "\n":  # (the line's start was found: the line above it)
            prev = text.rfind("\n", max(0, before - 1 - _WINDOW), before - 1) + 1 or max(0, before - 1 - _WINDOW)
            spans.append((prev, before - 1))
            before = prev
        if after < n and text[after] == "\n":
            nxt = text.find("\n", after + 1, after + 1 + _WINDOW)
            nxt = min(n, after + 1 + _WINDOW) if nxt < 0 else nxt
            spans.append((after + 1, nxt))
            after = nxt
    return spans


def _spelled_run(text: str, start: int, end: int, spelled: str, lexicon: NameLexicon) -> tuple[int, int] | None:
    """The longest run of consecutive words in text[start:end] that ``spelled`` spells, as a span."""
    words: list[tuple[int, int]] = []
    pos = start
    while pos < end and len(words) < _MAX_WORDS:
        while pos < end and text[pos] in " ,":
            pos += 1
        stop = pos
        while stop < end and text[stop] not in " ,":
            stop += 1
        if stop > pos:
            words.append((pos, stop))
        pos = stop
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size + 1):
            span = words[first:first + size]
            if first and text[span[0][0]:span[0][1]] in NAME_PARTICLE_WORDS \
                    and text[words[first - 1][0]:words[first - 1][1]].strip(".").upper() not in _TITLES:
                continue  # a particle after a word is a preposition ("Messaggio da Bernasconi, Ida"), after a
                # title a surname's ("Madame de la Fontaine")
            if size == 1 < len(words) and not _alone_a_name(text[span[0][0]:span[0][1]], text[start:end], lexicon):
                continue
            if _spells(spelled, [text[a:b] for a, b in span], lexicon):
                last = first + size
                if size == 1 and last < len(words) and lexicon.is_known_name(text[slice(*words[last])].capitalize()):
                    return span[0][0], words[last][1]  # and the surname after a first name: "Von: karen hansen"
                return span[0][0], span[-1][1]
    return None


def _spells(spelled: str, words: list[str], lexicon: NameLexicon, unspelled: int = 0) -> bool:
    """Each word but particles is in ``spelled``, or one of them is its initial beside another that is;
    at least one word of three letters or more, and five letters in all, are spelled out; no key's word
    ("email", "name"); each can be a name (not a mailbox's function: "Zeitmessung <zeitmessung@…>",
    "tournoi seniors", "ich die" spelled by "diedrich51"); one word alone only a listed name.
    (Particles inside make a run a name: "Edit von der Au".)
    A display name in angle brackets may have ``unspelled`` words more that the address leaves out
    ('"sommer, devin" <devin13@…>': the brackets say whose name it is)."""
    folded = ["".join(ch for ch in ascii_folded(w) if ch.isalpha()) for w in words]
    if any(not f for f in folded) or any(w.lower().strip(".") in ALL_KEYS for w in words):
        return False
    core = [f for f, w in zip(folded, words, strict=True) if w.lower() not in NAME_PARTICLE_WORDS]
    if not core:
        return False
    whole = [f for f in core if len(f) >= 2 and f in spelled]
    missing = [f for f in core if not (len(f) >= 2 and f in spelled)]
    if not whole or max(map(len, whole)) < 3 or sum(map(len, whole)) < 5 - unspelled \
            or len(missing) > 1 + unspelled:
        return False
    # one word an owner's name can have, and no town's (not a club's, a tool's: "jenkins deploy", "nagios alerts";
    # "nach Bern, max" beside maximilian.bernet@; review of session 30) -- or a particle inside, a name's whatever
    # its words ("Edit von der Au <edit.vonderau@…>"), or a display name that starts with a listed first name
    # ("ruggero tassi <rtassi@…>")
    asked = [w.strip(".") for w, f in zip(words, folded, strict=True) if f in core]
    if not any(w.lower() in _INNER_PARTICLES for w in words[1:-1]) and (
            not any(owner_word(w, lexicon) for w in asked)
            and not (unspelled and lexicon.is_first_name(words[0].capitalize()))
            or any(lexicon.is_place_only(w.capitalize()) for w in asked)):
        return False
    if len(words) == 1 and (folded[0] == spelled and not lexicon.is_known_name(words[0].capitalize())
                            or words[0].lower() in lexicon.common_words):
        return False  # one word alone: not a login ("user lmattsson"), nor an ordinary word
    if missing and not unspelled:  # an initial right before or after a spelled word: "rdiallo", "hughesj"
        word = next(w for w, f in zip(words, folded, strict=True) if f == missing[0])
        # (a hyphenated first name by its parts' initials: "jean-philippe morand" spelled by "jpmorand")
        parts = [part for part in word.split("-") if part]
        initial = "".join(ascii_folded(part)[:1] for part in parts)
        if word.lower() in lexicon.common_words or not all(
                owner_word(part, lexicon) or lexicon.is_first_name(part.capitalize()) for part in parts):
            return False  # (a name's: not "schrieb" before "sven olsson <olsson.sven@…>")
        return len(core) >= 2 and any(initial + f in spelled or f + initial in spelled for f in whole)
    return True

