"""FakeAutobutler over real sockets: every documented operation, its errors, and its state.

Every answer is checked against specs/autobutler.yaml (``spec_client``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from autobutler_client.testing import FakeAutobutler

from . import spec_client

TWM = "MechanicIntegrations::TWMIntegration"
CRMP = "MechanicIntegrations::CrmpIntegration"
AU2OFFICE = "MechanicIntegrations::Au2officeIntegration"


@pytest.fixture
def fake() -> Iterator[FakeAutobutler]:
    with FakeAutobutler() as running:
        yield running


@pytest.fixture
def client(fake: FakeAutobutler) -> Iterator[httpx.Client]:
    # The raw token is the whole header value (API-FACTS: no "Bearer").
    with spec_client("autobutler", fake.base_url, {"Authorization": fake.token}) as http:
        yield http


def _listed(client: httpx.Client) -> dict[str, dict[str, Any]]:
    response = client.get("/mechanic_integrations")
    assert response.status_code == 200
    return {e["integrationDetails"]["name"]: e for e in response.json()["mechanicIntegrations"]}


def test_base_url_carries_the_api_base_path(fake: FakeAutobutler) -> None:
    assert fake.base_url == f"http://127.0.0.1:{fake.port}/api/v2/mechanics"
    assert fake.token == "test-token"


def test_list_answers_the_documented_catalogue_with_crmp_configured(client: httpx.Client) -> None:
    listed = _listed(client)
    assert list(listed) == [AU2OFFICE, CRMP, TWM]
    assert listed[CRMP]["configuration"] == {
        "credentials": {"password": "bar", "username": "foo"},
        "id": 3,
        "options": {},
    }
    assert "configuration" not in listed[TWM]
    assert listed[TWM]["integrationDetails"]["authenticationFields"] == ["username", "token"]
    assert listed[CRMP]["integrationDetails"]["countries"] == ["dk", "se"]


def test_patch_activates_as_documented_and_the_list_shows_the_configuration(
    client: httpx.Client,
) -> None:
    response = client.patch(
        f"/mechanic_integrations/{TWM}", json={"token": "bar", "username": "foo"}
    )

    assert response.status_code == 200
    # The documented answer (seed 000, line 167), id 4 included; no `countries` in it.
    assert response.json() == {
        "configuration": {
            "credentials": {"token": "bar", "username": "foo"},
            "id": 4,
            "options": {},
        },
        "integrationDetails": {
            "authenticationFields": ["username", "token"],
            "authenticationType": "simple",
            "features": {"supportsCustomerLookup": False, "supportsOpenJob": True},
            "name": TWM,
            "optionFields": [],
        },
        "success": True,
    }
    assert _listed(client)[TWM]["configuration"]["id"] == 4


def test_patch_replaces_the_values_of_an_active_integration_and_keeps_its_id(
    client: httpx.Client,
) -> None:
    response = client.patch(
        f"/mechanic_integrations/{CRMP}", json={"username": "new", "password": "secret", "x": 1}
    )

    assert response.status_code == 200
    stored = _listed(client)[CRMP]["configuration"]
    assert stored == {
        # Extra keys are kept as credentials (the docs warn they may be there), as strings.
        "credentials": {"username": "new", "password": "secret", "x": "1"},
        "id": 3,
        "options": {},
    }


@pytest.mark.parametrize(
    "path_name",
    [TWM, "MechanicIntegrations%3A%3ATWMIntegration", "MechanicIntegrations%3a%3aTWMIntegration"],
    ids=["raw-colons", "encoded-colons", "lower-case-encoding"],
)
def test_a_name_is_found_with_or_without_percent_encoding(
    fake: FakeAutobutler, client: httpx.Client, path_name: str
) -> None:
    response = client.patch(
        f"/mechanic_integrations/{path_name}", json={"username": "u", "token": "t"}
    )

    assert response.status_code == 200
    assert response.json()["integrationDetails"]["name"] == TWM
    recorded = fake.requests[-1]
    assert recorded.path == f"/api/v2/mechanics/mechanic_integrations/{TWM}"
    assert recorded.raw_path == f"/api/v2/mechanics/mechanic_integrations/{path_name}"


def test_a_name_is_decoded_only_once(client: httpx.Client) -> None:
    # %253A is "%3A" after one decoding: not a colon, so no integration has that name.
    response = client.patch(
        "/mechanic_integrations/MechanicIntegrations%253A%253ATWMIntegration",
        json={"username": "u", "token": "t"},
    )

    assert response.status_code == 422
    assert response.json()["success"] is False
    assert "name" in response.json()["errors"]


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({"username": "foo"}, {"token": ["must be filled out"]}),
        ({"username": "", "token": "t"}, {"username": ["must be filled out"]}),
        (
            {"username": "  ", "token": None},
            {"username": ["must be filled out"], "token": ["must be filled out"]},
        ),
    ],
    ids=["missing", "empty", "blank-and-null"],
)
def test_patch_without_an_authentication_field_answers_the_documented_failure(
    client: httpx.Client, body: dict[str, Any], errors: dict[str, list[str]]
) -> None:
    response = client.patch(f"/mechanic_integrations/{TWM}", json=body)

    assert response.status_code == 422
    assert response.json() == {"errors": errors, "success": False}
    assert "configuration" not in _listed(client)[TWM]  # nothing was stored


def test_validation_status_200_answers_the_failure_body_with_200() -> None:
    with (
        FakeAutobutler(validation_status=200) as fake,
        spec_client("autobutler", fake.base_url, {"Authorization": fake.token}) as client,
    ):
        response = client.patch(f"/mechanic_integrations/{TWM}", json={"username": "foo"})

    assert response.status_code == 200
    assert response.json() == {"errors": {"token": ["must be filled out"]}, "success": False}


def test_validation_status_other_than_200_or_422_is_refused() -> None:
    with pytest.raises(ValueError, match="200 and on 422"):
        FakeAutobutler(validation_status=400)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"username": {"nested": 1}, "token": "t"}, "username"),
        ({"username": "u", "token": ["t"]}, "token"),
        (["username", "token"], "base"),
    ],
    ids=["object-value", "array-value", "not-an-object"],
)
def test_a_body_the_wire_model_refuses_answers_422_with_field_errors(
    client: httpx.Client, body: Any, field: str
) -> None:
    response = client.patch(f"/mechanic_integrations/{TWM}", json=body)

    assert response.status_code == 422
    assert response.json()["success"] is False
    assert list(response.json()["errors"]) == [field]


def test_a_body_that_is_not_json_answers_422(client: httpx.Client) -> None:
    response = client.patch(
        f"/mechanic_integrations/{TWM}",
        content=b"token=bar&username=foo",  # what the docs' curl line sends
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )

    assert response.status_code == 422
    assert response.json()["success"] is False
    assert "not valid JSON" in response.json()["errors"]["base"][0]


def test_patch_of_an_unknown_integration_is_refused(client: httpx.Client) -> None:
    response = client.patch("/mechanic_integrations/MechanicIntegrations::Nope", json={"a": "b"})

    assert response.status_code == 422
    assert response.json()["success"] is False
    assert "is not an available integration" in response.json()["errors"]["name"][0]


def test_delete_deactivates_and_the_list_drops_the_configuration(client: httpx.Client) -> None:
    response = client.delete(f"/mechanic_integrations/{CRMP}")

    assert response.status_code == 200
    assert response.json() == {"success": True}
    assert "configuration" not in _listed(client)[CRMP]


def test_reactivating_after_delete_gets_a_new_configuration_id(client: httpx.Client) -> None:
    client.delete(f"/mechanic_integrations/{CRMP}")
    response = client.patch(
        f"/mechanic_integrations/{CRMP}", json={"username": "u", "password": "p"}
    )

    assert response.json()["configuration"]["id"] == 4


def test_delete_of_an_unknown_integration_answers_success_false(client: httpx.Client) -> None:
    response = client.delete("/mechanic_integrations/MechanicIntegrations::Nope")

    assert response.status_code == 200
    assert response.json() == {"success": False}


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer test-token"}, {"Authorization": "wrong"}],
    ids=["missing", "bearer-scheme", "wrong"],
)
def test_without_the_raw_token_the_answer_is_401_with_no_body(
    fake: FakeAutobutler, headers: dict[str, str]
) -> None:
    with spec_client("autobutler", fake.base_url, headers) as client:
        response = client.get("/mechanic_integrations")

    assert response.status_code == 401
    assert response.content == b""


def test_tokens_sign_in_and_the_issued_token_works(fake: FakeAutobutler) -> None:
    fake.add_user("shop@example.dk", "pw")
    with spec_client("autobutler", fake.base_url) as client:
        signed_in = client.post("/tokens", json={"email": "shop@example.dk", "password": "pw"})
        token = signed_in.json()["token"]
        listed = client.get("/mechanic_integrations", headers={"Authorization": token})

    assert signed_in.status_code == 200
    assert signed_in.json()["status"] == "ok"
    assert signed_in.json()["user"]["email"] == "shop@example.dk"
    assert token != fake.token
    assert listed.status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"email": "shop@example.dk", "password": "wrong"},
        {"email": "nobody@example.dk", "password": "pw"},
        {"email": "shop@example.dk"},
        {"email": "not an address", "password": "pw"},
    ],
    ids=["wrong-password", "unknown-user", "missing-password", "invalid-email"],
)
def test_tokens_refuses_bad_credentials_with_401(
    fake: FakeAutobutler, body: dict[str, str]
) -> None:
    # The spec declares only 401 for a failed sign-in, so a body the wire model refuses gets it
    # too (a 422 here would be an undeclared status).
    fake.add_user("shop@example.dk", "pw")
    with spec_client("autobutler", fake.base_url) as client:
        response = client.post("/tokens", json=body)

    assert response.status_code == 401


def test_expire_tokens_answers_401_until_a_new_sign_in(fake: FakeAutobutler) -> None:
    fake.add_user("shop@example.dk", "pw")
    with spec_client("autobutler", fake.base_url) as client:
        old = client.post("/tokens", json={"email": "shop@example.dk", "password": "pw"})
        fake.expire_tokens()
        static = client.get("/mechanic_integrations", headers={"Authorization": fake.token})
        issued = client.get(
            "/mechanic_integrations", headers={"Authorization": old.json()["token"]}
        )
        new = client.post("/tokens", json={"email": "shop@example.dk", "password": "pw"})
        fresh = client.get("/mechanic_integrations", headers={"Authorization": new.json()["token"]})

    assert (static.status_code, issued.status_code, fresh.status_code) == (401, 401, 200)


def test_reset_restores_the_catalogue_and_the_static_token(fake: FakeAutobutler) -> None:
    with spec_client("autobutler", fake.base_url, {"Authorization": fake.token}) as client:
        client.delete(f"/mechanic_integrations/{CRMP}")
        client.patch(f"/mechanic_integrations/{TWM}", json={"username": "u", "token": "t"})
        fake.expire_tokens()

        fake.reset()

        listed = _listed(client)
    assert listed[CRMP]["configuration"]["id"] == 3
    assert "configuration" not in listed[TWM]
    assert fake.configuration(TWM) is None
    assert len(fake.requests) == 1  # the log starts again too


def test_the_generated_raw_functions_round_trip_through_the_fake(fake: FakeAutobutler) -> None:
    # A second reading of the same spec: the client's models (openapi-python-client) against
    # the fake's (datamodel-code-generator).
    from autobutler_client.api.mechanic_integrations import (
        list_mechanic_integrations,
        update_mechanic_integration,
    )
    from autobutler_client.client import AuthenticatedClient
    from autobutler_client.models import IntegrationUpdate, IntegrationUpdateResult

    with AuthenticatedClient(base_url=fake.base_url, token=fake.token, prefix="") as client:
        body = IntegrationUpdate.from_dict({"username": "foo", "token": "bar"})
        updated = update_mechanic_integration.sync_detailed(TWM, client=client, body=body)
        listed = list_mechanic_integrations.sync_detailed(client=client)

    assert updated.status_code == 200
    assert isinstance(updated.parsed, IntegrationUpdateResult)
    assert updated.parsed.success is True
    assert fake.requests[0].raw_path.endswith("/mechanic_integrations/" + TWM)
    names = [i.integration_details.name for i in listed.parsed.mechanic_integrations]  # type: ignore[union-attr]
    assert names == [AU2OFFICE, CRMP, TWM]
