"""Apply an OpenAPI Overlay 1.0 document strictly, and say what each action did.

Semantics (also printed by ``make overrides-report``):

* ``target`` is a JSONPath (jsonpath-ng's extended grammar, so filters such as
  ``$.paths.*[?(@.operationId == 'x')]`` work). An action whose target matches nothing is an
  error: the overlay is stale or wrong, and applying the rest would hide that.
* ``update`` on an object is a deep merge: keys in the update replace or add keys in the target,
  nested objects are merged key by key, and **arrays are replaced whole** (an update states the
  complete array; elements are never concatenated or merged by position).
* ``update`` on an array target appends the update value as one new element (Overlay 1.0).
* ``remove: true`` deletes each matched node from its parent.

Every action must say why it exists: ``description`` plus ``x-quirk`` (which quirk), ``x-docs``
(seed file and lines) and ``x-test`` (the test that proves the fix). An action without them fails,
so no override outlives the reason for it unnoticed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ._errors import OverlayError

REQUIRED_ACTION_KEYS = ("description", "x-quirk", "x-docs", "x-test")


class ActionStatus(StrEnum):
    """What one overlay action did to the spec."""

    APPLIED = "applied"
    NO_MATCH = "matched nothing"
    UNCHANGED = "changed nothing"


@dataclass(frozen=True)
class ActionResult:
    """The outcome of one action, for the stale-override report."""

    index: int
    target: str
    description: str
    status: ActionStatus
    matches: int


def deep_merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Merge ``update`` into ``target`` in place: objects recursively, arrays replaced whole."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            deep_merge(current, value)
        else:
            target[key] = copy.deepcopy(value)


def _remove_match(match: Any) -> None:
    from jsonpath_ng import Fields, Index

    parent = match.context.value if match.context is not None else None
    if isinstance(match.path, Fields) and isinstance(parent, dict):
        for name in match.path.fields:
            parent.pop(name, None)
    elif isinstance(match.path, Index) and isinstance(parent, list):
        parent.pop(match.path.indices[0])
    else:
        raise TypeError(f"cannot remove a node reached by {match.path!r}")


def load_overlay(path: Path) -> dict[str, Any]:
    """Read and shape-check an overlay document."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise OverlayError("overlay", f"{path}: cannot be read as YAML: {exc}") from exc
    if not isinstance(data, dict) or not str(data.get("overlay", "")).startswith("1."):
        raise OverlayError("overlay", f"{path}: not an Overlay 1.x document (no 'overlay: 1.0.0').")
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("overlay", f"{path}: 'actions' must be a non-empty list.")
    for index, action in enumerate(actions):
        missing = [k for k in ("target", *REQUIRED_ACTION_KEYS) if not action.get(k)]
        if missing:
            raise OverlayError(
                "overlay",
                f"{path}: action #{index} lacks {', '.join(missing)}. Every action must name its "
                "target, the quirk it fixes, where the docs show it, and the test that proves it.",
            )
        if ("update" in action) == bool(action.get("remove")):
            raise OverlayError(
                "overlay", f"{path}: action #{index} must have exactly one of 'update' or 'remove'."
            )
    return data


def apply_overlay(
    spec: dict[str, Any], overlay: dict[str, Any], overlay_path: Path, *, strict: bool = True
) -> list[ActionResult]:
    """Apply ``overlay`` to ``spec`` in place and return one result per action.

    With ``strict`` (the pipeline's mode) an action that matches nothing raises OverlayError
    naming the overlay file, the action's index and its target. The report runs non-strict.
    """
    from jsonpath_ng.exceptions import JsonPathParserError
    from jsonpath_ng.ext.parser import parse

    results: list[ActionResult] = []
    for index, action in enumerate(overlay["actions"]):
        target = str(action["target"])
        try:
            expression = parse(target)
        except (JsonPathParserError, Exception) as exc:  # jsonpath-ng raises bare Exceptions too
            raise OverlayError(
                "overlay",
                f"{overlay_path}: action #{index} target {target!r} is not JSONPath: {exc}",
            ) from exc
        matches = expression.find(spec)
        if not matches:
            if strict:
                raise OverlayError(
                    "overlay",
                    f"{overlay_path}: action #{index} (target {target!r}) matches nothing in the "
                    "spec. The spec changed under the overlay: fix the target, or delete the "
                    "action if the spec now says the same.",
                )
            results.append(
                ActionResult(index, target, action["description"], ActionStatus.NO_MATCH, 0)
            )
            continue
        before = copy.deepcopy(spec)
        for match in matches:
            if action.get("remove"):
                _remove_match(match)
            elif isinstance(match.value, dict) and isinstance(action["update"], dict):
                deep_merge(match.value, action["update"])
            elif isinstance(match.value, list):
                match.value.append(copy.deepcopy(action["update"]))
            else:
                raise OverlayError(
                    "overlay",
                    f"{overlay_path}: action #{index} (target {target!r}) selects a "
                    f"{type(match.value).__name__}; an update needs an object or array target.",
                )
        status = ActionStatus.UNCHANGED if spec == before else ActionStatus.APPLIED
        results.append(ActionResult(index, target, action["description"], status, len(matches)))
    return results
