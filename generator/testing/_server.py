"""What every fake server shares: the HTTP server, fault injection, recording and routing.

Copied verbatim from ``generator/testing/`` into ``<package>/testing/`` of every generated
package, next to the API's own fake (``_fake.py``) and its pydantic wire models. It imports only
the standard library: the fakes must not run the code they test (no httpx, no client models).

A fake is a real HTTP/1.1 server on 127.0.0.1 (``_http.HTTPEngine``: one thread per connection,
keep-alive with ``Content-Length`` so that clients can reuse connections, one write per answer).
Each request goes through these steps, in order:

1. it is recorded (``fake.requests``);
2. it waits ``fake.latency`` seconds plus its ``delay_next`` stall, if any;
3. it meets the next queued fault, if any (``fail_next``, ``drop_next``, ``malformed_next``,
   served in the order they were queued, one request each): a faulted request never reaches
   the API's state, so it changes nothing;
4. it passes the rate limit, if the fake has one (429 with ``Retry-After`` when the bucket is
   full);
5. it is authenticated, unless the operation is public (401 in the API's error shape);
6. its API handler runs, under the fake's lock (state is never seen half-changed).

Stopping the fake (``with`` block exit, ``stop()``) closes every open connection, interrupts
stalled requests, and joins every thread, so nothing outlives it.
"""

from __future__ import annotations

import collections
import json
import re
import sys
import threading
import traceback
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, ClassVar, Final, Literal, Self, get_args

from ._bucket import RateLimitSettings, ServerBucket, retry_after_header
from ._http import HOST as HOST  # the fakes import it from here
from ._http import Answer, Hangup, HTTPEngine, HTTPRequest

DEFAULT_TOKEN: Final = "test-token"

MalformedKind = Literal["html", "truncated", "not-json"]
MALFORMED_KINDS: Final[tuple[str, ...]] = get_args(MalformedKind)

# Bodies of `malformed_next`: what a client meets when something between it and the API (a
# proxy, a maintenance page, a cut connection) answers instead of the API.
_HTML_PAGE: Final = (
    b"<!DOCTYPE html>\n<html><head><title>Service Temporarily Unavailable</title></head>\n"
    b"<body><h1>Service Temporarily Unavailable</h1><p>The server is down for maintenance."
    b"</p></body></html>\n"
)
_TRUNCATED_JSON: Final = b'{"items": [{"_id": "5b1f0c3e9d1c2a0012ab34cd", "name": "Cut off'
_NOT_JSON: Final = b"OK: request accepted (this body is plain text, not JSON)\n"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake received it.

    ``path`` is the URL path percent-decoded once (no query string); ``raw_path`` is the request
    target exactly as sent (encoding and query string included). Header names are lower-case.
    """

    method: str
    path: str
    raw_path: str
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON (raises ``ValueError`` if it is not JSON)."""
        return json.loads(self.body)


class BodyError(ValueError):
    """The request body is missing or is not JSON."""


