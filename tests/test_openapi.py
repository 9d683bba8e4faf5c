"""The gateway's OpenAPI document, and a running gateway fuzzed against it with schemathesis: no
5xx answer and no response that breaks the document. Upstreams are the fake servers; requests
name the test catalog's models, so they reach the whole pipeline, not only the 404 of an unknown
model. Bounded in examples, not in time."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import GATEWAY_KEY, RunningGateway
from tests.fakes.openai_upstream import UPSTREAM_KEY, FakeOpenAI
from tests.gateways import fake_entries, running_gateway

DOCUMENT = Path(__file__).parents[1] / "src" / "tarnkappe" / "server" / "openapi.yaml"
# Upstreams that answer, stream, cut a stream, fail in-band or rate-limit. (An upstream's own 5xx
# becomes a documented 502/504; those paths are tested in test_errors.py, not fuzzed here, since
# the fuzz asserts that the gateway answers no 5xx at all.)
# (A model of the other kind is a 400 the document cannot express, so each route gets its own kind.)
CHAT_MODELS = ["fake/echo", "fake/tools", "fake/cut", "fake/stream-error", "fake/status-429", "no/such-model"]
# (fake/embed-fixed, which refuses `dimensions`, is likewise a model-dependent 400: test_embeddings.py.)
EMBEDDING_MODELS = ["fake/embed", "no/such-model"]
EXAMPLES = {"createChatCompletion": 150, "createEmbedding": 80, "peakPrivacyCompletion": 100, "createMessage": 120,
            "countMessageTokens": 40, "createResponse": 120}


def test_served_document_is_the_repository_file(gateway: RunningGateway) -> None:
    served = httpx.get(gateway.base_url + "/openapi.json", timeout=10)
    assert served.status_code == 200
    assert served.json() == yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    assert served.json()["openapi"].startswith("3.1")


def test_every_route_of_the_dialects_is_documented(gateway: RunningGateway) -> None:
    paths = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))["paths"]
    for path in ("/v1/chat/completions", "/v1/embeddings", "/v1/models", "/v1/models/{model}",
                 "/v1/ai/completions", "/v1/ai/models", "/v1/messages", "/v1/messages/count_tokens", "/v1/responses",
                 "/v1/responses/{response_id}"):
        assert path in paths


def _with_test_models(document: dict[str, Any]) -> dict[str, Any]:
    """The document with `model` drawn from the test catalog (plus one unknown name)."""
    document = copy.deepcopy(document)
    schemas = document["components"]["schemas"]
    schemas["ChatCompletionRequest"]["properties"]["model"] = {"enum": CHAT_MODELS}
    # PeakPrivacy's API validates the model like any field: an unknown name is a 400 by design.
    schemas["PeakPrivacyRequest"]["properties"]["model"] = {"enum": CHAT_MODELS[:-1]}
    schemas["EmbeddingRequest"]["properties"]["model"] = {"enum": EMBEDDING_MODELS}
    schemas["CountTokensRequest"]["properties"]["model"] = {"enum": CHAT_MODELS}  # MessagesRequest's too
    schemas["ResponsesRequest"]["properties"]["model"] = {"enum": CHAT_MODELS}
    # What only Anthropic models can honour (a typed tool, a document to cite, an image or document
    # in a tool result, a container) is a model-dependent 400, and the test catalog has no Anthropic model: the
    # fuzz sends the rest (tests/providers/test_messages_native.py covers those, both ways).
    messages_tools = schemas["CountTokensRequest"]["properties"]["tools"]
    messages_tools["items"] = messages_tools["items"]["oneOf"][0]  # client tools
    schemas["AnthropicDocument"]["properties"]["citations"]["properties"]["enabled"] = {"const": False}
    schemas["AnthropicToolResult"]["properties"]["content"]["oneOf"][1]["items"] = {
        "$ref": "#/components/schemas/AnthropicText"}
    user_blocks = schemas["AnthropicTurn"]["oneOf"][0]["properties"]["content"]["oneOf"][1]["items"]["oneOf"]
    user_blocks[:] = [block for block in user_blocks if not block["$ref"].endswith("/AnthropicSearchResult")]
    schemas["MessagesRequest"]["allOf"][1]["properties"]["container"] = {"type": "null"}  # a code-execution container
    # Two tools of one name are refused (400; a namespace's tools are flattened to ns__name, so a
    # namespace's tools too): uniqueness of a property is not a shape a schema can state.
    tools = schemas["ResponsesRequest"]["properties"]["tools"]
    tools["maxItems"] = 1
    for variant in tools["items"]["oneOf"]:
        if "tools" in variant.get("properties", {}):
            variant["properties"]["tools"]["maxItems"] = 1
    # With anonymize: true, what cannot be masked is refused (400) by content — the detectors'
    # findings, not a shape a schema can state; test_anonymization_every_field.py covers it.
    for name in ("ChatCompletionRequest", "EmbeddingRequest", "CountTokensRequest", "ResponsesRequest"):
        schemas[name]["properties"]["anonymize"] = {"enum": [False, None]}
    return document


@pytest.fixture(scope="module")
def fuzzed(upstream: tuple[FakeOpenAI, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningGateway]:
    """A gateway of its own: schemathesis probes every example also without a key and with a wrong
    one, far more failed authentications per minute than a client is allowed (429 after
    server.failed_auth_per_minute), so this one allows that many."""
    fake, upstream_url = upstream
    config = {
        "server": {"failed_auth_per_minute": 1_000_000},
        "api_keys": [{"name": "fuzz", "key": "${GATEWAY_TEST_KEY}"}],
        "models": fake_entries(upstream_url),
    }
    env = {"GATEWAY_TEST_KEY": GATEWAY_KEY, "FAKE_UPSTREAM_KEY": UPSTREAM_KEY}
    with running_gateway(config, env, tmp_path_factory.mktemp("fuzz")) as (base_url, log_path):
        yield RunningGateway(base_url, GATEWAY_KEY, log_path, fake)


@pytest.fixture(scope="module")
def schema(fuzzed: RunningGateway) -> Any:
    gateway = fuzzed
    document = httpx.get(gateway.base_url + "/openapi.json", timeout=10).json()
    schema = schemathesis.openapi.from_dict(_with_test_models(document))

    @schema.auth()
    class Key:
        """The test key, in the header each dialect expects (schemathesis then also checks that a
        missing or wrong key is refused)."""

        def get(self, case: Any, context: Any) -> str:
            return gateway.key

        def set(self, case: Any, data: str, context: Any) -> None:
            case.headers = case.headers or {}
            if case.operation.path.startswith("/v1/ai/"):
                case.headers["Api-token"] = data
            elif case.operation.path.startswith("/v1/messages"):
                case.headers["x-api-key"] = data
            else:
                case.headers["Authorization"] = f"Bearer {data}"

    return schema


def _operations(schema: Any) -> list[Any]:
    return [result.ok() for result in schema.get_all_operations()]


def test_fuzz_every_operation(fuzzed: RunningGateway, schema: Any) -> None:
    gateway = fuzzed
    failures: dict[str, str] = {}  # first line of a finding → the whole finding, once
    calls: dict[str, int] = {}
    for operation in _operations(schema):
        name = operation.definition.raw.get("operationId", operation.label)

        @settings(max_examples=EXAMPLES.get(name, 15), deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            calls[name] = calls.get(name, 0) + 1
            try:
                case.call_and_validate(base_url=gateway.base_url, timeout=30)
            except (Exception, BaseExceptionGroup) as exc:  # collect: one run reports every finding
                text = str(exc)
                key = text.split("Reproduce with")[0][:400]
                failures.setdefault(key, f"{name}: {type(exc).__name__}: {text[:1200]}")

        run()
    assert calls and all(calls.values())
    assert not failures, "\n\n".join(list(failures.values())[:8])
