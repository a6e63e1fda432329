"""The pipeline: spec -> overlay -> openapi-python-client -> hand-written code -> generated/.

Every package is built in a staging folder under ``.cache/``; only when all of them have passed
every step are they swapped into ``generated/``. A failure anywhere leaves ``generated/`` exactly
as it was and raises a PipelineError that names the step, the file and the reason.
"""

from __future__ import annotations

import difflib
import hashlib
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._apis import GENERATOR_DIR, ApiInputs
from ._errors import PipelineError
from ._overlay import ActionResult, apply_overlay, load_overlay
from ._postprocess import (
    add_banners,
    read_recorded_inputs,
    run_ruff,
    write_provenance,
)
from ._specfile import SpecDocument, load_spec
from ._validate import validate_spec

# Files that are not part of a generated tree even if present (caches made by imports and tools).
IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build"})
IGNORED_SUFFIXES = (".pyc", ".egg-info")


def _hash_paths(digest: Any, root: Path, paths: Iterable[Path]) -> None:
    for path in sorted(paths):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        try:
            name = path.relative_to(root).as_posix()
        except ValueError:
            name = path.as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")


# releases/<api>/ holds what `make release` recorded (generator/_release). Of it, only the
# changelog is part of the package (copied in as CHANGELOG.md); the release tooling itself reads
# generated/ and shapes nothing in it, so editing it asks for no new release.
RELEASES_DIR = "releases"
CHANGELOG_FILE = "CHANGELOG.md"
RELEASE_TOOLING = "_release"
# hatchling puts the nearest .gitignore above a package into its sdist, whatever the settings
# (hatchling/builders/sdist.py, `vcs_exclusion_files`): without one of its own, the sdist would
# carry the repository's, and its bytes would change with a file outside generated/ (so that
# `make publish` would refuse a rebuilt release). This one is the package's.
SDIST_GITIGNORE = "__pycache__/\n*.py[cod]\nbuild/\ndist/\n*.egg-info/\n"


def changelog_source(api: ApiInputs) -> Path:
    """The committed changelog that becomes generated/<dist>/CHANGELOG.md."""
    return api.root / RELEASES_DIR / api.name / CHANGELOG_FILE


def inputs_sha256(api: ApiInputs) -> str:
    """Hash of everything the package depends on: the spec, overrides/<api>/ (sdk.yaml, which
    holds openapi-python-client's options too, the overlay and the modules), the changelog, the
    generator (but its release tooling) and the pinned versions."""
    digest = hashlib.sha256()
    _hash_paths(digest, api.root, [api.spec])
    _hash_paths(digest, api.root, api.overrides.rglob("*"))
    _hash_paths(digest, api.root, [changelog_source(api)])
    generator_files = GENERATOR_DIR.rglob("*")
    _hash_paths(
        digest,
        api.root,
        (p for p in generator_files if p.relative_to(GENERATOR_DIR).parts[0] != RELEASE_TOOLING),
    )
    _hash_paths(digest, api.root, [api.root / "requirements.lock"])
    return digest.hexdigest()


@dataclass
class PreparedSpec:
    """A spec after validation, overlay and re-validation."""

    api: ApiInputs
    data: dict[str, Any]
    overlay_results: list[ActionResult]


def prepare_spec(api: ApiInputs, *, strict: bool = True) -> PreparedSpec:
    """Validate the spec, apply its overlay and validate the result."""
    doc = load_spec(api.spec)
    doc.path = Path(api.rel(api.spec))
    validate_spec(doc, stage="validate")
    results: list[ActionResult] = []
    if api.overlay.is_file():
        overlay = load_overlay(api.overlay)
        results = apply_overlay(doc.data, overlay, Path(api.rel(api.overlay)), strict=strict)
        overlaid = SpecDocument(
            path=Path(f"{api.rel(api.spec)} + {api.rel(api.overlay)}"), data=doc.data
        )
        validate_spec(overlaid, stage="validate-after-overlay")
    return PreparedSpec(api, doc.data, results)


def build_packages(apis: list[ApiInputs], staging: Path) -> dict[str, Path]:
    """Build every package of ``apis`` below ``staging``; return dist folders by API name."""
    from ._codegen import generate_package

    built: dict[str, Path] = {}
    for api in apis:
        prepared = prepare_spec(api)
        dist_dir = staging / api.distribution
        generate_package(api, prepared.data, dist_dir)
        if changelog_source(api).is_file():
            shutil.copyfile(changelog_source(api), dist_dir / CHANGELOG_FILE)
        (dist_dir / ".gitignore").write_text(SDIST_GITIGNORE, encoding="utf-8")
        built[api.name] = dist_dir
    if built:
        run_ruff(list(built.values()))
    for api in apis:
        add_banners(api, built[api.name])
        write_provenance(api, built[api.name], inputs_sha256(api))
    return built


