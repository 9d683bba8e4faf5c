"""The model catalog: the entry types that describe each model and where it is served, and the
`Catalog` that indexes them by name.

These are pydantic models because they are validated once, from the configuration file
(`config.py` loads and validates it); everything downstream — routing, providers, pricing, the
org rules — only reads them. Azure's, Vertex AI's and the local models' addressing fields live on
the entry because an operator writes them there; only the provider that needs them reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tarnkappe.core.capabilities import PROVIDERS, UNKNOWN_REGION
from tarnkappe.core.errors import ModelNotFound


class StrictModel(BaseModel):
    """The base of every configuration model: frozen, and an unknown key is an error (a typo in
    the file must fail at start, not be ignored)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Price(StrictModel):
    input_per_million: Decimal = Decimal(0)
    output_per_million: Decimal = Decimal(0)
    currency: str = "USD"
    # Server-side web searches (Anthropic's `web_search` tool), billed per search apart from tokens,
    # in `currency`. Left out: the provider's list price (`ModelEntry.web_search_per_thousand`).
    web_search_per_thousand: Decimal | None = Field(default=None, ge=0)

    @field_validator("currency")
    @classmethod
    def _upper(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z]{3}", value):
            raise ValueError("must be a three-letter ISO 4217 code such as CHF, EUR or USD")
        return value.upper()


def default_region(provider: str) -> str:
    """The region of a model whose entry names none: its provider's fixed region (`local` for the
    models inside the gateway), else "unknown", which no region rule allows — so a forgotten field
    cannot open a region rule."""
    declared = PROVIDERS.get(provider)
    return declared.region if declared is not None and declared.region else UNKNOWN_REGION


class Deployment(StrictModel):
    """One place where a catalog model is served: an upstream account, region or endpoint.

    Every field left out is taken from the catalog entry that lists the deployment, so a second
    region of the same model needs only the fields that differ (typically base_url, api_key, region).
    """

    name: str | None = Field(default=None, description="label for logs; default: provider@region")
    provider: str | None = None
    upstream_model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    region: str | None = None
    weight: float = Field(default=1.0, ge=0, description="share of traffic; 0 = fallback only")
    timeout: float | None = Field(default=None, gt=0)
    connect_timeout: float | None = Field(default=None, gt=0)
    api_version: str | None = None
    deployment: str | None = None
    project: str | None = None
    location: str | None = None


class ModelEntry(StrictModel):
    """One model of the catalog, as clients see it and as the gateway reaches it."""

    name: str = Field(min_length=1)
    provider: str = Field(min_length=1)
    kind: Literal["chat", "embedding"] = "chat"
    upstream_model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    # Where the upstream processes the request; org region rules are checked against it. Left out,
    # it is "local" for the embedded models and "unknown" for every other provider: a region rule
    # allows "local" always and "unknown" never, so a forgotten field cannot open a region rule.
    region: str = Field(default=UNKNOWN_REGION, validate_default=False)
    gdpr: bool = False
    price: Price = Price()
    owned_by: str | None = None
    timeout: float = Field(default=120.0, gt=0, description="seconds for the whole upstream call")
    connect_timeout: float = Field(default=10.0, gt=0)
    context_window: int | None = Field(default=None, gt=0)
    max_output_tokens: int | None = Field(default=None, gt=0)
    dimensions: int | None = Field(default=None, gt=0, description="embedding size, if fixed")
    supports_dimensions: bool = False
    # Local models only.
    model_path: str | None = None
    threads: int | None = Field(default=None, gt=0)
    # Provider-specific addressing: Azure OpenAI (api_version, deployment), Vertex AI (project, location).
    api_version: str | None = None
    deployment: str | None = None
    project: str | None = None
    location: str | None = None
    # Request parameters this model refuses although its provider usually takes them (e.g. o1 and
    # temperature): dropped before the request goes upstream, never sent and rejected.
    drop_params: frozenset[str] = frozenset()
    # OpenAI's reasoning models (o1, o3, ...) refuse `max_tokens` and want `max_completion_tokens`;
    # many OpenAI-compatible servers know only `max_tokens`.
    token_limit_param: Literal["max_tokens", "max_completion_tokens"] = "max_tokens"
    # Several deployments of the same model, chosen by weight, with retries, fallback and cool-down.
    deployments: tuple[Deployment, ...] = ()
    retries: int = Field(default=2, ge=0, description="extra attempts after the first, across deployments")
    cooldown: float = Field(default=30.0, ge=0, description="seconds a failing deployment is avoided")

    @model_validator(mode="before")
    @classmethod
    def _default_region(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("region") is None:
            return {**data, "region": default_region(str(data.get("provider")))}
        return data

    @model_validator(mode="after")
    def _web_search_price_known(self) -> ModelEntry:
        """A model whose provider bills web searches, priced in another currency than the list
        price's, must name its search price: converting the list price would need an exchange rate
        the configuration may not have, and leaving it out would record searches as free."""
        if self.price.web_search_per_thousand is None and self.price.currency != "USD" \
                and self._listed_web_search_price() is not None:
            raise ValueError(
                f"price.web_search_per_thousand: {self.name} is priced in {self.price.currency}, and its provider "
                f"bills web searches apart ({self._listed_web_search_price()} USD per 1,000 searches); "
                f"set the price per 1,000 searches in {self.price.currency}")
        return self

    def _listed_web_search_price(self) -> Decimal | None:
        """The highest list price of web searches among the providers serving this model (USD)."""
        providers = {d.provider or self.provider for d in self.deployments} | {self.provider}
        listed = [PROVIDERS[p].web_search_per_thousand_usd for p in providers if p in PROVIDERS]
        return max((price for price in listed if price is not None), default=None)

    @property
    def web_search_per_thousand(self) -> Decimal:
        """What 1,000 server-side web searches cost, in `price.currency`: the catalog's price, else
        the provider's list price (Anthropic: 10 USD; the validator above ensures the currency is
        USD then), else 0 — a provider without server-side search never reports any."""
        if self.price.web_search_per_thousand is not None:
            return self.price.web_search_per_thousand
        return self._listed_web_search_price() or Decimal(0)

    def regions(self) -> frozenset[str]:
        """Every region a request for this model may be processed in (lower-case): each
        deployment's, or the entry's own when it has none."""
        return frozenset(e.region.lower() for e in self.deployment_entries())

    def deployment_entries(self) -> list[ModelEntry]:
        """Each deployment as a complete single-deployment entry (its fields over this entry's), so
        that a provider never needs to know whether it serves one deployment of several."""
        if not self.deployments:
            return [self]
        return [self.model_copy(update=self._deployment_fields(d)) for d in self.deployments]

    def _deployment_fields(self, deployment: Deployment) -> dict[str, Any]:
        fields = {**deployment.model_dump(exclude_none=True, exclude={"name", "weight"}), "deployments": ()}
        provider = fields.get("provider", self.provider)
        if deployment.region is None and provider != self.provider:
            # A deployment of another provider does not inherit the entry's region: a remote
            # fallback of a local model is not "local". Left out, its region is its provider's
            # default (local for the embedded models, else unknown).
            fields["region"] = default_region(provider)
        return fields

    @property
    def wire_model(self) -> str:
        """The model name sent upstream."""
        return self.upstream_model or self.name

    @property
    def owner(self) -> str:
        return self.owned_by or self.provider



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
