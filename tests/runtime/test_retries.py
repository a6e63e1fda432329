"""Which failures are retried, how often, and how long the client waits in between."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.runtime import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ClientConfig,
    InternalServerError,
    Operation,
    RateLimitError,
    RequestOptions,
)
from generator.runtime._retries import backoff_delay
from tests.support import Reply, ScriptedServer, closed_port

from .conftest import CONFIG, GET, PATCH, POST, async_client, parse_json, sleeps, sync_client


def test_get_503_is_retried_twice_then_raises(server: ScriptedServer) -> None:
    server.always(Reply(503, {"message": "down"}))
    with sync_client(server.url) as client:
        with pytest.raises(InternalServerError) as caught:
            client.request(GET, path="/things/1", parse=parse_json)
        assert len(sleeps(client)) == 2
    assert len(server.requests) == 3
    assert caught.value.status_code == 503


def test_get_503_then_success(server: ScriptedServer) -> None:
    server.reply(Reply(503), Reply(502), Reply(200, {"ok": True}))
    with sync_client(server.url) as client:
        assert client.request(GET, path="/things/1", parse=parse_json) == {"ok": True}
    assert len(server.requests) == 3


def test_post_500_is_not_retried(server: ScriptedServer) -> None:
    server.always(Reply(500, {"message": "boom"}))
    with sync_client(server.url) as client:
        with pytest.raises(InternalServerError):
            client.request(POST, path="/things", json={"name": "x"}, parse=parse_json)
        assert sleeps(client) == []
    assert len(server.requests) == 1


def test_post_408_is_not_retried_but_get_408_is(server: ScriptedServer) -> None:
    server.always(Reply(408))
    with sync_client(server.url, max_retries=1) as client:
        with pytest.raises(APIStatusError):
            client.request(POST, path="/things", parse=parse_json)
        assert len(server.requests) == 1
        with pytest.raises(APIStatusError):
            client.request(GET, path="/things/1", parse=parse_json)
    assert len(server.requests) == 3


def test_post_429_is_retried(server: ScriptedServer) -> None:
    server.reply(Reply(429), Reply(201, {"id": 7}))
    with sync_client(server.url) as client:
        assert client.request(POST, path="/things", parse=parse_json) == {"id": 7}
    assert len(server.requests) == 2


def test_429_exhausting_retries_raises_rate_limit_error(server: ScriptedServer) -> None:
    server.always(Reply(429, headers={"Retry-After": "1"}))
    with sync_client(server.url) as client:
        with pytest.raises(RateLimitError) as caught:
            client.request(POST, path="/things", parse=parse_json)
        assert sleeps(client) == [1.0, 1.0]
    assert caught.value.retry_after == 1.0
    assert len(server.requests) == 3


def test_connection_refused_is_retried_even_for_post() -> None:
    with sync_client(f"http://127.0.0.1:{closed_port()}") as client:
        with pytest.raises(APIConnectionError) as caught:
            client.request(POST, path="/things", parse=parse_json)
        assert len(sleeps(client)) == 2
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "after 2 retries" in str(caught.value)


def test_read_timeout_on_get_is_retried(server: ScriptedServer) -> None:
    server.always(Reply(200, {}, delay=2.0))
    with sync_client(server.url, timeout=0.2) as client:
        with pytest.raises(APITimeoutError):
            client.request(GET, path="/things/1", parse=parse_json)
    assert len(server.requests) == 3


def test_read_timeout_on_post_is_not_retried(server: ScriptedServer) -> None:
    server.always(Reply(200, {}, delay=2.0))
    with sync_client(server.url, timeout=0.2) as client:
        with pytest.raises(APITimeoutError) as caught:
            client.request(POST, path="/things", parse=parse_json)
    assert len(server.requests) == 1
    assert "not retried" in str(caught.value)


def test_dropped_connection_on_get_is_retried(server: ScriptedServer) -> None:
    server.reply(Reply(drop=True), Reply(200, {"ok": 1}))
    with sync_client(server.url) as client:
        assert client.request(GET, path="/things/1", parse=parse_json) == {"ok": 1}
    assert len(server.requests) == 2


def test_dropped_connection_on_post_is_not_retried(server: ScriptedServer) -> None:
    server.always(Reply(drop=True))
    with sync_client(server.url) as client:
        with pytest.raises(APIConnectionError) as caught:
            client.request(POST, path="/things", parse=parse_json)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert len(server.requests) == 1


def test_idempotency_can_be_declared_per_operation_or_per_api(server: ScriptedServer) -> None:
    server.always(Reply(500))
    config = ClientConfig(
        api_name="Autobutler",
        package="rt_test_client",
        env_prefix="RTTEST",
        default_base_url="https://x.invalid",
        idempotent_methods=frozenset({"GET", "PUT", "DELETE", "patch"}),
    )
    with sync_client(server.url, config=config, max_retries=1) as client:
        with pytest.raises(InternalServerError):
            client.request(PATCH, path="/things/1", parse=parse_json)
    assert len(server.requests) == 2
    upsert = Operation("upsertThing", "POST", "/things", idempotent=True)
    with sync_client(server.url, max_retries=1) as client:
        with pytest.raises(InternalServerError):
            client.request(upsert, path="/things", parse=parse_json)
        with pytest.raises(InternalServerError):
            client.request(PATCH, path="/things/1", parse=parse_json)  # not idempotent here
    assert len(server.requests) == 5


def test_max_retries_can_be_changed_per_client_and_per_call(server: ScriptedServer) -> None:
    server.always(Reply(503))
    with sync_client(server.url, max_retries=0) as client:
        with pytest.raises(InternalServerError):
            client.request(GET, path="/things/1", parse=parse_json)
        assert len(server.requests) == 1
        with pytest.raises(InternalServerError):
            options = RequestOptions(max_retries=3)
            client.request(GET, path="/things/1", parse=parse_json, options=options)
    assert len(server.requests) == 5


def test_retry_after_seconds_is_honoured(server: ScriptedServer) -> None:
    server.reply(Reply(429, headers={"Retry-After": "3"}), Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(GET, path="/things/1", parse=parse_json)
        assert sleeps(client) == [3.0]


def test_retry_after_http_date_is_honoured(server: ScriptedServer) -> None:
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    server.reply(Reply(503, headers={"Retry-After": when}), Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(GET, path="/things/1", parse=parse_json)
        [slept] = sleeps(client)
    assert 3.5 <= slept <= 5.5  # The date has one-second resolution.


def test_retry_after_ms_is_honoured(server: ScriptedServer) -> None:
    server.reply(Reply(429, headers={"retry-after-ms": "1500"}), Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(GET, path="/things/1", parse=parse_json)
        assert sleeps(client) == [1.5]


def test_retry_after_beyond_the_limit_raises_at_once(server: ScriptedServer) -> None:
    server.always(Reply(429, headers={"Retry-After": "120"}))
    with sync_client(server.url) as client:
        with pytest.raises(RateLimitError) as caught:
            client.request(GET, path="/things/1", parse=parse_json)
        assert sleeps(client) == []
    assert caught.value.retry_after == 120.0
    assert len(server.requests) == 1


def test_backoff_without_jitter_doubles_up_to_the_cap() -> None:
    assert [backoff_delay(n, lambda: 0.0) for n in range(7)] == [0.5, 1, 2, 4, 8, 8, 8]
    assert [backoff_delay(n, lambda: 1.0) for n in range(5)] == [0.625, 1.25, 2.5, 5.0, 8.0]


@given(st.integers(min_value=0, max_value=100), st.floats(min_value=0.0, max_value=1.0))
def test_backoff_is_bounded(retries_taken: int, unit: float) -> None:
    delay = backoff_delay(retries_taken, lambda: unit)
    assert 0.5 <= delay <= 8.0
    assert delay >= min(8.0, 0.5 * 2**retries_taken)


def test_client_backoff_sequence_uses_jitter_within_bounds(server: ScriptedServer) -> None:
    server.always(Reply(503))
    with sync_client(server.url, max_retries=6) as client:
        with pytest.raises(InternalServerError):
            client.request(GET, path="/things/1", parse=parse_json)
        delays = list(sleeps(client))
    nominal = [0.5, 1, 2, 4, 8, 8]
    assert len(delays) == 6
    for delay, base in zip(delays, nominal, strict=True):
        assert base <= delay <= min(8.0, base * 1.25)


def test_non_retryable_statuses_are_raised_at_once(server: ScriptedServer) -> None:
    server.always(Reply(400, {"message": "bad"}))
    with sync_client(server.url) as client:
        with pytest.raises(BadRequestError):
            client.request(GET, path="/things/1", parse=parse_json)
        assert sleeps(client) == []
    assert len(server.requests) == 1


# --- async ------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_async_get_503_is_retried_twice(server: ScriptedServer) -> None:
    server.always(Reply(503))
    async with async_client(server.url) as client:
        with pytest.raises(InternalServerError):
            await client.request(GET, path="/things/1", parse=parse_json)
        assert len(sleeps(client)) == 2
    assert len(server.requests) == 3


@pytest.mark.asyncio
async def test_async_post_500_is_not_retried(server: ScriptedServer) -> None:
    server.always(Reply(500))
    async with async_client(server.url) as client:
        with pytest.raises(InternalServerError):
            await client.request(POST, path="/things", parse=parse_json)
    assert len(server.requests) == 1


@pytest.mark.asyncio
async def test_async_post_429_is_retried_with_retry_after(server: ScriptedServer) -> None:
    server.reply(Reply(429, headers={"Retry-After": "2"}), Reply(200, {"id": 1}))
    async with async_client(server.url) as client:
        assert await client.request(POST, path="/things", parse=parse_json) == {"id": 1}
        assert sleeps(client) == [2.0]
    assert len(server.requests) == 2


@pytest.mark.asyncio
async def test_async_connection_refused_is_retried_for_post() -> None:
    async with async_client(f"http://127.0.0.1:{closed_port()}") as client:
        with pytest.raises(APIConnectionError):
            await client.request(POST, path="/things", parse=parse_json)
        assert len(sleeps(client)) == 2


@pytest.mark.asyncio
async def test_async_read_timeout_retried_for_get_not_post(server: ScriptedServer) -> None:
    server.always(Reply(200, {}, delay=2.0))
    async with async_client(server.url, timeout=0.2, max_retries=1) as client:
        with pytest.raises(APITimeoutError):
            await client.request(GET, path="/things/1", parse=parse_json)
        assert len(server.requests) == 2
        with pytest.raises(APITimeoutError):
            await client.request(POST, path="/things", parse=parse_json)
    assert len(server.requests) == 3


@pytest.mark.asyncio
async def test_async_retry_after_beyond_the_limit_raises_at_once(server: ScriptedServer) -> None:
    server.always(Reply(429, headers={"Retry-After": "61"}))
    async with async_client(server.url) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.request(POST, path="/things", parse=parse_json)
        assert sleeps(client) == []
    assert caught.value.retry_after == 61.0


def test_config_default_is_two_retries() -> None:
    with sync_client("https://x.invalid") as client:
        assert client.max_retries == 2
    assert CONFIG.idempotent_methods == frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
