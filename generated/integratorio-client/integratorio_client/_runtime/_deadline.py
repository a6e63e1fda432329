# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""One deadline per attempt, so that an answer that drips never outlives the timeout.

httpx's timeouts bound each phase: connecting, one write, one read. A server or proxy that sends
one byte every half second never trips a read timeout of 1 s, and the call would last as long as
the server likes. Each attempt therefore also has an overall deadline, the longest of its
timeout's phases (``timeout=1`` means no attempt lasts much more than 1 s; the default
``Timeout(60, connect=5)`` means 60 s).

Every attempt, an API call's or a token request's, goes through ``send_within_deadline`` (sync)
or ``asend_within_deadline`` (async):

- The async one bounds the whole attempt with ``asyncio.timeout``.
- The sync one cannot interrupt a thread blocked in ``recv``, so it shortens every socket
  operation instead: the pool is a ``DeadlineTransport``, whose network streams give each connect,
  read and write at most the time left until the attempt's deadline (held in a context variable
  set around the attempt). A status line and headers dripped a byte at a time end at the
  deadline like a dripping body.
- A sync client given an ``http_client`` of your own keeps the bound when that client's transport
  is a ``DeadlineTransport``; with any other transport the deadline is checked between the body's
  reads only (``DeadlineStream``), so dripping headers are bounded per read.

Tests: tests/runtime/test_timeouts.py.
"""

from __future__ import annotations

import functools
import time
import typing
from collections.abc import Iterator
from contextvars import ContextVar

import httpcore
import httpx

# Writes go out in pieces this size, so that a server that reads slowly cannot stretch one write
# of a large body far past the deadline (each piece gets the time left).
_WRITE_PIECE = 16 * 1024

_T = typing.TypeVar("_T")


class AttemptDeadline:
    """When the current attempt must end, and what its sockets met on the way."""

    __slots__ = ("at", "passed", "received")

    def __init__(self, at: float) -> None:
        self.at = at  # time.monotonic() seconds
        self.passed = False  # a socket operation was cut short by the deadline
        self.received = False  # some of the answer arrived: it drips rather than stalls

    def bound(
        self,
        operation: typing.Callable[[float | None], _T],
        timeout: float | None,
        expired: type[httpcore.TimeoutException],
    ) -> _T:
        """Run ``operation(timeout)`` with the timeout shortened to the time left."""
        left = self.at - time.monotonic()
        if left <= 0:
            self.passed = True
            raise expired("the attempt's deadline passed")
        if timeout is not None and timeout <= left:
            return operation(timeout)  # the phase's own timeout ends first: httpx's error
        try:
            return operation(left)
        except httpcore.TimeoutException:
            self.passed = True
            raise


# The deadline of the attempt this thread is sending, or None outside an attempt (a pool used
# directly keeps httpx's own timeouts). Set by send_within_deadline.
ATTEMPT_DEADLINE: ContextVar[AttemptDeadline | None] = ContextVar("attempt_deadline", default=None)


def _bounded(
    operation: typing.Callable[[float | None], _T],
    timeout: float | None,
    expired: type[httpcore.TimeoutException],
) -> _T:
    attempt = ATTEMPT_DEADLINE.get()
    if attempt is None:
        return operation(timeout)
    return attempt.bound(operation, timeout, expired)


class AttemptDeadlineExceeded(httpx.ReadTimeout):
    """The answer was still arriving when the attempt's deadline passed."""

    def __init__(self, seconds: float, request: httpx.Request) -> None:
        super().__init__(
            f"the answer did not complete within the attempt's deadline of {seconds} s",
            request=request,
        )
        self.seconds = seconds


