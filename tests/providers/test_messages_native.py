"""Anthropic's own features through the Messages API (issue 16): server tools (web search) and
their blocks, citations, documents and images inside a tool_result, adaptive thinking. Anthropic
models get them natively and their results come back, plain and streamed; every other model
refuses what it cannot honour with a 400 naming the field as the client sent it; with
anonymization what cannot be masked is refused or left out, what leaves is masked and what comes
back is restored. Over HTTP with the `anthropic` SDK, against the fake Anthropic upstream, which
answers searches and citations as Anthropic's API does."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import anthropic
import httpx
import pytest

from tests.fakes.anthropic_upstream import (
    ANTHROPIC_KEY,
    CODE_COMMAND,
    COUNT_BASE,
    ENCRYPTED,
    NEW_CONTAINER,
    SEARCH_ID,
)
from tests.providers.conftest import NativeGateway

EMAIL = "anna.meier@example.ch"
PERSON = "Anna Meier"
PDF = {"type": "document", "source": {"type": "base64", "media_type": "application/pdf",
                                      "data": "JVBERi0xLjQKJcOkw7zDtsOfCg=="}}
PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
IMAGE = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PIXEL}}
LOCATION = {"type": "approximate", "city": "Zürich", "region": "Zürich", "country": "CH", "timezone": "Europe/Zurich"}
WEB_SEARCH = {"type": "web_search_20250305", "name": "web_search", "max_uses": 3,
              "allowed_domains": ["example.org", "docs.example.com"], "user_location": LOCATION}


@pytest.fixture
def client(native_gateway: NativeGateway) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=native_gateway.base_url, api_key=native_gateway.key, max_retries=0)


def post(gateway: NativeGateway, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(gateway.base_url + "/v1/messages", json=body, timeout=30,
                      headers={"x-api-key": gateway.key, "anthropic-version": "2023-06-01"})


def answer(client: anthropic.Anthropic, stream: bool, **request: Any) -> anthropic.types.Message:
    """The answer, from `create` or as a stream's final message."""
    if stream:
        with client.messages.stream(**request) as events:
            return events.get_final_message()
    return client.messages.create(**request)


def ask(client: anthropic.Anthropic, stream: bool, **request: Any) -> list[dict[str, Any]]:
    """The answer's content blocks as dicts."""
    return [block.to_dict() for block in answer(client, stream, **request).content]


def refusal(excinfo: pytest.ExceptionInfo[anthropic.BadRequestError]) -> str:
    body = excinfo.value.body
    assert isinstance(body, dict) and body["type"] == "error" and body["error"]["type"] == "invalid_request_error"
    return str(body["error"]["message"])


# --------------------------------------------------------------------------- server tools


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_web_search_reaches_anthropic_models_and_its_blocks_come_back(client: anthropic.Anthropic,
                                                                      native_gateway: NativeGateway,
                                                                      stream: bool, marker: str) -> None:
    message = answer(client, stream, model="anthropic/echo", max_tokens=200, tools=[WEB_SEARCH],
                     messages=[{"role": "user", "content": marker}])
    content = [block.to_dict() for block in message.content]
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.body["tools"] == [WEB_SEARCH], "the server tool went as declared"
    assert message.usage.server_tool_use is not None and message.usage.server_tool_use.web_search_requests == 1
    assert [block["type"] for block in content] == ["server_tool_use", "web_search_tool_result", "text"]
    use, result, text = content
    assert use == {"type": "server_tool_use", "id": SEARCH_ID, "name": "web_search", "input": {"query": marker}}
    assert result["tool_use_id"] == SEARCH_ID and result["content"][0]["encrypted_content"] == ENCRYPTED
    assert text["text"] == f"echo: {marker}"
    (citation,) = text["citations"]
    assert citation["type"] == "web_search_result_location" and citation["cited_text"] == marker


