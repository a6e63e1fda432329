"""The generated clients keep their users' secrets out of errors and logs when a server echoes.

Every secret a client holds or sends, sent to a server that repeats what it got
(tests/support/echo.py), in the error shapes that server's API uses, on both clients:

- Autobutler: the sign-in password of ``from_login`` (``POST /tokens``,
  overrides/autobutler/modules/_login.py) and the values of ``mechanic_integrations.update``,
  refused with 422 or with ``"success": false`` on a 2xx (overrides/autobutler/modules/
  _validation.py);
- Hubster: the client secret of ``from_client_credentials`` (the runtime's
  ``ClientCredentialsProvider``) at the token endpoint, and a channel configuration's secret
  (TwilioSMS ``authToken``, ``x-sensitive`` in specs/hubster.yaml) answered with a 400
  ``description``;
- integrator.io: connection credentials inside an integration's free-form ``settings``;

and the API token of the ``Authorization`` header throughout. Nothing of them may reach the
exception (message, ``details``, ``field_errors``, ``body``, chain, traceback) or a DEBUG log.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from autobutler_client import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    AsyncAutobutlerClient,
    AutobutlerClient,
    BadRequestError,
    UnprocessableEntityError,
)
from hubster_client import AsyncHubsterClient, HubsterClient
from hubster_client.models import CreateTwilioSmsIntegration, TwilioSmsCreateConfiguration
from integratorio_client import AsyncIntegratorClient, IntegratorClient

from tests.support import ScriptedServer
from tests.support.echo import assert_never_shown, echoing, exposed, sent_values

TOKEN = "Sx9-api-token-9xS"
PASSWORD = "Sx9-workshop-password-9xS"
CLIENT_SECRET = "Sx9-hubster-client-secret-9xS"
AUTH_TOKEN = "Sx9-twilio-auth-token-9xS"
CONNECTION_PASSWORD = "Sx9-connection-password-9xS"
INTEGRATION_TOKEN = "Sx9-integration-token-9xS"
EMAIL = "workshop@example.com"
AUTOBUTLER = "/api/v2/mechanics"


def caught(mode: str, sync: Callable[[], Any], run_async: Callable[[], Awaitable[Any]]) -> Any:
    """The error ``sync()`` or ``run_async()`` raises (the one ``mode`` names): one of the
    package's errors (each package has its own copy of the runtime, so its own ``APIError``)."""
    try:
        if mode == "sync":
            sync()
        else:
            asyncio.run(run_async())
    except Exception as error:
        assert any(cls.__name__ == "APIError" for cls in type(error).__mro__), repr(error)
        return error
    raise AssertionError("no error was raised")


def check(error: BaseException, caplog: pytest.LogCaptureFixture, *secrets: str) -> None:
    assert caplog.records, "DEBUG logging must have logged the call"
    texts = exposed(error, caplog)
    for secret in secrets:
        assert_never_shown(texts, secret)


@pytest.fixture(autouse=True)
def _debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    for package in ("autobutler_client", "hubster_client", "integratorio_client"):
        caplog.set_level(logging.DEBUG, logger=package)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


# --- Autobutler -------------------------------------------------------------------------------


DEALER_KEY = "dlr-5f1c-77a9-e2b0"


@MODES
@pytest.mark.parametrize(
    ("shape", "expected"),
    [
        ("json", BadRequestError),
        ("description", BadRequestError),
        ("refusal", UnprocessableEntityError),
        ("html200", APIResponseValidationError),
        ("badheader", APIConnectionError),
    ],
)
def test_autobutler_sign_in_password(
    mode: str, shape: str, expected: type[APIError], caplog: pytest.LogCaptureFixture
) -> None:
    with ScriptedServer() as server:
        server.on("POST", f"{AUTOBUTLER}/tokens", echoing(shape))
        options: dict[str, Any] = {"base_url": server.url + AUTOBUTLER, "max_retries": 0}

        def sync() -> None:
            with AutobutlerClient.from_login(EMAIL, PASSWORD, **options) as client:
                client.mechanic_integrations.list()

        async def run_async() -> None:
            async with AsyncAutobutlerClient.from_login(EMAIL, PASSWORD, **options) as client:
                await client.mechanic_integrations.list()

        error = caught(mode, sync, run_async)
        assert PASSWORD in sent_values(server.requests[0])  # it was sent, and echoed
    assert isinstance(error, expected)
    check(error, caplog, PASSWORD)


