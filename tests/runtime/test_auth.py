"""Static tokens, renewable tokens, and the single re-authentication after a 401."""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
from urllib.parse import parse_qs

import httpx
import pytest

from generator.runtime import (
    APIConnectionError,
    APIResponseValidationError,
    AuthenticationError,
    CachedTokenProvider,
    ClientCredentialsProvider,
    ConfigurationError,
    IssuedToken,
    LoginTokenProvider,
    Operation,
    SyncAPIClient,
    TokenAuth,
    TokenProvider,
)
from tests.support import Reply, ScriptedServer

from .conftest import CONFIG, GET, TOKEN, async_client, parse_json, sleeps, sync_client


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Logins:
    """A login callable handing out token-1, token-2, ..."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return f"token-{self.calls}"

    async def alogin(self) -> str:
        return self()


def _token_endpoint(responses: list[httpx.Response], seen: list[httpx.Request]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return responses.pop(0) if len(responses) > 1 else responses[0]

    return httpx.Client(transport=httpx.MockTransport(handler))


# --- static tokens ----------------------------------------------------------------------------


def test_bearer_token_is_sent(server: ScriptedServer) -> None:
    server.reply(Reply(200, {}))
    with sync_client(server.url) as client:
        client.request(GET, path="/things/1", parse=parse_json)
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_raw_scheme_sends_the_token_alone(server: ScriptedServer) -> None:
    server.reply(Reply(200, {}), Reply(200, {}))
    config = dataclasses.replace(CONFIG, auth_scheme="raw")
    with sync_client(server.url, config=config) as client:
        client.request(GET, path="/things/1", parse=parse_json)
    with sync_client(server.url, token=TokenAuth("abc123", scheme="bearer")) as client:
        client.request(GET, path="/things/1", parse=parse_json)
    assert [r.headers["authorization"] for r in server.requests] == [TOKEN, "Bearer abc123"]


def test_token_from_environment(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RTTEST_TOKEN", "env-token-42\n")
    server.reply(Reply(200, {}))
    with sync_client(server.url, token=None) as client:
        client.request(GET, path="/things/1", parse=parse_json)
    assert server.requests[0].headers["authorization"] == "Bearer env-token-42"


def test_missing_token_is_reported_at_the_first_request_that_needs_one(
    server: ScriptedServer,
) -> None:
    server.reply(Reply(200, {"token": "t"}))
    login = Operation("login", "POST", "/login", requires_auth=False)
    with sync_client(server.url, token=None) as client:
        assert client.request(login, path="/login", parse=parse_json) == {"token": "t"}
        with pytest.raises(ConfigurationError) as caught:
            client.request(GET, path="/things/1", parse=parse_json)
    assert "authorization" not in server.requests[0].headers
    assert len(server.requests) == 1
    message = str(caught.value)
    assert "RTTEST_TOKEN" in message and "token=" in message


@pytest.mark.parametrize("bad", ["", "   ", "abc\r\nX-Evil: 1", "tök"])
def test_unusable_tokens_are_refused_without_echo(bad: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        SyncAPIClient(config=CONFIG, token=bad)
    assert "Evil" not in str(caught.value) and "tök" not in str(caught.value)


def test_static_token_401_is_raised_without_retry(server: ScriptedServer) -> None:
    server.always(Reply(401, {"message": "bad token"}))
    with sync_client(server.url) as client:
        with pytest.raises(AuthenticationError):
            client.request(GET, path="/things/1", parse=parse_json)
        assert sleeps(client) == []
    assert len(server.requests) == 1


def test_token_repr_is_redacted() -> None:
    assert TOKEN not in repr(TokenAuth(TOKEN))
    assert "secret-value" not in repr(IssuedToken("secret-value", 60))
    provider = ClientCredentialsProvider("id", "client-secret-xyz", "https://a.invalid/t?k=v")
    assert "client-secret-xyz" not in repr(provider)


# --- providers with the client ---------------------------------------------------------------


def test_provider_401_reauthenticates_once_and_succeeds(server: ScriptedServer) -> None:
    server.reply(Reply(401), Reply(200, {"ok": True}))
    logins = Logins()
    provider = LoginTokenProvider(logins)
    assert isinstance(provider, TokenProvider)
    with sync_client(server.url, token=provider) as client:
        assert client.request(GET, path="/things/1", parse=parse_json) == {"ok": True}
        assert sleeps(client) == []  # A re-authentication is not a retry.
    assert logins.calls == 2
    sent = [r.headers["authorization"] for r in server.requests]
    assert sent == ["Bearer token-1", "Bearer token-2"]


def test_provider_401_twice_raises(server: ScriptedServer) -> None:
    server.always(Reply(401, {"message": "no"}))
    logins = Logins()
    with sync_client(server.url, token=LoginTokenProvider(logins)) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.request(GET, path="/things/1", parse=parse_json)
    assert len(server.requests) == 2
    assert logins.calls == 2
    assert "token-2" not in str(caught.value)


@pytest.mark.asyncio
async def test_async_provider_401_reauthenticates_once(server: ScriptedServer) -> None:
    server.reply(Reply(401), Reply(200, {"ok": True}), Reply(401), Reply(401))
    logins = Logins()
    provider = LoginTokenProvider(logins, logins.alogin)
    async with async_client(server.url, token=provider) as client:
        assert await client.request(GET, path="/things/1", parse=parse_json) == {"ok": True}
        with pytest.raises(AuthenticationError):
            await client.request(GET, path="/things/1", parse=parse_json)
    assert logins.calls == 3
    assert len(server.requests) == 4


def test_client_credentials_with_the_client_renews_on_401(server: ScriptedServer) -> None:
    seen: list[httpx.Request] = []
    tokens = [
        httpx.Response(200, json={"access_token": "cc-1", "expires_in": 3600}),
        httpx.Response(200, json={"access_token": "cc-2", "expires_in": 3600}),
    ]
    server.reply(Reply(200, {}), Reply(401), Reply(200, {}))
    with _token_endpoint(tokens, seen) as token_http:
        provider = ClientCredentialsProvider(
            "my-id", "my-secret", "https://auth.invalid/oauth/token", http_client=token_http
        )
        with sync_client(server.url, token=provider) as client:
            client.request(GET, path="/things/1", parse=parse_json)
            client.request(GET, path="/things/1", parse=parse_json)
    assert len(seen) == 2
    sent = [r.headers["authorization"] for r in server.requests]
    assert sent == ["Bearer cc-1", "Bearer cc-1", "Bearer cc-2"]


# --- ClientCredentialsProvider ---------------------------------------------------------------


def test_client_credentials_posts_the_form_and_caches() -> None:
    seen: list[httpx.Request] = []
    answer = httpx.Response(200, json={"access_token": "abc", "expires_in": 3600})
    with _token_endpoint([answer], seen) as http:
        provider = ClientCredentialsProvider(
            "my-id", "my-secret", "https://auth.invalid/token", scope="read", http_client=http
        )
        assert provider.get_token() == "abc"
        assert provider.get_token() == "abc"
    assert len(seen) == 1
    assert seen[0].method == "POST"
    assert seen[0].headers["content-type"] == "application/x-www-form-urlencoded"
    form = parse_qs(seen[0].content.decode())
    assert form == {
        "grant_type": ["client_credentials"],
        "client_id": ["my-id"],
        "client_secret": ["my-secret"],
        "scope": ["read"],
    }


def test_client_credentials_renews_near_expiry() -> None:
    clock = FakeClock()
    seen: list[httpx.Request] = []
    answers = [
        httpx.Response(200, json={"access_token": "first", "expires_in": 100}),
        httpx.Response(200, json={"access_token": "second", "expires_in": "100"}),
    ]
    with _token_endpoint(answers, seen) as http:
        provider = ClientCredentialsProvider(
            "id", "secret", "https://auth.invalid/token", http_client=http, clock=clock
        )
        assert provider.get_token() == "first"
        clock.now += 69  # 100 s lifetime, renewed 30 s early
        assert provider.get_token() == "first"
        clock.now += 2
        assert provider.get_token() == "second"
    assert len(seen) == 2


def test_client_credentials_force_refresh_and_invalidate() -> None:
    seen: list[httpx.Request] = []
    answers = [httpx.Response(200, json={"access_token": f"t{i}"}) for i in range(4)]
    with _token_endpoint(answers, seen) as http:
        provider = ClientCredentialsProvider("id", "s", "https://a.invalid/t", http_client=http)
        assert provider.get_token() == "t0"
        assert provider.get_token(force_refresh=True) == "t1"
        provider.invalidate()
        assert provider.get_token() == "t2"


def test_token_endpoint_errors_do_not_show_the_secret() -> None:
    seen: list[httpx.Request] = []
    answer = httpx.Response(
        401, json={"error": "invalid_client", "error_description": "Bad secret the-secret-1"}
    )
    with _token_endpoint([answer], seen) as http:
        provider = ClientCredentialsProvider(
            "id", "the-secret-1", "https://a.invalid/t", http_client=http
        )
        with pytest.raises(AuthenticationError) as caught:
            provider.get_token()
    assert "the-secret-1" not in str(caught.value)
    assert "The token endpoint answered 401" in str(caught.value)


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, text="<html>login</html>"),
        httpx.Response(200, json={"token": "wrong-key"}),
    ],
)
def test_token_endpoint_answers_that_are_not_tokens(answer: httpx.Response) -> None:
    with _token_endpoint([answer], []) as http:
        provider = ClientCredentialsProvider("id", "s", "https://a.invalid/t", http_client=http)
        with pytest.raises(APIResponseValidationError, match="token endpoint"):
            provider.get_token()


def test_unreachable_token_endpoint() -> None:
    provider = ClientCredentialsProvider(
        "id", "s", "http://127.0.0.1:1/t", timeout=2.0, max_retries=0
    )  # retried: tests/runtime/test_client_credentials.py
    with pytest.raises(APIConnectionError, match="Could not reach the token endpoint"):
        provider.get_token()


@pytest.mark.asyncio
async def test_async_client_credentials() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"access_token": f"a{len(seen)}", "expires_in": 3600})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        provider = ClientCredentialsProvider(
            "id", "s", "https://a.invalid/t", async_http_client=http
        )
        assert await provider.aget_token() == "a1"
        assert await provider.aget_token() == "a1"
        assert await provider.aget_token(force_refresh=True) == "a2"
    assert len(seen) == 2


# --- CachedTokenProvider concurrency ---------------------------------------------------------


def test_one_refresh_at_a_time_across_threads() -> None:
    fetches: list[int] = []

    def fetch() -> IssuedToken:
        fetches.append(1)
        time.sleep(0.1)
        return IssuedToken(f"tok-{len(fetches)}", 3600)

    provider = CachedTokenProvider(fetch)
    results: list[str] = []
    barrier = threading.Barrier(8)

    def worker(force: bool) -> None:
        barrier.wait()
        results.append(provider.get_token(force_refresh=force))

    for force in (False, True):
        threads = [threading.Thread(target=worker, args=(force,)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    # Eight first calls share one fetch; eight forced refreshes after seeing tok-1 share another.
    assert len(fetches) == 2
    assert results == ["tok-1"] * 8 + ["tok-2"] * 8


@pytest.mark.asyncio
async def test_one_refresh_at_a_time_across_tasks() -> None:
    fetches = 0

    async def afetch() -> IssuedToken:
        nonlocal fetches
        fetches += 1
        await asyncio.sleep(0.05)
        return IssuedToken(f"tok-{fetches}")

    provider = CachedTokenProvider(afetch=afetch)
    results = await asyncio.gather(*(provider.aget_token() for _ in range(10)))
    assert fetches == 1 and set(results) == {"tok-1"}


@pytest.mark.asyncio
async def test_async_use_of_a_sync_fetch_runs_it_in_a_thread() -> None:
    main = threading.get_ident()
    threads: list[int] = []

    def fetch() -> IssuedToken:
        threads.append(threading.get_ident())
        return IssuedToken("sync-made")

    provider = CachedTokenProvider(fetch)
    assert await provider.aget_token() == "sync-made"
    assert threads and threads[0] != main


def test_sync_use_of_an_async_only_provider_is_a_configuration_error() -> None:
    async def afetch() -> IssuedToken:
        return IssuedToken("x")

    with pytest.raises(ConfigurationError, match="async client"):
        CachedTokenProvider(afetch=afetch).get_token()


def test_short_lived_tokens_renew_at_half_life() -> None:
    clock = FakeClock()
    values = iter(["a", "b"])
    provider = CachedTokenProvider(lambda: IssuedToken(next(values), 10), clock=clock)
    assert provider.get_token() == "a"
    clock.now += 4.9
    assert provider.get_token() == "a"
    clock.now += 0.2
    assert provider.get_token() == "b"


def test_provider_needs_a_fetch_function() -> None:
    with pytest.raises(TypeError, match="fetch"):
        CachedTokenProvider()
