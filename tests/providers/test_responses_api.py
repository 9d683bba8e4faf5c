"""OpenAI's Responses API as the gateway serves it, beyond the provider suite's scenarios (which
run through it as one dialect): the exact event sequence of streams, the state choice (nothing
stored: `previous_response_id` refused, `store` answered false, GET/DELETE 404), hosted tools
refused (web search left out), the second base path — over HTTP with the official `openai` SDK, against the fakes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import openai
import pytest
from openai import OpenAI

from tests.providers.conftest import NativeGateway
from tests.providers.typed_sse import typed_events


@pytest.fixture
def client(native_gateway: NativeGateway) -> OpenAI:
    return native_gateway.client()


def events(gateway: NativeGateway, body: dict[str, Any]) -> list[dict[str, Any]]:
    """The stream's events, numbered in order."""
    found = typed_events(httpx.post(gateway.base_url + "/v1/responses", json={**body, "stream": True},
                                    headers={"Authorization": f"Bearer {gateway.key}"}, timeout=30))
    assert [e["sequence_number"] for e in found] == list(range(len(found)))
    return found


@pytest.mark.parametrize("provider", ["openai", "anthropic", "gemini"])
def test_text_stream_is_openais_event_sequence(native_gateway: NativeGateway, provider: str, marker: str) -> None:
    found = events(native_gateway, {"model": f"{provider}/echo", "input": marker})
    kinds = [e["type"] for e in found]
    assert kinds[:4] == ["response.created", "response.in_progress", "response.output_item.added",
                         "response.content_part.added"]
    assert kinds[-4:] == ["response.output_text.done", "response.content_part.done", "response.output_item.done",
                          "response.completed"]
    assert set(kinds[4:-4]) == {"response.output_text.delta"}
    deltas = "".join(e["delta"] for e in found if e["type"] == "response.output_text.delta")
    completed = found[-1]["response"]
    assert deltas == f"echo: {marker}" == found[-4]["text"]
    assert completed["status"] == "completed" and completed["store"] is False
    assert completed["output"][0]["content"][0]["text"] == deltas and completed["usage"]["output_tokens"] == 7
    assert found[0]["response"]["id"] == completed["id"] and completed["id"].startswith("resp_")


def test_streamed_function_calls(native_gateway: NativeGateway, marker: str) -> None:
    tools = [{"type": "function", "name": name, "parameters": {"type": "object"}} for name in ("search", "lookup")]
    found = events(native_gateway, {"model": "anthropic/tools", "input": marker, "tools": tools})
    added = [e for e in found if e["type"] == "response.output_item.added"]
    assert [(e["output_index"], e["item"]["type"], e["item"]["name"]) for e in added] == [
        (0, "function_call", "search"), (1, "function_call", "lookup")]
    for index in (0, 1):
        pieces = "".join(e["delta"] for e in found
                         if e["type"] == "response.function_call_arguments.delta" and e["output_index"] == index)
        (done,) = [e for e in found
                   if e["type"] == "response.function_call_arguments.done" and e["output_index"] == index]
        assert json.loads(pieces) == {"query": marker, "n": index} and done["arguments"] == pieces
    assert found[-1]["type"] == "response.completed"
    assert [item["call_id"] for item in found[-1]["response"]["output"]] == ["toolu_0", "toolu_1"]


def test_nothing_is_stored(client: OpenAI, native_gateway: NativeGateway, marker: str) -> None:
    response = client.responses.create(model="openai/echo", input=marker, store=True)
    assert response.store is False and response.output_text == f"echo: {marker}"
    with pytest.raises(openai.BadRequestError) as refused:
        client.responses.create(model="openai/echo", input="more", previous_response_id=response.id)
    assert refused.value.param == "previous_response_id" and "input" in refused.value.message
    with pytest.raises(openai.NotFoundError):
        client.responses.retrieve(response.id)
    with pytest.raises(openai.NotFoundError):
        client.responses.delete(response.id)
    anonymous = httpx.get(native_gateway.base_url + f"/v1/responses/{response.id}", timeout=10)
    assert anonymous.status_code == 401


