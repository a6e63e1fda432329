"""Import time of each client package against ``import httpx``, by ``python -X importtime``.

Every measurement is a fresh interpreter; in each round every package, ``import httpx`` and
each package after httpx run once, in an order that rotates from round to round, after one
discarded warm-up run each (so that bytecode is compiled and the file cache is warm). The figure
is the median cumulative time of the top-level module, in milliseconds, against the median of
all ``import httpx`` runs. ``incremental`` is the package's cumulative time in an interpreter
that imported httpx first: what the package adds, measured within one process (steadier).

Two environments, both reported (``--quick`` measures only the first):

- ``dev``: this repository's virtual environment, packages straight from ``generated/``. Its
  ``import httpx`` is slow because httpx's optional command line (rich, click, pygments) is
  installed there, and those already import stdlib modules a package would otherwise pay for;
- ``fresh``: a new virtual environment holding only the three wheels and their dependencies,
  which is what a downstream service has. The wheels are built from copies of ``generated/``
  in a temporary folder, so this tree is never written to.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path
from typing import Any

from ._paths import APIS, child_env, dist_dirs
from ._stats import median


def _cumulative_ms(python: str, env: dict[str, str], code: str, module: str) -> float:
    result = subprocess.run(
        [python, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{code!r} failed:\n{result.stderr[-2000:]}")
    for line in result.stderr.splitlines():
        # "import time: self [us] | cumulative | imported package"
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:") :].split("|")
        # The top-level line has no indentation: " <module>"; nested imports have more spaces.
        if len(parts) == 3 and parts[2] == " " + module:
            return int(parts[1]) / 1000
    raise RuntimeError(f"-X importtime printed no top-level line for {module} ({code!r})")


def _measure(python: str, env: dict[str, str], runs: int) -> dict[str, Any]:
    packages = [f"{api}_client" for api in APIS]
    # (label, code, module) of every measurement of one round; the order rotates per round.
    steps = [("httpx", "import httpx", "httpx")]
    steps += [(p, f"import {p}", p) for p in packages]
    steps += [(f"{p} after httpx", f"import httpx; import {p}", p) for p in packages]
    for _, code, module in steps:  # warm-up: compile bytecode, warm the file cache
        _cumulative_ms(python, env, code, module)
    times: dict[str, list[float]] = {label: [] for label, _, _ in steps}
    for index in range(runs):
        shift = index % len(steps)
        for label, code, module in steps[shift:] + steps[:shift]:
            times[label].append(_cumulative_ms(python, env, code, module))
    httpx_ms = median(times["httpx"])
    results: dict[str, Any] = {
        "runs": runs,
        "httpx_ms": times["httpx"],
        "median_httpx_ms": httpx_ms,
    }
    results["packages"] = {
        p: {
            "package_ms": times[p],
            "incremental_ms": times[f"{p} after httpx"],
            "median_package_ms": median(times[p]),
            "median_httpx_ms": httpx_ms,
            "median_incremental_ms": median(times[f"{p} after httpx"]),
            "delta_ms": median(times[p]) - httpx_ms,
        }
        for p in packages
    }
    return results


def _quiet(command: list[str]) -> None:
    # pip's chatter (index warnings of this machine) would break up the table; show it on failure.
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} ... failed:\n{result.stderr[-2000:]}")


def _fresh_environment(workdir: Path) -> tuple[str, dict[str, str]]:
    """Build the wheels from copies of generated/ and install them into a new venv."""
    wheels = workdir / "wheels"
    for dist in dist_dirs():
        copy = workdir / "src" / dist.name
        shutil.copytree(dist, copy, ignore=shutil.ignore_patterns("__pycache__", "build"))
        _quiet(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
            + ["--no-build-isolation", "--wheel-dir", str(wheels), str(copy)]
        )
    venv.create(workdir / "venv", with_pip=True)
    python = str(workdir / "venv" / "bin" / "python")
    _quiet([python, "-m", "pip", "install", "--quiet", *map(str, sorted(wheels.glob("*.whl")))])
    env = child_env(write_bytecode=True)
    env.pop("PYTHONPATH")  # only what the venv holds
    return python, env


def run(runs: int, fresh_venv: bool = True) -> dict[str, Any]:
    results = _measure(sys.executable, child_env(write_bytecode=True), runs)
    results["environment"] = "dev"
    if fresh_venv:
        with tempfile.TemporaryDirectory(prefix="bench-imports-") as workdir:
            python, env = _fresh_environment(Path(workdir))
            results["fresh"] = _measure(python, env, runs)
            results["fresh"]["environment"] = "fresh"
    return results
