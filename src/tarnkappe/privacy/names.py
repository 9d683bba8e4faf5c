"""Name and common-word lists shipped in ``data/`` (see data/NOTICE.md for sources).

Loaded lazily once per process (``functools.cache``) into frozensets: the
data is immutable and shared by every Anonymizer and thread.
"""

from __future__ import annotations

import gzip
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from types import MappingProxyType


def without_accents(word: str) -> str:
    """``word`` with its accents removed ("Martínez" -> "Martinez"); letters without a
    decomposition ("ø", "ł", "ß") stay.  One C call (a translation table built at import): it
    runs for every accented word the name lists do not know."""
    return word.translate(_ACCENTS)


def _accent_table() -> MappingProxyType[int, str]:
    """Accented Latin letter -> its base letter (U+00C0-U+024F and U+1E00-U+1EFF)."""
    table: dict[int, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if base and base != chr(code):
            table[code] = base
    return MappingProxyType(table)


_ACCENTS = _accent_table()


def _load(name: str) -> frozenset[str]:
    with resources.files(__package__).joinpath("data", name).open("rb") as raw:
        with gzip.open(raw, "rt", encoding="utf-8") as fh:
            return frozenset(line.strip() for line in fh if line.strip())


# Surnames written with a capital inside after these ("MacGregor", "McKenzie", "FitzGerald"; not "LaSalle", "LaCroix" of
# streets and brands -- the review of session 34)
INNER_CAPITAL_PREFIXES = ("Mac", "Mc", "Fitz")


@dataclass(frozen=True, slots=True)
class NameLexicon:
    """first/surnames (Title-case), name-words that are also ordinary words,
    lower-cased common words of de/fr/it/en that are not names, and town names."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]
    common_words: frozenset[str]
    longest_common: int  # letters of the longest common word: no longer tail can be one
    places: frozenset[str] = frozenset()  # towns (GeoNames, see data/NOTICE.md), as written
    # The first names of the core lists (mimesis, the US census), without Jörg Michael's: the learned model's
    # features read these (``core``), the rules all of them.
    core_first_names: frozenset[str] | None = None


    def is_known_name(self, word: str) -> bool:
        """True if ``word`` (Title-case) is in either name list, also written with other accents
        than the list's ("López", "Martínez" where a list has "Lopez", "Martinez")."""
        return self._listed(word, self.first_names)

    def is_place_only(self, text: str) -> bool:
        """``text`` is a town and none of its words a listed name ("Vevey", "Kelowna"; not
        "Hamilton" or "Florence", which are names too)."""
        # (the core lists: "Seon", "Uri", "Orly" stay towns beside Jörg Michael's names; session 32's review)
        first = self.first_names if self.core_first_names is None else self.core_first_names
        return text in self.places and not any(self._listed(w, first) for w in text.split())

    def _listed(self, word: str, first_names: frozenset[str]) -> bool:
        """``word`` in ``first_names`` or the surnames, also with other accents than the list's."""
        if word in first_names or word in self.surnames or self.inner_capital_surname(word):
            return True
        if word.isascii():
            return False
        plain = without_accents(word)
        return plain != word and (plain in first_names or plain in self.surnames)

    def inner_capital_surname(self, word: str) -> bool:
        """``word`` is a listed surname written with a capital inside after "Mac"/"Mc"/"Fitz": "MacGregor",
        "McKenzie" where a list has "Macgregor" (holdout38's rotas) -- no ordinary word of any language."""
        if not word.startswith(INNER_CAPITAL_PREFIXES) or word.isupper():
            return False
        folded = word[0] + word[1:].lower()
        return folded != word and folded in self.surnames

    def core(self) -> NameLexicon:
        """This lexicon with the core lists' first names only: what the learned name detector's features read.
        Why: with nam_dict.txt's ~30,000 more first names -- rare ones of 54 countries -- the CRF's "a listed
        first name" feature fires on words of every kind; retrained on it the models lost names they had found
        ("Erlach", "Alba d'Harcourt") and found words ("Payroll").  The rules take the names the lists add, the
        models read the words as they were trained to (session 32)."""
        if self.core_first_names is None:
            return self
        return replace(self, first_names=self.core_first_names, core_first_names=None)

    def first_name_only(self, word: str) -> bool:
        """``word`` is a first name of the core lists and no listed surname ("Anna", not "Sinnathurai"): Jörg
        Michael's names of every origin are family names too where they come from (a Tamil, an Arab or a
        Chinese surname is a first name there), so a pair that reads "first name, first name" is judged by
        the core lists alone (holdout37, read in session 33)."""
        first = self.first_names if self.core_first_names is None else self.core_first_names
        if word in self.surnames:
            return False
        if word in first:
            return True
        plain = without_accents(word)
        return plain != word and plain in first and plain not in self.surnames

    def is_first_name(self, word: str) -> bool:
        """True if ``word`` (Title-case) is a listed first name, accents aside ("Joré" as "Jore")."""
        if word in self.first_names:
            return True
        if word.isascii():
            return False
        plain = without_accents(word)
        return plain != word and plain in self.first_names


@cache
def load_lexicon() -> NameLexicon:
    """The shipped lexicon (loaded on first use, then shared)."""
    common = _load("common_words.txt.gz")
    core_first = _load("first_names.txt.gz")
    return NameLexicon(
        first_names=core_first | _load("first_names_extra.txt.gz") | _load("first_names_modern.txt.gz"),
        core_first_names=core_first,
        surnames=_load("surnames.txt.gz"),
        ambiguous=_load("ambiguous_names.txt.gz"),
        common_words=common,
        longest_common=max(map(len, common), default=0),
        places=_load("places.txt.gz"),
    )


def compound_tail(key: str, lexicon: NameLexicon, shortest: int = 4) -> bool:
    """``key`` (lower case) ends in an ordinary word of >= ``shortest`` letters after >= 3 others
    ("holzzaun", "grossteil").

    Only tails up to the longest common word are looked up: at most ~20 slices and set lookups
    whatever the word's length (issue 12: every tail of a 100 KB "word" was sliced and hashed,
    quadratic -- 1.2 s for 100 KB of "A" with the learned detector on)."""
    common = lexicon.common_words
    first = max(3, len(key) - lexicon.longest_common)
    return any(key[i:] in common for i in range(first, len(key) - shortest + 1))
