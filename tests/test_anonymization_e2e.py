"""Anonymization end to end: the fake upstream records what it received; no original value may
reach it, and the client must get every value back — streamed, not streamed, in both APIs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx
import openai
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway
from tests.gateways import Gateway, GatewayFactory

ORIGINALS = {
    "person": "Anna Meier",
    "email": "anna.meier@beispiel.ch",
    "phone": "+41 44 668 18 00",
    "iban": "CH93 0076 2011 6238 5295 7",
    "ahv": "756.9217.0769.85",
}


def prompt(marker: str) -> str:
    return (
        f"Ticket {marker}: Frau {ORIGINALS['person']} ({ORIGINALS['email']}, Tel. {ORIGINALS['phone']}) "
        f"bittet um Rückzahlung auf {ORIGINALS['iban']}. AHV-Nr. {ORIGINALS['ahv']}."
    )


def assert_nothing_leaked(gateway: RunningGateway, marker: str) -> dict:
    (received,) = gateway.upstream.log.find(marker)
    sent = json.dumps(received.body, ensure_ascii=False)
    for kind, value in ORIGINALS.items():
        assert value not in sent, f"{kind} reached the upstream"
    assert "[[" in sent
    return received.body


def test_openai_non_streamed(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    completion = client.chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": prompt(marker)}], extra_body={"anonymize": True},
    )
    assert_nothing_leaked(gateway, marker)
    assert completion.choices[0].message.content == f"echo: {prompt(marker)}"


def test_openai_streamed(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    chunks = list(client.chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": prompt(marker)}], stream=True,
        extra_body={"anonymize": True},
    ))
    assert_nothing_leaked(gateway, marker)
    deltas = [c.choices[0].delta.content or "" for c in chunks if c.choices]
    assert "".join(deltas) == f"echo: {prompt(marker)}"
    assert sum(1 for d in deltas if d) > 5, "restoring must not collapse the stream"
    assert not any("[[" in d for d in deltas), "the client never sees a placeholder"


def test_tool_calls_masked_and_restored(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    completion = client.chat.completions.create(
        model="fake/tools", extra_body={"anonymize": True},
        messages=[{"role": "user", "content": f"{marker} Zahlung an {ORIGINALS['iban']} für {ORIGINALS['person']}"}],
    )
    assert_nothing_leaked(gateway, marker)
    arguments = [json.loads(c.function.arguments) for c in completion.choices[0].message.tool_calls]
    assert ORIGINALS["iban"] in arguments[0]["query"] and ORIGINALS["person"] in arguments[0]["query"]


def test_streamed_tool_calls_restored(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    with client.chat.completions.stream(
        model="fake/tools", extra_body={"anonymize": True},
        messages=[{"role": "user", "content": f"{marker} Bitte {ORIGINALS['email']} anschreiben"}],
        tools=[{"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}},
               {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}],
    ) as stream:
        final = stream.get_final_completion()
    assert_nothing_leaked(gateway, marker)
    query = json.loads(final.choices[0].message.tool_calls[1].function.arguments)["query"]
    assert ORIGINALS["email"] in query


def test_history_and_system_messages_are_masked(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    client.chat.completions.create(
        model="fake/echo", extra_body={"anonymize": True},
        messages=[
            {"role": "system", "content": f"Kundin: {ORIGINALS['person']}, {ORIGINALS['email']}"},
            {"role": "user", "content": [{"type": "text", "text": f"{marker} IBAN {ORIGINALS['iban']}"}]},
            {"role": "assistant", "content": f"Notiert für {ORIGINALS['person']}."},
            {"role": "user", "content": "Danke"},
        ],
    )
    body = assert_nothing_leaked(gateway, marker)
    person_placeholders = {m["content"].split(": ")[1].split(",")[0] for m in body["messages"][:1]}
    assert any(p in body["messages"][2]["content"] for p in person_placeholders), \
        "one person, one placeholder, across messages"


def test_without_anonymize_text_is_sent_as_is(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    client.chat.completions.create(model="fake/echo", messages=[{"role": "user", "content": prompt(marker)}])
    (received,) = gateway.upstream.log.find(marker)
    assert ORIGINALS["email"] in json.dumps(received.body, ensure_ascii=False)


def test_peakprivacy_documented_example(gateway: RunningGateway, marker: str) -> None:
    """The document's own example request asks for anonymize: true."""
    response = httpx.post(
        gateway.base_url + "/v1/ai/completions",
        headers={"Api-token": gateway.key, "X-Requested-With": "XMLHttpRequest", "Accept": "application/json"},
        json={"model": "fake/echo", "messages": [{"role": "user", "content": prompt(marker)}], "temperature": None,
              "top_p": None, "max_tokens": None, "random_seed": None, "safe_prompt": None, "anonymize": True},
    )
    assert response.status_code == 200, response.text
    assert_nothing_leaked(gateway, marker)
    assert response.json()["choices"][0]["message"]["content"] == f"echo: {prompt(marker)}"


