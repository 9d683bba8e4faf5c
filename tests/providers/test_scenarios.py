"""The one provider suite: every scenario written once, run over every provider × dialect (OpenAI
Chat Completions and Responses, PeakPrivacy, Anthropic's Messages API) × anonymization off/on,
through a real gateway. Plain, streamed, JSON mode, tools, usage, filters, errors, safe_prompt and
masking must look the same whoever answers.

A scenario is skipped only where a provider's declared capabilities (core/capabilities.py) or a
dialect's own vocabulary (tests/providers/dialects.py) exclude it; a parameter a provider refuses
is asserted as the refusal instead. The scripted upstreams answer from one vocabulary
(tests/fakes/scenarios.py). The embedded local model cannot be scripted: it runs the plain and
streamed scenarios only (in every dialect × anonymization), with what a real model can promise.

Adding a provider: its fake and catalog fields in conftest.py; adding a dialect: its client in
dialects.py. Both are then covered by every scenario here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import orjson
import pytest

from tarnkappe.core.capabilities import PROVIDERS as DECLARED
from tarnkappe.core.capabilities import ProviderCapabilities
from tarnkappe.gateway.safety import SAFE_PROMPT
from tests.conftest import RunningGateway
from tests.fakes.scenarios import COMPLETION_TOKENS, UpstreamLog
from tests.providers.conftest import PROVIDERS as NATIVE
from tests.providers.conftest import NativeGateway
from tests.providers.dialects import (
    DIALECTS,
    Answer,
    AnthropicDialect,
    DialectError,
    OpenAIDialect,
    PeakPrivacyDialect,
    ResponsesDialect,
)

EMAIL = "anna.meier@example.ch"  # personal data: masked upstream, restored for the client
LOCAL_MODEL = "local/gemma-3-270m"
TOOLS = [{"type": "function", "function": {"name": "search", "parameters": {"type": "object"}}},
         {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]


@dataclass
class Target:
    """One provider behind one gateway, spoken to in one dialect, with or without anonymization."""

    provider: str
    dialect: OpenAIDialect | PeakPrivacyDialect | AnthropicDialect | ResponsesDialect
    anonymize: bool
    capabilities: ProviderCapabilities
    upstream: UpstreamLog | None  # what the scripted fake received (None: the local model)
    model: Callable[[str], str]  # scenario → catalog model

    def chat(self, scenario: str, text: str, **params: object) -> Answer:
        messages = [{"role": "system", "content": "be brief"}, {"role": "user", "content": text}]
        return self.dialect.chat(self.model(scenario), messages, anonymize=self.anonymize, **params)

    def text(self, marker: str) -> str:
        """The user text of a scenario: with anonymization on, it carries personal data."""
        return f"{marker} {EMAIL}" if self.anonymize else marker

    def received(self, marker: str) -> dict[str, object]:
        """The body the upstream received for this marker; with anonymization on, free of the
        personal data (the client's answer has it back)."""
        assert self.upstream is not None
        (received,) = self.upstream.find(marker)
        if self.anonymize:
            raw = json.dumps(received.body, ensure_ascii=False)
            assert EMAIL not in raw and "[[" in raw, f"{EMAIL} reached {self.provider}"
        return received.body

    def require(self, what: str, ok: bool) -> None:
        if not ok:
            pytest.skip(f"{self.provider} via {self.dialect.name}: no {what}")


def _combinations(providers: list[str], anonymization: tuple[bool, ...] = (False, True)) -> list[object]:
    return [
        pytest.param(provider, dialect, anonymize, marks=[pytest.mark.local_models] if provider == "local" else [],
                     id=f"{provider}-{dialect}-{'anonymized' if anonymize else 'plain'}")
        for provider in providers
        for dialect in DIALECTS
        for anonymize in anonymization
    ]


# Every provider × dialect × anonymization; the local model only where a real model can be asserted.
EVERY_PROVIDER = pytest.mark.parametrize("provider, dialect_name, anonymize", _combinations([*NATIVE, "local"]))
SCRIPTED = pytest.mark.parametrize("provider, dialect_name, anonymize", _combinations(NATIVE))
ANONYMIZED = pytest.mark.parametrize("provider, dialect_name, anonymize", _combinations(NATIVE, (True,)))


@pytest.fixture
def target(request: pytest.FixtureRequest, provider: str, dialect_name: str, anonymize: bool) -> Target:
    dialect_class = DIALECTS[dialect_name]
    if provider == "local":
        gateway: RunningGateway = request.getfixturevalue("gateway")
        return Target(provider, dialect_class(gateway.base_url, gateway.key), anonymize, DECLARED["local"], None,
                      lambda scenario: LOCAL_MODEL)
    native: NativeGateway = request.getfixturevalue("native_gateway")
    declared = DECLARED["gemini" if provider == "vertex" else provider]
    return Target(provider, dialect_class(native.base_url, native.key), anonymize, declared,
                  native.upstreams[provider], lambda scenario: f"{provider}/{scenario}")


# --------------------------------------------------------------------------- answers


@EVERY_PROVIDER
def test_plain(target: Target, marker: str) -> None:
    if target.upstream is None:
        answer = target.chat("echo", "Say hello.", max_tokens=8)
        assert answer.text and answer.finish_reasons[0] in ("stop", "length")
        assert answer.usage is not None and answer.usage[1] >= 1
        return
    answer = target.chat("echo", target.text(marker))
    assert answer.text == f"echo: {target.text(marker)}"
    assert answer.finish_reasons == ["stop"]
    assert answer.usage is not None
    prompt, completion, total = answer.usage
    assert completion == COMPLETION_TOKENS and prompt >= 1 and total == prompt + completion
    target.received(marker)


@EVERY_PROVIDER
def test_streamed(target: Target, marker: str) -> None:
    usage = {"stream_options": {"include_usage": True}} if target.dialect.stream_usage else {}
    if target.upstream is None:
        answer = target.chat("echo", "Count: one, two,", stream=True, max_tokens=8, **usage)
        assert answer.text and answer.finish_reasons[-1:] in (["stop"], ["length"])
        return
    answer = target.chat("echo", target.text(marker), stream=True, **usage)
    assert answer.pieces > 2, "a stream is never collapsed into one chunk"
    assert answer.text == f"echo: {target.text(marker)}"
    assert answer.finish_reasons == ["stop"]
    if usage:
        assert answer.usage is not None and answer.usage[1] == COMPLETION_TOKENS
        assert answer.choice_less_chunks == 1, "only the usage chunk comes without choices"
    target.received(marker)


@SCRIPTED
def test_streamed_without_usage(target: Target, marker: str) -> None:
    target.require("stream without usage (its message_delta always has it)", not target.dialect.usage_always)
    answer = target.chat("echo", target.text(marker), stream=True)
    assert answer.choice_less_chunks == 0, "no choice-less chunk unless the client asked for usage"
    assert answer.usage is None
    assert answer.text == f"echo: {target.text(marker)}"


@SCRIPTED
@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_json_mode(target: Target, marker: str, stream: bool) -> None:
    target.require("response_format", target.dialect.response_format)
    target.require("JSON output", target.capabilities.json_schema)
    answer = target.chat("echo", target.text(marker), stream=stream, response_format={"type": "json_object"})
    assert json.loads(answer.text) == {"echo": target.text(marker)}
    assert answer.finish_reasons == ["stop"]


# --------------------------------------------------------------------------- tools


@SCRIPTED
@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_tools(target: Target, marker: str, stream: bool) -> None:
    target.require("tools", target.dialect.tools)
    if "tools" in target.capabilities.refused:
        with pytest.raises(DialectError) as info:
            target.chat("tools", target.text(marker), stream=stream, tools=TOOLS)
        assert info.value.status == 400 and info.value.param == "tools"
        return
    answer = target.chat("tools", target.text(marker), stream=stream, tools=TOOLS)
    assert answer.finish_reasons == ["tool_calls"]
    assert [name for _, name, _ in answer.tool_calls] == ["search", "lookup"]
    assert [json.loads(arguments) for _, _, arguments in answer.tool_calls] == [
        {"query": target.text(marker), "n": 0}, {"query": target.text(marker), "n": 1}]
    assert len({call_id for call_id, _, _ in answer.tool_calls}) == 2
    target.received(marker)


@SCRIPTED
def test_tool_results_go_back_upstream(target: Target, marker: str) -> None:
    target.require("tools", target.dialect.tools and target.capabilities.tools)
    messages = [
        {"role": "user", "content": "look it up"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call9abcd", "type": "function", "function": {"name": "search", "arguments": '{"q": 1}'}}]},
        {"role": "tool", "tool_call_id": "call9abcd", "content": '{"hits": 3}'},
        {"role": "user", "content": target.text(marker)},
    ]
    answer = target.dialect.chat(target.model("echo"), messages, anonymize=target.anonymize, tools=TOOLS)
    assert answer.text == f"echo: {target.text(marker)}"
    target.received(marker)


# --------------------------------------------------------------------------- filters and errors


@SCRIPTED
@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_safety_filter_is_content_filter(target: Target, stream: bool) -> None:
    target.require("filtering finish reason", target.capabilities.content_filter)
    answer = target.chat("filtered", "something nasty", stream=stream)
    assert answer.finish_reasons == ["content_filter"]


@SCRIPTED
@pytest.mark.parametrize("scenario, status", [("status-400", 400), ("status-429", 429), ("status-500", 502)])
@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_upstream_errors(target: Target, scenario: str, status: int, stream: bool) -> None:
    with pytest.raises(DialectError) as info:
        target.chat(scenario, "x", stream=stream)
    assert info.value.status == status and not info.value.in_band
    assert "fake" not in info.value.message or status == 400  # upstream text only for the client's own mistakes
    if status == 429:
        assert info.value.headers["retry-after"]


@SCRIPTED
def test_error_after_first_byte(target: Target, marker: str) -> None:
    with pytest.raises(DialectError) as info:
        target.chat("cut", target.text(marker), stream=True)
    assert info.value.in_band and "stream" in info.value.message


# --------------------------------------------------------------------------- safe_prompt and masking


@SCRIPTED
def test_safe_prompt_is_native_or_emulated_never_both(target: Target, marker: str) -> None:
    """A provider with its own switch (Mistral) gets the flag and no emulated system prompt; every
    other provider gets the guardrail as a system message, and no flag."""
    target.chat("echo", target.text(marker), safe_prompt=True)
    sent = target.received(marker)
    raw = orjson.dumps(sent).decode()
    if target.capabilities.native_safe_prompt:
        assert sent["safe_prompt"] is True and SAFE_PROMPT not in raw
    else:
        assert "safe_prompt" not in sent and SAFE_PROMPT in raw


@ANONYMIZED
def test_no_personal_value_in_any_field(target: Target, marker: str) -> None:
    """Every field a dialect can carry and a protocol can send on (Anthropic's metadata.user_id,
    Gemini's systemInstruction and function declarations, the OpenAI-shaped bodies)."""
    person, iban = "Anna Meier", "CH93 0076 2011 6238 5295 7"
    params: dict[str, object] = {}
    messages: list[dict[str, object]] = [{"role": "system", "content": f"Kundin {person}"},
                                         {"role": "user", "content": f"{marker} {EMAIL} {iban}"}]
    if target.dialect.tools:  # what only the OpenAI dialect carries
        params = {"user": EMAIL, "stop": [iban]}
        messages[1]["name"] = "Anna"
        if target.capabilities.tools:
            params["tools"] = [{"type": "function", "function": {
                "name": "send_mail", "description": f"Mail an {person}",
                "parameters": {"type": "object", "properties": {"to": {"type": "string", "enum": [EMAIL]}}}}}]
    target.dialect.chat(target.model("echo"), messages, anonymize=True, **params)
    assert target.upstream is not None
    (received,) = target.upstream.find(marker)
    raw = json.dumps(received.body, ensure_ascii=False) + json.dumps(received.body) + received.path
    for value in (person, EMAIL, iban, iban.replace(" ", ""), json.dumps(EMAIL)):
        assert value.strip('"') not in raw, f"{value} reached {target.provider}"
