from __future__ import annotations

from autobutler_client.testing import FakeAutobutler
from conftest import CUSTOMER_EMAIL
from hubster_client.testing import FakeHubster
from integration_hub import IntegrationHub
from integratorio_client.testing import FakeIntegrator

TWM = "MechanicIntegrations::TWMIntegration"


def test_onboard_a_workshop_everywhere(
    hub: IntegrationHub,
    autobutler_fake: FakeAutobutler,
    integrator_fake: FakeIntegrator,
    hubster_fake: FakeHubster,
) -> None:
    report = hub.onboard(
        workshop_name="Main Street Garage",
        contact_email=CUSTOMER_EMAIL,
        garage_system=TWM,
        garage_credentials={"username": "foo", "token": "bar"},
        website="garage.example.com",
    )
    assert report.garage_system.activated
    assert report.license_id is not None
    assert TWM in hub.workshops.active()
    assert hub.licensing.holders() == [CUSTOMER_EMAIL]
    assert hub.channels.describe(report.chat_integration_id)[0] == "Main Street Garage chat"
    # Each platform was really called.
    assert autobutler_fake.requests and integrator_fake.requests and hubster_fake.requests


def test_onboard_a_workshop_whose_owner_has_no_integrator_account(hub: IntegrationHub) -> None:
    report = hub.onboard(
        workshop_name="Side Street Garage",
        contact_email="no-account@example.com",
        garage_system=TWM,
        garage_credentials={"username": "", "token": "bar"},
        website="side.example.com",
    )
    assert report.license_id is None
    assert report.garage_system.activated is False
    assert "username" in report.garage_system.field_errors
    assert report.chat_integration_id
