"""The dists say which Pythons they support, and `make test-pythons` tests exactly those.

``Requires-Python`` is what pip enforces (it refuses the package on an older interpreter); the
``Programming Language :: Python :: 3.X`` classifiers are what the index shows and what
noxfile.py reads to pick the interpreters it runs the wheels on. Both come from
generator/templates/sdk/pyproject.toml.jinja. There is no upper bound on Requires-Python on
purpose: a cap makes pip pick old releases (or none) on a newer Python instead of trying this one
(https://packaging.python.org/en/latest/specifications/core-metadata/#requires-python).
"""

from __future__ import annotations

import email.message
import email.parser
import re
import tarfile
import zipfile
from pathlib import Path

from packaging.specifiers import SpecifierSet

from ._venv import APIS, PACKAGES, released_version

# The Pythons the wheels are tested on (noxfile.py, `make test-pythons`).
SUPPORTED = ("3.11", "3.12", "3.13")


def _wheel_metadata(wheel: Path, api: str) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(f"{PACKAGES[api]}-{released_version(api)}.dist-info/METADATA").decode()
    return email.parser.Parser().parsestr(text)


def _sdist_metadata(sdist: Path, api: str) -> email.message.Message:
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(f"{PACKAGES[api]}-{released_version(api)}/PKG-INFO")
        assert member is not None
        text = member.read().decode()
    return email.parser.Parser().parsestr(text)


def _stated_versions(metadata: email.message.Message) -> tuple[str, ...]:
    found = (
        re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", c)
        for c in metadata.get_all("Classifier") or []
    )
    return tuple(m.group(1) for m in found if m)


def _check(metadata: email.message.Message) -> None:
    assert metadata["Requires-Python"] == f">={SUPPORTED[0]}"
    assert _stated_versions(metadata) == SUPPORTED
    classifiers = metadata.get_all("Classifier") or []
    assert "Programming Language :: Python :: 3 :: Only" in classifiers
    assert "Typing :: Typed" in classifiers
    admitted = SpecifierSet(metadata["Requires-Python"])
    for version in SUPPORTED:
        assert admitted.contains(f"{version}.0"), version
    older = f"3.{int(SUPPORTED[0].split('.')[1]) - 1}.99"
    assert not admitted.contains(older), older


def test_each_wheel_states_the_supported_pythons(wheels: dict[str, Path]) -> None:
    for api in APIS:
        _check(_wheel_metadata(wheels[api], api))


def test_each_sdist_states_the_supported_pythons(sdists: dict[str, Path]) -> None:
    for api in APIS:
        _check(_sdist_metadata(sdists[api], api))
