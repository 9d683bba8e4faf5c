"""`safe_prompt`: ask the model to stay safe.

Providers with a native switch (Mistral's `safe_prompt`) declare `native_safe_prompt = True` and
receive the flag untouched; for every other provider the gateway prepends the same guardrail as a
system message, so the flag means the same thing whichever model serves the request.
"""

from __future__ import annotations

from tarnkappe.core.types import ChatRequest, Message

# Mistral's published safety prompt, so that emulated and native behaviour match.
SAFE_PROMPT = (
    "Always assist with care, respect, and truth. Respond with utmost utility yet securely. "
    "Avoid harmful, unethical, prejudiced, or negative content. Ensure replies promote fairness "
    "and positivity."
)


def apply_safe_prompt(request: ChatRequest, provider: object) -> None:
    """Prepend the safety system prompt unless the provider honours `safe_prompt` itself."""
    if not request.safe_prompt or getattr(provider, "native_safe_prompt", False):
        return
    request.messages.insert(0, Message(role="system", content=SAFE_PROMPT))
