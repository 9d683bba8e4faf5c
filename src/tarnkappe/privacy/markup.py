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
            # a LaTeX line break, or a JSON string's "\n" -- one already followed by a line break (LF or
            # CRLF) reads as the comma that ends an address's line: a second line break would leave a
            # blank line between a street and its postcode line ("Bahnhofstrasse 12\\\\\n8001 Zürich}"
            # left the town in clear; reviews of session 17), two spaces read as a table's cell gap
            parts.append(", " if line_break_at(text, m.end()) else " \n")
        else:
            parts.append(text[m.end()] * 2)  # the accent command: the letter it marks
        changed += (start, start + 1)
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts), changed


def line_break_at(text: str, pos: int) -> bool:
    """A line break (LF or CRLF) starts at ``pos``: a LaTeX "\\\\" right before one adds none, here
    and in the detection text (normalize.py)."""
    return text[pos:pos + 1] == "\n" or text[pos:pos + 2] == "\r\n"


# How far from a change an address the view reveals can reach: its own length (a street, a postcode
# line and a town) and what its detectors look at before it (a town up to 90 characters before a
# postcode, a unit up to 40 before a street).
REACH = 400


def windows_around(view: str, changed: list[int], reach: int = REACH) -> list[tuple[int, int]]:
    """The stretches of the view within ``reach`` of a change, merged, each widened to whole lines
    where its lines end within another ``reach`` (a cut inside a longer line is far from any change,
    and only what the view found near a change is kept): the address detectors read these, not the whole
    view (a JSON body with one escaped line break paid a second address pass of all its text)."""
    out: list[list[int]] = []
    for pos in changed:
        start, end = max(0, pos - reach), min(len(view), pos + reach)
        if out and start <= out[-1][1]:
            out[-1][1] = end
        else:
            out.append([start, end])
    windows = []
    for start, end in out:
        newline = view.rfind("\n", max(0, start - reach), start)
        if newline >= 0:
            start = newline + 1
        newline = view.find("\n", end, end + reach)
        if newline >= 0:
            end = newline
        windows.append((start, end))
    return windows
