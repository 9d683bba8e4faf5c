"""Operator configuration of the anonymizer (immutable, hashable)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "fr", "it", "en")
DEFAULT_PHONE_REGIONS: tuple[str, ...] = ("CH", "DE", "AT", "IT", "FR", "GB", "US", "LU")


def _tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(v for v in values if v and v.strip())


@dataclass(frozen=True)
class PrivacyConfig:
    """What to mask.

    deny_terms: strings that are always masked (case-insensitive, whole words),
        e.g. internal project names or client names that no list knows.
    allow_terms: strings never masked even if a detector flags them, e.g. the
        company's own name or a public hotline number.
    languages: languages whose cue words/lists are active.
    phone_regions: regions used to parse national (non +CC) phone numbers, in
        order of preference.  Presidio's defaults lack CH/AT/IT, hence explicit.
    entity_types: types to mask; ``None`` means all.
    max_text_chars: the most characters one request may ask to mask (all its texts together);
        more raises DetectionError -- fail closed -- instead of spending seconds of CPU.
    learned_names: also run the learned name detector (a CRF shipped as package
        data, see learned/); off = rules only.
    keep_organisation_contacts: leave an organisation's role mailboxes ("info@firma.example") and
        private network addresses ("192.168.1.20") readable (organisation_contacts.py); off masks them.
    """

    deny_terms: tuple[str, ...] = ()
    allow_terms: tuple[str, ...] = ()
    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    phone_regions: tuple[str, ...] = DEFAULT_PHONE_REGIONS
    entity_types: frozenset[str] | None = field(default=None)
    max_text_chars: int = 4_000_000
    learned_names: bool = True
    keep_organisation_contacts: bool = True

    def __post_init__(self) -> None:
        # Accept lists from YAML/JSON config but store tuples: the config is
        # shared by all threads and must not be mutated after construction.
        object.__setattr__(self, "deny_terms", _tuple(self.deny_terms))
        object.__setattr__(self, "allow_terms", _tuple(self.allow_terms))
        langs = tuple(lang.lower() for lang in self.languages)
        unknown = [lang for lang in langs if lang not in SUPPORTED_LANGUAGES]
        if unknown:
            raise ValueError(f"unsupported languages: {unknown}")
        object.__setattr__(self, "languages", langs)
        object.__setattr__(self, "phone_regions", tuple(r.upper() for r in self.phone_regions))
        if self.entity_types is not None:
            object.__setattr__(self, "entity_types", frozenset(self.entity_types))
