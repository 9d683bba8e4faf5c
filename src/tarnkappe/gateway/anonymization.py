"""Anonymization in the pipeline: mask a canonical request before it leaves (the answer is
restored by gateway/restore.py).

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

import base64
import binascii
import dataclasses
import functools
import json
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from tarnkappe.core.errors import GatewayError, InvalidRequest, PayloadTooLarge
from tarnkappe.core.types import (
    ChatRequest,
    ContentPart,
    Document,
    EmbeddingRequest,
    FieldPrivacy,
    Message,
    ResponseFormat,
    ServerTool,
    Tool,
    ToolCall,
)
from tarnkappe.gateway.json_values import json_rebuild, json_strings
from tarnkappe.privacy import Anonymizer, EntityType, Vault
from tarnkappe.wire.openai import TEXT_PART_KINDS

REQUEST_TYPES: tuple[type, ...] = (ChatRequest, EmbeddingRequest, Message, ContentPart, Document, ToolCall, Tool,
                                   ServerTool, ResponseFormat)


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


# --------------------------------------------------------------------------- masking


def _declared(cls: type) -> tuple[tuple[str, FieldPrivacy, str, str | None], ...]:
    """(attribute, declaration, wire name, verbatim pattern) of each field of `cls` that masking
    touches, in the class's order: every field but the INERT ones."""
    return tuple((f.name, f.metadata["privacy"], f.metadata.get("wire_name", f.name), f.metadata.get("verbatim"))
                 for f in dataclasses.fields(cls) if f.metadata["privacy"] is not FieldPrivacy.INERT)


# Read once: a request's ChatRequest alone has some thirty fields, most of them INERT, and reading
# every field's declarations for every object of every request was a sixth of planning its masking.
_DECLARED: Mapping[type, tuple[tuple[str, FieldPrivacy, str, str | None], ...]] = MappingProxyType(
    {cls: _declared(cls) for cls in REQUEST_TYPES})


_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


