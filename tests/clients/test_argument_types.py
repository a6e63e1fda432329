"""Arguments of the wrong type are refused with a ``TypeError`` before anything is sent.

``None``, a string or a list where a model or a mapping is expected, a list or ``None`` as an
id, a dict that does not fit the body's model, a dict nested where a model is due: each fails
where it was passed, naming the method and the argument (generator/runtime/_arguments.py, called
by generator/templates/sdk/_client.py.jinja), and the scripted server sees no request. A plain
dict is accepted wherever the README says so, Hubster's ``update`` included. Sync and async
clients, over a real socket (tests/support/server.py).
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable
from typing import Any

import pytest

from tests.support import Reply, ScriptedServer, seed_example

MODES = ["sync", "async"]
CLIENTS = {
    "autobutler_client": ("AutobutlerClient", "AsyncAutobutlerClient"),
    "integratorio_client": ("IntegratorClient", "AsyncIntegratorClient"),
    "hubster_client": ("HubsterClient", "AsyncHubsterClient"),
}
INTEGRATION_ID = "554155c853bb53af2900000b"
HUB_ID = "11111111-2222-3333-4444-555555555555"
HUBSTER_ID = "99999999-8888-7777-6666-555555555555"
HUBSTER_POST = f"/api/v1/integrations/hubs/{HUBSTER_ID}"


def through(mode: str, package: str, server: ScriptedServer, action: Callable[[Any], Any]) -> Any:
    """``action(client)`` with the sync or the async client of ``package``."""
    module = importlib.import_module(package)
    sync_name, async_name = CLIENTS[package]
    options: dict[str, Any] = {"token": "t0ken-value", "base_url": server.url, "max_retries": 0}
    if mode == "sync":
        with getattr(module, sync_name)(**options) as client:
            return action(client)

    async def main() -> Any:
        async with getattr(module, async_name)(**options) as client:
            return await action(client)

    return asyncio.run(main())


WRONG_BODIES = [None, "Orders", ["name", "Orders"], 5]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("body", WRONG_BODIES, ids=["None", "str", "list", "int"])
@pytest.mark.parametrize(
    ("package", "action", "where", "wanted"),
    [
        (
            "integratorio_client",
            lambda body: lambda c: c.integrations.update(INTEGRATION_ID, body),
            "integrations.update()",
            "Integration or a dict",
        ),
        (
            "integratorio_client",
            lambda body: lambda c: c.integrations.create(body),
            "integrations.create()",
            "Integration or a dict",
        ),
        (
            "integratorio_client",
            lambda body: lambda c: c.connectors.licenses.create("54fa0b38a7044f9252000036", body),
            "connectors.licenses.create()",
            "LicenseCreate or a dict",
        ),
        (
            "autobutler_client",
            lambda body: lambda c: c.mechanic_integrations.update("twm", body),
            "mechanic_integrations.update()",
            "IntegrationUpdate or a dict",
        ),
        (
            "hubster_client",
            lambda body: lambda c: c.integrations.update(HUBSTER_ID, body),
            "integrations.update()",
            "UpdateWebChatIntegration, or a dict",
        ),
        (
            "hubster_client",
            lambda body: lambda c: c.integrations.create(HUB_ID, body),
            "integrations.create()",
            "CreateWebChatIntegration, or a dict",
        ),
    ],
    ids=[
        "integratorio-update",
        "integratorio-create",
        "integratorio-license",
        "autobutler-update",
        "hubster-update",
        "hubster-create",
    ],
)
def test_a_body_of_the_wrong_type_is_refused_before_sending(
    server: ScriptedServer,
    mode: str,
    body: object,
    package: str,
    action: Callable[[object], Callable[[Any], Any]],
    where: str,
    wanted: str,
) -> None:
    # Before: a raw AttributeError ('NoneType' object has no attribute 'to_dict').
    with pytest.raises(TypeError) as caught:
        through(mode, package, server, action(body))
    message = str(caught.value)
    assert message.startswith(where) and wanted in message
    assert ("not None" if body is None else f"not a{'n' if body == 5 else ''} ") in message
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("value", "kind"),
    [(None, "None"), ([INTEGRATION_ID], "list"), ({"id": INTEGRATION_ID}, "dict")],
    ids=["None", "list", "dict"],
)
@pytest.mark.parametrize(
    ("package", "action", "where", "name"),
    [
        (
            "integratorio_client",
            lambda value: lambda c: c.integrations.get(value),
            "integrations.get()",
            "id",
        ),
        (
            "integratorio_client",
            lambda value: lambda c: c.integrations.delete(value),
            "integrations.delete()",
            "id",
        ),
        (
            "hubster_client",
            lambda value: lambda c: c.integrations.get(value),
            "integrations.get()",
            "integration_id",
        ),
        (
            "autobutler_client",
            lambda value: lambda c: c.mechanic_integrations.job_url("twm", value),
            "mechanic_integrations.job_url()",
            "job_id",
        ),
    ],
    ids=["integratorio-get", "integratorio-delete", "hubster-get", "autobutler-job-url"],
)
def test_an_id_of_the_wrong_type_is_refused_before_sending(
    server: ScriptedServer,
    mode: str,
    value: object,
    kind: str,
    package: str,
    action: Callable[[object], Callable[[Any], Any]],
    where: str,
    name: str,
) -> None:
    # Before: None raised a ValueError, a list a TypeError that named neither method nor argument.
    with pytest.raises(TypeError) as caught:
        through(mode, package, server, action(value))
    message = str(caught.value)
    assert message.startswith(where) and f"`{name}`" in message
    assert kind in message
    if kind == "list":
        assert "once for each" in message
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_hubster_update_takes_a_plain_dict_or_a_model_read(
    server: ScriptedServer, mode: str
) -> None:
    # The README: update accepts a model from get or a plain dict. Before, a dict raised a raw
    # AttributeError ('dict' object has no attribute 'to_dict').
    answer = seed_example("003:L679")
    server.on("POST", HUBSTER_POST, Reply(200, answer))
    fields = {"name": "Support line (EU)", "statusId": 3002}
    result = through(
        mode, "hubster_client", server, lambda c: c.integrations.update(HUBSTER_ID, fields)
    )
    through(mode, "hubster_client", server, lambda c: c.integrations.update(HUBSTER_ID, result))
    first, second = server.requests
    assert first.json() == fields
    assert result.channel_id == "TwilioSMS"
    assert second.json() == result.to_dict()


@pytest.mark.parametrize("mode", MODES)
def test_hubster_create_takes_a_plain_dict(server: ScriptedServer, mode: str) -> None:
    answer = seed_example("003:L679")
    server.on("POST", f"/api/v1/integrations/hubs/{HUB_ID}", Reply(200, answer))
    fields = {
        "channelId": "TwilioSMS",
        "name": "Support line",
        "configuration": {"authToken": "a", "accountSid": "AC1", "numberSid": "PN1"},
    }
    through(mode, "hubster_client", server, lambda c: c.integrations.create(HUB_ID, fields))
    (post,) = server.requests
    assert post.json() == fields


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"name": "Orders", "settings": []}, "Expected an object at $.settings, got an array"),
        ({"name": "Orders", "install": {}}, "Expected an array at $.install, got an empty"),
        ({"name": "Orders", "lastModified": 5}, "Expected a date-time at $.lastModified"),
    ],
    ids=["settings-[]", "install-{}", "date-time-number"],
)
def test_a_dict_that_does_not_fit_the_model_is_refused(
    server: ScriptedServer, mode: str, fields: dict[str, Any], reason: str
) -> None:
    # Before: "settings": [] was read as IntegrationSettings() and PUT as {}, "install": {} as [].
    with pytest.raises(TypeError) as caught:
        through(
            mode,
            "integratorio_client",
            server,
            lambda c: c.integrations.update(INTEGRATION_ID, fields),
        )
    message = str(caught.value)
    assert "`integration` to integrations.update() does not fit Integration" in message
    assert reason in message
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_a_dict_where_a_nested_model_is_due_is_refused(server: ScriptedServer, mode: str) -> None:
    from hubster_client.models import CreateTwilioSmsIntegration

    body = CreateTwilioSmsIntegration(
        name="Support line",
        configuration={"authToken": "a", "accountSid": "AC1", "numberSid": "PN1"},  # type: ignore[arg-type]
    )
    # Before: a raw AttributeError ('dict' object has no attribute 'to_dict').
    with pytest.raises(TypeError) as caught:
        through(mode, "hubster_client", server, lambda c: c.integrations.create(HUB_ID, body))
    message = str(caught.value)
    assert message.startswith("integrations.create(): a field of `body` has the wrong type")
    assert "'dict' object has no attribute 'to_dict'" in message
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_models_and_dicts_of_the_right_type_still_go_through(
    server: ScriptedServer, mode: str
) -> None:
    from integratorio_client.models import Integration

    document = seed_example("001:L59")
    server.always(Reply(200, document))
    integration = Integration.from_dict(document)
    through(
        mode,
        "integratorio_client",
        server,
        lambda c: c.integrations.update(INTEGRATION_ID, integration),
    )
    through(
        mode,
        "integratorio_client",
        server,
        lambda c: c.integrations.update(INTEGRATION_ID, document),
    )
    assert [r.json() for r in server.requests] == [document, document]
