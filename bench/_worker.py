"""Run one figure in a fresh interpreter, so that figures cannot disturb each other.

``python -m bench._worker NAME PARAMS_JSON`` runs the figure's ``run(**params)`` and prints its
result as one JSON line. A fresh process per figure gives each a clean heap (peak memory means
something), no warm caches from another figure, and its own CPU clock.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from typing import Any

from ._paths import child_env


def _figures() -> dict[str, Callable[..., dict[str, Any]]]:
    from . import _bulk, _cpu, _pages, _parse, _shared

    return {
        "cpu": _cpu.run,
        "parse": _parse.run,
        "bulk": _bulk.run,
        "pages": _pages.run,
        "shared": _shared.run,
    }


def run_in_child(name: str, **params: Any) -> dict[str, Any]:
    """Run figure ``name`` in a child interpreter and return its result."""
    result = subprocess.run(
        [sys.executable, "-m", "bench._worker", name, json.dumps(params)],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
        check=False,
    )
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        raise RuntimeError(
            f"the {name} figure failed (exit {result.returncode}); its error is printed above."
        )
    data: dict[str, Any] = json.loads(lines[-1])
    return data


if __name__ == "__main__":
    figure = _figures()[sys.argv[1]]
    print(json.dumps(figure(**json.loads(sys.argv[2]))))
