# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""Typed client for the Autobutler Mechanics API.

Start with ``AutobutlerClient`` (or ``AsyncAutobutlerClient``); errors are in
``autobutler_client.errors`` and re-exported here; models are in ``autobutler_client.models``.
"""

from . import errors, models
from ._client import AsyncAutobutlerClient, AutobutlerClient
from ._names import IntegrationName
from ._runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    RateLimit,
    TokenProvider,
)
from ._validation import IntegrationValidationError
from .client import AuthenticatedClient, Client
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAutobutlerClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "AutobutlerClient",
    "TokenProvider",
    "UnprocessableEntityError",
    "IntegrationName",
    "IntegrationValidationError",
    "errors",
    "models",
]
