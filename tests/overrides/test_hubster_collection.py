"""Hubster's two list operations through the client, over real sockets, sync and async.

``client.integrations.list(*, hub_id=None, page_size=None)`` is Get Collection (hubsterio/docs,
docs/api/portal/2_integration.rst:988-1078): a page ``{"pageNumber", "pageSize", "total",
"results"}`` (docs/api/0_overview.rst:127-179). ``client.integrations.list_by_channel_type(hub_id,
channel_type)`` is Get by Channel Type (2_integration.rst:900-985): a plain array. Both parse
every integration per channel, as ``get`` does (``parse_integration_page_response`` and
``parse_integration_list_response`` in overrides/hubster/modules/_channels.py), whether the
server names the channel (current docs) or gives numbers (``FakeHubster(answers="seed")``).

``list`` is a pager (the runtime's ``PageNumberPaging``): it asks for ``pageNumber`` 0, 1, 2, ...
until ``(pageNumber + 1) * pageSize >= total``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from hubster_client import (
    APIResponseValidationError,
    AsyncHubsterClient,
    AsyncPager,
    BadRequestError,
    HubsterClient,
    IntegrationPage,
    NotFoundError,
    SyncPager,
    UnknownIntegration,
)
from hubster_client.models import (
    ChannelName,
    CreateDirectIntegration,
    CreateSlackIntegration,
    CreateSystemIntegration,
    CreateTwilioSmsIntegration,
    DirectCreateConfiguration,
    DirectIntegration,
    IntegrationStatus,
    IntegrationTypeName,
    Message,
    SlackCreateConfiguration,
    SlackIntegration,
    SystemCreateConfiguration,
    SystemIntegration,
    TwilioSmsCreateConfiguration,
    TwilioSmsIntegration,
)
from hubster_client.testing import FakeHubster

from tests.support import Reply, ScriptedServer, vendor_example

GREETING = "Welcome to Hubster! How can we help you?"


def docs(block_id: str) -> Any:
    return vendor_example("hubster", block_id)


def first_page(result: Any) -> IntegrationPage:
    """The first page a ``list`` pager fetches."""
    assert isinstance(result, SyncPager)
    page = next(iter(result.pages()))
    assert isinstance(page.parsed, IntegrationPage)
    return page.parsed


async def first_page_async(result: Any) -> IntegrationPage:
    assert isinstance(result, AsyncPager)
    async for page in result.pages():
        assert isinstance(page.parsed, IntegrationPage)
        return page.parsed
    raise AssertionError("the pager fetched no page")


def script_list(server: ScriptedServer, answer: Any) -> None:
    """Answer ``list``'s first request (a pager asks for page 0)."""
    server.on("GET", "/api/v1/integrations?pageNumber=0", Reply(200, answer))


def every_result(result: Any) -> list[Any]:
    """Every integration a ``list`` pager yields."""
    assert isinstance(result, SyncPager)
    return list(result)


@pytest.fixture
def fake() -> Iterator[FakeHubster]:
    with FakeHubster() as running:
        yield running


@pytest.fixture
def seed_fake() -> Iterator[FakeHubster]:
    with FakeHubster(answers="seed") as running:
        yield running


def client_for(fake: FakeHubster) -> HubsterClient:
    return HubsterClient(token=fake.token, base_url=fake.base_url, max_retries=0)


def create_four_channels(client: HubsterClient, hub_id: str) -> list[str]:
    """A TwilioSMS, a Direct (webhook, greeting), a System and a Slack integration; their ids."""
    bodies: list[Any] = [
        CreateTwilioSmsIntegration(
            name="Twilio",
            configuration=TwilioSmsCreateConfiguration(
                auth_token="cb8c5367", account_sid="AC1fc1c1", number_sid="PN667435"
            ),
        ),
        CreateDirectIntegration(
            name="Direct",
            configuration=DirectCreateConfiguration(
                integration_type=IntegrationTypeName.CUSTOMER,
                webhook_url="http://localhost:5100/v1/api/integration?customer=1",
                start=[Message(type_="text", text=GREETING)],
            ),
        ),
        CreateSystemIntegration(
            name="System",
            configuration=SystemCreateConfiguration(
                webhook_url="https://url_end_point.com", events=["message"]
            ),
        ),
        CreateSlackIntegration(
            name="Slack", configuration=SlackCreateConfiguration(code="c0de", nonce="n0nce")
        ),
    ]
    return [client.integrations.create(hub_id, body).integration_id for body in bodies]


