"""The request shapes of the coding agents that teams point at the gateway — Codex CLI (0.169.0,
Responses API only) and Claude Code (2.1.328, Messages API) — replayed with the official SDKs over
HTTP. The shapes were recorded from the real clients (scripts/try_clients.py) and every text in
them replaced by invented content.

Codex sends, with every turn: developer messages with item ids, function tools, a `namespace` tool
(its sub-agent tools), hosted web search, `reasoning`, `include`, `store: false`,
`prompt_cache_key`, `client_metadata`; and, for models it knows, a `custom` (freeform, Lark
grammar) apply_patch tool. Claude Code sends `?beta=true` with `anthropic-beta` values, system
blocks with `cache_control`, a `system` turn inside `messages`, a tool with `defer_loading`,
`thinking: adaptive`, `context_management`, `output_config`.

The tool calls come from a fake that calls the tools it is offered (tests/fakes/tool_caller_upstream.py);
the rest runs against the native fakes of the provider suite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anthropic
import httpx
import pytest
from openai import OpenAI

from tests.conftest import GATEWAY_KEY, free_port
from tests.fakes.openai_upstream import ServerThread
from tests.fakes.tool_caller_upstream import KEY as CALLER_KEY
from tests.fakes.tool_caller_upstream import FakeToolCaller
from tests.gateways import running_gateway
from tests.providers.conftest import NativeGateway
from tests.providers.typed_sse import typed_events

EMAIL = "jonas.keller@example.org"
GRAMMAR = 'start: "*** Begin Patch" LF hunk+ "*** End Patch" LF?\nhunk: /[^\\n]*/ LF\n%import common.LF\n'

# --------------------------------------------------------------------------- Codex CLI


def codex_tools() -> list[dict[str, Any]]:
    schema = {"type": "object", "properties": {"cmd": {"type": "string", "description": "The command."}},
              "required": ["cmd"], "additionalProperties": False}
    agent = {"type": "object", "properties": {"target": {"type": "string"}}, "required": ["target"],
             "additionalProperties": False}
    return [
        {"type": "function", "name": "exec_command", "description": "Runs a command.", "strict": False,
         "parameters": schema},
        {"type": "function", "name": "view_image", "description": "Shows an image.", "strict": False,
         "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}},
        {"type": "namespace", "name": "multi_agent_v1", "description": "Tools for helper agents.", "tools": [
            {"type": "function", "name": "spawn_agent", "description": "Starts a helper.", "strict": False,
             "parameters": agent},
            {"type": "function", "name": "close_agent", "description": "Stops a helper.", "strict": False,
             "parameters": agent}]},
        {"type": "custom", "name": "apply_patch", "description": "Edits files with a patch.",
         "format": {"type": "grammar", "syntax": "lark", "definition": GRAMMAR}},
        {"type": "web_search", "external_web_access": False},
    ]


def codex_body(model: str, prompt: str, history: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A Codex turn: developer instructions, the environment as a user message, the prompt."""
    return {
        "model": model, "stream": True, "tool_choice": "auto", "parallel_tool_calls": True,
        "tools": codex_tools(), "reasoning": {"summary": "auto"}, "store": False,
        "include": ["reasoning.encrypted_content"], "prompt_cache_key": "0f0e0d0c-0b0a-4909-8807-060504030201",
        "input": [
            {"type": "message", "id": "msg_dev_1", "role": "developer",
             "content": [{"type": "input_text", "text": "You are a careful coding agent."}]},
            {"type": "message", "id": "msg_env_1", "role": "user",
             "content": [{"type": "input_text", "text": "<environment_context><cwd>/src</cwd></environment_context>"}]},
            {"type": "message", "id": "msg_user_1", "role": "user",
             "content": [{"type": "input_text", "text": prompt}]},
            *(history or []),
        ],
    }


