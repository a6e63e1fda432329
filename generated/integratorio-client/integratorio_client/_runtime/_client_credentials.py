# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""OAuth 2 client credentials: a ``CachedTokenProvider`` that POSTs to a token endpoint.

A token request survives a bad day like an API call does:

- It is retried like an idempotent read, although it is a POST: the client credentials grant
  only hands out an access token (RFC 6749, section 4.4), so a repeat makes one more token that
  nobody uses. A connect error, a timeout, a dropped connection, 408, 429 and 5xx are retried up
  to ``max_retries`` times with the runtime's backoff, ``Retry-After`` honoured up to
  ``MAX_RETRY_AFTER`` (``_retries``). 400, 401 and 403 never are: refused credentials stay
  refused (``invalid_client``, RFC 6749 section 5.2), and the typed error is raised at once.
- Each attempt has an overall deadline, the longest phase of its timeout, as the API calls have
  (``_deadline``): an identity service that drips its answer a byte at a time is cut off there
  with ``APITimeoutError``. The async fetch bounds the attempt with ``asyncio.timeout``; the
  sync fetch sets ``ATTEMPT_DEADLINE``, which the deadline sockets of its own pool obey
  (a client of one's own given as ``http_client=`` is bounded between the body's reads).
- The client secret is in no error, repr or log line: errors scrub it (``make_status_error``'s
  ``secrets=``, and the request's form body for transport errors), and a retry is logged with
  the redacted token URL and the reason only.

Tests: tests/runtime/test_client_credentials.py (retries, deadline, secrets) and
tests/runtime/test_auth.py (the form, caching, renewal).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable

import httpx

from ._auth import CachedTokenProvider, IssuedToken
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, TOKEN_REFRESH_MARGIN
from ._deadline import (
    DEADLINE_ERRORS,
    asend_within_deadline,
    attempt_seconds,
    deadline_pool,
    send_within_deadline,
)
from ._error_answers import body_preview, make_status_error
from ._errors import APIConnectionError, APIResponseValidationError, APITimeoutError
from ._redaction import REDACTED, redact_url
from ._retries import delay_after_exception, delay_after_status
from ._settings import check_max_retries, to_timeout

# A child of the package's logger (``<package>._runtime._client_credentials``), so that
# ``<PREFIX>_CLIENT_LOG=info`` shows the token request's retries with the API calls'.
_logger = logging.getLogger(__name__)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # lazily: sync users never pay its import time

    await asyncio.sleep(seconds)


class ClientCredentialsProvider(CachedTokenProvider):
    """OAuth 2 client credentials: POSTs ``grant_type=client_credentials`` to ``token_url``.

    The client authenticates with ``client_id``/``client_secret`` form fields and reads
    ``access_token`` and ``expires_in`` from the JSON answer. A failed token request is retried
    up to ``max_retries`` times (see the module docstring); each attempt ends within its
    ``timeout``'s longest phase.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_url: str,
        scope: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        refresh_margin: float = TOKEN_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(refresh_margin=refresh_margin, clock=clock)
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self.scope = scope
        # Checked like a client's: a None phase or a negative number would never end a fetch.
        self._timeout = to_timeout(timeout)
        self._max_retries = check_max_retries(max_retries)
        self._http_client = http_client
        self._async_http_client = async_http_client
        # Replaceable, as on the clients, so that tests record the backoff instead of waiting.
        self._sleep: Callable[[float], None] = time.sleep
        self._asleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
        self._random: Callable[[], float] = random.random
        self._now: Callable[[], float] = time.time

    def __repr__(self) -> str:
        return (
            f"ClientCredentialsProvider(client_id={self.client_id!r}, "
            f"client_secret={REDACTED!r}, token_url={redact_url(self.token_url)!r})"
        )

    @property
    def max_retries(self) -> int:
        return self._max_retries

    def _form(self) -> dict[str, str]:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret,
        }
        if self.scope:
            form["scope"] = self.scope
        return form

    def _build(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        return http.build_request("POST", self.token_url, data=self._form(), timeout=self._timeout)

    # --- sync ----------------------------------------------------------------------------

    def _fetch(self) -> IssuedToken:
        if self._http_client is not None:
            return self._attempts(self._http_client)
        # The pool's sockets end each attempt at its deadline, status line and headers included.
        with deadline_pool(timeout=self._timeout) as http:
            return self._attempts(http)

    def _attempts(self, http: httpx.Client) -> IssuedToken:
        retries_taken = 0
        while True:
            try:
                response = self._exchange(http)
            except httpx.RequestError as exc:
                delay = self._delay_after_error(exc, retries_taken)
                if delay is None:
                    raise self._transport_error(exc, retries_taken) from exc
            else:
                delay = self._delay_after_response(response, retries_taken)
                if delay is None:
                    return self._read(response)
            retries_taken += 1
            self._sleep(delay)

    def _exchange(self, http: httpx.Client) -> httpx.Response:
        """One token request, within its deadline, as an API call's attempt."""
        return send_within_deadline(http, self._build(http), attempt_seconds(self._timeout))

    # --- async ---------------------------------------------------------------------------

    async def _afetch(self) -> IssuedToken:
        if self._async_http_client is not None:
            return await self._aattempts(self._async_http_client)
        async with httpx.AsyncClient(timeout=self._timeout) as http:
            return await self._aattempts(http)

    async def _aattempts(self, http: httpx.AsyncClient) -> IssuedToken:
        retries_taken = 0
        while True:
            try:
                response = await self._aexchange(http)
            except httpx.RequestError as exc:
                delay = self._delay_after_error(exc, retries_taken)
                if delay is None:
                    raise self._transport_error(exc, retries_taken) from exc
            else:
                delay = self._delay_after_response(response, retries_taken)
                if delay is None:
                    return self._read(response)
            retries_taken += 1
            await self._asleep(delay)

    async def _aexchange(self, http: httpx.AsyncClient) -> httpx.Response:
        """One token request, within its deadline, as an API call's attempt."""
        return await asend_within_deadline(http, self._build(http), attempt_seconds(self._timeout))

    # --- the decisions, shared -----------------------------------------------------------

    def _delay_after_response(self, response: httpx.Response, retries_taken: int) -> float | None:
        """Seconds to wait before the next attempt, or None: the answer is final."""
        if response.is_success:
            return None
        # idempotent=True: a token request has no effect but the token (RFC 6749, 4.4). 400,
        # 401 and 403 are not retryable statuses, so refused credentials fail at once.
        delay = delay_after_status(
            response,
            idempotent=True,
            retries_taken=retries_taken,
            max_retries=self._max_retries,
            random=self._random,
            now=self._now,
        )
        if delay is not None:
            self._log_retry(delay, str(response.status_code), retries_taken)
        return delay

    def _delay_after_error(self, exc: httpx.RequestError, retries_taken: int) -> float | None:
        delay = delay_after_exception(
            exc,
            idempotent=True,
            retries_taken=retries_taken,
            max_retries=self._max_retries,
            random=self._random,
        )
        if delay is not None:
            self._log_retry(delay, type(exc).__name__, retries_taken)
        return delay

    def _log_retry(self, delay: float, reason: str, retries_taken: int) -> None:
        _logger.info(
            "token request to %s: retrying in %.2f s after %s (retry %d of %d)",
            redact_url(self.token_url),
            delay,
            reason,
            retries_taken + 1,
            self._max_retries,
        )

    def _transport_error(self, exc: httpx.RequestError, retries_taken: int) -> APIConnectionError:
        # Called while ``exc`` is handled: the error scrubs the secrets of its request (the
        # form body) from ``exc`` and its chain, which becomes the error's cause.
        where = redact_url(self.token_url)
        retried = ""
        if retries_taken:
            retried = f" after {retries_taken} {'retry' if retries_taken == 1 else 'retries'}"
        if isinstance(exc, httpx.TimeoutException):
            what = type(exc).__name__
            if isinstance(exc, DEADLINE_ERRORS):
                what = exc.what
            return APITimeoutError(
                f"The token endpoint {where} did not answer in time ({what}){retried}. "
                "Check that the token URL is right and reachable, or raise the timeout."
            )
        return APIConnectionError(
            f"Could not reach the token endpoint {where}{retried} ({type(exc).__name__}). "
            "Check the token URL and the network, or try again later."
        )

    def _read(self, response: httpx.Response) -> IssuedToken:
        if not response.is_success:
            raise make_status_error(
                response,
                api_name="The token endpoint",
                secrets=(self._client_secret,),
                now=self._now,
            )
        try:
            body = response.json()
        except ValueError:
            raise APIResponseValidationError(
                f"The token endpoint answered {response.status_code} with a body that is not "
                f"JSON (content-type {response.headers.get('content-type')!r}): "
                f"{body_preview(response)}. Check that token_url is the OAuth token endpoint.",
                response=response,
                body=None,
            ) from None
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str):
            raise APIResponseValidationError(
                "The token endpoint's answer has no string 'access_token'. Check that token_url "
                "is the OAuth token endpoint.",
                response=response,
                body=None,  # It may hold other credentials; the response is there if needed.
                path="$.access_token",
            )
        expires_in = body.get("expires_in")
        try:
            lifetime = float(expires_in) if expires_in is not None else None
        except (TypeError, ValueError):
            lifetime = None  # Unknown lifetime: keep the token until the API rejects it.
        return IssuedToken(token, lifetime)
