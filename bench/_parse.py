"""Parsing a 10,000-item list answer: generated attrs models against pydantic v2 models.

Both sides are built from the same spec: the generated ``integratorio_client.models.Integration``
and ``integratorio_client.testing._wire_models.Integration`` (datamodel-code-generator, pydantic
v2). Three comparisons, each alternating A and B over several rounds (medians reported):

- ``per-item``: ``Integration.from_dict(d)`` for every dict against ``model_validate(d)`` for
  every dict (the headline figure: both pay one Python call per item);
- ``list``: the same generated loop against one ``TypeAdapter(list[Integration]).validate_python``;
- ``response``: the client's own parser of ``listIntegrations`` on an ``httpx.Response`` (JSON
  decoding included) against ``TypeAdapter(list[Integration]).validate_json`` of the same bytes.

Peak memory is tracemalloc's peak while turning the response bytes into models, per side.
"""

from __future__ import annotations

import gc
import json
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx

from ._sample import integration_list
from ._stats import median, ratio


def _time(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _alternate(
    a: Callable[[], object], b: Callable[[], object], rounds: int
) -> tuple[list[float], list[float]]:
    a(), b()  # warm-up: first calls, allocator arenas
    times_a: list[float] = []
    times_b: list[float] = []
    for index in range(rounds):
        pair = [(a, times_a), (b, times_b)]
        for fn, times in pair if index % 2 == 0 else reversed(pair):
            gc.collect()
            times.append(_time(fn))
    return times_a, times_b


def _peak_mib(fn: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return peak / 2**20


def _comparison(
    a: Callable[[], object], b: Callable[[], object], rounds: int, count: int
) -> dict[str, Any]:
    times_a, times_b = _alternate(a, b, rounds)
    return {
        "seconds_a": times_a,
        "seconds_b": times_b,
        "median_a_s": median(times_a),
        "median_b_s": median(times_b),
        "per_item_a_us": median(times_a) / count * 1e6,
        "per_item_b_us": median(times_b) / count * 1e6,
        "ratio": ratio(median(times_a), median(times_b)),
    }


def run(count: int, rounds: int) -> dict[str, Any]:
    from integratorio_client.api.integrations.list_integrations import (
        _parse_success as parse_list_answer,
    )
    from integratorio_client.models import Integration
    from integratorio_client.testing._wire_models import Integration as WireIntegration
    from pydantic import TypeAdapter

    items = integration_list(count)
    body = json.dumps(items).encode()
    response = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    adapter = TypeAdapter(list[WireIntegration])

    def generated_per_item() -> list[Integration]:
        return [Integration.from_dict(item) for item in items]

    def pydantic_per_item() -> list[WireIntegration]:
        return [WireIntegration.model_validate(item) for item in items]

    def pydantic_list() -> list[WireIntegration]:
        return adapter.validate_python(items)

    def generated_response() -> list[Integration]:
        return parse_list_answer(response)

    def pydantic_response() -> list[WireIntegration]:
        return adapter.validate_json(body)

    # Both sides must have read the same data, or the comparison means nothing.
    ours, theirs = generated_response(), pydantic_response()
    assert len(ours) == len(theirs) == count
    our_steps, their_steps = ours[-1].install, theirs[-1].install
    assert ours[-1].id == theirs[-1].field_id
    assert isinstance(our_steps, list) and isinstance(their_steps, list)
    assert [s.name for s in our_steps] == [s.name for s in their_steps]
    del ours, theirs, our_steps, their_steps

    return {
        "items": count,
        "rounds": rounds,
        "body_bytes": len(body),
        "per_item": _comparison(generated_per_item, pydantic_per_item, rounds, count),
        "list": _comparison(generated_per_item, pydantic_list, rounds, count),
        "response": _comparison(generated_response, pydantic_response, rounds, count),
        "peak_mib_generated": _peak_mib(generated_response),
        "peak_mib_pydantic": _peak_mib(pydantic_response),
    }
