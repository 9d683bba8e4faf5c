"""The PeakPrivacy-compatible API, exercised like the document's curl examples
(../shared/seeds/002_73c03135d8f8f4cd.txt): same headers, same body, every documented answer."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import httpx
import pytest

from tests.conftest import RunningGateway
from tests.gateways import GatewayFactory


def headers(token: str) -> dict[str, str]:
    return {
        "Api-token": token,
        "X-Requested-With": "XMLHttpRequest",
        "Accept": "application/json",
        "Content-Type": "application/json",
    }


def documented_body(content: str, **overrides: object) -> dict:
    """The document's example request, field for field."""
    body = {
        "model": "fake/echo",
        "messages": [{"role": "user", "content": content}],
        "temperature": None,
        "top_p": None,
        "max_tokens": None,
        "random_seed": None,
        "safe_prompt": None,
        "anonymize": False,
    }
    body.update(overrides)
    return body


def post(gateway: RunningGateway, body: object, token: str | None = None) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(gateway.base_url + "/v1/ai/completions", content=content,
                      headers=headers(gateway.key if token is None else token), timeout=30)


def test_documented_request_and_answer(gateway: RunningGateway, marker: str) -> None:
    response = post(gateway, documented_body(marker))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    answer = response.json()
    assert set(answer) == {"id", "object", "created", "model", "choices", "usage"}
    uuid.UUID(answer["id"])
    assert answer["object"] == "chat.completion" and isinstance(answer["created"], int)
    assert answer["model"] == "fake/echo"
    (choice,) = answer["choices"]
    assert set(choice) == {"finish_reason", "index", "message"}
    assert choice["finish_reason"] == "stop" and choice["index"] == 0
    assert choice["message"] == {"content": f"echo: {marker}", "role": "assistant"}
    assert set(answer["usage"]) == {"completion_tokens", "prompt_tokens", "total_tokens"}
    usage = answer["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0


def test_parameters_reach_the_upstream(gateway: RunningGateway, marker: str) -> None:
    response = post(gateway, documented_body(marker, temperature=0.2, top_p=0.5, max_tokens=33, random_seed=42))
    assert response.status_code == 200, response.text
    (received,) = gateway.upstream.log.find(marker)
    body = received.body
    assert (body["temperature"], body["top_p"], body["max_tokens"], body["seed"]) == (0.2, 0.5, 33, 42)


def test_safe_prompt_prepends_a_safety_system_prompt(gateway: RunningGateway, marker: str) -> None:
    assert post(gateway, documented_body(marker, safe_prompt=True)).status_code == 200
    (received,) = gateway.upstream.log.find(marker)
    first = received.body["messages"][0]
    assert first["role"] == "system" and "respect" in first["content"]
    assert received.body["messages"][1]["content"] == marker


def test_models_list(gateway: RunningGateway) -> None:
    response = httpx.get(gateway.base_url + "/v1/ai/models", headers=headers(gateway.key))
    assert response.status_code == 200
    answer = response.json()
    assert answer["object"] == "list"
    ids = {m["id"] for m in answer["data"]}
    assert "fake/echo" in ids and "fake/embed" not in ids, "chat models only"
    assert all(set(m) == {"id", "object", "created", "owned_by"} and m["object"] == "model" for m in answer["data"])


@pytest.mark.parametrize("token", ["", "wrong-token"])
def test_unauthenticated(gateway: RunningGateway, token: str) -> None:
    response = post(gateway, documented_body("x"), token=token)
    assert response.status_code == 401
    assert response.json() == {"error": "Unauthenticated"}
    models = httpx.get(gateway.base_url + "/v1/ai/models", headers=headers(token))
    assert models.status_code == 401 and models.json() == {"error": "Unauthenticated"}


def test_bearer_is_not_the_peakprivacy_header(gateway: RunningGateway) -> None:
    response = httpx.post(gateway.base_url + "/v1/ai/completions", json=documented_body("x"),
                          headers={"Authorization": f"Bearer {gateway.key}"})
    assert response.status_code == 401 and response.json() == {"error": "Unauthenticated"}


@pytest.mark.parametrize(
    "body, expected",
    [
        ({"messages": [{"role": "user", "content": "x"}]}, {"model": ["The model field is required."]}),
        ({"model": "gpt-17", "messages": [{"role": "user", "content": "x"}]},
         {"model": ["The selected model is invalid. GET /v1/ai/models lists the models you may use."]}),
        # The document's own example model, which a catalog need not have.
        (documented_body("x", model="gpt-4-1106-preview"),
         {"model": ["The selected model is invalid. GET /v1/ai/models lists the models you may use."]}),
        ({"model": "fake/echo"}, {"messages": ["The messages field is required."]}),
        ({"model": "fake/echo", "messages": [{"content": "x"}]}, {"messages.0.role": ["The messages.0.role field is required."]}),
        ({"model": "fake/echo", "messages": [{"role": "user", "content": "a"}, {"role": "user"}]},
         {"messages.1.content": ["The messages.1.content field is required."]}),
        ({"model": "fake/echo", "messages": [{"role": "robot", "content": "x"}]},
         {"messages.0.role": ["The selected messages.0.role is invalid."]}),
        (documented_body("x", temperature=1.5), {"temperature": ["The temperature field must be between 0 and 1."]}),
        (documented_body("x", top_p=-0.1), {"top_p": ["The top_p field must be between 0 and 1."]}),
        (documented_body("x", temperature="hot"), {"temperature": ["The temperature field must be a number."]}),
        (documented_body("x", max_tokens=0), {"max_tokens": ["The max_tokens field must be at least 1."]}),
        (documented_body("x", max_tokens=2.5), {"max_tokens": ["The max_tokens field must be an integer."]}),
        (documented_body("x", random_seed="abc"), {"random_seed": ["The random_seed field must be an integer."]}),
        (documented_body("x", safe_prompt="yes"), {"safe_prompt": ["The safe_prompt field must be true or false."]}),
        (documented_body("x", anonymize=1), {"anonymize": ["The anonymize field must be true or false."]}),
        (documented_body("x", stream="no"), {"stream": ["The stream field must be true or false."]}),
    ],
)
def test_validation_errors(gateway: RunningGateway, body: dict, expected: dict) -> None:
    response = post(gateway, body)
    assert response.status_code == 400
    assert response.json() == {"message": "Validation error", "errors": expected}


def test_every_invalid_field_at_once(gateway: RunningGateway) -> None:
    response = post(gateway, {"messages": [{"role": "user"}], "temperature": 3, "max_tokens": -1})
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "model": ["The model field is required."],
        "messages.0.content": ["The messages.0.content field is required."],
        "temperature": ["The temperature field must be between 0 and 1."],
        "max_tokens": ["The max_tokens field must be at least 1."],
    }


