"""Tokens and CRF features for the learned name detector, shared by training and run time.

The same functions build the features when the model is trained (``training.py``) and when it
tags a request (``detector.py``), so the two can never drift apart.

Work is linear in the text: one pass of a regex whose every repetition consumes a separator it
cannot give back (possessive quantifiers, no nested ambiguity); each distinct word's features
are computed once per call (a text repeats its words), a token's features are that word's
features plus four of its neighbours' (a fixed number of strings per token).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from itertools import chain

from ..names import NameLexicon, compound_tail
from .word_table import WordTable

# A word (letters, inner apostrophe/hyphen: "O'Brien", "Hans-Peter"), a number, or one other
# non-space character.  Possessive: no backtracking, linear in the text.  Bounded as the rules'
# words are (detectors/persons.py): at most 64 letters in each of at most 8 parts, 64 digits; a
# longer run is cut into tokens of that size.  Every feature is then computed on a bounded
# string, so no per-token step can grow with the input (issue 12: one 100 KB "word" made the
# compound-word feature quadratic).
TOKEN = re.compile(r"[^\W\d_]{1,64}+(?:(?:['’](?![sS](?![^\W\d_]))|-)[^\W\d_]{1,64}+){0,7}+|\d{1,64}+|\S")
TOKEN_MAX = 64 * 8 + 7
_SENTENCE_END = frozenset(".!?:;•|")
LANGS = ("de", "fr", "it", "en")
# Ordinary words whose features are kept for the process's life: ~2 KB each, so at most ~20 MB
# (100,000 could have grown to ~200 MB under varied traffic; the bench, repeating one prompt, never
# showed it -- found by the memory helper, issue 18).  A word past the cap is computed each time.
_SHARED_MAX = 10_000


class Tokens:
    """Tokens of a text (or of a region of it) as parallel lists: cheap to build."""

    __slots__ = ("starts", "ends", "words", "line_starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.words: list[str] = []
        self.line_starts: list[bool] = []  # first token of the text, of a line or of a sentence

    def __len__(self) -> int:
        return len(self.words)


def tokenize(text: str, lo: int = 0, hi: int | None = None, first_line_start: bool = True) -> Tokens:
    """Tokens of ``text[lo:hi]`` with offsets into ``text`` (one regex pass)."""
    out = Tokens()
    starts, ends, words, firsts = out.starts, out.ends, out.words, out.line_starts
    prev_end, prev_word, first = lo, "", first_line_start
    for m in TOKEN.finditer(text, lo, len(text) if hi is None else hi):
        s, e = m.span()
        word = m.group()
        if words:
            first = _ends_sentence(prev_word, words[-2] if len(words) > 1 else "") or "\n" in text[prev_end:s]
        starts.append(s)
        ends.append(e)
        words.append(word)
        firsts.append(first)
        prev_end, prev_word = e, word
    return out


def _ends_sentence(word: str, before: str) -> bool:
    """``word`` ends a sentence; a "." after an initial or a short title ("A.", "Dr.") does not."""
    if word not in _SENTENCE_END:
        return False
    return word != "." or not (before[:1].isupper() and len(before) <= 3 and before.isalpha())


def line_start_at(text: str, pos: int) -> bool:
    """Whether a token starting at ``pos`` starts the text, a line or a sentence (bounded look-back)."""
    back = text[max(0, pos - 24):pos]
    stripped = back.rstrip()
    if not stripped:
        return pos <= 24 or "\n" in back
    if "\n" in back[len(stripped):]:
        return True
    toks = TOKEN.findall(stripped)
    return _ends_sentence(toks[-1], toks[-2] if len(toks) > 1 else "")


def tokens_from_words(words: list[str]) -> tuple[str, Tokens]:
    """A pre-tokenised sentence (GermEval, LER) as text joined by spaces and its tokens."""
    out = Tokens()
    pos = 0
    for i, w in enumerate(words):
        out.starts.append(pos)
        out.ends.append(pos + len(w))
        out.words.append(w)
        out.line_starts.append(i == 0 or _ends_sentence(words[i - 1], words[i - 2] if i > 1 else ""))
        pos += len(w) + 1
    return " ".join(words), out


@cache
def load_word_freq() -> WordTable:
    """lower-case word -> four digits (Zipf buckets in de, fr, it, en); see data/NOTICE.md.

    A read-only mapping that answers as a dict of the same pairs, in ~5 MB of resident memory
    instead of a dict's ~20 (word_table.py; issue 18).  Decoded a piece at a time: no list of
    its 209,181 words exists even for a moment (the peak counts too)."""
    pkg = __package__.rsplit(".", 1)[0]
    with resources.files(pkg).joinpath("data", "word_freq.txt.gz").open("rb") as raw:
        data = gzip.decompress(raw.read())
    words, codes = _word_freq_sections(data)
    return WordTable(words, codes)


def one_language(word: str, gap: int = 4) -> bool:
    """A word far more frequent in one of our languages than in the others is a word of it
    ("seid": Zipf 7 in German, 2 elsewhere), a name is about as frequent in all ("hugo", "olga")."""
    freq = load_word_freq().get(word)
    if freq is None:
        return False
    top, second = sorted(freq)[-2:][::-1]
    return int(top) - int(second) >= gap


def german_word(word: str, below: int | None = None) -> bool:
    """``word`` (any case) is frequent in German (Zipf 2 or more) and rare in French, Italian and
    English (below 1.4): a German noun when capitalised ("Rechnung", "Bundeskanzlerin"), no name --
    names are about as frequent in all four ("Merkel", "Müller").  With ``below``: frequent in German
    (Zipf ``below`` or more) whatever the other languages say ("Schweiz")."""
    code = load_word_freq().get(word.lower())
    if below is not None:
        return code is not None and code[0] >= str(below)
    return code is not None and code[0] >= "3" and max(code[1:]) <= "2"


def rare_word(word: str, below: int = 4) -> bool:
    """``word`` (any case) is below Zipf ``below`` in all four languages, or in none of them:
    no ordinary word of ours ("schrempf"; not "devis", "hotel" -- nor "karen", names count too)."""
    zipf = load_word_freq().get(word.lower())
    return zipf is None or max(zipf) < str(below)


def _word_freq_sections(data: bytes) -> tuple[Iterator[str], Iterator[str]]:
    """The words and the codes of word_freq.txt.gz's layout (UTF-8: the words one a line, a NUL,
    the codes one a line in the same order), as ``text.split("\0")`` and ``split("\n")`` of
    each would give them, decoded ~64 KB at a time as they are asked for."""
    nul = data.index(b"\0")
    view = memoryview(data)

    def pieces(start: int, end: int) -> Iterator[list[str]]:
        while True:
            cut = data.find(b"\n", min(start + 65_536, end), end)  # a line's end: never inside a letter
            cut = end if cut < 0 else cut
            yield str(view[start:cut], "utf-8").split("\n")
            if cut == end:
                return
            start = cut + 1

    return chain.from_iterable(pieces(0, nul)), chain.from_iterable(pieces(nul + 1, len(data)))


def _shape(word: str) -> str:
    """Character classes with runs collapsed: "Müller" -> "Xx", "O'Brien" -> "X'Xx", "4711" -> "d"."""
    out: list[str] = []
    for ch in word[:12]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


class Featurizer:
    """Builds each token's feature strings from the shipped lexicon and word frequencies."""

    __slots__ = ("_lex", "_freq", "_shared")

    def __init__(self, lexicon: NameLexicon, freq: Mapping[str, str]) -> None:
        self._lex, self._freq = lexicon, freq
        # Features of ordinary words (shipped common-word list, or lower-case words of the
        # frequency list, never a listed name), shared by all calls: they are public
        # vocabulary, so keeping them says nothing about a request.  Bounded; a dict's get and
        # set are atomic, so threads may share it.
        self._shared: dict[str, tuple[list[str], list[list[str]]]] = {}

    def word_features(self, word: str) -> tuple[list[str], list[str]]:
        """(features of the word itself, short description used as a neighbour's context)."""
        lex = self._lex
        low = word.lower()
        title = word[:1].isupper()
        shape = _shape(word)
        feats = ["b", "w=" + low, "sh=" + shape, "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:],
                 "s4=" + low[-4:], "len=" + str(min(len(word), 12))]
        ctx = ["w=" + low, "sh=" + shape, "s3=" + low[-3:], "s4=" + low[-4:]]
        if word.isalpha() or "-" in word or "'" in word or "’" in word:
            norm = word if not word.isupper() else word.capitalize()
            cls = []
            if "-" in norm:
                parts = norm.split("-")
                if all(p in lex.first_names for p in parts if p):
                    cls.append("fn")
                if any(p in lex.surnames for p in parts):
                    cls.append("sn")
                if any(p.lower() in lex.common_words for p in parts):
                    cls.append("cwpart")
            else:
                if norm in lex.first_names:
                    cls.append("fn")
                if norm in lex.surnames:
                    cls.append("sn")
                if norm in lex.ambiguous:
                    cls.append("amb")
                if norm.endswith("s") and len(norm) > 3 and lex.is_known_name(norm[:-1]):
                    cls.append("gen")
            key = low.replace("ß", "ss")  # wordfreq and the common-word list spell ß as ss
            if key in lex.common_words:
                cls.append("cw")
            f = self._freq.get(key.replace("’", "'"))
            if f is None and word.isalpha() and len(key) >= 7 and "cw" not in cls \
                    and compound_tail(key, lex):
                feats.append("cmp")  # "Holzzaun", "Fehlgriff": a German compound of an ordinary word
            if f is None and low.endswith("s"):
                f2 = self._freq.get(key[:-1])
                feats.append("zs=" + (f2[0] + str(max(f2[1:])) if f2 else "no"))
            if f is None:
                feats.append("z=no")
                ctx.append("z=no")
            else:
                de, other = int(f[0]), max(int(f[1]), int(f[2]), int(f[3]))
                feats += ["zde=" + f[0], "zo=" + str(other), "zd=" + str(max(-3, min(3, de - other)))]
                ctx.append("zde=" + f[0])
            feats += cls
            ctx += cls
            if title and "cw" not in cls and "cwpart" not in cls:
                # a capitalised word no word list knows as an ordinary word: with its frequency
                # (linear model: conjunctions must be spelled out)
                feats.append("unk")
                feats.append("unkz=" + ("no" if f is None else f[0] + str(max(f[1:]))))
                if "fn" not in cls and "sn" not in cls:
                    feats.append("unlisted")
        if title:
            feats.append("T")
        return feats, ctx

    def sequence(self, toks: Tokens, cache: dict[str, tuple[list[str], list[list[str]]]] | None = None,
                 lo: int = 0, hi: int | None = None) -> list[list[str]]:
        """Feature lists of tokens [lo, hi) (context: two tokens either side within ``toks``)."""
        words, firsts = toks.words, toks.line_starts
        n = len(words)
        hi = n if hi is None else hi
        a, b = max(0, lo - 2), min(n, hi + 2)
        cache = {} if cache is None else cache
        info: list = [None] * a
        shared = self._shared
        for word in words[a:b]:
            got = cache.get(word) or shared.get(word)
            if got is None:
                own, ctx = self.word_features(word)
                low = word.lower()
                lw = "w=" + low
                got = cache[word] = (own, [
                    ["-2" + lw],
                    ["-1" + c for c in ctx],
                    ["+1" + c for c in ctx],
                    ["+2" + lw],
                ])
                if len(shared) < _SHARED_MAX and (
                    (low in self._lex.common_words or (word == low and low in self._freq))
                    and not self._lex.is_known_name(word.capitalize())
                ):
                    shared[word] = got
            info.append(got)
        out: list[list[str]] = []
        for i in range(lo, hi):
            own = info[i][0]
            f = own + (["bos"] if firsts[i] else ["unkmid"] if "unk" in own else [])
            if i >= 1 and not firsts[i]:
                f = f + info[i - 1][1][1]
                if i >= 2 and not firsts[i - 1]:
                    f = f + info[i - 2][1][0]
            else:
                f = f + ["-1BOS"]
            if i + 1 < n and not firsts[i + 1]:
                f = f + info[i + 1][1][2]
                if i + 2 < n and not firsts[i + 2]:
                    f = f + info[i + 2][1][3]
            else:
                f = f + ["+1EOS"]
            out.append(f)
        return out


