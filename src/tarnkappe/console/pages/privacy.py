"""The privacy report: for a period, how many requests went to which provider and region, how many
were anonymized, and how many values of each kind were replaced — exportable as CSV and JSON for
a data-protection officer's records. Counts only: the ledger holds no text and no values."""

from __future__ import annotations

import csv
import io
import json

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tarnkappe.accounts.models import utcnow
from tarnkappe.console.pages.usage import chosen_period, csv_cell, dates_error, dates_refused
from tarnkappe.console.reports import PrivacyReport, month_of
from tarnkappe.console.web import Console, View, page, secure


def report_json(report: PrivacyReport, org_name: str, policy: str) -> dict[str, object]:
    return {
        "organization": org_name,
        "period": {"start": report.period.start.isoformat(), "end": report.period.end.isoformat()},
        "anonymization_policy": policy,
        "requests": report.requests,
        "anonymized_requests": report.anonymized,
        "destinations": report.destinations,
        "entities_replaced": report.entities,
        "note": "Counts from the usage ledger. Tarnkappe stores no prompt or answer text and no replaced value.",
    }


def report_csv(report: PrivacyReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["section", "provider", "region", "entity_type", "requests", "anonymized_requests", "count"])
    for line in report.destinations:
        writer.writerow(["destination", csv_cell(line["provider"]), csv_cell(line["region"]), "",
                         line["requests"], line["anonymized"], ""])
    for kind, count in report.entities.items():
        writer.writerow(["entities", "", "", csv_cell(kind), "", "", count])
    writer.writerow(["total", "", "", "", report.requests, report.anonymized, sum(report.entities.values())])
    return buffer.getvalue()


def routes(console: Console) -> list[Route]:
    async def load(request: Request, view: View) -> tuple[PrivacyReport, str | None, str]:
        default = month_of(utcnow().astimezone(console.zone).date(), console.zone)
        period, error = chosen_period(request, console, default)
        report = await console.reports.privacy(view.user.org_id, period)
        org = await console.accounts.store.get_org(view.user.org_name)
        return report, error, console.gateway.privacy_mode_for(org.anonymization if org else None)

    async def show(request: Request, view: View) -> Response:
        report, error, policy = await load(request, view)
        return view.render(
            "privacy.html", 400 if error else 200, report=report, policy=policy,
            first_day=report.period.first_day(console.zone).isoformat(),
            last_day=report.period.last_day(console.zone).isoformat(),
            error=dates_error(view) if error else None,
        )

    async def export(request: Request, view: View) -> Response:
        report, error, policy = await load(request, view)
        if error:
            return dates_refused(view)
        fmt = request.url.path.rsplit(".", 1)[-1]
        stem = f"tarnkappe-privacy-{view.user.org_name}-{report.period.start.date()}"
        if fmt == "json":
            body, media = json.dumps(report_json(report, view.user.org_name, policy), indent=2), "application/json"
        else:
            body, media = report_csv(report), "text/csv; charset=utf-8"
        return secure(Response(body, media_type=media,
                               headers={"content-disposition": f'attachment; filename="{stem}.{fmt}"'}))

    return [
        Route("/privacy", page(console, show), methods=["GET"]),
        Route("/privacy.csv", page(console, export), methods=["GET"]),
        Route("/privacy.json", page(console, export), methods=["GET"]),
    ]
