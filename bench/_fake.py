"""``FakeIntegrator`` in its own process, for the bulk and pagination figures.

``python -m bench._fake [--capacity N --rate R] [--seed N] [--page-size N]`` starts the fake
(with a leaky bucket of ``capacity`` requests draining at ``rate`` per second, or none without
``--capacity``), stores ``seed`` integrations in it (copies of the spec's SmartConnector example,
see ``_sample``: ids and names differ), prints one JSON line with its ``base_url`` and ``token``,
and then answers each ``stats`` line on its standard input with one JSON line of counts from the
fake's records and the CPU time the fake's process has used. It stops when its standard input
closes. A separate process keeps the fake's CPU and memory out of the client's figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from types import TracebackType
from typing import Any

from ._paths import child_env


class FakeProcess:
    """Runs ``FakeIntegrator`` in a child process for a ``with`` block.

    ``capacity``/``rate_per_second``: the fake's leaky bucket (``capacity=None``: no limit);
    ``seed``: how many integrations it holds from the start; ``page_size``: records per page of
    a list (None: the fake's default, 1,000).
    """

    def __init__(
        self,
        capacity: int | None,
        rate_per_second: float = 0.0,
        *,
        seed: int = 0,
        page_size: int | None = None,
    ) -> None:
        self._args = ["--seed", str(seed)]
        if capacity is not None:
            self._args += ["--capacity", str(capacity), "--rate", repr(float(rate_per_second))]
        if page_size is not None:
            self._args += ["--page-size", str(page_size)]
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
        """From the fake's process: ``requests`` and ``creates`` (POSTs to /integrations) it
        recorded, and ``cpu_s``, the CPU time that process has used so far."""
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


def _main(args: argparse.Namespace) -> None:
    from integratorio_client import RateLimit
    from integratorio_client.testing import FakeIntegrator

    from ._sample import integration_example

    limit = None if args.capacity is None else RateLimit(args.capacity, args.rate)
    options: dict[str, Any] = {} if args.page_size is None else {"page_size": args.page_size}
    with FakeIntegrator(rate_limit=limit, **options) as fake:
        if args.seed:
            # The example without its name, so that each copy keeps the fake's "Integration <n>".
            fields = {k: v for k, v in integration_example().items() if k != "name"}
            fake.add_integrations(args.seed, fields)
        print(json.dumps({"base_url": fake.base_url, "token": fake.token}), flush=True)
        for line in sys.stdin:
            if line.strip() == "stats":
                records = fake.requests
                creates = [
                    r for r in records if r.method == "POST" and r.path.endswith("/integrations")
                ]
                counts = {"requests": len(records), "creates": len(creates)}
                print(json.dumps({**counts, "cpu_s": time.process_time()}), flush=True)


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench._fake")
    parser.add_argument("--capacity", type=int, default=None)
    parser.add_argument("--rate", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--page-size", type=int, default=None)
    return parser.parse_args(argv)


if __name__ == "__main__":
    _main(_arguments(sys.argv[1:]))
