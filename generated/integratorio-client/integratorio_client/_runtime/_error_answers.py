# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""Error answers: from a non-2xx response to the exception the client raises.

``make_status_error`` reads the answer's body (JSON or not), the API's error details in each
vendor's shape (``parse_error_body``), ``Retry-After``, and writes a message that names the
operation, the status and what the API said, scrubbed and cut to size. The classes are in
``_errors``. Tests: tests/runtime/test_errors.py.
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import httpx

from ._constants import (
    BODY_PREVIEW_CHARS,
    ERROR_DETAIL_CHARS,
    MAX_DETAILS_IN_MESSAGE,
    MAX_RETRY_AFTER,
)
from ._errors import (
    APIStatusError,
    ErrorDetail,
    RateLimitError,
    cut,
    scrub_detail,
    status_error_class,
)
from ._redaction import Scrubber

# Hubster appends its error catalogue name to the description: "... (code: PRT000301)".
_CODE_NAME_SUFFIX: Final = re.compile(r"\s*\(code:\s*(?P<name>[A-Za-z]+\d+)\)\s*$")


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


def decode_body(response: httpx.Response) -> object:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


def summarize_details(
    details: Sequence[ErrorDetail], response: httpx.Response, scrubber: Scrubber
) -> str:
    # The details come scrubbed: cutting one must not leave half a secret behind.
    if details:
        shown = [
            cut(str(d).rstrip().rstrip("."), ERROR_DETAIL_CHARS) + "."
            for d in details[:MAX_DETAILS_IN_MESSAGE]
        ]
        if len(details) > MAX_DETAILS_IN_MESSAGE:
            shown.append(f"(and {len(details) - MAX_DETAILS_IN_MESSAGE} more on the exception.)")
        return " ".join(shown)
    if not response.content:
        return "The response body was empty."
    return f"The response body was: {body_preview(response, scrubber=scrubber)}."


def body_preview(
    response: httpx.Response,
    extra_keys: frozenset[str] = frozenset(),
    *,
    scrubber: Scrubber | None = None,
) -> str:
    """The first characters of a body, scrubbed, quoted for use in a message.

    Without ``scrubber``, the secrets of ``response.request`` and ``extra_keys`` are scrubbed.
    """
    scrubber = scrubber or Scrubber.for_response(response, extra_keys)
    text = scrubber.body(response.content.decode("utf-8", errors="replace"))
    more = "..." if len(text) > BODY_PREVIEW_CHARS else ""
    return repr(text[:BODY_PREVIEW_CHARS] + more)


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

    The secrets of ``response.request`` (values under ``extra_keys`` among them) and
    ``secrets`` are scrubbed from the exception, in case the server echoed one back. ``hint``
    says what the status means for this operation; without it the message ends with the status
    class's general advice.
    """
    scrubber = Scrubber.for_response(response, extra_keys, secrets)
    status = response.status_code
    cls = status_error_class(status)
    body = decode_body(response)
    details, field_errors = parse_error_body(body)
    details = [scrub_detail(detail, scrubber) for detail in details]
    retry_after = parse_retry_after(response.headers, now)
    reason = httpx.codes.get_reason_phrase(status) or "(unknown status)"
    message = (
        f"{api_name} answered {status} {reason} for {request_line(response)}: "
        f"{summarize_details(details, response, scrubber)} {hint or cls.hint}"
    )
    if retry_after is not None and retry_after > MAX_RETRY_AFTER:
        message += (
            f" The server asked to wait {retry_after:.0f} s, longer than the client waits on its "
            f"own ({MAX_RETRY_AFTER:.0f} s); retry after that time."
        )
    elif retry_after is not None and cls is RateLimitError:
        message += f" The server asked to wait {retry_after:.0f} s."
    return cls(
        message,
        response=response,
        body=body,
        details=details,
        field_errors=field_errors,
        retry_after=retry_after,
        scrubber=scrubber,
    )
