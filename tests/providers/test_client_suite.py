"""One OpenAI-SDK client suite, run against every native provider through the gateway: plain,
streamed, JSON mode, tools, usage, filters and errors must look the same whoever answers."""

from __future__ import annotations

import json

import openai
import pytest
from openai import OpenAI

from tests.fakes.scenarios import COMPLETION_TOKENS
from tests.providers.conftest import PROVIDERS

TOOLS = [{"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}},
         {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
WITH_TOOLS = [p for p in PROVIDERS if p != "perplexity"]

pytestmark = pytest.mark.parametrize("provider", PROVIDERS)


def user(text: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": "be brief"}, {"role": "user", "content": text}]


def test_plain(native_client: OpenAI, provider: str, marker: str) -> None:
    completion = native_client.chat.completions.create(model=f"{provider}/echo", messages=user(marker))
    assert completion.object == "chat.completion"
    assert completion.model == f"{provider}/echo"
    assert [c.message.content for c in completion.choices] == [f"echo: {marker}"]
    assert completion.choices[0].finish_reason == "stop"
    assert completion.choices[0].message.role == "assistant"
    assert completion.usage.completion_tokens == COMPLETION_TOKENS
    assert completion.usage.prompt_tokens >= 1
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens


def test_streamed_with_usage(native_client: OpenAI, provider: str, marker: str) -> None:
    chunks = list(native_client.chat.completions.create(
        model=f"{provider}/echo", messages=user(marker), stream=True, stream_options={"include_usage": True}))
    *content, last = chunks
    assert len(content) > 2, "a stream is never collapsed into one chunk"
    assert last.choices == [] and last.usage is not None
    assert last.usage.completion_tokens == COMPLETION_TOKENS
    assert all(c.choices and c.usage is None for c in content)
    assert content[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in content) == f"echo: {marker}"
    assert [c.choices[0].finish_reason for c in content if c.choices[0].finish_reason] == ["stop"]


def test_streamed_without_usage(native_client: OpenAI, provider: str, marker: str) -> None:
    chunks = list(native_client.chat.completions.create(model=f"{provider}/echo", messages=user(marker), stream=True))
    assert all(c.choices for c in chunks), "no choice-less chunk unless the client asked for usage"
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == f"echo: {marker}"


@pytest.mark.parametrize("stream", [False, True])
def test_json_mode(native_client: OpenAI, provider: str, marker: str, stream: bool) -> None:
    kwargs = dict(model=f"{provider}/echo", messages=user(marker), response_format={"type": "json_object"})
    if stream:
        text = "".join(c.choices[0].delta.content or "" for c in native_client.chat.completions.create(**kwargs, stream=True))
    else:
        completion = native_client.chat.completions.create(**kwargs)
        assert completion.choices[0].finish_reason == "stop"
        text = completion.choices[0].message.content
    assert json.loads(text) == {"echo": marker}


def test_tools(native_client: OpenAI, provider: str, marker: str) -> None:
    if provider not in WITH_TOOLS:
        with pytest.raises(openai.BadRequestError) as info:
            native_client.chat.completions.create(model=f"{provider}/tools", messages=user(marker), tools=TOOLS)
        assert info.value.param == "tools"
        return
    completion = native_client.chat.completions.create(model=f"{provider}/tools", messages=user(marker), tools=TOOLS)
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert [c.function.name for c in choice.message.tool_calls] == ["search", "lookup"]
    assert [json.loads(c.function.arguments) for c in choice.message.tool_calls] == [
        {"query": marker, "n": 0}, {"query": marker, "n": 1}]
    assert len({c.id for c in choice.message.tool_calls}) == 2


def test_tools_streamed(native_client: OpenAI, provider: str, marker: str) -> None:
    if provider not in WITH_TOOLS:
        pytest.skip("perplexity has no tools (refusal tested in test_tools)")
    first_deltas: dict[int, object] = {}
    with native_client.chat.completions.stream(model=f"{provider}/tools", messages=user(marker), tools=TOOLS) as stream:
        for event in stream:
            if event.type == "chunk" and event.chunk.choices:
                for call in event.chunk.choices[0].delta.tool_calls or []:
                    first_deltas.setdefault(call.index, call)
        final = stream.get_final_completion()
    assert all(d.id and d.function.name for d in first_deltas.values()), "id and name come first"
    calls = final.choices[0].message.tool_calls
    assert [c.function.name for c in calls] == ["search", "lookup"]
    assert json.loads(calls[1].function.arguments) == {"query": marker, "n": 1}
    assert final.choices[0].finish_reason == "tool_calls"


def test_tool_results_go_back_upstream(native_client: OpenAI, provider: str, marker: str) -> None:
    if provider not in WITH_TOOLS:
        pytest.skip("perplexity has no tools")
    completion = native_client.chat.completions.create(model=f"{provider}/echo", tools=TOOLS, messages=[
        {"role": "user", "content": "look it up"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call9abcd", "type": "function", "function": {"name": "search", "arguments": '{"q": 1}'}}]},
        {"role": "tool", "tool_call_id": "call9abcd", "content": '{"hits": 3}'},
        {"role": "user", "content": marker},
    ])
    assert completion.choices[0].message.content == f"echo: {marker}"


@pytest.mark.parametrize("stream", [False, True])
def test_safety_filter_is_content_filter(native_client: OpenAI, provider: str, stream: bool) -> None:
    if provider == "mistral":
        pytest.skip("Mistral has no filtering finish reason (its guardrail is safe_prompt, a system prompt)")
    kwargs = dict(model=f"{provider}/filtered", messages=user("something nasty"))
    if stream:
        chunks = list(native_client.chat.completions.create(**kwargs, stream=True))
        reasons = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    else:
        reasons = [native_client.chat.completions.create(**kwargs).choices[0].finish_reason]
    assert reasons == ["content_filter"]


@pytest.mark.parametrize(
    "scenario, exception, status",
    [("status-400", openai.BadRequestError, 400), ("status-429", openai.RateLimitError, 429),
     ("status-500", openai.InternalServerError, 502)],
)
@pytest.mark.parametrize("stream", [False, True])
def test_upstream_errors(native_client: OpenAI, provider: str, scenario: str, exception: type, status: int,
                         stream: bool) -> None:
    with pytest.raises(exception) as info:
        result = native_client.chat.completions.create(model=f"{provider}/{scenario}", messages=user("x"), stream=stream)
        list(result) if stream else None
    assert info.value.status_code == status
    assert "fake" not in info.value.message or status == 400  # upstream text only for the client's own mistakes
    if status == 429:
        assert info.value.response.headers["retry-after"]


def test_error_after_first_byte(native_client: OpenAI, provider: str, marker: str) -> None:
    received = ""
    with pytest.raises(openai.APIError) as info:
        for chunk in native_client.chat.completions.create(model=f"{provider}/cut", messages=user(marker), stream=True):
            received += chunk.choices[0].delta.content or ""
    assert received and f"echo: {marker}".startswith(received)
    assert "stream" in str(info.value)
