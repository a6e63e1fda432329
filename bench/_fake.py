"""``FakeIntegrator`` with a leaky bucket, in its own process, for the bulk figure.

``python -m bench._fake CAPACITY RATE`` starts the fake, prints one JSON line with its
``base_url`` and ``token``, and then answers each ``stats`` line on its standard input with one
JSON line of counts from the fake's records. It stops when its standard input closes. A separate
process keeps the fake's CPU and memory out of the client's figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from types import TracebackType
from typing import Any

from ._paths import child_env


class FakeProcess:
    """Runs ``FakeIntegrator(rate_limit=RateLimit(capacity, rate))`` for a ``with`` block."""

    def __init__(self, capacity: int, rate_per_second: float) -> None:
        self._args = [str(capacity), repr(float(rate_per_second))]
        self._process: subprocess.Popen[str] | None = None
        self.base_url = ""
        self.token = ""

    def _read_line(self) -> dict[str, Any]:
        assert self._process is not None and self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the fake integrator.io process exited; see its error above")
        data: dict[str, Any] = json.loads(line)
        return data

    def __enter__(self) -> FakeProcess:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench._fake", *self._args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        try:
            started = self._read_line()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        self.base_url, self.token = started["base_url"], started["token"]
        return self

    def stats(self) -> dict[str, Any]:
        """Counts from the fake's records: requests, and POSTs to /integrations."""
        assert self._process is not None and self._process.stdin is not None
        self._process.stdin.write("stats\n")
        self._process.stdin.flush()
        return self._read_line()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._process is None:
            return
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process.stdout.close()
        self._process = None


def _main(capacity: int, rate_per_second: float) -> None:
    from integratorio_client import RateLimit
    from integratorio_client.testing import FakeIntegrator

    with FakeIntegrator(rate_limit=RateLimit(capacity, rate_per_second)) as fake:
        print(json.dumps({"base_url": fake.base_url, "token": fake.token}), flush=True)
        for line in sys.stdin:
            if line.strip() == "stats":
                records = fake.requests
                creates = [
                    r for r in records if r.method == "POST" and r.path.endswith("/integrations")
                ]
                print(json.dumps({"requests": len(records), "creates": len(creates)}), flush=True)


if __name__ == "__main__":
    _main(int(sys.argv[1]), float(sys.argv[2]))
