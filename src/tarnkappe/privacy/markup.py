"""A view of LaTeX text for the address detectors: a letter's address block writes its lines
with ``\\\\`` and its accents as commands ("\\address{Els Verlinden\\\\Rue du March\\'e 30\\\\7500
Tournai}", "Dorfstrasse 109\\\\8004 Z\\"urich"), so a postcode and town never start a line and a
town is no word (issue 13: holdout6's LaTeX letters left the town of every address in clear).

In the view each ``\\\\`` is " \\n" and each accent command before a letter is that letter
("Z\\"urich" reads "Zuuurich": a capitalised word, which is all a town needs to be read as one).
A JSON string's escaped line break is a line break there too (a tool call's or an API body's
"street": "Bahnhofstrasse 12\\n8001 Zürich" left the postcode and town in clear; review of session 12).
The view has the text's length, so its spans are the text's.  One scan; no copy for a text
without either mark.
"""

from __future__ import annotations

from .detectors import scan

_MARK = scan.compile(r"\\\\|\\[\"'`^~](?=[^\W\d_])|\\n(?=[^\W_])")


def latex_view(text: str) -> tuple[str, list[int]] | None:
    """(The view, the sorted positions it changed), or None for a text without LaTeX marks."""
    if "\\" not in text:
        return None
    marks = [m for m in scan.finditer(_MARK, text)]
    if not marks:
        return None
    parts: list[str] = []
    changed: list[int] = []
    pos = 0
    for m in marks:
        start = m.start()
        parts.append(text[pos:start])
        if text[start + 1] in "\\n":
            parts.append(" \n")  # a LaTeX line break, or a JSON string's "\n"
        else:
            parts.append(text[m.end()] * 2)  # the accent command: the letter it marks
        changed += (start, start + 1)
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts), changed
