"""Per-request, in-memory mapping between placeholders and original values.

One vault per request: it is the only place where originals live, it is never
persisted or logged, and it dies with the request.  Numbering is per request
and per type (``[[PERSON_1]]``, ``[[EMAIL_1]]``) so the same original gets the
same placeholder in every message of the request.

Variants of one person ("Anna Meier", "Frau Meier" -> "Meier") deliberately get
*different* placeholders: restore must give back exactly the form that was
written at each place (``restore(mask(x)) == x``), and a placeholder cannot know
which form the model meant.  They are linked into one *entity group* so
:meth:`Vault.entity_counts` counts people, not spellings.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from .entities import EntityType
from .placeholders import format_placeholder, placeholder_pattern

if TYPE_CHECKING:
    from .stream import StreamRestorer

_NAME_PART = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


class Vault:
    """Placeholder <-> original store for one request (thread-safe, in memory only)."""

    __slots__ = ("_lock", "_by_original", "_by_key", "_next", "_reserved", "_groups", "_person_parts")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_original: dict[tuple[str, str], str] = {}
        self._by_key: dict[tuple[str, int], str] = {}
        self._next: dict[str, int] = {}
        self._reserved: set[tuple[str, int]] = set()
        self._groups: dict[tuple[str, int], int] = {}
        self._person_parts: dict[str, int] = {}

    def __repr__(self) -> str:  # never show originals
        return f"Vault({len(self._by_key)} entries)"

    def __len__(self) -> int:
        return len(self._by_key)

    # -- masking side -----------------------------------------------------
    def reserve_existing(self, text: str) -> None:
        """Mark placeholder-like strings already in the input as taken.

        A user may paste ``[[PERSON_1]]`` literally; new placeholders then skip
        that number and restore leaves the literal alone.
        """
        with self._lock:
            for m in placeholder_pattern().finditer(text):
                key = (m.group("type").upper(), int(m.group("num")))
                if key not in self._by_key:
                    self._reserved.add(key)

    def placeholder_for(self, entity_type: str, original: str) -> str:
        """Return the placeholder of ``original``, creating one on first sight."""
        with self._lock:
            existing = self._by_original.get((entity_type, original))
            if existing is not None:
                return existing
            number = self._next.get(entity_type, 0) + 1
            while (entity_type, number) in self._reserved:
                number += 1
            self._next[entity_type] = number
            key = (entity_type, number)
            placeholder = format_placeholder(entity_type, number)
            self._by_original[(entity_type, original)] = placeholder
            self._by_key[key] = original
            self._groups[key] = self._group_for(entity_type, original, number)
            return placeholder

    def _group_for(self, entity_type: str, original: str, number: int) -> int:
        """Link person variants sharing a name part to one group (caller holds lock)."""
        if entity_type != EntityType.PERSON:
            return number
        parts = [p for p in _NAME_PART.findall(original) if len(p) >= 3]
        for part in parts:
            if part in self._person_parts:
                group = self._person_parts[part]
                break
        else:
            group = number
        for part in parts:
            self._person_parts.setdefault(part, group)
        return group

    def person_hints(self) -> frozenset[str]:
        """Name parts already masked in this request (evidence for later messages)."""
        with self._lock:
            return frozenset(self._person_parts)

    # -- restore side -----------------------------------------------------
    def lookup(self, entity_type: str, number: int) -> str | None:
        """Original for ``TYPE_N`` or None if this vault never issued it."""
        return self._by_key.get((entity_type.upper(), number))

    def restore(self, text: str) -> str:
        """Replace every known placeholder in ``text`` by its original.

        Unknown (invented) placeholders are left exactly as they are.
        """
        by_key = self._by_key

        def _sub(m: re.Match[str]) -> str:
            original = by_key.get((m.group("type").upper(), int(m.group("num"))))
            return m.group(0) if original is None else original

        return placeholder_pattern().sub(_sub, text)

    def stream_restorer(self) -> StreamRestorer:
        """A restorer for one streamed answer (one per choice index)."""
        from .stream import StreamRestorer

        return StreamRestorer(self)

    def entity_counts(self) -> dict[str, int]:
        """Distinct entities replaced, per type (counts only, never values)."""
        with self._lock:
            groups: dict[str, set[int]] = {}
            for (entity_type, _), group in self._groups.items():
                groups.setdefault(entity_type, set()).add(group)
            return {t: len(g) for t, g in sorted(groups.items())}
