"""pytest plugin: run client tests against the INSTALLED packages (the nox sessions load it).

noxfile.py runs tests/clients inside a fresh virtual environment that holds the built wheels,
with ``--confcutdir=tests/clients -p tests.packaging._installed``: tests/conftest.py, which puts
generated/ on sys.path, is not loaded, and this plugin provides what those tests use from it
(the ``server`` fixture). It refuses to run if a client would still come from generated/.
"""

from __future__ import annotations

import importlib
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import ScriptedServer

PACKAGES = ("autobutler_client", "integratorio_client", "hubster_client")


def pytest_collection_finish(session: pytest.Session) -> None:
    # After collection: the test modules have imported the clients, from wherever they found them.
    site_packages = Path(sysconfig.get_paths()["purelib"]).resolve()
    for name in PACKAGES:
        origin = Path(importlib.import_module(name).__file__ or "").resolve()
        if not origin.is_relative_to(site_packages):
            raise pytest.UsageError(
                f"{name} was imported from {origin}, not from this environment's "
                f"site-packages ({site_packages}). These runs test the installed wheels: run "
                "them through nox (`make test-pythons`), which installs the wheels first."
            )


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    """A scripted HTTP server on 127.0.0.1, stopped after the test (as in tests/conftest.py)."""
    with ScriptedServer() as running:
        yield running
