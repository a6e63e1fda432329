"""Helpers for generator tests: copy a fixture API into a temporary repo root."""

from __future__ import annotations

import shutil
from pathlib import Path

GOLDEN_ROOT = Path(__file__).resolve().parent / "golden"


def fixture_root(tmp_path: Path, case: str = "mini") -> Path:
    """A writable copy of ``golden/<case>/input`` (specs/ and overrides/) under ``tmp_path``."""
    root = tmp_path / case
    shutil.copytree(GOLDEN_ROOT / case / "input", root)
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (relative name -> bytes), caches excluded."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }
