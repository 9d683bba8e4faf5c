"""Every native upstream, anonymized: the fields each protocol carries (Anthropic's
metadata.user_id, Gemini's systemInstruction and function declarations, Mistral's and Azure's
OpenAI-shaped bodies) hold no personal value of the request."""

from __future__ import annotations

import json

import pytest
from openai import OpenAI

from tests.providers.conftest import PROVIDERS, NativeGateway

PERSON = "Anna Meier"
EMAIL = "anna.meier@example.ch"
IBAN = "CH93 0076 2011 6238 5295 7"

TOOLS = [{"type": "function", "function": {
    "name": "send_mail", "description": f"Mail an {PERSON}",
    "parameters": {"type": "object", "properties": {"to": {"type": "string", "enum": [EMAIL]}}},
}}]


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_no_personal_value_reaches_any_upstream(native_gateway: NativeGateway, native_client: OpenAI, marker: str,
                                                provider: str, stream: bool) -> None:
    tools = {} if provider == "perplexity" else {"tools": TOOLS}  # Perplexity has no tools
    response = native_client.chat.completions.create(
        model=f"{provider}/echo", stream=stream, user=EMAIL, stop=[IBAN], extra_body={"anonymize": True}, **tools,
        messages=[{"role": "system", "content": f"Kundin {PERSON}"},
                  {"role": "user", "name": "Anna", "content": f"{marker} {EMAIL} {IBAN}"}],
    )
    if stream:
        list(response)
    (received,) = native_gateway.upstreams[provider].find(marker)
    raw = json.dumps(received.body, ensure_ascii=False) + json.dumps(received.body) + received.path
    for value in (PERSON, EMAIL, IBAN, IBAN.replace(" ", ""), json.dumps(EMAIL)):
        assert value.strip('"') not in raw, f"{value} reached {provider}"
    assert "[[" in raw
