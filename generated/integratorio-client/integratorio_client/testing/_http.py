# Generated from specs/integratorio.yaml by `make generate`. Do not edit by hand:
# change the spec, overrides/integratorio/ or generator/ and run `make generate`.
"""A small HTTP/1.1 server on 127.0.0.1 for tests: the engine under every fake and test server.

Copied verbatim from ``generator/testing/`` into ``<package>/testing/`` of every generated
package, where ``_server.FakeServer`` builds on it; the repository's scripted test server
(tests/support) uses it too. It imports only the standard library: a fake must not run the code
it tests (no httpx, no client).

An application is one function: it gets an ``HTTPRequest`` and gives back an ``Answer``, or a
``Hangup`` to end the connection without one. The engine promises:

- every method reaches the application (``GET`` ... ``PATCH``, ``TRACE``, ``QUERY``, any token);
- request bodies by ``Content-Length`` or ``Transfer-Encoding: chunked``;
- the request line and target byte for byte, the headers in order with repeats kept;
- keep-alive, each answer written in one ``sendall`` with ``TCP_NODELAY`` on: an answer never
  waits for the client's delayed ACK (about 40 ms);
- a listen backlog of 128, so 64 clients connecting at once are all accepted;
- with ``read_pause``, a slow reader: a small receive buffer and a pause after each
  ``READ_PIECE`` bytes of a request body, so that a client's upload backs up as behind a slow
  upstream;
- ``stop()`` closes every open connection, wakes whoever waits on ``wait()`` and joins every
  thread it started, so nothing outlives it.

Tests: tests/testing/test_http_engine.py.
"""

from __future__ import annotations

import enum
import selectors
import socket
import struct
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from typing import Any, Final, Self

HOST: Final = "127.0.0.1"
BACKLOG: Final = 128
READ_PIECE: Final = 16 * 1024  # bytes of a request body read between pauses (read_pause)


@dataclass(frozen=True)
class HTTPRequest:
    """One request exactly as it arrived."""

    method: str
    target: str  # the request target, decoded as latin-1: byte for byte, query included
    request_line: bytes  # e.g. b"GET /x?a=1 HTTP/1.1\r\n"
    headers: tuple[tuple[str, str], ...]  # names as sent, in order, repeats kept
    body: bytes  # de-chunked when it came chunked

    @property
    def path(self) -> str:
        """The target without its query string (still percent-encoded)."""
        return self.target.split("?", 1)[0] or "/"


@dataclass(frozen=True)
class Answer:
    """What to send back. ``Content-Length``, ``Date`` and ``Server`` are the engine's."""

    status: int
    headers: Sequence[tuple[str, str]] = ()
    body: bytes = b""
    close: bool = False  # close the connection after this answer
    cut_at: int | None = None  # send only this many bytes of the body, then close
    # Seconds between bytes: a server or proxy that answers a byte at a time. The body drips;
    # with drip_head the status line and headers drip too.
    drip: float = 0.0
    drip_head: bool = False


class Hangup(enum.Enum):
    """End the connection without an answer."""

    DROP = "drop"  # close it (the client reads the end of the stream)
    RESET = "reset"  # abort it (the client's next read fails: connection reset)


App = Callable[[HTTPRequest], Answer | Hangup]


class HTTPEngine:
    """``with HTTPEngine(app) as engine: ... engine.url``; see the module docstring."""

    def __init__(
        self,
        app: App,
        *,
        port: int = 0,
        name: str = "HTTPEngine",
        server_version: str = "TestHTTP/1",
        read_pause: float = 0.0,
    ) -> None:
        self.app = app
        self.read_pause = read_pause  # seconds after each READ_PIECE bytes of a request body
        self.name = name
        self.server_version = server_version
        self._requested_port = port
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._listener: socket.socket | None = None
        self._port: int | None = None
        self._wake: tuple[socket.socket, socket.socket] | None = None
        self._acceptor: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        """Listen on 127.0.0.1 and accept in a background thread; returns the engine."""
        if self._listener is not None:
            raise RuntimeError(f"{self.name} is already running at {self.url}.")
        self._stopping.clear()
        self._listener = socket.create_server((HOST, self._requested_port), backlog=BACKLOG)
        if self.read_pause:
            # Accepted sockets inherit it: the kernel must not take in megabytes for us.
            self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, READ_PIECE)
        self._port = int(self._listener.getsockname()[1])
        self._wake = socket.socketpair()
        self._acceptor = threading.Thread(
            target=self._accept_loop, name=f"{self.name}-{self.port}", daemon=True
        )
        self._acceptor.start()
        return self

    def stop(self) -> None:
        """Stop accepting, close every connection and join every thread. Safe to call twice."""
        listener, wake, acceptor = self._listener, self._wake, self._acceptor
        if listener is None or wake is None or acceptor is None:
            return
        self._stopping.set()  # wakes wait()
        wake[1].send(b"x")
        acceptor.join()
        listener.close()
        for end in wake:
            end.close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            # A keep-alive handler blocks reading the next request; shutting down ends that read.
            _shutdown(connection, socket.SHUT_RDWR)
        with self._lock:
            threads, self._threads = self._threads, []
        for thread in threads:
            thread.join()
        self._listener = self._wake = self._acceptor = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._listener is not None

    @property
    def port(self) -> int:
        """The port it listens on; once stopped, the port it listened on."""
        if self._port is None:
            raise RuntimeError(f"{self.name} has not been started; start it first.")
        return self._port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://{HOST}:{self.port}"

    def wait(self, seconds: float) -> bool:
        """Sleep ``seconds`` unless the engine stops first; True if it stopped."""
        return self._stopping.wait(seconds)

    # --- connections -----------------------------------------------------------------------

    def _accept_loop(self) -> None:
        assert self._listener is not None and self._wake is not None
        listener, wake = self._listener, self._wake[0]
        listener.setblocking(False)  # a connect reset before accept() must not block the loop
        with selectors.DefaultSelector() as selector:
            selector.register(listener, selectors.EVENT_READ)
            selector.register(wake, selectors.EVENT_READ)
            while not self._stopping.is_set():
                if any(key.fileobj is wake for key, _ in selector.select()):
                    return
                try:
                    connection, _ = listener.accept()
                except OSError:
                    continue  # the client gave up between select() and accept()
                connection.setblocking(True)
                thread = threading.Thread(
                    target=self._serve_connection,
                    args=(connection,),
                    name=f"{self.name}-connection",
                    daemon=True,
                )
                with self._lock:
                    self._connections.add(connection)
                    self._threads = [t for t in self._threads if t.is_alive()]
                    self._threads.append(thread)
                thread.start()

    def _serve_connection(self, connection: socket.socket) -> None:
        try:
            _Handler(connection, connection.getpeername(), self)  # type: ignore[arg-type]
        except OSError:
            pass  # the client went away, or stop() shut the socket
        except Exception:
            traceback.print_exc(file=sys.stderr)
        finally:
            with self._lock:
                self._connections.discard(connection)
            _shutdown(connection, socket.SHUT_WR)
            connection.close()


