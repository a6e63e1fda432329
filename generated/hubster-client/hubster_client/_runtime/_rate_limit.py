# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""Client-side rate limiting with a leaky bucket.

The model: a bucket holds at most ``capacity`` requests and leaks (drains) at
``rate_per_second``. Each request adds one unit. While the bucket has room a request passes at
once, so a burst of up to ``capacity`` requests goes out immediately; after that each request
waits until the bucket has drained enough to hold it, so the sustained rate converges to
``rate_per_second``. Over any interval of length ``t`` at most ``capacity + rate_per_second * t``
requests pass.

A waiting request *reserves* its unit before it sleeps, and the lock guards only that
bookkeeping, never a sleep. So one bucket can be shared by threads, by asyncio tasks and by both
at once, and waiters are served in arrival order.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Final

from ._constants import RATE_LIMIT_HEADROOM, RATE_LIMIT_HEADROOM_SECONDS


@dataclass(frozen=True)
class RateLimit:
    """Rate-limit settings: bursts of up to ``capacity``, ``rate_per_second`` sustained."""

    capacity: int
    rate_per_second: float

    def __post_init__(self) -> None:
        if self.capacity < 1:
            raise ValueError(
                f"RateLimit.capacity is {self.capacity}, but at least one request must fit in "
                "the bucket. Use a capacity of 1 or more, or pass rate_limit=None to turn "
                "rate limiting off."
            )
        if not self.rate_per_second > 0:
            raise ValueError(
                f"RateLimit.rate_per_second is {self.rate_per_second}, but it must be positive. "
                "Pass rate_limit=None to turn rate limiting off."
            )


# Pass as `rate_limit=RATE_LIMIT_OFF` to send requests as fast as the caller makes them.
RATE_LIMIT_OFF: Final = None


class LeakyBucket:
    """A thread-safe and asyncio-safe leaky bucket; see the module docstring for the model."""

    def __init__(
        self,
        capacity: int,
        rate_per_second: float,
        clock: Callable[[], float] = time.monotonic,
        *,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        limit = RateLimit(capacity, rate_per_second)  # validates
        self.capacity = limit.capacity
        self.rate_per_second = limit.rate_per_second
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        # Units in the bucket, counting reserved-but-waiting requests, as of `_updated`.
        self._level = 0.0
        self._updated = clock()

    @classmethod
    def for_client(cls, limit: RateLimit) -> LeakyBucket:
        """The client-side twin of the API's bucket, slightly smaller (``RATE_LIMIT_HEADROOM*``).

        Our bucket starts draining when a request leaves; the API's when it arrives, and the
        first requests of a burst arrive late (they open connections). The margin keeps the
        API's fuller bucket from answering 429 right after a burst.
        """
        margin = max(
            RATE_LIMIT_HEADROOM, math.ceil(limit.rate_per_second * RATE_LIMIT_HEADROOM_SECONDS)
        )
        capacity = limit.capacity - min(margin, limit.capacity // 10)
        return cls(capacity, limit.rate_per_second)

    def __repr__(self) -> str:
        return f"LeakyBucket(capacity={self.capacity}, rate_per_second={self.rate_per_second})"

    def _drain(self) -> None:
        # Caller holds the lock.
        now = self._clock()
        self._level = max(0.0, self._level - (now - self._updated) * self.rate_per_second)
        self._updated = now

    def _reserve(self) -> float:
        """Add one unit and return how long its request must wait before going out."""
        with self._lock:
            self._drain()
            self._level += 1
            excess = self._level - self.capacity
        return excess / self.rate_per_second if excess > 0 else 0.0

    def _refund(self) -> None:
        # A waiter that gave up (cancelled, interrupted) frees its unit for the others.
        with self._lock:
            self._drain()
            self._level = max(0.0, self._level - 1)

    def try_acquire(self) -> bool:
        """Take a slot if one is free right now; never waits."""
        with self._lock:
            self._drain()
            if self._level + 1 > self.capacity:
                return False
            self._level += 1
            return True

    def acquire(self) -> None:
        """Take a slot, sleeping (this thread only) until one is free."""
        wait = self._reserve()
        if wait > 0:
            try:
                self._sleep(wait)
            except BaseException:
                self._refund()
                raise

    async def acquire_async(self) -> None:
        """Take a slot, sleeping (this task only) until one is free."""
        wait = self._reserve()
        if wait > 0:
            try:
                if self._async_sleep is None:
                    # Imported here: asyncio costs ~14 ms to import and sync users never need it.
                    import asyncio

                    self._async_sleep = asyncio.sleep
                await self._async_sleep(wait)
            except BaseException:
                self._refund()
                raise