def codex_stream(base_url: str, body: dict[str, Any], **extra: Any) -> tuple[list[dict[str, Any]], httpx.Response]:
    """Posted as Codex posts it (its own HTTP client, `client_metadata` among the fields)."""
    body = {**body, "client_metadata": {"thread_id": "0f0e0d0c", "turn_id": "1a2b"}, **extra}
    response = httpx.post(base_url + "/v1/responses", json=body, timeout=30,
                          headers={"Authorization": f"Bearer {GATEWAY_KEY}", "accept": "text/event-stream",
                                   "originator": "codex_exec", "x-codex-window-id": "0f0e0d0c:0"})
    assert response.status_code == 200, response.text
    found = typed_events(response)
    assert [e["sequence_number"] for e in found] == list(range(len(found)))
    return found, response


def upstream_tool_names(body: dict[str, Any]) -> list[str]:
    return [t["function"]["name"] if "function" in t else t["name"] for t in body.get("tools") or []]


@pytest.mark.parametrize("provider", ["openai", "anthropic", "gemini"])
def test_codex_turn_reaches_every_provider(native_gateway: NativeGateway, provider: str, marker: str) -> None:
    """Codex's first request is accepted as it is: web search left out and said so, the namespace's
    tools and the custom tool offered as functions; the answer streams back."""
    found, response = codex_stream(native_gateway.base_url, codex_body(f"{provider}/echo", marker))
    assert response.headers["x-tarnkappe-omitted-tools"] == "web_search"
    assert found[-1]["type"] == "response.completed"
    text = found[-1]["response"]["output"][0]["content"][0]["text"]
    assert text.startswith("echo: ") and text.endswith(marker)  # (Anthropic joins the two user messages)
    (received,) = native_gateway.upstreams[provider].find(marker)
    if provider == "gemini":
        return
    names = upstream_tool_names(received.body)
    assert names == ["exec_command", "view_image", "multi_agent_v1__spawn_agent", "multi_agent_v1__close_agent",
                     "apply_patch"]
    patch = received.body["tools"][4]
    schema = patch["function"]["parameters"] if provider == "openai" else patch["input_schema"]
    assert schema["required"] == ["input"] and GRAMMAR in schema["properties"]["input"]["description"]


@pytest.fixture(scope="module")
def caller(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, FakeToolCaller]]:
    """A gateway whose models reach the tool-calling fake, as an OpenAI-compatible and an Anthropic model."""
    fake = FakeToolCaller()
    with ServerThread(fake.app, free_port()) as server:
        url = f"http://127.0.0.1:{server.port}/v1"
        models = [{"name": f"caller/{provider}", "provider": provider, "base_url": url, "api_key": "${CALLER_KEY}",
                   "region": "eu", "timeout": 10} for provider in ("openai", "anthropic")]
        config = {"api_keys": [{"name": "tests", "key": "${GATEWAY_TEST_KEY}"}], "models": models}
        env = {"GATEWAY_TEST_KEY": GATEWAY_KEY, "CALLER_KEY": CALLER_KEY}
        with running_gateway(config, env, tmp_path_factory.mktemp("caller")) as (base_url, _):
            yield base_url, fake


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_codex_tool_calls_come_back_in_codex_shape(caller: tuple[str, FakeToolCaller], provider: str,
                                                   marker: str) -> None:
    """A call of a plain function, of a namespace's function (`name` and `namespace` apart again) and
    of the custom tool (a custom_tool_call whose `input` is the text) — streamed as Codex reads
    them, and whole through the SDK."""
    base_url, _ = caller
    prompt = f"{marker} use exec_command, multi_agent_v1__spawn_agent and apply_patch"
    found, _ = codex_stream(base_url, codex_body(f"caller/{provider}", prompt))
    added = [e["item"] for e in found if e["type"] == "response.output_item.added"]
    assert [(i["type"], i["name"], i.get("namespace")) for i in added] == [
        ("function_call", "exec_command", None), ("function_call", "spawn_agent", "multi_agent_v1"),
        ("custom_tool_call", "apply_patch", None)]
    (done,) = [e for e in found if e["type"] == "response.custom_tool_call_input.done"]
    assert done["input"] == prompt == "".join(e["delta"] for e in found
                                              if e["type"] == "response.custom_tool_call_input.delta")
    output = found[-1]["response"]["output"]
    assert json.loads(output[0]["arguments"]) == {"input": prompt} and output[2]["input"] == prompt

    client = OpenAI(base_url=base_url + "/v1", api_key=GATEWAY_KEY, max_retries=0)
    body = codex_body(f"caller/{provider}", prompt)
    del body["stream"]
    response = client.responses.create(**body)
    kinds = [(item.type, item.name, getattr(item, "namespace", None)) for item in response.output]  # type: ignore[union-attr]
    assert kinds == [("function_call", "exec_command", None), ("function_call", "spawn_agent", "multi_agent_v1"),
                     ("custom_tool_call", "apply_patch", None)]
    assert response.output[2].input == prompt  # type: ignore[union-attr]


