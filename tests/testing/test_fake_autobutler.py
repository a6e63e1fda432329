"""FakeAutobutler over real sockets: every documented operation, its errors, and its state.

Every answer is checked against specs/autobutler.yaml (``spec_client``). The documented
answers compared with are the JSON blocks of autobutler/mechanics_api_docs
(source/includes/), as tools/extract_vendor_examples.py stored them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from autobutler_client.testing import AUTOFRONTAL_CAR_URL, FakeAutobutler

from tests.support import vendor_example

from . import spec_client

TWM = "MechanicIntegrations::TWMIntegration"
CRMP = "MechanicIntegrations::CrmpIntegration"
AU2OFFICE = "MechanicIntegrations::Au2officeIntegration"
AUTOFRONTAL = "MechanicIntegrations::AutofrontalIntegration"


def docs_block(block_id: str) -> Any:
    """A JSON block of the vendor's current docs by id (``"_tokens.md:L41"``)."""
    return vendor_example("autobutler", block_id)


@pytest.fixture
def fake() -> Iterator[FakeAutobutler]:
    with FakeAutobutler() as running:
        yield running


@pytest.fixture
def client(fake: FakeAutobutler) -> Iterator[httpx.Client]:
    # The raw token is the whole header value, no "Bearer" (_authentication.md).
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
    # The documented user (docs _tokens.md, lines 45-51).
    assert signed_in.json()["user"] == docs_block("_tokens.md:L41")["user"]
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


def test_the_generated_client_round_trips_through_the_fake(fake: FakeAutobutler) -> None:
    # A second reading of the same spec: the client's models (openapi-python-client) against
    # the fake's (datamodel-code-generator).
    from autobutler_client import AutobutlerClient
    from autobutler_client.models import IntegrationUpdate, IntegrationUpdateResult

    with AutobutlerClient(base_url=fake.base_url, token=fake.token) as client:
        body = IntegrationUpdate.from_dict({"username": "foo", "token": "bar"})
        updated = client.mechanic_integrations.with_raw_response.update(TWM, body)
        listed = client.mechanic_integrations.list()

    assert updated.status_code == 200
    result = updated.parse()
    assert isinstance(result, IntegrationUpdateResult)
    assert result.success is True
    assert fake.requests[0].raw_path.endswith("/mechanic_integrations/" + TWM)
    names = [i.integration_details.name for i in listed.mechanic_integrations]
    assert names == [AU2OFFICE, CRMP, TWM]


def test_add_user_puts_its_values_into_the_documented_user(fake: FakeAutobutler) -> None:
    fake.add_user("shop@example.dk", "pw", name="Garage A/S", countryId=2, garageChain="Autofit")
    with spec_client("autobutler", fake.base_url) as client:
        signed_in = client.post("/tokens", json={"email": "shop@example.dk", "password": "pw"})

    assert signed_in.json()["user"] == {
        **docs_block("_tokens.md:L41")["user"],
        "name": "Garage A/S",
        "countryId": 2,
        "garageChain": "Autofit",  # an unknown key: the spec keeps `user` open
    }


# --- the actions of a configured integration ---------------------------------------------------
# autobutler/mechanics_api_docs, source/includes/_mechanic_integrations.md, lines 288-704.


def test_job_url_of_crmp_is_the_documented_url_shape(client: httpx.Client) -> None:
    # Crmp opens jobs by default and starts switched on; the template ends with the job id
    # where the docs' URL ends (line 321), "|" unencoded.
    response = client.get(f"/mechanic_integrations/{CRMP}/job_urls/352253")
    other = client.get(f"/mechanic_integrations/{CRMP}/job_urls/565973")

    assert response.status_code == 200
    assert response.json() == docs_block("_mechanic_integrations.md:L320")
    assert other.json()["url"].endswith("|565973")
    assert b"|" in response.content  # not escaped in the JSON either


