from __future__ import annotations

import pytest
from autobutler_client import AutobutlerClient
from autobutler_client.testing import FakeAutobutler
from conftest import WORKSHOP_EMAIL, WORKSHOP_PASSWORD
from integration_hub import SignInFailed, WorkshopIntegrations

TWM = "MechanicIntegrations::TWMIntegration"


def test_signed_in_workshop_sees_the_offered_integrations(
    workshops: WorkshopIntegrations, autobutler_fake: FakeAutobutler
) -> None:
    assert TWM in workshops.offered()
    # The calls carried the token from the sign-in, not the placeholder the client started with.
    listed = [r for r in autobutler_fake.requests if r.path.endswith("/mechanic_integrations")]
    assert listed and listed[-1].headers.get("authorization") not in (None, "not-signed-in")


def test_a_wrong_password_raises_sign_in_failed(autobutler: AutobutlerClient) -> None:
    with pytest.raises(SignInFailed, match=WORKSHOP_EMAIL):
        WorkshopIntegrations.sign_in(autobutler, WORKSHOP_EMAIL, WORKSHOP_PASSWORD + "!")


def test_activate_then_deactivate(workshops: WorkshopIntegrations) -> None:
    assert TWM not in workshops.active()
    outcome = workshops.activate(TWM, {"username": "foo", "token": "bar"})
    assert outcome.activated and outcome.field_errors == {}
    assert TWM in workshops.active()
    assert workshops.deactivate(TWM) is True
    assert TWM not in workshops.active()


def test_refused_values_come_back_per_field(workshops: WorkshopIntegrations) -> None:
    outcome = workshops.activate(TWM, {"username": "", "token": "bar"})
    assert outcome.activated is False
    assert "username" in outcome.field_errors
    assert TWM not in workshops.active()
