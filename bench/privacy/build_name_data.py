"""Build the name and common-word lists shipped in ``src/tarnkappe/privacy/data/``.

Run once by a maintainer, never at run time.  The library only reads the
generated text files, so it needs none of these packages.

Sources (recorded in ``src/tarnkappe/privacy/data/NOTICE.md``):

* first names / surnames: ``mimesis`` 22.x datasets (MIT licence) for the
  locales de, de-at, de-ch, fr, it, en-gb, en, plus the US Census 1990 name
  frequency files shipped in the ``names`` 0.3.0 package (US public domain), and
  first names of 54 countries from Jörg Michael's ``nam_dict.txt`` as shipped in
  ``gender-guesser`` 0.4.0 (GNU FDL 1.2 or later), filtered like the extra locales.
  Faker is deliberately NOT used: the synthetic evaluation set is generated
  with Faker, so using its lists would make the evaluation circular.
* common words: ``wordfreq`` 3.1.1 word lists (data CC BY-SA 4.0) for
  de, fr, it, en.
* ambiguity (a name that is also an ordinary word, e.g. "Sonne", "Koch",
  "Rose"): derived with spaCy's ``spacy-lookups-data`` 1.0.5 lemma tables
  (MIT; the German table goes back to Michal Měchura's lemmatization-lists,
  ODbL): a German name-word is a common noun if inflected forms other than the
  genitive -s map to it (Köche -> Koch), an en/fr/it one if it is a noun,
  verb or adjective lemma.

Usage: ``/tmp/pvdata/bin/python bench/privacy/build_name_data.py``
(needs: mimesis==22.2.0 wordfreq==3.1.1 names==0.3.0 spacy-lookups-data==1.0.5 gender-guesser==0.4.0)
"""

from __future__ import annotations

import collections
import gzip
import json
import pathlib
import re

import gender_guesser
import mimesis
import names as census_names
import spacy_lookups_data
from wordfreq import top_n_list, zipf_frequency

OUT = pathlib.Path(__file__).resolve().parents[2] / "src" / "tarnkappe" / "privacy" / "data"
MIMESIS_LOCALES = ("de", "de-at", "de-ch", "fr", "it", "en-gb", "en")
# Every other locale of mimesis written in the Latin alphabet: people in DACH offices have names of
# every origin (Turkish, Balkan, Portuguese, Spanish, Polish, Dutch, Nordic ...), and a surname in
# no list was the detector's most common miss in text we did not write (issue 13).  Their names
# join the lists only where they are no ordinary word of de/fr/it/en (Danish "Arzt", Dutch "Laden"
# and "Sonne" stay words), so the common-word and ambiguity lists are those of the core locales.
# Cyrillic, Greek, Arabic and CJK locales are left out: their names are written in transliteration
# in our four languages, which their datasets do not give.
EXTRA_MIMESIS_LOCALES = (
    "az", "cs", "da", "en-au", "en-ca", "es", "es-mx", "et", "fi", "hr", "hu", "is", "nl", "nl-be", "no",
    "pl", "pt", "pt-br", "sk", "sv", "tr",
)
EXTRA_MAX_ZIPF = 3.0  # an extra-locale name more frequent than this in any of our languages is a word
MICHAEL_COUNTRIES = 55  # nam_dict.txt's frequency columns (gender_guesser.detector.Detector.COUNTRIES)
MICHAEL_COMMON = 3  # nam_dict's frequency of a name common in a country (1 rare ... 13 extremely common)
MICHAEL_VERY_COMMON = 7  # ... of a name very common somewhere, which may be a town's or a word too ("Murat", "Igor")
# The columns of the countries that speak each of our languages: Great Britain, Ireland, the USA; France, Belgium,
# Luxembourg, Switzerland; Italy, Switzerland; East Frisia, Germany, Austria, Switzerland
LANG_COUNTRIES = {"en": (0, 1, 2), "fr": (7, 8, 9, 14), "it": (3, 14), "de": (11, 12, 13, 14)}
FOREIGN_WORD_ZIPF = 2.5  # a word this frequent in a language is a word there unless its people bear the name
EVERYDAY_WORD_ZIPF = 4.2  # ... and this frequent even where the name is very common elsewhere ("tea", "hey")
LANGS = ("de", "fr", "it", "en")
CENSUS_SURNAME_TOP = 20000
COMMON_ZIPF = 3.0
FUNCTION_TOP = 600
_WORD = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*$")


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _ok(word: str) -> bool:
    return len(word) >= 3 and bool(_WORD.match(word))


def mimesis_names(locales: tuple[str, ...]) -> tuple[set[str], set[str]]:
    base = pathlib.Path(mimesis.__file__).parent / "datasets"
    first: set[str] = set()
    last: set[str] = set()
    for loc in locales:
        data = json.loads((base / loc / "person.json").read_text(encoding="utf-8"))
        for group in data.get("names", {}).values():  # nl-be has surnames only
            first.update(group)
        sur = data["surnames"]
        for group in sur.values() if isinstance(sur, dict) else [sur]:
            last.update(group)
    return first, last


