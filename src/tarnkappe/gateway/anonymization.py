"""Anonymization in the pipeline: mask a canonical request before it leaves, restore what comes
back — whole answers, streams chunk by chunk, tool-call arguments and structured outputs.

The privacy library (`tarnkappe.privacy`) finds and replaces personal data in text; this module
knows where text lives in a request. It does not keep a list of places: it walks every field of a
canonical request by what that field declares in `core/types.py` (`FieldPrivacy`), and refuses
to load if any field of a request type declares nothing. So a field that a dialect adds tomorrow is
masked, pseudonymized, dropped or refused like those of today — it cannot be forgotten.

    TEXT         masked (strings, lists of strings, nested canonical objects)
    JSON         a JSON value: every key and string value masked
    JSON_TEXT    a string holding JSON: keys and string values masked, the result still JSON
    IDENTIFIER   a name the protocol needs verbatim: refused (400) if personal data is found in it
    REFERENCE    an opaque id that only has to match within the request: replaced by call_N
    PARTICIPANT  a message author's name: replaced as a whole by its person placeholder
    DROP         removed (the end-user id `user`)
    MEDIA        images, audio, files: refused (400) — masking would destroy them
    INERT        numbers, flags, enumerations: left alone

One vault per request, so "Anna Meier" is the same placeholder in every field of it. Fail closed:
if masking fails anywhere, `AnonymizationFailed` is raised; if a field cannot be masked,
`InvalidRequest` names it. Either way nothing is sent.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from tarnkappe.core.errors import GatewayError, InvalidRequest, PayloadTooLarge
from tarnkappe.core.types import (
    ChatChunk,
    ChatRequest,
    ChatResult,
    ChoiceDelta,
    ContentPart,
    EmbeddingRequest,
    FieldPrivacy,
    Message,
    ResponseFormat,
    Tool,
    ToolCall,
    ToolCallDelta,
)
from tarnkappe.privacy import Anonymizer, EntityType, StreamRestorer, Vault
from tarnkappe.privacy.placeholders import placeholder_pattern
from tarnkappe.wire.openai import TEXT_PART_KINDS

REQUEST_TYPES: tuple[type, ...] = (ChatRequest, EmbeddingRequest, Message, ContentPart, ToolCall, Tool, ResponseFormat)


class AnonymizationFailed(GatewayError):
    """Anonymization was asked for and could not be done: the request was not sent."""

    status = 500
    code = "anonymization_failed"


def undeclared_fields(types: tuple[type, ...] = REQUEST_TYPES) -> list[str]:
    """`Type.field` for every request field that does not say what anonymization does with it."""
    return [
        f"{cls.__name__}.{f.name}"
        for cls in types
        for f in dataclasses.fields(cls)
        if not isinstance(f.metadata.get("privacy"), FieldPrivacy)
    ]


# INERT fields that are free strings, each checked before masking by other means: the model name
# must be a catalog name (unknown names are a 404 before anything is masked).
CHECKED_ELSEWHERE = frozenset({"ChatRequest.model", "EmbeddingRequest.model"})
_LITERAL = re.compile(r"Literal\[[^\]]*\]")


def inert_free_text(types: tuple[type, ...] = REQUEST_TYPES) -> list[str]:
    """`Type.field` for every field declared INERT whose type admits a free string: "no text" must
    be true of its type (numbers, flags, Literal enumerations), or the field must be checked
    elsewhere (CHECKED_ELSEWHERE)."""
    found = []
    for cls in types:
        for f in dataclasses.fields(cls):
            name = f"{cls.__name__}.{f.name}"
            if f.metadata.get("privacy") is not FieldPrivacy.INERT or name in CHECKED_ELSEWHERE:
                continue
            if re.search(r"\b(str|Any|dict|list)\b", _LITERAL.sub("", str(f.type))):
                found.append(name)
    return found


# A request field nobody decided about, or an "inert" one that can hold text, must never reach an
# upstream: refuse to load.
if undeclared_fields() or inert_free_text():
    raise RuntimeError(
        "request fields without a privacy declaration, or INERT fields that can hold text: "
        + ", ".join(undeclared_fields() + inert_free_text())
    )


# --------------------------------------------------------------------------- JSON values


# Deeper JSON is refused (400) before it is walked: these walkers recurse, and Python's recursion
# limit is 1000. The HTTP edge already refuses request bodies deeper than 64 levels; this bound also
# covers JSON that arrives otherwise (an upstream's tool-call arguments, restored).
MAX_JSON_DEPTH = 100


class _TooDeep(InvalidRequest):
    def __init__(self) -> None:
        super().__init__(f"A JSON value is nested deeper than {MAX_JSON_DEPTH} levels and cannot be anonymized; "
                         "the request was not sent.")


def _json_strings(value: Any, out: list[str], depth: int = 0) -> None:
    """Every key and string value of a JSON value, in a fixed order (see `_json_rebuild`)."""
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, list):
        if depth >= MAX_JSON_DEPTH:
            raise _TooDeep()
        for item in value:
            _json_strings(item, out, depth + 1)
    elif isinstance(value, dict):
        if depth >= MAX_JSON_DEPTH:
            raise _TooDeep()
        for key, item in value.items():
            out.append(str(key))
            _json_strings(item, out, depth + 1)


def _json_rebuild(value: Any, strings: Iterator[str]) -> Any:
    """`value` with its keys and strings replaced, in `_json_strings`' order, from `strings`
    (only ever after `_json_strings` walked it: its depth is bounded)."""
    if isinstance(value, str):
        return next(strings)
    if isinstance(value, list):
        return [_json_rebuild(item, strings) for item in value]
    if isinstance(value, dict):
        rebuilt = {}
        for item in value.values():  # each key's masked form comes next from `strings`
            new_key = next(strings)
            rebuilt[new_key] = _json_rebuild(item, strings)
        return rebuilt
    return value


def _map_json_strings(text: str, transform: Callable[[str], str]) -> str:
    """Apply `transform` to every key and string value of a JSON document, leaving its syntax
    alone, so the result is still valid JSON and escaped characters are seen as what they are.
    Text that is not JSON (a model's half-finished arguments), or JSON too deep to walk, is
    transformed as a whole."""
    try:
        data = json.loads(text)
        strings: list[str] = []
        _json_strings(data, strings)
    except (ValueError, RecursionError, _TooDeep):
        return transform(text)
    return json.dumps(_json_rebuild(data, iter(transform(s) for s in strings)), ensure_ascii=False)


# --------------------------------------------------------------------------- masking


_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


class _MaskPlan:
    """One request's masking, in two steps: `walk` reads every field by its declaration (refusing
    what cannot be masked) and collects the texts; `apply` masks all of them at once — so the
    anonymizer sees the whole request before it numbers anyone — and writes them back."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.writers: list[tuple[int, int, Callable[[list[str]], None]]] = []
        self.identifiers: list[tuple[str, str]] = []  # (field path, text)
        self.participants: list[tuple[Any, str, str]] = []  # (object, attribute, name)
        self.references: dict[str, str] = {}
        self.drops: list[tuple[Any, str]] = []

    @property
    def size(self) -> int:
        return sum(map(len, self.texts)) + sum(len(t) for _, t in self.identifiers)

    # ---------------------------------------------------------------- reading

    def walk(self, obj: Any, path: str = "") -> None:
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if value is None:
                continue
            name = f.metadata.get("wire_name", f.name)
            where = f"{path}.{name}" if path else name
            kind: FieldPrivacy = f.metadata["privacy"]
            if kind is FieldPrivacy.INERT:
                continue
            if kind is FieldPrivacy.TEXT:
                self._text(value, where, _setter(obj, f.name))
            elif kind is FieldPrivacy.JSON:
                self._json(value, _setter(obj, f.name))
            elif kind is FieldPrivacy.JSON_TEXT:
                self._json_text(value, _setter(obj, f.name), where)
            elif kind is FieldPrivacy.IDENTIFIER:
                strings: list[str] = []
                _json_strings(value, strings)
                self.identifiers.extend((where, s) for s in strings)
            elif kind is FieldPrivacy.REFERENCE:
                setattr(obj, f.name, self.references.setdefault(value, f"call_{len(self.references) + 1}"))
            elif kind is FieldPrivacy.PARTICIPANT:
                self.participants.append((obj, f.name, value))
            elif kind is FieldPrivacy.DROP:
                self.drops.append((obj, f.name))
            elif kind is FieldPrivacy.MEDIA:
                self._media(obj, f.name, value, path)
            else:  # pragma: no cover - a new FieldPrivacy value without a rule here
                raise AnonymizationFailed(f"no masking rule for {kind}; the request was not sent.")

    def _text(self, value: Any, where: str, write: Callable[[Any], None]) -> None:
        if isinstance(value, str):
            self._string(value, write)
        elif dataclasses.is_dataclass(value):
            self.walk(value, where)
        elif isinstance(value, list):
            if value and all(isinstance(item, ContentPart) for item in value):
                value[:] = _merge_text_parts(value)
            for index, item in enumerate(value):
                if isinstance(item, str):
                    self._string(item, functools.partial(value.__setitem__, index))
                elif dataclasses.is_dataclass(item):
                    self.walk(item, f"{where}[{index}]")
                else:
                    raise InvalidRequest(
                        f"'{where}[{index}]' is not text (token ids?) and cannot be anonymized; "
                        "the request was not sent. Send text, or send it without anonymization.",
                        param=f"{where}[{index}]",
                    )
        else:
            raise InvalidRequest(f"'{where}' cannot be anonymized; the request was not sent.", param=where)

    def _string(self, value: str, write: Callable[[Any], None]) -> None:
        """Free text. If it is JSON with escapes (a tool result: `"J\\u00fcrg"`), the detector
        must see the characters, not their escapes, so it is masked as JSON; a provider that
        decodes it (Gemini) then sends nothing unmasked either."""
        if "\\" in value:
            try:
                data = json.loads(value)
            except ValueError:
                data = None
            if isinstance(data, (dict, list, str)):
                self._json(data, lambda rebuilt: write(json.dumps(rebuilt, ensure_ascii=False)))
                return
        self._add([value], lambda masked: write(masked[0]))

    def _json(self, value: Any, write: Callable[[Any], None]) -> None:
        strings: list[str] = []
        _json_strings(value, strings)
        self._add(strings, lambda masked: write(_json_rebuild(value, iter(masked))))

    def _json_text(self, value: str, write: Callable[[Any], None], where: str = "") -> None:
        try:
            data = json.loads(value)
        except ValueError:
            if "\\" in value:  # escapes the detector cannot read in text that is not JSON
                raise InvalidRequest(
                    f"'{where}' is not valid JSON and holds escapes, so it cannot be anonymized; the request "
                    "was not sent.", param=where or None,
                ) from None
            self._add([value], lambda masked: write(masked[0]))
            return
        self._json(data, lambda rebuilt: write(json.dumps(rebuilt, ensure_ascii=False)))

    def _media(self, obj: Any, attribute: str, value: Any, path: str) -> None:
        kind = getattr(obj, "type", "non-text")
        if kind in TEXT_PART_KINDS:
            extra = sorted(set(value) - TEXT_PART_EXTRAS)
            if extra:
                raise InvalidRequest(
                    f"'{path}' is a text part with '{extra[0]}', which cannot be anonymized; the request was "
                    "not sent.", param=path,
                )
            self._json(value, _setter(obj, attribute))  # cache_control and the like: masked as JSON
            return
        raise InvalidRequest(
            f"'{path}' is a '{kind}' part, which cannot be anonymized without destroying it; the request "
            "was not sent. Send it without this part, or without anonymization.",
            param=path,
        )

    def _add(self, texts: list[str], write: Callable[[list[str]], None]) -> None:
        start = len(self.texts)
        self.texts.extend(texts)
        self.writers.append((start, len(self.texts), write))

    # ---------------------------------------------------------------- writing

    def apply(self, anonymizer: Anonymizer) -> Vault:
        """Check identifiers, mask every text, write everything back; return the vault."""
        limit = anonymizer.config.max_text_chars
        if self.size > limit:
            raise PayloadTooLarge(
                f"The request holds {self.size:,} characters of text; anonymization reads at most {limit:,} "
                "(privacy.max_text_chars), so the request was not sent."
            )
        vault = anonymizer.new_vault()
        try:
            for where, text in self.identifiers:
                if not _IDENTIFIER.fullmatch(text):
                    raise InvalidRequest(
                        f"'{where}' must be sent verbatim, so with anonymization it may hold only letters, "
                        "digits, '_' and '-' (at most 64); the request was not sent.",
                        param=where,
                    )
            masked = anonymizer.mask_many(self.texts, vault)
            hints = {h.casefold() for h in vault.person_hints()}  # name parts masked in the request
            for where, text in self.identifiers:
                words = _words_of(text)
                # Person names are judged by the request's own names only: on bare words ("Read",
                # "Bash", "Record") the name detector guesses, and a tool name is no sentence.
                kinds = {str(e.type) for e in anonymizer.detect(words) if e.type != EntityType.PERSON}
                if hints.intersection(w.casefold() for w in words.split()):
                    kinds.add(EntityType.PERSON)
                if kinds:
                    named = ", ".join(sorted(kinds))
                    raise InvalidRequest(
                        f"'{where}' holds personal data ({named}) and must be sent verbatim, so it cannot be "
                        "anonymized; the request was not sent. Rename it, or send it without anonymization.",
                        param=where,
                    )
            for start, end, write in self.writers:
                write(masked[start:end])
            for obj, attribute, name in self.participants:
                # Names must stay plain (OpenAI allows [A-Za-z0-9_-]): PERSON_1, not [[PERSON_1]].
                placeholder = vault.placeholder_for(EntityType.PERSON, name)
                setattr(obj, attribute, _NAME_UNSAFE.sub("", placeholder))
            for obj, attribute in self.drops:
                setattr(obj, attribute, None)
        except GatewayError:
            raise
        except Exception as exc:  # any failure of the detector: fail closed, never send the original
            raise AnonymizationFailed(
                f"Anonymization failed ({type(exc).__name__}); the request was not sent."
            ) from None
        return vault


