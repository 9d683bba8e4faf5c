"""Models: the catalog as the organization sees it (provider, regions, GDPR status, prices, and
whether the org's rules allow each), and, for owners, the org's policy: allowed models, allowed
regions, GDPR-only, anonymization off / on request / always."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tarnkappe.accounts.models import ANONYMIZATION_MODES
from tarnkappe.accounts.store import OrgInfo
from tarnkappe.console.web import BASE, Console, View, form_of, page, redirect
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.principal import ModelRules


@dataclass(frozen=True, slots=True)
class CatalogLine:
    entry: ModelEntry
    regions: tuple[str, ...]
    denial: str | None  # the org rule that excludes the model, or None


def model_regions(entry: ModelEntry) -> tuple[str, ...]:
    """Every region the model may run in: its own and its deployments'."""
    return tuple(sorted(entry.regions()))


def routes(console: Console) -> list[Route]:
    store, catalog = console.accounts.store, console.gateway.catalog

    def catalog_lines(org: OrgInfo) -> list[CatalogLine]:
        rules = ModelRules.of(org.allowed_models, org.regions, org.gdpr_only)
        return [CatalogLine(entry, model_regions(entry), rules.denial(entry)) for entry in catalog]

    def all_regions() -> list[str]:
        return sorted({r for entry in catalog for r in model_regions(entry) if r != "local"})

    async def render(view: View, status: int = 200, error: str | None = None, done: str | None = None) -> Response:
        org = await store.get_org(view.user.org_name)
        assert org is not None
        return view.render(
            "models.html", status, org=org, lines=catalog_lines(org), regions=all_regions(),
            modes=ANONYMIZATION_MODES, gateway_mode=console.gateway.privacy_mode, error=error, done=done,
            allowed_models=set(org.allowed_models) if org.allowed_models is not None else None,
            allowed_regions={r.lower() for r in org.regions} if org.regions else None,
        )

    async def listing(request: Request, view: View) -> Response:
        return await render(view, done=request.query_params.get("done"))

    async def save_policy(request: Request, view: View) -> Response:
        form = form_of(request)
        known_models = {entry.name for entry in catalog}
        models = [m for m in form.getlist("models") if isinstance(m, str)]
        regions = [r for r in form.getlist("regions") if isinstance(r, str)]
        mode = form.get("anonymization") or "default"
        if (set(models) - known_models or set(regions) - set(all_regions())
                or mode not in ("default", *ANONYMIZATION_MODES)):
            return await render(view, 400, error=view.gettext("The form contained a value this gateway does not know."))
        changes = {
            # "every model" and "every region" are stored as no rule, so that models added to the
            # catalog later are allowed too.
            "allowed_models": None if form.get("all_models") else models,
            "regions": None if form.get("all_regions") else regions,
            "gdpr_only": form.get("gdpr_only") == "on",
            "anonymization": None if mode == "default" else mode,
        }
        if changes["regions"] == []:
            return await render(view, 400, error=view.gettext("Allow at least one region, or every region."))
        await store.update_org(view.user.org_name, **changes)
        console.accounts.keys.forget_org(view.user.org_id)
        return redirect(f"{BASE}/models?done=saved")

    return [
        Route("/models", page(console, listing), methods=["GET"]),
        Route("/models/policy", page(console, save_policy, owner_only=True), methods=["POST"]),
    ]
