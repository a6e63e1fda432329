"""Autobutler quirks 1 (``::`` in path names) and 6 (success flag in the body), on the wire.

Every test talks to a real HTTP server on 127.0.0.1 and checks the bytes it received or the
objects the client made of its answer. Fixes: overrides/autobutler/sdk.yaml
(``path_safe_characters``, the ``parse:`` hook of ``update``), overrides/autobutler/modules/
``_names.py`` and ``_validation.py``.
"""

from __future__ import annotations

import pytest
from autobutler_client import (
    APIResponseValidationError,
    APIStatusError,
    AsyncAutobutlerClient,
    AutobutlerClient,
    BadRequestError,
    IntegrationName,
    IntegrationValidationError,
    UnprocessableEntityError,
)
from autobutler_client.models import (
    IntegrationConfiguration,
    IntegrationDetails,
    IntegrationUpdateResult,
)

from tests.support import Reply, ScriptedServer, seed_example

TOKEN = "abt-token-0123456789"
PREFIX = "/api/v2/mechanics"
COLLECTION = f"{PREFIX}/mechanic_integrations"
# Headers httpx sends on a DELETE without a body; anything else would have been injected.
EXPECTED_HEADERS = {
    "host",
    "accept",
    "accept-encoding",
    "connection",
    "user-agent",
    "authorization",
}


def _client(server: ScriptedServer) -> AutobutlerClient:
    return AutobutlerClient(token=TOKEN, base_url=server.url + PREFIX, max_retries=0)


# --- quirk 1: "::" in path names --------------------------------------------------------------

# (name as passed, path segment as it must arrive). Seed 000 lines 134 and 237 send the "::"
# raw; everything else that could end the segment, start a query or fragment, break the request
# line or climb a level stays percent-encoded.
HOSTILE_NAMES = [
    ("a/b", "a%2Fb"),
    ("a?b=c", "a%3Fb%3Dc"),
    ("a#b", "a%23b"),
    ("100%", "100%25"),
    ("a b", "a%20b"),
    ("a\r\nX-Injected: 1", "a%0D%0AX-Injected:%201"),
    ("..", "%2E%2E"),
    (".", "%2E"),
    ("æøå", "%C3%A6%C3%B8%C3%A5"),
    ("MechanicIntegrations::TWMIntegration", "MechanicIntegrations::TWMIntegration"),
]


@pytest.mark.parametrize(
    ("name", "segment"), HOSTILE_NAMES, ids=[repr(n) for n, _ in HOSTILE_NAMES]
)
def test_hostile_names_reach_the_wire_encoded(
    server: ScriptedServer, name: str, segment: str
) -> None:
    server.reply(Reply(200, {"success": True}), Reply(200, seed_example("000:L167")))
    with _client(server) as client:
        client.mechanic_integrations.deactivate(name)
        client.mechanic_integrations.update(name, {"username": "foo"})

    deactivate, update = server.requests
    assert deactivate.raw_request_line == (
        f"DELETE {COLLECTION}/{segment} HTTP/1.1\r\n".encode("ascii")
    )
    assert update.raw_request_line == f"PATCH {COLLECTION}/{segment} HTTP/1.1\r\n".encode("ascii")
    for seen in server.requests:
        assert "?" not in seen.target and "#" not in seen.target
        names = {key.lower() for key, _ in seen.raw_headers}
        assert "x-injected" not in names
    assert {key.lower() for key, _ in deactivate.raw_headers} == EXPECTED_HEADERS


def test_documented_names_are_constants_and_new_names_work(server: ScriptedServer) -> None:
    # The three names of seed 000 (lines 51, 78, 96) and the car URL example's
    # (autobutler/mechanics_api_docs, source/includes/_mechanic_integrations.md, line 353) as
    # constants; a member is its string.
    assert {member.value for member in IntegrationName} == {
        "MechanicIntegrations::Au2officeIntegration",
        "MechanicIntegrations::AutofrontalIntegration",
        "MechanicIntegrations::CrmpIntegration",
        "MechanicIntegrations::TWMIntegration",
    }
    assert isinstance(IntegrationName.TWM, str)
    assert IntegrationName.TWM.value == "MechanicIntegrations::TWMIntegration"
    assert str(IntegrationName.TWM) == "MechanicIntegrations::TWMIntegration"
    # A name the docs do not list is kept, not refused.
    new = IntegrationName("MechanicIntegrations::NewGarageIntegration")
    assert new == "MechanicIntegrations::NewGarageIntegration"

    server.reply(
        Reply(200, seed_example("000:L35")),
        Reply(200, {"success": True}),
        Reply(200, {"success": True}),
    )
    with _client(server) as client:
        listed = client.mechanic_integrations.list()
        client.mechanic_integrations.deactivate(IntegrationName.TWM)
        client.mechanic_integrations.deactivate("MechanicIntegrations::NewGarageIntegration")

    names = [item.integration_details.name for item in listed.mechanic_integrations]
    assert [IntegrationName(n) for n in names] == [
        IntegrationName.AU2OFFICE,
        IntegrationName.CRMP,
        IntegrationName.TWM,
    ]
    assert server.requests[1].raw_request_line == (
        f"DELETE {COLLECTION}/MechanicIntegrations::TWMIntegration HTTP/1.1\r\n".encode()
    )
    assert server.requests[2].raw_request_line == (
        f"DELETE {COLLECTION}/MechanicIntegrations::NewGarageIntegration HTTP/1.1\r\n".encode()
    )


