# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Errors raised by hubster_client.

Everything the client raises on purpose derives from ``APIError``::

    APIError                            the base class: catch it to catch every error below
     +-- ConfigurationError             no token, or a bad ``base_url``
     +-- APIConnectionError             no answer (refused, reset, DNS, TLS)
     |    +-- APITimeoutError           no answer because a timeout expired
     +-- APIStatusError                 an error status without a class below (402, 405, ...)
     |    +-- BadRequestError           400
     |    +-- AuthenticationError       401: expired or wrong token
     |    +-- PermissionDeniedError     403
     |    +-- NotFoundError             404
     |    +-- ConflictError             409
     |    +-- UnprocessableEntityError  422
     |    +-- RateLimitError            429 (``retry_after``: seconds, when the API says)
     |    +-- InternalServerError       500 and above
     |    +-- UnexpectedStatus          nothing any more: the resource methods read any 2xx as the
     |                                  operation's answer; kept so that code catching it still
     |                                  imports
     +-- APIResponseValidationError     a 2xx body that does not match the spec (says what was
                                        expected, and where)
          +-- PaginationError           a list's next page on another origin, or repeating the last

The classes live in the shared runtime (``hubster_client._runtime``); this module is their
public home. ``ErrorDetail`` is one problem the API reported (``details`` of a status error).
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