def test_web_search_stream_is_anthropics_event_sequence(native_gateway: NativeGateway, marker: str) -> None:
    response = post(native_gateway, {"model": "anthropic/echo", "max_tokens": 200, "stream": True,
                                     "tools": [WEB_SEARCH], "messages": [{"role": "user", "content": marker}]})
    events = [json.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: ")]
    starts = [(e["index"], e["content_block"]["type"]) for e in events if e["type"] == "content_block_start"]
    assert starts == [(0, "server_tool_use"), (1, "web_search_tool_result"), (2, "text")]
    deltas = [(e["index"], e["delta"]["type"]) for e in events if e["type"] == "content_block_delta"]
    assert {kind for index, kind in deltas if index == 0} == {"input_json_delta"}
    assert deltas[[i for i, _ in deltas].index(2)] == (2, "citations_delta"), "the citation leads its text"
    assert [e["index"] for e in events if e["type"] == "content_block_stop"] == [0, 1, 2]


@pytest.mark.parametrize("model", ["openai/echo", "gemini/echo", "routed/fallback"])
def test_server_tools_are_refused_by_other_models_naming_the_field(client: anthropic.Anthropic,
                                                                   native_gateway: NativeGateway,
                                                                   model: str, marker: str) -> None:
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model=model, max_tokens=20, messages=[{"role": "user", "content": marker}],
                               tools=[{"name": "lookup", "input_schema": {"type": "object"}}, WEB_SEARCH])
    assert refusal(refused).startswith("tools[1].type: only Anthropic models")
    assert not any(log.find(marker) for log in native_gateway.upstreams.values()), "nothing was sent"


@pytest.mark.parametrize("model", ["anthropic/echo", "openai/echo"])
def test_the_mcp_connector_is_refused_naming_it(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                model: str, marker: str) -> None:
    """Anthropic's MCP connector would call servers with the client's URLs and tokens (or, ignored,
    leave the model without the tools asked for): a 400 naming the field, nothing sent."""
    server = {"type": "url", "url": "https://mcp.example.com/sse", "name": "crm"}
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model=model, max_tokens=20, messages=[{"role": "user", "content": marker}],
                               extra_body={"mcp_servers": [server]})
    assert refusal(refused).startswith("mcp_servers: Anthropic's MCP connector is not supported")
    assert not any(log.find(marker) for log in native_gateway.upstreams.values()), "nothing was sent"


CONTAINER = "container_011CPR5CNjB747bTd36fQLFk"
SKILLS = {"id": CONTAINER, "skills": [{"type": "anthropic", "skill_id": "pptx", "version": "latest"}]}


@pytest.mark.parametrize("anonymize", [False, True], ids=["clear", "anonymized"])
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("container", [CONTAINER, SKILLS], ids=["id", "skills"])
def test_a_container_reaches_anthropic_models_as_it_is(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                       container: Any, stream: bool, anonymize: bool,
                                                       marker: str) -> None:
    """The code-execution container to reuse (an id, or an id with the skills to load) goes to
    Anthropic models verbatim — ids, not personal text, so masked requests send it too."""
    text = f"{marker} Mail to {PERSON}, please."
    content = ask(client, stream, model="anthropic/echo", max_tokens=50, container=container,
                  extra_body={"anonymize": anonymize}, messages=[{"role": "user", "content": text}])
    assert content[-1]["text"] == f"echo: {text}"
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.body["container"] == container
    assert (PERSON in json.dumps(received.body)) is not anonymize


@pytest.mark.parametrize("model", ["openai/echo", "gemini/echo", "routed/fallback"])
def test_a_container_is_refused_by_other_models_naming_it(client: anthropic.Anthropic,
                                                          native_gateway: NativeGateway,
                                                          model: str, marker: str) -> None:
    """Only Anthropic runs containers: ignored, the model would answer without the files and skills
    the client meant it to have — so a 400 naming the field, and nothing sent."""
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model=model, max_tokens=20, container=CONTAINER,
                               messages=[{"role": "user", "content": marker}])
    assert refusal(refused).startswith("container: only Anthropic models can honour this")
    assert not any(log.find(marker) for log in native_gateway.upstreams.values()), "nothing was sent"


@pytest.mark.parametrize("container", [EMAIL, {"id": CONTAINER, "skills": [
    {"type": "custom", "skill_id": EMAIL, "version": "latest"}]}], ids=["id", "skills"])
def test_an_anonymized_container_that_holds_personal_data_is_refused(client: anthropic.Anthropic,
                                                                     native_gateway: NativeGateway,
                                                                     container: Any, marker: str) -> None:
    """A container is sent verbatim, so with anonymization it may hold ids only: an address in it
    is refused (400 naming the field), never sent."""
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model="anthropic/echo", max_tokens=20, container=container,
                               extra_body={"anonymize": True}, messages=[{"role": "user", "content": marker}])
    assert refusal(refused).startswith("container: 'container' must be sent verbatim")
    assert not native_gateway.upstreams["anthropic"].find(marker), "nothing was sent"


