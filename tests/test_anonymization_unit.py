"""Where text lives in a chat request, and that all of it is masked and restored."""

from __future__ import annotations

import asyncio
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tarnkappe.core.types import (
    ChatChunk,
    ChatRequest,
    ChatResult,
    Choice,
    ChoiceDelta,
    ContentPart,
    Message,
    ToolCall,
    ToolCallDelta,
)
from tarnkappe.gateway.anonymization import AnonymizationFailed, mask_request
from tarnkappe.gateway.restore import restore_result, restore_stream
from tarnkappe.privacy import Anonymizer

PERSON = "Anna Meier"
EMAIL = "anna.meier@example.ch"
IBAN = "CH93 0076 2011 6238 5295 7"


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer()


def request() -> ChatRequest:
    return ChatRequest(model="m", messages=[
        Message(role="system", content=f"Kundin: {PERSON}"),
        Message(role="user", content=[ContentPart(type="text", text=f"Schreib an {EMAIL}"),
                                      ContentPart(type="input_text", text=f" Kopie an {EMAIL}")]),
        Message(role="assistant", content=None, tool_calls=[
            ToolCall(id="c1", name="pay", arguments=json.dumps({"iban": IBAN, "to": PERSON}))]),
        Message(role="tool", tool_call_id="c1", content=f"Zahlung an {IBAN} ausgeführt"),
    ])


def test_every_place_is_masked(anonymizer: Anonymizer) -> None:
    chat = request()
    vault = mask_request(anonymizer, chat)
    sent = repr(chat.messages)
    for original in (PERSON, EMAIL, IBAN, IBAN.replace(" ", "")):
        assert original not in sent
    assert "[[" in chat.messages[0].content
    assert json.loads(chat.messages[2].tool_calls[0].arguments)["iban"].startswith("[[")
    # adjacent text parts are one text to the detector (a value may be split across them)
    (merged,) = chat.messages[1].content
    assert merged.text.startswith("Schreib an [[EMAIL_") and EMAIL not in merged.text
    counts = vault.entity_counts()
    assert counts.get("PERSON") == 1 and counts.get("EMAIL") == 1 and counts.get("IBAN") == 1


def test_same_person_same_placeholder_across_messages(anonymizer: Anonymizer) -> None:
    chat = request()
    mask_request(anonymizer, chat)
    system_placeholder = chat.messages[0].content.split(": ")[1]
    assert json.loads(chat.messages[2].tool_calls[0].arguments)["to"] == system_placeholder


def test_person_spellings_are_linked_across_the_whole_request(anonymizer: Anonymizer) -> None:
    """"Frau Meier" in the first message joins "Anna Meier" of a later tool call; a second Meier
    anywhere in the request (here only in the last message) would block that link."""
    def chat(last: str) -> ChatRequest:
        return ChatRequest(model="m", messages=[
            Message(role="user", content="Bitte schreib Frau Meier."),
            Message(role="assistant", content=None, tool_calls=[
                ToolCall(id="c1", name="mail", arguments=json.dumps({"to": PERSON}))]),
            Message(role="user", content=last),
        ])

    linked = chat("Danke.")
    vault = mask_request(anonymizer, linked)
    assert linked.messages[0].content == "Bitte schreib Frau [[PERSON_1_2]]."
    assert json.loads(linked.messages[1].tool_calls[0].arguments) == {"to": "[[PERSON_1]]"}
    assert vault.entity_counts() == {"PERSON": 1}

    ambiguous = chat("Peter Meier ist ihr Bruder.")
    mask_request(anonymizer, ambiguous)
    assert ambiguous.messages[0].content == "Bitte schreib Frau [[PERSON_1]]."
    assert json.loads(ambiguous.messages[1].tool_calls[0].arguments) == {"to": "[[PERSON_2]]"}
    assert ambiguous.messages[2].content == "[[PERSON_3]] ist ihr Bruder."


def test_restore_result(anonymizer: Anonymizer) -> None:
    chat = request()
    vault = mask_request(anonymizer, chat)
    masked_person = chat.messages[0].content.split(": ")[1]
    masked_iban = json.loads(chat.messages[2].tool_calls[0].arguments)["iban"]
    result = ChatResult(id="x", created=0, model="m", choices=[Choice(
        index=0, finish_reason="stop",
        message=Message(role="assistant", content=f"Liebe {masked_person}, erledigt.",
                        tool_calls=[ToolCall(id="c2", name="pay", arguments=json.dumps({"iban": masked_iban}))]))])
    restore_result(result, vault)
    assert result.choices[0].message.content == f"Liebe {PERSON}, erledigt."
    assert json.loads(result.choices[0].message.tool_calls[0].arguments) == {"iban": IBAN}


def test_detector_failure_fails_closed(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("detector crashed")

    monkeypatch.setattr(Anonymizer, "detect", broken)  # under mask and mask_many alike
    chat = request()
    with pytest.raises(AnonymizationFailed):
        mask_request(anonymizer, chat)


async def collect(chunks: list[ChatChunk], vault) -> list[ChatChunk]:
    async def source():
        for chunk in chunks:
            yield chunk
    return [c async for c in restore_stream(source(), vault)]


@settings(max_examples=60, deadline=None)
@given(cuts=st.lists(st.integers(min_value=1, max_value=400), max_size=30))
def test_stream_restore_any_chunking(anonymizer: Anonymizer, cuts: list[int]) -> None:
    chat = ChatRequest(model="m", messages=[Message(role="user", content=f"{PERSON}, {EMAIL}, Grüße")])
    vault = mask_request(anonymizer, chat)
    masked = chat.messages[0].content
    answer = f"Antwort für {masked} — ✓ äöü {masked}."
    positions = sorted({min(c, len(answer)) for c in cuts} | {len(answer)})
    pieces, start = [], 0
    for end in positions:
        if end > start:
            pieces.append(answer[start:end])
            start = end
    chunks = [ChatChunk(id="x", created=0, model="m", choices=[ChoiceDelta(index=0, content=p)]) for p in pieces]
    chunks[-1].choices[0].finish_reason = "stop"
    out = asyncio.run(collect(chunks, vault))
    text = "".join(d.content or "" for c in out for d in c.choices)
    expected = f"Antwort für {PERSON}, {EMAIL}, Grüße — ✓ äöü {PERSON}, {EMAIL}, Grüße."
    assert text == expected
    assert len(out) == len(chunks), "never collapsed, never reordered"


def test_streamed_tool_arguments_are_restored(anonymizer: Anonymizer) -> None:
    chat = ChatRequest(model="m", messages=[Message(role="user", content=f"Pay {IBAN}")])
    vault = mask_request(anonymizer, chat)
    placeholder = chat.messages[0].content.removeprefix("Pay ")
    args = json.dumps({"iban": placeholder})
    chunks = [ChatChunk(id="x", created=0, model="m", choices=[ChoiceDelta(
        index=0, tool_calls=[ToolCallDelta(index=0, id="c", name="pay", arguments="")])])]
    for i in range(0, len(args), 3):
        chunks.append(ChatChunk(id="x", created=0, model="m", choices=[ChoiceDelta(
            index=0, tool_calls=[ToolCallDelta(index=0, arguments=args[i:i + 3])])]))
    chunks.append(ChatChunk(id="x", created=0, model="m", choices=[ChoiceDelta(index=0, finish_reason="tool_calls")]))
    out = asyncio.run(collect(chunks, vault))
    joined = "".join(t.arguments or "" for c in out for d in c.choices for t in d.tool_calls or ())
    assert json.loads(joined) == {"iban": IBAN}
