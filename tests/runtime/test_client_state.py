"""A client used after it was closed, or from a second event loop, fails typed and early."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from generator.runtime import ConfigurationError, RateLimit
from tests.support import Reply, ScriptedServer

from .conftest import GET, async_client, parse_json, sync_client


def test_a_closed_client_says_so_and_sends_nothing(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(GET, path="/things/1", parse=parse_json)
    with pytest.raises(ConfigurationError, match="is closed.*Create a new client"):
        client.request(GET, path="/things/1", parse=parse_json)
    assert len(server.requests) == 1


def test_a_copy_of_a_closed_client_is_closed_too(server: ScriptedServer) -> None:
    with sync_client(server.url) as client:
        copy = client.with_options(max_retries=0)
    with pytest.raises(ConfigurationError, match="is closed"):
        copy.request(GET, path="/things/1", parse=parse_json)
    assert server.requests == []


@pytest.mark.asyncio
async def test_a_closed_async_client_says_so(server: ScriptedServer) -> None:
    async with async_client(server.url) as client:
        pass
    with pytest.raises(ConfigurationError, match="is closed"):
        await client.request(GET, path="/things/1", parse=parse_json)
    assert server.requests == []


def test_an_async_client_refuses_a_second_event_loop(server: ScriptedServer) -> None:
    server.always(Reply(200, {"ok": True}))
    client = async_client(server.url)

    async def call() -> Any:
        return await client.request(GET, path="/things/1", parse=parse_json)

    assert asyncio.run(call()) == {"ok": True}
    with pytest.raises(ConfigurationError, match="another event loop.*one async client per"):
        asyncio.run(call())
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rate_limit": 5}, "rate_limit is 5; pass RateLimit"),
        ({"rate_limit": (10, 3)}, "rate_limit is"),
        ({"timeout": -1}, "timeout=-1 is not a number of seconds"),
        ({"timeout": "5"}, "timeout='5' is not a number of seconds"),
        ({"max_retries": -1}, "max_retries is -1"),
    ],
)
def test_bad_settings_fail_when_the_client_is_built(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        sync_client("https://api.invalid", **kwargs)
    with pytest.raises(ConfigurationError, match=message):
        async_client("https://api.invalid", **kwargs)


def test_a_rate_limit_object_is_accepted() -> None:
    client = sync_client("https://api.invalid", rate_limit=RateLimit(10, 3.0))
    assert client.rate_limiter is not None