def test_a_malformed_container_is_refused_naming_it(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                    marker: str) -> None:
    for container, where in (({"id": 7}, "container.id"), ({"skills": "pptx"}, "container.skills"),
                             (["x"], "container")):
        with pytest.raises(anthropic.BadRequestError) as refused:
            client.messages.create(model="anthropic/echo", max_tokens=20,
                                   messages=[{"role": "user", "content": marker}], extra_body={"container": container})
        assert refusal(refused).startswith(f"{where}:")
    assert not native_gateway.upstreams["anthropic"].find(marker), "nothing was sent"


CODE_EXECUTION = {"type": "code_execution_20250825", "name": "code_execution"}


@pytest.mark.parametrize("anonymize", [False, True], ids=["clear", "anonymized"])
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_the_container_an_answer_used_comes_back_to_be_reused(client: anthropic.Anthropic,
                                                              native_gateway: NativeGateway,
                                                              stream: bool, anonymize: bool, marker: str) -> None:
    """Anthropic names the code-execution container an answer used (its id, when it expires): the
    client gets it — on the message, or from the stream's message_delta — and reuses it by its id.
    An id and a time, no personal text: anonymized answers carry it too."""
    first = answer(client, stream, model="anthropic/echo", max_tokens=200, tools=[CODE_EXECUTION],
                   extra_body={"anonymize": anonymize}, messages=[{"role": "user", "content": f"{marker} one"}])
    assert first.container is not None and first.container.id.startswith(NEW_CONTAINER)
    assert first.container.expires_at > datetime.now(UTC) + timedelta(days=29)
    assert [block.type for block in first.content] == ["server_tool_use", "bash_code_execution_tool_result", "text"]
    assert first.content[0].to_dict()["input"] == {"command": CODE_COMMAND}
    assert first.content[1].to_dict()["content"]["stdout"] == "42\n"
    second = answer(client, stream, model="anthropic/echo", max_tokens=200, tools=[CODE_EXECUTION],
                    container=first.container.id, extra_body={"anonymize": anonymize},
                    messages=[{"role": "user", "content": f"{marker} two"}])
    sent = [received.body.get("container") for received in native_gateway.upstreams["anthropic"].find(marker)]
    assert sent == [None, first.container.id], "the first got a new container, the second reused it"
    assert second.container is not None and second.container.id == first.container.id


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_the_skills_loaded_into_the_container_come_back(client: anthropic.Anthropic, stream: bool,
                                                        marker: str) -> None:
    message = answer(client, stream, model="anthropic/echo", max_tokens=200, tools=[CODE_EXECUTION],
                     container=SKILLS, messages=[{"role": "user", "content": marker}])
    assert message.container is not None and message.container.id == CONTAINER
    assert [skill.to_dict() for skill in message.container.skills or ()] == SKILLS["skills"]


