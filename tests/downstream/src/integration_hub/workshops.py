"""Autobutler: which garage-system integrations a workshop has switched on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from autobutler_client import AuthenticationError, AutobutlerClient, UnprocessableEntityError
from autobutler_client.models import IntegrationConfiguration


class SignInFailed(Exception):
    """Autobutler did not accept the workshop's e-mail address and password."""


@dataclass(frozen=True)
class ActivationOutcome:
    """Whether an integration was switched on, and if not, what Autobutler said per field."""

    activated: bool
    field_errors: dict[str, list[str]] = field(default_factory=dict)


class WorkshopIntegrations:
    def __init__(self, client: AutobutlerClient) -> None:
        self._client = client

    @classmethod
    def sign_in(cls, client: AutobutlerClient, email: str, password: str) -> WorkshopIntegrations:
        """Exchange the workshop's credentials for a token and use it from then on."""
        try:
            answer = client.tokens.create(email=email, password=password)
        except AuthenticationError as exc:
            raise SignInFailed(f"Autobutler refused the sign-in of {email}") from exc
        if not isinstance(answer.token, str) or not answer.token:
            raise SignInFailed(f"Autobutler answered no token for {email}")
        return cls(client.with_options(token=answer.token))

    def offered(self) -> list[str]:
        listing = self._client.mechanic_integrations.list()
        return [item.integration_details.name for item in listing.mechanic_integrations]

    def active(self) -> list[str]:
        listing = self._client.mechanic_integrations.list()
        return [
            item.integration_details.name
            for item in listing.mechanic_integrations
            # Inactive ones come without a configuration (left out, or null).
            if isinstance(item.configuration, IntegrationConfiguration)
        ]

    def activate(self, name: str, values: Mapping[str, str]) -> ActivationOutcome:
        try:
            result = self._client.mechanic_integrations.update(name, dict(values))
        except UnprocessableEntityError as exc:
            # Autobutler refuses values with `success: false` and per-field messages.
            return ActivationOutcome(False, dict(exc.field_errors))
        return ActivationOutcome(result.success)

    def deactivate(self, name: str) -> bool:
        return self._client.mechanic_integrations.deactivate(name).success
