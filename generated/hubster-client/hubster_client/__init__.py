# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Typed client for the Hubster Portal API.

Start with ``HubsterClient`` (or ``AsyncHubsterClient``); errors are in
``hubster_client.errors`` and re-exported here; models are in ``hubster_client.models``.
"""

from typing import TYPE_CHECKING

from . import errors
from ._client import AsyncHubsterClient, HubsterClient
from ._runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    APIResponse,
    AsyncPager,
    AttemptInfo,
    DeadlineTransport,
    Page,
    RateLimit,
    SyncPager,
    TokenProvider,
)
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
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from . import models
    from ._auth import DEFAULT_TOKEN_URL, DEMO_TOKEN_URL
    from ._channels import (
        CHANNEL_CODES,
        CHANNEL_NAMES,
        INTEGRATION_TYPE_CODES,
        INTEGRATION_TYPE_NAMES,
        Integration,
        IntegrationPage,
        UnknownIntegration,
        normalise_integration,
        parse_integration,
    )

# The release: `version:` of the API's sdk.yaml, which `make release` sets. pyproject.toml, the
# User-Agent, the README and PROVENANCE.json say the same (tests/packaging/test_versions.py).
__version__ = "1.1.0"

# Imported on first access (PEP 562), not here: `import hubster_client` loads the clients, the
# runtime and the errors, and the models and the names below wait until something uses them
# (import time is a `make bench` figure). Type checkers read the imports above; they never see
# __getattr__, so a misspelt name stays an error.
_LAZY_NAMES: dict[str, str] = {
    "CHANNEL_CODES": "._channels",
    "CHANNEL_NAMES": "._channels",
    "DEFAULT_TOKEN_URL": "._auth",
    "DEMO_TOKEN_URL": "._auth",
    "Integration": "._channels",
    "INTEGRATION_TYPE_CODES": "._channels",
    "INTEGRATION_TYPE_NAMES": "._channels",
    "IntegrationPage": "._channels",
    "normalise_integration": "._channels",
    "parse_integration": "._channels",
    "UnknownIntegration": "._channels",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        from importlib import import_module

        if name == "models":
            return import_module(".models", __name__)
        module = _LAZY_NAMES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # later lookups find it without calling __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHubsterClient",
    "AsyncPager",
    "AttemptInfo",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DeadlineTransport",
    "InternalServerError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "HubsterClient",
    "SyncPager",
    "TokenProvider",
    "UnprocessableEntityError",
    "CHANNEL_CODES",
    "CHANNEL_NAMES",
    "DEFAULT_TOKEN_URL",
    "DEMO_TOKEN_URL",
    "INTEGRATION_TYPE_CODES",
    "INTEGRATION_TYPE_NAMES",
    "Integration",
    "IntegrationPage",
    "UnknownIntegration",
    "normalise_integration",
    "parse_integration",
    "__version__",
    "errors",
    "models",
]
