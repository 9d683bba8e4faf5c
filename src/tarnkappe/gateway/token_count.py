"""Prompt token counts for a model whose tokenizer the gateway does not have.

A client that asks how many tokens a prompt is (Anthropic's `count_tokens`) sizes its context and
its spending by the answer, so an estimate must never pass for a count, and must not understate:
the result says whether it is exact, and an estimate comes with an upper bound that no byte-level
BPE tokenizer exceeds (never more tokens than UTF-8 bytes), which the dialect puts in headers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tarnkappe.core.sizes import request_bytes
from tarnkappe.core.types import ChatRequest

# Tokens a chat template adds per message and per request (role markers, turn separators).
MESSAGE_OVERHEAD = 4
REQUEST_OVERHEAD = 8
# Bytes per token the estimate assumes: fewer than the ~4 of English prose, so that German, French
# or code (which make more tokens per byte) are not underestimated either.
BYTES_PER_TOKEN = 3
IMAGE_BYTES = 1600 * BYTES_PER_TOKEN  # an image part: Anthropic's ceiling for one image, ~1,600 tokens


@dataclass(frozen=True, slots=True)
class TokenCount:
    """A prompt's tokens; `exact` False: an estimate, at most `upper_bound`."""

    tokens: int
    exact: bool
    upper_bound: int | None = None


def estimate_tokens(request: ChatRequest) -> TokenCount:
    """An estimate (about three bytes a token) with its upper bound (a token a byte)."""
    size, messages = request_bytes(request, media_bytes=IMAGE_BYTES)
    overhead = MESSAGE_OVERHEAD * messages + REQUEST_OVERHEAD
    return TokenCount(math.ceil(size / BYTES_PER_TOKEN) + overhead, exact=False, upper_bound=size + overhead)
