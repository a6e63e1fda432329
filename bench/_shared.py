"""Several processes, one integrator.io account: the bucket shared through Redis against
process-local buckets.

integrator.io's bucket (1,000 requests refilling at 300 per second) is per account. Here
``processes`` processes each build their own ``IntegratorClient`` (``threads`` threads) or
``AsyncIntegratorClient`` (``tasks`` asyncio tasks) and create integrations against one fake
enforcing that bucket (``FakeIntegrator`` in its own process, see ``_fake``) for ``duration``
seconds, all starting at the same wall-clock moment:

- ``shared``: the processes get ``INTEGRATORIO_RATE_LIMIT_REDIS_URL`` (a real redis-server on a
  free loopback port, the one tests/support/redis.py runs) and no code change: one bucket for
  all of them. Target: together >= 95 % of the documented rate after the burst, zero 429;
- ``local``: the same without the variable: each process believes it owns the whole bucket,
  which shows as 429 answers (retried, so some calls may fail after three of them);
- ``fallback``: ``shared``, with Redis killed a third of the way through and started again (empty)
  at two thirds: no call may fail and none may meet a 429 (each process goes on with its share
  of the budget, then shares again);
- ``cost``: the time one acquisition takes (``acquire()`` and its release), shared bucket (one
  Redis round trip on loopback) against the in-process bucket, median of ``cost_rounds`` rounds
  of ``cost_calls``, sync and async, with a bucket that never throttles.

Sustained rate: (creates answered within the window - capacity) / window, as in ``_bulk``.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

from ._fake import FakeProcess
from ._paths import child_env
from ._stats import median

ENV = "INTEGRATORIO_RATE_LIMIT_REDIS_URL"
# Children import the client before the start; this leaves them time to.
START_DELAY = 3.0


def _member(
    mode: str,
    base_url: str,
    token: str,
    workers: int,
    start_at: float,
    duration: float,
    capacity: int,
    rate: float,
) -> dict[str, Any]:
    """One process of the fleet, with the fake's bucket (shared if ENV is set)."""
    import httpx
    from integratorio_client import RateLimit

    limit = RateLimit(capacity, rate)  # the documented one in the full run
    ready = time.time()  # imported: later than start_at means this process started late

    statuses: Counter[int] = Counter()
    finished: list[float] = []
    refused: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    end = start_at + duration
    if mode == "sync":
        from integratorio_client import IntegratorClient

        def hook(response: httpx.Response) -> None:
            with lock:
                statuses[response.status_code] += 1
                if response.status_code == 429:
                    refused.append(time.time() - start_at)

        http = httpx.Client(event_hooks={"response": [hook]})
        client = IntegratorClient(
            token=token, base_url=base_url, http_client=http, rate_limit=limit
        )

        def worker(index: int) -> None:
            time.sleep(max(0.0, start_at - time.time()))
            sequence = 0
            while time.time() < end:
                try:
                    client.integrations.create({"name": f"fleet {index}-{sequence}"})
                except Exception as exc:  # counted: the figure reports them
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}"[:300])
                    continue
                with lock:
                    finished.append(time.time())
                sequence += 1

        pool = [threading.Thread(target=worker, args=(i,)) for i in range(workers)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        http.close()
    else:

        async def main() -> None:
            from integratorio_client import AsyncIntegratorClient

            async def hook(response: httpx.Response) -> None:
                statuses[response.status_code] += 1
                if response.status_code == 429:
                    refused.append(time.time() - start_at)

            http = httpx.AsyncClient(event_hooks={"response": [hook]})
            client = AsyncIntegratorClient(
                token=token, base_url=base_url, http_client=http, rate_limit=limit
            )

            async def worker(index: int) -> None:
                sequence = 0
                while time.time() < end:
                    try:
                        await client.integrations.create({"name": f"fleet {index}-{sequence}"})
                    except Exception as exc:  # counted: the figure reports them
                        errors.append(f"{type(exc).__name__}: {exc}"[:300])
                        continue
                    finished.append(time.time())
                    sequence += 1

            await asyncio.sleep(max(0.0, start_at - time.time()))
            await asyncio.gather(*(worker(i) for i in range(workers)))
            await http.aclose()

        asyncio.run(main())
    return {
        "late_s": max(0.0, ready - start_at),
        "finished": finished,
        "refused_at_s": refused,
        "statuses": {str(k): v for k, v in statuses.items()},
        "errors": errors,
    }


def _fleet(
    kind: str,
    mode: str,
    *,
    processes: int,
    workers: int,
    capacity: int,
    rate: float,
    duration: float,
) -> dict[str, Any]:
    """Run ``processes`` members against one fake; ``kind``: shared, local or fallback."""
    from tests.support.redis import RedisServer

    store = RedisServer().start() if kind != "local" else None
    try:
        with FakeProcess(capacity, rate) as fake:
            extra = {ENV: store.url} if store is not None else {}
            start_at = time.time() + START_DELAY
            params = [mode, fake.base_url, fake.token, workers, start_at, duration, capacity, rate]
            children = [
                subprocess.Popen(
                    [sys.executable, "-m", "bench._shared", json.dumps(params)],
                    stdout=subprocess.PIPE,
                    text=True,
                    env={**child_env(), **extra},
                )
                for _ in range(processes)
            ]
            if kind == "fallback":
                assert store is not None
                time.sleep(max(0.0, start_at + duration / 3 - time.time()))
                store.stop()
                time.sleep(max(0.0, start_at + 2 * duration / 3 - time.time()))
                store.start()
            outputs = [child.communicate(timeout=duration + 120)[0] for child in children]
            failed = [c.returncode for c in children if c.returncode]
            if failed:
                raise RuntimeError(f"a {kind} fleet process failed (exit {failed[0]})")
            recorded = int(fake.stats()["creates"])
    finally:
        if store is not None:
            store.close()
    members = [json.loads(out.strip().splitlines()[-1]) for out in outputs]
    statuses: Counter[str] = Counter()
    errors: list[str] = []
    finished: list[float] = []
    refused: list[float] = []
    for member in members:
        refused += member["refused_at_s"]
        statuses.update(member["statuses"])
        errors += member["errors"]
        finished += member["finished"]
    in_window = sum(1 for t in finished if t - start_at <= duration)
    sustained = (in_window - capacity) / duration
    return {
        "kind": kind,
        "mode": mode,
        "processes": processes,
        "workers": workers,
        "capacity": capacity,
        "rate_per_second": rate,
        "duration_s": duration,
        "created": len(finished),
        "created_in_window": in_window,
        "per_process_created": [len(m["finished"]) for m in members],
        "latest_start_s": max(m["late_s"] for m in members),
        "sustained_per_second": sustained,
        "sustained_percent_of_limit": sustained / rate * 100,
        "answers_429": statuses.get("429", 0),
        # When the 429 answers came, in seconds after the start (the first ten).
        "answers_429_at_s": [round(t, 2) for t in sorted(refused)[:10]],
        "statuses": dict(sorted(statuses.items())),
        "fake_recorded_creates": recorded,
        "error_count": len(errors),
        "errors": errors[:5],
    }


def _cost(rounds: int, calls: int) -> dict[str, Any]:
    """Median seconds per acquisition (and release): shared bucket vs in-process bucket."""
    from integratorio_client import AsyncIntegratorClient, IntegratorClient, RateLimit

    from tests.support.redis import RedisServer

    never = (10**9, 1e9)  # never throttles: only the bookkeeping (and the round trip) is timed
    result: dict[str, Any] = {"rounds": rounds, "calls_per_round": calls}
    with RedisServer() as store:
        url = "http://127.0.0.1:9"
        sync = {
            "shared": IntegratorClient(
                token="t", base_url=url, rate_limit=RateLimit(*never, redis_url=store.url)
            ),
            "local": IntegratorClient(token="t", base_url=url, rate_limit=RateLimit(*never)),
        }
        samples: dict[str, list[float]] = {side: [] for side in sync}
        for client in sync.values():
            assert client.rate_limiter is not None
            client.rate_limiter.acquire()()  # connects and loads the script
        for index in range(rounds):
            for side in sorted(sync, reverse=bool(index % 2)):
                limiter = sync[side].rate_limiter
                assert limiter is not None
                started = time.perf_counter()
                for _ in range(calls):
                    limiter.acquire()()
                samples[side].append((time.perf_counter() - started) / calls)
        result["sync"] = {side: median(values) for side, values in samples.items()}

        async def measure() -> dict[str, float]:
            clients = {
                "shared": AsyncIntegratorClient(
                    token="t", base_url=url, rate_limit=RateLimit(*never, redis_url=store.url)
                ),
                "local": AsyncIntegratorClient(
                    token="t", base_url=url, rate_limit=RateLimit(*never)
                ),
            }
            timed: dict[str, list[float]] = {side: [] for side in clients}
            acquires: dict[str, Callable[[], Awaitable[Callable[[], None]]]] = {}
            for side, client in clients.items():
                assert client.rate_limiter is not None
                acquires[side] = client.rate_limiter.acquire_async
                (await acquires[side]())()
            for index in range(rounds):
                for side in sorted(clients, reverse=bool(index % 2)):
                    started = time.perf_counter()
                    for _ in range(calls):
                        (await acquires[side]())()
                    timed[side].append((time.perf_counter() - started) / calls)
            return {side: median(values) for side, values in timed.items()}

        result["async"] = asyncio.run(measure())
    for mode in ("sync", "async"):
        data = result[mode]
        data["added_us"] = (data["shared"] - data["local"]) * 1e6
    return result


def run(
    processes: int,
    threads: int,
    tasks: int,
    capacity: int,
    rate: float,
    duration: float,
    cost_rounds: int,
    cost_calls: int,
) -> dict[str, Any]:
    """Every side of the figure; see the module docstring."""
    result: dict[str, Any] = {}

    def fleet(kind: str, mode: str, workers: int) -> dict[str, Any]:
        return _fleet(
            kind,
            mode,
            processes=processes,
            workers=workers,
            capacity=capacity,
            rate=rate,
            duration=duration,
        )

    for mode, workers in (("sync", threads), ("async", tasks)):
        for kind in ("shared", "local"):
            result[f"{mode}-{kind}"] = fleet(kind, mode, workers)
    result["fallback"] = fleet("fallback", "sync", threads)
    result["cost"] = _cost(cost_rounds, cost_calls)
    return result


if __name__ == "__main__":
    print(json.dumps(_member(*json.loads(sys.argv[1]))))