@dataclass
class Request:
    """A request as an API handler sees it."""

    method: str
    path: str  # relative to the fake's base path, still percent-encoded
    params: dict[str, str]  # path parameters, percent-decoded once
    query: dict[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON; ``BodyError`` says why it could not be."""
        if not self.body.strip():
            raise BodyError("The request has no body; send a JSON document.")
        try:
            return json.loads(self.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BodyError(f"The request body is not valid JSON ({exc}).") from exc


@dataclass
class Reply:
    """An answer: status, body bytes, Content-Type (None: no body) and extra headers."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def json_reply(status: int, data: Any, headers: Mapping[str, str] | None = None) -> Reply:
    """A JSON answer (``Content-Type: application/json``)."""
    body = json.dumps(data, ensure_ascii=False).encode()
    return Reply(status, body, "application/json", dict(headers or {}))


def empty_reply(status: int, headers: Mapping[str, str] | None = None) -> Reply:
    """An answer without a body (204, or a status whose body the API does not document)."""
    return Reply(status, b"", None, dict(headers or {}))


Handler = Callable[[Request], Reply]


@dataclass(frozen=True)
class Route:
    """An operation: method, path template relative to the base path (``/things/{id}``)."""

    method: str
    template: str
    handler: Handler
    public: bool = False  # answered without a token (sign-in)

    def match(self, raw_path: str) -> dict[str, str] | None:
        """The path parameters (decoded once) if ``raw_path`` fits the template, else None."""
        found = _template_regex(self.template).fullmatch(raw_path)
        if found is None:
            return None
        return {name: urllib.parse.unquote(value) for name, value in found.groupdict().items()}


_PLACEHOLDER: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_REGEX_CACHE: dict[str, re.Pattern[str]] = {}


def _template_regex(template: str) -> re.Pattern[str]:
    cached = _REGEX_CACHE.get(template)
    if cached is None:
        # One placeholder is one raw path segment: an encoded "/" (%2F) stays inside it.
        parts = _PLACEHOLDER.split(template)
        pattern = "".join(
            f"(?P<{part}>[^/]+)" if index % 2 else re.escape(part)
            for index, part in enumerate(parts)
        )
        cached = _REGEX_CACHE[template] = re.compile(pattern)
    return cached


@dataclass(frozen=True)
class _Failure:
    status: int
    retry_after: str | None
    body: Any


@dataclass(frozen=True)
class _Drop:
    pass


@dataclass(frozen=True)
class _Malformed:
    kind: str


_Fault = _Failure | _Drop | _Malformed


class FakeServer:
    """Base class of the fakes; see the module docstring for what happens to a request.

    Subclasses set ``api_name`` and ``base_path`` and implement ``_build_routes``,
    ``_reset_state``, ``_is_authorized`` and ``_error_reply``.
    """

    api_name: ClassVar[str] = "API"
    # Path prefix of every operation, as in the API's server URL ("/v1"); part of base_url.
    base_path: ClassVar[str] = ""

    def __init__(
        self,
        *,
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        rate_limit: RateLimitSettings | None = None,
    ) -> None:
        self.token = token
        self._requested_port = port
        # Re-entrant: handlers run under it and may call public helpers that take it too.
        self._lock = threading.RLock()
        self._engine: HTTPEngine | None = None
        self._bucket = ServerBucket.from_settings(rate_limit) if rate_limit is not None else None
        self.latency = 0.0
        self._requests: list[RecordedRequest] = []
        self._faults: collections.deque[_Fault] = collections.deque()
        self._delays: collections.deque[float] = collections.deque()
        self._routes = self._build_routes()
        self._reset_state()

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind a port on 127.0.0.1 and serve in a background thread; returns the fake."""
        if self._engine is not None:
            raise RuntimeError(f"{type(self).__name__} is already running at {self.base_url}.")
        engine = HTTPEngine(
            self._answer,
            port=self._requested_port,
            name=type(self).__name__,
            server_version="FakeServer/1",
        )
        self._engine = engine.start()
        return self

    def stop(self) -> None:
        """Stop serving, close every connection and join every thread. Safe to call twice."""
        if self._engine is not None:
            self._engine.stop()  # also ends stalled requests at once
            self._engine = None

    close = stop

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.base_url if self._engine is not None else "not running"
        return f"{type(self).__name__}({where})"

    @property
    def port(self) -> int:
        """The port the fake listens on (it must be running)."""
        if self._engine is None:
            raise RuntimeError(
                f"{type(self).__name__} is not running, so it has no port yet. Use it as "
                f"`with {type(self).__name__}() as fake:` or call fake.start() first."
            )
        return self._engine.port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` plus the API's base path: pass it to the client."""
        return f"http://{HOST}:{self.port}{self.base_path}"

    # --- fault injection and inspection ----------------------------------------------------

    def fail_next(
        self,
        n: int = 1,
        status: int = 503,
        retry_after: float | str | None = None,
        body: Any = None,
    ) -> None:
        """Answer the next ``n`` requests with ``status`` instead of serving them.

        ``retry_after`` (seconds, or a ready header value) adds a ``Retry-After`` header.
        ``body=None`` sends the API's own error body for that status; bytes or str are sent as
        they are, anything else as JSON.
        """
        if not 100 <= status <= 599:
            raise ValueError(f"status {status} is not an HTTP status code (100-599).")
        header = None if retry_after is None else _retry_after_value(retry_after)
        self._queue(n, _Failure(status, header, body))

    def delay_next(self, n: int, seconds: float) -> None:
        """Stall each of the next ``n`` requests for ``seconds`` before it is handled.

        Adds to ``latency``; a stalled request is still served afterwards (a client that gives
        up first sees a timeout). Stopping the fake ends the stall at once.
        """
        if seconds < 0:
            raise ValueError(f"seconds is {seconds}; a stall cannot be negative.")
        with self._lock:
            self._delays.extend([float(seconds)] * _count(n))

    def drop_next(self, n: int = 1) -> None:
        """Close the connection of each of the next ``n`` requests without answering."""
        self._queue(n, _Drop())

    def malformed_next(self, n: int = 1, kind: MalformedKind = "html") -> None:
        """Answer the next ``n`` requests with 200 and a body a client cannot parse.

        ``"html"``: an HTML maintenance page (``text/html``); ``"truncated"``: JSON cut off in
        the middle; ``"not-json"``: plain text labelled ``application/json``.
        """
        if kind not in MALFORMED_KINDS:
            raise ValueError(f"kind is {kind!r}; use one of {', '.join(MALFORMED_KINDS)}.")
        self._queue(n, _Malformed(kind))

    def _queue(self, n: int, fault: _Fault) -> None:
        with self._lock:
            self._faults.extend([fault] * _count(n))

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    def reset(self) -> None:
        """Back to the state right after construction: data, tokens, faults, latency, log."""
        with self._lock:
            self._requests.clear()
            self._faults.clear()
            self._delays.clear()
            self.latency = 0.0
            if self._bucket is not None:
                self._bucket.reset()
            self._reset_state()

    # --- what subclasses provide -----------------------------------------------------------

    def _build_routes(self) -> list[Route]:
        raise NotImplementedError

    def _reset_state(self) -> None:
        raise NotImplementedError

    def _is_authorized(self, request: Request) -> bool:
        raise NotImplementedError

    def _error_reply(self, status: int, message: str) -> Reply:
        """The API's own error answer for ``status`` (401, 404, 405, 429, 5xx, ...)."""
        raise NotImplementedError

    # --- request processing (called from handler threads) ----------------------------------

    def _answer(self, request: HTTPRequest) -> Answer | Hangup:
        # The engine's application: called from its connection threads.
        headers = {name.lower(): value for name, value in request.headers}
        reply = self._serve(request.method, request.target, headers, request.body)
        if reply is None:
            return Hangup.DROP
        head = list(reply.headers.items())
        if reply.content_type is not None:
            head.insert(0, ("Content-Type", reply.content_type))
        return Answer(reply.status, head, reply.body)

    def _serve(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> Reply | None:
        """The answer to one request, or None to close the connection without one."""
        raw_path = urllib.parse.urlsplit(target).path or "/"
        with self._lock:
            self._requests.append(
                RecordedRequest(method, urllib.parse.unquote(raw_path), target, headers, body)
            )
            stall = self.latency + (self._delays.popleft() if self._delays else 0.0)
            fault = self._faults.popleft() if self._faults else None
        engine = self._engine
        if stall > 0 and engine is not None and engine.wait(stall):
            return None
        if fault is not None:
            return self._fault_reply(fault)
        if self._bucket is not None:
            wait = self._bucket.admit_or_wait()
            if wait > 0:
                reply = self._error_reply(
                    429,
                    f"Rate limit exceeded ({self._bucket.capacity} requests, refilled at "
                    f"{self._bucket.rate_per_second:g} per second); retry after the time in "
                    "Retry-After.",
                )
                reply.headers["Retry-After"] = retry_after_header(wait)
                return reply
        return self._route(method, target, raw_path, headers, body)

    def _fault_reply(self, fault: _Fault) -> Reply | None:
        if isinstance(fault, _Drop):
            return None
        if isinstance(fault, _Malformed):
            if fault.kind == "html":
                return Reply(200, _HTML_PAGE, "text/html; charset=utf-8")
            if fault.kind == "truncated":
                return Reply(200, _TRUNCATED_JSON, "application/json")
            return Reply(200, _NOT_JSON, "application/json")
        if fault.body is None:
            reply = self._error_reply(fault.status, f"Injected failure ({fault.status}).")
        elif isinstance(fault.body, bytes | str):
            raw = fault.body.encode() if isinstance(fault.body, str) else fault.body
            reply = Reply(fault.status, raw, "application/json")
        else:
            reply = json_reply(fault.status, fault.body)
        if fault.retry_after is not None:
            reply.headers["Retry-After"] = fault.retry_after
        return reply

    def _route(
        self, method: str, target: str, raw_path: str, headers: Mapping[str, str], body: bytes
    ) -> Reply:
        base = self.base_path
        if base and not (raw_path == base or raw_path.startswith(base + "/")):
            return self._error_reply(
                404, f"No operation at {urllib.parse.unquote(raw_path)}; paths start with {base}."
            )
        relative = raw_path[len(base) :] or "/"
        allowed: list[str] = []
        for route in self._routes:
            params = route.match(relative)
            if params is None:
                continue
            if route.method != method:
                allowed.append(route.method)
                continue
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(target).query)
            request = Request(method, relative, params, query, headers, body)
            with self._lock:
                if not route.public and not self._is_authorized(request):
                    return self._error_reply(401, "The token is missing, not valid or has expired.")
                try:
                    return route.handler(request)
                except Exception:  # a bug in the fake: say so, loudly, in the API's shape
                    traceback.print_exc(file=sys.stderr)
                    return self._error_reply(
                        500, f"The fake {self.api_name} server failed: {sys.exc_info()[1]!r}"
                    )
        if allowed:
            reply = self._error_reply(
                405, f"{method} is not allowed here; use {', '.join(sorted(set(allowed)))}."
            )
            reply.headers["Allow"] = ", ".join(sorted(set(allowed)))
            return reply
        return self._error_reply(404, f"No operation at {urllib.parse.unquote(raw_path)}.")


def _count(n: int) -> int:
    if n < 0:
        raise ValueError(f"n is {n}; give the number of requests (0 or more).")
    return n


def _retry_after_value(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
