"""FakeIntegrator over real sockets: integrations, connectors, licenses, their errors and state.

Every answer is checked against specs/integratorio.yaml (``spec_client``). The leaky bucket is
tested in test_fake_faults.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from integratorio_client.testing import DOCUMENTED_RATE_LIMIT, FakeIntegrator, RateLimit

from . import spec_client

HEX_ID = re.compile(r"[0-9a-f]{24}")
ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
USER = "test@celigo.com"
# The docs' license request (seed 004, line 142).
LICENSE_REQUEST = {
    "email": USER,
    "expires": "2017-11-01T18:29:59.999Z",
    "opts": {
        "addonLicenses": [{"licenses": [{"addOnEdition": "standard"}], "type": "store"}],
        "connectorEdition": "standard",
    },
}


@pytest.fixture
def fake() -> Iterator[FakeIntegrator]:
    with FakeIntegrator(rate_limit=None) as running:
        yield running


@pytest.fixture
def client(fake: FakeIntegrator) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {fake.token}"}
    with spec_client("integratorio", fake.base_url, headers) as http:
        yield http


def _create(client: httpx.Client, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post(path, json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def test_base_url_and_default_rate_limit_are_the_documented_ones() -> None:
    fake = FakeIntegrator()
    with fake:
        assert fake.base_url == f"http://127.0.0.1:{fake.port}/v1"
    # API-FACTS: a bucket of 100 refilled at 30 per second.
    assert fake.rate_limit == RateLimit(capacity=100, rate_per_second=30)
    assert DOCUMENTED_RATE_LIMIT == fake.rate_limit


def test_create_answers_201_with_a_24_hex_id_and_keeps_every_field(client: httpx.Client) -> None:
    body = {"name": "Licensing and Usage", "readme": "mission critical", "sandbox": {"x": [1]}}

    created = _create(client, "/integrations", body)

    assert HEX_ID.fullmatch(created["_id"])
    assert ISO_UTC.fullmatch(created["lastModified"])
    assert {k: created[k] for k in body} == body  # `sandbox` is not in the spec; kept
    assert client.get(f"/integrations/{created['_id']}").json() == created
    assert client.get("/integrations").json() == [created]


def test_create_ignores_read_only_fields_sent(client: httpx.Client) -> None:
    created = _create(client, "/integrations", {"_id": "a" * 24, "name": "x"})

    assert created["_id"] != "a" * 24


def test_put_replaces_the_whole_integration(client: httpx.Client) -> None:
    created = _create(client, "/integrations", {"name": "old", "readme": "gone after PUT"})

    response = client.put(
        f"/integrations/{created['_id']}",
        json={"name": "new", "settings": {"a": 1}, "unknownToSpec": True},
    )

    assert response.status_code == 200
    stored = client.get(f"/integrations/{created['_id']}").json()
    assert stored == response.json()
    assert stored["name"] == "new"
    assert stored["unknownToSpec"] is True
    assert "readme" not in stored  # left out of the PUT, so dropped
    assert stored["_id"] == created["_id"]


def test_read_modify_write_keeps_fields_the_spec_does_not_list(client: httpx.Client) -> None:
    created = _create(client, "/integrations", {"name": "n", "flowGroupings": [{"name": "g"}]})
    read = client.get(f"/integrations/{created['_id']}").json()

    read["name"] = "renamed"
    client.put(f"/integrations/{created['_id']}", json=read)

    assert client.get(f"/integrations/{created['_id']}").json()["flowGroupings"] == [{"name": "g"}]


def test_delete_answers_204_without_a_body_and_the_integration_is_gone(
    client: httpx.Client,
) -> None:
    created = _create(client, "/integrations", {"name": "x"})

    deleted = client.delete(f"/integrations/{created['_id']}")
    again = client.get(f"/integrations/{created['_id']}")

    assert deleted.status_code == 204
    assert deleted.content == b""
    assert "content-length" not in deleted.headers
    assert again.status_code == 404
    assert again.json()["errors"][0]["code"] == "not_found"


def test_clone_answers_201_with_a_copy_under_a_new_id(client: httpx.Client) -> None:
    original = _create(client, "/integrations", {"name": "x", "settings": {"a": 1}})

    response = client.post(f"/integrations/{original['_id']}/clone")

    assert response.status_code == 201
    clone = response.json()
    assert HEX_ID.fullmatch(clone["_id"]) and clone["_id"] != original["_id"]
    assert clone["settings"] == {"a": 1} and clone["name"] == "x"
    assert len(client.get("/integrations").json()) == 2


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/integrations/{id}"),
        ("PUT", "/integrations/{id}"),
        ("DELETE", "/integrations/{id}"),
        ("POST", "/integrations/{id}/clone"),
        ("GET", "/connectors/{id}"),
        ("GET", "/connectors/{id}/installBase"),
        ("GET", "/connectors/{id}/licenses"),
    ],
)
def test_unknown_ids_answer_404_with_errors(client: httpx.Client, method: str, path: str) -> None:
    response = client.request(method, path.format(id="0" * 24), json={"name": "x"})

    assert response.status_code == 404
    assert response.json()["errors"][0]["code"] == "not_found"
    assert "0" * 24 in response.json()["errors"][0]["message"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"mode": "paused"}, "invalid_value"),
        ({"install": [{"completed": "maybe"}]}, "invalid_value"),
        ({"lastModified": "yesterday"}, "invalid_value"),
        (["not", "an", "object"], "invalid_value"),
    ],
)
def test_a_body_the_wire_model_refuses_answers_422_with_errors(
    client: httpx.Client, body: Any, code: str
) -> None:
    response = client.post("/integrations", json=body)

    assert response.status_code == 422
    assert response.json()["errors"][0]["code"] == code
    assert client.get("/integrations").json() == []


def test_a_body_that_is_not_json_answers_400(client: httpx.Client) -> None:
    response = client.post(
        "/integrations", content=b"{name: x}", headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "invalid_json"


@pytest.mark.parametrize(
    "authorization", [None, "test-token", "Bearer wrong"], ids=["missing", "no-scheme", "wrong"]
)
def test_without_the_bearer_token_the_answer_is_401_with_errors(
    fake: FakeIntegrator, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    with spec_client("integratorio", fake.base_url, headers) as client:
        response = client.get("/integrations")

    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == "unauthorized"


def test_connector_crud(client: httpx.Client) -> None:
    created = _create(client, "/connectors", {"name": "Shopify - NetSuite", "handle": "sc4n"})
    connector_id = created["_id"]

    replaced = client.put(
        f"/connectors/{connector_id}", json={"name": "Renamed", "published": True}
    )
    listed = client.get("/connectors").json()
    deleted = client.delete(f"/connectors/{connector_id}")

    assert HEX_ID.fullmatch(connector_id)
    assert replaced.status_code == 200
    assert "handle" not in replaced.json() and replaced.json()["published"] is True
    assert listed == [replaced.json()]
    assert deleted.status_code == 204
    assert client.get(f"/connectors/{connector_id}").status_code == 404


def test_connector_with_an_invalid_contact_email_is_refused(client: httpx.Client) -> None:
    response = client.post("/connectors", json={"name": "x", "contactEmail": "not-an-email"})

    assert response.status_code == 422
    assert "contactEmail" in response.json()["errors"][0]["message"]


def test_license_for_an_unknown_user_answers_the_documented_invalid_user(
    client: httpx.Client,
) -> None:
    connector = _create(client, "/connectors", {"name": "c"})

    response = client.post(f"/connectors/{connector['_id']}/licenses", json=LICENSE_REQUEST)

    assert response.status_code == 400
    # The docs' body, verbatim (seed 004, line 271).
    assert response.json() == {
        "errors": [
            {
                "code": "invalid_user",
                "message": "We were not able to find any user with the provided email address.  "
                "Please ask the user to first create an integrator.io account.",
            }
        ]
    }
    assert client.get(f"/connectors/{connector['_id']}/licenses").json() == []


def test_license_lifecycle(fake: FakeIntegrator, client: httpx.Client) -> None:
    fake.add_user(USER, name="Celigo Tester")
    connector = _create(client, "/connectors", {"name": "c"})
    licenses = f"/connectors/{connector['_id']}/licenses"

    created = _create(client, licenses, LICENSE_REQUEST)
    # The user shows only its e-mail until it installs (seed 004, line 182).
    assert created["user"] == {"email": USER}
    assert "email" not in created
    assert HEX_ID.fullmatch(created["_id"]) and ISO_UTC.fullmatch(created["created"])
    assert created["opts"] == LICENSE_REQUEST["opts"]

    update = {"expires": "2020-11-01T18:29:59.999Z", "opts": {"connectorEdition": "enterprise"}}
    updated = client.put(f"{licenses}/{created['_id']}", json=update)
    assert updated.status_code == 200
    assert updated.json() == {
        "_id": created["_id"],
        **update,
        "created": created["created"],
        "user": {"email": USER},
    }

    assert client.get(f"{licenses}/{created['_id']}").json() == updated.json()
    assert client.get(licenses).json() == [updated.json()]
    assert client.delete(f"{licenses}/{created['_id']}").status_code == 204
    assert client.get(f"{licenses}/{created['_id']}").status_code == 404


def test_license_needs_an_email(fake: FakeIntegrator, client: httpx.Client) -> None:
    connector = _create(client, "/connectors", {"name": "c"})

    response = client.post(f"/connectors/{connector['_id']}/licenses", json={"expires": None})

    assert response.status_code == 422
    assert response.json()["errors"][0]["code"] == "missing_value"
    assert response.json()["errors"][0]["message"].startswith("email:")


def test_licenses_belong_to_their_connector(fake: FakeIntegrator, client: httpx.Client) -> None:
    fake.add_user(USER)
    first = _create(client, "/connectors", {"name": "a"})
    second = _create(client, "/connectors", {"name": "b"})
    license_ = _create(client, f"/connectors/{first['_id']}/licenses", {"email": USER})

    response = client.get(f"/connectors/{second['_id']}/licenses/{license_['_id']}")

    assert response.status_code == 404
    assert client.get(f"/connectors/{second['_id']}/licenses").json() == []


def test_install_base_and_push_update(fake: FakeIntegrator, client: httpx.Client) -> None:
    fake.add_user(USER, name="Celigo Tester")
    connector = _create(client, "/connectors", {"name": "c", "managed": True})
    license_ = _create(client, f"/connectors/{connector['_id']}/licenses", {"email": USER})
    install_id = fake.install_license(connector["_id"], license_["_id"])
    other = _create(client, "/integrations", {"name": "not an install"})

    base = client.get(f"/connectors/{connector['_id']}/installBase")
    assert base.status_code == 200
    assert base.json() == [{"_integrationId": install_id, "name": "c", "email": USER}]
    installed_license = client.get(f"/connectors/{connector['_id']}/licenses/{license_['_id']}")
    assert installed_license.json()["_integrationId"] == install_id
    assert installed_license.json()["user"]["name"] == "Celigo Tester"

    pushed = client.put(
        f"/connectors/{connector['_id']}/update", json={"_integrationIds": [install_id]}
    )
    assert pushed.status_code == 200
    assert pushed.content == b""
    assert client.get(f"/integrations/{install_id}").json()["updateInProgress"] is True
    assert "updateInProgress" not in client.get(f"/integrations/{other['_id']}").json()

    refused = client.put(
        f"/connectors/{connector['_id']}/update", json={"_integrationIds": [other["_id"]]}
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["code"] == "invalid_integration"
    missing = client.put(f"/connectors/{connector['_id']}/update", json={})
    assert missing.status_code == 422


def test_reset_empties_every_collection(fake: FakeIntegrator, client: httpx.Client) -> None:
    fake.add_user(USER)
    connector = _create(client, "/connectors", {"name": "c"})
    _create(client, "/integrations", {"name": "i"})

    fake.reset()

    assert client.get("/integrations").json() == []
    assert client.get("/connectors").json() == []
    licensed = client.post(f"/connectors/{connector['_id']}/licenses", json={"email": USER})
    assert licensed.status_code == 404


def test_the_generated_raw_functions_round_trip_through_the_fake(fake: FakeIntegrator) -> None:
    # The client's models (openapi-python-client) against the fake's (datamodel-code-generator).
    from integratorio_client.api.integrations import create_integration, get_integration
    from integratorio_client.client import AuthenticatedClient
    from integratorio_client.models import Integration

    with AuthenticatedClient(base_url=fake.base_url, token=fake.token) as client:
        body = Integration.from_dict({"name": "From the client", "mode": "settings", "extra": 1})
        created = create_integration.sync_detailed(client=client, body=body)
        assert created.status_code == 201
        assert isinstance(created.parsed, Integration)
        assert isinstance(created.parsed.id, str)
        read = get_integration.sync_detailed(created.parsed.id, client=client)

    assert fake.requests[0].json() == {"name": "From the client", "mode": "settings", "extra": 1}
    assert isinstance(read.parsed, Integration)
    assert read.parsed.name == "From the client"
    assert read.parsed.additional_properties["extra"] == 1


def test_install_license_names_what_is_missing(fake: FakeIntegrator) -> None:
    with pytest.raises(KeyError, match="create both through the API first"):
        fake.install_license("0" * 24, "1" * 24)
