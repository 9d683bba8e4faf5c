"""The canonical, dialect-free types that every layer of the gateway speaks.

The HTTP dialects (`server/`) parse their bodies into these and render these back; the providers
(`providers/`) turn them into each upstream's wire format and back. Nothing here knows about HTTP,
keys or any one provider. They are plain slotted dataclasses rather than pydantic models because
they are built and read on the hot path of every request and every stream chunk; validation happens
once, at the edge that receives untrusted input.

Streams are async iterators of `ChatChunk`, end to end, so that restore and metering work the same
for every provider and every dialect.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

Role = Literal["system", "developer", "user", "assistant", "tool"]


@dataclass(slots=True)
class ContentPart:
    """One part of an array-of-parts message content.

    `text` is set for text parts; every other part type (image_url, input_audio, file) keeps its
    payload in `data` untouched, so providers that understand it can pass it on.
    """

    type: str
    text: str | None = None
    data: dict[str, Any] | None = None


@dataclass(slots=True)
class ToolCall:
    """A complete function call made by the assistant (non-streamed form)."""

    id: str
    name: str
    arguments: str
    type: str = "function"


@dataclass(slots=True)
class Message:
    role: str
    content: str | list[ContentPart] | None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None
    refusal: str | None = None

    def text(self) -> str:
        """The message's text, with the text parts of a multi-part content joined."""
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(part.text or "" for part in self.content if part.type == "text")


@dataclass(slots=True)
class Tool:
    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


@dataclass(slots=True)
class ResponseFormat:
    type: Literal["text", "json_object", "json_schema"]
    schema: dict[str, Any] | None = None
    schema_name: str | None = None
    strict: bool | None = None


@dataclass(slots=True)
class ChatRequest:
    """What the client wants, independent of the dialect it asked in.

    `model` is the catalog name the client sent. `include_usage` records whether the *client*
    asked for the usage chunk of a stream; providers always ask their upstream for usage anyway,
    because metering needs it.
    """

    model: str
    messages: list[Message]
    stream: bool = False
    include_usage: bool = False
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    stop: list[str] | None = None
    seed: int | None = None
    n: int = 1
    response_format: ResponseFormat | None = None
    tools: list[Tool] | None = None
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    logit_bias: dict[str, float] | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    user: str | None = None
    reasoning_effort: str | None = None
    safe_prompt: bool | None = None
    anonymize: bool | None = None


@dataclass(slots=True)
class Usage:
    """Token counts as reported by the upstream (or estimated, and then marked so)."""

    prompt_tokens: int
    completion_tokens: int = 0
    total_tokens: int | None = None
    prompt_tokens_details: dict[str, Any] | None = None
    completion_tokens_details: dict[str, Any] | None = None
    estimated: bool = False

    def __post_init__(self) -> None:
        if self.total_tokens is None:
            self.total_tokens = self.prompt_tokens + self.completion_tokens


@dataclass(slots=True)
class Choice:
    index: int
    message: Message
    finish_reason: str | None
    logprobs: dict[str, Any] | None = None


@dataclass(slots=True)
class ChatResult:
    id: str
    created: int
    model: str
    choices: list[Choice]
    usage: Usage | None = None
    system_fingerprint: str | None = None
    # Provider-specific, client-visible extras that some upstreams add (Perplexity's citations,
    # Azure's content filter results). Passed through verbatim.
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ToolCallDelta:
    """A piece of a streamed tool call. The first piece of a call carries id, type and name;
    later pieces only `index` and a slice of `arguments`."""

    index: int
    id: str | None = None
    type: str | None = None
    name: str | None = None
    arguments: str | None = None


@dataclass(slots=True)
class ChoiceDelta:
    index: int
    role: str | None = None
    content: str | None = None
    tool_calls: list[ToolCallDelta] | None = None
    refusal: str | None = None
    finish_reason: str | None = None
    logprobs: dict[str, Any] | None = None


@dataclass(slots=True)
class ChatChunk:
    """One event of a streamed answer.

    Providers normalise their upstream's events so that usage never shares a chunk with choice
    deltas: the usage arrives last, on a chunk whose `choices` is empty.
    """

    id: str
    created: int
    model: str
    choices: list[ChoiceDelta]
    usage: Usage | None = None
    system_fingerprint: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)


ChatStream = AsyncIterator[ChatChunk]


@dataclass(slots=True)
class EmbeddingRequest:
    model: str
    inputs: list[str] | list[list[int]]
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: int | None = None
    user: str | None = None

    @property
    def is_tokens(self) -> bool:
        return bool(self.inputs) and isinstance(self.inputs[0], list)


@dataclass(slots=True)
class EmbeddingResult:
    """Embeddings as one float32 matrix, one row per input, in input order."""

    model: str
    vectors: np.ndarray
    usage: Usage