@pytest.mark.parametrize("anonymize", [False, True], ids=["clear", "anonymized"])
@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_codex_history_with_tool_calls_goes_back(caller: tuple[str, FakeToolCaller], provider: str, anonymize: bool,
                                                 marker: str) -> None:
    """Codex's next turn carries its reasoning item, the calls (namespaced, custom) and their outputs:
    they go upstream as tool calls and tool results — masked when anonymizing, the custom tool's
    text too — and the answer comes back restored."""
    base_url, fake = caller
    # (Not Codex's "*** Begin Patch" envelope: the name detector takes "Patch" there for a person's
    # name, and the tool named apply_patch is then refused while anonymizing.)
    patch = f"--- a/notes.txt\n+++ b/notes.txt\n+mail {EMAIL}\n"
    history = [
        {"type": "reasoning", "id": "rs_1", "summary": [], "encrypted_content": "gAAAAopaque"},
        {"type": "function_call", "id": "fc_1", "call_id": "call_a", "name": "spawn_agent",
         "namespace": "multi_agent_v1", "arguments": json.dumps({"target": "helper"})},
        {"type": "function_call_output", "call_id": "call_a", "output": "helper started"},
        {"type": "custom_tool_call", "id": "ctc_1", "call_id": "call_b", "name": "apply_patch", "input": patch},
        {"type": "custom_tool_call_output", "call_id": "call_b", "output": f"patched, {EMAIL} added"},
    ]
    extra = {"anonymize": True} if anonymize else {}
    found, _ = codex_stream(base_url, codex_body(f"caller/{provider}", marker, history), **extra)
    text = found[-1]["response"]["output"][0]["content"][0]["text"]
    assert text == f"done: patched, {EMAIL} added"  # (the latest tool result, restored)
    (received,) = fake.log.find(marker)
    sent = json.dumps(received.body)
    assert (EMAIL in sent) is not anonymize
    if provider == "openai":
        calls = [c for m in received.body["messages"] if m["role"] == "assistant" for c in m.get("tool_calls") or []]
        assert [c["function"]["name"] for c in calls] == ["multi_agent_v1__spawn_agent", "apply_patch"]
        arguments = json.loads(calls[1]["function"]["arguments"])
        assert list(arguments) == ["input"] and (arguments["input"] == patch) is not anonymize
    else:
        uses = [b for m in received.body["messages"] if m["role"] == "assistant" for b in m["content"]
                if b["type"] == "tool_use"]
        assert [b["name"] for b in uses] == ["multi_agent_v1__spawn_agent", "apply_patch"]


def test_hosted_tools_other_than_web_search_are_still_refused(caller: tuple[str, FakeToolCaller]) -> None:
    base_url, _ = caller
    body = codex_body("caller/openai", "x")
    body["tools"].append({"type": "file_search", "vector_store_ids": ["vs_1"]})
    response = httpx.post(base_url + "/v1/responses", json=body, headers={"Authorization": f"Bearer {GATEWAY_KEY}"},
                          timeout=10)
    assert response.status_code == 400 and response.json()["error"]["param"] == "tools[5].type"


# --------------------------------------------------------------------------- Claude Code

