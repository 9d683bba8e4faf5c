"""The canonical, dialect-free types that every layer of the gateway speaks.

The HTTP dialects (`server/`) parse their bodies into these and render these back; the providers
(`providers/`) turn them into each upstream's wire format and back. Nothing here knows about HTTP,
keys or any one provider. They are plain slotted dataclasses rather than pydantic models because
they are built and read on the hot path of every request and every stream chunk; validation happens
once, at the edge that receives untrusted input.

Streams are async iterators of `ChatChunk`, end to end, so that restore and metering work the same
for every provider and every dialect.

Every field of a request type declares what anonymization does with it (`privacy(...)`, one of the
`FieldPrivacy` values): `gateway/anonymization.py` walks requests by these declarations, and refuses
to load if a field has none. A dialect parses into these types and a provider sends only what is in
them, so a field that a new dialect adds is either declared here — and then masked, pseudonymized,
dropped or refused like every other — or it does not reach any upstream.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # imported where vectors are made: a gateway without embedding models never needs it
    import numpy as np

Role = Literal["system", "developer", "user", "assistant", "tool"]


class FieldPrivacy(str, Enum):  # noqa: UP042 - StrEnum would change str() of a member, which messages show
    """What the anonymization step does with one field of a request (see gateway/anonymization.py)."""

    TEXT = "text"  # free text (a string, a list of strings, or canonical objects): masked, and
    #                placeholders that come back in the answer are restored
    JSON = "json"  # a JSON value (a tool's parameter schema): every key and string value masked
    JSON_TEXT = "json_text"  # a string holding JSON (tool-call arguments): keys and strings masked
    IDENTIFIER = "identifier"  # a name the protocol needs verbatim (a function's name): refused if
    #                            personal data is found in it, never altered
    REFERENCE = "reference"  # an opaque id that only has to match within the request (tool-call
    #                          ids): replaced by a neutral one, consistently
    PARTICIPANT = "participant"  # a message author's name: replaced as a whole by a placeholder
    DROP = "drop"  # not needed upstream (the end-user id `user`): removed
    MEDIA = "media"  # the payload of a non-text content part (image, audio, file): refused
    INERT = "inert"  # numbers, flags, enumerations, the catalog model name: no free text


def privacy(kind: FieldPrivacy, *, wire_name: str | None = None, verbatim: str | None = None, **kwargs: Any) -> Any:
    """A dataclass field declared with what anonymization does with it. `wire_name` is the field's
    path in OpenAI's format where it differs, so that a refusal names what the client sent (a
    dialect of another shape renames it: dialects/anthropic_paths.py). `verbatim` is, for an
    IDENTIFIER that is not a name (a domain), the regular expression it must match instead."""
    metadata: dict[str, Any] = {"privacy": kind}
    if wire_name is not None:
        metadata["wire_name"] = wire_name
    if verbatim is not None:
        metadata["verbatim"] = verbatim
    return field(metadata=metadata, **kwargs)


# What a domain sent verbatim may be made of while anonymizing (a web search's allowed_domains):
# a host name, optionally a path, a leading wildcard — no '@', spaces or query strings.
DOMAIN_PATTERN = r"(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/[A-Za-z0-9._~/-]*)?"


_P = FieldPrivacy


# Anthropic's blocks of an answer that only Anthropic has — a server tool's use and results: the
# canonical part types that carry them (`ContentPart.native`).
SERVER_BLOCKS = frozenset({
    "server_tool_use", "web_search_tool_result", "web_fetch_tool_result", "code_execution_tool_result",
    "bash_code_execution_tool_result", "text_editor_code_execution_tool_result", "tool_search_tool_result",
    "container_upload", "mcp_tool_use", "mcp_tool_result",
})


@dataclass(slots=True)
class Document:
    """What makes a text or PDF part an Anthropic document block: its title and context, which are
    text (masked), and whether Anthropic is asked to cite it (only Anthropic models can; others
    refuse that, and get the document's text as text). A `search_result` part (Anthropic's search
    results, which its models cite) has its source and its text blocks here too, masked."""

    title: str | None = privacy(_P.TEXT, default=None)
    context: str | None = privacy(_P.TEXT, default=None)
    citations: bool = privacy(_P.INERT, default=False)
    source: str | None = privacy(_P.TEXT, default=None)
    content: list[str] | None = privacy(_P.TEXT, default=None)


@dataclass(slots=True)
class ContentPart:
    """One part of an array-of-parts message content.

    `text` is set for text parts; every other part type (image_url, input_audio, file) keeps its
    payload in `data` untouched, so providers that understand it can pass it on.

    Anthropic's own blocks that no other provider has — a server tool's use and its result
    (`server_tool_use`, `web_search_tool_result`…) in an assistant turn — are parts of their type
    with the block in `native`, verbatim: they go back to Anthropic models only, as the client
    sent them. They cannot be masked (a search result's content is Anthropic's ciphertext), so
    with anonymization they are dropped from the history, as signed thinking is.
    """

    type: str = privacy(_P.IDENTIFIER)
    text: str | None = privacy(_P.TEXT, default=None)
    data: dict[str, Any] | None = privacy(_P.MEDIA, default=None)
    # A prompt-caching breakpoint after this part, and how long the cache lives (Anthropic's
    # `cache_control`): sent by the Anthropic provider, which is the only one that has it.
    cache: Literal["5m", "1h"] | None = privacy(_P.INERT, default=None)
    # A document block's own fields (a text part: a plain-text document; a file part: a PDF).
    document: Document | None = privacy(_P.TEXT, default=None)
    # The citations of an answer's text block, as Anthropic returned them (their cited text, titles
    # and URLs are restored on the way back); sent back to Anthropic only, dropped when anonymizing.
    citations: list[dict[str, Any]] | None = privacy(_P.DROP, default=None)
    native: dict[str, Any] | None = privacy(_P.DROP, default=None)


@dataclass(slots=True)
class ToolCall:
    """A complete function call made by the assistant (non-streamed form)."""

    id: str = privacy(_P.REFERENCE)
    name: str = privacy(_P.IDENTIFIER, wire_name="function.name")
    arguments: str = privacy(_P.JSON_TEXT, wire_name="function.arguments")
    type: str = privacy(_P.IDENTIFIER, default="function")


@dataclass(slots=True)
class Message:
    role: str = privacy(_P.IDENTIFIER)
    content: str | list[ContentPart] | None = privacy(_P.TEXT)
    name: str | None = privacy(_P.PARTICIPANT, default=None)
    tool_calls: list[ToolCall] | None = privacy(_P.TEXT, default=None)
    tool_call_id: str | None = privacy(_P.REFERENCE, default=None)
    refusal: str | None = privacy(_P.TEXT, default=None)
    # Anthropic's thinking and redacted_thinking blocks of an assistant turn, verbatim: sent back
    # only to Anthropic, which checks their signatures — so masking would break them, and they are
    # dropped when anonymization applies (and thinking with them: ChatRequest.thinking_budget).
    thinking: list[dict[str, Any]] | None = privacy(_P.DROP, default=None)

    def text(self) -> str:
        """The message's text, with the text parts of a multi-part content joined."""
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(part.text or "" for part in self.content if part.type == "text")


