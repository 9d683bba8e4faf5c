"""The model catalog: what clients may ask for, and where each model lives."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tarnkappe.config import ModelEntry
from tarnkappe.gateway.errors import ModelNotFound


class Catalog:
    """An immutable, name-indexed view of the configured models."""

    def __init__(self, entries: Iterable[ModelEntry]) -> None:
        self._entries: dict[str, ModelEntry] = {entry.name: entry for entry in entries}

    def __iter__(self) -> Iterator[ModelEntry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, name: str) -> ModelEntry | None:
        return self._entries.get(name)

    def find(self, name: str) -> ModelEntry:
        entry = self._entries.get(name)
        if entry is None:
            raise ModelNotFound(
                f"The model '{name}' does not exist or you do not have access to it. "
                "GET /v1/models lists the models available to your key.",
                param="model",
            )
        return entry
