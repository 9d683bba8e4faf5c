"""/v1/models and /v1/models/{id}, health and readiness."""

from __future__ import annotations

import httpx
import openai
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway


def test_list_models(gateway: RunningGateway, client: OpenAI) -> None:
    models = {m.id: m for m in client.models.list()}
    local = {"local/gemma-3-270m", "local/all-minilm-l6-v2"} if gateway.local_models else set()
    assert {"fake/echo", *local} <= set(models)
    assert models["fake/echo"].object == "model" and models["fake/echo"].owned_by == "openai"


def test_retrieve_model_with_slash_in_id(client: OpenAI) -> None:
    model = client.models.retrieve("fake/echo")
    assert model.id == "fake/echo"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("nope/nothing")


def test_health_and_readiness(gateway: RunningGateway) -> None:
    assert httpx.get(gateway.base_url + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(gateway.base_url + "/readyz").json()
    assert ready["status"] == "ready"
    assert ready["checks"]["models"] is True, "every model loaded (named in the log, not here)"
    assert ready["checks"]["storage"] is True, "the accounts database answers"
