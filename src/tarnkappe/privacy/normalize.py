"""Text written with combining marks: decomposed Unicode (NFD), as macOS, some PDFs and some web
pages hand it over ("Mu\\u0308ller": "u" and a combining diaeresis), and letters Unicode has no
single character for ("Morẹ́nikẹ́": "ẹ" and a combining acute).  Every detector reads words as runs of
letters, and a combining mark is no letter: "Jürgen Müller" and "3. März 1980" written decomposed
were no name and no date at all, and "8001 Zürich" was cut at the "u" (found in session 12).
The invisible characters of typeset and web text do the same inside a word: a soft hyphen
("Mül\u00adler" left "ler" in clear), a zero-width space or joiner, a word joiner.

The detectors read instead a *detection text*: each letter with its marks composed (NFC), marks
that compose with nothing dropped, and for each of its characters the span of the characters it
came from.  A span found there is the span of the same characters in the original, marks included.
Linear: one C scan finds the letters with marks; text between them is copied in one piece (its
map by ``range``); only a text holding a combining mark of the Latin script's blocks is read so.
"""

from __future__ import annotations

import unicodedata

from .detectors import scan

# the Latin script's combining blocks, and the invisible characters typeset and web text carries
# inside words: soft hyphens ("Mül\u00adler"), zero-width spaces and joiners, word joiners, BOMs
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u200b-\u200d\u2060\ufeff"
# A character and its marks (or marks alone, after 64 of them: zalgo text is read, not skipped).
_CLUSTER = scan.compile(f"[^{_MARKS}]?[{_MARKS}]{{1,64}}+")
_MARK = scan.compile(f"[{_MARKS}]")


def detection_text(text: str) -> tuple[str, list[int], list[int]] | None:
    """(The detection text, for each of its characters the start and the end of the characters of
    ``text`` it stands for), or None when ``text`` holds no combining mark or invisible character
    and is read as it is."""
    if text.isascii() or scan.search(_MARK, text) is None:
        return None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in scan.finditer(_CLUSTER, text):
        a, b = m.span()
        if a > pos:
            out.append(text[pos:a])
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
        for c in unicodedata.normalize("NFC", m.group()):
            if not unicodedata.combining(c) and unicodedata.category(c) not in ("Mn", "Cf"):
                out.append(c)  # the letter, composed where Unicode has it ("ü"), else bare ("ẹ")
                starts.append(a)
                ends.append(b)
        pos = b
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends
