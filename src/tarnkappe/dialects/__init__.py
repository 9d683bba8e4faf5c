"""The API dialects: one module per API a client may speak (OpenAI's Chat Completions and
Responses, PeakPrivacy's, Anthropic's Messages), each parsing its requests into the canonical
types (`core/types.py`) and rendering canonical results, stream chunks and errors in its own shape.

A dialect reaches the pipeline (`gateway/pipeline.py`) through one call per request, which
authenticates, applies the org's rules and masks every field the dialect parsed before anything
goes upstream. Adding a dialect is its module (with a `DIALECT` declaration) and one line here.
"""

from __future__ import annotations

from tarnkappe.dialects import anthropic, openai, openai_responses, peakprivacy
from tarnkappe.server.route_table import Dialect

# In route order; the first is the default shape of errors outside every dialect's paths.
DIALECTS: tuple[Dialect, ...] = (
    openai.DIALECT,
    openai_responses.DIALECT,
    peakprivacy.DIALECT,
    anthropic.DIALECT,
)
