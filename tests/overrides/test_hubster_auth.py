"""Hubster's ``from_client_credentials`` on both clients, over a real socket.

One local server plays the identity service's token endpoint and the Portal API. The token is
fetched once and reused, fetched again after a 401 (Hubster answers an expired token with 401,
hubsterio/docs docs/api/0_overview.rst) and when ``expires_in`` runs out, and the token URL is
configurable.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from hubster_client import (
    DEFAULT_TOKEN_URL,
    DEMO_TOKEN_URL,
    AsyncHubsterClient,
    AuthenticationError,
    BadRequestError,
    HubsterClient,
)
from hubster_client.models import DirectIntegration, SystemIntegration
from hubster_client.testing import FakeHubster

from tests.support import Reply, ScriptedServer, seed_example

ANSWER = seed_example("003:L824")  # a System integration as the GET section answers it
TOKEN_PATH = "/connect/token"
GET_PATH = "/api/v1/integrations/abc"
UNAUTHORIZED = Reply(
    401, {"status": 401, "errors": [{"code": 401, "description": "Token is invalid."}]}
)


def token(value: str, expires_in: float = 3600) -> Reply:
    return Reply(200, {"access_token": value, "token_type": "Bearer", "expires_in": expires_in})


def authorizations(server: ScriptedServer) -> list[str]:
    return [r.headers.get("authorization", "") for r in server.requests_to("GET", GET_PATH)]


def test_the_token_is_fetched_once_for_two_calls(server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, token("tok-1"), token("tok-2"))
    server.on("GET", GET_PATH, Reply(200, copy.deepcopy(ANSWER)))
    with HubsterClient.from_client_credentials(
        "my-client", "my-secret", f"{server.url}{TOKEN_PATH}", base_url=server.url
    ) as client:
        first = client.integrations.get("abc")
        second = client.integrations.get("abc")

    (token_request,) = server.requests_to("POST", TOKEN_PATH)
    assert token_request.request_line == f"POST {TOKEN_PATH} HTTP/1.1"
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert token_request.form() == {
        "grant_type": "client_credentials",
        "client_id": "my-client",
        "client_secret": "my-secret",
    }
    assert authorizations(server) == ["Bearer tok-1", "Bearer tok-1"]
    assert isinstance(first, SystemIntegration) and isinstance(second, SystemIntegration)


def test_a_401_fetches_a_new_token_and_resends_once(server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, token("tok-1"), token("tok-2"))
    server.on("GET", GET_PATH, UNAUTHORIZED, Reply(200, copy.deepcopy(ANSWER)))
    with HubsterClient.from_client_credentials(
        "my-client", "my-secret", f"{server.url}{TOKEN_PATH}", base_url=server.url
    ) as client:
        result = client.integrations.get("abc")

    assert len(server.requests_to("POST", TOKEN_PATH)) == 2
    assert authorizations(server) == ["Bearer tok-1", "Bearer tok-2"]
    assert isinstance(result, SystemIntegration)


def test_a_second_401_after_renewal_is_raised(server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, token("tok-1"), token("tok-2"))
    server.on("GET", GET_PATH, UNAUTHORIZED)
    with HubsterClient.from_client_credentials(
        "my-client", "my-secret", f"{server.url}{TOKEN_PATH}", base_url=server.url
    ) as client:
        with pytest.raises(AuthenticationError):
            client.integrations.get("abc")
    assert len(server.requests_to("POST", TOKEN_PATH)) == 2
    assert authorizations(server) == ["Bearer tok-1", "Bearer tok-2"]


def test_an_expired_token_is_renewed_before_the_next_call(server: ScriptedServer) -> None:
    # A 0.4 s lifetime renews at half-life (the runtime's margin for short-lived tokens).
    server.on("POST", TOKEN_PATH, token("tok-1", expires_in=0.4), token("tok-2"))
    server.on("GET", GET_PATH, Reply(200, copy.deepcopy(ANSWER)))
    with HubsterClient.from_client_credentials(
        "my-client", "my-secret", f"{server.url}{TOKEN_PATH}", base_url=server.url
    ) as client:
        client.integrations.get("abc")
        time.sleep(0.5)
        client.integrations.get("abc")
        client.integrations.get("abc")

    assert len(server.requests_to("POST", TOKEN_PATH)) == 2
    assert authorizations(server) == ["Bearer tok-1", "Bearer tok-2", "Bearer tok-2"]


def test_the_token_url_is_configurable_and_defaults_to_the_identity_service(
    server: ScriptedServer,
) -> None:
    custom = "/tenant-7/oauth2/token"
    server.on("POST", custom, token("tok-custom"))
    server.on("GET", GET_PATH, Reply(200, copy.deepcopy(ANSWER)))
    with HubsterClient.from_client_credentials(
        "my-client", "my-secret", token_url=f"{server.url}{custom}", base_url=server.url
    ) as client:
        client.integrations.get("abc")
    assert [r.path for r in server.requests if r.method == "POST"] == [custom]
    assert authorizations(server) == ["Bearer tok-custom"]

    for cls in (HubsterClient, AsyncHubsterClient):
        default = inspect.signature(cls.from_client_credentials).parameters["token_url"].default
        assert default == DEFAULT_TOKEN_URL == "https://identity.hubster.io/connect/token"
        doc = cls.from_client_credentials.__doc__ or ""
        assert "assumption" in doc and "DEFAULT_TOKEN_URL" in doc
    assert DEMO_TOKEN_URL == "https://demo-identity.hubster.io/connect/token"


def test_scope_is_sent_when_given(server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, token("tok-1"))
    server.on("GET", GET_PATH, Reply(200, copy.deepcopy(ANSWER)))
    with HubsterClient.from_client_credentials(
        "my-client",
        "my-secret",
        f"{server.url}{TOKEN_PATH}",
        scope="portal",
        base_url=server.url,
    ) as client:
        client.integrations.get("abc")
    assert server.requests_to("POST", TOKEN_PATH)[0].form()["scope"] == "portal"


def test_an_http_client_given_for_the_api_also_fetches_the_token(server: ScriptedServer) -> None:
    server.on("POST", TOKEN_PATH, token("tok-1"))
    server.on("GET", GET_PATH, Reply(200, copy.deepcopy(ANSWER)))
    with httpx.Client(headers={"X-Proxy-Tag": "shared"}) as http_client:
        with HubsterClient.from_client_credentials(
            "my-client",
            "my-secret",
            f"{server.url}{TOKEN_PATH}",
            base_url=server.url,
            http_client=http_client,
        ) as client:
            client.integrations.get("abc")
    assert [r.headers.get("x-proxy-tag") for r in server.requests] == ["shared", "shared"]


def test_passing_a_token_as_well_is_refused() -> None:
    with pytest.raises(TypeError, match="leave out token="):
        HubsterClient.from_client_credentials("id", "secret", token="static")


@pytest.mark.asyncio
async def test_async_token_is_fetched_once_renewed_after_a_401_and_after_expiry() -> None:
    with ScriptedServer() as server:
        server.on(
            "POST", TOKEN_PATH, token("tok-1"), token("tok-2", expires_in=0.4), token("tok-3")
        )
        server.on(
            "GET",
            GET_PATH,
            Reply(200, copy.deepcopy(ANSWER)),
            Reply(200, copy.deepcopy(ANSWER)),
            UNAUTHORIZED,
            Reply(200, copy.deepcopy(ANSWER)),
        )
        async with AsyncHubsterClient.from_client_credentials(
            "my-client", "my-secret", f"{server.url}{TOKEN_PATH}", base_url=server.url
        ) as client:
            await client.integrations.get("abc")  # fetches tok-1
            await client.integrations.get("abc")  # reuses it
            await client.integrations.get("abc")  # 401, fetches tok-2 (short-lived), resends
            await asyncio.sleep(0.5)
            await client.integrations.get("abc")  # tok-2 expired: fetches tok-3
        token_requests = server.requests_to("POST", TOKEN_PATH)
    assert len(token_requests) == 3
    assert all(r.form()["grant_type"] == "client_credentials" for r in token_requests)
    assert authorizations(server) == [
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-2",
        "Bearer tok-3",
    ]


# --- one token request per expired token, against FakeHubster -------------------------------
# FakeHubster plays the identity service's /connect/token (identity/0_auth.rst:9-63) as well
# as the Portal API; it rejects an expired token with 401, as Hubster does.

CLIENT_ID = "hubster.portal.api.0000000"
CLIENT_SECRET = "SMWvD7W-secret"


def _fake_client(fake: FakeHubster) -> HubsterClient:
    fake.add_client(CLIENT_ID, CLIENT_SECRET)
    return HubsterClient.from_client_credentials(
        CLIENT_ID, CLIENT_SECRET, fake.token_url, base_url=fake.base_url
    )


def _async_fake_client(fake: FakeHubster) -> AsyncHubsterClient:
    fake.add_client(CLIENT_ID, CLIENT_SECRET)
    return AsyncHubsterClient.from_client_credentials(
        CLIENT_ID, CLIENT_SECRET, fake.token_url, base_url=fake.base_url
    )


def _stagger(fake: FakeHubster, waves: int, per_wave: int) -> None:
    # The fake holds back the first requests to arrive, wave by wave: their 401s come back
    # 0.1 s, 0.2 s, ... after the others', when the first renewal is long over.
    for wave in range(1, waves + 1):
        fake.delay_next(per_wave, 0.1 * wave)


def test_twenty_threads_with_an_expired_token_share_one_token_request() -> None:
    with FakeHubster() as fake, _fake_client(fake) as client:
        (integration_id,) = fake.add_integrations(fake.add_hub(), 1)
        client.integrations.get(integration_id)
        fake.expire_tokens()
        _stagger(fake, waves=3, per_wave=5)
        barrier = threading.Barrier(20)

        def get(_: int) -> object:
            barrier.wait()
            return client.integrations.get(integration_id)

        with ThreadPoolExecutor(20) as pool:
            results = list(pool.map(get, range(20)))
        assert fake.token_requests == 2  # the first token and one renewal
    assert all(isinstance(r, DirectIntegration) for r in results)


@pytest.mark.asyncio
async def test_fifty_tasks_with_an_expired_token_share_one_token_request() -> None:
    with FakeHubster() as fake:
        async with _async_fake_client(fake) as client:
            (integration_id,) = fake.add_integrations(fake.add_hub(), 1)
            await client.integrations.get(integration_id)
            fake.expire_tokens()
            _stagger(fake, waves=4, per_wave=10)
            results = await asyncio.gather(
                *(client.integrations.get(integration_id) for _ in range(50))
            )
        assert fake.token_requests == 2
    assert all(isinstance(r, DirectIntegration) for r in results)


@pytest.mark.parametrize("expires_in", [0, None, -60], ids=["zero", "missing", "negative"])
def test_a_token_answer_without_a_usable_lifetime_is_fetched_once(
    expires_in: float | None,
) -> None:
    with FakeHubster(token_expires_in=expires_in) as fake, _fake_client(fake) as client:
        (integration_id,) = fake.add_integrations(fake.add_hub(), 1)
        for _ in range(10):
            client.integrations.get(integration_id)
        assert fake.token_requests == 1
        fake.expire_tokens()  # then the API's 401 renews it, once
        for _ in range(5):
            client.integrations.get(integration_id)
        assert fake.token_requests == 2


@pytest.mark.asyncio
@pytest.mark.parametrize("expires_in", [0, None, -60], ids=["zero", "missing", "negative"])
async def test_async_a_token_answer_without_a_usable_lifetime_is_fetched_once(
    expires_in: float | None,
) -> None:
    with FakeHubster(token_expires_in=expires_in) as fake:
        async with _async_fake_client(fake) as client:
            (integration_id,) = fake.add_integrations(fake.add_hub(), 1)
            await asyncio.gather(*(client.integrations.get(integration_id) for _ in range(10)))
        assert fake.token_requests == 1


def test_wrong_client_credentials_are_refused_by_the_fake_identity_service() -> None:
    with FakeHubster() as fake, _fake_client(fake) as client:
        fake.add_client(CLIENT_ID, "another-secret")
        with pytest.raises(BadRequestError) as caught:
            client.integrations.list_by_channel_type(fake.add_hub(), "Direct")
    assert "SMWvD7W-secret" not in str(caught.value)
    assert fake.token_requests == 1
