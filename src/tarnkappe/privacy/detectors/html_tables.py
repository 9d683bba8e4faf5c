"""HTML tables, as a page or a mail client pastes them: a row of ``<th>`` header cells types the
``<td>`` cells of its columns in the rows below it, as a CSV header does in ``field_tables.py`` ("<th>
Geburtsdatum</th>" ... "<td>12.03.1985</td>" is a date of birth).  Issue 13: a format the line
based table reader never saw.

Linear: each row is found with two ``str.find`` calls and its cells with one bounded scan; only
in a text with "<tr".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity
from . import scan
from .field_keys import normalise_key
from .fields import FieldDetector

# A cell's start: its column is the number of cells before it in the row, whatever they hold.
_CELL_START = scan.compile(r"<(?:t[hd]|T[HD])(?=[ \t\r\n>])")
# A cell with its text, inside up to three inline elements too ("<td><b>Anna Meier</b></td>",
# Outlook's "<td><p class=MsoNormal><span …>12.03.1985</span></p></td>").
_CELL = scan.compile(
    r"<(?P<tag>t[hd]|T[HD])(?:[ \t\r\n][^<>]{0,200}+)?>"
    r"(?:[ \t\r\n]{0,6}+<[A-Za-z][^<>]{0,120}+>){0,3}+"
    r"(?P<value>[^<>]{0,300}+)"
    r"(?:</(?!t[hdr]>|T[HDR]>)[A-Za-z][^<>]{0,20}+>[ \t\r\n]{0,6}+){0,3}+"
    r"</(?:t[hd]|T[HD])>"
)


class HTMLTableDetector:
    """Typed values of HTML table cells under a header row."""

    name = "fields"

    def __init__(self, fields: FieldDetector) -> None:
        self._fields = fields

    def detect(self, text: str) -> Iterator[Entity]:
        """Yield the typed cells (see the module's docstring)."""
        lower = "<tr" in text
        if not lower and "<TR" not in text:
            return
        marker = "<tr" if lower else "<TR"
        columns: dict[int, str] = {}
        close_tag = "</t" + marker[2] + ">"
        pos = text.find(marker)
        # the first "</tr>" at or after the row's start, searched again only when passed: searched
        # from every row, a text without one was read to its end once per row (quadratic)
        close = text.find(close_tag, pos)
        while pos >= 0:
            if 0 <= close < pos:
                close = text.find(close_tag, pos)
            ends = [e for e in (close, text.find(marker, pos + 3)) if e >= 0]
            end = min(ends) if ends else len(text)  # a row ends at its "</tr>" or the next row (HTML may omit it)
            # one cell per cell start: a cell the pattern cannot read (markup in it) still counts
            # as its column (counted by the cells read, the columns after it shifted: a date of
            # birth was typed by the name's key and left in clear)
            cells = [scan.match(_CELL, text, m.start(), end) for m in scan.finditer(_CELL_START, text, pos, end)]
            if cells and all(c is not None and c.group("tag").lower() == "th" for c in cells):
                columns = {k: normalise_key(c.group("value").strip()) for k, c in enumerate(cells) if c is not None}
            elif columns:
                for k, cell in enumerate(cells):
                    key = columns.get(k)
                    if not key or cell is None:
                        continue
                    raw = cell.group("value")
                    start = cell.start("value") + len(raw) - len(raw.lstrip())
                    stop = cell.end("value") - (len(raw) - len(raw.rstrip()))
                    if stop > start:
                        for typed in self._fields.value_entities(key, text, start, stop):
                            yield Entity(typed.start, typed.end, typed.type, typed.text, self.name)
            pos = text.find(marker, end)
