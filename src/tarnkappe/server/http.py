"""HTTP plumbing shared by every API dialect: reading bounded JSON bodies, finding the caller's key,
fast JSON responses, and cancelling work when the client goes away."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Mapping
from typing import Any, TypeVar

import orjson
from starlette.requests import Request
from starlette.responses import Response

from tarnkappe.core.errors import InvalidRequest, PayloadTooLarge
from tarnkappe.server.disconnect import DisconnectSignal, disconnect_signal

T = TypeVar("T")


class ClientDisconnected(Exception):
    """The client went away before its answer was ready; the work for it has been cancelled."""

_JSON_OPTIONS = orjson.OPT_SERIALIZE_NUMPY


class JSONResponse(Response):
    """orjson-encoded JSON: several times faster than the standard library on answers with long
    float arrays (embeddings), and it writes float32 values in their shortest form."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=_JSON_OPTIONS)


def dumps(content: Any) -> bytes:
    return orjson.dumps(content, option=_JSON_OPTIONS)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing more than `limit` bytes without reading them all."""
    declared = None
    for name, value in request.scope["headers"]:  # raw, as the server gave them: no Headers object built
        if name == b"content-length":
            declared = value
            break
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"The request body is larger than the gateway's limit of {limit} bytes.")
    # The ASGI messages themselves, as Starlette's `Request.stream()` reads them, without its
    # generator: a body nearly always comes in one message.
    receive = request.receive
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        kind = message["type"]
        if kind == "http.request":
            chunk = message.get("body", b"")
            if chunk:
                size += len(chunk)
                if size > limit:
                    raise PayloadTooLarge(f"The request body is larger than the gateway's limit of {limit} bytes.")
                chunks.append(chunk)
            if not message.get("more_body", False):
                break
        elif kind == "http.disconnect":
            # Gone before its body was complete (or cut off by the server: too slow, too large).
            raise ClientDisconnected
    request._stream_consumed = True  # as Request.stream() leaves it: the body cannot be read again
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


MAX_JSON_DEPTH = 64


def check_depth(data: Any, limit: int = MAX_JSON_DEPTH) -> None:
    """Refuse a JSON value nested deeper than `limit` (arrays and objects): 400 naming the field.

    Deeper values break what comes after (orjson writes at most 254 levels, recursive walkers
    meet Python's recursion limit) and no real request needs them: JSON schemas of tools and
    structured outputs are a few levels deep (OpenAI's strict mode allows 10). Iterative, and it
    looks only into containers, so its cost is the number of arrays and objects: one level at a
    time, without a tuple or a generator per container."""
    level: list[Any] = [data]
    depth = 1
    while level:
        if depth > limit:
            field = _deep_field(data, limit)
            raise InvalidRequest(
                f"Invalid value for '{field}': it is nested deeper than {limit} levels.", param=field
            )
        deeper: list[Any] = []
        for value in level:
            if isinstance(value, dict):
                value = value.values()
            elif not isinstance(value, list):
                continue
            for item in value:
                if isinstance(item, (dict, list)):
                    deeper.append(item)
        level = deeper
        depth += 1


def within_depth(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when the JSON text `body` cannot hold a value nested deeper than `limit`: every array
    and object of the parsed value opens with its own '[' or '{', so a text with no more of these
    bytes (strings' included) than `limit` needs no `check_depth` walk. Two scans in C."""
    return body.count(b"{") + body.count(b"[") <= limit


def _deep_field(data: Any, limit: int, shown: int = 4) -> str:
    """The name of the field that holds the too-deep value, e.g. `tools[0].function.parameters`
    (its first `shown` steps: the rest would be a path as long as the nesting)."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) >= limit:
            parts = enumerate(path[:shown])
            return "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in parts)
        if isinstance(value, dict):
            stack.extend((v, (*path, str(k))) for k, v in value.items() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(value) if isinstance(v, (dict, list)))
    return "(body)"


def parse_json_object(body: bytes) -> dict[str, Any]:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise InvalidRequest(
            "We could not parse the JSON body of your request. The body must be a JSON object "
            "sent with 'Content-Type: application/json'."
        ) from None
    if not isinstance(data, dict):
        raise InvalidRequest("The request body must be a JSON object.")
    return data


def api_key_from_headers(headers: Mapping[str, str]) -> str | None:
    """The caller's key from `Authorization: Bearer`, `api-key` (Azure SDKs) or `Api-token`
    (PeakPrivacy clients), in that order.

    A key is compared exactly: only the spaces and tabs that HTTP allows around a value are
    trimmed, never other white space (a key followed by a non-breaking space is another key).
    """
    return _api_key(headers.get("authorization"), headers.get("api-key"), headers.get("api-token"))


def api_key_from_scope(scope: Mapping[str, Any]) -> str | None:
    """`api_key_from_headers` of a request's raw ASGI headers (names lower-case, as ASGI has them),
    read in one pass without building Starlette's `Headers`: the first value of each header, decoded
    as Latin-1, as `Headers.get` gives it."""
    authorization = api_key = api_token = None
    for name, value in scope["headers"]:
        if name == b"authorization":
            if authorization is None:
                authorization = value
        elif name == b"api-key":
            if api_key is None:
                api_key = value
        elif name == b"api-token" and api_token is None:
            api_token = value
    return _api_key(authorization.decode("latin-1") if authorization is not None else None,
                    api_key.decode("latin-1") if api_key is not None else None,
                    api_token.decode("latin-1") if api_token is not None else None)


def _api_key(authorization: str | None, api_key: str | None, api_token: str | None) -> str | None:
    if authorization:
        scheme, _, value = authorization.strip(_OWS).partition(" ")
        value = value.strip(_OWS)
        if scheme.lower() == "bearer" and value:
            return value
    return (api_key or "").strip(_OWS) or (api_token or "").strip(_OWS) or None


_OWS = " \t"  # HTTP's optional white space (RFC 9110, 5.6.3)


class DisconnectWatch:
    """Cancel the work of the current task as soon as the client disconnects, so that an abandoned
    request does not keep an upstream call (and its cost) running.

    `start()` only once the request's body has been read completely: then the next ASGI message can
    only be the disconnect. It may be called from inside the work `run` awaits (a dialect's body
    reader runs inside the pipeline's call): the watch cancels the task, not a coroutine. Under
    Tarnkappe's own server the connection's loss is signalled (server/disconnect.py) and nothing
    waits for it; under any other, one watcher task per request waits in `receive()`. The work
    itself runs in the request's own task.
    """

    __slots__ = ("_request", "_task", "_watcher", "_signal", "_working", "_disconnected")

    def __init__(self, request: Request) -> None:
        self._request = request
        self._task: asyncio.Task[Any] | None = None
        self._watcher: asyncio.Future[None] | None = None
        self._signal: DisconnectSignal | None = None
        self._working = True
        self._disconnected = False

    def start(self) -> None:
        self._task = asyncio.current_task()
        signal = disconnect_signal(self._request.scope)
        if signal is None:
            self._watcher = asyncio.ensure_future(_wait_for_disconnect(self._request))
            self._watcher.add_done_callback(self._on_watcher_done)
        elif signal.gone:  # lost between the body's end and now
            self._on_disconnect()
        else:
            self._signal = signal
            signal.callback = self._on_disconnect

    def _on_watcher_done(self, done: asyncio.Future[None]) -> None:
        # Only a real disconnect, and only while the work is still running, cancels anything.
        if not done.cancelled() and done.exception() is None:
            self._on_disconnect()

    def _on_disconnect(self) -> None:
        if self._working and self._task is not None:
            self._disconnected = True
            self._task.cancel()

    async def run(self, work: Awaitable[T]) -> T:
        """Await `work`; ClientDisconnected if the watch cancelled it."""
        try:
            return await work
        except asyncio.CancelledError:
            if self._disconnected and self._task is not None:
                self._task.uncancel()
                raise ClientDisconnected from None
            raise
        finally:
            self._working = False
            if self._signal is not None:
                self._signal.callback = None
            if self._watcher is not None:
                self._watcher.cancel()


async def run_until_disconnect(request: Request, work: Awaitable[T]) -> T:
    """Await `work`, cancelling it if the client disconnects (its body must be read already)."""
    watch = DisconnectWatch(request)
    watch.start()
    return await watch.run(work)


async def _wait_for_disconnect(request: Request) -> None:
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return
