"""What each provider can do, declared once per provider.

Every decision that depends on the provider reads it here: which catalog entries the registry
accepts (kinds, a base URL), which request parameters are sent, dropped or refused
(providers/params.py), whether `safe_prompt` is the upstream's own switch or emulated
(gateway/safety.py), where a provider's models run (the region rule), which scenarios the provider
suite runs (tests/providers/), and the table of docs/providers.md (generated from these by
bench/gen_providers_doc.py, checked by a test).

A parameter a provider lacks is *dropped* when the answer is still a valid answer to the request (a
sampling hint is lost), and *refused* — a 400 naming it — when dropping it would change the shape
of what the client gets back (several choices, tool calls, a JSON format): `SHAPE_CHANGING`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Kind = Literal["chat", "embedding"]

# The ChatRequest fields a provider may decline. Everything else (model, messages, stream...) is
# always honoured.
OPTIONAL_PARAMS: frozenset[str] = frozenset(
    {
        "temperature", "top_p", "top_k", "max_tokens", "stop", "seed", "n", "response_format", "tools",
        "tool_choice", "parallel_tool_calls", "presence_penalty", "frequency_penalty", "logit_bias",
        "logprobs", "top_logprobs", "user", "reasoning_effort", "safe_prompt", "thinking_budget",
        "adaptive_thinking",
    }
)

# Anthropic's extended and adaptive thinking: what every other provider drops.
ANTHROPIC_THINKING: frozenset[str] = frozenset({"thinking_budget", "adaptive_thinking"})

# Dropping these would change what the client gets back, not only how it was sampled.
SHAPE_CHANGING: frozenset[str] = frozenset({"n", "tools", "tool_choice", "response_format"})

# The region of a model that runs inside the gateway process: nothing leaves the machine, so every
# region rule allows it. A remote model whose region the catalog does not name is "unknown", which
# no region rule allows.
LOCAL_REGION = "local"
UNKNOWN_REGION = "unknown"


@dataclass(frozen=True, slots=True)
class ProviderCapabilities:
    """One provider (the catalog's `provider:` value) as the rest of the gateway may rely on it."""

    name: str
    implementation: str  # "module:Class", imported only when a catalog entry uses the provider
    protocol: str  # what it speaks upstream, in words (docs/providers.md)
    auth_header: str  # how it authenticates upstream (docs/providers.md)
    kinds: frozenset[Kind]
    dropped: frozenset[str] = frozenset()  # not sent; the answer is still valid
    refused: frozenset[str] = frozenset()  # a 400 naming the parameter when the request sets it
    # `safe_prompt` is the upstream's own switch, sent as it is; for every other provider the gateway
    # emulates it with a system prompt (gateway/safety.py), whatever `dropped` says of the flag.
    native_safe_prompt: bool = False
    content_filter: bool = True  # the upstream's safety filter shows as finish_reason content_filter
    needs_base_url: bool = False  # the endpoint is the operator's own resource or server
    region: str | None = None  # a fixed region (LOCAL_REGION: in process); None: the catalog entry's
    notes: tuple[tuple[str, str], ...] = ()  # (parameter, how it is passed), for docs/providers.md
    # Anthropic's own blocks (server tools, documents to cite, images and documents in a tool result,
    # server tool blocks and citations of earlier answers): only Anthropic's protocol has them.
    anthropic_blocks: bool = False
    # What the provider bills per 1,000 server-side web searches, in USD, apart from tokens (its list
    # price): a catalog entry's `price.web_search_per_thousand` defaults to it (core/catalog.py), so
    # that a search is never recorded as free because the operator did not know it is billed.
    web_search_per_thousand_usd: Decimal | None = None

    @property
    def honoured(self) -> frozenset[str]:
        """The optional parameters sent upstream with their meaning."""
        return OPTIONAL_PARAMS - self.dropped - self.refused

    @property
    def tools(self) -> bool:
        return "tools" not in self.refused and "tools" not in self.dropped

    @property
    def json_schema(self) -> bool:
        return "response_format" not in self.refused and "response_format" not in self.dropped

    @property
    def runs_locally(self) -> bool:
        return self.region == LOCAL_REGION


def region_allowed(region: str, allowed: frozenset[str] | None) -> bool:
    """The region rule, in one place: no rule allows everything; a model running inside the
    gateway (`local`) is allowed by every rule; any other region (lower-case) only if listed."""
    return allowed is None or region == LOCAL_REGION or region in allowed


PROVIDERS: dict[str, ProviderCapabilities] = {
    p.name: p
    for p in (
        ProviderCapabilities(
            "openai", "tarnkappe.providers.openai_compat:OpenAICompatibleProvider",
            "OpenAI Chat Completions (`base_url` required)", "`Authorization: Bearer`",
            frozenset({"chat", "embedding"}), dropped=frozenset({"top_k"}) | ANTHROPIC_THINKING, needs_base_url=True,
        ),
        ProviderCapabilities(
            "openai-compatible", "tarnkappe.providers.openai_compat:OpenAICompatibleProvider",
            "OpenAI Chat Completions (`base_url` required)", "`Authorization: Bearer`",
            frozenset({"chat", "embedding"}), dropped=frozenset({"top_k"}) | ANTHROPIC_THINKING, needs_base_url=True,
        ),
        ProviderCapabilities(
            "azure", "tarnkappe.providers.azure:AzureOpenAIProvider",
            "Azure OpenAI: `{base_url}/openai/deployments/{deployment}/…?api-version=`", "`api-key`",
            frozenset({"chat", "embedding"}), dropped=frozenset({"top_k"}) | ANTHROPIC_THINKING, needs_base_url=True,
        ),
        ProviderCapabilities(
            "anthropic", "tarnkappe.providers.anthropic:AnthropicProvider",
            "Anthropic Messages API (`/v1/messages`, `anthropic-version: 2023-06-01`)", "`x-api-key`",
            frozenset({"chat"}),
            dropped=frozenset({"seed", "presence_penalty", "frequency_penalty", "logit_bias", "logprobs",
                               "top_logprobs", "reasoning_effort", "safe_prompt"}),
            refused=frozenset({"n"}), anthropic_blocks=True, web_search_per_thousand_usd=Decimal(10),
            notes=(("temperature", "0–1; above 1 refused"), ("top_k", "as `top_k`"),
                   ("max_tokens", "default `max_output_tokens` of the entry, else 4096 (Anthropic requires it)"),
                   ("stop", "as `stop_sequences`"),
                   ("response_format", "json_object: one forced tool, its input returned as the message text; "
                                       "json_schema: the schema becomes the forced tool's `input_schema` (object "
                                       "schemas only; combined with `tools` refused)"),
                   ("tools", "as `input_schema`"), ("tool_choice", "`auto`, `any` for required, `none`, `tool`"),
                   ("thinking_budget", "as `thinking.budget_tokens`, or `adaptive`; the signed thinking blocks "
                                       "are passed on"),
                   ("parallel_tool_calls", "false → `disable_parallel_tool_use`"), ("user", "as `metadata.user_id`")),
        ),
        ProviderCapabilities(
            "gemini", "tarnkappe.providers.gemini:GeminiProvider",
            "Gemini `generateContent` / `streamGenerateContent?alt=sse`; Google AI, or Vertex AI when "
            "`project` + `location` are set",
            "`x-goog-api-key` (Google AI), `Authorization: Bearer` (Vertex)",
            frozenset({"chat", "embedding"}),
            dropped=frozenset({"logit_bias", "logprobs", "top_logprobs", "user", "reasoning_effort",
                               "parallel_tool_calls", "safe_prompt"}) | ANTHROPIC_THINKING,
            notes=(("top_p", "as `topP`"), ("top_k", "as `topK`"),
                   ("max_tokens", "as `maxOutputTokens`"), ("stop", "as `stopSequences`"),
                   ("n", "as `candidateCount`"),
                   ("response_format", "`responseMimeType: application/json`; json_schema as "
                                       "`responseJsonSchema` (standard JSON Schema, untranslated)"),
                   ("tools", "as `functionDeclarations[].parametersJsonSchema`"),
                   ("tool_choice", "`toolConfig.functionCallingConfig` AUTO/ANY/NONE, named → ANY + "
                                   "allowedFunctionNames")),
        ),
        ProviderCapabilities(
            "mistral", "tarnkappe.providers.mistral:MistralProvider",
            "Mistral chat and embeddings (`https://api.mistral.ai/v1` default)", "`Authorization: Bearer`",
            frozenset({"chat", "embedding"}), dropped=frozenset({"logit_bias", "user", "top_k"}) | ANTHROPIC_THINKING,
            native_safe_prompt=True,
            content_filter=False,  # its guardrail is safe_prompt; no filtering finish reason
            notes=(("seed", "as `random_seed`"),),
        ),
        ProviderCapabilities(
            "perplexity", "tarnkappe.providers.perplexity:PerplexityProvider",
            "Perplexity Sonar (`https://api.perplexity.ai` default)", "`Authorization: Bearer`",
            frozenset({"chat"}),
            dropped=frozenset({"parallel_tool_calls", "seed", "stop", "logit_bias", "logprobs", "top_logprobs",
                               "user", "safe_prompt", "top_k"}) | ANTHROPIC_THINKING,
            refused=frozenset({"n", "tools", "tool_choice"}),
        ),
        ProviderCapabilities(
            "local", "tarnkappe.providers.local_chat:LocalChatProvider",
            "llama.cpp inside the gateway process (the model file of the entry, or the packaged default)", "—",
            frozenset({"chat"}),
            dropped=frozenset({"tools", "tool_choice", "parallel_tool_calls", "logit_bias", "logprobs",
                               "top_logprobs", "user", "reasoning_effort", "safe_prompt"}) | ANTHROPIC_THINKING,
            region=LOCAL_REGION, content_filter=False,
            notes=(("response_format", "a llama.cpp grammar (JSON, or compiled from the schema)"),
                   ("tools", "not offered to the model: the answer is plain text")),
        ),
        ProviderCapabilities(
            "local-embeddings", "tarnkappe.providers.local_embeddings:LocalEmbeddingProvider",
            "sentence-transformers inside the gateway process", "—",
            frozenset({"embedding"}), region=LOCAL_REGION, content_filter=False,
        ),
    )
}

# The providers that run inside the gateway process: nothing leaves the machine.
LOCAL_PROVIDERS: frozenset[str] = frozenset(name for name, p in PROVIDERS.items() if p.runs_locally)