def attempt_seconds(timeout: httpx.Timeout) -> float:
    """The overall deadline of one attempt: the longest of the timeout's phases."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return max(phase for phase in phases if phase is not None)


def exceeded(request: httpx.Request, seconds: float) -> AttemptDeadlineExceeded:
    return AttemptDeadlineExceeded(seconds, request)


class _DeadlineNetworkStream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the attempt's deadline."""

    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        attempt = ATTEMPT_DEADLINE.get()
        if attempt is None:
            return self._stream.read(max_bytes, timeout)
        read = functools.partial(self._stream.read, max_bytes)
        data = attempt.bound(read, timeout, httpcore.ReadTimeout)
        attempt.received = attempt.received or bool(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        stream = self._stream
        for start in range(0, max(len(buffer), 1), _WRITE_PIECE):
            piece = buffer[start : start + _WRITE_PIECE]
            _bounded(functools.partial(stream.write, piece), timeout, httpcore.WriteTimeout)

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._stream
        tls = _bounded(
            functools.partial(stream.start_tls, ssl_context, server_hostname),
            timeout,
            httpcore.ConnectTimeout,
        )
        return _DeadlineNetworkStream(tls)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, its streams wrapped in ``_DeadlineNetworkStream``."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        backend = self._backend
        stream = _bounded(
            functools.partial(
                backend.connect_tcp,
                host,
                port,
                local_address=local_address,
                socket_options=socket_options,
            ),
            timeout,
            httpcore.ConnectTimeout,
        )
        return _DeadlineNetworkStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        backend = self._backend
        stream = _bounded(
            functools.partial(backend.connect_unix_socket, path, socket_options=socket_options),
            timeout,
            httpcore.ConnectTimeout,
        )
        return _DeadlineNetworkStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class DeadlineTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` (same arguments) whose sockets end each attempt at its deadline.

    The sync clients build their own pool on it. Pass one as the transport of an ``httpx.Client``
    you give a sync client as ``http_client=``, so that an answer whose status line and headers
    drip a byte at a time still ends at the attempt's deadline.
    """

    def __init__(self, *args: typing.Any, **kwargs: typing.Any) -> None:
        super().__init__(*args, **kwargs)
        # httpx builds its httpcore pool (direct, HTTP or SOCKS proxy) without a way to pass a
        # network backend, and every httpcore 1.x pool keeps it as `_network_backend`. Should a
        # later httpx differ, the transport stays httpx's own and the deadline is still checked
        # between the body's reads (DeadlineStream); tests/runtime/test_timeouts.py fails then.
        pool: typing.Any = getattr(self, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _DeadlineBackend(backend)


def send_within_deadline(
    http: httpx.Client, request: httpx.Request, seconds: float
) -> httpx.Response:
    """Send ``request`` and read its whole answer, one attempt that ends within ``seconds``.

    On a ``DeadlineTransport`` every socket operation gets at most the time left; on any other
    transport the deadline is checked between the body's reads (``DeadlineStream``).
    """
    start = time.monotonic()
    deadline = AttemptDeadline(start + seconds)
    token = ATTEMPT_DEADLINE.set(deadline)
    try:
        response = http.send(request, stream=True)
        try:
            stream = typing.cast(httpx.SyncByteStream, response.stream)
            response.stream = DeadlineStream(stream, request, seconds, start)
            response.read()
        except BaseException:
            response.close()
            raise
    except (httpx.ReadTimeout, httpx.WriteTimeout) as exc:
        # An answer that was arriving when the deadline cut it short, not a stalled server
        # (whose phase timeout says more): say so.
        if not (deadline.passed and deadline.received) or isinstance(exc, AttemptDeadlineExceeded):
            raise
        raise exceeded(request, seconds) from exc
    finally:
        ATTEMPT_DEADLINE.reset(token)
    return response


async def asend_within_deadline(
    http: httpx.AsyncClient, request: httpx.Request, seconds: float
) -> httpx.Response:
    """Send ``request`` and read its whole answer, all within ``asyncio.timeout(seconds)``."""
    import asyncio  # noqa: PLC0415 - here, not at module level: sync users never pay for it

    deadline = asyncio.timeout(seconds)
    try:
        async with deadline:
            response = await http.send(request, stream=True)
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


class DeadlineStream(httpx.SyncByteStream):
    """A response stream that raises ``AttemptDeadlineExceeded`` once the deadline has passed.

    What bounds a dripping body when the sync client's transport is not a ``DeadlineTransport``.
    """

    __slots__ = ("_deadline", "_request", "_seconds", "_stream")

    def __init__(
        self, stream: httpx.SyncByteStream, request: httpx.Request, seconds: float, start: float
    ) -> None:
        self._stream = stream
        self._request = request
        self._seconds = seconds
        self._deadline = start + seconds

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise exceeded(self._request, self._seconds)
            yield chunk

    def close(self) -> None:
        self._stream.close()
