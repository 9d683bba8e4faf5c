"""Bounded regex calls: every pattern of the anonymizer runs through here.

Why (see "Linear time" in privacy/README.md): Python's regex engine backtracks and holds the GIL
for the whole of one call.  So

* every pattern is compiled with :func:`compile`, which refuses a pattern whose *reach* -- the
  most characters one match attempt can look at after its start, look-aheads included -- is not
  bounded (an unbounded ``*``/``+`` anywhere).  One attempt therefore costs at most a constant;
* a scan over a text (:func:`finditer`, :func:`search`) hands the engine one window of
  ``WINDOW`` start positions at a time, with ``endpos`` just past what an attempt from the last
  of them can reach.  Matches are exactly those of ``pattern.finditer(text)``: an attempt that
  starts before the window's end never sees ``endpos``.  Between two calls the interpreter runs
  again, so another thread gets the GIL within a few milliseconds;
* a pattern every match of which reads a digit within ``k`` characters of its start (proved from
  its parse by :func:`digit_reach`: a phone's, a date's, a street's number) scans a detected text
  (one with a per-text memo, text_memo.py) only where a start can be that close to a digit: the
  text's digit clusters are found once, and the stretches of prose far from any digit -- most of
  a letter -- are skipped without asking the engine.  The matches are still exactly those of
  ``finditer``: no match can start in what is skipped;
* in a text all of whose characters are below U+0100 (most prose; gates.py tells), a scan runs the
  pattern's Latin-1 twin (:func:`latin_1_twin`): its ``\\d``, ``\\w``, ``\\s`` spelled out as bit maps,
  which the engine tests without a look-up in Unicode's tables; same matches there;
* :class:`Meter` counts the start positions each call may try; tests assert that a whole
  detection stays within a fixed multiple of the text's length (no rescans), a count that does
  not depend on the machine's speed.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the engine's constructor, as re._compiler calls it
import functools
import re
import threading
from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]  # noqa: F401 - the parser's opcodes; typeshed lacks re's private modules

from ..text_memo import once
from .literal_starts import SHORTEST, StartIndex, literal_starts

WINDOW = 4096
"""Start positions per engine call; with reach <= a few hundred characters one call stays well
under a millisecond even when every attempt runs to its full reach."""

_MAXREPEAT = _c.MAXREPEAT
# id(pattern) -> (the pattern, its reach, its digit reach or None, its Latin-1 twin, the length of its
# shortest start string worth an index -- literal_starts.py): facts about compiled patterns, found once.
# Keyed by id, not by the pattern: hashing a compiled pattern hashes its whole code every time (not
# cached; ~12,000 instructions for the address patterns), which cost ~3 M instructions per mask of the
# ~2,000-token prompt when looked up per scan. The pattern itself is held in the value, so its id is
# never reused by another object.
_facts: dict[int, tuple[re.Pattern[str], int, int | None, re.Pattern[str], int]] = {}

NEAR_DIGITS_MIN = 1024
"""Scans of fewer start positions than this read the whole range (finding the digit windows
would cost more than the positions they skip)."""
_CLUSTER_GAP = 128
"""Digits (and windows) at most this many characters apart are read as one stretch: a skip saves
~15 instructions per character, a further engine call costs ~1,500."""


class UnboundedPattern(ValueError):
    """A pattern whose single match attempt can read an unbounded stretch of text."""


def _seq_reach(items) -> tuple[float, float]:
    """(max characters consumed, max characters looked at) of a parsed sequence."""
    consumed = 0.0
    looked = 0.0
    for op, av in items:
        c, look = _item_reach(op, av)
        looked = max(looked, consumed + look)
        consumed += c
    return consumed, max(looked, consumed)


def _item_reach(op, av) -> tuple[float, float]:
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.RANGE, _c.CATEGORY):
        return 1, 1
    if op is _c.AT:
        return 0, 1  # \b, $ and the like look at the next character
    if op is _c.SUBPATTERN:
        return _seq_reach(av[3])
    if op is _c.ATOMIC_GROUP:
        return _seq_reach(av)
    if op is _c.BRANCH:
        reaches = [_seq_reach(alt) for alt in av[1]]
        return max(r[0] for r in reaches), max(r[1] for r in reaches)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, body = av
        c, look = _seq_reach(body)
        if hi == _MAXREPEAT:
            return (float("inf"), float("inf")) if c or look else (0, 0)
        return hi * c, (hi - 1) * c + look if hi else 0
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, body = av
        return 0, (_seq_reach(body)[1] if direction == 1 else 0)  # look-behinds read backwards
    if op is _c.GROUPREF_EXISTS:
        _group, yes, no = av
        ry = _seq_reach(yes)
        rn = _seq_reach(no) if no else (0, 0)
        return max(ry[0], rn[0]), max(ry[1], rn[1])
    if op in (_c.GROUPREF, _c.GROUPREF_IGNORE, _c.GROUPREF_LOC_IGNORE, _c.GROUPREF_UNI_IGNORE):
        return float("inf"), float("inf")
    if op is _c.FAILURE or op is _c.SUCCESS:
        return 0, 0
    raise UnboundedPattern(f"unknown regex opcode {op}")


def reach_of(pattern: re.Pattern[str]) -> int:
    """Characters one attempt of ``pattern`` can read from its start on (+1 for an end test)."""
    facts = _facts.get(id(pattern))
    if facts is None:
        _consumed, looked = _seq_reach(_parser.parse(pattern.pattern, pattern.flags))
        if looked == float("inf"):
            raise UnboundedPattern(f"pattern can read without bound: {pattern.pattern[:80]!r}")
        facts = _facts[id(pattern)] = (pattern, int(looked) + 1, None, latin_1_twin(pattern), SHORTEST)
    return facts[1]


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """``re.compile`` that refuses a pattern with unbounded reach (see module doc)."""
    compiled = re.compile(pattern, flags)
    reach_of(compiled)
    note_digit_reach(compiled, digit_reach(pattern, flags))
    return compiled


def latin_1_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with every class that names a category (``\\d``, ``\\w``, ``\\s``, ``[^\\W\\d_]``) spelled
    out as the Latin-1 characters it holds; ``pattern`` itself where none does.

    Why: the engine tests a category by a look-up in Unicode's tables for every character it reads
    (~40 instructions), a class of characters below U+0100 by one bit of a map.  A pattern led by
    ``\\d`` or ``[\\dA-Z]`` reads every character of its windows so, and a look-behind ``(?<![\\w])``
    every candidate: on the ~2,000-token prompt ~1.5 M instructions went to the digit look-ups
    alone.  In a text all of whose characters are below U+0100 (:func:`_engine`: most prose) the twin
    matches exactly what the pattern matches -- a class is only ever asked about the text's
    characters -- so scans there run the twin.  Classes under IGNORECASE are left as they are (the
    engine folds a class's members, not a category's)."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    if not _spell_out(tree.data, tree.state.flags):
        return pattern
    groups = tree.state.groupdict
    names: list[str | None] = [None] * tree.state.groups
    for name, index in groups.items():
        names[index] = name
    return _sre.compile(pattern.pattern, pattern.flags | tree.state.flags, _compiler._code(tree, pattern.flags),
                        tree.state.groups - 1, groups, tuple(names))


def _spell_out(items, flags: int) -> bool:
    """Replace, in place, the categories of the classes of a parsed sequence by their Latin-1 members
    (see :func:`latin_1_twin`); whether any was."""
    changed = False
    for i, (op, av) in enumerate(items):
        if op is _c.IN:
            if not flags & re.IGNORECASE and any(o is _c.CATEGORY for o, _ in av):
                items[i] = (op, [spelled for o, a in av
                                 for spelled in (_latin_1_members(a, flags) if o is _c.CATEGORY else ((o, a),))])
                changed = True
        elif op is _c.SUBPATTERN:
            changed |= _spell_out(av[3], (flags | av[1]) & ~av[2])
        elif op is _c.ATOMIC_GROUP:
            changed |= _spell_out(av, flags)
        elif op is _c.BRANCH:
            for alternative in av[1]:
                changed |= _spell_out(alternative, flags)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            changed |= _spell_out(av[2], flags)
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            changed |= _spell_out(av[1], flags)
        elif op is _c.GROUPREF_EXISTS:
            changed |= _spell_out(av[1], flags)
            if av[2] is not None:
                changed |= _spell_out(av[2], flags)
    return changed


@functools.cache
def _latin_1_members(category: object, flags: int) -> tuple[tuple[object, object], ...]:
    """The characters below U+0100 a category holds (the engine's own answer), as LITERAL and RANGE items."""
    flags &= re.ASCII | re.LOCALE | re.UNICODE
    state = _parser.State()
    state.flags = flags
    item = _compiler.compile(_parser.SubPattern(state, [(_c.IN, [(_c.CATEGORY, category)])]), flags)
    runs: list[list[int]] = []
    for code in range(256):
        if item.fullmatch(chr(code)):
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
    return tuple((_c.LITERAL, lo) if lo == hi else (_c.RANGE, (lo, hi)) for lo, hi in runs)


def _engine(pattern: re.Pattern[str], text: str) -> re.Pattern[str]:
    """What the engine runs over ``text``: the Latin-1 twin (:func:`latin_1_twin`) where every character of
    ``text`` is below U+0100 -- an ASCII ``str``, or a detected text that says so (gates.py) -- and
    ``pattern`` where not, or where it is not known here."""
    if text.isascii() or getattr(text, "latin_1", False):
        facts = _facts.get(id(pattern))
        if facts is not None:
            return facts[3]
    return pattern


def note_digit_reach(pattern: re.Pattern[str], k: int | None) -> None:
    """Record that every match of ``pattern`` reads a digit less than ``k`` characters after its
    start (None: not known): its scans of a detected text then skip the stretches far from any digit
    (:func:`finditer`).  ``k`` must be what :func:`digit_reach` proves, or follow from it."""
    if k is not None:
        known = digit_reach_of(pattern)
        reach = reach_of(pattern)
        facts = _facts[id(pattern)]
        _facts[id(pattern)] = (pattern, reach, k if known is None else min(k, known), facts[3], facts[4])


def note_rare_starts(pattern: re.Pattern[str], shortest: int = 2) -> None:
    """Record that the start strings of ``pattern`` are rare in prose even at ``shortest`` characters (a
    cue like "né", "DN"): :func:`start_index` then indexes it though some of its strings are shorter than
    literal_starts.SHORTEST, which is chosen for strings like "de" or " A" that start every few words."""
    reach_of(pattern)
    facts = _facts[id(pattern)]
    _facts[id(pattern)] = (*facts[:4], shortest)


def digit_reach_of(pattern: re.Pattern[str]) -> int | None:
    """What :func:`note_digit_reach` recorded for ``pattern`` (None: nothing)."""
    facts = _facts.get(id(pattern))
    return None if facts is None else facts[2]


def digit_reach(pattern: str, flags: int = 0) -> int | None:
    """The least bound :func:`_needs_digit` proves: every match of ``pattern`` reads a (Unicode
    decimal) digit less than this many characters after its start -- consumed or in a look-ahead;
    None if some match may read none."""
    return _needs_digit(_parser.parse(pattern, flags))


def _digit_set(items) -> bool:
    """A character class (the items of an IN) all of whose members are decimal digits."""
    for op, av in items:
        if op is _c.LITERAL:
            if not chr(av).isdecimal():
                return False
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > 64 or not all(chr(c).isdecimal() for c in range(lo, hi + 1)):
                return False
        elif op is _c.CATEGORY:
            if av not in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT):
                return False
        else:  # NEGATE, a class of classes, anything else: not known
            return False
    return bool(items)


