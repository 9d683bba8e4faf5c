"""The embedded models, exercised for real: llama.cpp with the shipped Gemma 3 270M and
sentence-transformers with the shipped all-MiniLM-L6-v2."""

from __future__ import annotations

import json

import numpy as np
import pytest
from openai import OpenAI

pytestmark = pytest.mark.local_models

CHAT = "local/gemma-3-270m"


def test_short_generation(client: OpenAI) -> None:
    completion = client.chat.completions.create(
        model=CHAT, messages=[{"role": "system", "content": "Answer briefly."},
                              {"role": "user", "content": "Name a colour."}],
        max_tokens=12, temperature=0, seed=1,
    )
    choice = completion.choices[0]
    assert choice.finish_reason in ("stop", "length")
    assert isinstance(choice.message.content, str)
    assert "<end_of_turn>" not in choice.message.content
    assert 0 < completion.usage.completion_tokens <= 12
    assert completion.usage.prompt_tokens > 5


def test_a_request_without_max_tokens_gets_a_short_answer(client: OpenAI) -> None:
    """A base model rarely ends a turn by itself ("Grüezi!" makes it repeat "Category" forever):
    without max_tokens it stops at the small default, not at the entry's ceiling (256 here)."""
    from tarnkappe.providers.local_chat import DEFAULT_MAX_TOKENS

    completion = client.chat.completions.create(
        model=CHAT, messages=[{"role": "user", "content": "Grüezi!"}], temperature=0, seed=1,
    )
    assert DEFAULT_MAX_TOKENS == 128
    assert 0 < completion.usage.completion_tokens <= DEFAULT_MAX_TOKENS
    if completion.choices[0].finish_reason == "length":
        assert completion.usage.completion_tokens == DEFAULT_MAX_TOKENS


def test_deterministic_with_seed_and_zero_temperature(client: OpenAI) -> None:
    ask = dict(model=CHAT, messages=[{"role": "user", "content": "Say hello."}], max_tokens=8, temperature=0, seed=3)
    assert client.chat.completions.create(**ask).choices[0].message.content == \
        client.chat.completions.create(**ask).choices[0].message.content


def test_streamed_generation(client: OpenAI) -> None:
    chunks = list(client.chat.completions.create(
        model=CHAT, messages=[{"role": "user", "content": "Count: one, two,"}], max_tokens=10, temperature=0,
        stream=True, stream_options={"include_usage": True},
    ))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].usage is not None and chunks[-1].choices == []
    content_chunks = [c for c in chunks[:-1] if c.choices[0].delta.content]
    assert len(content_chunks) > 1, "tokens arrive one by one, not as one chunk"
    assert sum(1 for c in chunks if c.choices and c.choices[0].finish_reason) == 1


def test_json_schema_output_parses(client: OpenAI) -> None:
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string", "enum": ["Zürich", "Bern", "Genf"]}, "swiss": {"type": "boolean"}},
        "required": ["city", "swiss"],
    }
    completion = client.chat.completions.create(
        model=CHAT, messages=[{"role": "user", "content": "Which is the capital of Switzerland? Answer in JSON."}],
        response_format={"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}},
        max_tokens=60, temperature=0,
    )
    answer = json.loads(completion.choices[0].message.content)
    assert answer["city"] in schema["properties"]["city"]["enum"]
    assert isinstance(answer["swiss"], bool)


def test_local_embedding(client: OpenAI) -> None:
    result = client.embeddings.create(model="local/all-minilm-l6-v2", input=["Grüezi mitenand", "Guten Tag", "tax return"])
    vectors = np.array([d.embedding for d in result.data])
    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-3)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 2], "two greetings are closer than a greeting and a tax form"
    assert result.usage.prompt_tokens > 3