BETAS = ["claude-code-20250219", "interleaved-thinking-2025-05-14", "context-management-2025-06-27",
         "advanced-tool-use-2025-11-20", "effort-2025-11-24"]


def claude_tools() -> list[dict[str, Any]]:
    command = {"type": "object", "properties": {"command": {"type": "string"}, "description": {"type": "string"}},
               "required": ["command"], "additionalProperties": False}
    return [
        {"name": "Bash", "description": "Runs a shell command.", "input_schema": command},
        {"name": "Read", "description": "Reads a file.",
         "input_schema": {"type": "object", "properties": {"file_path": {"type": "string"}}}},
        {"name": "DeferredToolPlaceholder", "description": "Keeps deferred loading on; never call it.",
         "input_schema": {"type": "object", "properties": {}}, "defer_loading": True},
    ]


def claude_request(model: str, prompt: str, history: list[dict[str, Any]] | None = None,
                   max_tokens: int = 32000) -> dict[str, Any]:
    """A Claude Code turn as `claude -p` sends it (through the SDK's beta client: `?beta=true`;
    Claude Code always streams, the SDK refuses its max_tokens unstreamed)."""
    return {
        "model": model, "max_tokens": max_tokens, "betas": BETAS,
        "system": [
            {"type": "text", "text": "x-billing-header: cc_version=0.0.0;"},
            {"type": "text", "text": "You are a coding agent.", "cache_control": {"type": "ephemeral"}},
            {"type": "text", "text": "Be careful with files.", "cache_control": {"type": "ephemeral"}},
        ],
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "<system-reminder>Be brief.</system-reminder>"},
                                         {"type": "text", "text": prompt}]},
            {"role": "system", "content": [{"type": "text", "text": "# Environment\n - working directory: /src",
                                            "cache_control": {"type": "ephemeral"}}]},
            *(history or []),
        ],
        "tools": claude_tools(),
        "metadata": {"user_id": json.dumps({"device_id": "ab12", "session_id": "cd34"})},
        "extra_body": {"thinking": {"type": "adaptive", "display": "omitted"},
                       "context_management": {"edits": [{"type": "clear_thinking_20251015", "keep": "all"}]},
                       "output_config": {"effort": "high"}},
    }


