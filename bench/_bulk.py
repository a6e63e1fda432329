"""Bulk creates through one shared client against the fake's leaky bucket.

The fake (``FakeIntegrator``, in its own process, see ``_fake``) enforces a leaky bucket of
``capacity`` requests draining at ``rate`` per second and answers 429 beyond it. The client is
configured with the same ``RateLimit`` (its runtime keeps a small headroom below it, see
``LeakyBucket.for_client``; the bucket it really uses is reported). ``workers`` callers share the
client and create integrations as fast as it lets them for ``duration`` seconds: threads of an
``IntegratorClient`` (``mode="sync"``) or asyncio tasks of an ``AsyncIntegratorClient``
(``mode="async"``). If the client's bucket works, the burst goes out at once, the rate after it
is the limit, and the fake never answers 429.

- sustained rate: (creates answered within the window - capacity) / window, against ``rate``
  (the burst of ``capacity`` goes out at once; the rest can only come at ``rate``);
- 429 answers: counted by a response hook on the client's httpx pool, and cross-checked with the
  fake's records (every 429 is retried, so it shows as a recorded create beyond those that
  succeeded); when they came is kept too (``answers_429_at_s``);
- CPU per create of this process and of the fake's, over the run: says whether either could be
  the bottleneck (at 300/s, a process that needs more than 3.3 ms a create cannot keep up);
- ceiling (diagnostic): after the run, the same ``workers`` create for ``ceiling_duration``
  seconds against a fake without a rate limit, through the client (``rate_limit=None``) and
  through raw httpx (``post().json()``): the most creates per second this machine's client
  process and HTTP stack manage at this concurrency. Below ``rate``, no limiter could reach it;
- peak memory of this process: ``ru_maxrss`` growth over the run. Each mode runs in a fresh
  interpreter (``bench._worker``), so the high-water mark is that mode's own. No tracemalloc
  here: tracing every allocation made each create cost the client about four times the CPU
  (1.1 ms to 4.2 ms on the 2-core machine of the README), and 8 threads then could not reach
  300 creates per second, so it measured the tracer instead of the client.
"""

from __future__ import annotations

import asyncio
import resource
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._fake import FakeProcess

if TYPE_CHECKING:
    from integratorio_client import RateLimit

MODES = ("sync", "async")


@dataclass
class _Run:
    """What one drive of the workers saw."""

    t0: float = 0.0
    elapsed_s: float = 0.0
    cpu_s: float = 0.0
    fake_cpu_s: float = 0.0
    finished_at: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _drive_threads(
    fake: FakeProcess, create: Callable[[str], object], threads: int, duration: float
) -> _Run:
    """``threads`` threads call ``create(name)`` until ``duration`` seconds have passed."""
    run = _Run()
    lock = threading.Lock()
    barrier = threading.Barrier(threads + 1)

    def worker(index: int) -> None:
        barrier.wait()
        sequence = 0
        while time.monotonic() < deadline:
            try:
                create(f"bench {index}-{sequence}")
            except Exception as exc:  # reported, not raised: the figure counts them
                with lock:
                    run.errors.append(f"{type(exc).__name__}: {exc}")
                return
            done = time.monotonic()
            with lock:
                run.finished_at.append(done)
            sequence += 1

    pool = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(threads)]
    for thread in pool:
        thread.start()
    fake_cpu, cpu, run.t0 = fake.stats()["cpu_s"], time.process_time(), time.monotonic()
    deadline = run.t0 + duration
    barrier.wait()
    for thread in pool:
        thread.join()
    run.elapsed_s, run.cpu_s = time.monotonic() - run.t0, time.process_time() - cpu
    run.fake_cpu_s = fake.stats()["cpu_s"] - fake_cpu
    return run


