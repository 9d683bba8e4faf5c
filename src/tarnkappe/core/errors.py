"""The gateway's failures, named by what went wrong rather than by how a dialect shows them.

Every layer raises these; each dialect under `server/` renders them in its own shape (an OpenAI
error object, a PeakPrivacy body). Messages must never contain prompt or answer text: they end up in
responses and logs.
"""

from __future__ import annotations


class GatewayError(Exception):
    """Base class. `status` is the HTTP status the OpenAI dialect uses; `code` is a stable,
    machine-readable reason; `param` names the request field at fault, if any."""

    status: int = 500
    code: str | None = None

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        if code is not None:
            self.code = code


class InvalidRequest(GatewayError):
    status = 400
    code = "invalid_request"


class AuthenticationFailed(GatewayError):
    status = 401
    code = "invalid_api_key"


class KeyExpired(AuthenticationFailed):
    """A key that was valid and has passed its expiry: said so, so that its holder asks for a new
    one instead of checking the key they pasted. Nothing else about the key is told."""

    code = "api_key_expired"


class PermissionDenied(GatewayError):
    status = 403
    code = "model_not_allowed"


class QuotaExceeded(GatewayError):
    """The organization's subscription amount for the current period is used up."""

    status = 403
    code = "insufficient_quota"


class ModelNotFound(GatewayError):
    status = 404
    code = "model_not_found"


class PayloadTooLarge(GatewayError):
    status = 413
    code = "request_too_large"


class RateLimited(GatewayError):
    status = 429
    code = "rate_limit_exceeded"

    def __init__(self, message: str, *, retry_after: float, **kwargs: str | None) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class UpstreamError(GatewayError):
    """The upstream failed, refused the gateway, or answered something we cannot read."""

    status = 502
    code = "upstream_error"


class UpstreamRejected(GatewayError):
    """The upstream refused the request itself (its 400): the client can fix it, so it is a 400."""

    status = 400
    code = "upstream_rejected_request"


class UpstreamRateLimited(RateLimited):
    code = "upstream_rate_limited"


class UpstreamTimeout(GatewayError):
    status = 504
    code = "upstream_timeout"


class ServiceUnavailable(GatewayError):
    status = 503
    code = "service_unavailable"
