# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""Raw responses: a successful answer's status and headers, with the usual result on demand.

``client.<resource>.with_raw_response.<method>(...)`` returns an ``APIResponse`` instead of the
parsed result: request ids, ``Link`` and rate-limit headers stay readable, and ``parse()`` gives
what the method returns. The call went through the same retries, rate limit, auth and error
translation as the plain method; a non-2xx answer still raises. Tests:
tests/runtime/test_raw_response.py, tests/clients/test_raw_response.py.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._redaction import redact_url

T = TypeVar("T")

_UNPARSED: Any = object()


class APIResponse(Generic[T]):
    """One successful answer, as it arrived; ``parse()`` makes the method's usual result."""

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: T = _UNPARSED

    def __repr__(self) -> str:
        return (
            f"<APIResponse [{self.status_code}] {self.http_request.method} {redact_url(self.url)}>"
        )

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The request of the attempt that answered (its ``Authorization`` included)."""
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """The method's usual result, parsed once; a body that does not match the API
        description raises ``APIResponseValidationError`` as the plain method would."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        return self._parsed
