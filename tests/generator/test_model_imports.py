"""Models that refer to each other import in any order (model.py.jinja imports them at the end).

The stock template imports referenced models inside ``from_dict``/``to_dict`` on every call; ours
imports them once, after the class. The mini fixture has Widget -> Part -> Widget and
Part -> Part; each is imported first in a fresh interpreter and a nested answer is read and
written back unchanged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator._apis import discover_apis
from generator._pipeline import generate

from ._support import fixture_root

NESTED = {
    "name": "w",
    "parts": [
        {"name": "p1", "subparts": [{"name": "p1a", "widget": {"name": "inner"}}]},
        {"name": "p2", "widget": {"name": "back", "parts": []}},
    ],
}


@pytest.fixture(scope="module")
def mini_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("model-imports")
    out = tmp_path / "out"
    generate(discover_apis(fixture_root(tmp_path)), out, force=True)
    return out / "mini-client"


@pytest.mark.parametrize("first", ["part", "widget"])
def test_models_that_refer_to_each_other_import_in_any_order(mini_dist: Path, first: str) -> None:
    code = f"""
        import json, sys
        import mini_client.models.{first}
        from mini_client.models import Part, Widget

        data = json.loads(sys.argv[1])
        widget = Widget.from_dict(data)
        inner = widget.parts[0].subparts[0].widget
        print(json.dumps({{
            "round_trip": widget.to_dict() == data,
            "types": [type(widget.parts[1]).__name__, type(inner).__name__],
            "part_is_shared": Part is mini_client.models.part.Part,
        }}))
    """
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), json.dumps(NESTED)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(mini_dist)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "round_trip": True,
        "types": ["Part", "Widget"],
        "part_is_shared": True,
    }