def test_car_url_of_an_added_autofrontal_integration(
    fake: FakeAutobutler, client: httpx.Client
) -> None:
    # The docs' car example names Autofrontal (lines 353, 380), which their list does not offer.
    fake.add_integration(AUTOFRONTAL, car_url=AUTOFRONTAL_CAR_URL)
    off = client.get(f"/mechanic_integrations/{AUTOFRONTAL}/car_urls/407340")
    client.patch(f"/mechanic_integrations/{AUTOFRONTAL}", json={"username": "u", "password": "p"})
    on = client.get(f"/mechanic_integrations/{AUTOFRONTAL}/car_urls/407340")

    assert off.status_code == 400  # not switched on yet
    assert on.status_code == 200
    assert on.json() == {"url": "autofrontal:/REG=407340"}
    assert AUTOFRONTAL in _listed(client)


@pytest.mark.parametrize(
    ("request_args", "message"),
    [
        (("GET", f"/mechanic_integrations/{CRMP}/car_urls/1", None), "opening cars"),
        (("GET", f"/mechanic_integrations/{TWM}/job_urls/1", None), "opening jobs"),
        (
            ("POST", f"/mechanic_integrations/{CRMP}/offers", {"jobId": 1, "remoteId": "2"}),
            "building offers",
        ),
    ],
    ids=["car_url-of-crmp", "job_url-of-twm", "offer-of-crmp"],
)
def test_an_action_the_integration_does_not_support_answers_400(
    client: httpx.Client, request_args: tuple[str, str, Any], message: str
) -> None:
    method, path, body = request_args
    response = client.request(method, path, json=body)

    # The docs' meaning of the 400 (lines 346, 406, 704), in the docs' failure body (195-204).
    assert response.status_code == 400
    assert response.json() == {
        "errors": {"name": [f"does not support {message}"]},
        "success": False,
    }


@pytest.mark.parametrize(
    ("method", "tail", "body"),
    [("GET", "/job_urls/1", None), ("POST", "/offers", {"jobId": 1, "remoteId": "2"})],
    ids=["job_url", "offer"],
)
def test_an_action_of_an_integration_that_is_off_answers_400(
    fake: FakeAutobutler, client: httpx.Client, method: str, tail: str, body: Any
) -> None:
    fake.set_actions(AU2OFFICE, job_url="au2office://{id}", offers=True)
    response = client.request(method, f"/mechanic_integrations/{AU2OFFICE}{tail}", json=body)

    assert response.status_code == 400
    assert "is not active" in response.json()["errors"]["name"][0]
    assert fake.offers() == []


@pytest.mark.parametrize(
    ("method", "tail", "body"),
    [
        ("GET", "/job_urls/1", None),
        ("GET", "/car_urls/1", None),
        ("POST", "/offers", {"jobId": 1, "remoteId": "2"}),
    ],
    ids=["job_url", "car_url", "offer"],
)
def test_an_action_of_an_unknown_integration_answers_400(
    client: httpx.Client, method: str, tail: str, body: Any
) -> None:
    response = client.request(
        method, f"/mechanic_integrations/MechanicIntegrations::Nope{tail}", json=body
    )

    assert response.status_code == 400
    assert "is not an available integration" in response.json()["errors"]["name"][0]


@pytest.mark.parametrize(
    "job_id", ["abc", "-1", "1.5", "%C2%B2"], ids=["word", "negative", "decimal", "superscript-two"]
)
def test_a_job_id_that_is_not_an_integer_answers_400(client: httpx.Client, job_id: str) -> None:
    response = client.get(f"/mechanic_integrations/{CRMP}/job_urls/{job_id}")

    assert response.status_code == 400
    assert response.json() == {"errors": {"id": ["must be an integer"]}, "success": False}