class _MaskPlan:
    """One request's masking, in two steps: `walk` reads every field by its declaration (refusing
    what cannot be masked) and collects the texts; `apply` masks all of them at once — so the
    anonymizer sees the whole request before it numbers anyone — and writes them back."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.writers: list[tuple[int, int, Callable[[list[str]], None]]] = []
        self.identifiers: list[tuple[str, str, re.Pattern[str]]] = []  # (field path, text, what it may be)
        self.participants: list[tuple[Any, str, str]] = []  # (object, attribute, name)
        self.references: dict[str, str] = {}
        self.drops: list[tuple[Any, str]] = []

    @property
    def size(self) -> int:
        return sum(map(len, self.texts)) + sum(len(t) for _, t, _ in self.identifiers)

    # ---------------------------------------------------------------- reading

    def walk(self, obj: Any, path: str = "") -> None:
        fields = _DECLARED.get(type(obj))
        for attribute, kind, name, verbatim in fields if fields is not None else _declared(type(obj)):
            value = getattr(obj, attribute)
            if value is None:
                continue
            where = f"{path}.{name}" if path else name
            if kind is FieldPrivacy.TEXT:
                self._text(value, where, _setter(obj, attribute))
            elif kind is FieldPrivacy.JSON:
                self._json(value, _setter(obj, attribute), where)
            elif kind is FieldPrivacy.JSON_TEXT:
                self._json_text(value, _setter(obj, attribute), where)
            elif kind is FieldPrivacy.IDENTIFIER:
                strings: list[str] = []
                json_strings(value, strings)
                pattern = _VERBATIM_FIELDS.get(where) or (_IDENTIFIER if verbatim is None else re.compile(verbatim))
                self.identifiers.extend((where, s, pattern) for s in strings)
            elif kind is FieldPrivacy.REFERENCE:
                setattr(obj, attribute, self.references.setdefault(value, f"call_{len(self.references) + 1}"))
            elif kind is FieldPrivacy.PARTICIPANT:
                self.participants.append((obj, attribute, value))
            elif kind is FieldPrivacy.DROP:
                self.drops.append((obj, attribute))
            elif kind is FieldPrivacy.MEDIA:
                self._media(obj, attribute, value, path)
            else:  # pragma: no cover - a new FieldPrivacy value without a rule here
                raise AnonymizationFailed(f"no masking rule for {kind}; the request was not sent.")

    def _text(self, value: Any, where: str, write: Callable[[Any], None]) -> None:
        if isinstance(value, str):
            self._string(value, write, where)
        elif dataclasses.is_dataclass(value):
            self.walk(value, where)
        elif isinstance(value, list):
            if value and all(isinstance(item, ContentPart) for item in value):
                value[:] = _merge_text_parts(value)
            for index, item in enumerate(value):
                if isinstance(item, str):
                    self._string(item, functools.partial(value.__setitem__, index), f"{where}[{index}]")
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

    def _string(self, value: str, write: Callable[[Any], None], where: str = "") -> None:
        """Free text. If it is JSON with escapes (a tool result: `"J\\u00fcrg"`), the detector
        must see the characters, not their escapes, so it is masked as JSON; a provider that
        decodes it (Gemini) then sends nothing unmasked either."""
        if "\\" in value:
            try:
                data = json.loads(value)
            except ValueError:
                data = None
            if isinstance(data, (dict, list, str)):
                self._json(data, lambda rebuilt: write(json.dumps(rebuilt, ensure_ascii=False)), where)
                return
        self._add([value], lambda masked: write(masked[0]), where)

    def _json(self, value: Any, write: Callable[[Any], None], where: str = "") -> None:
        strings: list[str] = []
        json_strings(value, strings, numbers=True)  # a card number may be a JSON number
        self._add(strings, lambda masked: write(json_rebuild(value, iter(masked), numbers=True)), where)

    def _json_text(self, value: str, write: Callable[[Any], None], where: str = "") -> None:
        try:
            data = json.loads(value)
        except ValueError:
            if "\\" in value:  # escapes the detector cannot read in text that is not JSON
                raise InvalidRequest(
                    f"'{where}' is not valid JSON and holds escapes, so it cannot be anonymized; the request "
                    "was not sent.", param=where or None,
                ) from None
            self._add([value], lambda masked: write(masked[0]), where)
            return
        self._json(data, lambda rebuilt: write(json.dumps(rebuilt, ensure_ascii=False)), where)

    def _media(self, obj: Any, attribute: str, value: Any, path: str) -> None:
        kind = getattr(obj, "type", "non-text")
        if kind in TEXT_PART_KINDS:
            extra = sorted(set(value) - TEXT_PART_EXTRAS)
            if extra:
                raise InvalidRequest(
                    f"'{path}' is a text part with keys other than text and cache_control, which cannot be "
                    "anonymized; the request was not sent.", param=path,
                )
            self._json(value, _setter(obj, attribute), path)  # cache_control and the like: masked as JSON
            return
        # The message names known kinds only: error messages reach the log, and a client's own
        # string (a made-up part type) could be anything.
        named = f"a '{kind}' part" if kind in MEDIA_PART_KINDS else "a part that is not text"
        raise InvalidRequest(
            f"'{path}' is {named}, which cannot be anonymized without destroying it; the request "
            "was not sent. Send it without this part, or without anonymization.",
            param=path,
        )

    def _add(self, texts: list[str], write: Callable[[list[str]], None], where: str = "") -> None:
        """Texts to mask, and how to write them back. A base64 `data:` URL in one is text the model
        reads as easily as any other, which the detectors cannot: its payload is masked decoded
        and written back encoded (see `_data_url_pieces`)."""
        layout: list[int] | None = None
        if any(_DATA_URL_HINT in text or _DATA_URL_HINT.upper() in text for text in texts):
            layout, pieces = [], []
            for text in texts:
                split = _data_url_pieces(text, where)
                layout.append(len(split))
                pieces.extend(split)
            texts = pieces
        start = len(self.texts)
        self.texts.extend(texts)
        if layout is None:
            self.writers.append((start, len(self.texts), write))
        else:
            self.writers.append((start, len(self.texts), lambda masked: write(_joined_pieces(masked, layout))))

    # ---------------------------------------------------------------- writing

    def apply(self, anonymizer: Anonymizer, verbatim: VerbatimKinds | None = None) -> Vault:
        """Check identifiers, mask every text, write everything back; return the vault. `verbatim`
        (for this anonymizer) has what the protocol's own words hold; without it they are asked."""
        limit = anonymizer.config.max_text_chars
        if self.size > limit:
            raise PayloadTooLarge(
                f"The request holds {self.size:,} characters of text; anonymization reads at most {limit:,} "
                "(privacy.max_text_chars), so the request was not sent."
            )
        vault = anonymizer.new_vault()
        try:
            for where, text, pattern in self.identifiers:
                if not pattern.fullmatch(text):
                    allowed = _ALLOWED.get(pattern, "a domain (letters, digits, '-', '.', a path)")
                    raise InvalidRequest(
                        f"'{where}' must be sent verbatim, so with anonymization it may hold only {allowed}; "
                        "the request was not sent.",
                        param=where,
                    )
            # Words of the declared tools' names only: a server tool's domains and settings are no
            # tool's name, and their words ("keller" of keller-treuhand.ch) must not unmask a person.
            tool_words = frozenset(word.casefold() for where, text, _ in self.identifiers
                                   if where.startswith("tools[") and where.endswith(".function.name")
                                   for word in _words_of(text).split())
            masked = anonymizer.mask_many(self.texts, vault, tool_words=tool_words)
            hints = {h.casefold() for h in vault.person_hints()}  # name parts masked in the request
            masked_words = _masked_word_runs(vault.originals()) if self.identifiers else {}
            known = verbatim.known if verbatim is not None and verbatim.anonymizer is anonymizer else {}
            asked: dict[str, frozenset[str]] = {}  # every role of a conversation is one word: asked once
            for where, text, _ in self.identifiers:
                words = _words_of(text)
                # Person names are judged by the request's own names only: on bare words ("Read",
                # "Bash", "Record") the name detector guesses, and a tool name is no sentence.
                found = known.get(words)
                if found is None:
                    found = asked.get(words)
                    if found is None:
                        found = asked[words] = kinds_in_words(anonymizer, words)
                kinds = set(found)
                if hints.intersection(w.casefold() for w in words.split()):
                    kinds.add(EntityType.PERSON)
                if _holds_a_run(words, masked_words):
                    kinds.add("a value masked elsewhere in the request")
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
# Verbatim fields that are no names at all, by their path: a reasoning effort is one of OpenAI's
# levels, and logit_bias is keyed by token ids. A name fits the identifier rule ("Anna_Meier"), and
# is found in it only where the request's text has it too (a tool's name is no sentence: the name
# detector does not guess on its words), so these fields say what they hold instead.
_EFFORT = re.compile(r"none|minimal|low|medium|high|xhigh")
_TOKEN_ID = re.compile(r"[0-9]{1,10}")
_VERBATIM_FIELDS = {"reasoning_effort": _EFFORT, "logit_bias": _TOKEN_ID}
_ALLOWED = {_IDENTIFIER: "letters, digits, '_' and '-' (at most 64)",
            _EFFORT: "one of none, minimal, low, medium, high, xhigh", _TOKEN_ID: "token ids (digits)"}

