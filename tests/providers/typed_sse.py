"""Reading a stream of typed Server-Sent Events (Anthropic's Messages API, OpenAI's Responses API)
as the raw client sees it: every frame an `event:` line and a `data:` line whose JSON names the same
type, nothing else."""

from __future__ import annotations

import json
from typing import Any

import httpx


def typed_events(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    found = []
    for frame in response.text.strip().split("\n\n"):
        kind, data = frame.split("\n")
        event = json.loads(data.removeprefix("data: "))
        assert kind == f"event: {event['type']}"
        found.append(event)
    return found