def _needs_digit(items) -> int | None:
    """For a parsed sequence: k such that every match reads a digit at an offset < k, or None.

    Sound by construction, never complete: a sequence needs a digit where one of its items does,
    at that item's offset plus the most the items before it can consume; an alternation where
    each alternative does; a repeat where its body does and it runs at least once; a look-ahead
    where its body does. Look-behinds and negative look-arounds prove nothing."""
    best: float | None = None
    before = 0.0  # the most characters the items so far can consume
    for op, av in items:
        k = _item_needs_digit(op, av)
        if k is not None and (best is None or before + k < best):
            best = before + k
        before += _item_reach(op, av)[0]
        if before == float("inf"):
            break
    return None if best is None or best == float("inf") else int(best)


def _item_needs_digit(op, av) -> int | None:
    if op is _c.LITERAL:
        return 1 if chr(av).isdecimal() else None
    if op is _c.IN:
        return 1 if _digit_set(av) else None
    if op is _c.SUBPATTERN:
        return _needs_digit(av[3])
    if op is _c.ATOMIC_GROUP:
        return _needs_digit(av)
    if op is _c.BRANCH:
        ks = [_needs_digit(alt) for alt in av[1]]
        return None if any(k is None for k in ks) else max(k for k in ks if k is not None)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, _hi, body = av
        return _needs_digit(body) if lo >= 1 else None
    if op is _c.ASSERT:
        direction, body = av
        return _needs_digit(body) if direction == 1 else None
    if op is _c.GROUPREF_EXISTS:
        _group, yes, no = av
        ky = _needs_digit(yes)
        kn = _needs_digit(no) if no else None
        return None if ky is None or kn is None else max(ky, kn)
    return None


