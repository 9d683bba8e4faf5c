"""The fixed bytes of typed Server-Sent Events (Anthropic's Messages API, OpenAI's Responses API),
rendered once, so that an event sent for every piece of a streamed answer costs one JSON encoding
of what varies (the text, always through orjson, so escaped as everywhere else) and a join, rather
than a dict built and encoded whole.

`server/sse_response.py`'s `event_frame` renders the same frame from a dict: a prefix here is that
frame's bytes up to its first variable value, and the renderers that use them are pinned to its
output byte for byte (tests/providers/test_typed_stream_bytes.py).
"""

from __future__ import annotations


def event_prefix(kind: str, key: str) -> bytes:
    """`event: KIND` and the event's JSON up to the value of its second field, `key` (the first is
    its `type`): what `event_frame(kind, {"type": kind, key: …})` starts with."""
    name = kind.encode("ascii")
    return b"event: " + name + b'\ndata: {"type":"' + name + b'","' + key.encode("ascii") + b'":'
