"""Checking a request body against an official SDK's request types.

The SDKs describe request bodies as TypedDicts (anthropic, openai) or pydantic models (mistralai,
google-genai). Validating with pydantic catches wrong shapes; the TypedDicts' `Iterable[...]`
fields validate lazily, so the result is walked to force every nested check. Unknown top-level
keys are refused separately, as the strict upstreams (Mistral: 422) do.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError


def _materialize(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _materialize(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ValidatorIterator":
        return [_materialize(v) for v in value]
    return value


def typed_dict_problem(adapter: TypeAdapter[Any], typed_dict: Any, body: dict[str, Any], extra_keys: set[str] = set()) -> str | None:
    """Why `body` is not a valid instance of `typed_dict`, or None."""
    allowed = set(typed_dict.__required_keys__) | set(typed_dict.__optional_keys__) | extra_keys
    unknown = sorted(set(body) - allowed)
    if unknown:
        return f"unknown fields: {', '.join(unknown)}"
    missing = sorted(set(typed_dict.__required_keys__) - set(body))
    if missing:
        return f"missing fields: {', '.join(missing)}"
    try:
        _materialize(adapter.validate_python({k: v for k, v in body.items() if k not in extra_keys}))
    except ValidationError as exc:
        return f"invalid body: {str(exc)[:600]}"
    return None
