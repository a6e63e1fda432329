"""Timeouts: never None, overridable per client and per call, and a stall ends in time."""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from generator.runtime import (
    DEFAULT_TIMEOUT,
    APITimeoutError,
    ConfigurationError,
    DeadlineTransport,
    RequestOptions,
    SyncAPIClient,
)
from tests.support import Reply, ScriptedServer

from .conftest import CONFIG, GET, POST, TOKEN, async_client, parse_json, sync_client


@contextlib.contextmanager
def _recording_client(**kwargs: Any) -> Iterator[tuple[SyncAPIClient, list[httpx.Request]]]:
    """A client on a MockTransport whose own timeout is None; yields it and the requests."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(handler), timeout=None) as http:
        client = SyncAPIClient(
            config=CONFIG, token=TOKEN, base_url="https://api.invalid", http_client=http, **kwargs
        )
        yield client, seen


def test_default_timeout_is_sent_even_with_a_borrowed_client_without_one() -> None:
    with _recording_client() as (client, seen):
        client.request(GET, path="/things/1", parse=parse_json)
    timeout = seen[0].extensions["timeout"]
    assert timeout == DEFAULT_TIMEOUT.as_dict()
    assert None not in timeout.values()
    assert timeout["connect"] == 5.0 and timeout["read"] == 60.0


def test_explicit_none_still_means_the_default() -> None:
    with _recording_client(timeout=None) as (client, seen):
        client.request(GET, path="/things/1", parse=parse_json)
    assert seen[0].extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


def test_timeout_per_client_per_copy_and_per_call() -> None:
    with _recording_client(timeout=3.0) as (client, seen):
        client.request(GET, path="/things/1", parse=parse_json)
        client.with_options(timeout=httpx.Timeout(7.0, connect=1.0)).request(
            GET, path="/things/1", parse=parse_json
        )
        options = RequestOptions(timeout=9.0)
        client.request(GET, path="/things/1", parse=parse_json, options=options)
    assert [r.extensions["timeout"]["read"] for r in seen] == [3.0, 7.0, 9.0]
    assert seen[1].extensions["timeout"]["connect"] == 1.0


def test_stalled_server_raises_a_timeout_near_the_limit(server: ScriptedServer) -> None:
    server.always(Reply(200, {}, delay=5.0))
    with sync_client(server.url, timeout=0.3, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.request(POST, path="/things", parse=parse_json)
        elapsed = time.monotonic() - started
    assert elapsed < 0.3 * 5
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    message = str(caught.value)
    assert "read timeout of 0.3 s" in message
    assert "createThing (POST /things)" in message
    assert TOKEN not in message


@pytest.mark.asyncio
async def test_async_stalled_server_raises_a_timeout_near_the_limit(
    server: ScriptedServer,
) -> None:
    server.always(Reply(200, {}, delay=5.0))
    async with async_client(server.url, timeout=0.3, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.request(GET, path="/things/1", parse=parse_json)
        elapsed = time.monotonic() - started
    assert elapsed < 0.3 * 5


@pytest.mark.asyncio
async def test_async_default_timeout_is_never_none() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), timeout=None)
    async with async_client("https://api.invalid", http_client=http) as client:
        await client.request(GET, path="/things/1", parse=parse_json)
    await http.aclose()
    assert seen[0].extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


# --- never unlimited ----------------------------------------------------------------------------

UNLIMITED = [
    httpx.Timeout(None),
    httpx.Timeout(5.0, read=None),
    httpx.Timeout(5.0, connect=None),
    httpx.Timeout(5.0, pool=None),
]


@pytest.mark.parametrize("timeout", UNLIMITED, ids=["all", "read", "connect", "pool"])
def test_a_timeout_with_no_limit_is_refused_everywhere(timeout: httpx.Timeout) -> None:
    with pytest.raises(ConfigurationError, match="never wait without a limit"):
        sync_client("https://api.invalid", timeout=timeout)
    with _recording_client() as (client, seen):
        with pytest.raises(ConfigurationError, match="no limit"):
            client.with_options(timeout=timeout)
        with pytest.raises(ConfigurationError, match="no limit"):
            client.request(
                GET, path="/x", parse=parse_json, options=RequestOptions(timeout=timeout)
            )
    assert seen == []  # refused before anything was sent


@pytest.mark.parametrize("timeout", [-1, 0, "5", True, float("inf"), float("nan")])
def test_bad_timeouts_are_refused_when_the_client_is_built(timeout: Any) -> None:
    with pytest.raises(ConfigurationError, match="not a number of seconds greater than 0"):
        sync_client("https://api.invalid", timeout=timeout)


# --- an overall deadline per attempt --------------------------------------------------------------

# 40 bytes at 0.1 s each: 4 s to arrive, though no single read waits longer than 0.1 s.
DRIPPING = Reply(200, {"name": "x" * 28}, drip=0.1)


DRIPPING_HEAD = Reply(200, {}, drip=0.1, drip_head=True)  # status line and headers: ~10 s


@pytest.mark.parametrize("answer", [DRIPPING, DRIPPING_HEAD], ids=["body", "headers"])
def test_an_answer_that_drips_cannot_outlast_the_timeout(
    server: ScriptedServer, answer: Reply
) -> None:
    server.always(answer)
    with sync_client(server.url, timeout=1.0, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.request(GET, path="/things/1", parse=parse_json)
        elapsed = time.monotonic() - started
    assert 1.0 <= elapsed < 2.5
    assert "deadline of 1.0 s" in str(caught.value)


def test_an_own_http_client_on_a_deadline_transport_bounds_dripping_headers(
    server: ScriptedServer,
) -> None:
    server.always(DRIPPING_HEAD)
    with httpx.Client(transport=DeadlineTransport()) as http:
        client = sync_client(server.url, timeout=1.0, max_retries=0, http_client=http)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.request(GET, path="/things/1", parse=parse_json)
        elapsed = time.monotonic() - started
    assert elapsed < 2.5


def test_a_deadline_transport_outside_an_attempt_keeps_httpx_timeouts(
    server: ScriptedServer,
) -> None:
    # No attempt, no deadline: httpx's own read timeout of 1 s per read, so an answer dripping
    # for about 2.5 s arrives whole.
    server.always(Reply(200, {"a": 1}, drip=0.02, drip_head=True))
    with httpx.Client(transport=DeadlineTransport(), timeout=1.0) as http:
        started = time.monotonic()
        assert http.get(f"{server.url}/things/1").json() == {"a": 1}
    assert time.monotonic() - started > 1.0


def test_the_connection_after_a_deadline_serves_the_next_call(server: ScriptedServer) -> None:
    server.reply(DRIPPING_HEAD, Reply(200, {"a": 1}))
    with sync_client(server.url, timeout=0.5, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            client.request(GET, path="/things/1", parse=parse_json)
        assert client.request(GET, path="/things/1", parse=parse_json) == {"a": 1}


@pytest.mark.asyncio
async def test_async_answer_that_drips_cannot_outlast_the_timeout(server: ScriptedServer) -> None:
    server.always(DRIPPING)
    async with async_client(server.url, timeout=1.0, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await client.request(GET, path="/things/1", parse=parse_json)
        elapsed = time.monotonic() - started
    assert 1.0 <= elapsed < 2.5
    assert "deadline of 1.0 s" in str(caught.value)


@pytest.mark.asyncio
async def test_async_dripping_headers_cannot_outlast_the_timeout(server: ScriptedServer) -> None:
    server.always(Reply(200, {}, drip=0.1, drip_head=True))
    async with async_client(server.url, timeout=1.0, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await client.request(GET, path="/things/1", parse=parse_json)
        elapsed = time.monotonic() - started
    assert elapsed < 2.5


def test_a_drip_that_ends_in_time_is_read_whole(server: ScriptedServer) -> None:
    server.always(Reply(200, {"a": 1}, drip=0.01))
    with sync_client(server.url, timeout=2.0) as client:
        assert client.request(GET, path="/things/1", parse=parse_json) == {"a": 1}


def test_a_dripped_answer_to_an_idempotent_call_is_retried_then_fails_typed(
    server: ScriptedServer,
) -> None:
    server.always(DRIPPING)
    with sync_client(server.url, timeout=0.5, max_retries=1) as client:
        with pytest.raises(APITimeoutError):
            client.request(GET, path="/things/1", parse=parse_json)
    assert len(server.requests) == 2  # a GET is retried after the deadline, like a read timeout


def test_a_slowly_read_upload_cannot_outlast_the_timeout() -> None:
    # The server takes 16 KB per 0.05 s (320 KB/s): 2 MB would take 6 s to go out. Small socket
    # buffers on both sides, so that the upload waits on the reader and not on the kernel.
    small_buffer = [(socket.SOL_SOCKET, socket.SO_SNDBUF, 32 * 1024)]
    with (
        ScriptedServer(read_pause=0.05) as slow,
        httpx.Client(transport=DeadlineTransport(socket_options=small_buffer)) as http,
    ):
        slow.always(Reply(200, {}))
        client = sync_client(slow.url, timeout=1.0, max_retries=0, http_client=http)
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.request(POST, path="/things", json={"blob": "x" * 2_000_000}, parse=parse_json)
        elapsed = time.monotonic() - started
    assert elapsed < 2.5
    assert "deadline of 1.0 s passed while the request was still being sent" in str(caught.value)


def _proxy_environment(monkeypatch: pytest.MonkeyPatch, proxy_url: str) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy_url)


def test_the_clients_pool_takes_its_proxy_from_the_environment_and_bounds_it(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx reads HTTP_PROXY only for a pool built without a transport: the client's pool is
    # httpx's own, its sockets (the proxy's too) put on the attempt's deadline afterwards.
    _proxy_environment(monkeypatch, server.url)
    server.always(DRIPPING_HEAD)
    with sync_client("http://api.example.invalid", timeout=1.0, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.request(GET, path="/things/1", parse=parse_json)
        elapsed = time.monotonic() - started
    assert server.requests[0].request_line.startswith("GET http://api.example.invalid/things/1 ")
    assert elapsed < 2.5
