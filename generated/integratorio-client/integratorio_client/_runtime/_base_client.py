# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""What the two HTTP clients every generated API client builds on share.

A generated client subclasses ``SyncAPIClient`` (``_sync_client``) or ``AsyncAPIClient``
(``_async_client``), both ``_BaseClient``s, and passes its ``ClientConfig``. Its resource methods
call ``send_kwargs()`` with the dict of an openapi-python-client ``_get_kwargs()`` (list methods
``paginate_kwargs()``, whose pager sends each page the same way), and everything ends in one place:
``_send()``, the loop of attempts.

Each attempt builds its request (``_request``), waits for the rate limiter, sends, and lets
``Attempts`` (``_attempts``) decide: parse the answer, renew the token and resend, wait and
retry, or raise the translated error (``_translate``). The two loops differ only where one
blocks and the other awaits. Settings are resolved once, when the client is built
(``_settings``).
"""

from __future__ import annotations

import copy
import functools
import random
import time
from collections.abc import Callable, Mapping
from typing import Any, Generic, Self, TypeVar

import httpx

from ._attempts import Attempts
from ._auth import TokenAuth, TokenProvider
from ._config import ClientConfig, Operation, RequestOptions
from ._constants import DEFAULT_MAX_RETRIES
from ._errors import ConfigurationError
from ._hooks import AttemptHook, OnAttempt
from ._logging import AttemptLog, configure_logging
from ._rate_limit import RateLimit, RateLimiter, client_limiter
from ._request import Call, CallDefaults, prepare
from ._response import APIResponse
from ._settings import (
    check_default_headers,
    check_max_retries,
    check_rate_limit,
    resolve_auth,
    resolve_base_url,
    standard_headers,
    to_timeout,
)
from ._translate import parse_answer
from ._types import NotGiven

T = TypeVar("T")
_HttpClientT = TypeVar("_HttpClientT", httpx.Client, httpx.AsyncClient)


class _BaseClient(Generic[_HttpClientT]):
    """Settings, call preparation and copies, shared by both clients."""

    _http: _HttpClientT

    def __init__(
        self,
        *,
        config: ClientConfig,
        token: str | TokenAuth | TokenProvider | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        rate_limit: RateLimit | NotGiven | None,
        region: str | None,
        http_client: _HttpClientT | None,
        http_client_type: type[_HttpClientT],
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        on_attempt: OnAttempt | None = None,
    ) -> None:
        self._config = config
        self._log = AttemptLog(
            configure_logging(config.package, config.env_prefix), config.sensitive_fields
        )
        self._attempt_hook = AttemptHook.of(on_attempt, self._log.logger)
        self._auth = resolve_auth(config, token)
        self._base_url = resolve_base_url(config, base_url, region)
        self._timeout = to_timeout(timeout)
        self._max_retries = check_max_retries(
            DEFAULT_MAX_RETRIES if max_retries is None else max_retries
        )
        limit = (
            config.default_rate_limit
            if isinstance(rate_limit, NotGiven)
            else check_rate_limit(rate_limit)
        )
        # One bucket per client, shared by every copy from with_options(); in Redis, one per
        # API account, shared by every client of every process (RateLimit(redis_url=...)).
        self._bucket = client_limiter(
            config,
            limit,
            auth=self._auth,
            base_url=self._base_url,
            asynchronous=http_client_type is httpx.AsyncClient,
        )
        self._random: Callable[[], float] = random.random
        self._now: Callable[[], float] = time.time
        if http_client is not None and not isinstance(http_client, http_client_type):
            wanted, other, other_type = (
                ("httpx.Client", "async", "httpx.AsyncClient")
                if http_client_type is httpx.Client
                else ("httpx.AsyncClient", "sync", "httpx.Client")
            )
            raise ConfigurationError(
                f"http_client must be an {wanted}, not {type(http_client).__name__}. Use the "
                f"{other} client with an {other_type}."
            )
        headers = {**standard_headers(config), **check_default_headers(default_headers)}
        self._default_query = dict(default_query or {})
        if http_client is None:
            # Our own pool carries the default headers, which saves normalising them per call.
            self._http = self._new_pool(headers)
            self._owns_http_client = True
            headers = {}
        else:
            self._http = http_client
            self._owns_http_client = False
        # The headers each call adds: a plain dict, so that the common path builds
        # httpx.Headers once, in build_request.
        self._call_headers = headers
        self._defaults = self._call_defaults()

    def _new_pool(self, headers: dict[str, str]) -> _HttpClientT:
        raise NotImplementedError  # each client builds its own kind of pool

    def _call_defaults(self) -> CallDefaults:
        return CallDefaults(
            self._config,
            self._base_url,
            self._call_headers,
            self._timeout,
            self._max_retries,
            self._default_query,
        )

    @property
    def config(self) -> ClientConfig:
        return self._config

    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def rate_limiter(self) -> RateLimiter | None:
        return self._bucket

    @property
    def http_client(self) -> _HttpClientT:
        """The ``httpx`` client that sends every request: the one passed as ``http_client=``,
        else the client's own pool; ``with_options()`` copies share it. There to be instrumented
        (OpenTelemetry's ``HTTPXClientInstrumentor.instrument_client``); close the API client,
        not this one."""
        return self._http

    @property
    def on_attempt(self) -> OnAttempt | None:
        """The function given as ``on_attempt=``, called with an ``AttemptInfo`` per attempt."""
        hook = self._attempt_hook
        return hook.function if hook is not None else None

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        token: str | TokenAuth | TokenProvider | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        on_attempt: OnAttempt | None = None,
    ) -> Self:
        """A copy with other settings, sharing the connection pool, auth and rate limiter.

        ``default_headers`` and ``default_query`` are added to the client's (and win over them).
        ``on_attempt`` replaces the client's hook in the copy; without it the copy keeps it.
        """
        clone = copy.copy(self)
        clone._owns_http_client = False  # Closing a copy must not close the shared pool.
        if timeout is not None:
            clone._timeout = to_timeout(timeout)
        if max_retries is not None:
            clone._max_retries = check_max_retries(max_retries)
        if token is not None:
            clone._auth = resolve_auth(self._config, token)
        if default_headers:
            clone._call_headers = {**self._call_headers, **check_default_headers(default_headers)}
        if default_query:
            clone._default_query = {**self._default_query, **default_query}
        if on_attempt is not None:
            clone._attempt_hook = AttemptHook.of(on_attempt, self._log.logger)
        clone._defaults = clone._call_defaults()
        clone._bind_resources()
        return clone

    def _bind_resources(self) -> None:
        """Create the client's resource namespaces (``client.integrations``) for this client.

        The generated client defines it; ``with_options()`` calls it on the copy, so that the
        copy's calls go through the copy's settings.
        """

    def _prepare(
        self,
        op: Operation,
        path: str,
        send: dict[str, Any],
        headers: Mapping[str, str] | None,
        options: RequestOptions | None,
    ) -> Call:
        return prepare(self._defaults, op, path, send, headers, options)

    def _raw(
        self, call: Call, parse: Callable[[httpx.Response], T]
    ) -> Callable[[httpx.Response], APIResponse[T]]:
        """A parser that keeps the answer and parses it only when asked."""
        config = self._config

        def keep(response: httpx.Response) -> APIResponse[T]:
            return APIResponse(
                response, functools.partial(parse_answer, config, call, response, parse)
            )

        return keep

    def _attempts(self, call: Call) -> Attempts:
        return Attempts(
            call,
            config=self._config,
            base_url=self._base_url,
            log=self._log,
            auth=self._auth,
            random=self._random,
            now=self._now,
            hook=self._attempt_hook,
        )
