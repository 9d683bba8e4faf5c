"""Streamed chat completions: OpenAI's SSE shape, usage handling, tool-call deltas, n > 1."""

from __future__ import annotations

import json

import httpx
from openai import OpenAI

from tests.conftest import RunningGateway


def raw_stream(gateway: RunningGateway, body: dict) -> tuple[httpx.Response, list[str]]:
    with httpx.stream(
        "POST", gateway.base_url + "/v1/chat/completions",
        headers={"Authorization": f"Bearer {gateway.key}"}, json={**body, "stream": True}, timeout=30,
    ) as response:
        lines = [line for line in response.iter_lines()]
    return response, lines


def data_events(lines: list[str]) -> list[str]:
    return [line.removeprefix("data: ") for line in lines if line.startswith("data: ")]


def test_stream_shape_without_usage(gateway: RunningGateway, marker: str) -> None:
    response, lines = raw_stream(gateway, {"model": "fake/echo", "messages": [{"role": "user", "content": marker}]})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["x-accel-buffering"] == "no"
    events = data_events(lines)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert len(chunks) > 3, "a stream must never be collapsed into one chunk"
    assert all(c["object"] == "chat.completion.chunk" and c["choices"] for c in chunks)
    assert all("usage" not in c for c in chunks), "no usage field unless the client asked for it"
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert text == f"echo: {marker}"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_stream_with_include_usage(client: OpenAI, marker: str) -> None:
    chunks = list(client.chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": marker}], stream=True,
        stream_options={"include_usage": True},
    ))
    *content, last = chunks
    assert last.choices == [] and last.usage is not None and last.usage.completion_tokens == 7
    assert all(c.usage is None and c.choices for c in content)
    assert "".join(c.choices[0].delta.content or "" for c in content) == f"echo: {marker}"


def test_usage_on_a_choice_chunk_is_split(client: OpenAI, marker: str) -> None:
    chunks = list(client.chat.completions.create(
        model="fake/usage-inline", messages=[{"role": "user", "content": marker}], stream=True,
        stream_options={"include_usage": True},
    ))
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-2].choices[0].finish_reason == "stop" and chunks[-2].usage is None


def test_usage_is_stripped_when_not_asked(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    chunks = list(client.chat.completions.create(
        model="fake/usage-inline", messages=[{"role": "user", "content": marker}], stream=True))
    assert all(c.choices for c in chunks)
    (received,) = gateway.upstream.log.find(marker)
    assert received.body["stream_options"] == {"include_usage": True}, "usage is always asked upstream"


def test_choice_less_preamble_is_dropped(client: OpenAI, marker: str) -> None:
    chunks = list(client.chat.completions.create(
        model="fake/filter-preamble", messages=[{"role": "user", "content": marker}], stream=True))
    assert all(c.choices for c in chunks)
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == f"echo: {marker}"


def test_n_greater_one_interleaves_by_index(client: OpenAI, marker: str) -> None:
    texts: dict[int, str] = {}
    for chunk in client.chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": marker}], stream=True, n=2
    ):
        for choice in chunk.choices:
            texts[choice.index] = texts.get(choice.index, "") + (choice.delta.content or "")
    assert texts == {0: f"echo 0: {marker}", 1: f"echo 1: {marker}"}


def test_tool_call_deltas(gateway: RunningGateway, marker: str) -> None:
    _, lines = raw_stream(gateway, {"model": "fake/tools", "messages": [{"role": "user", "content": marker}]})
    calls: dict[int, dict] = {}
    for event in data_events(lines)[:-1]:
        for choice in json.loads(event)["choices"]:
            for delta in choice["delta"].get("tool_calls", []):
                call = calls.setdefault(delta["index"], {"arguments": ""})
                if "id" in delta:
                    assert "name" in delta["function"], "the first delta of a call carries its name"
                    call.update(id=delta["id"], name=delta["function"]["name"])
                call["arguments"] += delta.get("function", {}).get("arguments", "")
    assert [calls[i]["name"] for i in sorted(calls)] == ["search", "lookup"]
    assert [json.loads(calls[i]["arguments"]) for i in sorted(calls)] == [{"query": marker, "n": 0}, {"query": marker, "n": 1}]


def test_sdk_assembles_streamed_tool_calls(client: OpenAI, marker: str) -> None:
    with client.chat.completions.stream(
        model="fake/tools", messages=[{"role": "user", "content": marker}],
        tools=[{"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}}],
    ) as stream:
        final = stream.get_final_completion()
    calls = final.choices[0].message.tool_calls
    assert [c.function.name for c in calls] == ["search", "lookup"]
    assert json.loads(calls[1].function.arguments) == {"query": marker, "n": 1}
