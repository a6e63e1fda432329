"""Import time of each client package against ``import httpx``, by ``python -X importtime``.

Every measurement is a fresh interpreter; in each round every package, ``import httpx`` and
each package after httpx run once, in an order that rotates from round to round, after one
discarded warm-up run each (so that bytecode is compiled and the file cache is warm). The figure
is the median cumulative time of the top-level module, in milliseconds, against the median of
all ``import httpx`` runs. ``incremental`` is the package's cumulative time in an interpreter
that imported httpx first: what the package adds, measured within one process (steadier).
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from ._paths import APIS, child_env
from ._stats import median


def _cumulative_ms(code: str, module: str) -> float:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env=child_env(write_bytecode=True),
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


def run(runs: int) -> dict[str, Any]:
    packages = [f"{api}_client" for api in APIS]
    # (label, code, module) of every measurement of one round; the order rotates per round.
    steps = [("httpx", "import httpx", "httpx")]
    steps += [(p, f"import {p}", p) for p in packages]
    steps += [(f"{p} after httpx", f"import httpx; import {p}", p) for p in packages]
    for _, code, module in steps:  # warm-up: compile bytecode, warm the file cache
        _cumulative_ms(code, module)
    times: dict[str, list[float]] = {label: [] for label, _, _ in steps}
    for index in range(runs):
        shift = index % len(steps)
        for label, code, module in steps[shift:] + steps[:shift]:
            times[label].append(_cumulative_ms(code, module))
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
