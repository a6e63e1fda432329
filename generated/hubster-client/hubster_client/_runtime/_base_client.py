# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""The HTTP clients every generated API client builds on.

A generated client subclasses ``SyncAPIClient`` or ``AsyncAPIClient`` and passes its
``ClientConfig``. Its resource methods call ``send_kwargs()`` with the dict of an
openapi-python-client ``_get_kwargs()`` (list methods ``paginate_kwargs()``, whose pager sends
each page the same way), and everything ends in one place: ``_send()``, the loop of attempts.

Each attempt builds its request (``_request``), waits for the rate limiter, sends, and lets
``Attempts`` (``_attempts``) decide: parse the answer, renew the token and resend, wait and
retry, or raise the translated error (``_translate``). The two loops below differ only where
one blocks and the other awaits. Settings are resolved once, when the client is built
(``_settings``).
"""

from __future__ import annotations

import copy
import functools
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, Self, TypeVar, cast

import httpx

from ._attempts import Action, Attempts
from ._auth import TokenAuth, TokenProvider, arenew_token, format_authorization, renew_token
from ._config import ClientConfig, Operation, RequestOptions
from ._constants import DEFAULT_MAX_RETRIES
from ._deadline import DeadlineStream, attempt_seconds, exceeded
from ._errors import ConfigurationError
from ._hooks import AttemptHook, OnAttempt
from ._logging import AttemptLog, configure_logging
from ._pagination import AsyncPager, Paging, SyncPager
from ._rate_limit import RateLimit, RateLimiter, client_limiter
from ._request import Call, CallDefaults, build_request, prepare, send_args
from ._response import APIResponse
from ._settings import (
    check_default_headers,
    check_max_retries,
    check_rate_limit,
    closed_client,
    missing_token,
    resolve_auth,
    resolve_base_url,
    standard_headers,
    to_timeout,
)
from ._translate import parse_answer
from ._types import NOT_GIVEN, NotGiven

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
            self._http = http_client_type(timeout=self._timeout, headers=headers)
            self._owns_http_client = True
            headers = {}
        else:
            self._http = http_client
            self._owns_http_client = False
        # The headers each call adds: a plain dict, so that the common path builds
        # httpx.Headers once, in build_request.
        self._call_headers = headers
        self._defaults = self._call_defaults()

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


class SyncAPIClient(_BaseClient[httpx.Client]):
    """Blocking client; see the module docstring."""

    def __init__(
        self,
        *,
        config: ClientConfig,
        token: str | TokenAuth | TokenProvider | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        rate_limit: RateLimit | NotGiven | None = NOT_GIVEN,
        region: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        on_attempt: OnAttempt | None = None,
    ) -> None:
        super().__init__(
            config=config,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            region=region,
            http_client=http_client,
            http_client_type=httpx.Client,
            default_headers=default_headers,
            default_query=default_query,
            on_attempt=on_attempt,
        )
        self._sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        """Close the connection pool, unless it was passed in as http_client."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _authorization(self, op: Operation) -> str | None:
        if not op.requires_auth:
            return None
        if self._auth is None:
            raise missing_token(self._config, type(self).__name__)
        if isinstance(self._auth, TokenAuth):
            return self._auth.authorization()
        return format_authorization(self._auth.get_token(), self._config.auth_scheme)

    def request(
        self,
        op: Operation,
        *,
        path: str,
        params: Any = None,
        json: Any = None,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        cookies: Any = None,
        parse: Callable[[httpx.Response], T],
        options: RequestOptions | None = None,
    ) -> T:
        """Send ``op`` to the encoded ``path``, retrying by policy; return what ``parse`` makes."""
        send = dict(params=params, json=json, content=content, data=data, files=files)
        send["cookies"] = cookies
        return self._send(self._prepare(op, path, send, headers, options), parse)

    def send_kwargs(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions | None = None,
    ) -> T:
        """``request()`` from the dict an openapi-python-client ``_get_kwargs()`` returns."""
        path, send, headers = send_args(kwargs, op)
        return self._send(self._prepare(op, path, send, headers, options), parse)

    def send_kwargs_raw(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions | None = None,
        paging: Paging | None = None,
    ) -> APIResponse[T]:
        """``send_kwargs()``, returning the answer itself; ``parse()`` on it gives the result.

        Given the ``paging`` of a list operation, it sends the request of the first page as the
        pager would (``with_raw_response.list()``), and ``parse()`` gives that page's answer.
        """
        path, send, headers = send_args(kwargs, op)
        call = self._prepare(op, path, send, headers, options)
        if paging is not None:
            call = paging.start(call)
        return self._send(call, self._raw(call, parse))

    def paginate_kwargs(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], Any],
        paging: Paging,
        options: RequestOptions | None = None,
    ) -> SyncPager[Any]:
        """A pager over every page of a list operation; nothing is sent until it is iterated."""
        path, send, headers = send_args(kwargs, op)
        return SyncPager(self, self._prepare(op, path, send, headers, options), parse, paging)

    def _exchange(self, request: httpx.Request, call: Call) -> httpx.Response:
        """Send one attempt and read its answer, within the attempt's deadline (``_deadline``)."""
        seconds = attempt_seconds(call.timeout)
        start = time.monotonic()
        response = self._http.send(request, stream=True)
        try:
            stream = cast(httpx.SyncByteStream, response.stream)
            response.stream = DeadlineStream(stream, request, seconds, start)
            response.read()
        except BaseException:
            response.close()
            raise
        return response

    def _send(self, call: Call, parse: Callable[[httpx.Response], T]) -> T:
        """The attempts of one call: auth, rate limit, send, then what ``Attempts`` decides."""
        if self._http.is_closed:
            raise closed_client(type(self).__name__)
        attempts = self._attempts(call)
        while True:
            request = build_request(self._http, call, self._authorization(call.op))
            release = self._bucket.acquire() if self._bucket is not None else None
            attempts.begin(request)
            try:
                response = self._exchange(request, call)
            except httpx.RequestError as exc:
                decision = attempts.after_error(request, exc)
                if decision.error is not None:
                    raise decision.error from exc
            else:
                decision = attempts.after_response(request, response)
                if decision.error is not None:
                    raise decision.error
                if decision.action == Action.DONE:
                    return parse_answer(self._config, call, response, parse)
            finally:
                if release is not None:
                    release()  # answered or failed: the API has counted it, so it may drain
            if decision.action == Action.RENEW:
                assert isinstance(self._auth, TokenProvider)
                renew_token(self._auth, decision.stale)
            else:
                self._sleep(decision.delay)


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """asyncio client; see the module docstring."""

    def __init__(
        self,
        *,
        config: ClientConfig,
        token: str | TokenAuth | TokenProvider | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        rate_limit: RateLimit | NotGiven | None = NOT_GIVEN,
        region: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        on_attempt: OnAttempt | None = None,
    ) -> None:
        super().__init__(
            config=config,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            region=region,
            http_client=http_client,
            http_client_type=httpx.AsyncClient,
            default_headers=default_headers,
            default_query=default_query,
            on_attempt=on_attempt,
        )
        import asyncio  # here, not at module level: sync users never pay its import time

        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
        self._timeout_after = asyncio.timeout
        self._running_loop = asyncio.get_running_loop
        self._loop: asyncio.AbstractEventLoop | None = None

    async def aclose(self) -> None:
        """Close the connection pool, unless it was passed in as http_client."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _authorization(self, op: Operation) -> str | None:
        if not op.requires_auth:
            return None
        if self._auth is None:
            raise missing_token(self._config, type(self).__name__)
        if isinstance(self._auth, TokenAuth):
            return self._auth.authorization()
        return format_authorization(await self._auth.aget_token(), self._config.auth_scheme)

    async def request(
        self,
        op: Operation,
        *,
        path: str,
        params: Any = None,
        json: Any = None,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        cookies: Any = None,
        parse: Callable[[httpx.Response], T],
        options: RequestOptions | None = None,
    ) -> T:
        """Send ``op`` to the encoded ``path``, retrying by policy; return what ``parse`` makes."""
        send = dict(params=params, json=json, content=content, data=data, files=files)
        send["cookies"] = cookies
        return await self._send(self._prepare(op, path, send, headers, options), parse)

    async def send_kwargs(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions | None = None,
    ) -> T:
        """``request()`` from the dict an openapi-python-client ``_get_kwargs()`` returns."""
        path, send, headers = send_args(kwargs, op)
        return await self._send(self._prepare(op, path, send, headers, options), parse)

    async def send_kwargs_raw(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions | None = None,
        paging: Paging | None = None,
    ) -> APIResponse[T]:
        """``send_kwargs()``, returning the answer itself; ``parse()`` on it gives the result.

        Given the ``paging`` of a list operation, it sends the request of the first page as the
        pager would (``with_raw_response.list()``), and ``parse()`` gives that page's answer.
        """
        path, send, headers = send_args(kwargs, op)
        call = self._prepare(op, path, send, headers, options)
        if paging is not None:
            call = paging.start(call)
        return await self._send(call, self._raw(call, parse))

    def paginate_kwargs(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], Any],
        paging: Paging,
        options: RequestOptions | None = None,
    ) -> AsyncPager[Any]:
        """A pager over every page of a list operation; nothing is sent until it is iterated.

        Not a coroutine: ``async for item in client.x.list()`` needs no ``await``.
        """
        path, send, headers = send_args(kwargs, op)
        return AsyncPager(self, self._prepare(op, path, send, headers, options), parse, paging)

    def _check_loop(self) -> None:
        """Refuse a second event loop: the pool's connections belong to the first one."""
        loop = self._running_loop()
        if self._loop is None:
            self._loop = loop
        elif loop is not self._loop:
            raise ConfigurationError(
                f"This {type(self).__name__} was first used in another event loop, and its "
                "connections belong to that loop. Create one async client per event loop, "
                "for example inside the coroutine that asyncio.run() runs, and close it there."
            )
        if self._http.is_closed:
            raise closed_client(type(self).__name__)

    async def _exchange(self, request: httpx.Request, call: Call) -> httpx.Response:
        """Send one attempt and read its answer, all within the attempt's deadline."""
        seconds = attempt_seconds(call.timeout)
        deadline = self._timeout_after(seconds)
        try:
            async with deadline:
                response = await self._http.send(request, stream=True)
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
        except TimeoutError:
            if deadline.expired():
                raise exceeded(request, seconds) from None
            raise
        return response

    async def _send(self, call: Call, parse: Callable[[httpx.Response], T]) -> T:
        """The attempts of one call: auth, rate limit, send, then what ``Attempts`` decides."""
        self._check_loop()
        attempts = self._attempts(call)
        while True:
            request = build_request(self._http, call, await self._authorization(call.op))
            release = await self._bucket.acquire_async() if self._bucket is not None else None
            attempts.begin(request)
            try:
                response = await self._exchange(request, call)
            except httpx.RequestError as exc:
                decision = attempts.after_error(request, exc)
                if decision.error is not None:
                    raise decision.error from exc
            else:
                decision = attempts.after_response(request, response)
                if decision.error is not None:
                    raise decision.error
                if decision.action == Action.DONE:
                    return parse_answer(self._config, call, response, parse)
            finally:
                if release is not None:
                    release()  # answered or failed: the API has counted it, so it may drain
            if decision.action == Action.RENEW:
                assert isinstance(self._auth, TokenProvider)
                await arenew_token(self._auth, decision.stale)
            else:
                await self._sleep(decision.delay)
