"""The README's Python examples type-check against the generated packages (mypy --strict)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_readme_python_examples_pass_mypy_strict(tmp_path: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text(), re.S)
    assert len(blocks) >= 4, "the README lost its examples"
    paths = []
    for index, block in enumerate(blocks):
        path = tmp_path / f"readme_example_{index}.py"
        path.write_text(block)
        paths.append(str(path))
    env = dict(os.environ)
    env["MYPYPATH"] = os.pathsep.join(str(p) for p in sorted((REPO / "generated").glob("*-client")))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *paths],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