def test_an_action_finds_the_name_with_or_without_percent_encoding(client: httpx.Client) -> None:
    raw = client.get(f"/mechanic_integrations/{CRMP}/job_urls/7")
    encoded = client.get(
        "/mechanic_integrations/MechanicIntegrations%3A%3ACrmpIntegration/job_urls/7"
    )

    assert raw.status_code == encoded.status_code == 200
    assert raw.json() == encoded.json()


def test_build_offer_answers_the_documented_offer(
    fake: FakeAutobutler, client: httpx.Client
) -> None:
    client.patch(f"/mechanic_integrations/{TWM}", json={"username": "u", "token": "t"})
    response = client.post(
        f"/mechanic_integrations/{TWM}/offers", json={"jobId": 565973, "remoteId": "10391678"}
    )

    # The request and the answer of the docs (lines 416 and 447-677), byte for byte as JSON.
    assert response.status_code == 200
    assert response.json() == docs_block("_mechanic_integrations.md:L448")
    (built,) = fake.offers()
    assert (built["name"], built["jobId"], built["remoteId"]) == (TWM, 565973, "10391678")
    assert built["offer"] == response.json()["offer"]


def test_build_offer_puts_in_the_quotation_id_and_the_integration_name(
    fake: FakeAutobutler, client: httpx.Client
) -> None:
    fake.set_actions(CRMP, offers=True)  # Crmp starts switched on
    response = client.post(
        f"/mechanic_integrations/{CRMP}/offers", json={"jobId": 1, "remoteId": "R-7"}
    )

    offer = response.json()["offer"]
    assert response.status_code == 200 and response.json()["success"] is True
    assert list(offer["mechanicIntegrationData"]) == [CRMP]
    assert offer["mechanicIntegrationData"][CRMP]["remote_id"] == "R-7"
    assert offer["mechanicIntegrationData"][CRMP]["raw_quotation"]["case_id"] == "R-7"
    assert all(
        list(item["mechanicIntegrationData"]) == [CRMP]
        for item in offer["priceDetails"]["lineItems"]
    )
    assert "10391678" not in response.text


def test_every_offer_built_is_kept(fake: FakeAutobutler, client: httpx.Client) -> None:
    client.patch(f"/mechanic_integrations/{TWM}", json={"username": "u", "token": "t"})
    for remote_id in ("a", "a", "b"):
        client.post(
            f"/mechanic_integrations/{TWM}/offers", json={"jobId": 1, "remoteId": remote_id}
        )

    assert [o["remoteId"] for o in fake.offers()] == ["a", "a", "b"]  # a create, each time


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({"remoteId": "10391678"}, {"jobId": ["must be filled out"]}),
        ({}, {"jobId": ["must be filled out"], "remoteId": ["must be filled out"]}),
        (
            {"jobId": "565973", "remoteId": "10391678"},
            {"jobId": ["Input should be a valid integer"]},
        ),
        ({"jobId": 565973, "remoteId": 10391678}, {"remoteId": ["Input should be a valid string"]}),
        (["jobId", "remoteId"], {"base": ["Input should be an object"]}),
    ],
    ids=["missing-job", "empty", "job-as-string", "remote-as-number", "not-an-object"],
)
def test_build_offer_refuses_a_body_the_wire_model_refuses_with_400(
    fake: FakeAutobutler, client: httpx.Client, body: Any, errors: dict[str, list[str]]
) -> None:
    client.patch(f"/mechanic_integrations/{TWM}", json={"username": "u", "token": "t"})
    response = client.post(f"/mechanic_integrations/{TWM}/offers", json=body)

    assert response.status_code == 400
    assert response.json() == {"errors": errors, "success": False}
    assert fake.offers() == []


def test_build_offer_with_a_body_that_is_not_json_answers_400(client: httpx.Client) -> None:
    client.patch(f"/mechanic_integrations/{TWM}", json={"username": "u", "token": "t"})
    response = client.post(
        f"/mechanic_integrations/{TWM}/offers",
        content=b"jobId=565973&remoteId=10391678",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )

    assert response.status_code == 400
    assert "not valid JSON" in response.json()["errors"]["base"][0]