def test_the_container_is_in_the_streams_message_delta(native_gateway: NativeGateway, marker: str) -> None:
    """Where Anthropic says it: on message_delta, with the stop reason (message_start has none)."""
    response = post(native_gateway, {"model": "anthropic/echo", "max_tokens": 200, "stream": True,
                                     "container": CONTAINER, "tools": [CODE_EXECUTION],
                                     "messages": [{"role": "user", "content": marker}]})
    events = [json.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: ")]
    (start,) = [e for e in events if e["type"] == "message_start"]
    (delta,) = [e for e in events if e["type"] == "message_delta"]
    assert "container" not in start["message"]
    assert delta["delta"]["container"]["id"] == CONTAINER and delta["delta"]["stop_reason"] == "end_turn"
    assert datetime.fromisoformat(delta["delta"]["container"]["expires_at"]) > datetime.now(UTC)


def test_an_answer_without_a_container_names_none(client: anthropic.Anthropic, marker: str) -> None:
    for stream in (False, True):
        message = answer(client, stream, model="anthropic/echo", max_tokens=50,
                         messages=[{"role": "user", "content": marker}])
        assert message.container is None and message.content[0].to_dict()["text"] == f"echo: {marker}"


# --------------------------------------------------------------------------- anthropic-beta


BETAS = ["code-execution-2025-08-25", "skills-2025-10-02"]


def beta_answer(client: anthropic.Anthropic, stream: bool, **request: Any) -> anthropic.types.beta.BetaMessage:
    """The answer of the SDK's beta client, which sends `betas` as the `anthropic-beta` header."""
    if stream:
        with client.beta.messages.stream(**request) as events:
            return events.get_final_message()
    return client.beta.messages.create(**request)


@pytest.mark.parametrize("anonymize", [False, True], ids=["clear", "anonymized"])
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_betas_reach_anthropic_models_as_the_header(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                    stream: bool, anonymize: bool, marker: str) -> None:
    """The client's `anthropic-beta` values go to Anthropic as they were sent (masked requests too:
    feature names, no text); no other header of the client's does."""
    message = beta_answer(client, stream, model="anthropic/echo", max_tokens=200, betas=BETAS,
                          tools=[CODE_EXECUTION], container=SKILLS, extra_body={"anonymize": anonymize},
                          extra_headers={"x-client-secret": marker, "anthropic-dangerous-direct-browser-access": "true"},
                          messages=[{"role": "user", "content": f"{marker} Mail to {PERSON}"}])
    assert message.container is not None and message.container.id == CONTAINER
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.headers["anthropic-beta"] == ",".join(BETAS)
    assert received.headers["x-api-key"] == ANTHROPIC_KEY, "the gateway's own key, not the client's"
    assert not {"x-client-secret", "anthropic-dangerous-direct-browser-access"} & set(received.headers)
    assert (PERSON in json.dumps(received.body)) is not anonymize


def test_betas_reach_anthropics_token_count(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                            marker: str) -> None:
    counted = client.beta.messages.count_tokens(model="anthropic/echo", betas=BETAS,
                                                messages=[{"role": "user", "content": marker}])
    assert counted.input_tokens == COUNT_BASE + 1
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.path.endswith("/count_tokens")
    # The SDK's beta client adds its own token-counting beta, which goes on too.
    assert received.headers["anthropic-beta"].split(",")[:2] == BETAS


@pytest.mark.parametrize("model", ["openai", "gemini", "mistral"])
def test_betas_are_ignored_by_other_models(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                           model: str, marker: str) -> None:
    """Another provider cannot honour Anthropic's betas: ignored (not refused), and not sent."""
    message = client.beta.messages.create(model=f"{model}/echo", max_tokens=20, betas=BETAS,
                                          messages=[{"role": "user", "content": marker}])
    assert message.content[0].to_dict()["text"] == f"echo: {marker}"
    (received,) = native_gateway.upstreams[model].find(marker)
    assert "anthropic-beta" not in received.headers


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_betas_the_gateway_withholds_or_cannot_read_are_not_sent(client: anthropic.Anthropic,
                                                                  native_gateway: NativeGateway,
                                                                  stream: bool, marker: str) -> None:
    """1M-token context (billed at a premium the ledger does not price) and OAuth (the client's own
    Anthropic credentials) are not passed on, nor values that are no beta's name: ignored, the
    request goes with the rest."""
    betas = ["context-1m-2025-08-07", "oauth-2025-04-20", "Anna Meier", "anna@example.ch", "skills-2025-10-02"]
    message = beta_answer(client, stream, model="anthropic/echo", max_tokens=50, betas=betas,
                          messages=[{"role": "user", "content": marker}])
    assert message.content[0].to_dict()["text"] == f"echo: {marker}"
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.headers["anthropic-beta"] == "skills-2025-10-02"


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_a_beta_anthropic_refuses_is_left_out_and_the_request_sent_again(client: anthropic.Anthropic,
                                                                           native_gateway: NativeGateway,
                                                                           stream: bool, marker: str) -> None:
    """Anthropic refuses a beta it does not know (400 "Unexpected value(s)"): a beta the gateway
    cannot honour, so ignored — the request goes again without it, and from then on is sent
    without it (no second refusal)."""
    unknown = f"no-such-feature-{'streamed' if stream else 'plain'}-2099-01-01"
    for turn in ("one", "two"):
        message = beta_answer(client, stream, model="anthropic/echo", max_tokens=50,
                              betas=[unknown, "code-execution-2025-08-25"],
                              messages=[{"role": "user", "content": f"{marker} {turn}"}])
        assert message.content[0].to_dict()["text"] == f"echo: {marker} {turn}"
    sent = [received.headers["anthropic-beta"] for received in native_gateway.upstreams["anthropic"].find(marker)]
    assert sent == [f"{unknown},code-execution-2025-08-25", "code-execution-2025-08-25", "code-execution-2025-08-25"]


def test_a_beta_that_holds_a_masked_name_is_refused_when_anonymizing(client: anthropic.Anthropic,
                                                                    native_gateway: NativeGateway,
                                                                    marker: str) -> None:
    """Betas go verbatim: with anonymization one that holds personal data of the request is
    refused (400 naming the header), never sent."""
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.beta.messages.create(model="anthropic/echo", max_tokens=20, betas=["anna-meier-2025-01-01"],
                                    extra_body={"anonymize": True},
                                    messages=[{"role": "user", "content": f"{marker} Mail to {PERSON}"}])
    assert refusal(refused).startswith("anthropic-beta")
    assert not native_gateway.upstreams["anthropic"].find(marker), "nothing was sent"


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_a_paused_turn_says_so_and_goes_back_to_continue(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                          stream: bool, marker: str) -> None:
    """Anthropic pauses a long turn with server tools (`pause_turn`); its client continues it by
    sending the paused turn back — so the stop reason reaches the client as it is, and the turn
    goes back verbatim."""
    asked = f"{marker} [pause]"
    request: dict[str, Any] = {"model": "anthropic/echo", "max_tokens": 200, "tools": [WEB_SEARCH],
                               "messages": [{"role": "user", "content": asked}]}
    if stream:
        with client.messages.stream(**request) as events:
            paused = events.get_final_message()
    else:
        paused = client.messages.create(**request)
    assert paused.stop_reason == "pause_turn"
    assert [block.type for block in paused.content] == ["server_tool_use", "web_search_tool_result"]
    turn = [block.to_dict() for block in paused.content]
    client.messages.create(**{**request, "messages": [*request["messages"], {"role": "assistant", "content": turn}]})
    continued = [r for r in native_gateway.upstreams["anthropic"].find(marker) if len(r.body["messages"]) == 2]
    assert [r.body["messages"][1]["content"] for r in continued] == [turn]


HISTORY: list[dict[str, Any]] = [
    {"role": "user", "content": "What is new?"},
    {"role": "assistant", "content": [
        {"type": "text", "text": "Let me search."},
        {"type": "server_tool_use", "id": SEARCH_ID, "name": "web_search", "input": {"query": "news"}},
        {"type": "web_search_tool_result", "tool_use_id": SEARCH_ID, "content": [
            {"type": "web_search_result", "title": "News", "url": "https://example.org/n",
             "encrypted_content": ENCRYPTED}]},
        {"type": "text", "text": "Rain tomorrow.", "citations": [
            {"type": "web_search_result_location", "cited_text": "Rain tomorrow", "url": "https://example.org/n",
             "title": "News", "encrypted_index": "RW5jSW5kZXg="}]}]},
]


def test_server_tool_blocks_of_earlier_answers_go_back_to_anthropic_verbatim(client: anthropic.Anthropic,
                                                                              native_gateway: NativeGateway,
                                                                              marker: str) -> None:
    client.messages.create(model="anthropic/echo", max_tokens=20, tools=[WEB_SEARCH],
                           messages=[*HISTORY, {"role": "user", "content": marker}])  # type: ignore[list-item]
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.body["messages"][1] == HISTORY[1]


def test_server_tool_blocks_and_citations_are_left_out_for_other_models(client: anthropic.Anthropic,
                                                                         native_gateway: NativeGateway,
                                                                         marker: str) -> None:
    answer = client.messages.create(model="openai/echo", max_tokens=20,
                                    messages=[*HISTORY, {"role": "user", "content": marker}])  # type: ignore[list-item]
    assert answer.content[0].text == f"echo: {marker}"  # type: ignore[union-attr]
    (received,) = native_gateway.upstreams["openai"].find(marker)
    sent = json.dumps(received.body)
    assert SEARCH_ID not in sent and ENCRYPTED not in sent and "citations" not in sent
    assert "Let me search." in sent and "Rain tomorrow." in sent, "the answer's text stays"


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
def test_anonymized_web_search_is_masked_out_and_restored_back(client: anthropic.Anthropic,
                                                               native_gateway: NativeGateway,
                                                               stream: bool, marker: str) -> None:
    """The query the model writes holds the placeholder of the address; the client reads the
    address in the server tool's input, the result's title and the citation. The user's location
    is personal and is not sent; the allowed domains are sent as they are."""
    text = f"{marker} {EMAIL}"
    content = ask(client, stream, model="anthropic/echo", max_tokens=200, tools=[WEB_SEARCH],
                  extra_body={"anonymize": True}, messages=[{"role": "user", "content": text}])
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    sent = json.dumps(received.body, ensure_ascii=False)
    assert EMAIL not in sent and "Zürich" not in sent and "user_location" not in sent
    assert received.body["tools"] == [{"type": "web_search_20250305", "name": "web_search", "max_uses": 3,
                                       "allowed_domains": ["example.org", "docs.example.com"]}]
    use, result, answer = content
    assert use["input"] == {"query": text}
    (found,) = result["content"]
    assert found["title"] == f"Results for {text}" and found["encrypted_content"] == ENCRYPTED
    assert answer["text"] == f"echo: {text}" and answer["citations"][0]["cited_text"] == text


def test_anonymized_domains_that_hold_personal_data_are_refused(client: anthropic.Anthropic,
                                                                native_gateway: NativeGateway, marker: str) -> None:
    tool = {**WEB_SEARCH, "allowed_domains": ["example.org", "anna-meier.ch"]}
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model="anthropic/echo", max_tokens=20, tools=[tool],  # type: ignore[list-item]
                               extra_body={"anonymize": True},
                               messages=[{"role": "user", "content": f"{marker} Mail to {PERSON}, please."}])
    assert refusal(refused).startswith("tools[0].allowed_domains: 'tools[0].allowed_domains' holds personal data")
    assert not native_gateway.upstreams["anthropic"].find(marker), "nothing was sent"


