# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""Deadline sockets: each socket operation of a sync pool gets at most the attempt's time left.

httpcore's network backend opens the connections of a pool and does every read, write and TLS
handshake on them with the timeout of its phase. ``DeadlineBackend`` wraps the backend httpx
built and its streams, and shortens each of those timeouts to what is left until the deadline
of the attempt being sent (``ATTEMPT_DEADLINE``, ``_deadline``); outside an attempt they keep
their own. Imported when a pool gets them (``deadline_pool``, ``DeadlineTransport``), not with
the package: httpx itself
imports httpcore only then, and it costs import time (a ``make bench`` figure).

Tests: tests/runtime/test_timeouts.py.
"""

from __future__ import annotations

import functools
import time
import typing

import httpcore

from ._deadline import ATTEMPT_DEADLINE, AttemptDeadline

# Writes go out in pieces this size, so that a server that reads slowly cannot stretch one write
# of a large body far past the deadline (each piece gets the time left).
_WRITE_PIECE = 16 * 1024

# A deadline less than this (seconds) before the phase's own timeout would expire leaves the
# phase's error: a server that stalls gets "the read timeout of 60 s expired", not the deadline.
_CUT_MARGIN = 0.05

_T = typing.TypeVar("_T")


def _time_for(
    attempt: AttemptDeadline, timeout: float | None, expired: type[httpcore.TimeoutException]
) -> float:
    """The timeout for one socket operation: its phase's, or the attempt's time left if less."""
    left = attempt.at - time.monotonic()
    if left <= 0:
        attempt.passed = True
        raise expired("the attempt's deadline passed")
    return timeout if timeout is not None and timeout <= left else left


def _bounded(
    operation: typing.Callable[[float | None], _T],
    timeout: float | None,
    expired: type[httpcore.TimeoutException],
) -> _T:
    """``operation(timeout)``, the timeout shortened to the current attempt's time left."""
    attempt = ATTEMPT_DEADLINE.get()
    if attempt is None:
        return operation(timeout)
    seconds = _time_for(attempt, timeout, expired)
    try:
        return operation(seconds)
    except httpcore.TimeoutException:
        if timeout is None or seconds < timeout - _CUT_MARGIN:
            attempt.passed = True  # cut short by the deadline, not by the phase's own timeout
        raise


class _DeadlineNetworkStream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the attempt's deadline."""

    __slots__ = ("_stream",)

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        # Every answer's bytes pass here: the common case is spelled out, without a partial.
        attempt = ATTEMPT_DEADLINE.get()
        if attempt is None:
            return self._stream.read(max_bytes, timeout)
        seconds = _time_for(attempt, timeout, httpcore.ReadTimeout)
        try:
            data = self._stream.read(max_bytes, seconds)
        except httpcore.TimeoutException:
            if timeout is None or seconds < timeout - _CUT_MARGIN:
                attempt.passed = True
            raise
        if data:
            attempt.received = True  # the answer drips rather than stalls
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


class DeadlineBackend(httpcore.NetworkBackend):
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


def install_deadline_backend(pool: object) -> None:
    """Put a ``DeadlineBackend`` around the network backend of httpx's httpcore ``pool``.

    httpx builds its pool (direct, HTTP or SOCKS proxy) without a way to pass a network backend,
    and every httpcore 1.x pool keeps it as ``_network_backend``. Should a later httpx differ,
    the transport stays httpx's own and the deadline is still checked between the body's reads
    (``DeadlineStream``); tests/runtime/test_timeouts.py fails then.
    """
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
        setattr(pool, "_network_backend", DeadlineBackend(backend))  # noqa: B010 - private name
