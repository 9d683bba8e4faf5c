"""Refusals named as the client sent the field.

The pipeline and the providers name a field at fault by its canonical path, in OpenAI's Chat
Completions shape (`tools[1].function.name`, `messages[3].tool_calls[0].function.arguments`). A
dialect of another shape translates its requests — Anthropic's merges turns, splits tool results off
and lifts system turns; the Responses API flattens namespaces and leaves hosted web search out — so
the canonical indexes and names are not the client's. Such a dialect notes, while parsing, the
client's path of each canonical object (a message, a content part, a tool call, a tool), and an
error's `param` is translated when it is raised: the canonical path then is that of the request as
it was at that moment (a guardrail system message may have been put first, masking may have joined
text parts), so the map is taken from the objects where they are then, not from their indexes
when they were parsed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tarnkappe.core.errors import GatewayError
from tarnkappe.core.types import ChatRequest

# Field names of the canonical shape → the dialect's, within a path (".function.name" → ".name").
Renames = tuple[tuple[str, str], ...]


@dataclass(slots=True)
class Origins:
    """The client's path of the canonical objects of one request, by identity."""

    # id → (the object, its path): ids of objects that are gone can be reused, so the object is
    # kept to check.
    found: dict[int, tuple[object, str]] = field(default_factory=dict)

    def note(self, obj: object, where: str) -> None:
        self.found[id(obj)] = (obj, where)

    def of(self, obj: object) -> str | None:
        entry = self.found.get(id(obj))
        return entry[1] if entry is not None and entry[0] is obj else None


def canonical_paths(request: ChatRequest, origins: Origins) -> dict[str, str]:
    """canonical path → the client's, for the request as it is now: a message's content
    (`messages[k].content`), its parts, its tool calls, and the tools."""
    paths: dict[str, str] = {}
    for k, message in enumerate(request.messages):
        key = f"messages[{k}]"
        content = origins.of(message)
        if content is not None:
            paths[f"{key}.content"] = content
        for j, part in enumerate(message.content if isinstance(message.content, list) else ()):
            where = origins.of(part)
            if where is not None:
                paths[f"{key}.content[{j}]"] = where
                if part.document is not None and part.type == "text":
                    paths[f"{key}.content[{j}].text"] = f"{where}.source.data"
        for c, call in enumerate(message.tool_calls or ()):
            where = origins.of(call)
            if where is not None:
                paths[f"{key}.tool_calls[{c}]"] = where
    for t, tool in enumerate(request.tools or ()):
        where = origins.of(tool)
        if where is not None:
            paths[f"tools[{t}]"] = where
    return paths


def client_param(param: str, paths: dict[str, str], renames: Renames = ()) -> str:
    """A canonical field path (an error's `param`) as the client named the field: the longest
    mapped prefix replaced, then the canonical field names in the rest."""
    best = max((key for key in paths if param == key or param.startswith((key + ".", key + "["))),
               key=len, default=None)
    head, rest = (paths[best], param[len(best):]) if best is not None else ("", param)
    for old, new in renames:
        rest = rest.replace(old, new)
    return head + rest


def named_as_sent(exc: BaseException, request: ChatRequest, origins: Origins, renames: Renames,
                  fields: Iterable[tuple[str, str]] = ()) -> BaseException:
    """`exc` with its `param` (and the path quoted in its message) as the client sent the field —
    for errors raised after the dialect parsed and checked `request` (those before name the
    client's fields already). `fields` renames top-level parameters (`stop` → `stop_sequences`)."""
    if not isinstance(exc, GatewayError) or not exc.param:
        return exc
    paths = {**dict(fields), **canonical_paths(request, origins)}
    named = client_param(exc.param, paths, renames)
    if named != exc.param:
        exc.message = exc.message.replace(f"'{exc.param}'", f"'{named}'")
        exc.param = named
    return exc