@dataclass(slots=True)
class ServerTool:
    """An Anthropic-defined tool (web search, web fetch, code execution, bash, text editor, memory…:
    a `tools[]` entry with a `type`), which only Anthropic models know. Sent to them as declared.

    With anonymization: the type and every other setting (max_uses, cache_control, citations…)
    are sent verbatim and may only be plain words; the domains a search is limited to are sent
    verbatim too (a masked domain would limit it to nothing) and refused where personal data is
    found in them; the user's location is personal and dropped."""

    type: str = privacy(_P.IDENTIFIER)
    settings: dict[str, Any] = privacy(_P.IDENTIFIER, default_factory=dict)
    allowed_domains: list[str] | None = privacy(_P.IDENTIFIER, default=None, verbatim=DOMAIN_PATTERN)
    blocked_domains: list[str] | None = privacy(_P.IDENTIFIER, default=None, verbatim=DOMAIN_PATTERN)
    user_location: dict[str, Any] | None = privacy(_P.DROP, default=None)

    def to_wire(self, name: str) -> dict[str, Any]:
        """The tool as Anthropic takes it."""
        tool: dict[str, Any] = {"type": self.type, "name": name, **self.settings}
        for key in ("allowed_domains", "blocked_domains", "user_location"):
            if getattr(self, key) is not None:
                tool[key] = getattr(self, key)
        return tool


