"""A minimal keep-alive HTTP/1.1 server that answers every request with one fixed JSON body.

It runs in its own process (``python -m bench._server BODY_FILE``) so that its CPU time is not
the client's: the per-call figures time only the client process. It parses just enough HTTP to
find where each request ends (head, then ``Content-Length`` bytes of body) and answers ``GET``
with 200 and anything else with 201, always the same body. It prints ``PORT <n>`` once it
listens on 127.0.0.1 and stops when its standard input closes, so it never outlives the bench.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType

from ._paths import child_env


def _answer(status: bytes, body: bytes) -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\n"
        b"Content-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n"
        b"\r\n" + body
    )


class _Protocol(asyncio.Protocol):
    def __init__(self, get_answer: bytes, other_answer: bytes) -> None:
        self._get = get_answer
        self._other = other_answer
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self._buffer[:end].lower()
            length = 0
            at = head.find(b"\r\ncontent-length:")
            if at >= 0:
                line_end = head.find(b"\r\n", at + 2)
                value = head[at + 17 : line_end if line_end >= 0 else len(head)]
                length = int(value.strip())
            if len(self._buffer) < end + 4 + length:
                return
            self._buffer = self._buffer[end + 4 + length :]
            assert self._transport is not None
            self._transport.write(self._get if head.startswith(b"get ") else self._other)


async def _serve(body: bytes) -> None:
    loop = asyncio.get_running_loop()
    get_answer, other_answer = _answer(b"200 OK", body), _answer(b"201 Created", body)
    server = await loop.create_server(
        lambda: _Protocol(get_answer, other_answer), host="127.0.0.1", port=0
    )
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    # Stop when the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()
    await server.wait_closed()


class KeepAliveServer:
    """Runs the server in a child process for the duration of a ``with`` block."""

    def __init__(self, body: bytes) -> None:
        self._body = body
        self._process: subprocess.Popen[str] | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="bench-server-")
        self.base_url = ""

    def __enter__(self) -> KeepAliveServer:
        body_file = Path(self._tmp.name) / "body.json"
        body_file.write_bytes(self._body)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench._server", str(body_file)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.startswith("PORT "):
            self.__exit__(None, None, None)
            raise RuntimeError(f"the bench server did not start (it printed {line!r})")
        self.base_url = f"http://127.0.0.1:{int(line.split()[1])}"
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._process is not None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._process = None
        self._tmp.cleanup()


if __name__ == "__main__":
    asyncio.run(_serve(Path(sys.argv[1]).read_bytes()))
