from __future__ import annotations

import datetime

import pytest
from conftest import CUSTOMER_EMAIL
from integration_hub import ConnectorLicensing, UnknownCustomer
from integratorio_client import InternalServerError
from integratorio_client.testing import FakeIntegrator


def test_grant_list_and_revoke(licensing: ConnectorLicensing) -> None:
    expires = datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC)
    license_id = licensing.grant(CUSTOMER_EMAIL, expires)
    assert license_id
    assert licensing.holders() == [CUSTOMER_EMAIL]
    licensing.revoke(license_id)
    assert licensing.holders() == []


def test_a_customer_without_an_account_is_reported(licensing: ConnectorLicensing) -> None:
    with pytest.raises(UnknownCustomer) as raised:
        licensing.grant("stranger@example.com")
    assert raised.value.email == "stranger@example.com"
    assert licensing.holders() == []


def test_a_passing_outage_is_retried_on_reads_but_not_on_creates(
    licensing: ConnectorLicensing, integrator_fake: FakeIntegrator
) -> None:
    # Creating a license is not idempotent: the client does not retry it (no double license).
    integrator_fake.fail_next(1, status=503)
    with pytest.raises(InternalServerError):
        licensing.grant(CUSTOMER_EMAIL)
    assert licensing.grant(CUSTOMER_EMAIL)
    # Listing is: the client retries the 503 and the caller never sees it.
    integrator_fake.fail_next(1, status=503)
    assert licensing.holders() == [CUSTOMER_EMAIL]
    listed = [r for r in integrator_fake.requests if r.method == "GET"]
    assert len(listed) == 2
