"""HTML tables, as a page or a mail client pastes them: a row of ``<th>`` header cells types the
``<td>`` cells of its columns in the rows below it, as a CSV header does in ``fields.py`` ("<th>
Geburtsdatum</th>" ... "<td>12.03.1985</td>" is a date of birth).  Issue 13: a format the line
based table reader never saw.

Linear: each row is found with two ``str.find`` calls and its cells with one bounded scan; only
in a text with "<tr".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import Entity
from . import scan
from .fields import FieldDetector, normalise_key

_CELL = scan.compile(r"<(?P<tag>t[hd]|T[HD])(?:[ \t][^<>]{0,200}+)?>(?P<value>[^<>]{0,300}+)</(?:t[hd]|T[HD])>")


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
        pos = text.find(marker)
        while pos >= 0:
            ends = [e for e in (text.find("</t" + marker[2] + ">", pos), text.find(marker, pos + 3)) if e >= 0]
            end = min(ends) if ends else len(text)  # a row ends at its "</tr>" or the next row (HTML may omit it)
            cells = list(scan.finditer(_CELL, text, pos, end))
            if cells and all(c.group("tag").lower() == "th" for c in cells):
                columns = {k: normalise_key(c.group("value").strip()) for k, c in enumerate(cells)}
            elif columns:
                for k, cell in enumerate(cells):
                    key = columns.get(k)
                    if not key:
                        continue
                    raw = cell.group("value")
                    start = cell.start("value") + len(raw) - len(raw.lstrip())
                    stop = cell.end("value") - (len(raw) - len(raw.rstrip()))
                    if stop > start:
                        kind = self._fields.value_type(key, text[start:stop])
                        if kind is not None:
                            yield Entity(start, stop, kind, text[start:stop], self.name)
            pos = text.find(marker, end)
