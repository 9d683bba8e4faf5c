"""A read-only mapping of many short words to short codes, held in a few flat buffers (issue 18).

Why: as a ``dict``, the word frequencies (``features.load_word_freq``: 209,181 words, 2,552
distinct four-digit codes) held ~20 MB of the gateway's resident memory: one ``str`` object per
word (49 bytes of header for an ASCII word, 73 for others, before its letters: 12 MB) and the
dict's own table (7 MB).  Here the words are one string, their letters back to back (one byte a
letter: every word of Latin-1; the few others, 73 of them, sit in a small dict), an array of
where each word starts, an array of each word's code (an index into the distinct codes, one
string object each) and an open-addressing table of word numbers keyed by the word's own ``str``
hash: 5.1 MB in all, and no list of 209,181 strings exists even while it is built.

A lookup is a Python-level probe (~0.3-0.4 us against a dict's ~0.035 us); the anonymizer asks
~20-150 of them for a 2,000-token prompt (the learned detector's candidates and features, once
per distinct word and call): +0.07% instructions per mask of speed.py's prompt, +0.29% of its
distinct-words prompt (callgrind; see docs/performance.md).
Answers are a dict's: ``get``, ``in``, ``[]``, ``len``, iteration in the order given (keys), the
same code object for equal codes.  Thread-safe: nothing changes after construction.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping
from itertools import accumulate, islice
from typing import Any, TypeVar, overload

_T = TypeVar("_T")
_MISSING = object()
_CHUNK = 4096  # words taken at a time: no list of all of them exists while the table is built


def _latin1(text: str) -> bool:
    """Every letter of ``text`` is in Latin-1 (a str of them is stored one byte a letter)."""
    try:
        text.encode("latin-1")  # for such a str, a copy of its bytes
    except UnicodeEncodeError:
        return False
    return True


class _Numbering(dict[str, int]):
    """Each distinct code's number, in the order first seen (the dict's own order)."""

    def __missing__(self, code: str) -> int:
        number = self[code] = len(self)
        return number


class WordTable(Mapping[str, str]):
    """``dict(zip(words, codes))`` for words without repeats, in a fraction of the memory.

    ``words`` is read to its end before ``codes`` is read (the layout of the shipped file: all
    words, then all codes); both must be equally long, a word may not repeat (ValueError), and
    there may be at most 65,536 distinct codes."""

    __slots__ = ("_text", "_starts", "_codes", "_code_of", "_slots", "_mask", "_wide")

    def __init__(self, words: Iterable[str], codes: Iterable[str]) -> None:
        # Word number k (its position in ``words``) is text[starts[k]:starts[k + 1]]; a word not
        # stored narrow has an empty range there and its number in ``wide``.
        starts = array("I", [0])
        pieces: list[str] = []
        hashes = array("q")  # the narrow words' hashes and numbers, for placing them (then dropped)
        numbers = array("I")
        wide: dict[str, int] = {}

        def add(chunk: list[str], first: int) -> None:
            """Words ``first``, ``first + 1``, ...: a run of narrow words in C-level steps; a run
            with a wide word in runs of 64, and a word at a time in the run of 64 that has it."""
            joined = "".join(chunk)
            if _latin1(joined):
                hashes.extend(map(hash, chunk))
                numbers.extend(range(first, first + len(chunk)))
                starts.extend(accumulate(map(len, chunk), initial=starts[-1]))
                del starts[-len(chunk) - 1]  # accumulate's initial value, already the last start
                pieces.append(joined)
            elif len(chunk) > 64:
                for at in range(0, len(chunk), 64):
                    add(chunk[at:at + 64], first + at)
            else:
                for number, word in enumerate(chunk, first):
                    if _latin1(word):
                        add([word], number)
                    elif word in wide:
                        raise ValueError(f"word given twice: {word!r}")
                    else:
                        wide[word] = number
                        starts.append(starts[-1])

        count = 0
        remaining = iter(words)
        while chunk := list(islice(remaining, _CHUNK)):
            add(chunk, count)
            count += len(chunk)
        text = "".join(pieces)
        pieces.clear()

        numbering = _Numbering()
        code_of = array("H")
        remaining_codes = iter(codes)
        try:
            while chunk := list(islice(remaining_codes, _CHUNK)):
                code_of.extend(map(numbering.__getitem__, chunk))
        except OverflowError:
            raise ValueError("more than 65,536 distinct codes") from None
        if len(code_of) != count:
            raise ValueError(f"{count} words but {len(code_of)} codes")

        # Open addressing, linear probing, at most 40% full: a word found takes ~1.3 probes, a
        # word not there ~1.9.
        size = 1 << max(3, (len(hashes) * 5 // 2).bit_length())
        mask = size - 1
        slots = array("i", [-1]) * size
        for number, word_hash in zip(numbers, hashes, strict=True):
            i = word_hash & mask
            while (other := slots[i]) >= 0:
                start, end = starts[number], starts[number + 1]
                if starts[other + 1] - starts[other] == end - start and \
                        text.startswith(text[start:end], starts[other]):
                    raise ValueError(f"word given twice: {text[start:end]!r}")
                i = (i + 1) & mask
            slots[i] = number
        self._text = text
        self._starts = starts
        self._codes = tuple(numbering)
        self._code_of = code_of
        self._slots = slots
        self._mask = mask
        self._wide = wide

    @overload
    def get(self, word: str, /) -> str | None: ...
    @overload
    def get(self, word: str, default: str | _T, /) -> str | _T: ...

    def get(self, word: Any, default: object = None, /) -> object:
        """The code of ``word``, else ``default`` (as ``dict.get``: a key that is no str is absent;
        an unhashable one raises TypeError)."""
        slots, mask = self._slots, self._mask
        try:
            i = hash(word) & mask
            number = slots[i]
            while number >= 0:
                starts = self._starts
                start = starts[number]
                if starts[number + 1] - start == len(word) and self._text.startswith(word, start) \
                        and isinstance(word, str):  # (a tuple of strings passes startswith)
                    return self._codes[self._code_of[number]]
                i = (i + 1) & mask
                number = slots[i]
        except TypeError:  # no str: not stored narrow (an unhashable key raises again below)
            pass
        number = self._wide.get(word, -1)
        return default if number < 0 else self._codes[self._code_of[number]]

    def __contains__(self, word: object) -> bool:
        return self.get(word, _MISSING) is not _MISSING  # type: ignore[call-overload]

    def __getitem__(self, word: str) -> str:
        code = self.get(word, _MISSING)
        if code is _MISSING:
            raise KeyError(word)
        return code  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __iter__(self) -> Iterator[str]:
        """The words in the order they were given."""
        text, starts = self._text, self._starts
        wide = {number: word for word, number in self._wide.items()}
        for number in range(len(self)):
            if number in wide:
                yield wide[number]
            else:
                yield text[starts[number]:starts[number + 1]]

    def __repr__(self) -> str:
        return f"<WordTable: {len(self)} words, {len(self._codes)} distinct codes>"