# What a name sent verbatim may be made of while anonymizing (OpenAI's rule for function names):
# no '@', '.', spaces or other separators that could carry an address or a sentence.
_IDENTIFIER = re.compile(r"[A-Za-z0-9_-]{1,64}")
_WORD_BREAK = re.compile(r"[_\-]+|(?<=[a-z])(?=[A-Z])")
# Keys a text part may carry besides its text while anonymizing (none of them holds content).
TEXT_PART_EXTRAS = frozenset({"cache_control"})


def _words_of(identifier: str) -> str:
    """`email_annaMeier` → `email anna Meier`: the detectors read words (`iban_CH93…` holds an
    IBAN), and a name of the request inside an identifier is still that name."""
    return " ".join(w for w in _WORD_BREAK.split(identifier) if w)


def _merge_text_parts(parts: list[ContentPart]) -> list[ContentPart]:
    """Adjacent text parts as one: a value split across parts ("anna.meier@exa" + "mple.ch") is
    one value to the detector, as it is to a provider that joins them."""
    merged: list[ContentPart] = []
    for part in parts:
        previous = merged[-1] if merged else None
        if (previous is not None and part.type in TEXT_PART_KINDS and previous.type in TEXT_PART_KINDS
                and not part.data and not previous.data and part.text is not None and previous.text is not None):
            merged[-1] = ContentPart(type=previous.type, text=previous.text + part.text)
        else:
            merged.append(part)
    return merged


