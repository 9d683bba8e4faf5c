"""Anthropic's Messages API as the gateway serves it, beyond the provider suite's scenarios (which
run through it as one dialect): the exact event sequence of a stream, keys in `x-api-key` or as a
bearer token, Anthropic's error shape, beta headers, image blocks, server tools and `count_tokens`
— over HTTP, with the official `anthropic` SDK where a client would use it, against the fakes."""

from __future__ import annotations

import json
from typing import Any

import anthropic
import httpx
import pytest

from tests.conftest import RunningGateway
from tests.fakes.anthropic_upstream import COUNT_BASE
from tests.providers.conftest import NativeGateway
from tests.providers.typed_sse import typed_events

EMAIL = "anna.meier@example.ch"
PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
IMAGE = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PIXEL}}


@pytest.fixture
def client(native_gateway: NativeGateway) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=native_gateway.base_url, api_key=native_gateway.key, max_retries=0)


def post(gateway: NativeGateway, path: str, body: dict[str, Any], **headers: str) -> httpx.Response:
    headers = {"x-api-key": gateway.key, "anthropic-version": "2023-06-01", **headers}
    return httpx.post(gateway.base_url + path, json=body, headers=headers, timeout=30)


def events(gateway: NativeGateway, body: dict[str, Any]) -> list[dict[str, Any]]:
    return typed_events(post(gateway, "/v1/messages", {**body, "stream": True}))


# --------------------------------------------------------------------------- streams


