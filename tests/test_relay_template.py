"""The relay's learned templates (wire/openai_relay.py, issue 18): a stream's events that differ from
a learned one only in their text are written by joining the learned bytes around that text. Here
every stream is relayed twice — as it is, and with learning switched off (`_learning = 0`: the
general path alone, event by event, as before templates existed) — and both must give the same
bytes, usage, character counts, ends and errors for every read, over generated streams: upstreams'
spellings (spaces, key orders, escapes, extra fields), texts of every kind, and events whose text
bytes are replaced by anything (quotes, backslashes, control characters, broken UTF-8)."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from tarnkappe.core.errors import UpstreamError
from tarnkappe.wire.openai_relay import _PROBE, ChunkRelay

ALPHABET = ["a", "b", " ", "tok", "Grüezi", "é", "ß", "€", "😀", "\u2028", "\x7f", "/", "\"", "\\", "\n", "\t",
            "\x00", "\x1f", "{", "}", ":", ",", "[DONE]", "data: ", "content", "\"content\": \"", _PROBE[:3]]
BAD_BYTES = [b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\"", b"\\", b"\x00", b"\n",
             b"\x1f", b"\x7f", b"\xc3\xa9", b"\xf0\x9f\x98\x80", b"}", b"a"]


def text(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.choice([0, 1, 1, 2, 3, 6])))


class Upstream:
    """One generated upstream's way of writing a stream's chunks."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.separators = rng.choice([(",", ":"), (", ", ": "), (",", ": "), (" , ", " : ")])
        self.ensure_ascii = rng.random() < 0.3
        self.base: dict[str, Any] = {}
        fields: list[tuple[str, Any]] = [("id", rng.choice(["chatcmpl-1", "", "x\"y", "tok", "é"])),
                                         ("object", rng.choice(["chat.completion.chunk"] * 5 + ["other"])),
                                         ("created", rng.choice([1796441724, 0, 5])),
                                         ("model", rng.choice(["gpt-x", "bench", "tok"]))]
        if rng.random() < 0.3:
            fields.append(("system_fingerprint", "fp_1"))
        rng.shuffle(fields)
        for key, value in fields:
            if rng.random() < 0.9:
                self.base[key] = value
        self.varying = rng.random() < 0.15  # a field that changes every event (e.g. obfuscation)
        self.logprobs = rng.random() < 0.3
        self.choice_order = rng.random() < 0.2

    def dump(self, chunk: dict[str, Any]) -> bytes:
        data = json.dumps(chunk, separators=self.separators, ensure_ascii=self.ensure_ascii).encode()
        if self.rng.random() < 0.05:
            data = b" " + data + b" "
        return data

    def choice(self, delta: dict[str, Any] | None, finish: str | None = None, index: int = 0) -> dict[str, Any]:
        choice: dict[str, Any] = {"index": index, "delta": delta, "finish_reason": finish}
        if self.logprobs:
            choice["logprobs"] = None
        if self.choice_order:
            choice = dict(reversed(list(choice.items())))
        rng = self.rng
        if rng.random() < 0.05:
            choice.pop("index")
        if rng.random() < 0.05:
            choice.pop("finish_reason")
        if rng.random() < 0.03:
            choice.pop("delta")
        return choice

    def chunk(self, **fields: Any) -> bytes:
        chunk = {**self.base, **fields}
        if self.varying:
            chunk["obfuscation"] = text(self.rng)
        return self.dump(chunk)

    def event(self) -> bytes:
        rng = self.rng
        kind = rng.random()
        if kind < 0.6:
            return self.chunk(choices=[self.choice({"content": text(rng)})])
        if kind < 0.65:
            return self.chunk(choices=[self.choice({"role": "assistant", "content": text(rng)})])
        if kind < 0.7:
            return self.chunk(choices=[self.choice({}, finish="stop")])
        if kind < 0.74:
            usage = {"prompt_tokens": rng.randint(0, 9), "completion_tokens": rng.randint(0, 9), "total_tokens": 9}
            return self.chunk(choices=rng.choice([[], [self.choice({"content": text(rng)})]]), usage=usage)
        if kind < 0.77:
            return self.chunk(choices=[self.choice({"content": text(rng)}), self.choice({"content": "b"}, index=1)])
        if kind < 0.8:
            call = {"index": rng.choice([0, "0"]), "function": {"name": "f", "arguments": text(rng)}}
            return self.chunk(choices=[self.choice({"tool_calls": [call]})])
        if kind < 0.82:
            return self.chunk(choices=[self.choice({"content": text(rng)})], usage=None)
        if kind < 0.84:
            return self.chunk(error={"message": "boom"})
        if kind < 0.86:
            return self.chunk(choices=[self.choice({"content": rng.choice([None, 5, ["x"]])})])
        if kind < 0.88:
            return rng.choice([b"not json", b"[DONE]", b"", b"{\"choices\": null}", b"[]", b"\xff\xfe"])
        # An event of the commonest shape with its text's bytes replaced by anything.
        marker = "\u2603MARK\u2603"
        data = self.chunk(choices=[self.choice({"content": marker})])
        raw = marker.encode() if not self.ensure_ascii else json.dumps(marker)[1:-1].encode()
        junk = b"".join(rng.choice(BAD_BYTES) for _ in range(rng.randint(0, 4)))
        return data.replace(raw, junk)


