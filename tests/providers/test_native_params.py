"""Parameters that only a canonical request can carry today (the OpenAI dialect does not parse
`safe_prompt` yet), sent straight through a provider to its fake upstream."""

from __future__ import annotations

import asyncio

import aiohttp

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.types import ChatRequest, Message
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

