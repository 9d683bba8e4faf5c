"""Parameters that only a canonical request can carry today (the OpenAI dialect does not parse
`safe_prompt` yet), sent straight through a provider to its fake upstream."""

from __future__ import annotations

import asyncio

import aiohttp
import orjson
import pytest

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.types import ChatRequest, Message
from tarnkappe.gateway.safety import SAFE_PROMPT
from tarnkappe.providers.base import ProviderContext
from tarnkappe.providers.mistral import MistralProvider
from tests.fakes.mistral_upstream import MISTRAL_KEY
from tests.providers.conftest import NativeGateway


def test_mistral_safe_prompt_and_random_seed(native_gateway: NativeGateway, marker: str) -> None:
    entry = ModelEntry(name="m", provider="mistral", upstream_model="echo", api_key=MISTRAL_KEY,
                       base_url=native_gateway.urls["mistral"] + "/v1")
    request = ChatRequest(model="m", messages=[Message(role="user", content=marker)], safe_prompt=True, seed=5)

    async def call() -> str:
        async with aiohttp.ClientSession() as session:
            result = await MistralProvider(entry, ProviderContext(http=session)).complete(request)
        return result.choices[0].message.text()

    assert asyncio.run(call()) == f"echo: {marker}"
    (received,) = native_gateway.upstreams["mistral"].find(marker)
    assert received.body["safe_prompt"] is True and received.body["random_seed"] == 5


@pytest.mark.parametrize("provider", ["mistral", "anthropic"])
def test_safe_prompt_is_native_or_emulated_never_both(native_gateway: NativeGateway, provider: str, marker: str) -> None:
    """Mistral has its own `safe_prompt` switch: it gets the flag and no emulated system prompt (it
    used to get both, because the pipeline asked the provider object for a capability it never
    declared). Every other provider gets the guardrail as a system message, and no flag."""
    native_gateway.client().chat.completions.create(
        model=f"{provider}/echo", messages=[{"role": "user", "content": marker}], extra_body={"safe_prompt": True}
    )
    (received,) = native_gateway.upstreams[provider].find(marker)
    sent = orjson.dumps(received.body).decode()
    if provider == "mistral":
        assert received.body["safe_prompt"] is True
        assert SAFE_PROMPT not in sent
    else:
        assert "safe_prompt" not in received.body
        assert SAFE_PROMPT in sent
