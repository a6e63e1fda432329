# Generated from specs/autobutler.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/autobutler/ or generator/ and run `make generate`.
"""Client-side rate limiting with a leaky bucket that counts the requests still in flight.

The model: a bucket holds at most ``capacity`` requests and leaks (drains) at
``rate_per_second``. Each request adds one unit. While the bucket has room a request passes at
once, so a burst of up to ``capacity`` requests goes out immediately; after that each request
waits until the bucket has drained enough to hold it, so the sustained rate converges to
``rate_per_second``. Over any interval of length ``t`` at most ``capacity + rate_per_second * t``
requests pass.

The API's bucket counts a request when it *arrives*, which may be well after it left: the
first requests of a burst open connections, and threads and tasks take turns. A client bucket
that drains from the moment a request leaves lets the next ones out while the late ones are
still on their way, and the API's bucket then holds more than it allows (429). So a unit drains
only once its request has been answered (or has failed): by then the API has certainly counted
it. ``acquire()`` returns the function that says so; the client calls it when the attempt ends.
While every unit in the bucket is still in flight, nothing drains and a waiter re-checks after
the time one unit would take (tests/runtime/test_rate_limit_fake.py proves the whole over real
sockets against FakeIntegrator, whose first requests arrive late).

Waiters are served in arrival order: each holds a ticket (its position among every request the
bucket has let through or promised to) and goes once all but ``capacity`` of the requests before
it have drained. The lock guards only that bookkeeping, never a sleep, so one bucket can be
shared by threads, by asyncio tasks and by both at once.

The same bucket can live in Redis and be shared by every process that uses one account
(``RateLimit(redis_url=...)`` or ``<PREFIX>_RATE_LIMIT_REDIS_URL``; see ``_shared_bucket``).
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from ._constants import (
    RATE_LIMIT_HEADROOM,
    RATE_LIMIT_HEADROOM_SECONDS,
    RATE_LIMIT_REDIS_URL_ENV_SUFFIX,
)

if TYPE_CHECKING:
    import httpx

    from ._auth import TokenAuth, TokenProvider
    from ._config import ClientConfig

# What acquire() returns: call it once the request has been answered or has failed.
Release = Callable[[], None]

# Float slack when comparing units: a waiter that slept exactly its wait may find a few
# billionths of a unit still to drain, which is no reason to sleep again.
_EPSILON: Final = 1e-6


@dataclass(frozen=True)
class RateLimit:
    """Rate-limit settings: bursts of up to ``capacity``, ``rate_per_second`` sustained.

    ``redis_url`` (``redis://[:password@]host:port/db``) or ``redis`` (a ``redis.Redis``, or a
    ``redis.asyncio.Redis`` for the async client) keeps the bucket in Redis, shared by every
    client of every process that uses the same API and account. ``account`` names the account
    in that bucket's key; the default is a hash of the client's token.
    """

    capacity: int
    rate_per_second: float
    redis_url: str | None = field(default=None, repr=False)
    redis: Any = field(default=None, repr=False, compare=False)
    account: str | None = field(default=None, repr=False)

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
        if self.redis_url is not None and self.redis is not None:
            raise ValueError(
                "RateLimit got both redis_url and redis; they say the same thing. Pass only one."
            )

    def __repr__(self) -> str:
        shared = ""
        if self.redis_url is not None:
            from ._redaction import redact_url

            shared = f", redis_url={redact_url(self.redis_url)!r}"
        elif self.redis is not None:
            shared = f", redis={type(self.redis).__name__}"
        return (
            f"RateLimit(capacity={self.capacity}, rate_per_second={self.rate_per_second}{shared})"
        )


# Pass as `rate_limit=RATE_LIMIT_OFF` to send requests as fast as the caller makes them.
RATE_LIMIT_OFF: Final = None


def client_capacity(limit: RateLimit) -> int:
    """The client-side twin of the API's bucket, slightly smaller (``RATE_LIMIT_HEADROOM*``)."""
    margin = max(
        RATE_LIMIT_HEADROOM, math.ceil(limit.rate_per_second * RATE_LIMIT_HEADROOM_SECONDS)
    )
    return limit.capacity - min(margin, limit.capacity // 10)


class RateLimiter:
    """What a client needs of a limiter; ``LeakyBucket`` here, ``SharedBucket`` in Redis.

    ``acquire()`` (or ``await acquire_async()``) waits for room and returns the function to
    call once the request has been answered or has failed. ``try_acquire()`` takes room only if
    there is some now; ``release()`` then ends that request.
    """

    capacity: int
    rate_per_second: float

    def acquire(self) -> Release:
        raise NotImplementedError

    async def acquire_async(self) -> Release:
        raise NotImplementedError

    def try_acquire(self) -> bool:
        raise NotImplementedError

    def release(self) -> None:
        raise NotImplementedError


class LeakyBucket(RateLimiter):
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
        # Running counts since the bucket was made: requests let through or promised a place
        # (tickets), those of them answered or given up (only these drain), and the units
        # drained, as of `_updated`. In the bucket: issued - drained; in flight or waiting:
        # issued - answered.
        self._issued = 0
        self._answered = 0
        self._drained = 0.0
        self._updated = clock()

    @classmethod
    def for_client(cls, limit: RateLimit) -> LeakyBucket:
        """The client-side twin of the API's bucket, slightly smaller (``RATE_LIMIT_HEADROOM*``).

        Counting requests in flight covers requests that arrive late; the margin covers what
        it cannot see, such as the API's bucket draining in steps rather than smoothly.
        """
        return cls(client_capacity(limit), limit.rate_per_second)

    def __repr__(self) -> str:
        return f"LeakyBucket(capacity={self.capacity}, rate_per_second={self.rate_per_second})"

    @property
    def level(self) -> float:
        """Units in the bucket now: requests waiting, in flight, or answered and not drained."""
        with self._lock:
            self._drain()
            return self._issued - self._drained

    def _drain(self) -> None:
        # Caller holds the lock. Only answered requests drain: the rest may not have arrived.
        now = self._clock()
        elapsed = max(0.0, now - self._updated)
        self._drained = min(float(self._answered), self._drained + elapsed * self.rate_per_second)
        self._updated = now

    def _wait(self, ticket: int) -> float:
        # Caller holds the lock. Ticket n goes once all but `capacity` units before it drained.
        excess = ticket - self.capacity - self._drained
        return excess / self.rate_per_second if excess > _EPSILON else 0.0

    def _reserve(self) -> tuple[int, float]:
        """Take the next ticket; return it and how long its request must wait at least."""
        with self._lock:
            self._drain()
            self._issued += 1
            return self._issued, self._wait(self._issued)

    def _recheck(self, ticket: int) -> float:
        # After a sleep: zero, unless in-flight requests kept the bucket from draining.
        with self._lock:
            self._drain()
            return self._wait(ticket)

    def _give_back(self, ticket: int) -> None:
        # A waiter that gave up (cancelled, interrupted) never sent its request. The last
        # ticket is simply taken back; an earlier one leaves a gap, which drains like an
        # answered request so that the tickets after it are not held up for ever.
        with self._lock:
            self._drain()
            if ticket == self._issued:
                self._issued -= 1
            else:
                self._answered += 1

    def fill(self, answered: float, in_flight: int = 0) -> None:
        """Count requests sent elsewhere: ``answered`` ones, as if just answered (more than
        ``capacity`` holds up the next requests until the excess drained), and ``in_flight``
        ones, each to be ``release()``d here when its answer comes."""
        with self._lock:
            self._drain()
            whole = math.ceil(answered)
            self._issued += whole + in_flight
            self._answered += whole

    def release(self) -> None:
        """The request of an acquired slot was answered or failed: its unit starts to drain."""
        with self._lock:
            self._drain()
            self._answered += 1

    def try_acquire(self) -> bool:
        """Take a slot if one is free right now; never waits. ``release()`` it when done."""
        with self._lock:
            self._drain()
            if self._wait(self._issued + 1) > 0:
                return False
            self._issued += 1
            return True

    def acquire(self) -> Release:
        """Take a slot, sleeping (this thread only) until one is free; returns ``release``."""
        ticket, wait = self._reserve()
        try:
            while wait > 0:
                self._sleep(wait)
                wait = self._recheck(ticket)
        except BaseException:
            self._give_back(ticket)
            raise
        return self.release

    async def acquire_async(self) -> Release:
        """Take a slot, sleeping (this task only) until one is free; returns ``release``."""
        ticket, wait = self._reserve()
        try:
            while wait > 0:
                if self._async_sleep is None:
                    # Imported here: asyncio costs ~14 ms to import and sync users never need it.
                    import asyncio

                    self._async_sleep = asyncio.sleep
                await self._async_sleep(wait)
                wait = self._recheck(ticket)
        except BaseException:
            self._give_back(ticket)
            raise
        return self.release


def client_limiter(
    config: ClientConfig,
    limit: RateLimit | None,
    *,
    auth: TokenAuth | TokenProvider | None,
    base_url: httpx.URL,
    asynchronous: bool,
) -> RateLimiter | None:
    """The limiter of a new client: none, its own bucket, or the account's bucket in Redis.

    Redis is used when ``limit`` names it or ``<PREFIX>_RATE_LIMIT_REDIS_URL`` is set, so that
    replicas opt in without a code change; ``rate_limit=None`` turns limiting off either way.
    """
    if limit is None:
        return None
    variable = config.env_prefix + RATE_LIMIT_REDIS_URL_ENV_SUFFIX
    url, source = limit.redis_url, "RateLimit(redis_url=...)"
    if url is None and limit.redis is None:
        url, source = os.environ.get(variable) or None, f"the {variable} environment variable"
        if url is None:
            return LeakyBucket.for_client(limit)
    # Imported here: only clients that share a bucket need it (and the redis package).
    from ._shared_bucket import SharedBucket

    return SharedBucket.for_client(
        config,
        limit,
        url=url,
        source=source,
        auth=auth,
        base_url=base_url,
        asynchronous=asynchronous,
    )
