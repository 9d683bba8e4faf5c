"""Refusing media that cannot be masked, by the field the client sent.

The pipeline refuses an image part when anonymization applies, but it names the canonical field
(`messages[2].content[1]`), and a dialect whose request is not a list of messages (Anthropic's
`system` apart, Responses' `instructions` and input items) would point the client at the wrong
place. So such dialects note where their media blocks were while parsing and refuse by that name
first; the pipeline's check stays the backstop.
"""

from __future__ import annotations

from tarnkappe.core.errors import InvalidRequest
from tarnkappe.core.principal import Principal
from tarnkappe.core.types import ChatRequest
from tarnkappe.gateway.pipeline import Gateway


def refuse_media_if_masked(
    gateway: Gateway, principal: Principal, request: ChatRequest, media_paths: list[str]
) -> None:
    """An image cannot be masked without destroying it: refused (400 naming the first one, as the
    client sent it) when anonymization applies to this caller's request. Otherwise it goes to the
    provider, which forwards it where its model takes images and refuses it (400) where not."""
    if media_paths and gateway.anonymization_applies(principal, request):
        path = media_paths[0]
        raise InvalidRequest(
            f"'{path}' is an image or a document, which cannot be anonymized without destroying it; the "
            "request was not sent. Send it without it, or without anonymization.", param=path,
        )
