"""The plain-body shortcut of the Chat Completions parser (dialects/openai.py: `_plain_chat_request`)
gives exactly what the pydantic model gives — the same ChatRequest, or the same 400 (message and
parameter) — over many generated bodies: every field it checks itself with values of every JSON
type, in and out of bounds, edge values, nulls, unknown fields, fields it leaves to the model."""

from __future__ import annotations

import random
from typing import Any

import pytest

from tarnkappe.core.errors import InvalidRequest
from tarnkappe.dialects import openai as dialect

_VALUES: list[Any] = [None, True, False, 0, 1, 2, 3, -1, 128, 129, 2**31 - 1, 2**31, 0.0, 0.5, 1.0, 1.5, 2.0, 2.0000001,
                      -0.0, -2.0, 1e300, "", "x", "1", "true", [], [1], ["a"], {}, {"include_usage": True},
                      {"include_usage": "yes"}, {"include_usage": None, "other": 1}, {"include_usage": False}]
_FIELDS = ["stream", "stream_options", "temperature", "top_p", "max_tokens", "max_completion_tokens", "n", "user",
           "anonymize"]
_MESSAGES: list[Any] = [
    [{"role": "user", "content": "Hallo"}],
    [{"role": "system", "content": "Be brief."}, {"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
    [{"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function",
                                                            "function": {"name": "f", "arguments": "{}"}}]},
     {"role": "tool", "tool_call_id": "c1", "content": "42"}],
    [{"role": "wizard", "content": "x"}], [{"content": "x"}], [{"role": "user"}], ["not an object"], [], None, "x",
]


_VALID: dict[str, list[Any]] = {
    "stream": [True, False, None], "stream_options": [None, {}, {"include_usage": True}, {"include_usage": False}],
    "temperature": [0, 1, 2, 0.7, 2.0, None], "top_p": [0, 1, 0.95, None], "max_tokens": [1, 100, 2**31 - 1, None],
    "max_completion_tokens": [1, 64, None], "n": [1, 2, 128, None], "user": ["", "u-1", None],
    "anonymize": [True, False, None],
}


def _body(rng: random.Random) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if rng.random() < 0.95:
        body["model"] = rng.choice(["gpt-4o", "gpt-4o", "", None, 3])
    if rng.random() < 0.97:
        body["messages"] = rng.choice(_MESSAGES[:3] * 6 + _MESSAGES[3:])
    for name in rng.sample(_FIELDS, rng.randint(0, len(_FIELDS))):
        body[name] = rng.choice(_VALID[name]) if rng.random() < 0.85 else rng.choice(_VALUES)
    if rng.random() < 0.2:
        body["unknown_field"] = rng.choice(_VALUES)
    if rng.random() < 0.1:  # a field the shortcut leaves to the model
        body[rng.choice(["seed", "stop", "tools", "tool_choice", "logprobs", "reasoning_effort"])] = rng.choice(_VALUES)
    return body


def _parse(body: dict[str, Any]) -> object:
    try:
        return dialect.parse_chat_request(body)
    except InvalidRequest as exc:
        return ("400", exc.message, exc.param)


@pytest.mark.parametrize("seed", range(4))
def test_same_request_or_error_as_the_model(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    bodies = [_body(rng) for _ in range(1500)]
    fast = [_parse(body) for body in bodies]
    monkeypatch.setattr(dialect, "_plain_chat_request", lambda data: None)
    slow = [_parse(body) for body in bodies]
    plain = 0
    for body, got, expected in zip(bodies, fast, slow, strict=True):
        assert got == expected, body
        if not isinstance(expected, tuple):
            assert type(got.temperature) is type(expected.temperature)  # 1 -> 1.0, as the model makes it
            plain += 1
    assert plain > 200  # many bodies were parsed both ways, not only refused


def test_a_typical_sdk_body_takes_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: dict[str, Any]) -> Any:
        raise AssertionError("the model was asked")

    monkeypatch.setattr(dialect.ChatCompletionBody, "model_validate", refuse)
    request = dialect.parse_chat_request({
        "model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}], "stream": True,
        "stream_options": {"include_usage": True}, "temperature": 1, "max_completion_tokens": 100, "user": "u1",
    })
    assert request.stream and request.include_usage and request.temperature == 1.0
    assert request.max_tokens == 100 and request.user == "u1" and request.n == 1
