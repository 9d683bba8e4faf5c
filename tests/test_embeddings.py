"""/v1/embeddings: strings, lists, token arrays, float and base64, dimensions."""

from __future__ import annotations

import base64

import httpx
import numpy as np
import openai
import pytest
from openai import OpenAI

from tests.conftest import RunningGateway
from tests.fakes.openai_upstream import fake_vector


@pytest.mark.parametrize("encoding_format", ["float", "base64"])
def test_embeddings_match_upstream(client: OpenAI, encoding_format: str, marker: str) -> None:
    inputs = [f"first {marker}", f"second {marker}"]
    result = client.embeddings.create(model="fake/embed", input=inputs, encoding_format=encoding_format)
    assert result.model == "fake/embed"
    assert [d.index for d in result.data] == [0, 1]
    for item, text in zip(result.data, inputs):
        vector = item.embedding
        if isinstance(vector, str):  # the SDK returns base64 as given when asked explicitly
            vector = np.frombuffer(base64.b64decode(vector), dtype="<f4")
        np.testing.assert_array_equal(np.asarray(vector, dtype=np.float32), fake_vector(text))
    assert result.usage.prompt_tokens == 6


def test_sdk_default_encoding(client: OpenAI, marker: str) -> None:
    # The SDK asks for base64 by default and decodes it itself.
    result = client.embeddings.create(model="fake/embed", input=marker)
    np.testing.assert_array_equal(np.asarray(result.data[0].embedding, dtype=np.float32), fake_vector(marker))


def test_float_json_is_shortest_float32(gateway: RunningGateway, marker: str) -> None:
    response = httpx.post(
        gateway.base_url + "/v1/embeddings", headers={"Authorization": f"Bearer {gateway.key}"},
        json={"model": "fake/embed", "input": marker, "encoding_format": "float"},
    )
    values = response.json()["data"][0]["embedding"]
    assert all(isinstance(v, float) for v in values)
    np.testing.assert_array_equal(np.asarray(values, dtype=np.float32), fake_vector(marker))
    assert max(len(repr(v)) for v in values) <= 16, "float32 values, not widened float64 reprs"


def test_token_array_input_passes_through(gateway: RunningGateway, client: OpenAI) -> None:
    tokens = [101, 2023, 2003, 102]
    result = client.embeddings.create(model="fake/embed", input=[tokens], encoding_format="float")
    np.testing.assert_array_equal(np.asarray(result.data[0].embedding, dtype=np.float32), fake_vector(tokens))


def test_dimensions(gateway: RunningGateway, client: OpenAI, marker: str) -> None:
    client.embeddings.create(model="fake/embed", input=marker, dimensions=8)
    (received,) = gateway.upstream.log.find(marker)
    assert received.body["dimensions"] == 8
    with pytest.raises(openai.BadRequestError) as info:
        client.embeddings.create(model="fake/embed-fixed", input="x", dimensions=8)
    assert info.value.param == "dimensions"


def test_empty_input_is_rejected(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client.embeddings.create(model="fake/embed", input=[])
    assert info.value.param == "input"


def test_chat_model_for_embeddings(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError):
        client.embeddings.create(model="fake/echo", input="x")
