"""A scripted HTTP server on 127.0.0.1, for tests that must see the wire.

Built on the fakes' engine (``generator.testing._http``). A test scripts the answers and reads
back every request exactly as it arrived (``server.requests``: request line, raw target, headers
in order, body). Answers come, in this order, from:

1. the queue (``server.reply(Reply(...), ...)``), one each;
2. a route (``server.on("GET", "/x?a=1", ...)``: method and raw target, query included), whose
   replies answer in order and the last repeats; a callable in their place answers each time;
3. the ``respond`` function given to the constructor, which sees the recorded request;
4. ``server.always(Reply(...))``; without it, 599 so that the test sees it fail.

A ``Reply`` can stall (``delay``), close without answering (``drop``), abort the connection
(``reset``) or cut its body short (``truncate``); ``ScriptedServer(read_pause=...)`` reads
request bodies slowly. The ``server`` fixture (tests/conftest.py) runs
one per test; use ``with ScriptedServer() as other:`` for more.
"""

from __future__ import annotations

import collections
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs

from generator.testing._http import Answer, Hangup, HTTPEngine, HTTPRequest


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: object = b""  # bytes as they are, str as UTF-8, anything else as JSON
    headers: dict[str, str] = field(default_factory=dict)  # Content-Type is application/json
    delay: float = 0.0  # seconds to stall first; stopping the server ends it without an answer
    drop: bool = False  # close the connection without answering
    reset: bool = False  # abort the connection (RST) without answering
    truncate: int | None = None  # send only this many bytes of the body, then close
    drip: float = 0.0  # seconds between the body's bytes (see generator/testing/_http.Answer)
    drip_head: bool = False  # drip the status line and headers too


@dataclass(frozen=True)
class Recorded:
    """One request exactly as the server received it."""

    method: str
    target: str  # the raw request target, byte for byte (decoded as latin-1), query included
    raw_request_line: bytes  # e.g. b"PATCH /api/x HTTP/1.1\r\n"
    raw_headers: list[tuple[str, str]]  # as sent, in order, repeats kept
    body: bytes
    headers: dict[str, str] = field(init=False)  # lower-case names

    def __post_init__(self) -> None:
        headers = {name.lower(): value for name, value in self.raw_headers}
        object.__setattr__(self, "headers", headers)

    @property
    def request_line(self) -> str:
        """The request line without its CRLF: ``"GET /x HTTP/1.1"``."""
        return self.raw_request_line.decode("latin-1").rstrip("\r\n")

    @property
    def path(self) -> str:
        """The raw target without its query string."""
        return self.target.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        """The value of the header ``name`` (any case); None when absent, an error if repeated."""
        values = [v for k, v in self.raw_headers if k.lower() == name.lower()]
        assert len(values) <= 1, f"header {name!r} was sent {len(values)} times"
        return values[0] if values else None

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        """The body as a form (``application/x-www-form-urlencoded``), one value per key."""
        return {key: values[0] for key, values in parse_qs(self.body.decode()).items()}


Responder = Callable[[Recorded], Reply]


class ScriptedServer:
    """``with ScriptedServer() as server: server.reply(Reply(503)); ... server.requests``."""

    def __init__(self, respond: Responder | None = None, *, read_pause: float = 0.0) -> None:
        self._lock = threading.Lock()
        self._queue: collections.deque[Reply] = collections.deque()
        self._routes: dict[tuple[str, str], collections.deque[Reply | Responder]] = {}
        self._respond = respond
        self._default: Reply | None = None
        self._requests: list[Recorded] = []
        self._engine = HTTPEngine(self._answer, name="ScriptedServer", read_pause=read_pause)

    # --- scripting -------------------------------------------------------------------------

    def reply(self, *replies: Reply) -> Self:
        """Queue answers: the next requests get them, one each, before anything else."""
        with self._lock:
            self._queue.extend(replies)
        return self

    def on(self, method: str, target: str, *replies: Reply | Responder) -> Self:
        """Answer ``method`` ``target`` (raw, query included) with ``replies`` in order.

        The last one repeats; a callable in the list answers from the recorded request.
        """
        with self._lock:
            route = self._routes.setdefault((method.upper(), target), collections.deque())
            route.extend(replies)
        return self

    def always(self, reply: Reply) -> Self:
        """Answer every request nothing else answers with ``reply``."""
        self._default = reply
        return self

    # --- inspection ------------------------------------------------------------------------

    @property
    def requests(self) -> list[Recorded]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    def requests_to(self, method: str, target: str) -> list[Recorded]:
        """The requests of ``method`` to the raw ``target``."""
        return [r for r in self.requests if r.method == method and r.target == target]

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>`` (it must be running)."""
        return self._engine.url

    # --- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> Self:
        self._engine.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._engine.stop()  # also ends stalled replies at once

    # --- answering (engine threads) --------------------------------------------------------

    def _next(self, recorded: Recorded) -> Reply:
        with self._lock:
            self._requests.append(recorded)
            if self._queue:
                return self._queue.popleft()
            route = self._routes.get((recorded.method, recorded.target))
            scripted = (route.popleft() if len(route) > 1 else route[0]) if route else None
        if isinstance(scripted, Reply):
            return scripted
        if scripted is not None:
            return scripted(recorded)
        if self._respond is not None:
            return self._respond(recorded)
        if self._default is not None:
            return self._default
        return Reply(599, {"error": f"no reply scripted for {recorded.method} {recorded.target}"})

    def _answer(self, request: HTTPRequest) -> Answer | Hangup:
        recorded = Recorded(
            request.method,
            request.target,
            request.request_line,
            list(request.headers),
            request.body,
        )
        reply = self._next(recorded)
        if reply.delay and self._engine.wait(reply.delay):
            return Hangup.DROP  # the server stopped while the reply stalled
        if reply.drop:
            return Hangup.DROP
        if reply.reset:
            return Hangup.RESET
        headers = {"Content-Type": "application/json"}
        for name, value in reply.headers.items():
            headers = {k: v for k, v in headers.items() if k.lower() != name.lower()}
            headers[name] = value
        body = _encode(reply.body)
        return Answer(
            reply.status,
            list(headers.items()),
            body,
            cut_at=reply.truncate,
            drip=reply.drip,
            drip_head=reply.drip_head,
        )


def _encode(body: object) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    return json.dumps(body).encode("utf-8")


def closed_port() -> int:
    """A local port with nothing listening (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
