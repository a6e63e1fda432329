"""The built wheels on every supported Python: `make test-pythons` runs ``nox`` with this file.

The supported versions are the ones the packages state (``Programming Language :: Python :: 3.X``
classifiers in generator/templates/sdk/pyproject.toml.jinja); one session per version,
``tests(3.X)``, installs the wheels in dist/ (with ``[testing]``, for the fakes) into a virtual
environment of that interpreter and runs, against the installed wheels, never generated/:

* the consumer project tests/downstream (from a copy, its src/ on the path): ``mypy --strict``
  for that Python version, then its own tests against the fakes the wheels ship;
* the client tests that go through real sockets (tests/clients/test_generated_clients.py and
  test_pagination.py), with tests/packaging/_installed.py standing in for tests/conftest.py,
  which would put generated/ on sys.path.

Each session ends with one line naming its interpreter, e.g. ``Python 3.12.1: 68 client tests +
12 downstream tests passed, ...``. Interpreters come from pyenv (``$PYENV_ROOT/versions/3.X.*``)
and then PATH (``python3.X``), each checked by running it, since a pyenv shim on PATH answers
for versions that are not selected. A version with no interpreter is reported by name and
skipped; under CI (``CI`` set) it fails instead, as nox's own missing-interpreter rule does there.

The environments live in .cache/nox. Each is filled once and reused while requirements.lock and
the wheels are unchanged; see ``_install`` for what a change of either does. The Makefile runs
one session per core at a time (``--parallel auto``: two on these machines).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
DOWNSTREAM = ROOT / "tests" / "downstream"
LOCK = ROOT / "requirements.lock"
# The tests/clients modules that only need the installed packages and a socket; the others
# there point at generated/ on purpose (import-time laziness, mypy on the source).
CLIENT_TESTS = ("tests/clients/test_generated_clients.py", "tests/clients/test_pagination.py")
# What the sessions install beside the wheels, at the versions requirements.lock pins: the
# consumer's checks. Not pytest-asyncio: no test here needs it, and with it the
# consumer's warnings-as-errors pytest settings fail on its deprecation warning.
TOOLS = ("mypy", "pytest")
PROBE = "import sys; print('%d.%d.%d' % sys.version_info[:3])"

nox.options.envdir = str(ROOT / ".cache" / "nox")
nox.options.sessions = ["tests"]
# Never download an interpreter: the machines have the supported ones (pyenv), and the only
# network they reach is the package registries.
nox.options.download_python = "never"
nox.options.reuse_venv = "yes"
# virtualenv seeds pip from its bundled wheels; its background check for newer ones is noise.
os.environ.setdefault("VIRTUALENV_NO_PERIODIC_UPDATE", "1")


def supported_pythons() -> list[str]:
    """``["3.11", ...]``: the versions every generated package's classifiers name."""
    stated: set[tuple[str, ...]] = set()
    for pyproject in sorted((ROOT / "generated").glob("*-client/pyproject.toml")):
        classifiers = tomllib.loads(pyproject.read_text())["project"]["classifiers"]
        found = (
            re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", c) for c in classifiers
        )
        stated.add(tuple(m.group(1) for m in found if m))
    if len(stated) != 1 or not next(iter(stated)):
        raise SystemExit(
            "The generated packages do not state one common set of Python versions in their "
            f"classifiers (found {sorted(stated)}). Run `make generate` so that generated/ "
            "matches generator/templates/sdk/pyproject.toml.jinja, then run nox again."
        )
    return sorted(next(iter(stated)), key=lambda v: tuple(map(int, v.split("."))))


def _pyenv_candidates(version: str) -> list[Path]:
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    found = [
        path
        for path in (root / "versions").glob(f"{version}.*")
        if re.fullmatch(rf"{re.escape(version)}\.\d+", path.name)  # not 3.13.0t, not envs
    ]
    found.sort(key=lambda p: int(p.name.rsplit(".", 1)[1]), reverse=True)
    return [p / "bin" / f"python{version}" for p in found]