def test_a_domains_words_do_not_unmask_a_person(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                marker: str) -> None:
    """A one-word name that is a word of a declared tool's name is taken for that tool (Claude
    Code's "Bash"); a word of a search's domain is no tool's name: "Keller" of keller-treuhand.ch
    is still a person, masked — and the domain that spells that person is refused."""
    text = f"{marker} Please write to Keller about the offer."
    for domains in (["keller-treuhand.ch"], None):
        tool = {**WEB_SEARCH, "allowed_domains": domains}
        try:
            client.messages.create(model="anthropic/echo", max_tokens=20, tools=[tool],  # type: ignore[list-item]
                                   extra_body={"anonymize": True}, messages=[{"role": "user", "content": text}])
        except anthropic.BadRequestError as refused:
            assert domains and str(refused.body).count("tools[0].allowed_domains") >= 1
    (received,) = native_gateway.upstreams["anthropic"].find(marker)  # the request without domains
    assert "Keller" not in json.dumps(received.body) and "allowed_domains" not in json.dumps(received.body)


def test_anonymized_history_leaves_server_tool_blocks_and_citations_out(client: anthropic.Anthropic,
                                                                        native_gateway: NativeGateway,
                                                                        marker: str) -> None:
    """A search result's content is Anthropic's ciphertext and cannot be masked: with anonymization
    earlier answers go without their server tool blocks and citations (as without their signed
    thinking); their text is masked like any other."""
    answer = client.messages.create(model="anthropic/echo", max_tokens=20, tools=[WEB_SEARCH],
                                    extra_body={"anonymize": True},
                                    messages=[*HISTORY, {"role": "user", "content": f"{marker} {EMAIL}"}])  # type: ignore[list-item]
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    sent = json.dumps(received.body)
    assert SEARCH_ID not in sent and ENCRYPTED not in sent and "citations" not in sent and EMAIL not in sent
    assert received.body["messages"][1]["content"] == [{"type": "text", "text": "Let me search."},
                                                       {"type": "text", "text": "Rain tomorrow."}]
    assert answer.content[-1].text == f"echo: {marker} {EMAIL}"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- citations


