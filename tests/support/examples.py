"""The vendors' JSON examples, as the tests read them: one loader for both kinds.

- the seed pages' blocks, ``tests/data/seed_examples.json`` (tools/extract_seed_examples.py),
  by id ``"000:L35"`` (seed 000, line 35);
- the vendors' current documentation's blocks, ``tests/data/vendor_examples/<api>.json``
  (tools/extract_vendor_examples.py), by id ``"_tokens.md:L41"`` (that file, line 41).

Every function answers a deep copy, so a test may change what it gets.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data"
SEED_EXAMPLES = DATA / "seed_examples.json"
VENDOR_EXAMPLES = DATA / "vendor_examples"


@cache
def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _value(blocks: list[dict[str, Any]], block_id: str, where: Path) -> Any:
    values = [block["value"] for block in blocks if block["id"] == block_id]
    assert len(values) == 1, f"{where} has {len(values)} blocks with id {block_id!r}"
    return copy.deepcopy(values[0])


def seed_document() -> dict[str, Any]:
    """The whole of ``seed_examples.json`` (``about``, ``count``, ``blocks``)."""
    document: dict[str, Any] = copy.deepcopy(_read(SEED_EXAMPLES))
    return document


def seed_blocks() -> list[dict[str, Any]]:
    """Every seed block: ``id``, ``seed``, ``value`` and where it belongs."""
    blocks: list[dict[str, Any]] = seed_document()["blocks"]
    return blocks


def seed_example(block_id: str) -> Any:
    """A seed block's JSON value by id (``"000:L167"``: seed 000, line 167)."""
    return _value(_read(SEED_EXAMPLES)["blocks"], block_id, SEED_EXAMPLES)


def vendor_document(api: str) -> dict[str, Any]:
    """The whole of ``vendor_examples/<api>.json`` (``about``, ``repository``, ``blocks``...)."""
    document: dict[str, Any] = copy.deepcopy(_read(VENDOR_EXAMPLES / f"{api}.json"))
    return document


def vendor_blocks(api: str) -> list[dict[str, Any]]:
    """Every block of one API's current docs: ``id``, ``file``, ``place``, ``value``..."""
    blocks: list[dict[str, Any]] = vendor_document(api)["blocks"]
    return blocks


def vendor_example(api: str, block_id: str) -> Any:
    """A block of the vendor's current docs by id (``"_tokens.md:L41"``)."""
    path = VENDOR_EXAMPLES / f"{api}.json"
    return _value(_read(path)["blocks"], block_id, path)
