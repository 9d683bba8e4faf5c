"""The strings every match of a pattern starts with, proved from its parse, and where they occur in a text.

Why: a scan over a text costs the regex engine a test of every character against the pattern's first
character class, and a match attempt at every character in it -- ~100-200 us on the ~2,000-token
prompt for a pattern led by common lower-case letters or capitals (a street's type word, a birth
date's cue, "mein Partner"), though its words occur there a few times or never.  When every match of
the pattern starts with one of a few strings of two or more characters ("rue", "rout", "aven", "Geb",
"Frau"), one Aho-Corasick pass over the text (``ahocorasick_rs``, the project's automaton for cue
words) finds where each of them occurs, for all such patterns at once; scan.py then hands the engine
only those start positions (as it does with the windows near digits).

Sound by construction, never complete: :func:`literal_starts` follows the parse from the match's
start and knows only what every match consumes -- literals, character classes, the branches of an
alternation, the first round of a repeat that runs at least once; a look-behind of single characters
removes the strings it rules out; any other look-around and anchor is read as if absent (it can only
remove matches); anything else ends the strings there.  The characters a class stands for are the
engine's own answer (it is compiled and asked for each of the 256 Latin-1 characters); a class that
may stand for a character above U+00FF, or any case-insensitive class, makes the strings hold in a
Latin-1 text only (:attr:`Starts.any_text`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]

from ahocorasick_rs import AhoCorasick

LONGEST = 4
"""Characters followed from the start: longer strings find hardly fewer places and make more strings."""
MOST = 256
"""Strings kept at most: past this the strings found so far (shorter) are the answer."""
SHORTEST = 3
"""A pattern whose every start string has at least this many characters is worth an index: strings of
two ("de", " A", "Dr") start every few characters of prose; an attempt of the engine at each, and
their share of the automaton's pass, cost more than the engine's own scan (measured: 87.6 M
instructions per mask of the ~2,000-token prompt with three, 88.0 M with two)."""
CHUNK = 65_536
"""Characters searched per call of the automaton: between two calls another thread may run."""

_CONSUMES_ONE = (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_LATIN_1 = tuple(chr(c) for c in range(256))


@dataclass(frozen=True)
class Starts:
    """Every match starts with one of ``words``; in any text (``any_text``) or in a Latin-1 text only."""

    words: frozenset[str]
    any_text: bool


_Chars = dict[tuple[object, ...], tuple[frozenset[str], bool]]


def literal_starts(pattern: str, flags: int = 0, chars: _Chars | None = None,
                   shortest: int = SHORTEST) -> Starts | None:
    """The strings of ``shortest`` (:data:`SHORTEST` unless the pattern's module knows its shorter strings
    to be rare) to :data:`LONGEST` characters one of which starts every match of ``pattern`` (module doc),
    or None where no such strings are proved.  ``chars``: what the classes met so far stand for (shared by
    the calls for many patterns: a class is compiled once)."""
    chars = {} if chars is None else chars
    growing, done, any_text, _end = _follow(_parser.parse(pattern, flags), flags, {""}, set(), True, chars)
    strings = growing | done
    if not strings or min(map(len, strings)) < shortest:
        return None
    return Starts(frozenset(strings), any_text)


def _follow(items, flags: int, growing: set[str], done: set[str], any_text: bool,
            known: _Chars) -> tuple[set[str], set[str], bool, bool]:
    """The strings extended over the parsed ``items``: ``growing`` those the items extend, ``done`` those
    of :data:`LONGEST` characters (a start of the match whatever follows).  Returns (growing, done,
    whether they hold in any text, whether the items were followed to their end -- if not, the growing
    strings end there too)."""
    for op, av in items:
        if not growing:
            break
        if op in _CONSUMES_ONE:
            chars, latin_1_only = _chars(op, av, flags, known)
            longer = {s + c for s in growing for c in chars}
            if len(longer) + len(done) > MOST:
                return growing, done, any_text, False
            any_text = any_text and not latin_1_only
            growing = {s for s in longer if len(s) < LONGEST}
            done = done | (longer - growing)
        elif op is _c.AT:
            continue  # an anchor or word boundary: read as if absent
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            direction, body = av
            if op is _c.ASSERT and direction == -1:
                growing = _behind(body, flags, growing, known)
        elif op is _c.SUBPATTERN or op is _c.ATOMIC_GROUP:
            body, inner = (av[3], (flags | av[1]) & ~av[2]) if op is _c.SUBPATTERN else (av, flags)
            growing, done, any_text, ended = _follow(body, inner, growing, done, any_text, known)
            if not ended:
                return growing, done, any_text, False
        elif op is _c.BRANCH:
            union: set[str] = set()
            finished = set(done)
            ended = True
            for alternative in av[1]:
                alt_growing, alt_done, alt_any, alt_ended = _follow(alternative, flags, growing, done, any_text, known)
                union |= alt_growing
                finished |= alt_done
                any_text, ended = any_text and alt_any, ended and alt_ended
                if len(union) + len(finished) > MOST:
                    return growing, done, any_text, False  # (the strings before the alternation hold)
            growing, done = union, finished
            if not ended:
                return growing, done, any_text, False
        elif op in _REPEATS and av[0] >= 1:
            growing, done, any_text, _ended = _follow(av[2], flags, growing, done, any_text, known)
            return growing, done, any_text, False  # (its first round only)
        else:
            return growing, done, any_text, False
    return growing, done, any_text, True


def _behind(body, flags: int, strings: set[str], known: _Chars) -> set[str]:
    """The strings a look-behind of single characters leaves (one shorter than it is not judged)."""
    classes = []
    for op, av in body:
        if op not in _CONSUMES_ONE:
            return strings
        classes.append(_chars(op, av, flags, known)[0])
    width = len(classes)
    return {s for s in strings
            if len(s) < width or all(s[len(s) - width + j] in chars for j, chars in enumerate(classes))}


def _chars(op, av, flags: int, known: _Chars) -> tuple[frozenset[str], bool]:
    """(the Latin-1 characters one consumed item matches, whether it may match another character)."""
    flags &= re.IGNORECASE | re.ASCII | re.LOCALE | re.DOTALL
    key = (op, _hashable(av), flags)
    found = known.get(key)
    if found is None:
        found = known[key] = _chars_of(op, av, flags)
    return found


def _chars_of(op, av, flags: int) -> tuple[frozenset[str], bool]:
    if not flags & re.IGNORECASE:
        if op is _c.LITERAL:
            return (frozenset((chr(av),)) if av < 256 else frozenset()), av >= 256
        if op is _c.IN and all(o is _c.LITERAL or o is _c.RANGE for o, _ in av):
            highest = max(a if o is _c.LITERAL else a[1] for o, a in av)
            return frozenset(c for c in _LATIN_1 if any(
                ord(c) == a if o is _c.LITERAL else a[0] <= ord(c) <= a[1] for o, a in av)), highest >= 256
    state = _parser.State()
    state.flags = flags
    item = _compiler.compile(_parser.SubPattern(state, [(op, av)]), flags)  # the engine's own answer
    return frozenset(c for c in _LATIN_1 if item.fullmatch(c)), True


def _hashable(av):
    return tuple(map(_hashable, av)) if isinstance(av, list | tuple) else av


class StartIndex:
    """One automaton over the start strings of some patterns: where each pattern may start in a text."""

    def __init__(self, starts: Iterable[tuple[int, Starts]]) -> None:
        owners: dict[str, list[tuple[int, bool]]] = {}
        for key, found in starts:
            for word in found.words:
                owners.setdefault(word, []).append((key, found.any_text))
        words = sorted(owners)
        self.keys = frozenset(key for entries in owners.values() for key, _ in entries)
        self._owners = tuple(tuple(owners[w]) for w in words)
        # each key's words (their numbers in the automaton), and the keys whose words hold in Latin-1 only
        words_of: dict[int, list[int]] = {}
        for number, entries in enumerate(self._owners):
            for key, _any in entries:
                words_of.setdefault(key, []).append(number)
        self._words_of = {key: tuple(numbers) for key, numbers in words_of.items()}
        self._latin_1_only = frozenset(key for entries in self._owners for key, any_text in entries if not any_text)
        self._automaton = AhoCorasick(words) if words else None
        self._overlap = max(map(len, words), default=1) - 1

    def starts(self, text: str) -> dict[int, list[int]]:
        """Sorted distinct start positions in ``text`` of each indexed pattern's strings (key: as given); a
        pattern missing here may start anywhere (its strings hold in Latin-1 only, or the text cannot be
        read by the automaton: a lone surrogate)."""
        found = self.positions(text)
        return {key: positions for key in self.keys if (positions := found.get(key)) is not None}

    def positions(self, text: str) -> StartPositions:
        """What :meth:`starts` answers, each pattern's positions gathered only when a scan asks for them
        (most of the ~130 patterns are never scanned in a given text: their gates stay shut): the pass
        itself only files each string found under its own number, one step per string found rather than
        one per pattern that owns it, and a pattern's sorted positions are merged from its strings' on
        its first ask."""
        at_word: dict[int, list[int]] = {}
        if self._automaton is None:
            return StartPositions(self, at_word, True)
        try:
            for start in range(0, len(text), CHUNK):
                last = start + CHUNK  # a match starting there or later is found whole in the next chunk
                for word, at, _end in self._automaton.find_matches_as_indexes(
                        text[start:last + self._overlap], overlapping=True):
                    if start + at < last:
                        positions = at_word.get(word)
                        if positions is None:
                            at_word[word] = [start + at]
                        else:
                            positions.append(start + at)
        except UnicodeEncodeError:
            return StartPositions(self, {}, False, unreadable=True)
        return StartPositions(self, at_word, is_latin_1(text))


class StartPositions:
    """Where in one text each pattern of a :class:`StartIndex` may start (:meth:`StartIndex.positions`):
    ``get(key)`` is the sorted distinct positions, or None where the pattern may start anywhere."""

    __slots__ = ("_index", "_at_word", "_latin_1", "_unreadable", "_merged")

    def __init__(self, index: StartIndex, at_word: dict[int, list[int]], latin_1: bool,
                 unreadable: bool = False) -> None:
        self._index = index
        self._at_word = at_word  # a string's number -> where it starts, in text order (the automaton's)
        self._latin_1 = latin_1
        self._unreadable = unreadable
        self._merged: dict[int, list[int]] = {}

    def get(self, key: int) -> list[int] | None:
        merged = self._merged.get(key)
        if merged is not None:
            return merged
        index = self._index
        if self._unreadable or key not in index.keys or (not self._latin_1 and key in index._latin_1_only):
            return None
        at_word = self._at_word
        lists = [found for number in index._words_of[key] if (found := at_word.get(number)) is not None]
        if not lists:
            merged = []
        elif len(lists) == 1:
            merged = sorted(set(lists[0]))  # (one string's starts are distinct; chunks may repeat none)
        else:
            merged = sorted(set().union(*lists))
        self._merged[key] = merged
        return merged


def is_latin_1(text: str) -> bool:
    """Whether every character of ``text`` is below U+0100 (a copy in C where it is; the search for
    the first other character where it is not)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True
