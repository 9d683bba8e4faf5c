"""`GET /`: a small page for a person who opens the gateway in a browser.

Programs never ask for `/` — they are given a base URL — so the page is for people: it says what
answers here, where the web console is (when this gateway serves one) and which base URL each
client library takes. It names nothing of the configuration (no models, no organizations): the
page is public, like `/healthz`.

Its one inline stylesheet is allowed by its hash in the Content-Security-Policy, so the page runs
no script and loads nothing.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route

CONSOLE_PATH = "/console"
# (what, base path, how a client is pointed at it)
BASE_URLS = (
    ("OpenAI API", "/v1", "base_url of the OpenAI SDKs; chat completions, responses, embeddings, models"),
    ("OpenAI API (meinGPT's path)", "/api/openai/v1", "the same API under meinGPT's base path"),
    ("PeakPrivacy API", "/v1/ai", "key in the Api-token header; /v1/ai/completions and /v1/ai/models"),
    ("Anthropic Messages API", "/v1/messages", "Anthropic's SDKs and Claude Code take the gateway's root "
                                                "as their base URL; key in x-api-key"),
)
STYLE = (
    "body{font-family:system-ui,sans-serif;color:#1d2430;background:#f5f6f8;margin:0;padding:2rem 1rem;}"
    "main{max-width:44rem;margin:0 auto;background:#fff;border:1px solid #dfe3ea;border-radius:8px;"
    "padding:1.25rem 1.5rem;}"
    "h1{font-size:1.5rem;margin:0 0 .5rem;}h2{font-size:1.1rem;margin:1.25rem 0 .5rem;}"
    "a{color:#24528f;}code{font-family:ui-monospace,monospace;overflow-wrap:anywhere;}"
    "dt{font-weight:600;margin-top:.6rem;}dd{margin:.15rem 0 0;}.hint{color:#5b6472;font-size:.9rem;}"
)
STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
HEADERS = {
    "content-security-policy": (
        f"default-src 'none'; style-src 'sha256-{STYLE_HASH}'; img-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
}


def has_console(request: Request) -> bool:
    """Whether this application serves the web console (it needs accounts and may be switched off)."""
    return any(isinstance(route, Mount) and route.path == CONSOLE_PATH for route in request.app.routes)


def landing_page(origin: str, console: bool) -> str:
    """The page's HTML. `origin` (scheme, host and port as the browser asked for them) is escaped:
    it comes from the request's Host header."""
    root = escape(origin.rstrip("/"))
    rows = "".join(
        f"<dt>{escape(what)}</dt><dd><code>{root}{escape(path)}</code><br>"
        f"<span class=\"hint\">{escape(how)}</span></dd>"
        for what, path, how in BASE_URLS
    )
    if console:
        console_part = (f'<p>Manage your organization — API keys, usage, model policy, privacy report — in the '
                        f'<a href="{CONSOLE_PATH}/">web console</a>.</p>')
    else:
        console_part = ("<p class=\"hint\">This gateway serves no web console (it needs accounts; "
                        "see <code>console.enabled</code>).</p>")
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>Tarnkappe</title><style>{STYLE}</style></head><body><main>"
        "<h1>Tarnkappe</h1>"
        "<p>A privacy-first gateway to language models. Applications use it through one of the APIs below, "
        "with a key of this gateway.</p>"
        f"{console_part}"
        f"<h2>API base URLs</h2><dl>{rows}</dl>"
        "<p class=\"hint\">The API's description: <a href=\"/openapi.json\">/openapi.json</a>. "
        "Health: <a href=\"/healthz\">/healthz</a>, <a href=\"/readyz\">/readyz</a>.</p>"
        "</main></body></html>"
    )


def landing_routes() -> list[BaseRoute]:
    async def serve(request: Request) -> Response:
        return HTMLResponse(landing_page(str(request.base_url), has_console(request)), headers=HEADERS)

    return [Route("/", serve, methods=["GET"])]
