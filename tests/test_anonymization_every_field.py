"""Every field of every route, with anonymization on: no personal value reaches the upstream — in
clear, JSON-escaped or URL-encoded — or the request is refused (400 naming the field) and nothing is
sent. The fake upstream records each request it received; the official SDK is the client."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway
from tests.fakes.openai_upstream import Received
from tests.gateways import Gateway, GatewayFactory

PERSON = "Anna Meier"
EMAIL = "anna.meier@example.ch"
IBAN = "CH93 0076 2011 6238 5295 7"
VALUES = (PERSON, EMAIL, IBAN, IBAN.replace(" ", ""))


def forms(value: str) -> set[str]:
    """A value as it may appear in a request: itself, JSON-escaped (ASCII or not), URL-encoded."""
    return {
        value,
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=True)[1:-1],
        urllib.parse.quote(value),
        urllib.parse.quote_plus(value),
    }


def assert_clean(received: Received, *values: str) -> str:
    """Nothing of `values` anywhere in what the upstream received: path, headers, body."""
    everything = " ".join([received.path, json.dumps(received.headers, ensure_ascii=False),
                           json.dumps(received.body, ensure_ascii=False), json.dumps(received.body)])
    for value in values or VALUES:
        for form in forms(value):
            assert form not in everything, f"{value!r} reached the upstream"
    return everything


def chat(client: OpenAI, stream: bool, **kwargs: Any) -> Any:
    kwargs.setdefault("model", "fake/echo")
    extra = {"anonymize": True, **kwargs.pop("extra_body", {})}
    if stream:
        return list(client.chat.completions.create(stream=True, extra_body=extra, **kwargs))
    return client.chat.completions.create(extra_body=extra, **kwargs)


def sent(gateway: RunningGateway, marker: str) -> Received:
    (received,) = gateway.upstream.log.find(marker)
    return received


STREAM = pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])


@STREAM
def test_user_is_not_sent(gateway: RunningGateway, client: OpenAI, marker: str, stream: bool) -> None:
    chat(client, stream, messages=[{"role": "user", "content": f"{marker} hallo"}], user=EMAIL)
    received = sent(gateway, marker)
    assert_clean(received, EMAIL)
    assert "user" not in received.body


@STREAM
def test_message_name_is_a_placeholder(gateway: RunningGateway, client: OpenAI, marker: str, stream: bool) -> None:
    chat(client, stream, messages=[{"role": "user", "name": "Anna_Meier", "content": f"{marker} Ich bin {PERSON}."}])
    received = sent(gateway, marker)
    assert_clean(received, PERSON, "Anna_Meier")
    name = received.body["messages"][0]["name"]
    assert name.startswith("PERSON_") and name.replace("_", "").isalnum()


@STREAM
def test_stop_maps_to_the_same_placeholder(gateway: RunningGateway, client: OpenAI, marker: str, stream: bool) -> None:
    chat(client, stream, messages=[{"role": "user", "content": f"{marker} Schreib an {EMAIL}."}],
         stop=[EMAIL, "ENDE"])
    received = sent(gateway, marker)
    assert_clean(received, EMAIL)
    masked_email = received.body["stop"][0]
    assert masked_email.startswith("[[EMAIL_") and masked_email in received.body["messages"][0]["content"]
    assert received.body["stop"][1] == "ENDE"


@STREAM
def test_input_text_parts_are_masked(gateway: RunningGateway, client: OpenAI, marker: str, stream: bool) -> None:
    answer = chat(client, stream, messages=[{"role": "user", "content": [
        {"type": "text", "text": f"{marker} Bitte an"}, {"type": "input_text", "text": f"{PERSON}, {EMAIL}"}]}])
    assert_clean(sent(gateway, marker))
    if not stream:  # the echo fake answers the (merged) text parts; the client gets its values back
        assert answer.choices[0].message.content == f"echo: {marker} Bitte an{PERSON}, {EMAIL}"


@STREAM
@pytest.mark.parametrize("part", [
    {"type": "image_url", "image_url": {"url": f"https://example.ch/foto?mail={EMAIL}"}},
    {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
    {"type": "file", "file": {"filename": "cv.pdf", "file_data": "JVBERi0="}},
    {"type": "refusal", "refusal": f"Nicht für {PERSON}"},
], ids=["image_url", "input_audio", "file", "unknown-kind"])
def test_media_parts_are_refused_and_nothing_is_sent(
    gateway: RunningGateway, client: OpenAI, marker: str, stream: bool, part: dict[str, Any]
) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        chat(client, stream, messages=[{"role": "user", "content": [{"type": "text", "text": marker}, part]}])
    assert info.value.param == "messages[0].content[1]"
    assert part["type"] in info.value.message and "not sent" in info.value.message
    assert gateway.upstream.log.find(marker) == []


TOOLS = [{"type": "function", "function": {
    "name": "send_mail",
    "description": f"Sends a mail to {PERSON} ({EMAIL})",
    "parameters": {"type": "object", "properties": {
        "to": {"type": "string", "description": f"for example {EMAIL}", "enum": [EMAIL, "team@example.ch"]},
        EMAIL: {"type": "string", "description": "a property named after a person"},
        "iban": {"type": "string", "default": IBAN},
    }},
}}]


@STREAM
def test_tool_descriptions_and_schemas_are_masked(gateway: RunningGateway, client: OpenAI, marker: str,
                                                  stream: bool) -> None:
    chat(client, stream, messages=[{"role": "user", "content": f"{marker} Bitte Mail"}], tools=TOOLS)
    received = sent(gateway, marker)
    assert_clean(received)
    function = received.body["tools"][0]["function"]
    assert function["name"] == "send_mail", "a function's name is sent as it is"
    properties = function["parameters"]["properties"]
    assert "to" in properties and any(k.startswith("[[EMAIL_") for k in properties)
    assert properties["to"]["enum"][0].startswith("[[EMAIL_")


@STREAM
def test_tool_names_with_personal_data_are_refused(gateway: RunningGateway, client: OpenAI, marker: str,
                                                   stream: bool) -> None:
    tools = [{"type": "function", "function": {"name": f"mail_{EMAIL}", "parameters": {"type": "object"}}}]
    with pytest.raises(openai.BadRequestError) as info:
        chat(client, stream, messages=[{"role": "user", "content": marker}], tools=tools)
    assert info.value.param == "tools[0].function.name"
    assert gateway.upstream.log.find(marker) == []


@STREAM
def test_response_format_schema_is_masked(gateway: RunningGateway, client: OpenAI, marker: str, stream: bool) -> None:
    schema = {"type": "object", "description": f"Kundendaten von {PERSON}", "properties": {
        "kanal": {"type": "string", "enum": [EMAIL, "Telefon"], "description": f"IBAN {IBAN}"}}}
    chat(client, stream, messages=[{"role": "user", "content": f"{marker} JSON bitte"}],
         response_format={"type": "json_schema", "json_schema": {"name": "kunde", "schema": schema}})
    received = sent(gateway, marker)
    assert_clean(received)
    assert received.body["response_format"]["json_schema"]["schema"]["properties"]["kanal"]["enum"][1] == "Telefon"


@STREAM
def test_tool_call_argument_keys_history_and_ids(gateway: RunningGateway, client: OpenAI, marker: str,
                                                 stream: bool) -> None:
    call_id = f"call_{EMAIL}"
    chat(client, stream, messages=[
        {"role": "user", "content": f"{marker} Überweisung"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": call_id, "type": "function", "function": {
            "name": "pay", "arguments": json.dumps({EMAIL: {"iban": IBAN, "to": PERSON}})}}]},
        {"role": "tool", "tool_call_id": call_id, "content": f"{IBAN} belastet"},
    ])
    received = sent(gateway, marker)
    assert_clean(received)
    call = received.body["messages"][1]["tool_calls"][0]
    assert call["id"] == received.body["messages"][2]["tool_call_id"], "ids still match each other"
    (key,) = json.loads(call["function"]["arguments"])
    assert key.startswith("[[EMAIL_")


def test_peakprivacy_streamed(gateway: RunningGateway, marker: str) -> None:
    body = {"model": "fake/echo", "anonymize": True, "stream": True,
            "messages": [{"role": "user", "content": f"{marker} {PERSON}, {EMAIL}, {IBAN}"}]}
    with httpx.stream("POST", gateway.base_url + "/v1/ai/completions", json=body,
                      headers={"Api-token": gateway.key}, timeout=30) as response:
        text = "".join(response.iter_text())
    assert response.status_code == 200
    assert_clean(sent(gateway, marker))
    deltas = [json.loads(line[5:])["choices"][0]["delta"].get("content") or ""
              for line in text.splitlines() if line.startswith("data:") and line.strip() != "data: [DONE]"
              and json.loads(line[5:])["choices"]]
    assert "".join(deltas) == f"echo: {marker} {PERSON}, {EMAIL}, {IBAN}"


# --------------------------------------------------------------------------- embeddings


def test_embeddings_masked_on_request(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    result = client.embeddings.create(model="fake/embed", input=[f"{marker} {PERSON}", f"{EMAIL} {IBAN}", marker],
                                      extra_body={"anonymize": True})
    assert len(result.data) == 3
    (received,) = gateway.upstream.log.find(marker)
    assert_clean(received)
    assert received.body["input"][1].startswith("[[EMAIL_")


def test_embedding_token_inputs_are_refused_when_anonymizing(gateway: RunningGateway, client: OpenAI) -> None:
    before = len(gateway.upstream.log.requests)
    with pytest.raises(openai.BadRequestError) as info:
        client.embeddings.create(model="fake/embed", input=[[1, 2, 3]], extra_body={"anonymize": True})
    assert info.value.param == "input[0]"
    assert len(gateway.upstream.log.requests) == before


PRIVACY_KEY = "tk-every-field-" + "0" * 16


def start(gateways: GatewayFactory, tmp_path: Path, **privacy: Any) -> Gateway:
    config = gateways.config(f"sqlite:///{tmp_path / 'db.sqlite'}", privacy=privacy,
                             api_keys=[{"name": "fields", "key": PRIVACY_KEY}])
    return gateways.start(config, workdir=tmp_path)


def test_embeddings_masked_when_the_gateway_says_always(gateways: GatewayFactory, tmp_path: Path, marker: str) -> None:
    gateway = start(gateways, tmp_path, mode="always")
    gateway.client(PRIVACY_KEY).embeddings.create(model="fake/embed", input=f"{marker} {PERSON} {EMAIL} {IBAN}")
    (received,) = gateways.upstream.log.find(marker)
    assert_clean(received)


def test_embeddings_masked_when_the_org_says_always(gateways: GatewayFactory, tmp_path: Path, marker: str) -> None:
    gateway = start(gateways, tmp_path)
    assert gateway.admin("POST", "/orgs", json={"name": "strict", "anonymization": "always"}).status_code == 201
    key = gateway.admin("POST", "/keys", json={"org": "strict"}).json()["secret"]
    gateway.client(key).embeddings.create(model="fake/embed", input=f"{marker} {PERSON} {EMAIL} {IBAN}")
    (received,) = gateways.upstream.log.find(marker)
    assert_clean(received)


def test_embeddings_refused_when_the_operator_says_so(gateways: GatewayFactory, tmp_path: Path, marker: str) -> None:
    gateway = start(gateways, tmp_path, mode="on_request", embeddings="refuse")
    client = gateway.client(PRIVACY_KEY)
    with pytest.raises(openai.BadRequestError) as info:
        client.embeddings.create(model="fake/embed", input=f"{marker} {EMAIL}", extra_body={"anonymize": True})
    assert "refuses embeddings" in info.value.message
    assert gateways.upstream.log.find(marker) == []
    client.embeddings.create(model="fake/embed", input=f"{marker} ohne Anonymisierung")
    assert len(gateways.upstream.log.find(marker)) == 1, "without anonymization embeddings still work"


# --------------------------------------------------------------------------- an attacker's read (review findings)


@STREAM
def test_a_media_part_with_a_text_key_is_still_media(gateway: RunningGateway, client: OpenAI, marker: str,
                                                     stream: bool) -> None:
    part = {"type": "image_url", "text": "", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
    with pytest.raises(openai.BadRequestError) as info:
        chat(client, stream, messages=[{"role": "user", "content": [{"type": "text", "text": marker}, part]}])
    assert info.value.param == "messages[0].content[1]"
    assert gateway.upstream.log.find(marker) == []


@STREAM
def test_a_value_split_across_text_parts_is_found(gateway: RunningGateway, client: OpenAI, marker: str,
                                                  stream: bool) -> None:
    chat(client, stream, messages=[{"role": "user", "content": [
        {"type": "text", "text": f"{marker} Kontakt: anna.meier@exa"}, {"type": "text", "text": "mple.ch, IBAN CH93 0076 2011"},
        {"type": "text", "text": " 6238 5295 7"}]}])
    assert_clean(sent(gateway, marker), EMAIL, IBAN, "anna.meier@exa", "6238 5295 7")


@STREAM
def test_json_escapes_in_a_tool_result_do_not_hide_a_name(gateway: RunningGateway, client: OpenAI, marker: str,
                                                          stream: bool) -> None:
    result = json.dumps({"kunde": "Jürg Müller", "mail": EMAIL, "ort": "8001 Zürich"})  # ensure_ascii: \u00fc
    assert "\\u00fc" in result
    chat(client, stream, messages=[
        {"role": "user", "content": f"{marker} Wer ist der Kunde?"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": result}])
    everything = assert_clean(sent(gateway, marker), EMAIL, "Jürg Müller")
    assert "M\\u00fcller" not in everything and "Müller" not in everything


@STREAM
def test_identifiers_may_not_carry_an_address_or_a_name_of_the_request(
    gateway: RunningGateway, client: OpenAI, marker: str, stream: bool
) -> None:
    for name, why in ((f"mail_{EMAIL}", "may hold only"), ("email_anna_meier", "PERSON"),
                      ("iban_CH9300762011623852957", "IBAN")):
        tools = [{"type": "function", "function": {"name": name, "parameters": {"type": "object"}}}]
        with pytest.raises(openai.BadRequestError) as info:
            chat(client, stream, messages=[{"role": "user", "content": f"{marker} an {PERSON}"}], tools=tools)
        assert info.value.param == "tools[0].function.name" and why in info.value.message
    with pytest.raises(openai.BadRequestError) as info:
        chat(client, stream, messages=[{"role": "user", "content": marker}], reasoning_effort="anna.meier at example.ch")
    assert info.value.param == "reasoning_effort"
    assert gateway.upstream.log.find(marker) == []
    # Tool names of real agents are no personal data.
    tools = [{"type": "function", "function": {"name": n, "parameters": {"type": "object"}}}
             for n in ("Bash", "Read", "TodoWrite", "lookup_customer", "book_meeting", "get_weather")]
    chat(client, stream, messages=[{"role": "user", "content": f"{marker} an {PERSON}"}], tools=tools)
    assert len(gateway.upstream.log.find(marker)) == 1


def test_tool_call_type_is_no_hiding_place(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        chat(client, False, messages=[
            {"role": "user", "content": marker},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "c1", "type": EMAIL, "function": {"name": "x", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": "ok"}])
    assert info.value.param == "messages[1].tool_calls[0].type"
    assert gateway.upstream.log.find(marker) == []


def test_malformed_fields_are_a_400_not_a_500(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    for message in ({"role": "tool", "tool_call_id": {"x": 1}, "content": "ok"},
                    {"role": "assistant", "content": None, "tool_calls": [
                        {"id": "c1", "type": "function", "function": {"name": "x", "arguments": {"a": EMAIL}}}]},
                    {"role": "user", "name": ["Anna"], "content": marker}):
        with pytest.raises(openai.BadRequestError):
            chat(client, False, messages=[{"role": "user", "content": marker}, message])
    assert gateway.upstream.log.find(marker) == []


CARD_NUMBER = 4111111111111111  # passes the Luhn check
AHV_NUMBER = 7561234567897  # a valid Swiss AHV number


@STREAM
def test_numbers_in_json_are_masked_like_their_digits_in_text(gateway: RunningGateway, client: OpenAI, marker: str,
                                                               stream: bool) -> None:
    """A card or AHV number written as a JSON *number* -- in tool-call arguments, in a JSON tool
    result (one with escapes is masked as JSON), in a schema's enum/default -- is personal data
    like the same digits in a string (an attacker's review found them sent in clear)."""
    call_id = "call_1"
    chat(client, stream, messages=[
        {"role": "user", "content": f"{marker} Zahlung"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": call_id, "type": "function", "function": {
            "name": "pay", "arguments": json.dumps({"card": CARD_NUMBER, "amount": 12.5, "count": 3})}}]},
        {"role": "tool", "tool_call_id": call_id,
         "content": json.dumps({"note": "line1\nline2", "ahv": AHV_NUMBER, "ok": True})},
    ], tools=[{"type": "function", "function": {"name": "pay", "parameters": {
        "type": "object", "properties": {"card": {"type": "integer", "enum": [CARD_NUMBER], "default": AHV_NUMBER}}}}}])
    received = sent(gateway, marker)
    everything = assert_clean(received, str(CARD_NUMBER), str(AHV_NUMBER))
    arguments = json.loads(received.body["messages"][1]["tool_calls"][0]["function"]["arguments"])
    assert arguments["card"].startswith("[[CARD_"), "masked as its placeholder string"
    assert arguments["amount"] == 12.5 and arguments["count"] == 3, "other numbers stay numbers"
    assert "[[AHV_" in everything


@STREAM
def test_a_tool_name_made_of_a_value_masked_elsewhere_is_refused(gateway: RunningGateway, client: OpenAI,
                                                                 marker: str, stream: bool) -> None:
    """`anna_meier_example_ch` passes the identifier rule, but it is the e-mail address the text
    holds (an attacker's review found it sent verbatim); a name that shares one common word with
    it (`get_example`) is no such copy and is sent."""
    local, domain = EMAIL.split("@")
    spelled = "_".join([*local.replace(".", "_").split("_"), *domain.split(".")])
    tools = [{"type": "function", "function": {"name": spelled, "parameters": {"type": "object"}}}]
    with pytest.raises(openai.BadRequestError) as info:
        chat(client, stream, messages=[{"role": "user", "content": f"{marker} {EMAIL}"}], tools=tools)
    assert info.value.param == "tools[0].function.name"
    assert gateway.upstream.log.find(marker) == []
    ordinary = [{"type": "function", "function": {"name": f"get_{domain.split('.')[0]}", "parameters": {"type": "object"}}}]
    chat(client, stream, messages=[{"role": "user", "content": f"{marker} {EMAIL}"}], tools=ordinary)
    assert_clean(sent(gateway, marker), EMAIL)
