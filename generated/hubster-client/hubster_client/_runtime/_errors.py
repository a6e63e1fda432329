# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""The exceptions the client raises, and their hierarchy.

Everything the client raises on purpose derives from ``APIError``. ``ERROR_TREE`` at the end of
this module describes the hierarchy (each class, its parent, and when the client raises it); the
generator renders it into each package's ``errors.py`` and README, and a test checks it against
the classes, so the description cannot drift from the code.

``ResponseShapeError`` is not part of the tree: response parsers raise it, and the client turns
it into an ``APIResponseValidationError`` that carries the response. An error answer becomes an
``APIStatusError`` in ``_error_answers`` (``make_status_error``).

Messages never contain tokens, the ``Authorization`` header or query strings: they name the
method and the path, and what the API said was wrong. Every error scrubs what it carries with the
``Scrubber`` of its call (``_redaction``): its message, and the body, details and field errors of
an answer, so that a secret the server echoed back is not shown; so is the text of the exception
being handled when the error is made, which becomes its ``__context__`` (and, with ``raise ...
from``, its ``__cause__``) and which tracebacks print. Without a scrubber, an error takes the
secrets of the request it is about (``response.request``, ``request``, or the request of the
``httpx`` error being handled). Messages are cut to ``MAX_ERROR_MESSAGE_CHARS`` after scrubbing;
the details and the body stay whole on the exception.

Every error pickles and copies (``copy.deepcopy``) to the same class with the same message and
data, for task queues and multiprocessing; ``response`` and ``request`` then are stand-ins
without bodies or secrets, and the pickled bytes hold nothing the error's scrubber knows as
secret (``_pickling``).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Final

import httpx

from ._constants import MAX_ERROR_MESSAGE_CHARS
from ._redaction import Scrubber


class APIError(Exception):
    """Base class of every error the client raises on purpose."""

    message: str

    def __init__(self, message: str, *, scrubber: Scrubber | None = None) -> None:
        scrubber = scrubber if scrubber is not None else Scrubber.for_request(_handled_request())
        # The exception being handled becomes this one's __context__: scrub it too.
        scrubber.exception(sys.exception())
        message = cut(scrubber.literal(message), MAX_ERROR_MESSAGE_CHARS)
        super().__init__(message)
        self.message = message
        # For __reduce__: the secrets of the call, to scrub the stand-ins a pickle holds.
        self._scrubber = scrubber

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle (a task queue's result backend, multiprocessing) and copy come here: the error
        # travels as its scrubbed data, without the live httpx request and response.
        from ._pickling import reduce_error  # noqa: PLC0415 - only loaded when pickling

        return reduce_error(self, self.__dict__.get("_scrubber"))


def _handled_request() -> httpx.Request | None:
    """The request of the ``httpx`` error being handled, if that is what is being handled."""
    handled = sys.exception()
    if isinstance(handled, httpx.RequestError):
        try:
            return handled.request
        except RuntimeError:  # Raised by hand, without a request.
            return None
    return None


def cut(text: str, limit: int) -> str:
    """``text``, or its first characters and how many were left out when it is longer."""
    if len(text) <= limit:
        return text
    more = f"... ({len(text) - limit} more characters)"
    return text[: max(0, limit - len(more))] + more


class ConfigurationError(APIError):
    """The client was set up in a way that cannot work, such as a missing token."""


class APIConnectionError(APIError):
    """The request got no HTTP answer: DNS failure, refused or reset connection, TLS error."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        scrubber: Scrubber | None = None,
    ) -> None:
        if scrubber is None and request is not None:
            scrubber = Scrubber.for_request(request)
        super().__init__(message, scrubber=scrubber)
        self.request = request


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired before the answer arrived."""


@dataclass(frozen=True)
class ErrorDetail:
    """One problem reported by the API in its error body."""

    code: str | int | None
    message: str
    # Hubster's catalogue name for the code, such as "PRT000301".
    code_name: str | None = None
    # The request field the problem is about, when the API says so.
    field: str | None = None

    def __str__(self) -> str:
        if self.code_name:
            return f"{self.code_name} {self.message}"
        if self.code is None:
            return self.message
        # integrator.io entries may name the field and may come without a message
        # (celigo/integrator-api-docs, job.md); the code is what to branch on.
        where = f", field {self.field}" if self.field else ""
        if not self.message:
            return f"code {self.code}{where}"
        return f"{self.message} (code {self.code}{where})"


class APIStatusError(APIError):
    """The API answered with a status that is not 2xx."""

    hint: ClassVar[str] = "See the API documentation for this status."

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        details: Sequence[ErrorDetail] = (),
        field_errors: Mapping[str, list[str]] | None = None,
        retry_after: float | None = None,
        scrubber: Scrubber | None = None,
    ) -> None:
        scrubber = scrubber if scrubber is not None else Scrubber.for_response(response)
        super().__init__(message, scrubber=scrubber)
        self.response = response
        self.status_code = response.status_code
        # The decoded JSON body, or its text when it is not JSON, or None when empty; scrubbed.
        self.body = scrub_body(body, scrubber)
        self.details = [scrub_detail(detail, scrubber) for detail in details]
        self.field_errors = {
            scrubber.literal(field): [scrubber.text(m) for m in messages]
            for field, messages in (field_errors or {}).items()
        }
        # Seconds the server asked us to wait (Retry-After), when it said so.
        self.retry_after = retry_after


