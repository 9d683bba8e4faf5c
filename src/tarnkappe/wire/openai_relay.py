"""Relaying an OpenAI-compatible upstream's chat stream to a client of the OpenAI dialect.

When the client speaks OpenAI's Chat Completions API, the upstream speaks the same format and
nothing has to be restored (no anonymization), parsing every event into canonical chunks and
rendering them again (wire/openai.py) only to write what came in is most of a stream's cost. Here
each event is read once with orjson, checked, changed where the client must see something else than
the upstream sent, and written again — no canonical objects, one result per network read rather than
per event. What the client sees means what the parsed path (dialects/openai.py's `stream_events`)
would have sent:

- `model` is the name the client asked for, not the upstream's model name;
- usage is always asked of the upstream (metering needs it), so without the client's
  `stream_options.include_usage` the `usage` field is removed from every event and the usage chunk
  is not sent; with it, usage that shares a chunk with choices is split onto a choice-less chunk of
  its own, last, as OpenAI sends it;
- a choice-less chunk is sent only if it is the asked-for usage chunk (an Azure-style prompt-filter
  preamble would break the common `chunk.choices[0]` loop);
- fields an SDK cannot do without (`id`, `object`, `created`, a choice's `index`, `delta` and
  `finish_reason`) are filled in where an upstream left them out, as the parsed path renders them
  (optional ones an upstream leaves out, `system_fingerprint` and `logprobs`, stay out: absent and
  null mean the same to OpenAI's SDKs);
- an in-band `{"error": ...}`, an event that is not JSON or a chunk of the wrong shape (a tool-call
  delta without its index) raises UpstreamError: the client gets an error event, never a silent end,
  and never the upstream's text;
- `data: [DONE]` ends the upstream stream; the dialect writes its own after the last event.

Everything else an event holds is passed on as the upstream sent it (fields the parsed path does not
know, such as a reasoning model's `reasoning_content`, included). Metering reads the usage and the
characters generated (text, tool names and arguments: the estimate when no usage comes).

Most events of a stream differ from each other only in their text (`choices[0].delta.content`), so
each stream learns, from its first such event, the bytes around that text — in the upstream's event
and in what the general path writes for it (`_Template`) — and writes the later ones that differ only
there by joining those bytes around their text, without parsing (issue 18: the general path was
about a quarter of a relayed stream's instructions). What it writes is what the general path would
write (tests/test_relay_template.py compares both over generated streams).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

from tarnkappe.core.errors import UpstreamError
from tarnkappe.core.types import Usage
from tarnkappe.wire.openai import WireFormatError, usage_from_wire

_DONE = b"[DONE]"
_CHUNK = "chat.completion.chunk"

# What a text may not hold to be carried by a template: JSON writes any other text as its own
# UTF-8 bytes between quotes (orjson does, and an upstream that escapes nothing), on both sides.
_NOT_PLAIN = re.compile(rb'["\\\x00-\x1f]')
# The text put into a learned event to find the template's gap: plain, no digits or signs (it cannot
# make a number or a literal of something that was not a string), and in no real event.
_PROBE = "\x7f\u2603tarnkappe relay probe\u2603\x7f"
_PROBE_BYTES = _PROBE.encode()
_LEARNING = 3  # events a stream may learn from (a template that stops matching is learned anew)


@dataclass(frozen=True, slots=True)
class _Template:
    """An event whose only variable is the text of its one choice's delta: the upstream's bytes
    before and after that text (`before`, `after`), and the client's (`out_before`, `out_after`,
    `data: ` and the blank line included)."""

    before: bytes
    after: bytes
    out_before: bytes
    out_after: bytes


@dataclass(slots=True)
class RelayedEvents:
    """The events of one network read as the client will see them (`data`: framed SSE, empty when
    none of them is for the client), and what metering and tracing read of them (`model` is the
    name the client sees, as a parsed chunk's). `last`: nothing follows (the upstream's `[DONE]`
    came, or a failure that is raised next), so the writer can send it with the stream's end."""

    data: bytes
    usage: Usage | None
    completion_chars: int
    model: str
    last: bool = False


