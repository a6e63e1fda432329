"""tools/publish.py against a real index (pypiserver on 127.0.0.1): no released file is replaced.

The dists are tiny hand-made wheels of a project of the test's own ("tiny-pkg"): the rules do
not depend on what is inside, and building the real packages is test_publish.py's job.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ._venv import REPO_ROOT, pypiserver

PUBLISH = REPO_ROOT / "tools" / "publish.py"


def _wheel(directory: Path, version: str, payload: str) -> Path:
    """A minimal valid wheel; the same arguments give the same bytes."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"tiny_pkg-{version}-py3-none-any.whl"
    info = f"tiny_pkg-{version}.dist-info"
    files = {
        "tiny_pkg/__init__.py": payload,
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: tiny-pkg\nVersion: {version}\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
        "Tag: py3-none-any\n",
        f"{info}/RECORD": "",
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), text)
    return path


@pytest.fixture
def index(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    packages = tmp_path / "packages"
    packages.mkdir()
    with pypiserver(packages, tmp_path / "pypiserver.log") as url:
        yield url, packages


def _publish(url: str, *dists: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TWINE_USERNAME": "publisher", "TWINE_PASSWORD": "secret"}
    return subprocess.run(
        [sys.executable, str(PUBLISH), "--repository-url", f"{url}/", *map(str, dists)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _held(packages: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in packages.iterdir()}


def test_publishing_the_same_bytes_again_is_a_no_op_that_says_so(
    index: tuple[str, Path], tmp_path: Path
) -> None:
    url, packages = index
    wheel = _wheel(tmp_path / "dist", "1.0.0", "VALUE = 1\n")
    first = _publish(url, wheel)
    assert first.returncode == 0, first.stdout + first.stderr
    assert _held(packages) == {wheel.name: hashlib.sha256(wheel.read_bytes()).hexdigest()}
    again = _publish(url, _wheel(tmp_path / "rebuilt", "1.0.0", "VALUE = 1\n"))
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.splitlines() == [
        f"{wheel.name}: the index has it with the same bytes; not uploaded again.",
        "Nothing to upload: the index already has every file with the same bytes.",
    ]


def test_other_bytes_under_a_released_version_upload_nothing_at_all(
    index: tuple[str, Path], tmp_path: Path
) -> None:
    url, packages = index
    released = _wheel(tmp_path / "dist", "1.0.0", "VALUE = 1\n")
    assert _publish(url, released).returncode == 0
    before = _held(packages)
    changed = _wheel(tmp_path / "rebuilt", "1.0.0", "VALUE = 2\n")
    new = _wheel(tmp_path / "rebuilt", "1.1.0", "VALUE = 2\n")
    result = _publish(url, new, changed)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{changed.name}: the index already has this file with different bytes" in result.stderr
    assert "A released version is never replaced, so nothing was uploaded." in result.stderr
    assert "`make release`" in result.stderr
    # Not even the new 1.1.0 went up: the run stopped before the first upload.
    assert _held(packages) == before


def test_new_files_go_up_next_to_identical_released_ones(
    index: tuple[str, Path], tmp_path: Path
) -> None:
    url, packages = index
    released = _wheel(tmp_path / "dist", "1.0.0", "VALUE = 1\n")
    assert _publish(url, released).returncode == 0
    new = _wheel(tmp_path / "dist", "1.1.0", "VALUE = 2\n")
    result = _publish(url, released, new)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{released.name}: the index has it with the same bytes" in result.stdout
    assert sorted(_held(packages)) == [released.name, new.name]


def test_an_index_that_does_not_answer_is_a_clear_error(tmp_path: Path) -> None:
    from tests.contract._prism import free_port

    url = f"http://127.0.0.1:{free_port()}"
    result = _publish(url, _wheel(tmp_path, "1.0.0", ""))
    assert result.returncode == 2
    assert result.stderr.startswith(f"Cannot read the index at {url}/simple/: ")
    assert "nothing was uploaded" in result.stderr
