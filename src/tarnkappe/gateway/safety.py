"""`safe_prompt`: ask the model to stay safe.

Providers with a native switch (Mistral's `safe_prompt`) declare it (`native_safe_prompt` in
core/capabilities.py) and receive the flag untouched, without the emulation; for every other
provider the gateway prepends the same guardrail as a system message, so the flag means the same
thing whichever model serves the request. A model with deployments at several providers gets the
emulation unless every one of them has the switch (a Mistral deployment among them then gets both).
"""

from __future__ import annotations

from tarnkappe.core.capabilities import PROVIDERS
from tarnkappe.core.catalog import ModelEntry
from tarnkappe.core.types import ChatRequest, Message

# Mistral's published safety prompt, so that emulated and native behaviour match.
SAFE_PROMPT = (
    "Always assist with care, respect, and truth. Respond with utmost utility yet securely. "
    "Avoid harmful, unethical, prejudiced, or negative content. Ensure replies promote fairness "
    "and positivity."
)


def apply_safe_prompt(request: ChatRequest, entry: ModelEntry) -> None:
    """Prepend the safety system prompt unless the model's provider honours `safe_prompt` itself."""
    if not request.safe_prompt or has_native_safe_prompt(entry):
        return
    request.messages.insert(0, Message(role="system", content=SAFE_PROMPT))


def has_native_safe_prompt(entry: ModelEntry) -> bool:
    """Whether every provider that may serve `entry` has its own `safe_prompt` switch."""
    deployments = entry.deployment_entries() if entry.deployments else (entry,)
    return all(PROVIDERS[d.provider].native_safe_prompt for d in deployments)
