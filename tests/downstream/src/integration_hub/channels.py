"""Hubster: the web chat channel a workshop's customers write in through."""

from __future__ import annotations

from collections.abc import Sequence

from hubster_client import BadRequestError, HubsterClient, models
from hubster_client.types import Unset

ACTIVE = 3000
PAUSED = 3002


class NameTaken(Exception):
    """The hub already has an integration of that name (Hubster's PRT000700)."""


class ChannelProvisioning:
    def __init__(self, client: HubsterClient, hub_id: str) -> None:
        self._client = client
        self.hub_id = hub_id

    def add_web_chat(self, name: str, origins: Sequence[str]) -> str:
        """Create a web chat integration; answers its id."""
        body = models.CreateWebChatIntegration.from_dict(
            {
                "channelId": "WebChat",
                "name": name,
                "configuration": {
                    "allowedOrigins": list(origins),
                    "start": [{"type": "text", "text": f"Welcome to {name}!"}],
                },
            }
        )
        try:
            created = self._client.integrations.create(self.hub_id, body)
        except BadRequestError as exc:
            if any("PRT000700" in str(detail) for detail in exc.details):
                raise NameTaken(f"the hub already has an integration named {name!r}") from exc
            raise
        if isinstance(created.integration_id, Unset):
            raise RuntimeError("Hubster answered an integration without an integrationId")
        return created.integration_id

    def pause(self, integration_id: str) -> None:
        change = models.UpdateWebChatIntegration.from_dict({"statusId": PAUSED})
        self._client.integrations.update(integration_id, change)

    def describe(self, integration_id: str) -> tuple[str, str, int]:
        """(name, channel name, status) of an integration, whatever form the API answers."""
        found = self._client.integrations.get(integration_id)
        # A channel the client does not know comes back as UnknownIntegration, whose fields
        # may be missing: narrow them before use.
        name, channel, status = found.name, found.channel_id, found.status_id
        if isinstance(name, Unset) or isinstance(channel, Unset) or isinstance(status, Unset):
            raise RuntimeError(f"Hubster answered an incomplete integration {integration_id}")
        return name, str(getattr(channel, "value", channel)), int(status)
