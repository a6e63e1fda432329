"""The account's bucket in Redis: one budget for every client and process, against a real
redis-server (tests/support/redis.py) and, over real sockets, FakeIntegrator's bucket.

The in-process ``LeakyBucket`` is the reference: the Lua script must give the same answers.
"""

from __future__ import annotations

import asyncio
import logging
import random
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from generator.runtime import ConfigurationError, LeakyBucket, RateLimit
from generator.runtime._redis_store import bucket_key
from generator.runtime._shared_bucket import SharedBucket
from tests.support import closed_port
from tests.support.redis import RedisServer

from .conftest import CONFIG

REPO = Path(__file__).resolve().parents[2]
ENV = "INTEGRATORIO_RATE_LIMIT_REDIS_URL"


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def shared(server: RedisServer, capacity: int, rate: float, **kwargs: Any) -> SharedBucket:
    client = redis.Redis.from_url(server.url)
    key = kwargs.pop("key", f"test:{random.getrandbits(64):x}")
    return SharedBucket(capacity, rate, client, key, where="test", **kwargs)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)


# --- the script against the in-process reference ------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_the_script_answers_as_the_in_process_bucket(redis_server: RedisServer, seed: int) -> None:
    rng = random.Random(seed)
    fake = FakeTime()
    capacity, rate = rng.choice([(1, 1.0), (3, 2.0), (10, 30.0), (50, 300.0)])
    reference = LeakyBucket(capacity, rate, fake.clock, sleep=fake.sleep)
    bucket = shared(redis_server, capacity, rate, clock=fake.clock, sleep=fake.sleep)
    for _ in range(300):
        step = rng.random()
        level = reference.level  # drains the reference up to now
        in_flight = reference._issued - reference._answered
        excess = reference._issued + 1 - capacity - reference._drained
        if step < 0.35:
            assert bucket.try_acquire() == reference.try_acquire()
        elif step < 0.6 and in_flight:
            reference.release()
            bucket.release()
            bucket._call("report")  # reported at once, so that both drain from the same time
        elif step < 0.8 and excess <= reference._answered - reference._drained:
            # Only where the wait is certain: with nothing answered left to drain, both would
            # wait here for an answer that this single-threaded test never gives.
            start, before = fake.now, len(fake.sleeps)
            bucket.acquire()
            waited = fake.sleeps[before:]
            fake.now, fake.sleeps[before:] = start, []
            reference.acquire()
            assert waited == pytest.approx(fake.sleeps[before:])
        else:
            fake.now += rng.choice([0.0, 0.001, 0.05, 0.3, 2.0])
        bucket._call("report")
        assert bucket._level == pytest.approx(reference.level, abs=1e-6), (level, step)


def test_a_waiter_behind_requests_in_flight_waits_for_their_answer(
    redis_server: RedisServer,
) -> None:
    # The in-process test of the same name, through Redis: the wait is not certain while
    # nothing answered drains, so the waiter asks again after each unit's time.
    fake = FakeTime()
    bucket = shared(redis_server, 1, 10.0, clock=fake.clock)
    first = bucket.acquire()

    def sleep(seconds: float) -> None:
        fake.sleep(seconds)
        if len(fake.sleeps) == 3:
            first()  # answered during the third sleep; Redis hears of it with the next check

    bucket._sleep = sleep
    bucket.acquire()
    assert fake.sleeps == pytest.approx([0.1, 0.1, 0.1, 0.1])


def test_one_round_trip_per_acquisition(redis_server: RedisServer) -> None:
    bucket = shared(redis_server, 100, 1000.0)
    bucket.acquire()  # loads the script
    admin = redis.Redis.from_url(redis_server.url)
    admin.config_resetstat()
    sent: list[object] = []
    client = bucket._store.redis
    execute = client.execute_command
    client.execute_command = lambda *args, **kw: sent.append(args[0]) or execute(*args, **kw)
    for _ in range(20):
        bucket.acquire()()  # answered at once: reported with the next acquisition, no call
    assert sent == ["EVALSHA"] * 20
    stats = admin.info("commandstats")
    assert stats["cmdstat_evalsha"]["calls"] == 20 and "cmdstat_eval" not in stats