@dataclass(slots=True)
class Tool:
    name: str = privacy(_P.IDENTIFIER, wire_name="function.name")
    description: str | None = privacy(_P.TEXT, default=None, wire_name="function.description")
    parameters: dict[str, Any] | None = privacy(_P.JSON, default=None, wire_name="function.parameters")
    strict: bool | None = privacy(_P.INERT, default=None)
    server: ServerTool | None = privacy(_P.TEXT, default=None)


@dataclass(slots=True)
class ResponseFormat:
    type: Literal["text", "json_object", "json_schema"] = privacy(_P.INERT)
    schema: dict[str, Any] | None = privacy(_P.JSON, default=None, wire_name="json_schema.schema")
    schema_name: str | None = privacy(_P.IDENTIFIER, default=None, wire_name="json_schema.name")
    strict: bool | None = privacy(_P.INERT, default=None)


@dataclass(slots=True)
class ChatRequest:
    """What the client wants, independent of the dialect it asked in.

    `model` is the catalog name the client sent. `include_usage` records whether the *client*
    asked for the usage chunk of a stream; providers always ask their upstream for usage anyway,
    because metering needs it.
    """

    model: str = privacy(_P.INERT)
    messages: list[Message] = privacy(_P.TEXT)
    stream: bool = privacy(_P.INERT, default=False)
    include_usage: bool = privacy(_P.INERT, default=False)
    temperature: float | None = privacy(_P.INERT, default=None)
    top_p: float | None = privacy(_P.INERT, default=None)
    top_k: int | None = privacy(_P.INERT, default=None)  # Anthropic's and Gemini's sampling cut-off
    max_tokens: int | None = privacy(_P.INERT, default=None)
    # Masked with the same placeholders as the messages, so that a stop sequence naming a person
    # still stops the model where it writes that person's placeholder.
    stop: list[str] | None = privacy(_P.TEXT, default=None)
    seed: int | None = privacy(_P.INERT, default=None)
    n: int = privacy(_P.INERT, default=1)
    response_format: ResponseFormat | None = privacy(_P.TEXT, default=None)
    tools: list[Tool] | None = privacy(_P.TEXT, default=None)
    tool_choice: str | dict[str, Any] | None = privacy(_P.IDENTIFIER, default=None)
    parallel_tool_calls: bool | None = privacy(_P.INERT, default=None)
    presence_penalty: float | None = privacy(_P.INERT, default=None)
    frequency_penalty: float | None = privacy(_P.INERT, default=None)
    logit_bias: dict[str, float] | None = privacy(_P.IDENTIFIER, default=None)  # token ids
    logprobs: bool | None = privacy(_P.INERT, default=None)
    top_logprobs: int | None = privacy(_P.INERT, default=None)
    user: str | None = privacy(_P.DROP, default=None)  # an end-user id, often an e-mail address
    reasoning_effort: str | None = privacy(_P.IDENTIFIER, default=None)
    # Anthropic's extended thinking (its token budget): dropped when anonymization applies, since
    # the signed thinking blocks a conversation must carry on with cannot be masked.
    thinking_budget: int | None = privacy(_P.DROP, default=None)
    # Anthropic's adaptive thinking (`thinking: {"type": "adaptive"}`), by its `display` ("default"
    # where the client named none): Anthropic models only, dropped when anonymizing, as above.
    adaptive_thinking: Literal["default", "summarized", "omitted"] | None = privacy(_P.DROP, default=None)
    # Anthropic's code-execution container (the Messages API's `container`): an id from an earlier
    # answer, or {"id", "skills": [{"type", "skill_id", "version"}]}. Ids, not personal text: sent
    # verbatim to Anthropic models (refused if personal data is found in them); others refuse it.
    container: str | dict[str, Any] | None = privacy(_P.IDENTIFIER, default=None)
    # The Messages API client's `anthropic-beta` header values (`code-execution-2025-08-25`…):
    # feature names, lower-case words and digits joined by '-' (dialects/anthropic_request.py
    # ignores any other shape). Sent to Anthropic models only, as the header; ignored by the others.
    # Verbatim, so when anonymizing one that holds personal data of the request is refused.
    anthropic_beta: list[str] | None = privacy(_P.IDENTIFIER, default=None)
    safe_prompt: bool | None = privacy(_P.INERT, default=None)
    anonymize: bool | None = privacy(_P.INERT, default=None)


