"""Which person mentions of one request are the same person — only where that is safe.

A model answers better when it sees that "Anna Meier" and "Frau Meier" are one
person, but a wrong link is worse than none: it would make two people one.
So a mention is linked only when the request leaves no doubt:

* full names (two or more capitalised words) are one person only when they
  are the same words, up to case ("Anna Meier", "ANNA MEIER"); "Hans Meier"
  and "Anna Meier" stay two people;
* a single word ("Meier", "Frau Meier" -> "Meier", "Anna") joins the one full
  name that contains it; if no full name, or two ("Anna Meier", "Peter
  Meier"), contain it, it is a person of its own.

The vault notes every person of a request before it numbers any (see
:meth:`~.anonymizer.Anonymizer.mask_many`), so a "Meier" in the first message
is not linked to "Anna Meier" when "Peter Meier" only comes in the last one.
"""

from __future__ import annotations

from collections.abc import Iterator

from .detectors import scan

_SPACE = scan.compile(r"\s")

PersonKey = tuple[str, ...]
"""Identity of a person within a request: its casefolded name words, or ("", original)."""


_PIECE = 65536


def name_words(original: str) -> PersonKey:
    """The capitalised words of a name, casefolded; particles ("von", "de") are left out."""
    return tuple(w.casefold() for w in _words(original) if w[0].isupper())


def _words(original: str) -> Iterator[str]:
    """``original.split()``; a long one (a 1 MB "Anna Meier Anna Meier ...") split in pieces cut
    at white space, so that no single call holds the GIL for milliseconds."""
    if len(original) <= _PIECE:
        yield from original.split()
        return
    pos = 0
    while pos < len(original):
        cut = scan.search(_SPACE, original, min(len(original), pos + _PIECE))
        end = len(original) if cut is None else cut.start()
        yield from original[pos:end].split()
        pos = end + 1


class PersonLinks:
    """The full names seen in one request, indexed by their words.

    Not thread-safe on its own: it lives inside a :class:`~.vault.Vault`,
    whose lock guards every call.
    """

    __slots__ = ("_full", "_by_word")

    def __init__(self) -> None:
        self._full: dict[PersonKey, str] = {}  # full name -> its first spelling
        # word -> the full names containing it.  Linear time: each full name is hashed once, when
        # it is added, and the index holds each distinct word of it once.  (It used to add the
        # name's key to a set once per word: a 990 KB "Anna Meier Anna Meier ..." is one name of
        # 180,000 words, whose tuple was hashed 180,000 times -- 67 s.)
        self._by_word: dict[str, dict[PersonKey, None]] = {}

    def note(self, original: str) -> None:
        """Remember a full name (single words need no note: they are looked up)."""
        words = name_words(original)
        if len(words) >= 2:
            self._add(words, original)

    def _add(self, words: PersonKey, original: str) -> None:
        if words not in self._full:
            self._full[words] = original
            seen: set[str] = set()
            for word in words:  # distinct words, in order (a loop: dict.fromkeys of 180,000 words is one long C call)
                if word in seen:
                    continue
                seen.add(word)
                names = self._by_word.setdefault(word, {})
                if len(names) < 2:  # one containing name links, two or more never do
                    names[words] = None

    def person_of(self, original: str) -> tuple[PersonKey, str]:
        """The person ``original`` refers to, and the spelling that stands for that person.

        The standing spelling (a full name's first spelling, else ``original``
        itself) is the one that gets the plain ``[[PERSON_N]]``.
        """
        words = name_words(original)
        if len(words) >= 2:
            self._add(words, original)
            return words, self._full[words]
        if len(words) == 1:
            candidates = self._by_word.get(words[0], ())
            if len(candidates) == 1:
                (key,) = candidates
                return key, self._full[key]
        return ("", original), original
