"""The leaky bucket: bursts up to capacity, then the sustained rate, shared safely; a unit drains
only once its request has been answered (tests/runtime/test_rate_limit_fake.py proves why, over
real sockets)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from generator.runtime import RATE_LIMIT_OFF, LeakyBucket, RateLimit
from tests.support import Reply, ScriptedServer, closed_port

from .conftest import CONFIG, GET, async_client, parse_json, sync_client


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
    for _ in range(3):
        bucket.release()  # the three requests were answered at once
    fake.now += 0.49
    assert not bucket.try_acquire()
    fake.now += 0.02  # one unit drains every 0.5 s
    assert bucket.try_acquire()
    assert not bucket.try_acquire()


def test_acquire_sleeps_until_a_slot_is_free() -> None:
    fake = FakeTime()
    bucket = LeakyBucket(2, 4.0, fake.clock, sleep=fake.sleep)
    for _ in range(5):
        release = bucket.acquire()
        release()  # answered at once
    assert fake.sleeps == pytest.approx([0.25, 0.25, 0.25])
    assert fake.now == pytest.approx(0.75)


def test_simultaneous_waiters_queue_in_arrival_order() -> None:
    fake = FakeTime()
    bucket = LeakyBucket(2, 4.0, fake.clock)
    # Five callers arriving at the same instant: each reserves a unit and gets its own wait.
    for _ in range(2):
        bucket.release()  # as if two requests had been answered before (nothing drains yet)
    waits = [bucket._reserve()[1] for _ in range(5)]
    assert waits == pytest.approx([0.0, 0.0, 0.25, 0.5, 0.75])


def test_requests_in_flight_do_not_drain() -> None:
    fake = FakeTime()
    bucket = LeakyBucket(2, 10.0, fake.clock)
    assert bucket.try_acquire() and bucket.try_acquire()
    fake.now += 10.0  # long enough to drain both, had they been answered
    assert not bucket.try_acquire()
    bucket.release()  # one answered: the API has counted it, so it starts to drain now
    assert not bucket.try_acquire()
    fake.now += 0.1
    assert bucket.try_acquire()
    assert bucket.level == pytest.approx(2.0)  # the one still in flight and the new one


def test_a_waiter_behind_requests_in_flight_waits_for_their_answer() -> None:
    fake = FakeTime()
    bucket = LeakyBucket(1, 10.0, fake.clock)
    first = bucket.acquire()

    def sleep(seconds: float) -> None:
        fake.sleep(seconds)
        if len(fake.sleeps) == 3:
            first()  # the first request is answered during the third sleep, at 0.3 s

    bucket._sleep = sleep
    bucket.acquire()
    # Checked again after each 0.1 s; went 0.1 s (one unit's drain) after the answer.
    assert fake.sleeps == pytest.approx([0.1, 0.1, 0.1, 0.1])
    assert fake.now == pytest.approx(0.4)


def test_sustained_rate_converges_to_the_configured_rate() -> None:
    fake = FakeTime()
    bucket = LeakyBucket(5, 10.0, fake.clock, sleep=fake.sleep)
    for _ in range(1005):
        bucket.acquire()()  # answered at once; sleeping is the only thing that moves this clock
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
            release = bucket.acquire()
            with lock:
                passed.append(time.monotonic())
            release()

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
            release = await bucket.acquire_async()
            passed.append(time.monotonic())
            release()

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
    bucket.release()  # the first request was answered
    fake.now += 1.0  # and drained; without the refund the waiter's unit would fill the bucket
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


def test_the_client_releases_its_slot_however_the_attempt_ends(server: ScriptedServer) -> None:
    server.reply(Reply(200, {}), Reply(503, {}))
    server.always(Reply(404, {}))
    with sync_client(server.url, rate_limit=RateLimit(5, 1.0), max_retries=0) as client:
        bucket = client.rate_limiter
        assert isinstance(bucket, LeakyBucket)
        client.request(GET, path="/things/1", parse=parse_json)
        for _ in range(2):
            with pytest.raises(Exception, match="503|404"):
                client.request(GET, path="/things/1", parse=parse_json)
        assert (bucket._issued, bucket._answered) == (3, 3)
    closed = f"http://127.0.0.1:{closed_port()}"
    with sync_client(closed, rate_limit=RateLimit(5, 1.0), max_retries=0) as client:
        bucket = client.rate_limiter
        assert isinstance(bucket, LeakyBucket)
        with pytest.raises(Exception, match="Connection refused"):
            client.request(GET, path="/things/1", parse=parse_json)
        assert (bucket._issued, bucket._answered) == (1, 1)


@pytest.mark.asyncio
async def test_a_cancelled_call_releases_its_slot(server: ScriptedServer) -> None:
    server.always(Reply(200, {}, delay=5.0))
    client = async_client(server.url, rate_limit=RateLimit(5, 1.0))
    bucket = client.rate_limiter
    assert isinstance(bucket, LeakyBucket)
    call = asyncio.ensure_future(client.request(GET, path="/things/1", parse=parse_json))
    while not server.requests:
        await asyncio.sleep(0.01)
    assert (bucket._issued, bucket._answered) == (1, 0)  # in flight
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call
    assert (bucket._issued, bucket._answered) == (1, 1)
    await client.aclose()
