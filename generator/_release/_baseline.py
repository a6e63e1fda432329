"""``releases/<api>/``: what was last released, committed, for the next release to compare with.

- ``baseline.json``: the version, and the sha256 of every file of ``generated/<dist>/`` as it was
  released. A package whose files all match needs no release; any other byte needs one, because
  an index must never get two different files under one version (``make publish`` refuses).
- ``spec.json``: the overlaid spec the release was made from (the wire contract).
- ``api.json``: griffe's dump of the package's public Python API (``_python_api.dump``).
- ``CHANGELOG.md``: the changelog; the pipeline copies it into the package.

Nothing here carries a date or a machine's path: the same release always writes the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._apis import ApiInputs
from .._errors import GenerationError
from .._pipeline import IGNORED_PARTS, IGNORED_SUFFIXES, RELEASES_DIR

BASELINE_FILE = "baseline.json"
SPEC_FILE = "spec.json"
API_FILE = "api.json"
_NOTE = (
    "Written by `make release` (generator/_release); the next release compares generated/ "
    "with it. Do not edit by hand."
)


def release_dir(api: ApiInputs) -> Path:
    return api.root / RELEASES_DIR / api.name


def file_hashes(dist_dir: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file of a generated package (caches left out)."""
    hashes: dict[str, str] = {}
    for path in sorted(dist_dir.rglob("*")):
        relative = path.relative_to(dist_dir)
        if any(part in IGNORED_PARTS or part.endswith(IGNORED_SUFFIXES) for part in relative.parts):
            continue
        if path.is_file():
            hashes[relative.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


@dataclass(frozen=True)
class Baseline:
    """The last release of one package."""

    directory: Path
    version: str
    files: dict[str, str]

    def spec(self) -> dict[str, Any]:
        data = json.loads((self.directory / SPEC_FILE).read_text(encoding="utf-8"))
        assert isinstance(data, dict)
        return data

    def api_text(self) -> str:
        return (self.directory / API_FILE).read_text(encoding="utf-8")


def read_baseline(api: ApiInputs) -> Baseline | None:
    """The package's last release, or None if it has none yet."""
    directory = release_dir(api)
    path = directory / BASELINE_FILE
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        version, files = record["version"], record["files"]
    except (ValueError, KeyError, TypeError) as exc:
        raise GenerationError(
            "release",
            f"{api.rel(path)} is not a baseline `make release` wrote ({exc!r}). Restore it from "
            "git, or record the current state as released with `make release-baseline`.",
        ) from exc
    for name in (SPEC_FILE, API_FILE):
        if not (directory / name).is_file():
            raise GenerationError(
                "release",
                f"{api.rel(directory / name)} is missing: restore it from git, or record the "
                "current state as released with `make release-baseline`.",
            )
    return Baseline(directory, str(version), {str(k): str(v) for k, v in files.items()})


def write_baseline(
    api: ApiInputs, version: str, files: dict[str, str], spec_text: str, api_text: str
) -> Path:
    """Record a release; returns its folder."""
    directory = release_dir(api)
    directory.mkdir(parents=True, exist_ok=True)
    record = {"_note": _NOTE, "distribution": api.distribution, "version": version, "files": files}
    text = json.dumps(record, indent=2, sort_keys=True) + "\n"
    (directory / BASELINE_FILE).write_text(text, encoding="utf-8")
    (directory / SPEC_FILE).write_text(spec_text, encoding="utf-8")
    (directory / API_FILE).write_text(api_text, encoding="utf-8")
    return directory
