# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Exceptions raised by the client, and the translation of error responses into them.

Everything the client raises on purpose derives from ``APIError``. ``ERROR_TREE`` at the end of
this module describes the hierarchy (each class, its parent, and when the client raises it); the
generator renders it into each package's ``errors.py`` and README, and a test checks it against
the classes, so the description cannot drift from the code.

``ResponseShapeError`` is not part of the tree: response parsers raise it, and the client turns
it into an ``APIResponseValidationError`` that carries the response.

Messages never contain tokens, the ``Authorization`` header or query strings: they name the
method and the path, and what the API said was wrong.
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final

import httpx

from ._constants import BODY_PREVIEW_CHARS, MAX_RETRY_AFTER
from ._redaction import redact_text, scrub_secrets

# Hubster appends its error catalogue name to the description: "... (code: PRT000301)".
_CODE_NAME_SUFFIX: Final = re.compile(r"\s*\(code:\s*(?P<name>[A-Za-z]+\d+)\)\s*$")
# A message lists at most this many details, so that a 200-field validation failure stays
# readable; the full list is on the exception.
_MAX_DETAILS_IN_MESSAGE: Final = 5


class APIError(Exception):
    """Base class of every error the client raises on purpose."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigurationError(APIError):
    """The client was set up in a way that cannot work, such as a missing token."""


class APIConnectionError(APIError):
    """The request got no HTTP answer: DNS failure, refused or reset connection, TLS error."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
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
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        # The decoded JSON body, or its text when it is not JSON, or None when empty.
        self.body = body
        self.details = list(details)
        self.field_errors = dict(field_errors or {})
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
        response = httpx.Response(status_code, content=content)
        body = _decode_body(response)
        details, field_errors = parse_error_body(body)
        super().__init__(
            f"Unexpected status code {status_code} "
            f"{httpx.codes.get_reason_phrase(status_code)}: {_summary(details, response)} "
            "The API description does not list this status; report it to the client's authors.",
            response=response,
            body=body,
            details=details,
            field_errors=field_errors,
        )
        self.content = content


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not match the API description."""

    def __init__(
        self, message: str, *, response: httpx.Response | None, body: object, path: str = "$"
    ) -> None:
        super().__init__(message)
        self.response = response
        self.body = body
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


def parse_error_body(body: object) -> tuple[list[ErrorDetail], dict[str, list[str]]]:
    """Extract error details from the error body shapes the three APIs use.

    * Hubster: ``{"status": 400, "errors": [{"code": 301, "description": "..."}]}``, the
      description ending in a catalogue name such as ``(code: PRT000301)``
    * Celigo: ``{"errors": [{"code": "invalid_user", "message": "..."}]}``
    * Autobutler: ``{"success": false, "errors": {"username": ["must be filled out"]}}``

    and, for token endpoints, OAuth's ``{"error": "...", "error_description": "..."}``.
    """
    details: list[ErrorDetail] = []
    field_errors: dict[str, list[str]] = {}
    if not isinstance(body, dict):
        return details, field_errors
    errors = body.get("errors")
    if isinstance(errors, list):
        details.extend(detail for item in errors if (detail := _list_item_detail(item)))
    elif isinstance(errors, dict):
        for field, value in errors.items():
            messages = [str(m) for m in (value if isinstance(value, list) else [value])]
            field_errors[str(field)] = messages
            details.extend(ErrorDetail(None, f"{field} {m}", field=str(field)) for m in messages)
    if not details and isinstance(body.get("error"), str):
        description = body.get("error_description")
        text = description if isinstance(description, str) else body["error"]
        details.append(ErrorDetail(body["error"], text))
    if not details and isinstance(body.get("message"), str):
        details.append(ErrorDetail(_code(body.get("code")), body["message"]))
    return details, field_errors


def _list_item_detail(item: object) -> ErrorDetail | None:
    if isinstance(item, str):
        return ErrorDetail(None, item)
    if not isinstance(item, dict):
        return None
    text = next(
        (
            item[k]
            for k in ("description", "message", "detail", "title")
            if isinstance(item.get(k), str)
        ),
        None,
    )
    code = _code(item.get("code"))
    if text is None and code is None:
        return None
    text = text or ""
    code_name = None
    if match := _CODE_NAME_SUFFIX.search(text):
        code_name = match.group("name")
        text = text[: match.start()]
    field = item.get("field")
    return ErrorDetail(code, text, code_name, field if isinstance(field, str) else None)


def _code(value: object) -> str | int | None:
    # bool is an int in Python, but never an error code.
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def parse_retry_after(headers: httpx.Headers, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait according to ``Retry-After`` (seconds or HTTP date) or ``retry-after-ms``."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now())


def _decode_body(response: httpx.Response) -> object:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


def _summary(
    details: Sequence[ErrorDetail],
    response: httpx.Response,
    extra_keys: frozenset[str] = frozenset(),
) -> str:
    if details:
        shown = [str(d).rstrip().rstrip(".") + "." for d in details[:_MAX_DETAILS_IN_MESSAGE]]
        if len(details) > _MAX_DETAILS_IN_MESSAGE:
            shown.append(f"({len(details) - _MAX_DETAILS_IN_MESSAGE} more on the exception.)")
        return " ".join(shown)
    if not response.content:
        return "The response body was empty."
    return f"The response body was: {body_preview(response, extra_keys)}."


def body_preview(response: httpx.Response, extra_keys: frozenset[str] = frozenset()) -> str:
    """The first characters of a body, redacted, quoted for use in a message."""
    text = redact_text(response.content.decode("utf-8", errors="replace"), extra_keys)
    cut = "..." if len(text) > BODY_PREVIEW_CHARS else ""
    return repr(text[:BODY_PREVIEW_CHARS] + cut)


def request_line(response: httpx.Response) -> str:
    """``"METHOD /path"`` of the request behind ``response``, without the query string."""
    try:
        request = response.request
    except RuntimeError:  # A response built by hand has no request.
        return "the request"
    return f"{request.method} {request.url.raw_path.split(b'?', 1)[0].decode('ascii')}"


def make_status_error(
    response: httpx.Response,
    *,
    api_name: str = "The API",
    secrets: Iterable[str] = (),
    extra_keys: frozenset[str] = frozenset(),
    now: Callable[[], float] = time.time,
    hint: str | None = None,
) -> APIStatusError:
    """Build the exception for a non-2xx ``response``, using the API's own error body.

    ``secrets`` are the tokens in use; they are scrubbed from the message in case the server
    echoed one back. ``hint`` says what the status means for this operation; without it the
    message ends with the status class's general advice.
    """
    status = response.status_code
    cls = status_error_class(status)
    body = _decode_body(response)
    details, field_errors = parse_error_body(body)
    retry_after = parse_retry_after(response.headers, now)
    reason = httpx.codes.get_reason_phrase(status) or "(unknown status)"
    message = (
        f"{api_name} answered {status} {reason} for {request_line(response)}: "
        f"{_summary(details, response, extra_keys)} {hint or cls.hint}"
    )
    if retry_after is not None and retry_after > MAX_RETRY_AFTER:
        message += (
            f" The server asked to wait {retry_after:.0f} s, longer than the client waits on its "
            f"own ({MAX_RETRY_AFTER:.0f} s); retry after that time."
        )
    elif retry_after is not None and cls is RateLimitError:
        message += f" The server asked to wait {retry_after:.0f} s."
    return cls(
        scrub_secrets(message, secrets),
        response=response,
        body=body,
        details=details,
        field_errors=field_errors,
        retry_after=retry_after,
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
        "a 2xx status the spec does not list for the operation; with "
        "`raise_on_unexpected_status`, the module functions (`api.<tag>.<operation>`) raise it "
        "for any status the spec does not list",
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
