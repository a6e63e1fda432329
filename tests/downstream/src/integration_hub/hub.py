"""Onboarding a workshop on all three platforms."""

from __future__ import annotations

from dataclasses import dataclass

from .channels import ChannelProvisioning
from .licensing import ConnectorLicensing, UnknownCustomer
from .workshops import ActivationOutcome, WorkshopIntegrations


@dataclass(frozen=True)
class OnboardingReport:
    garage_system: ActivationOutcome
    license_id: str | None  # None: the workshop has no integrator.io account yet
    chat_integration_id: str


@dataclass
class IntegrationHub:
    workshops: WorkshopIntegrations
    licensing: ConnectorLicensing
    channels: ChannelProvisioning

    def onboard(
        self,
        *,
        workshop_name: str,
        contact_email: str,
        garage_system: str,
        garage_credentials: dict[str, str],
        website: str,
    ) -> OnboardingReport:
        outcome = self.workshops.activate(garage_system, garage_credentials)
        try:
            license_id: str | None = self.licensing.grant(contact_email)
        except UnknownCustomer:
            license_id = None
        chat = self.channels.add_web_chat(f"{workshop_name} chat", [website])
        return OnboardingReport(outcome, license_id, chat)
