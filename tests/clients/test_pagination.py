"""The generated list methods page through real fakes: every record, the token on every page.

integrator.io answers at most 1,000 records per call and links the next page with
`Link: <...>; rel="next"` (developer.celigo.com, "Pagination"); Hubster's collection pages by
`pageNumber` until `total` (hubsterio/docs, docs/api/0_overview.rst, "Paginated Results"). The
runtime's pager is tested in isolation in tests/runtime/test_pagination.py; these tests prove
that the generated methods wire it up, against `FakeIntegrator` and `FakeHubster`.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from integratorio_client import (
    AsyncIntegratorClient,
    AsyncPager,
    ConfigurationError,
    IntegratorClient,
    PaginationError,
    SyncPager,
)
from integratorio_client.testing import FakeIntegrator

from tests.support import Reply, ScriptedServer


@pytest.fixture
def fake() -> Any:
    with FakeIntegrator(rate_limit=None) as running:
        yield running


def list_requests(fake: Any) -> list[Any]:
    return [r for r in fake.requests if r.method == "GET" and r.path.endswith("/integrations")]


def test_2500_integrations_come_back_across_three_pages(fake: Any) -> None:
    ids = fake.add_integrations(2500)
    with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
        pager = client.integrations.list()
        assert isinstance(pager, SyncPager)
        assert list_requests(fake) == []  # nothing sent before iterating
        listed = [integration.id for integration in pager]
    assert listed == ids
    requests = list_requests(fake)
    assert len(requests) == 3
    assert {r.headers["authorization"] for r in requests} == {f"Bearer {fake.token}"}


def test_async_listing_needs_no_await(fake: Any) -> None:
    ids = fake.add_integrations(2500)

    async def main() -> list[Any]:
        async with AsyncIntegratorClient(token=fake.token, base_url=fake.base_url) as client:
            pager = client.integrations.list()
            assert isinstance(pager, AsyncPager)
            return [integration.id async for integration in pager]

    assert asyncio.run(main()) == ids
    requests = list_requests(fake)
    assert len(requests) == 3
    assert {r.headers["authorization"] for r in requests} == {f"Bearer {fake.token}"}


def test_limit_sets_the_page_size_and_pages_expose_headers(fake: Any) -> None:
    fake.add_integrations(5)
    with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
        pages = list(client.integrations.list(limit=2).pages())
    assert [len(page.items) for page in pages] == [2, 2, 1]
    assert 'rel="next"' in pages[0].headers["link"]
    assert 'rel="next"' not in pages[2].headers.get("link", "")


def test_connectors_and_licenses_page_too() -> None:
    with FakeIntegrator(rate_limit=None, page_size=10) as fake:
        connector_ids = fake.add_connectors(25)
        with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
            assert [c.id for c in client.connectors.list()] == connector_ids
            assert [len(p.items) for p in client.connectors.list().pages()] == [10, 10, 5]
            installed = fake.add_integrations(23, {"_connectorId": connector_ids[0]})
            install_pages = list(client.connectors.install_base(connector_ids[0]).pages())
            licenses = list(client.connectors.licenses.list(connector_ids[0]))
    assert [len(page.items) for page in install_pages] == [10, 10, 3]
    listed = [entry.additional_properties["_integrationId"] for p in install_pages for entry in p]
    assert listed == installed
    assert licenses == []


def test_a_cross_origin_next_link_never_receives_the_token() -> None:
    with ScriptedServer() as api, ScriptedServer() as stranger:
        stranger.always(Reply(200, [{"_id": "5e1f0c0a9b8f4a0012345699", "name": "x"}]))
        api.reply(
            Reply(
                200,
                [{"_id": "5e1f0c0a9b8f4a0012345678", "name": "Orders"}],
                {"Link": f'<{stranger.url}/v1/integrations?skip=1&limit=1>; rel="next"'},
            )
        )
        with IntegratorClient(token="tok-SECRET", base_url=api.url + "/v1") as client:
            with pytest.raises(PaginationError) as caught:
                list(client.integrations.list())
        assert stranger.requests == []
    assert caught.value.link.startswith(stranger.url)
    assert "tok-SECRET" not in str(caught.value)


def test_region_picks_the_eu_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INTEGRATORIO_BASE_URL", raising=False)
    monkeypatch.delenv("INTEGRATORIO_REGION", raising=False)
    with IntegratorClient(token="t", region="eu") as client:
        assert client.base_url == "https://api.eu.integrator.io/v1"
    with IntegratorClient(token="t") as client:
        assert client.base_url == "https://api.integrator.io/v1"
    monkeypatch.setenv("INTEGRATORIO_REGION", "eu")
    with IntegratorClient(token="t") as client:
        assert client.base_url == "https://api.eu.integrator.io/v1"
    with pytest.raises(ConfigurationError, match="'us', 'eu'"):
        IntegratorClient(token="t", region="apac")


def test_a_next_link_without_the_query_still_gets_it_sync_and_async() -> None:
    # A next link that names skip and limit only: default_query and extra_query still reach
    # page 2, once each, under the link's own limit (as in openai-python's
    # _base_client.BasePage._info_to_options).
    integration = {"_id": "5e1f0c0a9b8f4a0012345678", "name": "Orders"}
    with ScriptedServer() as api:
        for _ in range(2):  # a sync listing, then an async one
            api.reply(
                Reply(
                    200,
                    [integration],
                    {"Link": f'<{api.url}/v1/integrations?skip=1&limit=5>; rel="next"'},
                ),
                Reply(200, [integration]),
            )
        with IntegratorClient(
            token="tok", base_url=api.url + "/v1", default_query={"locale": "da"}
        ) as client:
            listed = list(client.integrations.list(limit=1, extra_query={"tag": "x"}))

        async def main() -> list[Any]:
            async with AsyncIntegratorClient(
                token="tok", base_url=api.url + "/v1", default_query={"locale": "da"}
            ) as client:
                pager = client.integrations.list(limit=1, extra_query={"tag": "x"})
                return [item async for item in pager]

        listed += asyncio.run(main())
    assert len(listed) == 4
    assert [r.target for r in api.requests] == [
        "/v1/integrations?locale=da&limit=1&tag=x",
        "/v1/integrations?skip=1&limit=5&locale=da&tag=x",
    ] * 2
