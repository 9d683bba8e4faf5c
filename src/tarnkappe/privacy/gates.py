"""Gate words: which of the cue words that let a pass run occur in a text, found in one pass.

Why: most detection passes can find nothing unless one of a few cue words occurs in the text
("partner", "geb", "niversaire" …), and test that first. Asked one word at a time
(``any(w in text for w in WORDS)``) each absent word costs a scan of the whole text -- ~4 us per
word on 10 KB, ~1.3 ms on the ~2,000-token prompt over some 360 words, most of them absent.
An Aho-Corasick automaton over all of them (``ahocorasick_rs``, the Rust ``aho-corasick`` crate)
finds every one that occurs in one pass (~40 us there).

How: a pass names its cue words as a module-level :class:`Gate`. The anonymizer builds one
:class:`GateIndex` over the gates of its passes and hands the detectors a :class:`GatedText` --
the text itself (a ``str``), knowing which gate words it contains. ``Gate.opens(text)`` answers
from that set; for any other text (a view of the text, a detector called on its own, a gate the
index does not hold) it asks ``in`` word by word as before. Both answers are the same by
construction: the automaton reports every occurrence, overlapping ones included.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING

from ahocorasick_rs import AhoCorasick

from .detectors.literal_starts import is_latin_1

if TYPE_CHECKING:
    from .detectors.literal_starts import StartIndex

CHUNK = 65_536
"""Characters searched per call of the automaton: between two calls another thread may run."""


class Gate:
    """Words of which a pass needs at least one in the text (case-sensitive substrings)."""

    __slots__ = ("words",)

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if not self.words or "" in self.words:
            raise ValueError("a gate needs non-empty words")

    def opens(self, text: str) -> bool:
        """Whether any of the words occurs in ``text``."""
        if isinstance(text, GatedText) and self in text.gates:
            return not self.words.isdisjoint(text.gate_words)
        return any(word in text for word in self.words)

    def __repr__(self) -> str:
        return f"Gate({sorted(self.words)!r})"


class GatedText(str):
    """A text with the gate words it contains (made by :meth:`GateIndex.gated`); a ``str``
    in every other respect -- its slices and the strings derived from it are plain ``str``.
    ``memo``: what passes computed from it once for all (text_memo.py); ``start_index``: the automaton
    that finds where the scans of detectors/literal_starts.py may start in it (None: none); ``latin_1``:
    every character is below U+0100 (its scans then run the patterns' Latin-1 twins, detectors/scan.py)."""

    gate_words: frozenset[str]
    gates: frozenset[Gate]
    memo: dict[str, object]
    start_index: StartIndex | None
    latin_1: bool


class GateIndex:
    """One Aho-Corasick automaton over the words of some gates."""

    def __init__(self, gates: Iterable[Gate], start_index: StartIndex | None = None) -> None:
        self.gates = frozenset(gates)
        self.start_index = start_index
        words = sorted(set().union(*(gate.words for gate in self.gates)))
        self._automaton = AhoCorasick(words) if words else None
        self._overlap = max(map(len, words), default=1) - 1

    def gated(self, text: str) -> str:
        """``text`` as a :class:`GatedText`: the gate words in it found in one pass -- or ``text``
        itself where the automaton cannot read it (a lone surrogate, as a broken emoji in JSON
        decodes: it takes UTF-8), whose gates then ask word by word."""
        found: set[str] = set()
        if self._automaton is not None:
            # In chunks that overlap by the longest word less one: every occurrence lies whole in
            # one chunk (found twice at worst, which a set does not mind).
            try:
                for start in range(0, len(text), CHUNK):
                    found.update(self._automaton.find_matches_as_strings(
                        text[start:start + CHUNK + self._overlap], overlapping=True))
            except UnicodeEncodeError:
                return text
        gated = GatedText(text)
        gated.gate_words = frozenset(found)
        gated.gates = self.gates
        gated.memo = {}
        gated.start_index = self.start_index
        gated.latin_1 = is_latin_1(text)
        return gated


def gates_of(*modules: ModuleType) -> list[Gate]:
    """The module-level gates of ``modules`` (what :class:`GateIndex` is built from): a module's
    ``Gate`` constants and those in its tables (tuples of gates, or of tuples holding one)."""
    found: list[Gate] = []
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, Gate):
                found.append(value)
            elif isinstance(value, tuple):
                found += [gate for item in value for gate in (item if isinstance(item, tuple) else (item,))
                          if isinstance(gate, Gate)]
    return found
