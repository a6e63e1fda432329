"""Hubster quirks 2, 3 and 8 (Hubster part), proven over a real socket.

Quirk 2: an integration parses to the class of its channel, picked by ``channelId`` as a name or
a numeric code, with camelCase or PascalCase configuration keys (``AcccountSid`` too); unknown
channels keep every field; requests are typed per channel. Quirk 3: create and update share
``POST /api/v1/integrations/hubs/{id}``; update sends only the fields given and offers no
configuration for TwilioSMS, Messenger and Slack. Quirk 8: an unknown ``statusId`` is kept.

The answers are the seed's own examples (seed 003), read from tests/data/seed_examples.json.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hubster_client import (
    CHANNEL_CODES,
    INTEGRATION_TYPE_CODES,
    APIResponseValidationError,
    AsyncHubsterClient,
    HubsterClient,
    UnknownIntegration,
    normalise_integration,
    parse_integration,
)
from hubster_client._client import AsyncIntegrations, Integrations
from hubster_client.models import (
    CreateDirectIntegration,
    CreateMessengerIntegration,
    CreateSlackIntegration,
    CreateSystemIntegration,
    CreateTwilioSmsIntegration,
    CreateWebChatIntegration,
    DirectCreateConfiguration,
    DirectIntegration,
    DirectUpdateConfiguration,
    IntegrationStatus,
    IntegrationTypeCode,
    IntegrationTypeName,
    MessengerCreateConfiguration,
    MessengerIntegration,
    SlackCreateConfiguration,
    SlackIntegration,
    SystemCreateConfiguration,
    SystemIntegration,
    TwilioSmsCapabilities,
    TwilioSmsCreateConfiguration,
    TwilioSmsIntegration,
    UpdateDirectIntegration,
    UpdateMessengerIntegration,
    UpdateSlackIntegration,
    UpdateSystemIntegration,
    UpdateTwilioSmsIntegration,
    UpdateWebChatIntegration,
    WebChatCreateConfiguration,
    WebChatIntegration,
)

from tests.support import Reply, ScriptedServer, seed_example

ROOT = Path(__file__).resolve().parents[2]

HUB_ID = "11111111-2222-3333-4444-555555555555"
INTEGRATION_ID = "99999999-8888-7777-6666-555555555555"
GET_PATH = f"/api/v1/integrations/{INTEGRATION_ID}"


def seed(block_id: str) -> dict[str, Any]:
    assert block_id.startswith("003:"), "the Hubster page is seed 003"
    found: dict[str, Any] = seed_example(block_id)
    return found


def get_over_socket(server: ScriptedServer, answer: dict[str, Any]) -> Any:
    server.on("GET", GET_PATH, Reply(200, answer))
    with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
        result = client.integrations.get(INTEGRATION_ID)
    assert [r.request_line for r in server.requests] == [f"GET {GET_PATH} HTTP/1.1"]
    return result


# --- quirk 2: one class per channel, chosen by channelId ---------------------------------------


def test_the_documented_get_answer_parses_to_a_twilio_sms_integration(
    server: ScriptedServer,
) -> None:
    # Seed 003 lines 679-698: channelId 102, integrationTypeId 2, PascalCase keys, AcccountSid.
    answer = seed("003:L679")
    assert answer["channelId"] == 102 and "AcccountSid" in answer["configuration"]

    result = get_over_socket(server, answer)

    assert isinstance(result, TwilioSmsIntegration)
    assert result.channel_id == "TwilioSMS"
    # 2 is Customer: hubsterio/Hubster.Abstractions, Hubster.Abstractions/Enums/
    # IntegrationType.cs:14.
    assert result.integration_type_id is IntegrationTypeName.CUSTOMER
    assert result.inbound_id == "AC1fc1c1722444b0..."
    configuration = result.configuration
    assert configuration.account_sid == "AC1fc1c172244..."
    assert configuration.auth_token == "cb8c5367c3c458..."
    assert configuration.number_sid == "PN667435536f4d..."
    assert configuration.phone_number == "+1647..."
    capabilities = configuration.capabilities
    assert isinstance(capabilities, TwilioSmsCapabilities)
    assert (capabilities.mms, capabilities.sms, capabilities.voice) == (True, True, True)
    # Everything was understood: nothing is left over as an unknown key.
    assert configuration.additional_properties == {}
    assert result.to_dict()["channelId"] == "TwilioSMS"
    assert result.to_dict()["integrationTypeId"] == "Customer"


def _twilio(result: Any) -> object:
    return result.configuration.account_sid


def _messenger(result: Any) -> object:
    return (result.configuration.app_id, result.configuration.page_access_token)


def _webchat(result: Any) -> object:
    configuration = result.configuration
    return (configuration.allowed_origins, configuration.echo, configuration.start[0].text)


def _direct(result: Any) -> object:
    return (result.configuration.integration_type, result.configuration.private_signing_key)


def _system(result: Any) -> object:
    return (result.configuration.events, result.configuration.webhook_url)


def _slack(result: Any) -> object:
    return (result.configuration.team_id, result.configuration.bot_access_token)


GREETING = "Welcome to Hubster! How can we help you?"
CHANNELS: list[tuple[str, str, type[Any], Callable[[Any], object], object]] = [
    # (channel, seed block of its create answer, class, what to read, what it must be)
    ("TwilioSMS", "003:L132", TwilioSmsIntegration, _twilio, "AC1fc1c1722444b0c6313d3da98..."),
    ("Messenger", "003:L176", MessengerIntegration, _messenger, ("35360465938...", "EAAFBm...")),
    # The WebChat answer spells AllowedOrigins, Echo and Start in PascalCase (lines 225-245).
    (
        "WebChat",
        "003:L225",
        WebChatIntegration,
        _webchat,
        (["localhost", "hubster.io"], True, GREETING),
    ),
    ("Direct", "003:L283", DirectIntegration, _direct, ("Agent", "E0A42 ...")),
    (
        "System",
        "003:L335",
        SystemIntegration,
        _system,
        (["message:customer", "message:agent", "message:bot"], "https://url_end_point.com"),
    ),
    ("Slack", "003:L381", SlackIntegration, _slack, ("T5P19488N", "xoxb-193043142226-...")),
]


@pytest.mark.parametrize("by", ["name", "code"])
@pytest.mark.parametrize(
    ("channel", "block", "cls", "read", "expected"), CHANNELS, ids=[c[0] for c in CHANNELS]
)
def test_each_channel_parses_by_name_and_by_code(
    server: ScriptedServer,
    channel: str,
    block: str,
    cls: type[Any],
    read: Callable[[Any], object],
    expected: object,
    by: str,
) -> None:
    answer = seed(block)
    assert answer["channelId"] == channel
    if by == "code":
        answer["channelId"] = CHANNEL_CODES[channel]

    result = get_over_socket(server, answer)

    assert type(result) is cls
    assert result.channel_id == channel
    assert read(result) == expected


@pytest.mark.parametrize(
    ("channel", "block", "read", "expected"),
    [
        # The GET section's per-channel examples (seed 003 lines 730-742, 748-752, 847-854).
        ("TwilioSMS", "003:L730", _twilio, "AC1fc1c172244..."),
        ("Messenger", "003:L748", lambda r: r.configuration.page_access_token, "EAAeZ ..."),
        (
            "Slack",
            "003:L847",
            lambda r: (
                r.configuration.bot_access_token,
                r.configuration.app_access_token,
                r.configuration.default_public_channel,
                r.configuration.team_id,
            ),
            ("xoxb...", "xoxp...", "general", "T5P19466N"),
        ),
    ],
)
def test_pascal_case_configurations_of_the_get_examples_are_read(
    server: ScriptedServer,
    channel: str,
    block: str,
    read: Callable[[Any], object],
    expected: object,
) -> None:
    answer = seed("003:L679")  # the common fields of the documented GET answer
    answer["channelId"] = CHANNEL_CODES[channel]
    answer["configuration"] = seed(block)["configuration"]

    result = get_over_socket(server, answer)

    assert result.channel_id == channel
    assert read(result) == expected
    assert result.configuration.additional_properties == {}


@pytest.mark.parametrize(
    ("channel_id", "expected_channel"), [("WhatsApp", "WhatsApp"), (107, 107), (103, "Line")]
)
def test_an_unknown_channel_parses_to_unknown_integration_keeping_every_field(
    server: ScriptedServer, channel_id: object, expected_channel: object
) -> None:
    answer = seed("003:L679")
    answer["channelId"] = channel_id
    answer["configuration"]["BusinessAccountId"] = {"Nested": [1, {"Deep": True}]}
    answer["somethingNew"] = {"keep": "me"}

    result = get_over_socket(server, answer)

    assert isinstance(result, UnknownIntegration)
    assert result.channel_id == expected_channel
    assert result.to_dict() == answer
    assert result.raw == answer
    assert result.name == "Twilio Test Number: 1647..."
    assert result.status_id == IntegrationStatus.ACTIVE
    assert result.integration_type_id is IntegrationTypeName.CUSTOMER  # 2, by name
    assert result.configuration == answer["configuration"]


# Integration type codes: hubsterio/Hubster.Abstractions, Hubster.Abstractions/Enums/
# IntegrationType.cs:12-17. The seed's GET answers 2; the current docs answer names.
@pytest.mark.parametrize(
    ("wire", "expected", "sent_back"),
    [
        (2, IntegrationTypeName.CUSTOMER, "Customer"),
        (3, IntegrationTypeName.AGENT, "Agent"),
        (0, IntegrationTypeName.NONE, "None"),
        ("Agent", IntegrationTypeName.AGENT, "Agent"),
        (9, IntegrationTypeCode(9), 9),  # an unknown code is kept as a number
        ("Robot", IntegrationTypeName("Robot"), "Robot"),  # an unknown name is kept
    ],
    ids=["2", "3", "0", "name", "unknown-code", "unknown-name"],
)
def test_integration_type_id_may_be_a_name_or_a_number_and_is_exposed_by_name(
    server: ScriptedServer, wire: object, expected: object, sent_back: object
) -> None:
    answer = seed("003:L381")
    answer["integrationTypeId"] = wire

    result = get_over_socket(server, answer)

    assert isinstance(result, SlackIntegration)
    assert result.integration_type_id == expected
    assert type(result.integration_type_id) is type(expected)
    assert result.to_dict()["integrationTypeId"] == sent_back


def test_a_known_channel_missing_a_required_field_is_reported_not_retried_as_another_variant(
    server: ScriptedServer,
) -> None:
    # Trying variants in order would fall through to the last variant and blame its channelId.
    answer = seed("003:L176")
    del answer["name"]
    server.on("GET", GET_PATH, Reply(200, answer))
    with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
        with pytest.raises(APIResponseValidationError) as caught:
            client.integrations.get(INTEGRATION_ID)
    assert "'name' is missing" in str(caught.value)


def test_normalising_keeps_unknown_keys_and_leaves_its_input_alone() -> None:
    answer = seed("003:L679")
    answer["configuration"]["AuthToken"] = "pascal-token"
    answer["configuration"]["authToken"] = "camel-token"  # both spellings: camelCase wins
    answer["configuration"]["BrandNewSetting"] = 5
    before = copy.deepcopy(answer)

    normalised = normalise_integration(answer)
    result = parse_integration(answer)

    assert answer == before
    assert normalised["channelId"] == "TwilioSMS"
    assert isinstance(result, TwilioSmsIntegration)
    assert result.configuration.auth_token == "camel-token"
    assert result.configuration.additional_properties == {
        "AuthToken": "pascal-token",
        "BrandNewSetting": 5,
    }


def test_the_public_channel_table_is_the_documented_one() -> None:
    # hubsterio/docs, docs/api/5_types.rst:21-71; Hubster 0 from hubsterio/Hubster.Abstractions,
    # Hubster.Abstractions/Enums/ChannelType.cs:8-25.
    assert dict(CHANNEL_CODES) == {
        "Hubster": 0,
        "Direct": 1,
        "Bot": 2,
        "System": 3,
        "Messenger": 101,
        "TwilioSMS": 102,
        "Line": 103,
        "Telegram": 104,
        "Kik": 105,
        "WebChat": 106,
        "Slack": 1001,
    }


def test_the_public_integration_type_table_is_the_sdks() -> None:
    # hubsterio/Hubster.Abstractions, Hubster.Abstractions/Enums/IntegrationType.cs:12-17.
    assert dict(INTEGRATION_TYPE_CODES) == {
        "None": 0,
        "Hubster": 1,
        "Customer": 2,
        "Agent": 3,
        "Bot": 4,
        "System": 5,
    }
    assert {member.name: member.value for member in IntegrationTypeCode} == {
        name.upper(): code for name, code in INTEGRATION_TYPE_CODES.items()
    }


@pytest.mark.asyncio
async def test_async_get_parses_by_code_and_keeps_unknown_channels() -> None:
    with ScriptedServer() as server:
        unknown = seed("003:L679") | {"channelId": "WhatsApp"}
        server.on("GET", GET_PATH, Reply(200, seed("003:L679")), Reply(200, unknown))
        async with AsyncHubsterClient(token="t0ken-value", base_url=server.url) as client:
            first = await client.integrations.get(INTEGRATION_ID)
            second = await client.integrations.get(INTEGRATION_ID)
    assert isinstance(first, TwilioSmsIntegration)
    assert first.channel_id == "TwilioSMS"
    assert first.configuration.account_sid == "AC1fc1c172244..."
    assert isinstance(second, UnknownIntegration)
    assert second.to_dict() == unknown


# --- quirk 2: typed requests --------------------------------------------------------------------


def test_create_sends_the_typed_body_to_the_hub_path(server: ScriptedServer) -> None:
    # Seed 003 lines 62-71 (request) and 132-150 (answer).
    server.on("POST", f"/api/v1/integrations/hubs/{HUB_ID}", Reply(200, seed("003:L132")))
    body = CreateTwilioSmsIntegration(
        name="My cool integration name.",
        status_id=IntegrationStatus.ACTIVE,
        configuration=TwilioSmsCreateConfiguration(
            auth_token="cb8c5367c3c4586ecb589e25570...",
            account_sid="AC1fc1c1722444b0c6313d3ae988b...",
            number_sid="PN667435536f4d1cefdf054abf99...",
        ),
    )
    with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
        result = client.integrations.create(HUB_ID, body)

    (request,) = server.requests
    assert request.request_line == f"POST /api/v1/integrations/hubs/{HUB_ID} HTTP/1.1"
    assert request.headers["content-type"] == "application/json"
    assert request.json() == seed("003:L62")
    assert isinstance(result, TwilioSmsIntegration)
    assert result.configuration.phone_number == "+16476960000"


@pytest.mark.parametrize(
    ("body", "channel"),
    [
        (
            CreateTwilioSmsIntegration(
                name="n",
                configuration=TwilioSmsCreateConfiguration(
                    auth_token="a", account_sid="b", number_sid="c"
                ),
            ),
            "TwilioSMS",
        ),
        (
            CreateMessengerIntegration(
                name="n", configuration=MessengerCreateConfiguration(page_access_token="p")
            ),
            "Messenger",
        ),
        (
            CreateWebChatIntegration(
                name="n", configuration=WebChatCreateConfiguration(allowed_origins=["x"])
            ),
            "WebChat",
        ),
        (
            CreateDirectIntegration(
                name="n",
                configuration=DirectCreateConfiguration(integration_type=IntegrationTypeName.AGENT),
            ),
            "Direct",
        ),
        (
            CreateSystemIntegration(
                name="n",
                configuration=SystemCreateConfiguration(webhook_url="https://x", events=["e"]),
            ),
            "System",
        ),
        (
            CreateSlackIntegration(
                name="n", configuration=SlackCreateConfiguration(code="c", state="s")
            ),
            "Slack",
        ),
    ],
    ids=["TwilioSMS", "Messenger", "WebChat", "Direct", "System", "Slack"],
)
def test_every_create_variant_defaults_its_channel_id(body: Any, channel: str) -> None:
    assert body.channel_id == channel
    assert body.to_dict()["channelId"] == channel


MYPY_BAD = """\
from hubster_client.models import (
    CreateTwilioSmsIntegration,
    UpdateTwilioSmsIntegration,
    WebChatCreateConfiguration,
)

