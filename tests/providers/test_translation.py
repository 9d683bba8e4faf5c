"""What each native upstream actually receives, and provider-specific answers (filters, citations,
embeddings). The fakes refuse anything outside their protocol, so a passing call is already proof
of a well-formed request; these tests check that the request means what the client asked."""

from __future__ import annotations

import json

import numpy as np
import openai
import pytest
from openai import OpenAI

from tests.fakes.openai_shaped_upstream import CITATIONS, SEARCH_RESULTS
from tests.fakes.openai_upstream import fake_vector
from tests.providers.conftest import NativeGateway

SAMPLING = dict(temperature=0.3, top_p=0.9, max_completion_tokens=42, stop="END", seed=7)


def received(gateway: NativeGateway, provider: str, marker: str) -> dict:
    (request,) = gateway.upstreams[provider].find(marker)
    return {"path": request.path, "headers": request.headers, "body": request.body}


# --------------------------------------------------------------------------- Anthropic


def test_anthropic_request(native_gateway: NativeGateway, native_client: OpenAI, marker: str) -> None:
    native_client.chat.completions.create(
        model="anthropic/echo", **SAMPLING, user="u-1", presence_penalty=0.5,
        messages=[{"role": "system", "content": "rule one"}, {"role": "developer", "content": "rule two"},
                  {"role": "user", "content": "first"},
                  {"role": "user", "content": [{"type": "text", "text": marker},
                                               {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}],
    )
    got = received(native_gateway, "anthropic", marker)
    body = got["body"]
    assert got["path"] == "/v1/messages" and got["headers"]["anthropic-version"] == "2023-06-01"
    assert body["system"] == "rule one\n\nrule two"
    assert [m["role"] for m in body["messages"]] == ["user"], "consecutive user turns are merged"
    assert body["messages"][0]["content"][2] == {
        "type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"}}
    assert (body["temperature"], body["top_p"], body["max_tokens"], body["stop_sequences"]) == (0.3, 0.9, 42, ["END"])
    assert body["metadata"] == {"user_id": "u-1"}
    assert "seed" not in body and "presence_penalty" not in body  # dropped: Anthropic has neither


def test_anthropic_defaults_and_tool_mapping(native_gateway: NativeGateway, native_client: OpenAI, marker: str) -> None:
    native_client.chat.completions.create(
        model="anthropic/echo", tool_choice={"type": "function", "function": {"name": "search"}},
        parallel_tool_calls=False,
        tools=[{"type": "function", "function": {"name": "search", "description": "d", "parameters": {"type": "object"}}}],
        messages=[{"role": "user", "content": "q"},
                  {"role": "assistant", "content": "let me look", "tool_calls": [
                      {"id": "toolu_9", "type": "function", "function": {"name": "search", "arguments": '{"q": 1}'}}]},
                  {"role": "tool", "tool_call_id": "toolu_9", "content": marker}],
    )
    body = received(native_gateway, "anthropic", marker)["body"]
    assert body["max_tokens"] == 4096  # Anthropic requires it; the documented default
    assert body["tools"] == [{"name": "search", "description": "d", "input_schema": {"type": "object"}}]
    assert body["tool_choice"] == {"type": "tool", "name": "search", "disable_parallel_tool_use": True}
    assert body["messages"][1]["content"] == [{"type": "text", "text": "let me look"},
                                              {"type": "tool_use", "id": "toolu_9", "name": "search", "input": {"q": 1}}]
    assert body["messages"][2] == {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "toolu_9", "content": marker}]}


@pytest.mark.parametrize("kwargs, param", [({"temperature": 1.5}, "temperature"), ({"n": 2}, "n")])
def test_anthropic_refuses_what_it_cannot_honour(native_client: OpenAI, kwargs: dict, param: str) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        native_client.chat.completions.create(model="anthropic/echo", messages=[{"role": "user", "content": "x"}], **kwargs)
    assert info.value.param == param


