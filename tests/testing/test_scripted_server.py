"""The tests' scripted server (tests/support/server.py): where answers come from, its faults, and
what it records."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from tests.support import Recorded, Reply, ScriptedServer


def test_answers_come_from_the_queue_then_routes_then_respond_then_always() -> None:
    def respond(request: Recorded) -> Reply:
        return Reply(202, {"echo": request.target})

    with ScriptedServer(respond) as server, httpx.Client(base_url=server.url) as http:
        server.reply(Reply(201, {"queued": 1}))
        server.on("GET", "/r?a=1", Reply(200, {"n": 1}), Reply(200, {"n": 2}))
        server.on("POST", "/echo", lambda request: Reply(200, {"got": request.json()}))
        assert http.get("/r?a=1").json() == {"queued": 1}  # the queue comes first
        assert [http.get("/r?a=1").json()["n"] for _ in range(3)] == [1, 2, 2]  # the last repeats
        assert http.post("/echo", json={"x": 1}).json() == {"got": {"x": 1}}
        assert http.get("/r").json() == {"echo": "/r"}  # a route is the raw target, query included
        server.always(Reply(418))
        assert http.get("/other").status_code == 202  # respond still comes before always

    with ScriptedServer() as server, httpx.Client(base_url=server.url) as http:
        assert http.get("/x").status_code == 599  # nothing scripted: the test sees it fail
        server.always(Reply(503, headers={"content-type": "text/plain"}))
        answer = http.get("/x")
        assert (answer.status_code, answer.headers["content-type"]) == (503, "text/plain")


def test_requests_are_recorded_as_sent(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    with httpx.Client(base_url=server.url) as http:
        http.post("/a%2Fb/c::d?q=%20", content=b"k=v&w=1", headers={"X-Twice": "1"})
    (request,) = server.requests
    assert request.method == "POST"
    assert request.target == "/a%2Fb/c::d?q=%20" and request.path == "/a%2Fb/c::d"
    assert request.request_line == "POST /a%2Fb/c::d?q=%20 HTTP/1.1"
    assert request.raw_request_line == b"POST /a%2Fb/c::d?q=%20 HTTP/1.1\r\n"
    assert request.headers["x-twice"] == "1" and request.header("X-TWICE") == "1"
    assert ("X-Twice", "1") in request.raw_headers
    assert request.form() == {"k": "v", "w": "1"}
    assert server.requests_to("POST", "/a%2Fb/c::d?q=%20") == [request]


def test_drop_reset_and_truncate_fail_the_client(server: ScriptedServer) -> None:
    server.reply(
        Reply(drop=True),
        Reply(reset=True),
        Reply(200, {"items": [1, 2, 3]}, truncate=4),
        Reply(200, {"fine": True}),
    )
    with httpx.Client(base_url=server.url) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/drop")
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            http.get("/reset")
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/truncate")
        assert http.get("/fine").json() == {"fine": True}
    assert len(server.requests) == 4


def test_stopping_ends_a_delayed_reply_at_once() -> None:
    server = ScriptedServer().always(Reply(200, {}, delay=30))
    failures: list[BaseException] = []

    def call() -> None:
        try:
            httpx.get(server.url + "/slow", timeout=10)
        except httpx.HTTPError as exc:
            failures.append(exc)

    with server:
        caller = threading.Thread(target=call)
        caller.start()
        while not server.requests:
            time.sleep(0.01)
        started = time.monotonic()
    assert time.monotonic() - started < 2
    caller.join(5)
    assert len(failures) == 1  # closed without an answer