async def _drive_tasks(
    fake: FakeProcess, create: Callable[[str], Awaitable[object]], tasks: int, duration: float
) -> _Run:
    """``tasks`` asyncio tasks await ``create(name)`` until ``duration`` seconds have passed."""
    run = _Run()

    async def worker(index: int, deadline: float) -> None:
        sequence = 0
        while time.monotonic() < deadline:
            try:
                await create(f"bench {index}-{sequence}")
            except Exception as exc:  # reported, not raised: the figure counts them
                run.errors.append(f"{type(exc).__name__}: {exc}")
                return
            run.finished_at.append(time.monotonic())
            sequence += 1

    fake_cpu, cpu, run.t0 = fake.stats()["cpu_s"], time.process_time(), time.monotonic()
    # Every task starts at once: none runs before gather() hands control to the loop.
    await asyncio.gather(*(worker(i, run.t0 + duration) for i in range(tasks)))
    run.elapsed_s, run.cpu_s = time.monotonic() - run.t0, time.process_time() - cpu
    run.fake_cpu_s = fake.stats()["cpu_s"] - fake_cpu
    return run


def _rate(run: _Run) -> float:
    return len(run.finished_at) / run.elapsed_s if run.elapsed_s else 0.0


@dataclass
class _Measured:
    """One mode's run against the limit, and its ceiling without one."""

    run: _Run
    statuses: Counter[int]
    refused_at: list[float]
    client_bucket_capacity: int | None
    fake_recorded_creates: int
    rss_before_mib: float
    rss_after_mib: float
    ceiling: dict[str, float] = field(default_factory=dict)


def _sync(
    capacity: int, limit: RateLimit, duration: float, threads: int, ceiling_duration: float
) -> _Measured:
    from integratorio_client import IntegratorClient

    statuses: Counter[int] = Counter()
    refused_at: list[float] = []
    lock = threading.Lock()

    def count_status(response: httpx.Response) -> None:
        with lock:
            statuses[response.status_code] += 1
            if response.status_code == 429:
                refused_at.append(time.monotonic())

    with FakeProcess(capacity, limit.rate_per_second) as fake:
        http = httpx.Client(event_hooks={"response": [count_status]})
        client = IntegratorClient(
            token=fake.token,
            base_url=fake.base_url,
            max_retries=2,
            rate_limit=limit,
            http_client=http,
        )
        bucket = client._bucket
        rss_before = _rss_mib()
        run = _drive_threads(
            fake, lambda name: client.integrations.create({"name": name}), threads, duration
        )
        rss_after = _rss_mib()
        client.close()
        http.close()
        measured = _Measured(
            run,
            statuses,
            refused_at,
            bucket.capacity if bucket is not None else None,
            int(fake.stats()["creates"]),
            rss_before,
            rss_after,
        )

    with FakeProcess(None) as fake:
        free = IntegratorClient(token=fake.token, base_url=fake.base_url, rate_limit=None)
        raw = httpx.Client()
        url, auth = f"{fake.base_url}/integrations", {"Authorization": f"Bearer {fake.token}"}
        sides: dict[str, Callable[[str], object]] = {
            "client": lambda name: free.integrations.create({"name": name}),
            "raw": lambda name: raw.post(url, json={"name": name}, headers=auth).json(),
        }
        for side, create in sides.items():
            measured.ceiling[side] = _rate(_drive_threads(fake, create, threads, ceiling_duration))
        free.close()
        raw.close()
    return measured


