"""One sdist per package: complete, byte-for-byte reproducible, and installable on its own.

The sdists are built as `make wheels` builds them (``python -m build --no-isolation`` with
SOURCE_DATE_EPOCH set; the wheel `make wheels` ships is built from this sdist, so the sdist is
proven to build). A second build, from a copy of the package whose files carry other mtimes,
must give the same bytes: hatchling stamps every member with SOURCE_DATE_EPOCH and sorts them
(https://hatch.pypa.io/latest/config/build/#reproducible-builds). Then ONE fresh venv installs
the three sdists with no index at all: pip builds each in an isolated environment with hatchling
from the wheelhouse (conftest.py), and each installed package calls one operation against its
fake server.
"""

from __future__ import annotations

import json
import os
import shutil
import tarfile
from pathlib import Path
from typing import Any

import pytest

from ._calls import call_and_check
from ._venv import (
    APIS,
    DISTS,
    PACKAGES,
    REPO_ROOT,
    SOURCE_DATE_EPOCH,
    Venv,
    build_dists,
    copy_tree,
    released_version,
    sdist_of,
    wheel_of,
)


def test_one_sdist_per_package_with_what_it_needs_to_build(sdists: dict[str, Path]) -> None:
    assert sorted(sdists) == sorted(APIS)
    for api, sdist in sdists.items():
        root = f"{PACKAGES[api]}-{released_version(api)}"
        assert sdist.name == f"{root}.tar.gz"
        with tarfile.open(sdist) as archive:
            names = archive.getnames()
        top_level = {name.removeprefix(f"{root}/").split("/")[0] for name in names}
        # The package, its build and project files; no tests, caches or build leftovers.
        # hatchling adds the nearest .gitignore whatever the settings: the package has its own
        # (generator/_pipeline.py, SDIST_GITIGNORE), so the sdist depends on generated/ only.
        assert top_level == {
            PACKAGES[api],
            "pyproject.toml",
            "PKG-INFO",
            "README.md",
            "CHANGELOG.md",
            "PROVENANCE.json",
            ".gitignore",
        }, top_level
        with tarfile.open(sdist) as archive:
            shipped = archive.extractfile(f"{root}/.gitignore")
            assert shipped is not None
            own = REPO_ROOT / "generated" / DISTS[api] / ".gitignore"
            assert shipped.read() == own.read_bytes()
        assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
        for part in ("py.typed", "_runtime/__init__.py", "testing/__init__.py", "_client.py"):
            assert f"{root}/{PACKAGES[api]}/{part}" in names, f"{sdist.name} lacks {part}"


def test_sdists_build_reproducibly(tmp_path: Path) -> None:
    # Built twice here (not compared with the session's build: `make publish` in another
    # module may regenerate generated/ in between). The copy sits where hatchling finds the
    # same .gitignore as in the repository (see above), with other file times.
    shutil.copy2(REPO_ROOT / ".gitignore", tmp_path / ".gitignore")
    for api in APIS:
        first, second = tmp_path / "first", tmp_path / "second"
        build_dists(REPO_ROOT / "generated" / DISTS[api], first)
        source = copy_tree(REPO_ROOT / "generated" / DISTS[api], tmp_path / DISTS[api])
        for path in [source, *source.rglob("*")]:
            os.utime(path, (1_000_000_000, 1_000_000_000))  # 2001: not the original mtimes
        build_dists(source, second)
        for kind in (sdist_of, wheel_of):
            one, other = kind(first, api), kind(second, api)
            assert one.read_bytes() == other.read_bytes(), f"{one.name} differs"
        with tarfile.open(sdist_of(second, api)) as archive:
            assert {member.mtime for member in archive.getmembers()} == {int(SOURCE_DATE_EPOCH)}


@pytest.fixture(scope="module")
def installed(
    tmp_path_factory: pytest.TempPathFactory, sdists: dict[str, Path], wheelhouse: Path
) -> tuple[Venv, dict[str, Any]]:
    root = tmp_path_factory.mktemp("sdist-venv")
    venv = Venv.create(root / "venv")
    report = root / "pip-report.json"
    # No index: the sdist files are named; hatchling and every dependency from the wheelhouse.
    venv.pip_install(
        "--no-index",
        "--find-links",
        str(wheelhouse),
        "--report",
        str(report),
        *map(str, sdists.values()),
    )
    return venv, json.loads(report.read_text())


def test_pip_installs_each_package_from_its_sdist(
    installed: tuple[Venv, dict[str, Any]], sdists: dict[str, Path]
) -> None:
    _, report = installed
    sources = {i["metadata"]["name"]: i["download_info"]["url"] for i in report["install"]}
    for api in APIS:
        assert sources[DISTS[api]] == sdists[api].as_uri()


@pytest.mark.parametrize("fake", APIS, indirect=True, ids=APIS)
def test_installed_sdist_imports_and_calls_an_operation(
    installed: tuple[Venv, dict[str, Any]], fake: Any, request: pytest.FixtureRequest
) -> None:
    call_and_check(installed[0], request.node.callspec.params["fake"], fake)
