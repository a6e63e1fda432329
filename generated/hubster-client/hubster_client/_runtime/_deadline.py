# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""One deadline per attempt, so that an answer that drips never outlives the timeout.

httpx's timeouts bound each phase: connecting, one write, one read. A server or proxy that sends
one byte every half second never trips a read timeout of 1 s, and the call would last as long as
the server likes. Each attempt therefore also has an overall deadline, the longest of its
timeout's phases (``timeout=1`` means no attempt lasts much more than 1 s; the default
``Timeout(60, connect=5)`` means 60 s). The async client bounds the whole attempt with it; the
sync client checks it between the body's reads, so a sync attempt ends at the latest one read
timeout after its deadline (a thread blocked in ``recv`` cannot be interrupted without a second
thread per request). Tests: tests/runtime/test_timeouts.py.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx


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


class DeadlineStream(httpx.SyncByteStream):
    """A response stream that raises ``AttemptDeadlineExceeded`` once the deadline has passed."""

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