@pytest.mark.parametrize("provider", ["openai", "anthropic", "gemini"])
def test_stream_is_anthropics_event_sequence(native_gateway: NativeGateway, provider: str, marker: str) -> None:
    found = events(native_gateway, {"model": f"{provider}/echo", "max_tokens": 50,
                                    "messages": [{"role": "user", "content": marker}]})
    kinds = [e["type"] for e in found]
    assert kinds[:4] == ["message_start", "ping", "content_block_start", "content_block_delta"]
    assert kinds[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert set(kinds[3:-3]) == {"content_block_delta"}
    assert found[0]["message"]["id"].startswith("msg_") and found[0]["message"]["model"] == f"{provider}/echo"
    assert "".join(e["delta"]["text"] for e in found if e["type"] == "content_block_delta") == f"echo: {marker}"
    final = found[-2]
    assert final["delta"]["stop_reason"] == "end_turn" and final["usage"]["output_tokens"] == 7


def test_streamed_tool_calls_are_tool_use_blocks(native_gateway: NativeGateway, marker: str) -> None:
    tools = [{"name": name, "input_schema": {"type": "object"}} for name in ("search", "lookup")]
    found = events(native_gateway, {"model": "openai/tools", "max_tokens": 50, "tools": tools,
                                    "messages": [{"role": "user", "content": marker}]})
    starts = [e for e in found if e["type"] == "content_block_start"]
    assert [(e["index"], e["content_block"]["type"], e["content_block"]["name"]) for e in starts] == [
        (0, "tool_use", "search"), (1, "tool_use", "lookup")]
    for index, n in ((0, 0), (1, 1)):
        pieces = [e["delta"]["partial_json"] for e in found
                  if e["type"] == "content_block_delta" and e["index"] == index]
        assert all(e["delta"]["type"] == "input_json_delta" for e in found if e["type"] == "content_block_delta")
        assert json.loads("".join(pieces)) == {"query": marker, "n": n}
    assert found[-2]["delta"]["stop_reason"] == "tool_use"


def test_sdk_stream_and_final_message(client: anthropic.Anthropic, marker: str) -> None:
    with client.messages.stream(model="mistral/echo", max_tokens=50,
                                messages=[{"role": "user", "content": marker}]) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == f"echo: {marker}" and final.content[0].text == text  # type: ignore[union-attr]
    assert final.stop_reason == "end_turn" and final.usage.output_tokens == 7 and final.usage.input_tokens >= 1


# --------------------------------------------------------------------------- keys, headers, errors


def test_key_in_x_api_key_or_as_bearer_token(native_gateway: NativeGateway, marker: str) -> None:
    for client in (anthropic.Anthropic(base_url=native_gateway.base_url, api_key=native_gateway.key),
                   anthropic.Anthropic(base_url=native_gateway.base_url, auth_token=native_gateway.key)):
        message = client.messages.create(model="openai/echo", max_tokens=20,
                                         messages=[{"role": "user", "content": marker}])
        assert message.content[0].text == f"echo: {marker}"  # type: ignore[union-attr]
    wrong = anthropic.Anthropic(base_url=native_gateway.base_url, api_key="tk-wrong", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError) as refused:
        wrong.messages.create(model="openai/echo", max_tokens=20, messages=[{"role": "user", "content": "x"}])
    assert refused.value.body == {"type": "error", "error": {"type": "authentication_error",
                                                             "message": "Incorrect API key provided."}}
    missing = httpx.post(native_gateway.base_url + "/v1/messages", json={}, timeout=10)
    assert missing.status_code == 401 and missing.json()["error"]["type"] == "authentication_error"


def test_max_tokens_is_required(native_gateway: NativeGateway) -> None:
    response = post(native_gateway, "/v1/messages", {"model": "openai/echo",
                                                     "messages": [{"role": "user", "content": "x"}]})
    assert response.status_code == 400
    assert response.json() == {"type": "error", "error": {"type": "invalid_request_error",
                                                          "message": "max_tokens: Field required"}}
    assert response.headers["x-request-id"].startswith("req_")


def test_versions_and_betas_are_accepted(client: anthropic.Anthropic, native_gateway: NativeGateway) -> None:
    message = client.beta.messages.create(model="anthropic/echo", max_tokens=20, betas=["no-such-beta-2099-01-01"],
                                          messages=[{"role": "user", "content": "hi"}])
    assert message.content[0].text == "echo: hi"  # type: ignore[union-attr]
    response = post(native_gateway, "/v1/messages", {"model": "openai/echo", "max_tokens": 5, "messages": [
        {"role": "user", "content": "hi"}]}, **{"anthropic-version": "2099-01-01", "anthropic-beta": "a,b"})
    assert response.status_code == 200 and response.json()["type"] == "message"


def test_unknown_model_is_not_found_error(client: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.NotFoundError) as refused:
        client.messages.create(model="no/such-model", max_tokens=5, messages=[{"role": "user", "content": "x"}])
    assert refused.value.body["error"]["type"] == "not_found_error"  # type: ignore[index]


def test_server_tools_are_refused_by_name_for_models_not_anthropics(client: anthropic.Anthropic) -> None:
    # Anthropic models get them natively: tests/providers/test_messages_native.py
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model="openai/echo", max_tokens=5, messages=[{"role": "user", "content": "x"}],
                               tools=[{"type": "web_search_20250305", "name": "web_search"}])
    assert refused.value.body["error"]["message"].startswith("tools[0].type: ")  # type: ignore[index]


def test_thinking_blocks_and_tool_results_go_back(native_gateway: NativeGateway, marker: str) -> None:
    messages = [
        {"role": "user", "content": "look it up"},
        {"role": "assistant", "content": [
            {"type": "thinking", "thinking": "hmm", "signature": "sig"},
            {"type": "tool_use", "id": "toolu_9", "name": "search", "input": {"q": 1}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_9", "content": "3 hits",
                                      "is_error": False}, {"type": "text", "text": marker}]},
    ]
    response = post(native_gateway, "/v1/messages", {"model": "anthropic/echo", "max_tokens": 20,
                                                     "messages": messages})
    assert response.status_code == 200, response.text
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.body["messages"][1]["content"][0] == {"type": "thinking", "thinking": "hmm", "signature": "sig"}
    assert received.body["messages"][2]["content"][0] == {"type": "tool_result", "tool_use_id": "toolu_9",
                                                          "content": "3 hits"}


