# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""The asyncio client: ``AsyncAPIClient``, its loop of attempts, bound to one event loop.

``asyncio.timeout`` holds each attempt to its deadline (``_deadline``); ``_base_client`` holds
what it shares with ``SyncAPIClient``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Self

import httpx

from ._attempts import Action
from ._auth import TokenAuth, TokenProvider, arenew_token, format_authorization
from ._base_client import T, _BaseClient
from ._config import ClientConfig, Operation, RequestOptions
from ._deadline import asend_within_deadline, attempt_seconds
from ._errors import ConfigurationError
from ._hooks import OnAttempt
from ._pagination import AsyncPager, Paging
from ._rate_limit import RateLimit
from ._request import Call, build_request, send_args
from ._response import APIResponse
from ._settings import closed_client, missing_token
from ._translate import parse_answer
from ._types import NOT_GIVEN, NotGiven


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
        self._running_loop = asyncio.get_running_loop
        self._loop: asyncio.AbstractEventLoop | None = None

    def _new_pool(self, headers: dict[str, str]) -> httpx.AsyncClient:
        # httpx's own transport: _exchange bounds the whole attempt with asyncio.timeout.
        return httpx.AsyncClient(timeout=self._timeout, headers=headers)

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
        return await asend_within_deadline(self._http, request, attempt_seconds(call.timeout))

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
