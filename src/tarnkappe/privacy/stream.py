"""Restore placeholders in a streamed answer, chunk by chunk.

Text is passed on as soon as it cannot be part of a placeholder; only a tail
that could still grow into one (at most ``MAX_PLACEHOLDER_LEN`` characters) is
held back and flushed at the end.  Byte chunks are decoded incrementally, so
a multi-byte UTF-8 character split across chunks comes back whole.

A stream that ends inside a placeholder (cut by ``max_tokens``: ``Frau [[PERSON_``)
has that start restored if only one placeholder of the request begins so, and
dropped otherwise: it is not the client's text, and sent as it is it shows the
placeholder scheme, or is completed by the client into a wrong name.
"""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

from .placeholders import MAX_PLACEHOLDER_LEN, could_grow_into_placeholder, placeholder_pattern, scan_truncated

if TYPE_CHECKING:
    from .vault import Vault

_STARTS = ("[", "\\")


class StreamRestorer:
    """Stateful restorer for one stream; not shared between streams."""

    __slots__ = ("_vault", "_buf", "_decoder")

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._buf = ""
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")

    def feed(self, chunk: str | bytes) -> str:
        """Add a chunk; return the restored text that is safe to emit now."""
        if isinstance(chunk, (bytes, bytearray)):
            chunk = self._decoder.decode(bytes(chunk))
        if not chunk:
            return ""
        if not self._buf and "[" not in chunk and "\\" not in chunk:
            # Nothing held back and nothing that can start a placeholder (_STARTS): all of it is
            # safe now, as _safe_cut would find -- without its scan of the chunk's end.
            return self._vault.restore(chunk)
        buf = self._buf + chunk
        cut = self._safe_cut(buf)
        self._buf = buf[cut:]
        return self._vault.restore(buf[:cut]) if cut else ""

    def flush(self) -> str:
        """End of stream: restore and return everything still held back (a placeholder cut off
        at the end completed if unambiguous, else dropped: see the module doc)."""
        tail = self._decoder.decode(b"", final=True)
        buf, self._buf = self._buf + tail, ""
        cut = scan_truncated(buf)
        if cut is not None:
            completed = self._vault.complete_placeholder(buf[cut:])
            buf = buf[:cut] + (completed or "")
        return self._vault.restore(buf)

    @staticmethod
    def _safe_cut(buf: str) -> int:
        """Index up to which ``buf`` can be restored without seeing more text."""
        n = len(buf)
        window = max(0, n - MAX_PLACEHOLDER_LEN)
        cut = n
        for i in range(window, n):
            if buf[i] in _STARTS and could_grow_into_placeholder(buf[i:]):
                cut = i
                break
        # Safety net: never cut through a placeholder that a whole-text scan
        # would see (e.g. an optional part that could still be extended).
        pattern = placeholder_pattern()
        for m in pattern.finditer(buf, max(0, cut - MAX_PLACEHOLDER_LEN), min(n, cut + MAX_PLACEHOLDER_LEN)):
            if m.start() < cut < m.end():
                return m.start()
            if m.start() >= cut:
                break
        return cut
