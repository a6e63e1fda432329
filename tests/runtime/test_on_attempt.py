"""``on_attempt``: the caller's function sees every attempt of every call, over real sockets.

Each attempt is reported once, after the client has decided what to do with its outcome and
before it acts on it: operation, method, URL without secrets, attempt number, status or transport
failure, duration and decision ("done", "retry" with its delay, "renew", "fail"). A hook that
raises does not break the call; an async function is refused when the client is built. The
generated clients' side (and OpenTelemetry) is in tests/clients/test_observability.py.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import traceback
from typing import Any

import httpx
import pytest

from generator.runtime import (
    APIConnectionError,
    AsyncAPIClient,
    AttemptInfo,
    CachedTokenProvider,
    ConfigurationError,
    InternalServerError,
    IssuedToken,
    NotFoundError,
    SyncAPIClient,
)
from tests.support import Reply, ScriptedServer
from tests.support.echo import assert_never_shown, echoing

from .conftest import CONFIG, GET, POST, TOKEN, async_client, parse_json, sleeps, sync_client

QUERY_SECRET = "q-SECRET-api-key-7f3a9c"


class Recorder(list[AttemptInfo]):
    """An ``on_attempt`` hook that keeps what it is given."""

    def __call__(self, info: AttemptInfo) -> None:
        self.append(info)


def _summary(infos: list[AttemptInfo]) -> list[tuple[int, int | None, str]]:
    return [(info.attempt, info.status_code, info.decision) for info in infos]


def _get(client: SyncAPIClient | AsyncAPIClient, path: str = "/things/1", **kwargs: Any) -> Any:
    """One GET, sync or async, returning what the call returned."""
    if isinstance(client, SyncAPIClient):
        return client.request(GET, path=path, parse=parse_json, **kwargs)

    async def run() -> Any:
        async with client:
            return await client.request(GET, path=path, parse=parse_json, **kwargs)

    return asyncio.run(run())


def _client(mode: str, base_url: str, **kwargs: Any) -> SyncAPIClient | AsyncAPIClient:
    if mode == "sync":
        return sync_client(base_url, **kwargs)
    return async_client(base_url, **kwargs)


def _closed_port() -> int:
    """A loopback port with nothing listening on it (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


MODES = ["sync", "async"]


# --- what each attempt reports ----------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_503_then_200_reports_a_retry_with_its_delay_then_done(
    mode: str, server: ScriptedServer
) -> None:
    server.on("GET", "/things/1", Reply(503, {"message": "busy"}), Reply(200, {"id": "1"}))
    seen = Recorder()
    client = _client(mode, server.url, on_attempt=seen)
    assert _get(client) == {"id": "1"}

    assert _summary(seen) == [(1, 503, "retry"), (2, 200, "done")]
    first, second = seen
    assert first.retry_delay == sleeps(client)[0] > 0  # the delay the client then slept
    assert second.retry_delay is None
    for info in seen:
        assert info.operation_id == "getThing"
        assert info.method == "GET"
        assert info.url == f"{server.url}/things/1"
        assert info.exception is None
        assert 0 <= info.duration < 5  # a local answer; generous for a busy machine


@pytest.mark.parametrize("mode", MODES)
def test_a_401_with_a_token_provider_reports_renew_then_done(
    mode: str, server: ScriptedServer
) -> None:
    issued = iter(["tok-first-1234567", "tok-second-1234567"])
    provider = CachedTokenProvider(lambda: IssuedToken(next(issued), None))
    server.on("GET", "/things/1", Reply(401, {"message": "expired"}), Reply(200, {"id": "1"}))
    seen = Recorder()
    _get(_client(mode, server.url, token=provider, on_attempt=seen))
    assert _summary(seen) == [(1, 401, "renew"), (2, 200, "done")]
    assert [info.retry_delay for info in seen] == [None, None]


@pytest.mark.parametrize("mode", MODES)
def test_a_404_reports_fail_once_and_the_call_raises(mode: str, server: ScriptedServer) -> None:
    server.always(Reply(404, {"message": "no such thing"}))
    seen = Recorder()
    with pytest.raises(NotFoundError):
        _get(_client(mode, server.url, on_attempt=seen))
    assert _summary(seen) == [(1, 404, "fail")]
    assert seen[0].exception is None and seen[0].retry_delay is None


@pytest.mark.parametrize("mode", MODES)
def test_a_refused_connection_reports_the_failure_and_no_status(mode: str) -> None:
    seen = Recorder()
    client = _client(mode, f"http://127.0.0.1:{_closed_port()}", max_retries=1, on_attempt=seen)
    with pytest.raises(APIConnectionError) as raised:
        _get(client)
    assert [(info.attempt, info.decision) for info in seen] == [(1, "retry"), (2, "fail")]
    for info in seen:
        assert info.status_code is None
        assert isinstance(info.exception, httpx.ConnectError)
    assert seen[0].retry_delay == sleeps(client)[0]
    # The last attempt's failure is the cause of the error the call raised.
    assert raised.value.__cause__ is seen[1].exception


