# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""``success: false`` in a 2xx body is an error (overrides/README.md, quirk 6: success flag).

Autobutler's PATCH /mechanic_integrations/{name} answers ``{"success": false, "errors":
{"username": ["must be filled out"]}}`` when it refuses the values, and the docs do not say with
which HTTP status (autobutler/mechanics_api_docs, source/includes/_mechanic_integrations.md,
lines 193-204 and 227-230; the API's other resources send that body with 400, e.g.
_mechanic_sub_contractors.md lines 130-141 and 172). The runtime already turns a non-2xx answer
with that body into a status error whose ``field_errors`` holds the mapping
(``UnprocessableEntityError`` for a 422); ``parse_update_result`` (wired as the ``parse:`` hook
of ``updateMechanicIntegration`` in overrides/autobutler/sdk.yaml) does the same for a 2xx,
raising ``IntegrationValidationError``, a subclass of ``UnprocessableEntityError``.
So ``except UnprocessableEntityError`` catches the refusal whatever the status, and
``success: true`` returns the typed result.
Proven by tests/overrides/test_autobutler_quirks.py::test_success_false_raises_whatever_the_status
and ::test_success_true_returns_typed_configuration_and_details.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx

from ._runtime import ResponseShapeError, UnprocessableEntityError
from ._runtime._error_answers import parse_error_body, request_line
from ._runtime._json import read_json
from ._runtime._redaction import Scrubber
from .models import IntegrationUpdateResult


class IntegrationValidationError(UnprocessableEntityError):
    """Autobutler refused the values: a 2xx answer with ``success: false``.

    ``field_errors`` maps each field to its messages (``{"username": ["must be filled out"]}``);
    ``status_code`` is the status the answer really had. A refusal sent as 422 raises the
    parent class, ``UnprocessableEntityError``, with the same ``field_errors``.
    """

    hint = (
        "Fix the values named above (the integration's authenticationFields and optionFields "
        "from mechanic_integrations.list() say which it takes) and send the request again."
    )


def _sent_values(value: object) -> Iterator[str]:
    # Every string the request body carried: for this operation they are credentials.
    if isinstance(value, dict):
        for item in value.values():
            yield from _sent_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _sent_values(item)
    elif isinstance(value, str):
        yield value


def _secrets(response: httpx.Response) -> list[str]:
    try:
        request = response.request
    except RuntimeError:  # A response built by hand has no request.
        return []
    secrets = []
    authorization = request.headers.get("authorization")
    if authorization:
        secrets.append(authorization)
    try:
        secrets.extend(_sent_values(json.loads(request.content or b"null")))
    except ValueError:
        pass
    # Longest first, so that a secret containing a shorter one is replaced whole.
    return sorted(secrets, key=len, reverse=True)


def refusal_error(response: httpx.Response, body: object) -> IntegrationValidationError:
    """The error for a 2xx ``body`` whose ``success`` is false."""
    details, field_errors = parse_error_body(body)
    if details:
        what = " ".join(str(d).rstrip().rstrip(".") + "." for d in details)
    else:
        what = "It gave no reason (no 'errors' in the body)."
    status = f"{response.status_code} {httpx.codes.get_reason_phrase(response.status_code)}"
    message = (
        f"Autobutler refused {request_line(response)} (it answered {status} with "
        f'"success": false): {what} {IntegrationValidationError.hint}'
    )
    # The server may echo a value it rejected; the values sent are credentials. The error
    # scrubs them from everything it holds, and from the copy a pickle makes.
    return IntegrationValidationError(
        message,
        response=response,
        body=body,
        details=details,
        field_errors=field_errors,
        scrubber=Scrubber.for_response(response, secrets=_secrets(response)),
    )


def parse_update_result(response: httpx.Response) -> IntegrationUpdateResult:
    """Parse a 2xx answer of updateMechanicIntegration; raise if it says ``success: false``."""
    body = read_json(response)
    if not isinstance(body, dict):
        raise ResponseShapeError("an object", "$", body)
    success = body.get("success")
    if success is False:
        raise refusal_error(response, body)
    if success is not True:
        raise ResponseShapeError('"success": true or false', "$.success", success)
    return IntegrationUpdateResult.from_dict(body)


__all__ = ["IntegrationValidationError", "parse_update_result", "refusal_error"]
