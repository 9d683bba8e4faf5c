"""The OpenAI Agents SDK pointed at the gateway: an agent with one function tool, run to completion
through `/v1/responses` (the SDK's default API), against every provider's fake — streamed and not,
anonymized and not.

The fakes' `agent` scenario calls the tool `lookup` with the user's text and, once the latest turn
is that call's result, answers "done: <result>". A run therefore crosses the gateway twice: the
function call has to come back as a Responses `function_call` item the SDK can execute, and its
output has to go out again as that provider's tool result. Tracing is off for every run (the SDK
would otherwise export spans to OpenAI)."""

from __future__ import annotations

import asyncio
from typing import Any

import openai
import pytest
from agents import Agent, ModelSettings, OpenAIResponsesModel, RunConfig, Runner, function_tool
from agents.result import RunResultBase
from openai import AsyncOpenAI

from tarnkappe.core.capabilities import PROVIDERS as DECLARED
from tests.providers.conftest import PROVIDERS, NativeGateway

RUN = RunConfig(tracing_disabled=True)


def directory_agent(gateway: NativeGateway, provider: str, looked_up: list[str], **settings: Any) -> Agent:
    """An agent whose one tool records what it was asked and answers "found <query>"."""

    @function_tool
    def lookup(query: str) -> str:
        """Look a query up in the company directory."""
        looked_up.append(query)
        return f"found {query}"

    client = AsyncOpenAI(base_url=gateway.base_url + "/v1", api_key=gateway.key, max_retries=0)
    return Agent(name="directory", instructions="Use the directory to answer.", tools=[lookup],
                 model=OpenAIResponsesModel(model=f"{provider}/agent", openai_client=client),
                 model_settings=ModelSettings(**settings))


async def run(agent: Agent, text: str, *, streamed: bool) -> RunResultBase:
    if not streamed:
        return await Runner.run(agent, text, run_config=RUN)
    result = Runner.run_streamed(agent, text, run_config=RUN)
    kinds = {event.type async for event in result.stream_events()}
    assert "raw_response_event" in kinds  # the Responses stream's events reached the SDK as such
    return result


@pytest.mark.parametrize("streamed", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("provider", PROVIDERS)
def test_agent_runs_its_tool_to_completion(native_gateway: NativeGateway, provider: str, streamed: bool,
                                           marker: str) -> None:
    looked_up: list[str] = []
    agent = directory_agent(native_gateway, provider, looked_up)
    if not DECLARED["gemini" if provider == "vertex" else provider].tools:
        # A provider without tools (Perplexity): the run stops at a 400 naming the field, nothing sent.
        with pytest.raises(openai.BadRequestError) as refused:
            asyncio.run(run(agent, marker, streamed=streamed))
        assert refused.value.param == "tools" and looked_up == []
        assert native_gateway.upstreams[provider].find(marker) == []
        return
    result = asyncio.run(run(agent, marker, streamed=streamed))
    assert looked_up == [marker]
    assert result.final_output == f"done: found {marker}"
    kinds = [item.type for item in result.new_items]
    assert kinds == ["tool_call_item", "tool_call_output_item", "message_output_item"]
    # Two requests upstream: the question with the tool, then the tool's result.
    received = native_gateway.upstreams[provider].find(marker)
    assert len(received) == 2
    assert f"found {marker}" not in str(received[0].body) and f"found {marker}" in str(received[1].body)


@pytest.mark.parametrize("streamed", [False, True], ids=["whole", "streamed"])
@pytest.mark.parametrize("provider", ["openai", "anthropic", "gemini"])
def test_anonymized_agent_sees_real_values_and_the_upstream_never_does(
        native_gateway: NativeGateway, provider: str, streamed: bool, marker: str) -> None:
    """The tool is called with the restored e-mail, its result goes out masked again, and the final
    answer comes back restored; no request upstream holds the address."""
    question = f"Ticket {marker}: wer ist anna.meier@example.ch?"
    looked_up: list[str] = []
    agent = directory_agent(native_gateway, provider, looked_up, extra_body={"anonymize": True})
    result = asyncio.run(run(agent, question, streamed=streamed))
    assert looked_up == [question]
    assert result.final_output == f"done: found {question}"
    received = native_gateway.upstreams[provider].find(marker)
    assert len(received) == 2
    assert not [r for r in received if "anna.meier" in str(r.body) or "example.ch" in str(r.body)]
