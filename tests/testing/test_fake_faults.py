"""What the three fakes share, over real sockets: fault injection, recording, keep-alive,
lifecycle, the integrator.io leaky bucket, and ``python -m <package>.testing``.

The shared code is generator/testing/ (copied into every package); each test runs against every
fake that the behaviour applies to, so a per-API error shape that breaks it shows up too.
"""

from __future__ import annotations

import concurrent.futures
import os
import queue
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from autobutler_client.testing import FakeAutobutler
from hubster_client.testing import FakeHubster
from integratorio_client.testing import FakeIntegrator, RateLimit
from integratorio_client.testing._bucket import ServerBucket

from . import REPO_ROOT, check_against_spec, spec_client


@dataclass(frozen=True)
class Target:
    """How to talk to one fake: make it, authenticate, and a request with a normal answer."""

    api: str
    make: Callable[[], Any]
    auth: Callable[[Any], dict[str, str]]
    path: str  # answers 200 on a fresh fake
    error_body: Callable[[int, Any], bool]  # is this the API's error shape for that status?


TARGETS = [
    Target(
        "autobutler",
        FakeAutobutler,
        lambda fake: {"Authorization": fake.token},
        "/mechanic_integrations",
        lambda status, body: body["success"] is False and isinstance(body["errors"]["base"], list),
    ),
    Target(
        "integratorio",
        lambda: FakeIntegrator(rate_limit=None),
        lambda fake: {"Authorization": f"Bearer {fake.token}"},
        "/integrations",
        lambda status, body: isinstance(body["errors"][0]["code"], str),
    ),
    Target(
        "hubster",
        FakeHubster,
        lambda fake: {"Authorization": f"Bearer {fake.token}"},
        f"/api/v1/integrations/{uuid.uuid4()}",  # answers 404 PRT000799; see `normal`
        lambda status, body: (
            body["status"] == status and isinstance(body["errors"][0]["code"], int)
        ),
    ),
]
IDS = [t.api for t in TARGETS]


def normal(target: Target, response: httpx.Response) -> bool:
    """Whether ``response`` is the fake's own (un-faulted) answer to ``target.path``."""
    if target.api == "hubster":
        return response.status_code == 404 and response.json()["errors"][0]["code"] == 799
    return response.status_code == 200


@pytest.fixture(params=TARGETS, ids=IDS)
def target(request: pytest.FixtureRequest) -> Target:
    chosen: Target = request.param
    return chosen


@pytest.fixture
def fake(target: Target) -> Iterator[Any]:
    with target.make() as running:
        yield running


@pytest.fixture
def http(fake: Any, target: Target) -> Iterator[httpx.Client]:
    # A plain client: fault answers (HTML, cut JSON) are not spec answers by design.
    with httpx.Client(base_url=fake.base_url, headers=target.auth(fake), timeout=10.0) as client:
        yield client


# --- fail_next ---------------------------------------------------------------------------------


def test_fail_next_answers_n_times_then_serves_normally(
    fake: Any, target: Target, http: httpx.Client
) -> None:
    fake.fail_next(2, status=503)

    answers = [http.get(target.path) for _ in range(3)]

    assert [a.status_code for a in answers[:2]] == [503, 503]
    for failed in answers[:2]:
        assert failed.headers["content-type"] == "application/json"
        assert target.error_body(503, failed.json())
        assert "retry-after" not in failed.headers
    assert normal(target, answers[2])


def test_fail_next_sends_retry_after_and_a_spec_shaped_429(
    fake: Any, target: Target, http: httpx.Client
) -> None:
    fake.fail_next(1, status=429, retry_after=2)

    response = http.get(target.path)

    assert response.status_code == 429
    assert response.headers["retry-after"] == "2"
    assert target.error_body(429, response.json())
    if target.api != "autobutler":  # the Autobutler spec declares no 429
        check_against_spec(target.api, response)


def test_fail_next_sends_a_given_body_as_it_is(
    fake: Any, target: Target, http: httpx.Client
) -> None:
    fake.fail_next(1, status=500, body={"custom": True})
    fake.fail_next(
        1, status=502, body=b"<html>bad gateway</html>", retry_after="Wed, 21 Oct 2015 07:28:00 GMT"
    )

    first, second = http.get(target.path), http.get(target.path)

    assert (first.status_code, first.json()) == (500, {"custom": True})
    assert (second.status_code, second.content) == (502, b"<html>bad gateway</html>")
    assert second.headers["retry-after"] == "Wed, 21 Oct 2015 07:28:00 GMT"


