"""Golden records: each fixture spec under golden/<case>/input generates golden/<case>/expected.

Refresh after an intended generator change with ``UPDATE_GOLDEN=1 make test`` (or run this file
with that variable) and review the diff like any other code change.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from generator._apis import GENERATOR_DIR, discover_apis
from generator._pipeline import generate

from ._support import GOLDEN_ROOT, fixture_root, snapshot

CASES = sorted(p.name for p in GOLDEN_ROOT.iterdir() if (p / "input").is_dir())
# Hashes of the generator's own files change with every edit to it; compare them by shape.
HASH_FIELDS = re.compile(r'("(?:inputs|templates|runtime)_sha256": )"[0-9a-f]{64}"')


def _normalise(name: str, content: bytes) -> bytes:
    if name.endswith("PROVENANCE.json"):
        return HASH_FIELDS.sub(r'\1"<sha256>"', content.decode()).encode()
    return content


def _generated_tree(tmp_path: Path, case: str) -> dict[str, bytes]:
    root = fixture_root(tmp_path, case)
    out = tmp_path / "out"
    generate(discover_apis(root), out, force=True)
    files = snapshot(out)
    # The shared runtime and the fakes' engine are copied verbatim (after the banner) and have
    # tests of their own (tests/runtime, tests/testing); golden records check that each copy is
    # there and unchanged, and do not store them a second time.
    copies = {}
    for name, content in files.items():
        folder, _, file_name = name.rpartition("/")
        for part, source_dir in (("/_runtime", "runtime"), ("/testing", "testing")):
            source = GENERATOR_DIR / source_dir / file_name
            if folder.endswith(part) and source.is_file():
                assert content.endswith(source.read_bytes()), f"{name} is not a copy of {source}"
                copies[name] = content
    assert any("/testing/" in n for n in copies) and any("/_runtime/" in n for n in copies)
    return {n: _normalise(n, c) for n, c in files.items() if n not in copies}


@pytest.mark.parametrize("case", CASES)
def test_generated_tree_matches_golden_record(tmp_path: Path, case: str) -> None:
    actual = _generated_tree(tmp_path, case)
    expected_dir = GOLDEN_ROOT / case / "expected"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(expected_dir, ignore_errors=True)
        for name, content in actual.items():
            (expected_dir / name).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / name).write_bytes(content)
    expected = snapshot(expected_dir)
    assert sorted(actual) == sorted(expected), "the set of generated files changed"
    for name in expected:
        assert actual[name] == expected[name], f"{name} differs from its golden record"


def test_golden_record_has_banner_on_every_file(tmp_path: Path) -> None:
    tree = _generated_tree(tmp_path, "mini")
    for name, content in tree.items():
        text = content.decode()
        if name.endswith(".json"):
            assert "make generate" in json.loads(text)["_banner"], name
        else:
            assert "specs/mini.yaml" in text.splitlines()[0], name
            assert "make generate" in text.split("\n\n", 1)[0], name
