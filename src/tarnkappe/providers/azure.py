"""Azure OpenAI: OpenAI's wire format behind a per-deployment URL.

    POST {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-10-21
    api-key: <key>

The deployment name (the catalog's `deployment`, else `upstream_model`) chooses the model; the body's
`model` is ignored by Azure. Azure's content filter shows up three ways, all kept visible to the
client: `prompt_filter_results` on the answer (passed through), `finish_reason: content_filter` on a
filtered completion, and an HTTP 400 with `code: content_filter` when the prompt itself is blocked,
which we report as a 400 with that code.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote

import orjson

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import GatewayError, UpstreamRejected
from tarnkappe.providers.base import ProviderContext
from tarnkappe.providers.openai_compat import OpenAICompatibleProvider
from tarnkappe.providers.upstream_http import upstream_status_error

DEFAULT_API_VERSION = "2024-10-21"  # the current GA version: tools, JSON schema, stream_options


def azure_status_error(status: int, body: bytes, headers: Mapping[str, str], provider: str) -> GatewayError:
    """Like every upstream, except that a prompt blocked by Azure's content filter keeps the
    `content_filter` code, so a client can tell it from a malformed request."""
    error = upstream_status_error(status, body, headers, provider)
    if status == 400 and isinstance(error, UpstreamRejected) and _error_code(body) == "content_filter":
        error.code = "content_filter"
    return error


def _error_code(body: bytes) -> str | None:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    error = data.get("error") if isinstance(data, dict) else None
    return error.get("code") if isinstance(error, dict) else None


class AzureOpenAIProvider(OpenAICompatibleProvider):
    """Chat and embeddings against one Azure OpenAI deployment."""

    STATUS_MAPPER = staticmethod(azure_status_error)

    def __init__(self, entry: ModelEntry, context: ProviderContext) -> None:
        super().__init__(entry, context)
        self._headers.pop("Authorization", None)
        if entry.api_key:
            self._headers["api-key"] = entry.api_key
        deployment = entry.deployment or entry.wire_model
        api_version = entry.api_version or DEFAULT_API_VERSION
        self._prefix = f"{self._base_url}/openai/deployments/{quote(deployment, safe='')}"
        self._query = f"?api-version={quote(api_version, safe='')}"

    def _url(self, path: str) -> str:
        return self._prefix + path + self._query
