"""Per-request, in-memory mapping between placeholders and original values.

One vault per request: it is the only place where originals live, it is never
persisted or logged, and it dies with the request.  Numbering is per request
and per type (``[[PERSON_1]]``, ``[[EMAIL_1]]``) so the same original gets the
same placeholder in every message of the request.

Spellings of one person ("Anna Meier", "Frau Meier" -> "Meier") share the
person's number and differ in a variant suffix: ``[[PERSON_1]]`` and
``[[PERSON_1_2]]``.  The model sees one person; restore still gives back exactly
the form that was written at each place (``restore(mask(x)) == x``), because
each spelling has a placeholder of its own.  Which spellings are one person is
decided in :mod:`.person_links`, and only where the request leaves no doubt.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable
from types import MappingProxyType
from typing import TYPE_CHECKING

from .detectors import scan
from .entities import DetectionError, EntityType
from .person_links import PersonKey, PersonLinks
from .placeholders import format_placeholder, placeholder_pattern

if TYPE_CHECKING:
    from .stream import StreamRestorer

# Bounded (detectors/scan.py): a word of at most 64 letters in at most 8 parts.
_NAME_PART = scan.compile(r"[^\W\d_]{1,64}+(?:['’\-][^\W\d_]{1,64}+){0,7}+")
_Key = tuple[str, int, int | None]  # (TYPE, number, variant or None)


class Vault:
    """Placeholder <-> original store for one request (thread-safe, in memory only)."""

    __slots__ = (
        "_lock", "_by_original", "_by_key", "_next", "_reserved", "_person_parts", "_links", "_persons",
        "_noted", "_charged",
    )

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_original: dict[tuple[str, str], str] = {}
        self._by_key: dict[_Key, str] = {}
        self._next: dict[str, int] = {}
        self._reserved: set[tuple[str, int]] = set()
        self._person_parts: dict[str, None] = {}  # a dict: person_hints() is a C-level read-only view
        self._links = PersonLinks()
        self._persons: dict[PersonKey, list[int]] = {}  # person -> [number, next variant]
        self._noted: set[str] = set()
        self._charged = 0  # characters this request has asked to mask

    def __repr__(self) -> str:  # never show originals
        return f"Vault({len(self._by_key)} entries)"

    def __len__(self) -> int:
        return len(self._by_key)

    # -- masking side -----------------------------------------------------
    def reserve_existing(self, text: str) -> None:
        """Mark placeholder-like strings already in the input as taken.

        A user may paste ``[[PERSON_1]]`` (or ``[[PERSON_1_2]]``) literally; new
        placeholders then skip that number and restore leaves the literal alone.
        """
        if "[" not in text:  # every placeholder has one; saves a scan of most texts
            return
        with self._lock:
            issued = {(t, n) for t, n, _ in self._by_key}
            for m in scan.finditer(placeholder_pattern(), text):
                key = (m.group("type").upper(), int(m.group("num")))
                if key not in issued:
                    self._reserved.add(key)

    def charge(self, chars: int, limit: int) -> None:
        """Count ``chars`` more characters to mask for this request; fail closed past ``limit``.

        Detection is linear in the text, so this caps the work of one request (the limit is
        ``PrivacyConfig.max_text_chars``).  The message never quotes the text.
        """
        with self._lock:
            self._charged += chars
            if self._charged > limit:
                raise DetectionError("request too large to anonymize (privacy max_text_chars)")

    def note_persons(self, originals: Iterable[str]) -> None:
        """Tell the vault about person names before any is numbered.

        Linking "Meier" to "Anna Meier" is safe only if no other full name with
        "Meier" is in the request; noting all of them first lets
        :meth:`placeholder_for` know.  Their parts also become hints for
        detection in later texts (see :meth:`person_hints`).
        """
        with self._lock:
            for original in originals:
                self._note(original)

    def _note(self, original: str) -> None:
        if original in self._noted:  # a name is usually mentioned more than once
            return
        self._noted.add(original)
        self._links.note(original)
        parts = self._person_parts
        for m in scan.finditer(_NAME_PART, original):
            if m.end() - m.start() >= 3:
                parts[m.group()] = None

    def placeholder_for(self, entity_type: str, original: str) -> str:
        """Return the placeholder of ``original``, creating one on first sight."""
        with self._lock:
            existing = self._by_original.get((entity_type, original))
            if existing is not None:
                return existing
            if entity_type != EntityType.PERSON:
                return self._store(entity_type, original, self._new_number(entity_type), None)
            self._note(original)
            person, standing = self._links.person_of(original)
            entry = self._persons.get(person)
            if entry is None:
                entry = self._persons[person] = [self._new_number(entity_type), 2]
                # The standing spelling (the full name) gets the plain number, even when
                # a shorter mention of it comes first in the text.
                self._store(entity_type, standing, entry[0], None)
                if standing == original:
                    return self._by_original[(entity_type, original)]
            variant = entry[1]
            entry[1] += 1
            return self._store(entity_type, original, entry[0], variant)

    def _new_number(self, entity_type: str) -> int:
        """The next free number of a type, skipping reserved ones (caller holds the lock)."""
        number = self._next.get(entity_type, 0) + 1
        while (entity_type, number) in self._reserved:
            number += 1
        self._next[entity_type] = number
        return number

    def _store(self, entity_type: str, original: str, number: int, variant: int | None) -> str:
        placeholder = format_placeholder(entity_type, number, variant)
        self._by_original[(entity_type, original)] = placeholder
        self._by_key[(entity_type, number, variant)] = original
        return placeholder

    def person_hints(self) -> Collection[str]:
        """Name parts already masked in this request (evidence for later messages).

        A read-only view, not a copy: a copy per text of a request would take time quadratic in
        the request.  A ``MappingProxyType`` of the parts (dict keys): ``in``, ``len`` and
        iteration in C (a Python-level view cost a call per word looked up).  Read it before the
        next :meth:`note_persons` (the anonymizer does).
        """
        return MappingProxyType(self._person_parts)

    # -- restore side -----------------------------------------------------
    def lookup(self, entity_type: str, number: int, variant: int | None = None) -> str | None:
        """Original for ``TYPE_N`` (``TYPE_N_V``) or None if this vault never issued it."""
        return self._by_key.get((entity_type.upper(), number, variant))

    def originals(self) -> list[str]:
        """Every value masked in this request (for checks of what is sent verbatim; never logged)."""
        with self._lock:
            return [original for _type, original in self._by_original]

    def complete_placeholder(self, partial: str) -> str | None:
        """The one placeholder this vault issued that ``partial`` (the start of one, as a stream
        cut off by ``max_tokens`` leaves it: ``[[PERSON_``) can be the beginning of; None if it
        fits none or more than one.  Compared as the restore side reads placeholders: case and
        markdown escapes aside."""
        wanted = partial.replace("\\", "").upper().replace("[[ ", "[[").replace(" ", "_")
        found: str | None = None
        with self._lock:
            keys = list(self._by_key)
        for entity_type, number, variant in keys:
            placeholder = format_placeholder(entity_type, number, variant)
            if placeholder.startswith(wanted):
                if found is not None:
                    return None
                found = placeholder
        return found

    def restore(self, text: str) -> str:
        """Replace every known placeholder in ``text`` by its original.

        Unknown (invented) placeholders are left exactly as they are.
        """
        if "[" not in text:  # every placeholder has one: most pieces of a stream have none
            return text
        by_key = self._by_key
        out: list[str] = []
        pos = 0
        # Found window by window (detectors/scan.py): a long answer never holds the GIL in one call.
        for m in scan.finditer(placeholder_pattern(), text):
            var = m.group("var")
            original = by_key.get((m.group("type").upper(), int(m.group("num")), int(var) if var else None))
            if original is not None:
                start = m.start()
                if text[start] == "\\" and "\\" not in text[start + 1:m.end()]:
                    # A backslash counts as markdown escaping only if the placeholder is escaped
                    # throughout (\[\[PERSON\_1\]\]); before a plain one it is the text's own
                    # (a masked "\Projekt Falke" is "\[[TERM_1]]": restore(mask(x)) == x).
                    start += 1
                out.append(text[pos:start])
                out.append(original)
                pos = m.end()
        if not out:
            return text
        out.append(text[pos:])
        return join_in_pieces(out)

    def stream_restorer(self) -> StreamRestorer:
        """A restorer for one streamed answer (one per choice index)."""
        from .stream import StreamRestorer

        return StreamRestorer(self)

    def entity_counts(self) -> dict[str, int]:
        """Distinct entities replaced, per type (counts only, never values).

        Spellings of one person share a number, so persons are counted, not spellings.
        """
        with self._lock:
            numbers: dict[str, set[int]] = {}
            for entity_type, number, _ in self._by_key:
                numbers.setdefault(entity_type, set()).add(number)
            return {t: len(n) for t, n in sorted(numbers.items())}


def join_in_pieces(parts: list[str]) -> str:
    """``"".join(parts)``, in pieces of at most 4,096 parts: one join of a 1 MB answer's ~100,000
    parts holds the GIL for milliseconds (issue 12: others wait for it)."""
    if len(parts) <= 4096:
        return "".join(parts)
    return "".join(["".join(parts[i:i + 4096]) for i in range(0, len(parts), 4096)])
