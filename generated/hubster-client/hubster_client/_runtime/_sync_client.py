# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""The blocking client: ``SyncAPIClient``, its loop of attempts and its connection pool.

Its pool is httpx's own on deadline sockets (``_deadline.deadline_pool``), so that each attempt
ends at its deadline, headers included; ``_base_client`` holds what it shares with
``AsyncAPIClient``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx

from ._attempts import Action
from ._auth import TokenAuth, TokenProvider, format_authorization, renew_token
from ._base_client import T, _BaseClient
from ._config import ClientConfig, Operation, RequestOptions
from ._deadline import attempt_seconds, deadline_pool, send_within_deadline
from ._hooks import OnAttempt
from ._pagination import Paging, SyncPager
from ._rate_limit import RateLimit
from ._request import Call, build_request, send_args
from ._response import APIResponse
from ._settings import closed_client, missing_token
from ._translate import parse_answer
from ._types import NOT_GIVEN, NotGiven


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

    def _new_pool(self, headers: dict[str, str]) -> httpx.Client:
        # Its sockets end each attempt at the attempt's deadline, headers included (_deadline).
        return deadline_pool(timeout=self._timeout, headers=headers)

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
        """Send one attempt and read its answer, within the attempt's deadline (``_deadline``).

        The pool's sockets end the attempt at its deadline, status line and headers included.
        """
        return send_within_deadline(self._http, request, attempt_seconds(call.timeout))

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
