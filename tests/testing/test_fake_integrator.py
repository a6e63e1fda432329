"""FakeIntegrator over real sockets: integrations, connectors, licenses, their errors and state.

Every answer is checked against specs/integratorio.yaml (``spec_client``), except in the loop
that empties the default leaky bucket (requests pipelined on a raw socket, for speed; its 429
is checked on its own).
Paging follows developer.celigo.com "Pagination" and docs.celigo.com "Manage pagination in a
REST API call"; the bucket celigo/integrator-api-docs readme.md line 118 and developer.celigo.com
"Rate limits"; connectors developer.celigo.com, API reference "Connectors". Small buckets are
tested in test_fake_faults.py.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from integratorio_client.testing import (
    DOCUMENTED_RATE_LIMIT,
    MAX_PAGE_SIZE,
    FakeIntegrator,
    RateLimit,
)

from . import check_against_spec, spec_client

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
    # readme.md line 118: a bucket of 1,000 refilled at 300 per second; 1,000 records a page.
    assert fake.rate_limit == RateLimit(capacity=1000, rate_per_second=300)
    assert DOCUMENTED_RATE_LIMIT == fake.rate_limit
    assert fake.page_size == MAX_PAGE_SIZE == 1000


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
    created = _create(client, "/connectors", {"name": "Shopify - NetSuite", "trialEnabled": True})
    connector_id = created["_id"]

    replaced = client.put(
        f"/connectors/{connector_id}", json={"name": "Renamed", "published": True}
    )
    listed = client.get("/connectors").json()
    deleted = client.delete(f"/connectors/{connector_id}")

    assert HEX_ID.fullmatch(connector_id)
    assert created["trialEnabled"] is True and created["numInstalls"] == 0
    assert replaced.status_code == 200
    assert replaced.json()["published"] is True
    assert "trialEnabled" not in replaced.json()  # left out of the PUT, so dropped
    assert replaced.json()["handle"] == created["handle"]  # read-only: the PUT keeps it
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


def test_the_generated_client_round_trips_through_the_fake(fake: FakeIntegrator) -> None:
    # The client's models (openapi-python-client) against the fake's (datamodel-code-generator).
    from integratorio_client import IntegratorClient
    from integratorio_client.models import Integration

    with IntegratorClient(base_url=fake.base_url, token=fake.token) as client:
        body = Integration.from_dict({"name": "From the client", "mode": "settings", "extra": 1})
        created = client.integrations.with_raw_response.create(body)
        assert created.status_code == 201
        integration = created.parse()
        assert isinstance(integration, Integration)
        assert isinstance(integration.id, str)
        read = client.integrations.get(integration.id)

    assert fake.requests[0].json() == {"name": "From the client", "mode": "settings", "extra": 1}
    assert isinstance(read, Integration)
    assert read.name == "From the client"
    assert read.additional_properties["extra"] == 1


def test_install_license_names_what_is_missing(fake: FakeIntegrator) -> None:
    with pytest.raises(KeyError, match="create both through the API first"):
        fake.install_license("0" * 24, "1" * 24)


# --- connectors: name required, handle generated, numInstalls ----------------------------------


def test_connector_create_needs_a_name_and_gets_a_handle(
    fake: FakeIntegrator, client: httpx.Client
) -> None:
    # developer.celigo.com, API reference "Connectors": `name` required, `handle` generated and
    # read-only, `numInstalls` read-only on answers.
    nameless = client.post("/connectors", json={"published": False})
    first = _create(client, "/connectors", {"name": "Shopify - NetSuite", "handle": "mine"})
    second = _create(client, "/connectors", {"name": "Shopify - NetSuite", "numInstalls": 7})

    assert nameless.status_code == 422
    assert nameless.json()["errors"] == [
        {"code": "missing_value", "message": "name: Field required", "field": "name"}
    ]
    assert first["handle"] == "shopify-netsuite"  # what was sent is ignored
    assert second["handle"] == "shopify-netsuite-2"  # unique
    assert second["numInstalls"] == 0

    fake.add_user(USER)
    license_ = _create(client, f"/connectors/{first['_id']}/licenses", {"email": USER})
    fake.install_license(first["_id"], license_["_id"])

    assert client.get(f"/connectors/{first['_id']}").json()["numInstalls"] == 1
    assert [c["numInstalls"] for c in client.get("/connectors").json()] == [1, 0]


# --- paging ------------------------------------------------------------------------------------

LINK = re.compile(r'<([^>]+)>; rel="(next|prev)"')


def _links(response: httpx.Response) -> dict[str, str]:
    """rel -> URL of the answer's Link header, checking its RFC 8288 form on the way."""
    header = response.headers.get("link")
    if header is None:
        return {}
    parts = header.split(", ")
    found = [LINK.fullmatch(part) for part in parts]
    assert all(found), header
    return {match.group(2): match.group(1) for match in found if match}