def test_waiters_of_two_buckets_share_one_budget(redis_server: RedisServer) -> None:
    capacity, rate = 5, 50.0
    key = "test:two-processes"
    buckets = [shared(redis_server, capacity, rate, key=key) for _ in range(2)]
    passed: list[float] = []
    lock = threading.Lock()
    start = time.monotonic()

    def worker(bucket: SharedBucket) -> None:
        for _ in range(10):
            release = bucket.acquire()
            with lock:
                passed.append(time.monotonic())
            release()

    threads = [threading.Thread(target=worker, args=(b,)) for b in buckets for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(passed) == 60
    for index, moment in enumerate(sorted(passed), start=1):
        assert index <= capacity + rate * (moment - start) + 2
    assert sorted(passed)[-1] - start >= (60 - capacity) / rate * 0.9


def test_a_client_that_stops_has_its_requests_written_off(redis_server: RedisServer) -> None:
    fake = FakeTime()
    key = "test:lease"
    gone = shared(redis_server, 2, 1.0, key=key, clock=fake.clock, sleep=fake.sleep)
    assert gone.try_acquire() and gone.try_acquire()  # then the process dies in flight
    other = shared(redis_server, 2, 1.0, key=key, clock=fake.clock, sleep=fake.sleep)
    fake.now += 60.0
    assert not other.try_acquire()  # may still be on their way
    fake.now += 16.0  # past RATE_LIMIT_SHARED_LEASE (75 s): counted as answered now
    assert not other.try_acquire()
    fake.now += 1.0
    assert other.try_acquire()


# --- clients over real sockets ---------------------------------------------------------------


def _fleet_run(
    capacity: int, rate: float, redis_url: str | None, clients: int, threads: int, calls: int
) -> Counter[int]:
    """``clients`` IntegratorClients (each as if in its own process), ``threads`` each."""
    from integratorio_client import IntegratorClient
    from integratorio_client import RateLimit as ClientRateLimit
    from integratorio_client.testing import FakeIntegrator

    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    server_limit = ClientRateLimit(capacity, rate)
    limit = ClientRateLimit(capacity, rate, redis_url=redis_url)
    with FakeIntegrator(rate_limit=server_limit) as fake:
        https = []
        fleet = []
        for _ in range(clients):

            def hook(response: httpx.Response) -> None:
                with lock:
                    statuses[response.status_code] += 1

            http = httpx.Client(event_hooks={"response": [hook]})
            https.append(http)
            fleet.append(
                IntegratorClient(
                    token=fake.token, base_url=fake.base_url, rate_limit=limit, http_client=http
                )
            )
        barrier = threading.Barrier(clients * threads)

        def worker(client: Any, index: int) -> None:
            barrier.wait()
            try:
                for call in range(calls):
                    client.integrations.create({"name": f"w{index}-{call}"})
            except Exception as exc:  # a 429 three times over; the statuses show it
                with lock:
                    statuses[type(exc).__name__] += 1  # type: ignore[index]

        pool = [
            threading.Thread(target=worker, args=(client, i))
            for client in fleet
            for i in range(threads)
        ]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        for http in https:
            http.close()
    return statuses


def test_clients_with_their_own_buckets_meet_429s() -> None:
    # The problem: each client believes it owns the account's whole bucket.
    statuses = _fleet_run(30, 20.0, None, clients=3, threads=10, calls=3)
    assert statuses[429] > 0


def test_clients_sharing_the_bucket_in_redis_meet_no_429(redis_server: RedisServer) -> None:
    statuses = _fleet_run(30, 20.0, redis_server.url, clients=3, threads=10, calls=3)
    assert statuses == {201: 90}


@pytest.mark.asyncio
async def test_async_clients_share_the_bucket(redis_server: RedisServer) -> None:
    from integratorio_client import AsyncIntegratorClient
    from integratorio_client import RateLimit as ClientRateLimit
    from integratorio_client.testing import FakeIntegrator

    statuses: Counter[int] = Counter()

    async def count(response: httpx.Response) -> None:
        statuses[response.status_code] += 1

    limit = ClientRateLimit(30, 20.0, redis_url=redis_server.url)
    with FakeIntegrator(rate_limit=ClientRateLimit(30, 20.0)) as fake:
        fake.delay_next(20, 0.2)  # the first request of each task arrives late
        https = [httpx.AsyncClient(event_hooks={"response": [count]}) for _ in range(2)]
        fleet = [
            AsyncIntegratorClient(
                token=fake.token, base_url=fake.base_url, rate_limit=limit, http_client=http
            )
            for http in https
        ]

        async def worker(client: Any, index: int) -> None:
            for call in range(3):
                await client.integrations.create({"name": f"t{index}-{call}"})

        await asyncio.gather(*(worker(c, i) for c in fleet for i in range(10)))
        for http in https:
            await http.aclose()
    assert statuses == {201: 60}


def test_processes_share_the_bucket(redis_server: RedisServer) -> None:
    from integratorio_client.testing import FakeIntegrator

    # Each process: its own client and 6 threads; the Redis URL comes from the environment
    # alone. The bucket is the fake's small one, so that process-local buckets would 429.
    script = textwrap.dedent(
        """
        import sys, threading
        import httpx
        from integratorio_client import IntegratorClient, RateLimit
        statuses = []
        http = httpx.Client(event_hooks={"response": [lambda r: statuses.append(r.status_code)]})
        client = IntegratorClient(
            base_url=sys.argv[1], http_client=http, rate_limit=RateLimit(30, 20.0)
        )
        def work():
            for _ in range(4):
                client.integrations.create({"name": "x"})
        threads = [threading.Thread(target=work) for _ in range(6)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        print(statuses.count(201), statuses.count(429))
        """
    )
    with FakeIntegrator(rate_limit=RateLimit(30, 20.0)) as fake:
        env = {
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(REPO / "generated" / "integratorio-client"),
            "INTEGRATORIO_TOKEN": fake.token,
            ENV: redis_server.url,
        }
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", script, fake.base_url], env=env, stdout=subprocess.PIPE
            )
            for _ in range(3)
        ]
        results = [worker.communicate(timeout=60)[0].split() for worker in workers]
    assert results == [[b"24", b"0"]] * 3


