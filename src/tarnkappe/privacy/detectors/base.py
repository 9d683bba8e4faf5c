"""The detector protocol: one object per entity family, built once, stateless."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from ..entities import Entity


@runtime_checkable
class Detector(Protocol):
    """Finds entities in a text.

    Implementations precompile everything in ``__init__`` and keep no mutable
    state, so one instance is shared by all threads.  An optional NER backend
    plugs in through the same protocol (see ``Anonymizer(extra_detectors=...)``).
    """

    name: str

    def detect(self, text: str) -> Iterable[Entity]:
        """Yield entities found in ``text`` (overlaps are resolved by the caller)."""
        ...