def test_listing_2500_integrations_takes_three_linked_pages(
    fake: FakeIntegrator, client: httpx.Client
) -> None:
    ids = fake.add_integrations(2500)
    base = f"http://127.0.0.1:{fake.port}/v1/integrations"

    first = client.get("/integrations")
    second = client.get(_links(first)["next"])
    third = client.get(_links(second)["next"])

    assert [len(r.json()) for r in (first, second, third)] == [1000, 1000, 500]
    assert [i["_id"] for r in (first, second, third) for i in r.json()] == ids
    assert _links(first) == {"next": f"{base}?skip=1000&limit=1000"}
    assert _links(second) == {
        "next": f"{base}?skip=2000&limit=1000",
        "prev": f"{base}?skip=0&limit=1000",
    }
    assert _links(third) == {"prev": f"{base}?skip=1000&limit=1000"}
    assert fake.requests[1].raw_path == "/v1/integrations?skip=1000&limit=1000"


def test_an_empty_or_single_page_list_has_no_link(
    fake: FakeIntegrator, client: httpx.Client
) -> None:
    empty = client.get("/integrations")
    fake.add_integrations(1000)
    full = client.get("/integrations")

    assert empty.json() == [] and "link" not in empty.headers
    assert len(full.json()) == 1000 and "link" not in full.headers


def test_limit_and_skip_choose_the_page_and_the_links_carry_them(
    fake: FakeIntegrator, client: httpx.Client
) -> None:
    ids = fake.add_integrations(10)
    base = f"http://127.0.0.1:{fake.port}/v1/integrations"

    middle = client.get("/integrations", params={"skip": 3, "limit": 2})
    last = client.get("/integrations", params={"skip": 8, "limit": 5})
    past_the_end = client.get("/integrations", params={"skip": 50})
    boundaries = [client.get("/integrations", params={"limit": n}) for n in (1, 1000)]

    assert [i["_id"] for i in middle.json()] == ids[3:5]
    assert _links(middle) == {
        "next": f"{base}?skip=5&limit=2",
        "prev": f"{base}?skip=1&limit=2",
    }
    assert [i["_id"] for i in last.json()] == ids[8:]
    assert _links(last) == {"prev": f"{base}?skip=3&limit=5"}
    assert past_the_end.json() == []
    assert _links(past_the_end) == {"prev": f"{base}?skip=0&limit=1000"}
    assert [len(r.json()) for r in boundaries] == [1, 10]
    assert _links(boundaries[0])["next"] == f"{base}?skip=1&limit=1"