# --- configuration ---------------------------------------------------------------------------


def test_the_environment_variable_shares_the_default_bucket(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from integratorio_client import IntegratorClient
    from integratorio_client.testing import FakeIntegrator

    monkeypatch.setenv(ENV, redis_server.url)
    token = "tok-SECRET-shared-987654"
    with FakeIntegrator(token=token) as fake:
        with IntegratorClient(token=token, base_url=fake.base_url) as client:
            bucket = client.rate_limiter
            assert type(bucket).__name__ == "SharedBucket"
            assert (bucket.capacity, bucket.rate_per_second) == (985, 300)
            client.integrations.create({"name": "one"})
        with IntegratorClient(token=token, base_url=fake.base_url, rate_limit=None) as off:
            assert off.rate_limiter is None
    admin = redis.Redis.from_url(redis_server.url)
    keys = sorted(k.decode() for k in admin.keys("*"))
    assert len(keys) == 2 and all(k.startswith("integratorio_client:rate-limit:{") for k in keys)
    dump = repr([admin.hgetall(keys[0]), admin.zrange(keys[1], 0, -1)]) + repr(keys)
    assert token not in dump and "SECRET" not in dump


def test_the_key_is_per_api_and_account() -> None:
    from generator.runtime import TokenAuth

    def key(url: str, token: str) -> str:
        return bucket_key(CONFIG, url, TokenAuth(token), None)

    assert key("https://a.example/v1", "t1") == key("https://a.example/v1", "t1")
    assert key("https://a.example/v1", "t1") != key("https://a.example/v1", "t2")
    assert key("https://a.example/v1", "t1") != key("https://eu.a.example/v1", "t1")
    assert "t1" not in key("https://a.example/v1", "t1")
    assert bucket_key(CONFIG, "https://a.example", None, "acme") != key("https://a.example", "")


def test_a_wrong_kind_of_redis_client_is_refused_when_the_client_is_built() -> None:
    import redis.asyncio

    from generator.runtime import SyncAPIClient

    limit = RateLimit(10, 5.0, redis=redis.asyncio.Redis())
    with pytest.raises(ConfigurationError, match=r"redis\.asyncio\.Redis.*sync client"):
        SyncAPIClient(config=CONFIG, base_url="http://127.0.0.1:9", rate_limit=limit)


def test_without_the_redis_package_the_error_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from generator.runtime import SyncAPIClient

    monkeypatch.setitem(sys.modules, "redis", None)
    monkeypatch.setenv("RTTEST_RATE_LIMIT_REDIS_URL", "redis://:pw@127.0.0.1:9/0")
    with pytest.raises(ConfigurationError) as caught:
        SyncAPIClient(config=CONFIG, base_url="http://127.0.0.1:9", rate_limit=RateLimit(10, 5))
    message = str(caught.value)
    assert "pip install 'rt-test-client[redis]'" in message
    assert "RTTEST_RATE_LIMIT_REDIS_URL" in message and "pw" not in message


def test_rate_limit_repr_hides_the_redis_password() -> None:
    limit = RateLimit(10, 5.0, redis_url="redis://user:hunter2@cache.internal:6379/0")
    assert "hunter2" not in repr(limit) and "cache.internal:6379" in repr(limit)


def test_importing_the_package_does_not_import_redis() -> None:
    code = (
        "import sys, integratorio_client\n"
        "c = integratorio_client.IntegratorClient(token='t')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'redis'"
        " or m.endswith('_shared_bucket')))"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO / "generated" / "integratorio-client")}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


# --- when Redis does not answer --------------------------------------------------------------


@pytest.fixture
def log_records(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.INFO)
    yield caplog