@pytest.mark.parametrize("mode", MODES)
def test_the_url_shows_no_query_value(mode: str, server: ScriptedServer) -> None:
    # A base URL with user info is refused when the client is built (_settings), so the query
    # is the one place of a URL a secret could be.
    server.always(Reply(200, {"id": "1"}))
    seen = Recorder()
    _get(_client(mode, server.url, on_attempt=seen), params={"api_key": QUERY_SECRET, "page": "2"})
    [info] = seen
    assert info.url == f"{server.url}/things/1?api_key=***&page=***"
    for shown in (repr(info), info.url):
        for secret in (QUERY_SECRET, TOKEN):
            assert secret not in shown


@pytest.mark.parametrize("mode", MODES)
def test_a_transport_failure_quoting_the_token_reaches_the_hook_scrubbed(mode: str) -> None:
    # The server answers a header line the HTTP parser refuses, with the token in it; the
    # parser's error quotes the line. A GET is retried after it, so the hook sees it twice.
    with ScriptedServer(echoing("badheader")) as server:
        seen = Recorder()
        with pytest.raises(APIConnectionError):
            _get(_client(mode, server.url, max_retries=1, on_attempt=seen))
    assert [info.decision for info in seen] == ["retry", "fail"]
    for info in seen:
        assert isinstance(info.exception, httpx.RemoteProtocolError)
        texts = ["".join(traceback.format_exception(info.exception)), repr(info)]
        assert_never_shown(texts, TOKEN)


def test_a_post_not_retried_reports_fail(server: ScriptedServer) -> None:
    server.always(Reply(503, {"message": "busy"}))
    seen = Recorder()
    with sync_client(server.url, on_attempt=seen) as client, pytest.raises(InternalServerError):
        client.request(POST, path="/things", json={"name": "x"}, parse=parse_json)
    assert _summary(seen) == [(1, 503, "fail")]
    assert seen[0].method == "POST" and seen[0].operation_id == "createThing"


# --- a hook that misbehaves -------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_hook_that_raises_does_not_break_the_call_and_warns_once(
    mode: str, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger=CONFIG.package)
    calls: list[int] = []

    def broken(info: AttemptInfo) -> None:
        calls.append(info.attempt)
        raise RuntimeError(f"the hook broke on {info.url}")

    server.on("GET", "/things/1", Reply(503), Reply(200, {"id": "1"}))
    server.on("GET", "/things/2", Reply(200, {"id": "2"}))
    client = _client(mode, server.url, on_attempt=broken)
    if isinstance(client, SyncAPIClient):
        assert _get(client) == {"id": "1"}
        assert _get(client, "/things/2") == {"id": "2"}
    else:

        async def both() -> list[Any]:
            async with client:
                return [
                    await client.request(GET, path=p, parse=parse_json)
                    for p in ("/things/1", "/things/2")
                ]

        assert asyncio.run(both()) == [{"id": "1"}, {"id": "2"}]
    assert calls == [1, 2, 1]  # every attempt was still reported
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    message = warnings[0].getMessage()
    assert "on_attempt" in message and "RuntimeError" in message
    assert TOKEN not in caplog.text


def test_an_async_hook_is_refused_when_the_client_is_built(server: ScriptedServer) -> None:
    async def hook(info: AttemptInfo) -> None:
        pass

    for build in (sync_client, async_client):
        with pytest.raises(ConfigurationError, match="on_attempt") as raised:
            build(server.url, on_attempt=hook)
        assert "plain function" in str(raised.value)


def test_a_hook_that_is_not_callable_is_refused(server: ScriptedServer) -> None:
    with pytest.raises(ConfigurationError, match="on_attempt"):
        sync_client(server.url, on_attempt="print")


# --- copies and the pool ----------------------------------------------------------------------


def test_with_options_keeps_or_replaces_the_hook(server: ScriptedServer) -> None:
    server.always(Reply(200, {"id": "1"}))
    first, second = Recorder(), Recorder()
    with sync_client(server.url, on_attempt=first) as client:
        assert client.on_attempt is first
        same = client.with_options(timeout=5)
        other = client.with_options(on_attempt=second)
        assert same.on_attempt is first and other.on_attempt is second
        for each in (client, same, other):
            each.request(GET, path="/things/1", parse=parse_json)
    assert len(first) == 2 and len(second) == 1


def test_without_a_hook_nothing_is_reported(server: ScriptedServer) -> None:
    server.always(Reply(200, {"id": "1"}))
    with sync_client(server.url) as client:
        assert client.on_attempt is None
        assert client._attempt_hook is None  # the attempt loop checks this one value
        client.request(GET, path="/things/1", parse=parse_json)


def test_http_client_is_the_pool_copies_share(server: ScriptedServer) -> None:
    with sync_client(server.url) as client:
        assert isinstance(client.http_client, httpx.Client)
        assert client.with_options(max_retries=0).http_client is client.http_client
    with httpx.Client() as own, sync_client(server.url, http_client=own) as client:
        assert client.http_client is own


def test_attempt_info_repr_names_every_field() -> None:
    info = AttemptInfo(
        operation_id="getThing",
        method="GET",
        url="https://api.example.invalid/things/1",
        attempt=1,
        status_code=503,
        exception=None,
        duration=0.25,
        decision="retry",
        retry_delay=0.5,
    )
    shown = repr(info)
    for part in ("getThing", "GET", "/things/1", "attempt=1", "503", "retry", "0.5"):
        assert part in shown
