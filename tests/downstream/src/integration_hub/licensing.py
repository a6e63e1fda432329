"""integrator.io: licenses of a SmartConnector for the workshops that use it."""

from __future__ import annotations

import datetime

from integratorio_client import BadRequestError, IntegratorClient
from integratorio_client.models import LicenseCreate
from integratorio_client.types import Unset


class UnknownCustomer(Exception):
    """integrator.io has no user with that e-mail address: they must sign up first."""

    def __init__(self, email: str) -> None:
        super().__init__(f"{email} has no integrator.io account yet")
        self.email = email


class ConnectorLicensing:
    def __init__(self, client: IntegratorClient, connector_id: str) -> None:
        self._client = client
        self.connector_id = connector_id

    @classmethod
    def publish(cls, client: IntegratorClient, name: str) -> ConnectorLicensing:
        """Create the SmartConnector that licenses are issued for."""
        connector = client.connectors.create({"name": name, "published": True})
        if isinstance(connector.id, Unset):
            raise RuntimeError("integrator.io answered a connector without an _id")
        return cls(client, connector.id)

    def grant(self, email: str, expires: datetime.datetime | None = None) -> str:
        """Issue a license to the user with ``email``; answers the license id."""
        request = LicenseCreate(email=email)
        if expires is not None:
            request.expires = expires
        try:
            issued = self._client.connectors.licenses.create(self.connector_id, request)
        except BadRequestError as exc:
            if any(detail.code == "invalid_user" for detail in exc.details):
                raise UnknownCustomer(email) from exc
            raise
        if isinstance(issued.id, Unset):
            raise RuntimeError("integrator.io answered a license without an _id")
        return issued.id

    def holders(self) -> list[str]:
        emails = []
        for item in self._client.connectors.licenses.list(self.connector_id):
            if not isinstance(item.user, Unset) and isinstance(item.user.email, str):
                emails.append(item.user.email)
        return sorted(emails)

    def revoke(self, license_id: str) -> None:
        self._client.connectors.licenses.delete(self.connector_id, license_id)
