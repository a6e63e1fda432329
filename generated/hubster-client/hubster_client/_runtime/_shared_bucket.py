# Generated from specs/hubster.yaml + overrides/hubster/overlay.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/hubster/ or generator/ and run `make generate`.
"""The account's leaky bucket in Redis, shared by every process that uses the account.

An API's documented bucket is per account: every process of every service using the account
draws from it, so a bucket inside one process lets replicas together exceed it (or, split by
hand, waste what idle replicas leave). ``SharedBucket`` keeps the bucket of ``_rate_limit`` (the
same counts, the same rule, requests in flight not draining) in Redis (``_redis_store``): at
most one round trip per acquisition, atomic, on Redis's clock.

Why a script of our own (evaluated against the maintained Redis limiters): ``limits`` offers
fixed and sliding windows only, and no waiting: ``hit()`` says yes or no. ``pyrate-limiter``
keeps a sliding-window log (one sorted-set entry per request) on the caller's clock, and its
blocking mode sleeps and tries again. ``throttled-py`` has GCRA and a leaky bucket on Redis,
sync and async, but its wait-and-retry mode also sleeps the suggested time and then competes
again, so waiters lose their order and pay more round trips under load. None counts requests
in flight until they are answered, which integrator.io's bucket needs (requests arrive late);
ours does, waits exactly until the caller's turn, and is tested against the in-process
``LeakyBucket`` as its reference (tests/runtime/test_shared_rate_limit.py).

Callers of one process that want a slot at the same moment share a round trip: while one call
to Redis is out, the others queue, and the next call takes tickets for all of them. So 64
asyncio tasks do not open 64 connections at once, and a Redis that hangs holds up one call, not
one per task.

When Redis does not answer within ``RATE_LIMIT_REDIS_TIMEOUT``, calls go on at once under an
in-process bucket holding this process's share of the budget (the shared bucket's size divided
by the clients that used it lately, as full as that share of it was), with one warning; Redis is
asked again every ``RATE_LIMIT_REDIS_RETRY_INTERVAL`` seconds and shared again once it answers.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from ._constants import RATE_LIMIT_REDIS_RETRY_INTERVAL
from ._logging import get_logger
from ._rate_limit import _EPSILON, LeakyBucket, RateLimit, RateLimiter, Release, client_capacity
from ._redaction import redact_url
from ._redis_store import (
    Answer,
    RedisStore,
    RedisUnavailable,
    bucket_key,
    check_kind,
    connect,
    describe,
)

if TYPE_CHECKING:
    import asyncio

    import httpx

    from ._auth import TokenAuth, TokenProvider
    from ._config import ClientConfig


class _Waiter:
    """One acquisition waiting for the round trip that takes its ticket."""

    __slots__ = ("abandoned", "answer", "event", "failure", "future", "ticket")

    def __init__(self, event: threading.Event | None, future: asyncio.Future[None] | None) -> None:
        self.event = event
        self.future = future
        self.ticket = 0
        self.answer: Answer | None = None
        self.failure: RedisUnavailable | None = None
        self.abandoned = False


class SharedBucket(RateLimiter):
    """A leaky bucket in Redis, shared by every client with the same key; module docstring."""

    def __init__(
        self,
        capacity: int,
        rate_per_second: float,
        redis: Any,
        key: str,
        *,
        where: str,
        logger: logging.Logger | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        """``redis``: a ``redis.Redis`` or ``redis.asyncio.Redis``; ``where``: its redacted URL
        for messages; ``clock``: the bucket's time instead of Redis's ``TIME`` (tests)."""
        limit = RateLimit(capacity, rate_per_second)  # validates
        self.capacity = limit.capacity
        self.rate_per_second = limit.rate_per_second
        self.key = key
        self.where = where
        self._store = RedisStore(redis, key, self.capacity, self.rate_per_second)
        self._logger = logger or get_logger(__name__.split(".", 1)[0])
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._id = secrets.token_hex(8)
        self._lock = threading.Lock()
        self._finished = 0  # requests of shared slots answered, failed or given up, ever
        self._out = 0  # shared slots whose requests are in flight
        self._handed = 0  # ... of which the own share counts too (taken before Redis failed)
        # Acquisitions waiting for a round trip, and whether one is out.
        self._queue: list[_Waiter] = []
        self._calling = False
        self._server: asyncio.Task[None] | None = None
        # While Redis does not answer: this process's share, and when to ask Redis again.
        self._local: LeakyBucket | None = None
        self._retry_at = 0.0
        # As of the last answer: units in the bucket and clients sharing it.
        self._level = 0.0
        self._sharers = 1

    @classmethod
    def for_client(
        cls,
        config: ClientConfig,
        limit: RateLimit,
        *,
        url: str | None,
        source: str,
        auth: TokenAuth | TokenProvider | None,
        base_url: httpx.URL,
        asynchronous: bool,
    ) -> SharedBucket:
        """The shared twin of ``LeakyBucket.for_client`` for a client being built."""
        redis = limit.redis
        if redis is None:
            assert url is not None
            redis = connect(config, url, source, asynchronous)
            where = redact_url(url)
        else:
            check_kind(redis, asynchronous)
            where = type(redis).__name__
        key = bucket_key(config, base_url, auth, limit.account)
        return cls(
            client_capacity(limit),
            limit.rate_per_second,
            redis,
            key,
            where=where,
            logger=get_logger(config.package),
        )

    def __repr__(self) -> str:
        return (
            f"SharedBucket(capacity={self.capacity}, rate_per_second={self.rate_per_second}, "
            f"redis={self.where!r})"
        )

    @property
    def shared(self) -> bool:
        """False while Redis does not answer and this process uses its own share."""
        return self._local is None

    # --- one round trip --------------------------------------------------------------------

    def _request(self) -> tuple[int, str, float]:
        with self._lock:
            finished, local, sharers = self._finished, self._local, self._sharers
        seed = 0.0
        if local is not None:
            # Back from our own share: the shared bucket (empty, if Redis restarted) holds at
            # least what the shares hold together, and what the other clients, still on their
            # shares until their next try, may send before then. Test: tests/runtime/
            # test_shared_rate_limit.py, test_coming_back_counts_the_others_still_on_their_share.
            others = (sharers - 1) / sharers * self.rate_per_second
            seed = min(self.capacity, local.level * sharers)
            seed += others * RATE_LIMIT_REDIS_RETRY_INTERVAL
        return finished, "" if self._clock is None else repr(self._clock()), seed

    def _heard(self, answer: Answer) -> Answer:
        with self._lock:
            self._level, self._sharers = answer.level, answer.sharers
            local, self._local, self._handed = self._local, None, 0
        if local is not None:
            self._logger.info(
                "The shared rate limit at %s answers again; this process shares its budget again.",
                self.where,
            )
        return answer

    def _call(self, mode: str, ticket: int = 0, count: int = 1) -> Answer:
        finished, now, seed = self._request()
        answer = self._store.call(
            self._id, finished, mode, ticket=ticket, count=count, now=now, seed=seed
        )
        return self._heard(answer)

    async def _acall(self, mode: str, ticket: int = 0, count: int = 1) -> Answer:
        finished, now, seed = self._request()
        answer = await self._store.acall(
            self._id, finished, mode, ticket=ticket, count=count, now=now, seed=seed
        )
        return self._heard(answer)

    def _wait(self, ticket: int, answer: Answer) -> tuple[float, bool]:
        """How long ``ticket`` waits, and whether that is certain (else: check again after)."""
        excess = ticket - self.capacity - answer.drained
        if ticket == 0 or excess <= _EPSILON:
            return 0.0, True
        return excess / self.rate_per_second, answer.answered - answer.drained >= excess

    def _recheck(self, ticket: int, answer: Answer) -> tuple[float, bool]:
        # Ticket 0: the bucket was reset (its keys expired, Redis restarted) since; go.
        return self._wait(ticket if answer.ticket else 0, answer)

    def _settle(
        self, batch: list[_Waiter], answer: Answer | None, failure: RedisUnavailable | None
    ) -> None:
        # Caller holds the lock. A waiter that gave up meanwhile hands its ticket straight back.
        for index, waiter in enumerate(batch):
            if answer is not None:
                waiter.ticket, waiter.answer = answer.ticket + index, answer
                if waiter.abandoned:
                    self._finished += 1
            else:
                waiter.failure = failure

    def _abandon(self, waiter: _Waiter) -> None:
        with self._lock:
            waiter.abandoned = True
            if waiter.answer is not None:
                self._finished += 1

    # --- fallback ----------------------------------------------------------------------------

    def _ask_redis(self) -> bool:
        # While on our own share, one caller a RATE_LIMIT_REDIS_RETRY_INTERVAL asks Redis.
        if self._local is None:
            return True
        with self._lock:
            now = time.monotonic()
            if now < self._retry_at:
                return False
            self._retry_at = now + RATE_LIMIT_REDIS_RETRY_INTERVAL
            return True

    def _own_share(self, failure: RedisUnavailable | None = None) -> LeakyBucket:
        """This process's share of the budget, in process; made (and warned of) once."""
        with self._lock:
            if failure is not None:
                self._retry_at = time.monotonic() + RATE_LIMIT_REDIS_RETRY_INTERVAL
            local = self._local
            if local is not None:
                return local
            sharers = self._sharers
            local = LeakyBucket(
                max(1, self.capacity // sharers),
                self.rate_per_second / sharers,
                sleep=self._sleep,
                async_sleep=self._async_sleep,
            )
            # As full as our share of the shared bucket was (fuller than its capacity while
            # tickets wait: they still go out when their time comes), so no fresh burst on top
            # of it. Our requests in flight do not drain until they are answered, there as here.
            local.fill(max(0.0, self._level / sharers - self._out), self._out)
            self._local, self._handed = local, self._out
        cause = failure.__cause__ if failure is not None else None
        share = f" (1/{sharers} of the budget: {sharers} clients shared it)" if sharers > 1 else ""
        self._logger.warning(
            "The shared rate limit at %s did not answer (%s); calls go on under this process's "
            "own bucket of %d requests at %.4g per second%s until it answers again.",
            self.where,
            describe(cause),
            local.capacity,
            local.rate_per_second,
            share,
        )
        return local

    # --- the limiter -------------------------------------------------------------------------

    def release(self) -> None:
        """A shared slot's request was answered or failed; Redis hears of it with the next call."""
        with self._lock:
            self._finished += 1
            self._out -= 1
            local = self._local if self._handed > 0 else None
            if local is not None:
                self._handed -= 1
        if local is not None:
            local.release()

    def _give_back(self) -> None:
        # A ticket taken but never used (the caller gave up, or Redis failed during its wait):
        # Redis counts it as answered with the next call.
        with self._lock:
            self._finished += 1

    def _taken(self) -> Release:
        with self._lock:
            self._out += 1
        return self.release

    def try_acquire(self) -> bool:
        """Take a shared slot if one is free now (``release()`` it), else False; never waits."""
        if self._ask_redis():
            try:
                if self._call("try").ticket > 0:
                    self._taken()
                    return True
                return False
            except RedisUnavailable as failure:
                self._own_share(failure)
        return self._own_share().try_acquire()

    def _serve(self) -> None:
        """Take tickets for every queued thread, one round trip a batch, until none is left."""
        while True:
            with self._lock:
                batch, self._queue = self._queue, []
                if not batch:
                    self._calling = False
                    return
            answer, failure = None, None
            try:
                answer = self._call("acquire", count=len(batch))
            except RedisUnavailable as exc:
                failure = exc
            except BaseException as exc:  # interrupted: the queued threads go on without Redis
                with self._lock:
                    batch += self._queue
                    self._queue, self._calling = [], False
                    self._settle(batch, None, RedisUnavailable(f"interrupted: {exc!r}"))
                for waiter in batch:
                    assert waiter.event is not None
                    waiter.event.set()
                raise
            with self._lock:
                self._settle(batch, answer, failure)
            for waiter in batch:
                assert waiter.event is not None
                waiter.event.set()

    def acquire(self) -> Release:
        """Take a slot, sleeping (this thread only) until one is free; returns its release."""
        if not self._ask_redis():
            return self._own_share().acquire()
        waiter = _Waiter(threading.Event(), None)
        with self._lock:
            self._queue.append(waiter)
            lead, self._calling = not self._calling, True
        try:
            if lead:
                self._serve()
            assert waiter.event is not None
            waiter.event.wait()
        except BaseException:
            self._abandon(waiter)
            raise
        if waiter.failure is not None or waiter.answer is None:
            return self._own_share(waiter.failure).acquire()
        ticket, answer = waiter.ticket, waiter.answer
        try:
            wait, sure = self._wait(ticket, answer)
            while wait > 0:
                self._sleep(wait)
                if sure:
                    break
                wait, sure = self._recheck(ticket, self._call("check", ticket))
        except RedisUnavailable as failure:
            self._give_back()
            return self._own_share(failure).acquire()
        except BaseException:
            self._give_back()
            raise
        return self._taken()

    async def _aserve(self) -> None:
        """The async ``_serve``: a task of its own, so that no caller's cancellation stops it."""
        while True:
            batch, self._queue = self._queue, []
            if not batch:
                self._calling, self._server = False, None
                return
            answer, failure = None, None
            try:
                answer = await self._acall("acquire", count=len(batch))
            except RedisUnavailable as exc:
                failure = exc
            except BaseException as exc:  # the loop is closing: every waiter goes on without
                batch += self._queue
                self._queue, self._calling, self._server = [], False, None
                with self._lock:
                    self._settle(batch, None, RedisUnavailable(f"interrupted: {exc!r}"))
                _wake(batch)
                raise
            with self._lock:
                self._settle(batch, answer, failure)
            _wake(batch)

    async def acquire_async(self) -> Release:
        """Take a slot, sleeping (this task only) until one is free; returns its release."""
        if not self._ask_redis():
            return await self._own_share().acquire_async()
        import asyncio

        if self._async_sleep is None:
            self._async_sleep = asyncio.sleep
        waiter = _Waiter(None, asyncio.get_running_loop().create_future())
        # One event loop uses an async bucket, so the queue needs no lock here.
        self._queue.append(waiter)
        if not self._calling:
            self._calling = True
            self._server = asyncio.ensure_future(self._aserve())
        try:
            assert waiter.future is not None
            await waiter.future
        except BaseException:
            self._abandon(waiter)
            raise
        if waiter.failure is not None or waiter.answer is None:
            return await self._own_share(waiter.failure).acquire_async()
        ticket, answer = waiter.ticket, waiter.answer
        try:
            wait, sure = self._wait(ticket, answer)
            while wait > 0:
                await self._async_sleep(wait)
                if sure:
                    break
                wait, sure = self._recheck(ticket, await self._acall("check", ticket))
        except RedisUnavailable as failure:
            self._give_back()
            return await self._own_share(failure).acquire_async()
        except BaseException:
            self._give_back()
            raise
        return self._taken()


def _wake(batch: list[_Waiter]) -> None:
    for waiter in batch:
        if waiter.future is not None and not waiter.future.done():
            waiter.future.set_result(None)