def assert_four_channels(results: list[Any], ids: list[str], *, seed: bool = False) -> None:
    assert [type(r) for r in results] == [
        TwilioSmsIntegration,
        DirectIntegration,
        SystemIntegration,
        SlackIntegration,
    ]
    assert [r.integration_id for r in results] == ids
    assert [r.channel_id for r in results] == ["TwilioSMS", "Direct", "System", "Slack"]
    assert [r.integration_type_id for r in results] == [
        IntegrationTypeName.CUSTOMER,
        IntegrationTypeName.CUSTOMER,
        IntegrationTypeName.SYSTEM,
        IntegrationTypeName.AGENT,
    ]
    twilio, direct, system, slack = results
    # PascalCase answers read into the typed fields (AccountSid or AcccountSid, WebhookUrl, Echo,
    # WelcomeMessage, BotName), nothing left over.
    assert twilio.configuration.account_sid == "AC1fc1c1"
    assert twilio.configuration.capabilities.sms is True
    assert direct.configuration.webhook_url == "http://localhost:5100/v1/api/integration?customer=1"
    if seed:  # the seed's Direct read: camelCase, integrationType and start (seed 003, 779-790)
        assert direct.configuration.integration_type == "Customer"
        assert direct.configuration.start[0].text == GREETING
    else:  # the current docs' (2_integration.rst:846-851)
        assert direct.configuration.echo is False
        assert direct.configuration.welcome_message == GREETING
    assert len(direct.configuration.private_signing_key) == 32
    assert system.configuration.events == ["message"]
    assert slack.configuration.bot_name == "Hubster.io"
    for result in results:
        assert result.configuration.additional_properties == {}


# --- list ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("answers", ["current", "seed"])
def test_list_parses_every_result_to_the_class_of_its_channel(answers: str) -> None:
    # Current answers name channel and type; the seed's answer numbers (102, 2): both give names.
    with FakeHubster(answers=answers) as fake, client_for(fake) as client:  # type: ignore[arg-type]
        ids = create_four_channels(client, fake.add_hub())

        page = first_page(client.integrations.list())

    assert isinstance(page, IntegrationPage)
    assert (page.page_number, page.page_size, page.total) == (0, 50, 4)
    assert_four_channels(page.results, ids, seed=answers == "seed")
    sent = [r for r in fake.requests if r.method == "GET"]
    assert [r.raw_path.split("?")[0] for r in sent] == ["/api/v1/integrations"]


def test_list_sends_hub_id_and_page_size_and_reads_the_page(fake: FakeHubster) -> None:
    hub_id = fake.add_hub()
    ids = fake.add_integrations(hub_id, 3)
    fake.add_integrations(fake.add_hub(), 2)  # another hub's

    with client_for(fake) as client:
        page = first_page(client.integrations.list(hub_id=hub_id, page_size=2))

    (request,) = [r for r in fake.requests if r.method == "GET"]
    query = dict(part.split("=") for part in request.raw_path.split("?")[1].split("&"))
    assert query["hubId"] == hub_id and query["pageSize"] == "2"
    assert query.get("pageNumber", "0") == "0"
    assert (page.page_number, page.page_size, page.total) == (0, 2, 3)
    assert [r.integration_id for r in page.results] == ids[:2]
    assert all(isinstance(r, DirectIntegration) for r in page.results)


def test_list_without_arguments_sends_no_filter(fake: FakeHubster) -> None:
    with client_for(fake) as client:
        page = first_page(client.integrations.list())

    (request,) = fake.requests
    assert "hubId" not in request.raw_path and "pageSize" not in request.raw_path
    assert (page.total, page.results) == (0, [])


@pytest.mark.parametrize(("page_size", "code"), [(0, "PRT000206"), (101, "PRT000206")])
def test_list_with_a_page_size_out_of_bounds_raises_bad_request(
    fake: FakeHubster, page_size: int, code: str
) -> None:
    # 1 <= pageSize <= 100 (2_integration.rst:1023-1025); PRT000206 (6_error_codes.rst:89-91).
    with client_for(fake) as client, pytest.raises(BadRequestError) as raised:
        first_page(client.integrations.list(page_size=page_size))

    assert raised.value.status_code == 400
    assert [d.code_name for d in raised.value.details] == [code]


