"""A signature typed in lower case: the line after a closing formula ("mit freundlichen grüßen\n\n
doktor toralf stey", "cordialement\nkamidin suartini") or after a mail's "-- " ("-- mert, 0676 …"), as
dictations and quick messages write it.

The person rules read a signature's capitals, so a lower-case one stayed in clear under a masked
letter.  Here the first non-empty line after a closing formula is a name when it is one to four
lower-case words of letters (hyphens and apostrophes inside), a title before them aside ("doktor",
"dr.", "dott.ssa", …), none of them an ordinary word or a stop word ("ihr team", "the support
team" stay), and one of them a listed first name or a word no list and no dictionary knows.

Linear: closing formulas are found by one scan (person_cues.CLOSING); one line is read after each.
"""

from __future__ import annotations

import re

from .detectors import scan
from .detectors.person_cues import STOP, closing_lines
from .entities import Entity, EntityType
from .learned.features import rare_word
from .names import NameLexicon

# (the line after the formula's line: blank lines and a quote mark or indentation before it)
_NEXT_LINE = scan.compile(r"[ \t]{0,16}\r?\n(?:[ \t>]{0,16}\r?\n){0,2}[ \t>]{0,16}")
_SIGNATURE = scan.compile(
    r"(?P<name>[^\W\d_][\w'’.\-]{0,29}+(?:[ ][^\W\d_][\w'’.\-]{0,29}+){0,4})[ \t.,]{0,4}(?=\r?\n|\Z)"
)
_TITLES = frozenset(
    "doktor doctor docteur dottore dottoressa dott. dott.ssa dr dr. prof prof. professor frau herr mme m. mr mr. mrs"
    " mrs. ms ms.".split()
)


# A mail's signature delimiter, the name after it (on its line or, as mail programs write it, on the next:
# "-- \nhildegard wallner"), then the line's end or a phone number ("-- mert, 0676-4606176", "--hildegard")
_DASHES = scan.compile(
    r"(?:^|\n)--[ ]?(?:\r?\n)?(?P<name>[^\W\d_][\w'’.\-]{0,29}+(?:[ ][^\W\d_][\w'’.\-]{0,29}+){0,3})"
    r"[ \t.,]{0,4}(?=\r?\n|\Z|[+(\d])"
)
_MAX_DASH_LINES = 2


def lower_case_signatures(text: str, lexicon: NameLexicon) -> list[Entity]:
    """PERSON entities for signatures in lower case after closing formulas or a "-- " line."""
    out: list[Entity] = []
    common = lexicon.common_words
    starts: list[re.Match[str]] = []
    for _, end in closing_lines(text):
        nxt = scan.match(_NEXT_LINE, text, end)
        if nxt is not None and (m := scan.match(_SIGNATURE, text, nxt.end())) is not None:
            starts.append(m)
    if "--" in text and text.count("\n--") + text.startswith("--") <= _MAX_DASH_LINES:
        # (a mail has a signature or two; many lines starting with "--" are a command's options or SQL's
        # comments: "--verbose", "-- fixme")
        for m in scan.finditer(_DASHES, text):
            # "--hildegard" without the space: a listed first name only ("--verbose", "--dry-run",
            # "--kubeconfig" are options no list and no dictionary knows)
            if text[m.start("name") - 1] in " \n" or lexicon.is_first_name(m.group("name").split(" ")[0].capitalize()):
                starts.append(m)
    for m in starts:
        if not m.group("name").islower():
            continue
        start, words = m.start("name"), m.group("name").split(" ")
        if words[0] in _TITLES and len(words) > 1:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) > 4 or any(w in common or w.capitalize() in STOP or not w.replace("-", "").replace(
                "'", "").replace("’", "").isalpha() for w in words):
            continue
        if not any(lexicon.is_first_name(w.capitalize()) or rare_word(w, below=3) for w in words):
            continue
        out.append(Entity(start, m.end("name"), EntityType.PERSON, text[start:m.end("name")], "signature"))
    return out