def find_interpreter(version: str) -> tuple[str, str] | None:
    """``(path, "3.X.Y")`` of a working Python ``version``, or None if this machine has none."""
    on_path = shutil.which(f"python{version}")
    for candidate in [*_pyenv_candidates(version), *([Path(on_path)] if on_path else [])]:
        try:
            answer = subprocess.run(
                [candidate, "-c", PROBE], capture_output=True, text=True, timeout=30, check=True
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            continue  # e.g. a pyenv shim for a version that is installed but not selected
        if answer.startswith(f"{version}."):
            return str(candidate), answer
    return None


SUPPORTED = supported_pythons()
INTERPRETERS = {version: find_interpreter(version) for version in SUPPORTED}


def _digest(*parts: bytes) -> str:
    return hashlib.sha256(b"\0".join(parts)).hexdigest()[:12]


def _install(session: nox.Session, wheels: list[Path]) -> None:
    """Fill the session's environment, or keep it as it is if it holds exactly these inputs.

    The stamp names two hashes: the pins and tools (a change empties the environment first, so
    nothing a former pin brought stays) and the wheels (a change reinstalls them).
    ``--no-compile``: byte-compiling every installed module took most of an install's time
    (measured: 26 s against 6 s for the same set); modules compile on import instead.
    """
    venv = Path(session.virtualenv.location)
    pins = _digest(LOCK.read_bytes(), *map(str.encode, TOOLS))
    builds = _digest(*(w.name.encode() + b"\0" + w.read_bytes() for w in wheels))
    stamp = venv / f".filled-{pins}-{builds}"
    if stamp.exists():
        session.log(f"Reusing {venv.name}: it holds these wheels and pins already.")
        return
    old = list(venv.glob(".filled-*"))
    same_pins = any(o.name.startswith(f".filled-{pins}-") for o in old)
    if not same_pins:  # other pins, or no stamp at all (new, or a fill that was interrupted)
        frozen = session.run("python", "-m", "pip", "freeze", silent=True) or ""
        names = [re.split(r"[=@ ]", line, maxsplit=1)[0] for line in frozen.splitlines() if line]
        if names:
            session.run("python", "-m", "pip", "uninstall", "--quiet", "--yes", *names)
    for stale in old:
        stale.unlink()
    quiet = ("--quiet", "--no-compile")
    session.install(*quiet, "--constraint", str(LOCK), *TOOLS, *(f"{w}[testing]" for w in wheels))
    if same_pins:
        # Same version number, new bytes: without --force-reinstall pip keeps the old build.
        session.install(*quiet, "--no-deps", "--force-reinstall", *map(str, wheels))
    stamp.touch()


def _pytest(
    session: nox.Session, report: Path, *args: str, env: dict[str, str] | None = None
) -> int:
    """Run pytest quietly (nox shows its output if it fails); the number of tests that passed."""
    session.run(
        "python",
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--junitxml={report}",
        *args,
        env=env,
        silent=True,
    )
    suite = ElementTree.parse(report).getroot()
    suite = suite if suite.tag == "testsuite" else suite[0]
    counts = {key: int(suite.get(key, "0")) for key in ("tests", "failures", "errors", "skipped")}
    if counts["tests"] == 0 or counts["skipped"]:
        session.error(f"pytest {' '.join(args)} ran {counts}: every test must run and pass.")
    return counts["tests"] - counts["failures"] - counts["errors"] - counts["skipped"]


@nox.session(venv_backend="virtualenv", allow_parallel=True)
@nox.parametrize(
    ("python", "version"),
    [((INTERPRETERS[v] or (False,))[0], v) for v in SUPPORTED],
    ids=SUPPORTED,
)
def tests(session: nox.Session, version: str) -> None:
    """The wheels in dist/ on one Python: tests/downstream (mypy, pytest) and tests/clients."""
    found = INTERPRETERS[version]
    if found is None:
        where = f"looked in pyenv's versions and for python{version} on PATH"
        if "CI" in os.environ:
            print(f"Python {version}: not installed here (fails under CI)", flush=True)
            session.error(
                f"Python {version} is not installed ({where}), and under CI every Python the "
                f"packages claim must be tested. Install it (`pyenv install {version}`)"
            )
        print(f"Python {version}: not installed here (skipped)", flush=True)
        session.skip(f"Python {version} is not installed ({where}): `pyenv install {version}`")
    full_version = found[1]
    wheels = sorted(DIST.glob("*-py3-none-any.whl"))
    if not wheels:
        session.error("dist/ holds no wheels. Run `make wheels` first (`make test-pythons` does).")
    venv = Path(session.virtualenv.location)
    # Byte code of everything imported (the repository's test helpers too) goes under the
    # session's environment: nothing is written into the repository.
    session.env["PYTHONPYCACHEPREFIX"] = str(venv / "pycache")
    _install(session, wheels)

    # A copy outside the repository: inside it, mypy would name the consumer's modules after
    # the repository's tests/ package (tests/__init__.py) and miss its ``conftest`` import.
    project = venv / "integration-hub"
    shutil.rmtree(project, ignore_errors=True)
    shutil.copytree(DOWNSTREAM, project, ignore=shutil.ignore_patterns("__pycache__"))
    # The consumer runs from its source (src/ on the path), the clients from the environment.
    consumer_env = {"PYTHONPATH": str(project / "src")}
    with session.chdir(project):
        session.run(
            "python",
            "-m",
            "mypy",
            "--strict",
            f"--python-version={version}",
            f"--cache-dir={venv / 'mypy-cache'}",
            "src",
            "tests",
            env=consumer_env,
            silent=True,
        )
        downstream = _pytest(session, venv / "downstream.xml", "tests", env=consumer_env)
    clients = _pytest(
        session,
        venv / "clients.xml",
        # tests/conftest.py would import the packages from generated/: load none above here.
        "--confcutdir=tests/clients",
        "-p",
        "tests.packaging._installed",
        *CLIENT_TESTS,
    )
    print(
        f"Python {full_version}: {clients} client tests + {downstream} downstream tests passed, "
        f"downstream mypy --strict clean ({found[0]})",
        flush=True,
    )
