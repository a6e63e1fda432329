"""Quirk 7 (raw-token auth) and Autobutler's sign-in (``from_login``), on the wire.

Autobutler wants ``Authorization: <token>`` (autobutler/mechanics_api_docs,
source/includes/_authentication.md and _mechanic_integrations.md lines 9 and 17), while
integrator.io and Hubster want ``Authorization: Bearer <token>``. Autobutler tokens come from
``POST /tokens`` (_tokens.md) and an expired one is answered 401 (_authentication.md);
``from_login`` signs in,
reuses the token and signs in once more after a 401 (overrides/autobutler/modules/_login.py).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from autobutler_client import (
    AsyncAutobutlerClient,
    AuthenticationError,
    AutobutlerClient,
    BadRequestError,
)
from autobutler_client.testing import FakeAutobutler
from hubster_client import HubsterClient, NotFoundError
from integratorio_client import IntegratorClient

from tests.support import Recorded, Reply, ScriptedServer, seed_example

EMAIL = "workshop@example.com"
PASSWORD = "pw-Sup3r-Secret-42"
PREFIX = "/api/v2/mechanics"
LIST = seed_example("000:L35")


def _token(value: str) -> Reply:
    return Reply(
        200,
        {"status": "ok", "token": value, "refreshToken": f"refresh-{value}", "user": {"id": 7}},
    )


def _login_client(server: ScriptedServer) -> AutobutlerClient:
    return AutobutlerClient.from_login(EMAIL, PASSWORD, base_url=server.url + PREFIX, max_retries=0)


def _async_login_client(server: ScriptedServer) -> AsyncAutobutlerClient:
    return AsyncAutobutlerClient.from_login(
        EMAIL, PASSWORD, base_url=server.url + PREFIX, max_retries=0
    )


def _lines(server: ScriptedServer) -> list[tuple[str, str | None]]:
    """(method and path, Authorization header) of every request the server saw."""
    return [(f"{s.method} {s.target}", s.header("authorization")) for s in server.requests]


def _is_sign_in(seen: Recorded) -> bool:
    return seen.method == "POST" and seen.target == f"{PREFIX}/tokens"


# --- quirk 7: raw token for Autobutler, Bearer for the other two ------------------------------


def test_authorization_header_per_api_on_the_wire(server: ScriptedServer) -> None:
    server.reply(
        Reply(200, LIST),
        Reply(200, seed_example("001:L39")),
        Reply(404, {"status": 404, "errors": [{"code": 105, "description": "Not found"}]}),
    )
    with AutobutlerClient(token="abt-raw-token", base_url=server.url, max_retries=0) as client:
        client.mechanic_integrations.list()
    with IntegratorClient(token="celigo-token", base_url=server.url, max_retries=0) as celigo:
        celigo.integrations.get("554155c853bb53af2900000b")
    with (
        HubsterClient(token="hubster-token", base_url=server.url, max_retries=0) as hubster,
        pytest.raises(NotFoundError),
    ):
        hubster.integrations.get("00000000-0000-0000-0000-000000000001")

    autobutler, integratorio, hubster_seen = server.requests
    assert autobutler.header("authorization") == "abt-raw-token"
    assert integratorio.header("authorization") == "Bearer celigo-token"
    assert hubster_seen.header("authorization") == "Bearer hubster-token"


@pytest.mark.asyncio
async def test_async_autobutler_client_sends_the_raw_token(server: ScriptedServer) -> None:
    server.reply(Reply(200, LIST))
    async with AsyncAutobutlerClient(token="abt-raw-token", base_url=server.url) as client:
        await client.mechanic_integrations.list()
    (seen,) = server.requests
    assert seen.header("authorization") == "abt-raw-token"


# --- from_login: sync -------------------------------------------------------------------------


def test_one_sign_in_serves_two_calls(server: ScriptedServer) -> None:
    server.reply(_token("tok-1"), Reply(200, LIST), Reply(200, LIST))
    with _login_client(server) as client:
        client.mechanic_integrations.list()
        client.mechanic_integrations.list()

    assert _lines(server) == [
        (f"POST {PREFIX}/tokens", None),  # the sign-in itself carries no token
        (f"GET {PREFIX}/mechanic_integrations", "tok-1"),
        (f"GET {PREFIX}/mechanic_integrations", "tok-1"),
    ]
    assert server.requests[0].json() == {"email": EMAIL, "password": PASSWORD}
    assert server.requests[0].header("content-type") == "application/json"
    # Same client settings for the sign-in as for the calls.
    assert server.requests[0].header("user-agent") == server.requests[1].header("user-agent")


def test_a_401_signs_in_once_more_and_resends(server: ScriptedServer) -> None:
    server.reply(
        _token("tok-1"),
        Reply(401, b""),
        _token("tok-2"),
        Reply(200, LIST),
        Reply(200, LIST),
    )
    with _login_client(server) as client:
        first = client.mechanic_integrations.list()
        client.mechanic_integrations.list()

    assert len(first.mechanic_integrations) == 3
    assert _lines(server) == [
        (f"POST {PREFIX}/tokens", None),
        (f"GET {PREFIX}/mechanic_integrations", "tok-1"),
        (f"POST {PREFIX}/tokens", None),
        (f"GET {PREFIX}/mechanic_integrations", "tok-2"),
        (f"GET {PREFIX}/mechanic_integrations", "tok-2"),
    ]


def test_a_second_401_raises_authentication_error(server: ScriptedServer) -> None:
    server.reply(_token("tok-1"), Reply(401, b""), _token("tok-2"), Reply(401, b""))
    with _login_client(server) as client, pytest.raises(AuthenticationError) as caught:
        client.mechanic_integrations.list()

    assert caught.value.status_code == 401
    assert [s.method for s in server.requests] == ["POST", "GET", "POST", "GET"]
    assert sum(_is_sign_in(s) for s in server.requests) == 2


@pytest.mark.parametrize(
    "answer",
    [
        Reply(401, {"errors": {"password": ["is wrong"]}}),
        Reply(200, {"status": "failed"}),
        Reply(200, {"status": "ok"}),
    ],
    ids=["401", "status-failed", "no-token"],
)
def test_wrong_credentials_raise_authentication_error(
    server: ScriptedServer, answer: Reply
) -> None:
    server.reply(answer)
    with _login_client(server) as client, pytest.raises(AuthenticationError) as caught:
        client.mechanic_integrations.list()

    assert "from_login()" in str(caught.value)  # says what to fix
    assert PASSWORD not in str(caught.value)
    assert [s.method for s in server.requests] == ["POST"]  # no call was sent without a token


def test_password_never_appears_in_logs_reprs_or_messages(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    echo = f"Unknown workshop {EMAIL} with password {PASSWORD}"
    server.reply(
        _token("tok-1"),
        Reply(401, b""),
        _token("tok-2"),
        Reply(200, LIST),
        # A server that echoes the credentials it rejected, in a body that gets logged.
        Reply(401, b""),
        Reply(400, {"message": echo, "debug": {"echo": echo}}),
    )
    caplog.set_level(logging.DEBUG, logger="autobutler_client")
    with _login_client(server) as client:
        client.mechanic_integrations.list()
        with pytest.raises(BadRequestError) as caught:
            client.mechanic_integrations.list()
        shown = [repr(client), repr(client._auth), repr(caught.value), str(caught.value)]
        shown.append(repr(caught.value.body))

    assert server.requests[0].json()["password"] == PASSWORD  # it was really sent
    assert caplog.records, "the test needs DEBUG logging to have logged the requests"
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "/tokens" in logged
    assert PASSWORD not in logged
    for text in shown:
        assert PASSWORD not in text


def test_from_login_refuses_a_token_argument() -> None:
    with pytest.raises(TypeError, match="leave out token="):
        AutobutlerClient.from_login(EMAIL, PASSWORD, token="abc")


# --- from_login: async ------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_one_sign_in_serves_two_calls(server: ScriptedServer) -> None:
    server.reply(_token("tok-1"), Reply(200, LIST), Reply(200, LIST))
    async with _async_login_client(server) as client:
        await client.mechanic_integrations.list()
        await client.mechanic_integrations.list()
    assert _lines(server) == [
        (f"POST {PREFIX}/tokens", None),
        (f"GET {PREFIX}/mechanic_integrations", "tok-1"),
        (f"GET {PREFIX}/mechanic_integrations", "tok-1"),
    ]


@pytest.mark.asyncio
async def test_async_a_401_signs_in_once_more_and_resends(server: ScriptedServer) -> None:
    server.reply(_token("tok-1"), Reply(401, b""), _token("tok-2"), Reply(200, LIST))
    async with _async_login_client(server) as client:
        await client.mechanic_integrations.list()
    assert _lines(server) == [
        (f"POST {PREFIX}/tokens", None),
        (f"GET {PREFIX}/mechanic_integrations", "tok-1"),
        (f"POST {PREFIX}/tokens", None),
        (f"GET {PREFIX}/mechanic_integrations", "tok-2"),
    ]


@pytest.mark.asyncio
async def test_async_a_second_401_raises_authentication_error(server: ScriptedServer) -> None:
    server.reply(_token("tok-1"), Reply(401, b""), _token("tok-2"), Reply(401, b""))
    async with _async_login_client(server) as client:
        with pytest.raises(AuthenticationError):
            await client.mechanic_integrations.list()
    assert [s.method for s in server.requests] == ["POST", "GET", "POST", "GET"]


@pytest.mark.asyncio
async def test_async_wrong_credentials_keep_the_password_out(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(Reply(401, {"message": f"bad password {PASSWORD}"}))
    caplog.set_level(logging.DEBUG, logger="autobutler_client")
    async with _async_login_client(server) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.mechanic_integrations.list()
    assert PASSWORD not in str(caught.value)
    assert PASSWORD not in repr(caught.value.body)
    assert caplog.records
    assert all(PASSWORD not in record.getMessage() for record in caplog.records)


# --- one sign-in per expired token, against FakeAutobutler ------------------------------------
# FakeAutobutler rejects an expired token with 401 (_authentication.md lines 22-29) and counts
# its sign-ins; it holds back the first requests to arrive, wave by wave, so that their 401s come
# back 0.1 s, 0.2 s, ... after the others', when the first renewal is long over.


def _stagger(fake: FakeAutobutler, waves: int, per_wave: int) -> None:
    for wave in range(1, waves + 1):
        fake.delay_next(per_wave, 0.1 * wave)


def test_twenty_threads_with_an_expired_token_sign_in_once() -> None:
    with FakeAutobutler() as fake:
        fake.add_user(EMAIL, PASSWORD)
        with AutobutlerClient.from_login(EMAIL, PASSWORD, base_url=fake.base_url) as client:
            client.mechanic_integrations.list()
            fake.expire_tokens()
            _stagger(fake, waves=3, per_wave=5)
            barrier = threading.Barrier(20)

            def list_all(_: int) -> int:
                barrier.wait()
                return len(client.mechanic_integrations.list().mechanic_integrations)

            with ThreadPoolExecutor(20) as pool:
                counts = list(pool.map(list_all, range(20)))
        assert fake.sign_ins == 2  # the first sign-in and one renewal
    assert counts == [3] * 20


@pytest.mark.asyncio
async def test_fifty_tasks_with_an_expired_token_sign_in_once() -> None:
    with FakeAutobutler() as fake:
        fake.add_user(EMAIL, PASSWORD)
        async with AsyncAutobutlerClient.from_login(
            EMAIL, PASSWORD, base_url=fake.base_url
        ) as client:
            await client.mechanic_integrations.list()
            fake.expire_tokens()
            _stagger(fake, waves=4, per_wave=10)
            answers = await asyncio.gather(
                *(client.mechanic_integrations.list() for _ in range(50))
            )
        assert fake.sign_ins == 2
    assert [len(a.mechanic_integrations) for a in answers] == [3] * 50


# --- whether a sign-in is retried (the decision is documented in modules/_login.py) -----------


@pytest.mark.parametrize("fault", ["503", "dropped connection"])
def test_a_sign_in_that_meets_a_503_or_a_dropped_connection_is_retried(fault: str) -> None:
    with FakeAutobutler() as fake:
        fake.add_user(EMAIL, PASSWORD)
        if fault == "503":
            fake.fail_next(1, status=503)
        else:
            fake.drop_next(1)
        with AutobutlerClient.from_login(EMAIL, PASSWORD, base_url=fake.base_url) as client:
            client._sleep = lambda _: None  # the backoff is _retries' business, not this test's
            client.mechanic_integrations.list()
        assert fake.sign_ins == 2


def test_a_refused_sign_in_is_not_retried() -> None:
    with FakeAutobutler() as fake:
        fake.add_user(EMAIL, "another-password")
        with AutobutlerClient.from_login(EMAIL, PASSWORD, base_url=fake.base_url) as client:
            with pytest.raises(AuthenticationError):
                client.mechanic_integrations.list()
        assert fake.sign_ins == 1  # a wrong password stays wrong: asking again cannot help
