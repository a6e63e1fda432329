"""The pipeline as a whole: atomic, deterministic, incremental, and loud when an input is bad."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator._apis import discover_apis
from generator._errors import GenerationError, OverlayError, SpecError
from generator._pipeline import check, generate

from ._support import fixture_root, snapshot


def test_two_runs_give_byte_identical_trees(tmp_path: Path) -> None:
    root = fixture_root(tmp_path)
    apis = discover_apis(root)
    generate(apis, tmp_path / "one", force=True)
    generate(apis, tmp_path / "two", force=True)
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_nothing_changed_means_nothing_rebuilt_and_a_touched_spec_rebuilds(tmp_path: Path) -> None:
    root = fixture_root(tmp_path)
    out = tmp_path / "out"
    assert generate(discover_apis(root), out) == ["mini"]
    assert generate(discover_apis(root), out) == []
    spec = root / "specs" / "mini.yaml"
    spec.write_text(spec.read_text().replace("All widgets.", "Every widget."))
    assert generate(discover_apis(root), out) == ["mini"]


@pytest.mark.parametrize(
    ("breakage", "error", "needle"),
    [
        (
            lambda s: s.replace("operationId: deleteWidget", "operationId: getWidget"),
            SpecError,
            "duplicate operationId",
        ),
        (
            lambda s: s.replace("openapi: 3.1.0", "openapi: 3.1.0\n  bad: [x"),
            SpecError,
            "mini.yaml:",
        ),
    ],
)
def test_failed_generation_leaves_generated_tree_untouched(
    tmp_path: Path, breakage: object, error: type[Exception], needle: str
) -> None:
    root = fixture_root(tmp_path)
    out = tmp_path / "out"
    generate(discover_apis(root), out)
    before = snapshot(out)
    spec = root / "specs" / "mini.yaml"
    spec.write_text(breakage(spec.read_text()))  # type: ignore[operator]
    with pytest.raises(error, match=needle):
        generate(discover_apis(root), out)
    assert snapshot(out) == before
    assert not list((root / ".cache").glob("staging-*")), "staging folders must be cleaned up"


def test_stale_overlay_target_fails_generation_and_keeps_tree(tmp_path: Path) -> None:
    root = fixture_root(tmp_path)
    out = tmp_path / "out"
    generate(discover_apis(root), out)
    before = snapshot(out)
    overlay = root / "overrides" / "mini" / "overlay.yaml"
    overlay.write_text(overlay.read_text().replace("Widget.properties.name", "Gadget.properties"))
    with pytest.raises(OverlayError, match=r"overlay.yaml: action #0 \(target '\$.components"):
        generate(discover_apis(root), out)
    assert snapshot(out) == before


def test_override_module_may_not_replace_generated_file(tmp_path: Path) -> None:
    root = fixture_root(tmp_path)
    modules = root / "overrides" / "mini" / "modules"
    modules.mkdir()
    (modules / "errors.py").write_text("x = 1\n")
    with pytest.raises(GenerationError, match="may only add files"):
        generate(discover_apis(root), tmp_path / "out")


def test_check_reports_hand_edits_and_untracked_files(tmp_path: Path) -> None:
    root = fixture_root(tmp_path)
    out = tmp_path / "out"
    apis = discover_apis(root)
    generate(apis, out)
    assert check(apis, out) == []
    init = out / "mini-client" / "mini_client" / "types.py"
    init.write_text(init.read_text() + "# hand edit\n")
    (out / "mini-client" / "mini_client" / "extra.py").write_text("x = 1\n")
    drift = check(apis, out)
    assert any(line.startswith("changed: out/mini-client/mini_client/types.py") for line in drift)
    assert any(
        "hand-added or stale): out/mini-client/mini_client/extra.py" in line for line in drift
    )


def test_check_of_named_apis_compares_only_their_packages(tmp_path: Path) -> None:
    root = fixture_root(tmp_path)
    out = tmp_path / "out"
    apis = discover_apis(root)
    generate(apis, out)
    (out / "other-client").mkdir()
    (out / "other-client" / "x.py").write_text("x = 1\n")
    assert check(apis, out, every_api=False) == []
    assert any("other-client/x.py" in line for line in check(apis, out))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "paginate: link}",
            "paginate: cursor}",
            r"overrides/mini/sdk.yaml: resources.widgets.methods.list.paginate.style: "
            r"Input should be 'link' or 'page_number' \(got 'cursor'\)",
        ),
        (
            "paginate: link}",
            "paginate: {style: page_number, page_param: page}}",
            r"resources.widgets.methods.list.paginate.page_param: 'page' is not a query parameter",
        ),
        (
            "eu: https://eu.widgets.example.test/v1",
            "eu: https://widgets.example.eu/v1",
            r"regions.eu: https://widgets.example.eu/v1 is not one of the spec's servers",
        ),
    ],
    ids=["unknown-style", "page-param-not-in-spec", "region-not-a-server"],
)
def test_bad_pagination_or_region_settings_fail_generation_and_keep_tree(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    root = fixture_root(tmp_path)
    out = tmp_path / "out"
    generate(discover_apis(root), out)
    before = snapshot(out)
    sdk = root / "overrides" / "mini" / "sdk.yaml"
    assert old in sdk.read_text()
    sdk.write_text(sdk.read_text().replace(old, new))
    with pytest.raises(GenerationError, match=message):
        generate(discover_apis(root), out)
    assert snapshot(out) == before