@pytest.mark.parametrize(
    "path",
    [f"/mechanic_integrations/{CRMP}/job_urls/1", f"/mechanic_integrations/{TWM}/offers"],
    ids=["job_url", "offer"],
)
def test_actions_need_the_raw_token(fake: FakeAutobutler, path: str) -> None:
    with spec_client("autobutler", fake.base_url, {"Authorization": "Bearer test-token"}) as client:
        response = client.request(
            "GET" if "job_urls" in path else "POST", path, json={"jobId": 1, "remoteId": "2"}
        )

    assert response.status_code == 401
    assert response.content == b""


def test_a_faulted_offer_builds_nothing(fake: FakeAutobutler, client: httpx.Client) -> None:
    client.patch(f"/mechanic_integrations/{TWM}", json={"username": "u", "token": "t"})
    fake.fail_next(1, status=503)
    fake.drop_next(1)
    with httpx.Client(base_url=fake.base_url, headers={"Authorization": fake.token}) as plain:
        failed = plain.post(
            f"/mechanic_integrations/{TWM}/offers", json={"jobId": 1, "remoteId": "2"}
        )
        with pytest.raises(httpx.RemoteProtocolError):
            plain.post(f"/mechanic_integrations/{TWM}/offers", json={"jobId": 1, "remoteId": "2"})

    assert failed.status_code == 503
    assert fake.offers() == []


def test_set_actions_and_add_integration_check_their_names(fake: FakeAutobutler) -> None:
    with pytest.raises(KeyError, match="add_integration"):
        fake.set_actions(AUTOFRONTAL, car_url=AUTOFRONTAL_CAR_URL)
    with pytest.raises(ValueError, match="set_actions"):
        fake.add_integration(CRMP)


def test_set_actions_turns_an_action_off(fake: FakeAutobutler, client: httpx.Client) -> None:
    fake.set_actions(CRMP)  # nothing supported any more
    response = client.get(f"/mechanic_integrations/{CRMP}/job_urls/1")

    assert response.status_code == 400


def test_reset_restores_the_default_actions_and_forgets_offers(
    fake: FakeAutobutler, client: httpx.Client
) -> None:
    fake.add_integration(AUTOFRONTAL, car_url=AUTOFRONTAL_CAR_URL)
    fake.set_actions(CRMP, offers=True)
    client.post(f"/mechanic_integrations/{CRMP}/offers", json={"jobId": 1, "remoteId": "2"})
    assert len(fake.offers()) == 1

    fake.reset()

    assert fake.offers() == []
    assert AUTOFRONTAL not in _listed(client)
    assert client.get(f"/mechanic_integrations/{CRMP}/job_urls/1").status_code == 200
    offer = client.post(f"/mechanic_integrations/{CRMP}/offers", json={"jobId": 1, "remoteId": "2"})
    assert offer.status_code == 400


def test_the_generated_action_methods_round_trip_through_the_fake(
    fake: FakeAutobutler,
) -> None:
    # The client's models (openapi-python-client) against the fake's wire models
    # (datamodel-code-generator): OfferRequest is read by both.
    from autobutler_client import AutobutlerClient
    from autobutler_client.models import IntegrationUrl, OfferResult

    fake.set_actions(CRMP, job_url="crmp:{id}", offers=True)
    with AutobutlerClient(base_url=fake.base_url, token=fake.token) as client:
        url = client.mechanic_integrations.job_url(CRMP, 42)
        offer = client.mechanic_integrations.with_raw_response.build_offer(
            CRMP, job_id=565973, remote_id="10391678"
        )

    assert isinstance(url, IntegrationUrl) and url.url == "crmp:42"
    assert offer.status_code == 200
    result = offer.parse()
    assert isinstance(result, OfferResult) and result.success is True
    assert fake.requests[1].json() == {"jobId": 565973, "remoteId": "10391678"}