def _setter(obj: Any, attribute: str) -> Callable[[Any], None]:
    return lambda value: setattr(obj, attribute, value)


def plan_masking(request: ChatRequest | EmbeddingRequest) -> _MaskPlan:
    """Read every field of `request`; raise `InvalidRequest` (naming the field) for what cannot be
    masked. Nothing is changed until `apply`."""
    plan = _MaskPlan()
    plan.walk(request)
    return plan


def mask_request(anonymizer: Anonymizer, request: ChatRequest | EmbeddingRequest) -> Vault:
    """Replace personal data in every field of `request` (in place); return the request's vault."""
    return plan_masking(request).apply(anonymizer)


# --------------------------------------------------------------------------- restoring


class Restorer:
    """Puts originals back into one answer's text, passed in order (a whole text, or a stream's
    pieces one after the other).

    A placeholder inside a URL is left as it is: a model — or an upstream that wants the data — can
    write `![x](https://host/p.png?u=[[EMAIL_1]])`, and the client's markdown renderer or tool
    would send the restored value to that host. With `json_escaped`, originals come back
    JSON-escaped, so that a name with a quote cannot break the tool arguments it is in.
    """

    __slots__ = ("_vault", "_json", "_tail")

    def __init__(self, vault: Vault, *, json_escaped: bool = False) -> None:
        self._vault = vault
        self._json = json_escaped
        self._tail = ""  # the end of what was restored before, for the URL a placeholder is in

    def restore(self, text: str) -> str:
        lookup = self._vault.lookup
        before = self._tail

        def sub(m: re.Match[str]) -> str:
            if _in_url(before, text, m.start()):
                return m.group(0)
            var = m.group("var")
            original = lookup(m.group("type"), int(m.group("num")), int(var) if var else None)
            if original is None:
                return m.group(0)
            return json.dumps(original, ensure_ascii=False)[1:-1] if self._json else original

        restored = placeholder_pattern().sub(sub, text) if "[" in text or "\\" in text else text
        self._tail = (before + text)[-_URL_CONTEXT:]
        return restored