# --------------------------------------------------------------------------- images


def test_image_blocks_are_forwarded_where_the_model_takes_them(client: anthropic.Anthropic,
                                                               native_gateway: NativeGateway, marker: str) -> None:
    client.messages.create(model="anthropic/echo", max_tokens=20, messages=[
        {"role": "user", "content": [{"type": "text", "text": marker}, IMAGE]}])
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.body["messages"][0]["content"][1] == IMAGE
    with pytest.raises(anthropic.BadRequestError):  # Gemini takes images inline only, not by URL
        client.messages.create(model="gemini/echo", max_tokens=20, messages=[{"role": "user", "content": [
            {"type": "image", "source": {"type": "url", "url": "https://example.com/a.png"}}]}])


def test_image_blocks_are_refused_by_name_when_anonymized(client: anthropic.Anthropic,
                                                          native_gateway: NativeGateway, marker: str) -> None:
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model="anthropic/echo", max_tokens=20, extra_body={"anonymize": True}, messages=[
            {"role": "user", "content": "first"}, {"role": "assistant", "content": "ok"},
            {"role": "user", "content": [{"type": "text", "text": f"{marker} {EMAIL}"}, IMAGE]}])
    assert refused.value.body["error"]["message"].startswith("messages[2].content[1]: ")  # type: ignore[index]
    assert not native_gateway.upstreams["anthropic"].find(marker), "nothing was sent"


PDF = {"type": "document", "title": "Offer", "source": {"type": "base64", "media_type": "application/pdf",
                                                        "data": "JVBERi0xLjQKJcOkw7zDtsOfCg=="}}


def test_pdf_documents_reach_anthropic_models_as_documents_and_openai_ones_as_files(
        client: anthropic.Anthropic, native_gateway: NativeGateway, marker: str) -> None:
    client.messages.create(model="anthropic/echo", max_tokens=20, messages=[
        {"role": "user", "content": [PDF, {"type": "text", "text": marker}]}])
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.body["messages"][0]["content"][0] == PDF
    client.messages.create(model="openai/echo", max_tokens=20, messages=[
        {"role": "user", "content": [PDF, {"type": "text", "text": marker}]}])
    (received,) = native_gateway.upstreams["openai"].find(marker)
    assert received.body["messages"][0]["content"][0] == {"type": "file", "file": {
        "filename": "Offer", "file_data": "data:application/pdf;base64," + PDF["source"]["data"]}}
    with pytest.raises(anthropic.BadRequestError):  # Gemini's wire takes no file parts
        client.messages.create(model="gemini/echo", max_tokens=20, messages=[{"role": "user", "content": [PDF]}])


def test_documents_when_anonymized_pdf_refused_text_masked(client: anthropic.Anthropic,
                                                           native_gateway: NativeGateway, marker: str) -> None:
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model="anthropic/echo", max_tokens=20, extra_body={"anonymize": True}, messages=[
            {"role": "user", "content": [{"type": "text", "text": marker}, PDF]}])
    assert refused.value.body["error"]["message"].startswith("messages[0].content[1]: ")  # type: ignore[index]
    assert not native_gateway.upstreams["anthropic"].find(marker), "nothing was sent"
    text_document = {"type": "document", "source": {"type": "text", "media_type": "text/plain",
                                                    "data": f"Offer for {EMAIL}, valid until June."}}
    answer = client.messages.create(model="anthropic/echo", max_tokens=20, extra_body={"anonymize": True},
                                    messages=[{"role": "user", "content": [text_document,
                                                                           {"type": "text", "text": marker}]}])
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert EMAIL not in str(received.body) and "valid until June" in str(received.body)
    assert answer.content[0].type == "text"


# --------------------------------------------------------------------------- count_tokens


def test_count_tokens_is_anthropics_own_count_for_anthropic_models(client: anthropic.Anthropic) -> None:
    response = client.messages.with_raw_response.count_tokens(
        model="anthropic/echo", system="be brief", messages=[{"role": "user", "content": "three little words"}])
    assert response.headers["x-tarnkappe-token-count"] == "exact"
    assert response.parse().input_tokens == COUNT_BASE + 5


