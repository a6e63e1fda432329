"""One renewal per expired token, over real sockets.

Requests that failed with the same expired token share one renewal, even when their 401s come
back at different moments: the client tells the provider which token the failed request carried,
and the provider renews only while that token is still its current one. A token answer whose
``expires_in`` is missing, zero or negative does not make every request fetch a new token.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from generator.runtime import (
    AsyncAPIClient,
    CachedTokenProvider,
    ClientCredentialsProvider,
    IssuedToken,
    SyncAPIClient,
)
from tests.support import Recorded, Reply, ScriptedServer

from .conftest import GET, async_client, parse_json, sync_client

TOKEN_PATH = "/oauth/token"
# How long the server holds back the 401 of request /things/<i>: four waves, so that most 401s
# arrive after the first wave's renewal has finished.
STAGGER = 0.1
WAVES = 4


class Issuer:
    """A token source and the API's view of it: every issued token is valid until ``expire()``.

    ``respond`` answers the API's requests: 200 for a valid token, else 401, held back
    ``STAGGER * (i % WAVES)`` seconds for ``/things/<i>``.
    """

    def __init__(self, expires_in: float | None = None) -> None:
        self._lock = threading.Lock()
        self.expires_in = expires_in
        self.fetches = 0
        self._valid: set[str] = set()

    def fetch(self) -> IssuedToken:
        with self._lock:
            self.fetches += 1
            token = f"tok-{self.fetches}"
            self._valid.add(token)
        return IssuedToken(token, self.expires_in)

    async def afetch(self) -> IssuedToken:
        await asyncio.sleep(0.01)  # a real sign-in awaits the network: let other tasks run
        return self.fetch()

    def expire(self) -> None:
        with self._lock:
            self._valid.clear()

    def respond(self, seen: Recorded) -> Reply:
        sent = seen.headers.get("authorization", "").removeprefix("Bearer ")
        with self._lock:
            valid = sent in self._valid
        if valid:
            return Reply(200, {"ok": True})
        index = int(seen.path.rsplit("/", 1)[1])
        return Reply(401, {"message": "expired"}, delay=STAGGER * (index % WAVES))


def _run_threads(count: int, target: Callable[[int], Any]) -> list[Any]:
    results: list[Any] = [None] * count
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def worker(index: int) -> None:
        barrier.wait()
        try:
            results[index] = target(index)
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    return results


def _get(client: SyncAPIClient) -> Callable[[int], Any]:
    return lambda i: client.request(GET, path=f"/things/{i}", parse=parse_json)


def _aget(client: AsyncAPIClient) -> Callable[[int], Awaitable[Any]]:
    return lambda i: client.request(GET, path=f"/things/{i}", parse=parse_json)


# --- many requests, one expired token ---------------------------------------------------------


def test_twenty_threads_with_the_expired_token_share_one_renewal() -> None:
    issuer = Issuer()
    with ScriptedServer(issuer.respond) as server:
        provider = CachedTokenProvider(issuer.fetch)
        with sync_client(server.url, token=provider) as client:
            client.request(GET, path="/things/0", parse=parse_json)  # signs in: tok-1
            issuer.expire()
            results = _run_threads(20, _get(client))
        resent = [r for r in server.requests if r.headers["authorization"] == "Bearer tok-2"]

    assert results == [{"ok": True}] * 20
    assert issuer.fetches == 2  # the first token and one renewal
    assert len(resent) == 20


@pytest.mark.asyncio
async def test_fifty_tasks_with_the_expired_token_share_one_renewal() -> None:
    issuer = Issuer()
    with ScriptedServer(issuer.respond) as server:
        provider = CachedTokenProvider(afetch=issuer.afetch)
        async with async_client(server.url, token=provider) as client:
            await client.request(GET, path="/things/0", parse=parse_json)
            issuer.expire()
            get = _aget(client)
            results = await asyncio.gather(*(get(i) for i in range(50)))

    assert results == [{"ok": True}] * 50
    assert issuer.fetches == 2


@pytest.mark.asyncio
async def test_threads_and_tasks_sharing_a_provider_share_one_renewal() -> None:
    issuer = Issuer()
    with ScriptedServer(issuer.respond) as server:
        provider = CachedTokenProvider(issuer.fetch)  # the async client runs it in a thread
        with sync_client(server.url, token=provider) as sync:
            async with async_client(server.url, token=provider) as client:
                sync.request(GET, path="/things/0", parse=parse_json)
                issuer.expire()
                get = _aget(client)
                threads = asyncio.to_thread(_run_threads, 10, _get(sync))
                results = await asyncio.gather(threads, *(get(i) for i in range(20)))

    assert results[0] == [{"ok": True}] * 10
    assert results[1:] == [{"ok": True}] * 20
    assert issuer.fetches == 2


def test_a_provider_of_ones_own_is_still_asked_for_a_fresh_token(
    server: ScriptedServer,
) -> None:
    # TokenProvider as it was before the renewal took the failed request's token: still works.
    class Mine:
        def __init__(self) -> None:
            self.calls: list[bool] = []
            self.token = "old"

        def get_token(self, force_refresh: bool = False) -> str:
            self.calls.append(force_refresh)
            if force_refresh:
                self.token = "fresh"
            return self.token

        async def aget_token(self, force_refresh: bool = False) -> str:
            return self.get_token(force_refresh)

        def invalidate(self) -> None:
            pass

    mine = Mine()
    server.reply(Reply(401), Reply(200, {"ok": True}))
    with sync_client(server.url, token=mine) as client:
        assert client.request(GET, path="/things/1", parse=parse_json) == {"ok": True}
    assert mine.calls == [False, True, False]
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer old", "Bearer fresh"]


# --- expires_in that says nothing useful -------------------------------------------------------


def _token_answer(expires_in: object) -> Reply:
    body: dict[str, object] = {"access_token": "cc-1", "token_type": "Bearer"}
    if expires_in != "missing":
        body["expires_in"] = expires_in
    return Reply(200, body)


@pytest.mark.parametrize(
    "expires_in",
    [0, -5, "0", "missing", None, "soon"],
    ids=["zero", "negative", "zero-string", "missing", "null", "not-a-number"],
)
def test_a_token_answer_without_a_usable_lifetime_is_fetched_once(expires_in: object) -> None:
    with ScriptedServer() as server:
        server.on("POST", TOKEN_PATH, _token_answer(expires_in))
        server.on("GET", "/things/1", Reply(200, {"ok": True}))
        provider = ClientCredentialsProvider("id", "secret", f"{server.url}{TOKEN_PATH}")
        with sync_client(server.url, token=provider) as client:
            for _ in range(10):
                client.request(GET, path="/things/1", parse=parse_json)
        assert len(server.requests_to("POST", TOKEN_PATH)) == 1
        assert len(server.requests_to("GET", "/things/1")) == 10


@pytest.mark.asyncio
@pytest.mark.parametrize("expires_in", [0, -1.5, "missing"])
async def test_async_a_token_answer_without_a_usable_lifetime_is_fetched_once(
    expires_in: object,
) -> None:
    with ScriptedServer() as server:
        server.on("POST", TOKEN_PATH, _token_answer(expires_in))
        server.on("GET", "/things/1", Reply(200, {"ok": True}))
        provider = ClientCredentialsProvider("id", "secret", f"{server.url}{TOKEN_PATH}")
        async with async_client(server.url, token=provider) as client:
            await asyncio.gather(
                *(client.request(GET, path="/things/1", parse=parse_json) for _ in range(10))
            )
            for _ in range(5):
                await client.request(GET, path="/things/1", parse=parse_json)
        assert len(server.requests_to("POST", TOKEN_PATH)) == 1


@pytest.mark.parametrize("expires_in", [0.0, -30.0, float("nan"), float("inf")])
def test_an_issued_token_without_a_usable_lifetime_is_kept_until_a_401(
    expires_in: float,
) -> None:
    issuer = Issuer(expires_in)
    with ScriptedServer(issuer.respond) as server:
        with sync_client(server.url, token=CachedTokenProvider(issuer.fetch)) as client:
            for _ in range(5):
                client.request(GET, path="/things/0", parse=parse_json)
            assert issuer.fetches == 1
            issuer.expire()  # the API is the judge: its 401 renews the token, once
            for _ in range(5):
                client.request(GET, path="/things/0", parse=parse_json)
    assert issuer.fetches == 2
