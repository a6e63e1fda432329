"""Regeneration times: ``make generate`` after ``make clean``, twice, and after touching a spec.

Never in this working tree (``make clean`` deletes generated/): the bench clones the repository's
committed HEAD into a temporary folder, links this tree's ``.venv`` into it, and runs ``make`` there
(the generator finds the repository from its own location, so the clone's generator writes the
clone's generated/). Times are wall-clock seconds of the whole ``make`` command.

- ``full``: ``make clean`` (not timed), then ``make generate``;
- ``noop``: ``make generate`` again, nothing changed;
- ``touch``: a comment line appended to specs/hubster.yaml, then ``make generate``; the
  generator's ``generated <names> in ...`` line must name hubster alone.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ._paths import REPO_ROOT
from ._stats import median

TOUCHED_API = "hubster"
_GENERATED_LINE = re.compile(r"^generated (?P<names>[a-z, ]+) in (?P<seconds>[0-9.]+)s$", re.M)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # As a developer's shell would: compiled bytecode is kept (see _paths.child_env).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # The outer `make bench` passes its flags down; the inner make must not inherit them.
    for name in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES"):
        env.pop(name, None)
    return env


def _posix_cksum(data: bytes) -> int:
    """What `cksum` prints first: the POSIX CRC of the data and its length."""
    crc = 0
    for byte in data:
        crc = _crc_step(crc, byte)
    length = len(data)
    while length:
        crc = _crc_step(crc, length & 0xFF)
        length >>= 8
    return ~crc & 0xFFFFFFFF


def _crc_step(crc: int, byte: int) -> int:
    crc ^= byte << 24
    for _ in range(8):
        crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
        crc &= 0xFFFFFFFF
    return crc


class _Clone:
    """A clone of HEAD with this tree's .venv linked in; ``make`` runs there."""

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="bench-regen-")
        self.root = Path(self._tmp.name) / "repo"
        subprocess.run(
            ["git", "clone", "--quiet", "--no-hardlinks", str(REPO_ROOT), str(self.root)],
            check=True,
            env=_env(),
        )
        (self.root / ".venv").symlink_to(REPO_ROOT / ".venv", target_is_directory=True)
        # Make rebuilds .venv when its stamp for requirements.lock is missing; that would
        # install into this tree's .venv through the link. Use make only when it will not.
        lock = (self.root / "requirements.lock").read_bytes()
        stamp = REPO_ROOT / ".venv" / f".installed-{_posix_cksum(lock)}"
        self.uses_make = stamp.is_file() and shutil.which("make") is not None

    def run(self, target: str) -> tuple[float, str]:
        """Run ``make <target>`` (or the command it would run); return seconds and output."""
        if self.uses_make:
            command = ["make", "--no-print-directory", "-C", str(self.root), target]
        elif target == "generate":
            command = [sys.executable, "-m", "generator", "generate"]
        else:
            raise RuntimeError(f"cannot run `make {target}` without make and a current .venv")
        started = time.perf_counter()
        result = subprocess.run(
            command, cwd=self.root, capture_output=True, text=True, env=_env(), check=False
        )
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            raise RuntimeError(
                f"`{' '.join(command)}` failed in {self.root} (exit {result.returncode}):\n"
                f"{result.stdout[-2000:]}{result.stderr[-2000:]}"
            )
        return elapsed, result.stdout + result.stderr

    def clean(self) -> None:
        if self.uses_make:
            self.run("clean")
        else:
            for dist in (self.root / "generated").glob("*-client"):
                shutil.rmtree(dist)
            shutil.rmtree(self.root / ".cache", ignore_errors=True)

    def close(self) -> None:
        self._tmp.cleanup()


def _rebuilt(output: str) -> list[str]:
    match = _GENERATED_LINE.search(output)
    return [] if match is None else [n.strip() for n in match["names"].split(",")]


def run(full_rounds: int, noop_rounds: int, touch_rounds: int) -> dict[str, Any]:
    clone = _Clone()
    try:
        full: list[float] = []
        full_rebuilt: list[list[str]] = []
        for _ in range(full_rounds):
            clone.clean()
            seconds, output = clone.run("generate")
            full.append(seconds)
            full_rebuilt.append(_rebuilt(output))
        noop: list[float] = []
        noop_outputs: list[str] = []
        for _ in range(noop_rounds):
            seconds, output = clone.run("generate")
            noop.append(seconds)
            noop_outputs.append(output.strip().splitlines()[-1] if output.strip() else "")
        touch: list[float] = []
        touch_rebuilt: list[list[str]] = []
        spec = clone.root / "specs" / f"{TOUCHED_API}.yaml"
        for index in range(touch_rounds):
            with spec.open("a", encoding="utf-8") as handle:
                handle.write(f"# touched by make bench ({index})\n")
            seconds, output = clone.run("generate")
            touch.append(seconds)
            touch_rebuilt.append(_rebuilt(output))
        return {
            "runner": "make" if clone.uses_make else "python -m generator (make not usable)",
            "head": subprocess.run(
                ["git", "-C", str(clone.root), "rev-parse", "--short", "HEAD"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip(),
            "full_s": full,
            "full_rebuilt": full_rebuilt,
            "noop_s": noop,
            "noop_output": noop_outputs,
            "touch_s": touch,
            "touch_rebuilt": touch_rebuilt,
            "median_full_s": median(full),
            "median_noop_s": median(noop),
            "median_touch_s": median(touch),
            "noop_rebuilt_nothing": all("up to date" in line for line in noop_outputs),
            "touch_rebuilt_only_touched": all(r == [TOUCHED_API] for r in touch_rebuilt),
        }
    finally:
        clone.close()
