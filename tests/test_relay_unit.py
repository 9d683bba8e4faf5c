"""The relay's two pure parts: splitting an upstream's body into event data however the network cuts
it (providers/sse_decoder.py's SSEDataReader), and turning each upstream chunk into what the client
sees (wire/openai_relay.py's ChunkRelay). The HTTP behaviour is tests/test_relay.py's."""

from __future__ import annotations

import json

import pytest

from tarnkappe.core.errors import UpstreamError
from tarnkappe.providers.sse_decoder import SSEDataReader
from tarnkappe.wire.openai_relay import ChunkRelay

BODY = (b": keep-alive\n\nevent: message\nid: 7\ndata: {\"a\": 1}\n\ndata: first\ndata: second\n\n"
        b"data:no-space\n\ndata\n\ndata: [DONE]\n\n")
EVENTS = [b'{"a": 1}', b"first\nsecond", b"no-space", b"", b"[DONE]"]


def read_all(pieces: list[bytes]) -> list[bytes]:
    reader = SSEDataReader()
    out = [data for piece in pieces for data in reader.feed(piece)]
    return out + reader.end()


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
def test_events_whatever_the_line_ends_and_the_cuts(newline: bytes) -> None:
    body = BODY.replace(b"\n", newline)
    assert read_all([body]) == EVENTS
    assert read_all([body[i:i + 1] for i in range(len(body))]) == EVENTS  # a byte per read
    for cut in range(len(body)):
        assert read_all([body[:cut], body[cut:]]) == EVENTS


def test_last_event_without_its_blank_line() -> None:
    assert read_all([b"data: x\n\ndata: y"]) == [b"x", b"y"]


def chunk(**fields: object) -> bytes:
    base: dict[str, object] = {"id": "c1", "object": "chat.completion.chunk", "created": 5, "model": "upstream-name"}
    return json.dumps({**base, **fields}).encode()  # with spaces after separators, as some upstreams write


def content(text: str, index: int = 0, finish: str | None = None) -> dict[str, object]:
    return {"index": index, "delta": {"content": text}, "finish_reason": finish}


USAGE = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}


def client_events(data: bytes) -> list[dict]:
    assert data.endswith(b"\n\n")
    return [json.loads(event.removeprefix(b"data: ")) for event in data.split(b"\n\n")[:-1]]


def test_model_renamed_usage_hidden_unless_asked() -> None:
    events = [chunk(choices=[content("Hi")], usage=None), chunk(choices=[content("!", finish="stop")], usage=None),
              chunk(choices=[], usage=USAGE), b"[DONE]"]
    relay = ChunkRelay("catalog/name", include_usage=False, provider="openai")
    out = relay.read(events)
    assert out is not None and relay.done
    sent = client_events(out.data)
    assert [e["choices"][0]["delta"]["content"] for e in sent] == ["Hi", "!"]
    assert all(e["model"] == "catalog/name" and "usage" not in e for e in sent)
    assert out.usage is not None and (out.usage.prompt_tokens, out.usage.completion_tokens) == (3, 2)
    assert out.completion_chars == 3 and out.model == "catalog/name"

    asked = ChunkRelay("catalog/name", include_usage=True, provider="openai").read(events)
    assert asked is not None
    *text, last = client_events(asked.data)
    assert last["choices"] == [] and last["usage"] == USAGE and all(e["usage"] is None for e in text)


def test_usage_on_a_choice_chunk_is_split_or_removed() -> None:
    event = chunk(choices=[content("", finish="stop")], usage=USAGE)
    asked = ChunkRelay("m", include_usage=True, provider="openai").read([event])
    assert asked is not None
    finishing, usage = client_events(asked.data)
    assert finishing["usage"] is None and finishing["choices"][0]["finish_reason"] == "stop"
    assert usage["choices"] == [] and usage["usage"] == USAGE
    hidden = ChunkRelay("m", include_usage=False, provider="openai").read([event])
    assert hidden is not None and hidden.usage is not None
    (only,) = client_events(hidden.data)
    assert "usage" not in only and only["choices"][0]["finish_reason"] == "stop"


def test_choice_less_chunks_are_not_sent_and_missing_fields_filled() -> None:
    preamble = b'{"id":"","object":"","created":0,"model":"","choices":[],"prompt_filter_results":[]}'
    bare = b'{"choices":[{"delta":{"content":"x"}}]}'
    out = ChunkRelay("m", include_usage=True, provider="openai").read([preamble, bare])
    assert out is not None
    (sent,) = client_events(out.data)
    assert sent == {"choices": [{"delta": {"content": "x"}, "index": 0, "finish_reason": None}], "model": "m",
                    "id": "", "object": "chat.completion.chunk", "created": 0}
    unknown = chunk(choices=[{"index": 0, "delta": {"reasoning_content": "hmm"}, "finish_reason": None}],
                    service_tier="default")
    passed = ChunkRelay("m", include_usage=False, provider="openai").read([unknown])
    assert passed is not None
    assert client_events(passed.data)[0]["choices"][0]["delta"] == {"reasoning_content": "hmm"}


def test_tool_call_characters_and_indexes() -> None:
    call = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "search", "arguments": "{\"q\""}}
    out = ChunkRelay("m", include_usage=False, provider="openai").read(
        [chunk(choices=[{"index": 0, "delta": {"tool_calls": [call]}, "finish_reason": None}])])
    assert out is not None and out.completion_chars == len("search") + len("{\"q\"")
    no_index = {"id": "call_1", "function": {"name": "search"}}
    with pytest.raises(UpstreamError, match="integer index"):
        ChunkRelay("m", include_usage=False, provider="openai").read(
            [chunk(choices=[{"index": 0, "delta": {"tool_calls": [no_index]}}])])


@pytest.mark.parametrize("broken", [b'{"error": {"message": "secret upstream text"}}', b"{not json",
                                    b'{"choices": null}', b'{"choices": [1]}', b'{"choices": "x"}', b"\xff\xfe"])
def test_a_broken_event_fails_the_stream_after_the_good_ones(broken: bytes) -> None:
    relay = ChunkRelay("m", include_usage=False, provider="openai")
    with pytest.raises(UpstreamError) as first:  # nothing good before it: raised at once
        relay.read([broken])
    assert "secret" not in first.value.message
    relay = ChunkRelay("m", include_usage=False, provider="openai")
    out = relay.read([chunk(choices=[content("ok")]), broken, chunk(choices=[content("never")])])
    assert out is not None and [e["choices"][0]["delta"]["content"] for e in client_events(out.data)] == ["ok"]
    assert relay.done and relay.failure is not None and "secret" not in relay.failure.message
    assert relay.read([chunk(choices=[content("later")])]) is None


def test_nothing_after_done() -> None:
    relay = ChunkRelay("m", include_usage=False, provider="openai")
    out = relay.read([chunk(choices=[content("a")]), b"[DONE]", chunk(choices=[content("b")])])
    assert out is not None and len(client_events(out.data)) == 1 and relay.done and relay.failure is None
    assert relay.read([chunk(choices=[content("c")])]) is None