def test_faults_are_served_in_the_order_they_were_queued(
    fake: Any, target: Target, http: httpx.Client
) -> None:
    fake.fail_next(1, status=500)
    fake.malformed_next(1, kind="not-json")
    fake.fail_next(1, status=429)

    statuses = [http.get(target.path).status_code for _ in range(3)]

    assert statuses == [500, 200, 429]
    assert normal(target, http.get(target.path))


def test_a_faulted_request_changes_no_state() -> None:
    with (
        FakeIntegrator(rate_limit=None) as fake,
        spec_client(
            "integratorio", fake.base_url, {"Authorization": f"Bearer {fake.token}"}
        ) as client,
    ):
        fake.fail_next(1, status=503)
        failed = client.post("/integrations", json={"name": "never stored"})
        listed = client.get("/integrations")

    assert failed.status_code == 503
    assert listed.json() == []


# --- latency and stalls ------------------------------------------------------------------------


def test_latency_delays_every_answer(fake: Any, target: Target, http: httpx.Client) -> None:
    fake.latency = 0.3

    started = time.monotonic()
    http.get(target.path)
    http.get(target.path)
    elapsed = time.monotonic() - started

    assert 0.6 <= elapsed < 5.0


def test_delay_next_stalls_past_a_client_timeout_then_serves_normally(
    fake: Any, target: Target
) -> None:
    fake.delay_next(1, 5.0)
    with httpx.Client(base_url=fake.base_url, headers=target.auth(fake), timeout=0.3) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get(target.path)
        started = time.monotonic()
        response = client.get(target.path)

    assert normal(target, response)
    assert time.monotonic() - started < 2.0


def test_stopping_the_fake_ends_a_stall_at_once() -> None:
    fake = FakeIntegrator(rate_limit=None).start()
    fake.delay_next(1, 60.0)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            httpx.get(f"{fake.base_url}/integrations", timeout=30.0)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
            errors.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    while not fake.requests:
        time.sleep(0.01)
    started = time.monotonic()
    fake.stop()
    caller.join(timeout=10)

    assert time.monotonic() - started < 5.0
    assert not caller.is_alive()
    assert errors and isinstance(errors[0], httpx.HTTPError)  # closed without an answer


# --- dropped connections and malformed bodies --------------------------------------------------


def test_drop_next_closes_the_connection_without_an_answer(
    fake: Any, target: Target, http: httpx.Client
) -> None:
    http.get(target.path)  # a pooled keep-alive connection exists now
    fake.drop_next(1)

    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        http.get(target.path)

    assert normal(target, http.get(target.path))