@pytest.mark.parametrize("raw", [b'{"model": "fake/echo", "messages": [', b"", b"not json at all"])
def test_malformed_json_is_a_400_in_the_documented_shape(gateway: RunningGateway, raw: bytes) -> None:
    response = post(gateway, raw)
    assert response.status_code == 400
    assert response.json() == {
        "message": "Validation error",
        "errors": {"model": ["The model field is required."], "messages": ["The messages field is required."]},
    }


def test_streaming(gateway: RunningGateway, marker: str) -> None:
    with httpx.stream("POST", gateway.base_url + "/v1/ai/completions", headers=headers(gateway.key),
                      json=documented_body(marker, stream=True), timeout=30) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = [line.removeprefix("data: ") for line in response.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert len(chunks) > 3
    assert len({c["id"] for c in chunks}) == 1
    uuid.UUID(chunks[0]["id"])
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks) == f"echo: {marker}"


def test_upstream_failure_is_a_json_error(gateway: RunningGateway) -> None:
    response = post(gateway, documented_body("x", model="fake/status-500"))
    assert response.status_code == 502
    assert set(response.json()) == {"error"}


def test_metered_in_the_same_ledger_as_openai_calls(gateways: GatewayFactory, tmp_path: Path, marker: str) -> None:
    gateway = gateways.start(gateways.config(f"sqlite:///{tmp_path / 'ledger.db'}"), workdir=tmp_path)
    gateways.cli(gateway.config_path, "orgs", "create", "peak-ledger")
    key = gateways.cli(gateway.config_path, "keys", "create", "--org", "peak-ledger").stdout.strip()
    response = httpx.post(gateway.base_url + "/v1/ai/completions", headers=headers(key),
                          json=documented_body(marker, model="fake/metered"))
    assert response.status_code == 200, response.text
    gateway.client(key).chat.completions.create(model="fake/metered", messages=[{"role": "user", "content": marker}])
    assert gateway.stop() in (0, -15)
    with sqlite3.connect(tmp_path / "ledger.db") as connection:
        rows = connection.execute(
            "SELECT model, completion_tokens, cost FROM usage_ledger JOIN organizations o ON o.id = org_id "
            "WHERE o.name = 'peak-ledger'").fetchall()
    assert len(rows) == 2, "one ledger row per call, whichever API it came through"
    assert rows[0] == rows[1], "the same call costs the same through either API"
    usage = response.json()["usage"]
    assert rows[0][1] == usage["completion_tokens"] and rows[0][2] > 0