@dataclass(slots=True)
class Usage:
    """Token counts as reported by the upstream (or estimated, and then marked so)."""

    prompt_tokens: int
    completion_tokens: int = 0
    total_tokens: int | None = None
    prompt_tokens_details: dict[str, Any] | None = None
    completion_tokens_details: dict[str, Any] | None = None
    estimated: bool = False
    # Anthropic's count of its server tools' uses ({"web_search_requests": 2}), billed apart from
    # tokens: passed on to the Messages API's clients, and searches priced in the ledger.
    server_tool_use: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.total_tokens is None:
            self.total_tokens = self.prompt_tokens + self.completion_tokens

    @property
    def web_search_requests(self) -> int:
        """The server-side web searches the upstream ran (and bills per search, apart from tokens);
        0 where it reported none, or a count that is not a whole number of searches."""
        count = (self.server_tool_use or {}).get("web_search_requests")
        return count if isinstance(count, int) and not isinstance(count, bool) and count > 0 else 0


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
    # The code-execution container an Anthropic model's answer used ({"id", "expires_at", "skills"?}),
    # for the Messages API's clients to reuse; ids and a time, no text. Other dialects leave it out.
    container: dict[str, Any] | None = None


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
    # A piece of an Anthropic thinking block: {"index": n, …} with "type" (and "data" for
    # redacted_thinking) when block n starts, then "thinking" text and "signature" pieces.
    thinking: dict[str, Any] | None = None
    # A piece of an Anthropic block that only Anthropic has: {"start": block} when a server tool's
    # use or result block starts, {"input": json} for a piece of a server tool use's input,
    # {"citation": c} for a citation of the open text block, {"text": True} when a new text block
    # starts right after another (so the client sees Anthropic's blocks as they were),
    # {"container": c} for the code-execution container the answer used (message_start/_delta's).
    native: dict[str, Any] | None = None


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


# A streamed answer: its chunks a list at a time, each list what one network read of the upstream
# made (never empty); see providers/base.py's ChatProvider.stream.
ChatStream = AsyncIterator[list[ChatChunk]]


@dataclass(slots=True)
class EmbeddingRequest:
    model: str = privacy(_P.INERT)
    # Token-id inputs cannot be read, so they cannot be anonymized: refused when masking applies.
    inputs: list[str] | list[list[int]] = privacy(_P.TEXT, wire_name="input")
    encoding_format: Literal["float", "base64"] = privacy(_P.INERT, default="float")
    dimensions: int | None = privacy(_P.INERT, default=None)
    user: str | None = privacy(_P.DROP, default=None)
    anonymize: bool | None = privacy(_P.INERT, default=None)

    @property
    def is_tokens(self) -> bool:
        return bool(self.inputs) and isinstance(self.inputs[0], list)


@dataclass(slots=True)
class EmbeddingResult:
    """Embeddings as one float32 matrix, one row per input, in input order."""

    model: str
    vectors: np.ndarray
    usage: Usage
