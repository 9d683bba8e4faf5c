"""What the pipeline and the router need of tracing, without depending on OpenTelemetry: spans
opened around a block, or around a stream. `NO_TRACING` does nothing and costs next to nothing;
observability/tracing.py implements the interface with the OpenTelemetry SDK when tracing is on.

Attribute values are what callers pass; callers pass no message content, no key and no personal
value (model names, counts, codes, deployment labels only).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Protocol, TypeVar

T = TypeVar("T")
AttributeValue = str | bool | int | float


class Span(Protocol):
    def set(self, key: str, value: AttributeValue) -> None:
        """Add an attribute."""

    def fail(self, error_type: str) -> None:
        """Mark the span failed with an error type (a code or class name, never a message)."""


class SpanScope(Protocol):
    def __enter__(self) -> Span: ...

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None: ...


class Tracing(Protocol):
    def span(self, name: str, attributes: Mapping[str, AttributeValue], *, client: bool = False) -> SpanScope:
        """A child of the current span, current itself inside the block: for blocks that do not
        yield (an exception leaving the block marks the span failed with its type)."""

    def stream(self, name: str, attributes: Mapping[str, AttributeValue],
               source: AsyncIterator[T]) -> AsyncIterator[T]:
        """`source` inside a span from its first item to its end: each step runs with the span
        current (so the upstream call is its child), the span ends when the stream does."""


class _NoSpan:
    __slots__ = ()

    def set(self, key: str, value: AttributeValue) -> None:
        pass

    def fail(self, error_type: str) -> None:
        pass

    def __enter__(self) -> _NoSpan:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        pass


class NoTracing:
    """Tracing off: no span, no wrapper."""

    __slots__ = ()

    def span(self, name: str, attributes: Mapping[str, AttributeValue], *, client: bool = False) -> SpanScope:
        return _NO_SPAN

    def stream(self, name: str, attributes: Mapping[str, AttributeValue],
               source: AsyncIterator[T]) -> AsyncIterator[T]:
        return source


_NO_SPAN = _NoSpan()
NO_TRACING = NoTracing()
