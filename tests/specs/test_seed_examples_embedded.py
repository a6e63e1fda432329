"""Every JSON block of the seed documents is embedded, unchanged, as an example in its spec.

tests/data/seed_examples.json holds the blocks (written by tools/extract_seed_examples.py from
the seed pages, which the repository does not need). A block is found when a deep-equal value
appears among the spec's examples; a `fragment` block is found when the part its JSON pointer
selects appears among the `examples` of the component schema it names. Values are compared as
canonical JSON so that `true` never equals `1`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support import seed_document

ROOT = Path(__file__).resolve().parents[2]

# Blocks per seed file, as counted when the data was extracted. Dropping a block from the data
# (or a seed gaining one without the data following) fails test_block_counts.
EXPECTED_BLOCKS = {"000": 5, "001": 2, "002": 2, "003": 28, "004": 8}


def seed_data() -> dict[str, Any]:
    return seed_document()


BLOCKS: list[dict[str, Any]] = seed_data()["blocks"]


@cache
def load(spec: str) -> dict[str, Any]:
    with (ROOT / "specs" / spec).open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def example_values(node: Any, parent_key: str | None = None) -> Iterator[Any]:
    """Every example value in a spec: media-type/parameter/component examples and schema ones."""
    if isinstance(node, dict):
        in_property_map = parent_key in ("properties", "patternProperties", "$defs")
        for key, value in node.items():
            if not in_property_map and key == "example":
                yield value
            elif not in_property_map and key == "examples":
                if isinstance(value, list):
                    yield from value
                elif isinstance(value, dict):
                    for example in value.values():
                        if isinstance(example, dict) and "value" in example:
                            yield example["value"]
            else:
                yield from example_values(value, key)
    elif isinstance(node, list):
        for value in node:
            yield from example_values(value)


@cache
def embedded(spec: str) -> frozenset[str]:
    return frozenset(canonical(value) for value in example_values(load(spec)))


@cache
def embedded_on_schema(spec: str, schema: str) -> frozenset[str]:
    examples = load(spec)["components"]["schemas"][schema].get("examples", [])
    return frozenset(canonical(value) for value in examples)


def select(value: Any, pointer: str) -> Any:
    for token in filter(None, pointer.split("/")):
        token = token.replace("~1", "/").replace("~0", "~")
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


def test_block_counts() -> None:
    data = seed_data()
    assert data["count"] == len(BLOCKS)
    per_seed: dict[str, int] = {}
    for block in BLOCKS:
        per_seed[block["id"][:3]] = per_seed.get(block["id"][:3], 0) + 1
    assert per_seed == EXPECTED_BLOCKS
    assert len({block["id"] for block in BLOCKS}) == len(BLOCKS)


@pytest.mark.parametrize("block", BLOCKS, ids=[block["id"] for block in BLOCKS])
def test_block_is_embedded(block: dict[str, Any]) -> None:
    spec = block["spec"]
    fragment = block.get("fragment")
    if fragment is None:
        assert canonical(block["value"]) in embedded(spec), (
            f"{block['seed']} line {block['line']} is not an example in specs/{spec}"
        )
    else:
        part = select(block["value"], fragment["pointer"])
        assert canonical(part) in embedded_on_schema(spec, fragment["schema"]), (
            f"{block['seed']} line {block['line']} ({fragment['pointer'] or 'whole block'}) is "
            f"not among the examples of {fragment['schema']} in specs/{spec}"
        )


def test_repairs_are_explained() -> None:
    repaired = [block for block in BLOCKS if "repair" in block]
    assert {block["id"] for block in repaired} == {"003:L283", "003:L577"}
    assert all(block["repair"].strip() for block in repaired)


def test_a_changed_example_would_not_be_found() -> None:
    block = next(block for block in BLOCKS if block["id"] == "000:L35")
    changed = json.loads(json.dumps(block["value"]))
    changed["mechanicIntegrations"][0]["integrationDetails"]["features"]["supportsOpenJob"] = 1
    assert canonical(block["value"]) in embedded(block["spec"])
    assert canonical(changed) not in embedded(block["spec"])
