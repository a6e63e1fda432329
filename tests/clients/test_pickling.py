"""Models, the pagers' items and the sentinels survive pickle, copy and deepcopy.

Celery, multiprocessing and caches pickle what they are given. A copy must be equal to the
original, and ``to_dict()`` and an ``update()`` must treat it exactly as they treat the original:
``UNSET`` in a copy is still ``UNSET`` (so ``to_dict()`` leaves the field out instead of
emitting an ``Unset`` object that ``json`` cannot write), and a date-time read from the wire keeps
its text. Checked over every model class of the three packages, with instances drawn by
hypothesis (tests/support/model_values.py) and read from the vendors' examples, and on the
wire: the fakes record the bytes an update with a copy sends. The errors' side is
tests/runtime/test_errors_pickling.py; the Autobutler refusal error is here.
"""

from __future__ import annotations

import asyncio
import copy
import copyreg
import importlib
import io
import json
import pickle
import re
from typing import Any

import pytest
from autobutler_client import AutobutlerClient, UnprocessableEntityError
from autobutler_client.models import IntegrationUpdate
from autobutler_client.testing import FakeAutobutler
from autobutler_client.types import UNSET
from hubster_client import AsyncHubsterClient, HubsterClient
from hubster_client.models import (
    CreateWebChatIntegration,
    UpdateWebChatIntegration,
    WebChatCreateConfiguration,
    WebChatIntegration,
)
from hubster_client.testing import FakeHubster
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from integratorio_client import AsyncIntegratorClient, IntegratorClient
from integratorio_client.testing import FakeIntegrator

from tests.support import ScriptedServer, vendor_example
from tests.support.echo import assert_never_shown, echoing
from tests.support.model_values import PACKAGES, example_instances, instances, model_classes

PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TOKEN = "Sx9-api-token-9xS"
INTEGRATION_TOKEN = "Sx9-integration-token-9xS"


def copies(value: Any) -> list[Any]:
    """``value`` through pickle (every protocol), ``copy.copy`` and ``copy.deepcopy``."""
    pickled = [pickle.loads(pickle.dumps(value, protocol)) for protocol in PROTOCOLS]
    return [*pickled, copy.copy(value), copy.deepcopy(value)]


def assert_same_model(original: Any, copied: Any) -> None:
    assert type(copied) is type(original)
    assert copied == original
    wire = original.to_dict()
    copied_wire = copied.to_dict()
    assert copied_wire == wire
    # JSON only (no Unset object), and the same JSON: date-times keep the text they were read as.
    assert json.dumps(copied_wire, sort_keys=True) == json.dumps(wire, sort_keys=True)


# --- the sentinels ------------------------------------------------------------------------------


@pytest.mark.parametrize("package", PACKAGES)
def test_unset_and_not_given_stay_the_one_sentinel(package: str) -> None:
    types = importlib.import_module(f"{package}.types")
    runtime = importlib.import_module(f"{package}._runtime")
    for sentinel in (types.UNSET, runtime.NOT_GIVEN):
        for copied in copies(sentinel):
            assert copied is sentinel
        assert type(sentinel)() is sentinel
        assert not sentinel
    assert repr(types.UNSET) == "UNSET"
    assert repr(runtime.NOT_GIVEN) == "NOT_GIVEN"


