"""A stream passes the gateway a network read at a time (issue 16): the chunks one read of the
upstream made go through the provider's reader, the restoring and the dialect's writer as one
list. What the client gets must not depend on it — the same chunks, restored the same way
(placeholders cut between two chunks of one read included), the same bytes — and the writer,
which runs in the request's own task, must still send the first read at once, end the upstream
call when the client leaves (mid-read too), and report an error after the first byte."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncGenerator, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.errors import UpstreamError
from tarnkappe.core.types import ChatChunk, ChatRequest, ChoiceDelta, Message, ToolCallDelta
from tarnkappe.gateway.anonymization import mask_request
from tarnkappe.gateway.restore import restore_batches, restore_stream
from tarnkappe.privacy import Anonymizer
from tarnkappe.providers.anthropic import AnthropicStream
from tarnkappe.providers.base import ProviderContext
from tarnkappe.providers.openai_compat import OpenAICompatibleProvider, _ChunkParser
from tarnkappe.providers.upstream_http import ChunkReader
from tarnkappe.server.disconnect import SCOPE_KEY, DisconnectSignal
from tarnkappe.server.sse_response import DataFrames, SSEResponse

PERSON = "Anna Meier"
EMAIL = "anna.meier@example.ch"


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer()


def _text(piece: str, finish: str | None = None) -> ChatChunk:
    return ChatChunk(id="x", created=0, model="m", choices=[ChoiceDelta(index=0, content=piece, finish_reason=finish)])


def _grouped(items: list[ChatChunk], sizes: list[int]) -> list[list[ChatChunk]]:
    """`items` in lists of the given sizes (cycled), as network reads would bring them."""
    batches, start, turn = [], 0, 0
    while start < len(items):
        size = max(1, sizes[turn % len(sizes)]) if sizes else 1
        batches.append(items[start:start + size])
        start += size
        turn += 1
    return batches


async def _of(items: list[Any]) -> AsyncGenerator[Any, None]:
    for item in items:
        yield item


async def _restored_batches(batches: list[list[ChatChunk]], vault: Any) -> list[list[ChatChunk]]:
    return [batch async for batch in restore_batches(_of(batches), vault)]


async def _restored_chunks(chunks: list[ChatChunk], vault: Any) -> list[ChatChunk]:
    return [chunk async for chunk in restore_stream(_of(chunks), vault)]


def _copy(chunks: list[ChatChunk]) -> list[ChatChunk]:
    """Chunks are restored in place: each way gets its own."""
    return [ChatChunk(c.id, c.created, c.model, [ChoiceDelta(
        index=d.index, content=d.content, finish_reason=d.finish_reason,
        tool_calls=[ToolCallDelta(t.index, t.id, t.type, t.name, t.arguments) for t in d.tool_calls]
        if d.tool_calls is not None else None) for d in c.choices]) for c in chunks]


# --------------------------------------------------------------------------- restoring


@settings(max_examples=60, deadline=None)
@given(cuts=st.lists(st.integers(min_value=1, max_value=200), max_size=30),
       sizes=st.lists(st.integers(min_value=1, max_value=6), max_size=6))
def test_restoring_batches_is_restoring_chunk_by_chunk(anonymizer: Anonymizer, cuts: list[int],
                                                        sizes: list[int]) -> None:
    """However the chunks are grouped into reads, each is restored as it would be alone: the same
    chunks with the same text, in the same order, in lists of the reads they came in."""
    chat = ChatRequest(model="m", messages=[Message(role="user", content=f"{PERSON}, {EMAIL}, Grüße")])
    vault = mask_request(anonymizer, chat)
    masked = chat.messages[0].content
    answer = f"Antwort für {masked} — ✓ äöü {masked}."
    positions = sorted({min(c, len(answer)) for c in cuts} | {len(answer)})
    pieces = [answer[a:b] for a, b in zip([0, *positions], positions, strict=False) if b > a]
    chunks = [_text(piece) for piece in pieces]
    chunks[-1].choices[0].finish_reason = "stop"

    one_by_one = asyncio.run(_restored_chunks(_copy(chunks), vault))
    batches = _grouped(_copy(chunks), sizes)
    restored = asyncio.run(_restored_batches(batches, vault))
    assert [len(b) for b in restored] == [len(b) for b in batches], "a list per read, never merged or split"
    flat = [chunk for batch in restored for chunk in batch]
    assert [c.choices[0].content for c in flat] == [c.choices[0].content for c in one_by_one]
    assert "".join(c.choices[0].content or "" for c in flat) == answer.replace(masked, f"{PERSON}, {EMAIL}, Grüße")


def test_a_placeholder_cut_between_two_chunks_of_one_read_is_restored(anonymizer: Anonymizer) -> None:
    chat = ChatRequest(model="m", messages=[Message(role="user", content=f"Schreib an {EMAIL}")])
    vault = mask_request(anonymizer, chat)
    placeholder = chat.messages[0].content.removeprefix("Schreib an ")
    half = len(placeholder) // 2
    read = [_text("An " + placeholder[:half]), _text(placeholder[half:] + " ok", finish="stop")]
    (restored,) = asyncio.run(_restored_batches([read], vault))
    assert [c.choices[0].content for c in restored] == ["An ", f"{EMAIL} ok"]


def test_what_a_cut_off_stream_held_back_comes_last_in_a_list_of_its_own(anonymizer: Anonymizer) -> None:
    """Tool arguments cut inside a placeholder by an upstream that never finished the choice: what
    was held back is not lost, and comes after the last read."""
    chat = ChatRequest(model="m", messages=[Message(role="user", content=f"Mail {EMAIL}")])
    vault = mask_request(anonymizer, chat)
    args = json.dumps({"to": chat.messages[0].content.removeprefix("Mail ")})
    call = ChoiceDelta(index=0, tool_calls=[ToolCallDelta(index=0, id="c", name="mail", arguments=args[:-4])])
    restored = asyncio.run(_restored_batches([[ChatChunk("x", 0, "m", [call])]], vault))
    assert len(restored) == 2 and len(restored[1]) == 1
    joined = "".join(t.arguments or "" for b in restored for c in b for d in c.choices for t in d.tool_calls or ())
    assert joined.startswith('{"to": "') and EMAIL in joined


# --------------------------------------------------------------------------- reading the upstream


def _openai_body() -> bytes:
    events = [{"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "u",
               "choices": [{"index": 0, "delta": {"content": f"t{i} "}, "finish_reason": None}]} for i in range(5)]
    events.append({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "u",
                   "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events) + b"data: [DONE]\n\n"


def _reader() -> ChunkReader:
    provider = OpenAICompatibleProvider(ModelEntry(name="m", provider="openai", base_url="http://u"), ProviderContext())
    parser = _ChunkParser(provider._chunks, "m", complete_at_finish=False)
    return ChunkReader(provider._http, parser, done=b"[DONE]", what="sent a stream chunk")


def _read(body: bytes, cut: int) -> list[list[ChatChunk]]:
    reader, batches = _reader(), []
    for start in range(0, len(body), cut):
        batch = reader.feed(body[start:start + cut])
        if batch is not None:
            batches.append(batch)
        if reader.finished:
            break
    assert reader.finished and reader.failure is None
    return batches


@pytest.mark.parametrize("cut", [1, 7, 100, 10_000])
def test_a_read_makes_one_list_of_the_same_chunks(cut: int) -> None:
    body = _openai_body()
    batches = _read(body, cut)
    assert all(batches), "never an empty list"
    flat = [(d.content, d.finish_reason) for b in batches for c in b for d in c.choices]
    assert flat == [(f"t{i} ", None) for i in range(5)] + [(None, "stop")]
    if cut >= len(body):
        assert len(batches) == 1, "one read, one list"


def test_a_broken_event_ends_the_read_after_the_chunks_before_it() -> None:
    """The chunks read before a broken event in the same read are handed on, then the failure."""
    reader = _reader()
    body = _openai_body().split(b"\n\n")
    batch = reader.feed(b"\n\n".join([*body[:2], b"data: {not json", b""]))
    assert batch is not None and [c.choices[0].content for c in batch] == ["t0 ", "t1 "]
    assert reader.finished and isinstance(reader.failure, UpstreamError)


def test_anthropic_stream_is_complete_at_message_stop() -> None:
    provider = OpenAICompatibleProvider(ModelEntry(name="m", provider="openai", base_url="http://u"), ProviderContext())
    reader = ChunkReader(provider._http, AnthropicStream("m", json=False), done=None, what="sent a stream event")
    events = [("message_start", {"message": {"id": "msg_1", "usage": {"input_tokens": 3}}}),
              ("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}}),
              ("content_block_delta", {"index": 0, "delta": {"type": "text_delta", "text": "Hi"}}),
              ("message_delta", {"delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 1}}),
              ("message_stop", {})]
    body = b"".join(b"event: " + k.encode() + b"\ndata: " + json.dumps({"type": k, **v}).encode() + b"\n\n"
                    for k, v in events)
    batch = reader.feed(body + b"event: ping\ndata: {\"type\": \"ping\"}\n\n")
    assert reader.finished and reader.failure is None
    assert batch is not None and [c.choices[0].content if c.choices else "usage" for c in batch] == \
        ["", "Hi", None, "usage"]
    half = ChunkReader(provider._http, AnthropicStream("m", json=False), done=None, what="sent a stream event")
    half.feed(body[:body.index(b"event: message_stop")])
    half.end()
    assert not half.finished, "a body that ends before message_stop is not complete"


# --------------------------------------------------------------------------- the local model


class _Llama:
    """llama.cpp as the local provider uses it: a tokenizer, and a completion that stops after its
    first token until `go` is set (then the rest comes at once)."""

    def __init__(self, go: threading.Event) -> None:
        self.go = go

    def tokenize(self, text: bytes, *, add_bos: bool, special: bool) -> list[bytes]:
        return text.split()

    def create_completion(self, *, stream: bool, **args: Any) -> Iterator[dict[str, Any]]:
        yield {"choices": [{"text": "eins ", "finish_reason": None}]}
        self.go.wait(10)
        for word in ("zwei ", "drei"):
            yield {"choices": [{"text": word, "finish_reason": None}]}
        yield {"choices": [{"text": "", "finish_reason": "stop"}]}


def test_the_local_model_hands_on_what_it_made_meanwhile_in_one_list() -> None:
    """The local model's "network read": the tokens its thread made while the last list was handed
    on go together; the first token is not held back for more."""
    from tarnkappe.providers.local_chat import LocalChatProvider

    go = threading.Event()
    provider = LocalChatProvider(ModelEntry(name="local/m", provider="local", region="local"), ProviderContext())
    provider._llama = _Llama(go)  # type: ignore[assignment]
    provider._loaded.set()
    request = ChatRequest(model="local/m", messages=[Message(role="user", content="zähl")], stream=True)

    async def main() -> list[list[ChatChunk]]:
        stream = provider.stream(request)
        first = await anext(stream)
        go.set()
        await asyncio.sleep(0.5)  # the rest is made meanwhile
        return [first] + [batch async for batch in stream]

    try:
        batches = asyncio.run(main())
    finally:
        go.set()
        provider._executor.shutdown(wait=True)
    assert [[(d.content, d.finish_reason) for c in b for d in c.choices] for b in batches] == [
        [("", None), ("eins ", None)],
        [("zwei ", None), ("drei", None), (None, "stop")],
    ]
    assert batches[-1][-1].usage is not None and batches[-1][-1].usage.completion_tokens == 3


# --------------------------------------------------------------------------- writing to the client


def _frames() -> DataFrames:
    return DataFrames(lambda chunk: {"c": chunk.choices[0].content}, lambda exc: {"error": str(exc)})


class _Client:
    """An ASGI server's side of one response: what was written, write by write."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.written = asyncio.Event()
        self.signal = DisconnectSignal()

    async def send(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body":
            self.bodies.append(message["body"])
            self.written.set()

    async def receive(self) -> dict[str, Any]:
        raise AssertionError("with a signal in the scope, nothing waits in receive()")

    def run(self, response: SSEResponse[Any]) -> asyncio.Task[None]:
        return asyncio.ensure_future(response({"type": "http", SCOPE_KEY: self.signal}, self.receive, self.send))


def test_a_read_is_one_write_and_the_first_is_not_held_back() -> None:
    async def main() -> None:
        second = asyncio.Event()

        async def rest() -> AsyncGenerator[list[ChatChunk], None]:
            await second.wait()
            yield [_text("b"), _text("c")]

        client = _Client()
        task = client.run(SSEResponse([_text("a")], rest(), _frames()))
        await asyncio.wait_for(client.written.wait(), 5)  # written while the next read has not come
        assert client.bodies == [b'data: {"c":"a"}\n\n']
        second.set()
        await asyncio.wait_for(task, 5)
        assert client.bodies[1:] == [b'data: {"c":"b"}\n\ndata: {"c":"c"}\n\n', b"data: [DONE]\n\n"]

    asyncio.run(main())


@pytest.mark.parametrize("where", ["waiting for the upstream", "writing a read"])
def test_a_client_that_leaves_ends_the_upstream_call(where: str) -> None:
    """Gone while the writer waits for the next read, or while it writes one: the source (the
    pipeline's stream, and with it the upstream call) is closed at once, and the response ends
    without an error and without a cancellation left on the request's task."""

    async def main() -> None:
        closed = asyncio.Event()
        client = _Client()

        async def rest() -> AsyncGenerator[list[ChatChunk], None]:
            try:
                yield [_text("b"), _text("c")]
                await asyncio.sleep(30)
                yield [_text("never")]
            finally:
                closed.set()

        if where == "writing a read":
            blocked = asyncio.Event()

            async def slow_send(message: dict[str, Any]) -> None:
                await _Client.send(client, message)
                if message.get("body", b"").startswith(b'data: {"c":"b"}'):
                    blocked.set()
                    await asyncio.sleep(30)  # a client that reads no more

            client.send = slow_send  # type: ignore[method-assign]

        async def request() -> None:
            await SSEResponse([_text("a")], rest(), _frames())({"type": "http", SCOPE_KEY: client.signal},
                                                               client.receive, client.send)
            current = asyncio.current_task()
            assert current is not None and current.cancelling() == 0

        task = asyncio.ensure_future(request())
        if where == "writing a read":
            await asyncio.wait_for(blocked.wait(), 5)
        else:
            while len(client.bodies) < 2:
                await asyncio.sleep(0.01)
        client.signal.fire()
        await asyncio.wait_for(task, 5)
        assert closed.is_set()
        assert b"[DONE]" not in b"".join(client.bodies), "a stream cut off never ends like a complete one"

    asyncio.run(main())


def test_a_client_that_leaves_under_another_server_ends_the_upstream_call() -> None:
    """Without the server's signal, the response watches `receive()` for the disconnect."""

    async def main() -> None:
        closed = asyncio.Event()
        gone = asyncio.Event()
        bodies: list[bytes] = []

        async def rest() -> AsyncGenerator[list[ChatChunk], None]:
            try:
                yield [_text("b")]
                await asyncio.sleep(30)
                yield [_text("never")]
            finally:
                closed.set()

        async def receive() -> dict[str, Any]:
            await gone.wait()
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body":
                bodies.append(message["body"])

        task = asyncio.ensure_future(SSEResponse([_text("a")], rest(), _frames())({"type": "http"}, receive, send))
        while len(bodies) < 2:
            await asyncio.sleep(0.01)
        gone.set()
        await asyncio.wait_for(task, 5)
        assert closed.is_set() and bodies == [b'data: {"c":"a"}\n\n', b'data: {"c":"b"}\n\n']

    asyncio.run(main())


def test_an_error_after_the_first_byte_is_an_error_event_after_the_chunks_of_its_read() -> None:
    async def main() -> None:
        def render(chunk: ChatChunk) -> dict[str, Any]:
            if chunk.choices[0].content == "bad":
                raise UpstreamError("cannot render")
            return {"c": chunk.choices[0].content}

        async def rest() -> AsyncGenerator[list[ChatChunk], None]:
            yield [_text("b"), _text("bad"), _text("c")]

        client = _Client()
        frames = DataFrames(render, lambda exc: {"error": str(exc)})
        await client.run(SSEResponse([_text("a")], rest(), frames))
        assert b"".join(client.bodies) == (b'data: {"c":"a"}\n\ndata: {"c":"b"}\n\n'
                                           b'data: {"error":"cannot render"}\n\n')

        async def failing() -> AsyncGenerator[list[ChatChunk], None]:
            yield [_text("b")]
            raise UpstreamError("upstream broke")

        client = _Client()
        await client.run(SSEResponse([_text("a")], failing(), _frames()))
        assert client.bodies[-1] == b'data: {"error":"upstream broke"}\n\n'

    asyncio.run(main())
