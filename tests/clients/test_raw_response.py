"""``client.<resource>.with_raw_response.<method>(...)``: the answer itself, over real sockets.

Every resource (nested ones too) has a ``with_raw_response`` twin whose methods take the same
arguments and return an ``APIResponse``: status, headers and request of the answer, and
``parse()`` for what the plain method returns. A list method's twin sends the first page and
answers it (``parse()``: that page as the operation declares it). The runtime's side is tested
in tests/runtime/test_raw_response.py; these tests prove the generated clients wire it up,
against the packages' fakes and the scripted server, sync and async.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from autobutler_client import AutobutlerClient, IntegrationName, IntegrationValidationError
from autobutler_client.models import IntegrationUpdateResult
from hubster_client import HubsterClient, IntegrationPage
from hubster_client.testing import FakeHubster
from integratorio_client import (
    APIResponse,
    AsyncIntegratorClient,
    IntegratorClient,
    NotFoundError,
)
from integratorio_client.models import Integration, License
from integratorio_client.testing import FakeIntegrator

from tests.support import Reply, ScriptedServer

USER = "ops@example.com"


@pytest.fixture
def fake() -> Iterator[FakeIntegrator]:
    with FakeIntegrator(rate_limit=None) as running:
        yield running


def test_create_and_get_answer_status_headers_and_the_usual_model(fake: FakeIntegrator) -> None:
    with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
        created = client.integrations.with_raw_response.create({"name": "Orders"})
        assert isinstance(created, APIResponse)
        assert created.status_code == 201
        assert created.headers["content-type"].startswith("application/json")
        assert created.http_request.method == "POST"
        assert created.http_request.headers["authorization"] == f"Bearer {fake.token}"
        integration = created.parse()
        assert isinstance(integration, Integration) and isinstance(integration.id, str)
        assert created.parse() is integration  # parsed once

        read = client.integrations.with_raw_response.get(integration.id)
    assert read.status_code == 200
    assert read.http_request.url.path.endswith(f"/integrations/{integration.id}")
    assert read.parse().name == "Orders"
    assert fake.token not in repr(read)


def test_list_answers_its_first_page_only(fake: FakeIntegrator) -> None:
    ids = fake.add_integrations(5)
    with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
        raw = client.integrations.with_raw_response.list(limit=2)
    assert len(fake.requests) == 1  # no pager: the first page, sent at once
    assert raw.status_code == 200
    assert 'rel="next"' in raw.headers["link"]
    page = raw.parse()
    assert isinstance(page, list) and [i.id for i in page] == ids[:2]
    assert raw.http_request.url.params["limit"] == "2"


def test_hubster_list_answers_page_zero_as_its_page_object() -> None:
    with FakeHubster() as fake:
        hub = fake.add_hub()
        ids = fake.add_integrations(hub, 3)
        with HubsterClient(token=fake.token, base_url=fake.base_url) as client:
            raw = client.integrations.with_raw_response.list(hub_id=hub, page_size=2)
        (sent,) = [r for r in fake.requests if r.path == "/api/v1/integrations"]
    assert "pageNumber=0" in sent.raw_path  # the paging's first request, as the pager sends it
    page = raw.parse()
    assert isinstance(page, IntegrationPage)
    assert page.total == 3 and [i.integration_id for i in page.results] == ids[:2]


def test_nested_resources_have_raw_twins_both_ways(fake: FakeIntegrator) -> None:
    (connector,) = fake.add_connectors(1)
    fake.add_user(USER)
    with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
        created = client.connectors.licenses.with_raw_response.create(connector, {"email": USER})
        license_ = created.parse()
        assert created.status_code == 201 and isinstance(license_, License)
        assert isinstance(license_.id, str)
        read = client.connectors.with_raw_response.licenses.get(connector, license_.id)
    assert read.parse().id == license_.id


def test_errors_still_raise_typed(fake: FakeIntegrator) -> None:
    with IntegratorClient(token=fake.token, base_url=fake.base_url, max_retries=0) as client:
        with pytest.raises(NotFoundError) as caught:
            client.integrations.with_raw_response.get("0" * 24)
        with pytest.raises(NotFoundError):  # a list's first page too
            client.connectors.licenses.with_raw_response.list("1" * 24)
    assert caught.value.status_code == 404


def test_retries_apply_and_the_answer_that_came_is_kept(server: ScriptedServer) -> None:
    server.reply(
        Reply(503, {}),
        Reply(200, {"_id": "i1", "name": "n"}, headers={"X-Request-Id": "req-2"}),
    )
    with IntegratorClient(token="t", base_url=server.url) as client:
        raw = client.integrations.with_raw_response.get("i1")
    assert len(server.requests) == 2
    assert raw.headers["x-request-id"] == "req-2"
    assert raw.parse().id == "i1"


def test_a_parse_hook_runs_at_parse(server: ScriptedServer) -> None:
    # Autobutler's "success": false in a 2xx (quirk 6, overrides/autobutler/sdk.yaml) is found
    # by the method's parse hook: the raw twin answers the 200, and parse() raises as the plain
    # method would.
    refusal = {"success": False, "errors": {"username": ["must be filled out"]}}
    server.reply(Reply(200, refusal), Reply(200, {"success": True}))
    with AutobutlerClient(token="t", base_url=server.url, max_retries=0) as client:
        raw = client.mechanic_integrations.with_raw_response.update(
            IntegrationName.TWM, {"username": ""}
        )
        assert raw.status_code == 200
        with pytest.raises(IntegrationValidationError) as caught:
            raw.parse()
        good = client.mechanic_integrations.with_raw_response.update(IntegrationName.TWM, {})
    assert caught.value.field_errors == {"username": ["must be filled out"]}
    assert isinstance(good.parse(), IntegrationUpdateResult)


def test_async_twins_answer_the_same(fake: FakeIntegrator) -> None:
    ids = fake.add_integrations(3)
    (connector,) = fake.add_connectors(1)

    async def main() -> tuple[Any, ...]:
        async with AsyncIntegratorClient(token=fake.token, base_url=fake.base_url) as client:
            raw = client.integrations.with_raw_response
            read = await raw.get(ids[0])
            first = await raw.list(limit=2)
            licenses = await client.connectors.licenses.with_raw_response.list(connector)
            with pytest.raises(NotFoundError):
                await raw.get("0" * 24)
            return read, first, licenses

    read, first, licenses = asyncio.run(main())
    assert read.status_code == 200 and read.parse().id == ids[0]
    assert 'rel="next"' in first.headers["link"] and [i.id for i in first.parse()] == ids[:2]
    assert licenses.parse() == []


@pytest.mark.parametrize("asynchronous", [False, True])
def test_every_raw_method_takes_the_plain_methods_arguments(asynchronous: bool) -> None:
    cls = AsyncIntegratorClient if asynchronous else IntegratorClient
    client = cls(token="t", base_url="http://127.0.0.1:9")
    resources = [
        client.integrations,
        client.connectors,
        client.connectors.licenses,
    ]
    compared = 0
    for resource in resources:
        raw = resource.with_raw_response
        for name, plain in inspect.getmembers(resource, inspect.ismethod):
            if name.startswith("_"):
                continue
            twin = getattr(raw, name)
            plain_parameters = list(inspect.signature(plain).parameters.values())
            assert list(inspect.signature(twin).parameters.values()) == plain_parameters, name
            assert inspect.iscoroutinefunction(twin) is asynchronous, name
            compared += 1
    assert compared == 6 + 7 + 5  # integrations, connectors, connectors.licenses
