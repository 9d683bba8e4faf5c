"""Gateway errors rendered as OpenAI error objects, with the status codes the official SDKs map to
their exception classes (400 BadRequestError, 401 AuthenticationError, 403 PermissionDeniedError,
404 NotFoundError, 429 RateLimitError, 5xx InternalServerError)."""

from __future__ import annotations

import logging
from typing import Any

from tarnkappe.core.errors import GatewayError, QuotaExceeded, RateLimited
from tarnkappe.logs import exception_fields

log = logging.getLogger("tarnkappe.errors")

_TYPE_BY_STATUS = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "permission_error",
    404: "invalid_request_error",
    413: "invalid_request_error",
    429: "requests",
}


def error_body(message: str, *, type_: str, param: str | None = None, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def log_unexpected(exc: BaseException) -> None:
    """Log an exception nobody expected. Its message may quote request data, so only its type
    and where it happened (file:line function of its innermost frames) are written."""
    log.error("unhandled exception while serving a request", extra=exception_fields(exc))


def render_error(exc: BaseException) -> tuple[int, dict[str, Any], dict[str, str]]:
    """(status, body, extra headers) for any exception. Unexpected exceptions become a generic 500:
    their text may hold anything, so it goes to the log (type only) and never to the client."""
    if isinstance(exc, GatewayError):
        headers: dict[str, str] = {}
        if isinstance(exc, QuotaExceeded):
            type_ = "insufficient_quota"
        elif exc.status >= 500:
            type_ = "server_error"
        else:
            type_ = _TYPE_BY_STATUS.get(exc.status, "invalid_request_error")
        if isinstance(exc, RateLimited):
            headers["retry-after"] = str(max(1, round(exc.retry_after)))
        return exc.status, error_body(exc.message, type_=type_, param=exc.param, code=exc.code), headers
    log_unexpected(exc)
    return 500, error_body("The gateway had an internal error.", type_="server_error", code="internal_error"), {}
