"""Per-call extras (query, body, headers) and per-client defaults (headers, query)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.runtime import ConfigurationError, RequestOptions
from tests.support import Reply, ScriptedServer

from .conftest import GET, POST, TOKEN, async_client, parse_json, sync_client


def test_extra_query_and_body_are_merged_into_the_call(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    options = RequestOptions(extra_query={"debug": "1", "page": 9}, extra_body={"beta": True})
    with sync_client(server.url) as client:
        client.request(
            POST,
            path="/things",
            params={"page": 1},
            json={"name": "n"},
            parse=parse_json,
            options=options,
        )
    sent = server.requests[0]
    assert sent.target == "/things?page=9&debug=1"
    assert sent.json() == {"name": "n", "beta": True}


def test_extra_body_alone_is_the_body(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(
            POST, path="/things", parse=parse_json, options=RequestOptions(extra_body={"a": 1})
        )
    assert server.requests[0].json() == {"a": 1}


def test_extra_body_on_a_list_body_is_refused_before_sending(server: ScriptedServer) -> None:
    with sync_client(server.url) as client:
        with pytest.raises(TypeError, match="extra_body adds keys to a JSON object body"):
            client.request(
                POST,
                path="/things",
                json=[1, 2],
                parse=parse_json,
                options=RequestOptions(extra_body={"a": 1}),
            )
    assert server.requests == []


@pytest.mark.parametrize("own_pool", [True, False])
def test_default_headers_and_query_go_on_every_call(server: ScriptedServer, own_pool: bool) -> None:
    import httpx

    server.always(Reply(200, {}))
    http = None if own_pool else httpx.Client()
    with sync_client(
        server.url,
        http_client=http,
        default_headers={"X-Correlation-Id": "c-1"},
        default_query={"tenant": "t1"},
    ) as client:
        client.request(GET, path="/things/1", params={"tenant": "mine"}, parse=parse_json)
        copy = client.with_options(default_headers={"X-Team": "ops"}, default_query={"x": "y"})
        copy.request(GET, path="/things/2", parse=parse_json)
        client.request(GET, path="/things/3", parse=parse_json)
    if http is not None:
        http.close()
    first, second, third = server.requests
    assert first.header("X-Correlation-Id") == "c-1"
    assert first.target == "/things/1?tenant=mine"  # the call's own parameter wins
    assert second.header("X-Correlation-Id") == "c-1" and second.header("X-Team") == "ops"
    assert second.target == "/things/2?tenant=t1&x=y"
    assert third.header("X-Team") is None and third.target == "/things/3?tenant=t1"
    assert first.header("Authorization") == f"Bearer {TOKEN}"


@pytest.mark.parametrize("name", ["Authorization", "user-agent"])
def test_default_headers_cannot_replace_the_documented_ones(name: str) -> None:
    with pytest.raises(ConfigurationError, match=f"default_headers may not set {name}"):
        sync_client("https://api.invalid", default_headers={name: "x"})
    with pytest.raises(ConfigurationError, match="may not set"):
        sync_client("https://api.invalid").with_options(default_headers={name: "x"})


def test_a_call_may_replace_the_user_agent_explicitly(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    with sync_client(server.url) as client:
        options = RequestOptions(extra_headers={"User-Agent": "mine/1"})
        client.request(GET, path="/things/1", parse=parse_json, options=options)
    assert server.requests[0].header("User-Agent") == "mine/1"


@pytest.mark.asyncio
async def test_async_extras(server: ScriptedServer) -> None:
    server.always(Reply(200, {}))
    kwargs: dict[str, Any] = {"default_headers": {"X-A": "1"}, "default_query": {"q": "1"}}
    async with async_client(server.url, **kwargs) as client:
        await client.request(
            POST,
            path="/things",
            parse=parse_json,
            options=RequestOptions(extra_query={"r": "2"}, extra_body={"b": 2}),
        )
    sent = server.requests[0]
    assert sent.header("X-A") == "1" and sent.target == "/things?q=1&r=2"
    assert sent.json() == {"b": 2}
