"""The gateway's own OpenAPI 3.1 document, served at `/openapi.json`.

The document is written by hand in `openapi.yaml` beside this module (package data, so the
repository and every installation hold the same file) rather than generated from the code: it
describes what clients see — both dialects' exact bodies and error shapes — and the test suite
fuzzes a running gateway against it (`tests/test_openapi.py`), so the two cannot drift apart.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from tarnkappe.server.http import JSONResponse
from tarnkappe.server.landing import landing_routes


@cache
def openapi_document() -> dict[str, Any]:
    """The document, parsed once (it never changes while the process runs)."""
    text = resources.files("tarnkappe.server").joinpath("openapi.yaml").read_text(encoding="utf-8")
    document: dict[str, Any] = yaml.safe_load(text)
    return document


def openapi_routes() -> list[BaseRoute]:
    """The routes that describe the API: this document for programs, and `GET /` (server/landing.py)
    for a person who opens the gateway in a browser."""

    async def serve(request: Request) -> Response:
        return JSONResponse(openapi_document())

    return [Route("/openapi.json", serve, methods=["GET"]), *landing_routes()]
