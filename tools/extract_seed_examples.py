#!/usr/bin/env python3
"""Extract every JSON block from the seed documents into tests/data/seed_examples.json.

The seeds are older excerpts of the vendors' public documentation, the text the specs were first
curated from, kept outside the repository (DEFAULT_SEEDS, a folder beside the checkout) and not
needed to build or test: this script is run by hand when a seed changes, and its output is
committed. The tests only read the committed JSON. Each seed is a version of a public file, so a
block's id (``<seed>:L<line>``) can be looked up there:

- 000: autobutler/mechanics_api_docs, source/includes/_mechanic_integrations.md, lines 1-286
  (same line numbers);
- 001: celigo/integrator-api-docs, integration.md at commit f4fd0b0 (2018-01-03; same lines);
- 002: the same file after commit 7b7339a (2023-08-10, placeholder ids) as its web page renders
  it, so its line numbers differ from the file's;
- 003: hubsterio/docs, docs/api/portal/2_integration.rst at commit 0b41be3 (2020-10-24; same
  lines);
- 004: celigo/integrator-api-docs, connector.md (same lines).

A block is found where a line (after its indentation) starts with ``{`` or ``[`` and a JSON value
parses from there (markdown fences, reStructuredText code blocks and plain text alike). The PATCH
body that the Autobutler page only shows inline in a ``curl -d $'...'`` argument is picked up too.
Blocks that do not parse must have an entry in REPAIRS (minimal fix plus a note); blocks that are
documented fragments of a larger body have an entry in FRAGMENTS, which tells the embedding test
which part of the block is embedded and on which component schema.

Usage: python tools/extract_seed_examples.py [SEED_DIR] [OUTPUT]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
DEFAULT_OUTPUT = ROOT / "tests" / "data" / "seed_examples.json"

# seed file prefix -> spec file that must embed its examples
SPEC_FOR_SEED = {
    "000": "autobutler.yaml",
    "001": "integratorio.yaml",
    "002": "integratorio.yaml",
    "003": "hubster.yaml",
    "004": "integratorio.yaml",
}

# (seed prefix, first line) -> (last line of the broken block, text appended after it, note)
REPAIRS = {
    ("003", 283): (
        302,
        "}",
        "The seed's Direct create response never closes the outer object (the configuration "
        "object's brace is the last one); one '}' appended after line 302.",
    ),
    ("003", 577): (
        596,
        "}",
        "The seed's Direct update response never closes the outer object (the configuration "
        "object's brace is the last one); one '}' appended after line 596.",
    ),
}

# (seed prefix, first line) -> fragment selector: JSON pointer into the block and the component
# schema whose `examples` hold the value found there. Pointer "" means the whole block.
FRAGMENTS = {
    # Hubster create: per-channel configuration objects (part of a create request body)
    ("003", 105): ("", "TwilioSmsCreateConfiguration"),
    ("003", 156): ("", "MessengerCreateConfiguration"),
    ("003", 194): ("", "WebChatCreateConfiguration"),
    ("003", 252): ("", "DirectCreateConfiguration"),
    ("003", 308): ("", "SystemCreateConfiguration"),
    ("003", 358): ("", "SlackCreateConfiguration"),
    # Hubster update: per-channel configuration objects (part of an update request body)
    ("003", 477): ("", "WebChatUpdateConfiguration"),
    ("003", 536): ("", "DirectUpdateConfiguration"),
    ("003", 602): ("", "SystemUpdateConfiguration"),
    # Hubster get: "Response Body Examples" show only the configuration part of a response
    ("003", 730): ("/configuration", "TwilioSmsConfiguration"),
    ("003", 748): ("/configuration", "MessengerConfiguration"),
    ("003", 758): ("/configuration", "WebChatConfiguration"),
    ("003", 779): ("/configuration", "DirectConfiguration"),
    ("003", 797): ("", "SystemConfiguration"),
    ("003", 847): ("/configuration", "SlackConfiguration"),
}

INLINE_CURL = re.compile(r"-d \$'(\{.*\})'")


def extract(path: Path) -> list[dict[str, Any]]:
    prefix = path.name[:3]
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    decoder = json.JSONDecoder()
    blocks: list[dict[str, Any]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        lineno = i + 1
        inline = INLINE_CURL.search(line)
        if inline:
            blocks.append(
                {
                    "value": json.loads(inline.group(1)),
                    "line": lineno,
                    "note": "request body shown inline as a curl -d argument",
                }
            )
            i += 1
            continue
        stripped = line.lstrip()
        if not stripped.startswith(("{", "[")):
            i += 1
            continue
        rest = "\n".join(lines[i:])
        try:
            value, end = decoder.raw_decode(rest.lstrip())
        except json.JSONDecodeError as error:
            repair = REPAIRS.get((prefix, lineno))
            if repair is None:
                message = f"{path.name}:{lineno}: block does not parse and has no repair"
                raise SystemExit(message) from error
            last, appended, note = repair
            value = json.loads("\n".join(lines[i:last]) + "\n" + appended)
            blocks.append({"value": value, "line": lineno, "repair": note})
            i = last
            continue
        consumed = rest.lstrip()[:end]
        blocks.append({"value": value, "line": lineno})
        i += consumed.count("\n") + 1
    for block in blocks:
        block["seed"] = path.name
        block["id"] = f"{prefix}:L{block['line']}"
        block["spec"] = SPEC_FOR_SEED[prefix]
        fragment = FRAGMENTS.get((prefix, block["line"]))
        if fragment:
            block["fragment"] = {"pointer": fragment[0], "schema": fragment[1]}
    return blocks


def main(argv: list[str]) -> int:
    seeds = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEEDS
    output = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUTPUT
    records: list[dict[str, Any]] = []
    for path in sorted(seeds.glob("0*.txt")):
        records.extend(extract(path))
    used = {(r["id"][:3], r["line"]) for r in records}
    for table in (REPAIRS, FRAGMENTS):
        stale = set(table) - used
        if stale:
            raise SystemExit(f"table entries that match no block: {sorted(stale)}")
    keys = ("id", "seed", "line", "spec", "note", "repair", "fragment", "value")
    ordered = [{key: r[key] for key in keys if key in r} for r in records]
    data = {
        "about": (
            "JSON blocks of the seed documents, extracted by tools/extract_seed_examples.py. "
            "Each must be embedded (deep-equal) as an example in its spec; `fragment` names the "
            "part that is embedded and the component schema carrying it, `repair` says how a block "
            "that is not valid JSON in the seed was minimally fixed."
        ),
        "count": len(ordered),
        "blocks": ordered,
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(ordered)} blocks -> {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
