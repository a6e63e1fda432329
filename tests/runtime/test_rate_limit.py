"""The leaky bucket: bursts up to capacity, then the sustained rate, shared safely."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from generator.runtime import RATE_LIMIT_OFF, LeakyBucket, RateLimit
from tests.support import Reply, ScriptedServer

from .conftest import CONFIG, GET, parse_json, sync_client


class FakeTime:
    """A clock that only moves when the bucket sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_burst_up_to_capacity_passes_then_is_limited() -> None:
    fake = FakeTime()
    bucket = LeakyBucket(3, 2.0, fake.clock)
    assert [bucket.try_acquire() for _ in range(4)] == [True, True, True, False]
    fake.now += 0.49
    assert not bucket.try_acquire()
    fake.now += 0.02  # one unit drains every 0.5 s
    assert bucket.try_acquire()
    assert not bucket.try_acquire()


def test_acquire_sleeps_until_a_slot_is_free() -> None:
    fake = FakeTime()
    bucket = LeakyBucket(2, 4.0, fake.clock, sleep=fake.sleep)
    for _ in range(5):
        bucket.acquire()
    assert fake.sleeps == pytest.approx([0.25, 0.25, 0.25])
    assert fake.now == pytest.approx(0.75)


def test_simultaneous_waiters_queue_in_arrival_order() -> None:
    fake = FakeTime()
    bucket = LeakyBucket(2, 4.0, fake.clock)
    # Five callers arriving at the same instant: each reserves a unit and gets its own wait.
    waits = [bucket._reserve() for _ in range(5)]
    assert waits == pytest.approx([0.0, 0.0, 0.25, 0.5, 0.75])


def test_sustained_rate_converges_to_the_configured_rate() -> None:
    fake = FakeTime()
    bucket = LeakyBucket(5, 10.0, fake.clock, sleep=fake.sleep)
    for _ in range(1005):
        bucket.acquire()  # sleeping is the only thing that moves this clock
    # 5 in the burst, then 1000 at 10 per second.
    assert fake.now == pytest.approx(100.0)


def test_waiters_in_several_threads_never_exceed_the_limit() -> None:
    capacity, rate = 5, 50.0
    bucket = LeakyBucket(capacity, rate)
    passed: list[float] = []
    lock = threading.Lock()
    start = time.monotonic()

    def worker() -> None:
        for _ in range(10):
            bucket.acquire()
            with lock:
                passed.append(time.monotonic())

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(passed) == 40
    for index, moment in enumerate(sorted(passed), start=1):
        # index requests have passed by `moment`; a small slack for scheduling noise.
        assert index <= capacity + rate * (moment - start) + 1
    assert sorted(passed)[-1] - start >= (40 - capacity) / rate * 0.9


@pytest.mark.asyncio
async def test_async_waiters_never_exceed_the_limit() -> None:
    capacity, rate = 3, 40.0
    bucket = LeakyBucket(capacity, rate)
    passed: list[float] = []
    start = time.monotonic()

    async def task() -> None:
        for _ in range(5):
            await bucket.acquire_async()
            passed.append(time.monotonic())

    await asyncio.gather(*(task() for _ in range(4)))
    for index, moment in enumerate(sorted(passed), start=1):
        assert index <= capacity + rate * (moment - start) + 1
    assert sorted(passed)[-1] - start >= (20 - capacity) / rate * 0.9


@pytest.mark.asyncio
async def test_cancelled_waiter_gives_its_slot_back() -> None:
    fake = FakeTime()
    bucket = LeakyBucket(1, 1.0, fake.clock)
    assert bucket.try_acquire()
    waiter = asyncio.ensure_future(bucket.acquire_async())
    await asyncio.sleep(0)  # let it reserve and start sleeping
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    fake.now += 1.0  # the first unit drained; without the refund the bucket would be full
    assert bucket.try_acquire()


@pytest.mark.parametrize(("capacity", "rate"), [(0, 1.0), (1, 0.0), (1, -2.0)])
def test_invalid_settings_are_refused(capacity: int, rate: float) -> None:
    with pytest.raises(ValueError, match="rate_limit=None"):
        RateLimit(capacity, rate)


def test_client_rate_limit_default_off_and_override() -> None:
    limited = type(CONFIG)(**{**CONFIG.__dict__, "default_rate_limit": RateLimit(10, 5.0)})
    with sync_client("https://x.invalid", config=limited) as client:
        bucket = client.rate_limiter
        # The client bucket keeps a headroom below the API's capacity: min(2, capacity // 10).
        assert bucket is not None
        assert (bucket.capacity, bucket.rate_per_second) == (9, 5.0)
    with sync_client("https://x.invalid", config=limited, rate_limit=RATE_LIMIT_OFF) as client:
        assert client.rate_limiter is None
    with sync_client("https://x.invalid", rate_limit=RateLimit(2, 1.0)) as client:
        assert client.rate_limiter is not None and client.rate_limiter.capacity == 2
    with sync_client("https://x.invalid") as client:
        assert client.rate_limiter is None


def test_copies_share_one_bucket(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    with sync_client(server.url, rate_limit=RateLimit(2, 0.001)) as client:
        copy = client.with_options(timeout=5.0, max_retries=0)
        assert copy.rate_limiter is client.rate_limiter
        client.request(GET, path="/things/1", parse=parse_json)
        copy.request(GET, path="/things/1", parse=parse_json)
        # Two requests through two handles filled the one shared bucket.
        assert client.rate_limiter is not None and not client.rate_limiter.try_acquire()


def test_client_bucket_headroom_is_at_most_two_and_a_tenth() -> None:
    sizes = {c: LeakyBucket.for_client(RateLimit(c, 1.0)).capacity for c in (1, 5, 10, 25, 100)}
    assert sizes == {1: 1, 5: 5, 10: 9, 25: 23, 100: 98}


def test_client_bucket_headroom_grows_with_the_rate() -> None:
    # 50 ms of requests at the documented rate, at least 2, never more than a tenth.
    def size(capacity: int, rate: float) -> int:
        return LeakyBucket.for_client(RateLimit(capacity, rate)).capacity

    assert size(100, 30.0) == 98  # 1.5 requests in 50 ms: the minimum of 2
    assert size(1000, 300.0) == 985  # 15 requests in 50 ms
    assert size(1000, 10_000.0) == 900  # 500 in 50 ms, but at most a tenth