def cited(text: str, title: str) -> dict[str, Any]:
    return {"type": "document", "title": title, "citations": {"enabled": True},
            "source": {"type": "text", "media_type": "text/plain", "data": text}}


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("anonymize", [False, True], ids=["as-is", "anonymized"])
def test_documents_are_cited_by_anthropic_models(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                 stream: bool, anonymize: bool, marker: str) -> None:
    """A text document to cite goes to Anthropic as a document block (masked when anonymizing:
    its text and title); its citations come back with the cited text and title restored."""
    document_text, title = f"The offer for {EMAIL} is valid until June.", f"Offer for {PERSON}"
    content = ask(client, stream, model="anthropic/echo", max_tokens=200, extra_body={"anonymize": anonymize},
                  messages=[{"role": "user", "content": [cited(document_text, title),
                                                         {"type": "text", "text": marker}]}])
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    document = received.body["messages"][0]["content"][0]
    assert document["type"] == "document" and document["citations"] == {"enabled": True}
    if anonymize:
        assert EMAIL not in json.dumps(received.body) and PERSON not in json.dumps(received.body)
        assert "valid until June" in document["source"]["data"]
    else:
        assert document == cited(document_text, title)
    (answer,) = content
    assert answer["text"] == f"echo: {marker}"
    (citation,) = answer["citations"]
    assert citation == {"type": "char_location", "cited_text": document_text, "document_index": 0,
                        "document_title": title, "start_char_index": 0,
                        "end_char_index": len(document["source"]["data"])}