def _staging_dir(root: Path) -> Path:
    cache = root / ".cache"
    cache.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="staging-", dir=cache))


def generate(apis: list[ApiInputs], out_root: Path, *, force: bool = False) -> list[str]:
    """Regenerate the packages whose inputs changed; return the names of those rebuilt."""
    stale = [
        api
        for api in apis
        if force
        or not (out_root / api.distribution).is_dir()
        or read_recorded_inputs(out_root / api.distribution) != inputs_sha256(api)
    ]
    if not stale:
        return []
    root = stale[0].root
    staging = _staging_dir(root)
    try:
        built = build_packages(stale, staging)
        out_root.mkdir(parents=True, exist_ok=True)
        # Every step passed: swap each package in. A rename is atomic per package.
        for api in stale:
            final = out_root / api.distribution
            if final.exists():
                final.rename(staging / f"old-{api.distribution}")
            built[api.name].rename(final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [api.name for api in stale]


def _tree_files(root: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    if not root.is_dir():
        return files
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part in IGNORED_PARTS or part.endswith(IGNORED_SUFFIXES) for part in relative.parts):
            continue
        if path.is_file():
            files[relative.as_posix()] = path
    return files


def diff_trees(expected_root: Path, actual_root: Path, *, label: str = "generated") -> list[str]:
    """Describe every difference between two trees (missing, extra and changed files)."""
    expected, actual = _tree_files(expected_root), _tree_files(actual_root)
    report: list[str] = []
    for name in sorted(expected.keys() - actual.keys()):
        report.append(f"missing from {label}/: {name}")
    for name in sorted(actual.keys() - expected.keys()):
        report.append(f"not produced by the generator (hand-added or stale): {label}/{name}")
    for name in sorted(expected.keys() & actual.keys()):
        want, have = expected[name].read_bytes(), actual[name].read_bytes()
        if want == have:
            continue
        try:
            diff = difflib.unified_diff(
                have.decode().splitlines(keepends=True),
                want.decode().splitlines(keepends=True),
                f"{label}/{name} (committed)",
                f"{label}/{name} (regenerated)",
                n=2,
            )
            report.append(f"changed: {label}/{name}\n" + "".join(list(diff)[:80]))
        except UnicodeDecodeError:
            report.append(f"changed (binary): {label}/{name}")
    return report


def check(apis: list[ApiInputs], out_root: Path, *, every_api: bool = True) -> list[str]:
    """Regenerate into a temporary tree and compare with ``out_root``; return the drift.

    With ``every_api`` the whole of ``out_root`` is compared, so a stray folder or file there is
    drift too; otherwise only the named APIs' package folders are.
    """
    root = apis[0].root
    staging = _staging_dir(root)
    try:
        build_packages(apis, staging)
        if every_api:
            return diff_trees(staging, out_root, label=out_root.name)
        drift: list[str] = []
        for api in apis:
            label = f"{out_root.name}/{api.distribution}"
            drift += diff_trees(
                staging / api.distribution, out_root / api.distribution, label=label
            )
        return drift
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def overlay_report(apis: list[ApiInputs]) -> tuple[list[str], bool]:
    """Lines for ``make overrides-report`` and whether any action matched nothing."""
    lines: list[str] = [
        "Overlay semantics: objects are deep-merged key by key; arrays are replaced whole (an",
        "update states the complete array); an update whose target is an array is appended to",
        "it as one element; remove deletes each matched node.",
        "",
    ]
    failed = False
    for api in apis:
        if not api.overlay.is_file():
            lines.append(f"{api.name}: no overlay")
            continue
        try:
            prepared = prepare_spec(api, strict=False)
        except PipelineError as exc:
            lines.append(f"{api.name}: cannot report: {exc}")
            failed = True
            continue
        lines.append(f"{api.rel(api.overlay)}:")
        for result in prepared.overlay_results:
            note = {
                "applied": "applied",
                "matched nothing": "ERROR matched nothing: fix the target or delete the action",
                "changed nothing": "changed nothing: the spec already says this; delete it?",
            }[result.status.value]
            failed = failed or result.status.value == "matched nothing"
            lines.append(f"  #{result.index:<2} {note:<12} {result.target}")
            lines.append(f"      {result.description}")
    return lines, failed
