"""The protocol's own words sent verbatim (roles, part and tool types) are judged once per anonymizer
(gateway/anonymization.py's VerbatimKinds) and every identifier's words once per request: a request
must be refused or sent exactly as when each identifier was asked of the detectors on its own."""

from __future__ import annotations

from typing import Any

import pytest

from tarnkappe.core.errors import InvalidRequest
from tarnkappe.core.types import ChatRequest, ContentPart, Message, Tool, ToolCall
from tarnkappe.gateway.anonymization import PROTOCOL_WORDS, VerbatimKinds, kinds_in_words, mask_request
from tarnkappe.privacy import Anonymizer, PrivacyConfig


class _Counting:
    """An anonymizer that counts what it is asked to detect."""

    def __init__(self, anonymizer: Anonymizer) -> None:
        self._anonymizer = anonymizer
        self.detected: list[str] = []

    def detect(self, text: str, **kwargs: Any) -> Any:
        self.detected.append(text)
        return self._anonymizer.detect(text, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._anonymizer, name)


def _request() -> ChatRequest:
    return ChatRequest(model="m", messages=[
        Message(role="system", content="Du hilfst Anna Meier."),
        Message(role="user", content=[ContentPart(type="text", text="Schreib an anna.meier@example.ch")]),
        Message(role="assistant", content=None,
                tool_calls=[ToolCall(id="c1", name="send_mail", arguments='{"to": "anna.meier@example.ch"}')]),
        Message(role="tool", content="ok", tool_call_id="c1"),
        Message(role="user", content="Danke"),
        Message(role="assistant", content="Gern."),
        Message(role="user", content="Und nochmals an Anna?"),
    ], tools=[Tool(name="send_mail", description="Sendet eine Mail", parameters={"type": "object"})])


def _outcome(anonymizer: Any, verbatim: VerbatimKinds | None) -> tuple[str, Any]:
    request = _request()
    try:
        mask_request(anonymizer, request, verbatim)
    except InvalidRequest as exc:
        return "refused", (exc.param, str(exc))
    return "sent", [(m.role, m.content) for m in request.messages]


@pytest.mark.parametrize("deny", [(), ("assistant",), ("text",), ("function",), ("Send",), ("Mail",), ("user", "tool")])
def test_a_request_is_refused_or_sent_as_when_every_identifier_was_asked(deny: tuple[str, ...]) -> None:
    anonymizer = Anonymizer(PrivacyConfig(deny_terms=deny, learned_names=False))
    assert _outcome(anonymizer, VerbatimKinds(anonymizer)) == _outcome(anonymizer, None)
    if "assistant" in deny:
        assert _outcome(anonymizer, VerbatimKinds(anonymizer))[1][0] == "messages[2].role"


def test_the_table_holds_what_the_detectors_find_in_each_word() -> None:
    anonymizer = Anonymizer(PrivacyConfig(deny_terms=("model", "input text"), learned_names=False))
    verbatim = VerbatimKinds(anonymizer)
    assert set(verbatim.known) == PROTOCOL_WORDS
    assert all(verbatim.known[w] == kinds_in_words(anonymizer, w) for w in PROTOCOL_WORDS)
    assert verbatim.known["model"] == {"TERM"} and verbatim.known["input text"] == {"TERM"}


def test_each_identifier_is_asked_once_per_request_and_the_protocol_words_never() -> None:
    counting = _Counting(Anonymizer(PrivacyConfig(learned_names=False)))
    verbatim = VerbatimKinds(counting)  # type: ignore[arg-type]
    counting.detected.clear()
    assert _outcome(counting, verbatim)[0] == "sent"
    assert counting.detected == ["send mail"]  # the tool's name (twice in the request), no role or type
    counting.detected.clear()
    assert _outcome(counting, None)[0] == "sent"
    assert sorted(counting.detected) == ["assistant", "function", "send mail", "system", "text", "tool", "user"]


def test_the_table_of_another_anonymizer_is_not_used() -> None:
    strict = Anonymizer(PrivacyConfig(deny_terms=("user",), learned_names=False))
    lenient = Anonymizer(PrivacyConfig(learned_names=False))
    assert _outcome(strict, VerbatimKinds(lenient))[0] == "refused"


def test_a_word_whose_detection_fails_is_left_to_the_request(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(Anonymizer(PrivacyConfig(learned_names=False)))

    def broken(text: str, **kwargs: Any) -> Any:
        raise RuntimeError("detector down")

    monkeypatch.setattr(counting, "detect", broken)
    verbatim = VerbatimKinds(counting)  # type: ignore[arg-type]
    assert not verbatim.known
