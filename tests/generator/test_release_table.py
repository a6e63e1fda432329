"""The table of edits and the release each one calls for, on the wire and in Python.

Each row starts from the same released fixture package (golden/mini, recorded as released),
makes one edit (to the spec, to sdk.yaml or to the runtime), regenerates, and compares with
the release as `make release` does: the level the wire contract gives, the level the Python
API gives, and the release's level (the higher of the two; a patch when only files changed).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import _codegen
from generator._apis import discover_apis
from generator._pipeline import generate
from generator._release import init_baseline
from generator._release._bump import Level, overall
from generator._release._releaser import Assessment, assess

from ._support import fixture_root

Spec = dict[str, Any]


def _widget(spec: Spec) -> Spec:
    schema: Spec = spec["components"]["schemas"]["Widget"]
    return schema


def remove_operation(spec: Spec, sdk: Spec) -> None:
    del spec["paths"]["/widgets/{name}"]["delete"]
    del sdk["resources"]["widgets"]["methods"]["delete"]


def add_operation(spec: Spec, sdk: Spec) -> None:
    spec["paths"]["/widgets/{name}"]["patch"] = {
        "operationId": "updateWidget",
        "tags": ["widgets"],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
        },
        "responses": {"204": {"description": "Updated."}},
    }
    sdk["resources"]["widgets"]["methods"]["update"] = {"operation": "updateWidget"}


def make_field_required(spec: Spec, sdk: Spec) -> None:
    _widget(spec)["required"] = ["name", "color"]


def add_enum_value(spec: Spec, sdk: Spec) -> None:
    spec["components"]["schemas"]["Color"]["enum"].append("blue")


def remove_enum_value(spec: Spec, sdk: Spec) -> None:
    spec["components"]["schemas"]["Color"]["enum"].remove("green")


def add_optional_field(spec: Spec, sdk: Spec) -> None:
    _widget(spec)["properties"]["weight"] = {"type": "number"}


def remove_response_field(spec: Spec, sdk: Spec) -> None:
    del spec["components"]["schemas"]["Error"]["properties"]["message"]


def change_field_type(spec: Spec, sdk: Spec) -> None:
    _widget(spec)["properties"]["_ownerId"] = {"type": "integer"}


def narrow_a_parameter(spec: Spec, sdk: Spec) -> None:
    # Python cannot see this one: the annotation stays `int`; the wire contract does.
    spec["paths"]["/widgets"]["get"]["parameters"][0]["schema"]["maximum"] = 100


def change_a_description(spec: Spec, sdk: Spec) -> None:
    _widget(spec)["properties"]["_id"]["description"] = "The widget's id, given by the server."


def change_the_runtime(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A runtime fix that changes no signature: the same functions, a different body."""
    runtime = root / "runtime-copy"
    shutil.copytree(_codegen.RUNTIME_DIR, runtime, ignore=shutil.ignore_patterns("__pycache__"))
    constants = runtime / "_constants.py"
    constants.write_text(constants.read_text() + "\n# A fix that changes no signature.\n")
    monkeypatch.setattr(_codegen, "RUNTIME_DIR", runtime)


@dataclass(frozen=True)
class Row:
    edit: Callable[[Spec, Spec], None] | None
    wire: Level
    python: Level
    release: Level
    runtime: bool = False  # the edit is to the runtime, not to the spec


TABLE = {
    "remove an operation": Row(remove_operation, Level.MAJOR, Level.MAJOR, Level.MAJOR),
    "add an operation": Row(add_operation, Level.MINOR, Level.MINOR, Level.MINOR),
    "make a request field required": Row(
        make_field_required, Level.MAJOR, Level.MAJOR, Level.MAJOR
    ),
    "add an enum value": Row(add_enum_value, Level.MINOR, Level.MINOR, Level.MINOR),
    "remove an enum value": Row(remove_enum_value, Level.MAJOR, Level.MAJOR, Level.MAJOR),
    "add an optional field": Row(add_optional_field, Level.MINOR, Level.MINOR, Level.MINOR),
    "remove a response field": Row(remove_response_field, Level.MAJOR, Level.MAJOR, Level.MAJOR),
    "change a field's type": Row(change_field_type, Level.MAJOR, Level.MAJOR, Level.MAJOR),
    "narrow a parameter": Row(narrow_a_parameter, Level.MAJOR, Level.NONE, Level.MAJOR),
    "change a description": Row(change_a_description, Level.PATCH, Level.NONE, Level.PATCH),
    "change only the runtime": Row(None, Level.NONE, Level.NONE, Level.PATCH, runtime=True),
    "change nothing": Row(None, Level.NONE, Level.NONE, Level.NONE),
}


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini fixture API, generated and recorded as released at its version."""
    root = fixture_root(tmp_path_factory.mktemp("released"))
    init_baseline(discover_apis(root), root / "generated", date=None)
    return root


def _edit_yaml(path: Path, spec_edit: Callable[[Spec, Spec], None], sdk_path: Path) -> None:
    spec, sdk = yaml.safe_load(path.read_text()), yaml.safe_load(sdk_path.read_text())
    spec_edit(spec, sdk)
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    sdk_path.write_text(yaml.safe_dump(sdk, sort_keys=False))


def _assess_after(
    released: Path, tmp_path: Path, row: Row, monkeypatch: pytest.MonkeyPatch
) -> Assessment:
    root = tmp_path / "repo"
    shutil.copytree(released, root)
    if row.edit is not None:
        _edit_yaml(root / "specs" / "mini.yaml", row.edit, root / "overrides/mini/sdk.yaml")
    if row.runtime:
        change_the_runtime(tmp_path, monkeypatch)
    apis = discover_apis(root)
    generate(apis, root / "generated", force=True)
    return assess(apis[0], root / "generated" / "mini-client")


@pytest.mark.parametrize("name", list(TABLE))
def test_each_edit_gets_its_release(
    released: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    row = TABLE[name]
    assessment = _assess_after(released, tmp_path, row, monkeypatch)
    by_scope = {
        scope: overall(c for c in assessment.changes if c.scope == scope)
        for scope in ("wire", "python")
    }
    described = "\n".join(f"{c.level.name} {c.scope}: {c.text}" for c in assessment.changes)
    assert by_scope == {"wire": row.wire, "python": row.python}, described
    assert assessment.level is row.release, described
    if row.release is not Level.NONE:
        assert assessment.changes, "a release needs at least one changelog entry"


def test_the_entries_say_what_changed_in_words(
    released: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assessment = _assess_after(released, tmp_path, TABLE["remove an operation"], monkeypatch)
    texts = [(c.level, c.scope, c.text) for c in assessment.changes]
    assert (
        Level.MAJOR,
        "wire",
        "operation `deleteWidget` (`DELETE /widgets/{name}`) removed",
    ) in texts
    assert (Level.MAJOR, "python", "`Widgets.delete` was removed") in texts
    assert (Level.MAJOR, "python", "`AsyncWidgets.delete` was removed") in texts
    # Breaking entries come first.
    levels = [c.level for c in assessment.changes]
    assert levels == sorted(levels, reverse=True)


def test_a_runtime_change_is_a_patch_naming_the_files(
    released: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assessment = _assess_after(released, tmp_path, TABLE["change only the runtime"], monkeypatch)
    assert [(c.level, c.scope) for c in assessment.changes] == [(Level.PATCH, "build")]
    assert "`_runtime/_constants.py`" in assessment.changes[0].text