def test_list_parses_an_unknown_channel_and_the_docs_pascal_case_answers() -> None:
    # Current docs' GET answers (2_integration.rst:769, 794, 839, 882) as one page, plus a
    # channel the client does not know: each item by channelId, never by trying.
    unknown = docs("2_integration.rst:L769") | {"channelId": "WhatsApp"}
    items = [
        docs("2_integration.rst:L769"),
        docs("2_integration.rst:L794"),
        docs("2_integration.rst:L839"),
        docs("2_integration.rst:L882"),
        unknown,
    ]
    answer = {"pageNumber": 0, "pageSize": 50, "total": 5, "results": items, "next": None}
    with ScriptedServer() as server:
        script_list(server, answer)
        with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
            page = first_page(client.integrations.list())

    assert [type(r).__name__ for r in page.results] == [
        "TwilioSmsIntegration",
        "MessengerIntegration",
        "DirectIntegration",
        "SlackIntegration",
        "UnknownIntegration",
    ]
    twilio, messenger, direct, slack, other = page.results
    assert twilio.configuration.account_sid == "AC1fc1c1722444b0c6313d..."
    assert messenger.configuration.page_id == "27623838..."
    assert direct.configuration.welcome_message == GREETING
    assert slack.configuration.bot_name == "Hubster.io"
    assert isinstance(other, UnknownIntegration) and other.to_dict() == unknown
    assert page.additional_properties == {"next": None}
    assert page.to_dict()["results"][4] == unknown


@pytest.mark.parametrize(
    ("answer", "where"),
    [
        ({"pageNumber": 0, "pageSize": 50, "results": []}, "$.total"),
        ({"pageNumber": 0, "pageSize": 50, "total": 1, "results": {}}, "$.results"),
        (
            {"pageNumber": 0, "pageSize": 50, "total": 1, "results": [{"name": "x"}]},
            "$.results[0].channelId",
        ),
    ],
    ids=["no-total", "results-not-a-list", "item-without-channel"],
)
def test_list_reports_a_page_that_breaks_the_spec(answer: dict[str, Any], where: str) -> None:
    with ScriptedServer() as server:
        script_list(server, answer)
        with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
            with pytest.raises(APIResponseValidationError) as raised:
                every_result(client.integrations.list())
    assert where in str(raised.value)


@pytest.mark.asyncio
async def test_async_list_parses_per_channel_and_sends_the_filter() -> None:
    with FakeHubster(answers="seed") as fake:
        hub_id = fake.add_hub()
        with client_for(fake) as sync_client:
            ids = create_four_channels(sync_client, hub_id)
        async with AsyncHubsterClient(token=fake.token, base_url=fake.base_url) as client:
            page = await first_page_async(client.integrations.list(hub_id=hub_id, page_size=10))

    assert (page.page_size, page.total) == (10, 4)
    assert_four_channels(page.results, ids, seed=True)
    assert f"hubId={hub_id}" in fake.requests[-1].raw_path


@pytest.mark.asyncio
async def test_async_list_out_of_bounds_raises_bad_request() -> None:
    with FakeHubster() as fake:
        async with AsyncHubsterClient(token=fake.token, base_url=fake.base_url) as client:
            with pytest.raises(BadRequestError) as raised:
                await first_page_async(client.integrations.list(page_size=500))
    assert [d.code_name for d in raised.value.details] == ["PRT000206"]


# --- list_by_channel_type -----------------------------------------------------------------------


@pytest.mark.parametrize("answers", ["current", "seed"])
def test_list_by_channel_type_parses_each_integration_per_channel(answers: str) -> None:
    with FakeHubster(answers=answers) as fake, client_for(fake) as client:  # type: ignore[arg-type]
        hub_id = fake.add_hub()
        ids = create_four_channels(client, hub_id)
        more = fake.add_integrations(hub_id, 1, channel="Direct")

        directs = client.integrations.list_by_channel_type(hub_id, ChannelName.DIRECT)
        slacks = client.integrations.list_by_channel_type(hub_id, ChannelName.SLACK)
        none = client.integrations.list_by_channel_type(hub_id, ChannelName.WEBCHAT)

    paths = [r.raw_path for r in fake.requests if r.method == "GET"]
    assert paths == [
        f"/api/v1/integrations/hubs/{hub_id}/Direct",
        f"/api/v1/integrations/hubs/{hub_id}/Slack",
        f"/api/v1/integrations/hubs/{hub_id}/WebChat",
    ]
    assert [type(d) for d in directs] == [DirectIntegration, DirectIntegration]
    assert [d.integration_id for d in directs] == [ids[1], *more]
    assert directs[0].channel_id == "Direct"
    assert directs[0].integration_type_id is IntegrationTypeName.CUSTOMER
    assert directs[1].integration_type_id is IntegrationTypeName.AGENT
    assert [type(s) for s in slacks] == [SlackIntegration]
    assert slacks[0].configuration.team_id
    assert none == []


