"""The HTTP engine under every fake and test server (generator/testing/_http.py), on raw sockets.

Nagle off, one write per answer, every thread joined on stop, chunked request bodies, the raw
request line kept, every method, a backlog for 64 clients at once, a slow reader, and the
hang-ups.
"""

from __future__ import annotations

import _socket
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any, BinaryIO

import pytest

from generator.testing._http import HOST, Answer, Hangup, HTTPEngine, HTTPRequest

OK = Answer(200, [("Content-Type", "text/plain")], b"ok")


class Recorder:
    """An application that records every request and answers ``answer`` (or what it returns)."""

    def __init__(self, answer: Answer | Hangup = OK) -> None:
        self.answer = answer
        self.requests: list[HTTPRequest] = []
        self._lock = threading.Lock()

    def __call__(self, request: HTTPRequest) -> Answer | Hangup:
        with self._lock:
            self.requests.append(request)
        return self.answer


@pytest.fixture
def app() -> Recorder:
    return Recorder()


@pytest.fixture
def engine(app: Recorder) -> Iterator[HTTPEngine]:
    with HTTPEngine(app) as running:
        yield running


def connect(engine: HTTPEngine) -> socket.socket:
    return socket.create_connection((HOST, engine.port), timeout=5)


def read_answer(reader: BinaryIO, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """The next answer on a connection: status, headers (lower-case names) and body.

    ``reader`` is ``sock.makefile("rb")``, one per connection, so that answers written back to
    back are read one after the other. A body cut short comes back as far as it got.
    """
    status = int(reader.readline().split()[1])
    headers: dict[str, str] = {}
    while (line := reader.readline()) not in (b"\r\n", b""):
        name, value = line.decode("latin-1").split(":", 1)
        headers[name.strip().lower()] = value.strip()
    length = 0 if method == "HEAD" else int(headers.get("content-length", 0))
    return status, headers, reader.read(length)


def exchange(
    engine: HTTPEngine, data: bytes, method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    with connect(engine) as sock, sock.makefile("rb") as reader:
        sock.sendall(data)
        return read_answer(reader, method)


def test_nagle_is_off_on_every_connection(engine: HTTPEngine) -> None:
    with connect(engine) as sock, sock.makefile("rb") as reader:
        sock.sendall(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        assert read_answer(reader)[0] == 200
        with engine._lock:  # the server's end of this connection
            (served,) = engine._connections
        assert served.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


def test_each_answer_goes_out_in_one_write(
    engine: HTTPEngine, app: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.answer = Answer(200, [("Content-Type", "application/json"), ("X-A", "1")], b"x" * 20_000)
    writes: list[int] = []

    def count(name: str) -> Any:
        original = getattr(_socket.socket, name)

        def wrapper(sock: socket.socket, data: bytes, *args: Any) -> Any:
            if sock.getsockname()[1] == engine.port:  # the server's end, not the client's
                writes.append(len(data))
            return original(sock, data, *args)

        return wrapper

    monkeypatch.setattr(socket.socket, "sendall", count("sendall"))
    monkeypatch.setattr(socket.socket, "send", count("send"))
    with connect(engine) as sock, sock.makefile("rb") as reader:
        for _ in range(3):  # keep-alive: three answers on one connection
            sock.sendall(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
            status, headers, body = read_answer(reader)
            assert (status, headers["content-length"], body) == (200, "20000", b"x" * 20_000)
    assert len(writes) == 3
    assert all(size > 20_000 for size in writes)  # head and body together


def test_stop_closes_open_connections_and_joins_every_thread(app: Recorder) -> None:
    before = set(threading.enumerate())
    stalled = threading.Event()

    def stall(request: HTTPRequest) -> Answer | Hangup:
        if request.target == "/stall":
            stalled.set()
            if running.wait(30):  # woken by stop()
                return Hangup.DROP
        return app(request)

    running = HTTPEngine(stall).start()
    idle = [connect(running) for _ in range(3)]
    for sock in idle:
        sock.sendall(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        with sock.makefile("rb") as reader:
            assert read_answer(reader)[0] == 200  # each connection is now idle, kept alive
    waiting = connect(running)
    waiting.sendall(b"GET /stall HTTP/1.1\r\nHost: x\r\n\r\n")
    assert stalled.wait(5)

    started = time.monotonic()
    running.stop()
    assert time.monotonic() - started < 2
    assert [t for t in set(threading.enumerate()) - before if t.is_alive()] == []
    for sock in [*idle, waiting]:
        assert sock.recv(1) == b""  # closed by the server
        sock.close()
    running.stop()  # a second stop does nothing


def test_chunked_request_bodies_are_read_and_the_next_request_follows(
    engine: HTTPEngine, app: Recorder
) -> None:
    with connect(engine) as sock, sock.makefile("rb") as reader:
        sock.sendall(
            b"POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"5\r\nhello\r\n6;name=value\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n"
            b"PUT /y HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
        )
        assert read_answer(reader)[0] == 200
        assert read_answer(reader)[0] == 200
    first, second = app.requests
    assert (first.method, first.body) == ("POST", b"hello world")
    assert (second.method, second.target, second.body) == ("PUT", "/y", b"abc")


def test_a_slow_reader_takes_the_body_in_pieces_and_whole(app: Recorder) -> None:
    body = bytes(range(256)) * 1024  # 256 KB: 16 pieces of 16 KB, a pause before each
    with HTTPEngine(app, read_pause=0.02) as slow, connect(slow) as sock:
        with sock.makefile("rb") as reader:
            started = time.monotonic()
            sock.sendall(b"PUT /y HTTP/1.1\r\nHost: x\r\nContent-Length: 262144\r\n\r\n" + body)
            assert read_answer(reader)[0] == 200
            elapsed = time.monotonic() - started
    assert app.requests[0].body == body
    assert elapsed >= 16 * 0.02


def test_the_raw_request_line_target_and_headers_are_kept(
    engine: HTTPEngine, app: Recorder
) -> None:
    line = b"GET //a/%2F/b::c/%2e%2E?x=%20&y=%zz#no HTTP/1.1\r\n"
    exchange(engine, line + b"Host: x\r\nX-Twice: 1\r\nx-twice: 2\r\nX-Case: KeEp\r\n\r\n")
    (request,) = app.requests
    assert request.request_line == line
    assert request.target == "//a/%2F/b::c/%2e%2E?x=%20&y=%zz#no"
    assert request.path == "//a/%2F/b::c/%2e%2E"
    assert request.headers == (
        ("Host", "x"),
        ("X-Twice", "1"),
        ("x-twice", "2"),
        ("X-Case", "KeEp"),
    )


@pytest.mark.parametrize(
    "method",
    ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "QUERY", "PROPFIND"],
)
def test_every_method_reaches_the_application(
    engine: HTTPEngine, app: Recorder, method: str
) -> None:
    status, headers, body = exchange(
        engine, f"{method} /m HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi".encode(), method
    )
    assert (status, headers["content-length"]) == (200, "2")
    assert body == (b"" if method == "HEAD" else b"ok")  # HEAD: the length, never the body
    (request,) = app.requests
    assert (request.method, request.body) == (method, b"hi")


def test_answers_without_a_body_carry_no_length(engine: HTTPEngine, app: Recorder) -> None:
    app.answer = Answer(204)
    with connect(engine) as sock, sock.makefile("rb") as reader:
        sock.sendall(b"DELETE /d HTTP/1.1\r\nHost: x\r\n\r\nGET /g HTTP/1.1\r\nHost: x\r\n\r\n")
        status, headers, body = read_answer(reader, "DELETE")
        assert (status, body) == (204, b"") and "content-length" not in headers
        assert read_answer(reader)[0] == 204  # the connection is still in step


def test_64_clients_connecting_at_once_are_all_answered(engine: HTTPEngine) -> None:
    barrier = threading.Barrier(64)
    statuses: list[int] = []
    lock = threading.Lock()

    def client() -> None:
        barrier.wait()
        status = exchange(engine, b"GET /c HTTP/1.1\r\nHost: x\r\n\r\n")[0]
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=client) for _ in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert statuses == [200] * 64


def test_drop_closes_without_an_answer(engine: HTTPEngine, app: Recorder) -> None:
    app.answer = Hangup.DROP
    with connect(engine) as sock:
        sock.sendall(b"GET /x HTTP/1.1\r\nHost: x\r\n\r\n")
        assert sock.recv(100) == b""


def test_reset_aborts_the_connection(engine: HTTPEngine, app: Recorder) -> None:
    app.answer = Hangup.RESET
    with connect(engine) as sock:
        sock.sendall(b"GET /x HTTP/1.1\r\nHost: x\r\n\r\n")
        with pytest.raises(ConnectionResetError):
            sock.recv(100)


def test_cut_at_sends_part_of_the_body_and_closes(engine: HTTPEngine, app: Recorder) -> None:
    app.answer = Answer(200, [("Content-Type", "application/json")], b'{"items": [1, 2]}', cut_at=5)
    status, headers, body = exchange(engine, b"GET /x HTTP/1.1\r\nHost: x\r\n\r\n")
    assert (status, headers["content-length"], headers["connection"]) == (200, "17", "close")
    assert body == b'{"ite'  # and then the end of the stream


def test_an_application_that_fails_answers_500_and_says_why(
    engine: HTTPEngine, app: Recorder, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(request: HTTPRequest) -> Answer:
        raise KeyError("missing")

    engine.app = broken
    status, headers, body = exchange(engine, b"GET /x HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status == 500 and headers["connection"] == "close"
    assert b"KeyError('missing')" in body
    assert "KeyError: 'missing'" in capsys.readouterr().err


def test_url_port_and_restart(app: Recorder) -> None:
    engine = HTTPEngine(app)
    with pytest.raises(RuntimeError, match="start it first"):
        _ = engine.url
    with engine:
        assert engine.running and engine.url == f"http://{HOST}:{engine.port}"
        with pytest.raises(RuntimeError, match="already running"):
            engine.start()
    assert not engine.running
    assert engine.url.startswith(f"http://{HOST}:")  # still says where it was
    with engine:  # and it starts again
        assert exchange(engine, b"GET /x HTTP/1.1\r\nHost: x\r\n\r\n")[0] == 200
