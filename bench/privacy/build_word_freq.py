"""Build ``src/tarnkappe/privacy/data/word_freq.txt.gz``: how common a word is in de, fr, it, en.

Run once by a maintainer, never at run time or by ``make model`` (the model is trained from the
shipped file, so neither the gateway nor the build needs ``wordfreq``, a 58 MB package).

Every lower-case alphabetic word whose Zipf frequency is >= 2.5 in at least one of the four
languages, with four digits, one per language (de, fr, it, en) = ``min(9, int(zipf * 1.5))``,
0 = unseen.  Layout, for a fast load (two C-level splits and a zip instead of parsing 209k
lines): the words one a line, a NUL, then the digit groups one a line in the same order.  The learned name detector uses it to tell a rare
capitalised word from a common noun, and a German noun (frequent in de, unseen elsewhere) from
a name (frequent in several languages: "Merkel", "Müller").

Source: ``wordfreq`` 3.1.1 (data CC BY-SA 4.0, Robyn Speer); see data/NOTICE.md.
Usage: ``python bench/privacy/build_word_freq.py`` in an environment with wordfreq==3.1.1.
"""

from __future__ import annotations

import gzip
import pathlib

from wordfreq import top_n_list, zipf_frequency

OUT = pathlib.Path(__file__).resolve().parents[2] / "src" / "tarnkappe" / "privacy" / "data" / "word_freq.txt.gz"
LANGS = ("de", "fr", "it", "en")
MIN_ZIPF = 2.5


def main() -> int:
    words: set[str] = set()
    for lang in LANGS:
        for w in top_n_list(lang, 150_000):
            if zipf_frequency(w, lang) < MIN_ZIPF:
                break
            if w.isalpha():
                words.add(w)
    ordered = sorted(words)
    codes = ["".join(str(min(9, int(zipf_frequency(w, lang) * 1.5))) for lang in LANGS) for w in ordered]
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(ordered) + "\0" + "\n".join(codes)).encode("utf-8"))
    print(f"{OUT}: {len(ordered)} words, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
