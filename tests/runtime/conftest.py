"""Shared fixtures for the runtime tests."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from generator.runtime import AsyncAPIClient, ClientConfig, Operation, SyncAPIClient

CONFIG = ClientConfig(
    api_name="Hubster",
    package="rt_test_client",
    env_prefix="RTTEST",
    default_base_url="https://api.example.invalid/api/v1",
    user_agent="rt-test/1.0",
)
TOKEN = "tok-SECRET-123456"
GET = Operation("getThing", "GET", "/things/{id}")
POST = Operation("createThing", "POST", "/things")
PATCH = Operation("updateThing", "PATCH", "/things/{id}")


def parse_json(response: httpx.Response) -> Any:
    return response.json()


class Sleeps(list[float]):
    """Records requested sleeps instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class AsyncSleeps(list[float]):
    """Records requested sleeps instead of sleeping (async)."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def sync_client(base_url: str, **kwargs: Any) -> SyncAPIClient:
    kwargs.setdefault("config", CONFIG)
    kwargs.setdefault("token", TOKEN)
    client = SyncAPIClient(base_url=base_url, **kwargs)
    client._sleep = Sleeps()
    return client


def async_client(base_url: str, **kwargs: Any) -> AsyncAPIClient:
    kwargs.setdefault("config", CONFIG)
    kwargs.setdefault("token", TOKEN)
    client = AsyncAPIClient(base_url=base_url, **kwargs)
    client._sleep = AsyncSleeps()
    return client


def sleeps(client: SyncAPIClient | AsyncAPIClient) -> list[float]:
    """The sleeps a client made by ``sync_client``/``async_client`` asked for."""
    recorded = client._sleep
    assert isinstance(recorded, Sleeps | AsyncSleeps)
    return recorded


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for suffix in ("_TOKEN", "_BASE_URL", "_CLIENT_LOG"):
        monkeypatch.delenv("RTTEST" + suffix, raising=False)
