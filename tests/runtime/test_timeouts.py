"""Timeouts: never None, overridable per client and per call, and a stall ends in time."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from generator.runtime import DEFAULT_TIMEOUT, APITimeoutError, RequestOptions, SyncAPIClient
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
