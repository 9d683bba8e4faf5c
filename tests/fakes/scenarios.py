"""What the native-protocol fakes answer, decided once for all of them.

Each fake (Anthropic, Gemini, Azure, Mistral, Perplexity) reads the scenario from the upstream
model (or Azure deployment) name the gateway sends, and renders the same `Plan` in its own
protocol, so that one OpenAI-SDK client suite can assert the same answers against every provider:

    echo        "echo: <last user text>"; with a JSON response format, {"echo": "<text>"}
    tools       two calls, search and lookup, with {"query": <text>, "n": i}
    agent       an agent's loop with one tool: a call to lookup with {"query": <text>}; once the
                latest turn is that call's result, the text "done: <result>"
    filtered    the answer is cut by the provider's safety filter (finish: content_filter)
    blocked     the prompt is refused by the safety filter before any answer
    cut         a stream that drops the connection after two pieces
    no-usage    echo, with no usage at all (as some Anthropic-compatible proxies answer; the
                Anthropic fake omits it, the other fakes answer as for echo)
    status-NNN  an HTTP error NNN in the provider's error shape (429 with Retry-After)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from tests.fakes.openai_upstream import Received, UpstreamLog, count_tokens

__all__ = ["Plan", "Received", "UpstreamLog", "make_plan", "pieces", "TOOL_NAMES", "AGENT_TOOL", "COMPLETION_TOKENS"]

TOOL_NAMES = ("search", "lookup")
AGENT_TOOL = "lookup"
COMPLETION_TOKENS = 7


@dataclass
class Plan:
    scenario: str
    text: str | None = None
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    finish: str = "stop"  # stop | tool_calls | content_filter
    prompt_tokens: int = 1
    completion_tokens: int = COMPLETION_TOKENS
    status: int | None = None
    cut: bool = False
    blocked: bool = False
    usage: bool = True  # False: the answer carries no usage (where the fake supports omitting it)

    @property
    def args_json(self) -> list[str]:
        return [orjson.dumps(args).decode() for _, args in self.calls]


def make_plan(scenario: str, text: str, *, json_mode: bool = False, tool_result: str | None = None) -> Plan:
    """What to answer to `text` (the last user text); `tool_result` is the text of a tool result
    when the request's latest turn is one (each fake reads it from its own protocol)."""
    plan = Plan(scenario=scenario, prompt_tokens=count_tokens(text))
    if scenario.startswith("status-"):
        plan.status = int(scenario.removeprefix("status-"))
    elif scenario == "tools":
        plan.calls = [(name, {"query": text, "n": i}) for i, name in enumerate(TOOL_NAMES)]
        plan.finish = "tool_calls"
    elif scenario == "agent" and tool_result is None:
        plan.calls, plan.finish = [(AGENT_TOOL, {"query": text})], "tool_calls"
    elif scenario == "agent":
        plan.text = f"done: {tool_result}"
    elif scenario == "filtered":
        plan.text, plan.finish = "I cannot", "content_filter"
    elif scenario == "blocked":
        plan.blocked, plan.finish, plan.completion_tokens = True, "content_filter", 0
    else:
        plan.text = orjson.dumps({"echo": text}).decode() if json_mode else f"echo: {text}"
        plan.cut = scenario == "cut"
        plan.usage = scenario != "no-usage"
    return plan


def pieces(text: str, size: int = 5) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]