def test_count_tokens_is_a_flagged_estimate_elsewhere(client: anthropic.Anthropic) -> None:
    text = "Grüezi mitenand, wie gaht's? " * 20
    response = client.messages.with_raw_response.count_tokens(
        model="openai/echo", messages=[{"role": "user", "content": text}])
    assert response.headers["x-tarnkappe-token-count"] == "estimate"
    estimate, bound = response.parse().input_tokens, int(response.headers["x-tarnkappe-token-count-upper-bound"])
    assert len(text) / 4 < estimate <= bound and bound >= len(text.encode())


def test_count_tokens_sends_masked_text_and_checks_the_model(client: anthropic.Anthropic,
                                                             native_gateway: NativeGateway, marker: str) -> None:
    count = client.messages.count_tokens(model="anthropic/echo", extra_body={"anonymize": True},
                                         messages=[{"role": "user", "content": f"{marker} {EMAIL}"}])
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.path.endswith("/messages/count_tokens") and EMAIL not in json.dumps(received.body)
    assert count.input_tokens == COUNT_BASE + 2
    with pytest.raises(anthropic.NotFoundError):
        client.messages.count_tokens(model="no/such-model", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(anthropic.BadRequestError):
        client.messages.count_tokens(model="azure/embed", messages=[{"role": "user", "content": "x"}])
    anonymous = httpx.post(native_gateway.base_url + "/v1/messages/count_tokens", json={}, timeout=10)
    assert anonymous.status_code == 401 and anonymous.json()["type"] == "error"


@pytest.mark.local_models
def test_count_tokens_is_the_local_models_own_count(gateway: RunningGateway) -> None:
    client = anthropic.Anthropic(base_url=gateway.base_url, api_key=gateway.key, max_retries=0)

    def count(text: str) -> int:
        response = client.messages.with_raw_response.count_tokens(
            model="local/gemma-3-270m", messages=[{"role": "user", "content": text}])
        assert response.headers["x-tarnkappe-token-count"] == "exact"
        return response.parse().input_tokens

    short, longer = count("Grüezi"), count("Grüezi mitenand, wie gaht's?")
    assert 1 <= short < longer


@pytest.mark.parametrize("provider, sent", [("anthropic", ("top_k",)), ("gemini", ("generationConfig", "topK")),
                                            ("openai", None)])
def test_top_k_is_sent_where_the_provider_has_it(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                 provider: str, sent: tuple[str, ...] | None, marker: str) -> None:
    client.messages.create(model=f"{provider}/echo", max_tokens=20, extra_body={"top_k": 5},  # no SDK argument now
                           messages=[{"role": "user", "content": marker}])
    (received,) = native_gateway.upstreams[provider].find(marker)
    if sent is None:
        assert "top_k" not in json.dumps(received.body)
        return
    value: Any = received.body
    for key in sent:
        value = value[key]
    assert value == 5


@pytest.mark.parametrize("provider", ["anthropic", "openai", "mistral", "gemini"])
@pytest.mark.parametrize("anonymize", [False, True], ids=["plain", "anonymized"])
def test_cache_control_reaches_anthropic_models_only(native_gateway: NativeGateway, provider: str, anonymize: bool,
                                                     marker: str) -> None:
    """Caching breakpoints as Claude Code sets them (system, the last tool result and text) go to
    Anthropic where they were; no other provider gets them, and masking keeps them."""
    text = f"{marker} {EMAIL}" if anonymize else marker
    body = {"model": f"{provider}/echo", "max_tokens": 20, "anonymize": anonymize, "system": [
        {"type": "text", "text": "You are a coding agent.", "cache_control": {"type": "ephemeral"}},
        {"type": "text", "text": "Be brief."}], "messages": [
        {"role": "user", "content": "look it up"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "search", "input": {}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_1", "content": "3 hits",
             "cache_control": {"type": "ephemeral", "ttl": "1h"}},
            {"type": "text", "text": text, "cache_control": {"type": "ephemeral"}}]}]}
    response = post(native_gateway, "/v1/messages", body)
    assert response.status_code == 200, response.text
    assert response.json()["content"][0]["text"] == f"echo: {text}"
    (received,) = native_gateway.upstreams[provider].find(marker)
    if provider != "anthropic":
        assert "cache_control" not in json.dumps(received.body)
        return
    assert received.body["system"] == [
        {"type": "text", "text": "You are a coding agent.", "cache_control": {"type": "ephemeral"}},
        {"type": "text", "text": "Be brief."}]
    result, last = received.body["messages"][2]["content"]
    assert result["cache_control"] == {"type": "ephemeral", "ttl": "1h"} and result["content"] == "3 hits"
    assert last["cache_control"] == {"type": "ephemeral"} and marker in last["text"] and EMAIL not in last["text"]


