"""FakeHubster over real sockets: its five operations, their documented errors and quirks.

Raw httpx and JSON assertions; every answer is checked against specs/hubster.yaml
(``spec_client``). ``FakeHubster()`` answers as the current docs do (hubsterio/docs at e4a87dd,
docs/api/portal/2_integration.rst, "2_integration.rst:N" below), ``FakeHubster(answers="seed")``
as the seed's older page did (seed 003).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hubster_client.testing import FakeHubster

from . import spec_client

SIGNING_KEY = re.compile(r"[0-9A-F]{32}")
TWILIO = {
    "channelId": "TwilioSMS",
    "name": "My cool integration name.",
    "statusId": 3000,
    "configuration": {
        "authToken": "cb8c5367c3c4586ecb589e25570...",
        "accountSid": "AC1fc1c1722444b0c6313d3ae988b...",
        "numberSid": "PN667435536f4d1cefdf054abf99...",
    },
}
CREATE_BODIES: dict[str, dict[str, Any]] = {
    "TwilioSMS": TWILIO,
    "Messenger": {
        "channelId": "Messenger",
        "name": "m",
        "configuration": {"pageAccessToken": "EAAF"},
    },
    "WebChat": {
        "channelId": "WebChat",
        "name": "Webchat",
        "configuration": {
            "allowedOrigins": ["localhost", "hubster.io"],
            "start": [{"type": "text", "text": "Welcome to Hubster! How can we help you?"}],
        },
    },
    "Direct": {
        "channelId": "Direct",
        "name": "d",
        "configuration": {
            "integrationType": "Agent",
            "echo": True,
            "webhookUrl": "https://url_end_point.com",
        },
    },
    "System": {
        "channelId": "System",
        "name": "s",
        "configuration": {
            "webhookUrl": "https://url_end_point.com",
            "events": ["message:customer", "message:agent", "message:bot"],
        },
    },
    "Slack": {
        "channelId": "Slack",
        "name": "sl",
        "configuration": {"code": "EAAF", "state": "1:x"},
    },
}


@pytest.fixture
def fake() -> Iterator[FakeHubster]:
    with FakeHubster() as running:
        yield running


@pytest.fixture
def client(fake: FakeHubster) -> Iterator[httpx.Client]:
    with spec_client("hubster", fake.base_url, {"Authorization": f"Bearer {fake.token}"}) as http:
        yield http


@pytest.fixture
def hub(fake: FakeHubster) -> str:
    return fake.add_hub()


@pytest.fixture
def seed_fake() -> Iterator[FakeHubster]:
    with FakeHubster(answers="seed") as running:
        yield running


@pytest.fixture
def seed_client(seed_fake: FakeHubster) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {seed_fake.token}"}
    with spec_client("hubster", seed_fake.base_url, headers) as http:
        yield http


def _create(client: httpx.Client, hub: str, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post(f"/api/v1/integrations/hubs/{hub}", json=body)
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()
    return created


def _error(response: httpx.Response) -> tuple[int, int, str]:
    """(HTTP status, first error code, its description), checking the documented shape."""
    body = response.json()
    assert body["status"] == response.status_code
    first = body["errors"][0]
    return response.status_code, first["code"], first["description"]


def test_base_url_is_the_host_root(fake: FakeHubster) -> None:
    assert fake.base_url == f"http://127.0.0.1:{fake.port}"
    assert uuid.UUID(fake.add_hub())
    placeholder = "00000000-0000-0000-0000-000000000000"  # the docs' placeholder id
    assert fake.add_hub(placeholder) == placeholder


def test_create_twilio_answers_200_with_names_and_the_server_fields(
    client: httpx.Client, hub: str
) -> None:
    created = _create(client, hub, TWILIO)

    assert uuid.UUID(created["integrationId"])
    assert created["hubId"] == hub
    assert created["integrationTypeId"] == "Customer"
    assert created["channelId"] == "TwilioSMS"
    assert created["name"] == TWILIO["name"] and created["statusId"] == 3000
    config = created["configuration"]
    assert {k: config[k] for k in ("authToken", "accountSid", "numberSid")} == TWILIO[
        "configuration"
    ]
    assert re.fullmatch(r"\+1647\d{7}", config["phoneNumber"])
    assert config["capabilities"] == {"mms": True, "sms": True, "voice": True}


@pytest.mark.parametrize(
    ("channel", "integration_type", "server_fields"),
    [
        ("Messenger", "Customer", {"appId", "pageId", "pageAccessToken"}),
        ("WebChat", "Customer", {"AllowedOrigins", "Echo", "Start"}),
        ("Direct", "Agent", {"publicSigningKey", "privateSigningKey", "integrationType", "echo"}),
        ("System", "System", {"publicSigningKey", "privateSigningKey", "events", "webhookUrl"}),
        (
            "Slack",
            "Agent",
            {"botAccessToken", "appAccessToken", "defaultPublicChannel", "teamId", "botName"},
        ),
    ],
)
def test_create_answers_each_channel_as_the_docs_show(
    client: httpx.Client, hub: str, channel: str, integration_type: str, server_fields: set[str]
) -> None:
    created = _create(client, hub, CREATE_BODIES[channel])

    assert created["channelId"] == channel
    assert created["integrationTypeId"] == integration_type
    assert server_fields <= set(created["configuration"])
    if channel in ("Direct", "System"):
        assert SIGNING_KEY.fullmatch(created["configuration"]["publicSigningKey"])
        assert (
            created["configuration"]["privateSigningKey"]
            != created["configuration"]["publicSigningKey"]
        )
    if channel == "Slack":
        assert created["configuration"]["botAccessToken"].startswith("xoxb-")
        assert "code" not in created["configuration"]  # traded for the tokens


def test_create_defaults_status_to_active(client: httpx.Client, hub: str) -> None:
    body = {k: v for k, v in TWILIO.items() if k != "statusId"}

    assert _create(client, hub, body)["statusId"] == 3000


def test_get_answers_names_and_the_current_docs_pascal_case(client: httpx.Client, hub: str) -> None:
    created = _create(client, hub, TWILIO)

    response = client.get(f"/api/v1/integrations/{created['integrationId']}")

    assert response.status_code == 200
    read = response.json()
    assert read["channelId"] == "TwilioSMS"
    assert read["integrationTypeId"] == "Customer"
    assert read["inboundId"] == TWILIO["configuration"]["accountSid"]  # type: ignore[index]
    # The current docs' GET (2_integration.rst:769-788): PascalCase, AccountSid spelt right.
    assert read["configuration"] == {
        "AccountSid": created["configuration"]["accountSid"],
        "AuthToken": created["configuration"]["authToken"],
        "NumberSid": created["configuration"]["numberSid"],
        "PhoneNumber": created["configuration"]["phoneNumber"],
        "Capabilities": {"Mms": True, "Sms": True, "Voice": True},
    }


def test_with_seed_answers_get_answers_numeric_codes_and_the_seed_pascal_case(
    seed_fake: FakeHubster, seed_client: httpx.Client
) -> None:
    created = _create(seed_client, seed_fake.add_hub(), TWILIO)

    response = seed_client.get(f"/api/v1/integrations/{created['integrationId']}")

    assert response.status_code == 200
    read = response.json()
    assert read["channelId"] == 102
    # Customer is 2: hubsterio/Hubster.Abstractions, Hubster.Abstractions/Enums/
    # IntegrationType.cs:14.
    assert read["integrationTypeId"] == 2
    assert read["inboundId"] == TWILIO["configuration"]["accountSid"]  # type: ignore[index]
    # The seed's GET (seed 003, line 679): PascalCase, with the misspelt AcccountSid.
    assert read["configuration"] == {
        "AcccountSid": created["configuration"]["accountSid"],
        "AuthToken": created["configuration"]["authToken"],
        "NumberSid": created["configuration"]["numberSid"],
        "PhoneNumber": created["configuration"]["phoneNumber"],
        "Capabilities": {"Mms": True, "Sms": True, "Voice": True},
    }


@pytest.mark.parametrize(
    ("channel", "keys"),
    [
        # 2_integration.rst:794-807
        ("Messenger", {"AppId", "PageId", "PageAccessToken"}),
        # 2_integration.rst:813-833
        ("WebChat", {"allowedOrigins", "echo", "start"}),
        # 2_integration.rst:839-853: no integrationType, signing keys in camelCase
        ("Direct", {"WebhookUrl", "Echo", "publicSigningKey", "privateSigningKey"}),
        # 2_integration.rst:859-876
        ("System", {"events", "webhookUrl", "publicSigningKey", "privateSigningKey"}),
        # 2_integration.rst:882-896
        (
            "Slack",
            {"BotAccessToken", "AppAccessToken", "DefaultPublicChannel", "TeamId", "BotName"},
        ),
    ],
)
def test_get_spells_each_channel_as_the_current_docs_get_examples_do(
    client: httpx.Client, hub: str, channel: str, keys: set[str]
) -> None:
    created = _create(client, hub, CREATE_BODIES[channel])

    read = client.get(f"/api/v1/integrations/{created['integrationId']}").json()

    assert read["channelId"] == channel
    assert read["integrationTypeId"] == created["integrationTypeId"]
    assert set(read["configuration"]) == keys
    if channel == "Messenger":
        assert read["inboundId"] == read["configuration"]["PageId"]  # 2_integration.rst:797


def test_get_of_a_direct_integration_answers_welcome_message_and_echo_only_without_webhook(
    client: httpx.Client, hub: str
) -> None:
    # 2_integration.rst:945-962: a webhook integration and an Agent one over websockets.
    greeting = [{"type": "text", "text": "Welcome to Hubster! How can we help you?"}]
    webhook = _create(
        client,
        hub,
        {
            "channelId": "Direct",
            "name": "Direct Customer 2 (Webhook)",
            "configuration": {
                "integrationType": "Customer",
                "webhookUrl": "http://localhost:5100/v1/api/integration?customer=1",
                "start": greeting,
            },
        },
    )
    websocket = _create(
        client,
        hub,
        {
            "channelId": "Direct",
            "name": "Direct Agent (Websocket)",
            "configuration": {"integrationType": "Agent", "echo": True},
        },
    )

    first = client.get(f"/api/v1/integrations/{webhook['integrationId']}").json()
    second = client.get(f"/api/v1/integrations/{websocket['integrationId']}").json()

    assert first["configuration"] == {
        "WebhookUrl": "http://localhost:5100/v1/api/integration?customer=1",
        "publicSigningKey": webhook["configuration"]["publicSigningKey"],
        "privateSigningKey": webhook["configuration"]["privateSigningKey"],
        "Echo": False,
        "WelcomeMessage": "Welcome to Hubster! How can we help you?",
    }
    assert second["configuration"] == {"Echo": True}
    assert "publicSigningKey" not in websocket["configuration"]  # no webhook, nothing to sign


@pytest.mark.parametrize(
    ("channel", "code", "keys"),
    [
        ("Messenger", 101, {"AppId", "PageId", "PageAccessToken"}),
        ("WebChat", 106, {"allowedOrigins", "echo", "start"}),
        (
            "Direct",
            1,
            {"integrationType", "echo", "webhookUrl", "publicSigningKey", "privateSigningKey"},
        ),
        ("System", 3, {"events", "webhookUrl", "publicSigningKey", "privateSigningKey"}),
        (
            "Slack",
            1001,
            {"BotAccessToken", "AppAccessToken", "DefaultPublicChannel", "TeamId", "BotName"},
        ),
    ],
)
def test_with_seed_answers_get_spells_each_channel_as_the_seed_get_examples_do(
    seed_fake: FakeHubster, seed_client: httpx.Client, channel: str, code: int, keys: set[str]
) -> None:
    created = _create(seed_client, seed_fake.add_hub(), CREATE_BODIES[channel])

    read = seed_client.get(f"/api/v1/integrations/{created['integrationId']}").json()

    assert read["channelId"] == code
    assert isinstance(read["integrationTypeId"], int)
    assert set(read["configuration"]) == keys


def test_names_are_unique_per_hub(fake: FakeHubster, client: httpx.Client, hub: str) -> None:
    _create(client, hub, TWILIO)

    again = client.post(f"/api/v1/integrations/hubs/{hub}", json=TWILIO)
    other_hub = client.post(f"/api/v1/integrations/hubs/{fake.add_hub()}", json=TWILIO)

    status, code, description = _error(again)
    assert (status, code) == (400, 700)
    assert description.endswith("(code: PRT000700)")
    assert other_hub.status_code == 200


# PRT000699 and PRT000799 answer 404 (6_error_codes.rst:149-151, 158-160); the seed's page
# answered 400.
def test_create_in_an_unknown_hub_answers_404_prt000699(client: httpx.Client) -> None:
    response = client.post(f"/api/v1/integrations/hubs/{uuid.uuid4()}", json=TWILIO)

    status, code, description = _error(response)
    assert (status, code) == (404, 699)
    assert description.endswith("(code: PRT000699)")


def test_update_of_an_unknown_integration_answers_404_prt000799(client: httpx.Client) -> None:
    response = client.post(f"/api/v1/integrations/hubs/{uuid.uuid4()}", json={"name": "x"})

    assert _error(response)[:2] == (404, 799)


def test_get_of_an_unknown_integration_answers_404_prt000799(client: httpx.Client) -> None:
    response = client.get(f"/api/v1/integrations/{uuid.uuid4()}")

    assert _error(response)[:2] == (404, 799)


def test_with_seed_answers_not_found_is_400_as_the_seed_page_had_it(
    seed_client: httpx.Client,
) -> None:
    unknown = uuid.uuid4()

    create = seed_client.post(f"/api/v1/integrations/hubs/{unknown}", json=TWILIO)
    update = seed_client.post(f"/api/v1/integrations/hubs/{unknown}", json={"name": "x"})
    get = seed_client.get(f"/api/v1/integrations/{unknown}")
    by_channel = seed_client.get(f"/api/v1/integrations/hubs/{unknown}/Direct")

    assert [_error(r)[:2] for r in (create, update, get, by_channel)] == [
        (400, 699),
        (400, 799),
        (400, 799),
        (400, 699),
    ]


def test_answers_must_be_current_or_seed() -> None:
    with pytest.raises(ValueError, match="current"):
        FakeHubster(answers="2019")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "code", "property_"),
    [
        ({**TWILIO, "name": None}, 302, "name"),
        ({k: v for k, v in TWILIO.items() if k != "name"}, 301, "name"),
        (
            {**TWILIO, "configuration": {"authToken": "t", "accountSid": "AC"}},
            301,
            "configuration.numberSid",
        ),
        ({k: v for k, v in TWILIO.items() if k != "channelId"}, 301, "channelId"),
        ({**TWILIO, "channelId": "Telegram"}, 302, "channelId"),
        ({**TWILIO, "statusId": 1}, 302, "statusId"),
        (
            {**CREATE_BODIES["WebChat"], "configuration": {"allowedOrigins": []}},
            302,
            "configuration.allowedOrigins",
        ),
        (
            {**CREATE_BODIES["Direct"], "configuration": {"integrationType": "Robot"}},
            302,
            "configuration.integrationType",
        ),
    ],
    ids=[
        "null-name",
        "missing-name",
        "missing-number-sid",
        "missing-channel",
        "undocumented-channel",
        "bad-status",
        "no-origins",
        "bad-integration-type",
    ],
)
def test_a_body_the_wire_model_refuses_answers_400_with_a_prt_code(
    client: httpx.Client, hub: str, body: dict[str, Any], code: int, property_: str
) -> None:
    response = client.post(f"/api/v1/integrations/hubs/{hub}", json=body)

    status, first_code, description = _error(response)
    assert (status, first_code) == (400, code)
    assert f"Property '{property_}'" in description
    assert description.endswith(f"(code: PRT{code:06d})")


def test_a_body_that_is_not_json_answers_400(client: httpx.Client, hub: str) -> None:
    response = client.post(f"/api/v1/integrations/hubs/{hub}", content=b"channelId=TwilioSMS")

    assert _error(response)[:2] == (400, 302)


def test_update_merges_name_and_status(client: httpx.Client, hub: str) -> None:
    created = _create(client, hub, CREATE_BODIES["System"])

    response = client.post(
        f"/api/v1/integrations/hubs/{created['integrationId']}", json={"statusId": 3002}
    )
    renamed = client.post(
        f"/api/v1/integrations/hubs/{created['integrationId']}", json={"name": "renamed"}
    )

    assert response.status_code == 200
    assert response.json()["statusId"] == 3002 and response.json()["name"] == "s"
    assert renamed.json()["statusId"] == 3002 and renamed.json()["name"] == "renamed"
    assert renamed.json()["configuration"] == created["configuration"]
    read = client.get(f"/api/v1/integrations/{created['integrationId']}").json()
    assert (read["name"], read["statusId"]) == ("renamed", 3002)


def test_update_to_a_name_taken_in_the_hub_answers_prt000700(
    client: httpx.Client, hub: str
) -> None:
    _create(client, hub, TWILIO)
    other = _create(client, hub, CREATE_BODIES["System"])

    response = client.post(
        f"/api/v1/integrations/hubs/{other['integrationId']}", json={"name": TWILIO["name"]}
    )
    same = client.post(f"/api/v1/integrations/hubs/{other['integrationId']}", json={"name": "s"})

    assert _error(response)[:2] == (400, 700)
    assert same.status_code == 200  # its own name is not "taken"


def test_update_replaces_a_direct_configuration_as_the_docs_example_sends_it(
    client: httpx.Client, hub: str
) -> None:
    created = _create(client, hub, CREATE_BODIES["Direct"])
    keys = {k: created["configuration"][k] for k in ("publicSigningKey", "privateSigningKey")}

    # The docs' update example (seed 003, line 445): `Echo` in PascalCase, no integrationType.
    response = client.post(
        f"/api/v1/integrations/hubs/{created['integrationId']}",
        json={
            "name": "Direct",
            "statusId": 3002,
            "configuration": {
                "Echo": False,
                "webhookUrl": "http://hubster.io/v1/api/integration?customer=1",
            },
        },
    )

    assert response.status_code == 200
    config = response.json()["configuration"]
    assert config == {
        "echo": False,
        "webhookUrl": "http://hubster.io/v1/api/integration?customer=1",
        "integrationType": "Agent",
        **keys,
    }


def test_update_with_regenerate_keys_makes_new_signing_keys(client: httpx.Client, hub: str) -> None:
    created = _create(client, hub, CREATE_BODIES["System"])
    new_config = {**CREATE_BODIES["System"]["configuration"], "regenerateKeys": True}

    response = client.post(
        f"/api/v1/integrations/hubs/{created['integrationId']}", json={"configuration": new_config}
    )

    config = response.json()["configuration"]
    assert SIGNING_KEY.fullmatch(config["publicSigningKey"])
    assert config["publicSigningKey"] != created["configuration"]["publicSigningKey"]
    assert "regenerateKeys" not in config


def test_update_of_a_webchat_configuration_replaces_it(client: httpx.Client, hub: str) -> None:
    created = _create(client, hub, CREATE_BODIES["WebChat"])

    response = client.post(
        f"/api/v1/integrations/hubs/{created['integrationId']}",
        json={"configuration": {"allowedOrigins": ["demo1.hubster.io"]}},
    )

    # The docs' update answer spells WebChat keys in PascalCase; `start` was not sent, so gone.
    assert response.json()["configuration"] == {"AllowedOrigins": ["demo1.hubster.io"]}
    read = client.get(f"/api/v1/integrations/{created['integrationId']}").json()
    assert read["configuration"] == {"allowedOrigins": ["demo1.hubster.io"]}


@pytest.mark.parametrize("channel", ["TwilioSMS", "Messenger", "Slack"])
def test_update_ignores_the_configuration_of_twilio_messenger_and_slack(
    client: httpx.Client, hub: str, channel: str
) -> None:
    created = _create(client, hub, CREATE_BODIES[channel])

    response = client.post(
        f"/api/v1/integrations/hubs/{created['integrationId']}",
        json={"name": "renamed", "configuration": {"authToken": "new", "pageAccessToken": 5}},
    )

    assert response.status_code == 200
    assert response.json()["name"] == "renamed"
    assert response.json()["configuration"] == created["configuration"]


def test_update_body_the_wire_model_refuses_answers_400(client: httpx.Client, hub: str) -> None:
    created = _create(client, hub, CREATE_BODIES["Direct"])

    response = client.post(
        f"/api/v1/integrations/hubs/{created['integrationId']}",
        json={"configuration": {"webhookUrl": "not a url"}},
    )

    status, code, description = _error(response)
    assert (status, code) == (400, 302)
    assert "configuration.webhookUrl" in description


@pytest.mark.parametrize(
    "authorization", [None, "test-token", "Bearer wrong"], ids=["missing", "no-scheme", "wrong"]
)
def test_without_the_bearer_token_the_answer_is_401_in_the_error_model(
    fake: FakeHubster, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    with spec_client("hubster", fake.base_url, headers) as client:
        response = client.get(f"/api/v1/integrations/{uuid.uuid4()}")

    status, code, description = _error(response)
    # PRT000102 is "Unauthorized access" (6_error_codes.rst:44-46).
    assert (status, code) == (401, 102)
    assert description.endswith("(code: PRT000102)")


def test_reset_forgets_hubs_and_integrations(
    fake: FakeHubster, client: httpx.Client, hub: str
) -> None:
    created = _create(client, hub, TWILIO)

    fake.reset()

    assert _error(client.get(f"/api/v1/integrations/{created['integrationId']}"))[1] == 799
    assert _error(client.post(f"/api/v1/integrations/hubs/{hub}", json=TWILIO))[1] == 699
    assert fake.stored(created["integrationId"]) is None


# --- Slack: code with nonce (current docs) or state (the seed) ---------------------------------


@pytest.mark.parametrize("second", ["nonce", "state"])
def test_create_slack_takes_nonce_or_state(client: httpx.Client, hub: str, second: str) -> None:
    # 2_integration.rst:369-388 send code and nonce; seed 003 lines 354-375 code and state.
    body = {**CREATE_BODIES["Slack"], "configuration": {"code": "EAAF", second: "mo5w10t.mlh97uxh"}}

    created = _create(client, hub, body)

    assert created["configuration"]["botAccessToken"].startswith("xoxb-")


def test_create_slack_without_nonce_or_state_answers_prt000301(
    client: httpx.Client, hub: str
) -> None:
    body = {**CREATE_BODIES["Slack"], "configuration": {"code": "EAAF"}}

    response = client.post(f"/api/v1/integrations/hubs/{hub}", json=body)

    status, code, description = _error(response)
    assert (status, code) == (400, 301)
    assert "Property 'configuration.nonce'" in description


# --- Get Collection (2_integration.rst:988-1078; 0_overview.rst:127-179) -------------------------


def _page(client: httpx.Client, **params: Any) -> dict[str, Any]:
    response = client.get("/api/v1/integrations", params=params)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


def test_the_collection_answers_a_page_of_every_integration_in_the_get_shape(
    fake: FakeHubster, client: httpx.Client, hub: str
) -> None:
    twilio = _create(client, hub, TWILIO)
    slack = _create(client, fake.add_hub(), CREATE_BODIES["Slack"])

    page = _page(client)

    # Defaults: page 0, the docs' example size 50 (0_overview.rst:142-146).
    assert (page["pageNumber"], page["pageSize"], page["total"]) == (0, 50, 2)
    assert [r["integrationId"] for r in page["results"]] == [
        twilio["integrationId"],
        slack["integrationId"],
    ]
    # Each result is what GET answers for it.
    for result in page["results"]:
        assert result == client.get(f"/api/v1/integrations/{result['integrationId']}").json()
    sid = page["results"][0]["configuration"]["AccountSid"]
    assert sid == TWILIO["configuration"]["accountSid"]  # type: ignore[index]


def test_the_collection_pages_by_page_number_and_page_size(
    fake: FakeHubster, client: httpx.Client, hub: str
) -> None:
    ids = fake.add_integrations(hub, 7)

    pages = [_page(client, pageNumber=n, pageSize=3) for n in range(4)]

    assert [p["pageNumber"] for p in pages] == [0, 1, 2, 3]
    assert {p["pageSize"] for p in pages} == {3}
    assert {p["total"] for p in pages} == {7}
    assert [[r["integrationId"] for r in p["results"]] for p in pages] == [
        ids[0:3],
        ids[3:6],
        ids[6:7],
        [],
    ]


def test_the_collection_filters_by_hub_id(fake: FakeHubster, client: httpx.Client) -> None:
    first, second = fake.add_hub(), fake.add_hub()
    mine = fake.add_integrations(first, 2)
    fake.add_integrations(second, 3)

    page = _page(client, hubId=first)
    nobody = _page(client, hubId=str(uuid.uuid4()))

    assert page["total"] == 2
    assert [r["integrationId"] for r in page["results"]] == mine
    assert {r["hubId"] for r in page["results"]} == {first}
    assert (nobody["total"], nobody["results"]) == (0, [])  # a filter, not a lookup
    assert _page(client)["total"] == 5


@pytest.mark.parametrize(
    ("params", "errors"),
    [
        ({"pageNumber": -1}, [209]),
        ({"pageSize": 0}, [206]),
        ({"pageSize": 101}, [206]),
        ({"pageSize": 50000}, [206]),  # the overview's example value (0_overview.rst:110-111)
        ({"pageNumber": "first"}, [210]),
        ({"pageSize": "1.5"}, [210]),
        ({"pageNumber": -2, "pageSize": 500}, [209, 206]),
    ],
    ids=["negative-page", "size-0", "size-101", "size-50000", "page-word", "size-float", "both"],
)
def test_the_collection_answers_400_for_out_of_bounds_paging(
    client: httpx.Client, hub: str, params: dict[str, Any], errors: list[int]
) -> None:
    # pageNumber >= 0, 1 <= pageSize <= 100 (2_integration.rst:1020-1025); codes of
    # 6_error_codes.rst:89-103; every problem in one answer, as 0_overview.rst:102-114 shows.
    response = client.get("/api/v1/integrations", params=params)

    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400
    assert [e["code"] for e in body["errors"]] == errors
    for error in body["errors"]:
        assert error["description"].endswith(f"(code: PRT{error['code']:06d})")


@pytest.mark.parametrize("size", [1, 100])
def test_the_collection_accepts_the_bounds(
    fake: FakeHubster, client: httpx.Client, hub: str, size: int
) -> None:
    fake.add_integrations(hub, 2)

    page = _page(client, pageNumber=0, pageSize=size)

    assert (page["pageSize"], page["total"], len(page["results"])) == (size, 2, min(size, 2))


def test_with_seed_answers_the_collection_gives_numbers(
    seed_fake: FakeHubster, seed_client: httpx.Client
) -> None:
    _create(seed_client, seed_fake.add_hub(), TWILIO)

    (result,) = _page(seed_client)["results"]

    assert (result["channelId"], result["integrationTypeId"]) == (102, 2)
    assert "AcccountSid" in result["configuration"]


# --- Get by Channel Type (2_integration.rst:900-985) ------------------------------------------


@pytest.mark.parametrize("channel_type", ["Direct", "direct", "DIRECT", "1"])
def test_by_channel_type_answers_the_hubs_integrations_of_that_channel(
    fake: FakeHubster, client: httpx.Client, hub: str, channel_type: str
) -> None:
    # A name (ASP.NET binds enums case-insensitively) or its numeric code (5_types.rst:32-35).
    directs = fake.add_integrations(hub, 2, channel="Direct")
    fake.add_integrations(hub, 1, channel="System")
    fake.add_integrations(fake.add_hub(), 1, channel="Direct")  # another hub's

    response = client.get(f"/api/v1/integrations/hubs/{hub}/{channel_type}")

    assert response.status_code == 200
    found = response.json()
    assert isinstance(found, list)  # a plain array, not a page
    assert [i["integrationId"] for i in found] == directs
    assert found[0] == client.get(f"/api/v1/integrations/{directs[0]}").json()
    assert {i["channelId"] for i in found} == {"Direct"}


def test_by_channel_type_answers_an_empty_array_when_there_are_none(
    client: httpx.Client, hub: str
) -> None:
    response = client.get(f"/api/v1/integrations/hubs/{hub}/Slack")

    assert (response.status_code, response.json()) == (200, [])


def test_by_channel_type_of_an_unknown_hub_answers_404_prt000699(client: httpx.Client) -> None:
    response = client.get(f"/api/v1/integrations/hubs/{uuid.uuid4()}/Direct")

    assert _error(response)[:2] == (404, 699)


@pytest.mark.parametrize("channel_type", ["WhatsApp", "7", "-1"])
def test_by_channel_type_of_an_unknown_channel_type_answers_400(
    client: httpx.Client, hub: str, channel_type: str
) -> None:
    response = client.get(f"/api/v1/integrations/hubs/{hub}/{channel_type}")

    status, code, description = _error(response)
    assert (status, code) == (400, 201)
    assert channel_type in description


def test_with_seed_answers_by_channel_type_gives_numbers(
    seed_fake: FakeHubster, seed_client: httpx.Client
) -> None:
    hub = seed_fake.add_hub()
    seed_fake.add_integrations(hub, 1, channel="Slack")

    (found,) = seed_client.get(f"/api/v1/integrations/hubs/{hub}/Slack").json()

    assert (found["channelId"], found["integrationTypeId"]) == (1001, 3)


# --- helpers and the documented status codes -----------------------------------------------------


def test_add_integrations_makes_unique_names_after_the_existing_ones(
    fake: FakeHubster, client: httpx.Client, hub: str
) -> None:
    first = fake.add_integrations(hub, 2, channel="WebChat")
    more = fake.add_integrations(hub, 2, channel="WebChat")

    names = [fake.stored(i)["name"] for i in first + more]  # type: ignore[index]
    assert names == ["Integration 1", "Integration 2", "Integration 3", "Integration 4"]
    assert fake.stored(first[0])["channelId"] == "WebChat"  # type: ignore[index]
    with pytest.raises(ValueError, match="Telegram"):
        fake.add_integrations(hub, 1, channel="Telegram")


@pytest.mark.parametrize(
    ("status", "code"),
    [(403, 101), (404, 105), (408, 108), (410, 104), (417, 107), (500, 100), (501, 103)],
)
def test_injected_errors_carry_the_documented_portal_code(
    fake: FakeHubster, client: httpx.Client, status: int, code: int
) -> None:
    # 6_error_codes.rst:38-67; spec_client also checks each status is declared on the operation.
    fake.fail_next(1, status=status)

    response = client.get("/api/v1/integrations")

    assert _error(response)[:2] == (status, code)
