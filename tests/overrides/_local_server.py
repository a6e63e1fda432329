"""A scripted stdlib HTTP server on 127.0.0.1 for the override tests: it shows the raw wire.

Every request is recorded as received: the raw request line (bytes), the headers in order and
the body. Answers come from a queue of ``Reply`` objects, or from a ``respond`` function that
sees the recorded request (for a server that must answer with what it was sent). Use it as a
context manager; it always stops.
"""

from __future__ import annotations

import collections
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any


@dataclass
class Reply:
    """One answer: a status, a body (bytes, str or JSON-serialisable) and extra headers."""

    status: int = 200
    body: object = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    """One request exactly as it arrived."""

    raw_request_line: bytes  # e.g. b"PATCH /api/x HTTP/1.1\r\n"
    method: str
    target: str  # the request target, decoded as latin-1 (byte for byte)
    headers: list[tuple[str, str]]  # as sent, in order, repeats kept
    body: bytes

    def header(self, name: str) -> str | None:
        """The value of the header ``name`` (case-insensitive); None when absent."""
        values = [v for k, v in self.headers if k.lower() == name.lower()]
        assert len(values) <= 1, f"header {name!r} was sent {len(values)} times"
        return values[0] if values else None

    def json(self) -> Any:
        return json.loads(self.body)


Responder = Callable[[Seen], Reply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; without TCP_NODELAY each answer waits for the
    # client's delayed ACK (about 40 ms), which makes the property tests crawl.
    disable_nagle_algorithm = True
    server: _HTTPServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # Keep test output clean.

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        seen = Seen(
            raw_request_line=bytes(vars(self)["raw_requestline"]),  # not in typeshed
            method=self.command,
            target=self.path,
            headers=list(self.headers.items()),
            body=self.rfile.read(length) if length else b"",
        )
        reply = self.server.owner._answer(seen)
        payload = _encode(reply.body)
        self.send_response(reply.status)
        for name, value in {"Content-Type": "application/json", **reply.headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle


def _encode(body: object) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    return json.dumps(body).encode("utf-8")


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: LocalServer


class LocalServer:
    """``with LocalServer() as server: server.reply(Reply(200, {...})); ...; server.seen``."""

    def __init__(self, respond: Responder | None = None) -> None:
        self._lock = threading.Lock()
        self._replies: collections.deque[Reply] = collections.deque()
        self._respond = respond
        self.seen: list[Seen] = []
        self._server: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    def reply(self, *replies: Reply) -> LocalServer:
        """Queue answers, used in order before ``respond``."""
        with self._lock:
            self._replies.extend(replies)
        return self

    def _answer(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            if self._replies:
                return self._replies.popleft()
        if self._respond is not None:
            return self._respond(seen)
        return Reply(599, {"error": "the test scripted no answer for this request"})

    @property
    def url(self) -> str:
        assert self._server is not None, "start the server first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> LocalServer:
        self._server = _HTTPServer(("127.0.0.1", 0), _Handler)
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


_SEED_EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "seed_examples.json"


def seed_example(block_id: str) -> Any:
    """A JSON block of the vendor docs by id (``"000:L167"``: seed 000, line 167), deep-copied."""
    blocks = json.loads(_SEED_EXAMPLES.read_text(encoding="utf-8"))["blocks"]
    (value,) = [b["value"] for b in blocks if b["id"] == block_id]
    return value
