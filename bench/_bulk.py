"""Bulk creates through one shared client against the fake's leaky bucket.

The fake (``FakeIntegrator``, in its own process, see ``_fake``) enforces a leaky bucket of
``capacity`` requests draining at ``rate`` per second and answers 429 beyond it. The client is
configured with the same ``RateLimit``; ``threads`` threads share it and create integrations as
fast as it lets them for ``duration`` seconds. If the client's bucket works, the burst goes out
at once, the rate after it is the limit, and the fake never answers 429.

- sustained rate: (creates answered within the window - capacity) / window, against ``rate``
  (the burst of ``capacity`` goes out at once; the rest can only come at ``rate``);
- 429 answers: counted by a response hook on the client's httpx pool, and cross-checked with the
  fake's records (every 429 is retried, so it shows as a recorded create beyond those that
  succeeded);
- peak memory of this process: ``ru_maxrss`` growth over the run and tracemalloc's peak of the
  allocations made during the run.
"""

from __future__ import annotations

import resource
import threading
import time
import tracemalloc
from collections import Counter
from typing import Any

import httpx

from ._fake import FakeProcess


def run(
    capacity: int, rate: float, duration: float, threads: int, client_headroom: int = 0
) -> dict[str, Any]:
    """Run the bulk figure; ``client_headroom`` gives the client a bucket that many units
    smaller than the fake's (0: the same limit; more is for trying out a safety margin)."""
    from integratorio_client import IntegratorClient, RateLimit

    statuses: Counter[int] = Counter()
    statuses_lock = threading.Lock()

    def count_status(response: httpx.Response) -> None:
        with statuses_lock:
            statuses[response.status_code] += 1

    with FakeProcess(capacity, rate) as fake:
        http = httpx.Client(event_hooks={"response": [count_status]})
        client = IntegratorClient(
            token=fake.token,
            base_url=fake.base_url,
            max_retries=2,
            rate_limit=RateLimit(capacity=capacity - client_headroom, rate_per_second=rate),
            http_client=http,
        )
        finished_at: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        barrier = threading.Barrier(threads + 1)
        deadline = 0.0

        def worker(index: int) -> None:
            barrier.wait()
            sequence = 0
            while time.monotonic() < deadline:
                try:
                    client.integrations.create({"name": f"bench {index}-{sequence}"})
                except Exception as exc:  # reported, not raised: the figure counts them
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}")
                    return
                done = time.monotonic()
                with lock:
                    finished_at.append(done)
                sequence += 1

        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        pool = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(threads)]
        for thread in pool:
            thread.start()
        t0 = time.monotonic()
        deadline = t0 + duration
        barrier.wait()
        for thread in pool:
            thread.join()
        elapsed = time.monotonic() - t0
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        fake_stats = fake.stats()
        http.close()

    created = len(finished_at)
    in_window = sum(1 for t in finished_at if t - t0 <= duration)
    sustained = (in_window - capacity) / duration
    answered_429 = statuses.get(429, 0)
    return {
        "capacity": capacity,
        "rate_per_second": rate,
        "duration_s": duration,
        "threads": threads,
        "client_headroom": client_headroom,
        "elapsed_s": elapsed,
        "created": created,
        "created_in_window": in_window,
        "sustained_per_second": sustained,
        "sustained_percent_of_limit": sustained / rate * 100,
        "answers_429": answered_429,
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "fake_recorded_creates": fake_stats["creates"],
        "fake_recorded_429s": fake_stats["creates"] - created,
        "errors": errors[:5],
        "error_count": len(errors),
        "peak_rss_growth_mib": (rss_after - rss_before) / 1024,
        "peak_rss_mib": rss_after / 1024,
        "traced_peak_mib": traced_peak / 2**20,
    }