@MODES
@pytest.mark.parametrize("shape", ["refusal", "refusal2xx", "description", "html502"])
def test_autobutler_integration_values(
    mode: str, shape: str, caplog: pytest.LogCaptureFixture
) -> None:
    # The spec marks every value of this free-form body sensitive (x-sensitive), so a value
    # under a name nobody lists as secret is scrubbed too.
    fields = {"token": INTEGRATION_TOKEN, "username": "foo", "dealerKey": DEALER_KEY}
    with ScriptedServer(echoing(shape)) as server:
        base_url = server.url + AUTOBUTLER

        def sync() -> None:
            with AutobutlerClient(token=TOKEN, base_url=base_url, max_retries=0) as client:
                client.mechanic_integrations.update("MechanicIntegrations::TWMIntegration", fields)

        async def run_async() -> None:
            async with AsyncAutobutlerClient(token=TOKEN, base_url=base_url, max_retries=0) as c:
                await c.mechanic_integrations.update("MechanicIntegrations::TWMIntegration", fields)

        error = caught(mode, sync, run_async)
    if shape.startswith("refusal"):
        assert isinstance(error, UnprocessableEntityError)
        assert error.field_errors["token"], "the field names stay"
    check(error, caplog, TOKEN, INTEGRATION_TOKEN, DEALER_KEY)


# --- Hubster ----------------------------------------------------------------------------------


@MODES
@pytest.mark.parametrize("shape", ["oauth", "description", "html200", "badheader"])
def test_hubster_client_secret_at_the_token_endpoint(
    mode: str, shape: str, caplog: pytest.LogCaptureFixture
) -> None:
    with ScriptedServer() as server:
        server.on("POST", "/connect/token", echoing(shape))
        token_url = server.url + "/connect/token"
        options: dict[str, Any] = {"base_url": server.url, "max_retries": 0}

        def sync() -> None:
            with HubsterClient.from_client_credentials(
                "client-1", CLIENT_SECRET, token_url, **options
            ) as client:
                client.integrations.get("abc")

        async def run_async() -> None:
            async with AsyncHubsterClient.from_client_credentials(
                "client-1", CLIENT_SECRET, token_url, **options
            ) as client:
                await client.integrations.get("abc")

        error = caught(mode, sync, run_async)
        assert CLIENT_SECRET in sent_values(server.requests[0])
    # The token requests are not the package logger's (the provider sends them itself), so
    # nothing may be logged of them at all.
    assert_never_shown(exposed(error, caplog), CLIENT_SECRET)


@MODES
@pytest.mark.parametrize("shape", ["description", "nested", "html502", "badheader"])
def test_hubster_channel_configuration_secret(
    mode: str, shape: str, caplog: pytest.LogCaptureFixture
) -> None:
    body = CreateTwilioSmsIntegration(
        name="sms",
        configuration=TwilioSmsCreateConfiguration(
            auth_token=AUTH_TOKEN, account_sid="AC123", number_sid="PN456"
        ),
    )
    with ScriptedServer(echoing(shape)) as server:

        def sync() -> None:
            with HubsterClient(token=TOKEN, base_url=server.url, max_retries=0) as client:
                client.integrations.create("hub-1", body)

        async def run_async() -> None:
            async with AsyncHubsterClient(token=TOKEN, base_url=server.url, max_retries=0) as c:
                await c.integrations.create("hub-1", body)

        error = caught(mode, sync, run_async)
        assert AUTH_TOKEN in sent_values(server.requests[0])
    check(error, caplog, TOKEN, AUTH_TOKEN)
    if shape == "nested":
        assert error.details[0].code == "invalid_ref"


# --- integrator.io ----------------------------------------------------------------------------


@MODES
@pytest.mark.parametrize("shape", ["json", "refusal", "nested", "html200"])
def test_integratorio_connection_credentials(
    mode: str, shape: str, caplog: pytest.LogCaptureFixture
) -> None:
    integration = {
        "name": "orders",
        "settings": {"connection": {"type": "http", "password": CONNECTION_PASSWORD}},
    }
    with ScriptedServer(echoing(shape)) as server:
        base_url = server.url + "/v1"

        def sync() -> None:
            with IntegratorClient(token=TOKEN, base_url=base_url, max_retries=0) as client:
                client.integrations.create(integration)

        async def run_async() -> None:
            async with AsyncIntegratorClient(token=TOKEN, base_url=base_url, max_retries=0) as c:
                await c.integrations.create(integration)

        error = caught(mode, sync, run_async)
        assert CONNECTION_PASSWORD in sent_values(server.requests[0])
    check(error, caplog, TOKEN, CONNECTION_PASSWORD)