def test_citations_are_refused_by_other_models_naming_the_field(client: anthropic.Anthropic,
                                                                native_gateway: NativeGateway, marker: str) -> None:
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model="mistral/echo", max_tokens=20, messages=[
            {"role": "user", "content": "first"}, {"role": "assistant", "content": "ok"},
            {"role": "user", "content": [{"type": "text", "text": marker}, cited("A text.", "T")]}])
    assert refusal(refused).startswith("messages[2].content[1].citations: only Anthropic models")
    assert not native_gateway.upstreams["mistral"].find(marker)


def search_result(text: str) -> dict[str, Any]:
    return {"type": "search_result", "source": "https://intranet.example.org/offers/17", "title": "Offers",
            "citations": {"enabled": True}, "content": [{"type": "text", "text": text}]}


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("anonymize", [False, True], ids=["as-is", "anonymized"])
def test_search_results_are_cited_by_anthropic_models(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                      stream: bool, anonymize: bool, marker: str) -> None:
    """The client's own search results (in a user turn or a tool result) go to Anthropic as they
    are — their text masked when anonymizing — and the answer cites them, restored."""
    found = f"The offer for {EMAIL} is valid until June."
    turns = tool_turns(search_result(found), text=marker)
    content = ask(client, stream, model="anthropic/echo", max_tokens=200, extra_body={"anonymize": anonymize},
                  messages=turns)
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    (sent,) = received.body["messages"][2]["content"][0]["content"]
    if anonymize:  # (the source, a URL, is masked as one)
        assert EMAIL not in json.dumps(received.body) and "valid until June" in sent["content"][0]["text"]
        assert sent["type"] == "search_result" and sent["title"] == "Offers" and sent["citations"] == {"enabled": True}
    else:
        assert sent == search_result(found)
    (citation,) = content[-1]["citations"]
    assert citation["type"] == "search_result_location" and citation["cited_text"] == found
    assert citation["source"] == search_result(found)["source"]


def test_search_results_are_refused_by_other_models_naming_the_block(client: anthropic.Anthropic,
                                                                     native_gateway: NativeGateway,
                                                                     marker: str) -> None:
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model="gemini/echo", max_tokens=20, messages=[{"role": "user", "content": [
            {"type": "text", "text": marker}, search_result("Some text.")]}])  # type: ignore[list-item]
    assert refusal(refused).startswith("messages[0].content[1]: only Anthropic models")
    assert not native_gateway.upstreams["gemini"].find(marker)


# --------------------------------------------------------------------------- tool results


def tool_turns(*inner: dict[str, Any], text: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": "read the files"},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_7", "name": "read", "input": {}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_7", "content": list(inner)},
                                         {"type": "text", "text": text}]}]


def test_documents_and_images_in_a_tool_result_reach_anthropic_models(client: anthropic.Anthropic,
                                                                      native_gateway: NativeGateway,
                                                                      marker: str) -> None:
    inner = [{"type": "text", "text": "two files"}, PDF, IMAGE]
    client.messages.create(model="anthropic/echo", max_tokens=20, messages=tool_turns(*inner, text=marker))  # type: ignore[arg-type]
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.body["messages"][2]["content"][0] == {"type": "tool_result", "tool_use_id": "toolu_7",
                                                          "content": inner}


def test_documents_in_a_tool_result_are_refused_elsewhere_and_when_anonymized(client: anthropic.Anthropic,
                                                                              native_gateway: NativeGateway,
                                                                              marker: str) -> None:
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model="openai/echo", max_tokens=20,
                               messages=tool_turns({"type": "text", "text": "x"}, PDF, text=marker))  # type: ignore[arg-type]
    assert refusal(refused).startswith("messages[2].content[0].content[1]: only Anthropic models")
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model="anthropic/echo", max_tokens=20, extra_body={"anonymize": True},
                               messages=tool_turns(PDF, text=marker))  # type: ignore[arg-type]
    assert refusal(refused).startswith("messages[2].content[0].content[0]: ")
    assert not native_gateway.upstreams["openai"].find(marker)
    assert not native_gateway.upstreams["anthropic"].find(marker)


def test_a_text_document_in_a_tool_result_is_masked_and_restored(client: anthropic.Anthropic,
                                                                 native_gateway: NativeGateway, marker: str) -> None:
    document = cited(f"Invoice for {EMAIL}.", "Invoice")
    answer = client.messages.create(model="anthropic/echo", max_tokens=20, extra_body={"anonymize": True},
                                    messages=tool_turns(document, text=marker))  # type: ignore[arg-type]
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    (sent,) = received.body["messages"][2]["content"][0]["content"]
    assert sent["type"] == "document" and EMAIL not in sent["source"]["data"]
    assert answer.content[0].citations[0].cited_text == f"Invoice for {EMAIL}."  # type: ignore[union-attr,index]


