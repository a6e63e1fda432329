# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""What a pickled error keeps: its scrubbed data, and stand-ins for the ``httpx`` objects.

A task queue stores a failed task's exception in its result backend (Celery pickles it),
multiprocessing sends it to the parent process; ``copy.copy`` and ``copy.deepcopy`` take the
same path. The live ``httpx`` objects cannot go with it: a request carries the ``Authorization``
header and the body as sent, a response the body as answered, and ``httpx`` pickles both whole.
So an error pickles as its class, its ``args`` and its attributes (``message``, ``status_code``,
``body``, ``details``, ``field_errors``, ``retry_after``, ``path``, ``link``...), which the error
scrubbed when it was made (``_errors``), with each ``httpx`` object replaced by a stand-in:

- a request: its method, its URL without user info and query values (``redact_url``), and its
  headers with the secret ones (``Authorization``, ``Cookie``...) as ``***``; no body;
- a response: its status and headers, secret ones as ``***`` and the call's secrets scrubbed
  from the others (a server may echo the token in ``WWW-Authenticate``), and the stand-in of
  its request; no body: the scrubbed body is the error's ``body``.

Bytes (``UnexpectedStatus.content``, the body as answered) and notes are scrubbed like the
body. The copy is made without calling ``__init__``, which takes different arguments in each
class and would scrub the exception being handled where the copy is made.
Tests: tests/runtime/test_errors_pickling.py, tests/clients/test_pickling.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import httpx

from ._redaction import Scrubber, redact_headers, redact_url

# Headers that describe a body: a stand-in response has none.
_BODY_HEADERS: Final = frozenset({"content-length", "content-encoding", "transfer-encoding"})


def reduce_error(error: BaseException, scrubber: Scrubber | None) -> tuple[Any, ...]:
    """``error.__reduce__()``: ``error`` remade by ``restore_error`` from picklable state.

    ``scrubber`` is the one the error was made with (the secrets of its call); without it, the
    secrets of the request the error holds are scrubbed.
    """
    state = vars(error)
    if scrubber is None:
        scrubber = _scrubber_of(state)
    kept = {
        name: _picklable(name, value, scrubber)
        for name, value in state.items()
        if name != "_scrubber"
    }
    return restore_error, (type(error), error.args), kept


def restore_error(cls: type[BaseException], args: tuple[object, ...]) -> BaseException:
    """A ``cls`` with ``args``, made without ``__init__``; pickle then sets its attributes."""
    return cls.__new__(cls, *args)


def _scrubber_of(state: Mapping[str, object]) -> Scrubber:
    response = state.get("response")
    if isinstance(response, httpx.Response):
        return Scrubber.for_response(response)
    request = state.get("request")
    return Scrubber.for_request(request if isinstance(request, httpx.Request) else None)


def _picklable(name: str, value: object, scrubber: Scrubber) -> object:
    if isinstance(value, httpx.Response):
        return response_stand_in(value, scrubber)
    if isinstance(value, httpx.Request):
        return request_stand_in(value, scrubber)
    if isinstance(value, bytes):
        text = value.decode("utf-8", errors="replace")
        scrubbed = scrubber.text(text)
        return value if scrubbed == text else scrubbed.encode("utf-8")
    if name == "__notes__" and isinstance(value, list):
        return [scrubber.text(note) if isinstance(note, str) else note for note in value]
    return value


def request_stand_in(request: httpx.Request, scrubber: Scrubber) -> httpx.Request:
    """``request`` without its body, query values and secrets."""
    url = scrubber.literal(redact_url(request.url))
    return httpx.Request(request.method, url, headers=_headers(request.headers, scrubber))


def response_stand_in(response: httpx.Response, scrubber: Scrubber) -> httpx.Response:
    """``response`` without its body and secrets; its request likewise."""
    try:
        request: httpx.Request | None = request_stand_in(response.request, scrubber)
    except RuntimeError:  # A response built by hand has no request.
        request = None
    headers = {
        name: value
        for name, value in _headers(response.headers, scrubber).items()
        if name.lower() not in _BODY_HEADERS
    }
    return httpx.Response(response.status_code, headers=headers, request=request)


def _headers(headers: httpx.Headers, scrubber: Scrubber) -> dict[str, str]:
    redacted = redact_headers(headers, scrubber.extra_keys)
    return {name: scrubber.text(value) for name, value in redacted.items()}
