# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""The HTTP runtime shared by the generated API clients.

Copied verbatim into each generated package as ``<package>._runtime``; it knows nothing about
any particular API: the generated code passes a ``ClientConfig``.
"""

from ._async_client import AsyncAPIClient
from ._auth import (
    CachedTokenProvider,
    IssuedToken,
    LoginTokenProvider,
    TokenAuth,
    TokenProvider,
)
from ._client_credentials import ClientCredentialsProvider
from ._config import ClientConfig, Operation, RequestOptions
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
)
from ._deadline import DeadlineTransport
from ._error_answers import make_status_error
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseShapeError,
    UnexpectedStatus,
    UnprocessableEntityError,
)
from ._hooks import AttemptInfo, OnAttempt
from ._logging import configure_logging, get_logger
from ._models import redacting_repr
from ._pagination import AsyncPager, LinkPaging, Page, PageNumberPaging, Paging, SyncPager
from ._paths import encode_path_segment
from ._rate_limit import RATE_LIMIT_OFF, LeakyBucket, RateLimit, RateLimiter
from ._redaction import REDACTED, redact_headers, redact_json, redact_url, safe_repr
from ._resource import AsyncAPIResource, SyncAPIResource
from ._response import APIResponse
from ._sync_client import SyncAPIClient
from ._types import NOT_GIVEN, NotGiven

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "NOT_GIVEN",
    "RATE_LIMIT_OFF",
    "REDACTED",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncAPIResource",
    "AsyncPager",
    "AttemptInfo",
    "AuthenticationError",
    "BadRequestError",
    "CachedTokenProvider",
    "ClientConfig",
    "ClientCredentialsProvider",
    "ConfigurationError",
    "ConflictError",
    "DeadlineTransport",
    "ErrorDetail",
    "InternalServerError",
    "IssuedToken",
    "LeakyBucket",
    "LinkPaging",
    "LoginTokenProvider",
    "NotFoundError",
    "Page",
    "PageNumberPaging",
    "Paging",
    "PaginationError",
    "NotGiven",
    "OnAttempt",
    "Operation",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimiter",
    "RateLimitError",
    "RequestOptions",
    "ResponseShapeError",
    "SyncAPIClient",
    "SyncAPIResource",
    "SyncPager",
    "TokenAuth",
    "TokenProvider",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "configure_logging",
    "encode_path_segment",
    "get_logger",
    "make_status_error",
    "redact_headers",
    "redact_json",
    "redact_url",
    "redacting_repr",
    "safe_repr",
]
