"""Run Prism (``@stoplight/prism-cli``, pinned in package-lock.json) as a subprocess for tests.

``prism mock`` answers from the spec's examples; ``prism proxy --errors`` sits in front of a real
server and fails every request or response that breaks the spec. Both run on 127.0.0.1 on a
free port, in their own process group, and are always stopped (group kill) when the context
manager exits, whatever happened inside it.

Measured behaviour of Prism 5.16 that the tests rely on:

- Prism serves the spec's paths WITHOUT the server URL's base path: Autobutler's
  ``/api/v2/mechanics/mechanic_integrations`` is ``/mechanic_integrations`` on Prism, so a
  client talking to Prism gets ``base_url=prism.url``. ``prism proxy`` appends the request path
  to the upstream URL, so the upstream is the fake's full ``base_url`` (base path included).
- A violation is reported two ways: a response that breaks the spec comes back as
  ``500 application/problem+json`` with an ``sl-violations`` header; a request that breaks it is
  refused with ``422 application/problem+json`` whose ``type`` is a
  ``https://stoplight.io/prism/errors#...`` URL (no header, and it never reaches the upstream).
  ``ViolationRecorder`` catches both.
- ``Prefer: code=<status>, example=<name>`` picks which documented answer ``prism mock`` gives.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]
PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"
SPECS = REPO_ROOT / "specs"
PRISM_ERROR_TYPE = "https://stoplight.io/prism/errors#"
# Prism needs about 1.5 s to start on the CI machine; a cold node start on a busy 2-core
# machine can take several times that.
START_TIMEOUT = 30.0


def prism_missing_reason() -> str | None:
    """Why Prism cannot run here, or None when it can (`make test` runs `npm ci` first)."""
    if not PRISM_BIN.exists():
        return f"{PRISM_BIN} is missing: run `make setup` (npm ci installs the pinned Prism)."
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def stop_process_group(proc: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    """SIGTERM the process group ``proc`` leads, then SIGKILL it if it lingers."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=grace)
    else:
        # The leader is gone; children it started may not be.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)


@dataclass
class PrismServer:
    url: str
    log_path: Path
    process: subprocess.Popen[bytes]

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


@contextlib.contextmanager
def run_prism(args: list[str], log_dir: Path, *, attempts: int = 3) -> Iterator[PrismServer]:
    """Start ``prism <args...> -h 127.0.0.1 -p <free port>`` and stop it on exit.

    ``free_port()`` can race with another process taking the port before Prism binds it, so a
    Prism that exits during start-up is retried on a new port.
    """
    last_log = ""
    for attempt in range(attempts):
        port = free_port()
        log_path = log_dir / f"prism-{args[0]}-{port}-{attempt}.log"
        command = [str(PRISM_BIN), *args, "-h", "127.0.0.1", "-p", str(port)]
        with log_path.open("wb") as log_file:
            proc = subprocess.Popen(
                command,
                cwd=REPO_ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group: killpg stops node and its children
            )
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while proc.poll() is None and time.monotonic() < deadline:
                if _port_open(port):
                    break
                time.sleep(0.05)
            if proc.poll() is None and _port_open(port):
                yield PrismServer(f"http://127.0.0.1:{port}", log_path, proc)
                return
            last_log = log_path.read_text(errors="replace")
        finally:
            stop_process_group(proc)
    raise RuntimeError(
        f"Prism did not start ({' '.join(args)}) after {attempts} attempts. Last log:\n"
        f"{last_log[-3000:]}\nCheck that `npm ci` installed node_modules and the spec is valid."
    )


def prism_mock(spec: Path, log_dir: Path) -> contextlib.AbstractContextManager[PrismServer]:
    return run_prism(["mock", str(spec)], log_dir)


def prism_proxy(
    spec: Path, upstream: str, log_dir: Path
) -> contextlib.AbstractContextManager[PrismServer]:
    return run_prism(["proxy", "--errors", str(spec), upstream], log_dir)


@dataclass
class Violation:
    method: str
    url: str
    status: int
    detail: str


@dataclass
class ViolationRecorder:
    """An httpx response hook that records every violation Prism reports.

    Recording (rather than raising inside the hook) keeps the client's own behaviour intact;
    tests assert ``recorder.violations == []`` after their calls.
    """

    violations: list[Violation] = field(default_factory=list)
    responses: int = 0
    last_response: httpx.Response | None = None
    _clients: list[httpx.Client] = field(default_factory=list)
    _async_clients: list[httpx.AsyncClient] = field(default_factory=list)

    def __call__(self, response: httpx.Response) -> None:
        self.responses += 1
        self.last_response = response
        header = response.headers.get("sl-violations")
        problem_type = ""
        if response.headers.get("content-type", "").startswith("application/problem+json"):
            response.read()
            with contextlib.suppress(ValueError, AttributeError):
                problem_type = str(json.loads(response.content).get("type", ""))
        if header or problem_type.startswith(PRISM_ERROR_TYPE):
            detail = header or response.text
            self.violations.append(
                Violation(
                    response.request.method, str(response.request.url), response.status_code, detail
                )
            )

    def http_client(self) -> httpx.Client:
        """An httpx client with this hook; ``close()`` closes it (the API client will not)."""
        client = httpx.Client(event_hooks={"response": [self]})
        self._clients.append(client)
        return client

    async def _async_hook(self, response: httpx.Response) -> None:
        await response.aread()  # then the sync hook's read() finds the body already there
        self(response)

    def async_http_client(self) -> httpx.AsyncClient:
        """The same for async clients; ``aclose()`` closes it."""
        client = httpx.AsyncClient(event_hooks={"response": [self._async_hook]})
        self._async_clients.append(client)
        return client

    def close(self) -> None:
        for client in self._clients:
            client.close()

    async def aclose(self) -> None:
        for client in self._async_clients:
            await client.aclose()

    def report(self) -> str:
        return "\n".join(f"{v.method} {v.url} -> {v.status}: {v.detail}" for v in self.violations)
