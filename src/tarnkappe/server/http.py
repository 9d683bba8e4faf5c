"""HTTP plumbing shared by every API dialect: reading bounded JSON bodies, finding the caller's key,
fast JSON responses, and cancelling work when the client goes away."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Mapping
from typing import Any, TypeVar

import orjson
from starlette.requests import Request
from starlette.responses import Response

from tarnkappe.gateway.errors import InvalidRequest, PayloadTooLarge

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
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"The request body is larger than the gateway's limit of {limit} bytes.")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"The request body is larger than the gateway's limit of {limit} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


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
    (PeakPrivacy clients), in that order."""
    authorization = headers.get("authorization")
    if authorization:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
    return headers.get("api-key") or headers.get("api-token") or None


async def run_until_disconnect(request: Request, work: Awaitable[T]) -> T:
    """Await `work`, but cancel it as soon as the client disconnects, so that an abandoned
    request does not keep an upstream call (and its cost) running.

    Only for requests whose body has been read completely: then the next ASGI message can only be
    the disconnect. One watcher task per request; the work itself runs in the request's own task.
    """
    current = asyncio.current_task()
    assert current is not None
    state = {"working": True, "disconnected": False}

    def on_watcher_done(done: asyncio.Future[None]) -> None:
        # Only a real disconnect, and only while the work is still running, cancels anything.
        if state["working"] and not done.cancelled() and done.exception() is None:
            state["disconnected"] = True
            current.cancel()

    watcher = asyncio.ensure_future(_wait_for_disconnect(request))
    watcher.add_done_callback(on_watcher_done)
    try:
        return await work
    except asyncio.CancelledError:
        if state["disconnected"]:
            current.uncancel()
            raise ClientDisconnected from None
        raise
    finally:
        state["working"] = False
        watcher.cancel()


async def _wait_for_disconnect(request: Request) -> None:
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return
