"""Chat completions through the gateway, with the official SDK as the client and a fake OpenAI
upstream behind it."""

from __future__ import annotations

import json

import httpx
from openai import OpenAI

from tests.conftest import RunningGateway


def test_plain_completion_is_openai_shaped(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model="fake/echo", messages=[{"role": "user", "content": f"hello {marker}"}]
    )
    completion = raw.parse()
    assert raw.headers["x-request-id"].startswith("req_")
    assert completion.object == "chat.completion"
    assert completion.model == "fake/echo"  # the catalog name the client asked for
    assert completion.choices[0].message.content == f"echo: hello {marker}"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.system_fingerprint == "fp_fake"
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens
    body = json.loads(raw.http_response.text)
    assert set(body) >= {"id", "object", "created", "model", "choices", "usage"}
    assert set(body["choices"][0]["message"]) >= {"role", "content", "refusal"}


def test_meingpt_base_path(gateway: RunningGateway, marker: str) -> None:
    client = gateway.client(base_path="/api/openai/v1")
    completion = client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": marker}])
    assert completion.choices[0].message.content == f"echo: {marker}"
    assert "fake/echo" in [m.id for m in client.models.list()]


def test_request_reaches_upstream_translated(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    client.chat.completions.create(
        model="fake/echo",
        messages=[
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": [{"type": "text", "text": f"part one {marker}"},
                                         {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]},
        ],
        temperature=0.3, top_p=0.9, max_completion_tokens=42, stop="END", seed=7,
        response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object"}, "strict": True}},
        tools=[{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
        tool_choice="auto",
        extra_body={"some_future_parameter": {"x": 1}, "another_unknown": True},
    )
    (received,) = gateway.upstream.log.find(marker)
    body = received.body
    assert received.headers["authorization"] == "Bearer sk-fake-upstream-key"
    assert body["model"] == "echo"  # the catalog's upstream_model
    assert body["messages"][1]["content"][1] == {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}
    assert (body["temperature"], body["top_p"], body["max_tokens"], body["stop"], body["seed"]) == (0.3, 0.9, 42, ["END"], 7)
    assert body["response_format"] == {"type": "json_schema", "json_schema": {"name": "r", "schema": {"type": "object"}, "strict": True}}
    assert body["tools"][0]["function"]["name"] == "f" and body["tool_choice"] == "auto"
    assert "some_future_parameter" not in body and "another_unknown" not in body


def test_n_choices(client: OpenAI, marker: str) -> None:
    completion = client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": marker}], n=3)
    assert [c.index for c in completion.choices] == [0, 1, 2]
    assert [c.message.content for c in completion.choices] == [f"echo {i}: {marker}" for i in range(3)]


def test_tool_calls_non_streamed(client: OpenAI, marker: str) -> None:
    completion = client.chat.completions.create(
        model="fake/tools", messages=[{"role": "user", "content": marker}],
        tools=[{"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}}],
    )
    calls = completion.choices[0].message.tool_calls
    assert completion.choices[0].finish_reason == "tool_calls"
    assert [c.function.name for c in calls] == ["search", "lookup"]
    assert [json.loads(c.function.arguments) for c in calls] == [{"query": marker, "n": 0}, {"query": marker, "n": 1}]


def test_tool_call_message_history_is_forwarded(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    client.chat.completions.create(
        model="fake/echo",
        messages=[
            {"role": "user", "content": "look it up"},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_9", "type": "function", "function": {"name": "search", "arguments": '{"q": 1}'}}]},
            {"role": "tool", "tool_call_id": "call_9", "content": f"result {marker}"},
            {"role": "user", "content": "thanks"},
        ],
    )
    (received,) = gateway.upstream.log.find(marker)
    assistant, tool = received.body["messages"][1:3]
    assert assistant["tool_calls"][0] == {"id": "call_9", "type": "function", "function": {"name": "search", "arguments": '{"q": 1}'}}
    assert tool == {"role": "tool", "content": f"result {marker}", "tool_call_id": "call_9"}


def test_unknown_parameters_are_accepted_raw(gateway: RunningGateway, marker: str) -> None:
    response = httpx.post(
        gateway.base_url + "/v1/chat/completions",
        headers={"Authorization": f"Bearer {gateway.key}"},
        json={"model": "fake/echo", "messages": [{"role": "user", "content": marker}],
              "modalities": ["text"], "metadata": {"a": "b"}, "store": False, "service_tier": "auto"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == f"echo: {marker}"


def test_reasoning_models_get_max_completion_tokens(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    client.chat.completions.create(model="fake/reasoning", messages=[{"role": "user", "content": marker}], max_tokens=50)
    (received,) = gateway.upstream.log.find(marker)
    assert received.body["max_completion_tokens"] == 50 and "max_tokens" not in received.body


def test_safe_prompt_in_the_openai_dialect(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": marker}],
                                   extra_body={"safe_prompt": True})
    (received,) = gateway.upstream.log.find(marker)
    assert received.body["messages"][0]["role"] == "system" and "respect" in received.body["messages"][0]["content"]