@pytest.mark.parametrize("provider", ["anthropic", "openai", "gemini"])
def test_claude_code_turn_reaches_every_provider(native_gateway: NativeGateway, provider: str, marker: str) -> None:
    client = anthropic.Anthropic(base_url=native_gateway.base_url, api_key=GATEWAY_KEY, max_retries=0)
    with client.beta.messages.stream(**claude_request(f"{provider}/echo", marker)) as stream:  # type: ignore[arg-type]
        message = stream.get_final_message()
    assert marker in message.content[-1].text  # type: ignore[union-attr]
    (received,) = native_gateway.upstreams[provider].find(marker)
    sent = json.dumps(received.body)
    assert "working directory: /src" in sent  # the system turn went on
    if provider == "anthropic":  # its adaptive thinking too, and the signed (omitted) thinking came back
        assert received.body["thinking"] == {"type": "adaptive", "display": "omitted"}
        assert [block.type for block in message.content] == ["thinking", "text"]
        assert [m["role"] for m in received.body["messages"]] == ["user"]
        assert "working directory" in json.dumps(received.body["system"])
        assert [t["name"] for t in received.body["tools"]] == ["Bash", "Read", "DeferredToolPlaceholder"]
    elif provider == "openai":
        assert [m["role"] for m in received.body["messages"]] == ["system", "system", "system", "user", "system"]


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_claude_code_tool_round_trip(caller: tuple[str, FakeToolCaller], provider: str, stream: bool,
                                     marker: str) -> None:
    """The model calls Bash; Claude Code sends the result back in its next turn; the answer quotes it."""
    base_url, _ = caller
    client = anthropic.Anthropic(base_url=base_url, api_key=GATEWAY_KEY, max_retries=0)
    prompt = f"{marker} please use Bash"
    request = claude_request(f"caller/{provider}", prompt, max_tokens=32000 if stream else 4096)
    if stream:
        with client.beta.messages.stream(**request) as events:  # type: ignore[arg-type]
            first = events.get_final_message()
    else:
        first = client.beta.messages.create(**request)  # type: ignore[arg-type]
    (use,) = [block for block in first.content if block.type == "tool_use"]
    assert use.name == "Bash" and use.input == {"input": prompt} and first.stop_reason == "tool_use"
    history = [{"role": "assistant",
                "content": [{"type": "tool_use", "id": use.id, "name": "Bash", "input": use.input}]},
               {"role": "user", "content": [{"type": "tool_result", "tool_use_id": use.id,
                                             "content": [{"type": "text", "text": "tool says hi"}],
                                             "cache_control": {"type": "ephemeral"}}]}]
    second = client.beta.messages.create(**claude_request(f"caller/{provider}", prompt, history, 4096))  # type: ignore[arg-type]
    assert second.content[0].text == "done: tool says hi"  # type: ignore[union-attr]


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_a_system_turn_does_not_keep_a_split_value_apart(native_gateway: NativeGateway, provider: str,
                                                         marker: str) -> None:
    """User turns around a system turn are one turn to Anthropic (the system turn goes into `system`):
    a value split across them is masked whole."""
    client = anthropic.Anthropic(base_url=native_gateway.base_url, api_key=GATEWAY_KEY, max_retries=0)
    first, second = f"{marker} write to jonas.keller@exa", "mple.org please"
    messages = [{"role": "user", "content": first}, {"role": "system", "content": "Environment: /src"},
                {"role": "user", "content": second}]
    answer = client.messages.create(model=f"{provider}/echo", max_tokens=50, messages=messages,  # type: ignore[arg-type]
                                    extra_body={"anonymize": True})
    (received,) = native_gateway.upstreams[provider].find(marker)
    sent = json.dumps(received.body)
    for piece in ("jonas.keller", "example.org", "mple.org", "@exa"):
        assert piece not in sent, f"{piece!r} left the gateway in clear"
    assert answer.content[0].text == f"echo: {first}{second}"  # type: ignore[union-attr]


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_anonymized_claude_code_turn_keeps_its_tool_words(native_gateway: NativeGateway, provider: str,
                                                          marker: str) -> None:
    """A coding agent's instructions name its tools in prose ("Use the Bash tool…", "stop it with
    KillShell"); the name detector takes such capitalised words for names, and the tools, sent
    verbatim, were then refused as personal data. A one-word name that is a word of a declared
    tool's name is the tool: the turn goes through, and the person and address are still masked."""
    client = anthropic.Anthropic(base_url=native_gateway.base_url, api_key=GATEWAY_KEY, max_retries=0)
    request = claude_request(f"{provider}/echo", f"{marker} Bash is fine. Ask Jonas Keller at {EMAIL}.")
    request["system"].append({"type": "text", "text": "Use the Bash tool to run commands. Poll a background "
                              "command with BashOutput and stop it with KillShell. Shell commands run in /src."})
    request["tools"] += [{"name": name, "description": "Manages background shells.",
                          "input_schema": {"type": "object", "properties": {}}} for name in ("BashOutput", "KillShell")]
    request["extra_body"] = {**request["extra_body"], "anonymize": True}
    with client.beta.messages.stream(**request) as stream:  # type: ignore[arg-type]
        message = stream.get_final_message()
    assert f"Ask Jonas Keller at {EMAIL}" in message.content[0].text  # type: ignore[union-attr]
    (received,) = native_gateway.upstreams[provider].find(marker)
    sent = json.dumps(received.body)
    assert "Jonas" not in sent and "Keller" not in sent and "example.org" not in sent
    assert "Use the Bash tool" in sent and "stop it with KillShell. Shell commands" in sent