def test_hosted_tools_are_refused_by_name(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as refused:
        client.responses.create(model="openai/echo", input="x",
                                tools=[{"type": "file_search", "vector_store_ids": ["vs_1"]}])
    assert refused.value.param == "tools[0].type"


def test_web_search_is_left_out_and_said_so(client: OpenAI, native_gateway: NativeGateway, marker: str) -> None:
    """Codex CLI offers web search with every request: the model is not offered it (it cannot run
    anywhere but at OpenAI), and the answer's header names what was left out."""
    raw = client.responses.with_raw_response.create(model="openai/echo", input=marker,
                                                    tools=[{"type": "web_search"}])
    assert raw.headers["x-tarnkappe-omitted-tools"] == "web_search"
    assert raw.parse().output_text == f"echo: {marker}"
    (received,) = native_gateway.upstreams["openai"].find(marker)
    assert "tools" not in received.body


def test_served_under_meingpts_base_path_too(native_gateway: NativeGateway, marker: str) -> None:
    client = OpenAI(base_url=native_gateway.base_url + "/api/openai/v1", api_key=native_gateway.key, max_retries=0)
    response = client.responses.create(model="mistral/echo", input=marker, max_output_tokens=30,
                                       instructions="be brief")
    assert response.output_text == f"echo: {marker}"
    (received,) = native_gateway.upstreams["mistral"].find(marker)
    assert received.body["max_tokens"] == 30 and received.body["messages"][0] == {"role": "system",
                                                                                  "content": "be brief"}


def test_input_items_with_images_and_reasoning(client: OpenAI, native_gateway: NativeGateway, marker: str) -> None:
    url = "https://example.com/a.png"
    client.responses.create(model="openai/echo", input=[
        {"type": "reasoning", "id": "rs_1", "summary": []},
        {"role": "user", "content": [{"type": "input_text", "text": marker},
                                     {"type": "input_image", "image_url": url, "detail": "low"}]}])
    (received,) = native_gateway.upstreams["openai"].find(marker)
    assert received.body["messages"] == [{"role": "user", "content": [
        {"type": "text", "text": marker}, {"type": "image_url", "image_url": {"url": url, "detail": "low"}}]}]
    with pytest.raises(openai.BadRequestError) as refused:
        client.responses.create(model="openai/echo", extra_body={"anonymize": True}, input=[
            {"role": "user", "content": [{"type": "input_text", "text": "x"},
                                         {"type": "input_image", "image_url": url}]}])
    assert refused.value.param == "input[0].content[1]"


@pytest.mark.parametrize("body, param", [
    ({"model": "openai/echo"}, "input"),
    ({"model": "openai/echo", "input": [1]}, "input[0]"),
    ({"model": "openai/echo", "input": [{"role": "tool", "content": "x"}]}, "input[0].role"),
    ({"model": "openai/echo", "input": [{"role": "user", "content": [{"type": "input_file", "file_id": "f"}]}]},
     "input[0].content[0]"),
    ({"model": "openai/echo", "input": [{"role": "user", "content": [{"type": "input_image", "file_id": "f"}]}]},
     "input[0].content[0]"),
    ({"model": "openai/echo", "input": [{"type": "function_call", "call_id": "c", "name": "f"}]},
     "input[0].arguments"),
    ({"model": "openai/echo", "input": [{"type": "item_reference", "id": "msg_1"}]}, "input[0]"),
    ({"model": "openai/echo", "input": [{"type": "computer_call_output"}]}, "input[0].type"),
    ({"model": "openai/echo", "input": "x", "conversation": "conv_1"}, "conversation"),
    ({"model": "openai/echo", "input": "x", "tool_choice": {"type": "file_search"}}, "tool_choice"),
    ({"model": "openai/echo", "input": "x", "text": {"format": {"type": "json_schema", "name": "n"}}},
     "text.format.schema"),
    ({"model": "openai/echo", "input": "x", "max_output_tokens": 0}, "max_output_tokens"),
])
def test_malformed_requests_are_400_naming_the_field(native_gateway: NativeGateway, body: dict[str, Any],
                                                     param: str) -> None:
    response = httpx.post(native_gateway.base_url + "/v1/responses", json=body,
                          headers={"Authorization": f"Bearer {native_gateway.key}"}, timeout=10)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["param"] == param


def test_refusals_name_the_field_as_the_client_sent_it(client: OpenAI, native_gateway: NativeGateway,
                                                       marker: str) -> None:
    """With anonymization a name sent verbatim that holds personal data is refused — named as the
    Responses API names it: hosted web search is left out and namespaces are flattened, so the
    canonical `tools[1].function.name` is the client's `tools[2].tools[0].name`, and a history
    call's name is its input item's (`input[1].name`)."""
    text = f"{marker} Write to Anna Meier at anna.meier@example.ch."
    function = {"type": "function", "parameters": {"type": "object"}}
    tools = [{"type": "web_search"}, {**function, "name": "search"},
             {"type": "namespace", "name": "mail", "description": "Mail.",
              "tools": [{**function, "name": "anna_meier"}]}]
    with pytest.raises(openai.BadRequestError) as refused:
        client.responses.create(model="openai/echo", input=text, tools=tools,  # type: ignore[arg-type]
                                extra_body={"anonymize": True})
    error = refused.value.body
    assert isinstance(error, dict) and error["param"] == "tools[2].tools[0].name", error
    assert error["message"].startswith("'tools[2].tools[0].name' holds personal data"), error
    history = [{"role": "user", "content": text},
               {"type": "function_call", "call_id": "call_9", "name": "write_anna_meier", "arguments": "{}"},
               {"type": "function_call_output", "call_id": "call_9", "output": "sent"}]
    with pytest.raises(openai.BadRequestError) as refused:
        client.responses.create(model="openai/echo", input=history, tools=tools[:2],  # type: ignore[arg-type]
                                extra_body={"anonymize": True, "safe_prompt": True}, instructions="Be brief.")
    error = refused.value.body
    assert isinstance(error, dict) and error["param"] == "input[1].name", error
    assert not native_gateway.upstreams["openai"].find(marker), "nothing was sent"