_URL_CONTEXT = 2048  # how far back a URL is looked for (a longer URL than this is restored into)
_URL_BOUNDARY = re.compile(r"[\s\"'<>()]")


def _in_url(before: str, text: str, at: int) -> bool:
    """Whether position `at` of `text` (after `before`) is inside a URL: the word it is in,
    delimited by white space, quotes, angle brackets or parentheses, has a scheme's '://'."""
    start = at
    while start > 0 and not _URL_BOUNDARY.match(text, start - 1):
        start -= 1
        if at - start > _URL_CONTEXT:
            break
    word = text[start:at]
    if start == 0:
        tail = before[-_URL_CONTEXT:]
        cut = max((m.end() for m in _URL_BOUNDARY.finditer(tail)), default=0)
        word = tail[cut:] + word
    return "://" in word


def wants_json(request: ChatRequest) -> bool:
    """Whether the answer's content is JSON (structured output), to be restored as JSON."""
    return request.response_format is not None and request.response_format.type != "text"


def restore_result(result: ChatResult, vault: Vault, *, json_content: bool = False) -> None:
    """Put the originals back into a whole answer (in place): content, refusals, tool calls —
    in JSON content and tool arguments keys included."""
    def restore(text: str) -> str:
        return Restorer(vault).restore(text)

    def restore_text(text: str) -> str:
        return _map_json_strings(text, restore) if json_content else restore(text)

    for choice in result.choices:
        message = choice.message
        if isinstance(message.content, str):
            message.content = restore_text(message.content)
        elif message.content:
            for part in message.content:
                if part.text:
                    part.text = restore_text(part.text)
        if message.refusal:
            message.refusal = restore(message.refusal)
        for call in message.tool_calls or ():
            call.arguments = _map_json_strings(call.arguments, restore)