def test_anonymized_codex_patch_envelope_goes_through(native_gateway: NativeGateway, marker: str) -> None:
    """Codex's patch envelope ("*** Begin Patch") with its apply_patch tool, anonymized."""
    patch = f"*** Begin Patch\n*** Update File: notes.txt\n+mail {EMAIL}\n*** End Patch\n"
    body = codex_body("openai/echo", f"{marker} apply it", [
        {"type": "custom_tool_call", "id": "ctc_1", "call_id": "call_b", "name": "apply_patch", "input": patch},
        {"type": "custom_tool_call_output", "call_id": "call_b", "output": "patched"}])
    response = httpx.post(native_gateway.base_url + "/v1/responses", json={**body, "anonymize": True},
                          headers={"Authorization": f"Bearer {GATEWAY_KEY}"}, timeout=30)
    assert response.status_code == 200, response.text
    (received,) = native_gateway.upstreams["openai"].find(marker)
    sent = json.dumps(received.body)
    assert "*** Begin Patch" in sent and EMAIL not in sent


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_claude_code_context_counts(native_gateway: NativeGateway, provider: str, marker: str) -> None:
    """Claude Code's `/context` (recorded with `claude -p /context`) posts count_tokens with
    `?beta=true` some twenty times: a placeholder turn with one of its tools at a time, and its system
    prompt as a user turn, and reads `input_tokens` of each. An Anthropic model's count is Anthropic's
    own of the same tool; any other's an estimate that grows with the tool and says it is one."""
    client = anthropic.Anthropic(base_url=native_gateway.base_url, api_key=GATEWAY_KEY, max_retries=0)
    tools = claude_tools()

    def count(with_tools: list[dict[str, Any]]) -> tuple[int, str]:
        response = client.beta.messages.with_raw_response.count_tokens(
            model=f"{provider}/echo", betas=BETAS, tools=with_tools,  # type: ignore[arg-type]
            messages=[{"role": "user", "content": f"foo {marker}"}])
        return response.parse().input_tokens, response.headers["x-tarnkappe-token-count"]

    alone, kind = count([])
    with_bash, _ = count(tools[:1])
    assert kind == ("exact" if provider == "anthropic" else "estimate") and with_bash > alone > 0
    if provider == "anthropic":
        sent = [r.body for r in native_gateway.upstreams["anthropic"].find(marker)]
        assert [body.get("tools") for body in sent] == [None, tools[:1]]


WEB_SEARCH_TOOL = {"type": "web_search_20250305", "name": "web_search", "max_uses": 8}


@pytest.mark.parametrize("anonymize", [False, True], ids=["as-is", "anonymized"])
def test_claude_code_web_search_reaches_anthropic_models(native_gateway: NativeGateway, anonymize: bool,
                                                         marker: str) -> None:
    """Claude Code's WebSearch tool makes a streamed request of its own with Anthropic's server tool
    (recorded with `claude -p` against a scripted Anthropic model through the gateway): it reaches an
    Anthropic model as sent, and the search's blocks and the cited answer come back, which Claude
    Code turned into its tool's result. Other models refuse it (test_messages_native.py)."""
    client = anthropic.Anthropic(base_url=native_gateway.base_url, api_key=GATEWAY_KEY, max_retries=0)
    query = f"{marker} weather tomorrow"
    with client.beta.messages.stream(  # type: ignore[call-overload]
            model="anthropic/echo", max_tokens=32000, betas=BETAS, tools=[WEB_SEARCH_TOOL],
            tool_choice={"type": "auto"}, extra_body={"anonymize": anonymize},
            metadata={"user_id": json.dumps({"device_id": "ab12", "session_id": "cd34"})},
            messages=[{"role": "user", "content": [
                {"type": "text", "text": f"Perform a web search for the query: {query}"}]}]) as stream:
        final = stream.get_final_message()
    assert [block.type for block in final.content] == ["server_tool_use", "web_search_tool_result", "text"]
    assert final.content[0].input == {"query": f"Perform a web search for the query: {query}"}  # type: ignore[union-attr]
    assert final.content[2].citations[0].type == "web_search_result_location"  # type: ignore[union-attr,index]
    (received,) = native_gateway.upstreams["anthropic"].find(marker)
    assert received.body["tools"] == [WEB_SEARCH_TOOL] and received.body["stream"] is True