def michael_first_names() -> dict[str, list[int]]:
    """The ~45,000 first names of Jörg Michael's nam_dict.txt (as shipped in ``gender-guesser``), each with its
    frequency in each of the file's 55 countries (0 absent, 1 rare ... 13 extremely common): the German, Austrian,
    Swiss, Italian, French, Turkish, Balkan, Slavic, Greek, Arab ... names that people in DACH offices have and
    mimesis' lists lack ("Leonhard", "Tilmann", "Aynur", "Vasilis", "Daryna", "Ermenegildo").  A '+' joins the
    parts of an Arab, Chinese or Korean name, written joined or with a hyphen ("Jun+Wei": "Junwei", "Jun-Wei");
    lines with '+' in column 30 repeat a name with expanded umlauts for the C program's sort and are skipped, as
    the file's header says."""
    path = pathlib.Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    out: dict[str, list[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or line[29:30] == "+":
            continue
        name = line.split()[1]
        freqs = [int(c, 16) if c.strip() else 0 for c in line[30:30 + MICHAEL_COUNTRIES]]
        for joint in ("", "-"):
            key = name.replace("+", joint)
            old = out.get(key)
            out[key] = freqs if old is None else [max(x, y) for x, y in zip(old, freqs, strict=True)]
    return out


def all_lemma_words() -> dict[str, set[str]]:
    """Every lemma and form of spaCy's English, French and Italian (all parts of speech) lookup tables, per
    language: a word of one of them is an ordinary word there, however rare ("myrtille", "temo", "fuming")."""
    base = pathlib.Path(spacy_lookups_data.__file__).parent / "data"
    out: dict[str, set[str]] = {}
    tables = (("en", "en_lemma_lookup.json.gz"), ("fr", "fr_lemma_lookup.json.gz"), ("it", "it_lemma_lookup*.json.gz"))
    for lang, pattern in tables:
        words: set[str] = set()
        for path in sorted(base.glob(pattern)):
            with gzip.open(path) as fh:
                for form, lemma in json.load(fh).items():
                    words.add(form.lower())
                    words.update(lem.lower() for lem in (lemma if isinstance(lemma, list) else [lemma]))
        out[lang] = words
    return out


def census() -> tuple[set[str], set[str]]:
    base = pathlib.Path(census_names.__file__).parent
    first: set[str] = set()
    for fn in ("dist.male.first", "dist.female.first"):
        for line in (base / fn).read_text().splitlines():
            first.add(_title(line.split()[0]))
    last = []
    for line in (base / "dist.all.last").read_text().splitlines()[:CENSUS_SURNAME_TOP]:
        last.append(_title(line.split()[0]))
    return first, set(last)


def lemma_data() -> tuple[dict[str, dict[str, set[str]]], set[str]]:
    """Return per language: lemma -> inflected forms, and en/fr verb/adj/adv lemmas.

    Nouns are judged by inflection, not by the noun index: WordNet's noun index
    also lists proper names (Anna, Thomas, Paul), which must not count as words.
    """
    base = pathlib.Path(spacy_lookups_data.__file__).parent / "data"

    def load(name: str):
        with gzip.open(base / name) as fh:
            return json.load(fh)

    forms: dict[str, dict[str, set[str]]] = {}
    for lang, files in (
        ("de", ["de_lemma_lookup.json.gz"]),
        ("en", ["en_lemma_lookup.json.gz"]),
        ("fr", ["fr_lemma_lookup.json.gz"]),
        ("it", ["it_lemma_lookup_noun.json.gz", "it_lemma_lookup_adj.json.gz"]),
    ):
        inv: dict[str, set[str]] = collections.defaultdict(set)
        for fname in files:
            for form, lemma in load(fname).items():
                for lem in lemma if isinstance(lemma, list) else [lemma]:
                    inv[lem.lower()].add(form.lower())
        forms[lang] = inv
    other: set[str] = set()
    for name in ("en_lemma_index.json.gz", "fr_lemma_index.json.gz"):
        for pos, lemmas in load(name).items():
            if pos in ("verb", "adj", "adv"):
                other.update(w.lower() for w in lemmas)
    return forms, other


def is_ordinary_word(word: str, forms: dict[str, dict[str, set[str]]], other: set[str]) -> bool:
    """True if ``word`` is also a common noun/verb/adjective in de/fr/it/en."""
    low = word.lower()
    for lang, inv in forms.items():
        infl = {f for f in inv.get(low, ()) if f not in (low, low + "s", low + "es", low + "'s")}
        if any(zipf_frequency(f, lang) >= 2.5 for f in infl):
            return True
    return low in other and max(zipf_frequency(low, lang) for lang in ("en", "fr")) >= 3.0


def main() -> None:
    mf, ml = mimesis_names(MIMESIS_LOCALES)
    cf, cl = census()
    first = {_title(w) for w in mf | cf if _ok(w)}
    last = {_title(w) for w in ml | cl if _ok(w)}
    names = first | last

    forms, other = lemma_data()
    function_words = {w for lang in LANGS for w in top_n_list(lang, FUNCTION_TOP)}
    ambiguous = {w for w in names if w.lower() in function_words or is_ordinary_word(w, forms, other)}

    # A frequent word counts as an ordinary word only if a dictionary knows it
    # as one (it inflects, is an inflected form, or is a function/verb/adj
    # word): wordfreq alone also lists frequent proper names (Gérard, Niklas).
    inflected = {lang: {f for fs in inv.values() for f in fs} for lang, inv in forms.items()}
    common: set[str] = set()
    for lang in LANGS:
        for w in top_n_list(lang, 200000):
            if zipf_frequency(w, lang) < COMMON_ZIPF:
                break
            low = w.lower()
            if not _WORD.match(w) or _title(w) in names:
                continue
            lemma_forms = forms[lang].get(low, set()) - {low, low + "s"}
            if low in function_words or lemma_forms or low in other or (
                low in inflected[lang] and low not in forms[lang]
            ):
                common.add(low)

    # Function words stay ordinary words even where they are also names
    # (census "Das", "Will"); the detector checks common words first.
    common.update(w.lower() for w in names if w.lower() in function_words)

    xf, xl = mimesis_names(EXTRA_MIMESIS_LOCALES)

    def extra(words: set[str]) -> set[str]:
        out = set()
        for w in (_title(w) for w in words if _ok(w)):
            low = w.lower()
            if w in names or low in common or low in function_words or is_ordinary_word(w, forms, other):
                continue
            if w.endswith("s") and w[:-1] in names:  # Dutch "Hubers": in our languages Huber's genitive
                continue
            if max(zipf_frequency(low, lang) for lang in LANGS) > EXTRA_MAX_ZIPF:
                continue
            out.add(w)
        return out

    first |= extra(xf)
    last |= extra(xl)

    # Jörg Michael's first names: a name no list has as a first name yet (a listed surname may be one:
    # "Lazar", "Pascale"), no ordinary word, no town unless very common as a name ("Murat"; not "Basel", "Haifa",
    # "Rüti"); no word of a language that people of its countries do not bear as a name ("Hey", "Essi", "Uran",
    # "Kap", "Moin": frequent in English, Italian or German, names only elsewhere -- the review of session 32) unless
    # it is very common somewhere (MICHAEL_VERY_COMMON: "Igor", "Konstantin", "Mehmet") and no everyday word ("Tea");
    # and, unless very common, no entry of the English, French or Italian lemma tables nor a German noun or form
    # ("Myrtille", "Temo", "Fuming", "Laib", "Werter"; the German table holds names too, which inflect only with a
    # genitive -s).
    places = {line.strip() for line in gzip.open(OUT / "places.txt.gz", "rt", encoding="utf-8")}
    michael: set[str] = set()  # a list of its own: the rules read it, the learned model's features do not
    lemma_words = all_lemma_words()
    german_forms = {form for lem, fs in forms["de"].items() for form in fs - {lem, lem + "s", lem + "'s"}}

    def a_word(low: str, freqs: list[int]) -> bool:
        very_common = max(freqs) >= MICHAEL_VERY_COMMON
        if not very_common and (any(low in words for words in lemma_words.values()) or low in german_forms):
            return True
        for lang, countries in LANG_COUNTRIES.items():
            zipf = zipf_frequency(low, lang)
            if zipf >= FOREIGN_WORD_ZIPF and not any(freqs[k] for k in countries) and (
                    not very_common or zipf >= EVERYDAY_WORD_ZIPF):
                return True  # ("Tea": a very common name in Croatia, an everyday word in English)
        return False

    for raw, freqs in michael_first_names().items():
        if not _ok(raw):
            continue
        w = _title(raw)
        low = w.lower()
        top = max(freqs)
        if w in first or low in common or low in function_words or is_ordinary_word(w, forms, other):
            continue
        if w in places and top < MICHAEL_VERY_COMMON:
            continue
        if a_word(low, freqs):
            continue
        if max(zipf_frequency(low, lang) for lang in LANGS) > EXTRA_MAX_ZIPF and top < MICHAEL_COMMON:
            continue
        michael.add(w)

    OUT.mkdir(parents=True, exist_ok=True)
    for fname, words in (
        ("first_names.txt.gz", first),
        ("first_names_extra.txt.gz", michael),
        ("surnames.txt.gz", last),
        ("ambiguous_names.txt.gz", ambiguous),
        ("common_words.txt.gz", common),
    ):
        # mtime=0: the same lists give the same bytes, so a rebuild shows up in git only if it changed.
        with gzip.GzipFile(OUT / fname, "wb", compresslevel=9, mtime=0) as fh:
            fh.write(("\n".join(sorted(words)) + "\n").encode("utf-8"))
        print(f"{fname}: {len(words)} entries")


if __name__ == "__main__":
    main()
