"""Listing every integration page by page: the client's pager against raw httpx.

The fake (``FakeIntegrator`` in its own process, see ``_fake``) holds ``items`` integrations
(copies of the spec's SmartConnector example) and answers lists ``page_size`` at a time with an
RFC 8288 ``Link: <absolute-url>; rel="next"`` header, as integrator.io does. Its rate limit is
off; the client keeps its default one (the documented 1,000 + 300/s bucket), which never
throttles here. Because the fake is another process, ``time.process_time()`` of this process is
the client's CPU alone. The sides run in the same process, alternating in every round (the
order rotates from round to round), each consuming the records one by one without keeping them:

- ``client``: ``for item in client.integrations.list()`` (``async for`` with the async client)
  with the full runtime on, as in ``_cpu``: a token, ``max_retries=2``, the rate limiter, and the
  package logger at INFO writing to ``os.devnull``;
- ``raw-model``: ``httpx.Client.get(url, headers=auth)``, ``Integration.from_dict`` for every
  record of ``.json()``, then ``response.links["next"]["url"]`` until there is none;
- ``raw-page``: the same, but building each page's list of models first
  (``[Integration.from_dict(d) for d in response.json()]``), as the client's parser does: a
  diagnostic. A page of 1,000 live models makes the cyclic garbage collector run more often and
  traverse more, which one model at a time does not; the time spent in the collector is kept
  per side (``gc_ms``, through ``gc.callbacks``) to show it;
- ``raw-json``: the same without ``from_dict`` (a diagnostic: what the models cost).

Each round times one whole listing per side; the figure is the median CPU per listing.

Peak memory is tracemalloc's peak over a listing through the client (records consumed one by
one, none kept) of all ``items`` (``items / page_size`` pages) against one of a single page of
the same size (``skip`` to the last page): a pager that holds one page at a time peaks at about
one page's worth whatever the total. For scale, one more row keeps every record
(``list(client.integrations.list())``).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._cpu import _drop_logging, _info_logging
from ._fake import FakeProcess
from ._stats import median, ratio

SIDES = ("client", "raw-model", "raw-page", "raw-json")


def _order(index: int) -> tuple[str, ...]:
    shift = index % len(SIDES)
    return SIDES[shift:] + SIDES[:shift]


class _GcClock:
    """CPU time spent in the cyclic garbage collector while ``running`` (``gc.callbacks``)."""

    def __init__(self) -> None:
        self.total = 0.0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.total += time.process_time() - self._started

    def __enter__(self) -> _GcClock:
        self.total = 0.0
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def _summary(
    per_listing: dict[str, list[float]], gc_ms: dict[str, list[float]], rounds: int
) -> dict[str, Any]:
    medians = {side: median(values) for side, values in per_listing.items()}
    return {
        "rounds": rounds,
        "per_listing_ms": per_listing,
        "median_ms": medians,
        "gc_ms": gc_ms,
        "median_gc_ms": {side: median(values) for side, values in gc_ms.items()},
        "ratio_vs_raw_model": ratio(medians["client"], medians["raw-model"]),
        "ratio_vs_raw_page": ratio(medians["client"], medians["raw-page"]),
        "ratio_vs_raw_json": ratio(medians["client"], medians["raw-json"]),
    }


def _peak_mib(listing: Callable[[], int], expected: int) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        count = listing()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == expected, (count, expected)
    return peak / 2**20


def _memory(peaks: dict[str, list[float]], items: int, page_size: int) -> dict[str, Any]:
    medians = {key: median(values) for key, values in peaks.items()}
    return {
        "pages": -(-items // page_size),
        "peaks_mib": peaks,
        "median_peak_mib": medians,
        "ratio_all_vs_one_page": ratio(medians["all-pages"], medians["one-page"]),
    }


def measure_sync(
    base_url: str, token: str, items: int, page_size: int, rounds: int, memory_rounds: int
) -> dict[str, Any]:
    from integratorio_client import IntegratorClient
    from integratorio_client.models import Integration

    first_url = f"{base_url}/integrations"
    auth = {"Authorization": f"Bearer {token}"}
    logger, handler = _info_logging()
    logger.setLevel(logging.INFO)
    client = IntegratorClient(token=token, base_url=base_url, max_retries=2)
    raw = httpx.Client()

    def client_listing(skip: int | None = None) -> int:
        count = 0
        for _item in client.integrations.list(skip=skip):
            count += 1
        return count

    def raw_listing(build: str) -> int:
        count = 0
        url: str | None = first_url
        while url:
            response = raw.get(url, headers=auth)
            response.raise_for_status()
            if build == "item":
                for data in response.json():
                    Integration.from_dict(data)
                    count += 1
            elif build == "page":
                for _item in [Integration.from_dict(data) for data in response.json()]:
                    count += 1
            else:
                for _data in response.json():
                    count += 1
            url = response.links.get("next", {}).get("url")
        return count

    listings: dict[str, Callable[[], int]] = {
        "client": client_listing,
        "raw-model": lambda: raw_listing("item"),
        "raw-page": lambda: raw_listing("page"),
        "raw-json": lambda: raw_listing("json"),
    }

    def run_side(side: str) -> tuple[float, float]:
        with _GcClock() as in_gc:
            started = time.process_time()
            count = listings[side]()
            elapsed = time.process_time() - started
        assert count == items, (side, count, items)
        return elapsed * 1000, in_gc.total * 1000

    try:
        # Both sides must have read the same records, or the comparison means nothing.
        ours = [item.id for item in client.integrations.list()]
        theirs: list[object] = []
        url: str | None = first_url
        while url:
            response = raw.get(url, headers=auth)
            theirs += [Integration.from_dict(d).id for d in response.json()]
            url = response.links.get("next", {}).get("url")
        assert ours == theirs and len(ours) == items and len(set(ours)) == items
        del ours, theirs
        per_listing: dict[str, list[float]] = {side: [] for side in SIDES}
        gc_ms: dict[str, list[float]] = {side: [] for side in SIDES}
        for side in SIDES:
            run_side(side)  # warm-up: connections, caches, first calls
        for index in range(rounds):
            for side in _order(index):
                gc.collect()
                cpu_ms, side_gc_ms = run_side(side)
                per_listing[side].append(cpu_ms)
                gc_ms[side].append(side_gc_ms)
        result = _summary(per_listing, gc_ms, rounds)

        peaks: dict[str, list[float]] = {"all-pages": [], "one-page": [], "kept": []}
        last_page = items - page_size
        for _ in range(memory_rounds):
            peaks["all-pages"].append(_peak_mib(client_listing, items))
            peaks["one-page"].append(_peak_mib(lambda: client_listing(last_page), page_size))
        peaks["kept"].append(_peak_mib(lambda: len(list(client.integrations.list())), items))
        result["memory"] = _memory(peaks, items, page_size)
        return result
    finally:
        client.close()
        raw.close()
        _drop_logging(logger, handler)


async def _measure_async(
    base_url: str, token: str, items: int, page_size: int, rounds: int, memory_rounds: int
) -> dict[str, Any]:
    from integratorio_client import AsyncIntegratorClient
    from integratorio_client.models import Integration

    first_url = f"{base_url}/integrations"
    auth = {"Authorization": f"Bearer {token}"}
    logger, handler = _info_logging()
    logger.setLevel(logging.INFO)
    client = AsyncIntegratorClient(token=token, base_url=base_url, max_retries=2)
    raw = httpx.AsyncClient()

    async def client_listing(skip: int | None = None) -> int:
        count = 0
        async for _item in client.integrations.list(skip=skip):
            count += 1
        return count

    async def raw_listing(build: str) -> int:
        count = 0
        url: str | None = first_url
        while url:
            response = await raw.get(url, headers=auth)
            response.raise_for_status()
            if build == "item":
                for data in response.json():
                    Integration.from_dict(data)
                    count += 1
            elif build == "page":
                for _item in [Integration.from_dict(data) for data in response.json()]:
                    count += 1
            else:
                for _data in response.json():
                    count += 1
            url = response.links.get("next", {}).get("url")
        return count

    listings: dict[str, Callable[[], Awaitable[int]]] = {
        "client": client_listing,
        "raw-model": lambda: raw_listing("item"),
        "raw-page": lambda: raw_listing("page"),
        "raw-json": lambda: raw_listing("json"),
    }

    async def run_side(side: str) -> tuple[float, float]:
        with _GcClock() as in_gc:
            started = time.process_time()
            count = await listings[side]()
            elapsed = time.process_time() - started
        assert count == items, (side, count, items)
        return elapsed * 1000, in_gc.total * 1000

    async def peak_mib(listing: Callable[[], Awaitable[int]], expected: int) -> float:
        gc.collect()
        tracemalloc.start()
        try:
            count = await listing()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert count == expected, (count, expected)
        return peak / 2**20

    try:
        ours = [item.id async for item in client.integrations.list()]
        assert len(ours) == items and len(set(ours)) == items
        del ours
        per_listing: dict[str, list[float]] = {side: [] for side in SIDES}
        gc_ms: dict[str, list[float]] = {side: [] for side in SIDES}
        for side in SIDES:
            await run_side(side)
        for index in range(rounds):
            for side in _order(index):
                gc.collect()
                cpu_ms, side_gc_ms = await run_side(side)
                per_listing[side].append(cpu_ms)
                gc_ms[side].append(side_gc_ms)
        result = _summary(per_listing, gc_ms, rounds)

        peaks: dict[str, list[float]] = {"all-pages": [], "one-page": []}
        last_page = items - page_size
        for _ in range(memory_rounds):
            peaks["all-pages"].append(await peak_mib(client_listing, items))
            peaks["one-page"].append(await peak_mib(lambda: client_listing(last_page), page_size))
        result["memory"] = _memory(peaks, items, page_size)
        return result
    finally:
        await client.aclose()
        await raw.aclose()
        _drop_logging(logger, handler)


def run(items: int, page_size: int, rounds: int, memory_rounds: int) -> dict[str, Any]:
    """Sync, then async, against one fake process holding ``items`` integrations."""
    if items % page_size or items < 2 * page_size:
        raise ValueError(f"items ({items}) must be a multiple of page_size ({page_size}), ≥ 2×")
    with FakeProcess(None, seed=items, page_size=page_size) as fake:
        args = (fake.base_url, fake.token, items, page_size, rounds, memory_rounds)
        return {
            "items": items,
            "page_size": page_size,
            "pages": items // page_size,
            "sync": measure_sync(*args),
            "async": asyncio.run(_measure_async(*args)),
        }
