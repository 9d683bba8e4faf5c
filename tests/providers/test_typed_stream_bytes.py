"""The exact bytes of the typed streams of Anthropic's Messages API and OpenAI's Responses API, for
fixed sequences of canonical chunks: every event kind each renderer can send (text with characters
JSON must escape, refusals, tool calls of every shape, thinking, Anthropic's own blocks, usage,
incomplete ends, errors after the first byte), with ids and times made repeatable.

Why bytes and not parsed events: the renderers are written for speed (templates for the fixed parts
of an event), and a speed-up must not change one byte of what the SDKs parse. The expected bytes
(tests/providers/data/typed_streams/) were written by the renderers as they were before they were
tuned, and each file is read by the official SDKs over HTTP (`test_golden_*_streams_parse_in_the_sdk`).
Regenerate them (`python -m tests.providers.test_typed_stream_bytes`) only for a change that is
meant to change what clients see, and read the diff. Over the gateway: an anonymized stream with
such characters around the personal data has it restored in every event that repeats the text."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import sys
import time
import uuid
from collections.abc import AsyncGenerator, Callable, Iterator
from pathlib import Path
from typing import Any

import anthropic
import httpx
import openai
import pytest

from tarnkappe.core.errors import UpstreamError
from tarnkappe.core.types import ChatChunk, ChoiceDelta, ToolCallDelta, Usage
from tarnkappe.dialects import anthropic as messages_dialect
from tarnkappe.dialects import openai_responses as responses_dialect
from tarnkappe.dialects.responses_request import parse_responses_request
from tarnkappe.server.sse_response import SSEResponse
from tests.conftest import free_port
from tests.fakes.openai_upstream import ServerThread
from tests.providers.conftest import NativeGateway
from tests.providers.typed_sse import typed_events

GOLDEN = Path(__file__).parent / "data" / "typed_streams"
NOW = 1767225600.0

# Characters JSON must escape or that clients have tripped over: quotes, backslashes, control
# characters, the line separators JavaScript reads as line ends, non-ASCII and astral characters.
TRICKY = ['Grüezi "Anna"', " \\ back\nslash\t", " </script> \u2028\u2029 \u0001\u001f", " 😀 ", "", "ok"]


def _chunk(*deltas: ChoiceDelta, usage: Usage | None = None, chunk_id: str = "chatcmpl-1") -> ChatChunk:
    return ChatChunk(chunk_id, 1700000000, "upstream-model", list(deltas), usage)


def _text(*pieces: str) -> list[ChatChunk]:
    return [_chunk(ChoiceDelta(0, content=piece)) for piece in pieces]


def _usage() -> Usage:
    return Usage(30, 20, prompt_tokens_details={"cached_tokens": 4},
                 completion_tokens_details={"reasoning_tokens": 2}, server_tool_use={"web_search_requests": 1})


class Failing(Exception):
    """Not a gateway error: rendered as the generic internal error, its text never sent."""


# --------------------------------------------------------------------------- Responses API

RESPONSES_BODY: dict[str, Any] = {
    "model": "bench/echo", "input": "x", "instructions": 'Sei "kurz"\n', "metadata": {"k": "v ü"},
    "temperature": 0.5, "max_output_tokens": 300, "user": "u-1", "text": {"format": {"type": "json_object"}},
    "tools": [
        {"type": "function", "name": "search", "parameters": {"type": "object"}},
        {"type": "custom", "name": "apply_patch", "description": "Patch."},
        {"type": "namespace", "name": "mail", "description": "Mail.",
         "tools": [{"type": "function", "name": "send", "parameters": {"type": "object"}}]},
    ],
}


def _responses_cases() -> dict[str, list[ChatChunk | BaseException]]:
    calls = [
        _chunk(ChoiceDelta(0, content="Ich suche.")),
        _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(0, "call_a", "function", "search", '{"q": ')])),
        _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(0, arguments='"x\\"y ü"}')])),
        _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(1, "call_b", "function", "apply_patch", '{"input": "*** ')])),
        _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(1, arguments='Begin\\n\\"x\\""}')])),
        _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(2, None, "function", "mail__send", "")])),
        _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(2, arguments="{}")])),
        _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(3, "call_d", "function", "apply_patch", "")])),
        _chunk(ChoiceDelta(0, finish_reason="tool_calls")),
        _chunk(usage=_usage()),
    ]
    return {
        "responses_text": [_chunk(ChoiceDelta(0, role="assistant", content="")), *_text(*TRICKY),
                           _chunk(ChoiceDelta(1, content="another choice")),
                           _chunk(ChoiceDelta(0, finish_reason="stop")), _chunk(usage=_usage())],
        "responses_tools": calls,
        "responses_tools_only": calls[1:],
        "responses_length": [*_text("cut ", "off"), _chunk(ChoiceDelta(0, finish_reason="length"))],
        "responses_refusal": [_chunk(ChoiceDelta(0, refusal='Nein, "das" nicht.')),
                              _chunk(ChoiceDelta(0, finish_reason="content_filter"), usage=Usage(3, 4))],
        "responses_upstream_error": [*_text("halb", " fertig"), UpstreamError("openai closed the stream early")],
        "responses_unexpected_error": [*_text("a"), Failing("secret text")],
        "responses_error_in_calls": [*calls[:5], UpstreamError("openai closed the stream early")],
        "responses_error_at_once": [_chunk(ChoiceDelta(0, role="assistant")), UpstreamError("the upstream failed")],
    }


def _responses_stream(chunks: list[ChatChunk | BaseException], size: int) -> SSEResponse[list[ChatChunk]]:
    parsed = parse_responses_request(RESPONSES_BODY)
    shell = responses_dialect.ResponseShell("bench/echo", parsed.echo, parsed.origins)
    first, rest = _first_and_rest(chunks, size)
    return responses_dialect.stream_events(first, rest, shell)


# --------------------------------------------------------------------------- Messages API


def _messages_cases() -> dict[str, list[ChatChunk | BaseException]]:
    container = {"id": "container_1", "expires_at": "2026-01-01T00:00:00Z"}
    native = [
        _chunk(ChoiceDelta(0, role="assistant", thinking={"index": 0, "type": "thinking"}), chunk_id="msg_01abc"),
        _chunk(ChoiceDelta(0, thinking={"index": 0, "thinking": 'Hmm "q"\n'})),
        _chunk(ChoiceDelta(0, thinking={"index": 0, "signature": "c2ln=="})),
        _chunk(ChoiceDelta(0, thinking={"index": 1, "type": "redacted_thinking", "data": "ZGF0YQ=="})),
        _chunk(ChoiceDelta(0, content="Antwort ü")),
        _chunk(ChoiceDelta(0, native={"start": {"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search",
                                                "input": {}}})),
        _chunk(ChoiceDelta(0, native={"input": '{"query": "x \\"y\\""}'})),
        _chunk(ChoiceDelta(0, native={"start": {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_1",
                                                "content": [{"type": "web_search_result", "url": "https://e.x",
                                                             "title": "T ü", "encrypted_content": "enc"}]}})),
        _chunk(ChoiceDelta(0, native={"text": True})),
        _chunk(ChoiceDelta(0, content="Laut Quelle")),
        _chunk(ChoiceDelta(0, native={"citation": {"type": "web_search_result_location", "url": "https://e.x",
                                                   "title": "T", "cited_text": 'c "q"', "encrypted_index": "e"}})),
        _chunk(ChoiceDelta(0, native={"citation": {"type": "web_search_result_location", "url": "https://f.x",
                                                   "title": "F", "cited_text": "f", "encrypted_index": "f"}})),
        _chunk(ChoiceDelta(0, native={"container": container})),
        _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(0, "toolu_1", "function", "search", '{"q": ')])),
        _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(0, arguments='"x\\"y ü"}')])),
        _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(1, None, "function", "lookup", "")])),
        _chunk(ChoiceDelta(1, content="another choice")),
        _chunk(ChoiceDelta(0, finish_reason="tool_calls")),
        _chunk(usage=_usage()),
    ]
    return {
        "messages_text": [_chunk(ChoiceDelta(0, role="assistant", content="", native={"container": container}),
                                 usage=Usage(12)),
                          *_text(*TRICKY), _chunk(ChoiceDelta(0, refusal=" refused")),
                          _chunk(ChoiceDelta(0, finish_reason="stop")), _chunk(usage=_usage())],
        "messages_native": native,
        "messages_length": [*_text("cut ", "off"), _chunk(ChoiceDelta(0, finish_reason="length"))],
        "messages_filtered": [*_text("x"), _chunk(ChoiceDelta(0, finish_reason="content_filter"))],
        "messages_interleaved_calls": [
            _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(0, "toolu_1", "function", "a", "{")])),
            _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(1, "toolu_2", "function", "b", "{")])),
            _chunk(ChoiceDelta(0, tool_calls=[ToolCallDelta(0, arguments="}")]))],
        "messages_upstream_error": [*_text("halb", " fertig"), UpstreamError("openai closed the stream early")],
        "messages_unexpected_error": [*_text("a"), Failing("secret text")],
        "messages_error_in_call": [*native[:15], UpstreamError("anthropic closed the stream early")],
    }


def _messages_stream(chunks: list[ChatChunk | BaseException], size: int) -> SSEResponse[list[ChatChunk]]:
    first, rest = _first_and_rest(chunks, size)
    return messages_dialect.stream_events(first, rest, "bench/echo")


# --------------------------------------------------------------------------- rendering


def _batches(items: list[ChatChunk | BaseException], size: int) -> list[list[ChatChunk] | BaseException]:
    """The chunks in lists of `size` (as network reads bring them), an error ending the list it
    falls in: the pipeline's stream as an upstream cut that way would give it."""
    batches: list[list[ChatChunk] | BaseException] = []
    batch: list[ChatChunk] = []
    for item in items:
        if isinstance(item, BaseException):
            batches += [batch, item] if batch else [item]
            return batches
        batch.append(item)
        if len(batch) == size:
            batches.append(batch)
            batch = []
    return batches + [batch] if batch else batches