def test_calls_go_on_when_redis_stops_and_share_again_when_it_is_back(
    log_records: pytest.LogCaptureFixture,
) -> None:
    from integratorio_client import IntegratorClient
    from integratorio_client import RateLimit as ClientRateLimit
    from integratorio_client.testing import FakeIntegrator

    statuses: Counter[int] = Counter()
    with RedisServer(password="hunter2-secret") as store, FakeIntegrator() as fake:
        http = httpx.Client(event_hooks={"response": [lambda r: statuses.update([r.status_code])]})
        limit = ClientRateLimit(1000, 300.0, redis_url=store.url)
        client = IntegratorClient(
            token=fake.token, base_url=fake.base_url, rate_limit=limit, http_client=http
        )
        bucket = client.rate_limiter
        for _ in range(5):
            client.integrations.create({"name": "before"})
        store.stop()
        started = time.monotonic()
        for _ in range(20):
            client.integrations.create({"name": "during"})
        assert time.monotonic() - started < 2.0  # no call waited for Redis
        assert getattr(bucket, "shared", None) is False
        store.start()
        time.sleep(1.1)  # RATE_LIMIT_REDIS_RETRY_INTERVAL
        client.integrations.create({"name": "after"})
        assert getattr(bucket, "shared", None) is True
        http.close()
    assert statuses == {201: 26}
    warnings = [r for r in log_records.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    text = warnings[0].getMessage()
    assert "redis://127.0.0.1:" in text and "did not answer" in text
    assert "hunter2" not in log_records.text
    assert any("answers again" in r.getMessage() for r in log_records.records)


def test_a_slow_redis_does_not_hold_calls_up(log_records: pytest.LogCaptureFixture) -> None:
    # A server that accepts connections and never answers: every Redis call would hang.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        url = f"redis://127.0.0.1:{silent.getsockname()[1]}/0"
        bucket = SharedBucket.for_client(
            CONFIG,
            RateLimit(10, 100.0),
            url=url,
            source="test",
            auth=None,
            base_url=httpx.URL("http://127.0.0.1:9"),
            asynchronous=False,
        )
        started = time.monotonic()
        for _ in range(30):
            bucket.acquire()()
        elapsed = time.monotonic() - started
    assert elapsed < 1.5  # one 0.25 s timeout, then the process's own bucket
    assert len([r for r in log_records.records if r.levelno == logging.WARNING]) == 1


@pytest.mark.asyncio
async def test_async_calls_go_on_when_redis_is_gone(log_records: pytest.LogCaptureFixture) -> None:
    bucket = SharedBucket.for_client(
        CONFIG,
        RateLimit(10, 100.0),
        url=f"redis://:pw@127.0.0.1:{closed_port()}/0",
        source="test",
        auth=None,
        base_url=httpx.URL("http://127.0.0.1:9"),
        asynchronous=True,
    )
    for _ in range(15):
        (await bucket.acquire_async())()
    assert bucket.shared is False
    assert len([r for r in log_records.records if r.levelno == logging.WARNING]) == 1
    assert ":pw@" not in log_records.text


def test_the_fallback_bucket_is_this_process_share() -> None:
    # Four processes shared a full bucket when Redis went away: each goes on with a quarter,
    # as full as its quarter was, so that together they stay within the API's budget.
    bucket = SharedBucket(1000, 300.0, redis.Redis(port=closed_port()), "k", where="test")
    bucket._sharers, bucket._level = 4, 1000.0
    local = bucket._own_share()
    assert (local.capacity, local.rate_per_second) == (250, 75.0)
    assert local.level == pytest.approx(250.0, abs=1.0)
    assert not local.try_acquire()


def test_coming_back_counts_the_others_still_on_their_share(redis_server: RedisServer) -> None:
    # Redis restarts empty. The first client back must not find a bucket free for a burst while
    # the other client still sends its share until its next try (RATE_LIMIT_REDIS_RETRY_INTERVAL).
    first, other = (shared(redis_server, 10, 10.0, key="test:back") for _ in range(2))
    first.acquire()()
    other.acquire()()
    first.acquire()()  # now it knows that two clients share the bucket
    redis_server.stop()
    first.acquire()()  # on its own share: 5 requests at 5 per second
    assert not first.shared and first._sharers == 2
    redis_server.start()
    assert first._local is not None
    share = first._local.level
    first._retry_at = 0.0  # its next try is now
    first.acquire()()
    assert first.shared
    # Its share's level doubled, plus what the other may send in a second at 5 per second
    # (less what drained in the few milliseconds since, and one unit of rounding).
    assert first._level >= min(10.0, 2 * share) + 5.0 - 1.5


def test_requests_in_flight_when_redis_fails_stay_in_flight_in_the_own_share(
    redis_server: RedisServer,
) -> None:
    bucket = shared(redis_server, 10, 10.0)
    first, second = bucket.acquire(), bucket.acquire()
    redis_server.stop()
    bucket.acquire()()  # on its own share now; this one is answered at once
    local = bucket._local
    assert local is not None
    assert local._issued - local._answered == 2  # the two sent through Redis, not drained
    first()
    second()
    assert local._issued - local._answered == 0
