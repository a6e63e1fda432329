"""noxfile.py (`make test-pythons`): one session per stated Python, each interpreter really run.

The sessions themselves (the wheels on each Python) run in `make test-pythons`, not here; these
tests pin what decides which run: the classifiers, the interpreter search (pyenv's versions,
then PATH, each candidate run to check its version) and the report of a missing one.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ._venv import REPO_ROOT, TOOL_PYTHON, run
from .test_metadata import SUPPORTED


def _nox(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run([TOOL_PYTHON, "-m", "nox", *args], cwd=REPO_ROOT, env=env, timeout=120, check=False)


def _without_interpreters(tmp_path: Path) -> dict[str, str]:
    """An environment where nox finds no Python: an empty pyenv root and an empty PATH."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(PYENV_ROOT=str(tmp_path / "no-pyenv"), PATH=str(tmp_path / "no-bin"))
    return env


@pytest.fixture
def noxfile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ModuleType:
    """noxfile.py imported fresh, with an empty pyenv root and PATH (tests add to them)."""
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    spec = importlib.util.spec_from_file_location("noxfile_under_test", REPO_ROOT / "noxfile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_nox_runs_one_session_per_stated_python() -> None:
    sessions = json.loads(_nox("--list", "--json").stdout)
    names = sorted(s["session"] for s in sessions if s["name"] == "tests")
    assert names == sorted(f"tests({version})" for version in SUPPORTED)


def test_the_interpreter_search_runs_each_candidate(noxfile: ModuleType, tmp_path: Path) -> None:
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    real = Path(sys.executable)
    # A pyenv version whose interpreter works: found, with its full version.
    good = tmp_path / "pyenv" / "versions" / f"{running}.99" / "bin"
    good.mkdir(parents=True)
    (good / f"python{running}").symlink_to(real)
    assert noxfile.find_interpreter(running) == (
        str(good / f"python{running}"),
        sys.version.split()[0],
    )
    # A shim that answers for a version it cannot run (as pyenv's do): not an interpreter.
    shim = tmp_path / "bin" / "python3.99"
    shim.parent.mkdir()
    shim.write_text("#!/bin/sh\necho 'pyenv: python3.99: command not found' >&2\nexit 127\n")
    shim.chmod(0o755)
    assert noxfile.find_interpreter("3.99") is None
    # A directory named for one version holding another: not that version.
    liar = tmp_path / "pyenv" / "versions" / "3.98.0" / "bin"
    liar.mkdir(parents=True)
    (liar / "python3.98").symlink_to(real)
    assert noxfile.find_interpreter("3.98") is None


def test_a_missing_interpreter_is_reported_and_skipped(tmp_path: Path) -> None:
    session = f"tests({SUPPORTED[-1]})"
    result = _nox("--non-interactive", "-s", session, env=_without_interpreters(tmp_path))
    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    assert f"Python {SUPPORTED[-1]}: not installed here (skipped)" in output
    assert f"{session}: skipped" in output or f"Session {session} skipped" in output


def test_a_missing_interpreter_fails_under_ci(tmp_path: Path) -> None:
    env = {**_without_interpreters(tmp_path), "CI": "true"}
    session = f"tests({SUPPORTED[-1]})"
    result = _nox("--non-interactive", "-s", session, env=env)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert f"Python {SUPPORTED[-1]}: not installed here (fails under CI)" in output
    assert f"pyenv install {SUPPORTED[-1]}" in output
