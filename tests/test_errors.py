"""Errors in OpenAI's shape, with the status codes the SDK maps to its exception classes."""

from __future__ import annotations

import httpx
import openai
import pytest
from openai import OpenAI

from tests.conftest import MAX_BODY_BYTES, RunningGateway


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


def assert_openai_error(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["message"]
    assert response.headers["x-request-id"].startswith("req_")
    return error


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer"}, {"Authorization": "Basic abc"}])
def test_missing_key(gateway: RunningGateway, headers: dict) -> None:
    error = assert_openai_error(httpx.get(gateway.base_url + "/v1/models", headers=headers), 401)
    assert error["code"] == "invalid_api_key"


def test_wrong_key(gateway: RunningGateway) -> None:
    with pytest.raises(openai.AuthenticationError) as info:
        gateway.client(key="tk-wrong").chat.completions.create(model="fake/echo", messages=user("x"))
    assert info.value.code == "invalid_api_key"


@pytest.mark.parametrize("header", ["api-key", "Api-token"])
def test_alternative_key_headers(gateway: RunningGateway, header: str) -> None:
    response = httpx.get(gateway.base_url + "/v1/models", headers={header: gateway.key})
    assert response.status_code == 200


def test_malformed_json(gateway: RunningGateway) -> None:
    response = httpx.post(
        gateway.base_url + "/v1/chat/completions", content=b'{"model": "fake/echo", "messages": [',
        headers={"Authorization": f"Bearer {gateway.key}", "Content-Type": "application/json"},
    )
    error = assert_openai_error(response, 400)
    assert "JSON" in error["message"] and error["type"] == "invalid_request_error"


@pytest.mark.parametrize(
    "patch, param",
    [
        ({"temperature": 5}, "temperature"),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "wizard", "content": "x"}]}, "messages[0].role"),
        ({"n": 0}, "n"),
        ({"max_tokens": "many"}, "max_tokens"),
        ({"response_format": {"type": "yaml"}}, "response_format.type"),
    ],
)
def test_invalid_fields_name_the_parameter(client: OpenAI, patch: dict, param: str) -> None:
    body = {"model": "fake/echo", "messages": user("x"), **patch}
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(**body)
    assert info.value.param == param
    assert param.split("[")[0].split(".")[0] in info.value.message


def test_missing_model(gateway: RunningGateway) -> None:
    response = httpx.post(
        gateway.base_url + "/v1/chat/completions", json={"messages": user("x")},
        headers={"Authorization": f"Bearer {gateway.key}"},
    )
    error = assert_openai_error(response, 400)
    assert error["param"] == "model"


def test_unknown_model(client: OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="gpt-17", messages=user("x"))
    assert info.value.code == "model_not_found"
    assert "/v1/models" in info.value.message


def test_embedding_model_for_chat(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="fake/embed", messages=user("x"))
    assert "/v1/embeddings" in info.value.message


def test_body_over_limit(gateway: RunningGateway, client: OpenAI) -> None:
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="fake/echo", messages=user("x" * (MAX_BODY_BYTES + 10)))
    assert info.value.status_code == 413
    assert str(MAX_BODY_BYTES) in info.value.message


def test_unknown_path_is_openai_shaped(gateway: RunningGateway) -> None:
    error = assert_openai_error(httpx.get(gateway.base_url + "/v1/nothing-here"), 404)
    assert "/v1/nothing-here" in error["message"]


@pytest.mark.parametrize(
    "model, exception, status",
    [
        ("fake/status-400", openai.BadRequestError, 400),
        ("fake/status-401", openai.InternalServerError, 502),
        ("fake/status-404", openai.InternalServerError, 502),
        ("fake/status-429", openai.RateLimitError, 429),
        ("fake/status-500", openai.InternalServerError, 502),
        ("fake/status-503", openai.InternalServerError, 502),
        ("fake/garbage", openai.InternalServerError, 502),
        ("fake/unreachable", openai.InternalServerError, 502),
        ("fake/slow", openai.InternalServerError, 504),
    ],
)
@pytest.mark.parametrize("stream", [False, True])
def test_upstream_failures(client: OpenAI, model: str, exception: type, status: int, stream: bool) -> None:
    with pytest.raises(exception) as info:
        result = client.chat.completions.create(model=model, messages=user("x"), stream=stream)
        list(result) if stream else None
    assert info.value.status_code == status
    assert "fake-upstream-key" not in info.value.message
    if status == 429:
        assert info.value.response.headers["retry-after"]
    if model == "fake/status-400":
        assert "fake upstream failure 400" in info.value.message  # the client can fix it: keep the reason


def test_upstream_credential_failure_hides_upstream_text(client: OpenAI) -> None:
    with pytest.raises(openai.InternalServerError) as info:
        client.chat.completions.create(model="fake/status-401", messages=user("x"))
    assert "credentials" in info.value.message and "fake upstream failure" not in info.value.message


@pytest.mark.parametrize("model", ["fake/cut", "fake/stream-error"])
def test_error_after_first_byte_is_an_error_event(client: OpenAI, model: str, marker: str) -> None:
    received = ""
    with pytest.raises(openai.APIError) as info:
        for chunk in client.chat.completions.create(model=model, messages=user(marker), stream=True):
            received += chunk.choices[0].delta.content or ""
    assert received, "the chunks before the failure reach the client"
    assert "stream" in str(info.value)