def _shutdown(connection: socket.socket, how: int) -> None:
    try:
        connection.shutdown(how)
    except OSError:
        pass  # already closed


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # StreamRequestHandler.setup sets TCP_NODELAY
    server: HTTPEngine  # type: ignore[assignment]  # the engine stands in for a socketserver

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output clean; the applications record what they need

    def version_string(self) -> str:
        return self.server.server_version

    def __getattr__(self, name: str) -> Any:
        # Every method (TRACE, CONNECT, QUERY, ...) is handled alike; http.server would answer an
        # unknown one with its own HTML 501.
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    def _drip(self, data: bytes, start: int, answer: Answer) -> None:
        """Write ``data[:start]`` at once, then one byte per ``answer.drip`` seconds."""
        self.wfile.write(data[:start])
        for index in range(start, len(data)):
            if self.server.wait(answer.drip):
                raise ConnectionAbortedError("the engine stopped while an answer dripped")
            self.wfile.write(data[index : index + 1])

    def _read_body(self) -> bytes | None:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks: list[bytes] = []
            while True:
                line = self.rfile.readline(65537)
                try:
                    size = int(line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    return None
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)  # the CRLF after the chunk
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return None
        if length <= 0:
            return b""
        if not self.server.read_pause:
            return self.rfile.read(length)
        pieces: list[bytes] = []
        while length > 0:
            if self.server.wait(self.server.read_pause):
                raise ConnectionAbortedError("the engine stopped while a body was read")
            piece = self.rfile.read(min(length, READ_PIECE))
            if not piece:
                return None
            pieces.append(piece)
            length -= len(piece)
        return b"".join(pieces)

    def _handle(self) -> None:
        raw_line = bytes(vars(self)["raw_requestline"])  # not in typeshed
        body = self._read_body()
        if body is None:
            self._send(Answer(400, [("Content-Type", "text/plain")], b"Bad request body\n", True))
            return
        request = HTTPRequest(
            method=self.command,
            # http.server rewrites a target starting with "//"; the raw line never changes.
            target=raw_line.split()[1].decode("latin-1"),
            request_line=raw_line,
            headers=tuple(self.headers.items()),
            body=body,
        )
        try:
            answer = self.server.app(request)
        except Exception:
            traceback.print_exc(file=sys.stderr)
            message = f"The test server failed: {sys.exc_info()[1]!r}\n".encode()
            answer = Answer(500, [("Content-Type", "text/plain; charset=utf-8")], message, True)
        if isinstance(answer, Hangup):
            self.close_connection = True
            if answer is Hangup.RESET:
                # Linger 0: closing sends RST instead of FIN.
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()
            return
        self._send(answer)

    def _send(self, answer: Answer) -> None:
        close = self.close_connection or answer.close or answer.cut_at is not None
        self.close_connection = close
        status = answer.status
        phrase = self.responses.get(status, ("",))[0]
        head = [
            f"HTTP/1.1 {status} {phrase}",
            f"Server: {self.version_string()}",
            f"Date: {self.date_time_string()}",
            *(f"{name}: {value}" for name, value in answer.headers),
        ]
        has_body = status >= 200 and status not in (204, 304)
        if has_body:
            head.append(f"Content-Length: {len(answer.body)}")
        if close:
            head.append("Connection: close")
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
        if has_body and self.command != "HEAD":
            data += answer.body if answer.cut_at is None else answer.body[: answer.cut_at]
        try:
            if answer.drip:
                self._drip(data, 0 if answer.drip_head else len(data) - len(answer.body), answer)
            else:
                # One write per answer: a head and a body in separate small writes meet Nagle's
                # algorithm and delayed ACKs, which add ~40 ms to every keep-alive request.
                self.wfile.write(data)
        except OSError:
            self.close_connection = True  # the client gave up (timeout) or the engine stopped
