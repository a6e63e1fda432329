"""Hubster's ``from_client_credentials`` token requests are retried within the client's budget.

The identity service's token request only hands out a token (RFC 6749, section 4.4), so the
runtime's ``ClientCredentialsProvider`` retries it like a read; ``from_client_credentials``
gives it the client's ``max_retries``. One local server plays the token endpoint and the Portal
API; the provider's backoff is recorded, not slept.
"""

from __future__ import annotations

import asyncio
import copy
import time
from typing import Any

import pytest
from hubster_client import (
    APITimeoutError,
    AsyncHubsterClient,
    AuthenticationError,
    HubsterClient,
)
from hubster_client.models import SystemIntegration

from tests.support import Reply, ScriptedServer, seed_example

ANSWER = seed_example("003:L824")  # a System integration as the GET section answers it
TOKEN_PATH = "/connect/token"
GET_PATH = "/api/v1/integrations/abc"
SECRET = "hub-SECRET-0c9d-41aa"
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


def token(value: str) -> Reply:
    return Reply(200, {"access_token": value, "token_type": "Bearer", "expires_in": 3600})


def get_integration(
    server: ScriptedServer, mode: str, **options: Any
) -> tuple[object, list[float]]:
    """``integrations.get("abc")`` through ``from_client_credentials``; the result, the sleeps."""
    slept: list[float] = []
    token_url = f"{server.url}{TOKEN_PATH}"

    def record(seconds: float) -> None:
        slept.append(seconds)

    async def arecord(seconds: float) -> None:
        slept.append(seconds)

    if mode == "sync":
        with HubsterClient.from_client_credentials(
            "my-client", SECRET, token_url, base_url=server.url, **options
        ) as client:
            client._auth._sleep = record  # type: ignore[union-attr]
            return client.integrations.get("abc"), slept

    async def run() -> object:
        async with AsyncHubsterClient.from_client_credentials(
            "my-client", SECRET, token_url, base_url=server.url, **options
        ) as client:
            client._auth._asleep = arecord  # type: ignore[union-attr]
            return await client.integrations.get("abc")

    return asyncio.run(run()), slept


@MODES
def test_a_503_from_the_identity_service_is_retried(mode: str, server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, Reply(503), token("tok-1"))
    server.on("GET", GET_PATH, Reply(200, copy.deepcopy(ANSWER)))
    result, slept = get_integration(server, mode)
    assert isinstance(result, SystemIntegration)
    assert len(server.requests_to("POST", TOKEN_PATH)) == 2
    assert len(slept) == 1
    assert [r.headers["authorization"] for r in server.requests_to("GET", GET_PATH)] == [
        "Bearer tok-1"
    ]


@MODES
def test_the_clients_max_retries_bounds_the_token_request(
    mode: str, server: ScriptedServer
) -> None:
    server.on("POST", TOKEN_PATH, Reply(503), Reply(503), token("tok-1"))
    with pytest.raises(Exception) as caught:
        get_integration(server, mode, max_retries=1)
    assert type(caught.value).__name__ == "InternalServerError"
    assert len(server.requests_to("POST", TOKEN_PATH)) == 2
    assert server.requests_to("GET", GET_PATH) == []


@MODES
def test_refused_client_credentials_are_not_retried(mode: str, server: ScriptedServer) -> None:
    refusal = {"error": "invalid_client", "error_description": f"Unknown secret {SECRET}"}
    server.on("POST", TOKEN_PATH, Reply(401, refusal), token("tok-1"))
    with pytest.raises(AuthenticationError) as caught:
        get_integration(server, mode)
    assert len(server.requests_to("POST", TOKEN_PATH)) == 1
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)


@MODES
def test_the_clients_timeout_bounds_each_token_attempt(mode: str, server: ScriptedServer) -> None:
    # A token answer dripping for ~10 s: with the client's timeout=0.5 each attempt ends near
    # 0.5 s, not at the provider's default of 60 s.
    dripping = Reply(200, {"access_token": "tok-1", "expires_in": 3600}, drip=0.1, drip_head=True)
    server.on("POST", TOKEN_PATH, dripping)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        get_integration(server, mode, timeout=0.5, max_retries=0)
    assert time.monotonic() - started < 2.5
    assert server.requests_to("GET", GET_PATH) == []