async def _async(
    capacity: int, limit: RateLimit, duration: float, tasks: int, ceiling_duration: float
) -> _Measured:
    from integratorio_client import AsyncIntegratorClient

    statuses: Counter[int] = Counter()
    refused_at: list[float] = []

    async def count_status(response: httpx.Response) -> None:
        statuses[response.status_code] += 1
        if response.status_code == 429:
            refused_at.append(time.monotonic())

    with FakeProcess(capacity, limit.rate_per_second) as fake:
        http = httpx.AsyncClient(event_hooks={"response": [count_status]})
        client = AsyncIntegratorClient(
            token=fake.token,
            base_url=fake.base_url,
            max_retries=2,
            rate_limit=limit,
            http_client=http,
        )
        bucket = client._bucket
        rss_before = _rss_mib()
        run = await _drive_tasks(
            fake, lambda name: client.integrations.create({"name": name}), tasks, duration
        )
        rss_after = _rss_mib()
        await client.aclose()
        await http.aclose()
        measured = _Measured(
            run,
            statuses,
            refused_at,
            bucket.capacity if bucket is not None else None,
            int(fake.stats()["creates"]),
            rss_before,
            rss_after,
        )

    with FakeProcess(None) as fake:
        free = AsyncIntegratorClient(token=fake.token, base_url=fake.base_url, rate_limit=None)
        raw = httpx.AsyncClient()
        url, auth = f"{fake.base_url}/integrations", {"Authorization": f"Bearer {fake.token}"}

        async def raw_create(name: str) -> object:
            return (await raw.post(url, json={"name": name}, headers=auth)).json()

        sides: dict[str, Callable[[str], Awaitable[object]]] = {
            "client": lambda name: free.integrations.create({"name": name}),
            "raw": raw_create,
        }
        for side, create in sides.items():
            ceiling = await _drive_tasks(fake, create, tasks, ceiling_duration)
            measured.ceiling[side] = _rate(ceiling)
        await free.aclose()
        await raw.aclose()
    return measured


def run(
    mode: str,
    capacity: int,
    rate: float,
    duration: float,
    workers: int,
    ceiling_duration: float,
    client_headroom: int = 0,
) -> dict[str, Any]:
    """Run the bulk figure with ``workers`` threads (``mode="sync"``) or asyncio tasks
    (``mode="async"``); ``client_headroom`` gives the client a bucket that many units smaller
    than the fake's (0: the same limit; more is for trying out a safety margin)."""
    from integratorio_client import RateLimit

    if mode not in MODES:
        raise ValueError(f"mode is {mode!r}; use one of {MODES}")
    limit = RateLimit(capacity=capacity - client_headroom, rate_per_second=rate)
    if mode == "sync":
        measured = _sync(capacity, limit, duration, workers, ceiling_duration)
    else:
        measured = asyncio.run(_async(capacity, limit, duration, workers, ceiling_duration))

    timed, statuses = measured.run, measured.statuses
    created = len(timed.finished_at)
    in_window = sum(1 for t in timed.finished_at if t - timed.t0 <= duration)
    sustained = (in_window - capacity) / duration
    recorded = measured.fake_recorded_creates
    return {
        "mode": mode,
        "capacity": capacity,
        "rate_per_second": rate,
        "duration_s": duration,
        "workers": workers,
        "client_headroom": client_headroom,
        "client_bucket_capacity": measured.client_bucket_capacity,
        "elapsed_s": timed.elapsed_s,
        "created": created,
        "created_in_window": in_window,
        "sustained_per_second": sustained,
        "sustained_percent_of_limit": sustained / rate * 100,
        "answers_429": statuses.get(429, 0),
        # When the 429 answers came, in seconds after the start (the first ten).
        "answers_429_at_s": [round(t - timed.t0, 3) for t in measured.refused_at[:10]],
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "fake_recorded_creates": recorded,
        "fake_recorded_429s": recorded - created,
        "errors": timed.errors[:5],
        "error_count": len(timed.errors),
        "client_cpu_s": timed.cpu_s,
        "fake_cpu_s": timed.fake_cpu_s,
        "client_cpu_per_create_ms": timed.cpu_s / max(created, 1) * 1000,
        "fake_cpu_per_create_ms": timed.fake_cpu_s / max(recorded, 1) * 1000,
        "client_cpu_percent": timed.cpu_s / timed.elapsed_s * 100,
        "fake_cpu_percent": timed.fake_cpu_s / timed.elapsed_s * 100,
        "ceiling_duration_s": ceiling_duration,
        "ceiling_client_per_second": measured.ceiling["client"],
        "ceiling_raw_per_second": measured.ceiling["raw"],
        "peak_rss_growth_mib": measured.rss_after_mib - measured.rss_before_mib,
        "peak_rss_mib": measured.rss_after_mib,
    }
