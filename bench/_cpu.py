"""Per-call client CPU: the full runtime against raw httpx doing the same GET.

The server runs in another process (``bench._server``), so ``time.process_time()`` of this
process is the client's CPU alone. The sides run in the same process, alternating in every round
(the order rotates from round to round so that none always goes first):

- ``client``: ``IntegratorClient(...).integrations.get(id)`` with the full runtime on: a token,
  ``max_retries=2`` (armed, never needed), a rate limiter whose limit never throttles, and the
  package logger at INFO writing through a formatting ``StreamHandler`` to ``os.devnull``, so that
  each call pays for formatting and writing its log line;
- ``raw-json``: ``httpx_client.get(url, headers=auth).json()``, as the issue states it;
- ``raw-model``: the same plus ``Integration.from_dict(...)``, so that both sides build a model.

Two more sides say where the client's extra time goes (diagnostics, not targets):

- ``client-nolog``: the same client call with the package logger at WARNING;
- ``runtime-json``: ``client.request(op, path=..., parse=Response.json)`` with the logger at
  WARNING: the runtime alone, without the generated method, its model or the log line.

Each round times ``calls`` calls per side; the figure is the median per-call CPU over the rounds.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._sample import TOKEN, integration_body, integration_example
from ._server import KeepAliveServer
from ._stats import median, ratio

SIDES = ("client", "raw-json", "raw-model", "client-nolog", "runtime-json")
# High enough never to throttle: the limiter still runs its bookkeeping on every call.
NO_THROTTLE = (1_000_000, 1_000_000.0)
PACKAGE = "integratorio_client"


def _info_logging() -> tuple[logging.Logger, logging.Handler]:
    from integratorio_client._runtime._constants import LOG_FORMAT

    logger = logging.getLogger(PACKAGE)
    handler = logging.StreamHandler(open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logger.addHandler(handler)
    return logger, handler


def _drop_logging(logger: logging.Logger, handler: logging.Handler) -> None:
    logger.removeHandler(handler)
    handler.close()
    if isinstance(handler, logging.StreamHandler):
        handler.stream.close()
    logger.setLevel(logging.NOTSET)


def _order(index: int) -> tuple[str, ...]:
    shift = index % len(SIDES)
    return SIDES[shift:] + SIDES[:shift]


def _level(side: str) -> int:
    return logging.INFO if side == "client" else logging.WARNING


def _summary(per_call: dict[str, list[float]], rounds: int, calls: int) -> dict[str, Any]:
    medians = {side: median(values) for side, values in per_call.items()}
    return {
        "rounds": rounds,
        "calls_per_round": calls,
        "per_call_us": per_call,
        "median_us": medians,
        "ratio_vs_raw_json": ratio(medians["client"], medians["raw-json"]),
        "ratio_vs_raw_model": ratio(medians["client"], medians["raw-model"]),
        "ratio_nolog_vs_raw_json": ratio(medians["client-nolog"], medians["raw-json"]),
        "ratio_runtime_vs_raw_json": ratio(medians["runtime-json"], medians["raw-json"]),
    }


def measure_sync(base_url: str, rounds: int, calls: int) -> dict[str, Any]:
    from integratorio_client import IntegratorClient, RateLimit
    from integratorio_client.api.integrations.get_integration import OPERATION
    from integratorio_client.models import Integration

    item_id = str(integration_example()["_id"])
    url = f"{base_url}/integrations/{item_id}"
    path = f"/integrations/{item_id}"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    logger, handler = _info_logging()
    client = IntegratorClient(
        token=TOKEN,
        base_url=base_url,
        max_retries=2,
        rate_limit=RateLimit(capacity=NO_THROTTLE[0], rate_per_second=NO_THROTTLE[1]),
    )
    raw = httpx.Client()

    def run_side(side: str, n: int) -> float:
        logger.setLevel(_level(side))
        get = client.integrations.get
        started = time.process_time()
        if side in ("client", "client-nolog"):
            for _ in range(n):
                get(item_id)
        elif side == "raw-json":
            for _ in range(n):
                raw.get(url, headers=auth).json()
        elif side == "raw-model":
            for _ in range(n):
                Integration.from_dict(raw.get(url, headers=auth).json())
        else:
            for _ in range(n):
                client.request(OPERATION, path=path, parse=httpx.Response.json)
        return time.process_time() - started

    try:
        assert client.integrations.get(item_id).id == item_id  # the server answers the example
        per_call: dict[str, list[float]] = {side: [] for side in SIDES}
        for side in SIDES:
            run_side(side, max(20, calls // 5))  # warm-up: connections, caches, first calls
        for index in range(rounds):
            for side in _order(index):
                per_call[side].append(run_side(side, calls) / calls * 1e6)
        return _summary(per_call, rounds, calls)
    finally:
        client.close()
        raw.close()
        _drop_logging(logger, handler)


async def _measure_async(base_url: str, rounds: int, calls: int) -> dict[str, Any]:
    from integratorio_client import AsyncIntegratorClient, RateLimit
    from integratorio_client.api.integrations.get_integration import OPERATION
    from integratorio_client.models import Integration

    item_id = str(integration_example()["_id"])
    url = f"{base_url}/integrations/{item_id}"
    path = f"/integrations/{item_id}"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    logger, handler = _info_logging()
    client = AsyncIntegratorClient(
        token=TOKEN,
        base_url=base_url,
        max_retries=2,
        rate_limit=RateLimit(capacity=NO_THROTTLE[0], rate_per_second=NO_THROTTLE[1]),
    )
    raw = httpx.AsyncClient()

    async def run_side(side: str, n: int) -> float:
        logger.setLevel(_level(side))
        get: Callable[[str], Awaitable[Integration]] = client.integrations.get
        started = time.process_time()
        if side in ("client", "client-nolog"):
            for _ in range(n):
                await get(item_id)
        elif side == "raw-json":
            for _ in range(n):
                (await raw.get(url, headers=auth)).json()
        elif side == "raw-model":
            for _ in range(n):
                Integration.from_dict((await raw.get(url, headers=auth)).json())
        else:
            for _ in range(n):
                await client.request(OPERATION, path=path, parse=httpx.Response.json)
        return time.process_time() - started

    try:
        assert (await client.integrations.get(item_id)).id == item_id
        per_call: dict[str, list[float]] = {side: [] for side in SIDES}
        for side in SIDES:
            await run_side(side, max(20, calls // 5))
        for index in range(rounds):
            for side in _order(index):
                per_call[side].append(await run_side(side, calls) / calls * 1e6)
        return _summary(per_call, rounds, calls)
    finally:
        await client.aclose()
        await raw.aclose()
        _drop_logging(logger, handler)


def run(rounds: int, calls: int) -> dict[str, Any]:
    """Sync, then async, against one server process."""
    with KeepAliveServer(integration_body()) as server:
        return {
            "sync": measure_sync(server.base_url, rounds, calls),
            "async": asyncio.run(_measure_async(server.base_url, rounds, calls)),
        }
