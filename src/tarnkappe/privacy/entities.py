"""Core value types shared by every detector and by the vault.

Kept free of any logic so detectors, the vault and callers can import them
without pulling in detection code (no import cycles, cheap to import).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final


class DetectionError(RuntimeError):
    """Detection failed; the caller must not send the text anywhere (fail closed).

    The message never contains the text being analysed, so it is safe to log.
    """


class EntityType:
    """Entity type names; they double as the TYPE part of ``[[TYPE_N]]``.

    Single ASCII words without underscores so a placeholder is parsed
    unambiguously as ``TYPE`` + ``_`` + number.
    """

    PERSON: Final = "PERSON"
    EMAIL: Final = "EMAIL"
    PHONE: Final = "PHONE"
    IBAN: Final = "IBAN"
    CARD: Final = "CARD"
    AHV: Final = "AHV"
    TAXID: Final = "TAXID"
    SSN: Final = "SSN"
    VAT: Final = "VAT"
    URL: Final = "URL"
    IP: Final = "IP"
    DOB: Final = "DOB"
    ADDRESS: Final = "ADDRESS"
    TERM: Final = "TERM"

    ALL: Final[tuple[str, ...]] = (
        "PERSON", "EMAIL", "PHONE", "IBAN", "CARD", "AHV", "TAXID", "SSN",
        "VAT", "URL", "IP", "DOB", "ADDRESS", "TERM",
    )


@dataclass(frozen=True, slots=True, order=True)
class Entity:
    """A detected span ``text[start:end]`` of a given type.

    ``text`` is the original surface form; it is what the vault stores and what
    a restore puts back, so it must be exactly ``source[start:end]``.
    ``detector`` names the detector that found it ("persons", "names-crf", ...);
    it is for reports only and takes no part in comparisons.
    """

    start: int
    end: int
    type: str
    text: str
    detector: str = field(default="", compare=False)

    def __repr__(self) -> str:
        # Never show the value in logs/tracebacks: counts and offsets only.
        return f"Entity({self.start}, {self.end}, {self.type!r}, <{self.end - self.start} chars>)"
