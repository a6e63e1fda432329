"""Dists (sdists and wheels), wheelhouses and fresh virtual environments for the packaging tests.

Every subprocess here has a time limit and, on failure, an error that shows its output. pip in a
fresh environment runs with the machine's pip configuration switched off (``PIP_CONFIG_FILE``
pointing at /dev/null and every ``PIP_*`` variable dropped), so it sees exactly the sources the
test names and nothing the machine adds (a site-wide find-links or extra index).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
APIS = ("autobutler", "integratorio", "hubster")
DISTS = {api: f"{api}-client" for api in APIS}
PACKAGES = {api: f"{api}_client" for api in APIS}


def released_version(api: str, root: Path = REPO_ROOT) -> str:
    """The version ``api``'s package has in ``root``: ``version:`` of its sdk.yaml."""
    text = (root / "overrides" / api / "sdk.yaml").read_text()
    match = re.search(r"^version: (\S+)$", text, re.MULTILINE)
    assert match, f"overrides/{api}/sdk.yaml states no version"
    return match[1]


# The tool environment `make setup` builds from requirements.lock.
TOOL_PYTHON = Path(sys.executable)
PIP_TIMEOUT = 600
# Tools the consumer project installs next to the clients (its own checks and tests), and the
# build backend pip needs to build it.
CONSUMER_TOOLS = ("mypy", "pytest", "hatchling")


def run(
    args: Sequence[str | os.PathLike[str]],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = PIP_TIMEOUT,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run a command, capture its output, and fail with that output if it fails."""
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=dict(env) if env is not None else None,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"`{' '.join(str(a) for a in args)}` exited {result.returncode}.\n"
            f"--- stdout ---\n{result.stdout[-6000:]}\n--- stderr ---\n{result.stderr[-6000:]}"
        )
    return result


def isolated_pip_env() -> dict[str, str]:
    """The environment for pip in a fresh venv: no machine-wide pip settings at all."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    env.update(
        PIP_CONFIG_FILE=os.devnull,
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_NO_INPUT="1",
    )
    return env


# `make wheels` exports the same value: every file in the dists gets this timestamp.
SOURCE_DATE_EPOCH = "1767225600"


def build_dists(source: Path, out_dir: Path) -> None:
    """An sdist, then a wheel built from that sdist, of one package: as `make wheels` does."""
    run(
        [TOOL_PYTHON, "-m", "build", "--no-isolation", "--outdir", out_dir, source],
        env={**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH},
    )


def build_all(out_dir: Path) -> Path:
    """One sdist and one wheel per generated package, into ``out_dir`` (returned).

    Built into a directory of the test's own, not dist/: `make publish` owns dist/.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    for api in APIS:
        build_dists(REPO_ROOT / "generated" / DISTS[api], out_dir)
    return out_dir


def wheel_of(directory: Path, api: str) -> Path:
    found = sorted(directory.glob(f"{PACKAGES[api]}-*-py3-none-any.whl"))
    assert len(found) == 1, f"expected one {PACKAGES[api]} wheel in {directory}, found {found}"
    return found[0]


def sdist_of(directory: Path, api: str) -> Path:
    found = sorted(directory.glob(f"{PACKAGES[api]}-*.tar.gz"))
    assert len(found) == 1, f"expected one {PACKAGES[api]} sdist in {directory}, found {found}"
    return found[0]


def fill_wheelhouse(wheels: Mapping[str, Path], wheelhouse: Path) -> Path:
    """Download the third-party wheels the clients (with ``[testing]``) and the consumer need.

    They come from the machine's normal, configured package index, resolved against
    requirements.lock so the versions are the ones the repo pins. pip downloads the clients'
    own wheels too while resolving; they are deleted, so the wheelhouse holds third-party
    wheels only and the clients can come from nowhere but the index a test names.
    """
    wheelhouse.mkdir(parents=True, exist_ok=True)
    run(
        [
            TOOL_PYTHON,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--only-binary=:all:",
            "--dest",
            wheelhouse,
            "--constraint",
            REPO_ROOT / "requirements.lock",
            *(f"{wheel}[testing]" for wheel in wheels.values()),
            *CONSUMER_TOOLS,
        ],
    )
    for api in APIS:
        for own in wheelhouse.glob(f"{PACKAGES[api]}-*.whl"):
            own.unlink()
    return wheelhouse


@dataclass
class Venv:
    path: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    @classmethod
    def create(cls, path: Path) -> Venv:
        """A fresh virtual environment (with pip), from the interpreter running the tests."""
        run([TOOL_PYTHON, "-m", "venv", path], timeout=300)
        return cls(path)

    def pip_install(self, *args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
        return run(
            [self.python, "-m", "pip", "install", "--no-input", *args],
            env=isolated_pip_env(),
        )

    def run(
        self, *args: str | os.PathLike[str], cwd: Path | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """Run a command with this environment's bin/ first on PATH, as if it were activated."""
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        env["VIRTUAL_ENV"] = str(self.path)
        env["PATH"] = f"{self.path / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        return run(list(args), cwd=cwd, env=env, check=check)


def copy_tree(source: Path, target: Path) -> Path:
    """Copy a project without caches, so nothing a test writes lands in the repository."""
    shutil.copytree(
        source,
        target,
        ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache", ".pytest_cache", "*.egg-info"),
    )
    return target


def wait_for_http(url: str, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server for {url} exited with {proc.returncode} on start-up")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url, timeout=1) as answer:  # noqa: S310 - loopback only
                if answer.status == 200:
                    return
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer 200 within {timeout:.0f} s")


@contextlib.contextmanager
def pypiserver(packages_dir: Path, log_path: Path) -> Iterator[str]:
    """pypiserver on 127.0.0.1, serving (and accepting uploads into) ``packages_dir``.

    ``-a . -P .`` turns authentication off (an htpasswd file would need passlib, which the
    pinned environment does not carry); twine still sends the credentials it is given, which
    is what the publish test checks are never printed. ``--disable-fallback`` stops pypiserver
    from redirecting names it does not hold to the public index, so the index serves our
    uploads and nothing else. Yields the server's root URL.
    """
    from tests.contract._prism import free_port, stop_process_group

    pypi_server = TOOL_PYTHON.parent / "pypi-server"
    for _ in range(3):
        port = free_port()
        with log_path.open("ab") as log:
            proc = subprocess.Popen(
                [
                    str(pypi_server),
                    "run",
                    "-i",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "-a",
                    ".",
                    "-P",
                    ".",
                    "--disable-fallback",
                    str(packages_dir),
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            try:
                wait_for_http(f"http://127.0.0.1:{port}/simple/", proc)
            except RuntimeError:
                continue  # The free port was taken before pypiserver bound it: try another.
            yield f"http://127.0.0.1:{port}"
            return
        finally:
            stop_process_group(proc)
    raise RuntimeError(
        f"pypiserver did not start; its log:\n{log_path.read_text(errors='replace')[-3000:]}"
    )
