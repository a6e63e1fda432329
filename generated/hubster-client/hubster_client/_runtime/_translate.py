# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Error translation: what an attempt's outcome becomes when it is not the caller's result.

A non-2xx answer becomes the ``APIStatusError`` of its status, a transport failure an
``APIConnectionError`` (``APITimeoutError`` for a timeout), and a 2xx body the parser cannot
read an ``APIResponseValidationError``. Every message names the operation and its path, never
the query string, and has the secrets of the request scrubbed out, even when the server echoed
them back. The exception classes themselves are in ``_errors``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Final, TypeVar

import httpx

from ._config import ClientConfig
from ._deadline import DEADLINE_ERRORS
from ._error_answers import body_preview, make_status_error
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ResponseShapeError,
)
from ._json import UnwritableValue
from ._redaction import Scrubber, redact_url, request_secrets, scrub_secrets
from ._request import Call
from ._retries import exception_is_retryable

T = TypeVar("T")

# Exceptions a parser raises when the body is not what it expected.
_PARSE_ERRORS: Final = (KeyError, TypeError, ValueError, AttributeError)
_TIMEOUT_PHASES: Final[dict[type[Exception], str]] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}


def status_error(
    config: ClientConfig, call: Call, response: httpx.Response, now: Callable[[], float]
) -> APIStatusError:
    """The exception for a non-2xx answer, with the operation's hint for its status.

    ``make_status_error`` scrubs the secrets the request carried (by the API's secret keys too)
    from everything the exception holds.
    """
    return make_status_error(
        response,
        api_name=config.api_name,
        extra_keys=config.sensitive_fields,
        now=now,
        hint=call.op.status_hints.get(response.status_code),
    )


def transport_error(
    config: ClientConfig,
    base_url: httpx.URL,
    call: Call,
    request: httpx.Request,
    exc: Exception,
    retries_taken: int,
) -> APIConnectionError:
    """The exception for a request that got no answer, saying whether it was retried.

    ``exc`` becomes the error's ``__cause__``; its text (and its chain's: ``httpx`` wraps
    ``httpcore``'s error, which wraps ``h11``'s quoting the header line it refused) is scrubbed
    of the request's secrets in place, since tracebacks print it.
    """
    api = config.api_name
    scrubber = Scrubber.for_request(request, config.sensitive_fields)
    scrubber.exception(exc)
    retried = f" after {retries_taken} retries" if retries_taken else ""
    not_retried = ""
    # Only say so when idempotency was the reason: the failure was of the "may have acted" kind.
    if (
        not call.idempotent
        and retries_taken < call.max_retries
        and exception_is_retryable(exc, idempotent=True)
    ):
        not_retried = (
            f" It was not retried: {call.op.method.upper()} is not idempotent here and the "
            "server may already have acted on it; check before sending it again."
        )
    if isinstance(exc, httpx.TimeoutException):
        phase = _TIMEOUT_PHASES.get(type(exc), "request")
        seconds = call.timeout.as_dict().get(phase)
        limit = f" of {seconds} s" if seconds is not None else ""
        what = f"the {phase} timeout{limit} expired"
        if isinstance(exc, DEADLINE_ERRORS):
            what = exc.what
        return APITimeoutError(
            f"{api} did not answer {call.where()} in time: {what}{retried}.{not_retried} "
            "Pass a larger timeout= if the operation is slow, or try again later.",
            request=request,
            scrubber=scrubber,
        )
    detail = scrubber.text(str(exc)) or "no detail"
    return APIConnectionError(
        f"Could not get an answer from {api} at {redact_url(base_url)} for "
        f"{call.where()}{retried} ({type(exc).__name__}: {detail}).{not_retried} "
        "Check the base URL, the network and any proxy, or try again later.",
        request=request,
        scrubber=scrubber,
    )


def parse_answer(
    config: ClientConfig, call: Call, response: httpx.Response, parse: Callable[[httpx.Response], T]
) -> T:
    """``parse(response)`` of a 2xx answer; a body it cannot read is an
    ``APIResponseValidationError`` that says what was expected.

    So is a body the client could read but not send back unchanged (``_json.read_json``) and
    one nested deeper than Python's recursion limit: a raw ``RecursionError`` would escape the
    client's error hierarchy (tests/clients/test_odd_answers.py).
    """
    try:
        return parse(response)
    except APIResponseValidationError:
        raise
    except RecursionError:
        raise APIResponseValidationError(
            f"{config.api_name}'s answer to {call.where()} nests arrays or objects deeper than "
            f"Python's recursion limit ({sys.getrecursionlimit()}) lets the client read. The "
            "API description has no such nesting: check that the base URL points at the API. "
            "If the answer is genuine, raise the limit with sys.setrecursionlimit() before "
            "the call.",
            response=response,
            body=None,  # too deep to decode, or to scrub; the response keeps the text
            scrubber=Scrubber.for_response(response, config.sensitive_fields),
        ) from None
    except UnwritableValue as exc:
        raise APIResponseValidationError(
            f"{config.api_name}'s answer to {call.where()} holds {exc.value} at {exc.path}, "
            f"{exc.reason}. The client could not send it back unchanged, so it refuses the "
            "answer rather than change the value on a later update. Correct the value on the "
            "server, or report it to the API's authors.",
            response=response,
            body=response.json(),  # the standard library reads NaN and 1e400 (as inf)
            path=exc.path,
            scrubber=Scrubber.for_response(response, config.sensitive_fields),
        ) from None
    except json.JSONDecodeError:
        if not response.content:
            raise APIResponseValidationError(
                f"{config.api_name} answered {response.status_code} to {call.where()} with "
                "an empty body, where the API description promises a JSON body. The request "
                "may have succeeded: read the resource before sending it again.",
                response=response,
                body=None,
                scrubber=Scrubber.for_response(response, config.sensitive_fields),
            ) from None
        raise APIResponseValidationError(
            f"{config.api_name} answered {response.status_code} to {call.where()} "
            "with a body that is not JSON (content-type "
            f"{response.headers.get('content-type')!r}): "
            f"{body_preview(response, config.sensitive_fields)}. The API description "
            "promises JSON; check that the base URL points at the API and not at a proxy "
            "or login page.",
            response=response,
            body=response.text,
            scrubber=Scrubber.for_response(response, config.sensitive_fields),
        ) from None
    except _PARSE_ERRORS as exc:
        path = "$"
        if isinstance(exc, ResponseShapeError):
            path, what = exc.path, str(exc)
        elif isinstance(exc, KeyError):
            what = f"the required key {exc.args[0]!r} is missing"
        else:
            what = f"{type(exc).__name__}: {exc}"
        what = scrub_secrets(what, request_secrets(response.request))
        try:
            body: object = response.json()
        except ValueError:
            body = response.text
        raise APIResponseValidationError(
            f"{config.api_name}'s answer to {call.where()} does not match the API "
            f"description: {what}. The API may have changed; update the client or report "
            "the mismatch to its authors.",
            response=response,
            body=body,
            path=path,
            scrubber=Scrubber.for_response(response, config.sensitive_fields),
        ) from exc