def _first_and_rest(items: list[ChatChunk | BaseException],
                    size: int) -> tuple[list[ChatChunk], AsyncGenerator[list[ChatChunk], None]]:
    first, *rest = _batches(items, size)
    assert isinstance(first, list)
    return first, _source(rest)


async def _source(items: list[list[ChatChunk] | BaseException]) -> AsyncGenerator[list[ChatChunk], None]:
    for item in items:
        if isinstance(item, BaseException):
            raise item
        yield item


async def response_body(response: SSEResponse[Any]) -> bytes:
    """What an ASGI response writes, as the client gets it (a server without a disconnect signal:
    the response watches `receive` itself, and the client never leaves)."""
    written: list[bytes] = []
    never = asyncio.Event()

    async def receive() -> dict[str, Any]:
        await never.wait()
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body":
            written.append(message["body"])

    await response({"type": "http"}, receive, send)
    return b"".join(written)


def _random_ids() -> tuple[Callable[[], uuid.UUID], Callable[[int], bytes]]:
    """uuid.uuid4 and os.urandom, repeatable and drawing on one sequence, so that ids made either
    way are the same: 0001000100…, 0002000200…"""
    counter = itertools.count(1)

    def random_bytes(size: int) -> bytes:
        return bytes.fromhex(f"{next(counter):04x}" * 8)[:size]

    return lambda: uuid.UUID(bytes=random_bytes(16)), random_bytes


