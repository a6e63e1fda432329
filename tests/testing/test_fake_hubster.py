"""FakeHubster over real sockets: create, update and get, their documented errors and quirks.

Raw httpx and JSON assertions (the client's Hubster parsing is still changing elsewhere); every
answer is checked against specs/hubster.yaml (``spec_client``).
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


def test_get_answers_numeric_codes_and_the_documented_pascal_case(
    client: httpx.Client, hub: str
) -> None:
    created = _create(client, hub, TWILIO)

    response = client.get(f"/api/v1/integrations/{created['integrationId']}")

    assert response.status_code == 200
    read = response.json()
    assert read["channelId"] == 102
    assert read["integrationTypeId"] == 2
    assert read["inboundId"] == TWILIO["configuration"]["accountSid"]  # type: ignore[index]
    # The docs' GET (seed 003, line 679): PascalCase, with the misspelt AcccountSid.
    assert read["configuration"] == {
        "AcccountSid": created["configuration"]["accountSid"],
        "AuthToken": created["configuration"]["authToken"],
        "NumberSid": created["configuration"]["numberSid"],
        "PhoneNumber": created["configuration"]["phoneNumber"],
        "Capabilities": {"Mms": True, "Sms": True, "Voice": True},
    }


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
def test_get_spells_each_channel_as_the_docs_get_examples_do(
    client: httpx.Client, hub: str, channel: str, code: int, keys: set[str]
) -> None:
    created = _create(client, hub, CREATE_BODIES[channel])

    read = client.get(f"/api/v1/integrations/{created['integrationId']}").json()

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


def test_create_in_an_unknown_hub_answers_prt000699(client: httpx.Client) -> None:
    response = client.post(f"/api/v1/integrations/hubs/{uuid.uuid4()}", json=TWILIO)

    status, code, description = _error(response)
    assert (status, code) == (400, 699)
    assert description.endswith("(code: PRT000699)")


def test_update_of_an_unknown_integration_answers_prt000799(client: httpx.Client) -> None:
    response = client.post(f"/api/v1/integrations/hubs/{uuid.uuid4()}", json={"name": "x"})

    assert _error(response)[:2] == (400, 799)


def test_get_of_an_unknown_integration_answers_prt000799(client: httpx.Client) -> None:
    response = client.get(f"/api/v1/integrations/{uuid.uuid4()}")

    assert _error(response)[:2] == (400, 799)


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
    assert status == 401
    assert description.endswith(f"(code: PRT{code:06d})")


def test_reset_forgets_hubs_and_integrations(
    fake: FakeHubster, client: httpx.Client, hub: str
) -> None:
    created = _create(client, hub, TWILIO)

    fake.reset()

    assert _error(client.get(f"/api/v1/integrations/{created['integrationId']}"))[1] == 799
    assert _error(client.post(f"/api/v1/integrations/hubs/{hub}", json=TWILIO))[1] == 699
    assert fake.stored(created["integrationId"]) is None