# --------------------------------------------------------------------------- adaptive thinking


def test_adaptive_thinking_reaches_anthropic_models_only(client: anthropic.Anthropic, native_gateway: NativeGateway,
                                                         marker: str) -> None:
    for thinking in ({"type": "adaptive"}, {"type": "adaptive", "display": "summarized"}):
        message = client.messages.create(model="anthropic/echo", max_tokens=4096, thinking=thinking,  # type: ignore[arg-type]
                                         messages=[{"role": "user", "content": marker + thinking.get("display", "")}])
        assert [block.type for block in message.content] == ["thinking", "text"]
        (received,) = native_gateway.upstreams["anthropic"].find(marker + thinking.get("display", ""))
        assert received.body["thinking"] == thinking
    for model, extra in (("openai/echo", {}), ("anthropic/echo", {"anonymize": True})):
        message = client.messages.create(model=model, max_tokens=4096, thinking={"type": "adaptive"},  # type: ignore[arg-type]
                                         extra_body=extra, messages=[{"role": "user", "content": f"{marker}-{model}"}])
        assert [block.type for block in message.content] == ["text"]
        (received,) = native_gateway.upstreams[model.split("/")[0]].find(f"{marker}-{model}")
        assert "thinking" not in json.dumps(received.body)


# --------------------------------------------------------------------------- refusals by the client's names


def test_refusals_name_the_field_as_the_client_sent_it(client: anthropic.Anthropic,
                                                       native_gateway: NativeGateway, marker: str) -> None:
    """With anonymization a name sent verbatim that holds personal data is refused — named as the
    Messages API names it (`tools[1].name`, a tool_use block's `name`), not by the canonical
    (OpenAI) path of the pipeline (`tools[1].function.name`, `messages[3].tool_calls[0]…`)."""
    text = f"{marker} Write to {PERSON} at {EMAIL}."
    tools = [{"name": "search", "input_schema": {"type": "object"}},
             {"name": "mail_anna_meier", "input_schema": {"type": "object"}}]
    with pytest.raises(anthropic.BadRequestError) as refused:
        client.messages.create(model="anthropic/echo", max_tokens=20, tools=tools,  # type: ignore[arg-type]
                               extra_body={"anonymize": True}, messages=[{"role": "user", "content": text}])
    message = refusal(refused)
    assert message.startswith("tools[1].name: 'tools[1].name' holds personal data"), message
    history = [{"role": "user", "content": "first"}, {"role": "user", "content": text},  # merged into one turn
               {"role": "assistant", "content": [{"type": "text", "text": "On it."}, {
                   "type": "tool_use", "id": "toolu_1", "name": "mail_anna_meier", "input": {}}]},
               {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "sent"}]}]
    for safe_prompt in (False, True):  # (the guardrail is a system message put first: canonical indexes move)
        with pytest.raises(anthropic.BadRequestError) as refused:
            client.messages.create(model="anthropic/echo", max_tokens=20, tools=tools[:1],  # type: ignore[arg-type]
                                   extra_body={"anonymize": True, "safe_prompt": safe_prompt},
                                   messages=history)  # type: ignore[arg-type]
        message = refusal(refused)
        assert message.startswith("messages[2].content[1].name: 'messages[2].content[1].name' holds"), message
    assert not native_gateway.upstreams["anthropic"].find(marker), "nothing was sent"


def test_count_tokens_of_anthropics_features_is_anthropics_own_count(client: anthropic.Anthropic,
                                                                      native_gateway: NativeGateway,
                                                                      marker: str) -> None:
    """Claude Code counts its turns with its tools and thinking: an Anthropic model's count gets
    them as a request would send them (the fake refuses what its SDK types do not take)."""
    response = client.messages.with_raw_response.count_tokens(
        model="anthropic/echo", tools=[WEB_SEARCH], thinking={"type": "adaptive"},  # type: ignore[list-item,typeddict-item]
        messages=[{"role": "user", "content": [cited("two words", "T"), {"type": "text", "text": marker}]}])
    assert response.headers["x-tarnkappe-token-count"] == "exact"
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.path.endswith("/messages/count_tokens")
    assert received.body["tools"] == [WEB_SEARCH] and received.body["thinking"] == {"type": "adaptive"}
    assert received.body["messages"][0]["content"][0] == cited("two words", "T")
