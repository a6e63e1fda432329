# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""The HTTP clients every generated API client builds on.

A generated client subclasses ``SyncAPIClient`` or ``AsyncAPIClient`` and passes its
``ClientConfig``; its resource methods call ``request()`` (or ``send_kwargs()`` with the dict
of an openapi-python-client ``_get_kwargs()``) with an ``Operation`` and an encoded path.

One call of ``request()`` is a loop of attempts. Each attempt waits for the rate limiter, sends,
and logs one line. A transport failure or a retryable status sleeps (``_sleep``) and tries
again, by the rules in ``_retries``; a 401 with a ``TokenProvider`` refreshes the token and
resends once, which does not count as a retry. A 2xx is handed to ``parse``; anything else
becomes the matching ``APIStatusError``.
"""

from __future__ import annotations

import copy
import json as jsonlib
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Self, TypeVar

import httpx

from ._auth import TokenAuth, TokenProvider, check_token, format_authorization
from ._config import ClientConfig, Operation, RequestOptions
from ._constants import (
    BASE_URL_ENV_SUFFIX,
    DEFAULT_ACCEPT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    REGION_ENV_SUFFIX,
    TOKEN_ENV_SUFFIX,
)
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    ResponseShapeError,
    body_preview,
    make_status_error,
)
from ._logging import configure_logging, describe_body, request_body
from ._pagination import AsyncPager, Paging, SyncPager
from ._paths import join_path, url_with_path
from ._rate_limit import LeakyBucket, RateLimit
from ._redaction import redact_headers, redact_url, scrub_secrets
from ._retries import delay_after_exception, delay_after_status, exception_is_retryable
from ._types import NOT_GIVEN, NotGiven

T = TypeVar("T")
_HttpClientT = TypeVar("_HttpClientT", httpx.Client, httpx.AsyncClient)

# Exceptions a parser raises when the body is not what it expected.
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
_TIMEOUT_PHASES: dict[type[Exception], str] = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}
# Keys of openapi-python-client's `_get_kwargs()` dict that `send_kwargs` understands, and
# those of them that go to httpx's build_request as they are.
_SEND_KEYS = frozenset({"params", "json", "content", "data", "files", "cookies"})
_KWARGS_KEYS = _SEND_KEYS | {"method", "url", "headers"}
_NO_OPTIONS = RequestOptions()


@dataclass
class _Call:
    """Everything about one ``request()`` call that stays the same across its attempts."""

    op: Operation
    url: httpx.URL
    idempotent: bool
    timeout: httpx.Timeout
    max_retries: int
    send: dict[str, Any] = field(default_factory=dict)
    # A plain dict when the call adds no headers (the fast path), else httpx.Headers.
    headers: Mapping[str, str] = field(default_factory=dict)


def _to_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    # httpx reads None as "wait forever"; the runtime never passes it on.
    if value is None:
        return DEFAULT_TIMEOUT
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _check_max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(
            f"max_retries is {value!r}; pass a whole number of 0 or more (0 turns retries off)."
        )
    return value


class _BaseClient(Generic[_HttpClientT]):
    """Configuration, request building and error translation shared by both clients."""

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
        region: str | None = None,
    ) -> None:
        self._config = config
        self._logger = configure_logging(config.package, config.env_prefix)
        self._auth = self._resolve_auth(token)
        self._base_url = self._resolve_base_url(base_url, region)
        self._timeout = _to_timeout(timeout)
        self._max_retries = _check_max_retries(
            DEFAULT_MAX_RETRIES if max_retries is None else max_retries
        )
        limit = config.default_rate_limit if isinstance(rate_limit, NotGiven) else rate_limit
        # One bucket per client, shared by every copy from with_options().
        self._bucket = LeakyBucket.for_client(limit) if limit is not None else None
        self._user_agent = config.user_agent or f"{config.package} python-httpx/{httpx.__version__}"
        self._default_headers: dict[str, str] = {
            "User-Agent": self._user_agent,
            "Accept": DEFAULT_ACCEPT,
        }
        # The headers every call adds: the defaults, unless the httpx client is ours and
        # carries them already (set up in the Sync/AsyncAPIClient constructors), which saves
        # normalising them per call. A plain dict, so the common path builds httpx.Headers
        # once, in build_request.
        self._call_headers: dict[str, str] = self._default_headers
        self._random: Callable[[], float] = random.random
        self._now: Callable[[], float] = time.time
        self._owns_http_client = True

    # --- configuration ----------------------------------------------------------------------

    def _resolve_auth(
        self, token: str | TokenAuth | TokenProvider | None
    ) -> TokenAuth | TokenProvider | None:
        scheme = self._config.auth_scheme
        if token is None:
            variable = self._config.env_prefix + TOKEN_ENV_SUFFIX
            value = os.environ.get(variable)
            if value is None:
                return None  # Raised at the first request that needs a token.
            return TokenAuth(check_token(value, f"the {variable} environment variable"), scheme)
        if isinstance(token, str):
            return TokenAuth(check_token(token, "the token argument"), scheme)
        if isinstance(token, TokenAuth):
            return TokenAuth(check_token(token.token, "the token argument"), token.scheme)
        if isinstance(token, TokenProvider):
            return token
        raise ConfigurationError(
            f"token must be a str, TokenAuth or TokenProvider, not {type(token).__name__}."
        )

    def _region_url(self, region: str, source: str) -> str:
        regions = self._config.regions
        if not regions:
            raise ConfigurationError(
                f"{source} names a region, but {self._config.api_name} has none to choose "
                "from. Remove it, or pass base_url= instead."
            )
        url = regions.get(region.strip().lower())
        if url is None:
            raise ConfigurationError(
                f"{source} is {region!r}, which is not a region of {self._config.api_name}. "
                f"Use one of {', '.join(repr(name) for name in regions)}, or pass base_url=."
            )
        return url

    def _resolve_base_url(self, base_url: str | None, region: str | None = None) -> httpx.URL:
        # An argument beats the environment; base_url beats region at the same level.
        variable = self._config.env_prefix + BASE_URL_ENV_SUFFIX
        region_variable = self._config.env_prefix + REGION_ENV_SUFFIX
        source = "The base_url argument"
        if base_url is not None and region is not None:
            raise ConfigurationError(
                "Both base_url and region were given; they say the same thing. Pass only one."
            )
        if base_url is None and region is not None:
            source = "The region argument"
            base_url = self._region_url(region, source)
        if base_url is None:
            base_url = os.environ.get(variable) or None
            source = f"The {variable} environment variable"
        if base_url is None and os.environ.get(region_variable):
            source = f"The {region_variable} environment variable"
            base_url = self._region_url(os.environ[region_variable], source)
        if base_url is None:
            base_url, source = self._config.default_base_url, "The default base URL"
        # Messages show redact_url(): never user info or query values, which may be secrets.
        try:
            url = httpx.URL(base_url)
        except (httpx.InvalidURL, TypeError):
            raise ConfigurationError(
                f"{source} is not a valid URL. Pass an https:// URL such as "
                f"{self._config.default_base_url!r}."
            ) from None
        problem = None
        if url.scheme not in ("http", "https") or not url.host:
            problem = "must be an absolute http:// or https:// URL"
        elif url.userinfo:
            problem = "must not contain a user name or password; pass the token with token="
        elif url.query or url.fragment:
            problem = "must not contain a query string or fragment"
        if problem:
            raise ConfigurationError(
                f"{source} ({redact_url(url)}) {problem}. Fix it, or leave it unset to use "
                f"{self._config.default_base_url!r}."
            )
        return url.copy_with(raw_path=url.raw_path.rstrip(b"/") or b"/")

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
    def rate_limiter(self) -> LeakyBucket | None:
        return self._bucket

    def _copy(
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        token: str | TokenAuth | TokenProvider | None,
    ) -> Self:
        clone = copy.copy(self)
        clone._owns_http_client = False  # Closing a copy must not close the shared pool.
        if timeout is not None:
            clone._timeout = _to_timeout(timeout)
        if max_retries is not None:
            clone._max_retries = _check_max_retries(max_retries)
        if token is not None:
            clone._auth = self._resolve_auth(token)
        # Resource namespaces created by the generated client point at `self`; give the copy
        # its own, pointing at the copy.
        for name, value in vars(self).items():
            if getattr(value, "_client", None) is self:
                rebound = copy.copy(value)
                rebound._client = clone
                setattr(clone, name, rebound)
        return clone

    # --- building requests ------------------------------------------------------------------

    def _prepare(
        self,
        op: Operation,
        path: str,
        send: dict[str, Any],
        headers: Mapping[str, str] | None,
        options: RequestOptions | None,
    ) -> _Call:
        options = options or _NO_OPTIONS
        idempotent = op.idempotent
        if idempotent is None:
            idempotent = op.method.upper() in self._config.idempotent_methods
        url = url_with_path(self._base_url, join_path(self._base_url.raw_path, path))
        call_headers: Mapping[str, str] = self._call_headers
        if headers or options.extra_headers:
            # httpx.Headers, so that a caller's "accept" replaces our "Accept" instead of adding
            # a second one (header names are case-insensitive; dict keys are not).
            merged = httpx.Headers(self._call_headers)
            merged.update(headers or {})
            merged.update(options.extra_headers or {})
            call_headers = merged
        return _Call(
            op=op,
            url=url,
            idempotent=idempotent,
            timeout=self._timeout if options.timeout is None else _to_timeout(options.timeout),
            max_retries=(
                self._max_retries
                if options.max_retries is None
                else _check_max_retries(options.max_retries)
            ),
            send={k: v for k, v in send.items() if v is not None},
            headers=call_headers,
        )

    def _missing_token(self) -> ConfigurationError:
        return ConfigurationError(
            f"No {self._config.api_name} token was given. Pass token=... to "
            f"{type(self).__name__}(...) or set the "
            f"{self._config.env_prefix}{TOKEN_ENV_SUFFIX} environment variable."
        )

    def _build_request(self, call: _Call, authorization: str | None) -> httpx.Request:
        headers: Mapping[str, str]
        if isinstance(call.headers, httpx.Headers):
            merged = httpx.Headers()
            if authorization is not None:
                merged["Authorization"] = authorization
            # An explicit Authorization in the call's headers wins over the configured one.
            merged.update(call.headers)
            headers = merged
        elif authorization is not None:
            headers = {"Authorization": authorization, **call.headers}
        else:
            headers = call.headers
        return self._http.build_request(
            call.op.method.upper(), call.url, headers=headers, timeout=call.timeout, **call.send
        )

    @staticmethod
    def _secrets(request: httpx.Request) -> tuple[str, ...]:
        value = request.headers.get("authorization")
        if not value:
            return ()
        return (value, value.split(" ", 1)[-1])

    # --- logging ------------------------------------------------------------------------------

    def _log_debug(
        self, what: str, request: httpx.Request, headers: httpx.Headers, content: bytes
    ) -> None:
        extra = self._config.sensitive_fields
        line = (
            f"{what} headers: {redact_headers(headers, extra)}; "
            f"body: {describe_body(content, headers.get('content-type'), extra)}"
        )
        # A server may echo the token under a key nobody would call secret.
        self._logger.debug("%s", scrub_secrets(line, self._secrets(request)))

    def _log_request(self, request: httpx.Request) -> None:
        if self._logger.isEnabledFor(logging.DEBUG):
            self._log_debug("Request", request, request.headers, request_body(request))

    def _log_attempt(
        self,
        call: _Call,
        request: httpx.Request,
        attempt: int,
        started: float,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> None:
        # A successful attempt is routine (DEBUG); a failed one is worth noticing (INFO).
        # Formatting a line per call costs ~10 % of a call's CPU, so INFO stays quiet when
        # all is well.
        level = logging.DEBUG if response is not None and response.is_success else logging.INFO
        if not self._logger.isEnabledFor(level):
            return
        elapsed_ms = (time.monotonic() - started) * 1000
        outcome = (
            f"{response.status_code} {httpx.codes.get_reason_phrase(response.status_code)}"
            if response is not None
            else type(error).__name__
        )
        self._logger.log(
            level,
            "%s: %s %s -> %s (attempt %d, %.0f ms)",
            call.op.operation_id,
            call.op.method.upper(),
            redact_url(request.url),
            outcome,
            attempt,
            elapsed_ms,
        )
        if response is not None and self._logger.isEnabledFor(logging.DEBUG):
            self._log_debug("Response", request, response.headers, response.content)

    def _log_retry(self, call: _Call, delay: float, reason: str, retries_taken: int) -> None:
        self._logger.info(
            "%s: retrying in %.2f s after %s (retry %d of %d)",
            call.op.operation_id,
            delay,
            reason,
            retries_taken + 1,
            call.max_retries,
        )

    # --- decisions ------------------------------------------------------------------------------

    def _delay_after_status(
        self, call: _Call, response: httpx.Response, retries_taken: int
    ) -> float | None:
        return delay_after_status(
            response,
            idempotent=call.idempotent,
            retries_taken=retries_taken,
            max_retries=call.max_retries,
            random=self._random,
            now=self._now,
        )

    def _delay_after_exception(
        self, call: _Call, exc: Exception, retries_taken: int
    ) -> float | None:
        return delay_after_exception(
            exc,
            idempotent=call.idempotent,
            retries_taken=retries_taken,
            max_retries=call.max_retries,
            random=self._random,
        )

    # --- translating outcomes -----------------------------------------------------------------

    def _where(self, call: _Call) -> str:
        path = call.url.raw_path.split(b"?", 1)[0].decode("ascii")
        return f"{call.op.operation_id} ({call.op.method.upper()} {path})"

    def _status_error(self, call: _Call, response: httpx.Response) -> APIStatusError:
        return make_status_error(
            response,
            api_name=self._config.api_name,
            secrets=self._secrets(response.request),
            extra_keys=self._config.sensitive_fields,
            now=self._now,
            hint=call.op.status_hints.get(response.status_code),
        )

    def _transport_error(
        self, call: _Call, request: httpx.Request, exc: Exception, retries_taken: int
    ) -> APIConnectionError:
        api = self._config.api_name
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
            return APITimeoutError(
                f"{api} did not answer {self._where(call)} in time: the {phase} timeout{limit} "
                f"expired{retried}.{not_retried} Pass a larger timeout= if the operation is "
                "slow, or try again later.",
                request=request,
            )
        detail = scrub_secrets(str(exc), self._secrets(request)) or "no detail"
        return APIConnectionError(
            f"Could not get an answer from {api} at {redact_url(self._base_url)} for "
            f"{self._where(call)}{retried} ({type(exc).__name__}: {detail}).{not_retried} "
            "Check the base URL, the network and any proxy, or try again later.",
            request=request,
        )

    def _parse(
        self, call: _Call, response: httpx.Response, parse: Callable[[httpx.Response], T]
    ) -> T:
        try:
            return parse(response)
        except APIResponseValidationError:
            raise
        except jsonlib.JSONDecodeError:
            raise APIResponseValidationError(
                f"{self._config.api_name} answered {response.status_code} to {self._where(call)} "
                "with a body that is not JSON (content-type "
                f"{response.headers.get('content-type')!r}): "
                f"{body_preview(response, self._config.sensitive_fields)}. The API description "
                "promises JSON; check that the base URL points at the API and not at a proxy "
                "or login page.",
                response=response,
                body=response.text,
            ) from None
        except _PARSE_ERRORS as exc:
            path = "$"
            if isinstance(exc, ResponseShapeError):
                path, what = exc.path, str(exc)
            elif isinstance(exc, KeyError):
                what = f"the required key {exc.args[0]!r} is missing"
            else:
                what = f"{type(exc).__name__}: {exc}"
            what = scrub_secrets(what, self._secrets(response.request))
            try:
                body: object = response.json()
            except ValueError:
                body = response.text
            raise APIResponseValidationError(
                f"{self._config.api_name}'s answer to {self._where(call)} does not match the API "
                f"description: {what}. The API may have changed; update the client or report "
                "the mismatch to its authors.",
                response=response,
                body=body,
                path=path,
            ) from exc


def _send_args(
    kwargs: Mapping[str, Any], op: Operation
) -> tuple[str, dict[str, Any], Mapping[str, str] | None]:
    if not _KWARGS_KEYS.issuperset(kwargs):
        unknown = set(kwargs) - _KWARGS_KEYS
        raise ValueError(
            f"send_kwargs() got keys it does not know: {sorted(unknown)}. It accepts the dict of "
            f"an openapi-python-client _get_kwargs(): {sorted(_KWARGS_KEYS)}."
        )
    method = kwargs.get("method", op.method)
    if method != op.method and str(method).upper() != op.method.upper():
        raise ValueError(
            f"send_kwargs() got method {method!r} for operation {op.operation_id}, which is "
            f"{op.method.upper()}. Pass the Operation that matches the kwargs."
        )
    url = kwargs.get("url")
    if not isinstance(url, str):
        raise ValueError(
            f"send_kwargs() needs the formatted path under 'url' for {op.operation_id}, got "
            f"{type(url).__name__}. Pass the dict _get_kwargs() returns."
        )
    send = {k: v for k, v in kwargs.items() if k in _SEND_KEYS}
    return url, send, kwargs.get("headers")


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
    ) -> None:
        super().__init__(
            config=config,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            region=region,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}. "
                "Use the async client with an httpx.AsyncClient."
            )
        if http_client is None:
            http_client = httpx.Client(timeout=self._timeout, headers=self._default_headers)
            self._call_headers = {}  # the pool's client sends the defaults on every request
        else:
            self._owns_http_client = False
        self._http = http_client
        self._sleep: Callable[[float], None] = time.sleep

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        token: str | TokenAuth | TokenProvider | None = None,
    ) -> Self:
        """A copy with other settings, sharing the connection pool, auth and rate limiter."""
        return self._copy(timeout, max_retries, token)

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
            raise self._missing_token()
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
        path, send, headers = _send_args(kwargs, op)
        return self._send(self._prepare(op, path, send, headers, options), parse)

    def paginate_kwargs(
        self,
        op: Operation,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], Any],
        paging: Paging,
        options: RequestOptions | None = None,
    ) -> SyncPager[Any]:
        """A pager over every page of a list operation; nothing is sent until it is iterated."""
        path, send, headers = _send_args(kwargs, op)
        return SyncPager(self, self._prepare(op, path, send, headers, options), parse, paging)

    def _send(self, call: _Call, parse: Callable[[httpx.Response], T]) -> T:
        """The attempts of one call: auth, rate limit, send, log, retry or parse."""
        op = call.op
        retries_taken = attempt = 0
        reauthenticated = False
        while True:
            request = self._build_request(call, self._authorization(op))
            if self._bucket is not None:
                self._bucket.acquire()
            attempt += 1
            self._log_request(request)
            started = time.monotonic()
            try:
                response = self._http.send(request)
            except httpx.RequestError as exc:
                self._log_attempt(call, request, attempt, started, error=exc)
                delay = self._delay_after_exception(call, exc, retries_taken)
                if delay is None:
                    raise self._transport_error(call, request, exc, retries_taken) from exc
                self._log_retry(call, delay, type(exc).__name__, retries_taken)
                self._sleep(delay)
                retries_taken += 1
                continue
            self._log_attempt(call, request, attempt, started, response=response)
            if response.is_success:
                return self._parse(call, response, parse)
            if (
                response.status_code == 401
                and isinstance(self._auth, TokenProvider)
                and op.requires_auth
                and not reauthenticated
            ):
                reauthenticated = True
                self._logger.info("%s: 401, renewing the token and resending", op.operation_id)
                self._auth.get_token(force_refresh=True)
                continue
            delay = self._delay_after_status(call, response, retries_taken)
            if delay is None:
                raise self._status_error(call, response)
            self._log_retry(call, delay, str(response.status_code), retries_taken)
            self._sleep(delay)
            retries_taken += 1


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
    ) -> None:
        super().__init__(
            config=config,
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            region=region,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}. "
                "Use the sync client with an httpx.Client."
            )
        if http_client is None:
            http_client = httpx.AsyncClient(timeout=self._timeout, headers=self._default_headers)
            self._call_headers = {}  # the pool's client sends the defaults on every request
        else:
            self._owns_http_client = False
        self._http = http_client
        import asyncio  # here, not at module level: sync users never pay its import time

        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        token: str | TokenAuth | TokenProvider | None = None,
    ) -> Self:
        """A copy with other settings, sharing the connection pool, auth and rate limiter."""
        return self._copy(timeout, max_retries, token)

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
            raise self._missing_token()
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
        path, send, headers = _send_args(kwargs, op)
        return await self._send(self._prepare(op, path, send, headers, options), parse)

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
        path, send, headers = _send_args(kwargs, op)
        return AsyncPager(self, self._prepare(op, path, send, headers, options), parse, paging)

    async def _send(self, call: _Call, parse: Callable[[httpx.Response], T]) -> T:
        """The attempts of one call: auth, rate limit, send, log, retry or parse."""
        op = call.op
        retries_taken = attempt = 0
        reauthenticated = False
        while True:
            request = self._build_request(call, await self._authorization(op))
            if self._bucket is not None:
                await self._bucket.acquire_async()
            attempt += 1
            self._log_request(request)
            started = time.monotonic()
            try:
                response = await self._http.send(request)
            except httpx.RequestError as exc:
                self._log_attempt(call, request, attempt, started, error=exc)
                delay = self._delay_after_exception(call, exc, retries_taken)
                if delay is None:
                    raise self._transport_error(call, request, exc, retries_taken) from exc
                self._log_retry(call, delay, type(exc).__name__, retries_taken)
                await self._sleep(delay)
                retries_taken += 1
                continue
            self._log_attempt(call, request, attempt, started, response=response)
            if response.is_success:
                return self._parse(call, response, parse)
            if (
                response.status_code == 401
                and isinstance(self._auth, TokenProvider)
                and op.requires_auth
                and not reauthenticated
            ):
                reauthenticated = True
                self._logger.info("%s: 401, renewing the token and resending", op.operation_id)
                await self._auth.aget_token(force_refresh=True)
                continue
            delay = self._delay_after_status(call, response, retries_taken)
            if delay is None:
                raise self._status_error(call, response)
            self._log_retry(call, delay, str(response.status_code), retries_taken)
            await self._sleep(delay)
            retries_taken += 1
