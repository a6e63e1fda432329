"""Fixtures: the three fakes the client wheels ship, and clients pointed at them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from autobutler_client import AutobutlerClient
from autobutler_client.testing import FakeAutobutler
from hubster_client import HubsterClient
from hubster_client.testing import FakeHubster
from integration_hub import (
    ChannelProvisioning,
    ConnectorLicensing,
    IntegrationHub,
    WorkshopIntegrations,
)
from integratorio_client import IntegratorClient
from integratorio_client.testing import FakeIntegrator

WORKSHOP_EMAIL = "garage@example.com"
WORKSHOP_PASSWORD = "correct horse battery staple"
CUSTOMER_EMAIL = "owner@example.com"


@pytest.fixture
def autobutler_fake() -> Iterator[FakeAutobutler]:
    with FakeAutobutler() as fake:
        fake.add_user(WORKSHOP_EMAIL, WORKSHOP_PASSWORD)
        yield fake


@pytest.fixture
def integrator_fake() -> Iterator[FakeIntegrator]:
    with FakeIntegrator() as fake:
        fake.add_user(CUSTOMER_EMAIL)
        yield fake


@pytest.fixture
def hubster_fake() -> Iterator[FakeHubster]:
    with FakeHubster() as fake:
        yield fake


@pytest.fixture
def autobutler(autobutler_fake: FakeAutobutler) -> Iterator[AutobutlerClient]:
    # No token yet: the workshop signs in (WorkshopIntegrations.sign_in).
    with AutobutlerClient(token="not-signed-in", base_url=autobutler_fake.base_url) as client:
        yield client


@pytest.fixture
def integrator(integrator_fake: FakeIntegrator) -> Iterator[IntegratorClient]:
    with IntegratorClient(token=integrator_fake.token, base_url=integrator_fake.base_url) as client:
        yield client


@pytest.fixture
def hubster(hubster_fake: FakeHubster) -> Iterator[HubsterClient]:
    with HubsterClient(token=hubster_fake.token, base_url=hubster_fake.base_url) as client:
        yield client


@pytest.fixture
def workshops(autobutler: AutobutlerClient) -> WorkshopIntegrations:
    return WorkshopIntegrations.sign_in(autobutler, WORKSHOP_EMAIL, WORKSHOP_PASSWORD)


@pytest.fixture
def licensing(integrator: IntegratorClient) -> ConnectorLicensing:
    return ConnectorLicensing.publish(integrator, "Garage - Shop connector")


@pytest.fixture
def channels(hubster: HubsterClient, hubster_fake: FakeHubster) -> ChannelProvisioning:
    return ChannelProvisioning(hubster, hubster_fake.add_hub())


@pytest.fixture
def hub(
    workshops: WorkshopIntegrations, licensing: ConnectorLicensing, channels: ChannelProvisioning
) -> IntegrationHub:
    return IntegrationHub(workshops, licensing, channels)