# --- quirk 6: success flag in the body --------------------------------------------------------

REFUSAL = seed_example("000:L196")  # {"errors": {"username": ["must be filled out"]}, ...}


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (200, IntegrationValidationError),
        (201, IntegrationValidationError),
        (422, UnprocessableEntityError),
        (400, BadRequestError),
    ],
)
def test_success_false_raises_whatever_the_status(
    server: ScriptedServer, status: int, error_class: type[APIStatusError]
) -> None:
    server.reply(Reply(status, REFUSAL))
    with _client(server) as client, pytest.raises(error_class) as caught:
        client.mechanic_integrations.update(IntegrationName.TWM, {"username": ""})

    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.field_errors == {"username": ["must be filled out"]}
    assert "username must be filled out" in str(error)
    assert len(server.requests) == 1  # A refusal is an answer: it is not retried.


def test_success_false_in_a_2xx_is_an_unprocessable_entity_error(server: ScriptedServer) -> None:
    # One except clause catches the refusal whether it came as 200 or as 422.
    server.reply(Reply(200, REFUSAL), Reply(422, REFUSAL))
    caught: list[UnprocessableEntityError] = []
    with _client(server) as client:
        for _ in range(2):
            try:
                client.mechanic_integrations.update(IntegrationName.TWM, {"username": ""})
            except UnprocessableEntityError as exc:
                caught.append(exc)
    assert [e.status_code for e in caught] == [200, 422]
    assert [e.field_errors for e in caught] == [{"username": ["must be filled out"]}] * 2
    assert isinstance(caught[0], IntegrationValidationError)
    assert caught[0].body == REFUSAL


def test_refusal_message_does_not_repeat_the_credentials_sent(server: ScriptedServer) -> None:
    server.reply(Reply(200, {"success": False, "errors": {"token": ["tok-9f8e7d6c is revoked"]}}))
    with _client(server) as client, pytest.raises(IntegrationValidationError) as caught:
        client.mechanic_integrations.update(IntegrationName.TWM, {"token": "tok-9f8e7d6c"})
    assert "tok-9f8e7d6c" not in str(caught.value)
    assert "token *** is revoked" in str(caught.value)
    assert TOKEN not in str(caught.value)
    # The field names stay; the value sent is scrubbed there too (tests/runtime/
    # test_secret_scrubbing.py: no secret in details, field_errors or body).
    assert caught.value.field_errors == {"token": ["*** is revoked"]}


def test_success_false_without_errors_still_raises(server: ScriptedServer) -> None:
    server.reply(Reply(200, {"success": False}))
    with _client(server) as client, pytest.raises(IntegrationValidationError) as caught:
        client.mechanic_integrations.update(IntegrationName.TWM, {"username": "foo"})
    assert caught.value.field_errors == {}
    assert "gave no reason" in str(caught.value)


def test_success_true_returns_typed_configuration_and_details(server: ScriptedServer) -> None:
    server.reply(Reply(200, seed_example("000:L167")))
    with _client(server) as client:
        result = client.mechanic_integrations.update(IntegrationName.TWM, seed_example("000:L136"))

    assert isinstance(result, IntegrationUpdateResult)
    assert result.success is True
    assert isinstance(result.configuration, IntegrationConfiguration)
    assert result.configuration.id == 4
    assert result.configuration.credentials.additional_properties == {
        "token": "bar",
        "username": "foo",
    }
    assert isinstance(result.integration_details, IntegrationDetails)
    assert result.integration_details.name == IntegrationName.TWM
    assert result.integration_details.authentication_fields == ["username", "token"]
    (seen,) = server.requests
    assert seen.json() == {"token": "bar", "username": "foo"}  # seed 000 line 136
    assert seen.header("content-type") == "application/json"


@pytest.mark.parametrize("body", [{"configuration": {}}, {"success": "yes"}, ["success"]])
def test_answer_without_a_success_flag_is_a_validation_error(
    server: ScriptedServer, body: object
) -> None:
    server.reply(Reply(200, body))
    with _client(server) as client, pytest.raises(APIResponseValidationError):
        client.mechanic_integrations.update(IntegrationName.TWM, {"username": "foo"})


@pytest.mark.asyncio
async def test_success_false_raises_in_the_async_client_too(server: ScriptedServer) -> None:
    server.reply(Reply(200, REFUSAL), Reply(200, seed_example("000:L167")))
    async with AsyncAutobutlerClient(
        token=TOKEN, base_url=server.url + PREFIX, max_retries=0
    ) as client:
        with pytest.raises(IntegrationValidationError) as caught:
            await client.mechanic_integrations.update(IntegrationName.TWM, {"username": ""})
        result = await client.mechanic_integrations.update(IntegrationName.TWM, {"username": "x"})
    assert caught.value.field_errors == {"username": ["must be filled out"]}
    assert isinstance(result.configuration, IntegrationConfiguration)
    assert server.requests[0].raw_request_line == (
        f"PATCH {COLLECTION}/MechanicIntegrations::TWMIntegration HTTP/1.1\r\n".encode()
    )
