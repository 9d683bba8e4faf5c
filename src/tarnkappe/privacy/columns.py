"""Columns of text laid out side by side, read one column at a time: sheets of address labels
printed three abreast, pdftotext's two-column letters, fixed-width exports.

An address on a label sheet is written down a column ("Sonnenhang 8a" over "20095 Hamburg"), but
the text runs across: the street's line goes on with the next label's name, the postcode's line
starts 34 spaces in (issue 13: holdout12's label sheets left most postcodes and towns of the second
and third columns in clear).  This module finds blocks of lines whose cells start at the same
positions after gaps of three spaces or more, and gives each column of a block as a text of its own
-- its cells one per line -- with where each cell is in the text.  The address detectors read those
views (`addresses_down`, asked by anonymizer.py); what they find is mapped back cell by cell.

Linear: each line with a gap is split once; a block's columns are the cell starts that two of its
lines share.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from .detectors import Detector, scan
from .entities import Entity, EntityType

_GAP = scan.compile(r"[ ]{3,64}+(?=[^\s])")
_MIN_LINES = 2  # lines of a block that must share a column's start
_MAX_COLUMNS = 6  # a sheet of labels has three or four; each column's view is read by three detectors
# A postcode line's start ("35037 MARBURG", "D-80331 München"): in a column's view, one only under a street.
_POSTCODE_FIRST = scan.compile(r"(?:[A-Z]{1,2}-)?\d{4,5}[ \n]")


@dataclass(frozen=True)
class ColumnView:
    """One column of a block: its cells joined by line breaks, and per cell (start in ``text``,
    start in the original text, length)."""

    text: str
    cells: tuple[tuple[int, int, int], ...]

    def cell_of(self, pos: int) -> int:
        """The index of the cell that holds the view's position ``pos`` (or ends right before it)."""
        return bisect.bisect_right(self._starts, pos) - 1

    @cached_property
    def _starts(self) -> list[int]:
        # (built once per view: built at each call, a view of a 100 KB block cost ~2 s -- a list of all
        # its cells for each address found in it)
        return [v_start for v_start, _, _ in self.cells]

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """The original text's spans of the view's [start, end): one per cell it touches (those from the
        cell of ``start`` on, found by bisection: not a walk over all the view's cells for each span)."""
        out = []
        for k in range(max(0, self.cell_of(start)), len(self.cells)):
            v_start, o_start, length = self.cells[k]
            if v_start >= end:
                break
            lo, hi = max(start, v_start), min(end, v_start + length)
            if lo < hi:
                out.append((o_start + lo - v_start, o_start + hi - v_start))
        return out


def column_views(text: str) -> list[ColumnView]:
    """The columns of the text's blocks of side-by-side cells (see the module's docstring)."""
    if "   " not in text:
        return []
    views: list[ColumnView] = []
    block: list[tuple[int, int, list[int]]] = []  # (line start, line end, cell starts within the line)
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            # (a gap at the line's start is its indent, no column's)
            starts = [m.end() - pos for m in scan.finditer(_GAP, text, pos, end)
                      if m.start() > pos] if "   " in text[pos:end] else []
            block.append((pos, end, starts))
        else:
            views += _block_views(text, block)
            block = []
        pos = end + 1
    views += _block_views(text, block)
    return views


def addresses_down(view: ColumnView, text: str, detectors: Iterable[Detector]) -> list[Entity]:
    """The addresses the ``detectors`` find in a column's view, mapped back to ``text`` cell by cell.
    An address down a column is a street over its postcode line: found whole, or as two parts in
    cells one above the other; a postcode-like line alone is none ("2016  KUHN AG" of a table of years
    and employers)."""
    parts = [(part, det.name) for det in detectors for part in det.detect(view.text)
             if part.type == EntityType.ADDRESS]
    postcodes: set[int] = set()  # the cells a postcode line starts in
    streets: set[int] = set()  # the cells anything else ends in
    for part, _ in parts:
        if scan.match(_POSTCODE_FIRST, part.text) is not None:
            postcodes.add(view.cell_of(part.start))
        else:
            streets.add(view.cell_of(part.end - 1))
    out: list[Entity] = []
    for part, name in parts:
        first, last = view.cell_of(part.start), view.cell_of(part.end - 1)
        if first in postcodes:
            kept = first - 1 in streets  # a postcode line under a street
        else:
            kept = last > first or last + 1 in postcodes  # a whole address, or a street over a postcode line
        if kept:
            out += [Entity(s, e, part.type, text[s:e], name) for s, e in view.spans(part.start, part.end)]
    return out


def _block_views(text: str, block: list[tuple[int, int, list[int]]]) -> list[ColumnView]:
    if len(block) < _MIN_LINES:
        return []
    shared = Counter(start for _, _, starts in block for start in set(starts))
    columns = sorted(start for start, n in shared.items() if n >= _MIN_LINES)
    if not columns or len(columns) > _MAX_COLUMNS:
        return []  # (a block of more columns is a table of values, no sheet of labels: and each view costs)
    keys = sum(text[line_start:min(line_end, line_start + columns[0])].rstrip().endswith(":")
               for line_start, line_end, _ in block)
    if 2 * keys >= len(block):
        return []  # a form's keys and their values ("PLZ:   99084" over "Ort:   Erfurt"): fields.py reads those
    views = []
    # (not the first column, the lines' start: the detectors read it in the text as it is)
    for k, col in enumerate(columns):
        nxt = columns[k + 1] if k + 1 < len(columns) else None
        parts: list[str] = []
        cells: list[tuple[int, int, int]] = []
        v_pos = 0
        for line_start, line_end, _ in block:
            c_start = line_start + col
            if c_start >= line_end or text[c_start - 1] != " ":
                continue  # (a line that stops before the column, or whose text runs across its start)
            c_end = min(line_end, line_start + nxt) if nxt is not None else line_end
            if c_end < line_end and text[c_end - 1] != " ":
                continue  # (its text runs on into the next column: a line of another layout)
            cell = text[c_start:c_end].rstrip()
            if cell.strip():
                cells.append((v_pos, c_start, len(cell)))
                parts.append(cell)
                v_pos += len(cell) + 1
        if len(cells) >= _MIN_LINES:
            views.append(ColumnView("\n".join(parts), tuple(cells)))
    return views
