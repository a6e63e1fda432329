#!/usr/bin/env python3
"""Extract every JSON block of the vendors' documentation into tests/data/vendor_examples/.

The input is a copy of the files of the vendors' public repositories (each table's
``repository`` and ``files`` below), one folder per API under DOCS_DIR (default DEFAULT_DOCS,
a folder beside the checkout). They are not needed to build or test: this script is run by
hand when a doc changes, and its output is committed. The tests only read the committed JSON
(tests/specs/test_vendor_examples.py).

Per API, ``tools/vendor_examples/<api>.yaml`` says where the docs come from and where each block
belongs:

- ``repository``: the public repository the files are copied from, ``files``: which of them;
- ``places``: ``"<file>:L<line>"`` -> ``{operation: <operationId>, request: true}`` or
  ``{operation: ..., response: "<status>"}`` or ``{schema: <component>}``, optionally with
  ``pointer`` (the part of the block that is the value there) and ``note``; or ``{none: <why>}``
  for a block that illustrates nothing the API sends or accepts;
- ``repairs``: ``"<file>:L<line>"`` -> ``{last: <line>, append: <text>, note: <why>}`` for a
  block that is not valid JSON in the docs, minimally fixed;
- ``not_json``: ``"<file>:L<line>"`` -> why a line that opens with ``{`` or ``[`` is no JSON block
  (code in another language).

Every block must have a place and every table entry must match a block, so a changed doc cannot
slip by. A block is found where a line (after its indentation) starts with ``{`` or ``[`` and a
JSON value parses from there (markdown fences and reStructuredText code blocks alike).

Usage: python tools/extract_vendor_examples.py API [DOCS_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = ROOT.parent / "shared" / "reference" / "vendor-docs"
TABLES = ROOT / "tools" / "vendor_examples"
OUTPUT = ROOT / "tests" / "data" / "vendor_examples"


def extract(path: Path, table: dict[str, Any]) -> list[dict[str, Any]]:
    """Every JSON block of one doc file, repaired where the table says so."""
    repairs: dict[str, Any] = table.get("repairs") or {}
    not_json: dict[str, Any] = table.get("not_json") or {}
    lines = path.read_text(encoding="utf-8").splitlines()
    decoder = json.JSONDecoder()
    blocks: list[dict[str, Any]] = []
    i = 0
    while i < len(lines):
        key = f"{path.name}:L{i + 1}"
        if not lines[i].lstrip().startswith(("{", "[")) or key in not_json:
            i += 1
            continue
        rest = "\n".join(lines[i:]).lstrip()
        try:
            value, end = decoder.raw_decode(rest)
        except json.JSONDecodeError as error:
            repair = repairs.get(key)
            if repair is None:
                raise SystemExit(
                    f"{key}: block does not parse ({error.msg}) and has no entry under "
                    "'repairs' or 'not_json'"
                ) from error
            last = int(repair["last"])
            value = json.loads("\n".join(lines[i:last]) + "\n" + str(repair.get("append", "")))
            blocks.append({"id": key, "line": i + 1, "repair": repair["note"], "value": value})
            i = last
            continue
        blocks.append({"id": key, "line": i + 1, "value": value})
        i += rest[:end].count("\n") + 1
    return blocks


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        raise SystemExit(__doc__)
    api = argv[1]
    docs = Path(argv[2]) if len(argv) > 2 else DEFAULT_DOCS
    table: dict[str, Any] = yaml.safe_load((TABLES / f"{api}.yaml").read_text(encoding="utf-8"))
    places: dict[str, Any] = table.get("places") or {}
    records: list[dict[str, Any]] = []
    for name in table["files"]:
        for block in extract(docs / api / name, table):
            block["file"] = name
            block["place"] = places.get(block["id"])
            records.append(block)
    found = {r["id"] for r in records}
    for section in ("places", "repairs"):
        stale = sorted(set(table.get(section) or {}) - found)
        if stale:
            raise SystemExit(f"tools/vendor_examples/{api}.yaml {section}: no such block {stale}")
    unplaced = sorted(r["id"] for r in records if r["place"] is None)
    keys = ("id", "file", "line", "place", "repair", "value")
    data = {
        "about": (
            f"JSON blocks of {table['repository']} ({', '.join(table['files'])}), extracted by "
            "tools/extract_vendor_examples.py. Each validates against the schema its `place` "
            "names (tests/specs/test_vendor_examples.py)."
        ),
        "repository": table["repository"],
        "count": len(records),
        "blocks": [{key: r[key] for key in keys if key in r} for r in records],
    }
    OUTPUT.mkdir(parents=True, exist_ok=True)
    target = OUTPUT / f"{api}.json"
    target.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(records)} blocks -> {target.relative_to(ROOT)}")
    if unplaced:
        print(f"{len(unplaced)} blocks have no place yet: {', '.join(unplaced)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
