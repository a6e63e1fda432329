"""Make the generated packages importable without installing them; the `server` fixture.

The wheel tests (tests/packaging) install the real wheels into fresh virtual environments; every
other test imports the packages straight from generated/, which is what `make check` vouches for.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import ScriptedServer
from tests.support.redis import RedisServer

REPO_ROOT = Path(__file__).resolve().parent.parent
for dist in sorted((REPO_ROOT / "generated").glob("*-client")):
    if str(dist) not in sys.path:
        sys.path.insert(0, str(dist))


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    """A scripted HTTP server on 127.0.0.1 (tests/support/server.py), stopped after the test."""
    with ScriptedServer() as running:
        yield running


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    """A real redis-server on a free loopback port (tests/support/redis.py), stopped after."""
    with RedisServer() as running:
        yield running