def test_link_urls_are_absolute_on_the_host_and_port_the_request_named(
    fake: FakeIntegrator,
) -> None:
    fake.add_integrations(3)
    headers = {"Authorization": f"Bearer {fake.token}"}
    with httpx.Client(headers=headers, timeout=10.0) as http:
        by_name = http.get(f"http://localhost:{fake.port}/v1/integrations?limit=1")
        proxied = http.get(
            f"{fake.base_url}/integrations",
            params={"limit": 1, "skip": 1, "q": "a b"},
            headers={"Host": "api.example.test:8443"},
        )

    assert _links(by_name) == {
        "next": f"http://localhost:{fake.port}/v1/integrations?skip=1&limit=1"
    }
    # Other query parameters stay; skip and limit come last.
    assert _links(proxied) == {
        "next": "http://api.example.test:8443/v1/integrations?q=a+b&skip=2&limit=1",
        "prev": "http://api.example.test:8443/v1/integrations?q=a+b&skip=0&limit=1",
    }


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("limit", "0"),
        ("limit", "1001"),
        ("limit", "-5"),
        ("limit", "ten"),
        ("limit", "1.5"),
        ("skip", "-1"),
        ("skip", "x"),
    ],
)
def test_limit_and_skip_out_of_bounds_answer_400(
    client: httpx.Client, name: str, value: str
) -> None:
    response = client.get("/integrations", params={name: value})

    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["code"] == "invalid_value"
    assert error["field"] == name
    assert repr(value) in error["message"]


def test_licenses_and_connectors_page_too(fake: FakeIntegrator, client: httpx.Client) -> None:
    fake.page_size = 2
    connector_ids = fake.add_connectors(3, {"published": True})
    fake.add_user(USER)
    licenses = f"/connectors/{connector_ids[0]}/licenses"
    license_ids = [_create(client, licenses, {"email": USER})["_id"] for _ in range(3)]

    connectors = client.get("/connectors")
    first = client.get(licenses)
    rest = client.get(_links(first)["next"])

    assert [c["_id"] for c in connectors.json()] == connector_ids[:2]
    assert all(c["published"] is True and c["numInstalls"] == 0 for c in connectors.json())
    assert _links(connectors)["next"].endswith("/v1/connectors?skip=2&limit=2")
    assert [lic["_id"] for lic in first.json() + rest.json()] == license_ids
    assert _links(first) == {"next": f"{fake.base_url}{licenses}?skip=2&limit=2"}
    assert _links(rest) == {"prev": f"{fake.base_url}{licenses}?skip=0&limit=2"}


def test_page_size_is_configurable_and_caps_limit(fake: FakeIntegrator) -> None:
    ids = fake.add_integrations(5)
    headers = {"Authorization": f"Bearer {fake.token}"}
    with FakeIntegrator(rate_limit=None, page_size=2) as small:
        small.add_integrations(5)
        with spec_client("integratorio", small.base_url, headers) as http:
            pages = [http.get("/integrations", params={"skip": s}) for s in (0, 2, 4)]
            capped = http.get("/integrations", params={"limit": 1000})

    assert [len(p.json()) for p in pages] == [2, 2, 1]
    assert "next" in _links(pages[1]) and "next" not in _links(pages[2])
    assert len(capped.json()) == 2  # never more than the page size
    assert _links(capped)["next"].endswith("?skip=2&limit=1000")  # the limit asked for
    fake.page_size = 4
    with spec_client("integratorio", fake.base_url, headers) as http:
        assert [i["_id"] for i in http.get("/integrations").json()] == ids[:4]
    for wrong in (0, 1001, 2.5, True):
        with pytest.raises(ValueError, match="page_size"):
            FakeIntegrator(page_size=wrong)  # type: ignore[arg-type]


def test_add_integrations_stores_many_without_requests(fake: FakeIntegrator) -> None:
    ids = fake.add_integrations(3, {"_connectorId": "c" * 24, "_id": "ignored", "mode": "install"})
    more = fake.add_integrations(1)

    assert len(set(ids + more)) == 4 and all(HEX_ID.fullmatch(i) for i in ids + more)
    assert fake.requests == []
    headers = {"Authorization": f"Bearer {fake.token}"}
    with spec_client("integratorio", fake.base_url, headers) as http:
        listed = http.get("/integrations").json()
    assert [i["name"] for i in listed] == [f"Integration {n}" for n in (1, 2, 3, 4)]
    assert all(i["_connectorId"] == "c" * 24 and i["mode"] == "install" for i in listed[:3])
    assert all(ISO_UTC.fullmatch(i["lastModified"]) for i in listed)
    with pytest.raises(ValueError, match="count"):
        fake.add_integrations(-1)


