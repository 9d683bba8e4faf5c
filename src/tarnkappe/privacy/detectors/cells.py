"""The cells of one line of a delimited table, with RFC 4180 quoting.

A CSV export quotes a cell that holds its separator: `Martine Brown,"125 Elgin Street, Kingston,
ON K7L 3N6",(signature)`.  Split at every comma, that row had the town in the third column -- the
one headed "Signature", so "Kingston" was masked as a person and the address lost its town.  A
quoted cell is one cell here: from its opening quote to the closing one (a doubled quote inside
is a quote), the quotes outside the cell's text.

Linear: one scan per line with a quote in it; lines without a quote are split by ``str.split``.
"""

from __future__ import annotations

from . import scan

# A quoted cell: a quote first in the cell, doubled quotes inside, the closing quote, then the
# separator or the line's end (at most 480 characters: a longer one is split as unquoted).  Each
# separator has its own pattern: the closing quote is known by what follows it.
_QUOTED = {
    sep: scan.compile(rf"[ ]{{0,4}}\"(?P<text>(?:[^\"\n]|\"\"){{0,480}}+)\"[ ]{{0,4}}(?=[{sep}\n]|\Z)")
    for sep in (",", ";", "\t")
}


def split_cells(line: str, sep: str) -> list[tuple[int, str]]:
    """(offset in ``line``, text) of each cell; a quoted cell's text is inside its quotes.  A
    line without a quote, or a separator that is not quoted in CSV ("|"), is split as it is."""
    if '"' not in line or sep not in _QUOTED:
        out, pos = [], 0
        for cell in line.split(sep):
            out.append((pos, cell))
            pos += len(cell) + 1
        return out
    pattern = _QUOTED[sep]
    cells: list[tuple[int, str]] = []
    pos, n = 0, len(line)
    while True:
        quoted = scan.match(pattern, line, pos) if line.startswith('"', pos) or line.startswith(' ', pos) else None
        if quoted is not None:
            cells.append((quoted.start("text"), quoted.group("text")))
            end = quoted.end()
        else:
            end = line.find(sep, pos)
            end = n if end < 0 else end
            cells.append((pos, line[pos:end]))
        if end >= n:
            return cells
        pos = end + 1