@pytest.mark.parametrize(
    ("kind", "content_type"),
    [("html", "text/html"), ("truncated", "application/json"), ("not-json", "application/json")],
)
def test_malformed_next_answers_200_with_a_body_that_is_not_json(
    fake: Any, target: Target, http: httpx.Client, kind: str, content_type: str
) -> None:
    fake.malformed_next(1, kind=kind)  # type: ignore[arg-type]

    response = http.get(target.path)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith(content_type)
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(ValueError):
        response.json()
    if kind == "truncated":
        assert response.text.startswith("{")
    assert normal(target, http.get(target.path))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda fake: fake.fail_next(1, status=42), "not an HTTP status"),
        (lambda fake: fake.malformed_next(1, kind="xml"), "use one of html, truncated, not-json"),
        (lambda fake: fake.drop_next(-1), "number of requests"),
        (lambda fake: fake.delay_next(1, -1.0), "cannot be negative"),
    ],
    ids=["status", "kind", "count", "seconds"],
)
def test_fault_arguments_are_checked(call: Callable[[Any], None], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call(FakeHubster())


# --- recording, routing, keep-alive ------------------------------------------------------------


def test_requests_are_recorded_as_received_faulted_ones_too(fake: Any, http: httpx.Client) -> None:
    fake.fail_next(1, status=500)
    http.post("/some/th%69ng?q=1", content=b'{"a": 1}', headers={"X-Test": "yes"})

    (recorded,) = fake.requests
    assert recorded.method == "POST"
    assert recorded.path == f"{fake.base_path}/some/thing"
    assert recorded.raw_path == f"{fake.base_path}/some/th%69ng?q=1"
    assert recorded.headers["x-test"] == "yes"
    assert recorded.body == b'{"a": 1}'
    assert recorded.json() == {"a": 1}


def test_unknown_paths_answer_404_and_wrong_methods_405(
    fake: Any, target: Target, http: httpx.Client
) -> None:
    missing = http.get("/no/such/operation")
    wrong_method = http.request("OPTIONS", target.path)

    assert missing.status_code == 404
    assert target.error_body(404, missing.json())
    assert wrong_method.status_code == 405
    assert "GET" in wrong_method.headers["allow"]


def test_paths_outside_the_base_path_answer_404() -> None:
    with FakeIntegrator(rate_limit=None) as fake:
        response = httpx.get(
            f"http://127.0.0.1:{fake.port}/integrations",
            headers={"Authorization": f"Bearer {fake.token}"},
        )

    assert response.status_code == 404
    assert "paths start with /v1" in response.json()["errors"][0]["message"]


def _read_answer(sock: socket.socket, buffer: bytes) -> tuple[bytes, bytes]:
    """One HTTP answer (head and Content-Length body) from ``sock``; returns (answer, rest)."""
    while b"\r\n\r\n" not in buffer:
        buffer += sock.recv(65536)
    head, rest = buffer.split(b"\r\n\r\n", 1)
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(rest) < length:
        rest += sock.recv(65536)
    return head + b"\r\n\r\n" + rest[:length], rest[length:]


def test_one_connection_carries_many_requests(fake: Any, target: Target) -> None:
    auth = "".join(f"{k}: {v}\r\n" for k, v in target.auth(fake).items())
    request = (
        f"GET {fake.base_path}{target.path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{auth}\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", fake.port), timeout=5) as sock:
        sock.sendall(request + request)  # pipelined on one connection
        first, rest = _read_answer(sock, b"")
        second, _ = _read_answer(sock, rest)
        sock.sendall(request)  # and still open afterwards
        third, _ = _read_answer(sock, b"")

    for answer in (first, second, third):
        assert answer.startswith(b"HTTP/1.1 ")
        assert b"connection: close" not in answer.lower()


def test_state_is_consistent_under_concurrent_requests() -> None:
    with FakeIntegrator(rate_limit=None) as fake:
        headers = {"Authorization": f"Bearer {fake.token}"}

        def create(index: int) -> str:
            with httpx.Client(base_url=fake.base_url, headers=headers) as client:
                response = client.post("/integrations", json={"name": f"i{index}"})
                return str(response.json()["_id"])

        with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
            ids = list(pool.map(create, range(64)))
        listed = httpx.get(f"{fake.base_url}/integrations", headers=headers).json()

    assert len(set(ids)) == 64
    assert sorted(i["_id"] for i in listed) == sorted(ids)


# --- reset and lifecycle -----------------------------------------------------------------------


def test_reset_clears_faults_latency_and_the_log(
    fake: Any, target: Target, http: httpx.Client
) -> None:
    http.get(target.path)
    fake.fail_next(3, status=500)
    fake.drop_next(1)
    fake.delay_next(2, 10.0)
    fake.latency = 10.0

    fake.reset()

    assert fake.requests == []
    assert fake.latency == 0.0
    assert normal(target, http.get(target.path))
    assert len(fake.requests) == 1


def test_exit_joins_every_thread_and_closes_idle_connections(target: Target) -> None:
    before = set(threading.enumerate())
    with target.make() as fake:
        port = fake.port
        client = httpx.Client(base_url=fake.base_url, headers=target.auth(fake))
        client.get(target.path)  # leaves an idle keep-alive connection behind
    try:
        assert set(threading.enumerate()) <= before
        with pytest.raises(httpx.TransportError):
            client.get(target.path)  # the pooled connection was closed and nothing listens
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
    finally:
        client.close()


def test_a_fake_is_not_running_until_started() -> None:
    fake = FakeHubster()
    with pytest.raises(RuntimeError, match="is not running"):
        _ = fake.base_url
    with fake:
        with pytest.raises(RuntimeError, match="already running"):
            fake.start()
    fake.stop()  # stopping twice is fine


# --- the integrator.io leaky bucket ------------------------------------------------------------