web_chat = WebChatCreateConfiguration(allowed_origins=["localhost"])
CreateTwilioSmsIntegration(name="n", configuration=web_chat)
UpdateTwilioSmsIntegration(name="n", configuration=web_chat)
"""

MYPY_GOOD = """\
from typing import Literal, assert_type

from hubster_client import HubsterClient, Integration
from hubster_client.models import (
    CreateTwilioSmsIntegration,
    TwilioSmsCreateConfiguration,
    TwilioSmsIntegration,
    UpdateWebChatIntegration,
    WebChatUpdateConfiguration,
)


def use(client: HubsterClient) -> None:
    body = CreateTwilioSmsIntegration(
        name="n",
        configuration=TwilioSmsCreateConfiguration(
            auth_token="a", account_sid="b", number_sid="c"
        ),
    )
    created = client.integrations.create("hub", body)
    assert_type(created, Integration)
    if isinstance(created, TwilioSmsIntegration):
        assert_type(created.channel_id, Literal["TwilioSMS"])
    client.integrations.update(
        "id",
        UpdateWebChatIntegration(configuration=WebChatUpdateConfiguration(allowed_origins=["x"])),
    )
"""


def test_requests_and_results_are_typed_per_channel_for_mypy(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text(MYPY_BAD)
    (tmp_path / "good.py").write_text(MYPY_GOOD)
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated" / "hubster-client")}
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "cache"),
            "bad.py",
            "good.py",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in completed.stdout.splitlines() if ": error:" in line]
    # A WebChat configuration for a TwilioSMS create, and any configuration for a TwilioSMS
    # update, are type errors; the correct snippet has none.
    assert [line.split(": error:")[0] for line in errors] == ["bad.py:8", "bad.py:9"], (
        completed.stdout + completed.stderr
    )
    assert (
        'Argument "configuration" to "CreateTwilioSmsIntegration" has incompatible type '
        '"WebChatCreateConfiguration"; expected "TwilioSmsCreateConfiguration"'
    ) in errors[0]
    assert 'Unexpected keyword argument "configuration"' in errors[1]


# --- quirk 3: create and update on one path template ------------------------------------------


def test_update_posts_only_the_given_fields_to_the_same_path_template(
    server: ScriptedServer,
) -> None:
    path = f"/api/v1/integrations/hubs/{INTEGRATION_ID}"
    server.on("POST", path, Reply(200, seed("003:L577")))
    with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
        paused = client.integrations.update(
            INTEGRATION_ID, UpdateDirectIntegration(status_id=IntegrationStatus.PAUSED)
        )
        # Seed 003 lines 445-452 (with the configuration keys in camelCase).
        client.integrations.update(
            INTEGRATION_ID,
            UpdateDirectIntegration(
                name="Direct",
                status_id=IntegrationStatus.PAUSED,
                configuration=DirectUpdateConfiguration(
                    echo=True, webhook_url="http://hubster.io/v1/api/integration?customer=1"
                ),
            ),
        )
        client.integrations.update(INTEGRATION_ID, UpdateTwilioSmsIntegration(name="Renamed"))

    assert [r.request_line for r in server.requests] == [f"POST {path} HTTP/1.1"] * 3
    assert [r.json() for r in server.requests] == [
        {"statusId": 3002},
        {
            "name": "Direct",
            "statusId": 3002,
            "configuration": {
                "echo": True,
                "webhookUrl": "http://hubster.io/v1/api/integration?customer=1",
            },
        },
        {"name": "Renamed"},
    ]
    assert isinstance(paused, DirectIntegration)


def test_create_and_update_are_both_posts_to_hubs_slash_id(server: ScriptedServer) -> None:
    same_id = "abc"
    server.on("POST", f"/api/v1/integrations/hubs/{same_id}", Reply(200, seed("003:L509")))
    with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
        client.integrations.create(
            same_id,
            CreateWebChatIntegration(
                name="Webchat", configuration=WebChatCreateConfiguration(allowed_origins=["x"])
            ),
        )
        client.integrations.update(same_id, UpdateWebChatIntegration(name="Webchat"))
    lines = [r.request_line for r in server.requests]
    assert lines == [f"POST /api/v1/integrations/hubs/{same_id} HTTP/1.1"] * 2
    # Only the body tells them apart: create names the channel, update never does.
    assert [r.json().get("channelId") for r in server.requests] == ["WebChat", None]


@pytest.mark.parametrize(
    "cls", [UpdateTwilioSmsIntegration, UpdateMessengerIntegration, UpdateSlackIntegration]
)
def test_updates_of_twilio_messenger_and_slack_offer_no_configuration(cls: type) -> None:
    assert [field.name for field in attrs.fields(cls)] == [
        "name",
        "status_id",
        "additional_properties",
    ]
    with pytest.raises(TypeError):
        cls(name="n", configuration={"authToken": "x"})


@pytest.mark.parametrize(
    "cls", [UpdateWebChatIntegration, UpdateDirectIntegration, UpdateSystemIntegration]
)
def test_updates_of_the_other_channels_take_their_configuration(cls: type) -> None:
    assert "configuration" in [field.name for field in attrs.fields(cls)]


@pytest.mark.parametrize("resource", [Integrations, AsyncIntegrations])
def test_the_update_docstring_says_to_delete_and_recreate(resource: type[Any]) -> None:
    doc = " ".join((resource.update.__doc__ or "").split())
    assert "TwilioSMS, Messenger and Slack configurations cannot be updated" in doc
    assert "delete the integration and create it again" in doc


@pytest.mark.asyncio
async def test_async_create_and_update_share_the_path_and_send_only_given_fields() -> None:
    with ScriptedServer() as server:
        server.on("POST", f"/api/v1/integrations/hubs/{HUB_ID}", Reply(200, seed("003:L381")))
        async with AsyncHubsterClient(token="t0ken-value", base_url=server.url) as client:
            created = await client.integrations.create(
                HUB_ID,
                CreateSlackIntegration(
                    name="n", configuration=SlackCreateConfiguration(code="c0de", state="st4te")
                ),
            )
            updated = await client.integrations.update(
                HUB_ID, UpdateSlackIntegration(status_id=IntegrationStatus.PAUSED)
            )
    assert [r.request_line for r in server.requests] == [
        f"POST /api/v1/integrations/hubs/{HUB_ID} HTTP/1.1"
    ] * 2
    assert server.requests[0].json() == {
        "channelId": "Slack",
        "name": "n",
        "configuration": {"code": "c0de", "state": "st4te"},
    }
    assert server.requests[1].json() == {"statusId": 3002}
    assert isinstance(created, SlackIntegration) and isinstance(updated, SlackIntegration)


# --- quirk 8 (Hubster part): unknown enum values are kept -----------------------------------------


# 3001 is Canceled (scr/Hubster.Abstractions/Constants/ApplicationType.cs:64-68), so 3003 is
# the unknown status here.
@pytest.mark.parametrize("channel_id", ["Direct", 1, "WhatsApp"])
def test_an_unknown_status_id_is_kept(server: ScriptedServer, channel_id: object) -> None:
    answer = seed("003:L283") | {"statusId": 3003, "channelId": channel_id}

    result = get_over_socket(server, answer)

    assert isinstance(result, DirectIntegration | UnknownIntegration)
    assert isinstance(result.status_id, IntegrationStatus)
    assert result.status_id == 3003
    assert result.status_id.name == "UNKNOWN_3003"
    assert result.to_dict()["statusId"] == 3003


@pytest.mark.asyncio
async def test_async_an_unknown_status_id_is_kept() -> None:
    with ScriptedServer() as server:
        server.on("GET", GET_PATH, Reply(200, seed("003:L335") | {"statusId": 3003}))
        async with AsyncHubsterClient(token="t0ken-value", base_url=server.url) as client:
            result = await client.integrations.get(INTEGRATION_ID)
    assert isinstance(result, SystemIntegration)
    assert result.status_id == 3003


# --- secrets stay out of repr() ------------------------------------------------------------------

SECRETS = {
    "authToken": "S3CRET-auth-token",
    "pageAccessToken": "S3CRET-page-access",
    "privateSigningKey": "S3CRET-private-key",
    "botAccessToken": "S3CRET-bot-access",
    "appAccessToken": "S3CRET-app-access",
    "code": "S3CRET-slack-code",
    "state": "S3CRET-slack-state",
}


def _answers_with_secrets() -> list[dict[str, Any]]:
    twilio = seed("003:L132")
    twilio["configuration"]["authToken"] = SECRETS["authToken"]
    twilio_get = seed("003:L679")
    twilio_get["configuration"]["AuthToken"] = SECRETS["authToken"]
    messenger = seed("003:L176")
    messenger["configuration"]["pageAccessToken"] = SECRETS["pageAccessToken"]
    messenger_get = seed("003:L679") | {"channelId": 101}
    messenger_get["configuration"] = {"PageAccessToken": SECRETS["pageAccessToken"]}
    direct = seed("003:L283")
    direct["configuration"]["privateSigningKey"] = SECRETS["privateSigningKey"]
    system = seed("003:L335")
    system["configuration"]["privateSigningKey"] = SECRETS["privateSigningKey"]
    slack = seed("003:L381")
    slack["configuration"]["botAccessToken"] = SECRETS["botAccessToken"]
    slack["configuration"]["appAccessToken"] = SECRETS["appAccessToken"]
    slack_get = seed("003:L679") | {"channelId": 1001}
    slack_get["configuration"] = {
        "BotAccessToken": SECRETS["botAccessToken"],
        "AppAccessToken": SECRETS["appAccessToken"],
    }
    unknown = seed("003:L679") | {"channelId": "WhatsApp"}
    unknown["configuration"] = {
        "AuthToken": SECRETS["authToken"],
        "code": SECRETS["code"],
        "state": SECRETS["state"],
    }
    return [twilio, twilio_get, messenger, messenger_get, direct, system, slack, slack_get, unknown]


def test_secrets_of_parsed_integrations_never_appear_in_repr(server: ScriptedServer) -> None:
    answers = _answers_with_secrets()
    server.on("GET", GET_PATH, *[Reply(200, answer) for answer in answers])
    with HubsterClient(token="t0ken-value", base_url=server.url, max_retries=0) as client:
        results = [client.integrations.get(INTEGRATION_ID) for _ in answers]
    for answer, result in zip(answers, results, strict=True):
        text = repr(result)
        leaked = [name for name, secret in SECRETS.items() if secret in text]
        assert leaked == [], f"{type(result).__name__} repr shows {leaked}: {text}"
        assert "***" in text
        # Redaction is for display only: every secret stays readable in the data.
        sent = [secret for secret in SECRETS.values() if secret in json.dumps(answer)]
        assert sent and all(secret in json.dumps(result.to_dict()) for secret in sent)


def test_secrets_of_requests_never_appear_in_repr() -> None:
    bodies: list[Any] = [
        CreateTwilioSmsIntegration(
            name="n",
            configuration=TwilioSmsCreateConfiguration(
                auth_token=SECRETS["authToken"], account_sid="AC", number_sid="PN"
            ),
        ),
        CreateMessengerIntegration(
            name="n",
            configuration=MessengerCreateConfiguration(
                page_access_token=SECRETS["pageAccessToken"]
            ),
        ),
        CreateSlackIntegration(
            name="n",
            configuration=SlackCreateConfiguration(code=SECRETS["code"], state=SECRETS["state"]),
        ),
    ]
    for body in bodies:
        text = repr(body)
        assert [name for name, secret in SECRETS.items() if secret in text] == [], text
    assert bodies[2].configuration.code == SECRETS["code"]
    assert bodies[2].to_dict()["configuration"] == {
        "code": SECRETS["code"],
        "state": SECRETS["state"],
    }