class BadRequestError(APIStatusError):
    """400: the API rejected the request as malformed or invalid."""

    hint = "Fix the request as described; sending it again unchanged will fail again."


class AuthenticationError(APIStatusError):
    """401: the token is missing, invalid or expired."""

    hint = "Check that the token is valid and has not expired or been revoked."


class PermissionDeniedError(APIStatusError):
    """403: the token is valid but may not perform this operation."""

    hint = "Use a token whose account has permission for this operation."


class NotFoundError(APIStatusError):
    """404: the resource does not exist or is not visible to this token."""

    hint = "Check the identifiers in the path and that the token's account can see them."


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of the resource."""

    hint = "Read the resource again and retry with its current state."


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but its values were rejected."""

    hint = "Fix the values named above and send the request again."


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` says how long the server asked us to wait."""

    hint = "Send fewer requests per second, or wait before retrying."


class InternalServerError(APIStatusError):
    """5xx: the server failed to handle the request."""

    hint = "The server failed to handle the request; try again later."


class UnexpectedStatus(APIStatusError):
    """A status the API description does not list (openapi-python-client's error type)."""

    def __init__(self, status_code: int, content: bytes) -> None:
        # Read like any error answer (_error_answers, which imports this module).
        from ._error_answers import (  # noqa: PLC0415 - nothing raises it any more
            decode_body,
            parse_error_body,
            summarize_details,
        )

        response = httpx.Response(status_code, content=content)
        body = decode_body(response)
        details, field_errors = parse_error_body(body)
        scrubber = Scrubber()  # No request, so no secrets to look for: only secret keys.
        details = [scrub_detail(detail, scrubber) for detail in details]
        super().__init__(
            f"Unexpected status code {status_code} "
            f"{httpx.codes.get_reason_phrase(status_code)}: "
            f"{summarize_details(details, response, scrubber)} "
            "The API description does not list this status; report it to the client's authors.",
            response=response,
            body=body,
            details=details,
            field_errors=field_errors,
            scrubber=scrubber,
        )
        self.content = content


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not match the API description."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None,
        body: object,
        path: str = "$",
        scrubber: Scrubber | None = None,
    ) -> None:
        scrubber = scrubber if scrubber is not None else Scrubber.for_response(response)
        super().__init__(message, scrubber=scrubber)
        self.response = response
        self.body = scrub_body(body, scrubber)
        # JSONPath of the offending value, such as "$.integrations[3]".
        self.path = path


class PaginationError(APIResponseValidationError):
    """A list's next page is on another origin (it would get the token) or repeats the last."""

    def __init__(self, message: str, *, response: httpx.Response, link: str) -> None:
        super().__init__(message, response=response, body=None, path="$")
        # The next link as the API gave it, without query values (they may be secrets).
        self.link = link


class ResponseShapeError(ValueError):
    """Raised by a response parser: the value at ``path`` is not what the spec promises."""

    def __init__(self, expected: str, path: str, got: object) -> None:
        # Only a description of the value is kept: the value itself may be a secret.
        self.expected = expected
        self.path = path
        self.got = describe_json(got)
        super().__init__(f"Expected {expected} at {path}, got {self.got}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Remade from its attributes: __init__ would describe the description again.
        from ._pickling import restore_error  # noqa: PLC0415 - only loaded when pickling

        return restore_error, (type(self), self.args), dict(vars(self))

    def within(self, segment: str) -> ResponseShapeError:
        """This error seen from the enclosing value: ``segment`` (``".settings"``, ``"[3]"``)
        goes in front of the path. Generated ``from_dict`` methods call it on the way up."""
        self.path = "$" + segment + self.path[1:]
        self.args = (f"Expected {self.expected} at {self.path}, got {self.got}",)
        return self


def describe_json(value: object) -> str:
    """Describe a decoded JSON value by its type, without showing what it holds."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return f"an array of {len(value)} items"
    if isinstance(value, dict):
        if not value:
            return "an empty object"
        keys = ", ".join(repr(key) for key in list(value)[:5])
        more = ", ..." if len(value) > 5 else ""
        return f"an object with keys {keys}{more}"
    return type(value).__name__


_STATUS_CLASSES: Final[Mapping[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for ``status_code``."""
    if status_code in _STATUS_CLASSES:
        return _STATUS_CLASSES[status_code]
    return InternalServerError if status_code >= 500 else APIStatusError


def scrub_body(body: object, scrubber: Scrubber) -> object:
    """A body kept on an exception, with every secret of the call scrubbed out."""
    return scrubber.body(body) if isinstance(body, str) else scrubber.value(body)


def scrub_detail(detail: ErrorDetail, scrubber: Scrubber) -> ErrorDetail:
    """``detail`` with every secret of the call scrubbed out; error codes stay as they are."""
    code = scrubber.literal(detail.code) if isinstance(detail.code, str) else detail.code
    return replace(
        detail,
        code=code,
        message=scrubber.text(detail.message),
        code_name=scrubber.literal(detail.code_name) if detail.code_name else detail.code_name,
        field=scrubber.literal(detail.field) if detail.field else detail.field,
    )


class ErrorKind:
    """One class of the error hierarchy, as the documentation describes it.

    A plain class, not a dataclass: this module loads with every package, and a dataclass costs
    about a millisecond of import time (``make bench``, import figure).
    """

    __slots__ = ("name", "parent", "raised_for", "status")

    def __init__(
        self, name: str, parent: str | None, raised_for: str, status: int | None = None
    ) -> None:
        self.name = name
        self.parent = parent  # None: derives from Exception
        self.raised_for = raised_for  # when the client raises it; a status first if it has one
        self.status = status  # the status the client maps to exactly this class

    def __repr__(self) -> str:
        return f"ErrorKind({self.name!r}, parent={self.parent!r})"


# The hierarchy in depth-first order (each class after its parent). tests/generator/
# test_error_tree.py checks it against the classes above and against every rendered copy.
ERROR_TREE: Final[tuple[ErrorKind, ...]] = (
    ErrorKind("APIError", None, "the base class: catch it to catch every error below"),
    ErrorKind("ConfigurationError", "APIError", "no token, or a bad `base_url`"),
    ErrorKind("APIConnectionError", "APIError", "no answer (refused, reset, DNS, TLS)"),
    ErrorKind("APITimeoutError", "APIConnectionError", "no answer because a timeout expired"),
    ErrorKind(
        "APIStatusError", "APIError", "an error status without a class below (402, 405, ...)"
    ),
    ErrorKind("BadRequestError", "APIStatusError", "400", 400),
    ErrorKind("AuthenticationError", "APIStatusError", "401: expired or wrong token", 401),
    ErrorKind("PermissionDeniedError", "APIStatusError", "403", 403),
    ErrorKind("NotFoundError", "APIStatusError", "404", 404),
    ErrorKind("ConflictError", "APIStatusError", "409", 409),
    ErrorKind("UnprocessableEntityError", "APIStatusError", "422", 422),
    ErrorKind(
        "RateLimitError", "APIStatusError", "429 (`retry_after`: seconds, when the API says)", 429
    ),
    ErrorKind("InternalServerError", "APIStatusError", "500 and above", 500),
    ErrorKind(
        "UnexpectedStatus",
        "APIStatusError",
        "nothing any more: the resource methods read any 2xx as the operation's answer; kept "
        "so that code catching it still imports",
    ),
    ErrorKind(
        "APIResponseValidationError",
        "APIError",
        "a 2xx body that does not match the spec (says what was expected, and where)",
    ),
    ErrorKind(
        "PaginationError",
        "APIResponseValidationError",
        "a list's next page on another origin, or repeating the last",
    ),
)