def test_the_sixth_immediate_request_past_a_bucket_of_five_gets_429_with_retry_after() -> None:
    with (
        FakeIntegrator(rate_limit=RateLimit(capacity=5, rate_per_second=1)) as fake,
        spec_client(
            "integratorio", fake.base_url, {"Authorization": f"Bearer {fake.token}"}
        ) as client,
    ):
        answers = [client.get("/integrations") for _ in range(6)]
        time.sleep(1.1)  # one request's worth drains at 1 per second
        later = client.get("/integrations")

    assert [a.status_code for a in answers] == [200] * 5 + [429]
    limited = answers[5]
    assert limited.headers["retry-after"] == "1"
    assert limited.json()["errors"][0]["code"] == "rate_limited"
    assert later.status_code == 200


def test_rate_limit_none_never_answers_429() -> None:
    with (
        FakeIntegrator(rate_limit=None) as fake,
        httpx.Client(
            base_url=fake.base_url, headers={"Authorization": f"Bearer {fake.token}"}
        ) as client,
    ):
        statuses = {client.get("/integrations").status_code for _ in range(150)}

    assert statuses == {200}


def test_reset_refills_the_bucket() -> None:
    with (
        FakeIntegrator(rate_limit=RateLimit(capacity=2, rate_per_second=0.01)) as fake,
        httpx.Client(
            base_url=fake.base_url, headers={"Authorization": f"Bearer {fake.token}"}
        ) as client,
    ):
        before = [client.get("/integrations").status_code for _ in range(3)]
        fake.reset()
        after = client.get("/integrations").status_code

    assert before == [200, 200, 429]
    assert after == 200


def test_leaky_bucket_refuses_without_filling_and_drains_at_its_rate() -> None:
    now = [0.0]
    bucket = ServerBucket(capacity=2, rate_per_second=4, clock=lambda: now[0])

    assert [bucket.admit_or_wait() for _ in range(2)] == [0.0, 0.0]
    assert bucket.admit_or_wait() == pytest.approx(0.25)
    assert bucket.admit_or_wait() == pytest.approx(0.25)  # a refusal added nothing
    now[0] = 0.25
    assert bucket.admit_or_wait() == 0.0
    assert bucket.admit_or_wait() == pytest.approx(0.25)
    with pytest.raises(ValueError, match="at least one request"):
        ServerBucket(capacity=0, rate_per_second=1)


# --- python -m <package>.testing ---------------------------------------------------------------


def _read_lines(proc: subprocess.Popen[str], until: str, timeout: float = 30.0) -> dict[str, str]:
    """The ``name: value`` lines the fake prints, up to the one starting with ``until``."""
    assert proc.stdout is not None
    stdout = proc.stdout
    lines: queue.Queue[str] = queue.Queue()
    # A reader thread, because a select() on a buffered text pipe misses already-read lines.
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    found: dict[str, str] = {}
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        name, sep, value = line.strip().partition(": ")
        if sep:
            found[name] = value
        if line.startswith(until):
            return found
    raise AssertionError(f"the fake did not print {until!r} in time; printed {found}")


@pytest.mark.parametrize(
    ("package", "dist"),
    [
        ("autobutler_client", "autobutler-client"),
        ("integratorio_client", "integratorio-client"),
        ("hubster_client", "hubster-client"),
    ],
)
def test_python_m_runs_the_fake_standalone(package: str, dist: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "generated" / dist)}
    proc = subprocess.Popen(
        [sys.executable, "-m", f"{package}.testing", "--port", "0", "--token", "cli-token"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        printed = _read_lines(proc, "Press Ctrl-C")
        base_url = printed["base_url"]
        assert base_url.startswith("http://127.0.0.1:")
        assert printed["token"] == "cli-token"
        if package == "autobutler_client":
            response = httpx.get(
                f"{base_url}/mechanic_integrations", headers={"Authorization": "cli-token"}
            )
        elif package == "integratorio_client":
            response = httpx.get(
                f"{base_url}/integrations", headers={"Authorization": "Bearer cli-token"}
            )
        else:
            response = httpx.post(
                f"{base_url}/api/v1/integrations/hubs/{printed['hub_id']}",
                headers={"Authorization": "Bearer cli-token"},
                json={
                    "channelId": "Slack",
                    "name": "cli",
                    "configuration": {"code": "c", "state": "s"},
                },
            )
        assert response.status_code == 200, response.text
        proc.terminate()
        assert proc.wait(timeout=10) == 0  # SIGTERM stops it cleanly
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
