"""The overlay engine: strict targets, merge semantics, and the stale-override statuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator._errors import OverlayError
from generator._overlay import ActionStatus, apply_overlay, deep_merge, load_overlay

WHY = {"description": "d", "x-quirk": "q", "x-docs": "seed:1", "x-test": "t"}


def _spec() -> dict[str, Any]:
    return {
        "paths": {"/a": {"get": {"operationId": "getA", "tags": ["x"]}}},
        "components": {"schemas": {"A": {"type": "object", "required": ["id"]}}},
    }


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "actions": [{**WHY, **a} for a in actions]}


def test_action_matching_nothing_names_file_index_and_target() -> None:
    overlay = _overlay(
        {"target": "$.components.schemas.A", "update": {"title": "A"}},
        {"target": "$.components.schemas.Gone", "update": {"title": "x"}},
    )
    with pytest.raises(OverlayError) as info:
        apply_overlay(_spec(), overlay, Path("overrides/x/overlay.yaml"))
    message = str(info.value)
    assert "overrides/x/overlay.yaml" in message
    assert "action #1" in message
    assert "$.components.schemas.Gone" in message


def test_non_strict_mode_reports_each_status() -> None:
    overlay = _overlay(
        {"target": "$.components.schemas.A", "update": {"title": "A"}},
        {"target": "$.components.schemas.A", "update": {"type": "object"}},
        {"target": "$.components.schemas.Gone", "update": {"title": "x"}},
    )
    results = apply_overlay(_spec(), overlay, Path("o.yaml"), strict=False)
    assert [r.status for r in results] == [
        ActionStatus.APPLIED,
        ActionStatus.UNCHANGED,
        ActionStatus.NO_MATCH,
    ]


def test_objects_merge_deeply_and_arrays_are_replaced_whole() -> None:
    target = {"a": {"b": 1, "c": [1, 2]}, "keep": True}
    deep_merge(target, {"a": {"c": [3], "d": 4}})
    assert target == {"a": {"b": 1, "c": [3], "d": 4}, "keep": True}


def test_update_on_array_target_appends_one_element() -> None:
    spec = _spec()
    apply_overlay(spec, _overlay({"target": "$.paths['/a'].get.tags", "update": "y"}), Path("o"))
    assert spec["paths"]["/a"]["get"]["tags"] == ["x", "y"]


def test_remove_deletes_the_matched_node() -> None:
    spec = _spec()
    overlay = _overlay({"target": "$.components.schemas.A.required", "remove": True})
    apply_overlay(spec, overlay, Path("o"))
    assert "required" not in spec["components"]["schemas"]["A"]


def test_filter_expressions_select_by_operation_id() -> None:
    spec = _spec()
    overlay = _overlay({"target": "$.paths.*[?(@.operationId == 'getA')]", "update": {"x": 1}})
    apply_overlay(spec, overlay, Path("o"))
    assert spec["paths"]["/a"]["get"]["x"] == 1


def test_action_without_its_reason_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "overlay.yaml"
    path.write_text("overlay: 1.0.0\nactions:\n  - target: $.a\n    update: {b: 1}\n")
    with pytest.raises(OverlayError, match="action #0 lacks description, x-quirk, x-docs, x-test"):
        load_overlay(path)
