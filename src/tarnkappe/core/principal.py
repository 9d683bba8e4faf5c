"""Who is calling: the principal an API key stands for, and the rules and limits attached to it.

The pipeline decides with these (may this caller use this model, in which regions, within which
limits); the accounts package and the configuration's key list build them. Keys themselves — their
generation and digests — are `gateway/auth.py`'s; nothing here ever holds a secret.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from tarnkappe.core.capabilities import region_allowed
from tarnkappe.core.catalog import ModelEntry


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Requests and tokens per minute; None means unlimited."""

    requests_per_minute: int | None = None
    tokens_per_minute: int | None = None

    @property
    def any(self) -> bool:
        return self.requests_per_minute is not None or self.tokens_per_minute is not None


@dataclass(frozen=True, slots=True)
class SpendingLimit:
    """An organization's subscription amount per period, in the organization's currency."""

    amount: Decimal
    currency: str
    period: str  # day | week | month | year | total


@dataclass(frozen=True, slots=True)
class ModelRules:
    """Which catalog models an organization may use: an allow-list and org-wide rules such as
    "EU and CH regions only" or "GDPR-compliant models only"."""

    models: frozenset[str] | None = None
    regions: frozenset[str] | None = None
    gdpr_only: bool = False

    @classmethod
    def of(cls, models: list[str] | None, regions: list[str] | None, gdpr_only: bool) -> ModelRules:
        """The rules as an organization stores them: no list means no rule (an empty region list
        too); regions compare lower-case."""
        return cls(
            models=frozenset(models) if models is not None else None,
            regions=frozenset(r.lower() for r in regions) if regions else None,
            gdpr_only=gdpr_only,
        )

    def denial(self, entry: ModelEntry) -> str | None:
        """The rule that forbids this model, in words for the client, or None."""
        if self.models is not None and entry.name not in self.models:
            return "the organization's list of allowed models"
        # A local model never sends data anywhere, so it satisfies every region rule; a model whose
        # region the catalog does not name ("unknown") satisfies none. With several deployments, one
        # in an allowed region is enough: the router then uses only those.
        if self.regions is not None and not any(region_allowed(r, self.regions) for r in entry.regions()):
            return f"the organization's region rule ({', '.join(sorted(r.upper() for r in self.regions))} only)"
        if self.gdpr_only and not entry.gdpr:
            return "the organization's rule 'GDPR-compliant models only'"
        return None


@dataclass(frozen=True, slots=True)
class Principal:
    """The authenticated caller and everything the pipeline needs to decide about its requests.
    `key_id` is a non-secret identifier safe to log; the secret itself is never kept."""

    key_id: str
    key_name: str
    org_id: str | None = None
    org_name: str | None = None
    currency: str = "CHF"
    allowed_models: frozenset[str] | None = None  # the key's own allow-list
    rules: ModelRules = ModelRules()  # the organization's
    spending_limit: SpendingLimit | None = None
    key_limits: RateLimits = RateLimits()
    org_limits: RateLimits = RateLimits()
    expires_at: float | None = None  # Unix time
    privacy_mode: str | None = None  # the org's anonymization policy; None: the gateway's

    def may_use(self, model: str) -> bool:
        return self.allowed_models is None or model in self.allowed_models

    def denial(self, entry: ModelEntry) -> str | None:
        """Why this caller may not use `entry` (naming the rule), or None if it may."""
        if not self.may_use(entry.name):
            return "the API key's list of allowed models"
        return self.rules.denial(entry)


class KeyStore(Protocol):
    async def authenticate(self, secret: str) -> Principal | None:
        """The principal for this secret, or None if it is unknown, revoked or expired."""
