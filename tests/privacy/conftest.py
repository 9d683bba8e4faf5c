"""Shared fixtures: one Anonymizer per test session (construction loads the lists)."""

from __future__ import annotations

import pytest

from tarnkappe.privacy import Anonymizer, PrivacyConfig


@pytest.fixture(scope="session")
def anonymizer() -> Anonymizer:
    return Anonymizer(PrivacyConfig(deny_terms=["Projekt Falke"], allow_terms=["Tarnkappe AG"]))


@pytest.fixture(scope="session")
def detect_types(anonymizer: Anonymizer):
    """Return {surface text: type} for a text (helper for compact assertions)."""

    def _detect(text: str) -> dict[str, str]:
        return {e.text: e.type for e in anonymizer.detect(text)}

    return _detect
