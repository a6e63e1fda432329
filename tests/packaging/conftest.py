"""Session fixtures for the packaging tests: the dists and a wheelhouse of their dependencies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ._venv import APIS, build_all, fill_wheelhouse, sdist_of, wheel_of


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with an sdist and a wheel per package, built as `make wheels` builds them."""
    return build_all(tmp_path_factory.mktemp("dists"))


@pytest.fixture(scope="session")
def wheels(built: Path) -> dict[str, Path]:
    """api -> the wheel built from generated/<api>-client's sdist (in a temp dir, not dist/)."""
    return {api: wheel_of(built, api) for api in APIS}


@pytest.fixture(scope="session")
def sdists(built: Path) -> dict[str, Path]:
    """api -> the sdist built from generated/<api>-client (in a temp dir, not dist/)."""
    return {api: sdist_of(built, api) for api in APIS}


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory, wheels: dict[str, Path]) -> Path:
    """Third-party wheels only (httpx, attrs, pydantic, mypy, pytest, hatchling, ...)."""
    return fill_wheelhouse(wheels, tmp_path_factory.mktemp("wheelhouse"))


def _fake(api: str) -> Any:
    if api == "autobutler":
        from autobutler_client.testing import FakeAutobutler

        return FakeAutobutler()
    if api == "integratorio":
        from integratorio_client.testing import FakeIntegrator

        return FakeIntegrator()
    from hubster_client.testing import FakeHubster

    return FakeHubster()


@pytest.fixture
def fake(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The fake server of ``request.param`` (an API name); use with ``indirect=True``."""
    with _fake(request.param) as server:
        yield server