class _OldPickler(pickle.Pickler):
    """Pickles ``Unset`` as clients before ``Unset.__reduce__`` did: a new instance."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj).__name__ == "Unset":
            return copyreg.__newobj__, (type(obj),)  # type: ignore[attr-defined]
        return NotImplemented


def test_a_model_pickled_by_an_older_client_reads_back_with_unset() -> None:
    # Caches outlive upgrades: what an older client pickled (default protocol) loads with UNSET.
    from integratorio_client.models import Integration
    from integratorio_client.types import UNSET

    model = Integration.from_dict({"_id": "5b1f0c3e9d1c2a0012ab34cd", "name": "Old"})
    buffer = io.BytesIO()
    _OldPickler(buffer).dump(model)
    loaded = pickle.loads(buffer.getvalue())
    assert loaded.readme is UNSET
    assert loaded.to_dict() == {"_id": "5b1f0c3e9d1c2a0012ab34cd", "name": "Old"}


# --- every model class --------------------------------------------------------------------------

CLASSES = [
    pytest.param(cls, id=f"{package}.{cls.__name__}")
    for package in PACKAGES
    for cls in model_classes(package)
]


def test_every_model_class_is_covered() -> None:
    # 24 Autobutler, 19 integrator.io and 38 Hubster models, and Hubster's two override classes.
    assert len(CLASSES) >= 83


@pytest.mark.parametrize("cls", CLASSES)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_model_survives_pickle_and_copies(cls: type[Any], data: st.DataObject) -> None:
    original = data.draw(instances(cls))
    # And as read from the wire: from the dict the drawn instance writes.
    for model in (original, cls.from_dict(original.to_dict())):
        for copied in copies(model):
            assert_same_model(model, copied)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_model_read_from_the_vendor_examples_survives(package: str) -> None:
    found = example_instances(package)
    assert len({type(model) for model in found}) >= 17
    for model in found:
        for copied in copies(model):
            assert_same_model(model, copied)


# --- an update with a copy sends the same bytes -------------------------------------------------

# The SmartConnector install of the docs: date-times with milliseconds and "Z", settings, install.
INSTALL = vendor_example("integratorio", "integration.md:L59")


@MODES
def test_integratorio_update_with_a_copy_sends_what_the_original_sends(mode: str) -> None:
    with FakeIntegrator() as fake:
        (record_id,) = fake.add_integrations(1, INSTALL)

        if mode == "sync":
            with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
                read = client.integrations.get(record_id)
                for body in [read, *copies(read)]:
                    client.integrations.update(record_id, body)
        else:

            async def run() -> None:
                async with AsyncIntegratorClient(token=fake.token, base_url=fake.base_url) as c:
                    read = await c.integrations.get(record_id)
                    for body in [read, *copies(read)]:
                        await c.integrations.update(record_id, body)

            asyncio.run(run())
        sent = [r.body for r in fake.requests if r.method == "PUT"]
    assert len(sent) == len(PROTOCOLS) + 3
    assert set(sent) == {sent[0]}
    # As read: milliseconds and "Z", not isoformat()'s microseconds and "+00:00".
    assert re.search(rb'"lastModified":"[0-9T:-]+\.[0-9]{3}Z"', sent[0])


def _webchat_update(read: WebChatIntegration) -> UpdateWebChatIntegration:
    # Read, modify, write: one more allowed origin; the name and the status stay as they are
    # (UNSET: not sent).
    configuration = read.configuration.to_dict()
    configuration["allowedOrigins"] = [*configuration["allowedOrigins"], "example.com"]
    return UpdateWebChatIntegration.from_dict({"configuration": configuration})


@MODES
def test_hubster_update_with_a_copy_sends_what_the_original_sends(mode: str) -> None:
    create = CreateWebChatIntegration(
        name="Chat",
        configuration=WebChatCreateConfiguration(allowed_origins=["localhost", "hubster.io"]),
    )
    with FakeHubster() as fake:
        hub_id = fake.add_hub()

        if mode == "sync":
            with HubsterClient(token=fake.token, base_url=fake.base_url) as client:
                created = client.integrations.create(hub_id, create)
                assert isinstance(created, WebChatIntegration)
                read = client.integrations.get(created.integration_id)
                assert isinstance(read, WebChatIntegration)
                for model in [read, *copies(read)]:
                    body = _webchat_update(model)
                    for sent_body in [body, *copies(body)]:
                        client.integrations.update(read.integration_id, sent_body)
        else:

            async def run() -> None:
                async with AsyncHubsterClient(token=fake.token, base_url=fake.base_url) as c:
                    created = await c.integrations.create(hub_id, create)
                    assert isinstance(created, WebChatIntegration)
                    read = await c.integrations.get(created.integration_id)
                    assert isinstance(read, WebChatIntegration)
                    for model in [read, *copies(read)]:
                        body = _webchat_update(model)
                        for sent_body in [body, *copies(body)]:
                            await c.integrations.update(read.integration_id, sent_body)

            asyncio.run(run())
        updates = [r.body for r in fake.requests if r.method == "POST"][1:]
    assert len(updates) == (len(PROTOCOLS) + 3) ** 2
    assert set(updates) == {updates[0]}
    sent = json.loads(updates[0])
    assert "name" not in sent and "statusId" not in sent
    assert sent["configuration"]["allowedOrigins"] == ["localhost", "hubster.io", "example.com"]


def test_autobutler_update_with_a_copy_sends_what_the_original_sends() -> None:
    # Switch on every integration that is off (no configuration: UNSET), from the listed
    # integrations and from copies of them: the same integrations get the same values.
    with FakeAutobutler() as fake:
        with AutobutlerClient(token=fake.token, base_url=fake.base_url) as client:
            listed = client.mechanic_integrations.list()
            for answer in [listed, *copies(listed)]:
                for item in answer.mechanic_integrations:
                    if item.configuration is UNSET:
                        details = item.integration_details
                        fields = IntegrationUpdate.from_dict(
                            dict.fromkeys(details.authentication_fields, "foo")
                        )
                        for body in [fields, *copies(fields)]:
                            client.mechanic_integrations.update(details.name, body)
        sent = [(r.raw_path, r.body) for r in fake.requests if r.method == "PATCH"]
    off = [item for item in listed.mechanic_integrations if item.configuration is UNSET]
    assert off, "the fake lists an integration that is off"
    assert len(sent) == (len(PROTOCOLS) + 3) ** 2 * len(off)
    assert len(set(sent)) == len(off)


# --- the pagers' items --------------------------------------------------------------------------


@MODES
def test_integratorio_listed_integrations_pickle(mode: str) -> None:
    with FakeIntegrator(page_size=2) as fake:
        fake.add_integrations(3, INSTALL)
        fake.add_integrations(2)

        if mode == "sync":
            with IntegratorClient(token=fake.token, base_url=fake.base_url) as client:
                items = list(client.integrations.list())
        else:

            async def run() -> list[Any]:
                async with AsyncIntegratorClient(token=fake.token, base_url=fake.base_url) as c:
                    return [item async for item in c.integrations.list()]

            items = asyncio.run(run())
    assert len(items) == 5
    for item in items:
        for copied in copies(item):
            assert_same_model(item, copied)


@MODES
def test_hubster_listed_integrations_pickle(mode: str) -> None:
    with FakeHubster() as fake:
        hub_id = fake.add_hub()
        for channel in ("TwilioSMS", "WebChat", "Direct", "System", "Slack"):
            fake.add_integrations(hub_id, 1, channel=channel, name=f"{channel} {{n}}")

        if mode == "sync":
            with HubsterClient(token=fake.token, base_url=fake.base_url) as client:
                items = list(client.integrations.list(hub_id=hub_id, page_size=2))
                pages = [page.parsed for page in client.integrations.list().pages()]
        else:

            async def run() -> tuple[list[Any], list[Any]]:
                async with AsyncHubsterClient(token=fake.token, base_url=fake.base_url) as c:
                    listed = [item async for item in c.integrations.list(hub_id=hub_id)]
                    pages = [page.parsed async for page in c.integrations.list().pages()]
                    return listed, pages

            items, pages = asyncio.run(run())
    assert len(items) == 5
    for value in [*items, *pages]:
        for copied in copies(value):
            assert_same_model(value, copied)


def test_autobutler_listed_integrations_pickle() -> None:
    with FakeAutobutler() as fake:
        with AutobutlerClient(token=fake.token, base_url=fake.base_url) as client:
            listed = client.mechanic_integrations.list()
    assert listed.mechanic_integrations
    for value in [listed, *listed.mechanic_integrations]:
        for copied in copies(value):
            assert_same_model(value, copied)


# --- Autobutler's refusal error -----------------------------------------------------------------


@pytest.mark.parametrize("shape", ["refusal", "refusal2xx"])
def test_autobutler_refusal_pickles_without_the_values_sent(shape: str) -> None:
    fields = {"token": INTEGRATION_TOKEN, "username": "workshop-user"}
    with ScriptedServer(echoing(shape)) as server:
        base_url = server.url + "/api/v2/mechanics"
        with AutobutlerClient(token=TOKEN, base_url=base_url, max_retries=0) as client:
            with pytest.raises(UnprocessableEntityError) as caught:
                client.mechanic_integrations.update("MechanicIntegrations::TWMIntegration", fields)
    error = caught.value
    assert error.field_errors["token"], "the field names stay"
    for protocol in PROTOCOLS:
        data = pickle.dumps(error, protocol)
        assert_never_shown([data.decode("latin-1")], TOKEN)
        assert_never_shown([data.decode("latin-1")], INTEGRATION_TOKEN)
        restored = pickle.loads(data)
        assert type(restored) is type(error)
        assert str(restored) == str(error)
        assert restored.field_errors == error.field_errors
        assert restored.details == error.details
        assert restored.body == error.body
        assert restored.status_code == error.status_code
