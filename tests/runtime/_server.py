"""A scripted HTTP server on a real socket, for tests that must see the wire.

Each test queues the replies it wants; the server records every request exactly as received
(request line, raw target, headers, body). Use it as a context manager: it always stops, even
while a handler is stalled in a scripted delay.
"""

from __future__ import annotations

import collections
import json
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: object = b""  # bytes, str, or anything JSON-serialisable
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to stall before answering
    drop: bool = False  # close the connection without answering


@dataclass
class Recorded:
    """One request as the server received it."""

    method: str
    target: str  # the raw request target, byte for byte as sent (decoded as latin-1)
    request_line: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    raw_headers: list[tuple[str, str]] = field(default_factory=list)  # as sent, repeats kept


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # Keep test output clean.

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.owner._record(
            Recorded(
                method=self.command,
                target=self.path,
                request_line=self.requestline,
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
                raw_headers=list(self.headers.items()),
            )
        )
        reply = self.server.owner._next_reply()
        if reply.delay and self.server.owner._stopping.wait(reply.delay):
            self.close_connection = True
            return
        if reply.drop:
            self.close_connection = True
            return
        payload = _encode(reply.body)
        try:
            self.send_response(reply.status)
            headers = {"Content-Type": "application/json", **reply.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except OSError:
            self.close_connection = True  # The client gave up (timeout); nothing to do.

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


def _encode(body: object) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    return json.dumps(body).encode("utf-8")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: ScriptedServer


class ScriptedServer:
    """``with ScriptedServer() as server: server.reply(Reply(503)); ... server.requests``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._replies: collections.deque[Reply] = collections.deque()
        self._default = Reply(599, {"error": "no scripted reply left"})
        self._stopping = threading.Event()
        self.requests: list[Recorded] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def reply(self, *replies: Reply) -> ScriptedServer:
        with self._lock:
            self._replies.extend(replies)
        return self

    def always(self, reply: Reply) -> ScriptedServer:
        """Answer every unscripted request with ``reply``."""
        self._default = reply
        return self

    def _next_reply(self) -> Reply:
        with self._lock:
            return self._replies.popleft() if self._replies else self._default

    def _record(self, request: Recorded) -> None:
        with self._lock:
            self.requests.append(request)

    @property
    def url(self) -> str:
        assert self._server is not None, "start the server first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> ScriptedServer:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stopping.set()  # Wake stalled handlers.
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def closed_port() -> int:
    """A local port with nothing listening (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
