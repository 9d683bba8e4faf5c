"""A client that goes away cancels the upstream call: nobody pays for an answer no one reads."""

from __future__ import annotations

import os
import time

import httpx
import pytest

from tests.conftest import RunningGateway


def wait_for(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_stream_disconnect_cancels_upstream(gateway: RunningGateway, marker: str) -> None:
    with httpx.stream(
        "POST", gateway.base_url + "/v1/chat/completions", headers={"Authorization": f"Bearer {gateway.key}"},
        json={"model": "fake/drip", "messages": [{"role": "user", "content": marker}], "stream": True}, timeout=30,
    ) as response:
        assert response.status_code == 200
        seen = 0
        for line in response.iter_lines():
            if line.startswith("data: "):
                seen += 1
            if seen == 3:
                break  # leaving the block closes the connection mid-stream
    assert wait_for(lambda: marker in gateway.upstream.log.disconnects), "upstream call still running"


def test_non_streamed_disconnect_cancels_upstream(gateway: RunningGateway, marker: str) -> None:
    # fake/slow's upstream would answer after 30 s; the client gives up after 0.5 s.
    try:
        httpx.post(
            gateway.base_url + "/v1/chat/completions", headers={"Authorization": f"Bearer {gateway.key}"},
            json={"model": "fake/slow", "messages": [{"role": "user", "content": marker}]}, timeout=0.5,
        )
    except httpx.TimeoutException:
        pass
    else:
        raise AssertionError("the slow upstream answered before the client gave up")
    assert wait_for(lambda: marker in gateway.upstream.log.disconnects, timeout=5), "upstream call still running"


def test_gateway_keeps_serving_after_disconnects(gateway: RunningGateway, marker: str) -> None:
    response = httpx.post(
        gateway.base_url + "/v1/chat/completions", headers={"Authorization": f"Bearer {gateway.key}"},
        json={"model": "fake/echo", "messages": [{"role": "user", "content": marker}]},
    )
    assert response.status_code == 200


def test_parsed_stream_disconnect_cancels_upstream(gateway: RunningGateway, marker: str) -> None:
    # Anonymized: restored chunk by chunk, so written by SSEResponse rather than relayed.
    with httpx.stream(
        "POST", gateway.base_url + "/v1/chat/completions", headers={"Authorization": f"Bearer {gateway.key}"},
        json={"model": "fake/drip", "messages": [{"role": "user", "content": marker}], "stream": True,
              "anonymize": True}, timeout=30,
    ) as response:
        assert response.status_code == 200
        seen = 0
        for line in response.iter_lines():
            if line.startswith("data: "):
                seen += 1
            if seen == 3:
                break  # leaving the block closes the connection mid-stream
    assert wait_for(lambda: marker in gateway.upstream.log.disconnects), "upstream call still running"


def _cancelled_lines(gateway: RunningGateway, path: str) -> int:
    """Access-log lines of streams on `path` that the pipeline recorded as cancelled."""
    return sum(f"POST {path} 200" in line and "outcome=cancelled" in line and "model=fake/drip" in line
               for line in gateway.log_path.read_text().splitlines())


@pytest.mark.parametrize("anonymize", [False, True])
@pytest.mark.parametrize("path", ["/v1/messages", "/v1/responses"])
def test_typed_stream_disconnect_cancels_upstream_and_is_recorded(gateway: RunningGateway, path: str,
                                                                   anonymize: bool) -> None:
    """Anthropic's Messages API and OpenAI's Responses API, plain and anonymized: their streams are
    parsed, a network read at a time; a client that leaves mid-stream ends the upstream call, and
    the request is recorded (settled) as cancelled."""
    marker = "mk" + os.urandom(6).hex()
    if path == "/v1/messages":
        headers = {"x-api-key": gateway.key, "anthropic-version": "2023-06-01"}
        body = {"model": "fake/drip", "max_tokens": 100, "messages": [{"role": "user", "content": marker}]}
    else:
        headers = {"Authorization": f"Bearer {gateway.key}"}
        body = {"model": "fake/drip", "input": marker}
    before = _cancelled_lines(gateway, path)
    with httpx.stream("POST", gateway.base_url + path, headers=headers, timeout=30,
                      json={**body, "stream": True, "anonymize": anonymize}) as response:
        assert response.status_code == 200
        seen = 0
        for line in response.iter_lines():
            seen += line.startswith("data: ")
            if seen == 6:
                break  # leaving the block closes the connection mid-stream
    assert wait_for(lambda: marker in gateway.upstream.log.disconnects), "upstream call still running"
    assert wait_for(lambda: _cancelled_lines(gateway, path) == before + 1), "not recorded as cancelled"