def test_list_by_channel_type_parses_the_docs_example() -> None:
    # 2_integration.rst:937-964: Direct configurations in PascalCase; the Agent one holds only Echo.
    hub_id = "00000000-0000-0000-0000-000000000000"
    path = f"/api/v1/integrations/hubs/{hub_id}/Direct"
    with ScriptedServer() as server:
        server.on("GET", path, Reply(200, docs("2_integration.rst:L937")))
        with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
            found = client.integrations.list_by_channel_type(hub_id, ChannelName.DIRECT)

    webhook, websocket = found
    assert isinstance(webhook, DirectIntegration) and isinstance(websocket, DirectIntegration)
    assert (
        webhook.configuration.webhook_url == "http://localhost:5100/v1/api/integration?customer=1"
    )
    assert webhook.configuration.echo is False
    assert webhook.configuration.welcome_message == GREETING
    assert webhook.configuration.public_signing_key == "6DF60E ..."
    assert websocket.configuration.echo is True
    assert websocket.integration_type_id is IntegrationTypeName.AGENT
    assert websocket.status_id is IntegrationStatus.ACTIVE
    assert [r.request_line for r in server.requests] == [f"GET {path} HTTP/1.1"]


def test_list_by_channel_type_reports_an_item_that_breaks_the_spec() -> None:
    hub_id = "hub"
    answer = [docs("2_integration.rst:L839"), {"channelId": "Direct"}]  # the second has no name
    with ScriptedServer() as server:
        server.on("GET", f"/api/v1/integrations/hubs/{hub_id}/Direct", Reply(200, answer))
        with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
            with pytest.raises(APIResponseValidationError):
                client.integrations.list_by_channel_type(hub_id, ChannelName.DIRECT)


def test_list_by_channel_type_of_an_unknown_hub_raises_not_found(fake: FakeHubster) -> None:
    # PRT000699 answers 404 (6_error_codes.rst:149-151).
    with client_for(fake) as client, pytest.raises(NotFoundError) as raised:
        client.integrations.list_by_channel_type("no-such-hub", ChannelName.DIRECT)
    assert raised.value.status_code == 404
    assert [d.code_name for d in raised.value.details] == ["PRT000699"]


def test_list_by_channel_type_of_an_unknown_hub_is_400_on_the_seeds_server(
    seed_fake: FakeHubster,
) -> None:
    with client_for(seed_fake) as client, pytest.raises(BadRequestError) as raised:
        client.integrations.list_by_channel_type("no-such-hub", ChannelName.DIRECT)
    assert [d.code_name for d in raised.value.details] == ["PRT000699"]


@pytest.mark.asyncio
async def test_async_list_by_channel_type_parses_per_channel() -> None:
    with FakeHubster(answers="seed") as fake:
        hub_id = fake.add_hub()
        ids = fake.add_integrations(hub_id, 2, channel="System")
        async with AsyncHubsterClient(token=fake.token, base_url=fake.base_url) as client:
            found = await client.integrations.list_by_channel_type(hub_id, ChannelName.SYSTEM)
            with pytest.raises(BadRequestError):
                await client.integrations.list_by_channel_type("nope", ChannelName.SYSTEM)

    assert [type(f) for f in found] == [SystemIntegration, SystemIntegration]
    assert [f.integration_id for f in found] == ids
    assert {f.channel_id for f in found} == {"System"}
    assert {f.integration_type_id for f in found} == {IntegrationTypeName.SYSTEM}


def list_requests(fake: FakeHubster) -> list[Any]:
    return [r for r in fake.requests if r.method == "GET" and r.path == "/api/v1/integrations"]


def test_list_pages_until_the_total(fake: FakeHubster) -> None:
    hub_id = fake.add_hub()
    ids = fake.add_integrations(hub_id, 23)
    with client_for(fake) as client:
        pager = client.integrations.list(hub_id=hub_id, page_size=10)
        assert list_requests(fake) == []  # nothing is sent before iterating
        listed = [integration.integration_id for integration in pager]
    assert sorted(listed) == sorted(ids) and len(listed) == 23
    assert [r.raw_path.split("?", 1)[1] for r in list_requests(fake)] == [
        f"hubId={hub_id}&pageSize=10&pageNumber={n}" for n in range(3)
    ]
    assert {r.headers["authorization"] for r in list_requests(fake)} == {f"Bearer {fake.token}"}


def test_list_stops_at_a_full_last_page_and_async_needs_no_await(fake: FakeHubster) -> None:
    hub_id = fake.add_hub()
    ids = fake.add_integrations(hub_id, 20)

    async def main() -> list[Any]:
        async with AsyncHubsterClient(token=fake.token, base_url=fake.base_url) as client:
            pager = client.integrations.list(hub_id=hub_id, page_size=10)
            assert isinstance(pager, AsyncPager)
            return [integration.integration_id async for integration in pager]

    assert sorted(asyncio.run(main())) == sorted(ids)
    assert len(list_requests(fake)) == 2  # (1 + 1) * 10 >= 20: no third request
