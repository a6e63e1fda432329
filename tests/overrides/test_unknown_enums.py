"""Quirk 8: enum values the docs do not list parse, keep their value and are written back.

Autobutler documents ``authenticationType`` as ``simple`` or ``oauth2`` (seed 000, line 119) and
Celigo ``mode`` as ``install``, ``settings`` or ``uninstall`` (seed 001, line 20); APIs add values
without notice. generator/templates/str_enum.py.jinja gives every string enum a ``_missing_``
that keeps an unknown value as a member equal to it. (Hubster's ``statusId`` is covered with the
Hubster tests.)
"""

from __future__ import annotations

import copy

import pytest
from autobutler_client import AsyncAutobutlerClient, AutobutlerClient
from autobutler_client.models import IntegrationDetailsAuthenticationType
from integratorio_client import IntegratorClient
from integratorio_client.models import IntegrationMode

from tests.support import Reply, ScriptedServer, seed_example


def _autobutler_list_with(authentication_type: str) -> object:
    answer = seed_example("000:L35")
    answer["mechanicIntegrations"][2]["integrationDetails"]["authenticationType"] = (
        authentication_type
    )
    return answer


def test_unknown_authentication_type_is_kept(server: ScriptedServer) -> None:
    answer = _autobutler_list_with("saml2")
    server.reply(Reply(200, answer))
    with AutobutlerClient(token="t0ken", base_url=server.url, max_retries=0) as client:
        listed = client.mechanic_integrations.list()

    known, _, unknown = (item.integration_details for item in listed.mechanic_integrations)
    assert known.authentication_type is IntegrationDetailsAuthenticationType.SIMPLE
    assert isinstance(unknown.authentication_type, IntegrationDetailsAuthenticationType)
    assert unknown.authentication_type == "saml2"
    assert unknown.authentication_type.value == "saml2"
    assert str(unknown.authentication_type) == "saml2"
    assert listed.to_dict() == answer  # written back as it came


@pytest.mark.asyncio
async def test_unknown_authentication_type_is_kept_by_the_async_client(
    server: ScriptedServer,
) -> None:
    server.reply(Reply(200, _autobutler_list_with("magic-link")))
    async with AsyncAutobutlerClient(token="t0ken", base_url=server.url) as client:
        listed = await client.mechanic_integrations.list()
    details = listed.mechanic_integrations[2].integration_details
    assert details.authentication_type == "magic-link"
    assert details.to_dict()["authenticationType"] == "magic-link"


@pytest.mark.parametrize("mode", ["paused", "Install", "migrating-v2"])
def test_unknown_celigo_mode_is_kept_and_sent_back(server: ScriptedServer, mode: str) -> None:
    document = seed_example("001:L59")
    document["mode"] = mode
    server.reply(Reply(200, document), Reply(200, document))
    with IntegratorClient(token="t0ken", base_url=server.url, max_retries=0) as client:
        integration = client.integrations.get("57974ed227a82a3475cecb15")
        assert isinstance(integration.mode, IntegrationMode)
        assert integration.mode == mode
        assert integration.to_dict()["mode"] == mode
        client.integrations.update("57974ed227a82a3475cecb15", integration)

    put = server.requests[1]
    assert put.method == "PUT"
    assert put.json()["mode"] == mode


def test_documented_values_are_still_the_members(server: ScriptedServer) -> None:
    document = seed_example("001:L59")  # "mode": "install"
    server.reply(Reply(200, copy.deepcopy(document)))
    with IntegratorClient(token="t0ken", base_url=server.url, max_retries=0) as client:
        integration = client.integrations.get("57974ed227a82a3475cecb15")
    assert integration.mode is IntegrationMode.INSTALL
