"""One wheel per package, each usable on its own from a fresh virtual environment.

The wheels are built the way `make wheels` builds them (``python -m build --no-isolation``: an
sdist, then the wheel from it), into a temp dir. ONE fresh venv serves the module: each wheel is
installed into it WITHOUT extras (third-party dependencies from the wheelhouse, see conftest),
then a script run by that venv's Python imports the package and calls one operation against the
package's fake server, which runs in this test process from generated/.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from ._calls import call_and_check
from ._venv import APIS, DISTS, PACKAGES, Venv, released_version


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Venv:
    return Venv.create(tmp_path_factory.mktemp("wheel-venv") / "venv")


@pytest.fixture(scope="module")
def installed(venv: Venv, wheels: dict[str, Path], wheelhouse: Path) -> Venv:
    # No index at all: the wheel files are named, their dependencies come from the wheelhouse.
    venv.pip_install("--no-index", "--find-links", str(wheelhouse), *map(str, wheels.values()))
    return venv


def test_one_wheel_per_package(wheels: dict[str, Path]) -> None:
    assert sorted(wheels) == sorted(APIS)
    for api, wheel in wheels.items():
        version = released_version(api)
        assert wheel.name == f"{PACKAGES[api]}-{version}-py3-none-any.whl"
        with zipfile.ZipFile(wheel) as archive:
            names = archive.namelist()
        top_level = {name.split("/")[0] for name in names}
        # The package and its metadata, nothing else (no tests, no build leftovers).
        assert top_level == {PACKAGES[api], f"{PACKAGES[api]}-{version}.dist-info"}
        for part in ("py.typed", "_runtime/__init__.py", "testing/__init__.py", "_client.py"):
            assert f"{PACKAGES[api]}/{part}" in names, f"{wheel.name} lacks {part}"
        metadata = zipfile.ZipFile(wheel).read(f"{PACKAGES[api]}-{version}.dist-info/METADATA")
        text = metadata.decode()
        assert f"Name: {DISTS[api]}" in text
        assert "Provides-Extra: testing" in text


@pytest.mark.parametrize("fake", APIS, indirect=True, ids=APIS)
def test_installed_wheel_imports_and_calls_an_operation(
    installed: Venv, fake: Any, request: pytest.FixtureRequest
) -> None:
    call_and_check(installed, request.node.callspec.params["fake"], fake)
