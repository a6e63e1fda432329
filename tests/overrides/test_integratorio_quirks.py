"""integrator.io quirks 4 (``_id``-style keys) and 5 (whole-resource PUT), through a real socket.

Quirk 4: Celigo keys start with an underscore (``_id``, ``_connectorId``, ``_iClientIdMap``;
celigo/integrator-api-docs integration.md and connector.md). overrides/integratorio/sdk.yaml
sets ``codegen: {field_prefix: ""}`` so the attributes are ``id``, ``connector_id``,
``i_client_id_map``, and ``to_dict()`` writes the wire keys back.

Quirk 5: PUT replaces the whole resource (celigo/integrator-api-docs, integration.md: PUT), so
GET -> change one field -> PUT must send every field the GET returned, the ones the spec does
not list included, and the date-times as the server wrote them (generator/templates/types.py.jinja
and property_templates/datetime_property.py.jinja keep the text of a date-time that was read).
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from integratorio_client import IntegratorClient, InternalServerError
from integratorio_client.models import (
    Connector,
    IClientIdMapEntry,
    InstallStep,
    Integration,
    OAuthServerFlow,
)

from tests.support import Recorded, Reply, ScriptedServer, seed_example

TOKEN = "celigo-api-token"
SPEC = Path(__file__).resolve().parents[2] / "specs" / "integratorio.yaml"


def _property_names(node: object) -> set[str]:
    names: set[str] = set()
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            names.update(str(name) for name in properties)
        for child in node.values():
            names |= _property_names(child)
    elif isinstance(node, list):
        for child in node:
            names |= _property_names(child)
    return names


# Every key the spec gives a type to; an "unknown" key must be none of them.
KNOWN_KEYS = frozenset(_property_names(yaml.safe_load(SPEC.read_text(encoding="utf-8"))))


def _client(server: ScriptedServer) -> IntegratorClient:
    # No client-side throttling: the property test sends hundreds of requests.
    return IntegratorClient(token=TOKEN, base_url=server.url, max_retries=0, rate_limit=None)


class _Store:
    """A tiny integrator.io: GET answers ``document``; PUT records its body and echoes it."""

    def __init__(self) -> None:
        self.document: Any = None
        self.puts: list[Recorded] = []

    def __call__(self, seen: Recorded) -> Reply:
        if seen.method == "GET":
            return Reply(200, self.document)
        if seen.method == "PUT":
            self.puts.append(seen)
            return Reply(200, seen.body)
        return Reply(405, {"errors": [{"code": "method", "message": seen.method}]})


@pytest.fixture
def store() -> _Store:
    return _Store()


@pytest.fixture
def server(store: _Store) -> Iterator[ScriptedServer]:
    with ScriptedServer(store) as running:
        yield running


# --- quirk 4: _id-style keys ------------------------------------------------------------------


def test_underscore_keys_map_to_plain_attributes(server: ScriptedServer, store: _Store) -> None:
    connector_doc = seed_example("004:L34")
    integration_doc = seed_example("001:L59")
    with _client(server) as client:
        store.document = connector_doc
        connector = client.connectors.get("54fa0b38a7044f9252000036")
        store.document = integration_doc
        integration = client.integrations.get("57974ed227a82a3475cecb15")
        client.connectors.update("54fa0b38a7044f9252000036", connector)

    assert isinstance(connector, Connector)
    assert connector.id == "123ab456c789de1011fg12h13i"
    assert connector.integration_id == "123ab456c789de1011fg12acab"
    assert connector.stack_id == "5593228187085d362c0444a455"
    assert connector.shared_import_ids == [] and connector.shared_export_ids == []
    assert isinstance(connector.o_auth_server_flow, OAuthServerFlow)
    assert connector.o_auth_server_flow.i_client_id == "123fa0c93a7044f9252000123"
    assert isinstance(connector.i_client_id_map, list)
    (entry,) = connector.i_client_id_map
    assert isinstance(entry, IClientIdMapEntry)
    assert entry.id is False  # seed 004 line 56: "_id": false, kept as the boolean
    assert entry.i_client_ids == ["123f9dfc4a7d2ca3238e19c123"]
    # Nothing lands in additional_properties under its wire name, and no field_ prefix.
    assert not any(key.startswith("_") for key in connector.additional_properties)
    assert not hasattr(connector, "field_id")

    assert isinstance(integration, Integration)
    assert integration.id == "57974ed227a82a3475cecb15"
    assert integration.connector_id == "57179182e0a908200c2781d9"
    assert isinstance(integration.install, list)
    assert isinstance(integration.install[0], InstallStep)
    assert integration.install[0].connection_id == "57974ed21d2e4ab87ae46d99"

    # to_dict() and the PUT body carry the wire keys again, exactly as read.
    assert connector.to_dict() == connector_doc
    assert integration.to_dict() == integration_doc
    (put,) = store.puts
    assert put.json() == connector_doc
    assert b'"_iClientIdMap":[{"_id":false,' in put.body
    # Models built in code take the plain names and write the wire keys.
    built = Integration(name="Orders", connector_id="57179182e0a908200c2781d9")
    assert built.to_dict() == {"name": "Orders", "_connectorId": "57179182e0a908200c2781d9"}
    assert IClientIdMapEntry(id=False).to_dict() == {"_id": False}


# --- quirk 5: whole-resource PUT --------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
unknown_keys = st.text(min_size=1, max_size=12).filter(lambda key: key not in KNOWN_KEYS)
# RFC 3339 date-times as servers write them: "Z" or an offset, 0 to 7 fraction digits.
wire_datetimes = st.builds(
    lambda moment, digits, zone: (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
        + (("." + f"{moment.microsecond:06d}{moment.microsecond % 10}"[:digits]) if digits else "")
        + zone
    ),
    st.datetimes(),
    st.integers(min_value=0, max_value=7),
    st.sampled_from(["Z", "+00:00", "-00:00", "+05:30", "-08:00"]),
)


@st.composite
def sprinkled(draw: st.DrawFn, document: Any) -> Any:
    """``document`` with unknown keys added to every object in it, at every depth."""
    if isinstance(document, list):
        return [draw(sprinkled(item)) for item in document]
    if not isinstance(document, dict):
        return document
    result = {key: draw(sprinkled(value)) for key, value in document.items()}
    extra = draw(st.dictionaries(unknown_keys, json_values, max_size=3))
    for key, value in extra.items():
        result.setdefault(key, value)
    return result


@st.composite
def integration_documents(draw: st.DrawFn) -> Any:
    seed = draw(st.sampled_from(["001:L39", "001:L59", "002:L51", "002:L66"]))
    document = draw(sprinkled(seed_example(seed)))
    document["lastModified"] = draw(st.just(document["lastModified"]) | wire_datetimes)
    if "mode" in document:
        # Documented values and values the docs do not list (quirk 8) alike.
        document["mode"] = draw(st.sampled_from(["install", "settings", "uninstall"]) | st.text())
    return document


@st.composite
def connector_documents(draw: st.DrawFn) -> Any:
    document = draw(sprinkled(seed_example("004:L34")))
    document["lastModified"] = draw(st.just(document["lastModified"]) | wire_datetimes)
    return document


PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def test_put_sends_back_every_field_read(server: ScriptedServer, store: _Store) -> None:
    with _client(server) as client:

        @PROPERTY_SETTINGS
        @given(document=integration_documents())
        def read_modify_write(document: Any) -> None:
            store.document = document
            store.puts.clear()
            integration = client.integrations.get("554155c853bb53af2900000b")
            integration.name = "new"
            client.integrations.update("554155c853bb53af2900000b", integration)
            (put,) = store.puts
            # Every key, unknown ones at every depth included, with the same value; date-times
            # in the same text (a decoded comparison compares strings byte for byte).
            assert put.json() == {**document, "name": "new"}

        read_modify_write()


def test_put_of_a_plain_dict_sends_every_field(server: ScriptedServer, store: _Store) -> None:
    with _client(server) as client:

        @PROPERTY_SETTINGS
        @given(document=integration_documents())
        def write_dict(document: Any) -> None:
            store.puts.clear()
            changed = {**copy.deepcopy(document), "name": "new"}
            client.integrations.update("554155c853bb53af2900000b", changed)
            (put,) = store.puts
            assert put.json() == changed

        write_dict()


def test_connector_put_keeps_nested_unknown_fields(server: ScriptedServer, store: _Store) -> None:
    with _client(server) as client:

        @PROPERTY_SETTINGS
        @given(document=connector_documents())
        def read_modify_write(document: Any) -> None:
            store.document = document
            store.puts.clear()
            connector = client.connectors.get("54fa0b38a7044f9252000036")
            connector.published = False
            client.connectors.update("54fa0b38a7044f9252000036", connector)
            (put,) = store.puts
            assert put.json() == {**document, "published": False}

        read_modify_write()


def test_put_keeps_the_date_time_text_of_the_docs(server: ScriptedServer, store: _Store) -> None:
    store.document = seed_example("001:L39")  # "lastModified": "2017-08-07T18:34:07.786Z"
    with _client(server) as client:
        integration = client.integrations.get("554155c853bb53af2900000b")
        integration.readme = "changed"
        client.integrations.update("554155c853bb53af2900000b", integration)
    (put,) = store.puts
    assert b'"lastModified":"2017-08-07T18:34:07.786Z"' in put.body
    # The parsed value is a real, timezone-aware datetime.
    assert isinstance(integration.last_modified, datetime.datetime)
    assert integration.last_modified.isoformat() == "2017-08-07T18:34:07.786000+00:00"


def test_a_changed_date_time_is_written_from_its_new_value(
    server: ScriptedServer, store: _Store
) -> None:
    store.document = seed_example("004:L86")[0]
    with _client(server) as client:
        license_ = client.connectors.licenses.get("54fa0b38a7044f9252000036", "lic")
        assert isinstance(license_.expires, datetime.datetime)
        license_.expires = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
        client.connectors.licenses.update("54fa0b38a7044f9252000036", "lic", license_.to_dict())
    (put,) = store.puts
    sent = json.loads(put.body)
    assert sent["expires"] == "2030-01-01T00:00:00+00:00"
    assert sent["created"] == "2017-10-24T09:10:59.408Z"  # unchanged: as read
    assert sent["user"] == seed_example("004:L86")[0]["user"]


# --- pushConnectorUpdate starts work: a PUT that is not repeated once sent -----------------------


def test_push_update_is_not_retried_once_sent(server: ScriptedServer) -> None:
    server.reply(Reply(503, {"errors": [{"code": "unavailable"}]}))
    client = IntegratorClient(token=TOKEN, base_url=server.url, rate_limit=None)
    with client, pytest.raises(InternalServerError):
        client.connectors.push_update("c1", {"_integrationIds": ["i1"]})
    assert [r.request_line for r in server.requests] == ["PUT /connectors/c1/update HTTP/1.1"]


def test_push_update_is_retried_after_a_429(server: ScriptedServer) -> None:
    server.reply(Reply(429, {}, headers={"Retry-After": "0"}), Reply(200, b""))
    client = IntegratorClient(token=TOKEN, base_url=server.url, rate_limit=None)
    with client:
        client.connectors.push_update("c1", {"_integrationIds": ["i1"]})
    assert len(server.requests) == 2


def test_other_puts_are_still_retried(server: ScriptedServer) -> None:
    server.reply(Reply(503, {}), Reply(200, {"_id": "c1", "name": "n"}))
    client = IntegratorClient(token=TOKEN, base_url=server.url, rate_limit=None)
    with client:
        client.connectors.update("c1", {"_id": "c1", "name": "n"})
    assert len(server.requests) == 2