@pytest.mark.parametrize("body", [
    {"model": "openai/echo", "max_tokens": 5, "messages": "hi"},
    {"model": "openai/echo", "max_tokens": 5, "messages": [1]},
    {"model": "openai/echo", "max_tokens": 5, "messages": [{"role": "system", "content": "x"}]},
    {"model": "openai/echo", "max_tokens": 5, "messages": [{"role": "user", "content": [1, None]}]},
    {"model": "openai/echo", "max_tokens": 5, "messages": [{"role": "user", "content": [{"type": "text"}]}]},
    {"model": "openai/echo", "max_tokens": 5, "messages": [{"role": "user", "content": [{"type": "document"}]}]},
    {"model": "openai/echo", "max_tokens": 5, "messages": [{"role": "user", "content": [
        {"type": "image", "source": {"type": "file", "file_id": "f"}}]}]},
    {"model": "openai/echo", "max_tokens": 5, "messages": [{"role": "user", "content": [
        {"type": "text", "text": "x", "cache_control": {"type": "permanent"}}]}]},
    {"model": "openai/echo", "max_tokens": 5, "messages": [{"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "t", "content": [{"type": "image"}]}]}]},
    {"model": "openai/echo", "max_tokens": 5, "messages": [{"role": "assistant", "content": [
        {"type": "tool_use", "id": "t", "name": "f", "input": []}]}]},
    {"model": "openai/echo", "max_tokens": 5, "system": [{"type": "image"}], "messages": [
        {"role": "user", "content": "x"}]},
    {"model": "openai/echo", "max_tokens": 5, "tool_choice": {"type": "tool"}, "messages": [
        {"role": "user", "content": "x"}]},
    {"model": "openai/echo", "max_tokens": 5, "tools": [{"name": "f"}], "messages": [{"role": "user", "content": "x"}]},
    {"model": "openai/echo", "max_tokens": 0, "messages": [{"role": "user", "content": "x"}]},
    {"model": "openai/echo", "max_tokens": 5, "temperature": 1.5, "messages": [{"role": "user", "content": "x"}]},
])
def test_malformed_requests_are_400_in_anthropics_shape(native_gateway: NativeGateway, body: dict[str, Any]) -> None:
    response = post(native_gateway, "/v1/messages", body)
    assert response.status_code == 400, response.text
    error = response.json()
    assert error["type"] == "error" and error["error"]["type"] == "invalid_request_error"
    assert ": " in error["error"]["message"], "the message names the field"


THINKING = {"type": "enabled", "budget_tokens": 2048}
SIGNED = {"type": "thinking", "thinking": "Let me think about it.", "signature": "sig-fake-0001"}


def test_thinking_passes_through_to_anthropic_models(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                     marker: str) -> None:
    """Extended thinking, and its signed blocks — which Anthropic wants back, unchanged, ahead of a
    tool_use in a later turn — go through untouched, plain and streamed."""
    message = client.messages.create(model="anthropic/echo", max_tokens=4096, thinking=THINKING,  # type: ignore[arg-type]
                                     messages=[{"role": "user", "content": marker}])
    assert [block.to_dict() for block in message.content] == [SIGNED, {"type": "text", "text": f"echo: {marker}"}]
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.body["thinking"] == THINKING
    with client.messages.stream(model="anthropic/tools", max_tokens=4096, thinking=THINKING,  # type: ignore[arg-type]
                                tools=[{"name": "search", "input_schema": {"type": "object"}},
                                       {"name": "lookup", "input_schema": {"type": "object"}}],
                                messages=[{"role": "user", "content": marker + "s"}]) as stream:
        final = stream.get_final_message()
    assert final.content[0].to_dict() == SIGNED and [b.type for b in final.content[1:]] == ["tool_use", "tool_use"]
    turn = [block.to_dict() for block in final.content]
    results = [{"type": "tool_result", "tool_use_id": block["id"], "content": "ok"} for block in turn[1:]]
    answer = client.messages.create(model="anthropic/echo", max_tokens=4096, thinking=THINKING,  # type: ignore[arg-type]
                                    messages=[{"role": "user", "content": "look it up"},
                                              {"role": "assistant", "content": turn},  # type: ignore[typeddict-item]
                                              {"role": "user", "content": [*results, {"type": "text",
                                                                                       "text": marker + "t"}]}])
    assert answer.content[-1].text == f"echo: {marker}t"  # type: ignore[union-attr]
    (received,) = native_gateway.upstreams["anthropic"].find(marker + "t")
    assert received.body["messages"][1]["content"][0] == SIGNED


def test_thinking_is_not_sent_elsewhere_nor_when_anonymized(client: anthropic.Anthropic,
                                                             native_gateway: NativeGateway, marker: str) -> None:
    history = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": [SIGNED, {"type": "text",
                                                                                               "text": "hello"}]}]
    for model, extra in (("openai/echo", {}), ("anthropic/echo", {"anonymize": True})):
        message = client.messages.create(model=model, max_tokens=4096, thinking=THINKING,  # type: ignore[arg-type]
                                         extra_body=extra, messages=[*history, {"role": "user",  # type: ignore[list-item]
                                                                                "content": f"{marker} {EMAIL}"}])
        assert [block.type for block in message.content] == ["text"]
        (received,) = native_gateway.upstreams[model.split("/")[0]].find(marker)
        raw = json.dumps(received.body)
        assert "thinking" not in raw and "sig-fake" not in raw


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_a_value_split_across_turns_of_one_role_is_masked_whole(client: anthropic.Anthropic,
                                                                 native_gateway: NativeGateway, provider: str,
                                                                 stream: bool, marker: str) -> None:
    """Two consecutive user turns that split an address are one turn to Anthropic (and one value to
    the detector): masked separately, the halves would be joined upstream into the address in clear."""
    first, second = f"{marker} write to anna.meier@exa", "mple.ch please"
    messages = [{"role": "user", "content": first}, {"role": "user", "content": [{"type": "text", "text": second}]}]
    request = {"model": f"{provider}/echo", "max_tokens": 50, "messages": messages,
               "extra_body": {"anonymize": True}}
    if stream:
        with client.messages.stream(**request) as events:  # type: ignore[arg-type]
            answer = events.get_final_message()
    else:
        answer = client.messages.create(**request)  # type: ignore[arg-type]
    (received,) = native_gateway.upstreams[provider].find(marker)
    sent = json.dumps(received.body)
    for piece in ("anna.meier", "example.ch", "mple.ch", "@exa"):
        assert piece not in sent, f"{piece!r} left the gateway in clear"
    turns = [m for m in received.body["messages"] if m["role"] == "user"]
    assert len(turns) == 1, "the two user turns went upstream as one"
    assert answer.content[0].text == f"echo: {first}{second}"  # type: ignore[union-attr]  # restored whole