async def restore_stream(
    stream: AsyncIterator[ChatChunk], vault: Vault, *, json_content: bool = False
) -> AsyncIterator[ChatChunk]:
    """Restore placeholders chunk by chunk.

    Each choice's content, and each tool call's arguments, get their own restorer: a placeholder
    split across two chunks is held back only until it is complete, everything else passes at
    once. What is still held back when a choice finishes is emitted on that choice's final chunk,
    before its finish_reason, so nothing is lost and nothing is reordered. Tool arguments (and
    JSON content) get JSON-escaped originals; placeholders inside URLs stay (see `Restorer`).
    """
    content: dict[int, StreamRestorer] = {}
    refusals: dict[int, Restorer] = {}
    arguments: dict[tuple[int, int], StreamRestorer] = {}
    chunk: ChatChunk | None = None
    async for chunk in stream:
        for delta in chunk.choices:
            if delta.content:
                restorer = content.get(delta.index)
                if restorer is None:
                    restorer = content[delta.index] = StreamRestorer(Restorer(vault, json_escaped=json_content))  # type: ignore[arg-type]
                delta.content = restorer.feed(delta.content)
            if delta.refusal:
                delta.refusal = refusals.setdefault(delta.index, Restorer(vault)).restore(delta.refusal)
            for call in delta.tool_calls or ():
                if call.arguments:
                    key = (delta.index, call.index)
                    restorer = arguments.get(key)
                    if restorer is None:
                        restorer = arguments[key] = StreamRestorer(Restorer(vault, json_escaped=True))  # type: ignore[arg-type]
                    call.arguments = restorer.feed(call.arguments)
            if delta.finish_reason is not None:
                _flush_choice(delta, content, arguments)
        yield chunk
    leftovers = _flush_all(content, arguments)
    if leftovers and chunk is not None:
        yield ChatChunk(id=chunk.id, created=chunk.created, model=chunk.model, choices=leftovers)


def _flush_choice(
    delta: ChoiceDelta, content: dict[int, StreamRestorer], arguments: dict[tuple[int, int], StreamRestorer]
) -> None:
    restorer = content.pop(delta.index, None)
    if restorer is not None:
        tail = restorer.flush()
        if tail:
            delta.content = (delta.content or "") + tail
    for key in [k for k in arguments if k[0] == delta.index]:
        tail = arguments.pop(key).flush()
        if tail:
            calls = delta.tool_calls if delta.tool_calls is not None else []
            calls.append(ToolCallDelta(index=key[1], arguments=tail))
            delta.tool_calls = calls


def _flush_all(
    content: dict[int, StreamRestorer], arguments: dict[tuple[int, int], StreamRestorer]
) -> list[ChoiceDelta]:
    """Whatever an upstream left held back without ever finishing its choice (a cut-off stream)."""
    deltas: dict[int, ChoiceDelta] = {}
    for index, restorer in content.items():
        tail = restorer.flush()
        if tail:
            deltas.setdefault(index, ChoiceDelta(index=index)).content = tail
    for (index, call_index), restorer in arguments.items():
        tail = restorer.flush()
        if tail:
            delta = deltas.setdefault(index, ChoiceDelta(index=index))
            delta.tool_calls = (delta.tool_calls or []) + [ToolCallDelta(index=call_index, arguments=tail)]
    return list(deltas.values())
