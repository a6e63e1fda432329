"""Format a generated tree, stamp every file with a banner, and record its provenance."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from ._apis import GENERATOR_DIR, ApiInputs
from ._errors import GenerationError

RUFF_CONFIG = GENERATOR_DIR / "ruff-generated.toml"
PROVENANCE_FILE = "PROVENANCE.json"


def banner_lines(api: ApiInputs) -> list[str]:
    """The banner text (without comment markers) that heads every generated file."""
    sources = [api.rel(api.spec)]
    if api.overlay.is_file():
        sources.append(api.rel(api.overlay))
    return [
        f"Generated from {' + '.join(sources)} by `make generate`. Do not edit by hand:",
        f"change the spec, overrides/{api.name}/ or generator/ and run `make generate`.",
    ]


def run_ruff(paths: list[Path]) -> None:
    """Fix imports/upgrades and format ``paths`` with the pinned ruff and our fixed config."""
    commands = [
        ["check", "--fix-only", "--exit-zero", "--quiet"],
        ["format", "--quiet"],
    ]
    for args in commands:
        cmd = [sys.executable, "-m", "ruff", *args, "--config", str(RUFF_CONFIG)]
        cmd += [str(p) for p in paths]
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise GenerationError(
                "format",
                f"ruff {args[0]} failed (exit {result.returncode}); generated code is not valid "
                f"Python, so a template or override module is broken:\n"
                f"{result.stderr or result.stdout}",
            )


def add_banners(api: ApiInputs, dist_dir: Path) -> None:
    """Prepend the banner to every file in ``dist_dir`` in the comment syntax of its type."""
    lines = banner_lines(api)
    for path in sorted(p for p in dist_dir.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        if path.suffix in {".py", ".toml", ".typed", ".cfg"} or path.name == ".gitignore":
            head = "".join(f"# {line}\n" for line in lines)
        elif path.suffix == ".md":
            head = "<!-- " + " ".join(lines) + " -->\n\n"
        else:
            continue  # JSON has no comments; PROVENANCE.json carries the banner as a key.
        path.write_text(head + text, encoding="utf-8")


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sha256_tree(root: Path, *, suffixes: tuple[str, ...] = ()) -> str:
    """Hash every file below ``root`` (names and contents, sorted), optionally by suffix."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts or (suffixes and path.suffix not in suffixes):
            continue
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def write_provenance(api: ApiInputs, dist_dir: Path, inputs_sha256: str) -> None:
    """Record what the package was made from; the same inputs always give the same record."""
    from importlib.metadata import version

    record: dict[str, Any] = {
        "_banner": " ".join(banner_lines(api)),
        "api": api.name,
        "version": api.settings.version,
        "spec": {"path": api.rel(api.spec), "sha256": sha256_file(api.spec)},
        "overlay": (
            {"path": api.rel(api.overlay), "sha256": sha256_file(api.overlay)}
            if api.overlay.is_file()
            else None
        ),
        "generator": {
            "openapi-python-client": version("openapi-python-client"),
            "ruff": version("ruff"),
            "templates_sha256": sha256_tree(GENERATOR_DIR / "templates"),
            "runtime_sha256": sha256_tree(GENERATOR_DIR / "runtime", suffixes=(".py",)),
        },
        "inputs_sha256": inputs_sha256,
    }
    text = json.dumps(record, indent=2, sort_keys=True) + "\n"
    (dist_dir / PROVENANCE_FILE).write_text(text, encoding="utf-8")


def read_recorded_inputs(dist_dir: Path) -> str | None:
    """The ``inputs_sha256`` a package was generated from, or None if unknown."""
    try:
        record = json.loads((dist_dir / PROVENANCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = record.get("inputs_sha256")
    return value if isinstance(value, str) else None