def test_nothing_of_it_in_the_log(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    client.chat.completions.create(
        model="fake/echo", messages=[{"role": "user", "content": prompt(marker)}], extra_body={"anonymize": True})
    log = gateway.log_path.read_text()
    for value in ORIGINALS.values():
        assert value not in log


# --------------------------------------------------------------------------- privacy modes and the ledger

MODE_KEY = "tk-privacy-mode-test-key"


def start(gateways: GatewayFactory, tmp_path: Path, mode: str) -> Gateway:
    config = gateways.config(f"sqlite:///{tmp_path / 'ledger.db'}", privacy={"mode": mode},
                             api_keys=[{"name": "modes", "key": MODE_KEY}])
    return gateways.start(config, workdir=tmp_path)


def test_switched_off_fails_closed(gateways: GatewayFactory, tmp_path: Path, marker: str) -> None:
    gateway = start(gateways, tmp_path, "off")
    with pytest.raises(openai.BadRequestError) as info:
        gateway.client(MODE_KEY).chat.completions.create(
            model="fake/echo", messages=[{"role": "user", "content": prompt(marker)}], extra_body={"anonymize": True})
    assert info.value.param == "anonymize"
    response = httpx.post(gateway.base_url + "/v1/ai/completions", headers={"Api-token": MODE_KEY},
                          json={"model": "fake/echo", "messages": [{"role": "user", "content": prompt(marker)}],
                                "anonymize": True})
    assert response.status_code == 400 and "anonymiz" in response.json()["error"].lower()
    assert gateways.upstream.log.find(marker) == [], "nothing was sent"


def test_always_masks_even_unasked_and_the_ledger_counts(gateways: GatewayFactory, tmp_path: Path, marker: str) -> None:
    gateway = start(gateways, tmp_path, "always")
    raw = gateway.client(MODE_KEY).chat.completions.with_raw_response.create(
        model="fake/echo", messages=[{"role": "user", "content": prompt(marker)}])
    completion = raw.parse()
    (received,) = gateways.upstream.log.find(marker)
    assert ORIGINALS["email"] not in json.dumps(received.body, ensure_ascii=False)
    assert completion.choices[0].message.content == f"echo: {prompt(marker)}"
    assert gateway.stop() in (0, -15)  # a clean shutdown flushes the ledger
    database = tmp_path / "ledger.db"
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT anonymized, entity_counts, request_id FROM usage_ledger").fetchall()
    assert rows, "the request was metered"
    anonymized, counts, request_id = rows[-1]
    assert request_id == raw.headers["x-request-id"], "the row names the request the client saw"
    assert anonymized == 1
    counts = json.loads(counts)
    assert counts["PERSON"] == 1 and counts["EMAIL"] == 1 and counts["IBAN"] == 1
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("ledger.db*"))
    for value in ORIGINALS.values():
        assert value.encode() not in raw, "no original value in the database"


@pytest.mark.parametrize("stream", [False, True])
def test_an_answer_cut_inside_a_placeholder_by_max_tokens(
    gateway: RunningGateway, client: OpenAI, stream: bool
) -> None:
    """max_tokens ends the answer in the middle of a placeholder (the fake "length" upstream cuts
    after max_tokens characters): the start is restored if it begins one placeholder only, else
    dropped -- never sent as "[[PERSON_"."""
    prompt_text = "Anna Meier und Beat Huber"  # masked: "[[PERSON_1]] und [[PERSON_2]]"
    echoed = "echo: [[PERSON_1]] und [[PERSON_2]]"

    def ask(max_tokens: int) -> str:
        kwargs = dict(model="fake/length", messages=[{"role": "user", "content": prompt_text}],
                      max_tokens=max_tokens, extra_body={"anonymize": True})
        if not stream:
            answer = client.chat.completions.create(**kwargs)  # type: ignore[call-overload]
            assert answer.choices[0].finish_reason == "length"
            return answer.choices[0].message.content or ""
        chunks = list(client.chat.completions.create(stream=True, **kwargs))  # type: ignore[call-overload]
        assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "length"
        return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)

    # "...und [[PERSON_" could begin either person: dropped
    assert ask(len(echoed) - len("2]]")) == "echo: Anna Meier und "
    # "...und [[PERSON_2" begins only the second: restored
    assert ask(len(echoed) - len("]]")) == "echo: Anna Meier und Beat Huber"
    # a whole answer is untouched
    assert ask(len(echoed)) == "echo: Anna Meier und Beat Huber"
