# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""The server side of a leaky bucket: admit a request now or say how long until one fits.

The model is the client runtime's (``_runtime._rate_limit.LeakyBucket``): a bucket holds at most
``capacity`` requests and drains at ``rate_per_second``; each request adds one unit. A server
never waits, though: a request that does not fit is refused, and the caller answers 429 with a
``Retry-After`` of the time until it would fit. Kept separate from the client's bucket so that
the fake does not test the client with the client's own code.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Protocol


class RateLimitSettings(Protocol):
    """Anything with ``capacity`` and ``rate_per_second``, such as the client's ``RateLimit``."""

    @property
    def capacity(self) -> int: ...

    @property
    def rate_per_second(self) -> float: ...


class ServerBucket:
    """A thread-safe leaky bucket that admits a request or says how long until one fits.

    Unlike the client's ``LeakyBucket`` (which waits, or answers whether a request fits), it
    never sleeps and answers the wait in seconds, which becomes ``Retry-After``.
    """

    def __init__(
        self, capacity: int, rate_per_second: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if capacity < 1:
            raise ValueError(
                f"capacity is {capacity}, but at least one request must fit in the bucket. "
                "Use 1 or more, or pass rate_limit=None to turn the fake's rate limit off."
            )
        if not rate_per_second > 0:
            raise ValueError(
                f"rate_per_second is {rate_per_second}, but it must be positive. Pass "
                "rate_limit=None to turn the fake's rate limit off."
            )
        self.capacity = capacity
        self.rate_per_second = rate_per_second
        self._clock = clock
        self._lock = threading.Lock()
        self._level = 0.0
        self._updated = clock()

    @classmethod
    def from_settings(cls, settings: RateLimitSettings) -> ServerBucket:
        return cls(settings.capacity, settings.rate_per_second)

    def __repr__(self) -> str:
        return f"ServerBucket(capacity={self.capacity}, rate_per_second={self.rate_per_second})"

    def _drain(self) -> None:
        # Caller holds the lock.
        now = self._clock()
        self._level = max(0.0, self._level - (now - self._updated) * self.rate_per_second)
        self._updated = now

    def admit_or_wait(self) -> float:
        """Admit one request and return 0.0, or refuse it and return the seconds until one fits.

        A refused request adds nothing to the bucket, as a server that answered 429 did no work.
        """
        with self._lock:
            self._drain()
            if self._level + 1 <= self.capacity:
                self._level += 1
                return 0.0
            return (self._level + 1 - self.capacity) / self.rate_per_second

    def reset(self) -> None:
        """Empty the bucket (a full burst is available again)."""
        with self._lock:
            self._level = 0.0
            self._updated = self._clock()


def retry_after_header(seconds: float) -> str:
    """``Retry-After`` in whole seconds (the header has no fractions), at least 1."""
    return str(max(1, math.ceil(seconds)))