# --- the documented leaky bucket ---------------------------------------------------------------


def _pipelined_answers(
    sock: socket.socket, count: int, pending: bytes
) -> tuple[list[tuple[int, dict[str, str], bytes]], bytes]:
    """Read ``count`` HTTP/1.1 answers (status, lower-case headers, body) and what follows."""
    answers: list[tuple[int, dict[str, str], bytes]] = []
    while len(answers) < count:
        head_end = pending.find(b"\r\n\r\n")
        if head_end >= 0:
            status_line, *lines = pending[:head_end].decode("latin-1").split("\r\n")
            headers = {
                name.strip().lower(): value.strip()
                for name, _, value in (line.partition(":") for line in lines)
            }
            end = head_end + 4 + int(headers.get("content-length", "0"))
            if len(pending) >= end:
                answers.append((int(status_line.split()[1]), headers, pending[head_end + 4 : end]))
                pending = pending[end:]
                continue
        chunk = sock.recv(65536)
        assert chunk, "the fake closed the connection"
        pending += chunk
    return answers, pending


def test_the_default_bucket_answers_429_past_1000_requests() -> None:
    # readme.md line 118 and developer.celigo.com "Rate limits": 1,000 requests, refilling at
    # 300 per second; past it 429, `Retry-After` in whole seconds and code `rate_limited`.
    # Requests are pipelined on one keep-alive connection, so the fake alone sets the pace (a
    # few thousand a second here, far above the 300 that drain), even on a busy machine.
    with FakeIntegrator() as fake:
        request = (
            f"GET /v1/integrations HTTP/1.1\r\nHost: 127.0.0.1:{fake.port}\r\n"
            f"Authorization: Bearer {fake.token}\r\n\r\n"
        ).encode()
        admitted = 0
        limited: tuple[int, dict[str, str], bytes] | None = None
        with socket.create_connection(("127.0.0.1", fake.port), timeout=30) as sock:
            started, pending = time.monotonic(), b""
            while limited is None and time.monotonic() - started < 30:
                sock.sendall(request * 250)
                answers, pending = _pipelined_answers(sock, 250, pending)
                for answer in answers:
                    if answer[0] == 429:
                        limited = answer
                        break
                    assert answer[0] == 200
                    admitted += 1
            elapsed = time.monotonic() - started
        assert limited is not None, f"no 429 after {admitted} requests in {elapsed:.1f} s"
        status, headers, body = limited
        time.sleep(int(headers["retry-after"]))
        url = f"{fake.base_url}/integrations"
        after = httpx.get(url, headers={"Authorization": f"Bearer {fake.token}"})

    assert 1000 <= admitted <= 1000 + 300 * elapsed + 1
    assert re.fullmatch(r"[1-9][0-9]*", headers["retry-after"])
    assert headers["retry-after"] == "1"  # one request's room frees in 1/300 s
    response = httpx.Response(
        status,
        headers=headers,
        content=body,
        request=httpx.Request("GET", url),
    )
    (error,) = response.json()["errors"]
    assert error["code"] == "rate_limited"
    check_against_spec("integratorio", response)
    assert after.status_code == 200


def test_an_injected_429_says_when_to_retry(fake: FakeIntegrator, client: httpx.Client) -> None:
    fake.fail_next(1, status=429)
    fake.fail_next(1, status=429, retry_after=7)

    first, second = client.get("/integrations"), client.get("/integrations")

    assert (first.status_code, first.headers["retry-after"]) == (429, "1")
    assert (second.status_code, second.headers["retry-after"]) == (429, "7")
    assert first.json()["errors"][0]["code"] == "rate_limited"