# Endings of nouns, no name's: "Renovation", "Zeitmessung", "Gesundheit"
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "nis", "ismus", "ment", "age", "ance", "ence")


def name_word(word: str, lexicon: NameLexicon) -> bool:
    """``word`` (capitalised) can be a name: a listed name that is no ordinary word of ours (or a rare one), or
    a word no list of ours knows, no noun's ending or compound's tail -- not "Tulpe", "Plan" in a column of pets,
    nor a day's status in a roster, "Urlaub", "Feiertag", "Mittagspause", "Renovation" (second review of session
    26), nor a mailbox's function, "Zeitmessung", "Commande" (session 30)."""
    low = word.lower()
    return lexicon.is_known_name(word) and (low not in lexicon.common_words or rare_word(word)) or (
        low not in lexicon.common_words and not german_word(low, below=5) and not low.endswith(_NOUN_ENDINGS)
        and not compound_tail(low, lexicon))


def owner_word(word: str, lexicon: NameLexicon) -> bool:
    """``word`` can be a mailbox owner's name: :func:`name_word`, and a listed name or rare in all four languages
    (Zipf < 3) -- a mailbox's function is a frequent word ("Commande", "seniors", "referral")."""
    word = word.capitalize()
    return name_word(word, lexicon) and (lexicon.is_known_name(word) or rare_word(word, below=3))