# A base64 `data:` URL (RFC 2397): its media type and parameters (masked as text around it), then
# the payload. Only its plain form: percent-encoded or wrapped payloads are not decoded.
_DATA_URL_HINT = "base64,"
_DATA_URL = re.compile(r"data:[\w.+/-]{0,128}(?:;[^;,\s]{1,128}){0,8}?;base64,(?P<payload>[A-Za-z0-9+/]+={0,2})",
                       re.IGNORECASE)  # bounded before the payload: a text of many "data:" is read in linear time


def _data_url_pieces(text: str, where: str) -> list[str]:
    """`text` cut around the payloads of its base64 data: URLs, each payload decoded: [text before,
    payload, text between, …, text after] (just [text] without one). A payload that is not UTF-8
    text (a PDF, an image) cannot be read, so not masked: refused, naming the field."""
    pieces: list[str] = []
    last = 0
    for match in _DATA_URL.finditer(text):
        try:
            decoded = base64.b64decode(match.group("payload"), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise InvalidRequest(
                f"'{where}' holds a base64 data: URL whose content is not text, which cannot be anonymized; the "
                "request was not sent. Send it without it, or without anonymization.", param=where or None,
            ) from None
        pieces += [text[last:match.start("payload")], decoded]
        last = match.end("payload")
    pieces.append(text[last:])
    return pieces


def _joined_pieces(masked: list[str], layout: list[int]) -> list[str]:
    """The masked texts again from their masked pieces (`_data_url_pieces`), payloads encoded."""
    texts: list[str] = []
    at = 0
    for count in layout:
        pieces = masked[at:at + count]
        at += count
        texts.append("".join(piece if i % 2 == 0 else base64.b64encode(piece.encode()).decode()
                             for i, piece in enumerate(pieces)))
    return texts
_WORD_BREAK = re.compile(r"[_\-./]+|(?<=[a-z])(?=[A-Z])")
# Part kinds of OpenAI's APIs that carry media, named in refusals.
MEDIA_PART_KINDS = frozenset({"image_url", "input_audio", "file", "input_image", "input_file", "refusal"})
# Keys a text part may carry besides its text while anonymizing (none of them holds content).
TEXT_PART_EXTRAS = frozenset({"cache_control"})


_ALNUM_RUN = re.compile(r"[^\W_]+")


def _masked_word_runs(originals: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """The words of each masked value, as runs an identifier must not contain
    (`anna_meier_example_ch` next to a masked "anna.meier@example.ch"), and an e-mail's local
    part on its own; keyed by their first word (a lookup per word of an identifier, not a scan of
    every value). A run is at least two words, or one of six characters or more (an IBAN, a
    number): single short words ("ch", "example") are too common to refuse a name for."""
    runs: dict[str, list[tuple[str, ...]]] = {}
    for original in originals:
        pieces = [original, original.split("@", 1)[0]] if "@" in original else [original]
        for piece in pieces:
            run = tuple(w.casefold() for w in _ALNUM_RUN.findall(piece))
            if len(run) >= 2 or (len(run) == 1 and len(run[0]) >= 6):
                runs.setdefault(run[0], []).append(run)
    return runs


def _holds_a_run(words: str, runs: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether the identifier's words contain one of ``runs`` as consecutive words."""
    have = [w.casefold() for w in _ALNUM_RUN.findall(words)]
    for i, word in enumerate(have):
        for run in runs.get(word, ()):
            if tuple(have[i:i + len(run)]) == run:
                return True
    return False


def _words_of(identifier: str) -> str:
    """`email_annaMeier` → `email anna Meier`: the detectors read words (`iban_CH93…` holds an
    IBAN), and a name of the request inside an identifier is still that name."""
    return " ".join(w for w in _WORD_BREAK.split(identifier) if w)


def _merge_text_parts(parts: list[ContentPart]) -> list[ContentPart]:
    """Adjacent text parts as one: a value split across parts ("anna.meier@exa" + "mple.ch") is
    one value to the detector, as it is to a provider that joins them. A document is a block of
    its own at Anthropic (it is cited by its index), so it stays a part of its own."""
    merged: list[ContentPart] = []
    for part in parts:
        previous = merged[-1] if merged else None
        if (previous is not None and part.type in TEXT_PART_KINDS and previous.type in TEXT_PART_KINDS
                and not part.data and not previous.data and part.text is not None and previous.text is not None
                and part.document is None and previous.document is None):
            # A caching breakpoint after either part marks the end of the joined one.
            merged[-1] = ContentPart(type=previous.type, text=previous.text + part.text,
                                     cache=part.cache or previous.cache)
        else:
            merged.append(part)
    return merged


def _setter(obj: Any, attribute: str) -> Callable[[Any], None]:
    return lambda value: setattr(obj, attribute, value)


def kinds_in_words(anonymizer: Anonymizer, words: str) -> frozenset[str]:
    """The types of what the detectors find in an identifier's words, persons aside (`_MaskPlan.apply`)."""
    return frozenset(str(e.type) for e in anonymizer.detect(words) if e.type != EntityType.PERSON)


# The words every request sends verbatim in the same fields, as `_words_of` gives them: message roles
# (of every dialect), the types of text parts and of tools and tool calls.
PROTOCOL_WORDS = frozenset({"system", "developer", "user", "assistant", "tool", "function", "model",
                            *(_words_of(kind) for kind in TEXT_PART_KINDS)})


class VerbatimKinds:
    """What the detectors find in the protocol's own words (PROTOCOL_WORDS), asked of one anonymizer
    once: it depends on the anonymizer alone (its detectors and its deny-list), and asking it for
    every message's role and part's type cost every detector's fixed cost each (~110 us on a
    word; a tenth of masking the bench's 160-character prompt). Immutable once built; a word whose
    detection failed here is left out, so it is asked with the request and fails it closed."""

    __slots__ = ("anonymizer", "known")

    def __init__(self, anonymizer: Anonymizer) -> None:
        self.anonymizer = anonymizer
        known: dict[str, frozenset[str]] = {}
        for words in sorted(PROTOCOL_WORDS):
            try:
                known[words] = kinds_in_words(anonymizer, words)
            except Exception:  # noqa: BLE001 - asked again per request, where a failure blocks it
                continue
        self.known: Mapping[str, frozenset[str]] = MappingProxyType(known)


def plan_masking(request: ChatRequest | EmbeddingRequest) -> _MaskPlan:
    """Read every field of `request`; raise `InvalidRequest` (naming the field) for what cannot be
    masked. Nothing is changed until `apply`."""
    plan = _MaskPlan()
    plan.walk(request)
    return plan


def mask_request(anonymizer: Anonymizer, request: ChatRequest | EmbeddingRequest,
                 verbatim: VerbatimKinds | None = None) -> Vault:
    """Replace personal data in every field of `request` (in place); return the request's vault."""
    return plan_masking(request).apply(anonymizer, verbatim)
