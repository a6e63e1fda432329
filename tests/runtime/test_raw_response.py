"""Raw responses: status, headers and request of a successful answer; parse() on demand."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from generator.runtime import APIResponse, APIResponseValidationError, NotFoundError
from tests.support import Reply, ScriptedServer

from .conftest import GET, TOKEN, async_client, sync_client

KWARGS = {"method": "get", "url": "/things/1"}


def parse_name(response: httpx.Response) -> str:
    name: str = response.json()["name"]
    return name


def test_raw_response_keeps_status_and_headers(server: ScriptedServer) -> None:
    server.reply(Reply(503, {}), Reply(200, {"name": "n"}, headers={"X-Request-Id": "r-1"}))
    with sync_client(server.url) as client:
        raw = client.send_kwargs_raw(GET, KWARGS, parse_name)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r-1"
    assert raw.http_request.url.path == "/things/1"
    assert raw.parse() == "n" and raw.parse() is raw.parse()
    assert len(server.requests) == 2  # the retry policy applied as for the plain call
    assert TOKEN not in repr(raw)


def test_raw_response_parse_raises_typed_and_errors_still_raise(server: ScriptedServer) -> None:
    server.reply(Reply(200, {"other": 1}), Reply(404, {"message": "gone"}))
    with sync_client(server.url, max_retries=0) as client:
        raw = client.send_kwargs_raw(GET, KWARGS, parse_name)
        with pytest.raises(APIResponseValidationError):
            raw.parse()
        with pytest.raises(NotFoundError):
            client.send_kwargs_raw(GET, KWARGS, parse_name)


@pytest.mark.asyncio
async def test_async_raw_response(server: ScriptedServer) -> None:
    server.reply(Reply(200, {"name": "a"}, headers={"Link": '<http://x/next>; rel="next"'}))
    async with async_client(server.url) as client:
        raw: APIResponse[Any] = await client.send_kwargs_raw(GET, KWARGS, parse_name)
    assert raw.headers["link"].startswith("<http://x/next>")
    assert raw.parse() == "a"
