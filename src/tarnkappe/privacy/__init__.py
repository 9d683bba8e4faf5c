"""Reversible anonymization for LLM prompts (de/fr/it/en).

Personal data is replaced by typed, numbered placeholders (``[[PERSON_1]]``)
before a request leaves; the placeholders in the answer are replaced back.
Self-contained: imports nothing from the rest of tarnkappe.

    anonymizer = Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"]))
    vault = anonymizer.new_vault()              # one per request
    masked = anonymizer.mask(prompt, vault)     # raises DetectionError, never leaks
    answer = vault.restore(upstream_answer)     # or vault.stream_restorer().feed(...)
"""

from .anonymizer import Anonymizer
from .config import PrivacyConfig
from .detectors.base import Detector
from .entities import DetectionError, Entity, EntityType
from .stream import StreamRestorer
from .vault import Vault

__all__ = [
    "Anonymizer", "DetectionError", "Detector", "Entity", "EntityType", "PrivacyConfig",
    "StreamRestorer", "Vault",
]
