"""A small scripted HTTP server on 127.0.0.1 for the Hubster override tests.

Replies are scripted per route (method and path), so one server can play both the Portal API
and the identity service's token endpoint. Every request is recorded as received: request
line, headers and raw body. Use it as a context manager; it always stops.
"""

from __future__ import annotations

import collections
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: object = None  # JSON-serialisable, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Recorded:
    """One request as the server received it."""

    method: str
    path: str  # the raw request target
    request_line: str
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return {key: values[0] for key, values in parse_qs(self.body.decode()).items()}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        owner = self.server.owner
        owner.record(
            Recorded(
                method=self.command,
                path=self.path,
                request_line=self.requestline,
                headers={key.lower(): value for key, value in self.headers.items()},
                body=body,
            )
        )
        reply = owner.next_reply(self.command, self.path)
        payload = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        self.send_response(reply.status)
        for name, value in {"Content-Type": "application/json", **reply.headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: HubsterServer


class HubsterServer:
    """``with HubsterServer() as server: server.on("GET", "/x", Reply(200, {...}))``.

    A route answers its replies in order and repeats the last one; an unscripted request is
    answered 599 so that a test sees it fail.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: dict[tuple[str, str], collections.deque[Reply]] = {}
        self.requests: list[Recorded] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def on(self, method: str, path: str, *replies: Reply) -> HubsterServer:
        with self._lock:
            self._routes.setdefault((method.upper(), path), collections.deque()).extend(replies)
        return self

    def next_reply(self, method: str, path: str) -> Reply:
        with self._lock:
            queue = self._routes.get((method.upper(), path))
            if not queue:
                return Reply(599, {"error": f"no reply scripted for {method} {path}"})
            return queue.popleft() if len(queue) > 1 else queue[0]

    def record(self, request: Recorded) -> None:
        with self._lock:
            self.requests.append(request)

    def requests_to(self, method: str, path: str) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.method == method and r.path == path]

    @property
    def url(self) -> str:
        assert self._server is not None, "start the server first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> HubsterServer:
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
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
