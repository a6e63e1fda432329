# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Typed client for the Hubster Portal API.

Start with ``HubsterClient`` (or ``AsyncHubsterClient``); errors are in
``hubster_client.errors`` and re-exported here; models are in ``hubster_client.models``.
"""

from . import errors, models
from ._auth import DEFAULT_TOKEN_URL, DEMO_TOKEN_URL
from ._channels import (
    CHANNEL_CODES,
    CHANNEL_NAMES,
    Integration,
    UnknownIntegration,
    normalise_integration,
    parse_integration,
)
from ._client import AsyncHubsterClient, HubsterClient
from ._runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    RateLimit,
    TokenProvider,
)
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
    "AsyncHubsterClient",
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
    "HubsterClient",
    "TokenProvider",
    "UnprocessableEntityError",
    "CHANNEL_CODES",
    "CHANNEL_NAMES",
    "DEFAULT_TOKEN_URL",
    "DEMO_TOKEN_URL",
    "Integration",
    "UnknownIntegration",
    "normalise_integration",
    "parse_integration",
    "errors",
    "models",
]
