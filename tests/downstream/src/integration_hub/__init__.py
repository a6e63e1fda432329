"""integration-hub: onboards a workshop on Autobutler, integrator.io and Hubster in one go.

A stand-in for the services that depend on the generated client wheels: it uses all three
clients through their public surface only (clients, models, typed errors), and is tested
against the fakes those wheels ship.
"""

from .channels import ChannelProvisioning, NameTaken
from .hub import IntegrationHub, OnboardingReport
from .licensing import ConnectorLicensing, UnknownCustomer
from .workshops import ActivationOutcome, SignInFailed, WorkshopIntegrations

__all__ = [
    "ActivationOutcome",
    "ChannelProvisioning",
    "ConnectorLicensing",
    "IntegrationHub",
    "NameTaken",
    "OnboardingReport",
    "SignInFailed",
    "UnknownCustomer",
    "WorkshopIntegrations",
]
