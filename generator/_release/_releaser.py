"""``python -m generator release``: each package against its last release.

- ``release``: regenerate what is stale, compare every package with its baseline (the wire
  contract, the Python API, the files), and for each one that changed write the next version
  into its sdk.yaml and a section into its changelog, regenerate it, and record the new
  baseline. A package whose files did not change keeps its version.
- ``release --check``: the gate of ``make test``; fails when generated/ differs from the last
  release of a package and ``make release`` was not run.
- ``release --init-baseline``: record generated/ as released at the versions sdk.yaml holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .._apis import ApiInputs, discover_apis
from .._errors import GenerationError
from .._pipeline import CHANGELOG_FILE, changelog_source, generate, prepare_spec
from .._postprocess import PROVENANCE_FILE
from . import _python_api, _wire
from ._baseline import Baseline, file_hashes, read_baseline, release_dir, write_baseline
from ._bump import Change, Level, next_version, ordered, overall
from ._changelog import add_section, first_section, section

# How many breaking entries the gate's message lists per package (the changelog has them all).
GATE_ENTRIES = 12
_VERSION_LINE = re.compile(r"^version:[^\n]*$", re.MULTILINE)
_PACKAGE_LINE = re.compile(r"^package:[^\n]*$", re.MULTILINE)


@dataclass(frozen=True)
class Assessment:
    """One package compared with its last release."""

    api: ApiInputs
    baseline: Baseline
    changes: list[Change]

    @property
    def level(self) -> Level:
        return overall(self.changes)

    @property
    def next_version(self) -> str:
        return next_version(
            self.baseline.version, self.level, self.api.rel(self.baseline.directory)
        )

    @property
    def version_set(self) -> str:
        """The version sdk.yaml holds now."""
        return self.api.settings.version


def _listing(names: Sequence[str], limit: int = 4) -> str:
    shown = ", ".join(f"`{name}`" for name in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def build_changes(
    old: dict[str, str], new: dict[str, str], package: str, explained: bool
) -> list[Change]:
    """Patch entries for changed files: the runtime and the fakes always (a downstream engineer
    looks there first after an upgrade), the rest when the API comparisons found nothing."""
    changed = [
        name.removeprefix(f"{package}/")
        for name in sorted(old.keys() | new.keys())
        if old.get(name) != new.get(name) and name != CHANGELOG_FILE
    ]
    runtime = [name for name in changed if name.startswith("_runtime/")]
    fakes = [
        name
        for name in changed
        if name.startswith("testing/") and not name.endswith("/_wire_models.py")
    ]
    rest = [name for name in changed if name not in runtime and name not in fakes]
    if len(runtime) + len(fakes) + len(rest) > 1 and PROVENANCE_FILE in rest:
        rest.remove(PROVENANCE_FILE)  # it changes with every input; news only when alone
    kinds = [
        (runtime, "the runtime changed without a new signature"),
        (fakes, f"the fake server (`{package}.testing`) changed"),
        ([] if explained else rest, "generated files changed without a new signature"),
    ]
    return [
        Change(Level.PATCH, "build", f"{text} ({_listing(names)})")
        for names, text in kinds
        if names
    ]


def assess(api: ApiInputs, dist_dir: Path) -> Assessment:
    """Compare generated/<dist> (and the overlaid spec) with the package's last release."""
    baseline = read_baseline(api)
    if baseline is None:
        raise GenerationError(
            "release",
            f"{api.distribution} has no release baseline ({api.rel(release_dir(api))}/ is "
            "missing). Record what generated/ holds now as released with `make release-baseline`.",
        )
    if not dist_dir.is_dir():
        raise GenerationError(
            "release", f"{api.rel(dist_dir)} does not exist; run `make generate` first."
        )
    files = file_hashes(dist_dir)
    if files == baseline.files:
        return Assessment(api, baseline, [])
    changes = _wire.compare(baseline.spec(), prepare_spec(api).data)
    old = _python_api.load_dump(baseline.api_text(), api.package)
    changes += _python_api.compare(old, _python_api.load_package(api.package, dist_dir))
    explained = overall(changes) > Level.NONE
    changes += build_changes(baseline.files, files, api.package, explained)
    return Assessment(api, baseline, ordered(changes))


def set_version(settings_file: Path, version: str) -> None:
    """Write ``version:`` into an sdk.yaml, leaving every other line (and comment) alone."""
    text = settings_file.read_text(encoding="utf-8")
    if _VERSION_LINE.search(text):
        text = _VERSION_LINE.sub(f"version: {version}", text, count=1)
    elif match := _PACKAGE_LINE.search(text):
        text = f"{text[: match.end()]}\nversion: {version}{text[match.end() :]}"
    else:
        raise GenerationError(
            "release", f"{settings_file}: no `package:` line to put the version after."
        )
    settings_file.write_text(text, encoding="utf-8")