class Meter(threading.local):
    """Start positions handed to the engine on this thread, while ``on`` (tests only)."""

    on = False
    positions = 0
    calls = 0


METER = Meter()


def _count(positions: int) -> None:
    if METER.on:
        METER.positions += positions
        METER.calls += 1


def finditer(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, found one window at a time."""
    n = len(text) if endpos is None else min(endpos, len(text))
    engine = _engine(pattern, text)
    if n - pos >= NEAR_DIGITS_MIN and hasattr(text, "memo"):
        if (starts := _literal_starts(pattern, text)) is not None:
            return _matches_at(engine, text, pos, n, starts)
        if (k := digit_reach_of(pattern)) is not None:
            windows = _digit_windows(text, k)
            return chain.from_iterable(_near_digit_lists(engine, reach_of(pattern), text, pos, n, windows))
    if n - pos <= WINDOW:
        # One window: the engine's own finditer is exactly that (every attempt starts at one of
        # at most WINDOW positions), without a Python step per match.  Counted as if every
        # position were tried (an upper bound of what the loop below counts).
        if METER.on:
            _count(max(0, n - pos + 1))
        return engine.finditer(text, pos, n)
    return _windows(engine, reach_of(pattern), text, pos, n)


def _windows(engine: re.Pattern[str], reach: int, text: str, pos: int, n: int) -> Iterator[re.Match[str]]:
    # The matches of each window are collected by the engine's own finditer into a list (a C
    # loop, no Python step per match) and chained, also in C: the hot token scans of a prompt
    # cost what a plain finditer costs.
    return chain.from_iterable(_window_lists(engine, reach, text, pos, n))


def _literal_starts(pattern: re.Pattern[str], text: str) -> list[int] | None:
    """Where in a detected ``text`` a match of ``pattern`` can start, sorted: at the strings it starts
    with (literal_starts.py); None: anywhere."""
    index: StartIndex | None = getattr(text, "start_index", None)
    if index is None or id(pattern) not in index.keys:
        return None
    return once(text, "literal-starts", index.positions).get(id(pattern))


def _matches_at(pattern: re.Pattern[str], text: str, pos: int, n: int, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, pos, n)`` for a pattern all of whose matches start at one
    of ``starts`` (and hold a character at least): one attempt of the engine at each start, none inside a
    match found (as ``finditer`` goes on after a match's end).  An attempt reads at most the pattern's
    reach: the scan stays bounded."""
    match = pattern.match
    for k in range(bisect_left(starts, pos), len(starts)):
        start = starts[k]
        if start >= n:
            break
        if start < pos:
            continue  # (inside the match before)
        if METER.on:
            _count(1)
        m = match(text, start, n)
        if m is not None:
            yield m
            pos = m.end()


def start_index() -> StartIndex:
    """One automaton over the start strings (literal_starts.py) of every pattern compiled so far, but
    those led by digits (read near the digits: a few windows, not a start string per digit): an
    anonymizer builds it once, after its modules compiled their patterns; a pattern compiled later is
    read as before.  The same patterns give the same index: read once per process (~0.2 s), not once
    per anonymizer built (one per configuration, one per test module)."""
    return _start_index(tuple((facts[0], facts[4]) for facts in list(_facts.values())))


@functools.cache
def _start_index(patterns: tuple[tuple[re.Pattern[str], int], ...]) -> StartIndex:
    chars: dict = {}  # (what a class stands for, shared by the patterns: each class compiled once)
    return StartIndex((id(pattern), starts) for pattern, shortest in patterns
                      if (starts := literal_starts(pattern.pattern, pattern.flags, chars, shortest)) is not None
                      and not any(c.isdigit() for word in starts.words for c in word))


def _window_lists(engine: re.Pattern[str], reach: int, text: str, pos: int, n: int) -> Iterator[list[re.Match[str]]]:
    metered = METER.on
    while pos <= n:
        # Start positions pos..window_end; an attempt from any of them reads less than `reach`
        # characters, so it never sees the (artificial) end of the string at `stop`.  A match
        # that starts past window_end may have been cut short by `stop`: it is dropped here and
        # found again by the next window.
        window_end = pos + WINDOW
        if window_end > n:
            window_end = n
        stop = window_end + reach
        if metered:
            _count(window_end - pos + 1)
        found = list(engine.finditer(text, pos, stop if stop < n else n))
        while found and found[-1].start() > window_end:
            found.pop()
        if found:
            last_end = found[-1].end()
            yield found
            pos = last_end if last_end > window_end else window_end + 1
        else:
            pos = window_end + 1


def search(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, one window at a time."""
    n = len(text) if endpos is None else min(endpos, len(text))
    engine = _engine(pattern, text)
    if n - pos >= NEAR_DIGITS_MIN and hasattr(text, "memo"):
        if (starts := _literal_starts(pattern, text)) is not None:
            return next(_matches_at(engine, text, pos, n, starts), None)
        if (k := digit_reach_of(pattern)) is not None:
            return _search_near_digits(engine, reach_of(pattern), text, pos, n, _digit_windows(text, k))
    if n - pos <= WINDOW:
        if METER.on:
            _count(max(0, n - pos + 1))
        return engine.search(text, pos, n)
    reach = reach_of(pattern)
    while pos <= n:
        window_end = min(n, pos + WINDOW)
        m = engine.search(text, pos, min(n, window_end + reach))
        if m is not None and m.start() <= window_end:
            if METER.on:
                _count(m.start() - pos + 1)
            return m
        if METER.on:
            _count(window_end - pos + 1)
        pos = window_end + 1
    return None


def match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """``pattern.match``: one attempt, bounded by the pattern's reach."""
    if METER.on:
        _count(1)
    return pattern.match(text, pos) if endpos is None else pattern.match(text, pos, endpos)


def fullmatch(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``pattern.fullmatch``: one attempt, bounded by the pattern's reach."""
    if METER.on:
        _count(1)
    if endpos - pos >= (reach_of(pattern)):
        return None  # longer than anything the pattern can match: no need to ask the engine
    return pattern.fullmatch(text, pos, endpos)


# A digit, then every digit that follows within _CLUSTER_GAP characters of the one before (at most
# 32 per match: a longer cluster is two, which only costs a window more).  (Scanned by _windows
# itself: finditer would look for its windows near digits.)
_CLUSTER = compile(rf"\d(?:\D{{0,{_CLUSTER_GAP - 1}}}+\d){{0,31}}+")


# Latin-1 as bytes: a digit (the only decimal digits below U+0100 are ASCII's) -> "0", else ".".
_DIGIT_BYTES = bytes(0x30 if 0x30 <= c <= 0x39 else 0x2E for c in range(256))


def _digit_clusters(text: str) -> list[tuple[int, int]]:
    """(first digit, after the last digit) of each stretch of ``text`` whose digits lie less than
    _CLUSTER_GAP apart, in order.

    A Latin-1 text (most prose) is read as bytes, each digit a "0": bytes.find jumps from digit run
    to digit run in C (memchr), ~0.1 M instructions on the ~2,000-token prompt; the pattern reads
    any other text (its reach is bounded) at ~1.2 M there -- its repeat pays per digit."""
    try:
        marks = text.encode("latin-1").translate(_DIGIT_BYTES)
    except UnicodeEncodeError:
        return [m.span() for m in _windows(_CLUSTER, reach_of(_CLUSTER), text, 0, len(text))]
    out: list[tuple[int, int]] = []
    find = marks.find
    start = find(b"0")
    while start >= 0:
        end = find(b".", start)  # after the run
        while end >= 0:
            nxt = find(b"0", end, end + _CLUSTER_GAP)  # a digit at most _CLUSTER_GAP after the last one
            if nxt < 0:
                break
            end = find(b".", nxt)
        if end < 0:
            out.append((start, len(text)))
            break
        out.append((start, end))
        start = find(b"0", end)
    return out


def _digit_windows(text: str, k: int) -> list[tuple[int, int]]:
    """(first, last) start positions, both included, of the windows where a match that reads a digit
    less than ``k`` characters after its start can start: from k - 1 before a cluster to its last
    digit; windows less than _CLUSTER_GAP apart are joined.  ``k`` is rounded up to a power of 2
    (a larger bound holds too): the windows are found once per text for each of a few bounds, not
    for each of the ~25 bounds the patterns have (a power of 4 read the address shapes' 414 as 1,024:
    their windows then covered all of the ~2,000-token prompt)."""
    bound = 1
    while bound < k:
        bound *= 2
    return once(text, f"digit-windows:{bound}", lambda t: _joined(once(t, "digit-clusters", _digit_clusters), bound))


def _joined(clusters: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in clusters:
        first, last = max(0, start - k + 1), end - 1
        if out and first - out[-1][1] <= _CLUSTER_GAP:
            out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    # at most WINDOW + 1 start positions each, as _window_lists hands the engine
    return [(lo, min(lo + WINDOW, last)) for first, last in out for lo in range(first, last + 1, WINDOW + 1)]


def _near_digit_lists(engine: re.Pattern[str], reach: int, text: str, pos: int, n: int,
                      windows: list[tuple[int, int]]) -> Iterator[list[re.Match[str]]]:
    """The matches of ``pattern.finditer(text, pos, n)`` that start in ``windows`` (where all of
    them start), window by window as :func:`_window_lists` reads its windows: a match that runs past
    a window's end moves the next start past it, as ``finditer`` would."""
    metered = METER.on
    for first, last in windows:
        if last < pos:
            continue
        if first < pos:
            first = pos
        if last > n:
            last = n
            if first > n:
                return
        stop = last + reach
        if metered:
            _count(last - first + 1)
        found = list(engine.finditer(text, first, stop if stop < n else n))
        while found and found[-1].start() > last:
            found.pop()
        if found:
            yield found
            end = found[-1].end()
            pos = end if end > last else last + 1
        else:
            pos = last + 1


def _search_near_digits(engine: re.Pattern[str], reach: int, text: str, pos: int, n: int,
                        windows: list[tuple[int, int]]) -> re.Match[str] | None:
    """``engine.search(text, pos, n)`` for a pattern all of whose matches start in ``windows``."""
    for first, last in windows:
        if last < pos:
            continue
        if first < pos:
            first = pos
        if last > n:
            last = n
            if first > n:
                return None
        m = engine.search(text, first, min(n, last + reach))
        if m is not None and m.start() <= last:
            if METER.on:
                _count(m.start() - first + 1)
            return m
        if METER.on:
            _count(last - first + 1)
    return None


def words_after_first(words: frozenset[str], first: str) -> str:
    """Alternation of the given words, each checked after its already consumed first letter -- so
    the pattern can still start with a character class.

    The alternatives are grouped by the word's *second* letter, a literal the engine's branch
    compares before it enters an alternative; each word then reads back over its whole self:
    ``(?:i(?:a(?<=Via)|ale(?<=Viale))|u(?:e(?<=Rue))|...)``.  (Grouped by the first letter behind
    a look-behind each, ``(?<=V)(?:ia|iale)``, every capital of a text ran one look-behind per
    letter: ~20 per capital.)  For the capital consumed, the words that can match are tried in
    the same order as before: longest first.  (Written for the address shapes' street words; any scan that starts at a
    class of first letters -- a form's keys too -- builds its words so.)"""
    if not {w[0] for w in words} <= set(first):
        raise ValueError("every word must start with a letter of `first`")
    by_second: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_second.setdefault(w[1:2], []).append(w)
    alternatives = []
    for second, group in by_second.items():
        if second:
            rest = "|".join(f"{re.escape(w[2:])}(?<={re.escape(w)})" for w in group)
            alternatives.append(f"{re.escape(second)}(?:{rest})")
        else:  # one-letter words: the letter consumed is the word
            alternatives.append("|".join(f"(?<={re.escape(w)})" for w in group))
    return "(?:" + "|".join(alternatives) + ")"
