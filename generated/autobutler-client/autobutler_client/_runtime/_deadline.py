# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""One deadline per attempt, so that an answer that drips never outlives the timeout.

httpx's timeouts bound each phase: connecting, one write, one read. A server or proxy that sends
one byte every half second never trips a read timeout of 1 s, and the call would last as long as
the server likes. Each attempt therefore also has an overall deadline, the longest of its
timeout's phases (``timeout=1`` means no attempt lasts much more than 1 s; the default
``Timeout(60, connect=5)`` means 60 s).

Every attempt, an API call's or a token request's, goes through ``send_within_deadline`` (sync)
or ``asend_within_deadline`` (async):

- The async one bounds the whole attempt with ``asyncio.timeout``.
- The sync one cannot interrupt a thread blocked in ``recv``, so it shortens every socket operation
  instead: its pool (``deadline_pool``) is httpx's own, every transport of it (direct, and one per
  proxy from the environment) on deadline sockets (``_deadline_sockets``) that give each connect,
  read and write at most the time left until the attempt's deadline (held in a context variable set
  around the attempt). A status line and headers dripped a byte at a time end at the deadline like
  a dripping body.
- A sync client given an ``http_client`` of your own keeps the bound when that client's transport
  is a ``DeadlineTransport``; with any other transport the deadline is checked between the body's
  reads only (``DeadlineStream``), so dripping headers are bounded per read.

Tests: tests/runtime/test_timeouts.py.
"""

from __future__ import annotations

import time
import typing
from collections.abc import Iterator
from contextvars import ContextVar

import httpx


class AttemptDeadline:
    """When the current attempt must end, and what its sockets met on the way."""

    __slots__ = ("at", "passed", "received")

    def __init__(self, at: float) -> None:
        self.at = at  # time.monotonic() seconds
        self.passed = False  # a socket operation was cut short by the deadline
        # Some of the answer came through deadline sockets: it drips rather than stalls, and
        # the body's reads are bounded there too.
        self.received = False


# The deadline of the attempt this thread is sending, or None outside an attempt (a pool used
# directly keeps httpx's own timeouts). Set by send_within_deadline.
ATTEMPT_DEADLINE: ContextVar[AttemptDeadline | None] = ContextVar("attempt_deadline", default=None)


class AttemptDeadlineExceeded(httpx.ReadTimeout):
    """The attempt's deadline passed before the answer was complete (retried like a read)."""

    def __init__(self, seconds: float, request: httpx.Request) -> None:
        self.seconds = seconds
        self.what = f"the attempt's deadline of {seconds} s passed before the answer was complete"
        super().__init__(self.what, request=request)


class SendingDeadlineExceeded(httpx.WriteTimeout):
    """The attempt's deadline passed while the request was still being sent (a slow reader)."""

    def __init__(self, seconds: float, request: httpx.Request) -> None:
        self.seconds = seconds
        self.what = (
            f"the attempt's deadline of {seconds} s passed while the request was still being sent"
        )
        super().__init__(self.what, request=request)


# What the client reports as the attempt's deadline rather than as one phase's timeout.
DEADLINE_ERRORS: typing.Final = (AttemptDeadlineExceeded, SendingDeadlineExceeded)


def attempt_seconds(timeout: httpx.Timeout) -> float:
    """The overall deadline of one attempt: the longest of the timeout's phases."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return max(phase for phase in phases if phase is not None)


def exceeded(request: httpx.Request, seconds: float) -> AttemptDeadlineExceeded:
    return AttemptDeadlineExceeded(seconds, request)


class DeadlineTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` (same arguments) whose sockets end each attempt at its deadline.

    Pass one as the transport of an ``httpx.Client`` you give a sync client as ``http_client=``,
    so that an answer whose status line and headers drip a byte at a time still ends at the
    attempt's deadline (the clients' own pools have these sockets already: ``deadline_pool``).

    Not with ``http2=True``: one HTTP/2 connection carries the requests of every thread, and a
    read cut short by one thread's deadline would fail them all, so an HTTP/2 transport keeps
    httpx's sockets and the deadline is checked between the body's reads (``DeadlineStream``).
    """

    def __init__(self, *args: typing.Any, **kwargs: typing.Any) -> None:
        super().__init__(*args, **kwargs)  # imports httpcore, as httpx's transport always does
        from ._deadline_sockets import install_deadline_backend  # noqa: PLC0415 - see its module

        if not kwargs.get("http2"):
            install_deadline_backend(getattr(self, "_pool", None))


def deadline_pool(**client_options: typing.Any) -> httpx.Client:
    """An ``httpx.Client`` built as httpx builds it, every transport on deadline sockets.

    Passing ``transport=DeadlineTransport()`` would make httpx ignore ``HTTP_PROXY``,
    ``HTTPS_PROXY`` and ``NO_PROXY`` (it reads the environment only for a pool built without a
    transport), so the client is built plainly and the transports httpx made for it, direct and
    one per proxy, get the deadline's network backend afterwards (``_deadline_sockets``, which
    says why it reaches into httpx's pools). Tests: tests/runtime/test_timeouts.py.
    """
    client = httpx.Client(**client_options)
    from ._deadline_sockets import install_deadline_backend  # noqa: PLC0415 - see its module

    mounts: dict[typing.Any, typing.Any] = getattr(client, "_mounts", {})
    for transport in (getattr(client, "_transport", None), *mounts.values()):
        if isinstance(transport, httpx.HTTPTransport):
            install_deadline_backend(getattr(transport, "_pool", None))
    return client


def send_within_deadline(
    http: httpx.Client, request: httpx.Request, seconds: float
) -> httpx.Response:
    """Send ``request`` and read its whole answer, one attempt that ends within ``seconds``.

    On deadline sockets (``deadline_pool``, ``DeadlineTransport``) every socket operation gets at
    most the time left; on any other transport the deadline is checked between the body's reads
    (``DeadlineStream``).
    """
    start = time.monotonic()
    deadline = AttemptDeadline(start + seconds)
    token = ATTEMPT_DEADLINE.set(deadline)
    try:
        response = http.send(request, stream=True)
        try:
            if not deadline.received:
                # Not on deadline sockets (which would have said so while reading the
                # headers): check the deadline between the body's reads instead.
                stream = typing.cast(httpx.SyncByteStream, response.stream)
                response.stream = DeadlineStream(stream, request, seconds, start)
            response.read()
        except BaseException:
            response.close()
            raise
    except (httpx.ReadTimeout, httpx.WriteTimeout) as exc:
        # Cut short by the attempt's deadline, not by the phase's own timeout: say so.
        if not deadline.passed or isinstance(exc, DEADLINE_ERRORS):
            raise
        if isinstance(exc, httpx.WriteTimeout):
            raise SendingDeadlineExceeded(seconds, request) from exc
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

    What bounds a dripping body when the sync client's transport has no deadline sockets.
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
