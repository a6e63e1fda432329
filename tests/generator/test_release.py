"""`python -m generator release`: versions, changelogs, baselines and the gate, on fixture APIs.

Two fixture APIs (golden/mini and a renamed copy, "maxi") live in a temporary repository root;
each test records them as released, edits one, and runs the release steps as `make release`
and `make test` do.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator import _pipeline
from generator._apis import discover_apis
from generator._errors import GenerationError
from generator._pipeline import generate, inputs_sha256
from generator._release import check_releases, init_baseline, release
from generator._release._bump import Level, next_version
from generator._release._releaser import set_version

from ._support import fixture_root, snapshot

DATE = "2026-12-01"


def _add_maxi(root: Path) -> None:
    """A second API: golden/mini under other names."""
    overrides = root / "overrides"
    (overrides / "maxi").mkdir()
    for name in ("sdk.yaml", "overlay.yaml"):
        text = (overrides / "mini" / name).read_text()
        text = text.replace("Mini", "Maxi").replace("mini", "maxi").replace("MINI", "MAXI")
        (overrides / "maxi" / name).write_text(text)
    (root / "specs" / "maxi.yaml").write_text((root / "specs" / "mini.yaml").read_text())


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = fixture_root(tmp_path_factory.mktemp("released"))
    _add_maxi(root)
    init_baseline(discover_apis(root), root / "generated", date=None)
    return root


@pytest.fixture
def root(released: Path, tmp_path: Path) -> Path:
    """Two APIs, generated and recorded as released (0.1.0 each), in a copy of its own."""
    return Path(shutil.copytree(released, tmp_path / "repo"))


def _edit_spec(root: Path, api: str, old: str, new: str) -> None:
    spec = root / "specs" / f"{api}.yaml"
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))


def _add_color(root: Path, api: str = "mini") -> None:
    _edit_spec(root, api, "enum: [red, green]", "enum: [red, green, blue]")


def _remove_color(root: Path, api: str = "mini") -> None:
    _edit_spec(root, api, "enum: [red, green]", "enum: [red]")


def _version(root: Path, api: str) -> str:
    return str(discover_apis(root, [api])[0].settings.version)


def _run_release(root: Path) -> list[str]:
    return release(discover_apis(root), root / "generated", date=DATE)


def test_init_baseline_records_each_package_and_passes_the_gate(root: Path) -> None:
    for api in ("mini", "maxi"):
        folder = root / "releases" / api
        assert sorted(p.name for p in folder.iterdir()) == [
            "CHANGELOG.md",
            "api.json",
            "baseline.json",
            "spec.json",
        ]
        record = json.loads((folder / "baseline.json").read_text())
        assert record["version"] == "0.1.0"
        assert record["files"]["CHANGELOG.md"]
        # The package carries the changelog.
        shipped = (root / "generated" / f"{api}-client" / "CHANGELOG.md").read_text()
        assert shipped.endswith((folder / "CHANGELOG.md").read_text())
    assert check_releases(discover_apis(root), root / "generated") == []


def test_the_baseline_is_the_same_bytes_every_time_and_names_no_machine_path(root: Path) -> None:
    first = snapshot(root / "releases")
    init_baseline(discover_apis(root), root / "generated", date=None)
    assert snapshot(root / "releases") == first
    for name, content in first.items():
        assert str(root).encode() not in content, name
        assert b"/tmp" not in content and b"/work" not in content, name


def test_no_change_means_no_new_version(root: Path) -> None:
    before = snapshot(root / "releases")
    lines = _run_release(root)
    assert lines == [
        "maxi-client 0.1.0: unchanged since its release, no new version",
        "mini-client 0.1.0: unchanged since its release, no new version",
    ]
    assert snapshot(root / "releases") == before
    assert _version(root, "mini") == _version(root, "maxi") == "0.1.0"


def test_an_additive_edit_is_a_minor_release_of_that_package_only(root: Path) -> None:
    maxi_before = snapshot(root / "generated" / "maxi-client")
    maxi_release = snapshot(root / "releases" / "maxi")
    _add_color(root)
    lines = _run_release(root)
    assert "mini-client 0.1.0 -> 0.2.0 (minor" in lines[-1], lines
    assert _version(root, "mini") == "0.2.0"
    # The other package keeps its version, its files and its baseline.
    assert _version(root, "maxi") == "0.1.0"
    assert snapshot(root / "generated" / "maxi-client") == maxi_before
    assert snapshot(root / "releases" / "maxi") == maxi_release
    # The new baseline is the new release: the gate passes, and a second run releases nothing.
    assert json.loads((root / "releases/mini/baseline.json").read_text())["version"] == "0.2.0"
    assert check_releases(discover_apis(root), root / "generated") == []
    assert all("no new version" in line for line in _run_release(root))


def test_sdk_yaml_keeps_its_comments_when_the_version_is_set(root: Path) -> None:
    sdk = root / "overrides" / "mini" / "sdk.yaml"
    sdk.write_text("# Settings of mini.\n" + sdk.read_text().replace("version:", "# why\nversion:"))
    generate(discover_apis(root), root / "generated")
    init_baseline(discover_apis(root), root / "generated", date=None)
    _add_color(root)
    _run_release(root)
    text = sdk.read_text()
    assert text.startswith("# Settings of mini.\n") and "# why\nversion: 0.2.0\n" in text


def test_the_changelog_lists_breaking_changes_first_and_marked(root: Path) -> None:
    _remove_color(root)
    _edit_spec(
        root,
        "mini",
        "name: {type: string}\n",
        "name: {type: string}\n        weight: {type: number}\n",
    )
    _run_release(root)
    assert _version(root, "mini") == "1.0.0"
    changelog = (root / "releases" / "mini" / "CHANGELOG.md").read_text()
    newest = changelog.split("\n## ")[1]
    assert newest.startswith(f"1.0.0 ({DATE})\n")
    breaking = newest.index("### Breaking changes")
    added = newest.index("### Added")
    assert breaking < added
    assert "- **Breaking** API: value `green` of `Color` removed" in newest
    assert "- **Breaking** Python: `models.Color.GREEN` was removed" in newest
    assert "- API: response field `Widget.weight` added" in newest[added:]
    assert "**Breaking**" not in newest[added:]
    # The older section is still there, below.
    assert changelog.index("## 1.0.0") < changelog.index("## 0.1.0")
    shipped = (root / "generated" / "mini-client" / "CHANGELOG.md").read_text()
    assert shipped.endswith(changelog)


def test_the_gate_fails_on_an_unreleased_change_naming_make_release_and_what_breaks(
    root: Path,
) -> None:
    _remove_color(root)
    generate(discover_apis(root), root / "generated")
    problems = check_releases(discover_apis(root), root / "generated")
    assert len(problems) == 1, problems
    message = problems[0]
    assert message.startswith("mini-client: generated/mini-client differs from its last release")
    assert "needs version 1.0.0 (major)" in message
    assert "Run `make release`" in message
    assert "value `green` of `Color` removed" in message
    assert "`models.Color.GREEN` was removed" in message


def test_the_gate_fails_on_a_version_set_by_hand(root: Path) -> None:
    set_version(root / "overrides" / "mini" / "sdk.yaml", "0.3.0")
    generate(discover_apis(root), root / "generated")
    problems = check_releases(discover_apis(root), root / "generated")
    assert problems == [
        "mini-client: overrides/mini/sdk.yaml says version 0.3.0, but the last release recorded "
        "in releases/mini/ is 0.1.0. `make release` sets the version itself: put "
        "`version: 0.1.0` back and run `make release`."
    ]
    with pytest.raises(GenerationError, match="put `version: 0.1.0` back"):
        _run_release(root)


def test_the_gate_fails_without_a_baseline(tmp_path: Path) -> None:
    root = fixture_root(tmp_path)
    generate(discover_apis(root), root / "generated")
    problems = check_releases(discover_apis(root), root / "generated")
    assert problems == [
        "mini-client has no release baseline (releases/mini/ is missing). Record what generated/ "
        "holds now as released with `make release-baseline`."
    ]


def test_a_failed_release_leaves_sdk_yaml_and_the_changelog_as_they_were(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_color(root)
    generate(discover_apis(root), root / "generated")
    sdk = root / "overrides" / "mini" / "sdk.yaml"
    changelog = root / "releases" / "mini" / "CHANGELOG.md"
    before = (sdk.read_bytes(), changelog.read_bytes(), snapshot(root / "generated"))
    real_generate = _pipeline.generate

    def failing(apis: list[object], out_root: Path, *, force: bool = False) -> list[str]:
        if force:
            raise GenerationError("format", "ruff failed (simulated)")
        return real_generate(apis, out_root)  # type: ignore[arg-type]

    monkeypatch.setattr("generator._release._releaser.generate", failing)
    with pytest.raises(GenerationError, match="simulated"):
        _run_release(root)
    assert (sdk.read_bytes(), changelog.read_bytes(), snapshot(root / "generated")) == before


def test_the_changelog_is_an_input_of_the_package(root: Path) -> None:
    api = discover_apis(root, ["mini"])[0]
    before = inputs_sha256(api)
    changelog = root / "releases" / "mini" / "CHANGELOG.md"
    changelog.write_text(changelog.read_text() + "\nReworded.\n")
    assert inputs_sha256(api) != before
    assert generate([api], root / "generated") == ["mini"]


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("1.0.0", Level.NONE, "1.0.0"),
        ("1.0.0", Level.PATCH, "1.0.1"),
        ("1.4.2", Level.MINOR, "1.5.0"),
        ("1.4.2", Level.MAJOR, "2.0.0"),
        ("0.9.9", Level.MAJOR, "1.0.0"),
    ],
)
def test_next_version(version: str, level: Level, expected: str) -> None:
    assert next_version(version, level) == expected


def test_a_version_that_is_not_major_minor_patch_is_refused() -> None:
    with pytest.raises(GenerationError, match=r"'1\.0' is not MAJOR\.MINOR\.PATCH"):
        next_version("1.0", Level.PATCH)


def test_set_version_adds_the_line_after_package_when_there_is_none(tmp_path: Path) -> None:
    sdk = tmp_path / "sdk.yaml"
    sdk.write_text("# Settings.\napi_name: Mini\npackage: mini_client  # import name\nauth: x\n")
    set_version(sdk, "1.2.3")
    lines = sdk.read_text().splitlines()
    assert lines[2:] == ["package: mini_client  # import name", "version: 1.2.3", "auth: x"]


def test_notes_go_into_each_new_section(root: Path) -> None:
    _add_color(root)
    release(discover_apis(root), root / "generated", date=DATE, notes=["Colours for the UI."])
    newest = (root / "releases" / "mini" / "CHANGELOG.md").read_text().split("\n## ")[1]
    assert newest.startswith(f"0.2.0 ({DATE})\n\nColours for the UI.\n\n### Added\n")


def test_the_command_refuses_a_date_that_is_not_iso(capsys: pytest.CaptureFixture[str]) -> None:
    from generator.__main__ import main

    assert main(["release", "--date", "1/12/2026"]) == 2
    assert "--date '1/12/2026' is not YYYY-MM-DD" in capsys.readouterr().err
