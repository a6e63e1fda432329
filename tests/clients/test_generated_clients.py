"""The runtime as the three generated clients expose it, over real sockets.

tests/runtime proves the runtime in isolation; these tests prove that each generated package
wires it up: environment fallbacks, default timeouts, status -> exception mapping through a real
operation, retry rules per method, stalls, with_options() and context managers, sync and async.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.support import Reply, ScriptedServer


@dataclass(frozen=True)
class Package:
    """How to reach one generated client and which operations the tests call."""

    module: str
    client: str
    async_client: str
    env: str
    read: Callable[[Any], Any]  # an idempotent GET whose 200 body is `read_body`
    read_body: object
    auth_header: Callable[[str], str]


PACKAGES = [
    Package(
        "autobutler_client",
        "AutobutlerClient",
        "AsyncAutobutlerClient",
        "AUTOBUTLER",
        lambda c: c.mechanic_integrations.list(),
        {"mechanicIntegrations": []},
        lambda token: token,
    ),
    Package(
        "integratorio_client",
        "IntegratorClient",
        "AsyncIntegratorClient",
        "INTEGRATORIO",
        lambda c: c.integrations.get("5e1f0c0a9b8f4a0012345678"),
        {"_id": "5e1f0c0a9b8f4a0012345678", "name": "Orders"},
        lambda token: f"Bearer {token}",
    ),
    Package(
        "hubster_client",
        "HubsterClient",
        "AsyncHubsterClient",
        "HUBSTER",
        lambda c: c.integrations.get("00000000-0000-0000-0000-000000000000"),
        {
            "integrationId": "00000000-0000-0000-0000-000000000000",
            "hubId": "00000000-0000-0000-0000-000000000001",
            "integrationTypeId": "System",
            "channelId": "System",
            "name": "n",
            "statusId": 3000,
            "configuration": {"webhookUrl": "https://example.test/hook", "events": []},
        },
        lambda token: f"Bearer {token}",
    ),
]
IDS = [p.module for p in PACKAGES]
TOKEN = "tok-SECRET-0123456789"
STATUS_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
    500: "InternalServerError",
    503: "InternalServerError",
    418: "APIStatusError",
}


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for package in PACKAGES:
        for suffix in ("_TOKEN", "_BASE_URL", "_CLIENT_LOG"):
            monkeypatch.delenv(package.env + suffix, raising=False)


def _make(package: Package, base_url: str | None, **kwargs: Any) -> Any:
    module = importlib.import_module(package.module)
    kwargs.setdefault("token", TOKEN)
    client = getattr(module, package.client)(base_url=base_url, **kwargs)
    client._sleep = lambda seconds: None  # retries without waiting; delays are tested in runtime
    return client


@pytest.mark.parametrize("package", PACKAGES, ids=IDS)
def test_token_and_base_url_fall_back_to_the_environment(
    package: Package, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(f"{package.env}_TOKEN", "env-token-42")
    monkeypatch.setenv(f"{package.env}_BASE_URL", server.url)
    server.reply(Reply(200, package.read_body))
    module = importlib.import_module(package.module)
    with getattr(module, package.client)() as client:
        package.read(client)
    assert server.requests[0].headers["authorization"] == package.auth_header("env-token-42")


@pytest.mark.parametrize("package", PACKAGES, ids=IDS)
def test_missing_token_is_a_configuration_error_naming_the_variable(
    package: Package, server: ScriptedServer
) -> None:
    module = importlib.import_module(package.module)
    with getattr(module, package.client)(base_url=server.url) as client:
        with pytest.raises(module.ConfigurationError, match=f"{package.env}_TOKEN"):
            package.read(client)
    assert server.requests == []


@pytest.mark.parametrize("package", PACKAGES, ids=IDS)
def test_default_timeout_is_finite_on_every_request(
    package: Package, server: ScriptedServer
) -> None:
    seen: list[dict[str, Any]] = []
    http = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.extensions["timeout"])]})
    server.reply(Reply(200, package.read_body))
    with http, _make(package, server.url, http_client=http) as client:
        package.read(client)
    assert seen and all(value is not None for value in seen[0].values())
    assert seen[0]["read"] == 60.0 and seen[0]["connect"] == 5.0


@pytest.mark.parametrize("status", sorted(STATUS_CLASSES))
@pytest.mark.parametrize("package", PACKAGES, ids=IDS)
def test_every_status_maps_to_its_exception(
    package: Package, status: int, server: ScriptedServer
) -> None:
    module = importlib.import_module(package.module)
    server.always(Reply(status, {"errors": [{"code": "x", "message": "no"}]}))
    with _make(package, server.url, max_retries=0) as client:
        with pytest.raises(module.APIStatusError) as info:
            package.read(client)
    assert type(info.value).__name__ == STATUS_CLASSES[status]
    assert isinstance(info.value, getattr(module, STATUS_CLASSES[status]))
    assert info.value.status_code == status
    assert TOKEN not in str(info.value)


@pytest.mark.parametrize("package", PACKAGES, ids=IDS)
def test_idempotent_read_is_retried_twice_then_raises(
    package: Package, server: ScriptedServer
) -> None:
    module = importlib.import_module(package.module)
    server.always(Reply(503, {}))
    with _make(package, server.url) as client:
        with pytest.raises(module.InternalServerError):
            package.read(client)
    assert len(server.requests) == 3


def test_create_is_not_retried_after_a_server_error(server: ScriptedServer) -> None:
    from integratorio_client import IntegratorClient, InternalServerError

    server.always(Reply(500, {"errors": [{"code": "boom", "message": "server error"}]}))
    with IntegratorClient(token=TOKEN, base_url=server.url, rate_limit=None) as client:
        client._sleep = lambda seconds: None
        with pytest.raises(InternalServerError):
            client.integrations.create({"name": "new"})
    assert [r.method for r in server.requests] == ["POST"]


def test_create_is_retried_after_429(server: ScriptedServer) -> None:
    from integratorio_client import IntegratorClient

    server.reply(
        Reply(429, {"errors": []}, headers={"Retry-After": "0"}),
        Reply(201, {"_id": "5e1f00000000000000000001", "name": "new"}),
    )
    with IntegratorClient(token=TOKEN, base_url=server.url, rate_limit=None) as client:
        client._sleep = lambda seconds: None
        created = client.integrations.create({"name": "new"})
    assert created.id == "5e1f00000000000000000001"
    assert [r.method for r in server.requests] == ["POST", "POST"]


@pytest.mark.parametrize("package", PACKAGES, ids=IDS)
def test_a_stalled_server_ends_in_a_timeout_error_near_the_timeout(
    package: Package, server: ScriptedServer
) -> None:
    module = importlib.import_module(package.module)
    server.always(Reply(200, package.read_body, delay=3.0))
    with _make(package, server.url, timeout=0.3, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(module.APITimeoutError) as info:
            package.read(client)
        elapsed = time.monotonic() - started
    assert 0.25 < elapsed < 1.5
    assert isinstance(info.value.__cause__, httpx.TimeoutException)


@pytest.mark.parametrize("package", PACKAGES, ids=IDS)
def test_with_options_gives_a_copy_whose_resources_use_the_copy(
    package: Package, server: ScriptedServer
) -> None:
    module = importlib.import_module(package.module)
    server.always(Reply(503, {}))
    with _make(package, server.url) as client:
        quiet = client.with_options(max_retries=0)
        with pytest.raises(module.InternalServerError):
            package.read(quiet)
        assert len(server.requests) == 1  # the copy did not retry
        with pytest.raises(module.InternalServerError):
            package.read(client)
        assert len(server.requests) == 4  # the original still retries twice


@pytest.mark.parametrize("package", PACKAGES, ids=IDS)
def test_context_manager_closes_an_owned_pool_but_not_a_borrowed_one(package: Package) -> None:
    with _make(package, "http://127.0.0.1:9") as owned:
        pool = owned._http
    assert pool.is_closed
    borrowed = httpx.Client()
    with _make(package, "http://127.0.0.1:9", http_client=borrowed):
        pass
    assert not borrowed.is_closed
    borrowed.close()


@pytest.mark.parametrize("package", PACKAGES, ids=IDS)
def test_async_client_maps_statuses_and_retries_reads(
    package: Package, server: ScriptedServer
) -> None:
    module = importlib.import_module(package.module)
    server.always(Reply(503, {}))

    async def run() -> None:
        async_client = getattr(module, package.async_client)(token=TOKEN, base_url=server.url)

        async def no_sleep(seconds: float) -> None:
            return None

        async_client._sleep = no_sleep
        async with async_client as client:
            with pytest.raises(module.InternalServerError):
                await package.read(client)

    asyncio.run(run())
    assert len(server.requests) == 3


@pytest.mark.parametrize("package", PACKAGES, ids=IDS)
def test_async_client_reads_and_parses(package: Package, server: ScriptedServer) -> None:
    module = importlib.import_module(package.module)
    server.reply(Reply(200, package.read_body))

    async def run() -> Any:
        async with getattr(module, package.async_client)(
            token=TOKEN, base_url=server.url
        ) as client:
            return await package.read(client)

    result = asyncio.run(run())
    assert result is not None
    assert server.requests[0].headers["authorization"] == package.auth_header(TOKEN)


def test_an_operation_without_security_needs_no_token(server: ScriptedServer) -> None:
    from autobutler_client import AutobutlerClient
    from autobutler_client.api.tokens import create_token

    assert create_token.OPERATION.operation_id == "createToken"
    assert create_token.OPERATION.requires_auth is False
    server.reply(Reply(200, {"status": "ok", "token": "t", "refreshToken": "r", "user": {}}))
    with AutobutlerClient(base_url=server.url) as client:
        answer = client.tokens.create(email="w@example.dk", password="pw")
    assert answer.token == "t"
    assert "authorization" not in server.requests[0].headers


def test_autobutler_patch_is_retried_like_put(server: ScriptedServer) -> None:
    from autobutler_client import AutobutlerClient, InternalServerError

    server.always(Reply(503, {}))
    with AutobutlerClient(token=TOKEN, base_url=server.url) as client:
        client._sleep = lambda seconds: None
        with pytest.raises(InternalServerError):
            client.mechanic_integrations.update("MechanicIntegrations::TWMIntegration", {"a": "b"})
    assert [r.method for r in server.requests] == ["PATCH"] * 3


def test_integrator_client_enforces_the_documented_bucket_by_default() -> None:
    from integratorio_client import IntegratorClient, RateLimit

    with IntegratorClient(token=TOKEN, base_url="http://127.0.0.1:9") as client:
        bucket = client.rate_limiter
        assert bucket is not None
        # The documented 1,000 + 300/s, less 50 ms of requests that absorb arrival jitter.
        assert (bucket.capacity, bucket.rate_per_second) == (985, 300)
        assert client.with_options(max_retries=0).rate_limiter is bucket  # shared by copies
    with IntegratorClient(token=TOKEN, base_url="http://127.0.0.1:9", rate_limit=None) as off:
        assert off.rate_limiter is None
    custom = RateLimit(capacity=5, rate_per_second=1)
    with IntegratorClient(token=TOKEN, base_url="http://127.0.0.1:9", rate_limit=custom) as slow:
        assert slow.rate_limiter is not None
        assert slow.rate_limiter.capacity == 5  # a tenth of 5 rounds down to no headroom
