"""Per-call ``extra_query``/``extra_body``/``extra_headers`` and per-client ``default_headers``/
``default_query`` in the generated clients, on the wire of the packages' fakes, sync and async.

They are for what the API description does not list yet (a new query filter, a body key, a
tracing header). The runtime's merge rules are tested in tests/runtime/test_extras.py; these
tests prove that every generated method and client passes them on.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from autobutler_client import AsyncAutobutlerClient, AutobutlerClient
from autobutler_client.testing import FakeAutobutler
from hubster_client import AsyncHubsterClient, HubsterClient
from integratorio_client import AsyncIntegratorClient, IntegratorClient, NotFoundError
from integratorio_client.testing import FakeIntegrator

CLIENTS = [
    AutobutlerClient,
    AsyncAutobutlerClient,
    HubsterClient,
    AsyncHubsterClient,
    IntegratorClient,
    AsyncIntegratorClient,
]


@pytest.fixture
def fake() -> Iterator[FakeIntegrator]:
    with FakeIntegrator(rate_limit=None) as running:
        yield running


def query(request: Any) -> dict[str, list[str]]:
    return parse_qs(urlsplit(request.raw_path).query)


def test_per_call_extras_reach_the_wire(fake: FakeIntegrator) -> None:
    with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
        created = client.integrations.create(
            {"name": "Orders"},
            extra_query={"dryRun": "false"},
            extra_body={"sandbox": True},
            extra_headers={"X-Trace-Id": "t-1"},
        )
    (sent,) = fake.requests
    assert query(sent) == {"dryRun": ["false"]}
    assert sent.json() == {"name": "Orders", "sandbox": True}
    assert sent.headers["x-trace-id"] == "t-1"
    assert created.additional_properties["sandbox"] is True  # the fake stored the extra key


def test_extra_query_adds_to_the_methods_own_and_wins(fake: FakeIntegrator) -> None:
    fake.add_integrations(3)
    with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
        listed = list(client.integrations.list(limit=1, extra_query={"limit": 2, "tag": "x"}))
    first = fake.requests[0]
    assert query(first) == {"limit": ["2"], "tag": ["x"]}
    assert len(listed) == 3 and len(fake.requests) == 2


def test_extras_on_raw_twins_too(fake: FakeIntegrator) -> None:
    (integration,) = fake.add_integrations(1)
    with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
        client.integrations.with_raw_response.update(
            integration, {"name": "renamed"}, extra_body={"sandbox": False}, extra_query={"v": 2}
        )
    (sent,) = fake.requests
    assert sent.json() == {"name": "renamed", "sandbox": False} and query(sent) == {"v": ["2"]}


def test_default_headers_and_query_go_on_every_call_and_every_page(fake: FakeIntegrator) -> None:
    fake.add_integrations(3)
    with IntegratorClient(
        token=fake.token,
        base_url=fake.base_url,
        default_headers={"X-Tenant": "acme"},
        default_query={"locale": "da"},
    ) as client:
        ids = [i.id for i in client.integrations.list(limit=2)]
        client.integrations.get(str(ids[0]), extra_headers={"X-Tenant": "other"})
    assert len(fake.requests) == 3
    assert [r.headers["x-tenant"] for r in fake.requests] == ["acme", "acme", "other"]
    assert all(query(r)["locale"] == ["da"] for r in fake.requests)


def test_with_options_adds_defaults_for_the_copy_only(fake: FakeIntegrator) -> None:
    (integration,) = fake.add_integrations(1)

    async def main() -> None:
        async with AsyncIntegratorClient(
            token=fake.token, base_url=fake.base_url, default_headers={"X-Tenant": "acme"}
        ) as client:
            copy = client.with_options(
                default_headers={"X-Team": "ops"}, default_query={"locale": "da"}
            )
            await copy.integrations.get(integration)
            with pytest.raises(NotFoundError):  # a nested raw twin of the copy
                await copy.connectors.licenses.with_raw_response.list("0" * 24)
            await client.integrations.get(integration)

    asyncio.run(main())
    first, nested, original = fake.requests
    for sent in (first, nested):
        assert sent.headers["x-tenant"] == "acme" and sent.headers["x-team"] == "ops"
        assert query(sent)["locale"] == ["da"]
    assert original.headers["x-tenant"] == "acme" and "x-team" not in original.headers
    assert query(original) == {}


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("name", ["Authorization", "user-agent"])
def test_documented_headers_cannot_be_defaults(cls: Any, name: str) -> None:
    # Each package has its own copy of the runtime, and so its own ConfigurationError.
    error = importlib.import_module(cls.__module__.partition(".")[0]).ConfigurationError
    with pytest.raises(error, match=name):
        cls(token="t", base_url="http://127.0.0.1:9", default_headers={name: "x"})
    client = cls(token="t", base_url="http://127.0.0.1:9")
    with pytest.raises(error, match=name):
        client.with_options(default_headers={name: "x"})


def test_an_explicit_per_call_authorization_wins() -> None:
    with FakeAutobutler() as fake:
        with AutobutlerClient(
            token="stale", base_url=fake.base_url, max_retries=0, default_headers={"X-Tenant": "a"}
        ) as client:
            client.mechanic_integrations.list(extra_headers={"Authorization": fake.token})
        (sent,) = fake.requests
    assert sent.headers["authorization"] == fake.token and sent.headers["x-tenant"] == "a"


@pytest.mark.parametrize("cls", CLIENTS, ids=lambda cls: cls.__name__)
def test_every_method_takes_the_extras(cls: Any) -> None:
    client = cls(token="t", base_url="http://127.0.0.1:9")
    names = ("extra_headers", "extra_query", "extra_body")
    resources = [getattr(client, name) for name in vars(client) if not name.startswith("_")]
    checked = 0
    while resources:
        resource = resources.pop()
        for name, method in inspect.getmembers(resource, inspect.ismethod):
            if name.startswith("_"):
                continue
            parameters = inspect.signature(method).parameters
            assert all(parameters[n].default is None for n in names), name
            checked += 1
        resources += [
            getattr(resource, name)
            for name, value in inspect.getmembers(type(resource))
            if isinstance(value, property)
        ]
    assert checked >= 2 * 2  # the plain methods and their raw twins
    parameters = inspect.signature(cls).parameters
    assert parameters["default_headers"].default is None
    assert parameters["default_query"].default is None