class ChunkRelay:
    """One stream's events, from what the upstream sent to what the client sees (see the module's
    docstring). Synchronous and per read, so that the caller's loop has no hop per event."""

    __slots__ = ("model", "include_usage", "provider", "done", "failure", "_usage", "_chars", "_template",
                 "_learning")

    def __init__(self, model: str, *, include_usage: bool, provider: str) -> None:
        self.model = model
        self.include_usage = include_usage
        self.provider = provider
        self.done = False  # `data: [DONE]` came (the stream is complete), or `failure`
        self.failure: UpstreamError | None = None
        self._usage: Usage | None = None  # of the read being relayed
        self._chars = 0
        self._template: _Template | None = None
        self._learning = _LEARNING

    def read(self, events: list[bytes]) -> RelayedEvents | None:
        """The client's bytes for these events' data (one network read's), or None if there were
        none. Events after `[DONE]` are ignored. A broken event raises UpstreamError — unless
        events before it came in the same read: then they are returned, the error is kept as
        `failure` and the stream is over (`done`), so the client gets them before the error."""
        if not events or self.done:
            return None
        self._usage, self._chars = None, 0
        out: list[bytes] = []
        good = 0
        template = self._template
        try:
            for data in events:
                if template is not None:
                    # The learned event with another text (plain, and UTF-8: else the general path
                    # decides) is the learned output with that text.
                    before, after = template.before, template.after
                    end = len(data) - len(after)
                    if data.startswith(before) and data.endswith(after) and end >= len(before):
                        text = data[len(before):end]
                        if _NOT_PLAIN.search(text) is None:
                            if text.isascii():
                                self._chars += len(text)
                                out += (template.out_before, text, template.out_after)
                                good += 1
                                continue
                            try:
                                self._chars += len(text.decode())
                            except UnicodeDecodeError:
                                pass
                            else:
                                out += (template.out_before, text, template.out_after)
                                good += 1
                                continue
                if data == _DONE:
                    self.done = True
                    break
                self._event(data, out)
                good += 1
                if self._learning:
                    self._learning -= 1
                    learned = self._learn(data)
                    if learned is not None:
                        template = self._template = learned
        except UpstreamError as exc:
            if not good:
                raise
            self.failure, self.done = exc, True
        return RelayedEvents(b"".join(out), self._usage, self._chars, self.model, self.done)

    def _event(self, data: bytes, out: list[bytes]) -> None:
        """One event: what the client sees of it appended to `out`, its usage and characters noted."""
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise self._not_json(data) from None
        if type(chunk) is not dict:
            raise self._shape("a chunk needs a choices array")
        if chunk.get("error") is not None:
            raise UpstreamError(f"{self.provider} reported an error in the stream")
        choices = chunk.get("choices")
        if choices is None:
            if "choices" in chunk:
                raise self._shape("a chunk needs a choices array")
            choices = chunk["choices"] = []
        elif type(choices) is not list:
            raise self._shape("a chunk needs a choices array")
        for choice in choices:
            if type(choice) is not dict:
                raise self._shape("each choice must be an object")
            delta = choice.get("delta")
            if delta:
                if type(delta) is not dict:
                    raise self._shape("a choice's delta must be an object")
                content = delta.get("content")
                if type(content) is str:
                    self._chars += len(content)
                calls = delta.get("tool_calls")
                if calls is not None:
                    self._chars += self._tool_call_chars(calls)
            elif delta is None:
                choice["delta"] = {}
            if "index" not in choice or "finish_reason" not in choice:
                choice.setdefault("index", 0)
                choice.setdefault("finish_reason", None)
        raw_usage = chunk.get("usage")
        if raw_usage is not None:
            try:
                self._usage = usage_from_wire(raw_usage)
            except WireFormatError as exc:
                raise self._shape(str(exc)) from None
        chunk["model"] = self.model
        if "id" not in chunk or "created" not in chunk or chunk.get("object") != _CHUNK:
            _fill_chunk(chunk)
        if not self.include_usage:
            if choices:
                chunk.pop("usage", None)
                out.append(b"data: " + orjson.dumps(chunk) + b"\n\n")
        elif raw_usage is not None and choices:
            # Usage travels alone, on the last, choice-less chunk.
            chunk["usage"] = None
            out.append(b"data: " + orjson.dumps(chunk) + b"\n\n")
            chunk["usage"], chunk["choices"] = raw_usage, []
            out.append(b"data: " + orjson.dumps(chunk) + b"\n\n")
        elif choices or raw_usage is not None:
            out.append(b"data: " + orjson.dumps(chunk) + b"\n\n")

    def _learn(self, data: bytes) -> _Template | None:
        """The template of an event the general path has just written, if its only variable is the
        text of its one choice's delta (no usage, no tool calls, nothing else counted), written
        plainly; else None. The gap is proved, not guessed: the event with another text there must
        read as the same event with that text, and the general path's output for it must hold that
        text once."""
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            return None
        if type(chunk) is not dict or chunk.get("usage") is not None or chunk.get("error") is not None:
            return None
        choices = chunk.get("choices")
        if type(choices) is not list or len(choices) != 1 or type(choices[0]) is not dict:
            return None
        delta = choices[0].get("delta")
        if type(delta) is not dict or len(delta) != 1:
            return None
        text = delta.get("content")
        if type(text) is not str or text == _PROBE:
            return None
        raw = text.encode()
        if _NOT_PLAIN.search(raw) is not None:
            return None
        at = data.rfind(b'"' + raw + b'"')
        if at < 0:
            return None
        before, after = data[:at + 1], data[at + 1 + len(raw):]
        probe = before + _PROBE_BYTES + after
        delta["content"] = _PROBE
        try:
            if orjson.loads(probe) != chunk:
                return None
        except orjson.JSONDecodeError:
            return None
        usage, chars = self._usage, self._chars
        out: list[bytes] = []
        try:
            self._event(probe, out)
        except UpstreamError:
            return None
        finally:
            self._usage, self._chars = usage, chars
        if len(out) != 1:
            return None
        written = out[0]
        at = written.find(_PROBE_BYTES)
        if at < 0 or written.find(_PROBE_BYTES, at + 1) >= 0:
            return None
        return _Template(before, after, written[:at], written[at + len(_PROBE_BYTES):])

    def _tool_call_chars(self, calls: Any) -> int:
        """The characters of tool-call deltas (names, arguments); every delta needs its integer
        index, which a client assembles parallel calls by (as wire.chunks_from_wire refuses)."""
        if type(calls) is not list:
            raise self._shape("delta.tool_calls must be an array")
        chars = 0
        for call in calls:
            if type(call) is not dict or type(call.get("index")) is not int:
                raise self._shape("every tool-call delta needs an integer index")
            function = call.get("function")
            if type(function) is dict:
                for value in (function.get("name"), function.get("arguments")):
                    if type(value) is str:
                        chars += len(value)
        return chars

    def _shape(self, problem: str) -> UpstreamError:
        # The text names a field, never content (as UpstreamHTTP.shape_error).
        return UpstreamError(f"{self.provider} sent a stream chunk in an unexpected shape: {problem}")

    def _not_json(self, data: bytes) -> UpstreamError:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return UpstreamError(f"{self.provider} sent a stream that is not valid UTF-8")
        return UpstreamError(f"{self.provider} sent a stream event that is not JSON")


def _fill_chunk(chunk: dict[str, Any]) -> None:
    """What the parsed path always renders and an upstream may leave out: `id` ("" if absent),
    `object`, `created` (0)."""
    chunk["id"] = str(chunk.get("id") or "")
    chunk["object"] = _CHUNK
    chunk["created"] = chunk.get("created") or 0