def _cases() -> Iterator[tuple[str, Callable[[list[ChatChunk | BaseException], int], SSEResponse[list[ChatChunk]]],
                               list[ChatChunk | BaseException]]]:
    for name, chunks in _responses_cases().items():
        yield name, _responses_stream, chunks
    for name, chunks in _messages_cases().items():
        yield name, _messages_stream, chunks


CASES = {name: (render, chunks) for name, render, chunks in _cases()}


def render(name: str, monkeypatch: pytest.MonkeyPatch, size: int = 1) -> bytes:
    """The bytes a client gets for case `name`, its chunks coming `size` at a time (a network
    read's), with repeatable ids and time."""
    uuid4, urandom = _random_ids()
    monkeypatch.setattr(uuid, "uuid4", uuid4)
    monkeypatch.setattr(os, "urandom", urandom)
    monkeypatch.setattr(time, "time", lambda: NOW)
    stream, chunks = CASES[name]

    async def collect() -> bytes:
        return await response_body(stream(chunks, size))

    return asyncio.run(collect())


@pytest.mark.parametrize("name", sorted(CASES))
def test_stream_bytes_are_unchanged(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert render(name, monkeypatch) == (GOLDEN / f"{name}.sse").read_bytes()


@pytest.mark.parametrize("size", [2, 3, 1000])
@pytest.mark.parametrize("name", sorted(CASES))
def test_stream_bytes_do_not_depend_on_the_reads(name: str, size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The chunks of one network read go through the pipeline and the writer together: the client
    gets the same bytes, whether they came one at a time, a few at a time or all at once (errors
    included, and a chunk the renderer refuses after others of its read: messages_interleaved_calls)."""
    assert render(name, monkeypatch, size) == (GOLDEN / f"{name}.sse").read_bytes()


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_streams_are_typed_events(name: str) -> None:
    """Every frame an `event:` line and one line of JSON naming the same type; the Responses API's
    numbered from 0 without a gap."""
    frames = (GOLDEN / f"{name}.sse").read_bytes().decode("utf-8").removesuffix("\n\n").split("\n\n")
    events = []
    for frame in frames:
        kind, data = frame.split("\n")
        events.append(json.loads(data.removeprefix("data: ")))
        assert kind == f"event: {events[-1]['type']}"
    if name.startswith("responses"):
        assert [e["sequence_number"] for e in events] == list(range(len(events)))


async def _golden_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An upstream that answers any request with the golden stream its `x-golden` header names."""
    name = dict(scope["headers"])[b"x-golden"].decode()
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/event-stream; charset=utf-8")]})
    await send({"type": "http.response.body", "body": (GOLDEN / f"{name}.sse").read_bytes()})


@pytest.fixture(scope="module")
def golden_server() -> Iterator[str]:
    with ServerThread(_golden_app, free_port()) as server:
        yield f"http://127.0.0.1:{server.port}"


@pytest.mark.parametrize("name", sorted(n for n in CASES if n.startswith("responses")))
def test_golden_responses_streams_parse_in_the_sdk(name: str, golden_server: str) -> None:
    client = openai.OpenAI(api_key="k", base_url=golden_server + "/v1", max_retries=0,
                           default_headers={"x-golden": name})
    with client.responses.stream(model="bench/echo", input="x") as stream:
        found = list(stream)
        final = stream.get_final_response() if found[-1].type == "response.completed" else None
    kinds = [e.type for e in found]
    if "error" in name:  # the SDK hands the error event on, then the failed response
        assert kinds[-2:] == ["error", "response.failed"]
        return
    deltas = "".join(e.delta for e in found if e.type == "response.output_text.delta")  # type: ignore[union-attr]
    last = found[-1].response  # type: ignore[union-attr]
    assert last.output_text == deltas and last.status == ("incomplete" if kinds[-1] == "response.incomplete"
                                                          else "completed")
    assert final is None or final.output_text == deltas


@pytest.mark.parametrize("name", sorted(n for n in CASES if n.startswith("messages")))
def test_golden_messages_streams_parse_in_the_sdk(name: str, golden_server: str) -> None:
    client = anthropic.Anthropic(api_key="k", base_url=golden_server, max_retries=0,
                                 default_headers={"x-golden": name})
    stream_of = client.messages.stream(model="bench/echo", max_tokens=10, messages=[{"role": "user", "content": "x"}])
    if "error" in name or "interleaved" in name:
        with pytest.raises(anthropic.APIError), stream_of as stream:
            stream.get_final_message()
        return
    with stream_of as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert "".join(block.text for block in final.content if block.type == "text") == text
    assert final.usage.output_tokens in (0, 20)


# --------------------------------------------------------------------------- over the gateway

# Personal data (masked upstream, restored in every event) between characters JSON must escape.
SECRET_TEXT = 'Schreib "Anna Meier" an anna.meier@example.ch:\n\\ 😀 \u2028 </script>'


def _anonymized_events(gateway: NativeGateway, path: str, body: dict[str, Any],
                       headers: dict[str, str]) -> list[dict[str, Any]]:
    return typed_events(httpx.post(gateway.base_url + path, json={**body, "stream": True, "anonymize": True},
                                   headers=headers, timeout=30))


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_anonymized_responses_stream_is_restored_in_every_event(native_gateway: NativeGateway, provider: str,
                                                                marker: str) -> None:
    said = f"{marker} {SECRET_TEXT}"
    found = _anonymized_events(native_gateway, "/v1/responses", {"model": f"{provider}/echo", "input": said},
                               {"Authorization": f"Bearer {native_gateway.key}"})
    (received,) = native_gateway.upstreams[provider].find(marker)
    assert "anna.meier@example.ch" not in json.dumps(received.body, ensure_ascii=False)
    expected = f"echo: {said}"
    by_kind = {e["type"]: e for e in found}
    assert "".join(e["delta"] for e in found if e["type"] == "response.output_text.delta") == expected
    assert by_kind["response.output_text.done"]["text"] == expected
    assert by_kind["response.content_part.done"]["part"]["text"] == expected
    assert by_kind["response.output_item.done"]["item"]["content"][0]["text"] == expected
    assert by_kind["response.completed"]["response"]["output"][0]["content"][0]["text"] == expected
    assert [e["sequence_number"] for e in found] == list(range(len(found)))
    with native_gateway.client().responses.stream(model=f"{provider}/echo", input=said,
                                                  extra_body={"anonymize": True}) as stream:
        deltas = "".join(e.delta for e in stream if e.type == "response.output_text.delta")
        assert deltas == stream.get_final_response().output_text == expected


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_anonymized_messages_stream_is_restored_in_every_event(native_gateway: NativeGateway, provider: str,
                                                               marker: str) -> None:
    said = f"{marker} {SECRET_TEXT}"
    body = {"model": f"{provider}/echo", "max_tokens": 200, "messages": [{"role": "user", "content": said}]}
    found = _anonymized_events(native_gateway, "/v1/messages", body,
                               {"x-api-key": native_gateway.key, "anthropic-version": "2023-06-01"})
    (received,) = native_gateway.upstreams[provider].find(marker)
    assert "anna.meier@example.ch" not in json.dumps(received.body, ensure_ascii=False)
    expected = f"echo: {said}"
    assert "".join(e["delta"]["text"] for e in found if e["type"] == "content_block_delta") == expected
    assert [e["type"] for e in found][-3:] == ["content_block_stop", "message_delta", "message_stop"]
    client = anthropic.Anthropic(base_url=native_gateway.base_url, api_key=native_gateway.key, max_retries=0)
    with client.messages.stream(**body, extra_body={"anonymize": True}) as stream:  # type: ignore[arg-type]
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == final.content[0].text == expected  # type: ignore[union-attr]


def write_golden() -> None:
    """Write the expected bytes from the renderers as they are now (see the module's docstring)."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    with pytest.MonkeyPatch.context() as monkeypatch:
        for name in CASES:
            (GOLDEN / f"{name}.sse").write_bytes(render(name, monkeypatch))
            print(f"wrote {GOLDEN / name}.sse", file=sys.stderr)


if __name__ == "__main__":
    write_golden()