def relay_reads(reads: list[list[bytes]], *, include_usage: bool, learn: bool) -> list[Any]:
    relay = ChunkRelay("catalog/model", include_usage=include_usage, provider="openai")
    if not learn:
        relay._learning = 0
    results: list[Any] = []
    for events in reads:
        try:
            out = relay.read(events)
        except UpstreamError as exc:
            results.append(("raised", str(exc)))
            break
        results.append(None if out is None else (out.data, out.usage, out.completion_chars, out.model, out.last))
        results.append((relay.done, str(relay.failure) if relay.failure else None))
    return results


@pytest.mark.parametrize("seed", range(6))
def test_templates_write_what_the_general_path_writes(seed: int) -> None:
    rng = random.Random(seed)
    templated = 0
    for _ in range(500):
        upstream = Upstream(rng)
        events = [upstream.event() for _ in range(rng.randint(1, 30))]
        if rng.random() < 0.5:  # mostly text, as real streams are
            events = [upstream.chunk(choices=[upstream.choice({"content": text(rng)})])
                      for _ in range(rng.randint(1, 12))] + events
        if rng.random() < 0.7:
            events.append(b"[DONE]")
        reads: list[list[bytes]] = []
        while events:
            size = rng.randint(1, 8)
            reads.append(events[:size])
            events = events[size:]
        for include_usage in (False, True):
            learned = relay_reads(reads, include_usage=include_usage, learn=True)
            assert learned == relay_reads(reads, include_usage=include_usage, learn=False)
        relay = ChunkRelay("catalog/model", include_usage=False, provider="openai")
        for events in reads:
            try:
                relay.read(events)
            except UpstreamError:
                break
        templated += relay._template is not None
    assert templated > 100  # the comparison did exercise templates


def test_a_plain_stream_is_written_from_its_template() -> None:
    upstream = Upstream(random.Random(1))
    upstream.base = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "up"}
    upstream.varying = upstream.logprobs = upstream.choice_order = False
    events = [upstream.chunk(choices=[{"index": 0, "delta": {"content": f"tok{i} é"}, "finish_reason": None}])
              for i in range(5)]
    relay = ChunkRelay("catalog/model", include_usage=False, provider="openai")
    out = relay.read(events)
    assert relay._template is not None
    assert out is not None and out.completion_chars == sum(len(f"tok{i} é") for i in range(5))
    assert out.data.count(b'"model":"catalog/model"') == 5
