# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""Typed client for the Autobutler Mechanics API.

Start with ``AutobutlerClient`` (or ``AsyncAutobutlerClient``); errors are in
``autobutler_client.errors`` and re-exported here; models are in ``autobutler_client.models``.
"""

from typing import TYPE_CHECKING

from . import errors
from ._client import AsyncAutobutlerClient, AutobutlerClient
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
    from ._names import IntegrationName
    from ._validation import IntegrationValidationError

# The release: `version:` of the API's sdk.yaml, which `make release` sets. pyproject.toml, the
# User-Agent, the README and PROVENANCE.json say the same (tests/packaging/test_versions.py).
__version__ = "1.1.0"

# Imported on first access (PEP 562), not here: `import autobutler_client` loads the clients, the
# runtime and the errors, and the models and the names below wait until something uses them
# (import time is a `make bench` figure). Type checkers read the imports above; they never see
# __getattr__, so a misspelt name stays an error.
_LAZY_NAMES: dict[str, str] = {
    "IntegrationName": "._names",
    "IntegrationValidationError": "._validation",
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
    "AsyncAutobutlerClient",
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
    "AutobutlerClient",
    "SyncPager",
    "TokenProvider",
    "UnprocessableEntityError",
    "IntegrationName",
    "IntegrationValidationError",
    "__version__",
    "errors",
    "models",
]
