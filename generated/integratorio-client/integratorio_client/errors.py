# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Errors raised by integratorio_client.

    APIError
     +-- ConfigurationError            no token or a bad base_url: fix the client's arguments
     +-- APIConnectionError            the request did not get an answer
     |    +-- APITimeoutError          ... because a timeout expired
     +-- APIStatusError                the API answered with an error status
     |    +-- BadRequestError          400
     |    +-- AuthenticationError      401 (expired or wrong token)
     |    +-- PermissionDeniedError    403
     |    +-- NotFoundError            404
     |    +-- ConflictError            409
     |    +-- UnprocessableEntityError 422
     |    +-- RateLimitError           429 (``retry_after`` in seconds, if the API said)
     |    +-- InternalServerError      >= 500
     |    +-- UnexpectedStatus         any other status (also raised by the module functions)
     +-- APIResponseValidationError    a 2xx body that does not match the spec
      +-- PaginationError          a list's next page is on another origin, or repeats itself

The classes live in the shared runtime (``integratorio_client._runtime``); this module is their
public home.
"""

from ._runtime import (
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
    UnexpectedStatus,
    UnprocessableEntityError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetail",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]
