"""Region-based base URLs and per-operation status hints in error messages."""

from __future__ import annotations

import pytest

from generator.runtime import BadRequestError, ClientConfig, ConfigurationError, Operation
from tests.support import Reply, ScriptedServer

from .conftest import CONFIG, parse_json, sync_client

REGIONAL = ClientConfig(
    api_name="Regional",
    package="rt_test_client",
    env_prefix="RTTEST",
    default_base_url="https://api.example.invalid/v1",
    regions={"us": "https://api.example.invalid/v1", "eu": "https://api.eu.example.invalid/v1"},
)


@pytest.fixture(autouse=True)
def _no_region_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RTTEST_REGION", raising=False)


def test_region_argument_picks_the_regions_server() -> None:
    assert sync_client(None, config=REGIONAL, region="eu").base_url == (
        "https://api.eu.example.invalid/v1"
    )
    assert sync_client(None, config=REGIONAL, region="EU").base_url.startswith("https://api.eu.")
    assert sync_client(None, config=REGIONAL).base_url == "https://api.example.invalid/v1"


def test_region_environment_variable_is_read_after_the_arguments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RTTEST_REGION", "eu")
    assert sync_client(None, config=REGIONAL).base_url == "https://api.eu.example.invalid/v1"
    assert sync_client(None, config=REGIONAL, region="us").base_url == (
        "https://api.example.invalid/v1"
    )
    explicit = sync_client("http://127.0.0.1:9/v1", config=REGIONAL)
    assert explicit.base_url == "http://127.0.0.1:9/v1"


def test_an_unknown_region_names_the_known_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="'us', 'eu'") as caught:
        sync_client(None, config=REGIONAL, region="apac")
    assert "region argument" in str(caught.value)
    monkeypatch.setenv("RTTEST_REGION", "mars")
    with pytest.raises(ConfigurationError, match="RTTEST_REGION"):
        sync_client(None, config=REGIONAL)


def test_base_url_and_region_together_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="Pass only one"):
        sync_client("http://127.0.0.1:9", config=REGIONAL, region="eu")


def test_an_api_without_regions_refuses_one() -> None:
    with pytest.raises(ConfigurationError, match="has none to choose from"):
        sync_client(None, config=CONFIG, region="eu")


ACTION = Operation(
    "getJobUrl",
    "GET",
    "/jobs/{id}/url",
    status_hints={400: "This integration does not support job URLs."},
)


def test_a_status_hint_replaces_the_general_advice(server: ScriptedServer) -> None:
    server.reply(Reply(400, {"errors": ["nope"]}), Reply(400, {"errors": ["nope"]}))
    client = sync_client(server.url)
    with pytest.raises(BadRequestError) as caught:
        client.request(ACTION, path="/jobs/1/url", parse=parse_json)
    assert str(caught.value).endswith("This integration does not support job URLs.")
    plain = Operation("getJobUrl", "GET", "/jobs/{id}/url")
    with pytest.raises(BadRequestError) as caught:
        client.request(plain, path="/jobs/1/url", parse=parse_json)
    assert "does not support" not in str(caught.value)
