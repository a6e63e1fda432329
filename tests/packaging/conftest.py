"""Session fixtures for the packaging tests: the wheels and a wheelhouse of their dependencies."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._venv import build_wheels, fill_wheelhouse


@pytest.fixture(scope="session")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """api -> the wheel built from generated/<api>-client (in a temp dir, not dist/)."""
    return build_wheels(tmp_path_factory.mktemp("wheels"))


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory, wheels: dict[str, Path]) -> Path:
    """Third-party wheels only (httpx, attrs, pydantic, mypy, pytest, hatchling, ...)."""
    return fill_wheelhouse(wheels, tmp_path_factory.mktemp("wheelhouse"))
