"""The client against the current Hubster docs, over real sockets, sync and async.

Sources: hubsterio/docs at e4a87dd (docs/api/portal/2_integration.rst, "2_integration.rst:N"
below; docs/api/6_error_codes.rst; docs/guide/2_webhooks.rst) and the vendor's SDK,
hubsterio/Hubster.Abstractions. The docs' JSON blocks are read from
tests/data/vendor_examples/hubster.json (tools/extract_vendor_examples.py). Behaviours:

- every documented answer of create, update and get parses to the class of its channel with
  every configuration key understood (PascalCase ``WebhookUrl``, ``Echo``, ``WelcomeMessage`` of
  Direct reads included);
- a System integration read for its signing keys, without ``integrationId``, ``hubId`` and
  ``statusId`` (2_webhooks.rst:37-53), parses;
- status 3001 is Canceled (scr/Hubster.Abstractions/Constants/ApplicationType.cs:64-68);
- a Slack create sends ``code`` with ``nonce`` (current docs) or ``state`` (the seed), as given;
- PRT000699 and PRT000799 raise ``NotFoundError`` (404, 6_error_codes.rst:149-160), and still
  ``BadRequestError`` from a server that answers them with 400 as the seed's page said.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hubster_client import (
    AsyncHubsterClient,
    BadRequestError,
    HubsterClient,
    NotFoundError,
)
from hubster_client.models import (
    ChannelCode,
    ChannelName,
    CreateDirectIntegration,
    CreateSlackIntegration,
    DirectCreateConfiguration,
    DirectIntegration,
    IntegrationStatus,
    IntegrationTypeName,
    Message,
    SlackCreateConfiguration,
    SlackIntegration,
    SystemIntegration,
    UpdateWebChatIntegration,
)
from hubster_client.testing import FakeHubster
from hubster_client.types import UNSET

from tests.support import Reply, ScriptedServer, vendor_blocks, vendor_example

BLOCKS = vendor_blocks("hubster")
INTEGRATION_ID = "99999999-8888-7777-6666-555555555555"
GET_PATH = f"/api/v1/integrations/{INTEGRATION_ID}"
GREETING = "Welcome to Hubster! How can we help you?"
CLASS_OF_CHANNEL = {
    "TwilioSMS": "TwilioSmsIntegration",
    "Messenger": "MessengerIntegration",
    "WebChat": "WebChatIntegration",
    "Direct": "DirectIntegration",
    "System": "SystemIntegration",
    "Slack": "SlackIntegration",
}
# Every answer of one integration the current docs show (create, update and get; the webhooks
# guide's read).
ANSWERS = [
    pytest.param(block["value"], id=block["id"])
    for block in BLOCKS
    if (block["place"] or {}).get("operation")
    in ("createIntegration", "updateIntegration", "getIntegration")
    and "response" in block["place"]
]


def get_over_socket(answer: Any) -> Any:
    with ScriptedServer() as server:
        server.on("GET", GET_PATH, Reply(200, copy.deepcopy(answer)))
        with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
            return client.integrations.get(INTEGRATION_ID)


def block(block_id: str) -> Any:
    return vendor_example("hubster", block_id)


@pytest.fixture
def fake() -> Iterator[FakeHubster]:
    with FakeHubster() as running:
        yield running


def test_there_are_documented_answers_to_read() -> None:
    assert len(ANSWERS) >= 16


@pytest.mark.parametrize("answer", ANSWERS)
def test_every_documented_answer_parses_to_its_channel_with_every_key_understood(
    answer: dict[str, Any],
) -> None:
    result = get_over_socket(answer)

    channel = answer["channelId"] if isinstance(answer["channelId"], str) else "TwilioSMS"
    assert type(result).__name__ == CLASS_OF_CHANNEL[channel]
    assert result.channel_id == channel
    assert isinstance(result.integration_type_id, IntegrationTypeName)
    # PascalCase keys (AccountSid, AppId, WebhookUrl, Echo, WelcomeMessage, BotName, ...) all
    # land in typed fields: nothing is left over as an unknown key.
    assert result.configuration.additional_properties == {}
    assert result.additional_properties == {}


def test_direct_reads_answer_pascal_case_webhook_echo_and_welcome_message() -> None:
    # 2_integration.rst:839-853.
    result = get_over_socket(block("2_integration.rst:L839"))

    assert isinstance(result, DirectIntegration)
    configuration = result.configuration
    assert configuration.webhook_url == "http://localhost:5100/v1/api/integration?customer=1"
    assert configuration.echo is False
    assert configuration.welcome_message == GREETING
    assert configuration.public_signing_key == "6DF60E ..."
    assert configuration.integration_type is UNSET
    assert result.integration_type_id is IntegrationTypeName.CUSTOMER


def test_the_fakes_direct_read_parses_the_same_way(fake: FakeHubster) -> None:
    hub_id = fake.add_hub()
    with HubsterClient(token=fake.token, base_url=fake.base_url, max_retries=0) as client:
        created = client.integrations.create(
            hub_id,
            CreateDirectIntegration(
                name="Direct Customer (Webhook)",
                configuration=DirectCreateConfiguration(
                    integration_type=IntegrationTypeName.CUSTOMER,
                    webhook_url="http://localhost:5100/v1/api/integration?customer=1",
                    start=[Message(type_="text", text=GREETING)],
                ),
            ),
        )
        read = client.integrations.get(created.integration_id)

    assert fake.requests[-1].raw_path == f"/api/v1/integrations/{created.integration_id}"
    assert isinstance(read, DirectIntegration)
    assert read.configuration.welcome_message == GREETING
    assert read.configuration.echo is False
    assert read.configuration.webhook_url == "http://localhost:5100/v1/api/integration?customer=1"
    assert read.configuration.private_signing_key == created.configuration.private_signing_key
    assert read.configuration.additional_properties == {}


# --- a System integration read for its signing keys ---------------------------------------------


def _assert_signing_keys_read(result: Any) -> None:
    assert isinstance(result, SystemIntegration)
    assert (result.integration_id, result.hub_id, result.status_id) == (UNSET, UNSET, UNSET)
    assert result.name == "My cool integration name."
    assert result.configuration.public_signing_key == "3EF951F619CD4F5E820C73622C0F1A3C"
    assert result.configuration.private_signing_key == "FA96D15568654A4482772E00BA941BCB"
    assert result.configuration.events == ["message"]
    assert "integrationId" not in result.to_dict()


def test_a_system_integration_read_without_ids_parses() -> None:
    _assert_signing_keys_read(get_over_socket(block("2_webhooks.rst:L41")))


@pytest.mark.asyncio
async def test_async_a_system_integration_read_without_ids_parses() -> None:
    with ScriptedServer() as server:
        server.on("GET", GET_PATH, Reply(200, block("2_webhooks.rst:L41")))
        async with AsyncHubsterClient(token="t0ken-value", base_url=server.url) as client:
            result = await client.integrations.get(INTEGRATION_ID)
    _assert_signing_keys_read(result)


# --- enums: names, numbers, Canceled -------------------------------------------------------------


def test_status_3001_is_canceled() -> None:
    answer = block("2_integration.rst:L882") | {"statusId": 3001}

    result = get_over_socket(answer)

    assert isinstance(result, SlackIntegration)
    assert result.status_id is IntegrationStatus.CANCELED
    assert [(s.name, s.value) for s in IntegrationStatus] == [
        ("ACTIVE", 3000),
        ("CANCELED", 3001),
        ("PAUSED", 3002),
    ]


def test_channel_and_integration_type_enums_name_every_documented_value() -> None:
    # hubsterio/Hubster.Abstractions, Hubster.Abstractions/Enums/ChannelType.cs:8-25.
    assert {c.name: c.value for c in ChannelCode} == {
        "HUBSTER": 0,
        "DIRECT": 1,
        "BOT": 2,
        "SYSTEM": 3,
        "MESSENGER": 101,
        "TWILIO_SMS": 102,
        "LINE": 103,
        "TELEGRAM": 104,
        "KIK": 105,
        "WEB_CHAT": 106,
        "SLACK": 1001,
    }
    assert {c.value for c in ChannelName} == {
        "Hubster",
        "Direct",
        "Bot",
        "System",
        "Messenger",
        "TwilioSMS",
        "Line",
        "Telegram",
        "Kik",
        "WebChat",
        "Slack",
    }
    # hubsterio/Hubster.Abstractions, Hubster.Abstractions/Enums/IntegrationType.cs:12-17.
    assert {t.value for t in IntegrationTypeName} == {
        "None",
        "Hubster",
        "Customer",
        "Agent",
        "Bot",
        "System",
    }


@pytest.mark.parametrize(
    ("channel_id", "type_id", "cls"),
    [(102, 2, "TwilioSmsIntegration"), ("TwilioSMS", "Customer", "TwilioSmsIntegration")],
    ids=["seed-numbers", "current-names"],
)
def test_numbers_and_names_both_parse_to_names(
    channel_id: object, type_id: object, cls: str
) -> None:
    answer = block("2_integration.rst:L769") | {
        "channelId": channel_id,
        "integrationTypeId": type_id,
    }

    result = get_over_socket(answer)

    assert type(result).__name__ == cls
    assert result.channel_id == "TwilioSMS"
    assert result.integration_type_id is IntegrationTypeName.CUSTOMER
    assert result.to_dict()["integrationTypeId"] == "Customer"


# --- Slack: code with nonce or state, as given ---------------------------------------------------


@pytest.mark.parametrize("second", ["nonce", "state"])
def test_slack_create_sends_nonce_or_state_as_given(fake: FakeHubster, second: str) -> None:
    # 2_integration.rst:369-388 (code, nonce); seed 003 lines 354-375 (code, state).
    configuration = SlackCreateConfiguration(code="c0de", **{second: "mo5w10t.mlh97uxh"})
    hub_id = fake.add_hub()
    with HubsterClient(token=fake.token, base_url=fake.base_url, max_retries=0) as client:
        created = client.integrations.create(
            hub_id, CreateSlackIntegration(name="Slack", configuration=configuration)
        )

    (request,) = fake.requests
    assert request.json() == {
        "channelId": "Slack",
        "name": "Slack",
        "configuration": {"code": "c0de", second: "mo5w10t.mlh97uxh"},
    }
    assert isinstance(created, SlackIntegration)
    assert "mo5w10t" not in repr(configuration)  # a secret, like the code


@pytest.mark.asyncio
async def test_async_slack_create_sends_nonce() -> None:
    with FakeHubster() as fake:
        hub_id = fake.add_hub()
        async with AsyncHubsterClient(token=fake.token, base_url=fake.base_url) as client:
            created = await client.integrations.create(
                hub_id,
                CreateSlackIntegration(
                    name="Slack", configuration=SlackCreateConfiguration(code="c", nonce="n")
                ),
            )
    assert fake.requests[0].json()["configuration"] == {"code": "c", "nonce": "n"}
    assert isinstance(created, SlackIntegration)


# --- PRT000699 / PRT000799: 404 now, 400 on the seed's server ------------------------------------


def _not_found_calls() -> list[tuple[str, Callable[[Any], Any], str]]:
    return [
        (
            "create",
            lambda c: c.integrations.create(
                "no-such-hub",
                CreateSlackIntegration(
                    name="n", configuration=SlackCreateConfiguration(code="c", nonce="n")
                ),
            ),
            "PRT000699",
        ),
        (
            "update",
            lambda c: c.integrations.update("no-such-id", UpdateWebChatIntegration(name="n")),
            "PRT000799",
        ),
        ("get", lambda c: c.integrations.get("no-such-id"), "PRT000799"),
        (
            "list_by_channel_type",
            lambda c: c.integrations.list_by_channel_type("no-such-hub", ChannelName.SLACK),
            "PRT000699",
        ),
    ]


NOT_FOUND = [pytest.param(call, code, id=name) for name, call, code in _not_found_calls()]


@pytest.mark.parametrize(("call", "code"), NOT_FOUND)
def test_not_found_codes_raise_not_found_error(
    fake: FakeHubster, call: Callable[[Any], Any], code: str
) -> None:
    with HubsterClient(token=fake.token, base_url=fake.base_url, max_retries=0) as client:
        with pytest.raises(NotFoundError) as raised:
            call(client)
    assert raised.value.status_code == 404
    assert [d.code_name for d in raised.value.details] == [code]
    assert code in str(raised.value)


@pytest.mark.parametrize(("call", "code"), NOT_FOUND)
def test_not_found_codes_on_400_still_raise_bad_request(
    call: Callable[[Any], Any], code: str
) -> None:
    with FakeHubster(answers="seed") as fake:
        with HubsterClient(token=fake.token, base_url=fake.base_url, max_retries=0) as client:
            with pytest.raises(BadRequestError) as raised:
                call(client)
    assert raised.value.status_code == 400
    assert [d.code_name for d in raised.value.details] == [code]


@pytest.mark.asyncio
async def test_async_not_found_codes_raise_not_found_error() -> None:
    with FakeHubster() as fake:
        async with AsyncHubsterClient(token=fake.token, base_url=fake.base_url) as client:
            with pytest.raises(NotFoundError) as raised:
                await client.integrations.get("no-such-id")
    assert [d.code_name for d in raised.value.details] == ["PRT000799"]