def _record(api: ApiInputs, out_root: Path) -> None:
    dist_dir = out_root / api.distribution
    write_baseline(
        api,
        api.settings.version,
        file_hashes(dist_dir),
        _wire.spec_text(prepare_spec(api).data),
        _python_api.dump(_python_api.load_package(api.package, dist_dir)),
    )


def _refreshed(apis: Sequence[ApiInputs]) -> list[ApiInputs]:
    """The APIs read again: sdk.yaml changed, and ApiInputs keeps what it read first."""
    return discover_apis(apis[0].root, [api.name for api in apis])


def _mismatch(assessment: Assessment) -> str:
    api, baseline = assessment.api, assessment.baseline
    return (
        f"{api.distribution}: {api.rel(api.settings_file)} says version "
        f"{assessment.version_set}, but the last release recorded in "
        f"{api.rel(baseline.directory)}/ is {baseline.version}. `make release` sets the version "
        f"itself: put `version: {baseline.version}` back and run `make release`."
    )


def release(
    apis: list[ApiInputs], out_root: Path, *, date: str | None, notes: Sequence[str] = ()
) -> list[str]:
    """Release every package that changed since its baseline; return what was done."""
    generate(apis, out_root)
    assessments = [assess(api, out_root / api.distribution) for api in apis]
    wrong = [_mismatch(a) for a in assessments if a.version_set != a.baseline.version]
    if wrong:
        raise GenerationError("release", "\n".join(wrong))
    due = [a for a in assessments if a.level > Level.NONE]
    lines = [
        f"{a.api.distribution} {a.baseline.version}: unchanged since its release, no new version"
        for a in assessments
        if a.level is Level.NONE
    ]
    if not due:
        return lines
    saved: dict[Path, str | None] = {}
    try:
        for a in due:
            changelog = changelog_source(a.api)
            for path in (a.api.settings_file, changelog):
                saved[path] = path.read_text(encoding="utf-8") if path.is_file() else None
            set_version(a.api.settings_file, a.next_version)
            add_section(
                changelog, a.api.distribution, section(a.next_version, date, a.changes, notes)
            )
        fresh = _refreshed([a.api for a in due])
        generate(fresh, out_root, force=True)
        for api in fresh:
            _record(api, out_root)
    except BaseException:
        for path, text in saved.items():  # sdk.yaml and the changelog as they were
            if text is None:
                path.unlink(missing_ok=True)
            else:
                path.write_text(text, encoding="utf-8")
        raise
    for a in due:
        breaking = [c.text for c in a.changes if c.breaking]
        lines.append(
            f"{a.api.distribution} {a.baseline.version} -> {a.next_version} "
            f"({a.level.name.lower()}, {len(a.changes)} change(s); "
            f"{a.api.rel(changelog_source(a.api))})"
        )
        lines += [f"    breaking: {text}" for text in breaking]
    return lines


def check(apis: list[ApiInputs], out_root: Path) -> list[str]:
    """The gate: one problem per package whose generated/ needs a release that was not made."""
    problems: list[str] = []
    for api in apis:
        try:
            assessment = assess(api, out_root / api.distribution)
        except GenerationError as exc:
            problems.append(exc.message)
            continue
        if assessment.version_set != assessment.baseline.version:
            problems.append(_mismatch(assessment))
        elif assessment.level > Level.NONE:
            problems.append(_gate_message(assessment))
    return problems


def _gate_message(assessment: Assessment) -> str:
    a = assessment
    lines = [
        f"{a.api.distribution}: {a.api.rel(a.api.root / 'generated' / a.api.distribution)} "
        f"differs from its last release ({a.baseline.version}, "
        f"{a.api.rel(a.baseline.directory)}/) in a way that needs version {a.next_version} "
        f"({a.level.name.lower()}), and that version was not set. Run `make release` to set it, "
        "write the changelog and record the new baseline, then commit the result."
    ]
    breaking = [c for c in a.changes if c.breaking]
    if breaking:
        lines.append(f"  Breaking ({len(breaking)}):")
        lines += [f"  - {c.text}" for c in breaking[:GATE_ENTRIES]]
        if len(breaking) > GATE_ENTRIES:
            lines.append(f"  - ... and {len(breaking) - GATE_ENTRIES} more")
    else:
        lines += [f"  - {c.text}" for c in a.changes[:GATE_ENTRIES]]
    return "\n".join(lines)


def init_baseline(apis: list[ApiInputs], out_root: Path, *, date: str | None) -> list[str]:
    """Record generated/ as released at the versions sdk.yaml holds (a new API, or main)."""
    for api in apis:
        if not changelog_source(api).is_file():
            add_section(
                changelog_source(api), api.distribution, first_section(api.settings.version, date)
            )
    fresh = _refreshed(apis)
    generate(fresh, out_root)  # a new changelog is an input: those packages are rebuilt
    lines = []
    for api in fresh:
        _record(api, out_root)
        lines.append(
            f"{api.distribution} {api.settings.version}: recorded as released in "
            f"{api.rel(release_dir(api))}/"
        )
    return lines