def test_anthropic_json_schema_is_a_forced_tool(native_gateway: NativeGateway, native_client: OpenAI, marker: str) -> None:
    schema = {"type": "object", "properties": {"echo": {"type": "string"}}, "required": ["echo"]}
    completion = native_client.chat.completions.create(
        model="anthropic/echo", messages=[{"role": "user", "content": marker}],
        response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": schema}})
    assert json.loads(completion.choices[0].message.content) == {"echo": marker}
    assert completion.choices[0].message.tool_calls is None
    body = received(native_gateway, "anthropic", marker)["body"]
    assert body["tools"][0]["input_schema"] == schema
    assert body["tool_choice"] == {"type": "tool", "name": body["tools"][0]["name"]}


# --------------------------------------------------------------------------- Gemini


@pytest.mark.parametrize("provider", ["gemini", "vertex"])
def test_gemini_request(native_gateway: NativeGateway, native_client: OpenAI, provider: str, marker: str) -> None:
    schema = {"type": "object", "properties": {"echo": {"type": "string"}}, "additionalProperties": False}
    completion = native_client.chat.completions.create(
        model=f"{provider}/echo", **SAMPLING, n=2, presence_penalty=0.5, logit_bias={"1": 2},
        response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": schema}},
        messages=[{"role": "system", "content": "rule one"}, {"role": "user", "content": marker}])
    assert [json.loads(c.message.content) for c in completion.choices] == [{"echo": marker}] * 2
    got = received(native_gateway, provider, marker)
    body = got["body"]
    if provider == "vertex":
        assert got["path"] == ("/v1/projects/tk-project/locations/europe-west4/publishers/google/models/echo:generateContent")
    else:
        assert got["path"] == "/v1beta/models/echo:generateContent" and "authorization" not in got["headers"]
    assert body["systemInstruction"] == {"parts": [{"text": "rule one"}]}
    assert body["contents"] == [{"role": "user", "parts": [{"text": marker}]}]
    assert body["generationConfig"] == {
        "temperature": 0.3, "topP": 0.9, "maxOutputTokens": 42, "stopSequences": ["END"], "seed": 7,
        "presencePenalty": 0.5, "candidateCount": 2, "responseMimeType": "application/json",
        "responseJsonSchema": schema,  # standard JSON Schema, untranslated
    }


def test_gemini_tool_results_are_matched_by_name(native_gateway: NativeGateway, native_client: OpenAI, marker: str) -> None:
    native_client.chat.completions.create(
        model="gemini/echo", tool_choice="required",
        tools=[{"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}}],
        messages=[{"role": "user", "content": "q"},
                  {"role": "assistant", "content": None, "tool_calls": [
                      {"id": "call_1", "type": "function", "function": {"name": "search", "arguments": '{"q": 1}'}}]},
                  {"role": "tool", "tool_call_id": "call_1", "content": "plain text result"},
                  {"role": "user", "content": marker}])
    body = received(native_gateway, "gemini", marker)["body"]
    assert body["contents"][1] == {"role": "model", "parts": [{"functionCall": {"name": "search", "args": {"q": 1}}}]}
    assert body["contents"][2]["parts"][0] == {
        "functionResponse": {"name": "search", "response": {"content": "plain text result"}}}
    assert body["toolConfig"] == {"functionCallingConfig": {"mode": "ANY"}}
    assert body["tools"] == [{"functionDeclarations": [{"name": "search", "parametersJsonSchema": {"type": "object"}}]}]


@pytest.mark.parametrize("provider", ["gemini", "vertex", "anthropic", "azure"])
@pytest.mark.parametrize("stream", [False, True])
def test_blocked_prompt(native_client: OpenAI, provider: str, stream: bool) -> None:
    kwargs = dict(model=f"{provider}/blocked", messages=[{"role": "user", "content": "something nasty"}])
    if provider == "azure":  # Azure refuses a blocked prompt with a 400 that keeps its code
        with pytest.raises(openai.BadRequestError) as info:
            result = native_client.chat.completions.create(**kwargs, stream=stream)
            list(result) if stream else None
        assert info.value.code == "content_filter"
        return
    if stream:
        chunks = list(native_client.chat.completions.create(**kwargs, stream=True))
        assert [c.choices[0].finish_reason for c in chunks if c.choices[0].finish_reason] == ["content_filter"]
    else:
        choice = native_client.chat.completions.create(**kwargs).choices[0]
        assert choice.finish_reason == "content_filter" and not choice.message.content


@pytest.mark.parametrize("provider", ["gemini", "vertex", "mistral", "azure"])
def test_embeddings(native_gateway: NativeGateway, native_client: OpenAI, provider: str, marker: str) -> None:
    texts = [f"first {marker}", f"second {marker}"]
    result = native_client.embeddings.create(model=f"{provider}/embed", input=texts)
    got = np.asarray([d.embedding for d in result.data], dtype=np.float32)
    np.testing.assert_allclose(got, np.stack([fake_vector(t) for t in texts]), rtol=1e-6)
    assert result.usage.prompt_tokens > 0
    short = native_client.embeddings.create(model=f"{provider}/embed", input=f"short {marker}", dimensions=8)
    if provider == "azure":  # the OpenAI fake behind Azure's checks ignores dimensions: check the request
        assert native_gateway.upstreams["azure"].find(f"short {marker}")[0].body["dimensions"] == 8
    else:
        assert len(short.data[0].embedding) == 8


# --------------------------------------------------------------------------- Azure, Mistral, Perplexity


def test_azure_request_and_filter_results(native_gateway: NativeGateway, native_client: OpenAI, marker: str) -> None:
    raw = native_client.chat.completions.with_raw_response.create(model="azure/echo", messages=[{"role": "user", "content": marker}])
    assert raw.parse().choices[0].message.content == f"echo: {marker}"
    assert json.loads(raw.http_response.text)["prompt_filter_results"][0]["prompt_index"] == 0
    got = received(native_gateway, "azure", marker)
    assert got["path"] == "/openai/deployments/echo/chat/completions?api-version=2024-10-21"
    assert got["headers"]["api-key"] and "authorization" not in got["headers"]


def test_mistral_request(native_gateway: NativeGateway, native_client: OpenAI, marker: str) -> None:
    chunks = list(native_client.chat.completions.create(
        model="mistral/echo", **SAMPLING, n=2, user="u-1", logit_bias={"1": 2}, stream=True,
        messages=[{"role": "user", "content": marker, "name": "anna"}]))
    texts: dict[int, str] = {}
    for chunk in chunks:
        for choice in chunk.choices:
            texts[choice.index] = texts.get(choice.index, "") + (choice.delta.content or "")
    assert texts == {0: f"echo: {marker}", 1: f"echo: {marker}"}
    body = received(native_gateway, "mistral", marker)["body"]
    assert body["random_seed"] == 7 and "seed" not in body
    assert "stream_options" not in body and "user" not in body and "logit_bias" not in body
    assert body["n"] == 2 and body["max_tokens"] == 42 and "name" not in body["messages"][0]


@pytest.mark.parametrize("stream", [False, True])
def test_perplexity_citations_pass_through(native_gateway: NativeGateway, native_client: OpenAI, marker: str,
                                          stream: bool) -> None:
    kwargs = dict(model="perplexity/echo", messages=[{"role": "user", "content": marker}], seed=3, stop="END")
    if stream:
        chunks = list(native_client.chat.completions.create(**kwargs, stream=True, stream_options={"include_usage": True}))
        with_citations = [c for c in chunks if getattr(c, "citations", None)]
        assert with_citations and with_citations[0].citations == CITATIONS
        assert with_citations[0].search_results == SEARCH_RESULTS
        assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == 7
        assert sum(1 for c in chunks if c.usage is not None) == 1
    else:
        completion = native_client.chat.completions.create(**kwargs)
        assert completion.citations == CITATIONS and completion.search_results == SEARCH_RESULTS
    body = received(native_gateway, "perplexity", marker)["body"]
    assert "seed" not in body and "stop" not in body and "stream_options" not in body
